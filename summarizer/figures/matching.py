"""Matching the figures of a French sentence to those of its English translation.

A French figure is matched to an English one by value (any of its readings) and by what it is: a
percentage only to a percentage (and "points" only to points), money only to money in the same
currency (or a bare number), a measure or a duration only in the same unit (or none), a clock time
to the same time. A measure in another unit is a *conversion* when the English value is the
French one converted and rounded (pint); it is reported as such. The digits of a name ("route 131")
must be copied. Two matched figures that trade places in the English (each now where the other
stood, around different words) are *swapped*.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from .extract import unread_numbers
from .model import Figure, Kind
from .units import converts, same_unit

__all__ = ["FigureMatch", "FidelityReport", "compare_figures"]

_SMALL_SPELLED = 10


@dataclass(frozen=True)
class FigureMatch:
    """A source figure and the translation figure that renders it."""

    source: Figure
    translation: Figure


@dataclass
class FidelityReport:
    """What became of each figure of a French sentence in its English translation.

    Attributes:
        matched: Source figures found in the translation.
        missing: Source figures not in the translation (lost or changed).
        unexpected: Translation figures not in the source (added or changed).
        ignored: Figures left out of the check (small spelled-out numbers, numbers copied from names).
        swapped: Two figures found in the English in each other's place
            (``40 589 tentatives et 124 réseaux`` -> ``124 attempts and 40,589 networks``).
        converted: Figures rendered in another unit, correctly converted ("15 m" -> "50 ft"): kept, and said.
        unread: Source figures the reader could not read for sure, left out of the check and listed.
    """

    matched: list[FigureMatch] = field(default_factory=list)
    missing: list[Figure] = field(default_factory=list)
    unexpected: list[Figure] = field(default_factory=list)
    ignored: list[Figure] = field(default_factory=list)
    swapped: list[tuple[FigureMatch, FigureMatch]] = field(default_factory=list)
    converted: list[FigureMatch] = field(default_factory=list)
    unread: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        """Every figure preserved, none added, none moved to another figure's place."""
        return not self.missing and not self.unexpected and not self.swapped

    def describe(self) -> str:
        """A one-line, human explanation of the mismatches (and of conversions, which are not mismatches)."""
        parts = []
        if self.missing:
            parts.append("missing in English: " + ", ".join(f"'{f.text}'" for f in self.missing))
        if self.unexpected:
            parts.append("not in the French: " + ", ".join(f"'{f.text}'" for f in self.unexpected))
        for first, second in self.swapped:
            parts.append(f"'{first.source.text}' and '{second.source.text}' appear in the other order in English: swapped?")
        for match in self.converted:
            parts.append(f"'{match.source.text}' converted to '{match.translation.text}'")
        if self.unread:
            parts.append("not read, not checked: " + ", ".join(f"'{text}'" for text in self.unread))
        if not (self.missing or self.unexpected or self.swapped):
            parts.insert(0, "all figures preserved")
        return "; ".join(parts)

    def to_dict(self) -> dict[str, Any]:
        """The report as a JSON-ready dict."""
        return {
            "ok": self.ok,
            "matched": [
                {
                    "value": m.source.value,
                    "text": m.source.text,
                    "translation_text": m.translation.text,
                    "kind": str(m.source.kind),
                }  # fmt: skip
                for m in self.matched
            ],
            "missing": [{"value": f.value, "text": f.text, "kind": str(f.kind), "start": f.start} for f in self.missing],
            "unexpected": [{"value": f.value, "text": f.text, "kind": str(f.kind), "start": f.start} for f in self.unexpected],
            "swapped": [[a.source.text, b.source.text] for a, b in self.swapped],
            "converted": [[m.source.text, m.translation.text] for m in self.converted],
            "unread": list(self.unread),
        }

    def extend(self, other: FidelityReport) -> None:
        """Add another report's items to this one."""
        self.matched += other.matched
        self.missing += other.missing
        self.unexpected += other.unexpected
        self.ignored += other.ignored
        self.swapped += other.swapped
        self.converted += other.converted
        self.unread += other.unread


