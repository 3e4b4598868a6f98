"""Key-figure kinds of round 16 (every passage written for this file): a change said after "soit", an amount a
prosecutor requested, a prison sentence, a race time read whole by the figure reader."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.filterwarnings("ignore")


def _ranked(text: str) -> dict[str, object]:
    from summarizer import Document, rank_key_figures

    return {r.figure.text: r for r in rank_key_figures(Document.build(text))}


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("Le festival a attiré 2,1 millions d'entrées cet été, soit 8 % de plus qu'en 2022, selon les organisateurs.", "8 %"),
        ("Le port a traité 41 millions de tonnes, soit 3 millions de tonnes de moins que l'an dernier.", "3 millions de tonnes"),
    ],
)
def test_a_change_said_after_soit_is_a_change(text: str, figure: str) -> None:
    assert _ranked(text)[figure].role == "change"


def test_a_share_after_soit_stays_a_comparison() -> None:
    ranked = _ranked("La ville compte 12 000 logements vacants, soit 9 % du parc, selon l'Insee.")
    assert ranked["9 %"].role == "comparison"


def test_an_amount_requested_ranks_below_the_one_decided() -> None:
    ranked = _ranked(
        "Le tribunal a condamné l'armateur à 300 000 euros d'amende mardi. L'accusation avait requis 500 000 euros d'amende."
    )
    assert ranked["300 000 euros"].score > ranked["500 000 euros"].score
    assert dict(ranked["500 000 euros"].terms).get("intention") == -2.0  # a demand (round 19), below a plan's -1


@pytest.mark.parametrize(
    ("text", "sentence"),
    [
        ("Le tribunal a condamné l'ancien maire à six mois d'emprisonnement avec sursis et à 20 000 euros d'amende.", "six mois"),
        ("La cour d'assises a prononcé 15 ans de réclusion criminelle contre l'accusé, jugé pour 3 braquages.", "15 ans"),
    ],
)
def test_a_prison_sentence_is_a_key_figure(text: str, sentence: str) -> None:
    assert sentence in _ranked(text)


def test_a_duration_that_is_no_sentence_stays_out() -> None:
    ranked = _ranked("Les travaux ont duré six mois et coûté 20 000 euros à la commune.")
    assert "six mois" not in ranked and "20 000 euros" in ranked
