"""The builders of random-weight models used by the tests and the benchmark."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import corpus

from summarizer.spm import MarianPieces
from summarizer.testing import build_random_marian


@pytest.fixture(scope="module")
def padded_and_plain(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    root = tmp_path_factory.mktemp("builders")
    plain = build_random_marian(root / "plain", corpus("fr"), corpus("en"), spm_vocab_size=300)
    padded = build_random_marian(root / "padded", corpus("fr"), corpus("en"), spm_vocab_size=300, target_pieces=900)
    return padded, plain


def test_padded_target_model_has_the_asked_size_and_tokenizes_the_same(padded_and_plain: tuple[Path, Path]) -> None:
    padded, plain = (MarianPieces(p) for p in padded_and_plain)
    assert padded.target.get_piece_size() == 900
    assert plain.target.get_piece_size() < 900
    placeholders = {padded.target.id_to_piece(i) for i in range(plain.target.get_piece_size(), 900)}
    for line in corpus("en") + corpus("fr"):
        pieces = padded.target.encode(line, out_type=str)
        assert not placeholders & set(pieces)  # never used on text
        assert len(pieces) == len(plain.target.encode(line, out_type=str))  # same segmentation, ties aside ("00 0")
    vocab = json.loads((padded_and_plain[0] / "vocab.json").read_text(encoding="utf-8"))
    assert len(vocab) == len(padded.vocab) and len(set(vocab.values())) == len(vocab)


def test_placeholders_widen_the_output_vocabulary(padded_and_plain: tuple[Path, Path]) -> None:
    padded, plain = (MarianPieces(p).output_vocabulary() for p in padded_and_plain)
    assert padded is not None and plain is not None
    assert len(padded) - len(plain) == 900 - MarianPieces(padded_and_plain[1]).target.get_piece_size()
