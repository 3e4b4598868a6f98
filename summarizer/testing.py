"""Test doubles and builders of small, random-weight MarianMT models for tests and benchmarks.

Nothing here downloads anything: the sentencepiece models are trained on the
text passed in, and the network weights are random. The models are saved with
``save_pretrained`` so they load through the same public loading code as a
real ``Helsinki-NLP/opus-mt-fr-en`` directory.
"""

from __future__ import annotations

import io
import json
import logging
from collections.abc import Callable, Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

from .translators import DecodeOptions, Translator

logger = logging.getLogger(__name__)


class IdentityTranslator(Translator):
    """Returns every sentence unchanged: a test double for the code above the model.

    Pass it as ``translator=IdentityTranslator()``; it is not a back end users can pick.
    """

    name = "identity"

    def __init__(self, model_name: str = "identity") -> None:
        self.model_name = model_name

    def generate(self, sentences: Sequence[str], options: DecodeOptions, num_hypotheses: int = 1) -> list[list[str]]:
        """Return each sentence as its own translation."""
        return [[s] * num_hypotheses for s in sentences]


class ScriptedTranslator(Translator):
    """A translator whose output is computed by a function of the source: a test double.

    ``hypotheses`` returns the n-best list; the first one is the 1-best. A guarded retry (decoding with
    ``no_repeat_ngram_size``) gets the last candidate. Every call's sentences are kept in :attr:`calls`.
    """

    name = "scripted"

    def __init__(self, hypotheses: Callable[[str], list[str]], model_name: str = "scripted") -> None:
        self.hypotheses = hypotheses
        self.model_name = model_name
        self.calls: list[list[str]] = []

    def generate(self, sentences: Sequence[str], options: DecodeOptions, num_hypotheses: int = 1) -> list[list[str]]:
        """The scripted hypotheses of each sentence."""
        self.calls.append(list(sentences))
        out = []
        for sentence in sentences:
            hyps = self.hypotheses(sentence)
            if options.no_repeat_ngram_size:  # a guarded retry: give the last candidate
                hyps = hyps[-1:]
            out.append((hyps * num_hypotheses)[:num_hypotheses])
        return out


__all__ = [
    "IdentityTranslator",
    "ScriptedTranslator",
    "OPUS_MT_FR_EN_ARCHITECTURE",
    "OPUS_MT_FR_EN_TARGET_PIECES",
    "TINY_ARCHITECTURE",
    "build_random_marian",
]

#: The architecture of ``Helsinki-NLP/opus-mt-fr-en`` (its ``config.json``).
OPUS_MT_FR_EN_ARCHITECTURE: dict[str, Any] = {
    "vocab_size": 59514,
    "d_model": 512,
    "encoder_layers": 6,
    "decoder_layers": 6,
    "encoder_attention_heads": 8,
    "decoder_attention_heads": 8,
    "encoder_ffn_dim": 2048,
    "decoder_ffn_dim": 2048,
    "activation_function": "swish",
    "scale_embedding": True,
    "share_encoder_decoder_embeddings": True,
    "tie_word_embeddings": True,
    "max_position_embeddings": 512,
    "static_position_embeddings": True,
}

#: Pieces of opus-mt-fr-en's English sentencepiece model (OPUS-MT's 32k recipe, one
#: model per language); its 59,514-entry vocabulary is the union of both languages'.
OPUS_MT_FR_EN_TARGET_PIECES = 32000

#: A model small enough to build and run in a test in well under a second.
TINY_ARCHITECTURE: dict[str, Any] = {
    "vocab_size": None,  # the size of the trained vocabularies
    "d_model": 16,
    "encoder_layers": 1,
    "decoder_layers": 1,
    "encoder_attention_heads": 2,
    "decoder_attention_heads": 2,
    "encoder_ffn_dim": 32,
    "decoder_ffn_dim": 32,
    "activation_function": "swish",
    "scale_embedding": True,
    "share_encoder_decoder_embeddings": True,
    "tie_word_embeddings": True,
    "max_position_embeddings": 512,
    "static_position_embeddings": True,
}

_SPECIALS = ("</s>", "<unk>")


def _train_spm(lines: Iterable[str], vocab_size: int) -> bytes:
    import sentencepiece as spm

    buffer = io.BytesIO()
    spm.SentencePieceTrainer.train(
        sentence_iterator=iter(list(lines)),
        model_writer=buffer,
        vocab_size=vocab_size,
        model_type="unigram",
        character_coverage=1.0,
        hard_vocab_limit=False,
        bos_id=-1,
        eos_id=1,
        unk_id=0,
        pad_id=-1,
        minloglevel=2,
    )
    return buffer.getvalue()


