"""The name and negation checks on real translations: false alarms, injected errors, both parses timed.

Run ``python -m evaluation.critical [--data DIR] [--part tuning|held-out|all] [--json] [--flags]`` on
French-English sentence pairs (by default ``../shared/data/parallel-dev``: WMT newstest2013, professional
translations; read from there, never copied into the project).

The documents (``meta.tsv`` docid) are split by a fixed rule: a document whose CRC-32 is divisible by 3 is
held out (about a third), the others are the tuning part. The rules were tuned on the tuning part only.

(a) **False alarms.** The human translations keep their names and polarity, so every name or negation
    warning on them is a false alarm or a translator's liberty; each one is labelled by hand in
    ``evaluation/data/critical_flags.tsv`` (line, kind, verdict ``false_alarm`` / ``liberty`` /
    ``change`` for a real change by the translator). Reported: the share of faithful sentences with a warning,
    and the share with a ``false_alarm`` or unlabelled one (the false alarms).
(b) **Injected errors**, from a deterministic generator that never calls the checker: a name of the
    English replaced by another of the same type from another document (a whole name, a surname, a place);
    a name dropped with its preposition (or its article, or from a coordination); a negation removed
    ("not"/"n't" deleted, "never" -> "always", "no" -> "some", "nothing" -> "something", "without" ->
    "with") or added ("not" after an auxiliary, "never" before a verb, "no" for an article), never where the
    word would be no negation by the check's definition ("not only", "not just", "or not", "not to mention",
    "no more", "no" before a figure, "say no to", "not least", "not unlike", "more often than not", "no-fly"). Widened
    forms, written from English grammar rather than from the check's lists: removed, "none"/"nobody"/"no one"/
    "nowhere" -> "all"/"somebody"/"someone"/"somewhere", "neither ... nor" -> "both ... and", "no longer" -> "still",
    "can't"/"won't"/"shan't"/"ain't"/"can not" -> the modal, and, where the French holds more negations than the
    English writes with a negative word, "failed to" -> "managed to", "refused to" -> "agreed to", "lack" -> "have",
    "hardly" dropped, a negative prefix dropped ("unable" -> "able"); added, "n't" contracted on an auxiliary,
    "cannot", a negative pronoun or adverb ("someone" -> "no one"), "none of", "neither ... nor", "no longer",
    "without" for "with", "not a single" for a subject's article (``widened=False``: the earlier forms only). The generator
    finds the English names it may change by its own rule: a capitalised run of words, not first in the
    sentence, found in the French after folding (the type comes from the English parse). Each kind is scored
    on the pairs whose faithful version raised no warning of that kind.
(c) **Timing**: both parses of every pair (in batches, as a run parses its sentences), and the checks on top of them.
"""

from __future__ import annotations

import argparse
import json
import logging
import random
import re
import sys
import time
import zlib
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

logger = logging.getLogger(__name__)

DEFAULT_DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "parallel-dev"
LABELS = Path(__file__).resolve().parent / "data" / "critical_flags.tsv"
PARTS = ("tuning", "held-out", "all")


@dataclass(frozen=True)
class Pair:
    """One sentence pair of the set."""

    line: int
    fr: str
    en: str
    docid: str

    @property
    def part(self) -> str:
        """``held-out`` for a third of the documents (CRC-32 of the docid divisible by 3), else ``tuning``."""
        return "held-out" if zlib.crc32(self.docid.encode("utf-8")) % 3 == 0 else "tuning"


def load_pairs(folder: Path) -> list[Pair]:
    """The pairs of ``fr.txt``/``en.txt``/``meta.tsv``, read as :func:`evaluation.parallel.load_pairs` reads them.

    Raises:
        FileNotFoundError: The folder or its files are absent.
    """
    from .parallel import load_pairs as read

    return [Pair(p.line, p.fr, p.en, p.docid) for p in read(folder)]


# --------------------------------------------------------------------------- the generator (no checker)

_FOLD = str.maketrans("àâäáãåçéèêëíìîïñóòôöõúùûüýÿœæ", "aaaaaaceeeeiiiinooooouuuuyyoa")


def _fold(text: str) -> str:
    return " ".join(re.sub(r"[^\w]+", " ", text.lower().translate(_FOLD)).split())


