"""Many articles: a streamed, resumable batch that loses nothing.

Each article takes the one path of :func:`summarizer.run.run`; the batch only
feeds it. The model is loaded once, several articles are in flight at a time,
and a :class:`PooledTranslator` puts the parts of every article in flight into
the same token-budget batches (articles interleaved, results regrouped per
article by each article's own run). Input is read lazily, so memory stays flat
whatever the number of articles.

:class:`JsonlSink` writes one whole JSON line per article and flushes it; on a
rerun it drops a line cut by a kill, skips every article already written (same
id, same text) and, with ``retry_failed``, takes the error lines out to do them
again, so every article appears exactly once.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import json
import logging
import os
import sys
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from dataclasses import dataclass, replace
from pathlib import Path
from typing import IO, Any

from .errors import (
    EmptyInputError,
    InputError,
    InputTooLargeError,
    ModelLoadError,
    ModelNotFoundError,
    NotFrenchError,
    RunCancelled,
    SummarizerError,
    UnsupportedInputError,
)
from .ingest import SUPPORTED_SUFFIXES, read_document, reading_budget, too_long
from .options import DEFAULT_MAX_CHARS, TranslateOptions
from .run import Failed, Finished, run
from .serialize import SCHEMA_VERSION, result_document
from .settings import DEFAULTS
from .translators import BoundedCache, DecodeOptions, Translator, pack_by_budget, translator_for

logger = logging.getLogger(__name__)

__all__ = [
    "BatchItem",
    "BatchInputError",
    "BatchOutputError",
    "check_batch_options",
    "PooledTranslator",
    "JsonlSink",
    "admit",
    "count_inputs",
    "read_inputs",
    "summarize_many",
    "error_code",
]

_BATCH_SUFFIXES = (*SUPPORTED_SUFFIXES, ".jsonl")


class BatchInputError(InputError):
    """The batch's inputs or output cannot be used as given (one line, before anything is written)."""


class BatchOutputError(SummarizerError, OSError):
    """The output file could not be written (a full disk...): every line already there is whole."""


def check_batch_options(*, workers: int | None = None, threads_per_actor: int | None = None,
                        max_file_mb: float | None = None, max_chars: int | None = None) -> None:  # fmt: skip
    """Refuse a numeric batch option out of its range, in one line, before anything is read or written.

    Raises:
        BatchInputError: The first option out of range.
    """
    for name, value, low in (("workers", workers, 1), ("threads per actor", threads_per_actor, 1)):
        if value is not None and (isinstance(value, bool) or not isinstance(value, int) or not low <= value <= 1024):
            raise BatchInputError(f"The number of {name} must be a whole number from {low} to 1024, got {value!r}.")
    if max_file_mb is not None and not 0 < max_file_mb <= 1024:
        raise BatchInputError(f"The file size limit must be over 0 and at most 1024 MB, got {max_file_mb!r}.")
    if max_chars is not None and max_chars < 0:
        raise BatchInputError(f"The character limit must be 0 (no limit) or positive, got {max_chars!r}.")


@dataclass(frozen=True)
class BatchItem:
    """One article of a batch.

    Attributes:
        id: The article's id: the given id, or the file's path.
        text: Its text (``None`` when it could not be read).
        source: Where it came from (a path, ``path:line`` of a JSONL file, ``-``).
        error: ``(code, message)`` when it could not be read.
    """

    id: str
    text: str | None
    source: str
    error: tuple[str, str] | None = None

    @property
    def sha256(self) -> str:
        """The hash of its text (resume: same id and same hash is the same article)."""
        return hashlib.sha256((self.text or "").encode("utf-8", "surrogatepass")).hexdigest()

    def to_dict(self) -> dict[str, Any]:
        """A plain dict (sent to cluster workers)."""
        return {"id": self.id, "text": self.text, "source": self.source, "error": list(self.error) if self.error else None}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> BatchItem:
        """The item back from :meth:`to_dict`."""
        error = data.get("error")
        return cls(str(data["id"]), data.get("text"), str(data.get("source", data["id"])), tuple(error) if error else None)  # type: ignore[arg-type]


# --------------------------------------------------------------------------- reading the inputs


def error_code(error: BaseException) -> str:
    """The stable code of an error line."""
    if isinstance(error, EmptyInputError):
        return "empty"
    if isinstance(error, InputTooLargeError):
        return "too_long"
    if isinstance(error, NotFrenchError):
        return "not_french"
    if isinstance(error, (UnsupportedInputError, OSError)) and not isinstance(error, (ModelNotFoundError, ModelLoadError)):
        return "unreadable"
    if isinstance(error, (ModelNotFoundError, ModelLoadError)):
        return "model_error"
    if isinstance(error, RunCancelled):
        return "cancelled"
    return "internal"


