"""The team's negation set (evaluation.negationset) loads and its measure runs."""

from __future__ import annotations

import pytest

from evaluation import negationset


def test_set_has_both_sides() -> None:
    items = negationset.load_set()
    assert sum(not i.expected for i in items) >= 100
    assert sum(i.expected for i in items) >= 60
    assert all(i.fr and i.en and i.kind for i in items)


def test_measure_runs_by_kind() -> None:
    pytest.importorskip("spacy")
    items = [i for i in negationset.load_set() if i.kind in ("ne_que", "removed")][:6]
    result = negationset.evaluate(items)
    assert result["faithful"] + result["errors"] == len(items)
    assert sum(row["pairs"] for row in result["by_kind"].values()) == len(items)
    assert negationset.main(["--json"]) == 0
