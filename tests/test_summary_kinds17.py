"""Key-figure kinds of round 17 (every passage written for this file): a range's second end is no conversion, a round
figure the article says again as such is exact, a year opening a span that reaches the article's year is no earlier
year, the number of a class is no figure, a count that a change is measured on is its population, an earlier period
said after a figure."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.filterwarnings("ignore")


def _ranked(text: str) -> dict[str, object]:
    from summarizer import Document, rank_key_figures

    return {r.figure.text: r for r in rank_key_figures(Document.build(text))}


def test_a_range_second_end_is_no_conversion() -> None:
    ranked = _ranked("Les dégâts sont chiffrés de 20 à 30 millions d'euros, selon les assureurs.")
    assert "converted" not in dict(ranked["30 millions d'euros"].terms)  # type: ignore[attr-defined]


def test_a_round_figure_said_again_is_exact_and_a_near_one_is_another_amount() -> None:
    text = ("Le lait payé 500 euros la tonne\n\nLa coopérative paiera 500 euros la tonne à ses producteurs cet hiver. "
            "Le lait bio sera payé 480 euros la tonne.")  # fmt: skip
    ranked = _ranked(text)
    assert "500 euros" in " ".join(ranked)  # the headline's amount is kept, by its own figure
    assert ranked["480 euros"].role != "headline"  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    "text",
    [
        "La fraude a coûté 4,2 millions d'euros à la Sécurité sociale entre 2021 et 2024, selon le tribunal.",
        "La campagne 2024-2025 a rapporté 3,1 milliards de francs CFA aux planteurs, soit une hausse de 12 %.",
    ],
)
def test_a_year_opening_a_span_that_reaches_the_articles_year_is_no_earlier_year(text: str) -> None:
    ranked = _ranked(text)
    first = min(ranked.values(), key=lambda r: r.figure.start)  # type: ignore[attr-defined]
    assert first.role != "comparison"  # type: ignore[attr-defined]


@pytest.mark.parametrize(("text", "number"), [("Le riz de grade 2 se vend 300 francs le kilo.", "2"),
                                              ("La vigilance de niveau 3 a été levée à Nice, où 40 arbres sont tombés.", "3")])  # fmt: skip
def test_the_number_of_a_class_is_no_figure(text: str, number: str) -> None:
    assert number not in _ranked(text)


def test_a_count_a_change_is_measured_on_is_its_population() -> None:
    ranked = _ranked("Les quelque 2 300 communes du pays ont perdu 4 % de leurs habitants en dix ans.")
    assert ranked["2 300"].role == "context"  # type: ignore[attr-defined]
    assert ranked["4 %"].role != "context"  # type: ignore[attr-defined]


def test_an_earlier_period_said_after_a_figure_is_a_comparison() -> None:
    ranked = _ranked("Le groupe a publié une perte de 12 millions, après un bénéfice de 3 millions lors de l'exercice précédent.")
    assert ranked["3 millions"].role == "comparison"  # type: ignore[attr-defined]
