"""Key-figure summaries of translated articles, read from the document model.

The summary ranks the figures a reader wants first (headline facts, large
counts, money, changes in percent), lists each once (a rounded headline figure
and the exact figure of the body are one fact), gives it an English and a
French label, and says whether it was verified in the translation. The
headline is held to the same check as the body: a title whose translation
failed a check is replaced by the verified key figures and says so.

Nothing here calls a translator: the run (:mod:`summarizer.run`) translates the
labels the English lacks, in one batch, and passes them in.
"""

from __future__ import annotations

import logging
import math
import re
from dataclasses import dataclass, field
from typing import Any

from .document import Document, Segment
from .figures import Figure, format_value
from .pipeline import Translation

logger = logging.getLogger(__name__)

__all__ = ["KeyFigure", "ArticleSummary", "Headline", "select_key_figures", "labels_to_translate", "build_summary"]

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


@dataclass(frozen=True)
class Headline:
    """The summary's first line.

    Attributes:
        text: The English title (or first sentences), or, when that failed a check,
            the verified key figures.
        verified: The translated title passed every check and is shown as translated.
        note: Why it was replaced ("" when verified).
    """

    text: str
    verified: bool = True
    note: str = ""

    def to_dict(self) -> dict[str, Any]:
        """The headline as a JSON-ready dict."""
        return {"text": self.text, "verified": self.verified, "note": self.note}


@dataclass
class ArticleSummary:
    """A translated article condensed to its key figures.

    Attributes:
        translation: The full translation.
        key_figures: Ranked, without duplicates.
        summary: The headline, then one line per key figure.
        figures: Every figure of the French source.
        headline: The summary's first line and whether it was verified.
    """

    translation: Translation
    key_figures: list[KeyFigure]
    summary: str
    figures: list[Figure] = field(default_factory=list)
    headline: Headline = field(default_factory=lambda: Headline(""))

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
            "headline": self.headline.to_dict(),
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


def select_key_figures(document: Document) -> list[Figure]:
    """Rank the key figures of an article and drop duplicate facts.

    Args:
        document: The article (its French figures are read once, when it is built).

    Returns:
        The key figures, best first, with offsets into ``document.text``.
    """
    text = document.text
    figures = document.figures()
    paragraph_of = {}
    for figure in figures:
        sentence = document.sentence_at(figure.start)
        paragraph_of[id(figure)] = sentence.paragraph if sentence else 0
    headline = {p.index for p in document.paragraphs[:1] if p.heading}
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
    return sorted(kept, key=lambda f: (-_score(f, paragraph_of[id(f)], headline, text), f.start))


def _english_match(document: Document, figure: Figure) -> Figure | None:
    """The English figure the check matched to a French figure, if any."""
    sentence = document.sentence_at(figure.start)
    if sentence is None or sentence.report is None:
        return None
    offset = figure.start - sentence.start
    match = next((m for m in sentence.report.matched if m.source.start == offset), None)
    return match.translation if match else None


def labels_to_translate(document: Document, ranked: list[Figure]) -> list[str]:
    """French labels of key figures that the English does not label: the run translates them in one batch."""
    wanted: list[str] = []
    for figure in ranked:
        english = _english_match(document, figure)
        if figure.label and not (english and english.label) and figure.label not in wanted:
            wanted.append(figure.label)
    return wanted


def build_summary(translation: Translation, ranked: list[Figure], labels: dict[str, str], summary_lines: int = 10) -> ArticleSummary:
    """The summary of a translated article.

    Args:
        translation: The translated article (its document carries every check).
        ranked: Its key figures, best first (:func:`select_key_figures`).
        labels: English labels by French label, for figures the English does not label.
        summary_lines: Key figures written in the short text summary.

    Returns:
        The summary.
    """
    document = translation.document
    assert document is not None, "a Translation made by summarizer.run carries its document"
    key_figures: list[KeyFigure] = []
    every = document.figures()
    for figure in ranked:
        english = _english_match(document, figure)
        if english is None:  # the same fact verified elsewhere (a failed title, its figure kept in the body)
            for other in every:
                if other.value == figure.value and other.kind == figure.kind and other.unit == figure.unit:
                    match = _english_match(document, other)
                    if match is not None:
                        figure, english = other, match
                        break
        sentence = document.sentence_at(figure.start)
        if sentence is None:
            continue
        label_en = (english.label if english else "") or labels.get(figure.label, "")
        key_figures.append(
            KeyFigure(
                value=figure.value,
                kind=figure.kind,
                text_fr=figure.text,
                text_en=english.text if english else format_value(figure),
                formatted=format_value(figure),
                label_fr=figure.label,
                label_en=label_en,
                verified=english is not None,
                segment=sentence.index,
                approximate=figure.approximate,
                figure=figure,
            )
        )
    headline = _headline(document, key_figures)
    first = headline.text if headline.verified else f"{headline.text} (⚠ {headline.note})"
    lines = [first]
    for k in key_figures[:summary_lines]:
        label = k.label_en or k.label_fr
        check = "" if k.verified else " (not found in the translation: check it)"
        lines.append(f"- {k.formatted}{': ' + label if label else ''}{check}")
    return ArticleSummary(translation, key_figures, "\n".join(lines), every, headline)


def _headline(document: Document, key_figures: list[KeyFigure]) -> Headline:
    """The title's translation when it passed every check; else the verified key figures, marked."""
    title = document.title
    sentences = [title] if title else [s for s in document.sentences if s.paragraph == 0][:2]
    if not sentences:
        return Headline("")
    text = " ".join(s.translation for s in sentences).strip()
    problems = [f.message for s in sentences for f in s.flags if f.severity == "warning"]
    if not problems:
        return Headline(text)
    verified = [k for k in key_figures if k.verified][:3]
    what = "title" if title else "opening sentence"
    if verified:
        safe = "; ".join(f"{k.formatted} {k.label_en or k.label_fr}".strip() for k in verified)
        note = f"the translated {what} failed a check ({problems[0]}): shown instead, the verified key figures"
    else:
        safe = " ".join(s.source for s in sentences)
        note = f"the translated {what} failed a check ({problems[0]}): the French is shown"
    return Headline(safe, False, note)
