"""Figure kinds of round 16 (every example written for this file, none taken from a set or the dev data).

Each kind has faithful renderings that must pass and changed ones that must be flagged: a time measured (a race time,
a chrono in pieces, parts of a second), two imperial units of one measure, a French figure said again that the
English says once, a score after a verb of winning and its complement, a measure's noun that is its unit, the classes
of the French primary school, an English spelled amount glued to its currency, a hyphenated "N-point" before a noun of
change, a negated bound on both sides, a difference said after the amount ("4% above the average"), an average between
a change and its amount, "N more" things, a group of one age or sex the French does not name, "environ" after the noun.
"""

from __future__ import annotations

import pytest

from summarizer import check_figures
from summarizer.figures import extract_figures, format_value
from summarizer.figures.meaning import Comparator, Direction, read_comparator, read_direction
from summarizer.figures.model import Kind

pytestmark = pytest.mark.filterwarnings("ignore")


def _ok(fr: str, en: str) -> bool:
    return check_figures(fr, en).ok


def _at(text: str, figure: str) -> tuple[int, int]:
    start = text.index(figure)
    return start, start + len(figure)


# --- a time measured is one figure, in seconds, however it is written ---

CHRONOS = [
    ("La Norvégienne a remporté le 800 m en 1'59''42.", "fr", "1'59''42", 119.42),
    ("Il a couru le 200 m en 20''31 samedi.", "fr", "20''31", 20.31),
    ("La marathonienne a terminé en 2 h 21 min 05 s.", "fr", "2 h 21 min 05 s", 8465),
    ("Le nageur a bouclé le 200 m en 1 min 54 s 30.", "fr", "1 min 54 s 30", 114.3),
    ("Le sprinteur a signé 10 s 02 en séries.", "fr", "10 s 02", 10.02),
    ("Elle a devancé sa rivale de 14 centièmes.", "fr", "14 centièmes", 0.14),
    ("The Norwegian won the 800m in 1:59.42.", "en", "1:59.42", 119.42),
    ("She finished the marathon in 2:21:05.", "en", "2:21:05", 8465),
    ("He won in three hours, ten minutes and 4 seconds.", "en", "three hours, ten minutes and 4 seconds", 11404),
    ("She edged her rival by 14 hundredths of a second.", "en", "14 hundredths of a second", 0.14),
]


@pytest.mark.parametrize("text, lang, written, seconds", CHRONOS)
def test_a_time_measured_is_one_figure_in_seconds(text: str, lang: str, written: str, seconds: float) -> None:
    times = [f for f in extract_figures(text, lang) if f.unit == "s"]
    assert [(f.text, f.value) for f in times] == [(written, seconds)]


@pytest.mark.parametrize(
    "text, lang",
    [
        ("He is 6'2\" tall and weighs 90 kg.", "en"),  # a height in feet and inches, no race time
        ("As many as 30% of the seats were empty.", "en"),  # "as 30" is no "a" and seconds
        ("Le rendez-vous est fixé à 14 h 30 devant la mairie.", "fr"),  # a clock, no chrono
        ("Le PIB a progressé de trois dixièmes de point.", "fr"),  # tenths of a point
    ],
)
def test_no_time_measured_where_none_is_written(text: str, lang: str) -> None:
    assert not [f for f in extract_figures(text, lang) if f.unit == "s"]


def test_tenths_alone_are_a_number_of_either_unit() -> None:
    tenths = [f for f in extract_figures("Le relais a été battu de 4 dixièmes.", "fr") if f.text == "4 dixièmes"]
    assert [(f.value, f.unit) for f in tenths] == [(0.4, "")]


RACE_PAIRS = [
    ("La Norvégienne a remporté le 800 m en 1'59''42, record du meeting.", "The Norwegian won the 800m in 1:59.42, a meeting record.",
     "The Norwegian won the 800m in 1:59.24, a meeting record."),
    ("La marathonienne a terminé en 2 h 21 min 05 s, devant 12 000 spectateurs.",
     "The marathon runner finished in 2:21:05, in front of 12,000 spectators.",
     "The marathon runner finished in 2:21:50, in front of 12,000 spectators."),
    ("Le sprinteur a signé 10 s 02 en séries, à 16 centièmes de son record.",
     "The sprinter clocked 10.02 seconds in the heats, 0.16sec off his best.",
     "The sprinter clocked 10.20 seconds in the heats, 0.16sec off his best."),
    ("Le relais a été battu de 4 dixièmes par les Jamaïcains.", "The relay team was beaten by four tenths of a second by the Jamaicans.",
     "The relay team was beaten by 0.6 seconds by the Jamaicans."),
]


def test_a_time_of_a_minute_or_more_is_written_as_a_race_time() -> None:
    figures = {f.text: f for f in extract_figures("Elle a gagné en 1'59''42, puis en 2 h 21 min 05 s et en 9 s 87.", "fr")}
    assert [format_value(figures[t]) for t in ("1'59''42", "2 h 21 min 05 s", "9 s 87")] == ["1:59.42", "2:21:05", "9.87 s"]


