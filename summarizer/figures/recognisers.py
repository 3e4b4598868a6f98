"""One recogniser per kind of figure, run in order over a text; each owns the characters it reads.

A recogniser finds candidates (a span, a value, a kind); the ones that come first in
:data:`RECOGNISERS` own their characters ("15 mars 2022" is a date before "2022" can be a year).
"""

from __future__ import annotations

import re
from abc import ABC, abstractmethod

from .context import Spans, _Candidate, _excluded_spans, _identifier, _is_year, _left_context, _right_context
from .lexicon import (
    _APPROX_NOUNS,
    _DATE,
    _DAY_WORDS,
    _DECADE,
    _DIGITS,
    _GLUED_NAME,
    _GLUED_OK,
    _MONTHS_EN,
    _MONTHS_FR,
    _NUMERIC_DATE,
    _ORDINAL_SUFFIX,
    _ORDINAL_WORDS,
    _SCALES,
    _SPELLED,
    _TIMES,
)
from .model import Kind
from .numerals import _readings, _spelled_value, _to_number

__all__ = ["Recogniser", "RECOGNISERS", "find_candidates"]

Found = list[tuple[_Candidate, str]]


class Recogniser(ABC):
    """Finds one kind of figure in a text.

    Attributes:
        name: The recogniser's name in :data:`RECOGNISERS`.
    """

    name: str = ""

    @abstractmethod
    def find(self, text: str, lang: str, taken: Spans, excluded: Spans) -> Found:
        """The candidates in ``text`` that overlap neither ``taken`` nor ``excluded`` spans.

        Implementations append the spans they read to ``taken``.
        """


class DateRecogniser(Recogniser):
    """ "15 mars 2022", "mai 2013", "December 21st", "the twenty-first of December", "Dec. 6"."""

    name = "date"

    def find(self, text: str, lang: str, taken: Spans, excluded: Spans) -> Found:
        found: Found = []
        for m in _DATE[lang].finditer(text):
            groups = m.groupdict()
            day = groups.get("day") or groups.get("day1") or groups.get("day2")
            word = groups.get("dayw1") or groups.get("dayw2")
            if word and not day:
                day = str(_DAY_WORDS[word.lower()])
            year = groups.get("year")
            if not day and not year:
                continue
            month_key = m.group("month").lower().rstrip(".")
            month = (_MONTHS_FR if lang == "fr" else _MONTHS_EN).get(month_key)
            if month is None or (day and not 1 <= int(day) <= 31):
                continue
            if lang == "en" and month_key == "may" and not ((day or year) and m.group("month") == "May"):
                continue  # the modal verb
            if lang == "en" and month_key in ("mar", "jan") and not year:
                continue
            if lang == "en" and month_key == "dec" and not (year or m.group("month").endswith(".")):
                continue
            if year and day:
                value = f"{int(year):04d}-{month:02d}-{int(day):02d}"
            elif year:
                value = f"{int(year):04d}-{month:02d}"
            else:
                value = f"--{month:02d}-{int(day or 0):02d}"
            found.append((_Candidate(m.start(), m.end(), 0.0, kind=Kind.DATE, value_str=value), m.group(0)))
            taken.append((m.start(), m.end()))
        return found


#: English decades in words: "the Eighties", "the late sixties".
_DECADE_WORDS = re.compile(r"(?<![\w-])(twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)(?![\w-])", re.I)
_DECADE_WORD_VALUES = {
    w: 1920 + 10 * i for i, w in enumerate("twenties thirties forties fifties sixties seventies eighties nineties".split())
}


class DecadeRecogniser(Recogniser):
    """ "années 60", "les années 1990 et 2000", "1990s", "80's", "the Eighties"."""

    name = "decade"

    def find(self, text: str, lang: str, taken: Spans, excluded: Spans) -> Found:
        decades: list[tuple[int, int, str]] = []  # (start, end, digits): the span covers "60s" / "années 60" digits
        for m in _DECADE[lang].finditer(text):
            decades.append((m.start(1), m.end(), m.group(1)))
            if lang == "fr":  # "les années 1990 et 2000": the second is a decade too
                more = re.match(r"\s+(?:et|ou|à)\s+((?:19|20)?\d0)(?![\d\w])", text[m.end() :])
                if more:
                    decades.append((m.end() + more.start(1), m.end() + more.end(1), more.group(1)))
        if lang == "en":
            for m in _DECADE_WORDS.finditer(text):
                if re.search(r"(?:the|early|mid|late|mid-)\s*$", text[max(0, m.start() - 12) : m.start()], re.I):
                    decades.append((m.start(), m.end(), str(_DECADE_WORD_VALUES[m.group(1).lower()])))
        found: Found = []
        for start, end, digits in decades:
            if taken.overlaps(start, end):
                continue
            decade = int(digits) + (1900 if len(digits) == 2 else 0)
            found.append((_Candidate(start, end, 0.0, kind=Kind.DATE, value_str=f"{decade}s"), digits))
            taken.append((start, end))
        return found


