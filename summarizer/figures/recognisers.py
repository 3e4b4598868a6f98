"""One recogniser per kind of figure, run in order over a text; each owns the characters it reads.

A recogniser finds candidates (a span, a value, a kind); the ones that come first in
:data:`RECOGNISERS` own their characters ("15 mars 2022" is a date before "2022" can be a year).
"""

from __future__ import annotations

import re
from abc import ABC, abstractmethod
from functools import lru_cache

from .context import Spans, _after_change, _Candidate, _excluded_spans, _identifier, _is_year, _left_context, _right_context
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
    _ORDINAL_WORD_RE,
    _ROMAN,
    _SCALES,
    _SP,
    _SPELLED,
    _TIME_PREFIX,
    _TIME_ZONES,
    _TIMES,
    _TIMES_AFTER_PREPOSITION,
    _ordinal_word_value,
)
from .model import Kind
from .numerals import _readings, _spelled_value, _to_number

__all__ = ["Recogniser", "RECOGNISERS", "find_candidates"]

Found = list[tuple[_Candidate, str]]


#: What follows "neuf" read as nine: a lowercase word ("neuf salles"), or a capitalised plural (people, places) followed by
#: a plural verb, an article, a preposition, a conjunction or a punctuation mark ("neuf Lyonnais ont couru", "neuf Bretons
#: et"); not a name followed by a singular verb ("neuf Nantes paie").
_NINE_FOLLOWS = re.compile(r"\s+(?:[a-zà-ÿ]|[A-ZÀ-Ý][a-zà-ÿ]+[sx](?:[.,;:!?]|\s+(?:et|ou|ont|sont|se|s['’]|ne|n['’]|qui|de|des|du|d['’]|le|"
                           r"la|les|l['’]|un|une|en|à|au|aux|[a-zà-ÿ]+(?:ent|ont)\b)))")  # fmt: skip


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
            if taken.overlaps(m.start(), m.end()):
                continue
            groups = m.groupdict()
            day = groups.get("day") or groups.get("day1") or groups.get("day2")
            word = groups.get("dayw1") or groups.get("dayw2")
            if word and not day:
                day = str(_DAY_WORDS[word.lower()])
            year = groups.get("year") or groups.get("year2")
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


def _time_value(match: re.Match[str], after: str = "") -> str | None:
    """``T15:00`` (or ``t08:35`` when the half of the day is not said), ``None`` for an impossible time.

    ``after`` is the text that follows: "8 heures du soir" is 20:00, "8 o'clock" either half.
    """
    groups = match.groupdict()
    hour, minute = int(groups["h"]), int(groups.get("m") or 0)
    marker = (groups.get("ap") or "").lower().replace(".", "")
    if not marker and _EVENING.match(after) and 1 <= hour < 12:
        marker = "pm"
    elif not marker and _MORNING.match(after) and 1 <= hour <= 12:
        marker = "am"
    if marker:
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if marker == "pm" else 0)
    if not (0 <= hour <= 24 and 0 <= minute <= 59):
        return None
    # "8:35", "8 o'clock": either half of the day
    ambiguous = not marker and re.search(r"\d[:.]\d|o['’]clock", match.group(0)) is not None and hour <= 12
    return f"{'t' if ambiguous else 'T'}{hour % 12 if ambiguous else hour:02d}:{minute:02d}"


_EVENING = re.compile(r"\s+(?:du\s+soir|de\s+l['’]après-midi|in\s+the\s+(?:evening|afternoon)|at\s+night)\b", re.I)
_MORNING = re.compile(r"\s+(?:du\s+matin|in\s+the\s+morning)\b", re.I)
#: Before a number of hours, words that make it a duration ("pendant 1h30", "plus de 2 heures").
_DURATION_BEFORE = re.compile(r"(?:pendant|durant|en|pour|dans|(?:plus|moins|près)\s+d['’]?e?|environ|dur\w*|prend\w*)\s*$", re.I)
#: Before a number of hours, words after which it is a duration only when a noun follows ("après 2h30 de route").
_DURATION_IF_NOUN = re.compile(r"(?:de|après|avant|depuis|d['’])\s*$", re.I)


#: Words after which a small whole hour may be hours rather than a clock time ("après 2 heures", "avant 3 heures").
_HOURS_OR_TIME = frozenset({"avant", "après", "entre", "le", "du", "au"})


class TimeRecogniser(Recogniser):
    """Clock times: "15 heures", "10h00", "21h30", "vers 14 h 30", "avant 10 heures", "le 20 h"; "3 pm", "9.30pm",
    "10:00", "8 o'clock", "at 14.30", "1430 GMT".

    After "pendant", "en", "pour", "plus de" hours are a duration; after "de", "après", "avant", "depuis" they
    are a duration only when a noun follows ("après 10 heures de débat"), a time otherwise ("de 8 h 30 à 12 h").
    """

    name = "time"

    def find(self, text: str, lang: str, taken: Spans, excluded: Spans) -> Found:
        found: Found = []
        for index, pattern in enumerate(_TIMES[lang]):
            for m in pattern.finditer(text):
                start = m.start("h")
                clock = _time_value(m, text[m.end() : m.end() + 24])
                if clock is None or taken.overlaps(start, m.end()):
                    continue
                prefix = ""
                if lang == "fr" and index in _TIMES_AFTER_PREPOSITION:  # "vers 15 heures", "à 18:15": the preposition checked
                    said = _TIME_PREFIX.search(text, max(0, start - 24), start)
                    if said is None:
                        continue
                    prefix = said.group(0).strip().lower()
                before = text[max(0, start - 12) : start]
                after = text[m.end() : m.end() + 12]
                written = text[start : m.end()]
                if lang == "fr":
                    noun_after = re.match(r"\s+(?:de|d['’])\s*[a-zà-ÿ]", after, re.I) is not None
                    if _DURATION_BEFORE.search(before) or (_DURATION_IF_NOUN.search(before) and noun_after):
                        if re.fullmatch(r"\d{1,2}\s?h\s?\d{2}", written):  # "pendant 1h30": a duration, in hours
                            hours, minutes = re.findall(r"\d+", written)
                            c = _Candidate(start, m.end(), int(hours) + int(minutes) / 60, kind=Kind.DURATION, unit="h",
                                           has_unit=True)  # fmt: skip
                            found.append((c, written))
                            taken.append((start, m.end()))
                        continue  # "après 10 heures de débat": hours, read as a duration with the digits
                    broadcast = re.search(r"(?:journal|édition|jt|flash|bulletin)\s+de\s+$", text[max(0, start - 16) : start], re.I)
                    if prefix == "de" and not broadcast and not re.match(r"\s*(?:à|a|jusqu)\b", after, re.I):
                        continue  # "une grève de 10 heures"; but "de 10 heures à midi", "le journal de 13 heures"
                    if re.match(r"24\D*$", written) and "h" not in written.lower().replace("heure", ""):
                        continue  # "depuis 24 heures": a day, not midnight
                    if prefix in _HOURS_OR_TIME and m.group("m") is None and int(m.group("h")) < 7 and clock[0] == "T":
                        continue  # "après 2 heures": two hours more likely than 2 a.m.
                found.append((_Candidate(start, m.end(), 0.0, kind=Kind.TIME, value_str=clock), text[start : m.end()]))
                taken.append((start, m.end()))
        for m in _NOON[lang].finditer(text):  # "à midi" / "at noon", "vers minuit" / "by midnight"
            before = text[max(0, m.start() - 24) : m.start()]
            said = _NOON_PREFIX[lang].search(before)
            pre = (m.groupdict().get("pre") or "").lower()
            if (said is None and not pre) or taken.overlaps(m.start(), m.end()):
                continue  # (a quarter or a half of it says a time wherever it stands: "instead of a quarter to midnight")
            if said is not None and said.group(0).strip().lower() == "de" and not re.match(r"\s+(?:à|a)\s", text[m.end() : m.end() + 4]):
                continue  # "le soleil de midi"; but "de midi à 14 h"
            hour = 0 if m.group("word").lower() in ("minuit", "midnight") else 12
            part = (m.groupdict().get("part") or "").lower()
            # "midi et quart", "minuit moins le quart", "midi et demi"; "a quarter to midnight", "half past noon"
            said_part = pre or part
            past = 30 if ("demi" in said_part or "half" in said_part) else 15
            minutes = hour * 60 + (0 if not said_part else -15 if re.search(r"\b(?:moins|to)\b", said_part) else past)
            clock = f"T{minutes // 60 % 24:02d}:{minutes % 60:02d}"  # 12:15, 23:45, 12:30
            found.append((_Candidate(m.start(), m.end(), 0.0, kind=Kind.TIME, value_str=clock), m.group(0)))
            taken.append((m.start(), m.end()))
        return found


