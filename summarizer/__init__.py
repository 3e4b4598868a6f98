"""summarizer: French news translated into English, condensed to its key figures.

The public API::

    from summarizer import translate, summarize_article, extract_figures, check_figures

    result = translate("Le chômage a baissé de 1,1 %.")       # Helsinki-NLP/opus-mt-fr-en
    result.text, result.segments[0].translation
    summary = summarize_article(article_text, model="/path/to/opus-mt-fr-en")
    summary.key_figures[0].formatted, summary.summary

Nothing heavy is imported until it is used: the model loads on the first call.
"""

from __future__ import annotations

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
from .fidelity import FidelityReport, FigureMatch, check_figures
from .figures import Figure, extract_figures, format_value
from .ingest import read_document
from .language import detect_language
from .models import DEFAULT_MODEL
from .pipeline import DEFAULT_MAX_CHARS, Flag, Segment, TranslateOptions, Translation, translate
from .splitting import split_text
from .summary import ArticleSummary, KeyFigure, summarize_article, summarize_translation
from .translators import BACKENDS, DecodeOptions, IdentityTranslator, Translator, get_translator

__version__ = "0.1.0"

__all__ = [
    "__version__",
    "DEFAULT_MODEL",
    "DEFAULT_MAX_CHARS",
    "translate",
    "summarize_article",
    "summarize_translation",
    "extract_figures",
    "check_figures",
    "format_value",
    "read_document",
    "detect_language",
    "split_text",
    "get_translator",
    "Translation",
    "Segment",
    "Flag",
    "TranslateOptions",
    "ArticleSummary",
    "KeyFigure",
    "Figure",
    "FidelityReport",
    "FigureMatch",
    "Translator",
    "IdentityTranslator",
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
