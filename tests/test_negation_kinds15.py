"""The negation check, kinds of the fifteenth round, by grammar: a "sans" + infinitive said by an English word of a thing not
done ("sans bouger" / "stand still", "sans tenir compte de" / "disregarding"), fixed "sans" phrases of continuity and ease, a
French negation said by the antonym of its verb or of the word it bears on ("n'a pas souhaité" / "declined", "personne ne
vivait" / "empty", "aucun" / "zero"), "not yet" said by "still waiting", "ne ... que" of time by "not ... until", "ni X ni Y
ne" as one negation, a negative subject before an incise, a rhetorical question on an auxiliary ("n'aurait-il pas fallu"),
and the removals the check must still catch (the negation reversed, a verb of prohibition or of a claim refused rendered by
its opposite, a "no-" compound that says no negation of the clause).

Every example is the team's own, in news style: each kind holds two examples or more, with the removal or the addition that
must flag.
"""

from __future__ import annotations

import pytest

from summarizer import parsing
from summarizer.checks import IssueKind, check

pytestmark = pytest.mark.skipif(not (parsing.available("fr") and parsing.available("en")), reason="spaCy parsers not installed")


def negations(fr: str, en: str) -> list[str]:
    """The codes of the negation issues."""
    return [i.code for i in check(fr, en, checks=("negation",)).of(IssueKind.NEGATION)]


