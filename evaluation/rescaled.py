"""A metamorphic faithful set: real translations changed the same way on both sides, where no flag is right.

Run ``python -m evaluation.rescaled [--data DIR] [--part tuning|held_out] [--json] [--show N]``. From the pairs
of ``../shared/data/parallel-dev`` whose French holds a digit and that the figure check accepts as they are,
each substitution below makes a new pair by one *consistent* change of both sides: a figure whose value is one
number in the French and the same number in the English (written once on each side) is rewritten the same way
in each language's own format, or a clause holding figures is added to both. The new pair stays a faithful
translation, so **every flag on it is a false alarm**; the report gives the false-alarm rate by kind of
substitution. Kinds:

- ``value_changed``: another value of the same shape ("1 234,5" / "1,234.5" -> "8 071,2" / "8,071.2");
- ``value_grouped``: a value of five to seven digits, grouped by each language's separators (space, no-break or
  narrow space, dot / comma);
- ``decimal``: a value with decimals ("3,7" / "3.7");
- ``scale_changed``: a scale word changed on both sides ("millions" / "million" -> "milliards" / "billion");
- ``percent_words``: "%" written "pour cent" / "per cent" or "percent", or back;
- ``unit_changed`` and ``currency_changed``: a unit or a currency replaced by another, consistently ("km" /
  "km" -> "kilomètres" / "kilometres"; "millions d'euros" / "€... million" -> "millions de dollars" / "$...
  million");
- ``spelled``: the number in words on both sides ("vingt-trois" / "twenty-three");
- ``approximation``: "une vingtaine de" / "about twenty", "some 20", "around 20", "des centaines de" /
  "hundreds of";
- ``range``: "entre 20 et 30" / "between 20 and 30", "de 20 à 30" / "from 20 to 30", "20 à 30" / "20 to 30";
- ``half``: "2 millions et demi" / "2.5 million", "2,5 millions" / "two and a half million";
- ``fraction``: "N % des" / "N% of" -> "les deux tiers des" / "two-thirds of", "un quart des" / "a quarter of";
- ``year_shifted`` and ``date_shifted``: a year or a day of a month moved on both sides;
- ``clock_time``, ``ordinal``, ``rate``, ``season``: a clause added at the end of both sentences, in each
  language's style ("vers 15 h 30" / "at around 3:30 pm", "pour la troisième fois" / "for the third time",
  "12 pour 100 000 habitants" / "12 per 100,000 inhabitants", "la saison 2012-2013" / "the 2012-13 season").

It also reports the team's own faithful pairs, file by file and by kind (``evaluation/data/figures_faithful.tsv``
and ``figures_faithful_kinds.tsv``, every flag a false alarm; ``--show`` lists them too).

The substitutions are drawn deterministically (a seed per pair and kind) and never call a checker. Only the
counts of the held-out part are ever printed: ``--show`` lists flagged cases of the tuning part alone.
"""

from __future__ import annotations

import argparse
import json
import random
import re
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from babel.numbers import format_decimal

from evaluation.parallel import DEFAULT_DATA, Checker, Pair, load_pairs, ours, select_part
from summarizer.figures.lexicon import _APPROX_NOUNS, _MONTHS_EN, _MONTHS_FR, _NUMBER_WORDS, _ORDINAL_WORDS

__all__ = ["Anchor", "SUBSTITUTIONS", "anchors", "rescaled_cases", "evaluate", "main"]

#: A number in the French convention ("1 234,5", "12.500", "3,7") and in the English one ("1,234.5", "3.7"),
#: standing alone: not inside a word, a name ("G20", "COVID-19"), a date written in digits or an ordinal ("3e").
_FR_NUMBER = re.compile(r"(?<![\w.,/'’-])\d{1,3}(?:([ \u00a0\u202f.])\d{3})(?:\1\d{3})*(?:,\d+)?(?![\w/-]|[.,]\d)"
                        r"|(?<![\w.,/'’-])\d+(?:,\d+)?(?![\w/-]|[.,]\d)")  # fmt: skip
_EN_NUMBER = re.compile(r"(?<![\w.,/'’-])\d{1,3}(?:,\d{3})+(?:\.\d+)?(?![\w/-]|[.,]\d)|(?<![\w.,/'’-])\d+(?:\.\d+)?(?![\w/-]|[.,]\d)")
_FR_SCALE = r"(?:millions?|milliards?)"
_EN_SCALE = r"(?:million|billion)"
_FR_PERCENT = re.compile(r"\s?%|\s(?:pour\s?cent)\b")
_EN_PERCENT = re.compile(r"\s?%|\s(?:per\s?cent|percent)\b")
#: Words after which a count cannot be restated as an approximation or a range ("les 20", "entre 10 et 20", "en 84").
_FR_DETERMINERS = frozenset("les des ces ses leurs nos vos mes tes aux de d' d’ à environ quelque près plus moins sur et ou en".split())
_EN_DETERMINERS = frozenset("the these those its their his her our your my of about some around nearly over under almost than and or "
                            "to in".split())  # fmt: skip


def _fr_value(raw: str) -> float:
    return float(re.sub(r"[ \u00a0\u202f.]", "", raw).replace(",", "."))


def _en_value(raw: str) -> float:
    return float(raw.replace(",", ""))