_NAME_RUN = re.compile(r"(?<![\w.])(?:[A-Z][\w'’-]*[a-z\w])(?:\s+(?:(?:of|de|la|du|von|van|al|bin)\s+)?[A-Z][\w'’-]*)*")
_PREPOSITIONS = ("in", "at", "from", "to", "of", "for", "by", "with", "on", "near", "against")
_TYPES = {"PERSON": "person", "GPE": "place", "LOC": "place", "FAC": "place", "ORG": "organisation"}
_GENERIC = {"person": "the man", "place": "the region", "organisation": "the organisation"}


@dataclass(frozen=True)
class Case:
    """One injected error."""

    pair: Pair
    kind: str  # name-replaced, name-removed, negation-removed, negation-added
    form: str
    en: str


def carried_names(pair: Pair, types: dict[tuple[int, int], str]) -> list[tuple[int, int, str, str]]:
    """English names the French also holds: ``(start, end, text, type)``, by the generator's own rule."""
    french = f" {_fold(pair.fr)} "
    out = []
    for m in _NAME_RUN.finditer(pair.en):
        if m.start() == 0 or pair.en[: m.start()].rstrip()[-1:] in '.:«"“':
            continue
        text = m.group(0)
        kind = types.get((m.start(), m.end()))
        if kind is None or len(text) < 3:
            continue
        if f" {_fold(text)} " in french:
            out.append((m.start(), m.end(), text, kind))
    return out


def _pools(pairs: list[Pair], types: dict[int, dict[tuple[int, int], str]]) -> dict[str, list[tuple[str, str]]]:
    pools: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for pair in pairs:
        for _, _, text, kind in carried_names(pair, types[pair.line]):
            pools[kind].append((pair.docid, text))
    return pools


def _name_cases(
    pair: Pair, names: list[tuple[int, int, str, str]], pools: dict[str, list[tuple[str, str]]], rng: random.Random
) -> list[Case]:
    if not names:
        return []
    cases = []
    start, end, text, kind = names[rng.randrange(len(names))]
    others = [t for d, t in pools[kind] if d != pair.docid and _fold(t) != _fold(text) and _fold(t) not in _fold(pair.fr)
              and not set(_fold(t).split()) & set(_fold(pair.fr).split())]  # fmt: skip
    if others:
        other = others[rng.randrange(len(others))]
        form = "surname" if kind == "person" and " " not in other and " " in text else kind
        if form == "surname":
            first, _, _ = text.rpartition(" ")
            other = f"{first} {other}"
        cases.append(Case(pair, "name-replaced", form, pair.en[:start] + other + pair.en[end:]))
    before = pair.en[:start]
    prep = re.search(r"(?:\b(?:" + "|".join(_PREPOSITIONS) + r")\s+)(?:the\s+)?$", before)
    coordination = re.match(r"\s+and\s+", pair.en[end:]) or re.search(r",?\s+and\s+$", before)
    if prep:
        cases.append(Case(pair, "name-removed", "with its preposition", _tidy(before[: prep.start()].rstrip() + pair.en[end:])))
    elif coordination:
        if re.match(r"\s+and\s+", pair.en[end:]):
            cases.append(
                Case(pair, "name-removed", "from a coordination", before + pair.en[end + re.match(r"\s+and\s+", pair.en[end:]).end() :])
            )
        else:
            cut = re.search(r",?\s+and\s+$", before)
            cases.append(Case(pair, "name-removed", "from a coordination", before[: cut.start()] + pair.en[end:]))
    else:
        article = re.search(r"\bthe\s+$", before, re.IGNORECASE)
        cut = article.start() if article else start
        generic = _GENERIC[kind]
        if article or cut == 0:
            generic = generic
        cases.append(Case(pair, "name-removed", "by a generic noun", pair.en[:cut] + generic + pair.en[end:]))
    return cases


def _tidy(text: str) -> str:
    return re.sub(r"\s+([,.;:!?])", r"\1", re.sub(r"\s{2,}", " ", text)).strip()


