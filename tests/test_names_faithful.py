"""evaluation.faithnames: the team's faithful name pairs, and the name kinds they showed as false alarms.

Every sentence here is written for this file (none is taken from a data set).
"""

from __future__ import annotations

import io
from contextlib import redirect_stdout

from evaluation import faithnames

#: The flagged pairs of evaluation/data/names_faithful.tsv at most (a floor: the rules were fixed against them).
FLOOR = 11


def test_the_measure_runs_and_counts_by_kind() -> None:
    out = io.StringIO()
    with redirect_stdout(out):
        assert faithnames.main(["--kind", "lowercase"]) == 0
    assert "faithful name pairs: 8" in out.getvalue() and "lowercase" in out.getvalue()


def test_the_set_is_large_and_no_more_of_it_is_flagged_than_the_floor() -> None:
    pairs = faithnames.load()
    assert len(pairs) >= 100 and len({p.kind for p in pairs}) >= 10
    result = faithnames.evaluate(pairs)
    assert result["flagged"] <= FLOOR, [f["warnings"] for f in result["flags"]]
