"""What a figure means besides its value: its comparator, the direction of the change it states, what it counts.

"plus de 3 000 logements" and "fewer than 3,000 homes" hold the same number and say opposite things. This
module holds the small vocabularies that tell them apart, in both languages, and the one fact type both
sides of the check share:

- :class:`Comparator`: the bound a figure is given with ("more than", "at least", "less than", "at most",
  "up to", "about", "exactly", none; a strict bound said to be close, "just over", or far, "well below"), read
  from the words right before it ("plus de", "au moins", "fewer than", "over") or right after it ("ou plus", "or
  more", "3,000-plus");
- :class:`Direction`: the change the figure states (a rise, a fall, none), read from the event that
  governs it ("ont augmenté de 7 %", "sales fell by 7%", "une hausse de", "a drop of", "up 7%", "7 % de
  moins") or its sign ("+47 %");
- :class:`FigureFact`: a figure with its comparator, direction, counted noun (lemma), event (lemma,
  negation kept) and clause. French facts come from :func:`summarizer.facts.read_facts` (the French parse)
  through :func:`french_facts`; English ones from :func:`summarizer.english.read_english_facts`.

The check compares meaning only where a difference is a contradiction: a lower bound against an upper
bound ("more than" / "less than", "at least" / "up to"), a rise against a fall. An approximation added or
dropped ("environ 300" / "300", "about" / "some", "plus de" / "over") is a rewording, never a flag; a French
approximation the English writes as a plain bound ("environ 40" / "under 40", "more than 40") states a bound the
French does not, and is flagged.

Counted nouns are compared across languages by :func:`same_noun`: through the model's own translation of the
French noun when the run gives one, else a small lexicon of the nouns news figures count and shared
spellings (cognates: "migrants", "victimes" / "victims"). Where none applies the answer is "unknown", and an
unknown never raises an alarm. A French compound "N de N" ("projets de loi", "permis de conduire") is one counted
noun (:func:`counts_same`): English often renders it with one noun of its own ("bills", "licences").
"""

from __future__ import annotations

import logging
import re
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache

from ..vocabulary import Vocabulary
from ..words import cognate, fold_word, singular
from .lexicon import _COUNTED_NOUNS, _DURATIONS, _GENERAL_NOT, _LABEL_STOP, _OPPOSED_QUALIFIERS, _PERCENT, _UNITS
from .model import Figure, Kind

logger = logging.getLogger(__name__)

__all__ = [
    "Comparator",
    "Direction",
    "FigureFact",
    "read_comparator",
    "read_direction",
    "direction_of_word",
    "nearest_change",
    "french_facts",
    "word_facts",
    "states_a_change",
    "same_noun",
    "counts_same",
    "compound_complement",
    "names_noun",
    "english_singulars",
    "general_french",
    "how_often",
    "general_excludes",
    "opposed_qualifiers",
    "MEANING_KINDS",
    "COMPARATIVES",
    "PARTICLES",
]

#: Kinds whose comparator and direction are read: amounts, not years, dates, clock times or names.
MEANING_KINDS = frozenset({Kind.COUNT, Kind.PERCENT, Kind.MONEY, Kind.MEASURE, Kind.DURATION, Kind.OTHER})


class Comparator(Vocabulary):
    """The bound a figure is stated with. A ``Comparator`` equals its value as a string."""

    NONE = "none"
    EXACTLY = "exactly"
    ABOUT = "about"
    NEARLY = "nearly"
    MORE = "more than"
    AT_LEAST = "at least"
    LESS = "less than"
    AT_MOST = "at most"
    UP_TO = "up to"
    #: strict bounds said to be close to the amount ("à peine plus de", "just over", "un peu moins de", "just under")
    #: or far from it ("bien plus de", "well over", "nettement moins de", "well below")
    NEAR_MORE = "just over"
    FAR_MORE = "far more than"
    NEAR_LESS = "just under"
    FAR_LESS = "far less than"

    @property
    def bound(self) -> str:
        """``"lower"`` (more than, at least), ``"upper"`` (less than, at most, up to) or ``""`` (none, about, exactly)."""
        if self in (Comparator.MORE, Comparator.AT_LEAST, Comparator.NEAR_MORE, Comparator.FAR_MORE):
            return "lower"
        if self in (Comparator.LESS, Comparator.AT_MOST, Comparator.UP_TO, Comparator.NEAR_LESS, Comparator.FAR_LESS):
            return "upper"
        return ""

    @property
    def strict(self) -> bool:
        """Whether the bound excludes the amount itself ("more than", "just under", "well below"; not "at least")."""
        return self in _STRICT

    def contradicts(self, other: Comparator) -> bool:
        """Whether the two say opposite things: a lower bound against an upper one; "nearly" (just under) against a
        lower bound ("près de 70" written "at least 70"); "exactly" against an approximation or a strict bound
        ("quelque 250" written "exactly 250": the approximation is denied, not dropped; "plus de 250" written "exactly
        250": the amount the bound excludes); a bound far from the amount against an approximation, "nearly" or the
        same bound said to be close ("environ 7 000" written "well below 7,000", "guère plus de 50" written "far more
        than 50").

        An approximation dropped or added ("environ 300" / "300"), or written as a plain bound ("environ 80" / "more
        than 80"), is no contradiction of the two comparators; the check still flags a French approximation that the
        English writes as a plain bound (:func:`~.matching._bound_for_approximation`: the English states a bound the
        French does not)."""
        pair = (self, other)
        if Comparator.EXACTLY in pair:
            return (other if self is Comparator.EXACTLY else self) in (Comparator.ABOUT, Comparator.NEARLY, *_STRICT)
        for far, near in ((Comparator.FAR_MORE, Comparator.NEAR_MORE), (Comparator.FAR_LESS, Comparator.NEAR_LESS)):
            if far in pair and (other if self is far else self) in (Comparator.ABOUT, Comparator.NEARLY, near):
                return True
        if Comparator.NEARLY in pair:
            return (other if self is Comparator.NEARLY else self).bound == "lower"
        return bool(self.bound and other.bound and self.bound != other.bound)


_STRICT = frozenset({Comparator.MORE, Comparator.LESS, Comparator.NEAR_MORE, Comparator.FAR_MORE, Comparator.NEAR_LESS,
                     Comparator.FAR_LESS})  # fmt: skip


class Direction(Vocabulary):
    """The change a figure states. A ``Direction`` equals its value as a string."""

    NONE = "none"
    RISE = "rise"
    FALL = "fall"

    def contradicts(self, other: Direction) -> bool:
        """Whether one is a rise and the other a fall."""
        return {self, other} == {Direction.RISE, Direction.FALL}


# --------------------------------------------------------------------------- comparator words

_SP = r"[\s\u00a0\u202f]+"
#: The verbs of passing a level, as the start of a word: before a figure they make it a lower bound.
_PASSING = {"fr": r"(?:dépass|excéd|surpass)", "en": r"exceed(?:s|ed)?|surpass(?:es|ed|ing)?|outstrip(?:s|ped|ping)?"}
#: An English modal or "to" before a bare verb ("will top", "to top").
_MODAL = r"(?:will|would|could|may|might|can|should|must|to|did|does|do)"
#: Words right before a figure, by language: phrase (a regex, spaces as written) -> comparator.
_BEFORE: dict[str, dict[str, Comparator]] = {
    "fr": {
        r"pas plus d[e'’]": Comparator.AT_MOST, r"pas moins d[e'’]": Comparator.AT_LEAST,
        # a strict bound said to be close ("à peine plus de", "guère plus de": "scarcely more than", "just over") or far
        # ("bien plus de", "nettement en dessous de": "well over", "far below")
        r"(?:un peu|légèrement|à peine|guère|tout juste) plus d[e'’]|"
        r"(?:un peu|légèrement|à peine|tout juste) (?:au-dessus d[e'’]|supérieure?s? à)": Comparator.NEAR_MORE,
        r"(?:bien|nettement|largement|beaucoup|très) plus d[e'’]|"
        r"(?:bien|nettement|largement|très) (?:au-dessus d[e'’]|au-delà d[e'’]|supérieure?s? à)": Comparator.FAR_MORE,
        r"(?:un peu|légèrement|à peine|tout juste) moins d[e'’]|"
        r"(?:un peu|légèrement|juste) (?:en dessous d(?:es?|u|['’])|inférieure?s? (?:à|aux))": Comparator.NEAR_LESS,
        r"(?:bien|nettement|largement|beaucoup|très) moins d[e'’]|(?:bien|nettement|largement|très) "
        r"(?:en dessous d(?:es?|u|['’])|en deçà d(?:es?|u|['’])|au-dessous d(?:es?|u|['’])|inférieure?s? (?:à|aux))": Comparator.FAR_LESS,
        r"plus ou moins": Comparator.ABOUT, r"plus d[e'’]": Comparator.MORE, r"moins d[e'’]": Comparator.LESS,
        r"au-delà d[e'’]|au delà d[e'’]|supérieure?s? à|davantage qu[e'’]|au-dessus d[e'’]": Comparator.MORE,
        r"inférieure?s? (?:à|aux)|en deçà d(?:es?|u|['’])|en dessous d(?:es?|u|['’])|au-dessous d(?:es?|u|['’])|"
        r"sous (?:la barre|le seuil|le niveau|la limite|le cap) d(?:es?|u|['’])|"
        # a bare "sous les" is a bound only after a verb of passing or staying, or a copula ("est passé sous les 7 %",
        # "il fait sous les 5 degrés"); "étouffe sous les 40 °C" or "tombé sous les 12 balles" says what weighs or strikes
        r"(?:(?:pass|repass|tomb|retomb|descend|redescend|chut|gliss|plong|recul|rest|maint|demeur)\w*|fait|font|faisait|fera|"
        r"est|sont|était|étaient|sera|seront) (?:\w+ )?sous (?:les|le|la)": Comparator.LESS,
        r"au moins|au minimum|au bas mot|minimum|a minima|(?:au|un) minimum d[e'’]": Comparator.AT_LEAST,
        r"tout au plus|au plus|au maximum|maximum|à peine|tout juste|(?:au|un) maximum d[e'’]": Comparator.AT_MOST,
        # a verb of a ceiling: "plafonne à 2 %", "limitée à 30 km/h" (English "capped at", "limited to", "tops out at")
        r"plafonn\w* (?:à|a)|limitée?s? (?:à|a)": Comparator.AT_MOST,
        # a ceiling or a floor given as the amount ("un plafond de 1 500 euros", "dans la limite de 3 000 euros", "un
        # plancher de 20 heures"), and "au grand maximum"
        r"un plafond d[e'’]|une limite d[e'’]|dans la limite d(?:es?|u|['’])|au grand maximum": Comparator.AT_MOST,
        r"un plancher d[e'’]": Comparator.AT_LEAST,
        # a verb of nearing a level: "frôle les 10 %", "approche les 3 000" (not the noun: "à l'approche des 40 ans")
        r"(?:frôl|(?<!['’])approch)(?:e|es|ent|ait|aient|é|ée|és|ées|er|era|eront|ant) (?:les |la |le |l['’]|des |du )?": Comparator.NEARLY,
        r"avoisin(?:e|es|ent|ait|aient|é|ée|és|ées|er|era|eront) (?:les |la |le |l['’])?": Comparator.ABOUT,
        r"jusqu['’]à|(?:peut|peuvent|pourrait|pourraient|pouvant|pourra|pourront) (?:atteindre|aller jusqu['’]à)": Comparator.UP_TO,
        r"près d[e'’]|presque|quasiment|pratiquement|pas loin d[e'’]|tout près d[e'’]": Comparator.NEARLY,
        r"environ|autour d[e'’]|aux alentours d[e'’]|quelque|"
        r"à peu près|approximativement|de l['’]ordre d[e'’]|grosso modo|avoisinant|environ d[e'’]": Comparator.ABOUT,
        r"exactement|précisément|pile": Comparator.EXACTLY,
        # a verb of passing a level before it is a lower bound ("dépasse les 3 000", "a franchi la barre des 40 %"); negated
        # right after the verb, an upper one ("ne dépassera pas 9 euros")
        rf"{_PASSING['fr']}\w* (?:les |la |le |l['’])?|franchi\w* (?:la barre|le cap|le seuil) d(?:es?|u|['’])": Comparator.MORE,
        rf"{_PASSING['fr']}\w* (?:pas|plus|jamais) (?:les |la |le |l['’])?": Comparator.AT_MOST,
        # "ne devrait guère dépasser 1,8 million" (hardly more than): just over, as "barely exceed"
        rf"(?:guère {_PASSING['fr']}\w*|{_PASSING['fr']}\w* guère) (?:les |la |le |l['’])?": Comparator.NEAR_MORE,
        # a verb of having or reaching negated right before the amount, a strict upper bound ("ne disposaient pas de 3 m²",
        # "n'atteint pas 50 %", "ne compte plus 100 membres" / "less than", "under", "fewer than")
        r"(?:(?:dispos|atteign|atteint|atteindr|compt|pès|pes|mesur|totalis|recueill)\w* (?:pas|même pas|jamais|plus)|"
        r"(?:pas|jamais|plus) (?:atteint|disposé|compté|pesé|mesuré|totalisé|recueilli)e?s?) "
        r"(?:de |d['’]|les |la |le |l['’])?": Comparator.LESS,
    },
    "en": {
        r"no more than|not more than|no greater than|no higher than|not higher than|no bigger than|no larger than|a maximum of|"
        r"at most|at the most|at the very most|(?<!back.)up to|as many as|"
        r"as much as|as high as|barely|scarcely|hardly": Comparator.AT_MOST,  # "barely 40" renders "à peine 40" / "tout juste 40"
        r"no fewer than|no less than|not less than|no lower than|not lower than|no smaller than|a minimum of|at least|at the least|"
        r"at the very least": Comparator.AT_LEAST,
        # a verb pushing an amount up, its particle, then the level reached: "has been pushed up to 109%", "driven up to"
        # (a change to a level, no bound)
        r"(?:push|pushed|pushing|driven|drove|drive|bumped|ratchet(?:ed)?|jacked|revised|marked|nudged|forced|sent) up to": Comparator.NONE,
        # a verb of a ceiling: "capped at 30 km/h", "limited to 2%", "to top out at 0.8%"
        r"capped at|limited to|top(?:s|ped|ping)? out at|max(?:es|ed|ing)? out at": Comparator.AT_MOST,
        # a ceiling or a floor given as the amount ("a cap of 1,500 euros", "a limit of", "a floor of 20 hours")
        r"an? (?:cap|ceiling|limit|upper limit) of": Comparator.AT_MOST, r"an? (?:floor|lower limit) of|at minimum|"
        r"not fewer than": Comparator.AT_LEAST,
        # a phrasal verb of rise, its particle "up", then the level it reached: "picked up to 2.2%", "crept up to 7.6%"
        # (a change to a level, no bound; a base form after a modal may be one: "could climb up to 5%")
        r"(?:pick(?:s|ed|ing)|edg(?:es|ed|ing)|tick(?:s|ed|ing)|inch(?:es|ed|ing)|crept|creep(?:s|ing)|mov(?:es|ed|ing)|"
        r"shot|shoot(?:s|ing)|climb(?:s|ed|ing)|jump(?:s|ed|ing)|ramp(?:s|ed|ing)|stepp(?:ed|ing)|spik(?:es|ed|ing)|"
        r"bounc(?:es|ed|ing)|crawl(?:s|ed|ing)) up to": Comparator.NONE,
        # a comparative of speed, size, weight or age before "than" bounds the figure as "more" or "less" does ("faster than
        # 60 km/h" renders "à plus de 60 km/h", "younger than 16" "de moins de 16 ans")
        r"(?:more|greater|higher|faster|quicker|larger|bigger|heavier|older) than|over|above|in excess of|upwards? of|exceeding|"
        r"beyond|north of": Comparator.MORE,
        r"(?:less|fewer|lower|slower|smaller|lighter|younger|cheaper) than|under|below|short of|shy of|south of": Comparator.LESS,
        # a lack, no bound: "schools were short of 2,400 teachers", "is still short 2,800 educators" (il manquait 2 400)
        r"(?:is|are|was|were|be|been|being|remains?|remained|ran|run|runs|running)(?: still)? short(?: of)?": Comparator.NONE,
        # a strict bound said to be close ("just over", "scarcely more than") or far ("well below", "far more than")
        r"(?:just|slightly|barely|scarcely|hardly|only just|a little|a bit|marginally) (?:more|greater|higher) than|"
        r"(?:just|slightly|marginally|a little|a shade|a touch) (?:over|above)": Comparator.NEAR_MORE,
        r"(?:well|far|much|way|considerably|significantly|substantially|a lot|many) (?:more|greater|higher) than|"
        r"(?:well|far|way) (?:over|above|beyond|in excess of)": Comparator.FAR_MORE,
        r"(?:just|slightly|a little|a bit|marginally) (?:less|fewer|lower) than|"
        r"(?:just|slightly|marginally|a little|a shade|a touch) (?:under|below)": Comparator.NEAR_LESS,
        r"(?:well|far|much|way|considerably|significantly|substantially|a lot|many) (?:less|fewer|lower) than|"
        r"(?:well|far|way) (?:under|below|short of)": Comparator.FAR_LESS,
        r"nearly|almost|close to|just short of|not far off|approaching|nearing|getting on for|the (?:best|better) part of|"
        r"not far short of": Comparator.NEARLY,
        r"about|around|some|roughly|approximately|an estimated|circa|in the region of|"
        r"of the order of|on the order of|around about|more or less|or so": Comparator.ABOUT,
        r"exactly|precisely|just": Comparator.EXACTLY,
        # a verb of passing a level ("exceeded 3,000", "will top 40%", "surpassing 9 euros"): "top" as a verb only, inflected
        # or after a modal or "to" ("the top 10" is a rank); negated, an upper bound ("won't top", "did not exceed" is read
        # as a negated bound)
        rf"(?:barely|scarcely|hardly|only just|just) (?:{_PASSING['en']}|top(?:s|ped|ping)?)": Comparator.NEAR_MORE,
        rf"{_PASSING['en']}|top(?:s|ped|ping)|{_MODAL} top": Comparator.MORE,
        rf"{_MODAL} (?:not|never) top|(?:won|didn|doesn|don|can|couldn|wouldn|shouldn|isn|wasn)['’]t top": Comparator.AT_MOST,
    },
}  # fmt: skip
_AFTER: dict[str, dict[str, Comparator]] = {
    # also after the figure's noun or complement: "300 personnes au moins", "5 ans de prison au plus", "3 semaines de
    # travaux au moins"
    "fr": {r"(?:(?:d(?:e |['’]))?[^\W\d_]+ )?(?:ou plus|et plus|au moins|au minimum|au bas mot)|minimum": Comparator.AT_LEAST,
           r"(?:(?:d(?:e |['’]))?[^\W\d_]+ )?(?:ou moins|au plus|tout au plus|au (?:grand )?maximum)|maximum": Comparator.AT_MOST,
           # "200 bêtes environ", "une heure environ": after the figure's noun too
           r"(?:(?:d(?:e |['’]))?[^\W\d_]+ )?(?:environ|à peu près)(?![^\W\d_])": Comparator.ABOUT},
    # "300 people at least", "5 years in prison at most", "3 weeks at the very least", "10 years minimum" (not "10 euros
    # minimum wage")
    "en": {r"-?plus\b|or more|and more|and over|and above|(?:(?:(?:of|in) )?[^\W\d_]+ )?(?:at least|at the very least|at a minimum)|"
           r"minimum(?![\s\u00a0]+[a-z])": Comparator.AT_LEAST,
           r"or less|or fewer|and under|and below|(?:(?:(?:of|in) )?[^\W\d_]+ )?(?:at most|at the most|at the very most|at a maximum)|"
           r"max(?:imum)?(?![\s\u00a0]+[a-z])|tops\b": Comparator.AT_MOST,
           # "600-odd volunteers", "600 or thereabouts", "600, give or take"
           r"or so|-odd\b|odd(?=[\s\u00a0]+[a-z])|(?:[^\W\d_]+ )?or thereabouts|,? give or take": Comparator.ABOUT},
}  # fmt: skip


