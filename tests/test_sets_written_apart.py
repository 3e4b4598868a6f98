"""Regression floors on the sets written apart from the code (``_fifth`` to ``_twelfth``, and the written passages).

Each bound sits just under the value measured when the round that tuned on the set was merged (the README's eleventh to
eighteenth rounds): these sets are dev sets now, so the floors guard what was fixed, not a measure of unseen text.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from evaluation import faithnames, keyfigures, meaning_set, negationset, rescaled
from summarizer import parsing

pytestmark = [
    pytest.mark.filterwarnings("ignore"),
    pytest.mark.skipif(not (parsing.available("fr") and parsing.available("en")), reason="spaCy parsers not installed"),
]

DATA = Path(__file__).resolve().parents[1] / "evaluation" / "data"


@pytest.mark.parametrize(
    ("name", "most"), [("figures_faithful_fifth.tsv", 1), ("figures_faithful_sixth.tsv", 0), ("figures_faithful_seventh.tsv", 0),
                       ("figures_faithful_eighth.tsv", 0), ("figures_faithful_ninth.tsv", 1), ("figures_faithful_tenth.tsv", 0),
                       ("figures_faithful_eleventh.tsv", 0), ("figures_faithful_twelfth.tsv", 1)]
)
def test_faithful_figures_written_apart(name: str, most: int) -> None:
    report = rescaled.faithful_report((DATA / name,))
    assert report[name]["pairs"] == 120 and report[name]["false_alarms"] <= most


@pytest.mark.parametrize(
    ("name", "caught", "alarms"),
    [("figures_meaning_fifth.tsv", 92, 2), ("figures_meaning_sixth.tsv", 89, 3), ("figures_meaning_seventh.tsv", 90, 1),
     ("figures_meaning_eighth.tsv", 93, 1), ("figures_meaning_ninth.tsv", 80, 0), ("figures_meaning_tenth.tsv", 86, 1),
     ("figures_meaning_eleventh.tsv", 93, 0), ("figures_meaning_twelfth.tsv", 93, 1)],
)
def test_figure_meaning_written_apart(name: str, caught: int, alarms: int) -> None:
    total = meaning_set.evaluate(meaning_set.load_set(DATA / name))["total"]
    assert total["caught"] >= caught and total["false_alarms"] <= alarms


@pytest.mark.parametrize(
    ("name", "alarms", "caught"), [("negation_fifth.tsv", 2, 50), ("negation_sixth.tsv", 0, 49), ("negation_seventh.tsv", 0, 49),
                                   ("negation_eighth.tsv", 2, 50), ("negation_ninth.tsv", 0, 45), ("negation_tenth.tsv", 0, 48),
                                   ("negation_eleventh.tsv", 1, 49), ("negation_twelfth.tsv", 2, 48)]
)
def test_negations_written_apart(name: str, alarms: int, caught: int) -> None:
    report = negationset.evaluate(negationset.load_set(DATA / name))
    assert report["false_alarms"] <= alarms and report["caught"] >= caught


@pytest.mark.parametrize(
    ("name", "most"), [("names_faithful_fifth.tsv", 0), ("names_faithful_sixth.tsv", 1), ("names_faithful_seventh.tsv", 0),
                       ("names_faithful_eighth.tsv", 1)]
)
def test_faithful_names_written_apart(name: str, most: int) -> None:
    assert faithnames.evaluate(faithnames.load(DATA / name))["flagged"] <= most


@pytest.mark.parametrize(
    ("name", "checks", "most"),
    [("critical_faithful_eighth.tsv", ("names", "negation"), 6), ("critical_faithful_eighth.tsv", ("figures",), 1),
     ("critical_faithful_ninth.tsv", ("names", "negation"), 0), ("critical_faithful_ninth.tsv", ("figures",), 1),
     ("critical_faithful_tenth.tsv", ("names", "negation"), 0), ("critical_faithful_tenth.tsv", ("figures",), 1),
     ("critical_faithful_eleventh.tsv", ("names", "negation"), 1), ("critical_faithful_eleventh.tsv", ("figures",), 0),
     ("critical_faithful_twelfth.tsv", ("names", "negation"), 4), ("critical_faithful_twelfth.tsv", ("figures",), 0)],
)
def test_faithful_newspaper_translations_written_apart(name: str, checks: tuple[str, ...], most: int) -> None:
    pairs = faithnames.load(DATA / name)
    assert len(pairs) == 150 and faithnames.evaluate(pairs, checks)["flagged"] <= most


@pytest.mark.parametrize(
    ("gold", "floor"),
    [(keyfigures.WRITTEN_GOLD, 0.81), (keyfigures.WRITTEN_GOLD_SIXTH, 0.82), (keyfigures.WRITTEN_GOLD_SEVENTH, 0.71),
     (keyfigures.WRITTEN_GOLD_NINTH, 0.74), (keyfigures.WRITTEN_GOLD_TENTH, 0.76),
     (keyfigures.WRITTEN_GOLD_ELEVENTH, 0.70), (keyfigures.WRITTEN_GOLD_TWELFTH, 0.68)],
)
def test_key_figures_of_the_passages_written_apart(gold: Path, floor: float) -> None:
    report = keyfigures.evaluate_news(keyfigures.load_news("written", gold=gold))
    assert report["articles"] == 10 and report["precision_at_k"] >= floor
    assert not report["context_in_top3"] and not report["not_figures_in_top_k"]
