"""The figure check on real translations: false alarms, injected errors, format-only rewrites, and a peer.

Run ``python -m evaluation.parallel [--data DIR] [--json]`` on French-English sentence pairs (by default
``../shared/data/parallel-dev``: WMT newstest2013, professional translations; read from there, never copied
into the project). It reports, for the project's check and for translate-toolkit's pofilter ``numbers``
check side by side:

(a) the flag rate on the pairs whose French has a digit, overall and for the French-original pairs, and how
    the flags still raised compare with the hand-labelled file ``evaluation/data/parallel_flags.tsv``
    (line, verdict: ``change`` or ``false_alarm``, category);
(b) recall on injected figure errors, from a deterministic generator that never calls a checker: a digit
    changed, a figure dropped, a scale word swapped, a decimal point dropped, a thousands separator read as a
    decimal, a year changed, two figures of a sentence swapped, a currency swapped, a unit changed; each
    checker is scored on the pairs it accepts as they are;
(c) format-only rewrites that must not be flagged: grouping removed or added, small numbers spelled out,
    ``%``/``per cent``/``percent``, ordinals as words, ``1.2 billion`` as ``1,200 million``.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import time
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

DEFAULT_DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "parallel-dev"
LABELS = Path(__file__).resolve().parent / "data" / "parallel_flags.tsv"
Checker = Callable[[str, str], bool]  # (french, english) -> flagged


@dataclass(frozen=True)
class Pair:
    """One sentence pair of the set."""

    line: int
    fr: str
    en: str
    orig_lang: str


def load_pairs(folder: Path) -> list[Pair]:
    """The pairs of ``fr.txt``/``en.txt``/``meta.tsv``.

    Raises:
        FileNotFoundError: The folder or its files are absent.
    """
    fr = (folder / "fr.txt").read_text(encoding="utf-8").splitlines()
    en = (folder / "en.txt").read_text(encoding="utf-8").splitlines()
    meta = (folder / "meta.tsv").read_text(encoding="utf-8").splitlines()[1:]
    langs = {int(row.split("\t")[0]): row.split("\t")[3] for row in meta if row.strip()}
    return [Pair(i, f, e, langs.get(i, "")) for i, (f, e) in enumerate(zip(fr, en), 1)]


def ours(fr: str, en: str) -> bool:
    """The project's check: flagged when a figure is lost, changed or added."""
    from summarizer.fidelity import check_pair

    return not check_pair(fr, en).ok


def pofilter(fr: str, en: str) -> bool:
    """translate-toolkit's pofilter ``numbers`` check: flagged when it fails."""
    from translate.filters.checks import FilterFailure, StandardChecker

    try:
        return not StandardChecker().numbers(fr, en)
    except FilterFailure:
        return True


# --------------------------------------------------------------------------- (b) injected errors

_NUMBER = re.compile(r"(?<![\w.,])\d{1,3}(?:,\d{3})+(?:\.\d+)?(?![\d,]*\d)|(?<![\w.,])\d+(?:\.\d+)?(?![\w]*\d)")
_SCALES = ["thousand", "million", "billion"]
_CURRENCIES = [("$", "€"), ("€", "£"), ("£", "$"), ("dollars", "euros"), ("euros", "pounds"), ("pounds", "dollars")]
_UNITS = [("km", "miles"), ("kilometres", "miles"), ("kilometers", "miles"), ("miles", "km"), ("kg", "pounds"),
          ("kilograms", "pounds"), ("tonnes", "kg"), ("tons", "kg"), ("metres", "feet"), ("meters", "feet"),
          ("feet", "metres"), ("hours", "days"), ("days", "weeks"), ("years", "months"), ("months", "years"),
          ("%", " percentage points"), ("per cent", "percentage points"), ("percent", "percentage points")]  # fmt: skip


def _numbers(text: str) -> list[re.Match[str]]:
    return [m for m in _NUMBER.finditer(text) if any(c.isdigit() for c in m.group(0))]


def _pick(rng: random.Random, found: list[Any]) -> Any | None:
    """One of ``found`` at random, ``None`` when there is none (the generator's one draw per case)."""
    return rng.choice(found) if found else None


def _replace(text: str, start: int, end: int, new: str) -> str:
    return text[:start] + new + text[end:]


