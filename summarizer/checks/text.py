"""Folding and searching text the same way on both sides: accents and case removed, offsets kept."""

from __future__ import annotations

import os
import re
import unicodedata
from collections.abc import Iterator
from functools import lru_cache

__all__ = ["fold", "cognate", "Folded"]


@lru_cache(maxsize=4096)
def _fold_char(char: str) -> str:
    if char.isalnum():
        base = "".join(c for c in unicodedata.normalize("NFKD", char) if not unicodedata.combining(c))
        return base.casefold()
    return " "


def fold(text: str) -> str:
    """``text`` without accents, in lower case, every run of non-word characters one space ("Île-de-France" -> "ile de france")."""
    return " ".join("".join(_fold_char(c) for c in text).split())


#: Plural endings of both languages and their singulars, tried in this order ("galaxies", "journaux", "femmes").
_PLURALS = (("ies", "y"), ("aux", "al"), ("men", "man"), ("eux", "eu"), ("s", ""), ("x", ""))


def _singular(word: str) -> str:
    word = fold(word)
    for end, new in _PLURALS:
        if word.endswith(end) and len(word) > len(end) + 2:
            return word[: -len(end)] + new
    return word


def cognate(a: str, b: str) -> bool:
    """Whether a French and an English word are one word spelt alike ("important" / "important", "privé" /
    "private", "défense" / "defence", "galaxies" / "galaxy").

    Their folded singulars are equal (three letters or more), or share their first five letters, or their first
    four where the shorter has six letters or fewer and the lengths differ by two at most. The rule the figure
    check's noun match (``figures.meaning``) uses, shared by the checks that need it.
    """
    a, b = _singular(a), _singular(b)
    if a == b:
        return len(a) >= 3
    prefix = len(os.path.commonprefix([a, b]))
    return prefix >= 5 or (prefix >= 4 and min(len(a), len(b)) <= 6 and abs(len(a) - len(b)) <= 2)


class Folded:
    """A text folded once, searched for folded phrases, with every hit mapped back to the text's offsets."""

    def __init__(self, text: str) -> None:
        self.text = text
        chars: list[str] = []
        origin: list[int] = []
        for i, char in enumerate(text):
            piece = _fold_char(char)
            chars.append(piece)
            origin.extend([i] * len(piece))
        self.folded = "".join(chars)
        self._origin = origin
        self.words = set(self.folded.split())

    def find(self, phrase: str) -> Iterator[tuple[int, int]]:
        """Where a folded phrase occurs as whole words, as offsets into the original text."""
        if not phrase:
            return
        pattern = r"(?<!\w)" + r"\s+".join(re.escape(w) for w in phrase.split()) + r"(?!\w)"
        for hit in re.finditer(pattern, self.folded):
            yield self._origin[hit.start()], self._origin[hit.end() - 1] + 1

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The offsets in the text of a non-empty stretch ``[start, end)`` of the folded text."""
        return self._origin[start], self._origin[end - 1] + 1

    def first(self, phrase: str) -> tuple[int, int] | None:
        """The first place a folded phrase occurs, or ``None``."""
        return next(self.find(phrase), None)
