"""The figure check on real translations: false alarms, injected errors, format-only rewrites, and a peer.

Run ``python -m evaluation.parallel [--data DIR] [--part all|tuning|held_out] [--json]`` on French-English sentence pairs (by default
``../shared/data/parallel-dev``: WMT newstest2013, professional translations; read from there, never copied
into the project). It reports, for the project's check and for translate-toolkit's pofilter ``numbers``
check side by side:

(a) the flag rate on the pairs whose French has a digit, overall and for the French-original pairs, and how
    the flags still raised compare with the hand-labelled file ``evaluation/data/parallel_flags.tsv``
    (line, verdict: ``change`` or ``false_alarm``, category);
(b) recall on injected figure errors, from a deterministic generator that never calls a checker: a digit
    changed, a figure dropped, a scale word swapped, a decimal point dropped, a thousands separator read as a
    decimal, a year changed, two figures of a sentence swapped, a currency swapped, a unit changed; each
    checker is scored on the pairs it accepts as they are;
(c) format-only rewrites that must not be flagged: grouping removed or added, small numbers spelled out,
    ``%``/``per cent``/``percent``, ordinals as words, ``1.2 billion`` as ``1,200 million``;
(d) errors of meaning, injected the same way (never calling a checker): a comparator inverted ("more than" ->
    "less than"), a direction reversed ("rose" -> "fell"), the nouns of two counts exchanged, a count written
    twice, a spelled number changed ("five weeks" -> "four weeks"), the same number in another unit ("100 km" ->
    "100 miles"); drawn from every pair whose French holds a number (digits or a number word);
(e) rewordings of meaning that must not be flagged: "more than" / "over", "rose" / "increased", "about" /
    "some", an approximation dropped or added where the French has one.

The pairs are split by document (``meta.tsv`` docid): a document is held out when the CRC-32 of its docid is
divisible by 3 (a fixed rule, about a third of the documents). Rules are tuned on the other part only: while
tuning, run ``--part tuning``, which reads, injects into and checks the tuning documents alone (the held-out
rows are then empty); ``--part all`` (the default) reports every measure for all pairs, the tuning part and
the held-out part. The time the check takes on every
pair, with both parses, is reported beside it (cold caches).
"""

from __future__ import annotations

import argparse
import json
import random
import re
import time
import zlib
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

DEFAULT_DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "parallel-dev"
LABELS = Path(__file__).resolve().parent / "data" / "parallel_flags.tsv"
Checker = Callable[[str, str], bool]  # (french, english) -> flagged


@dataclass(frozen=True)
class Pair:
    """One sentence pair of the set."""

    line: int
    fr: str
    en: str
    orig_lang: str
    docid: str = ""

    @property
    def held_out(self) -> bool:
        """Whether the pair's document is in the held-out part (CRC-32 of the docid divisible by 3)."""
        return zlib.crc32(self.docid.encode("utf-8")) % 3 == 0


def load_pairs(folder: Path) -> list[Pair]:
    """The pairs of ``fr.txt``/``en.txt``/``meta.tsv``.

    Raises:
        FileNotFoundError: The folder or its files are absent.
    """
    fr = (folder / "fr.txt").read_text(encoding="utf-8").splitlines()
    en = (folder / "en.txt").read_text(encoding="utf-8").splitlines()
    meta = (folder / "meta.tsv").read_text(encoding="utf-8").splitlines()[1:]
    rows = {int(row.split("\t")[0]): row.split("\t") for row in meta if row.strip()}
    return [Pair(i, f, e, rows.get(i, ["", "", "", ""])[3], rows.get(i, ["", ""])[1]) for i, (f, e) in enumerate(zip(fr, en), 1)]


def select_part(pairs: list[Pair], part: str) -> list[Pair]:
    """The pairs of one part: ``"tuning"`` (never a held-out document), ``"held_out"``, or ``"all"``.

    Raises:
        ValueError: An unknown part.
    """
    if part == "all":
        return pairs
    if part not in ("tuning", "held_out"):
        raise ValueError(f"unknown part {part!r}: expected 'all', 'tuning' or 'held_out'")
    return [p for p in pairs if p.held_out == (part == "held_out")]


def ours(fr: str, en: str) -> bool:
    """The project's check: flagged when a figure is lost, changed or added."""
    from summarizer.checks.figures import check_pair

    return not check_pair(fr, en).ok


def pofilter(fr: str, en: str) -> bool:
    """translate-toolkit's pofilter ``numbers`` check: flagged when it fails."""
    from translate.filters.checks import FilterFailure, StandardChecker

    try:
        return not StandardChecker().numbers(fr, en)
    except FilterFailure:
        return True


# --------------------------------------------------------------------------- (b) injected errors

_NUMBER = re.compile(r"(?<![\w.,])\d{1,3}(?:,\d{3})+(?:\.\d+)?(?![\d,]*\d)|(?<![\w.,])\d+(?:\.\d+)?(?![\w]*\d)")
_SCALES = ["thousand", "million", "billion"]
_CURRENCIES = [("$", "€"), ("€", "£"), ("£", "$"), ("dollars", "euros"), ("euros", "pounds"), ("pounds", "dollars")]
_UNITS = [("km", "miles"), ("kilometres", "miles"), ("kilometers", "miles"), ("miles", "km"), ("kg", "pounds"),
          ("kilograms", "pounds"), ("tonnes", "kg"), ("tons", "kg"), ("metres", "feet"), ("meters", "feet"),
          ("feet", "metres"), ("hours", "days"), ("days", "weeks"), ("years", "months"), ("months", "years"),
          ("%", " percentage points"), ("per cent", "percentage points"), ("percent", "percentage points")]  # fmt: skip


