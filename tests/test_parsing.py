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
