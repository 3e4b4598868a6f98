"""Directions and comparators read by kinds of grammar, in both languages (every example written for this file).

Each case is a French sentence, a faithful English rendering that must pass and one with its direction reversed or
its comparator inverted that must be flagged. The kinds: verbs of rise and fall in their tenses and voices (the less
common ones too), nouns of change, adjectives and adverbs of change ("up 7%", "7% higher"), a change from one level
to another, factors ("doubled", "halved"), signed amounts ("plus 7 %"), passives, and the bounds of both languages.
"""

from __future__ import annotations

import pytest

from summarizer import check_figures

pytestmark = pytest.mark.filterwarnings("ignore")


def _flagged(fr: str, en: str) -> bool:
    return not check_figures(fr, en).ok


#: French verbs of rise, in their tenses, rendered by English verbs of rise (reversed: a verb of fall).
RISE_VERBS = [
    ("Le chiffre d'affaires du groupe a progressé de 6 % au premier semestre.",
     "The group's turnover grew 6% in the first half.", "The group's turnover shrank 6% in the first half."),
    ("Les prix de l'électricité ont grimpé de 14 % en un an.",
     "Electricity prices have climbed 14% in a year.", "Electricity prices have slid 14% in a year."),
    ("Les exportations de vin ont bondi de 23 % en mars.",
     "Wine exports jumped 23% in March.", "Wine exports tumbled 23% in March."),
    ("Le prix du cacao s'est envolé de 60 % depuis janvier.",
     "The price of cocoa has soared 60% since January.", "The price of cocoa has plunged 60% since January."),
    ("Les loyers flambent de 9 % dans la capitale.",
     "Rents are surging 9% in the capital.", "Rents are slumping 9% in the capital."),
    ("L'euro s'est apprécié de 2 % face au dollar.",
     "The euro gained 2% against the dollar.", "The euro lost 2% against the dollar."),
    ("La production industrielle s'est redressée de 1,4 % en avril.",
     "Industrial output recovered 1.4% in April.", "Industrial output slipped 1.4% in April."),
    ("Le titre a rebondi de 5 % à l'ouverture.",
     "The stock rebounded 5% at the open.", "The stock dipped 5% at the open."),
    ("Les inscriptions progresseront de 4 % l'an prochain.",
     "Enrolment will rise 4% next year.", "Enrolment will decline 4% next year."),
    ("Les tarifs des péages vont augmenter de 3 % au 1er février.",
     "Motorway tolls are set to increase by 3% on February 1.", "Motorway tolls are set to decrease by 3% on February 1."),
    ("Le cours de l'or grimpait de 2 % jeudi soir.",
     "The price of gold was climbing 2% on Thursday evening.", "The price of gold was sinking 2% on Thursday evening."),
    ("Le nombre de candidats aurait bondi de 35 % selon le ministère.",
     "The number of candidates reportedly leapt 35%, according to the ministry.",
     "The number of candidates reportedly slumped 35%, according to the ministry."),
    ("L'indice a gagné 120 points en une séance.",
     "The index gained 120 points in one session.", "The index shed 120 points in one session."),
    ("Le maire a gagné 6 points dans les sondages.",
     "The mayor has picked up 6 points in the polls.", "The mayor has lost 6 points in the polls."),
    ("Le Bitcoin s'envole de 11 % en une journée.",
     "Bitcoin surges 11% in a day.", "Bitcoin slides 11% in a day."),
    ("Les prix du gazole ont flambé de 20 % cet hiver.",
     "Diesel prices rocketed 20% this winter.", "Diesel prices tumbled 20% this winter."),
    ("Les ventes de la marque ont progressé de 8 % en Chine.",
     "The brand's sales advanced 8% in China.", "The brand's sales retreated 8% in China."),
    ("Le yen s'apprécie de 1,5 % face à l'euro.",
     "The yen is strengthening 1.5% against the euro.", "The yen is weakening 1.5% against the euro."),
    ("L'action a rebondi de 7 % après les résultats.",
     "The share rallied 7% after the results.", "The share slumped 7% after the results."),
    ("Les salaires ont augmenté de 2,5 % en moyenne.",
     "Wages edged up 2.5% on average.", "Wages edged down 2.5% on average."),
    ("Le taux d'épargne a légèrement progressé de 0,2 point.",
     "The savings rate ticked up 0.2 points.", "The savings rate ticked down 0.2 points."),
    ("Le prix du ticket a augmenté de 10 centimes.",
     "The ticket price inched up 10 cents.", "The ticket price inched down 10 cents."),
    ("La Bourse de Tokyo a progressé de 1,8 % lundi.",
     "The Tokyo stock exchange added 1.8% on Monday.", "The Tokyo stock exchange shed 1.8% on Monday."),
]  # fmt: skip

