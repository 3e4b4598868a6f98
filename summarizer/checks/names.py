"""Names: the people, places and organisations of the French, looked for in the English.

The French names are spaCy ``fr_core_news_sm``'s PER, LOC and ORG entities (and a country the parser
left inside a longer entity: "Premier ministre du Maroc"). Words the small parser tags as names that
are common nouns of French (a capitalised "État", "Gouvernement", "Président", a sentence-initial word; a capital
written without its accent: "Etats membres"), months and days are not names; a particle never ends a person's name
("Bachar al" of "Bachar al-Assad" split at its hyphen), nor makes it descriptive ("von der"). A capitalised word
inside a sentence (after its opening quotes or dashes) that the French lexicon lacks, or an acronym (in brackets
too: "(JWST)"), is a name whatever the tagger made of it (a person's after a title: "Dr Hubert Malloy"); a French
word that English spells alike ("Oxford", "Euro", "Twitter") is copied unless it is a noun after an article ("le
Net"); a currency in use ("CZK") and a century ("XIXe") are not names. Each French name is found in the English (in this order):

- ``same``: equal after folding accents and case ("Québec" = "Quebec"), articles aside ("l'Irak");
- ``exonym``: a known English name, from babel's locale data: countries and territories ("Allemagne" =
  "Germany"), cities of the time-zone database ("Londres" = "London"), and as their country's language writes
  them ("Prague" = "Praha"), languages and nationality adjectives ("allemands" = "German"), inhabitants by a
  country's stem and ending ("Marocains" = "Moroccan"); regions, seas and rivers CLDR lacks from a short table
  (``_REGIONS``: "Angleterre" = "England", "Cisjordanie" = "West Bank") and their adjectives
  (``_REGION_ADJECTIVES``: "Écosse" = "Scottish"); a city as its country writes it, without an article ("the Roma"
  are a people); forms English has of its own (``_CONVENTIONS``): international organisations whose acronyms differ
  ("OMC" / "WTO" / "World Trade Organization"), French acronyms of common nouns ("PIB" / "GDP"), historic persons
  ("Mahomet" / "Muhammad"), "Internet" / "online", feasts ("Noël" / "Christmas"), seats of government ("Bercy" /
  "the Finance Ministry", "le Kremlin" / "Moscow"), French parties and bodies English translates or names by their
  role ("le PS" / "the Socialists", "la SNCF" / "the rail operator"), national teams by their nicknames (``_TEAMS``:
  "le XV de France", "les All Blacks", "la Nati" / "Switzerland") and clubs by theirs (``_CLUBS``: "l'OM" /
  "Marseille", "la Juve" / "Juventus"), each one name whatever words the parser split it into (so is a name of the conventions of
  several words: "l'Aïd el-Kébir"); capitals and seats of government babel's time zones lack (``_CAPITALS``: "Pékin" /
  "Beijing", "Ottawa"), and country names and adjectives it lacks (``_COUNTRY_FORMS``: "Turkey", "American", "Swiss");
  a people by the stem of its "-ish" adjective ("Polonais" / "Poles", "Espagnols" /
  "Spaniards"), by the country of its first official language whose name starts alike ("Allemands" / "Germany") or
  by its region ("Écossais" / "Scotland");
- ``seat``: a town of a well-known company's head office after a company's noun, by the company (``_COMPANY_SEATS``:
  "la firme de Cupertino" / "Apple", "le géant de Mountain View" / "Google");
- ``translation``: the model's own translation of the name, made in the run's one batch ("Nations unies" ->
  "United Nations"), found whole or by its content words;
- ``acronym``: an English acronym of the same letters in any order ("OTAN" = "NATO"), or of those letters less a
  first "O" (the "Organisation" English drops: "ONU" = "UN", "ONUSIDA" = "UNAIDS"); in title case the letters in
  order, or reversed ("Nato"), never an English word or one the French holds ("Seine" is not "Insee"); the
  initials of an English run of capitalised words ("UE" = "European Union"), a hyphenated word's by each part
  ("PSG" = "Paris Saint-Germain"); a country's code inside a
  currency's, where the French names the currency ("dollars US" = "USD");
- ``overlap``: a word of the name found in the English after folding, or spelt nearly alike (a
  transliteration: "Kadhafi" ~ "Gadhafi", "Joukov" ~ "Zhukov"); a person is found by any part of the name ("Barack Obama" ->
  "Obama"), a person with an epithet by the first name ("Théobald le Pieux" -> "Theobald the Pious"). A name
  of several words is found by one of them only where it is capitalised, not inside another name found whole
  ("Garnier" of "Charles Garnier"), and for an organisation not by a nationality ("German"); a person's word
  only capitalised ("Said", not "said"); a French word English shares inside an English compound ("sites Web" /
  "websites"); a place of one word by the English adjective on its stem ("les Alpes" / "Alpine"). A word that
  renders another word of the French ("Uruguayan" for "uruguayenne") does not find a name.

A several-word name found by one word is still ``replaced`` when the English person there goes on with a name
the French lacks ("Lina Marsac" written "Lina Okafor"; a capitalised word of the French in another transliteration, of
the same phonetic key, is no other name: "Piotr Ilitch Tchaïkovski" / "Pyotr Ilyich Tchaikovsky"), or when its place
("Tambov" of "Conservatoire Rachmaninov de Tambov") is absent and another place stands in the English. A name copied
or found by its exonym that the French names more often than the English is ``missing`` once; in a text checked
sentence by sentence, a name missing in one sentence that an earlier one names in both languages is said again by a
pronoun or a role (:func:`mentioned_earlier`), unless another proper noun stands there.

A country or a city not found that the English names by its class ("the country", "the capital"), where the French
holds no such noun, is a repetition avoided (``class``), not a drop; a city of babel with no preposition before it,
whose country the French names and the English renders, stands for the government (``seat``: "la Russie ... : Moscou
dénonce" / "Russia ..., denouncing"), as it does where the English alone names the country ("Washington a imposé" /
"the US administration imposed", "the Dutch government") or a body seated there (``_SEATED_BODIES``: "Bruxelles" /
"the EU", "Strasbourg" / "the European Court of Human Rights"). A saint's name is found by the English "St" and a
first name of the same first letter ("Saint-Pierre" / "St Peter's"); a single common noun tagged a person after its
article is a title ("le Pape"). The capitalised noun of an event's title ("le Printemps arabe"), and a capitalised
common noun after the noun of a law, a plan or a reform ("la loi Travail" / "the labour law") or of a natural
feature ("la mer Rouge" / "the Red Sea"), is translated, not copied. A name not found is ``missing``, or ``replaced``
when the English holds a name of the same type that the French does not ("Rabat" written "Casablanca"), unless that
name is spelt nearly alike: same first letters, or the same consonants ("Mohammed" / "Muhammad"). Without the
model's translation, only names meant to be copied can be missing: persons, acronyms, and names made of proper nouns.
A descriptive name ("Frères musulmans", "Cour suprême") is then left unchecked. An English name the French does not
hold is an ``added`` note (information).
"""

from __future__ import annotations

import difflib
import logging
import os
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from functools import cache
from typing import Any

from ..vocabulary import Vocabulary
from .base import MAX_CHARS, Check, CheckReport, Issue, IssueKind, NameMatch, Severity, register
from .text import Folded, fold

logger = logging.getLogger(__name__)

#: A capital letter of French or English (a name starts with one).
_CAPITAL = re.compile(r"[A-ZÀ-ÖØ-ÞŒ]")

__all__ = [
    "NameType", "Found", "FrenchName", "NameCheck", "french_names", "english_names", "exonyms", "names_to_translate",
    "may_hold_english_names", "reads_english_names", "mentioned_earlier",
]  # fmt: skip


class NameType(Vocabulary):
    """What a name names, on either side (``name``: a proper noun no parser typed)."""

    PERSON = "person"
    PLACE = "place"
    ORGANISATION = "organisation"
    GROUP = "group"
    NAME = "name"


class Found(Vocabulary):
    """How a French name was found in the English (:attr:`NameMatch.how`)."""

    SAME = "same"
    EXONYM = "exonym"
    TRANSLATION = "translation"
    OVERLAP = "overlap"
    PERSON = "person"
    ACRONYM = "acronym"
    CLASS = "class"
    SEAT = "seat"


#: The French entity labels checked, and the English ones that can render each.
_FR_LABELS = {"PER": NameType.PERSON, "LOC": NameType.PLACE, "ORG": NameType.ORGANISATION}
_EN_TYPES = {
    "PERSON": NameType.PERSON,
    "GPE": NameType.PLACE,
    "LOC": NameType.PLACE,
    "FAC": NameType.PLACE,
    "ORG": NameType.ORGANISATION,
    "NORP": NameType.GROUP,
}
#: Words that start a French name but are not part of it.
_LEADING = {"l", "la", "le", "les", "du", "des", "de", "d", "au", "aux", "a", "en", "un", "une", "cette", "ce", "son", "sa", "ses"}
#: Titles before a name ("M. Dupont", "Dre Martin"): not part of it.
_TITLES = {
    "m",
    "mm",
    "mme",
    "mmes",
    "mlle",
    "mlles",
    "dr",
    "dre",
    "pr",
    "me",
    "mgr",
    "monsieur",
    "madame",
    "mademoiselle",
    "docteur",
    "maitre",
    "professeur",
    "sir",
    "saint",
    "sainte",
    "st",
    "ste",
}
#: The lowercase particles inside a person's name, before the surname ("al-Assad", "ben Salmane", "de Gaulle", "von der
#: Leyen"): never the last word of a name.
_PARTICLES = frozenset(
    {"al", "el", "ben", "bin", "ibn", "abou", "abu", "de", "du", "des", "d'", "von", "van", "der", "den", "da", "di", "dos"}
)
#: English function words that do not make two names overlap.
_EN_STOP = {"the", "of", "and", "for", "in", "on", "at", "to", "de", "la", "le", "du", "des", "saint", "st", "san", "new"}
#: Nearly alike: two folded words at least this similar (and this long) are one name transliterated.
_SIMILAR = 0.8
_SIMILAR_LENGTH = 5
#: The English name standing where a French name was lost is the same name when at least this alike (and same first letter).
_NEAR = 0.5


@dataclass(frozen=True)
class FrenchName:
    """A name of the French text.

    Attributes:
        text: As written.
        type: ``person``, ``place`` or ``organisation``.
        start: Offset in the French text.
        end: Offset just past it.
        core: The folded name, leading articles aside.
        words: Its folded proper-noun words (the ones a copy keeps).
        copied: Whether a translation keeps it as written (a person, an acronym, proper nouns only).
        acronym: Its letters, when it is an acronym.
        sentence: The folded words of the French text it stands in (an English word the French holds renders no acronym).
        seat_of: The companies a town names after a company's noun ("la firme de Cupertino": Apple).
    """

    text: str
    type: NameType
    start: int
    end: int
    core: str
    words: tuple[str, ...]
    copied: bool
    acronym: str = ""
    sentence: frozenset[str] = frozenset()
    seat_of: tuple[str, ...] = ()


@cache
def _french_words() -> Any:
    """The French words of the parser's lemmatizer tables (216,000 forms, 95,000 lemmas): a common noun is one of them.

    The nouns of the exceptions table count too: the invariant nouns the other tables lack ("paix", "voix", "prix",
    "accès", "abus"), whose form is their lemma.
    """
    from .. import parsing

    lookups = parsing.pipeline("fr").get_pipe("lemmatizer").lookups
    table = lookups.get_table("lemma_lookup")
    index = lookups.get_table("lemma_index")
    lemmas = frozenset(lemma for lemmas in table.values() for lemma in lemmas)
    lemmas |= frozenset(word for pos in ("adj", "noun", "verb", "adv") for word in index.get(pos, []))
    exceptions = lookups.get_table("lemma_exc").get("noun", {}) if lookups.has_table("lemma_exc") else {}
    lemmas |= frozenset(word for word, forms in exceptions.items() for word in (word, *forms) if word.isalpha())
    return _Words(table, lemmas | frozenset(fold(lemma) for lemma in lemmas))


#: The accented letters a French word may start with, by the letter French writes for them on a capital ("Etats" for
#: "États", "Eglises", "Iles"): a capital's accent is often left out, the word is the same.
_ACCENTED_FIRST = {"e": "éèê", "a": "àâ", "i": "î", "o": "ô", "u": "û", "c": "ç"}


class _Words:
    """French word forms: the lemmatizer's inflected forms (keyed by hash) and their lemmas."""

    def __init__(self, forms: Any, lemmas: frozenset[str]) -> None:
        self.forms = forms
        self.lemmas = lemmas

    def __contains__(self, word: object) -> bool:
        if not isinstance(word, str):
            return False
        if word in self.lemmas or word in self.forms or fold(word) in self.lemmas:
            return True
        # a capital written without its accent ("Etats membres", "Eglises"): the accented form is the word
        return any(f"{accented}{word[1:]}" in self.forms for accented in _ACCENTED_FIRST.get(word[:1], ""))


@cache
def _english_words() -> frozenset[str]:
    """The folded words of the English parser's lemmatizer index (nouns, verbs, adjectives, adverbs: 91,000 lemmas).

    A capitalised French word that English spells alike ("Oxford", "Boston", "Euro", "Labour", "Twitter") is
    written alike in a translation, whether it is a name or a word both languages share: it can be copied.
    """
    from .. import parsing

    index = parsing.pipeline("en").get_pipe("lemmatizer").lookups.get_table("lemma_index")
    return frozenset(fold(word) for key in index.keys() for word in index.get(key, []))


@cache
def _nationalities() -> frozenset[str]:
    """The English nationality adjectives and language names of babel's tables ("german", "british"): a word
    that a several-word name shares with them does not find the name ("German Marshall Fund" is not "German policy")."""
    import babel

    en = babel.Locale("en")
    places = {fold(name) for name in en.territories.values()} | {fold(str(zone).rsplit("/", 1)[-1]) for zone in en.time_zones}
    places |= {name for names in (*_REGIONS.values(), *_endonyms().values()) for name in names}
    names = {fold(name) for name in en.languages.values()} | {a for adjectives in _REGION_ADJECTIVES.values() for a in adjectives}
    for french, english in exonyms().items():
        names.update(e for e in english if " " not in e and fold(french) != e and e not in places)
    return frozenset(names - places)


def _shared(token: Any) -> bool:
    """Whether a capitalised word is spelt alike in English (see :func:`_english_words`) and stands as a name does:
    not a noun after a determiner ("le Net", "du Centre", "l'Est": French common nouns capitalised)."""
    if fold(token.text) not in _english_words():
        return False
    previous = token.doc[token.i - 1] if token.i else None
    return not (token.pos_ == "NOUN" and previous is not None and previous.pos_ in ("DET", "ADP") and previous.lower_ not in _NO_ARTICLE)


#: Prepositions that take no article: a noun after them is not known to follow a determiner ("à", "de", "sur").
_NO_ARTICLE = frozenset({"à", "a", "de", "d'", "d’", "en", "sur", "pour", "par", "avec", "chez", "vers", "dans", "sans", "entre", "contre"})
#: Marks that open a quotation, a parenthesis or a line of dialogue.
_OPENING = frozenset({'"', "«", "“", "'", "(", "[", "-", "–", "—", "»", "”"})
#: A century or a rank in Roman figures ("XIXe", "VIe", "IIIe"): an ordinal, no name.
_ROMAN = re.compile(r"[IVXLC]+(?:e|er|ère|ème|es)")
#: The word classes a proper noun can be given by the small tagger ("Fatulayeva" as an adjective); never a
#: pronoun, conjunction, preposition or determiner ("Nous", "Et", "Chez" first in a quotation).
_OPEN_CLASSES = frozenset({"PROPN", "NOUN", "X", "ADJ", "VERB"})


def _starts_sentence(token: Any) -> bool:
    """Whether a token is first in its sentence, by the text: first of all, or after a full stop, a "!" or a "?".

    The small parser's own sentence starts are not trusted alone: it starts sentences inside long ones
    ("les soupçons selon lesquels Assange ...").
    """
    i = token.i - 1
    while i >= 0 and token.doc[i].text in _OPENING:
        i -= 1  # '"Nous ...', "- Tu ...", "(Et ...": the sentence starts after its opening marks
    return i < 0 or token.doc[i].is_punct and token.doc[i].text[-1:] in ".!?…:" or token.is_sent_start and i < token.i - 1


@cache
def _currencies() -> frozenset[str]:
    """ISO codes of the currencies in use ("CZK", "EUR"): a figure's unit, the figure check's business, no name.

    Currencies withdrawn long ago are left out: their codes are organisations' acronyms now ("ESA").
    """
    import babel
    import babel.numbers

    codes = {code for territory in babel.Locale("en").territories for code in babel.numbers.get_territory_currencies(str(territory))}
    return frozenset(codes or babel.Locale("en").currencies)


