"""Many articles: a loop of ``summarize_article`` against ``batch`` and ``batch --ray``, and memory against size.

Run ``python -m evaluation.throughput [--json] [--articles 200] [--memory 100 2000]``. It builds
opus-mt-fr-en's architecture with random weights (as :mod:`evaluation.bench`), writes synthetic French articles
(``--sentences`` each, 6 to 40 words a sentence, fixed seeds), forces every sentence's output to ``--length``
tokens (random weights would otherwise stop anywhere), turns the repair pass off (random weights fail every
figure check; the checks still run), and measures, each engine in its own process:

* ``loop``: ``summarize_article`` called on each article in turn (the model loaded once);
* ``batch``: ``summarize_many`` (what ``summarizer batch`` runs);
* ``ray``: the same articles through ``summarize_on_ray`` on a local Ray given this machine's CPUs;
* peak memory (VmHWM) of ``batch`` on ``--memory`` article counts (a JSONL file read lazily, results
  written to a file as they come).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from evaluation.bench import _peak_mb, build_model, synthetic_article

ROOT = Path(__file__).resolve().parent.parent


def write_articles(path: Path, count: int, sentences: int) -> Path:
    """``count`` articles as JSON lines ``{"id", "text"}``."""
    with path.open("w", encoding="utf-8") as handle:
        for i in range(count):
            handle.write(json.dumps({"id": f"a{i}", "text": synthetic_article(sentences, seed=1000 + i)}, ensure_ascii=False) + "\n")
    return path


def run_engine(engine: str, model: str, articles: Path, length: int, cache: str) -> dict[str, Any]:
    """One engine in this process: articles per minute and peak memory."""
    from summarizer.batch import JsonlSink, read_inputs, summarize_many

    options = dict(beams=1, min_new_tokens=length, max_new_tokens=length, repair=False, cache_dir=cache)
    items = read_inputs([str(articles)])
    out = Path(tempfile.mkdtemp(prefix="summarizer-throughput-")) / "out.jsonl"
    if engine == "loop":
        from summarizer import summarize_article
        from summarizer.options import TranslateOptions
        from summarizer.translators import translator_for

        translator_for(model, TranslateOptions.build(cache_dir=cache))  # loaded once, before timing
        began = time.perf_counter()
        done = 0
        with out.open("w", encoding="utf-8") as handle:
            for item in items:
                summary = summarize_article(item.text or "", model=model, **options)
                handle.write(json.dumps({"id": item.id, **summary.to_dict()}, ensure_ascii=False) + "\n")
                done += 1
    elif engine == "batch":
        from summarizer.options import TranslateOptions
        from summarizer.translators import translator_for

        translator_for(model, TranslateOptions.build(cache_dir=cache))
        began = time.perf_counter()
        done = 0
        with JsonlSink(out) as sink:
            for line in summarize_many(items, model=model, **options):
                sink.write(line)
                done += 1
    elif engine == "ray":
        from summarizer.cluster import RayPool

        started = time.perf_counter()
        pool = RayPool(None, model=model, threads_per_actor=os.cpu_count() or 1, **options)
        pool.wait_ready()  # Ray and the actor's model load, reported apart: the batch's model is loaded before timing too
        startup = time.perf_counter() - started
        began = time.perf_counter()
        done = 0
        with JsonlSink(out) as sink:
            for line in pool.summarize(items):
                sink.write(line)
                done += 1
        pool.ray.shutdown()
    else:
        raise ValueError(f"unknown engine {engine}")
    seconds = time.perf_counter() - began
    result = {"articles": done, "seconds": seconds, "articles_per_minute": 60 * done / seconds, "peak_mb": _peak_mb()}
    if engine == "ray":
        result["startup_seconds"] = startup
    return result


def _child(engine: str, model: Path, articles: Path, length: int, cache: Path) -> dict[str, Any]:
    command = [sys.executable, "-m", "evaluation.throughput", "--engine", engine, "--model-dir", str(model),
               "--articles-file", str(articles), "--length", str(length), "--cache", str(cache)]  # fmt: skip
    out = subprocess.run(command, capture_output=True, text=True, check=False, cwd=ROOT)
    if out.returncode:
        raise RuntimeError(f"engine {engine} failed: {out.stderr[-2000:]}")
    return dict(json.loads(out.stdout.strip().splitlines()[-1]))


def main(argv: list[str] | None = None) -> int:
    """Measure and print."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--articles", type=int, default=200)
    parser.add_argument("--sentences", type=int, default=6, help="sentences per article")
    parser.add_argument("--length", type=int, default=16, help="output tokens per sentence (forced)")
    parser.add_argument("--memory", type=int, nargs="*", default=[100, 2000], help="article counts for the memory runs")
    parser.add_argument("--small", action="store_true", help="a tiny model (tests)")
    parser.add_argument("--no-ray", action="store_true")
    parser.add_argument("--engine", help=argparse.SUPPRESS)
    parser.add_argument("--model-dir", help=argparse.SUPPRESS)
    parser.add_argument("--articles-file", help=argparse.SUPPRESS)
    parser.add_argument("--cache", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.engine:
        print(json.dumps(run_engine(args.engine, args.model_dir, Path(args.articles_file), args.length, args.cache)))
        return 0
    with tempfile.TemporaryDirectory(prefix="summarizer-throughput-") as tmp:
        root = Path(tmp)
        model = build_model(root / "model", args.small)
        cache = root / "cache"
        _child("batch", model, write_articles(root / "warm.jsonl", 2, 2), args.length, cache)  # convert once
        articles = write_articles(root / "articles.jsonl", args.articles, args.sentences)
        report: dict[str, Any] = {"articles": args.articles, "sentences_per_article": args.sentences,
                                  "output_tokens_per_sentence": args.length, "cpus": os.cpu_count()}  # fmt: skip
        engines = ["loop", "batch"] + ([] if args.no_ray else ["ray"])
        for engine in engines:
            report[engine] = _child(engine, model, articles, args.length, cache)
        report["batch_vs_loop"] = round(report["batch"]["articles_per_minute"] / report["loop"]["articles_per_minute"], 2)
        if "ray" in report:
            report["ray_vs_batch"] = round(report["ray"]["articles_per_minute"] / report["batch"]["articles_per_minute"], 2)
        memory = {}
        for count in args.memory:
            memory[count] = _child("batch", model, write_articles(root / f"m{count}.jsonl", count, 3), 4, cache)["peak_mb"]
        report["peak_mb_by_articles"] = memory
        if len(memory) >= 2:
            counts = sorted(memory)
            report["memory_ratio_largest_vs_smallest"] = round(memory[counts[-1]] / memory[counts[0]], 3)
    if args.json:
        print(json.dumps(report, indent=2))
    else:
        for engine in engines:
            print(f"{engine:6s} {report[engine]['articles_per_minute']:8.1f} articles/min  peak {report[engine]['peak_mb']:.0f} MB")
        print(f"batch/loop {report['batch_vs_loop']}  ray/batch {report.get('ray_vs_batch')}  memory {report['peak_mb_by_articles']}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