def _time_value(match: re.Match[str]) -> str | None:
    """``T15:00`` (or ``t08:35`` when the half of the day is not said), ``None`` for an impossible time."""
    groups = match.groupdict()
    hour, minute = int(groups["h"]), int(groups.get("m") or 0)
    marker = (groups.get("ap") or "").lower().replace(".", "")
    if marker:
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if marker == "pm" else 0)
    if not (0 <= hour <= 24 and 0 <= minute <= 59):
        return None
    ambiguous = not marker and re.search(r"\d[:.]\d", match.group(0)) is not None and hour <= 12  # "8:35": either half
    return f"{'t' if ambiguous else 'T'}{hour % 12 if ambiguous else hour:02d}:{minute:02d}"


class TimeRecogniser(Recogniser):
    """Clock times: "15 heures", "10h00", "21h30"; "3 pm", "9.30pm", "10:00", "8 o'clock"."""

    name = "time"

    def find(self, text: str, lang: str, taken: Spans, excluded: Spans) -> Found:
        found: Found = []
        for pattern in _TIMES[lang]:
            for m in pattern.finditer(text):
                start = m.start("h")
                clock = _time_value(m)
                if clock is None or taken.overlaps(start, m.end()):
                    continue
                if lang == "fr" and re.search(r"(?:pendant|durant|en|de|après|pour)\s+$", text[max(0, start - 12) : start], re.I):
                    if re.fullmatch(r"\d{1,2}\s?h\s?\d{2}", m.group(0)):
                        # "pendant 1h30": a duration, in hours
                        hours, minutes = re.findall(r"\d+", m.group(0))
                        c = _Candidate(start, m.end(), int(hours) + int(minutes) / 60, kind=Kind.DURATION, unit="h",
                                       has_unit=True)  # fmt: skip
                        found.append((c, m.group(0)))
                        taken.append((start, m.end()))
                        continue
                found.append((_Candidate(start, m.end(), 0.0, kind=Kind.TIME, value_str=clock), m.group(0)))
                taken.append((start, m.end()))
        return found


class NumericDateRecogniser(Recogniser):
    """ "06/09/2013", "6.9.2013"."""

    name = "numeric-date"

    def find(self, text: str, lang: str, taken: Spans, excluded: Spans) -> Found:
        found: Found = []
        for m in _NUMERIC_DATE.finditer(text):
            day, month, year = (int(m.group(1)), int(m.group(3)), int(m.group(4)))
            if 1 <= day <= 31 and 1 <= month <= 12 and not taken.overlaps(m.start(), m.end()):
                c = _Candidate(m.start(), m.end(), 0.0, kind=Kind.DATE, value_str=f"{year:04d}-{month:02d}-{day:02d}")
                found.append((c, m.group(0)))
                taken.append((m.start(), m.end()))
        return found


_SCORE = re.compile(r"(?<![\d.,])(\d{1,2}\s?[-–]\s?\d{1,2})(?![\d]|[.,]\d)")


class DigitRecogniser(Recogniser):
    """Numbers in digits with what surrounds them: counts, money, percentages, measures, durations, years, ordinals.

    A number that names something ("route 131", "Ligue 1") is read as a ``Kind.NAME`` whose value is its
    digits, so the checker can require them copied exactly.
    """

    name = "digits"

    def find(self, text: str, lang: str, taken: Spans, excluded: Spans) -> Found:
        found: Found = []
        for m in _DIGITS[lang].finditer(text):
            start, end, raw = m.start(), m.end(), m.group(0)
            if taken.overlaps(start, end) or excluded.overlaps(start, end):
                continue
            glued = text[end : end + 8]
            c = _Candidate(start, end, _to_number(raw, lang))
            c.readings = _readings(raw, lang)
            om = _ORDINAL_SUFFIX[lang].match(glued)
            if om and not _GLUED_OK.match(glued):
                c.kind = Kind.ORDINAL
                c.end = end + om.end()
                c.has_unit = True
            elif re.match(r"[A-Za-zÀ-ÿ]", glued) and not _GLUED_OK.match(glued):
                found.append((_name(start, end, raw), raw))  # "3D", "5G": part of a name
                taken.append((start, end))
                continue
            elif re.match(r"\.\d", glued) or re.match(r",\d", glued) and lang == "en":
                continue  # article 49.3 and the like
            if lang == "fr" and re.fullmatch(r"\d+\.\d{1,2}", raw):
                c.kind = Kind.OTHER  # "49.3", versions: a dot decimal is not French
            if re.search(r"(?:magnitude|richter|note|score|indice)\s+(?:de\s+|of\s+)?$", text[max(0, start - 20) : start], re.I):
                c.kind = Kind.OTHER  # a magnitude or a score: a reading, not an amount
            if c.kind not in (Kind.ORDINAL, Kind.OTHER):
                _right_context(text, c, lang)
            _left_context(text, c, lang)
            if _identifier(text, start, end, raw, lang, c.has_unit or c.scale != 1):
                found.append((_name(start, end, raw), raw))
                taken.append((start, end))
                continue
            if c.kind == Kind.COUNT and _is_year(text, c, raw, lang):
                c.kind = Kind.YEAR
            found.append((c, raw))
            taken.append((c.start, c.end))
        return found


