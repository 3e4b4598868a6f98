"""The options of a run: one typed object, validated once, defaults and limits in one place.

:class:`TranslateOptions` is built once per request (by :func:`~summarizer.translate`,
:func:`~summarizer.summarize_article`, the CLI, the page and the batch), refuses
an unknown or misspelled option with a message listing the valid names, and is
the only place that maps the user's choices to a back end's constructor
(:meth:`TranslateOptions.backend_options`) and to the decoder
(:meth:`TranslateOptions.decode_options`).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, fields
from typing import TYPE_CHECKING, Any

from .settings import DEFAULTS

if TYPE_CHECKING:
    from .translators import DecodeOptions

__all__ = ["TranslateOptions", "DEFAULT_MAX_CHARS", "DEFAULT_MAX_SENTENCE_TOKENS", "BACKEND_NAMES", "DEVICES"]

#: Default input limit: about 30,000 words, a long report (:attr:`summarizer.settings.Settings.max_chars`).
DEFAULT_MAX_CHARS = DEFAULTS.max_chars
#: Sentences longer than this (in model tokens) are cut at clause boundaries. The
#: model has 512 positions on each side; English output runs up to about 1.25 times
#: the French tokens, so 400 input tokens is the longest input whose translation
#: still fits in the decoder's positions. Shorter sentences are never cut.
DEFAULT_MAX_SENTENCE_TOKENS = 400
#: Valid back-end names (``auto`` picks CTranslate2 when it can reproduce the model, else transformers).
BACKEND_NAMES = ("auto", "ctranslate2", "transformers")
#: Valid devices (``cuda:N`` too).
DEVICES = ("cpu", "cuda", "auto")
_LIMITS: dict[str, tuple[int, int]] = {
    "beams": (1, DEFAULTS.max_beams),
    "max_sentence_tokens": (8, 500),
    "first_batch_sentences": (0, 64),
}
ProgressCallback = Callable[[int, int, dict[int, str]], None]


@dataclass(frozen=True)
class TranslateOptions:
    """Options of a run (:func:`~summarizer.translate`, :func:`~summarizer.summarize_article`).

    Attributes:
        beams: Beam size (4: the model's own setting and the best quality; 1 is greedy and faster).
        device: ``cpu``, ``cuda``, ``cuda:N`` or ``auto``.
        backend: ``auto``, ``ctranslate2`` or ``transformers``.
        max_chars: Refuse longer input (0: no limit).
        max_sentence_tokens: Longer sentences are cut at clause boundaries (see
            ``DEFAULT_MAX_SENTENCE_TOKENS``); a cut sentence is flagged.
        max_batch_tokens: Padded tokens per model call; ``None``: the back end's own
            budget (:attr:`~summarizer.translators.Translator.batch_tokens`).
        first_batch_sentences: Sentences translated first, in order, so the
            beginning of the article shows up quickly.
        length_factor: Output bounded by ``length_factor * input tokens + 10``.
        repair: Repair failed sentences (figures, repetition, empty output).
        check_language: Refuse text that does not look French.
        min_new_tokens: Force a minimum output length (benchmarks).
        max_new_tokens: Force a maximum output length (benchmarks).
        cache_dir: Where converted CTranslate2 models are kept.
        restrict_vocabulary: Let the decoder write English-side tokens only (on by
            default: faster, same output from a trained model; see
            :meth:`summarizer.spm.MarianPieces.output_vocabulary`).

    Live objects (a translator to use, a progress callback) are not options: they are arguments of
    :func:`~summarizer.run.run` and :func:`~summarizer.translate`, so options stay plain values that can
    travel (to a Ray actor, into a result's signature).
    """

    beams: int = DEFAULTS.beams
    device: str = DEFAULTS.device
    backend: str = DEFAULTS.backend
    max_chars: int = DEFAULT_MAX_CHARS
    max_sentence_tokens: int = DEFAULT_MAX_SENTENCE_TOKENS
    max_batch_tokens: int | None = None
    first_batch_sentences: int = 4
    length_factor: float = 2.0
    repair: bool = True
    check_language: bool = True
    min_new_tokens: int | None = None
    max_new_tokens: int | None = None
    cache_dir: str | None = None
    restrict_vocabulary: bool = True

    def __post_init__(self) -> None:
        for name, (low, high) in _LIMITS.items():
            value = getattr(self, name)
            if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
                raise ValueError(f"{name} must be a whole number between {low} and {high}, got {value!r}")
        if self.backend not in BACKEND_NAMES:
            raise ValueError(f"Unknown back end '{self.backend}'; valid names: {', '.join(BACKEND_NAMES)}")
        if self.device not in DEVICES and not (self.device.startswith("cuda:") and self.device[5:].isdigit()):
            raise ValueError(f"Unknown device '{self.device}': use 'cpu', 'cuda', 'cuda:N' or 'auto'")
        if self.max_batch_tokens is not None and self.max_batch_tokens < 1:
            raise ValueError(f"max_batch_tokens must be positive, got {self.max_batch_tokens}")
        if self.max_chars < 0:
            raise ValueError("max_chars must be 0 (no limit) or positive")
        if self.length_factor <= 0:
            raise ValueError(f"length_factor must be positive, got {self.length_factor}")

    @classmethod
    def build(cls, **options: Any) -> TranslateOptions:
        """Options from keyword arguments, with a clear error for unknown names.

        Raises:
            TypeError: An unknown (misspelled) option; the message lists the valid ones.
            ValueError: A value out of its limits.
        """
        known = {f.name for f in fields(cls)}
        unknown = sorted(set(options) - known)
        if unknown:
            raise TypeError(f"Unknown option(s) {', '.join(unknown)}; valid: {', '.join(sorted(known))}")
        return cls(**options)

    def backend_options(self, backend: str) -> dict[str, Any]:
        """The constructor arguments of a back end, from these options (the one mapping).

        Only values that differ from the back end's defaults are passed, so every
        caller asking for the default set-up shares one loaded translator.
        """
        options: dict[str, Any] = {"device": self.device}
        if not self.restrict_vocabulary:
            options["restrict_vocabulary"] = False
        if backend in ("ctranslate2", "auto") and self.cache_dir:
            options["cache_dir"] = self.cache_dir
        return options

    def decode_options(self) -> DecodeOptions:
        """How each batch is decoded."""
        from .translators import DecodeOptions

        return DecodeOptions(
            beams=self.beams,
            length_factor=self.length_factor,
            min_new_tokens=self.min_new_tokens,
            max_new_tokens=self.max_new_tokens,
        )
