"""Reading user documents and cleaning text before it reaches the model.

Files are decoded with care (UTF-8, UTF-16 with a byte-order mark, then
cp1252/Latin-1), binary data is refused with a clear error, an HTML page is
reduced to its article (title, standfirst, body) with trafilatura, a maintained
extractor made for news pages, so navigation, footers, cookie banners, share
buttons and copyright lines never reach the model; .docx/.pdf are read when
their optional libraries are installed, and a file that cannot be read gives
one line saying so.

No reader unpacks more than the character limit allows: a text file is read up
to the limit plus a margin, an HTML page's text is gathered chunk by chunk, a
.docx's text part is checked by its uncompressed size and then streamed
paragraph by paragraph, a PDF is read page by page; each stops at the limit plus
a margin (:func:`reading_budget`) and answers with the same one-line "too long"
message as pasted text (:class:`InputTooLargeError`). An upload that expands
(a zip bomb, a PDF of endless pages) never reaches the page or the run.
"""

from __future__ import annotations

import html
import logging
import re
import unicodedata
import zipfile
from html.parser import HTMLParser
from pathlib import Path
from xml.etree import ElementTree

from .errors import EmptyInputError, InputTooLargeError, UnsupportedInputError, require
from .options import DEFAULT_MAX_CHARS

logger = logging.getLogger(__name__)

__all__ = [
    "SUPPORTED_SUFFIXES",
    "DEFAULT_MAX_FILE_BYTES",
    "read_document",
    "decode_bytes",
    "html_to_text",
    "looks_like_html",
    "clean_for_model",
    "check_size",
    "too_long",
    "reading_budget",
]

SUPPORTED_SUFFIXES = (".txt", ".md", ".text", ".html", ".htm", ".docx", ".pdf")
#: Uploads larger than this are refused before they are read.
DEFAULT_MAX_FILE_BYTES = 10 * 1024 * 1024

_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"), None)
_SPACES = re.compile(r"[\s\u00a0\u202f\u2007\u2009]+")
#: Unicode's control characters (category Cc: exactly these two ranges).
_CONTROLS = re.compile("[\x00-\x1f\x7f-\x9f]")
_HTML_HINT = re.compile(
    r"<\s*(?:!doctype|html|head|body|p|div|br|span|a|script|style|h[1-6]|li|ul|ol|article|section|table|img)\b[^>]*>",
    re.IGNORECASE,
)
_BLOCK_TAGS = frozenset(
    "p div br li ul ol h1 h2 h3 h4 h5 h6 article section header footer blockquote tr table title figcaption".split()
)
_SKIP_TAGS = frozenset("script style noscript template svg head iframe".split())
#: Bytes of a .docx's text part (XML) allowed per character of the reading budget: heavy formatting
#: (a run for every word, revision marks) stays far below it, an expanding archive far above.
_XML_BYTES_PER_CHAR = 128
#: The smallest such allowance, whatever the limit.
_MIN_XML_BYTES = 8 * 1024 * 1024
_WORD = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_RELATIONSHIPS = "{http://schemas.openxmlformats.org/package/2006/relationships}"
_OFFICE_DOCUMENT = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument"


class _OverBudget(Exception):
    """Raised inside a reader when the text read so far is over its budget."""


