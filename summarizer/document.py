"""The document model: an article as paragraphs, headings and sentences, built once.

:meth:`Document.build` splits the reader's text into paragraphs and sentences
(offsets into that text) and reads each sentence's French figures once. The run
(:mod:`summarizer.run`) then fills each :class:`Sentence` with its English, its
English figures, its fidelity report and its flags; the summary, the page, the
CLI and the batch only read it.

One name for each kind of piece: a *paragraph* holds *sentences*; a sentence too
long for the model is cut into *parts* (each translated, then rejoined).
"""

from __future__ import annotations

import bisect
from dataclasses import asdict, dataclass, field, fields
from typing import TYPE_CHECKING, Any

from .figures import Figure, extract_figures
from .splitting import split_text

if TYPE_CHECKING:
    from .checks import CheckReport
    from .fidelity import FidelityReport

__all__ = ["Flag", "Sentence", "Segment", "Paragraph", "Document"]

_TITLE_END = ".!?…»\"”"


@dataclass(frozen=True)
class Flag:
    """Something the reader must know about a sentence.

    Attributes:
        code: ``figures`` (a figure lost or changed), ``repaired`` (fixed automatically),
            ``split`` (long sentence translated in parts: check the joins), ``untranslated``
            (the model gave nothing: the source is shown), ``repetition``, ``length``; as information,
            ``converted`` (a figure given in another unit, the conversion checked) and ``unread`` (a number
            the reader could not read, left out of the check). From the name and negation checks
            (:mod:`summarizer.checks`): ``name`` (a person, place or organisation of the French missing or
            replaced in the English), ``negation`` (a negation lost or added), and as information
            ``added-name`` (an English name the French does not hold). These are flagged, never repaired.
        message: A human explanation.
        severity: ``warning`` (the reader should check) or ``info``.
    """

    code: str
    message: str
    severity: str = "warning"


@dataclass
class Sentence:
    """One sentence of the article, and after the run its translation.

    Attributes:
        source: The French sentence, ``document.text[start:end]``.
        translation: The English sentence ("" until translated).
        paragraph: Index of its paragraph.
        start: Offset of the sentence in the document's text.
        end: Offset just past the sentence.
        index: Position of the sentence in the article.
        flags: Problems found and repairs made.
        figures: Its French figures (offsets within ``source``), read once, with the numbers of its names
            (kind ``name``, for the check).
        figures_en: The figures of its translation (offsets within ``translation``).
        report: The figure check of ``source`` against ``translation``.
        heading: Whether it is a heading (a title line).
        critical: The name and negation check of ``source`` against ``translation`` (names found, issues).
    """

    source: str
    translation: str
    paragraph: int
    start: int
    end: int
    index: int = 0
    flags: tuple[Flag, ...] = ()
    figures: tuple[Figure, ...] = ()
    figures_en: tuple[Figure, ...] = ()
    report: FidelityReport | None = None
    heading: bool = False
    critical: CheckReport | None = None

    @property
    def flagged(self) -> bool:
        """Whether a warning remains on this sentence."""
        return any(f.severity == "warning" for f in self.flags)

    @property
    def repaired(self) -> bool:
        """Whether the translation was repaired automatically."""
        return any(f.code == "repaired" for f in self.flags)

    def to_dict(self) -> dict[str, Any]:
        """The sentence as a JSON-ready dict (the ``segments`` of ``translate --json``)."""
        skipped = {"flags", "figures", "figures_en", "report", "critical"}
        data = {f.name: getattr(self, f.name) for f in fields(self) if f.name not in skipped}
        data["flags"] = [asdict(f) for f in self.flags]
        data["flagged"] = self.flagged
        data["repaired"] = self.repaired
        if self.critical is not None:
            data["checks"] = self.critical.to_dict()
        return data


#: The name the public API has always used for a translated sentence.
Segment = Sentence


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


@dataclass
class Document:
    """An article as the reader gave it, split once.

    Attributes:
        text: The text every offset refers to (the input, or the text of an HTML page).
        paragraphs: In order.
        sentences: In order; each knows its paragraph.
        warnings: Article-level warnings (language, HTML input...).
    """

    text: str
    paragraphs: list[Paragraph]
    sentences: list[Sentence]
    warnings: list[str] = field(default_factory=list)

    @classmethod
    def build(cls, text: str, warnings: list[str] | None = None) -> Document:
        """Split ``text`` into paragraphs and sentences and read every sentence's French figures.

        Args:
            text: The article's text (already extracted from HTML, validated).
            warnings: Article-level warnings found while reading it.
        """
        spans = split_text(text)
        sentences = [
            Sentence(s.text, "", s.paragraph, s.start, s.end, i, figures=tuple(extract_figures(s.text, "fr", names=True)))
            for i, s in enumerate(spans)
        ]
        members: dict[int, list[int]] = {}
        for sentence in sentences:
            members.setdefault(sentence.paragraph, []).append(sentence.index)
        paragraphs = []
        for number, indices in sorted(members.items()):
            first, last = sentences[indices[0]], sentences[indices[-1]]
            heading = len(indices) == 1 and _is_title(first.source)
            paragraphs.append(Paragraph(number, first.start, last.end, tuple(indices), heading))
            if heading:
                first.heading = True
        return cls(text, paragraphs, sentences, list(warnings or []))

    @property
    def title(self) -> Sentence | None:
        """The article's title: its first paragraph when that is a heading."""
        if self.paragraphs and self.paragraphs[0].heading:
            return self.sentences[self.paragraphs[0].sentences[0]]
        return None

    def figures(self) -> list[Figure]:
        """Every French figure of the article, with offsets into :attr:`text` (the numbers of names aside)."""
        return [f.shifted(s.start) for s in self.sentences for f in s.figures if f.kind != "name"]

    def sentence_at(self, offset: int) -> Sentence | None:
        """The sentence holding a character offset of :attr:`text` (sentences are in order: a bisection)."""
        index = bisect.bisect_right(self.sentences, offset, key=lambda s: s.start) - 1
        if index >= 0 and offset < self.sentences[index].end:
            return self.sentences[index]
        return None


def _is_title(sentence: str) -> bool:
    stripped = sentence.rstrip()
    return bool(stripped) and stripped[-1] not in _TITLE_END and len(stripped.split()) <= 25