#: French verbs of fall, in their tenses, rendered by English verbs of fall (reversed: a verb of rise).
FALL_VERBS = [
    ("Les ventes de voitures neuves reculent de 8 % en mai.",
     "New car sales fall 8% in May.", "New car sales rise 8% in May."),
    ("Le CAC 40 s'est replié de 1,2 % vendredi.",
     "The CAC 40 fell back 1.2% on Friday.", "The CAC 40 advanced 1.2% on Friday."),
    ("La consommation des ménages a fléchi de 0,5 % en juin.",
     "Household consumption eased 0.5% in June.", "Household consumption firmed 0.5% in June."),
    ("Les mises en chantier ont chuté de 18 % sur un an.",
     "Housing starts dropped 18% year on year.", "Housing starts rose 18% year on year."),
    ("Le cours du blé a dégringolé de 30 % en trois mois.",
     "The price of wheat has tumbled 30% in three months.", "The price of wheat has rallied 30% in three months."),
    ("Les bénéfices du constructeur ont plongé de 45 % au deuxième trimestre.",
     "The carmaker's profits plunged 45% in the second quarter.", "The carmaker's profits soared 45% in the second quarter."),
    ("Les commandes se sont effondrées de 40 % en un an.",
     "Orders collapsed 40% in a year.", "Orders surged 40% in a year."),
    ("Les réserves du barrage ont fondu de 25 % cet été.",
     "The dam's reserves shrank 25% this summer.", "The dam's reserves swelled 25% this summer."),
    ("Le PIB s'est contracté de 0,3 % au dernier trimestre.",
     "GDP contracted 0.3% in the last quarter.", "GDP expanded 0.3% in the last quarter."),
    ("Le titre cède 3 % en début de séance.",
     "The stock is shedding 3% in early trading.", "The stock is adding 3% in early trading."),
    ("L'indice a perdu 85 points mardi.",
     "The index lost 85 points on Tuesday.", "The index gained 85 points on Tuesday."),
    ("Les marges des distributeurs se sont érodées de 2 points.",
     "Retailers' margins have eroded by 2 points.", "Retailers' margins have widened by 2 points."),
    ("Le titre décroche de 11 % après l'avertissement.",
     "The stock slumps 11% after the profit warning.", "The stock soars 11% after the profit warning."),
    ("La fréquentation des musées s'est tassée de 3 % en 2023.",
     "Museum attendance slipped 3% in 2023.", "Museum attendance climbed 3% in 2023."),
    ("Les effectifs de la police municipale baisseront de 5 % d'ici 2027.",
     "Municipal police numbers will decline by 5% by 2027.", "Municipal police numbers will grow by 5% by 2027."),
    ("Le nombre d'accidents a diminué de 12 % sur les routes du département.",
     "The number of accidents dropped 12% on the county's roads.",
     "The number of accidents jumped 12% on the county's roads."),
    ("Le livret A perdrait 0,5 point de rendement en février.",
     "The Livret A savings account would lose 0.5 points of return in February.",
     "The Livret A savings account would gain 0.5 points of return in February."),
    ("Les ventes de logements neufs dégringolent de 22 % au premier trimestre.",
     "Sales of new homes slump 22% in the first quarter.", "Sales of new homes jump 22% in the first quarter."),
    ("La livre a reculé de 0,8 % face au dollar.",
     "The pound slid 0.8% against the dollar.", "The pound climbed 0.8% against the dollar."),
    ("Les émissions de CO2 du secteur ont baissé de 4 % l'an dernier.",
     "The sector's CO2 emissions declined 4% last year.", "The sector's CO2 emissions increased 4% last year."),
    ("Le chômage a reculé de 0,2 point au printemps.",
     "Unemployment dipped 0.2 points in the spring.", "Unemployment rose 0.2 points in the spring."),
    ("Le titre de l'équipementier a chuté de 9 % en séance.",
     "The supplier's shares sank 9% during the session.", "The supplier's shares jumped 9% during the session."),
    ("La production de lait a baissé de 6 % cette année.",
     "Milk production fell 6% this year.", "Milk production climbed 6% this year."),
    ("Le prix du baril a cédé 2 dollars mercredi.",
     "The price of a barrel gave up 2 dollars on Wednesday.", "The price of a barrel added 2 dollars on Wednesday."),
]  # fmt: skip

#: Passives of change, in both languages ("a été réduit de", "were cut by", "has been raised by").
PASSIVES = [
    ("Le budget de la culture a été réduit de 10 % cette année.",
     "The culture budget was cut by 10% this year.", "The culture budget was raised by 10% this year."),
    ("Les pensions ont été revalorisées de 1,6 % au 1er janvier.",
     "Pensions were increased by 1.6% on January 1.", "Pensions were reduced by 1.6% on January 1."),
    ("Les subventions aux associations ont été amputées de 15 %.",
     "Grants to associations have been slashed by 15%.", "Grants to associations have been boosted by 15%."),
    ("Le plafond du livret a été relevé de 5 000 euros.",
     "The account's ceiling has been raised by 5,000 euros.", "The account's ceiling has been lowered by 5,000 euros."),
    ("La dotation des communes sera diminuée de 3 %.",
     "The towns' grant will be trimmed by 3%.", "The towns' grant will be raised by 3%."),
    ("Les tarifs ont été abaissés de 8 % pour les étudiants.",
     "Fares were lowered by 8% for students.", "Fares were hiked by 8% for students."),
]  # fmt: skip

#: Nouns of change: French "une hausse de 5 %", English "a 5% rise", "an increase of 5%", "growth of 3%".
NOUNS = [
    ("Le groupe annonce une hausse de 5 % de ses ventes.",
     "The group reports a 5% rise in its sales.", "The group reports a 5% fall in its sales."),
    ("La banque centrale prévoit un recul de 2 % du PIB.",
     "The central bank forecasts a 2% decline in GDP.", "The central bank forecasts a 2% increase in GDP."),
    ("Les marchés ont connu un repli de 1,5 % mardi.",
     "Markets saw a drop of 1.5% on Tuesday.", "Markets saw a gain of 1.5% on Tuesday."),
    ("Le titre a fait un bond de 30 % en Bourse.",
     "The share made a jump of 30% on the stock market.", "The share made a slump of 30% on the stock market."),
    ("Les éleveurs dénoncent une chute de 12 % du prix du lait.",
     "Farmers denounce a 12% slump in the price of milk.", "Farmers denounce a 12% jump in the price of milk."),
    ("L'envolée de 40 % des prix du beurre inquiète les boulangers.",
     "The 40% surge in butter prices worries bakers.", "The 40% slide in butter prices worries bakers."),
    ("La progression de 4 % des effectifs surprend.",
     "The 4% growth in staff numbers is surprising.", "The 4% reduction in staff numbers is surprising."),
    ("Le gouvernement annonce une baisse de 3 % des impôts locaux.",
     "The government announces a 3% cut in local taxes.", "The government announces a 3% hike in local taxes."),
    ("Les analystes attendent une croissance de 1,2 % cette année.",
     "Analysts expect growth of 1.2% this year.", "Analysts expect a contraction of 1.2% this year."),
    ("Une réduction de 20 % des effectifs est prévue.",
     "A reduction of 20% in staff is planned.", "An increase of 20% in staff is planned."),
    ("Le secteur a subi une glissade de 3 % en juillet.",
     "The sector suffered a 3% slide in July.", "The sector enjoyed a 3% rise in July."),
    ("Les ventes affichent une progression de 9 % sur un an.",
     "Sales show a 9% increase year on year.", "Sales show a 9% decrease year on year."),
]  # fmt: skip

