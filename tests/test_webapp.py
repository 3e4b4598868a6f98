"""Tests of what the page shows, without a browser."""

from __future__ import annotations

import html as html_module
import importlib
import re
from pathlib import Path

import pytest

from summarizer.webapp import AppConfig, example_articles, render_aligned, summarize_request, to_markdown

ARTICLE = "Bilan 2022\n\nLe ministère a recensé 40 589 tentatives d'immigration illégale, soit +47 % sur un an."


def final(text: str, config: AppConfig, **kwargs):
    results = list(summarize_request(text, config, **kwargs))
    assert results[-1].done
    return results


def test_full_result_with_the_tiny_model(tiny_model_dir: Path) -> None:
    results = final(ARTICLE, AppConfig(model=str(tiny_model_dir)), beams=1, backend="transformers")
    last = results[-1]
    counts = re.match(r"^[✔⚠] 2 sentences: (.*) · [\d.]+ s", last.status)
    assert counts, last.status  # "⚠ 2 sentences: 2 need a look ... · 0.4 s": what was checked, repaired, flagged
    assert last.table[0][3] == "40 589" and last.table[0][0] == "40,589"
    assert "<table class=\"aligned\">" in last.aligned_html
    assert [Path(f).name for f in last.files] == ["summary.json", "summary.md"]
    assert set(last.data) >= {"translation", "key_figures", "summary", "flagged"}
    assert any("Translating" in r.status for r in results[:-1])  # progress was shown first


@pytest.mark.parametrize(
    ("text", "config", "message"),
    [
        ("", AppConfig(), "no text to translate"),
        ("The council said it would vote on the budget next week, and that is all.", AppConfig(), "does not look French"),
        ("Le conseil a voté. " * 20, AppConfig(max_chars=100), "380 characters; this server takes up to 100"),
    ],
    ids=["empty", "english", "too-large"],
)
def test_errors_are_messages(text: str, config: AppConfig, message: str) -> None:
    last = final(text, config)[-1]
    assert last.status.startswith("⚠") and message in last.status
    assert not re.search(r"Traceback|Error\b|max_chars|\[Errno|=", last.status)  # a reader's words, not a developer's


def test_missing_model_still_shows_the_french_figures(tmp_path: Path) -> None:
    last = final(ARTICLE, AppConfig(model=str(tmp_path / "no-model")))[-1]
    assert "model is not installed on this server" in last.status and "figures of the French text are listed below" in last.status
    assert "not available" in last.model_line and "not loaded yet" not in last.model_line
    assert [row[3] for row in last.table] == ["40 589", "+47 %"]


def test_user_text_is_escaped_in_html() -> None:
    from summarizer import translate
    from summarizer.testing import IdentityTranslator

    evil = "Le texte <img src=x onerror=alert(1)> contient 3 000 signes & des « guillemets »."
    html = render_aligned(translate(evil, translator=IdentityTranslator()))
    assert "<img" not in html
    import html as html_module

    visible = html_module.unescape(re.sub(r"<[^>]+>", "", html))
    assert "<img src=x onerror=alert(1)> contient" in visible and "& des" in visible


def test_markdown_export_lists_figures_and_flags() -> None:
    from builders import ScriptedTranslator

    from summarizer import summarize_article

    summary = summarize_article(ARTICLE, translator=ScriptedTranslator(lambda s: ["Nothing here."]), repair=False)
    markdown = to_markdown(summary)
    assert "| 40,589 |" in markdown and "# Sentences to check" in markdown


def test_examples_are_french_and_rich_in_figures() -> None:
    from summarizer import detect_language, extract_figures

    examples = example_articles()
    assert len(examples) >= 3
    for text in examples.values():
        assert detect_language(text).language == "fr"
        assert sum(f.key for f in extract_figures(text)) >= 6


# --------------------------------------------------------------------------- issue 22: honest marks, the page at a glance

THREE = (
    "Le ministère a recensé 40 589 tentatives.\n\n"
    "Le budget atteint 1,2 milliard d'euros.\n\n"
    "Le taux a baissé de 12 %."
)
ENGLISH = {  # the 1-best, then the n-best candidates
    "Le ministère a recensé 40 589 tentatives.": ["The ministry recorded 40,589 attempts."],
    "Le budget atteint 1,2 milliard d'euros.": ["The budget reaches €12 billion.", "The budget reaches €1.2 billion."],
    "Le taux a baissé de 12 %.": ["The rate fell by 21% and 3%.", "The rate fell, by 21% and 3%."],  # hopeless
}


def _scripted() -> object:
    from builders import ScriptedTranslator

    return ScriptedTranslator(lambda s: ENGLISH.get(s, [""]))