def _numbers(text: str) -> list[re.Match[str]]:
    return [m for m in _NUMBER.finditer(text) if any(c.isdigit() for c in m.group(0))]


def _pick(rng: random.Random, found: list[Any]) -> Any | None:
    """One of ``found`` at random, ``None`` when there is none (the generator's one draw per case)."""
    return rng.choice(found) if found else None


def _replace(text: str, start: int, end: int, new: str) -> str:
    return text[:start] + new + text[end:]


def _digit_changed(en: str, rng: random.Random) -> str | None:
    m = _pick(rng, _numbers(en))
    if m is None:
        return None
    positions = [i for i, c in enumerate(m.group(0)) if c.isdigit()]
    i = rng.choice(positions)
    old = m.group(0)[i]
    new = rng.choice([d for d in "0123456789" if d != old and not (i == positions[0] and d == "0")])
    return _replace(en, m.start() + i, m.start() + i + 1, new)


def _figure_dropped(en: str, rng: random.Random) -> str | None:
    m = _pick(rng, _numbers(en))
    if m is None:
        return None
    tail = re.match(r"(?:\s*(?:%|per ?cent|thousand|million|billion))?", en[m.end() :])
    end = m.end() + (tail.end() if tail else 0)
    return re.sub(r"\s{2,}", " ", _replace(en, m.start(), end, "")).strip()


def _scale_swapped(en: str, rng: random.Random) -> str | None:
    m = _pick(rng, list(re.finditer(r"(?<=\d )(thousand|million|billion)\b", en)))
    if m is None:
        return None
    return _replace(en, m.start(), m.end(), rng.choice([s for s in _SCALES if s != m.group(1)]))


def _decimal_dropped(en: str, rng: random.Random) -> str | None:
    m = _pick(rng, list(re.finditer(r"(?<=\d)\.(?=\d)", en)))
    if m is None:
        return None
    return _replace(en, m.start(), m.end(), "")


def _thousands_as_decimal(en: str, rng: random.Random) -> str | None:
    m = _pick(rng, list(re.finditer(r"(?<=\d),(?=\d{3}(?!\d))", en)))
    if m is None:
        return None
    return _replace(en, m.start(), m.end(), ".")


def _year_changed(en: str, rng: random.Random) -> str | None:
    m = _pick(rng, list(re.finditer(r"(?<![\d,.])(?:19|20)\d\d(?![\d,.]\d)", en)))
    if m is None:
        return None
    return _replace(en, m.start(), m.end(), str(int(m.group(0)) + rng.choice([-3, -2, -1, 1, 2, 3])))


def _swapped(en: str, rng: random.Random) -> str | None:
    found = _numbers(en)
    pairs = [(a, b) for i, a in enumerate(found) for b in found[i + 1 :] if a.group(0) != b.group(0)]
    if not pairs:
        return None
    a, b = rng.choice(pairs)
    return en[: a.start()] + b.group(0) + en[a.end() : b.start()] + a.group(0) + en[b.end() :]


def _currency_swapped(en: str, rng: random.Random) -> str | None:
    options = [(m, new) for old, new in _CURRENCIES for m in re.finditer(re.escape(old) if old in "$€£" else rf"\b{old}\b", en)
               if re.search(r"\d", en[max(0, m.start() - 12) : m.end() + 12])]  # fmt: skip
    if not options:
        return None
    m, new = rng.choice(options)
    return _replace(en, m.start(), m.end(), new)


def _unit_changed(en: str, rng: random.Random) -> str | None:
    options = [(m, new) for old, new in _UNITS
               for m in re.finditer(rf"(?<=\d)\s?{re.escape(old)}\b" if old != "%" else r"(?<=\d)%", en)]  # fmt: skip
    if not options:
        return None
    m, new = rng.choice(options)
    spaced = new if new.startswith(" ") else " " + new
    return _replace(en, m.start(), m.end(), spaced)


INJECTIONS: dict[str, Callable[[str, random.Random], str | None]] = {
    "digit_changed": _digit_changed,
    "figure_dropped": _figure_dropped,
    "scale_swapped": _scale_swapped,
    "decimal_dropped": _decimal_dropped,
    "thousands_as_decimal": _thousands_as_decimal,
    "year_changed": _year_changed,
    "swapped": _swapped,
    "currency_swapped": _currency_swapped,
    "unit_changed": _unit_changed,
}


# --------------------------------------------------------------------------- (d) errors of meaning

_NUM = r"[$€£]?\d[\d,.]*(?:\s?%)?"
_INVERSE = {"more than": "less than", "less than": "more than", "fewer than": "more than", "over": "under",
            "under": "over", "at least": "at most", "at most": "at least", "up to": "at least", "above": "below",
            "below": "above", "as many as": "at least", "no more than": "at least", "no fewer than": "at most",
            "no less than": "at most", "upwards of": "under", "in excess of": "under"}  # fmt: skip
#: Each word of change, by its form (past, participle, base, -s, -ing, noun), with opposites of the same form:
#: a reversal is drawn among them ("rose" -> "fell", "dropped" or "declined"), so several wordings are measured.
_RISES = {"past": "rose increased grew climbed jumped gained soared", "ed": "increased climbed jumped gained soared",
          "participle": "risen increased grown climbed jumped", "base": "rise increase grow climb jump",
          "s": "rises increases grows climbs jumps", "ing": "rising increasing growing climbing jumping",
          "noun": "rise increase growth gain jump", "particle": "up", "comparative": "higher"}  # fmt: skip
