"""Figure kinds of round 20 (every example written for this file, none taken from a set or the dev data).

Each kind has a faithful rendering that must pass and a changed one that must be flagged: a race time English writes
as a clock ("2 min 3 s" / "2:03"); a distance and a time in the other order, each keeping its unit; glued peak units
("12MWp", "MWc"); a bound negated by a "n'" whose negative word stands earlier ("Jamais le fleuve n'avait dépassé") or
by "cannot"; an outbreak counted as "foyers"; a price per 1,000 litres (no rate per mille); a yield that eases and a
pace that slows ("se détendait", "a décéléré"); a borrowed word's English plural ("matches") and a short "-ies" plural
("tries"); knockout rounds ("les quarts de finale" / "the last eight"); "quinze jours" / "a fortnight"; a range of
ages written with hyphens ("16-to-25-year-olds"); a French decimal price of three places ("1,749 euro" / "€1.749");
a rank written "world number"; a figure said again in brackets or between dashes, in words or in another unit; an age
and a sentence exchanged though in the same order; "shot four times" (how often, no noun); an hour and its quarter or
half in words; nouns the lexicon now knows ("abonnés" / "customers", "stations" / "stops", "interventions" /
"call-outs", "sangliers" / "wild boar"); the count's noun written right after it when the parse hung it elsewhere ("300 voix
d'avance"); time won back or given up ("a repris" / "clawed back", "conceded"); a layer that thins or thickens; an amount
taken off ("took three years off"); the metal of a medal and what drives a vehicle, exchanged between two counts.
"""

from __future__ import annotations

import pytest

from summarizer import check_figures, parsing
from summarizer.figures import Kind, extract_figures
from summarizer.figures.meaning import Comparator, Direction, english_singulars, french_facts

pytestmark = pytest.mark.filterwarnings("ignore")

PARSED = pytest.mark.skipif(not (parsing.available("fr") and parsing.available("en")), reason="spaCy parsers not installed")


def _ok(fr: str, en: str) -> bool:
    return check_figures(fr, en).ok


