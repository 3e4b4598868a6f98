"""Negation kinds of round 19 (every example written for this file, none taken from a set or the dev data).

A French negation said in English by the opposite of its word: a state kept by not undoing it ("n'a pas levé" /
"kept", "ne touchera pas à" / "leave unchanged", "ne veut pas qu'il parte" / "wants him to stay"), an absence ("ne se
rendra pas" / "will skip"), a place never empty ("ne désemplit pas" / "keeps drawing crowds"), nothing lost ("n'a rien
perdu de" / "as ... as ever"), a literary "ne saurait" by a question that expects no ("who could blame them?"), a claim
not admitted ("inadmissible"), people not told ("in the dark"), a payment not yet made ("still waiting"), litotes
("pas mécontent" / "pleased", "pas très loin" / "close", "ne sera pas de trop" / "will come in handy"); a verb of a
"que" clause negated in both languages ("n'exclut pas que" / "does not rule out"); a negative word in a short quoted
title or slogan, which negates no clause; "pour ne pas dire" / "if not"; an English "neither ... nor" that continues
the negation before it; "pas réservé à" / "not just for", a restriction on both sides. Each faithful rendering has a
counterpart that loses the negation (or adds one) and must be flagged.
"""

from __future__ import annotations

import pytest
from builders import negation_messages

from summarizer import parsing

pytestmark = pytest.mark.skipif(not (parsing.available("fr") and parsing.available("en")), reason="spaCy parsers not installed")


TWINS = [
    # a state kept by not undoing it
    (
        "Le préfet n'a pas levé l'interdiction d'arrosage malgré les pluies.",
        "The prefect has kept the watering ban in place despite the rain.",
        "The prefect has lifted the watering ban despite the rain.",
    ),
    (
        "La banque centrale ne touchera pas à ses taux ce mois-ci.",
        "The central bank will leave its rates unchanged this month.",
        "The central bank will raise its rates this month.",
    ),
    (
        "La direction ne veut pas que son chef cuisinier parte à Lyon.",
        "The management wants its head chef to stay rather than go to Lyon.",
        "The management wants its head chef to go to Lyon.",
    ),
    # an absence
    (
        "La ministre ne se rendra pas au forum de Davos cette année.",
        "The minister will skip the Davos forum this year.",
        "The minister will attend the Davos forum this year.",
    ),
    (
        "Le témoin ne s'est pas présenté à l'audience de mardi.",
        "The witness was a no-show at Tuesday's hearing.",
        "The witness appeared at Tuesday's hearing.",
    ),
    # a place never empty, nothing lost
    (
        "Depuis sa réouverture, la piscine ne désemplit pas.",
        "Since it reopened, the pool has been packed.",
        "Since it reopened, the pool has been empty.",
    ),
    (
        "À 70 ans, l'actrice n'a rien perdu de son énergie.",
        "At 70, the actress is as energetic as ever.",
        "At 70, the actress has lost her energy.",
    ),
    # a literary "ne saurait" said by a question that expects no
    (
        "On ne saurait en vouloir aux habitants d'être inquiets.",
        "Who could blame residents for being worried?",
        "Residents can be blamed for being worried.",
    ),
    # a claim not admitted, people not told, a payment still awaited
    (
        "Le Conseil d'État n'a pas jugé recevable la requête de l'association.",
        "The Council of State threw out the association's petition as inadmissible.",
        "The Council of State found the association's petition admissible.",
    ),
    (
        "Les parents n'avaient pas été prévenus de la fermeture de la cantine.",
        "Parents had been kept in the dark about the canteen's closure.",
        "Parents had been told about the canteen's closure.",
    ),
    (
        "Trois mois après la tempête, les agriculteurs n'ont toujours pas été indemnisés.",
        "Three months after the storm, farmers are still waiting for compensation.",
        "Three months after the storm, farmers have been compensated.",
    ),
    # litotes
    (
        "Le sélectionneur n'était pas mécontent du match nul obtenu à Rome.",
        "The coach was pleased with the draw in Rome.",
        "The coach was furious about the draw in Rome.",
    ),
    (
        "Le chantier n'est plus très loin de son terme.",
        "The building work is now close to completion.",
        "The building work is now at a standstill.",
    ),
    (
        "Un peu de pluie ne sera pas de trop pour les cultures.",
        "A little rain will come in handy for the crops.",
        "A little rain will be too much for the crops.",
    ),
    # a verb of a "que" clause negated on both sides
    (
        "Les enquêteurs n'excluent pas que l'incendie soit d'origine criminelle.",
        "Investigators do not rule out that the fire was arson.",
        "Investigators rule out that the fire was arson.",
    ),
]


@pytest.mark.parametrize("fr, faithful, wrong", TWINS)
def test_a_faithful_rendering_passes_and_its_changed_twin_is_flagged(fr: str, faithful: str, wrong: str) -> None:
    assert negation_messages(fr, faithful) == []
    assert negation_messages(fr, wrong)


NO_NEGATION_IN_A_TITLE = [
    ("Son deuxième roman, « Sans retour », paraît en mars.", 'Her second novel, "Sans retour" (No Return), comes out in March.'),
    ("« Plus jamais ça » : le slogan a été repris par 2 000 manifestants.", '"Never again": the slogan was taken up by 2,000 marchers.'),
]


@pytest.mark.parametrize("fr, en", NO_NEGATION_IN_A_TITLE)
def test_a_negative_word_of_a_short_quoted_title_negates_nothing(fr: str, en: str) -> None:
    assert negation_messages(fr, en) == []


def test_a_quoted_sentence_is_read() -> None:
    fr = "« Personne ne sera oublié », a promis le maire."
    assert negation_messages(fr, '"Nobody will be forgotten," the mayor promised.') == []
    assert negation_messages(fr, '"Everybody will be forgotten," the mayor promised.')


def test_pour_ne_pas_dire_is_if_not() -> None:
    fr = "Les chiffres du tourisme sont moroses, pour ne pas dire catastrophiques."
    assert negation_messages(fr, "Tourism figures are gloomy, if not catastrophic.") == []
    assert negation_messages("Les chiffres du tourisme ne sont pas catastrophiques.", "Tourism figures are catastrophic.")


def test_neither_nor_continues_the_negation_before_it() -> None:
    fr = "Il n'y aura pas de fermeture de classes, ni dans les villages ni dans les villes."
    assert negation_messages(fr, "There will be no class closures, neither in villages nor in towns.") == []
    assert negation_messages("Il y aura des fermetures de classes.", "There will be no class closures, neither in villages nor in towns.")


def test_pas_reserve_a_is_a_restriction_as_not_just_for() -> None:
    fr = "Le dépistage n'est pas réservé aux personnes âgées."
    assert negation_messages(fr, "Screening is not just for the elderly.") == []