#: Noon and midnight as a time of day, after a preposition of time (not "le Midi", "the midday sun", "l'après-midi");
#: the English "12 noon" is one time; "à la mi-journée" is midday; "midi et quart", "minuit moins le quart" its quarters.
_NOON = {
    "fr": re.compile(r"(?<![\w-])(?P<word>midi|minuit|(?:la\s+)?mi-journée)"
                     r"(?P<part>\s+(?:et\s+quart|et\s+demie?|moins\s+(?:le\s+)?quart))?(?![\w-])", re.IGNORECASE),
    "en": re.compile(r"(?<![\w-])(?P<pre>(?:a\s+)?quarter\s+(?:to|past)\s+|half\s+past\s+)?(?:12\s)?(?P<word>noon|midday|midnight)"
                     r"(?![\w-])", re.IGNORECASE),
}
_NOON_PREFIX = {
    "fr": re.compile(r"(?<![\w'’])(?:à|vers|dès|avant|après|jusqu['’]à|d['’]ici|depuis|entre|à\s+partir\s+de|autour\s+de|"
                     r"aux\s+alentours\s+de|au\s+lieu\s+de|de|"
                     # a day then its noon: "mercredi midi", "demain midi", "ce midi" (the English "at midday on Wednesday")
                     r"lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier|demain|aujourd['’]hui|ce)\s+$", re.IGNORECASE),
    "en": re.compile(r"(?<![\w-])(?:at|by|until|till|before|after|from|to|around|since|past|about|between|instead\s+of)\s+$",
                     re.IGNORECASE),
}  # fmt: skip


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


#: Vulgar fraction signs glued to digits: "1½" is 1.5.
_VULGAR_FRACTIONS = {"½": 0.5, "¼": 0.25, "¾": 0.75, "⅓": 1 / 3, "⅔": 2 / 3, "⅕": 0.2, "⅛": 0.125}
#: A word glued after digits by a bad join ("500people", "2019in"): the digits are a figure, not a name.
_GLUED_WORD = {
    "en": re.compile(r"(?-i:[a-z]{3,}|in|on|at|of|to|by|or|as|is)(?![\w])"),
    "fr": re.compile(r"(?-i:[a-zà-ÿ]{3,}|en|et|de|le|la|au|du|ou|un)(?![\w])"),
}
#: A scale word right after a French number: "3.5 milliards" is an amount written with an English decimal point
#: (no version or article number takes a scale word).
_FR_SCALE_AFTER = re.compile(r"[\s\u00a0\u202f]+(?:millions?|milliards?)(?![\w])", re.I)
_SCORE = re.compile(r"(?<![\d.,])(\d{1,2}\s?[-–]\s?\d{1,2})(?![\d]|[.,]\d)")
#: A French score said with "à" ("3 buts à 2", "31 à 17"), read as a score only inside a score's excluded span.
_SCORE_WITH_A = re.compile(r"(?<![\d.,])(\d{1,3}\s+(?:buts?\s+|points?\s+|sets?\s+|jeux\s+)?à\s+\d{1,3})(?![\d]|[.,]\d)")


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
            self.read(text, lang, start, end, raw, found, taken)
        return found

    @staticmethod
    def read(text: str, lang: str, start: int, end: int, raw: str, found: Found, taken: Spans) -> None:
        """Read the number ``raw`` at ``start:end`` with what surrounds it, and claim its span."""
        c = _Candidate(start, end, _to_number(raw, lang))
        c.readings = _readings(raw, lang)
        if text[end : end + 1] in _VULGAR_FRACTIONS:  # "1½", "2¾"
            c.value += _VULGAR_FRACTIONS[text[end]]
            end = c.end = end + 1
        glued = text[end : end + 8]
        om = _ORDINAL_SUFFIX[lang].match(glued)
        # one chain of cases, by what is glued to the digits
        if om and not _GLUED_OK.match(glued):
            c.kind = Kind.ORDINAL
            c.end = end + om.end()
            c.has_unit = True
        elif re.match(r"[x×](?![\w])", glued):  # "2x faster", "3× plus": a multiplier
            c.kind, c.unit, c.has_unit, c.end = Kind.OTHER, "x", True, end + 1
        elif lang == "en" and re.match(r"(?-i:[pc])(?![\w])", glued):  # "50p", "99c": pence and cents
            c.kind, c.unit, c.has_unit, c.end = Kind.MONEY, "cent", True, end + 1
        elif lang == "en" and re.match(r"(?-i:pc)(?![\w])", glued):
            pass  # British "12pc": a percentage, read with the words after the number
        elif re.match(r"[A-Za-zÀ-ÿ]", glued) and not _GLUED_OK.match(glued) and not _GLUED_WORD[lang].match(glued):
            found.append((_name(start, end, raw), raw))  # "3D", "5G": part of a name
            taken.append((start, end))
            return
        elif re.match(r"\.\d", glued) or re.match(r",\d", glued) and lang == "en":
            return  # article 49.3 and the like
        if lang == "fr" and re.fullmatch(r"\d+\.\d{1,2}", raw) and not _FR_SCALE_AFTER.match(text, end):
            c.kind = Kind.OTHER  # "49.3", versions: a dot decimal is not French, unless a scale word follows it
        if re.search(r"(?:magnitude|richter|note|score|indice)\s+(?:de\s+|of\s+)?$", text[max(0, start - 20) : start], re.I):
            c.kind = Kind.OTHER  # a magnitude or a score: a reading, not an amount
        if c.kind not in (Kind.ORDINAL, Kind.OTHER, Kind.MONEY):
            _right_context(text, c, lang)
        _left_context(text, c, lang)
        round_mark = re.match(r"\.[-–]{1,2}(?![\w])", text[c.end : c.end + 3]) if c.kind == Kind.MONEY and lang == "fr" else None
        if round_mark:
            c.end += len(round_mark.group(0).rstrip())  # Swiss "Fr. 1'200.–": a round amount
        if _identifier(text, start, end, raw, lang, c.has_unit or c.scale != 1):
            found.append((_name(start, end, raw), raw))
            taken.append((start, end))
            return
        if c.kind == Kind.COUNT and _is_year(text, c, raw, lang):
            c.kind = Kind.YEAR
        found.append((c, raw))
        taken.append((c.start, c.end))


def _name(start: int, end: int, raw: str) -> _Candidate:
    """A number inside a name or an identifier: its digits are its value."""
    digits = " ".join(re.findall(r"\d+(?:[.,]\d+)*", raw))
    return _Candidate(start, end, 0.0, kind=Kind.NAME, has_unit=True, value_str=digits)


class NameRecogniser(Recogniser):
    """Digits glued to letters in a name ("Covid-19", "G7", "A320", "I/43") and scores ("4-0"): copied, not counted."""

    name = "name"

    def find(self, text: str, lang: str, taken: Spans, excluded: Spans) -> Found:
        found: Found = []
        for pattern in (_GLUED_NAME, _SCORE, *((_SCORE_WITH_A,) if lang == "fr" else ())):
            for m in pattern.finditer(text):
                start, end = (m.start(), m.end()) if pattern is _GLUED_NAME else (m.start(1), m.end(1))
                if taken.overlaps(start, end) or not excluded.overlaps(start, end):
                    continue
                found.append((_name(start, end, text[start:end]), text[start:end]))
                taken.append((start, end))
        return found


