"""The negation check, kinds of the fourteenth round, by grammar: idioms and litotes whose negation is no reversal (faithful
renderings with and without an English negation), English forms of a negation (contractions, "no longer", "none", prefixes,
verbs that hold one), a negation moved to another clause or to the subject, and the removals the check must catch (every
French negative form, across tenses, infinitives, passives, subordinate clauses, and the negations folded into a word).

Every example is the team's own, in news style: each kind holds two examples or more, with a faithful counterpart that must
not flag and, where the kind holds a negation, the error that must (the French negation removed, or an English one added).
"""

from __future__ import annotations

import pytest

from summarizer import parsing
from summarizer.checks import IssueKind, check

pytestmark = pytest.mark.skipif(not (parsing.available("fr") and parsing.available("en")), reason="spaCy parsers not installed")


def negations(fr: str, en: str) -> list[str]:
    """The codes of the negation issues."""
    return [i.code for i in check(fr, en, checks=("negation",)).of(IssueKind.NEGATION)]


#: Faithful renderings of French idioms and litotes: a negation that is no reversal, said with or without an English one.
IDIOMS = {
    "non-sans": [
        ("Le budget a été adopté non sans difficulté.", "The budget was passed not without difficulty."),
        ("Le budget a été adopté non sans difficulté.", "The budget was passed with some difficulty."),
        ("Le maire a accepté, non sans réticence, de signer l'accord.", "The mayor agreed, not without reluctance, to sign the deal."),
        ("Le maire a accepté, non sans réticence, de signer l'accord.", "The mayor reluctantly agreed to sign the deal."),
    ],
    "pas-rien": [
        ("Trois médailles, ce n'est pas rien pour un petit club.", "Three medals is no small thing for a small club."),
        ("Trois médailles, ce n'est pas rien pour un petit club.", "Three medals is a big deal for a small club."),
        ("Une hausse de cinq points, ce n'est pas rien.", "A five-point rise is no small matter."),
        ("Une hausse de cinq points, ce n'est pas rien.", "A five-point rise is significant."),
    ],
    "pas-anodin": [
        ("Le choix de la date n'est pas anodin.", "The choice of date is not insignificant."),
        ("Le choix de la date n'est pas anodin.", "The choice of date is significant."),
        ("L'absence du ministre à la cérémonie n'est pas anodine.", "The minister's absence from the ceremony is significant."),
        ("L'absence du ministre à la cérémonie n'est pas anodine.", "The minister's absence from the ceremony is no accident."),
    ],
    "pas-negligeable": [
        ("Le coût des travaux n'est pas négligeable.", "The cost of the works is considerable."),
        ("Le coût des travaux n'est pas négligeable.", "The cost of the works is not negligible."),
        ("La région a reçu une somme non négligeable.", "The region received a significant sum."),
        ("La région a reçu une somme non négligeable.", "The region received a substantial sum."),
    ],
    "pas-moins": [
        ("Le projet n'en reste pas moins nécessaire.", "The project is nonetheless necessary."),
        ("Le projet n'en reste pas moins nécessaire.", "The project is no less necessary."),
        ("L'équipe n'en demeure pas moins favorite pour le titre.", "The team nevertheless remains the favourite for the title."),
        ("Cette réforme n'est pas moins urgente que la précédente.", "This reform is no less urgent than the last one."),
    ],
    "manquer-de": [
        ("Le ministre n'a pas manqué de rappeler les règles.", "The minister did not fail to recall the rules."),
        ("Le ministre n'a pas manqué de rappeler les règles.", "The minister made sure to recall the rules."),
        ("Les supporters ne manqueront pas de siffler l'arbitre.", "Fans will certainly whistle at the referee."),
        ("Les supporters ne manqueront pas de siffler l'arbitre.", "Fans are bound to whistle at the referee."),
    ],
    "ne-que": [
        ("Le club n'avait recruté que deux joueurs.", "The club had signed only two players."),
        ("Les secours n'arriveront qu'en fin de journée.", "Rescuers will arrive only late in the day."),
        ("La commune ne compterait que trois médecins.", "The town would have just three doctors."),
        ("Il faudrait que l'usine ne ferme que l'été.", "The plant should close only in summer."),
        ("Le parti a choisi de ne garder que deux candidats.", "The party chose to keep just two candidates."),
        ("Il n'y aura plus que deux trains par jour.", "There will be only two trains a day."),
        ("Le parti ne compte guère que trois élus.", "The party has only about three councillors."),
        ("La ligne ne dessert guère que les villages du nord.", "The line serves little more than the northern villages."),
        ("Rien que cette année, trois usines ont fermé.", "This year alone, three factories have closed."),
        ("Rien que pour le stade, la ville a dépensé dix millions.", "For the stadium alone, the city spent ten million."),
    ],
    "not-only": [
        ("La crise ne touche pas seulement les agriculteurs.", "The crisis affects not just farmers."),
        ("La crise ne touche pas seulement les agriculteurs.", "The crisis does not only affect farmers."),
        ("Le plan est non seulement coûteux, mais aussi lent.", "The plan is not only costly but also slow."),
        ("Non seulement la ville a payé, mais elle a aussi perdu.", "The city not only paid but also lost."),
    ],
    "sans-doute-cesse": [
        ("Le verdict sera sans doute connu lundi.", "The verdict will probably be known on Monday."),
        ("Le ministre démissionnera sans doute avant l'été.", "The minister will likely resign before the summer."),
        ("Les loyers augmentent sans cesse dans la capitale.", "Rents keep rising in the capital."),
        ("Les loyers augmentent sans cesse dans la capitale.", "Rents are constantly rising in the capital."),
    ],
    "ne-serait-ce": [
        ("Il faut agir, ne serait-ce que pour rassurer les habitants.", "Action is needed, if only to reassure residents."),
        ("Le club espère gagner, ne serait-ce qu'un match.", "The club hopes to win even one match."),
    ],
    "n-importe": [
        ("N'importe quel électeur peut consulter les listes.", "Any voter can consult the rolls."),
        ("Les pirates peuvent frapper n'importe où et n'importe quand.", "Hackers can strike anywhere and at any time."),
        ("Le tribunal ne retiendra pas n'importe quel témoignage.", "The court will not accept just any testimony."),
    ],
    "doute": [
        ("Nul doute que le scrutin sera serré.", "There is no doubt the vote will be close."),
        ("Nul doute que le scrutin sera serré.", "The vote will doubtless be close."),
        ("Il ne fait aucun doute que le maire sera réélu.", "The mayor will certainly be re-elected."),
        ("Il ne fait aucun doute que le maire sera réélu.", "There is no doubt that the mayor will be re-elected."),
    ],
    "none-other": [
        ("Le vainqueur n'est autre que le maire sortant.", "The winner is none other than the outgoing mayor."),
        ("Le vainqueur n'est autre que le maire sortant.", "The winner is the outgoing mayor himself."),
        ("L'auteur du rapport n'est personne d'autre que le préfet.", "The author of the report is none other than the prefect."),
        ("L'auteur du rapport n'est personne d'autre que le préfet.", "The author of the report is the prefect himself."),
        ("Les grévistes ne veulent rien d'autre que le retrait du texte.", "The strikers want nothing but the withdrawal of the bill."),
        ("Les grévistes ne veulent rien d'autre que le retrait du texte.", "The strikers want only the withdrawal of the bill."),
    ],
    "jamais-autant": [
        ("Jamais la ville n'avait accueilli autant de touristes.", "The city has never welcomed so many tourists."),
        ("Jamais la ville n'avait accueilli autant de touristes.", "The city welcomed more tourists than ever."),
        ("Les ventes n'ont jamais été aussi fortes.", "Sales have never been so strong."),
        ("Les ventes n'ont jamais été aussi fortes.", "Sales are at a record high."),
        ("Le dialogue est plus que jamais nécessaire.", "Dialogue is needed more than ever."),
        ("Plus que jamais, la région a besoin d'investissements.", "More than ever, the region needs investment."),
    ],
    "ne-cesse": [
        ("Le chômage ne cesse de grimper.", "Unemployment keeps climbing."),
        ("Le chômage ne cesse de grimper.", "Unemployment continues to climb."),
        ("Les critiques n'ont pas cessé de pleuvoir.", "Criticism kept pouring in."),
        ("Les critiques n'ont pas cessé de pleuvoir.", "Criticism has not stopped pouring in."),
    ],
    "n-empeche": [
        ("Il n'empêche que la facture reste lourde.", "Nevertheless, the bill remains heavy."),
        ("N'empêche, le bilan reste lourd pour la région.", "All the same, the toll remains heavy for the region."),
        ("La pluie n'a pas empêché les coureurs de partir.", "The rain did not stop the runners from setting off."),
        ("La pluie n'a pas empêché les coureurs de partir.", "The runners set off despite the rain."),
    ],
    "ne-expletive": [
        ("Il faut agir avant que la situation ne s'aggrave.", "We must act before the situation worsens."),
        ("Le chantier reprendra à moins qu'un recours ne soit déposé.", "Work will resume unless an appeal is lodged."),
        ("Les habitants ont fui de peur que la digue ne cède.", "Residents fled for fear that the dike would give way."),
        ("Les habitants ont fui de peur que la digue ne cède.", "Residents fled lest the dike give way."),
    ],
    "sans-aucun-doute": [
        ("Le maire sera sans aucun doute réélu.", "The mayor will without any doubt be re-elected."),
        ("Sans doute, la saison sera difficile pour le club.", "Without doubt, the season will be hard for the club."),
    ],
    "sans-counting": [
        ("Le chantier coûte dix millions, sans prendre en compte les retards.", "The site costs ten million, not to mention the delays."),
        ("La facture atteint deux millions, sans inclure les pénalités.", "The bill reaches two million, excluding penalties."),
    ],
    "unless-until": [
        ("Le pont restera fermé tant que les travaux ne seront pas terminés.", "The bridge will stay closed until the works are finished."),
        ("La grève durera tant que le ministre ne recevra pas les syndicats.", "The strike will last until the minister meets the unions."),
        ("Si le gouvernement ne cède pas, la grève continuera.", "Unless the government gives in, the strike will go on."),
        ("Si le gouvernement ne cède pas, la grève continuera.", "If the government does not give in, the strike will go on."),
    ],
    "pas-question": [
        ("Pas question de céder, a prévenu le ministre.", "Giving in is out of the question, the minister warned."),
        ("Pas question de céder, a prévenu le ministre.", "There is no question of giving in, the minister warned."),
        ("Pas question de rouvrir la mine, tranche le préfet.", "Reopening the mine is ruled out, the prefect says."),
    ],
    "nothing-short": [
        ("La victoire du club est un véritable miracle.", "The club's win is nothing short of a miracle."),
        ("Le sauvetage des mineurs tient du prodige.", "The rescue of the miners is nothing less than a feat."),
    ],
    "no-negation": [
        ("L'hôtel se trouve à deux pas de la gare.", "The hotel is a stone's throw from the station."),
        ("Le suspect habitait à quelques pas de l'école.", "The suspect lived a few steps from the school."),
        ("Le syndicat n'a de cesse de réclamer des hausses.", "The union keeps demanding rises."),
        ("Le club a changé d'entraîneur pour ne pas descendre.", "The club changed coach to avoid relegation."),
    ],
    "hesiter": [
        ("Le préfet n'a pas hésité à fermer les écoles.", "The prefect did not hesitate to close schools."),
        ("Le préfet n'a pas hésité à fermer les écoles.", "The prefect was quick to close schools."),
        ("Les élus n'hésitent pas à critiquer le gouvernement.", "Councillors readily criticise the government."),
    ],
    "tarder": [
        ("La réponse du gouvernement n'a pas tardé.", "The government's response was not long in coming."),
        ("La réponse du gouvernement n'a pas tardé.", "The government's response came swiftly."),
        ("Les premiers résultats ne devraient pas tarder à tomber.", "The first results should come soon."),
    ],
}

