"""Figure kinds of round 19 (every example written for this file, none taken from a set or the dev data).

Each kind has a faithful rendering that must pass and a changed one that must be flagged: a signed number of points
("+0,7 point") as points of a rate; prefixed tonnes ("mégatonnes" / "megatonnes") and barrels a day ("bpd"); a level in
points reached by a change ("se resserrant à 40 points"), or a change judged better or worse ("improved by six points");
a change judged better written worse ("s'est améliorée" / "deteriorated"); "inférieur de" / "supérieur de" as a fall and
a rise; the outcome of a count said after "of whom" ("dont 12 sont décédés" / "12 of whom died"); a group a count of
an outcome is counted among ("9 blessés parmi les pompiers" / "9 firefighters injured"); members counted by their
group's noun ("membres du personnel" / "staff"); two English counts sharing one head ("40 male and 12 female
members"); a name's number written with its unit ("la zone 30" / "a 30 km/h zone"); a "h" time that is a length
("à 2 h 14" / "2 hours 14 minutes"); a small count made an adjective ("un barème qui en compte 4" / "a four-tier
scale"); "the first half" as a period; "be short of" as a lack; a day's noon ("jeudi midi"); a one-word compound the
lexicon gives another French noun ("airports" is no "ports"); a count the words read a modifier of ("7 customs
officers") read with the parse; a bare French "francs" (no country) against Swiss francs; nautical miles; an
approximate count after "la" ("la quarantaine de bénévoles"); a French count of people said again by who they are
("260 personnes ... ses 260 ouvriers" / "its 260 workers"); "a quarter to midnight"; a day said by its name ("le
1er-Mai" / "May Day").
"""

from __future__ import annotations

import pytest

from summarizer import check_figures, parsing
from summarizer.figures import extract_figures
from summarizer.figures.meaning import same_noun

pytestmark = pytest.mark.filterwarnings("ignore")

PARSED = pytest.mark.skipif(not (parsing.available("fr") and parsing.available("en")), reason="spaCy parsers not installed")


def _ok(fr: str, en: str) -> bool:
    return check_figures(fr, en).ok


FAITHFUL_AND_CHANGED = [
    # a signed number of points is points of a rate
    (
        "Taux d'épargne des ménages : +0,7 point en un trimestre, à 17,9 %",
        "Household savings rate up 0.7 points in a quarter at 17.9%",
        "Household savings rate up 0.7% in a quarter at 17.9%",
    ),
    # prefixed tonnes, barrels a day
    (
        "Les émissions du secteur ont reculé à 41,2 mégatonnes l'an dernier.",
        "The sector's emissions fell to 41.2 megatonnes last year.",
        "The sector's emissions fell to 41.2 tonnes last year.",
    ),
    ("Le champ produit désormais 85 000 barils par jour.", "The field now pumps 85,000 bpd.", "The field now pumps 58,000 bpd."),
    # a level in points reached by a change, a change judged better or worse
    (
        "Le spread s'est réduit de 9 points de base, l'écart se resserrant à 40 points.",
        "The spread shrank 9 basis points, with the gap narrowing to 40 points.",
        "The spread shrank 9 basis points, with the gap narrowing to 40%.",
    ),
    (
        "Le taux de réussite au permis a progressé de 6 points en deux ans.",
        "The driving test pass rate has improved by six points in two years.",
        "The driving test pass rate has improved by six percent in two years.",
    ),
    # a change judged better written worse, and the other way
    (
        "La qualité de l'air s'est améliorée de 12 % en dix ans dans la métropole.",
        "Air quality in the city has improved by 12% in ten years.",
        "Air quality in the city has deteriorated by 12% in ten years.",
    ),
    (
        "La situation financière du club s'est dégradée de 3 millions d'euros.",
        "The club's finances worsened by 3 million euros.",
        "The club's finances improved by 3 million euros.",
    ),
    # "inférieur de", "supérieur de": a fall and a rise
    (
        "Les précipitations ont été inférieures de 30 % à la normale en octobre.",
        "Rainfall was 30% below normal in October.",
        "Rainfall was 30% above normal in October.",
    ),
    (
        "Le prix du lot est supérieur de 15 % à celui de l'an dernier.",
        "The lot costs 15% more than last year's.",
        "The lot costs 15% less than last year's.",
    ),
    # the outcome after "of whom"
    (
        "L'intoxication a touché 140 convives, dont 12 sont décédés.",
        "The poisoning affected 140 guests, 12 of whom died.",
        "The poisoning affected 140 guests, 12 of whom were hospitalised.",
    ),
    # a group a count of an outcome is counted among
    (
        "L'incendie a fait 9 blessés parmi les pompiers et 2 parmi les riverains.",
        "The fire left 9 firefighters and two residents injured.",
        "The fire left 9 residents and two firefighters injured.",
    ),
    # members counted by their group's noun
    (
        "La grève a mobilisé 800 membres du personnel hospitalier.",
        "The strike drew 800 hospital staff.",
        "The strike drew 800 hospital patients.",
    ),
    # two English counts sharing one head
    (
        "Le conseil compte 40 élus hommes et 12 femmes.",
        "The council has 40 male and 12 female members.",
        "The council has 12 male and 40 female members.",
    ),
    # a name's number written with the unit it stands for, once
    (
        "La commune a étendu la zone 30 à tout le centre.",
        "The town has extended its 30 km/h zone to the whole centre.",
        "The town has extended its 30 km/h zone to the whole centre, 30 km from the coast.",
    ),
    # a "h" time that is a length of time
    (
        "Le trajet s'est allongé de 9 minutes, à 2 h 14.",
        "The journey has got 9 minutes longer, to 2 hours 14 minutes.",
        "The journey has got 9 minutes longer, to 2 hours 41 minutes.",
    ),
    # a small count made an adjective of a compound
    (
        "La Ville maintient le niveau 2 d'un plan canicule qui en compte 4.",
        "The city is keeping level 2 of its four-level heatwave plan.",
        "The city is keeping level 2 of its six-level heatwave plan.",
    ),
    # "the first half" is a period, no fraction
    (
        "Les ventes ont progressé de 4 % au premier semestre.",
        "Sales rose 4% in the first half.",
        "Sales rose 4% in the first half of 2019.",
    ),
    # a lack, no bound
    (
        "Il manque encore 600 chauffeurs au réseau de bus.",
        "The bus network is still short of 600 drivers.",
        "The bus network is still short of 900 drivers.",
    ),
    # a bare French "francs" names no country
    (
        "L'entrée coûtera de 15 à 40 francs au festival de Sion.",
        "Entry to the Sion festival will cost CHF15-40.",
        "Entry to the Sion festival will cost CHF15-45.",
    ),
    # nautical miles, and their conversion in brackets
    (
        "Le voilier a couvert 300 milles nautiques en une journée.",
        "The yacht covered 300 nautical miles (556km) in a day.",
        "The yacht covered 300 nautical miles (483km) in a day.",
    ),
    # "la trentaine de", an approximate count with its article
    (
        "La quarantaine de bénévoles du club sera remerciée samedi.",
        "The club's 40 or so volunteers will be thanked on Saturday.",
        "The club's 60 or so volunteers will be thanked on Saturday.",
    ),
    # people, then who they are: one figure said twice in French, once in English
    (
        "La papeterie, qui emploie 260 personnes, ferme ; ses 260 ouvriers seront reclassés.",
        "The paper mill, whose 260 workers will be redeployed, is closing.",
        "The paper mill, whose 210 workers will be redeployed, is closing.",
    ),
    # a quarter or a half of noon and midnight in English
    (
        "Le bus partira à 23 h 50 au lieu de minuit moins le quart.",
        "The bus will leave at 11.50pm instead of a quarter to midnight.",
        "The bus will leave at 11.50pm instead of a quarter past midnight.",
    ),
    # a day said by its name
    (
        "Le cortège du 1er-Mai a rassemblé 4 000 personnes à Namur.",
        "The May Day march drew 4,000 people in Namur.",
        "The Bastille Day march drew 4,000 people in Namur.",
    ),
    # a day then its noon
    (
        "La coupure d'eau durera jusqu'à jeudi midi.",
        "The water will be cut off until midday on Thursday.",
        "The water will be cut off until 2pm on Thursday.",
    ),
]


