"""Finding and loading MarianMT models, and converting them for CTranslate2.

A model is named by a Hugging Face hub id (``Helsinki-NLP/opus-mt-fr-en``, the
default) or a local directory saved with ``save_pretrained``. Hub ids are
resolved with ``huggingface_hub.snapshot_download``: users with internet get the
model downloaded once and cached; without internet the cached copy is used, and
when there is none a :class:`~summarizer.errors.ModelNotFoundError` says what was
tried and how to fix it.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import shutil
import tempfile
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .errors import ModelHubUnreachableError, ModelLoadError, ModelNotFoundError, require

logger = logging.getLogger(__name__)

__all__ = ["DEFAULT_MODEL", "ConversionMismatch", "ResolvedModel", "resolve_model", "load_marian", "convert_to_ctranslate2"]

DEFAULT_MODEL = "Helsinki-NLP/opus-mt-fr-en"
_REQUIRED_FILES = ("config.json", "source.spm", "target.spm", "vocab.json")
_WEIGHT_FILES = ("model.safetensors", "pytorch_model.bin", "model.safetensors.index.json")
_HOW_TO_FIX = (
    "To fix: run once with internet access so the model is downloaded and cached, "
    "or pass a local MarianMT directory (config.json, source.spm, target.spm, vocab.json and weights) "
    "with --model /path/to/dir, model='/path/to/dir' or SUMMARIZER_MODEL."
)
_convert_lock = threading.Lock()


@dataclass(frozen=True)
class ResolvedModel:
    """A model name and the local directory that holds it.

    Attributes:
        name: The name the user gave (hub id or path).
        path: The local directory with the model's files.
    """

    name: str
    path: Path


def _looks_like_path(name: str) -> bool:
    return (
        name.startswith(("/", ".", "~"))
        or "\\" in name
        or name.count("/") != 1
        or os.path.exists(name)
    )


def _hub_unreachable(error: BaseException) -> bool:
    """Whether a hub failure means "no connection" (offline mode, no network, a time-out), not "no such model".

    The hub client reports a failed connection with no cached copy as ``LocalEntryNotFoundError`` (offline mode,
    or a connection error under it); a model id it does not know is a ``RepositoryNotFoundError`` instead.
    """
    seen: BaseException | None = error
    while seen is not None:
        name = type(seen).__name__
        if name in ("LocalEntryNotFoundError", "OfflineModeIsEnabled") or isinstance(seen, (ConnectionError, TimeoutError)):
            return True
        if "Connect" in name or "Timeout" in name:  # httpx / requests connection errors
            return True
        seen = seen.__cause__ or seen.__context__
    return False


def _check_directory(name: str, path: Path) -> None:
    if not path.is_dir():
        raise ModelNotFoundError(f"Model directory '{name}' does not exist or is not a directory. {_HOW_TO_FIX}")
    missing = [f for f in _REQUIRED_FILES if not (path / f).is_file()]
    if not any((path / f).is_file() for f in _WEIGHT_FILES):
        missing.append(" or ".join(_WEIGHT_FILES[:2]))
    if missing:
        raise ModelLoadError(
            f"'{name}' is not a complete MarianMT model directory: missing {', '.join(missing)}. "
            "Save the model with MarianMTModel.save_pretrained and MarianTokenizer.save_pretrained, "
            "or pass the hub id (Helsinki-NLP/opus-mt-fr-en)."
        )


def resolve_model(name: str | os.PathLike[str] | None = None) -> ResolvedModel:
    """Find the local directory of a model, downloading it from the hub if allowed.

    Args:
        name: A hub id or a local directory; ``DEFAULT_MODEL`` when ``None``.

    Returns:
        The resolved model.

    Raises:
        ModelNotFoundError: The directory does not exist, or the hub id is not
            cached and cannot be downloaded.
        ModelLoadError: The directory lacks files a MarianMT model needs.
    """
    text = str(name) if name is not None else DEFAULT_MODEL
    if not text.strip():
        text = DEFAULT_MODEL
    if _looks_like_path(text):
        path = Path(text).expanduser()
        _check_directory(text, path)
        return ResolvedModel(text, path.resolve())
    try:
        from huggingface_hub import snapshot_download

        files = ["*.json", "*.spm", "*.txt", "*.model"]
        local = snapshot_download(text, allow_patterns=[*files, "*.safetensors"])
        if not any((Path(local) / f).is_file() for f in _WEIGHT_FILES):  # an older repository: PyTorch weights
            local = snapshot_download(text, allow_patterns=[*files, "pytorch_model.bin"])
    except Exception as exc:  # the hub client raises many types for "offline", "unknown id", ...
        detail = f"{type(exc).__name__}: {str(exc).splitlines()[0] if str(exc) else 'no detail'}"
        if _hub_unreachable(exc):
            raise ModelHubUnreachableError(
                f"Model '{text}' cannot be downloaded (no connection to the model hub) and is not in the local cache: "
                f"pass --model DIR (a local MarianMT directory), or run once with internet access so it is cached ({detail})"
            ) from exc
        raise ModelNotFoundError(
            f"Model '{text}' is not in the local cache and could not be downloaded from the Hugging Face hub "
            f"({detail}). {_HOW_TO_FIX}"
        ) from exc
    path = Path(local)
    _check_directory(text, path)
    return ResolvedModel(text, path)


def load_marian(resolved: ResolvedModel, *, tokenizer_only: bool = False) -> tuple[Any, Any]:
    """Load the tokenizer and (unless ``tokenizer_only``) the model.

    Args:
        resolved: The model's directory.
        tokenizer_only: Skip loading the network weights.

    Returns:
        ``(tokenizer, model)``; the model is ``None`` when ``tokenizer_only``.

    Raises:
        ModelLoadError: The files are there but cannot be loaded.
    """
    require("transformers", "core", "Translation")
    require("sentencepiece", "core", "The MarianMT tokenizer")
    import warnings

    from transformers import MarianMTModel, MarianTokenizer

    try:
        with warnings.catch_warnings():
            warnings.filterwarnings("ignore", message="Recommended: pip install sacremoses")
            tokenizer = MarianTokenizer.from_pretrained(str(resolved.path))
        model = None if tokenizer_only else MarianMTModel.from_pretrained(str(resolved.path))
    except Exception as exc:
        raise ModelLoadError(
            f"The model in '{resolved.name}' could not be loaded ({type(exc).__name__}: "
            f"{str(exc).splitlines()[0] if str(exc) else 'no detail'}). The directory may be corrupt or "
            "incomplete: delete it and save or download the model again."
        ) from exc
    if model is not None:
        model.eval()
    return tokenizer, model


def _fingerprint(path: Path, quantization: str) -> str:
    import ctranslate2

    digest = hashlib.sha256()
    # the layout number changes when what the cache holds changes (2: the decoder's own vocabulary;
    # 3: the decoder starts from the model's own start embedding)
    digest.update(f"{quantization}|ctranslate2 {ctranslate2.__version__}|layout 3|{path}".encode())
    for child in sorted(path.iterdir()):
        if child.is_file():
            stat = child.stat()
            digest.update(f"{child.name}:{stat.st_size}:{stat.st_mtime_ns}".encode())
    return digest.hexdigest()[:20]


class ConversionMismatch(ModelLoadError):
    """CTranslate2's conversion of this model would not write what the model writes."""


