"""Matching the figures of a French sentence to those of its English translation.

A French figure is matched to an English one by value (any of its readings) and by what it is: a
percentage only to a percentage (and "points" only to points), money only to money in the same
currency (or a bare number), a measure or a duration only in the same unit (or none), a clock time
to the same time. A measure in another unit is a *conversion* when the English value is the
French one converted and rounded (pint); it is reported as such. The digits of a name ("route 131")
must be copied. Two matched figures that trade places in the English (each now where the other
stood, around different words) are *swapped*.

The pairing is one assignment (:func:`scipy.optimize.linear_sum_assignment`) over a cost that puts value and
unit first (a pair that differs in them is impossible), then kind, comparator, direction, the counted noun and
the position in the sentence. Each pair is then compared by meaning (:mod:`.meaning`): a lower bound written as
an upper one ("plus de 3 000" -> "fewer than 3,000"), a rise written as a fall ("ont augmenté de 7 %" -> "fell
7%"), or a figure that now counts what another French figure counted ("12 blessés et 3 morts" -> "12 dead and 3
injured") is a :class:`MeaningChange`, and the report is not ok. An added figure is flagged unless it is a
conversion, the French figure written again in another form right beside it ("12 (twelve)"), or the digits of a
name the French holds as a name: a French count written twice in the English is an addition.
"""

from __future__ import annotations

import logging
import re
import unicodedata
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from ..words import fold_word, singular
from .extract import unread_numbers
from .lexicon import _LABEL_STOP, _ONE_SCORE, _PEOPLE_BY_AGE_OR_SEX, _VERDICT_STEMS
from .meaning import (
    _PRENOMINAL,
    MEANING_KINDS,
    PARTICLES,
    Comparator,
    Direction,
    FigureFact,
    compound_complement,
    counts_persons,
    counts_same,
    direction_of_word,
    english_singulars,
    french_facts,
    general_excludes,
    general_french,
    in_lexicon,
    looks_plural,
    names_noun,
    nearest_change,
    opposed_qualifiers,
    same_noun,
    states_a_change,
    word_facts,
)
from .model import Figure, Kind
from .outcomes import noun_poles, opposed_outcomes, outcome_poles, outcome_words
from .units import converts, quantity, same_unit

logger = logging.getLogger(__name__)

__all__ = ["FigureMatch", "FidelityReport", "MeaningChange", "compare_figures", "read_meaning"]

_SMALL_SPELLED = 10


@dataclass(frozen=True)
class FigureMatch:
    """A source figure and the translation figure that renders it."""

    source: Figure
    translation: Figure


@dataclass(frozen=True)
class MeaningChange:
    """A matched pair whose value is kept but whose meaning is not.

    Attributes:
        match: The French figure and its English pair.
        attribute: ``"comparator"``, ``"direction"`` or ``"noun"``.
        source: What the French says ("more than", "rise", the noun it counts).
        translation: What the English says instead ("less than", "fall", the noun it counts).
        other: For a noun, the French figure whose noun the English figure now counts, if any.
        other_translation: What that other figure counts in the English, if read ("injured" in "4 injured").
    """

    match: FigureMatch
    attribute: str
    source: str
    translation: str
    other: Figure | None = None
    other_translation: str = ""

    def describe(self) -> str:
        """One line: "'plus de 3 000' -> 'fewer than 3,000': more than -> less than", "'17' -> '17': counts 'dead',
        what '4' counts in French (injured <-> dead)"."""
        head = f"'{self.match.source.text}' -> '{self.match.translation.text}'"
        if self.attribute == "noun":
            said = f", what '{self.other.text}' counts in French" if self.other is not None else ""
            was = self.other_translation or self.source
            return f"{head}: counts '{self.translation}' (French '{self.source}'){said}: {was} <-> {self.translation}"
        return f"{head}: {self.source} -> {self.translation}"

    def to_dict(self) -> dict[str, Any]:
        """The change as a JSON-ready dict."""
        return {"text": self.match.source.text, "translation_text": self.match.translation.text, "attribute": self.attribute,
                "source": self.source, "translation": self.translation}  # fmt: skip


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
        changed: Matched figures whose comparator, direction or counted noun changed (:class:`MeaningChange`).
        notes: What the check could not do, said once per report ("counted nouns not compared: no English parser").
    """

    matched: list[FigureMatch] = field(default_factory=list)
    missing: list[Figure] = field(default_factory=list)
    unexpected: list[Figure] = field(default_factory=list)
    ignored: list[Figure] = field(default_factory=list)
    swapped: list[tuple[FigureMatch, FigureMatch]] = field(default_factory=list)
    converted: list[FigureMatch] = field(default_factory=list)
    unread: list[str] = field(default_factory=list)
    changed: list[MeaningChange] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        """Every figure preserved with its meaning, none added, none moved to another figure's place."""
        return not self.missing and not self.unexpected and not self.swapped and not self.changed

    def describe(self) -> str:
        """A one-line, human explanation of the mismatches (and of conversions, which are not mismatches)."""
        parts = []
        if self.missing:
            parts.append("missing in English: " + ", ".join(f"'{f.text}'" for f in self.missing))
        if self.unexpected:
            parts.append("not in the French: " + ", ".join(f"'{f.text}'" for f in self.unexpected))
        for first, second in self.swapped:
            parts.append(f"'{first.source.text}' and '{second.source.text}' appear in the other order in English: swapped?")
        parts += [change.describe() for change in self.changed]
        for match in self.converted:
            parts.append(f"'{match.source.text}' converted to '{match.translation.text}'")
        if self.unread:
            parts.append("not read, not checked: " + ", ".join(f"'{text}'" for text in self.unread))
        parts += self.notes
        if not (self.missing or self.unexpected or self.swapped or self.changed):
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
            "changed": [change.to_dict() for change in self.changed],
            "notes": list(self.notes),
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
        self.changed += other.changed
        self.notes += [note for note in other.notes if note not in self.notes]


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
    (ha, ma, *sa), (hb, mb, *sb) = ([int(p) for p in v[1:].split(":")] for v in (a, b))
    if sa and sb and sa != sb:
        return False  # seconds compared where both say them ("10:07:23"); a time to the minute is the same minute
    if a[0] == "t" or b[0] == "t":
        return ha % 12 == hb % 12 and ma == mb
    return ha % 24 == hb % 24 and ma == mb


def _values(figure: Figure) -> tuple[float, ...]:
    return (abs(float(figure.value)), *(abs(float(r)) for r in figure.readings))


#: A French unit in the singular after a number: the number is below 2 ("1,879 euro", "1,250 litre").
_SINGULAR_UNIT = re.compile(r"\b(?:euro|franc|dollar|livre|litre|mètre|kilo|kilogramme|tonne|point)\b(?!s)", re.IGNORECASE)


def _separator_confused(a: Figure, b: Figure) -> bool:
    """A French "57,000" (57000 or 57) written "57.000" in English: the English reader reads 57."""
    french, english = (a, b) if a.lang == "fr" else (b, a)
    value = abs(float(french.value))
    if value < 2 and _SINGULAR_UNIT.search(french.text) and _equal(value, abs(float(english.value))):
        return False  # "1,879 euro" / "€1.879": a singular unit says a decimal, the same price ("3,500 tonnes" stays ambiguous)
    return bool(french.readings) and re.search(r"\d\.\d{3}(?!\d)", english.text) is not None


def _equal(x: float, y: float) -> bool:
    return abs(x - y) <= 1e-9 * max(1.0, x, y)


#: The currencies called francs, the bare "francs" ("FRF") among them.
_FRANCS = frozenset({"FRF", "CHF", "XOF", "XAF", "GNF", "CDF"})


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
        # a bare French "francs" (read "FRF") names no country: Swiss, CFA, Guinean or Congolese francs
        francs = {a.unit, b.unit} <= _FRANCS and "FRF" in (a.unit, b.unit)
        return a.unit == b.unit or not (a.unit and b.unit) or francs
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
    """A number of things ("2012 crimes", "30 Israelis"), not a year's noun ("a 2011 report", "2011 Brennan Centre", "1990
    levels", "2019 prices": the values of a year)."""
    noun = figure.noun
    return len(noun) > 3 and noun.endswith(("s", "x")) and noun.isalpha() and noun.lower() not in _VALUES_OF_A_YEAR


#: Plural nouns that a year before them dates rather than counts: "1990 levels", "2019 prices", "2023 figures".
_VALUES_OF_A_YEAR = frozenset({"levels", "figures", "prices", "rates", "results", "standards", "values", "terms", "accounts"})


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
                hour, minute = map(int, str(time.value)[1:].split(":")[:2])
                return minute == 0 and other.value in (hour, hour % 12)
        return False
    if not any(_equal(x, y) for x in _values(a) for y in _values(b)) or _separator_confused(a, b):
        return False
    # "1.7m people": read in millions, the English figure is a count, not metres
    a, b = (
        _as_count(f) if f.unit == "m" and f.readings and not _equal(abs(float(f.value)), _values(g)[0]) else f for f, g in ((a, b), (b, a))
    )
    return _compatible(a, b)


def _unit_said_before(french: Figure, english: Figure, src: Sequence[Figure]) -> bool:
    """Whether a bare French number is ``english`` with its unit left out, another French amount before it
    saying that unit ("a perdu 2 points, ... en gagne 3" -> "gained three points"; "de 15 % à 18" -> "from 15%
    to 18%"; "4,2 grammes, contre 10 espérés" -> "the 10 grams hoped for": the word after the number a participle)."""
    participle = re.fullmatch(r"[^\W\d_]+(?:é|ée|és|ées|us|ues|is|ies)", french.noun or "") is not None
    if french.kind != Kind.COUNT or french.unit or french.noun and not participle or english.kind not in _UNIT_KINDS or not english.unit:
        return False
    if not any(_equal(x, y) for x in _values(french) for y in _values(english)):
        return False
    return any(
        other.kind == english.kind and other.end <= french.start and (other.unit == english.unit or same_unit(other.unit, english.unit))
        for other in src
    )


_UNIT_KINDS = frozenset({Kind.PERCENT, Kind.MEASURE, Kind.DURATION, Kind.MONEY})


def _as_count(figure: Figure) -> Figure:
    return replace(figure, kind=Kind.COUNT, unit="")


Facts = Mapping[int, FigureFact]  # id(figure) -> its fact
_IMPOSSIBLE = 1e6


def _pair_cost(a: Figure, b: Figure, facts: Facts, nouns: Mapping[str, str] | None, rank: float) -> float:
    """The cost of pairing French ``a`` with English ``b``: impossible unless value and unit agree; then kind,
    comparator, direction, the counted noun, and ``rank`` (how far apart they stand in their sentences, 0..1)."""
    if not _same_value(a, b):
        return _IMPOSSIBLE
    cost = 0.0 if a.kind == b.kind else 1.0
    fa, fb = facts.get(id(a)), facts.get(id(b))
    if fa is not None and fb is not None:
        cost += 0.3 * fa.comparator.contradicts(fb.comparator) + 0.3 * fa.direction.contradicts(fb.direction)
        same = counts_same(fa, fb.noun, nouns)
        cost += 0.0 if same is True else 0.5 if same is False else 0.2
    return cost + 0.1 * rank


def _match(source: list[Figure], target: list[Figure], report: FidelityReport, facts: Facts, nouns: Mapping[str, str] | None) -> None:
    """Pair French and English figures by one assignment over :func:`_pair_cost` (scipy)."""
    if not source or not target:
        report.missing.extend(source)
        report.unexpected.extend(target)
        return
    n, m = len(source), len(target)
    costs = [[_pair_cost(a, b, facts, nouns, abs(i / max(1, n - 1) - j / max(1, m - 1))) for j, b in enumerate(target)]
             for i, a in enumerate(source)]  # fmt: skip
    # only figures that may be the same figure compete: one assignment per group of them (an article's hundreds
    # of figures fall into small groups by value), which is the same optimum as one assignment over all
    parent = list(range(n + m))

    def root(k: int) -> int:
        while parent[k] != k:
            parent[k] = parent[parent[k]]
            k = parent[k]
        return k

    for i in range(n):
        for j in range(m):
            if costs[i][j] < _IMPOSSIBLE:
                parent[root(i)] = root(n + j)
    groups: dict[int, tuple[list[int], list[int]]] = {}
    for i in range(n):
        groups.setdefault(root(i), ([], []))[0].append(i)
    for j in range(m):
        groups.setdefault(root(n + j), ([], []))[1].append(j)
    paired: dict[int, int] = {}
    for rows, cols in groups.values():
        if not rows or not cols:
            continue
        chosen_rows, chosen_cols = _assignment([[costs[i][j] for j in cols] for i in rows])
        paired.update((rows[r], cols[c]) for r, c in zip(chosen_rows, chosen_cols) if costs[rows[r]][cols[c]] < _IMPOSSIBLE)
    used = set(paired.values())
    for i, figure in enumerate(source):
        if i in paired:
            report.matched.append(FigureMatch(figure, target[paired[i]]))
        else:
            report.missing.append(figure)
    report.unexpected.extend(t for j, t in enumerate(target) if j not in used)


def _assignment(costs: list[list[float]]) -> tuple[list[int], list[int]]:
    """The rows and columns of a minimum-cost assignment: :func:`scipy.optimize.linear_sum_assignment`, or, where
    scipy is not installed, the same exact solution by the Hungarian method (sentences hold a few figures)."""
    try:
        from scipy.optimize import linear_sum_assignment
    except ImportError:
        return _hungarian(costs)
    rows, cols = linear_sum_assignment(costs)
    return [int(r) for r in rows], [int(c) for c in cols]


def _hungarian(costs: list[list[float]]) -> tuple[list[int], list[int]]:
    """Minimum-cost assignment of a rectangular matrix (Kuhn-Munkres with potentials, O(n^2 m))."""
    transposed = len(costs) > len(costs[0])
    a = [list(col) for col in zip(*costs)] if transposed else costs
    n, m = len(a), len(a[0])
    inf = float("inf")
    u, v, p, way = [0.0] * (n + 1), [0.0] * (m + 1), [0] * (m + 1), [0] * (m + 1)
    for i in range(1, n + 1):
        p[0], j0 = i, 0
        minv, used = [inf] * (m + 1), [False] * (m + 1)
        while True:
            used[j0] = True
            i0, delta, j1 = p[j0], inf, 0
            for j in range(1, m + 1):
                if not used[j]:
                    cur = a[i0 - 1][j - 1] - u[i0] - v[j]
                    if cur < minv[j]:
                        minv[j], way[j] = cur, j0
                    if minv[j] < delta:
                        delta, j1 = minv[j], j
            for j in range(m + 1):
                if used[j]:
                    u[p[j]] += delta
                    v[j] -= delta
                else:
                    minv[j] -= delta
            j0 = j1
            if p[j0] == 0:
                break
        while j0:
            j1 = way[j0]
            p[j0] = p[j1]
            j0 = j1
    pairs = sorted((p[j] - 1, j - 1) for j in range(1, m + 1) if p[j])
    if transposed:
        pairs = sorted((c, r) for r, c in pairs)
    return [r for r, _ in pairs], [c for _, c in pairs]


#: English nouns too general to tell what a figure counts ("12 protesters" may be "12 people").
_GENERIC = frozenset("person people individual one other thing time case number total figure".split())


_DETERMINERS = frozenset("the its their his her our this that these those".split())
_FROM_TO = re.compile(r"\s*(?:(?:in|on|at)\s+[\w ]{1,20}?\s*)?,?\s*(?:to|and)\s+$", re.IGNORECASE)


#: Where the clause of a change "from A to B" begins, looking back from "from": punctuation, a conjunction, a relative.
_SPAN_CLAUSE = re.compile(r"[,;:()\[\]\"“”]|\b(?:and|but|while|whereas|which|who|that|when|after|before|since)\b", re.IGNORECASE)


#: Between a level and the one it changed from, after it: "40 million, up from 30 million", "7% (down from 9%)", "a
#: rate of 7%, a fall from 9%", "300 in May, down from 340". Group: the word of change.
_LEVEL_SINCE = re.compile(r"\s*(?:(?:in|on|at|last|this)\s+[\w ]{1,20}?\s*)?[,(]?\s*(?:(?:an?|the)\s+(?:[a-z]+\s+)?)?"
                          r"(up|down|rise|increase|fall|drop|decline|decrease)\s+from\s+",
                          re.IGNORECASE)  # fmt: skip