@dataclass(frozen=True)
class Anchor:
    """One figure written once in the French and once in the English with the same value.

    Attributes:
        fr: The French digits' match.
        en: The English digits' match.
        value: Their value.
        decimals: Digits after the decimal mark.
        grouping: The French separator of thousands ("" when none).
        fr_after: The French text right after the digits; ``en_after`` and ``en_before`` the same in English.
    """

    fr: re.Match[str]
    en: re.Match[str]
    value: float
    decimals: int
    grouping: str

    @property
    def fr_after(self) -> str:
        """The French text after the digits."""
        return self.fr.string[self.fr.end() :]

    @property
    def en_after(self) -> str:
        """The English text after the digits."""
        return self.en.string[self.en.end() :]

    @property
    def fr_before(self) -> str:
        """The French text before the digits."""
        return self.fr.string[: self.fr.start()]

    @property
    def en_before(self) -> str:
        """The English text before the digits."""
        return self.en.string[: self.en.start()]

    @property
    def year(self) -> bool:
        """Four digits of a year of the last two centuries, ungrouped."""
        return self.decimals == 0 and not self.grouping and 1800 <= self.value <= 2099 and len(self.fr.group(0)) == 4

    @property
    def dated(self) -> bool:
        """The day of a date, or a clock time ("12 mars", "March 12", "15 h", "3pm")."""
        months = "|".join(_MONTHS_FR) + "|" + "|".join(_MONTHS_EN)
        fr_date = re.match(rf"\s*(?:{months})\b|\s?h\b|\s?h\d|\s?heures\b", self.fr_after, re.IGNORECASE) or re.search(
            rf"\b(?:{months})\s*$", self.fr_before, re.IGNORECASE
        )
        en_date = re.search(rf"\b(?:{months})\s*$", self.en_before, re.IGNORECASE) or re.match(
            rf"\s*(?:{months})\b|\s?(?:am|pm|a\.m|p\.m)\b|:\d", self.en_after, re.IGNORECASE
        )
        return bool(fr_date or en_date)

    @property
    def joined(self) -> bool:
        """One end of two numbers joined ("passer de 40 à 35 heures", "from 40 to 35"): a new value could reverse their order."""
        join = r"\s*(?:%\s*)?(?:à|et|-|–|to|and|ou|or)\s*"
        return any(re.match(join + r"\d", after) or re.search(r"\d\s*" + join + "$", before)
                   for after, before in ((self.fr_after, self.fr_before), (self.en_after, self.en_before)))  # fmt: skip

    def with_fr(self, new: str) -> str:
        """The French with the digits replaced by ``new``."""
        return self.fr.string[: self.fr.start()] + new + self.fr.string[self.fr.end() :]

    def with_en(self, new: str) -> str:
        """The English with the digits replaced by ``new``."""
        return self.en.string[: self.en.start()] + new + self.en.string[self.en.end() :]


def anchors(pair: Pair) -> list[Anchor]:
    """The figures of a pair written once on each side with one value (the digits of a value the French or the
    English writes twice are ambiguous, and left alone)."""
    fr = [(m, _fr_value(m.group(0))) for m in _FR_NUMBER.finditer(pair.fr)]
    en = [(m, _en_value(m.group(0))) for m in _EN_NUMBER.finditer(pair.en)]
    found = []
    for m, value in fr:
        same_fr = [x for x, v in fr if v == value]
        same_en = [x for x, v in en if v == value]
        if len(same_fr) == 1 and len(same_en) == 1:
            raw = m.group(0)
            decimals = len(raw.split(",")[1]) if "," in raw else 0
            grouping = m.group(1) or ""
            found.append(Anchor(m, same_en[0], value, decimals, grouping))
    return found


def _fr_format(value: float, decimals: int, grouping: str) -> str:
    """``value`` in French: decimal comma, thousands grouped by ``grouping`` (none when empty)."""
    whole = format_decimal(value, locale="en_US", format="#,##0" + ("." + "0" * decimals if decimals else ""))
    return whole.replace(",", "\x00").replace(".", ",").replace("\x00", grouping)


def _en_format(value: float, decimals: int, grouped: bool) -> str:
    """``value`` in English: decimal point, thousands grouped by a comma when ``grouped``."""
    text = format_decimal(value, locale="en_US", format="#,##0" + ("." + "0" * decimals if decimals else ""))
    return text if grouped else text.replace(",", "")


def _new_value(rng: random.Random, old: float, decimals: int) -> float:
    """Another value of the same number of whole digits, never a year's four digits, never 0 or 1."""
    digits = len(str(int(old)))
    low, high = (2, 9) if digits == 1 else (10 ** (digits - 1), 10**digits - 1)
    while True:
        whole = rng.randint(low, high)
        if digits == 4 and 1800 <= whole <= 2099:
            continue
        value = whole + (rng.randint(1, 10**decimals - 1) / 10**decimals if decimals else 0)
        if value != old:
            return round(value, decimals)


def _plain(anchor: Anchor) -> bool:
    """A figure that is neither a year nor the day of a date nor a clock time, nor one end of two joined numbers."""
    return not anchor.year and not anchor.dated and not anchor.joined


