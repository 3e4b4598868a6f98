"""Reliability measurements: an upload that expands, building time against length, a reader who leaves, batch memory.

Run ``python -m evaluation.hardening MEASURE [--code DIR] [--json]``; each measurement runs in its own process
(peak memory is that process's VmHWM), importing ``summarizer`` from ``--code`` (this checkout by default; give
the folder of an older checkout, e.g. one made by ``git archive``, to measure "before"):

* ``upload``: a .docx whose text part unpacks to ``--mb`` MB (100 by default; 1 MB compressed) read by
  :func:`summarizer.read_document`: seconds, peak memory, characters returned or the message;
* ``scaling``: CPU seconds from the text to the first batch for articles of ``--sizes`` lines of three kinds
  (a sentence a line; hard-wrapped lines without punctuation; one paragraph of many sentences), and the ratio of
  the largest to the smallest;
* ``cancel``: a ``--sentences`` (2,000) sentence article on the tiny random MarianMT (CTranslate2), the reader
  leaving after the third batch: seconds of CPU work after it left, with the run alone (the page) and through the
  batch's pooled translator (``sentences_after``: sentences the model still translated for nobody), and with the
  ``cancel`` event set while the consumer keeps reading (the Stop button);
* ``memory``: ``summarizer batch`` on ``--articles`` (2,000) small generated articles with the tiny model and the
  French parser installed: peak memory, and whether spaCy was loaded;
* ``windows``: the splitter on whole documents run together as one paragraph (the documents of
  ``--data``/parallel-dev, the worst case for the windows a long paragraph is segmented in): boundary precision and
  recall against the data's own segmentation (one sentence a line), and the documents over 4,000 characters.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import threading
import time
import zipfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
LINE = "Le conseil municipal a voté un budget de {i} millions d'euros pour les écoles de la ville."


def _peak_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return 0.0


def build_docx(path: Path, megabytes: float) -> Path:
    """A .docx (python-docx's package) whose text part is ``megabytes`` MB of one-sentence paragraphs."""
    import docx

    base = path.with_name("base.docx")
    docx.Document().save(base)
    paragraph = "<w:p><w:r><w:t>{}</w:t></w:r></w:p>"
    count = int(megabytes * 1e6 / (len(paragraph) + len(LINE)))
    body = "".join(paragraph.format(LINE.format(i=i % 1000)) for i in range(count))
    head = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="{W}">'
    xml = f"{head}<w:body>{body}<w:sectPr/></w:body></w:document>"
    with zipfile.ZipFile(base) as source, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            target.writestr(info, xml.encode() if info.filename == "word/document.xml" else source.read(info))
    return path


def build_tiny_model(folder: Path, architecture: str = "tiny") -> Path:
    """The tests' tiny random MarianMT (sentencepiece models trained on tests/data); ``opus``: opus-mt-fr-en's layers."""
    from transformers.utils import logging as hf_logging

    from summarizer.testing import OPUS_MT_FR_EN_ARCHITECTURE, TINY_ARCHITECTURE, build_random_marian

    hf_logging.disable_progress_bar()
    hf_logging.set_verbosity_error()
    data = ROOT / "tests" / "data"
    fr = (data / "corpus_fr.txt").read_text(encoding="utf-8").splitlines()
    en = (data / "corpus_en.txt").read_text(encoding="utf-8").splitlines()
    layers = OPUS_MT_FR_EN_ARCHITECTURE if architecture == "opus" else TINY_ARCHITECTURE
    return build_random_marian(folder, fr, en, spm_vocab_size=400, architecture=layers)


# --------------------------------------------------------------------------- children (one measurement each)


def child_upload(path: str) -> dict[str, Any]:
    import summarizer  # noqa: F401  (imports before the baseline)
    from summarizer import read_document

    baseline = _peak_mb()
    began = time.perf_counter()
    try:
        text = read_document(path)
        outcome = {"characters": len(text)}
    except Exception as exc:  # the message is the result
        outcome = {"error": f"{type(exc).__name__}: {str(exc).splitlines()[0]}"}
    return {"seconds": round(time.perf_counter() - began, 2), "peak_mb": round(_peak_mb()), "baseline_mb": round(baseline), **outcome}


def _lines(kind: str, count: int, first: int) -> str:
    numbers = range(first, first + count)
    if kind == "lines":
        return "\n".join(LINE.format(i=i) for i in numbers)
    if kind == "wrapped":
        return "\n".join(f"le conseil a examiné le dossier {i} avec les élus" for i in numbers)
    return " ".join(LINE.format(i=i) for i in numbers)


def child_scaling(kind: str, sizes: list[int]) -> dict[str, Any]:
    from summarizer.options import TranslateOptions
    from summarizer.run import BatchTranslated, Failed, run
    from summarizer.testing import IdentityTranslator

    def work(text: str) -> float:
        began = time.process_time()
        for event in run(text, TranslateOptions(translator=IdentityTranslator(), max_chars=0, check_language=False)):
            if isinstance(event, Failed):
                raise event.error
            if isinstance(event, BatchTranslated):
                break
        return time.process_time() - began

    work(_lines(kind, 50, 1))
    seconds = {n: round(work(_lines(kind, n, 100_000 + 10_000 * k)), 2) for k, n in enumerate(sizes)}
    return {"seconds": seconds, "ratio_largest_vs_smallest": round(seconds[sizes[-1]] / max(1e-9, seconds[sizes[0]]), 1)}


class _Counting:
    """A proxy that counts the sentences its translator translates after ``left`` is set."""

    def __init__(self, inner: Any) -> None:
        self._inner = inner
        self.left = threading.Event()
        self.after = 0

    def __getattr__(self, name: str) -> Any:
        return getattr(self._inner, name)

    def translate_batches(self, batches: Any, options: Any = None) -> Any:
        def counted() -> Any:
            for batch in batches:  # taken by the model when it is handed over
                if self.left.is_set():
                    self.after += len(batch)
                yield batch

        yield from self._inner.translate_batches(counted(), options)


def _busy_after(seconds: float = 60.0) -> float:
    """Seconds until this process stops using the CPU (no 50 ms interval with more than 10 ms of CPU after it)."""
    began = time.perf_counter()
    last_busy = 0.0
    previous = sum(os.times()[:2])
    idle_since = time.perf_counter()
    while time.perf_counter() - began < seconds:
        time.sleep(0.05)
        now = sum(os.times()[:2])
        if now - previous > 0.010:
            last_busy = time.perf_counter() - began
            idle_since = time.perf_counter()
        previous = now
        if time.perf_counter() - idle_since > 2.0:
            break
    return round(last_busy, 2)


def child_cancel(model: str, cache: str, sentences: int, length: int) -> dict[str, Any]:
    from summarizer.batch import PooledTranslator
    from summarizer.options import TranslateOptions
    from summarizer.run import BatchTranslated, Failed, run
    from summarizer.translators import translator_for

    # every sentence's output forced to ``length`` tokens: the random weights would stop anywhere, and a batch
    # must take a while for the work after the reader left to show
    base = dict(beams=1, min_new_tokens=length, max_new_tokens=length, repair=False, cache_dir=cache, check_language=False, max_chars=0)
    inner = translator_for(model, TranslateOptions.build(**base))
    report: dict[str, Any] = {"sentences": sentences, "output_tokens": length, "backend": inner.name,
                              "workers": getattr(inner, "inter_threads", 1)}  # fmt: skip
    first = [0]

    def leave(translator: Any, mode: str) -> dict[str, Any]:
        first[0] += 100_000  # a new article each time: nothing served from the cache of the one before
        article = "\n\n".join(" ".join(LINE.format(i=first[0] + 10 * p + j) for j in range(10)) for p in range(sentences // 10))
        cancel = threading.Event()
        events = run(article, TranslateOptions.build(**base), translator=translator, cancel=cancel)
        batches = 0
        for event in events:
            if isinstance(event, BatchTranslated):
                batches += 1
                if batches == 4:  # the first event comes before any batch: three batches are back
                    break
        counter = translator if isinstance(translator, _Counting) else translator.inner
        counter.left.set()
        began = time.perf_counter()
        if mode == "close":
            events.close()  # type: ignore[attr-defined]
            busy = _busy_after()
        else:
            cancel.set()
            for event in events:  # the consumer keeps reading: the run ends with Failed(RunCancelled)
                if isinstance(event, Failed):
                    break
            ended = round(time.perf_counter() - began, 2)
            busy = round(ended + _busy_after(), 2)
            return {"seconds_until_the_run_ended": ended, "seconds_of_work_after": busy, "sentences_after": counter.after}
        return {"seconds_of_work_after": busy, "sentences_after": counter.after}

    report["run_reader_left"] = leave(_Counting(inner), "close")
    report["run_stop_pressed"] = leave(_Counting(inner), "cancel")
    pooled = PooledTranslator(_Counting(inner))  # type: ignore[arg-type]
    report["pooled_reader_left"] = leave(pooled, "close")
    pooled.close()
    return report


def child_memory(model: str, cache: str, feed: str, out: str) -> dict[str, Any]:
    import logging

    from summarizer import parsing
    from summarizer.cli import main

    logging.disable(logging.CRITICAL)
    began = time.perf_counter()
    status = main(["batch", feed, "--out", out, "--model", model, "--beams", "1", "--cache-dir", cache])
    with open(out, encoding="utf-8") as handle:
        lines = [json.loads(line) for line in handle]
    loaded = parsing.pipeline.cache_info().currsize > 0  # before available(), which would load it
    return {
        "status": status,
        "articles": len(lines),
        "errors": sum("error" in line for line in lines),
        "seconds": round(time.perf_counter() - began, 1),
        "peak_mb": round(_peak_mb()),
        "spacy_loaded": "spacy" in sys.modules,
        "french_parser_loaded": loaded,
        "french_parser_installed": parsing.available("fr"),
    }


def child_windows(data: str) -> dict[str, Any]:
    import csv
    from collections import defaultdict

    from summarizer.splitting import split_sentences

    folder = Path(data) / "parallel-dev"
    french = (folder / "fr.txt").read_text(encoding="utf-8").splitlines()
    documents: dict[str, list[str]] = defaultdict(list)
    with (folder / "meta.tsv").open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle, delimiter="\t"):
            documents[row["docid"]].append(french[int(row["line"]) - 1])
    found = right = wanted = 0
    for sentences in documents.values():
        paragraph = " ".join(sentences)
        reference, offset = set(), 0
        for sentence in sentences[:-1]:
            offset += len(sentence) + 1
            reference.add(offset)
        got = {start for start, _ in split_sentences(paragraph)} - {0}
        found, right, wanted = found + len(got), right + len(got & reference), wanted + len(reference)
    return {"documents": len(documents), "over_4000_characters": sum(len(" ".join(s)) > 4000 for s in documents.values()),
            "precision": round(right / max(1, found), 3), "recall": round(right / max(1, wanted), 3)}  # fmt: skip


def _child(code: Path, name: str, *args: Any) -> dict[str, Any]:
    command = [sys.executable, "-m", "evaluation.hardening", "--child", name, "--code", str(code), "--args", json.dumps(args)]
    done = subprocess.run(command, capture_output=True, text=True, cwd=ROOT, check=False, env={**os.environ, "HF_HUB_OFFLINE": "1"})
    lines = done.stdout.strip().splitlines()
    if not lines or not lines[-1].startswith("{"):
        raise RuntimeError(f"{name} failed: {done.stderr[-3000:]}")
    result = dict(json.loads(lines[-1]))
    if done.returncode:  # measured, then the process died on its way out (work still running in it)
        result["exit_status"] = done.returncode
        result["exit_error"] = (done.stderr.strip().splitlines() or [""])[-1][:200]
    return result


def main(argv: list[str] | None = None) -> int:
    """Measure and print."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("measure", nargs="?", choices=["upload", "scaling", "cancel", "memory", "windows"])
    parser.add_argument("--data", default=str(ROOT.parents[1] / "shared" / "data"), help="windows: the shared data folder")
    parser.add_argument("--code", default=str(ROOT), help="the checkout whose summarizer is measured")
    parser.add_argument("--mb", type=float, default=100.0, help="upload: MB the .docx's text part unpacks to")
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 2000, 4000, 8000], help="scaling: lines")
    parser.add_argument("--kinds", nargs="+", default=["lines", "wrapped", "paragraph"], help="scaling: kinds of lines")
    parser.add_argument("--sentences", type=int, default=2000, help="cancel: sentences of the article")
    parser.add_argument("--length", type=int, default=128, help="cancel: output tokens per sentence (forced)")
    parser.add_argument("--architecture", choices=["tiny", "opus"], default="tiny",
                        help="cancel, memory: the tests' tiny layers, or opus-mt-fr-en's (random weights: real batch times)")
    parser.add_argument("--articles", type=int, default=2000, help="memory: articles of the batch")
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    parser.add_argument("--args", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        sys.path.insert(0, str(Path(args.code).resolve()))
        result = globals()[f"child_{args.child}"](*json.loads(args.args))
        print(json.dumps(result), flush=True)
        return 0
    code = Path(args.code).resolve()
    report: dict[str, Any] = {"measure": args.measure, "code": str(code), "cpus": os.cpu_count()}
    with tempfile.TemporaryDirectory(prefix="summarizer-hardening-") as tmp:
        root = Path(tmp)
        if args.measure == "upload":
            path = build_docx(root / "expanding.docx", args.mb)
            report.update(compressed_mb=round(path.stat().st_size / 1e6, 2), unpacked_mb=args.mb, **_child(code, "upload", str(path)))
        elif args.measure == "scaling":
            report["kinds"] = {kind: _child(code, "scaling", kind, args.sizes) for kind in args.kinds}
        elif args.measure in ("cancel", "memory"):
            model = build_tiny_model(root / "model", args.architecture)
            report["architecture"] = args.architecture
            cache = root / "cache"
            if args.measure == "cancel":
                report.update(_child(code, "cancel", str(model), str(cache), args.sentences, args.length))
            else:
                feed = root / "feed.jsonl"
                with feed.open("w", encoding="utf-8") as handle:
                    for i in range(args.articles):
                        text = f"Bilan {i} de la commune\n\n" + " ".join(LINE.format(i=i + j) for j in range(3))
                        handle.write(json.dumps({"id": f"a{i}", "text": text}, ensure_ascii=False) + "\n")
                report.update(_child(code, "memory", str(model), str(cache), str(feed), str(root / "out.jsonl")))
        elif args.measure == "windows":
            if not (Path(args.data) / "parallel-dev" / "fr.txt").is_file():
                print(json.dumps({"skipped": f"no parallel-dev data under {args.data}"}))
                return 0
            report.update(_child(code, "windows", args.data))
        else:
            parser.error("give a measure: upload, scaling, cancel, memory or windows")
    print(json.dumps(report, indent=2 if args.json else None))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