def _name(start: int, end: int, raw: str) -> _Candidate:
    """A number inside a name or an identifier: its digits are its value."""
    digits = " ".join(re.findall(r"\d+(?:[.,]\d+)*", raw))
    return _Candidate(start, end, 0.0, kind=Kind.NAME, has_unit=True, value_str=digits)


class NameRecogniser(Recogniser):
    """Digits glued to letters in a name ("Covid-19", "G7", "A320", "I/43") and scores ("4-0"): copied, not counted."""

    name = "name"

    def find(self, text: str, lang: str, taken: Spans, excluded: Spans) -> Found:
        found: Found = []
        for pattern in (_GLUED_NAME, _SCORE):
            for m in pattern.finditer(text):
                start, end = (m.start(1), m.end(1)) if pattern is _SCORE else (m.start(), m.end())
                if taken.overlaps(start, end) or not excluded.overlaps(start, end):
                    continue
                found.append((_name(start, end, text[start:end]), text[start:end]))
                taken.append((start, end))
        return found


class SpelledRecogniser(Recogniser):
    """Numbers in words: "douze mille", "forty thousand", "nonante-deux", "un demi-million"."""

    name = "spelled"

    def find(self, text: str, lang: str, taken: Spans, excluded: Spans) -> Found:
        found: Found = []
        for m in re.finditer(r"(?<![\w-])(?:un\s+|a\s+)?(demi|half)[\s-](million|milliard|billion)(?![\w-])", text, re.I):
            if not taken.overlaps(m.start(), m.end()):
                scale = 1e6 if m.group(2).lower() == "million" else 1e9
                c = _Candidate(m.start(), m.end(), 0.5, spelled=True, scale=scale)
                _right_context(text, c, lang)
                found.append((c, m.group(0)))
                taken.append((c.start, c.end))
        for m in re.finditer(r"(?<![\w-])(\w+)\s+and\s+a\s+half\s+(thousand|million|billion)(?![\w-])", text, re.I):
            whole = _spelled_value(m.group(1), lang) if lang == "en" else None  # "one and a half thousand"
            if whole is not None and not taken.overlaps(m.start(), m.end()):
                scale = {"thousand": 1e3, "million": 1e6, "billion": 1e9}[m.group(2).lower()]
                c = _Candidate(m.start(), m.end(), whole + 0.5, spelled=True, scale=scale)
                _right_context(text, c, lang)
                found.append((c, m.group(0)))
                taken.append((c.start, c.end))
        for m in _SPELLED[lang].finditer(text):
            start, end, raw = m.start(), m.end(), m.group(0)
            if taken.overlaps(start, end) or excluded.overlaps(start, end):
                continue
            words = raw.lower().replace("-", " ").split()
            if words in (["un"], ["une"], ["one"]):
                c = _Candidate(start, end, 1.0, spelled=True)
                _right_context(text, c, lang)
                if c.kind == Kind.MEASURE and text[c.end : c.end + 1] != "-":  # "plus one degree"; not "un nœud-papillon"
                    found.append((c, raw))
                    taken.append((c.start, c.end))
                continue
            if words in (["zéro"], ["zero"]):
                continue
            if lang == "fr" and words == ["neuf"] and not re.match(r"\s+[a-zà-ÿ]", text[end : end + 3]):
                continue  # "un bâtiment neuf"
            if words[0] in ("mille", "million", "millions", "milliard", "milliards", "thousand", "hundred", "cent", "cents"):
                if words[0] != "cent" and not re.match(r"\s", text[end : end + 1]):
                    continue
            if words[0] in _SCALES[lang] and re.search(r"\d[\s\u00a0\u202f]*$", text[max(0, start - 3) : start]):
                continue  # the scale of a digit number already read
            if words[-1] in ("millions", "milliards", "billions") and len(words) == 1:
                continue  # "des millions", "a few millions": no number
            number = _spelled_value(raw, lang)
            if number is None:
                # "three and nine degrees": two numbers joined by "and", not one
                for part in re.finditer(r"(?:(?!\s+(?:and|et)\s+).)+", raw, re.I):
                    value = _spelled_value(part.group(0), lang)
                    words = part.group(0).lower().split()
                    if value is not None and words not in (["un"], ["une"], ["one"]):
                        self._add(text, lang, start + part.start(), start + part.end(), value, found, taken)
                continue
            self._add(text, lang, start, end, number, found, taken)
        return found

    @staticmethod
    def _add(text: str, lang: str, start: int, end: int, number: int, found: Found, taken: Spans) -> None:
        c = _Candidate(start, end, float(number), spelled=True)
        _right_context(text, c, lang)
        _left_context(text, c, lang)
        found.append((c, text[start:end]))
        taken.append((c.start, c.end))