@cache
def _calendar() -> frozenset[str]:
    import babel

    words: set[str] = set()
    for lang in ("fr", "en"):
        locale = babel.Locale(lang)
        for table in (locale.months, locale.days):
            for width in ("wide", "abbreviated"):
                words.update(fold(w) for w in table["format"][width].values())
    return frozenset(words)


#: Regions, historic cities, seas and rivers whose established English name CLDR does not carry (it names countries,
#: territories and the time-zone cities only): folded French -> English names. Kept short and general: a name here is
#: one English writes in its own form in any text ("Bavière" / "Bavaria"), never a translator's choice.
_REGIONS: dict[str, tuple[str, ...]] = {
    "angleterre": ("england",),
    "grande bretagne": ("britain", "great britain"),
    "bretagne": ("brittany",),
    "ecosse": ("scotland",),
    "pays de galles": ("wales",),
    "irlande du nord": ("northern ireland",),
    "nouvelle angleterre": ("new england",),
    "cisjordanie": ("west bank",),
    "bande de gaza": ("gaza strip", "gaza"),
    "proche orient": ("near east", "middle east"),
    "moyen orient": ("middle east",),
    "extreme orient": ("far east",),
    "golfe persique": ("persian gulf", "gulf"),
    "gascogne": ("gascony", "biscay"),  # the region, and its gulf by the Basque province ("le golfe de Gascogne" / "the Bay of Biscay")
    "mediterranee": ("mediterranean",),
    "tamise": ("thames",),
    "rhin": ("rhine",),
    "nil": ("nile",),
    "escaut": ("scheldt",),
    "tage": ("tagus",),
    "tibre": ("tiber",),
    "jourdain": ("jordan",),
    "gange": ("ganges",),
    "euphrate": ("euphrates",),
    "dniepr": ("dnieper", "dnipro"),
    "vistule": ("vistula",),
    "baviere": ("bavaria",),
    "catalogne": ("catalonia",),
    "andalousie": ("andalusia",),
    "flandre": ("flanders",),
    "flandres": ("flanders",),
    "wallonie": ("wallonia",),
    "lombardie": ("lombardy",),
    "toscane": ("tuscany",),
    "sicile": ("sicily",),
    "sardaigne": ("sardinia",),
    "corse": ("corsica",),
    "crimee": ("crimea",),
    "tchetchenie": ("chechnya",),
    "siberie": ("siberia",),
    "cachemire": ("kashmir",),
    "californie": ("california",),
    "floride": ("florida",),
    "louisiane": ("louisiana",),
    "pennsylvanie": ("pennsylvania",),
    "virginie": ("virginia",),
    "caroline du nord": ("north carolina",),
    "caroline du sud": ("south carolina",),
    "la haye": ("the hague", "hague"),
    "haye": ("hague",),
    "la mecque": ("mecca",),
    "mecque": ("mecca",),
    "bethleem": ("bethlehem",),
    "venise": ("venice",),
    "anvers": ("antwerp",),
    "gand": ("ghent",),
    # the towns of Flanders, which French names in French and English in Dutch ("Courtrai" / "Kortrijk")
    "courtrai": ("kortrijk",),
    "malines": ("mechelen", "malines"),
    "louvain": ("leuven", "louvain"),
    "alost": ("aalst",),
    "termonde": ("dendermonde",),
    "saint nicolas": ("sint niklaas",),
    "tongres": ("tongeren",),
    "audenarde": ("oudenaarde",),
    "renaix": ("ronse",),
    # German, Swiss, Italian and Iberian towns and cantons French names in French ("Trèves" / "Trier", "Bâle" / "Basel")
    "treves": ("trier",), "coblence": ("koblenz",),
    "sarrebruck": ("saarbrucken", "saarbruecken"), "hambourg": ("hamburg",), "breme": ("bremen",), "dresde": ("dresden",),
    "francfort": ("frankfurt",), "fribourg en brisgau": ("freiburg",),
    "bale": ("basel", "basle"), "geneve": ("geneva",), "berne": ("bern", "berne"), "coire": ("chur",), "saint gall": ("st gallen",),
    "schaffhouse": ("schaffhausen",), "soleure": ("solothurn",), "argovie": ("aargau",), "thurgovie": ("thurgau",),
    "grisons": ("graubunden", "grisons"), "tessin": ("ticino",), "genes": ("genoa",), "livourne": ("livorno", "leghorn"),
    "padoue": ("padua",), "mantoue": ("mantua",), "seville": ("seville", "sevilla"), "cordoue": ("cordoba", "cordova"),
    # Canadian provinces and French-named places of the English-speaking world
    "nouveau brunswick": ("new brunswick",), "terre neuve": ("newfoundland",), "colombie britannique": ("british columbia",),
    "nouvelle ecosse": ("nova scotia",), "ile du prince edouard": ("prince edward island",),
    # a country named by its French periphrasis ("le Grand-Duché" / "Luxembourg", "l'Hexagone" / "France")
    "grand duche": ("luxembourg", "grand duchy"), "hexagone": ("france",),
    "furnes": ("veurne",),
    "ostende": ("ostend", "oostende"),
    "ypres": ("ypres", "ieper"),
    "hal": ("halle",),
    "lierre": ("lier",),
    "roulers": ("roeselare",),
    "bruges": ("bruges", "brugge"),
    "aix la chapelle": ("aachen",),
    "mayence": ("mainz",),
    "cracovie": ("krakow", "cracow"),
    "bombay": ("mumbai", "bombay"),
    "bourgogne": ("burgundy",),
    "rhenanie": ("rhineland",),
    "majorque": ("majorca", "mallorca"),
    "minorque": ("minorca", "menorca"),
    "douvres": ("dover",),
    "saragosse": ("zaragoza", "saragossa"),
    "ratisbonne": ("regensburg",),
    "tombouctou": ("timbuktu",),
    "piree": ("piraeus",),  # places French names with an article of their own ("Le Pirée", "La Canée"), read without it
    "canee": ("chania",),
    "corogne": ("a coruna", "coruna", "corunna"),
    "canton": ("guangzhou", "canton"),
    "sion": ("zion", "sion"),
    "ile de france": ("paris region", "greater paris", "ile de france"),  # regions English names by their city or a role
    "cote d'azur": ("riviera", "french riviera", "cote d'azur"),
    "occident": ("west", "western"),
    "maghreb": ("north africa", "maghreb"),
    "antilles": ("caribbean", "west indies", "antilles"),
    "laponie": ("lapland",),
    "egee": ("aegean",),
    "leman": ("lake geneva", "geneva", "leman"),
}


#: English names and adjectives of countries that babel's data lacks (folded French -> folded English forms): the names
#: English news keeps where CLDR's changed ("Turkey" for "Türkiye", "Ivory Coast", "Burma", "Britain", "America"), and
#: the adjectives (and their plurals for the people) no rule derives from a name of two words or an irregular one
#: ("American", "British", "Swiss", "South Korean", "Iraqi"): a country, and a capital standing for it, are named so.
_COUNTRY_FORMS: dict[str, tuple[str, ...]] = {
    "turquie": ("turkey",),
    "suisse": ("swiss",),
    "tchequie": ("czech republic",),
    "eswatini": ("swaziland",),
    "myanmar": ("burma", "burmese"),
    "myanmar birmanie": ("burma", "burmese"),
    "birmanie": ("burma", "burmese"),
    "cote d ivoire": ("ivory coast", "ivorian", "ivorians"),
    "macedoine du nord": ("macedonia", "macedonian", "macedonians"),
    "pays bas": ("holland",),
    "royaume uni": ("britain", "great britain", "british", "briton", "britons"),
    "etats unis": ("america", "american", "americans"),
    "nouvelle zelande": ("new zealander", "new zealanders"),
    "emirats arabes unis": ("emirati", "emiratis", "emirates"),
    "coree du sud": ("south korean", "south koreans"),
    "coree du nord": ("north korean", "north koreans"),
    "irak": ("iraqi", "iraqis"),
    "afghanistan": ("afghan", "afghans"),
    "belgique": ("belgian", "belgians"),
    "arabie saoudite": ("saudi", "saudis", "saudi arabian"),
    "timor oriental": ("east timor",),
    "congo kinshasa": ("dr congo", "drc", "democratic republic of the congo", "congolese"),
    "iran": ("iranian", "iranians"),
    "liban": ("lebanese",),
    "afrique du sud": ("south african", "south africans"),
    "chili": ("chilean", "chileans"),
    "perou": ("peruvian", "peruvians"),
    "chypre": ("cypriot", "cypriots"),
    "cuba": ("cuban", "cubans"),
    "ghana": ("ghanaian", "ghanaians"),
    "sri lanka": ("sri lankan", "sri lankans"),
    "territoires palestiniens": ("palestinian", "palestinians", "palestine"),
}


#: Capitals and seats of government that babel's time-zone cities lack (a zone is named after one city of each country,
#: rarely its capital: "America/New_York", "Asia/Shanghai"): the French name -> its English forms and its country as
#: babel's French names it. A capital is a city like babel's: found by its English name, named by its class ("the
#: capital"), and standing for its government ("Ottawa prévoit" / "Canada plans").
_CAPITALS: dict[str, tuple[tuple[str, ...], str]] = {
    "Pékin": (("Beijing", "Peking"), "Chine"),
    "Washington": (("Washington",), "États-Unis"),
    "Ottawa": (("Ottawa",), "Canada"),
    "Canberra": (("Canberra",), "Australie"),
    "Brasília": (("Brasilia", "Brasília"), "Brésil"),
    "Brasilia": (("Brasilia", "Brasília"), "Brésil"),
    "New Delhi": (("New Delhi", "Delhi"), "Inde"),
    "Nouvelle-Delhi": (("New Delhi", "Delhi"), "Inde"),
    "Pretoria": (("Pretoria",), "Afrique du Sud"),
    "Abuja": (("Abuja",), "Nigeria"),
    "Ankara": (("Ankara",), "Turquie"),
    "Islamabad": (("Islamabad",), "Pakistan"),
    "Rabat": (("Rabat",), "Maroc"),
    "Berne": (("Bern", "Berne"), "Suisse"),
    "La Haye": (("The Hague", "Hague"), "Pays-Bas"),
    "Kyiv": (("Kyiv", "Kiev"), "Ukraine"),
    "Abou Dhabi": (("Abu Dhabi",), "Émirats arabes unis"),
    "Doha": (("Doha",), "Qatar"),
    "Hanoï": (("Hanoi",), "Viêt Nam"),
    "Astana": (("Astana",), "Kazakhstan"),
    "Wellington": (("Wellington",), "Nouvelle-Zélande"),
    "Quito": (("Quito",), "Équateur"),
    "La Valette": (("Valletta",), "Malte"),
    "Tripoli": (("Tripoli",), "Libye"),
    "Yaoundé": (("Yaounde", "Yaoundé"), "Cameroun"),
    "Sanaa": (("Sanaa", "Sana'a"), "Yémen"),
    "Manama": (("Manama",), "Bahreïn"),
    "Dacca": (("Dhaka", "Dacca"), "Bangladesh"),
    "Naypyidaw": (("Naypyidaw", "Naypyitaw", "Nay Pyi Taw"), "Myanmar (Birmanie)"),
    "Pristina": (("Pristina", "Prishtina"), "Kosovo"),
    "Ramallah": (("Ramallah",), "Territoires palestiniens"),
    "Dodoma": (("Dodoma",), "Tanzanie"),
    "Yamoussoukro": (("Yamoussoukro",), "Côte d’Ivoire"),
    "Kingston": (("Kingston",), "Jamaïque"),
}


@cache
def _capitals() -> dict[str, tuple[tuple[str, ...], str]]:
    """:data:`_CAPITALS` folded: the French name (and without its article: "haye" of "La Haye", as a name's core is
    read) -> its folded English forms and its folded country."""
    table: dict[str, tuple[tuple[str, ...], str]] = {}
    for city, (english, country) in _CAPITALS.items():
        folded = fold(city)
        value = (tuple(fold(form) for form in english), fold(country))
        table[folded] = value
        if folded.split()[0] in ("la", "le", "les") and len(folded.split()) > 1:
            table[folded.split(" ", 1)[1]] = value
    return table


#: Bodies seated in a city that French news names by the city, without a preposition ("Bruxelles a ouvert une enquête"
#: / "the EU has opened an investigation", "Strasbourg a condamné la France" / "the European Court of Human Rights"):
#: the folded French city -> the English forms of the bodies (an acronym in capitals is found only in capitals).
_SEATED_BODIES: dict[str, tuple[str, ...]] = {
    "bruxelles": ("EU", "European Union", "European Commission", "Commission", "EU executive"),
    "strasbourg": ("ECHR", "ECtHR", "European Court of Human Rights", "European Parliament", "Council of Europe"),
    "francfort": ("ECB", "European Central Bank"),
    "la haye": ("ICC", "ICJ", "International Criminal Court", "International Court of Justice"),
    "washington": ("White House",),
    "moscou": ("Kremlin",),
    "londres": ("Downing Street", "Whitehall"),
}


#: The English adjectives of the regions and cities of :data:`_REGIONS` ("Écosse" / "Scottish", "Venise" / "Venetian"): an
#: English sentence often names a region by its adjective ("Scottish factories"), as it does a country; each also in its plural
#: form, for the inhabitants ("Sicilians").
_REGION_ADJECTIVES: dict[str, tuple[str, ...]] = {
    "angleterre": ("english",),
    "ecosse": ("scottish", "scots"),
    "pays de galles": ("welsh",),
    "baviere": ("bavarian",),
    "catalogne": ("catalan",),
    "andalousie": ("andalusian",),
    "flandre": ("flemish",),
    "flandres": ("flemish",),
    "wallonie": ("walloon",),
    "lombardie": ("lombard",),
    "toscane": ("tuscan",),
    "sicile": ("sicilian",),
    "sardaigne": ("sardinian",),
    "corse": ("corsican",),
    "crimee": ("crimean",),
    "tchetchenie": ("chechen",),
    "siberie": ("siberian",),
    "cachemire": ("kashmiri",),
    "californie": ("californian",),
    "floride": ("floridian",),
    "louisiane": ("louisianan", "louisianian"),
    "pennsylvanie": ("pennsylvanian",),
    "virginie": ("virginian",),
    "venise": ("venetian",),
    "bourgogne": ("burgundian",),
    "majorque": ("majorcan", "mallorcan"),
}