_FALLS = {"past": "fell decreased shrank declined dropped lost plunged", "ed": "decreased declined dropped plunged reduced",
          "participle": "fallen decreased shrunk declined dropped", "base": "fall decrease shrink decline drop",
          "s": "falls decreases shrinks declines drops", "ing": "falling decreasing shrinking declining dropping",
          "noun": "fall decrease decline drop loss", "particle": "down", "comparative": "lower"}  # fmt: skip
#: forms read as the "-ed" form (past and participle alike: "has increased", "increased by"), drawn among "-ed" opposites
_ED_FORMS = frozenset("increased climbed jumped gained soared raised boosted decreased declined dropped plunged reduced".split())


def _opposites() -> dict[str, list[str]]:
    table: dict[str, list[str]] = {}
    for own, other in ((_RISES, _FALLS), (_FALLS, _RISES)):
        for form, words in own.items():
            for word in words.split():
                key = "ed" if word in _ED_FORMS else form
                table.setdefault(word, [w for w in other[key].split() if w not in table.get(word, [])])
    table["cut"] = ["raised", "increased"]
    table["boosted"] = ["cut", "reduced"]
    return table


_REVERSED = _opposites()
#: Participles of a change done to something, for a passive ("was reduced by 22%" -> "was increased by 22%"): the
#: rises a fall is reversed to (index True), and the falls a rise is reversed to (index False).
_TRANSITIVE = {True: ["increased", "raised", "boosted"], False: ["reduced", "decreased", "cut", "lowered"]}
_ED_FORMS_RISE = frozenset("increased climbed jumped gained soared raised boosted".split())
_NOT_NOUNS = frozenset(
    "of per cent percent and or to in on at by for from the a an than more less years year months month days day weeks "
    "week hours hour minutes minute seconds km kilometres kilometers miles metres meters feet kg pounds tonnes tons euros "
    "dollars million billion thousand times new old other others people's was were is are has had have will would "
    "said says who which that this these those".split()
)  # fmt: skip
_SPELLED = "two three four five six seven eight nine ten".split()
_SAME_NUMBER_UNITS = [("km", "miles"), ("kilometres", "miles"), ("kilometers", "miles"), ("miles", "km"), ("kg", "pounds"),
                      ("kilograms", "pounds"), ("kilos", "pounds"), ("metres", "feet"), ("meters", "feet"), ("feet", "metres"),
                      ("litres", "gallons"), ("liters", "gallons"), ("hectares", "acres"), ("acres", "hectares"),
                      ("m", "feet"), ("cm", "inches"), ("inches", "cm")]  # fmt: skip


def _comparator_inverted(en: str, rng: random.Random) -> str | None:
    words = "|".join(sorted(map(re.escape, _INVERSE), key=len, reverse=True))
    m = _pick(rng, list(re.finditer(rf"\b({words})(?=\s+{_NUM})", en, re.IGNORECASE)))
    if m is None:
        return None
    new = _INVERSE[m.group(1).lower()]
    return _replace(en, m.start(), m.end(), new.capitalize() if m.group(1)[0].isupper() else new)


#: Words of change after an amount only ("46 cents more", "7% higher"): before one they are comparators ("more than").
_AFTER_ONLY = {"more": ["less"], "less": ["more"], "fewer": ["more"]}


def _direction_matches(en: str, table: dict[str, list[str]] | dict[str, str]) -> list[tuple[int, int, str]]:
    """``(start, end, word)`` of each word of change that states the direction of an amount: in the clause right
    before it ("rose by 7%", "a drop of 3", "has fallen from 400 to 300") or right after it ("7% higher", "46 cents
    more", "300 fewer")."""
    words = "|".join(sorted(map(re.escape, table), key=len, reverse=True))
    after_words = "|".join(sorted(map(re.escape, {*table, *_AFTER_ONLY}), key=len, reverse=True))
    # the amount the change is of: not a year ("on the decline since 2007"), not a bound ("up to 30")
    amount = r"(?!(?:19|20)\d\ds?\b)[$€£]?\d[\d,.]*(?:\s?%)?"
    before = re.finditer(rf"\b({words})\b(?=(?:\s+(?!than\b|to\b)[a-z]+){{0,3}}\s+{amount})", en, re.IGNORECASE)
    unit = r"(?:\s?%|\s(?:per\s?cent|percent|percentage points|points?|cents?|euros?|dollars?|pounds?|pence))?"
    after = re.finditer(rf"(?<![\d,.])\d[\d,.]*{unit}\s({after_words})\b(?!\s+than\b)", en, re.IGNORECASE)
    particle = re.compile(rf"\s+{amount}")  # "up 7%", "down 3": a particle states a change only right before the amount
    found = {(m.start(1), m.end(1), m.group(1)) for m in before} | {(m.start(1), m.end(1), m.group(1)) for m in after}
    return sorted((start, end, word) for start, end, word in found
                  if word.lower() not in ("up", "down") or particle.match(en, end))  # fmt: skip