_AND_A_HALF = re.compile(r"[\s-]+and[\s-]+a[\s-]+half(?:\s+(thousand|million|billion))?(?![\w])", re.I)
_WORD_BEFORE = re.compile(r"(?<![\w-])(\w+(?:-\w+)?)$")
#: "a year and a half", "an hour and a half": one unit of time and a half (French "un an et demi" is read as "un").
_A_UNIT_AND_A_HALF = re.compile(r"(?<![\w-])(an?)\s+(?:year|month|week|day|hour|minute|century|decade)\s+and\s+a\s+half(?![\w-])", re.I)


#: Half a point: "un demi-point", "half a point", "half a percentage point" (the article "d'un" read as the number's).
_HALF_POINT = {"fr": re.compile(r"(?<![\w-])(?:d['’]un\s+|un\s+)?demi[\s-]point(?![\w-])", re.IGNORECASE),
               "en": re.compile(r"(?<![\w-])half\s+a\s+(?:percentage\s+)?point(?![\w-])", re.IGNORECASE)}  # fmt: skip


class HalfRecogniser(Recogniser):
    """Halves: "two and a half", "one and a half thousand", "half a million", "un demi-million"."""

    name = "half"

    def find(self, text: str, lang: str, taken: Spans, excluded: Spans) -> Found:
        found: Found = []
        # "one and a half thousand", "two and a half", "one-and-a-half"
        for m in _AND_A_HALF.finditer(text) if lang == "en" else ():
            said = _WORD_BEFORE.search(text, max(0, m.start() - 24), m.start())
            whole = _spelled_value(said.group(1), lang) if said and not said.group(1).isdigit() else None
            if said is not None and whole is not None and not taken.overlaps(said.start(), m.end()):
                scale = {"thousand": 1e3, "million": 1e6, "billion": 1e9}[m.group(1).lower()] if m.group(1) else 1.0
                c = _Candidate(said.start(), m.end(), whole + 0.5, spelled=True, scale=scale)
                _right_context(text, c, lang)
                found.append((c, text[c.start : c.end]))
                taken.append((c.start, c.end))
        for m in _A_UNIT_AND_A_HALF.finditer(text) if lang == "en" else ():  # "a year and a half": 1.5 years
            if not taken.overlaps(m.start(), m.end()):
                c = _Candidate(m.start(), m.start() + len(m.group(1)), 1.0, spelled=True)
                _right_context(text, c, lang)
                if c.kind == Kind.DURATION and c.value == 1.5:
                    found.append((c, text[c.start : c.end]))
                    taken.append((c.start, c.end))
        for m in _HALF_POINT[lang].finditer(text):  # "a progressé d'un demi-point" / "rose by half a point"
            if not taken.overlaps(m.start(), m.end()):
                # "d'un demi-point": the figure starts at "un", so that the "de" of a change before it is read
                start = m.start() + 2 if re.match(r"d['’]", m.group(0), re.IGNORECASE) else m.start()
                c = _Candidate(start, m.end(), 0.5, spelled=True)
                before = text[max(0, m.start() - 40) : m.start()] + ("de " if start > m.start() else "")
                if _after_change(before, lang):  # points of a rate, as "0,5 point"
                    c.kind, c.unit, c.has_unit = Kind.PERCENT, "pp", True
                found.append((c, text[c.start : c.end]))
                taken.append((c.start, c.end))
        for m in _HALF_OF[lang].finditer(text):  # "half a million", "un demi-million"
            if not taken.overlaps(m.start(), m.end()):
                scale = {"million": 1e6, "milliard": 1e9, "billion": 1e9, "thousand": 1e3, "dozen": 12}[m.group(1).lower()]
                c = _Candidate(m.start(), m.end(), 0.5, spelled=True, scale=scale)
                _right_context(text, c, lang)
                found.append((c, m.group(0)))
                taken.append((c.start, c.end))
        return found


class SpelledRecogniser(Recogniser):
    """Numbers in words: "douze mille", "forty thousand", "nonante-deux", "a million"."""

    name = "spelled"

    def find(self, text: str, lang: str, taken: Spans, excluded: Spans) -> Found:
        found: Found = []
        for m in _SPELLED[lang].finditer(text):
            start, end, raw = m.start(), m.end(), m.group(0)
            if taken.overlaps(start, end) or excluded.overlaps(start, end):
                continue
            words = raw.lower().replace("-", " ").split()
            if words in (["un"], ["une"], ["one"]):
                c = _Candidate(start, end, 1.0, spelled=True)
                _right_context(text, c, lang)
                # "plus one degree" (not "un nœud-papillon"), "one per cent", "un an et demi" (1.5, not an article)
                # "a two-euro coin", "one dollar": an English amount ("un euro symbolique" stays French for "a symbolic euro")
                read = (c.kind in (Kind.MEASURE, Kind.PERCENT) or c.kind == Kind.DURATION and c.value == 1.5
                        or c.kind == Kind.MONEY and lang == "en")
                if read and text[c.end : c.end + 1] != "-":
                    found.append((c, raw))
                    taken.append((c.start, c.end))
                continue
            if words in (["zéro"], ["zero"]):
                continue
            # "un bâtiment neuf" is new; "neuf salles", and "neuf Lyonnais ont couru" (a capitalised plural followed by a
            # plural verb, an article or a conjunction: people or places), nine; "neuf Nantes paie" is a name after it
            if lang == "fr" and words == ["neuf"] and not re.match(_NINE_FOLLOWS, text[end : end + 60]):
                continue
            if words[0] in ("mille", "million", "millions", "milliard", "milliards", "thousand", "hundred", "cent", "cents"):
                if (
                    words[0] != "cent"
                    and not re.match(r"\s", text[end : end + 1])
                    and not re.search(r"(?<![\w])(?:a|one|un|une)\s+$", text[max(0, start - 5) : start], re.I)
                ):
                    continue  # a scale word alone ("des millions."), but "a million," is one million
            if words[0] in _SCALES[lang] and re.search(r"\d[\s\u00a0\u202f]*$", text[max(0, start - 3) : start]):
                continue  # the scale of a digit number already read
            if words[-1] in ("millions", "milliards", "billions") and len(words) == 1:
                continue  # "des millions", "a few millions": no number
            number = _spelled_value(raw, lang)
            if number is None:
                # "three and nine degrees": two numbers joined by "and", not one
                cuts = [0, *(i for sep in re.finditer(r"\s+(?:and|et)\s+", raw, re.I) for i in sep.span()), len(raw)]
                for a, b in zip(cuts[::2], cuts[1::2]):
                    value = _spelled_value(raw[a:b], lang)
                    words = raw[a:b].lower().split()
                    if value is not None and words not in (["un"], ["une"], ["one"]):
                        self._add(text, lang, start + a, start + b, value, found, taken)
                continue
            self._add(text, lang, start, end, number, found, taken)
        return found

    @staticmethod
    def _add(text: str, lang: str, start: int, end: int, number: int, found: Found, taken: Spans) -> None:
        c = _Candidate(start, end, float(number), spelled=True)
        scale = text[start:end].lower().split()[-1]
        half = re.match(r"\s+(?:et\s+demi|and\s+a\s+half)(?![\w])", text[end : end + 20], re.IGNORECASE)
        if half and scale in _SCALES[lang] and _SCALES[lang][scale] >= 1e6:  # "deux millions et demi": 2.5 million
            c.value += _SCALES[lang][scale] / 2
            c.end += half.end()
        _right_context(text, c, lang)
        _left_context(text, c, lang)
        found.append((c, text[start:end]))
        taken.append((c.start, c.end))


