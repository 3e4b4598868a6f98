from __future__ import annotations

import json
import re
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
    # key: what the summary lists; the headline's 40 000 is the body's 40 589 rounded (one fact), 2022 a date
    assert [f["value"] for f in figures if f["key"]] == [40589, 47, 1200000000]
    assert {f["value"] for f in figures} >= {40000, 2022}
    assert all(f["role"] and f["rank"] for f in figures if f["key"])


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


# --------------------------------------------------------------------------- issue 22, item 5

_MODULES = "import sys; from summarizer.cli import main; status = main({argv!r}); " \
    "print(sorted(m for m in ('torch', 'transformers', 'spacy', 'ctranslate2') if m in sys.modules), file=sys.stderr)"


@pytest.mark.parametrize("command", [["figures"], ["figures", "--json"], ["check"]], ids=["figures", "figures-json", "check"])
def test_figures_and_check_load_no_model_and_no_parser(article_file: Path, command: list[str]) -> None:
    argv = [*command, str(article_file)] + ([str(article_file)] if command == ["check"] else [])
    proc = subprocess.run([sys.executable, "-c", _MODULES.format(argv=argv)], capture_output=True, text=True, timeout=120)
    assert proc.stderr.strip().splitlines()[-1] == "[]", proc.stderr  # neither PyTorch, transformers, spaCy nor CTranslate2


def test_figures_parse_ranks_with_the_parser(capsys, article_file: Path) -> None:
    from summarizer import parsing

    if not parsing.available("fr"):
        pytest.skip("no French spaCy model here")
    status, out, _ = run(capsys, "figures", str(article_file), "--json", "--parse")
    keys = [f for f in json.loads(out)["figures"] if f["key"]]
    assert status == 0 and 40589 in [f["value"] for f in keys] and 40000 not in [f["value"] for f in keys]


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["translate", "-", "--beams", "0"], "--beams: must be a whole number from 1 to 16, got '0'"),
        (["translate", "-", "--beams", "four"], "--beams: must be a whole number"),
        (["summarize", "-", "--beams", "17"], "--beams: must be a whole number from 1 to 16"),
        (["translate", "-", "--max-chars", "-1"], "--max-chars: must be a whole number of at least 0"),
        (["figures", "-", "--max-file-mb", "0"], "--max-file-mb: must be a positive number"),
        (["check", "a", "b", "--max-file-mb", "nan"], "--max-file-mb: must be a positive number"),
        (["batch", "x", "--out", "o.jsonl", "--workers", "0"], "--workers: must be a whole number from 1 to 1024"),
        (["batch", "x", "--out", "o.jsonl", "--threads-per-actor", "-2"], "--threads-per-actor: must be a whole number"),
        (["translate", "-", "--device", "gpu"], "--device: must be cpu, cuda, cuda:N or auto"),
        (["frobnicate"], "invalid choice"),
        (["figures", "--lang", "de"], "invalid choice"),
        ([], "required"),
    ],
    ids=["beams-0", "beams-word", "beams-17", "max-chars", "max-file-mb", "nan-mb", "workers-0", "threads", "device",
         "command", "lang", "no-command"],
)
def test_bad_usage_is_one_line_and_exit_2(capsys, argv: list[str], message: str) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(argv)
    out, err = capsys.readouterr()
    assert exit_info.value.code == 2 and out == ""
    assert len(err.strip().splitlines()) == 1 and message in err and "usage:" not in err, err


def test_a_bad_environment_limit_is_one_line(capsys, monkeypatch) -> None:
    monkeypatch.setenv("SUMMARIZER_MAX_CHARS", "lots")
    with pytest.raises(SystemExit) as exit_info:
        main(["translate", "-"])
    err = capsys.readouterr().err
    assert exit_info.value.code == 2 and len(err.strip().splitlines()) == 1 and "--max-chars" in err and "'lots'" in err


def test_an_impossible_device_is_one_line(capsys, monkeypatch, article_file: Path, tmp_path: Path) -> None:
    import summarizer.translators as translators

    monkeypatch.setattr(translators, "cuda_device_count", lambda backend="auto": 0)  # a server without a GPU
    status, out, err = run(capsys, "translate", str(article_file), "--model", str(tmp_path / "nowhere"), "--device", "cuda")
    assert status == 2 and out == ""
    assert len(err.strip().splitlines()) == 1 and "Device 'cuda' is not available: this machine has no GPU" in err


def test_a_missing_package_is_one_line_with_its_exit_status(capsys, monkeypatch, article_file: Path) -> None:
    import summarizer.cli as cli
    from summarizer.errors import MissingDependencyError

    def missing(args):
        raise MissingDependencyError("The transformers back end needs the 'torch' package: pip install 'summarizer[core]'")

    monkeypatch.setattr(cli, "handle", missing)
    status, out, err = run(capsys, "translate", str(article_file))
    assert status == MissingDependencyError.exit_status == 2 and out == ""
    assert err.strip() == "summarizer: error: The transformers back end needs the 'torch' package: pip install 'summarizer[core]'"


def test_translate_does_not_load_the_parser(article_file: Path, tiny_model_dir: Path, ct2_cache: Path) -> None:
    argv = ["translate", str(article_file), "--model", str(tiny_model_dir), "--beams", "1", "--cache-dir", str(ct2_cache)]
    proc = subprocess.run([sys.executable, "-c", _MODULES.format(argv=argv)], capture_output=True, text=True, timeout=300,
                          env={**__import__("os").environ, "HF_HUB_OFFLINE": "1"})  # fmt: skip
    assert "spacy" not in proc.stderr.strip().splitlines()[-1], proc.stderr  # labels are not needed to translate


def test_summarize_lines_say_what_each_figure_counts(capsys, article_file: Path, tiny_model_dir: Path) -> None:
    # the tiny random model gives no English label: each line falls back to the French one, marked
    status, out, _ = run(capsys, "summarize", str(article_file), "--model", str(tiny_model_dir), "--backend", "transformers",
                         "--beams", "1")  # fmt: skip
    lines = [line for line in out.split("\n\n")[0].splitlines() if line.startswith("- ")]
    assert status == 0 and len(lines) >= 3
    for line in lines:
        words = line.replace("(not found in the translation: check it)", "").replace("(French label)", "")
        words = re.sub(r"[€$£+\-]?\d[\d,.]*\s*(?:%|billion|million)?", "", words)
        assert re.search(r"[^\W\d_]{3,}", words), f"a bare figure: {line!r}"


def test_check_writes_each_figure_s_value_the_english_way(capsys, tmp_path: Path) -> None:
    french, english = tmp_path / "fr.txt", tmp_path / "en.txt"
    french.write_text("La Norvégienne a remporté le 800 m en 1'59''42, devant 12 000 spectateurs.", encoding="utf-8")
    english.write_text("The Norwegian won the 800m in 1:59.24, in front of 12,000 spectators.", encoding="utf-8")
    code, out, _ = run(capsys, "check", str(french), str(english))
    assert code == 1
    assert "MISSING    1'59''42 (1:59.42)" in out and "UNEXPECTED 1:59.24 (1:59.24)" in out
