"""Cutting sentences into the parts the model translates, and rejoining the English.

A sentence goes to the model whole unless it is longer than the model's input limit: then
:func:`split_long` cuts it at clause boundaries into :class:`Part` objects, each translated, and the
run rejoins their English. :func:`join_sentences` puts the English sentences back into the French
paragraphs.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

from .document import Document
from .ingest import clean_for_model
from .translators import Translator

__all__ = ["Part", "cut_parts", "split_long", "join_sentences"]


@dataclass(frozen=True)
class Part:
    """A piece of a sentence sent to the model: the whole sentence unless it was too long.

    Attributes:
        index: Position among all the article's parts.
        sentence: Index of the sentence it belongs to.
        text: The French the model translates (the sentence cleaned for the model, or a cut of it).
        whole: The part is its whole sentence.
    """

    index: int
    sentence: int
    text: str
    whole: bool = True


def cut_parts(document: Document, translator: Translator, limit: int) -> list[Part]:
    """The parts of every sentence, in order; a sentence of symbols only (emoji) has none.

    Args:
        document: The article.
        translator: Counts the model's tokens.
        limit: The most tokens a part may have.
    """
    parts: list[Part] = []
    for sentence in document.sentences:
        cleaned = clean_for_model(sentence.source)
        if not re.search(r"\w", cleaned):
            continue  # only symbols or emoji: nothing for the model
        cut = split_long(cleaned, limit, translator)
        first = len(parts)
        parts.extend(Part(first + i, sentence.index, text, len(cut) == 1) for i, text in enumerate(cut))
    return parts


_CLAUSE_CUTS = (
    re.compile(r"(?<=[;:])\s+|\s+(?=[—–]\s)"),
    re.compile(r"(?<=,)\s+|(?<=\))\s+"),
    re.compile(r"\s+(?=(?:et|mais|ou|donc|car|puis|qui|que|dont|où|lorsque|tandis|alors|parce|afin|avant|après)\s)"),
)


def split_long(text: str, limit: int, translator: Translator) -> list[str]:
    """Cut a sentence into parts of at most ``limit`` tokens.

    Clause boundaries first (semicolons, colons, dashes, then commas, then
    conjunctions and relative pronouns), nearest to the middle; word windows as
    a last resort, character windows for a single over-long word.
    """
    if translator.count_tokens(text) <= limit:
        return [text]
    middle = len(text) / 2
    for pattern in _CLAUSE_CUTS:
        cuts = [m for m in pattern.finditer(text) if 0 < m.start() < len(text) - 1]
        if cuts:
            best = min(cuts, key=lambda m: abs(m.start() - middle))
            left, right = text[: best.start()].strip(), text[best.end() :].strip()
            if left and right:
                return split_long(left, limit, translator) + split_long(right, limit, translator)
    parts: list[str] = []
    for window in translator.split_tokens(text, limit):
        if translator.count_tokens(window) <= limit:
            parts.append(window)
            continue
        # a single "word" over the limit: cut by characters
        size = max(1, len(window) * limit // (2 * translator.count_tokens(window)))
        parts.extend(window[i : i + size] for i in range(0, len(window), size))
    return [p for p in parts if p.strip()]


def join_sentences(document: Document, texts: Mapping[int, str], pending: str = "…") -> str:
    """The English article: sentences joined by spaces, paragraphs as the French had them.

    Args:
        document: The article.
        texts: The English by sentence index (all of them, or those translated so far while a run goes
            on); ``pending`` stands for the missing ones.
        pending: What a sentence not in ``texts`` shows.
    """
    parts: list[str] = []
    sentences = document.sentences
    for previous, current in zip([None, *sentences], sentences):
        if previous is not None:
            if current.paragraph != previous.paragraph:
                gap = document.text[previous.end : current.start]
                newlines = gap.count("\n") + gap.count("\r") - gap.count("\r\n")
                parts.append("\n\n" if newlines >= 2 else "\n")
            else:
                parts.append(" ")
        parts.append(texts.get(current.index, pending))
    return "".join(parts)