#: Adjectives, adverbs and prepositions of change: "up 7%", "7% higher", "7% more", "en hausse de", "plus 7 %".
ADVERBS = [
    ("Les ventes sont en hausse de 7 % sur un an.",
     "Sales are up 7% year on year.", "Sales are down 7% year on year."),
    ("Les immatriculations sont en baisse de 11 % en octobre.",
     "Registrations are down 11% in October.", "Registrations are up 11% in October."),
    ("Le titre a clôturé en hausse de 4 %.",
     "The stock closed 4% higher.", "The stock closed 4% lower."),
    ("Le chiffre d'affaires est en progression de 6 % au troisième trimestre.",
     "Turnover was 6% higher in the third quarter.", "Turnover was 6% lower in the third quarter."),
    ("Le trafic aérien est en recul de 9 % sur l'année.",
     "Air traffic is down 9% over the year.", "Air traffic is up 9% over the year."),
    ("Les ménages ont dépensé 5 % de plus pour se chauffer.",
     "Households spent 5% more on heating.", "Households spent 5% less on heating."),
    ("Les usagers paieront 3 % de moins à partir de mars.",
     "Users will pay 3% less from March.", "Users will pay 3% more from March."),
    ("Le taux de réussite au bac est en hausse de 2 points.",
     "The pass rate for the baccalaureate is 2 points higher.", "The pass rate for the baccalaureate is 2 points lower."),
    ("Les dépenses de santé, en hausse de 4 %, pèsent sur le budget.",
     "Health spending, up 4%, weighs on the budget.", "Health spending, down 4%, weighs on the budget."),
    ("Le CAC 40 termine à plus 1,3 % ce vendredi.",
     "The CAC 40 ends up 1.3% this Friday.", "The CAC 40 ends down 1.3% this Friday."),
    ("Le Nikkei finit à moins 2,1 % ce mardi.",
     "The Nikkei finishes down 2.1% this Tuesday.", "The Nikkei finishes up 2.1% this Tuesday."),
]  # fmt: skip

#: A change from one level to another, and factors ("doubled", "halved"), in both languages.
LEVELS_AND_FACTORS = [
    ("Le chômage a reculé à 7,1 % contre 7,4 % un an plus tôt.",
     "Unemployment fell to 7.1%, down from 7.4% a year earlier.",
     "Unemployment rose to 7.1%, up from 7.4% a year earlier."),
    ("Le nombre de demandes est passé de 400 à 650 en un an.",
     "The number of applications rose from 400 to 650 in a year.",
     "The number of applications fell from 400 to 650 in a year."),
    ("Le prix du ticket est passé de 2 à 1,5 euro.",
     "The ticket price went down from 2 to 1.5 euros.", "The ticket price went up from 2 to 1.5 euros."),
    ("Le nombre d'adhérents a doublé en deux ans, à 8 000.",
     "Membership doubled in two years, to 8,000.", "Membership halved in two years, to 8,000."),
    ("Les ventes ont triplé en 2023, à 12 millions d'euros.",
     "Sales tripled in 2023, to 12 million euros.", "Sales shrank in 2023, to 12 million euros."),
    ("La production a été divisée par deux, à 300 tonnes.",
     "Production has been halved, to 300 tonnes.", "Production has been doubled, to 300 tonnes."),
    ("Le déficit a grimpé à 5,5 % du PIB.",
     "The deficit climbed to 5.5% of GDP.", "The deficit fell to 5.5% of GDP."),
    ("Le taux directeur a été abaissé à 3,25 %.",
     "The key rate was lowered to 3.25%.", "The key rate was raised to 3.25%."),
    ("L'inflation s'est tassée à 2,2 % en novembre.",
     "Inflation eased to 2.2% in November.", "Inflation picked up to 2.2% in November."),
    ("L'inflation a accéléré à 3,1 % en mars.",
     "Inflation picked up to 3.1% in March.", "Inflation slowed to 3.1% in March."),
    ("Les défaillances d'entreprises ont atteint 57 000, en hausse de 15 %.",
     "Business failures reached 57,000, up 15%.", "Business failures reached 57,000, down 15%."),
]  # fmt: skip


@pytest.mark.parametrize(("fr", "faithful", "wrong"), RISE_VERBS + FALL_VERBS + PASSIVES)
def test_verbs_of_change(fr: str, faithful: str, wrong: str) -> None:
    assert not _flagged(fr, faithful)
    assert _flagged(fr, wrong)


@pytest.mark.parametrize(("fr", "faithful", "wrong"), NOUNS + ADVERBS)
def test_nouns_and_adverbs_of_change(fr: str, faithful: str, wrong: str) -> None:
    assert not _flagged(fr, faithful)
    assert _flagged(fr, wrong)


@pytest.mark.parametrize(("fr", "faithful", "wrong"), LEVELS_AND_FACTORS)
def test_levels_and_factors(fr: str, faithful: str, wrong: str) -> None:
    assert not _flagged(fr, faithful)
    assert _flagged(fr, wrong)


#: Rewordings of a change that must never flag: a verb of rise or fall rendered by another verb, a noun, an adverb.
FAITHFUL_CHANGES = [
    ("Les ventes ont augmenté de 7 % en un an.", "Sales increased by 7% in a year."),
    ("Les ventes ont augmenté de 7 % en un an.", "Sales were up 7% in a year."),
    ("Les ventes ont augmenté de 7 % en un an.", "Sales recorded a 7% rise in a year."),
    ("Les ventes ont augmenté de 7 % en un an.", "Sales were 7% higher than a year earlier."),
    ("Les ventes ont baissé de 7 % en un an.", "Sales were 7% lower than a year earlier."),
    ("Les ventes ont baissé de 7 % en un an.", "Sales posted a 7% decline in a year."),
    ("Les ventes ont baissé de 7 % en un an.", "Sales slid by 7% in a year."),
    ("Le prix a été relevé de 5 %.", "The price went up by 5%."),
    ("Le prix a été abaissé de 5 %.", "The price came down by 5%."),
    ("Les salaires stagnent à 2 100 euros par mois.", "Wages are stagnating at 2,100 euros a month."),
    ("Les salaires stagnent à 2 100 euros par mois.", "Wages are flat at 2,100 euros a month."),
    ("Le titre a perdu 4 % en séance.", "The stock was off 4% during the session."),
    ("L'indice a pris 2 % vendredi.", "The index rose 2% on Friday."),
    ("L'indice a pris 2 % vendredi.", "The index put on 2% on Friday."),
    ("Le chômage a reculé de 0,3 point.", "Unemployment fell back 0.3 points."),
    ("Le chômage a reculé de 0,3 point.", "Unemployment has come down 0.3 points."),
    ("Les loyers ont bondi de 12 %.", "Rents shot up 12%."),
    ("Le nombre de visiteurs a baissé de 300.", "There were 300 fewer visitors."),
    ("Le nombre de visiteurs a augmenté de 300.", "There were 300 more visitors."),
]  # fmt: skip