def test_status_counts_checked_repaired_and_flagged_sentences() -> None:
    from summarizer import summarize_article
    from summarizer.webapp import sentence_counts, status_line

    summary = summarize_article(THREE, translator=_scripted())
    sentences = summary.translation.segments
    assert sentence_counts(sentences) == {"total": 3, "checked": 1, "repaired": 1, "look": 1, "unchecked": 0, "stopped": 0}
    line = status_line(sentences, 1.25)
    assert line == "⚠ 3 sentences: 1 checked, 1 repaired, 1 needs a look (see the sentence-by-sentence view) · 1.2 s"
    faithful = summarize_article(THREE.split("\n\n")[0], translator=_scripted()).translation.segments
    assert status_line(faithful) == "✔ 1 sentence: 1 checked"


def test_the_page_status_is_the_count(monkeypatch) -> None:
    run_module = importlib.import_module("summarizer.run")  # `summarizer.run` is also the function

    monkeypatch.setattr(run_module, "translator_for", lambda model, options, translator=None: _scripted())
    last = final(THREE, AppConfig())[-1]
    assert last.status.startswith("⚠ 3 sentences: 1 checked, 1 repaired, 1 needs a look"), last.status
    assert "Translated" not in last.status


def test_stop_shows_what_was_translated_and_marks_the_rest(monkeypatch) -> None:
    """The reader presses Stop during the first batch: its sentences stay, the others are marked."""
    import threading

    from builders import ScriptedTranslator, article, numbered_sentences

    run_module = importlib.import_module("summarizer.run")  # `summarizer.run` is also the function

    cancel = threading.Event()

    class Tripping(ScriptedTranslator):
        def generate(self, sentences, options, num_hypotheses=1):
            cancel.set()  # Stop pressed while this batch is translated
            return super().generate(sentences, options, num_hypotheses)

    monkeypatch.setattr(run_module, "translator_for", lambda model, options, translator=None: Tripping(lambda s: [s.upper()]))
    text = article(numbered_sentences(12))
    last = final(text, AppConfig(), cancel=cancel)[-1]
    assert last.status.startswith("⚠ Stopped. 12 sentences: 4 translated, not checked (stopped), 8 not translated (stopped)")
    assert "…" not in last.translation  # no placeholder left
    assert "[not translated (stopped)]" in last.translation and "LE RAPPORT NUMÉRO 0" in last.translation
    assert "not translated (stopped)" in last.aligned_html and "LE RAPPORT NUMÉRO 0" in last.aligned_html
    assert len(last.status.splitlines()) == 1


def test_a_summary_line_always_says_what_its_figure_counts() -> None:
    from builders import ScriptedTranslator

    from summarizer import summarize_article
    from summarizer.webapp import FRENCH_LABEL, key_figure_table, summary_lines

    # the English gives the bare figure and the label cannot be translated: the French label is shown, marked
    french = "Le ministère a recensé 40 589 tentatives d'immigration illégale."
    bare = ScriptedTranslator(lambda s: ["There were 40,589."] if s == french else [""])
    summary = summarize_article(french, translator=bare)
    (line,) = summary_lines(summary)
    assert "40,589" in line and "tentatives" in line and FRENCH_LABEL in line
    assert "tentatives" in key_figure_table(summary)[0][1] and FRENCH_LABEL in key_figure_table(summary)[0][1]
    # an English label is used as it is, unmarked
    told = ScriptedTranslator(lambda s: ["The ministry recorded 40,589 illegal immigration attempts."])
    (line,) = summary_lines(summarize_article("Le ministère a recensé 40 589 tentatives d'immigration illégale.", translator=told))
    assert "attempts" in line and FRENCH_LABEL not in line


def test_key_figure_table_keeps_every_column_and_escapes() -> None:
    from summarizer.webapp import TABLE_HEADERS, render_key_figures

    html_text = render_key_figures([["40,589", "<b>tentatives</b> (French label)", "headline", "40 589", "✔ found"]])
    assert html_text.count("<th>") == len(TABLE_HEADERS) and 'class="kf-status">✔ found<' in html_text
    assert "<b>" not in html_text and "&lt;b&gt;" in html_text and 'class="fallback"' in html_text
    assert render_key_figures([]) == ""