def _count_before_noun(anchor: Anchor) -> bool:
    """A bare count before a word on both sides, after no determiner or comparator ("a tué 23 personnes" /
    "killed 23 people"): it can be restated as an approximation or a range."""
    if not _plain(anchor):
        return False
    fr_prev = re.search(r"([\w'’]+)\s*$", anchor.fr_before)
    en_prev = re.search(r"([\w'’]+)\s*$", anchor.en_before)
    if fr_prev and fr_prev.group(1).lower() in _FR_DETERMINERS or en_prev and en_prev.group(1).lower() in _EN_DETERMINERS:
        return False
    if re.search(r"[$€£]\s*$", anchor.en_before):
        return False
    fr_next = re.match(r"\s([a-zàâçéèêëîïôûùüÿœ][\w'’-]*)", anchor.fr_after)
    en_next = re.match(r"\s([a-z][\w'-]*)", anchor.en_after)
    if not fr_next or not en_next:
        return False
    units = rf"{_FR_SCALE}|pour|ans?|mois|km|kg|mètres?|heures?|jours?|points?|fois|et|ou|à|euros?|dollars?|livres?|cents?|centimes?"
    return not re.fullmatch(units, fr_next.group(1)) and not re.fullmatch(
        rf"{_EN_SCALE}|thousand|per|percent|years?|months?|km|kg|metres?|hours?|days?|points?|times|and|or|to|euros?|dollars?|pounds?|cents?",
        en_next.group(1),
    )


Substitution = Callable[[Pair, random.Random], tuple[str, str] | None]


def _pick_anchor(pair: Pair, rng: random.Random, test: Callable[[Anchor], bool]) -> Anchor | None:
    found = [a for a in anchors(pair) if test(a)]
    return rng.choice(found) if found else None


def _value_changed(pair: Pair, rng: random.Random) -> tuple[str, str] | None:
    a = _pick_anchor(pair, rng, lambda a: _plain(a) and a.value >= 2)
    if a is None:
        return None
    value = _new_value(rng, a.value, a.decimals)
    fr = a.with_fr(_fr_format(value, a.decimals, a.grouping))
    return fr, a.with_en(_en_format(value, a.decimals, "," in a.en.group(0) or (value >= 10000 and bool(a.grouping))))


def _value_grouped(pair: Pair, rng: random.Random) -> tuple[str, str] | None:
    def fits(a: Anchor) -> bool:
        scaled = re.match(rf"\s*(?:{_FR_SCALE}|mille)\b", a.fr_after) or _FR_PERCENT.match(a.fr_after)
        aged = re.match(r"\s(?:ans|années|mois|jours|heures)\b", a.fr_after)
        return _plain(a) and a.value >= 2 and not scaled and not aged

    a = _pick_anchor(pair, rng, fits)
    if a is None:
        return None
    value = rng.randint(10_000, 9_999_999)
    return a.with_fr(_fr_format(value, 0, rng.choice([" ", "\u00a0", "\u202f", "."]))), a.with_en(_en_format(value, 0, True))


def _decimal(pair: Pair, rng: random.Random) -> tuple[str, str] | None:
    a = _pick_anchor(pair, rng, lambda a: _plain(a) and a.decimals == 0 and 2 <= a.value < 1000)
    if a is None:
        return None
    decimals = rng.choice([1, 1, 2])
    value = _new_value(rng, a.value, decimals)
    return a.with_fr(_fr_format(value, decimals, "")), a.with_en(_en_format(value, decimals, False))


def _scale_changed(pair: Pair, rng: random.Random) -> tuple[str, str] | None:
    def fits(a: Anchor) -> bool:
        return bool(re.match(rf"\s{_FR_SCALE}\b", a.fr_after) and re.match(rf"\s{_EN_SCALE}\b", a.en_after))

    a = _pick_anchor(pair, rng, fits)
    if a is None:
        return None
    fr_word = re.match(rf"\s({_FR_SCALE})\b", a.fr_after)
    en_word = re.match(rf"\s({_EN_SCALE})\b", a.en_after)
    assert fr_word and en_word
    swap_fr = {"million": "milliard", "millions": "milliards", "milliard": "million", "milliards": "millions"}
    swap_en = {"million": "billion", "billion": "million"}
    fr_at, en_at = a.fr.end() + fr_word.start(1), a.en.end() + en_word.start(1)
    fr = pair.fr[:fr_at] + swap_fr[fr_word.group(1)] + pair.fr[a.fr.end() + fr_word.end(1) :]
    en = pair.en[:en_at] + swap_en[en_word.group(1)] + pair.en[a.en.end() + en_word.end(1) :]
    if (fr_word.group(1).startswith("million")) != (en_word.group(1) == "million"):
        return None  # "1 000 milliards" / "1 trillion": not one scale on both sides
    return fr, en


def _percent_words(pair: Pair, rng: random.Random) -> tuple[str, str] | None:
    a = _pick_anchor(pair, rng, lambda a: bool(_FR_PERCENT.match(a.fr_after) and _EN_PERCENT.match(a.en_after)))
    if a is None:
        return None
    fr_sign, en_sign = _FR_PERCENT.match(a.fr_after), _EN_PERCENT.match(a.en_after)
    assert fr_sign and en_sign
    fr_new = " pour cent" if "%" in fr_sign.group(0) else rng.choice([" %", "\u00a0%"])
    en_new = rng.choice([" per cent", " percent"]) if "%" in en_sign.group(0) else "%"
    fr = pair.fr[: a.fr.end()] + fr_new + pair.fr[a.fr.end() + fr_sign.end() :]
    en = pair.en[: a.en.end()] + en_new + pair.en[a.en.end() + en_sign.end() :]
    return fr, en


