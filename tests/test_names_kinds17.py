"""Name kinds of round 17: an acronym of a common noun or of a country said by its English, and a French adjective of a
country said by the country's English name (no added name). Every sentence is written for this file."""

from __future__ import annotations

import pytest
from builders import name_warnings as _names

pytestmark = pytest.mark.filterwarnings("ignore")


@pytest.mark.parametrize(
    ("fr", "en"),
    [
        ("Plusieurs ONG ont dénoncé les expulsions à Calais.", "Several aid groups condemned the evictions in Calais."),
        ("Le SMIC augmentera en janvier, a annoncé Matignon.", "The minimum wage will rise in January, the prime minister's office said."),
        ("Des pluies diluviennes ont frappé l'ouest de la RDC.", "Torrential rain hit western DR Congo."),
        ("Le groupe américain a racheté son rival lyonnais.", "The US group has bought its Lyon rival."),
        ("Les investisseurs allemands se retirent de Lille.", "German investors are pulling out of Lille."),
    ],
)
def test_faithful_renderings_raise_no_name_warning(fr: str, en: str) -> None:
    assert _names(fr, en) == []


@pytest.mark.parametrize(
    ("fr", "en"),
    [
        ("Des pluies diluviennes ont frappé l'ouest de la RDC.", "Torrential rain hit western Angola."),
        ("Le groupe américain a racheté son rival de Lyon.", "The US group has bought its Marseille rival."),
    ],
)
def test_a_name_changed_is_still_flagged(fr: str, en: str) -> None:
    assert _names(fr, en)
