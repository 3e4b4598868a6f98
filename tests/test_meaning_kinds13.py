"""Comparators and directions by kind of grammar, in both languages (every example written for this file).

Each kind has wrong renderings that must be flagged and faithful ones that must pass.
"""

from __future__ import annotations

import pytest

from summarizer import check_figures, parsing
from summarizer.figures.meaning import Comparator, Direction, read_comparator, read_direction

needs_parsers = pytest.mark.skipif(
    not (parsing.available("fr") and parsing.available("en")), reason="the spaCy parsers (labels extra) are not installed"
)


def _comparator(text: str, figure: str, lang: str) -> Comparator:
    start = text.index(figure)
    return read_comparator(text, start, start + len(figure), lang)


def _direction(text: str, figure: str, lang: str) -> Direction:
    start = text.index(figure)
    return read_direction(text, start, start + len(figure), lang)


def _flagged(fr: str, en: str) -> bool:
    return not check_figures(fr, en).ok


# --------------------------------------------------------------------------- comparators


@pytest.mark.parametrize(
    ("text", "figure", "lang", "expected"),
    [
        # a bound after the figure's complement
        ("La peine encourue est de 7 ans de réclusion au plus.", "7 ans", "fr", Comparator.AT_MOST),
        ("Le chantier durera 4 mois de travaux au moins.", "4 mois", "fr", Comparator.AT_LEAST),
        ("The sentence carries 7 years in jail at most.", "7 years", "en", Comparator.AT_MOST),
        # "au maximum de", "un minimum de"
        ("L'amende sera au maximum de 150 euros.", "150 euros", "fr", Comparator.AT_MOST),
        ("Il faut un minimum de 12 signatures.", "12", "fr", Comparator.AT_LEAST),
        # multiword English bounds, before and after
        ("The hearing will last 2 days at the very least.", "2 days", "en", Comparator.AT_LEAST),
        ("The repairs will take 6 weeks at the very most.", "6 weeks", "en", Comparator.AT_MOST),
        ("At the very least 40 homes were flooded.", "40", "en", Comparator.AT_LEAST),
        ("Applicants need 5 years minimum.", "5 years", "en", Comparator.AT_LEAST),
        ("The 15 euros minimum wage rise was voted.", "15 euros", "en", Comparator.NONE),  # a noun after it
        ("Tickets cost 20 euros tops.", "20 euros", "en", Comparator.AT_MOST),
        # verbs of a ceiling
        ("Le déficit devrait plafonner à 4,5 % du PIB.", "4,5 %", "fr", Comparator.AT_MOST),
        ("La jauge est limitée à 500 personnes.", "500", "fr", Comparator.AT_MOST),
        ("Rents will be capped at 900 euros.", "900 euros", "en", Comparator.AT_MOST),
        ("Inflation should top out at 3% next year.", "3%", "en", Comparator.AT_MOST),
        ("Attendance is limited to 200 people.", "200", "en", Comparator.AT_MOST),
        # verbs of nearing a level, and of being about it
        ("Le chômage frôle les 8 %.", "8 %", "fr", Comparator.NEARLY),
        ("Les dons approchent les 2 millions d'euros.", "2 millions d'euros", "fr", Comparator.NEARLY),
        ("À l'approche des 40 ans, il change de métier.", "40 ans", "fr", Comparator.NONE),  # the noun
        ("La participation avoisine les 60 %.", "60 %", "fr", Comparator.ABOUT),
        ("Unemployment is nearing 8%.", "8%", "en", Comparator.NEARLY),
        ("Donations are approaching 2 million euros.", "2 million euros", "en", Comparator.NEARLY),
        # a lower bound said to be close is a lower bound
        ("Guère plus de 30 élèves ont passé l'épreuve.", "30", "fr", Comparator.NEAR_MORE),
        ("À peine plus de 200 votants se sont déplacés.", "200", "fr", Comparator.NEAR_MORE),
        ("Barely more than 200 voters turned out.", "200", "en", Comparator.NEAR_MORE),
        ("À peine 200 votants se sont déplacés.", "200", "fr", Comparator.AT_MOST),  # "à peine" alone: at most
    ],
)
def test_comparator_kinds(text: str, figure: str, lang: str, expected: Comparator) -> None:
    assert _comparator(text, figure, lang) is expected