#: Between a level reached and the one it changed from: "rose to 7.1% from 6.9%", "fell to 300 (from 340)".
_TO_THEN_FROM = re.compile(r"\s*(?:(?:in|on|at)\s+[\w ]{1,20}?\s*)?,?\s*\(?\s*from\s+", re.IGNORECASE)


def _span_directions(report: FidelityReport, facts: Facts, translation: str) -> list[MeaningChange]:
    """A change "from A to B" whose word says the other way than its values: "fell from 4,862 to 6,678" is a rise; a
    level followed by the one it changed from: "7%, up from 9%" is a fall, "fell to 7.1% from 6.9%" a rise."""
    changes = []
    ordered = sorted((m for m in report.matched if m.translation.kind in MEANING_KINDS), key=lambda m: m.translation.start)
    for first, second in zip(ordered, ordered[1:]):
        a, b = first.translation, second.translation
        if isinstance(a.value, str) or isinstance(b.value, str) or a.kind != b.kind or a.kind not in MEANING_KINDS:
            continue
        since = _LEVEL_SINCE.fullmatch(translation[a.end : b.start])
        if since is not None and not _equal_values(a, b):
            # "7%, down from 9%": the level reached first, then the one it changed from
            said = direction_of_word(since.group(1), "en")
            values = Direction.RISE if float(a.value) > float(b.value) else Direction.FALL
            if said.contradicts(values):
                changes.append(MeaningChange(first, "direction", str(values), str(said)))
            continue
        back = _TO_THEN_FROM.fullmatch(translation[a.end : b.start])
        if back is not None and re.search(r"\bto\s+\S*$", translation[max(0, a.start - 12) : a.start]) and not _equal_values(a, b):
            # "rose to 7.1% from 6.9%": the level reached first, then the one it changed from
            clause = _SPAN_CLAUSE.split(translation[max(0, a.start - 80) : a.start])[-1]
            said = nearest_change(clause, "en", (), 6)  # its last word the "to" before the level
            values = Direction.RISE if float(a.value) > float(b.value) else Direction.FALL
            if said.contradicts(values):
                changes.append(MeaningChange(first, "direction", str(values), str(said)))
            continue
        if not re.search(r"\bfrom\s+\S*$", translation[max(0, a.start - 12) : a.start]):
            continue
        if not _FROM_TO.fullmatch(translation[a.end : b.start] + " "):
            continue
        # the word of change of the clause before "from" ("has fallen sharply from", "lower the speed limit on ring roads
        # from"), else what the parse says of the figure
        clause = _SPAN_CLAUSE.split(translation[max(0, a.start - 80) : a.start])[-1]
        words = re.findall(r"[A-Za-z]+", clause)[-9:-1]
        # a comparative states no change, unless it is the verb of an object ("lower the age", "raise its fees") or the
        # particle of a phrasal verb right before "from" ("has shot up from", "went down from")
        verbs = [w for w, after in zip(words, [*words[1:], ""]) if w.lower() not in PARTICLES or after.lower() in _DETERMINERS
                 or (not after and w.lower() in ("up", "down"))]  # fmt: skip
        read = (direction_of_word(w, "en") for w in reversed(verbs))
        said = next((d for d in read if d is not Direction.NONE), Direction.NONE)
        fact = facts.get(id(b))
        if said is Direction.NONE and fact is not None:
            said = fact.direction
        if said is Direction.NONE or float(a.value) == float(b.value):
            continue
        values = Direction.RISE if float(b.value) > float(a.value) else Direction.FALL
        if said.contradicts(values):
            changes.append(MeaningChange(second, "direction", str(values), str(said)))
    return changes


def _quiet_pairs(report: FidelityReport, src: Sequence[Figure], tgt: Sequence[Figure]) -> list[FigureMatch]:
    """Small numbers spelled on both sides ("moins de cinq salariés" / "less than five employees"), left out of the
    value check, paired one for one in their order when equal in value, kind and unit: they are compared by meaning."""
    paired = {id(f) for m in report.matched for f in (m.source, m.translation)}

    def quiet(figure: Figure) -> bool:
        return id(figure) not in paired and not _checked(figure) and figure.kind in MEANING_KINDS and isinstance(figure.value, int | float)

    english = [t for t in tgt if quiet(t)]
    found = []
    for figure in (f for f in src if quiet(f)):
        other = next((t for t in english if t.kind == figure.kind and _equal_values(figure, t)
                      and (figure.unit == t.unit or same_unit(figure.unit, t.unit))), None)  # fmt: skip
        if other is not None:
            english.remove(other)
            found.append(FigureMatch(figure, other))
    return found


_FRENCH_WORD = re.compile(r"[^\W\d_]{4,}")


#: Where a French noun phrase ends: a punctuation mark, a relative, a conjunction, an auxiliary or a verb of being or
#: having (the clause's verb follows its subject: "deux satellites ont photographié la planète").
_PHRASE_END = re.compile(r"[,;:.!?()«»\"]|\s(?:qui|que|qu['’]|dont|où|et|ou|mais|a|ont|avait|avaient|aura|auront|est|sont|"
                         r"était|étaient|sera|seront|fut|furent|ne|n['’]|se|s['’])(?=\s|$)", re.IGNORECASE)  # fmt: skip


def _complement_span(source: str, figure: Figure) -> range:
    """The characters of a French figure and up to five words after it, within its noun phrase (up to the clause's
    verb or a punctuation mark): its noun and what qualifies it."""
    after = " ".join(source[figure.end :].split()[:5])
    end = _PHRASE_END.search(" " + after)
    after = after[: max(0, end.start() - 1)] if end is not None else after
    return range(figure.start, figure.end + len(after) + 2)


def _own_words(source: str, fact: FigureFact) -> list[str]:
    """The French counted noun and its own adjectives: with a parse, the words of its phrase before any "de"
    complement ("élèves" in "élèves de la ville"), when that phrase holds the counted noun; and the noun as written with
    the single word right after it, unless a word of grammar ("élèves et", "habitants de"): a noun in apposition the
    parse leaves out ("30 femmes médecins"), or the noun itself where the parse's phrase is another one ("L'entreprise
    emploie 12 salariés": the label read is its subject)."""
    words: list[str] = []
    if fact.parsed:
        phrase = re.split(r"\s+(?:de|des|du|d['’])(?:\s|$)", fact.noun_text or fact.noun, maxsplit=1)[0].split()
        words = [w for w in phrase if w.lower() not in _LABEL_STOP["fr"]]
        if not any(singular(w) == singular(fact.noun) for w in words):
            words = []
        # a parse that read the noun alone may have attached a French adjective after it elsewhere ("2 480 étoiles
        # candidates" / "2,480 stellar candidates"): the word after the noun as written is read below
    else:
        words = (fact.noun_text or fact.noun).split()
    noun = words[0] if fact.parsed and len(words) == 1 else fact.noun  # as written ("étoiles"), not the parse's lemma
    at = source.lower().find(noun.lower(), fact.figure.end)
    if 0 <= at <= fact.figure.end + 30:
        written = re.match(r"[^\W\d_][\w-]*", source[at:])
        if written is not None and written.group(0) not in words:
            words.append(written.group(0))
        after = re.match(r"[\s\u00a0\u202f]+([^\W\d_][\w-]*)(?![\w'’])", source[at + len(written.group(0) if written else noun) :])
        if after is not None and after.group(1).lower() not in _LABEL_STOP["fr"] | {"de", "des", "du"}:
            words.append(after.group(1))
    return words


#: A word, a figure or a mark of punctuation of an English sentence.
_ENGLISH_TOKEN = re.compile(r"[^\W\d_][\w'’-]*|\d[\d,.]*|[^\w\s]")


def _english_phrase(translation: str, fact: FigureFact) -> str:
    """The words after an English figure up to the noun it counts (at most five, before any punctuation, figure or
    conjunction): "19 suspected cases and 6" -> "suspected cases"."""
    words: list[str] = []
    forms = set(english_singulars(fact.noun)) if fact.noun else set()
    for m in list(_ENGLISH_TOKEN.finditer(translation, fact.figure.end))[:5]:
        word = m.group(0)
        if not word[0].isalpha() or word.lower() in ("and", "or", "but", "while", "than"):
            break
        words.append(word)
        if forms & set(english_singulars(word)):
            break
    return " ".join(words)


def _french_phrase(source: str, fact: FigureFact) -> str:
    """The words after a French figure within its noun phrase (:func:`_complement_span`): its noun and what qualifies
    it ("19 cas confirmés et 6" -> "cas confirmés")."""
    span = _complement_span(source, fact.figure)
    return " ".join(re.findall(r"[^\W\d_][\w'’-]*", source[fact.figure.end : span.stop]))


def _qualified_otherwise(source: str, french: FigureFact, translation: str, english: FigureFact) -> bool:
    """Whether an English count is qualified by the opposite of its French one's qualifier ("19 cas confirmés" / "19
    suspected cases", "3 écoles primaires" / "3 secondary schools", "6 défaites à domicile" / "6 away defeats"): it
    counts other things (:func:`~.meaning.opposed_qualifiers`). Counts and rates only; the words of each side's phrase,
    and of the noun phrase a parse read ("the right 54 seats": "right seats")."""
    if french.figure.kind not in (Kind.COUNT, Kind.PERCENT):
        return False
    fr = f"{_french_phrase(source, french)} {french.noun_text}"
    en = f"{_english_phrase(translation, english)} {english.noun_text if english.parsed else ''}"
    return opposed_qualifiers(fr, en)


def _in_noun_phrase(source: str, fact: FigureFact, english: str) -> bool:
    """Whether the French figure's noun or one of its own adjectives names the English noun: the translator turned the
    phrase around ("25 femmes pilotes" -> "25 female pilots"); a word further on, of another
    noun ("40 élèves et leurs professeurs"), is no part of it."""
    # an adjective of age or size before the noun is no noun turned around ("trois jeunes chiens" is no "teenagers")
    own = (w for w in _own_words(source, fact) if fold_word(w).rstrip("sx") not in _PRENOMINAL and fold_word(w) not in _PRENOMINAL)
    return any(len(w) >= 4 and names_noun(w, english) for w in own)


def _english_modifier_names(fact: FigureFact, english: FigureFact, nouns: Mapping[str, str] | None = None) -> bool:
    """Whether a word of the English noun phrase before its head renders the French counted noun: the translator made
    it the modifier of a compound ("12 salariés" -> "12 staff members", "40 policiers" -> "40 police officers"). Read
    once an exchange with another French figure's noun has been ruled out ("40 police firefighters" beside "12
    pompiers" is still one)."""
    modifiers = english.noun_text.split()[:-1]
    return any(counts_same(fact, word, nouns) is True for word in modifiers if len(word) >= 3 and word.isalpha())


def _other_french_noun(source: str, fact: FigureFact, english: str) -> str:
    """A word of the French sentence, outside the French figure's own noun and the words right after the figure (its
    complement: "40 cas de rougeole"), that names the English noun (:func:`~.meaning.names_noun`); "" when none."""
    figure = fact.figure
    own = {fold_word(w) for w in _FRENCH_WORD.findall(f"{fact.noun} {fact.noun_text}")}
    complement = _complement_span(source, figure)
    for m in _FRENCH_WORD.finditer(source):
        if m.start() in complement or fold_word(m.group(0)) in own:
            continue
        if names_noun(m.group(0), english):
            return m.group(0)
    return ""


def _names_nothing_said(source: str, fact: FigureFact, english: FigureFact) -> bool:
    """Whether an English counted noun renders nothing of the French sentence while the French figure's noun is one the
    lexicon knows the renderings of (none of them that noun): no word of the French names it or shares its spelling
    ("deux particules" written "two categories"). The English counts a thing the French does not name."""
    noun = english.noun
    # the noun as written (a parse gives its lemma): a word that is no plural ("last year", "out of") counts nothing
    written = (english.noun_text.split() or [noun])[-1]
    if not in_lexicon(fact.noun) or not looks_plural(written) or not noun.isalpha() or noun.lower() in _LABEL_STOP["en"]:
        return False
    complement = compound_complement(fact.noun_text)
    if complement and not in_lexicon(complement):
        return False  # a compound the lexicon does not know has an English noun of its own ("agents d'entretien" / "cleaners")
    return not any(same_noun(m.group(0), noun) is True or names_noun(m.group(0), noun) for m in _FRENCH_WORD.finditer(source))


_DENOMINATOR = re.compile(r"(?:\b(?:sur|parmi|out\s+of)|(?:\d|\b(?:one|a|two|three|four|five|six|seven|eight|nine|ten))\s+in)\s+$",
                          re.IGNORECASE)  # fmt: skip


def _denominator(text: str, figure: Figure) -> bool:
    """Whether a figure is the second number of a proportion ("neuf patients sur dix", "nine out of ten", "one in
    five"): it counts the noun of the first, wherever the parse puts it."""
    return bool(text) and _DENOMINATOR.search(text[max(0, figure.start - 30) : figure.start]) is not None


#: The words before a duration that make it the period a change is measured over: "sur les onze premiers mois",
#: "en un an", "over the past twelve months", "in the first nine months".
_PERIOD_BEFORE = re.compile(
    r"(?:\b(?:sur|en|pendant|durant|depuis|dans|au\s+cours\s+d(?:e|es|u)|in|over|during|for|since|within|across|"
    r"throughout)[\s\u00a0]+)(?:(?:les|la|le|l['’]|un|une|ces|ses|leurs|the|a|an|its|their)[\s\u00a0]*)?"
    r"(?:(?:first|last|past|next|previous|latest|derniers|dernières|premiers|premières|prochains|prochaines)[\s\u00a0]+)?$",
    re.IGNORECASE,
)


def _period_of_change(text: str, figure: Figure) -> bool:
    """Whether a duration is the period a change is measured over ("en repli de 5,2 % sur les onze premiers mois",
    "shrank 5.2% in the first eleven months"): it states no direction of its own, whatever clause a parse puts it in.
    A duration changed by an amount ("allongé de 3 mois", "shortened by 3 months") is none."""
    return bool(text) and figure.kind == Kind.DURATION and _PERIOD_BEFORE.search(text[max(0, figure.start - 40) : figure.start]) is not None


def _written_counts_same(french: FigureFact, english: FigureFact, nouns: Mapping[str, str] | None) -> bool:
    """Whether the English counted noun as written (its last word, as a singular) names the French noun where its
    lemma does not: a lemmatiser's slip ("doses" read as "dos", "species" as "specie")."""
    written = (english.noun_text.split() or [""])[-1]
    if not written or fold_word(written) == fold_word(english.noun):
        return False
    return any(counts_same(french, form, nouns) is True for form in english_singulars(written))


def _complement_names(source: str, fact: FigureFact, english: str) -> bool:
    """Whether a word of the "de" complement of the French measure's unit, within its noun phrase
    (:func:`_french_phrase`), names the English noun ("1,2 tonne de cocaïne", "30 hectares de vignes"), whatever noun
    a parse gave the figure. The words before "de" are left to :func:`_in_noun_phrase` (an adjective of age is no
    noun turned around)."""
    if fact.figure.kind != Kind.MEASURE or not fact.figure.unit:
        return False  # "200 habitants de la commune": a counted noun's complement is no thing counted
    phrase = re.split(r"(?:^|\s)(?:de|des|du|d['’])(?:\s|(?<=['’]))", _french_phrase(source, fact), maxsplit=1)
    return len(phrase) == 2 and any(len(w) >= 4 and names_noun(w, english) for w in phrase[1].split())


def _borrowed_noun(match: FigureMatch, facts: Facts, english: FigureFact, translation: str) -> bool:
    """Whether an English figure with no noun of its own ("at 35,000 and 14 arrests": "and" after it) was given the noun
    of a later figure of the sentence that counts it, while the French figure names its own noun ("35 000
    manifestants"): the English noun is the other figure's."""
    figure = match.translation
    if figure.noun or not match.source.noun:
        return False
    at = translation.lower().find(english.noun_text.lower() or english.noun.lower(), figure.end)
    return any(
        figure.end < fact.figure.start < at and fact.figure.lang == "en" and fact.noun == english.noun
        for fact in facts.values()
    )