#: Names English writes in a form of its own that no rule derives from the French words or letters: folded French ->
#: English forms (an acronym in capitals is found only in capitals, or in title case from four letters: "Unesco"; a plural
#: "s" is read through: "NGOs"). Kept to kinds any news text holds, never one text's choice:
#:
#: - international organisations whose French and English acronyms have other letters, by acronym and by full name, each
#:   way ("OMC" / "WTO" / "World Trade Organization", "Organisation mondiale de la santé" / "WHO"; the ones with the same
#:   letters, "OTAN" / "NATO", "FMI" / "IMF", are the acronym rule's);
#: - French acronyms of common nouns that English writes with its own acronym or its words ("PIB" / "GDP", "PDG" /
#:   "chief executive");
#: - historic persons and works French names in a form of its own ("Mahomet" / "Muhammad", "Christophe Colomb" /
#:   "Columbus", "la Joconde" / "the Mona Lisa");
#: - the network French writes as a name, English as an adverb or an adjective ("sur Internet" / "online");
#: - the feasts of the calendar, which English names in words of its own ("Noël" / "Christmas", "l'Aïd" / "Eid"), and
#:   the humanitarian movement ("Croix-Rouge" / "Red Cross");
#: - the seats of French government that French news names for the body, English by the body ("le Quai d'Orsay" /
#:   "the Foreign Ministry", "Matignon" / "the Prime Minister", "Bercy" / "the Finance Ministry"), and by its capital, as
#:   English names a government ("le Kremlin" / "Moscow", "l'Élysée" / "Paris");
#: - French parties by the acronym English news translates ("LR" / "the Republicans", "le PS" / "the Socialists", "LFI" /
#:   "France Unbowed"), and French public bodies and companies it names by their role ("la SNCF" / "the rail operator",
#:   "l'Insee" / "the statistics office", "la Cnil" / "the privacy watchdog");
#: - sporting events English names in words of its own ("Roland-Garros" / "the French Open").
_CONVENTIONS: dict[str, tuple[str, ...]] = {
    **dict.fromkeys(("omc", "organisation mondiale du commerce"), ("WTO", "world trade organization", "world trade organisation")),
    **dict.fromkeys(("oms", "organisation mondiale de la sante"), ("WHO", "world health organization", "world health organisation")),
    **dict.fromkeys(
        ("oit", "organisation internationale du travail", "bureau international du travail", "bit"),
        ("ILO", "international labour organization", "international labour organisation", "international labor organization"),
    ),
    **dict.fromkeys(("pam", "programme alimentaire mondial"), ("WFP", "world food programme", "world food program")),
    **dict.fromkeys(
        ("hcr", "unhcr", "haut commissariat aux refugies", "haut commissariat des nations unies pour les refugies"),
        ("UNHCR", "refugee agency", "high commissioner for refugees"),
    ),
    **dict.fromkeys(("cpi", "cour penale internationale"), ("ICC", "international criminal court")),
    **dict.fromkeys(
        ("ompi", "organisation mondiale de la propriete intellectuelle"),
        ("WIPO", "world intellectual property organization", "world intellectual property organisation"),
    ),
    **dict.fromkeys(("cedh", "cour europeenne des droits de l'homme"), ("ECHR", "ECtHR", "european court of human rights")),
    # the African regional blocs ("la Cedeao" / "ECOWAS", "l'Uemoa" / "WAEMU")
    **dict.fromkeys(("cedeao", "communaute economique des etats de l'afrique de l'ouest"),
                    ("ECOWAS", "economic community of west african states", "west african bloc", "regional bloc")),
    **dict.fromkeys(("uemoa", "union economique et monetaire ouest-africaine"),
                    ("WAEMU", "UEMOA", "west african economic and monetary union")),
    **dict.fromkeys(("cemac", "communaute economique et monetaire de l'afrique centrale"),
                    ("CEMAC", "central african economic and monetary community")),
    **dict.fromkeys(("tpiy",), ("ICTY", "international criminal tribunal for the former yugoslavia", "yugoslavia tribunal")),
    **dict.fromkeys(("tpir",), ("ICTR", "international criminal tribunal for rwanda", "rwanda tribunal")),
    **dict.fromkeys(("cnuced",), ("UNCTAD",)),
    **dict.fromkeys(("onudi",), ("UNIDO",)),
    **dict.fromkeys(("omm", "organisation meteorologique mondiale"), ("WMO", "world meteorological organization")),
    **dict.fromkeys(("opep", "organisation des pays exportateurs de petrole"), ("OPEC",)),
    **dict.fromkeys(
        ("oua", "organisation de l'unite africaine"), ("OAU", "organisation of african unity", "organization of african unity")
    ),
    **dict.fromkeys(("ua", "union africaine"), ("AU", "african union")),
    **dict.fromkeys(("oea", "organisation des etats americains"), ("OAS", "organization of american states")),
    **dict.fromkeys(("alena", "accord de libre echange nord americain"), ("NAFTA",)),
    **dict.fromkeys(("aele", "association europeenne de libre echange"), ("EFTA",)),
    **dict.fromkeys(("bri", "banque des reglements internationaux"), ("BIS", "bank for international settlements")),
    **dict.fromkeys(("ei", "etat islamique", "daech", "daesh"), ("IS", "ISIS", "ISIL", "islamic state", "daesh", "daech")),
    "bourse de new york": ("wall street", "new york stock exchange", "NYSE"),
    "banque mondiale": ("world bank",),
    "croix rouge": ("red cross",),
    "quai d'orsay": ("foreign ministry", "foreign affairs ministry", "foreign office", "paris"),
    "matignon": ("prime minister", "paris"),
    "bercy": ("finance ministry", "economy ministry", "economy and finance ministry"),
    "elysee": ("presidency", "presidential palace", "president", "paris"),
    "place beauvau": ("interior ministry",),
    "beauvau": ("interior ministry",),
    "valois": ("culture ministry",),
    "kremlin": ("russian government", "russian presidency", "russian president", "moscow"),
    "downing street": ("british government", "uk government", "british prime minister", "prime minister", "london"),
    "maison blanche": ("white house", "washington", "us administration", "us president"),
    "palais bourbon": ("national assembly", "lower house"),
    "vatican": ("holy see",),
    "croissant rouge": ("red crescent",),
    "noel": ("christmas", "xmas", "festive season", "holidays"),
    "paques": ("easter",),
    "pentecote": ("pentecost", "whitsun", "whit"),
    "toussaint": ("all saints",),
    "careme": ("lent",),
    "aid": ("eid",),
    "aid el kebir": ("eid al-adha", "eid ul-adha", "eid el-kebir", "eid al-kabir", "feast of the sacrifice", "tabaski"),
    "aid el adha": ("eid al-adha", "eid ul-adha", "feast of the sacrifice"),
    "aid el fitr": ("eid al-fitr", "eid ul-fitr", "eid el-fitr"),
    "hanoucca": ("hanukkah", "chanukah"),
    "saint sylvestre": ("new year's eve",),
    "nouvel an": ("new year",),
    "pib": ("GDP", "gross domestic product", "economy", "output"),
    # institutions French writes with a capital and English as common nouns ("entrer en Bourse" / "to go public on the stock market")
    "bourse": ("stock exchange", "stock market", "stock-market", "bourse", "listing", "listed"),
    "union": ("EU", "European Union", "Union"),  # "l'Union", the European Union named short (never a generic "the bloc")
    # the acronyms of a class of institution, English by the class ("le CHU de Rennes" / "Rennes University Hospital"),
    # never by the generic noun alone ("the hospital" is a name removed)
    "chu": ("university hospital", "teaching hospital", "CHU"),
    "chr": ("regional hospital", "CHR"),
    "ehpad": ("care home", "nursing home", "retirement home", "old people's home", "EHPAD"),
    "hlm": ("social housing", "council housing", "public housing", "housing project", "HLM"),
    "samu": ("emergency medical service", "ambulance service", "paramedics", "emergency services", "SAMU"),
    # the acronyms of a company's class, English by its class in the singular or the plural ("une PME" / "a small business")
    "pme": ("SME", "small and medium", "small businesses", "small business", "small firm", "small company", "small companies"),
    "tpe": ("micro-business", "micro-enterprise", "very small business", "very small company", "small business", "TPE"),
    "eti": ("mid-sized company", "mid-sized firm", "mid-sized business", "mid-cap", "ETI"),
    "scop": ("cooperative", "co-operative", "co-op", "SCOP"),
    "sarl": ("limited company", "limited liability company", "private company", "SARL"),
    "pdg": ("CEO", "chief executive", "chairman", "boss"),
    "jo": ("olympics", "olympic games", "games"),
    "ivg": ("abortion", "abortions"),
    "sdf": ("homeless",),
    # the acronyms of a common noun, English by the noun ("les ONG" / "aid organisations", "le SMIC" / "the minimum wage")
    "ong": ("NGO", "non-governmental", "aid organisation", "aid organization", "aid group", "aid agenc", "charity", "charities",
            "humanitarian"),
    "smic": ("minimum wage", "SMIC"),
    "asbl": ("non-profit", "nonprofit", "not-for-profit", "charity", "association", "ASBL"),  # a Belgian non-profit body
    "evp": ("TEU", "twenty-foot equivalent", "EVP"),  # containers counted in twenty-foot units
    # the diseases French names after a physician and English by a description ("la maladie de Charcot" / "ALS")
    # (by the physician's name, as the parser finds it: a person of that name alone is copied as written)
    "charcot": ("ALS", "amyotrophic lateral sclerosis", "motor neurone disease", "motor neuron disease", "Lou Gehrig", "Charcot"),
    "basedow": ("Graves", "hyperthyroidism", "Basedow"),
    # diplomas, contracts and trades French names by acronym, English by the thing ("un CAP de boulanger" / "a vocational
    # baking qualification", "un CDI" / "a permanent contract", "les chauffeurs de VTC" / "ride-hailing drivers")
    "cap": ("vocational", "apprenticeship", "trade qualification", "CAP"),
    "bts": ("vocational", "technical diploma", "higher national diploma", "BTS"),
    "cdi": ("permanent contract", "permanent job", "permanent post", "permanent", "CDI"),
    "cdd": ("fixed-term", "temporary contract", "short-term contract", "CDD"),
    "vtc": ("ride-hailing", "ride-hail", "private hire", "minicab", "chauffeur", "VTC"),
    "rsa": ("welfare", "income support", "benefit", "RSA"),
    # a country's acronym ("la RDC" / "DR Congo")
    "rdc": ("DRC", "DR Congo", "Democratic Republic of Congo", "Democratic Republic of the Congo", "Congo"),
    "rca": ("CAR", "Central African Republic"),
    "mahomet": ("muhammad", "mohammed", "mohamed", "mohammad", "prophet"),
    "christophe colomb": ("columbus",),
    "charles quint": ("charles v",),
    "jeanne d'arc": ("joan of arc",),
    "guillaume le conquerant": ("william the conqueror",),
    "jules cesar": ("julius caesar", "caesar"),
    "leonard de vinci": ("leonardo da vinci", "leonardo"),
    "michel ange": ("michelangelo",),
    "moise": ("moses",),
    "salomon": ("solomon",),
    "bouddha": ("buddha",),
    "gengis khan": ("genghis khan",),
    "internet": ("online", "web", "net"),
    # the Swiss parties, whose English acronym is the German one ("l'UDC" / "the SVP", "the Swiss People's Party")
    "udc": ("SVP", "Swiss People's Party", "People's Party", "UDC"),
    "plr": ("FDP", "Liberals", "Free Democratic", "Radical", "PLR"),
    "lr": ("republicans", "republican party"),
    **dict.fromkeys(("ps", "parti socialiste"), ("socialists", "socialist party", "socialist")),
    **dict.fromkeys(("rn", "rassemblement national"), ("national rally", "rassemblement national")),
    **dict.fromkeys(("fn", "front national"), ("national front", "front national")),
    **dict.fromkeys(("lfi", "france insoumise"), ("france unbowed", "unbowed", "france insoumise")),
    **dict.fromkeys(("eelv", "europe ecologie les verts"), ("greens", "green party", "europe ecologie")),
    **dict.fromkeys(("pcf", "parti communiste", "parti communiste francais"), ("communist party", "communists", "communist")),
    **dict.fromkeys(("lrem", "larem", "la republique en marche"), ("la republique en marche", "republic on the move", "lrem")),
    **dict.fromkeys(("npa", "nouveau parti anticapitaliste"), ("new anticapitalist party", "npa")),
    "sncf": ("rail operator", "railway operator", "rail company", "railway company", "state railways", "railways", "SNCF"),
    "ratp": ("paris transport operator", "paris public transport", "transport operator", "RATP"),
    "insee": ("statistics office", "statistics agency", "statistics institute", "INSEE"),
    "medef": ("employers' federation", "employers' organisation", "employers' organization", "employers' union", "MEDEF"),
    "cnil": ("data protection watchdog", "privacy watchdog", "data protection authority", "data protection agency", "CNIL"),
    "amf": ("market regulator", "markets regulator", "markets watchdog", "financial markets authority", "AMF"),
    "arcom": ("media regulator", "broadcasting regulator", "audiovisual regulator", "Arcom"),
    "arcep": ("telecoms regulator", "telecommunications regulator", "Arcep"),
    "cnrs": ("national centre for scientific research", "national center for scientific research", "CNRS"),
    "pnf": ("financial prosecutor", "financial prosecutors", "financial crimes prosecutor", "PNF"),
    "dgsi": ("domestic intelligence", "internal intelligence", "internal security", "DGSI"),
    "dgse": ("foreign intelligence", "external intelligence", "DGSE"),
    "ap hp": ("paris hospitals", "paris public hospitals", "paris hospital", "AP-HP"),
    "ofpra": ("asylum office", "refugee protection office", "refugee office", "Ofpra"),
    "ofii": ("immigration office", "immigration and integration office", "OFII"),
    **dict.fromkeys(
        ("france travail", "pole emploi"), ("employment service", "employment agency", "job centre", "job center", "jobs agency")
    ),
    "ars": ("regional health agency", "health agency", "health authority", "ARS"),
    **dict.fromkeys(("cjue", "cour de justice de l'union europeenne"), ("CJEU", "ECJ", "court of justice", "european court of justice")),
    "joconde": ("mona lisa",),
    "roland garros": ("french open", "roland garros"),
}


#: National teams by the nickname French news gives them (football and rugby): the nickname as French writes it, always
#: after an article ("le XV de France", "les All Blacks", "la Nati") -> the English forms that render it: the country's
#: English name and adjective ("France's rugby team", "the Swiss"), and the nickname English uses where it has one
#: ("the Azzurri", "the Springboks"). A nickname is one name, whatever words the parser split it into ("XV" and
#: "France"), and another country in its place is still a change ("les All Blacks" written "Australia").
_TEAMS: dict[str, tuple[str, ...]] = {
    # rugby
    "XV de France": ("France", "French", "Les Bleus"),
    "XV de la Rose": ("England", "English", "Red Rose"),
    "XV du Chardon": ("Scotland", "Scottish", "Scots"),
    "XV du Trèfle": ("Ireland", "Irish"),
    "XV du Poireau": ("Wales", "Welsh"),
    "All Blacks": ("New Zealand", "All Blacks"),
    "Wallabies": ("Australia", "Australian", "Wallabies"),
    "Springboks": ("South Africa", "South African", "Springboks", "Boks"),
    "Pumas": ("Argentina", "Argentine", "Argentinian", "Pumas"),
    "Brave Blossoms": ("Japan", "Japanese", "Brave Blossoms"),
    "Flying Fijians": ("Fiji", "Fijian", "Flying Fijians"),
    # football
    "Bleus": ("France", "French", "Les Bleus", "Bleus"),
    "Squadra Azzurra": ("Italy", "Italian", "Azzurri", "Squadra Azzurra"),
    "Azzurri": ("Italy", "Italian", "Azzurri"),
    "Nati": ("Switzerland", "Swiss"),
    "Three Lions": ("England", "English", "Three Lions"),
    "Mannschaft": ("Germany", "German", "Mannschaft"),
    "Roja": ("Spain", "Spanish", "Chile", "Chilean", "La Roja"),
    "Seleção": ("Brazil", "Brazilian", "Selecao"),
    "Albiceleste": ("Argentina", "Argentine", "Argentinian", "Albiceleste"),
    "Céleste": ("Uruguay", "Uruguayan", "Celeste"),
    "Oranje": ("Netherlands", "Dutch", "Holland", "Oranje"),
    "Diables rouges": ("Belgium", "Belgian", "Red Devils"),
    "Sbornaïa": ("Russia", "Russian", "Sbornaya"),
    "Vatreni": ("Croatia", "Croatian", "Vatreni"),
    "Socceroos": ("Australia", "Australian", "Socceroos"),
    "Samouraïs bleus": ("Japan", "Japanese", "Samurai Blue"),
    "Lions de la Teranga": ("Senegal", "Senegalese", "Lions of Teranga"),
    "Lions de l'Atlas": ("Morocco", "Moroccan", "Atlas Lions"),
    "Lions indomptables": ("Cameroon", "Cameroonian", "Indomitable Lions"),
    "Fennecs": ("Algeria", "Algerian", "Desert Foxes", "Fennecs"),
    "Aigles de Carthage": ("Tunisia", "Tunisian", "Carthage Eagles"),
    "Pharaons": ("Egypt", "Egyptian", "Pharaohs"),
    "Éléphants": ("Ivory Coast", "Côte d'Ivoire", "Ivorian", "Elephants"),
    "Super Eagles": ("Nigeria", "Nigerian", "Super Eagles"),
    "Black Stars": ("Ghana", "Ghanaian", "Black Stars"),
    "Bafana Bafana": ("South Africa", "South African", "Bafana Bafana"),
    "Étalons": ("Burkina Faso", "Burkinabe", "Stallions"),
    "Léopards": ("DR Congo", "Congo", "Congolese", "Leopards"),
}


#: Clubs French news names by an acronym or a nickname English does not use (football), always after an article ("l'OM",
#: "la Juve", "les Gunners") -> the English forms that render it: the club's name as English writes it, its city, and the
#: nickname English uses where it has one ("the Gunners"). Read as :data:`_TEAMS` is: one name, a club in its place a
#: change ("l'OM" written "Nice").
_CLUBS: dict[str, tuple[str, ...]] = {
    "PSG": ("Paris Saint-Germain", "Paris SG", "PSG", "Paris"),
    "OM": ("Marseille", "Olympique de Marseille", "Olympique Marseille", "OM"),
    "OL": ("Lyon", "Olympique Lyonnais", "Olympique Lyon", "OL"),
    "ASSE": ("Saint-Etienne", "St Etienne", "ASSE"),
    "LOSC": ("Lille", "LOSC"),
    "Phocéens": ("Marseille", "OM"),
    "Gones": ("Lyon", "OL"),
    "Dogues": ("Lille", "LOSC"),
    "Canaris": ("Nantes",),
    "Aiglons": ("Nice",),
    "Sang et Or": ("Lens",),
    "Barça": ("Barcelona", "Barca", "Barça"),
    "Blaugrana": ("Barcelona", "Barca", "Barça", "Blaugrana"),
    "Merengue": ("Real Madrid", "Real", "Madrid"),
    "Merengues": ("Real Madrid", "Real", "Madrid"),
    "Colchoneros": ("Atletico Madrid", "Atletico", "Atlético"),
    "Juve": ("Juventus", "Juve"),
    "Bianconeri": ("Juventus", "Juve", "Bianconeri"),
    "Nerazzurri": ("Inter Milan", "Inter", "Nerazzurri"),
    "Rossoneri": ("AC Milan", "Milan", "Rossoneri"),
    "Gunners": ("Arsenal", "Gunners"),
    "Spurs": ("Tottenham", "Tottenham Hotspur", "Spurs", "San Antonio"),
    "Reds": ("Liverpool", "Reds"),
    "Red Devils": ("Manchester United", "Man United", "Man Utd", "United", "Red Devils"),
    "Citizens": ("Manchester City", "Man City", "City", "Citizens"),
    "Blues": ("Chelsea", "Blues"),
}
#: Every nickname of a side, national (:data:`_TEAMS`) or a club's (:data:`_CLUBS`): each is read the same way.
_NICKNAMES: dict[str, tuple[str, ...]] = {**_TEAMS, **_CLUBS}


