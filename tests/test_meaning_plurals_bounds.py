"""English sibilant plurals in noun comparison and verbs of passing a level as bounds (own examples)."""

import pytest

from summarizer.figures.meaning import Comparator, english_singulars, read_comparator, same_noun


def _comparator(text: str, figure: str, lang: str) -> Comparator:
    start = text.index(figure)
    return read_comparator(text, start, start + len(figure), lang)


def test_sibilant_plurals_singularised() -> None:
    assert "church" in english_singulars("churches")
    assert "box" in english_singulars("boxes")
    assert same_noun("églises", "churches") is True
    assert same_noun("plages", "beaches") is True
    assert same_noun("plages", "churches") is not True  # a real replacement is still no rendering


@pytest.mark.parametrize(
    ("text", "figure", "lang", "expected"),
    [
        ("La facture ne dépassera pas 50 euros.", "50", "fr", Comparator.AT_MOST),
        ("Les inscriptions ont dépassé les 3 000 cette année.", "3 000", "fr", Comparator.MORE),
        ("The bill exceeded 50 euros.", "50", "en", Comparator.MORE),
        ("Prices crept back up to 4% in May.", "4%", "en", Comparator.NONE),
        ("Sales will top 40% of the market.", "40", "en", Comparator.MORE),
        ("The rate won't top 3% this year.", "3%", "en", Comparator.AT_MOST),
        ("She is among the top 10 players.", "10", "en", Comparator.NONE),
    ],
)
def test_passing_verbs_are_bounds(text: str, figure: str, lang: str, expected: Comparator) -> None:
    assert _comparator(text, figure, lang) is expected
