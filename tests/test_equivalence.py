"""Every back end writes what the model writes, on a small trained model whose decoder start row is not zero."""

from __future__ import annotations

from pathlib import Path

import pytest

from evaluation import equivalence, vocabulary
from summarizer.translators import CTranslate2Translator, DecodeOptions, TransformersTranslator


@pytest.fixture(scope="module")
def fine_tuned(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A MarianMT trained for a few hundred steps, its <pad> (decoder start) row then pushed further from zero."""
    folder = tmp_path_factory.mktemp("fine-tuned")
    model = vocabulary.train(folder / "model", vocabulary.sentence_pairs(2000, seed=1), steps=250)
    equivalence.perturb_start_row(model)
    return model


SENTENCES = [f for f, _ in vocabulary.sentence_pairs(24, seed=2)]


@pytest.mark.parametrize("beams", [1, 4], ids=["greedy", "beam4"])
@pytest.mark.parametrize("restrict", [True, False], ids=["english-only-decoder", "whole-vocabulary"])
def test_back_ends_write_what_generate_writes(fine_tuned: Path, tmp_path: Path, beams: int, restrict: bool) -> None:
    expected = equivalence.reference(fine_tuned, SENTENCES, beams)
    decode = DecodeOptions(beams=beams)
    engines = {
        "transformers": TransformersTranslator(str(fine_tuned), restrict_vocabulary=restrict),
        "ctranslate2": CTranslate2Translator(str(fine_tuned), compute_type="float32", cache_dir=str(tmp_path),
                                             restrict_vocabulary=restrict),
    }  # fmt: skip
    for name, engine in engines.items():
        got = [engine.translate_batch([s], decode)[0] for s in SENTENCES]
        assert got == expected, name


def test_the_standard_conversion_does_not(fine_tuned: Path, tmp_path: Path) -> None:
    # the case the conversion fixes is really there: starting from a zero vector changes this model's output
    expected = equivalence.reference(fine_tuned, SENTENCES, 1)
    standard = equivalence._standard_conversion(fine_tuned, SENTENCES, 1, tmp_path)
    assert sum(a != b for a, b in zip(standard, expected)) >= 3


def test_a_conversion_that_cannot_be_exact_falls_back_or_refuses(fine_tuned: Path, tmp_path: Path, monkeypatch, caplog) -> None:
    from summarizer import ModelLoadError, models
    from summarizer.translators import _build

    def unknown_layout(spec, model) -> bool:
        raise models.ConversionMismatch("the decoder's start row could not be kept (simulated converter layout)")

    monkeypatch.setattr(models, "_start_from_model_token", unknown_layout)
    with pytest.raises(ModelLoadError, match="backend='transformers'"):
        CTranslate2Translator(str(fine_tuned), cache_dir=str(tmp_path))
    chosen = _build("auto", str(fine_tuned), {"cache_dir": str(tmp_path)})
    assert chosen.name == "transformers" and "cannot reproduce this model" in (chosen.fallback_reason or "")
    assert "using transformers" in caplog.text