def _rendered_apart(
    other: FigureFact, english: FigureFact | None, now: FigureFact, fact: FigureFact, nouns: Mapping[str, str] | None, source: str
) -> bool:
    """Whether the other French figure whose noun the English one now seems to count has its own English pair counting
    a rendering of its own noun, another noun than this one's ("23 postes ... deux brigades" / "23 posts ... two
    stations"; "baisse de 14 %, soit 212 sinistres de moins" / "fell 14%, or 212 fewer crashes", the rate counting
    nothing): two nouns each rendered in its place, one English noun a rendering of both French ones, no exchange.
    Never where the lexicon says the English noun is no rendering of this figure's French noun."""
    if english is None:
        return False
    if not english.noun and other.figure.kind == Kind.PERCENT:  # a rate of the thing a count restates ("soit 212 ... de moins")
        return bool(_RESTATING.search(source[max(0, fact.figure.start - 20) : fact.figure.start]))
    if counts_same(fact, now.noun, nouns) is False:
        return False
    return bool(english.noun) and english.noun != now.noun and counts_same(other, english.noun, nouns) is True


#: French endings of feminine nouns of persons ("infirmières", "joueuses", "actrices", "avocates").
_FEMININE_PLURAL = re.compile(r"(?:ières?|euses?|rices?|ennes?|esses?|ées?|ates?|antes?)\b", re.IGNORECASE)


def _told_apart(
    english: FigureFact | None, now: FigureFact, fact: FigureFact, nouns: Mapping[str, str] | None, translation: str
) -> bool:
    """Whether the English tells two counts of one head noun apart by modifiers only this one bears ("1,200 teachers and
    350 special education teachers"), for a French noun the lexicon does not know: a kind of the other's bare noun, no
    exchange ("23 gendarme posts ... 2 rural posts" is still one)."""
    if english is None or english.noun != now.noun or same_noun(fact.noun, now.noun, nouns) is not None:
        return False

    def modifiers(f: FigureFact) -> list[str]:
        words = re.findall(r"[^\W\d_][\w'’-]*", translation[f.figure.end : f.figure.end + 60])
        head = next((i for i, w in enumerate(words) if now.noun in english_singulars(w.lower())), None)
        return [w.lower() for w in words[:head]] if head is not None else []

    return bool(modifiers(now)) and not modifiers(english)  # this count's noun is a kind of the other's bare one


#: The words that make a count restate the amount before it: "soit 212 sinistres de moins", "c'est-à-dire 40".
_RESTATING_WORDS = r"(?:\bsoit|c['’]est-à-dire|autrement\s+dit)"
_RESTATING = re.compile(rf"{_RESTATING_WORDS}[\s\u00a0]+(?:(?:plus|près|environ)\s+(?:de\s+)?)?$", re.IGNORECASE)


#: A list of nouns right after an English figure: "12 men, women and children", "40 pupils and teachers".
_NOUN_LIST = re.compile(r"[\s\u00a0]+[^\W\d_]+(?:\s*,\s*[^\W\d_]+)*,?\s+(?:and|or)\s+[^\W\d_]", re.IGNORECASE)


def _listed(translation: str, figure: Figure, english: FigureFact) -> bool:
    """Whether the English noun an English figure counts opens a list of nouns ("12 men, women and children", "between
    54 and 56 men, women and children", "hundreds of men and women"): a list of groups is people in general."""
    if not translation:
        return False
    if _NOUN_LIST.match(translation, figure.end):
        return True
    written = (english.noun_text.split() or [english.noun])[-1]
    at = translation.lower().find(written.lower(), figure.end) if written else -1
    return 0 <= at <= figure.end + 40 and _LIST_AFTER.match(translation, at + len(written)) is not None


#: A noun of a list followed by the next: "men, women", "men and women".
_LIST_AFTER = re.compile(r"\s*(?:,|\band\b|\bor\b)\s*[^\W\d_]", re.IGNORECASE)


#: A fraction taken of an amount right after it: "la moitié des 24 000", "deux tiers de ses 300", "half of the 24,000".
_OF_AMOUNT = re.compile(r"[\s\u00a0]+(?:des|de|du|d['’]|of)[\s\u00a0]*"
                        r"(?:(?:the|its|their|his|her|les|ces|ses|leurs|nos|vos)[\s\u00a0]+)?\d",
                        re.IGNORECASE)  # fmt: skip


def _fraction_of_amount(text: str, figure: Figure) -> bool:
    """Whether a fraction is taken of the amount written right after it ("la moitié des 24 000 tonnes de déchets",
    "half of the 24,000 tonnes"): it counts what that amount counts, and that amount's noun is checked with it."""
    return bool(text) and figure.unit == "fraction" and _OF_AMOUNT.match(text, figure.end) is not None


#: The noun phrase a French figure qualifies as its complement: "le prix du sac de riz de 50 kg", "un contrat de 3 ans".
_PHRASE_BEFORE_DE = re.compile(r"((?:[^\W\d_][\w'’-]*[\s\u00a0]+(?:de|du|des|d['’])[\s\u00a0]*)?[^\W\d_][\w'’-]*)"
                               r"[\s\u00a0]+(?:de|d['’]|à)[\s\u00a0]*$", re.IGNORECASE)  # fmt: skip


def _qualifies_phrase_before(source: str, fact: FigureFact, english: str) -> bool:
    """Whether a French figure is the complement of the noun phrase right before it ("un sac de riz de 50 kg", "une
    prime de 500 euros", "le billet à 2 euros") and a noun of that phrase names the English noun: English puts such a
    figure before its noun ("a 50 kg bag of rice", "a 500-euro bonus", "a two-euro ticket"), which then reads as counted."""
    m = _PHRASE_BEFORE_DE.search(source[max(0, fact.figure.start - 60) : fact.figure.start])
    if m is None:
        return False
    words = [w for w in re.findall(r"[^\W\d_][\w-]*", m.group(1)) if len(w) >= 3 and w.lower() not in ("des", "du")]
    return any(names_noun(w, english) or same_noun(w, english) is True for w in words)


def _modifier(translation: str, figure: Figure, noun: str) -> bool:
    """Whether the word read after an English figure without a parse is a modifier of the noun after it ("2 million
    seasonal workers", "60 silk scarves"): a plural word follows it."""
    m = re.search(rf"\b{re.escape(noun)}\s+([a-z]+)\b", translation[figure.end : figure.end + 60], re.IGNORECASE)
    word = m.group(1) if m is not None else ""
    # a word of grammar is no noun ("300 helicopters this year", "12 bikes was")
    return len(word) > 3 and word.endswith("s") and word.islower() and word not in _LABEL_STOP["en"]


#: What closes the clause a verdict is read in, back from the figure.
_VERDICT_CLAUSE = re.compile(r"[,;:.!?()]|\b(?:et|mais|and|but)\s", re.IGNORECASE)


def _verdict(text: str, figure: Figure, lang: str) -> int | None:
    """The pole of the last word of :data:`~.lexicon._VERDICT_STEMS` before a figure in its clause (0 better, 1 worse);
    ``None``."""
    before = text[max(0, figure.start - 80) : figure.start]
    clause = before[max((m.end() for m in _VERDICT_CLAUSE.finditer(before)), default=0) :]
    found = [(m.start(), pole) for pole, stems in enumerate(_VERDICT_STEMS[lang]) for m in re.finditer(rf"\b(?:{stems})", clause, re.I)]
    return max(found)[1] if found else None


def _verdicts_differ(source: str, french: Figure, translation: str, english: Figure) -> tuple[str, str] | None:
    """Whether the clauses of a French figure and its English one judge the change oppositely ("s'est améliorée de 3,5
    points" / "deteriorated by 3.5 points"): ("better", "worse") or the other way; ``None`` when either says neither.
    A verdict is its own axis: "better" is no rise (an unemployment rate improves by falling), so only a verdict on
    each side is compared."""
    if not source or not translation:
        return None
    a, b = _verdict(source, french, "fr"), _verdict(translation, english, "en")
    if a is None or b is None or a == b:
        return None
    names = ("better", "worse")
    return names[a], names[b]


#: Between two English counts that share the head noun after the second: one modifier and "and" / "or" ("87 male and
#: 58 female members", "12 junior or 3 senior doctors").
_SHARED_HEAD = re.compile(r"[\s\u00a0]+[a-z][a-z-]*[\s\u00a0]+(?:and|or)[\s\u00a0]+", re.IGNORECASE)


def _meaning_changes(
    report: FidelityReport,
    facts: Facts,
    nouns: Mapping[str, str] | None,
    translation: str = "",
    source: str = "",
    quiet: Sequence[FigureMatch] = (),
) -> list[MeaningChange]:
    """Matched pairs (and ``quiet`` ones, small spelled numbers on both sides) whose comparator, direction or
    counted noun changed. A counted noun changed is one that another French figure counts, or, where the French
    counted noun is specific and not the English one, one that another word of the French sentence names ("trois à
    cinq lits ... des patients" written "three to five patients"), or one the lexicon gives for another French noun."""
    changes: list[MeaningChange] = []
    changes += _span_directions(report, facts, translation)
    # every French figure that counts a noun, small spelled ones included ("trois infirmières" is left out of the
    # value check, yet its noun may be the one a matched figure now counts)
    french = [f for f in facts.values() if f.figure.lang == "fr" and f.noun and f.figure.kind != Kind.NAME]
    for match in [*report.matched, *quiet]:
        fa, fb = facts.get(id(match.source)), facts.get(id(match.translation))
        if fa is None or fb is None or match.source.kind == Kind.NAME:
            continue
        # a bound reversed; a bound the French does not state is a translator's liberty ("40 pays" -> "more than 40
        # countries" in professional translations), never flagged
        strict_upper = fb.comparator.strict and fb.comparator.bound == "upper"
        unstated = (fa.comparator is Comparator.NONE and strict_upper) or _bound_for_approximation(fa, fb)
        if fa.comparator.contradicts(fb.comparator) or unstated:
            # a strict upper bound the French does not state excludes the French amount itself ("40 pays" -> "fewer
            # than 40 countries"); translators add a lower bound or an approximation, not that
            changes.append(MeaningChange(match, "comparator", str(fa.comparator), str(fb.comparator)))
        period = _period_of_change(source, match.source) or _period_of_change(translation, match.translation)
        if fa.direction.contradicts(fb.direction) and not (fa.negated or fb.negated or period):
            changes.append(MeaningChange(match, "direction", str(fa.direction), str(fb.direction)))
        verdicts = _verdicts_differ(source, match.source, translation, match.translation)
        if verdicts is not None and not fa.direction.contradicts(fb.direction):
            changes.append(MeaningChange(match, "direction", *verdicts))  # "s'est améliorée de 3 points" / "deteriorated by 3 points"
        if _unit_lost(match, fa, fb, nouns):
            changes.append(MeaningChange(match, "noun", f"{match.source.unit} {fa.noun}".strip(), fb.noun_text or fb.noun))
            continue
        if source and translation and _qualified_otherwise(source, fa, translation, fb):
            said = (fb.parsed and fb.noun_text) or _english_phrase(translation, fb)
            changes.append(MeaningChange(match, "noun", _french_phrase(source, fa), said))
            continue
        if not (fa.noun and fb.noun) or fb.noun in _GENERIC or counts_same(fa, fb.noun, nouns) is True:
            continue
        if (fb.noun in ("man", "men") and counts_persons(fa.noun) and same_noun(fa.noun, "woman") is not True
                and not _FEMININE_PLURAL.search(fa.noun_text or fa.noun)):  # fmt: skip
            continue  # "les deux pilotes" / "the two men": persons named again by their sex, a plain "people"
        if source and (members := _MEMBERS_OF.match(source, match.source.end)) and same_noun(members.group(1), fb.noun, nouns):
            continue  # "800 membres du personnel" / "800 staff": the members counted by their group's noun (parsed or not)
        if match.source.unit and same_unit(fa.noun, match.source.unit):
            continue  # "longue de 12 kilomètres" / "a 12km bypass": the French noun is the unit, compared with the value
        if _written_counts_same(fa, fb, nouns):
            continue  # "doses" read as the lemma "dos": the noun as written names the French one
        if source and _complement_names(source, fa, fb.noun):
            continue  # "1,2 tonne de cocaïne" / "1.2 tonnes of cocaine", where the parse read the clause's subject
        if translation and _borrowed_noun(match, facts, fb, translation):
            continue  # "put the turnout at 35,000 and 14 arrests": the noun of the figure after it
        if fa.parsed and match.source.noun and same_noun(match.source.noun, fb.noun, nouns) is True:
            continue  # the word right after the French figure names the English noun, where the parse read its subject
        if _denominator(source, match.source) or _denominator(translation, match.translation):
            continue  # "neuf patients sur dix", "nine out of ten patients": the two numbers count one noun
        if _fraction_of_amount(source, match.source) and _fraction_of_amount(translation, match.translation):
            continue  # "la moitié des 24 000 tonnes" / "half of the 24,000 tonnes": the amount after it counts the noun
        if source and _qualifies_phrase_before(source, fa, fb.noun):
            continue  # "un sac de riz de 50 kg" / "a 50 kg bag of rice": the figure qualifies the phrase before it
        # the English figure now counts what another figure of the French sentence counts: exchanged nouns
        other = next(
            (o for o in french if o.figure is not match.source and same_noun(o.noun, fa.noun, nouns) is not True
             and counts_same(o, fb.noun, nouns) is True and not _equal_values(o.figure, match.source)),
            None,
        )  # fmt: skip
        if other is not None:
            english = next((facts.get(id(m.translation)) for m in report.matched if m.source is other.figure), None)
            if _rendered_apart(other, english, fb, fa, nouns, source):
                continue  # "23 postes ... deux brigades" / "23 posts ... two stations": each noun rendered on its own
            if _told_apart(english, fb, fa, nouns, translation):
                continue  # "1 200 enseignants et 350 orthopédagogues" / "1,200 teachers and 350 special education teachers"
            if english is not None and _english_modifier_names(fa, fb, nouns) and _SHARED_HEAD.fullmatch(
                    translation[english.figure.end : match.translation.start]):  # fmt: skip
                continue  # "87 députés hommes et 58 femmes" / "87 male and 58 female members": one head, each count's own word
            said = (english.noun_text or english.noun) if english is not None else ""
            changes.append(MeaningChange(match, "noun", fa.noun_text or fa.noun, fb.noun_text or fb.noun, other.figure, said))
        elif not general_french(fa.noun) and (fb.parsed or not _modifier(translation, match.translation, fb.noun)):
            # another word of the French sentence names the English noun; or the lexicon knows both nouns, as
            # renderings of different French nouns ("lits" counted as "patients"); or the English noun renders no
            # word of the French at all, for a French noun the lexicon knows ("deux particules" / "two categories")
            if (source and _in_noun_phrase(source, fa, fb.noun)) or _english_modifier_names(fa, fb, nouns):
                continue
            if source and _group_among(source, fa, fb.noun):
                continue  # "17 blessés parmi les forces de l'ordre" / "17 police officers injured": the group counted
            if translation and _outcome_said_of(fa, translation, fb) and not _narrowed_to_a_group(source, fb):
                continue  # "trois blessés" / "three police officers were injured": the outcome said as the verb
            elsewhere = bool(source) and (_other_french_noun(source, fa, fb.noun) or _names_nothing_said(source, fa, fb))
            if elsewhere or counts_same(fa, fb.noun) is False:
                changes.append(MeaningChange(match, "noun", fa.noun_text or fa.noun, fb.noun_text or fb.noun))
        elif (general_french(fa.noun) and general_excludes(fa.noun, fb.noun) and not (source and _other_french_noun(source, fa, fb.noun))
              and not _listed(translation, match.translation, fb)):  # fmt: skip
            # "12 men, women and children": a list of groups is people in general
            # a general noun still names no outcome of another count: "48 cas" written "48 deaths"
            changes.append(MeaningChange(match, "noun", fa.noun_text or fa.noun, fb.noun_text or fb.noun))
    counted = {id(change.match) for change in changes if change.attribute == "noun"}
    changes += _exchanged_by_fit([m for m in report.matched if id(m) not in counted], facts, nouns, translation)
    if source and translation:
        counted = {id(change.match) for change in changes if change.attribute == "noun"}
        changes += _purposes_exchanged([m for m in report.matched if id(m) not in counted], source, translation, nouns)
    if source and translation:
        counted = {id(change.match) for change in changes if change.attribute == "noun"}
        changes += _outcome_changes([m for m in [*report.matched, *quiet] if id(m) not in counted], facts, source, translation)
    return changes