# --- two imperial units of one measure ---


def test_two_imperial_units_are_one_measure_checked_as_a_conversion() -> None:
    fr = "Le requin mesurait 1,9 mètre et pesait 4,3 kilos à la naissance."
    assert _ok(fr, "The shark measured 1.9 metres (6ft 3in) and weighed 4.3 kilos (9lb 8oz) at birth.")
    assert not _ok(fr, "The shark measured 1.9 metres (7ft 3in) and weighed 4.3 kilos (9lb 8oz) at birth.")


# --- a French figure said again, said once in English ---

SAID_AGAIN = [
    ("Le prêt atteint 2 milliards d'euros ; ces 2 milliards serviront à rénover les écoles.",
     "The €2 billion loan will be used to renovate schools."),
    ("En 2019, la mairie comptait 80 agents ; cinq ans plus tard, elle en garde toujours 80.",
     "Five years on, the town hall still has the 80 staff it had in 2019."),
    ("Dix ans : c'est la durée du chantier, dix ans de travaux pour une seule ligne.",
     "The project will take ten years of work for a single line."),
    ("Sur 60 dossiers déposés, 60 ont été acceptés.", "All 60 applications filed were accepted."),
]


@pytest.mark.parametrize("fr, en", SAID_AGAIN)
def test_a_figure_said_again_may_be_said_once(fr: str, en: str) -> None:
    assert _ok(fr, en), check_figures(fr, en).describe()


@pytest.mark.parametrize(
    "fr, en",
    [
        ("L'explosion a fait 4 morts et 4 blessés graves.", "The explosion left 4 dead."),  # two facts: one lost
        ("Il a versé 5 millions d'euros, puis 5 millions de dollars.", "He paid 5 million euros."),  # another currency
        ("Le club a gagné 3 sur 3 matchs à domicile.", "The club won 3 home matches."),  # a pair of numbers, no restatement
    ],
)
def test_two_facts_of_one_value_are_not_one_said_again(fr: str, en: str) -> None:
    assert not _ok(fr, en)


# --- scores, units as nouns, school classes, glued amounts, points of a rate ---


@pytest.mark.parametrize(
    "fr, en",
    [
        ("Les Bruins l'ont emporté 5 à 2 en prolongation.", "The Bruins won 5-2 in overtime."),
        ("Le club a gagné 3 à 1 sur son terrain.", "The club won 3-1 at home."),
        ("La déviation, longue de 12 kilomètres, coûtera 80 millions d'euros.", "The 12km bypass will cost 80 million euros."),
        ("Les élèves de CE1 passeront 3 tests.", "Pupils in the second year of primary school will sit 3 tests."),
        ("La hausse de 4 % est portée par le billet à 2 euros.", "The 4% rise is driven by the two-euro ticket."),
        ("Le chômage a augmenté de 2,4 points en un an.", "Unemployment saw a 2.4-point increase in a year."),
        ("Le smic passera de 11,65 euros à 11,88 euros le 1er mai.",
         "The minimum wage will rise from 11.65 euros to 11.88 euros on May 1."),
    ],
)
def test_faithful_forms_of_this_round_pass(fr: str, en: str) -> None:
    assert _ok(fr, en), check_figures(fr, en).describe()


@pytest.mark.parametrize(
    "fr, en",
    [
        ("Les Bruins l'ont emporté 5 à 2 en prolongation.", "The Bruins won 5-3 in overtime."),
        ("Les élèves de CE1 passeront 3 tests.", "Pupils in CE2 will sit 3 tests."),
        ("La hausse de 4 % est portée par le billet à 2 euros.", "The 4% rise is driven by the one-euro ticket."),
        ("Le chômage a augmenté de 2,4 points en un an.", "Unemployment saw a 2.6-point increase in a year."),
    ],
)
def test_changed_forms_of_this_round_are_flagged(fr: str, en: str) -> None:
    assert not _ok(fr, en)


def test_a_numbered_plan_is_no_rate() -> None:
    assert [f.kind for f in extract_figures("The party unveiled a 10-point plan.", "en")] == [Kind.COUNT]


# --- comparators and directions ---


def test_a_bound_under_a_negation_is_read_alike_in_both_languages() -> None:
    fr = "Le ministère n'entend pas pour autant supprimer plus de 400 postes."
    en = "The ministry does not intend to cut more than 400 posts, however."
    assert read_comparator(fr, *_at(fr, "400"), "fr") == read_comparator(en, *_at(en, "400"), "en") == Comparator.AT_MOST


def test_environ_after_the_noun_is_an_approximation() -> None:
    fr = "Le troupeau compte 200 bêtes environ, selon l'éleveur."
    assert read_comparator(fr, *_at(fr, "200"), "fr") == Comparator.ABOUT
    assert not _ok(fr, "The herd numbers more than 200 animals, according to the farmer.")


