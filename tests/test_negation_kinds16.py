"""Negation kinds of round 16 (every example written for this file, none taken from a set or the dev data).

A French negation said in English by the opposite of its verb or adjective, a negation of a word that holds one
(affirmative, on either side), a sentence's one negation said by one English word wherever it stands, and an
elliptical "surtout pas". Each faithful rendering has a counterpart that loses the negation and must be flagged.
"""

from __future__ import annotations

import pytest
from builders import negation_messages

from summarizer import parsing

pytestmark = pytest.mark.skipif(not (parsing.available("fr") and parsing.available("en")), reason="spaCy parsers not installed")


SAID_BY_AN_OPPOSITE = [
    ("La commission n'a pas retenu ce dossier de subvention.", "The committee turned down this grant application.",
     "The committee selected this grant application."),
    ("Les ventes n'atteindront pas le seuil fixé par la direction.", "Sales will fall short of the threshold set by management.",
     "Sales will reach the threshold set by management."),
    ("L'avion n'a pas décollé de Brest à cause du givre.", "The plane stayed grounded in Brest because of the frost.",
     "The plane took off from Brest despite the frost."),
    ("La société n'est plus cotée à la Bourse de Paris.", "The company has been delisted from the Paris stock exchange.",
     "The company is listed on the Paris stock exchange."),
    ("L'expert ne conseille pas de vendre les actions maintenant.", "The expert advises against selling the shares now.",
     "The expert advises selling the shares now."),
    ("« Je ne suis pas sûr que la réforme passe », a dit le député.", "\"I doubt the reform will pass,\" the MP said.",
     "\"I am sure the reform will pass,\" the MP said."),
    ("Le club n'espère pas grand-chose de ce match amical.", "The club hopes for little from this friendly.",
     "The club hopes for a lot from this friendly."),
    # a phrasal verb whose particle follows its object
    ("Le gardien n'a laissé passer aucun tir pendant tout le match.", "The goalkeeper kept every shot out for the whole match.",
     "The goalkeeper let every shot through for the whole match."),
    # the opposite said in a complement clause, by a verb in its base form
    ("Le maire ne veut pas que les piscines restent ouvertes en août.", "The mayor wants the pools to close in August.",
     "The mayor wants the pools to stay open in August."),
]


@pytest.mark.parametrize("fr, faithful, lost", SAID_BY_AN_OPPOSITE)
def test_a_negation_said_by_the_opposite_word(fr: str, faithful: str, lost: str) -> None:
    assert negation_messages(fr, faithful) == []
    assert negation_messages(fr, lost)


DOUBLES = [
    ("Aucun courrier ne reste sans suite au service des usagers.", "Every letter gets an answer at the users' office.",
     "No letter gets an answer at the users' office."),
    ("Le discours du maire n'est pas dénué d'humour.", "The mayor's speech is not without humour.", "The mayor's speech has no humour."),
    ("Nul n'ignore ici le danger des crues.", "Everyone here knows the danger of floods.", "Nobody here knows the danger of floods."),
    ("Le ministre ne peut pas ne pas savoir.", "The minister cannot fail to know.", "The minister cannot know."),
    ("Elle ne manque jamais de saluer ses électeurs.", "She never fails to greet her voters.", "She never greets her voters."),
]


@pytest.mark.parametrize("fr, faithful, reversed_", DOUBLES)
def test_a_negation_of_a_word_that_holds_one_is_affirmative(fr: str, faithful: str, reversed_: str) -> None:
    assert negation_messages(fr, faithful) == []
    assert negation_messages(fr, reversed_)


@pytest.mark.parametrize(
    "fr, en",
    [
        ("La région ne manque pas de moyens pour la relance.", "The region does not lack the means for the recovery."),
        ("Il n'a pas oublié de payer ses impôts.", "He did not forget to pay his taxes."),
    ],
)
def test_a_negation_of_a_lack_before_a_noun_stays_one(fr: str, en: str) -> None:
    assert negation_messages(fr, en) == []  # "ne manque pas de moyens" / "does not lack": one negation on each side


@pytest.mark.parametrize(
    "fr, faithful, lost",
    [
        ("Aucun compromis n'a été signé par les deux camps lors du sommet de mardi.",
         "At Tuesday's summit the two camps failed to sign a compromise.", "At Tuesday's summit the two camps signed a compromise."),
        ("La saison ne sera pas des plus simples pour le nouvel entraîneur du club.",
         "The new coach of the club faces a far from simple season.", "The new coach of the club faces a simple season."),
    ],
)
def test_the_one_negation_said_by_one_word_wherever_it_stands(fr: str, faithful: str, lost: str) -> None:
    assert negation_messages(fr, faithful) == []
    assert negation_messages(fr, lost)


def test_an_elliptical_surtout_pas_is_said_by_least_of_all() -> None:
    fr = "« Le club ne vendra aucun joueur cet été, et surtout pas son capitaine », a assuré le président."
    assert negation_messages(fr, '"The club will sell no player this summer, least of all its captain," the president said.') == []
    assert negation_messages(fr, '"The club will sell no player this summer, especially its captain," the president said.')
