"""Key-figure summaries of translated articles, read from the document model.

The summary ranks the figures an editor would lead with: the headline's facts first; then the totals,
changes (rates, rises, falls, records) and money the article is about; comparisons; and last the
context (vote counts, numbers of programmes, examples, figures in quotations). It lists each fact once
(a rounded headline figure and the exact figure of the body are one fact), gives each its role, says
what it counts and what happened (read from a French parse, :mod:`summarizer.facts`), and whether it was
verified in the translation. The headline is held to the same check as the body: a title whose
translation failed a check is replaced by the verified key figures and says so.

Each key figure's summary line is, in order of preference (:class:`LineSource`):

1. ``english``: the clause of the checked English sentence that holds the figure, cut by the English parse to
   its subject, verb, noun phrase, time and place (:mod:`summarizer.quotes`): the model's own words, verified
   by construction, used only when that sentence passed every check;
2. ``french``: where the English sentence is flagged (or cannot be read), the model's translation of a French
   phrase built from the French parse (:mod:`summarizer.facts`), kept only when it keeps its figure;
3. ``figure``: else the figure written the English way and its French label, marked: never a guess.

The key-figure table's English label is the English fact's noun and event ("dismantling of criminal
networks"), the French label beside it.

Nothing here calls a translator: the run (:mod:`summarizer.run`) translates the French phrases of the key figures
whose English sentence gives no line, and the labels the English lacks, in one batch, and passes them in.
"""

from __future__ import annotations

import logging
import math
import re
from collections import Counter
from dataclasses import dataclass, field, replace
from typing import Any, ClassVar

from . import quotes
from .document import Document, Sentence
from .facts import Fact, Relation, parser_available, programme_noun, read_facts_many, well_formed
from .figures import Figure, Kind, format_value
from .quotes import Quote
from .result import FlagCode, Segment, Translation
from .vocabulary import Vocabulary

logger = logging.getLogger(__name__)

__all__ = [
    "KeyFigure",
    "LineSource",
    "ArticleSummary",
    "Headline",
    "RankedFigure",
    "ROLES",
    "Role",
    "rank_key_figures",
    "select_key_figures",
    "labels_to_translate",
    "build_summary",
]

class Role(Vocabulary):
    """A key figure's role in the article, in the order an editor leads with them (equal to its name as a string)."""

    HEADLINE = "headline"  #: a fact of the title or the lede
    CHANGE = "change"  #: a rise, a fall, a rate that moved
    TOTAL = "total"  #: a count or an amount the article is about
    COMPARISON = "comparison"  #: an earlier value, a part of a total, a figure compared with
    CONTEXT = "context"  #: votes, programmes, examples, quotations, qualifiers



#: The roles' names, in order (the JSON's ``key_figures[].role``).
ROLES = tuple(role.value for role in Role)

_CHANGE_WORDS = re.compile(
    r"hausse|baisse|augment|diminu|recul|progress|chut|bond|croissance|déclin|plong|grimp|envol|effondr|record|"
    r"doubl|tripl|multipli|perd|perte|réduit|rédui|ramen|creus|redress|cré[éeé]|supprim|détrui|licenci|embauch|recrut",
    re.IGNORECASE,
)
_COMPARISON_BEFORE = re.compile(
    r"(?:\bcontre|par\s+rapport\s+(?:à|aux?)|comparé\w*\s+(?:à|aux?)|au\s+lieu\s+d[e']|(?:plus|moins|autant|davantage)\s+qu(?:e|['’])|\bdont|\bsoit|"
    r"l['’]an\s+dernier|un\s+an\s+plus\s+tôt)\s+(?:\S+\s+){0,2}(?:\d[\d\s,.]*(?:%|\w+)?(?:\s+[^\s\d,.;]+){0,3}?\s+et\s+)?$",
    re.IGNORECASE,
)
#: "soit" right before a figure, and the words after it that make it a change: "soit 8 % de plus", "soit 300 de moins".
_SOIT = re.compile(r"\bsoit\s+(?:une?\s+)?(?:(?:hausse|baisse|augmentation|diminution|progression|recul)\s+d[e'’]\s*)?$", re.IGNORECASE)
_CHANGE_AFTER = re.compile(r"\s*(?:%\s*)?(?:[^\W\d]+\s+){0,1}?(?:de\s+plus|de\s+moins|en\s+plus|en\s+moins|d['’]augmentation|"
                           r"de\s+hausse|de\s+baisse|de\s+progression|de\s+recul)\b", re.IGNORECASE)
#: A prison sentence after a duration: "six mois d'emprisonnement avec sursis", "cinq ans de prison ferme", "20 ans de
#: réclusion criminelle": what a court ruled, a key figure of its story.
_PRISON_TERM = re.compile(r"\s+(?:de\s+prison|d['’]emprisonnement|de\s+réclusion|de\s+détention|de\s+pénitencier|d['’]incarcération|"
                          r"de\s+bagne|de\s+travaux\s+forcés|ferme\b|avec\s+sursis)", re.IGNORECASE)
#: A promise, a target or a proposal comes after what happened: "le gouvernement promet de porter le budget à 1,5
#: milliard", "le ministre propose de plafonner les dons à 500 euros".
_DEMAND_WORDS = r"réclam\w*|revendiqu\w*|requi(?:s|se|ert|èrent|érait|éraient|érant)|plaid\w*\s+pour|exig\w*"
_INTENTION = re.compile(r"\b(?:promet|promettent|vise|visent|envisage|envisagent|souhaite|souhaitent|espère|espèrent|"
                        r"ambitionne|projette|objectif|cible|propose|proposent|proposé|proposition|"
                        rf"{_DEMAND_WORDS}|aurai(?:t|ent)\s+(?:dû|pu))\b", re.IGNORECASE)
#: A demand of one side among them: a court's prosecution, a union's claim ("avait requis 200 000 euros", "en
#: revendiquaient 14 000").
_DEMAND = re.compile(rf"\b(?:{_DEMAND_WORDS})\b", re.IGNORECASE)
#: (a demand is no more what happened than a proposal: "les syndicats réclament 300 euros de plus", "les producteurs
#: revendiquaient un prix de 325 francs", "l'accusation avait requis 200 000 euros d'amende")
#: (the past conditional of "devoir" or "pouvoir" says what did not happen: "la ligne aurait dû transporter 300
#: passagers")
#: Words after a figure that date it later than the facts: a forecast ("atteindra 2 milliards l'an prochain", "ramené à
#: 4 % au prochain exercice"), which comes after what happened, like a promise.
_LATER_AFTER = re.compile(
    r"^\s*(?:%\s*)?,?\s*(?:[^\W\d]+\s+){0,2}?(?:l['’]an\s+prochain|l['’]année\s+prochaine|l['’]exercice\s+prochain|"
    r"(?:au|le|du|lors\s+du)\s+(?:(?:mois|trimestre|semestre|exercice)\s+prochain|prochain\s+(?:mois|trimestre|semestre|exercice)))",
    re.IGNORECASE,
)
#: A figure after another one and "après", "contre", "face à": the earlier value it is compared with
#: ("+2,1 % en 2025, après +3,6 %").
_AFTER_A_FIGURE = re.compile(r"\d\s*(?:%|\w{0,12})\s*[,;)]?\s*(?:après|contre|face\s+à|comparé\w*\s+à|au\s+lieu\s+d[e'’])"
                             r"\s+(?:\S+\s+){0,1}$",
                             re.IGNORECASE)
#: Words after a figure that say it is an earlier value: "15 % un an plus tôt", "12 % au trimestre précédent".
_EARLIER_AFTER = re.compile(
    r"^\s*(?:%\s*)?,?\s*(?:(?:au\s+cours|lors)\s+d[ue]\s+|en\s+|à\s+)?(?:un\s+an\s+plus\s+tôt|l['’]an\s+(?:dernier|passé)|l['’]année\s+(?:précédente|dernière)|"
    r"(?:au|du|le|lors\s+du)\s+(?:trimestre|mois|semestre|exercice)\s+(?:précédent|dernier)|"
    r"(?:lors\s+d|d|à|a)(?:e\s+l['’]\s*|e\s+la\s+|u\s+|\s+la\s+|\s+l['’]\s*)"
    r"(?:exercice|année|saison|campagne|édition|période|session|législature)\s+(?:précédente?|passée?|dernière))",
    re.IGNORECASE,
)
#: "passant de X à Y": the value a change starts from is the earlier one.
_FROM_BEFORE = re.compile(r"\b(?:pass|évolu|grimp|recul|chut|baiss|augment|croî|descend|mont|diminu)\w*\s+(?:[^\s\d.;:!?]+\s+){0,3}de\s*$",
                          re.IGNORECASE)
#: What lies between the two values of "de X (en 2014) à Y".
#: (the counted noun may follow the first: "de 6 100 cas en 2019 à 4 900")
_TO_BETWEEN = re.compile(r"\s*(?:[^\W\d]+\s+){0,2}?(?:(?:en|fin|début)\s+(?:19|20)\d\d\s*)?,?\s*à\s+"
                         r"(?:près\s+de\s+|environ\s+|plus\s+de\s+)?")