def _checked(figure: Figure) -> bool:
    """Whether a figure must be found on the other side (small spelled numbers and ordinals may not be)."""
    if figure.kind == Kind.NAME:
        return False
    if figure.spelled and figure.kind == Kind.ORDINAL:
        return False
    if figure.spelled and figure.unit == "fraction":
        return False
    if figure.spelled and isinstance(figure.value, int | float) and abs(figure.value) <= _SMALL_SPELLED:
        return False
    return True


def _same_time(a: str, b: str) -> bool:
    """Clock times: ``T15:00`` = ``T15:00``; ``t03:00`` (no am/pm said) = ``T03:00`` or ``T15:00``."""
    (ha, ma), (hb, mb) = (map(int, v[1:].split(":")) for v in (a, b))
    if a[0] == "t" or b[0] == "t":
        return ha % 12 == hb % 12 and ma == mb
    return ha % 24 == hb % 24 and ma == mb


def _values(figure: Figure) -> tuple[float, ...]:
    return (abs(float(figure.value)), *(abs(float(r)) for r in figure.readings))


def _separator_confused(a: Figure, b: Figure) -> bool:
    """A French "57,000" (57000 or 57) written "57.000" in English: the English reader reads 57."""
    french, english = (a, b) if a.lang == "fr" else (b, a)
    return bool(french.readings) and re.search(r"\d\.\d{3}(?!\d)", english.text) is not None


def _equal(x: float, y: float) -> bool:
    return abs(x - y) <= 1e-9 * max(1.0, x, y)


def _compatible(a: Figure, b: Figure) -> bool:
    """Whether two figures of the same value may be the same figure, by kind and unit."""
    if (a.kind == Kind.PERCENT) != (b.kind == Kind.PERCENT):
        return False  # a percentage is only ever a percentage
    if a.kind == Kind.PERCENT:
        return a.unit == b.unit or not (a.unit and b.unit)  # "%" is not "points"
    if (a.kind == Kind.MONEY) != (b.kind == Kind.MONEY):
        other = b if a.kind == Kind.MONEY else a
        return other.kind == Kind.COUNT and not other.unit  # "from 37 to 188 dollars": a bare number may be money
    if a.kind == Kind.MONEY:
        return a.unit == b.unit or not (a.unit and b.unit)
    # a year is not a count of something: "en 2012, 142 crimes" -> "in 142, 2012 crimes" moved the figures
    for year, other in ((a, b), (b, a)):
        if year.kind == Kind.YEAR and other.kind == Kind.COUNT and not other.spelled and _counts_things(other):
            return False
    units = {Kind.MEASURE, Kind.DURATION}
    if a.kind in units and b.kind in units:
        return same_unit(a.unit, b.unit)
    if a.kind in units or b.kind in units:
        other = b if a.kind in units else a
        # "48 ans" -> "(48)", "a 500-degree heat" -> "500": a bare number, never a year ("pendant 30 ans" is not "2011 years")
        return other.kind in (Kind.COUNT, Kind.OTHER) and not other.unit and not _counts_things(other)
    return True


def _counts_things(figure: Figure) -> bool:
    """A number of things ("2012 crimes", "30 Israelis"), not a year's noun ("a 2011 report", "2011 Brennan Centre")."""
    noun = figure.noun
    return len(noun) > 3 and noun.endswith(("s", "x")) and noun.isalpha()