#: English forms of a kept negation: contractions, "no longer", "not yet", "neither ... nor", negative pronouns, downward
#: words, verbs and prefixes that hold a negation, a negation moved to another clause or to the subject.
ENGLISH_FORMS = {
    "contractions": [
        ("Le pont n'est pas sûr.", "The bridge isn't safe."),
        ("Le maire ne viendra pas à la réunion.", "The mayor won't come to the meeting."),
        ("Les élèves ne peuvent pas entrer dans le bâtiment.", "Pupils can't enter the building."),
        ("Le conseil n'a pas voté le budget.", "The council didn't vote on the budget."),
    ],
    "no-longer-not-yet": [
        ("Le tram ne circule plus la nuit.", "The tram no longer runs at night."),
        ("Le magasin n'accepte plus les chèques.", "The shop no longer accepts cheques."),
        ("Le rapport n'a pas encore été publié.", "The report has not yet been published."),
        ("Les juges ne se sont pas encore prononcés.", "The judges have not ruled yet."),
    ],
    "neither-nor": [
        ("Le ministre n'a ni confirmé ni démenti.", "The minister neither confirmed nor denied."),
        ("Ni le maire ni son adjoint n'étaient présents.", "Neither the mayor nor his deputy was present."),
    ],
    "pronouns": [
        ("Personne n'a été blessé dans l'incendie.", "Nobody was injured in the fire."),
        ("Aucun des suspects n'a parlé.", "None of the suspects spoke."),
        ("Rien n'a été décidé lors du sommet.", "Nothing was decided at the summit."),
        ("Le comité n'a rien annoncé.", "The committee announced nothing."),
    ],
    "downward": [
        ("Le ministre n'a guère convaincu les députés.", "The minister hardly convinced MPs."),
        ("Le stade n'était guère rempli.", "The stadium was barely full."),
        ("Il ne se passe presque rien dans le village.", "Hardly anything happens in the village."),
        ("Il ne pleut presque jamais dans cette vallée.", "It rarely rains in this valley."),
        ("Il ne reste presque aucun commerce dans le bourg.", "Barely any shops remain in the town."),
    ],
    "avoid": [
        ("La mairie veut éviter la fermeture de la piscine.", "The town hall wants to avoid closing the pool."),
        ("La mairie veut éviter la fermeture de la piscine.", "The town hall does not want the pool to close."),
        ("Le club tente d'éviter la relégation.", "The club is trying to stave off relegation."),
    ],
    "verbs": [
        ("Le gouvernement n'a pas réussi à convaincre les syndicats.", "The government failed to convince the unions."),
        ("Le maire n'a pas voulu répondre aux questions.", "The mayor refused to answer questions."),
        ("L'accusé affirme ne pas avoir signé le contrat.", "The defendant denies signing the contract."),
        ("Les hôpitaux n'ont pas assez de lits.", "Hospitals lack beds."),
        ("Faute de preuves, le suspect a été relâché.", "In the absence of evidence, the suspect was released."),
    ],
    "prefixes": [
        ("Le résultat du vote n'est pas clair.", "The result of the vote is unclear."),
        ("Les travaux ne sont pas terminés.", "The works are unfinished."),
        ("Le suspect n'était pas armé.", "The suspect was unarmed."),
        ("Le déficit n'est pas soutenable.", "The deficit is unsustainable."),
        ("Une manifestation non violente a eu lieu.", "A non-violent protest took place."),
        ("Une manifestation non violente a eu lieu.", "A peaceful protest took place."),
        ("Le suspect a été déclaré non coupable.", "The suspect was found innocent."),
        ("Le nombre de dossiers de demande d'asile non traités a baissé.", "The number of unprocessed asylum files has fallen."),
        ("Les factures d'électricité non payées s'accumulent.", "Unpaid electricity bills are piling up."),
    ],
    "false-prefix": [
        ("Pour le maire, ce détail n'est pas vraiment important.", "For the mayor, this detail does not really matter."),
        ("Le coût n'est pas important pour la commune.", "The cost is not important for the town."),
        ("Ce scénario n'est pas impossible.", "This scenario is possible."),
    ],
    "lack": [
        ("Le chantier a pris du retard à cause d'un manque de personnel.", "The site fell behind because of limited staff."),
        ("La pénurie de pluie inquiète les agriculteurs.", "The shortfall in rain worries farmers."),
    ],
    "moved": [
        ("Je ne crois pas qu'il vienne.", "I don't think he will come."),
        ("Je ne crois pas qu'il vienne.", "I think he won't come."),
        ("Le maire n'a pas l'intention de démissionner.", "The mayor intends not to resign."),
        ("Les experts n'estiment pas que le barrage soit menacé.", "Experts believe the dam is not under threat."),
    ],
    "negative-subject": [
        ("Aucun candidat n'a obtenu la majorité.", "No candidate won a majority."),
        ("Aucun candidat n'a obtenu la majorité.", "None of the candidates won a majority."),
        ("Aucune école n'a fermé pendant la grève.", "No school closed during the strike."),
        ("Nul n'a pu expliquer la panne.", "No one could explain the breakdown."),
    ],
}

