"""A light MarianMT tokenizer: sentencepiece and ``vocab.json``, without transformers or torch.

It reproduces ``MarianTokenizer``'s encoding (source sentencepiece pieces, then
``</s>``) and decoding (special tokens dropped, pieces joined) so the
CTranslate2 back end runs without importing PyTorch, which saves most of its
memory. ``tests/test_translators.py`` checks it against ``MarianTokenizer``.
"""

from __future__ import annotations

import json
from pathlib import Path

from .errors import ModelLoadError, require

__all__ = ["MarianPieces"]


class MarianPieces:
    """Source and target sentencepiece models of a MarianMT directory.

    Args:
        directory: The model's directory (``source.spm``, ``target.spm``, ``vocab.json``).
    """

    def __init__(self, directory: str | Path) -> None:
        spm = require("sentencepiece", "core", "The MarianMT tokenizer")
        folder = Path(directory)
        try:
            self.source = spm.SentencePieceProcessor(model_file=str(folder / "source.spm"))  # type: ignore[attr-defined]
            self.target = spm.SentencePieceProcessor(model_file=str(folder / "target.spm"))  # type: ignore[attr-defined]
            vocab = json.loads((folder / "vocab.json").read_text(encoding="utf-8"))
            config_file = folder / "tokenizer_config.json"
            config = json.loads(config_file.read_text(encoding="utf-8")) if config_file.is_file() else {}
        except (OSError, RuntimeError, ValueError) as exc:
            raise ModelLoadError(f"The tokenizer files in '{folder}' could not be read ({exc}).") from exc
        self.vocab: dict[str, int] = vocab
        self.separate_vocabs = bool(config.get("separate_vocabs", False))
        self.specials = {"</s>", "<pad>", "<unk>", "<s>"}

    def encode(self, text: str) -> list[str]:
        """Source pieces of ``text``, ending with ``</s>``."""
        vocab = self.vocab
        return [p if p in vocab else "<unk>" for p in self.source.encode(text, out_type=str)] + ["</s>"]

    def decode(self, pieces: list[str]) -> str:
        """Text of target pieces, special tokens dropped."""
        kept = [p for p in pieces if p not in self.specials]
        model = self.target if self.separate_vocabs else self.source
        return str(model.decode_pieces(kept)).replace("\u2581", " ").strip()

    def output_vocabulary(self) -> list[str] | None:
        """The tokens the decoder can usefully produce, or ``None`` when that is all of them.

        OPUS-MT models such as opus-mt-fr-en share one vocabulary between the
        source and the target language (59,514 entries for about 32,000 pieces of
        each language's sentencepiece model), but the decoder was only ever
        trained to produce pieces of the target model. Limiting its output layer
        to those pieces (and the special tokens) removes the French-only rows,
        nearly half of the largest matrix of each decoding step, without changing
        what a trained model writes. ``None`` when the saving would be small
        (separate vocabularies, or a target model covering nearly all entries).
        """
        if self.separate_vocabs:
            return None
        pieces = (self.target.id_to_piece(i) for i in range(self.target.get_piece_size()))
        kept = {p for p in pieces if p in self.vocab}
        kept.update(s for s in self.specials if s in self.vocab)
        if len(kept) > 0.9 * len(self.vocab):
            return None
        return sorted(kept, key=self.vocab.__getitem__)
