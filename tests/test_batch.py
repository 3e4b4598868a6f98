"""Many articles: inputs, one result per article, resume after kill -9, bad input, and the same batch on Ray."""

from __future__ import annotations

import io
import json
import os
import signal
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import pytest
from builders import ScriptedTranslator

from summarizer import summarize_article
from summarizer.batch import JsonlSink, read_inputs, summarize_many


def _text(i: int) -> str:
    return (f"Bilan numéro {i} de la commune\n\nLe conseil a voté un budget de {i + 1},5 millions d'euros pour {i + 2} écoles. "
            f"Au total, {100 + i} agents ont été recrutés cette année. La séance a été levée à midi.")  # fmt: skip


def _folder(tmp_path: Path, count: int) -> Path:
    folder = tmp_path / "articles"
    (folder / "sub").mkdir(parents=True)
    for i in range(count):
        (folder / ("sub" if i % 2 else "") / f"a{i:03d}.txt").write_text(_text(i), encoding="utf-8")
    return folder


def test_inputs_files_folders_jsonl_and_stdin(tmp_path: Path) -> None:
    folder = _folder(tmp_path, 3)
    (folder / "photo.png").write_bytes(b"\x89PNG\r\n")  # not an article: not read
    lines = tmp_path / "feed.jsonl"
    lines.write_text('{"id": "x1", "text": "Le conseil a voté."}\nnot json\n{"id": "x3"}\n\n{"text": "Sans id."}\n', encoding="utf-8")
    items = list(read_inputs([str(folder), str(lines)]))
    assert [i.id for i in items[:3]] == [str(folder / "a000.txt"), str(folder / "a002.txt"), str(folder / "sub" / "a001.txt")]
    assert [(i.id, i.error[0] if i.error else None) for i in items[3:]] == [
        ("x1", None), (f"{lines}:2", "bad_line"), ("x3", "bad_line"), (f"{lines}:5", None)]  # fmt: skip
    stdin = list(read_inputs(["-"], stdin=io.StringIO('{"id": "s", "text": "Le vote."}\n')))
    assert [(i.id, i.text) for i in stdin] == [("s", "Le vote.")]
    plain = list(read_inputs(["-"], stdin=io.StringIO("Le conseil a voté.\nLa séance est levée.")))
    assert plain[0].id == "-" and plain[0].text.endswith("levée.")


def test_each_article_gets_what_it_gets_alone(tmp_path: Path) -> None:
    # the sentences of many articles may share batches (how much depends on scheduling: measured in
    # evaluation/batching.py, not asserted here); each result must be that article's, sentence by sentence
    translator = ScriptedTranslator(lambda s: [s.upper()])
    texts = {f"a{i}": _text(i) for i in range(12)}
    results = {r["id"]: r for r in summarize_many(texts.items(), translator=translator, workers=4, max_batch_tokens=64)}
    assert set(results) == set(texts)
    for ident, text in texts.items():
        alone = summarize_article(text, translator=ScriptedTranslator(lambda s: [s.upper()])).to_dict()
        got = results[ident]
        assert [s["translation"] for s in got["translation"]["segments"]] == [s["translation"] for s in alone["translation"]["segments"]]
        assert got["key_figures"] == alone["key_figures"] and got["summary"] == alone["summary"]
        assert got["timings"]["seconds"] >= 0 and len(got["sha256"]) == 64


def test_failed_articles_are_error_lines_and_the_batch_goes_on() -> None:
    items = [
        {"id": "ok", "text": _text(1)},
        {"id": "english", "text": "The council voted on the budget of the town and the schools on Tuesday."},
        {"id": "empty", "text": "   "},
        {"id": "ok", "text": _text(2)},
        {"id": "no-text"},
        {"id": "long", "text": "Le conseil a voté. " * 100},
    ]
    results = {(r["id"], r.get("error", {}).get("code")) for r in
               summarize_many(items, translator=ScriptedTranslator(lambda s: [s]), max_chars=1000)}  # fmt: skip
    assert results == {("ok", None), ("english", "not_french"), ("empty", "empty"), ("ok#2", "duplicate_id"),
                       ("no-text", "bad_line"), ("long", "too_long")}  # fmt: skip