#: Words after which a "not" is no negation by the check's definition ("not only", "not just", "not much", "no more
#: than", "No 1"): the generator neither adds nor removes a "not" or a "no" there.
_NOT_NEGATING = r"only|just|merely|much|many|least|unlike"
_AUX = re.compile(
    r"\b(is|are|was|were|has|have|had|will|would|can|could|should|must|may|might|does|do|did)\b(?!\s+(?:not|n't|never|no|"
    + _NOT_NEGATING
    + r")\b)"
)
_REMOVALS: list[tuple[str, re.Pattern[str], str]] = [
    ("n't deleted", re.compile(r"(?<=\w)n't\b|(?<=\w)n’t\b"), ""),
    ("not deleted", re.compile(r"(?<!\bor)(?<!\bif)(?<!\boften than)\s+not\b(?!\s+(?:" + _NOT_NEGATING + r"|to\s+mention)\b)"), ""),
    ("never to always", re.compile(r"\bnever\b"), "always"),
    (
        "no to some",
        re.compile(r"\bno\b(?!\s+(?:one|longer|more|less|doubt|matter|to)\b|\s+\d|-(?!one\b)|\s+means\s+(?:" + _NOT_NEGATING + r")\b)"),
        "some",
    ),  # "say no to": no article; "no-fly", "by no means" before an idiom of "not": no negation
    ("nothing to something", re.compile(r"\bnothing\b"), "something"),
    ("without to with", re.compile(r"\bwithout\b"), "with"),
    ("cannot to can", re.compile(r"\bcannot\b"), "can"),
]
_NEGATIVE_EN = re.compile(r"\b(?:not|never|no|none|nothing|nobody|nowhere|neither|nor|without|cannot)\b|n't\b|n’t\b", re.IGNORECASE)


def _cased(word: str, like: str) -> str:
    """``word`` capitalised as ``like`` is ("None" -> "All")."""
    return word[:1].upper() + word[1:] if like[:1].isupper() else word


#: More removal forms, written from English grammar (not from the check's lists): the negative pronouns and adverbs
#: by their positive counterparts, "neither ... nor" by "both ... and", "no longer" by "still", and the
#: contractions of a modal or auxiliary whose stem changes ("can't", "won't", "shan't", "ain't") or is written
#: apart ("can not").
_MORE_REMOVALS: list[tuple[str, re.Pattern[str], Callable[[re.Match[str]], str]]] = [
    ("none to all", re.compile(r"\bnone\b", re.IGNORECASE), lambda m: _cased("all", m.group(0))),
    ("nobody to somebody", re.compile(r"\bnobody\b", re.IGNORECASE), lambda m: _cased("somebody", m.group(0))),
    ("no one to someone", re.compile(r"\bno[- ]one\b", re.IGNORECASE), lambda m: _cased("someone", m.group(0))),
    ("nowhere to somewhere", re.compile(r"\bnowhere\b", re.IGNORECASE), lambda m: _cased("somewhere", m.group(0))),
    ("no longer to still", re.compile(r"\bno longer\b", re.IGNORECASE), lambda m: _cased("still", m.group(0))),
    (
        "neither nor to both and",
        re.compile(r"\bneither\b(?P<mid>[^.;:]*?)\bnor\b", re.IGNORECASE),
        lambda m: _cased("both", m.group(0)) + m.group("mid") + "and",
    ),
    (
        "modal contraction to its modal",
        re.compile(r"\b(?P<stem>ca|wo|sha|ai)n['’]t\b|\bcan not\b", re.IGNORECASE),
        lambda m: _cased({"ca": "can", "wo": "will", "sha": "shall", "ai": "is"}.get((m.group("stem") or "ca").lower(), "can"), m.group(0)),
    ),
]
#: Words that hold a negation by their meaning or prefix, and their positive counterparts. Removed only where the
#: French holds more negations than the English writes with a negative word (the English word then renders a
#: French "ne ... pas"): "n'a pas pu" / "was unable" -> "was able", "n'a pas réussi" / "failed to" -> "managed to".
_LEXICAL_REMOVALS: list[tuple[str, re.Pattern[str], Callable[[re.Match[str]], str]]] = [
    (
        "fail to to manage to",
        re.compile(r"\bfail(?P<end>s|ed|ing)?\s+to\b", re.IGNORECASE),
        lambda m: {"s": "manages", "ed": "managed", "ing": "managing"}.get((m.group("end") or "").lower(), "manage") + " to",
    ),
    (
        "refuse to to agree to",
        re.compile(r"\brefus(?P<end>es|ed|ing|e)\s+to\b", re.IGNORECASE),
        lambda m: {"es": "agrees", "ed": "agreed", "ing": "agreeing", "e": "agree"}[m.group("end").lower()] + " to",
    ),
    (
        "lack to have",
        re.compile(r"\b(?:a\s+)?lack(?P<end>s|ed|ing)?(?P<of>\s+of)?\b", re.IGNORECASE),
        lambda m: "plenty of" if m.group("of") else {"s": "has", "ed": "had", "ing": "having"}.get((m.group("end") or "").lower(), "have"),
    ),
    (
        "hardly to plain",
        re.compile(r"\b(?:hardly|scarcely|barely)\s+(?P<next>any|ever\b)?", re.IGNORECASE),
        lambda m: {"any": "much ", "ever": "often"}.get((m.group("next") or "").lower(), ""),
    ),
    (
        "negative prefix dropped",
        re.compile(
            r"\b(?:un(?P<un>(?:able|aware|clear|known|likely|certain|willing|acceptable|usual|available|necessary|fair|sure"
            r"|successful|happy)\w*)|in(?P<in>(?:capable|sufficient|adequate|accessible|complete|visible|effective)\w*)"
            r"|im(?P<im>(?:possib|probab|mobile)\w*)|il(?P<il>(?:legal|logical)\w*)|ir(?P<ir>(?:regular|relevant|responsib)\w*))\b",
            re.IGNORECASE,
        ),
        lambda m: _cased(next(g for g in m.groups() if g), m.group(0)),
    ),
]
#: A French negation, by the generator's own rough rule: "ne" / "n'" then a negative word within a few words, or "sans".
_NEGATIVE_FR = re.compile(
    r"\bn(?:e\s+|['’])(?:[\w-]+['’]?\s*){0,4}?\b(?:pas|jamais|plus|rien|aucune?s?|personne|guère|point|nullement)\b|\bsans\b",
    re.IGNORECASE,
)
#: Auxiliaries and modals with their contracted negative ("is" -> "isn't", "can" -> "can't", "will" -> "won't").
_CONTRACTED = {"is": "isn't", "are": "aren't", "was": "wasn't", "were": "weren't", "has": "hasn't", "have": "haven't",
               "had": "hadn't", "will": "won't", "would": "wouldn't", "can": "can't", "could": "couldn't",
               "should": "shouldn't", "must": "mustn't", "does": "doesn't", "do": "don't", "did": "didn't"}  # fmt: skip