@pytest.mark.parametrize(("fr", "en"), FAITHFUL_CHANGES)
def test_faithful_changes_pass(fr: str, en: str) -> None:
    assert not _flagged(fr, en)


# --------------------------------------------------------------------------- comparators

#: French bounds with a faithful English bound and an inverted one.
BOUNDS = [
    ("Plus de 2 000 personnes ont manifesté samedi.",
     "More than 2,000 people demonstrated on Saturday.", "Fewer than 2,000 people demonstrated on Saturday."),
    ("Plus de 2 000 personnes ont manifesté samedi.",
     "Over 2,000 people demonstrated on Saturday.", "Under 2,000 people demonstrated on Saturday."),
    ("Plus de 2 000 personnes ont manifesté samedi.",
     "Upwards of 2,000 people demonstrated on Saturday.", "At most 2,000 people demonstrated on Saturday."),
    ("Le chantier coûtera plus de 40 millions d'euros.",
     "The works will cost in excess of 40 million euros.", "The works will cost less than 40 million euros."),
    ("Le chantier coûtera plus de 40 millions d'euros.",
     "The works will cost north of 40 million euros.", "The works will cost no more than 40 million euros."),
    ("Moins de 300 élèves ont passé l'examen.",
     "Fewer than 300 pupils took the exam.", "More than 300 pupils took the exam."),
    ("Moins de 300 élèves ont passé l'examen.",
     "Under 300 pupils took the exam.", "Over 300 pupils took the exam."),
    ("La température est restée en deçà de 5 degrés.",
     "The temperature stayed below 5 degrees.", "The temperature stayed above 5 degrees."),
    ("Le taux de chômage est passé sous la barre de 7 %.",
     "The jobless rate fell below 7%.", "The jobless rate rose above 7%."),
    ("Au moins 14 personnes ont été blessées.",
     "At least 14 people were injured.", "At most 14 people were injured."),
    ("Au moins 14 personnes ont été blessées.",
     "No fewer than 14 people were injured.", "No more than 14 people were injured."),
    ("Pas moins de 60 entreprises ont répondu.",
     "No fewer than 60 companies responded.", "Fewer than 60 companies responded."),
    ("Pas plus de 60 entreprises ont répondu.",
     "No more than 60 companies responded.", "More than 60 companies responded."),
    ("Le trajet durera au plus 40 minutes.",
     "The journey will take at most 40 minutes.", "The journey will take at least 40 minutes."),
    ("Le loyer pourra atteindre au maximum 900 euros.",
     "The rent may reach a maximum of 900 euros.", "The rent may reach a minimum of 900 euros."),
    ("La salle peut accueillir jusqu'à 800 spectateurs.",
     "The hall can hold up to 800 spectators.", "The hall can hold at least 800 spectators."),
    ("La salle peut accueillir jusqu'à 800 spectateurs.",
     "The hall can hold as many as 800 spectators.", "The hall can hold more than 800 spectators."),
    ("Le candidat doit réunir un minimum de 500 parrainages.",
     "The candidate must gather a minimum of 500 sponsorships.", "The candidate must gather a maximum of 500 sponsorships."),
    ("Un peu plus de 1 200 logements seront construits.",
     "Just over 1,200 homes will be built.", "Just under 1,200 homes will be built."),
    ("Bien plus de 70 communes ont été touchées.",
     "Well over 70 towns were affected.", "Well under 70 towns were affected."),
    ("Le taux de participation a franchi la barre des 60 %.",
     "Turnout passed the 60% mark.", "Turnout fell short of 60%."),
    ("Le prix du baril reste au-delà de 80 dollars.",
     "The price of a barrel stays above 80 dollars.", "The price of a barrel stays below 80 dollars."),
    ("Le taux reste sous la barre des 3 %.",
     "The rate stays below 3%.", "The rate stays above 3%."),
    ("Tout juste 150 personnes ont assisté au match.",
     "Barely 150 people attended the match.", "Well over 150 people attended the match."),
]  # fmt: skip

#: Approximations, rendered faithfully ("about", "some", "around", "roughly", "nearly", "close to") or inverted into
#: a bound far from the amount or the other side of "nearly".
APPROXIMATIONS = [
    ("Environ 400 salariés sont concernés.", "About 400 employees are affected.", "Exactly 400 employees are affected."),
    ("Environ 400 salariés sont concernés.", "Some 400 employees are affected.", "Well over 400 employees are affected."),
    ("Quelque 5 000 spectateurs sont attendus.", "Roughly 5,000 spectators are expected.", "Precisely 5,000 spectators are expected."),
    ("Près de 70 % des sondés approuvent.", "Nearly 70% of those polled approve.", "At least 70% of those polled approve."),
    ("Près de 70 % des sondés approuvent.", "Close to 70% of those polled approve.", "Over 70% of those polled approve."),
    ("Près de 70 % des sondés approuvent.", "Almost 70% of those polled approve.", "Upwards of 70% of those polled approve."),
]  # fmt: skip


@pytest.mark.parametrize(("fr", "faithful", "wrong"), BOUNDS + APPROXIMATIONS)
def test_comparators(fr: str, faithful: str, wrong: str) -> None:
    assert not _flagged(fr, faithful)
    assert _flagged(fr, wrong)


