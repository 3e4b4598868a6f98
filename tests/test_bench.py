"""The benchmark runs end to end on a small size (not a timed test: no assertion on time)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.slow  # a dozen child processes, each loading torch: minutes on 2 cores
def test_benchmark_runs_small() -> None:
    out = subprocess.run([sys.executable, "-m", "evaluation.bench", "--small", "--json"], cwd=ROOT, capture_output=True,
                         text=True, timeout=600, check=True)  # fmt: skip
    report = json.loads(out.stdout)
    for data in (report, report["beam4"]):
        for key in ("naive_tokens_per_s", "speedup_vs_naive", "ratio_vs_ctranslate2", "memory_ratio_vs_transformers",
                    "first_sentence_seconds", "ratio_vs_ctranslate2_same_model"):  # fmt: skip
            assert data[key] > 0, key
        assert data["default_backend"] == "ctranslate2"


def test_each_sentence_of_a_summary_is_parsed_once_per_language() -> None:
    """The run's readers (figure facts, names, negation, ranking, lines) share one parse per sentence and language."""
    from summarizer import parsing

    if not (parsing.available("fr") and parsing.available("en")):
        pytest.skip("the parsers are not installed")
    from evaluation.bench import parse_timing

    timing = parse_timing(8)
    assert timing["sentences_parsed"] == {"fr": 8, "en": 8}
    assert timing["french_parse_seconds"] > 0 and timing["english_parse_seconds"] > 0


def test_real_news_is_parsed_at_most_once_a_sentence_and_only_where_a_reader_reads() -> None:
    from summarizer import parsing

    if not (parsing.available("fr") and parsing.available("en")):
        pytest.skip("the parsers are not installed")
    from evaluation.bench import parse_timing

    timing = parse_timing(12, real=True)
    if "skipped" in timing:
        pytest.skip("no parallel data")
    assert 0 < timing["sentences_parsed"]["fr"] <= timing["sentences"]
    assert 0 < timing["sentences_parsed"]["en"] <= timing["sentences"]
