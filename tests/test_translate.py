"""translate() end to end with test doubles: parts of long sentences, output checks (summarizer.checks.output), language, batching."""

import re
from pathlib import Path

import pytest
from builders import ScriptedTranslator, article, numbered_sentences

from summarizer import EmptyInputError, InputTooLargeError, NotFrenchError, translate
from summarizer.checks.output import length_problem, runaway_repetition
from summarizer.testing import IdentityTranslator


def _identity(**options):
    return dict(translator=IdentityTranslator(), **options)


def test_segments_cover_the_input_in_order() -> None:
    text = article("Bilan de l'année", numbered_sentences(5), ["M. Dupont a parlé.", "Fin du rapport."])
    result = translate(text, **_identity())
    assert [s.index for s in result.segments] == list(range(len(result.segments)))
    covered = "".join(text[s.start : s.end] for s in result.segments)
    assert "".join(covered.split()) == "".join(text.split())
    assert all(s.translation for s in result.segments)


def test_paragraph_structure_is_kept() -> None:
    text = article("Titre du dossier", ["Une phrase.", "Une autre."], "Dernier paragraphe.")
    result = translate(text, **_identity())
    assert result.text == "Titre du dossier\n\nUne phrase. Une autre.\n\nDernier paragraphe."
    assert [s.paragraph for s in result.segments] == [0, 1, 1, 2]


def test_real_model_path_translates_every_sentence(tiny_model_dir: Path) -> None:
    text = article(numbered_sentences(6), numbered_sentences(3))
    result = translate(text, model=str(tiny_model_dir), backend="transformers", beams=1, max_new_tokens=8)
    assert len(result.segments) == 9
    assert all(s.translation.strip() for s in result.segments)
    assert result.model == str(tiny_model_dir) and result.backend == "transformers"


def test_a_1500_word_sentence_is_split_and_nothing_is_lost(tiny_model_dir: Path) -> None:
    clause = "le conseil a voté la hausse de la taxe régionale"
    words = (clause + ", ") * 150
    sentence = f"Selon le rapport, {words}puis la séance a été levée."
    assert len(sentence.split()) >= 1500
    seen: list[str] = []
    translator = ScriptedTranslator(lambda s: [s])
    translator.count_tokens = lambda s: len(s.split()) + 1  # type: ignore[method-assign]
    original = translator.generate

    def record(sentences, options, num_hypotheses=1):
        seen.extend(sentences)
        return original(sentences, options, num_hypotheses)

    translator.generate = record  # type: ignore[method-assign]
    result = translate(sentence, translator=translator, max_sentence_tokens=120)
    assert len(result.segments) == 1
    assert all(len(piece.split()) + 1 <= 120 for piece in seen)
    # every word was translated and rejoined in order (identical clauses are translated once)
    assert "".join(result.segments[0].translation.split()) == "".join(sentence.split())
    assert result.segments[0].flags[0].code == "split"
    # and through the real tokenizer and model
    real = translate(sentence, model=str(tiny_model_dir), backend="transformers", beams=1, max_new_tokens=4)
    assert real.segments[0].translation and real.segments[0].flags[0].code == "split"


def test_a_single_word_longer_than_the_limit_is_cut_by_characters() -> None:
    translator = ScriptedTranslator(lambda s: [s])
    translator.count_tokens = lambda s: len(s) // 4 + 1  # type: ignore[method-assign]
    word = "anticonstitutionnellement" * 200
    result = translate(f"Le mot {word} est long.", translator=translator, max_sentence_tokens=50, check_language=False)
    assert "".join(result.segments[0].translation.split()) == "".join(f"Le mot {word} est long.".split())


@pytest.mark.parametrize(
    ("text", "error", "pattern"),
    [
        ("", EmptyInputError, "empty"),
        ("   \n\t  \u200b ", EmptyInputError, "empty"),
        ("Le " * 70_000, InputTooLargeError, "over the limit of 200,000.*max_chars"),
        ("The government said the economy is growing and that it will keep on growing.", NotFrenchError, "check_language=False"),
    ],
    ids=["empty", "whitespace", "too-large", "english"],
)
def test_bad_input_is_refused_clearly(text: str, error: type[Exception], pattern: str) -> None:
    with pytest.raises(error, match=pattern):
        translate(text, **_identity())


