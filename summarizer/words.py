"""Words of either language compared as words: folded, made singular, and told alike across the two languages.

One home for the word-level rules the figure check's noun match and the negation check share (the text-level fold
that also searches and maps offsets is :mod:`summarizer.checks.text`).
"""

from __future__ import annotations

import os
import unicodedata

__all__ = ["fold_word", "singular", "cognate"]

#: Plural endings of both languages and their singulars, tried in this order ("galaxies", "journaux", "femmes").
_PLURALS = (("ies", "y"), ("aux", "al"), ("men", "man"), ("eux", "eu"), ("s", ""), ("x", ""))


def fold_word(word: str) -> str:
    """A word in lower case without accents, its hyphens and apostrophes kept ("Grand-Mère" -> "grand-mere")."""
    return "".join(c for c in unicodedata.normalize("NFD", word.lower()) if unicodedata.category(c) != "Mn")


def singular(word: str) -> str:
    """The folded singular of a French or English noun, by its plural ending ("journaux" -> "journal", "galaxies"
    -> "galaxy"; a word of three letters or fewer before the ending stays as it is)."""
    word = fold_word(word).strip()
    for end, new in _PLURALS:
        if word.endswith(end) and len(word) > len(end) + 2:
            return word[: -len(end)] + new
    return word


def cognate(a: str, b: str) -> bool:
    """Whether a French and an English word are one word spelt alike ("important" / "important", "privé" /
    "private", "défense" / "defence", "galaxies" / "galaxy").

    Their folded singulars are equal (three letters or more), or share their first five letters, or their first
    four where the shorter has six letters or fewer and the lengths differ by two at most.
    """
    a, b = singular(a), singular(b)
    if a == b:
        return len(a) >= 3
    prefix = len(os.path.commonprefix([a, b]))
    return prefix >= 5 or (prefix >= 4 and min(len(a), len(b)) <= 6 and abs(len(a) - len(b)) <= 2)
