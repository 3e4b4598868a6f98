"""Figure kinds of round 15, read in long wire-copy sentences (every example written for this file).

Each kind has faithful renderings that must pass and changed ones that must be flagged: an approximation between a
word of change and its points, a unit said once for two amounts, a count of an outcome noun written as a count of
who it happened to, a fraction taken of the amount after it, a figure qualifying the noun phrase before it.
"""

from __future__ import annotations

import pytest

from summarizer import check_figures
from summarizer.figures import extract_figures
from summarizer.figures.model import Kind

pytestmark = pytest.mark.filterwarnings("ignore")


def _flagged(fr: str, en: str) -> bool:
    return not check_figures(fr, en).ok


def _describe(fr: str, en: str) -> str:
    return check_figures(fr, en).describe()


# --- an approximation or a bound between a word of change and its amount: the points are points of a rate ---

APPROXIMATE_POINTS = [
    ("La cote de popularité du Premier ministre est en hausse de près de 4 points sur un mois, selon l'institut.", "fr"),
    ("Le taux d'épargne des ménages a reculé de plus de 2 points en un an, a indiqué l'Insee mardi.", "fr"),
    ("Le candidat sortant a progressé d'environ 3 points dans les intentions de vote depuis le débat télévisé.", "fr"),
    ("The governor's approval rating is up almost six points from last month, the pollster said.", "en"),
    ("The savings rate fell by about 2 points over the year, the statistics office said on Tuesday.", "en"),
]


@pytest.mark.parametrize("sentence, lang", APPROXIMATE_POINTS)
def test_points_after_an_approximated_change_are_points_of_a_rate(sentence: str, lang: str) -> None:
    points = [f for f in extract_figures(sentence, lang) if f.unit == "pp"]
    assert len(points) == 1 and points[0].kind == Kind.PERCENT


def test_points_without_a_change_stay_a_count() -> None:
    assert [f.kind for f in extract_figures("L'équipe compte près de 5 points d'avance au classement.", "fr")] != [Kind.PERCENT]


APPROXIMATE_POINTS_PAIRS = [
    ("Le taux de chômage des jeunes s'est établi à 17,2 %, en hausse de près de 3 points par rapport à l'an dernier, "
     "une dégradation que le ministère attribue au ralentissement de l'intérim.",
     "The youth unemployment rate stood at 17.2 percent, up almost three percentage points from a year earlier, a "
     "deterioration the ministry blames on the slowdown in temporary work.",
     "The youth unemployment rate stood at 17.2 percent, up almost four percentage points from a year earlier, a "
     "deterioration the ministry blames on the slowdown in temporary work."),
    ("La part des énergies renouvelables dans la production a progressé de plus de 5 points en deux ans, selon le "
     "gestionnaire du réseau.",
     "The share of renewables in output has risen by more than five points in two years, according to the grid operator.",
     "The share of renewables in output has risen by more than seven points in two years, according to the grid operator."),
]


@pytest.mark.parametrize("fr, faithful, wrong", APPROXIMATE_POINTS_PAIRS)
def test_approximated_points_spelled_in_english(fr: str, faithful: str, wrong: str) -> None:
    assert not _flagged(fr, faithful), _describe(fr, faithful)
    assert _flagged(fr, wrong)


# --- a unit said once for two amounts in French, twice in English ---

UNIT_SAID_ONCE = [
    ("La majorité sortante a perdu 4 points dans les sondages en une semaine, à 27 %, tandis que l'opposition en "
     "gagne 2, à 33 %, selon l'enquête publiée dimanche.",
     "The outgoing majority lost four points in the polls in a week, falling to 27 percent, while the opposition "
     "gained two points to 33 percent, according to the survey published on Sunday.",
     "The outgoing majority lost four points in the polls in a week, falling to 27 percent, while the opposition "
     "gained six points to 33 percent, according to the survey published on Sunday."),
    ("Le titre a cédé 12 euros en séance avant d'en regagner 7 en clôture, les investisseurs saluant le plan de "
     "cession annoncé par la direction.",
     "The stock shed 12 euros during the session before recovering 7 euros by the close, as investors welcomed the "
     "disposal plan announced by management.",
     "The stock shed 12 euros during the session before recovering 9 euros by the close, as investors welcomed the "
     "disposal plan announced by management."),
]


@pytest.mark.parametrize("fr, faithful, wrong", UNIT_SAID_ONCE)
def test_unit_said_once_for_two_amounts(fr: str, faithful: str, wrong: str) -> None:
    assert not _flagged(fr, faithful), _describe(fr, faithful)
    assert _flagged(fr, wrong)


