"""Limits and defaults, in one place, for every front end (CLI, page, batch, cluster).

:class:`Settings` holds what an operator may set: the model, the input limits, the decoding defaults. The
library reads no environment variable; the edges do, once, with :meth:`Settings.from_env` (the CLI's
``main`` and ``app.py``), and pass the object on. Every other module takes its defaults from
:data:`DEFAULTS`, so a limit is written once.

Environment variables (read by :meth:`Settings.from_env` only): ``SUMMARIZER_MODEL``,
``SUMMARIZER_BACKEND``, ``SUMMARIZER_DEVICE``, ``SUMMARIZER_MAX_CHARS``, ``SUMMARIZER_MAX_FILE_MB``,
``SUMMARIZER_CACHE``.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, fields, replace
from typing import Any

__all__ = ["Settings", "DEFAULTS", "ENVIRONMENT", "variable"]

#: Which environment variable sets which field.
ENVIRONMENT: dict[str, str] = {
    "SUMMARIZER_MODEL": "model",
    "SUMMARIZER_BACKEND": "backend",
    "SUMMARIZER_DEVICE": "device",
    "SUMMARIZER_MAX_CHARS": "max_chars",
    "SUMMARIZER_MAX_FILE_MB": "max_file_mb",
    "SUMMARIZER_CACHE": "cache_dir",
}


@dataclass(frozen=True)
class Settings:
    """What an operator sets once for a server, a CLI call or a batch.

    Attributes:
        model: MarianMT hub id or local directory; ``None``: ``Helsinki-NLP/opus-mt-fr-en``.
        backend: ``auto``, ``ctranslate2`` or ``transformers``.
        device: ``cpu``, ``cuda``, ``cuda:N`` or ``auto``.
        beams: Default beam size (4: the model's own setting).
        max_beams: The largest beam size a request may ask for.
        max_chars: The longest input, in characters (about 30,000 words; 0: no limit).
        max_file_mb: The largest upload or input file, in megabytes.
        cache_dir: Where converted CTranslate2 models are kept.
        export_ttl_s: Seconds the page's downloads stay on disk.
        workers: Articles in flight at once in a batch (their sentences share the model's batches).
    """

    model: str | None = None
    backend: str = "auto"
    device: str = "cpu"
    beams: int = 4
    max_beams: int = 16
    max_chars: int = 200_000
    max_file_mb: float = 10.0
    cache_dir: str | None = None
    export_ttl_s: float = 600.0
    workers: int = 8

    def __post_init__(self) -> None:
        if not 1 <= self.beams <= self.max_beams:
            raise ValueError(f"beams must be between 1 and {self.max_beams}, got {self.beams}")
        if self.max_chars < 0:
            raise ValueError(f"max_chars must be 0 (no limit) or positive, got {self.max_chars}")
        if self.max_file_mb <= 0:
            raise ValueError(f"max_file_mb must be positive, got {self.max_file_mb}")
        if self.workers < 1:
            raise ValueError(f"workers must be at least 1, got {self.workers}")

    @property
    def max_file_bytes(self) -> int:
        """The upload limit in bytes."""
        return int(self.max_file_mb * 1024 * 1024)

    @classmethod
    def from_env(cls, environ: Mapping[str, str], **overrides: Any) -> Settings:
        """Settings from environment variables (:data:`ENVIRONMENT`), then explicit overrides.

        Args:
            environ: The environment (``os.environ`` at an edge; a dict in tests).
            **overrides: Values given on a command line; ``None`` values are ignored.

        Raises:
            ValueError: A variable that is not a number where one is needed, or a value out of its limits.
        """
        types = {f.name: f.type for f in fields(cls)}
        values: dict[str, Any] = {}
        for variable, name in ENVIRONMENT.items():
            raw = environ.get(variable, "").strip()
            if not raw:
                continue
            kind = types[name]
            try:
                values[name] = int(raw) if kind == "int" else float(raw) if kind == "float" else raw
            except ValueError:
                raise ValueError(f"{variable} must be a number, got {raw!r}") from None
        values.update({k: v for k, v in overrides.items() if v is not None})
        return replace(DEFAULTS, **values)


#: The defaults every module reads its limits from.
DEFAULTS = Settings()


def variable(name: str) -> str:
    """The environment variable that sets the field ``name`` (``"max_chars"`` -> ``SUMMARIZER_MAX_CHARS``)."""
    return next(v for v, field in ENVIRONMENT.items() if field == name)