#: Faithful renderings: no negation issue.
FAITHFUL = {
    # "sans" + infinitive said by an English word of a thing not done: a verb of disregard or omission, a word of
    # stillness, silence, idleness, continuity, a cost not paid, an impunity
    "sans-privative": [
        ("Les gardes doivent rester sans bouger devant le palais.", "The guards must stand still outside the palace."),
        ("Le conseil a fixé les tarifs sans tenir compte des recettes.", "The council set the fares disregarding the revenue."),
        ("Le préfet a tranché sans consulter les maires.", "The prefect decided, bypassing the mayors."),
        ("Le pilote a roulé sans s'arrêter pendant six heures.", "The driver raced nonstop for six hours."),
        ("La foule a écouté le discours sans faire de bruit.", "The crowd listened to the speech in silence."),
        ("Les ouvriers sont restés sans rien faire toute la matinée.", "The workers stood idle all morning."),
        ("Les visiteurs entrent au château sans payer le dimanche.", "Visitors get into the castle for free on Sundays."),
        ("Les pillards ont opéré sans être inquiétés pendant des semaines.", "The looters operated with impunity for weeks."),
    ],
    # "sans" + a noun of difficulty said by "with ease": no reversal
    "sans-with-ease": [
        ("Le champion a gagné sans difficulté.", "The champion won with ease."),
        ("La favorite s'est qualifiée sans peine pour la finale.", "The favourite qualified for the final with ease."),
    ],
    # "sans tarder", "sans attendre" said by "now"
    "sans-waiting": [
        ("La ville doit investir sans tarder dans ses écoles.", "The city must invest in its schools now."),
        ("Le gouvernement doit agir sans attendre.", "The government must act now."),
    ],
    # a continuation ("sans cesse", "sans relâche", "ne cesse de") said by a stop negated, or by "non-stop"
    "continuity": [
        ("Les loyers grimpent sans cesse dans la capitale.", "Rents in the capital never stop climbing."),
        ("La pluie tombe sans relâche depuis lundi.", "The rain has not let up since Monday."),
        ("Le trafic ne cesse de croître sur l'autoroute.", "Traffic on the motorway does not stop growing."),
        ("Les bus circulent sans cesse entre les deux gares.", "Buses run non-stop between the two stations."),
    ],
    # a negated verb of will said by a verb of refusal; of taking part by a verb of missing; of answering or saying by a
    # silence; a cost of nothing by "free"
    "antonym-verb": [
        ("Le ministre n'a pas souhaité réagir aux critiques.", "The minister declined to respond to the criticism."),
        ("Le gardien ne sera pas du déplacement à Nantes.", "The goalkeeper will miss the trip to Nantes."),
        ("Le pilote ne participera pas au Grand Prix de Monaco.", "The driver will miss the Monaco Grand Prix."),
        ("La mairie n'a pas répondu aux courriers des habitants.", "The town hall ignored the residents' letters."),
        ("Le témoin n'a rien dit pendant l'interrogatoire.", "The witness stayed silent during the questioning."),
        ("La rénovation du stade n'a rien coûté aux contribuables.", "The stadium's renovation was free for taxpayers."),
        ("Le ministre n'a pas nié avoir rencontré le lobbyiste.", "The minister admitted meeting the lobbyist."),
        ("Le maire n'a pas manqué de saluer les bénévoles.", "The mayor made a point of thanking the volunteers."),
        ("Les salariés ont dit non au plan de la direction.", "The employees rejected the management's plan."),
    ],
    # a count or a presence of none said by its own word: "zero", "empty", "gone"; a place outside which none by "only"
    "antonym-none": [
        ("La région n'a signalé aucun décès cette semaine.", "The region reported zero deaths this week."),
        ("Personne ne vivait dans l'immeuble au moment de l'incendie.", "The building was empty at the time of the fire."),
        ("Il ne reste rien du vieux marché couvert.", "The old covered market is gone."),
        ("Ce vin n'a jamais été vendu hors de la région.", "This wine has only been sold in the region."),
        ("Ce n'est pas un mince succès pour la petite commune.", "It is a remarkable success for the small town."),
    ],
    # "ne ... pas encore" said by "still waiting", "still pending"
    "still-waiting": [
        ("Les travaux ne sont pas encore terminés sur le pont.", "Work on the bridge is still pending."),
        ("Les victimes n'ont pas encore reçu d'indemnités.", "The victims are still waiting for compensation."),
    ],
    # "ni X ni Y ne V": one negation
    "ni-ni-ne": [
        ("Ni le club ni ses joueurs n'ont voulu réagir.", "Neither the club nor its players wanted to react."),
        ("Ni la ministre ni son cabinet n'ont commenté la décision.", "Neither the minister nor her office commented on the decision."),
    ],
    # a negative subject before an incise between commas opens the negation of its "ne"
    "incise": [
        (
            "Aucun élu, selon la préfecture, n'a assisté à la réunion.",
            "Not one councillor attended the meeting, according to the prefecture.",
        ),
        ("Rien, d'après les enquêteurs, ne permet de conclure à un attentat.", "Nothing, according to investigators, points to an attack."),
    ],
    # a rhetorical question whose inverted verb is the auxiliary of falloir, pouvoir, devoir
    "rhetorical-auxiliary": [
        ("N'aurait-on pas pu éviter ce drame ?", "Could this tragedy have been avoided?"),
        ("N'aurait-il pas fallu prévenir les habitants plus tôt ?", "Should residents have been warned sooner?"),
    ],
    # "ne ... que" of time said by "not ... until"
    "not-until": [
        ("Le train n'est reparti qu'à midi.", "The train did not leave again until noon."),
        ("Les résultats ne seront connus que lundi.", "The results will not be known until Monday."),
    ],
    # a verb of prohibition, of a claim refused, rendered by a word that keeps it
    "folded-kept": [
        ("Le préfet a interdit la manifestation de samedi.", "The prefect banned Saturday's demonstration."),
        ("Le tribunal a débouté le syndicat de sa demande.", "The court dismissed the union's claim."),
        ("Le tribunal a débouté le syndicat de sa demande.", "The court threw out the union's claim."),
    ],
    # a French "ne pas pouvoir s'empêcher de" (could not refrain): a double negation, said in English with none
    "cannot-refrain": [
        ("Personne n'a pu s'empêcher de rire pendant le discours du maire.", "Everyone laughed during the mayor's speech."),
        ("La ministre n'a pas pu s'empêcher de sourire.", "The minister smiled."),
        ("Les supporters ne peuvent se retenir de siffler l'arbitre.", "The fans whistle at the referee."),
    ],
    # a word holding a negation said by the English after another negation was said by a prefixed word
    "folded-after-said": [
        (
            "Le bateau a dû rentrer au port, incapable de réparer son moteur non homologué.",
            "The boat had to return to port, unable to repair its unapproved engine.",
        ),
        ("Une part non négligeable des adhérents s'est abstenue.", "A sizeable share of members stayed at home."),
    ],
    # "sans" + a noun rendered by a word of its own; "importantes" holds no negative prefix
    "sans-noun": [
        (
            "Les pompiers ont éteint le feu sans difficulté malgré les importantes rafales de vent.",
            "Firefighters put out the fire easily despite strong gusts of wind.",
        ),
        ("Le match s'est déroulé sans incident.", "The match passed off peacefully."),
        ("Le match s'est déroulé sans incident.", "The match passed off incident-free."),
        ("La grève s'est terminée sans accord.", "The strike ended with no agreement."),
    ],
    # a change negated, said by a verb of staying; a negated verb of opinion or wish moves the negation into its clause,
    # where the English says it by that antonym
    "change-stayed": [
        ("Le loyer de la salle n'a pas augmenté depuis trois ans.", "The rent for the hall has held steady for three years."),
        ("Les économistes ne pensent pas que les prix augmenteront cette année.", "Economists expect prices to hold steady this year."),
        (
            "Les élus ne souhaitent pas que les travaux reprennent avant l'été.",
            "Councillors want the works to stay suspended until the summer.",
        ),
    ],
}