@pytest.mark.parametrize(
    ("text", "figure", "lang", "expected"),
    [
        ("Plus d'un salarié sur 4 travaille le dimanche.", "4", "fr", Comparator.MORE),
        ("Moins d'une commune sur 10 a répondu.", "10", "fr", Comparator.LESS),
        ("More than 1 in 4 employees work on Sundays.", "4", "en", Comparator.MORE),
        ("Fewer than one out of ten towns replied.", "ten", "en", Comparator.LESS),
        ("Près d'un foyer sur 5 est équipé.", "5", "fr", Comparator.NEARLY),
        # a total over a span is no proportion: the span keeps no bound
        ("Plus de 500 emplois sur 3 ans.", "3 ans", "fr", Comparator.NONE),
        ("More than 12 in 10 days.", "10 days", "en", Comparator.NONE),
    ],
)
def test_a_proportion_takes_its_numerators_bound(text: str, figure: str, lang: str, expected: Comparator) -> None:
    assert _comparator(text, figure, lang) is expected


def test_exactly_denies_an_approximation_and_a_strict_bound() -> None:
    assert Comparator.ABOUT.contradicts(Comparator.EXACTLY) and Comparator.EXACTLY.contradicts(Comparator.NEARLY)
    assert Comparator.MORE.contradicts(Comparator.EXACTLY) and Comparator.EXACTLY.contradicts(Comparator.LESS)
    # an inclusive bound holds the exact amount; an approximation dropped or written as a bound is a rewording
    assert not Comparator.AT_LEAST.contradicts(Comparator.EXACTLY) and not Comparator.UP_TO.contradicts(Comparator.EXACTLY)
    assert not Comparator.ABOUT.contradicts(Comparator.NONE) and not Comparator.ABOUT.contradicts(Comparator.MORE)


@pytest.mark.parametrize(
    ("fr", "faithful", "wrong"),
    [
        ("La peine est de 10 ans de prison au plus.", "The penalty is 10 years in prison at most.",
         "The penalty is a minimum of 10 years in prison."),
        ("Le loyer sera au maximum de 700 euros.", "The rent will be no more than 700 euros.",
         "The rent will be no less than 700 euros."),
        ("Le colloque durera tout au plus 4 jours.", "The conference will last 4 days at most.",
         "The conference will last 4 days at the very least."),
        ("Le taux de chômage frôle les 9 %.", "The jobless rate is approaching 9%.", "The jobless rate is topping 9%."),
        ("L'inflation devrait plafonner à 2,5 % cette année.", "Inflation is expected to top out at 2.5% this year.",
         "Inflation is expected to be at least 2.5% this year."),
        ("La vitesse est limitée à 50 km/h sur le pont.", "Speed is capped at 50 km/h on the bridge.",
         "Speed is kept above 50 km/h on the bridge."),
        ("Quelque 300 pompiers sont mobilisés.", "Some 300 firefighters have been deployed.",
         "Exactly 300 firefighters have been deployed."),
        ("Plus d'un Français sur 5 vit seul.", "More than 1 in 5 French people live alone.",
         "Fewer than 1 in 5 French people live alone."),
        ("Moins d'un étudiant sur 4 a un emploi.", "Fewer than 1 in 4 students have a job.",
         "More than 1 in 4 students have a job."),
    ],
)  # fmt: skip
def test_comparator_kinds_in_the_check(fr: str, faithful: str, wrong: str) -> None:
    assert not _flagged(fr, faithful)
    assert _flagged(fr, wrong)


@pytest.mark.parametrize(
    ("fr", "en"),
    [
        ("Guère plus de 40 personnes ont assisté au conseil.", "Scarcely more than 40 people attended the council."),
        ("À peine plus de 40 personnes ont assisté au conseil.", "Just over 40 people attended the council."),
        ("Environ 250 personnes ont été évacuées.", "250 people were evacuated."),  # an approximation dropped
        ("250 personnes ont été évacuées.", "Some 250 people were evacuated."),  # and added
        ("Plus d'un jeune sur 3 est au chômage.", "More than one in three young people are unemployed."),
    ],
)
def test_faithful_bounds_pass(fr: str, en: str) -> None:
    assert not _flagged(fr, en)