def test_non_french_is_processed_on_request() -> None:
    result = translate("The government said the economy is growing fast.", **_identity(check_language=False))
    assert result.text and "does not look French" in result.warnings[0]


def test_html_input_is_reduced_to_text() -> None:
    page = "<html><head><script>alert(1)</script></head><body><h1>Titre</h1><p>Le texte de l'article.</p></body></html>"
    result = translate(page, **_identity())
    assert [s.source for s in result.segments] == ["Titre", "Le texte de l'article."]
    assert "alert" not in result.text and "HTML" in result.warnings[0]


def test_control_and_invisible_characters_never_reach_the_model() -> None:
    seen: list[str] = []
    translator = ScriptedTranslator(lambda s: seen.append(s) or [s])
    text = "Le\u200b prix\x07 a baissé de 3 % 😀.\n\n🎉🎉"
    result = translate(text, translator=translator)
    assert seen == ["Le prix a baissé de 3 % 😀."]
    assert result.segments[1].translation == "🎉🎉"  # nothing to translate: kept as is


@pytest.mark.parametrize(
    ("output", "code"),
    [
        (lambda s: ["The"], "length"),
        (lambda s: ["the the the the the the the the the the the the"], "repetition"),
        (lambda s: [""], "untranslated"),
    ],
    ids=["truncated", "repeating", "empty"],
)
def test_truncating_repeating_or_empty_output_is_caught(output, code: str) -> None:
    source = "Le conseil municipal a voté une hausse des tarifs de la cantine scolaire pour la rentrée."
    result = translate(source, translator=ScriptedTranslator(output))
    assert code in [f.code for f in result.segments[0].flags]
    assert result.segments[0].flagged
    assert result.segments[0].translation  # never empty: the French is shown when nothing came back


def test_repetition_is_repaired_by_a_guarded_retry() -> None:
    good = "The council voted for an increase in canteen prices for the new school year."
    translator = ScriptedTranslator(lambda s: ["prices prices prices prices prices prices", good])
    result = translate("Le conseil a voté une hausse des tarifs de la cantine pour la rentrée.", translator=translator)
    assert result.segments[0].translation == good
    assert result.segments[0].repaired and not result.segments[0].flagged


def test_lost_figure_repaired_from_the_n_best_list() -> None:
    translator = ScriptedTranslator(lambda s: ["It recorded 40,58 attempts.", "It recorded 40,589 attempts."])
    result = translate("Il a recensé 40 589 tentatives.", translator=translator)
    assert result.segments[0].translation == "It recorded 40,589 attempts."
    assert result.segments[0].repaired and not result.segments[0].flagged


def test_changed_figure_repaired_by_substitution() -> None:
    translator = ScriptedTranslator(lambda s: ["The country has 2,200,12 inhabitants."])
    result = translate("Le pays compte 2.200.112 habitants.", translator=translator)
    assert result.segments[0].translation == "The country has 2,200,112 inhabitants."
    assert "repaired" in [f.code for f in result.segments[0].flags]


def test_unrepairable_figure_is_flagged() -> None:
    translator = ScriptedTranslator(lambda s: ["The country has many inhabitants."])
    result = translate("Le pays compte 2.200.112 habitants.", translator=translator)
    assert result.segments[0].flagged
    assert re.search(r"missing in English: '2\.200\.112'", result.segments[0].flags[-1].message)
    assert [s.index for s in result.flagged] == [0]


def test_repeated_sentences_are_translated_once() -> None:
    translator = ScriptedTranslator(lambda s: [s.upper()])
    text = article(["La séance est ouverte."] * 3, "Une phrase unique ici.")
    result = translate(text, translator=translator)
    sent = [s for call in translator.calls for s in call]
    assert sent.count("La séance est ouverte.") <= 1
    assert [s.translation for s in result.segments[:3]] == ["LA SÉANCE EST OUVERTE."] * 3


