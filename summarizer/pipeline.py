"""The translation pipeline: paragraphs -> sentences -> batched model calls -> rejoin.

Every sentence of the source comes out translated, in order. Sentences longer
than the model's input limit are split at clause boundaries and rejoined. After
translation, every sentence is checked: a non-empty output of plausible length,
no runaway repetition, and every figure preserved. Failures are repaired where
possible (re-decoding with a repetition guard, n-best re-ranking, number
substitution) and flagged otherwise, so nothing is lost or changed silently.
"""

from __future__ import annotations

import logging
import re
import time
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field, fields
from typing import Any

from .errors import EmptyInputError, InputError, NotFrenchError
from .fidelity import check_pair, repair_by_substitution
from .ingest import check_size, clean_for_model, html_to_text, looks_like_html
from .language import detect_language
from .splitting import SentenceSpan, split_paragraphs, split_text
from .translators import DecodeOptions, Translator, get_translator

logger = logging.getLogger(__name__)

__all__ = ["Flag", "Segment", "Translation", "TranslateOptions", "translate", "translator_for", "DEFAULT_MAX_CHARS"]

#: Default input limit: about 30,000 words, a long report; configurable.
DEFAULT_MAX_CHARS = 200_000
ProgressCallback = Callable[[int, int, dict[int, str]], None]


@dataclass(frozen=True)
class Flag:
    """Something the reader must know about a sentence.

    Attributes:
        code: ``figures`` (a figure lost or changed), ``repaired`` (fixed automatically),
            ``split`` (long sentence translated in parts), ``untranslated`` (the model
            gave nothing: the source is shown), ``repetition``, ``length``, ``language``.
        message: A human explanation.
        severity: ``warning`` (the reader should check) or ``info``.
    """

    code: str
    message: str
    severity: str = "warning"


@dataclass(frozen=True)
class Segment:
    """One source sentence and its translation.

    Attributes:
        source: The French sentence, ``input[start:end]``.
        translation: The English sentence.
        paragraph: Index of its paragraph.
        start: Offset of the sentence in the input.
        end: Offset just past the sentence.
        index: Position of the sentence in the article.
        flags: Problems found and repairs made.
    """

    source: str
    translation: str
    paragraph: int
    start: int
    end: int
    index: int = 0
    flags: tuple[Flag, ...] = ()

    @property
    def flagged(self) -> bool:
        """Whether a warning remains on this sentence."""
        return any(f.severity == "warning" for f in self.flags)

    @property
    def repaired(self) -> bool:
        """Whether the translation was repaired automatically."""
        return any(f.code == "repaired" for f in self.flags)

    def to_dict(self) -> dict[str, Any]:
        """The segment as a JSON-ready dict."""
        data = {f.name: getattr(self, f.name) for f in fields(self) if f.name != "flags"}
        data["flags"] = [asdict(f) for f in self.flags]
        data["flagged"] = self.flagged
        data["repaired"] = self.repaired
        return data


@dataclass
class Translation:
    """A translated article.

    Attributes:
        text: The English article, paragraphs kept.
        segments: The sentences, in order.
        model: The model's name.
        backend: The back end that ran it.
        seconds: Wall time of the translation.
        source_text: The text the segments' offsets refer to (the input, or its
            text when the input was HTML).
        warnings: Article-level warnings (language, HTML input...).
    """

    text: str
    segments: list[Segment]
    model: str
    backend: str
    seconds: float
    source_text: str
    warnings: list[str] = field(default_factory=list)

    @property
    def flagged(self) -> list[Segment]:
        """Segments that still carry a warning."""
        return [s for s in self.segments if s.flagged]

    @property
    def repaired(self) -> list[Segment]:
        """Segments repaired automatically."""
        return [s for s in self.segments if s.repaired]

    def to_dict(self) -> dict[str, Any]:
        """The JSON form: text, segments, model, seconds, and the rest."""
        return {
            "text": self.text,
            "segments": [s.to_dict() for s in self.segments],
            "model": self.model,
            "backend": self.backend,
            "seconds": round(self.seconds, 3),
            "warnings": list(self.warnings),
            "flagged": [s.index for s in self.flagged],
            "repaired": [s.index for s in self.repaired],
        }