#: "une vingtaine", "une petite dizaine", "quelques centaines", "plusieurs milliers", "des dizaines de milliers".
_APPROX_DET = re.compile(
    r"(?<![\w])(?P<det>une?|quelques|plusieurs|des|les|ces|de|par|la|sa|cette|leur)\s+(?:(?:petite|bonne|grosse|large)s?\s+)?$",
    re.IGNORECASE,
)
_APPROX_NOUN_RE = re.compile(
    r"(?<![\w])(?P<noun>dizaines?|douzaines?|quinzaines?|vingtaines?|trentaines?|quarantaines?|cinquantaines?|soixantaines?|"
    r"centaines?|milliers?|millions|milliards)(?:\s+(?:de|d['’])\s*(?P<scale>milliers|millions|milliards)(?![\w]))?(?![\w])",
    re.IGNORECASE,
)
#: "dozens of", "a few dozen", "hundreds of", "tens of thousands", "hundreds of millions", "thousands", "millions of".
_APPROX_NOUN_EN = re.compile(
    r"(?<![\w-])(?:(?P<few>a\s+few|several|many|some)\s+)?(?P<noun>dozens|dozen|tens|hundreds|thousands|millions|billions)"
    r"(?:\s+of\s+(?P<scale>thousands|millions|billions)(?![\w]))?(?![\w-])",
    re.IGNORECASE,
)
_APPROX_NOUN_VALUES = {"dozens": 12, "dozen": 12, "tens": 10, "hundreds": 100, "thousands": 1000, "millions": 1e6,
                       "billions": 1e9, "milliers": 1000, "millions_fr": 1e6, "milliards": 1e9}  # fmt: skip
#: "Des dizaines" is rendered "dozens": tens and dozens, in the plural, read each other.
_TEN_OR_DOZEN = {10: (12.0,), 12: (10.0,)}
_FRACTIONS = {
    "fr": re.compile(
        r"(?<![\w])(?:(?P<num>un|deux|trois|quatre|cinq|sept|neuf)\s+)?(?:la\s+)?(?P<frac>moitié|tiers|quarts?|cinquièmes?|dixièmes?)"
        r"(?![\w])", re.I),
    "en": re.compile(
        # (not a period of the year: "in the first half", "second-quarter profits")
        r"(?<![\w])(?<!first\s)(?<!second\s)(?<!third\s)(?<!fourth\s)(?<!first-)(?<!second-)(?<!third-)(?<!fourth-)"
        r"(?:(?P<a>a|one)\s+|(?P<num>two|three|four|five|seven|nine)[\s-])?(?P<frac>half|thirds?|quarters?|fifths?|tenths?)"
        r"(?![\w])", re.I),
}  # fmt: skip
_FRACTION_VALUES = {"moitié": 0.5, "half": 0.5, "tiers": 1 / 3, "third": 1 / 3, "quart": 0.25, "quarter": 0.25,
                    "cinquième": 0.2, "fifth": 0.2, "dixième": 0.1, "tenth": 0.1}  # fmt: skip
_NUMERATORS = {"un": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "sept": 7, "neuf": 9, "two": 2, "three": 3, "four": 4,
               "five": 5, "seven": 7, "nine": 9}  # fmt: skip
#: "half a million", "un demi-million": a half of a scale.
_HALF_OF = {"fr": re.compile(r"(?<![\w-])(?:un\s+)?demi[\s-](million|milliard)(?![\w-])", re.I),
            "en": re.compile(r"(?<![\w-])(?:(?:a|one)\s+)?half(?:\s+a|[\s-])\s*(million|billion|thousand|dozen)(?![\w-])",
                             re.I)}  # fmt: skip
#: "sur un an", "il y a un an", "un an plus tard"; "for a year", "a year ago" (not "une année record").
_ONE_UNIT = {
    "fr": re.compile(
        r"(?=[uU])(?:(?<=\ben\s)|(?<=\bsur\s)|(?<=\bdepuis\s)|(?<=\bpendant\s)|(?<=\bdurant\s)|(?<=\bdans\s)|(?<=\bpour\s)|"
        r"(?<=\by\sa\s)|(?<=\bd['’])|(?<=\bde\s)|(?<=\baprès\s))(?:un|une)\s+(an|année|mois|semaine|jour|heure|siècle|décennie)(?![\w])"
        r"|(?<![\w-])(?=[uU])(?:un|une)\s+(an|année|mois|semaine|jour|heure|siècle|décennie)(?=\s+(?:plus\s+tard|plus\s+tôt|auparavant))",
        re.I,
    ),
    "en": re.compile(
        r"(?=[oOaA])(?:(?<=\bin\s)|(?<=\bfor\s)|(?<=\bover\s)|(?<=\bwithin\s)|(?<=\bafter\s)|(?<=\bof\s))(?:one|a)\s+"
        r"(year|month|week|day|hour|century|decade)(?![\w-])|(?<![\w-])(?=[oOaA])(?:one|a)\s+(year|month|week|day|hour|century|decade)"
        r"(?=\s+(?:ago|later|earlier|before))",
        re.I,
    ),
}


class WordAmountRecogniser(Recogniser):
    """Amounts said with a noun: "une vingtaine", "plusieurs milliers", "des dizaines de milliers", "a dozen", "dozens of",
    "tens of thousands", "un an": approximate (but "un an"), with their value (tens and dozens read each other)."""

    name = "word-amount"

    def find(self, text: str, lang: str, taken: Spans, excluded: Spans) -> Found:
        found: Found = []

        def add(c: _Candidate, raw: str) -> None:
            found.append((c, raw))
            taken.append((c.start, c.end))

        if lang == "fr":
            for m in _APPROX_NOUN_RE.finditer(text):
                said = _APPROX_DET.search(text, max(0, m.start() - 24), m.start())
                if said is None or taken.overlaps(said.start(), m.end()):
                    continue
                det, noun = said.group("det").lower(), m.group("noun").lower()
                if det in ("la", "sa", "cette", "leur") and not re.match(r"\s+(?:de|d['’])\s*[^\W\d]", text[m.end() : m.end() + 6]):
                    continue  # "la trentaine de salariés" counts them; "la quarantaine", "sa cinquantaine" are no figures
                if noun in ("millions", "milliards") and det in ("de", "les", "ces"):
                    continue  # "5 000 de millions", "les millions": scale words, read elsewhere
                key = "millions_fr" if noun == "millions" else noun if noun == "milliards" else noun.rstrip("s")
                base = float(_APPROX_NOUN_VALUES.get(key) or _APPROX_NOUNS[key])
                c = _Candidate(said.start(), m.end(), base, spelled=True)
                if m.group("scale"):
                    c.scale = _APPROX_NOUN_VALUES["millions_fr" if m.group("scale").lower() == "millions" else m.group("scale").lower()]
                if noun.endswith("s"):  # "des dizaines" is "dozens" ("une dizaine" is about ten, not a dozen)
                    c.readings = _TEN_OR_DOZEN.get(int(base), ())
                    c.magnitude_only = True
                _right_context(text, c, lang)
                c.approximate = True
                add(c, text[c.start : m.end()])
        else:
            for m in _APPROX_NOUN_EN.finditer(text):
                noun = m.group("noun").lower()
                lone = (noun == "dozen" and not m.group("few")) or (noun == "tens" and not m.group("scale"))
                if taken.overlaps(m.start(), m.end()) or lone:
                    continue  # "a dozen" is read below; "tens" alone is no amount
                if re.search(r"\d[\s\u00a0]*$", text[max(0, m.start() - 3) : m.start()]):
                    continue  # "5 millions": a scale word of a number
                c = _Candidate(m.start(), m.end(), float(_APPROX_NOUN_VALUES[noun]), spelled=True)
                if m.group("scale"):
                    c.scale = _APPROX_NOUN_VALUES[m.group("scale").lower()]
                if noun == "dozens":
                    c.readings = _TEN_OR_DOZEN[12]
                c.magnitude_only = noun != "dozen" or m.group("few") is not None
                _right_context(text, c, lang)
                c.approximate = True
                add(c, m.group(0))
            for m in re.finditer(r"(?<![\w])(?:a|one)\s+dozen(?![\w])", text, re.IGNORECASE):  # "une douzaine" -> "a dozen"
                if not taken.overlaps(m.start(), m.end()):
                    c = _Candidate(m.start(), m.end(), 12.0, spelled=True)
                    c.approximate = True
                    add(c, m.group(0))
        for m in _ONE_UNIT[lang].finditer(text):
            if not taken.overlaps(m.start(), m.end()):
                unit = (m.group(1) or m.group(2)).lower()
                c = _Candidate(m.start(), m.end(), 1.0, kind=Kind.DURATION, spelled=True, unit=unit, has_unit=True)
                add(c, m.group(0))
        return found


