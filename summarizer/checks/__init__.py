"""One check of a French text against its English translation: figures, names and negation, one report.

::

    from summarizer import check

    report = check("Le Maroc n'a pas signé.", "Morocco signed.")
    report.ok                     # False
    [i.message for i in report.issues]
    # ["negation lost: 'ne ... pas' on 'signé' is not negated in the English"]
    report.to_dict()["issues"]["name"]

Each :class:`Issue` has a kind (:class:`IssueKind`: ``figure``, ``name``, ``negation``), what changed,
where (offsets in both texts) and a severity. The figure check is
:func:`summarizer.checks.figures.check_figures`, unchanged; the name and negation checks read the spaCy parses
of both sides (:mod:`summarizer.parsing`). Without the parsers, figures are checked alone and the report
says that names and negation were not (:attr:`CheckReport.notes`). A sentence longer than
:data:`MAX_CHARS` characters is not parsed: no name or negation issue, and a note. Nothing here raises on
bad input. Repair (in the run) is for figures only: a name or negation issue is flagged, never rewritten.

The checks and repairs of the run live here too: :mod:`summarizer.checks.output` (a runaway repetition, an
implausible length) and :mod:`summarizer.checks.repair` (the repairs of one translated part: a guarded retry,
another hypothesis, the French numbers put back).
"""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Mapping, Sequence

from .base import CHECKS, MAX_CHARS, Check, CheckReport, Issue, IssueKind, NameMatch, Severity, Span, get_check, register
from .figures import FigureCheck
from .names import NameCheck, mentioned_earlier, names_to_translate
from .negation import NegationCheck

logger = logging.getLogger(__name__)

__all__ = [
    "CHECKS",
    "MAX_CHARS",
    "Check",
    "CheckReport",
    "FigureCheck",
    "Issue",
    "IssueKind",
    "NameCheck",
    "NameMatch",
    "NegationCheck",
    "Severity",
    "Span",
    "check",
    "check_sentence",
    "get_check",
    "names_to_translate",
    "register",
    "said_before",
]

#: The checks :func:`check` runs by default, in order.
DEFAULT_CHECKS = ("figures", "names", "negation")


def check_sentence(
    source: str,
    translation: str,
    *,
    checks: Sequence[str] = DEFAULT_CHECKS,
    translations: Mapping[str, str] | None = None,
    figures: object = None,
) -> CheckReport:
    """Check one French sentence against its English translation.

    Args:
        source: The French sentence.
        translation: Its English translation.
        checks: The checks to run, by name (:data:`CHECKS`).
        translations: The model's own English for French names (the run's one batch), when known.
        figures: The figure check already made (a :class:`~summarizer.figures.matching.FidelityReport`), reused.

    Raises:
        ValueError: An unknown check name.
    """
    from .. import parsing

    report = CheckReport()
    chosen = [get_check(name) for name in checks]
    for item in chosen:
        if isinstance(item, FigureCheck) and figures is not None:
            item.known = figures
        if item.needs:
            missing = [lang for lang in item.needs if not parsing.available(lang)]
            if missing:
                note = "names and negation not checked: the parsers are not installed (pip install 'summarizer[labels]')"
                if note not in report.notes:
                    report.notes.append(note)
                continue
            if len(source) > MAX_CHARS or len(translation) > MAX_CHARS:
                note = f"names and negation not checked: a sentence longer than {MAX_CHARS} characters"
                if note not in report.notes:
                    report.notes.append(note)
                continue
            if not source.strip() or not translation.strip() or not item.applies(source, translation):
                report.checked.append(item.kind)  # nothing to read: checked, nothing found, no parse
                continue
        try:
            item.run(source, translation, report, translations or {})
        except Exception as error:  # a parse that cannot be read is no reason to stop: said, never raised
            logger.warning("%s check skipped: %s", item.name, error)
            report.notes.append(f"{item.name} not checked: {error}")
            continue
        report.checked.append(item.kind)
    return report


def check(
    source: str,
    translation: str,
    *,
    segments: Sequence[tuple[str, str]] | None = None,
    checks: Sequence[str] = DEFAULT_CHECKS,
    translations: Mapping[str, str] | None = None,
) -> CheckReport:
    """Check that a French text's figures, names and negations survive in its English translation.

    Figures are checked as :func:`~summarizer.checks.figures.check_figures` checks them. Names and negation are
    checked sentence by sentence when both texts split into as many sentences (offsets are then shifted
    into the whole texts), else on the whole texts (up to :data:`MAX_CHARS` characters).

    Args:
        source: The French text.
        translation: The English text.
        segments: ``(French sentence, English sentence)`` pairs, when known: each is checked on its own
            (offsets are then within each sentence).
        checks: The checks to run, by name: ``figures``, ``names``, ``negation``.
        translations: The model's own English for French names, when known.

    Returns:
        One report: the issues of every kind, the names found, what was checked and what was not.

    Raises:
        ValueError: An unknown check name.
    """
    for name in checks:
        get_check(name)  # an unknown name fails before any work
    if segments is not None:
        report = CheckReport()
        parts = [(check_sentence(src, tgt, checks=checks, translations=translations), src, tgt) for src, tgt in segments]
        for part in said_before(parts):
            report.extend(part)
        return report
    from ..splitting import split_text

    fr_spans, en_spans = split_text(source), split_text(translation)
    if len(fr_spans) <= 1 or len(fr_spans) != len(en_spans):
        return check_sentence(source, translation, checks=checks, translations=translations)
    report = CheckReport()
    if "figures" in checks:
        report.extend(check_sentence(source, translation, checks=("figures",)))
    rest = [c for c in checks if c != "figures"]
    for fr, en in zip(fr_spans, en_spans):
        part = check_sentence(fr.text, en.text, checks=rest, translations=translations)
        report.extend(_shifted(_said_before(part, report.names, fr.text, en.text), fr.start, en.start))
    return report


def said_before(parts: Sequence[tuple[CheckReport, str, str]]) -> list[CheckReport]:
    """The reports of a text's sentences, in reading order (each with its French and English), each without the names
    missing there that an earlier sentence of the text names in both languages
    (:func:`~summarizer.checks.names.mentioned_earlier`): a repetition English avoids, not a drop.

    A report with nothing to forgive is returned as it was (the same object).
    """
    earlier: list[NameMatch] = []
    reports = []
    for part, source, translation in parts:
        reports.append(_said_before(part, earlier, source, translation))
        earlier.extend(part.names)
    return reports


def _said_before(part: CheckReport, earlier: Sequence[NameMatch], source: str, translation: str) -> CheckReport:
    """One sentence's report without the names missing there that ``earlier`` names (see :func:`said_before`)."""
    issues = [i for i in part.issues if not mentioned_earlier(i, earlier, part, source, translation)]
    return part if len(issues) == len(part.issues) else dataclasses.replace(part, issues=issues)


def _shifted(report: CheckReport, fr_start: int, en_start: int) -> CheckReport:
    """A sentence's report with its offsets moved into the whole texts."""

    def move(span: Span, by: int) -> Span:
        return (span[0] + by, span[1] + by) if span else None

    issues = [dataclasses.replace(i, source_span=move(i.source_span, fr_start), translation_span=move(i.translation_span, en_start))
              for i in report.issues]  # fmt: skip
    names = [dataclasses.replace(m, source_span=(m.source_span[0] + fr_start, m.source_span[1] + fr_start),
                                 translation_span=(m.translation_span[0] + en_start, m.translation_span[1] + en_start))
             for m in report.names]  # fmt: skip
    return CheckReport(issues, names, report.checked, report.notes, report.figures)
