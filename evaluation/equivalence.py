"""Does every back end write what the model writes?

Run ``python -m evaluation.equivalence [--json]``. A MarianMT decoder starts from
the embedding of its start token (``<pad>``). CTranslate2's converter drops that
row and starts from a zero vector, which is the same only while the row is zero:
true of the published opus-mt models, false of the models fine-tuned from them
in transformers. This script trains a small shared-vocabulary MarianMT
(:mod:`evaluation.vocabulary`): its ``<pad>`` row is tied to the output layer, so
training in transformers moves it away from zero, as fine-tuning opus-mt does.
It translates held-out sentences as trained, then again after adding noise of one
standard deviation to that row (a harder case), with

* ``MarianMTModel.generate`` itself (the reference),
* the project's transformers back end,
* the project's CTranslate2 back end, float32 (exact) and int8 (the default),
* CTranslate2's standard conversion, as its converter writes it (the bug),

greedy and with 4 beams, with and without the English-only decoder, and counts
the sentences identical to the reference, token for token.
"""

from __future__ import annotations

import json
import tempfile
from pathlib import Path
from typing import Any

from evaluation import vocabulary


def perturb_start_row(model_dir: Path, seed: int = 3, scale: float = 1.0) -> None:
    """Give the decoder's start row (``<pad>``) non-zero values, as fine-tuning in transformers does."""
    import torch
    from transformers import MarianMTModel

    model = MarianMTModel.from_pretrained(model_dir)
    start = model.config.decoder_start_token_id
    generator = torch.Generator().manual_seed(seed)
    with torch.no_grad():
        embeddings = model.get_input_embeddings().weight
        embeddings[start] = torch.randn(embeddings.shape[1], generator=generator) * scale * embeddings.std()
    model.save_pretrained(model_dir)


def reference(model_dir: Path, sentences: list[str], beams: int) -> list[str]:
    """What ``MarianMTModel.generate`` writes, one sentence at a time (its tokens, decoded).

    The length limit is the product's own (``DecodeOptions.output_limit``), so an
    output that runs away stops at the same place on every path.
    """
    import torch
    from transformers import MarianMTModel, MarianTokenizer

    from summarizer.translators import DecodeOptions

    tokenizer = MarianTokenizer.from_pretrained(model_dir)
    model = MarianMTModel.from_pretrained(model_dir).eval()
    out = []
    with torch.inference_mode():
        for sentence in sentences:
            encoded = tokenizer([sentence], return_tensors="pt")
            limit = DecodeOptions().output_limit(encoded["input_ids"].shape[1])
            ids = model.generate(**encoded, num_beams=beams, max_new_tokens=limit)[0]
            out.append(tokenizer.decode(ids, skip_special_tokens=True).strip())
    return out


def _standard_conversion(model_dir: Path, sentences: list[str], beams: int, cache: Path) -> list[str]:
    """CTranslate2's own conversion, untouched: the decoder starts from a zero vector."""
    import ctranslate2
    from ctranslate2.converters import TransformersConverter

    from summarizer.spm import MarianPieces
    from summarizer.translators import DecodeOptions

    target = cache / "standard"
    if not (target / "model.bin").exists():
        TransformersConverter(str(model_dir)).convert(str(target), quantization="float32")
    translator = ctranslate2.Translator(str(target), device="cpu")
    pieces = MarianPieces(model_dir)
    out = []
    for sentence in sentences:
        tokens = pieces.encode(sentence)
        limit = DecodeOptions().output_limit(len(tokens)) - 1
        out.append(pieces.decode(translator.translate_batch([tokens], beam_size=beams, max_decoding_length=limit)[0].hypotheses[0]))
    return out


def compare(model_dir: Path, sentences: list[str], cache: Path) -> dict[str, Any]:
    """Sentences identical to ``generate`` (decoded text), per back end, beam size and vocabulary choice."""
    from summarizer.translators import CTranslate2Translator, DecodeOptions, TransformersTranslator

    report: dict[str, Any] = {"sentences": len(sentences)}
    for beams in (1, 4):
        expected = reference(model_dir, sentences, beams)
        decode = DecodeOptions(beams=beams)
        row: dict[str, int] = {}
        for restrict in (True, False):
            suffix = "" if restrict else "_whole_vocabulary"
            engines = {
                f"transformers{suffix}": TransformersTranslator(str(model_dir), restrict_vocabulary=restrict),
                f"ctranslate2_float32{suffix}": CTranslate2Translator(str(model_dir), compute_type="float32",
                                                                      cache_dir=str(cache), restrict_vocabulary=restrict),
                f"ctranslate2_int8{suffix}": CTranslate2Translator(str(model_dir), cache_dir=str(cache), restrict_vocabulary=restrict),
            }  # fmt: skip
            for name, engine in engines.items():
                got = [engine.translate_batch([s], decode)[0] for s in sentences]  # one at a time, as the reference
                row[name] = sum(a == b for a, b in zip(got, expected))
        standard = _standard_conversion(model_dir, sentences, beams, cache)
        row["ctranslate2_standard_conversion"] = sum(a == b for a, b in zip(standard, expected))
        report[f"beam{beams}"] = row
    return report


def main(argv: list[str] | None = None) -> int:
    """Train, perturb, compare, print."""
    args = vocabulary.training_arguments(__doc__ or "", argv, test=100)
    held_out = [f for f, _ in vocabulary.sentence_pairs(args.test, seed=2)]
    report: dict[str, Any] = {"steps": args.steps}
    with tempfile.TemporaryDirectory(prefix="summarizer-equivalence-") as tmp:
        model = vocabulary.train(Path(tmp) / "model", vocabulary.sentence_pairs(4000, seed=1), args.steps)
        report["trained_start_row"] = compare(model, held_out, Path(tmp) / "cache-trained")
        perturb_start_row(model)
        report["perturbed_start_row"] = compare(model, held_out, Path(tmp) / "cache")
    if args.json:
        print(json.dumps(report, indent=2))
    else:
        for variant in ("trained_start_row", "perturbed_start_row"):
            for key in ("beam1", "beam4"):
                data = report[variant]
                cells = ", ".join(f"{name} {count}/{data['sentences']}" for name, count in data[key].items())
                print(f"{variant} {key}: {cells}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