@pytest.mark.parametrize(
    "text, figure, direction",
    [
        ("The harvest should reach 20 million tonnes, 4% above the ten-year average.", "4%", Direction.RISE),
        ("Output came in 200,000 tonnes short of the target.", "200,000 tonnes", Direction.FALL),
        ("Fares are set to rise by an average of 2.5% next year.", "2.5%", Direction.RISE),
        ("Les tarifs progresseront en moyenne de 2,5 % l'an prochain.", "2,5 %", Direction.RISE),
        ("Crude stocks saw a 2.1-million-barrel drawdown last week.", "2.1-million-barrel", Direction.FALL),
        ("Sales were 5% more than expected.", "5%", Direction.RISE),
    ],
)
def test_directions_of_this_round(text: str, figure: str, direction: Direction) -> None:
    lang = "fr" if "tarifs" in text else "en"
    assert read_direction(text, *_at(text, figure), lang) == direction


def test_a_difference_said_after_the_amount_is_compared() -> None:
    fr = "La récolte devrait atteindre 20 millions de tonnes, en baisse de 4 % par rapport à la moyenne décennale."
    assert _ok(fr, "The harvest should reach 20 million tonnes, 4% below the ten-year average.")
    assert not _ok(fr, "The harvest should reach 20 million tonnes, 4% above the ten-year average.")


# --- a group of one age or sex the French does not name ---


def test_a_count_of_the_dead_narrowed_to_children_is_a_change() -> None:
    fr = "La rougeole a fait 40 morts dans la province depuis mars, sur 1 800 cas."
    assert _ok(fr, "Measles has killed 40 people in the province since March, out of 1,800 cases.")
    assert not _ok(fr, "Measles has killed 40 children in the province since March, out of 1,800 cases.")
    assert _ok("La rougeole a fait 40 morts, dont de nombreux enfants, sur 1 800 cas.",
               "Measles has killed 40 children, out of 1,800 cases.")  # fmt: skip


# --- scores after a noun of result, parts of a second after "d'un", midday, a rank by its number, a year's values ---


MORE_FORMS = [
        ("Les Lionnes se sont qualifiées après une victoire 3 à 1 contre la Suède, leur 4e succès.",
         "The Lionesses qualified after a 3-1 win over Sweden, their fourth victory.",
         "The Lionesses qualified after a 3-2 win over Sweden, their fourth victory."),
        ("Le skieur a amélioré son record d'un dixième de seconde, en 52 s 14.",
         "The skier improved his record by a tenth of a second, clocking 52.14 seconds.",
         "The skier improved his record by two tenths of a second, clocking 52.14 seconds."),
        ("Le bilan a été dressé samedi à la mi-journée : 40 blessés.", "The toll issued at midday on Saturday: 40 injured.",
         "The toll issued at midnight on Saturday: 40 injured."),
        ("Elle a battu la tête de série n° 9 en trois sets après 2 heures de jeu.",
         "She beat the ninth seed in three sets after 2 hours of play.", "She beat the eighth seed in three sets after 2 hours of play."),
        ("Les Douze visent 80 % d'émissions en moins par rapport aux niveaux de 1995.",
         "The Twelve are aiming for an 80% cut in emissions compared with 1995 levels.",
         "The Twelve are aiming for an 80% cut in emissions compared with 1996 levels."),
        ("À Bamako, le prix du sac de mil de 25 kg est passé de 9 000 à 11 000 francs CFA.",
         "In Bamako, the price of a 25 kg bag of millet has risen from 9,000 to 11,000 CFA francs.",
         "In Bamako, the price of a 25 kg bag of millet has risen from 9,000 to 12,000 CFA francs."),
]  # fmt: skip

#: Counted nouns the lexicon knows this round: a faithful noun passes, another noun it knows is a change.
LEXICON_NOUNS = [
        ("La fièvre porcine a touché 14 élevages du département depuis mai, selon la préfecture.",
         "Swine fever has hit 14 farms in the department since May, according to the prefecture.",
         "Swine fever has hit 14 villages in the department since May, according to the prefecture."),
        ("La région financera 300 formations d'aides-soignants d'ici à 2027, pour 12 millions d'euros.",
         "The region will fund 300 training courses for care assistants by 2027, at a cost of 12 million euros.",
         "The region will fund 300 schools for care assistants by 2027, at a cost of 12 million euros."),
]  # fmt: skip


@pytest.mark.parametrize(
    "fr, faithful, wrong",
    [*RACE_PAIRS, *MORE_FORMS, *LEXICON_NOUNS],
    ids=[*(f"race-{i}" for i in range(len(RACE_PAIRS))), *(f"form-{i}" for i in range(len(MORE_FORMS))),
         *(f"noun-{i}" for i in range(len(LEXICON_NOUNS)))],
)  # fmt: skip
def test_a_faithful_rendering_passes_and_its_change_is_flagged(fr: str, faithful: str, wrong: str) -> None:
    assert _ok(fr, faithful), check_figures(fr, faithful).describe()
    assert not _ok(fr, wrong)
