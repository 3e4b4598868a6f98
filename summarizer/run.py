"""One run: an article from text to checked translation and summary, as a stream of typed events.

:func:`run` is the single path every entry point takes (:func:`~summarizer.translate`,
:func:`~summarizer.summarize_article`, the CLI and the page)::

    text -> prepare_text (validate, HTML -> text, language)
         -> Document.build (paragraphs, sentences, French figures read once)
         -> parts (long sentences cut) -> token-budget batches -> translator
         -> checks and repair of each part (empty, repetition, length, figures; n-best, substitution)
         -> one frozen SentenceResult per sentence (English, English figures, check, flags)
         -> Translation (document + results) -> key figures, labels translated in one batch,
            verified headline (summary)

It yields :class:`Started`, :class:`BatchTranslated`, :class:`Repaired`,
:class:`SentenceDone`, :class:`SummaryReady`, then :class:`Finished` or
:class:`Failed`. The generator is lazy: a consumer that stops iterating (a
reader who left the page) stops the work after the batch in flight, and a
``cancel`` event set from another thread does the same.
"""

from __future__ import annotations

import contextlib
import dataclasses
import logging
import threading
import time
from collections.abc import Generator, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from . import parsing
from ._version import __version__ as _version
from .checks import check_sentence, names_to_translate, said_before
from .checks.base import get_check
from .checks.figures import check_pair, counted_nouns, recheck_nouns
from .checks.names import may_hold_english_names, reads_english_names
from .checks.repair import first_checks, resolve_figures
from .document import Document, Sentence
from .errors import RunCancelled
from .figures import Figure, extract_figures
from .figures.matching import FidelityReport, compare_figures
from .ingest import clean_for_model
from .models import DEFAULT_MODEL
from .options import ProgressCallback, TranslateOptions
from .parts import Part, cut_parts
from .prepare import prepare_text
from .result import Flag, FlagCode, SentenceResult, Severity, Signature, Translation
from .summary import ArticleSummary, build_summary, labels_to_translate, rank_key_figures
from .translators import DecodeOptions, Translator, pack_by_budget, translator_for

logger = logging.getLogger(__name__)

__all__ = [
    "Event",
    "Started",
    "BatchTranslated",
    "Repaired",
    "SentenceDone",
    "SummaryReady",
    "Finished",
    "Failed",
    "RunCancelled",
    "NOT_TRANSLATED_STOPPED",
    "run",
    "translate",
    "summarize_article",
    "summarize_translation",
]

#: Share of the progress bar given to translating; checking and summarising share the rest.
_TRANSLATE_SHARE = 0.85
#: Hypotheses decoded for a sentence whose figures failed the check.
_NBEST = 8
#: Failed parts decoded together in one n-best call.
_NBEST_CHUNK = 4


@dataclass(frozen=True)
class Event:
    """Base of the events a run yields."""

    @property
    def fraction(self) -> float:
        """How far the run is, from 0 to 1, for a single progress bar."""
        return 0.0


@dataclass(frozen=True)
class Started(Event):
    """The article was read and split; the model is loaded.

    Attributes:
        document: The article's document model (sentences not yet translated).
        model: The model's name.
        backend: The back end that will translate.
        fallback_reason: Why ``auto`` did not pick the fast back end, if it did not.
    """

    document: Document
    model: str
    backend: str
    fallback_reason: str | None = None


@dataclass(frozen=True)
class BatchTranslated(Event):
    """A batch came back from the model.

    Attributes:
        done: Sentences translated so far (all of their parts).
        total: Sentences in the article.
        ready: English of the sentences translated so far, by sentence index (before checks).
    """

    done: int
    total: int
    ready: dict[int, str] = field(default_factory=dict)

    @property
    def fraction(self) -> float:
        """Translation covers the first 85% of the bar."""
        return _TRANSLATE_SHARE * self.done / max(1, self.total)


