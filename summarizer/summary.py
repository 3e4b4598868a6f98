"""Key-figure summaries of translated articles.

The summary ranks the figures a reader wants first (headline facts, large
counts, money, changes in percent), lists each once (a rounded headline figure
and the exact figure of the body are one fact), gives it an English and a
French label, and says whether it was verified in the translation.
"""

from __future__ import annotations

import logging
import math
import re
from dataclasses import dataclass, field
from typing import Any

from .errors import SummarizerError
from .fidelity import check_pair
from .figures import Figure, extract_figures, format_value
from .pipeline import Segment, TranslateOptions, Translation, translate, translator_for

logger = logging.getLogger(__name__)

__all__ = ["KeyFigure", "ArticleSummary", "summarize_article", "summarize_translation", "select_key_figures"]

_CHANGE_WORDS = re.compile(
    r"hausse|baisse|augment|diminu|recul|progress|chut|bond|croissance|déclin|plong|grimp|envol|effondr|"
    r"rise|fall|increase|decrease|drop|growth|decline|jump|up|down",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class KeyFigure:
    """A ranked key figure.

    Attributes:
        value: The value in base units (see :class:`~summarizer.figures.Figure`).
        kind: The figure's kind.
        text_fr: Its surface form in the French source.
        text_en: Its surface form in the translation (the English formatting when not found).
        formatted: The value written the English way ("€1.2 billion").
        label_fr: What it counts, in French.
        label_en: What it counts, in English.
        verified: Found with the same value in the translation.
        segment: Index of the sentence it comes from.
        approximate: An approximation ("près de", "about").
        figure: The source figure.
    """

    value: Any
    kind: str
    text_fr: str
    text_en: str
    formatted: str
    label_fr: str
    label_en: str
    verified: bool
    segment: int
    approximate: bool
    figure: Figure

    def to_dict(self) -> dict[str, Any]:
        """The key figure as a JSON-ready dict."""
        return {
            "value": self.value,
            "kind": self.kind,
            "text_fr": self.text_fr,
            "text_en": self.text_en,
            "formatted": self.formatted,
            "label_fr": self.label_fr,
            "label_en": self.label_en,
            "verified": self.verified,
            "segment": self.segment,
            "approximate": self.approximate,
            "start": self.figure.start,
            "end": self.figure.end,
        }


@dataclass
class ArticleSummary:
    """A translated article condensed to its key figures.

    Attributes:
        translation: The full translation.
        key_figures: Ranked, without duplicates.
        summary: The headline, then one line per key figure.
        figures: Every figure of the French source.
    """

    translation: Translation
    key_figures: list[KeyFigure]
    summary: str
    figures: list[Figure] = field(default_factory=list)

    @property
    def flagged(self) -> list[Segment]:
        """Sentences that still carry a warning."""
        return self.translation.flagged

    def to_dict(self) -> dict[str, Any]:
        """The JSON form used by the CLI and the app."""
        return {
            "translation": self.translation.to_dict(),
            "key_figures": [k.to_dict() for k in self.key_figures],
            "summary": self.summary,
            "flagged": [
                {"segment": s.index, "source": s.source, "translation": s.translation,
                 "reasons": [f.message for f in s.flags if f.severity == "warning"]}  # fmt: skip
                for s in self.flagged
            ],
            "repaired": [
                {"segment": s.index, "reasons": [f.message for f in s.flags if f.code == "repaired"]}
                for s in self.translation.repaired
            ],
        }


def _is_rounded(value: float) -> bool:
    value = abs(value)
    if value < 100 or not float(value).is_integer():
        return False
    text = str(int(value))
    return len(text) - len(text.rstrip("0")) >= 2


def _words(label: str) -> set[str]:
    return {w[:6] for w in re.findall(r"\w{4,}", label.lower())}


def _same_fact(a: Figure, b: Figure, a_in_headline: bool) -> bool:
    if a.kind != b.kind or a.unit != b.unit or isinstance(a.value, str) or isinstance(b.value, str):
        return False
    x, y = abs(float(a.value)), abs(float(b.value))
    if x == y:
        return not a.label or not b.label or bool(_words(a.label) & _words(b.label)) or a_in_headline
    if not (_is_rounded(x) or _is_rounded(y) or a.approximate or b.approximate):
        return False
    if abs(x - y) > 0.06 * max(x, y):
        return False
    return a_in_headline or bool(_words(a.label) & _words(b.label))


def _score(figure: Figure, paragraph: int, headline_paragraphs: set[int], text: str) -> float:
    base = {"money": 3.0, "count": 3.0, "percent": 2.6, "measure": 1.6}.get(figure.kind, 0.0)
    if paragraph in headline_paragraphs:
        base += 3.0
    elif paragraph <= 1:
        base += 1.0
    if isinstance(figure.value, (int, float)) and figure.kind in ("money", "count", "measure"):
        base += min(3.0, math.log10(abs(float(figure.value)) + 1) / 3)
    context = text[max(0, figure.start - 60) : figure.end + 20]
    if figure.kind == "percent" and (figure.text.lstrip()[:1] in "+-−" or _CHANGE_WORDS.search(context)):
        base += 1.0
    if not figure.label:
        base -= 0.5
    return base


def select_key_figures(text: str, segments: list[Segment], figures: list[Figure] | None = None) -> list[Figure]:
    """Rank the key figures of a French text and drop duplicate facts.

    Args:
        text: The French text the segments' offsets refer to.
        segments: Its sentences (for paragraph positions).
        figures: Its figures, if already extracted.

    Returns:
        The key figures, best first.
    """
    figures = figures if figures is not None else extract_figures(text, "fr")
    paragraph_of = {}
    for figure in figures:
        seg = next((s for s in segments if s.start <= figure.start < s.end), None)
        paragraph_of[id(figure)] = seg.paragraph if seg else 0
    # a title: a first paragraph that is a single sentence without final punctuation
    headline: set[int] = set()
    first = [s for s in segments if s.paragraph == 0]
    if len(first) == 1 and first[0].source.rstrip()[-1:] not in ".!?…»\"":
        headline.add(0)
    keys = [f for f in figures if f.key]
    kept: list[Figure] = []
    for figure in keys:
        in_headline = paragraph_of[id(figure)] in headline
        duplicate = next((k for k in kept if _same_fact(k, figure, paragraph_of[id(k)] in headline or in_headline)), None)
        if duplicate is None:
            kept.append(figure)
        elif _is_rounded(abs(float(duplicate.value))) and not _is_rounded(abs(float(figure.value))):
            kept[kept.index(duplicate)] = figure  # keep the exact figure of the body
            paragraph_of[id(figure)] = min(paragraph_of[id(figure)], paragraph_of[id(duplicate)])
    ranked = sorted(kept, key=lambda f: (-_score(f, paragraph_of[id(f)], headline, text), f.start))
    return ranked


def summarize_translation(
    translation: Translation, *, max_figures: int | None = None, summary_lines: int = 10, label_translator: Any = None
) -> ArticleSummary:
    """Build the key-figure summary of an existing translation.

    Args:
        translation: The translated article.
        max_figures: Keep at most this many key figures (all of them by default, ranked).
        summary_lines: Key figures written in the short text summary.
        label_translator: A :class:`~summarizer.translators.Translator` used to
            translate the French labels of figures not found in the translation.

    Returns:
        The summary.
    """
    text = translation.source_text
    figures = extract_figures(text, "fr")
    ranked = select_key_figures(text, translation.segments, figures)
    if max_figures is not None:
        ranked = ranked[:max_figures]
    reports = {}
    key_figures: list[KeyFigure] = []
    missing_labels: list[int] = []
    for figure in ranked:
        segment = next((s for s in translation.segments if s.start <= figure.start < s.end), None)
        if segment is None:
            continue
        if segment.index not in reports:
            reports[segment.index] = check_pair(segment.source, segment.translation)
        report = reports[segment.index]
        offset = figure.start - segment.start
        match = next(
            (m for m in report.matched if m.source.start == offset or (m.source.value == figure.value and m.source.text == figure.text)),
            None,
        )
        label_en = match.translation.label if match else ""
        if not label_en:
            missing_labels.append(len(key_figures))
        key_figures.append(
            KeyFigure(
                value=figure.value,
                kind=figure.kind,
                text_fr=figure.text,
                text_en=match.translation.text if match else format_value(figure),
                formatted=format_value(figure),
                label_fr=figure.label,
                label_en=label_en,
                verified=match is not None,
                segment=segment.index,
                approximate=figure.approximate,
                figure=figure,
            )
        )
    if missing_labels and label_translator is not None:
        wanted = [i for i in missing_labels if key_figures[i].label_fr]
        try:
            labels = label_translator.translate_batch([key_figures[i].label_fr for i in wanted]) if wanted else []
        except Exception as exc:  # labels are a nicety: never fail the summary for them
            logger.warning("could not translate figure labels: %s", exc)
            labels = []
        for i, label in zip(wanted, labels):
            k = key_figures[i]
            key_figures[i] = KeyFigure(**{**k.__dict__, "label_en": label.rstrip(".")})
    lines = [_headline(translation)]
    for k in key_figures[:summary_lines]:
        label = k.label_en or k.label_fr
        check = "" if k.verified else " (not found in the translation: check it)"
        lines.append(f"- {k.formatted}{': ' + label if label else ''}{check}")
    return ArticleSummary(translation, key_figures, "\n".join(lines), figures)


def _headline(translation: Translation) -> str:
    first = [s for s in translation.segments if s.paragraph == 0]
    if not first:
        return ""
    return " ".join(s.translation for s in first[:2]).strip()


def summarize_article(text: str, *, model: str | None = None, max_figures: int | None = None, **options: Any) -> ArticleSummary:
    """Translate a French article and condense it to its key figures.

    Args:
        text: The French article.
        model: A MarianMT hub id or local directory.
        max_figures: Keep at most this many key figures (all of them by default, ranked).
        **options: Options of :func:`~summarizer.translate`.

    Returns:
        The translation, the ranked key figures and a short English summary.
    """
    translation = translate(text, model=model, **options)
    try:  # the translator translate() just used (shared, already loaded)
        label_translator = translator_for(model, TranslateOptions.build(**options))
    except SummarizerError:
        label_translator = None  # labels are a nicety: the summary never fails for them
    return summarize_translation(translation, max_figures=max_figures, label_translator=label_translator)