def _direction_reversed(en: str, rng: random.Random) -> str | None:
    found = _pick(rng, _direction_matches(en, _REVERSED))
    if found is None:
        return None
    start, end, word = found
    options = _REVERSED.get(word.lower()) or _AFTER_ONLY[word.lower()]
    if word.lower() in _ED_FORMS and re.search(r"\b(?:is|are|was|were|be|been|being)\s+$", en[:start], re.IGNORECASE):
        options = _TRANSITIVE[_ED_FORMS_RISE.isdisjoint({word.lower()})]  # a passive: "was reduced by" -> "was increased by"
    new = rng.choice(options)
    return _replace(en, start, end, new.capitalize() if word[0].isupper() else new)


#: Plurals without a final -s that counts name ("12 dead", "200 children").
_IRREGULAR_COUNTED = frozenset("people children men women police dead injured wounded missing staff cattle sheep fish".split())
#: Units, currencies and measures: exchanging them is a unit error (measured in (b)), not a counted noun exchanged.
_UNIT_WORDS = frozenset(
    "rupees rupee euro cents cent pence kilos kilo grams grammes ounces litres liters gallons acres hectares inches "
    "centimetres centimeters millimetres degrees points percentage light yen yuan francs roubles rubles dinars pesos "
    "bytes megabytes gigabytes watts volts decibels calories".split()
)  # fmt: skip


def _counted_word(word: str) -> bool:
    """Whether an English word may be the plural noun a number counts ("homes", "children"), units aside."""
    word = word.lower()
    if word in _NOT_NOUNS or word in _UNIT_WORDS:
        return False
    return word in _IRREGULAR_COUNTED or (word.endswith("s") and not word.endswith(("ss", "us", "sis", "'s")) and len(word) > 3)


def _counted(en: str) -> list[tuple[str, int, int, str]]:
    """``(number, start, end, noun)`` of each count and the plural noun it counts: right after it or after one
    modifier ("12 dead", "3,000 new homes", "40 exhausted hikers", "90 Belgians", "4 million people"), or
    after "of" ("12 of the migrants", "40% of women"): the nouns of counts."""
    spelled = "|".join(_SPELLED)
    number = rf"\d(?:[\d,.]*\d)?(?:\s(?:million|billion|thousand))?|(?i:{spelled})"
    rate = r"\s?%|\s(?:per\s?cent|percent)"
    of = r"of\s+(?:(?:the|these|those|their|its|all)\s+)?"
    found = []
    pattern = rf"(?<![\w.,$€£-])({number})({rate})?\s+({of})?([A-Za-z][a-z]{{2,}})\b(?![-'])(?:\s+([a-z]{{3,}})\b(?![-']))?"
    for m in re.finditer(pattern, en):
        if re.fullmatch(r"(?:19|20)\d\d", m.group(1)) or (m.group(2) and not m.group(3)):
            continue  # a year; a rate that says what it is of only with "of" ("7% of voters", not "a 7% rise")
        first, second = m.group(4), m.group(5)
        if _counted_word(first) and (first[0].islower() or first.endswith("s")):
            found.append((m.group(1), m.start(4), m.end(4), first))
        elif second and first.lower() not in _NOT_NOUNS and first.lower() not in _UNIT_WORDS and _counted_word(second):
            found.append((m.group(1), m.start(5), m.end(5), second))  # one modifier between: "40 exhausted hikers"
    return found


def _nouns_exchanged(en: str, rng: random.Random) -> str | None:
    """The nouns of two counts of the sentence exchanged ("12 injured and 3 dead" -> "12 dead and 3 injured")."""
    found = _counted(en)
    pairs = [(a, b) for i, a in enumerate(found) for b in found[i + 1 :] if a[3] != b[3] and a[0] != b[0]]
    if not pairs:
        return None
    a, b = rng.choice(pairs)
    return en[: a[1]] + b[3] + en[a[2] : b[1]] + a[3] + en[b[2] :]


def _number_and_word(en: str) -> list[re.Match[str]]:
    """A number and the word right after it ("12 dead", "3,000 homes", "4 million people"): a figure to repeat."""
    spelled = "|".join(_SPELLED)
    number = rf"\d(?:[\d,.]*\d)?(?:\s(?:million|billion|thousand))?|(?:{spelled})"
    found = re.finditer(rf"(?<![\w.,$€£-])({number})\s+([a-z]{{3,}})\b(?![-'])", en)
    return [m for m in found if m.group(2) not in _NOT_NOUNS and not re.fullmatch(r"(?:19|20)\d\d", m.group(1))]


def _figure_repeated(en: str, rng: random.Random) -> str | None:
    m = _pick(rng, [m for m in _number_and_word(en) if m.group(1)[0].isdigit()])
    if m is None:
        return None
    end = len(en.rstrip().rstrip(".!?\"”'"))
    return en[:end] + f", {m.group(1)} of them" + en[end:]


def _spelled_changed(en: str, rng: random.Random) -> str | None:
    words = "|".join(_SPELLED)
    m = _pick(rng, list(re.finditer(rf"(?<![\w-])({words})(?=\s+[a-z]{{3,}})(?![\w-])", en, re.IGNORECASE)))
    if m is None:
        return None
    old = m.group(1).lower()
    new = rng.choice([w for w in _SPELLED if w != old])
    return _replace(en, m.start(), m.end(), new.capitalize() if m.group(1)[0].isupper() else new)


def _unit_same_number(en: str, rng: random.Random) -> str | None:
    options = [(m, new) for old, new in _SAME_NUMBER_UNITS for m in re.finditer(rf"(?<=\d)(\s?){re.escape(old)}\b", en)]
    if not options:
        return None
    m, new = rng.choice(options)
    return _replace(en, m.start(), m.end(), " " + new)