#: Units each written in both languages, by family: a unit is replaced by another of its family.
_UNIT_FAMILIES = (
    (("km", "km"), ("kilomètres", "kilometres"), ("mètres", "metres"), ("kilomètres", "kilometers"), ("m", "m")),
    (("kg", "kg"), ("kilos", "kilos"), ("tonnes", "tonnes"), ("kilogrammes", "kilograms")),
    (("ans", "years"), ("mois", "months"), ("jours", "days"), ("semaines", "weeks")),  # not hours: "jusqu'à 12 heures" is noon
)


def _unit_changed(pair: Pair, rng: random.Random) -> tuple[str, str] | None:
    options = []
    for a in anchors(pair):
        if not _plain(a) or a.value < 2:
            continue
        for family in _UNIT_FAMILIES:
            for fr_unit, en_unit in family:
                fr_m = re.match(rf"\s{re.escape(fr_unit)}(?![\w])", a.fr_after)
                en_m = re.match(rf"\s?{re.escape(en_unit)}(?![\w])", a.en_after)
                if fr_m and en_m:
                    options.append((a, fr_m, en_m, [u for u in family if u[0] != fr_unit]))
    if not options:
        return None
    a, fr_m, en_m, others = rng.choice(options)
    fr_unit, en_unit = rng.choice(others)
    fr = pair.fr[: a.fr.end()] + " " + fr_unit + pair.fr[a.fr.end() + fr_m.end() :]
    en = pair.en[: a.en.end()] + " " + en_unit + pair.en[a.en.end() + en_m.end() :]
    return fr, en


_FR_MONEY = re.compile(rf"(\s{_FR_SCALE}\s(?:d['’]|de\s))?(euros|dollars|€|\$)(?![\w])|\s?(€|\$)")
_EN_MONEY_AFTER = re.compile(rf"(\s{_EN_SCALE})?\s(euros|dollars)\b")
#: Each currency as the French writes it after the number (with "de" / "d'" after a scale) and as the English
#: writes it: a sign before the number, or a word after it.
_CURRENCIES = (("euros", "€", "before"), ("euros", "euros", "after"), ("dollars", "$", "before"), ("dollars", "dollars", "after"),
               ("€", "€", "before"), ("$", "$", "before"))  # fmt: skip


def _currency_changed(pair: Pair, rng: random.Random) -> tuple[str, str] | None:
    options = []
    for a in anchors(pair):
        fr_m = _FR_MONEY.match(a.fr_after)
        sign = re.search(r"([$€£])\s*$", a.en_before)
        en_m = _EN_MONEY_AFTER.match(a.en_after)
        if fr_m and (sign or en_m) and not a.year:
            options.append((a, fr_m, sign, en_m))
    if not options:
        return None
    a, fr_m, sign, en_m = rng.choice(options)
    fr_word, en_word, where = rng.choice(_CURRENCIES)
    en_scale = re.match(rf"\s{_EN_SCALE}\b", a.en_after) if sign else (re.match(rf"\s{_EN_SCALE}\b", en_m.group(1) or "") and en_m)
    scale_text = (re.match(rf"\s{_EN_SCALE}", a.en_after).group(0) if en_scale else "") if sign else (en_m.group(1) or "")  # type: ignore[union-attr]
    # the French: the scale and its "de" kept, the currency word or sign replaced
    fr_scale = fr_m.group(1)
    if fr_scale:
        joined = re.sub(r"(?:d['’]|de\s)$", "d'" if fr_word[0] in "e€" and fr_word[0] != "€" else "de ", fr_scale)
        fr_tail = joined + fr_word
    else:
        fr_tail = " " + fr_word
    fr = pair.fr[: a.fr.end()] + fr_tail + pair.fr[a.fr.end() + fr_m.end() :]
    before = pair.en[: sign.start(1)] if sign else a.en_before
    after = pair.en[a.en.end() + (len(scale_text) if sign else en_m.end()) :]  # type: ignore[union-attr]
    digits = a.en.group(0)
    en = before + (en_word + digits + scale_text if where == "before" else digits + scale_text + " " + en_word) + after
    return fr, en


#: The French words of 0 to 16 and of the tens, from the lexicon ("une", its feminine, left out).
_FR_UNITS = [w for w in _NUMBER_WORDS["fr"][:18] if w != "une"]
_FR_TENS = dict(zip(range(20, 70, 10), [w for w in _NUMBER_WORDS["fr"][_NUMBER_WORDS["fr"].index("vingt") :] if not w.endswith("s")]))
_EN_WORDS = _NUMBER_WORDS["en"][:20]
_EN_TENS = dict(zip(range(20, 100, 10), _NUMBER_WORDS["en"][20:28]))


def french_words(n: int) -> str:
    """A whole number from 0 to 99 in French words ("vingt et un", "soixante-douze", "quatre-vingts")."""
    if n <= 16:
        return _FR_UNITS[n]
    if n < 20:
        return "dix-" + _FR_UNITS[n - 10]
    if n < 70:
        ten, unit = divmod(n, 10)
        return _FR_TENS[ten * 10] + ("" if unit == 0 else " et un" if unit == 1 else "-" + _FR_UNITS[unit])
    if n < 80:
        return "soixante et onze" if n == 71 else "soixante-" + french_words(n - 60)
    return "quatre-vingts" if n == 80 else "quatre-vingt-" + french_words(n - 80)


