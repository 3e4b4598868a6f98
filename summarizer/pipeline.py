"""The steps of the translation pipeline that :mod:`summarizer.run` strings together.

Validating and preparing the input (:func:`prepare_text`), cutting a sentence too
long for the model into parts (:func:`split_long`), the checks on each output
(:func:`runaway_repetition`, :func:`length_problem`), rejoining the sentences
into paragraphs (:func:`join_sentences`), and the translated article
(:class:`Translation`). The run itself (batches, repair, events) is in
:mod:`summarizer.run`.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from .document import Document, Flag, Segment
from .errors import EmptyInputError, InputError, NotFrenchError
from .ingest import check_size, clean_for_model, html_to_text, looks_like_html
from .language import detect_language
from .options import DEFAULT_MAX_CHARS, TranslateOptions
from .splitting import split_paragraphs
from .translators import Translator, get_translator

logger = logging.getLogger(__name__)

__all__ = [
    "Translation",
    "prepare_text",
    "split_long",
    "runaway_repetition",
    "length_problem",
    "join_sentences",
    "translator_for",
    # the names this module has always offered, now defined where they belong
    "Flag",
    "Segment",
    "TranslateOptions",
    "DEFAULT_MAX_CHARS",
]


@dataclass
class Translation:
    """A translated article.

    Attributes:
        text: The English article, paragraphs kept.
        segments: The sentences, in order.
        model: The model's name.
        backend: The back end that ran it.
        seconds: Wall time of the translation.
        source_text: The text the segments' offsets refer to (the input, or its
            text when the input was HTML).
        warnings: Article-level warnings (language, HTML input...).
        document: The document model the sentences belong to.
    """

    text: str
    segments: list[Segment]
    model: str
    backend: str
    seconds: float
    source_text: str
    warnings: list[str] = field(default_factory=list)
    document: Document | None = None

    @property
    def flagged(self) -> list[Segment]:
        """Segments that still carry a warning."""
        return [s for s in self.segments if s.flagged]

    @property
    def repaired(self) -> list[Segment]:
        """Segments repaired automatically."""
        return [s for s in self.segments if s.repaired]

    def to_dict(self) -> dict[str, Any]:
        """The JSON form: text, segments, model, seconds, and the rest."""
        return {
            "text": self.text,
            "segments": [s.to_dict() for s in self.segments],
            "model": self.model,
            "backend": self.backend,
            "seconds": round(self.seconds, 3),
            "warnings": list(self.warnings),
            "flagged": [s.index for s in self.flagged],
            "repaired": [s.index for s in self.repaired],
        }


# --------------------------------------------------------------------------- long sentences

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


# --------------------------------------------------------------------------- checks

_REPEAT = re.compile(r"(\b.{2,40}?)(?:\s*\1){3,}", re.IGNORECASE)


def runaway_repetition(source: str, translation: str) -> str | None:
    """The phrase repeated four or more times in a row in the translation but not in the source."""
    match = _REPEAT.search(translation)
    if not match:
        return None
    phrase = match.group(1).strip()
    if not phrase or _REPEAT.search(source):
        return None  # the source repeats itself too ("non, non, non, non !")
    return phrase


def length_problem(source: str, translation: str) -> str | None:
    """Explain an implausible length ratio (a truncated or bloated output), or ``None``."""
    if len(source) < 40:
        return None
    ratio = len(translation) / len(source)
    if ratio < 0.35:
        return f"the translation is {ratio:.0%} of the source's length: part of the sentence may be missing"
    if ratio > 3.0:
        return f"the translation is {ratio:.1f} times the source's length: it may contain invented text"
    return None


def join_sentences(document: Document, texts: Mapping[int, str] | None = None, pending: str = "…") -> str:
    """The English article: sentences joined by spaces, paragraphs as the French had them.

    Args:
        document: The article.
        texts: The English by sentence index, when not the sentences' own (a partial
            translation while a run goes on); ``pending`` stands for the missing ones.
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
        parts.append(current.translation if texts is None else texts.get(current.index, pending))
    return "".join(parts)


def prepare_text(text: str, options: TranslateOptions) -> tuple[str, list[str]]:
    """Validate the input and return the text to translate and article warnings."""
    if isinstance(text, (bytes, bytearray)):
        raise InputError("translate() takes text (str); decode bytes first, e.g. with summarizer.read_document")
    if not isinstance(text, str):
        raise InputError(f"translate() takes text (str), not {type(text).__name__}")
    warnings: list[str] = []
    check_size(text, options.max_chars)
    if looks_like_html(text):
        text = html_to_text(text)
        warnings.append("The input was an HTML page: its article text was extracted.")
    if not clean_for_model(text):
        raise EmptyInputError("The text is empty: paste or upload a French article.")
    guess = detect_language(text)
    if not guess.is_french:
        message = (
            f"The text does not look French (it looks like '{guess.language}'; "
            f"{guess.french_share:.0%} French function words)."
        )
        if options.check_language:
            raise NotFrenchError(message + " Translate anyway with check_language=False (CLI: --force).")
        warnings.append(message + " Translated anyway, as asked.")
    else:
        foreign = [
            (i + 1, guess.language)
            for i, (start, end) in enumerate(split_paragraphs(text))
            if len(text[start:end].split()) >= 12 and not (guess := detect_language(text[start:end])).is_french
        ]
        if foreign:
            listed = ", ".join(f"{i} ({language})" for i, language in foreign[:10])
            warnings.append(f"Some paragraphs do not look French: {listed}. They were translated with the rest.")
    return text, warnings


def translator_for(model: str | None, options: TranslateOptions) -> Translator:
    """The translator these options ask for: the one passed in, or the shared, lazily loaded one."""
    if options.translator is not None:
        return options.translator
    return get_translator(model, options.backend, **options.backend_options(options.backend))
