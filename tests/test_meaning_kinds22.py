"""Figure kinds of round 22 (every example written for this file, none taken from a set or the dev data).

Each kind has a faithful rendering that must pass and a changed one that must be flagged: persons at large counted with
the state that says what is counted ("12 people dead" is a count of the dead, not of people); a lowercase "road" or
"street" after a number is a noun's modifier, no address ("382 road deaths"); a share of a noun said added ("14 % de
visiteurs supplémentaires" / "14% more visitors"); a comparative of speed or age before "than" as a bound ("faster than
60 km/h", "younger than 16"); rain or snow that fell is no fall of a figure; nouns the lexicon now knows (pirogue,
opération, abstention, numéro, œuf, finale, agrume, tomate, colonie, miel, voie, travée; "exploitations maraîchères"
as market gardens); "sq m" as square metres; a conversion written first, the French measure in brackets after it ("18
inches (45 cm)"); a French share of a base ("un Français sur cinq") restated as a percentage; persons named again by
"men"; two English counts of one head told apart by a modifier, no exchange.
"""

from __future__ import annotations

import pytest

from summarizer import check_figures, parsing

pytestmark = [
    pytest.mark.filterwarnings("ignore"),
    pytest.mark.skipif(not (parsing.available("fr") and parsing.available("en")), reason="spaCy parsers not installed"),
]


def _ok(fr: str, en: str) -> bool:
    return check_figures(fr, en).ok


FAITHFUL_AND_CHANGED = [
    ("L'explosion a fait 7 blessés dans l'usine.", "The explosion left 7 people injured at the plant.",
     "The explosion left 7 people dead at the plant."),
    ("La police a recensé 140 décès sur les routes du canton.", "Police recorded 140 road deaths in the canton.",
     "Police recorded 140 road accidents in the canton."),
    ("Le musée a reçu 9 % de visiteurs supplémentaires cet été.", "The museum drew 9% more visitors this summer.",
     "The museum drew 9% fewer visitors this summer."),
    ("Les camions ne peuvent pas rouler à plus de 30 km/h sur le pont.", "Lorries cannot travel faster than 30 km/h on the bridge.",
     "Lorries cannot travel slower than 30 km/h on the bridge."),
    ("Le chirurgien a réalisé 40 opérations en une semaine.", "The surgeon carried out 40 operations in a week.",
     "The surgeon carried out 40 consultations in a week."),
    ("Le port a immatriculé 800 pirogues cette année.", "The port registered 800 canoes this year.",
     "The port registered 800 lorries this year."),
    ("Le texte a été adopté par 30 voix contre 12 et 4 abstentions.", "The text passed by 30 votes to 12, with four abstentions.",
     "The text passed by 30 votes to 12, with four amendments."),
    ("Le journal a numérisé 5 000 numéros anciens.", "The paper digitised 5,000 old issues.", "The paper digitised 5,000 old pages."),
    ("Les fouilles ont livré 12 œufs fossilisés.", "The dig yielded 12 fossilised eggs.", "The dig yielded 12 fossilised bones."),
    ("La coopérative a exporté 9 000 tonnes d'agrumes.", "The cooperative exported 9,000 tonnes of citrus fruit.",
     "The cooperative exported 9,000 tonnes of tomatoes."),
    ("La route comptera 3 voies.", "The road will have 3 lanes.", "The road will have 3 spans."),
    ("Le studio de 22 m² se loue 900 euros.", "The 22 sq m studio rents for €900.", "The 22 sq ft studio rents for €900."),
    ("Il est tombé 30 centimètres de neige.", "Some 12 inches (30 centimetres) of snow fell.",
     "Some 20 inches (30 centimetres) of snow fell."),
    ("Un salarié sur quatre travaille le dimanche.", "Twenty-five per cent of employees work on Sundays.",
     "Thirty-five per cent of employees work on Sundays."),
]  # fmt: skip


@pytest.mark.parametrize("fr, faithful, changed", FAITHFUL_AND_CHANGED)
def test_a_faithful_rendering_passes_and_a_changed_one_is_flagged(fr: str, faithful: str, changed: str) -> None:
    assert _ok(fr, faithful)
    assert not _ok(fr, changed)


FAITHFUL = [
    ("Le niveau du lac est remonté à 61 %, contre 48 % un an plus tôt, après les pluies tombées en mars.",
     "The lake is now 61% full, up from 48% a year earlier, after the March rain."),
    ("Plus d'un quart des exploitations maraîchères de l'île sont touchées.",
     "More than a quarter of the island's market gardens are affected."),
    ("Les deux alpinistes sont sortis indemnes de la chute.", "Both climbers were unhurt; the two men walked away from the fall."),
    ("Il manque 900 enseignants et 120 logopèdes dans les écoles.", "Schools are short of 900 teachers and 120 speech therapy teachers."),
    ("Un jeune sur trois vit chez ses parents.", "About 33% of young people live with their parents."),
]  # fmt: skip


@pytest.mark.parametrize("fr, en", FAITHFUL)
def test_a_faithful_rendering_raises_no_alarm(fr: str, en: str) -> None:
    assert _ok(fr, en)


def test_men_does_not_stand_for_women() -> None:
    assert not _ok("Deux femmes ont été blessées.", "Two men were injured.")


def test_a_street_number_is_still_an_address() -> None:
    from summarizer.figures import extract_figures

    assert [f.text for f in extract_figures("The office is at 12 rue de Rivoli.", "en")] == []
    assert [f.text for f in extract_figures("They counted 45 street protests.", "en")] == ["45"]


def test_a_score_set_aside_on_one_side_only_is_kept_when_both_write_it() -> None:
    # the French reader keeps "2-1" after "vainqueur", the English one sets "beat the United States 2-1" aside as a score
    assert _ok("Le Ghana, vainqueur 2-1 des États-Unis, file en finale.",
               "Ghana, who beat the United States 2-1, go through to the final.")
    assert _ok("Elle a battu en finale la Tchèque Eva Novak 6-3, 6-4.", "She beat the Czech Eva Novak 6-3, 6-4 in the final.")
    assert not _ok("Le Ghana, vainqueur 2-1 des États-Unis, file en finale.",
                   "Ghana, who beat the United States 3-1, go through to the final.")
