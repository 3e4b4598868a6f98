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
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .document import Document, Sentence
from .errors import (
    EmptyInputError,
    InputTooLargeError,
    ModelLoadError,
    ModelNotFoundError,
    NotFrenchError,
    SummarizerError,
    UnsupportedInputError,
)
from .figures import format_value
from .ingest import read_document
from .models import DEFAULT_MODEL
from .options import TranslateOptions
from .pipeline import Translation, join_sentences
from .run import BatchTranslated, Failed, Finished, RunCancelled, SentenceDone, Started, run
from .summary import ArticleSummary, rank_key_figures

logger = logging.getLogger(__name__)

__all__ = [
    "AppConfig",
    "AppResult",
    "summarize_request",
    "load_upload",
    "example_articles",
    "model_status",
    "render_aligned",
    "to_markdown",
    "TABLE_HEADERS",
    "PAGE_CSS",
    "warm_up",
]

_PALETTE = ["#ffd166", "#8ecae6", "#b5e48c", "#f4a3c4", "#cdb4db", "#ffb703", "#90e0ef", "#f7b267", "#a0c4ff", "#caffbf"]
TABLE_HEADERS = ["Figure", "What it counts", "Role", "French source", "Status"]
#: The page's own styles: figures never break across lines, the table scrolls sideways on a phone.
PAGE_CSS = """
#key-figures [data-col="0"] .text, #key-figures [data-col="3"] .text { white-space: nowrap !important; }
#key-figures .table-wrap { overflow-x: auto; }
#summary em { color: #9d0208; }
mark.fig { white-space: nowrap; }
"""


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

    model: str | None = None
    max_chars: int = 200_000
    max_file_mb: float = 10.0
    cache_dir: str | None = None
    export_ttl_s: float = 600.0


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
    """What went wrong and what to do, in a reader's words (details go to the log)."""
    if isinstance(error, EmptyInputError):
        return "There is no text to translate: paste a French article or upload a file."
    if isinstance(error, InputTooLargeError):
        sizes = f" ({error.size:,} characters; this server takes up to {error.limit:,})" if error.size and error.limit else ""
        return f"The article is too long for one run{sizes}. Split it into parts and translate them one after the other."
    if isinstance(error, NotFrenchError):
        return (
            "This text does not look French. To translate it anyway, open Settings and tick "
            "“Translate even if the text does not look French”."
        )
    if isinstance(error, UnsupportedInputError):
        return str(error).splitlines()[0]
    if isinstance(error, ModelNotFoundError):
        return (
            "The translation model is not installed on this server, so nothing could be translated. "
            "Whoever runs the app can install it (see the README); the figures of the French text are listed below."
        )
    if isinstance(error, ModelLoadError):
        return (
            "The translation model is on this server but could not be loaded (its files look damaged). "
            "Whoever runs the app should reinstall it; the figures of the French text are listed below."
        )
    if isinstance(error, RunCancelled):
        return "Stopped. Press “Translate and summarise” to start again."
    if isinstance(error, ValueError):
        return f"A setting is out of range: {str(error).splitlines()[0]}"
    return "Something went wrong while translating; the problem was logged. Try again, or try another article."


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


def _name_spans(sentence: Sentence) -> tuple[list[tuple[int, int, str, str]], list[tuple[int, int, str, str]]]:
    """The spans of the names (found, missing, replaced) and negation issues of a sentence, in each column."""
    fr, en = [], []
    critical = sentence.critical
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
            f'<div class="flag {f.severity}">{_MARKS.get(f.severity, "⚠")} {_esc(f.message)}</div>' for f in sentence.flags
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
        ".aligned .flag.info{color:#2d6a4f}.aligned mark.fig{padding:0 2px;border-radius:3px;color:#000}</style>"
    )
    head = '<tr><th lang="fr">Français</th><th lang="en">English</th></tr>'
    return f'{style}<table class="aligned">{head}{"".join(rows)}</table>'


def warm_up() -> threading.Thread:
    """Load the French parser in the background (about 5 s), so the first reader's summary does not wait for it."""
    from .facts import parser_available

    thread = threading.Thread(target=parser_available, name="warm-up-parser", daemon=True)
    thread.start()
    return thread


def key_figure_table(summary: ArticleSummary) -> list[list[str]]:
    """Rows of the key-figure table: figure, what it counts, its role, French source, status."""
    rows = []
    for k in summary.key_figures:
        status = "✔ found in the translation" if k.verified else "⚠ not found in the translation"
        label = k.label_en or k.label_fr
        rows.append([k.formatted, label, k.role, k.text_fr, status])
    return rows


def source_figure_table(document: Document) -> list[list[str]]:
    """Rows for the French figures alone (when no translation is possible)."""
    return [[format_value(r.figure), r.label_fr, r.role, r.figure.text, "— not translated"] for r in rank_key_figures(document)]


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
    lines += [_md_escape(line) for line in summary.summary.splitlines()[1:]]
    lines += ["", "| " + " | ".join(TABLE_HEADERS) + " |", "|" + "---|" * len(TABLE_HEADERS)]
    for row in key_figure_table(summary):
        lines.append("| " + " | ".join(_md_escape(c) for c in row) + " |")
    lines += ["", "# Translation", "", _md_escape(summary.translation.text)]
    flagged = summary.translation.flagged
    if flagged:
        lines += ["", "# Sentences to check", ""]
        for s in flagged:
            reasons = "; ".join(f.message for f in s.flags if f.severity == "warning")
            lines.append(f"- Sentence {s.index + 1}: {_md_escape(s.source)} — {_md_escape(reasons)}")
    lines += ["", f"_Model: {_md_escape(summary.translation.model)} ({summary.translation.backend}), "
              f"{summary.translation.seconds:.1f} s_"]  # fmt: skip
    return "\n".join(lines) + "\n"


