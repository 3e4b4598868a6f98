"""The document model: an article as paragraphs, headings and sentences, built once and never changed.

:meth:`Document.build` splits the reader's text into paragraphs and sentences
(offsets into that text) and reads each sentence's French figures once. This is the
source side of the result model: the run makes one
:class:`~summarizer.result.SentenceResult` per sentence (its English, English figures,
check and flags) and a :class:`~summarizer.result.Translation` that holds both; the
summary, the page, the CLI and the batch only read them.

One name for each kind of piece: a *paragraph* holds *sentences*; a sentence too
long for the model is cut into *parts* (:mod:`summarizer.parts`), each translated,
then rejoined.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass
from functools import cached_property

from .figures import Figure, Kind, extract_figures
from .result import Flag
from .splitting import split_text

__all__ = ["Flag", "Sentence", "Paragraph", "Document"]

_TITLE_END = ".!?…»\"”"


@dataclass(frozen=True)
class Sentence:
    """One sentence of the article, as the reader wrote it.

    Attributes:
        source: The French sentence, ``document.text[start:end]``.
        paragraph: Index of its paragraph.
        start: Offset of the sentence in the document's text.
        end: Offset just past the sentence.
        index: Position of the sentence in the article.
        figures: Its French figures (offsets within ``source``), read once, with the numbers of its names
            (kind ``name``, for the check).
        heading: Whether it is a heading (a title line).
    """

    source: str
    paragraph: int
    start: int
    end: int
    index: int = 0
    figures: tuple[Figure, ...] = ()
    heading: bool = False


@dataclass(frozen=True)
class Paragraph:
    """One paragraph: a span of the text and the indices of its sentences.

    Attributes:
        index: Position of the paragraph.
        start: Offset of its first character.
        end: Offset just past its last character.
        sentences: Indices of its sentences in :attr:`Document.sentences`.
        heading: A title line (one sentence without final punctuation).
    """

    index: int
    start: int
    end: int
    sentences: tuple[int, ...]
    heading: bool = False


@dataclass(frozen=True)
class Document:
    """An article as the reader gave it, split once.

    Attributes:
        text: The text every offset refers to (the input, or the text of an HTML page).
        paragraphs: In order.
        sentences: In order; each knows its paragraph.
        warnings: Article-level warnings (language, HTML input...).
    """

    text: str
    paragraphs: tuple[Paragraph, ...]
    sentences: tuple[Sentence, ...]
    warnings: tuple[str, ...] = ()

    @cached_property
    def _starts(self) -> list[int]:
        return [s.start for s in self.sentences]

    @classmethod
    def build(cls, text: str, warnings: list[str] | tuple[str, ...] | None = None) -> Document:
        """Split ``text`` into paragraphs and sentences and read every sentence's French figures.

        Args:
            text: The article's text (already extracted from HTML, validated).
            warnings: Article-level warnings found while reading it.
        """
        spans = split_text(text)
        members: dict[int, list[int]] = {}
        for i, span in enumerate(spans):
            members.setdefault(span.paragraph, []).append(i)
        headings = {indices[0] for indices in members.values() if len(indices) == 1 and _is_title(spans[indices[0]].text)}
        sentences = tuple(
            Sentence(s.text, s.paragraph, s.start, s.end, i, tuple(extract_figures(s.text, "fr", names=True)), i in headings)
            for i, s in enumerate(spans)
        )
        paragraphs = tuple(
            Paragraph(number, sentences[indices[0]].start, sentences[indices[-1]].end, tuple(indices), indices[0] in headings)
            for number, indices in sorted(members.items())
        )
        return cls(text, paragraphs, sentences, tuple(warnings or ()))

    @property
    def title(self) -> Sentence | None:
        """The article's title: its first paragraph when that is a heading."""
        if self.paragraphs and self.paragraphs[0].heading:
            return self.sentences[self.paragraphs[0].sentences[0]]
        return None

    def figures(self) -> list[Figure]:
        """Every French figure of the article, with offsets into :attr:`text` (the numbers of names aside)."""
        return [f.shifted(s.start) for s in self.sentences for f in s.figures if f.kind != Kind.NAME]

    def sentence_at(self, offset: int) -> Sentence | None:
        """The sentence holding a character offset of :attr:`text` (sentences are in order: a bisection)."""
        index = bisect.bisect_right(self._starts, offset) - 1
        if index >= 0 and offset < self.sentences[index].end:
            return self.sentences[index]
        return None


def _is_title(sentence: str) -> bool:
    stripped = sentence.rstrip()
    return bool(stripped) and stripped[-1] not in _TITLE_END and len(stripped.split()) <= 25