#: A point of a rate after a fraction: "(a quarter) of a percentage point", "(un quart) de point (de pourcentage)".
_OF_A_POINT = re.compile(r"\s+(?:of\s+an?\s+(?:percentage\s+)?point|de\s+point(?:\s+de\s+pourcentage)?)(?![\w-])", re.IGNORECASE)


#: A unit of time or measure after a fraction: "(un quart) de siècle", "(trois quarts) de mètre", "(a quarter) of a century".
_OF_A_UNIT = {
    "fr": re.compile(r"\s+(?:de|d['’])\s*(siècle|mètre|litre|kilo|kilogramme|kilomètre|tonne|hectare)(?![\w-])", re.IGNORECASE),
    "en": re.compile(r"\s+of\s+an?\s+(century|metre|meter|litre|liter|kilo|kilogram|kilometre|kilometer|mile|tonne|ton|hectare|"
                     r"acre|inch|foot)(?![\w-])", re.IGNORECASE),
}


class FractionRecogniser(Recogniser):
    """Fractions in words: "la moitié", "deux tiers", "trois quarts", "a third of", "two-thirds" (unit ``fraction``)."""

    name = "fraction"

    def find(self, text: str, lang: str, taken: Spans, excluded: Spans) -> Found:
        found: Found = []

        def add(c: _Candidate, raw: str) -> None:
            found.append((c, raw))
            taken.append((c.start, c.end))

        for m in _FRACTIONS[lang].finditer(text):
            if taken.overlaps(m.start(), m.end()):
                continue
            frac = m.group("frac").lower()
            single = frac.rstrip("s") if frac not in ("tiers",) else frac
            if single == "cinquième" or single == "dixième" or single == "fifth" or single == "tenth":
                if not m.group("num"):
                    continue  # "le cinquième", "the fifth": ordinals
            if (
                lang == "en"
                and single in ("third", "quarter")
                and not m.group("num")
                and not (m.group("a") or re.match(r"\s+of\b", text[m.end() : m.end() + 4]))
            ):
                continue  # "the third time", "the third quarter": an ordinal, a period
            if lang == "fr" and single == "quart" and not m.group("num") and not re.match(r"\s+d", text[m.end() : m.end() + 3]):
                continue
            if single == "half" and re.match(r"[\s-]+(?:time|way|hour|term|century|year|brother|sister)", text[m.end() :], re.I):
                continue
            numerator = _NUMERATORS.get((m.group("num") or "").lower(), 1)
            if numerator > 1 and not frac.endswith("s") and frac != "tiers":
                continue  # "deux quart", "two third": no fraction
            c = _Candidate(m.start(), m.end(), numerator * _FRACTION_VALUES[single], spelled=True, unit="fraction")
            point = _OF_A_POINT.match(text, m.end())
            unit = _OF_A_UNIT[lang].match(text, m.end())
            if point:  # "a quarter of a percentage point", "trois quarts de point": points of a rate
                c.kind, c.unit, c.has_unit, c.end = Kind.PERCENT, "pp", True, point.end()
            elif unit:  # "un quart de siècle", "trois quarts de mètre", "half a mile": a part of one unit, measured in it
                kind = Kind.DURATION if unit.group(1).lower().startswith(("siècle", "centur")) else Kind.MEASURE
                c.kind, c.unit, c.has_unit, c.end = kind, unit.group(1), True, unit.end()
            add(c, text[c.start : c.end])
        return found


class OrdinalWordRecogniser(Recogniser):
    """Ordinals in words: "deuxième", "vingt et unième", "fifth", "twenty-first", "the Third Republic", "third-largest"."""

    name = "ordinal-word"

    def find(self, text: str, lang: str, taken: Spans, excluded: Spans) -> Found:
        found: Found = []
        for m in _ORDINAL_WORD_RE[lang].finditer(text):  # "third-largest": the ordinal of a compound too
            number = _ordinal_word_value(m.group(0), lang)
            if number is not None and not taken.overlaps(m.start(), m.end()):
                c = _Candidate(m.start(), m.end(), float(number), kind=Kind.ORDINAL, spelled=True, has_unit=True)
                found.append((c, m.group(0)))
                taken.append((m.start(), m.end()))
        return found


_ROUNDS = {
    "fr": re.compile(r"(?<![\w])(\d{1,2})(?:e|es|ème|èmes)\s+de\s+finale(?![\w])", re.I),
    "en": re.compile(r"(?<![\w])(?:last|round\s+of)\s+(16|32|64)(?![\w])(?!\s+[a-z]+s\b)", re.I),  # not "last 16 years"
}


def _roman(numeral: str) -> int | None:
    values = {"I": 1, "V": 5, "X": 10, "L": 50}
    total = 0
    for i, ch in enumerate(numeral):
        v = values[ch]
        total += -v if i + 1 < len(numeral) and values[numeral[i + 1]] > v else v
    return total if 0 < total < 40 else None


class RoundRecogniser(Recogniser):
    """Rounds and Roman ordinals that are names: "8es de finale" = "last 16"; "XIXe siècle" = "19th century", "XIXe
    arrondissement" = "19th arrondissement"."""

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


class RateBaseRecogniser(Recogniser):
    """The base of a rate: "3,4/100 000", "250 cas pour 100 000 habitants", "3.4 per 100,000", "1 in 10,000".

    The base is a figure of its own (kind ``other``, never key), so "X/100 000" and "X cases per 100,000
    people" read the same two figures in either language; the number before it keeps its kind, with the
    rate's base as its unit ("/100000") when it is written right before it. A rate on 1,000 right after its
    number is per mille ("12/1.000" is 12 ‰), read with the number.
    """

    name = "rate-base"
    _BASE = re.compile(
        rf"(?:(?P<slash>/)|(?<![\w])(?P<sep>pour|per|for\s+every|sur|out\s+of|in)\s)\s?"
        rf"(?P<base>10{{0,2}}(?:{_SP}|[.,'’])?000(?:(?:{_SP}|[.,'’])?000)*)(?![\d]|[.,'’]\d)",
        re.IGNORECASE,
    )

    def find(self, text: str, lang: str, taken: Spans, excluded: Spans) -> Found:
        found: Found = []
        for m in self._BASE.finditer(text):
            start, end = m.start("base"), m.end("base")
            if taken.overlaps(start, end):
                continue
            base = int(re.sub(r"\D", "", m.group("base")))
            before = text[max(0, m.start() - 48) : m.start()]
            glued = re.search(r"\d\s?$", before) is not None
            sep = (m.group("sep") or "/").lower()
            if base == 1000 and glued and sep in ("/", "pour", "per"):
                continue  # "30 pour 1 000": per mille, read with its number
            if sep in ("pour", "sur") and not re.search(r"\d[^.;:!?\d]{0,40}$", before):
                continue  # "pour 100 000 spectateurs": a count, not a rate
            if sep in ("in", "out of") and not glued:
                continue  # "in 100,000 homes"; but "1 in 100,000"
            probe = _Candidate(start, end, float(base))
            _right_context(text, probe, lang)
            if probe.kind != Kind.COUNT:
                continue  # "pour 100 000 euros": an amount
            found.append((_Candidate(start, end, float(base), kind=Kind.OTHER, has_unit=True), m.group("base")))
            taken.append((start, end))
        return found


