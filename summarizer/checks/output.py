"""Checks on each model output: a runaway repetition, an implausible length."""

from __future__ import annotations

import re

__all__ = ["runaway_repetition", "length_problem"]

_REPEAT = re.compile(r"(\b.{2,40}?)(?:\s*\1){3,}", re.IGNORECASE)


def runaway_repetition(source: str, translation: str) -> str | None:
    """The phrase repeated four or more times in a row in the translation but not in the source."""
    match = _REPEAT.search(translation)
    if not match:
        return None
    phrase = match.group(1).strip()
    if not phrase or _REPEAT.search(source):
        return None  # the source repeats itself too ("non, non, non, non !")
    return phrase


def length_problem(source: str, translation: str) -> str | None:
    """Explain an implausible length ratio (a truncated or bloated output), or ``None``."""
    if len(source) < 40:
        return None
    ratio = len(translation) / len(source)
    if ratio < 0.35:
        return f"the translation is {ratio:.0%} of the source's length: part of the sentence may be missing"
    if ratio > 3.0:
        return f"the translation is {ratio:.1f} times the source's length: it may contain invented text"
    return None