@dataclass(frozen=True)
class Repaired(Event):
    """A sentence's translation was changed by a repair.

    Attributes:
        sentence: The sentence's result, as repaired.
        flag: What was done.
    """

    sentence: SentenceResult
    flag: Flag


@dataclass(frozen=True)
class SentenceDone(Event):
    """A sentence is translated, checked (and repaired where needed).

    Attributes:
        sentence: The finished sentence's result.
        done: Sentences finished so far.
        total: Sentences in the article.
    """

    sentence: SentenceResult
    done: int
    total: int

    @property
    def fraction(self) -> float:
        """Checking covers 85% to 97% of the bar."""
        return _TRANSLATE_SHARE + (0.97 - _TRANSLATE_SHARE) * self.done / max(1, self.total)


@dataclass(frozen=True)
class SummaryReady(Event):
    """The key figures and the short summary are ready."""

    summary: ArticleSummary

    @property
    def fraction(self) -> float:
        """Nearly done."""
        return 0.99


@dataclass(frozen=True)
class Finished(Event):
    """The run is over.

    Attributes:
        translation: The translated article.
        summary: Its summary, when one was asked for.
    """

    translation: Translation
    summary: ArticleSummary | None = None

    @property
    def fraction(self) -> float:
        """Done."""
        return 1.0


@dataclass(frozen=True)
class Failed(Event):
    """The run stopped on an error (bad input, model missing, cancelled...).

    Attributes:
        error: What went wrong.
        document: The article as read, when it got that far (the page shows its French figures).
        translation: When the run was stopped (:class:`RunCancelled`) after the model started: what it left,
            every sentence in order: those finished as they are, those translated but not yet checked checked
            now (no model call) and flagged ``stopped``, those the model never reached with no English and the
            flag ``stopped`` (:data:`NOT_TRANSLATED_STOPPED`).
    """

    error: Exception
    document: Document | None = None
    translation: Translation | None = None


class _Cancel:
    def __init__(self, event: threading.Event | None) -> None:
        self.event = event

    def check(self) -> None:
        if self.event is not None and self.event.is_set():
            raise RunCancelled("The run was cancelled.")


