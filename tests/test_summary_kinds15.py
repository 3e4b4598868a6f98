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