MEANING_INJECTIONS: dict[str, Callable[[str, random.Random], str | None]] = {
    "comparator_inverted": _comparator_inverted,
    "direction_reversed": _direction_reversed,
    "nouns_exchanged": _nouns_exchanged,
    "figure_repeated": _figure_repeated,
    "spelled_changed": _spelled_changed,
    "unit_same_number": _unit_same_number,
}

# --------------------------------------------------------------------------- (e) rewordings of meaning

_OVER = {"more than": "over", "over": "more than", "about": "some", "some": "about", "around": "about", "roughly": "about",
         "approximately": "about", "nearly": "almost", "almost": "nearly"}  # fmt: skip
_APPROX_EN = r"about|around|some|roughly|approximately|nearly|almost|close to|an estimated"
_APPROX_FR = re.compile(
    r"\b(?:environ|près\s+d[e']|presque|quasiment|quelque|autour\s+d[e']|aux\s+alentours\s+d[e']|approximativement|"
    r"à\s+peu\s+près|(?:dizaine|douzaine|quinzaine|vingtaine|trentaine|quarantaine|cinquantaine|centaine|millier)s?)\b",
    re.IGNORECASE,
)


def _swap_word(en: str, table: dict[str, str], pattern: str) -> str | None:
    m = next(iter(re.finditer(pattern, en, re.IGNORECASE)), None)
    if m is None:
        return None
    old = m.group(1)
    new = table[old.lower()]
    return _replace(en, m.start(1), m.end(1), new.capitalize() if old[0].isupper() else new)


def _comparator_reworded(en: str) -> str | None:
    words = "|".join(sorted(map(re.escape, _OVER), key=len, reverse=True))
    return _swap_word(en, _OVER, rf"\b({words})(?=\s+[$€£]?\d(?![\d]{{3}}\b))")


#: Neutral words of change by form, to reword a change without changing it ("dropped 7%" -> "declined 7%").
_NEUTRAL = {True: {"past": "rose increased grew climbed", "ed": "increased climbed", "participle": "risen increased grown climbed",
                   "base": "rise increase grow climb", "s": "rises increases grows climbs",
                   "ing": "rising increasing growing climbing", "noun": "rise increase growth", "passive": "increased raised"},
            False: {"past": "fell decreased declined dropped", "ed": "decreased declined dropped",
                    "participle": "fallen decreased declined dropped", "base": "fall decrease decline drop",
                    "s": "falls decreases declines drops", "ing": "falling decreasing declining dropping",
                    "noun": "fall decrease decline drop", "passive": "reduced decreased cut lowered"}}  # fmt: skip


def _same_change(en: str, start: int, word: str) -> str | None:
    """Another neutral word for the change ``word`` states, of the same form, or ``None``."""
    word = word.lower()
    rise = word in " ".join(_RISES.values()).split()
    if not rise and word not in " ".join(_FALLS.values()).split():
        return None
    own = _RISES if rise else _FALLS
    if word in _ED_FORMS and re.search(r"\b(?:is|are|was|were|be|been|being)\s+$", en[:start], re.IGNORECASE):
        form = "passive"
    elif word in _ED_FORMS:
        form = "ed"
    else:
        form = next((key for key, words in own.items() if word in words.split()), "")
    options = _NEUTRAL[rise].get(form, "").split()
    if word not in options:
        return options[0] if options and form in ("past", "ed", "passive") and word in _ED_FORMS | {"rose", "fell"} else None
    return options[(options.index(word) + 1) % len(options)] if len(options) > 1 else None


def _direction_reworded(en: str) -> str | None:
    """Every word of change of an amount written with another neutral word of the same change and form."""
    new = en
    for start, end, word in reversed(_direction_matches(en, _REVERSED)):
        other = _same_change(en, start, word)
        if other is not None:
            new = _replace(new, start, end, other.capitalize() if word[0].isupper() else other)
    return new if new != en else None


def _approximation_dropped(en: str, fr: str) -> str | None:
    if not _APPROX_FR.search(fr):
        return None
    m = re.search(rf"\b(?:{_APPROX_EN})\s+(?=[$€£]?\d)", en, re.IGNORECASE)
    return None if m is None else _replace(en, m.start(), m.end(), "")


def _approximation_added(en: str, fr: str) -> str | None:
    if not _APPROX_FR.search(fr) or re.search(rf"\b(?:{_APPROX_EN})\s+[$€£]?\d", en, re.IGNORECASE):
        return None
    numbers = re.finditer(r"(?<![\w.,$€£-])[$€£]?\d(?:[\d,.]*\d)?(?![\d:/-])", en)
    dated = re.compile(r"\b(?:in|on|at|of|[A-Z][a-z]+)\s$")  # "in 2010", "June 12": a date, not an amount
    m = next((m for m in numbers if not re.fullmatch(r"(?:19|20)\d\d", m.group(0)) and not dated.search(en[: m.start()])), None)
    return None if m is None else _replace(en, m.start(), m.start(), "about ")


MEANING_REWRITES: dict[str, Callable[[str, str], str | None]] = {
    "more_than_over_about_some": lambda en, fr: _comparator_reworded(en),
    "rose_increased": lambda en, fr: _direction_reworded(en),
    "approximation_dropped": _approximation_dropped,
    "approximation_added": _approximation_added,
}