#: Rewordings of a bound that must never flag.
FAITHFUL_BOUNDS = [
    ("Plus de 2 000 personnes ont manifesté.", "Above 2,000 people demonstrated."),
    ("Plus de 2 000 personnes ont manifesté.", "Well over 2,000 people demonstrated."),
    ("Moins de 300 élèves ont passé l'examen.", "Below 300 pupils took the exam."),
    ("Moins de 300 élèves ont passé l'examen.", "Short of 300 pupils took the exam."),
    ("Moins de 300 élèves ont passé l'examen.", "Shy of 300 pupils took the exam."),
    ("Au moins 14 personnes ont été blessées.", "A minimum of 14 people were injured."),
    ("Au plus 14 personnes ont été blessées.", "A maximum of 14 people were injured."),
    ("Jusqu'à 800 spectateurs sont attendus.", "As many as 800 spectators are expected."),
    ("Environ 400 salariés sont concernés.", "Around 400 employees are affected."),
    ("Environ 400 salariés sont concernés.", "Approximately 400 employees are affected."),
    ("Environ 400 salariés sont concernés.", "Roughly 400 employees are affected."),
    ("Environ 400 salariés sont concernés.", "400 employees are affected."),
    ("Quelque 400 salariés sont concernés.", "Some 400 employees are affected."),
    ("Près de 400 salariés sont concernés.", "Almost 400 employees are affected."),
    ("Près de 400 salariés sont concernés.", "Just under 400 employees are affected."),
    ("Un peu moins de 400 salariés sont concernés.", "Just under 400 employees are affected."),
    ("Un peu plus de 400 salariés sont concernés.", "Slightly more than 400 employees are affected."),
    ("Un peu plus de 400 salariés sont concernés.", "A little over 400 employees are affected."),
    ("À peine 400 salariés sont concernés.", "Barely 400 employees are affected."),
    ("À peine 400 salariés sont concernés.", "Scarcely 400 employees are affected."),
    ("Plus de 400 salariés sont concernés.", "More than 400 employees are affected."),
    ("Au-delà de 400 salariés, l'entreprise doit publier un bilan.", "Above 400 employees, the company must publish a report."),
    ("En deçà de 400 salariés, l'entreprise est exemptée.", "Below 400 employees, the company is exempt."),
    ("Pas moins de 400 salariés sont concernés.", "At least 400 employees are affected."),
    ("Pas plus de 400 salariés sont concernés.", "At most 400 employees are affected."),
]  # fmt: skip


@pytest.mark.parametrize(("fr", "en"), FAITHFUL_BOUNDS)
def test_faithful_bounds_pass(fr: str, en: str) -> None:
    assert not _flagged(fr, en)


# --------------------------------------------------------------------------- kinds found missing by the probes above

#: French verbs whose stem alternates "é"/"e" with "è" before a mute ending ("céder" / "cède", "relever" / "relève",
#: "alléger" / "allège"): the present tense must be read like the infinitive.
GRAVE_STEMS = [
    ("La Bourse de Milan cède 1,1 % vendredi.",
     "The Milan stock exchange slipped 1.1% on Friday.", "The Milan stock exchange climbed 1.1% on Friday."),
    ("Les valeurs bancaires cèdent 2,4 % à l'ouverture.",
     "Bank stocks are giving up 2.4% at the open.", "Bank stocks are gaining 2.4% at the open."),
    ("L'État allège de 5 % la taxe sur les carburants.",
     "The state is cutting the fuel tax by 5%.", "The state is raising the fuel tax by 5%."),
    ("La banque relève de 0,25 point son taux directeur.",
     "The bank is raising its key rate by 0.25 points.", "The bank is lowering its key rate by 0.25 points."),
]  # fmt: skip

#: Verbs of a regulated price or a currency's value: "revaloriser", "dévaluer", "appreciate", "depreciate", "devalue".
VALUE_VERBS = [
    ("Les pensions ont été revalorisées de 1,6 % au 1er janvier.",
     "Pensions were increased by 1.6% on January 1.", "Pensions were reduced by 1.6% on January 1."),
    ("Le smic sera revalorisé de 2 % en mai.",
     "The minimum wage will be raised by 2% in May.", "The minimum wage will be cut by 2% in May."),
    ("Le yuan s'est déprécié de 1,2 % face au dollar.",
     "The yuan depreciated 1.2% against the dollar.", "The yuan appreciated 1.2% against the dollar."),
    ("La banque centrale a dévalué la monnaie de 10 %.",
     "The central bank devalued the currency by 10%.", "The central bank raised the currency by 10%."),
    ("Le franc suisse s'est apprécié de 3 % cette année.",
     "The Swiss franc appreciated 3% this year.", "The Swiss franc depreciated 3% this year."),
]  # fmt: skip

#: More verbs of rise and fall, French and English, in their tenses: "descendre", "rechuter", "s'essouffler",
#: "couper", "comprimer", "doper", "concéder", "deepen", "soften", "wane", "cutbacks".
MORE_VERBS = [
    ("Le taux d'emprunt est descendu de 0,4 point en un mois.",
     "The borrowing rate came down 0.4 points in a month.", "The borrowing rate went up 0.4 points in a month."),
    ("Les immatriculations rechutent de 6 % en septembre.",
     "Registrations fall again by 6% in September.", "Registrations rise again by 6% in September."),
    ("Le gouvernement coupe 2 milliards d'euros dans les aides.",
     "The government is cutting 2 billion euros from the subsidies.",
     "The government is adding 2 billion euros to the subsidies."),
    ("Les entreprises ont comprimé leurs coûts de 8 %.",
     "Companies squeezed their costs down by 8%.", "Companies pushed their costs up by 8%."),
    ("Les ventes en ligne, dopées par les soldes, ont grimpé de 12 %.",
     "Online sales, boosted by the sales season, climbed 12%.", "Online sales, boosted by the sales season, sagged 12%."),
    ("Le titre concède 1,7 % à la clôture.",
     "The share concedes 1.7% at the close.", "The share adds 1.7% at the close."),
    ("Le déficit commercial s'est creusé de 4 milliards d'euros.",
     "The trade deficit deepened by 4 billion euros.", "The trade deficit narrowed by 4 billion euros."),
    ("Les prix des logements anciens ont fléchi de 2 % en un an.",
     "Prices of existing homes softened 2% in a year.", "Prices of existing homes firmed 2% in a year."),
    ("L'intérêt pour la série a faibli de 30 % en un an.",
     "Interest in the series waned 30% in a year.", "Interest in the series grew 30% in a year."),
    ("Les prix de l'immobilier ont grossi de 9 % en trois ans.",
     "Property prices have grown 9% in three years.", "Property prices have shrunk 9% in three years."),
    ("Le nombre d'abonnés a grandi de 15 % en 2023.",
     "The number of subscribers grew 15% in 2023.", "The number of subscribers sank 15% in 2023."),
    ("La compagnie majorait de 10 % le prix des trajets de nuit.",
     "The company was raising the price of night journeys by 10%.",
     "The company was lowering the price of night journeys by 10%."),
    ("Les loyers des bureaux se sont effrités de 3 % puis ont rechuté de 2 %.",
     "Office rents crumbled 3% and then fell back 2%.", "Office rents crumbled 3% and then bounced 2%."),
]  # fmt: skip

