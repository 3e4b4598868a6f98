"""Key figures as an editor would choose them, and what they say: precision at k and label accuracy.

Run ``python -m evaluation.keyfigures [--data DIR] [--json]``. The gold set, ``evaluation/data/keyfigures_gold.tsv``,
marks by hand the key figures of the 9 French-original articles of ``../shared/data/parallel-dev`` (read from
there by line number, never copied into the project; skipped when absent) and of the project's example
articles, each with the head noun it counts and the event that happened. It reports:

- **precision at k**: of the first k key figures the summary ranks (k = the figures the editor marked in that
  article), how many the editor marked; averaged over articles;
- **label accuracy**: of the marked figures, how many get the right head noun *and* the right event, for the
  labels read from spaCy's French parse (``summarizer.facts``) and for the words-after-the-figure labels
  (``Figure.label``) side by side;
- whether a year, date, ordinal, age or vote count reaches the top 3 of any article.
"""

from __future__ import annotations

import argparse
import json
import unicodedata
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Any

DEFAULT_DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "parallel-dev"
GOLD = Path(__file__).resolve().parent / "data" / "keyfigures_gold.tsv"
EXAMPLES = Path(__file__).resolve().parents[1] / "summarizer" / "examples"


@dataclass(frozen=True)
class GoldFigure:
    """One key figure marked by the editor."""

    article: str
    lines: tuple[int, ...]
    forms: tuple[str, ...]
    nouns: tuple[str, ...]
    events: tuple[str, ...]


@dataclass
class Article:
    """An article of the gold set: its text, where its lines start, its marked figures."""

    name: str
    text: str
    first_line: int | None
    gold: list[GoldFigure]


def load_gold(path: Path = GOLD) -> list[GoldFigure]:
    """The marked figures."""
    rows = []
    for row in path.read_text(encoding="utf-8").splitlines():
        if not row.strip() or row.startswith("#"):
            continue
        article, line, forms, nouns, events = row.split("\t")
        rows.append(
            GoldFigure(
                article,
                () if line == "-" else tuple(int(n) for n in line.split("|")),
                tuple(forms.split("|")),
                tuple(nouns.split("|")),
                tuple(events.split("|")),
            )  # fmt: skip
        )
    return rows


def load_articles(data: Path = DEFAULT_DATA, gold: list[GoldFigure] | None = None) -> list[Article]:
    """The gold articles whose text is available (the dev articles only where ``data`` exists)."""
    gold = gold if gold is not None else load_gold()
    by_article: dict[str, list[GoldFigure]] = defaultdict(list)
    for figure in gold:
        by_article[figure.article].append(figure)
    articles = []
    lines: dict[str, list[int]] = defaultdict(list)
    french: list[str] = []
    if (data / "fr.txt").exists():
        french = (data / "fr.txt").read_text(encoding="utf-8").splitlines()
        for row in (data / "meta.tsv").read_text(encoding="utf-8").splitlines()[1:]:
            number, docid = row.split("\t")[:2]
            lines[docid].append(int(number))
    for name, figures in by_article.items():
        if name.startswith("examples/"):
            articles.append(Article(name, (EXAMPLES / name.split("/", 1)[1]).read_text(encoding="utf-8"), None, figures))
        elif name in lines:
            numbers = sorted(lines[name])
            articles.append(Article(name, "\n".join(french[n - 1] for n in numbers), numbers[0], figures))
    return articles


