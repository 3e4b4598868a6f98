"""Negation kinds of round 18 (every example written for this file, none taken from a set or the dev data).

A French negation said in English by a verb or phrase of not doing or of lack ("declined", "will miss", "refrained",
"fell short of", "for want of", "ran out of", "out of", "stayed away", "rather than", "no more than", a "non-" noun),
or by the opposite of its word (an idiom of silence, of deserving, of hunger, of safety, of a goal conceded; a
restriction by going beyond; an escape by obligation; a closing by staying open; a stop by carrying on; "pas avant" by
"at the earliest"; "pas interdit" by "may"); French "non-" nouns said by an English "not"; "ni plus ni moins" and
"than never", which negate nothing; an English "not" in a verbless bracket; a "-free" compound; a negated verb of
opinion said by a prefixed adjective in its clause. Each faithful rendering has a counterpart that loses the negation
(or adds one) and must be flagged.
"""

from __future__ import annotations

import pytest
from builders import negation_messages

from summarizer import parsing

pytestmark = pytest.mark.skipif(not (parsing.available("fr") and parsing.available("en")), reason="spaCy parsers not installed")


SAID_BY_NOT_DOING = [
    ("Le tribunal n'a pas annulé la vente du domaine viticole.", "The court declined to overturn the sale of the wine estate.",
     "The court moved to overturn the sale of the wine estate."),
    ("La capitaine ne jouera pas la finale de dimanche à Lens.", "The captain will miss Sunday's final in Lens.",
     "The captain will play Sunday's final in Lens."),
    ("Le gouverneur ne s'est pas prononcé sur la réforme des retraites.", "The governor refrained from commenting on the pension reform.",
     "The governor spoke out on the pension reform."),
    ("Le sprinteur n'a pas réussi à battre son record personnel à Oslo.", "The sprinter fell short of his personal best in Oslo.",
     "The sprinter beat his personal best in Oslo."),
    ("La séance a été levée, le nombre de votants n'étant pas suffisant.", "The session was adjourned for want of enough voters.",
     "The session was adjourned with enough voters."),
    ("Le refuge n'a plus de croquettes pour ses quarante chiens.", "The shelter has run out of food for its forty dogs.",
     "The shelter has plenty of food for its forty dogs."),
    ("Le gardien ne participera pas au stage de l'équipe nationale.", "The goalkeeper is out of the national team's training camp.",
     "The goalkeeper is in the national team's training camp."),
    ("Les électeurs ne se sont pas déplacés pour le second tour.", "Voters stayed away from the second round.",
     "Voters turned out for the second round."),
    ("La baisse tient au climat et non à une mauvaise gestion.", "The drop is down to the weather rather than to poor management.",
     "The drop is down to the weather and to poor management."),
    ("La récolte ne dépassera pas 40 000 tonnes cette année.", "The harvest will be no more than 40,000 tonnes this year.",
     "The harvest will be more than 40,000 tonnes this year."),
    ("Le boxeur n'a pas pris part à la pesée officielle.", "The boxer was a no-show at the official weigh-in.",
     "The boxer was present at the official weigh-in."),
]  # fmt: skip

SAID_BY_AN_OPPOSITE = [
    ("L'accusé n'a pas desserré les dents pendant l'audience.", "The defendant stayed tight-lipped throughout the hearing.",
     "The defendant spoke freely throughout the hearing."),
    ("Avec ce titre, la nageuse n'a pas volé sa médaille.", "With this title, the swimmer fully earned her medal.",
     "With this title, the swimmer stole her medal."),
    ("Un enfant sur cinq ne mange pas à sa faim dans le district.", "One child in five goes hungry in the district.",
     "One child in five eats well in the district."),
    ("Aucune région n'est à l'abri d'une sécheresse cet été.", "Every region is vulnerable to a drought this summer.",
     "Every region is safe from a drought this summer."),
    ("Le club n'a encaissé aucun but depuis le mois d'août.", "The club has kept a clean sheet since August.",
     "The club has leaked goals since August."),
    ("Le ministre ne s'est pas contenté de promettre des aides.", "The minister went beyond promising aid.",
     "The minister merely promised aid."),
    ("L'entreprise ne pourra pas échapper à une amende.", "The company will have to pay a fine.",
     "The company will escape a fine."),
    ("La municipalité ne fermera aucune crèche d'ici à 2030.", "The council will keep all its nurseries open until 2030.",
     "The council will close some of its nurseries until 2030."),
    ("Les travaux ne se sont jamais arrêtés, même sous la neige.", "Work carried on throughout, even in the snow.",
     "Work came to a standstill, even in the snow."),
    ("Le pont ne rouvrira pas avant l'été.", "The bridge will reopen in the summer at the earliest.",
     "The bridge will reopen before the summer."),
    ("Il n'est pas interdit de croire que la grève prendra fin.", "One may well believe that the strike will end.",
     "It is wrong to believe that the strike will end."),
    ("Le bilan n'est pas à la hauteur des promesses du maire.", "The record falls short of the mayor's promises.",
     "The record lives up to the mayor's promises."),
    ("Les acheteurs ne se sont pas manifestés lors de la vente.", "Buyers stayed away from the sale.",
     "Buyers flocked to the sale."),
]  # fmt: skip