def _unit_lost(match: FigureMatch, french: FigureFact, english: FigureFact, nouns: Mapping[str, str] | None) -> bool:
    """Whether a French measure in a unit of its own ("120 hectares de vignes") is written as an English count of
    something else, with no unit ("120 wine estates"): what the number measures changed with its unit. An English noun
    that renders the French noun measured ("120 tonnes de pommes" / "120 apples") or the unit itself, read as a noun,
    is left to the value check."""
    a, b = match.source, match.translation
    if a.kind != Kind.MEASURE or not a.unit or b.kind != Kind.COUNT or b.unit or not english.noun or not english.noun.isalpha():
        return False
    if quantity(english.noun) is not None or same_unit(english.noun, a.unit) or english.noun.lower() in _GENERIC:
        return False  # the unit itself, in a form the reader took for a noun
    return counts_same(french, english.noun, nouns) is not True and not names_noun(a.unit, english.noun)


#: What an amount is for, right after it: "1,2 milliard supplémentaires pour la santé", "800 millions à l'éducation";
#: "an extra 1.2 billion for health".
_FRENCH_PURPOSE = re.compile(r"[\s\u00a0]+(?:supplémentaires?[\s\u00a0]+)?(?:pour|en\s+faveur\s+d[eu]|destinée?s?\s+à|consacrée?s?\s+à)"
                             r"[\s\u00a0]+(?:la[\s\u00a0]+|le[\s\u00a0]+|l['’]|les[\s\u00a0]+)?([^\W\d_]{4,})", re.IGNORECASE)
_ENGLISH_PURPOSE = re.compile(r"\s+(?:more\s+|extra\s+|additional\s+)?for\s+(?:the\s+)?([a-z]{4,})", re.IGNORECASE)


def _purposes_exchanged(
    matches: Sequence[FigureMatch], source: str, translation: str, nouns: Mapping[str, str] | None
) -> list[MeaningChange]:
    """Two amounts of a sentence whose English purposes are exchanged: the English says one amount is for what the
    French gives the other ("1,2 milliard pour la santé et 800 millions pour l'éducation" written "1.2 billion for
    education and 800 million for health"), the purpose it has in French unsaid there."""

    def names(french: str, english: str) -> bool:
        return names_noun(french, english) or same_noun(french, english, nouns) is True

    read = []
    for match in matches:
        fr, en = _FRENCH_PURPOSE.match(source, match.source.end), _ENGLISH_PURPOSE.match(translation, match.translation.end)
        if fr is not None and en is not None:
            read.append((match, fr.group(1), en.group(1)))
    changes: list[MeaningChange] = []
    for i, (ma, xa, ya) in enumerate(read):
        for mb, xb, yb in read[i + 1 :]:
            if fold_word(xa) == fold_word(xb) or names(xa, ya) or names(xb, yb):
                continue
            if names(xb, ya) or names(xa, yb):  # one English purpose is the other amount's French one
                changes.append(MeaningChange(ma, "noun", xa, ya, mb.source, yb))
    return changes


def _fit(said: bool | None) -> int:
    """A noun comparison as a score: named (2), unknown (1), known to be another thing (0)."""
    return 2 if said is True else 0 if said is False else 1


def _english_modifiers(translation: str, fact: FigureFact) -> list[str]:
    """The words of an English count's noun phrase before its head ("38 commuter trains" -> ["commuter"]): from the
    parse's noun phrase, else the words between the figure and its noun."""
    if fact.noun_text:
        return [w for w in fact.noun_text.split()[:-1] if w.isalpha()]
    head = (fact.noun or "").lower()
    between = translation[fact.figure.end : fact.figure.end + 40].lower()
    words = re.findall(r"[a-z]+", between)
    if not head or head not in words:
        return []
    return [w for w in words[: words.index(head)] if len(w) >= 3 and w not in _LABEL_STOP["en"]]


def _complement_fit(fact: FigureFact, modifiers: Sequence[str], nouns: Mapping[str, str] | None) -> int:
    """How well the complement of a French compound ("rames de métro" -> "métro") names an English noun phrase's
    modifiers (:func:`_fit`); unknown (1) where either is missing."""
    complement = compound_complement(fact.noun_text)
    if not complement or not modifiers:
        return 1
    said = [same_noun(complement, word, nouns) for word in modifiers]
    if any(s is True for s in said) or any(names_noun(complement, word) for word in modifiers):
        return 2
    return 0 if all(s is False for s in said) else 1


def _exchanged_by_fit(
    matches: Sequence[FigureMatch], facts: Facts, nouns: Mapping[str, str] | None, translation: str
) -> list[MeaningChange]:
    """Two counts of a sentence whose English nouns fit the French ones better exchanged, as an assignment of two: each
    French noun names the English noun of the other figure, and the English as written fits less ("1 500 enseignants
    et 400 éducatrices" written "1,500 educators and 400 teachers", where the lexicon lets "enseignant" be an
    educator). Where the two English heads are one noun ("trains"), the compounds' complements decide ("20 rames de
    métro et 8 trains de banlieue" written "20 commuter trains and 8 metro trains"). A tie is no flag."""
    read = []
    for match in matches:
        fa, fb = facts.get(id(match.source)), facts.get(id(match.translation))
        if fa is None or fb is None or match.source.kind not in MEANING_KINDS or not (fa.noun and fb.noun) or fb.noun.lower() in _GENERIC:
            continue
        read.append((match, fa, fb))
    changes: list[MeaningChange] = []
    flagged: set[int] = set()
    for i, (ma, fa, ea) in enumerate(read):
        for mb, fb, eb in read[i + 1 :]:
            if id(ma) in flagged or id(mb) in flagged or _equal_values(ma.source, mb.source) or ma.translation is mb.translation:
                continue
            if singular(fold_word(fa.noun)) == singular(fold_word(fb.noun)):
                continue  # one French noun: no exchange to tell
            own = (_fit(counts_same(fa, ea.noun, nouns)), _fit(counts_same(fb, eb.noun, nouns)))
            crossed = (_fit(counts_same(fa, eb.noun, nouns)), _fit(counts_same(fb, ea.noun, nouns)))
            if singular(fold_word(ea.noun)) == singular(fold_word(eb.noun)):
                if own != (2, 2):
                    continue  # one English head that does not render both French ones: not a matter of who counts what
                mods = (_english_modifiers(translation, ea), _english_modifiers(translation, eb))
                own = (_complement_fit(fa, mods[0], nouns), _complement_fit(fb, mods[1], nouns))
                crossed = (_complement_fit(fa, mods[1], nouns), _complement_fit(fb, mods[0], nouns))
            # the other assignment fits better: both nouns named, or one named and the given one known to be another thing
            if sum(crossed) > sum(own) and min(crossed) >= 1 and (crossed == (2, 2) or (2 in crossed and 0 in own)):
                flagged.update((id(ma), id(mb)))
                said = (ea.noun_text or ea.noun, eb.noun_text or eb.noun)
                changes.append(MeaningChange(ma, "noun", fa.noun_text or fa.noun, said[0], mb.source, said[1]))
    return changes


#: A count of members of a group as written after the figure, and the group ("membres du personnel", "membres de
#: l'équipage"): English often counts them by the group's noun alone ("1,200 staff", "12 crew").
_MEMBERS_OF = re.compile(r"\s*membres?\s+(?:de\s+la\s+|de\s+l['’]\s*|du\s+|des\s+|de\s+|d['’]\s*)([^\W\d_]+)", re.I)
#: The group a French count of an outcome is counted among, after its noun: "17 blessés parmi les forces de l'ordre",
#: "3 morts chez les civils", "5 parmi les manifestants" (the noun left out); group: the group's words.
_AMONG_GROUP = re.compile(r"[\s\u00a0]*(?:[^\W\d_]+[\s\u00a0]+)?(?:parmi|chez|dans[\s\u00a0]+les[\s\u00a0]+rangs[\s\u00a0]+d(?:es|e|u))"
                          r"[\s\u00a0]+(?:les[\s\u00a0]+|des[\s\u00a0]+|ses[\s\u00a0]+|leurs[\s\u00a0]+)?((?:[^\W\d_]+[\s\u00a0'’]+){0,2}[^\W\d_]+)",
                          re.IGNORECASE)


def _group_among(source: str, fact: FigureFact, english: str) -> bool:
    """Whether the English noun of a French count of an outcome names the group the French counts it among ("17 blessés
    parmi les forces de l'ordre" / "17 police officers injured"): English says who, the outcome by its participle."""
    m = _AMONG_GROUP.match(source, fact.figure.end)
    return m is not None and any(len(w) >= 4 and (same_noun(w, english) is True or names_noun(w, english))
                                 for w in re.findall(r"[^\W\d_]+", m.group(1)))  # fmt: skip


def _narrowed_to_a_group(source: str, english: FigureFact) -> bool:
    """Whether the English counts a group of one age or sex ("children", "women") that no word of the French sentence
    names: "40 morts" written "killed 40 children" says who died where the French does not."""
    if not any(same_noun(group, english.noun) is True for group in _PEOPLE_BY_AGE_OR_SEX):
        return False
    return not any(same_noun(m.group(0), english.noun) is True for m in _FRENCH_WORD.finditer(source))


def _outcome_said_of(french: FigureFact, translation: str, english: FigureFact) -> bool:
    """Whether a French count of an outcome noun ("trois blessés", "12 morts", "40 interpellés") is written in English
    as a count of who it happened to, the outcome said by the words around it ("three police officers were injured",
    "12 villagers died", "police arrested 40 fans"): the English figure is in the pole the French noun names."""
    named = noun_poles(french.figure, french.noun, french.noun_text, "fr")
    if not named:
        return False
    said = outcome_poles(translation, english.figure, english.noun, english.noun_text, "en")
    return any(group in said and said[group][0] == pole for group, (pole, _) in named.items())


def _outcome_changes(matches: Sequence[FigureMatch], facts: Facts, source: str, translation: str) -> list[MeaningChange]:
    """Matched pairs whose French and English words put what they count in opposed poles of an outcome
    (:mod:`.outcomes`: killed or injured, arrested or evacuated, jobs created or cut, matches won or lost, imports or
    exports, votes for or against): two counts whose poles are exchanged ("8 morts et 30 blessés" / "8 injured and 30
    dead", "killed 12 and injured 45" / "injured 12 and killed 45"), or one count put in a pole while the English says
    nothing of its French one ("12 personnes ont été interpellées" / "12 people were killed")."""

    def poles(figure: Figure, sentence: str, lang: str) -> dict[int, tuple[int, str]]:
        fact = facts.get(id(figure))
        return outcome_poles(sentence, figure, fact.noun if fact else "", fact.noun_text if fact else "", lang)

    read = [(m, poles(m.source, source, "fr"), poles(m.translation, translation, "en")) for m in matches if m.source.kind != Kind.NAME]
    changes: list[MeaningChange] = []
    for match, french, english in read:
        for group in opposed_outcomes(french, english):
            (was, fr_word), (now, en_word) = french[group], english[group]
            # another count of the sentence in the English pole whose English is in the French one: exchanged
            other = next(((m, e[group][1]) for m, f, e in read if m is not match and f.get(group, (-1,))[0] == now
                          and e.get(group, (-1,))[0] == was), None)  # fmt: skip
            if other is None and outcome_words(translation, group, was, "en"):
                continue  # the English says the French pole of something: a rewording, not another count
            other_figure, other_said = (other[0].source, other[1]) if other is not None else (None, "")
            changes.append(MeaningChange(match, "noun", fr_word, en_word, other_figure, other_said))
            break
    return changes


#: The plain bounds, strict or not: an English one for a French approximation states what the French does not.
_PLAIN_BOUNDS = frozenset({Comparator.MORE, Comparator.LESS, Comparator.AT_LEAST, Comparator.AT_MOST, Comparator.UP_TO})


def _bound_for_approximation(french: FigureFact, english: FigureFact) -> bool:
    """Whether a French approximation is written as a plain bound in the English: "environ 40" as "under 40", "more than
    40", "at least 40" or "up to 40" puts the amount on one side of 40, where the French says it is about 40 either side.
    Another approximation ("nearly 40", "close to 40") or a bound said to be close ("just under 40") is a rewording; a
    French bound written as an approximation ("plus de 40" / "some 40") softens it, no contradiction."""
    return french.comparator is Comparator.ABOUT and english.comparator in _PLAIN_BOUNDS


def _equal_values(a: Figure, b: Figure) -> bool:
    return not isinstance(a.value, str) and not isinstance(b.value, str) and _equal(abs(float(a.value)), abs(float(b.value)))


def _approximate(figure: Figure, facts: Facts) -> bool:
    """Whether the English says its figure is approximate ("about 60 miles", "some 200 pounds")."""
    fact = facts.get(id(figure))
    return fact.comparator in (Comparator.ABOUT, Comparator.NEARLY) if fact is not None else figure.approximate


def _conversions(report: FidelityReport, spare: list[Figure], facts: Facts) -> None:
    """Missing French measures found in the English in another unit, correctly converted (the tolerance follows
    what the English states: a loose rounding needs a word of approximation)."""
    still: list[Figure] = []
    for figure in report.missing:
        found = None
        if figure.kind in (Kind.MEASURE, Kind.DURATION) and isinstance(figure.value, int | float):
            found = next((o for o in [*report.unexpected, *spare] if _converted(figure, o, approximate=_approximate(o, facts))), None)
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


#: The classes of the French primary school named by letters and a digit ("CE1", "CM2"), which English describes.
_SCHOOL_YEAR = re.compile(r"(?:CE|CM)[12]")
_SCHOOL_WORDS = re.compile(r"\b(?:primary|elementary|grade|year|class|form|pupils?|school)\b", re.IGNORECASE)


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
        goalless = digits == ["0", "0"] and _GOALLESS.search(translation)
        if _NUMBERED.search(source[: figure.start]) and any(t.kind == Kind.ORDINAL and str(t.value) == str(figure.value) for t in tgt):
            report.ignored.append(figure)  # "la tête de série n° 7" / "the seventh seed": a rank by its number, an ordinal
            continue
        if _SCHOOL_YEAR.fullmatch(figure.text.strip()) and _SCHOOL_WORDS.search(translation) and not _SCHOOL_YEAR.search(translation):
            report.ignored.append(figure)  # "en CE1" / "in the second year of primary school": a French class, described
            continue
        # a score the English gives winner first ("s'est incliné 24-27" / "went down 27-24"): the same result
        turned = (len(digits) == 2 and re.fullmatch(_ONE_SCORE, figure.text.strip()) is not None and int(digits[0]) < int(digits[1])
                  and re.search(rf"(?<![\d.,]){digits[1]}\s?[-–]\s?{digits[0]}(?![\d]|[.,]\d)", translation) is not None)
        if (re.search(rf"(?<![\d.,]){sequence}(?![\d]|[.,]\d)", translation) or goalless or turned
                or (len(digits) == 1 and _spelled_in(digits[0], translation))):  # fmt: skip
            report.ignored.append(figure)
            found = next((n for n in english if n.value == figure.value and n not in used), None)
            if found is not None:
                used.append(found)
                kept.append(FigureMatch(figure, found))
            elif len(digits) == 1 and digits[0].isdigit():
                # the name's number spelled in the English name ("G20" -> "Group of Twenty") is that name, no count
                word = next((u for u in report.unexpected if u.text[:1].isupper() and u.value == int(digits[0])), None)
                if word is not None:
                    report.unexpected.remove(word)
                    report.ignored.append(word)
        else:
            report.missing.append(figure)
    # two names in the other order ("I/43 et I/34" -> "I/34 and I/43", "RM-1A ... RM-2" -> "RM-2A ... RM-1")
    if not report.missing:
        report.swapped += [(a, b) for i, a in enumerate(kept) for b in kept[i + 1 :] if a.translation.start > b.translation.start]


