"""Does an English-only decoder change what a trained model writes?

Run ``python -m evaluation.vocabulary [--json]``. The project's fast path gives
the decoder only the target-language tokens of a shared vocabulary (see
``summarizer.spm.MarianPieces.output_vocabulary``). The claim is that a
trained model never picks a source-only piece, so the output is unchanged.
The real opus-mt-fr-en is not reachable from this project's machines, so this
script trains a small MarianMT from scratch on synthetic French-English
sentence pairs (templates and a small lexicon written for this project, fixed
seed, shared vocabulary as in OPUS-MT), then translates held-out sentences both
ways (CTranslate2, greedy and 4 beams) and reports how many outputs are
identical and how often the unrestricted decoder picked a French-only piece.
"""

from __future__ import annotations

import argparse
import json
import random
import tempfile
from pathlib import Path
from typing import Any

_LEXICON = [
    ("le conseil", "the council"), ("la région", "the region"), ("le ministère", "the ministry"),
    ("la commune", "the town"), ("le gouvernement", "the government"), ("la police", "the police"),
    ("l'hôpital", "the hospital"), ("le syndicat", "the union"), ("la préfecture", "the prefecture"),
    ("l'entreprise", "the company"), ("le tribunal", "the court"), ("la mairie", "the town hall"),
]
_VERBS = [
    ("a recensé", "recorded"), ("a annoncé", "announced"), ("a financé", "funded"), ("a supprimé", "cut"),
    ("a créé", "created"), ("a reçu", "received"), ("a fermé", "closed"), ("a ouvert", "opened"),
]
_OBJECTS = [
    ("emplois", "jobs"), ("logements", "homes"), ("plaintes", "complaints"), ("écoles", "schools"),
    ("lits", "beds"), ("postes", "posts"), ("contrats", "contracts"), ("dossiers", "files"),
    ("tentatives d'immigration illégale", "illegal immigration attempts"), ("accidents", "accidents"),
]
_WHEN = [
    ("en 2022", "in 2022"), ("en 2023", "in 2023"), ("cette année", "this year"), ("l'an dernier", "last year"),
    ("mardi", "on Tuesday"), ("en mars", "in March"), ("au premier trimestre", "in the first quarter"),
]  # fmt: skip


def _number(rng: random.Random) -> tuple[str, str]:
    value = rng.choice([rng.randint(2, 99), rng.randint(100, 999), rng.randint(1000, 99999)])
    if value >= 1000:
        return f"{value:,}".replace(",", " "), f"{value:,}"
    return str(value), str(value)


def sentence_pairs(count: int, seed: int) -> list[tuple[str, str]]:
    """French-English pairs from templates: subject, verb, number, object, time."""
    rng = random.Random(seed)
    pairs = []
    for _ in range(count):
        (sf, se), (vf, ve), (of, oe), (wf, we) = (rng.choice(x) for x in (_LEXICON, _VERBS, _OBJECTS, _WHEN))
        nf, ne = _number(rng)
        pairs.append((f"{sf[0].upper()}{sf[1:]} {vf} {nf} {of} {wf}.", f"{se[0].upper()}{se[1:]} {ve} {ne} {oe} {we}."))
    return pairs


def train(folder: Path, pairs: list[tuple[str, str]], steps: int, seed: int = 0) -> Path:
    """Build a small shared-vocabulary MarianMT on these pairs and train it from scratch."""
    import torch
    from transformers import MarianMTModel, MarianTokenizer

    from summarizer.testing import build_random_marian

    architecture = {
        "vocab_size": None, "d_model": 128, "encoder_layers": 2, "decoder_layers": 2, "encoder_attention_heads": 4,
        "decoder_attention_heads": 4, "encoder_ffn_dim": 256, "decoder_ffn_dim": 256, "activation_function": "swish",
        "scale_embedding": True, "share_encoder_decoder_embeddings": True, "tie_word_embeddings": True,
        "max_position_embeddings": 128, "static_position_embeddings": True, "dropout": 0.0,
    }  # fmt: skip
    path = build_random_marian(folder, [f for f, _ in pairs], [e for _, e in pairs], architecture=architecture,
                               spm_vocab_size=300, seed=seed)  # fmt: skip
    tokenizer = MarianTokenizer.from_pretrained(path)
    model = MarianMTModel.from_pretrained(path)
    model.train()
    threads = torch.get_num_threads()
    torch.set_num_threads(1)  # one thread: the same weights on every run (parallel reductions are not ordered)
    try:
        _steps(model, tokenizer, pairs, steps, seed)
    finally:
        torch.set_num_threads(threads)
    model.eval()
    model.save_pretrained(path)
    return path