def _pad_spm(model: bytes, size: int) -> bytes:
    """Add placeholder pieces to a sentencepiece model until it has ``size`` pieces.

    The placeholders are made of private-use characters, so they never match
    real text: segmentations stay as good as before (a tie between equal-score
    splits such as ``00|0`` and ``0|00`` may fall the other way), and only the
    vocabulary grows, as a model trained on a large corpus would have it.
    """
    from sentencepiece import sentencepiece_model_pb2 as model_pb2  # generated protobuf code: untyped

    proto = model_pb2.ModelProto()  # type: ignore[attr-defined]
    proto.ParseFromString(model)
    known = {p.piece for p in proto.pieces}
    index = 0
    while len(proto.pieces) < size:
        piece = "\u2581" + "".join(chr(0xE000 + int(d)) for d in str(index))
        index += 1
        if piece not in known:
            proto.pieces.add(piece=piece, score=-100.0, type=model_pb2.ModelProto.SentencePiece.NORMAL)  # type: ignore[attr-defined]
    return bytes(proto.SerializeToString())


def _pieces(model: bytes) -> list[str]:
    import sentencepiece as spm

    processor = spm.SentencePieceProcessor(model_proto=model)
    return [processor.id_to_piece(i) for i in range(processor.get_piece_size())]


def build_random_marian(
    directory: str | Path,
    source_lines: Iterable[str],
    target_lines: Iterable[str],
    *,
    architecture: Mapping[str, Any] | None = None,
    spm_vocab_size: int = 300,
    target_pieces: int | None = None,
    seed: int = 0,
) -> Path:
    """Build and save a MarianMT model with random weights and real tokenizers.

    Args:
        directory: Where to save the model (created if needed).
        source_lines: French text to train the source sentencepiece model on.
        target_lines: English text to train the target sentencepiece model on.
        architecture: ``MarianConfig`` fields; ``TINY_ARCHITECTURE`` by default.
            A ``vocab_size`` larger than the trained vocabularies is filled with
            placeholder entries, so the embedding matrices have the real size.
        spm_vocab_size: Target size of each sentencepiece vocabulary.
        target_pieces: Grow the target sentencepiece model to this many pieces
            with placeholders that never match text (``OPUS_MT_FR_EN_TARGET_PIECES``
            gives the real model's share of target-language entries in the vocabulary).
        seed: Seed of the random weights.

    Returns:
        The directory, loadable with ``MarianMTModel.from_pretrained``.
    """
    import torch
    from transformers import GenerationConfig, MarianConfig, MarianMTModel

    out = Path(directory)
    out.mkdir(parents=True, exist_ok=True)
    source_model = _train_spm(source_lines, spm_vocab_size)
    target_model = _train_spm(target_lines, spm_vocab_size)
    if target_pieces:
        target_model = _pad_spm(target_model, target_pieces)
    (out / "source.spm").write_bytes(source_model)
    (out / "target.spm").write_bytes(target_model)

    vocab: dict[str, int] = {}
    for piece in [*_SPECIALS, *_pieces(source_model), *_pieces(target_model)]:
        if piece not in vocab and piece not in ("<pad>",):
            vocab[piece] = len(vocab)
    arch = dict(architecture or TINY_ARCHITECTURE)
    wanted = arch.get("vocab_size") or len(vocab) + 1
    if wanted < len(vocab) + 1:
        raise ValueError(f"vocab_size {wanted} is smaller than the trained vocabularies ({len(vocab) + 1})")
    while len(vocab) < wanted - 1:
        vocab[f"<filler_{len(vocab)}>"] = len(vocab)
    pad_id = len(vocab)
    vocab["<pad>"] = pad_id
    (out / "vocab.json").write_text(json.dumps(vocab, ensure_ascii=False), encoding="utf-8")
    (out / "tokenizer_config.json").write_text(
        json.dumps(
            {
                "tokenizer_class": "MarianTokenizer",
                "source_lang": "fr",
                "target_lang": "en",
                "model_max_length": 512,
                "separate_vocabs": False,
            }
        ),
        encoding="utf-8",
    )
    arch["vocab_size"] = pad_id + 1
    config = MarianConfig(
        **arch,
        decoder_vocab_size=pad_id + 1,
        pad_token_id=pad_id,
        eos_token_id=0,
        bos_token_id=0,
        forced_eos_token_id=0,
        decoder_start_token_id=pad_id,
    )
    torch.manual_seed(seed)
    model = MarianMTModel(config)
    model.eval()
    model.generation_config = GenerationConfig(
        bad_words_ids=[[pad_id]],
        bos_token_id=0,
        decoder_start_token_id=pad_id,
        eos_token_id=0,
        forced_eos_token_id=0,
        pad_token_id=pad_id,
        max_length=512,
        num_beams=4,
    )
    model.save_pretrained(out)
    logger.debug("built a random MarianMT model in %s (vocabulary %d)", out, pad_id + 1)
    return out
