from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from summarizer.cli import main

ARTICLE = (
    "Immigration : 40 000 tentatives déjouées\n\n"
    "Le ministère a recensé 40 589 tentatives d'immigration illégale en 2022, soit +47 % sur un an. "
    "Le coût des opérations atteint 1,2 milliard d'euros."
)


@pytest.fixture()
def article_file(tmp_path: Path) -> Path:
    path = tmp_path / "article.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    status = main(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


def test_translate_json(capsys, article_file: Path, tiny_model_dir: Path) -> None:
    status, out, _ = run(capsys, "translate", str(article_file), "--model", str(tiny_model_dir), "--beams", "1", "--json")
    data = json.loads(out)
    assert status == 0
    assert set(data) >= {"text", "segments", "model", "seconds"}
    assert [s["source"] for s in data["segments"]][0] == "Immigration : 40 000 tentatives déjouées"
    assert all(s["translation"] for s in data["segments"])
    assert all(ARTICLE[s["start"] : s["end"]] == s["source"] for s in data["segments"])


def test_figures_json(capsys, article_file: Path) -> None:
    status, out, _ = run(capsys, "figures", str(article_file), "--json")
    figures = json.loads(out)["figures"]
    assert status == 0
    assert {"value", "text", "kind", "label", "approximate", "start", "end", "key"} <= set(figures[0])
    assert [f["value"] for f in figures if f["key"]] == [40000, 40589, 47, 1200000000]


@pytest.mark.parametrize(
    ("translation", "status"),
    [
        ("Immigration: 40,000 attempts foiled\n\nThe ministry recorded 40,589 illegal immigration attempts in 2022, "
         "up 47% on a year. The cost of operations reaches €1.2 billion.", 0),
        ("Immigration: 40,000 attempts foiled\n\nThe ministry recorded 40,58 illegal immigration attempts in 2022, "
         "up 47% on a year. The cost of operations reaches €1.2 billion.", 1),
    ],
    ids=["faithful", "digit-lost"],
)
def test_check_exit_status(capsys, tmp_path: Path, article_file: Path, translation: str, status: int) -> None:
    english = tmp_path / "en.txt"
    english.write_text(translation, encoding="utf-8")
    code, out, _ = run(capsys, "check", str(article_file), str(english), "--json")
    report = json.loads(out)
    assert code == status
    assert {"matched", "missing", "unexpected"} <= set(report)
    if status:
        assert report["missing"][0]["value"] == 40589


def test_summarize_json(capsys, article_file: Path, tiny_model_dir: Path) -> None:
    status, out, _ = run(capsys, "summarize", str(article_file), "--model", str(tiny_model_dir), "--backend", "transformers",
                         "--beams", "1", "--json")  # fmt: skip
    data = json.loads(out)
    assert status == 0
    assert set(data) >= {"translation", "key_figures", "summary", "flagged"}
    keys = data["key_figures"]
    assert {"value", "kind", "text_fr", "text_en", "label_fr", "label_en", "verified", "segment"} <= set(keys[0])
    assert [k["value"] for k in keys].count(40589) == 1 and 40000 not in [k["value"] for k in keys]


@pytest.mark.parametrize(
    ("argv", "stdin", "message"),
    [
        (["translate", "/no/such/file.txt"], b"", "No such file"),
        (["translate", "-"], b"   \n", "empty"),
        (["translate", "-", "--model", "/no/such/model"], "Le conseil a voté.".encode(), "does not exist"),
        (["translate", "-", "--model", "Helsinki-NLP/opus-mt-zz-yy"], "Le conseil a voté.".encode(), "run once with internet"),
        (["translate", "-"], b"\x00\x01\x02binary", "binary"),
        (["translate", "-"], b"The council said that it will vote on the budget.", "--force"),
        (["translate", "-", "--max-chars", "10"], "Le conseil a voté.".encode(), "limit of 10"),
        (["translate", "-", "--backend", "nope"], "Le conseil a voté.".encode(), "valid names"),
        (["figures", "-", "--lang", "fr"], b"", "empty"),
    ],
    ids=["missing-file", "empty", "missing-model-dir", "hub-offline", "binary", "english", "too-long", "bad-backend", "figures-empty"],
)
def test_errors_are_one_line_without_traceback(argv: list[str], stdin: bytes, message: str) -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "summarizer", *argv], input=stdin, capture_output=True, timeout=300,
        env={**__import__("os").environ, "HF_HUB_OFFLINE": "1"},
    )  # fmt: skip
    err = proc.stderr.decode()
    assert proc.returncode == 2
    assert "Traceback" not in err
    assert len(err.strip().splitlines()) == 1 and message in err, err


@pytest.mark.parametrize(("flags", "restrict"), [([], True), (["--whole-vocabulary"], False)], ids=["default", "whole"])
def test_vocabulary_flag(flags: list[str], restrict: bool) -> None:
    from summarizer.cli import _translation_options, build_parser

    args = build_parser({}).parse_args(["translate", "-", *flags])
    assert _translation_options(args)["restrict_vocabulary"] is restrict


def test_stdout_carries_only_the_translation(capsys, tmp_path: Path, article_file: Path, tiny_model_dir: Path) -> None:
    # the tiny random model loses the figures: the flags go to stderr, and `check` on the saved output sees the loss
    status, out, err = run(capsys, "translate", str(article_file), "--model", str(tiny_model_dir), "--backend", "transformers",
                           "--beams", "1")  # fmt: skip
    assert status == 0
    assert "flagged" in err and "40 589" in err  # the reader is told, on stderr
    assert "Flagged" not in out and "40 589" not in out and "summarizer:" not in out
    saved = tmp_path / "out.txt"
    saved.write_text(out, encoding="utf-8")
    code, report, _ = run(capsys, "check", str(article_file), str(saved), "--json")
    assert code == 1 and 40589 in [f["value"] for f in json.loads(report)["missing"]]