#: Renderings that drop or reverse the French negation: each must flag "lost".
LOST = {
    "sans-privative": [
        ("Les gardes doivent rester sans bouger devant le palais.", "The guards must stand and move outside the palace."),
        ("Le préfet a tranché sans consulter les maires.", "The prefect decided after consulting the mayors."),
        ("Le maire a ignoré les avertissements sans réagir.", "The mayor ignored the warnings and reacted."),  # "ignored" renders "ignoré"
        ("Il est toujours reparti sans payer.", "He still left after paying."),  # the "still" of a time, not of a stillness
        ("Les visiteurs entrent au château sans payer le dimanche.", "Visitors pay to get into the castle on Sundays."),
    ],
    "sans-waiting": [
        ("La ville doit investir sans tarder dans ses écoles.", "The city must wait before investing in its schools."),
        ("Le gouvernement doit agir sans attendre.", "The government must act after waiting."),
    ],
    "antonym-verb": [
        ("Le ministre n'a pas souhaité réagir aux critiques.", "The minister wished to respond to the criticism."),
        ("Le gardien ne sera pas du déplacement à Nantes.", "The goalkeeper will make the trip to Nantes."),
        ("La mairie n'a pas répondu aux courriers des habitants.", "The town hall answered the residents' letters."),
        ("Les salariés ont dit non au plan de la direction.", "The employees said yes to the management's plan."),
    ],
    "antonym-none": [
        ("Personne ne vivait dans l'immeuble au moment de l'incendie.", "People lived in the building at the time of the fire."),
        ("La région n'a signalé aucun décès cette semaine.", "The region reported deaths this week."),
        ("Ce vin n'a jamais été vendu hors de la région.", "This wine has been sold outside the region."),
    ],
    "ni-ni-ne": [
        ("Ni le club ni ses joueurs n'ont voulu réagir.", "Both the club and its players wanted to react."),
        ("Ni la ministre ni son cabinet n'ont commenté la décision.", "The minister and her office commented on the decision."),
    ],
    "incise": [
        (
            "Aucun élu, selon la préfecture, n'a assisté à la réunion.",
            "Every councillor, according to the prefecture, attended the meeting.",
        ),
        (
            "Rien, d'après les enquêteurs, ne permet de conclure à un attentat.",
            "Everything, according to investigators, points to an attack.",
        ),
    ],
    # a question of fact on an auxiliary ("n'aurait-il pas promis") is no rhetorical question
    "question-of-fact": [
        ("N'aurait-il pas promis une baisse des impôts ?", "Had he promised a tax cut?"),
        ("N'aurait-elle pas signé le contrat ?", "Would she have signed the contract?"),
    ],
    # a verb of prohibition, of a claim refused, rendered by its opposite; a "no-" compound says no negation of the clause
    "folded-reversed": [
        ("Le préfet a interdit la manifestation de samedi.", "The prefect authorised Saturday's demonstration."),
        ("Le tribunal a débouté le syndicat de sa demande.", "The court upheld the union's claim."),
        ("La députée a refusé de soutenir la motion de censure.", "The MP agreed to back the no-confidence motion."),
        ("Le gouvernement a refusé d'instaurer une zone d'exclusion aérienne.", "The government agreed to set up a no-fly zone."),
    ],
    "cannot-refrain": [
        ("La ministre n'a pas pu s'empêcher de sourire.", "The minister refrained from smiling."),
        ("Le maire n'a pas pu empêcher la fermeture de l'usine.", "The mayor prevented the factory's closure."),
    ],
    # a word holding a negation dropped, where another negation of the sentence was said by a prefixed word
    "folded-after-said": [
        (
            "Le bateau a dû rentrer au port, incapable de réparer son moteur non homologué.",
            "The boat had to return to port after managing to repair its unapproved engine.",
        ),
        (
            "Le coureur a abandonné, incapable de finir l'étape sur un vélo non réglementaire.",
            "The rider pulled out after finishing the stage on a non-regulation bike.",
        ),
        ("Une part non négligeable des adhérents s'est abstenue.", "A sizeable share of members voted."),
    ],
    # "sans" + a noun the English affirms: the noun spelt alike, or a word of difficulty for a noun of difficulty
    "sans-noun-affirmed": [
        (
            "Les pompiers ont éteint le feu sans difficulté malgré les importantes rafales de vent.",
            "Firefighters struggled to put out the fire in strong gusts of wind.",
        ),
        (
            "Le cortège a défilé sans peine malgré les importants travaux.",
            "The procession had trouble marching because of major roadworks.",
        ),
        ("Le match s'est déroulé sans incident.", "The match went ahead with incidents."),
    ],
    "change-stayed": [
        ("Le loyer de la salle n'a pas augmenté depuis trois ans.", "The rent for the hall has risen for three years."),
        ("Les économistes ne pensent pas que les prix augmenteront cette année.", "Economists think prices will rise this year."),
        ("Les élus ne souhaitent pas que les travaux reprennent avant l'été.", "Councillors want the works to resume before the summer."),
    ],
}