def english_words(n: int) -> str:
    """A whole number from 0 to 99 in English words ("twenty-one")."""
    if n < 20:
        return _EN_WORDS[n]
    ten, unit = divmod(n, 10)
    return _EN_TENS[ten * 10] + ("" if unit == 0 else "-" + _EN_WORDS[unit])


def _spelled(pair: Pair, rng: random.Random) -> tuple[str, str] | None:
    a = _pick_anchor(pair, rng, lambda a: _count_before_noun(a) and a.decimals == 0)
    if a is None:
        return None
    n = rng.randint(2, 99)
    return a.with_fr(french_words(n)), a.with_en(english_words(n))


#: "une vingtaine de" and its English, by value (the nouns of approximation of the lexicon).
_APPROX_EN = {10: ("about ten", "around 10", "some 10"), 12: ("about a dozen", "a dozen or so"), 15: ("about fifteen", "some 15"),
              20: ("about twenty", "some 20", "around 20", "roughly twenty"), 30: ("about thirty", "some 30", "around 30"),
              40: ("about forty", "some 40"), 50: ("about fifty", "some 50", "around 50"), 60: ("about sixty", "some 60"),
              100: ("about a hundred", "some 100", "around 100")}  # fmt: skip


def _fr_de(word: str) -> str:
    """ "de " or "d'" before a French word."""
    return "d'" if re.match(r"[aeiouyàâéèêîôh]", word, re.IGNORECASE) else "de "


def _approximation(pair: Pair, rng: random.Random) -> tuple[str, str] | None:
    a = _pick_anchor(pair, rng, lambda a: _count_before_noun(a) and a.decimals == 0)
    if a is None:
        return None
    noun = re.match(r"\s(\S+)", a.fr_after)
    assert noun
    de = _fr_de(noun.group(1))
    if rng.random() < 0.2:
        many = rng.choice([("des centaines", "hundreds of"), ("des milliers", "thousands of"), ("des dizaines", "dozens of")])
        fr = pair.fr[: a.fr.start()] + many[0] + " " + de + pair.fr[a.fr.end() + 1 :]
        return fr, a.with_en(many[1])
    value = rng.choice(sorted(_APPROX_EN))
    word = next(w for w, v in _APPROX_NOUNS.items() if v == value)
    fr = pair.fr[: a.fr.start()] + "une " + word + " " + de + pair.fr[a.fr.end() + 1 :]
    return fr, a.with_en(rng.choice(_APPROX_EN[value]))


def _range(pair: Pair, rng: random.Random) -> tuple[str, str] | None:
    def fits(a: Anchor) -> bool:
        if a.decimals or a.value < 2 or not _plain(a):
            return False
        if _count_before_noun(a):
            return True
        fr_prev = re.search(r"([\w'’]+)\s*$", a.fr_before)
        en_prev = re.search(r"([\w'’]+)\s*$", a.en_before)
        free = not (fr_prev and fr_prev.group(1).lower() in _FR_DETERMINERS) and not (
            en_prev and en_prev.group(1).lower() in _EN_DETERMINERS
        )
        return free and a.value < 100 and bool(_FR_PERCENT.match(a.fr_after) and _EN_PERCENT.match(a.en_after))

    a = _pick_anchor(pair, rng, fits)
    if a is None:
        return None
    low = rng.randint(2, 60)
    high = low + rng.choice([2, 5, 10, 20])
    style = rng.choice(["between", "from", "to"])
    fr = {"between": f"entre {low} et {high}", "from": f"de {low} à {high}", "to": f"{low} à {high}"}[style]
    en = {"between": f"between {low} and {high}", "from": f"from {low} to {high}", "to": f"{low} to {high}"}[style]
    return a.with_fr(fr), a.with_en(en)


_HALF_UNITS = {"ans": ("years", "demi"), "mois": ("months", "demi"), "jours": ("days", "demi"), "heures": ("hours", "demie"),
               "semaines": ("weeks", "demie")}  # fmt: skip