def _digit_changed(en: str, rng: random.Random) -> str | None:
    m = _pick(rng, _numbers(en))
    if m is None:
        return None
    positions = [i for i, c in enumerate(m.group(0)) if c.isdigit()]
    i = rng.choice(positions)
    old = m.group(0)[i]
    new = rng.choice([d for d in "0123456789" if d != old and not (i == positions[0] and d == "0")])
    return _replace(en, m.start() + i, m.start() + i + 1, new)


def _figure_dropped(en: str, rng: random.Random) -> str | None:
    m = _pick(rng, _numbers(en))
    if m is None:
        return None
    tail = re.match(r"(?:\s*(?:%|per ?cent|thousand|million|billion))?", en[m.end() :])
    end = m.end() + (tail.end() if tail else 0)
    return re.sub(r"\s{2,}", " ", _replace(en, m.start(), end, "")).strip()


def _scale_swapped(en: str, rng: random.Random) -> str | None:
    m = _pick(rng, list(re.finditer(r"(?<=\d )(thousand|million|billion)\b", en)))
    if m is None:
        return None
    return _replace(en, m.start(), m.end(), rng.choice([s for s in _SCALES if s != m.group(1)]))


def _decimal_dropped(en: str, rng: random.Random) -> str | None:
    m = _pick(rng, list(re.finditer(r"(?<=\d)\.(?=\d)", en)))
    if m is None:
        return None
    return _replace(en, m.start(), m.end(), "")


def _thousands_as_decimal(en: str, rng: random.Random) -> str | None:
    m = _pick(rng, list(re.finditer(r"(?<=\d),(?=\d{3}(?!\d))", en)))
    if m is None:
        return None
    return _replace(en, m.start(), m.end(), ".")


def _year_changed(en: str, rng: random.Random) -> str | None:
    m = _pick(rng, list(re.finditer(r"(?<![\d,.])(?:19|20)\d\d(?![\d,.]\d)", en)))
    if m is None:
        return None
    return _replace(en, m.start(), m.end(), str(int(m.group(0)) + rng.choice([-3, -2, -1, 1, 2, 3])))


def _swapped(en: str, rng: random.Random) -> str | None:
    found = _numbers(en)
    pairs = [(a, b) for i, a in enumerate(found) for b in found[i + 1 :] if a.group(0) != b.group(0)]
    if not pairs:
        return None
    a, b = rng.choice(pairs)
    return en[: a.start()] + b.group(0) + en[a.end() : b.start()] + a.group(0) + en[b.end() :]


def _currency_swapped(en: str, rng: random.Random) -> str | None:
    options = [(m, new) for old, new in _CURRENCIES for m in re.finditer(re.escape(old) if old in "$€£" else rf"\b{old}\b", en)
               if re.search(r"\d", en[max(0, m.start() - 12) : m.end() + 12])]  # fmt: skip
    if not options:
        return None
    m, new = rng.choice(options)
    return _replace(en, m.start(), m.end(), new)


def _unit_changed(en: str, rng: random.Random) -> str | None:
    options = [(m, new) for old, new in _UNITS
               for m in re.finditer(rf"(?<=\d)\s?{re.escape(old)}\b" if old != "%" else r"(?<=\d)%", en)]  # fmt: skip
    if not options:
        return None
    m, new = rng.choice(options)
    spaced = new if new.startswith(" ") else " " + new
    return _replace(en, m.start(), m.end(), spaced)


INJECTIONS: dict[str, Callable[[str, random.Random], str | None]] = {
    "digit_changed": _digit_changed,
    "figure_dropped": _figure_dropped,
    "scale_swapped": _scale_swapped,
    "decimal_dropped": _decimal_dropped,
    "thousands_as_decimal": _thousands_as_decimal,
    "year_changed": _year_changed,
    "swapped": _swapped,
    "currency_swapped": _currency_swapped,
    "unit_changed": _unit_changed,
}


def injected_cases(pairs: list[Pair], seed: int = 13) -> list[tuple[Pair, str, str]]:
    """``(pair, type, altered English)`` for every pair and type that applies; never calls a checker."""
    cases = []
    for pair in pairs:
        for name, inject in INJECTIONS.items():
            rng = random.Random(f"{seed}:{pair.line}:{name}")
            altered = inject(pair.en, rng)
            if altered is not None and altered != pair.en:
                cases.append((pair, name, altered))
    return cases


# --------------------------------------------------------------------------- (c) format-only rewrites

_SMALL = "zero one two three four five six seven eight nine ten".split()
_ORDINALS = {"1st": "first", "2nd": "second", "3rd": "third", "4th": "fourth", "5th": "fifth", "6th": "sixth",
             "7th": "seventh", "8th": "eighth", "9th": "ninth", "10th": "tenth", "20th": "twentieth", "21st": "twenty-first"}  # fmt: skip