NO_NEGATION_ADDED = [
    # a French "non-" noun said by an English "not"
    ("Le non-paiement des loyers pèse sur les bailleurs sociaux.", "Tenants not paying their rent weighs on social landlords.",
     "Tenants not paying their rent never weighs on social landlords."),
    ("La non-sélection du défenseur a surpris les supporters.", "The decision not to select the defender surprised fans.",
     "The decision not to select the defender did not surprise fans."),
    # "than never", a comparison
    ("« Plutôt tard que jamais », a lancé la maire.", "\"Better late than never,\" the mayor said.",
     "\"Better late than never,\" the mayor did not say."),
    # "ni plus ni moins": exactly
    ("Ce plan n'est ni plus ni moins qu'un abandon, selon les syndicats.", "The plan is nothing short of a surrender, unions say.",
     "The plan is not a surrender, unions say."),
    # a verbless bracket
    ("« Je vis avec 900 euros », raconte Paul (le prénom a été changé).", "\"I live on 900 euros,\" says Paul (not his real name).",
     "\"I do not live on 900 euros,\" says Paul (not his real name)."),
]  # fmt: skip



NOT_LOST = [
    # a "-free" compound
    ("La commune a annoncé qu'elle n'était plus endettée.", "The town announced that it was now debt-free.",
     "The town announced that it was now in debt."),
    # a negated verb of opinion, the negation said in its clause by a prefixed adjective
    ("Le syndicat ne juge pas que la fermeture de l'usine soit justifiée.", "The union considers the closure of the plant unjustified.",
     "The union considers the closure of the plant justified."),
]  # fmt: skip



def test_a_dissuasion_said_without_against_is_flagged() -> None:
    fr = "Les médecins ont déconseillé à la patiente de voyager."
    assert negation_messages(fr, "Doctors advised the patient against travelling.") == []
    assert negation_messages(fr, "Doctors advised the patient to travel.")


FRENCH_NEGATION_READ = [
    # "il ne faut pas que": the clause must not happen
    ("Il ne faut pas que les loyers flambent cette année.", "Rents must not be allowed to soar this year.",
     "Rents must be allowed to soar this year."),
    # "de personne" after a negation: no one
    ("« Notre club n'a de conseils à recevoir de personne », a dit le président.",
     "\"Our club will not take advice from anyone,\" the chairman said.", "\"Our club will take advice from anyone,\" the chairman said."),
    # a start not taken, said "a non-starter"
    ("Le coureur n'a pas pris le départ du slalom.", "The racer was a non-starter in the slalom.",
     "The racer was a starter in the slalom."),
]  # fmt: skip



def test_a_french_non_noun_says_an_english_not_anywhere_in_the_sentence() -> None:
    fr = "Le taux de non-réponse aux questionnaires de l'enquête nationale atteint 18 %."
    assert negation_messages(fr, "Some 18% of those surveyed in the national study do not answer the questionnaires.") == []
    assert negation_messages(fr, "Some 18% of those surveyed do not answer the questionnaires and never reply to calls.")


TWINS = SAID_BY_NOT_DOING + SAID_BY_AN_OPPOSITE + NO_NEGATION_ADDED + NOT_LOST + FRENCH_NEGATION_READ


@pytest.mark.parametrize("fr, faithful, wrong", TWINS)
def test_a_faithful_rendering_passes_and_its_changed_twin_is_flagged(fr: str, faithful: str, wrong: str) -> None:
    assert negation_messages(fr, faithful) == []
    assert negation_messages(fr, wrong)
