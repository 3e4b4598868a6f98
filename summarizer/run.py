"""One run: an article from text to checked translation and summary, as a stream of typed events.

:func:`run` is the single path every entry point takes (:func:`~summarizer.translate`,
:func:`~summarizer.summarize_article`, the CLI and the page)::

    text -> prepare_text (validate, HTML -> text, language)
         -> Document.build (paragraphs, sentences, French figures read once)
         -> parts (long sentences cut) -> token-budget batches -> translator
         -> checks and repair (empty, repetition, length, figures; n-best, substitution)
         -> English figures and fidelity report per sentence
         -> key figures, labels translated in one batch, verified headline (summary)

It yields :class:`Started`, :class:`BatchTranslated`, :class:`Repaired`,
:class:`SentenceDone`, :class:`SummaryReady`, then :class:`Finished` or
:class:`Failed`. The generator is lazy: a consumer that stops iterating (a
reader who left the page) stops the work after the batch in flight, and a
``cancel`` event set from another thread does the same.
"""

from __future__ import annotations

import contextlib
import logging
import re
import threading
import time
from collections.abc import Generator, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

from . import parsing
from .checks import check_sentence, names_to_translate
from .document import Document, Flag, Sentence
from .errors import RunCancelled
from .fidelity import FidelityReport, check_pair, compare_figures, repair_by_substitution
from .figures import Figure, extract_figures
from .ingest import clean_for_model
from .options import TranslateOptions
from .pipeline import Translation, join_sentences, length_problem, prepare_text, runaway_repetition, split_long, translator_for
from .summary import ArticleSummary, build_summary, labels_to_translate, rank_key_figures
from .translators import DecodeOptions, Translator, pack_by_budget

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
        sentence: The sentence, as repaired.
        flag: What was done.
    """

    sentence: Sentence
    flag: Flag


@dataclass(frozen=True)
class SentenceDone(Event):
    """A sentence is translated, checked (and repaired where needed).

    Attributes:
        sentence: The finished sentence.
        done: Sentences finished so far.
        total: Sentences in the article.
    """

    sentence: Sentence
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
    """

    error: Exception
    document: Document | None = None


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
    summarize: bool = True,
    max_figures: int | None = None,
    cancel: threading.Event | None = None,
) -> Iterator[Event]:
    """Translate, check and summarise one article, yielding events as it goes.

    Args:
        text: The French article (plain text; HTML is reduced to its main text).
        options: Validated options (:meth:`TranslateOptions.build`); the defaults when ``None``.
        model: A MarianMT hub id or local directory; ``Helsinki-NLP/opus-mt-fr-en`` by default.
        summarize: Also rank the key figures and write the short summary.
        max_figures: Keep at most this many key figures (all, ranked, by default).
        cancel: Set it (from another thread) to stop the run after the batch in flight.

    Yields:
        :class:`Started`, :class:`BatchTranslated`, :class:`Repaired`,
        :class:`SentenceDone`, :class:`SummaryReady`, and last :class:`Finished`
        or :class:`Failed` (errors are yielded, never raised).
    """
    began = time.perf_counter()
    stop = _Cancel(cancel)
    opts = options or TranslateOptions()
    document: Document | None = None
    try:
        prepared, warnings = prepare_text(text, opts)
        document = Document.build(prepared, warnings)
        stop.check()
        translator = translator_for(model, opts)
        yield Started(document, translator.model_name, translator.name, translator.fallback_reason)
        outputs, owners, parts = yield from _translate(document, translator, opts, stop)
        yield from _check(document, parts, owners, outputs, translator, opts, stop)
        for sentence in document.sentences:
            if sentence.flagged:
                logger.info("sentence %d flagged: %s", sentence.index, "; ".join(f.message for f in sentence.flags))
        translation = Translation(
            text=join_sentences(document),
            segments=document.sentences,
            model=translator.model_name,
            backend=translator.name,
            seconds=time.perf_counter() - began,
            source_text=document.text,
            warnings=document.warnings,
            document=document,
        )
        summary = None
        if summarize:
            stop.check()
            summary = _summarize(translation, translator, opts.decode_options(), max_figures)
            yield SummaryReady(summary)
        yield Finished(translation, summary)
    except Exception as exc:  # every failure is an event: the consumer decides how to show it
        yield Failed(exc, document)