def _fold(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", text.lower()) if unicodedata.category(c) != "Mn")


def _line_of(article: Article, offset: int) -> int | None:
    return None if article.first_line is None else article.first_line + article.text.count("\n", 0, offset)


def _is(gold: GoldFigure, article: Article, text: str, start: int) -> bool:
    """Whether a figure (its text and offset) is the marked one."""
    if gold.lines and _line_of(article, start) not in gold.lines:
        return False
    folded = _fold(text)
    return any(_fold(form) in folded or folded in _fold(form) for form in gold.forms)


def _right(expected: tuple[str, ...], said: str) -> bool:
    """A lemma said right: "-" accepts anything; else a said word starts like an expected lemma."""
    if expected == ("-",):
        return True
    words = [_fold(w) for w in said.replace("'", " ").replace("’", " ").split()]
    return any(any(w.startswith(_fold(e)[: max(3, min(5, len(e) - 1))]) for w in words) for e in expected)


def evaluate(articles: list[Article]) -> dict[str, Any]:
    """Precision at k, label accuracy (parse and words), and the context figures reaching the top 3."""
    from summarizer.document import Document
    from summarizer.facts import parser_available, read_facts
    from summarizer.summary import select_key_figures

    parse = parser_available()
    per_article = {}
    labels = {"parse": [0, 0], "words": [0, 0]}
    misses: list[str] = []
    context_top3: list[str] = []
    for article in articles:
        document = Document.build(article.text)
        ranked = select_key_figures(document)
        k = len(article.gold)
        top = ranked[:k]
        hits = sum(any(_is(g, article, f.text, f.start) for g in article.gold) for f in top)
        per_article[article.name] = {"k": k, "hits": hits, "precision_at_k": round(hits / k, 3),
                                     "top": [f.text for f in top]}  # fmt: skip
        for figure in ranked[:3]:
            if figure.kind in ("year", "date", "ordinal", "duration") or _fold(figure.label).startswith(("voix", "vote")):
                context_top3.append(f"{article.name}: {figure.text}")
        for gold in article.gold:
            candidates = [f for f in document.figures() if _is(gold, article, f.text, f.start)]
            # the fact as the editor placed it: its first listed line (an intertitle may restate it)
            candidates.sort(key=lambda f: gold.lines.index(_line_of(article, f.start)) if gold.lines else 0)
            found = candidates[0] if candidates else None
            for method in labels:
                labels[method][1] += 1
            if found is None:
                misses.append(f"{article.name}: '{gold.forms[0]}' not read")
                continue
            sentence = document.sentence_at(found.start)
            words_ok = _right(gold.nouns, found.label) and gold.events == ("-",)
            labels["words"][0] += words_ok
            if parse and sentence is not None:
                local = [f for f in sentence.figures if f.kind != "name"]
                offset = found.start - sentence.start
                facts = read_facts(sentence.source, local)
                fact = next((x for x in facts if x.figure.start == offset), None)
                if fact is not None:
                    noun_ok = _right(gold.nouns, f"{fact.noun_lemma} {fact.noun}")
                    event_ok = _right(gold.events, f"{fact.event_lemma} {fact.event}")
                    labels["parse"][0] += noun_ok and event_ok
                    if not (noun_ok and event_ok):
                        misses.append(f"{article.name}: '{gold.forms[0]}' read as '{fact.noun}' / '{fact.event}' "
                                      f"(expected {'|'.join(gold.nouns)} / {'|'.join(gold.events)})")  # fmt: skip
    precision = [row["precision_at_k"] for row in per_article.values()]
    return {
        "articles": len(articles),
        "marked_figures": sum(len(a.gold) for a in articles),
        "precision_at_k": round(sum(precision) / max(1, len(precision)), 3),
        "label_accuracy_parse": round(labels["parse"][0] / max(1, labels["parse"][1]), 3) if parse else None,
        "label_accuracy_words": round(labels["words"][0] / max(1, labels["words"][1]), 3),
        "context_in_top3": context_top3,
        "per_article": per_article,
        "misses": misses,
    }


def main(argv: list[str] | None = None) -> int:
    """Evaluate and print."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="folder with fr.txt and meta.tsv")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    articles = load_articles(args.data)
    report = evaluate(articles)
    if args.json:
        print(json.dumps(report, indent=2, ensure_ascii=False))
        return 0
    dev = sum(not a.name.startswith("examples/") for a in articles)
    print(f"{report['articles']} articles ({dev} French-original articles of the dev set"
          f"{'' if dev else ': not on this machine'}), {report['marked_figures']} marked key figures")  # fmt: skip
    print(f"precision at k: {report['precision_at_k']:.1%}")
    parse = report["label_accuracy_parse"]
    print(f"label accuracy (head noun and event): parse {'n/a (spaCy not installed)' if parse is None else f'{parse:.1%}'}, "
          f"words after the figure {report['label_accuracy_words']:.1%}")  # fmt: skip
    print(f"years, dates, ordinals, ages or votes in a top 3: {report['context_in_top3'] or 'none'}")
    for name, row in report["per_article"].items():
        print(f"  {row['precision_at_k']:.0%} ({row['hits']}/{row['k']})  {name}: {row['top']}")
    for miss in report["misses"]:
        print(f"  - {miss}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