def _same_value(a: Figure, b: Figure) -> bool:
    if a.kind == Kind.TIME and b.kind == Kind.TIME and isinstance(a.value, str) and isinstance(b.value, str):
        return _same_time(a.value, b.value)
    if isinstance(a.value, str) or isinstance(b.value, str):
        if a.value == b.value:
            return True
        # a French year kept in a fuller English date: "en 1917" -> "in November 1917" (not the other way)
        if a.lang == "fr" and a.kind == Kind.YEAR and isinstance(b.value, str) and b.value[:4] == str(a.value):
            return True
        # a French clock hour written as a bare number: "de 8h le soir" -> "from 8 in the evening"
        for time, other in ((a, b), (b, a)):
            if (
                time.kind == Kind.TIME
                and other.kind == Kind.COUNT
                and not other.unit
                and not _counts_things(other)
                and isinstance(other.value, int)
            ):
                hour, minute = map(int, str(time.value)[1:].split(":"))
                return minute == 0 and other.value in (hour, hour % 12)
        return False
    if not any(_equal(x, y) for x in _values(a) for y in _values(b)) or _separator_confused(a, b):
        return False
    # "1.7m people": read in millions, the English figure is a count, not metres
    a, b = (
        _as_count(f) if f.unit == "m" and f.readings and not _equal(abs(float(f.value)), _values(g)[0]) else f for f, g in ((a, b), (b, a))
    )
    return _compatible(a, b)


def _as_count(figure: Figure) -> Figure:
    return replace(figure, kind=Kind.COUNT, unit="")


def _match(source: list[Figure], target: list[Figure], report: FidelityReport) -> None:
    free = list(target)
    for figure in source:
        candidates = [t for t in free if _same_value(figure, t)]
        if not candidates:
            report.missing.append(figure)
            continue
        best = next((t for t in candidates if t.kind == figure.kind), candidates[0])
        free.remove(best)
        report.matched.append(FigureMatch(figure, best))
    report.unexpected.extend(free)


def _conversions(report: FidelityReport, spare: list[Figure]) -> None:
    """Missing French measures found in the English in another unit, correctly converted."""
    still: list[Figure] = []
    for figure in report.missing:
        found = None
        if figure.kind in (Kind.MEASURE, Kind.DURATION) and isinstance(figure.value, int | float):
            for other in [*report.unexpected, *spare]:
                unit = other.unit
                if other.kind == Kind.MONEY and other.unit == "GBP" and re.search(r"pound", other.text, re.I):
                    unit = "pound"  # "100 kg" -> "220 pounds": a weight, not sterling
                elif other.kind not in (Kind.MEASURE, Kind.DURATION) or isinstance(other.value, str):
                    continue
                if converts(float(figure.value), figure.unit, float(other.value), unit):
                    found = other
                    break
        if found is None:
            still.append(figure)
            continue
        if found in report.unexpected:
            report.unexpected.remove(found)
        else:
            spare.remove(found)
        match = FigureMatch(figure, found)
        report.matched.append(match)
        report.converted.append(match)
    report.missing = still


_MONTH_NAMES = "January February March April May June July August September October November December".split()


def _split_dates(translation: str, report: FidelityReport) -> None:
    """A French "novembre 1954" rendered "the November issue ... in 1954": the month and the year both kept."""
    still: list[Figure] = []
    for figure in report.missing:
        value = str(figure.value)
        found = None
        if figure.kind == Kind.DATE and re.fullmatch(r"\d{4}-(?:0[1-9]|1[0-2])", value):
            month = _MONTH_NAMES[int(value[5:7]) - 1]
            if re.search(rf"\b{month}\b", translation):
                found = next((f for f in report.unexpected if f.kind == Kind.YEAR and str(f.value) == value[:4]), None)
        if found is None:
            still.append(figure)
        else:
            report.unexpected.remove(found)
            report.matched.append(FigureMatch(figure, found))
    report.missing = still