_HAS_NUMBER = re.compile(r"\d|\b(?:deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|vingt|trente|cent|mille)s?\b", re.I)


def has_number(pair: Pair) -> bool:
    """Whether the French holds a number, in digits or in words (from "deux")."""
    return bool(_HAS_NUMBER.search(pair.fr))


def meaning_cases(pairs: list[Pair], seed: int = 13, draws: int = 3) -> list[tuple[Pair, str, str]]:
    """``(pair, type, altered English)`` for every pair and error of meaning that applies, up to ``draws``
    different ones per pair and type (these errors are rarer than digits); never calls a checker."""
    cases = []
    for pair in pairs:
        for name, inject in MEANING_INJECTIONS.items():
            seen = {pair.en}
            for draw in range(draws):
                altered = inject(pair.en, random.Random(f"{seed}:{pair.line}:{name}:{draw}"))
                if altered is not None and altered not in seen:
                    seen.add(altered)
                    cases.append((pair, name, altered))
    return cases


def meaning_rewrite_cases(pairs: list[Pair]) -> list[tuple[Pair, str, str]]:
    """``(pair, type, reworded English)`` for every pair and harmless rewording of meaning that applies."""
    cases = []
    for pair in pairs:
        for name, rewrite in MEANING_REWRITES.items():
            new = rewrite(pair.en, pair.fr)
            if new is not None and new != pair.en:
                cases.append((pair, name, new))
    return cases


def injected_cases(pairs: list[Pair], seed: int = 13) -> list[tuple[Pair, str, str]]:
    """``(pair, type, altered English)`` for every pair and type that applies; never calls a checker."""
    cases = []
    for pair in pairs:
        for name, inject in INJECTIONS.items():
            rng = random.Random(f"{seed}:{pair.line}:{name}")
            altered = inject(pair.en, rng)
            if altered is not None and altered != pair.en:
                cases.append((pair, name, altered))
    return cases


# --------------------------------------------------------------------------- (c) format-only rewrites

_SMALL = "zero one two three four five six seven eight nine ten".split()
_ORDINALS = {"1st": "first", "2nd": "second", "3rd": "third", "4th": "fourth", "5th": "fifth", "6th": "sixth",
             "7th": "seventh", "8th": "eighth", "9th": "ninth", "10th": "tenth", "20th": "twentieth", "21st": "twenty-first"}  # fmt: skip


def _grouping_removed(en: str) -> str | None:
    new = re.sub(r"(?<=\d),(?=\d{3}(?!\d))", "", en)
    return new if new != en else None


def _grouping_added(en: str) -> str | None:
    def group(m: re.Match[str]) -> str:
        value = int(m.group(0))
        return f"{value:,}" if value >= 10000 else m.group(0)

    new = re.sub(r"(?<![\d,.])\d{5,}(?![\d,.]\d)", group, en)
    return new if new != en else None


def _small_spelled(en: str) -> str | None:
    # a number inside a name ("RM-2", "Meteor-2") or a date's day ("2 February") is not spelled out by writers
    months = "January|February|March|April|May|June|July|August|September|October|November|December"
    new = re.sub(rf"(?<![\d,.$€£-])\b([2-9]|10)\b(?![\d,.%-]|\s*(?:per|%|million|billion|thousand|am|pm|a\.m|p\.m|{months}))",
                 lambda m: _SMALL[int(m.group(1))], en)  # fmt: skip
    return new if new != en else None


def _percent_words(en: str) -> str | None:
    if "%" in en:
        return re.sub(r"\s?%", " per cent", en)
    if re.search(r"\bper ?cent\b", en):
        return re.sub(r"\s?\bper ?cent\b", "%", en)
    return None


def _ordinal_words(en: str) -> str | None:
    new = re.sub(r"\b(\d{1,2}(?:st|nd|rd|th))\b", lambda m: _ORDINALS.get(m.group(1), m.group(1)), en)
    return new if new != en else None


def _billion_as_million(en: str) -> str | None:
    def million(m: re.Match[str]) -> str:
        return f"{round(float(m.group(1)) * 1000):,} million"

    new = re.sub(r"\b(\d+\.\d)\s+billion\b", million, en)
    return new if new != en else None


REWRITES: dict[str, Callable[[str], str | None]] = {
    "grouping_removed": _grouping_removed,
    "grouping_added": _grouping_added,
    "small_numbers_spelled": _small_spelled,
    "percent_words": _percent_words,
    "ordinals_as_words": _ordinal_words,
    "billion_as_million": _billion_as_million,
}


def rewrite_cases(pairs: list[Pair]) -> list[tuple[Pair, str, str]]:
    """``(pair, type, rewritten English)`` for every pair and format-only rewrite that applies."""
    cases = []
    for pair in pairs:
        for name, rewrite in REWRITES.items():
            new = rewrite(pair.en)
            if new is not None and new != pair.en:
                cases.append((pair, name, new))
    return cases


# --------------------------------------------------------------------------- the report


def load_labels(path: Path = LABELS) -> dict[int, tuple[str, str]]:
    """Hand labels of the flags still raised: line -> (verdict, category)."""
    if not path.exists():
        return {}
    labels = {}
    for row in path.read_text(encoding="utf-8").splitlines():
        if row.strip() and not row.startswith("#"):
            line, verdict, category = (row.split("\t") + ["", ""])[:3]
            labels[int(line)] = (verdict, category)
    return labels


Case = tuple[Pair, str, str]