def _grouping_removed(en: str) -> str | None:
    new = re.sub(r"(?<=\d),(?=\d{3}(?!\d))", "", en)
    return new if new != en else None


def _grouping_added(en: str) -> str | None:
    def group(m: re.Match[str]) -> str:
        value = int(m.group(0))
        return f"{value:,}" if value >= 10000 else m.group(0)

    new = re.sub(r"(?<![\d,.])\d{5,}(?![\d,.]\d)", group, en)
    return new if new != en else None


def _small_spelled(en: str) -> str | None:
    # a number inside a name ("RM-2", "Meteor-2") or a date's day ("2 February") is not spelled out by writers
    months = "January|February|March|April|May|June|July|August|September|October|November|December"
    new = re.sub(rf"(?<![\d,.$€£-])\b([2-9]|10)\b(?![\d,.%-]|\s*(?:per|%|million|billion|thousand|am|pm|a\.m|p\.m|{months}))",
                 lambda m: _SMALL[int(m.group(1))], en)  # fmt: skip
    return new if new != en else None


def _percent_words(en: str) -> str | None:
    if "%" in en:
        return re.sub(r"\s?%", " per cent", en)
    if re.search(r"\bper ?cent\b", en):
        return re.sub(r"\s?\bper ?cent\b", "%", en)
    return None


def _ordinal_words(en: str) -> str | None:
    new = re.sub(r"\b(\d{1,2}(?:st|nd|rd|th))\b", lambda m: _ORDINALS.get(m.group(1), m.group(1)), en)
    return new if new != en else None


def _billion_as_million(en: str) -> str | None:
    def million(m: re.Match[str]) -> str:
        return f"{round(float(m.group(1)) * 1000):,} million"

    new = re.sub(r"\b(\d+\.\d)\s+billion\b", million, en)
    return new if new != en else None


REWRITES: dict[str, Callable[[str], str | None]] = {
    "grouping_removed": _grouping_removed,
    "grouping_added": _grouping_added,
    "small_numbers_spelled": _small_spelled,
    "percent_words": _percent_words,
    "ordinals_as_words": _ordinal_words,
    "billion_as_million": _billion_as_million,
}


def rewrite_cases(pairs: list[Pair]) -> list[tuple[Pair, str, str]]:
    """``(pair, type, rewritten English)`` for every pair and format-only rewrite that applies."""
    cases = []
    for pair in pairs:
        for name, rewrite in REWRITES.items():
            new = rewrite(pair.en)
            if new is not None and new != pair.en:
                cases.append((pair, name, new))
    return cases


# --------------------------------------------------------------------------- the report


def load_labels(path: Path = LABELS) -> dict[int, tuple[str, str]]:
    """Hand labels of the flags still raised: line -> (verdict, category)."""
    if not path.exists():
        return {}
    labels = {}
    for row in path.read_text(encoding="utf-8").splitlines():
        if row.strip() and not row.startswith("#"):
            line, verdict, category = (row.split("\t") + ["", ""])[:3]
            labels[int(line)] = (verdict, category)
    return labels


def _flagged_share(
    cases: list[tuple[Pair, str, str]], flagged: Checker, name: str
) -> tuple[float, int, dict[str, dict[str, Any]]]:
    """The share of ``cases`` (pair, type, altered English) a checker flags: overall, how many, and by type."""
    counts: dict[str, list[int]] = defaultdict(lambda: [0, 0])  # type -> [flagged, cases]
    for pair, kind, altered in cases:
        counts[kind][1] += 1
        counts[kind][0] += flagged(pair.fr, altered)
    total = sum(v[1] for v in counts.values())
    by_type = {k: {name: round(v[0] / max(1, v[1]), 3), "cases": v[1]} for k, v in sorted(counts.items())}
    return round(sum(v[0] for v in counts.values()) / max(1, total), 4), total, by_type


