"""Key-figure kinds of round 19 (every passage written for this file): a title's amount said without its currency is
the body's amount with it, one fact once; a figure compared after "contre respectivement X et" is an earlier value; a
referendum's "oui" count is its tally (context, as "voix"). (What one side asked for now ranks at -2: the test of
round 16, ``test_an_amount_requested_ranks_below_the_one_decided``.)"""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.filterwarnings("ignore")


def _ranked(text: str) -> list[str]:
    from summarizer import Document, rank_key_figures

    return [r.figure.text for r in rank_key_figures(Document.build(text))]


def test_a_titles_amount_without_its_currency_is_the_bodys_amount() -> None:
    text = ("Le canton vote un crédit de 64 millions pour son réseau de trams\n\n"
            "Les électeurs ont approuvé dimanche un crédit de 64 millions de francs destiné au réseau de trams, par 61,2 % "
            "des voix. La participation a atteint 38 %.")  # fmt: skip
    ranked = _ranked(text)
    assert ranked.count("64 millions de francs") == 1 and "64 millions" not in ranked  # one fact, kept with its currency


def test_a_scaled_count_equal_to_an_amount_of_the_body_only_merges_from_the_title() -> None:
    text = "La région a reçu 2 millions de touristes cet été. Le festival a coûté 2 millions d'euros, selon la mairie."
    ranked = _ranked(text)
    assert "2 millions" in ranked and "2 millions d'euros" in ranked  # two facts of the body


def test_a_figure_compared_after_contre_respectivement_is_an_earlier_value() -> None:
    from summarizer import Document, rank_key_figures

    text = ("Grève des crèches : 44 % des structures fermées\n\n"
            "Selon la fédération, 44 % des crèches publiques et 37 % des crèches associatives étaient fermées jeudi, contre "
            "respectivement 30 % et 21 % lors du précédent mouvement.")  # fmt: skip
    roles = {r.figure.text: r.role for r in rank_key_figures(Document.build(text))}
    # (the first of the pair is read as a range's first end, kept once by its second)
    assert roles.get("30 %", "comparison") == "comparison" and roles["21 %"] == "comparison" and roles["37 %"] != "comparison"


def test_a_referendums_yes_count_is_its_tally() -> None:
    from summarizer import Document, rank_key_figures

    text = ("La commune dit oui à 54,6 % au nouveau stade\n\n"
            "Les électeurs ont accepté dimanche le crédit du stade par 1'204 oui contre 998 non. La participation a été "
            "de 47,3 %.")  # fmt: skip
    roles = {r.figure.text: r.role for r in rank_key_figures(Document.build(text))}
    assert roles["1'204"] == "context" and roles["47,3 %"] != "context"
