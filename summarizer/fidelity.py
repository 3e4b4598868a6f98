"""Checking that the figures of a French source survive translation.

Figures are compared by value, whatever the format: "40 589" = "40,589" =
"40589"; "1,2 milliard" = "1.2 billion"; "douze mille" = "12,000". A French
"2 326" rendered "2.326" in English is a mismatch. Small spelled-out numbers
(up to ten) and spelled ordinals are left out of the check, since translation
renders them idiomatically ("les deux dimensions" -> "both dimensions").
"""

from __future__ import annotations

import logging
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from .figures import Figure, extract_figures

logger = logging.getLogger(__name__)

__all__ = ["FigureMatch", "FidelityReport", "check_figures", "check_pair", "compare_figures", "repair_by_substitution"]

_SMALL_SPELLED = 10


@dataclass(frozen=True)
class FigureMatch:
    """A source figure and the translation figure that renders it."""

    source: Figure
    translation: Figure


@dataclass
class FidelityReport:
    """The result of :func:`check_figures`.

    Attributes:
        matched: Source figures found in the translation.
        missing: Source figures not in the translation (lost or changed).
        unexpected: Translation figures not in the source (added or changed).
        ignored: Figures left out of the check (small spelled-out numbers).
        swapped: Two figures of the same kind found in the English in the other order
            (``40 589 tentatives et 124 réseaux`` -> ``124 attempts and 40,589 networks``).
    """

    matched: list[FigureMatch] = field(default_factory=list)
    missing: list[Figure] = field(default_factory=list)
    unexpected: list[Figure] = field(default_factory=list)
    ignored: list[Figure] = field(default_factory=list)
    swapped: list[tuple[FigureMatch, FigureMatch]] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        """Every figure preserved, none added, none moved to another figure's place."""
        return not self.missing and not self.unexpected and not self.swapped

    def describe(self) -> str:
        """A one-line, human explanation of the mismatches."""
        parts = []
        if self.missing:
            parts.append("missing in English: " + ", ".join(f"'{f.text}'" for f in self.missing))
        if self.unexpected:
            parts.append("not in the French: " + ", ".join(f"'{f.text}'" for f in self.unexpected))
        for first, second in self.swapped:
            parts.append(f"'{first.source.text}' and '{second.source.text}' appear in the other order in English: swapped?")
        return "; ".join(parts) or "all figures preserved"

    def to_dict(self) -> dict[str, Any]:
        """The report as a JSON-ready dict."""
        return {
            "ok": self.ok,
            "matched": [
                {"value": m.source.value, "text": m.source.text, "translation_text": m.translation.text,
                 "kind": m.source.kind}  # fmt: skip
                for m in self.matched
            ],
            "missing": [{"value": f.value, "text": f.text, "kind": f.kind, "start": f.start} for f in self.missing],
            "unexpected": [
                {"value": f.value, "text": f.text, "kind": f.kind, "start": f.start} for f in self.unexpected
            ],
            "swapped": [[a.source.text, b.source.text] for a, b in self.swapped],
        }

    def extend(self, other: FidelityReport) -> None:
        """Add another report's items to this one."""
        self.matched += other.matched
        self.missing += other.missing
        self.unexpected += other.unexpected
        self.ignored += other.ignored
        self.swapped += other.swapped


def _checked(figure: Figure) -> bool:
    if figure.spelled and figure.kind == "ordinal":
        return False
    if figure.spelled and isinstance(figure.value, int) and abs(figure.value) <= _SMALL_SPELLED:
        return False
    return True


def _same_time(a: str, b: str) -> bool:
    """Clock times: ``T15:00`` = ``T15:00``; ``t03:00`` (no am/pm said) = ``T03:00`` or ``T15:00``."""
    (ha, ma), (hb, mb) = (map(int, v[1:].split(":")) for v in (a, b))
    if a[0] == "t" or b[0] == "t":
        return ha % 12 == hb % 12 and ma == mb
    return ha % 24 == hb % 24 and ma == mb


def _same_value(a: Figure, b: Figure) -> bool:
    if isinstance(a.value, str) and isinstance(b.value, str) and a.kind == b.kind == "time":
        return _same_time(a.value, b.value)
    if isinstance(a.value, str) or isinstance(b.value, str):
        return a.value == b.value
    x, y = abs(float(a.value)), abs(float(b.value))
    if abs(x - y) > 1e-9 * max(1.0, x, y):
        return False
    if a.kind == "money" and b.kind == "money" and a.unit and b.unit and a.unit != b.unit:
        return False
    # a percentage is only ever a percentage, an amount of money only money: a figure moved
    # from one to the other (two figures of a sentence swapped) is a change, whatever its value;
    # a bare number may still be money whose currency the sentence gives elsewhere ("from 37 to 188 dollars")
    if (a.kind == "percent") != (b.kind == "percent"):
        return False
    if (a.kind == "money") != (b.kind == "money"):
        other = b if a.kind == "money" else a
        if other.kind != "count" or other.unit:
            return False
    return True


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


def check_pair(source: str, translation: str) -> FidelityReport:
    """Check one French sentence (or text) against its English translation."""
    return compare_figures(source, extract_figures(source, "fr"), extract_figures(translation, "en"), translation)


_RANGE_JOIN = re.compile(r"\s*(?:-|–|—|to|and|or|et|à|ou)\s*", re.IGNORECASE)