#: A market's verb of taking ("prendre", "reprendre") with a rate or points as its object: a gain; "off" after a copula
#: or a market's verb: a fall; "put on": a gain.
MARKET_IDIOMS = [
    ("L'indice a pris 2 % vendredi.", "The index rose 2% on Friday.", "The index lost 2% on Friday."),
    ("Le titre reprend 4 % après sa chute.", "The share regains 4% after its fall.", "The share gives up 4% after its fall."),
    ("Le titre a perdu 4 % en séance.", "The stock was off 4% during the session.", "The stock was up 4% during the session."),
    ("L'indice a gagné 1,5 % jeudi.", "The index put on 1.5% on Thursday.", "The index shed 1.5% on Thursday."),
    ("Le Dow Jones a reculé de 0,9 % mardi.", "The Dow Jones closed off 0.9% on Tuesday.",
     "The Dow Jones closed up 0.9% on Tuesday."),
]  # fmt: skip

#: "plus" / "moins" written before a rate as its sign, in market reports: "termine à plus 1,3 %".
SIGN_WORDS = [
    ("Le CAC 40 termine à plus 1,3 % ce vendredi.",
     "The CAC 40 ends up 1.3% this Friday.", "The CAC 40 ends down 1.3% this Friday."),
    ("Le Nikkei finit à moins 2,1 % ce mardi.",
     "The Nikkei finishes down 2.1% this Tuesday.", "The Nikkei finishes up 2.1% this Tuesday."),
    ("Sur l'année, le titre affiche moins 18 %.",
     "Over the year, the share shows a fall of 18%.", "Over the year, the share shows a gain of 18%."),
]  # fmt: skip

#: An English phrasal verb of rise before "to" and its level ("picked up to 2.2%", "edged up to", "crept up to"): a
#: level reached, no bound.
PHRASAL_LEVELS = [
    ("L'inflation a accéléré à 2,2 % en novembre.",
     "Inflation picked up to 2.2% in November.", "Inflation eased to 2.2% in November."),
    ("L'inflation s'est tassée à 2,2 % en novembre.",
     "Inflation eased to 2.2% in November.", "Inflation picked up to 2.2% in November."),
    ("Le chômage est remonté à 7,6 % au printemps.",
     "Unemployment crept up to 7.6% in the spring.", "Unemployment edged down to 7.6% in the spring."),
    ("Le taux a légèrement augmenté, à 4,1 %.",
     "The rate edged up to 4.1%.", "The rate edged down to 4.1%."),
]  # fmt: skip

#: An amount compared with a comparative after it ("7% lower than a year earlier", "2 points higher than in 2022"): the
#: figure after "than" is the base of the comparison, no bound; "N points higher" are points of a rate.
COMPARED_AMOUNTS = [
    ("Les ventes ont baissé de 7 % en un an.",
     "Sales were 7% lower than a year earlier.", "Sales were 7% higher than a year earlier."),
    ("Les loyers ont augmenté de 4 % en deux ans.",
     "Rents are 4% higher than two years ago.", "Rents are 4% lower than two years ago."),
    ("Le taux de réussite au bac est en hausse de 2 points.",
     "The pass rate for the baccalaureate is 2 points higher.", "The pass rate for the baccalaureate is 2 points lower."),
    ("Le taux d'emploi a reculé de 3 points en un an.",
     "The employment rate is 3 points lower than a year ago.", "The employment rate is 3 points higher than a year ago."),
]  # fmt: skip

#: Comparatives of size after an amount ("5% bigger", "3 km longer", "10% smaller"), and French "N noun en plus / en
#: moins" ("3 000 visiteurs en moins"): a rise or a fall.
SIZE_COMPARATIVES = [
    ("Les nouveaux logements sont 5 % plus grands.",
     "The new homes are 5% bigger.", "The new homes are 5% smaller."),
    ("Le nouveau tracé est plus court de 3 km.",
     "The new route is 3 km shorter.", "The new route is 3 km longer."),
    ("Le musée a accueilli 3 000 visiteurs en moins cet été.",
     "The museum welcomed 3,000 fewer visitors this summer.", "The museum welcomed 3,000 more visitors this summer."),
    ("L'hôpital compte 40 lits en plus depuis janvier.",
     "The hospital has 40 more beds since January.", "The hospital has 40 fewer beds since January."),
]  # fmt: skip


@pytest.mark.parametrize(
    ("fr", "faithful", "wrong"),
    GRAVE_STEMS + VALUE_VERBS + MORE_VERBS + MARKET_IDIOMS + SIGN_WORDS + PHRASAL_LEVELS + COMPARED_AMOUNTS + SIZE_COMPARATIVES,
)
def test_kinds_found_missing(fr: str, faithful: str, wrong: str) -> None:
    assert not _flagged(fr, faithful)
    assert _flagged(fr, wrong)


#: More bounds: "upward of", "getting on for", "the best part of", "40-odd", "or thereabouts", "give or take", "max",
#: "au grand maximum", "dans la limite de", a ceiling or a floor ("un plafond de", "a cap of", "a floor of").
MORE_BOUNDS = [
    ("Plus de 600 bénévoles se sont mobilisés.",
     "Upward of 600 volunteers turned out.", "Fewer than 600 volunteers turned out."),
    ("Près de 600 bénévoles se sont mobilisés.",
     "Getting on for 600 volunteers turned out.", "Well over 600 volunteers turned out."),
    ("Près de 600 bénévoles se sont mobilisés.",
     "The best part of 600 volunteers turned out.", "Over 600 volunteers turned out."),
    ("Environ 600 bénévoles se sont mobilisés.",
     "600-odd volunteers turned out.", "Exactly 600 volunteers turned out."),
    ("Environ 600 bénévoles se sont mobilisés.",
     "600 volunteers or thereabouts turned out.", "Well under 600 volunteers turned out."),
    ("La visite durera 2 heures au grand maximum.",
     "The visit will last 2 hours max.", "The visit will last 2 hours minimum."),
    ("L'aide est versée dans la limite de 3 000 euros.",
     "The grant is paid up to a limit of 3,000 euros.", "The grant is paid above 3,000 euros."),
    ("Le texte fixe un plafond de 1 500 euros par foyer.",
     "The text sets a cap of 1,500 euros per household.", "The text sets a minimum of 1,500 euros per household."),
    ("Le contrat prévoit un plancher de 20 heures par semaine.",
     "The contract provides for a floor of 20 hours a week.", "The contract provides for a maximum of 20 hours a week."),
]  # fmt: skip