#: The base of a rate is no figure of its own: "12 cas pour 100 000 habitants", "8/1.000", "4 sur 10".
_RATE_BASE = re.compile(r"\d\s*(?:%|[^\W\d]+\s+){0,2}\s*(?:pour|par|sur|/)\s*$", re.IGNORECASE)
#: What lies between a figure and the base of its rate: "neuf patients sur dix", "trois sur quatre" (the first figure
#: may be in words, where :data:`_RATE_BASE` sees no digit).
_TO_RATE_BASE = re.compile(r"\s*(?:%|[^\W\d]+\s+){0,2}?\s*(?:pour|sur)\s*", re.IGNORECASE)
#: A number that opens a line and is followed by a full stop or a bracket and a capital: a section or list number.
_LINE_START = re.compile(r"(?:^|\n)[ \t]*$")
_ITEM_MARK = re.compile(r"[.)][ \t]+[A-ZÀ-ÖØ-Þ]")
#: A decade named by its number ("les années soixante", "au début des années quatre-vingt"): a date, never a count.
_DECADE_BEFORE = re.compile(r"\b(?:les|des|aux|ces|nos)\s+années\s+$", re.IGNORECASE)
#: A part counted out of a group said before it: "45 d'entre eux", "trois d'entre elles".
_AMONG_AFTER = re.compile(r"^\s*(?:[^\W\d]+\s+)?d['’]\s*entre\s+(?:eux|elles|nous|vous)\b", re.IGNORECASE)
#: A multiplier compares two things: "dix fois plus", "trois fois et demie plus lourd".
_TIMES_AFTER = re.compile(r"^\s*(?:et\s+demie?\s+)?fois\b", re.IGNORECASE)
#: A clause opened by "si" states a hypothesis, not what happened ("si la ville recrutait 40 agents, ..."); "même si"
#: concedes a fact, "si bien que" and "si peu" are no condition.
_HYPOTHESIS = re.compile(r"(?<!même\s)\b(?:si|s['’]ils?)\s+(?!bien\b|peu\b)", re.IGNORECASE)
#: A bound the figure sets, not a value measured: "au-delà de 20 000 euros", "en dessous de 5 %", or a threshold not
#: reached ("sans atteindre le seuil de 5 000 signatures", "n'a pas franchi le cap des 1 000", "jamais le canton n'avait
#: franchi la barre des 2,8 millions"); a threshold reached
#: ("a franchi le cap du million d'abonnés") is a milestone and keeps its rank.
_BOUND_BEFORE = re.compile(r"(?:\bau-(?:delà|dessus)\s+d[eu]s?|\ben\s+(?:dessous|deçà)\s+d[eu]s?)\s+(?:l['’])?$", re.IGNORECASE)
_THRESHOLD_NOT_REACHED = re.compile(r"\b(?:sans\s+|ne\s+|n['’]\s*)(?:\S+\s+){0,3}?(?:la\s+barre|le\s+seuil|le\s+cap)\s+d[eu]s?\s+"
                                    r"(?:l['’])?$", re.IGNORECASE)
#: A threshold's level, its noun before a comma ("le seuil du référendum obligatoire, fixé à 1 % des dépenses"): a
#: rule's, not a value measured.
_THRESHOLD_SET = re.compile(r"\bseuils?\b[^.;:!?]{0,80}\bfixée?s?\s+à\s+$", re.IGNORECASE)
#: A condition of eligibility in a relative clause, its bound right before the figure: "aux ménages dont les revenus ne
#: dépassent pas 3 200 euros", "les foyers qui gagnent moins de 2 000 francs" (who a rule is for, not what it does).
_CONDITION = re.compile(r"\b(?:dont|qui|gagnant|touchant|percevant|disposant)\b[^,.;:]{0,60}?(?:ne\s+dépass\w*\s+pas|"
                        r"n['’]excèd\w*\s+pas|moins\s+d[e'’]|inférieure?s?\s+à|sous\s+le\s+seuil\s+d[eu]s?)\s*(?:les\s+)?$", re.IGNORECASE)
#: A toll told in a relative clause of the event it qualifies ("la tuerie ..., qui a fait sept morts", "l'incendie ayant
#: fait deux morts"): past the lede, another event cited, whose toll is no lead of this story.
_TOLL_OF_ANOTHER = re.compile(r"\b(?:qui|ayant)\s+(?:a|avait|ont|avaient)?\s*(?:déjà\s+)?fait\s+(?:au\s+moins\s+)?$", re.IGNORECASE)
#: The weight of a toll of the dead.
_TOLL = 0.5
#: The dead a count counts, right after it: "trois décès", "deux morts", "deux personnes ont perdu la vie", "quatre
#: randonneurs ont péri".
_DEATH_TOLL = re.compile(r"\s+(?:(?:[^\W\d_]+\s+){0,2}?(?:morts?|décès|tués?|victimes?\s+mortelles)\b|"
                         r"(?:[^\W\d_]+\s+){0,2}?(?:ont|a|avaient|avait|sont|est)\s+(?:perdu\s+la\s+vie|péri|trouvé\s+la\s+mort|"
                         r"été\s+tuée?s?|décédée?s?)\b)", re.IGNORECASE)
#: The winning side of a vote's tally, said before the losing one: "par 78 voix contre 21", "42 votes to 18".
_ASSEMBLY_TALLY = re.compile(r"\s+(?:voix|votes?|suffrages)\s+(?:pour\s+)?(?:contre|to|against)\s+\d", re.IGNORECASE)
#: The most members an assembly has: a larger tally is a popular vote, whose result is its share ("58,4 %").
_ASSEMBLY = 800
#: The charges or offences a count counts, right after it ("14 chefs d'accusation", "trois meurtres"): a court story's
#: count, however small, no detail.
_CHARGES = re.compile(r"\s+(?:chefs?\s+d['’](?:accusation|inculpation)|infractions?|délits?|crimes?|meurtres?|viols?|assassinats?|"
                      r"homicides?|agressions?)\b", re.IGNORECASE)
#: What a small count in words counts when it is no amount: a span of time, a repetition, a score's unit.
_NOT_COUNTED = re.compile(r"(?:ans|années|mois|semaines|jours|heures|minutes|secondes|siècles|décennies|fois|reprises|points|"
                          r"buts|sets|manches|tours)", re.IGNORECASE)


#: A definite, demonstrative or possessive determiner before a count: the set is named again, not counted anew.
_SET_DETERMINER = re.compile(r"\b(?:les|des|ces|ses|leurs|nos|vos|mes|tes|aux)\s+$", re.IGNORECASE)
#: "chacune des quatre lois", "aucun des trois accusés": each member of the set is what happened.
_EACH_OF = re.compile(r"\b(?:chacune?|aucune?)\s+des\s+$", re.IGNORECASE)


def _rate_base_of(text: str, figure: Figure, figures: list[Figure]) -> Figure | None:
    """The base of the rate or proportion whose first figure is ``figure``: "dix" of "neuf patients sur dix", "1 000"
    of "12 cas pour 1 000 habitants" (None when it is no such figure): the next figure, a few words on."""
    following = [f for f in figures if figure.end <= f.start <= figure.end + 40]
    base = min(following, key=lambda f: f.start, default=None)
    if base is None or base.kind not in (Kind.COUNT, Kind.OTHER) or not _TO_RATE_BASE.fullmatch(text[figure.end : base.start]):
        return None
    return base


def _proportion(text: str, figure: Figure, figures: list[Figure]) -> bool:
    """A rate said as a count out of a base: a share of a group ("neuf patients sur dix", "trois Français sur quatre",
    "4 élèves sur 10") or a count per a round number ("12 cas pour 100 000 habitants", "4,2 médecins pour 1 000"): the
    level of a rate as much as a percentage is, whatever the size of its count."""
    if figure.kind != Kind.COUNT or not isinstance(figure.value, (int, float)):
        return False
    base = _rate_base_of(text, figure, figures)
    if base is None or not isinstance(base.value, (int, float)) or not 0 < figure.value < base.value:
        return False
    if re.search(r"\bsur\s*$", text[figure.end : base.start], re.IGNORECASE):
        return True
    return base.value >= 10 and math.log10(base.value).is_integer()  # "pour 100 000": per a power of ten


def _counted_in_words(text: str, figure: Figure) -> bool:
    """A small count written in words that counts a plural noun: "six soldats ont été tués", "huit titres", "chacune
    des quatre lois". The reader leaves counts in words under ten out of the key figures ("un", "deux" are mostly no
    amount); a count from three of a named plural noun is one, a detail ranked as such ("deux" pairs more than it
    counts: "deux États", "les deux rives"), except in a toll of the dead ("deux personnes ont perdu la vie"). Not "ces
    trois villes" (a set named again), not a span of time or a repetition ("trois ans", "deux fois"), not a part ("trois
    d'entre eux"); "chacune des quatre lois" counts."""
    if figure.kind != Kind.COUNT or not figure.spelled or not isinstance(figure.value, (int, float)) or not 1 <= figure.value < 10:
        return False
    if _DEATH_TOLL.match(text, figure.end):
        return True  # "deux personnes ont perdu la vie", "deux morts": a toll, however small
    if figure.value < 3:
        return False
    noun = figure.noun or ""
    if len(noun) < 4 or not re.fullmatch(r"[^\W\d]+[sx]", noun) or _NOT_COUNTED.fullmatch(noun):
        return False
    before = text[max(0, figure.start - 20) : figure.start]
    if _SET_DETERMINER.search(before) and not _EACH_OF.search(before):
        return False  # "ces trois villes", "les cinq lauréats": a set the reader knows already, named again
    return not _AMONG_AFTER.match(text[figure.end : figure.end + 40])


#: A time preposition before four digits: the number is a year ("inauguré en 1672", "depuis 1960").
_YEAR_BEFORE = re.compile(r"(?:\ben|\bdepuis|\bdès|\bjusqu['’]en|\bavant|\baprès|\bvers|\bà\s+partir\s+de|\bfin|\bdébut)\s+$",
                          re.IGNORECASE)
#: An event, a season or a vintage named with the last two digits of its year ("le mondial de 90", "mai 68").
_SHORT_YEAR_BEFORE = re.compile(r"\b(?:mondial|coupe\s+du\s+monde|jeux|olympiades?|euro|promotion|promo|cuvée|millésime|classe|"
                                r"édition|saison|printemps|été|automne|hiver|mai|crise|choc)\s+(?:de\s+|d['’])?$", re.IGNORECASE)
#: A year's second half in a span ("2025-26", "2023/24"), read as a count.
_SPAN_END = re.compile(r"\b(?:19|20)\d\d\s*[-–/]\s*$")
#: A restatement of an amount in another currency: "5,3 milliards de dinars, soit l'équivalent de 1,6 milliard d'euros".
_CONVERSION_BEFORE = re.compile(r"(?:équiva\w*\s+à|l['’]équivalent\s+d[e'’]|convertis?\s+en|soit\s+(?:environ|près\s+de))\s*$",
                                re.IGNORECASE)
#: Key figures whose English sentence is read for a line and a label (the summary shows 5; the table's later rows
#: keep the figure's word label): one English parse per sentence, for these only.
_QUOTED = 16
_PARSED_CANDIDATES = 16  # figures whose sentences are parsed per article: the best candidates by the cheap score


class LineSource(Vocabulary):
    """Where a key figure's summary line comes from (see the module's docstring)."""

    ENGLISH = "english"  # the checked English sentence, cut by its parse
    FRENCH = "french"  # the model's translation of the French phrase (the English sentence is flagged)
    FIGURE = "figure"  # the figure and its French label, marked



#: What the summary says after a line that is not the checked English sentence's own words.
_LINE_NOTES = {
    LineSource.FRENCH: " (translated from the French phrase: the English sentence did not pass the check)",
    LineSource.FIGURE: " (French label)",
}


