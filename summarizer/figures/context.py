"""What surrounds a number: its unit, scale, currency, sign and approximation, and whether it names something."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from .labels import _words_after
from .lexicon import (
    _APPROX,
    _APPROX_RE,
    _CURRENCY_RE,
    _DURATIONS,
    _EXCLUDE,
    _GLUED_NAME,
    _ID_BEFORE_RE,
    _MONTHS_EN,
    _MONTHS_FR,
    _NOT_ID_CAPITALS,
    _PER_MILLE,
    _PERCENT,
    _POINTS,
    _SCALES,
    _SP,
    _UNITS,
    _VERDICT_STEMS,
    _YEAR_PREP,
)
from .meaning import COMPARATIVES, Direction, change_of_object, direction_of_word
from .model import Kind
from .numerals import _currency, _spelled_value


@dataclass
class _Candidate:
    start: int
    end: int
    value: float
    kind: str = "count"
    unit: str = ""
    scale: float = 1.0
    spelled: bool = False
    approximate: bool = False
    sign: str = ""
    has_unit: bool = False
    value_str: str | None = None
    readings: tuple[float, ...] = ()
    magnitude_only: bool = False  # "plusieurs milliers", "dozens of": an order of magnitude, not an amount


class Spans:
    """Disjoint character spans, sorted, for overlap queries in O(log n) (an article may hold thousands of figures)."""

    def __init__(self) -> None:
        self._starts: list[int] = []
        self._ends: list[int] = []

    def append(self, span: tuple[int, int]) -> None:
        """Add a span (merged with any it overlaps)."""
        start, end = span
        i = bisect.bisect_left(self._ends, start + 1)  # the first span that ends after ``start``
        j = i
        while j < len(self._starts) and self._starts[j] < end:
            start, end = min(start, self._starts[j]), max(end, self._ends[j])
            j += 1
        self._starts[i:j] = [start]
        self._ends[i:j] = [end]

    def overlaps(self, start: int, end: int) -> bool:
        """Whether ``[start, end)`` shares a character with a span."""
        i = bisect.bisect_left(self._starts, end) - 1  # the last span starting before ``end``
        return i >= 0 and self._ends[i] > start


def _excluded_spans(text: str, lang: str) -> Spans:
    spans = Spans()
    for pattern in _EXCLUDE:
        for m in pattern.finditer(text):
            chunk = m.group(0)
            # "A320" is an identifier, but "€4" or "m2" units are not: keep glued units and ordinals.
            if pattern is _GLUED_NAME and (
                re.fullmatch(r"\d+(?:[.,]\d+)*(?:er|re|ère|e|ème|nd|st|rd|th|km|kg|m|k|bn|mn|t|h)", chunk, re.I)
                or re.match(r"(?:US|C|A|HK)?\$|DH|MAD|USD|EUR|GBP|CHF|Rs", chunk)
                or re.fullmatch(r"(?:mi|fin|début|mid|pre|post)-\d{4}", chunk, re.I)
                or re.fullmatch(r"(?:to|and|or)-\d+", chunk, re.I)  # a range's second end in a compound: "12-to-25-year-olds"
                or re.fullmatch(
                    r"\d+-(?:years?|months?|weeks?|days?|hours?|minutes?|km|kilometres?|kilometers?|"
                    r"miles?|metres?|meters?|tonnes?|tons?)(?:-old|-long)?",
                    chunk,
                    re.I,
                )
            ):
                continue
            spans.append((m.start(), m.end()))
    return spans


#: The last words before a number: a word of change may be one of them ("a reculé de 0,2", "fell by a further 2").
_LAST_WORDS = re.compile(r"([^\W\d_]+)\s+(?:(?:de|by|of)\s+)?(?:([^\W\d_]+)\s+)?$", re.IGNORECASE)


#: An approximation or a bound at the end of the words before a number, glued to an elided "d'" too ("d'environ").
_APPROX_AFTER_CHANGE = {k: re.compile(rf"(?:^|[\s('’]){v}\s*$", re.IGNORECASE) for k, v in _APPROX.items()}


def _after_change(before: str, lang: str) -> bool:
    """Whether the words right before a number state a rise or a fall (the vocabulary of :mod:`.meaning`: "a
    reculé de", "slipped", "eased", "up"): its "points" are then points of a rate. An approximation or a bound
    between the change and its amount is passed over ("en hausse de près de 5 points", "rose by almost 5 points")."""
    approx = _APPROX_AFTER_CHANGE[lang].search(before)
    if approx is not None:
        elided = before[approx.start() : approx.start() + 1] in ("'", "’")  # "a progressé d'environ 3 points"
        before = before[: approx.start()] + ("e " if elided else " ")
    m = _LAST_WORDS.search(before)
    if m is None:
        return False
    words = [w for w in m.groups() if w and w.lower() not in COMPARATIVES]
    # a verb of change, its object, then its amount: "is raising its key rate by 0.25", "a relevé son taux de 0,25"
    changed = change_of_object(before, lang)
    if changed is not None and changed.group(1).lower() not in COMPARATIVES:
        words.append(changed.group(1))
    return any(direction_of_word(w, lang) is not Direction.NONE for w in words)


#: A change judged better or worse right before its amount: "improved by", "a été amélioré de", "s'est dégradé de".
_JUDGED_CHANGE = re.compile(rf"\b(?:{'|'.join(stems for pair in _VERDICT_STEMS.values() for stems in pair)})\w*\s+"
                            r"(?:by\s+|de\s+|d['’]\s*)?(?:some\s+|about\s+|around\s+|près\s+de\s+|environ\s+)?$", re.IGNORECASE)
#: A sign right before a number, after a space, a bracket, a colon or nothing: "+1,8 point", "(−0.3 points)".
_SIGN_BEFORE = re.compile(r"(?:^|[\s(:])[+\-−]\s?$")
#: A level named after a change: "se resserrant à", "narrowing to" (the change read without its "à" / "to").
_TO_A_LEVEL = re.compile(r"\s(?:à|to)\s*$", re.IGNORECASE)


def _points_of_a_rate(text: str, start: int, lang: str) -> bool:
    """Whether the words before a number make the "points" after it points of a rate: a sign ("+1,8 point"), a change
    ("a reculé de 0,2 point", "fell 0.2 points"), a level reached by a change ("se resserrant à 68 points", "narrowing
    to 68 points"), a change judged better or worse ("improved by eight points")."""
    before = text[max(0, start - 40) : start]
    if _SIGN_BEFORE.search(text[max(0, start - 3) : start]) or _JUDGED_CHANGE.search(before) or _after_change(before, lang):
        return True
    level = _TO_A_LEVEL.search(before)
    return level is not None and _after_change(before[: level.start()] + " ", lang)


#: What may follow a number, per language, compiled once: its scale word, then its unit (kind, pattern, unit).
_SCALE_AFTER = {
    lang: re.compile(
        rf"(?:{_SP}|-)?(?P<scale>{'|'.join(sorted(map(re.escape, scales), key=len, reverse=True))})(?![\w])", re.IGNORECASE
    )
    for lang, scales in _SCALES.items()
}
_UNIT_AFTER = {
    lang: [
        (kind, re.compile(pattern, re.IGNORECASE), unit)
        for kind, pattern, unit in (
            ("percent", rf"{_SP}?(?:{_PER_MILLE[lang]})", "‰"),
            ("percent", rf"{_SP}?(?:{_POINTS[lang]})", "pp"),
            ("percent", rf"{_SP}?(?:{_PERCENT[lang]})", "%"),
            ("money", rf"(?:{_SP}|-)?(?:de{_SP}|d['’]|of{_SP})?(?:{_CURRENCY_RE})(?![\w])", None),
            # "les 12 dernières années": the unit after an adjective of order
            ("duration", rf"(?:{_SP}|-)?(?:de{_SP}|d['’])?(?:(?:derniers|dernières|prochains|prochaines|premiers|premières){_SP})?"
                         rf"(?:{_DURATIONS[lang]})(?![\w])", None),
            ("measure", rf"(?:{_SP}|-)?(?:de{_SP}|d['’])?(?:{_UNITS[lang]})(?![\w])", None),
            # an English inch glued to its number ("1.5in"): spaced, "in" is the preposition ("5 in May")
            *([("measure", r"in(?![\w'’])", None)] if lang == "en" else []),
        )
    ]
    for lang in ("fr", "en")
}  # fmt: skip
#: The centimetres said after a French length in whole metres, without their unit: "un mètre cinquante", "1 m 80",
#: "deux mètres dix" (not "2 mètres 30 personnes", a count).
_CENTIMETRES_AFTER = re.compile(
    r"[\s\u00a0]?(?:(?P<d>\d{2})|(?P<w>dix|onze|douze|treize|quatorze|quinze|seize|(?:vingt|trente|quarante|cinquante|soixante|"
    r"quatre-vingt)s?(?:-(?:et-)?(?:un|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize|"
    r"dix-sept|dix-huit|dix-neuf)|\s+et\s+un)?|dix-sept|dix-huit|dix-neuf))(?![\w-])(?![\s\u00a0]*%)"
    r"(?![\s\u00a0]+(?!(?:dans|sous|avec|après|depuis|pendant|plus|moins|très|alors|lors|puis|mais|selon)\b)[a-zà-ÿ]{3,}s\b)",
    re.IGNORECASE,
)
#: The base of a rate after a number: "3,4/100 000", "12 pour 10 000", "3.4 per 100,000" (1,000 is per mille).
_RATE_BASE = re.compile(
    rf"{_SP}?(?:/|pour{_SP}|per{_SP}|for{_SP}every{_SP})(?P<base>10{{0,2}}(?:{_SP}|[.,'’])?000(?:(?:{_SP}|[.,'’])?000)*)"
    rf"(?![\d]|[.,]\d)",
    re.IGNORECASE,
)
_RATE_POINTS = ("percent", re.compile(rf"(?:{_SP}|-)?(?:percentage[-\s])?points?(?:{_SP}de{_SP}(?:base|pourcentage))?(?![\w])",
                                      re.IGNORECASE), "pp")  # fmt: skip
#: Points followed by a word of change or comparison: "2 points higher", "3 points down", "2 points above the average",
#: "a 2.4-point increase",
#: "2 points de plus", "3 points en moins", "2 points plus haut": points of a rate, the change said after them.
_POINTS_THEN_CHANGE = {
    # "a 2.4-point increase", "a 3-percentage-point drop": the compound before a noun of change (a "10-point plan" is no rate)
    # and points then the rate they take it to: "de 0,1 point à 5,9 %", "0.1 point to 5.9%" (a change, whatever stands before)
    "en": re.compile(rf"{_SP}?points?{_SP}to{_SP}\d[\d.,]*{_SP}?%(?!{_SP}of)|"
                     rf"{_SP}?points?{_SP}(?:higher|lower|up|down|more|less|above|below)(?![\w])|-(?:percentage-)?points?{_SP}"
                     r"(?:increase|rise|drop|fall|gain|jump|decline|decrease|cut|reduction|swing|slide|climb|hike|improvement|"
                     r"deterioration|lead|gap|deficit|advantage)s?(?![\w])", re.IGNORECASE),
    "fr": re.compile(rf"{_SP}?points?,?{_SP}(?:à|pour{_SP}(?:atteindre|s['’]établir{_SP}à)){_SP}\d[\d\s\u00a0\u202f,]*{_SP}?%"
                     rf"(?!{_SP}d[e'’])|"
                     rf"{_SP}?points?{_SP}(?:de{_SP}(?:plus|moins)|en{_SP}(?:plus|moins|hausse|baisse)|"
                     rf"(?:plus|moins){_SP}(?:haut|bas|élev|faible))", re.IGNORECASE),
}


def _right_context(text: str, c: _Candidate, lang: str) -> None:
    """Read scale words, percent signs, currencies, units after a number."""
    rest = text[c.end : c.end + 80]
    dash = re.match(r"\.[-–]{1,2}(?=\s?(?:fr\.|frs|chf|francs))", rest, re.I)
    if dash:  # Swiss "1'200.– fr.": a round amount
        c.end += dash.end()
        rest = text[c.end : c.end + 80]
    scales = _SCALES[lang]
    francs = re.match(rf"{_SP}?(?P<scale>[Mm](?:ds?|rd)?|G)F(?![\w])", rest)
    if francs:  # "12 MdF", "300 MF": milliards or millions of francs
        c.scale = 1e6 if francs.group("scale") in ("M", "m") else 1e9
        c.kind, c.unit, c.has_unit = "money", "FRF", True
        c.end += francs.end()
        return
    m = _SCALE_AFTER[lang].match(rest)
    word = m.group("scale").lower() if m else ""
    glued = m is not None and not re.match(rf"{_SP}|-", rest)
    if m and rest.startswith("-") and (lang == "fr" or word in ("m", "k")):
        m, word = None, ""  # "30-million-euro" is English; "5-m" is nothing
    if word == "g":  # "4 G$", "1,2 G€" (Québec: billions); "5 g" alone is grams
        use_scale = bool(re.match(rf"{_SP}?[gG]{_SP}?(?:\$|€|£)", rest))
    elif word in ("m", "k", "mn"):
        # "300 M€", "£3m", "$5m", "1,5M d'euros", "10k" are amounts; "3 m" alone is metres
        money_after = re.match(rf"{_SP}?[mk]n?{_SP}?(?:de{_SP}|d['’])?(?:€|\$|£|euros?|dollars?|pounds?)", rest, re.I)
        glued_after_money = lang == "en" and glued and c.kind == Kind.MONEY
        prefixed = lang == "en" and glued and re.search(r"[$€£]\s?$", text[max(0, c.start - 3) : c.start])
        thousands = word == "k" and glued
        use_scale = bool(money_after or glued_after_money or prefixed or thousands)
        if not use_scale and lang == "en" and glued and word == "m" and not c.readings:
            # "1.7m people": millions, or metres ("a 1.7m wall"); read as metres, with millions as another reading
            if not re.match(r"m\s+(?:tall|high|long|wide|deep|away|above|below|from|of\s+water)\b", rest, re.I):
                c.readings = (c.value * 1e6,)
    elif word == "milles":
        use_scale = not re.match(r"\s*milles\s+(?:marins|nautiques)", rest, re.I)  # "12 milles roubles": thousands
    else:
        use_scale = bool(m)
    if m and use_scale:
        c.scale = scales[word]
        c.end += m.end()
        rest = text[c.end : c.end + 80]
        half = re.match(r"\s+(?:et\s+demi|and\s+a\s+half)\b", rest, re.I)
        if half and c.value == int(c.value):  # "2 millions et demi": 2.5 million
            c.value += 0.5
            c.end += half.end()
            rest = text[c.end : c.end + 80]
    patterns = _UNIT_AFTER[lang]
    if _points_of_a_rate(text, c.start, lang) or _POINTS_THEN_CHANGE[lang].match(rest):
        patterns = [_RATE_POINTS, *patterns]  # "a reculé de 0,2 point", "fell 0.2 points": points of a rate
    # "hundreds of kilos", "dozens of years": an English amount in words takes its unit after "of", as the French one
    # takes it after "de" ("des centaines de kilos"); a number in digits never does ("5 of the miles")
    of = re.match(r"\s+of(?=\s)", rest) if lang == "en" and c.magnitude_only else None
    for kind, pattern, unit in patterns:
        m = pattern.match(rest)
        if not m and of is not None and kind in (Kind.MEASURE, Kind.DURATION):
            m = pattern.match(rest, of.end())
        if not m:
            continue
        word = re.sub(r"^(?:de\s|d['’]|of\s|derni\w+\s|prochain\w*\s|premi\w+\s)", "", m.group(0).strip().lstrip("-"), flags=re.I)
        if kind == Kind.MONEY:
            c.unit = _currency(word)
            if lang == "en" and re.fullmatch(r"(?:francs?|dinars?)", word, re.I):
                c.unit = ""  # a bare "francs" or "dinars" names no country: CFA, Swiss, Tunisian, Algerian...
        elif kind in (Kind.MEASURE, Kind.DURATION):
            c.unit = re.sub(r"^square-", "square ", word.lower())  # "a 12-square-kilometre block"
        else:
            c.unit = unit or ""
            if re.search(r"\bbas(?:e|is)\b", word, re.IGNORECASE):
                c.value /= 100  # "25 points de base", "25 basis points": 0.25 percentage point
        c.kind = kind
        c.has_unit = True
        c.end += m.end()
        if kind in (Kind.MEASURE, Kind.DURATION):
            half = re.match(r"\s+(?:et\s+demie?|and\s+a\s+half)(?![\w])", text[c.end : c.end + 20], re.I)
            if half and c.value == int(c.value):  # "deux heures et demie", "3 ans et demi": 2.5, 3.5
                c.value += 0.5
                c.end += half.end()
        centimetres = _CENTIMETRES_AFTER.match(text, c.end) if lang == "fr" and c.unit in ("m", "mètre", "mètres") else None
        if centimetres and c.value == int(c.value):  # "un mètre cinquante", "1 m 80": metres and centimetres, 1.5 and 1.8
            number = int(centimetres.group("d")) if centimetres.group("d") else _spelled_value(centimetres.group("w"), "fr")
            if number is not None and 10 <= number <= 99:
                c.value += number / 100
                c.end = centimetres.end()
        return
    rate = _RATE_BASE.match(rest)
    if rate and c.kind == Kind.COUNT:
        c.unit = "/" + re.sub(r"\D", "", rate.group("base"))  # "3,4/100 000", "250 pour 100 000": a rate (its base is a figure too)


#: A currency written before its amount: "$5", "CHF 1'500", "Fr. 200.–", "FCFA 12 milliards", "TND 90".
_CURRENCY_BEFORE = re.compile(r"(?:US\$|C\$|CA\$|A\$|HK\$|\$|€|£|¥|USD|EUR|GBP|MAD|DH|CHF|TND|DZD|XOF|(?<![\w])F?CFA|(?<![\w])Frs?\.|"
                              r"(?<![\w])Frs)\s?$")


def _left_context(text: str, c: _Candidate, lang: str) -> None:
    """Read signs, currency prefixes and approximations before a number."""
    before = text[max(0, c.start - 60) : c.start]
    m = _CURRENCY_BEFORE.search(before)
    if m and c.kind in (Kind.COUNT, Kind.MONEY):
        c.kind = "money"
        c.unit = _currency(m.group(0).replace("US$", "$").replace("CA$", "$").replace("C$", "$"))
        c.has_unit = True
        c.start -= len(m.group(0))
        before = text[max(0, c.start - 60) : c.start]
    m = re.search(r"(?<![\w\d])([+\-−–])(\s?)$", before)
    if m and m.group(2) and m.group(1) != "−":
        # "- 12 000" after a line break or a clause is a bullet or a dash; a spaced sign follows a word like "de"
        if not re.search(r"(?:\(|\b(?:de|à|soit|of|by|to|at|et|ou|and|or))\s*$", before[: m.start()], re.IGNORECASE):
            m = None
    if m and not re.search(r"\d\s?[-–]\s?$", before):
        c.sign = "-" if m.group(1) != "+" else "+"
        c.start -= len(m.group(0))
        before = text[max(0, c.start - 60) : c.start]
    if _APPROX_RE[lang].search(before):
        c.approximate = True


def _is_year(text: str, c: _Candidate, raw: str, lang: str) -> bool:
    if c.has_unit or c.scale != 1 or not re.fullmatch(r"\d{4}", raw):
        return False
    value = int(raw)
    if not 1800 <= value <= 2100:
        return False
    before = text[max(0, c.start - 40) : c.start]
    if _YEAR_PREP[lang].search(before):
        return True
    # a year is rarely followed by what it counts: "1500 personnes" is a count, "2022 a été" a year
    return not _words_after(text, c.end, lang)


def _identifier(text: str, start: int, end: int, raw: str, lang: str, has_unit: bool) -> bool:
    before = text[max(0, start - 40) : start]
    after = text[end : end + 20]
    if has_unit:
        return False  # "un volume 12 % plus élevé": a unit makes it an amount
    # the verb "building" before a count of what is built ("is building 250 homes"), not "Building 7"
    built = lang == "en" and re.search(r"\bbuilding\s+$", before) and re.match(r"\s+(?:new\s+)?[a-z]+s\b", after)
    if _ID_BEFORE_RE[lang].search(before) and not built:
        return True
    joined = re.search(r"\d+[-–]$", before)  # "n° 2021-1234": the second half of an identifier
    if joined and _ID_BEFORE_RE[lang].search(before[: joined.start()]):
        return True
    # a capitalised name just before a bare number: "Ligue 1", "CAC 40", "Renault 5", "Mirage 2000"
    m = re.search(r"([A-ZÀ-Ý][\w&]*)\s$", before)
    if m and m.group(1).lower() not in _NOT_ID_CAPITALS and m.group(1).lower() not in _MONTHS_FR | _MONTHS_EN:
        if not re.search(r"[\s\u00a0\u202f.,]", raw):
            sentence_start = re.search(r"(?:^|[.!?»:]\s+|\n)$", before[: m.start()])
            # at a sentence start, "Seuls 300 manifestants" counts; "France 2 a diffusé" names
            if not sentence_start or not _words_after(text, end, lang):
                return True
    # a street number: "au 12 rue de Rivoli", "at 5 Avenue Foch"; the English "street" and "road" only capitalised, a
    # lowercase one after a number being a noun's modifier ("382 road deaths", "45 street protests")
    if re.match(r"\s*(?:bis\s+|ter\s+)?(?:rue|avenue|boulevard|bd|place|allée|impasse|quai|chemin|(?-i:Street|Road))\b", after, re.I):
        return True
    # a short number named by the definite article: "le 3919", "appelez le 17"
    if re.search(r"(?:^|\s)(?:le|au|du)\s$", before, re.IGNORECASE):
        if re.fullmatch(r"\d{2,5}", raw) and not 1800 <= int(raw) <= 2100:
            return True
    # postcode before a capitalised town
    if lang == "fr" and re.fullmatch(r"\d{5}", raw) and re.match(r"\s[A-ZÀ-Ý]", after):
        return True
    return False