#: A French approximation written as a plain bound: the English states a bound the French does not ("environ 40"
#: written "under 40", "more than 40", "at least 40"); written as another approximation ("nearly 40", "close to 40",
#: "just under 40") it is a rewording.
APPROXIMATION_AS_BOUND = [
    ("Environ 40 familles ont été relogées.", "About 40 families were rehoused.", "Under 40 families were rehoused."),
    ("Environ 40 familles ont été relogées.", "Around 40 families were rehoused.", "More than 40 families were rehoused."),
    ("Quelque 2 500 coureurs prendront le départ.", "Some 2,500 runners will start.", "At least 2,500 runners will start."),
    ("Le projet coûtera environ 12 millions d'euros.", "The project will cost roughly 12 million euros.",
     "The project will cost up to 12 million euros."),
    ("La foule est estimée à environ 8 000 personnes.", "The crowd is estimated at about 8,000 people.",
     "The crowd is estimated at fewer than 8,000 people."),
]  # fmt: skip


@pytest.mark.parametrize(("fr", "faithful", "wrong"), MORE_BOUNDS + APPROXIMATION_AS_BOUND)
def test_more_bounds(fr: str, faithful: str, wrong: str) -> None:
    assert not _flagged(fr, faithful)
    assert _flagged(fr, wrong)


@pytest.mark.parametrize(
    ("fr", "en"),
    [
        ("Environ 40 familles ont été relogées.", "Nearly 40 families were rehoused."),
        ("Environ 40 familles ont été relogées.", "Close to 40 families were rehoused."),
        ("Environ 40 familles ont été relogées.", "Just under 40 families were rehoused."),
        ("Environ 40 familles ont été relogées.", "Just over 40 families were rehoused."),
        ("Plus de 40 familles ont été relogées.", "Some 40 families were rehoused."),  # a bound softened: the translator's
        ("Près de 40 familles ont été relogées.", "About 40 families were rehoused."),
        ("Près de 40 familles ont été relogées.", "Up to 40 families were rehoused."),
        ("Quelque 2 500 coureurs prendront le départ.", "An estimated 2,500 runners will start."),
    ],
)
def test_approximations_reworded_pass(fr: str, en: str) -> None:
    assert not _flagged(fr, en)


# --------------------------------------------------------------------------- a level after a change and its amount


def _direction(text: str, figure: str, lang: str) -> str:
    from summarizer.figures.meaning import read_direction

    start = text.rindex(figure)
    return str(read_direction(text, start, start + len(figure), lang))


@pytest.mark.parametrize(
    ("text", "figure", "lang", "expected"),
    [
        # the level reached after a change and its amount: a verb of level, a bare "à" / "to" / "at", a sign
        ("La consommation a progressé de 4,8 % en rythme annuel en mai pour atteindre 2,1 millions.", "2,1 millions", "fr", "rise"),
        ("Le taux a gagné 1,8 point pour s'établir à 61 %.", "61 %", "fr", "rise"),
        ("Le total a diminué de 7 % et s'élève à 23 000.", "23 000", "fr", "fall"),
        ("Le prix a augmenté de 10 centimes, passant à 1,90 euro.", "1,90 euro", "fr", "rise"),
        ("La production a progressé de 3 % en mai à 300 tonnes.", "300 tonnes", "fr", "rise"),
        ("Les ventes automobiles (+30,2 % à 130 millions) portent la hausse.", "130 millions", "fr", "rise"),
        ("Les ventes de textile (-12 % à 67 millions) reculent.", "67 millions", "fr", "fall"),
        ("Output rose 4.8% in May to 2.1 million.", "2.1 million", "en", "rise"),
        ("The total dropped 7%, amounting to 23,000.", "23,000", "en", "fall"),
        ("Sales were up 7% at 3.2 billion.", "3.2 billion", "en", "rise"),
        # no change before the amount: no direction
        ("Il faut 3 ans pour atteindre 40 % de parts de marché.", "40 %", "fr", "none"),
        ("Les températures varient de 5 à 10 degrés.", "10 degrés", "fr", "none"),
        ("The charity gave 300 to 500 families a meal.", "500", "en", "none"),
        # a second amount of the same change
        ("Le chômage accuse une baisse de 3,5 % ou de 13 500 personnes.", "13 500", "fr", "fall"),
        ("Les ventes ont reculé de 3 % en mai et de 2 % en juin.", "2 %", "fr", "fall"),
        ("Jobless claims fell 3.5%, or 13,500.", "13,500", "en", "fall"),
        ("Il compte 3 000 hommes et 200 femmes.", "200", "fr", "none"),
        # a noun of change after the amount, elided ("12 % d'augmentation")
        ("Les aéroports régionaux affichent 12 % d'augmentation.", "12 %", "fr", "rise"),
        # a verb of bringing up to a level; a gap that narrows; a cut into
        ("Le bilan a été porté à 40 morts.", "40", "fr", "rise"),
        ("L'écart s'est resserré à 2 points.", "2 points", "fr", "fall"),
    ],
)
def test_levels_and_amounts_again(text: str, figure: str, lang: str, expected: str) -> None:
    assert _direction(text, figure, lang) == expected


LEVELS_AFTER_AMOUNTS = [
    ("Le nombre de chômeurs a reculé de 20 000 pour atteindre 2,9 millions.",
     "The number of jobless fell by 20,000 to 2.9 million.", "The number of jobless fell by 20,000 after rising to 2.9 million."),
    ("Le bénéfice a progressé de 6 % en un an pour s'établir à 840 millions d'euros.",
     "Profit grew 6% in a year, reaching 840 million euros.", "Profit grew 6% in a year after falling to 840 million euros."),
    ("Les immatriculations ont baissé de 4 %, à 126 000 véhicules.",
     "Registrations dropped 4% to 126,000 vehicles.", "Registrations dropped 4% after climbing to 126,000 vehicles."),
    ("Le chômage accuse une baisse de 3,5 % ou de 13 500 personnes.",
     "Unemployment shows a fall of 3.5%, or 13,500 people.", "Unemployment shows a fall of 3.5%, after a rise of 13,500 people."),
    ("Le gouvernement va tailler dans ses effectifs à hauteur de 10 %.",
     "The government will cut its workforce by 10%.", "The government will boost its workforce by 10%."),
    ("Les dépenses militaires ont été portées à 2 % du PIB.",
     "Military spending was raised to 2% of GDP.", "Military spending was lowered to 2% of GDP."),
    ("L'écart entre les deux listes s'est resserré à 3 points.",
     "The gap between the two lists has narrowed to 3 points.", "The gap between the two lists has widened to 3 points."),
    ("Les recettes touristiques affichent 9 % d'augmentation.",
     "Tourism revenue shows a 9% increase.", "Tourism revenue shows a 9% decrease."),
]  # fmt: skip

