"""summarizer: French news translated into English, condensed to its key figures.

The public API::

    from summarizer import translate, summarize_article, extract_figures, check_figures, check

    result = translate("Le chômage a baissé de 1,1 %.")       # Helsinki-NLP/opus-mt-fr-en
    result.text, result.segments[0].translation
    summary = summarize_article(article_text, model="/path/to/opus-mt-fr-en")
    summary.key_figures[0].formatted, summary.summary
    check(french, english).issues       # figures, names and negation: one report

    for event in run(article_text, TranslateOptions.build(beams=1)):   # typed events, lazily
        ...                                                           # Started, BatchTranslated, ..., Finished

Nothing heavy is imported until it is used: the model loads on the first call.
"""

from __future__ import annotations

from ._version import __version__
from .batch import summarize_many
from .checks import CheckReport, Issue, IssueKind, check
from .checks.figures import FidelityReport, FigureMatch, check_figures
from .document import Document, Paragraph, Sentence
from .errors import (
    EmptyInputError,
    InputError,
    InputTooLargeError,
    MissingDependencyError,
    ModelLoadError,
    ModelNotFoundError,
    NotFrenchError,
    SummarizerError,
    UnsupportedInputError,
)
from .facts import Fact, read_facts
from .figures import Figure, Kind, extract_figures, format_value
from .ingest import read_document
from .language import detect_language
from .models import DEFAULT_MODEL
from .options import DEFAULT_MAX_CHARS, TranslateOptions
from .result import Flag, FlagCode, Segment, SentenceResult, Severity, Signature, Translation
from .run import (
    BatchTranslated,
    Event,
    Failed,
    Finished,
    Repaired,
    RunCancelled,
    SentenceDone,
    Started,
    SummaryReady,
    run,
    summarize_article,
    summarize_translation,
    translate,
)
from .settings import Settings
from .splitting import split_text
from .summary import ROLES, ArticleSummary, Headline, KeyFigure, RankedFigure, rank_key_figures
from .translators import BACKENDS, DecodeOptions, Translator, get_translator

__all__ = [
    "__version__",
    "DEFAULT_MODEL",
    "DEFAULT_MAX_CHARS",
    "translate",
    "summarize_article",
    "run",
    "summarize_many",
    "summarize_translation",
    "extract_figures",
    "check_figures",
    "check",
    "CheckReport",
    "Issue",
    "IssueKind",
    "format_value",
    "read_document",
    "detect_language",
    "split_text",
    "get_translator",
    "Translation",
    "Segment",
    "Sentence",
    "Paragraph",
    "Document",
    "Flag",
    "FlagCode",
    "Severity",
    "SentenceResult",
    "Signature",
    "Settings",
    "TranslateOptions",
    "ArticleSummary",
    "Headline",
    "KeyFigure",
    "RankedFigure",
    "ROLES",
    "rank_key_figures",
    "Fact",
    "read_facts",
    "Kind",
    "Event",
    "Started",
    "BatchTranslated",
    "Repaired",
    "SentenceDone",
    "SummaryReady",
    "Finished",
    "Failed",
    "RunCancelled",
    "Figure",
    "FidelityReport",
    "FigureMatch",
    "Translator",
    "DecodeOptions",
    "BACKENDS",
    "SummarizerError",
    "InputError",
    "EmptyInputError",
    "InputTooLargeError",
    "UnsupportedInputError",
    "NotFrenchError",
    "ModelNotFoundError",
    "ModelLoadError",
    "MissingDependencyError",
]