def test_a_rerun_skips_what_is_written_and_drops_a_cut_line(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    items = [{"id": f"a{i}", "text": _text(i)} for i in range(6)] + [{"id": "bad", "text": "The council voted on it today."}]
    translator = ScriptedTranslator(lambda s: [s])
    with JsonlSink(out) as sink:
        for line in summarize_many(items[:3], translator=translator):
            sink.write(line)
    with out.open("a", encoding="utf-8") as handle:
        handle.write('{"id": "a3", "sha256": "cut by a ki')  # a kill in the middle of a write
    with JsonlSink(out) as sink:
        done = []
        for line in summarize_many(items, translator=translator, skip=sink.already_done):
            sink.write(line)
            done.append(line["id"])
        assert sorted(done) == ["a3", "a4", "a5", "bad"]
    lines = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert Counter(line["id"] for line in lines) == Counter(f"a{i}" for i in range(6)) + Counter(["bad"])
    with JsonlSink(out, retry_failed=True) as sink:  # the error line is taken out and done again
        again = []
        for line in summarize_many(items, translator=translator, skip=sink.already_done, check_language=False):
            sink.write(line)
            again.append(line["id"])
        assert again == ["bad"]
    lines = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert Counter(line["id"] for line in lines) == Counter(f"a{i}" for i in range(6)) + Counter(["bad"])
    assert all("error" not in line for line in lines)


def _cli(*argv: str, env: dict[str, str] | None = None, **kwargs) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "summarizer", *argv], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            env={**os.environ, "HF_HUB_OFFLINE": "1", **(env or {})}, **kwargs)  # fmt: skip


@pytest.mark.slow  # three batch processes, each loading the model and both parsers
def test_kill_9_at_any_moment_then_rerun_gives_every_article_once(tmp_path: Path, tiny_model_dir: Path, ct2_cache: Path) -> None:
    folder = _folder(tmp_path, 40)
    out = tmp_path / "out.jsonl"
    args = ["batch", str(folder), "--out", str(out), "--model", str(tiny_model_dir), "--beams", "1", "--cache-dir", str(ct2_cache)]
    for wanted in (3, 17):  # kill -9 once early, once later
        proc = _cli(*args)
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline and proc.poll() is None:
            if out.exists() and out.read_bytes().count(b"\n") >= wanted:
                break
            time.sleep(0.01)
        proc.send_signal(signal.SIGKILL)
        proc.wait()
    proc = _cli(*args)
    stdout, stderr = proc.communicate(timeout=300)
    assert proc.returncode in (0, 1), stderr.decode()
    assert stdout == b""  # the lines go to the file, the report to stderr
    assert "skipped as already done" in stderr.decode()
    ids = [json.loads(line)["id"] for line in out.read_text(encoding="utf-8").splitlines()]
    assert Counter(ids) == Counter(str(p) for p in folder.rglob("*.txt"))  # every article exactly once


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda tmp: [str(tmp / "empty")], "holds no article"),
        (lambda tmp: [str(tmp / "images")], "holds no article"),
        (lambda tmp: [str(tmp / "missing")], "No such file or folder"),
        (lambda tmp: [str(tmp / "a.txt"), "--out", str(tmp)], "is a folder"),
        (lambda tmp: [str(tmp / "a.txt"), "--out", "/proc/1/out.jsonl"], "cannot be written"),
        pytest.param(lambda tmp: [str(tmp / "a.txt"), "--ray", "ray://127.0.0.1:9"], "Could not reach a Ray cluster",
                     marks=pytest.mark.slow),  # imports Ray and waits for its connection to fail
    ],
    ids=["empty-folder", "folder-of-images", "missing", "output-is-a-folder", "output-not-writable", "ray-unreachable"],
)
def test_bad_batch_input_is_one_line_and_writes_nothing(tmp_path: Path, make, message: str) -> None:
    (tmp_path / "empty").mkdir()
    (tmp_path / "images").mkdir()
    (tmp_path / "images" / "p.png").write_bytes(b"\x89PNG")
    (tmp_path / "a.txt").write_text(_text(1), encoding="utf-8")
    argv = make(tmp_path)
    if "--out" not in argv:
        argv += ["--out", str(tmp_path / "out.jsonl")]
    proc = _cli("batch", *argv, "--model", str(tmp_path / "no-model"))
    _, stderr = proc.communicate(timeout=180)
    err = stderr.decode()
    assert proc.returncode == 2, err
    assert len(err.strip().splitlines()) == 1 and message in err and "Traceback" not in err, err
    assert not (tmp_path / "out.jsonl").exists()


