"""Reading user documents and cleaning text before it reaches the model.

Files are decoded with care (UTF-8, UTF-16 with a byte-order mark, then
cp1252/Latin-1), binary data is refused with a clear error, an HTML page is
reduced to its article (title, standfirst, body) with trafilatura, a maintained
extractor made for news pages, so navigation, footers, cookie banners, share
buttons and copyright lines never reach the model; .docx/.pdf are read when
their optional libraries are installed, and a file that cannot be read gives
one line saying so.
"""

from __future__ import annotations

import html
import logging
import re
import unicodedata
from html.parser import HTMLParser
from pathlib import Path

from .errors import EmptyInputError, InputTooLargeError, UnsupportedInputError, require

logger = logging.getLogger(__name__)

__all__ = [
    "SUPPORTED_SUFFIXES",
    "DEFAULT_MAX_FILE_BYTES",
    "read_document",
    "decode_bytes",
    "html_to_text",
    "looks_like_html",
    "clean_for_model",
]

SUPPORTED_SUFFIXES = (".txt", ".md", ".text", ".html", ".htm", ".docx", ".pdf")
#: Uploads larger than this are refused before they are read.
DEFAULT_MAX_FILE_BYTES = 10 * 1024 * 1024

_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"), None)
_SPACES = re.compile(r"[\s\u00a0\u202f\u2007\u2009]+")
_HTML_HINT = re.compile(
    r"<\s*(?:!doctype|html|head|body|p|div|br|span|a|script|style|h[1-6]|li|ul|ol|article|section|table|img)\b[^>]*>",
    re.IGNORECASE,
)
_BLOCK_TAGS = frozenset(
    "p div br li ul ol h1 h2 h3 h4 h5 h6 article section header footer blockquote tr table title figcaption".split()
)
_SKIP_TAGS = frozenset("script style noscript template svg head iframe".split())