def _first_line(error: BaseException) -> str:
    return (str(error).splitlines() or [type(error).__name__])[0]


def _files(folder: Path) -> Iterator[Path]:
    for path in sorted(folder.rglob("*")):
        if path.is_file() and path.suffix.lower() in _BATCH_SUFFIXES:
            yield path


def _check_inputs(inputs: Sequence[str]) -> None:
    if not inputs:
        raise BatchInputError("No input: give files, folders, .jsonl files or - for standard input.")
    for name in inputs:
        if name == "-":
            continue
        path = Path(name)
        if not path.exists():
            raise BatchInputError(f"No such file or folder: {name}")
        if path.is_dir() and next(_files(path), None) is None:
            raise BatchInputError(
                f"The folder {name} holds no article: no {', '.join(_BATCH_SUFFIXES)} file in it or below it."
            )


@dataclass(frozen=True)
class _Overlong:
    """A line over the cap: only its beginning was kept."""

    head: str


def _bounded_lines(stream: IO[str], cap: int) -> Iterator[str | _Overlong]:
    """The lines of a stream, each read up to ``cap`` characters; a longer one is an :class:`_Overlong` (its rest skipped)."""
    while True:
        line = stream.readline(cap + 1) if cap else stream.readline()
        if not line:
            return
        if cap and len(line) > cap and not line.endswith("\n"):
            while True:  # the rest of an over-long line is read in pieces and dropped
                rest = stream.readline(65536)
                if not rest or rest.endswith("\n"):
                    break
            yield _Overlong(line[:100])
            continue
        yield line


def _jsonl(lines: Iterable[str | _Overlong], source: str, max_chars: int = 0) -> Iterator[BatchItem]:
    for number, line in enumerate(lines, 1):
        where = f"{source}:{number}"
        if isinstance(line, _Overlong):
            error = too_long(reading_budget(max_chars), max_chars, at_least=True)
            yield BatchItem(where, None, where, ("too_long", _first_line(error)))
            continue
        if not line.strip():
            continue
        try:
            data = json.loads(line)
        except json.JSONDecodeError as exc:
            yield BatchItem(where, None, where, ("bad_line", f"line {number} of {source} is not JSON ({exc.msg})"))
            continue
        if not isinstance(data, dict):
            yield BatchItem(where, None, where, ("bad_line", f"line {number} of {source} is not a JSON object"))
            continue
        ident = str(data["id"]) if data.get("id") not in (None, "") else where
        text = data.get("text")
        if not isinstance(text, str):
            yield BatchItem(ident, None, where, ("bad_line", f"line {number} of {source} has no \"text\" string"))
            continue
        yield BatchItem(ident, text, where)


def _line_cap(max_chars: int) -> int:
    """Characters a JSON line may take: the reading budget, twice over for JSON escapes (0: no limit)."""
    return 2 * reading_budget(max_chars) + 1024 if max_chars else 0


def _file(path: Path, max_bytes: int, max_chars: int) -> Iterator[BatchItem]:
    if path.suffix.lower() == ".jsonl":
        with path.open(encoding="utf-8", errors="replace") as handle:
            yield from _jsonl(_bounded_lines(handle, _line_cap(max_chars)), str(path), max_chars)
        return
    try:
        yield BatchItem(str(path), read_document(path, max_bytes=max_bytes, max_chars=max_chars), str(path))
    except (SummarizerError, OSError) as exc:
        yield BatchItem(str(path), None, str(path), (error_code(exc), _first_line(exc)))


