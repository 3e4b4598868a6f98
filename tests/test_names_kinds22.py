"""Name kinds of round 22 (every example written for this file, none taken from a set or the dev data).

German, Swiss, Italian and Iberian towns and cantons French names in French ("Trèves" / "Trier", "Bâle" / "Basel",
"Tessin" / "Ticino"); Canadian provinces ("Nouveau-Brunswick" / "New Brunswick"); a country by its French periphrasis
("le Grand-Duché" / "Luxembourg"). Each faithful rendering passes and a changed one is flagged.
"""

from __future__ import annotations

import pytest
from builders import name_warnings as _names

pytestmark = pytest.mark.filterwarnings("ignore")

FAITHFUL = [
    ("Les frontaliers viennent de Trèves et de Sarrebruck.", "The commuters come from Trier and Saarbrücken."),
    ("La foire de Bâle ouvre ses portes jeudi.", "The Basel fair opens its doors on Thursday."),
    ("Le Tessin a voté contre le projet.", "Ticino voted against the plan."),
    ("Le Nouveau-Brunswick annonce une hausse des tarifs.", "New Brunswick announces a rise in rates."),
    ("Le Grand-Duché investira dans le rail.", "Luxembourg will invest in rail."),
]  # fmt: skip


@pytest.mark.parametrize(("fr", "en"), FAITHFUL)
def test_faithful_renderings_raise_no_name_warning(fr: str, en: str) -> None:
    assert _names(fr, en) == []


CHANGED = [
    ("Les frontaliers viennent de Trèves et de Sarrebruck.", "The commuters come from Mainz and Saarbrücken."),
    ("Le Tessin a voté contre le projet.", "Geneva voted against the plan."),
]


@pytest.mark.parametrize(("fr", "en"), CHANGED)
def test_a_name_changed_is_still_flagged(fr: str, en: str) -> None:
    assert _names(fr, en)
