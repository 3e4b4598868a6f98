"""Kinds of key-figure cases of round 15 (issue 20): the written split of the evaluation, and the kinds the ranking
reads in grammar (each with its own examples in news style and a counterpart that keeps its rank)."""

from __future__ import annotations

from pathlib import Path

import pytest

from evaluation import keyfigures


def test_the_written_split_loads_the_invented_passages_and_their_gold() -> None:
    if not keyfigures.WRITTEN_GOLD.exists():
        pytest.skip("the written passages are not in this checkout")
    articles = keyfigures.load_news("written")
    assert len(articles) == 10 and all(a.text and a.first_line == 1 for a in articles)
    rows = [g for a in articles for g in a.gold]
    assert len(rows) == len(keyfigures.load_news_gold(keyfigures.WRITTEN_GOLD)) and all(g.lines for g in rows)
    assert all(any(g.key for g in a.gold) for a in articles)  # each passage has its key figures
    assert "article" not in {g.article for g in rows}  # the header row naming the columns is no figure


def test_the_written_split_reads_passages_from_a_folder_given(tmp_path: Path) -> None:
    if not keyfigures.WRITTEN_GOLD.exists():
        pytest.skip("the written passages are not in this checkout")
    assert keyfigures.load_news("written", tmp_path) == []  # the gold without its passages: nothing to measure
    with pytest.raises(ValueError):
        keyfigures.load_news("unknown")


def _ranked(text: str) -> dict[str, object]:
    from summarizer import Document, rank_key_figures

    return {r.figure.text: r for r in rank_key_figures(Document.build(text))}


@pytest.mark.parametrize(
    ("text", "exact"),
    [
        ("Transport : la fréquentation du réseau grimpe de 12 % sur un an\n\n"
         "Les bus et les tramways de l'agglomération ont transporté 84 millions de voyageurs, soit une hausse de 12,4 %.",
         "12,4 %"),
        ("Le chômage recule à 7,3 % au troisième trimestre\n\n"
         "Le taux de chômage s'établit à 7,27 % de la population active, selon l'institut, qui recense 2,2 millions de "
         "demandeurs.", "7,27 %"),
    ],
)
def test_a_title_rate_rounded_and_the_bodys_exact_rate_are_one_fact(text: str, exact: str) -> None:
    ranked = _ranked(text)
    rates = [t for t, r in ranked.items() if r.figure.kind == "percent"]
    assert rates == [exact]  # one fact once, in its exact form, with the title's place
    assert ranked[exact].role == "headline"


def test_a_body_rate_the_title_rate_does_not_round_stays_a_fact_of_its_own() -> None:
    ranked = _ranked("Les ventes de vélos progressent de 18 % en un an\n\n"
                     "Les ventes ont progressé de 18,2 % ; celles des vélos électriques de 18,6 %.")
    assert "18,6 %" in ranked  # 18 is not 18.6 rounded: another rate
    assert [t for t in ranked if t.startswith("18")].count("18 %") + ("18,2 %" in ranked) == 1  # 18 and 18,2: one fact


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("La coopérative a réalisé un chiffre d'affaires de 320 millions d'euros cette année.\n\n"
         "Elle versera un dividende de 150 euros par action, contre 120 euros l'an dernier.", "150 euros"),
        ("Les échanges de la Bourse ont atteint 2 milliards de francs cette année.\n\n"
         "Le titre du cimentier a clôturé à 21 400 francs par action et celui du brasseur à 8 900 francs par action.",
         "21 400 francs"),
    ],
)
def test_a_price_per_unit_or_a_value_and_the_one_it_is_compared_with_are_no_parts_of_a_total(text: str, amount: str) -> None:
    ranked = _ranked(text)
    assert ranked[amount].role != "comparison"  # a price per share or per kilogram, not a part of the year's sum


def test_amounts_that_break_a_total_down_stay_its_parts() -> None:
    ranked = _ranked("La région a investi 90 millions d'euros cette année.\n\n"
                     "Elle a consacré 40 millions d'euros aux routes et 25 millions d'euros aux écoles.")
    assert ranked["40 millions d'euros"].role == "comparison" and ranked["90 millions d'euros"].role != "comparison"