def _half(pair: Pair, rng: random.Random) -> tuple[str, str] | None:
    def scaled(a: Anchor) -> bool:
        return bool(re.match(rf"\s{_FR_SCALE}\b", a.fr_after) and re.match(rf"\s{_EN_SCALE}\b", a.en_after))

    def lasting(a: Anchor) -> bool:
        unit = re.match(r"\s(\w+)", a.fr_after)
        return bool(unit and unit.group(1) in _HALF_UNITS and re.match(rf"\s{_HALF_UNITS[unit.group(1)][0]}\b", a.en_after))

    a = _pick_anchor(pair, rng, lambda a: _plain(a) and a.decimals == 0 and (a.value < 10 and scaled(a) or lasting(a)))
    if a is None:
        return None
    n = rng.randint(1, 9)
    if lasting(a):  # "3 ans et demi" / "three and a half years", "3.5 years"
        unit = re.match(r"\s(\w+)", a.fr_after)
        assert unit
        en_unit, demi = _HALF_UNITS[unit.group(1)]
        fr = a.fr_before + f"{n} {unit.group(1)} et {demi}" + a.fr_after[unit.end() :]
        en_after = a.en_after[len(" " + en_unit) :]
        en_n = rng.choice([f"{n}.5 {en_unit}", f"{'one' if n == 1 else english_words(n)} and a half {en_unit}"])
        return fr, a.en_before + en_n + en_after
    fr_scale = re.match(rf"\s({_FR_SCALE})\b", a.fr_after)
    assert fr_scale
    plural = fr_scale.group(1).rstrip("s") + ("s" if n >= 2 else "")
    rest_fr = a.fr_after[fr_scale.end() :]
    if rng.random() < 0.5:  # "2 millions et demi" / "2.5 million"
        fr = a.fr_before + f"{n} {plural} et demi" + rest_fr
        en = a.with_en(f"{n}.5")
    else:  # "2,5 millions" / "two and a half million"
        fr = a.fr_before + f"{n},5 {plural.rstrip('s') if n < 2 else plural}" + rest_fr
        en = a.with_en(("one" if n == 1 else english_words(n)) + " and a half")
    return fr, en


_FRACTIONS = (("la moitié", "half"), ("les deux tiers", "two-thirds"), ("un tiers", "a third"), ("un quart", "a quarter"),
              ("les trois quarts", "three-quarters"))  # fmt: skip


def _fraction(pair: Pair, rng: random.Random) -> tuple[str, str] | None:
    def fits(a: Anchor) -> bool:
        fr_m = re.match(r"\s?%\s(?:des|de\s(?:la|l['’]))\s", a.fr_after)
        en_m = re.match(r"\s?%\sof\s", a.en_after)
        return (
            bool(fr_m and en_m)
            and not re.search(r"(?:les|des|ces|de|d['’])\s*$", a.fr_before, re.IGNORECASE)
            and not re.search(r"\b(?:the|of|about|some|than|by)\s*$", a.en_before, re.IGNORECASE)
        )

    a = _pick_anchor(pair, rng, fits)
    if a is None:
        return None
    fr_word, en_word = rng.choice(_FRACTIONS)
    fr_sign = re.match(r"\s?%", a.fr_after)
    en_sign = re.match(r"\s?%", a.en_after)
    assert fr_sign and en_sign
    fr = pair.fr[: a.fr.start()] + fr_word + pair.fr[a.fr.end() + fr_sign.end() :]
    en = pair.en[: a.en.start()] + en_word + pair.en[a.en.end() + en_sign.end() :]
    return fr, en


def _year_shifted(pair: Pair, rng: random.Random) -> tuple[str, str] | None:
    a = _pick_anchor(pair, rng, lambda a: a.year)
    if a is None:
        return None
    year = int(a.value) + rng.choice([-6, -3, -1, 1, 2, 5])
    return a.with_fr(str(year)), a.with_en(str(year))


