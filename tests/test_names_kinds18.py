"""Name kinds of round 18: an organisation's French acronym whose "O" the English name drops, written out ("ONU" /
"United Nations"), and a lowercase phrase the French tagger takes for a name ("sine die"). Every sentence is written
for this file."""

from __future__ import annotations

import pytest
from builders import name_warnings as _names

pytestmark = pytest.mark.filterwarnings("ignore")


@pytest.mark.parametrize(
    ("fr", "en"),
    [
        ("Selon l'ONU, 40 000 familles ont fui le Soudan.", "According to the United Nations, 40,000 families fled Sudan."),
        ("Le procès a été renvoyé sine die par le tribunal de Toulouse.", "The trial was adjourned indefinitely by the Toulouse court."),
    ],
)
def test_faithful_renderings_raise_no_name_warning(fr: str, en: str) -> None:
    assert _names(fr, en) == []


@pytest.mark.parametrize(
    ("fr", "en"),
    [
        ("Selon l'ONU, 40 000 familles ont fui le Soudan.", "According to the World Bank, 40,000 families fled Sudan."),
        ("Le procès a été renvoyé sine die par le tribunal de Toulouse.", "The trial was adjourned indefinitely by the Bordeaux court."),
    ],
)
def test_a_name_changed_is_still_flagged(fr: str, en: str) -> None:
    assert _names(fr, en)