def _steps(model: Any, tokenizer: Any, pairs: list[tuple[str, str]], steps: int, seed: int) -> None:
    import torch

    optimiser = torch.optim.AdamW(model.parameters(), lr=2e-3)
    rng = random.Random(seed)
    torch.manual_seed(seed)
    for _ in range(steps):
        batch = rng.sample(pairs, 32)
        encoded = tokenizer([f for f, _ in batch], text_target=[e for _, e in batch], return_tensors="pt", padding=True)
        encoded["labels"][encoded["labels"] == tokenizer.pad_token_id] = -100
        loss = model(**encoded).loss
        loss.backward()
        optimiser.step()
        optimiser.zero_grad()


def compare(model: Path, sentences: list[str], cache: Path) -> dict[str, Any]:
    """Translate with and without the English-only decoder; count identical outputs and French-only picks."""
    from summarizer.spm import MarianPieces
    from summarizer.translators import CTranslate2Translator

    english = set(MarianPieces(model).output_vocabulary() or [])
    restricted = CTranslate2Translator(str(model), cache_dir=str(cache))
    whole = CTranslate2Translator(str(model), cache_dir=str(cache), restrict_vocabulary=False)
    report: dict[str, Any] = {}
    for beams in (1, 4):
        decoding = dict(beam_size=beams, max_decoding_length=64, max_input_length=0)
        tokens = [whole.pieces.encode(s) for s in sentences]
        a = [r.hypotheses[0] for r in restricted.translator.translate_batch(tokens, **decoding)]
        b = [r.hypotheses[0] for r in whole.translator.translate_batch(tokens, **decoding)]
        picked = [t for h in b for t in h]
        report[f"beam{beams}"] = {
            "sentences": len(sentences),
            "identical": sum(x == y for x, y in zip(a, b)),
            "sentences_with_french_only_picks": sum(any(t not in english for t in h) for h in b),
            "french_only_tokens_picked": sum(t not in english for t in picked),
            "tokens": len(picked),
        }
    report["example"] = {"fr": sentences[0], "en": whole.pieces.decode(b[0])}
    return report


def training_arguments(description: str, argv: list[str] | None, test: int) -> argparse.Namespace:
    """The command line of an evaluation that trains a small model (``--json``, ``--steps``, ``--test``)."""
    parser = argparse.ArgumentParser(description=description, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    parser.add_argument("--steps", type=int, default=600, help="training steps (batches of 32 pairs)")
    parser.add_argument("--test", type=int, default=test, help="held-out sentences")
    args = parser.parse_args(argv)
    from transformers.utils import logging as hf_logging

    hf_logging.disable_progress_bar()
    hf_logging.set_verbosity_error()
    return args


def main(argv: list[str] | None = None) -> int:
    """Train, compare, print."""
    args = training_arguments(__doc__ or "", argv, test=200)
    pairs = sentence_pairs(4000, seed=1)
    held_out = [f for f, _ in sentence_pairs(args.test, seed=2)]
    with tempfile.TemporaryDirectory(prefix="summarizer-vocabulary-") as tmp:
        model = train(Path(tmp) / "model", pairs, args.steps)
        report = {"training_pairs": len(pairs), "steps": args.steps, **compare(model, held_out, Path(tmp) / "cache")}
    if args.json:
        print(json.dumps(report, indent=2, ensure_ascii=False))
    else:
        for key in ("beam1", "beam4"):
            data = report[key]
            print(f"{key}: {data['identical']}/{data['sentences']} identical, {data['french_only_tokens_picked']} "
                  f"French-only tokens picked of {data['tokens']} without the restriction")  # fmt: skip
        print(f"example: {report['example']['fr']} -> {report['example']['en']}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
