"""Accuracy of the sentence splitter on the gold set in ``evaluation/data``.

Run with ``python -m evaluation.splitting [--json]``. Reports, for the
project's splitter and for pysbd alone, the share of paragraphs split exactly
right and the precision and recall of sentence boundaries.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable, Sequence
from pathlib import Path

GOLD = Path(__file__).resolve().parent / "data" / "sentences_gold.txt"


def load_gold(path: Path = GOLD) -> list[list[str]]:
    """Read the gold set: a list of paragraphs, each a list of sentences."""
    blocks: list[list[str]] = [[]]
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("#"):
            continue
        if line.strip() == "---":
            blocks.append([])
        elif line.strip():
            blocks[-1].append(line.strip())
    return [b for b in blocks if b]


def _boundaries(sentences: Sequence[str]) -> set[int]:
    cuts, offset = set(), 0
    for sentence in sentences[:-1]:
        offset += len(sentence) + 1
        cuts.add(offset)
    return cuts


def score(split: Callable[[str], list[str]], gold: list[list[str]]) -> dict[str, float]:
    """Score a splitter (paragraph -> sentences) on the gold set."""
    exact = tp = fp = fn = 0
    for sentences in gold:
        paragraph = " ".join(sentences)
        predicted = [s.strip() for s in split(paragraph) if s.strip()]
        exact += predicted == sentences
        want, got = _boundaries(sentences), _boundaries(predicted)
        tp += len(want & got)
        fp += len(got - want)
        fn += len(want - got)
    return {
        "paragraphs": len(gold),
        "exact": exact / len(gold),
        "boundary_precision": tp / (tp + fp) if tp + fp else 1.0,
        "boundary_recall": tp / (tp + fn) if tp + fn else 1.0,
    }


def main(argv: list[str] | None = None) -> int:
    """Print the scores of the project's splitter and of pysbd alone."""
    import pysbd

    from summarizer.splitting import split_sentences

    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    gold = load_gold()
    segmenter = pysbd.Segmenter(language="fr", clean=False)
    results = {
        "summarizer": score(lambda p: [p[a:b] for a, b in split_sentences(p)], gold),
        "pysbd": score(lambda p: [str(s) for s in segmenter.segment(p)], gold),
    }
    if args.json:
        print(json.dumps(results, indent=2))
    else:
        for name, r in results.items():
            print(
                f"{name:10s} exact {r['exact']:.1%}  boundary P {r['boundary_precision']:.1%}"
                f"  R {r['boundary_recall']:.1%}  ({r['paragraphs']:.0f} paragraphs)"
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
