"""Folding and searching text the same way on both sides: accents and case removed, offsets kept."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from functools import lru_cache

from ..words import cognate

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