def run(
    text: str,
    options: TranslateOptions | None = None,
    *,
    model: str | None = None,
    translator: Translator | None = None,
    summarize: bool = True,
    max_figures: int | None = None,
    cancel: threading.Event | None = None,
    progress: ProgressCallback | None = None,
) -> Iterator[Event]:
    """Translate, check and summarise one article, yielding events as it goes.

    Args:
        text: The French article (plain text; HTML is reduced to its main text).
        options: Validated options (:meth:`TranslateOptions.build`); the defaults when ``None``.
        model: A MarianMT hub id or local directory; ``Helsinki-NLP/opus-mt-fr-en`` by default.
        translator: Use this translator instead of loading one (a shared pool, a test double).
        summarize: Also rank the key figures and write the short summary.
        max_figures: Keep at most this many key figures (all, ranked, by default).
        cancel: Set it (from another thread) to stop the run after the batch in flight.
        progress: Called after each batch with ``(done, total, translations so far)`` (sentences).

    Yields:
        :class:`Started`, :class:`BatchTranslated`, :class:`Repaired`,
        :class:`SentenceDone`, :class:`SummaryReady`, and last :class:`Finished`
        or :class:`Failed` (errors are yielded, never raised).
    """
    began = time.perf_counter()
    stop = _Cancel(cancel)
    opts = options or TranslateOptions()
    document: Document | None = None
    engine: Translator | None = None
    ready: dict[int, str] = {}  # English of the sentences translated so far, by index (before checks)
    finished: dict[int, SentenceResult] = {}  # sentences checked and finished
    try:
        prepared, warnings = prepare_text(text, opts)
        document = Document.build(prepared, warnings)
        stop.check()
        engine = translator_for(model, opts, translator)
        yield Started(document, engine.model_name, engine.name, engine.fallback_reason)
        limit = min(opts.max_sentence_tokens, engine.max_input_tokens - 2)
        parts = cut_parts(document, engine, limit)
        outputs = yield from _translate(document, parts, engine, opts, stop, progress, ready)
        for event in _check(document, parts, outputs, engine, opts, stop):
            if isinstance(event, SentenceDone):
                finished[event.sentence.index] = event.sentence
            yield event
        results = _names_said_before([finished[s.index] for s in document.sentences])
        for result in results:
            if result.flagged:
                logger.info("sentence %d flagged: %s", result.index, "; ".join(f.message for f in result.flags))
        parsed = {lang: parsing.available(lang) for lang in ("fr", "en")}
        why = "the parsers are not installed (pip install 'summarizer[labels]')" if parsing.enabled() else "the parsers were not asked for"
        notes = () if all(parsed.values()) else (f"names and negation not checked: {why}",)
        signature = Signature(_version, engine.model_name, engine.name, opts.beams, parsed)
        translation = Translation(document, tuple(results), engine.model_name, engine.name, time.perf_counter() - began, signature, notes)
        summary = None
        if summarize:
            stop.check()
            translation, summary = _summarize(translation, engine, opts.decode_options(), max_figures)
            yield SummaryReady(summary)
        yield Finished(translation, summary)
    except RunCancelled as exc:  # what was translated stays, checked; the rest is marked
        left = None
        if document is not None:  # stopped before the model answered, or even loaded: every sentence is marked
            name, backend = (engine.model_name, engine.name) if engine is not None else (model or DEFAULT_MODEL, "")
            signature = Signature(_version, name, backend, opts.beams, {})
            stopped = tuple(finished.get(s.index) or _stopped(s, ready.get(s.index)) for s in document.sentences)
            left = Translation(document, stopped, name, backend, time.perf_counter() - began, signature)
        yield Failed(exc, document, left)
    except Exception as exc:  # every failure is an event: the consumer decides how to show it
        yield Failed(exc, document)


#: What a sentence the run did not reach shows, once stopped.
NOT_TRANSLATED_STOPPED = "not translated (stopped)"


def _stopped(sentence: Sentence, english: str | None) -> SentenceResult:
    """A sentence the run did not finish before a stop: checked as it stands, or marked not translated.

    A sentence translated before the stop keeps its English and has its figures checked (a cheap comparison,
    no model call), flagged since its repairs were not made; one the model never reached has no English.
    """
    if english is None:
        return SentenceResult(sentence, "", (), FidelityReport(), (Flag(FlagCode.STOPPED, NOT_TRANSLATED_STOPPED),))
    figures_en = tuple(extract_figures(english, "en", names=True))
    report = compare_figures(sentence.source, sentence.figures, figures_en, english)
    flags = [Flag(FlagCode.STOPPED, "translated, but stopped before its checks and repairs were finished: check it")]
    if not report.ok:
        flags.append(Flag(FlagCode.FIGURES, f"figure check failed: {report.describe()}"))
    return SentenceResult(sentence, english, figures_en, report, tuple(flags))


