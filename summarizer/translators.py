"""Translation back ends behind one small interface.

A :class:`Translator` turns a batch of French sentences into English. Two
implementations are registered by name:

* ``transformers``: ``MarianMTModel.generate`` (PyTorch);
* ``ctranslate2``: the same model converted to CTranslate2 int8 (fast on CPU),
  converted so that it writes what the model writes (see
  :func:`summarizer.models.convert_to_ctranslate2`).

``auto`` picks ``ctranslate2`` when it is installed and the conversion works,
and falls back to ``transformers`` with a logged reason. Test doubles live in
:mod:`summarizer.testing`.
"""

from __future__ import annotations

import functools
import inspect
import logging
import os
import threading
from abc import ABC, abstractmethod
from collections import OrderedDict, deque
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, ClassVar, Generic, TypeVar

from .errors import DeviceUnavailableError, ModelLoadError, ModelNotFoundError, require
from .models import DEFAULT_MODEL, ConversionMismatch, convert_to_ctranslate2, load_marian, resolve_model

if TYPE_CHECKING:
    from .options import TranslateOptions

logger = logging.getLogger(__name__)

__all__ = [
    "translator_for",
    "BoundedCache",
    "DecodeOptions",
    "Translator",
    "TransformersTranslator",
    "CTranslate2Translator",
    "BACKENDS",
    "get_translator",
    "available_devices",
    "cuda_device_count",
    "resolve_device",
    "pack_by_budget",
    "clear_translator_cache",
]

#: The model's input limit (its position embeddings).
MODEL_MAX_TOKENS = 512

K = TypeVar("K")
V = TypeVar("V")


class BoundedCache(Generic[K, V]):
    """A thread-safe mapping that forgets its oldest entries beyond ``size``.

    Args:
        size: The most entries kept.
    """

    def __init__(self, size: int) -> None:
        self.size = size
        self._data: OrderedDict[K, V] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key: K) -> V | None:
        """The value of ``key``, or ``None``."""
        with self._lock:
            return self._data.get(key)

    def put(self, key: K, value: V) -> None:
        """Store ``value``, dropping the oldest entry when full."""
        with self._lock:
            self._data[key] = value
            if len(self._data) > self.size:
                self._data.popitem(last=False)

    def get_or_compute(self, key: K, compute: Callable[[], V]) -> V:
        """The value of ``key``, computed (outside the lock) and stored on a miss."""
        value = self.get(key)
        if value is None:
            value = compute()
            self.put(key, value)
        return value

    def clear(self) -> None:
        """Forget every entry."""
        with self._lock:
            self._data.clear()

    def __len__(self) -> int:
        with self._lock:
            return len(self._data)


_results_guard = threading.Lock()


@dataclass(frozen=True)
class DecodeOptions:
    """How to decode.

    Attributes:
        beams: Beam size; 1 is greedy.
        length_factor: Output is bounded by ``length_factor * input_tokens + 10`` tokens.
        min_new_tokens: Force at least this many output tokens (benchmarks).
        max_new_tokens: Force at most this many output tokens (overrides the factor).
        no_repeat_ngram_size: Forbid repeating n-grams of this size (0: off).
        repetition_penalty: Penalty on repeated tokens (1.0: off).
    """

    beams: int = 4
    length_factor: float = 2.0
    min_new_tokens: int | None = None
    max_new_tokens: int | None = None
    no_repeat_ngram_size: int = 0
    repetition_penalty: float = 1.0

    def __post_init__(self) -> None:
        if self.beams < 1:
            raise ValueError(f"beams must be at least 1, got {self.beams}")
        if self.length_factor <= 0:
            raise ValueError(f"length_factor must be positive, got {self.length_factor}")

    def output_limit(self, input_tokens: int) -> int:
        """The largest number of tokens to generate for an input of this length."""
        if self.max_new_tokens is not None:
            return self.max_new_tokens
        return max(1, min(MODEL_MAX_TOKENS - 1, int(self.length_factor * input_tokens) + 10))


T = TypeVar("T")


