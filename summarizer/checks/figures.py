"""The figure check: every figure of a French sentence in its English, by value, unit and meaning.

Figures are compared by value, whatever the format: "40 589" = "40,589" =
"40589"; "1,2 milliard" = "1.2 billion"; "douze mille" = "12,000". A French
"2 326" rendered "2.326" in English is a mismatch. Small spelled-out numbers
(up to ten) and spelled ordinals are left out of the check, since translation
renders them idiomatically ("les deux dimensions" -> "both dimensions"); two small numbers spelled on
both sides and changed ("cinq semaines" -> "four weeks") are still flagged.

Each figure is also checked for what it means (:mod:`summarizer.figures.meaning`): a bound reversed ("plus
de 3 000" -> "fewer than 3,000"), a rise written as a fall, two figures exchanging the nouns they count, a
count written twice. French facts come from the French parse, English ones from the English parse
(:mod:`summarizer.english`); without the parsers the check falls back to value, unit and the words around
each figure, and its report says so in ``notes``.

:func:`check_figures` is the figure check's one public name (:func:`check_pair` for one sentence, what the run
uses); :class:`FigureCheck` is the same check as a :class:`~summarizer.checks.base.Check`, for
:func:`summarizer.check`.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping, Sequence
from typing import Any

from ..figures import Figure, extract_figures
from ..figures.matching import FidelityReport, FigureMatch, compare_figures
from .base import Check, CheckReport, Issue, IssueKind, register

logger = logging.getLogger(__name__)

__all__ = [
    "FigureMatch", "FidelityReport", "FigureCheck", "check_figures", "check_pair", "compare_figures", "counted_nouns", "recheck_nouns",
]  # fmt: skip



def check_pair(source: str, translation: str) -> FidelityReport:
    """Check one French sentence (or text) against its English translation."""
    return compare_figures(source, extract_figures(source, "fr", names=True), extract_figures(translation, "en", names=True), translation)


def _amounts(report: FidelityReport) -> list[FigureMatch]:
    from ..figures.meaning import MEANING_KINDS

    return [m for m in report.matched if m.source.kind in MEANING_KINDS and m.translation.kind in MEANING_KINDS]


def counted_nouns(source: str, figures: Sequence[Figure], report: FidelityReport | None) -> list[str]:
    """The French nouns (lemmas) counted by the figures of a checked sentence, where comparing them in English
    can tell something: two amounts or more matched, and the check not already failed. Empty otherwise.

    The run translates them in its one label batch and calls :func:`recheck_nouns` with the translations.
    """
    if report is None or not report.ok or len(_amounts(report)) < 2:
        return []
    from ..figures.meaning import french_facts, word_facts

    try:
        facts = french_facts(source, figures)
    except Exception:  # no French parser, or a sentence it cannot read: the word after each figure
        facts = word_facts(source, figures, "fr")
    matched = {id(m.source) for m in _amounts(report)}
    return list(dict.fromkeys(f.noun for f in facts if f.noun and id(f.figure) in matched))


def recheck_nouns(
    source: str, figures: Sequence[Figure], translation: str, figures_en: Sequence[Figure], nouns: Mapping[str, str]
) -> FidelityReport:
    """The check of one sentence again, its counted nouns compared through ``nouns`` (French lemma -> the
    model's English for it)."""
    return compare_figures(source, figures, figures_en, translation, nouns=nouns)


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


@register
class FigureCheck(Check):
    """Every figure of the French in the English, as :func:`check_figures` reads it: missing, unexpected, swapped, and a
    figure whose comparator, direction or counted noun changed."""

    name = "figures"
    kind = IssueKind.FIGURE

    def __init__(self) -> None:
        self.known: Any = None

    def run(self, source: str, translation: str, report: CheckReport, translations: Mapping[str, str]) -> None:
        """Add the figure check's mismatches as issues, and its report as ``report.figures``."""
        figures = self.known if self.known is not None else check_pair(source, translation)
        report.figures = figures
        for f in figures.missing:
            report.issues.append(Issue(IssueKind.FIGURE, "missing", f"figure '{f.text}' missing in the English", f.text, "",
                                       (f.start, f.end), None))  # fmt: skip
        for f in figures.unexpected:
            report.issues.append(Issue(IssueKind.FIGURE, "unexpected", f"figure '{f.text}' is not in the French", "", f.text, None,
                                       (f.start, f.end)))  # fmt: skip
        for a, b in figures.swapped:
            report.issues.append(Issue(IssueKind.FIGURE, "swapped", f"'{a.source.text}' and '{b.source.text}' swapped in the English",
                                       a.source.text, b.translation.text, (a.source.start, a.source.end),
                                       (a.translation.start, a.translation.end)))  # fmt: skip
        for change in figures.changed:  # the value kept, its meaning not: a comparator, a direction, a counted noun
            m = change.match
            report.issues.append(Issue(IssueKind.FIGURE, change.attribute, change.describe(), m.source.text, m.translation.text,
                                       (m.source.start, m.source.end), (m.translation.start, m.translation.end)))  # fmt: skip