def _translate(
    document: Document, translator: Translator, opts: TranslateOptions, stop: _Cancel
) -> Generator[Event, None, tuple[list[str], list[list[int]], list[str]]]:
    """Cut long sentences into parts, translate the unique parts in token-budget batches."""
    limit = min(opts.max_sentence_tokens, translator.max_input_tokens - 2)
    parts: list[str] = []
    owners: list[list[int]] = []  # part indices of each sentence
    for sentence in document.sentences:
        cleaned = clean_for_model(sentence.source)
        if not re.search(r"\w", cleaned):
            owners.append([])  # only symbols or emoji: nothing for the model
            continue
        cut = split_long(cleaned, limit, translator)
        owners.append(list(range(len(parts), len(parts) + len(cut))))
        parts.extend(cut)
    decode = opts.decode_options()
    outputs: dict[int, str] = {}
    todo: dict[str, int] = {}
    for i, part in enumerate(parts):
        cached = translator.results.get((decode, part))
        if cached is not None:
            outputs[i] = cached
        elif part not in todo:
            todo[part] = i
    batches = _batches(parts, list(todo.values()), translator, opts)
    total = len(document.sentences)
    sentence_of = {p: index for index, own in enumerate(owners) for p in own}
    missing = [len(own) for own in owners]  # parts still to come, per sentence
    ready: dict[int, str] = {}

    def arrived(indices: list[int]) -> None:
        for p in indices:
            index = sentence_of[p]
            missing[index] -= 1
            if not missing[index]:
                ready[index] = " ".join(outputs[q] for q in owners[index])

    def progress() -> BatchTranslated:
        event = BatchTranslated(len(ready), total, dict(ready))
        if opts.progress:
            opts.progress(event.done, event.total, dict(ready))
        return event

    for sentence in document.sentences:
        if not owners[sentence.index]:
            ready[sentence.index] = sentence.source  # nothing for the model: shown as it is
    arrived(list(outputs))  # parts served from earlier runs
    same_text: dict[str, list[int]] = {}
    for i, part in enumerate(parts):
        if i not in outputs:
            same_text.setdefault(part, []).append(i)
    yield progress()
    stop.check()
    stream = translator.translate_batches([[parts[i] for i in batch] for batch in batches], decode)
    with contextlib.closing(stream):  # type: ignore[type-var]
        for batch, output in zip(batches, stream):
            for i, text in zip(batch, output):
                translator.results.put((decode, parts[i]), text)
                indices = same_text[parts[i]]  # a repeated sentence is translated once
                for q in indices:
                    outputs[q] = text
                arrived(indices)
            yield progress()
            stop.check()
    return [outputs[i] for i in range(len(parts))], owners, parts


def _batches(parts: list[str], order: list[int], translator: Translator, options: TranslateOptions) -> list[list[int]]:
    """Group part indices into batches by token budget, the first few in document order."""
    first = order[: options.first_batch_sentences]
    rest = sorted(order[options.first_batch_sentences :], key=lambda i: translator.count_tokens(parts[i]))
    budget = options.max_batch_tokens or max(translator.batch_tokens, options.max_sentence_tokens)
    batches = pack_by_budget(rest, lambda i: translator.count_tokens(parts[i]), budget)
    return [first, *batches] if first else batches


def _first_checks(part: str, output: str, translator: Translator, opts: TranslateOptions, flags: list[Flag]) -> str:
    """Empty or runaway output (a guarded retry), implausible length; returns the translation to check."""
    translation = output
    if opts.repair and (not translation.strip() or runaway_repetition(part, translation)):
        guarded = DecodeOptions(
            beams=max(2, opts.beams), length_factor=opts.length_factor, no_repeat_ngram_size=3,
            repetition_penalty=1.2, min_new_tokens=1, max_new_tokens=opts.max_new_tokens,
        )  # fmt: skip
        retry = translator.translate_batch([part], guarded)[0]
        if retry.strip() and not runaway_repetition(part, retry):
            reason = "empty output" if not translation.strip() else "runaway repetition"
            flags.append(Flag("repaired", f"re-translated with a repetition guard ({reason})", "info"))
            translation = retry
    if not translation.strip():
        flags.append(Flag("untranslated", "the model returned nothing for this sentence: the French is shown"))
        return ""
    phrase = runaway_repetition(part, translation)
    if phrase:
        flags.append(Flag("repetition", f"the translation repeats '{phrase}': it may be unreliable"))
    problem = length_problem(part, translation)
    if problem:
        flags.append(Flag("length", problem))
    return translation