#: Positive pronouns and adverbs with their negative ("someone" -> "no one", "everything" -> "nothing").
_NEGATIVE_OF = {"someone": "no one", "somebody": "nobody", "everyone": "no one", "everybody": "nobody", "something": "nothing",
                "everything": "nothing", "somewhere": "nowhere", "everywhere": "nowhere"}  # fmt: skip


def _more_additions(en: str, doc: Any) -> list[tuple[str, str]]:
    """More addition forms, each a negation by English grammar: a contracted auxiliary, "cannot", a negative pronoun or
    adverb, "none of", "neither ... nor", "no longer", "without", "not a single" for a subject's article."""
    forms = []
    aux = _AUX.search(en)
    if aux and aux.group(1).lower() in _CONTRACTED:
        contracted = _CONTRACTED[aux.group(1).lower()]
        if "’" in en:
            contracted = contracted.replace("'", "’")
        forms.append(("n't after an auxiliary", en[: aux.start()] + _cased(contracted, aux.group(1)) + en[aux.end() :]))
        if aux.group(1).lower() == "can":
            forms.append(("cannot for can", en[: aux.start()] + _cased("cannot", aux.group(1)) + en[aux.end() :]))
    pronoun = re.search(r"\b(?:" + "|".join(_NEGATIVE_OF) + r")\b(?!\s+but\b)", en, re.IGNORECASE)
    if pronoun:
        word = _cased(_NEGATIVE_OF[pronoun.group(0).lower()], pronoun.group(0))
        forms.append(("negative pronoun or adverb", en[: pronoun.start()] + word + en[pronoun.end() :]))
    every = re.search(r"\ball of\b(?!\s+a\s+sudden\b)", en, re.IGNORECASE)
    if every:
        forms.append(("none of for all of", en[: every.start()] + _cased("none", every.group(0)) + en[every.start() + 3 :]))
    both = re.search(r"\bboth\b(?P<mid>[^.;:,]*?)\band\b", en, re.IGNORECASE)
    if both:
        forms.append(
            (
                "neither nor for both and",
                en[: both.start()] + _cased("neither", both.group(0)) + both.group("mid") + "nor" + en[both.end() :],
            )
        )
    still = re.search(r"\bstill\b", en)
    if still:
        forms.append(("no longer for still", en[: still.start()] + "no longer" + en[still.end() :]))
    else:
        verbs = [t for t in doc if t.pos_ == "VERB" and t.tag_ in ("VBD", "VBZ", "VBP") and t.i > 0 and t.text[:1].isalpha()]
        if verbs:
            forms.append(("no longer before a verb", en[: verbs[0].idx] + "no longer " + en[verbs[0].idx :]))
    with_ = [t for t in doc if t.lower_ == "with" and t.dep_ == "prep" and (t.i == 0 or doc[t.i - 1].lower_ not in ("not", "never"))]
    if with_:
        t = with_[0]
        forms.append(("without for with", en[: t.idx] + _cased("without", t.text) + en[t.idx + 4 :]))
    subject = [t for t in doc if t.lower_ in ("a", "an") and t.dep_ == "det" and t.head.dep_ in ("nsubj", "nsubjpass")]
    if subject:
        t = subject[0]
        forms.append(("not a single for a subject's article", en[: t.idx] + _cased("not a single", t.text) + en[t.idx + len(t.text) :]))
    return forms


