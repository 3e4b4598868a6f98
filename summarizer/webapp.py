"""What the web app shows: the request handler and its HTML, table and export renderings.

``app.py`` only lays out the Gradio components; everything it displays comes
from here, so it is tested without a browser. The handler follows one run
(:func:`summarizer.run.run`) event by event: progress, the partial translation,
then the result. It pulls the events itself, so when the reader leaves or
presses Stop the run stops after the batch in flight. All user text is escaped
before it is put into HTML, and messages are written for a reader, not a
developer; the technical detail goes to the log.
"""

from __future__ import annotations

import html
import json
import logging
import re
import shutil
import tempfile
import threading
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .document import Document
from .errors import (
    DeviceUnavailableError,
    InputTooLargeError,
    MissingDependencyError,
    ModelHubUnreachableError,
    ModelLoadError,
    ModelNotFoundError,
    SummarizerError,
    first_line,
)
from .errors import reader_message as _reader_message
from .figures import format_value
from .ingest import read_document
from .models import DEFAULT_MODEL
from .options import TranslateOptions
from .parts import join_sentences
from .result import FlagCode, SentenceResult, Translation
from .run import NOT_TRANSLATED_STOPPED, BatchTranslated, Failed, Finished, RunCancelled, SentenceDone, Started, run
from .serialize import result_document
from .settings import DEFAULTS, Settings
from .summary import ArticleSummary, KeyFigure, rank_key_figures, summary_line
from .translators import Translator

logger = logging.getLogger(__name__)

__all__ = [
    "AppConfig",
    "AppResult",
    "summarize_request",
    "load_upload",
    "example_articles",
    "model_status",
    "probe_model",
    "render_aligned",
    "render_key_figures",
    "sentence_counts",
    "status_line",
    "device_choices",
    "StopSwitches",
    "to_markdown",
    "TABLE_HEADERS",
    "PAGE_CSS",
    "warm_up",
]

_PALETTE = ["#ffd166", "#8ecae6", "#b5e48c", "#f4a3c4", "#cdb4db", "#ffb703", "#90e0ef", "#f7b267", "#a0c4ff", "#caffbf"]
TABLE_HEADERS = ["Figure", "What it counts", "Role", "French source", "Status"]  # the count: "English · « French »"
#: The page's own styles (Gradio keeps plain rules only: what needs a container query lives in the HTML).
PAGE_CSS = """
#summary em { color: #9d0208; }
mark.fig { white-space: nowrap; }
"""
#: The key-figure table fits its column: a table while the column is wide enough, each figure a small card
#: when it is not (a phone); a figure never breaks across lines and the status is never hidden.
_KEY_FIGURES_CSS = """<style>
.kf-wrap { container-type: inline-size; width: 100%; }
table.kf { width: 100%; border-collapse: collapse; table-layout: auto; font-size: 0.95em; margin: 0 !important; border: 0 !important; }
table.kf th, table.kf td, table.kf tr { border: 0 !important; }
table.kf caption { caption-side: top; text-align: left; font-weight: 600; padding: 2px 0 6px; }
table.kf th { text-align: left; font-weight: 600; padding: 6px 8px; border-bottom: 2px solid #ccc !important; white-space: nowrap; }
table.kf td { padding: 6px 8px; border-bottom: 1px solid #e3e3e3 !important; vertical-align: top; }
table.kf td.kf-label { overflow-wrap: anywhere; }
table.kf td.kf-figure, table.kf td.kf-status, table.kf td.kf-role, table.kf .fig-text { white-space: nowrap; }
table.kf td.kf-figure { font-weight: 600; }
table.kf tr.missing td.kf-status, table.kf .fallback { color: #9d0208; }
table.kf .fallback { white-space: nowrap; }
table.kf tr.untranslated td.kf-status { color: #6c757d; }
table.kf .kf-key { display: none; }
@container (max-width: 520px) {
  table.kf, table.kf tbody { display: block; }
  table.kf caption { display: block; }
  table.kf thead { display: none; }
  table.kf tr { display: grid; grid-template-columns: minmax(0, 1fr) auto; column-gap: 12px; row-gap: 2px;
                grid-template-areas: "figure status" "label label" "fr role"; padding: 8px 0 !important;
                border-bottom: 1px solid #e3e3e3 !important; }
  table.kf td { display: block; padding: 0 !important; border: 0 !important; min-width: 0; }
  table.kf td.kf-figure { grid-area: figure; }
  table.kf td.kf-status { grid-area: status; text-align: right; }
  table.kf td.kf-label { grid-area: label; }
  table.kf td.kf-fr { grid-area: fr; font-size: 0.9em; }
  table.kf td.kf-role { grid-area: role; font-size: 0.9em; text-align: right; color: #555; }
  table.kf .kf-key { display: inline; color: #555; }
}
</style>"""