#: Function words that a bad join glues to digits ("the202022", "in2019", "le2019"); real names are not made of them.
_GARBLED = {
    "en": re.compile(
        r"(?<![\w-])(?P<w>the|in|on|at|of|to|for|by|and|or|from|with|since|than|per|about|over|under|into|after|before|"
        r"between|during|until|was|are|were|has|have|had|its|this|that|these|those|some|nearly|around|almost|only|last|"
        r"next|more|less|all)$",
        re.IGNORECASE,
    ),
    "fr": re.compile(
        r"(?<![\w-])(?P<w>le|la|les|des|du|en|au|aux|et|ou|dans|sur|pour|par|avec|depuis|entre|plus|moins|sont|est|ont|"
        r"une|près|environ|dont)$",
        re.IGNORECASE,
    ),
}
#: One number as digits are grouped: "35,000", "4'500", "202022,2020222" (a comma that groups nothing is a decimal).
_ONE_NUMBER = re.compile(r"\d{1,3}(?:(?:,\d{3})+|(?:['’]\d{3})+)(?:\.\d+)?(?![\d,'’])|\d+(?:[.,]\d+)?")
#: Digits right after a letter.
_DIGITS_AFTER_LETTER = re.compile(r"(?<=[^\W\d_])\d+(?:[.,'’]\d+)*")


class GarbledRecogniser(Recogniser):
    """Digits glued to a word by a translation that garbles numbers ("the202022,2020222", "in2019"): figures, so a
    number changed or added that way is seen. Names made of letters and digits ("COVID-19", "G7", "A380", "mp3")
    are not function words, and stay names."""

    name = "garbled"

    def find(self, text: str, lang: str, taken: Spans, excluded: Spans) -> Found:
        found: Found = []
        for m in _DIGITS_AFTER_LETTER.finditer(text):
            said = _GARBLED[lang].search(text, max(0, m.start() - 8), m.start())
            if said is None or (len(said.group("w")) <= 3 and said.group("w").isupper()):
                continue  # no function word ("A380", "mp3"); capitals are a name ("ON3")
            number = _ONE_NUMBER.match(m.group(0))  # "14.3014.30" is not one number: read its first
            if number is None or taken.overlaps(m.start(), m.start() + number.end()):
                continue
            DigitRecogniser.read(text, lang, m.start(), m.start() + number.end(), number.group(0), found, taken)
        return found


_MONTH_RE = {
    "fr": r"janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|novembre|décembre|decembre",
    "en": r"january|february|march|april|may|june|july|august|september|october|november|december|feb\.?|apr\.?|"
    r"jun\.?|jul\.?|aug\.?|sept?\.?|oct\.?|nov\.?|dec\.",
}
_DAY = {"fr": r"\d{1,2}(?:er|ᵉʳ)?", "en": r"\d{1,2}(?:st|nd|rd|th)?"}
_DAY_JOIN = {"fr": r"\s*(?:-|–|,|au|à|et|ou)\s*(?:le\s+)?", "en": r"\s*(?:-|–|,|to|and|or|through|until|till)\s*(?:the\s+)?"}
#: A weekday before a day of the range: "du lundi 2 au vendredi 20 mars".
_WEEKDAY_BEFORE = {"fr": r"(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\s+)?",
                   "en": r"(?:(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday),?\s+)?"}
_DAY_RANGES = {
    lang: [
        re.compile(  # "du 3 au 5 mars", "du lundi 3 au mercredi 5 mars", "les 12 et 13 mai 2022", "3-5 March", "between 3 and 5 March"
            rf"(?<![\w\d.,])(?P<days>{_DAY[lang]}(?:{_DAY_JOIN[lang]}{_WEEKDAY_BEFORE[lang]}{_DAY[lang]})+)\s+(?:of\s+)?"
            rf"(?P<month>{_MONTH_RE[lang]})"
            rf"(?:,?\s+(?P<year>(?:19|20)\d{{2}}))?(?![\w])",
            re.IGNORECASE,
        ),
        *(
            [re.compile(  # "March 3-5", "May 12 and 13, 2024"
                rf"(?<![\w])(?P<month>{_MONTH_RE[lang]})\s+(?:the\s+)?(?P<days>{_DAY[lang]}(?:{_DAY_JOIN[lang]}{_DAY[lang]})+)"
                rf"(?![\d\w]|[.,]\d)(?:,?\s+(?P<year>(?:19|20)\d{{2}}))?(?![\w])",  # "May 1 to 11.65 euros": no day
                re.IGNORECASE,
            )]
            if lang == "en" else []
        ),
    ]
    for lang in ("fr", "en")
}  # fmt: skip


class DayRangeRecogniser(Recogniser):
    """Several days of one month: "du 3 au 5 mars", "les 12 et 13 mai", "March 3-5", "3-5 March", "May 12 and 13".

    Every day is a date of that month (and year, when said), so the two languages read the same dates
    whichever side the month is written on.
    """

    name = "day-range"

    def find(self, text: str, lang: str, taken: Spans, excluded: Spans) -> Found:
        found: Found = []
        for pattern in _DAY_RANGES[lang]:
            for m in pattern.finditer(text):
                if taken.overlaps(m.start(), m.end()):
                    continue
                month_word = m.group("month")
                month = (_MONTHS_FR if lang == "fr" else _MONTHS_EN).get(month_word.lower().rstrip("."))
                if month is None or (lang == "en" and month_word.lower() == "may" and month_word != "May"):
                    continue
                days = [(d.start() + m.start("days"), d.end() + m.start("days"), int(d.group(0)))
                        for d in re.finditer(r"\d{1,2}", m.group("days"))]  # fmt: skip
                numbers = [d for _, _, d in days]
                if not all(1 <= d <= 31 for d in numbers) or numbers != sorted(set(numbers)):
                    continue  # "12 to 3 May" is no range of days
                year = m.group("year")
                month_first = m.start("month") < m.start("days")
                for i, (start, end, day) in enumerate(days):
                    value = f"{int(year):04d}-{month:02d}-{day:02d}" if year else f"--{month:02d}-{day:02d}"
                    if month_first and i == 0:
                        start = m.start("month")
                    if i == len(days) - 1:
                        end = m.end() if not month_first or year else end
                    found.append((_Candidate(start, end, 0.0, kind=Kind.DATE, value_str=value), text[start:end]))
                    taken.append((start, end))
        return found


_YEAR_SPAN = re.compile(
    r"(?<![\w.,/-])(?:(?P<fy>FY)\s?)?(?P<y1>(?:1[89]|20)\d{2}|(?<=FY)\d{2}|(?<=FY\s)\d{2})"
    r"(?:\s?(?P<join>[-–/])\s?(?P<y2>(?:1[89]|20)\d{2}|\d{2}))?(?![\d]|[.,]\d|[-–/]\d)"
)


class YearSpanRecogniser(Recogniser):
    """Years of a fiscal year or a season: "2021-22", "2019/20", "2023-2024", "FY2022", "FY22": each a year
    ("2021-22" holds 2021 and 2022), never a count of 22."""

    name = "year-span"

    def find(self, text: str, lang: str, taken: Spans, excluded: Spans) -> Found:
        found: Found = []
        for m in _YEAR_SPAN.finditer(text):
            if not (m.group("fy") or m.group("y2")) or taken.overlaps(m.start(), m.end()):
                continue
            y1 = int(m.group("y1"))
            if y1 < 100:
                y1 += 2000
            years = [(m.start() if m.group("fy") else m.start("y1"), m.end("y1"), y1)]
            if m.group("y2"):
                y2 = int(m.group("y2"))
                if y2 < 100:
                    y2 += y1 // 100 * 100
                    if y2 <= y1:
                        y2 += 100  # "1999-00"
                if not 0 < y2 - y1 <= (10 if len(m.group("y2")) == 2 else 50):
                    continue  # "1800-1900": a range of numbers, not a span of years
                probe = _Candidate(m.start("y2"), m.end("y2"), float(y2))
                _right_context(text, probe, lang)
                if probe.has_unit or probe.scale != 1:
                    continue  # "1900-2000 euros", "2010-2020 km": amounts
                years.append((m.start("y2"), m.end("y2"), y2))
            for start, end, year in years:
                found.append((_Candidate(start, end, float(year), kind=Kind.YEAR), text[start:end]))
                taken.append((start, end))
        return found


_QUARTER = re.compile(r"(?<![\w-])(?P<p>[QTSH])(?P<n>[1-4])(?![\w-])")
_YEAR_NEXT = re.compile(r"\s+(?:19|20)\d{2}(?![\d\w])")