def _negation_cases(pair: Pair, doc: Any, rng: random.Random, widened: bool = True) -> list[Case]:
    """One negation removed from a sentence that holds one, else one added; ``widened``: with this round's forms too."""
    en = pair.en
    cases = []
    found: list[tuple[str, re.Match[str], Any]] = []
    if _NEGATIVE_EN.search(en):
        found = [(form, m, new) for form, pattern, new in _REMOVALS for m in pattern.finditer(en)]
        if widened:
            found += [(form, m, new) for form, pattern, new in _MORE_REMOVALS for m in pattern.finditer(en)]
    if widened and len(_NEGATIVE_FR.findall(pair.fr)) > len(_NEGATIVE_EN.findall(en)):
        found += [(form, m, new) for form, pattern, new in _LEXICAL_REMOVALS for m in pattern.finditer(en)]
    if found:
        form, m, new = found[rng.randrange(len(found))]
        fixed = en[: m.start()] + (new if isinstance(new, str) else new(m)) + en[m.end() :]
        fixed = re.sub(r"\b(ca|wo)(?=\s|$)", lambda x: {"ca": "can", "wo": "will"}[x.group(1)], fixed) if form == "n't deleted" else fixed
        cases.append(Case(pair, "negation-removed", form, _tidy(fixed)))
        return cases
    if _NEGATIVE_EN.search(en):
        return cases
    forms = []
    aux = _AUX.search(en)
    if aux:
        forms.append(("not after an auxiliary", en[: aux.end()] + " not" + en[aux.end() :]))
    verbs = [t for t in doc if t.pos_ == "VERB" and t.tag_ in ("VBD", "VBZ", "VBP") and t.i > 0 and t.text[:1].isalpha()]  # not "'s"
    if verbs:
        verb = verbs[0]
        forms.append(("never before a verb", en[: verb.idx] + "never " + en[verb.idx :]))
    article = [
        t for t in doc if t.lower_ in ("a", "an", "some") and t.dep_ == "det" and t.head.dep_ in ("dobj", "attr", "pobj")
        and t.i + 1 < len(doc) and not doc[t.i + 1].text[:1].isdigit() and doc[t.i + 1].lower_ not in ("more", "less", "fewer", "matter")
    ]  # "no 3-hour wait", "no more X than": no negation by the check's definition  # fmt: skip
    if article:
        t = article[0]
        forms.append(("no for an article", en[: t.idx] + "no" + en[t.idx + len(t.text) :]))
    if widened:
        forms += _more_additions(en, doc)
    if forms:
        form, text = forms[rng.randrange(len(forms))]
        cases.append(Case(pair, "negation-added", form, text))
    return cases


