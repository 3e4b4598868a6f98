"""Reading every figure of a text: the recognisers' candidates become :class:`Figure` objects."""

from __future__ import annotations

import re
from collections.abc import Sequence

from .context import Spans, _Candidate, _excluded_spans
from .labels import _label, _words_after
from .lexicon import _SCALES, _lang, _may_hold_figure
from .model import KEY_KINDS, Figure, Kind, Value
from .numerals import _clean
from .recognisers import find_candidates

__all__ = ["extract_figures", "unread_numbers"]


def _spelled_scale(text: str, c: _Candidate, lang: str) -> float:
    """The last scale word of a spelled number ("quinze mille", "five billion dollars"), 1 if none."""
    if not c.spelled:
        return 1.0
    scales = [w for w in text[c.start : c.end].lower().split() if w in _SCALE_WORDS]
    return float(_SCALES[lang][scales[-1]]) if scales else 1.0


_SCALE_WORDS = frozenset({"mille", "million", "millions", "milliard", "milliards", "thousand", "billion", "billions"})


def _spread_ranges(text: str, cands: list[tuple[_Candidate, str]], lang: str = "fr") -> None:
    """'entre 15 et 20 %', 'de dix à quinze mille', '3 ou 4 millions': the first number takes the unit and scale of
    the second."""
    for (first, _), (second, _) in zip(cands, cands[1:]):
        between = text[first.end : second.start]
        if not re.fullmatch(r"\s*(?:et|à|and|to|-|–|ou|or)\s*", between, re.IGNORECASE):
            continue
        either = re.fullmatch(r"\s*(?:ou|or)\s*", between, re.IGNORECASE) and first.value < 1000  # "3 ou 4 millions"
        if not either and re.fullmatch(r"\s*(?:et|and|ou|or)\s*", between, re.IGNORECASE) and not re.search(
            r"\b(?:entre|between|de|from)\s+(?:[\w'’-]+\s+){0,2}$", text[max(0, first.start - 30) : first.start], re.IGNORECASE
        ):
            continue  # "over 65 and 20%": two figures side by side, not a range (ranges say "entre 15 et 20 %")
        spelled_scale = _spelled_scale(text, second, lang)
        bare = first.spelled and first.scale == 1 and not first.has_unit and first.kind == Kind.COUNT
        if spelled_scale != 1 and bare and first.value < 1000:
            first.value *= spelled_scale  # "de dix à quinze mille": ten thousand to fifteen thousand
            first.kind, first.unit, first.has_unit = second.kind, second.unit, second.has_unit
            continue
        if _shared_currency_and_scale(first, second):
            continue
        if first.kind in (Kind.DATE, Kind.ORDINAL, Kind.YEAR, Kind.NAME, Kind.TIME) or first.has_unit or first.scale != 1:
            continue
        if not (second.has_unit or second.scale != 1) or second.kind in (Kind.DATE, Kind.ORDINAL, Kind.YEAR, Kind.NAME, Kind.TIME):
            continue
        first.kind, first.unit, first.has_unit = second.kind, second.unit, True
        if second.scale != 1 and first.value < 1000:
            first.scale = second.scale
        first.approximate = first.approximate or second.approximate


def _shared_currency_and_scale(first: _Candidate, second: _Candidate) -> bool:
    """'$5-7 million': the currency is written on the first end and the scale word on the second; each end takes both.

    Args:
        first: The range's first end: an amount of money with no scale word.
        second: Its second end: a larger bare count with a scale word.

    Returns:
        Whether the two ends were of that kind (and have been given the currency and the scale).
    """
    if first.kind != Kind.MONEY or first.scale != 1 or second.kind != Kind.COUNT or second.scale == 1:
        return False
    if second.has_unit or second.value <= first.value:
        return False
    first.scale = second.scale
    second.kind, second.unit, second.has_unit = first.kind, first.unit, True
    second.approximate = second.approximate or first.approximate
    return True


def _is_key(c: _Candidate) -> bool:
    if c.kind not in KEY_KINDS or c.magnitude_only:
        return False  # context kinds; "des milliers", "dozens": no amount to quote
    if c.spelled and c.value * c.scale < 10:
        return False
    return True


#: Invisible characters (zero-width space and joiners, word joiner, byte-order mark, soft hyphen) between two digits.
_INVISIBLE_IN_NUMBER = re.compile(r"(?<=\d)[\u200b\u200c\u200d\u2060\ufeff\u00ad](?=\d)")


def extract_figures(text: str, lang: str = "fr", *, names: bool = False) -> list[Figure]:
    """Find the figures of a French or English text.

    Args:
        text: The text.
        lang: ``"fr"`` or ``"en"``.
        names: Also return the numbers inside names and identifiers ("route 131", "Covid-19") as
            figures of kind ``name``: the checker needs them (their digits must be copied); a reader does not.

    Returns:
        The figures in order of appearance.

    Raises:
        ValueError: Unsupported language.
    """
    lang = _lang(lang)
    if not text or not _may_hold_figure(text, lang):
        return []  # no digit and no number word: nothing to read (most sentences of English output)
    written = text
    # an invisible character between digits (a word joiner or a soft hyphen left by a page's layout) is
    # read as the narrow space of French grouping: one character for one, so every offset stays the same
    text = _INVISIBLE_IN_NUMBER.sub("\u202f", text)
    cands = find_candidates(text, lang)
    _spread_ranges(text, cands, lang)
    figures: list[Figure] = []
    for c, _raw in cands:
        if c.kind == Kind.NAME and not names:
            continue
        if c.value_str is not None:
            value: Value = c.value_str
        else:
            number = c.value * c.scale
            if c.kind == Kind.ORDINAL or c.kind == Kind.YEAR:
                number = c.value
            if c.sign == "-":
                number = -number
            value = _clean(number)
        readings = tuple(_clean(r * c.scale * (-1 if c.sign == "-" else 1)) for r in c.readings)
        label = _label(text, c, lang)
        figures.append(
            Figure(
                value=value,
                text=written[c.start : c.end],
                kind=Kind(c.kind),
                label=label,
                approximate=c.approximate,
                start=c.start,
                end=c.end,
                key=_is_key(c),
                unit=c.unit,
                spelled=c.spelled,
                lang=lang,
                readings=readings,
                # the word right after, when it can be what the figure counts ("142 crimes", "30 Israéliens")
                noun=_words_after(text, c.end, lang, limit=1).lower() if c.kind in (Kind.COUNT, Kind.YEAR) else "",
            )
        )
    figures.sort(key=lambda f: f.start)
    return figures


_DIGIT_RUN = re.compile(r"\d+(?:[.,\u00a0\u202f ]\d+)*")


def unread_numbers(text: str, figures: Sequence[Figure], lang: str = "fr") -> list[str]:
    """The numbers of ``text`` that no figure (names included) and no known non-figure (a link, a phone number,
    a footnote mark) accounts for: left out of the check, and listed so a reader knows."""
    spans = Spans()
    for figure in figures:
        spans.append((figure.start, figure.end))
    loose = [m for m in _DIGIT_RUN.finditer(text) if not spans.overlaps(m.start(), m.end())]
    if not loose:
        return []
    excluded = _excluded_spans(text, _lang(lang))
    return [m.group(0) for m in loose if not excluded.overlaps(m.start(), m.end())]
