"""Figure extraction for French and English news text.

:func:`extract_figures` finds counts, money, percentages, measures, durations,
years, dates and ordinals, written in digits in the conventions of each
language ("40 589", "3.418.600", "3,5" in French; "40,589", "3.5" in English)
or spelled out ("douze mille", "forty thousand"), with scale words ("1,2
milliard", "1.2 billion"), signs, currencies and units, ranges and
approximations. Each figure carries its value in base units, its kind, a label
saying what it counts, and whether it belongs in a key-figure summary.

Numbers that are part of names and identifiers are not figures: Covid-19, G7,
2019-nCoV, article 49.3, phone numbers such as the 3919 helpline, times (8h35),
"24 heures sur 24".
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, replace

logger = logging.getLogger(__name__)

__all__ = ["Figure", "FIGURE_KINDS", "KEY_KINDS", "extract_figures", "format_value"]

FIGURE_KINDS = ("count", "percent", "money", "year", "date", "time", "ordinal", "measure", "duration", "other")
#: Kinds that can be key figures; years, dates and ordinals are context.
KEY_KINDS = frozenset({"count", "percent", "money", "measure"})

Value = int | float | str


@dataclass(frozen=True)
class Figure:
    """One figure found in a text.

    Attributes:
        value: The number in base units ("38,5 milliards" -> 38500000000; "12 %" -> 12;
            a year -> 2022); an ISO string for dates ("2019-01-01", "2020-03", "--03-12"), a
            decade ("1960s"), a clock time ("T21:30"; "t08:35" when the half of the day is not said).
        text: The figure's surface form in the text.
        kind: One of ``FIGURE_KINDS``.
        label: What the figure counts or measures, in the text's language.
        approximate: Introduced by "près de", "plus de", "environ", "about"...
        start: Offset of the first character in the text.
        end: Offset just past the last character.
        key: Whether the figure belongs in a key-figure summary.
        unit: Currency code (EUR, USD...), "%", "pp" or a measure's unit.
        spelled: Written in words ("douze mille").
        lang: The language of the text it was found in.
    """

    value: Value
    text: str
    kind: str
    label: str
    approximate: bool
    start: int
    end: int
    key: bool
    unit: str = ""
    spelled: bool = False
    lang: str = "fr"

    def shifted(self, offset: int) -> Figure:
        """The same figure with its offsets moved by ``offset`` (sentence -> document)."""
        return replace(self, start=self.start + offset, end=self.end + offset)


# --------------------------------------------------------------------------- language data

_SP = r"[ \u00a0\u202f\u2009\u2007]"  # spaces that group thousands
_MONTHS_FR = {
    "janvier": 1, "février": 2, "fevrier": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6, "juillet": 7,
    "août": 8, "aout": 8, "septembre": 9, "octobre": 10, "novembre": 11, "décembre": 12, "decembre": 12,
}  # fmt: skip
_MONTHS_EN = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4, "may": 5,
    "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9, "sep": 9, "sept": 9,
    "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}  # fmt: skip

_SCALES = {
    "fr": {"mille": 1e3, "million": 1e6, "millions": 1e6, "milliard": 1e9, "milliards": 1e9, "billion": 1e12,
           "billions": 1e12, "md": 1e9, "mds": 1e9, "mrd": 1e9, "mrds": 1e9, "mln": 1e6, "m": 1e6, "k": 1e3},
    "en": {"thousand": 1e3, "million": 1e6, "millions": 1e6, "billion": 1e9, "billions": 1e9,
           "trillion": 1e12, "trillions": 1e12, "bn": 1e9, "m": 1e6, "mn": 1e6, "k": 1e3, "tn": 1e12},
}  # fmt: skip

_CURRENCIES = [
    (r"(?:euro\s+|dollar\s+)?cents?|centimes?(?:\s+d['’]euros?)?|¢", "cent"),  # "46 cents" is money, not 100
    (r"euros?|€|eur\b", "EUR"),
    (r"dollars?\s+américains|dollars?\s+us|us\s?dollars?|dollars?|\$|usd\b|us\$", "USD"),
    (r"dirhams?|dh\b|mad\b", "MAD"),
    (r"francs?\s+cfa|cfa\s+francs?|f\s?cfa|fcfa|xof\b|xaf\b", "XOF"),
    (r"francs?\s+suisses|swiss\s+francs?|chf\b", "CHF"),
    (r"livres?\s+sterling|livres?|pounds?(?:\s+sterling)?|£|gbp\b", "GBP"),
    (r"yuans?|renminbi|cny\b", "CNY"),
    (r"yens?|jpy\b|¥", "JPY"),
    (r"roubles?|rubles?", "RUB"),
    (r"dinars?", "DZD"),
    (r"roupies?|rupees?", "INR"),
    (r"nairas?", "NGN"),
    (r"francs?", "FRF"),
]
_CURRENCY_RE = "|".join(f"(?:{p})" for p, _ in _CURRENCIES)
_CURRENCY_CODES = [(re.compile(p, re.IGNORECASE), code) for p, code in _CURRENCIES]

_UNITS = {
    "fr": r"km²|km2|km/h|km|kilomètres?|mètres?|m²|m2|m3|m³|cm|mm|(?-i:m)|hectares?|ha|kilos?|kilogrammes?|kg|tonnes?|"
    r"t\b|litres?|l\b|°c|°|degrés?|mégawatts?|mw|gw|kw|kwh|mwh|gwh|twh|barils?|mt|mégatonnes?|gigatonnes?|"
    r"go|to|mo|mètres\s+cubes|pieds|miles?|nœuds?|kilotonnes?",
    "en": r"km²|km2|km/h|mph|km|kilometres?|kilometers?|metres?|meters?|square\s+(?:kilometres?|kilometers?|miles?)|"
    r"sq\s?km|cm|mm|hectares?|acres?|ha|kilos?|kilograms?|kilogrammes?|kg|tonnes?|tons?|litres?|liters?|°c|°f|°|"
    r"degrees?|megawatts?|mw|gw|kw|kwh|mwh|gwh|twh|barrels?|cubic\s+metres?|cubic\s+meters?|feet|foot|miles?|knots?|"
    r"gb|tb|mb|kilotons?|megatons?|(?-i:m)",
}
_DURATIONS = {
    "fr": r"ans|an|années?|mois|jours?|semaines?|heures?|minutes?|secondes?|siècles?|décennies?|trimestres?",
    "en": r"years?|months?|days?|weeks?|hours?|minutes?|seconds?|centuries|century|decades?|quarters?",
}
_PERCENT = {
    "fr": r"%|pour[\s-]?cent|pourcent|p\.\s?100",
    "en": r"%|per\s?cent|percent|pc\b",
}
_POINTS = {"fr": r"points?\s+de\s+pourcentage|points?\s+de\s+base", "en": r"percentage\s+points?|basis\s+points?"}

_APPROX = {
    "fr": r"(?:près\s+d[e']|plus\s+d[e']|moins\s+d[e']|environ|quelque|presque|au\s+moins|quasiment|"
    r"autour\s+d[e']|jusqu['’]à|à\s+peu\s+près|approximativement|pas\s+moins\s+d[e']|au\s+bas\s+mot|"
    r"un\s+peu\s+plus\s+d[e']|un\s+peu\s+moins\s+d[e']|pratiquement|grosso\s+modo|plus\s+ou\s+moins|"
    r"avoisinant|de\s+l['’]ordre\s+d[e']|aux\s+alentours\s+d[e']|près\s+de|au-delà\s+d[e'])",
    "en": r"(?:nearly|more\s+than|less\s+than|fewer\s+than|about|around|some|almost|over|at\s+least|up\s+to|"
    r"roughly|approximately|close\s+to|just\s+over|just\s+under|under|upwards\s+of|an\s+estimated|"
    r"in\s+the\s+region\s+of|around)",
}
_APPROX_RE = {k: re.compile(rf"(?:^|[\s(]){v}\s*$", re.IGNORECASE) for k, v in _APPROX.items()}
_APPROX_NOUNS = {
    "dizaine": 10, "douzaine": 12, "quinzaine": 15, "vingtaine": 20, "trentaine": 30, "quarantaine": 40,
    "cinquantaine": 50, "soixantaine": 60, "centaine": 100, "millier": 1000,
}  # fmt: skip

_NUMBER_WORDS = {
    "fr": "zéro un une deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze quinze seize "
    "dix-sept dix-huit dix-neuf vingt vingts trente quarante cinquante soixante soixante-dix quatre-vingt "
    "quatre-vingts quatre-vingt-dix cent cents mille million millions milliard milliards".split(),
    "en": "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
    "seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred thousand "
    "million millions billion billions".split(),
}
_ORDINAL_WORDS = {
    "fr": {"premier": 1, "première": 1, "deuxième": 2, "second": 2, "seconde": 2, "troisième": 3, "quatrième": 4,
           "cinquième": 5, "sixième": 6, "septième": 7, "huitième": 8, "neuvième": 9, "dixième": 10,
           "onzième": 11, "douzième": 12, "vingtième": 20, "trentième": 30, "centième": 100},
    "en": {"first": 1, "second": 2, "third": 3, "twenty-first": 21, "twenty-second": 22, "twenty-third": 23,
           "thirty-first": 31, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9,
           "tenth": 10, "eleventh": 11, "twelfth": 12, "twentieth": 20, "thirtieth": 30, "hundredth": 100},
}  # fmt: skip

# Words after which a number names something rather than counting it.
_ID_BEFORE = {
    "fr": r"(?:article|articles|art\.|alinéa|n°|no\.|numéro|numéros|chapitre|page|pages|p\.|loi|décret|ligne|"
    r"route|autoroute|vol|salle|porte|cac|ligue|top|stoxx|ftse|nasdaq|boeing|airbus|mirage|windows|iphone|"
    r"version|covid|cop|tf|canal|rtl|bfm|niveau|rang|tome|volume|catégorie|classe|zone|secteur|lot|"
    r"dossier|affaire|bus|tram|métro|paragraphe|section|annexe|amendement|résolution|gen|génération|phase|"
    r"point|indice)",
    "en": r"(?:article|articles|art\.|no\.|number|chapter|page|pages|p\.|law|decree|line|route|highway|flight|"
    r"room|gate|cac|league|top|stoxx|ftse|nasdaq|boeing|airbus|mirage|windows|iphone|version|covid|cop|level|"
    r"rank|volume|category|class|zone|sector|lot|case|bus|paragraph|section|annex|amendment|resolution|phase|"
    r"generation|index)",
}
_NOT_ID_CAPITALS = frozenset(
    "le la les un une des en au aux selon depuis dès entre de du sur pour par avec sans vers plus près "
    "moins environ quelque contre fin début mi the a an in on at by for from to since about around over some "
    "nearly almost and et ou or of between among after before during until with without under below above "
    "roughly only just exactly approximately more less fewer than least up while both all parmi après avant "
    "pendant jusqu avec sans sous dans seulement seuls seules presque quasiment tous toutes ces ses leurs nos "
    "vos soit dont".split()
)
# Stop words that end a label.
_LABEL_STOP = {
    "fr": frozenset(
        "a ont est sont été était étaient sera seront serait avait avaient fait font qui que qu dont où selon "
        "contre soit en par pour dans sur sous à au aux et ou mais ni car donc entre depuis avec sans vers chez "
        "lors pendant après avant il elle ils elles on se s ce cette ces ne n y l le la les un une est-ce "
        "comme contre environ près plus moins an ans cette leur leurs son sa ses notre nos votre vos mon ma mes "
        "ont-ils a-t-il atteint atteignent représente représentent devrait doit doivent pourrait peut peuvent "
        "va vont passe passent passé reste restent compte comptent dépasse dépassent s'élève s'élèvent hausse "
        "baisse coûte coûtent coûtera coûteront coûterait dépasse dépassera affiche affichent enregistre "
        "totalise totalisent cumule cumulent grimpe grimpent dégage dégagent génère génèrent pèse pèsent vaut "
        "valent atteindra atteindront".split()
    ),
    "en": frozenset(
        "is are was were be been being has have had will would should could can may might must do does did "
        "which that who whom whose where when while according against in on at by for with from into over "
        "under between since after before during and or but nor so than as it its they their he she his her "
        "the a an this these those there here per compared reached reaches stood stands rose fell increased "
        "decreased grew dropped climbed totalled totaled amounted represents represent said says up down "
        "rise fall increase decrease gain loss jump drop".split()
    ),
}
_DETERMINERS = {
    "fr": r"(?:le|la|les|l['’]|un|une|des|du|ce|cet|cette|ces|son|sa|ses|leur|leurs|notre|nos|au|aux)",
    "en": r"(?:the|a|an|its|their|his|her|this|these|that|those|our)",
}
_CONNECTORS = {"fr": frozenset("de d des du d'".split()), "en": frozenset("of".split())}


def _lang(lang: str) -> str:
    if lang not in ("fr", "en"):
        raise ValueError(f"Unsupported language '{lang}': use 'fr' or 'en'")
    return lang


# --------------------------------------------------------------------------- patterns

_DIGITS = {
    "fr": re.compile(
        rf"(?:(?<![\w.,/-])|(?<=[\s(\[][-−–]))(?:\d{{1,3}}(?:{_SP}\d{{3}})+(?:,\d+)?|\d{{1,3}}(?:\.\d{{3}})+(?:,\d+)?|\d+,\d+|\d+\.\d+|\d+)"
        rf"(?![\d])"
    ),
    "en": re.compile(
        rf"(?:(?<![\w.,/-])|(?<=[\s(\[][-−–])|(?<=DH)|(?<=MAD)|(?<=USD)|(?<=EUR)|(?<=GBP)|(?<=Rs)|(?<=US\$))(?:\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?(?![,\d])|\d+(?:,\d+){{2,}}|\d{{1,3}}(?:{_SP}\d{{3}})+(?:\.\d+)?|\d+\.\d+|\d+,\d+|\d+)"
        rf"(?![\d])"
    ),
}
_GLUED_NAME = re.compile(r"[A-Za-zÀ-ÿ]+[-+]?\d+(?:[.,]\d+)*[A-Za-z]*|\d+-[A-Za-z][\w-]*")  # Covid-19, G7, A320
_EXCLUDE = [
    re.compile(r"\(\d{1,2}\)"),  # footnote and list markers: "(1)"
    re.compile(r"(?:https?://|www\.)\S+|[\w.+-]+@[\w-]+\.[\w.]+|(?<!\w)[@#]\w+"),  # links, e-mails, handles, hashtags
    re.compile(r"(?<![\d/])\d{1,2}/\d{1,2}(?![\d/])"),  # fractions and scores written 3/4
    re.compile(r"\b\d{1,2}\s?h\s?\d{2}\b|\b\d{1,2}\s?h\b(?!\w)|\b\d{1,2}:\d{2}\b", re.IGNORECASE),  # times
    re.compile(r"\b\d{1,2}\s?(?:heures|h|jours|j)\s?(?:sur|/)\s?\d{1,2}\b", re.IGNORECASE),  # 24 heures sur 24
    re.compile(r"\b\d{1,2}\s?(?:hours?|days?)\s+a\s+(?:day|week)\b|\b24/7\b", re.IGNORECASE),
    re.compile(r"(?<!\d)0\d(?:[ .\u00a0]?\d{2}){4}(?!\d)"),  # phone numbers
    re.compile(r"\+\d{2,3}(?:[ .\u00a0]?\d{1,4}){3,5}"),
    _GLUED_NAME,
    re.compile(r"\b(?:à|a|at)\s+(?:\d{1,2})\s+(?:heures|hours|o'clock)\b", re.IGNORECASE),
    re.compile(r"\b\d{1,2}\s?[-–]\s?\d{1,2}\b(?!\s*(?:%|ans|years|millions?|milliards?|billion|€|euros?|\$))"),
]
_ORDINAL_SUFFIX = {
    "fr": re.compile(r"(?:er|re|ère|e|ème|eme|nd|nde|d|de)(?![\w])"),
    "en": re.compile(r"(?:st|nd|rd|th)(?![\w])"),
}
_GLUED_OK = re.compile(r"(?:%|€|\$|£|k€|m€|md€|mds€|mrd€|bn|m|k|km²?|kg|mw|gw|kwh|t)(?![\w])", re.IGNORECASE)
_ID_BEFORE_RE = {k: re.compile(rf"(?:^|\W){v}\s*$", re.IGNORECASE) for k, v in _ID_BEFORE.items()}
_WORD = re.compile(r"[\w'’\-]+", re.UNICODE)
_YEAR_PREP = {
    "fr": re.compile(
        r"(?:\ben|\bde|\bd['’]|\bdepuis|\bdès|\bvers|\bavant|\baprès|\bjusqu['’]en|\bjusqu['’]à|\bfin|\bdébut|\bmi-|"
        r"\bl['’]an|\bannée|\bannées|\bentre|\bet|\bà|\bau|\bcourant|\bhiver|\bété|\bautomne|\bprintemps|\bpour|\bdu)\s*$",
        re.IGNORECASE,
    ),
    "en": re.compile(
        r"(?:\bin|\bof|\bsince|\bby|\bbefore|\bafter|\buntil|\bend|\bearly|\blate|\bmid-|\byear|\bbetween|\band|"
        r"\bfrom|\bto|\bfor|\bthrough|\bthe|\bwinter|\bsummer|\bautumn|\bspring)\s*$",
        re.IGNORECASE,
    ),
}


#: "à 21 heures" is a time; "au bout de 10 heures", "plus de 23 heures", "après 10 heures de débat" are durations
_TIME_AFTER = r"(?:à\s+partir\s+de|jusqu['’]à|à|vers|dès)\s+"
#: Clock times, compared (not excluded): value "T15:00"; an English "8:35" without am/pm is "t08:35" (either half).
_TIMES = {
    "fr": [
        re.compile(r"(?<![\w.,:])(?P<h>\d{1,2})\s?h\s?(?P<m>\d{2})(?![\d\w])", re.IGNORECASE),
        re.compile(rf"{_TIME_AFTER}(?P<h>\d{{1,2}})\s?(?:h|heures?)(?:\s?(?P<m>\d{{2}}))?(?![\w\d])", re.IGNORECASE),
    ],
    "en": [
        re.compile(r"(?<![\w.,:])(?P<h>\d{1,2})(?:[:.](?P<m>\d{2}))?\s?(?P<ap>a\.m\.?|p\.m\.?|am|pm)(?![\w])", re.IGNORECASE),
        re.compile(r"(?<![\w.,:])(?P<h>\d{1,2}):(?P<m>\d{2})(?![\d:])"),
        re.compile(r"(?<![\w.,:])(?P<h>\d{1,2})\s+o['’]clock(?![\w])", re.IGNORECASE),
    ],
}


def _time_value(match: re.Match[str]) -> str | None:
    """``T15:00`` (or ``t08:35`` when the half of the day is not said), ``None`` for an impossible time."""
    groups = match.groupdict()
    hour, minute = int(groups["h"]), int(groups.get("m") or 0)
    marker = (groups.get("ap") or "").lower().replace(".", "")
    if marker:
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if marker == "pm" else 0)
    if not (0 <= hour <= 24 and 0 <= minute <= 59):
        return None
    ambiguous = not marker and ":" in match.group(0) and hour <= 12  # English "8:35": morning or evening
    return f"{'t' if ambiguous else 'T'}{hour % 12 if ambiguous else hour:02d}:{minute:02d}"


def _spelled_pattern(lang: str) -> re.Pattern[str]:
    words = sorted(_NUMBER_WORDS[lang], key=len, reverse=True)
    word = "(?:" + "|".join(re.escape(w) for w in words) + ")"
    joiner = r"(?:[\s-]+(?:et|and)[\s-]+|[\s-]+)" if lang == "fr" else r"(?:[\s-]+and[\s-]+|[\s-]+)"
    return re.compile(rf"(?<![\w-]){word}(?:{joiner}{word})*(?![\w-])", re.IGNORECASE)


_SPELLED = {lang: _spelled_pattern(lang) for lang in ("fr", "en")}


def _may_hold_figure(lang: str) -> re.Pattern[str]:
    """A digit, or any word a figure can be made of (a superset: the full reading decides).

    A lone "un", "une" or "one" is never a figure, so it does not count; every other
    number, ordinal and approximation word does.
    """
    words = {w for w in _NUMBER_WORDS[lang] if w not in ("un", "une", "one")}
    words |= set(_ORDINAL_WORDS[lang])
    words |= set(_APPROX_NOUNS) if lang == "fr" else {"dozen"}
    alternatives = "|".join(sorted((re.escape(w) for w in words), key=len, reverse=True))
    return re.compile(rf"\d|{alternatives}", re.IGNORECASE)


_MAY_HOLD_FIGURE = {lang: _may_hold_figure(lang) for lang in ("fr", "en")}
_UNITS_ORD = "first second third fourth fifth sixth seventh eighth ninth".split()
#: English ordinal words for the days of a month: "the twenty-first of December".
_DAY_WORDS = {
    **{w: i + 1 for i, w in enumerate(_UNITS_ORD)},
    **{w: i + 10 for i, w in enumerate("tenth eleventh twelfth thirteenth fourteenth fifteenth sixteenth seventeenth "
                                        "eighteenth nineteenth twentieth".split())},
    **{f"twenty-{w}": 21 + i for i, w in enumerate(_UNITS_ORD)},
    "thirtieth": 30,
    "thirty-first": 31,
}  # fmt: skip
_DAY_WORDS_RE = "|".join(sorted(_DAY_WORDS, key=len, reverse=True))
_DATE = {
    "fr": re.compile(
        r"(?<![\w])(?:(?P<day>\d{1,2})(?:er|ᵉʳ)?\s+)?(?P<month>janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|"
        r"septembre|octobre|novembre|décembre|decembre)(?:\s+(?P<year>\d{4}))?(?![\w])",
        re.IGNORECASE,
    ),
    "en": re.compile(
        rf"(?<![\w])(?:(?:(?P<day1>\d{{1,2}})(?:st|nd|rd|th)?|(?P<dayw1>{_DAY_WORDS_RE}))\s+(?:of\s+)?)?(?P<month>january|february|march|april|may|june|july|"
        r"august|september|october|november|december|jan\.?|feb\.?|mar\.?|apr\.?|jun\.?|jul\.?|aug\.?|sept?\.?|"
        r"oct\.?|nov\.?|dec\.?)(?:\s+(?:(?P<day2>\d{1,2})(?:st|nd|rd|th)?(?![\d])|(?P<dayw2>" + _DAY_WORDS_RE + r")))?"
        r"(?:,?\s+(?P<year>\d{4}))?(?![\w])",
        re.IGNORECASE,
    ),
}
_NUMERIC_DATE = re.compile(r"(?<![\d/.])(\d{1,2})([/.])(\d{1,2})\2(\d{4})(?![\d/]|\.\d)")
#: A decade: "années 60", "les années 1990"; "the 60s", "1990s", "80's", "mid-1990s".
_DECADE = {
    "fr": re.compile(r"(?<![\w])années\s+((?:19|20)?\d0)(?![\d\w])", re.IGNORECASE),
    "en": re.compile(r"(?<![\w.,])((?:19|20)?\d0)[’']?s(?![\w])"),
}


# --------------------------------------------------------------------------- number parsing


def _to_number(raw: str, lang: str) -> float:
    """The value of a digit string written in ``lang``'s conventions."""
    s = re.sub(_SP, "", raw)
    if lang == "fr":
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
            return None
    return int(value)


