"""The same batch on a Ray cluster (``pip install 'summarizer[cluster]'``).

The driver reads the inputs (lazily), sends chunks of articles to Ray actors
that each load the model once and run :func:`summarizer.batch.summarize_many`
on their chunk (so sentences still share batches inside each actor), and
receives the result lines, which it writes itself: the same output file, the
same resume, the same error lines and the same progress as on one machine.

An actor that dies (killed, out of memory, its node gone) loses only its chunks
in flight, which hold no written line: each is sent again to a live actor, and a
new actor takes the dead one's place, so every article is written exactly once.
"""

from __future__ import annotations

import logging
import os
import warnings
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from .batch import BatchInputError, BatchItem, admit
from .errors import require

logger = logging.getLogger(__name__)

__all__ = ["connect", "RayPool", "summarize_on_ray"]

#: Articles sent to an actor at a time.
CHUNK = 8
#: Chunks an actor works on at once (their sentences share its batches).
IN_FLIGHT = 3
#: Times a chunk is sent again after the actor doing it died (each time to a live actor) before its
#: articles become error lines (``worker_lost``): an article that kills every actor cannot stop the batch.
RETRIES = 2


def connect(address: str | None, *, num_cpus: int | None = None, timeout_s: float = 30.0) -> Any:
    """Start a local Ray (``address`` None) or join a cluster (``auto``, ``ray://host:10001``).

    Raises:
        MissingDependencyError: Ray is not installed (the ``cluster`` extra).
        BatchInputError: The address does not answer.
    """
    ray: Any = require("ray", "cluster", "Running the batch on Ray (--ray)")
    if ray.is_initialized():
        return ray
    kwargs: dict[str, Any] = {"ignore_reinit_error": True, "include_dashboard": False, "log_to_driver": False,
                              "logging_level": logging.WARNING}  # fmt: skip
    if address:
        kwargs["address"] = address
        if address.startswith("ray://"):
            os.environ.setdefault("RAY_CLIENT_RECONNECT_GRACE_PERIOD", "0")
    else:
        kwargs["num_cpus"] = num_cpus or os.cpu_count() or 1
    try:
        with warnings.catch_warnings():  # Ray warns on stderr before it raises: the one-line error says it all
            warnings.simplefilter("ignore")
            ray.init(**kwargs)
    except Exception as exc:  # ConnectionError, TimeoutError, RuntimeError... depending on how the address fails
        raise BatchInputError(
            f"Could not reach a Ray cluster at {address or 'a new local instance'} ({type(exc).__name__}: "
            f"{(str(exc).splitlines() or ['no detail'])[0][:200]}). Start one with `ray start --head`, or drop --ray."
        ) from exc
    return ray


class _Worker:
    """A Ray actor: loads the model once and summarises the chunks it is given, several at a time.

    Its chunks share one pooled translator, so their sentences share batches too.
    """

    def __init__(self, model: str | None, options: dict[str, Any], threads: int) -> None:
        from .batch import PooledTranslator
        from .options import TranslateOptions
        from .translators import get_translator

        opts = TranslateOptions.build(**options)
        extra = opts.backend_options(opts.backend)
        if opts.backend != "transformers":  # as many CTranslate2 workers as the CPUs Ray gave this actor
            extra.update(inter_threads=threads, intra_threads=1)
        inner = get_translator(model, opts.backend, **extra)  # auto falls back to transformers as anywhere else
        if inner.name == "transformers":
            import torch

            torch.set_num_threads(threads)
        self.translator = PooledTranslator(inner, opts.max_batch_tokens)
        self.model = model
        self.options = options
        self.threads = threads

    def ready(self) -> bool:
        """The model is loaded."""
        return True

    def summarize(self, chunk: list[dict[str, Any]]) -> list[dict[str, Any]]:
        """Summarise a chunk of articles; one result per article."""
        from .batch import summarize_many

        items = [BatchItem.from_dict(d) for d in chunk]
        return list(summarize_many(items, model=self.model, workers=len(items), translator=self.translator, **self.options))


