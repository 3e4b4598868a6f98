"""Compatibility (0.3, for one release): the figure check moved to :mod:`summarizer.checks.figures`."""

from __future__ import annotations

from .checks.figures import FidelityReport, FigureMatch, check_figures, check_pair, compare_figures, counted_nouns, recheck_nouns

__all__ = ["FigureMatch", "FidelityReport", "check_figures", "check_pair", "compare_figures", "counted_nouns", "recheck_nouns"]