@dataclass(frozen=True)
class KeyFigure:
    """A ranked key figure.

    Attributes:
        value: The value in base units (see :class:`~summarizer.figures.Figure`).
        kind: The figure's kind.
        text_fr: Its surface form in the French source.
        text_en: Its surface form in the translation (the English formatting when not found).
        formatted: The value written the English way ("€1.2 billion").
        label_fr: What it counts, in French.
        label_en: What it counts, in English.
        verified: Found with the same value in the translation.
        segment: Index of the sentence it comes from.
        approximate: An approximation ("près de", "about").
        figure: The source figure.
        role: One of :data:`ROLES`.
        phrase_fr: A French phrase a reader can quote, the figure in it ("40 589 tentatives déjouées en 2022").
        phrase_en: The summary line (the same as ``line_en``; kept for older readers of the JSON).
        line_en: The summary line: the checked English sentence's clause ("The ministry foiled 40,589 illegal
            immigration attempts in 2022"), else the translated French phrase, else the figure and its French label.
        line_source: Where ``line_en`` comes from: a :class:`LineSource` value.
        noun_en: The noun it counts, read from the English sentence ("illegal immigration attempts"); "" when not read.
            Read also where the sentence is flagged for another reason, when the check paired this figure (the
            label, not the line).
        event_en: What happened, read from the English sentence ("foiled", "did not arrest"); "" when not read.
        quote: The English reading itself (:class:`~summarizer.quotes.Quote`: lemmas, subject, time, place), when read
            (its ``line`` is the summary line only when ``line_source`` is "english").
    """

    value: Any
    kind: str
    text_fr: str
    text_en: str
    formatted: str
    label_fr: str
    label_en: str
    verified: bool
    segment: int
    approximate: bool
    figure: Figure
    role: str = "total"
    phrase_fr: str = ""
    phrase_en: str = ""
    line_en: str = ""
    line_source: str = LineSource.FIGURE.value
    noun_en: str = ""
    event_en: str = ""
    quote: Quote | None = field(default=None, compare=False, repr=False)

    #: The JSON form: key -> attribute (:mod:`summarizer.serialize`); ``start``/``end`` are the French figure's offsets.
    JSON: ClassVar[dict[str, str]] = {
        **{k: k for k in "value kind text_fr text_en formatted label_fr label_en verified segment approximate role phrase_fr "
           "phrase_en line_en line_source noun_en event_en".split()},
        "start": "start", "end": "end",
    }  # fmt: skip

    @property
    def start(self) -> int:
        """Offset of the French figure in the document's text."""
        return self.figure.start

    @property
    def end(self) -> int:
        """Offset just past the French figure."""
        return self.figure.end

    def to_dict(self) -> dict[str, Any]:
        """The key figure as a JSON-ready dict."""
        from .serialize import to_json

        return to_json(self)


@dataclass(frozen=True)
class Headline:
    """The summary's first line.

    Attributes:
        text: The English title (or first sentences), or, when that failed a check,
            the verified key figures.
        verified: The translated title passed every check and is shown as translated.
        note: Why it was replaced ("" when verified).
    """

    text: str
    verified: bool = True
    note: str = ""

    #: The JSON form: key -> attribute (:mod:`summarizer.serialize`).
    JSON: ClassVar[dict[str, str]] = {"text": "text", "verified": "verified", "note": "note"}

    def to_dict(self) -> dict[str, Any]:
        """The headline as a JSON-ready dict."""
        from .serialize import to_json

        return to_json(self)


@dataclass
class ArticleSummary:
    """A translated article condensed to its key figures.

    Attributes:
        translation: The full translation.
        key_figures: Ranked, without duplicates.
        summary: The headline, then one line per key figure.
        figures: Every figure of the French source.
        headline: The summary's first line and whether it was verified.
    """

    translation: Translation
    key_figures: list[KeyFigure]
    summary: str
    figures: list[Figure] = field(default_factory=list)
    headline: Headline = field(default_factory=lambda: Headline(""))

    @property
    def flagged(self) -> list[Segment]:
        """Sentences that still carry a warning."""
        return self.translation.flagged

    #: The JSON form: key -> attribute (:mod:`summarizer.serialize`).
    JSON: ClassVar[dict[str, str]] = {
        "translation": "translation", "key_figures": "key_figures", "summary": "summary", "headline": "headline",
        "flagged": "flagged_reasons", "repaired": "repaired_reasons",
    }  # fmt: skip

    @property
    def flagged_reasons(self) -> list[dict[str, Any]]:
        """Each flagged sentence with what the reader should check (the JSON's ``flagged``)."""
        return [{"segment": s.index, "source": s.source, "translation": s.translation, "reasons": s.warnings} for s in self.flagged]

    @property
    def repaired_reasons(self) -> list[dict[str, Any]]:
        """Each repaired sentence with what was done (the JSON's ``repaired``)."""
        repaired = self.translation.repaired
        return [{"segment": s.index, "reasons": [f.message for f in s.flags if f.code == FlagCode.REPAIRED]} for s in repaired]

    def to_dict(self) -> dict[str, Any]:
        """The JSON form used by the CLI and the app."""
        from .serialize import to_json

        return to_json(self)


#: A French scale word in a figure's text.
_SCALED = re.compile(r"\b(?:millions?|milliards?|mille)\b", re.IGNORECASE)


def _is_rounded(value: float) -> bool:
    value = abs(value)
    if value < 100 or not float(value).is_integer():
        return False
    text = str(int(value))
    return len(text) - len(text.rstrip("0")) >= 2


def _decimals(value: float) -> int:
    """The decimals a value is written with (18.0: 0, 18.3: 1, 2.75: 2)."""
    return 0 if float(value).is_integer() else len(repr(float(value)).split(".")[1])


def _rounds_to(rough: float, exact: float) -> bool:
    """Whether ``rough`` is ``exact`` rounded to fewer decimals: 18 is 18.3 rounded, 2.1 is 2.14; 18 is not 18.6."""
    places = _decimals(rough)
    return _decimals(exact) > places and abs(exact - rough) <= 0.5 * 10**-places + 1e-9


def _words(label: str) -> set[str]:
    return {w[:6] for w in re.findall(r"\w{4,}", label.lower())}


def _bare_amount(count: Figure, money: Figure) -> bool:
    """Whether a count is an amount of money said without its currency: a scaled number ("175 millions") equal to the
    amount ("175 millions de francs"), as a title says it."""
    return (count.kind == Kind.COUNT and money.kind == Kind.MONEY and not isinstance(count.value, str)
            and not isinstance(money.value, str) and abs(float(count.value)) >= 1e6 and float(count.value) == float(money.value)
            and _SCALED.search(count.text) is not None)  # fmt: skip


def _same_fact(a: Figure, b: Figure, a_in_headline: bool, a_in_lede: bool = False) -> bool:
    if a_in_headline and (_bare_amount(a, b) or _bare_amount(b, a)):
        return True  # "un crédit de 175 millions" in the title, "175 millions de francs" in the body
    if a.kind != b.kind or a.unit != b.unit or isinstance(a.value, str) or isinstance(b.value, str):
        return False
    x, y = abs(float(a.value)), abs(float(b.value))
    if x == y:
        # "quelque 400 porteurs" after "400 mineurs": an equal count said again about, the same fact
        again = a.kind == Kind.COUNT and x >= 100 and (a.approximate or b.approximate)
        return bool(_words(a.label) & _words(b.label)) or a_in_headline or (bool(a.unit) and a_in_lede) or again
    if a.kind == Kind.PERCENT and a_in_headline and (_rounds_to(x, y) or _rounds_to(y, x)):
        return True  # "bondit de 18 %" in the title, "une progression de 18,3 %" in the body: one rate, rounded
    scaled = _SCALED.search(f"{a.text} {b.text}")
    if scaled and abs(x - y) <= 0.5 * 10 ** (int(math.log10(max(x, y))) - 1) and abs(x - y) < 0.02 * max(x, y):
        return True  # "26 millions" and "26 378 275": the rounded and the exact form of one fact
    if not (_is_rounded(x) or _is_rounded(y) or a.approximate or b.approximate):
        return False
    if abs(x - y) > 0.06 * max(x, y):
        return False
    return a_in_headline or bool(_words(a.label) & _words(b.label))


@dataclass(frozen=True)
class RankedFigure:
    """A key figure as ranked: the figure, its role, what the parse says about it.

    Attributes:
        figure: The French figure (offsets into the document's text).
        role: One of :data:`ROLES`.
        fact: What it counts and what happened (``None`` without the parser).
        score: The ranking score (higher first).
        after: The words that follow the figure in its sentence, up to the next punctuation (at most four): the
            phrase a reader can quote when the parse gives none ("tentatives d'immigration illégale").
        terms: The score's terms by name (``role:total``, ``lede``, ``group``...), their sum the score: why it
            ranks where it does.
    """

    figure: Figure
    role: str
    fact: Fact | None
    score: float
    after: str = ""
    terms: tuple[tuple[str, float], ...] = field(default=(), compare=False)

    @property
    def label_fr(self) -> str:
        """What it counts and what happened, in French ("réseaux criminels démantelés")."""
        return (self.fact.label if self.fact is not None else "") or self.figure.label

    @property
    def phrase_fr(self) -> str:
        """A French phrase a reader can quote, the figure in it, built only from well-formed pieces
        (:func:`~summarizer.facts.well_formed`): else the figure and the words that follow it in the source."""
        plain = f"{self.figure.text} {self.after}".strip()  # words of the source as they stand
        candidates = []
        if self.fact is not None and self.fact.confident:
            candidates.append(self.fact.phrase())
        fact = self.fact
        if fact is not None and fact.relation in (Relation.QUANTIFIED, Relation.OBJECT) and fact.noun and not fact.nominal:
            candidates.append(f"{self.figure.text} {fact.noun}")  # no event the parse is unsure of: the figure and its noun
        for phrase in candidates:
            if well_formed(phrase) and phrase.count(self.figure.text) == 1:
                return phrase
        return plain