_APPROX_NOUN_RE = re.compile(
    r"(?<![\w])(?:une?|quelques)\s+(dizaines?|douzaines?|quinzaines?|vingtaines?|trentaines?|quarantaines?|"
    r"cinquantaines?|soixantaines?|centaines?|milliers?)(?![\w])",
    re.IGNORECASE,
)
_FRACTIONS = {
    "fr": re.compile(r"(?<![\w])(?:la\s+)?(moitié|tiers|quart)(?![\w])", re.I),
    "en": re.compile(r"(?<![\w])(?:a\s+|one\s+)?(half|third|quarter)(?![\w])", re.I),
}
_FRACTION_VALUES = {"moitié": 0.5, "half": 0.5, "tiers": 1 / 3, "third": 1 / 3, "quart": 0.25, "quarter": 0.25}
#: "sur un an", "il y a un an", "un an plus tard"; "for a year", "a year ago" (not "une année record").
_ONE_UNIT = {
    "fr": re.compile(
        r"(?:(?<=\ben\s)|(?<=\bsur\s)|(?<=\bdepuis\s)|(?<=\bpendant\s)|(?<=\bdurant\s)|(?<=\bdans\s)|(?<=\bpour\s)|"
        r"(?<=\by\sa\s)|(?<=\bd['’])|(?<=\bde\s)|(?<=\baprès\s))(?:un|une)\s+(an|année|mois|semaine|jour|heure|siècle|décennie)(?![\w])"
        r"|(?<![\w-])(?:un|une)\s+(an|année|mois|semaine|jour|heure|siècle|décennie)(?=\s+(?:plus\s+tard|plus\s+tôt|auparavant))",
        re.I,
    ),
    "en": re.compile(
        r"(?:(?<=\bin\s)|(?<=\bfor\s)|(?<=\bover\s)|(?<=\bwithin\s)|(?<=\bafter\s)|(?<=\bof\s))(?:one|a)\s+"
        r"(year|month|week|day|hour|century|decade)(?![\w-])|(?<![\w-])(?:one|a)\s+(year|month|week|day|hour|century|decade)"
        r"(?=\s+(?:ago|later|earlier|before))",
        re.I,
    ),
}


class WordAmountRecogniser(Recogniser):
    """Amounts said with a noun: "une dizaine", "a dozen", "la moitié", "un tiers", "un an"."""

    name = "word-amount"

    def find(self, text: str, lang: str, taken: Spans, excluded: Spans) -> Found:
        found: Found = []

        def add(c: _Candidate, raw: str) -> None:
            found.append((c, raw))
            taken.append((c.start, c.end))

        if lang == "fr":
            for m in _APPROX_NOUN_RE.finditer(text):
                if taken.overlaps(m.start(), m.end()) or m.group(0).lower().startswith("quelques"):
                    continue
                c = _Candidate(m.start(), m.end(), float(_APPROX_NOUNS[m.group(1).lower().rstrip("s")]), spelled=True)
                c.approximate = True
                add(c, m.group(0))
        else:
            for m in re.finditer(r"(?<![\w])(?:a|one)\s+dozen(?![\w])", text, re.IGNORECASE):  # "une douzaine" -> "a dozen"
                if not taken.overlaps(m.start(), m.end()):
                    c = _Candidate(m.start(), m.end(), 12.0, spelled=True)
                    c.approximate = True
                    add(c, m.group(0))
        for m in _FRACTIONS[lang].finditer(text):
            if taken.overlaps(m.start(), m.end()):
                continue
            if lang == "en" and m.group(1).lower() == "third" and not re.match(r"\s+of\b", text[m.end() : m.end() + 4]):
                continue  # "the third time": an ordinal, read elsewhere
            if lang == "en" and m.group(1).lower() == "quarter" and not re.match(r"\s+of\b", text[m.end() : m.end() + 4]):
                continue  # "the third quarter": a period
            if lang == "fr" and m.group(1).lower() == "quart" and not re.match(r"\s+d", text[m.end() : m.end() + 3]):
                continue
            c = _Candidate(m.start(), m.end(), _FRACTION_VALUES[m.group(1).lower()], spelled=True, unit="fraction")
            add(c, m.group(0))
        for m in _ONE_UNIT[lang].finditer(text):
            if not taken.overlaps(m.start(), m.end()):
                unit = (m.group(1) or m.group(2)).lower()
                c = _Candidate(m.start(), m.end(), 1.0, kind=Kind.DURATION, spelled=True, unit=unit, has_unit=True)
                add(c, m.group(0))
        return found