def pack_by_budget(items: Sequence[T], length: Callable[[T], int], budget: int) -> list[list[T]]:
    """Cut items (already in the order wanted, shortest first for tight batches) into batches whose
    padded size, ``longest item x items``, stays within ``budget`` tokens; an item over it goes alone."""
    batches: list[list[T]] = []
    current: list[T] = []
    longest = 0
    for item in items:
        size = length(item)
        if current and max(longest, size) * (len(current) + 1) > budget:
            batches.append(current)
            current, longest = [], 0
        current.append(item)
        longest = max(longest, size)
    if current:
        batches.append(current)
    return batches


class Translator(ABC):
    """A French-to-English sentence translator.

    Subclasses implement :meth:`generate`; everything else has a default.
    """

    name: ClassVar[str] = "abstract"
    #: The model name shown to users.
    model_name: str = ""
    #: Why ``auto`` did not pick the fast back end, if it did not.
    fallback_reason: str | None = None
    _results: BoundedCache[tuple[Any, ...], str] | None = None

    @property
    def results(self) -> BoundedCache[tuple[Any, ...], str]:
        """Finished translations by ``(decoding options, text)``, shared by every call of this translator.

        The pipeline translates a repeated sentence once; ``results.clear()``
        forgets them (benchmarks).
        """
        with _results_guard:  # created on first use: subclasses need not call a base __init__
            if self._results is None:
                self._results = BoundedCache(20_000)
            return self._results

    @abstractmethod
    def generate(self, sentences: Sequence[str], options: DecodeOptions, num_hypotheses: int = 1) -> list[list[str]]:
        """Translate sentences, returning ``num_hypotheses`` candidates each, best first."""

    def translate_batch(self, sentences: Sequence[str], options: DecodeOptions | None = None) -> list[str]:
        """Translate a batch of sentences.

        Args:
            sentences: French sentences.
            options: Decoding options; the defaults when ``None``.

        Returns:
            One English sentence per input, in order.
        """
        return [h[0] if h else "" for h in self.generate(list(sentences), options or DecodeOptions())]

    def translate_batches(
        self, batches: Sequence[Sequence[str]], options: DecodeOptions | None = None
    ) -> Iterator[list[str]]:
        """Translate several batches, yielding each batch's result in order."""
        for batch in batches:
            yield self.translate_batch(batch, options)

    def count_tokens(self, text: str) -> int:
        """The number of model input tokens of ``text`` (end-of-sentence included)."""
        return len(text.split()) + 1

    def split_tokens(self, text: str, limit: int) -> list[str]:
        """Cut ``text`` into pieces of at most ``limit`` tokens, at word boundaries where possible."""
        words = text.split(" ")
        pieces: list[str] = []
        current: list[str] = []
        for word in words:
            if current and self.count_tokens(" ".join([*current, word])) > limit:
                pieces.append(" ".join(current))
                current = []
            current.append(word)
        if current:
            pieces.append(" ".join(current))
        return pieces

    @property
    def batch_tokens(self) -> int:
        """Padded tokens per model call this back end runs best with (see ``evaluation/bench.py``)."""
        return 1024

    @property
    def max_input_tokens(self) -> int:
        """The longest input, in tokens, the model accepts."""
        return MODEL_MAX_TOKENS


def cuda_device_count(backend: str = "auto") -> int:
    """The GPUs (CUDA devices) a back end can use on this machine; 0 without CUDA or without the package.

    CTranslate2 is asked first (it answers without loading a GPU runtime); PyTorch when the back end is
    ``transformers``, or for ``auto`` when CTranslate2 sees none (``auto`` falls back to PyTorch).
    """
    count = 0
    if backend in ("auto", "ctranslate2"):
        try:
            import ctranslate2

            count = int(ctranslate2.get_cuda_device_count())
        except Exception:  # not installed, or built without CUDA
            count = 0
    if backend == "transformers" or (backend == "auto" and not count):
        try:
            import torch

            count = max(count, int(torch.cuda.device_count()) if torch.cuda.is_available() else 0)
        except Exception:
            pass
    return count


