"""Builders of test articles (sumy-style helpers); the test doubles live in :mod:`summarizer.testing`, re-exported here."""

from __future__ import annotations

from collections.abc import Sequence

from summarizer.testing import IdentityTranslator, ScriptedTranslator

__all__ = ["article", "numbered_sentences", "name_warnings", "negation_messages", "IdentityTranslator", "ScriptedTranslator"]


def article(*paragraphs: str | Sequence[str], separator: str = "\n\n") -> str:
    """An article from paragraphs, each a string or a list of sentences."""
    return separator.join(p if isinstance(p, str) else " ".join(p) for p in paragraphs)


def numbered_sentences(count: int, words: int = 8) -> list[str]:
    """Distinct French sentences, each naming its own number."""
    filler = " ".join(["le conseil régional a examiné le dossier"] * max(1, words // 7))
    return [f"Le rapport numéro {i} indique que {filler} avec soin." for i in range(count)]


def name_warnings(fr: str, en: str, translations: dict[str, str] | None = None) -> list[str]:
    """The messages of the name check alone on one pair (``translations``: the run's translations of French names)."""
    from summarizer.checks import check

    return [i.message for i in check(fr, en, checks=("names",), translations=translations).warnings]


def negation_messages(fr: str, en: str) -> list[str]:
    """The messages of the negation issues of the negation check alone on one pair."""
    from summarizer.checks import IssueKind, check

    return [i.message for i in check(fr, en, checks=("negation",)).of(IssueKind.NEGATION)]
