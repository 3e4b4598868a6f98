"""Tests of what the page shows, without a browser."""

from __future__ import annotations

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
    assert last.status.startswith("✔ Translated 2 sentences")
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
