"""The negation check on the team's own sentence pairs, by kind: false alarms on faithful pairs, errors caught.

Run ``python -m evaluation.negationset [--set FILE] [--json] [--misses]``.

``evaluation/data/negation_set.tsv`` (columns ``kind``, ``flag``, ``fr``, ``en``) holds pairs written by the team, in
news style, never taken from the dev data: faithful renderings whose polarity only looks changed (``flag`` ``no``:
"ne ... que", the expletive "ne", litotes, "sans" as "-free", antonyms, tags, "plus que jamais", ...) and English
renderings that drop a French negation (``flag`` ``yes``: ``removed``, and ``removed_folded`` where the negation is
folded into a word such as "impossible", "faute de", "éviter de"). Reported, by kind: the pairs whose negation flag
is as expected.
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .tsv import read_tsv

logger = logging.getLogger(__name__)

SET = Path(__file__).resolve().parent / "data" / "negation_set.tsv"


@dataclass(frozen=True)
class Item:
    """One pair of the set: its ``kind``, whether a negation warning is ``expected``, the French and English."""

    kind: str
    expected: bool
    fr: str
    en: str


def load_set(path: Path = SET) -> list[Item]:
    """The pairs of a set file (columns ``kind``, ``flag`` ``yes``/``no``, ``fr``, ``en``).

    Raises:
        FileNotFoundError: The file is absent.
        ValueError: A row lacks a column.
    """
    return [Item(r["kind"], r["flag"] == "yes", r["fr"], r["en"]) for r in read_tsv(path, ("kind", "flag", "fr", "en"))]


def evaluate(items: list[Item]) -> dict[str, Any]:
    """Pairs as expected, by kind, and the pairs that were not (with the check's messages)."""
    from summarizer.checks import check

    counts: dict[str, Counter[str]] = defaultdict(Counter)
    wrong: list[dict[str, Any]] = []
    for item in items:
        report = check(item.fr, item.en, checks=("negation",))
        messages = [i.message for i in report.warnings if str(i.kind) == "negation"]
        right = bool(messages) == item.expected
        counts[item.kind]["pairs"] += 1
        counts[item.kind]["right"] += right
        if not right:
            wrong.append({"kind": item.kind, "expected": item.expected, "fr": item.fr, "en": item.en, "messages": messages})
    faithful = [i for i in items if not i.expected]
    errors = [i for i in items if i.expected]
    alarms = sum(1 for w in wrong if not w["expected"])
    missed = sum(1 for w in wrong if w["expected"])
    return {
        "faithful": len(faithful),
        "false_alarms": alarms,
        "errors": len(errors),
        "caught": len(errors) - missed,
        "by_kind": {k: dict(v) for k, v in sorted(counts.items())},
        "wrong": wrong,
    }


def main(argv: Iterable[str] | None = None) -> int:
    """Print the measure (a table, or JSON with ``--json``); 0 on success."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--set", type=Path, default=SET, help="TSV: kind, flag (yes/no), fr, en")
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--misses", action="store_true", help="list the pairs not as expected")
    args = parser.parse_args(list(argv) if argv is not None else None)
    result = evaluate(load_set(args.set))
    if args.json:
        print(json.dumps(result, ensure_ascii=False, indent=2))
        return 0
    print(f"faithful pairs flagged: {result['false_alarms']}/{result['faithful']}; "
          f"negation removed, caught: {result['caught']}/{result['errors']}")  # fmt: skip
    for kind, row in result["by_kind"].items():
        print(f"  {kind:<16} {row['right']:>3}/{row['pairs']:<3} as expected")
    for miss in result["wrong"] if args.misses else ():
        tag = "MISS" if miss["expected"] else "ALARM"
        print(f"  {tag} [{miss['kind']}]\n    FR {miss['fr']}\n    EN {miss['en']}\n    {miss['messages']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