def _currency(text: str) -> str:
    for pattern, code in _CURRENCY_CODES:
        if pattern.fullmatch(text.strip()):
            return code
    return ""


# --------------------------------------------------------------------------- labels


_TOKEN_RE = re.compile(r"[\w'’\-]+|[^\w\s]", re.UNICODE)
_ELISIONS = frozenset("d l qu n s c j jusqu lorsqu puisqu".split())


def _words_after(text: str, pos: int, lang: str, limit: int = 4) -> str:
    """The noun phrase starting at ``pos`` ("tentatives d'immigration illégale")."""
    stop = _LABEL_STOP[lang]
    connectors = _CONNECTORS[lang]
    taken: list[str] = []
    content = 0
    for match in _TOKEN_RE.finditer(text, pos, min(len(text), pos + 160)):
        token = match.group(0)
        if not (token[0].isalnum() or token[0] == "_"):
            break  # punctuation ends the phrase
        lower = token.lower()
        parts = re.split(r"['’]", lower, maxsplit=1)
        head, rest = (parts[0], parts[1]) if len(parts) == 2 else (lower, "")
        if len(parts) == 2 and head in _ELISIONS:
            if head not in ("d", "l"):
                break  # "qu'il", "n'a", "s'élève": a clause starts
            if not taken:
                token, lower = token[len(head) + 1 :], rest
            else:
                taken.append(token)
                content += 1
                if content >= limit:
                    break
                continue
        if lower in connectors:
            if taken:
                taken.append(token)
            continue
        if lower in stop or any(ch.isdigit() for ch in lower) or not lower:
            break
        if lang == "en" and taken and lower.endswith("ed") and len(lower) > 4:
            break  # a past-tense verb: "the company invested"
        if lang == "fr" and taken and re.search(r"(?:ait|aient|era|erait|eraient|eront|èrent)$", lower):
            break  # an imperfect, future or conditional verb: "la France comptait"
        taken.append(token)
        content += 1
        if content >= limit:
            break
    while taken and taken[-1].lower() in connectors:
        taken.pop()
    return " ".join(taken)


