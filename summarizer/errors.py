"""Exceptions raised by the summarizer package, each with its code, exit status and reader message.

Every error a user can cause derives from :class:`SummarizerError`, so the CLI,
the page and the batch turn them into one clear line without a traceback. Each
class says once what it means to each of them:

- ``code``: the stable code of a batch error line and of the JSON (``empty``, ``model_error``...);
- ``exit_status``: the CLI's exit status (2 for bad input or usage, 130 when stopped);
- :meth:`SummarizerError.reader_message`: what went wrong and what to do, in a page reader's words.

:func:`error_code`, :func:`exit_status` and :func:`reader_message` give the same for any
exception (``ValueError`` and ``TypeError`` from an option are bad usage; anything else is
an internal error, logged, never shown as a traceback).
"""

from __future__ import annotations

from typing import ClassVar

__all__ = [
    "SummarizerError",
    "InputError",
    "EmptyInputError",
    "InputTooLargeError",
    "UnsupportedInputError",
    "NotFrenchError",
    "ModelNotFoundError",
    "ModelHubUnreachableError",
    "ModelLoadError",
    "MissingDependencyError",
    "DeviceUnavailableError",
    "RunCancelled",
    "error_code",
    "exit_status",
    "reader_message",
    "first_line",
]

#: The exit status of bad input or usage (argparse's own).
USAGE = 2


def first_line(error: BaseException) -> str:
    """The first line of an error's message (its class name when it has none)."""
    return (str(error).strip().splitlines() or [type(error).__name__])[0]


class SummarizerError(Exception):
    """Base class of every error the package raises on purpose.

    Attributes:
        code: The stable code of the error (batch error lines, JSON).
        exit_status: The CLI's exit status for it.
    """

    code: ClassVar[str] = "internal"
    exit_status: ClassVar[int] = USAGE

    def reader_message(self) -> str:
        """What went wrong and what to do, in a reader's words, on one line."""
        return first_line(self)


class InputError(SummarizerError, ValueError):
    """The input text or file cannot be processed as given."""

    code = "bad_input"


class EmptyInputError(InputError):
    """The input holds no text to translate."""

    code = "empty"

    def reader_message(self) -> str:
        """Nothing to translate."""
        return "There is no text to translate: paste a French article or upload a file."


class InputTooLargeError(InputError):
    """The input is over a configured size limit.

    Attributes:
        size: The input's size (characters or bytes), when known.
        limit: The limit it is over, when known.
    """

    code = "too_long"

    def __init__(self, message: str, *, size: int | None = None, limit: int | None = None) -> None:
        super().__init__(message)
        self.size = size
        self.limit = limit

    def reader_message(self) -> str:
        """Too long, with the sizes when known."""
        sizes = f" ({self.size:,} characters; this server takes up to {self.limit:,})" if self.size and self.limit else ""
        return f"The article is too long for one run{sizes}. Split it into parts and translate them one after the other."


class UnsupportedInputError(InputError):
    """The input is binary, undecodable or of an unsupported file type."""

    code = "unreadable"


class NotFrenchError(InputError):
    """The input does not look French (pass ``check_language=False`` to force)."""

    code = "not_french"

    def reader_message(self) -> str:
        """Not French, and how to translate it anyway."""
        return (
            "This text does not look French. To translate it anyway, open Settings and tick "
            "“Translate even if the text does not look French”."
        )


class ModelNotFoundError(SummarizerError, OSError):
    """The MarianMT model could not be found locally or on the hub."""

    code = "model_error"

    def reader_message(self) -> str:
        """Not installed; the French figures are still shown."""
        return (
            "The translation model is not installed on this server, so nothing could be translated. "
            "Whoever runs the app can install it (see the README); the figures of the French text are listed below."
        )


class ModelHubUnreachableError(ModelNotFoundError):
    """The model is not cached and the hub cannot be reached (offline, no network, hub down)."""

    def reader_message(self) -> str:
        """Cannot be downloaded: a local copy is the fix."""
        return (
            "The translation model cannot be downloaded (no connection to the model hub), so nothing could be "
            "translated. Whoever runs the app can pass --model DIR (a local copy); the figures of the French text "
            "are listed below."
        )


class ModelLoadError(SummarizerError, OSError):
    """The model was found but could not be loaded (corrupt or incomplete)."""

    code = "model_error"

    def reader_message(self) -> str:
        """Damaged files; the French figures are still shown."""
        return (
            "The translation model is on this server but could not be loaded (its files look damaged). "
            "Whoever runs the app should reinstall it; the figures of the French text are listed below."
        )


class MissingDependencyError(SummarizerError, ImportError):
    """An optional dependency is needed for the requested feature."""

    code = "missing_dependency"

    def reader_message(self) -> str:
        """Which package the server lacks, and the command that installs it."""
        return f"This server lacks a package the translation needs ({first_line(self)}); whoever runs the app can install it."


class DeviceUnavailableError(SummarizerError, ValueError):
    """The device asked for is not on this machine (``cuda`` without a GPU, ``cuda:3`` with two).

    Attributes:
        device: The device asked for.
        available: The devices this machine has.
    """

    code = "device_unavailable"

    def __init__(self, message: str, *, device: str = "", available: tuple[str, ...] = ("cpu",)) -> None:
        super().__init__(message)
        self.device = device
        self.available = available

    def reader_message(self) -> str:
        """Which device cannot be used here, and which can."""
        why = "it has no GPU" if self.available == ("cpu",) else "it has no such GPU"
        return f"This server cannot translate on '{self.device}' ({why}): choose {' or '.join(self.available)} in Settings."


class RunCancelled(SummarizerError):
    """The run was cancelled (the reader left or pressed Stop)."""

    code = "cancelled"
    exit_status = 130

    def reader_message(self) -> str:
        """Stopped."""
        return "Stopped. Press “Translate and summarise” to start again."


def error_code(error: BaseException) -> str:
    """The stable code of any error: its class's ``code``; ``unreadable`` for a file that cannot be read;
    ``bad_option`` for an option out of its limits; else ``internal``."""
    if isinstance(error, SummarizerError):
        return error.code
    if isinstance(error, OSError):
        return "unreadable"
    if isinstance(error, (ValueError, TypeError)):
        return "bad_option"
    return "internal"


def exit_status(error: BaseException) -> int:
    """The CLI's exit status for any error: its class's ``exit_status``; 2 (bad usage) for a file or an option
    error; 1 for an internal error."""
    if isinstance(error, SummarizerError):
        return error.exit_status
    if isinstance(error, KeyboardInterrupt):
        return 130
    return USAGE if isinstance(error, (OSError, ValueError, TypeError)) else 1


def reader_message(error: BaseException) -> str:
    """What went wrong and what to do, in a reader's words, for any error (details go to the log)."""
    if isinstance(error, SummarizerError):
        return error.reader_message()
    if isinstance(error, (ValueError, TypeError)):
        return f"A setting is out of range: {first_line(error)}"
    if isinstance(error, FileNotFoundError):
        return "The file could not be found: upload it again."
    return "Something went wrong while translating; the problem was logged. Try again, or try another article."


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