FAITHFUL_AND_CHANGED = [
    # a race time written as a clock; a distance and a time in the other order
    ("Elle a couru le 800 m en 2 min 3 s.", "She ran the 800m in 2:03.", "She ran the 800m in 2:08."),
    ("Il a bouclé le 5 000 m en 13'05''.", "He clocked 13min 5sec in the 5,000m.", "He clocked 13min 5sec in the 10,000m."),
    # glued peak units
    (
        "La centrale aura une puissance de 12 mégawatts-crête.",
        "The plant will have a peak capacity of 12MWp.",
        "The plant will have a peak capacity of 21MWp.",
    ),
    # a bound negated by a "n'" after an earlier negative word, or by "cannot"
    (
        "Jamais le fleuve n'avait dépassé 8,2 mètres à Lyon.",
        "The river had never before risen above 8.2 metres in Lyon.",
        "The river had already risen above 8.2 metres in Lyon.",
    ),
    (
        "Le câble ne supporte pas au-delà de 400 kilos.",
        "The cable cannot take loads above 400 kilos.",
        "The cable can take loads above 400 kilos.",
    ),
    # outbreaks, a price per 1,000 litres
    (
        "Les services vétérinaires ont recensé quatre foyers de grippe aviaire dans le département.",
        "Vets have recorded four bird flu outbreaks in the department.",
        "Vets have recorded four bird flu deaths in the department.",
    ),
    (
        "Le prix payé aux éleveurs passera à 480 euros les 1 000 litres.",
        "The price paid to farmers will go up to €480 per 1,000 litres.",
        "The price paid to farmers will go up to €480 per 1,000 kilos.",
    ),
    # a yield that eases, a pace that slows
    (
        "Le rendement du Bund se détendait de 6 points de base, à 2,41 %.",
        "The Bund yield eased 6 basis points to 2.41%.",
        "The Bund yield rose 6 basis points to 2.41%.",
    ),
    (
        "La hausse des prix a décéléré de 0,4 point en octobre.",
        "Price growth slowed by 0.4 points in October.",
        "Price growth slowed by 0.4% in October.",
    ),
    # a borrowed word's English plural, a short "-ies" plural
    (
        "C'est sa deuxième défaite en cinq matches.",
        "It is their second defeat in five games.",
        "It is their second defeat in five seasons.",
    ),
    ("Le XV de l'Ovalie a marqué cinq essais.", "The Ovalie side scored five tries.", "The Ovalie side scored five goals."),
    # knockout rounds named by the sides left
    (
        "Elle s'est qualifiée pour les quarts de finale à Madrid.",
        "She reached the last eight in Madrid.",
        "She reached the last 16 in Madrid.",
    ),
    ("Il a été éliminé en huitièmes de finale.", "He went out in the round of 16.", "He went out in the round of 32."),
    # a fortnight, a range of ages with hyphens
    ("Les travaux dureront quinze jours.", "The works will last a fortnight.", "The works will last three weeks."),
    ("Le dispositif vise les 16-25 ans.", "The scheme targets 16-to-25-year-olds.", "The scheme targets 16-to-30-year-olds."),
    # a decimal price of three places, a rank written "world number"
    ("Le sans-plomb valait 1,749 euro le litre.", "Unleaded cost €1.749 a litre.", "Unleaded cost €1.794 a litre."),
    (
        "Le Belge, 52e mondial, a battu le favori.",
        "The Belgian, world number 52, beat the favourite.",
        "The Belgian, world number 25, beat the favourite.",
    ),
    # a figure said again in brackets or between dashes
    ("Il devra verser 8 000 (huit mille) euros.", "He must pay €8,000.", "He must pay €6,000."),
    (
        "Le tunnel, long de 2,4 km – 2 400 mètres –, ouvrira en mai.",
        "The tunnel, 2,400 metres long, will open in May.",
        "The tunnel, 2,600 metres long, will open in May.",
    ),
    # an age and a sentence
    (
        "Le tribunal a condamné à 12 ans de prison une femme de 41 ans.",
        "The court sentenced a 41-year-old woman to 12 years in prison.",
        "The court sentenced a 12-year-old woman to 41 years in prison.",
    ),
    # how often, no thing counted
    ("Le gérant a été tué de quatre balles.", "The manager was shot four times.", "The manager was shot five times."),
    # an hour and its half in words
    ("Le trajet prend une heure et demie.", "The journey takes 90 minutes.", "The journey takes 80 minutes."),
    # nouns the lexicon knows
    ("La panne a privé d'électricité 4 500 abonnés.", "The fault cut power to 4,500 customers.", "The fault cut power to 4,500 schools."),
    ("La ligne comptera 18 stations.", "The line will have 18 stops.", "The line will have 18 trains."),
    ("Les pompiers ont effectué 320 interventions.", "Firefighters carried out 320 call-outs.", "Firefighters carried out 320 arrests."),
    ("La battue a permis d'abattre 35 sangliers.", "The hunt killed 35 wild boar.", "The hunt killed 35 roe deer."),
    # time won back or given up, a layer that thins, an amount taken off
    (
        "Dans l'étape, le Français a repris 22 secondes au leader.",
        "In the stage, the Frenchman clawed back 22 seconds on the leader.",
        "In the stage, the Frenchman conceded 22 seconds to the leader.",
    ),
    (
        "La banquise s'est amincie de 40 centimètres en un an.",
        "The ice sheet thinned by 40 centimetres in a year.",
        "The ice sheet thickened by 40 centimetres in a year.",
    ),
    (
        "Le tribunal a alourdi de trois ans la peine du gérant.",
        "The court added three years to the manager's sentence.",
        "The court took three years off the manager's sentence.",
    ),
    # the metal of a medal, what drives a vehicle
    (
        "L'équipe rentre avec trois médailles d'or et six de bronze.",
        "The team comes home with three gold medals and six bronzes.",
        "The team comes home with three bronze medals and six golds.",
    ),
    (
        "Le constructeur a vendu 40 000 voitures électriques et 25 000 hybrides.",
        "The carmaker sold 40,000 electric cars and 25,000 hybrids.",
        "The carmaker sold 40,000 hybrid cars and 25,000 electric ones.",
    ),
]


