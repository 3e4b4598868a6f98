"""The base of every closed vocabulary of the package: a ``str`` enum that equals its value as a string.

``Kind.COUNT == "count"``, ``FlagCode.FIGURES == "figures"``, ``Role.HEADLINE == "headline"``: the JSON and any
comparison with a plain string are unchanged, and a misspelled member is an ``AttributeError`` where a
misspelled string would have passed silently. (Python 3.10 has no ``enum.StrEnum``; this is the same thing.)
"""

from __future__ import annotations

from enum import Enum

__all__ = ["Vocabulary"]


class Vocabulary(str, Enum):
    """A closed vocabulary whose members equal their values as strings, and print as them."""

    def __str__(self) -> str:
        return str(self.value)

    def __format__(self, spec: str) -> str:
        return format(self.value, spec)
