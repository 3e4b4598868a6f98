"""Name kinds of round 16, by kind: each with faithful cases that must not flag and a replaced or dropped name that must.

Every sentence here is written for this file (none is taken from a data set or an evaluation set).
"""

from __future__ import annotations

import pytest
from builders import name_warnings as _names

pytestmark = pytest.mark.filterwarnings("ignore")


@pytest.mark.parametrize(
    ("fr", "en"),
    [
        # an institution French writes with a capital, English as a common noun
        ("La start-up rennaise prévoit d'entrer en Bourse l'an prochain.",
         "The Rennes start-up plans to list on the stock market next year."),
        # the European Union named short
        ("La Croatie et la Slovénie ont plaidé à Zagreb pour un élargissement rapide de l'Union.",
         "Croatia and Slovenia argued in Zagreb for a swift enlargement of the EU."),
        # acronyms of a class of institution, English by the class
        ("Le docteur Anne Kervella, du CHU de Nantes, coordonne l'étude.",
         "Dr Anne Kervella of Nantes University Hospital is leading the study."),
        ("Une résidente de l'Ehpad de Quimper a fêté ses 105 ans.", "A resident of a care home in Quimper celebrated her 105th birthday."),
        # a place joined by a hyphen to the part of the name found: the English form of one compound name
        ("Les vols au départ de Nice-Côte-d'Azur ont repris mardi.", "Flights out of Nice-Côte d'Azur airport resumed on Tuesday."),
        # an inhabitant said by one English compound of the adjective
        ("Léa Martin devient la première Française à remporter ce titre.", "Léa Martin becomes the first Frenchwoman to win the title."),
        ("Un Irlandais a remporté la course en solitaire.", "An Irishman won the single-handed race."),
    ],
)  # fmt: skip
def test_faithful_names_of_this_round(fr: str, en: str) -> None:
    assert _names(fr, en) == []


@pytest.mark.parametrize(
    ("fr", "en"),
    [
        ("Le docteur Anne Kervella, du CHU de Nantes, coordonne l'étude.",
         "Dr Anne Kervella of Angers University Hospital is leading the study."),
        ("Les vols au départ de Nice-Côte-d'Azur ont repris mardi.", "Flights out of Marseille airport resumed on Tuesday."),
        ("Léa Martin devient la première Française à remporter ce titre.", "Léa Martin becomes the first Italian woman to win the title."),
        ("Un Irlandais a remporté la course en solitaire.", "A Scotsman won the single-handed race."),
        # a class of institution by the generic noun alone is the name removed
        ("Le docteur Anne Kervella, du CHU de Nantes, coordonne l'étude.",
         "Dr Anne Kervella of the Nantes hospital is leading the study."),
        ("La Croatie et la Slovénie ont plaidé à Zagreb pour un élargissement rapide de l'Union.",
         "Croatia and Slovenia argued in Belgrade for a swift enlargement of the EU."),
    ],
)  # fmt: skip
def test_changed_names_of_this_round_are_flagged(fr: str, en: str) -> None:
    assert _names(fr, en)
