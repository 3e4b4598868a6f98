"""Negation kinds of round 21 (every example written for this file, none taken from a set or the dev data).

A call not followed said by setting it aside ("n'a pas suivi l'avis" / "disregarded"); an anger that does not subside
("ne décolèrent pas" / "remain furious"); an effort not made ("sans forcer" / "cruised"); a "zero-" compound for a "sans"
("sans émissions" / "zero-emission"); "ne ... plus" said by "give up"; "pas encore" said by "still un-"; a place not
spared said by the blow ("n'a épargné ni ... ni" / "battered"); a theory not ruled out kept open; a litotes of the least
("n'est pas le moindre des" / "a striking"); "n'a pas démérité" / "gave a good account of themselves"; a school not
reopened ("stayed shut"); a bid not kept ("passed over"); a feeling never hidden ("always been open about"); a liking
negated ("n'ont guère apprécié" / "took a dim view of"); an elliptical "pas même" after a negated clause ("nobody ..., not
even"); "privé de" read as a lack whatever the tagger said ("Without its striker"); a word of lack moved to the other end
of the sentence ("faute de" / "For want of", "With no"); a negative subject far before its "ne", one negation with it
("Aucun joueur de l'équipe ... n'est reparti sans médaille" / "Every player", "Aucune des 30 sculptures ..., au musée
..., n'avait jamais été exposée" / "None ... had ever"); "mal appliqué" / "not properly enforced"; "n'en demandaient pas
tant" / "more than they asked for"; a "sans" whose noun the English affirms by its translation ("sans électricité" / "had
electricity"); a lack, a setting aside and an inadmissibility said by English words of their sense or lost ("manque de" /
"short of", "a écarté" / "ruled out", "irrecevable" / "inadmissible"). Each faithful rendering has a counterpart that
loses the negation (or reverses the sense) and must be flagged.
"""

from __future__ import annotations

import pytest
from builders import negation_messages

from summarizer import parsing

pytestmark = pytest.mark.skipif(not (parsing.available("fr") and parsing.available("en")), reason="spaCy parsers not installed")


TWINS = [
    (
        "Le tribunal n'a pas suivi l'avis du rapporteur public, qui demandait l'annulation du permis.",
        "The court disregarded the public rapporteur's call for the permit to be annulled.",
        "The court followed the public rapporteur's call for the permit to be annulled.",
    ),
    (
        "Les chauffeurs de taxi ne décolèrent pas depuis l'annonce de la réforme.",
        "Taxi drivers have remained furious since the reform was announced.",
        "Taxi drivers have calmed down since the reform was announced.",
    ),
    (
        "Une usine sans émissions d'ici 2035 ? Le projet laisse les experts perplexes.",
        "A zero-emission plant by 2035? The project leaves experts puzzled.",
        "A high-emission plant by 2035? The project leaves experts puzzled.",
    ),
    (
        "Le nouveau stade n'est pas encore achevé, à trois mois de la compétition.",
        "Three months before the competition, the new stadium is still unfinished.",
        "Three months before the competition, the new stadium is finished.",
    ),
    (
        "La tempête n'a épargné ni les côtes ni l'intérieur des terres.",
        "The storm battered the coast and the interior alike.",
        "The storm spared the coast and the interior alike.",
    ),
    (
        "Le lycée n'a pas rouvert mardi après l'inondation.",
        "The school stayed shut on Tuesday after the flood.",
        "The school reopened on Tuesday after the flood.",
    ),
    (
        "Le comité n'a pas retenu la candidature de la ville pour les Jeux.",
        "The committee passed over the city's bid for the Games.",
        "The committee picked the city's bid for the Games.",
    ),
    (
        "Les marchés n'ont guère apprécié les annonces du gouvernement.",
        "Markets took a dim view of the government's announcements.",
        "Markets welcomed the government's announcements.",
    ),
    (
        "Aucun candidat du lycée n'est reparti sans diplôme cette année.",
        "Every candidate at the school left with a diploma this year.",
        "No candidate at the school left with a diploma this year.",
    ),
    (
        "Aucun joueur de l'équipe réserve de la ville n'est reparti sans médaille cette saison.",
        "Every player in the town's reserve team came away with a medal this season.",
        "No player in the town's reserve team came away with a medal this season.",
    ),
    (
        "Le marché de Lyon n'a fait que suivre celui de Paris, faute d'acheteurs étrangers.",
        "With no foreign buyers, the Lyon market simply followed the Paris one.",
        "With foreign buyers, the Lyon market simply followed the Paris one.",
    ),
    (
        "Le quartier est resté sans électricité pendant deux jours.",
        "The district went without electricity for two days.",
        "The district had electricity throughout the two days.",
    ),
    (
        "Le match s'est joué sans spectateurs à cause des incidents.",
        "Because of the incidents, the match was played behind closed doors.",
        "Because of the incidents, the match was played in front of a big crowd of spectators.",
    ),
    (
        "La clinique manque d'infirmiers pour ouvrir le service.",
        "The clinic is short of nurses to open the ward.",
        "The clinic has plenty of nurses to open the ward.",
    ),
    (
        "Le gouvernement a écarté toute hausse des impôts.",
        "The government ruled out any tax increase.",
        "The government announced a tax increase.",
    ),
    (
        "La cour a jugé le recours irrecevable.",
        "The court threw out the appeal as inadmissible.",
        "The court ruled the appeal admissible.",
    ),
    (
        "La paroisse fermera, faute de prêtres.",
        "For want of priests, the parish will close.",
        "Thanks to its priests, the parish will close.",
    ),
]