@dataclass(frozen=True)
class AppConfig:
    """The app's settings, from the command line and environment (read in ``app.py``).

    Attributes:
        model: Hub id or local directory of the MarianMT model.
        max_chars: Input limit in characters.
        max_file_mb: Upload limit in megabytes.
        cache_dir: Where converted CTranslate2 models are kept.
        export_ttl_s: Seconds the JSON and Markdown downloads stay on disk.
    """

    model: str | None = DEFAULTS.model
    max_chars: int = DEFAULTS.max_chars
    max_file_mb: float = DEFAULTS.max_file_mb
    cache_dir: str | None = DEFAULTS.cache_dir
    export_ttl_s: float = DEFAULTS.export_ttl_s

    @classmethod
    def from_settings(cls, settings: Settings) -> AppConfig:
        """The page's settings from the server's :class:`~summarizer.settings.Settings`."""
        return cls(settings.model, settings.max_chars, settings.max_file_mb, settings.cache_dir, settings.export_ttl_s)


@dataclass
class AppResult:
    """Everything the page shows after (or during) a request.

    Attributes:
        status: One line for the reader (Markdown).
        summary_md: The headline and key-figure lines (Markdown).
        translation: The English text (partial while translating).
        table: Rows of the key-figure table.
        aligned_html: French and English sentence by sentence.
        data: The JSON result.
        files: The downloads.
        done: The last update of a request.
        progress: How far the run is (0 to 1), ``None`` when there is nothing to show.
        phase: What the run is doing, for the progress bar.
        model_line: The model line, true at this moment.
    """

    status: str = ""
    summary_md: str = ""
    translation: str = ""
    table: list[list[str]] = field(default_factory=list)
    aligned_html: str = ""
    data: dict[str, Any] = field(default_factory=dict)
    files: list[str] = field(default_factory=list)
    done: bool = False
    progress: float | None = None
    phase: str = ""
    model_line: str = ""