@cache
def _conventions() -> dict[str, tuple[str, ...]]:
    """:data:`_CONVENTIONS`, :data:`_TEAMS` and :data:`_CLUBS` by the French name folded as a name's core is ("jeanne
    d'arc")."""
    return {
        **{fold(french): english for french, english in _CONVENTIONS.items()},
        **{fold(team): english for team, english in _NICKNAMES.items()},
    }


#: The articles a team's nickname takes in French ("le XV de France", "les All Blacks", "face à l'Albiceleste").
_TEAM_ARTICLE = re.compile(r"(?:\b(?:le|la|les|du|des|au|aux)\s+|\bl['’]\s*)$", re.IGNORECASE)


@cache
def _written_conventions() -> re.Pattern[str]:
    """The folded French names of :data:`_CONVENTIONS` of two words or more and the nicknames of :data:`_TEAMS` and
    :data:`_CLUBS`, as one pattern of whole words on a folded text, the longest first."""
    keys = {fold(k) for k in _CONVENTIONS if len(fold(k).split()) >= 2} | {fold(team) for team in _NICKNAMES}
    alternatives = sorted(keys, key=len, reverse=True)
    return re.compile(r"(?<!\w)(?:" + "|".join(r"\s+".join(map(re.escape, k.split())) for k in alternatives) + r")(?!\w)")


#: Well-known companies by the town of their head office, as French news names a company by its seat after a
#: company's noun ("la firme de Cupertino" / "Apple", "le géant de Mountain View" / "Google", "le constructeur de
#: Wolfsburg" / "Volkswagen"): the folded town -> the English names of the companies seated there.
_COMPANY_SEATS: dict[str, tuple[str, ...]] = {
    "cupertino": ("Apple",),
    "mountain view": ("Google", "Alphabet"),
    "redmond": ("Microsoft",),
    "menlo park": ("Meta", "Facebook"),
    "seattle": ("Amazon", "Starbucks"),
    "armonk": ("IBM",),
    "santa clara": ("Intel", "Nvidia"),
    "palo alto": ("HP", "Hewlett-Packard", "Tesla"),
    "austin": ("Tesla",),
    "bentonville": ("Walmart",),
    "atlanta": ("Coca-Cola", "Delta"),
    "omaha": ("Berkshire Hathaway", "Berkshire"),
    "dearborn": ("Ford",),
    "detroit": ("General Motors", "GM"),
    "wolfsburg": ("Volkswagen", "VW"),
    "stuttgart": ("Mercedes", "Mercedes-Benz", "Daimler", "Porsche", "Bosch"),
    "ingolstadt": ("Audi",),
    "munich": ("BMW", "Siemens", "Allianz"),
    "leverkusen": ("Bayer",),
    "ludwigshafen": ("BASF",),
    "walldorf": ("SAP",),
    "maranello": ("Ferrari",),
    "turin": ("Fiat",),
    "billancourt": ("Renault",),
    "boulogne billancourt": ("Renault",),
    "sochaux": ("Peugeot",),
    "clermont ferrand": ("Michelin",),
    "vevey": ("Nestle", "Nestlé"),
    "bale": ("Novartis", "Roche"),
    "eindhoven": ("Philips",),
    "espoo": ("Nokia",),
    "goteborg": ("Volvo",),
    "suwon": ("Samsung",),
    "shenzhen": ("Huawei", "Tencent", "BYD"),
    "hangzhou": ("Alibaba",),
    "toulouse": ("Airbus",),
}

#: A company's noun and the preposition before its seat, just before a town ("la firme de", "le géant américain de",
#: "le constructeur automobile de", "le groupe au losange" has no town and is not one).
_COMPANY_NOUN = re.compile(
    r"\b(?:firme|géant|geant|groupe|constructeur|entreprise|société|societe|compagnie|fabricant|laboratoire|équipementier|"
    r"éditeur|editeur|chimiste|brasseur|motoriste|avionneur|marque|champion|numéro un|leader|spécialiste|pétrolier)"
    r"(?:\s+[a-zéèêàâîôûç-]+)?\s+(?:de|du|d['’]|au|à)\s*$",
    re.IGNORECASE,
)


def _company_seats(doc: Any, names: list[FrenchName]) -> list[FrenchName]:
    """The names of the French, a town of :data:`_COMPANY_SEATS` after a company's noun given its companies."""
    out = []
    for name in names:
        companies = _COMPANY_SEATS.get(name.core, ())
        if companies and _COMPANY_NOUN.search(doc.text[max(0, name.start - 60) : name.start]):
            name = replace(name, seat_of=companies)
        out.append(name)
    return out


def _table_names(doc: Any, names: list[FrenchName]) -> list[FrenchName]:
    """The names of the French with each name of the tables written whole made one name, whatever the parser split.

    A team's nickname (:data:`_TEAMS`, :data:`_CLUBS`), capitalised after its article, is one organisation: the names the parser made
    of its words ("XV" and "France" of "le XV de France") give way to it, and one the parser missed ("les Lions de la
    Teranga") is added. A name of :data:`_CONVENTIONS` of several words, capitalised, that the parser split ("Aïd" and
    "Kébir" of "l'Aïd el-Kébir") is one name of the type of its first part, copied where a part was.
    """
    folded = Folded(doc.text)
    teams = {fold(team) for team in _NICKNAMES}
    out = list(names)
    for hit in _written_conventions().finditer(folded.folded):
        start, end = folded.span(hit.start(), hit.end())
        key = " ".join(hit.group(0).split())
        if not doc.text[start].isupper():
            continue
        inside = [n for n in out if n.start < end and start < n.end]
        if key in teams:
            if not _TEAM_ARTICLE.search(doc.text[:start]):
                continue
            kind, copied = NameType.ORGANISATION, True
        elif len(inside) >= 2 or inside and (inside[0].start, inside[0].end) != (start, end):
            kind, copied = inside[0].type, any(n.copied for n in inside)
        else:
            continue
        text = doc.text[start:end]
        words = tuple(w for w in key.split() if w not in _LEADING and len(w) >= 2)
        out = [n for n in out if n not in inside]
        out.append(FrenchName(text, kind, start, end, key, words, copied))
    return out


def _conventional(core: str, en: Folded, avoid: tuple[tuple[int, int], ...] = ()) -> tuple[int, int] | None:
    """Where the English writes a name in its own conventional form (:data:`_CONVENTIONS`), an acronym in capitals."""
    for form in _conventions().get(core, ()):
        for plural in ("", "s"):
            for span in en.find(fold(form) + plural):
                written = en.text[span[0] : span[1]].removesuffix("s")
                if form.isupper() and not (written.isupper() or len(form) >= 4 and written.istitle()):
                    continue  # "WHO", never "who"
                if form[:1].isupper() and not written[:1].isupper() or (form[:1].isupper() and not form.isupper()
                                                                          and _NEXT_NAMES.match(en.text, span[1])):
                    continue  # a team's "City", never "the city"; its "Paris", not the start of another name ("Paris FC")
                    # (an acronym in capitals may stand before the name it classes: "the NGO Médecins du Nord")
                if not _inside(span, avoid):
                    return span
    return None


@cache
def exonyms() -> dict[str, frozenset[str]]:
    """Folded French names -> their folded English names, from babel's locale data.

    Countries and territories, the cities of the time-zone database, languages and their forms as
    nationality adjectives ("allemand", "allemande", "allemands", "allemandes" -> "german", "germans").
    """
    import babel
    import babel.languages

    fr, en = babel.Locale("fr"), babel.Locale("en")
    table: dict[str, set[str]] = {}

    def add(french: str, english: str) -> None:
        if french and english:
            table.setdefault(fold(french), set()).add(fold(english))

    for code, name in fr.territories.items():
        if code in en.territories:
            add(name, en.territories[code])
            for variant in (en.territories[code].replace("&", "and"), en.territories[code].split(" (")[0]):
                add(name, variant)
            add(name.split(" (")[0], en.territories[code].split(" (")[0])
            other = re.fullmatch(r".+ \(([A-ZÀ-Þ][^)]*)\)", name)
            if other:  # "Myanmar (Birmanie)": the name in brackets is the country's other name ("la Birmanie")
                english = en.territories[code]
                for form in (english, english.split(" (")[0], *re.findall(r"\(([^)]+)\)", english)):
                    add(other.group(1), form)
    for code, name in fr.territories.items():  # the country's adjective: its languages' English names ("France" -> "French")
        english = en.territories.get(code, "")
        words = [w for w in english.replace("&", " ").split() if w[:1].isupper()]
        if len(words) >= 2:
            add(name, "".join(w[0] for w in words))  # "United States" -> "US", "U.S."
        try:
            spoken = babel.languages.get_official_languages(code)
        except Exception:  # noqa: BLE001 - a region code babel has no language data for
            spoken = ()
        for language in spoken[:2]:
            if language in en.languages:
                add(name, en.languages[language])
        if len(english) >= 5 and " " not in english:
            stem = english[:-1] if english[-1] in "aeiouy" else english
            for ending in ("n", "an", "ian", "ns", "ans", "ians", "ese", "i", "is", "ish"):
                add(name, stem + ending)
    for zone, names in fr.time_zones.items():
        city = names.get("city") if hasattr(names, "get") else None
        if city:
            add(city, zone.rsplit("/", 1)[-1].replace("_", " "))
    homes = _homes(fr, en)
    for code, name in fr.languages.items():
        english = en.languages.get(code)
        if english and " " not in name:
            for suffix in ("", "e", "s", "es"):
                for form in (english, english + "s", *_ish_nouns(fold(english)), *homes.get(code, ())):
                    add(name + suffix, form)
    for french, english in (*_REGIONS.items(), *_endonyms().items()):
        table.setdefault(french, set()).update(english)
    for french, english in _COUNTRY_FORMS.items():
        table.setdefault(french, set()).update(english)
    for city, (english, _) in _capitals().items():
        table.setdefault(city, set()).update((city, *english))
    for french, adjectives in _REGION_ADJECTIVES.items():  # "Écosse" / "Scottish", "Sicile" / "Sicilians"
        table.setdefault(french, set()).update(form for adjective in adjectives for form in (adjective, adjective + "s"))
    regions = {
        adjective: _REGIONS[french] for french, adjectives in _REGION_ADJECTIVES.items() for adjective in adjectives if french in _REGIONS
    }
    for name in fr.languages.values():  # "les Gallois" / "Wales": a people by its region, as English names a team
        for suffix in ("", "e", "s", "es"):
            for adjective in set(table.get(fold(name + suffix), ())) & regions.keys():
                table[fold(name + suffix)].update(regions[adjective])
    return {k: frozenset(v) for k, v in table.items()}


#: The endings English puts on the stem of an "-ish" adjective for the people it names ("Spanish" / "Spaniards",
#: "Danish" / "Danes", "Polish" / "Poles", "Swedish" / "Swedes", "Finnish" / "Finns", "Scottish" / "Scots").
_ISH_ENDINGS = ("s", "e", "es", "iard", "iards")


def _ish_nouns(adjective: str) -> tuple[str, ...]:
    """The English nouns of a people built on the stem of its "-ish" adjective (folded), a doubled last letter once
    or not ("scott" -> "scots", "finn" -> "finns"); none for a short stem ("Irish")."""
    if not adjective.endswith("ish") or " " in adjective or len(adjective) < 6:
        return ()
    stem = adjective[:-3]
    stems = {stem, stem[:-1]} if stem[-1] == stem[-2] else {stem}
    return tuple(s + ending for s in sorted(stems) for ending in _ISH_ENDINGS)


def _homes(fr: Any, en: Any) -> dict[str, tuple[str, ...]]:
    """Language codes -> the English names of the countries whose first official language it is and whose one-word name
    starts with the language's two first letters ("de" -> "Germany", "fr" -> "France"; not "Austria", "Argentina"): a
    people named by its language's adjective is named by its country too ("les Allemands" / "Germany", a team)."""
    import babel.languages

    out: dict[str, list[str]] = {}
    for code, country in en.territories.items():
        if code not in fr.territories or not str(code).isalpha():
            continue
        try:
            spoken = babel.languages.get_official_languages(code)
        except Exception:  # noqa: BLE001 - a region code babel has no language data for
            continue
        language = en.languages.get(spoken[0]) if spoken else None
        if language and " " not in country and fold(language)[:2] == fold(country)[:2]:
            out.setdefault(spoken[0], []).append(fold(country))
    return {code: tuple(names) for code, names in out.items()}


@cache
def _endonyms() -> dict[str, frozenset[str]]:
    """Folded French names of the time-zone cities -> their folded names in the official languages of their country
    ("Prague" -> "praha", "Vienne" -> "wien", "Calcutta" -> "kolkata"): English news writes some cities as their
    country does. Names in a script other than the Latin one are left out (English does not write them)."""
    import babel
    import babel.languages
    from babel.core import get_global

    territories = get_global("zone_territories")
    fr = babel.Locale("fr")
    countries = {fold(name) for name in fr.territories.values()}
    table: dict[str, set[str]] = {}
    for zone, territory in territories.items():
        names: Any = fr.time_zones.get(zone)
        city = (names.get("city") if hasattr(names, "get") else None) or str(zone).rsplit("/", 1)[-1].replace("_", " ")
        if fold(city) in countries:
            continue  # a zone named after its country ("Malte"): the country is not its capital
        for language in babel.languages.get_official_languages(territory)[:2]:
            try:
                local: Any = babel.Locale.parse(language).time_zones.get(zone)
            except (ValueError, babel.UnknownLocaleError):
                continue  # a language babel has no locale data for
            name = local.get("city") if hasattr(local, "get") else None
            if name and fold(name) != fold(city) and all(c < "\u0250" for c in fold(name)):
                table.setdefault(fold(city), set()).add(fold(name))
    return {k: frozenset(v) for k, v in table.items()}


#: French endings of the inhabitants of a country ("Marocain", "Italienne", "Chinois", "Japonaises").
_DEMONYM_ENDINGS = ("ain", "aine", "ais", "aise", "ien", "ienne", "en", "enne", "ois", "oise", "in", "ine", "an", "ane")


@cache
def _demonyms() -> dict[str, frozenset[str]]:
    """Folded French inhabitant nouns -> the English names of their country (and its adjectives): a country's
    stem and an inhabitant's ending ("Marocain" -> "Morocco", "Moroccan", "Moroccans"); babel names no inhabitants."""
    import babel

    table: dict[str, set[str]] = {}
    places = exonyms()
    for name in babel.Locale("fr").territories.values():
        folded = fold(name.split(" (")[0])
        if " " in folded or len(folded) < 4 or folded not in places:
            continue
        stem = folded[:-1] if folded[-1] in "e" else folded
        for ending in _DEMONYM_ENDINGS:
            for plural in ("", "s"):
                word = stem + ending + plural
                if word not in places:
                    table.setdefault(word, set()).update(places[folded])
    for adjective, country in _IRREGULAR_DEMONYMS.items():
        for ending in ("", "e", "s", "es") if not adjective.endswith("e") else ("", "s"):
            table.setdefault(adjective + ending, set()).update(places.get(country, ()))
    return {k: frozenset(v) for k, v in table.items() if v}


#: French adjectives and inhabitants of a country that its name's stem does not give ("américain" / "États-Unis",
#: "allemand" / "Allemagne", "belge" / "Belgique"): the folded adjective (masculine singular) -> the folded country.
_IRREGULAR_DEMONYMS = {
    "americain": "etats unis", "britannique": "royaume uni", "neerlandais": "pays bas", "hollandais": "pays bas",
    "allemand": "allemagne", "espagnol": "espagne", "russe": "russie", "polonais": "pologne", "hongrois": "hongrie",
    "portugais": "portugal", "ivoirien": "cote d ivoire", "saoudien": "arabie saoudite", "sud africain": "afrique du sud",
    "belge": "belgique", "suisse": "suisse", "grec": "grece", "turc": "turquie", "danois": "danemark", "tcheque": "tchequie",
    "congolais": "congo kinshasa", "emirati": "emirats arabes unis",
}  # fmt: skip


def _is_acronym(text: str) -> bool:
    letters = text.replace(".", "")
    return 2 <= len(letters) <= 6 and letters.isalpha() and letters.isupper()


