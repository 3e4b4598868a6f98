"""Exceptions raised by the summarizer package.

Every error a user can cause derives from :class:`SummarizerError`, so the CLI
and the app can turn them into one clear message without a traceback.
"""

from __future__ import annotations

__all__ = [
    "SummarizerError",
    "InputError",
    "EmptyInputError",
    "InputTooLargeError",
    "UnsupportedInputError",
    "NotFrenchError",
    "ModelNotFoundError",
    "ModelLoadError",
    "MissingDependencyError",
    "RunCancelled",
]


class SummarizerError(Exception):
    """Base class of every error the package raises on purpose."""


class InputError(SummarizerError, ValueError):
    """The input text or file cannot be processed as given."""


class EmptyInputError(InputError):
    """The input holds no text to translate."""


class InputTooLargeError(InputError):
    """The input is over a configured size limit.

    Attributes:
        size: The input's size (characters or bytes), when known.
        limit: The limit it is over, when known.
    """

    def __init__(self, message: str, *, size: int | None = None, limit: int | None = None) -> None:
        super().__init__(message)
        self.size = size
        self.limit = limit


class UnsupportedInputError(InputError):
    """The input is binary, undecodable or of an unsupported file type."""


class NotFrenchError(InputError):
    """The input does not look like French (pass ``check_language=False`` to force)."""


class ModelNotFoundError(SummarizerError, OSError):
    """The MarianMT model could not be found locally or on the hub."""


class ModelLoadError(SummarizerError, OSError):
    """The model was found but could not be loaded (corrupt or incomplete)."""


class MissingDependencyError(SummarizerError, ImportError):
    """An optional dependency is needed for the requested feature."""


class RunCancelled(SummarizerError):
    """The run was cancelled (the reader left or pressed Stop)."""


def require(module: str, extra: str, feature: str) -> object:
    """Import an optional dependency, or explain which extra installs it.

    Args:
        module: The module to import (``"ctranslate2"``).
        extra: The package extra that provides it (``"fast"``).
        feature: What needs it, for the message.

    Returns:
        The imported module.

    Raises:
        MissingDependencyError: When the module is not installed.
    """
    import importlib

    try:
        return importlib.import_module(module)
    except ImportError as exc:
        raise MissingDependencyError(
            f"{feature} needs the '{module}' package: pip install 'summarizer[{extra}]'"
        ) from exc