_ENGLISH_WORDS = "zero one two three four five six seven eight nine ten eleven twelve".split()


def _spelled_in(digits: str, translation: str) -> bool:
    """Whether a name's number is spelled out in the English: in a compound ("3D" -> "three-dimensional") or as a
    capitalised number word of an English name ("G7" -> "Group of Seven", "Formule 1" -> "Formula One")."""
    if not digits.isdigit():
        return False
    if int(digits) < len(_ENGLISH_WORDS) and re.search(rf"(?<![\w]){_ENGLISH_WORDS[int(digits)]}-[a-z]", translation, re.I):
        return True
    return any(value == int(digits) for value in _capitalised_numbers(translation))


#: A run of capitalised English number words ("Seven", "Twenty-Seven", "One Hundred"): the number of a name.
_CAPITALISED_NUMBER = re.compile(
    r"(?<![\w-])(?:(?:Zero|One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Eleven|Twelve|Thirteen|Fourteen|Fifteen|Sixteen|"
    r"Seventeen|Eighteen|Nineteen|Twenty|Thirty|Forty|Fifty|Sixty|Seventy|Eighty|Ninety|Hundred)(?:[- ](?=[A-Z])|(?![\w-])))+"
)


def _capitalised_numbers(translation: str) -> list[int]:
    """The values of the capitalised number words of ``translation``; a sentence's first word does not count
    ("Seven people died" is a count, not a name)."""
    from .numerals import _spelled_value

    values = []
    for m in _CAPITALISED_NUMBER.finditer(translation):
        if not translation[: m.start()].strip(" \"'\u201c\u00ab("):
            continue
        value = _spelled_value(m.group().strip(" -"), "en")
        if value is not None:
            values.append(value)
    return values


#: English decades of a life, "in his thirties" / "in their 30s", for a French "une trentaine d'années".
def _ignore_missing(report: FidelityReport, said: Callable[[Figure], bool]) -> None:
    """Move the missing figures that the English says in its own way (``said``) to the ignored ones."""
    left: list[Figure] = []
    for figure in report.missing:
        (report.ignored if said(figure) else left).append(figure)
    report.missing = left


def _years(figure: Figure) -> int | None:
    """The whole number of years of an age or a span ("25 ans", "une trentaine d'années"), or None."""
    years = figure.kind == Kind.DURATION and figure.unit in ("an", "ans", "année", "années")
    return figure.value if years and isinstance(figure.value, int) else None


_DECADE_WORDS = dict(zip((20, 30, 40, 50, 60, 70, 80, 90), "twenties thirties forties fifties sixties seventies eighties nineties".split()))


def _ages(translation: str, report: FidelityReport) -> None:
    """An age the English says its own way: an age group ("moins de 25 ans" / "the under-25s", "plus de 65 ans" /
    "over-65s"), a decade of life ("d'une trentaine d'années" / "in his thirties", its "30s" no added figure), a
    birthday or an anniversary ("fêté ses 112 ans" / "his 112th birthday", "les 150 ans du théâtre" / "the theatre's
    150th anniversary")."""

    def in_words(figure: Figure) -> bool:
        years = _years(figure)
        if years is not None and re.search(rf"\b(?:under|over)-{years}s\b", translation, re.IGNORECASE):
            return True
        decade = _DECADE_WORDS.get(years) if years is not None and figure.approximate else None
        life = rf"\bin\s+(?:his|her|their|its)\s+(?:early\s+|mid-|late\s+)?({decade}|{years}s)\b"
        said = re.search(life, translation, re.IGNORECASE) if decade else None
        if said:
            report.unexpected = [f for f in report.unexpected if not (f.start == said.start(1) and f.text == said.group(1))]
        return said is not None

    _ignore_missing(report, in_words)
    report.missing = _pair_up(
        report, report.missing, report.unexpected,
        lambda f, t: _years(f) is not None and t.kind == Kind.ORDINAL and t.value == f.value
        and re.match(r"\s+(?:birthday|anniversary)\b", translation[t.end :], re.IGNORECASE) is not None,
    )  # fmt: skip


#: Days that English names rather than dates (month, day): "le 14 juillet" / "Bastille Day".
_NAMED_DAYS = {
    (7, 14): r"Bastille\s+Day", (11, 11): r"Armistice\s+Day|Remembrance\s+Day|Veterans\s+Day", (5, 1): r"May\s+Day|Labou?r\s+Day",
    (5, 8): r"VE\s+Day|Victory\s+in\s+Europe\s+Day", (12, 25): r"Christmas\s+Day", (12, 24): r"Christmas\s+Eve",
    (1, 1): r"New\s+Year'?s\s+Day", (12, 31): r"New\s+Year'?s\s+Eve", (11, 1): r"All\s+Saints'?\s+Day",
    (8, 15): r"Assumption\s+Day|(?:the\s+)?Feast\s+of\s+the\s+Assumption", (2, 14): r"Valentine'?s\s+Day",
    (6, 6): r"D-Day",
}  # fmt: skip
#: French nouns of an anniversary that hold its number: "le bicentenaire" / "the 200th anniversary".
_ANNIVERSARY_WORDS = {"cinquantenaire": 50, "centenaire": 100, "cent-cinquantenaire": 150, "bicentenaire": 200, "tricentenaire": 300,
                      "quadricentenaire": 400, "millénaire": 1000}  # fmt: skip
#: A span of twelve months said in one word in English: "sur douze mois" / "annual", "year on year".
_YEAR_ON_YEAR = re.compile(r"\b(?:annual(?:ly|i[sz]ed)?|year[- ]on[- ]year|yearly|year[- ]over[- ]year|(?:12|twelve)-month|y/y)\b", re.I)


#: Twelve months said as the year before ("sur les douze derniers mois" / "over the past year").
_PAST_YEAR = re.compile(r"\b(?:the\s+)?(?:past|last|previous|latest|preceding)\s+year\b(?!s)", re.IGNORECASE)
#: French fractions of an hour in words and their minutes ("un quart d'heure", "une demi-heure", "trois quarts d'heure").
_HOUR_FRACTIONS = (
    (r"\btrois[\s-]quarts?\s+d['’]heure", 45),
    (r"(?<!trois\s)(?<!trois-)\bquart\s+d['’]heure", 15),
    (r"\bdemi[\s-]heure", 30),
    # an hour and its quarter or half in words: "une heure et quart" / "75 minutes", "deux heures et demie" / "150 minutes"
    *((rf"\b{word}\s+heures?\s+et\s+{part}\b", 60 * hours + extra)
      for hours, word in ((1, "une"), (2, "deux"), (3, "trois")) for part, extra in (("quart", 15), ("demie", 30))),
)


def _named_days(source: str, translation: str, report: FidelityReport) -> None:
    """A date English says by its name ("le 14 juillet" / "Bastille Day"), an anniversary whose French noun holds its
    number ("le bicentenaire" / "the 200th anniversary"), twelve months said "annual", "year on year" or "the past
    year", a French fraction of an hour in words said in minutes ("un quart d'heure" / "15 minutes")."""

    def in_words(figure: Figure) -> bool:
        day = re.fullmatch(r"(?:\d{4})?--?(\d{2})-(\d{2})", str(figure.value)) if figure.kind == Kind.DATE else None
        named = _NAMED_DAYS.get((int(day.group(1)), int(day.group(2)))) if day else None
        twelve = (figure.kind == Kind.DURATION and (figure.value, figure.unit) in ((12, "mois"), (1, "an"), (1, "année"))
                  and re.search(r"\bsur\s+(?:les\s+)?$", source[: figure.start]))  # fmt: skip
        if named and re.search(rf"\b(?:{named})", translation, re.IGNORECASE):
            return True
        return bool(twelve and (_YEAR_ON_YEAR.search(translation) or _PAST_YEAR.search(translation)))

    _ignore_missing(report, in_words)
    # a fraction of an hour in French words, in minutes in English: "un quart d'heure" / "15 minutes"
    for phrase, minutes in _HOUR_FRACTIONS:
        if re.search(phrase, source, re.IGNORECASE):
            said = next((f for f in report.unexpected
                         if f.kind == Kind.DURATION and f.value == minutes and same_unit(f.unit, "minutes")), None)  # fmt: skip
            if said is not None:
                report.unexpected.remove(said)
                report.ignored.append(said)
    words = {w.lower() for w in re.findall(r"[\w-]+", source)}
    for word, number in _ANNIVERSARY_WORDS.items():
        if word in words or word + "s" in words:
            said = next((f for f in report.unexpected if f.kind == Kind.ORDINAL and f.value == number
                         and re.match(r"\s+anniversar(?:y|ies)\b", translation[f.end :], re.I)), None)  # fmt: skip
            if said is not None:
                report.unexpected.remove(said)
                report.ignored.append(said)


#: The French days of the week and their English names.
_WEEKDAYS = dict(zip("lundi mardi mercredi jeudi vendredi samedi dimanche".split(),
                     "monday tuesday wednesday thursday friday saturday sunday".split()))  # fmt: skip
#: A French weekday right before a date ("jeudi 12 juin", "Lundi 17").
_WEEKDAY_BEFORE = re.compile(r"\b(lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)[\s\u00a0]+(?:le[\s\u00a0]+)?$", re.IGNORECASE)
#: What follows the numerator of a proportion up to its base: "(1) patient sur 250", "(un Français) sur 3"; "(one) patient in
#: 250", "(1) in 3".
_SUR_BASE = r"\s+(?:[^\W\d_][\w'’-]*\s+){0,3}sur\s+\d"
_IN_BASE = r"\s+(?:in|out\s+of)\s+\d"
#: The English numerator "one" of a proportion, and the rest of a French one after its numerator.
_ONE_OF_A_RATIO = re.compile(rf"\bone(?:\s+[^\W\d_]+){{0,3}}?{_IN_BASE}", re.IGNORECASE)
_FRENCH_RATIO_AFTER = re.compile(_SUR_BASE, re.IGNORECASE)


#: A French day named by its distance from today, right before its date: "hier, lundi 2 février", "demain 3 mars".
_RELATIVE_DAY_BEFORE = re.compile(
    r"\b(hier|aujourd['’]hui|demain|avant-hier|après-demain)[\s,]+(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)[\s,]+)?"
    r"(?:le[\s\u00a0]+)?$", re.IGNORECASE)  # fmt: skip
#: Their English names (French keys folded by :func:`~summarizer.words.fold_word`, the apostrophe straight).
_RELATIVE_DAYS = {"hier": r"\byesterday\b", "aujourd'hui": r"\btoday\b", "demain": r"\btomorrow\b",
                  "avant-hier": r"\bday\s+before\s+yesterday\b", "apres-demain": r"\bday\s+after\s+tomorrow\b"}  # fmt: skip


#: A French number with a dot before one or two digits: an article or a version ("le 49.3", "la 5.1"), as French
#: decimals take a comma.
_IDENTIFIER_DOT = re.compile(r"\d{1,3}\.\d{1,2}")


#: The days English names rather than dates, by their French day and month: what the English says for them.
_HOLIDAYS = {
    (1, "janvier"): r"\bnew year'?s day\b", (1, "mai"): r"\bmay day\b|\blabou?r day\b", (8, "mai"): r"\bve day\b",
    (14, "juillet"): r"\bbastille day\b", (15, "août"): r"\bassumption day\b", (1, "novembre"): r"\ball saints'? day\b",
    (11, "novembre"): r"\barmistice day\b|\bremembrance day\b", (25, "décembre"): r"\bchristmas day\b",
}
#: A French date of one of those days as written ("1er-Mai", "1er mai", "14 Juillet", "11-Novembre").
_HOLIDAY_FR = re.compile(r"(1|8|11|14|15|25)(?:er)?[\s\u00a0-]+(janvier|mai|juillet|août|novembre|décembre)\b", re.IGNORECASE)


def _said_in_words(source: str, translation: str, report: FidelityReport) -> None:
    """French figures the English says in words of its own: a date with its weekday said by the weekday alone ("jeudi
    12 juin" / "on Thursday", the day of the week of the story's own week, as English news writes it), or after a day
    named by its distance from today by that name ("hier, lundi 2 février" / "yesterday"); a zero said "nil" or
    "zero"; a French "2" said "both" ("les 2 accusés" / "both defendants"); the "1" of a French ratio said "one" ("1 patient sur 250" / "one
    patient in 250"); a number glued by a hyphen to the noun it grades, which the English reader leaves in the word
    ("magnitude 5,8" / "a magnitude-5.8 quake", "catégorie 4" / "a category-4 hurricane"), or a small count made the
    adjective of a compound ("un plan qui en compte 5" / "a five-level plan"); a day English calls by its name ("le
    1er-Mai" / "May Day")."""
    english = translation.lower()

    def said(figure: Figure) -> bool:
        day = _WEEKDAY_BEFORE.search(source[max(0, figure.start - 14) : figure.start])
        weekday = _WEEKDAYS[day.group(1).lower()] if day is not None else ""
        if weekday and figure.kind in (Kind.DATE, Kind.COUNT, Kind.NAME) and re.search(rf"\b{weekday}\b", english):
            # a date, or a bare day of the month ("Lundi 17", which the reader may take for a count or a name's number)
            return figure.kind == Kind.DATE or (figure.text.strip().isdigit() and 1 <= int(figure.text.strip()) <= 31)
        if figure.kind == Kind.COUNT and figure.text.strip() == "2" and re.search(r"\bboth\b", english):
            return True
        if _IDENTIFIER_DOT.fullmatch(figure.text.strip()) and re.search(rf"(?<![\d.,]){re.escape(figure.text.strip())}(?![\d])", english):
            return True  # "le 49.3" / "Article 49.3": a French number with a dot is an identifier (its decimals take a comma)
        if figure.kind == Kind.COUNT and figure.value == 0 and re.search(r"\b(?:nil|zero)\b", english):
            return True  # "312 voix contre 0" / "312 votes to nil"
        relative = _RELATIVE_DAY_BEFORE.search(source[max(0, figure.start - 40) : figure.start])
        if figure.kind == Kind.DATE and relative and re.search(_RELATIVE_DAYS[fold_word(relative.group(1)).replace("’", "'")], english):
            return True  # "hier, lundi 2 février" / "yesterday": the day named by its distance from today
        holiday = _HOLIDAY_FR.match(source, figure.start)
        named = _HOLIDAYS.get((int(holiday.group(1)), holiday.group(2).lower())) if holiday else None
        if named and re.search(named, english):
            return True  # "le 1er-Mai" / "May Day", "le 14 Juillet" / "Bastille Day": a day said by its name
        small = figure.value if figure.kind == Kind.COUNT and isinstance(figure.value, int) else 0
        small = small if 1 < small < len(_ENGLISH_WORDS) else 0
        if small and re.search(rf"(?<![\w-]){_ENGLISH_WORDS[small]}-(?!and\b)[a-z]{{3,}}", english):
            return True  # "un plan d'alerte qui en compte 5" / "its five-level alert plan": the count made an adjective
        if figure.kind in (Kind.COUNT, Kind.MEASURE, Kind.OTHER) and isinstance(figure.value, int | float) and not figure.unit:
            number = re.escape(f"{float(figure.value):g}")  # "magnitude 5,8" / "a magnitude-5.8 earthquake"
            if re.search(rf"(?<![\w-])[a-z]{{4,}}-{number}(?![\d.,]\d)", english):
                return True
        return (figure.kind == Kind.COUNT and figure.text.strip() == "1" and _FRENCH_RATIO_AFTER.match(source, figure.end) is not None
                and _ONE_OF_A_RATIO.search(translation) is not None)  # fmt: skip

    _ignore_missing(report, said)