def decode_bytes(data: bytes, *, name: str = "input") -> str:
    """Decode a text file's bytes.

    Args:
        data: The raw bytes.
        name: The file's name, for messages.

    Returns:
        The text.

    Raises:
        UnsupportedInputError: The data is binary or in no supported encoding.
    """
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise UnsupportedInputError(f"{name}: invalid UTF-16 text ({exc.reason})") from exc
    if b"\x00" in data[:8192]:
        raise UnsupportedInputError(
            f"{name} looks like a binary file (it contains NUL bytes), not text. "
            "Give a .txt, .html, .docx or .pdf file, or paste the article's text."
        )
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    text = data.decode("cp1252", errors="replace")
    controls = sum(1 for c in text if unicodedata.category(c) == "Cc" and c not in "\r\n\t\f")
    if "\ufffd" in text or controls > max(2, len(text) // 200):
        raise UnsupportedInputError(
            f"{name} is neither UTF-8 nor Windows-1252/Latin-1 text and looks binary. Save it as UTF-8 text."
        )
    logger.info("%s is not UTF-8: decoded as Windows-1252/Latin-1", name)
    return text


class _TextExtractor(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skipping = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIP_TAGS:
            self._skipping += 1
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP_TAGS:
            self._skipping = max(0, self._skipping - 1)
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n\n")

    def handle_data(self, data: str) -> None:
        if not self._skipping:
            self.parts.append(re.sub(r"\s+", " ", data))


def looks_like_html(text: str) -> bool:
    """Whether ``text`` is an HTML page or fragment rather than plain text."""
    return len(_HTML_HINT.findall(text[:200_000])) >= 2 or text.lstrip()[:15].lower().startswith(("<!doctype", "<html"))


def _visible_text(markup: str) -> str:
    parser = _TextExtractor()
    parser.feed(markup)
    parser.close()
    raw = html.unescape("".join(parser.parts)) if "&" in "".join(parser.parts) else "".join(parser.parts)
    paragraphs = [" ".join(p.split()) for p in re.split(r"\n\s*\n", raw)]
    return "\n\n".join(p for p in paragraphs if p)


def _article_text(markup: str) -> str | None:
    """The article of a news page (title first), by trafilatura; ``None`` when it finds none."""
    try:
        import trafilatura
    except ImportError:  # a broken install: the plain reader still works
        logger.warning("trafilatura is not importable: reading the whole page's text")
        return None
    try:
        found = trafilatura.bare_extraction(markup, with_metadata=True, include_comments=False, include_tables=True)
    except Exception as exc:  # malformed markup: fall back to the plain reader
        logger.info("trafilatura could not read the page (%s)", exc)
        return None
    body = (getattr(found, "text", None) or "").strip()
    if not body:
        return None
    paragraphs = [" ".join(line.split()) for line in body.splitlines() if line.strip()]
    title = " ".join((getattr(found, "title", None) or "").split())
    if title and paragraphs and title not in paragraphs[0] and paragraphs[0] not in title:
        paragraphs.insert(0, title)
    return "\n\n".join(paragraphs)


def html_to_text(markup: str) -> str:
    """The text of an HTML page: its article (title, standfirst, body), one paragraph per block.

    Navigation, footers, cookie banners, share buttons and other boilerplate are
    left out (trafilatura). A fragment in which trafilatura finds no article is
    read whole (scripts, styles and other invisible elements removed).
    """
    visible = _visible_text(markup)
    article = _article_text(markup)
    if article is None or article.split() == visible.split():
        return visible  # nothing to leave out: the plain reading keeps inline elements (<b>, <a>) in their line
    if len(article) < 0.2 * len(visible) and len(visible) < 2000:
        return visible  # a short fragment is all article: keep every line of it
    return article


def _read_docx(path: Path) -> str:
    docx = require("docx", "app", "Reading .docx files")
    try:
        document = docx.Document(str(path))  # type: ignore[attr-defined]
    except Exception as exc:  # python-docx raises zip, XML and package errors for a damaged file
        logger.info("%s: not a readable .docx (%s: %s)", path.name, type(exc).__name__, exc)
        raise UnsupportedInputError(
            f"{path.name} could not be read as a Word document: it is damaged or not really a .docx file. "
            "Save it again from your word processor, or paste the article's text."
        ) from exc
    return "\n\n".join(p.text for p in document.paragraphs if p.text.strip())


def _read_pdf(path: Path) -> str:
    pypdf = require("pypdf", "app", "Reading .pdf files")
    try:
        reader = pypdf.PdfReader(str(path))  # type: ignore[attr-defined]
        if reader.is_encrypted:
            raise UnsupportedInputError(
                f"{path.name} is a password-protected PDF: open it, copy the article's text and paste it here."
            )
        return "\n\n".join((page.extract_text() or "").strip() for page in reader.pages)
    except UnsupportedInputError:
        raise
    except Exception as exc:  # pypdf raises many types for a damaged file (PdfStreamError, PdfReadError, ...)
        logger.info("%s: not a readable PDF (%s: %s)", path.name, type(exc).__name__, exc)
        raise UnsupportedInputError(
            f"{path.name} could not be read as a PDF: the file is damaged or not really a PDF. "
            "Export it again, or paste the article's text."
        ) from exc


def read_document(path: str | Path, *, max_bytes: int = DEFAULT_MAX_FILE_BYTES) -> str:
    """Read an article from a file, whatever its format.

    Args:
        path: A .txt, .md, .html, .htm, .docx or .pdf file.
        max_bytes: Refuse larger files.

    Returns:
        The article's plain text.

    Raises:
        UnsupportedInputError: Unknown type, binary or undecodable content.
        InputTooLargeError: The file is over ``max_bytes``.
        EmptyInputError: The file holds no text.
        FileNotFoundError: No such file.
    """
    file = Path(path)
    if not file.is_file():
        raise FileNotFoundError(f"No such file: {file}")
    size = file.stat().st_size
    if size > max_bytes:
        raise InputTooLargeError(
            f"{file.name} is {size / 1e6:.1f} MB, over the {max_bytes / 1e6:.1f} MB limit for files. "
            "Split the document, or raise the limit (max_bytes, --max-file-mb)."
        )
    suffix = file.suffix.lower()
    if suffix == ".docx":
        text = _read_docx(file)
    elif suffix == ".pdf":
        text = _read_pdf(file)
    elif suffix in SUPPORTED_SUFFIXES or suffix == "":
        text = decode_bytes(file.read_bytes(), name=file.name)
        if suffix in (".html", ".htm") or looks_like_html(text):
            text = html_to_text(text)
    else:
        raise UnsupportedInputError(
            f"Unsupported file type '{suffix}' ({file.name}); supported: {', '.join(SUPPORTED_SUFFIXES)}"
        )
    if not text.strip():
        hint = " (a scanned PDF holds pictures of text, not text)" if suffix == ".pdf" else ""
        raise EmptyInputError(f"{file.name} contains no text to translate{hint}.")
    return text


def clean_for_model(text: str) -> str:
    """Normalise one sentence for the model: NFC, no invisible or control characters, single spaces."""
    text = unicodedata.normalize("NFC", text).translate(_INVISIBLE)
    text = "".join(c if unicodedata.category(c) != "Cc" else " " for c in text)
    return _SPACES.sub(" ", text).strip()


def check_size(text: str, max_chars: int) -> None:
    """Raise :class:`InputTooLargeError` when ``text`` is over ``max_chars`` characters."""
    if max_chars and len(text) > max_chars:
        raise InputTooLargeError(
            f"The text has {len(text):,} characters, over the limit of {max_chars:,}. "
            "Split the article, or raise the limit (max_chars=..., --max-chars, SUMMARIZER_MAX_CHARS).",
            size=len(text),
            limit=max_chars,
        )
