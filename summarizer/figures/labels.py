"""Labels: the words that say what a figure counts (read from the words around it; the French parse is in ``summarizer.facts``)."""

from __future__ import annotations

import re
from typing import Any

from .lexicon import _CONNECTORS, _DETERMINERS, _LABEL_STOP
from .model import Kind

_TOKEN_RE = re.compile(r"[\w'’\-]+|[^\w\s]", re.UNICODE)
_ELISIONS = frozenset("d l qu n s c j jusqu lorsqu puisqu".split())


def _words_after(text: str, pos: int, lang: str, limit: int = 4) -> str:
    """The noun phrase starting at ``pos`` ("tentatives d'immigration illégale")."""
    stop = _LABEL_STOP[lang]
    connectors = _CONNECTORS[lang]
    taken: list[str] = []
    content = 0
    for match in _TOKEN_RE.finditer(text, pos, min(len(text), pos + 160)):
        token = match.group(0)
        if not (token[0].isalnum() or token[0] == "_"):
            break  # punctuation ends the phrase
        lower = token.lower()
        parts = re.split(r"['’]", lower, maxsplit=1)
        head, rest = (parts[0], parts[1]) if len(parts) == 2 else (lower, "")
        if len(parts) == 2 and head in _ELISIONS:
            if head not in ("d", "l"):
                break  # "qu'il", "n'a", "s'élève": a clause starts
            if not taken:
                token, lower = token[len(head) + 1 :], rest
            else:
                taken.append(token)
                content += 1
                if content >= limit:
                    break
                continue
        if lower in connectors:
            if taken:
                taken.append(token)
            continue
        if lower in stop or any(ch.isdigit() for ch in lower) or not lower:
            break
        if lang == "en" and taken and lower.endswith("ed") and len(lower) > 4:
            break  # a past-tense verb: "the company invested"
        if lang == "fr" and taken and re.search(r"(?:ait|aient|era|erait|eraient|eront|èrent)$", lower):
            break  # an imperfect, future or conditional verb: "la France comptait"
        taken.append(token)
        content += 1
        if content >= limit:
            break
    while taken and taken[-1].lower() in connectors:
        taken.pop()
    return " ".join(taken)


def _subject_before(text: str, pos: int, lang: str) -> str:
    """The noun phrase of the clause before ``pos`` that the figure is about ("le taux de chômage")."""
    head = text[max(0, pos - 200) : pos]
    clause = re.split(r"[.;:!?()«»\"“”]|,\s", head)[-1]
    for match in reversed(list(re.finditer(rf"(?:^|\s){_DETERMINERS[lang]}(?:(?<=['’])|\b)\s*(?=\w)", clause, re.I))):
        phrase = _words_after(clause, match.end(), lang, limit=3)
        if phrase:
            return phrase
    if lang != "en":
        return ""
    start = len(clause) - len(clause.lstrip())
    return _words_after(clause, start, lang, limit=3)


def _label(text: str, c: Any, lang: str) -> str:
    """What the candidate ``c`` counts, in the words of ``text``."""
    if c.kind in (Kind.DATE, Kind.YEAR, Kind.NAME, Kind.TIME):
        return ""
    after = _words_after(text, c.end, lang)
    if c.kind == Kind.COUNT and after:
        return after
    if c.kind in (Kind.PERCENT, Kind.MONEY, Kind.MEASURE, Kind.DURATION, Kind.ORDINAL):
        m = re.match(r"\s*(?:de|des|du|d['’]|of|in|on|for)\s*(?=\w)", text[c.end : c.end + 10], re.IGNORECASE)
        if c.kind == Kind.ORDINAL:
            return after
        if m and c.kind == Kind.PERCENT:
            following = _words_after(text, c.end + m.end(), lang)
            if following:
                return following
        if c.kind == Kind.DURATION and m:
            following = _words_after(text, c.end + m.end(), lang)
            if following:
                return following
    return _subject_before(text, c.start, lang) or after
