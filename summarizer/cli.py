"""Command-line interface: ``python -m summarizer {translate,summarize,batch,figures,check}``.

stdout carries only the requested output (the translation, the summary or the
JSON); flagged sentences and warnings go to stderr. Errors are reported as one
line on stderr with a non-zero exit status (2), never a traceback. ``check``
exits 1 when a figure was lost or changed; ``batch`` exits 1 when some articles
ended as error lines (the others are written).
Environment variables read here (and only here and in the app):
``SUMMARIZER_MODEL``, ``SUMMARIZER_BACKEND``, ``SUMMARIZER_MAX_CHARS``, ``SUMMARIZER_CACHE``.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from . import __version__
from .errors import EmptyInputError, SummarizerError
from .ingest import decode_bytes, read_document
from .pipeline import Translation

logger = logging.getLogger(__name__)

__all__ = ["main", "build_parser", "handle"]


def _read(source: str | None, max_file_mb: float) -> str:
    if source in (None, "-"):
        if sys.stdin is None or sys.stdin.isatty():
            raise EmptyInputError("No input: give a file, or pipe a French article to standard input.")
        data = sys.stdin.buffer.read()
        text = decode_bytes(data, name="standard input")
    else:
        text = read_document(Path(source), max_bytes=int(max_file_mb * 1024 * 1024))
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
    parser.add_argument("--model", default=env.get("SUMMARIZER_MODEL") or None,
                        help="MarianMT hub id or local directory (default: Helsinki-NLP/opus-mt-fr-en)")  # fmt: skip
    parser.add_argument("--beams", type=int, default=4, help="beam size; 1 is greedy (default: 4)")
    parser.add_argument("--device", default="cpu", help="cpu, cuda or auto (default: cpu)")
    parser.add_argument("--backend", default=env.get("SUMMARIZER_BACKEND", "auto"),
                        help="auto, ctranslate2 or transformers (default: auto)")  # fmt: skip
    max_chars = env.get("SUMMARIZER_MAX_CHARS")
    parser.add_argument("--max-chars", type=int, default=int(max_chars) if max_chars else None,
                        help="refuse longer input (default: 200000; 0: no limit)")  # fmt: skip
    parser.add_argument("--max-file-mb", type=float, default=10.0, help="refuse larger files (default: 10)")
    parser.add_argument("--force", action="store_true", help="translate even if the text does not look French")
    parser.add_argument("--cache-dir", default=env.get("SUMMARIZER_CACHE"), help="where converted models are kept")
    parser.add_argument("--whole-vocabulary", action="store_true",
                        help="let the decoder score every token, French pieces too (slower; default: English pieces only)")  # fmt: skip


def _add_model_options(parser: argparse.ArgumentParser, env: dict[str, str]) -> None:
    parser.add_argument("source", nargs="?", default="-", help="a .txt/.html/.docx/.pdf file, or - for stdin")
    _add_translation_options(parser, env)
    parser.add_argument("--json", action="store_true", help="print JSON")


def build_parser(env: dict[str, str] | None = None) -> argparse.ArgumentParser:
    """The argument parser (defaults from ``env``, the process environment by default)."""
    env = dict(os.environ) if env is None else env
    parser = argparse.ArgumentParser(prog="summarizer", description="Translate French news and extract its key figures.")
    parser.add_argument("--version", action="version", version=f"summarizer {__version__}")
    parser.add_argument("-v", "--verbose", action="store_true", help="log progress to stderr")
    commands = parser.add_subparsers(dest="command", required=True)
    _add_model_options(commands.add_parser("translate", help="translate an article"), env)
    _add_model_options(commands.add_parser("summarize", help="translate and list the key figures"), env)
    figures = commands.add_parser("figures", help="extract the figures of a text")
    figures.add_argument("source", nargs="?", default="-")
    figures.add_argument("--lang", choices=["fr", "en"], default="fr")
    figures.add_argument("--json", action="store_true")
    figures.add_argument("--max-file-mb", type=float, default=10.0)
    batch = commands.add_parser(
        "batch", help="summarise many articles into a JSON-lines file (resumable; --ray for a cluster)",
        description="One JSON line per article in --out; run it again to do what is left.",
    )  # fmt: skip
    batch.add_argument("inputs", nargs="+", help="files, folders (recursively), .jsonl files of {id, text}, or - for stdin")
    batch.add_argument("--out", required=True, help="the JSON-lines output file (appended to; a rerun skips what it holds)")
    _add_translation_options(batch, env)
    batch.add_argument("--workers", type=int, default=None,
                       help="articles in flight (default 8); with --ray, the number of actors")  # fmt: skip
    batch.add_argument("--ray", nargs="?", const="local", default=None, metavar="ADDRESS",
                       help="run on Ray: alone, a local Ray; 'auto' or ray://host:10001, a running cluster")  # fmt: skip
    batch.add_argument("--threads-per-actor", type=int, default=2, help="CPUs per Ray actor (default: 2)")
    batch.add_argument("--retry-failed", action="store_true", help="do the articles whose line is an error again")
    check = commands.add_parser("check", help="check that a translation kept every figure, name and negation (exit 1 if not)")
    check.add_argument("source", help="the French text file")
    check.add_argument("translation", help="the English text file")
    check.add_argument("--json", action="store_true")
    check.add_argument("--max-file-mb", type=float, default=10.0)
    return parser


def handle(args: argparse.Namespace) -> tuple[int, str]:
    """Run a parsed command and return ``(exit status, text to print)``.

    Raises:
        SummarizerError: Bad input or model problems (turned into one line by :func:`main`).
    """
    from . import check, check_figures, extract_figures, summarize_article, translate

    if args.command == "batch":
        return _batch(args)
    if args.command == "figures":
        figures = extract_figures(_read(args.source, args.max_file_mb), lang=args.lang)
        if args.json:
            keys = ("value", "text", "kind", "label", "approximate", "start", "end", "key", "unit")
            return 0, json.dumps({"figures": [{k: getattr(f, k) for k in keys} for f in figures]}, ensure_ascii=False, indent=2)
        lines = [f"{f.text}\t{f.kind}\t{f.value}\t{f.label}{' (key)' if f.key else ''}" for f in figures]
        return 0, "\n".join(lines) if lines else "no figures found"
    if args.command == "check":
        source = _read(args.source, args.max_file_mb)
        translation = _read(args.translation, args.max_file_mb)
        report = check_figures(source, translation)
        critical = check(source, translation, checks=("names", "negation"))
        for note in critical.notes:
            print(f"summarizer: {note}", file=sys.stderr)
        status = 0 if report.ok and critical.ok else 1
        if args.json:
            data = report.to_dict()  # the figures, as before; then the issues of every kind
            data["issues"] = {"figure": check(source, translation, checks=("figures",)).to_dict()["issues"].get("figure", []),
                              **critical.to_dict()["issues"]}  # fmt: skip
            data["names"] = critical.to_dict()["names"]
            data["checked"] = ["figure", *(str(k) for k in critical.checked)]
            data["notes"] = list(critical.notes)
            return status, json.dumps(data, ensure_ascii=False, indent=2)
        lines = [f"{len(report.matched)} figures matched, {len(report.missing)} missing, {len(report.unexpected)} unexpected"]
        lines += [f"MISSING    {f.text} ({f.value})" for f in report.missing]
        lines += [f"UNEXPECTED {f.text} ({f.value})" for f in report.unexpected]
        lines += [f"{str(i.kind).upper():<10} {i.message}" for i in critical.issues if i.severity == "warning"]
        lines += [f"NOTE       {i.message}" for i in critical.issues if i.severity == "info"]
        return status, "\n".join(lines)
    text = _read(args.source, args.max_file_mb)
    options = _translation_options(args)
    if args.command == "translate":
        result = translate(text, model=args.model, **options)
        _report(result)
        if args.json:
            return 0, json.dumps(result.to_dict(), ensure_ascii=False, indent=2)
        return 0, result.text
    summary = summarize_article(text, model=args.model, **options)
    _report(summary.translation)
    if args.json:
        return 0, json.dumps(summary.to_dict(), ensure_ascii=False, indent=2)
    return 0, summary.summary + "\n\n" + summary.translation.text


def _report(result: Translation) -> None:
    """Warnings and flagged sentences, on stderr: stdout carries only the requested output."""
    for warning in result.warnings:
        print(f"summarizer: {warning}", file=sys.stderr)
    for s in result.flagged:
        reasons = "; ".join(f.message for f in s.flags if f.severity == "warning")
        print(f"summarizer: sentence {s.index + 1} flagged: {reasons}", file=sys.stderr)


class _Progress:
    """A tqdm bar on a terminal; plain log lines every 10 s otherwise; the final one-line report."""

    def __init__(self, total: int | None, skipped: list[int]) -> None:
        self.began = time.monotonic()
        self.done = self.failed = self.sentences = 0
        self.skipped = skipped
        self.bar: Any = None
        self.last_log = self.began
        if sys.stderr.isatty():
            from tqdm import tqdm

            self.bar = tqdm(total=total, unit="article", file=sys.stderr, dynamic_ncols=True)

    def update(self, line: dict[str, Any]) -> None:
        self.done += 1
        self.failed += "error" in line
        self.sentences += len(line.get("translation", {}).get("segments", []))
        rate = self.sentences / max(1e-9, time.monotonic() - self.began)
        if self.bar is not None:
            self.bar.set_postfix({"sentences/s": f"{rate:.1f}", "failed": self.failed}, refresh=False)
            self.bar.update(1)
        elif time.monotonic() - self.last_log >= 10:
            self.last_log = time.monotonic()
            logger.warning("batch: %d articles done (%d failed, %d skipped), %.1f sentences/s", self.done, self.failed,
                           self.skipped[0], rate)  # fmt: skip

    def report(self) -> str:
        if self.bar is not None:
            self.bar.close()
        seconds = time.monotonic() - self.began
        return (f"summarizer: batch finished: {self.done} done ({self.failed} failed), {self.skipped[0]} skipped as "
                f"already done, in {seconds:.1f} s")  # fmt: skip


def _batch(args: argparse.Namespace) -> tuple[int, str]:
    """Run a batch into ``--out``; the report goes to stderr, nothing to stdout."""
    from .batch import JsonlSink, count_inputs, read_inputs, summarize_many

    items = read_inputs(args.inputs, max_file_mb=args.max_file_mb)
    options = _translation_options(args)
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
        progress = _Progress(None if total is None else max(0, total - len(sink.done)), skipped)
        try:
            for line in results:
                sink.write(line)
                progress.update(line)
        except KeyboardInterrupt:
            print(progress.report(), file=sys.stderr)  # what was written is whole: a rerun does the rest
            raise
        print(progress.report(), file=sys.stderr)
    return (1 if progress.failed else 0), ""


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``summarizer`` command.

    Returns:
        The exit status: 0 success, 1 figures lost (``check``), 2 error.
    """
    parser = build_parser()
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO if args.verbose else logging.WARNING, format="%(levelname)s: %(message)s")
    os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")
    try:
        from transformers.utils import logging as hf_logging

        hf_logging.disable_progress_bar()
        hf_logging.set_verbosity_error()
    except ImportError:
        pass
    try:
        status, output = handle(args)
    except (SummarizerError, OSError, ValueError, TypeError) as exc:
        message = str(exc) or type(exc).__name__
        print(f"summarizer: error: {message.splitlines()[0]}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("summarizer: interrupted", file=sys.stderr)
        return 130
    if output or args.command != "batch":
        sys.stdout.write(output + "\n")
    return status
