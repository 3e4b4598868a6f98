"""Hardening: uploads that expand, documents that grow, readers who leave, batches that are stopped or starved.

Every property here is checked on a result, never on a time: the one ratio (8x the lines in about 8x the
work) is measured inside one run, as the figure reader's is.
"""

from __future__ import annotations

import errno
import io
import json
import logging
import os
import signal
import subprocess
import sys
import threading
import time
import zipfile
from collections import Counter
from pathlib import Path

import pytest
from builders import ScriptedTranslator

from summarizer import InputTooLargeError, read_document
from summarizer import ingest as ingest_module
from summarizer.batch import BatchOutputError, JsonlSink, PooledTranslator, read_inputs, summarize_many
from summarizer.ingest import check_size
from summarizer.options import TranslateOptions
from summarizer.run import BatchTranslated, Failed, run
from summarizer.testing import IdentityTranslator
from summarizer.translators import DecodeOptions, Translator

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
LINE = "Le conseil municipal a voté un budget de {i} millions d'euros pour les écoles de la ville."


def _pasted_message(limit: int) -> str:
    """What pasted text over ``limit`` is told, after its count."""
    with pytest.raises(InputTooLargeError) as caught:
        check_size("x" * (limit + 1), limit)
    return str(caught.value).split(" characters, ", 1)[1]


def _docx(path: Path, body_xml: str) -> Path:
    """A real .docx (python-docx's package) whose text part is ``body_xml``."""
    docx = pytest.importorskip("docx")
    base = path.parent.parent / f"{path.stem}-base.docx"
    docx.Document().save(base)
    with zipfile.ZipFile(base) as source, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            data = source.read(info)
            if info.filename == "word/document.xml":
                data = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="{W}"><w:body>'
                        f"{body_xml}<w:sectPr/></w:body></w:document>").encode()  # fmt: skip
            target.writestr(info, data)
    return path


def _paragraphs(count: int) -> str:
    return "".join(f"<w:p><w:r><w:t>{LINE.format(i=i)}</w:t></w:r></w:p>" for i in range(count))


# --------------------------------------------------------------------------- uploads