class QuarterRecogniser(Recogniser):
    """Quarters and halves of a year: "Q3", "T3 2022", "au T2", "H1 2023": ordinals ("the third quarter", "le 3e
    trimestre")."""

    name = "quarter"

    def find(self, text: str, lang: str, taken: Spans, excluded: Spans) -> Found:
        found: Found = []
        for m in _QUARTER.finditer(text):
            period, number = m.group("p"), m.group("n")
            year_next = _YEAR_NEXT.match(text, m.end()) is not None
            if period in "SH" and number not in "12":
                continue
            if period == "H" and not (lang == "en" and (year_next or re.match(r"\s*[,)]", text[m.end() : m.end() + 2]))):
                continue  # "H1 2024", "(H1)"; but "H3" is nothing
            french = period == "T" and text[max(0, m.start() - 3) : m.start()].lower() == "au "
            if period in "TS" and not (lang == "fr" and (year_next or french)):
                continue  # "T3 2022", "au T2"; but "un T3" is a flat
            if taken.overlaps(m.start(), m.end()):
                continue
            c = _Candidate(m.start(), m.end(), float(number), kind=Kind.ORDINAL, has_unit=True)
            found.append((c, m.group(0)))
            taken.append((m.start(), m.end()))
            year = re.match(r"\s+((?:19|20)\d{2})(?![\d\w])", text[m.end() : m.end() + 6])
            if year and not taken.overlaps(m.end() + year.start(1), m.end() + year.end(1)):  # "T3 2022": the year of the quarter
                y = _Candidate(m.end() + year.start(1), m.end() + year.end(1), float(year.group(1)), kind=Kind.YEAR)
                found.append((y, year.group(1)))
                taken.append((y.start, y.end))
        return found


#: A number in a chrono: digits, or a small number in words ("deux heures, quatre minutes", "three tenths").
_CHRONO_NUMBER = (r"(?:\d{1,3}|(?:un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|quinze|vingt|trente|quarante|"
                  r"cinquante|a|an|one|two|three|four|five|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|"
                  r"fifty)(?=\s))")  # a number in words is a word: "as 40" is no "a" and a second
#: The units of a chrono's pieces, with their length in seconds.
_CHRONO_UNITS = {
    "fr": ((r"h|heures?", 3600), (r"min|mn|minutes?", 60), (r"s|sec|secondes?", 1)),
    "en": ((r"h|hrs?|hours?", 3600), (r"min|mins|minutes?", 60), (r"s|sec|secs|seconds?", 1)),
}
_CHRONO_JOIN = {"fr": r"(?:,?\s+et\s+|,\s*|\s+)", "en": r"(?:,?\s+and\s+|,\s*|\s+)"}
#: A time written with the marks of minutes and seconds: "3'58''71" (3 min 58.71 s), "10''79", "2h04'12''".
_CHRONO_MARKS = re.compile(
    r"(?<![\d'’])(?:(?P<h>\d{1,2})\s?h\s?)?(?:(?P<m>\d{1,2})['’′])?(?P<s>\d{1,2})(?:''|’’|\"|″|”)(?P<c>\d{1,3})?(?![\d'’])"
)
#: An English race time: "3:58.71" (minutes, seconds and hundredths), "2:04:12" (hours, minutes, seconds).
_CHRONO_COLONS = re.compile(
    r"(?<![\d:.,])(?:(?P<h>\d{1,2}):(?P<m>\d{2}):(?P<s>\d{2})(?:\.(?P<c>\d{1,3}))?|(?P<m2>\d{1,2}):(?P<s2>\d{2})\.(?P<c2>\d{1,3}))"
    r"(?![\d:]|[.,]\d)"
)
#: A preposition of a clock time before colons: "at 10:15:30" is a time of day, not a time measured.
_CLOCK_BEFORE = re.compile(r"\b(?:at|by|from|until|till|to|before|after)\s+$", re.IGNORECASE)
#: After an English time with seconds, what makes it a time of day: "10:07:23 a.m.", "03:12:08 GMT".
_CLOCK_AFTER = re.compile(rf"\s?(?:(?P<ap>a\.m\.?|p\.m\.?|am|pm)(?!\w)|(?:{_TIME_ZONES})\b)", re.IGNORECASE)
#: A French preposition of a time of day before hours, minutes and seconds: "à 10 h 07 min 23 s" (not "en 2 h 04 min 12 s").
_CLOCK_BEFORE_FR = re.compile(r"(?<![\w'’])(?:à|vers|dès|jusqu['’]à)\s+$", re.IGNORECASE)
#: Parts of a second: "87 centièmes (de seconde)", "trois dixièmes de seconde", "87 hundredths of a second".
_SECOND_PARTS = {
    "fr": re.compile(rf"(?<![\w])(?P<n>{_CHRONO_NUMBER})\s+(?P<part>dixièmes?|centièmes?|millièmes?)(?P<of>\s+de\s+seconde)?(?!\w)",
                     re.IGNORECASE),
    "en": re.compile(rf"(?<![\w'’])(?P<n>{_CHRONO_NUMBER})\s+(?P<part>tenths?|hundredths?|thousandths?)(?P<of>\s+of\s+a\s+second)?(?!\w)",
                     re.IGNORECASE),
}
#: What parts of something other than a second are parts of: "deux centièmes de point", "tenths of a percentage point".
_PARTS_OF_A_UNIT = re.compile(r"\s+(?:de|d['’]|of(?:\s+an?)?)\s+(?:point|pourcentage|percentage|degré|degree|millimètre|millimetre|"
                              r"gramme|gram|litre|mètre|metre|inch|pouce|mile)", re.IGNORECASE)
_PART_SIZE = {"dixi": 0.1, "tent": 0.1, "cent": 0.01, "hund": 0.01, "mill": 0.001, "thou": 0.001}


@lru_cache(maxsize=8)
def _chrono_piece(lang: str, first: int) -> re.Pattern[str]:
    """A piece of a chrono in a unit from the ``first`` one down ("2 h", "04 min", "12 s"): the first piece of a text
    (``first`` 0, read anywhere), or one that follows another, after its joiner (", ", " et ", " and ")."""
    units = _CHRONO_UNITS[lang]
    last = len(units) - 1  # the seconds may carry their decimals after another piece: "3min 58.71sec", "1 min 54,30 s"
    number = {i: _CHRONO_NUMBER if i < last or first == 0 else rf"(?:\d{{1,2}}[.,]\d{{1,3}}|{_CHRONO_NUMBER})" for i in range(len(units))}
    piece = "|".join(f"(?P<n{i}>{number[i]}){_SP}?(?:{units[i][0]})" for i in range(first, len(units)))
    if first == 0:
        return re.compile(rf"(?<![\w'’,.])(?:{piece})(?!\w)", re.IGNORECASE)
    return re.compile(rf"{_CHRONO_JOIN[lang]}(?:{piece})(?!\w)", re.IGNORECASE)


def _unit_of(piece: re.Match[str]) -> int:
    """The index in :data:`_CHRONO_UNITS` of the unit a matched piece is in (its one number group ``n<i>`` that matched)."""
    return next(int(name[1:]) for name, value in piece.groupdict().items() if value)


def _chrono_number(word: str, lang: str) -> float | None:
    if word.isdigit():
        return int(word)
    if re.fullmatch(r"\d+[.,]\d+", word):
        return float(word.replace(",", "."))
    if word.lower() in ("a", "an", "un", "une"):
        return 1
    return _spelled_value(word, lang)