def test_an_impossible_device_is_refused_in_one_line(monkeypatch) -> None:
    import summarizer.translators as translators
    import summarizer.webapp as webapp

    monkeypatch.setattr(translators, "cuda_device_count", lambda backend="auto": 0)
    assert webapp.device_choices() == ["cpu"]
    config = AppConfig(model="/some/model")
    webapp._remember("/some/model", webapp._loaded_line("/some/model", "ctranslate2", None))  # a run on cpu loaded it
    results = final(ARTICLE, config, device="cuda")
    assert len(results) == 1  # refused before anything loads
    last = results[-1]
    assert last.status == "⚠ This server cannot translate on &#x27;cuda&#x27; (it has no GPU): choose cpu in Settings."
    assert "CTranslate2" not in last.model_line and "not loaded" in last.model_line


def test_a_missing_package_is_told_not_something_went_wrong(monkeypatch) -> None:
    run_module = importlib.import_module("summarizer.run")  # `summarizer.run` is also the function
    from summarizer.errors import MissingDependencyError

    def missing(model, options, translator=None):
        raise MissingDependencyError("The CTranslate2 back end needs the 'ctranslate2' package: pip install 'summarizer[fast]'")

    monkeypatch.setattr(run_module, "translator_for", missing)
    last = final(ARTICLE, AppConfig())[-1]
    assert "Something went wrong" not in last.status
    assert "lacks a package" in last.status and "pip install" in last.status


def test_hub_unreachable_is_told_apart_from_a_missing_directory(tmp_path: Path) -> None:
    hub = final(ARTICLE, AppConfig(model="Helsinki-NLP/opus-mt-zz-yy"))[-1]  # tests run offline: the hub is unreachable
    assert "cannot be downloaded (no connection to the model hub): pass --model DIR" in hub.model_line
    assert "cannot be downloaded (no connection to the model hub)" in hub.status and hub.table
    local = final(ARTICLE, AppConfig(model=str(tmp_path / "nowhere")))[-1]
    assert "not installed on this server" in local.model_line and "model hub" not in local.model_line


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [("photo.png", b"\x89PNG\r\n\x1a\n" + b"\x00" * 64, "Unsupported file type '.png'"),
     ("archive.zip", b"PK\x03\x04" + b"\x00" * 64, "Unsupported file type '.zip'")],
    ids=["image", "zip"],
)
def test_an_unsupported_upload_is_one_line(tmp_path: Path, name: str, data: bytes, message: str) -> None:
    from summarizer.webapp import load_upload

    path = tmp_path / name
    path.write_bytes(data)
    content, line = load_upload(str(path), AppConfig())
    line = html_module.unescape(line)  # the line is shown as Markdown: escaped
    assert content is None and line.startswith("⚠ ") and message in line and ".pdf" in line
    assert len(line.splitlines()) == 1


def test_every_error_class_has_its_code_exit_status_and_reader_message() -> None:
    from summarizer import errors

    classes = [getattr(errors, name) for name in errors.__all__ if isinstance(getattr(errors, name), type)]
    assert errors.MissingDependencyError in classes and errors.DeviceUnavailableError in classes
    for cls in classes:
        error = cls("a detail")
        assert error.code and error.code != "internal" or cls is errors.SummarizerError, cls
        assert error.exit_status in (2, 130)
        message = errors.reader_message(error)
        assert message and len(message.splitlines()) == 1 and "Something went wrong" not in message, cls
    assert errors.exit_status(errors.RunCancelled("stop")) == 130
    assert errors.error_code(ValueError("beams")) == "bad_option" and errors.exit_status(ValueError("beams")) == 2


def test_a_shorter_time_to_live_is_not_held_up_by_a_longer_one(tmp_path: Path) -> None:
    import time

    from summarizer import summarize_article
    from summarizer.webapp import _Exports

    summary = summarize_article(THREE, translator=_scripted())
    exports = _Exports()
    kept = Path(exports.write(summary, 600)[0]).parent  # an earlier reader's download, kept ten minutes
    short = Path(exports.write(summary, 0.3)[0]).parent
    deadline = time.monotonic() + 20
    while short.exists() and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not short.exists() and kept.exists()
    exports._folders[kept] = 0.0
    exports.sweep()
    assert not kept.exists()


def test_the_model_line_says_at_once_when_the_model_cannot_be_had(tmp_path: Path, tiny_model_dir: Path) -> None:
    from summarizer.webapp import model_status, probe_model

    hub = AppConfig(model="Helsinki-NLP/opus-mt-yy-zz")  # not cached, and tests run offline
    assert "not loaded yet" in model_status(hub)
    line = probe_model(hub)
    assert "cannot be downloaded (no connection to the model hub): pass --model DIR" in line and model_status(hub) == line
    assert "not installed on this server" in probe_model(AppConfig(model=str(tmp_path / "gone")))
    there = probe_model(AppConfig(model=str(tiny_model_dir)))  # there: it loads with the first run
    assert "not available" not in there and "cannot be downloaded" not in there
