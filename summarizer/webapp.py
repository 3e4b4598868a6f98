"""What the web app shows: the request handler and its HTML, table and export renderings.

``app.py`` only lays out the Gradio components; everything it displays comes
from here, so it is tested without a browser. All user text is escaped before
it is put into HTML.
"""

from __future__ import annotations

import html
import json
import logging
import queue
import re
import tempfile
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .errors import ModelLoadError, ModelNotFoundError, SummarizerError
from .fidelity import check_pair
from .figures import format_value
from .pipeline import Segment, Translation, translate, translator_for
from .summary import ArticleSummary, select_key_figures, summarize_translation
from .translators import loaded_translators

logger = logging.getLogger(__name__)

__all__ = ["AppConfig", "AppResult", "summarize_request", "example_articles", "render_aligned", "to_markdown"]

_PALETTE = ["#ffd166", "#8ecae6", "#b5e48c", "#f4a3c4", "#cdb4db", "#ffb703", "#90e0ef", "#f7b267", "#a0c4ff", "#caffbf"]
TABLE_HEADERS = ["Figure", "What it counts", "French source", "Status"]


@dataclass(frozen=True)
class AppConfig:
    """The app's settings, from the command line and environment (read in ``app.py``).

    Attributes:
        model: Hub id or local directory of the MarianMT model.
        max_chars: Input limit in characters.
        max_file_mb: Upload limit in megabytes.
        cache_dir: Where converted CTranslate2 models are kept.
    """

    model: str | None = None
    max_chars: int = 200_000
    max_file_mb: float = 10.0
    cache_dir: str | None = None


@dataclass
class AppResult:
    """Everything the page shows after (or during) a request."""

    status: str = ""
    summary_md: str = ""
    translation: str = ""
    table: list[list[str]] = field(default_factory=list)
    aligned_html: str = ""
    data: dict[str, Any] = field(default_factory=dict)
    files: list[str] = field(default_factory=list)
    done: bool = False