def available_devices(backend: str = "auto") -> tuple[str, ...]:
    """The device names that can run here: ``cpu``, and with a GPU ``cuda``, ``auto`` (and ``cuda:N`` with several)."""
    count = cuda_device_count(backend)
    if not count:
        return ("cpu",)
    return ("cpu", "cuda", "auto", *(f"cuda:{i}" for i in range(count) if count > 1))


def resolve_device(device: str, backend: str = "auto") -> str:
    """The device a back end will run on: ``auto`` is the GPU when there is one, else the CPU.

    Raises:
        ValueError: Not a device name.
        DeviceUnavailableError: A GPU that this machine (or this back end) does not have, in one line.
    """
    if device not in ("auto", "cpu", "cuda") and not (device.startswith("cuda:") and device[5:].isdigit()):
        raise ValueError(f"Unknown device '{device}': use 'cpu', 'cuda', 'cuda:N' or 'auto'")
    if device == "cpu":
        return "cpu"
    count = cuda_device_count(backend)
    if device == "auto":
        return "cuda" if count else "cpu"
    index = int(device.partition(":")[2] or 0)
    if index < count:
        return device
    engine = {"ctranslate2": " that the CTranslate2 engine can use", "transformers": " that PyTorch can use"}.get(backend, "")
    if count:
        where = f"this machine has {count} GPU{'s' if count > 1 else ''}{engine} (cuda:0 to cuda:{count - 1})"
    else:
        where = f"this machine has no GPU{engine}"
    raise DeviceUnavailableError(f"Device '{device}' is not available: {where}; use device 'cpu' (--device cpu)",
                                 device=device, available=available_devices(backend))  # fmt: skip


class TransformersTranslator(Translator):
    """MarianMT through PyTorch's ``generate``.

    Args:
        model: Hub id or local directory.
        device: ``cpu``, ``cuda``, ``cuda:N`` or ``auto``.
        restrict_vocabulary: Let the decoder produce target-language tokens only
            (see :meth:`summarizer.spm.MarianPieces.output_vocabulary`); the same
            rule as the CTranslate2 back end, so both write the same greedy output.
    """

    name = "transformers"

    def __init__(
        self,
        model: str | None = None,
        *,
        device: str = "cpu",
        restrict_vocabulary: bool = True,
    ) -> None:
        require("torch", "core", "The transformers back end")
        import torch

        from .spm import MarianPieces

        self.device = resolve_device(device, "transformers")  # before anything loads: an impossible device is one line
        resolved = resolve_model(model)
        tokenizer, network = load_marian(resolved)
        self.model_name = resolved.name
        self.tokenizer = tokenizer
        # MarianTokenizer switches state between source and target modes: one user at a time.
        self._lock = threading.RLock()
        self._token_cache: BoundedCache[str, list[int]] = BoundedCache(1024)
        #: Token ids the decoder may not produce (French-only pieces of a shared vocabulary).
        self.suppressed_ids: list[int] = []
        self._suppress_in_generate = False
        if restrict_vocabulary:
            pieces = MarianPieces(resolved.path)
            kept = pieces.output_vocabulary()
            if kept is not None:
                allowed = {pieces.vocab[t] for t in kept}
                rows = int(getattr(network.config, "decoder_vocab_size", None) or network.config.vocab_size)
                self.suppressed_ids = [i for i in range(rows) if i not in allowed]
                bias = getattr(network, "final_logits_bias", None)
                if isinstance(bias, torch.Tensor) and bias.shape[-1] == rows:
                    with torch.no_grad():  # -inf in the output bias: no cost per step
                        bias[..., self.suppressed_ids] = float("-inf")
                else:  # a logits processor does the same, at a cost per step
                    self._suppress_in_generate = True
        self.model = network.to(self.device)

    @property
    def batch_tokens(self) -> int:
        """1,024 padded tokens on CPU (one batch at a time, on every core), 4,096 on a GPU."""
        return 1024 if self.device == "cpu" else 4096

    def encode(self, text: str) -> list[int]:
        """Token ids of ``text`` (with the end-of-sentence id), cached."""

        def tokenize() -> list[int]:
            with self._lock:
                return list(self.tokenizer(text, truncation=False)["input_ids"])

        return self._token_cache.get_or_compute(text, tokenize)

    def count_tokens(self, text: str) -> int:
        """The number of model input tokens of ``text``."""
        return len(self.encode(text))

    def generate(self, sentences: Sequence[str], options: DecodeOptions, num_hypotheses: int = 1) -> list[list[str]]:
        """Translate with ``MarianMTModel.generate``."""
        import torch

        if not sentences:
            return []
        num_hypotheses = max(1, num_hypotheses)
        beams = max(options.beams, num_hypotheses)
        with self._lock:
            encoded = self.tokenizer(list(sentences), return_tensors="pt", padding=True, truncation=False)
            longest = int(encoded["attention_mask"].sum(dim=1).max())
            kwargs: dict[str, Any] = {
                "num_beams": beams,
                "num_return_sequences": num_hypotheses,
                "do_sample": False,
                "max_new_tokens": options.output_limit(longest),
                "max_length": None,
            }
            if options.min_new_tokens:
                kwargs["min_new_tokens"] = options.min_new_tokens
            if options.no_repeat_ngram_size:
                kwargs["no_repeat_ngram_size"] = options.no_repeat_ngram_size
            if options.repetition_penalty != 1.0:
                kwargs["repetition_penalty"] = options.repetition_penalty
            if self._suppress_in_generate:
                kwargs["suppress_tokens"] = self.suppressed_ids
            with torch.inference_mode():
                output = self.model.generate(**{k: v.to(self.device) for k, v in encoded.items()}, **kwargs)
            texts = [str(t).strip() for t in self.tokenizer.batch_decode(output, skip_special_tokens=True)]
        return [texts[i * num_hypotheses : (i + 1) * num_hypotheses] for i in range(len(sentences))]