@pytest.mark.parametrize("fr, faithful, wrong", TWINS)
def test_a_faithful_rendering_passes_and_its_changed_twin_is_flagged(fr: str, faithful: str, wrong: str) -> None:
    assert negation_messages(fr, faithful) == []
    assert negation_messages(fr, wrong)


FAITHFUL = [
    ("Le sprinteur s'est qualifié pour la finale sans forcer.", "The sprinter cruised into the final."),
    ("Les riverains ne boivent plus l'eau du puits depuis la pollution.",
     "Residents have given up drinking the well water since the pollution."),
    ("« Ni oui ni non », a répondu la ministre, interrogée sur la réforme.",
     '"Neither yes nor no," the minister replied when asked about the reform.'),
    ("La police n'exclut ni la piste criminelle ni celle d'un accident.",
     "Police are keeping both the criminal and the accident theories open."),
    ("Ce n'est pas le moindre des paradoxes : la ville la plus riche a les écoles les plus pauvres.",
     "In a striking paradox, the richest city has the poorest schools."),
    ("Les Lions n'ont pas démérité face au Brésil, battus de deux points.",
     "The Lions gave a good account of themselves against Brazil, losing by two points."),
    ("Vous n'avez jamais caché votre soutien au projet.", "You have always been open about your support for the project."),
    ("Aucune des 30 sculptures n'avait jamais été exposée en Europe.", "None of the 30 sculptures had ever been exhibited in Europe."),
    ("Aucune des 30 sculptures de la collection « Marées », au musée de Brest, n'avait jamais été exposée en Europe.",
     "None of the 30 sculptures in the 'Tides' collection at the Brest museum had ever been exhibited in Europe."),
    ("Personne ne l'écoutait, pas même son frère.", "Nobody listened to her, not even her brother."),
    ("Privé de son buteur, le club s'est incliné à Lens.", "Without its striker, the club lost in Lens."),
    ("Un règlement mal appliqué ? L'opposition dénonce des abus.",
     "A rule that is not being properly enforced? The opposition denounces abuses."),
    ("Les pays hôtes, qui n'en demandaient pas tant, profiteront de la vitrine.",
     "The host countries, which are getting more than they ever asked for, will enjoy the showcase."),
]  # fmt: skip


@pytest.mark.parametrize("fr, en", FAITHFUL)
def test_a_negation_said_by_a_word_of_its_sense_raises_no_alarm(fr: str, en: str) -> None:
    assert negation_messages(fr, en) == []


def test_an_english_not_before_a_manner_without_a_french_mal_is_still_added() -> None:
    assert negation_messages("Le règlement est appliqué avec rigueur.", "The rule is not properly enforced.")


def test_a_lack_moved_in_the_sentence_needs_as_many_english_words_of_lack() -> None:
    # two French lacks, one English: the second is lost
    assert negation_messages("Faute de moyens, la commune fermera la piscine, faute de maîtres-nageurs.",
                             "For want of money, the town will close the pool, thanks to its lifeguards.")