def read_inputs(
    inputs: Sequence[str], *, max_file_mb: float = 10.0, max_chars: int = DEFAULT_MAX_CHARS, stdin: IO[str] | None = None
) -> Iterator[BatchItem]:
    """The articles of files, folders (recursively), ``.jsonl`` files and ``-`` (standard input), read lazily.

    Standard input is JSON lines when its first line starts with ``{``, else one article. No reader takes
    much more than ``max_chars`` of an article: a longer one is an error line (``too_long``).

    Raises:
        BatchInputError: A missing input, or a folder with no article (before anything is read).
    """
    _check_inputs(inputs)
    max_bytes = int(max_file_mb * 1024 * 1024)
    cap = _line_cap(max_chars)

    def generate() -> Iterator[BatchItem]:
        for name in inputs:
            if name == "-":
                stream = stdin if stdin is not None else sys.stdin
                lines = _bounded_lines(stream, cap)
                first = next(lines, "")
                if (first.head if isinstance(first, _Overlong) else first).lstrip().startswith("{"):
                    yield from _jsonl(_chain(first, lines), "-", max_chars)
                    continue
                budget = reading_budget(max_chars)
                overlong = isinstance(first, _Overlong)
                text = "" if isinstance(first, _Overlong) else first + (stream.read(budget + 1) if budget else stream.read())
                if overlong or (budget and len(text) > budget):
                    yield BatchItem("-", None, "-", ("too_long", _first_line(too_long(budget, max_chars, at_least=True))))
                else:
                    yield BatchItem("-", text, "-") if text.strip() else BatchItem("-", None, "-", ("empty", "standard input is empty"))
                continue
            path = Path(name)
            for file in _files(path) if path.is_dir() else [path]:
                yield from _file(file, max_bytes, max_chars)

    return generate()


def _chain(first: str | _Overlong, rest: Iterator[str | _Overlong]) -> Iterator[str | _Overlong]:
    yield first
    yield from rest


# --------------------------------------------------------------------------- sharing model calls


class _Request:
    def __init__(self, sentences: list[str], options: DecodeOptions) -> None:
        self.sentences = sentences
        self.options = options
        self.results: list[str | None] = [None] * len(sentences)
        self.missing = len(sentences)
        self.future: Future[list[str]] = Future()
        self.abandoned = False  # its run stopped waiting (cancelled, or its reader left)


class PooledTranslator(Translator):
    """A translator shared by concurrent runs: every article's parts go into the same batches.

    Each run asks for its batches as usual; a single worker gathers whatever all
    runs have asked for, deduplicates it, sorts it by length and cuts it into
    the inner translator's token-budget batches. n-best lists and guarded
    retries (the repair) go straight to the inner translator. A run that stops
    waiting (cancelled) takes its sentences out of the batches not yet sent:
    at most the batches already in the model's hands are done for nothing.

    Args:
        inner: The loaded translator.
        budget: Padded tokens per batch (the inner translator's own by default).
    """

    def __init__(self, inner: Translator, budget: int | None = None) -> None:
        self.inner = inner
        self.name = inner.name  # type: ignore[misc]
        self.model_name = inner.model_name
        self.fallback_reason = inner.fallback_reason
        self.budget = budget or inner.batch_tokens
        # a batch meets few repeated sentences: a small cache keeps memory flat however many articles go through
        self._results = BoundedCache(4096)
        self._pending: list[_Request] = []
        self._cond = threading.Condition()
        self._worker: threading.Thread | None = None
        self._closed = False

    @property
    def batch_tokens(self) -> int:
        """The inner translator's budget."""
        return self.inner.batch_tokens

    @property
    def max_input_tokens(self) -> int:
        """The inner translator's limit."""
        return self.inner.max_input_tokens

    def count_tokens(self, text: str) -> int:
        """The inner translator's count."""
        return self.inner.count_tokens(text)

    def split_tokens(self, text: str, limit: int) -> list[str]:
        """The inner translator's cut."""
        return self.inner.split_tokens(text, limit)

    def generate(self, sentences: Sequence[str], options: DecodeOptions, num_hypotheses: int = 1) -> list[list[str]]:
        """Straight to the inner translator (n-best lists, guarded retries, labels)."""
        return self.inner.generate(sentences, options, num_hypotheses)

    def translate_batches(self, batches: Sequence[Sequence[str]], options: DecodeOptions | None = None) -> Iterator[list[str]]:
        """Hand every batch to the shared worker at once; yield each batch's result in order."""
        options = options or DecodeOptions()
        requests = [_Request(list(batch), options) for batch in batches]
        with self._cond:
            if self._closed:
                raise RuntimeError("the pooled translator is closed")
            self._pending.extend(requests)
            if self._worker is None:
                self._worker = threading.Thread(target=self._serve, name="summarizer-pool", daemon=True)
                self._worker.start()
            self._cond.notify()
        try:
            for request in requests:
                yield request.future.result()
        finally:  # closed early (a cancelled run): what it still waits for is not translated
            for request in requests:
                request.abandoned = True

    def close(self) -> None:
        """Stop the worker once the requests it holds are served."""
        with self._cond:
            self._closed = True
            self._cond.notify()

    def _serve(self) -> None:
        while True:
            with self._cond:
                while not self._pending and not self._closed:
                    self._cond.wait()
                if not self._pending:
                    return
                taken, self._pending = self._pending, []
            by_options: dict[DecodeOptions, list[_Request]] = {}
            for request in taken:
                by_options.setdefault(request.options, []).append(request)
            for options, requests in by_options.items():
                try:
                    self._run(options, requests)
                except BaseException as exc:  # every waiting run learns of the failure
                    for request in requests:
                        if not request.future.done():
                            request.future.set_exception(exc)

    def _run(self, options: DecodeOptions, requests: list[_Request]) -> None:
        texts = sorted({s for r in requests for s in r.sentences}, key=self.inner.count_tokens)
        batches = pack_by_budget(texts, self.inner.count_tokens, self.budget)
        waiting: dict[str, list[tuple[_Request, int]]] = {}
        for request in requests:
            if not request.sentences:
                request.future.set_result([])
            for index, text in enumerate(request.sentences):
                waiting.setdefault(text, []).append((request, index))
        sent: deque[list[str]] = deque()

        def wanted() -> Iterator[list[str]]:
            """The batches, each without the sentences no run waits for any more (read as the model asks)."""
            for batch in batches:
                kept = [text for text in batch if any(not request.abandoned for request, _ in waiting[text])]
                if kept:
                    sent.append(kept)
                    yield kept

        for output in self.inner.translate_batches(wanted(), options):  # type: ignore[arg-type]
            batch = sent.popleft()
            for text, english in zip(batch, output):
                for request, index in waiting[text]:
                    request.results[index] = english
                    request.missing -= 1
                    if request.missing == 0:
                        request.future.set_result([str(r) for r in request.results])


