"""Preparing the reader's text for a run: validated, HTML reduced to its article, language checked."""

from __future__ import annotations

import logging

from .errors import EmptyInputError, InputError, NotFrenchError
from .ingest import check_size, clean_for_model, html_to_text, looks_like_html
from .language import detect_language
from .options import TranslateOptions
from .splitting import split_paragraphs

logger = logging.getLogger(__name__)

__all__ = ["prepare_text"]


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
