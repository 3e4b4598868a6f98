"""The name check on the team's own faithful pairs of the kinds that make a faithful name look changed.

Run ``python -m evaluation.faithnames [--json] [--flags] [--kind KIND]``.

``evaluation/data/names_faithful.tsv`` holds French/English pairs written for the name check (never taken from a
data set), each a faithful translation whose name rendering differs in form: exonyms, demonyms, acronyms translated
or expanded, organisations translated, titles and common nouns a parser tags as names, names with particles,
transliterations, events and holidays, works and brands, a name said again by a pronoun or its class, lowercase
French nouns, religions and languages. Every name warning on them is a false alarm; the measure counts them by
kind. The rules were fixed against these pairs: the count is a floor, not a measure of unseen text.

``--checks names,negation,figures`` runs other checks on the same kind of file (a faithful set holding names,
negations and figures, as ``critical_faithful_eighth.tsv``): every warning of any of them is then a false alarm,
counted by kind of pair and by kind of issue.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .tsv import read_tsv

#: The packaged faithful pairs: kind, French, English (``#`` lines are comments).
DATA = Path(__file__).resolve().parent / "data" / "names_faithful.tsv"


@dataclass(frozen=True)
class Faithful:
    """One faithful pair: its ``kind`` of name rendering, the French and the English."""

    kind: str
    fr: str
    en: str


def load(path: Path = DATA) -> list[Faithful]:
    """The faithful pairs of ``path``, in file order.

    Args:
        path: a TSV file of kind, French and English.

    Returns:
        The pairs.
    """
    return [Faithful(r["kind"], r["fr"], r["en"]) for r in read_tsv(path, ("kind", "fr", "en"), header=False)]


def evaluate(pairs: list[Faithful], checks: tuple[str, ...] = ("names",)) -> dict[str, Any]:
    """The warnings of ``checks`` raised on ``pairs``, counted by kind.

    Args:
        pairs: faithful pairs.
        checks: the checks to run (``names``, ``negation``, ``figures``).

    Returns:
        ``pairs``, ``flagged``, ``by_kind`` (pairs and flagged of each kind), ``by_issue`` (flagged pairs of each
        kind of issue) and ``flags`` (each flagged pair with its warnings).
    """
    from summarizer import parsing
    from summarizer.checks import check

    for lang in ("fr", "en"):
        parsing.parse_many([getattr(p, lang) for p in pairs], lang)
    total: Counter[str] = Counter()
    flagged: Counter[str] = Counter()
    by_issue: Counter[str] = Counter()
    flags = []
    for pair in pairs:
        total[pair.kind] += 1
        issues = check(pair.fr, pair.en, checks=checks).warnings
        warnings = [i.message for i in issues]
        if warnings:
            flagged[pair.kind] += 1
            by_issue.update({str(i.kind) for i in issues})
            flags.append({"kind": pair.kind, "fr": pair.fr, "en": pair.en, "warnings": warnings})
    return {
        "pairs": len(pairs),
        "flagged": sum(flagged.values()),
        "by_kind": {k: {"pairs": total[k], "flagged": flagged[k]} for k in total},
        "by_issue": dict(by_issue),
        "flags": flags,
    }


def main(argv: list[str] | None = None) -> int:
    """Print the count by kind (or JSON with ``--json``); 0 on success."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, default=DATA, help="a TSV of kind, French, English")
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--flags", action="store_true", help="list every flagged pair with its warnings")
    parser.add_argument("--kind", default="", help="only the pairs of this kind")
    parser.add_argument("--checks", default="names", help="comma-separated checks to run: names, negation, figures")
    args = parser.parse_args(argv)
    checks = tuple(c.strip() for c in args.checks.split(",") if c.strip())
    pairs = [p for p in load(args.data) if not args.kind or p.kind == args.kind]
    result = evaluate(pairs, checks)
    if args.json:
        print(json.dumps(result, ensure_ascii=False, indent=2))
        return 0
    share = result["flagged"] / max(1, result["pairs"])
    label = "name" if checks == ("names",) else "/".join(checks)
    print(f"faithful {label} pairs: {result['pairs']}, flagged {result['flagged']} ({share:.1%}); by issue {result['by_issue']}")
    for kind, row in result["by_kind"].items():
        print(f"  {kind:<14} {row['flagged']:>3}/{row['pairs']}")
    for flag in result["flags"] if args.flags else ():
        print(f"  FLAG {flag['kind']}: {'; '.join(flag['warnings'])}\n    FR  {flag['fr']}\n    EN  {flag['en']}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