#: English renderings that drop a French negation: each must flag "lost".
REMOVED = {
    "ne-pas-tenses": [
        ("Le conseil n'a pas voté le budget.", "The council voted on the budget."),
        ("Le maire ne signera pas le décret.", "The mayor will sign the decree."),
        ("Le ministre ne répondait pas aux journalistes.", "The minister answered journalists."),
        ("Les syndicats ne signeraient pas un tel accord.", "The unions would sign such a deal."),
        ("Le club ne céda pas à la pression.", "The club gave in to the pressure."),
    ],
    "negators": [
        ("Le tram ne circule plus la nuit.", "The tram runs at night."),
        ("Le ministre ne s'est jamais excusé.", "The minister has always apologised."),
        ("Le comité n'a rien annoncé.", "The committee announced something."),
        ("Le comité n'a rien annoncé.", "The committee announced the plan."),
        ("Le juge n'a reçu personne.", "The judge received everyone."),
        ("Le juge n'a reçu personne.", "The judge received the families."),
        ("Le parti n'a obtenu aucun siège.", "The party won a seat."),
        ("Nul ne conteste la victoire du maire.", "Everyone disputes the mayor's victory."),
        ("Le maire n'a guère convaincu les habitants.", "The mayor convinced residents."),
        ("Le ministre n'a point cédé.", "The minister gave in."),
        ("Le club n'est nullement menacé de relégation.", "The club is threatened with relegation."),
        ("La loi n'est aucunement remise en cause.", "The law is being called into question."),
    ],
    "sans-non-pas-de": [
        ("Les manifestants ont défilé sans incident.", "Protesters marched with incidents."),
        ("Il est parti sans payer l'addition.", "He left after paying the bill."),
        ("Le texte a été adopté sans débattre.", "The text was adopted after a debate."),
        ("Le document publié hier est non officiel.", "The document published yesterday is official."),
        ("Le candidat du parti est non éligible.", "The party's candidate is eligible."),
        ("Pas de train ce week-end entre les deux villes.", "Trains run this weekend between the two cities."),
        ("Il n'y a pas de pain à la boulangerie.", "There is bread at the bakery."),
    ],
    "infinitive": [
        ("Le maire a décidé de ne pas se représenter.", "The mayor decided to run again."),
        ("Les syndicats ont promis de ne plus bloquer le port.", "The unions promised to block the port."),
        ("Le club espère ne jamais revivre une telle saison.", "The club hopes to relive such a season."),
    ],
    "passive": [
        ("Le texte n'a pas été adopté par le Sénat.", "The text was adopted by the Senate."),
        ("Les victimes n'ont jamais été indemnisées.", "The victims were compensated."),
        ("Aucun suspect n'a été interpellé.", "A suspect was arrested."),
    ],
    "subordinate": [
        ("Le maire, qui n'a pas été réélu, quitte la ville.", "The mayor, who was re-elected, is leaving the town."),
        ("Le ministre a dit que l'usine ne fermerait pas.", "The minister said the plant would close."),
        ("La route sera fermée tant que le pont ne sera pas réparé.", "The road will be closed as long as the bridge is repaired."),
    ],
    "folded": [
        ("Le ministre a évité de répondre aux questions.", "The minister answered the questions."),
        ("Le maire a refusé de signer le permis.", "The mayor signed the permit."),
        ("La candidate a renoncé à se présenter.", "The candidate decided to stand."),
        ("La vente d'alcool est interdite après minuit.", "The sale of alcohol is allowed after midnight."),
        ("La neige a empêché les avions de décoller.", "The snow made the planes take off."),
        ("Faute de moyens, le projet a été abandonné.", "With funding, the project went ahead."),
        ("Le suspect nie toute implication dans le vol.", "The suspect admits involvement in the theft."),
        ("Le gouvernement exclut une hausse des impôts.", "The government is considering a tax rise."),
        ("Le tribunal a rejeté la demande du maire.", "The court granted the mayor's request."),
        ("Le manque d'enseignants pèse sur l'école.", "The number of teachers weighs on the school."),
        ("La mairie veut éviter la fermeture de la piscine.", "The town hall wants the closure of the pool."),
        ("Le club tente d'éviter la relégation.", "The club is trying to secure relegation."),
        ("La pénurie d'eau inquiète la région.", "The quality of water worries the region."),
    ],
    "unless-until-reversed": [
        ("Le pont restera fermé tant que les travaux ne seront pas terminés.", "The bridge will stay closed while the works are finished."),
        ("Si le gouvernement ne cède pas, la grève continuera.", "If the government gives in, the strike will go on."),
    ],
    "false-prefix": [
        ("Pour le maire, ce détail n'est pas vraiment important.", "For the mayor, this detail really does matter."),
        ("Le coût n'est pas important pour la commune.", "The cost is important for the town."),
    ],
    "idioms-reversed": [
        ("Le ministre n'a pas manqué de rappeler les règles.", "The minister forgot to recall the rules."),
        ("Le préfet n'a pas hésité à fermer les écoles.", "The prefect hesitated to close the schools."),
        ("Il n'y aura plus de trains après minuit.", "There will be more trains after midnight."),
        ("Les ventes n'ont jamais été aussi fortes.", "Sales have always been so strong."),
        ("Pas question de céder, a prévenu le ministre.", "Giving in is the answer, the minister warned."),
    ],
}

