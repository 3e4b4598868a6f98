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


NEWS_PAGE = """<!doctype html><html><head><title>Le Quotidien | Budget : la région vote 1,2 milliard</title></head><body>
<nav><ul><li><a href="/">Accueil</a></li><li><a href="/eco">Économie</a></li><li><a href="/sport">Sport 24</a></li></ul></nav>
<div class="cookie-banner">Nous utilisons 3 types de cookies. <button>Tout accepter</button></div>
<article><h1>Budget : la région vote 1,2 milliard d'euros</h1>
<p class="standfirst">Les élus ont adopté mardi le budget de l'année prochaine, en hausse de 4,5 %.</p>
<p>Le conseil régional a voté un budget de 1,2 milliard d'euros pour l'an prochain. Les lycées recevront 310 millions
d'euros, soit 26 % du total, et les transports 280 millions.</p>
<p>L'opposition a dénoncé une hausse de la dette, qui atteint désormais 845 millions d'euros.</p>
<div class="share">Partager : Facebook · X · LinkedIn · 12 commentaires</div></article>
<aside>Lire aussi : les 10 villes les plus chères</aside>
<footer>© 2024 Le Quotidien. Tous droits réservés. Mentions légales · Contact · 01 23 45 67 89</footer>
</body></html>"""


def test_a_news_page_gives_its_article_only(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_text(NEWS_PAGE, encoding="utf-8")
    text = read_document(path)
    paragraphs = text.split("\n\n")
    assert paragraphs[0] == "Budget : la région vote 1,2 milliard d'euros"  # the title is the headline
    assert paragraphs[1].startswith("Les élus ont adopté mardi")  # the standfirst
    assert "845 millions d'euros" in text
    for boilerplate in ("Accueil", "cookies", "Partager", "commentaires", "© 2024", "droits réservés", "Lire aussi", "01 23"):
        assert boilerplate not in text, boilerplate


def _pdf_bytes(text: str) -> bytes:
    """A one-page PDF holding ``text`` (hand-built: no PDF writer with text is among the dependencies)."""
    stream = f"BT /F1 12 Tf 72 720 Td ({text}) Tj ET".encode("latin-1")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out, offsets = bytearray(b"%PDF-1.4\n"), []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def test_a_pdf_is_read(tmp_path: Path) -> None:
    pytest.importorskip("pypdf")
    path = tmp_path / "a.pdf"
    path.write_bytes(_pdf_bytes("Le budget atteint 3 millions d'euros."))
    assert "3 millions" in read_document(path)


@pytest.mark.parametrize(
    ("name", "make", "pattern"),
    [
        ("broken.pdf", lambda: _pdf_bytes("Le budget.")[:120] + b"\x00garbage" * 20, "could not be read as a PDF"),
        ("not-a.pdf", lambda: b"%PDF-1.4\n" + b"\xff" * 300, "could not be read as a PDF"),
        ("broken.docx", lambda: b"PK\x03\x04" + b"\x00" * 200, "could not be read as a Word document"),
        ("text.docx", lambda: b"Ceci n'est pas un document Word.", "could not be read as a Word document"),
    ],
    ids=["truncated-pdf", "garbage-pdf", "broken-docx", "text-named-docx"],
)
def test_unreadable_uploads_are_one_line_errors(tmp_path: Path, name: str, make, pattern: str) -> None:
    pytest.importorskip("pypdf")
    pytest.importorskip("docx")
    path = tmp_path / name
    path.write_bytes(make())
    with pytest.raises(UnsupportedInputError, match=pattern) as caught:
        read_document(path)
    assert len(str(caught.value).splitlines()) == 1


def test_an_encrypted_pdf_says_so(tmp_path: Path) -> None:
    pypdf = pytest.importorskip("pypdf")
    source = tmp_path / "plain.pdf"
    source.write_bytes(_pdf_bytes("Le budget atteint 3 millions d'euros."))
    writer = pypdf.PdfWriter(clone_from=str(source))
    writer.encrypt("secret")
    locked = tmp_path / "locked.pdf"
    with locked.open("wb") as handle:
        writer.write(handle)
    with pytest.raises(UnsupportedInputError, match="password-protected PDF"):
        read_document(locked)