def test_progress_reports_every_sentence() -> None:
    events: list[tuple[int, int]] = []
    text = article(numbered_sentences(12))
    translate(text, **_identity(progress=lambda done, total, ready: events.append((done, total)), max_batch_tokens=256))
    assert events[-1] == (12, 12) and len(events) > 2
    assert [d for d, _ in events] == sorted(d for d, _ in events)


def test_unknown_option_is_named() -> None:
    with pytest.raises(TypeError, match="Unknown option.*beam_size"):
        translate("Bonjour à tous.", translator=IdentityTranslator(), beam_size=3)


@pytest.mark.parametrize(
    ("source", "translation", "expected"),
    [
        ("Le conseil a voté.", "The council voted.", None),
        ("a b c " * 20, "a", "part of the sentence"),
    ],
    ids=["plausible", "truncated"],
)
def test_length_check(source: str, translation: str, expected: str | None) -> None:
    problem = length_problem(source, translation)
    assert (problem is None) if expected is None else (expected in problem)


def test_repetition_check_ignores_repetition_already_in_the_source() -> None:
    assert runaway_repetition("non non non non non !", "no no no no no!") is None
    assert runaway_repetition("Il a dit non.", "He said no no no no no no.") == "no"


@pytest.mark.parametrize(
    "text",
    [
        "40 589 — 12 % — 2022 — 1,2 milliard",
        "Le conseil a voté le budget. The council voted the budget. Les élus ont approuvé la dépense de la commune.",
        "Le maire a dit : « " + "très " * 1200 + "bien ».",
    ],
    ids=["numbers-only", "mixed-french-english", "5000-char-sentence"],
)
def test_odd_but_valid_input_is_translated_whole(text: str) -> None:
    result = translate(text, translator=IdentityTranslator(), max_sentence_tokens=100)
    assert "".join(result.text.split()) == "".join(text.split())
    assert all(s.translation for s in result.segments)


def test_english_paragraphs_in_a_french_article_are_pointed_out() -> None:
    text = article(
        "Le conseil municipal a voté mardi une hausse des tarifs de la cantine scolaire pour la rentrée prochaine.",
        "The city council voted on Tuesday for an increase in the price of school meals for the next school year.",
        "Les parents d'élèves dénoncent une mesure injuste et demandent un moratoire sur la hausse des tarifs.",
    )
    result = translate(text, translator=IdentityTranslator())
    assert len(result.segments) == 3
    assert result.warnings == ["Some paragraphs do not look French: 2 (en). They were translated with the rest."]


class _SmallBatches(ScriptedTranslator):
    """Prefers 60-token batches: the pipeline should follow it unless told otherwise."""

    @property
    def batch_tokens(self) -> int:
        return 60


@pytest.mark.parametrize(("budget", "largest"), [(None, 60), (400, 400)], ids=["back-end-budget", "explicit-budget"])
def test_batches_follow_the_back_ends_token_budget(budget: int | None, largest: int) -> None:
    translator = _SmallBatches(lambda s: [s])
    text = article(numbered_sentences(40, words=6))
    translate(text, translator=translator, max_batch_tokens=budget, max_sentence_tokens=20, first_batch_sentences=0)
    sizes = [max(map(translator.count_tokens, call)) * len(call) for call in translator.calls]
    assert max(sizes) <= largest
    assert max(sizes) > largest // 2  # batches are filled, not one sentence each


@pytest.mark.parametrize("restrict", [True, False], ids=["english-only-decoder", "whole-vocabulary"])
def test_vocabulary_choice_reaches_the_fast_back_end(tiny_model_dir: Path, tmp_path: Path, restrict: bool) -> None:
    from summarizer.translators import clear_translator_cache, loaded_translators

    clear_translator_cache()
    translate("Le conseil a voté le budget.", model=str(tiny_model_dir), backend="ctranslate2", beams=1,
              cache_dir=str(tmp_path), restrict_vocabulary=restrict, check_language=False)  # fmt: skip
    (fast,) = loaded_translators()
    assert (fast.converted / "target_vocabulary.json").is_file() is restrict
