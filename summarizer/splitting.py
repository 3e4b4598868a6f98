"""Paragraph and sentence splitting for French news text.

Paragraphs come first: a blank line, or a single line break, ends a
paragraph, except where a line is clearly hard-wrapped (it ends without
punctuation and the next line starts in lower case). A title line without
final punctuation is therefore its own paragraph.

Sentences are found by pysbd's French rules, then corrected for what it gets
wrong on news text (legal abbreviations such as "art." or "n°", a sentence
ending inside closing quotes). Spans are character offsets into the input, and
every non-blank character of the input belongs to exactly one sentence: the
splitter never drops or reorders text.
"""

from __future__ import annotations

import logging
import re
import threading
from dataclasses import dataclass

logger = logging.getLogger(__name__)

__all__ = ["SentenceSpan", "split_paragraphs", "split_sentences", "split_text"]

_TERMINAL = ".!?…:;»\"”)'’"
_LINE_RE = re.compile(r"[^\r\n\u2028\u2029]*(?:\r\n|[\r\n\u2028\u2029]|$)")

# Abbreviations after which a full stop does not end a sentence.
_ABBREVIATIONS = frozenset(
    """
    m mm mme mmes mlle mlles dr drs pr me mgr st ste sts stes
    art al alin chap ch p pp n no vol éd ed fig cf env min max hab
    av bd boul av. apr j.-c jc dép ex réf tél etc. mds md mrd md€ mln
    janv févr fév avr juil sept oct nov déc lt gén col cdt cne sgt
    """.split()
)
_SENTENCE_START = re.compile(r"\s*[«\"“(\[]?\s*[A-ZÀ-ÖØ-Þ0-9]")
_QUOTE_END_SPLIT = re.compile(r"(?<=[.!?…])[\s\u00a0\u202f]*[»”\"][\s\u00a0\u202f]+(?=[A-ZÀ-ÖØ-Þ])")


@dataclass(frozen=True)
class SentenceSpan:
    """One sentence of the input.

    Attributes:
        start: Offset of the first character in the input.
        end: Offset just past the last character.
        paragraph: Index of the paragraph the sentence belongs to.
        text: The sentence, ``input[start:end]``.
    """

    start: int
    end: int
    paragraph: int
    text: str


def _is_blank(line: str) -> bool:
    return not line.strip()


def _ends_open(line: str) -> bool:
    stripped = line.rstrip()
    return bool(stripped) and stripped[-1] not in _TERMINAL


def split_paragraphs(text: str) -> list[tuple[int, int]]:
    """Split text into paragraphs.

    Args:
        text: The input text.

    Returns:
        ``(start, end)`` spans of the paragraphs, stripped of surrounding
        whitespace, in order.
    """
    spans: list[tuple[int, int]] = []
    current: list[tuple[int, int]] = []  # line spans of the paragraph being built
    previous_line = ""
    for match in _LINE_RE.finditer(text):
        if match.start() == match.end():
            break
        line = match.group(0)
        content = line.rstrip("\r\n\u2028\u2029")
        if _is_blank(content):
            if current:
                spans.append((current[0][0], current[-1][1]))
                current = []
            previous_line = ""
            continue
        begin = match.start() + (len(content) - len(content.lstrip()))
        finish = match.start() + len(content.rstrip())
        hard_wrap = current and _ends_open(previous_line) and content.lstrip()[:1].islower()
        if current and not hard_wrap:
            spans.append((current[0][0], current[-1][1]))
            current = []
        current.append((begin, finish))
        previous_line = content
    if current:
        spans.append((current[0][0], current[-1][1]))
    return spans


_local = threading.local()


def _segmenter() -> object:
    """This thread's pysbd segmenter: pysbd keeps the text being split on the instance, so none is shared."""
    segmenter = getattr(_local, "segmenter", None)
    if segmenter is None:
        import pysbd

        segmenter = _local.segmenter = pysbd.Segmenter(language="fr", clean=False)
    return segmenter


_LAST_WORD = re.compile(r"([\w.°'’-]+)\.\s*$")
#: Characters of the text before a boundary that decide whether it is one (the last word and its punctuation).
_TAIL = 200
#: Paragraphs longer than this go to pysbd in windows: its abbreviation rules rescan the whole text for each
#: abbreviation found, so one long paragraph costs the square of its length.
_WINDOW = 2000


def _last_word(text: str) -> str:
    match = _LAST_WORD.search(text[-_TAIL:])
    if not match:
        return ""
    return re.split(r"['’]", match.group(1).lower())[-1]