_NEGATED_BOUND = {
    "fr": re.compile(r"\b(?:pas|jamais|guère)\b(?:\s+\S+){0,4}\s*$", re.IGNORECASE),
    "en": re.compile(r"\b(?:not|never|cannot|n['’]t)\b(?:\s+\S+){0,3}\s*$", re.IGNORECASE),
}
#: The French "n'" of a negation whose second word stands before it ("Jamais la température n'avait dépassé"): the
#: "n'" and its verb right before the bound, the negative word earlier in the clause.
_NE_BEFORE_BOUND = re.compile(r"\bn['’]\S+(?:\s+\S+)?\s*$", re.IGNORECASE)
_NEGATIVE_WORD_FR = re.compile(r"\b(?:jamais|pas|plus|guère|rien|personne|aucune?|nulle?)\b", re.IGNORECASE)


def _negated_bound(clause: str, lang: str) -> bool:
    """Whether the words before a bound negate it ("ne dépasse pas", "n'a jamais dépassé", "Jamais ... n'avait dépassé",
    "never exceeded")."""
    if _NEGATED_BOUND[lang].search(clause):
        return True
    ne = _NE_BEFORE_BOUND.search(clause) if lang == "fr" else None
    return ne is not None and _NEGATIVE_WORD_FR.search(clause[: ne.start()]) is not None


_FLIPPED = {Comparator.MORE: Comparator.AT_MOST, Comparator.AT_LEAST: Comparator.LESS, Comparator.LESS: Comparator.AT_LEAST,
            Comparator.AT_MOST: Comparator.MORE, Comparator.UP_TO: Comparator.MORE, Comparator.NEAR_MORE: Comparator.AT_MOST,
            Comparator.FAR_MORE: Comparator.AT_MOST, Comparator.NEAR_LESS: Comparator.AT_LEAST,
            Comparator.FAR_LESS: Comparator.AT_LEAST}  # fmt: skip


#: An amount right before a comparative ("7% lower than", "2 points higher than", "300 more than", "2 points supérieur
#: à"): the figure after it is the base of the comparison, not a bound.
_COMPARED_AMOUNT = {
    "fr": re.compile(r"(?<![\w.,])\d[\d.,\s\u00a0\u202f]*(?:%|points?|fois)?[\s\u00a0\u202f]*$", re.IGNORECASE),
    "en": re.compile(r"(?<![\w.,])\d[\d.,]*(?:\s?%|\s?(?:per\s?cent|percent|percentage points?|points?|times)|"
                     r"\s[a-z]{3,12})?\s*$", re.IGNORECASE),
}
#: (or the amount's unit: "35 minutes less than a year ago", "300 people more than last year")
#: A level named by a noun before its amount, in French: "la barre des 3 000", "le seuil de 5 %", "le cap du million".
_LEVEL_NAMED = {"fr": re.compile(r"(?:(?P<de>du|de\s+la|de\s+l['’]|des)|la|le|l['’])\s*"
                                 r"(?:barre|cap|seuil|limite|niveau|palier|plafond|plancher|marque)\s+"
                                 r"(?:des?|du|d['’])\s*$", re.IGNORECASE),
                "en": re.compile(r"(?<![\w'’])the\s+(?:threshold|mark|barrier|level|milestone|line)\s+of\s*$", re.I)}  # fmt: skip
#: The English noun of a level after its amount ("the 60% mark", "the 3% threshold", "the 1,000-vote barrier"), and the
#: article before the amount.
_LEVEL_NOUN_AFTER = re.compile(r"(?:-|\s+)(?:[a-z]+-?\s*)?(?:mark|threshold|barrier|level|line|milestone|ceiling|cap|limit)\b", re.I)
_THE_BEFORE = re.compile(r"(?<![\w'’])the[\s\u00a0]+$", re.IGNORECASE)
#: The verbs of crossing a level named by a noun: a lower bound ("a franchi la barre des", "a passé le cap des", "crossed
#: the 60% mark", "broke the 40-degree barrier").
_CROSSED = {
    "fr": re.compile(r"\b(?:pass|repass|franchi|dépass|crev|brisé|brise|explos|excéd)\w*(?:\s+\w+)?[\s\u00a0]*$", re.IGNORECASE),
    "en": re.compile(r"\b(?:pass|cross|br(?:oke|eak|oken|eaks|eaking)|breach|exceed|surpass|top(?:s|ped|ping))\w*[\s\u00a0]*$", re.I),
}
#: The article of an English number in words ("a hundred", "an eighty-strong"), right before it.
_ARTICLE_BEFORE = re.compile(r"(?<=\s)an?[\s\u00a0]+$", re.IGNORECASE)
#: The comparatives that take such a base: "more / less / fewer / higher / lower / greater than", "supérieur / inférieur à".
_COMPARISON = {
    "fr": re.compile(r"(?:supérieure?s?|inférieure?s?) (?:à|aux?)\s*$", re.IGNORECASE),
    "en": re.compile(r"\b(?:more|less|fewer|higher|lower|greater)\s+than\s*$", re.IGNORECASE),
}


def _compile(table: dict[str, Comparator], before: bool) -> list[tuple[re.Pattern[str], Comparator]]:
    out = []
    for phrase, comparator in table.items():
        body = phrase.replace(" ", _SP)
        pattern = rf"(?:^|[\s(\"«“'’])(?:{body}){_SP[:-1]}*$" if before else rf"^[\s\u00a0\u202f]*(?:{body})(?![\w])"
        out.append((re.compile(pattern, re.IGNORECASE), comparator))
    return out


@lru_cache(maxsize=4)
def _comparator_patterns(lang: str, before: bool) -> list[tuple[re.Pattern[str], Comparator]]:
    return _compile((_BEFORE if before else _AFTER)[lang], before)


#: The numerator of a proportion right before its denominator: "un Français sur 3", "2 élèves sur 10", "1 in 3", "one
#: out of 5". Group ``num``: the numerator, whose bound bounds the proportion ("plus d'un Français sur 3", "fewer than
#: 1 in 3").
_RATIO_NUMERATOR = {
    "fr": re.compile(r"(?<!\w)(?P<num>une?|\d+)\s+(?:[^\W\d_][\w'’-]*\s+){0,3}sur\s+$", re.IGNORECASE),
    "en": re.compile(r"(?<![\w'’])(?P<num>one|\d+)\s+(?:[^\W\d_][\w'’-]*\s+){0,2}(?:in|out\s+of)\s+$", re.IGNORECASE),
}
#: A denominator is a count: a duration, a measure or a rate after it is the span of a total ("plus de 500 emplois sur
#: 3 ans", "more than 12 in 10 days"), no proportion.
_RATIO_NOT_BEFORE = {
    lang: re.compile(rf"[\s\u00a0\u202f]*(?:{_DURATIONS[lang]}|{_UNITS[lang]}|{_PERCENT[lang]})(?![\w])", re.IGNORECASE)
    for lang in ("fr", "en")
}