def _resolve_figures(part: str, translation: str, candidates: Sequence[str], flags: list[Flag]) -> str:
    """Repair a part whose figures failed: another hypothesis, else the numbers put back, else a flag."""
    french = extract_figures(part, "fr", names=True)

    def check(english: str) -> FidelityReport:
        return compare_figures(part, french, extract_figures(english, "en", names=True), english)

    report = check(translation)
    before = report.describe()
    for candidate in candidates:
        if candidate.strip() and not runaway_repetition(part, candidate) and check(candidate).ok:
            flags.append(Flag("repaired", f"figures fixed by choosing another translation ({before})", "info"))
            return candidate
    substituted = repair_by_substitution(part, translation, report)
    if substituted is not None:
        flags.append(Flag("repaired", f"figures put back from the French ({before})", "info"))
        return substituted
    flags.append(Flag("figures", f"figure check failed: {before}"))
    return translation


def _check(
    document: Document,
    parts: list[str],
    owners: list[list[int]],
    outputs: list[str],
    translator: Translator,
    opts: TranslateOptions,
    stop: _Cancel,
) -> Iterator[Event]:
    """Check every sentence, repair what can be repaired, and finish each sentence."""
    total = len(document.sentences)
    finals: list[str] = [""] * len(parts)
    part_flags: list[list[Flag]] = [[] for _ in parts]
    # a sentence in one part is checked against its own text and figures (offsets in the reader's text), and
    # that check stands for the sentence unless a repair changes its translation
    checked: dict[int, tuple[str, tuple[Figure, ...], FidelityReport]] = {}
    whole = {own[0]: document.sentences[index] for index, own in enumerate(owners) if len(own) == 1}
    pending: list[int] = []  # parts whose figures failed, to repair from an n-best list
    for i, (part, output) in enumerate(zip(parts, outputs)):
        translation = _first_checks(part, output, translator, opts, part_flags[i])
        if not translation:
            finals[i] = part  # the French is shown, flagged
            continue
        finals[i] = translation
        # each side's figures are read once: the French when the document was built, the English here
        figures_en = tuple(extract_figures(translation, "en", names=True))
        if i in whole:
            report = compare_figures(whole[i].source, whole[i].figures, figures_en, translation)
            checked[i] = (translation, figures_en, report)
        else:
            report = compare_figures(part, extract_figures(part, "fr", names=True), figures_en, translation)
        if not report.ok:
            if opts.repair:
                pending.append(i)
            else:
                part_flags[i].append(Flag("figures", f"figure check failed: {report.describe()}"))
    names = _translate_names(document, owners, finals, translator, opts)
    if not (parsing.available("fr") and parsing.available("en")):
        document.warnings.append("names and negation not checked: the parsers are not installed (pip install 'summarizer[labels]')")
    failing = set(pending)
    waiting = {s.index for s in document.sentences if any(p in failing for p in owners[s.index])}
    done = 0
    for sentence in document.sentences:  # the sentences that need no model call finish first
        if sentence.index not in waiting:
            done += 1
            yield from _finish(sentence, owners, finals, part_flags, checked, done, total, names)
    nbest = DecodeOptions(beams=max(_NBEST, opts.beams), length_factor=opts.length_factor, max_new_tokens=opts.max_new_tokens)
    for start in range(0, len(pending), _NBEST_CHUNK):
        stop.check()
        chunk = pending[start : start + _NBEST_CHUNK]
        candidates = translator.generate([parts[i] for i in chunk], nbest, _NBEST)
        for i, hypotheses in zip(chunk, candidates):
            finals[i] = _resolve_figures(parts[i], finals[i], hypotheses, part_flags[i])
        settled = set(pending[: start + len(chunk)])
        for index in sorted(waiting):
            if all(p in settled or p not in failing for p in owners[index]):
                waiting.discard(index)
                done += 1
                yield from _finish(document.sentences[index], owners, finals, part_flags, checked, done, total, names)