class ChronoRecogniser(Recogniser):
    """A time measured, in seconds, one figure however it is written: with marks ("3'58''71", "10''79"), with
    colons in English ("3:58.71", "2:04:12"), in pieces of descending units ("2 h 04 min 12 s", "4 min 02 s 15",
    "9 s 87", "two hours, four minutes and 12 seconds"), or in parts of a second ("87 centièmes", "three tenths of
    a second"). A time with seconds is a measure (a race time, a record); one of hours and minutes a duration. A
    single piece ("12 secondes") is left to the duration reader; "trois dixièmes" alone (of a second or of a point)
    is the number 0.3, with no unit.
    """

    name = "chrono"

    def find(self, text: str, lang: str, taken: Spans, excluded: Spans) -> Found:
        found: Found = []

        def add(start: int, end: int, seconds: float, precise: bool) -> None:
            if taken.overlaps(start, end):  # the excluded spans hold clock times ("2 h 04"), which a chrono reads whole
                return
            kind = Kind.MEASURE if precise else Kind.DURATION
            found.append((_Candidate(start, end, round(seconds, 3), kind=kind, unit="s", has_unit=True), text[start:end]))
            taken.append((start, end))

        for m in _CHRONO_MARKS.finditer(text):
            if lang == "en" and not m.group("c"):
                continue  # an English 5'10" is a height (feet and inches); a race time there has its hundredths
            if m.group("m") or m.group("c") or m.group("h"):
                h, mi, s = (int(m.group(g) or 0) for g in ("h", "m", "s"))
                c = m.group("c") or ""
                add(m.start(), m.end(), 3600 * h + 60 * mi + s + (int(c) / 10 ** len(c) if c else 0.0), True)
        def clock(start: int, end: int, h: int, mi: int, s: int, marker: str = "") -> bool:
            """A time of day with its seconds ("at 10:15:30", "à 10 h 07 min 23 s"), ``T10:15:30``."""
            if marker:
                if not 1 <= h <= 12:
                    return False
                h = h % 12 + (12 if marker.lower().startswith("p") else 0)
            if h > 23 or mi > 59 or s > 59 or taken.overlaps(start, end):
                return False
            found.append((_Candidate(start, end, 0.0, kind=Kind.TIME, value_str=f"T{h:02d}:{mi:02d}:{s:02d}"), text[start:end]))
            taken.append((start, end))
            return True

        if lang == "en":
            for m in _CHRONO_COLONS.finditer(text):
                marker = _CLOCK_AFTER.match(text, m.end())
                at = _CLOCK_BEFORE.search(text[max(0, m.start() - 8) : m.start()])
                if m.group("s") and not m.group("c") and (at or marker):
                    # "at 10:15:30", "03:12:08 GMT", "10:07:23 a.m.": a clock
                    ap = (marker.group("ap") or "") if marker else ""
                    h, mi, sec = (int(m.group(g)) for g in ("h", "m", "s"))
                    clock(m.start(), marker.end("ap") if marker and ap else m.end(), h, mi, sec, ap)
                    continue
                if at:
                    continue  # "at 10:15:30.5"
                h, mi, s = (int(m.group(g) or 0) for g in ("h", "m", "s")) if m.group("s") else (0, int(m.group("m2")), int(m.group("s2")))
                c = m.group("c") or m.group("c2") or ""
                add(m.start(), m.end(), 3600 * h + 60 * mi + s + (int(c) / 10 ** len(c) if c else 0.0), True)
        units = _CHRONO_UNITS[lang]
        for m in _chrono_piece(lang, 0).finditer(text):
            pieces = [(_unit_of(m), m)]
            end = m.end()
            while pieces[-1][0] < len(units) - 1:
                n = _chrono_piece(lang, pieces[-1][0] + 1).match(text, end)
                if not n:
                    break
                pieces.append((_unit_of(n), n))
                end = n.end()
            hundredths = re.match(rf"{_SP}(\d{{2,3}})(?![\d\w'’]|[.,]\d)", text[end:]) if pieces[-1][0] == len(units) - 1 else None
            if len(pieces) < 2 and not hundredths:
                continue  # "12 secondes": one piece, a duration the digit reader takes
            values = [_chrono_number(p.group(f"n{i}"), lang) for i, p in pieces]
            if any(v is None for v in values):
                continue
            whole = [int(p.group(f"n{i}")) for i, p in pieces if p.group(f"n{i}").isdigit()]
            after_at = _CLOCK_BEFORE_FR.search(text[max(0, m.start() - 10) : m.start()])
            if [i for i, _ in pieces] == [0, 1, 2] and not hundredths and after_at and len(whole) == 3 \
                    and clock(m.start(), end, whole[0], whole[1], whole[2]):
                continue  # "à 10 h 07 min 23 s": a time of day, to the second
            seconds = sum(float(v or 0) * units[i][1] for v, (i, _) in zip(values, pieces))
            if hundredths:
                seconds += int(hundredths.group(1)) / 10 ** len(hundredths.group(1))
                end += hundredths.end()
            add(m.start(), end, seconds, pieces[-1][0] == len(units) - 1)
        for m in _SECOND_PARTS[lang].finditer(text):
            part = m.group("part").lower()
            if not m.group("of") and _PARTS_OF_A_UNIT.match(text, m.end()):
                continue  # "deux centièmes de point": parts of something else ("à 16 centièmes du record" are seconds)
            number = _chrono_number(m.group("n"), lang)
            if number is None or taken.overlaps(m.start(), m.end()):
                continue
            if part.startswith(("dixi", "tent")) and not m.group("of"):  # "trois dixièmes" alone: of a second or of a point
                found.append((_Candidate(m.start(), m.end(), round(number * 0.1, 3)), m.group(0)))
                taken.append((m.start(), m.end()))
                continue
            add(m.start(), m.end(), number * _PART_SIZE[part[:4]], True)
        return found


#: An English length or weight in two imperial units: "6ft 3in", "5 feet 10 inches", "5'10\"", "11lb 4oz", "7 pounds 3 ounces".
_IMPERIAL_PAIR = re.compile(
    r"(?<![\w.,])(?P<big>\d{1,3})\s?(?:(?P<ft>ft|feet|foot|['’′])|(?P<lb>lbs?|pounds?))\s?(?:and\s+)?(?P<small>\d{1,2}(?:\.\d+)?)\s?"
    r"(?:(?(ft)(?:in|inches|inch|\"|″|”)|(?:oz|ounces?)))(?!\w)",
    re.IGNORECASE,
)


class ImperialPairRecogniser(Recogniser):
    """An English measure in two imperial units, one figure in the larger one: "6ft 3in" is 6.25 ft, "9lb 8oz" 9.5 lb
    (as English papers convert "1,9 mètre" or "4,3 kilos"), so the conversion is checked whole."""

    name = "imperial-pair"

    def find(self, text: str, lang: str, taken: Spans, excluded: Spans) -> Found:
        found: Found = []
        if lang != "en":
            return found
        for m in _IMPERIAL_PAIR.finditer(text):
            if taken.overlaps(m.start(), m.end()):
                continue
            feet = m.group("ft") is not None
            value = int(m.group("big")) + float(m.group("small")) / (12 if feet else 16)
            found.append((_Candidate(m.start(), m.end(), round(value, 4), kind=Kind.MEASURE, unit="ft" if feet else "lb", has_unit=True),
                          m.group(0)))  # fmt: skip
            taken.append((m.start(), m.end()))
        return found


#: The recognisers, in the order they claim characters.
RECOGNISERS: tuple[Recogniser, ...] = (
    RoundRecogniser(),  # "8es de finale", "XIXe siècle": names before their digits are read
    DayRangeRecogniser(),  # "du 3 au 5 mars": every day, before a date takes only the last
    DateRecogniser(),
    DecadeRecogniser(),
    ImperialPairRecogniser(),  # "6ft 3in": before a race time reads 5'10" and the digits "6"
    ChronoRecogniser(),  # "2 h 04 min 12 s", "3'58''71": before a clock reads "2 h 04" and the digits "58"
    TimeRecogniser(),  # "vers 14 h 30": before the digits read "14" and "30"
    NumericDateRecogniser(),
    YearSpanRecogniser(),  # "2021-22": before "22" is a count
    QuarterRecogniser(),  # "Q3": before it is a name
    RateBaseRecogniser(),  # "/100 000": before "100 000" is a count
    DigitRecogniser(),
    GarbledRecogniser(),  # "in2019": before the name reader takes it for a name
    NameRecogniser(),
    HalfRecogniser(),  # "two and a half", "half a million": before "two", "half" and "million" alone
    FractionRecogniser(),  # "deux tiers": before "deux"
    OrdinalWordRecogniser(),  # "vingt et unième": before "vingt"
    SpelledRecogniser(),
    WordAmountRecogniser(),
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