@pytest.mark.parametrize("fr, faithful, changed", FAITHFUL_AND_CHANGED)
def test_a_faithful_rendering_passes_and_a_changed_one_is_flagged(fr: str, faithful: str, changed: str) -> None:
    assert _ok(fr, faithful), faithful
    assert not _ok(fr, changed), changed


def test_a_score_before_its_day_or_its_opponent_and_a_list_of_scores_in_brackets_are_no_counts() -> None:
    for text in (
        "L'ASM, battue 27-16 dimanche, recule.",
        "Cinquième revers, 3-1 contre Lorient.",
        "Battus par l'Espagne (1-1, 5-4 aux tirs au but).",
    ):
        assert not [f for f in extract_figures(text, "fr") if f.kind == Kind.COUNT], text
    assert not [f for f in extract_figures("Spain won on penalties (1-1, 4-5 after extra time).", "en") if f.kind == Kind.COUNT]


def test_a_short_ies_plural_has_its_y_singular() -> None:
    assert "try" in english_singulars("tries") and "city" in english_singulars("cities")


@PARSED
def test_a_change_of_a_change_states_no_direction() -> None:
    sentence = "Le traitement a ralenti la progression de la maladie chez 11 des 15 patients suivis."
    facts = french_facts(sentence, extract_figures(sentence, "fr"))
    assert facts[0].direction is Direction.NONE


@PARSED
def test_a_count_of_a_quantity_noun_counts_what_it_is_of() -> None:
    sentence = "Les communes touchées par la crue sont désormais au nombre de 41, selon la préfecture de la Drôme."
    facts = french_facts(sentence, extract_figures(sentence, "fr"))
    assert facts[0].noun == ""  # "au nombre de 41": nothing said of what it counts
    assert _ok(sentence, "There are now 41 municipalities hit by the flood, according to the Drôme prefecture.")
    assert not _ok(sentence, "There are now 14 municipalities hit by the flood, according to the Drôme prefecture.")


@PARSED
def test_a_counts_noun_right_after_it_is_read_where_the_parse_hung_it_elsewhere() -> None:
    fr = "Au second tour, le maire sortant a été réélu avec moins de 300 voix d'avance sur 12 000 suffrages exprimés, selon la préfecture."
    assert _ok(fr, "In the run-off, the incumbent mayor was re-elected by fewer than 300 votes out of 12,000 cast, the prefecture said.")
    assert not _ok(fr, "In the run-off, the incumbent mayor was re-elected by more than 300 votes out of 12,000 cast, the prefecture said.")


@PARSED
def test_an_english_noun_across_a_preposition_or_in_year_on_year_is_no_counted_noun() -> None:
    from summarizer.english import read_english_facts

    sentence = "The regiment's strength has shrunk by 1,200 over three years, while exports fell 2.4% year on year in May."
    facts = read_english_facts(sentence, extract_figures(sentence, "en"))
    assert [f.noun for f in facts if f.figure.kind in (Kind.COUNT, Kind.PERCENT)] == ["", ""]


def test_a_negated_bound_after_an_earlier_negative_word() -> None:
    from summarizer.figures.meaning import read_comparator

    text = "Jamais la facture n'avait dépassé 90 euros."
    start = text.index("90")
    assert read_comparator(text, start, start + len("90 euros"), "fr") is Comparator.AT_MOST


def test_the_ends_of_a_range_of_ages_are_one_age_not_an_exchange() -> None:
    fr = "Selon l'enquête, 12 % des retraités de plus de 70 ans et 30 % des étudiants de 18 à 24 ans n'ont pas de médecin traitant."
    assert _ok(fr, "According to the survey, 12% of pensioners over 70 and 30% of students 18 to 24 years old have no regular doctor.")
    assert not _ok(fr, "According to the survey, 12% of pensioners over 70 and 30% of students 18 to 34 years old have no regular doctor.")