def test_bare_number_with_another_unit_is_still_flagged() -> None:
    fr = "Le parti a perdu 2 points en un mois, tandis que ses rivaux en gagnent 3."
    assert _flagged(fr, "The party lost two points in a month, while its rivals gained 3 percent.")


# --- a count of an outcome noun written as a count of who it happened to, the outcome said by its verb ---

OUTCOME_AS_VERB = [
    ("Des heurts ont éclaté jeudi soir en marge du match, a indiqué la préfecture, qui fait état de quatre blessés "
     "parmi les stadiers.",
     "Clashes broke out on Thursday evening on the sidelines of the match, the prefecture said, adding that four "
     "stewards were injured.",
     "Clashes broke out on Thursday evening on the sidelines of the match, the prefecture said, adding that four "
     "stewards were on duty."),
    ("L'effondrement d'un immeuble vétuste a fait 14 morts dans le centre historique, selon un bilan provisoire des "
     "secours publié dans la nuit.",
     "The collapse of a dilapidated building in the historic centre killed 14 residents, according to a provisional "
     "toll released by rescuers overnight.",
     "The collapse of a dilapidated building in the historic centre evacuated 14 residents, according to a "
     "provisional toll released by rescuers overnight."),
]


@pytest.mark.parametrize("fr, faithful, wrong", OUTCOME_AS_VERB)
def test_outcome_noun_said_as_the_verb_of_who_it_happened_to(fr: str, faithful: str, wrong: str) -> None:
    assert not _flagged(fr, faithful), _describe(fr, faithful)
    assert _flagged(fr, wrong)


# --- a fraction taken of the amount right after it: that amount counts the noun ---

FRACTION_OF_AMOUNT = [
    ("Le tiers des 9 000 logements sociaux promis l'an dernier par la municipalité ont été livrés, contre la moitié "
     "attendue à cette date.",
     "A third of the 9,000 social housing units promised by the city last year have been delivered, compared with the "
     "half expected by now.",
     "A third of the 9,000 social housing units promised by the city last year have been delivered, compared with the "
     "half expected by now, and 40 schools."),
    ("Les deux tiers des 1 200 salariés du site, rachetés l'an passé par un fonds américain, ont accepté le plan de "
     "départs volontaires.",
     "Two-thirds of the 1,200 employees at the site, bought last year by a US fund, accepted the voluntary "
     "redundancy plan.",
     "Two-thirds of the 1,200 machines at the site, bought last year by a US fund, accepted the voluntary "
     "redundancy plan."),
]


@pytest.mark.parametrize("fr, faithful, wrong", FRACTION_OF_AMOUNT)
def test_fraction_of_the_amount_after_it(fr: str, faithful: str, wrong: str) -> None:
    assert not _flagged(fr, faithful), _describe(fr, faithful)
    assert _flagged(fr, wrong)


# --- a figure qualifying the noun phrase before it, written before its noun in English ---

QUALIFIES_PHRASE_BEFORE = [
    ("Au marché de Bamako, le prix du bidon d'huile de 20 litres a presque doublé depuis l'été, selon les "
     "associations de consommateurs.",
     "At the Bamako market, the price of a 20-litre can of oil has almost doubled since the summer, according to "
     "consumer groups.",
     "At the Bamako market, the price of 20 litres of oil has almost doubled since the summer, and 12 shops closed."),
    ("Le tribunal a condamné l'ancien maire à une amende de 30 000 euros pour prise illégale d'intérêts, une peine "
     "inférieure aux réquisitions du parquet.",
     "The court fined the former mayor 30,000 euros for illegal conflict of interest, a sentence lighter than the "
     "prosecution had sought.",
     "The court fined the former mayor 30,000 dollars for illegal conflict of interest, a sentence lighter than the "
     "prosecution had sought."),
    ("La compagnie a commandé un lot de moteurs de 400 chevaux pour sa flotte de vedettes, a annoncé son directeur.",
     "The company has ordered a batch of 400-horsepower engines for its fleet of launches, its director announced.",
     "The company has ordered a batch of 400-kilowatt engines for its fleet of launches, its director announced."),
]


@pytest.mark.parametrize("fr, faithful, wrong", QUALIFIES_PHRASE_BEFORE)
def test_figure_qualifying_the_phrase_before_it(fr: str, faithful: str, wrong: str) -> None:
    assert not _flagged(fr, faithful), _describe(fr, faithful)
    assert _flagged(fr, wrong)
