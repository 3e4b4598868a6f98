"""Figures: reading them in French and English news text, and writing them the English way.

:func:`extract_figures` finds counts, money, percentages, measures, durations, years, dates, clock
times and ordinals, written in digits in the conventions of each language ("40 589", "3.418.600",
"3,5" in French; "40,589", "3.5" in English) or spelled out ("douze mille", "forty thousand"), with
scale words ("1,2 milliard", "1.2 billion", "2,5 Mds", "$5.3tn"), signs, currencies and units, ranges
and approximations. Each figure carries its value in base units, its :class:`Kind`, a label saying
what it counts, and whether it belongs in a key-figure summary. Numbers inside names and identifiers
("route 131", "Covid-19", "Ligue 1") are figures of kind ``name``: never counted, but their digits
must be copied.

The package, by concern:

- ``model``: :class:`Figure` and :class:`Kind`;
- ``lexicon``: the words and patterns of each language;
- ``numerals``: numbers as written (digits, words, English formatting), one module for all;
- ``units``: units and conversions (pint);
- ``recognisers``: one :class:`~summarizer.figures.recognisers.Recogniser` per kind of figure;
- ``context``: what surrounds a number (unit, scale, sign, name);
- ``labels``: what a figure counts;
- ``extract``: :func:`extract_figures`;
- ``matching``: French figures matched to English ones (by value, unit, kind and order);
- ``format``: :func:`format_value`.
"""

from .extract import extract_figures
from .format import format_value
from .model import FIGURE_KINDS, KEY_KINDS, Figure, Kind
from .numerals import english_number

__all__ = ["Figure", "Kind", "FIGURE_KINDS", "KEY_KINDS", "extract_figures", "format_value", "english_number"]
