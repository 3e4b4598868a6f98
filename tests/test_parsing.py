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
    # a capital the name check reads in the French, no proper noun in the English: no English entity recognised
    "Le Premier ministre a salué les 300 bénévoles du festival.": "The prime minister thanked the festival's 300 volunteers.",
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


#: English sentences written for the test that the English attribute rules' exceptions read: contractions, "there
#: is", a relative "that", a subordinating "if", a determiner's morphology, spaces.
_RULED = {
    "en": [
        "They're gonna close the depot, ain't they?",
        "Let's meet at noon, y'all.",
        "There are 12 schools that stayed open if it snows.",
        "He had nothin' to say, but the mayor did.",
        "These two  buses and this tram were late.",
        *(en for _, en in PAIRS),
    ],
    "fr": ["Il n'a rien dit  hier.", "Les deux tramways, que personne n'attendait, sont arrivés.", *(fr for fr, _ in PAIRS)],
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_indexed_attribute_rules_annotate_every_token_as_the_rulers_own_matcher_does(
    lang: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The attribute ruler's rules, found through :class:`parsing._RuleIndex`, give the parse its own Matcher gives."""
    nlp = parsing.pipeline(lang)
    ruler = nlp.get_pipe("attribute_ruler")
    assert isinstance(ruler.match, parsing._RuleIndex)  # the pipeline is loaded with the index
    texts = _RULED[lang]
    indexed = [_annotations(doc) for doc in nlp.pipe(texts)]
    bare = list(nlp.pipe(texts, disable=["attribute_ruler", "lemmatizer", "ner"]))
    monkeypatch.delattr(ruler, "match")  # the class's own: its Matcher
    assert [ruler.match(doc) for doc in bare] == [parsing._RuleIndex(ruler)(doc) for doc in bare]
    assert sum(len(ruler.match(doc)) for doc in bare) > 2 * sum(len(doc) for doc in bare) // 3
    assert [_annotations(doc) for doc in nlp.pipe(texts)] == indexed


def test_the_rule_index_reads_each_kind_of_rule_as_the_matcher_does_and_leaves_a_ruler_it_cannot_read() -> None:
    import spacy

    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("attribute_ruler")
    ruler.add([[{"LOWER": {"IN": ["bus", "tram"]}}]], {"POS": "NOUN"})
    ruler.add([[{"ORTH": "Lyon"}], [{"IS_PUNCT": True}]], {"POS": "PROPN"})
    ruler.add([[{"LOWER": "gon"}, {"LOWER": {"REGEX": "^n+a$"}}]], {"LEMMA": "to"}, index=1)
    ruler.add([[{"IS_PUNCT": True, "LOWER": {"NOT_IN": [","]}}]], {"POS": "PUNCT"})
    ruler.add([[{"TEXT": "tram"}]], {"LEMMA": "tramway"})
    doc = nlp.make_doc("The bus to Lyon, gonna be late. A tram, gon nna.")
    found = parsing._RuleIndex(ruler)(doc)
    assert found == type(ruler).match(ruler, doc) and {rule for rule, *_ in found} == {0, 1, 2, 3, 4}
    ruler.add([[{"LOWER": "late", "OP": "+"}]], {"POS": "ADJ"})
    with pytest.raises(ValueError, match="OP"):
        parsing._RuleIndex(ruler)
    parsing._index_rules(nlp)
    assert "match" not in vars(ruler)  # the ruler keeps its Matcher


def test_the_english_entities_are_recognised_only_where_the_name_check_can_keep_one(monkeypatch: pytest.MonkeyPatch) -> None:
    """The name check keeps only English entities that hold a capitalised proper noun: without one, the English is
    checked without its entities, and the report is the one a whole parse gives."""
    pairs = [
        ("Le Premier ministre a salué les 300 bénévoles.", "The prime minister thanked the 300 volunteers."),
        ("La ministre Claire Fontaine s'est rendue à Dakar.", "Minister Claire Fontaine went to Abidjan."),
    ]
    parsing.clear()
    gated = [check_sentence(fr, en).to_dict() for fr, en in pairs]
    assert [parsing._cache["en"][en].has_annotation("ENT_IOB") for _, en in pairs] == [False, True]
    whole = parsing.parse
    monkeypatch.setattr(parsing, "parse", lambda text, lang, *, entities=True: whole(text, lang, entities=True))
    parsing.clear()
    assert [check_sentence(fr, en).to_dict() for fr, en in pairs] == gated
    assert parsing._cache["en"][pairs[0][1]].ents  # "300": an entity the check does not keep


def test_a_batch_gives_their_entities_to_docs_cached_without_them() -> None:
    texts = ["Claire Fontaine a quitté Rennes.", "Le tramway de Lyon est en retard."]
    parsing.clear()
    parsing.parse_many(texts, "fr", entities=[])
    assert not any(parsing._cache["fr"][t].has_annotation("ENT_IOB") for t in texts)
    parsing.parse_many(texts, "fr", entities=texts[:1])
    assert [parsing._cache["fr"][t].has_annotation("ENT_IOB") for t in texts] == [True, False]
    nlp = parsing.pipeline("fr")
    assert _annotations(parsing._cache["fr"][texts[0]]) == _annotations(nlp(texts[0]))


def test_the_run_leaves_the_english_only_the_figure_check_reads_to_that_check(monkeypatch: pytest.MonkeyPatch) -> None:
    """A sentence with figures and no possible name or negation: its French is parsed ahead (the key figures' facts),
    its English is not (the figure check parses it only where the words cannot tell what a count counts)."""
    from summarizer.run import summarize_article
    from summarizer.testing import ScriptedTranslator

    batches: list[tuple[str, list[str]]] = []
    many = parsing.parse_many

    def spy(texts: list[str], lang: str, **kwargs: object) -> None:
        batches.append((lang, list(texts)))
        many(texts, lang, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(parsing, "parse_many", spy)
    parsing.clear()
    text = " ".join(_ARTICLE)
    summarize_article(text, translator=ScriptedTranslator(lambda source: [_ARTICLE.get(source.strip(), source)]))
    ahead = {lang: texts for lang, texts in batches[:2]}  # the run's own batches come first, one per language
    figures_only = "Les dépenses de transport augmenteront de 7 % en un an."
    assert figures_only in ahead["fr"] and _ARTICLE[figures_only] not in ahead["en"]
    assert _ARTICLE["Selon Claire Fontaine, la région ne fermera aucune ligne de car."] in ahead["en"]
    assert next(fr for fr in _ARTICLE if fr.startswith("Il pleut")) not in ahead["fr"]  # nothing to read: not parsed


def test_the_parse_gates_change_no_report_nor_summary_and_save_parses() -> None:
    """The readers' gates (:func:`parsing.gates`) skip parses a word test shows needless: every check report of the
    test's pairs and the article's whole summary are the ones made with every parse, with fewer English entities."""
    from summarizer.run import summarize_article
    from summarizer.testing import ScriptedTranslator

    def run() -> tuple[list[object], object, int]:
        parsing.clear()
        reports = [check_sentence(fr, en).to_dict() for fr, en in PAIRS]
        parsing.clear()
        translator = ScriptedTranslator(lambda source: [_ARTICLE.get(source.strip(), source)])
        summary = _without_time(summarize_article(" ".join(_ARTICLE), translator=translator).to_dict())
        return reports, summary, sum(doc.has_annotation("ENT_IOB") for doc in parsing._cache["en"].values())

    gated = run()
    with parsing.gates(False):
        whole = run()
    assert gated[:2] == whole[:2]
    assert gated[2] < whole[2]  # English entities recognised in fewer sentences