def french_names(doc: Any) -> list[FrenchName]:
    """The names of a parsed French text, titles and common nouns left out."""
    words = _french_words()
    calendar = _calendar()
    places = exonyms()
    names: list[FrenchName] = []
    taken: set[int] = set()
    for ent in doc.ents:
        tokens = list(ent)
        while tokens and (fold(tokens[0].text).strip("'") in _LEADING or tokens[0].pos_ in ("DET", "ADP", "PUNCT") or (
            tokens[0].text[:1].islower() and len(tokens) > 1 and any(t.text[:1].isupper() for t in tokens[1:])
        )):  # fmt: skip
            tokens = tokens[1:]  # "l'", "pays du Moyen-Orient": not the name
        while tokens and (tokens[-1].pos_ in ("PUNCT", "ADP", "DET") or len(tokens) > 1 and tokens[-1].text.strip(".") in _LEGAL_FORMS):
            tokens = tokens[:-1]  # "Siemens AG": the legal form is no part of the name
        if ent.label_ == "PER":
            while tokens and fold(tokens[0].text) in _TITLES and tokens[0].text not in ("Saint", "Sainte"):
                tokens = tokens[1:]
            while len(tokens) > 1 and tokens[-1].text in _PARTICLES:
                tokens = tokens[:-1]  # "Bachar al" of "Bachar al-Assad" split at its hyphen: the particle is no surname
            if tokens and all(len(fold(t.text)) <= 1 for t in tokens):
                continue  # initials only ("Mme A.")
        if not tokens or len(tokens) == 1 and tokens[0].text.strip(".") in _LEGAL_FORMS:
            continue
        if not any(t.text[:1].isupper() for t in tokens):
            continue  # no capital: "reporté sine die", "a priori" (a Latin phrase the tagger took for a name)
        if ent.label_ not in _FR_LABELS:
            for token in tokens:  # a country inside a title ("Premier ministre du Maroc"), not the title
                if token.pos_ == "PROPN" and fold(token.text) in places and token.text[:1].isupper():
                    names.append(_name(doc, [token], NameType.PLACE))
                    taken.add(token.i)
            continue
        if len(tokens) == 1:
            token = tokens[0]
            folded = fold(token.text)
            if folded in calendar or _ROMAN.fullmatch(token.text):
                continue  # a month or a day, a century ("XIXe")
            common = token.text.lower() in words and folded not in places and not _is_acronym(token.text)
            first = token.is_sent_start or token.i == token.sent.start or _starts_sentence(token)
            if common and (first or token.pos_ != "PROPN" and not _shared(token)):
                continue  # "État", "Gouvernement", a capitalised first word: a common noun of French
            if common and ent.label_ == "PER" and token.i and token.doc[token.i - 1].pos_ == "DET":
                continue  # "le Pape", "la Reine": a title, a common noun after its article, whatever the tagger made of it
            if common and _heads_a_title(token, words):
                continue  # "au Salon de l'agriculture": the noun of an event's or a body's title, translated
        if any(t.i in taken for t in tokens) or any(c.isdigit() for t in tokens for c in t.text):
            continue  # a name with digits ("D137") is the figure check's
        if tokens[0].text.strip(".[]()") in _currencies():
            continue  # "CZK": a currency, the figure check's
        names.append(_name(doc, tokens, _FR_LABELS[ent.label_]))
        taken.update(t.i for t in tokens)
    taken |= _title_nouns(doc, words)
    run: list[Any] = []
    compounds = _hyphen_compounds(doc)
    for token in [*doc, None]:  # proper nouns the small parser's entities missed ("le télescope Hubble"): a name of no known type
        proper = token is not None and token.i not in taken and (token.i in compounds or _proper_word(token, words, calendar))
        if proper:
            run.append(token)
            continue
        if run and not any(t.ent_type_ in _FR_LABELS for t in run):
            names.append(_name(doc, run, NameType.PERSON if _after_title(run[0]) else NameType.NAME))
        run = []
    return sorted(_company_seats(doc, _table_names(doc, names)), key=lambda n: n.start)


#: The articles, alone or joined to a preposition, before the noun of a title ("au Salon", "le Salon", "du Salon").
_TITLE_ARTICLES = frozenset({"le", "la", "les", "l'", "l’", "au", "aux", "du", "des"})

#: The prepositions that join a title's noun to its lowercase complement ("Salon de l'agriculture", "Foire aux vins").
_TITLE_PREPOSITIONS = frozenset({"de", "du", "des", "d'", "d’", "aux"})


def _heads_a_title(token: Any, words: Any) -> bool:
    """Whether a capitalised French common noun (one the parser made a name of one word) heads a title after its
    article, its complement a lowercase French word after "de" ("au Salon de l'agriculture", "la Foire aux vins", "le
    Conseil des ministres"): the title's noun, translated ("the farm show"), whatever type the tagger gave it. A
    person's surname takes no article; a capitalised complement is a name of its own ("le Salon de Genève")."""
    doc = token.doc
    if not token.i or doc[token.i - 1].lower_ not in _TITLE_ARTICLES:
        return False
    following = list(doc[token.i + 1 : token.i + 4])
    if not following or following[0].lower_ not in _TITLE_PREPOSITIONS:
        return False
    rest = [t for t in following[1:] if t.lower_ not in _TITLE_ARTICLES]
    return bool(rest) and rest[0].text[:1].islower() and rest[0].is_alpha and rest[0].text in words


def _title_nouns(doc: Any, words: Any) -> set[int]:
    """The capitalised common nouns of an event's or a work's title, translated by meaning: in an entity of no checked
    type (``MISC``) that also holds a lowercase word of French, an article aside ("le Printemps arabe" / "the Arab
    Spring", "le Printemps de Prague" / "the Prague Spring"), a word tagged a noun is the title's noun, whatever the
    lexicon lacks; its proper nouns stay names ("Prague")."""
    nouns: set[int] = set()
    for ent in doc.ents:
        if ent.label_ != "MISC":
            continue
        if any(t.text[:1].islower() and t.pos_ not in ("DET", "PUNCT") and t.text.lower() in words for t in ent):
            nouns.update(t.i for t in ent if t.pos_ == "NOUN" and t.text[:1].isupper() and not _is_acronym(t.text))
    return nouns


def _after_title(token: Any) -> bool:
    """Whether a word follows a personal title ("Dr", "M.", "Mme"; not "Saint"): the name is a person's."""
    previous = token.doc[token.i - 1] if token.i else None
    return previous is not None and fold(previous.text).strip(".") in _TITLES - _PLACE_TITLES


#: Titles that start a place's name as often as a person's ("Saint-Denis").
_PLACE_TITLES = frozenset({"saint", "sainte", "st", "ste", "sir"})


def _hyphen_compounds(doc: Any) -> set[int]:
    """The tokens of capitalised words joined by hyphens ("Nouvelle-Angleterre", "Grande-Bretagne", "Saint-Nazaire"):
    a proper name even first in its sentence, where French writes common nouns with no capital after a hyphen."""
    out: set[int] = set()
    for token in doc[1:-1]:
        left, right = doc[token.i - 1], doc[token.i + 1]
        if (
            token.text in ("-", "‑")
            and not token.whitespace_
            and not left.whitespace_
            and all(t.text[:1].isupper() and t.text.isalpha() and len(t.text) >= 2 and fold(t.text) not in _TITLES for t in (left, right))
        ):
            out.update((left.i, token.i, right.i))
    return out


def _proper_word(token: Any, words: Any, calendar: frozenset[str]) -> bool:
    """A capitalised word, not first in its sentence, that is no French word: a proper noun or an acronym."""
    text = token.text
    if not text[:1].isupper() or _starts_sentence(token) or not any(c.isalpha() for c in text):
        return False
    if any(c.isdigit() for c in text) or fold(text) in calendar or fold(text) in _TITLES or len(text) < 2 or _ROMAN.fullmatch(text):
        return False
    if text.strip(".,;:[]()") in _currencies() or text.strip(".,;:") in _LEGAL_FORMS:
        return False  # "CZK]." with the bracket glued by the tokenizer; a company's legal form ("AG")
    french = text.lower() in words or fold(text) in words
    previous = token.doc[token.i - 1]
    if previous.text in ("«", '"', "“", "(", ":", "-", "–", "—") and not _is_acronym(text) and french:
        return False  # a quotation starts with a capital; an acronym ("(JWST)") or a word French lacks is still a name
    if _is_acronym(text) or not french and token.pos_ in _OPEN_CLASSES:
        return True  # a capitalised word the French lexicon lacks, tagged a noun, adjective or verb ("Fatulayeva")
    alone = token.ent_iob_ == "B" and (token.i + 1 == len(token.doc) or token.doc[token.i + 1].ent_iob_ != "I")
    # an entity of one word, no adjective, that English spells alike ("Twitter", tagged a verb; not "Premier ministre")
    return alone and token.pos_ != "ADJ" and _shared(token)


#: Legal forms of companies ("Volkswagen AG", "Renault SA"): no part of the name, which is the same with or without one.
_LEGAL_FORMS = frozenset({"AG", "SA", "SE", "SAS", "GmbH", "Inc", "Ltd", "plc", "PLC", "NV", "BV", "SpA", "LLC", "Corp"})


#: An organisation's acronym of seven or eight capitals ("ONUSIDA"): longer than a name's acronym elsewhere.
_LONG_ACRONYM = re.compile(r"[A-Z]{7,8}")


def _name(doc: Any, tokens: list[Any], kind: NameType) -> FrenchName:
    words = _french_words()
    start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)
    text = doc.text[start:end]
    letters = text.replace(".", "")
    short = 2 <= len(letters) <= 5 and letters.isalpha()
    # an organisation of a plain French word is no acronym ("les Verts"); one in capitals is ("CGT")
    plain = not _is_acronym(text) and text.lower() in words
    organisation = kind == NameType.ORGANISATION and (short and not plain or bool(_LONG_ACRONYM.fullmatch(letters)))
    acronym = letters.upper() if len(tokens) == 1 and (_is_acronym(text) or organisation) else ""  # "ONUSIDA": seven capitals
    proper = tuple(
        word for t in tokens if t.pos_ == "PROPN" or acronym or t.text[:1].isupper()
        for word in fold(t.text).split() if len(word) >= 2 and word not in _LEADING and word not in _TITLES
    )  # fmt: skip
    # a lowercase French word makes the name descriptive, a particle of a name aside ("Ursula von der Leyen")
    descriptive = any(
        t.text[:1].islower() and t.text.lower() in words and t.pos_ != "ADP" and t.pos_ != "DET" and t.text not in _PARTICLES
        for t in tokens
    )
    single = len(tokens) == 1
    # one word that is also a French word ("Sud", "Lune", "Golfe") is translated as often as copied: not sure to be copied
    common = single and not acronym and fold(tokens[0].text) not in exonyms() and tokens[0].text.lower() in words
    common = common and not _shared(tokens[0])  # "Oxford", "Euro": written alike in English, copied
    capitalised = [t for t in tokens if t.text[:1].isupper()]
    parts = [w for t in capitalised for w in fold(t.text).split() if w not in _LEADING]
    # a person's words are capitalised, each part of a compound too ("Jean-Pierre Boulanger"; not "Tout-le-Monde")
    named = kind == NameType.PERSON and all(p[:1].isupper() for t in tokens for p in t.text.split("-"))
    if (len(tokens) > 1 or len(parts) > 1) and parts and all(w in words for w in parts) and not acronym and not named:
        descriptive = True  # "Droits de l'Homme", "Cour Suprême": common words, translated (a person's are not: "Pierre Boulanger")
    copied = bool(acronym) or kind == NameType.PERSON or (not descriptive and not common and bool(proper))
    if single and kind != NameType.PERSON and tokens[0].text.lower() in words and _after_text_noun(tokens[0]):
        descriptive = True  # "la loi Travail" / "the labour law": the subject of a law's or a plan's name, translated
    if single and kind != NameType.PERSON and tokens[0].text.lower() in words and _after_text_noun(tokens[0], _GEOGRAPHIC_NOUNS):
        descriptive = True  # "la mer Rouge" / "the Red Sea": the adjective of a sea's or a mountain's name, translated
    if kind == NameType.PLACE and fold(text) in _place_classes():
        copied, descriptive = True, False  # "Macédoine du Nord", French words all: a country whose English babel gives
    sentence = frozenset(re.findall(r"\w+", fold(doc.text))) if acronym else frozenset()
    return FrenchName(text, kind, start, end, fold(text), proper, copied and not descriptive, acronym, sentence)


#: The lowercase nouns of a law, a plan or a reform whose name French writes with a capitalised common noun of its
#: subject ("la loi Travail", "le plan Climat", "la réforme Santé"), a noun English translates ("the labour law").
_TEXT_NOUNS = frozenset(
    {"loi", "lois", "plan", "plans", "réforme", "réformes", "projet", "pacte", "programme", "stratégie", "plateforme", "mission"}
)


#: The lowercase nouns of a natural feature whose name French writes with a capitalised common word after it ("la mer
#: Rouge", "la mer Morte", "le mont Blanc", "le cap Vert"), a word English translates or keeps ("the Red Sea", "Mont Blanc").
_GEOGRAPHIC_NOUNS = frozenset(
    {"mer", "mers", "océan", "golfe", "mont", "monts", "lac", "lacs", "cap", "détroit", "canal", "fleuve", "désert", "massif", "baie",
     "île", "îles", "péninsule", "presqu'île", "chaîne", "plateau", "col", "pic", "vallée", "delta", "forêt", "glacier"}
)  # fmt: skip


def _after_text_noun(token: Any, nouns: frozenset[str] = _TEXT_NOUNS) -> bool:
    """Whether a word follows one of the lowercase ``nouns``: a law's, a plan's or a reform's (:data:`_TEXT_NOUNS`)."""
    previous = token.doc[token.i - 1] if token.i else None
    return previous is not None and previous.text in nouns


def english_names(doc: Any) -> list[tuple[str, NameType, int, int]]:
    """The names of a parsed English text: ``(text, type, start, end)``."""
    out = []
    for ent in doc.ents:
        kind = _EN_TYPES.get(ent.label_)
        if kind is None:
            continue
        tokens = [t for t in ent if t.lower_ not in ("the", "'s") and not t.is_punct]
        if not tokens or not any(_capitalised_proper(t) for t in tokens):
            continue  # "the State", "the Government": a capitalised common noun
        start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)
        out.append((doc.text[start:end], kind, start, end))
    return out


def _capitalised_proper(token: Any) -> bool:
    return token.text[:1].isupper() and token.pos_ == "PROPN"


def may_hold_english_names(doc: Any) -> bool:
    """Whether :func:`english_names` can find a name in this English parse (read before its entities are recognised):
    every name it keeps holds a capitalised word tagged a proper noun."""
    return any(_capitalised_proper(t) for t in doc)


def reads_english_names(source: str, translation: str, en_doc: Any, translations: Mapping[str, str] | None = None) -> bool:
    """Whether the name check of this pair reads the English named entities (``en_doc``: the English parse, its
    entities not needed), the French parsed (and cached) if it is not yet.

    An English entity is read only to find a surname replaced (a French name of two words or more, a person's or a
    name of no known type, found by a word it shares or by its surname) or an added name, and an entity is no added
    name where it overlaps a French name found in the English. Every entity :func:`english_names` keeps holds a
    capitalised word tagged a proper noun: where no French name may have its surname replaced and each such word of
    the English lies in a French name found there, no entity can change the result, and the entity recogniser
    (about half of the English parse) need not run. The check's own result is the same either way (it asks this
    itself, with the model's translations of the names, and recognises the entities where they are read).
    """
    from .. import parsing

    en = Folded(translation)
    return _reads_english_names(_placed(parsing.parse(source, "fr"), en, translations or {}, _initials(translation)), en_doc)


def _reads_english_names(placed: list[tuple[FrenchName, tuple[Found, tuple[int, int]] | None]], en_doc: Any) -> bool:
    """:func:`reads_english_names` on the French names placed in the English (:func:`_placed`)."""
    if any(_surname_may_be_replaced(name, where) for name, where in placed):
        return True
    spans = [where[1] for _, where in placed if where is not None]
    return any(
        _capitalised_proper(t) and t.lower_ not in ("the", "'s") and not any(s < t.idx + len(t.text) and t.idx < e for s, e in spans)
        for t in en_doc
    )  # fmt: skip


def _placed(
    fr_doc: Any, en: Folded, translations: Mapping[str, str], initials: dict[str, tuple[int, int]]
) -> list[tuple[FrenchName, tuple[Found, tuple[int, int]] | None]]:
    """Each French name of ``fr_doc`` with where it is found in the English (None: not found)."""
    french = french_names(fr_doc)
    located = [(name, _locate(name, en, translations, initials)) for name in french]
    located = [(name, _unclaimed(name, where, fr_doc, en, translations, initials)) for name, where in located]
    whole = [(n.core, w[1]) for n, w in located if w is not None and w[0] != Found.OVERLAP]
    placed = []
    for name, where in located:
        if where is not None and where[0] == Found.OVERLAP and len(name.words) >= 2:
            # a word it shares with another name counts where that name is not found whole ("Garnier" of
            # "Charles Garnier", "Israël" of "l'État d'Israël" and of "Israël" just before)
            others = tuple(span for core, span in whole if core != name.core)
            if _inside(where[1], others):
                where = _locate(name, en, translations, initials, others)
        placed.append((name, where))
    return placed