def _share(cases: list[Case], results: dict[int, bool], key: str) -> tuple[float, int, dict[str, dict[str, Any]]]:
    """The share of ``cases`` flagged (``results``: case index -> flagged), overall, how many, and by type."""
    counts: dict[str, list[int]] = defaultdict(lambda: [0, 0])  # type -> [flagged, cases]
    for index, (_, kind, _) in enumerate(cases):
        if index in results:
            counts[kind][1] += 1
            counts[kind][0] += results[index]
    total = sum(v[1] for v in counts.values())
    by_type = {k: {key: round(v[0] / max(1, v[1]), 3), "cases": v[1]} for k, v in sorted(counts.items())}
    return round(sum(v[0] for v in counts.values()) / max(1, total), 4), total, by_type


def _part(name: str, flagged: Checker, part: list[Pair], original: dict[int, bool], sets: dict[str, list[Case]],
          results: dict[str, dict[int, bool]], labels: dict[int, tuple[str, str]]) -> dict[str, Any]:  # fmt: skip
    """Every measure of one checker on one part of the pairs (the flags of every case already computed)."""
    lines = {p.line for p in part}
    digit = [p for p in part if re.search(r"\d", p.fr)]
    raised = sorted(p.line for p in digit if original[p.line])
    fr_orig = [p for p in digit if p.orig_lang == "fr"]
    row: dict[str, Any] = {
        "pairs_with_digit": len(digit),
        "flags": len(raised),
        "flag_rate": round(len(raised) / max(1, len(digit)), 4),
        "flag_rate_french_original": round(sum(original[p.line] for p in fr_orig) / max(1, len(fr_orig)), 4),
    }
    # the hand labels cover every line either checker flags: each checker's false alarms are counted the same way
    verdicts = Counter(labels[line][0] if line in labels else "unlabelled" for line in raised)
    row["labelled"] = dict(verdicts)
    row["false_alarm_rate"] = round(verdicts.get("false_alarm", 0) / max(1, len(digit)), 4)
    row["unlabelled_lines"] = [line for line in raised if line not in labels]
    if name == "summarizer":
        row["categories"] = {labels[line][1]: labels[line][0] for line in raised if line in labels}
    else:
        row["flagged_lines"] = raised
    # each checker is scored on the pairs it accepts as they are
    measures = (("injections", "injected_recall", "recall"), ("rewrites", "rewrites_flagged", "flagged"),
                ("meaning", "meaning_recall", "recall"), ("meaning_rewrites", "meaning_rewrites_flagged", "flagged"))
    for key, field, measure in measures:
        cases = sets[key]
        scored = {i: f for i, f in results[key].items() if cases[i][0].line in lines}
        rate, total, by_type = _share(cases, scored, measure)
        row[field] = rate
        row[f"{field}_cases"] = total
        row[f"{field}_by_type"] = by_type
    # the names the harness has always used
    row["injected_cases_scored"] = row["injected_recall_cases"]
    row["recall_by_type"] = row["injected_recall_by_type"]
    row["rewrite_cases_scored"] = row["rewrites_flagged_cases"]
    row["rewrites_by_type"] = row["rewrites_flagged_by_type"]
    return row


def evaluate(pairs: list[Pair], checkers: dict[str, Checker] | None = None) -> dict[str, Any]:
    """Every measure, per checker: on all the pairs (top level), and in ``parts`` on the tuning and held-out parts."""
    checkers = checkers or {"summarizer": ours, "pofilter_numbers": pofilter}
    digit = [p for p in pairs if re.search(r"\d", p.fr)]
    numbered = [p for p in pairs if has_number(p)]
    sets = {"injections": injected_cases(digit), "rewrites": rewrite_cases(digit),
            "meaning": meaning_cases(numbered), "meaning_rewrites": meaning_rewrite_cases(numbered)}  # fmt: skip
    labels = load_labels()
    report: dict[str, Any] = {"pairs": len(pairs), "pairs_with_digit": len(digit),
                              "french_original_with_digit": sum(p.orig_lang == "fr" for p in digit),
                              "pairs_with_number": len(numbered),
                              "injected_cases": len(sets["injections"]), "rewrite_cases": len(sets["rewrites"]),
                              "meaning_cases": len(sets["meaning"]), "meaning_rewrite_cases": len(sets["meaning_rewrites"]),
                              "held_out_documents": len({p.docid for p in pairs if p.held_out}),
                              "documents": len({p.docid for p in pairs})}  # fmt: skip
    held = [p for p in pairs if p.held_out]
    tuning = [p for p in pairs if not p.held_out]
    report["parts"] = {"tuning": {}, "held_out": {}}
    for name, flagged in checkers.items():
        original = {p.line: flagged(p.fr, p.en) for p in {p.line: p for p in (*digit, *numbered)}.values()}
        results = {key: {i: flagged(pair.fr, altered) for i, (pair, _, altered) in enumerate(cases) if not original[pair.line]}
                   for key, cases in sets.items()}  # fmt: skip
        report[name] = _part(name, flagged, pairs, original, sets, results, labels)
        report["parts"]["tuning"][name] = _part(name, flagged, tuning, original, sets, results, labels)
        report["parts"]["held_out"][name] = _part(name, flagged, held, original, sets, results, labels)
    report["extraction_200k"] = extraction_speed(pairs)
    return report