@dataclass(frozen=True)
class TranslateOptions:
    """Options of :func:`translate`.

    Attributes:
        beams: Beam size (4: the model's own setting and the best quality; 1 is greedy and faster).
        device: ``cpu``, ``cuda`` or ``auto``.
        backend: ``auto``, ``ctranslate2``, ``transformers`` or ``identity``.
        max_chars: Refuse longer input (0: no limit).
        max_sentence_tokens: Longer sentences are split at clause boundaries.
        max_batch_tokens: Padded tokens per model call; ``None``: the back end's own
            budget (:attr:`~summarizer.translators.Translator.batch_tokens`).
        first_batch_sentences: Sentences translated first, in order, so the
            beginning of the article shows up quickly.
        length_factor: Output bounded by ``length_factor * input tokens + 10``.
        repair: Repair failed sentences (figures, repetition, empty output).
        check_language: Refuse text that does not look French.
        min_new_tokens: Force a minimum output length (benchmarks).
        max_new_tokens: Force a maximum output length (benchmarks).
        cache_dir: Where converted CTranslate2 models are kept.
        restrict_vocabulary: Let the decoder write English-side tokens only (on by
            default: faster, same output from a trained model; see
            :meth:`summarizer.spm.MarianPieces.output_vocabulary`).
        translator: Use this translator instead of loading one.
        progress: Called after each batch with ``(done, total, translations so far)``.
    """

    beams: int = 4
    device: str = "cpu"
    backend: str = "auto"
    max_chars: int = DEFAULT_MAX_CHARS
    max_sentence_tokens: int = 200
    max_batch_tokens: int | None = None
    first_batch_sentences: int = 4
    length_factor: float = 2.0
    repair: bool = True
    check_language: bool = True
    min_new_tokens: int | None = None
    max_new_tokens: int | None = None
    cache_dir: str | None = None
    restrict_vocabulary: bool = True
    translator: Translator | None = None
    progress: ProgressCallback | None = None

    def __post_init__(self) -> None:
        if not 8 <= self.max_sentence_tokens <= 500:
            raise ValueError(f"max_sentence_tokens must be between 8 and 500, got {self.max_sentence_tokens}")
        if self.max_batch_tokens is not None and self.max_batch_tokens < self.max_sentence_tokens:
            raise ValueError("max_batch_tokens must be at least max_sentence_tokens")
        if self.max_chars < 0:
            raise ValueError("max_chars must be 0 (no limit) or positive")

    @classmethod
    def build(cls, **options: Any) -> TranslateOptions:
        """Options from keyword arguments, with a clear error for unknown names."""
        known = {f.name for f in fields(cls)}
        unknown = sorted(set(options) - known)
        if unknown:
            raise TypeError(f"Unknown option(s) {', '.join(unknown)}; valid: {', '.join(sorted(known))}")
        return cls(**options)


# --------------------------------------------------------------------------- long sentences

_CLAUSE_CUTS = (
    re.compile(r"(?<=[;:])\s+|\s+(?=[—–]\s)"),
    re.compile(r"(?<=,)\s+|(?<=\))\s+"),
    re.compile(r"\s+(?=(?:et|mais|ou|donc|car|puis|qui|que|dont|où|lorsque|tandis|alors|parce|afin|avant|après)\s)"),
)