def _names(source: str, translation: str, src: Sequence[Figure], tgt: Sequence[Figure], report: FidelityReport) -> None:
    """The digits of every name of the French are in the English, exactly ("route 131" -> "Route 131"), in order."""
    english = [f for f in tgt if f.kind == Kind.NAME]
    used: list[Figure] = []
    kept: list[FigureMatch] = []
    for figure in src:
        if figure.kind != Kind.NAME:
            continue
        digits = str(figure.value).split()
        # the digits, in their order ("4-0" is not "0-4"), each group exactly ("route 131" is not "Route 139")
        sequence = r"\D{1,3}".join(re.sub(r"[.,]", "[.,]", d) for d in digits)
        if re.search(rf"(?<![\d.,]){sequence}(?![\d]|[.,]\d)", translation) or (len(digits) == 1 and _spelled_in(digits[0], translation)):
            report.ignored.append(figure)
            found = next((n for n in english if n.value == figure.value and n not in used), None)
            if found is not None:
                used.append(found)
                kept.append(FigureMatch(figure, found))
        else:
            report.missing.append(figure)
    # two names in the other order ("I/43 et I/34" -> "I/34 and I/43", "RM-1A ... RM-2" -> "RM-2A ... RM-1")
    if not report.missing:
        report.swapped += [(a, b) for i, a in enumerate(kept) for b in kept[i + 1 :] if a.translation.start > b.translation.start]


_ENGLISH_WORDS = "zero one two three four five six seven eight nine ten eleven twelve".split()


def _spelled_in(digits: str, translation: str) -> bool:
    """Whether a name's small number is spelled out in an English compound ("3D" -> "three-dimensional")."""
    if not digits.isdigit() or int(digits) >= len(_ENGLISH_WORDS):
        return False
    return re.search(rf"(?<![\w]){_ENGLISH_WORDS[int(digits)]}-[a-z]", translation, re.I) is not None


_RANGE_JOIN = re.compile(r"\s*(?:-|–|—|to|and|or|et|à|ou)\s*", re.IGNORECASE)
_WORD = re.compile(r"[^\W\d_]{3,}")


def _number(figure: Figure) -> float:
    return float(figure.value) if isinstance(figure.value, int | float) else float(re.sub(r"\D", "", str(figure.value)) or 0)


def _swaps(source: str, translation: str, matched: list[FigureMatch]) -> list[tuple[FigureMatch, FigureMatch]]:
    """Pairs of matched figures whose English order is the reverse of the French, ranges aside.

    Translators reorder clauses ("en 2011, 2 700 cas" -> "2,700 cases in 2011"), so the order alone
    decides only for two figures of the same kind; figures of different kinds are swapped when each
    English figure now stands where the other's kind belongs (a year read as a count, a count as a year).
    """
    found = []
    ordered = sorted(matched, key=lambda m: m.source.start)
    for i, a in enumerate(ordered):
        for b in ordered[i + 1 :]:
            if a.source.value == b.source.value or a.translation.start <= b.translation.start:
                continue
            if Kind.NAME in (a.source.kind, b.source.kind) or a.translation is b.translation:
                continue
            same_kind = a.source.kind == b.source.kind
            crossed = (
                a.source.kind != a.translation.kind
                and b.source.kind != b.translation.kind
                and a.source.kind == b.translation.kind
                and b.source.kind == a.translation.kind
            )
            if not (same_kind or crossed):
                continue
            # a range written in rising order ("entre 1 et 0,5" -> "0.5 - 1") is the same range; "30 to 40%" -> "40 to 30%" is not
            ranged = _RANGE_JOIN.fullmatch(source[a.source.end : b.source.start]) or _RANGE_JOIN.fullmatch(
                translation[b.translation.end : a.translation.start]
            )
            if ranged and _number(a.source) > _number(b.source):
                continue
            if not ranged and _moved_with_their_words(a, b):
                continue  # "124 réseaux ... 40 589 migrants" -> "40,589 migrants ... 124 networks": clauses reordered
            found.append((a, b))
    return found


def _stems(text: str) -> set[str]:
    folded = "".join(c for c in unicodedata.normalize("NFD", text.lower()) if unicodedata.category(c) != "Mn")
    return {w[:5] for w in re.findall(r"[a-z]{4,}", folded)}