def _role(
    figure: Figure,
    fact: Fact | None,
    paragraph: int,
    headline: set[int],
    text: str,
    reference_year: int | None = None,
    starting: bool = False,
    part: bool = False,
    arriving: bool = False,
) -> str:
    if paragraph in headline:
        return Role.HEADLINE
    before = text[max(0, figure.start - 40) : figure.start]
    around = text[max(0, figure.start - 50) : figure.end + 25]
    vote_count = fact is not None and fact.vote and figure.kind != Kind.PERCENT  # "52 % des suffrages" is a result, "251 voix" a tally
    if vote_count and _ASSEMBLY_TALLY.match(text, figure.end) and isinstance(figure.value, int | float) and figure.value <= _ASSEMBLY:
        vote_count = False  # "a adopté par 78 voix contre 21": an assembly's decision, its winning side the result
    # the value a change arrives at ("passé de 6 100 cas à 4 900") is no qualifier of the starting one's group
    if fact is not None and (vote_count or programme_noun(fact) or fact.example or (fact.qualifier and not arriving)):
        return Role.CONTEXT
    if re.search(r"\b(?:voix|votes?|suffrages)\s+contre\s+$", before, re.I):
        return Role.CONTEXT  # "par 251 voix contre 157": the other side of a vote
    if _AFTER_A_FIGURE.search(text[max(0, figure.start - 60) : figure.start]) or _EARLIER_AFTER.match(text[figure.end : figure.end + 60]):
        return Role.COMPARISON  # "+2,1 % en 2025, après +3,6 %", "12,4 % au trimestre précédent": the earlier value
    if starting:
        return Role.COMPARISON  # "passant de 633 000 à 532 000": the starting value
    if figure.kind == Kind.COUNT and _POPULATION_AFTER.match(text, figure.end):
        return Role.CONTEXT  # "les 1 400 glaciers ont perdu 3,1 % de leur volume": what a change is measured on
    if _AMONG_AFTER.match(text[figure.end : figure.end + 40]):
        return Role.COMPARISON  # "45 d'entre eux": a part of a group counted before
    if _TIMES_AFTER.match(text[figure.end : figure.end + 20]):
        return Role.COMPARISON  # "trois fois plus cher": a ratio between two things
    if part:
        return Role.COMPARISON  # "4 100 000 repas à Lyon et 2 300 000 à Lille" after "12 millions de repas": parts of a total
    if fact is not None and fact.earlier:
        return Role.COMPARISON  # "l'ancien plafond était de 40 tonnes", "comptait ramener la dette à 3 millions"
    if _earlier_level(text, figure, reference_year):
        return Role.COMPARISON  # "celui de la saison passée, qui s'établissait à 280 francs": the earlier value
    if _earlier_year(fact, reference_year, text) or _earlier_year_after(text, figure, reference_year):
        return Role.COMPARISON  # "+4,9 % en 2023" in an article about 2024: the earlier value
    if figure.kind == Kind.PERCENT and (figure.text.lstrip()[:1] in "+-−" or figure.unit == "pp"):
        return Role.CHANGE  # "soit +47 %": a signed rate is a change, whatever introduces it
    if _SOIT.search(before) and _CHANGE_AFTER.match(text, figure.end):
        return Role.CHANGE  # "2,1 millions d'entrées, soit 8 % de plus qu'en 2022": the change of the figure before
    if _COMPARISON_BEFORE.search(before):
        return Role.COMPARISON
    if fact is None and re.search(r"\b(?:voix|votes?|oui|programmes?)\b", text[figure.end : figure.end + 12], re.I):
        return Role.CONTEXT
    event = f"{fact.event_lemma} {fact.event}" if fact is not None else ""
    if _CHANGE_WORDS.search(event) or (figure.kind == Kind.PERCENT and _CHANGE_WORDS.search(before)):
        return Role.CHANGE
    if figure.kind == Kind.PERCENT and _CHANGE_WORDS.search(around):
        return Role.CHANGE
    return Role.TOTAL


#: An earlier period named in a sentence: "la saison passée", "l'année précédente", "lors du scrutin précédent".
_EARLIER_PERIOD = re.compile(r"\b(?:(?:saison|année|campagne|exercice|édition|semaine|mois|trimestre|semestre|période|scrutin|"
                             r"récolte)\s+(?:passée?|précédente?|dernière?)|l['’]an\s+(?:dernier|passé)|un\s+an\s+plus\s+tôt)\b",
                             re.IGNORECASE)
#: A verb that states a level, in the imperfect or the pluperfect, and the few words up to the figure: "qui
#: s'établissait à", "il affichait encore une hausse de", "avait atteint".
_LEVEL_IMPERFECT = re.compile(r"(?:\bs['’](?:établiss|élev|affich|situ|chiffr)(?:ait|aient)|\b(?:atteign|affich|ét|culmin|plafonn|"
                              r"avoisin|totalis|dépass)(?:ait|aient)|\bavai(?:t|ent)\s+(?:déjà\s+|encore\s+)?[^\W\d]+)"
                              r"(?:\s+[^\s\d,;:.]+){0,5}\s+$", re.IGNORECASE)
#: The figure's own verb after it, in the imperfect or the pluperfect: "31 080 migrants étaient arrivés".
_IMPERFECT_AFTER = re.compile(r"\s*(?:%\s*)?,?\s*(?:[^\W\d]+\s+){0,3}?(?:étai(?:t|ent)|avai(?:t|ent))\b", re.IGNORECASE)
#: (after a comma too: "la saison 2022, avec 226 millions de livres, avait fait mieux")
#: A period named by its year ("la saison 2022", "l'édition 2019", "l'exercice 2021"): an earlier one when the article is
#: about a later year, or when the figure's verb is in the pluperfect (the past of the article's past).
_YEAR_PERIOD = re.compile(r"\b(?:saison|année|campagne|exercice|édition|récolte|cuvée|millésime)\s+((?:19|20)\d\d)\b", re.IGNORECASE)
_PLUPERFECT_AFTER = re.compile(r"\s*(?:%\s*)?,?\s*(?:[^\W\d]+,?\s+){0,3}?avai(?:t|ent)\s+(?:déjà\s+|encore\s+)?[^\W\d]+", re.IGNORECASE)
#: The figure a former or previous thing is, in apposition or in brackets: "l'ancienne marque, 4'00''52", "le précédent
#: record (9''69)", "l'ancien plafond de 40 tonnes".
_FORMER_BEFORE = re.compile(r"(?:\bl['’]\s*ancien(?:ne)?|\b(?:le|la)\s+(?:ancien(?:ne)?|précédente?))\s+[^\W\d]+\s*"
                            r"(?:,|\(|\b(?:de|du|d['’]))\s*$", re.IGNORECASE)
#: (one thing, with its determiner: "les anciens combattants, 3 000 au total" counts people of now)


def _earlier_level(text: str, figure: Figure, reference_year: int | None = None) -> bool:
    """The level of an earlier period, said after the period in the imperfect or the pluperfect: "par rapport à celui
    de la saison passée, qui s'établissait à 280 francs", "l'année précédente, il affichait encore une hausse de
    4,6 %", "l'an dernier, 31 080 migrants étaient arrivés" (the period and the verb may sit in two clauses of one
    sentence, where the parse's clause sees only the verb); or the value of a former thing ("l'ancienne marque,
    4'00''52", "le précédent record (9''69)"); or the level of a period named by an earlier year ("seule la saison
    2022, avec 226 millions de livres, avait fait mieux")."""
    sentence = re.split(r"[.!?]\s|\n", text[max(0, figure.start - 200) : figure.start])[-1]
    if _FORMER_BEFORE.search(sentence[-60:]):
        return True  # "l'ancienne marque, 4'00''52, datait de 2024": the former value
    named = _YEAR_PERIOD.search(sentence)
    if named is not None and (_PLUPERFECT_AFTER.match(text, figure.end)
                              or reference_year is not None and int(named.group(1)) < reference_year
                              and (_LEVEL_IMPERFECT.search(sentence, named.end()) or _IMPERFECT_AFTER.match(text, figure.end))):
        return True
    period = _EARLIER_PERIOD.search(sentence)
    if period is None:
        return False
    # "la saison passée, qui s'établissait à 280 francs"; "l'an dernier, 31 080 migrants étaient arrivés"
    return _LEVEL_IMPERFECT.search(sentence, period.end()) is not None or _IMPERFECT_AFTER.match(text, figure.end) is not None


def _earlier_year(fact: Fact | None, reference_year: int | None, text: str = "") -> bool:
    """The figure's own time is a year before the one the article is about ("en 2023" beside "en 2024"). A year that
    opens a span of the text reaching the article's year ("entre 2020 et 2023", "la campagne 2025-2026") dates a
    period that runs to it, no earlier one."""
    if fact is None or reference_year is None or not fact.time:
        return False
    years = [int(y) for y in re.findall(r"(?<!\d)(?:19|20)\d\d(?!\d)", fact.time)]
    years = [_span_end(text, y) for y in years]
    return bool(years) and max(years) < reference_year


#: A span of years: "2025-2026", "2025-26", "entre 2020 et 2023", "de 2019 à 2024".
_YEAR_SPAN = r"(?<!\d){}(?:\s*[-–/]\s*(\d\d)|\s*[-–/]\s*((?:19|20)\d\d)|\s+(?:et|à|au)\s+((?:19|20)\d\d))(?!\d)"