def _subject_before(text: str, pos: int, lang: str) -> str:
    """The noun phrase of the clause before ``pos`` that the figure is about ("le taux de chômage")."""
    head = text[max(0, pos - 200) : pos]
    clause = re.split(r"[.;:!?()«»\"“”]|,\s", head)[-1]
    for match in reversed(list(re.finditer(rf"(?:^|\s){_DETERMINERS[lang]}(?:(?<=['’])|\b)\s*(?=\w)", clause, re.I))):
        phrase = _words_after(clause, match.end(), lang, limit=3)
        if phrase:
            return phrase
    if lang != "en":
        return ""
    start = len(clause) - len(clause.lstrip())
    return _words_after(clause, start, lang, limit=3)


# --------------------------------------------------------------------------- extraction


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


def _overlaps(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    return any(s < end and start < e for s, e in spans)


def _excluded_spans(text: str, lang: str) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    for pattern in _EXCLUDE:
        for m in pattern.finditer(text):
            chunk = m.group(0)
            # "A320" is an identifier, but "€4" or "m2" units are not: keep glued units and ordinals.
            if pattern is _GLUED_NAME and (
                re.fullmatch(r"\d+(?:[.,]\d+)*(?:er|re|ère|e|ème|nd|st|rd|th|km|kg|m|k|bn|mn|t|h)", chunk, re.I)
                or re.match(r"(?:US|C|A|HK)?\$|DH|MAD|USD|EUR|GBP|CHF|Rs", chunk)
                or re.fullmatch(r"(?:mi|fin|début|mid)-\d{4}", chunk, re.I)
                or re.fullmatch(r"\d+-(?:years?|months?|weeks?|days?|hours?|minutes?|km|kilometres?|kilometers?|"
                                r"miles?|metres?|meters?|tonnes?|tons?)(?:-old|-long)?", chunk, re.I)
            ):
                continue
            spans.append((m.start(), m.end()))
    return spans


def _right_context(text: str, c: _Candidate, lang: str) -> None:
    """Read scale words, percent signs, currencies, units after a number."""
    rest = text[c.end : c.end + 80]
    scales = _SCALES[lang]
    m = re.match(
        rf"{_SP}?(?P<scale>{'|'.join(sorted(map(re.escape, scales), key=len, reverse=True))})(?![\w])",
        rest,
        re.IGNORECASE,
    )
    word = m.group("scale").lower() if m else ""
    if word in ("m", "k"):
        # "300 M€", "£3m", "$5m" are amounts; "3 m" alone is metres
        money_after = re.match(rf"{_SP}?[mk]{_SP}?(?:€|\$|£|euros?|dollars?|pounds?)", rest, re.I)
        glued_after_money = lang == "en" and not re.match(_SP, rest) and c.kind == "money"
        prefixed = lang == "en" and not re.match(_SP, rest) and re.search(r"[$€£]\s?$", text[max(0, c.start - 3) : c.start])
        use_scale = bool(money_after or glued_after_money or prefixed)
    else:
        use_scale = bool(m)
    if m and use_scale:
        c.scale = scales[word]
        c.end += m.end()
        rest = text[c.end : c.end + 80]
    patterns = [
        ("percent", rf"{_SP}?(?:{_POINTS[lang]})", "pp"),
        ("percent", rf"{_SP}?(?:{_PERCENT[lang]})", "%"),
        ("money", rf"{_SP}?(?:de{_SP}|d['’]|of{_SP})?(?:{_CURRENCY_RE})(?![\w])", None),
        ("duration", rf"(?:{_SP}|-)?(?:{_DURATIONS[lang]})(?![\w])", None),
        ("measure", rf"(?:{_SP}|-)?(?:de{_SP}|d['’])?(?:{_UNITS[lang]})(?![\w])", None),
    ]
    for kind, pattern, unit in patterns:
        m = re.match(pattern, rest, re.IGNORECASE)
        if not m:
            continue
        word = re.sub(r"^(?:de\s|d['’]|of\s)", "", m.group(0).strip(), flags=re.I)
        if kind == "money":
            c.unit = _currency(word)
        elif kind == "measure":
            c.unit = word.lower()
        elif kind == "duration":
            c.unit = word.lower()
        else:
            c.unit = unit or ""
        c.kind = kind
        c.has_unit = True
        c.end += m.end()
        return


def _left_context(text: str, c: _Candidate, lang: str) -> None:
    """Read signs, currency prefixes and approximations before a number."""
    before = text[max(0, c.start - 60) : c.start]
    m = re.search(r"(?:US\$|C\$|A\$|HK\$|\$|€|£|¥|USD|EUR|GBP|MAD|DH|CHF)\s?$", before)
    if m and c.kind in ("count", "money"):
        c.kind = "money"
        c.unit = _currency(m.group(0).replace("US$", "$").replace("C$", "$"))
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
    if _ID_BEFORE_RE[lang].search(before):
        return True
    # a capitalised name just before a bare number: "Ligue 1", "CAC 40", "Renault 5", "Mirage 2000"
    m = re.search(r"([A-ZÀ-Ý][\w&]*)\s$", before)
    if m and m.group(1).lower() not in _NOT_ID_CAPITALS and m.group(1).lower() not in _MONTHS_FR | _MONTHS_EN:
        if not re.search(r"[\s\u00a0\u202f.,]", raw):
            sentence_start = re.search(r"(?:^|[.!?»:]\s+|\n)$", before[: m.start()])
            # at a sentence start, "Seuls 300 manifestants" counts; "France 2 a diffusé" names
            if not sentence_start or not _words_after(text, end, lang):
                return True
    # a street number: "au 12 rue de Rivoli"
    if re.match(r"\s*(?:bis\s+|ter\s+)?(?:rue|avenue|boulevard|bd|place|allée|impasse|quai|chemin|street|avenue|road)\b", after, re.I):
        return True
    # a short number named by the definite article: "le 3919", "appelez le 17"
    if re.search(r"(?:^|\s)(?:le|au|du)\s$", before, re.IGNORECASE):
        if re.fullmatch(r"\d{2,5}", raw) and not 1800 <= int(raw) <= 2100:
            return True
    # postcode before a capitalised town
    if re.fullmatch(r"\d{5}", raw) and re.match(r"\s[A-ZÀ-Ý]", after):
        return True
    return False


def _make_candidates(text: str, lang: str) -> list[tuple[_Candidate, str]]:
    excluded = _excluded_spans(text, lang)
    found: list[tuple[_Candidate, str]] = []
    taken: list[tuple[int, int]] = []
    # dates first: they own their digits
    for m in _DATE[lang].finditer(text):
        groups = m.groupdict()
        day = groups.get("day") or groups.get("day1") or groups.get("day2")
        word = groups.get("dayw1") or groups.get("dayw2")
        if word and not day:
            day = str(_DAY_WORDS[word.lower()])
        year = groups.get("year")
        if not day and not year:
            continue
        month_key = m.group("month").lower().rstrip(".")
        month = (_MONTHS_FR if lang == "fr" else _MONTHS_EN).get(month_key)
        if month is None:
            continue
        if day and not 1 <= int(day) <= 31:
            continue
        if lang == "en" and month_key == "may" and not (day and year):
            continue  # the modal verb
        if lang == "en" and month_key in ("mar", "dec", "jan") and not year:
            continue
        if year and day:
            value = f"{int(year):04d}-{month:02d}-{int(day):02d}"
        elif year:
            value = f"{int(year):04d}-{month:02d}"
        else:
            value = f"--{month:02d}-{int(day or 0):02d}"
        c = _Candidate(m.start(), m.end(), 0.0, kind="date", value_str=value)
        found.append((c, m.group(0)))
        taken.append((m.start(), m.end()))
    decades: list[tuple[int, int, str]] = []  # (start, end, digits): the span covers "60s" / "années 60" digits
    for m in _DECADE[lang].finditer(text):
        decades.append((m.start(1), m.end(), m.group(1)))
        if lang == "fr":  # "les années 1990 et 2000": the second is a decade too
            more = re.match(r"\s+(?:et|ou|à)\s+((?:19|20)?\d0)(?![\d\w])", text[m.end() :])
            if more:
                decades.append((m.end() + more.start(1), m.end() + more.end(1), more.group(1)))
    for start, end, digits in decades:
        if _overlaps(taken, start, end):
            continue
        decade = int(digits) + (1900 if len(digits) == 2 else 0)
        found.append((_Candidate(start, end, 0.0, kind="date", value_str=f"{decade}s"), digits))
        taken.append((start, end))
    for pattern in _TIMES[lang]:
        for m in pattern.finditer(text):
            start = m.start("h")
            clock = _time_value(m)
            if clock is None or _overlaps(taken, start, m.end()):
                continue
            found.append((_Candidate(start, m.end(), 0.0, kind="time", value_str=clock), m.group(0)))
            taken.append((start, m.end()))
    for m in _NUMERIC_DATE.finditer(text):
        day, month, year = (int(m.group(1)), int(m.group(3)), int(m.group(4)))
        if 1 <= day <= 31 and 1 <= month <= 12 and not _overlaps(taken, m.start(), m.end()):
            c = _Candidate(m.start(), m.end(), 0.0, kind="date", value_str=f"{year:04d}-{month:02d}-{day:02d}")
            found.append((c, m.group(0)))
            taken.append((m.start(), m.end()))
    for m in _DIGITS[lang].finditer(text):
        start, end, raw = m.start(), m.end(), m.group(0)
        if _overlaps(taken, start, end) or _overlaps(excluded, start, end):
            continue
        glued = text[end : end + 6]
        c = _Candidate(start, end, _to_number(raw, lang))
        om = _ORDINAL_SUFFIX[lang].match(glued)
        if om and not _GLUED_OK.match(glued):
            c.kind = "ordinal"
            c.end = end + om.end()
            c.has_unit = True
        elif re.match(r"[A-Za-zÀ-ÿ]", glued) and not _GLUED_OK.match(glued):
            continue  # "3D", "5G": part of a name
        elif re.match(r"\.\d", glued) or re.match(r",\d", glued) and lang == "en":
            continue  # article 49.3 and the like
        if lang == "fr" and re.fullmatch(r"\d+\.\d{1,2}", raw):
            c.kind = "other"  # "49.3", versions: a dot decimal is not French
        if re.search(r"(?:magnitude|richter|note|score|indice)\s+(?:de\s+|of\s+)?$", text[max(0, start - 20) : start], re.I):
            c.kind = "other"  # a magnitude or a score: a reading, not an amount
        if c.kind not in ("ordinal", "other"):
            _right_context(text, c, lang)
        _left_context(text, c, lang)
        if _identifier(text, start, end, raw, lang, c.has_unit or c.scale != 1):
            continue
        if c.kind == "count" and _is_year(text, c, raw, lang):
            c.kind = "year"
        found.append((c, raw))
        taken.append((c.start, c.end))
    for m in _SPELLED[lang].finditer(text):
        start, end, raw = m.start(), m.end(), m.group(0)
        if _overlaps(taken, start, end) or _overlaps(excluded, start, end):
            continue
        words = raw.lower().replace("-", " ").split()
        if words in (["un"], ["une"], ["one"], ["zéro"], ["zero"]):
            continue
        if lang == "fr" and words == ["neuf"] and not re.match(r"\s+[a-zà-ÿ]", text[end : end + 3]):
            continue  # "un bâtiment neuf"
        if words[0] in ("mille", "million", "millions", "milliard", "milliards", "thousand", "hundred", "cent", "cents"):
            if words[0] != "cent" and not re.match(r"\s", text[end : end + 1]):
                continue
        if words[0] in _SCALES[lang] and re.search(r"\d[\s\u00a0\u202f]*$", text[max(0, start - 3) : start]):
            continue  # the scale of a digit number already read
        number = _spelled_value(raw, lang)
        if number is None:
            continue
        c = _Candidate(start, end, float(number), spelled=True)
        _right_context(text, c, lang)
        _left_context(text, c, lang)
        found.append((c, raw))
        taken.append((c.start, c.end))
    if lang == "fr":
        for m in re.finditer(
            r"(?<![\w])(?:une?|quelques)\s+(dizaines?|douzaines?|quinzaines?|vingtaines?|trentaines?|quarantaines?|"
            r"cinquantaines?|soixantaines?|centaines?|milliers?)(?![\w])",
            text,
            re.IGNORECASE,
        ):
            if _overlaps(taken, m.start(), m.end()) or m.group(0).lower().startswith("quelques"):
                continue
            c = _Candidate(m.start(), m.end(), float(_APPROX_NOUNS[m.group(1).lower().rstrip("s")]), spelled=True)
            c.approximate = True
            found.append((c, m.group(0)))
            taken.append((c.start, c.end))
    else:
        for m in re.finditer(r"(?<![\w])(?:a|one)\s+dozen(?![\w])", text, re.IGNORECASE):  # "une douzaine" -> "a dozen"
            if not _overlaps(taken, m.start(), m.end()):
                c = _Candidate(m.start(), m.end(), 12.0, spelled=True)
                c.approximate = True
                found.append((c, m.group(0)))
                taken.append((c.start, c.end))
    found.sort(key=lambda pair: pair[0].start)
    return found


def _spread_ranges(text: str, cands: list[tuple[_Candidate, str]]) -> None:
    """'entre 15 et 20 %': the first number takes the unit and scale of the second."""
    for (first, _), (second, _) in zip(cands, cands[1:]):
        between = text[first.end : second.start]
        if not re.fullmatch(r"\s*(?:et|à|and|to|-|–|ou|or)\s*", between, re.IGNORECASE):
            continue
        if re.fullmatch(r"\s*(?:et|and|ou|or)\s*", between, re.IGNORECASE) and not re.search(
            r"\b(?:entre|between|de|from)\s+(?:[\w'’-]+\s+){0,2}$", text[max(0, first.start - 30) : first.start], re.IGNORECASE
        ):
            continue  # "over 65 and 20%": two figures side by side, not a range (ranges say "entre 15 et 20 %")
        if first.kind in ("date", "ordinal", "year") or first.has_unit or first.scale != 1:
            continue
        if not (second.has_unit or second.scale != 1) or second.kind in ("date", "ordinal", "year"):
            continue
        first.kind, first.unit, first.has_unit = second.kind, second.unit, True
        if second.scale != 1 and first.value < 1000:
            first.scale = second.scale
        first.approximate = first.approximate or second.approximate


def _label(text: str, c: _Candidate, lang: str) -> str:
    if c.kind in ("date", "year"):
        return ""
    after = _words_after(text, c.end, lang)
    if c.kind == "count" and after:
        return after
    if c.kind in ("percent", "money", "measure", "duration", "ordinal"):
        m = re.match(r"\s*(?:de|des|du|d['’]|of|in|on|for)\s*(?=\w)", text[c.end : c.end + 10], re.IGNORECASE)
        if c.kind == "ordinal":
            return after
        if m and c.kind == "percent":
            following = _words_after(text, c.end + m.end(), lang)
            if following:
                return following
        if c.kind == "duration" and m:
            following = _words_after(text, c.end + m.end(), lang)
            if following:
                return following
    return _subject_before(text, c.start, lang) or after


def _is_key(c: _Candidate) -> bool:
    if c.kind not in KEY_KINDS:
        return False
    if c.spelled and c.value * c.scale < 10:
        return False
    return True


def extract_figures(text: str, lang: str = "fr") -> list[Figure]:
    """Find the figures of a French or English text.

    Args:
        text: The text.
        lang: ``"fr"`` or ``"en"``.

    Returns:
        The figures in order of appearance.

    Raises:
        ValueError: Unsupported language.
    """
    lang = _lang(lang)
    if not text or not _MAY_HOLD_FIGURE[lang].search(text):
        return []  # no digit and no number word: nothing to read (most sentences of English output)
    cands = _make_candidates(text, lang)
    _spread_ranges(text, cands)
    figures: list[Figure] = []
    for c, _raw in cands:
        if c.value_str is not None:
            value: Value = c.value_str
        else:
            number = c.value * c.scale
            if c.kind == "ordinal" or c.kind == "year":
                number = c.value
            if c.sign == "-":
                number = -number
            value = _clean(number)
        label = _label(text, c, lang)
        figures.append(
            Figure(
                value=value,
                text=text[c.start : c.end],
                kind=c.kind,
                label=label,
                approximate=c.approximate,
                start=c.start,
                end=c.end,
                key=_is_key(c),
                unit=c.unit,
                spelled=c.spelled,
                lang=lang,
            )
        )
    for (word, number) in _ORDINAL_WORDS[lang].items():
        for m in re.finditer(rf"(?<![\w-]){word}(?![\w-])", text, re.IGNORECASE):
            if any(f.start < m.end() and m.start() < f.end for f in figures):
                continue
            figures.append(
                Figure(number, m.group(0), "ordinal", _words_after(text, m.end(), lang), False, m.start(),
                       m.end(), False, "", True, lang)  # fmt: skip
            )
    figures.sort(key=lambda f: f.start)
    return figures


# --------------------------------------------------------------------------- formatting

_CURRENCY_SIGNS = {"EUR": "€", "USD": "$", "GBP": "£", "JPY": "¥"}
_ENGLISH_UNITS = {
    "an": "years", "ans": "years", "année": "years", "années": "years", "mois": "months", "jour": "days",
    "jours": "days", "semaine": "weeks", "semaines": "weeks", "heure": "hours", "heures": "hours",
    "seconde": "seconds", "secondes": "seconds", "siècle": "centuries", "siècles": "centuries",
    "décennie": "decades", "décennies": "decades", "trimestre": "quarters", "trimestres": "quarters",
    "kilomètre": "km", "kilomètres": "km", "mètre": "metres", "mètres": "metres", "tonne": "tonnes",
    "tonnes": "tonnes", "litre": "litres", "litres": "litres", "degré": "degrees", "degrés": "degrees",
    "baril": "barrels", "barils": "barrels", "kilos": "kg", "kilo": "kg", "kilogrammes": "kg",
}  # fmt: skip
_CURRENCY_NAMES = {"MAD": "dirhams", "XOF": "CFA francs", "CHF": "Swiss francs", "CNY": "yuan", "RUB": "roubles",
                   "DZD": "dinars", "INR": "rupees", "NGN": "naira", "FRF": "francs", "cent": "cents"}  # fmt: skip


def _english_number(value: float) -> str:
    magnitude = abs(value)
    for size, word in ((1e12, "trillion"), (1e9, "billion"), (1e6, "million")):
        if magnitude >= size and abs((magnitude / size) * 100 - round((magnitude / size) * 100)) < 1e-6:
            return f"{value / size:,.2f}".rstrip("0").rstrip(".") + f" {word}"
    if float(value).is_integer():
        return f"{int(value):,}"
    return f"{value:,.4f}".rstrip("0").rstrip(".")


def format_value(figure: Figure) -> str:
    """A figure's value written the English way ("40,589", "€1.2 billion", "+47%", "1 January 2019")."""
    value = figure.value
    if isinstance(value, str):
        if value.endswith("s"):
            return value  # a decade: "1960s"
        if value[:1] in "Tt":
            return value[1:]  # a clock time: "15:00"
        parts = value.lstrip("-").split("-")
        months = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
                  "October", "November", "December"]  # fmt: skip
        if value.startswith("--"):
            return f"{int(parts[1])} {months[int(parts[0]) - 1]}"
        if len(parts) == 2:
            return f"{months[int(parts[1]) - 1]} {parts[0]}"
        return f"{int(parts[2])} {months[int(parts[1]) - 1]} {parts[0]}"
    if figure.kind in ("year",):
        return str(value)
    if figure.kind == "ordinal":
        n = int(value)
        suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
        return f"{n}{suffix}"
    number = _english_number(float(value))
    prefix = "~" if figure.approximate else ""
    if figure.kind == "percent":
        sign = "+" if figure.text.lstrip().startswith("+") else ""
        return f"{prefix}{sign}{number}{' percentage points' if figure.unit == 'pp' else '%'}"
    if figure.kind == "money":
        if figure.unit in _CURRENCY_SIGNS:
            sign = "-" if float(value) < 0 else ""
            return f"{prefix}{sign}{_CURRENCY_SIGNS[figure.unit]}{_english_number(abs(float(value)))}"
        return f"{prefix}{number} {_CURRENCY_NAMES.get(figure.unit, figure.unit)}".rstrip()
    if figure.kind in ("measure", "duration") and figure.unit:
        unit = _ENGLISH_UNITS.get(figure.unit, figure.unit)
        if unit.endswith("s") and float(value) == 1 and unit not in ("hours",):
            unit = unit[:-1]
        return f"{prefix}{number} {unit}"
    return f"{prefix}{number}"