def _translate(
    document: Document, parts: list[Part], translator: Translator, opts: TranslateOptions, stop: _Cancel,
    progress: ProgressCallback | None, ready: dict[int, str],
) -> Generator[Event, None, list[str]]:
    """Translate the unique parts in token-budget batches; the English of every part, in order.

    ``ready`` is filled as sentences arrive (the caller keeps it when the run is stopped).
    """
    decode = opts.decode_options()
    outputs: dict[int, str] = {}
    todo: dict[str, int] = {}
    for part in parts:
        cached = translator.results.get((decode, part.text))
        if cached is not None:
            outputs[part.index] = cached
        elif part.text not in todo:
            todo[part.text] = part.index
    batches = _batches(parts, list(todo.values()), translator, opts)
    total = len(document.sentences)
    owned: dict[int, list[Part]] = {}
    for part in parts:
        owned.setdefault(part.sentence, []).append(part)
    missing = {index: len(own) for index, own in owned.items()}  # parts still to come, per sentence
    ready.update({s.index: s.source for s in document.sentences if s.index not in owned})  # nothing for the model

    def arrived(indices: list[int]) -> None:
        for p in indices:
            sentence = parts[p].sentence
            missing[sentence] -= 1
            if not missing[sentence]:
                ready[sentence] = " ".join(outputs[q.index] for q in owned[sentence])

    def report() -> BatchTranslated:
        event = BatchTranslated(len(ready), total, dict(ready))
        if progress:
            progress(event.done, event.total, dict(ready))
        return event

    arrived(list(outputs))  # parts served from earlier runs
    same_text: dict[str, list[int]] = {}
    for part in parts:
        if part.index not in outputs:
            same_text.setdefault(part.text, []).append(part.index)
    yield report()
    stop.check()
    stream = translator.translate_batches([[parts[i].text for i in batch] for batch in batches], decode)
    with contextlib.closing(stream):  # type: ignore[type-var]
        for batch, output in zip(batches, stream):
            for i, english in zip(batch, output):
                translator.results.put((decode, parts[i].text), english)
                indices = same_text[parts[i].text]  # a repeated sentence is translated once
                for q in indices:
                    outputs[q] = english
                arrived(indices)
            yield report()
            stop.check()
    return [outputs[part.index] for part in parts]


def _batches(parts: list[Part], order: list[int], translator: Translator, options: TranslateOptions) -> list[list[int]]:
    """Group part indices into batches by token budget, the first few in document order."""
    first = order[: options.first_batch_sentences]
    rest = sorted(order[options.first_batch_sentences :], key=lambda i: translator.count_tokens(parts[i].text))
    budget = options.max_batch_tokens or max(translator.batch_tokens, options.max_sentence_tokens)
    batches = pack_by_budget(rest, lambda i: translator.count_tokens(parts[i].text), budget)
    return [first, *batches] if first else batches


@dataclass(frozen=True)
class _Checked:
    """A part after its checks: the English it ends with, what was found, and its figure check when it was
    made on that English (a whole sentence's check stands for the sentence unless a repair changed it)."""

    part: Part
    translation: str
    flags: tuple[Flag, ...] = ()
    figures_en: tuple[Figure, ...] | None = None
    report: FidelityReport | None = None


