"""English sibilant plurals in noun comparison and verbs of passing a level as bounds (own examples)."""

from summarizer.figures.meaning import Comparator, english_singulars, read_comparator, same_noun


def test_sibilant_plurals_singularised() -> None:
    assert "church" in english_singulars("churches")
    assert "box" in english_singulars("boxes")
    assert same_noun("églises", "churches") is True
    assert same_noun("plages", "beaches") is True
    assert same_noun("plages", "churches") is not True  # a real replacement is still no rendering


def test_passing_verbs_are_bounds() -> None:
    fr = "La facture ne dépassera pas 50 euros."
    assert read_comparator(fr, fr.index("50"), fr.index("50") + 2, "fr") is Comparator.AT_MOST
    en = "The bill exceeded 50 euros."
    assert read_comparator(en, en.index("50"), en.index("50") + 2, "en") is Comparator.MORE
    en = "Prices crept back up to 4% in May."
    assert read_comparator(en, en.index("4%"), en.index("4%") + 2, "en") is Comparator.NONE


def test_top_is_a_bound_only_as_a_verb() -> None:
    en = "Sales will top 40% of the market."
    assert read_comparator(en, en.index("40"), en.index("40") + 3, "en") is Comparator.MORE
    en = "The rate won't top 3% this year."
    assert read_comparator(en, en.index("3%"), en.index("3%") + 2, "en") is Comparator.AT_MOST
    en = "She is among the top 10 players."
    assert read_comparator(en, en.index("10"), en.index("10") + 2, "en") is Comparator.NONE
