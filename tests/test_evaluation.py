"""The quality evaluations run, and do not regress below the product's targets."""

from __future__ import annotations

from pathlib import Path

import pytest

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


@pytest.mark.parametrize("trained", [True, False], ids=["trained-20-steps", "random-weights"])
def test_english_only_decoder_is_exact_on_the_tokens_it_keeps(tmp_path: Path, tiny_model_dir: Path, trained: bool) -> None:
    # greedy: a sentence changes exactly when the whole-vocabulary decoder picked a French-only piece,
    # so the kept tokens' scores are the same with and without the restriction
    from evaluation import vocabulary

    model = vocabulary.train(tmp_path / "model", vocabulary.sentence_pairs(400, seed=1), steps=20) if trained else tiny_model_dir
    report = vocabulary.compare(model, [f for f, _ in vocabulary.sentence_pairs(12, seed=2)], tmp_path / "cache")
    greedy = report["beam1"]
    assert greedy["identical"] == greedy["sentences"] - greedy["sentences_with_french_only_picks"]
    assert greedy["tokens"] > 0
    if not trained:  # the random model does pick French-only pieces: the case where output changes is covered
        assert greedy["sentences_with_french_only_picks"] > 0


def test_key_figures_as_an_editor_would_choose_and_label_them(tmp_path: Path) -> None:
    pytest.importorskip("spacy")
    from evaluation import keyfigures

    # the project's own example articles are always there: measured 90% precision at k (95% before round 22), 95% labels
    # right. Round 22 ranks an assembly's winning tally ("par 251 voix contre 157") as a result, as the writers of the
    # passages written apart mark it (4 of 4 tallies key); the team's budget example marks it context, its one miss
    examples = keyfigures.evaluate(keyfigures.load_articles(tmp_path))
    assert examples["articles"] == 4 and examples["precision_at_k"] >= 0.89 and examples["label_accuracy_parse"] >= 0.94
    assert len(examples["context_in_top3"]) <= 1 and all("budget" in c for c in examples["context_in_top3"])
    if not (keyfigures.DEFAULT_DATA / "fr.txt").exists():
        pytest.skip("../shared/data/parallel-dev is not on this machine")
    # with the 9 French-original articles of the dev set: measured 90.9% (92.4% before round 22's tally, the budget
    # example's; 90.9% before rank6, 89.4% before rank4) and 90.7% (the words alone: 7.4%)
    report = keyfigures.evaluate(keyfigures.load_articles())
    assert report["articles"] == 13 and report["precision_at_k"] >= 0.90
    assert report["label_accuracy_parse"] >= 0.90 and report["label_accuracy_words"] < report["label_accuracy_parse"]
    assert len(report["context_in_top3"]) <= 1 and all("budget" in c for c in report["context_in_top3"])
    # the widened base: 28 tuning articles written in another language, French by a professional translator: measured
    # 73.7%; rank6's 8 articles, annotated before the ranker ran on them, 56.2% before rank6's kinds and 68.8% after; the
    # 20 earlier ones 75.7% (72.4% before rank6's kinds, 70.7% before rank5's; rank4's 11 articles 69.7% before rank4's)
    widened = keyfigures.evaluate(keyfigures.load_articles(translated=True))
    # (0.736 -> 0.729 in round 21, mended in round 22: the toll of an event cited past the lede is no lead)
    assert widened["articles"] == 28 and widened["precision_at_k"] >= 0.73 and widened["context_in_top3"] == []


def test_english_labels_read_from_real_english() -> None:
    pytest.importorskip("spacy")
    from evaluation import keyfigures

    labels = keyfigures.english_labels()
    if labels is None:
        pytest.skip("../shared/data/parallel-dev is not on this machine")
    # the summary run with the professional English as its translation: measured 91.2% of 34 figures
    assert labels["figures"] == 34 and labels["english_label_right"] >= 0.90
    # the lines are the checked English sentences' own words; measured 29 of 34 (the "180" of parallel-dev line 10 is
    # flagged since issue 19's wider lexicon of counted nouns: a false alarm, labelled in evaluation/data/parallel_flags.tsv)
    assert labels["line_sources"].get("english", 0) >= 29


def test_key_figures_of_unseen_news_dev_part() -> None:
    pytest.importorskip("spacy")
    from evaluation import keyfigures

    articles = keyfigures.load_news("dev")
    if not articles:
        pytest.skip("../shared/data/news-fr is not on this machine")
    report = keyfigures.evaluate_news(articles)
    # measured 0.920 (0.904 before rank5's kinds; 0.889 before rank4's; 0.749 before the breakdown, imperfect, cited-phrase,
    # bracket and lead-sentence kinds; 0.635 earlier); held-out is measured once at the end of a round, never here
    assert report["articles"] == 16 and report["precision_at_k"] >= 0.91
    assert report["context_in_top3"] == [] and report["not_figures_in_top_k"] == []


def test_news_gold_files_are_complete_and_well_formed() -> None:
    from evaluation import keyfigures

    for split, path in keyfigures.NEWS_GOLD.items():
        rows = keyfigures.load_news_gold(path)
        complete = [line for line in path.read_text(encoding="utf-8").splitlines() if line.startswith("# complete:")]
        assert complete and int(complete[-1].split()[2]) == len(rows), split
        assert {r.article for r in rows} and all(r.lines for r in rows)
    with pytest.raises(ValueError):
        keyfigures.load_news("test")


def test_the_split_half_estimate_tunes_on_one_half_and_measures_the_other(tmp_path: Path) -> None:
    from evaluation import keyfigures

    examples = keyfigures.load_articles(tmp_path)  # the project's own example articles
    report = keyfigures.split_half({"examples": examples}, repeats=2)
    assert report["halves"] == 4
    assert all(0 <= report[key] <= 1 for key in ("as_is_other_half", "refit_own_half", "refit_other_half"))
    # re-ranked from the terms with the weights as they are, an article gets the evaluation's own precision
    single = keyfigures._ranked(examples[0], news=False)
    assert keyfigures._precision(single, {}) == keyfigures.evaluate(examples[:1])["precision_at_k"]
