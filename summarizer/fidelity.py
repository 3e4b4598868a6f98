"""Checking that the figures of a French source survive translation.

Figures are compared by value, whatever the format: "40 589" = "40,589" =
"40589"; "1,2 milliard" = "1.2 billion"; "douze mille" = "12,000". A French
"2 326" rendered "2.326" in English is a mismatch. Small spelled-out numbers
(up to ten) and spelled ordinals are left out of the check, since translation
renders them idiomatically ("les deux dimensions" -> "both dimensions").
"""

from __future__ import annotations

import logging
from collections.abc import Sequence

from .figures import extract_figures
from .figures.matching import FidelityReport, FigureMatch, compare_figures

logger = logging.getLogger(__name__)

__all__ = ["FigureMatch", "FidelityReport", "check_figures", "check_pair", "compare_figures"]


def check_pair(source: str, translation: str) -> FidelityReport:
    """Check one French sentence (or text) against its English translation."""
    return compare_figures(source, extract_figures(source, "fr", names=True), extract_figures(translation, "en", names=True), translation)


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