# --------------------------------------------------------------------------- the batch


def _line(item: BatchItem, seconds: float | None = None, **content: Any) -> dict[str, Any]:
    line: dict[str, Any] = {"id": item.id, "source": item.source, "sha256": item.sha256, "schema_version": SCHEMA_VERSION}
    line.update(content)
    if seconds is not None:
        line["timings"] = {"seconds": round(seconds, 3)}
    return line


def _summarize_one(
    item: BatchItem, options: TranslateOptions, model: str | None, translator: Translator, cancel: threading.Event | None = None
) -> dict[str, Any]:
    if item.error is not None:
        return _line(item, error={"code": item.error[0], "message": item.error[1]})
    began = time.perf_counter()
    for event in run(item.text or "", options, model=model, translator=translator, cancel=cancel):
        if isinstance(event, Failed):
            return _line(item, time.perf_counter() - began, error={"code": error_code(event.error), "message": _first_line(event.error)})
        if isinstance(event, Finished) and event.summary is not None:
            return _line(item, time.perf_counter() - began, **result_document(event.summary))
    return _line(item, error={"code": "internal", "message": "the run ended without a result"})  # pragma: no cover


def _as_item(raw: Any, number: int) -> BatchItem:
    if isinstance(raw, BatchItem):
        return raw
    if isinstance(raw, dict):
        if raw.get("error"):
            return BatchItem.from_dict(raw)
        ident = str(raw.get("id") or f"item-{number}")
        text = raw.get("text")
        if not isinstance(text, str):
            return BatchItem(ident, None, ident, ("bad_line", f"item {number} has no \"text\" string"))
        return BatchItem(ident, text, str(raw.get("source") or ident))
    if isinstance(raw, tuple) and len(raw) == 2:
        return BatchItem(str(raw[0]), str(raw[1]), str(raw[0]))
    if isinstance(raw, str):
        return BatchItem(f"item-{number}", raw, f"item-{number}")
    return BatchItem(f"item-{number}", None, f"item-{number}", ("bad_line", f"item {number} is not an article"))


def admit(items: Iterable[Any], skip: Callable[[BatchItem], bool] | None = None) -> Iterator[BatchItem]:
    """The articles to do: as :class:`BatchItem`, without those ``skip`` accepts, a reused id turned into an error.

    An id used again gets a suffix (``a#2`` for the second ``a``), so no two
    lines share an id, and an error line (``duplicate_id``) under that id; the
    suffixes follow the input's order, so a rerun skips what it wrote. The one
    place that decides what a batch does, on one machine or on a cluster.
    """
    uses: dict[str, int] = {}
    for number, raw in enumerate(items, 1):
        item = _as_item(raw, number)
        count = uses.get(item.id, 0) + 1
        uses[item.id] = count
        if count > 1:
            suffixed = f"{item.id}#{count}"
            while suffixed in uses:  # the input itself holds an id of that form
                count += 1
                suffixed = f"{item.id}#{count}"
            uses[suffixed] = 1
            message = f"the id {item.id} was already used by an earlier article: this one is written as {suffixed}"
            item = replace(item, id=suffixed, error=item.error or ("duplicate_id", message))
        if skip is not None and skip(item):
            continue
        yield item