#: Renderings that add a negation, or reverse a continuation: each must flag "added".
ADDED = [
    ("Le train est reparti à midi.", "The train did not leave again until noon."),  # no restriction in the French
    ("Les résultats seront connus lundi.", "The results will not be known until Monday."),
    ("Les loyers grimpent sans cesse dans la capitale.", "Rents in the capital have stopped climbing."),
    ("Les bus circulent sans cesse entre les deux gares.", "Buses have ceased to run between the two stations."),
    ("Les loyers grimpent dans la capitale.", "Rents in the capital never stop climbing."),  # no continuation in the French
]


def _cases(table: dict[str, list[tuple[str, str]]]) -> list[tuple[str, str]]:
    return [pair for pairs in table.values() for pair in pairs]


def _ids(table: dict[str, list[tuple[str, str]]]) -> list[str]:
    return [f"{kind}-{i}" for kind, pairs in table.items() for i in range(len(pairs))]


@pytest.mark.parametrize(("fr", "en"), _cases(FAITHFUL), ids=_ids(FAITHFUL))
def test_a_faithful_rendering_passes(fr: str, en: str) -> None:
    assert negations(fr, en) == []


@pytest.mark.parametrize(("fr", "en"), _cases(LOST), ids=_ids(LOST))
def test_a_removed_negation_is_lost(fr: str, en: str) -> None:
    assert "lost" in negations(fr, en)


@pytest.mark.parametrize(("fr", "en"), ADDED, ids=[f"added-{i}" for i in range(len(ADDED))])
def test_an_added_negation_is_flagged(fr: str, en: str) -> None:
    assert "added" in negations(fr, en)
