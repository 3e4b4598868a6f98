"""The benchmark runs end to end on a small size (not a timed test: no assertion on time)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_benchmark_runs_small() -> None:
    out = subprocess.run([sys.executable, "-m", "evaluation.bench", "--small", "--json"], cwd=ROOT, capture_output=True,
                         text=True, timeout=600, check=True)  # fmt: skip
    report = json.loads(out.stdout)
    for data in (report, report["beam4"]):
        for key in ("naive_tokens_per_s", "speedup_vs_naive", "ratio_vs_ctranslate2", "memory_ratio_vs_transformers",
                    "first_sentence_seconds", "ratio_vs_ctranslate2_same_model"):  # fmt: skip
            assert data[key] > 0, key
        assert data["default_backend"] == "ctranslate2"