def _hours_as_times(report: FidelityReport) -> None:
    """French "N heures" with no preposition of a time before it is read as a duration, but "depuis 18 heures",
    "avant 6 heures du matin" may be clock times: an English clock time of that hour is that figure ("since 6pm").
    And the other way: a French "h" time may be a length of time ("s'est allongé à 3 h 27" / "3 hours 27 minutes"), and
    an English clock with no am/pm a race time in minutes and seconds ("3 min 28 s" / "in under 3:28")."""

    def same_hour(figure: Figure, other: Figure) -> bool:
        hour = figure.value if figure.kind == Kind.DURATION and figure.unit in ("heure", "heures", "h") else None
        return (isinstance(hour, int) and 0 <= hour <= 24 and other.kind == Kind.TIME and isinstance(other.value, str)
                and _same_time(other.value, f"T{hour % 24:02d}:00"))  # fmt: skip

    report.missing = _pair_up(report, report.missing, report.unexpected, same_hour)

    def same_length(figure: Figure, other: Figure) -> bool:
        # "à 3 h 27" after a journey's length is a duration written as a clock time: "3 hours 27 minutes"
        clock = re.fullmatch(r"T(\d\d):(\d\d)", figure.value) if figure.kind == Kind.TIME and isinstance(figure.value, str) else None
        return (clock is not None and other.kind == Kind.DURATION and other.unit == "s" and isinstance(other.value, (int, float))
                and abs(other.value - (int(clock.group(1)) * 3600 + int(clock.group(2)) * 60)) < 1)  # fmt: skip

    report.missing = _pair_up(report, report.missing, report.unexpected, same_length)

    def race_time(figure: Figure, other: Figure) -> bool:
        # a race time in minutes and seconds that English writes as a clock ("3 min 28 s" / "in under 3:28"): no am/pm said
        clock = re.fullmatch(r"t(\d\d):(\d\d)", other.value) if other.kind == Kind.TIME and isinstance(other.value, str) else None
        return (clock is not None and figure.kind in (Kind.DURATION, Kind.MEASURE) and figure.unit == "s"
                and isinstance(figure.value, (int, float)) and 60 <= figure.value < 3600
                and abs(figure.value - (int(clock.group(1)) * 60 + int(clock.group(2)))) < 1)  # fmt: skip

    report.missing = _pair_up(report, report.missing, report.unexpected, race_time)


#: "seven in ten", "1 in 4", "three out of five": a share said as a ratio of two numbers.
_RATIO = re.compile(r"(?<![\w-])([a-z]+|\d{1,3})\s+(?:in|out\s+of)\s+(?:every\s+)?([a-z]+|\d{1,3})(?![\w-])", re.IGNORECASE)


def _percent_as_ratio(translation: str, report: FidelityReport) -> None:
    """A French percentage that English gives as a ratio ("70 %" / "seven in ten", "25 %" / "one in four")."""
    from .numerals import _spelled_value

    ratios = []
    for m in _RATIO.finditer(translation):
        a, b = (int(w) if w.isdigit() else _spelled_value(w, "en") for w in m.groups())
        if a is not None and b and 0 < a <= b:
            ratios.append(100 * a / b)
    if ratios:
        _ignore_missing(report, lambda f: f.kind == Kind.PERCENT and isinstance(f.value, int | float)
                        and any(abs(r - f.value) < 1 for r in ratios))  # fmt: skip


def _fraction_as_percent(fraction: Figure, percent: Figure) -> bool:
    """A fraction in words that English gives as a percentage ("les trois quarts" / "75%", "un tiers" / "33%")."""
    if fraction.unit != "fraction" or percent.kind != Kind.PERCENT or not isinstance(percent.value, int | float):
        return False
    return abs(float(fraction.value) * 100 - float(percent.value)) < 1


_GOALLESS = re.compile(r"\b(?:goalless|scoreless|nil-nil|nil-all)\b", re.IGNORECASE)


def _goalless(source: str, translation: str, report: FidelityReport) -> None:
    """A score of nil to nil ("un 0-0", "0 à 0") that English says in a word ("a goalless draw"): no figure lost."""
    if _GOALLESS.search(translation) and re.search(r"(?<![\d.,])0\s?(?:[-–]|à)\s?0(?![\d]|[.,]\d)", source):
        _ignore_missing(report, lambda f: f.value == 0 and f.kind in (Kind.COUNT, Kind.OTHER))


#: A news bulletin named by its hour: "le journal de 20 heures", "le 13 heures", "invité du 20 h", "au 20 heures".
_BROADCAST_BEFORE = re.compile(r"(?:\b(?:journal|JT|édition|flash|bulletin)\s+(?:télévisé\s+)?de|\b(?:le|du|au))\s*$", re.IGNORECASE)
#: English words naming a news broadcast ("the evening news", "the lunchtime bulletin", "the 8pm newscast").
_BROADCAST_EN = re.compile(r"\b(?:news|bulletins?|newscasts?|broadcasts?)\b", re.IGNORECASE)


def _broadcasts(source: str, translation: str, report: FidelityReport) -> None:
    """A French clock time that names a news broadcast by its hour ("le 20 heures", "le journal de 13 heures"), which
    English names by its time of day ("the evening news", "the lunchtime news"): no figure is lost. A time after an
    article is always a broadcast in French, as times of day take "à" ("à 20 heures"); the English must name a broadcast."""
    if _BROADCAST_EN.search(translation):
        _ignore_missing(report, lambda f: f.kind == Kind.TIME and _BROADCAST_BEFORE.search(source[: f.start]) is not None)


#: The French rounds of a knockout named by how many sides are left ("huitièmes de finale", "8es de finale", "1/8 de
#: finale"), and the English figure that names them ("the last 16", "the round of 16"): group ``n``.
_FRENCH_ROUNDS = {"seizième": 32, "huitième": 16, "quart": 8, "demi": 4}
_FRENCH_ROUND = re.compile(
    r"\b(seizième|huitième|quart|demi)s?[\s-]+(?:de[\s\u00a0]+)?finales?\b|\b(?:1/)?(16|8|4)(?:es?|èmes?)?[\s\u00a0]+de[\s\u00a0]+finale",
    re.IGNORECASE,
)
_ENGLISH_ROUND = re.compile(r"\b(?:last|round\s+of)\s+(?P<n>32|16|8|thirty-two|sixteen|eight)\b", re.IGNORECASE)


def _knockout_rounds(source: str, translation: str, report: FidelityReport) -> None:
    """A knockout round French names by a fraction or an ordinal ("en huitièmes de finale", "1/8 de finale") and English
    by the sides left ("in the last 16", "round of 16"): the same round, no figure added or lost."""
    # "les huitièmes", "les 8es de finale", "1/8 de finale": 16 sides left
    french = list(_FRENCH_ROUND.finditer(source))
    rounds = {_FRENCH_ROUNDS[m.group(1).lower()] if m.group(1) else 2 * int(m.group(2)) for m in french}
    spelled = {"thirty-two": 32, "sixteen": 16, "eight": 8}
    english = {int(spelled.get(m.group("n").lower(), m.group("n"))): m.span() for m in _ENGLISH_ROUND.finditer(translation)}
    named = {n for n in english if n in rounds}
    if not named:
        return
    report.unexpected = [f for f in report.unexpected if not any(english[n][0] <= f.start < english[n][1] for n in named)]
    report.missing = [f for f in report.missing if not any(m.start() <= f.start < m.end() for m in french)]


#: "quinze jours" and "huit jours", French for two weeks and one: English says "a fortnight", "two weeks", "a week".
_FRENCH_WEEKS = {15: 2, 8: 1}
_ENGLISH_WEEKS = re.compile(r"\bfortnight\b|\b(?:a|one|two|2)\s+weeks?\b", re.IGNORECASE)


def _days_as_weeks(translation: str, report: FidelityReport) -> None:
    """French "quinze jours" / "huit jours" (a fortnight, a week) written by English in weeks: the same length."""
    said = [m.group(0).lower() for m in _ENGLISH_WEEKS.finditer(translation)]
    for figure in list(report.missing):
        days = figure.value if figure.kind == Kind.DURATION and figure.unit in ("jour", "jours") and isinstance(figure.value, int) else None
        weeks = _FRENCH_WEEKS.get(days) if days is not None else None
        if weeks is None:
            continue
        wanted = ("fortnight", "two week", "2 week") if weeks == 2 else ("a week", "one week")
        found = next((w for w in said if w.startswith(wanted)), None)
        if found is None:
            continue
        said.remove(found)
        report.missing.remove(figure)
        report.unexpected = [
            f for f in report.unexpected if not (f.kind == Kind.DURATION and f.value == weeks and "week" in f.text.lower())
        ]


#: One unit of money said by the French article ("pour un euro symbolique", "une livre"): English writes "€1", "£1".
_ONE_BY_ARTICLE = re.compile(r"\b(?:un|une)[\s\u00a0]+(?:euro|franc|dollar|livre|dirham|dinar|centime|cent)\b", re.IGNORECASE)
#: A French ordinal of a unit along a course ("au 31e kilomètre", "à la 80e minute", "au 12e tour") and the English
#: number of the unit ("at the 31-kilometre mark", "kilometre 31", "in the 80th minute" is the ordinal's own rule).
_ORDINAL_OF_UNIT = re.compile(r"[\s\u00a0]+(kilomètre|km|mètre|minute|tour|mille|étage)\b", re.IGNORECASE)
_UNIT_NUMBERED = {"kilomètre": ("kilomet", "km"), "km": ("kilomet", "km"), "mètre": ("metre", "meter"), "minute": ("minute",),
                  "tour": ("lap",), "mille": ("mile",), "étage": ("floor", "storey", "story")}


def _said_otherwise(source: str, translation: str, report: FidelityReport) -> None:
    """Figures a side says with a word the other writes as a number: one unit of money by the French article ("un euro
    symbolique" / "a token €1"), a French ordinal of a unit along a course as the English number of that unit ("au 31e
    kilomètre" / "at the 31-kilometre mark")."""
    if _ONE_BY_ARTICLE.search(source):
        one = next((f for f in report.unexpected if f.kind == Kind.MONEY and f.value == 1), None)
        if one is not None:
            report.unexpected = [f for f in report.unexpected if f is not one]
    for figure in [f for f in report.missing if f.kind == Kind.ORDINAL]:
        unit = _ORDINAL_OF_UNIT.match(source, figure.end)
        if unit is None:
            continue
        words = _UNIT_NUMBERED[unit.group(1).lower()]
        said = next((f for f in report.unexpected if f.value == figure.value and any(w in translation[f.start : f.end + 12].lower()
                                                                                    for w in words)), None)  # fmt: skip
        if said is not None:
            report.missing = [f for f in report.missing if f is not figure]
            report.unexpected = [f for f in report.unexpected if f is not said]


def _fractions_changed(src: Sequence[Figure], tgt: Sequence[Figure], report: FidelityReport) -> None:
    """A fraction in words on each side that the other side does not say ("deux tiers" / "three-quarters"): a spelled
    fraction may be left out or said another way, so it is not checked alone, but one written as another fraction is a
    figure changed (a missing French figure and an added English one)."""
    french = [f for f in src if f.spelled and f.unit == "fraction"]
    english = [f for f in tgt if f.spelled and f.unit == "fraction"]
    lost = [f for f in french if not any(_equal(float(f.value), float(e.value)) for e in english)]
    added = [e for e in english if not any(_equal(float(f.value), float(e.value)) for f in french)]
    for f, e in zip(lost, added):
        report.missing.append(f)
        report.unexpected.append(e)
        report.ignored = [g for g in report.ignored if g is not f and g is not e]


def _summed_in(first: Figure, second: Figure, unit: str) -> float | None:
    """Two durations added up in another unit of time, by pint ("deux ans" and "six mois" in months: 30), or None."""
    qa, qb, qu = quantity(first.unit or ""), quantity(second.unit or ""), quantity(unit or "")
    if qa is None or qb is None or qu is None or not isinstance(first.value, int | float) or not isinstance(second.value, int | float):
        return None
    try:
        return float((first.value * qa + second.value * qb).to(qu.units).magnitude / qu.magnitude)
    except Exception:  # pint raises several types for units it cannot add or convert
        return None


def _durations_summed(source: str, src: Sequence[Figure], report: FidelityReport) -> None:
    """Two French durations joined by "et" ("trois semaines et deux jours", "deux ans et six mois") that English writes
    as their sum in one unit ("23 days", "30 months"): one length, no figure lost or added."""
    durations = sorted((f for f in src if f.kind == Kind.DURATION), key=lambda f: f.start)
    for first, second in zip(durations, durations[1:]):
        if not re.fullmatch(r"\s+et\s+", source[first.end : second.start]):
            continue
        said = next((f for f in report.unexpected if f.kind == Kind.DURATION and isinstance(f.value, int | float)
                     and (total := _summed_in(first, second, f.unit)) is not None and _equal(total, float(f.value))), None)  # fmt: skip
        if said is None:
            continue
        report.missing = [f for f in report.missing if f is not first and f is not second]
        report.unexpected = [f for f in report.unexpected if f is not said]


#: What joins the two ends of a range ("29 à 31", "entre 40 et 50", "12-15", "from 3 to 5").
_RANGE_JOIN = re.compile(r"\s*(?:à|et|to|and|-|–)\s*", re.IGNORECASE)
_WORD = re.compile(r"[^\W\d_]{3,}")


def _number(figure: Figure) -> float:
    return float(figure.value) if isinstance(figure.value, int | float) else float(re.sub(r"\D", "", str(figure.value)) or 0)


def _swaps(
    source: str, translation: str, matched: list[FigureMatch], facts: Facts | None = None, nouns: Mapping[str, str] | None = None
) -> list[tuple[FigureMatch, FigureMatch]]:
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
            if a.source.unit and b.source.unit and not same_unit(a.source.unit, b.source.unit):
                continue  # "le 1 500 m en 3'31''45" -> "3min 31.45sec in the 1,500m": each number keeps its own unit
            ages = _ages_read(source, translation, a, b)
            if all(fr == en for fr, en in ages) and ages[0][0] != ages[1][0]:
                continue  # "18 ans de réclusion ... un homme de 34 ans" -> "a 34-year-old man to 18 years": the age is still the age
            # a range written in rising order ("entre 1 et 0,5" -> "0.5 - 1") is the same range; "30 to 40%" -> "40 to 30%" is not
            ranged = _RANGE_JOIN.fullmatch(source[a.source.end : b.source.start]) or _RANGE_JOIN.fullmatch(
                translation[b.translation.end : a.translation.start]
            )
            if ranged and _number(a.source) > _number(b.source):
                continue
            if _origin_after(source, translation, a, b):
                continue  # "est passé de 6,9 % à 7,1 %" -> "rose to 7.1% from 6.9%", "7.1%, up from 6.9%": the same change
            if not ranged and (_moved_with_their_words(a, b) or _moved_with_their_nouns(a, b, facts or {}, nouns)):
                continue  # "124 réseaux ... 40 589 migrants" -> "40,589 migrants ... 124 networks": clauses reordered
            found.append((a, b))
    return found


def _ages_exchanged(source: str, translation: str, matched: Sequence[FigureMatch]) -> list[tuple[FigureMatch, FigureMatch]]:
    """Two numbers of years in the same order on both sides, the age of one made the length of the other ("à 18 ans
    de réclusion un homme de 34 ans" / "an 18-year-old man to 34 years"): a swap the order does not show."""
    years = [m for m in matched if m.source.kind == Kind.DURATION and m.source.unit in ("an", "ans")]
    # the ends of a range of ages are one age ("de 18 à 29 ans" / "18 to 29 years old"): none is exchanged
    ends = {id(f) for m in matched for n in matched if m is not n and m.source.end <= n.source.start
            and _RANGE_JOIN.fullmatch(source[m.source.end : n.source.start]) for f in (m.source, n.source)}  # fmt: skip
    years = [m for m in years if id(m.source) not in ends]
    found = []
    for i, a in enumerate(years):
        for b in years[i + 1 :]:
            ages = _ages_read(source, translation, a, b)
            if ages[0][0] != ages[1][0] and all(fr != en for fr, en in ages) and a.source.value != b.source.value:
                found.append((a, b))
    return found


def _ages_read(source: str, translation: str, *matches: FigureMatch) -> list[tuple[bool, bool]]:
    """For each match, whether its French and its English figure are a person's age."""
    return [(_french_age(source, m.source), _english_age(translation, m.translation)) for m in matches]


