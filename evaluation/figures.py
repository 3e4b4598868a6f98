"""Quality of figure extraction, key-figure selection and the fidelity check.

Run ``python -m evaluation.figures [--json]`` on the gold set in
``evaluation/data/figures_gold.txt`` (French news-style passages written for
this project, every figure annotated, with English translations that keep every
figure and translations with a deliberate figure error).

Reports figure precision and recall by kind (a figure counts as found when a
predicted figure overlaps it with the same value), key-figure precision and
recall, and the fidelity check's detection precision and recall (a translation
with an injected error must be flagged; a format-only change must not).
"""

from __future__ import annotations

import argparse
import json
import re
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from summarizer import check_figures, extract_figures
from summarizer.figures import Figure

GOLD = Path(__file__).resolve().parent / "data" / "figures_gold.txt"
_MARK = re.compile(r"\[\[([^|\]]+)\|([^|\]]+)\|([a-z]+)(\|key)?\]\]")


@dataclass
class GoldFigure:
    """One annotated figure."""

    text: str
    value: float | str
    kind: str
    key: bool
    start: int
    end: int


@dataclass
class Passage:
    """One annotated passage and its English versions."""

    id: str
    text: str
    figures: list[GoldFigure]
    translations: list[tuple[str, bool]] = field(default_factory=list)  # (english, has an error)


def _parse_value(raw: str) -> float | str:
    try:
        return float(raw)
    except ValueError:
        return raw


def load_gold(path: Path = GOLD) -> list[Passage]:
    """Read the gold set."""
    passages: list[Passage] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("## "):
            passages.append(Passage(line[3:].split()[0], "", []))
        elif line.startswith(("EN+ ", "EN! ")):
            passages[-1].translations.append((line[4:], line.startswith("EN!")))
        elif line.strip() and not line.startswith("#") and passages:
            text, figures, cursor = [], [], 0
            for m in _MARK.finditer(line):
                text.append(line[cursor : m.start()])
                start = sum(map(len, text))
                text.append(m.group(1))
                figures.append(GoldFigure(m.group(1), _parse_value(m.group(2)), m.group(3), bool(m.group(4)), start,
                                          start + len(m.group(1))))  # fmt: skip
                cursor = m.end()
            text.append(line[cursor:])
            passages[-1].text = "".join(text)
            passages[-1].figures = figures
    return passages


def _same(gold: GoldFigure, figure: Figure) -> bool:
    if isinstance(gold.value, str) or isinstance(figure.value, str):
        return gold.value == figure.value
    return abs(float(figure.value) - gold.value) <= 1e-9 * max(1.0, abs(gold.value))


def _overlap(gold: GoldFigure, figure: Figure) -> bool:
    return gold.start < figure.end and figure.start < gold.end


def _pr(tp: int, predicted: int, gold: int) -> dict[str, float]:
    return {"precision": round(tp / predicted, 3) if predicted else 1.0, "recall": round(tp / gold, 3) if gold else 1.0,
            "gold": gold, "predicted": predicted}  # fmt: skip


def evaluate(passages: list[Passage]) -> dict[str, Any]:
    """All the scores on a list of passages."""
    by_kind: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])  # tp, predicted, gold
    key = [0, 0, 0]
    kind_right = value_right = total = 0
    misses: list[str] = []
    for passage in passages:
        predicted = [f for f in extract_figures(passage.text, "fr") if f.kind != "name"]  # names are never figures of the gold
        for figure in predicted:
            by_kind[figure.kind][1] += 1
            if figure.key:
                key[1] += 1
        for gold in passage.figures:
            total += 1
            by_kind[gold.kind][2] += 1
            key[2] += gold.key
            hit = next((f for f in predicted if _overlap(gold, f) and _same(gold, f)), None)
            if hit is None:
                misses.append(f"{passage.id}: '{gold.text}' ({gold.value})")
                continue
            value_right += 1
            by_kind[gold.kind][0] += 1 if hit.kind == gold.kind else 0
            kind_right += hit.kind == gold.kind
            if gold.key and hit.key:
                key[0] += 1
        spurious_keys = [f for f in predicted if f.key and not any(_overlap(g, f) and g.key for g in passage.figures)]
        misses += [f"{passage.id}: spurious key '{f.text}'" for f in spurious_keys]
    detection = [0, 0, 0]  # true positives, flagged, with errors
    false_alarms: list[str] = []
    for passage in passages:
        for english, has_error in passage.translations:
            flagged = not check_figures(passage.text, english).ok
            detection[0] += flagged and has_error
            detection[1] += flagged
            detection[2] += has_error
            if flagged != has_error:
                false_alarms.append(f"{passage.id}: {'missed error' if has_error else 'false alarm'}")
    return {
        "passages": len(passages),
        "figures": total,
        "value_accuracy": round(value_right / total, 3),
        "kind_accuracy": round(kind_right / total, 3),
        "figure_precision": round(value_right / sum(v[1] for v in by_kind.values()), 3),
        "by_kind": {k: _pr(*v) for k, v in sorted(by_kind.items())},
        "key_figures": _pr(*key),
        "fidelity_detection": _pr(*detection),
        "translations": sum(len(p.translations) for p in passages),
        "errors": misses + false_alarms,
    }


def main(argv: list[str] | None = None) -> int:
    """Print the scores."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    scores = evaluate(load_gold())
    if args.json:
        print(json.dumps(scores, indent=2, ensure_ascii=False))
        return 0
    print(f"{scores['passages']} passages, {scores['figures']} figures, {scores['translations']} translations")
    print(f"figures with the right value: {scores['value_accuracy']:.1%} (precision {scores['figure_precision']:.1%}); "
          f"right kind: {scores['kind_accuracy']:.1%}")  # fmt: skip
    for kind, s in scores["by_kind"].items():
        print(f"  {kind:9s} precision {s['precision']:.1%}  recall {s['recall']:.1%}  ({s['gold']} gold)")
    k, d = scores["key_figures"], scores["fidelity_detection"]
    print(f"key figures: precision {k['precision']:.1%}  recall {k['recall']:.1%}")
    print(f"fidelity check: detection precision {d['precision']:.1%}  recall {d['recall']:.1%}")
    for error in scores["errors"]:
        print("  -", error)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
