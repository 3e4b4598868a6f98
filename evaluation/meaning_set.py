"""Errors of figure meaning on a set written apart from the checker's vocabulary.

Run ``python -m evaluation.meaning_set [--set FILE] [--misses] [--json]``. The set,
``evaluation/data/figures_meaning.tsv`` (columns ``kind``, ``fr``, ``en_faithful``, ``en_wrong``), holds news-style
French sentences written by the team, each with a faithful English rendering and one with a single error of
meaning: a direction reversed (``direction``), a comparator changed (``comparator``), a count's noun replaced
(``noun_replaced``) or the nouns of two counts exchanged (``nouns_exchanged``). Its sentences were written before
the checker's word lists were read, in varied grammar, and never taken from the dev data; it was written alongside
the code, so its numbers are a floor for the kinds it holds, not a promise on unseen news.

Per kind it reports how many wrong renderings the figure check flags (``caught``) and how many faithful ones it
flags (``false_alarms``); a wrong rendering counts as caught only where its faithful one passes (``scored``).
"""

from __future__ import annotations

import argparse
import json
import logging
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .tsv import read_tsv

logger = logging.getLogger(__name__)

DEFAULT_SET = Path(__file__).resolve().parent / "data" / "figures_meaning.tsv"
Checker = Callable[[str, str], bool]  # (french, english) -> flagged


@dataclass(frozen=True)
class Item:
    """One French sentence with its faithful and its wrong English rendering."""

    kind: str
    fr: str
    faithful: str
    wrong: str


def load_set(path: Path = DEFAULT_SET) -> list[Item]:
    """The items of a TSV file with the columns ``kind``, ``fr``, ``en_faithful``, ``en_wrong``.

    Raises:
        FileNotFoundError: The file is absent.
        ValueError: A row lacks a column.
    """
    columns = ("kind", "fr", "en_faithful", "en_wrong")
    return [Item(*(row[c] for c in columns)) for row in read_tsv(path, columns)]


def _flagged(fr: str, en: str) -> bool:
    """The project's figure check: flagged when a figure is lost, changed or added."""
    from summarizer.checks.figures import check_pair

    return not check_pair(fr, en).ok


def evaluate(items: list[Item], flagged: Checker = _flagged) -> dict[str, Any]:
    """Per kind and overall: items, false alarms on the faithful renderings, errors caught on the wrong ones."""
    kinds: dict[str, dict[str, Any]] = {}
    for item in items:
        row = kinds.setdefault(item.kind, {"items": 0, "false_alarms": 0, "scored": 0, "caught": 0, "misses": [], "alarms": []})
        row["items"] += 1
        if flagged(item.fr, item.faithful):
            row["false_alarms"] += 1
            row["alarms"].append(item.faithful)
            continue
        row["scored"] += 1
        if flagged(item.fr, item.wrong):
            row["caught"] += 1
        else:
            row["misses"].append(item.wrong)
    total = {key: sum(r[key] for r in kinds.values()) for key in ("items", "false_alarms", "scored", "caught")}
    for row in (*kinds.values(), total):
        row["recall"] = round(row["caught"] / max(1, row["scored"]), 3)
    return {"kinds": dict(sorted(kinds.items())), "total": total}


def main(argv: list[str] | None = None) -> int:
    """Evaluate the set and print its numbers."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--set", type=Path, default=DEFAULT_SET, help="TSV: kind, fr, en_faithful, en_wrong")
    parser.add_argument("--misses", action="store_true", help="list the wrong renderings not caught and the false alarms")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    report = evaluate(load_set(args.set))
    if args.json:
        print(json.dumps(report, indent=2, ensure_ascii=False))
        return 0
    for kind, row in (*report["kinds"].items(), ("all", report["total"])):
        print(f"{kind:16s} caught {row['caught']:3d}/{row['scored']:3d} ({row['recall']:.1%}); "
              f"false alarms {row['false_alarms']}/{row['items']}")  # fmt: skip
        if args.misses and kind != "all":
            for text in row["misses"]:
                print(f"    missed: {text}")
            for text in row["alarms"]:
                print(f"    false alarm: {text}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