def _french_age(source: str, figure: Figure) -> bool:
    """Whether a French number of years is a person's age: "un homme de 34 ans", "âgé de 34 ans", "Paul (34 ans)"."""
    if figure.kind != Kind.DURATION or figure.unit not in ("an", "ans"):
        return False
    before = source[max(0, figure.start - 40) : figure.start]
    if re.search(r"(?:\bâgée?s?\s+de|\(|,)\s*$", before, re.IGNORECASE):
        return True
    noun = re.search(r"\b([^\W\d_]+)\s+de\s*$", before)
    return noun is not None and counts_persons(noun.group(1))


def _english_age(translation: str, figure: Figure) -> bool:
    """Whether an English number of years is a person's age: "a 34-year-old man", "aged 34"."""
    return (re.match(r"[\s-]*(?:years?[\s-])?old\b", translation[figure.end :], re.IGNORECASE) is not None
            or re.search(r"\baged\s*$", translation[: figure.start], re.IGNORECASE) is not None)  # fmt: skip


#: A French change from one level to another, between its two amounts: "de 6,9 % à 7,1 %", "de 400 à 650".
_FRENCH_SPAN = re.compile(r"\s*(?:à|a)\s*", re.IGNORECASE)


def _origin_after(source: str, translation: str, a: FigureMatch, b: FigureMatch) -> bool:
    """Whether a French change "de A à B" is written in English with the level first and its origin after "from" ("to B
    from A", "B, up from A"): the English grammar puts the amounts in the other order, the change is the same."""
    french = _FRENCH_SPAN.fullmatch(source[a.source.end : b.source.start]) and re.search(r"\bd(?:e|['’])\s*$", source[: a.source.start])
    between = translation[b.translation.end : a.translation.start]
    return bool(french) and bool(_TO_THEN_FROM.fullmatch(between) or _LEVEL_SINCE.fullmatch(between))


def _stems(text: str) -> set[str]:
    folded = "".join(c for c in unicodedata.normalize("NFD", text.lower()) if unicodedata.category(c) != "Mn")
    return {w[:5] for w in re.findall(r"[a-z]{4,}", folded)}


def _moved_with_their_words(a: FigureMatch, b: FigureMatch) -> bool:
    """Two figures in the other order, each still beside the words it had in French (a word the two languages
    share: "migrants", "tonnes", "personnes"/"persons"): the translator moved the clauses, not the figures."""
    own = [_stems(m.source.label) & _stems(f"{m.translation.label} {m.translation.noun}") for m in (a, b)]
    crossed = [_stems(m.source.label) & _stems(f"{n.translation.label} {n.translation.noun}") for m, n in ((a, b), (b, a))]
    return any(own) and not any(crossed)


def _moved_with_their_nouns(a: FigureMatch, b: FigureMatch, facts: Facts, nouns: Mapping[str, str] | None) -> bool:
    """Two figures in the other order, at least one still counting its French noun and neither counting the other's
    ("4 morts et 17 blessés" -> "17 people were hurt and four killed"): the clauses moved, not the figures."""
    read = [(facts.get(id(m.source)), facts.get(id(m.translation))) for m in (a, b)]
    if any(f is None or e is None for f, e in read):
        return False
    (fa, ea), (fb, eb) = read
    own = [counts_same(fa, ea.noun, nouns), counts_same(fb, eb.noun, nouns)]  # type: ignore[arg-type,union-attr]
    crossed = [counts_same(fa, eb.noun, nouns), counts_same(fb, ea.noun, nouns)]  # type: ignore[arg-type,union-attr]
    return True in own and True not in crossed


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


def _needs_parse(source: str, translation: str, french: Sequence[FigureFact], english: Sequence[FigureFact]) -> bool:
    """Whether the parses can change the verdict the words give: two counts or more on each side, one of which
    has no noun the words can read ("12% of voters") or an English noun that no French noun confirms, or a change
    stated on both sides by a word the window around the figures did not reach ("les ventes, en mai, ont augmenté de 7 %")."""
    amounts = [[f for f in side if f.figure.kind in MEANING_KINDS and _checked(f.figure)] for side in (french, english)]
    if not all(amounts):
        return False
    # counts and rates say what they count with a noun; money, measures and durations with their unit. A small
    # spelled count ("trois infirmières") is left out of the value check, but its noun may be the one another count
    # now counts: it is one of the counts here
    counted = [[f for f in side if f.figure.kind in (Kind.COUNT, Kind.PERCENT)] for side in (french, english)]
    if all(len(side) >= 2 for side in counted) and any(not f.noun for side in counted for f in side):
        return True
    # a word after an English count that no French count's noun confirms may be a modifier ("40 exhausted guides"): the
    # parse reads the noun it counts; for the one count of a sentence, where the words read a modifier ("9 customs officers")
    for e in counted[1]:
        if counted[0] and not any(counts_same(f, e.noun) is True for f in counted[0]):
            if len(counted[0]) >= 2 and len(counted[1]) >= 2 or _modifier(translation, e.figure, e.noun):
                return True
    undecided = any(f.direction is Direction.NONE for side in amounts for f in side)
    return undecided and states_a_change(source, "fr") and states_a_change(translation, "en")


#: What opens a range whose ends are joined by "et" / "and" ("entre 40 et 50", "between 40 and 50").
_RANGE_OPEN = re.compile(r"\b(?:entre|between)\s+$", re.IGNORECASE)


def _ranges_share_nouns(sentence: str, facts: Sequence[FigureFact]) -> list[FigureFact]:
    """The facts of a sentence, the two ends of each range counting one noun: in "29 à 31 supporters" / "29 to 31
    supporters" the noun is written once, after the upper end, and counted by both; a parse may attach the lower end
    to it and the upper one elsewhere, or the words read the joining "to" as the lower end's noun.

    The range's noun is the one whose written form starts with the word after its upper end; else the upper end's.
    """
    out = list(facts)
    for i, (low, high) in enumerate(zip(out, out[1:])):
        if low.figure.kind not in (Kind.COUNT, Kind.PERCENT) or high.figure.kind != low.figure.kind:
            continue
        between = sentence[low.figure.end : high.figure.start]
        if not _RANGE_JOIN.fullmatch(between):
            continue
        if re.fullmatch(r"\s*(?:et|and)\s*", between, re.IGNORECASE) and not _RANGE_OPEN.search(sentence[: low.figure.start]):
            continue  # "12 morts et 30 blessés": two counts side by side, not a range
        written = high.figure.noun
        if not written or low.figure.noun not in ("", *between.split(), "à", "to", "et", "and"):
            continue  # the lower end has its own word after it ("3 morts à 5 heures"), or the upper end no noun
        counted = next((f for f in (low, high) if f.noun and f.noun_text.lower().startswith(written)), high)
        if not counted.noun:
            continue
        noun, noun_text = counted.noun, counted.noun_text
        out[i], out[i + 1] = replace(low, noun=noun, noun_text=noun_text), replace(high, noun=noun, noun_text=noun_text)
    return out


def read_meaning(source: str, src: Sequence[Figure], translation: str, tgt: Sequence[Figure]) -> tuple[dict[int, FigureFact], list[str]]:
    """The facts of both sentences' figures (``id(figure)`` -> fact) and the notes on what could not be read.

    The words around each figure first (comparator, direction, the noun right after it); the French and English
    parses where they can change the verdict (:func:`_needs_parse`): French facts from the French parse
    (:func:`~.meaning.french_facts`), English ones from :func:`summarizer.english.read_english_facts`. A side
    whose parser is missing or fails keeps its word facts, and the note says so. Never raises.
    """
    from .. import parsing
    from ..english import read_english_facts

    facts: dict[int, FigureFact] = {}
    notes: list[str] = []
    sides = [(lang, sentence, list(figures)) for lang, sentence, figures in (("fr", source, src), ("en", translation, tgt))]
    if any(not figures or not sentence or any(sentence[f.start : f.end] != f.text for f in figures) for _, sentence, figures in sides):
        return facts, notes  # a side without figures, or figures from another text: nothing to compare by meaning
    words = [word_facts(sentence, figures, lang) for lang, sentence, figures in sides]
    read = list(words)
    unparsed = [lang for lang, _, _ in sides if not parsing.available(lang)]
    if not unparsed and _needs_parse(source, translation, words[0], words[1]):
        for index, (lang, sentence, figures) in enumerate(sides):
            try:
                parsed = french_facts(sentence, figures) if lang == "fr" else read_english_facts(sentence, figures)
            except Exception as error:  # a sentence the French parser cannot read: its words, said in the note
                logger.debug("French parse failed: %s", error)
                parsed = []
            if parsed and all(f.parsed for f in parsed):
                # the parse's noun where it read one, else the word after the figure
                read[index] = [p if p.noun or not w.noun else replace(p, noun=w.noun) for p, w in zip(parsed, words[index])]
            else:
                unparsed.append(lang)
    for (_, sentence, _), side in zip(sides, read):
        facts.update((id(f.figure), f) for f in _ranges_share_nouns(sentence, side))
    if unparsed:
        names = " and ".join({"fr": "French", "en": "English"}[lang] for lang in unparsed)
        why = "the parsers were not asked for" if not parsing.enabled() else "install the 'labels' extra"
        notes.append(f"meaning read from the words only ({names} not parsed: {why}): value, unit, comparator, direction checked")
    return facts, notes


#: The English "number" of a rank, before its digits: "world number 38", "No 4", "no. 12".
_RANK_NUMBER = re.compile(r"\b(?:number|no\.?)\s*$", re.IGNORECASE)


def compare_figures(
    source: str,
    src: Sequence[Figure],
    tgt: Sequence[Figure],
    translation: str = "",
    *,
    nouns: Mapping[str, str] | None = None,
    meaning: bool = True,
) -> FidelityReport:
    """Match figures already read from a French sentence and its English translation.

    Args:
        source: The French sentence (to recognise numbers copied from its names).
        src: Its figures.
        tgt: The translation's figures.
        translation: The English sentence (to find the digits of names, to tell a range written
            the other way round from a swap, and to read each figure's meaning).
        nouns: The English for French counted nouns (French lemma -> English), from the run's one
            translation batch, if any: counted nouns are then compared through it.
        meaning: Compare comparators, directions and counted nouns (needs ``translation``).
    """
    report = FidelityReport()
    facts: dict[int, FigureFact] = {}
    if meaning and translation:
        facts, report.notes = read_meaning(source, src, translation, tgt)
    report.ignored = [f for f in [*src, *tgt] if not _checked(f) and f.kind != Kind.NAME]
    _match([f for f in src if _checked(f)], [f for f in tgt if _checked(f)], report, facts, nouns)
    _fractions_changed(src, tgt, report)
    # a French figure written out in the English ("2 semaines" -> "two weeks", "5e" -> "fifth") is kept, not lost;
    # those spelled English forms are never counted as additions when nothing in the French asks for them
    spare = [f for f in tgt if not _checked(f) and f.kind != Kind.NAME]
    report.missing = _pair_up(
        report, report.missing, spare, lambda f, t: _same_value(f, t) and (t.kind == Kind.ORDINAL) == (f.kind == Kind.ORDINAL)
    )
    # a French unit said once for two amounts ("a perdu 2 points ... en gagne 3"), the English saying it twice
    # ("lost two points ... gained three points"): the bare French number is the second amount, not a missing figure
    elided = [*report.unexpected, *spare]
    report.missing = _pair_up(report, report.missing, elided, lambda f, t: _unit_said_before(f, t, src))
    report.unexpected = [t for t in report.unexpected if any(t is e for e in elided)]
    spare = [t for t in spare if any(t is e for e in elided)]
    # and an English figure in digits that the French wrote out ("trois concerts" -> "3 concerts") is no addition
    spare_src = [f for f in src if not _checked(f) and f.kind != Kind.NAME]
    report.unexpected = _pair_up(
        report,
        report.unexpected,
        spare_src,
        lambda t, f: _same_value(f, t) or _converted(f, t, approximate=False) or _fraction_as_percent(f, t),
        french_first=False,
    )  # "un an et demi" -> "18 months": the French number in words, the English converted
    _conversions(report, spare, facts)
    # a French number the English wrote inside a name ("seulement 4" -> "Kaddafi 4 remained")
    english_names = [f for f in tgt if f.kind == Kind.NAME]
    report.missing = _pair_up(
        report, report.missing, english_names,
        lambda f, n: (f.kind == Kind.COUNT or (f.kind == Kind.YEAR and n.text.isdigit())  # "London 2012", not "Meteor-1962"
                      # a rank the English writes as a number: "38e mondiale" / "world number 38", "No 4"
                      or (f.kind == Kind.ORDINAL and _RANK_NUMBER.search(translation[max(0, n.start - 10) : n.start]) is not None))
        and isinstance(f.value, int) and str(n.value) == str(f.value),
    )  # fmt: skip
    if translation:
        _split_dates(translation, report)
        _broadcasts(source, translation, report)
        _knockout_rounds(source, translation, report)
        _days_as_weeks(translation, report)
        _durations_summed(source, src, report)
        _said_otherwise(source, translation, report)
        _ages(translation, report)
        _goalless(source, translation, report)
        _hours_as_times(report)
        _percent_as_ratio(translation, report)
        _named_days(source, translation, report)
    _said_again(source, report, facts)
    _restated_by_soit(source, report)
    _restated_beside(source, src, report)
    # a number copied from a name or identifier of the source ("le 3919" -> "3919") is not an addition; a French
    # figure written again ("12 morts" -> "12 dead ... the 12") is
    counted = [f for f in src if _checked(f)]
    copied = [f for f in report.unexpected if re.fullmatch(r"\d+", f.text) and _held_as_name(f.text, source, counted)]
    # a name's number the English writes once with the unit it stands for ("la zone 30" / "its 30 km/h zone")
    names = [n.text for n in src if n.kind == Kind.NAME]
    for f in report.unexpected:
        digits = re.match(r"\d+(?![\d.,])", f.text)
        if f.kind == Kind.MEASURE and digits and digits.group(0) in names and _held_as_name(digits.group(0), source, counted):
            names.remove(digits.group(0))
            copied.append(f)
    # a bare day of the month, which the French reader takes for a short number ("reporté au 10") and the English
    # writes as a day ("the 10th"): the same digits, no addition
    copied += [f for f in report.unexpected if f.kind == Kind.ORDINAL and (day := _DAY_ORDINAL.fullmatch(f.text))
               and _held_as_name(day.group(1), source, counted)]  # fmt: skip
    copied += _restated(report, translation)
    copied += _season_ends(report, translation)
    copied += _ratio_ones(report, source, translation)
    copied += _shares_as_percent(report, source)
    copied += _scores_on_both_sides(report, source, translation)
    report.unexpected = [f for f in report.unexpected if f not in copied]
    report.ignored += copied
    _names(source, translation, src, tgt, report)
    if translation:
        _said_in_words(source, translation, report)
    _spelled_changes(report, src, tgt, facts, nouns)
    if not report.missing and not report.unexpected:
        report.swapped += _swaps(source, translation, report.matched, facts, nouns)
        report.swapped += _ages_exchanged(source, translation, report.matched)
    if facts:
        report.changed = _meaning_changes(report, facts, nouns, translation, source, _quiet_pairs(report, src, tgt))
    report.unread = unread_numbers(source, src, "fr")
    return report


#: The French words that say the same fact again in other figures, up to the figure they introduce: "soit 248
#: candidats", "soit une hausse de 100 %", "soit il y a dix jours", "c'est-à-dire 40".
_SOIT_BEFORE = re.compile(rf"{_RESTATING_WORDS}\b[^\d.;:!?()]{{0,30}}$", re.IGNORECASE)
_SOIT_AFTER = re.compile(rf"[^\w.;:!?()]{{0,3}}(?:[^\W\d_]+\s+){{0,2}}?{_RESTATING_WORDS}\b[^\d.;:!?()]{{0,30}}$", re.IGNORECASE)