def example_articles() -> dict[str, str]:
    """The example articles shipped with the package, by title."""
    folder = Path(__file__).parent / "examples"
    articles = {}
    for path in sorted(folder.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        articles[text.splitlines()[0].strip()] = text
    return articles


def model_status(config: AppConfig, backend: str = "auto") -> str:
    """A line saying which model is configured and whether it is loaded."""
    from .models import DEFAULT_MODEL

    name = config.model or DEFAULT_MODEL
    loaded = [t for t in loaded_translators() if t.model_name == name]
    if loaded:
        t = loaded[0]
        extra = f" (CTranslate2 unavailable: {t.fallback_reason})" if t.fallback_reason else ""
        return f"Model **{html.escape(name)}**: loaded, back end `{t.name}`{html.escape(extra)}"
    return f"Model **{html.escape(name)}**: not loaded yet (loads on the first translation)"


def _esc(text: str) -> str:
    return html.escape(text, quote=True)


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


def render_aligned(translation: Translation) -> str:
    """French and English sentence by sentence, figures highlighted in the same colour in both."""
    rows = []
    colour_index = 0
    for segment in translation.segments:
        report = check_pair(segment.source, segment.translation)
        fr_spans, en_spans = [], []
        for match in report.matched:
            colour = _PALETTE[colour_index % len(_PALETTE)]
            colour_index += 1
            title = f"{format_value(match.source)}: verified"
            fr_spans.append((match.source.start, match.source.end, colour, title))
            en_spans.append((match.translation.start, match.translation.end, colour, title))
        for figure in report.missing:
            fr_spans.append((figure.start, figure.end, "", "not found in the English"))
        for figure in report.unexpected:
            en_spans.append((figure.start, figure.end, "", "not in the French"))
        notes = "".join(
            f'<div class="flag {f.severity}">{"⚠" if f.severity == "warning" else "✔"} {_esc(f.message)}</div>'
            for f in segment.flags
        )
        css = "seg flagged" if segment.flagged else ("seg repaired" if segment.repaired else "seg")
        rows.append(
            f'<tr class="{css}" data-index="{segment.index}"><td class="fr" lang="fr">{_highlight(segment.source, fr_spans)}</td>'
            f'<td class="en" lang="en">{_highlight(segment.translation, en_spans)}{notes}</td></tr>'
        )
    style = (
        "<style>.aligned{width:100%;border-collapse:collapse}.aligned td{vertical-align:top;padding:6px;"
        "border-bottom:1px solid #ddd;width:50%}.aligned tr.flagged td{background:#fff1f0}"
        ".aligned tr.repaired td.en{background:#f0fff4}.aligned .flag{font-size:0.85em;color:#9d0208}"
        ".aligned .flag.info{color:#2d6a4f}.aligned mark.fig{padding:0 2px;border-radius:3px;color:#000}</style>"
    )
    head = '<tr><th lang="fr">Français</th><th lang="en">English</th></tr>'
    return f'{style}<table class="aligned">{head}{"".join(rows)}</table>'


def key_figure_table(summary: ArticleSummary) -> list[list[str]]:
    """Rows of the key-figure table: figure, what it counts, French source, status."""
    rows = []
    for k in summary.key_figures:
        status = "✔ verified" if k.verified else "⚠ not found in the translation"
        label = k.label_en or k.label_fr
        rows.append([k.formatted, label, k.text_fr, status])
    return rows


def source_figure_table(text: str, segments: list[Segment]) -> list[list[str]]:
    """Rows for the French figures alone (when no translation is possible)."""
    figures = select_key_figures(text, segments)
    return [[format_value(f), f.label, f.text, "— not translated"] for f in figures]


def _md_escape(text: str) -> str:
    return re.sub(r"([\\`*_{}\[\]<>()#+!|~])", r"\\\1", text)


def to_markdown(summary: ArticleSummary) -> str:
    """The result as a Markdown document: summary, key figures, translation, flags."""
    lines = ["# Key figures", "", _md_escape(summary.summary), "", "| Figure | What it counts | French source | Status |",
             "|---|---|---|---|"]  # fmt: skip
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


def _write_exports(summary: ArticleSummary) -> list[str]:
    folder = Path(tempfile.mkdtemp(prefix="summarizer-"))
    (folder / "summary.json").write_text(json.dumps(summary.to_dict(), ensure_ascii=False, indent=2), encoding="utf-8")
    (folder / "summary.md").write_text(to_markdown(summary), encoding="utf-8")
    return [str(folder / "summary.json"), str(folder / "summary.md")]


def _summary_markdown(summary: ArticleSummary) -> str:
    lines = summary.summary.splitlines()
    head = f"**{_md_escape(lines[0])}**" if lines else ""
    body = "\n".join(_md_escape(line).replace("\\-", "-", 1) for line in lines[1:])
    flagged = len(summary.translation.flagged)
    repaired = len([s for s in summary.translation.repaired if not s.flagged])
    notes = []
    if repaired:
        notes.append(f"✔ {repaired} sentence(s) repaired automatically")
    if flagged:
        notes.append(f"⚠ {flagged} sentence(s) flagged: see the aligned view")
    return "\n\n".join(p for p in [head, body, " · ".join(notes)] if p)


def summarize_request(
    text: str,
    config: AppConfig,
    *,
    beams: int = 4,
    device: str = "cpu",
    backend: str = "auto",
    force: bool = False,
) -> Iterator[AppResult]:
    """Handle one request from the page: yield progress, then the full result.

    Errors never escape: they become a status message. When the model is
    missing, the French figures are still shown.
    """
    from .pipeline import TranslateOptions, prepare_text
    from .splitting import split_text

    text = text or ""
    settings: dict[str, Any] = dict(beams=int(beams), device=device, backend=backend, max_chars=config.max_chars,
                                    check_language=not force, cache_dir=config.cache_dir)  # fmt: skip
    try:
        options = TranslateOptions.build(**settings)
        prepared, _warnings = prepare_text(text, options)
    except SummarizerError as exc:
        yield AppResult(status=f"⚠ {_esc(str(exc))}", done=True)
        return
    except ValueError as exc:
        yield AppResult(status=f"⚠ Invalid setting: {_esc(str(exc))}", done=True)
        return
    spans = split_text(prepared)
    updates: queue.Queue[tuple[int, int, dict[int, str]] | None] = queue.Queue()
    outcome: dict[str, Any] = {}

    def work() -> None:
        try:
            translation = translate(text, model=config.model, progress=lambda done, total, ready: updates.put((done, total, dict(ready))),
                                    **settings)  # fmt: skip
            try:
                labeller = translator_for(config.model, options)
            except SummarizerError:
                labeller = None
            outcome["summary"] = summarize_translation(translation, label_translator=labeller)
        except Exception as exc:  # reported on the page, never as a traceback
            outcome["error"] = exc
        finally:
            updates.put(None)

    thread = threading.Thread(target=work, name="summarizer-request", daemon=True)
    thread.start()
    yield AppResult(status=f"Translating {len(spans)} sentences…")
    while True:
        item = updates.get()
        if item is None:
            break
        done, total, ready = item
        if total:
            partial = _partial_units_text(ready, total)
            yield AppResult(status=f"Translating… {done}/{total} sentences", translation=partial)
    thread.join()
    error = outcome.get("error")
    if error is not None:
        segments = [Segment(s.text, "", s.paragraph, s.start, s.end, i) for i, s in enumerate(spans)]
        table = source_figure_table(prepared, segments)
        if isinstance(error, (ModelNotFoundError, ModelLoadError)):
            message = f"⚠ Model not available: {_esc(str(error))}"
        elif isinstance(error, SummarizerError):
            message = f"⚠ {_esc(str(error))}"
        else:
            logger.exception("request failed", exc_info=error)
            message = f"⚠ Translation failed ({_esc(type(error).__name__)}: {_esc(str(error))})"
        if table:
            message += " The figures of the French text are shown below."
        yield AppResult(status=message, table=table, done=True)
        return
    summary: ArticleSummary = outcome["summary"]
    warnings = " ".join(_esc(w) for w in summary.translation.warnings)
    status = f"✔ Translated {len(summary.translation.segments)} sentences in {summary.translation.seconds:.1f} s " \
             f"({_esc(summary.translation.backend)}). {warnings}"  # fmt: skip
    yield AppResult(
        status=status.strip(),
        summary_md=_summary_markdown(summary),
        translation=summary.translation.text,
        table=key_figure_table(summary),
        aligned_html=render_aligned(summary.translation),
        data=summary.to_dict(),
        files=_write_exports(summary),
        done=True,
    )


def _partial_units_text(ready: dict[int, str], total: int) -> str:
    """The translation so far: pieces in order, '…' where still pending."""
    pieces = [ready.get(i, "…") for i in range(total)]
    return " ".join(pieces)