def _check(
    document: Document, parts: list[Part], outputs: list[str], translator: Translator, opts: TranslateOptions, stop: _Cancel
) -> Generator[Event, None, list[SentenceResult]]:
    """Check every part, repair what can be repaired, and finish each sentence as soon as its parts are settled."""
    checked: list[_Checked] = []
    pending: list[int] = []  # parts whose figures failed, to repair from an n-best list
    firsts: list[tuple[str, list[Flag]]] = []
    for part, output in zip(parts, outputs):
        flags: list[Flag] = []
        firsts.append((first_checks(part.text, output, translator, opts, flags), flags))
    _parse_ahead(document, parts, [translation for translation, _ in firsts])
    for part, (translation, flags) in zip(parts, firsts):
        if not translation:
            checked.append(_Checked(part, part.text, tuple(flags)))  # the French is shown, flagged
            continue
        # each side's figures are read once: the French when the document was built, the English here
        figures_en = tuple(extract_figures(translation, "en", names=True))
        if part.whole:
            sentence = document.sentences[part.sentence]
            report = compare_figures(sentence.source, sentence.figures, figures_en, translation)
        else:
            report = compare_figures(part.text, extract_figures(part.text, "fr", names=True), figures_en, translation)
        if not report.ok:
            if opts.repair:
                pending.append(part.index)
            else:
                flags.append(Flag(FlagCode.FIGURES, f"figure check failed: {report.describe()}"))
        checked.append(_Checked(part, translation, tuple(flags), figures_en if part.whole else None, report if part.whole else None))
    owned: dict[int, list[int]] = {}
    for part in parts:
        owned.setdefault(part.sentence, []).append(part.index)
    names = _translate_names(document, owned, checked, translator, opts)
    failing = set(pending)
    waiting = {index for index, own in owned.items() if failing.intersection(own)}
    total = len(document.sentences)
    results: dict[int, SentenceResult] = {}

    def finish(index: int) -> Iterator[Event]:
        result = _assemble(document.sentences[index], [checked[p] for p in owned.get(index, [])], names)
        results[index] = result
        for flag in result.flags:
            if flag.code == FlagCode.REPAIRED:
                yield Repaired(result, flag)
        yield SentenceDone(result, len(results), total)

    for sentence in document.sentences:  # the sentences that need no model call finish first
        if sentence.index not in waiting:
            yield from finish(sentence.index)
    nbest = DecodeOptions(beams=max(_NBEST, opts.beams), length_factor=opts.length_factor, max_new_tokens=opts.max_new_tokens)
    for start in range(0, len(pending), _NBEST_CHUNK):
        stop.check()
        chunk = pending[start : start + _NBEST_CHUNK]
        candidates = translator.generate([parts[i].text for i in chunk], nbest, _NBEST)
        for i, hypotheses in zip(chunk, candidates):
            flags = list(checked[i].flags)
            english = resolve_figures(parts[i].text, checked[i].translation, hypotheses, flags)
            checked[i] = _Checked(parts[i], english, tuple(flags))  # its check is made again on the sentence
        settled = set(pending[: start + len(chunk)])
        for index in sorted(waiting):
            if all(p in settled or p not in failing for p in owned[index]):
                waiting.discard(index)
                yield from finish(index)
    return [results[s.index] for s in document.sentences]


def _parse_ahead(document: Document, parts: list[Part], translations: list[str]) -> None:
    """Parse, in one batch per language, the sentences the checks will read (spaCy's ``pipe`` is about three times
    faster than a sentence at a time): the French of every translated sentence, and its English (for a sentence of
    several parts, the rejoined one). The readers find them in :mod:`summarizer.parsing`'s
    cache; nothing here raises (a reader that meets an unparsed sentence parses it alone).

    Only what a reader will read is parsed: a sentence with no figure on either side, no word that may start a
    negation and no capitalised word that may be a name is read by no parse-based reader and is left out, and the
    English the figure check alone reads (a sentence with figures and nothing else, each part of a sentence of
    several) is left to that check, which parses it only where the words cannot tell what a count counts (a
    few sentences; a key figure's English line is parsed with the other lines, in one batch). The
    named entities (about half of a parse) are recognised only where a reader reads them: on both sides of a
    sentence that may hold a name (the name check), and on the French side of one with a figure (the places of the
    key figures' labels), and on the English side only where the tagger marks a capitalised proper noun (the name
    check keeps no other English entity) that lies in no French name found in the English, or where a surname may be
    replaced (:func:`~summarizer.checks.names.reads_english_names`: no other English entity changes the check). The
    English facts of the figure check and the negation check read none; the English lines of the few key figures do,
    and :func:`summarizer.parsing.parse_many` adds them to those sentences then.
    """
    if not (parsing.available("fr") and parsing.available("en")):
        return  # parsers off or missing: the readers fall back (and say so) without loading anything
    english: dict[int, list[str]] = {}
    for part, translation in zip(parts, translations):
        if translation:
            english.setdefault(part.sentence, []).append(translation)
    names, negation = get_check("names"), get_check("negation")
    texts: dict[str, list[str]] = {"fr": [], "en": []}
    entities: dict[str, list[str]] = {"fr": [], "en": []}
    sources: dict[str, list[str]] = {}  # the French of each English a name may be read in
    for index, pieces in english.items():
        source = document.sentences[index].source
        whole = " ".join(pieces)
        has_figures = bool(document.sentences[index].figures) or any(c.isdigit() for c in whole)
        named, negated = names.applies(source, whole), negation.applies(source, whole)
        if not (has_figures or named or negated):
            continue
        # the English the figure check alone reads (each part's, and a sentence with figures and nothing else) is
        # parsed where that check asks for it: where the words cannot tell which noun a count counts
        sides = {"fr": [source], "en": [whole] if named or negated else []}
        if named:
            sources.setdefault(whole, []).append(source)
        for lang, batch in sides.items():
            texts[lang].extend(batch)
            if named or (has_figures and lang == "fr"):
                entities[lang].extend(batch)

    def english_entities(doc: Any) -> bool:
        """Whether the name check reads the entities of this English: where a capitalised word is tagged a proper
        noun and (where it may skip them) one is not in a French name found there, or a surname may be replaced."""
        if not may_hold_english_names(doc):
            return False
        if not parsing.gated() or doc.text not in sources:
            return True
        return any(reads_english_names(source, doc.text, doc) for source in sources[doc.text])

    for lang, batch in texts.items():
        if batch and parsing.available(lang):
            try:
                parsing.parse_many(batch, lang, entities=entities[lang], entities_if=english_entities if lang == "en" else None)
            except Exception as error:  # each reader then parses (or falls back) on its own
                logger.warning("the %s sentences could not be parsed in one batch (%s)", lang, error)