def _should_merge(previous: str, following: str) -> bool:
    """Whether a boundary found by pysbd is wrong and the pieces belong together."""
    prev = previous.rstrip()
    if not prev:
        return True
    word = _last_word(prev)
    if prev.endswith(".") and word:
        bare = word.rstrip(".")
        if bare in _ABBREVIATIONS or word in _ABBREVIATIONS:
            # "etc." ends a sentence when a capital follows.
            if bare == "etc" and _SENTENCE_START.match(following):
                return False
            return True
        if len(bare) == 1 and bare.isalpha() and prev[-2].isupper():
            return True  # an initial: "J. Dupont" (the word was lower-cased: its letter is read in the text)
    if prev[-1] not in ".!?…»\"”)" and not _SENTENCE_START.match(following):
        return True
    return not following.strip()


def _locate(paragraph: str, pieces: list[str]) -> list[int]:
    """Start offsets in ``paragraph`` of the boundaries between pieces."""
    cuts: list[int] = []
    cursor = 0
    for piece in pieces[1:]:
        head = piece.strip()[:40]
        if not head:
            continue
        found = paragraph.find(head, cursor + 1)
        if found <= cursor:
            continue
        cuts.append(found)
        cursor = found
    return cuts


_CANDIDATE = re.compile(r"(?<=[.!?…])[»”\")]?[\s\u00a0\u202f]+(?=[«\"“(\[]?\s*[A-ZÀ-ÖØ-Þ])")
_SOFT_CUT = re.compile(r"(?<=[^\W\d_,])\s+(?=[a-zà-öø-ÿ])")


def _windows(paragraph: str) -> list[int]:
    """Start offsets of the windows a long paragraph is given to pysbd in (the first is 0).

    Each window ends at the first sure sentence boundary after ``_WINDOW`` characters (a full stop, a
    capital after it, no abbreviation or initial before it); where there is none within two windows, at a
    space before a lower-case word, which the merge step then joins again. So the segmenter's cost stays
    linear in the paragraph and its boundaries are the ones it finds on the whole paragraph.
    """
    starts = [0]
    while len(paragraph) - starts[-1] > 2 * _WINDOW:
        low, high = starts[-1] + _WINDOW, starts[-1] + 2 * _WINDOW
        cut = None
        for match in _CANDIDATE.finditer(paragraph, low, high):
            if not _should_merge(paragraph[max(0, match.start() - _TAIL) : match.start()], paragraph[match.end() : match.end() + 40]):
                cut = match.end()
                break
        if cut is None:
            soft = _SOFT_CUT.search(paragraph, low, high)
            cut = soft.end() if soft else high
        starts.append(cut)
    return starts


def split_sentences(paragraph: str) -> list[tuple[int, int]]:
    """Split one paragraph into sentences.

    Args:
        paragraph: The paragraph's text.

    Returns:
        ``(start, end)`` spans relative to ``paragraph``, stripped of
        surrounding whitespace, covering every non-blank character.
    """
    if not paragraph.strip():
        return []
    segmenter = _segmenter()
    cuts: set[int] = set()
    starts = _windows(paragraph)
    for begin, finish in zip(starts, [*starts[1:], len(paragraph)]):
        window = paragraph[begin:finish]
        pieces = [str(s) for s in segmenter.segment(window)]  # type: ignore[attr-defined]
        cuts.add(begin)
        cuts.update(begin + cut for cut in _locate(window, pieces))
    cuts.update(m.end() for m in _QUOTE_END_SPLIT.finditer(paragraph))
    bounds = [0, *sorted(c for c in cuts if 0 < c < len(paragraph)), len(paragraph)]
    merged: list[list[int]] = []
    for begin, finish in zip(bounds, bounds[1:]):
        # only the end of the sentence so far decides (its last word): a bounded slice keeps this linear
        if merged and _should_merge(_tail(paragraph, *merged[-1]), paragraph[begin:finish]):
            merged[-1][1] = finish
        else:
            merged.append([begin, finish])
    spans = []
    for begin, finish in merged:
        chunk = paragraph[begin:finish]
        left = begin + len(chunk) - len(chunk.lstrip())
        right = finish - (len(chunk) - len(chunk.rstrip()))
        if right > left:
            spans.append((left, right))
    return spans


def _tail(text: str, begin: int, finish: int) -> str:
    """The end of ``text[begin:finish]`` up to its last non-blank characters (all of it when it is blank)."""
    end = finish
    while end > begin and text[end - 1].isspace():
        end -= 1
    if end == begin:
        return ""
    return text[max(begin, end - _TAIL) : finish]


def split_text(text: str) -> list[SentenceSpan]:
    """Split a whole article into sentences, paragraph by paragraph.

    Args:
        text: The article.

    Returns:
        The sentences in order, with offsets into ``text``.
    """
    result: list[SentenceSpan] = []
    for index, (p_start, p_end) in enumerate(split_paragraphs(text)):
        paragraph = text[p_start:p_end]
        for start, end in split_sentences(paragraph):
            result.append(SentenceSpan(p_start + start, p_start + end, index, paragraph[start:end]))
    return result