def _restated_by_soit(source: str, report: FidelityReport) -> None:
    """French figures a "soit" restates, where the English keeps one side: the figure after "soit" says again what the
    figures before it in the clause say ("131 hommes et 117 femmes, soit 248 candidats" / "131 men and 117 women";
    "passant de 40 000 à 80 000, soit une hausse de 100 %" / "doubled from 40,000 to 80,000"), and the one figure
    right before "soit" is said by the one after it ("le 4 mars, soit il y a dix jours" / "ten days ago"). One side
    kept in the English keeps the fact; both lost stay missing."""
    if not report.missing:
        return
    english = [f for f in report.ignored if f.lang == "en"]
    kept = [m.source for m in report.matched]  # and the French numbers in words the English says ("dix jours" / "ten days")
    kept += [f for f in report.ignored if f.lang == "fr" and any(_same_value(f, e) for e in english)]
    figures = sorted([*kept, *report.missing], key=lambda f: f.start)

    def restated(figure: Figure) -> bool:
        before = [f for f in figures if f.end <= figure.start]
        if before and _SOIT_BEFORE.search(source[before[-1].end : figure.start]):
            clause = [f for f in before if not re.search(r"[.;:!?]", source[f.end : figure.start])]
            return bool(clause) and all(any(f is k for k in kept) for f in clause[-2:])
        after = [f for f in figures if f.start >= figure.end]
        return (bool(after) and any(after[0] is k for k in kept)
                and _SOIT_AFTER.fullmatch(source[figure.end : after[0].start]) is not None)  # fmt: skip

    _ignore_missing(report, restated)


#: What sets a French restatement of a figure beside it: brackets or dashes ("5 000 (cinq mille) euros", "1,2 km – 1 200
#: mètres exactement –").
_SAID_AGAIN_BESIDE = re.compile(r"[\s\u00a0]*(?:\(|[–—-][\s\u00a0])[\s\u00a0]*")


def _restated_beside(source: str, src: Sequence[Figure], report: FidelityReport) -> None:
    """A French figure said again right after itself, in brackets or between dashes, in words or in another unit
    ("5 000 (cinq mille) euros", "1,2 km – 1 200 mètres –"), where the English says it once: one of the two kept keeps
    the fact."""
    if not report.missing:
        return
    kept = {id(m.source) for m in report.matched} | {id(f) for f in report.ignored}
    ordered = sorted(src, key=lambda f: f.start)

    def same(a: Figure, b: Figure) -> bool:
        return _same_value(a, b) or _converted(a, b, approximate=False) or _converted(b, a, approximate=False)

    def restated(figure: Figure) -> bool:
        i = next((k for k, f in enumerate(ordered) if f is figure), None)
        if i is None:
            return False
        pairs = [(ordered[i - 1], figure)] if i > 0 else []
        pairs += [(figure, ordered[i + 1])] if i + 1 < len(ordered) else []
        for first, second in pairs:
            other = first if second is figure else second
            if id(other) in kept and _SAID_AGAIN_BESIDE.fullmatch(source[first.end : second.start]) and same(first, second):
                return True
        return False

    _ignore_missing(report, restated)


#: The words that take up a figure just said: "ces 2 milliards", "la mairie en garde 80", "soit les Douze".
_TAKEN_UP_BEFORE = re.compile(r"(?:\b(?:ces|ce|cette|les|des|en)\s+(?:\w+\s+)?|^|:\s*)$", re.IGNORECASE)


#: The words that join two numbers into a pair (a score, a ratio), never into a figure and its restatement.
_PAIR_WORDS = frozenset({"sur", "et", "ou", "contre", "par"})


def _said_again(source: str, report: FidelityReport, facts: Facts) -> None:
    """French figures that say again a figure of the sentence the English kept, where the English says it once: "un
    prêt de 2 milliards d'euros ; ces 2 milliards serviront" / "a €2 billion loan will serve", "80 agents ; la mairie en
    garde 80" / "the town hall keeps its 80 staff", "Dix ans : ... dix ans de travaux" / "ten years of work", "les 12
    pays, soit les Douze" / "the 12 countries". The same value, kind and unit as a matched figure (or a bare number
    after it), counting nothing else: no noun of its own, or the other's, or the other has none, or taken up by "ces",
    "en"; or people said again by who they are ("qui emploie 350 personnes ; ses 350 salariés" / "its 350 staff"); two
    counts of different nouns ("4 morts et 4 blessés") are two facts, and one of them lost stays missing."""
    if not report.missing:
        return
    kept = [m.source for m in report.matched]

    def noun(figure: Figure) -> str:
        fact = facts.get(id(figure))
        return fact.noun if fact is not None and fact.noun else figure.noun

    def says_again(figure: Figure) -> bool:
        if figure.kind in (Kind.DATE, Kind.TIME, Kind.YEAR, Kind.ORDINAL) or not isinstance(figure.value, int | float):
            return False
        for other in kept:
            if other is figure or not _equal_values(other, figure):
                continue
            first, again = sorted((other, figure), key=lambda f: f.start)
            between = [w for w in re.findall(r"[^\W\d_]{2,}", source[first.end : again.start]) if w.lower() not in _PAIR_WORDS]
            if not between:
                continue  # "(2-2)", "2 à 2", "2 sur 2", "2 contre 2": a score or a pair of numbers, not a figure said again
            # the same kind and unit, or a bare number saying again an amount with its unit ("ces 2 milliards")
            if (first.kind, first.unit) != (again.kind, again.unit) and not (again.kind == Kind.COUNT and not again.unit):
                continue
            own, before = noun(again), noun(first)
            taken_up = _TAKEN_UP_BEFORE.search(source[max(0, again.start - 24) : again.start]) is not None
            if not own or not before or own == before or taken_up:
                return True
            if general_french(own) != general_french(before) and counts_persons(own) and counts_persons(before):
                return True  # "qui emploie 350 personnes ; ses 350 salariés": people, then who they are
        return False

    _ignore_missing(report, says_again)


#: A number that names a rank right before it: "n° 7", "no 7", "numéro 7".
_NUMBERED = re.compile(r"(?:\bn°|\bno\.?|\bnuméro)\s*$", re.IGNORECASE)
#: an English day of the month in digits: "10th", "1st", "31st".
_DAY_ORDINAL = re.compile(r"(0?[1-9]|[12]\d|3[01])(?:st|nd|rd|th)")


def _held_as_name(digits: str, source: str, counted: Sequence[Figure]) -> bool:
    """Whether the French holds ``digits`` outside every figure it counts (inside a name, an identifier)."""
    for m in re.finditer(rf"(?<![\d,.]){re.escape(digits)}(?!\d|[,.]\d)", source):
        if not any(f.start < m.end() and m.start() < f.end for f in counted):
            return True
    return False


#: "1 in 3", "1 out of 5": a proportion's numerator one, in digits, before its denominator.
_ONE_IN = re.compile(_IN_BASE, re.IGNORECASE)
#: "un Français sur 3", "une femme sur 5": the French proportion's numerator "un", an article the figure reader leaves.
_UN_SUR = re.compile(rf"(?<!\w)une?{_SUR_BASE}", re.IGNORECASE)


def _ratio_ones(report: FidelityReport, source: str, translation: str) -> list[Figure]:
    """English figures "1" that are the numerator of a proportion ("more than 1 in 3") where the French writes its own
    with "un" ("plus d'un Français sur 3"): the same number, which the French figure reader does not count."""
    if not _UN_SUR.search(source):
        return []
    return [f for f in report.unexpected if f.text == "1" and _ONE_IN.match(translation, f.end)]


#: A French share said as a count out of a base: "un Français sur cinq", "deux élèves sur 3", "trois sur dix".
_SHARE_SUR = re.compile(
    r"(?<!\w)(une?|deux|trois|quatre|cinq|six|sept|huit|neuf|\d{1,2})\s+(?:[^\W\d_][\w'’-]*\s+){0,3}?sur\s+"
    r"(deux|trois|quatre|cinq|six|sept|huit|neuf|dix|\d{1,3})\b",
    re.IGNORECASE,
)


def _shares_as_percent(report: FidelityReport, source: str) -> list[Figure]:
    """English percentages that restate a French share told as a count out of a base ("un Français sur cinq" / "twenty
    per cent of French people", "trois sur quatre" / "75%"): the same fact, within a point (a word of approximation: two)."""
    from .numerals import _spelled_value

    shares = []
    for m in _SHARE_SUR.finditer(source):
        part, base = (int(g) if g.isdigit() else _spelled_value(g, "fr") or 0 for g in m.groups())
        if 0 < part < base:
            shares.append((100.0 * part / base, m.span()))
    found = []
    for figure in report.unexpected:
        if figure.kind != Kind.PERCENT or not isinstance(figure.value, int | float):
            continue
        tolerance = 2.0 if figure.approximate else 1.0
        span = next((span for share, span in shares if abs(float(figure.value) - share) <= tolerance), None)
        if span is not None:
            found.append(figure)  # the share's numbers in the French are that percentage: none is missing
            report.missing = [f for f in report.missing if not _within(f, [span])]
    return found


#: A score as written, in either language: "2-1", "11-7", "3 - 0" (a French "31 à 17" too).
_SCORE_WRITTEN = re.compile(r"(?<!\d)(?<!\d[.,])(\d{1,2})\s?(?:[-–]|\s+à\s+)\s?(\d{1,2})(?!\d|[.,]\d)")


def _scores_on_both_sides(report: FidelityReport, source: str, translation: str) -> list[Figure]:
    """Numbers of a score that one side's reader set aside as a score and the other did not ("vainqueur 2-1 des
    États-Unis" / "beat the United States 2-1"): the same score written on both sides is kept, whatever each reader
    made of it; the French numbers of it are no longer missing, the English ones not added (returned)."""

    def scores(text: str) -> list[tuple[tuple[str, str], tuple[int, int]]]:
        return [((m.group(1), m.group(2)), m.span()) for m in _SCORE_WRITTEN.finditer(text)]

    french, english = scores(source), scores(translation)
    if not french or not english:
        return []
    said_fr = [pair for pair, _ in french] + [pair[::-1] for pair, _ in french]  # the English may give the winner first
    said_en = [pair for pair, _ in english] + [pair[::-1] for pair, _ in english]
    kept_fr = [span for pair, span in french if pair in said_en]
    kept_en = [span for pair, span in english if pair in said_fr]
    report.missing = [f for f in report.missing if not _within(f, kept_fr)]
    return [f for f in report.unexpected if _within(f, kept_en)]


def _within(figure: Figure, spans: Sequence[tuple[int, int]]) -> bool:
    """Whether a figure lies inside one of ``spans`` (character offsets of its text)."""
    return any(a <= figure.start and figure.end <= b for a, b in spans)


#: An English season, school or fiscal year after the span of years that names it: "the 2026-27 school year".
_SEASON_AFTER = re.compile(r"(?:[\s\u00a0]+[^\W\d_]+){0,2}?[\s\u00a0]+(?:season|school|academic|fiscal|financial|year|term|campaign|"
                           r"harvest|budget|vintage)\b", re.IGNORECASE)  # fmt: skip


def _season_ends(report: FidelityReport, translation: str) -> list[Figure]:
    """English years that end a season's span whose first year the French gives alone ("la rentrée 2026" / "the
    2026-27 school year", "la saison 2025" / "the 2025/26 season"): the next year, named by the span, is no addition."""
    firsts = {m.translation.value: m.translation for m in report.matched if m.translation.kind == Kind.YEAR}
    found = []
    for figure in report.unexpected:
        if figure.kind != Kind.YEAR or not isinstance(figure.value, int | float):
            continue
        first = firsts.get(int(figure.value) - 1)
        joined = first is not None and re.fullmatch(r"\s*[-–/]\s*", translation[first.end : figure.start]) is not None
        if joined and _SEASON_AFTER.match(translation, figure.end):
            found.append(figure)
    return found


def _restated(report: FidelityReport, translation: str) -> list[Figure]:
    """English figures that write a matched one again right beside it, in another form: "12 (twelve)", "1.5m (1,500,000)",
    or converted into another unit, as English papers add imperial units ("42km (26 miles)", "30km/h (about 20mph)",
    "35C (95F)"): the conversion must be right, within the tolerance its wording states."""
    found = []
    for figure in report.unexpected:
        for match in report.matched:
            other = match.translation
            first, second = sorted((other, figure), key=lambda f: f.start)
            gap = translation[first.end : second.start]
            if _equal_values(other, figure) and re.sub(r"\D", "", other.text) != re.sub(r"\D", "", figure.text):
                if re.fullmatch(_RESTATED_GAP, gap):
                    found.append(figure)
                    break
            elif figure is second and _converted_beside(other, figure, gap):
                found.append(figure)
                break
            elif figure is first and re.fullmatch(r"\s*[(\[]\s*", gap) and _converted(other, figure, approximate=figure.approximate):
                found.append(figure)  # "up to about 18 inches (45 centimetres)": the conversion first, the French measure after
                break
    return found


#: What stands between a figure and the same figure written again: a bracket, "or", "i.e.", "that is".
_RESTATED_GAP = re.compile(r"\s*(?:\(|\[|,?\s*(?:or|i\.e\.|that is))\s*")
#: The same, for a conversion, with its word of approximation: "(about", ", or roughly", "- some".
_CONVERSION_GAP = re.compile(
    r"\s*(?:\(|\[|,?\s*(?:or|i\.e\.|that is)|[-–—])\s*(?P<about>(?:about|around|roughly|some|approximately|approx\.?|nearly|almost|"
    r"just\s+(?:over|under)|more\s+than|over|c\.|~)\s*)?",
    re.IGNORECASE,
)


def _converted_beside(figure: Figure, other: Figure, gap: str) -> bool:
    """Whether ``other`` follows ``figure`` in brackets or after "or", as the same measure in another unit."""
    m = _CONVERSION_GAP.fullmatch(gap)
    return m is not None and _converted(figure, other, approximate=bool(m.group("about")))


def _converted(figure: Figure, other: Figure, *, approximate: bool) -> bool:
    """Whether ``other`` is the measure or duration ``figure`` in another unit, rounded as ``approximate`` allows."""
    if not isinstance(figure.value, int | float) or not isinstance(other.value, int | float):
        return False
    if figure.kind not in (Kind.MEASURE, Kind.DURATION) or other.kind not in (Kind.MEASURE, Kind.DURATION, Kind.MONEY):
        return False
    unit = "pound" if other.kind == Kind.MONEY and other.unit == "GBP" and re.search(r"pound", other.text, re.I) else other.unit
    if other.kind == Kind.MONEY and unit != "pound":
        return False
    return converts(float(figure.value), figure.unit, float(other.value), unit, approximate=approximate)


def _spelled_changes(
    report: FidelityReport, src: Sequence[Figure], tgt: Sequence[Figure], facts: Facts, nouns: Mapping[str, str] | None
) -> None:
    """A small number spelled on both sides and changed ("cinq semaines" -> "four weeks"): lost and added.

    Small spelled numbers are left out of the value check (translators render them idiomatically), so they are
    compared here, only where the two sides say the same thing of them: the same unit, or the same counted noun.
    """
    paired = {id(f) for m in report.matched for f in (m.source, m.translation)}

    def free(figure: Figure) -> bool:
        return id(figure) not in paired and figure.kind != Kind.NAME and isinstance(figure.value, int | float)

    def small(figure: Figure) -> bool:
        return (figure.kind in (Kind.COUNT, Kind.DURATION, Kind.MEASURE, Kind.MONEY) and figure.unit != "fraction"
                and 2 <= abs(float(figure.value)) <= _SMALL_SPELLED)  # fmt: skip

    # the numbers each side leaves unpaired, one for one: "trois à cinq lits ... six mois" -> "three to five beds ...
    # three months" leaves "six" and the second "three"
    french = [f for f in src if free(f)]
    english = [t for t in tgt if free(t)]
    for figure in list(french):
        same = next((t for t in english if _equal_values(figure, t)), None)
        if same is not None:
            french.remove(figure)
            english.remove(same)
    english = [t for t in english if small(t) and t.spelled and not _checked(t)]
    for figure in (f for f in french if small(f) and not _checked(f)):
        for other in english:
            if other.kind != figure.kind or _equal_values(figure, other):
                continue
            if figure.unit or other.unit:
                alike = bool(figure.unit and other.unit and same_unit(figure.unit, other.unit))
            else:  # two small counts: the same thing unless their nouns say otherwise ("deux fils" / "three daughters")
                fa, fb = facts.get(id(figure)), facts.get(id(other))
                alike = fa is None or fb is None or fb.noun in _GENERIC or counts_same(fa, fb.noun, nouns) is not False
            if alike:
                english.remove(other)
                report.missing.append(figure)
                report.unexpected.append(other)
                break
