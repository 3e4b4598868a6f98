"""evaluation.renamed: names replaced consistently on both sides, articles adjusted, errors made from them."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from evaluation import renamed
from evaluation.critical import DEFAULT_DATA, Pair


def _entry(french: str) -> renamed.Entry:
    return next(e for e in renamed.countries() if e.fr == french)


@pytest.mark.parametrize(
    ("old", "new", "fr", "expected"),
    [
        ("Pérou", "Tunisie", "Le port du Pérou exporte au Pérou.", "Le port de Tunisie exporte en Tunisie."),
        ("Tunisie", "Pérou", "La Tunisie vend de la Tunisie.", "Le Pérou vend du Pérou."),
        ("Pérou", "Ouganda", "Le Pérou reçoit l'aide du Pérou.", "L'Ouganda reçoit l'aide d'Ouganda."),
        ("Pérou", "Philippines", "Il vit au Pérou.", "Il vit aux Philippines."),
    ],
)
def test_the_french_article_follows_the_new_country(old: str, new: str, fr: str, expected: str) -> None:
    assert renamed._replace_french(fr, _entry(old), _entry(new), True) == expected


def test_a_country_of_no_article_is_no_replacement_and_the_english_article_follows() -> None:
    names = {e.fr for e in renamed.countries()}
    assert "Cuba" not in names and "Tunisie" in names
    us, peru = _entry("États-Unis"), _entry("Pérou")
    assert us.the and us.gender == "p" and not peru.the
    assert renamed._replace_english("Trade with the United States grew.", us, peru) == "Trade with Peru grew."


def test_a_pair_is_renamed_only_where_no_other_form_of_the_name_is_left() -> None:
    pair = Pair(1, "Les exportations du Pérou et les ports péruviens.", "Peru's exports and Peruvian ports.", "d1")
    variants = renamed._table_variants(pair, "country", renamed.countries(), random.Random(1), True)
    assert variants == []  # "péruviens" / "Peruvian" would still name the old country
    pair = Pair(2, "Les exportations du Pérou ont baissé.", "Peru's exports fell.", "d1")
    (variant,) = renamed._table_variants(pair, "country", renamed.countries(), random.Random(1), True)
    assert "Pérou" not in variant.fr and "Peru" not in variant.en and variant.new.en in variant.en


def test_the_errors_replace_or_drop_the_new_name_on_the_english_side() -> None:
    pair = Pair(3, "Il vit au Pérou.", "He lives in Peru.", "d1")
    variant = renamed.Variant(pair, "country", _entry("Pérou"), _entry("Tunisie"), "Il vit en Tunisie.", "He lives in Tunisia.")
    made = dict(renamed.errors(variant, random.Random(2)))
    assert made["dropped"] == "He lives."
    assert "Tunisia" not in made["replaced"] and "Peru" not in made["replaced"]


def test_the_measure_runs_on_the_shared_data() -> None:
    if not Path(DEFAULT_DATA).is_dir():
        pytest.skip("../shared/data/parallel-dev is absent")
    from summarizer import parsing

    if not (parsing.available("fr") and parsing.available("en")):
        pytest.skip("spaCy parsers not installed")
    assert renamed.main(["--limit", "40", "--json"]) == 0
