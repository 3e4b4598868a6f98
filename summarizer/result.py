"""The result model: what a run makes of an article, frozen, with no "not yet" state.

The source side is :class:`~summarizer.document.Document` (paragraphs, sentences, their French figures),
built once and never changed. The run then makes, for each sentence, one :class:`SentenceResult`
(its English, its English figures, its figure check and its flags), assembled from the
:class:`~summarizer.parts.Part` objects the sentence was translated in; a :class:`Translation` holds the
document and every sentence's result, in order, and derives the rest (the English text, the flagged and
repaired sentences). Every reader (summary, page, CLI, batch, cluster, JSON) reads these values; nothing
fills them in later.

Coordinates: a figure's ``start``/``end`` are offsets in its own sentence (``Sentence.source`` for French
figures, ``SentenceResult.translation`` for English ones); :meth:`Translation.sentence_at` and
:meth:`Document.sentence_at <summarizer.document.Document.sentence_at>` find a sentence from an offset in
the document's text.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING, Any, ClassVar

from .vocabulary import Vocabulary

if TYPE_CHECKING:
    from .checks import CheckReport
    from .document import Document, Sentence
    from .figures import Figure
    from .figures.matching import FidelityReport

__all__ = ["FlagCode", "Severity", "Flag", "SentenceResult", "Signature", "Translation", "Segment"]


class FlagCode(Vocabulary):
    """What a flag on a sentence is about."""

    FIGURES = "figures"  #: a figure lost, changed, added or moved
    REPAIRED = "repaired"  #: fixed automatically (and the fix passed the check)
    REPAIR_TRIED = "repair_tried"  #: a repair was tried but the sentence still fails its check (information)
    SPLIT = "split"  #: a long sentence translated in parts: check the joins
    UNTRANSLATED = "untranslated"  #: the model gave nothing: the French is shown
    REPETITION = "repetition"  #: the translation repeats a phrase
    LENGTH = "length"  #: an implausible length: part missing, or invented text
    CONVERTED = "converted"  #: a figure given in another unit, the conversion checked (information)
    UNREAD = "unread"  #: a number the reader could not read, left out of the check (information)
    STOPPED = "stopped"  #: the run was stopped before this sentence was translated or checked
    NAME = "name"  #: a person, place or organisation of the French missing or replaced in the English (flagged, never repaired)
    ADDED_NAME = "added-name"  #: an English name the French does not hold (information)
    NEGATION = "negation"  #: a negation lost or added (flagged, never repaired)


class Severity(Vocabulary):
    """How much a flag asks of the reader."""

    WARNING = "warning"  #: the reader should check the sentence
    INFO = "info"  #: said for the record; the sentence is fine


@dataclass(frozen=True)
class Flag:
    """Something the reader must know about a sentence.

    Attributes:
        code: A :class:`FlagCode` (a string: "figures", "repaired"...).
        message: A human explanation.
        severity: A :class:`Severity`: ``warning`` (the reader should check) or ``info``.
    """

    code: str
    message: str
    severity: str = Severity.WARNING


@dataclass(frozen=True)
class SentenceResult:
    """One sentence of the article, translated and checked.

    The source sentence's fields (``source``, ``paragraph``, ``start``, ``end``, ``index``, ``figures``,
    ``heading``) are read through, so a result reads like the sentence it translates.

    Attributes:
        sentence: The French sentence.
        translation: Its English (the French itself, flagged, when the model gave nothing).
        figures_en: The figures of the English (offsets in ``translation``), with the numbers of names.
        report: The figure check of the sentence against its English.
        flags: Problems found and repairs made.
        parts: The French parts it was translated in (one, unless the sentence was too long; none for a
            sentence of symbols only).
        checks: The name and negation check of the sentence (:func:`summarizer.check`'s report: names found,
            issues), or ``None`` where it was not made (untranslated, stopped).
    """

    sentence: Sentence
    translation: str
    figures_en: tuple[Figure, ...]
    report: FidelityReport
    flags: tuple[Flag, ...] = ()
    parts: tuple[str, ...] = ()
    checks: CheckReport | None = None

    source = property(lambda self: self.sentence.source, doc="The French sentence.")
    paragraph = property(lambda self: self.sentence.paragraph, doc="Index of its paragraph.")
    start = property(lambda self: self.sentence.start, doc="Offset of the sentence in the document's text.")
    end = property(lambda self: self.sentence.end, doc="Offset just past the sentence.")
    index = property(lambda self: self.sentence.index, doc="Position of the sentence in the article.")
    figures = property(lambda self: self.sentence.figures, doc="Its French figures (offsets in ``source``).")
    heading = property(lambda self: self.sentence.heading, doc="Whether it is a heading.")

    #: The JSON form: key -> attribute (:mod:`summarizer.serialize`).
    JSON: ClassVar[dict[str, str]] = {
        k: k for k in "source translation paragraph start end index heading flags flagged repaired checks".split()
    }

    @property
    def flagged(self) -> bool:
        """Whether a warning remains on this sentence."""
        return any(f.severity == Severity.WARNING for f in self.flags)

    @property
    def repaired(self) -> bool:
        """Whether the translation was repaired automatically."""
        return any(f.code == FlagCode.REPAIRED for f in self.flags)

    @property
    def warnings(self) -> list[str]:
        """The messages of its warnings (what the reader should check)."""
        return [f.message for f in self.flags if f.severity == Severity.WARNING]

    def to_dict(self) -> dict[str, Any]:
        """The sentence as a JSON-ready dict (the ``segments`` of ``translate --json``)."""
        from .serialize import to_json

        return to_json(self)


#: The name the public API has always used for a translated sentence.
Segment = SentenceResult


@dataclass(frozen=True)
class Signature:
    """What made a result: enough to tell two results apart or to reproduce one.

    Attributes:
        version: The package's version.
        model: The model's name.
        backend: The back end that translated.
        beams: The beam size.
        parsers: Which spaCy parsers were installed and used, by language (``{"fr": True, "en": False}``).
    """

    version: str
    model: str
    backend: str
    beams: int
    parsers: dict[str, bool] = field(default_factory=dict, hash=False)


@dataclass(frozen=True)
class Translation:
    """A translated article: its document and every sentence's result, in order.

    Attributes:
        document: The article as read (source side).
        sentences: One result per sentence of the document, in order.
        model: The model's name.
        backend: The back end that ran it.
        seconds: Wall time of the translation.
        signature: The version, model, back end, beams and parsers that made it.
        notes: What the run itself has to say of the article (a check it could not make), after the document's
            warnings in :attr:`warnings`.
    """

    document: Document
    sentences: tuple[SentenceResult, ...]
    model: str
    backend: str
    seconds: float
    signature: Signature
    notes: tuple[str, ...] = ()

    #: The JSON form: key -> attribute (:mod:`summarizer.serialize`).
    JSON: ClassVar[dict[str, str]] = {
        "text": "text", "segments": "sentences", "model": "model", "backend": "backend", "seconds": "rounded_seconds",
        "warnings": "warnings", "flagged": "flagged_indices", "repaired": "repaired_indices",
    }  # fmt: skip

    def __post_init__(self) -> None:
        if len(self.sentences) != len(self.document.sentences):
            raise ValueError(f"a translation needs one result per sentence: {len(self.sentences)} for {len(self.document.sentences)}")

    @cached_property
    def text(self) -> str:
        """The English article, paragraphs kept."""
        from .parts import join_sentences

        return join_sentences(self.document, {s.index: s.translation for s in self.sentences})

    @property
    def segments(self) -> tuple[SentenceResult, ...]:
        """The sentences (the name the public API has always used)."""
        return self.sentences

    @property
    def source_text(self) -> str:
        """The text the sentences' offsets refer to (the input, or its text when the input was HTML)."""
        return self.document.text

    @property
    def warnings(self) -> list[str]:
        """Article-level warnings (language, HTML input, a check not made...)."""
        return [*self.document.warnings, *self.notes]

    @property
    def flagged(self) -> list[SentenceResult]:
        """Sentences that still carry a warning."""
        return [s for s in self.sentences if s.flagged]

    @property
    def repaired(self) -> list[SentenceResult]:
        """Sentences repaired automatically."""
        return [s for s in self.sentences if s.repaired]

    @property
    def flagged_indices(self) -> list[int]:
        """The indices of the flagged sentences (the JSON's ``flagged``)."""
        return [s.index for s in self.flagged]

    @property
    def repaired_indices(self) -> list[int]:
        """The indices of the repaired sentences (the JSON's ``repaired``)."""
        return [s.index for s in self.repaired]

    @property
    def rounded_seconds(self) -> float:
        """Wall time to the millisecond (the JSON's ``seconds``)."""
        return round(self.seconds, 3)

    def sentence_at(self, offset: int) -> SentenceResult | None:
        """The translated sentence holding a character offset of the document's text (the document's bisection)."""
        sentence = self.document.sentence_at(offset)
        return self.sentences[sentence.index] if sentence is not None else None

    def to_dict(self) -> dict[str, Any]:
        """The JSON form: text, segments, model, seconds, and the rest."""
        from .serialize import to_json

        return to_json(self)
