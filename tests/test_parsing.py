"""The shared parses: named entities only where a reader asks, and the checks' word tests before any parse."""

from __future__ import annotations

import pytest

from summarizer import parsing
from summarizer.checks import check_sentence
from summarizer.checks.base import CHECKS, IssueKind

pytestmark = pytest.mark.skipif(not (parsing.available("fr") and parsing.available("en")), reason="spaCy parsers not installed")

#: Pairs written for the test: names kept, dropped or replaced, negations kept, lost or added, figures, and pairs
#: with nothing a name or negation check reads.
PAIRS = [
    ("Le conseil municipal a voté le budget hier soir.", "The city council voted on the budget last night."),
    ("Le conseil municipal a voté le budget hier soir.", "The city council did not vote on the budget last night."),
    ("Les élus ne voteront pas le budget.", "The councillors will vote on the budget."),
    ("Les élus ne voteront pas le budget.", "The councillors won't vote on the budget."),
    ("Lyon a fermé trois écoles.", "The city closed three schools."),
    ("Lyon a fermé trois écoles.", "Lyon closed three schools."),
    ("La ministre Claire Fontaine s'est rendue à Dakar.", "Minister Claire Fontaine went to Abidjan."),
    ("La ministre Claire Fontaine s'est rendue à Dakar.", "The minister went to the capital."),
    ("L'usine a licencié 120 salariés sans préavis.", "The plant laid off 120 employees with notice."),
    ("Personne n'a répondu à la lettre de l'OMS.", "Nobody answered the WHO's letter."),
    ("Il pleut depuis trois jours sur la région.", "It has been raining for three days over the region."),
    ("Paris a rouvert ses musées.", "Paris has reopened its museums."),
]


def test_a_doc_parsed_without_entities_gets_them_when_asked_as_a_whole_parse_gives_them() -> None:
    text = "Jeanne Morel a quitté la mairie de Rennes pour rejoindre l'Unesco."
    parsing.clear()
    parsing.parse_many([text], "fr", entities=[])
    bare = parsing.parse(text, "fr", entities=False)
    assert bare.ents == ()
    asked = parsing.parse(text, "fr")
    whole = parsing.pipeline("fr")(text)
    assert asked is bare  # the cached Doc, completed in place
    assert [(e.text, e.label_) for e in asked.ents] == [(e.text, e.label_) for e in whole.ents] != []
    assert [t.dep_ for t in asked] == [t.dep_ for t in whole] and [t.lemma_ for t in asked] == [t.lemma_ for t in whole]


@pytest.mark.parametrize(("fr", "en"), PAIRS)
def test_the_word_tests_before_the_parse_change_no_finding(fr: str, en: str, monkeypatch: pytest.MonkeyPatch) -> None:
    gated = check_sentence(fr, en)
    for cls in CHECKS.values():
        monkeypatch.setattr(cls, "applies", lambda self, source, translation: True)
    parsing.clear()
    whole = check_sentence(fr, en)
    assert gated.to_dict() == whole.to_dict()


def test_a_pair_with_nothing_to_read_is_checked_without_a_parse() -> None:
    parsing.clear()
    report = check_sentence("Il pleut depuis le début de la semaine.", "It has been raining since the start of the week.")
    assert {IssueKind.NAME, IssueKind.NEGATION} <= set(report.checked) and not report.issues
    assert not parsing._cache["fr"] and not parsing._cache["en"]  # no parse was made


def _annotations(doc: object) -> list[tuple[object, ...]]:
    """Everything a reader may read of a parse, token by token."""
    return [
        (t.text, t.pos_, t.tag_, t.dep_, t.head.i, t.lemma_, str(t.morph), t.ent_iob_, t.ent_type_, t.is_sent_start)
        for t in doc  # type: ignore[attr-defined]
    ]


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_batch_of_parses_with_entities_run_apart_is_the_same_as_whole_parses_one_at_a_time(lang: str) -> None:
    """The optimised parses (one batch, the entity recogniser left out, then run on its own where asked) annotate
    every token as a whole parse of the sentence alone does."""
    texts = list(dict.fromkeys(fr if lang == "fr" else en for fr, en in PAIRS))
    nlp = parsing.pipeline(lang)
    alone = [_annotations(nlp(text)) for text in texts]
    parsing.clear()
    parsing.parse_many(texts, lang, entities=texts[::2])  # half with their entities, half without
    assert [_annotations(parsing.parse(text, lang)) for text in texts] == alone


#: An article written for the test, with its English: figures with and without names, a negation, names kept.
_ARTICLE = {
    "Le conseil régional de Bretagne a voté un budget de 1,2 milliard d'euros mardi.":
        "The Brittany regional council passed a budget of 1.2 billion euros on Tuesday.",
    "Les dépenses de transport augmenteront de 7 % en un an.": "Transport spending will rise by 7% in a year.",
    "Selon Claire Fontaine, la région ne fermera aucune ligne de car.":
        "According to Claire Fontaine, the region will not close any coach line.",
    "Le nombre de voyageurs a atteint 3 400 000 en 2023.": "The number of passengers reached 3,400,000 in 2023.",
    "Il pleut depuis le début de la semaine.": "It has been raining since the start of the week.",
    "Rennes recevra 40 nouveaux bus électriques d'ici à 2026.": "Rennes will receive 40 new electric buses by 2026.",
}  # fmt: skip


def _without_time(value: object) -> object:
    if isinstance(value, dict):
        return {k: _without_time(v) for k, v in value.items() if k != "seconds"}
    if isinstance(value, list):
        return [_without_time(v) for v in value]
    return value


def test_a_summary_with_the_shared_optimised_parses_is_the_summary_with_every_sentence_parsed_whole_alone(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The run parses ahead in batches, and the named entities only where a reader reads them: its summary (every
    sentence's check, flags, key figures and lines) is the one made with each sentence parsed whole, alone."""
    import importlib

    from summarizer.run import summarize_article
    from summarizer.testing import ScriptedTranslator

    text = " ".join(_ARTICLE)

    def summarize() -> object:
        parsing.clear()
        translator = ScriptedTranslator(lambda source: [_ARTICLE.get(source.strip(), source)])
        return _without_time(summarize_article(text, translator=translator).to_dict())

    optimised = summarize()
    whole = parsing.parse
    monkeypatch.setattr(importlib.import_module("summarizer.run"), "_parse_ahead", lambda *args: None)
    monkeypatch.setattr(parsing, "parse", lambda text, lang, *, entities=True: whole(text, lang, entities=True))
    monkeypatch.setattr(parsing, "parse_many", lambda *args, **kwargs: None)
    plain = summarize()
    assert optimised == plain
    assert plain["key_figures"]  # type: ignore[index]
