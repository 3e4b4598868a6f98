"""The negation check: each side's negations read from the parse, paired, lost or added ones flagged with their verb."""

from __future__ import annotations

import pytest

from summarizer import parsing
from summarizer.checks import IssueKind, check

pytestmark = pytest.mark.skipif(not (parsing.available("fr") and parsing.available("en")), reason="spaCy parsers not installed")


def negations(fr: str, en: str) -> list[str]:
    """The codes of the negation issues."""
    return [i.code for i in check(fr, en, checks=("negation",)).of(IssueKind.NEGATION)]


@pytest.mark.parametrize(
    ("fr", "en"),
    [
        ("Le conseil n'a pas voté le budget.", "The council did not vote on the budget."),
        ("Elle ne viendra jamais à la réunion.", "She will never come to the meeting."),
        ("Il n'y a plus de places dans le train.", "There are no more seats on the train."),
        ("Personne n'a rien vu cette nuit-là.", "Nobody saw anything that night."),  # concord: one negation
        ("Aucun candidat n'a obtenu la majorité.", "No candidate won a majority."),
        ("Les élèves sont partis sans leurs livres.", "The pupils left without their books."),
        ("Il ne reste que trois jours avant le vote.", "Only three days remain before the vote."),  # ne ... que: only
        ("Il ne reste plus que deux candidats.", "Only two candidates remain."),  # ne ... plus que: only
        ("Non seulement il chante, mais il danse aussi.", "He not only sings, he also dances."),  # not only
        ("Elle viendra sans doute demain.", "She will no doubt come tomorrow."),
        ("Il y avait pas mal de monde au marché.", "There were quite a lot of people at the market."),
        ("Ce projet n'est pas sans risques.", "This project is not without risks."),  # double negation
        ("Il est impossible de conclure.", "It is impossible to conclude."),
        ("Le maire n'a pas pu venir.", "The mayor was unable to come."),  # said by a word
        ("Le patron ne vous paie pas et ne vous écoute pas.", "The boss doesn't pay you or listen to you."),  # one over two verbs
    ],
    ids=["pas", "jamais", "plus", "concord", "aucun", "sans", "ne-que", "ne-plus-que", "non-seulement", "sans-doute",
         "pas-mal", "double", "lexical-both", "unable", "coordinated"],
)  # fmt: skip
def test_kept_polarity_passes(fr: str, en: str) -> None:
    assert negations(fr, en) == []


@pytest.mark.parametrize(
    ("fr", "en", "code"),
    [
        ("Le conseil n'a pas voté le budget.", "The council voted on the budget.", "lost"),
        ("Elle ne viendra jamais à la réunion.", "She will always come to the meeting.", "lost"),
        ("Personne n'a rien vu cette nuit-là.", "Somebody saw something that night.", "lost"),
        ("Les élèves sont partis sans leurs livres.", "The pupils left with their books.", "lost"),
        ("Le conseil a voté le budget.", "The council did not vote on the budget.", "added"),
        ("Elle viendra à la réunion.", "She will never come to the meeting.", "added"),
        ("Le ministre a trouvé une solution.", "The minister found no solution.", "added"),
    ],
    ids=["pas-removed", "jamais-to-always", "concord-removed", "sans-to-with", "not-added", "never-added", "no-added"],
)
def test_a_reversed_polarity_is_flagged(fr: str, en: str, code: str) -> None:
    assert negations(fr, en) == [code]


def test_the_flag_names_the_verb_and_points_at_the_marker() -> None:
    fr, en = "Le conseil n'a pas voté le budget.", "The council voted on the budget."
    issue = check(fr, en, checks=("negation",)).of(IssueKind.NEGATION)[0]
    assert "voté" in issue.message
    assert fr[slice(*issue.source_span)] == "n'"
    issue = check("Le conseil a voté le budget.", "The council never voted on the budget.", checks=("negation",)).issues[0]
    assert "voted" in issue.message and issue.translation == "never"


def test_one_clause_of_two_reversed() -> None:
    fr = "Le maire est venu, mais le préfet n'est pas venu."
    en = "The mayor came, and the prefect came too."
    assert negations(fr, en) == ["lost"]
    assert negations(fr, "The mayor came, but the prefect did not come.") == []


@pytest.mark.parametrize(("fr", "en"), [("", ""), ("Bonjour.", ""), ("non " * 1000, "no " * 1000)], ids=["empty", "no-english", "too-long"])
def test_bad_input_gives_no_flag_and_no_exception(fr: str, en: str) -> None:
    assert negations(fr, en) == []