#: French spellings of sounds that English transliterations write otherwise ("Chnour" / "Shnur", "Oussama" / "Usama").
_TRANSLIT = (
    ("cz", "ch"),  # a Czech or Polish "cz" kept in English ("Tchécoslovaquie" / "Czechoslovakia")
    ("chtch", "shch"),
    ("tch", "ch"),
    ("ch", "sh"),
    ("ou", "u"),
    ("dj", "j"),
    ("zh", "j"),  # the French "j" of a Russian or Ukrainian name, "zh" in English ("Joukov" / "Zhukov", "Prigojine" / "Prigozhin")
    ("kh", "h"),
    ("dh", "d"),  # an Arabic "dh" written "d" ("Kadhafi" / "Gaddafi")
    ("y", "i"),
    ("ph", "f"),
    ("ck", "k"),
    ("c", "k"),
    ("q", "k"),
    ("w", "v"),
    ("ss", "s"),
    ("ee", "i"),
    ("e", ""),
)


def _skeleton(word: str) -> str:
    """A word as the transliteration rules write it, a doubled letter once ("gaddafi" -> "gadafi")."""
    for french, english in _TRANSLIT:
        word = word.replace(french, english)
    return re.sub(r"(\w)\1+", r"\1", word)


def _phonetic(word: str) -> str:
    """A name's phonetic key: the consonants of its transliteration skeleton, a doubled one once ("tchaikovski" and
    "tchaikovsky" -> "shkvsk", "khrouchtchev" and "khrushchev" -> "hrshshv"), a last "ff" read "v" ("Rachmaninoff")."""
    skeleton = _skeleton(word)
    return _consonants(skeleton[:-1] + "v" if skeleton.endswith("f") and word.endswith("ff") else skeleton)


def _transliterates(a: str, b: str) -> bool:
    """Whether two folded words are one name in two transliterations: spelt nearly alike (:func:`_similar`), or of the
    same phonetic key of five consonants or more and the same first letter as transliterated ("Tchaïkovski" /
    "Tchaikovsky", "Dostoïevski" / "Dostoevsky"; not "Martin" / "Morton", too short a key to tell)."""
    if _similar(a, b):
        return True
    key = _phonetic(a)
    return len(key) >= 5 and key == _phonetic(b) and _skeleton(a)[:1] == _skeleton(b)[:1]


def _similar(a: str, b: str) -> bool:
    if len(a) < _SIMILAR_LENGTH - 1 or len(b) < _SIMILAR_LENGTH - 1:
        return False
    if _skeleton(a) == _skeleton(b):
        return True
    if len(a) < _SIMILAR_LENGTH or len(b) < _SIMILAR_LENGTH:
        return False
    common = len(os.path.commonprefix([a, b]))
    if common >= _SIMILAR_LENGTH and common >= 0.7 * min(len(a), len(b)):
        return True  # "Amérique" / "America", "Turkmènes" / "Turkmen"
    ratio = difflib.SequenceMatcher(None, a, b).ratio()
    x, y = _skeleton(a), _skeleton(b)
    if len(x) >= _SIMILAR_LENGTH and abs(len(x) - len(y)) <= 1:
        # as transliterated, where a transliteration changes letters but keeps the length ("kadhafi" / "gaddafi":
        # "kadafi" / "gadafi"; not "sites" / "websites")
        ratio = max(ratio, difflib.SequenceMatcher(None, x, y).ratio())
    return ratio >= _SIMILAR - 1e-9


def _initials(english: str) -> dict[str, tuple[int, int]]:
    """Acronyms written out: the sorted initials of every run of two to six capitalised words, a hyphenated word's
    by its first part or by each capitalised part ("Paris Saint-Germain": "PS" or "PSG")."""
    out: dict[str, tuple[int, int]] = {}
    words = [(m.group(0), m.start(), m.end()) for m in re.finditer(r"[A-Za-z][\w'-]*", english)]
    for i in range(len(words)):
        run = []
        for word, start, end in words[i : i + 8]:
            if word[:1].isupper():
                run.append((word, start, end))
            elif word.lower() in ("of", "for", "and", "the", "de"):
                continue
            else:
                break
            if len(run) >= 2:
                out.setdefault("".join(sorted(w[0][0].upper() for w in run)), (run[0][1], run[-1][2]))
                parts = [p[0] for w in run for p in w[0].split("-") if p[:1].isupper()]
                out.setdefault("".join(sorted(parts)), (run[0][1], run[-1][2]))
    return out


def _locate(
    name: FrenchName,
    en: Folded,
    translations: Mapping[str, str],
    initials: dict[str, tuple[int, int]],
    avoid: tuple[tuple[int, int], ...] = (),
) -> tuple[Found, tuple[int, int]] | None:
    """Where the English renders a French name, and how; ``None`` when it does not.

    A name of several words found by one of them is not found inside ``avoid`` (where other names stand whole).
    """
    core = " ".join(w for w in name.core.split() if w not in _LEADING) if name.core.split()[0] in _LEADING else name.core
    span = en.first(core) or (en.first(core.replace(" ", "")) if " " in core else None)
    if span:
        return Found.SAME, span  # "Québec" = "Quebec", "Iron Man" = "Ironman"
    local = _endonyms().get(core, frozenset())
    # an inhabitant may be one English compound of the adjective ("Françaises" / "Frenchwomen", "Irlandais" / "Irishman")
    nationals = {e + person for e in _demonyms().get(core, exonyms().get(core, ())) if e.endswith(("ch", "sh"))
                 for person in ("man", "men", "woman", "women")}  # fmt: skip
    for english in (*exonyms().get(core, ()), *_demonyms().get(core, ()), *sorted(nationals)):
        # a city as its country writes it takes no article: "the Roma" are a people, not "Rome"
        spans = (s for s in en.find(english) if not (english in local and _after_article(en.text, s)))
        span = next((s for s in spans if not _inside(s, avoid)), None)
        if span:
            return Found.EXONYM, span
    span = _conventional(core, en, avoid)
    if span:
        return Found.EXONYM, span
    for company in name.seat_of:  # "la firme de Cupertino" / "Apple": a company by its seat
        span = next((s for s in en.find(fold(company)) if en.text[s[0] : s[0] + 1].isupper() and not _inside(s, avoid)), None)
        if span:
            return Found.SEAT, span
    given = translations.get(name.text)
    if given and len(given.split()) > len(name.text.split()) + 3:
        given = None  # not a name's translation: a model that wrote a sentence
    if given:
        folded = " ".join(w for w in fold(given).split() if w not in _EN_STOP)
        span = en.first(fold(given)) or en.first(folded)
        if span:
            return Found.TRANSLATION, span
        for word in folded.split():
            if len(word) >= 3:
                span = en.first(word)
                if span:
                    return Found.TRANSLATION, span
    for english in exonyms().get(core, ()):  # "États-Unis" -> "US", written "USA" or "U.S.A."
        if " " not in english and len(english) <= 3:
            for word in _WORD.findall(en.text):
                letters = word.strip(".,;:!?()\"'«»").replace(".", "")
                if letters.isupper() and letters.lower().startswith(english) and len(letters) <= len(english) + 1:
                    return Found.EXONYM, en.first(fold(word.strip(",;:!?()\"'«»"))) or (0, 0)
    if name.acronym:
        letters = "".join(sorted(name.acronym.upper()))
        # an all-capitals headline (three words or more): any short word there looks like an acronym
        shouted = len(re.findall(r"[^\W\d_]+", en.text)) >= 3 and not any(c.islower() for c in en.text)
        for word in _WORD.findall(en.text):
            stripped = word.strip(".,;:!?()\"'«»")
            if stripped.endswith("s") and stripped[:-1].isupper():
                stripped = stripped[:-1]  # "STIs"
            if _acronym_renders(name, stripped, shouted):
                return Found.ACRONYM, en.first(fold(stripped)) or (0, 0)
        if letters in initials:
            return Found.ACRONYM, initials[letters]
        rest = "".join(sorted(name.acronym.upper()[1:]))
        if name.acronym[:1].upper() == "O" and len(rest) >= 2 and rest in initials:
            return Found.ACRONYM, initials[rest]  # "ONU" / "United Nations": the "Organisation" English drops, its words reordered
        if name.acronym in _currency_countries():
            for word in _WORD.findall(en.text):  # "dollars US" -> "USD": a currency's code starts with its country's
                stripped = word.strip(".,;:!?()\"'«»")
                if stripped in _currencies() and stripped.startswith(name.acronym) and _currency_named(stripped, name.sentence):
                    return Found.ACRONYM, en.first(fold(stripped)) or (0, 0)
    if len(name.words) >= 2:  # "New York" -> "NY"
        short = "".join(w[0] for w in name.words).upper()
        span = en.first(short.lower())
        if span and en.text[span[0] : span[1]].isupper():
            return Found.ACRONYM, span
    # a person: by the surname, not the first name
    words = name.words[1:] if name.type == NameType.PERSON and len(name.words) > 1 else name.words
    epithet = _EPITHET.fullmatch(name.text) if name.type == NameType.PERSON else None
    if epithet and epithet.group(2).lower() in _french_words():
        words = (fold(epithet.group(1)),)  # "Théobald le Pieux" / "Theobald the Pious": the epithet is translated
    several = len(name.words) >= 2 and name.type != NameType.PERSON
    for word in words:
        if len(word) < 3 and not name.acronym:
            continue
        own = len(name.words) >= 2 and core in exonyms()  # "Nouvelle-Angleterre" is "New England", not its word's "England"
        for part in [word, *(() if own else exonyms().get(word, ()))]:
            for span in en.find(part):
                if part in _endonyms().get(word, ()) and _after_article(en.text, span):
                    continue
                if _stands_for(name, en.text, span, several) and not _inside(span, avoid):
                    return (Found.PERSON if name.type == NameType.PERSON else Found.OVERLAP), span
    for word in words:
        for english in en.words:
            if _similar(word, english):
                for span in en.find(english):
                    if _stands_for(name, en.text, span, several) and not _inside(span, avoid):
                        return (Found.PERSON if name.type == NameType.PERSON else Found.OVERLAP), span
    span = _place_adjective(name, en)
    if span and not _inside(span, avoid):
        return Found.OVERLAP, span
    span = _saint(name, en.text)
    if span and not _inside(span, avoid):
        return Found.OVERLAP, span
    span = _compound(name, en)
    return (Found.OVERLAP, span) if span and not _inside(span, avoid) else None


#: The endings of the English adjective of a mountain range, a region or a desert on its name's stem ("Alpes" / "Alpine",
#: "Andes" / "Andean", "Sahel" / "Sahelian").
_PLACE_ADJECTIVE_ENDINGS = ("ine", "ean", "ian", "an", "ic")


def _place_adjective(name: FrenchName, en: Folded) -> tuple[int, int] | None:
    """Where the English names a place of one word by its capitalised adjective, made on the stem of the name (its
    plural "s" or "es" and a last "e" left out) and an adjective's ending of :data:`_PLACE_ADJECTIVE_ENDINGS` ("les
    Alpes" / "Alpine resorts", "les Andes" / "Andean villages"): a feature English qualifies as it does a country."""
    if name.type in (NameType.PERSON, NameType.ORGANISATION) or len(name.words) != 1 or name.acronym:
        return None
    word = name.words[0]
    stem = word[:-2] if word.endswith("es") else word[:-1] if word[-1:] in "se" else word
    if len(stem) < 3:
        return None
    for english in en.words:
        if english.startswith(stem) and english[len(stem) :] in _PLACE_ADJECTIVE_ENDINGS:
            span = next((s for s in en.find(english) if en.text[s[0] : s[0] + 1].isupper()), None)
            if span:
                return span
    return None


#: A French saint's name ("Saint-Pierre", "Sainte-Anne"), the saint's first name in its group.
_SAINT_FR = re.compile(r"(?:Saint|Sainte|St|Ste)[-\s]([A-ZÀ-Þ]\w+)")
#: An English saint's name: "St", "St." or "Saint" and a capitalised first name ("St Peter's", "Saint John").
_SAINT_EN = re.compile(r"\b(?:St\.?|Saint|Ste\.?|Sainte)\s+([A-Z]\w+)")


def _saint(name: FrenchName, english: str) -> tuple[int, int] | None:
    """Where the English names a French saint's church, feast or square by the saint's English name ("la basilique
    Saint-Pierre" / "St Peter's Basilica", "Saint-Jean" / "St John's"): English translates the first name of a saint,
    which keeps its first letter (a place babel names in English is found by that name before)."""
    french = _SAINT_FR.fullmatch(name.text)
    if french is None:
        return None
    initial = fold(french.group(1))[:1]
    return next(((m.start(), m.end()) for m in _SAINT_EN.finditer(english) if fold(m.group(1))[:1] == initial), None)


#: A person named by a first name and an epithet after a lowercase article ("Théobald le Pieux", "Mathilde la Sage";
#: not "Jean-Marie Le Pen").
_EPITHET = re.compile(r"([A-ZÀ-Þ][\w-]+) (?:le|la) ([A-ZÀ-Þ]\w+)")


def _acronym_renders(name: FrenchName, word: str, shouted: bool = False) -> bool:
    """Whether an English acronym renders a French one.

    Written in capitals: the same letters in any order ("OTAN" / "NATO"), or the French letters less a first "O"
    (the French "Organisation" that English names drop), reordered as English puts the words before their noun
    ("ONU" / "UN", "ONUSIDA" / "UNAIDS"; the rest in the French order is another acronym: "OMS" is not "MS"), not
    in an English sentence all in capitals (there "ON" and "TO" are words). Said as a word and written in title
    case: never a word the French sentence holds ("Seine" beside "Insee"); for a French acronym in capitals or in
    title case, its letters reversed, as English puts the modifiers a French name ends with before their noun ("OTAN"
    or "Otan" / "Nato", whatever the English lexicon holds); else never a word English has (its lemma or a plural: "Pope", "Trap",
    "Cones"), and the same letters in the same order for a French acronym in title case ("Insee"), as in capitals
    for one in capitals ("ONUSIDA" / "Unaids"). None of these for an acronym of :data:`_CONVENTIONS`, whose
    English forms are listed ("OUA" is "OAU", never the other body "AU").
    """
    french = name.acronym.upper()
    letters = word.replace(".", "")
    if not letters.isalpha() or fold(french) in _conventions():
        return False  # an organisation of the table is rendered by its own forms only: "OUA" is "OAU", never "AU"
    if not _is_acronym(word):
        if not (letters[:1].isupper() and letters[1:].islower() and len(letters) >= 4):
            return False
        folded, capitals = fold(letters), name.text.isupper()
        if folded in name.sentence:
            return False
        if letters.upper() == french[::-1]:
            return True  # "OTAN" or "Otan" / "Nato"
        if folded in _english_words() or folded.endswith("s") and folded[:-1] in _english_words():
            return False
        letters = letters.upper()
        if letters == french or not capitals:
            return letters == french
    if sorted(letters) == sorted(french):
        return True
    rest = french[1:]
    return not shouted and len(rest) >= 2 and french[0] == "O" and sorted(letters) == sorted(rest) and letters != rest


@cache
def _currency_countries() -> frozenset[str]:
    """The country codes that start a currency's code in use ("US" of "USD", "CA" of "CAD")."""
    return frozenset(code[:2] for code in _currencies())


def _after_article(english: str, span: tuple[int, int]) -> bool:
    return bool(_ARTICLE_BEFORE.search(english[: span[0]]))


def _currency_named(code: str, sentence: frozenset[str]) -> bool:
    """Whether the French sentence names the currency of a code by its word ("dollars" for "USD", "couronnes" for
    "SEK"): a country's code inside a currency's renders it only there ("les troupes US" is not "USD troops")."""
    word = _currency_words().get(code)
    return word is not None and (word in sentence or word + "s" in sentence)


@cache
def _currency_words() -> dict[str, str]:
    """Each currency code -> the first folded word of its French name ("USD" -> "dollar"), read once from babel."""
    import babel

    return {code: words[0] for code, name in babel.Locale("fr").currencies.items() if (words := fold(name).split())}


def _stands_for(name: FrenchName, english: str, span: tuple[int, int], several: bool) -> bool:
    """Whether an English word found for one word of a name stands for it: a person's word capitalised ("Said" is
    not "said"), a several-word name's as :func:`_names_part` says."""
    if name.type == NameType.PERSON and not english[span[0] : span[0] + 1].isupper():
        return False
    return not several or _names_part(english, span, name.type)


#: An English article just before a word ("the Roma").
_ARTICLE_BEFORE = re.compile(r"\b(?:the|a|an)\s+$", re.IGNORECASE)
#: A word of the English with its dots ("U.S.A."), punctuation glued to it left out ("USA,is").
_WORD = re.compile(r"[\w.]+")


