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

import hashlib
import json
import logging
import os
import sys
import threading
import time
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
from .ingest import SUPPORTED_SUFFIXES, read_document
from .options import TranslateOptions
from .run import Failed, Finished, run
from .serialize import SCHEMA_VERSION, result_document
from .translators import BoundedCache, DecodeOptions, Translator, pack_by_budget, translator_for

logger = logging.getLogger(__name__)

__all__ = [
    "BatchItem",
    "BatchInputError",
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


def _jsonl(lines: Iterable[str], source: str) -> Iterator[BatchItem]:
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        where = f"{source}:{number}"
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


def _file(path: Path, max_bytes: int) -> Iterator[BatchItem]:
    if path.suffix.lower() == ".jsonl":
        with path.open(encoding="utf-8", errors="replace") as handle:
            yield from _jsonl(handle, str(path))
        return
    try:
        yield BatchItem(str(path), read_document(path, max_bytes=max_bytes), str(path))
    except (SummarizerError, OSError) as exc:
        yield BatchItem(str(path), None, str(path), (error_code(exc), _first_line(exc)))


def read_inputs(inputs: Sequence[str], *, max_file_mb: float = 10.0, stdin: IO[str] | None = None) -> Iterator[BatchItem]:
    """The articles of files, folders (recursively), ``.jsonl`` files and ``-`` (standard input), read lazily.

    Standard input is JSON lines when its first line starts with ``{``, else one article.

    Raises:
        BatchInputError: A missing input, or a folder with no article (before anything is read).
    """
    _check_inputs(inputs)
    max_bytes = int(max_file_mb * 1024 * 1024)

    def generate() -> Iterator[BatchItem]:
        for name in inputs:
            if name == "-":
                stream = stdin if stdin is not None else sys.stdin
                first = stream.readline()
                if first.lstrip().startswith("{"):
                    yield from _jsonl(_chain(first, stream), "-")
                else:
                    text = first + stream.read()
                    yield BatchItem("-", text, "-") if text.strip() else BatchItem("-", None, "-", ("empty", "standard input is empty"))
                continue
            path = Path(name)
            for file in _files(path) if path.is_dir() else [path]:
                yield from _file(file, max_bytes)

    return generate()


def _chain(first: str, rest: IO[str]) -> Iterator[str]:
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


class PooledTranslator(Translator):
    """A translator shared by concurrent runs: every article's parts go into the same batches.

    Each run asks for its batches as usual; a single worker gathers whatever all
    runs have asked for, deduplicates it, sorts it by length and cuts it into
    the inner translator's token-budget batches. n-best lists and guarded
    retries (the repair) go straight to the inner translator.

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
        for request in requests:
            yield request.future.result()

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
        for batch, output in zip(batches, self.inner.translate_batches(batches, options)):
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


def _summarize_one(item: BatchItem, options: TranslateOptions, model: str | None, translator: Translator) -> dict[str, Any]:
    if item.error is not None:
        return _line(item, error={"code": item.error[0], "message": item.error[1]})
    began = time.perf_counter()
    for event in run(item.text or "", options, model=model, translator=translator):
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

    The one place that decides what a batch does, on one machine or on a cluster.
    """
    seen: set[str] = set()
    for number, raw in enumerate(items, 1):
        item = _as_item(raw, number)
        if skip is not None and skip(item):
            seen.add(item.id)
            continue
        if item.id in seen and item.error is None:
            item = replace(item, error=("duplicate_id", f"the id {item.id} was already used by an earlier article"))
        seen.add(item.id)
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

    Raises:
        ModelNotFoundError: The model cannot be found (nothing was done).
        ModelLoadError: The model cannot be loaded.
    """
    opts = TranslateOptions.build(**options)
    translator = translator_for(model, opts, translator)
    own_pool = not isinstance(translator, PooledTranslator)  # a long-lived pool (a cluster actor's) is reused
    pooled = PooledTranslator(translator, opts.max_batch_tokens) if own_pool else translator
    assert isinstance(pooled, PooledTranslator)
    slots = max(1, workers or 8)
    try:
        with ThreadPoolExecutor(slots, thread_name_prefix="summarizer-batch") as pool:
            running: set[Future[dict[str, Any]]] = set()

            def drain(limit: int) -> Iterator[dict[str, Any]]:
                nonlocal running
                while len(running) > limit:
                    finished, running = wait(running, return_when=FIRST_COMPLETED)  # type: ignore[assignment]
                    for future in finished:
                        yield future.result()

            for item in admit(items, skip):
                running.add(pool.submit(_summarize_one, item, opts, model, pooled))
                yield from drain(2 * slots - 1)  # a bounded window: input is read as the work goes
            yield from drain(0)
    finally:
        if own_pool:
            pooled.close()


# --------------------------------------------------------------------------- the output file


class JsonlSink:
    """An output file of one JSON line per article: whole lines, flushed, resumable.

    Args:
        path: The ``.jsonl`` file (created if needed).
        retry_failed: Take the error lines out so those articles are done again.

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
        try:
            self._repair(retry_failed)
            self._handle = self.path.open("a", encoding="utf-8")
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
            if retry_failed and "error" in line:
                continue
            self.done.add(key)
            kept.append(raw)
        rebuilt = b"".join(kept)
        if rebuilt != data:
            scratch = self.path.with_name(f".{self.path.name}.rewrite")
            scratch.write_bytes(rebuilt)
            os.replace(scratch, self.path)

    def already_done(self, item: BatchItem) -> bool:
        """Whether this article (same id, same text) has a line already."""
        return (item.id, item.sha256) in self.done

    def write(self, line: dict[str, Any]) -> None:
        """Append one line, whole, and flush it."""
        text = json.dumps(line, ensure_ascii=False) + "\n"
        with self._lock:
            self._handle.write(text)
            self._handle.flush()
            self.done.add((str(line["id"]), str(line["sha256"])))
            self.failed += "error" in line

    def close(self) -> None:
        """Close the file."""
        self._handle.close()

    def __enter__(self) -> JsonlSink:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()