# --------------------------------------------------------------------------- directions


@pytest.mark.parametrize(
    ("text", "figure", "lang", "expected"),
    [
        # a level reached after "to": an adverb, a particle or a complement of time between
        ("Annual growth slowed to 1.1% in the spring.", "1.1%", "en", Direction.FALL),
        ("Price growth accelerated to 4% in May.", "4%", "en", Direction.RISE),
        ("Arrests rose sharply to 2,400 last year.", "2,400", "en", Direction.RISE),
        ("Arrests fell steadily to 2,400 last year.", "2,400", "en", Direction.FALL),
        ("The rate has been pushed up to 4.5%.", "4.5%", "en", Direction.RISE),
        ("The rate has been driven down to 4.5%.", "4.5%", "en", Direction.FALL),
        ("Imports more than halved in 2022, to 3 billion euros.", "3 billion euros", "en", Direction.FALL),
        ("Imports more than tripled in 2022, to 3 billion euros.", "3 billion euros", "en", Direction.RISE),
        ("Les importations ont plus que triplé en 2022, à 3 milliards d'euros.", "3 milliards d'euros", "fr", Direction.RISE),
        ("La croissance a ralenti à 1,1 % au printemps.", "1,1 %", "fr", Direction.FALL),
        ("Les prix ont accéléré à 4 % en mai.", "4 %", "fr", Direction.RISE),
        ("Le chômage a été ramené à 7 %.", "7 %", "fr", Direction.FALL),
        ("Le cours est en net recul, à 54 euros.", "54 euros", "fr", Direction.FALL),
        # "to" after a word that states no change
        ("The delay was due to 3 strikes.", "3", "en", Direction.NONE),
        ("Turnout was equal to 60% of voters.", "60%", "en", Direction.NONE),
        ("The rule applies to 300 workers.", "300", "en", Direction.NONE),
        # a duration or a gap that lengthens or shortens
        ("Les files d'attente se sont allongées de 20 minutes.", "20 minutes", "fr", Direction.RISE),
        ("Le trajet a été raccourci de 15 minutes.", "15 minutes", "fr", Direction.FALL),
        ("Le contrat a été prolongé de 6 mois.", "6 mois", "fr", Direction.RISE),
        ("Queues lengthened by 20 minutes.", "20 minutes", "en", Direction.RISE),
        ("The journey has been shortened by 15 minutes.", "15 minutes", "en", Direction.FALL),
        ("The contract was extended by 6 months.", "6 months", "en", Direction.RISE),
        ("The gap narrowed by 3 points.", "3 points", "en", Direction.FALL),
        # a noun of change as the subject of a verb of level
        ("Le repli des ventes atteint 4 % sur un an.", "4 %", "fr", Direction.FALL),
        ("La hausse des loyers est de 3 %.", "3 %", "fr", Direction.RISE),
        ("The fall in sales reached 4% over the year.", "4%", "en", Direction.FALL),
        ("The rise was 3%.", "3%", "en", Direction.RISE),
        # a change and its amount after a comma
        ("Les loyers ont légèrement augmenté, de 0,4 % sur un an.", "0,4 %", "fr", Direction.RISE),
        ("La chute des tarifs du gaz, de 12 % en mars, soulage les ménages.", "12 %", "fr", Direction.FALL),
        ("Le loyer, de 700 euros, est payé.", "700 euros", "fr", Direction.NONE),
        # a verb of going on with a change
        ("Le chômage poursuit sa hausse, avec 3,2 millions de demandeurs.", "3,2 millions", "fr", Direction.RISE),
        ("Sales continued their decline, with 40,000 units sold.", "40,000", "en", Direction.FALL),
        ("Les loyers continuent de grimper, à 14 euros le mètre carré.", "14 euros", "fr", Direction.RISE),
        ("Rents keep falling, at 14 euros a square metre.", "14 euros", "en", Direction.FALL),
        ("Attendance is still rising: 41,000 admissions in May.", "41,000", "en", Direction.RISE),
        ("The rate is still at 5%.", "5%", "en", Direction.NONE),
        # a verb's particle and its object ("stepped up its output by 25%"), a market's verbs of regaining
        ("The carmaker stepped up its output by 25%.", "25%", "en", Direction.RISE),
        ("The firm scaled down its workforce by 10%.", "10%", "en", Direction.FALL),
        ("They set up the fund with 5 million euros.", "5 million euros", "en", Direction.NONE),
        ("L'indice a regagné 2 % en fin de séance.", "2 %", "fr", Direction.RISE),
        ("The index recovered 2% at the close.", "2%", "en", Direction.RISE),
        # factor verbs
        ("Exports quartered to 2 million euros.", "2 million euros", "en", Direction.FALL),
    ],
)
def test_direction_kinds(text: str, figure: str, lang: str, expected: Direction) -> None:
    assert _direction(text, figure, lang) is expected