def test_an_expanding_docx_is_cut_at_the_limit_with_the_pasted_message(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = _docx(tmp_path / "bomb.docx", _paragraphs(40_000))  # about 3.6 MB of text, a fraction of it compressed
    with zipfile.ZipFile(path) as archive:
        assert archive.getinfo("word/document.xml").file_size > 3_000_000 > 10 * path.stat().st_size
    read = []
    original = ingest_module._paragraph_text
    monkeypatch.setattr(ingest_module, "_paragraph_text", lambda p: read.append(1) or original(p))
    with pytest.raises(InputTooLargeError) as caught:
        read_document(path)
    message = str(caught.value)
    assert message.startswith("The text has more than ") and "\n" not in message
    assert message.split(" characters, ", 1)[1] == _pasted_message(200_000)
    assert len(read) < 40_000 / 10  # it stopped soon after the limit, not at the end


def test_a_docx_whose_text_part_unpacks_far_beyond_the_limit_is_refused_unread(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = _docx(tmp_path / "empty-bomb.docx", "<w:p/>" * 1_500_000)  # 9 MB of markup, no text at all
    monkeypatch.setattr(ingest_module.ElementTree, "iterparse", lambda *a, **k: pytest.fail("the text part was parsed"))
    with pytest.raises(InputTooLargeError, match=r"unpacks to 9 MB .* limit of 10,000 characters"):
        read_document(path, max_chars=10_000)


def test_a_docx_is_read_as_python_docx_reads_it(tmp_path: Path) -> None:
    docx = pytest.importorskip("docx")
    document = docx.Document()
    document.add_paragraph("Titre du rapport")
    paragraph = document.add_paragraph("Le budget\tatteint ")
    paragraph.add_run("12 millions").bold = True
    paragraph.add_run().add_break()
    paragraph.add_run("d'euros.")
    document.add_paragraph("   ")
    document.add_table(rows=1, cols=1).cell(0, 0).text = "Dans un tableau."
    document.add_paragraph("Fin.")
    document.save(tmp_path / "a.docx")
    expected = "\n\n".join(p.text for p in docx.Document(str(tmp_path / "a.docx")).paragraphs if p.text.strip())
    assert read_document(tmp_path / "a.docx") == expected


def _pdf(path: Path, pages: list[str]) -> Path:
    """A small valid PDF, one line of text a page (Helvetica)."""
    objects = ["<< /Type /Catalog /Pages 2 0 R >>", ""]
    kids = []
    for text in pages:
        stream = f"BT /F1 9 Tf 20 800 Td ({text}) Tj ET".encode("latin-1")
        objects.append(f"<< /Length {len(stream)} >>\nstream\n{stream.decode('latin-1')}\nendstream")
        objects.append(f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents {len(objects)} 0 R "
                       "/Resources << /Font << /F1 << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> >> >> >>")  # fmt: skip
        kids.append(f"{len(objects)} 0 R")
    objects[1] = f"<< /Type /Pages /Kids [{' '.join(kids)}] /Count {len(kids)} >>"
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(out.tell())
        out.write(f"{number} 0 obj\n{body}\nendobj\n".encode("latin-1"))
    xref = out.tell()
    out.write(f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode())
    for offset in offsets:
        out.write(f"{offset:010d} 00000 n \n".encode())
    out.write(f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode())
    path.write_bytes(out.getvalue())
    return path


def test_a_pdf_is_read_page_by_page_up_to_the_limit(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    pypdf = pytest.importorskip("pypdf")
    line = "Le conseil a vote un budget de 12 millions d'euros pour les ecoles. " * 20
    path = _pdf(tmp_path / "long.pdf", [line] * 60)
    read = []
    original = pypdf.PageObject.extract_text
    monkeypatch.setattr(pypdf.PageObject, "extract_text", lambda self, *a, **k: read.append(1) or original(self, *a, **k))
    assert read_document(path, max_chars=0).count("12 millions") == 60 * 20
    read.clear()
    with pytest.raises(InputTooLargeError) as caught:
        read_document(path, max_chars=10_000)
    assert str(caught.value).split(" characters, ", 1)[1] == _pasted_message(10_000)
    assert len(read) < 20  # about 8 pages of 1,400 characters, not 60


@pytest.mark.parametrize("suffix", [".txt", ".html", ".md"])
def test_text_and_html_files_stop_at_the_limit(tmp_path: Path, suffix: str) -> None:
    body = " ".join(LINE.format(i=i) for i in range(3000))  # 270,000 characters
    text = f"<html><body><p>{body}</p></body></html>" if suffix == ".html" else body
    (tmp_path / f"a{suffix}").write_text(text, encoding="utf-8")
    with pytest.raises(InputTooLargeError) as caught:
        read_document(tmp_path / f"a{suffix}")
    assert str(caught.value).split(" characters, ", 1)[1] == _pasted_message(200_000)
    assert read_document(tmp_path / f"a{suffix}", max_chars=0).count("millions") == 3000
    short = " ".join(LINE.format(i=i) for i in range(1800))  # under 200,000 but inside the margin: refused exactly
    (tmp_path / "b.txt").write_text(short + " " + short[:60_000], encoding="utf-8")
    with pytest.raises(InputTooLargeError, match=r"^The text has 2\d\d,\d{3} characters"):
        read_document(tmp_path / "b.txt")


def test_the_batch_gives_an_error_line_for_an_expanding_upload_and_goes_on(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    _docx(folder / "bomb.docx", _paragraphs(40_000))
    (folder / "ok.txt").write_text("Le conseil a voté 12 millions d'euros pour les écoles de la commune.", encoding="utf-8")
    lines = [json.dumps({"id": "huge", "text": "x " * 300_000}), json.dumps({"id": "fine", "text": "Le maire a parlé."})]
    stream = io.StringIO("\n".join(lines) + "\n")
    items = [*read_inputs([str(folder)]), *read_inputs(["-"], stdin=stream)]
    codes = {Path(i.id).name: (i.error[0] if i.error else None) for i in items}
    assert codes == {"bomb.docx": "too_long", "ok.txt": None, "-:1": "too_long", "fine": None}
    results = list(summarize_many(items, translator=ScriptedTranslator(lambda s: [s])))
    outcome = sorted(("error" in r, Path(r["id"]).name) for r in results)
    assert outcome == [(False, "fine"), (False, "ok.txt"), (True, "-:1"), (True, "bomb.docx")]


def test_the_cli_refuses_an_expanding_upload_in_one_line(tmp_path: Path) -> None:
    path = _docx(tmp_path / "bomb.docx", _paragraphs(40_000))
    proc = subprocess.run([sys.executable, "-m", "summarizer", "figures", str(path)], capture_output=True, text=True, timeout=120,
                          env={**os.environ, "HF_HUB_OFFLINE": "1"})  # fmt: skip
    assert proc.returncode == 2 and proc.stdout == ""
    assert len(proc.stderr.strip().splitlines()) == 1 and "more than" in proc.stderr and "over the limit of 200,000" in proc.stderr


# --------------------------------------------------------------------------- linear building


def _lines(kind: str, count: int, first: int = 10_000) -> str:
    """``count`` lines, numbered from ``first`` (numbers of one width; new numbers, new sentences for every call)."""
    numbers = range(first, first + count)
    if kind == "lines":  # one sentence a line: a paragraph each
        return "\n".join(LINE.format(i=i) for i in numbers)
    if kind == "wrapped":  # hard-wrapped lines without punctuation: one paragraph, one endless sentence
        # without figures: the figure reader on one sentence holding thousands of them is not linear yet (see the
        # notes); this checks the splitting and the building
        places = ("de la commune", "du département", "de la région", "du quartier", "de la ville", "du canton", "du port")
        return "\n".join(f"le conseil a examiné le dossier {places[i % 7]} avec les élus" for i in numbers)
    return " ".join(LINE.format(i=i) for i in numbers)  # one paragraph of many sentences


def _work_before_the_first_batch(text: str) -> float:
    """CPU seconds from the text to the first batch handed to the model (reading, building, cutting, batching)."""
    began = time.process_time()
    for event in run(text, TranslateOptions(max_chars=0, check_language=False), translator=IdentityTranslator()):
        assert not isinstance(event, Failed), event
        if isinstance(event, BatchTranslated):
            break
    return time.process_time() - began


@pytest.mark.parametrize("kind", ["lines", "wrapped", "paragraph"])
def test_building_the_document_is_linear_in_its_lines(kind: str) -> None:
    _work_before_the_first_batch(_lines(kind, 50))  # warm: the segmenter and the patterns are built once
    # sentences never seen before each time, so no cache makes the small article look cheaper than it is
    small = min(_work_before_the_first_batch(_lines(kind, 250, 20_000 + 1000 * k)) for k in range(3))
    large = min(_work_before_the_first_batch(_lines(kind, 2000, 50_000 + 10_000 * k)) for k in range(2))
    # linear work grows 8x, quadratic 64x: the bound is their geometric middle, so CPU noise on a loaded machine
    # (seen up to 10x for a linear build) does not decide it, and a quadratic build still fails it
    assert large < 22 * small, f"8x the lines cost {large / small:.1f}x the work"


# --------------------------------------------------------------------------- a reader who leaves


class _Gated(Translator):
    """Records every sentence it translates; the second call waits until the test lets it go."""

    name = "gated"
    model_name = "gated"

    def __init__(self) -> None:
        self.seen: list[str] = []
        self.second = threading.Event()
        self.release = threading.Event()
        self.calls = 0

    def generate(self, sentences, options, num_hypotheses=1):  # type: ignore[no-untyped-def]
        self.calls += 1
        if self.calls == 2:
            self.second.set()
            assert self.release.wait(30)
        self.seen.extend(sentences)
        return [[s] * num_hypotheses for s in sentences]


def test_a_pooled_run_that_stops_waiting_takes_its_sentences_out_of_the_batches() -> None:
    inner = _Gated()
    pooled = PooledTranslator(inner, budget=5)  # a sentence a batch, shortest first
    stream = pooled.translate_batches([["un"], ["deux trois"], ["quatre cinq six"], ["sept huit neuf dix"]], DecodeOptions())
    assert next(stream) == ["un"]
    assert inner.second.wait(30)  # the second batch is in the model's hands
    stream.close()  # the run stops waiting (cancelled, or its reader left)
    inner.release.set()
    pooled.close()
    pooled._worker.join(30)  # type: ignore[union-attr]
    assert inner.seen == ["un", "deux trois"]  # the batch in flight finished, nothing after it


def test_a_run_whose_reader_leaves_asks_the_model_for_nothing_more() -> None:
    translator = ScriptedTranslator(lambda s: [s])
    text = "\n".join(LINE.format(i=i) for i in range(400))
    events = run(text, TranslateOptions(max_batch_tokens=64), translator=translator)
    batches = 0
    for event in events:
        if isinstance(event, BatchTranslated):
            batches += 1
            if batches == 3:
                break
    events.close()  # type: ignore[attr-defined]
    assert len(translator.calls) == 2  # the first progress event comes before any batch: two batches, no more


# --------------------------------------------------------------------------- batch faults


def _articles(count: int) -> list[dict[str, str]]:
    return [{"id": f"a{i}", "text": f"Bilan {i}\n\n" + " ".join(LINE.format(i=i + j) for j in range(3))} for i in range(count)]


def test_a_full_disk_leaves_whole_lines_and_the_rerun_resumes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    out = tmp_path / "out.jsonl"
    items = _articles(8)
    translator = ScriptedTranslator(lambda s: [s])
    real_write = os.write
    calls = [0]

    def full_disk(fd: int, data) -> int:  # type: ignore[no-untyped-def]
        if os.readlink(f"/proc/self/fd/{fd}") != str(out):
            return real_write(fd, data)
        calls[0] += 1
        if calls[0] == 4:
            return real_write(fd, bytes(data[: len(data) // 2]))  # half a line goes to disk...
        if calls[0] > 4:
            raise OSError(errno.ENOSPC, "No space left on device")  # ...then the disk is full
        return real_write(fd, data)

    monkeypatch.setattr(os, "write", full_disk)
    with pytest.raises(BatchOutputError, match="no space left on device.*run the same command again") as caught:
        with JsonlSink(out) as sink:
            for line in summarize_many(items, translator=translator, skip=sink.already_done):
                sink.write(line)
    assert "\n" not in str(caught.value)
    monkeypatch.setattr(os, "write", real_write)
    lines = [json.loads(line) for line in out.read_bytes().splitlines(keepends=True) if line.endswith(b"\n")]
    assert out.read_bytes().endswith(b"\n") and len(lines) == 3  # the half line was taken back
    with JsonlSink(out) as sink:
        for line in summarize_many(items, translator=translator, skip=sink.already_done):
            sink.write(line)
    ids = [json.loads(line)["id"] for line in out.read_text(encoding="utf-8").splitlines()]
    assert Counter(ids) == Counter(item["id"] for item in items)


def test_a_failed_rewrite_on_resume_leaves_the_file_as_it_was(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    out = tmp_path / "out.jsonl"
    out.write_bytes(b'{"id": "a", "sha256": "x"}\n{"id": "b", "sha25')  # a line cut by a kill: the file is rewritten
    before = out.read_bytes()

    def full(self: Path, data: bytes) -> int:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(Path, "write_bytes", full)
    with pytest.raises(Exception, match="cannot be written"):
        JsonlSink(out)
    assert out.read_bytes() == before and sorted(p.name for p in tmp_path.iterdir()) == ["out.jsonl"]


def _cli(*argv: str) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "summarizer", *argv], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            env={**os.environ, "HF_HUB_OFFLINE": "1"})  # fmt: skip


@pytest.mark.slow
def test_sigterm_mid_batch_exits_143_with_whole_lines_and_the_rerun_resumes(tmp_path: Path, tiny_model_dir: Path, ct2_cache: Path) -> None:
    feed = tmp_path / "feed.jsonl"
    items = _articles(40)
    feed.write_text("".join(json.dumps(i, ensure_ascii=False) + "\n" for i in items), encoding="utf-8")
    out = tmp_path / "out.jsonl"
    args = ["batch", str(feed), "--out", str(out), "--model", str(tiny_model_dir), "--beams", "1", "--cache-dir", str(ct2_cache)]
    proc = _cli(*args)
    deadline = time.monotonic() + 180
    while time.monotonic() < deadline and proc.poll() is None and not (out.exists() and out.read_bytes().count(b"\n") >= 3):
        time.sleep(0.02)
    proc.send_signal(signal.SIGTERM)
    _, stderr = proc.communicate(timeout=120)
    err = stderr.decode()
    if proc.returncode == 0:
        pytest.skip("the batch finished before the signal")  # pragma: no cover - 40 articles take longer than that
    assert proc.returncode == 143, err
    report = [line for line in err.splitlines() if line.startswith("summarizer:")]
    assert len(report) == 1 and "stopped by SIGTERM" in report[0] and "run the same command again" in report[0], err
    data = out.read_bytes() if out.exists() else b""
    assert data.endswith(b"\n") or not data
    assert all(json.loads(line)["id"] for line in data.splitlines())  # whole lines only
    proc = _cli(*args)
    _, stderr = proc.communicate(timeout=300)
    assert proc.returncode == 0, stderr.decode()
    ids = [json.loads(line)["id"] for line in out.read_text(encoding="utf-8").splitlines()]
    assert Counter(ids) == Counter(item["id"] for item in items)


def test_a_rerun_that_leaves_error_lines_says_so_and_exits_1(
    tmp_path: Path, tiny_model_dir: Path, ct2_cache: Path, capsys: pytest.CaptureFixture[str], caplog: pytest.LogCaptureFixture
) -> None:
    from summarizer.cli import main

    feed = tmp_path / "feed.jsonl"
    feed.write_text(json.dumps({"id": "en", "text": "The council voted on the budget of the schools today."}) + "\n"
                    + json.dumps(_articles(1)[0], ensure_ascii=False) + "\n", encoding="utf-8")  # fmt: skip
    args = ["batch", str(feed), "--out", str(tmp_path / "out.jsonl"), "--model", str(tiny_model_dir), "--beams", "1",
            "--cache-dir", str(ct2_cache)]  # fmt: skip
    for _ in range(2):  # the first run writes the error line, the rerun skips it: both say so
        caplog.clear()
        with caplog.at_level(logging.INFO, logger="summarizer.batch.progress"):
            assert main(args) == 1
        err = capsys.readouterr().err
        assert "1 article in" in err and "--retry-failed" in err, err
        progress = [r for r in caplog.records if r.name == "summarizer.batch.progress"]
        assert progress and progress[0].levelno == logging.INFO and "articles to do" in progress[0].getMessage()
    assert main([*args, "--retry-failed", "--force"]) == 0  # done again, as the hint says: no error line left
    assert "--retry-failed" not in capsys.readouterr().err


@pytest.mark.slow
def test_a_ray_actor_killed_mid_batch_loses_no_article(tmp_path: Path, tiny_model_dir: Path, ct2_cache: Path) -> None:
    pytest.importorskip("ray")
    os.environ.setdefault("RAY_ENABLE_UV_RUN_RUNTIME_ENV", "0")
    from summarizer.batch import BatchItem
    from summarizer.cluster import RayPool

    pool = RayPool(None, model=str(tiny_model_dir), actors=2, threads_per_actor=1, beams=1, cache_dir=str(ct2_cache))
    try:
        pool.wait_ready()
        items = [BatchItem(i["id"], i["text"], i["id"]) for i in _articles(64)]
        ids = []
        for line in pool.summarize(items):
            ids.append(line["id"])
            if len(ids) == 1:
                pool.ray.kill(pool.actors[0], no_restart=True)  # its chunks in flight die with it
        assert Counter(ids) == Counter(item.id for item in items)  # every article exactly once
        assert pool.lost == 1
    finally:
        pool.ray.shutdown()


def test_the_page_gets_the_pasted_message_and_no_text_for_an_expanding_upload(tmp_path: Path) -> None:
    from summarizer.webapp import AppConfig, load_upload, reader_message

    path = _docx(tmp_path / "bomb.docx", _paragraphs(40_000))
    text, message = load_upload(str(path), AppConfig())
    with pytest.raises(InputTooLargeError) as pasted:
        check_size("x" * 300_000, 200_000)
    sizes = " (300,000 characters; this server takes up to 200,000)"  # a reader that stopped does not know the size
    assert sizes in reader_message(pasted.value)
    assert text is None and message == f"⚠ {reader_message(pasted.value)}".replace(sizes, "")


def test_one_endless_paragraph_in_a_docx_stops_as_early(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    runs = "".join(f"<w:r><w:t>{LINE.format(i=i)} </w:t></w:r>" for i in range(40_000))  # 3.6 MB in one paragraph
    path = _docx(tmp_path / "one.docx", f"<w:p>{runs}</w:p>")
    monkeypatch.setattr(ingest_module, "_paragraph_text", lambda p: pytest.fail("the paragraph was read whole"))
    with pytest.raises(InputTooLargeError, match="^The text has more than 220,000 characters"):
        read_document(path)
