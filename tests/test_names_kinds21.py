"""Name kinds of round 21 (every example written for this file, none taken from a set or the dev data).

The towns of Flanders, which French names in French and English in Dutch ("Courtrai" / "Kortrijk"); an acronym in
capitals standing before the name it classes ("l'ONG Médecins du Monde" / "the NGO Médecins du Monde"); a Belgian non-profit
("l'ASBL" / "the non-profit"); containers counted in twenty-foot units ("EVP" / "TEU"); the Swiss parties by their German
acronym ("l'UDC" / "the SVP"); a disease named after a physician in French ("la maladie de Charcot" / "ALS"); an English
name and its acronym in brackets, one name ("the Swiss People's Party (SVP)"). Each faithful rendering passes and a
changed one is flagged.
"""

from __future__ import annotations

import pytest
from builders import name_warnings as _names

pytestmark = pytest.mark.filterwarnings("ignore")

FAITHFUL = [
    ("Le club s'est incliné face à Courtrai.", "The club lost to Kortrijk."),
    ("Le marché de Malines rouvre samedi.", "The Mechelen market reopens on Saturday."),
    ("Selon l'ONG Médecins du Monde, la récolte sera faible.", "According to the NGO Médecins du Monde, the harvest will be poor."),
    ("Les subsides ont été versés à l'ASBL du bourgmestre.", "The grants were paid to the mayor's non-profit."),
    ("Le port a traité 1,6 million de conteneurs EVP.", "The port handled 1.6 million TEU."),
    ("Le conseiller national UDC Paul Roth a voté contre.", "Paul Roth, a National Council member for the SVP, voted against."),
    ("Le conseiller national UDC Paul Roth a voté contre.",
     "Paul Roth, a National Council member for the Swiss People's Party (SVP), voted against."),
    ("Aucun traitement ne guérit la maladie de Charcot.", "No treatment cures amyotrophic lateral sclerosis (ALS)."),
]  # fmt: skip


@pytest.mark.parametrize(("fr", "en"), FAITHFUL)
def test_faithful_renderings_raise_no_name_warning(fr: str, en: str) -> None:
    assert _names(fr, en) == []


CHANGED = [
    ("Le club s'est incliné face à Courtrai.", "The club lost to Mechelen."),
    ("Selon l'ONG Médecins du Monde, la récolte sera faible.", "According to the NGO Oxfam, the harvest will be poor."),
    ("Le conseiller national UDC Paul Roth a voté contre.", "Paul Roth, a National Council member for the Greens, voted against."),
    ("Aucun traitement ne guérit la maladie de Charcot.", "No treatment cures multiple sclerosis (MS)."),
]


@pytest.mark.parametrize(("fr", "en"), CHANGED)
def test_a_name_changed_is_still_flagged(fr: str, en: str) -> None:
    assert _names(fr, en)