def split_long(text: str, limit: int, translator: Translator) -> list[str]:
    """Cut a sentence into pieces of at most ``limit`` tokens.

    Clause boundaries first (semicolons, colons, dashes, then commas, then
    conjunctions and relative pronouns), nearest to the middle; word windows as
    a last resort, character windows for a single over-long word.
    """
    if translator.count_tokens(text) <= limit:
        return [text]
    middle = len(text) / 2
    for pattern in _CLAUSE_CUTS:
        cuts = [m for m in pattern.finditer(text) if 0 < m.start() < len(text) - 1]
        if cuts:
            best = min(cuts, key=lambda m: abs(m.start() - middle))
            left, right = text[: best.start()].strip(), text[best.end() :].strip()
            if left and right:
                return split_long(left, limit, translator) + split_long(right, limit, translator)
    pieces: list[str] = []
    for piece in translator.split_tokens(text, limit):
        if translator.count_tokens(piece) <= limit:
            pieces.append(piece)
            continue
        # a single "word" over the limit: cut by characters
        size = max(1, len(piece) * limit // (2 * translator.count_tokens(piece)))
        pieces.extend(piece[i : i + size] for i in range(0, len(piece), size))
    return [p for p in pieces if p.strip()]


# --------------------------------------------------------------------------- checks

_REPEAT = re.compile(r"(\b.{2,40}?)(?:\s*\1){3,}", re.IGNORECASE)


def runaway_repetition(source: str, translation: str) -> str | None:
    """The phrase repeated four or more times in a row in the translation but not in the source."""
    match = _REPEAT.search(translation)
    if not match:
        return None
    phrase = match.group(1).strip()
    if not phrase or _REPEAT.search(source):
        return None  # the source repeats itself too ("non, non, non, non !")
    return phrase


def length_problem(source: str, translation: str) -> str | None:
    """Explain an implausible length ratio (a truncated or bloated output), or ``None``."""
    if len(source) < 40:
        return None
    ratio = len(translation) / len(source)
    if ratio < 0.35:
        return f"the translation is {ratio:.0%} of the source's length: part of the sentence may be missing"
    if ratio > 3.0:
        return f"the translation is {ratio:.1f} times the source's length: it may contain invented text"
    return None


# --------------------------------------------------------------------------- the pipeline


def _batches(units: list[str], order: list[int], translator: Translator, options: TranslateOptions) -> list[list[int]]:
    """Group unit indices into batches by token budget, the first few in document order."""
    first = order[: options.first_batch_sentences]
    rest = sorted(order[options.first_batch_sentences :], key=lambda i: translator.count_tokens(units[i]))
    budget = options.max_batch_tokens or max(translator.batch_tokens, options.max_sentence_tokens)
    batches: list[list[int]] = [first] if first else []
    current: list[int] = []
    longest = 0
    for i in rest:
        length = translator.count_tokens(units[i])
        if current and max(longest, length) * (len(current) + 1) > budget:
            batches.append(current)
            current, longest = [], 0
        current.append(i)
        longest = max(longest, length)
    if current:
        batches.append(current)
    return batches


def _decode_options(options: TranslateOptions) -> DecodeOptions:
    return DecodeOptions(
        beams=options.beams,
        length_factor=options.length_factor,
        min_new_tokens=options.min_new_tokens,
        max_new_tokens=options.max_new_tokens,
    )


def _translate_units(units: list[str], translator: Translator, options: TranslateOptions) -> list[str]:
    """Translate unique texts, batched by token budget, reusing earlier results."""
    decode = _decode_options(options)
    results: dict[int, str] = {}
    todo: dict[str, int] = {}
    for i, unit in enumerate(units):
        cached = translator.results.get((decode, unit))
        if cached is not None:
            results[i] = cached
        elif unit not in todo:
            todo[unit] = i
    order = list(todo.values())
    batches = _batches(units, order, translator, options)
    total = len(units)
    done_units: dict[str, str] = {}
    if options.progress:
        options.progress(len(results), total, dict(results))
    for batch, output in zip(batches, translator.translate_batches([[units[i] for i in b] for b in batches], decode)):
        for i, text in zip(batch, output):
            done_units[units[i]] = text
            translator.results.put((decode, units[i]), text)
        if options.progress:
            ready = {i: done_units[u] for i, u in enumerate(units) if u in done_units}
            ready.update(results)
            options.progress(len(ready), total, ready)
    return [results[i] if i in results else done_units[u] for i, u in enumerate(units)]


def _repair(
    source: str, translation: str, translator: Translator, options: TranslateOptions, flags: list[Flag]
) -> str:
    """Check one sentence's translation and repair it where possible."""
    decode = _decode_options(options)
    if options.repair and (not translation.strip() or runaway_repetition(source, translation)):
        guarded = DecodeOptions(
            beams=max(2, options.beams), length_factor=options.length_factor, no_repeat_ngram_size=3,
            repetition_penalty=1.2, min_new_tokens=1, max_new_tokens=options.max_new_tokens,
        )  # fmt: skip
        retry = translator.translate_batch([source], guarded)[0]
        if retry.strip() and not runaway_repetition(source, retry):
            reason = "empty output" if not translation.strip() else "runaway repetition"
            flags.append(Flag("repaired", f"re-translated with a repetition guard ({reason})", "info"))
            translation = retry
    if not translation.strip():
        flags.append(Flag("untranslated", "the model returned nothing for this sentence: the French is shown"))
        return source
    phrase = runaway_repetition(source, translation)
    if phrase:
        flags.append(Flag("repetition", f"the translation repeats '{phrase}': it may be unreliable"))
    problem = length_problem(source, translation)
    if problem:
        flags.append(Flag("length", problem))
    report = check_pair(source, translation)
    if report.ok:
        return translation
    before = report.describe()
    if options.repair:
        n = 8
        candidates = translator.generate([source], DecodeOptions(beams=max(n, decode.beams), length_factor=decode.length_factor), n)
        for candidate in candidates[0] if candidates else []:
            if candidate.strip() and check_pair(source, candidate).ok and not runaway_repetition(source, candidate):
                flags.append(Flag("repaired", f"figures fixed by choosing another translation ({before})", "info"))
                return candidate
        substituted = repair_by_substitution(source, translation, report)
        if substituted is not None:
            flags.append(Flag("repaired", f"figures put back from the French ({before})", "info"))
            return substituted
    flags.append(Flag("figures", f"figure check failed: {before}"))
    return translation


def _paragraph_separators(text: str, spans: Sequence[SentenceSpan]) -> dict[int, str]:
    separators: dict[int, str] = {}
    for previous, current in zip(spans, spans[1:]):
        if current.paragraph != previous.paragraph:
            gap = text[previous.end : current.start]
            newlines = gap.count("\n") + gap.count("\r") - gap.count("\r\n")
            separators[current.paragraph] = "\n\n" if newlines >= 2 else "\n"
    return separators


def prepare_text(text: str, options: TranslateOptions) -> tuple[str, list[str]]:
    """Validate the input and return the text to translate and article warnings."""
    if isinstance(text, (bytes, bytearray)):
        raise InputError("translate() takes text (str); decode bytes first, e.g. with summarizer.read_document")
    if not isinstance(text, str):
        raise InputError(f"translate() takes text (str), not {type(text).__name__}")
    warnings: list[str] = []
    check_size(text, options.max_chars)
    if looks_like_html(text):
        text = html_to_text(text)
        warnings.append("The input was HTML: its text was extracted (offsets refer to source_text).")
    if not clean_for_model(text):
        raise EmptyInputError("The text is empty: paste or upload a French article.")
    guess = detect_language(text)
    if not guess.is_french:
        message = (
            f"The text does not look French (it looks like '{guess.language}'; "
            f"{guess.french_share:.0%} French function words)."
        )
        if options.check_language:
            raise NotFrenchError(message + " Translate anyway with check_language=False (CLI: --force).")
        warnings.append(message + " Translated anyway, as asked.")
    else:
        foreign = [
            (i + 1, guess.language)
            for i, (start, end) in enumerate(split_paragraphs(text))
            if len(text[start:end].split()) >= 12 and not (guess := detect_language(text[start:end])).is_french
        ]
        if foreign:
            listed = ", ".join(f"{i} ({language})" for i, language in foreign[:10])
            warnings.append(f"Some paragraphs do not look French: {listed}. They were translated with the rest.")
    return text, warnings


def translator_for(model: str | None, options: TranslateOptions) -> Translator:
    """The translator these options ask for: the one passed in, or the shared, lazily loaded one."""
    if options.translator is not None:
        return options.translator
    extra: dict[str, Any] = {"cache_dir": options.cache_dir} if options.cache_dir else {}
    if not options.restrict_vocabulary:
        extra["restrict_vocabulary"] = False
    return get_translator(model, options.backend, device=options.device, **extra)


def translate(text: str, *, model: str | None = None, **options: Any) -> Translation:
    """Translate a French article into English, sentence by sentence.

    Args:
        text: The French article (plain text; HTML is reduced to its text).
        model: A MarianMT hub id or local directory; ``Helsinki-NLP/opus-mt-fr-en`` by default.
        **options: Fields of :class:`TranslateOptions` (``beams``, ``device``, ``backend``,
            ``max_chars``, ``progress``...).

    Returns:
        The translation, its segments and any flags.

    Raises:
        EmptyInputError: Nothing to translate.
        InputTooLargeError: Over ``max_chars``.
        NotFrenchError: The text does not look French (and ``check_language`` is on).
        ModelNotFoundError: The model cannot be found.
        ModelLoadError: The model cannot be loaded.
        TypeError: Unknown option.
    """
    opts = TranslateOptions.build(**options)
    began = time.perf_counter()
    text, warnings = prepare_text(text, opts)
    spans = split_text(text)
    translator = translator_for(model, opts)
    limit = min(opts.max_sentence_tokens, translator.max_input_tokens - 2)
    units: list[str] = []
    owners: list[list[int]] = []  # unit indices of each sentence
    cleaned_sentences: list[str] = []
    for span in spans:
        cleaned = clean_for_model(span.text)
        cleaned_sentences.append(cleaned)
        if not re.search(r"\w", cleaned):
            owners.append([])  # only symbols or emoji: nothing for the model
            continue
        pieces = split_long(cleaned, limit, translator)
        owners.append(list(range(len(units), len(units) + len(pieces))))
        units.extend(pieces)
    outputs = _translate_units(units, translator, opts)
    separators = _paragraph_separators(text, spans)
    segments: list[Segment] = []
    parts: list[str] = []
    for index, (span, cleaned, own) in enumerate(zip(spans, cleaned_sentences, owners)):
        flags: list[Flag] = []
        if not own:
            translation = cleaned
        elif len(own) == 1:
            translation = _repair(units[own[0]], outputs[own[0]], translator, opts, flags)
        else:
            flags.append(Flag("split", f"long sentence translated in {len(own)} parts and rejoined", "info"))
            translation = " ".join(_repair(units[u], outputs[u], translator, opts, flags) for u in own)
        segments.append(Segment(span.text, translation, span.paragraph, span.start, span.end, index, tuple(flags)))
        if index and span.paragraph != spans[index - 1].paragraph:
            parts.append(separators.get(span.paragraph, "\n\n"))
        elif index:
            parts.append(" ")
        parts.append(translation)
    for segment in segments:
        if segment.flagged:
            logger.info("sentence %d flagged: %s", segment.index, "; ".join(f.message for f in segment.flags))
    return Translation(
        text="".join(parts),
        segments=segments,
        model=translator.model_name,
        backend=translator.name,
        seconds=time.perf_counter() - began,
        source_text=text,
        warnings=warnings,
    )