def _assemble(sentence: Any, checked: Sequence[_Checked], names: Mapping[str, str] | None = None) -> SentenceResult:
    """A sentence's result from its checked parts: the English rejoined, checked as a whole (figures, then names and
    negation: flagged, never rewritten), flagged; a repair is called one only if the sentence then passes."""
    flags: list[Flag] = []
    if len(checked) > 1:
        flags.append(Flag(FlagCode.SPLIT, f"a long sentence, translated in {len(checked)} parts and rejoined: check the joins"))
    for item in checked:
        flags.extend(item.flags)
    translation = " ".join(item.translation for item in checked) if checked else clean_for_model(sentence.source)
    known = checked[0] if len(checked) == 1 else None
    if known is not None and known.report is not None and known.figures_en is not None and known.translation == translation:
        figures_en, report = known.figures_en, known.report  # checked already, and not changed since
    else:
        figures_en = tuple(extract_figures(translation, "en", names=True))
        report = compare_figures(sentence.source, sentence.figures, figures_en, translation)
    if not report.ok and not any(f.code in (FlagCode.FIGURES, FlagCode.UNTRANSLATED) for f in flags):
        flags.append(Flag(FlagCode.FIGURES, f"figure check failed: {report.describe()}"))
    for match in report.converted:
        said = f"'{match.source.text}' is given as '{match.translation.text}' (a conversion, checked)"
        flags.append(Flag(FlagCode.CONVERTED, said, Severity.INFO))
    if report.unread:
        flags.append(Flag(FlagCode.UNREAD, "not read, so not checked: " + ", ".join(f"'{t}'" for t in report.unread), Severity.INFO))
    critical = None
    if checked and not any(f.code == FlagCode.UNTRANSLATED for f in flags):  # names and negation: flagged, never rewritten
        critical = check_sentence(sentence.source, translation, checks=("names", "negation"), translations=names)
        flags.extend(Flag(_CRITICAL_CODES[(str(i.kind), str(i.severity))], i.message, i.severity) for i in critical.issues)
    parts = tuple(item.part.text for item in checked)
    return SentenceResult(sentence, translation, figures_en, report, tuple(_honest_repairs(flags)), parts, critical)