def _moved_with_their_words(a: FigureMatch, b: FigureMatch) -> bool:
    """Two figures in the other order, each still beside the words it had in French (a word the two languages
    share: "migrants", "tonnes", "personnes"/"persons"): the translator moved the clauses, not the figures."""
    own = [_stems(m.source.label) & _stems(f"{m.translation.label} {m.translation.noun}") for m in (a, b)]
    crossed = [_stems(m.source.label) & _stems(f"{n.translation.label} {n.translation.noun}") for m, n in ((a, b), (b, a))]
    return any(own) and not any(crossed)


def _pair_up(
    report: FidelityReport,
    figures: list[Figure],
    pool: list[Figure],
    same: Callable[[Figure, Figure], bool],
    french_first: bool = True,
) -> list[Figure]:
    """Match each of ``figures`` to the first figure of ``pool`` that ``same`` accepts (taking it from the pool);
    return the figures left unmatched."""
    left: list[Figure] = []
    for figure in figures:
        found = next((other for other in pool if same(figure, other)), None)
        if found is None:
            left.append(figure)
            continue
        pool.remove(found)
        report.matched.append(FigureMatch(figure, found) if french_first else FigureMatch(found, figure))
    return left


def compare_figures(source: str, src: Sequence[Figure], tgt: Sequence[Figure], translation: str = "") -> FidelityReport:
    """Match figures already read from a French sentence and its English translation.

    Args:
        source: The French sentence (to recognise numbers copied from its names).
        src: Its figures.
        tgt: The translation's figures.
        translation: The English sentence (to find the digits of names, and to tell a range written
            the other way round from a swap).
    """
    report = FidelityReport()
    report.ignored = [f for f in [*src, *tgt] if not _checked(f) and f.kind != Kind.NAME]
    _match([f for f in src if _checked(f)], [f for f in tgt if _checked(f)], report)
    # a French figure written out in the English ("2 semaines" -> "two weeks", "5e" -> "fifth") is kept, not lost;
    # those spelled English forms are never counted as additions when nothing in the French asks for them
    spare = [f for f in tgt if not _checked(f) and f.kind != Kind.NAME]
    report.missing = _pair_up(
        report, report.missing, spare, lambda f, t: _same_value(f, t) and (t.kind == Kind.ORDINAL) == (f.kind == Kind.ORDINAL)
    )
    # and an English figure in digits that the French wrote out ("trois concerts" -> "3 concerts") is no addition
    spare_src = [f for f in src if not _checked(f) and f.kind != Kind.NAME]
    report.unexpected = _pair_up(report, report.unexpected, spare_src, lambda t, f: _same_value(f, t), french_first=False)
    _conversions(report, spare)
    # a French number the English wrote inside a name ("seulement 4" -> "Kaddafi 4 remained")
    english_names = [f for f in tgt if f.kind == Kind.NAME]
    report.missing = _pair_up(
        report, report.missing, english_names,
        lambda f, n: (f.kind == Kind.COUNT or (f.kind == Kind.YEAR and n.text.isdigit()))  # "London 2012", not "Meteor-1962"
        and isinstance(f.value, int) and str(n.value) == str(f.value),
    )  # fmt: skip
    if translation:
        _split_dates(translation, report)
    # a number copied from a name or identifier of the source ("le 3919" -> "3919") is not an addition
    copied = [f for f in report.unexpected if re.fullmatch(r"\d+", f.text) and re.search(rf"(?<![\d,.]){f.text}(?!\d|[,.]\d)", source)]
    report.unexpected = [f for f in report.unexpected if f not in copied]
    report.ignored += copied
    _names(source, translation, src, tgt, report)
    if not report.missing and not report.unexpected:
        report.swapped += _swaps(source, translation, report.matched)
    report.unread = unread_numbers(source, src, "fr")
    return report
