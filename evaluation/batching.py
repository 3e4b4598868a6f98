"""How much the articles of a batch share the model's batches (a scheduling effect, so measured here, not tested).

Run ``python -m evaluation.batching [--articles 12] [--workers 4] [--budget 64] [--repeats 5] [--json]``. A
recording translator (it copies the French) serves ``summarize_many`` on generated articles; for each repeat it
reports the model calls, the largest call, the mean sentences per call, and the share of calls that mixed the
sentences of several articles, against the same articles summarised one after the other. The test suite only
checks that each article's result is what it gets alone (``tests/test_batch.py``).
"""

from __future__ import annotations

import argparse
import json
import statistics
import threading
from collections.abc import Sequence
from typing import Any

from summarizer.batch import summarize_many
from summarizer.run import summarize_article
from summarizer.translators import DecodeOptions, Translator


class Recorder(Translator):
    """Copies the French, recording every call."""

    name = "recorder"
    model_name = "recorder"

    def __init__(self) -> None:
        self.calls: list[list[str]] = []
        self._lock = threading.Lock()

    def generate(self, sentences: Sequence[str], options: DecodeOptions, num_hypotheses: int = 1) -> list[list[str]]:
        with self._lock:
            self.calls.append(list(sentences))
        return [[s] * num_hypotheses for s in sentences]


def article(i: int) -> str:
    """A small French article whose sentences are its own (numbered)."""
    return (f"Bilan numéro {i} de la commune\n\nLe conseil a voté un budget de {i + 1},5 millions d'euros pour {i + 2} écoles. "
            f"Au total, {100 + i} agents ont été recrutés cette année. La séance numéro {i} a été levée à midi.")  # fmt: skip


def measure(articles: int, workers: int, budget: int) -> dict[str, Any]:
    """One batch and one loop over the same articles."""
    texts = {f"a{i}": article(i) for i in range(articles)}
    owner: dict[str, str] = {}
    recorder = Recorder()
    results = list(summarize_many(texts.items(), translator=recorder, workers=workers, max_batch_tokens=budget, repair=False))
    for line in results:
        for segment in line["translation"]["segments"]:
            owner.setdefault(segment["source"], line["id"])
    calls = [c for c in recorder.calls if c]
    mixed = sum(len({owner.get(s, s) for s in call}) > 1 for call in calls)
    alone = Recorder()
    for text in texts.values():
        summarize_article(text, translator=alone, max_batch_tokens=budget, repair=False)
    return {
        "calls": len(calls),
        "calls_one_at_a_time": len([c for c in alone.calls if c]),
        "largest_call": max(len(c) for c in calls),
        "mean_sentences_per_call": round(statistics.mean(len(c) for c in calls), 2),
        "share_of_calls_mixing_articles": round(mixed / len(calls), 2),
    }


def main(argv: list[str] | None = None) -> int:
    """Measure and print."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=12)
    parser.add_argument("--workers", type=int, default=4)
    parser.add_argument("--budget", type=int, default=64, help="padded tokens per model call")
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    runs = [measure(args.articles, args.workers, args.budget) for _ in range(args.repeats)]
    report = {"articles": args.articles, "workers": args.workers, "budget": args.budget, "runs": runs,
              "largest_call": {"min": min(r["largest_call"] for r in runs), "max": max(r["largest_call"] for r in runs)},
              "share_mixing": {"min": min(r["share_of_calls_mixing_articles"] for r in runs),
                               "max": max(r["share_of_calls_mixing_articles"] for r in runs)}}  # fmt: skip
    print(json.dumps(report, indent=2 if args.json else None))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