def _names_said_before(results: list[SentenceResult]) -> list[SentenceResult]:
    """The article's sentences, in reading order, each without the name flags of names missing in its English that an
    earlier sentence names in both languages (:func:`summarizer.checks.said_before`, as :func:`summarizer.check` reads
    a text): the English says them again by a pronoun or a role. Read once every sentence is finished, since a
    sentence repaired from an n-best list finishes after the ones that follow it."""
    checked = [r for r in results if r.checks is not None]
    forgiven = said_before([(r.checks, r.source, r.translation) for r in checked if r.checks is not None])
    kept: dict[int, SentenceResult] = {}
    for result, report in zip(checked, forgiven):
        if report is result.checks:
            continue
        flags = list(result.flags)
        for issue in result.checks.issues if result.checks is not None else ():
            if issue not in report.issues:
                code = _CRITICAL_CODES[(str(issue.kind), str(issue.severity))]
                flags.remove(next(f for f in flags if f.code == code and f.message == issue.message))
        kept[result.index] = dataclasses.replace(result, checks=report, flags=tuple(flags))
    return [kept.get(r.index, r) for r in results]


#: The flag code of each name or negation issue, by kind and severity.
_CRITICAL_CODES = {
    ("name", "warning"): FlagCode.NAME, ("name", "info"): FlagCode.ADDED_NAME,
    ("negation", "warning"): FlagCode.NEGATION, ("negation", "info"): FlagCode.NEGATION,
}  # fmt: skip


def _translate_names(
    document: Document, owned: Mapping[int, list[int]], checked: Sequence[_Checked], translator: Translator, opts: TranslateOptions
) -> dict[str, str]:
    """The model's own English for the French names the safe rules cannot find in their sentence's translation: one batch."""
    wanted: dict[str, None] = {}
    for sentence in document.sentences:
        own = owned.get(sentence.index, [])
        if own:
            wanted.update(dict.fromkeys(names_to_translate(sentence.source, " ".join(checked[p].translation for p in own))))
    if not wanted:
        return {}
    try:
        english = translator.translate_batch(list(wanted), opts.decode_options())
    except Exception as error:  # the names are then checked by the safe rules alone
        logger.warning("names not translated (%s): checked without the model's translation", error)
        return {}
    return dict(zip(wanted, english))


def _honest_repairs(flags: list[Flag]) -> list[Flag]:
    """A repair is called a repair only when the repaired sentence then passes its checks.

    Run last, on the sentence's final flags (the whole sentence checked): while a warning remains, each
    ``repaired`` flag becomes the information that a repair was tried (code ``repair_tried``), so the sentence
    is shown as needing a look, never as fixed.
    """
    if not any(f.severity == Severity.WARNING for f in flags):
        return flags
    return [
        Flag(FlagCode.REPAIR_TRIED, f"a repair was tried ({f.message}), but the sentence still fails its check", Severity.INFO)
        if f.code == FlagCode.REPAIRED else f
        for f in flags
    ]  # fmt: skip


def _summarize(
    translation: Translation, translator: Translator | None, decode: DecodeOptions, max_figures: int | None
) -> tuple[Translation, ArticleSummary]:
    """Rank the key figures, translate in one batch the labels the English lacks and the nouns the figures count,
    check again the sentences whose nouns the model's English tells apart, and build the summary.

    Returns:
        The translation (its sentences checked again through their nouns where that changed a verdict) and the
        summary built on it.
    """
    document = translation.document
    ranked = rank_key_figures(document)
    if max_figures is not None:
        ranked = ranked[:max_figures]
    wanted = labels_to_translate(translation, ranked)
    # the French nouns the sentences' figures count, in the same batch: the check compares them in English
    counted = {s.index: counted_nouns(s.source, s.figures, s.report) for s in translation.sentences}
    nouns = [n for n in dict.fromkeys(n for found in counted.values() for n in found) if n not in wanted]
    labels: dict[str, str] = {}
    if (wanted or nouns) and translator is not None:
        try:
            english = translator.translate_batch([*wanted, *nouns], decode)
        except Exception as exc:  # labels are a nicety: never fail the summary for them
            logger.warning("could not translate figure labels: %s", exc)
            english = []
        translation = _recheck_nouns(translation, counted, dict(zip([*wanted, *nouns], (e.strip().rstrip(".") for e in english))))
        for french, label in zip(wanted, english):
            label = label.strip().rstrip(".")
            if label and check_pair(french, label).ok:  # a phrase or label keeps its own figures, or is not used
                labels[french] = label
    return translation, build_summary(translation, ranked, labels)