def count_inputs(inputs: Sequence[str]) -> int | None:
    """How many articles the inputs hold (for an ETA), without reading the articles; ``None`` with stdin."""
    total = 0
    for name in inputs:
        if name == "-":
            return None
        path = Path(name)
        for file in _files(path) if path.is_dir() else [path]:
            if file.suffix.lower() == ".jsonl":
                with file.open("rb") as handle:
                    total += sum(1 for line in handle if line.strip())
            else:
                total += 1
    return total


def _load_parser() -> None:
    """Load the French parser (the summary's labels need it) before the workers start.

    Each worker would otherwise find it missing and load its own copy at the same time: eight copies at
    the peak (1.7 GB for a batch of small articles, against 0.5 GB loaded once). Missing, it is said once
    and the summaries do without it.
    """
    from . import parsing

    with parsing.LOCK:
        parsing.available("fr")


def summarize_many(
    items: Iterable[Any],
    *,
    model: str | None = None,
    workers: int | None = None,
    skip: Callable[[BatchItem], bool] | None = None,
    translator: Translator | None = None,
    **options: Any,
) -> Iterator[dict[str, Any]]:
    """Summarise many articles, yielding one result (a JSON-ready dict) per article as it completes.

    The model is loaded once (a missing model raises before any article is
    read); up to ``workers`` articles are in flight, their sentences sharing the
    model's batches. An article that fails is a result with ``"error": {"code",
    "message"}`` and the batch goes on. Duplicate ids are error results too.

    Args:
        items: Articles: :class:`BatchItem`, ``{"id", "text"}`` dicts, ``(id, text)`` pairs or plain texts.
        model: A MarianMT hub id or local directory.
        workers: Articles in flight at once (8 by default: enough to fill the batches).
        skip: Articles for which it returns true are not done (resume).
        translator: Use this translator instead of loading one (a cluster actor's pool, a test double).
        **options: Options of :func:`~summarizer.translate`.

    Yields:
        One dict per article: id, source, sha256, the content of ``summarize --json``, timings; or the error.
        Stop iterating (close the generator, or a signal raises in the consumer) and the articles in flight
        are cancelled: their runs stop after the batch the model holds, and they yield nothing.

    Raises:
        ModelNotFoundError: The model cannot be found (nothing was done).
        ModelLoadError: The model cannot be loaded.
        BatchInputError: ``workers`` is not a whole number from 1 to 1024.
    """
    check_batch_options(workers=workers)
    opts = TranslateOptions.build(**options)
    translator = translator_for(model, opts, translator)
    own_pool = not isinstance(translator, PooledTranslator)  # a long-lived pool (a cluster actor's) is reused
    pooled = PooledTranslator(translator, opts.max_batch_tokens) if own_pool else translator
    assert isinstance(pooled, PooledTranslator)
    slots = workers or DEFAULTS.workers
    _load_parser()
    cancel = threading.Event()
    pool = ThreadPoolExecutor(slots, thread_name_prefix="summarizer-batch")
    finished_normally = False
    try:
        running: set[Future[dict[str, Any]]] = set()

        def drain(limit: int) -> Iterator[dict[str, Any]]:
            nonlocal running
            while len(running) > limit:
                finished, running = wait(running, return_when=FIRST_COMPLETED)  # type: ignore[assignment]
                for future in finished:
                    yield future.result()

        for item in admit(items, skip):
            running.add(pool.submit(_summarize_one, item, opts, model, pooled, cancel))
            yield from drain(2 * slots - 1)  # a bounded window: input is read as the work goes
        yield from drain(0)
        finished_normally = True
    finally:
        if not finished_normally:  # the consumer left (closed us, or a signal): stop the work in flight
            cancel.set()
        pool.shutdown(wait=finished_normally, cancel_futures=True)
        if own_pool:
            pooled.close()


# --------------------------------------------------------------------------- the output file


