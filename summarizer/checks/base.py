"""The types every check shares: the kind and severity of an issue, the issue, the report, and the base class.

A check reads one French sentence (or text) and its English translation and returns :class:`Issue` objects.
Checks are registered by name (``figures``, ``names``, ``negation``), as CTranslate2 registers its
translators: :func:`get_check` builds one by name, and an unknown name is a ``ValueError`` listing the valid ones.
"""

from __future__ import annotations

import logging
from abc import ABC, abstractmethod
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, ClassVar

from ..result import Severity as _Severity
from ..vocabulary import Vocabulary

logger = logging.getLogger(__name__)

__all__ = ["IssueKind", "Severity", "Span", "Issue", "NameMatch", "CheckReport", "Check", "CHECKS", "register", "get_check"]

#: Sentences longer than this (in characters, on either side) are not parsed for names and negation: no flag.
MAX_CHARS = 2000


class IssueKind(Vocabulary):
    """What an issue is about. An ``IssueKind`` equals its name as a string (``IssueKind.NAME == "name"``)."""

    FIGURE = "figure"
    NAME = "name"
    NEGATION = "negation"




Severity = _Severity  # one vocabulary for how much a flag or an issue matters (summarizer.result.Severity)


#: ``(start, end)`` character offsets, or ``None`` where the thing is absent from that text.
Span = tuple[int, int] | None


@dataclass(frozen=True)
class Issue:
    """One thing that changed between the French and the English.

    Attributes:
        kind: Figure, name or negation.
        code: What happened, in one word: ``missing``, ``replaced``, ``added`` (names); ``lost``, ``added``
            (negation); ``missing``, ``unexpected``, ``swapped``, ``comparator``,
            ``direction``, ``noun`` (figures: the last three a value kept whose meaning changed).
        message: One human line ("'Maroc' missing in the English"; "'Rabat' written 'Casablanca'").
        source: The French text concerned ("" when the thing exists only in the English).
        translation: The English text concerned ("" when it is absent from the English).
        source_span: Where ``source`` is in the French text.
        translation_span: Where ``translation`` is in the English text.
        severity: A warning, or information (an added name).
    """

    kind: IssueKind
    code: str
    message: str
    source: str = ""
    translation: str = ""
    source_span: Span = None
    translation_span: Span = None
    severity: Severity = Severity.WARNING

    def to_dict(self) -> dict[str, Any]:
        """The issue as a JSON-ready dict."""
        return {
            "kind": str(self.kind),
            "code": self.code,
            "message": self.message,
            "source": self.source,
            "translation": self.translation,
            "source_span": list(self.source_span) if self.source_span else None,
            "translation_span": list(self.translation_span) if self.translation_span else None,
            "severity": str(self.severity),
        }


@dataclass(frozen=True)
class NameMatch:
    """A French name and where the English renders it (for highlighting both columns).

    Attributes:
        source: The French name.
        translation: Its English rendering.
        source_span: Offsets in the French.
        translation_span: Offsets in the English.
        how: Why they match (:class:`summarizer.checks.names.Found`): ``same``, ``exonym``, ``translation``,
            ``overlap``, ``person``, ``acronym``.
    """

    source: str
    translation: str
    source_span: tuple[int, int]
    translation_span: tuple[int, int]
    how: str


@dataclass
class CheckReport:
    """Everything one check of a French text against its English found.

    Attributes:
        issues: Every issue, in the order the checks ran (figures, names, negation).
        names: The French names found in the English, with where (for the page).
        checked: The kinds checked.
        notes: What could not be checked and why ("names and negation not checked: ...").
        figures: The figure check's own report, when figures were checked.
    """

    issues: list[Issue] = field(default_factory=list)
    names: list[NameMatch] = field(default_factory=list)
    checked: list[IssueKind] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    figures: Any = None

    @property
    def warnings(self) -> list[Issue]:
        """The issues a reader should check (information left out)."""
        return [i for i in self.issues if i.severity == Severity.WARNING]

    @property
    def ok(self) -> bool:
        """No warning of any kind."""
        return not self.warnings

    def of(self, kind: IssueKind | str) -> list[Issue]:
        """The issues of one kind."""
        return [i for i in self.issues if i.kind == kind]

    def describe(self) -> str:
        """One human line: the warnings, or that nothing changed."""
        if not self.warnings:
            return "nothing changed" + (f" ({'; '.join(self.notes)})" if self.notes else "")
        return "; ".join(i.message for i in self.warnings)

    def to_dict(self) -> dict[str, Any]:
        """The report as a JSON-ready dict: the issues by kind, what was checked, the notes."""
        return {
            "ok": self.ok,
            "checked": [str(k) for k in self.checked],
            "issues": {str(k): [i.to_dict() for i in self.of(k)] for k in IssueKind if k in self.checked or self.of(k)},
            "names": [
                {
                    "source": m.source,
                    "translation": m.translation,
                    "source_span": list(m.source_span),
                    "translation_span": list(m.translation_span),
                    "how": m.how,
                }
                for m in self.names
            ],  # fmt: skip
            "notes": list(self.notes),
        }

    def extend(self, other: CheckReport) -> None:
        """Add another report's findings (a sentence's) to this one."""
        if other.figures is not None:
            if self.figures is None:
                self.figures = other.figures
            elif self.figures is not other.figures:
                self.figures.extend(other.figures)
        self.issues += other.issues
        self.names += other.names
        self.checked += [k for k in other.checked if k not in self.checked]
        self.notes += [n for n in other.notes if n not in self.notes]


class Check(ABC):
    """A check of one French text against its English translation.

    Subclasses set :attr:`name` and :attr:`kind` and are registered with :func:`register`.
    """

    name: ClassVar[str] = ""
    kind: ClassVar[IssueKind]
    #: The spaCy parsers the check needs ("fr", "en"); without them it is skipped and the report says so.
    needs: ClassVar[tuple[str, ...]] = ()

    def applies(self, source: str, translation: str) -> bool:
        """Whether the pair holds anything the check reads, by a test on the words alone (before any parse): a
        pair it does not apply to is checked with nothing found. True unless a check says otherwise.
        """
        return True

    @abstractmethod
    def run(self, source: str, translation: str, report: CheckReport, translations: Mapping[str, str]) -> None:
        """Add the check's findings to ``report``.

        Args:
            source: The French text.
            translation: The English text.
            report: The report to fill.
            translations: The model's own English for French names, when the run translated them.
        """


CHECKS: dict[str, type[Check]] = {}


def register(cls: type[Check]) -> type[Check]:
    """Class decorator: make a check available by its name."""
    CHECKS[cls.name] = cls
    return cls


def get_check(name: str) -> Check:
    """A check by name.

    Raises:
        ValueError: An unknown name (the message lists the valid ones).
    """
    try:
        return CHECKS[name]()
    except KeyError:
        raise ValueError(f"unknown check {name!r}; valid: {', '.join(sorted(CHECKS))}") from None