@pytest.mark.parametrize(
    ("option", "message"),
    [
        (["--workers", "0"], "--workers"),
        (["--workers", "-3"], "--workers"),
        (["--workers", "5000"], "--workers"),
        (["--threads-per-actor", "0"], "--threads-per-actor"),
        (["--max-file-mb", "0"], "--max-file-mb"),
        (["--max-chars", "-1"], "--max-chars"),
        (["--beams", "0"], "--beams"),
    ],
    ids=["workers-0", "workers-negative", "workers-too-many", "threads-0", "file-mb-0", "chars-negative", "beams-0"],
)
def test_a_numeric_option_out_of_range_is_one_line(tmp_path: Path, option: list[str], message: str) -> None:
    (tmp_path / "a.txt").write_text(_text(1), encoding="utf-8")
    proc = _cli("batch", str(tmp_path / "a.txt"), "--out", str(tmp_path / "out.jsonl"), *option, "--model", str(tmp_path / "no-model"))
    _, stderr = proc.communicate(timeout=180)
    err = stderr.decode()
    assert proc.returncode == 2, err
    assert len(err.strip().splitlines()) == 1 and message in err and "Traceback" not in err, err
    assert not (tmp_path / "out.jsonl").exists()


def test_duplicate_ids_get_a_suffix_and_a_rerun_skips_them(tmp_path: Path) -> None:
    items = [{"id": "a", "text": _text(1)}, {"id": "a", "text": _text(2)}, {"id": "b", "text": _text(3)}, {"id": "a", "text": _text(4)}]
    translator = ScriptedTranslator(lambda s: [s])
    out = tmp_path / "out.jsonl"
    with JsonlSink(out) as sink:
        for line in summarize_many(items, translator=translator, skip=sink.already_done):
            sink.write(line)
    lines = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    ids = Counter(line["id"] for line in lines)
    assert all(count == 1 for count in ids.values()) and len(ids) == 4  # never two lines with one id
    errors = {line["id"]: line["error"]["code"] for line in lines if "error" in line}
    assert set(errors.values()) == {"duplicate_id"} and len(errors) == 2 and "a" not in errors
    with JsonlSink(out) as sink:  # the same suffixes again: everything is skipped
        assert list(summarize_many(items, translator=translator, skip=sink.already_done)) == []


def test_a_missing_model_stops_before_anything_is_written(tmp_path: Path) -> None:
    folder = _folder(tmp_path, 2)
    proc = _cli("batch", str(folder), "--out", str(tmp_path / "out.jsonl"), "--model", str(tmp_path / "no-model"))
    _, stderr = proc.communicate(timeout=120)
    assert proc.returncode == 2 and "does not exist" in stderr.decode()
    assert not (tmp_path / "out.jsonl").exists()  # nothing written: no file


@pytest.mark.slow  # starts a local Ray
def test_the_same_batch_on_a_local_ray(tmp_path: Path, tiny_model_dir: Path, ct2_cache: Path) -> None:
    pytest.importorskip("ray")
    folder = _folder(tmp_path, 12)
    (folder / "feed.jsonl").write_text('{"id": "bad"}\n{"id": "en", "text": "The council voted on it today."}\n', encoding="utf-8")
    common = ["--model", str(tiny_model_dir), "--beams", "1", "--cache-dir", str(ct2_cache)]
    local, ray = tmp_path / "local.jsonl", tmp_path / "ray.jsonl"
    assert _cli("batch", str(folder), "--out", str(local), *common).wait(timeout=300) == 1  # two error lines
    proc = _cli("batch", str(folder), "--out", str(ray), "--ray", *common, env={"RAY_ENABLE_UV_RUN_RUNTIME_ENV": "0"})
    _, stderr = proc.communicate(timeout=600)
    assert proc.returncode == 1, stderr.decode()[-2000:]

    def lines(path: Path) -> dict[str, dict]:
        return {line["id"]: line for line in map(json.loads, path.read_text(encoding="utf-8").splitlines())}

    a, b = lines(local), lines(ray)
    assert set(a) == set(b) and len(a) == 14
    for ident in a:
        assert a[ident].get("error") == b[ident].get("error")
        assert a[ident]["sha256"] == b[ident]["sha256"]
        if "error" not in a[ident]:
            assert [s["source"] for s in a[ident]["translation"]["segments"]] == [s["source"] for s in b[ident]["translation"]["segments"]]
            assert [k["value"] for k in a[ident]["key_figures"]] == [k["value"] for k in b[ident]["key_figures"]]
    # resume works the same on Ray: nothing left to do
    proc = _cli("batch", str(folder), "--out", str(ray), "--ray", *common, env={"RAY_ENABLE_UV_RUN_RUNTIME_ENV": "0"})
    _, stderr = proc.communicate(timeout=600)
    assert "0 done" in stderr.decode() and "14 skipped" in stderr.decode()