@pytest.mark.parametrize(
    ("fr", "faithful", "wrong"),
    [
        ("Les plaintes ont plus que doublé en 2022, à 4 500.", "Complaints more than doubled in 2022, to 4,500.",
         "Complaints more than halved in 2022, to 4,500."),
        ("Le repli des ventes atteint 4 % sur le trimestre.", "Sales are down 4% over the quarter.",
         "Sales are up 4% over the quarter."),
        ("La chute des ventes de voitures, de 12 % en mars, inquiète.", "The 12% slump in car sales in March is worrying.",
         "The 12% jump in car sales in March is worrying."),
        ("Les loyers ont légèrement augmenté, de 0,4 % sur un an.", "Rents edged up 0.4% year on year.",
         "Rents edged down 0.4% year on year."),
        ("La croissance a ralenti à 1,1 % au printemps.", "Growth slowed to 1.1% in the spring.",
         "Growth accelerated to 1.1% in the spring."),
        ("Le chômage a été ramené à 7 % de la population active.", "Unemployment has been brought down to 7% of the workforce.",
         "Unemployment has been pushed up to 7% of the workforce."),
        ("Les ventes sont en net repli, à 52 000 unités.", "Sales fell sharply to 52,000 units.",
         "Sales rose sharply to 52,000 units."),
        ("Les files d'attente se sont allongées de 20 minutes.", "Queues lengthened by 20 minutes.",
         "Queues shortened by 20 minutes."),
        ("L'indice a regagné 3 % vendredi.", "The index recovered 3% on Friday.", "The index gave back 3% on Friday."),
        ("Le groupe a réduit ses effectifs de 8 %.", "The group trimmed its staff by 8%.", "The group stepped up its staff by 8%."),
        ("Les loyers continuent de grimper, à 14 euros le mètre carré.", "Rents keep climbing, at 14 euros a square metre.",
         "Rents keep falling, at 14 euros a square metre."),
        ("La fréquentation continue de baisser : 38 000 entrées en mai.", "Attendance is still falling: 38,000 admissions in May.",
         "Attendance is still rising: 38,000 admissions in May."),
        ("Le trajet a été raccourci de 15 minutes.", "The journey has been shortened by 15 minutes.",
         "The journey has been lengthened by 15 minutes."),
    ],
)  # fmt: skip
def test_direction_kinds_in_the_check(fr: str, faithful: str, wrong: str) -> None:
    assert not _flagged(fr, faithful)
    assert _flagged(fr, wrong)


@pytest.mark.parametrize(
    ("fr", "en"),
    [
        ("Le taux a été relevé à 4 %.", "The rate has been pushed up to 4%."),
        ("Les prix pourraient grimper jusqu'à 5 %.", "Prices could rise up to 5%."),
        ("L'écart s'est creusé de 3 points.", "The gap widened by 3 points."),
        ("La natalité poursuit sa baisse, avec 650 000 naissances.", "The birth rate continued its decline, with 650,000 births."),
        ("L'inflation a ralenti à 2 %.", "Inflation eased to 2%."),
    ],
)
def test_faithful_directions_pass(fr: str, en: str) -> None:
    assert not _flagged(fr, en)


