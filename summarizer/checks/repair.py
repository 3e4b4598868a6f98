"""Repairs of a model output: a guarded retry, another hypothesis, the French numbers put back.

Checks and repairs of one translated part, used by the run (:mod:`summarizer.run`). A name or a negation
problem is flagged, never rewritten: only figures and empty or runaway outputs are repaired, and a repair
stands only when the repaired English then passes its check.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Sequence

from ..figures import Kind, extract_figures
from ..figures.matching import FidelityReport, compare_figures
from ..figures.numerals import english_number
from ..options import TranslateOptions
from ..result import Flag, FlagCode, Severity
from ..translators import DecodeOptions, Translator
from .figures import check_pair
from .output import length_problem, runaway_repetition

logger = logging.getLogger(__name__)

__all__ = ["first_checks", "resolve_figures", "repair_by_substitution"]


def first_checks(part: str, output: str, translator: Translator, opts: TranslateOptions, flags: list[Flag]) -> str:
    """Empty or runaway output (a guarded retry), implausible length; returns the translation to check.

    Args:
        part: The French sent to the model.
        output: The model's English.
        translator: Re-translates with a repetition guard when the output is empty or runs away.
        opts: The run's options (``repair`` on or off, decoding settings).
        flags: Receives what was found and done.

    Returns:
        The English to check, or "" when the model gave nothing (the French is then shown, flagged).
    """
    translation = output
    if opts.repair and (not translation.strip() or runaway_repetition(part, translation)):
        guarded = DecodeOptions(
            beams=max(2, opts.beams), length_factor=opts.length_factor, no_repeat_ngram_size=3,
            repetition_penalty=1.2, min_new_tokens=1, max_new_tokens=opts.max_new_tokens,
        )  # fmt: skip
        retry = translator.translate_batch([part], guarded)[0]
        if retry.strip() and not runaway_repetition(part, retry):
            reason = "empty output" if not translation.strip() else "runaway repetition"
            flags.append(Flag(FlagCode.REPAIRED, f"re-translated with a repetition guard ({reason})", Severity.INFO))
            translation = retry
    if not translation.strip():
        flags.append(Flag(FlagCode.UNTRANSLATED, "the model returned nothing for this sentence: the French is shown"))
        return ""
    phrase = runaway_repetition(part, translation)
    if phrase:
        flags.append(Flag(FlagCode.REPETITION, f"the translation repeats '{phrase}': it may be unreliable"))
    problem = length_problem(part, translation)
    if problem:
        flags.append(Flag(FlagCode.LENGTH, problem))
    return translation


def resolve_figures(part: str, translation: str, candidates: Sequence[str], flags: list[Flag]) -> str:
    """Repair a part whose figures failed: another hypothesis, else the numbers put back, else a flag.

    A repair is kept only when the repaired English passes the figure check; otherwise the model's
    English stays, with a ``figures`` warning.
    """
    french = extract_figures(part, "fr", names=True)

    def check(english: str) -> FidelityReport:
        return compare_figures(part, french, extract_figures(english, "en", names=True), english)

    report = check(translation)
    before = report.describe()
    for candidate in candidates:
        if candidate.strip() and not runaway_repetition(part, candidate) and check(candidate).ok:
            # what was said of the first translation (its length, a repetition) is not said of this one unless it
            # holds for it too (a candidate that repeats itself is never chosen)
            flags[:] = [f for f in flags if f.code not in (FlagCode.LENGTH, FlagCode.REPETITION)]
            problem = length_problem(part, candidate)
            if problem:
                flags.append(Flag(FlagCode.LENGTH, problem))
            flags.append(Flag(FlagCode.REPAIRED, f"figures fixed by choosing another translation ({before})", Severity.INFO))
            return candidate
    substituted = repair_by_substitution(part, translation, report)
    if substituted is not None:
        flags.append(Flag(FlagCode.REPAIRED, f"figures put back from the French ({before})", Severity.INFO))
        return substituted
    flags.append(Flag(FlagCode.FIGURES, f"figure check failed: {before}"))
    return translation


def _core(text: str) -> re.Match[str] | None:
    return re.search(r"\d(?:[\d,.\u00a0\u202f ]*\d)?", text)


def repair_by_substitution(source: str, translation: str, report: FidelityReport | None = None) -> str | None:
    """Put the source's numbers back into a translation that altered them.

    Works when the translation changed exactly one figure (one missing, one
    unexpected, nothing else wrong): the changed number is replaced by the
    source's value written the English way, keeping the translation's own
    words (scale, unit). Returns ``None`` when no safe substitution exists.
    """
    report = report or check_pair(source, translation)
    if report.ok or len(report.missing) != 1 or len(report.unexpected) != 1 or report.swapped:
        return None  # one changed figure, and only one, is put back: with two, which went where is a guess
    pairs = list(zip(report.missing, sorted(report.unexpected, key=lambda f: f.start)))
    edits: list[tuple[int, int, str]] = []
    for src, tgt in pairs:
        if isinstance(src.value, str) or isinstance(tgt.value, str) or tgt.spelled:
            return None
        if src.kind != tgt.kind and {src.kind, tgt.kind} - {Kind.COUNT, Kind.MEASURE, Kind.OTHER}:
            return None
        ratio = abs(float(src.value)) / max(abs(float(tgt.value)), 1e-12)
        scaled = re.search(r"[A-Za-z]", tgt.text) or re.match(r"\s*(?:milliards?|millions?|mille)\b", translation[tgt.end :])
        if scaled and not 0.01 < ratio < 100:
            return None  # a scale word confused (million/billion), not a mistyped number: flag it instead
        core = _core(tgt.text)
        if core is None:
            return None
        start = tgt.start + core.start()
        end = tgt.start + core.end()
        while end + 1 < len(translation) and translation[end] in ",." and translation[end + 1].isdigit():
            end += 1
            while end < len(translation) and translation[end].isdigit():
                end += 1
        written = re.sub(r"[^\d.]", "", core.group(0).replace(",", ""))
        try:
            shown = float(written)
        except ValueError:
            return None
        scale = abs(float(tgt.value)) / shown if shown else 1.0
        if scale <= 0 or abs(round(scale) - scale) > 1e-6 * scale:
            scale = 1.0
        edits.append((start, end, english_number(abs(float(src.value)) / round(scale), scale_words=False)))
    repaired = translation
    for start, end, text in sorted(edits, reverse=True):
        repaired = repaired[:start] + text + repaired[end:]
    return repaired if check_pair(source, repaired).ok else None
