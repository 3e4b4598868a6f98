"""The parse gates against every parse: the same results, fewer parses.

Run ``python -m evaluation.gates [--data DIR] [--limit N] [--json]``. The readers skip a parse, or the entity
recogniser, where a test on the text shows it cannot change what they find (:func:`summarizer.parsing.gates`): a
negation check without a word a French or English negation starts from, the English named entities where every
capitalised proper noun of the English lies in a French name found there and no surname may be replaced. This runs
everything with the gates off (every parse made, as before them) and on, and compares the whole results:

(a) every pair of the parallel set (by default ``../shared/data/parallel-dev``, read there, never copied):
    :func:`summarizer.check`'s whole report (issues, names found, what was checked, notes);
(b) whole summaries (``ArticleSummary.to_dict()``: sentences, flags, names and negation reports, key figures, their
    labels and lines): the dev articles of the key-figure evaluation with their professional English, the parse
    benchmark's real-news and synthetic 40-sentence articles, and the news-fr passages with a translator double
    that returns the French (no English exists for them: names and negations are then read on both sides alike).

It prints the counts compared, the counts that differ (the gates' promise: 0), and the parses each mode made; its
exit status is 1 when anything differs. No result of a held-out pair is looked at, only whether both modes agree.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path
from typing import Any

#: Pairs parsed ahead per batch (within the parse cache's 512 sentences, both languages).
_CHUNK = 200


def _parses(meter: Any) -> dict[str, int]:
    """The parses a run made (:class:`evaluation.bench.ParseMeter`), by language and whether with the entities."""
    out: dict[str, int] = {}
    for lang in ("fr", "en"):
        out[f"{lang} parsed"] = meter.parsed[lang] - meter.with_entities[lang]
        out[f"{lang} parsed, entities"] = meter.with_entities[lang]
        out[f"{lang} entities later"] = meter.entities_later[lang]
    return dict(sorted(out.items()))


def _json(value: Any) -> str:
    return json.dumps(value, sort_keys=True, ensure_ascii=False, default=str)


def check_reports(pairs: list[tuple[str, str]]) -> list[str]:
    """:func:`summarizer.check`'s report of each pair, as JSON, the pairs parsed ahead in batches without their
    entities (each check asks for the entities it reads)."""
    from summarizer import check, parsing

    out = []
    for start in range(0, len(pairs), _CHUNK):
        chunk = pairs[start : start + _CHUNK]
        parsing.clear()
        parsing.parse_many([fr for fr, _ in chunk], "fr", entities=[])
        parsing.parse_many([en for _, en in chunk], "en", entities=[])
        out.extend(_json(check(fr, en).to_dict()) for fr, en in chunk)
    return out


def articles(data: Path) -> list[tuple[str, str, Any]]:
    """(name, French text, translator) of every article summarised: the dev articles with their professional
    English, the benchmark's two articles, the news-fr passages with a translator that returns the French."""
    from summarizer.document import Document
    from summarizer.testing import ScriptedTranslator

    from . import bench, keyfigures

    out: list[tuple[str, str, Any]] = []
    english_file = data / "en.txt"
    if english_file.exists():
        english = english_file.read_text(encoding="utf-8").splitlines()
        for article in keyfigures.load_articles(data, keyfigures.load_gold()):
            if article.first_line is None:
                continue
            lines = article.text.split("\n")
            pairs = {fr: english[article.first_line + i - 1] for i, fr in enumerate(lines)}
            out.append((f"dev {article.name}", "\n\n".join(lines), keyfigures.human_translator(pairs)))
    real = bench.real_news_article(40)
    if real is not None:
        by_source = real[1]
        out.append(("bench real news", real[0], ScriptedTranslator(lambda s: [by_source.get(s.strip(), s)])))
    text, sentences = bench.synthetic_figure_article(40, seed=3)
    synthetic = {s.source.strip(): sentences[s.index] for s in Document.build(text).sentences}
    out.append(("bench synthetic", text, ScriptedTranslator(lambda s: [synthetic.get(s.strip(), s)])))
    for article in keyfigures.load_news("all"):
        out.append((f"news-fr {article.name}", article.text, ScriptedTranslator(lambda s: [s])))
    return out


def summaries(chosen: list[tuple[str, str, Any]]) -> list[str]:
    """The whole summary of each article, as JSON (the parse caches emptied before each, as a fresh run)."""
    from summarizer import parsing, summarize_article

    out = []
    for _, text, translator in chosen:
        parsing.clear()
        results = getattr(translator, "results", None)
        if results is not None:
            results.clear()
        result = summarize_article(text, translator=translator, repair=False).to_dict()
        result.get("translation", {}).pop("seconds", None)  # the time taken: the one field meant to differ
        out.append(_json(result))
    return out


def compare(data: Path, limit: int | None = None) -> dict[str, Any]:
    """Everything run with the gates off, then on: the counts compared and differing, the parses of each mode."""
    from summarizer import parsing

    from .bench import metered_parses
    from .parallel import load_pairs

    pairs = [(p.fr, p.en) for p in load_pairs(data)][:limit]
    chosen = articles(data)
    runs: dict[bool, dict[str, Any]] = {}
    for on in (False, True):
        began = time.perf_counter()
        with metered_parses() as meter, parsing.gates(on):
            reports = check_reports(pairs)
            mid = time.perf_counter()
            summed = summaries(chosen)
        runs[on] = {"reports": reports, "summaries": summed, "parses": _parses(meter),
                    "seconds": {"checks": round(mid - began, 1), "summaries": round(time.perf_counter() - mid, 1)}}  # fmt: skip
    differ_pairs = [i for i, (a, b) in enumerate(zip(runs[False]["reports"], runs[True]["reports"])) if a != b]
    differ_articles = [chosen[i][0] for i, (a, b) in enumerate(zip(runs[False]["summaries"], runs[True]["summaries"])) if a != b]
    issues = sum(len(found) for r in runs[False]["reports"] for found in json.loads(r)["issues"].values())
    names = sum(len(json.loads(r)["names"]) for r in runs[False]["reports"])
    return {
        "pairs": len(pairs),
        "pair_issues_compared": issues,
        "pair_names_compared": names,
        "pairs_differing": len(differ_pairs),
        "first_pairs_differing": differ_pairs[:10],
        "articles": len(chosen),
        "articles_differing": differ_articles,
        "parses_gates_off": runs[False]["parses"],
        "parses_gates_on": runs[True]["parses"],
        "seconds_gates_off": runs[False]["seconds"],
        "seconds_gates_on": runs[True]["seconds"],
    }


def main(argv: list[str] | None = None) -> int:
    """Compare both modes; exit 1 when anything differs."""
    from .parallel import DEFAULT_DATA

    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--limit", type=int, default=None, help="only the first N pairs")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    report = compare(args.data, args.limit)
    if args.json:
        print(json.dumps(report, indent=2))
    else:
        print(f"{report['pairs']} pairs ({report['pair_issues_compared']} issues, {report['pair_names_compared']} names found "
              f"with every parse), "
              f"{report['pairs_differing']} differing; {report['articles']} summaries, {len(report['articles_differing'])} "
              f"differing {report['articles_differing'] or ''}")  # fmt: skip
        for mode in ("off", "on"):
            print(f"gates {mode}: parses {report[f'parses_gates_{mode}']}, seconds {report[f'seconds_gates_{mode}']}")
    return 1 if report["pairs_differing"] or report["articles_differing"] else 0


if __name__ == "__main__":
    sys.exit(main())