#: English renderings that add a negation the French does not hold: each must flag "added".
ADDED = [
    ("Le maire viendra à la réunion.", "The mayor won't come to the meeting."),
    ("Le conseil a voté le budget.", "The council didn't vote on the budget."),
    ("Le tram circule la nuit.", "The tram no longer runs at night."),
    ("Les juges se sont prononcés.", "The judges have not ruled yet."),
    ("Un candidat a obtenu la majorité.", "No candidate won a majority."),
    ("Le comité a annoncé un plan.", "The committee announced nothing."),
    ("Les suspects ont parlé.", "None of the suspects spoke."),
    ("Le club n'a recruté que deux joueurs.", "The club did not sign two players."),
    ("Les loyers augmentent sans cesse.", "Rents are not rising."),
    ("Le verdict sera sans doute connu lundi.", "The verdict will not be known on Monday."),
    ("Il faut agir avant que la situation ne s'aggrave.", "We must not act before the situation worsens."),
    # a restriction (only that) said by "something other than" (not that): the opposite
    ("Le vainqueur n'est autre que le maire sortant.", "The winner is someone other than the outgoing mayor."),
    ("Les grévistes ne veulent rien d'autre que le retrait du texte.", "The strikers want something other than the withdrawal."),
    # "ne cesse de" (keeps) said by a verb of stopping: the opposite
    ("Le chômage ne cesse de grimper.", "Unemployment has stopped climbing."),
    ("Les prix ne cessent d'augmenter.", "Prices have ceased to rise."),
]