_FR_DATE = re.compile(rf"(?<![\w-])(1er|\d{{1,2}})\s({'|'.join(_MONTHS_FR)})\b", re.IGNORECASE)
_EN_MONTHS = "|".join(m for m in _MONTHS_EN if len(m) > 3)
_EN_DATE = re.compile(
    rf"\b({_EN_MONTHS})\s(\d{{1,2}})(st|nd|rd|th)?\b|(?<![\w-])(\d{{1,2}})(st|nd|rd|th)?\s({_EN_MONTHS})\b", re.IGNORECASE
)
_EN_SUFFIX = {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd", 31: "st"}


def _date_shifted(pair: Pair, rng: random.Random) -> tuple[str, str] | None:
    fr = list(_FR_DATE.finditer(pair.fr))
    en = list(_EN_DATE.finditer(pair.en))
    if len(fr) != 1 or len(en) != 1:
        return None
    f, e = fr[0], en[0]
    day = 1 if f.group(1).lower() == "1er" else int(f.group(1))
    en_day = int(e.group(2) or e.group(4))
    if day != en_day or _MONTHS_FR[f.group(2).lower()] != _MONTHS_EN[(e.group(1) or e.group(6)).lower()]:
        return None
    new = rng.choice([d for d in range(1, 29) if d != day])
    fr_new = pair.fr[: f.start(1)] + ("1er" if new == 1 else str(new)) + pair.fr[f.end(1) :]
    group = 2 if e.group(2) else 4
    suffix = e.group(group + 1)
    en_text = str(new) + (_EN_SUFFIX.get(new, "th") if suffix else "")
    en_new = pair.en[: e.start(group)] + en_text + pair.en[e.end(group + 1) if suffix else e.end(group) :]
    return fr_new, en_new


def _appended(fr_clause: str, en_clause: str) -> Substitution:
    """A substitution adding a clause before the final full stop of both sentences."""

    def add(pair: Pair, rng: random.Random) -> tuple[str, str] | None:
        if not (pair.fr.rstrip().endswith(".") and pair.en.rstrip().endswith(".")):
            return None
        return pair.fr.rstrip()[:-1] + fr_clause + ".", pair.en.rstrip()[:-1] + en_clause + "."

    return add


def _choice(options: list[Substitution]) -> Substitution:
    """One of several substitutions, drawn per pair."""

    def draw(pair: Pair, rng: random.Random) -> tuple[str, str] | None:
        return rng.choice(options)(pair, rng)

    return draw


def _clock_time(pair: Pair, rng: random.Random) -> tuple[str, str] | None:
    hour, minute = rng.randint(1, 23), rng.choice([0, 5, 15, 30, 45])
    twelve = hour % 12 or 12
    half = "am" if hour < 12 else "pm"
    fr = (
        rng.choice([f"{hour} h {minute:02d}", f"{hour}h{minute:02d}", f"{hour}:{minute:02d}"])
        if minute
        else rng.choice([f"{hour} h", f"{hour}h", f"{hour} heures"])
    )
    en = (
        rng.choice([f"{twelve}:{minute:02d} {half}", f"{twelve}.{minute:02d}{half}", f"{twelve}:{minute:02d} {half[0]}.m."])
        if minute
        else (rng.choice([f"{twelve} {half}", f"{twelve}{half}", f"{twelve} {half[0]}.{half[1]}."]))
    )
    if rng.random() < 0.15:  # noon and midnight, in words or in digits on either side
        fr, en = rng.choice([("midi", "noon"), ("12 h", "noon"), ("midi", "12 noon"), ("midi", "midday"), ("minuit", "midnight"),
                             ("0 h", "midnight"), ("minuit", "12 midnight")])  # fmt: skip
    lead_fr, lead_en = rng.choice([(", selon un bilan publié à ", ", according to a count released at "),
                                   (", vers ", ", at around "), (" dès ", " from ")])  # fmt: skip
    return _appended(lead_fr + fr, lead_en + en)(pair, rng)


_ORDINALS_EN = {v: w for w, v in _ORDINAL_WORDS["en"].items() if v <= 30 and "-" not in w}
_ORDINALS_FR = {v: w for w, v in _ORDINAL_WORDS["fr"].items() if 2 <= v <= 30 and "-" not in w}


def _ordinal(pair: Pair, rng: random.Random) -> tuple[str, str] | None:
    n = rng.choice(sorted(set(_ORDINALS_EN) & set(_ORDINALS_FR)))
    if rng.random() < 0.5:
        fr, en = f", pour la {_ORDINALS_FR[n]} fois", f", for the {_ORDINALS_EN[n]} time"
    else:
        fr, en = f", pour la {n}e fois", f", for the {n}{_EN_SUFFIX.get(n, 'th')} time"
    return _appended(fr, en)(pair, rng)


def _rate(pair: Pair, rng: random.Random) -> tuple[str, str] | None:
    n = rng.randint(2, 90)
    base = rng.choice([(f"100{rng.choice([' ', chr(0xA0), chr(0x202F)])}000", "100,000"), ("1 000", "1,000"), ("10 000", "10,000")])
    decimal = rng.random() < 0.4
    fr_n, en_n = (f"{n},{rng.randint(1, 9)}", "") if decimal else (str(n), str(n))
    en_n = en_n or fr_n.replace(",", ".")
    return _appended(f", soit {fr_n} cas pour {base[0]} habitants", f", or {en_n} cases per {base[1]} inhabitants")(pair, rng)


def _season(pair: Pair, rng: random.Random) -> tuple[str, str] | None:
    year = rng.randint(1990, 2020)
    fr = rng.choice([f"{year}-{year + 1}", f"{year}/{year + 1}"])
    en = rng.choice([f"{year}-{str(year + 1)[2:]}", f"{year}-{year + 1}", f"{year}/{str(year + 1)[2:]}"])
    return _appended(f", lors de la saison {fr}", f", in the {en} season")(pair, rng)


SUBSTITUTIONS: dict[str, Substitution] = {
    "value_changed": _value_changed,
    "value_grouped": _value_grouped,
    "decimal": _decimal,
    "scale_changed": _scale_changed,
    "percent_words": _percent_words,
    "unit_changed": _unit_changed,
    "currency_changed": _currency_changed,
    "spelled": _spelled,
    "approximation": _approximation,
    "range": _range,
    "half": _half,
    "fraction": _fraction,
    "year_shifted": _year_shifted,
    "date_shifted": _date_shifted,
    "clock_time": _clock_time,
    "ordinal": _ordinal,
    "rate": _rate,
    "season": _season,
}

Case = tuple[Pair, str, str, str]  # (pair, kind, French, English)


def rescaled_cases(pairs: list[Pair], seed: str = "rescaled", draws: int = 3) -> list[Case]:
    """Every substitution that applies to each pair, ``draws`` times with different draws (duplicates dropped)."""
    cases: list[Case] = []
    for pair in pairs:
        if not re.search(r"\d", pair.fr):
            continue
        for kind, substitute in SUBSTITUTIONS.items():
            seen = set()
            for draw in range(draws):
                made = substitute(pair, random.Random(f"{seed}:{pair.line}:{kind}:{draw}"))
                if made is None or made in seen or made == (pair.fr, pair.en):
                    continue
                seen.add(made)
                cases.append((pair, kind, *made))
    return cases


def evaluate(pairs: list[Pair], checker: Checker = ours) -> dict[str, Any]:
    """The false-alarm rate of ``checker`` on the rescaled faithful set of ``pairs``, by kind of substitution.

    Pairs the checker flags as they are (a real change, or a false alarm of its own) are left out: a flag on a
    substitution of them would tell nothing new.
    """
    accepted = [p for p in pairs if re.search(r"\d", p.fr) and not checker(p.fr, p.en)]
    cases = rescaled_cases(accepted)
    counts: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    flagged: list[Case] = []
    for case in cases:
        pair, kind, fr, en = case
        hit = checker(fr, en)
        counts[kind][0] += hit
        counts[kind][1] += 1
        if hit:
            flagged.append(case)
    total = sum(v[1] for v in counts.values())
    return {
        "pairs": len(accepted),
        "cases": total,
        "false_alarms": sum(v[0] for v in counts.values()),
        "false_alarm_rate": round(sum(v[0] for v in counts.values()) / max(1, total), 4),
        "by_kind": {k: {"cases": v[1], "false_alarms": v[0], "rate": round(v[0] / max(1, v[1]), 3)} for k, v in sorted(counts.items())},
        "flagged": flagged,
    }


FAITHFUL_FILES = tuple(
    Path(__file__).resolve().parent / "data" / name
    for name in ("figures_faithful.tsv", "figures_faithful_kinds.tsv", "figures_faithful_probes.tsv")
)


def read_faithful(path: Path) -> list[tuple[str, str, str]]:
    """The (kind, French, English) rows of a faithful TSV file written by the team (``#`` lines are comments)."""
    rows = [line.split("\t") for line in path.read_text(encoding="utf-8").splitlines() if line.strip() and not line.startswith("#")]
    return [(kind, fr, en) for kind, fr, en in rows]


def faithful_report(paths: tuple[Path, ...] = FAITHFUL_FILES, checker: Checker = ours) -> dict[str, Any]:
    """How many of the team's faithful pairs ``checker`` flags, file by file and by kind (every flag a false alarm)."""
    report: dict[str, Any] = {}
    for path in paths:
        rows = read_faithful(path)
        flagged = [(kind, fr, en) for kind, fr, en in rows if checker(fr, en)]
        by_kind: dict[str, list[int]] = defaultdict(lambda: [0, 0])
        for kind, _, _ in rows:
            by_kind[kind][1] += 1
        for kind, _, _ in flagged:
            by_kind[kind][0] += 1
        report[path.name] = {
            "pairs": len(rows),
            "false_alarms": len(flagged),
            "by_kind": {k: {"pairs": v[1], "false_alarms": v[0]} for k, v in sorted(by_kind.items())},
            "flagged": flagged,
        }
    return report


def _print_faithful(report: dict[str, Any], show: int) -> None:
    for name, row in report.items():
        kinds = ", ".join(f"{k} {v['false_alarms']}/{v['pairs']}" for k, v in row["by_kind"].items() if v["false_alarms"])
        print(f"faithful pairs {name}: {row['false_alarms']} of {row['pairs']} flagged" + (f" ({kinds})" if kinds else ""))
        for kind, fr, en in row["flagged"][:show]:
            print(f"  [{kind}] FR {fr}\n  {' ' * len(kind)}   EN {en}")


def main(argv: list[str] | None = None) -> int:
    """Measure and print."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="folder with fr.txt, en.txt, meta.tsv")
    parser.add_argument("--part", choices=("tuning", "held_out"), default="tuning")
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--show", type=int, default=0, help="list up to N flagged cases (tuning part only)")
    parser.add_argument("--kind", default="", help="with --show: only the cases of this kind")
    parser.add_argument(
        "--faithful", type=Path, action="append", default=None, metavar="FILE",
        help="a faithful TSV (kind, French, English) to measure instead of the packaged ones (repeatable)",
    )  # fmt: skip
    parser.add_argument("--faithful-only", action="store_true", help="measure the faithful files only, not the rescaled set")
    args = parser.parse_args(argv)
    faithful = faithful_report(tuple(args.faithful) if args.faithful else FAITHFUL_FILES)
    if args.faithful_only:
        if args.json:
            print(json.dumps({name: {k: v for k, v in row.items() if k != "flagged"} for name, row in faithful.items()}, indent=2))
        else:
            _print_faithful(faithful, args.show)
        return 0
    try:
        pairs = select_part(load_pairs(args.data), args.part)
    except FileNotFoundError:
        print(f"evaluation.rescaled: no parallel data in {args.data} (fr.txt, en.txt, meta.tsv): nothing to measure")
        if not args.json:
            _print_faithful(faithful, args.show)
        return 0
    report = evaluate(pairs)
    flagged = report.pop("flagged")
    if args.json:
        report["faithful"] = {name: {k: v for k, v in row.items() if k != "flagged"} for name, row in faithful.items()}
        print(json.dumps(report, indent=2))
    else:
        _print_faithful(faithful, args.show)
        print(f"rescaled faithful set ({args.part}): {report['cases']} cases from {report['pairs']} accepted pairs; "
              f"false alarms {report['false_alarms']} ({report['false_alarm_rate']:.1%})")  # fmt: skip
        for kind, row in report["by_kind"].items():
            print(f"  {kind:18s} {row['rate']:6.1%} ({row['false_alarms']} of {row['cases']})")
    if args.show and args.part == "tuning":
        from summarizer.checks.figures import check_pair

        shown = [c for c in flagged if not args.kind or c[1] == args.kind][: args.show]
        for pair, kind, fr, en in shown:
            print(f"\n[{kind}] line {pair.line}\n  FR {fr}\n  EN {en}\n  -> {check_pair(fr, en).describe()}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
