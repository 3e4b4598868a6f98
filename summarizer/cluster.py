"""The same batch on a Ray cluster (``pip install 'summarizer[cluster]'``).

The driver reads the inputs (lazily), sends chunks of articles to Ray actors
that each load the model once and run :func:`summarizer.batch.summarize_many`
on their chunk (so sentences still share batches inside each actor), and
receives the result lines, which it writes itself: the same output file, the
same resume, the same error lines and the same progress as on one machine.
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

__all__ = ["connect", "summarize_on_ray"]

#: Articles sent to an actor at a time.
CHUNK = 8


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
    """A Ray actor: loads the model once, summarises the chunks it is given."""

    def __init__(self, model: str | None, options: dict[str, Any], threads: int) -> None:
        from .options import TranslateOptions
        from .pipeline import translator_for
        from .translators import get_translator

        opts = TranslateOptions.build(**options)
        if opts.backend in ("ctranslate2", "auto"):
            try:  # as many CTranslate2 workers as the CPUs Ray gave this actor
                extra = opts.backend_options("ctranslate2")
                self.translator = get_translator(model, "ctranslate2", inter_threads=threads, intra_threads=1, **extra)
            except Exception:  # noqa: BLE001 - the same fallback as auto: transformers
                self.translator = translator_for(model, TranslateOptions.build(**{**options, "backend": "transformers"}))
        else:
            import torch

            torch.set_num_threads(threads)
            self.translator = translator_for(model, opts)
        self.model = model
        self.options = options
        self.threads = threads

    def summarize(self, chunk: list[dict[str, Any]]) -> list[dict[str, Any]]:
        """Summarise a chunk of articles; one result per article."""
        from .batch import summarize_many

        items = [BatchItem.from_dict(d) for d in chunk]
        return list(summarize_many(items, model=self.model, workers=2 * self.threads, translator=self.translator, **self.options))


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
        items: The articles (read lazily: at most two chunks per actor are in flight).
        address: ``None`` for a local Ray, ``auto`` or ``ray://host:10001`` for a running cluster.
        model: A hub id, or a directory that exists on every node.
        actors: How many actors (each loads the model once); by default the cluster's CPUs / ``threads_per_actor``.
        threads_per_actor: CPUs Ray gives each actor (its CTranslate2 workers).
        skip: Articles for which it returns true are not done (resume).
        **options: Options of :func:`~summarizer.translate` (plain values: they travel to the actors).
    """
    ray = connect(address, num_cpus=None)
    from ray.util import ActorPool

    cpus = int(ray.cluster_resources().get("CPU", 1))
    threads = max(1, min(threads_per_actor, cpus))
    count = actors or max(1, cpus // threads)
    remote = ray.remote(num_cpus=threads)(_Worker)
    pool = ActorPool([remote.remote(model, options, threads) for _ in range(count)])
    in_flight = 0
    chunk: list[dict[str, Any]] = []

    def drain(limit: int) -> Iterator[dict[str, Any]]:
        nonlocal in_flight
        while in_flight > limit:
            yield from pool.get_next_unordered()
            in_flight -= 1

    for item in admit(items, skip):
        chunk.append(item.to_dict())
        if len(chunk) == CHUNK:
            pool.submit(lambda actor, c: actor.summarize.remote(c), chunk)
            chunk, in_flight = [], in_flight + 1
            yield from drain(2 * count - 1)
    if chunk:
        pool.submit(lambda actor, c: actor.summarize.remote(c), chunk)
        in_flight += 1
    yield from drain(0)
