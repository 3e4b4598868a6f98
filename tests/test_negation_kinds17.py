"""Negation kinds of round 17 (every example written for this file, none taken from a set or the dev data).

A French negation said in English by the opposite of its word (a move past a level by staying on its side, a seat by
leaving it, a thought or a likelihood by doubt, an ease by difficulty, a possibility not ruled out by "possible", "pour
ainsi dire rien" by "barely", "pas pour rien" by a reason), a refusal said "against", and an English word of lack that
renders a French noun ("jobless" for "chômage"). Each faithful rendering has a counterpart that loses the negation and
must be flagged.
"""

from __future__ import annotations

import pytest
from builders import negation_messages

from summarizer import parsing

pytestmark = pytest.mark.skipif(not (parsing.available("fr") and parsing.available("en")), reason="spaCy parsers not installed")


SAID_BY_AN_OPPOSITE = [
    ("Le thermomètre ne descendra pas sous les dix degrés cette nuit.", "Temperatures will stay above ten degrees tonight.",
     "Temperatures will drop below ten degrees tonight."),
    ("Le déficit ne dépassera pas 3 % du PIB l'an prochain.", "The deficit will stay below 3% of GDP next year.",
     "The deficit will exceed 3% of GDP next year."),
    ("La bourse n'a pour ainsi dire rien gagné cette semaine.", "The stock market barely gained this week.",
     "The stock market gained a lot this week."),
    ("L'ancien maire ne siège plus au conseil régional.", "The former mayor is off the regional council.",
     "The former mayor sits on the regional council."),
    ("« Je ne crois pas que le projet aboutisse », a dit la députée.", "\"I doubt the project will succeed,\" the MP said.",
     "\"I believe the project will succeed,\" the MP said."),
    ("Il ne semble pas que la tempête doive atteindre la côte.", "The storm seems unlikely to reach the coast.",
     "The storm seems set to reach the coast."),
    ("La saison ne sera pas des plus faciles pour le club.", "The club faces a tough season.", "The club faces an easy season."),
    ("La police n'exclut pas de nouvelles interpellations.", "Police say further arrests are possible.",
     "Police say further arrests are ruled out."),
    ("Le bilan de l'année n'est pas mauvais pour les éleveurs.", "The year turned out reasonably well for farmers.",
     "The year turned out badly for farmers."),
]  # fmt: skip


@pytest.mark.parametrize("fr, faithful, wrong", SAID_BY_AN_OPPOSITE)
def test_a_negation_said_by_an_opposite_passes_and_its_loss_is_flagged(fr: str, faithful: str, wrong: str) -> None:
    assert negation_messages(fr, faithful) == []
    assert negation_messages(fr, wrong)


def test_a_refusal_said_against_passes() -> None:
    assert (
        negation_messages("Les salariés ont rejeté à 64 % le plan de la direction.", "Staff voted 64% against the management plan.") == []
    )
    assert negation_messages("Les salariés ont rejeté à 64 % le plan de la direction.", "Staff voted 64% for the management plan.")


def test_an_english_word_of_lack_that_renders_a_noun_says_no_negation() -> None:
    fr = "Le nombre de chômeurs n'a pas baissé en octobre."
    assert negation_messages(fr, "The number of jobless people did not fall in October.") == []
    assert negation_messages(fr, "The number of jobless people fell in October.")


def test_not_for_nothing_said_by_a_reason_passes() -> None:
    # "ce n'est pas pour rien que" (not for nothing): the English says there is a reason, no negation
    assert negation_messages("Ce n'est pas pour rien que l'usine a été rachetée.", "There is a reason why the factory was bought.") == []