#: A bound after the figure's noun ("300 personnes au moins"); a bound before the article of a number in words ("more
#: than a hundred").
BOUNDS_AROUND_WORDS = [
    ("300 personnes au moins ont été évacuées.", "At least 300 people were evacuated.", "At most 300 people were evacuated."),
    ("Il reste 40 places au plus.", "40 seats at most are left.", "40 seats at least are left."),
    ("Le sinistre a coûté 2 millions d'euros au bas mot.", "The disaster cost at least 2 million euros.",
     "The disaster cost at most 2 million euros."),
    ("La rénovation durera 18 mois au bas mot.", "The renovation will take 18 months at the very least.",
     "The renovation will take 18 months at the very most."),
    ("Plus d'une centaine de manifestants se sont rassemblés.",
     "More than a hundred protesters gathered.", "Fewer than a hundred protesters gathered."),
    ("Près d'un millier de foyers sont privés de courant.",
     "Nearly a thousand homes are without power.", "Over a thousand homes are without power."),
]  # fmt: skip


@pytest.mark.parametrize(("fr", "faithful", "wrong"), LEVELS_AFTER_AMOUNTS + BOUNDS_AROUND_WORDS)
def test_levels_after_amounts_and_bounds_around_words(fr: str, faithful: str, wrong: str) -> None:
    assert not _flagged(fr, faithful)
    assert _flagged(fr, wrong)


#: An English phrasal verb whose particle is parted from the amount by an adverb or a complement ("edged up in May by
#: 3%", "ticked down sharply by 5%"), and a verb whose base form is also a noun, read as written ("contracted sharply by
#: 5%", "firmed slightly by 0.2%").
PARTICLES_AND_INFLECTIONS = [
    ("La production a baissé en mai de 3 %.", "Output fell in May by 3%.", "Output edged up in May by 3%."),
    ("Les prix ont augmenté fortement de 5 % en un an.", "Prices rose sharply by 5% in a year.",
     "Prices ticked down sharply by 5% in a year."),
    ("Les prix ont augmenté fortement de 5 % en un an.", "Prices rose sharply by 5% in a year.",
     "Prices contracted sharply by 5% in a year."),
    ("Les effectifs ont reculé légèrement de 0,2 % au printemps.", "Staff numbers dipped slightly by 0.2% in the spring.",
     "Staff numbers firmed slightly by 0.2% in the spring."),
    ("Le cours a perdu jusqu'à 15 % en séance.", "The share lost as much as 15% during the session.",
     "The share firmed as much as 15% during the session."),
]  # fmt: skip


@pytest.mark.parametrize(("fr", "faithful", "wrong"), PARTICLES_AND_INFLECTIONS)
def test_particles_and_inflections(fr: str, faithful: str, wrong: str) -> None:
    assert not _flagged(fr, faithful)
    assert _flagged(fr, wrong)


@pytest.mark.parametrize(
    ("fr", "en"),
    [
        ("Les loyers pourraient monter jusqu'à 5 %.", "Rents could go up to 5%."),  # "up to": a bound, no particle
        ("Les tarifs peuvent baisser jusqu'à 30 %.", "Fares can come down by up to 30%."),
        ("Le groupe a signé un contrat de 40 millions d'euros.", "The group signed a contract worth 40 million euros."),
    ],
)
def test_particles_and_inflections_faithful(fr: str, en: str) -> None:
    assert not _flagged(fr, en)


#: A level named by a noun between the bound and the amount: "dépasse la barre des 10 %", "au-dessus du seuil de",
#: "passed the 60% mark", "below the 3% threshold"; a verb of crossing it, negated or not.
NAMED_LEVELS = [
    ("Le chômage dépasse la barre des 10 % dans la région.", "Unemployment tops the 10% mark in the region.",
     "Unemployment stays below the 10% mark in the region."),
    ("Le cours reste au-dessus du seuil de 50 euros.", "The price stays above the threshold of 50 euros.",
     "The price stays below the threshold of 50 euros."),
    ("Le taux ne dépasse pas le seuil de 3 %.", "The rate does not exceed the 3% threshold.", "The rate exceeds the 3% threshold."),
    ("La participation a franchi la barre des 60 %.", "Turnout passed the 60% mark.", "Turnout fell short of the 60% mark."),
    ("Le déficit est repassé sous la barre des 3 %.", "The deficit fell back below the 3% threshold.",
     "The deficit climbed back above the 3% threshold."),
]  # fmt: skip


@pytest.mark.parametrize(("fr", "faithful", "wrong"), NAMED_LEVELS)
def test_named_levels(fr: str, faithful: str, wrong: str) -> None:
    assert not _flagged(fr, faithful)
    assert _flagged(fr, wrong)


@pytest.mark.parametrize(
    ("fr", "en"),
    [
        ("Le cours a atteint la barre des 50 euros.", "The price reached the 50-euro mark."),
        ("Le taux approche la barre des 3 %.", "The rate is nearing the 3% threshold."),
    ],
)
def test_named_levels_reached_pass(fr: str, en: str) -> None:
    assert not _flagged(fr, en)


#: A French change "de A à B" written in English with the level first and its origin after "from" ("rose to B from A",
#: "B, down from A"): no swap; its word of change is checked against the two values.
LEVEL_THEN_ORIGIN = [
    ("Le chômage est passé de 6,9 % à 7,1 %.", "Unemployment rose to 7.1% from 6.9%.", "Unemployment fell to 7.1% from 6.9%."),
    ("Le chômage est passé de 7,4 % à 7,1 % en un an.", "Unemployment dropped to 7.1% in a year from 7.4%.",
     "Unemployment climbed to 7.1% from 7.4% in a year."),
    ("Les ventes sont passées de 340 à 300 en mai.", "Sales fell to 300 in May (from 340).", "Sales rose to 300 in May (from 340)."),
    ("Les ventes sont passées de 340 à 300 en mai.", "Sales stood at 300 in May, down from 340.",
     "Sales stood at 300 in May, up from 340."),
]  # fmt: skip


@pytest.mark.parametrize(("fr", "faithful", "wrong"), LEVEL_THEN_ORIGIN)
def test_level_then_origin(fr: str, faithful: str, wrong: str) -> None:
    assert not _flagged(fr, faithful)
    assert _flagged(fr, wrong)
