"""The words and patterns figures are made of, in French and English.

Data only (and the regular expressions built from it once, at import): months, scale words,
currencies, units, approximations, number words, ordinals, the words that make a number a name.
"""

from __future__ import annotations

import re

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
           "billions": 1e12, "trillion": 1e18, "trillions": 1e18, "milles": 1e3, "md": 1e9, "mds": 1e9,
           "mrd": 1e9, "mrds": 1e9, "mln": 1e6, "m": 1e6, "k": 1e3, "mio": 1e6, "mios": 1e6, "mia": 1e9,
           "mias": 1e9, "g": 1e9},
    "en": {"thousand": 1e3, "million": 1e6, "millions": 1e6, "billion": 1e9, "billions": 1e9,
           "trillion": 1e12, "trillions": 1e12, "bn": 1e9, "m": 1e6, "mn": 1e6, "k": 1e3, "tn": 1e12, "mio": 1e6,
           "g": 1e9},
}  # fmt: skip

_CURRENCIES = [
    (r"(?:euro\s+|dollar\s+)?cents?|centimes?(?:\s+d['’]euros?)?|¢|pence|pennies|penny", "cent"),  # "46 cents" is money, not 100
    (r"euros?|€|eur\b", "EUR"),
    # a dollar is a dollar: "25 $" in Québec, "25 $ CA", "C$" (Canadian dollars are written "$" on both sides)
    (r"dollars?\s+américains|dollars?\s+us|us\s?dollars?|dollars?|\$\s?(?:us|ca|can)\b|\$|usd\b|cad\b|us\$", "USD"),
    (r"dirhams?|dh\b|mad\b", "MAD"),
    (r"francs?\s+cfa|cfa\s+francs?|f\s?cfa|fcfa|xof\b|xaf\b|cfa\b", "XOF"),
    (r"francs?\s+suisses|swiss\s+francs?|chf\b|fr\.|frs\.?(?![\w])", "CHF"),  # "1'200 fr.": Swiss francs
    (r"francs?\s+guinéens|guinean\s+francs?|gnf\b", "GNF"),
    (r"francs?\s+congolais|congolese\s+francs?|cdf\b", "CDF"),
    (r"ariary|mga\b", "MGA"),
    (r"livres?\s+sterling|livres?|pounds?(?:\s+sterling)?|£|gbp\b", "GBP"),
    (r"yuans?|renminbi|cny\b", "CNY"),
    (r"yens?|jpy\b|¥", "JPY"),
    (r"roubles?|rubles?", "RUB"),
    (r"dinars?\s+tunisiens|tunisian\s+dinars?|tnd\b|dt\b", "TND"),
    (r"dinars?\s+algériens|algerian\s+dinars?|dzd\b|da\b", "DZD"),
    (r"dinars?", "DZD"),
    (r"roupies?|rupees?", "INR"),
    (r"nairas?", "NGN"),
    (r"francs?", "FRF"),
]
_CURRENCY_RE = "|".join(f"(?:{p})" for p, _ in _CURRENCIES)
_CURRENCY_CODES = [(re.compile(p, re.IGNORECASE), code) for p, code in _CURRENCIES]

_UNITS = {
    # metric units with a prefix first, before their shorter relatives ("millimètres" is not "m")
    "fr": r"(?:kilo|hecto|déca|déci|centi|milli|micro|nano)(?:mètres?|litres?|grammes?)(?![\s\u00a0]+(?:carrés|cubes))|"
    r"kilowattheures?|(?:kilo|méga|giga)watts?|"
    r"cl|ml|années-lumière|année-lumière|grammes?|mg|km²|km2|km/h|km|kilomètres\s+carrés|mètres\s+carrés|mètres\s+cubes|"
    r"kilomètres?|mètres?|m²|m2|m3|m³|"
    r"cm|mm|(?-i:m)|hectares?|ha|kilos?|kilogrammes?|kg|tonnes?|"
    r"t(?![\w'’])|litres?|l(?![\w'’])|degrés?\s+celsius|°\s?c|°|degrés?|mégawatts?|[mgk]wc|mw|gw|kw|kwh|mwh|gwh|twh|barils?|mt|mégatonnes?|gigatonnes?|"
    r"go|to|mo|pieds|milles\s+(?:nautiques|marins)|miles?|nœuds?|kilotonnes?|gallons?|pouces|onces?|kms|kgs",
    "en": r"(?:kilo|hecto|deca|deci|centi|milli|micro|nano)(?:metres?|meters?|litres?|liters?|grams?|grammes?)|"
    r"kilowatt[\s-]hours?|(?:kilo|mega|giga)watts?|cl|ml|mg|light[\s-]years?|km²|km2|km/h|kph|mph|km|"
    r"square[\s-](?:kilometres?|kilometers?|miles?|metres?|meters?)|metres?|meters?|"
    r"sq\s?km|sq\.?\s?(?:m|ft)(?![\w-])|cm|mm|hectares?|acres?|ha|kilos?|kilograms?|kilogrammes?|kg|(?:kilo|mega|giga)ton(?:ne)?s?|tonnes?|tons?|litres?|liters?|"
    r"degrees?\s+(?:fahrenheit|celsius)|°\s?c|°\s?f|°|(?-i:F)(?![\w-])|(?-i:C)(?![\w-])|"
    r"degrees?|megawatts?|mwp|kwp|gwp|mw|gw|kw|kwh|mwh|gwh|twh|barrels?|bpd|b/d|nautical\s+miles?|cubic\s+metres?|cubic\s+meters?|feet|foot|miles?|knots?|"
    r"gb|tb|mb|kilotons?|megatons?|ft|lbs?|ounces?|oz|inches|inch|grams?|gallons?|pints?|yards?|kms|kgs|(?-i:m)",
}
_DURATIONS = {
    "fr": r"ans|an|années?(?!-lumière)|mois|jours?|semaines?|heures?|minutes?|secondes?|siècles?|décennies?|trimestres?|"
    r"mn|min|hrs?",
    "en": r"years?|months?|days?|weeks?|hours?|minutes?|seconds?|centuries|century|decades?|quarters?|mins?|hrs?|yrs?|secs?",
}
_PERCENT = {
    "fr": r"%|pour[\s-]?cent|pourcent|p\.\s?100",
    "en": r"%|per\s?cent|percent|pc\b",
}
#: per mille, also written as a rate on 1,000: "30 pour 1 000", "12/1.000", "12 per 1,000"
_PER_MILLE = {
    "fr": rf"‰|pour{_SP}?mille|(?:pour{_SP}|/{_SP}?)1(?:{_SP}|[.'’])?000(?![\d]|[.,]\d)(?!{_SP}+(?:{_UNITS['fr']})(?![\w-]))",
    # not a price per quantity: "€15 per 1,000 litres"
    "en": rf"‰|per{_SP}(?:mille|thousand)|(?:per{_SP}|/{_SP}?)1,?000(?![\d]|[.,]\d)(?!{_SP}+(?:{_UNITS['en']})(?![\w-]))",
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
    "quatre-vingts quatre-vingt-dix cent cents mille million millions milliard milliards billion billions "
    "trillion trillions septante huitante octante nonante".split(),
    "en": "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
    "seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred thousand "
    "million millions billion billions".split(),
}


def _ordinal_words(lang: str) -> dict[str, int]:
    """Every ordinal in words from 1 to 99, and 100th, 1000th: "twenty-first", "vingt-deuxième" (compounds keyed with a
    hyphen and without "et": "vingt et unième" is looked up as "vingt-unième")."""
    if lang == "en":
        units = "first second third fourth fifth sixth seventh eighth ninth".split()
        words = {w: i + 1 for i, w in enumerate(units)}
        teens = "tenth eleventh twelfth thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth".split()
        words |= {w: i + 10 for i, w in enumerate(teens)}
        tens = "twenty thirty forty fifty sixty seventy eighty ninety".split()
        for i, ten in enumerate(tens):
            words[ten[:-1] + "ieth"] = 20 + 10 * i
            words |= {f"{ten}-{u}": 21 + 10 * i + j for j, u in enumerate(units)}
        return words | {"hundredth": 100, "thousandth": 1000, "millionth": 10**6}
    units = "unième deuxième troisième quatrième cinquième sixième septième huitième neuvième".split()
    teens = ("dixième onzième douzième treizième quatorzième quinzième seizième dix-septième dix-huitième "
             "dix-neuvième").split()  # fmt: skip
    words = {"premier": 1, "première": 1, "second": 2, "seconde": 2} | {w: i + 1 for i, w in enumerate(units[1:], 1)}
    words |= {w: i + 10 for i, w in enumerate(teens)}
    for i, ten in enumerate("vingt trente quarante cinquante soixante".split()):
        words[("vingt" if ten == "vingt" else ten[:-1]) + "ième"] = 20 + 10 * i
        words |= {f"{ten}-{u}": 21 + 10 * i + j for j, u in enumerate(units)}
    words |= {f"soixante-{t}": 70 + i for i, t in enumerate(teens)}
    words |= {"quatre-vingtième": 80} | {f"quatre-vingt-{u}": 81 + j for j, u in enumerate(units)}
    words |= {f"quatre-vingt-{t}": 90 + i for i, t in enumerate(teens)}
    return words | {"centième": 100, "millième": 1000, "millionième": 10**6}


