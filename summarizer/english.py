"""What each figure of an English sentence says, read from a real English parse.

The translation side of the figure check, and the English side of the summary: for each figure the English
figure reader found in a sentence, spaCy's ``en_core_web_sm`` (through :func:`summarizer.parsing.parse`, one
cached parse per sentence, shared with the other English readers and never changed) gives

- the **noun** it counts: the head it quantifies ("3,000 homes", "3 million people"), or the noun after "of"
  ("7% of voters", "12 of the migrants"), as a lemma ("home", "person" for "people" is left as spaCy gives it);
- the **event**: the verb (or change noun, "a drop of 7%") that governs the figure, lemma and as written,
  negation kept ("did not rise");
- its **comparator** and **direction** (:mod:`summarizer.figures.meaning`), from the words around it and the
  lemmas of the events that govern it ("sales fell by 7%" -> fall; "fewer than 3,000" -> less than);
- the token span of its **clause** (the governing verb's subtree), for a summary line cut from the sentence.

The API is one function, :func:`read_english_facts`, returning one :class:`EnglishFact` (the shared
:class:`~summarizer.figures.meaning.FigureFact` type) per figure, in order. Without the English parser, or for
a sentence the parser cannot read, the facts are read from the words around each figure only (comparator and
direction, no noun, no event, ``parsed`` false), logged once: never an exception.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from typing import Any

from . import parsing
from .figures.meaning import (
    MEANING_KINDS,
    PEOPLE_AT_LARGE,
    STATES_OF_PERSONS,
    FigureFact,
    how_often,
    read_comparator,
    read_direction,
    weather_falls,
    word_facts,
)
from .figures.meaning import _sign as _figure_sign
from .figures.model import Figure, Kind

logger = logging.getLogger(__name__)

__all__ = ["EnglishFact", "read_english_facts", "english_parser_available"]

#: The English facts are :class:`~summarizer.figures.meaning.FigureFact` (one type for both languages).
EnglishFact = FigureFact

_COUNTED_DEPS = frozenset({"nummod", "quantmod", "compound", "amod", "nmod", "det", "npadvmod"})
_EVENT_NOUN_DEPS = frozenset({"pobj", "prep", "dobj", "npadvmod", "attr", "nsubj", "nsubjpass", "appos", "conj", "quantmod", "nummod"})
_warned: set[str] = set()


def english_parser_available() -> bool:
    """Whether the English parser can be loaded (:func:`summarizer.parsing.available`, logged once when not)."""
    return parsing.available("en")


def _warn_once(key: str, message: str, *args: Any) -> None:
    if key not in _warned:
        _warned.add(key)
        logger.warning(message, *args)


def _figure_root(doc: Any, figure: Figure) -> tuple[Any, Any] | None:
    span = doc.char_span(figure.start, figure.end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    root = next((t for t in span if t.head.i < span.start or t.head.i >= span.end or t.head.i == t.i), span[0])
    return span, root


def _in(span: Any, token: Any) -> bool:
    return span.start <= token.i < span.end


def _of_noun(token: Any) -> Any | None:
    """The noun after "of": "7% of voters", "12 of the 30 migrants", "millions of people"."""
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            obj = next((c for c in child.children if c.dep_ == "pobj" and c.pos_ in ("NOUN", "PROPN")), None)
            if obj is not None and not obj.like_num:
                return obj
    return None


def _counted_noun(span: Any, root: Any, figure: Figure) -> Any | None:
    """The English noun a figure counts; the state after a noun of persons at large where one is said ("people dead")."""
    found = _counted_head(span, root, figure)
    if found is not None and found.lower_ in PEOPLE_AT_LARGE and found.i + 1 < len(found.doc):
        state = found.doc[found.i + 1]
        if state.lower_ in STATES_OF_PERSONS:
            return state
    return found


def _counted_head(span: Any, root: Any, figure: Figure) -> Any | None:
    head = root.head
    between = span.doc[min(span.end, head.i) : max(span.start, head.i + 1)] if not _in(span, head) else span.doc[0:0]
    # a head across a preposition is another phrase's noun ("dwindled by 2,300 over five years"), and "year on year",
    # "24-year-olds" name no thing counted
    apart = any(t.pos_ == "ADP" and t.dep_ == "prep" or t.like_num and t.dep_ == "nummod" for t in between) or _time_idiom(head)
    if root.dep_ in _COUNTED_DEPS and head.pos_ in ("NOUN", "PROPN") and not _in(span, head) and not head.like_num and not apart:
        return head
    if figure.kind in (Kind.COUNT, Kind.PERCENT):
        for token in (root, *span):
            found = _of_noun(token)
            if found is not None:
                return found
    scale = root.lower_ in ("million", "millions", "billion", "billions", "thousand", "thousands")
    if figure.kind == Kind.COUNT and root.pos_ in ("NOUN", "PROPN") and not root.like_num and not scale:
        return root  # a spelled count the parser tagged as the noun itself ("dozens")
    if figure.kind == Kind.COUNT and span.end < len(span.doc):
        # the word right after the count, when it is what is counted: "12 dead and 3 injured", "3 wounded"
        after = span.doc[span.end]
        if (after.pos_ == "NOUN" or (after.pos_ in ("ADJ", "VERB") and after.tag_ in ("JJ", "VBN"))) and after.is_alpha:
            return after
    return None


def _time_idiom(token: Any) -> bool:
    """Whether a noun is the first of "year on year" / "month on month", or the "olds" of "24-year-olds": no thing counted."""
    doc = token.doc
    if token.lower_ in ("olds", "old") and token.i > 0 and doc[token.i - 1].lower_ in ("-", "year", "years"):
        return True
    on = token.i + 1 < len(doc) and doc[token.i + 1].lower_ == "on"
    return on and token.lemma_.lower() in ("year", "month", "quarter", "week", "day")


def _negation(verb: Any) -> bool:
    return any(c.dep_ == "neg" for c in verb.children)


def _event(start: Any, span: Any) -> tuple[Any | None, list[str]]:
    """The verb or change noun governing ``start``, and the lemmas met on the way up, nearest first."""
    lemmas: list[str] = []
    token = start
    for _ in range(5):
        # a particle or adverb on the way ("up 7%", "down by 3%") says the change
        lemmas += [c.lemma_.lower() for c in token.children if c.dep_ in ("advmod", "prt") and c.lower_ in ("up", "down")]
        head = token.head
        if head.i == token.i:
            break
        if not _in(span, head):
            lemmas.append(head.lemma_.lower())
            if head.pos_ == "VERB" and head.lower_ != head.lemma_.lower():
                # the verb as written after its lemma: a base form that is also a noun ("contract", "firm") is no word of
                # change by itself, its inflection is ("contracted sharply by 5%", "firmed 0.2%")
                lemmas.append(head.lower_)
        if head.pos_ in ("VERB", "AUX") and head.dep_ != "aux":
            lemmas += [c.lemma_.lower() for c in head.children if c.dep_ in ("prt", "advmod") and c.lower_ in ("up", "down")]
            return head, lemmas
        if token.dep_ not in _EVENT_NOUN_DEPS and head.pos_ != "ADP":
            break
        token = head
    return None, lemmas


def _event_text(verb: Any) -> str:
    words = [c for c in verb.children if c.dep_ in ("aux", "auxpass", "neg") and c.i < verb.i] + [verb]
    return " ".join(t.text for t in sorted(words, key=lambda t: t.i))


def _read(sentence: str, doc: Any, figure: Figure) -> FigureFact:
    if figure.kind not in MEANING_KINDS:
        return FigureFact(figure, parsed=True)
    comparator = read_comparator(sentence, figure.start, figure.end, "en")
    sign = _figure_sign(sentence, figure)
    found = _figure_root(doc, figure)
    if found is None:
        return FigureFact(figure, comparator, read_direction(sentence, figure.start, figure.end, "en", sign=sign))
    span, root = found
    noun = _counted_noun(span, root, figure)
    if noun is not None and how_often(noun.lemma_):
        noun = None
    # the event is read up from the noun, or from the head the figure hangs on where that is a time idiom ("1.2% year on
    # year")
    passed = root.head if noun is None and _time_idiom(root.head) and root.dep_ in _COUNTED_DEPS else root
    verb, lemmas = _event(noun if noun is not None and noun.i != root.i and noun.head.i != root.i else passed, span)
    if noun is not None and noun.head.i == root.i:
        verb, lemmas = _event(root, span)
    if verb is not None and weather_falls(sentence, verb.text, verb.lemma_.lower()):
        lemmas = []  # "where 45 cm of snow fell": the weather, no fall of the figure
    direction = read_direction(sentence, figure.start, figure.end, "en", lemmas, sign)
    clause = (verb.left_edge.i, verb.right_edge.i + 1) if verb is not None else (span.start, span.end)
    chars = (doc[clause[0]].idx, doc[clause[1] - 1].idx + len(doc[clause[1] - 1].text))
    noun_text = ""
    if noun is not None:
        words = [c for c in noun.children if c.dep_ in ("amod", "compound") and c.i < noun.i and not _in(span, c)] + [noun]
        noun_text = " ".join(t.text for t in sorted(words, key=lambda t: t.i))
    return FigureFact(
        figure,
        comparator=comparator,
        direction=direction,
        noun=(noun.lemma_ if noun.pos_ in ("NOUN", "PROPN") else noun.text).lower() if noun is not None else "",  # "wounded", not "wound"
        noun_text=noun_text,
        event=verb.lemma_.lower() if verb is not None else "",
        event_text=_event_text(verb) if verb is not None else "",
        negated=verb is not None and _negation(verb),
        clause=clause,
        clause_chars=chars,
        parsed=True,
        lemmas=tuple(lemmas),
    )


def read_english_facts(sentence: str, figures: Sequence[Figure]) -> list[EnglishFact]:
    """Read what each figure of one English sentence says.

    Args:
        sentence: The English sentence.
        figures: Its figures (offsets in ``sentence``), as ``extract_figures(sentence, "en")`` found them.

    Returns:
        One :class:`EnglishFact` per figure, in the same order. Without the English parser (logged once),
        or when the parse fails, each fact holds only what the words around the figure say (``parsed`` false).
        Never raises for a sentence or a missing parser.
    """
    if not figures:
        return []
    if not english_parser_available():
        return word_facts(sentence, figures, "en")
    try:
        doc = parsing.parse(sentence, "en", entities=False)  # the facts read no named entity
        return [_read(sentence, doc, figure) for figure in figures]
    except Exception as error:  # a sentence the parser cannot read: the words around each figure, said once
        _warn_once("parse", "the English parser could not read a sentence (%s): its figures are checked by value and unit", error)
        return word_facts(sentence, figures, "en")