def example_articles() -> dict[str, str]:
    """The example articles shipped with the package, by title."""
    folder = Path(__file__).parent / "examples"
    articles = {}
    for path in sorted(folder.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        articles[text.splitlines()[0].strip()] = text
    return articles


def device_choices(backend: str = "auto") -> list[str]:
    """The devices this server can run on, for the Settings (``cpu`` alone without a GPU)."""
    from .translators import available_devices

    return list(available_devices(backend))


class StopSwitches:
    """One stop switch per page (Gradio session): Stop sets it and the run stops after the batch in flight,
    keeping what it translated (the page does not kill the run, which would lose it)."""

    def __init__(self) -> None:
        self._switches: dict[str, threading.Event] = {}
        self._lock = threading.Lock()

    def arm(self, key: str) -> threading.Event:
        """A fresh switch for the next run of this page (pressing the button arms it)."""
        with self._lock:
            switch = self._switches[key] = threading.Event()
        return switch

    def take(self, key: str) -> threading.Event:
        """The switch a run listens to: the armed one, else a new one (an API call has no Stop button)."""
        with self._lock:
            return self._switches.setdefault(key, threading.Event())

    def stop(self, key: str) -> bool:
        """Press Stop: whether a run of this page was there to stop."""
        with self._lock:
            switch = self._switches.get(key)
        if switch is None:
            return False
        switch.set()
        return True

    def release(self, key: str, switch: threading.Event) -> None:
        """The run is over: forget its switch (unless the page armed a new one meanwhile)."""
        with self._lock:
            if self._switches.get(key) is switch:
                del self._switches[key]


# --------------------------------------------------------------------------- the model line

_model_state: dict[str, str] = {}  # model name -> the last line shown for it
_state_lock = threading.Lock()


def _remember(name: str, line: str) -> str:
    with _state_lock:
        _model_state[name] = line
    return line


def model_status(config: AppConfig) -> str:
    """The model line as it stands now: not loaded yet, loaded with which back end, or failed and why."""
    name = config.model or DEFAULT_MODEL
    with _state_lock:
        known = _model_state.get(name)
    return known or f"Model **{_esc(name)}**: not loaded yet; it loads with the first translation (up to a minute)."


def _loaded_line(name: str, backend: str, fallback: str | None) -> str:
    engine = {"ctranslate2": "fast CTranslate2 engine", "transformers": "PyTorch engine"}.get(backend, backend)
    line = f"Model **{_esc(name)}**: loaded, running on the {engine}."
    if fallback:
        line += " (The fast engine could not be used for this model; see the server log.)"
    return line


# --------------------------------------------------------------------------- messages for a reader


def _plural(count: int, word: str) -> str:
    return f"{count:,} {word}{'' if count == 1 else 's'}"


def reader_message(error: BaseException) -> str:
    """What went wrong and what to do, in a reader's words (:func:`summarizer.errors.reader_message`)."""
    return _reader_message(error)


def sentence_counts(sentences: Sequence[SentenceResult]) -> dict[str, int]:
    """How the sentences ended: ``checked`` (passed every check as translated), ``repaired`` (repaired, and the
    repaired sentence passed), ``look`` (a warning left: the reader should look), ``unchecked`` (translated, but
    the run was stopped before its checks were finished), ``stopped`` (not translated: the run was stopped), and
    ``total``."""
    halted = [s for s in sentences if any(f.code == FlagCode.STOPPED for f in s.flags)]
    stopped = sum(1 for s in halted if not s.translation)
    unchecked = len(halted) - stopped
    look = sum(1 for s in sentences if s.flagged) - len(halted)
    repaired = sum(1 for s in sentences if s.repaired and not s.flagged)
    return {"total": len(sentences), "checked": len(sentences) - len(halted) - look - repaired, "repaired": repaired,
            "look": look, "unchecked": unchecked, "stopped": stopped}  # fmt: skip


def status_line(sentences: Sequence[SentenceResult], seconds: float | None = None, *, stopped: bool = False) -> str:
    """The top status: how many sentences were checked, repaired, need a look (and were not translated).

    "⚠ 11 sentences: 1 checked, 10 need a look (see the sentence-by-sentence view) · 6.1 s".
    """
    counts = sentence_counts(sentences)
    parts = []
    if counts["checked"] or not sentences:
        parts.append(f"{counts['checked']:,} checked")
    if counts["repaired"]:
        parts.append(f"{counts['repaired']:,} repaired")
    if counts["look"]:
        parts.append(f"{counts['look']:,} need{'s' if counts['look'] == 1 else ''} a look")
    if counts["unchecked"]:
        parts.append(f"{counts['unchecked']:,} translated, not checked (stopped)")
    if counts["stopped"]:
        parts.append(f"{counts['stopped']:,} {NOT_TRANSLATED_STOPPED}")
    mark = "⚠" if counts["look"] or counts["stopped"] or counts["unchecked"] else "✔"
    line = f"{mark} {'Stopped. ' if stopped else ''}{_plural(counts['total'], 'sentence')}: {', '.join(parts)}"
    if counts["look"]:
        line += " (see the sentence-by-sentence view)"
    if seconds is not None:
        line += f" · {seconds:.1f} s"
    return line


def _esc(text: str) -> str:
    return html.escape(text, quote=True)


# --------------------------------------------------------------------------- renderings


def _highlight(text: str, spans: list[tuple[int, int, str, str]]) -> str:
    """Escape ``text`` and wrap the given ``(start, end, colour, title)`` spans in <mark>."""
    out, cursor = [], 0
    for start, end, colour, title in sorted(spans):
        if start < cursor:
            continue
        out.append(_esc(text[cursor:start]))
        style = f"background:{colour}" if colour else "background:transparent;outline:2px solid #d62828"
        out.append(f'<mark class="fig" style="{style}" title="{_esc(title)}">{_esc(text[start:end])}</mark>')
        cursor = end
    out.append(_esc(text[cursor:]))
    return "".join(out)


_MARKS = {"warning": "⚠", "info": "✔"}
#: Names found in both columns share one colour (figures have the palette); a name or negation issue is outlined.
_NAME_COLOUR = "#d7e3fc"


def _name_spans(sentence: SentenceResult) -> tuple[list[tuple[int, int, str, str]], list[tuple[int, int, str, str]]]:
    """The spans of the names (found, missing, replaced) and negation issues of a sentence, in each column."""
    fr: list[tuple[int, int, str, str]] = []
    en: list[tuple[int, int, str, str]] = []
    critical = sentence.checks
    if critical is None:
        return fr, en
    for match in critical.names:
        title = f"{match.source}: found in the English as '{match.translation}'"
        fr.append((*match.source_span, _NAME_COLOUR, title))
        en.append((*match.translation_span, _NAME_COLOUR, title))
    for issue in critical.warnings:
        if issue.source_span:
            fr.append((*issue.source_span, "", issue.message))
        if issue.translation_span:
            en.append((*issue.translation_span, "", issue.message))
    return fr, en



def render_aligned(translation: Translation) -> str:
    """French and English sentence by sentence, figures highlighted in the same colour in both.

    The figure checks are the ones the run made (read from each sentence), not made again.
    """
    rows = []
    colour_index = 0
    for sentence in translation.segments:
        fr_spans, en_spans = [], []
        report = sentence.report
        if report is not None:
            for match in report.matched:
                colour = _PALETTE[colour_index % len(_PALETTE)]
                colour_index += 1
                title = f"{format_value(match.source)}: found in the English"
                fr_spans.append((match.source.start, match.source.end, colour, title))
                en_spans.append((match.translation.start, match.translation.end, colour, title))
            for figure in report.missing:
                fr_spans.append((figure.start, figure.end, "", "not found in the English"))
            for figure in report.unexpected:
                en_spans.append((figure.start, figure.end, "", "not in the French"))
        fr_names, en_names = _name_spans(sentence)
        fr_spans += fr_names
        en_spans += en_names
        notes = "".join(
            f'<div class="flag {"tried" if f.code == "repair_tried" else f.severity}">'
            f'{"↺" if f.code == "repair_tried" else _MARKS.get(f.severity, "⚠")} {_esc(f.message)}</div>'
            for f in sentence.flags
        )
        css = "seg flagged" if sentence.flagged else ("seg repaired" if sentence.repaired else "seg")
        rows.append(
            f'<tr class="{css}" data-index="{sentence.index}"><td class="fr" lang="fr">{_highlight(sentence.source, fr_spans)}</td>'
            f'<td class="en" lang="en">{_highlight(sentence.translation, en_spans)}{notes}</td></tr>'
        )
    style = (
        "<style>.aligned{width:100%;border-collapse:collapse}.aligned td{vertical-align:top;padding:6px;"
        "border-bottom:1px solid #ddd;width:50%}.aligned tr.flagged td{background:#fff1f0}"
        ".aligned tr.repaired td.en{background:#f0fff4}.aligned .flag{font-size:0.85em;color:#9d0208}"
        ".aligned .flag.info{color:#2d6a4f}.aligned .flag.tried{color:#6c757d}.aligned mark.fig{padding:0 2px;border-radius:3px;color:#000}"
        ".aligned-wrap{container-type:inline-size;width:100%}"  # a narrow column (a phone): the English under the French
        "@container (max-width: 560px){.aligned,.aligned tbody,.aligned tr,.aligned td{display:block;width:auto !important;"
        "border:0 !important;margin:0 !important}"
        ".aligned td{padding:6px 4px !important}.aligned tr{border-bottom:1px solid #ddd !important;margin:0 0 6px}"
        ".aligned tr:first-child{display:none}"
        ".aligned td.fr{padding-bottom:0 !important;color:#444}}</style>"
    )
    head = '<tr><th lang="fr">Français</th><th lang="en">English</th></tr>'
    return f'{style}<div class="aligned-wrap"><table class="aligned">{head}{"".join(rows)}</table></div>'


def probe_model(config: AppConfig) -> str:
    """Find the model without loading it, so the model line says at once when it cannot be had (no connection
    to the hub, a missing directory); returns the model line."""
    from .models import resolve_model

    name = config.model or DEFAULT_MODEL
    try:
        resolve_model(config.model)
    except (ModelNotFoundError, ModelLoadError) as exc:
        logger.warning("model %s unavailable: %s", name, exc)
        return _model_line_for(exc, name, config)
    return model_status(config)


def warm_up(config: AppConfig | None = None) -> threading.Thread:
    """In the background: find the model (:func:`probe_model`, when ``config`` is given), then load the French
    parser (several seconds), so the first reader neither waits for the parser nor has to press the button to
    learn that the model is missing."""
    from .facts import parser_available

    def work() -> None:
        if config is not None:
            probe_model(config)
        parser_available()

    thread = threading.Thread(target=work, name="warm-up", daemon=True)
    thread.start()
    return thread


#: The statuses of a key figure, short enough to fit beside it on a phone.
FOUND, NOT_FOUND, NOT_TRANSLATED = "✔ found", "⚠ not found", "— not translated"
#: Marks a label given in French because the English one is not known.
FRENCH_LABEL = "(French label)"


def _french_words(sentence: str, start: int, end: int, words: int = 5) -> str:
    """A few French words around a figure, when nothing else says what it counts."""
    before = sentence[:start].split()[-words:]
    after = sentence[end:].split()[:words]
    return " ".join([*before, sentence[start:end], *after]).strip(" ,;:")


def what_it_counts(k: KeyFigure, document: Document | None = None) -> tuple[str, bool]:
    """What a key figure counts, and whether that is a French fallback: the English label, else the French
    label, else the French words around the figure (never nothing)."""
    if k.label_en.strip():
        return k.label_en, False
    if k.label_fr.strip():
        return k.label_fr, True
    sentence = document.sentences[k.segment] if document is not None and 0 <= k.segment < len(document.sentences) else None
    if sentence is not None:
        local = k.figure.start - sentence.start
        if 0 <= local < len(sentence.source):
            return f"“{_french_words(sentence.source, local, local + len(k.figure.text))}”", True
    return f"“{k.text_fr}”", True


def key_figure_table(summary: ArticleSummary) -> list[list[str]]:
    """Rows of the key-figure table: figure, what it counts in English (the English fact's noun and event) with the
    French label beside it, its role, French source, status.

    A label given in French only (the English one is not known) ends with :data:`FRENCH_LABEL`.
    """
    rows = []
    document = summary.translation.document
    for k in summary.key_figures:
        label, french = what_it_counts(k, document)
        if french:
            label = f"{label} {FRENCH_LABEL}"
        elif k.label_fr.strip():
            label = f"{label} · « {k.label_fr} »"  # the English fact's noun and event, the French label beside it
        rows.append([k.formatted, label, k.role, k.text_fr, FOUND if k.verified else NOT_FOUND])
    return rows


def source_figure_table(document: Document, translation: Translation | None = None) -> list[list[str]]:
    """Rows for the French figures when there is no full translation (model missing, stopped): each figure's
    status says whether the English of its sentence, when there is one, holds it."""
    rows = []
    for r in rank_key_figures(document):
        sentence = document.sentence_at(r.figure.start)
        status = NOT_TRANSLATED
        result = translation.sentence_at(r.figure.start) if translation is not None else None
        if result is not None and result.translation:
            local = r.figure.start - result.start
            status = FOUND if any(m.source.start == local for m in result.report.matched) else NOT_FOUND
        label = r.label_fr or (_french_words(sentence.source, r.figure.start - sentence.start, r.figure.end - sentence.start)
                               if sentence is not None else r.figure.text)  # fmt: skip
        rows.append([format_value(r.figure), f"{label} {FRENCH_LABEL}", r.role, r.figure.text, status])
    return rows


def render_key_figures(rows: list[list[str]]) -> str:
    """The key-figure table as HTML that fits its column: a table when wide enough, a card per figure on a phone."""
    if not rows:
        return ""
    head = "".join(f"<th>{_esc(h)}</th>" for h in TABLE_HEADERS)
    body = []
    for figure, label, role, french, status in rows:
        css = {FOUND: "found", NOT_FOUND: "missing"}.get(status, "untranslated")
        shown = _esc(label)
        if label.endswith(FRENCH_LABEL):
            shown = f'{_esc(label[: -len(FRENCH_LABEL)].rstrip())} <span class="fallback">{_esc(FRENCH_LABEL)}</span>'
        body.append(
            f'<tr class="{css}"><td class="kf-figure">{_esc(figure)}</td><td class="kf-label">{shown}</td>'
            f'<td class="kf-role"><span class="kf-key">role: </span>{_esc(role)}</td>'
            f'<td class="kf-fr" lang="fr"><span class="kf-key">French: </span><span class="fig-text">{_esc(french)}</span></td>'
            f'<td class="kf-status">{_esc(status)}</td></tr>'
        )
    return (f'{_KEY_FIGURES_CSS}<div class="kf-wrap"><table class="kf"><caption>Key figures</caption><thead><tr>{head}</tr></thead>'
            f'<tbody>{"".join(body)}</tbody></table></div>')


def _md_escape(text: str) -> str:
    return re.sub(r"([\\`*_{}\[\]<>()#+!|~])", r"\\\1", text)


def to_markdown(summary: ArticleSummary) -> str:
    """The result as a Markdown document: summary, key figures, translation, flags."""
    headline = summary.headline
    lines = ["# Key figures", ""]
    if headline.text:
        lines += [f"**{_md_escape(headline.text)}**", ""]
    if not headline.verified:
        lines += [f"> ⚠ {_md_escape(headline.note)}", ""]
    lines += [_md_escape(line) for line in summary_lines(summary)]
    lines += ["", "| " + " | ".join(TABLE_HEADERS) + " |", "|" + "---|" * len(TABLE_HEADERS)]
    for row in key_figure_table(summary):
        lines.append("| " + " | ".join(_md_escape(c) for c in row) + " |")
    lines += ["", "# Translation", "", _md_escape(summary.translation.text)]
    flagged = summary.translation.flagged
    if flagged:
        lines += ["", "# Sentences to check", ""]
        for s in flagged:
            reasons = "; ".join(s.warnings)
            lines.append(f"- Sentence {s.index + 1}: {_md_escape(s.source)} — {_md_escape(reasons)}")
    lines += ["", f"_Model: {_md_escape(summary.translation.model)} ({summary.translation.backend}), "
              f"{summary.translation.seconds:.1f} s_"]  # fmt: skip
    return "\n".join(lines) + "\n"


def summary_lines(summary: ArticleSummary, count: int = 5) -> list[str]:
    """The key-figure lines of the summary (:func:`summarizer.summary.summary_line`), each saying what its figure
    counts: a line with nothing but the figure becomes the figure and what it counts, in French if need be, marked
    :data:`FRENCH_LABEL`."""
    lines: list[str] = []
    for k in summary.key_figures:
        if len(lines) >= count:
            break
        rest = k.line_en.replace(k.formatted, "", 1) if k.formatted else k.line_en
        if not re.search(r"[^\W\d_]{2,}", rest):  # nothing but the figure: say what it counts, in French if need be
            label, french = what_it_counts(k, summary.translation.document)
            check = "" if k.verified else " (not found in the translation: check it)"
            lines.append(f"- {k.formatted}: {label}{' ' + FRENCH_LABEL if french else ''}{check}")
        elif summary_line(k) not in lines:  # one clause that holds two key figures is written once
            lines.append(summary_line(k))
    return lines


def _summary_markdown(summary: ArticleSummary) -> str:
    """The short summary for the page: the headline in bold, with its warning beside it when it failed a check."""
    headline = summary.headline
    if headline.verified:
        head = f"**{_md_escape(headline.text)}**" if headline.text else ""
    else:
        head = f"**{_md_escape(headline.text)}**\n\n⚠ _{_md_escape(headline.note)}_"
    body = "\n".join(_md_escape(line).replace("\\-", "-", 1) for line in summary_lines(summary))
    return "\n\n".join(p for p in [head, body] if p)


# --------------------------------------------------------------------------- exports


class _Exports:
    """Download folders, removed after ``ttl`` seconds so no reader's text stays on disk."""

    def __init__(self) -> None:
        self._folders: dict[Path, float] = {}
        self._lock = threading.Lock()
        self._timer: threading.Timer | None = None
        self._timer_due = 0.0  # when the timer fires

    def write(self, summary: ArticleSummary, ttl: float) -> list[str]:
        self.sweep()
        folder = Path(tempfile.mkdtemp(prefix="summarizer-export-"))
        (folder / "summary.json").write_text(json.dumps(result_document(summary), ensure_ascii=False, indent=2), encoding="utf-8")
        (folder / "summary.md").write_text(to_markdown(summary), encoding="utf-8")
        with self._lock:
            self._folders[folder] = time.monotonic() + ttl
            self._schedule()
        return [str(folder / "summary.json"), str(folder / "summary.md")]

    def _schedule(self) -> None:
        """One timer at a time, for the earliest deadline (called with the lock held): a folder due sooner
        than the timer (a shorter time to live) moves the timer forward."""
        if not self._folders:
            return
        due = min(self._folders.values())
        if self._timer is not None:
            if due >= self._timer_due:
                return
            self._timer.cancel()
        self._timer_due = due
        self._timer = threading.Timer(max(0.0, due - time.monotonic()), self._tick)
        self._timer.daemon = True
        self._timer.start()

    def _tick(self) -> None:
        with self._lock:
            self._timer = None
        self.sweep()
        with self._lock:
            self._schedule()

    def sweep(self) -> None:
        """Remove every folder past its time."""
        now = time.monotonic()
        with self._lock:
            due = [f for f, deadline in self._folders.items() if deadline <= now]
            for folder in due:
                del self._folders[folder]
        for folder in due:
            shutil.rmtree(folder, ignore_errors=True)


_exports = _Exports()


# --------------------------------------------------------------------------- the handlers


def load_upload(path: str | None, config: AppConfig) -> tuple[str | None, str]:
    """Read an uploaded file: ``(its text, "")``, or ``(None, a one-line message)`` when it cannot be read.

    Any file is taken and judged here (an image, a .zip: one line naming what is supported), so the page
    never shows the browser's own refusal.
    """
    if not path:
        return None, ""
    try:
        return read_document(path, max_bytes=int(config.max_file_mb * 1024 * 1024), max_chars=config.max_chars), ""
    except InputTooLargeError as exc:
        if exc.limit is not None:  # its text is over the character limit: the message pasted text gets
            return None, f"⚠ {_esc(reader_message(exc))}"
        return None, f"⚠ This file is over the {config.max_file_mb:g} MB limit for uploads: paste the article's text instead."
    except (SummarizerError, OSError) as exc:
        logger.info("upload refused: %s", exc)
        return None, f"⚠ {_esc(first_line(exc))}"


def _model_line_for(error: BaseException, name: str, config: AppConfig) -> str:
    """The model line after a failure: why the model is not there, or the line as it was."""
    if isinstance(error, ModelHubUnreachableError):
        return _remember(name, f"Model **{_esc(name)}**: cannot be downloaded (no connection to the model hub): pass --model DIR.")
    if isinstance(error, ModelNotFoundError):
        return _remember(name, f"Model **{_esc(name)}**: not available (not installed on this server); see the server log.")
    if isinstance(error, ModelLoadError):
        return _remember(name, f"Model **{_esc(name)}**: not available (its files could not be loaded); see the server log.")
    if isinstance(error, MissingDependencyError):
        return f"Model **{_esc(name)}**: not loaded: {_esc(first_line(error))}."
    if isinstance(error, DeviceUnavailableError):
        return f"Model **{_esc(name)}**: not loaded: {_esc(error.reader_message())}"
    return model_status(config)


def summarize_request(
    text: str,
    config: AppConfig,
    *,
    beams: int = 4,
    device: str = "cpu",
    backend: str = "auto",
    force: bool = False,
    cancel: threading.Event | None = None,
    translator: Translator | None = None,
) -> Iterator[AppResult]:
    """Handle one request from the page: yield progress, then the full result.

    Errors never escape: they become a message for the reader. When the model is
    missing, the French figures are still shown. Stop iterating and the run stops
    after the batch in flight; set ``cancel`` (the Stop button) and it also yields
    what it translated, the rest marked "not translated (stopped)". ``translator`` replaces
    the shared model (a test double).
    """
    name = config.model or DEFAULT_MODEL
    try:
        options = TranslateOptions.build(beams=int(beams), device=device, backend=backend, max_chars=config.max_chars,
                                         check_language=not force, cache_dir=config.cache_dir)  # fmt: skip
        from .translators import resolve_device

        resolve_device(options.device, options.backend)  # an impossible device is refused before anything loads
    except (TypeError, ValueError) as exc:  # DeviceUnavailableError is a ValueError
        yield AppResult(status=f"⚠ {_esc(reader_message(exc))}", done=True, model_line=_model_line_for(exc, name, config))
        return
    current = model_status(config)
    loading = current if ": loaded," in current else f"Model **{_esc(name)}**: loading…"
    yield AppResult(status="Reading the article…", progress=0.0, phase="Reading", model_line=loading)
    document: Document | None = None
    for event in run(text, options, model=config.model, translator=translator, cancel=cancel):
        if isinstance(event, Started):
            document = event.document
            line = _remember(name, _loaded_line(name, event.backend, event.fallback_reason))
            count = len(document.sentences)
            yield AppResult(status=f"Translating {_plural(count, 'sentence')}…", progress=0.0, phase="Translating",
                            model_line=line)  # fmt: skip
        elif isinstance(event, BatchTranslated) and document is not None:
            partial = join_sentences(document, event.ready)
            yield AppResult(status=f"Translating… {event.done:,} of {_plural(event.total, 'sentence')}",
                            translation=partial, progress=event.fraction, phase="Translating", model_line=model_status(config))  # fmt: skip
        elif isinstance(event, SentenceDone):
            if event.done == event.total or event.done % 10 == 0:
                yield AppResult(status=f"Checking the figures… {event.done:,} of {_plural(event.total, 'sentence')}",
                                progress=event.fraction, phase="Checking figures", model_line=model_status(config))  # fmt: skip
        elif isinstance(event, Failed):
            if isinstance(event.error, RunCancelled) and event.translation is not None:
                yield _stopped(event.translation, config)
            else:
                yield _failure(event.error, event.document, config)
            return
        elif isinstance(event, Finished) and event.summary is not None:
            yield _success(event.summary, config)
            return


def _failure(error: Exception, document: Document | None, config: AppConfig) -> AppResult:
    name = config.model or DEFAULT_MODEL
    table: list[list[str]] = []
    if isinstance(error, (ModelNotFoundError, ModelLoadError)):
        logger.warning("model %s unavailable: %s", name, error)
        if document is not None:  # the article was read before the model failed: show its figures
            table = source_figure_table(document)
    elif not isinstance(error, SummarizerError | ValueError):
        logger.error("request failed", exc_info=error)
    return AppResult(status=f"⚠ {_esc(reader_message(error))}", table=table, done=True, model_line=_model_line_for(error, name, config))


def _stopped(translation: Translation, config: AppConfig) -> AppResult:
    """What a stopped run leaves: the sentences translated so far, the rest marked "not translated (stopped)"."""
    placeholder = f"[{NOT_TRANSLATED_STOPPED}]"
    document = translation.document
    texts = {s.index: s.translation for s in translation.sentences if s.translation}
    return AppResult(
        status=_esc(status_line(translation.sentences, translation.seconds, stopped=True)),
        translation=join_sentences(document, texts, pending=placeholder),
        table=source_figure_table(document, translation),
        aligned_html=render_aligned(translation),
        data={"stopped": True, **result_document(translation)},
        done=True,
        model_line=model_status(config),
    )


def _success(summary: ArticleSummary, config: AppConfig) -> AppResult:
    translation = summary.translation
    warnings = " ".join(_esc(w) for w in translation.warnings)
    status = f"{_esc(status_line(translation.segments, translation.seconds))}. {warnings}"
    return AppResult(
        status=status.strip(),
        summary_md=_summary_markdown(summary),
        translation=translation.text,
        table=key_figure_table(summary),
        aligned_html=render_aligned(translation),
        data=result_document(summary),
        files=_exports.write(summary, config.export_ttl_s),
        done=True,
        progress=1.0,
        model_line=model_status(config),
    )