class JsonlSink:
    """An output file of one JSON line per article: whole lines, flushed, resumable.

    The file is created with its first line: a batch that writes nothing leaves
    no file. Each line goes to the file in one piece; a write that fails (a full
    disk) or is interrupted (a signal) is taken back, so the file only ever
    holds whole lines and a rerun resumes after the last one.

    Args:
        path: The ``.jsonl`` file (created if needed).
        retry_failed: Take the error lines out so those articles are done again.

    Attributes:
        done: ``(id, sha256)`` of every article with a line.
        failed: Error lines written by this run.
        failed_before: Error lines kept from earlier runs (their articles are skipped).
        written: Lines written by this run.

    Raises:
        BatchInputError: The path is a folder, or cannot be written.
    """

    def __init__(self, path: str | os.PathLike[str], *, retry_failed: bool = False) -> None:
        self.path = Path(path)
        if self.path.is_dir():
            raise BatchInputError(f"The output {self.path} is a folder: give a file name, such as results.jsonl.")
        parent = self.path.parent if str(self.path.parent) else Path(".")
        if not parent.is_dir():
            raise BatchInputError(f"The output's folder {parent} does not exist.")
        if not os.access(parent, os.W_OK) or (self.path.exists() and not os.access(self.path, os.W_OK)):
            raise BatchInputError(f"The output {self.path} cannot be written (permission denied).")
        self.done: set[tuple[str, str]] = set()
        self.failed = 0
        self.failed_before = 0
        self.written = 0
        self._fd: int | None = None
        try:
            self._repair(retry_failed)
        except OSError as exc:
            raise BatchInputError(f"The output {self.path} cannot be written ({exc.strerror or exc}).") from exc
        self._lock = threading.Lock()

    def _repair(self, retry_failed: bool) -> None:
        """Drop a line cut by a kill; index what is done; take error lines out when retrying."""
        if not self.path.exists():
            return
        data = self.path.read_bytes()
        complete = data[: data.rfind(b"\n") + 1]
        kept: list[bytes] = []
        for raw in complete.splitlines(keepends=True):
            try:
                line = json.loads(raw)
                key = (str(line["id"]), str(line["sha256"]))
            except (ValueError, KeyError, TypeError):
                logger.warning("%s: an unreadable line was dropped", self.path)
                continue
            if "error" in line:
                if retry_failed:
                    continue
                self.failed_before += 1
            self.done.add(key)
            kept.append(raw)
        rebuilt = b"".join(kept)
        if rebuilt != data:
            scratch = self.path.with_name(f".{self.path.name}.rewrite")
            try:
                scratch.write_bytes(rebuilt)  # a full disk fails here, and the file is left as it was
                os.replace(scratch, self.path)
            finally:
                with contextlib.suppress(OSError):
                    scratch.unlink()

    def already_done(self, item: BatchItem) -> bool:
        """Whether this article (same id, same text) has a line already."""
        return (item.id, item.sha256) in self.done

    def write(self, line: dict[str, Any]) -> None:
        """Append one line, whole, to the file (created by the first line).

        Raises:
            BatchOutputError: The line could not be written (no space left...): it was taken back.
        """
        # a text that is not valid Unicode (a lone surrogate) is kept as a JSON escape, never lost
        data = (json.dumps(line, ensure_ascii=False) + "\n").encode("utf-8", "backslashreplace")
        with self._lock:
            try:
                if self._fd is None:
                    self._fd = os.open(self.path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o666)
                fd = self._fd
                start = os.lseek(fd, 0, os.SEEK_END)
            except OSError as exc:
                raise self._failure(exc) from exc
            try:
                view = memoryview(data)
                while view:
                    view = view[os.write(fd, view) :]
            except BaseException as exc:  # a full disk, or a signal between two pieces: take the piece back
                with contextlib.suppress(OSError):
                    os.ftruncate(fd, start)
                if isinstance(exc, OSError):
                    raise self._failure(exc) from exc
                raise
            self.done.add((str(line["id"]), str(line["sha256"])))
            self.failed += "error" in line
            self.written += 1

    def _failure(self, exc: OSError) -> BatchOutputError:
        reason = "no space left on device" if exc.errno == errno.ENOSPC else (exc.strerror or str(exc))
        return BatchOutputError(
            f"The output {self.path} could not be written ({reason}); every line in it is whole "
            f"({self.written} written by this run): make room and run the same command again to do the rest."
        )

    def close(self) -> None:
        """Close the file."""
        if self._fd is not None:
            os.close(self._fd)
            self._fd = None

    def __enter__(self) -> JsonlSink:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()
