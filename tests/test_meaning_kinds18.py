"""Figure kinds of round 18 (every example written for this file, none taken from a set or the dev data).

Each kind has a faithful rendering that must pass and a changed one that must be flagged: a clock time to the second
on both sides ("à 10 h 07 min 23 s" / "at 10:07:23 a.m."), the quarters and half of noon and midnight ("midi et quart"),
basis points as hundredths of a point ("25 points de base" / "a quarter of a percentage point"), a hyphenated square
unit ("a 12-square-kilometre area"), a zero said "nil", a date after "hier" said "yesterday", a figure a "soit"
restates with the English keeping one side, the next year of a season's span ("la rentrée 2026" / "the 2026-27 school
year"), a French number with a dot as an identifier ("le 49.3"), a score given winner first or in brackets, a unit
said once before a bare number and its participle, metres and centimetres ("un mètre cinquante"), a negated verb of
having or reaching as a strict upper bound ("ne disposaient pas de 3 m²" / "less than"), a country called a neighbour.
"""

from __future__ import annotations

import pytest

from summarizer import check_figures
from summarizer.figures import extract_figures

pytestmark = pytest.mark.filterwarnings("ignore")


def _ok(fr: str, en: str) -> bool:
    return check_figures(fr, en).ok


FAITHFUL_AND_CHANGED = [
    # a clock time to the second
    ("Le séisme a été enregistré à 4 h 12 min 9 s, heure locale.", "The quake was recorded at 04:12:09 local time.",
     "The quake was recorded at 04:12:19 local time."),
    ("La fusée décollera à 21 h 30 min 05 s.", "The rocket will lift off at 9:30:05 p.m.", "The rocket will lift off at 9:30:05 a.m."),
    # noon and midnight, with their quarters and half
    ("La cérémonie commencera à midi et quart devant la mairie.", "The ceremony will begin at 12.15pm outside the town hall.",
     "The ceremony will begin at 12.30pm outside the town hall."),
    ("Les bars fermeront à minuit et demi.", "Bars will close at 12.30am.", "Bars will close at 1.30am."),
    ("Le train part à midi moins le quart.", "The train leaves at 11.45am.", "The train leaves at 12.45pm."),
    # basis points are hundredths of a point
    ("La banque a abaissé son taux de 50 points de base, à 2,5 %.", "The bank cut its rate by half a percentage point to 2.5%.",
     "The bank cut its rate by 5 percentage points to 2.5%."),
    ("Le rendement a gagné 25 points de base en une séance.", "The yield gained a quarter of a percentage point in one session.",
     "The yield gained three quarters of a percentage point in one session."),
    # a hyphenated square unit, its conversion beside it
    ("Un incendie a parcouru 30 kilomètres carrés de garrigue.",
     "A fire swept through a 30-square-kilometre (11.6-square-mile) area of scrub.",
     "A fire swept through a 30-square-kilometre (40-square-mile) area of scrub."),
    # a zero said "nil"
    ("Le texte a été adopté par 48 voix contre 0.", "The text was adopted by 48 votes to nil.", "The text was adopted by 48 votes to 4."),
    # a date after "hier", said "yesterday"
    ("Hier, mercredi 4 juin, le tribunal a rendu son verdict.", "The court delivered its verdict yesterday.",
     "The court delivered its verdict on 14 June."),
    # a "soit" that restates: the total of parts kept, or the date of a span kept
    ("Les 52 hommes et 48 femmes du jury, soit 100 citoyens, ont voté.", "The jury's 52 men and 48 women voted.",
     "The jury's 52 men and 38 women voted."),
    ("Le chantier, lancé le 2 mai, soit il y a trois semaines, avance vite.", "Work, which began three weeks ago, is moving fast.",
     "Work, which began five weeks ago, is moving fast."),
    # a French number with a dot is an identifier: an article of the constitution
    ("Le gouvernement a engagé le 49.3 pour la sixième fois.", "The government invoked Article 49.3 for the sixth time.",
     "The government invoked Article 49.2 for the sixth time."),
    # a score given winner first in English, or in brackets after a team
    ("Le Stade rochelais s'est incliné 19-23 à Clermont.", "La Rochelle went down 23-19 at Clermont.",
     "La Rochelle went down 23-16 at Clermont."),
    ("Lens a dominé Lille (2-0) dimanche soir.", "Lens beat Lille 2-0 on Sunday evening.", "Lens beat Lille 2-1 on Sunday evening."),
    # a unit said once in French, twice in English, a participle after the bare number
    ("La récolte n'a donné que 3,1 tonnes à l'hectare, contre 5 prévues.",
     "The harvest yielded only 3.1 tonnes per hectare, against the 5 tonnes expected.",
     "The harvest yielded only 3.1 tonnes per hectare, against the 6 tonnes expected."),
    # metres and centimetres
    ("La crue a atteint un mètre quatre-vingts dans le centre.", "The flood reached 1.8 metres in the centre.",
     "The flood reached 1.4 metres in the centre."),
    ("Le sauteur a franchi 2 m 35 à Doha.", "The jumper cleared 2.35m in Doha.", "The jumper cleared 2m in Doha."),
    # a negated verb of having or reaching: a strict upper bound
    ("Les chambres ne mesuraient pas 9 mètres carrés.", "The rooms measured less than nine square metres.",
     "The rooms measured more than nine square metres."),
    # a country called a neighbour, a cetacean a whale
    ("Les deux pays ont rouvert leur frontière, fermée depuis 2019.", "The two neighbours have reopened their border, closed since 2019.",
     "The two airlines have reopened their border, closed since 2019."),
    # the next year of a season's span
    ("Pour la saison 2027, le club vise le maintien.", "For the 2027-28 season, the club is aiming to stay up.",
     "For the 2026-27 season, the club is aiming to stay up."),
]  # fmt: skip


@pytest.mark.parametrize("fr, faithful, changed", FAITHFUL_AND_CHANGED)
def test_a_faithful_rendering_passes_and_a_changed_one_is_flagged(fr: str, faithful: str, changed: str) -> None:
    assert _ok(fr, faithful), check_figures(fr, faithful).describe()
    assert not _ok(fr, changed)


def test_a_soit_figure_lost_with_the_figures_it_restates_is_flagged() -> None:
    fr = "Les 52 hommes et 48 femmes du jury, soit 100 citoyens, ont voté."
    assert not _ok(fr, "The jury voted.")


def test_a_race_time_is_no_clock_time() -> None:
    (figure,) = extract_figures("Il a couru le marathon en 2 h 04 min 12 s.", "fr")
    assert figure.kind.value == "measure" and figure.value == 7452
    (english,) = extract_figures("She ran 2:04:12 in Berlin.", "en")
    assert english.kind.value == "measure"


def test_a_year_span_without_a_season_word_is_still_an_added_year() -> None:
    assert not _ok("Le plan court jusqu'en 2027.", "The plan runs until 2027-28.")