class RayPool:
    """Actors on a Ray cluster, each with the model loaded once.

    Args:
        address: ``None`` for a local Ray, ``auto`` or ``ray://host:10001`` for a running cluster.
        model: A hub id, or a directory that exists on every node.
        actors: How many actors; by default the cluster's CPUs / ``threads_per_actor``.
        threads_per_actor: CPUs Ray gives each actor (its CTranslate2 workers).
        **options: Options of :func:`~summarizer.translate` (plain values: they travel to the actors).
    """

    def __init__(self, address: str | None = None, *, model: str | None = None, actors: int | None = None,
                 threads_per_actor: int = 2, **options: Any) -> None:  # fmt: skip
        self.ray = connect(address)
        cpus = int(self.ray.cluster_resources().get("CPU", 1))
        threads = max(1, min(threads_per_actor, cpus))
        self.count = actors or max(1, cpus // threads)
        self._remote = self.ray.remote(num_cpus=threads, max_concurrency=IN_FLIGHT)(_Worker)
        self._arguments = (model, options, threads)
        self.actors = [self._remote.remote(*self._arguments) for _ in range(self.count)]
        self.lost = 0  # actors that died and were replaced

    def _replace(self, index: int, error: BaseException) -> None:
        """A new actor in the place of one that died (its handle is dropped)."""
        self.lost += 1
        logger.warning("a Ray actor died (%s): its chunks go to a live actor, a new one takes its place",
                       (str(error).splitlines() or [type(error).__name__])[0][:200])  # fmt: skip
        self.actors[index] = self._remote.remote(*self._arguments)

    def wait_ready(self) -> None:
        """Block until every actor has loaded the model (a load error is raised here)."""
        self.ray.get([actor.ready.remote() for actor in self.actors])

    def summarize(self, items: Iterable[BatchItem], skip: Callable[[BatchItem], bool] | None = None) -> Iterator[dict[str, Any]]:
        """One result per article, as chunks complete; at most ``IN_FLIGHT`` chunks per actor at a time.

        A chunk whose actor died is sent again (up to ``RETRIES`` times) to the least busy live actor; its
        results are yielded once, when a try succeeds.
        """
        from ray.exceptions import RayActorError

        ray = self.ray
        waiting: dict[Any, tuple[int, Any, list[dict[str, Any]], int]] = {}  # pending result -> actor, chunk, tries
        load = [0] * len(self.actors)

        def send(chunk: list[dict[str, Any]], tries: int = 0) -> None:
            index = min(range(len(self.actors)), key=load.__getitem__)
            actor = self.actors[index]
            waiting[actor.summarize.remote(chunk)] = (index, actor, chunk, tries)
            load[index] += 1

        def collect(block: bool) -> Iterator[dict[str, Any]]:
            """Results of finished chunks: one chunk, waiting for it (``block``), or every finished one."""
            while waiting:
                done, _ = ray.wait(list(waiting), num_returns=1, timeout=None if block else 0)
                if not done:
                    return
                index, actor, chunk, tries = waiting.pop(done[0])
                load[index] -= 1
                try:
                    results = ray.get(done[0])
                except RayActorError as exc:  # the actor died with the chunk: nothing of it was written
                    if self.actors[index] is actor:  # not replaced yet (its other chunks fail the same way)
                        self._replace(index, exc)
                    if tries < RETRIES:
                        send(chunk, tries + 1)
                    else:
                        yield from (_lost_line(BatchItem.from_dict(d), exc) for d in chunk)
                        if block:
                            return
                    continue
                yield from results
                if block:
                    return

        chunk: list[dict[str, Any]] = []
        for item in admit(items, skip):
            chunk.append(item.to_dict())
            if len(chunk) == CHUNK:
                while min(load) >= IN_FLIGHT:
                    yield from collect(block=True)
                send(chunk)
                chunk = []
                yield from collect(block=False)
        if chunk:
            send(chunk)
        while waiting:
            yield from collect(block=True)


def _lost_line(item: BatchItem, error: BaseException) -> dict[str, Any]:
    from .batch import _line

    message = f"the Ray actor doing this article died {RETRIES + 1} times ({type(error).__name__})"
    return _line(item, error={"code": "worker_lost", "message": message})


def summarize_on_ray(
    items: Iterable[BatchItem],
    *,
    address: str | None = None,
    model: str | None = None,
    actors: int | None = None,
    threads_per_actor: int = 2,
    skip: Callable[[BatchItem], bool] | None = None,
    **options: Any,
) -> Iterator[dict[str, Any]]:
    """Summarise articles on Ray actors, yielding one result per article as chunks complete.

    Args:
        items: The articles (read lazily: a few chunks per actor are in flight).
        address: ``None`` for a local Ray, ``auto`` or ``ray://host:10001`` for a running cluster.
        model: A hub id, or a directory that exists on every node.
        actors: How many actors (each loads the model once); by default the cluster's CPUs / ``threads_per_actor``.
        threads_per_actor: CPUs Ray gives each actor (its CTranslate2 workers).
        skip: Articles for which it returns true are not done (resume).
        **options: Options of :func:`~summarizer.translate` (plain values: they travel to the actors).
    """
    pool = RayPool(address, model=model, actors=actors, threads_per_actor=threads_per_actor, **options)
    pool.wait_ready()
    yield from pool.summarize(items, skip)