def injected_cases(
    pairs: list[Pair], en_docs: dict[int, Any], pool_pairs: list[Pair] | None = None, seed: int = 21, widened: bool = True
) -> list[Case]:
    """The injected errors of every pair, deterministic for a seed; names of other documents come from ``pool_pairs``;
    ``widened=False`` gives the negation forms of the earlier rounds only."""
    types = {p.line: _types(en_docs[p.line]) for p in pool_pairs or pairs}
    types.update({p.line: _types(en_docs[p.line]) for p in pairs})
    pools = _pools(pool_pairs or pairs, types)
    cases = []
    for pair in pairs:
        rng = random.Random(f"{seed}:{pair.line}")
        cases += _name_cases(pair, carried_names(pair, types[pair.line]), pools, rng)
        cases += _negation_cases(pair, en_docs[pair.line], rng, widened)
    return cases


def _types(doc: Any) -> dict[tuple[int, int], str]:
    out = {}
    for ent in doc.ents:
        if ent.label_ in _TYPES:
            tokens = [t for t in ent if t.lower_ != "the" and t.text != "'s"]
            if tokens:
                out[(tokens[0].idx, tokens[-1].idx + len(tokens[-1].text))] = _TYPES[ent.label_]
    return out


# --------------------------------------------------------------------------- scoring


def load_labels(path: Path = LABELS) -> dict[tuple[int, str], tuple[str, str]]:
    """``(line, kind) -> (verdict, category)`` from the hand-labelled file (absent: empty)."""
    labels: dict[tuple[int, str], tuple[str, str]] = {}
    if not path.exists():
        return labels
    for row in path.read_text(encoding="utf-8").splitlines():
        if row.startswith("#") or not row.strip():
            continue
        line, kind, verdict, category = (row.split("\t") + ["", "", ""])[:4]
        labels[(int(line), kind)] = (verdict, category)
    return labels


def _warned(fr: str, en: str, check: Callable[..., Any]) -> set[str]:
    report = check(fr, en, checks=("names", "negation"))
    return {str(i.kind) for i in report.warnings}


def evaluate(pairs: list[Pair], pool: list[Pair] | None = None) -> dict[str, Any]:
    """False alarms, recall by kind and form, and timing, on ``pairs``."""
    from summarizer import parsing
    from summarizer.checks import check

    began = time.perf_counter()
    faithful: dict[int, set[str]] = {}
    flags: list[tuple[int, str, str]] = []
    chosen: dict[int, Pair] = {}
    for pair in pool or pairs:
        chosen.setdefault(pair.line, pair)
    start = time.perf_counter()
    for lang in ("en", "fr"):  # in batches, as a run parses its sentences (the same parses as one at a time)
        parsing.parse_many([getattr(pair, lang) for pair in chosen.values()], lang)
    en_docs = {line: parsing.parse(pair.en, "en") for line, pair in chosen.items()}
    for pair in chosen.values():
        parsing.parse(pair.fr, "fr")
    parse_seconds = time.perf_counter() - start
    check_seconds = 0.0
    for pair in pairs:
        start = time.perf_counter()
        report = check(pair.fr, pair.en, checks=("names", "negation"))
        check_seconds += time.perf_counter() - start
        faithful[pair.line] = {str(i.kind) for i in report.warnings}
        flags += [(pair.line, str(i.kind), i.message) for i in report.warnings]
    labels = load_labels()
    flagged = [line for line, kinds in faithful.items() if kinds]
    unlabelled = [(line, kind, msg) for line, kind, msg in flags if (line, kind) not in labels]
    verdicts = {line: set() for line, _, _ in flags}
    for line, kind, _ in flags:
        verdicts[line].add(labels.get((line, kind), ("unlabelled",))[0])
    false_alarm = {line for line, found in verdicts.items() if found & {"false_alarm", "unlabelled"}}  # unlabelled counts against us
    liberty = {line for line, found in verdicts.items() if line not in false_alarm}
    cases = injected_cases(pairs, en_docs, pool)
    recall: dict[str, Counter[str]] = defaultdict(Counter)
    forms: dict[str, Counter[str]] = defaultdict(Counter)
    misses: list[Case] = []
    for case in cases:
        kind = case.kind.split("-")[0]
        if kind in faithful[case.pair.line]:
            continue
        hit = kind in _warned(case.pair.fr, case.en, check)
        if not hit:
            misses.append(case)
        recall[case.kind]["cases"] += 1
        recall[case.kind]["caught"] += hit
        forms[f"{case.kind}: {case.form}"]["cases"] += 1
        forms[f"{case.kind}: {case.form}"]["caught"] += hit
    n = len(pairs)
    return {
        "pairs": n,
        "faithful_flagged": len(flagged),
        "faithful_flagged_share": round(len(flagged) / max(1, n), 4),
        "false_alarms": len(false_alarm),
        "false_alarm_share": round(len(false_alarm) / max(1, n), 4),
        "liberties": len(liberty),
        "unlabelled_flags": len(unlabelled),
        "by_kind_flagged": dict(Counter(kind for _, kind, _ in flags)),
        "recall": {k: {**v, "share": round(v["caught"] / max(1, v["cases"]), 4)} for k, v in sorted(recall.items())},
        "forms": {k: {**v, "share": round(v["caught"] / max(1, v["cases"]), 4)} for k, v in sorted(forms.items())},
        "seconds": {
            "both parses": round(parse_seconds, 2),
            "checks on the parses": round(check_seconds, 2),
            "total": round(time.perf_counter() - began, 2),
        },  # fmt: skip
        "unlabelled": unlabelled,
        "flags": flags,
        "misses": [
            {"line": c.pair.line, "kind": c.kind, "form": c.form, "fr": c.pair.fr, "en": c.pair.en, "injected": c.en} for c in misses
        ],
    }