def reading_budget(max_chars: int) -> int:
    """Characters a reader of an upload takes before it stops: the limit plus a margin (0: no limit).

    The margin (a tenth, at least 1,000 characters) leaves room for what cleaning
    takes out after reading (spaces, page furniture); the exact count is checked
    on the text read.
    """
    return max_chars + max(1000, max_chars // 10) if max_chars else 0


def too_long(size: int, limit: int, *, at_least: bool = False) -> InputTooLargeError:
    """The one-line "too long" error of pasted text and uploads alike.

    Args:
        size: The text's length in characters, or how far a reader got before it stopped.
        limit: The limit in characters.
        at_least: The reader stopped: the text has more than ``size`` characters.
    """
    count = f"more than {size:,}" if at_least else f"{size:,}"
    return InputTooLargeError(
        f"The text has {count} characters, over the limit of {limit:,}. "
        "Split the article, or raise the limit (max_chars=..., --max-chars, SUMMARIZER_MAX_CHARS).",
        size=None if at_least else size,  # a reader that stopped does not know the whole size
        limit=limit,
    )


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
    def __init__(self, budget: int = 0) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.size = 0
        self.budget = budget
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
            piece = re.sub(r"\s+", " ", data)
            self.parts.append(piece)
            self.size += len(piece)
            if self.budget and self.size > self.budget:
                raise _OverBudget


def looks_like_html(text: str) -> bool:
    """Whether ``text`` is an HTML page or fragment rather than plain text."""
    return len(_HTML_HINT.findall(text[:200_000])) >= 2 or text.lstrip()[:15].lower().startswith(("<!doctype", "<html"))


def _visible_text(markup: str, budget: int = 0) -> str:
    parser = _TextExtractor(budget)
    for start in range(0, len(markup), 65536):  # fed in chunks: a page over the budget stops early
        parser.feed(markup[start : start + 65536])
    parser.close()
    joined = "".join(parser.parts)
    raw = html.unescape(joined) if "&" in joined else joined
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


def html_to_text(markup: str, *, max_chars: int = 0) -> str:
    """The text of an HTML page: its article (title, standfirst, body), one paragraph per block.

    Navigation, footers, cookie banners, share buttons and other boilerplate are
    left out (trafilatura). A fragment in which trafilatura finds no article is
    read whole (scripts, styles and other invisible elements removed).

    Args:
        markup: The page.
        max_chars: Stop reading when the page's visible text is over twice this
            (boilerplate counts too) and refuse it (0: no limit).

    Raises:
        InputTooLargeError: The page's text is over ``max_chars``.
    """
    budget = 2 * reading_budget(max_chars)
    try:
        visible = _visible_text(markup, budget)
    except _OverBudget:
        raise too_long(budget, max_chars, at_least=True) from None
    article = _article_text(markup)
    if article is None or article.split() == visible.split():
        return visible  # nothing to leave out: the plain reading keeps inline elements (<b>, <a>) in their line
    if len(article) < 0.2 * len(visible) and len(visible) < 2000:
        return visible  # a short fragment is all article: keep every line of it
    return article


def _damaged_docx(path: Path, exc: BaseException) -> UnsupportedInputError:
    logger.info("%s: not a readable .docx (%s: %s)", path.name, type(exc).__name__, exc)
    return UnsupportedInputError(
        f"{path.name} could not be read as a Word document: it is damaged or not really a .docx file. "
        "Save it again from your word processor, or paste the article's text."
    )


def _main_part(archive: zipfile.ZipFile) -> str:
    """The name of a .docx's text part, from its package relationships (``word/document.xml`` as a rule)."""
    try:
        info = archive.getinfo("_rels/.rels")
    except KeyError:
        return "word/document.xml"
    if info.file_size > 1024 * 1024:
        raise UnsupportedInputError("its package relationships are implausibly large")
    root = ElementTree.fromstring(archive.read(info))
    for relation in root.iter(f"{_RELATIONSHIPS}Relationship"):
        if relation.get("Type") == _OFFICE_DOCUMENT and relation.get("Target"):
            return str(relation.get("Target")).lstrip("/")
    return "word/document.xml"


def _run_text(run: ElementTree.Element) -> str:
    """A run's text as python-docx reads it (text, tabs, line breaks, non-breaking hyphens)."""
    pieces = []
    for child in run:
        tag = child.tag
        if tag == f"{_WORD}t":
            pieces.append(child.text or "")
        elif tag in (f"{_WORD}tab", f"{_WORD}ptab"):
            pieces.append("\t")
        elif tag == f"{_WORD}cr" or (tag == f"{_WORD}br" and child.get(f"{_WORD}type") in (None, "textWrapping")):
            pieces.append("\n")
        elif tag == f"{_WORD}noBreakHyphen":
            pieces.append("-")
    return "".join(pieces)


def _paragraph_text(paragraph: ElementTree.Element) -> str:
    """A paragraph's text: its runs and the runs of its hyperlinks, as python-docx reads them."""
    pieces = []
    for child in paragraph:
        if child.tag == f"{_WORD}r":
            pieces.append(_run_text(child))
        elif child.tag == f"{_WORD}hyperlink":
            pieces.extend(_run_text(run) for run in child if run.tag == f"{_WORD}r")
    return "".join(pieces)


def _read_docx(path: Path, max_chars: int) -> str:
    """The body paragraphs of a .docx, streamed from its text part: never more than the reading budget.

    The uncompressed size of the text part is checked before anything is
    unpacked, then its XML is parsed as it is decompressed, one paragraph at a
    time (each dropped once read), so an archive that expands costs neither time
    nor memory.
    """
    budget = reading_budget(max_chars)
    try:
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise _damaged_docx(path, exc) from exc
    with archive:
        try:
            name = _main_part(archive)
            info = archive.getinfo(name)
        except (KeyError, ElementTree.ParseError, UnsupportedInputError) as exc:
            raise _damaged_docx(path, exc) from exc
        allowed = max(_MIN_XML_BYTES, _XML_BYTES_PER_CHAR * budget)
        if budget and info.file_size > allowed:
            raise InputTooLargeError(
                f"{path.name} unpacks to {info.file_size / 1e6:,.0f} MB of text and markup, far more than an article "
                f"within the limit of {max_chars:,} characters holds. Split the document, or raise the limit "
                "(max_chars=..., --max-chars, SUMMARIZER_MAX_CHARS).",
                limit=max_chars,
            )
        paragraphs: list[str] = []
        size = unpacked = 0
        depth = 0
        body: ElementTree.Element | None = None
        try:
            with archive.open(info) as stream:
                for event, element in ElementTree.iterparse(stream, events=("start", "end")):
                    if event == "start":
                        depth += 1
                        if depth == 2 and element.tag == f"{_WORD}body":
                            body = element
                        continue
                    depth -= 1
                    if element.tag == f"{_WORD}t" and element.text:  # text anywhere, counted as it comes:
                        unpacked += len(element.text)  # one endless paragraph stops as early as many short ones
                        if budget and unpacked > budget:
                            raise too_long(budget, max_chars, at_least=True)
                    if depth == 2 and body is not None:  # a child of the body, read whole: keep its text, drop it
                        if element.tag == f"{_WORD}p":
                            text = _paragraph_text(element)
                            if text.strip():
                                paragraphs.append(text)
                                size += len(text) + 2
                                if budget and size > budget:
                                    raise too_long(budget, max_chars, at_least=True)
                        body.clear()
        except InputTooLargeError:
            raise
        except (ElementTree.ParseError, zipfile.BadZipFile, OSError, EOFError, ValueError) as exc:
            raise _damaged_docx(path, exc) from exc
    return "\n\n".join(paragraphs)


def _read_pdf(path: Path, max_chars: int) -> str:
    """The text of a PDF, page by page, stopping at the reading budget."""
    pypdf = require("pypdf", "app", "Reading .pdf files")
    budget = reading_budget(max_chars)
    try:
        reader = pypdf.PdfReader(str(path))  # type: ignore[attr-defined]
        if reader.is_encrypted:
            raise UnsupportedInputError(
                f"{path.name} is a password-protected PDF: open it, copy the article's text and paste it here."
            )
        pages: list[str] = []
        size = 0
        for page in reader.pages:
            pages.append((page.extract_text() or "").strip())
            size += len(pages[-1]) + 2
            if budget and size > budget:
                raise too_long(budget, max_chars, at_least=True)
        return "\n\n".join(pages)
    except (UnsupportedInputError, InputTooLargeError):
        raise
    except Exception as exc:  # pypdf raises many types for a damaged file (PdfStreamError, PdfReadError, ...)
        logger.info("%s: not a readable PDF (%s: %s)", path.name, type(exc).__name__, exc)
        raise UnsupportedInputError(
            f"{path.name} could not be read as a PDF: the file is damaged or not really a PDF. "
            "Export it again, or paste the article's text."
        ) from exc


def read_document(path: str | Path, *, max_bytes: int = DEFAULT_MAX_FILE_BYTES, max_chars: int = DEFAULT_MAX_CHARS) -> str:
    """Read an article from a file, whatever its format.

    Args:
        path: A .txt, .md, .html, .htm, .docx or .pdf file.
        max_bytes: Refuse larger files.
        max_chars: Refuse a text longer than this (0: no limit); the reader stops
            soon after it, however much the file would unpack to.

    Returns:
        The article's plain text (never over ``max_chars``).

    Raises:
        UnsupportedInputError: Unknown type, binary or undecodable content.
        InputTooLargeError: The file is over ``max_bytes``, or its text over ``max_chars``.
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
        text = _read_docx(file, max_chars)
    elif suffix == ".pdf":
        text = _read_pdf(file, max_chars)
    elif suffix in SUPPORTED_SUFFIXES or suffix == "":
        text = _read_text_file(file, suffix, max_chars)
    else:
        raise UnsupportedInputError(
            f"Unsupported file type '{suffix}' ({file.name}); supported: {', '.join(SUPPORTED_SUFFIXES)}"
        )
    if not text.strip():
        hint = " (a scanned PDF holds pictures of text, not text)" if suffix == ".pdf" else ""
        raise EmptyInputError(f"{file.name} contains no text to translate{hint}.")
    check_size(text, max_chars)
    return text


def _read_text_file(file: Path, suffix: str, max_chars: int) -> str:
    """A text or HTML file: plain text is read up to the budget (4 bytes a character at most), a page whole."""
    budget = reading_budget(max_chars)
    with file.open("rb") as handle:
        if suffix in (".html", ".htm") or not budget:
            data, more = handle.read(), False
        else:
            data = handle.read(4 * budget + 4)  # holds more than the budget of characters in any encoding
            rest = handle.read(1)
            more = bool(rest)
            if more and looks_like_html(data[:65536].decode("utf-8", errors="replace")):
                data, more = data + rest + handle.read(), False  # a page: its markup is not its text, read it whole
    if more:
        raise too_long(budget, max_chars, at_least=True)
    text = decode_bytes(data, name=file.name)
    if suffix in (".html", ".htm") or looks_like_html(text):
        text = html_to_text(text, max_chars=max_chars)
    return text


def clean_for_model(text: str) -> str:
    """Normalise one sentence for the model: NFC, no invisible or control characters, single spaces."""
    text = unicodedata.normalize("NFC", text).translate(_INVISIBLE)
    return _SPACES.sub(" ", _CONTROLS.sub(" ", text)).strip()


def check_size(text: str, max_chars: int) -> None:
    """Raise :class:`InputTooLargeError` when ``text`` is over ``max_chars`` characters."""
    if max_chars and len(text) > max_chars:
        raise too_long(len(text), max_chars)
