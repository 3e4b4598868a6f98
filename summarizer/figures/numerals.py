"""Numbers as written: digits in each language's convention, spelled-out numbers, English formatting.

One module for reading and writing numbers, shared by extraction, formatting and repair. Spelled
numbers are read by text2num; English grouping is written by babel's locale data.
"""

from __future__ import annotations

import re

from .lexicon import _CURRENCY_CODES, _SP


def _to_number(raw: str, lang: str) -> float:
    """The value of a digit string written in ``lang``'s conventions."""
    if re.fullmatch(r"\d{1,3}(?:['’]\d{3})+(?:[.,]\d+)?", raw):  # Swiss: "1'250'000", "1'250.50", "45’000,5"
        return float(re.sub(r"['’]", "", raw).replace(",", "."))
    if lang == "fr" and re.fullmatch(rf"\d{{1,3}}(?:(?:\.|{_SP})\d{{3}})+(?:,\d+)?", raw):
        return float(re.sub(rf"\.|{_SP}", "", raw).replace(",", "."))  # "12.500", "1.234 567": one grouping
    s = re.sub(_SP, "", raw)
    if lang == "fr":
        if re.fullmatch(r"\d{1,3}(?:,\d{3}){2,}", s):  # "1,234,567": English grouping, never a French decimal
            return float(s.replace(",", ""))
        if re.fullmatch(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?", s):
            s = s.replace(".", "")
        s = s.replace(",", ".")
    else:
        if re.fullmatch(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:,\d+){2,}", s):
            s = s.replace(",", "")
        elif re.fullmatch(r"\d+,\d{1,2}", s):  # a French decimal comma left in English text
            s = s.replace(",", ".")
        else:
            s = s.replace(",", "")
    return float(s)


def _readings(raw: str, lang: str) -> tuple[float, ...]:
    """Other values a digit string may have when its separator is ambiguous.

    French "57,000" (or "1,168") is 57 (1.168) in French and 57000 (1168) in the English convention that
    texts translated from English, German or Spanish often keep; English "57.000" may be a German
    grouping. Only a separator followed by exactly three digits, used once, is ambiguous.
    """
    s = re.sub(_SP, "", raw)
    if lang == "fr" and re.fullmatch(r"\d{1,3},\d{3}", s):
        return (float(s.replace(",", "")),)
    if lang == "fr" and re.fullmatch(r"\d{1,3}(?:,\d{3}){2,}", s):
        return (float(s.replace(",", "")),)
    return ()


def _clean(value: float) -> int | float:
    rounded = round(value)
    if abs(value - rounded) < 1e-9 * max(1.0, abs(value)):
        return int(rounded)
    return round(value, 10)


def _spelled_value(text: str, lang: str) -> int | None:
    from text_to_num import text2num

    words = text.lower().replace("-", " ").split()
    words = [w for w in words if w not in ("et", "and")]
    if not words:
        return None
    try:
        value = text2num(" ".join(words), lang)
    except ValueError:
        try:  # text2num wants hyphens in some compounds ("vingt-deux")
            value = text2num(text.lower(), lang)
        except ValueError:
            long_scale = {"billion": 10**12, "billions": 10**12, "trillion": 10**18, "trillions": 10**18}
            if lang != "fr" or words[-1] not in long_scale:
                return None
            # "un billion" is 10^12 in French (the long scale), which text2num does not read
            head = words[:-1]
            count = 1 if head in ([], ["un"]) else _spelled_value(" ".join(head), lang)
            return None if count is None else count * long_scale[words[-1]]
    return int(value)


def english_number(value: float, *, scale_words: bool = True) -> str:
    """A number written the English way: "40,589", "1.25", "1.2 billion" (with ``scale_words``).

    The grouping is babel's (CLDR) English locale data; scale words are used for round millions,
    billions and trillions (up to two decimals), as English news writes them.
    """
    from babel.numbers import format_decimal

    magnitude = abs(value)
    if scale_words:
        for size, word in ((1e12, "trillion"), (1e9, "billion"), (1e6, "million")):
            if magnitude >= size and abs((magnitude / size) * 100 - round((magnitude / size) * 100)) < 1e-6:
                return format_decimal(round(value / size, 2), locale="en_US", format="#,##0.##") + f" {word}"
    if float(value).is_integer():
        return format_decimal(int(value), locale="en_US")
    return format_decimal(round(value, 6), locale="en_US", format="#,##0.######")


def _currency(text: str) -> str:
    for pattern, code in _CURRENCY_CODES:
        if pattern.fullmatch(text.strip()):
            return code
    return ""