def _compound(name: FrenchName, en: Folded) -> tuple[int, int] | None:
    """Where a one-word name that English spells as a common word stands inside an English compound written as one
    word ("sites Web" -> "websites", "Net" -> "netbook"): a French word both languages share, joined to another."""
    word = name.words[0] if len(name.words) == 1 else ""
    if len(word) < 3 or name.type == NameType.PERSON or word not in _english_words():
        return None
    hit = re.search(rf"(?<!\w)(?:\w+{re.escape(word)}|{re.escape(word)}\w+)(?!\w)", en.folded)
    return en.span(hit.start(), hit.end()) if hit else None


def _inside(span: tuple[int, int], spans: tuple[tuple[int, int], ...]) -> bool:
    return any(s <= span[0] and span[1] <= e for s, e in spans)


def _names_part(english: str, span: tuple[int, int], kind: str) -> bool:
    """Whether an English word can stand for a several-word name it shares: capitalised ("Nottingham University" is
    not found in "universities"), and for an organisation not a nationality or language ("German Marshall Fund" is
    not found in "German policy"; a place's is its own: "Mexicano-Américains" / "Mexican-Americans")."""
    word = english[span[0] : span[1]]
    return word[:1].isupper() and (kind != NameType.ORGANISATION or fold(word) not in _nationalities())


def mentioned_earlier(issue: Issue, earlier: Sequence[NameMatch], report: CheckReport, source: str, translation: str) -> bool:
    """Whether a name missing in one sentence's English (``report``, of ``source`` and ``translation``) is a name an
    earlier sentence of the text names, found in its English (``earlier``: the names found there), each word of it
    ("Martin" of "Jean Martin" before): the French says it again where the English writes a pronoun, a role or
    nothing ("Macron a reçu Scholz. Macron a ensuite parlé" / "Macron received Scholz. He then spoke"), a repetition
    avoided, no name lost. Not where the sentence's English holds a proper noun that is no name found there and no word
    of its French: another name may stand in its place ("Meloni then spoke", which the small English parser may not
    type a person)."""
    if issue.kind != IssueKind.NAME or issue.code != "missing" or not issue.source:
        return False
    words = set(fold(issue.source).split()) - _LEADING - _TITLES
    if not words or not any(words <= set(fold(match.source).split()) for match in earlier):
        return False
    return not _another_stands(translation, report.names, (), Folded(source))


def _another_stands(
    translation: str, names: Sequence[NameMatch], found: Sequence[tuple[FrenchName, tuple[int, int]]], source: Folded
) -> bool:
    """Whether the English holds a capitalised proper noun outside the names found there (``names`` and ``found``) that
    is no word of the French (``source``): a name that may stand where the French names one of its names again ("la
    Bolivie a voté, puis la Bolivie a signé" / "Bolivia voted, then Peru signed"). Where it holds none, the French name
    said again is a pronoun, a role or nothing in the English, a repetition avoided (as :func:`mentioned_earlier` reads a
    later sentence). A day or a month is no such noun ("Tuesday"), nor a word of the English lexicon outside the English
    names: a role's noun capitalised in a title or first in the sentence ("Health Minister", "Novelist")."""
    from .. import parsing

    spans = (*(match.translation_span for match in names), *(span for _, span in found))
    french, calendar, english = set(re.findall(r"\w+", source.folded)), _calendar(), _english_words()
    named: tuple[tuple[int, int], ...] | None = None
    doc = parsing.parse(translation, "en", entities=False)
    for token in doc:
        if not _capitalised_proper(token) or _inside((token.idx, token.idx + len(token.text)), spans):
            continue
        words = set(re.findall(r"\w+", fold(token.text)))
        if not words or words <= french or words <= calendar:
            continue
        if words <= english:
            after = next((t for t in doc[token.i + 1 :] if not (t.text[:1].isupper() and _lexicon_word(t.text, english))), None)
            if after is not None and _inside((after.idx, after.idx + len(after.text)), spans):
                continue  # the words of a title before a name found ("Labour Minister Hugo Vasseur")
            if named is None:  # the English names, read only for a word the English lexicon holds ("Peru", "Minister")
                named = tuple((s, e) for _, kind, s, e in english_names(parsing.parse(translation, "en")) if kind != NameType.GROUP)
            if not any(s < token.idx + len(token.text) and token.idx < e for s, e in named):
                continue
        return True
    return False


def _first_kept(named: Sequence[FrenchName], first: tuple[int, int], fr_length: int, en_length: int) -> bool:
    """Whether the English's first mention of a name the French says more often (``named``, in order) stands where the
    French's first one does, by relative position, rather than where a later one does: English says a name first and
    repeats it by a pronoun or a role ("Durand a signé ... , a dit Durand" / "Durand signed ..., he said"); a name kept
    only at a later mention lost the first one ("the region ... does Egypt")."""
    where = first[0] / max(1, en_length)
    distances = [abs(name.start / max(1, fr_length) - where) for name in named]
    return distances[0] <= min(distances[1:])


def _lexicon_word(text: str, english: frozenset[str]) -> bool:
    """Whether each word of ``text`` is a word of the English lexicon (``english``: :func:`_english_words`)."""
    words = set(re.findall(r"\w+", fold(text)))
    return bool(words) and words <= english


def names_to_translate(source: str, translation: str) -> list[str]:
    """The French names the safe rules cannot find in the English: the ones worth the model's own translation.

    Returns nothing when a parser is missing or the text is too long (the check then says so).
    """
    from .. import parsing

    if len(source) > MAX_CHARS or len(translation) > MAX_CHARS or not (parsing.available("fr") and parsing.available("en")):
        return []
    if not NameCheck().applies(source, translation):
        return []  # no word that may be a name: nothing to parse
    en = Folded(translation)
    initials = _initials(translation)
    return [n.text for n in french_names(parsing.parse(source, "fr")) if _locate(n, en, {}, initials) is None]


@register
class NameCheck(Check):
    """People, places and organisations of the French, found in the English (see the module docstring)."""

    name = "names"
    kind = IssueKind.NAME
    needs = ("fr", "en")

    def applies(self, source: str, translation: str) -> bool:
        """Whether either side may hold a name: a capital letter after the text's first character, or a French
        text whose capitalised first word is no French word (a capitalised first word that is one is never a
        name on its own: see :func:`french_names`)."""
        if _CAPITAL.search(source, 1) or _CAPITAL.search(translation, 1):
            return True
        from .. import parsing

        first = re.match(r"\W*(\w+)", source)
        if not (first and first.group(1)[:1].isupper()):
            return False
        if not parsing.available("fr"):
            return True  # no parser loaded for a word test
        # a French word first that is also a country or a city of babel ("Damas", a fabric too) may be a name
        return first.group(1).lower() not in _french_words() or fold(first.group(1)) in _place_classes()

    def run(self, source: str, translation: str, report: CheckReport, translations: Mapping[str, str]) -> None:
        """Add each French name found (``report.names``), each one missing or replaced, and each added English name."""
        from .. import parsing

        fr_doc, en_doc = parsing.parse(source, "fr"), parsing.parse(translation, "en", entities=False)
        en = Folded(translation)
        initials = _initials(translation)
        folded_source = Folded(source)
        found: list[tuple[FrenchName, tuple[int, int]]] = []
        hows: dict[int, str] = {}
        lost: list[FrenchName] = []
        placed = _placed(fr_doc, en, translations, initials)
        # the English entities, only where one of them can be read (:func:`reads_english_names`)
        read = not parsing.gated() or _reads_english_names(placed, en_doc)
        en_names = english_names(parsing.parse(translation, "en")) if read else []
        for name, where in placed:
            person = _surname_replaced(name, where, en_names, folded_source) or _rest_replaced(name, where, translation, folded_source)
            if person is not None:
                text, _, start, end = person
                report.issues.append(Issue(IssueKind.NAME, "replaced", f"'{name.text}' written '{text}'", name.text, text,
                                           (name.start, name.end), (start, end)))  # fmt: skip
                found.append((name, (start, end)))
                continue
            if where is not None:
                how, span = where
                report.names.append(NameMatch(name.text, translation[span[0] : span[1]], (name.start, name.end), span, how))
                found.append((name, span))
                hows[id(name)] = how
            elif name.copied or name.text in translations:
                lost.append(name)
        # a name copied as written and named twice or more in the French is named as often in the English, unless
        # the English names it first where the French does and says it again by a pronoun, a role or nothing
        # ("Durand ... selon Durand" / "Durand ... he said"): a second mention replaced leaves the first one to be
        # found and another proper noun in the English; the first one lost leaves a later one alone
        mentions: dict[str, list[FrenchName]] = {}
        for name, _ in found:
            # a person or an acronym by any mention; another name copied as written or an exonym, when found whole
            # ("Bolivie" twice: "Bolivia" twice, or its adjective)
            if name.copied and (name.acronym or name.type == NameType.PERSON or hows.get(id(name)) in (Found.SAME, Found.EXONYM)):
                mentions.setdefault(name.core, []).append(name)
        for core, named in mentions.items():
            forms = {core, *exonyms().get(core, ()), *map(fold, _conventions().get(core, ()))}
            spans = sorted({span for form in forms for span in en.find(form)})
            written = len(spans)
            if 0 < written < len(named) and (
                not _first_kept(named, spans[0], len(source), len(translation))
                or _another_stands(translation, report.names, found, folded_source)
            ):
                last = named[-1]
                report.issues.append(Issue(IssueKind.NAME, "missing", f"'{last.text}' is named {len(named)} times in the French, "
                                           f"{written} in the English", last.text, "", (last.start, last.end), None))  # fmt: skip
        extra = []
        # the English country of a French adjective or inhabitant ("le groupe américain" / "the US group"): no added name
        demonyms = _demonyms() if en_names else {}
        adjectives = set().union(*(demonyms.get(fold(w), ()) for w in re.findall(r"[^\W\d_]+", source))) if en_names else set()
        for text, kind, start, end in en_names:
            if any(s < end and start < e for _, (s, e) in found) or fold(text) in adjectives:
                continue
            if any(_bracketed_beside(translation, (s, e), (start, end)) for _, (s, e) in found):
                continue  # "the Swiss People's Party (SVP)", "ALS (amyotrophic lateral sclerosis)": one name said twice
            words = fold(text).split()
            if kind == NameType.PERSON:
                words = words[-1:]  # a person the French holds is named by the surname
            if folded_source.first(fold(text)) or any(folded_source.first(w) for w in words if len(w) >= 4):
                continue
            extra.append((text, kind, start, end))
        used: set[int] = set()
        for name, (found_start, found_end) in found:
            word = _lost_place_word(name, hows.get(id(name), ""), en)
            # a place joined to the part found by a hyphen is the English form of the same compound name
            # ("Nice-Côte-d'Azur" / "Nice Côte d'Azur", "Lyon-Saint-Exupéry" / "Lyon Saint-Exupéry"), not another place
            place = next((i for i, (_, kind, s, e) in enumerate(extra) if kind == NameType.PLACE and i not in used
                          and not _hyphen_joined(translation, (s, e), (found_start, found_end))), None) if word else None  # fmt: skip
            if word and place is not None:
                used.add(place)  # "Institut ... de Tambov" found by "Conservatory", "Tambov" written "Lyon"
                text, _, start, end = extra[place]
                report.issues.append(Issue(IssueKind.NAME, "replaced", f"'{word}' of '{name.text}' written '{text}'", name.text, text,
                                           (name.start, name.end), (start, end)))  # fmt: skip
        taken: set[tuple[int, int]] = set()
        for name in lost:
            letters = _initials_written(name, fr_doc, translation)
            if letters is not None:  # "Électricité de France" / "EDF": the name by its initials, its particles' too
                used.update(i for i, (_, _, s, e) in enumerate(extra) if s < letters[1] and letters[0] < e)
                initials_text = translation[letters[0] : letters[1]]
                report.names.append(NameMatch(name.text, initials_text, (name.start, name.end), letters, Found.ACRONYM))
                continue
            rival = _rival(name, extra, used, len(source), len(translation))
            seat = next((i for i, e in enumerate(extra) if i not in used and _seat_named(name, fr_doc, e[0])), None)
            rival = seat if seat is not None else rival  # "par Pyongyang et Moscou" / "North Korea and Russia": each its own country
            if rival is not None and _near(name.core, extra[rival][0]) and not _another_place(name.core, extra[rival][0]):
                used.add(rival)  # the English name in its place is spelt nearly alike: an exonym babel does not know
                text, _, start, end = extra[rival]
                report.names.append(NameMatch(name.text, text, (name.start, name.end), (start, end), "near"))
                continue
            if rival is None:
                noun = _class_noun(name, en, taken, folded_source)
                if noun is not None:
                    taken.add(noun)  # "Allemagne" / "the country": a repetition avoided, a liberty, not a drop
                    report.names.append(NameMatch(name.text, translation[noun[0] : noun[1]], (name.start, name.end), noun, Found.CLASS))
                    continue
                country = _seat(name, fr_doc, found, translation) or _seat_rendered(name, fr_doc, found, en)
                if country is not None:  # "l'Italie ... ; Rome prévoit" / "Italy ..., which forecasts": the government
                    report.names.append(
                        NameMatch(name.text, translation[country[0] : country[1]], (name.start, name.end), country, Found.SEAT)
                    )
                    continue
                report.issues.append(Issue(IssueKind.NAME, "missing", f"'{name.text}' missing in the English", name.text, "",
                                           (name.start, name.end), None))  # fmt: skip
            else:
                used.add(rival)
                text, _, start, end = extra[rival]
                if _seat_named(name, fr_doc, text):  # "Rome a répondu" / "Italy responded": the government by its country
                    report.names.append(NameMatch(name.text, text, (name.start, name.end), (start, end), Found.SEAT))
                    continue
                report.issues.append(Issue(IssueKind.NAME, "replaced", f"'{name.text}' written '{text}'", name.text, text,
                                           (name.start, name.end), (start, end)))  # fmt: skip
        for i, (text, kind, start, end) in enumerate(extra):
            if i not in used and kind != NameType.GROUP:
                report.issues.append(Issue(IssueKind.NAME, "added", f"'{text}' is not in the French (an added name)", "", text, None,
                                           (start, end), Severity.INFO))  # fmt: skip


def _bracketed_beside(text: str, found: tuple[int, int], other: tuple[int, int]) -> bool:
    """Whether one of two English spans stands in brackets right after the other ("Swiss People's Party (SVP)"): a
    name and its acronym or expansion, one name."""
    first, second = sorted((found, other))
    return bool(re.fullmatch(r"\s*\(\s*", text[first[1] : second[0]])) and bool(re.match(r"\s*\)", text[second[1] :]))


def _unclaimed(
    name: FrenchName,
    where: tuple[Found, tuple[int, int]] | None,
    fr_doc: Any,
    en: Folded,
    translations: Mapping[str, str],
    initials: dict[str, tuple[int, int]],
) -> tuple[Found, tuple[int, int]] | None:
    """Where a name is found, an English word that renders another word of the French left aside.

    A name found by another form of the word ("Uruguay" by "Uruguayan", "Pérou" by "Peruvians") is not found
    there when the French holds that form itself outside the name ("uruguayenne", "Péruviens"): the English word
    renders that one, and the name is looked for elsewhere. Not where that French word is written as it is in the
    English, elsewhere: another name spelt nearly alike, found by itself ("le Rhin ... la vallée du Rhône" / "the
    Rhine ... the Rhône valley").
    """
    if where is None or where[0] not in (Found.OVERLAP, Found.EXONYM):
        return where
    english = fold(en.text[where[1][0] : where[1][1]])
    if english == name.core or " " in english:
        return where
    if english.removesuffix("s") in map(fold, _conventions().get(name.core, ())):
        return where  # the form English writes for the name, merged with a French noun of its sense ("société coopérative, une SCOP")
    for token in fr_doc:
        if name.start <= token.idx < name.end or not token.is_alpha or len(token.text) < 4:
            continue
        word = fold(token.text)
        if any(not _inside(span, (where[1],)) for span in en.find(word)):
            continue  # a word written as itself elsewhere in the English is rendered there ("Rhône" beside "Rhine")
        if word != name.core and (word == english or _similar(word, english) or english in exonyms().get(word, ())):
            return _locate(name, en, translations, initials, (where[1],))
    return where


#: The particles a French name of several capitalised words joins them by ("Électricité de France", "Aéroports de
#: Paris"), with the letter its acronym may take for each ("EDF", "ADP"; "RFF" for "Réseau ferré de France" leaves it out).
_NAME_PARTICLES = {"de": "d", "du": "d", "des": "d", "d'": "d", "d’": "d", "et": "e"}

#: An English acronym: two to six capitals, a word of its own.
_ENGLISH_ACRONYM = re.compile(r"(?<![\w-])[A-Z]{2,6}(?![\w-])")


