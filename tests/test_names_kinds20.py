"""Name kinds of round 20 (every example written for this file, none taken from a set or the dev data).

French acronyms of a diploma, a contract or a trade that English writes as the thing ("un CAP" / "a vocational
qualification", "chauffeurs de VTC" / "ride-hailing drivers"); West African blocs ("la Cedeao" / "ECOWAS"); capitals
standing for their governments after the preposition of an actor ("signé par Ankara et Bakou"), each paired with its own
country whatever the order; a capital written as the government of its level ("avec Ottawa" / "with the federal
government"); "Ni Berlin ni Rome" / "Neither Germany nor Italy". Each faithful rendering passes and a changed one is
flagged.
"""

from __future__ import annotations

import pytest
from builders import name_warnings as _names

pytestmark = pytest.mark.filterwarnings("ignore")

FAITHFUL = [
    (
        "Titulaire d'un CAP de coiffure, elle a ouvert son salon à Nantes.",
        "With a vocational hairdressing qualification, she opened her salon in Nantes.",
    ),
    ("Les chauffeurs de VTC manifestent à Lyon.", "Ride-hailing drivers are protesting in Lyon."),
    ("Le sommet de la Cedeao s'ouvre lundi à Accra.", "The ECOWAS summit opens in Accra on Monday."),
    ("Le traité signé par Ankara et Bakou entre en vigueur.", "The treaty signed by Azerbaijan and Turkey comes into force."),
    ("Le Québec a rompu les discussions avec Ottawa.", "Quebec broke off talks with the federal government."),
    ("Ni Berlin ni Rome ne soutiennent le projet.", "Neither Germany nor Italy backs the plan."),
]


@pytest.mark.parametrize(("fr", "en"), FAITHFUL)
def test_faithful_renderings_raise_no_name_warning(fr: str, en: str) -> None:
    assert _names(fr, en) == []


CHANGED = [
    ("Les chauffeurs de VTC manifestent à Lyon.", "Ride-hailing drivers are protesting in Paris."),
    ("Le sommet de la Cedeao s'ouvre lundi à Accra.", "The African Union summit opens in Accra on Monday."),
    ("Le traité signé par Ankara et Bakou entre en vigueur.", "The treaty signed by Armenia and Turkey comes into force."),
    ("Ni Berlin ni Rome ne soutiennent le projet.", "Neither Germany nor Spain backs the plan."),
]


@pytest.mark.parametrize(("fr", "en"), CHANGED)
def test_a_name_changed_is_still_flagged(fr: str, en: str) -> None:
    assert _names(fr, en)