def read_comparator(text: str, start: int, end: int, lang: str) -> Comparator:
    """The comparator of the figure at ``text[start:end]``, from the words right before or after it.

    "plus de 3 000" -> MORE; "fewer than 3,000" -> LESS; "3,000 or more" -> AT_LEAST; "about 300" -> ABOUT.
    When several phrases end at the figure, the longest wins ("pas moins de" over "moins de"). The denominator of a
    proportion without a bound of its own takes its numerator's ("plus d'un Français sur 3", "fewer than 1 in 3").
    """
    comparator = _read_comparator(text, start, end, lang)
    if comparator is Comparator.NONE:
        ratio = _RATIO_NUMERATOR[lang].search(text[max(0, start - 50) : start])
        bare = re.fullmatch(r"[\d.,'’\s\u00a0\u202f]+|[^\W\d_]+(?:-[^\W\d_]+)*", text[start:end]) is not None
        if ratio is not None and bare and not _RATIO_NOT_BEFORE[lang].match(text, end):
            at = max(0, start - 50) + ratio.start("num")
            return _read_comparator(text, at, at + len(ratio.group("num")), lang)
    return comparator


def _read_comparator(text: str, start: int, end: int, lang: str) -> Comparator:
    """:func:`read_comparator` of the words right around one figure."""
    before = text[max(0, start - 40) : start]
    if lang == "en" and text[start : start + 1].isalpha():
        before = _ARTICLE_BEFORE.sub("", before)  # "more than a hundred", "nearly a thousand": the bound before the article
    found: list[tuple[int, Comparator]] = []
    for pattern, comparator in _comparator_patterns(lang, True):
        m = pattern.search(before)
        if m:
            found.append((len(m.group(0).strip()), comparator))
    level = _LEVEL_NAMED[lang].search(before)
    if lang == "en" and level is None and _LEVEL_NOUN_AFTER.match(text, end):
        level = _THE_BEFORE.search(before)
    if not found and level is not None:
        # a level named by a noun ("dépasse la barre des 3 000", "au-dessus du seuil de 5 %", "passed the 60% mark",
        # "below the 3% threshold"): the bound is read before the noun
        cut = before[: level.start()] + ("de " if level.groupdict().get("de") else "")
        if _CROSSED[lang].search(cut):  # negated, an upper bound ("ne dépasse pas le seuil de 3 %")
            return Comparator.AT_MOST if _negated_bound(cut, lang) else Comparator.MORE
        found = [(len(m.group(0).strip()), comparator)
                 for pattern, comparator in _comparator_patterns(lang, True) if (m := pattern.search(cut + " "))]  # fmt: skip
        length = max(found, key=lambda f: f[0])[0] if found else 0
        before = cut + " " * (len(before) - len(cut))  # the negation is read before the bound, as written
    if found:
        length, comparator = max(found, key=lambda f: f[0])
        said = before.rstrip(" \u00a0\u202f")
        if _COMPARISON[lang].search(said) and _COMPARED_AMOUNT[lang].search(said[: len(said) - length]):
            return Comparator.NONE  # "7% lower than a year earlier": the amount compared, then the base it is compared with
        # a negated bound is the other bound: "ne doit pas être inférieure à 14 cm" is at least 14 cm
        # (the words before the bound itself, the spaces between it and the figure left out: "not cut more than 400")
        clause = _CLAUSE_END.split(text[max(0, start - 80) : start - (len(before) - len(said)) - length])[-1]
        if comparator.bound and _negated_bound(clause, lang):
            return _FLIPPED[comparator]
        return comparator
    after = text[end : end + 25]
    for pattern, comparator in _comparator_patterns(lang, False):
        if pattern.search(after):
            return comparator
    return Comparator.NONE


# --------------------------------------------------------------------------- direction words

#: The French verbs of gain and of loss or cut whose object is the amount ("a gagné 12 points", "a perdu 3 %", "supprime
#: 300 postes"), and the market's verbs of a price's move ("l'action engrange 7 %", "l'indice lâche 40 points",
#: "abandonne 1,2 %"): stems of rise and fall, also read right before the amount (:data:`_GAIN_OR_LOSS`).
_GAIN_STEMS = r"gagn|regagn|engrang|grappill|adjug|repr(?:is|ise|end|ennent|enait|endra)\b"  # "a repris 14 secondes"
_LOSS_STEMS = r"perd(?!ur)|c[éè]d|conc[éè]d|coup[eé]|sabr|supprim|rogn|rabot|lâch|abandonn"
#: More families of rise and fall, by kind, in both languages (each read as the start of a word or a lemma, like
#: :data:`_RISE` and :data:`_FALL`): a size that swells or shrinks ("a grossi", "a enflé", "se sont amenuisées",
#: "s'affaisse", "a dégonflé", "mushroomed", "enlarged", "lessened", "subsided", "deflated"); a fall back to a lower
#: level ("sont retombées", "redescend", "en retrait de", "ebbed", "gave up 2%"); a wearing away ("s'érode", "érosion",
#: "erosion"); a weakening ("a faibli", "a maigri"); a sudden move on a market ("s'est hissée", "essor", "poussée",
#: "embellie", "tanked", "cratered", "dived", "skidded", "escalated"); a cut of an amount ("pared", "curtailed",
#: "shaved", "upped"); and the nouns of a small or a turning move ("uptick", "upswing", "upsurge", "spurt",
#: "downtick", "downswing", "setback", "pullback").
_MORE_RISE = {
    "fr": r"grossi(?:r|t|s|ssent|ssait|ssement)?\b|enfl(?!amm)|hiss|essor|poussées?\b|embelli|rehauss|élargi|avanc|regagn|aggrav|"
    r"amplifi|renforc|étoff|"
    # a size that grows, in every tense of the second group ("a grandi", "grossissaient", "grandira"); a price raised by
    # rule ("revalorisé de 2 %"); a demand pumped up ("dopées par", "boostent", "s'emballent")
    r"grandi(?:r|t|s|e|es|ssent|ssait|ssaient|ssant|ra|ront|rait|raient)?\b|"
    r"grossi(?:e|es|ssaient|ssant|ra|ront|rait|raient)\b|revaloris|dop(?:é|ée|és|ées|er|e|es|ent|ait|aient|era|eront|ant)\b|"
    r"boost|emball|"
    # a pace that quickens, a duration or a gap that lengthens ("a accéléré à 2,3 %", "s'est allongé de 45 minutes")
    r"accél[eéè]r|allong|rallong|prolong",
    # a time won back ("clawed back 14 seconds"), a layer that thickens
    "en": r"claw(?:s|ed|ing)?\b|thicken|"
    r"mushroom(?:s|ed|ing)?\b|enlarg|escalat(?:e|es|ed|ing|ion)\b|upp(?:ed|ing)\b|uptick|upswing|upsurge|spurt|rallying\b|"
    # a currency's gain of value ("appreciated 3%"), a gain won back ("regains 4%"), a gap or a deficit that deepens,
    # a price that spikes
    r"appreciat|regain|deepen|spik(?:e|es|ed|ing)\b|"
    r"recover(?:y|ies|s|ed|ing)?\b|"
    r"bounc(?:e|ed|es|ing)\b|upward\b|"
    r"accelerat|quicken|lengthen|extend(?:s|ed|ing)?\b",
}
_MORE_FALL = {
    "fr": r"faibli|maigri|dégonfl|amenuis|affaiss|retomb|redescend|retraits?\b|érod|érosion|écroul|sombr(?:é|ée|és|ées|er|ent|ait)\b|"
    r"résorb|dégraiss|"
    # a currency or a price lowered by rule ("dévalué", "dévalorisé"); a fall again ("rechute"); a level gone down
    # ("est descendu à"); a pace losing steam or braked ("s'essouffle", "freine"); costs squeezed or cut ("comprimé",
    # "coupe 2 milliards", "taillé dans"); a gap that narrows ("s'est resserré à 2 points"; not the noun "resserrement",
    # a tightening of rates)
    r"dévalu|dévaloris|rechut|descend(?!ant)|taill(?:é|ée|és|ées|er|era|eront|ait|aient|ent|ant)\b|"
    r"resserr(?:é|ée|és|ées|er|e|ent|ait|aient|era|eront|ant)\b|essouffl|frein|comprim|coup(?:e|es|ent|é|ée|és|ées|er|era|eront|ait|aient|ant)\b|"
    # a pace that slows, a duration that shortens, an amount brought down ("a ralenti à 2 %", "ramenée à 3 %")
    r"ralenti|raccourci|écourt|ram[eè]n(?:é|ée|és|ées|er|e|es|ent|ait|aient|ant|era|eront)\b|"
    # a pace that slows down, a yield or a tension that eases ("a décéléré de 0,5 point", "se détendait de 5 points")
    r"décél[ée]r|détend|aminci",
    "en": r"tank(?:ed|ing)\b|crater(?:ed|ing)\b|div(?:e|ed|es|ing)\b|dove\b|skid(?:s|ded|ding)?\b|ebb|lessen|"
    r"subsid(?:e|ed|es|ing)\b|deflat|erosion|downtick|downswing|setback|pullback|par(?:e|es|ed|ing)\b|curtail|"
    r"shav(?:e|ed|es|ing)\b|downward|ax(?:ed|ing)\b|cull(?:ed|ing)\b|"
    # a currency's loss of value ("depreciated", "devalued"), a price that softens, interest that wanes, cuts
    r"depreciat|devalu|soften|wan(?:e|ed|es|ing)\b|sunk\b|cutbacks?\b|"
    r"decelerat|slow(?:s|ed|ing)?\b|slowdown|shorten|quarter(?:ed|ing)\b|"
    # time given up to a rival ("conceded 14 seconds"), a layer that thins
    r"conced(?:e|es|ed|ing)\b|thinn(?:ed|ing)\b|thins\b",
}
#: Words (any inflection: matched as the start of a word or a lemma) that state a rise or a fall; among them the
#: verbs of a currency's or a share's strength ("s'apprécie de", "se raffermit de", "a décollé de", "strengthened",
#: "firmed"; "s'affaiblit de", "s'enfonce de", "weakened").
_RISE = {
    "fr": r"augment|hauss|progress|croî|croiss|croît|crû\b|accroi|accroî|accru|grimp|bond|envol|flamb|mont[ée]|relev|"
    r"major(?!it)|redress|rebond|doubl|tripl|quadrupl|quintupl|décupl|multipli|gain|explos|"
    rf"creus|alourd|renchéri|gonfl|remont|appréci|raffermi|décoll|plus\b|{_GAIN_STEMS}|{_MORE_RISE['fr']}",
    "en": r"ris(?:e|es|en|ing)\b|rose\b|increas|grow|grew|growth|climb(?:s|ed|ing)?\b|jump|gain|soar|surg(?:e|ed|es|ing)\b|"
    r"rocket(?:ed|ing)?\b|rais(?:e|ed|es|ing)\b|lift(?:s|ed|ing)?\b|dearer\b|pricier\b|"
    r"boost|hik(?:e|es|ed|ing)\b|expan|swell|swoll|spike|leap|leapt|doubl|tripl|rebound|advanc|add(?:s|ed|ing)?\b|rall(?:y|ied|ies)\b|widen|"
    rf"quadrupl|skyrocket|balloon(?:s|ed|ing)?\b|up\b|upturn|higher\b|more\b|strengthen|stronger\b|firm(?:ed|ing)\b|multipl(?:y|ied|ies|ying)\b|"
    rf"{_MORE_RISE['en']}",
}
_FALL = {
    "fr": r"baiss|diminu|recul|chut|décro|décru|déclin|rédui|réduc|fléchi|contract|régress|plong|dégringol|tomb|perte|"
    r"abaiss|effondr|repli|gliss|reflu|amput|dévissé|dévisser|enfonc|affaibli|moins\b|"
    r"minor(?:é|ée|és|ées|er|e|ent)\b|divis(?:é|ée|és|ées|er|e|ent)\b|fond(?:u|ue|us|ues|re|ent|ait|aient|ra|ront|rait|raient)\b|effrit|tass|allég|"
    rf"rétréci|amoindri|dépréci|{_LOSS_STEMS}|{_MORE_FALL['fr']}",
    "en": r"fall|fell\b|fallen|declin|drop|decreas|cut\b|cuts\b|cutting|reduc|lower|shrink|shrank|shrunk|slump|plung|slid|"
    r"dip(?:s|ped|ping)?\b|slip(?:s|ped|ping)?\b|tumbl|sink|sank|lose|lost|loss|los(?:es|ing)\b|down\b|downturn|eas(?:e|ed|es|ing)\b|contract(?:ed|ing|ion)\b|diminish|"
    r"dwindl|plummet|retreat|reced|shed|collaps|crash|halv|slash|narrow(?:ed|s|ing)?\b|cheaper\b|trim(?:s|med|ming)?\b|erod|slacken|"
    r"drawdown|drew\s+down|draw(?:s|n|ing)?\s+down|"  # stocks drawn down
    rf"sag(?:s|ged|ging)?\b|nosediv|less\b|fewer\b|weaken|weaker\b|divid(?:e|ed|es|ing)\b|{_MORE_FALL['en']}",
}
#: Words that negate what follows inside the same event: "n'a pas augmenté", "did not rise" (no direction said).
_NEGATION = re.compile(r"\b(?:pas|jamais|not|never|n['’]t|no)\b", re.IGNORECASE)


