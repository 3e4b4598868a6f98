"""The quality evaluations run, and do not regress below the product's targets."""

from __future__ import annotations

from evaluation import figures, splitting


def test_figure_evaluation_meets_targets() -> None:
    scores = figures.evaluate(figures.load_gold())
    assert scores["passages"] >= 30
    assert scores["value_accuracy"] >= 0.95
    assert scores["key_figures"]["recall"] >= 0.9 and scores["key_figures"]["precision"] >= 0.7
    assert scores["fidelity_detection"]["recall"] == 1.0  # every injected error is flagged
    assert scores["fidelity_detection"]["precision"] >= 0.95  # format-only changes raise no alarm


def test_gold_translations_include_both_kinds() -> None:
    passages = figures.load_gold()
    flags = [has_error for p in passages for _, has_error in p.translations]
    assert flags.count(True) >= 20 and flags.count(False) >= 30


def test_splitting_evaluation_runs() -> None:
    scores = splitting.score(lambda p: [p], splitting.load_gold())
    assert 0 <= scores["exact"] < 1  # one sentence per paragraph is not a good splitter