def _swaps(source: str, translation: str, matched: list[FigureMatch]) -> list[tuple[FigureMatch, FigureMatch]]:
    """Pairs of same-kind figures whose English order is the reverse of the French, ranges aside."""
    found = []
    ordered = sorted(matched, key=lambda m: m.source.start)
    for i, a in enumerate(ordered):
        for b in ordered[i + 1 :]:
            if a.source.kind != b.source.kind or a.source.value == b.source.value:
                continue
            if a.translation.start <= b.translation.start:
                continue
            # the two ends of a range may be written the other way round ("entre 1 et 0,5" -> "0.5 - 1")
            if _RANGE_JOIN.fullmatch(source[a.source.end : b.source.start]) or _RANGE_JOIN.fullmatch(
                translation[b.translation.end : a.translation.start]
            ):
                continue
            found.append((a, b))
    return found


def compare_figures(source: str, src: Sequence[Figure], tgt: Sequence[Figure], translation: str = "") -> FidelityReport:
    """Match figures already read from a French sentence and its English translation.

    Args:
        source: The French sentence (to recognise numbers copied from its names).
        src: Its figures.
        tgt: The translation's figures.
        translation: The English sentence (to tell a range written the other way round from a swap).
    """
    report = FidelityReport()
    report.ignored = [f for f in [*src, *tgt] if not _checked(f)]
    _match([f for f in src if _checked(f)], [f for f in tgt if _checked(f)], report)
    # a French figure written out in the English ("2 semaines" -> "two weeks", "5e" -> "fifth") is kept, not lost;
    # those spelled English forms are never counted as additions when nothing in the French asks for them
    spare = [f for f in tgt if not _checked(f)]
    still: list[Figure] = []
    for figure in report.missing:
        found = next((t for t in spare if _same_value(figure, t) and (t.kind == "ordinal") == (figure.kind == "ordinal")), None)
        if found is None:
            still.append(figure)
        else:
            spare.remove(found)
            report.matched.append(FigureMatch(figure, found))
    report.missing = still
    # a number copied from a name or identifier of the source ("le 3919" -> "3919") is not an addition
    copied = [
        f
        for f in report.unexpected
        if re.fullmatch(r"\d+", f.text) and re.search(rf"(?<![\d,.]){f.text}(?!\d|[,.]\d)", source)
    ]
    report.unexpected = [f for f in report.unexpected if f not in copied]
    report.ignored += copied
    if not report.missing and not report.unexpected:
        report.swapped = _swaps(source, translation, report.matched)
    return report


def check_figures(
    source: str, translation: str, *, segments: Sequence[tuple[str, str]] | None = None
) -> FidelityReport:
    """Check that every figure of a French source is in its English translation.

    Args:
        source: The French text.
        translation: The English text.
        segments: ``(source sentence, translated sentence)`` pairs, when known:
            the check is then made sentence by sentence, which catches figures
            that moved between sentences or were swapped.

    Returns:
        The matched, missing and unexpected figures.
    """
    if segments is None:
        return check_pair(source, translation)
    report = FidelityReport()
    for src, tgt in segments:
        report.extend(check_pair(src, tgt))
    return report


def _core(text: str) -> re.Match[str] | None:
    return re.search(r"\d(?:[\d,.\u00a0\u202f ]*\d)?", text)


def _english_digits(value: float) -> str:
    if float(value).is_integer():
        return f"{int(value):,}"
    return f"{value:,.6f}".rstrip("0").rstrip(".")


def repair_by_substitution(source: str, translation: str, report: FidelityReport | None = None) -> str | None:
    """Put the source's numbers back into a translation that altered them.

    Works when the translation changed exactly one figure (one missing, one
    unexpected, nothing else wrong): the changed number is replaced by the
    source's value written the English way, keeping the translation's own
    words (scale, unit). Returns ``None`` when no safe substitution exists.
    """
    report = report or check_pair(source, translation)
    if report.ok or len(report.missing) != 1 or len(report.unexpected) != 1 or report.swapped:
        return None  # one changed figure, and only one, is put back: with two, which went where is a guess
    pairs = list(zip(report.missing, sorted(report.unexpected, key=lambda f: f.start)))
    edits: list[tuple[int, int, str]] = []
    for src, tgt in pairs:
        if isinstance(src.value, str) or isinstance(tgt.value, str) or tgt.spelled:
            return None
        if src.kind != tgt.kind and {src.kind, tgt.kind} - {"count", "measure", "other"}:
            return None
        ratio = abs(float(src.value)) / max(abs(float(tgt.value)), 1e-12)
        scaled = re.search(r"[A-Za-z]", tgt.text) or re.match(r"\s*(?:milliards?|millions?|mille)\b", translation[tgt.end :])
        if scaled and not 0.01 < ratio < 100:
            return None  # a scale word confused (million/billion), not a mistyped number: flag it instead
        core = _core(tgt.text)
        if core is None:
            return None
        start = tgt.start + core.start()
        end = tgt.start + core.end()
        while end + 1 < len(translation) and translation[end] in ",." and translation[end + 1].isdigit():
            end += 1
            while end < len(translation) and translation[end].isdigit():
                end += 1
        written = re.sub(r"[^\d.]", "", core.group(0).replace(",", ""))
        try:
            shown = float(written)
        except ValueError:
            return None
        scale = abs(float(tgt.value)) / shown if shown else 1.0
        if scale <= 0 or abs(round(scale) - scale) > 1e-6 * scale:
            scale = 1.0
        edits.append((start, end, _english_digits(abs(float(src.value)) / round(scale))))
    repaired = translation
    for start, end, text in sorted(edits, reverse=True):
        repaired = repaired[:start] + text + repaired[end:]
    return repaired if check_pair(source, repaired).ok else None