@needs_parsers
@pytest.mark.parametrize(
    ("fr", "faithful", "wrong"),
    [
        ("Le chômage poursuit sa hausse, avec 3,2 millions de demandeurs.", "Unemployment is still rising, with 3.2 million jobseekers.",
         "Unemployment is still falling, with 3.2 million jobseekers."),
        ("La fréquentation continue de baisser, avec 41 000 entrées.", "Attendance is still falling, with 41,000 admissions.",
         "Attendance is still rising, with 41,000 admissions."),
    ],
)  # fmt: skip
def test_a_change_going_on(fr: str, faithful: str, wrong: str) -> None:
    assert not _flagged(fr, faithful)
    assert _flagged(fr, wrong)


# --------------------------------------------------------------------------- bounds said to be close or far


@pytest.mark.parametrize(
    ("text", "figure", "lang", "expected"),
    [
        ("Bien plus de 400 manifestants ont défilé.", "400", "fr", Comparator.FAR_MORE),
        ("Le taux reste nettement en dessous de 5 %.", "5 %", "fr", Comparator.FAR_LESS),
        ("Un peu moins de 900 candidats se sont inscrits.", "900", "fr", Comparator.NEAR_LESS),
        ("Well over 400 protesters marched.", "400", "en", Comparator.FAR_MORE),
        ("The rate stays well below 5%.", "5%", "en", Comparator.FAR_LESS),
        ("Just under 900 candidates signed up.", "900", "en", Comparator.NEAR_LESS),
        ("Slightly more than 900 candidates signed up.", "900", "en", Comparator.NEAR_MORE),
        ("Over 900 candidates signed up.", "900", "en", Comparator.MORE),
        ("The team fell just short of 90 points.", "90 points", "en", Comparator.NEARLY),
    ],
)
def test_close_and_far_bounds(text: str, figure: str, lang: str, expected: Comparator) -> None:
    assert _comparator(text, figure, lang) is expected


def test_a_far_bound_denies_an_approximation_and_a_close_bound() -> None:
    assert Comparator.FAR_LESS.contradicts(Comparator.ABOUT) and Comparator.NEARLY.contradicts(Comparator.FAR_LESS)
    assert Comparator.NEAR_MORE.contradicts(Comparator.FAR_MORE) and Comparator.FAR_LESS.contradicts(Comparator.NEAR_LESS)
    # the same side said plainly, or the other closeness of the other side, is no contradiction of closeness
    assert not Comparator.FAR_MORE.contradicts(Comparator.MORE) and not Comparator.NEAR_MORE.contradicts(Comparator.MORE)
    assert not Comparator.NEAR_LESS.contradicts(Comparator.NEARLY) and not Comparator.NEAR_MORE.contradicts(Comparator.ABOUT)
    assert Comparator.NEAR_MORE.contradicts(Comparator.LESS) and Comparator.FAR_MORE.bound == "lower"


@pytest.mark.parametrize(
    ("fr", "faithful", "wrong"),
    [
        ("Environ 3 000 spectateurs sont attendus.", "Around 3,000 spectators are expected.",
         "Well below 3,000 spectators are expected."),
        ("Guère plus de 60 élus ont voté le texte.", "Barely more than 60 councillors voted for the text.",
         "Far more than 60 councillors voted for the text."),
        ("Bien plus de 500 foyers sont privés d'électricité.", "Well over 500 homes are without power.",
         "Just over 500 homes are without power."),
        ("Près de 40 communes sont touchées.", "Nearly 40 towns are affected.", "Well under 40 towns are affected."),
    ],
)  # fmt: skip
def test_close_and_far_bounds_in_the_check(fr: str, faithful: str, wrong: str) -> None:
    assert not _flagged(fr, faithful)
    assert _flagged(fr, wrong)


@pytest.mark.parametrize(
    ("fr", "en"),
    [
        ("Bien plus de 500 foyers sont privés d'électricité.", "More than 500 homes are without power."),
        ("Un peu plus de 500 foyers sont privés d'électricité.", "Over 500 homes are without power."),
        ("Plus de 500 foyers sont privés d'électricité.", "Well over 500 homes are without power."),
        ("Un peu moins de 40 communes sont touchées.", "Nearly 40 towns are affected."),
    ],
)
def test_closeness_left_out_passes(fr: str, en: str) -> None:
    assert not _flagged(fr, en)