def evaluate(pairs: list[Pair], checkers: dict[str, Checker] | None = None) -> dict[str, Any]:
    """Every measure, per checker."""
    checkers = checkers or {"summarizer": ours, "pofilter_numbers": pofilter}
    digit = [p for p in pairs if re.search(r"\d", p.fr)]
    injections = injected_cases(digit)
    rewrites = rewrite_cases(digit)
    labels = load_labels()
    report: dict[str, Any] = {"pairs": len(pairs), "pairs_with_digit": len(digit),
                              "french_original_with_digit": sum(p.orig_lang == "fr" for p in digit),
                              "injected_cases": len(injections), "rewrite_cases": len(rewrites)}  # fmt: skip
    for name, flagged in checkers.items():
        original = {p.line: flagged(p.fr, p.en) for p in digit}
        raised = sorted(line for line, f in original.items() if f)
        fr_orig = [p for p in digit if p.orig_lang == "fr"]
        row: dict[str, Any] = {
            "flags": len(raised),
            "flag_rate": round(len(raised) / len(digit), 4),
            "flag_rate_french_original": round(sum(original[p.line] for p in fr_orig) / max(1, len(fr_orig)), 4),
        }
        # the hand labels cover every line either checker flags: each checker's false alarms are counted the same way
        verdicts = Counter(labels[line][0] if line in labels else "unlabelled" for line in raised)
        row["labelled"] = dict(verdicts)
        row["false_alarm_rate"] = round(verdicts.get("false_alarm", 0) / len(digit), 4)
        row["unlabelled_lines"] = [line for line in raised if line not in labels]
        if name == "summarizer":
            row["categories"] = {labels[line][1]: labels[line][0] for line in raised if line in labels}
        else:
            row["flagged_lines"] = raised
        # each checker is scored on the pairs it accepts as they are
        rate, total, by_type = _flagged_share([c for c in injections if not original[c[0].line]], flagged, "recall")
        row.update(injected_recall=rate, injected_cases_scored=total, recall_by_type=by_type)
        rate, total, by_type = _flagged_share([c for c in rewrites if not original[c[0].line]], flagged, "flagged")
        row.update(rewrites_flagged=rate, rewrite_cases_scored=total, rewrites_by_type=by_type)
        report[name] = row
    report["extraction_200k"] = extraction_speed(pairs)
    return report


def extraction_speed(pairs: list[Pair], chars: int = 200_000) -> dict[str, Any]:
    """Seconds to read the figures of one article of ``chars`` characters made of the set's French sentences."""
    from summarizer.figures import extract_figures

    one_pass = " ".join(p.fr for p in pairs) + "\n"
    text = (one_pass * (chars // max(1, len(one_pass)) + 1))[:chars]
    start = time.perf_counter()
    found = extract_figures(text, "fr")
    return {"chars": len(text), "seconds": round(time.perf_counter() - start, 3), "figures": len(found)}


def main(argv: list[str] | None = None) -> int:
    """Evaluate and print."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="folder with fr.txt, en.txt, meta.tsv")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    try:
        pairs = load_pairs(args.data)
    except FileNotFoundError:
        print(f"evaluation.parallel: no parallel data in {args.data} (fr.txt, en.txt, meta.tsv): nothing to measure")
        return 0
    report = evaluate(pairs)
    if args.json:
        print(json.dumps(report, indent=2))
        return 0
    print(f"{report['pairs_with_digit']} pairs with a digit in the French ({report['french_original_with_digit']} "
          f"French-original); {report['injected_cases']} injected errors; {report['rewrite_cases']} format-only rewrites")  # fmt: skip
    for name in ("summarizer", "pofilter_numbers"):
        row = report[name]
        print(f"\n{name}: flags {row['flags']} ({row['flag_rate']:.1%}; French-original {row['flag_rate_french_original']:.1%}), "
              f"injected recall {row['injected_recall']:.1%} of {row['injected_cases_scored']}, "
              f"format-only rewrites flagged {row['rewrites_flagged']:.1%} of {row['rewrite_cases_scored']}")  # fmt: skip
        for kind, value in row["recall_by_type"].items():
            print(f"  recall {kind:22s} {value['recall']:.1%} ({value['cases']})")
        for kind, value in row["rewrites_by_type"].items():
            print(f"  rewrite {kind:21s} flagged {value['flagged']:.1%} ({value['cases']})")
        print(f"  flags labelled: {row['labelled']}; false alarms {row['false_alarm_rate']:.1%} of the pairs"
              + (f"; unlabelled lines {row['unlabelled_lines']}" if row["unlabelled_lines"] else ""))  # fmt: skip
        for category, verdict in row.get("categories", {}).items():
            print(f"    {verdict:11s} {category}")
    speed = report["extraction_200k"]
    print(f"\nextraction of a {speed['chars']:,}-character article of these sentences: {speed['seconds']:.2f} s "
          f"({speed['figures']} figures)")  # fmt: skip
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
