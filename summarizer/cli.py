"""Command-line interface: ``python -m summarizer {translate,summarize,batch,figures,check}``.

stdout carries only the requested output (the translation, the summary or the
JSON); flagged sentences and warnings go to stderr. Errors are reported as one
line on stderr, never a traceback, with the exit status their class gives
(:mod:`summarizer.errors`: 2 for bad input or usage, an option out of range
included; 130 when interrupted). ``check`` exits 1 when a figure was lost or
changed; ``batch`` exits 1 when some articles ended as error lines (the others
are written).

Nothing heavy is imported before a command needs it: ``figures`` and ``check``
load neither PyTorch, transformers nor spaCy (``figures --parse`` loads the
French parser, for the roles and labels the summary reads from it);
``translate`` loads the model, not the parser; ``summarize`` loads the parser
when the summary reads the labels, after the translation.
Environment variables read here (and only here and in the app):
``SUMMARIZER_MODEL``, ``SUMMARIZER_BACKEND``, ``SUMMARIZER_MAX_CHARS``, ``SUMMARIZER_CACHE``.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import logging
import os
import signal
import sys
import threading
import time
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .errors import EmptyInputError, SummarizerError, exit_status, first_line
from .options import DEFAULT_MAX_CHARS
from .serialize import result_document

if TYPE_CHECKING:
    from .result import Translation

logger = logging.getLogger(__name__)
#: The batch's progress lines: INFO, shown without --verbose (the batch turns this logger on).
progress_logger = logging.getLogger("summarizer.batch.progress")

__all__ = ["main", "build_parser", "handle"]


class OneLineParser(argparse.ArgumentParser):
    """An argument parser whose usage errors are one line on stderr (exit 2), like every other error."""

    def error(self, message: str) -> None:  # type: ignore[override]
        self.exit(2, f"{self.prog}: error: {message} (see {self.prog} --help)\n")


def whole_number(low: int, high: int | None = None) -> Any:
    """An argparse type: a whole number from ``low`` (to ``high``)."""

    def parse(text: str) -> int:
        try:
            value = int(text)
        except (TypeError, ValueError):
            value = None
        if value is None or value < low or (high is not None and value > high):
            span = f"from {low} to {high}" if high is not None else f"of at least {low}"
            raise argparse.ArgumentTypeError(f"must be a whole number {span}, got {text!r}")
        return value

    return parse


def positive_number(text: str) -> float:
    """An argparse type: a positive number (megabytes)."""
    try:
        value = float(text)
    except (TypeError, ValueError):
        value = float("nan")
    if not value > 0 or value == float("inf"):
        raise argparse.ArgumentTypeError(f"must be a positive number, got {text!r}")
    return value


def _device(text: str) -> str:
    """An argparse type: a device name (whether this machine has it is checked when the model loads)."""
    if text in ("cpu", "cuda", "auto") or (text.startswith("cuda:") and text[5:].isdigit()):
        return text
    raise argparse.ArgumentTypeError(f"must be cpu, cuda, cuda:N or auto, got {text!r}")


def _quiet_hub() -> None:
    """No progress bars or hub chatter from transformers (imported only by the commands that load a model)."""
    os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")
    try:
        from transformers.utils import logging as hf_logging

        hf_logging.disable_progress_bar()
        hf_logging.set_verbosity_error()
    except ImportError:
        pass


def _read(source: str | None, max_file_mb: float, max_chars: int | None = None) -> str:
    from .ingest import decode_bytes, read_document, reading_budget, too_long

    limit = DEFAULT_MAX_CHARS if max_chars is None else max_chars
    if source in (None, "-"):
        if sys.stdin is None or sys.stdin.isatty():
            raise EmptyInputError("No input: give a file, or pipe a French article to standard input.")
        budget = reading_budget(limit)
        data = sys.stdin.buffer.read(4 * budget + 4) if budget else sys.stdin.buffer.read()
        if budget and len(data) > 4 * budget:  # more than the budget of characters in any encoding
            raise too_long(budget, limit, at_least=True)
        text = decode_bytes(data, name="standard input")
    else:
        text = read_document(Path(source), max_bytes=int(max_file_mb * 1024 * 1024), max_chars=limit)
    if not text.strip():
        raise EmptyInputError("The input is empty: give a file or pipe a French article to standard input.")
    return text


def _translation_options(args: argparse.Namespace) -> dict[str, Any]:
    options: dict[str, Any] = {
        "beams": args.beams,
        "device": args.device,
        "backend": args.backend,
        "check_language": not args.force,
        "restrict_vocabulary": not args.whole_vocabulary,
    }
    if args.max_chars is not None:
        options["max_chars"] = args.max_chars
    if args.cache_dir:
        options["cache_dir"] = args.cache_dir
    return options


def _add_translation_options(parser: argparse.ArgumentParser, env: dict[str, str]) -> None:
    """The options of a run, their defaults and limits from :data:`summarizer.settings.DEFAULTS` (or ``env``)."""
    from .settings import DEFAULTS, variable

    parser.add_argument("--model", default=env.get(variable("model")) or DEFAULTS.model,
                        help="MarianMT hub id or local directory (default: Helsinki-NLP/opus-mt-fr-en)")  # fmt: skip
    parser.add_argument("--beams", type=whole_number(1, DEFAULTS.max_beams), default=DEFAULTS.beams,
                        help=f"beam size, 1 to {DEFAULTS.max_beams}; 1 is greedy (default: {DEFAULTS.beams})")  # fmt: skip
    parser.add_argument("--device", type=_device, default=env.get(variable("device")) or DEFAULTS.device,
                        help=f"cpu, cuda, cuda:N or auto (default: {DEFAULTS.device})")  # fmt: skip
    parser.add_argument("--backend", default=env.get(variable("backend")) or DEFAULTS.backend,
                        help="auto, ctranslate2 or transformers (default: auto)")  # fmt: skip
    # a string default goes through `type` too: a bad SUMMARIZER_MAX_CHARS is the same one-line usage error
    parser.add_argument("--max-chars", type=whole_number(0), default=env.get(variable("max_chars")) or None,
                        help=f"refuse longer input (default: {DEFAULTS.max_chars}; 0: no limit; {variable('max_chars')})")  # fmt: skip
    parser.add_argument("--max-file-mb", type=positive_number, default=env.get(variable("max_file_mb")) or DEFAULTS.max_file_mb,
                        help=f"refuse larger files (default: {DEFAULTS.max_file_mb:g})")  # fmt: skip
    parser.add_argument("--force", action="store_true", help="translate even if the text does not look French")
    parser.add_argument("--cache-dir", default=env.get(variable("cache_dir")) or DEFAULTS.cache_dir, help="where converted models are kept")
    parser.add_argument("--whole-vocabulary", action="store_true",
                        help="let the decoder score every token, French pieces too (slower; default: English pieces only)")  # fmt: skip


def _add_model_options(parser: argparse.ArgumentParser, env: dict[str, str]) -> None:
    parser.add_argument("source", nargs="?", default="-", help="a .txt/.html/.docx/.pdf file, or - for stdin")
    _add_translation_options(parser, env)
    parser.add_argument("--json", action="store_true", help="print JSON")


def build_parser(env: dict[str, str] | None = None) -> argparse.ArgumentParser:
    """The argument parser (defaults from ``env``, the process environment by default)."""
    env = dict(os.environ) if env is None else env
    from ._version import __version__
    from .settings import DEFAULTS

    parser = OneLineParser(prog="summarizer", description="Translate French news and extract its key figures.")
    parser.add_argument("--version", action="version", version=f"summarizer {__version__}")
    parser.add_argument("-v", "--verbose", action="store_true", help="log progress to stderr")
    commands = parser.add_subparsers(dest="command", required=True)
    translate = commands.add_parser("translate", help="translate an article")
    _add_model_options(translate, env)
    translate.add_argument("--parse", action="store_true",
                           help="check what figures mean, names and negation with the spaCy parsers (slower to start)")  # fmt: skip
    _add_model_options(commands.add_parser("summarize", help="translate and list the key figures"), env)
    figures = commands.add_parser(
        "figures", help="list the figures of a text, the key ones marked as the summary ranks them",
        description="Every figure of a French (or English) text; '(key N: ROLE)' marks what the summary would list, N its rank.",
    )  # fmt: skip
    figures.add_argument("source", nargs="?", default="-", help="a .txt/.html/.docx/.pdf file, or - for stdin")
    figures.add_argument("--lang", choices=["fr", "en"], default="fr", help="the text's language (key figures: French only)")
    figures.add_argument("--parse", action="store_true",
                         help="rank the key figures with the French parser's roles and labels, as summarize does (slower)")  # fmt: skip
    figures.add_argument("--json", action="store_true", help="print JSON")
    figures.add_argument("--max-file-mb", type=positive_number, default=DEFAULTS.max_file_mb,
                        help=f"refuse larger files (default: {DEFAULTS.max_file_mb:g})")  # fmt: skip
    batch = commands.add_parser(
        "batch", help="summarise many articles into a JSON-lines file (resumable; --ray for a cluster)",
        description="One JSON line per article in --out; run it again to do what is left.",
    )  # fmt: skip
    batch.add_argument("inputs", nargs="+", help="files, folders (recursively), .jsonl files of {id, text}, or - for stdin")
    batch.add_argument("--out", required=True, help="the JSON-lines output file (appended to; a rerun skips what it holds)")
    _add_translation_options(batch, env)
    batch.add_argument("--workers", type=whole_number(1, 1024), default=None,
                       help=f"articles in flight (default {DEFAULTS.workers}); with --ray, the number of actors")  # fmt: skip
    batch.add_argument("--ray", nargs="?", const="local", default=None, metavar="ADDRESS",
                       help="run on Ray: alone, a local Ray; 'auto' or ray://host:10001, a running cluster")  # fmt: skip
    batch.add_argument("--threads-per-actor", type=whole_number(1, 1024), default=2, help="CPUs per Ray actor (default: 2)")
    batch.add_argument("--retry-failed", action="store_true", help="do the articles whose line is an error again")
    check = commands.add_parser("check", help="check that a translation kept every figure, name and negation (exit 1 if not)")
    check.add_argument("source", help="the French text file")
    check.add_argument("translation", help="the English text file")
    check.add_argument("--json", action="store_true", help="print JSON")
    check.add_argument("--parse", action="store_true",
                       help="check what figures mean, names and negation with the spaCy parsers (slower to start)")  # fmt: skip
    check.add_argument("--max-file-mb", type=positive_number, default=DEFAULTS.max_file_mb,
                        help=f"refuse larger files (default: {DEFAULTS.max_file_mb:g})")  # fmt: skip
    return parser


def handle(args: argparse.Namespace) -> tuple[int, str]:
    """Run a parsed command and return ``(exit status, text to print)``.

    Raises:
        SummarizerError: Bad input or model problems (turned into one line by :func:`main`).
    """
    if args.command == "batch":
        _quiet_hub()
        return _batch(args)
    if args.command == "figures":
        return _figures(args)
    if args.command == "check":
        from . import parsing
        from .checks import check
        from .checks.figures import check_figures
        from .result import Severity

        source = _read(args.source, args.max_file_mb)
        translation = _read(args.translation, args.max_file_mb)
        with parsing.switched(args.parse):  # the parsers load only when asked: `check` answers in a fraction of a second
            report = check_figures(source, translation)
            critical = check(source, translation, checks=("names", "negation"))
        unparsed = "names and negation not checked: pass --parse to check them with the spaCy parsers"
        notes = list(critical.notes) if args.parse else [unparsed]
        for note in notes:
            print(f"summarizer: {note}", file=sys.stderr)
        status = 0 if report.ok and critical.ok else 1
        if args.json:
            data = report.to_dict()  # the figures, as before; then the issues of every kind
            data["issues"] = {"figure": check(source, translation, checks=("figures",)).to_dict()["issues"].get("figure", []),
                              **critical.to_dict()["issues"]}  # fmt: skip
            data["names"] = critical.to_dict()["names"]
            data["checked"] = ["figure", *(str(k) for k in critical.checked)]
            data["notes"] = notes
            return status, json.dumps(data, ensure_ascii=False, indent=2)
        lines = [f"{len(report.matched)} figures matched, {len(report.missing)} missing, {len(report.unexpected)} unexpected"]
        from .figures import format_value  # the value written the English way: "1:59.42", "€1.2 billion", "14 May"

        lines += [f"MISSING    {f.text} ({format_value(f)})" for f in report.missing]
        lines += [f"UNEXPECTED {f.text} ({format_value(f)})" for f in report.unexpected]
        lines += [f"SWAPPED    '{a.source.text}' and '{b.source.text}'" for a, b in report.swapped]
        lines += [f"CHANGED    {change.describe()}" for change in report.changed]
        lines += [f"{str(i.kind).upper():<10} {i.message}" for i in critical.issues if i.severity == Severity.WARNING]
        lines += [f"NOTE       {i.message}" for i in critical.issues if i.severity == Severity.INFO]
        return status, "\n".join(lines)
    text = _read(args.source, args.max_file_mb, args.max_chars)
    options = _translation_options(args)
    _quiet_hub()
    if args.command == "translate":
        from . import parsing
        from .run import translate

        with parsing.switched(args.parse):  # no parser unless asked: the check reads meaning from the words
            result = translate(text, model=args.model, **options)
        _report(result)
        if args.json:
            return 0, json.dumps(result_document(result), ensure_ascii=False, indent=2)
        return 0, result.text
    from .run import summarize_article

    summary = summarize_article(text, model=args.model, **options)
    _report(summary.translation)
    if args.json:
        return 0, json.dumps(result_document(summary), ensure_ascii=False, indent=2)
    from .webapp import summary_lines  # the page's lines: each says what its figure counts, never a bare number

    head = summary.summary.splitlines()[:1]
    return 0, "\n".join([*head, *summary_lines(summary)]) + "\n\n" + summary.translation.text


def _figures(args: argparse.Namespace) -> tuple[int, str]:
    """``figures``: every figure of the text; the key ones as the summary ranks them (French), with their role."""
    text = _read(args.source, args.max_file_mb)
    ranked: dict[int, tuple[int, str]] = {}  # figure start -> (rank, role)
    if args.lang == "fr":
        from .document import Document
        from .summary import rank_key_figures

        document = Document.build(text)
        figures = document.figures()
        ranked = {r.figure.start: (i + 1, r.role) for i, r in enumerate(rank_key_figures(document, parse=args.parse))}
    else:
        from .figures import extract_figures

        figures = extract_figures(text, lang="en")
    if args.json:
        keys = ("value", "text", "kind", "label", "approximate", "start", "end", "unit")
        rows = []
        for f in figures:
            rank, role = ranked.get(f.start, (None, None))
            rows.append({**{k: getattr(f, k) for k in keys}, "key": rank is not None, "rank": rank, "role": role})
        return 0, json.dumps({"figures": rows}, ensure_ascii=False, indent=2)
    lines = []
    for f in figures:
        mark = f" (key {ranked[f.start][0]}: {ranked[f.start][1]})" if f.start in ranked else ""
        lines.append(f"{f.text}\t{f.kind}\t{f.value}\t{f.label}{mark}")
    return 0, "\n".join(lines) if lines else "no figures found"


def _report(result: Translation) -> None:
    """Warnings and flagged sentences, on stderr: stdout carries only the requested output."""
    for warning in result.warnings:
        print(f"summarizer: {warning}", file=sys.stderr)
    for s in result.flagged:
        reasons = "; ".join(s.warnings)
        print(f"summarizer: sentence {s.index + 1} flagged: {reasons}", file=sys.stderr)


class _Progress:
    """A tqdm bar on a terminal, else INFO lines from the start and every 10 s; the final one-line report."""

    def __init__(self, total: int | None, skipped: list[int], already: int = 0) -> None:
        self.began = time.monotonic()
        self.total = total
        self.done = self.failed = self.sentences = 0
        self.skipped = skipped
        self.bar: Any = None
        self._stop = threading.Event()
        if sys.stderr.isatty():
            from tqdm import tqdm

            self.bar = tqdm(total=total, unit="article", file=sys.stderr, dynamic_ncols=True, desc="loading the model")
        else:
            to_do = "an unknown number of" if total is None else f"{total:,}"
            progress_logger.info("batch: %s articles to do (%d already in the output); loading the model", to_do, already)
            threading.Thread(target=self._tick, name="summarizer-progress", daemon=True).start()

    def _tick(self) -> None:
        while not self._stop.wait(10):
            self.log()

    def log(self) -> None:
        """One progress line."""
        elapsed = time.monotonic() - self.began
        of = "" if self.total is None else f"/{self.total:,}"
        progress_logger.info("batch: %d%s articles done (%d failed, %d skipped), %.1f sentences/s, %.0f s", self.done, of,
                             self.failed, self.skipped[0], self.sentences / max(1e-9, elapsed), elapsed)  # fmt: skip

    def update(self, line: dict[str, Any]) -> None:
        self.done += 1
        self.failed += "error" in line
        self.sentences += len(line.get("translation", {}).get("segments", []))
        rate = self.sentences / max(1e-9, time.monotonic() - self.began)
        if self.bar is not None:
            if self.done == 1:
                self.bar.set_description_str("", refresh=False)
            self.bar.set_postfix({"sentences/s": f"{rate:.1f}", "failed": self.failed}, refresh=False)
            self.bar.update(1)
        elif self.done == 1:
            self.log()  # the first article: the model is loaded and the work goes

    def stop(self) -> None:
        """No more progress lines."""
        self._stop.set()

    def report(self, stopped: str | None = None) -> str:
        self.stop()
        if self.bar is not None:
            self.bar.close()
        seconds = time.monotonic() - self.began
        counts = f"{self.done} done ({self.failed} failed), {self.skipped[0]} skipped as already done, in {seconds:.1f} s"
        if stopped:
            return (f"summarizer: batch stopped by {stopped}: {counts}; every line written is whole: "
                    "run the same command again to do the rest")  # fmt: skip
        return f"summarizer: batch finished: {counts}"


class _Stopped(BaseException):
    """SIGTERM arrived: the batch stops, the lines written stay whole (a BaseException: no handler swallows it)."""


def _on_sigterm(signum: int, frame: Any) -> None:
    raise _Stopped


def _batch(args: argparse.Namespace) -> tuple[int, str]:
    """Run a batch into ``--out``; the report goes to stderr, nothing to stdout.

    Exit status: 0 when every article has a result, 1 when the output holds error
    lines (a hint names ``--retry-failed``), 2 for bad usage, 143 after SIGTERM,
    130 after Ctrl-C (both with a one-line report; a rerun resumes).
    """
    from .batch import JsonlSink, check_batch_options, count_inputs, read_inputs, summarize_many
    from .options import TranslateOptions

    check_batch_options(workers=args.workers, threads_per_actor=args.threads_per_actor, max_file_mb=args.max_file_mb,
                        max_chars=args.max_chars)  # fmt: skip
    options = _translation_options(args)
    TranslateOptions.build(**options)  # a bad option is one line before anything is read or written
    limit = DEFAULT_MAX_CHARS if args.max_chars is None else args.max_chars
    items = read_inputs(args.inputs, max_file_mb=args.max_file_mb, max_chars=limit)
    progress_logger.setLevel(logging.INFO)
    with JsonlSink(args.out, retry_failed=args.retry_failed) as sink:
        skipped = [0]

        def skip(item: Any) -> bool:
            if sink.already_done(item):
                skipped[0] += 1
                return True
            return False

        if args.ray:
            from .cluster import connect, summarize_on_ray

            address = None if args.ray == "local" else args.ray
            connect(address)  # an address that does not answer is a one-line error before anything starts
            results = summarize_on_ray(items, address=address, model=args.model, actors=args.workers,
                                       threads_per_actor=args.threads_per_actor, skip=skip, **options)  # fmt: skip
        else:
            results = summarize_many(items, model=args.model, workers=args.workers, skip=skip, **options)
        total = count_inputs(args.inputs)
        progress = _Progress(None if total is None else max(0, total - len(sink.done)), skipped, len(sink.done))
        main_thread = threading.current_thread() is threading.main_thread()
        previous = signal.signal(signal.SIGTERM, _on_sigterm) if main_thread else None
        try:
            for line in results:
                sink.write(line)
                progress.update(line)
        except _Stopped:
            print(progress.report("SIGTERM"), file=sys.stderr)
            return 128 + signal.SIGTERM, ""
        except KeyboardInterrupt:
            print(progress.report("Ctrl-C"), file=sys.stderr)
            return 130, ""
        finally:
            progress.stop()
            if main_thread:
                signal.signal(signal.SIGTERM, previous)
            with contextlib.suppress(Exception):
                results.close()  # type: ignore[attr-defined]
        failed = sink.failed + sink.failed_before
        print(progress.report(), file=sys.stderr)
        if failed:
            print(f"summarizer: {failed} article{'s' if failed != 1 else ''} in {args.out} ended as error lines "
                  "(each says why): fix them, then run again with --retry-failed to do them again", file=sys.stderr)  # fmt: skip
    return (1 if failed else 0), ""


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``summarizer`` command.

    Returns:
        The exit status: 0 success, 1 figures lost (``check``), 2 error.
    """
    parser = build_parser()
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO if args.verbose else logging.WARNING, format="%(levelname)s: %(message)s")
    try:
        status, output = handle(args)
    except (SummarizerError, OSError, ValueError, TypeError) as exc:  # each error's class gives its exit status
        print(f"summarizer: error: {first_line(exc)}", file=sys.stderr)
        return exit_status(exc)
    except KeyboardInterrupt as exc:
        print("summarizer: interrupted", file=sys.stderr)
        return exit_status(exc)
    if output or args.command != "batch":
        sys.stdout.write(output + "\n")
    return status