class CTranslate2Translator(Translator):
    """MarianMT converted to CTranslate2 (int8 by default).

    The conversion runs once per model into ``cache_dir`` and is reused. This
    back end tokenizes with sentencepiece directly (:class:`~summarizer.spm.MarianPieces`),
    so translating never imports PyTorch or transformers (only the one-time
    conversion does).

    Args:
        model: Hub id or local directory.
        device: ``cpu``, ``cuda`` or ``auto``.
        compute_type: CTranslate2 compute type (``int8`` on CPU, ``int8_float16`` on GPU);
            ``float32`` converts and runs the model unquantized (exact comparisons).
        intra_threads: Threads per batch (on CPU: cores / inter_threads).
        inter_threads: Batches translated in parallel (on CPU: the core count).
        cache_dir: Where converted models are kept.
        restrict_vocabulary: Convert the decoder with the target-language tokens
            only (see :func:`summarizer.models.convert_to_ctranslate2`): on
            opus-mt-fr-en its output layer, the largest matrix of every decoding
            step, loses about 27,500 of its 59,513 rows.
    """

    name = "ctranslate2"

    def __init__(
        self,
        model: str | None = None,
        *,
        device: str = "cpu",
        compute_type: str | None = None,
        intra_threads: int | None = None,
        inter_threads: int | None = None,
        cache_dir: str | None = None,
        restrict_vocabulary: bool = True,
    ) -> None:
        ctranslate2: Any = require("ctranslate2", "fast", "The CTranslate2 back end")
        from .spm import MarianPieces

        self.device = resolve_device(device, "ctranslate2")  # before anything loads or converts
        resolved = resolve_model(model)
        self.model_name = resolved.name
        self.pieces = MarianPieces(resolved.path)
        self._token_cache: BoundedCache[str, list[str]] = BoundedCache(1024)
        if compute_type is None:
            compute_type = "int8" if self.device == "cpu" else "int8_float16"
        quantization = "float32" if compute_type == "float32" else "int8"
        try:
            converted = convert_to_ctranslate2(
                resolved, cache_dir=cache_dir, quantization=quantization, restrict_vocabulary=restrict_vocabulary
            )
        except ConversionMismatch as exc:
            raise ConversionMismatch(
                f"The CTranslate2 back end would not write what {resolved.name} writes: {exc}. "
                "Use backend='transformers' (CLI: --backend transformers) or 'auto'."
            ) from exc
        self.converted = converted
        cores = os.cpu_count() or 1
        if self.device == "cpu":
            # measured on 2 cores: one thread per batch and batches in parallel beats threads inside a batch
            self.inter_threads = inter_threads or cores
            self.intra_threads = intra_threads if intra_threads is not None else max(1, cores // self.inter_threads)
        else:
            self.inter_threads, self.intra_threads = inter_threads or 1, intra_threads or 0
        device_name, _colon, index = self.device.partition(":")
        self.translator = ctranslate2.Translator(
            str(converted),
            device=device_name,
            device_index=int(index or 0),
            compute_type=compute_type,
            intra_threads=self.intra_threads,
            inter_threads=self.inter_threads,
        )

    @property
    def batch_tokens(self) -> int:
        """512 padded tokens on CPU, 4,096 on a GPU.

        On CPU, batches run in parallel, one per worker: 512 keeps every worker
        busy on a short article and, measured on 2 cores, is as fast as 1,024
        with a fifth less peak memory greedy and a quarter less with 4 beams.
        """
        return 512 if self.device == "cpu" else 4096

    def _tokens(self, sentence: str) -> list[str]:
        return self._token_cache.get_or_compute(sentence, lambda: self.pieces.encode(sentence))

    def count_tokens(self, text: str) -> int:
        """The number of model input tokens of ``text``."""
        return len(self._tokens(text))

    def _kwargs(self, tokens: list[list[str]], options: DecodeOptions, n: int) -> dict[str, Any]:
        longest = max((len(t) for t in tokens), default=1)
        limit = options.output_limit(longest)
        if options.max_new_tokens is None:
            # transformers spends the last position on the forced end token: keep as many content tokens
            limit = max(1, limit - 1)
        return {
            "beam_size": max(options.beams, n),
            "num_hypotheses": n,
            "max_decoding_length": limit,
            "min_decoding_length": options.min_new_tokens or 0,
            "no_repeat_ngram_size": options.no_repeat_ngram_size,
            "repetition_penalty": options.repetition_penalty,
            "max_input_length": 0,
            # transformers' beam search keeps going while a running beam could still win; CTranslate2 stops after
            # beam_size * patience finished hypotheses: 2 is closer to transformers (on a perturbed model,
            # 100/100 identical hypotheses against 90/100 with 1; not identical by construction)
            "patience": 2 if max(options.beams, n) > 1 else 1,
        }

    def generate(self, sentences: Sequence[str], options: DecodeOptions, num_hypotheses: int = 1) -> list[list[str]]:
        """Translate with ``ctranslate2.Translator.translate_batch``."""
        if not sentences:
            return []
        tokens = [self._tokens(s) for s in sentences]
        results = self.translator.translate_batch(tokens, **self._kwargs(tokens, options, num_hypotheses))
        return [[self.pieces.decode(h) for h in r.hypotheses] for r in results]

    def translate_batches(
        self, batches: Sequence[Sequence[str]], options: DecodeOptions | None = None
    ) -> Iterator[list[str]]:
        """Translate batches in parallel (``inter_threads`` workers); yield each in order.

        One batch per worker is in the model's hands: the next is handed over
        as soon as a result is taken, so a caller that stops iterating (a
        cancelled run, a reader who left) leaves at most one batch per worker
        behind, whatever the article's length.
        """
        options = options or DecodeOptions()
        window = max(1, self.inter_threads)
        pending: deque[list[Any]] = deque()
        queued = iter(batches)

        def submit() -> bool:
            batch = next(queued, None)
            if batch is None:
                return False
            tokens = [self._tokens(s) for s in batch]
            pending.append(self.translator.translate_batch(tokens, asynchronous=True, **self._kwargs(tokens, options, 1)))
            return True

        while len(pending) < window and submit():
            pass
        while pending:
            futures = pending.popleft()
            result = [self.pieces.decode(f.result().hypotheses[0]) for f in futures]
            submit()
            yield result


#: Back ends by name.
BACKENDS: dict[str, Callable[..., Translator]] = {
    "transformers": TransformersTranslator,
    "ctranslate2": CTranslate2Translator,
}
_cache: dict[tuple[Any, ...], Translator] = {}
_cache_lock = threading.Lock()
_build_locks: dict[tuple[Any, ...], threading.Lock] = {}


@functools.cache
def _accepted(backend: str) -> frozenset[str]:
    """The option names a back end's constructor takes (read once: every request asks)."""
    return frozenset(p for p in inspect.signature(BACKENDS[backend]).parameters if p != "model")


def _build(backend: str, model: str | None, options: dict[str, Any]) -> Translator:
    if backend == "auto":
        try:
            return CTranslate2Translator(model, **options)
        except ConversionMismatch as exc:  # the fast path would not write what the model writes
            reason = f"the CTranslate2 conversion cannot reproduce this model ({exc})"
        except (ModelNotFoundError, ModelLoadError):
            raise  # the model itself is missing or broken: transformers would fail the same way
        except DeviceUnavailableError as exc:  # CTranslate2 has no GPU here; PyTorch may (else it refuses the same)
            reason = str(exc)
        except Exception as exc:  # a missing package or a failed conversion must not stop translation
            reason = f"{type(exc).__name__}: {exc}"
        logger.warning("CTranslate2 back end unavailable (%s); using transformers", reason)
        translator = TransformersTranslator(model, **{k: v for k, v in options.items() if k in _accepted("transformers")})
        translator.fallback_reason = reason
        return translator
    return BACKENDS[backend](model, **options)


def get_translator(model: str | None = None, backend: str = "auto", **options: Any) -> Translator:
    """The translator for a model and back end, loaded once per process and shared.

    Loading is lazy and thread-safe: concurrent first calls load the model once.
    Failures are not cached, so a fixed model directory can be retried.

    Args:
        model: Hub id or local directory; ``Helsinki-NLP/opus-mt-fr-en`` when ``None``.
        backend: ``auto``, ``ctranslate2`` or ``transformers``.
        **options: Passed to the back end (``device``, ``compute_type``, ``cache_dir``...).

    Returns:
        A shared translator.

    Raises:
        ValueError: Unknown back end name.
        TypeError: An option the back end does not take.
        ModelNotFoundError: The model cannot be found.
        ModelLoadError: The model cannot be loaded.
        DeviceUnavailableError: The device is not on this machine (``cuda`` without a GPU).
    """
    if backend != "auto" and backend not in BACKENDS:
        raise ValueError(f"Unknown back end '{backend}'; valid names: {', '.join(['auto', *BACKENDS])}")
    valid = frozenset().union(*map(_accepted, BACKENDS)) if backend == "auto" else _accepted(backend)
    unknown = sorted(set(options) - valid)
    if unknown:
        raise TypeError(f"Unknown option(s) {', '.join(unknown)} for the {backend} back end; valid: {', '.join(sorted(valid))}")
    resolve_device(str(options.get("device", "cpu")), backend)  # refused here, in one line, before anything loads
    name = model if model is not None else DEFAULT_MODEL
    key = (name, backend, tuple(sorted(options.items())))
    with _cache_lock:
        if key in _cache:
            return _cache[key]
        lock = _build_locks.setdefault(key, threading.Lock())
    with lock:
        with _cache_lock:
            if key in _cache:
                return _cache[key]
        translator = _build(backend, name, options)
        with _cache_lock:
            _cache[key] = translator
        return translator


def loaded_translators() -> list[Translator]:
    """The translators loaded in this process."""
    with _cache_lock:
        return list(_cache.values())


def clear_translator_cache() -> None:
    """Forget every loaded translator (tests, or to free memory)."""
    with _cache_lock:
        _cache.clear()
        _build_locks.clear()


def translator_for(model: str | None, options: TranslateOptions, translator: Translator | None = None) -> Translator:
    """The translator a run uses: the one passed in, else the shared, lazily loaded one these options ask for."""
    if translator is not None:
        return translator
    return get_translator(model, options.backend, **options.backend_options(options.backend))