def _start_from_model_token(spec: Any, model: Any) -> bool:
    """Make the converted decoder start where the model's own decoder starts.

    MarianMT decoders start from the embedding of ``decoder_start_token_id``
    (``<pad>``). CTranslate2's converter drops the ``<pad>`` row and starts from a
    zero vector instead, which is the same thing only while that row is zero: true
    of the published opus-mt models, false of any model fine-tuned in transformers.
    When the row is not zero, it is put back as the last decoder row (the output
    layer shares it, with a bias of -1e9 so it is never written, as the model's
    ``bad_words_ids`` rule does), and the decoder starts from it.

    Returns:
        Whether the start row had to be put back.

    Raises:
        ConversionMismatch: The row is not zero and the converter's layout is not
            the one this code knows, so the conversion cannot be made exact.
    """
    import numpy as np

    def array(value: Any) -> Any:
        return value.detach().float().cpu().numpy() if hasattr(value, "detach") else np.asarray(value, dtype=np.float32)

    start_id = model.config.decoder_start_token_id
    row = array(model.get_decoder().embed_tokens.weight[start_id])
    if not np.any(row):
        return False  # the converter's zero start is the model's start
    decoder = spec.decoder
    try:
        (tokens,) = spec._vocabularies["target"]
        weight = array(decoder.projection.weight)
        if not getattr(decoder, "start_from_zero_embedding", False) or start_id != len(tokens) or weight.shape[0] != start_id:
            raise ValueError("the decoder's start token is not the dropped last row")
    except (AttributeError, KeyError, ValueError, TypeError) as exc:
        raise ConversionMismatch(
            f"the model's decoder starts from a non-zero <pad> embedding and this CTranslate2 converter's layout "
            f"could not be adjusted to it ({exc})"
        ) from exc
    grown = np.concatenate([weight, row[None, :]])
    decoder.embeddings.weight = grown  # one array for both: the model ties them
    decoder.projection.weight = grown
    bias = array(decoder.projection.bias) if decoder.projection.has_bias() else np.zeros(start_id, np.float32)
    decoder.projection.bias = np.concatenate([bias, np.array([-1e9], np.float32)])
    decoder.start_from_zero_embedding = False
    spec._vocabularies["target"] = [[*tokens, "<pad>"]]
    spec.config.decoder_start_token = "<pad>"
    return True


