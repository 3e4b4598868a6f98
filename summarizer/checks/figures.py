"""The figure check as a :class:`~summarizer.checks.base.Check`: :func:`summarizer.fidelity.check_pair`, its issues in the shared report."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .base import Check, CheckReport, Issue, IssueKind, register

__all__ = ["FigureCheck"]


@register
class FigureCheck(Check):
    """Every figure of the French in the English (the existing check, unchanged): missing, unexpected, swapped."""

    name = "figures"
    kind = IssueKind.FIGURE

    def __init__(self) -> None:
        self.known: Any = None

    def run(self, source: str, translation: str, report: CheckReport, translations: Mapping[str, str]) -> None:
        """Add the figure check's mismatches as issues, and its report as ``report.figures``."""
        from ..fidelity import check_pair

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