def _recheck_nouns(translation: Translation, counted: dict[int, list[str]], english: dict[str, str]) -> Translation:
    """The translation with the sentences whose figures count nouns checked again through the model's English
    for those nouns; a sentence whose verdict changes gets the new report and a ``figures`` warning."""
    results = list(translation.sentences)
    for i, result in enumerate(results):
        known = {noun: english[noun] for noun in counted.get(result.index, []) if english.get(noun)}
        if not known:
            continue
        report = recheck_nouns(result.source, result.figures, result.translation, result.figures_en, known)
        if report.changed and result.report.ok:
            flags = (*result.flags, Flag(FlagCode.FIGURES, f"figure check failed: {report.describe()}"))
            results[i] = dataclasses.replace(result, report=report, flags=tuple(_honest_repairs(list(flags))))
    if results == list(translation.sentences):
        return translation
    return dataclasses.replace(translation, sentences=tuple(results))


def _outcome(events: Iterator[Event]) -> Finished:
    for event in events:
        if isinstance(event, Failed):
            raise event.error
        if isinstance(event, Finished):
            return event
    raise RuntimeError("the run ended without a result")  # pragma: no cover - run always finishes or fails


def translate(
    text: str, *, model: str | None = None, translator: Translator | None = None, progress: ProgressCallback | None = None,
    **options: Any,
) -> Translation:
    """Translate a French article into English, sentence by sentence.

    Args:
        text: The French article (plain text; HTML is reduced to its main text).
        model: A MarianMT hub id or local directory; ``Helsinki-NLP/opus-mt-fr-en`` by default.
        translator: Use this translator instead of loading one (a shared pool, a test double).
        progress: Called after each batch with ``(done, total, translations so far)`` (sentences).
        **options: Fields of :class:`~summarizer.options.TranslateOptions` (``beams``,
            ``device``, ``backend``, ``max_chars``...).

    Returns:
        The translation, its sentences and any flags.

    Raises:
        EmptyInputError: Nothing to translate.
        InputTooLargeError: Over ``max_chars``.
        NotFrenchError: The text does not look French (and ``check_language`` is on).
        ModelNotFoundError: The model cannot be found.
        ModelLoadError: The model cannot be loaded.
        TypeError: Unknown option.
        ValueError: An option out of its limits.
    """
    opts = TranslateOptions.build(**options)
    return _outcome(run(text, opts, model=model, translator=translator, progress=progress, summarize=False)).translation


def summarize_article(
    text: str, *, model: str | None = None, translator: Translator | None = None, max_figures: int | None = None, **options: Any
) -> ArticleSummary:
    """Translate a French article and condense it to its key figures.

    Args:
        text: The French article.
        model: A MarianMT hub id or local directory.
        translator: Use this translator instead of loading one (a shared pool, a test double).
        max_figures: Keep at most this many key figures (all of them by default, ranked).
        **options: Options of :func:`~summarizer.translate`.

    Returns:
        The translation, the ranked key figures and a short English summary.
    """
    opts = TranslateOptions.build(**options)
    summary = _outcome(run(text, opts, model=model, translator=translator, max_figures=max_figures)).summary
    assert summary is not None
    return summary


def summarize_translation(
    translation: Translation, *, max_figures: int | None = None, label_translator: Translator | None = None
) -> ArticleSummary:
    """Build the key-figure summary of an existing translation.

    Args:
        translation: The translated article (from :func:`translate`).
        max_figures: Keep at most this many key figures (all of them by default, ranked).
        label_translator: Translates the French labels of figures the English does not
            label; without one, those figures keep their French label.

    Returns:
        The summary.
    """
    return _summarize(translation, label_translator, DecodeOptions(), max_figures)[1]