def _restrict_decoder(spec: Any, keep: set[str]) -> None:
    """Cut a converted Marian spec's decoder down to the tokens in ``keep``.

    The encoder keeps the whole shared vocabulary (French input uses it all);
    the decoder's embeddings and output layer keep only the rows of ``keep``,
    under a target vocabulary of those tokens. Decoding then computes exactly
    the scores it did before for those tokens, and none for the others.
    """
    (tokens,) = spec._vocabularies["target"]
    ids = [i for i, token in enumerate(tokens) if token in keep]
    decoder = spec.decoder
    weight = decoder.projection.weight[ids]
    decoder.embeddings.weight = weight  # the same array: saved once, as the model ties them
    decoder.projection.weight = weight
    if decoder.projection.has_bias():
        decoder.projection.bias = decoder.projection.bias[ids]
    spec._vocabularies["target"] = [[tokens[i] for i in ids]]


def _convert(resolved: ResolvedModel, output: Path, quantization: str, restrict_vocabulary: bool) -> dict[str, bool]:
    """Run CTranslate2's converter, made exact for the model's decoder start; say what was adjusted."""
    from ctranslate2.converters import TransformersConverter  # imports torch: only when converting

    from .spm import MarianPieces

    keep = MarianPieces(resolved.path).output_vocabulary() if restrict_vocabulary else None
    done = {"restricted_vocabulary": False, "start_row_kept": False}
    loaded: dict[str, Any] = {}

    class _Converter(TransformersConverter):  # type: ignore[misc]
        def load_model(self, model_class: Any, name: str, **kwargs: Any) -> Any:
            loaded["model"] = super().load_model(model_class, name, **kwargs)
            return loaded["model"]

        def _load(self) -> Any:
            spec = super()._load()
            done["start_row_kept"] = _start_from_model_token(spec, loaded["model"])
            if keep is not None:
                try:
                    _restrict_decoder(spec, {*keep, "<pad>"} if done["start_row_kept"] else set(keep))
                    done["restricted_vocabulary"] = True
                except (AttributeError, KeyError, ValueError, TypeError) as exc:  # another converter layout
                    logger.warning("decoder vocabulary not restricted (%s: %s); converting it whole", type(exc).__name__, exc)
            return spec

    _Converter(str(resolved.path)).convert(str(output), quantization=quantization)
    return done


def default_cache_dir() -> Path:
    """The default folder for converted models: ``~/.cache/summarizer``."""
    return Path.home() / ".cache" / "summarizer"


def convert_to_ctranslate2(
    resolved: ResolvedModel,
    *,
    cache_dir: str | os.PathLike[str] | None = None,
    quantization: str = "int8",
    restrict_vocabulary: bool = True,
) -> Path:
    """Convert a MarianMT model for CTranslate2, once, into a cache folder.

    The converted model is keyed by the source directory, its files' sizes and
    times, the quantization, the vocabulary choice and the CTranslate2 version,
    and reused afterwards.

    Args:
        resolved: The model to convert.
        cache_dir: Root of the cache; ``~/.cache/summarizer`` by default.
        quantization: CTranslate2 quantization (``int8``, ``int8_float16``, ``float16``...).
        restrict_vocabulary: Give the decoder only the target-language tokens
            (:meth:`summarizer.spm.MarianPieces.output_vocabulary`): on
            opus-mt-fr-en its output layer shrinks from 59,513 rows to about 32,000,
            the largest matrix of every decoding step, and a trained model's
            output does not change (it never learnt to write the French-only pieces).

    Returns:
        The directory of the converted model.
    """
    require("ctranslate2", "fast", "The CTranslate2 back end")
    root = Path(cache_dir) if cache_dir is not None else default_cache_dir()
    variant = quantization if restrict_vocabulary else f"{quantization}-whole-vocabulary"
    target = root / "ctranslate2" / f"{resolved.path.name}-{_fingerprint(resolved.path, variant)}"
    if (target / "model.bin").is_file():
        return target
    with _convert_lock:
        if (target / "model.bin").is_file():
            return target
        target.parent.mkdir(parents=True, exist_ok=True)
        scratch = Path(tempfile.mkdtemp(prefix=".converting-", dir=target.parent))
        try:
            logger.info("converting %s to CTranslate2 (%s) in %s", resolved.name, quantization, target)
            adjusted = _convert(resolved, scratch / "model", quantization, restrict_vocabulary)
            (scratch / "model" / "summarizer-source.json").write_text(
                json.dumps({"model": resolved.name, "path": str(resolved.path), "quantization": quantization, **adjusted})
            )
            try:
                os.replace(scratch / "model", target)
            except OSError:
                if not (target / "model.bin").is_file():  # another process won the race
                    raise
        finally:
            shutil.rmtree(scratch, ignore_errors=True)
    return target