def _span_end(text: str, year: int) -> int:
    """The last year of a span the text opens with ``year`` ("2025-26" -> 2026), else ``year``."""
    ends = [int(next(g for g in m.groups() if g)) for m in re.finditer(_YEAR_SPAN.format(year), text)]
    ends = [e if e >= 100 else year // 100 * 100 + e for e in ends]
    return max([e for e in ends if year < e <= year + 10], default=year)


#: A group or a place a figure is said of: one part of what the article counts.
_GROUP_WORDS = (r"(?:pour\s+les|chez\s+les|parmi\s+les|en\s+Région|dans\s+(?:la|le|les)\s+(?:région|canton|province|wilaya|département|"
                r"gouvernorat|commune|ville|secteur)s?|au\s+canton|à\s+(?-i:[A-ZÀ-ÖØ-Þ]{2,})\b|à\s+(?-i:[A-ZÀ-ÖØ-Þ])\w+\s*[,)])")
#: (the place after "à" is told by its capital, case-sensitive inside the case-blind patterns: "à Lyon," or "à UBS" is
#: one place or body, "à environ", "à peine", "à hauteur de" is none)
#: Words that place one member of a ranking at its top or bottom ("en tête, Lyon avec 12 %", "en queue du classement"):
#: the figure after them is one place or group, the extreme of a breakdown, not the whole.
_EXTREME = re.compile(r"\b(?:en\s+tête|en\s+queue|à\s+la\s+traîne|lanterne\s+rouge|en\s+(?:première|dernière)\s+position|"
                      r"(?:le|la|les)\s+(?:mieux|moins\s+bien)\s+(?:placée?s?|lotie?s?))\b", re.IGNORECASE)
#: (before the figure, a capitalised place after "à" needs no comma: "touchent à Porto Alegre 9 dollars")
_GROUP_AROUND = re.compile(rf"\b(?:{_GROUP_WORDS}|à\s+(?-i:[A-ZÀ-ÖØ-Þ])\w+)(?:\s+[^\s\d(),.;]+){{0,3}}\s*\(?\s*$", re.IGNORECASE)
_GROUP_AFTER = re.compile(rf"^\s*\)?\s*(?:[^\s\d(),.;]+\s+){{0,3}}?{_GROUP_WORDS}")


def _earlier_year_after(text: str, figure: Figure, reference_year: int | None) -> bool:
    """The year right after the figure is before the article's: "+5,2 % en 2022" in an article about 2024."""
    after = text[figure.end : figure.end + 30]
    year = re.match(r"\s*(?:%\s*)?(?:en|au\s+cours\s+de|pour|sur)\s+(?:l['’]année\s+)?((?:19|20)\d\d)(?![\d-])", after)
    return reference_year is not None and year is not None and int(year.group(1)) < reference_year


#: A year a target is set for ("d'ici 2030", "à l'horizon 2035", "prévu pour 2027"): the time of a plan, not of the facts.
_TARGET_YEAR_BEFORE = re.compile(r"(?:\bd['’]ici(?:\s+(?:à|en|fin))?|\bhorizon|\bobjectif|\bprévue?s?\s+(?:pour|en))\s+$", re.IGNORECASE)


#: A target date later in the figure's clause: "la construction de 40 écoles d'ici à 2030" is a plan.
_TARGET_DATE_AFTER = re.compile(r"(?:\bd['’]ici(?:\s+(?:à|en|fin))?|\bà\s+l['’]horizon(?:\s+d[e'’])?)\s*(?:19|20)\d\d\b", re.IGNORECASE)
#: Where the figure's clause ends: a clause joined after a comma ("..., et en plantera autant d'ici à 2030") is
#: another fact's.
_CLAUSE_END = re.compile(r",\s|\s(?:mais|puis|alors\s+que|tandis\s+que)\s", re.IGNORECASE)
#: The figure's own year, told before a target date: "48 millions en 2024 et vise 60 millions d'ici à 2031".
_OWN_YEAR = re.compile(r"\b(?:en|au\s+cours\s+de|depuis|dès)\s+(?:19|20)\d\d\b", re.IGNORECASE)


def _target_date_after(rest: str) -> bool:
    """A target date in the rest of the figure's clause that is the figure's own: "la construction de vingt barrages et
    de 7 stations d'ici à 2030" (nouns joined by "et" share it), not after a comma or a year of the figure's own."""
    clause = _CLAUSE_END.split(rest)[0]
    target = _TARGET_DATE_AFTER.search(clause)
    return target is not None and not _OWN_YEAR.search(clause, 0, target.start())


def _reference_year(document: Document, figures: list[Figure], paragraphs: set[int], paragraph_of: dict[int, int]) -> int | None:
    """The year the article is about: the latest year of its title and lede that is no target's (None when they name
    none)."""
    text = document.text
    years = [int(f.value) for f in figures if f.kind == Kind.YEAR and paragraph_of.get(id(f)) in paragraphs
             and isinstance(f.value, (int, float)) and 1900 <= f.value <= 2100
             and not _TARGET_YEAR_BEFORE.search(text[max(0, f.start - 30) : f.start])]  # fmt: skip
    return max(years) if years else None


#: Words that introduce a phone number or an identifier: what follows is no quantity.
_IDENTIFIER_BEFORE = re.compile(r"(?:(?:t[ée]l[ée]phon\w*|\btél\.?|num[ée]ros?)(?:\s+(?:vert|unique|gratuit|court|spécial|d['’]\w+))?,?\s*"
                                r"(?:(?:le|au)\s+)?|\bappel\w*\s+(?:le|au)\s*|composez(?:\s+le)?\s*|"
                                r"(?:\bn°|\bno\.|\bréf(?:érence)?\.?|\bloi|\bdécret|\barrêté|\barticle|\bdossier)\s*"
                                r"(?:n°\s*|no\.\s*)?(?:(?-i:[A-Z])\.\s*)?)[\d\s.-]*$", re.IGNORECASE)
#: (the word of a number, then the number: "le numéro d'urgence 112", "ses numéros d'urgence, le 1021", "l'article L. 823-3",
#: "le décret n° 2019-1457"; a verb between is no identifier's: "la loi concerne 8 300 agents" counts them)


def _loose_digits_before(before: str, figure: Figure, figures: list[Figure]) -> bool:
    """Digits right before the figure that no figure covers ("0800 123 456" read as "123 456"): a fragment."""
    loose = re.search(r"\d[\d.]*[ .\u00a0\u202f]$", before)
    if loose is None:
        return False
    at = figure.start - (len(before) - loose.start())
    return not any(f.start <= at < f.end for f in figures if f is not figure)


#: The marks inside a race time written with them ("7'59''84").
_RACE_MARKS = re.compile(r"\d['’′″\"]+\d")
#: A race named by its distance: "le 1 500 m", "du 3 000 m steeple", "au 100 m": the name of the event, not a measure.
_RACE_BEFORE = re.compile(r"\b(?:le|du|au)\s+$", re.IGNORECASE)


def _not_a_figure(text: str, figure: Figure, figures: list[Figure]) -> bool:
    """Numbers no summary should show: a 0, a year read as a count ("bilan 2016"), the second half of a span
    ("2025-26"), the base of a rate ("pour 100 000", "/1.000", "sur 10", "sur dix"), a decade ("les années soixante"),
    a section or list number ("1. Le contexte"), a fragment of a number whose grouping mixes two separators or groups
    with an apostrophe ("1.234 567", "24’511" read as two figures)."""
    if isinstance(figure.value, (int, float)) and figure.value == 0:
        return True
    before = text[max(0, figure.start - 20) : figure.start]
    if figure.kind == Kind.MEASURE and figure.unit == "m" and _RACE_BEFORE.search(before):
        return True  # "le record du 1 500 m", "a remporté le 3 000 m steeple": the race's name
    if figure.kind == Kind.COUNT:
        digits = figure.text.strip()
        if re.fullmatch(r"(?:19|20)\d\d", digits) and not re.fullmatch(r"\w+[sx]", figure.noun or ""):
            return True  # "bilan 2016 publié": a year; "1987 habitants" stays a count
        if re.fullmatch(r"1\d{3}", digits) and _YEAR_BEFORE.search(before) and not re.fullmatch(r"\w+[sx]", figure.noun or ""):
            return True  # "inauguré en 1672", "depuis 1789": an earlier century's year
        if (re.fullmatch(r"1[0-8]\d\d", digits) and not re.fullmatch(r"\w+[sx]", figure.noun or "")
                and not re.match(r"\s*(?:à|au|aux|et|ou)\b", text[figure.end : figure.end + 6])):
            return True  # "l'église de 1672", "(1606 - 1669)": four digits that count nothing, an earlier century's year
        if re.fullmatch(r"\d\d", digits) and _SHORT_YEAR_BEFORE.search(before) and not re.fullmatch(r"\w+[sx]", figure.noun or ""):
            return True  # "le mondial de 90", "la promotion 98": an event or a season named by its year's last digits
        if _SPAN_END.search(before):
            return True
    if figure.kind in (Kind.COUNT, Kind.OTHER) and _RATE_BASE.search(before) and re.search(r"\d", before):
        return True
    if figure.kind == Kind.COUNT and not figure.spelled and _CLASS_BEFORE.search(before):
        return True  # "le cacao de grade 2", "l'alerte de niveau 3", "un cancer de stade 4": the name of a class
    if (figure.kind == Kind.COUNT and isinstance(figure.value, (int, float)) and figure.value < 100
            and _LINE_START.search(text[max(0, figure.start - 10) : figure.start]) and _ITEM_MARK.match(text, figure.end)):  # fmt: skip
        return True  # "1. Le contexte", "2) Les chiffres": the number of a section or of an item of a list
    previous = [f for f in figures if figure.start - 40 <= f.end <= figure.start and f.kind == Kind.COUNT]
    if figure.kind in (Kind.COUNT, Kind.OTHER) and any(_rate_base_of(text, other, figures) is figure for other in previous):
        return True  # "neuf patients sur dix": the base of a proportion whose count is in words
    if (figure.kind == Kind.COUNT and isinstance(figure.value, (int, float)) and figure.value in range(10, 100, 10)
            and _DECADE_BEFORE.search(before)):  # fmt: skip
        return True  # "les années soixante", "des années 80": a decade
    if figure.kind in (Kind.COUNT, Kind.OTHER) and (_IDENTIFIER_BEFORE.search(text[max(0, figure.start - 30) : figure.start])
                                             or _loose_digits_before(before, figure, figures)):  # fmt: skip
        return True  # a phone number, a file or law number, or the rest of a number the reader left out
    for other in figures:
        if other is figure or not isinstance(other.value, (int, float)):
            continue
        gap = text[min(figure.end, other.end) : max(figure.start, other.start)]
        if (other.end <= figure.start or figure.end <= other.start) and re.fullmatch(r"[ .'’\u00a0\u202f]", gap):
            later = figure if figure.start > other.start else other
            if re.fullmatch(r"\d{3}\b.*", text[later.start : later.end]):
                return True  # both pieces of a number split in two: neither is the figure
    return False


#: A count's noun, then a verb of change in the perfect and the change's own amount: "les 1 400 glaciers ont perdu 3,1 %",
#: "quelque 300 communes ont augmenté de 5 % leur taxe". The count is the population the change is measured on.
_POPULATION_AFTER = re.compile(
    r"\s+(?:[^\W\d]+\s+){1,3}?(?:ont|a|avaient|avait)\s+(?:encore\s+|déjà\s+)?(?:perdu|gagné|vu|augmenté|reculé|progressé|"
    r"baissé|diminué|chuté|cédé|grimpé)\s+(?:[^\W\d]+\s+){0,4}?(?:de\s+)?(?:près\s+de\s+|plus\s+de\s+|environ\s+)?\d",
    re.IGNORECASE,
)
#: A noun of class or grade right before a number, which names the class: "de grade 2", "de niveau 3", "catégorie 4".
_CLASS_BEFORE = re.compile(r"\b(?:grade|niveau|catégorie|classe|stade|échelon|phase|type|zone)\s+$", re.IGNORECASE)


#: The level a change arrives at: "a reculé de 3 % pour atteindre 531 TWh", "a progressé de 2 points pour s'établir à 45 %".
_RESULT_BEFORE = re.compile(r"\bpour\s+(?:atteindre|s['’](?:établir|élever)\s+à|se\s+(?:situer|fixer|hisser)\s+à|totaliser|culminer\s+à)"
                            r"\s+(?:près\s+de\s+|environ\s+|plus\s+de\s+)?$", re.IGNORECASE)


def _in_brackets(text: str, figure: Figure) -> bool:
    """Whether the figure is inside brackets of its sentence ("en hausse (+5,3 %)"): a detail or a restatement."""
    before = re.split(r"[.!?]\s|\n", text[max(0, figure.start - 200) : figure.start])[-1]
    return before.rfind("(") > before.rfind(")")


def _size(figure: Figure) -> float:
    """How large a figure is: a count or an amount of money is whole, so one written with the English grouping
    ("312,000 personnes", read 312 as a French decimal) has the size of its whole reading (312000)."""
    value = abs(float(figure.value))
    if figure.kind in (Kind.COUNT, Kind.MONEY) and not value.is_integer():
        whole = [abs(float(r)) for r in figure.readings if float(r).is_integer()]
        return max(whole, default=value)
    return value


def _largest(figure: Figure) -> float:
    """The largest of a count's or an amount's readings: "50,000 personnes" (read 50 as a French decimal, 50000 the
    English way) may count fifty thousand, so it is no part of "255 personnes" said before it."""
    value = _size(figure)
    if figure.kind in (Kind.COUNT, Kind.MONEY):
        return max([value] + [abs(float(r)) for r in figure.readings])
    return value


_ROLE_SCORE = {"headline": 9.0, "change": 5.5, "total": 5.5, "comparison": 2.5, "context": 1.0}
_KIND_SCORE = {Kind.MONEY: 0.6, Kind.PERCENT: 0.3, Kind.MEASURE: -0.3}
#: The weight of a figure's depth in a long article (its paragraph over the article's paragraphs): a figure of the last
#: paragraph loses this much against one of the first.
_DEPTH = 0.4
#: The paragraphs after the lede over which the "later" term falls to its floor (0.15 a paragraph, at most 1.0).
_LATER_REACH = 7


def _score_terms(
    figure: Figure,
    role: str,
    fact: Fact | None,
    paragraph: int,
    headline: set[int],
    lede: int,
    text: str,
    subheads: set[int],
    place: int = 0,
    paragraphs: int = 0,
) -> dict[str, float]:
    """The terms of a figure's ranking score, by name (their sum is the score; higher first); ``place`` is its
    sentence's rank in its paragraph, ``paragraphs`` the article's number of paragraphs."""
    terms: dict[str, float] = {f"role:{role}": _ROLE_SCORE[role]}
    terms["kind"] = _KIND_SCORE.get(figure.kind, 0.0)
    # a small count of things; "1,2 enfant par femme" is no count (no one has 1.2 children) but an average, a rate
    toll = figure.kind == Kind.COUNT and _DEATH_TOLL.match(text, figure.end) is not None
    if toll and paragraph not in headline and paragraph != lede and _TOLL_OF_ANOTHER.search(text[max(0, figure.start - 40) : figure.start]):
        toll = False  # "la tuerie de mars, qui avait fait sept morts", past the lede: the toll of an event cited as background
    small = (figure.kind == Kind.COUNT and isinstance(figure.value, (int, float)) and _size(figure) < 20
             and float(_size(figure)).is_integer() and not toll and not _CHARGES.match(text, figure.end))  # fmt: skip
    if toll:
        terms["toll"] = _TOLL  # the dead lead a story, however few: "trois décès", "deux personnes ont perdu la vie"
    if paragraph in subheads and not small:
        terms["intertitle"] = 2.5  # an intertitle states what its section is about; "ses 14 épouses" is its colour
    clause = re.split(r"[.;:!?]|,\s", text[max(0, figure.start - 120) : figure.start])[-1]
    rest = re.split(r"[.;:!?]\s|\n", text[figure.end : figure.end + 80])[0]  # the rest of its sentence, a few words
    if (_INTENTION.search(clause) or _HYPOTHESIS.search(clause) or _LATER_AFTER.match(rest)
            or _target_date_after(rest)):  # fmt: skip
        # a promise, a target, a plan, a forecast or a hypothesis comes after what happened; what one side asked for ("le
        # parquet avait requis", "les syndicats en revendiquaient") further still, after what was decided or counted
        terms["intention"] = -2.0 if _DEMAND.search(clause) else -1.0
    sentence_before = re.split(r"[.;:!?]\s", text[max(0, figure.start - 120) : figure.start])[-1]
    if (_BOUND_BEFORE.search(clause) or _THRESHOLD_NOT_REACHED.search(clause) or _THRESHOLD_SET.search(sentence_before)
            or _CONDITION.search(clause)):  # fmt: skip
        terms["bound"] = -1.0  # "au-delà de 20 000 euros", "sans atteindre le seuil de 5 000": a bound, not what was measured
    if paragraph == lede:
        terms["lede"] = 1.2 - min(0.8, 0.2 * place)  # the lead sentence first, where the lede runs on (wire copy in one block)
    elif paragraph not in headline:
        terms["later"] = -(min(1.0, 0.15 * max(0, paragraph - lede)) + min(0.4, 0.1 * place))
        # where it lies in the whole article: past the first paragraphs "later" is flat, and the closing paragraphs
        # of a long article (background, outlook, a last quotation) rarely hold a lead; a short article is counted
        # as long as the paragraphs "later" tells apart, so its second paragraph is no closing one
        terms["depth"] = -_DEPTH * paragraph / max(paragraphs, lede + _LATER_REACH + 1)
    if _RESULT_BEFORE.search(text[max(0, figure.start - 40) : figure.start]):
        terms["result"] = 0.5  # "a reculé de 3 % pour atteindre 531 TWh": the level a change arrives at, a total
    if _in_brackets(text, figure) and paragraph not in headline:
        terms["brackets"] = -1.0  # "(+4,2 % pour les visiteurs étrangers)", "(environ 9 millions)": a detail set aside
    if isinstance(figure.value, (int, float)) and figure.kind in (Kind.MONEY, Kind.COUNT):
        terms["size"] = min(0.8, math.log10(_size(figure) + 1) / 10)
    if fact is not None:
        terms["parsed"] = 0.3 * bool(fact.noun) + 0.3 * bool(fact.event)
        if fact.quoted:
            terms["quoted"] = -1.0  # a figure in a quotation is someone's claim: after the article's own facts
    elif not figure.label:
        terms["unlabelled"] = -0.5
    if small:
        terms["small"] = -0.8  # "12 amendements", "7 stations": details beside the article's totals
        if figure.spelled and not figure.key:
            terms["spelled"] = -0.3  # "sept morts" written in words: a detail of the story, after the counts of its figures
    return terms


def rank_key_figures(document: Document, *, parse: bool = True) -> list[RankedFigure]:
    """Rank the key figures of an article as an editor would, one fact once, each with its role.

    Args:
        document: The article (its French figures are read once, when it is built).
        parse: Read labels and roles from spaCy's French parse (when installed); else from the words.

    Returns:
        The key figures, best first, with offsets into ``document.text``.
    """
    text = document.text
    figures = document.figures()  # a race time ("3'58''71") comes whole from the reader
    sentence_of = {id(f): document.sentence_at(f.start) for f in figures}  # each figure's sentence, found once
    paragraph_of = {id(f): s.paragraph if s else 0 for f, s in ((f, sentence_of[id(f)]) for f in figures)}
    headline = {p.index for p in document.paragraphs[:1] if p.heading}
    lede = next((p.index for p in document.paragraphs if p.index not in headline), 0)
    subheads = {p.index for p in document.paragraphs[1:] if p.heading}
    shares = {id(f) for f in figures if _proportion(text, f, figures)}
    sentences = {id(f) for f in figures if f.kind == Kind.DURATION and _PRISON_TERM.match(text, f.end)}  # "deux ans de prison"
    keys = [f for f in figures if (f.key or _counted_in_words(text, f) or id(f) in shares or id(f) in sentences)
            and not _not_a_figure(text, f, figures)]  # fmt: skip
    stated_in_subhead: set[int] = set()  # body figures an intertitle restates
    confirmed: set[int] = set()  # kept figures whose very value the article says again: exact, whatever their zeros
    reference_year = _reference_year(document, figures, headline | {lede}, paragraph_of)
    kept: list[Figure] = []
    for figure in keys:
        in_headline = paragraph_of[id(figure)] in headline
        in_lede = paragraph_of[id(figure)] == lede
        duplicate = next(
            (k for k in kept
             if _same_fact(k, figure, paragraph_of[id(k)] in headline or in_headline, paragraph_of[id(k)] == lede or in_lede)),
            None,
        )
        if duplicate is None and paragraph_of[id(figure)] not in subheads | headline:
            duplicate = next((k for k in kept if paragraph_of[id(k)] in subheads and k.kind == figure.kind and k.unit == figure.unit
                              and k.value == figure.value and (bool(figure.unit) or abs(float(figure.value)) >= 100
                                                               or _in_section(paragraph_of[id(k)], paragraph_of[id(figure)], subheads))),
                             None)  # fmt: skip
        if duplicate is not None and id(duplicate) in confirmed and duplicate.value != figure.value:
            duplicate = None  # "2 800 francs" said again as such: a nearby "2 650 francs" is another amount, not its exact form
        elif duplicate is not None and duplicate.value == figure.value:
            confirmed.add(id(duplicate))
        if duplicate is None:
            kept.append(figure)
        elif (_is_rounded(abs(float(duplicate.value))) and not _is_rounded(abs(float(figure.value)))
              or duplicate.kind == Kind.PERCENT and _rounds_to(abs(float(duplicate.value)), abs(float(figure.value)))
              or _bare_amount(duplicate, figure)):
            kept[kept.index(duplicate)] = figure  # keep the exact figure of the body, with the headline's place
            paragraph_of[id(figure)] = min(paragraph_of[id(figure)], paragraph_of[id(duplicate)])
        elif paragraph_of[id(duplicate)] in subheads and paragraph_of[id(figure)] not in subheads | headline:
            # an intertitle restates a figure of its section: the body's sentence says it in full (its verb, its
            # noun), with the intertitle's weight
            kept[kept.index(duplicate)] = figure
            stated_in_subhead.add(id(figure))
    restated = [f for f in kept if _restates(text, f, kept)]
    kept = [f for f in kept if f not in restated]
    # figures after a restated amount in its sentence speak of the restatement ("soit 1,6 milliard d'euros, +29 %")
    in_order = sorted(kept, key=lambda f: f.start)
    starting = {id(a) for a, b in zip(in_order, in_order[1:]) if a.kind == b.kind and a.unit == b.unit
                and sentence_of[id(a)] is sentence_of[id(b)] and _FROM_BEFORE.search(text[max(0, a.start - 50) : a.start])
                and _TO_BETWEEN.fullmatch(text[a.end : b.start])}  # fmt: skip
    arriving = {id(b) for a, b in zip(in_order, in_order[1:]) if id(a) in starting}
    # (the second end of a range, "de 35 à 45 millions d'euros", is no conversion of its first)
    converted = {id(f) for f in kept for r in restated if f.start > r.start and sentence_of[id(f)] is sentence_of[id(r)]
                 and r.kind == Kind.MONEY and not _RANGE_JOIN.fullmatch(text[r.end : f.start])}  # fmt: skip
    parts = _breakdown(text, kept, sentence_of)
    place = {id(f): _place_in_paragraph(document, sentence_of[id(f)]) for f in kept}
    crowd = Counter(id(sentence_of[id(f)]) for f in kept if id(f) not in starting)  # key figures per sentence
    order_in_sentence: dict[int, int] = {}
    seen_in: Counter[int] = Counter()
    for figure in sorted(kept, key=lambda f: f.start):
        owner = id(sentence_of[id(figure)])
        order_in_sentence[id(figure)] = seen_in[owner]
        seen_in[owner] += 1

    def rank(figure: Figure, fact: Fact | None) -> RankedFigure:
        paragraph = paragraph_of[id(figure)]
        role = _role(figure, fact, paragraph, headline, text, reference_year, id(figure) in starting, id(figure) in parts,
                     id(figure) in arriving)
        terms = _score_terms(figure, role, fact, paragraph, headline, lede, text, subheads, place[id(figure)],
                             len(document.paragraphs))
        if id(figure) in shares:  # "neuf patients sur dix", "12 cas pour 100 000": a rate ranks as a percentage does
            for count_only in ("small", "spelled", "size"):
                terms.pop(count_only, None)
            terms["kind"] = _KIND_SCORE[Kind.PERCENT]
        if id(figure) in stated_in_subhead and "small" not in terms:
            terms["intertitle"] = 2.5  # what its intertitle says the section is about (a small count there is colour)
        many = crowd[id(sentence_of[id(figure)])]
        if many > 2:
            terms["crowd"] = -0.25 * (many - 2)  # one figure of a list of many: a detail
        if many >= 3 and order_in_sentence[id(figure)]:
            terms["list_order"] = -0.3 * min(3, order_in_sentence[id(figure)])  # the later items of a list break the first one down
        if _PER_MONTH_AFTER.match(text, figure.end) and any(
                other.kind == figure.kind and sentence_of[id(other)] is sentence_of[id(figure)] and _PER_YEAR_AFTER.match(text, other.end)
                for other in kept):  # fmt: skip
            terms["month"] = -1.0  # "de 0,1 % sur le mois et de 2,3 % sur un an": the year's change leads, the month's is its detail
        if id(figure) in converted:
            terms["converted"] = -2.0  # the change of an amount restated in another currency: the same fact again
        sentence = sentence_of[id(figure)]
        since = max([f.end for f in figures if f.end <= figure.start] + [sentence.start if sentence is not None else 0])
        # within its own sentence: a place an intertitle or the sentence before names is no group of this figure
        first, last = (sentence.start, sentence.end) if sentence is not None else (0, len(text))
        if (_GROUP_AROUND.search(text[max(first, figure.start - 30) : figure.start])
                or _GROUP_AFTER.match(text[figure.end : min(last, figure.end + 30)])
                or _EXTREME.search(text[since : figure.start])):  # fmt: skip
            if paragraph_of[id(figure)] not in headline:
                terms["group"] = -1.2  # "+4,2 % pour les visiteurs étrangers", "+2,7 % à Nantes": one group or place of the whole
        return RankedFigure(figure, role, fact, sum(terms.values()), _after(text, figure), tuple(terms.items()))

    # the parse is read for the best candidates by the words alone, one parse per sentence
    kept.sort(key=lambda f: -rank(f, None).score)
    parsed: dict[int, Sentence] = {}
    for figure in kept[:_PARSED_CANDIDATES]:
        sentence = sentence_of[id(figure)]
        if sentence is not None:
            parsed[sentence.index] = sentence
    facts = _read_facts(list(parsed.values())) if parse and parsed and parser_available() else {}
    # a fact read for another span is not this figure's, nor one of a race time ("7'59''84"), which the parser cuts at
    # its marks and attaches by its first piece ("7", a qualifier of a name before it)
    ranked = [rank(figure, fact if (fact := facts.get(figure.start)) is None
                   or (fact.figure.text == figure.text and not _RACE_MARKS.search(figure.text)) else None)
              for figure in kept]  # fmt: skip
    return sorted(_topic_of_section(document, ranked, subheads), key=lambda r: (-r.score, r.figure.start))


#: The weight of the lead figure of a section whose intertitle names its topic without a figure.
_TOPIC = 1.5
#: Words of an intertitle that name no topic.
_TOPIC_STOP = frozenset("dans pour avec sans chez sous vers entre plus moins très aussi encore toujours cette leur leurs tous "
                        "toutes tout toute après avant depuis selon".split())


def _topic_words(text: str, *, heading: bool = False) -> set[str]:
    """The first letters of the content words of a text; of an intertitle, its lower-case words only (a name, a place
    with its capital, is no topic a sentence takes up)."""
    pattern = r"(?<![\w'’-])[a-zà-öø-ÿ][\w-]{3,}" if heading else r"\w[\w-]{3,}"
    return {w.lower()[:6] for w in re.findall(pattern, text) if w.lower() not in _TOPIC_STOP}


def _topic_of_section(document: Document, ranked: list[RankedFigure], subheads: set[int]) -> list[RankedFigure]:
    """An intertitle that states no figure names what its section is about ("Une participation en baisse", "Un
    dividende relevé"): the lead figure of the section's first sentence, when that sentence takes up a word of the
    intertitle ("Le taux de participation s'est établi à 41,3 %"), ranks as the figure the intertitle announces
    (the best-scored figure of that sentence: "de 0,1 % sur le mois et de 2,3 % sur un an" announces one)."""
    figured = {s.paragraph for s in document.sentences if any(f.kind != Kind.NAME for f in s.figures)}
    lifted: dict[int, RankedFigure] = {}
    for index in sorted(subheads - figured):
        if index + 1 >= len(document.paragraphs) or (index + 1) in subheads:
            continue
        section = document.paragraphs[index + 1]
        if not section.sentences:
            continue
        first = document.sentences[section.sentences[0]]
        heading = " ".join(document.sentences[i].source for i in document.paragraphs[index].sentences)
        if not _topic_words(heading, heading=True) & _topic_words(first.source):
            continue
        said = [r for r in ranked if first.start <= r.figure.start < first.end]
        if said:
            best = max(said, key=lambda r: (r.score, -r.figure.start))
            terms = (*best.terms, ("topic", _TOPIC))
            lifted[id(best)] = replace(best, score=best.score + _TOPIC, terms=terms)
    return [lifted.get(id(r), r) for r in ranked]


def _in_section(heading: int, paragraph: int, subheads: set[int]) -> bool:
    """Whether a paragraph lies in the section an intertitle opens (after it, before the next intertitle): a small count
    the intertitle states ("Vingt-deux interpellations") is the one its section says again ("22 personnes ont été
    interpellées"), where elsewhere an equal small count is mostly another."""
    return heading < paragraph and not any(heading < other < paragraph for other in subheads)


def _place_in_paragraph(document: Document, sentence: Sentence | None) -> int:
    """The rank of a sentence in its paragraph (0: its first sentence)."""
    if sentence is None or not 0 <= sentence.paragraph < len(document.paragraphs):
        return 0
    first = document.paragraphs[sentence.paragraph].sentences
    return max(0, sentence.index - first[0]) if first else 0


#: Words that make a figure a part of the one before it, already a comparison ("dont 6 400 000"), or its restatement.
_PART_BEFORE = re.compile(r"\b(?:dont|soit)\s+(?:\S+\s+){0,2}$", re.IGNORECASE)


#: A change over a month, and one over a year, said right after the figure.
_PER_MONTH_AFTER = re.compile(r"\s*(?:sur\s+(?:le|un)\s+mois|en\s+(?:rythme|variation|glissement)\s+mensuel(?:le)?|"
                              r"d['’]un\s+mois\s+(?:sur|à)\s+l['’]autre|en\s+un\s+mois)\b", re.IGNORECASE)
_PER_YEAR_AFTER = re.compile(r"\s*(?:sur\s+(?:un\s+an|l['’]année|douze\s+mois)|en\s+(?:rythme|variation|glissement)\s+annuel(?:le)?|"
                             r"en\s+un\s+an)\b", re.IGNORECASE)
#: An amount per unit is a price or a rate, never a part of a total: "1 150 euros par action", "40 francs le kilogramme".
_PER_UNIT_AFTER = re.compile(r"\s*(?:par\s+(?!rapport\b|an\b|année\b|mois\b|jour\b|semaine\b)[^\W\d]|"
                             r"(?:le|la|l['’])\s*(?:kilo|kg\b|tonne|litre|mètre|m2\b|m²|unité|pièce|baril|action|nuitée|heure)\b)",
                             re.IGNORECASE)


#: The least share of a total its parts add up to: "6,50 euros de l'heure, contre 16,12 euros" are no parts of a
#: fine of 1,2 million said before them, where "640 000 euros, chacun des sous-traitants 280 000 euros" are.
_BREAKDOWN_SHARE = 0.1


def _breakdown(text: str, kept: list[Figure], sentence_of: dict[int, Sentence | None]) -> set[int]:
    """The figures that break an earlier total down: two or more figures of one sentence with the kind, unit (and
    counted noun) of a larger figure said before them, adding up to no more than it and to a tenth of it at least
    (:data:`_BREAKDOWN_SHARE`: "12 millions de repas servis ... 4 100 000 repas à Lyon et 2 300 000 à Lille"): parts, not
    facts of their own."""
    parts: set[int] = set()
    groups: dict[tuple[int, str, str], list[Figure]] = {}
    for figure in kept:
        sentence = sentence_of[id(figure)]
        if sentence is None or figure.kind not in (Kind.COUNT, Kind.MONEY, Kind.MEASURE) or isinstance(figure.value, str):
            continue
        if _PART_BEFORE.search(text[max(0, figure.start - 30) : figure.start]):
            continue  # "dont" says so already; "soit" restates
        if _COMPARISON_BEFORE.search(text[max(0, figure.start - 40) : figure.start]) or _PER_UNIT_AFTER.match(text, figure.end):
            continue  # "1 150 euros par action, contre 980 euros": a price per unit and the earlier one, no parts of a sum
        groups.setdefault((sentence.index, figure.kind, figure.unit), []).append(figure)
    for members in groups.values():
        if len(members) < 2:
            continue
        first = min(f.start for f in members)
        total = sum(_largest(f) for f in members)  # each part at its largest reading: never smaller than it may be
        nouns = {_noun_key(f) for f in members} - {""}
        for whole in kept:
            if whole.start >= first or whole.kind != members[0].kind or whole.unit != members[0].unit or isinstance(whole.value, str):
                continue
            if nouns and nouns != {_noun_key(whole)}:
                continue  # "900 000 convives" are no part of "12 millions de repas"
            if whole.kind == Kind.COUNT and not nouns:
                continue  # counts of no named noun: nothing says they count what the total counts
            if _BREAKDOWN_SHARE * _size(whole) <= total <= 1.02 * _size(whole):
                parts.update(id(f) for f in members)
                break
    return parts


def _noun_key(figure: Figure) -> str:
    """The first letters of the noun a figure counts ("" when the reader found none): "salariés" and "salarié" agree."""
    return (figure.noun or "").lower()[:5]


def _after(text: str, figure: Figure) -> str:
    """The words after a figure up to the next punctuation, at most four, without a dangling preposition."""
    words = re.match(r"[^\n.,;:!?()«»\"“”]*", text[figure.end : figure.end + 80])
    kept = " ".join((words.group(0) if words else "").split()[:4])
    while kept and not well_formed(f"x {kept}"):
        kept = " ".join(kept.split()[:-1])  # "tentatives de" -> "tentatives"
    return kept


def _read_facts(sentences: list[Sentence]) -> dict[int, Fact]:
    """What each figure of these sentences says: by the figure's offset in the document."""
    facts: dict[int, Fact] = {}
    items = [(sentence.source, [f for f in sentence.figures if f.kind != Kind.NAME]) for sentence in sentences]
    for sentence, read in zip(sentences, read_facts_many(items)):  # one batch of parses
        for fact in read:
            facts[fact.figure.start + sentence.start] = fact
    return facts


#: What joins the two ends of a range: "entre 30 et 40 %", "de 35 à 45 millions", "8 ou 12 francs".
_RANGE_JOIN = re.compile(r"\s*(?:et|à|-|–|au|ou)\s*", re.IGNORECASE)


def _restates(text: str, figure: Figure, kept: list[Figure]) -> bool:
    """The first end of a range ("entre 30 et 40 %") or an amount restated in brackets ("88 000 dollars
    (environ 68 000 euros)"): one fact with the figure it goes with."""
    for other in kept:
        if other is figure or other.kind != figure.kind:
            continue
        between = text[figure.end : other.start]
        if other.start > figure.end and _RANGE_JOIN.fullmatch(between):
            return True  # "entre 30 et 40 %", "8 ou 12 francs": the range is kept once, by its second end (which carries the unit)
        conversion = _CONVERSION_BEFORE.search(text[max(0, figure.start - 40) : figure.start])
        if figure.kind == Kind.MONEY and 0 <= figure.start - other.end <= 300 and conversion:
            return True  # "..., soit l'équivalent de 1,6 milliard d'euros": the same amount in another currency
        if figure.kind == Kind.MONEY and figure.start > other.end:
            gap = text[other.end : figure.start]
            if re.fullmatch(r"\s*(?:\w+\s+)?\(\s*(?:soit\s+|environ\s+|près\s+de\s+)?", gap, re.IGNORECASE):
                return True
            if other.unit != figure.unit and re.fullmatch(r"\s*,\s*ou\s+(?:environ\s+|près\s+de\s+)?", gap, re.IGNORECASE):
                return True  # "6 000 dirhams, ou 560 euros": the same amount in another currency
    return False


def select_key_figures(document: Document) -> list[Figure]:
    """The key figures of an article, best first (:func:`rank_key_figures` without the roles)."""
    return [r.figure for r in rank_key_figures(document)]


def _english_match(translation: Translation, figure: Figure) -> Figure | None:
    """The English figure the check matched to a French figure (offsets in the document's text), if any."""
    sentence = translation.sentence_at(figure.start)
    if sentence is None:
        return None
    offset = figure.start - sentence.start
    # the same span, not a figure the check matched inside it or around it
    match = next((m for m in sentence.report.matched if m.source.start == offset and m.source.end == figure.end - sentence.start), None)
    return match.translation if match else None


def _quote(translation: Translation, figure: Figure, english: Figure | None, checked: bool = True) -> Quote | None:
    """The English reading of a key figure. A line (``checked``) only from a sentence that passed every check; the
    label's noun and event also from a flagged one, where the check paired this figure with its English figure."""
    sentence = translation.sentence_at(figure.start)
    if english is None or sentence is None or (checked and sentence.flagged) or not sentence.translation:
        return None
    quote = quotes.read_quote(sentence.translation, english)
    return quote if quote is not None and quote.noun else None  # an English that does not say what it counts: no line


def _prepare(translation: Translation, ranked: list[RankedFigure]) -> None:
    """The English sentences of the key figures to read, parsed in one batch."""
    sentences = [translation.sentence_at(item.figure.start) for item in ranked[:_QUOTED]]
    quotes.prepare([s.translation for s in sentences if s is not None and s.translation])


def labels_to_translate(translation: Translation, ranked: list[RankedFigure]) -> list[str]:
    """The French the run translates in one batch: the quotable phrase of each key figure whose checked English
    sentence gives no line, and the labels the English does not give."""
    wanted: list[str] = []
    _prepare(translation, ranked)
    for position, item in enumerate(ranked):
        english = _english_match(translation, item.figure)
        quote = _quote(translation, item.figure, english) if position < _QUOTED else None
        reading = quote if quote is not None or position >= _QUOTED else _quote(translation, item.figure, english, checked=False)
        phrase = "" if quote is not None else item.phrase_fr
        label = "" if (reading is not None and reading.label) or (english is not None and english.label) else item.label_fr
        for french in (phrase, label):
            if french and french not in wanted:
                wanted.append(french)
    return wanted


def build_summary(
    translation: Translation, ranked: list[RankedFigure], labels: dict[str, str], summary_lines: int = 5
) -> ArticleSummary:
    """The summary of a translated article.

    Args:
        translation: The translated article (its document carries every check).
        ranked: Its key figures, best first (:func:`rank_key_figures`).
        labels: English for French phrases and labels (:func:`labels_to_translate`), each already checked to
            keep its figures.
        summary_lines: Key figures written in the short text summary, one quotable line each.

    Returns:
        The summary.
    """
    document = translation.document
    key_figures: list[KeyFigure] = []
    every = document.figures()
    _prepare(translation, ranked)
    for position, item in enumerate(ranked):
        figure = item.figure
        english = _english_match(translation, figure)
        if english is None:  # the same fact verified elsewhere (a failed title, its figure kept in the body)
            for other in every:
                if other.value == figure.value and other.kind == figure.kind and other.unit == figure.unit:
                    match = _english_match(translation, other)
                    if match is not None:
                        figure, english = other, match
                        break
        sentence = translation.sentence_at(figure.start)
        if sentence is None:
            continue
        quote = _quote(translation, figure, english) if position < _QUOTED else None
        reading = quote if quote is not None or position >= _QUOTED else _quote(translation, figure, english, checked=False)
        label_en = (reading.label if reading is not None else "") or (english.label if english else "") or labels.get(item.label_fr, "")
        formatted = format_value(figure)
        if quote is not None:
            line, source = quote.line, LineSource.ENGLISH
        elif labels.get(item.phrase_fr):
            line, source = labels[item.phrase_fr], LineSource.FRENCH
        else:
            line, source = _figure_line(formatted, item.label_fr), LineSource.FIGURE
        key_figures.append(
            KeyFigure(
                value=figure.value,
                kind=figure.kind,
                text_fr=figure.text,
                text_en=english.text if english else formatted,
                formatted=formatted,
                label_fr=item.label_fr,
                label_en=label_en,
                verified=english is not None,
                segment=sentence.index,
                approximate=figure.approximate,
                figure=figure,
                role=item.role,
                phrase_fr=item.phrase_fr,
                phrase_en=line,
                line_en=line,
                line_source=source.value,
                noun_en=reading.noun if reading is not None else "",
                event_en=reading.event if reading is not None else "",
                quote=reading,
            )
        )
    headline = _headline(translation, key_figures)
    first = headline.text if headline.verified else f"{headline.text} (⚠ {headline.note})"
    lines = [first]
    written: set[str] = set()
    for k in key_figures:
        if len(written) >= summary_lines:
            break
        if k.line_en in written:
            continue  # one clause that holds two key figures is written once
        written.add(k.line_en)
        lines.append(summary_line(k))
    if not key_figures:
        lines.append("- No key figure in this article.")
    return ArticleSummary(translation, key_figures, "\n".join(lines), every, headline)


def _figure_line(formatted: str, label_fr: str) -> str:
    """The fallback line: the figure the English way and its French label ("40,589: tentatives déjouées"), which
    the summary marks "(French label)"."""
    return f"{formatted}: {label_fr}" if label_fr else formatted


def summary_line(k: KeyFigure) -> str:
    """One line of the short summary for a key figure: its line, said where it comes from when it is not the checked
    English sentence's own words, and marked when the figure was not found in the translation."""
    note = _LINE_NOTES.get(LineSource(k.line_source), "") if k.verified or k.line_source == LineSource.FIGURE else ""
    check = "" if k.verified else " (not found in the translation: check it)"
    return f"- {_sentence_case(k.line_en)}{note}{check}"


def _sentence_case(text: str) -> str:
    return text[:1].upper() + text[1:] if text else text


def _headline(translation: Translation, key_figures: list[KeyFigure]) -> Headline:
    """The title's translation when it passed every check; else the verified key figures, marked."""
    title = translation.document.title
    sentences = [translation.sentences[title.index]] if title else [s for s in translation.sentences if s.paragraph == 0][:2]
    if not sentences:
        return Headline("")
    text = " ".join(s.translation for s in sentences).strip()
    problems = [w for s in sentences for w in s.warnings]
    if not problems:
        return Headline(text)
    verified = [k for k in key_figures if k.verified][:3]
    what = "title" if title else "opening sentence"
    if verified:
        safe = "; ".join(dict.fromkeys(k.line_en or f"{k.formatted} {k.label_en or k.label_fr}".strip() for k in verified))
        note = f"the translated {what} failed a check ({problems[0]}): shown instead, the verified key figures"
    else:
        safe = " ".join(s.source for s in sentences)
        note = f"the translated {what} failed a check ({problems[0]}): the French is shown"
    return Headline(safe, False, note)