def _initials_written(name: FrenchName, fr_doc: Any, english: str) -> tuple[int, int] | None:
    """Where the English writes a name of two capitalised French words or more by their initials: the run of capitalised
    nouns and particles around the name ("Électricité de France", the parser's name only "France" where the first
    word, first in the sentence, is a French noun; never "Selon"), from any of its capitals, their first letters with
    or without each particle's ("EDF", "GDF" for "Gaz de France", "ADP" for "Aéroports de Paris"), an acronym of the
    English the French does not hold."""
    span = fr_doc.char_span(name.start, name.end, alignment_mode="expand")
    if span is None:
        return None
    first, last = span.start, span.end  # [first, last) tokens of the run

    def capital(i: int) -> bool:
        return fr_doc[i].text[:1].isupper() and fr_doc[i].is_alpha and fr_doc[i].pos_ in ("NOUN", "PROPN", "ADJ", "X")

    def particle(i: int) -> bool:
        return fr_doc[i].lower_ in _NAME_PARTICLES

    while first >= 2 and particle(first - 1) and capital(first - 2):
        first -= 2
    while first >= 1 and capital(first - 1) and not particle(first - 1):
        first -= 1
    while last + 1 < len(fr_doc) and particle(last) and capital(last + 1):
        last += 2
    forms: set[str] = set()
    for start in range(first, span.start + 1):  # from each capital before the name
        run = [t for t in fr_doc[start:last] if capital(t.i) or particle(t.i)]
        if not run or not capital(run[0].i) or sum(capital(t.i) for t in run) < 2:
            continue
        forms.add("".join(fold(t.text)[0] for t in run if capital(t.i)).upper())
        forms.add("".join(fold(t.text)[0] if capital(t.i) else _NAME_PARTICLES[t.lower_] for t in run).upper())
    french = set(re.findall(r"\w+", fr_doc.text))
    for hit in _ENGLISH_ACRONYM.finditer(english):
        if hit.group(0) in forms and hit.group(0) not in french:
            return hit.start(), hit.end()
    return None


def _hyphen_joined(text: str, one: tuple[int, int], other: tuple[int, int]) -> bool:
    """Whether two spans of ``text`` are joined by a hyphen ("Lyon" and "Saint-Exupéry" in "Lyon-Saint-Exupéry")."""
    first, second = sorted((one, other))
    return text[first[1] : second[0]].strip() in ("-", "–")


def _lost_place_word(name: FrenchName, how: str, en: Folded) -> str:
    """The proper noun of a several-word name found by another of its words that the English lacks in every form
    ("Tambov" of "Conservatoire Rachmaninov de Tambov" found by "Rachmaninov"): a place inside the name."""
    if how != Found.OVERLAP or len(name.words) < 2:
        return ""
    words = _french_words()
    for word in name.words:
        if len(word) < 4 or word in words or en.first(word) or any(en.first(e) for e in exonyms().get(word, ())):
            continue
        if not any(_similar(word, english) for english in en.words):
            return next((w for w in name.text.replace("'", " ").replace("’", " ").split() if fold(w) == word), word)
    return ""


def _surname_replaced(
    name: FrenchName, where: tuple[Found, tuple[int, int]] | None, en_names: list[tuple[str, NameType, int, int]], source: Folded
) -> tuple[str, NameType, int, int] | None:
    """The English person whose name goes on from a word of a French name with words the French lacks: the rest of the
    name replaced ("Lina Marsac" written "Lina Okafor"); a first name added before a surname is no change."""
    if where is None or not _surname_may_be_replaced(name, where):
        return None
    start, end = where[1]
    for entity in en_names:
        text, kind, s, e = entity
        if kind != NameType.PERSON or not (s <= start and end <= e) or end >= e:
            continue
        after = [w for w in re.findall(r"[\w'’-]+", text[end - s :]) if w[:1].isupper()]
        if after and not any(source.first(fold(w)) or _in_french(fold(w), name, source) for w in after):
            return entity
    return None


def _in_french(word: str, name: FrenchName, source: Folded) -> bool:
    """Whether an English word of a person's name is a word of the French name, or a capitalised word of the French,
    in another transliteration ("Pyotr Ilyich Tchaikovsky" for "Piotr Ilitch" and "Tchaïkovski" just after)."""
    if any(_similar(word, n) for n in name.words):
        return True
    return any(_transliterates(word, fold(w)) for w in _CAPITALISED.findall(source.text) if len(w) >= 4)


#: The capitalised words right after a word of the English (a name's next words): "Okafor" after "Lina".
_NEXT_NAMES = re.compile(r"(?:[ \u00a0](?:[A-ZÀ-Þ][\w'’-]*))+")


def _rest_replaced(
    name: FrenchName, where: tuple[Found, tuple[int, int]] | None, english: str, source: Folded
) -> tuple[str, NameType, int, int] | None:
    """A several-word name found by its first word only, the English going on from it with other capitalised words
    that English has as no word and the French lacks: the rest of the name replaced, read from the text where the
    English parser typed no person there ("Suzy Menkes", tagged an organisation, written "Suzy Okafor")."""
    if where is None or where[0] not in (Found.OVERLAP, Found.PERSON) or len(name.words) < 2:
        return None
    if name.type not in (NameType.PERSON, NameType.NAME, NameType.ORGANISATION):
        return None
    start, end = where[1]
    if fold(english[start:end]) != name.words[0]:
        return None  # found by another word than its first
    after = _NEXT_NAMES.match(english, end)
    if after is None:
        return None
    words = [fold(w) for w in re.findall(r"[\w'’-]+", after.group(0))]
    english_words = _english_words()
    if any(source.first(w) or w in english_words or _in_french(w, name, source) for w in words):
        return None
    return english[start : after.end()], NameType.PERSON, start, after.end()


def _surname_may_be_replaced(name: FrenchName, where: tuple[Found, tuple[int, int]] | None) -> bool:
    """Whether :func:`_surname_replaced` reads the English entities for this name: a name of two words or more, a
    person's or one of no known type, found by a word it shares or by its surname."""
    return (
        where is not None and where[0] in (Found.OVERLAP, Found.PERSON) and len(name.words) >= 2
        and name.type in (NameType.PERSON, NameType.NAME)
    )  # fmt: skip


#: The English nouns of a place's class with a determiner ("the country", "this nation", "the capital"): English avoids
#: naming a country or a city twice and writes its class instead.
_CLASS_NOUNS = {
    "country": re.compile(r"\b(?:the|this|that|our|their|its|his|her)\s+(?:country|nation)\b", re.IGNORECASE),
    "city": re.compile(r"\b(?:the|this|that|our|their|its|his|her)\s+(?:city|capital|town)\b", re.IGNORECASE),
}


@cache
def _place_classes() -> dict[str, str]:
    """Folded French names of countries and territories -> ``country``, of the time-zone cities -> ``city`` (babel)."""
    import babel
    from babel.core import get_global

    fr = babel.Locale("fr")
    table: dict[str, str] = {}
    for zone in get_global("zone_territories"):
        names: Any = fr.time_zones.get(zone)
        city = (names.get("city") if hasattr(names, "get") else None) or str(zone).rsplit("/", 1)[-1].replace("_", " ")
        table[fold(city)] = "city"
    table.update((city, "city") for city in _capitals())
    table.update((fold(name), "country") for name in fr.territories.values())
    return table


@cache
def _city_countries() -> dict[str, str]:
    """Folded French names of babel's time-zone cities -> the folded French name of their country ("rome" -> "italie")."""
    import babel
    from babel.core import get_global

    fr = babel.Locale("fr")
    table: dict[str, str] = {}
    for zone, territory in get_global("zone_territories").items():
        names: Any = fr.time_zones.get(zone)
        city = (names.get("city") if hasattr(names, "get") else None) or str(zone).rsplit("/", 1)[-1].replace("_", " ")
        if territory in fr.territories and fold(city) != fold(fr.territories[territory]):
            table[fold(city)] = fold(fr.territories[territory])
    table.update((city, country) for city, (_, country) in _capitals().items())
    return table


def _governed(name: FrenchName, fr_doc: Any) -> str | None:
    """The folded French name of the country of a city of babel (or of :data:`_CAPITALS`) that may stand for its
    government: with no preposition before it (a subject or an object, "Rome a répondu"; not where something happens,
    "à Rome"). A city of one word the parser typed a person ("Washington a imposé") is that city."""
    city = name.type == NameType.PLACE or name.type in (NameType.PERSON, NameType.NAME) and len(name.words) == 1
    country = _city_countries().get(name.core) if city else None
    return country if country and _unprepositioned(name, fr_doc) else None


def _unprepositioned(name: FrenchName, fr_doc: Any) -> bool:
    """Whether a name has no preposition of place before it in the French parse (a subject or an object, or the agent or
    party of an act: "signé par Moscou", "avec Pékin", "contre Kiev"; not "à Rome", "de Paris")."""
    span = fr_doc.char_span(name.start, name.end, alignment_mode="expand")
    before = fr_doc[span.start - 1] if span is not None and span.start else None
    return span is not None and not (before is not None and before.pos_ == "ADP" and before.lower_ not in _AGENT_PREPOSITIONS)


#: The prepositions of an actor or a party, before a city that stands for its government ("l'accord signé par Moscou").
_AGENT_PREPOSITIONS = frozenset({"par", "avec", "contre", "entre", "envers"})


def _bodies(name: FrenchName, fr_doc: Any) -> tuple[str, ...]:
    """The English forms of the bodies seated in a city named without a preposition (:data:`_SEATED_BODIES`)."""
    if name.type == NameType.PLACE or name.type in (NameType.PERSON, NameType.NAME) and len(name.words) == 1:
        bodies = _SEATED_BODIES.get(name.core) or _SEATED_BODIES.get(f"la {name.core}", ())
        if bodies and _unprepositioned(name, fr_doc):
            return bodies
    return ()


def _seat_named(name: FrenchName, fr_doc: Any, english: str) -> bool:
    """Whether an English name is the country of a city standing for its government ("Rome a répondu" / "Italy
    responded"), as babel's names of the country give it, or a body seated there ("Bruxelles" / "the EU")."""
    country = _governed(name, fr_doc)
    if country is not None and fold(english) in exonyms().get(country, frozenset()):
        return True
    return any(fold(english) == fold(body) for body in _bodies(name, fr_doc))


#: A government named by its level, no country said: "the federal government", "the central authorities".
_A_GOVERNMENT = re.compile(r"\b(?:federal|central|national)\s+(?:government|authorities|administration)\b", re.IGNORECASE)
#: The nouns of a government after a country's name or adjective ("the US administration", "the Dutch government").
_GOVERNMENT = re.compile(r"(?:'s)?\s+(?:government|administration|authorities|executive|leadership|officials|cabinet)\b")


def _seat_rendered(name: FrenchName, fr_doc: Any, found: list[tuple[FrenchName, tuple[int, int]]], en: Folded) -> tuple[int, int] | None:
    """Where the English renders a lost city standing for its government or a body seated there, no English name in
    its place and the country not in the French ("Washington a imposé des sanctions" / "the US administration imposed
    sanctions", "Bruxelles a ouvert une enquête" / "the European Commission opened"): the country by its English name
    (babel's, or a code in capitals: "US"), by any of its forms before a government's noun ("the Dutch government"),
    or a body of :data:`_SEATED_BODIES`; never inside another French name found."""
    spans = tuple(where for _, where in found)
    country = _governed(name, fr_doc)
    government = _A_GOVERNMENT.search(en.text) if country and not re.search(r"\bgouvernement", fr_doc.text, re.I) else None
    if government is not None and country not in {other.core for other, _ in found}:
        return government.span()  # "une querelle avec Ottawa" / "a row with the federal government": its own country unnamed
    for form in exonyms().get(country, ()) if country else ():
        for span in en.find(form):
            written = en.text[span[0] : span[1]]
            place = form in _english_places() or written.isupper() and len(written) >= 2
            if written[:1].isupper() and not _inside(span, spans) and (place or _GOVERNMENT.match(en.text, span[1])):
                return span
    for body in _bodies(name, fr_doc):
        for span in en.find(fold(body)):
            written = en.text[span[0] : span[1]]
            if (written.isupper() or not body.isupper()) and written[:1].isupper() and not _inside(span, spans):
                return span
    return None


def _seat(name: FrenchName, fr_doc: Any, found: list[tuple[FrenchName, tuple[int, int]]], english: str) -> tuple[int, int] | None:
    """Where the English renders the country of a lost city that stands for its government: a city of babel with no
    preposition before it (a subject or an object, not where something happens: "à Rome"), whose country the French
    names too and the English renders ("l'Italie a présenté son budget ; Rome prévoit" / "Italy ..., which forecasts"):
    the English says the government once, by its country. Not where the English holds a capitalised word inside no
    French name found, after its first word: another name may stand in the city's place ("Moscou" written "Kyiv")."""
    country = _governed(name, fr_doc)
    if country is None:
        return None
    spans = tuple(where for _, where in found)
    calendar = _calendar()  # a month or a day is no name in the city's place ("in March")
    if any(
        not _inside((m.start(), m.end()), spans) for m in _CAPITALISED.finditer(english) if m.start() and fold(m.group(0)) not in calendar
    ):
        return None
    return next((where for other, where in found if other.core == country), None)


#: A capitalised word of the English.
_CAPITALISED = re.compile(r"\b[A-ZÀ-Þ][\w'’-]*")


#: The French nouns of each class: an English class noun renders them where the French holds one ("la ville").
_FRENCH_CLASS_NOUNS = {"country": ("pays", "nation"), "city": ("ville", "capitale", "cite")}


def _class_noun(name: FrenchName, en: Folded, taken: set[tuple[int, int]], source: Folded) -> tuple[int, int] | None:
    """Where the English names a lost country or city by its class, a repetition avoided ("l'Allemagne" / "the
    country", "Moscou" / "the capital"): a liberty, not a drop. Only a country's or a city's class ("the region"
    names any area around), and not where the French holds the class noun itself ("la ville", "le pays")."""
    kind = _place_classes().get(name.core) if name.type == NameType.PLACE else None
    if kind is None or any(source.first(noun) for noun in _FRENCH_CLASS_NOUNS[kind]):
        return None
    return next(((m.start(), m.end()) for m in _CLASS_NOUNS[kind].finditer(en.text) if (m.start(), m.end()) not in taken), None)


def _near(french: str, english: str) -> bool:
    """A French name and the English name in its place, spelt alike enough to be one name in two languages
    ("Turquie" / "Turkey", "Nil" / "Nile", "Sardaigne" / "Sardinia", "José" / "Joseph"): same first two letters (after
    the transliteration rules), half the letters ("Mercedes" is not "Marseille")."""
    a, b = _skeleton(french.split()[-1]), _skeleton(fold(english).split()[-1]) if fold(english) else ""  # a person by the surname
    if bool(a and b) and a[:2] == b[:2] and difflib.SequenceMatcher(None, a, b).ratio() >= _NEAR:
        return True
    consonants = _consonants(a), _consonants(b)  # vowels written otherwise ("Golfe" / "Gulf", "Mohammed" / "Muhammad")
    return len(consonants[0]) >= 3 and consonants[0] == consonants[1]


@cache
def _english_places() -> dict[str, frozenset[str]]:
    """The folded English names of babel's countries, territories and time-zone cities -> the folded French names they
    render ("bahamas" -> "bahamas", "netherlands" -> "pays bas")."""
    table: dict[str, set[str]] = {}
    for french in _place_classes():
        for english in exonyms().get(french, ()):
            table.setdefault(english, set()).add(french)
    return {k: frozenset(v) for k, v in table.items()}


def _another_place(french: str, english: str) -> bool:
    """Whether an English name is babel's name of another country or city than a French one: spelt nearly alike or
    not, it is that place ("Pays-Bas" written "Bahamas"), no spelling of this one, unless the French is a spelling of
    that place's French name ("Kirghizie" / "Kyrgyzstan", babel's "Kirghizstan")."""
    renders = _english_places().get(fold(english))
    # a French name spelt nearly as babel's French of that place is that place in an older spelling ("Kirghizie")
    return renders is not None and french not in renders and not any(_similar(french, other) for other in renders)


def _consonants(word: str) -> str:
    """A word's consonants, a doubled one once ("hizbullah" -> "hzblh")."""
    out = ""
    for char in word:
        if char not in "aeiouy" and not out.endswith(char):
            out += char
    return out


def _rival(name: FrenchName, extra: list[tuple[str, NameType, int, int]], used: set[int], fr_length: int, en_length: int) -> int | None:
    """The English name that took a lost French name's place: same type first, then the nearest by relative position."""
    best, best_cost = None, None
    where = name.start / max(1, fr_length)
    for i, (_, kind, start, _) in enumerate(extra):
        if i in used or kind == NameType.GROUP:
            continue
        same = kind == name.type or {kind, name.type} == {NameType.PLACE, NameType.ORGANISATION} or name.type == NameType.NAME
        cost = (0 if kind == name.type else 1 if same else 2) + abs(start / max(1, en_length) - where)
        if not same and name.type in (NameType.PERSON, NameType.NAME):
            continue
        if best_cost is None or cost < best_cost:
            best, best_cost = i, cost
    return best