class OrdinalWordRecogniser(Recogniser):
    """Ordinals in words: "deuxième", "fifth", "twenty-first"."""

    name = "ordinal-word"

    def find(self, text: str, lang: str, taken: Spans, excluded: Spans) -> Found:
        found: Found = []
        for word, number in _ORDINAL_WORDS[lang].items():
            for m in re.finditer(rf"(?<![\w-]){word}(?![\w-])", text, re.IGNORECASE):
                if not taken.overlaps(m.start(), m.end()):
                    c = _Candidate(m.start(), m.end(), float(number), kind=Kind.ORDINAL, spelled=True, has_unit=True)
                    found.append((c, m.group(0)))
                    taken.append((m.start(), m.end()))
        return found


_ROUNDS = {
    "fr": re.compile(r"(?<![\w])(\d{1,2})(?:e|es|ème|èmes)\s+de\s+finale(?![\w])", re.I),
    "en": re.compile(r"(?<![\w])(?:last|round\s+of)\s+(16|32|64)(?![\w])(?!\s+[a-z]+s\b)", re.I),  # not "last 16 years"
}
_ROMAN = re.compile(r"(?<![\w])([IVXL]{1,6})(?:e|è|ème|er)\s+(siècle|millénaire)(?![\w])")


def _roman(numeral: str) -> int | None:
    values = {"I": 1, "V": 5, "X": 10, "L": 50}
    total = 0
    for i, ch in enumerate(numeral):
        v = values[ch]
        total += -v if i + 1 < len(numeral) and values[numeral[i + 1]] > v else v
    return total if 0 < total < 40 else None


class RoundRecogniser(Recogniser):
    """Rounds and centuries that are names: "8es de finale" = "last 16"; "XIXe siècle" = "19th century"."""

    name = "round"

    def find(self, text: str, lang: str, taken: Spans, excluded: Spans) -> Found:
        found: Found = []
        for m in _ROUNDS[lang].finditer(text):
            if taken.overlaps(m.start(), m.end()):
                continue
            teams = int(m.group(1)) * (2 if lang == "fr" else 1)  # eighth-finals are played by 16 teams
            found.append((_Candidate(m.start(), m.end(), 0.0, kind=Kind.OTHER, value_str=f"round of {teams}"), m.group(0)))
            taken.append((m.start(), m.end()))
        if lang == "fr":
            for m in _ROMAN.finditer(text):
                number = _roman(m.group(1))
                if number is None or taken.overlaps(m.start(), m.end()):
                    continue
                c = _Candidate(m.start(), m.start() + len(m.group(0)) - len(m.group(2)) - 1, float(number), kind=Kind.ORDINAL,
                               has_unit=True)  # fmt: skip
                found.append((c, m.group(1)))
                taken.append((c.start, c.end))
        return found


#: The recognisers, in the order they claim characters.
RECOGNISERS: tuple[Recogniser, ...] = (
    RoundRecogniser(),
    DateRecogniser(),
    DecadeRecogniser(),
    TimeRecogniser(),
    NumericDateRecogniser(),
    DigitRecogniser(),
    NameRecogniser(),
    SpelledRecogniser(),
    WordAmountRecogniser(),
    OrdinalWordRecogniser(),
)


def find_candidates(text: str, lang: str) -> Found:
    """Every candidate figure of ``text``, in order of appearance."""
    excluded = _excluded_spans(text, lang)
    taken = Spans()
    found: Found = []
    for recogniser in RECOGNISERS:
        found += recogniser.find(text, lang, taken, excluded)
    found.sort(key=lambda pair: pair[0].start)
    return found