_ORDINAL_WORDS = {lang: _ordinal_words(lang) for lang in ("fr", "en")}
#: One pattern per language for every ordinal word; a compound may be spaced and, in French, take "et".
def _trie_pattern(words: list[str], joiner: str) -> str:
    """One regular expression for many words, as a trie (a long alternation is tried word by word at every
    position; a trie fails at the first letter); a hyphen in a word stands for ``joiner``."""
    trie: dict = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict) -> str:
        branches = [(joiner if ch == "-" else re.escape(ch)) + build(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return build(trie)


_ORDINAL_WORD_RE = {
    lang: re.compile(
        r"(?<![\w-])" + _trie_pattern(list(words), r"(?:[\s-]+et)?[\s-]+" if lang == "fr" else r"[\s-]") + r"(?![\w])",
        re.IGNORECASE,
    )
    for lang, words in _ORDINAL_WORDS.items()
}


def _ordinal_word_value(word: str, lang: str) -> int | None:
    """The number of an ordinal word as written ("Vingt et unième" -> 21)."""
    key = re.sub(r"[\s-]+(?:et[\s-]+)?", "-", word.lower()) if lang == "fr" else re.sub(r"[\s-]+", "-", word.lower())
    return _ORDINAL_WORDS[lang].get(key)


# Words after which a number names something rather than counting it.
_ID_BEFORE = {
    "fr": r"(?:article|articles|art\.|alinéa|n°|no\.|numéro|numéros|chapitre|page|pages|p\.|loi|décret|ligne|"
    r"route|autoroute|vol|salle|porte|cac|ligue|top|stoxx|ftse|nasdaq|boeing|airbus|mirage|windows|iphone|"
    r"version|covid|cop|tf|canal|rtl|bfm|niveau|rang|tome|volume|catégorie|classe|zone|secteur|lot|"
    r"dossier|affaire|bus|tram|métro|paragraphe|section|annexe|amendement|résolution|gen|génération|phase|"
    r"point|indice|nationale|départementale|terminal|pavillon|quai|bâtiment|étage|chaîne|numéro)",
    # "Top" capitalised only: the verb "to top" is no name ("hopes to top 600,000 visitors")
    "en": r"(?:article|articles|art\.|no\.|number|chapter|page|pages|p\.|law|decree|line|route|highway|flight|"
    r"room|gate|cac|league|(?-i:Top|TOP)|stoxx|ftse|nasdaq|boeing|airbus|mirage|windows|iphone|version|covid|cop|level|"
    r"rank|volume|category|class|zone|sector|lot|case|bus|paragraph|section|annex|amendment|resolution|phase|"
    r"generation|index|terminal|platform|channel|building|floor|junction|exit)",
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
#: Stems of words that judge a change better or worse rather than up or down ("s'est améliorée de 3 points", "the
#: deficit worsened by 2 billion"), per language: (better, worse).
_VERDICT_STEMS = {
    "fr": (r"amélior|redress", r"dégrad|détérior|aggrav|empir"),
    "en": (r"improv|better\b", r"deteriorat|worsen|worse\b"),
}
_LABEL_STOP = {
    "fr": frozenset(
        "a ont est sont été était étaient sera seront serait avait avaient fait font qui que qu dont où selon "
        "contre soit en par pour dans sur sous à au aux et ou mais ni car donc entre depuis avec sans vers chez "
        "lors pendant après avant ici il elle ils elles on se s ce cette ces ne n y l le la les un une est-ce "
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

#: Swiss grouping with an apostrophe, straight or typographic: "45'000", "1’250’000", "1'250.50".
_APOSTROPHE_GROUPED = r"\d{1,3}(?:['’]\d{3})+(?:[.,]\d+)?"
#: French grouping by dots, spaces (plain, no-break, narrow no-break) or both mixed: "12.500", "1.234 567".
_GROUPED = rf"\d{{1,3}}(?:(?:\.|{_SP})\d{{3}})+"
#: A number never starts inside another's grouping ("45'000", "3,4/100 000": no figure "000").
_NO_GROUP_TAIL = r"(?!(?<=\d[ \u00a0\u202f\u2009\u2007.'’])0)"
_DIGITS = {
    "fr": re.compile(
        rf"(?=[\d,])(?:(?<=\s)|^),\d+(?![\d])|(?=\d)(?:(?<![\w.,/-])|(?<=[\s(\[][-−–])|(?<=\d[-–])|(?<=\bmi-)|(?<=\bfin-)){_NO_GROUP_TAIL}"
        rf"(?:{_APOSTROPHE_GROUPED}|\d{{1,3}}(?:,\d{{3}}){{2,}}|{_GROUPED}(?:,\d+)?|\d+,\d+|\d+\.\d+|\d+)"
        rf"(?![\d])"
    ),
    "en": re.compile(
        rf"(?=\d)(?:(?<![\w.,/-])|(?<=[\s(\[][-−–])|(?<=\d[-–])|(?<=\bmid-)|(?<=\bpre-)|(?<=\bpost-)|(?<=\d-to-)|(?<=DH)|(?<=MAD)|(?<=USD)|(?<=EUR)|(?<=GBP)|(?<=CHF)|(?<=Rs)|(?<=US\$)){_NO_GROUP_TAIL}"
        rf"(?:{_APOSTROPHE_GROUPED}|\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?(?![,\d])|\d+(?:,\d+){{2,}}|\d{{1,3}}(?:{_SP}\d{{3}})+(?:\.\d+)?|\d+\.\d+|\d+,\d+|\d+)"
        rf"(?![\d])"
    ),
}
# Covid-19, G7, A320, 2019-nCoV; not "36-year-old", "$90-million", "80,000-resident" (a number and its noun)
_GLUED_NAME = re.compile(r"[A-Za-zÀ-ÿ]+[-+/]?\d+(?:[.,]\d+)*[A-Za-z]*|\d+-(?=[A-Za-z-]*[A-Z])[A-Za-z][\w-]*")
#: A verb of winning, losing, drawing or leading, in any inflection (accents included), before a score.
_SCORE_VERB = (
    r"(?:gagn|perd|batt|emport|impos|inclin|domin|[ée]galis|surclass|écras|ecras)\w*|bats?|m[eèé]n(?:ée?s?|ait|aient|ent|ant|er|e)|"
    r"win|wins|won|winning|los(?:e|es|t|ing)|beat(?:s|en|ing)?|dr(?:aw|aws|ew|awn|awing)|lead(?:s|ing)?|led|"
    r"defeat(?:s|ed|ing)?|edg(?:e|es|ed|ing)|thrash(?:es|ed|ing)?|trounc(?:e|es|ed|ing)|tie[sd]?|tying|scored?"
)
#: The noun of a result, said after a score ("a 2-1 win") or before it ("victoire 2-0").
_RESULT_NOUN = (r"victoires?|victory|victories|wins?|nuls?|draws?|defeats?|défaites?|loss|losses|lead|succès|score|match|"
                r"vainqueurs?|winners?")
#: What may follow a score: a preposition, or the determiner of a time ("tous les week-ends", "this season")
_SCORE_PREP = (
    r"à|au|aux|en|contre|face|devant|chez|lors|après|et|par|dans|pour|sur|in|at|against|on|over|after|during|and|for|to|by|"
    r"tous|toutes|chaque|ce|cet|cette|hier|aujourd|every|each|this|last|yesterday|today|tonight|"
    r"lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche"  # a score and its day: "battue 34-17 samedi"
)
_ONE_SCORE = r"\d{1,2}\s?[-–]\s?\d{1,2}"
#: a set's score and its tie-break in brackets: "7-6 (7/4)", "7-6 (7-4)"
_SET_SCORE = rf"{_ONE_SCORE}(?:\s?\(\d{{1,2}}\s?[-–/]\s?\d{{1,2}}\))?"
#: a French score said with "à" after a verb of winning or losing: "s'est imposé 3 buts à 1", "a gagné 27 à 13"
_FR_SCORE = r"\d{1,3}\s+(?:buts?\s+|points?\s+|sets?\s+|jeux\s+)?à\s+\d{1,3}"
#: a score ("won 3-1", "s'est incliné sur le score de 2-0", "a 1-1 draw", sets "6-3, 4-6"): followed by punctuation,
#: a preposition or a result noun, never by a counted noun ("won 10-12 seats" is a range)
_SCORE_EXCLUDE = re.compile(
    # (the side beaten may stand between, by its capitalised name: "a battu l'Africa Sports 3-1", "beat Real Madrid 2-0")
    rf"(?:\b(?:{_SCORE_VERB}|{_RESULT_NOUN})(?:\s+(?:score|cumulée?s?|[a-zà-ÿ]{{1,4}}|(?-i:(?:[lLdD]['’])?[A-ZÀ-Ý][\w'’.-]*))){{0,5}}"
    rf"\s+{_SET_SCORE}"
    rf"(?:\s?,\s?{_SET_SCORE})*"
    rf"(?=\s*(?:[.,;:!?)\]»”\"]|$)|\s+(?:{_SCORE_PREP}|{_RESULT_NOUN})\b))"
    rf"|\b{_ONE_SCORE}\b(?=\s+(?:{_RESULT_NOUN})\b)"
    # a score in brackets after a team ("face au Bayern (3-0)", "Clermont (45-10)", "(2-2, 3-4 aux tirs au but)"); a score
    # before the side it was against ("4-1 contre les Bruins")
    rf"|(?<=\w\s\(){_ONE_SCORE}(?:\s?,\s?{_ONE_SCORE})*(?=\)|[\s,][^()]{{0,30}}\))"
    rf"|\b{_ONE_SCORE}(?=\s+(?:contre|face\s+(?:à|au|aux)|against|versus|vs)\b)"
    # "une victoire 2 à 0 contre", "a battu l'Écosse 31 à 17"
    rf"|\b(?:{_SCORE_VERB}|{_RESULT_NOUN})(?:\s+(?:[a-zà-ÿ]{{1,4}}|(?-i:(?:[lLdD]['’])?[A-ZÀ-Ý][\w'’.-]*))){{0,4}}\s+{_FR_SCORE}"
    rf"(?=\s*(?:[.,;:!?)\]»”\"]|$)|\s+(?:contre|face|devant|chez|au|aux|à|en|sur|lors|après|grâce|malgré|et|dans|ce|cette|par|"
    r"lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\b)",
    re.IGNORECASE,
)
_EXCLUDE = [
    re.compile(r"\(\d\)"),  # footnote and list markers: "(1)" (not an age: "Pilata Fatulayeva (48)")
    re.compile(r"(?:https?://|www\.)\S+|[\w.+-]+@[\w-]+\.[\w.]+|(?<!\w)[@#]\w+"),  # links, e-mails, handles, hashtags
    re.compile(r"(?<![\d/])\d{1,2}/\d{1,2}(?![\d/]|[.,'’ \u00a0\u202f]\d)"),  # fractions and scores written 3/4 (not "12/1.000")
    re.compile(r"\b\d{1,2}\s?h\s?\d{2}\b|\b\d{1,2}\s?h\b(?!\w)|\b\d{1,2}:\d{2}\b", re.IGNORECASE),  # times
    re.compile(r"\b\d{1,2}\s?(?:heures|h|jours|j)\s?(?:sur|/)\s?\d{1,2}\b", re.IGNORECASE),  # 24 heures sur 24
    re.compile(r"\b24\s?hours?\s+a\s+day\b|\b7\s?days?\s+a\s+week\b|\b24/7\b", re.IGNORECASE),
    re.compile(r"(?<!\d)0\d(?:[ .\u00a0]?\d{2}){4}(?!\d)"),  # phone numbers
    re.compile(r"\+\d{2,3}(?:[ .\u00a0]?\d{1,4}){3,5}"),
    # Swiss and Belgian numbers ("026 305 44 12", "02 512 34 56") and North American ones ("1 888 555-0142", "514 555-0199")
    re.compile(r"(?<![\d,.])0\d{1,2}[ .\u00a0]\d{3}[ .\u00a0]\d{2}[ .\u00a0]\d{2}(?![\d,]|\.\d)"),
    re.compile(r"(?<![\d,.])(?:1[ -])?\d{3}[ -]\d{3}-\d{4}(?!\d)"),
    _GLUED_NAME,
    # "à 9 heures" (a time, read by the time recogniser); not "il y a 16 heures" (ago: a duration), nor "à 97 heures"
    re.compile(r"(?<!\by\s)\b(?:à|a|at)\s+(?:[01]?\d|2[0-4])\s+(?:heures|hours|o'clock)\b", re.IGNORECASE),
    _SCORE_EXCLUDE,
]
_ORDINAL_SUFFIX = {
    "fr": re.compile(r"(?:er|re|ère|e|ème|eme|nd|nde|d|de)s?(?![\w])"),
    "en": re.compile(r"(?:st|nd|rd|th)(?![\w])"),
}
_GLUED_OK = re.compile(
    r"(?:%|‰|€|\$|£|k€|m€|md€|mds€|mrd€|bn|tn|mn|m|k|md|mds|mrd|km²?|km2|kg|[mgk]w[pc]?|[kmgt]wh|t|ft|mph|lbs?|cm|mm|"
    r"millions?|billions?|trillions?|milliards?|mio|mia|kms|kgs|min|mins|hrs?|yrs?|secs?|(?-i:F)|(?-i:C))(?![\w])",
    re.IGNORECASE,
)
_ID_BEFORE_RE = {k: re.compile(rf"(?:^|\W){v}\s*$", re.IGNORECASE) for k, v in _ID_BEFORE.items()}
_WORD = re.compile(r"[\w'’\-]+", re.UNICODE)
_YEAR_PREP = {
    "fr": re.compile(
        r"(?:\ben|\bde|\bd['’]|\bdepuis|\bdès|\bvers|\bavant|\baprès|\bjusqu['’]en|\bjusqu['’]à|\bfin|\bdébut|\bmi-|"
        r"\bl['’]an|\bannée|\bannées|\bentre|\bet|\bà|\bau|\bcourant|\bhiver|\bété|\bautomne|\bprintemps|\bpour|\bdu)\s*$",
        re.IGNORECASE,
    ),
    "en": re.compile(
        r"(?:\bin|\bof|\bsince|\bby|\bbefore|\bafter|\buntil|\bend|\bearly|\blate|\bmid-|\bpre-|\bpost-|\byear|\bbetween|\band|"
        r"\bfrom|\bto|\bfor|\bthrough|\bthe|\bwinter|\bsummer|\bautumn|\bspring)\s*$",
        re.IGNORECASE,
    ),
}


#: "à 21 heures" is a time; "au bout de 10 heures", "plus de 23 heures", "après 10 heures de débat" are durations
_TIME_AFTER = (
    r"(?:à\s+partir\s+de|jusqu['’]à|à|vers|dès|avant|après|entre|(?<!\bplus\s)(?<!\bmoins\s)(?<!\bprès\s)de|"
    r"autour\s+de|aux\s+alentours\s+de|sur\s+le\s+coup\s+de|le|du|au)\s+"
)
_TIME_PREFIX = re.compile(rf"(?<![\w'’]){_TIME_AFTER}$", re.IGNORECASE)
#: The French clock patterns of :data:`_TIMES` that are a time only after a preposition (:data:`_TIME_PREFIX`).
_TIMES_AFTER_PREPOSITION = frozenset({1, 3})
#: The zones and words after an English clock time that make it one: "1430 GMT", "03:12:08 local time".
_TIME_ZONES = r"GMT|UTC|BST|CET|CEST|EST|EDT|PST|local\s+time"
#: Clock times, compared (not excluded): value "T15:00"; an English "8:35" without am/pm is "t08:35" (either half).
_TIMES = {
    "fr": [
        re.compile(r"(?<![\w.,:])(?P<h>\d{1,2})\s?h\s?(?P<m>\d{2})(?![\d\w])", re.IGNORECASE),
        # after a preposition ("vers 15 heures"): found by its digits, the preposition checked behind (see _TIME_PREFIX)
        re.compile(r"(?<![\w.,:])(?P<h>\d{1,2})\s?(?:h|heures?)(?:\s?(?P<m>\d{2}))?(?![\w\d])", re.IGNORECASE),
        # "de 8h le soir" (not "pour 24h", "en 48h": durations)
        re.compile(r"(?<!pour\s)(?<!pendant\s)(?<!durant\s)(?<!en\s)(?<!sur\s)(?<!dans\s)(?<![\w.,:])(?P<h>1?\d|2[0-3])\s?h(?![\w\d])"),
        # the digital clock "à 18:15", "vers 7:30": a time only after a preposition of time, like "15 heures" (a score or
        # a reference "3:16" is not)
        re.compile(r"(?<![\w.,:])(?P<h>[01]?\d|2[0-3]):(?P<m>[0-5]\d)(?![\d:])"),
    ],
    "en": [
        re.compile(r"(?<![\w.,:])(?P<h>\d{1,2})(?:[:.](?P<m>\d{2}))?\s?(?P<ap>a\.m\.?|p\.m\.?|am|pm)(?![\w])", re.IGNORECASE),
        re.compile(r"(?<![\w.,:])(?P<h>\d{1,2}):(?P<m>\d{2})(?![\d:])"),
        re.compile(r"(?<![\w.,:])(?P<h>\d{1,2})\s+o['’]clock(?![\w])", re.IGNORECASE),
        # British "at 14.30", "from 9.15", and "1430 GMT"
        re.compile(r"\b(?:at|by|from|until|till|after|before|since|around)\s+(?P<h>[01]?\d|2[0-3])\.(?P<m>[0-5]\d)(?![\d.,])"
                   r"(?=\s*(?:[,;.)]|$)|\s+(?:on|and|to|until|till|when|in\s+the|this|that|local|GMT|UTC|BST|CET)\b)", re.IGNORECASE),
        re.compile(rf"(?<![\w.,:])(?P<h>[01]\d|2[0-3])(?P<m>[0-5]\d)(?=\s?(?:{_TIME_ZONES}|hrs)\b)"),
    ],
}


_COMPOUND_NOUNS = (
    r"years?|months?|weeks?|days?|hours?|minutes?|seconds?|decades?|century|metres?|meters?|km|kilometres?|"
    r"kilometers?|miles?|feet|foot|tonnes?|tons?|storey|story|seats?|persons?|members?|points?|percent|degrees?|"
    r"million|billion|euros?|dollars?|pounds?|francs?|cents?|pence|yuan|roubles?|rupees?|dirhams?"  # "a two-euro coin"
)


def _spelled_pattern(lang: str) -> re.Pattern[str]:
    words = sorted(_NUMBER_WORDS[lang], key=len, reverse=True)
    word = "(?:" + "|".join(re.escape(w) for w in words) + ")"
    joiner = r"(?:[\s-]+(?:et|and)[\s-]+|[\s-]+)" if lang == "fr" else r"(?:[\s-]+and[\s-]+|[\s-]+)"
    # English compounds keep their number: "six-month ban", "seven-year period", "nine-year-old"
    end = r"(?![\w-])" if lang == "fr" else rf"(?![\w])(?!-(?!(?:{_COMPOUND_NOUNS})\b))"
    return re.compile(rf"(?<![\w-]){word}(?:{joiner}{word})*{end}", re.IGNORECASE)


_SPELLED = {lang: _spelled_pattern(lang) for lang in ("fr", "en")}


_ONE_UNITS = {
    "fr": frozenset("an année mois semaine jour heure siècle décennie degré kilomètre mètre litre cent".split()),
    "en": frozenset("year month week day hour century decade degree kilometre kilometer mile metre meter cent percent".split()),
}
_ONE = {
    "fr": re.compile(r"\bune?\s+(?:an|année|mois|semaine|jour|heure|siècle|décennie|degré|kilomètre|mètre|litre|pour\s+cent)\b"
                     r"|[IVXL]+(?:e|è|er)\s+(?:si|mi)", re.IGNORECASE),
    "en": re.compile(r"\b(?:a|an|one)\s+(?:year|month|week|day|hour|century|decade|degree|kilometre|kilometer|mile|metre|meter)\b"
                     r"|\bone\s+per\s?cent\b", re.IGNORECASE),
}  # fmt: skip
_DIGIT = re.compile(r"\d")
_LETTERS = re.compile(r"[^\W\d_]+")


def _figure_words(lang: str) -> frozenset[str]:
    """The words a figure can be made of (a lone "un", "une" or "one" is never a figure)."""
    words = {w for w in _NUMBER_WORDS[lang] if w not in ("un", "une", "one")}
    words |= {part for w in _ORDINAL_WORDS[lang] for part in w.split("-")}
    if lang == "fr":
        words |= set(_APPROX_NOUNS) | {"moitié", "tiers", "quart", "demi", "midi", "minuit", "mi-journée"}
    else:
        words |= {"dozen", "half", "quarter", "noon", "midday", "midnight", "twenties", "thirties", "forties", "fifties",
                  "sixties", "seventies", "eighties", "nineties"}  # fmt: skip
    return frozenset(part for w in words for part in w.split("-"))


_FIGURE_WORDS = {lang: _figure_words(lang) for lang in ("fr", "en")}


#: A French Roman ordinal before the noun it ranks: "XIXe siècle", "XVIe arrondissement", "Ve République", "IIe Empire"
#: (never one after a name, "François Ier", which has no noun after it).
_ROMAN = re.compile(r"(?<![\w])([IVXL]{1,6})(?:e|è|ème|er)\s+(siècle|millénaire|arrondissement|(?i:république|empire|reich|dynastie|"
                    r"législature|congrès|concile|édition|régiment|circonscription|division|symphonie|plan|sommet|session|"
                    r"conférence|étape|biennale))(?![\w])")


def _may_hold_figure(text: str, lang: str) -> bool:
    """A digit, or a word a figure can be made of (a superset: the full reading decides). Most sentences of an
    English translation hold neither, and are answered here without running the recognisers."""
    if _DIGIT.search(text):
        return True
    words = {w.lower() for w in _LETTERS.findall(text)}
    known = _FIGURE_WORDS[lang]
    if not words.isdisjoint(known) or any(w.rstrip("s") in known for w in words if w.endswith("s")):
        return True
    if lang == "fr" and _ROMAN.search(text):
        return True  # a Roman ordinal before its noun ("XIXe siècle", "VIIe arrondissement"; not the article "Le")
    if not words.isdisjoint(_ONE_UNITS[lang]):
        return _ONE[lang].search(text) is not None
    return False


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
#: (a day whose year French says after a comma, "née un 29 février, en 1996", is that year's day)
_DATE = {
    "fr": re.compile(
        r"(?<![\w])(?:(?P<day>\d{1,2})(?:er|ᵉʳ)?\s+)?(?P<month>janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|"
        r"septembre|octobre|novembre|décembre|decembre)(?:\s+(?P<year>\d{4})|,\s+en\s+(?P<year2>(?:1[89]|20)\d\d)(?=\s*[,.;)]))?(?![\w])",
        re.IGNORECASE,
    ),
    "en": re.compile(
        rf"(?<![\w])(?:(?:(?P<day1>\d{{1,2}})(?:st|nd|rd|th)?|(?P<dayw1>{_DAY_WORDS_RE}))\s+(?:of\s+)?)?(?P<month>january|february|march|april|may|june|july|"
        r"august|september|october|november|december|jan\.?|feb\.?|mar\.?|apr\.?|jun\.?|jul\.?|aug\.?|sept?\.?|"
        r"oct\.?|nov\.?|dec\.?)(?:\s+(?:the\s+)?(?:(?P<day2>\d{1,2})(?:st|nd|rd|th)?(?![\d])|(?P<dayw2>" + _DAY_WORDS_RE + r")))?"
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


# --------------------------------------------------------------------------- counted nouns

#: The nouns news figures count, by class: French lemma -> its English renderings (the head noun of each: synonyms and
#: the common paraphrases of translators, "salarié" -> "employee", "worker", "staff"). Two nouns of different entries
#: name different things: "40 infirmières" written "40 doctors", "12 condamnations" written "12 acquittals". An entry
#: lists every head an English rendering of it may have, so that a faithful rendering is never taken for another
#: noun; a French noun may be in one class only (:data:`_NOUNS` joins them).
_COUNTED_NOUNS: dict[str, dict[str, tuple[str, ...]]] = {
    # people at large: by sex, age and kin; the groups they live in
    "people": {
        "personne": ("person", "people", "individual"), "gens": ("people",), "individu": ("individual", "person", "people"),
        "homme": ("man", "men", "male"), "femme": ("woman", "wife", "women", "female"),
        "enfant": ("child", "kid", "children", "schoolchild", "schoolchildren"),
        "garçon": ("boy",), "fille": ("daughter", "girl", "schoolgirl"), "bébé": ("baby",), "nourrisson": ("infant", "baby", "newborn"),
        "adulte": ("adult",), "jeune": ("youngster", "youth", "teenager"),
        "adolescent": ("teenager", "adolescent", "teen", "youth"), "aîné": ("elder",), "grand-parent": ("grandparent",),
        "mère": ("mother", "mum", "mom"), "père": ("father", "dad"), "épouse": ("wife", "spouse"), "mari": ("husband",),
        "fils": ("son",), "frère": ("brother",), "sœur": ("sister",), "parent": ("parent",), "cousin": ("cousin",),
        "neveu": ("nephew",), "oncle": ("uncle",), "tante": ("aunt",), "jumeau": ("twin",), "orphelin": ("orphan",),
        "veuve": ("widow",), "ami": ("friend",), "voisin": ("neighbour", "neighbor"),
        "famille": ("family", "household"), "ménage": ("household", "family"),
        "foyer": ("household", "home", "family", "outbreak", "hotspot", "cluster"),
        "écolier": ("pupil", "schoolchild", "schoolchildren", "child", "children", "student", "schoolboy", "schoolgirl", "kid"),
        "collégien": ("pupil", "schoolchild", "schoolchildren", "student", "teenager", "child", "children", "schoolboy", "schoolgirl"),
        "lycéen": ("student", "pupil", "schoolchild", "schoolchildren", "teenager", "schoolboy", "schoolgirl", "teen"),
        "élève": ("pupil", "student", "schoolchild", "child", "children", "schoolboy", "schoolgirl", "kid"),
        "étudiant": ("student", "undergraduate", "graduate"), "retraité": ("pensioner", "retiree", "retired"),
        "senior": ("senior", "elderly", "pensioner", "retiree"),
        "riverain": ("resident", "neighbour", "neighbor", "local"), "descendant": ("descendant",),
    },
    # people by what they are to a place, a service, a show or a club
    "publics": {
        "habitant": ("inhabitant", "resident", "people", "person", "population", "citizen", "local"),
        "résident": ("resident", "inhabitant"), "citoyen": ("citizen",), "électeur": ("voter", "elector"),
        "client": ("customer", "client", "shopper"), "consommateur": ("consumer", "customer"),
        "acheteur": ("buyer", "shopper", "purchaser"), "usager": ("user", "passenger", "commuter", "traveller", "traveler"),
        "passager": ("passenger", "traveller", "traveler"), "voyageur": ("traveller", "traveler", "passenger", "commuter"),
        "automobiliste": ("motorist", "driver", "car"), "cycliste": ("cyclist", "rider", "biker"),
        "piéton": ("pedestrian",), "motard": ("motorcyclist", "biker", "rider"),
        "randonneur": ("hiker", "walker", "rambler", "trekker"), "alpiniste": ("climber", "mountaineer", "alpinist"),
        "skieur": ("skier",), "baigneur": ("swimmer", "bather"),
        "spectateur": ("spectator", "viewer", "fan", "audience", "crowd"), "visiteur": ("visitor",),
        "touriste": ("tourist", "visitor"), "festivalier": ("festivalgoer", "visitor", "attendee", "reveller", "fan"),
        "pèlerin": ("pilgrim",), "fidèle": ("worshipper", "faithful", "believer"),
        "supporteur": ("supporter", "fan"), "fan": ("fan",),
        "abonné": ("follower", "subscriber", "user", "customer", "season-ticket holder", "holder", "member"),
        "adhérent": ("member",), "membre": ("member",), "lecteur": ("reader",), "auditeur": ("listener", "auditor"),
        "internaute": ("user", "internet user", "surfer"), "utilisateur": ("user",),
        "propriétaire": ("owner", "landlord", "homeowner"), "locataire": ("tenant", "renter"),
        "actionnaire": ("shareholder", "stockholder"), "investisseur": ("investor",), "donneur": ("donor",),
        "bénévole": ("volunteer",), "candidat": ("candidate", "applicant", "contender"),
        "immigré": ("immigrant",), "immigrant": ("immigrant",), "étranger": ("foreigner",),
        "migrant": ("migrant",), "réfugié": ("refugee",), "demandeur": ("applicant", "seeker", "claimant"),
        "sans-abri": ("homeless", "rough sleeper", "sleeper"), "civil": ("civilian",),
        "allocataire": ("recipient", "claimant", "beneficiary", "household", "family"),
        "bénéficiaire": ("beneficiary", "recipient", "claimant"), "pensionné": ("pensioner", "retiree"),
        "sinistré": ("victim", "resident", "household", "family", "people"), "déplacé": ("displaced", "evacuee"),
        "supporter": ("supporter", "fan"), "vacancier": ("holidaymaker", "holiday-maker", "tourist", "vacationer", "visitor"),
        "participant": ("participant", "entrant", "attendee"), "convive": ("guest", "diner"),
        "accompagnateur": ("chaperone", "companion", "escort", "carer", "adult"), "répondant": ("respondent",), "figurant": ("extra",),
    },
    # people by trade, office and role
    "occupations": {
        "salarié": ("employee", "worker", "staff", "workforce", "staffer", "personnel", "job"),
        "employé": ("employee", "worker", "staff", "staffer", "personnel", "clerk"),
        "personnel": ("staff", "personnel", "workforce", "employee"),
        "travailleur": ("worker", "labourer", "laborer"), "ouvrier": ("worker", "labourer", "laborer", "workman", "workmen"),
        "intérimaire": ("temp", "temporary", "worker", "agency worker", "staff"), "saisonnier": ("seasonal", "worker"),
        "apprenti": ("apprentice", "trainee"), "stagiaire": ("intern", "trainee"),
        "cadre": ("manager", "executive", "official", "cadre"), "chômeur": ("unemployed", "jobless"),
        "chômeuse": ("unemployed", "jobless"), "patron": ("boss", "employer", "owner"), "chef": ("leader", "chief", "chef", "head"),
        "directeur": ("director", "manager", "head", "headteacher", "principal"), "dirigeant": ("leader", "executive", "manager"),
        "entrepreneur": ("entrepreneur", "businessman", "contractor"), "fonctionnaire": ("official", "civil servant", "servant", "officer"),
        "agent": ("officer", "agent", "official", "staff", "worker"),
        "policier": ("police", "officer", "policeman", "policemen"), "policière": ("police", "officer", "policewoman"),
        "gendarme": ("gendarme", "police", "officer", "policeman", "policemen"),
        "douanier": ("customs", "officer", "official", "agent"), "garde": ("guard",),
        "militaire": ("soldier", "troop", "military", "serviceman", "servicemen", "officer", "personnel"),
        "soldat": ("soldier", "troop", "serviceman"),
        "pompier": ("firefighter", "fireman", "firemen"), "secouriste": ("rescuer", "first-aider", "paramedic"),
        "sauveteur": ("rescuer", "lifeguard"), "médecin": ("doctor", "physician", "gp", "medic"),
        "sage-femme": ("midwife", "midwives"), "exposant": ("exhibitor",),
        "généraliste": ("gp", "doctor", "practitioner", "physician"), "dentiste": ("dentist",),
        "kinésithérapeute": ("physiotherapist", "physio", "therapist"), "kiné": ("physiotherapist", "physio", "therapist"),
        "aide-soignant": ("assistant", "carer", "orderly", "auxiliary", "aide", "worker", "nurse"),
        "brancardier": ("stretcher-bearer", "porter", "bearer", "orderly"),
        "ambulancier": ("paramedic", "ambulanceman", "ambulancemen", "worker", "crew", "driver"),
        "urgentiste": ("doctor", "physician", "medic", "paramedic"), "interne": ("intern", "doctor", "resident", "houseman", "boarder"),
        "officier": ("officer",), "général": ("general",),
        "conseiller": ("adviser", "advisor", "councillor", "councilor", "counsellor", "counselor", "member", "consultant"),
        "contractuel": ("worker", "staff", "employee", "warden", "agent"), "gréviste": ("striker", "worker"),
        "syndicaliste": ("unionist", "member", "activist", "official", "leader"),
        "doctorant": ("student", "candidate", "researcher"), "attaquant": ("striker", "forward", "attacker"),
        "défenseur": ("defender", "back", "advocate", "champion"),
        "gardien": ("goalkeeper", "keeper", "guard", "warden", "caretaker", "guardian", "goalie"),
        "infirmier": ("nurse",), "infirmière": ("nurse",), "soignant": ("carer", "caregiver", "nurse", "staff", "worker"),
        "chirurgien": ("surgeon",), "pharmacien": ("pharmacist", "chemist"), "vétérinaire": ("vet", "veterinarian"),
        "enseignant": ("teacher", "educator", "lecturer", "schoolteacher"),
        "professeur": ("teacher", "professor", "lecturer", "schoolteacher"),
        "instituteur": ("teacher", "schoolteacher"), "chercheur": ("researcher", "scientist"), "scientifique": ("scientist",),
        "ingénieur": ("engineer",), "technicien": ("technician", "engineer"), "astronaute": ("astronaut",),
        "agriculteur": ("farmer", "grower"), "paysan": ("farmer", "peasant"), "exploitant": ("farmer", "operator", "grower"),
        "éleveur": ("farmer", "breeder", "rancher", "herder", "stockbreeder"),
        "viticulteur": ("winegrower", "grower", "winemaker", "vintner"), "pêcheur": ("fisherman", "fishermen", "fisher"),
        "mineur": ("miner", "minor"), "chauffeur": ("driver",), "conducteur": ("driver",),
        "routier": ("trucker", "driver", "haulier"), "cheminot": ("railwayman", "railwaymen", "worker"),
        "pilote": ("pilot", "driver"), "marin": ("sailor", "seaman", "seamen"), "porteur": ("porter", "carrier", "bearer"),
        "guide": ("guide",), "facteur": ("postman", "postmen", "postie", "worker"),
        "commerçant": ("shopkeeper", "trader", "retailer", "merchant", "business"),
        "artisan": ("craftsman", "craftsmen", "artisan", "tradesman"),
        "boulanger": ("baker",), "serveur": ("waiter", "server"), "vendeur": ("seller", "salesman", "vendor", "trader"),
        "cuisinier": ("cook", "chef"), "cuisinière": ("cook", "chef"),
        "journaliste": ("journalist", "reporter"), "photographe": ("photographer",),
        "écrivain": ("writer", "author"), "auteur": ("author", "writer", "perpetrator"),
        "artiste": ("artist", "performer"), "musicien": ("musician",), "chanteur": ("singer",), "acteur": ("actor",),
        "danseur": ("dancer",), "athlète": ("athlete",), "sportif": ("athlete", "sportsman", "sportsmen"),
        "joueur": ("player",), "entraîneur": ("coach", "trainer", "manager"), "arbitre": ("referee", "umpire"),
        "coureur": ("runner", "rider", "racer"), "nageur": ("swimmer",), "prêtre": ("priest",), "moine": ("monk",),
        "avocat": ("lawyer", "attorney", "barrister", "solicitor"), "juge": ("judge",),
        "magistrat": ("magistrate", "judge", "prosecutor"), "procureur": ("prosecutor",),
        "député": ("mp", "deputy", "member", "lawmaker", "legislator"), "sénateur": ("senator",),
        "élu": ("official", "councillor", "representative"), "ministre": ("minister",),
        "maire": ("mayor",), "préfet": ("prefect",), "ambassadeur": ("ambassador", "envoy"), "diplomate": ("diplomat",),
        "docker": ("docker", "dockworker", "longshoreman", "stevedore"), "greffier": ("clerk", "registrar"),
        "sous-traitant": ("subcontractor", "supplier", "contractor"), "arboriculteur": ("fruit grower", "grower", "orchardist", "farmer"),
        "praticien": ("practitioner", "doctor", "physician"), "équipier": ("teammate", "crew member", "crew", "team member"),
        "éducateur": ("educator", "youth worker", "worker", "instructor"),
        "restaurateur": ("restorer", "restaurateur", "restaurant owner"),
        "acériculteur": ("maple syrup producer", "maple producer", "producer", "sugar maker", "maple grower"),
        "suppléant": ("supply teacher", "substitute", "stand-in", "deputy", "alternate", "replacement"),
    },
    # people counted in crime, conflict and protest
    "conflict": {
        "manifestant": ("protester", "demonstrator", "protestor"), "manifestante": ("protester", "demonstrator"),
        "militant": ("activist", "militant", "campaigner"), "émeutier": ("rioter",),
        "combattant": ("fighter", "combatant"), "rebelle": ("rebel", "insurgent"), "terroriste": ("terrorist",),
        "djihadiste": ("jihadist",), "suspect": ("suspect",),
        "accusé": ("defendant", "accused"), "prévenu": ("defendant", "accused"), "condamné": ("convict",),
        "détenu": ("prisoner", "detainee", "inmate"), "prisonnier": ("prisoner",), "otage": ("hostage",),
        "témoin": ("witness",), "expert": ("expert", "specialist", "analyst", "consultant"),
        "trafiquant": ("trafficker", "dealer", "smuggler"), "passeur": ("smuggler", "trafficker"),
        "voleur": ("thief", "thieves", "burglar", "robber"), "délinquant": ("offender", "criminal", "delinquent"),
        "assaillant": ("attacker", "assailant", "gunman", "raider"), "casseur": ("rioter", "vandal", "hooligan", "looter"),
        "force": ("force", "troop", "police", "officer", "security force", "personnel"),
    },
    # casualties and the sick: the dead, the injured, the missing, cases and admissions (each another count)
    "casualties": {
        "mort": ("dead", "death", "fatality", "killed", "life", "lives"), "décès": ("death", "fatality", "dead", "life", "lives"),
        "tué": ("killed", "dead", "life", "lives"),
        "blessé": ("injured", "wounded", "injury", "casualty", "hurt"), "victime": ("victim", "casualty", "life", "lives"),
        "blessure": ("injury", "wound"), "disparu": ("missing", "disappeared"), "rescapé": ("survivor",), "survivant": ("survivor",),
        "malade": ("patient", "sufferer"), "patient": ("patient",), "cas": ("case",),
        "hospitalisation": ("hospitalisation", "hospitalization", "admission", "hospitalised", "hospitalized"),
        "guérison": ("recovery", "recovered"), "naissance": ("birth",), "noyade": ("drowning",),
        "évacué": ("evacuee", "evacuated", "displaced"),
        "infecté": ("infected", "case", "patient"), "contaminé": ("infected", "case", "contaminated"),
    },
    # justice: what courts decide and what police and prosecutors open, file and draw up
    "justice": {
        "condamnation": ("conviction", "sentence"), "relaxe": ("acquittal", "discharge"), "acquittement": ("acquittal",),
        "peine": ("sentence", "penalty", "term"), "procès": ("trial", "case"),
        "arrestation": ("arrest",), "interpellation": ("arrest",), "perquisition": ("search", "raid"),
        "enquête": ("investigation", "inquiry", "enquiry", "probe"), "plainte": ("complaint", "lawsuit"),
        "signalement": ("report", "referral", "alert"), "procès-verbal": ("fine", "ticket", "report", "citation"),
        "contravention": ("fine", "ticket", "penalty"), "amende": ("fine", "penalty"),
        "crime": ("crime",), "délit": ("offence", "offense", "crime"), "infraction": ("offence", "offense", "violation", "breach"),
        "meurtre": ("murder", "killing", "homicide"), "homicide": ("homicide", "murder", "killing"),
        "cambriolage": ("burglary", "burglaries", "break-in"), "agression": ("assault", "attack"),
        "tentative": ("attempt",), "vol": ("flight", "theft"), "attaque": ("attack",), "attentat": ("attack", "bombing"),
        "réseau": ("network", "ring"), "expulsion": ("expulsion", "deportation", "eviction", "removal"),
        "fait": ("incident", "offence", "offense", "fact", "case", "act"), "divorce": ("divorce",),
        "consultation": ("consultation", "appointment", "visit"), "opération": ("operation", "surgery", "procedure"),
        "inéligibilité": ("disqualification", "ineligibility", "ban"),
    },
    # sport: results and what is scored and won
    "sport": {
        "victoire": ("win", "victory", "victories", "game", "match"), "défaite": ("defeat", "loss", "losses", "game", "match"),
        "nul": ("draw", "tie"),
        "match": ("match", "game", "fixture"), "finale": ("final",), "but": ("goal",), "essai": ("trial", "test", "try"),
        "médaille": ("medal",), "titre": ("title", "permit", "ticket", "security", "share", "stock", "headline"),
        "trophée": ("trophy", "title"), "point": ("point",), "panier": ("basket", "point"), "set": ("set",), "jeu": ("game", "set"),
        "tour": ("round", "lap", "tower", "turn", "tour", "spin"), "étape": ("stage", "leg", "step", "stop"),
        "course": ("race", "run", "journey", "ride", "trip", "course"), "podium": ("podium", "finish", "medal"),
        "sélection": ("cap", "selection", "appearance"), "passe": ("pass", "assist"), "rebond": ("rebound",),
        "journée": ("matchday", "round", "day", "game", "match", "fixture"),
        "réalisation": ("goal", "score", "strike"), "arrivée": ("finish", "arrival"),
    },
    # elections and law: seats, votes and texts
    "politics": {
        "siège": ("seat",), "voix": ("vote",), "vote": ("vote",), "suffrage": ("vote", "ballot"),
        "bulletin": ("ballot", "vote"), "circonscription": ("constituency", "district", "seat", "riding"),
        "parti": ("party",), "syndicat": ("union",), "loi": ("law", "bill"), "amendement": ("amendment",),
        "abstention": ("abstention", "abstainer"),
        "décret": ("decree",), "mesure": ("measure",), "réforme": ("reform",),
        "proposition": ("proposal", "proposition", "offer"), "promesse": ("promise", "pledge"),
        "signature": ("signature",), "pétition": ("petition",),
        "majorité": ("majority",),
    },
    # buildings and institutions: schools of each level, hospitals, seats of government, shops and works
    "buildings": {
        "école": ("school",), "collège": ("school", "college"), "lycée": ("school", "college"),
        "université": ("university", "college"), "crèche": ("nursery", "creche", "daycare"),
        "classe": ("class", "classroom", "grade"), "hôpital": ("hospital",), "clinique": ("clinic",),
        "maternité": ("maternity", "unit", "ward"), "hospice": ("hospice",), "pharmacie": ("pharmacy", "chemist"),
        "mairie": ("hall", "council", "mayor", "municipality"), "préfecture": ("prefecture",),
        "tribunal": ("court", "tribunal", "courthouse"), "prison": ("prison", "jail", "gaol"),
        "commissariat": ("station", "police"), "caserne": ("barracks", "station"),
        "église": ("church",), "mosquée": ("mosque",), "synagogue": ("synagogue",),
        "musée": ("museum",), "théâtre": ("theatre", "theater"), "cinéma": ("cinema", "theater", "theatre"),
        "bibliothèque": ("library",), "stade": ("stadium", "ground"), "piscine": ("pool",),
        "gymnase": ("gym", "gymnasium", "hall"), "usine": ("factory", "plant", "works", "mill"),
        "entrepôt": ("warehouse", "depot", "centre", "center", "facility", "hub", "storehouse"),
        "magasin": ("shop", "store", "outlet"), "supermarché": ("supermarket", "store"),
        "boulangerie": ("bakery", "baker"), "boutique": ("shop", "store", "boutique", "outlet"),
        "succursale": ("branch", "outlet"), "agence": ("agency", "branch", "office"), "banque": ("bank",),
        "hôtel": ("hotel",), "restaurant": ("restaurant",), "bar": ("bar", "pub"), "commerce": ("shop", "business", "store"),
        "immeuble": ("building", "block"), "bâtiment": ("building",), "maison": ("house", "home"),
        "logement": ("home", "housing", "dwelling", "house", "unit", "flat", "apartment", "residence", "property"),
        "habitation": ("home", "dwelling", "house", "building", "residence"), "appartement": ("apartment", "flat", "home"),
        "bureau": ("office", "desk", "bureau", "polling station", "station"), "local": ("premises", "office"),
        "chambre": ("room", "bedroom", "chamber"),
        "pièce": ("room", "piece", "coin", "play"), "étage": ("floor", "storey", "story"), "lit": ("bed",),
        "ferme": ("farm",), "élevage": ("farm", "holding", "unit"), "exploitation": ("farm", "holding", "operation", "grower", "garden"),
        "poulailler": ("coop", "henhouse"), "étable": ("cowshed", "barn", "byre", "stable", "shed"),
        "écurie": ("stable", "team"), "grange": ("barn",), "serre": ("greenhouse", "glasshouse", "hothouse"),
        "hangar": ("hangar", "shed", "warehouse", "barn"), "cabane": ("hut", "shack", "cabin", "shed"),
        "chalet": ("chalet", "cabin", "lodge"), "villa": ("villa", "house", "home"), "pavillon": ("house", "home", "pavilion"),
        "studio": ("studio", "flat", "apartment"), "résidence": ("residence", "home", "building", "complex", "block"),
        "refuge": ("refuge", "shelter", "hut"), "abri": ("shelter", "bunker"),
        "salle": ("room", "hall", "venue", "theatre", "theater", "cinema", "screen", "classroom", "auditorium", "ward"),
        "amphithéâtre": ("hall", "amphitheatre", "amphitheater", "auditorium", "theatre"), "atelier": ("workshop", "studio", "plant"),
        "garage": ("garage",), "parking": ("park", "parking", "lot", "space"),
        "place": ("place", "seat", "space", "spot", "berth", "ticket", "position", "rung", "square", "bed"),
        "site": ("site",), "centrale": ("plant", "station"), "mine": ("mine",), "puits": ("well",),
        "laboratoire": ("laboratory", "lab"), "barrage": ("dam", "roadblock", "barrier", "barrage"),
        "éolienne": ("turbine", "windmill"), "antenne": ("antenna", "mast", "aerial", "branch", "office"),
        "gare": ("station",), "station": ("station", "stop"), "aéroport": ("airport",), "port": ("port", "harbour", "harbor"),
        "chantier": ("site", "project", "works"),
        "entreprise": ("company", "firm", "business", "enterprise"), "société": ("company", "firm", "society"),
        "groupe": ("group", "band"), "équipe": ("team", "crew", "squad", "side", "club", "outfit"), "club": ("club",),
        "association": ("association", "charity", "organisation", "organization"),
        "organisation": ("organisation", "organization"),
        "centre": ("centre", "center", "facility", "hub", "shelter"), "raffinerie": ("refinery",), "turbine": ("turbine",),
        "borne": ("terminal", "charger", "charging point", "charging station", "point", "kiosk", "post", "station", "marker"),
        "quai": ("platform", "quay", "dock", "berth", "wharf"),
        "lampadaire": ("streetlight", "street lamp", "lamp post", "lamppost", "light"),
        "établissement": ("school", "institution", "establishment", "facility", "premises", "venue", "business"),
        "scierie": ("sawmill", "mill"),
        "réacteur": ("reactor", "unit"),
    },
    # places, land and the ways across it
    "places": {
        "pays": ("country", "nation", "state", "neighbour", "neighbor", "partner", "ally", "rival", "member"),
        "nation": ("nation", "country"), "État": ("state",), "état": ("state",),
        "ville": ("town", "city"),
        "commune": ("municipality", "town", "village", "commune", "authority", "council", "locality", "community"),
        "village": ("village",),
        "région": ("region",), "département": ("department",), "province": ("province",), "continent": ("continent",),
        "île": ("island",), "capitale": ("capital",), "frontière": ("border",),
        "quartier": ("district", "neighbourhood", "neighborhood", "area"),
        "rue": ("street",), "route": ("road", "route"), "autoroute": ("motorway", "highway", "freeway", "road"),
        "pont": ("bridge",), "voie": ("lane", "track", "line", "way", "route", "carriageway"), "travée": ("span", "bay"),
        "arche": ("arch", "span"), "tunnel": ("tunnel",), "rivière": ("river", "stream"), "fleuve": ("river",),
        "lac": ("lake",), "plage": ("beach", "coast", "coastline", "shore", "shoreline", "seafront", "sand"),
        "côte": ("coast", "coastline", "shore"), "montagne": ("mountain",),
        "volcan": ("volcano",), "forêt": ("forest", "wood", "woodland"), "champ": ("field",), "parc": ("park",),
        "jardin": ("garden",), "kilomètre": ("kilometre", "kilometer"), "hectare": ("hectare",), "canton": ("canton", "district"),
        "ligne": ("line", "route", "service"), "liaison": ("link", "connection", "route", "service", "flight"),
        "trajet": ("journey", "trip", "ride", "route"), "voyage": ("trip", "journey", "voyage", "travel"),
        "arrondissement": ("district", "borough", "arrondissement"), "wilaya": ("province", "wilaya", "governorate"),
    },
    # vehicles and what flies
    "vehicles": {
        "voiture": ("car", "vehicle"), "véhicule": ("vehicle", "car"), "camion": ("truck", "lorry"),
        "camionnette": ("van",), "bus": ("bus",), "autocar": ("coach", "bus"), "train": ("train",),
        "tramway": ("tram", "tramway", "streetcar"), "vélo": ("bike", "bicycle", "cycle"),
        "moto": ("motorbike", "motorcycle", "bike"), "scooter": ("scooter", "moped"), "trottinette": ("scooter",),
        "tracteur": ("tractor",), "ambulance": ("ambulance",), "taxi": ("taxi", "cab"),
        "avion": ("plane", "aircraft", "jet", "airliner"), "hélicoptère": ("helicopter",), "drone": ("drone",),
        "navire": ("ship", "vessel"), "bateau": ("boat", "ship", "vessel"), "pirogue": ("pirogue", "canoe", "boat", "dugout"),
        "char": ("tank",),
        "ferry": ("ferry", "ferries", "boat", "ship", "vessel"), "pétrolier": ("tanker", "ship", "vessel"),
        "wagon": ("wagon", "carriage", "car", "coach", "railcar"), "rame": ("train", "trainset", "set"),
        "locomotive": ("locomotive", "engine", "loco"), "métro": ("metro", "train", "subway", "underground", "tube"),
        "navette": ("shuttle", "bus"), "semi-remorque": ("lorry", "truck", "trailer", "semi"),
        "poids lourd": ("lorry", "truck", "hgv", "vehicle"), "blindé": ("vehicle", "tank", "carrier"),
        "pneu": ("tyre", "tire"), "moteur": ("engine", "motor"),
        "autobus": ("bus", "coach"), "minibus": ("minibus", "bus", "van"), "paquebot": ("liner", "cruise ship", "ship", "vessel"),
        "embarcation": ("boat", "vessel", "craft", "dinghy", "canoe"),
        "long-courrier": ("long-haul", "aircraft", "plane", "jet", "airliner"),
        "appareil": ("aircraft", "plane", "device", "appliance", "machine", "unit", "set"),
    },
    # animals: the farm's, and the wild
    "animals": {
        "animal": ("animal", "head"), "chien": ("dog",), "chat": ("cat",), "cheval": ("horse", "head"), "âne": ("donkey",),
        "vache": ("cow", "cattle", "head"), "bovin": ("cattle", "cow", "bovine", "head"), "veau": ("calf", "calves"), "taureau": ("bull",),
        "mouton": ("sheep", "head"), "brebis": ("ewe", "sheep", "head"), "agneau": ("lamb",), "poussin": ("chick",),
        "lapin": ("rabbit",), "chèvre": ("goat", "head"),
        "porc": ("pig", "hog", "swine", "head", "pork"), "cochon": ("pig", "hog", "head"), "poule": ("hen", "chicken"),
        "poulet": ("chicken", "broiler"), "volaille": ("poultry", "bird", "fowl", "chicken"), "canard": ("duck",),
        "oie": ("goose", "geese"), "abeille": ("bee",), "ruche": ("hive", "beehive", "colony"), "colonie": ("colony", "hive", "beehive"),
        "essaim": ("swarm", "colony"),
        "loup": ("wolf", "wolves"), "ours": ("bear",), "oiseau": ("bird",), "poisson": ("fish",), "baleine": ("whale",),
        "cétacé": ("cetacean", "whale", "dolphin", "porpoise"),
        "requin": ("shark",), "éléphant": ("elephant",), "espèce": ("species",),
        "arbre": ("tree", "sapling"), "fleur": ("flower",), "plante": ("plant",),
        "souris": ("mouse", "mice"), "meute": ("pack",),
        "sanglier": ("wild boar", "boar"), "chevreuil": ("roe deer", "deer", "roe"),
    },
    # drugs, weapons and what is seized
    "seized": {
        "cocaïne": ("cocaine", "coke", "drug", "narcotic"), "héroïne": ("heroin", "drug", "narcotic"),
        "cannabis": ("cannabis", "marijuana", "hashish", "hash", "weed", "resin", "grass", "herb", "skunk", "drug", "narcotic"),
        "résine": ("resin", "hashish", "hash", "cannabis"), "herbe": ("grass", "herb", "weed", "marijuana", "cannabis"),
        "drogue": ("drug", "narcotic"), "stupéfiant": ("drug", "narcotic"), "comprimé": ("pill", "tablet"),
        "cigarette": ("cigarette",), "arme": ("weapon", "gun", "arm", "firearm"), "munition": ("ammunition", "round", "cartridge"),
        "missile": ("missile",), "roquette": ("rocket",), "bombe": ("bomb",), "fusil": ("rifle", "gun", "shotgun", "firearm", "weapon"),
        "pistolet": ("pistol", "gun", "handgun", "firearm", "weapon"), "kalachnikov": ("kalashnikov", "rifle", "gun", "weapon"),
        "grenade": ("grenade",), "explosif": ("explosive",), "canon": ("gun", "cannon"),
        "obus": ("shell",), "balle": ("bullet", "ball", "shot", "round"),
    },
    # things made, sold, written and sent
    "goods": {
        "produit": ("product", "item", "good"), "article": ("article", "item", "product"), "objet": ("object", "item"),
        "ordinateur": ("computer", "pc", "laptop"), "téléphone": ("phone", "telephone", "handset"),
        "smartphone": ("smartphone", "phone", "handset"), "tablette": ("tablet",), "téléviseur": ("television", "tv"),
        "livre": ("book", "pound"), "page": ("page",), "numéro": ("issue", "edition", "number", "copy"), "édition": ("edition", "issue"),
        "mot": ("word",), "langue": ("language",),
        "film": ("film", "movie"), "chanson": ("song",), "morceau": ("piece", "song", "track"), "album": ("album",),
        "disque": ("album", "disc", "record"), "roman": ("novel",), "exemplaire": ("copy",),
        "concert": ("concert", "gig"), "spectacle": ("show", "performance", "production"), "épisode": ("episode",), "saison": ("season",),
        "tableau": ("painting", "picture", "canvas", "work", "artwork", "piece", "table", "chart", "board"),
        "sculpture": ("sculpture", "statue", "work", "artwork", "piece"), "statue": ("statue", "sculpture"),
        "œuvre": ("work", "artwork", "piece", "painting", "masterpiece"),
        "caméra": ("camera",), "banc": ("bench",), "couverture": ("blanket", "cover"), "tente": ("tent",),
        "courrier": ("letter", "mail", "post", "item"), "paquet": ("packet", "pack", "package", "parcel"),
        "valise": ("suitcase", "case", "bag", "luggage"), "masque": ("mask",),
        "casque": ("helmet", "hard hat", "headset", "peacekeeper", "blue helmet"),
        "harnais": ("harness",), "gilet": ("vest", "jacket", "waistcoat"), "gant": ("glove",),
        "ceinture": ("belt", "seatbelt", "seat belt"), "respirateur": ("ventilator", "respirator"),
        "écran": ("screen", "display", "monitor"), "table": ("table",), "chaise": ("chair", "seat"),
        "fauteuil": ("armchair", "chair", "seat", "wheelchair"), "série": ("series", "show", "serial"),
        "photo": ("photo", "photograph", "picture"), "image": ("image", "picture"), "vidéo": ("video",),
        "émission": ("programme", "program", "show", "broadcast", "emission"),
        "mail": ("email", "e-mail", "mail"), "courriel": ("email", "e-mail"), "message": ("message", "text"),
        "lettre": ("letter",), "colis": ("parcel", "package"), "commande": ("order",), "compte": ("account",),
        "application": ("app", "application"), "appel": ("call", "appeal"), "dossier": ("file", "case", "application", "claim"),
        "affaire": ("case", "affair", "matter"), "exposition": ("exhibition", "show"), "festival": ("festival",),
        "document": ("document", "paper"), "rapport": ("report",), "chapitre": ("chapter",), "question": ("question", "issue"),
        "projet": ("project", "plan"), "demande": ("request", "application", "claim", "demand"),
        "repas": ("meal",), "plat": ("dish", "meal"), "bouteille": ("bottle",), "verre": ("glass",), "sac": ("bag", "sack"),
        "carton": ("carton",), "palette": ("pallet",), "conteneur": ("container", "box", "teu", "unit"),
        "partie": ("part", "game", "party"),
        "dessin": ("drawing", "sketch", "cartoon"), "unité": ("unit", "item"),
        "élément": ("element", "item", "part", "unit", "piece"), "forfait": ("package", "pass", "plan", "deal", "bundle"),
        "réservation": ("booking", "reservation"), "réclamation": ("claim", "complaint"), "variété": ("variety", "cultivar", "strain"),
        "empreinte": ("print", "fingerprint", "footprint", "imprint"), "permis": ("permit", "licence", "license"),
        "création": ("creation", "premiere", "production", "work", "job"),
        "immatriculation": ("registration", "licence plate", "plate"),
    },
    # work, trade and money
    "economy": {
        "emploi": ("job", "post", "position"), "poste": ("job", "post", "position", "station", "item"),
        "licenciement": ("layoff", "redundancy", "dismissal", "job"), "embauche": ("hire", "hiring", "job"),
        "recrutement": ("recruitment", "hire", "hiring", "recruit", "job"),
        "transaction": ("transaction", "sale", "deal", "purchase"), "vente": ("sale",), "achat": ("purchase", "sale"),
        "contrat": ("contract", "deal"), "facture": ("bill", "invoice"), "action": ("share", "action", "stock"),
        "billet": ("ticket", "banknote"), "ticket": ("ticket",), "caisse": ("till", "checkout", "fund", "crate"),
        "marque": ("brand",), "abonnement": ("subscription",), "salaire": ("salary", "wage", "pay"),
        "stage": ("internship", "placement", "traineeship", "course", "training"),
        "formation": ("course", "training", "programme", "program"), "cours": ("class", "course", "lesson"),
        "diplôme": ("degree", "diploma", "qualification", "certificate"), "livraison": ("delivery", "shipment"),
        "téléchargement": ("download",), "nuitée": ("night", "overnight stay", "stay", "bed night"),
        "enseigne": ("brand", "chain", "retailer", "store", "shop", "sign", "banner"),
        "euro": ("euro",), "dollar": ("dollar",), "centime": ("cent", "centime"), "tonne": ("tonne", "ton"),
        "start-up": ("start-up", "startup", "company", "firm", "business", "venture"),
        "défaillance": ("failure", "insolvency", "bankruptcy", "default", "collapse"),
        "intervention": ("intervention", "operation", "procedure", "surgery", "call-out", "callout", "call out", "call", "mission", "raid"),
        "entrée": ("admission", "entry", "ticket", "visitor", "entrance", "attendance"),
        "parrainage": ("sponsorship", "endorsement", "nomination", "signature"),
        "valeur": ("stock", "share", "security", "value"),
    },
    # science, health care and the sky
    "science": {
        "étoile": ("star",), "planète": ("planet",), "galaxie": ("galaxy",), "comète": ("comet",),
        "astéroïde": ("asteroid",), "télescope": ("telescope",), "miroir": ("mirror",), "satellite": ("satellite",), "fusée": ("rocket",),
        "particule": ("particle",), "atome": ("atom",), "molécule": ("molecule",), "cellule": ("cell",), "gène": ("gene",),
        "virus": ("virus",), "bactérie": ("bacteria", "bacterium"), "échantillon": ("sample",),
        "expérience": ("experiment", "experience"), "étude": ("study",), "test": ("test",), "dose": ("dose",),
        "vaccin": ("vaccine", "jab"), "médicament": ("drug", "medicine", "medication"),
        "dent": ("tooth", "teeth"), "os": ("bone",), "organe": ("organ",),
        "exoplanète": ("exoplanet", "planet"), "fossile": ("fossil",), "squelette": ("skeleton",),
        "réplique": ("aftershock", "replica", "tremor"), "piézomètre": ("piezometer", "monitoring well", "borehole"),
        "lentille": ("lens", "lentil"),
        "algue": ("alga", "algae", "seaweed"), "spectre": ("spectrum", "spectra"),
    },
    # what is grown, raised, drawn from the ground, burnt and thrown away, by the tonne, the litre or the barrel
    "produce": {
        "blé": ("wheat", "grain", "cereal"), "maïs": ("maize", "corn", "grain", "cereal"), "riz": ("rice", "grain", "cereal"),
        "orge": ("barley", "grain", "cereal"), "céréale": ("cereal", "grain", "crop"), "soja": ("soy", "soya", "soybean"),
        "colza": ("rapeseed", "rape", "canola"), "café": ("coffee",), "cacao": ("cocoa", "cacao", "bean"),
        "sucre": ("sugar",), "lait": ("milk",), "vin": ("wine",), "bière": ("beer",), "viande": ("meat", "beef", "pork"),
        "bœuf": ("beef", "cattle"), "fruit": ("fruit",), "agrume": ("citrus", "citrus fruit", "orange", "lemon"), "tomate": ("tomato",),
        "miel": ("honey",), "œuf": ("egg",), "légume": ("vegetable", "veg", "produce"),
        "pétrole": ("oil", "crude", "petroleum"), "gaz": ("gas",), "charbon": ("coal",), "acier": ("steel",),
        "fer": ("iron", "ore"), "cuivre": ("copper",), "électricité": ("electricity", "power"),
        "bois": ("wood", "timber", "lumber", "log"), "déchet": ("waste", "rubbish", "garbage", "trash", "refuse"),
        "ordure": ("rubbish", "waste", "refuse", "garbage", "trash"), "carburant": ("fuel",),
        "essence": ("petrol", "gasoline", "fuel", "gas"), "gazole": ("diesel", "fuel"), "engrais": ("fertiliser", "fertilizer"),
        "ciment": ("cement",), "béton": ("concrete",), "sable": ("sand",), "eau": ("water",),
        "vigne": ("vine", "vineyard", "grapevine"), "vignoble": ("vineyard", "vine", "wine-growing"), "verger": ("orchard",),
    },
    # times and events
    "times": {
        "an": ("year",), "année": ("year",), "mois": ("month",), "jour": ("day",), "semaine": ("week",),
        "heure": ("hour",), "fois": ("time",), "accident": ("accident", "crash"), "incendie": ("fire", "blaze"),
    },
}  # fmt: skip
#: The French nouns of people of one age or sex (entries of :data:`_COUNTED_NOUNS`).
_PEOPLE_BY_AGE_OR_SEX = ("homme", "femme", "enfant", "garçon", "fille", "bébé", "nourrisson", "adulte", "adolescent", "retraité")
#: French nouns too general to say what a figure counts ("12 cas" may be "12 patients", "12 infections"), with the
#: entries of :data:`_COUNTED_NOUNS` they are never rendered by: a case is no death, no injury, no admission to hospital.
_GENERAL_NOT: dict[str, tuple[str, ...]] = {
    "cas": ("mort", "décès", "tué", "blessé", "disparu", "rescapé", "survivant", "hospitalisation", "guérison", "naissance"),
    # people in general are no group of one age or sex: "1 430 personnes" is never "1,430 children" or "1,430 women"
    # (a group the French sentence names elsewhere is read apart: "12 personnes, dont trois enfants")
    **dict.fromkeys(("personne", "gens", "individu"), _PEOPLE_BY_AGE_OR_SEX),
}

#: Qualifiers that set a count apart from another of the same noun, by opposition: each group holds poles, each pole
#: its French words (folded, as written, or a phrase) and its English ones. A French figure whose phrase holds one pole
#: ("19 cas confirmés", "3 écoles primaires", "4 blessés graves", "6 défaites à domicile") rendered with another pole
#: of its group and not its own ("19 suspected cases", "3 secondary schools", "4 slightly injured", "6 away defeats")
#: counts other things. A French noun may stand for its pole by itself ("collèges" and "lycées" are secondary schools).
_OPPOSED_QUALIFIERS: tuple[tuple[tuple[tuple[str, ...], tuple[str, ...]], ...], ...] = (
    # the level of a school
    ((("primaire", "primaires", "elementaire", "elementaires"), ("primary", "elementary")),
     (("secondaire", "secondaires", "college", "colleges", "lycee", "lycees"), ("secondary", "high", "middle"))),
    # how sure a case or a count is
    ((("confirme", "confirmes", "confirmee", "confirmees", "avere", "averes", "averee", "averees"), ("confirmed", "proven")),
     (("suspect", "suspects", "suspecte", "suspectes", "suspectee", "suspectees", "presume", "presumes", "presumee",
       "presumees", "possible", "possibles", "probable", "probables"),
      ("suspected", "suspect", "presumed", "possible", "probable", "presumptive"))),
    # where a game was played
    ((("a domicile",), ("home",)), (("a l'exterieur", "a l’exterieur", "en deplacement"), ("away",))),
    # where an infection was caught
    ((("autochtone", "autochtones"), ("locally", "local", "autochthonous", "indigenous")),
     (("importe", "importes", "importee", "importees"), ("imported",))),
    # how badly the injured are hurt
    ((("grave", "graves", "grievement", "gravement"), ("serious", "seriously", "critical", "critically", "severe",
                                                          "severely", "badly", "gravely")),
     (("leger", "legers", "legere", "legeres", "legerement"), ("minor", "slight", "slightly", "light", "lightly"))),
    # public or private
    ((("public", "publics", "publique", "publiques"), ("public", "state")), (("prive", "prives", "privee", "privees"), ("private",))),
    # the side a seat or a vote goes to
    ((("gauche",), ("left", "left-wing", "leftist")), (("droite",), ("right", "right-wing", "rightist"))),
    # jobs created by a project itself or around it
    ((("direct", "directs", "directe", "directes"), ("direct", "directly")),
     (("indirect", "indirects", "indirecte", "indirectes"), ("indirect", "indirectly"))),
    # working time
    ((("a temps plein", "a plein temps"), ("full-time", "fulltime")), (("a temps partiel",), ("part-time", "parttime"))),
    # new or used goods
    ((("neufs", "neuves", "neuve"), ("new", "brand-new")), (("d'occasion", "d’occasion"), ("used", "second-hand", "secondhand"))),
    # a contract for good or for a time
    ((("en cdi", "titulaire", "titulaires", "permanent", "permanents", "permanente", "permanentes"), ("permanent", "tenured")),
     (("interimaire", "interimaires", "en cdd", "temporaire", "temporaires", "saisonnier", "saisonniers", "contractuel",
       "contractuels"), ("temporary", "agency", "fixed-term", "interim", "seasonal", "contract"))),
    # manual or office work
    ((("cols bleus", "col bleu", "ouvrier", "ouvriers", "ouvriere", "ouvrieres", "manuel", "manuels"), ("blue-collar", "manual")),
     (("cols blancs", "col blanc", "employes de bureau", "cadres"), ("white-collar", "office", "clerical"))),
    # the metal of a medal ("cinq médailles d'or et huit d'argent" / "five golds and eight silvers")
    ((("d'or", "d’or", "or"), ("gold", "golds")), (("d'argent", "d’argent", "argent"), ("silver", "silvers")),
     (("de bronze", "bronze"), ("bronze", "bronzes"))),
    # what drives a vehicle
    ((("electrique", "electriques"), ("electric", "battery-electric", "ev", "evs")),
     (("hybride", "hybrides"), ("hybrid", "hybrids")),
     (("thermique", "thermiques", "diesel", "essence"), ("petrol", "diesel", "combustion", "gasoline"))),
)  # fmt: skip

#: The endings of a French verb of the first group a count's outcome is said with: participles, infinitive, present,
#: imperfect, gerund, simple past ("tué", "tuées", "tuer", "tuent", "tuait", "tuant", "tua").
_ER = "(?:e|ee|es|ees|er|ent|ait|aient|ant|a)"

#: What happened to the things a count counts, or what they did, by opposition: each group holds poles, each pole the
#: words of both languages that put a count in it, by role, as regular expressions over one word (folded: lower case,
#: no accents). ``noun``: a word that names the counted things so ("12 morts", "12 arrests", "exportations de 40
#: milliards"); ``done``: a transitive verb said of them, active before the count ("a tué 12", "injured 45") or passive
#: or a bare participle after it ("12 personnes ont été interpellées", "12 people killed"); ``did``: an intransitive
#: verb whose subject they are ("12 personnes sont mortes", "30 have died", "26 went missing"); ``said``: a word
#: right after the count's noun that closes its phrase ("280 voix pour, 150 contre"). Two counts of one sentence
#: whose poles are exchanged ("8 tués et 30 blessés" / "8 injured and 30 killed"), or one count put in another pole
#: while the English says nothing of its own ("12 personnes ont été blessées" / "12 people were killed"), count other
#: things. A word may be in several groups ("perdu": jobs cut, matches lost); within a group the poles exclude each
#: other.
_OUTCOMES: tuple[tuple[dict[str, tuple[str, str]], ...], ...] = (
    # what happened to the people counted: harm, arrest, rescue, care, work, the courts
    (
        {"noun": (r"morts?|deces|tue(?:e|s|es)?|cadavres?|corps", r"dead|deaths?|fatalit(?:y|ies)|lives|bod(?:y|ies)"),
         "done": (r"tu(?:e|ee|es|ees|er|ent|ait|aient|ant|a|era|eront)", r"kill(?:s|ed|ing)?|slain|slew"),
         "did": (r"mort(?:e|s|es)?|meur(?:en)?t|mourir|mourant|decede(?:e|s|es)?|decedent|peri(?:e|s|es|r|ssent)?|"
                 r"noye(?:e|s|es)?", r"die[sd]?|dying|perish(?:es|ed|ing)?|drown(?:s|ed|ing)?")},
        {"noun": (r"blesse(?:e|s|es)?|blessures?", r"injured|wounded|injur(?:y|ies)|hurt"),
         "done": (rf"bless{_ER}", r"injur(?:e|es|ed|ing)|wound(?:s|ed|ing)?|hurt(?:s|ing)?|maim(?:s|ed|ing)?")},
        {"noun": (r"disparu(?:e|s|es)?", r"missing|unaccounted"),
         "did": (r"disparu(?:e|s|es)?|disparaiss(?:ent|ait|aient)|disparaitre", r"missing|disappear(?:s|ed|ing)?|vanish(?:es|ed|ing)?")},
        {"noun": (r"interpellations?|arrestations?|interpelle(?:e|s|es)?", r"arrests?|arrested"),
         "done": (rf"interpell{_ER}|arret{_ER}|"
                  rf"apprehend{_ER}|ecrou(?:e|ee|es|ees)",
                  r"arrest(?:s|ed|ing)?|detain(?:s|ed|ing)?|apprehend(?:s|ed|ing)?|rounded")},
        {"noun": (r"rescape(?:e|s|es)?|survivant(?:e|s|es)?|evacue(?:e|s|es)?", r"survivors?|evacuees?|evacuated|rescued"),
         "done": (rf"evacu{_ER}|secour(?:u|ue|us|ues|ir|ent|ait|aient|ant)|"
                  rf"sauv{_ER}|helitreuill{_ER}",
                  r"evacuat(?:e|es|ed|ing)|rescu(?:e|es|ed|ing)|sav(?:e|es|ed|ing)|airlift(?:s|ed|ing)?"),
         "did": (r"survecu|survivent", r"surviv(?:e|es|ed|ing)")},
        {"noun": (r"hospitalisations?|hospitalise(?:e|s|es)?", r"hospitali[sz]ations?|hospitali[sz]ed|admissions?"),
         "done": (rf"hospitalis{_ER}", r"hospitali[sz](?:e|es|ed|ing)|admitted")},
        {"noun": (r"contamine(?:e|s|es)?|infecte(?:e|s|es)?|contaminations?|infections?", r"infected|infections?"),
         "done": (rf"contamin{_ER}|infect{_ER}",
                  r"infect(?:s|ed|ing)?")},
        {"noun": (r"vaccine(?:e|s|es)?|vaccinations?", r"vaccinated|vaccinations?"),
         "done": (rf"vaccin{_ER}", r"vaccinat(?:e|es|ed|ing)|inoculat(?:e|es|ed|ing)|jabbed")},
        {"done": (rf"test{_ER}|depist{_ER}",
                  r"test(?:s|ed|ing)?|screen(?:s|ed|ing)?")},
        {"done": (rf"liber{_ER}|relach{_ER}",
                  r"releas(?:e|es|ed|ing)|free(?:s|d|ing)")},  # "freed 40", not "40 free tickets"
        {"done": (rf"expuls{_ER}|reconduit(?:e|s|es)?",
                  r"expel(?:s|led|ling)?|deport(?:s|ed|ing)?")},
        {"done": (rf"embauch{_ER}|recrut{_ER}",
                  r"hir(?:e|es|ed|ing)|recruit(?:s|ed|ing)?")},
        {"done": (rf"licenci{_ER}", r"laid|lay(?:s|ing)?|dismiss(?:es|ed|ing)?|sack(?:s|ed|ing)?")},
        {"done": (rf"condamn{_ER}", r"convict(?:s|ed|ing)?|sentenc(?:e|es|ed|ing)|jail(?:s|ed|ing)?")},
        {"done": (rf"acquitt{_ER}|relax{_ER}",
                  r"acquit(?:s|ted|ting)?|cleared")},
    ),
    # what was made or unmade of the things counted: jobs, homes, shops, schools
    (
        {"noun": (r"creations?|ouvertures?|constructions?", r"creations?|openings?"),
         "done": (r"cre(?:e|ee|es|ees|er|ent|ait|aient|ant|a|era|eront)|ouv(?:ert|erte|erts|ertes|rir|re|rent|rait|raient|rant)|"
                  rf"inaugur{_ER}|constru(?:it|ite|its|ites|ire|isent|isait|isaient|isant)|"
                  r"bati(?:e|s|es|r|ssent|ssait|ssaient|ssant)?",
                  r"creat(?:e|es|ed|ing)|open(?:s|ed|ing)?|build(?:s|ing)?|built|construct(?:s|ed|ing)?|generat(?:e|es|ed|ing)")},
        {"noun": (r"suppressions?|fermetures?|destructions?|demolitions?|pertes?",
                  r"cuts|closures?|destruction|demolitions?|loss(?:es)?|layoffs?"),
         "done": (r"supprim(?:e|ee|es|ees|er|ent|ait|aient|ant|a|era|eront)|ferm(?:e|ee|es|ees|er|ent|ait|aient|ant|a|era|eront)|"
                  r"detrui(?:t|te|ts|tes|re|sent|sait|saient|sant)|demoli(?:e|s|es|r|ssent|ssait|ssaient|ssant)?|"
                  r"ras(?:e|ee|es|ees)|perd(?:u|ue|us|ues|re|ent|ait|aient|ant|ra|ront)",
                  r"cut(?:s|ting)?|shed(?:s|ding)?|ax(?:e|es|ed|ing)|eliminat(?:e|es|ed|ing)|slash(?:es|ed|ing)?|"
                  r"scrap(?:s|ped|ping)?|clos(?:e|es|ed|ing)|shut(?:s|ting)?|destroy(?:s|ed|ing)?|demolish(?:es|ed|ing)?|"
                  r"raz(?:e|es|ed|ing)|lo(?:se|ses|st|sing)")},
        {"done": (r"endommag(?:e|ee|es|ees|er|ent|eait|eaient|eant|ea)", r"damag(?:e|es|ed|ing)")},
    ),
    # the results of games and elections
    (
        {"done": (rf"gagn{_ER}|remport{_ER}",
                  r"w(?:in|ins|on|inning)")},
        {"done": (r"perd(?:u|ue|us|ues|re|ent|ait|aient|ant|ra|ront)", r"lo(?:se|ses|st|sing)")},
    ),
    # trade: what comes in and goes out, is bought and sold
    (
        {"noun": (r"importations?|imports?", r"imports?"), "done": (rf"import{_ER}", r"import(?:s|ed|ing)?")},
        {"noun": (r"exportations?|exports?", r"exports?"), "done": (rf"export{_ER}", r"export(?:s|ed|ing)?")},
        {"noun": (r"achats?", r"purchases?"),
         "done": (rf"achet{_ER}|acqu(?:is|ise|ises|erir|ierent|erait|eraient)",
                  r"b(?:uy|uys|ought|uying)|purchas(?:e|es|ed|ing)|acquir(?:e|es|ed|ing)")},
        {"noun": (r"ventes?", r"sales"),
         "done": (rf"vend(?:u|ue|us|ues|re|ent|ait|aient|ant|ra|ront)|ced{_ER}", r"s(?:ell|ells|old|elling)")},
    ),
    # the side of a vote: for, against, neither
    (
        {"said": (r"pour", r"for|favou?r")},
        {"said": (r"contre", r"against")},
        {"noun": (r"abstentions?", r"abstentions?"), "did": (r"abstenu(?:e|s|es)?", r"abstain(?:s|ed|ing)?")},
    ),
)  # fmt: skip
