"""Lines a reader can quote, read from the English parse of a checked translation.

A key figure's summary line used to be the model's translation of a French phrase built from the French
parse, or the figure and the words after it in the English ("124 criminal networks active": the event is gone,
and the next word says the opposite of the article). Here the verified English sentence itself is read, with
spaCy's ``en_core_web_sm`` (the shared parse of :func:`summarizer.parsing.parse`: one parse per sentence,
never changed), and for the English figure the check paired with the French one:

- the **noun** it counts: its ``nummod`` head ("40,589 illegal immigration attempts"), the noun after "of"
  for a share or a scale word ("11% of citizens"), else, for an amount or a rate, what the clause says it of
  (the subject, or the object of "cut the deficit to 4.4%");
- the **event**: a nominalisation the noun depends on through "of" ("the dismantling of 124 networks"), a
  change adverb the figure hangs from ("up 11.4%"), else the verb of the clause, with its negation ("did not
  arrest");
- the **clause**, cut to the figure's subject, verb, noun phrase, time and place: the subtrees of the verb
  that hold them, pruned of relative clauses, appositions, coordinated material that does not hold the
  figure and parentheticals. Only words of the sentence, in its order: the line is the model's own words, so
  it is verified whenever the sentence passed the check.

:func:`read_quote` never raises on bad input: a sentence the parser cannot read, a figure it cannot place, or
a line that would not keep the figure give ``None``, and the caller falls back (see :mod:`summarizer.summary`).
Without spaCy or the English model, :func:`available` is false (said once) and every read gives ``None``.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from . import parsing
from .figures import Figure, Kind

logger = logging.getLogger(__name__)

__all__ = ["Quote", "available", "prepare", "read_quote"]

#: Nouns that name an event or a change: a figure counted through "of" takes it as its event.
_EVENT_NOUN = re.compile(
    r"(?:ment|tion|sion|ance|ence|ure|ing|al)$|^(?:rise|increase|fall|drop|decline|growth|loss|cut|jump|surge|record|"
    r"death|arrest|seizure|sale|purchase|return|departure|arrival|gain|slump|dip|hike|reduction|deficit|surplus)$",
    re.IGNORECASE,
)
#: Nouns with an event-like ending that are things, not events.
_NOT_EVENT_NOUNS = frozenset(
    "government department parliament moment document element housing building population nation administration "
    "station region commission institution direction foundation association generation organisation organization "
    "information edition section function position situation question total capital national international "
    "individual official animal hospital material figure structure culture agriculture measure nature pressure "
    "evening morning meeting thing ceiling something nothing everything anything percentage balance distance "
    "audience residence evidence conference science insurance".split()
)
#: Adverbs and adpositions of change a rate or amount hangs from: "up 11.4%", "down 3%".
_CHANGE_ADVERBS = frozenset("up down".split())
#: Dependents never kept in a line: they add a clause, an aside, or coordinated material.
_DROPPED = frozenset(
    "relcl appos punct cc conj advcl parataxis ccomp csubj acl dep meta intj discourse mark preconj predet".split()
)
#: The modifiers a noun keeps when its phrase is cut.
_CLOSE = frozenset("det amod compound nummod quantmod poss case neg prt aux auxpass".split())
#: A subject or noun phrase longer than this is cut to its head and modifiers.
_MAX_PHRASE = 8
#: A line longer than this (in words) is not a quote: the caller falls back.
_MAX_LINE = 24


@dataclass(frozen=True)
class Quote:
    """What one English figure says, and a line a reader can quote.

    Attributes:
        figure: The English figure (offsets in its sentence).
        line: The clause holding it, cut to subject, verb, noun phrase, time and place, in the sentence's own
            words and order ("The ministry foiled 40,589 illegal immigration attempts in 2022").
        noun: The noun phrase it counts or measures ("illegal immigration attempts"); "" when none.
        noun_lemma: The head noun's lemma ("attempt").
        event: The event, as written, with its negation ("foiled", "dismantling", "did not arrest", "up").
        event_lemma: The event's lemma ("foil", "dismantling", "arrest", "up").
        subject: The clause's subject ("The ministry"); "" when none.
        verb: The clause's verb with its auxiliaries and negation ("were repatriated", "did not arrest").
        time: A time of the clause with its preposition ("in 2022").
        place: A place of the clause with its preposition ("in Morocco").
        negated: The event is negated.
        nominal: The event is a noun ("the dismantling of 124 networks").
        label: What it counts and what happened, without the figure, in the sentence's order
            ("foiled illegal immigration attempts", "dismantling of criminal networks").
    """

    figure: Figure
    line: str
    noun: str = ""
    noun_lemma: str = ""
    event: str = ""
    event_lemma: str = ""
    subject: str = ""
    verb: str = ""
    time: str = ""
    place: str = ""
    negated: bool = False
    nominal: bool = False
    label: str = ""

    def to_dict(self) -> dict[str, Any]:
        """The quote as a JSON-ready dict (the figure as its text)."""
        return {
            "figure": self.figure.text,
            "line": self.line,
            "noun": self.noun,
            "noun_lemma": self.noun_lemma,
            "event": self.event,
            "event_lemma": self.event_lemma,
            "subject": self.subject,
            "verb": self.verb,
            "time": self.time,
            "place": self.place,
            "negated": self.negated,
            "nominal": self.nominal,
            "label": self.label,
        }


@lru_cache(maxsize=1)
def available() -> bool:
    """Whether the English parser can be loaded (said once when it cannot)."""
    if not parsing.available("en"):
        logger.warning("summary lines fall back to the French phrase or the figure: the English parser is not installed")
        return False
    return True


def prepare(sentences: list[str]) -> None:
    """Parse the English sentences about to be read, in one batch (shared cache); never raises."""
    if not sentences or not available():
        return
    try:
        parsing.parse_many([s for s in sentences if s.strip()], "en")
    except Exception as error:  # the reads fall back one by one
        logger.warning("the English sentences could not be parsed in one batch (%s)", error)


def _parse(sentence: str) -> Any | None:
    try:
        return parsing.parse(sentence, "en")
    except ImportError:
        return None
    except Exception as error:  # a sentence the parser cannot read: the caller falls back
        logger.warning("the English parser could not read a sentence (%s): the line falls back", error)
        return None


def _span(doc: Any, figure: Figure) -> Any | None:
    if not 0 <= figure.start < figure.end <= len(doc.text):
        return None
    span = doc.char_span(figure.start, figure.end, alignment_mode="expand")
    return span if span is not None and len(span) else None


def _anchor(span: Any) -> Any:
    """The token of the figure the rest of the sentence attaches to."""
    return next((t for t in span if t.head.i < span.start or t.head.i >= span.end or t.head.i == t.i), span[-1])


def _is_event_noun(token: Any) -> bool:
    lemma = token.lemma_.lower()
    return token.pos_ == "NOUN" and lemma not in _NOT_EVENT_NOUNS and bool(_EVENT_NOUN.search(lemma)) and len(lemma) > 3


#: Verbs that bring a quantity to a value: "rose to 9% of the market" is said of the subject, not of the market.
_REACH_VERBS = frozenset("rise fall climb drop increase decrease cut reduce bring lower raise reach grow shrink slip jump "
                         "limit stand settle amount total come return".split())
#: Currency nouns: the unit of an amount, not what it is about.
_CURRENCIES = frozenset("dollar euro pound franc dirham dinar yen yuan rupee peso cent penny shilling naira cfa".split())
#: A change said as a noun: "a 17% drop", "a rise of 3%".
_CHANGE_NOUNS = frozenset("rise increase fall drop decline growth loss cut jump surge gain slump dip hike reduction decrease".split())


def _is_change_noun(token: Any) -> bool:
    return token.pos_ == "NOUN" and token.lemma_.lower() in _CHANGE_NOUNS


def _verbal(token: Any) -> bool:
    return token.pos_ in ("VERB", "AUX") and token.dep_ not in ("aux", "auxpass", "amod")


def _of_noun(token: Any) -> Any | None:
    """The noun after "of" that a share or a scale word counts: "11% of citizens", "millions of people"."""
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            pobj = next((c for c in child.children if c.dep_ == "pobj" and c.pos_ in ("NOUN", "PROPN")), None)
            if pobj is not None and not pobj.like_num:
                return pobj
    return None


def _clause_verb(token: Any) -> Any | None:
    """The lowest verb governing ``token`` (itself excluded), at most eight steps up."""
    current = token
    for _ in range(8):
        head = current.head
        if head.i == current.i:
            return None
        if _verbal(head):
            return head
        current = head
    return None


def _path(token: Any) -> set[int]:
    """``token`` and its heads up to the root: the words a line keeps to reach the figure."""
    ids = {token.i}
    while token.head.i != token.i:
        token = token.head
        ids.add(token.i)
    return ids


def _pruned(root: Any, keep_path: set[int], limit: int = _MAX_PHRASE) -> set[int]:
    """``root``'s subtree without asides (relative clauses, appositions, other conjuncts...), except on the path
    to the figure; cut to the head and its close modifiers when longer than ``limit``."""
    kept: set[int] = set()

    def walk(token: Any) -> None:
        kept.add(token.i)
        for child in token.children:
            if child.i in keep_path or (child.dep_ not in _DROPPED and not _aside(token, child)):
                walk(child)

    walk(root)
    if len(kept) > limit:
        close = {root.i} | (kept & keep_path)
        for i in list(close):  # each kept word keeps its close modifiers ("the dismantling", "criminal networks")
            close.update(c.i for c in root.doc[i].children if c.dep_ in _CLOSE)
        for i in list(close):  # and a kept modifier its own compounds ("illegal immigration")
            close.update(c.i for c in root.doc[i].children if c.dep_ in ("compound", "nummod", "quantmod", "case"))
        close.update(i for i in kept if root.doc[i].dep_ == "pobj" and root.doc[i].head.i in close)
        kept = close
    return kept


def _aside(token: Any, child: Any) -> bool:
    """A preposition after a noun other than "of" ("networks in the region"): an aside to the count."""
    return child.dep_ == "prep" and child.lower_ != "of" and child.i > token.i and token.pos_ in ("NOUN", "PROPN")


#: Prepositions that place a clause in time or space ("in 2022", "since January", "in Morocco").
_TIME_PREPS = frozenset("in on at since by until till during before after from between throughout within over".split())
_PLACE_PREPS = frozenset("in at across near from within throughout inside outside on around".split())


def _time_and_place(verb: Any, path: set[int]) -> tuple[set[int], str, set[int], str]:
    """The clause's time ("in 2022", "last year") and place ("in Morocco"): a preposition of time or place of the
    verb whose object is a date or a place (not "including 230 deaths in Guinea": another figure's phrase), or a
    bare time noun ("last year")."""
    time_ids: set[int] = set()
    place_ids: set[int] = set()
    time = place = ""
    doc = verb.doc
    for child in verb.children:
        if child.i in path:
            continue
        tokens = list(child.subtree)
        numbers = [t for t in tokens if t.like_num and t.ent_type_ not in ("DATE", "TIME")]
        if numbers:
            continue  # another figure's phrase
        pobj = next((c for c in child.children if c.dep_ == "pobj"), None) if child.dep_ == "prep" else None
        is_time = (child.dep_ in ("npadvmod", "tmod") and child.ent_type_ == "DATE") or (
            pobj is not None and child.lower_ in _TIME_PREPS and (pobj.ent_type_ == "DATE" or re.fullmatch(r"(?:19|20)\d\d", pobj.text))
        )
        is_place = pobj is not None and child.lower_ in _PLACE_PREPS and pobj.ent_type_ in ("GPE", "LOC", "FAC")
        if not time and is_time:
            ids = _pruned(child, path, limit=6)
            if len(ids) <= 6:
                time_ids, time = ids, _text(doc, ids)
        elif not place and is_place:
            ids = _pruned(child, path, limit=6)
            if len(ids) <= 6:
                place_ids, place = ids, _text(doc, ids)
    return time_ids, time, place_ids, place


def _text(doc: Any, ids: set[int]) -> str:
    """The kept words in the sentence's order; a gap becomes one space; punctuation only inside a word run (a
    comma between two kept words stays: "In 2023, 2,326 migrants")."""
    if not ids:
        return ""
    words: list[str] = []
    last = -2
    for i in range(min(ids), max(ids) + 1):
        token = doc[i]
        comma = token.text == "," and i - 1 in ids and i + 1 in ids
        if i not in ids and not comma:
            continue
        if token.is_punct and token.text not in ("-", "–", "%", "'", "’") and not comma:
            continue
        if words and last != i - 1 and not words[-1].endswith(" "):
            words[-1] += " "
        words.append(token.text_with_ws if i + 1 in ids or i + 1 <= max(ids) else token.text)
        last = i
    return re.sub(r"\s+", " ", "".join(words)).strip(" ,;:-–")


def _verb_group(verb: Any) -> set[int]:
    """The verb, its auxiliaries, negation and particle ("did not arrest", "were repatriated", "brought in")."""
    ids = {verb.i}
    ids.update(c.i for c in verb.children if c.dep_ in ("aux", "auxpass", "neg", "prt"))
    return ids


def _subject(verb: Any) -> Any | None:
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "expl")), None)
    if subject is None and verb.dep_ in ("conj", "xcomp") and verb.head.i != verb.i:
        return _subject(verb.head)  # "arrested 800 smugglers and dismantled 124 networks": the first verb's subject
    return subject


def read_quote(sentence: str, figure: Figure) -> Quote | None:
    """Read what one English figure says and the line a reader can quote.

    Args:
        sentence: The English sentence (the checked translation).
        figure: An English figure of it (offsets in ``sentence``), as the check paired it.

    Returns:
        The quote, or ``None`` when the parser is missing, cannot read the sentence or cannot place the figure,
        or when the line would not keep the figure as written.
    """
    if not sentence.strip() or not available():
        return None
    doc = _parse(sentence)
    if doc is None:
        return None
    try:
        return _read(doc, figure)
    except Exception as error:  # the parse of an odd sentence: never a guess, never a failure
        logger.warning("could not read the English line of %r (%s): the line falls back", figure.text, error)
        return None


def _read(doc: Any, figure: Figure) -> Quote | None:
    span = _span(doc, figure)
    if span is None:
        return None
    figure_ids = {t.i for t in span}
    anchor = _anchor(span)
    path = _path(anchor) | figure_ids
    # the noun it counts
    noun = None
    counted = anchor.dep_ in ("nummod", "quantmod", "compound", "amod", "nmod")
    if counted and anchor.head.pos_ in ("NOUN", "PROPN") and anchor.head.i not in figure_ids:
        noun = anchor.head
    reached = anchor.dep_ == "pobj" and anchor.head.lower_ in ("to", "at", "by")
    if noun is None:
        noun = _of_noun(anchor)
        verb_above = _clause_verb(anchor)
        acts_on = verb_above is not None and any(c.dep_ == "dobj" and c.i not in path for c in verb_above.children)
        reaches = verb_above is not None and verb_above.lemma_.lower() in _REACH_VERBS
        if noun is not None and reached and (acts_on or reaches) and figure.kind in (Kind.PERCENT, Kind.MONEY, Kind.MEASURE):
            noun = None  # "cut the deficit to 4.4% of GDP", "sales rose to 9% of the market": what the verb says it of
    # the event: a change said as a noun ("a 17% drop in the rate"), a nominalisation through "of", a change
    # adverb, else the clause's verb
    event_token = None
    nominal = False
    amount = figure.kind in (Kind.PERCENT, Kind.MONEY, Kind.MEASURE, Kind.COUNT)
    if noun is not None and noun.head.i != anchor.i and _is_change_noun(noun) and amount:
        event_token, nominal = noun, True
        noun = next((g for c in noun.children if c.dep_ == "prep" and c.lower_ in ("in", "of")
                     for g in c.children if g.dep_ == "pobj" and g.pos_ in ("NOUN", "PROPN")), None)  # fmt: skip
    start = noun if noun is not None and noun.i not in figure_ids and noun.head.i != anchor.i else anchor
    if event_token is not None:
        pass
    elif start.dep_ == "pobj" and start.head.lower_ == "of" and _is_event_noun(start.head.head):
        event_token, nominal = start.head.head, True
    elif anchor.head.lower_ in _CHANGE_ADVERBS and anchor.head.i not in figure_ids and anchor.dep_ in ("npadvmod", "pobj", "dobj"):
        event_token = anchor.head
    verb = _clause_verb(event_token if event_token is not None else start)
    if event_token is None and verb is None:
        return None
    subject = _subject(verb) if verb is not None else None
    if noun is not None and figure.kind == Kind.MONEY and noun.lemma_.lower() in _CURRENCIES and verb is not None:
        # "giving 88,000 Canadian dollars to parties": the currency is the unit; the amount goes to a noun of the clause
        noun = next((g for c in [*verb.children, *noun.children] if c.dep_ in ("prep", "dative") and c.lower_ in ("to", "for", "on")
                     for g in c.children if g.dep_ == "pobj" and g.pos_ in ("NOUN", "PROPN")), None)  # fmt: skip
    if noun is None and anchor.dep_ == "pobj" and anchor.head.lower_ == "of" and anchor.head.head.pos_ == "NOUN" and event_token is None:
        noun = anchor.head.head  # "a peak of 30 dollars", "a cost of €1.2 billion": what the amount is worth
    if noun is None and verb is not None and verb.dep_ == "acl" and verb.head.pos_ in ("NOUN", "PROPN"):
        noun = verb.head  # "bribes totalling 736,000 dollars": what the participle says it of
    if noun is None and (figure.kind in (Kind.PERCENT, Kind.MONEY, Kind.MEASURE, Kind.OTHER) or reached):
        # an amount or a rate is said of a noun of the clause: the object ("cut the deficit to 4.4%") or the subject
        # ("the number of bitcoins is limited to 21 million")
        obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i not in path), None) if verb is not None else None
        change_adverb = event_token is not None and event_token.lower_ in _CHANGE_ADVERBS
        # "recorded 40,589 attempts, up 47%": the change is of what the verb acts on
        counted = obj is not None and (obj.like_num or obj.lemma_.lower() in _CURRENCIES)  # "brought in 38.5 billion dirhams, up 11.4%"
        said_of = obj if obj is not None and (anchor.dep_ == "pobj" or (change_adverb and not counted)) else subject
        if said_of is not None and said_of.pos_ in ("NOUN", "PROPN") and said_of.i not in figure_ids:
            noun = said_of
    # the line: subject, verb group, the branch holding the figure, core arguments, time and place
    ids: set[int] = set(figure_ids)
    if verb is not None:
        ids |= _verb_group(verb)
        if verb.dep_ == "xcomp" and verb.head.i != verb.i:
            ids |= _verb_group(verb.head)  # "managed to foil": the verb that carries the tense
        if subject is not None:
            ids |= _pruned(subject, path)
        for child in verb.children:
            if child.i in path:
                ids |= _pruned(child, path, limit=12)
            elif child.dep_ in ("dobj", "attr", "acomp", "oprd", "dative", "agent") and not _drop_argument(child):
                ids |= _pruned(child, path)
        if noun is not None and noun.i not in path and noun.i not in ids and noun.i != getattr(subject, "i", -1):
            ids |= _pruned(noun, path)
        time_ids, time, place_ids, place = _time_and_place(verb, path)
        ids |= time_ids | place_ids
    else:
        ids |= _pruned(event_token, path)
        time = place = ""
    if event_token is not None:
        ids.add(event_token.i)
    # keep the whole path to the figure (the words that say what it is)
    governor = verb if verb is not None else event_token
    assert governor is not None  # one of them was found above
    top = governor.i
    token = anchor
    while token.i != top and token.head.i != token.i:
        ids.add(token.i)
        token = token.head
    for i in list(ids):  # a kept noun keeps the preposition that ties it to a kept word ("a drop in the rate")
        head = doc[i].head
        if head.i not in ids and head.pos_ == "ADP" and head.head.i in ids:
            ids.add(head.i)
    line = _text(doc, ids)
    if figure.text not in line or len(line.split()) > _MAX_LINE:
        return None
    said_by = _reporter(verb, subject, path)
    if said_by:  # "it had foiled 40,589 attempts" -> "The ministry said it had foiled 40,589 attempts"
        fuller = _text(doc, ids | said_by)
        if len(fuller.split()) <= _MAX_LINE:
            line = fuller
    noun_ids = _noun_ids(noun, figure_ids) if noun is not None else set()
    noun_text = _text(doc, noun_ids) if noun_ids else ""
    if event_token is not None:
        event, lemma, negated = event_token.text, event_token.lemma_.lower(), False
        if not nominal and verb is not None and event_token.lower_ in _CHANGE_ADVERBS:
            lemma = event_token.lower_
    else:
        assert verb is not None
        negated = any(c.dep_ == "neg" for c in verb.children)
        # "did not arrest", "were not repatriated"; without a negation the verb and its particle ("brought in")
        group = _verb_group(verb) if negated else {verb.i} | {c.i for c in verb.children if c.dep_ == "prt"}
        event, lemma = _text(doc, group), verb.lemma_.lower()
    label = _label(doc, noun_ids, event_token if event_token is not None else verb, nominal, event, noun_text)
    return Quote(
        figure=figure,
        line=line,
        noun=noun_text,
        noun_lemma=noun.lemma_.lower() if noun is not None else "",
        event=event,
        event_lemma=lemma,
        subject=_text(doc, _pruned(subject, path)) if subject is not None else "",
        verb=_text(doc, _verb_group(verb)) if verb is not None else "",
        time=time,
        place=place,
        negated=negated,
        nominal=nominal,
        label=label,
    )


#: Subjects that name nobody on their own: a line starting with one does not say who acted.
_PRONOUN_SUBJECTS = frozenset("it they he she we this these those".split())


def _reporter(verb: Any | None, subject: Any | None, path: set[int]) -> set[int]:
    """When the clause's subject is a pronoun and the clause is what a named subject said, announced or reported
    ("The ministry said it had foiled ..."), that subject and its verb (so the line says who); else nothing."""
    if verb is None or subject is None or subject.lower_ not in _PRONOUN_SUBJECTS or verb.dep_ != "ccomp":
        return set()
    head = verb.head
    if head.i == verb.i or head.pos_ not in ("VERB", "AUX"):
        return set()
    named = _subject(head)
    if named is None or named.pos_ not in ("NOUN", "PROPN"):
        return set()
    return _verb_group(head) | _pruned(named, path)


def _drop_argument(token: Any) -> bool:
    """An argument too long to quote (a whole clause as object)."""
    return sum(1 for _ in token.subtree) > 12


def _noun_ids(noun: Any, figure_ids: set[int]) -> set[int]:
    """The counted noun with its compounds and adjectives, without the figure or articles ("illegal immigration
    attempts", "criminal networks")."""
    ids = {noun.i}
    for child in noun.children:
        if child.i in figure_ids or child.dep_ not in ("amod", "compound", "nmod", "poss"):
            continue
        if child.i < noun.i:
            ids |= {t.i for t in child.subtree if t.i not in figure_ids and t.dep_ != "det" and not t.is_punct}
    ids = {i for i in ids if not noun.doc[i].like_num}
    # a compound with the figure's own unit ("38.5 billion dirhams"): the noun is the unit
    return ids


def _label(doc: Any, noun_ids: set[int], event: Any | None, nominal: bool, event_text: str, noun_text: str) -> str:
    """What it counts and what happened, without the figure, in the sentence's order."""
    if not noun_text:
        return event_text
    if event is None or not event_text:
        return noun_text
    if nominal:  # "dismantling of criminal networks", "drop in registration rate"
        head = doc[max(noun_ids)].head if noun_ids else None
        tie = head.text if head is not None and head.pos_ == "ADP" else "of"
        return f"{event_text} {tie} {noun_text}"
    first = min(noun_ids)
    return f"{event_text} {noun_text}" if event.i < first else f"{noun_text} {event_text}"