def _cases(table: dict[str, list[tuple[str, str]]]) -> list[tuple[str, str]]:
    return [pair for pairs in table.values() for pair in pairs]


def _ids(table: dict[str, list[tuple[str, str]]]) -> list[str]:
    return [f"{kind}-{i}" for kind, pairs in table.items() for i in range(len(pairs))]


@pytest.mark.parametrize(("fr", "en"), _cases(IDIOMS), ids=_ids(IDIOMS))
def test_an_idiom_or_a_litotes_rendered_faithfully_passes(fr: str, en: str) -> None:
    assert negations(fr, en) == []


@pytest.mark.parametrize(("fr", "en"), _cases(ENGLISH_FORMS), ids=_ids(ENGLISH_FORMS))
def test_an_english_form_of_the_negation_passes(fr: str, en: str) -> None:
    assert negations(fr, en) == []


@pytest.mark.parametrize(("fr", "en"), _cases(REMOVED), ids=_ids(REMOVED))
def test_a_removed_negation_is_lost(fr: str, en: str) -> None:
    assert "lost" in negations(fr, en)


@pytest.mark.parametrize(("fr", "en"), ADDED, ids=[f"added-{i}" for i in range(len(ADDED))])
def test_an_added_negation_is_flagged(fr: str, en: str) -> None:
    assert "added" in negations(fr, en)


def test_each_kind_holds_two_examples_or_more() -> None:
    for table in (IDIOMS, ENGLISH_FORMS, REMOVED):
        assert all(len(pairs) >= 2 for pairs in table.values())
