from __future__ import annotations

from pathlib import Path

import pytest

from summarizer import EmptyInputError, InputTooLargeError, UnsupportedInputError, read_document
from summarizer.ingest import clean_for_model, html_to_text
from summarizer.language import detect_language

FRENCH = "Le conseil régional a voté une hausse de 12 % du budget des lycées, à 1,2 milliard d'euros."


@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("utf8.txt", FRENCH.encode("utf-8")),
        ("bom.txt", b"\xef\xbb\xbf" + FRENCH.encode("utf-8")),
        ("latin1.txt", FRENCH.encode("latin-1")),
        ("cp1252.txt", (FRENCH + " \u2019\u0153").encode("cp1252")),
        ("utf16.txt", FRENCH.encode("utf-16")),
    ],
    ids=["utf-8", "utf-8-bom", "latin-1", "cp1252", "utf-16"],
)
def test_text_files_are_decoded(tmp_path: Path, name: str, data: bytes) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    assert read_document(path).startswith(FRENCH)


@pytest.mark.parametrize(
    ("name", "data", "error", "pattern"),
    [
        ("image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", UnsupportedInputError, "binary"),
        ("archive.zip", b"PK\x03\x04", UnsupportedInputError, "Unsupported file type '.zip'"),
        ("empty.txt", b"  \n ", EmptyInputError, "no text"),
        ("big.txt", b"a" * 2048, InputTooLargeError, "over the 0.0 MB limit"),
    ],
    ids=["binary", "unknown-type", "empty", "too-big"],
)
def test_bad_files_are_refused(tmp_path: Path, name: str, data: bytes, error: type[Exception], pattern: str) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(error, match=pattern):
        read_document(path, max_bytes=1024)


def test_html_keeps_text_and_drops_scripts(tmp_path: Path) -> None:
    page = (
        "<!doctype html><html><head><style>p{}</style><script>var x = '<p>caché</p>';</script></head>"
        "<body><h1>Le titre</h1><p>Premier &amp; <b>seul</b> paragraphe.</p><p>Suite.</p></body></html>"
    )
    path = tmp_path / "page.html"
    path.write_text(page, encoding="utf-8")
    assert read_document(path) == "Le titre\n\nPremier & seul paragraphe.\n\nSuite."
    assert "caché" not in html_to_text(page)


def test_docx_is_read(tmp_path: Path) -> None:
    docx = pytest.importorskip("docx")
    document = docx.Document()
    document.add_paragraph("Titre du rapport")
    document.add_paragraph(FRENCH)
    document.save(tmp_path / "a.docx")
    assert read_document(tmp_path / "a.docx") == "Titre du rapport\n\n" + FRENCH


def test_clean_for_model() -> None:
    assert clean_for_model("Le\u200b prix\x00 de\u00a040\u202f000 €\t\n ici") == "Le prix de 40 000 € ici"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (FRENCH, "fr"),
        ("The regional council voted to increase the budget of the schools by 12 percent.", "en"),
        ("El consejo regional votó un aumento del presupuesto de las escuelas para el año.", "es"),
        ("40 589 — 12 % — 2022", "unknown"),
    ],
    ids=["french", "english", "spanish", "numbers-only"],
)
def test_language_detection(text: str, language: str) -> None:
    assert detect_language(text).language == language