def _summary_markdown(summary: ArticleSummary) -> str:
    """The short summary for the page: the headline in bold, with its warning beside it when it failed a check."""
    headline = summary.headline
    if headline.verified:
        head = f"**{_md_escape(headline.text)}**" if headline.text else ""
    else:
        head = f"**{_md_escape(headline.text)}**\n\n⚠ _{_md_escape(headline.note)}_"
    body = "\n".join(_md_escape(line).replace("\\-", "-", 1) for line in summary.summary.splitlines()[1:])
    flagged = len(summary.translation.flagged)
    repaired = len([s for s in summary.translation.repaired if not s.flagged])
    notes = []
    if repaired:
        notes.append(f"✔ {_plural(repaired, 'sentence')} repaired automatically")
    if flagged:
        notes.append(f"⚠ {_plural(flagged, 'sentence')} to check: see the sentence-by-sentence view")
    return "\n\n".join(p for p in [head, body, " · ".join(notes)] if p)


# --------------------------------------------------------------------------- exports


class _Exports:
    """Download folders, removed after ``ttl`` seconds so no reader's text stays on disk."""

    def __init__(self) -> None:
        self._folders: dict[Path, float] = {}
        self._lock = threading.Lock()
        self._timer: threading.Timer | None = None

    def write(self, summary: ArticleSummary, ttl: float) -> list[str]:
        self.sweep()
        folder = Path(tempfile.mkdtemp(prefix="summarizer-export-"))
        (folder / "summary.json").write_text(json.dumps(summary.to_dict(), ensure_ascii=False, indent=2), encoding="utf-8")
        (folder / "summary.md").write_text(to_markdown(summary), encoding="utf-8")
        with self._lock:
            self._folders[folder] = time.monotonic() + ttl
            self._schedule()
        return [str(folder / "summary.json"), str(folder / "summary.md")]

    def _schedule(self) -> None:
        """One timer at a time, for the earliest deadline (called with the lock held)."""
        if self._timer is not None or not self._folders:
            return
        self._timer = threading.Timer(max(0.0, min(self._folders.values()) - time.monotonic()), self._tick)
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
    """Read an uploaded file: ``(its text, "")``, or ``(None, a one-line message)`` when it cannot be read."""
    if not path:
        return None, ""
    try:
        return read_document(path, max_bytes=int(config.max_file_mb * 1024 * 1024)), ""
    except InputTooLargeError:
        return None, f"⚠ This file is over the {config.max_file_mb:g} MB limit for uploads: paste the article's text instead."
    except (SummarizerError, OSError) as exc:
        logger.info("upload refused: %s", exc)
        return None, f"⚠ {_esc(str(exc).splitlines()[0])}"


def summarize_request(
    text: str,
    config: AppConfig,
    *,
    beams: int = 4,
    device: str = "cpu",
    backend: str = "auto",
    force: bool = False,
    cancel: threading.Event | None = None,
) -> Iterator[AppResult]:
    """Handle one request from the page: yield progress, then the full result.

    Errors never escape: they become a message for the reader. When the model is
    missing, the French figures are still shown. Stop iterating (or set
    ``cancel``) and the run stops after the batch in flight.
    """
    name = config.model or DEFAULT_MODEL
    try:
        options = TranslateOptions.build(beams=int(beams), device=device, backend=backend, max_chars=config.max_chars,
                                         check_language=not force, cache_dir=config.cache_dir)  # fmt: skip
    except (TypeError, ValueError) as exc:
        yield AppResult(status=f"⚠ {_esc(reader_message(exc))}", done=True, model_line=model_status(config))
        return
    current = model_status(config)
    loading = current if ": loaded," in current else f"Model **{_esc(name)}**: loading…"
    yield AppResult(status="Reading the article…", progress=0.0, phase="Reading", model_line=loading)
    document: Document | None = None
    for event in run(text, options, model=config.model, cancel=cancel):
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
        short = "not installed on this server" if isinstance(error, ModelNotFoundError) else "its files could not be loaded"
        line = _remember(name, f"Model **{_esc(name)}**: not available ({short}); see the server log.")
        if document is not None:  # the article was read before the model failed: show its figures
            table = source_figure_table(document)
    else:
        line = model_status(config)
        if not isinstance(error, SummarizerError | ValueError):
            logger.error("request failed", exc_info=error)
    return AppResult(status=f"⚠ {_esc(reader_message(error))}", table=table, done=True, model_line=line)


def _success(summary: ArticleSummary, config: AppConfig) -> AppResult:
    translation = summary.translation
    warnings = " ".join(_esc(w) for w in translation.warnings)
    status = f"✔ Translated {_plural(len(translation.segments), 'sentence')} in {translation.seconds:.1f} s. {warnings}"
    return AppResult(
        status=status.strip(),
        summary_md=_summary_markdown(summary),
        translation=translation.text,
        table=key_figure_table(summary),
        aligned_html=render_aligned(translation),
        data=summary.to_dict(),
        files=_exports.write(summary, config.export_ttl_s),
        done=True,
        progress=1.0,
        model_line=model_status(config),
    )