@lru_cache(maxsize=4)
def _direction_patterns(lang: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    return re.compile(rf"^(?:{_RISE[lang]})", re.I), re.compile(rf"^(?:{_FALL[lang]})", re.I)


#: French words of a direction stem that state none: the adjective of a rolling period ("sur douze mois glissants",
#: "en moyenne glissante"), "rolling" in English.
_NO_DIRECTION_FR = re.compile(r"glissante?s?")


def direction_of_word(word: str, lang: str) -> Direction:
    """The direction a word or lemma states ("augmenté" -> RISE, "fell" -> FALL, "budget" -> NONE).

    A French verb whose stem's "é" or "e" turns "è" before a mute ending ("céder" / "cède", "alléger" / "allège",
    "relever" / "relève") is read by its stem as the infinitive writes it."""
    rise, fall = _direction_patterns(lang)
    word = word.strip().lower()
    if not word or (lang == "fr" and _NO_DIRECTION_FR.fullmatch(word)):
        return Direction.NONE
    forms = [word, word.replace("è", "é"), word.replace("è", "e")] if lang == "fr" and "è" in word else [word]
    for form in forms:
        if rise.match(form):
            return Direction.RISE
        if fall.match(form):
            return Direction.FALL
    return Direction.NONE


_CLAUSE_END = re.compile(r"[,;:()\[\]«»“”\"]|\s(?:et|mais|alors que|tandis que|and|but|while|whereas)\s", re.IGNORECASE)
_WORDS = re.compile(r"[^\W\d_][\w'’-]*")
#: A change stated right after the figure: "7 % de plus", "7% more", "7% higher", "en hausse".
#: The nouns of change, by language: before or after the figure ("une hausse de 7 %", "12 % de recul", "a 7% plunge",
#: "a rise in sales of 7%"). The one vocabulary of them (a noun's direction is read by :func:`direction_of_word`).
_CHANGE_NOUN_WORDS = {
    "fr": "hausse|baisse|augmentation|diminution|progression|recul|repli|chute|bond|croissance|accroissement|réduction|"
    # the nouns of a sudden or a steady move ("une envolée de 7 %", "12 % de dégringolade", "un tassement de 2 %")
    "envolée|flambée|poussée|essor|rebond|redressement|embellie|remontée|dégringolade|plongeon|effondrement|"
    "tassement|érosion|contraction|décrue|fléchissement|affaissement|retrait|effritement|glissement|reflux",
    "en": "rise|increase|jump|gain|hike|growth|surge|boost|climb|spike|leap|upturn|upswing|"
    "fall|drop|decline|decrease|cut|reduction|loss|slump|plunge|slide|dip|tumble|slip|downturn|downswing|"
    # the nouns of a small, a turning or a sudden move ("a 2% uptick", "a 7% rebound", "a 4% setback")
    "uptick|upsurge|rebound|recovery|rally|advance|expansion|spurt|escalation|"
    "downtick|setback|pullback|retreat|contraction|shrinkage|erosion|collapse|crash|nosedive|drawdown",
}
#: English comparatives of size after an amount, by the change they state: "5% bigger", "3 km longer", "10% smaller".
_SIZE_COMPARATIVES = {
    "bigger": Direction.RISE, "larger": Direction.RISE, "greater": Direction.RISE, "longer": Direction.RISE,
    "taller": Direction.RISE, "wider": Direction.RISE, "heavier": Direction.RISE, "faster": Direction.RISE,
    "steeper": Direction.RISE, "costlier": Direction.RISE, "smaller": Direction.FALL, "shorter": Direction.FALL,
    "narrower": Direction.FALL, "lighter": Direction.FALL, "slower": Direction.FALL, "lesser": Direction.FALL,
}  # fmt: skip
_AFTER_DIRECTION = {
    # "7 % de plus", "12 % de hausse", "en baisse", "revu de 0,5 % à la hausse"
    "fr": re.compile(
        rf"^[\s\u00a0\u202f]*(?:(?:de\s+|d['’])(plus|moins|{_CHANGE_NOUN_WORDS['fr']})\b|"
        r"(?:en\s+|à\s+la\s+)?(hausse|baisse|plus|moins)\b)",
        re.I,
    ),
    # "7% more", "7% higher", "7% weaker", and a change noun the figure qualifies: "a 17% rise", "a 3% cut", "a 5-point drop"
    "en": re.compile(
        r"^(?:[\s\u00a0\u202f]*|-point\s+|\s+points?\s+)(?:(more|higher|up|dearer|pricier|stronger|less|lower|down|fewer|cheaper|weaker|"
        rf"{'|'.join(_SIZE_COMPARATIVES)})\b|"
        # "a 7% year-on-year rise": the words between are modifiers of the noun, never a preposition, a possessive or a
        # conjunction ("regains 4% after its fall" states no fall of the 4%)
        r"(?:(?!(?:of|than|to|in|and|or|the|a|an|after|before|since|for|on|at|by|from|with|over|against|during|amid|"
        r"despite|following|its|their|his|her|our|this|that|these|those|as|but|while|when|which|who)\b)[a-z]+(?:-[a-z]+)*\s+){0,2}"
        rf"({_CHANGE_NOUN_WORDS['en']})s?\b)",
        re.I,
    ),
}
#: A span of time ending an English figure, and the noun of change it is the spell of ("two months of decline", "three
#: sessions of gains"), as French writes "deux mois de repli".
_TIME_UNIT_END = re.compile(r"(?:day|week|month|year|quarter|session|season)s?$", re.IGNORECASE)
_SPELL_OF_CHANGE = re.compile(rf"[\s\u00a0]+of[\s\u00a0]+(?:(?:steady|continuous|consecutive|straight|sharp|slight)[\s\u00a0]+)?"
                              rf"({_CHANGE_NOUN_WORDS['en']})s?\b", re.IGNORECASE)
#: A French comparative of size after a figure ("6 % plus élevés", "12 % moins cher", "3 % plus bas"), and a change
#: "de plus" / "de moins" after the figure's noun ("3 000 visiteurs de moins", "18 % de visiteurs de plus"): groups
#: "plus"/"moins", the adjective.
_FRENCH_COMPARATIVE = re.compile(
    r"^[\s\u00a0\u202f]*(?:(plus|moins)\s+(?:(élev|haut|fort|import|cher|nombreu|gros|grand|lourd|long)|"
    r"(bas|faible|petit|léger|légère|court|maigre))\w*|(?:(?:de\s+|d['’]\s*))?[^\W\d_]{3,}\s+(?:de|en)\s+(plus|moins)\b"
    r"(?!\s*(?:de\b|d['’]|des\b|du\b)))",
    re.IGNORECASE,
)
#: The same comparative of size before "de" and the amount: "plus court de 3 km", "moins cher de 5 euros", "plus élevé de
#: 2 %": groups "plus"/"moins", the adjective of a small size.
_FRENCH_COMPARATIVE_BEFORE = re.compile(
    r"\b(plus|moins)\s+(?:(?:élev|haut|fort|import|cher|nombreu|gros|grand|lourd|long|rapide)|"
    r"(bas|faible|petit|léger|légère|court|maigre|lent))\w*\s+(?:de|d['’])\s*$",
    re.IGNORECASE,
)
#: "supérieur de" / "inférieur de" right before the amount: a difference above or below ("inférieure de 9 % à celle
#: de l'an dernier" is "9% lower than last year's"); group: the adjective's stem.
_ABOVE_BELOW_BY = re.compile(r"\b(supérieur|inférieur)(?:e|s|es)?\s+(?:de|d['’])\s*$", re.IGNORECASE)
#: "plus" or "moins" written right before a rate as its sign, in market reports ("termine à plus 1,3 %", "affiche moins
#: 18 %"); not the bounds "au plus", "au moins", "du moins", "pas plus", nor "ni plus ni moins". Group: the word.
_SIGN_WORD = re.compile(r"(?<![\w'’])(?<!\bau\s)(?<!\bdu\s)(?<!\bpas\s)(?<!\bni\s)(?<!\bou\s)(?<!\bnon\s)(?<!\ble\s)(?<!\bla\s)(?<!\bde\s)"
                        r"(plus|moins)\s*$", re.IGNORECASE)  # fmt: skip
_RATE_TEXT = re.compile(r"(?:%|points?|pts?)$", re.IGNORECASE)
#: A market's verb of taking with a rate as its object, no complement after it: "l'indice a pris 2 %", "le titre reprend
#: 4 %" (a gain; "a pris 40 % des voix" takes a share, no change).
_TAKING = re.compile(r"\b(?:re)?(?:prend|prennent|pris|prenait|prenaient|prendra|prendront|prendrait|prendraient)\s*$", re.I)
_TAKEN_OF = re.compile(r"[\s\u00a0\u202f]+(?:de|des|du|d['’]|sur)\b", re.IGNORECASE)
#: An English market's "off" after a copula or a verb of closing or trading ("shares were off 4%", "closed off 0.9%"): a
#: fall; and "put on" ("the index put on 1.5%"): a gain.
_OFF = re.compile(r"\b(?:is|are|was|were|be|been|being|closed?|closes|closing|ended|ends?|ending|finish(?:ed|es|ing)?|"
                  r"trad(?:ed|es|ing|e)|st(?:ood|ands?)|opened|opens?)\s+off\s*$", re.I)  # fmt: skip
_PUT_ON = re.compile(r"\b(?:put|puts|putting)\s+on\s*$", re.I)
#: A French count said to add to what there was, by an adjective after its noun: "300 postes supplémentaires", "12 lits
#: additionnels" (English "300 more jobs", "12 extra beds"), a share of its noun too ("14 % de visiteurs
#: supplémentaires", "14% more visitors"): a rise.
_FRENCH_EXTRA = re.compile(
    r"^[\s\u00a0\u202f]*(?:de\s+|d['’]\s*)?[^\W\d_]{3,}\s+(?:supplémentaires?|additionnel(?:le)?s?)\b", re.IGNORECASE
)
#: A change stated right before the figure: "en hausse de", "une baisse de", "divisé par", "up", "a rise of", "by".
_BEFORE_DIRECTION = {
    # "multipliées par 3", "divisé par 4": a factor
    "fr": re.compile(r"(?:(?:en|une|la|d['’]une|sa|leur|nette|forte)\s+)?(\w+)\s+(?:de|d['’]|par)\s*$", re.I),
    # a verb and its particle "back": "fell back 2%", "cut back by 5%"
    "en": re.compile(r"(\w+)\s+(?:back\s+)?(?:of|by)?\s*$", re.I),
}
#: A noun of change, its complement, then the figure: "une hausse de ses ventes de 7 %", "a rise in its sales of 7%".
_CHANGE_OF_WHAT = {
    "fr": re.compile(r"\b(\w+)\s+(?:de|du|des|d['’])\s*(?:[^\W\d_]+['’]?\s*){1,3}(?:de|d['’])\s*$", re.I),
    "en": re.compile(r"\b(\w+)\s+in\s+(?:[^\W\d_]+\s+){1,3}of\s+$", re.I),
}
#: A level reached by a change, in French: "a augmenté pour atteindre 3 000", "a reculé, passant à 7 %", "a grimpé à 40".
_LEVEL_AFTER_CHANGE = re.compile(
    r"(\w+)\s*,?\s+(?:pour\s+(?:atteindre|s['’]établir\s+à|se\s+situer\s+à|arriver\s+à)|passant\s+à|à)\s*$", re.I
)
#: A French verb of bringing up to a level: "ont été portées à 2 %", "ce qui porte à 40 le nombre de morts" (a rise).
_BROUGHT_TO = re.compile(r"\bport(?:e|ent|é|ée|és|ées|er|era|eront|ait|aient|ant)\s+(?:ainsi\s+)?à\s*$", re.I)
#: The same with a short complement of time between the change and its level: "a plus que doublé en 2023, à 1,8 milliard".
_LEVEL_AFTER_CHANGE_IN_TIME = re.compile(
    r"(\w+)\s+(?:en|sur|depuis|dans)\s+(?:[\w'’-]+\s+){0,2}?[\w'’-]+\s*,?\s+(?:pour\s+atteindre|passant\s+à|à)\s*$", re.I
)
#: The same in English, the level after "to": "eased to 2.3%", "declined markedly to 180,000" (an adverb between), "has
#: been pushed up to 109%" (a particle), "more than halved in 2023, to 1.8 billion" (a complement of time).
_LEVEL_AFTER_CHANGE_EN = re.compile(
    r"\b([a-z]+)(?:\s+[a-z]+ly)?(?:\s+(?:in|on|over|during|last|this|since)\s+(?:[\w-]+\s+){0,2}?[\w-]+)?\s*,?\s+to\s+$", re.I
)
#: A French noun of change as the subject of a verb of level: "le recul des immatriculations atteint 7,5 %", "la hausse
#: est de 3 %"; in English "the rise in prices reached 7%", "the fall was 3%". Group: the noun.
_CHANGE_REACHES = {
    "fr": re.compile(r"\b(\w+)\s+(?:(?:de|du|des|d['’])\s*(?:[^\W\d_]+['’]?\s*){1,3})?(?:atteint|atteignait|atteindra|a\s+atteint|"
                     r"s['’]élève\s+à|s['’]élevait\s+à|s['’]est\s+élevée?\s+à|est\s+de|était\s+de|sera\s+de|a\s+été\s+de|"
                     r"se\s+monte\s+à|se\s+chiffre\s+à|ressort\s+à|représente)\s*$", re.I),
    "en": re.compile(r"\b([a-z]+)\s+(?:in\s+(?:[^\W\d_]+\s+){1,3})?(?:reached|reaches|hit|hits|was|is|stood\s+at|stands\s+at|"
                     r"amounted\s+to|came\s+to|totalled|totaled)\s+$", re.I),
}  # fmt: skip
#: A change going on, then the figure: a verb of going on and the noun of the change ("poursuit sa baisse, avec 678 000
#: naissances", "a accentué son repli à 3 %", "continued its decline, with 678,000") or its verb ("continuent de grimper, à
#: 2 euros", "keep falling, at 2 euros"), or a progressive said to go on ("is still rising: 41,000"). Groups ``noun``
#: (a noun of change) or ``verb`` (any word of change).
_CHANGE_GOES_ON = {
    "fr": re.compile(r"\b(?:poursui|continu|prolong|accentu|confirm|amplifi)\w*\s+(?:(?:sa|son|ses|leur|leurs|la|le|l['’]|une?)\s*"
                     r"(?P<noun>[^\W\d_]+)|(?:de|d['’]|à)\s*(?P<verb>[^\W\d_]+))(?:\s+[^\W\d_]+)?\s*(?:[,:]\s*)?"
                     r"(?:(?:avec|à|de|d['’]|pour\s+atteindre|soit)\s*)?$", re.I),
    "en": re.compile(r"\b(?:(?:continu|extend|prolong|deepen|pursu|resum)\w*\s+(?:its|their|his|her|the|a)\s+(?P<noun>[a-z]+)|"
                     r"(?:(?:continu\w*|keep|keeps|kept|keeping)\s+(?:on\s+)?(?:to\s+)?|still\s+)(?P<verb>[a-z]+))"
                     r"(?:\s+[a-z]+)?\s*(?:[,:]\s*)?(?:(?:with|at|to|of|by)\s+)?$", re.I),
}  # fmt: skip
#: A French change and its amount after a comma: "ont légèrement baissé, de 0,6 %", "l'envolée des prix, de 15 %, ...".
_AMOUNT_AFTER_COMMA = re.compile(r",\s*(?:soit\s+)?d(?:e\s+|['’])$", re.I)
#: A verb of change, its object, then the figure the object changes by or to: "relevait le forfait mensuel à 30 €", "a
#: réduit ses dépenses de 9 %", "raises the monthly fee to €30", "lower the speed limit on ring roads from 90".
_CHANGE_OF_OBJECT = {
    "fr": re.compile(r"\b([^\W\d_]+)\s+(?:le|la|les|l['’]|son|sa|ses|leur|leurs|ce|cet|cette|ces)\s*(?:[^\W\d_]+['’]?\s*){1,4}"
                     r"(?:à|de|d['’])\s*$", re.I),
    # (a headline drops the determiner: "SNB lowers policy rate by 0.25 point")
    "en": re.compile(r"\b([a-z]+)\s+(?:(?P<det>the|its|their|his|her|our|this|that|these|those)\s+)?(?:[a-z'’-]+\s+|(?:19|20)\d\d\s+){1,5}"
                     r"(?:to|from|by)\s+$", re.I),
    # (a year may qualify the object: "cut its 2027 growth forecast by")
}  # fmt: skip


def change_of_object(text: str, lang: str) -> re.Match[str] | None:
    """The verb of change, its object, then the amount's preposition at the end of ``text`` (:data:`_CHANGE_OF_OBJECT`):
    the first reading whose verb states a direction, else the first reading. A headline without determiners ("SNB
    lowers policy rate by") may be read from its first word, a name; its verb comes later."""
    pattern = _CHANGE_OF_OBJECT[lang]
    first = None
    for word in re.finditer(r"\b[^\W\d_]", text):
        m = pattern.match(text, word.start())
        if m is None:
            continue
        if lang == "en" and not m.group("det"):
            object_words = m.group(0).split()[1:-1]
            if any(direction_of_word(w, lang) is not Direction.NONE for w in object_words):
                continue  # "growth slowed to": the verb stands in what would be the object; no headline's object
        if direction_of_word(m.group(1), lang) is not Direction.NONE:
            return m
        first = first or m
    return first


#: The nouns of change that take such a complement.
_CHANGE_NOUNS = {lang: re.compile(rf"^(?:{words})s?$", re.I) for lang, words in _CHANGE_NOUN_WORDS.items()}


#: A determiner right before a word: the word is a noun ("une hausse", "the rise", "its cut").
#: An article or a possessive after a subject pronoun, "ne" or a relative is a clitic ("il les baisse", "qui leur
#: réduit le loyer de 5 %"); a relative or a demonstrative pronoun in English ("a plan that cuts its costs by 5%")
#: determines nothing.
_DETERMINED = re.compile(r"\b(?<!\bil\s)(?<!\bils\s)(?<!\belle\s)(?<!\belles\s)(?<!\bon\s)(?<!\bne\s)(?<!\bqui\s)"
                         r"(?:une?|la|le|les|l['’]|sa|son|ses|leurs?|cette|ce|a|an|the|its|their)\s+$", re.I)  # fmt: skip
#: An English verb of a market's loss with its particle, right before the amount: "gave up 2%", "has given back 40 points".
_GIVE_BACK = re.compile(r"\b(?:give|gives|gave|given|giving)\s+(?:up|back)\s+(?:by\s+)?$", re.I)
#: A French verb of gain or loss right before its amount, with no "de": "a gagné 12 points", "a perdu 3 %", and a verb
#: of cutting whose object is the amount cut: "a sabré 20 % des crédits", "supprime 300 postes".
_GAIN_OR_LOSS = re.compile(rf"\b((?:{_GAIN_STEMS}|{_LOSS_STEMS})\w*)\s*$", re.I)


def _bound_start(before: str, lang: str) -> int:
    """Where the comparator right before a figure begins in ``before`` (its length when there is none): the
    longest phrase of :func:`read_comparator` ("plus de", "more than", "nearly", "environ")."""
    # a phrase after an elided "d'" begins after the apostrophe ("a augmenté d'environ 12 %")
    found = [(m, comparator) for pattern, comparator in _comparator_patterns(lang, True) if (m := pattern.search(before))]
    if any(comparator is Comparator.NONE for _, comparator in found):
        return len(before)  # a phrase that says its "up to" is no bound ("pushed up to")
    starts = [m.start() + (m.group(0)[:1] in "'’") for m, _ in found]
    return min(starts) if starts else len(before)


#: An average said between a change and its amount: "en moyenne de", "de 4 % en moyenne" is after; "by an average of".
_AVERAGE_BEFORE = {
    "fr": re.compile(r"\s+en\s+moyenne\s+(?:de\s+|d['’]\s*)?$", re.IGNORECASE),
    "en": re.compile(r"\s+(?:by\s+)?(?:an\s+average\s+of|on\s+average\s+(?:by\s+)?)\s*$", re.IGNORECASE),
}
#: An amount's difference from a level said after it: "4% above the average", "2 points below its target", "short of".
_RELATIVE_AFTER = re.compile(r"[\s\u00a0\u202f]+(above|below|short\s+of|in\s+excess\s+of|ahead\s+of|behind)\s+(?:the|its|their|his|"
                             r"her|a|an|last|this|that|normal|average|par|expectations|forecasts?|targets?|budget|plan)\b",
                             re.IGNORECASE)  # fmt: skip
#: A French verb of exceeding a level by the amount after it: "a dépassé de 2,7 °C la normale", "excède de 4 % l'objectif".
_EXCEEDED_BY = re.compile(rf"\b{_PASSING['fr']}\w*[\s\u00a0]+(?:\w+[\s\u00a0]+){{0,2}}?de[\s\u00a0]*$", re.IGNORECASE)


#: An English amount taken off ("took two years off", "knocked 5% off"): the verb before the amount, "off" after it.
_TAKEN_OFF = re.compile(r"\s+off\b", re.IGNORECASE)
_TAKING_OFF = re.compile(
    r"\b(?:t(?:ake|akes|aking|ook|aken)|knock(?:s|ed|ing)?|shav(?:e|es|ed|ing)|lop(?:s|ped|ping)?)\b(?:\s+\S+){0,2}\s*$", re.IGNORECASE
)


def read_direction(text: str, start: int, end: int, lang: str, lemmas: Sequence[str] = (), sign: str = "") -> Direction:
    """The change the figure at ``text[start:end]`` states.

    In order: its sign ("+47 %"), the words right after it ("7 % de moins", "7% higher"), the words right
    before it ("en hausse de 7 %", "a drop of 7%", "up 7%"), then ``lemmas``, the events a parse says govern
    it (verb or noun lemmas, nearest first). A negated event ("n'a pas augmenté") states no direction.

    Args:
        text: The sentence.
        start: The figure's first character.
        end: Just past its last character.
        lang: "fr" or "en".
        lemmas: Lemmas of the events governing the figure, nearest first (from a parse), if any.
        sign: The figure's written sign ("+" or "-"), if any.
    """
    if not sign:
        sign = "+" if "+" in (text[start : start + 1], text[start - 1 : start]) else ""
    if sign == "+":
        return Direction.RISE
    if lang == "en" and _TAKEN_OFF.match(text, end) and _TAKING_OFF.search(text[max(0, start - 30) : start]):
        return Direction.FALL  # "took two years off the sentence", "knocked 5% off the price"
    after = _AFTER_DIRECTION[lang].match(text[end : end + 25])
    if lang == "en" and _TIME_UNIT_END.search(text[start:end]):
        spell = _SPELL_OF_CHANGE.match(text, end)
        if spell:  # "after two months of decline" ("après deux mois de repli"): the time a change lasted, and its direction
            return direction_of_word(spell.group(1), lang)
    relative = _RELATIVE_AFTER.match(text, end) if lang == "en" else None
    if relative:  # "4% above the ten-year average", "200,000 tonnes short of the target": a difference, higher or lower
        return Direction.RISE if relative.group(1).lower().split()[0] in ("above", "in", "ahead") else Direction.FALL
    if after:
        word = next(g for g in after.groups() if g)
        if word.lower() in _SIZE_COMPARATIVES and lang == "en":
            return _SIZE_COMPARATIVES[word.lower()]  # "5% bigger", "3 km shorter"
        if word.lower() not in ("plus", "moins") or lang == "en" or after.group(1):  # "7 % de plus", not "7 % plus tard"
            return direction_of_word(word, lang)
    if lang == "fr":
        if _EXCEEDED_BY.search(text[max(0, start - 40) : start]):
            return Direction.RISE  # "a dépassé de 2,7 °C la normale": above the level by the amount
        compared = _FRENCH_COMPARATIVE.match(text[end : end + 40])
        if compared:
            more = (compared.group(1) or compared.group(4)).lower() == "plus"
            return Direction.RISE if more != bool(compared.group(3)) else Direction.FALL
        if _FRENCH_EXTRA.match(text[end : end + 60]):
            return Direction.RISE
        compared = _FRENCH_COMPARATIVE_BEFORE.search(text[max(0, start - 40) : start])
        if compared:  # "plus court de 3 km", "moins cher de 5 euros"
            return Direction.RISE if (compared.group(1).lower() == "plus") != bool(compared.group(2)) else Direction.FALL
        above = _ABOVE_BELOW_BY.search(text[max(0, start - 30) : start])
        if above:  # "inférieure de 9 % à celle de 2022", "supérieurs de 12 %"
            return Direction.RISE if above.group(1).lower().startswith("sup") else Direction.FALL
        rate = _RATE_TEXT.search(text[start:end]) is not None
        signed = _SIGN_WORD.search(text[max(0, start - 20) : start]) if rate else None
        if signed:  # "termine à plus 1,3 %", "affiche moins 18 %"
            return Direction.RISE if signed.group(1).lower() == "plus" else Direction.FALL
        if rate and _TAKING.search(text[max(0, start - 30) : start]) and not _TAKEN_OF.match(text, end):
            return Direction.RISE
    # the change is read before the figure's bound: "a augmenté de plus de 12 %", "rose by nearly 7%"
    before = text[max(0, start - 40) : start]
    before = before[: _bound_start(before, lang)]
    average = _AVERAGE_BEFORE[lang].search(before)
    if average:  # "progresseront en moyenne de 2,5 %", "to rise by an average of 2.5%": the change before the average
        before = before[: average.start()] + (" de " if lang == "fr" else " by ")
    clause = _CLAUSE_END.split(before)[-1]
    words = _WORDS.findall(clause)
    if words:
        last = words[-1].lower()
        if lang == "en" and _GIVE_BACK.search(clause):
            return Direction.FALL  # "gave up 2%", "gave back 3 points": a market's loss, whatever its particle
        if lang == "en" and last in ("up", "down"):
            return direction_of_word(last, lang)
        if lang == "en" and _OFF.search(clause):
            return Direction.FALL  # "shares were off 4%", "closed off 0.9%"
        if lang == "en" and _PUT_ON.search(clause):
            return Direction.RISE  # "the index put on 1.5%"
        m = _BEFORE_DIRECTION[lang].search(clause)
        if m and m.group(1).lower() not in ("more", "less", "plus", "moins", "fewer"):
            found = direction_of_word(m.group(1), lang)
            if found is not Direction.NONE:
                return found
        m = _GAIN_OR_LOSS.search(clause) if lang == "fr" else None
        if m:  # "a gagné 12 points", "perd 3 %", "a cédé 120 points": the amount is the verb's object
            return direction_of_word(m.group(1), lang)
        m = _CHANGE_OF_WHAT[lang].search(clause)
        if m and _CHANGE_NOUNS[lang].match(m.group(1)):
            return direction_of_word(m.group(1), lang)
        m = change_of_object(clause, lang)
        # a verb of change and its object ("cut its staff by 5%", "boost its sales by"), not a noun of change after its
        # determiner ("la hausse les a surpris de 5 %")
        noun = m is not None and _CHANGE_NOUNS[lang].match(m.group(1)) and _DETERMINED.search(clause[: m.start(1)])
        # a verb's particle says the change of its object ("stepped up its output by 25%"); a comparative does not
        if m and m.group(1).lower() not in COMPARATIVES and not noun:
            found = direction_of_word(m.group(1), lang)
            if found is not Direction.NONE:
                return found
    if lang == "fr":
        if _BROUGHT_TO.search(before):
            return Direction.RISE  # "ont été portées à 2 % du PIB", "ce qui porte à 40 le nombre de victimes"
        for level in (_LEVEL_AFTER_CHANGE, _LEVEL_AFTER_CHANGE_IN_TIME):
            m = level.search(before)
            if m and m.group(1).lower() not in PARTICLES:
                found = direction_of_word(m.group(1), lang)
                if found is not Direction.NONE:
                    return found
    else:
        m = _LEVEL_AFTER_CHANGE_EN.search(before)
        # a verb's particle says the change ("pushed up to"); a comparative does not ("more to")
        if m and m.group(1).lower() not in COMPARATIVES:
            found = direction_of_word(m.group(1), lang)
            if found is not Direction.NONE:
                return found
    found = _change_around(text[max(0, start - 80) : start], before, lang, sign)
    if found is not Direction.NONE:
        return found
    found = _level_after_amount(text[max(0, start - 110) : start], lang)
    if found is not Direction.NONE:
        return found
    again = _SAME_CHANGE_AGAIN[lang].search(text, max(0, start - 60), start)
    if again is not None and again.end() == start:
        # "une baisse de 3,5 % ou de 13 500 unités", "rose 3.5%, or 13,500": the amount before states the change
        found = read_direction(text, again.start("amount"), again.end("amount"), lang)
        if found is not Direction.NONE:
            return found
    # an English verb's particle the parse reads ("edged up in May by 3%", "went down sharply by 5%"), not the "up" of a
    # bound "up to"
    particles = lang == "en" and not re.search(r"\bup[\s\u00a0]+to[\s\u00a0]*$", text[max(0, start - 12) : start], re.I)
    for lemma in lemmas:
        if lemma.lower() in ("more", "less", "fewer", "plus", "moins") or (lemma.lower() in ("up", "down") and not particles):
            continue  # comparators and particles, not events
        found = direction_of_word(lemma, lang)
        if found is not Direction.NONE:
            return found
    if sign == "-" and lang == "fr":
        return Direction.FALL
    return Direction.NONE


#: What joins a change and its amount to the level it reached: "a progressé de 4,8 % en novembre pour atteindre 1,97
#: million", "a gagné 1,8 point pour s'établir à 60 %", "a reculé de 2 % et s'élève à 300", "ont augmenté de 10 centimes,
#: passant à 1,90 euro", "rose 4.8% in November to 1.97 million", "dropped 7%, amounting to 22,900", "were up 7% at 3.2
#: billion". Group ``long``: a verb of level (a complement may stand between the amount and it); else a bare "à" / "to"
#: / "at" right after the amount.
_LEVEL_CONNECTOR = {
    "fr": re.compile(r"(?:\s*,\s*|\s+et\s+|\s+)(?:(?P<long>pour\s+(?:atteindre|s['’]établir\s+à|se\s+situer\s+à|se\s+fixer\s+à|"
                     r"arriver\s+à|revenir\s+à|tomber\s+à|culminer\s+à|se\s+hisser\s+à)|atteignant|s['’]établissant\s+à|"
                     r"se\s+situant\s+à|passant\s+à|s['’]établit\s+à|s['’]élève\s+à|s['’]élevant\s+à|atteint|à\s+(?:un\s+)?total\s+de)|"
                     r"à)\s*$", re.I),
    "en": re.compile(r"(?:\s*,\s*|\s+and\s+|\s+)(?:(?P<long>to\s+(?:reach|stand\s+at|hit|end\s+at|close\s+at|settle\s+at)|"
                     r"reaching|standing\s+at|amounting\s+to|to\s+a\s+total\s+of|bringing\s+it\s+to)|to|at)\s+$", re.I),
}  # fmt: skip
#: The amount of a change at the end of the words before such a connector, with its sign, its unit and, before a verb of
#: level, a short complement ("de 4,8 % en rythme annuel en novembre 2017").
_AMOUNT_THEN = re.compile(r"(?<![\w.,])(?P<sign>[+\-−])?\d(?:[\d.,]|[\s\u00a0\u202f](?=\d))*(?:[\s\u00a0\u202f]?(?:%|‰)|"
                          r"[\s\u00a0\u202f]+[^\W\d_]+(?:\s+d['’][^\W\d_]+|\s+de\s+(?:base|pourcentage))?)?"
                          r"(?P<rest>(?:[\s\u00a0\u202f]+[\w'’-]+){0,6}?)\s*$")  # fmt: skip
#: A second amount of the same change, after the first: "une baisse de 3,5 % ou de 13 500 unités", "de 2 % en mai puis
#: de 1 % en juin", "à 8 milliards, puis à 7", "rose 3.5%, or 13,500", "fell 2% in May and by 1% in June". Group
#: ``amount``: the first amount (read for its change).
_SAME_CHANGE_AGAIN = {
    "fr": re.compile(r"(?P<amount>(?<![\w.,])[+\-−]?\d(?:[\d.,]|[\s\u00a0\u202f](?=\d))*(?:[\s\u00a0\u202f]?%|[\s\u00a0\u202f]+points?)?)"
                     r"(?:[\s\u00a0\u202f]+[^\W\d_]+){0,3}?\s*,?\s*(?:(?:ou|soit)\s+(?:de\s+|d['’]|à\s+)?|(?:puis|et)\s+(?:de\s+|d['’]|à\s+))$",
                     re.I),
    "en": re.compile(r"(?P<amount>(?<![\w.,])[+\-−]?\d[\d.,]*(?:\s?%|\s+points?|\s+per\s?cent)?)(?:\s+[a-z]+){0,3}?\s*,?\s*"
                     r"(?:(?:or|i\.e\.|that\s+is)\s+(?:by\s+|to\s+)?|(?:then|and)\s+(?:by\s+|to\s+))$", re.I),
}  # fmt: skip


#: A short complement of time between an amount and a bare "à" / "to": "de 3 % en mai à", "4.8% in May to".
_TIME_COMPLEMENT = re.compile(r"[\s\u00a0\u202f]+(?:en|sur|depuis|dans|au|cette|cet|in|on|over|during|last|this|since)\b", re.I)


def _level_after_amount(wide: str, lang: str) -> Direction:
    """The change of a level reached after a change and its amount (:data:`_LEVEL_CONNECTOR`): the amount's sign ("+30 %
    à 130 millions"), else the nearest word of change before the amount in its clause ("a progressé de 4,8 % ... pour
    atteindre"). ``wide``: the text before the level (110 characters)."""
    m = _LEVEL_CONNECTOR[lang].search(wide)
    if m is None:
        return Direction.NONE
    amount = _AMOUNT_THEN.search(wide, 0, m.start())
    rest = amount.group("rest") if amount is not None else ""
    if amount is None or (rest.strip() and not m.group("long") and not (_TIME_COMPLEMENT.match(rest) and len(rest.split()) <= 3)):
        return Direction.NONE  # a bare "à" / "to" / "at" right after the amount, or after a short complement of time
    if amount.group("sign"):
        return Direction.RISE if amount.group("sign") == "+" else Direction.FALL
    return nearest_change(_CLAUSE_END.split(wide[: amount.start()])[-1], lang, COMPARATIVES, 8)


#: English nouns a noun of change qualifies without stating one ("a growth forecast", "the inflation target").
_MODIFIED_BY_CHANGE = frozenset("forecast forecasts outlook target targets estimate estimates projection projections rate rates "
                                "prospects figure figures".split())


def nearest_change(clause: str, lang: str, skipped: Collection[str], words: int) -> Direction:
    """The direction of the nearest word of change among the last ``words`` of ``clause``, elision taken off
    ("l'envolée des prix"), the words of ``skipped`` passed over."""
    last = _WORDS.findall(clause)[-words:]
    for at in range(len(last) - 1, -1, -1):
        word = re.sub(r"^[a-z]['’]", "", last[at].lower())
        if lang == "en" and at + 1 < len(last) and last[at + 1].lower() in _MODIFIED_BY_CHANGE:
            continue  # "cut its growth forecast by 0.4 point": "growth" names the forecast, the verb states the change
        if word not in skipped:
            found = direction_of_word(word, lang)
            if found is not Direction.NONE:
                return found
    return Direction.NONE


def _change_around(wide: str, before: str, lang: str, sign: str) -> Direction:
    """The change stated of a figure a little further off: by a noun of change as the subject of a verb of level ("le
    recul ... atteint 7,5 %"), by a change going on (:data:`_CHANGE_GOES_ON`: "poursuit sa baisse, avec 678 000", "keep
    falling, at"), or, in French, by a change and its amount after a comma ("ont baissé, de 0,6 %"). ``wide`` is the
    text before the figure (80 characters), ``before`` its last 40 without the figure's bound."""
    m = _CHANGE_REACHES[lang].search(before)
    if m and _CHANGE_NOUNS[lang].match(m.group(1)) and sign != "-":
        return direction_of_word(m.group(1), lang)
    m = _CHANGE_GOES_ON[lang].search(before)
    said = (m.group("noun") if _CHANGE_NOUNS[lang].match(m.group("noun") or "") else m.group("verb")) if m else None
    if said and said.lower() not in PARTICLES:
        found = direction_of_word(said, lang)
        if found is not Direction.NONE:
            return found
    if lang == "fr" and _AMOUNT_AFTER_COMMA.search(before):
        # the nearest word of change of the clause before the comma, elision taken off ("l'envolée des prix")
        return nearest_change(_CLAUSE_END.split(wide[: wide.rstrip().rfind(",")])[-1], lang, PARTICLES, 6)
    return Direction.NONE


# --------------------------------------------------------------------------- the fact type


@dataclass(frozen=True)
class FigureFact:
    """What one figure of a sentence says, in its own language (one type for French and English).

    Attributes:
        figure: The figure (offsets in its sentence).
        comparator: The bound it is stated with.
        direction: The change it states.
        noun: The lemma of the noun it counts ("réseau", "network"), lowercased; "" when none was read.
        noun_text: That noun as written, with its modifiers ("réseaux criminels", "criminal networks").
        event: The lemma of the event that governs it ("démanteler", "dismantle"), "" when none.
        event_text: The event as written, negation kept ("ne possèdent pas", "did not rise").
        negated: The event is negated.
        clause: ``(start, end)`` token offsets (end excluded) of the figure's clause in the parse; ``(0, 0)``
            without a parse.
        clause_chars: The same clause as character offsets in the sentence.
        parsed: Read from a parse (``False``: from the words around the figure only).
        lemmas: The lemmas of the events met from the figure up to its verb, nearest first (how its direction
            was read).
    """

    figure: Figure
    comparator: Comparator = Comparator.NONE
    direction: Direction = Direction.NONE
    noun: str = ""
    noun_text: str = ""
    event: str = ""
    event_text: str = ""
    negated: bool = False
    clause: tuple[int, int] = (0, 0)
    clause_chars: tuple[int, int] = (0, 0)
    parsed: bool = False
    lemmas: tuple[str, ...] = field(default=(), compare=False)


def _sign(sentence: str, figure: Figure) -> str:
    """The written sign of a figure: "+47 %" -> "+", "-1,1 %" -> "-" (inside its text, or glued right before it)."""
    first = figure.text.lstrip()[:1]
    if first == "+" or sentence[figure.start - 1 : figure.start] == "+":
        return "+"
    glued = sentence[figure.start - 1 : figure.start] in ("-", "−") and sentence[figure.start - 2 : figure.start - 1] in (" ", "")
    if (first and first in "-−") or glued:
        return "-"
    return ""


def how_often(english_noun: str) -> bool:
    """Whether an English word after a count says how often or how much more, no thing counted: "shot three times",
    "five times as many"."""
    return english_noun.lower() in ("time", "times")


def word_facts(sentence: str, figures: Sequence[Figure], lang: str) -> list[FigureFact]:
    """Facts from the words around each figure only (no parse): comparator, direction, and as the counted noun
    the word right after the figure when the figure reader took it for one (``Figure.noun``), or for a measure what
    it measures (:func:`_measured`); no event."""
    out = []
    for figure in figures:
        if figure.kind not in MEANING_KINDS:
            out.append(FigureFact(figure))
            continue
        noun = _counted_noun(sentence, figure, lang)
        noun_text = _written_noun(sentence, figure) if lang == "fr" else _english_written_noun(sentence, figure)
        if lang == "en" and how_often(noun):
            noun = noun_text = ""
        if not noun and figure.kind == Kind.MEASURE:
            noun, noun_text = _measured(sentence, figure, lang)
        if lang == "fr":
            noun, noun_text = _held_noun(sentence, figure, noun, noun_text)
        out.append(
            FigureFact(
                figure,
                comparator=read_comparator(sentence, figure.start, figure.end, lang),
                direction=read_direction(sentence, figure.start, figure.end, lang, sign=_sign(sentence, figure)),
                noun=noun,
                noun_text=noun_text,
            )
        )
    return out


#: What a measure is of, right after it with a bare "de" / "of" (no article: "à 30 km de la ville" says where):
#: "900 kilos de résine de cannabis", "70 km de plages", "900 kilos of cocaine", "70 km of sandy beaches".
_MEASURED = {
    "fr": re.compile(r"[\s\u00a0\u202f]+(?:de|d['’])\s*((?-i:[a-zà-ÿœæ])[\w-]{2,})(?![\w'’])"
                     r"(?:[\s\u00a0\u202f]+(?:de|d['’])\s*((?-i:[a-zà-ÿœæ])[\w-]{2,})(?![\w'’]))?"),
    "en": re.compile(r"[\s\u00a0\u202f]+of\s+((?-i:[a-z])[\w-]{2,})(?![\w'’])(?:\s+((?-i:[a-z])[\w-]{2,})(?![\w'’]))?"),
}  # fmt: skip


def _measured(sentence: str, figure: Figure, lang: str) -> tuple[str, str]:
    """The noun a measure is of and its compound as written ("900 kilos de résine de cannabis" -> ("résine", "résine
    de cannabis"); "70 km of sandy beaches" -> ("beaches", "")), ``("", "")`` when none: read as a counted noun."""
    m = _MEASURED[lang].match(sentence, figure.end)
    if m is None or m.group(1).lower() in _LABEL_STOP[lang] | PARTICLES:
        return "", ""
    first, second = m.group(1), m.group(2) or ""
    if lang == "fr":
        compound = f"{first} de {second}" if second and second.lower() not in _LABEL_STOP["fr"] else ""
        return first, compound if compound_complement(compound) else ""
    # an adjective before a plural: "of sandy beaches"
    if second and looks_plural(second) and not looks_plural(first) and second.lower() not in _LABEL_STOP["en"]:
        return second, ""
    return first, ""


#: The French adjectives that stand before the noun they qualify (age, size, goodness, beauty, rank: "deux jeunes
#: enfants", "trois grandes villes", "les deux autres"), singular and masculine, without accents.
_PRENOMINAL = frozenset("jeune vieux vieil vieille petit grand gros grosse nouveau nouvel nouvelle beau bel belle bon bonne "
                        "mauvais mauvaise long longue haut haute autre premier premiere dernier derniere seul seule vrai vraie "
                        "joli jolie ancien ancienne meilleur meilleure pauvre".split())  # fmt: skip
#: English plurals without a final -s that a figure counts ("two young children").
_IRREGULAR_PLURALS = frozenset("children people men women police staff feet teeth mice geese cattle".split())
_NEXT_WORD = re.compile(r"[\s\u00a0\u202f]+([^\W\d_][\w'’-]*)")
#: An English adverb of manner or degree ("locally", "seriously", "newly"), read before the word it qualifies; and the
#: English nouns in "-ly" a figure may count ("12 family members" reads "members" as a plural anyway).
_ADVERB = re.compile(r"[a-z]{4,}ly", re.IGNORECASE)
_LY_NOUNS = frozenset("family assembly supply rally ally monopoly anomaly italy july butterfly jelly belly bully".split())


#: English nouns of persons at large and the states after them that say what is counted: "12 people dead", "40 people
#: injured", "300 people homeless" count the dead, the injured, the homeless (read so by both English readers).
PEOPLE_AT_LARGE = frozenset("people persons person individuals".split())
STATES_OF_PERSONS = frozenset(
    "dead injured killed wounded hurt missing displaced homeless evacuated infected hospitalised hospitalized arrested detained "
    "unemployed jobless".split()
)


def looks_plural(word: str) -> bool:
    """Whether an English word is written as a plural noun ("telescopes", "children"), as the noun of a count is."""
    word = word.lower()
    return word in _IRREGULAR_PLURALS or (word.endswith("s") and not word.endswith(("ss", "us")) and len(word) > 3)


def _counted_noun(sentence: str, figure: Figure, lang: str) -> str:
    """The noun a figure counts, read from the words after it: the word the figure reader took (``Figure.noun``), or
    the word after it when that one qualifies it: a French adjective placed before its noun ("deux jeunes enfants",
    "quatre nouveaux lycées"), an English word that is not a plural before a plural ("two young children", "40
    exhausted hikers"), a name among them ("two Tesla cars"); or the plural after two English modifiers ("4 new high
    schools"), or an adverb and the word it qualifies ("48 locally acquired cases", "4 seriously injured")."""
    noun = figure.noun
    if not noun:
        return noun
    at = sentence.lower().find(noun.lower(), figure.end)  # the reader's word may be lowercased ("Keck" -> "keck")
    following = _NEXT_WORD.match(sentence, at + len(noun)) if 0 <= at <= figure.end + 12 else None
    if following is None or not following.group(1).islower():
        return noun
    after = following.group(1)
    if lang == "fr":
        prenominal = singular(noun) in _PRENOMINAL or fold_word(noun) in _PRENOMINAL or fold_word(noun).rstrip("sx") in _PRENOMINAL
        # a word of grammar is no noun ("les deux autres ont", "deux grands de ce monde")
        qualifies = prenominal and after.lower() not in _LABEL_STOP["fr"] and after.lower() not in ("de", "des", "du")
    else:
        if noun.lower() in PEOPLE_AT_LARGE and after.lower() in STATES_OF_PERSONS:
            return after  # "12 people dead": the dead are counted
        plural = looks_plural(after)
        # a lowercase modifier or a name ("two young children", "two Keck telescopes", "40 Airbus jets"), not a plural
        qualifies = (plural and not noun.endswith("s") and noun.lower() not in _IRREGULAR_PLURALS) or _own_plural_modifier(noun, after)
        then = _NEXT_WORD.match(sentence, following.end()) if not plural else None
        third = then.group(1) if then is not None and then.group(1).islower() and looks_plural(then.group(1)) else ""
        if not qualifies and _ADVERB.fullmatch(noun) and noun.lower() not in _LY_NOUNS:
            # an adverb and the word it qualifies: "48 locally acquired cases" counts "cases", "4 seriously injured" the
            # injured
            return third or after
        if not qualifies and third and noun.islower() and not looks_plural(noun) and third.lower() not in _LABEL_STOP["en"]:
            # two modifiers before a plural: "4 new high schools", "350 social housing units"
            if not {noun.lower(), after.lower()} & _LABEL_STOP["en"]:
                return third
    return after if qualifies else noun


def _own_plural_modifier(noun: str, after: str) -> bool:
    """Whether an English noun that is its own plural ("staff", "police", "women") is the modifier of the plural noun
    after it, one the lexicon of counted nouns knows ("12 staff members", "40 police officers", "30 women doctors"):
    that plural is what is counted."""
    word = after.lower()
    known = singular(word) in _ENGLISH_KNOWN or word in _ENGLISH_KNOWN
    return noun.lower() in _IRREGULAR_PLURALS and looks_plural(word) and word not in _LABEL_STOP["en"] and known


def _english_written_noun(sentence: str, figure: Figure) -> str:
    """The English noun read after a figure with its modifier where the modifier is a noun that is its own plural ("12
    staff members"); "" otherwise (the noun alone says as much)."""
    noun = _counted_noun(sentence, figure, "en")
    return f"{figure.noun} {noun}" if noun != figure.noun and _own_plural_modifier(figure.noun, noun) else ""


def _written_noun(sentence: str, figure: Figure) -> str:
    """The French noun read after a figure, with the complement of a compound ("3 projets de loi" -> "projets de
    loi"); "" when it has none (the noun alone says no more than ``Figure.noun``)."""
    if not figure.noun:
        return ""
    noun = _counted_noun(sentence, figure, "fr")
    if noun != figure.noun:
        return f"{figure.noun} {noun}"  # "jeunes garçons": the adjective kept, for what it says of the noun
    # the complement as a word, without its punctuation ("salariés de l'usine." is no compound)
    compound = rf"\W*(?:(?:de|d['’])\s*)?({re.escape(figure.noun)}\s+(?:de|d['’])\s*[^\W\d_]+)"
    m = re.match(compound, sentence[figure.end : figure.end + 80], re.I)
    return m.group(1) if m and compound_complement(m.group(1)) else ""


#: Comparatives, in both languages: before a number they state a bound or a comparison ("plus de 5 points", "more than
#: 5 points", "lower than 3%"), no change. The one vocabulary of them (:mod:`.context` and :mod:`.matching` use it).
COMPARATIVES = frozenset("plus moins more less fewer higher lower".split())
#: The comparatives and the particles of phrasal verbs ("went up", "came down"): words that state a change only in
#: their place right next to the amount ("up 7%", "7% more"), never as the event of a clause.
PARTICLES = COMPARATIVES | {"up", "down"}


#: An English phrasal verb of change, its particle the change ("edged up", "went down", "ticked up", "moved down").
_PHRASAL_CHANGE = re.compile(r"\b(?:edg|tick|inch|cre(?:ep|pt)|mov|go|goes|went|gone|going|com(?:e|es|ing)|came|sho(?:ot|t)|pick|"
                             r"climb|jump|step|push|driv|drove|bring|brought|mark|revis|scal|wound|wind|drift|trend|head|ratchet|"
                             r"notch|nudg|bump|ramp|crank|eas)\w*\s+(?:up|down)\b(?!\s+to\b)", re.IGNORECASE)  # fmt: skip


def states_a_change(sentence: str, lang: str) -> bool:
    """Whether a sentence holds a word of rise or fall ("augmenté", "baisse", "fell", "growth"), comparatives aside, or
    an English phrasal verb of change ("edged up", "went down")."""
    if lang == "en" and _PHRASAL_CHANGE.search(sentence):
        return True
    return any(w.lower() not in PARTICLES and direction_of_word(w, lang) is not Direction.NONE for w in _WORDS.findall(sentence))


#: A French verb before a noun and its determiner: "ralentissait la progression", "freine sa hausse".
_VERB_BEFORE_NOUN = r"([^\W\d_]+)[\s\u00a0]+(?:la|le|les|l['’]|sa|son|ses|leur|leurs|cette|ce|cet)[\s\u00a0]*"


def _change_of_a_change(sentence: str, event: str) -> Direction | None:
    """The direction of a verb of change whose object is the figure's noun of change ("ralentissait la progression":
    FALL), or None where the event is no noun of change or no such verb governs it."""
    if not event or not _CHANGE_NOUNS["fr"].match(event):
        return None
    m = re.search(_VERB_BEFORE_NOUN + re.escape(event) + r"\b", sentence, re.IGNORECASE)
    found = direction_of_word(m.group(1), "fr") if m else Direction.NONE
    return None if found is Direction.NONE or m is None or m.group(1).lower() in PARTICLES else found


#: Between a part and its whole: "7 des 27", "3 d'entre les 12", "2 sur les 9".
_PARTITIVE = re.compile(
    r"[\s\u00a0]+(?:des|d['’]entre(?:[\s\u00a0]+les)?|de[\s\u00a0]+ces|sur(?:[\s\u00a0]+les)?)[\s\u00a0]+", re.IGNORECASE
)
#: French nouns of a quantity itself, never what a figure counts: "au nombre de 23", "9 % du total", "le chiffre de 40".
_QUANTITY_NOUNS = frozenset({"nombre", "total", "chiffre", "montant", "somme", "ensemble", "quantité"})


#: The noun written right after a French count ("200 voix"), or after a percentage and its "de" ("50,3 % des suffrages").
_WRITTEN_AFTER = {
    Kind.COUNT: re.compile(r"[\s\u00a0]+([^\W\d_]{3,})\b"),
    Kind.PERCENT: re.compile(r"[\s\u00a0]+(?:des|de|du|d['’])[\s\u00a0]*([^\W\d_]{3,})\b", re.IGNORECASE),
}
#: The noun a fraction qualifies, right before it: "une majorité des trois cinquièmes", "la moitié des deux tiers".
_HELD_BY = re.compile(r"\b([^\W\d_]{4,})[\s\u00a0]+(?:des|de|d['’])[\s\u00a0]*$", re.IGNORECASE)


def _held_noun(sentence: str, figure: Figure, noun: str, noun_text: str) -> tuple[str, str]:
    """A French fraction qualifying the noun before it ("une majorité des trois cinquièmes du Parlement") counts that
    noun, where the lexicon knows it and not the one read after; else the noun read."""
    held = _HELD_BY.search(sentence, 0, figure.start) if figure.unit == "fraction" else None
    if held and _entry(held.group(1)) is not None and (not noun or _entry(noun) is None):
        return held.group(1).lower(), held.group(1)
    return noun, noun_text


#: The nouns of weather that fall ("les pluies tombées", "la neige est tombée", "snow fell"): a verb of falling after
#: them tells the weather, no figure's fall.
_WEATHER_NOUNS = re.compile(
    r"\b(?:pluies?|neiges?|grêles?|grêlons?|précipitations?|averses?|flocons?|trombes?\s+d['’]eau|cendres?|"
    r"rain|rains|rainfall|snow|snowfall|hail|hailstones?|showers?|ash)\b(?:\s+[^\W\d_]+){0,2}\s+(?:(?:est|sont|a|ont|was|were|had)\s+)?$",
    re.IGNORECASE,
)


def weather_falls(sentence: str, event_text: str, lemma: str) -> bool:
    """Whether a figure's event is a verb of falling told of the weather ("après les pluies tombées", "where snow fell")."""
    if lemma not in ("tomber", "retomber", "fall") or not event_text:
        return False
    at = sentence.find(event_text)
    return at > 0 and bool(_WEATHER_NOUNS.search(sentence[max(0, at - 60) : at]))


@lru_cache(maxsize=2048)
def _french_facts(sentence: str, figures: tuple[Figure, ...]) -> tuple[FigureFact, ...]:
    from .. import facts as french

    read = french.read_facts(sentence, figures)
    out = []
    for fact in read:
        figure = fact.figure
        if figure.kind not in MEANING_KINDS:
            out.append(FigureFact(figure, parsed=True))
            continue
        lemmas = tuple(w for w in (fact.event_lemma,) if w and not weather_falls(sentence, fact.event, w))
        direction = read_direction(sentence, figure.start, figure.end, "fr", lemmas, _sign(sentence, figure))
        noun, noun_text = fact.noun_lemma.lower(), fact.noun
        after = _WRITTEN_AFTER.get(figure.kind)
        written = after.match(sentence, figure.end) if after is not None else None
        if written and _entry(written.group(1)) is not None and not noun_text.startswith(written.group(1)):
            # the parse hung the count elsewhere ("moins de 200 voix d'avance" read as the mayor's, "50,3 % des suffrages
            # exprimés" as the mayor's): the noun the lexicon knows, written right after it, is what it counts
            noun, noun_text = written.group(1).lower(), written.group(1)
        noun, noun_text = _held_noun(sentence, figure, noun, noun_text)
        if noun in _QUANTITY_NOUNS:
            # "le nombre de cambriolages": what the quantity is of; "au nombre de 23": nothing said
            complement = compound_complement(noun_text)
            noun, noun_text = (complement.lower(), complement) if complement else ("", "")
        if direction is not Direction.NONE and _change_of_a_change(sentence, fact.event) not in (None, direction):
            direction = Direction.NONE  # "ralentit la progression", "freine la baisse": a change of a change states neither
        out.append(
            FigureFact(
                figure,
                comparator=read_comparator(sentence, figure.start, figure.end, "fr"),
                direction=direction,
                noun=noun,
                noun_text=noun_text,
                event=fact.event_lemma,
                event_text=fact.event,
                negated=bool(_NEGATION.search(fact.event)),
                parsed=True,
                lemmas=lemmas,
            )
        )
    # "7 des 27 États membres": a part counts what its whole counts
    for i in range(len(out) - 1):
        part, whole = out[i], out[i + 1]
        if whole.noun and part.noun != whole.noun and _PARTITIVE.fullmatch(sentence[part.figure.end : whole.figure.start]):
            out[i] = replace(part, noun=whole.noun, noun_text=whole.noun_text)
    return tuple(out)


def french_facts(sentence: str, figures: Sequence[Figure]) -> list[FigureFact]:
    """The facts of a French sentence's figures, from the French parse (:func:`summarizer.facts.read_facts`).

    Cached per sentence and figures (the check reads the same French against several English candidates).

    Raises:
        ImportError: spaCy or its French model is not installed (callers fall back to :func:`word_facts`).
    """
    cached = _french_facts(sentence, tuple(figures))
    # the cache holds equal figures, not these objects: each fact is given back the caller's own figure
    return [fact if fact.figure is figure else replace(fact, figure=figure) for fact, figure in zip(cached, figures)]


# --------------------------------------------------------------------------- nouns across languages

#: The nouns news figures count, French lemma -> English lemmas: the classes of :data:`~.lexicon._COUNTED_NOUNS` joined.
_NOUNS: dict[str, tuple[str, ...]] = {noun: english for entries in _COUNTED_NOUNS.values() for noun, english in entries.items()}
_ENGLISH_KNOWN = frozenset(e for values in _NOUNS.values() for e in values)
_FOLDED_NOUNS = {fold_word(k): v for k, v in _NOUNS.items()}
#: The French nouns of persons (and of casualties), folded: the ones a feminine form stands for ("joueuses", "blessées").
_PERSONS = frozenset(fold_word(k) for c in ("people", "publics", "occupations", "conflict", "casualties") for k in _COUNTED_NOUNS[c])
#: French feminine endings of nouns of persons and their masculine ("joueuse" -> "joueur", "actrice" -> "acteur",
#: "lycéenne" -> "lycéen", "ouvrière" -> "ouvrier", "sportive" -> "sportif", "étudiante" -> "étudiant"), folded.
_FEMININE = (("euse", "eur"), ("rice", "eur"), ("enne", "en"), ("iere", "ier"), ("ere", "er"), ("ive", "if"), ("e", ""))


#: The English of a person's sex, that a French feminine noun of a person may be rendered by ("lycéennes" / "girls").
_FEMALE = ("woman", "women", "girl", "female")


def _french_forms(french: str) -> tuple[str, ...]:
    """The folded forms a French noun is looked up by, in order: its singular, the word as written, the word without a
    final "s" or "x", each part of a compound singular ("sages-femmes" -> "sage-femme"), a borrowed word's English
    plural ("matches", "sandwiches": "match")."""
    french = fold_word(french)
    parts = "-".join(singular(part) for part in french.split("-"))
    return singular(french), french, re.sub(r"(?<=\w{3})[sx]$", "", french), parts, re.sub(r"(?<=\w{2}(?:ch|sh))es$", "", french)


def _entry(french: str) -> tuple[str, ...] | None:
    """The renderings the lexicon gives a French noun (lemma or as written; folded): its singular, the word as
    written, the word without a final "s" or "x"; else, for a feminine noun of a person, its masculine entry
    ("joueuses" -> "joueur", "avocates" -> "avocat", "blessées" -> "blessé"). ``None`` when unknown."""
    forms = _french_forms(french)
    entry = next((_FOLDED_NOUNS[form] for form in forms if form in _FOLDED_NOUNS), None)
    if entry is not None:
        return entry
    one = forms[0]
    for end, masculine in _FEMININE:
        if one.endswith(end) and len(one) - len(end) >= 3 and (key := one[: -len(end)] + masculine) in _PERSONS:
            return _FOLDED_NOUNS[key] + _FEMALE  # "900 lycéennes" may be "900 girls"
    return None


#: English plurals in "-es" after a sibilant or an "o", whose singular drops the "es" ("churches", "bushes", "boxes",
#: "classes", "buses", "quizzes", "heroes"): the shared rule of :func:`~summarizer.words.singular` would leave an "e".
_SIBILANT_PLURAL = re.compile(r"(?<=\w\w)(?:ch|sh|x|ss|s|z|o)es$")


def english_singulars(english: str) -> tuple[str, ...]:
    """The folded forms an English noun's singular may take, the word as written first: the shared rule's
    (:func:`~summarizer.words.singular`), a sibilant plural without its "es" ("branches" -> "branch", "taxes" ->
    "tax"), a plural in "-ves" with "-fe" or "-f" ("wives" -> "wife", "wolves" -> "wolf"), in "-ies" with "-y". Each is a candidate, looked
    up in a lexicon or compared with another word: "-ves" and "-ses" are also plain plurals ("olives", "houses")."""
    word = fold_word(english).strip()
    forms = [word, singular(word)]
    if _SIBILANT_PLURAL.search(word):
        forms.append(word[:-2])
    if word.endswith("ves") and len(word) > 4:
        forms += [word[:-3] + "fe", word[:-3] + "f"]
    if word.endswith("ies") and len(word) >= 5:
        forms.append(word[:-3] + "y")  # a short "-ies" plural the shared rule keeps: "tries" -> "try", "spies" -> "spy"
    return tuple(dict.fromkeys(forms))


def _closed_compound(english: str, renderings: Sequence[str]) -> bool:
    """Whether an English noun is a compound written as one word whose head, its last part, is one of ``renderings``
    (four letters or more, three or more left before it): "jobseeker" ends with "seeker", "steelworkers" with
    "workers". A word that only begins with a rendering is another noun ("deadline" is no "dead"), and one the
    lexicon gives another French noun is that noun ("airport" is no "port", "warehouse" no "house")."""
    if english in _ENGLISH_KNOWN:
        return False
    return any(len(form) >= 4 and len(english) - len(form) >= 3 and english.endswith(form)
               for form in renderings if form.isalpha())  # fmt: skip


def same_noun(french: str, english: str, translations: Mapping[str, str] | None = None) -> bool | None:
    """Whether a French counted noun (lemma) and an English one name the same thing; ``None`` when unknown.

    Through ``translations`` (French lemma -> the model's English for it, from the run's one batch) first,
    then the lexicon of counted nouns, then shared spelling. Unknown (no translation, neither word in the
    lexicon, no shared spelling) is ``None``: callers never raise an alarm on it.
    """
    if not french or not english:
        return None
    french, english = fold_word(french), fold_word(english)
    folded = {singular(k): v for k, v in (translations or {}).items()}
    known = (translations or {}).get(french) or folded.get(french) or folded.get(singular(french))
    forms = english_singulars(english)
    if known:
        words = {form for w in re.findall(r"[a-z]+", fold_word(known)) for form in english_singulars(w)}
        if words.intersection(forms) or any(cognate(w, english) for w in words if len(w) > 3):
            return True
    if cognate(french, english):
        return True
    # the French singular as written: "galaxies" is "galaxie" (the English rule would make it "galaxy")
    entry = _entry(french)
    if entry is not None and any(form in entry for form in forms):
        return True  # the translation is one word; the lexicon knows its synonyms ("injured", "wounded")
    if entry is not None and any(_closed_compound(form, entry) for form in forms):
        return True  # "demandeurs" / "jobseekers", "enfants" / "schoolchildren": one English word for a noun and its kind
    if known:
        return False
    if entry is not None:
        return False if any(form in _ENGLISH_KNOWN for form in forms) else None
    return None


#: A French compound noun "N de N" as written: the head, then its bare complement ("projets de loi", "taux de chômage",
#: "permis de conduire"), a lowercase word that is no word of grammar (a capital is a name: "habitants de Lyon"); a
#: complement after an article is a thing of its own ("salariés de l'usine"), no compound.
_COMPOUND = re.compile(r"^\s*([^\W\d_]+)\s+(?:de|d['’])\s*((?-i:[^\W\d_A-ZÀ-Ý][^\W\d_]{2,}))\b", re.I)


#: A French person noun said young ("jeunes filles", "jeune homme"), and the English nouns of age that render one.
_YOUNG = re.compile(r"^\s*jeunes?\s+(\w+)", re.I)
#: The English nouns of age: the renderings of the French ones.
_YOUTH = frozenset(e for key in ("enfant", "jeune", "adolescent") for e in _NOUNS[key])


def _person(french: str) -> bool:
    """Whether a French noun names a person, by the lexicon: it renders as the English of "homme", "femme", "garçon",
    "fille" or "personne" ("jeunes filles" is people, "jeunes arbres" is not)."""
    people = {e for key in ("homme", "femme", "garçon", "fille", "personne") for e in _NOUNS.get(key, ())}
    entry = _FOLDED_NOUNS.get(singular(french)) or _FOLDED_NOUNS.get(fold_word(french)) or ()
    return bool(people & set(entry))


def compound_complement(noun_text: str) -> str:
    """The complement of a French compound counted noun as written ("projets de loi" -> "loi"), "" when none."""
    m = _COMPOUND.match(noun_text or "")
    return m.group(2) if m and m.group(2).lower() not in _LABEL_STOP["fr"] else ""


def counts_same(fact: FigureFact, english: str, translations: Mapping[str, str] | None = None) -> bool | None:
    """Whether the noun a French figure counts (``fact``) and an English counted noun name the same thing; ``None``
    when unknown. :func:`same_noun` on the French head, a compound "N de N" taken as one noun: English often renders
    it with a noun of its own ("projets de loi" / "bills", "permis de conduire" / "licences"), so its complement
    naming the English noun makes them the same, and its head naming another thing says nothing."""
    verdict = same_noun(fact.noun, english, translations)
    young = _YOUNG.match(fact.noun_text)
    if verdict is not True and young and _person(young.group(1)) and singular(english) in _YOUTH:
        return True  # "cinq jeunes garçons" / "five children": a young person written by a noun of age
    complement = compound_complement(fact.noun_text)
    if verdict is True or not complement:
        return verdict
    # the complement naming the English noun renders the compound; else the head's verdict stands ("lits de
    # réanimation" is still no "doctors")
    return True if same_noun(complement, english, translations) is True else verdict


#: French nouns too general to say what a figure counts ("12 personnes" may be written "12 victims", "4 animaux" "4
#: wolves" where the sentence names them).
_GENERAL_FRENCH = frozenset("personne gens individu fois cas unite exemplaire animal bete".split())


def general_french(noun: str) -> bool:
    """Whether a French noun (lemma or as written) is too general to say what a figure counts ("personnes")."""
    return singular(noun) in _GENERAL_FRENCH or fold_word(noun) in _GENERAL_FRENCH


def counts_persons(noun: str) -> bool:
    """Whether a French noun (lemma or as written) counts persons: a noun of the lexicon's classes of people, or a
    general one ("personnes", "individus")."""
    return general_french(noun) or any(form in _PERSONS for form in _french_forms(noun))


def general_excludes(french: str, english: str) -> bool:
    """Whether a French noun too general to say what a figure counts (:func:`general_french`) is still never rendered
    by an English noun: "48 cas" may be "48 patients" or "48 infections", never "48 deaths" (:data:`~.lexicon._GENERAL_NOT`)."""
    others = _GENERAL_NOT.get(singular(french)) or _GENERAL_NOT.get(fold_word(french)) or ()
    return same_noun(french, english) is not True and any(same_noun(other, english) is True for other in others)


def _poles(words: str, lang: str) -> set[tuple[int, int]]:
    """The poles of :data:`~.lexicon._OPPOSED_QUALIFIERS` the words name, as (group, pole) indices."""
    text = f" {fold_word(words)} " if lang == "fr" else f" {words.lower()} "
    found = set()
    for g, group in enumerate(_OPPOSED_QUALIFIERS):
        for p, (french, english) in enumerate(group):
            said = french if lang == "fr" else english
            if any(re.search(rf"(?<![\w'’-]){re.escape(w)}(?![\w'’-])", text) for w in said):
                found.add((g, p))
    return found


def opposed_qualifiers(french: str, english: str) -> bool:
    """Whether the words of an English count's phrase qualify it by the opposite of what the French count's phrase says
    ("cas confirmés" / "suspected cases", "écoles primaires" / "secondary schools", "collèges" / "primary schools",
    "blessés graves" / "slightly injured"): a pole of a group of :data:`~.lexicon._OPPOSED_QUALIFIERS` on each side, the
    English without the French one, the French without the English one."""
    said, written = _poles(french, "fr"), _poles(english, "en")
    return any(g == h and p != q and (g, q) not in said and (h, p) not in written for g, p in said for h, q in written)


def in_lexicon(french: str) -> bool:
    """Whether the lexicon of counted nouns knows a French noun (lemma or as written), so knows how English renders it."""
    return _entry(french) is not None


def names_noun(word: str, english: str) -> bool:
    """Whether a French word as written names the English noun: through the lexicon of counted nouns, or by its
    spelling, once both are singular (the same word, or one sharing its first six letters: "patients" / "patient",
    "catégories" / "categories"). Stricter than :func:`same_noun`: it says that a word of the French sentence which
    a figure does not count is the noun an English figure counts."""
    french, other = singular(word), singular(english)
    if len(french) < 4 or len(other) < 4:
        return False
    forms = english_singulars(english)
    if french in forms:
        return True
    entry = _entry(french)
    if entry is not None and any(form in entry for form in forms):
        return True
    prefix = next((i for i, (x, y) in enumerate(zip(french, other)) if x != y), min(len(french), len(other)))
    return prefix >= 6 and abs(len(french) - len(other)) <= 3