def main(argv: list[str] | None = None) -> int:
    """Print the evaluation (a table, or JSON with ``--json``); 0 on success, 2 when the data is absent."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="folder with fr.txt, en.txt, meta.tsv")
    parser.add_argument("--part", choices=PARTS, default="all", help="the tuning part, the held-out third, or all (each reported)")
    parser.add_argument("--limit", type=int, default=0, help="only the first N pairs of each part (a quick look)")
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--flags", action="store_true", help="list every flag raised on the faithful pairs")
    parser.add_argument("--misses", metavar="KIND", default="", help="list the injected errors of a kind (name-replaced...) not caught")
    args = parser.parse_args(argv)
    try:
        pairs = load_pairs(args.data)
    except FileNotFoundError as error:
        print(f"evaluation.critical: no data ({error})", file=sys.stderr)
        return 2
    from summarizer import parsing

    parsing._CACHE_SIZE = 4 * len(pairs) + 1000  # every parse kept: each pair is read by several cases (the product keeps 512)
    parts = ("tuning", "held-out") if args.part == "all" else (args.part,)
    results = {}
    for part in parts:
        chosen = [p for p in pairs if p.part == part]
        if args.limit:
            chosen = chosen[: args.limit]
        results[part] = evaluate(chosen, pool=[p for p in pairs if not args.limit or p in chosen])
    if args.json:
        print(json.dumps(results, ensure_ascii=False, indent=2))
        return 0
    for part, result in results.items():
        print(f"== {part}: {result['pairs']} pairs")
        print(f"faithful sentences with a warning: {result['faithful_flagged']} ({result['faithful_flagged_share']:.1%}); "
              f"false alarms {result['false_alarms']} ({result['false_alarm_share']:.1%}; unlabelled flags count as false alarms: "
              f"{result['unlabelled_flags']}), liberties or real changes {result['liberties']}; "
              f"by kind {result['by_kind_flagged']}")  # fmt: skip
        for kind, row in result["recall"].items():
            print(f"  {kind:<18} {row['caught']:>4}/{row['cases']:<4} {row['share']:.1%}")
        for form, row in result["forms"].items():
            print(f"    {form:<50} {row['caught']:>4}/{row['cases']:<4} {row['share']:.1%}")
        print(f"  seconds: {result['seconds']}")
        if args.flags:
            for line, kind, message in result["flags"]:
                label = load_labels().get((line, kind), ("UNLABELLED", ""))
                print(f"  {line}\t{kind}\t{label[0]}\t{message}")
        for miss in result["misses"] if args.misses else ():
            if miss["kind"] == args.misses:
                print(f"  MISS {miss['line']} {miss['form']}\n    FR  {miss['fr']}\n    EN  {miss['en']}\n    INJ {miss['injected']}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