def check_speed(pairs: list[Pair]) -> dict[str, Any]:
    """Seconds for the project's check of every pair with both parses (parse caches cold), and by value and unit
    alone, after one warm-up pair (models and unit tables loaded: loading is not the check)."""
    from summarizer import parsing
    from summarizer.figures import extract_figures, meaning
    from summarizer.figures.matching import compare_figures

    def check(fr: str, en: str, with_meaning: bool = True) -> None:
        compare_figures(fr, extract_figures(fr, "fr", names=True), extract_figures(en, "en", names=True), en, meaning=with_meaning)

    check("Plus de 12 % des 300 élèves ont marché 5 km.", "Over 12% of the 300 pupils walked 3 miles.")  # warm-up, written here
    for cache in parsing._cache.values():
        cache.clear()
    meaning._french_facts.cache_clear()
    start = time.perf_counter()
    for pair in pairs:
        check(pair.fr, pair.en)
    seconds = time.perf_counter() - start
    parsed = meaning._french_facts.cache_info().misses
    start = time.perf_counter()
    for pair in pairs:
        check(pair.fr, pair.en, with_meaning=False)
    plain = time.perf_counter() - start
    words = sum(len(p.en.split()) for p in pairs)
    return {"pairs": len(pairs), "seconds": round(seconds, 2), "value_only_seconds": round(plain, 2),
            "pairs_parsed": parsed, "english_words": words}  # fmt: skip


def extraction_speed(pairs: list[Pair], chars: int = 200_000) -> dict[str, Any]:
    """Seconds to read the figures of one article of ``chars`` characters made of the set's French sentences."""
    from summarizer.figures import extract_figures

    one_pass = " ".join(p.fr for p in pairs) + "\n"
    text = (one_pass * (chars // max(1, len(one_pass)) + 1))[:chars]
    start = time.perf_counter()
    found = extract_figures(text, "fr")
    return {"chars": len(text), "seconds": round(time.perf_counter() - start, 3), "figures": len(found)}


def _print_row(title: str, row: dict[str, Any], detail: bool) -> None:
    print(f"\n{title}: flags {row['flags']} of {row['pairs_with_digit']} ({row['flag_rate']:.1%}; French-original "
          f"{row['flag_rate_french_original']:.1%}), false alarms {row['false_alarm_rate']:.1%}; injected recall "
          f"{row['injected_recall']:.1%} of {row['injected_recall_cases']}, format rewrites flagged {row['rewrites_flagged']:.1%} "
          f"of {row['rewrites_flagged_cases']}; meaning errors caught {row['meaning_recall']:.1%} of {row['meaning_recall_cases']}, "
          f"meaning rewordings flagged {row['meaning_rewrites_flagged']:.1%} of {row['meaning_rewrites_flagged_cases']}")  # fmt: skip
    if not detail:
        return
    for field, measure in (("injected_recall", "recall"), ("meaning_recall", "recall"), ("rewrites_flagged", "flagged"),
                           ("meaning_rewrites_flagged", "flagged")):  # fmt: skip
        for kind, value in row[f"{field}_by_type"].items():
            print(f"  {measure} {kind:26s} {value[measure]:.1%} ({value['cases']})")
    print(f"  flags labelled: {row['labelled']}" + (f"; unlabelled lines {row['unlabelled_lines']}" if row["unlabelled_lines"] else ""))
    for category, verdict in row.get("categories", {}).items():
        print(f"    {verdict:11s} {category}")


def main(argv: list[str] | None = None) -> int:
    """Evaluate and print."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="folder with fr.txt, en.txt, meta.tsv")
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--no-speed", action="store_true", help="skip timing the check of every pair")
    parser.add_argument("--part", choices=("all", "tuning", "held_out"), default="all",
                        help="measure only the tuning documents (while tuning), only the held-out ones, or all (default)")  # fmt: skip
    args = parser.parse_args(argv)
    try:
        pairs = load_pairs(args.data)
    except FileNotFoundError:
        print(f"evaluation.parallel: no parallel data in {args.data} (fr.txt, en.txt, meta.tsv): nothing to measure")
        return 0
    pairs = select_part(pairs, args.part)
    speed = None if args.no_speed else check_speed(pairs)  # first, from cold caches
    report = evaluate(pairs)
    if speed is not None:
        report["check_speed"] = speed
    if args.json:
        print(json.dumps(report, indent=2))
        return 0
    print(f"{report['pairs_with_digit']} pairs with a digit in the French ({report['french_original_with_digit']} "
          f"French-original), {report['pairs_with_number']} with a number; {report['injected_cases']} injected errors; "
          f"{report['rewrite_cases']} format-only rewrites; {report['meaning_cases']} errors of meaning; "
          f"{report['meaning_rewrite_cases']} rewordings of meaning; {report['held_out_documents']} of "
          f"{report['documents']} documents held out")  # fmt: skip
    for name in ("summarizer", "pofilter_numbers"):
        _print_row(f"{name}, all pairs", report[name], detail=True)
        for part in ("tuning", "held_out"):
            _print_row(f"{name}, {part} part", report["parts"][part][name], detail=name == "summarizer" and part == "held_out")
    extraction = report["extraction_200k"]
    print(f"\nextraction of a {extraction['chars']:,}-character article of these sentences: {extraction['seconds']:.2f} s "
          f"({extraction['figures']} figures)")  # fmt: skip
    if speed is not None:
        print(f"check of all {speed['pairs']:,} pairs with both parses (cold parse caches): {speed['seconds']:.1f} s "
              f"({speed['pairs_parsed']} pairs parsed); by value and unit alone: {speed['value_only_seconds']:.1f} s")  # fmt: skip
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