def _finish(
    sentence: Sentence,
    owners: list[list[int]],
    finals: list[str],
    part_flags: list[list[Flag]],
    checked: dict[int, tuple[str, tuple[Figure, ...], FidelityReport]],
    done: int,
    total: int,
    names: dict[str, str] | None = None,
) -> Iterator[Event]:
    own = owners[sentence.index]
    flags: list[Flag] = []
    if len(own) > 1:
        flags.append(Flag("split", f"a long sentence, translated in {len(own)} parts and rejoined: check the joins"))
    for p in own:
        flags.extend(part_flags[p])
    sentence.translation = " ".join(finals[p] for p in own) if own else clean_for_model(sentence.source)
    known = checked.get(own[0]) if len(own) == 1 else None
    if known is not None and known[0] == sentence.translation:
        _, sentence.figures_en, sentence.report = known  # checked already, and not changed since
    else:
        sentence.figures_en = tuple(extract_figures(sentence.translation, "en", names=True))
        sentence.report = compare_figures(sentence.source, sentence.figures, sentence.figures_en, sentence.translation)
    if not sentence.report.ok and not any(f.code in ("figures", "untranslated") for f in flags):
        flags.append(Flag("figures", f"figure check failed: {sentence.report.describe()}"))
    for match in sentence.report.converted:
        flags.append(Flag("converted", f"'{match.source.text}' is given as '{match.translation.text}' (a conversion, checked)", "info"))
    if sentence.report.unread:
        flags.append(Flag("unread", "not read, so not checked: " + ", ".join(f"'{t}'" for t in sentence.report.unread), "info"))
    if own and not any(f.code == "untranslated" for f in flags):  # names and negation: flagged, never rewritten
        sentence.critical = check_sentence(sentence.source, sentence.translation, checks=("names", "negation"), translations=names)
        flags.extend(Flag(_CRITICAL_CODES[(str(i.kind), str(i.severity))], i.message, str(i.severity)) for i in sentence.critical.issues)
    sentence.flags = tuple(flags)
    for flag in flags:
        if flag.code == "repaired":
            yield Repaired(sentence, flag)
    yield SentenceDone(sentence, done, total)


#: The flag code of each name or negation issue, by kind and severity.
_CRITICAL_CODES = {("name", "warning"): "name", ("name", "info"): "added-name", ("negation", "warning"): "negation",
                   ("negation", "info"): "negation"}  # fmt: skip


def _translate_names(
    document: Document, owners: list[list[int]], finals: list[str], translator: Translator, opts: TranslateOptions
) -> dict[str, str]:
    """The model's own English for the French names the safe rules cannot find in their sentence's translation: one batch."""
    wanted: dict[str, None] = {}
    for sentence in document.sentences:
        own = owners[sentence.index]
        if own:
            wanted.update(dict.fromkeys(names_to_translate(sentence.source, " ".join(finals[p] for p in own))))
    if not wanted:
        return {}
    try:
        english = translator.translate_batch(list(wanted), opts.decode_options())
    except Exception as error:  # the names are then checked by the safe rules alone
        logger.warning("names not translated (%s): checked without the model's translation", error)
        return {}
    return dict(zip(wanted, english))


def _summarize(translation: Translation, translator: Translator | None, decode: DecodeOptions, max_figures: int | None) -> ArticleSummary:
    """Rank the key figures, translate the labels the English lacks in one batch, and build the summary."""
    document = translation.document
    if document is None:
        raise ValueError("this Translation has no document: make it with summarizer.translate")
    ranked = rank_key_figures(document)
    if max_figures is not None:
        ranked = ranked[:max_figures]
    wanted = labels_to_translate(document, ranked)
    labels: dict[str, str] = {}
    if wanted and translator is not None:
        try:
            english = translator.translate_batch(wanted, decode)
        except Exception as exc:  # labels are a nicety: never fail the summary for them
            logger.warning("could not translate figure labels: %s", exc)
            english = []
        for french, label in zip(wanted, english):
            label = label.strip().rstrip(".")
            if label and check_pair(french, label).ok:  # a phrase or label keeps its own figures, or is not used
                labels[french] = label
    return build_summary(translation, ranked, labels)


def _outcome(events: Iterator[Event]) -> Finished:
    for event in events:
        if isinstance(event, Failed):
            raise event.error
        if isinstance(event, Finished):
            return event
    raise RuntimeError("the run ended without a result")  # pragma: no cover - run always finishes or fails


def translate(text: str, *, model: str | None = None, **options: Any) -> Translation:
    """Translate a French article into English, sentence by sentence.

    Args:
        text: The French article (plain text; HTML is reduced to its main text).
        model: A MarianMT hub id or local directory; ``Helsinki-NLP/opus-mt-fr-en`` by default.
        **options: Fields of :class:`~summarizer.options.TranslateOptions` (``beams``,
            ``device``, ``backend``, ``max_chars``, ``progress``...).

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
    return _outcome(run(text, opts, model=model, summarize=False)).translation


def summarize_article(text: str, *, model: str | None = None, max_figures: int | None = None, **options: Any) -> ArticleSummary:
    """Translate a French article and condense it to its key figures.

    Args:
        text: The French article.
        model: A MarianMT hub id or local directory.
        max_figures: Keep at most this many key figures (all of them by default, ranked).
        **options: Options of :func:`~summarizer.translate`.

    Returns:
        The translation, the ranked key figures and a short English summary.
    """
    opts = TranslateOptions.build(**options)
    summary = _outcome(run(text, opts, model=model, max_figures=max_figures)).summary
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
    return _summarize(translation, label_translator, DecodeOptions(), max_figures)