@pytest.mark.parametrize("fr, faithful, changed", FAITHFUL_AND_CHANGED)
def test_a_faithful_rendering_passes_and_a_changed_one_is_flagged(fr: str, faithful: str, changed: str) -> None:
    assert _ok(fr, faithful), faithful
    assert not _ok(fr, changed), changed


def test_a_signed_number_of_points_is_a_rate_and_a_range_is_not_signed() -> None:
    assert [(f.unit, f.value) for f in extract_figures("Le taux : −0,4 point, puis +2 points.", "fr")] == [("pp", -0.4), ("pp", 2)]
    assert all(f.unit != "pp" for f in extract_figures("Il a marqué 2-3 points par match.", "fr"))


def test_the_first_half_is_a_period_and_a_half_is_a_fraction() -> None:
    texts = [f.text for f in extract_figures("In the first half, a half of the staff left; second-quarter sales held.", "en")]
    assert "a half" in texts and not any(t in ("half", "quarter") for t in texts)


def test_a_compound_the_lexicon_gives_another_noun_is_that_noun() -> None:
    assert same_noun("port", "airport") is False  # "airport" is the lexicon's word for "aéroport"
    assert same_noun("maison", "warehouse") is not True
    assert same_noun("enfant", "schoolchildren") is True  # the lexicon says so itself
    assert same_noun("demandeur", "jobseeker") is True  # a compound the lexicon gives no other noun keeps its head


@PARSED
def test_a_count_the_words_read_a_modifier_of_is_read_with_the_parse() -> None:
    fr = "Les gendarmes ont saisi 300 kilos de résine lors d'une opération qui a conduit à l'arrestation de 7 routiers."
    assert _ok(fr, "Gendarmes seized 300 kilos of resin in an operation that led to the arrest of 7 lorry drivers.")
    assert not _ok(fr, "Gendarmes seized 300 kilos of resin in an operation that led to the arrest of 7 gendarmerie officers.")


def test_a_date_of_a_listed_day_and_month_that_is_no_named_day_is_read_as_a_date() -> None:
    assert _ok("Le 1er décembre, 40 personnes ont manifesté.", "On 1 December, 40 people demonstrated.")
    assert not _ok("Le 1er décembre, 40 personnes ont manifesté.", "On Christmas Day, 40 people demonstrated.")
