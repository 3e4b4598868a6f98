"""Faithful translations of kinds the figure check used to flag, and near misses it must still flag."""

from __future__ import annotations

import pytest

from summarizer import extract_figures
from summarizer.checks.figures import check_pair


def _flagged(fr: str, en: str) -> bool:
    return not check_pair(fr, en).ok


# --------------------------------------------------------------------------- quarters at a sentence start

@pytest.mark.parametrize("fr", ["Au T2, les ventes ont reculé de 4 %.", "AU T4 les commandes ont doublé."])
def test_au_quarter_is_read_whatever_the_case(fr: str) -> None:
    assert [f.value for f in extract_figures(fr, "fr") if f.text.endswith(("T2", "T4"))] in ([2], [4])


def test_au_quarter_at_a_sentence_start_matches_an_ordinal() -> None:
    assert not _flagged("Au T2, les ventes ont reculé de 4 %.", "In the second quarter, sales fell 4%.")


def test_au_quarter_with_another_quarter_is_flagged() -> None:
    assert _flagged("Au T2, les ventes ont reculé de 4 %.", "In the third quarter, sales fell 4%.")


# --------------------------------------------------------------------------- British glued "pc"

def test_glued_lowercase_pc_is_a_percentage() -> None:
    assert [(f.value, f.kind) for f in extract_figures("Fares went up 7pc this winter.", "en")] == [(7, "percent")]


def test_glued_pc_matches_a_french_percentage_and_a_change_is_flagged() -> None:
    assert not _flagged("Les tarifs ont augmenté de 7 % cet hiver.", "Fares went up 7pc this winter.")
    assert _flagged("Les tarifs ont augmenté de 7 % cet hiver.", "Fares went up 9pc this winter.")


def test_uppercase_glued_pc_stays_a_name() -> None:
    assert all(f.kind != "percent" for f in extract_figures("He bought a 486PC in the sale.", "en"))


# --------------------------------------------------------------------------- currency on one end, scale on the other

@pytest.mark.parametrize("en", ["The bridge will cost $3-4 billion.", "The bridge will cost £3 to 4 billion."])
def test_currency_first_and_scale_second_spread_to_both_ends(en: str) -> None:
    found = [(f.value, f.kind) for f in extract_figures(en, "en")]
    assert found == [(3_000_000_000, "money"), (4_000_000_000, "money")]


def test_a_range_split_between_currency_and_scale_matches_french() -> None:
    fr = "Le pont coûtera de 3 à 4 milliards de dollars."
    assert not _flagged(fr, "The bridge will cost $3-4 billion.")
    assert _flagged(fr, "The bridge will cost $3-5 billion.")


# --------------------------------------------------------------------------- sports scores

SCORES = [
    ("Lyon s'est imposée 3-1 face à Nantes.", "Lyon won 3-1 against Nantes."),
    ("Les Bleus ont été battus sur le score de 2-0.", "The French team was beaten by 2-0."),
    ("La rencontre s'est achevée par un nul 2-2.", "The game ended in a 2-2 draw."),
    ("Elle l'a emporté 7-5, 6-4 en finale.", "She won 7-5, 6-4 in the final."),
    ("Rennes menait 1-0 à la pause.", "Rennes were leading 1-0 at half-time."),
]


@pytest.mark.parametrize(("fr", "en"), SCORES, ids=[s[1][:30] for s in SCORES])
def test_a_score_is_not_two_counts(fr: str, en: str) -> None:
    assert not _flagged(fr, en)
    assert not [f for f in extract_figures(en, "en") if f.kind == "count"]


@pytest.mark.parametrize(
    "en", ["The party won 10-12 seats in the north.", "They lost 3-4 players to injury.", "Sales rose 5-6% in May."]
)
def test_a_range_after_a_result_verb_is_still_read(en: str) -> None:
    assert len(extract_figures(en, "en")) == 2


def test_a_score_before_a_time_is_a_score_and_its_reversal_is_flagged() -> None:
    fr = "Ils veulent gagner 3-1 chaque samedi."
    assert not _flagged(fr, "They want to win 3-1 every Saturday.")
    assert _flagged(fr, "They want to win 1-3 every Saturday.")
    assert _flagged("Le PSG s'est incliné 2-0 à Nice.", "PSG lost 0-2 in Nice.")
