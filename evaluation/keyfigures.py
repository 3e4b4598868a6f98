"""Key figures as an editor would choose them, and what they say: precision at k and label accuracy.

Run ``python -m evaluation.keyfigures [--data DIR] [--news DIR] [--split dev|heldout|all|written] [--gold FILE] [--json]
[--halves N]``. The gold set,
``evaluation/data/keyfigures_gold.tsv``,
marks by hand the key figures of the 9 French-original articles of ``../shared/data/parallel-dev`` (read from
there by line number, never copied into the project; skipped when absent) and of the project's example
articles, each with the head noun it counts and the event that happened. It reports:

- **precision at k**: of the first k key figures the summary ranks (k = the figures the editor marked in that
  article), how many the editor marked; averaged over articles;
- **label accuracy**: of the marked figures, how many get the right head noun *and* the right event, for the
  labels read from spaCy's French parse (``summarizer.facts``) and for the words-after-the-figure labels
  (``Figure.label``) side by side;
- whether a year, date, ordinal, age or vote count reaches the top 3 of any article;
- the same on a **widened base**: tuning articles of the dev set (``CRC32(docid) % 3 != 0``) written in another
  language, whose French is a professional translation (the set has only 9 French-original articles);
- **English labels right**: the summary run on the same 9 articles with a translator test double that returns
  the professional English sentence for each French sentence (``en.txt``, same line), so the English side is
  read from real English: of the marked figures, how many get the right English noun *and* event
  (``noun_en``/``event_en`` of the gold file), from the key figure's English fact.

**news-fr** (``../shared/data/news-fr``, 24 real French passages from many outlets and countries, read from
there and never copied; skipped when absent): ``evaluation/data/newsfr_gold_dev.tsv`` (16 passages) and
``newsfr_gold_heldout.tsv`` (8 passages, measured once, at the end) list every figure of each passage, key or
not. For each passage, **precision at k** (k = its key figures), the figures of the top 3 whose gold row says
year, date, ordinal, age, time, id or duration, and the top-k figures that are no figure of the passage at
all (a 0, a fragment of a split number).

**written** (``--split written``): 10 French news passages invented for the project by a writer who read no code
(``evaluation/data/written_news/NN.txt``, our own text, so it lives in the repository), every figure annotated in the
same columns (``evaluation/data/written_news_gold.tsv``): a dev set written apart from the ranking's rules, measured
like news-fr. ``--gold evaluation/data/written_news_gold_sixth.tsv`` measures the ten passages of a later writer
(61-70) instead.

``--halves N`` estimates instead what tuning the ranking's weights carries to articles not tuned on
(:func:`split_half`): N random cuts of the tuning articles in two halves, the weights set on one and measured on the
other.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Any

#: The shared data folder (``$SUMMARIZER_SHARED_DATA`` where a checkout does not sit beside it).
SHARED = Path(os.environ.get("SUMMARIZER_SHARED_DATA") or Path(__file__).resolve().parents[2] / "shared" / "data")
DEFAULT_DATA = SHARED / "parallel-dev"
NEWS_DATA = SHARED / "news-fr"
NEWS_GOLD = {
    "dev": Path(__file__).resolve().parent / "data" / "newsfr_gold_dev.tsv",
    "heldout": Path(__file__).resolve().parent / "data" / "newsfr_gold_heldout.tsv",
}
#: The invented passages written apart (``--split written``) and their gold, every figure annotated.
WRITTEN_NEWS = Path(__file__).resolve().parent / "data" / "written_news"
WRITTEN_GOLD = Path(__file__).resolve().parent / "data" / "written_news_gold.tsv"
#: The second set of passages written apart (61-70, a later round's writer), in the same folder.
WRITTEN_GOLD_SIXTH = Path(__file__).resolve().parent / "data" / "written_news_gold_sixth.tsv"
#: The gold of passages 71-80, written apart in the next round.
WRITTEN_GOLD_SEVENTH = Path(__file__).resolve().parent / "data" / "written_news_gold_seventh.tsv"
#: The gold of passages 81-90, written apart in round 19.
WRITTEN_GOLD_NINTH = Path(__file__).resolve().parent / "data" / "written_news_gold_ninth.tsv"
#: The gold of passages 91-100, written apart in round 20.
WRITTEN_GOLD_TENTH = Path(__file__).resolve().parent / "data" / "written_news_gold_tenth.tsv"
#: The gold of passages 101-110, written apart in round 21.
WRITTEN_GOLD_ELEVENTH = Path(__file__).resolve().parent / "data" / "written_news_gold_eleventh.tsv"
#: Passages 111-120, written apart by two more writers (their gold beside them), measured before round 22's kinds.
WRITTEN_GOLD_TWELFTH = Path(__file__).resolve().parent / "data" / "written_news_gold_twelfth.tsv"
#: The splits :func:`load_news` reads.
SPLITS = ("dev", "heldout", "all", "written")
#: Gold notes of figures that must never reach a top 3.
_CONTEXT_NOTES = ("year", "date", "ordinal", "age", "time", "id", "duration", "phone")
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
    nouns_en: tuple[str, ...] = ("-",)
    events_en: tuple[str, ...] = ("-",)
    key: bool = True
    note: str = ""


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
        article, line, forms, nouns, events, *english = row.split("\t")
        nouns_en, events_en = english if english else ("-", "-")
        rows.append(
            GoldFigure(
                article,
                () if line == "-" else tuple(int(n) for n in line.split("|")),
                tuple(forms.split("|")),
                tuple(nouns.split("|")),
                tuple(events.split("|")),
                tuple(nouns_en.split("|")),
                tuple(events_en.split("|")),
            )  # fmt: skip
        )
    return rows


def load_news_gold(path: Path) -> list[GoldFigure]:
    """Every figure of the news-fr passages, key or not (columns ``article line figure key rank noun event noun_en
    event_en note``; a first row naming the columns is skipped)."""
    rows = []
    for row in path.read_text(encoding="utf-8").splitlines():
        if not row.strip() or row.startswith("#") or row.startswith("article\tline\t"):
            continue
        article, line, forms, key, _rank, nouns, events, nouns_en, events_en, note = row.split("\t")
        rows.append(
            GoldFigure(article, tuple(int(n) for n in line.split("|")), tuple(forms.split("|")), tuple(nouns.split("|")),
                       tuple(events.split("|")), tuple(nouns_en.split("|")), tuple(events_en.split("|")), key == "yes", note)
        )  # fmt: skip
    return rows


def load_news(split: str = "dev", data: Path | None = None, gold: Path | None = None) -> list[Article]:
    """The passages of a split with every gold figure; [] when absent.

    Args:
        split: "dev", "heldout" or "all" (the news-fr passages), or "written" (the invented passages written apart,
            :data:`WRITTEN_NEWS` and :data:`WRITTEN_GOLD`).
        data: The folder of the passages' ``NN.txt`` (default: news-fr, or :data:`WRITTEN_NEWS` for "written").
        gold: For "written", the gold file (default :data:`WRITTEN_GOLD`; :data:`WRITTEN_GOLD_SIXTH` for 61-70,
            :data:`WRITTEN_GOLD_SEVENTH` for 71-80, :data:`WRITTEN_GOLD_NINTH` for 81-90, :data:`WRITTEN_GOLD_TENTH`
            for 91-100, :data:`WRITTEN_GOLD_ELEVENTH` for 101-110, :data:`WRITTEN_GOLD_TWELFTH` for 111-120).
    """
    if split not in SPLITS:
        raise ValueError(f"unknown split {split!r}; valid: {', '.join(SPLITS)}")
    if split == "written":
        golds, folder = [gold or WRITTEN_GOLD], data or WRITTEN_NEWS
    else:
        golds, folder = [NEWS_GOLD[n] for n in (("dev", "heldout") if split == "all" else (split,))], data or NEWS_DATA
    by_article: dict[str, list[GoldFigure]] = defaultdict(list)
    for gold in golds:
        if gold.exists():
            for figure in load_news_gold(gold):
                by_article[figure.article].append(figure)
    articles = []
    for name, figures in sorted(by_article.items()):
        path = folder / f"{name}.txt"
        if path.exists():
            articles.append(Article(name, path.read_text(encoding="utf-8"), 1, figures))
    return articles


def load_articles(data: Path = DEFAULT_DATA, gold: list[GoldFigure] | None = None, *, translated: bool = False) -> list[Article]:
    """The gold articles whose text is available (the dev articles only where ``data`` exists).

    Args:
        data: The parallel-dev folder (``fr.txt``, ``meta.tsv``).
        gold: The marked figures (default: :func:`load_gold`).
        translated: False: the French-original articles and the project's examples; True: the tuning articles
            written in another language, whose French is a professional translation (the widened base).
    """
    gold = gold if gold is not None else load_gold()
    by_article: dict[str, list[GoldFigure]] = defaultdict(list)
    for figure in gold:
        by_article[figure.article].append(figure)
    articles = []
    lines: dict[str, list[int]] = defaultdict(list)
    language: dict[str, str] = {}
    french: list[str] = []
    if (data / "fr.txt").exists():
        french = (data / "fr.txt").read_text(encoding="utf-8").splitlines()
        for row in (data / "meta.tsv").read_text(encoding="utf-8").splitlines()[1:]:
            number, docid, _segment, original = row.split("\t")[:4]
            lines[docid].append(int(number))
            language[docid] = original
    for name, figures in by_article.items():
        if name.startswith("examples/"):
            if not translated:
                articles.append(Article(name, (EXAMPLES / name.split("/", 1)[1]).read_text(encoding="utf-8"), None, figures))
        elif name in lines and (language[name] != "fr") == translated:
            numbers = sorted(lines[name])
            articles.append(Article(name, "\n".join(french[n - 1] for n in numbers), numbers[0], figures))
    return articles


def _fold(text: str) -> str:
    """Lower case, no accents, one kind of space ("70\u00a0kilos" is "70 kilos")."""
    text = re.sub(r"[\u00a0\u202f\u2009]", " ", text.lower())
    return "".join(c for c in unicodedata.normalize("NFD", text) if unicodedata.category(c) != "Mn")


def _line_of(article: Article, offset: int) -> int | None:
    return None if article.first_line is None else article.first_line + article.text.count("\n", 0, offset)


#: A digit, or a separator and a digit: what goes on a number's side when it is only a piece of a longer one.
_MORE_DIGITS_AFTER = re.compile(r"\d|[.,\s\u00a0\u202f’']\d")
_MORE_DIGITS_BEFORE = re.compile(r"(?:\d|\d[.,\s\u00a0\u202f’'])$")


def _within(part: str, whole: str) -> bool:
    """Whether ``part`` is in ``whole`` with its digits whole: "5" is not in "50,000", "1,2" is in "1,2 enfants"."""
    if not re.search(r"\d", part):
        return part in whole
    return any(not _MORE_DIGITS_AFTER.match(whole, m.end()) and not _MORE_DIGITS_BEFORE.search(whole[: m.start()])
               for m in re.finditer(re.escape(part), whole))  # fmt: skip


def _is(gold: GoldFigure, article: Article, text: str, start: int) -> bool:
    """Whether a figure (its text and offset) is the marked one."""
    if gold.lines and _line_of(article, start) not in gold.lines:
        return False
    folded = _fold(text)
    return any(_within(_fold(form), folded) or _within(folded, _fold(form)) for form in gold.forms)


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
        hits = 0
        used: set[int] = set()  # each marked fact counts once (a fact listed twice is one hit)
        for figure in top:
            row = next((g for g in article.gold if id(g) not in used and _is(g, article, figure.text, figure.start)), None)
            if row is not None:
                used.add(id(row))
                hits += 1
        per_article[article.name] = {"k": k, "hits": hits, "precision_at_k": round(hits / k, 3),
                                     "top": [f.text for f in top]}  # fmt: skip
        for figure in ranked[:3]:
            # a kind of context (a year, a date, an ordinal, a span of time or an age, a vote count) the editor did not
            # mark key: a prison term ("six ans de prison") or an assembly's tally the editor marked is the story
            marked = any(g.key and _is(g, article, figure.text, figure.start) for g in article.gold)
            if (figure.kind in ("year", "date", "ordinal", "duration") or _fold(figure.label).startswith(("voix", "vote"))) and not marked:
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


def evaluate_news(articles: list[Article]) -> dict[str, Any]:
    """Precision at k on news-fr passages, what of the context reaches a top 3, and what no figure is."""
    from summarizer.document import Document
    from summarizer.summary import select_key_figures

    per_article = {}
    context_top3: list[str] = []
    not_figures: list[str] = []
    for article in articles:
        document = Document.build(article.text)
        ranked = select_key_figures(document)
        keys = [g for g in article.gold if g.key]
        k = len(keys)
        top = ranked[:k]
        hits = 0
        used: set[int] = set()  # each marked fact counts once (an exact and a rounded form of it are one hit)
        for position, figure in enumerate(ranked[: max(k, 3)]):
            rows = [g for g in article.gold if _is(g, article, figure.text, figure.start)]
            if position < k:
                row = next((g for g in rows if g.key and id(g) not in used), None)
                if row is not None:
                    used.add(id(row))
                    hits += 1
                if not rows or figure.value == 0:
                    not_figures.append(f"{article.name}: {figure.text!r} (line {_line_of(article, figure.start)})")
            if position < 3 and rows and not any(g.key for g in rows) and rows[0].note.split(":")[0].split()[0] in _CONTEXT_NOTES:
                context_top3.append(f"{article.name}: {figure.text} ({rows[0].note})")
        per_article[article.name] = {"k": k, "hits": hits, "precision_at_k": round(hits / k, 3) if k else 1.0,
                                     "top": [f.text for f in top]}  # fmt: skip
    precision = [row["precision_at_k"] for row in per_article.values() if row["k"]]
    return {
        "articles": len(articles),
        "key_figures": sum(row["k"] for row in per_article.values()),
        "precision_at_k": round(sum(precision) / max(1, len(precision)), 3),
        "context_in_top3": context_top3,
        "not_figures_in_top_k": not_figures,
        "per_article": per_article,
    }


@dataclass
class _Ranked:
    """An article as the ranker saw it: for each candidate, best first, its score's terms and the key gold rows it is."""

    name: str
    k: int
    candidates: list[tuple[dict[str, float], list[int]]]


def _ranked(article: Article, news: bool) -> _Ranked:
    from summarizer.document import Document
    from summarizer.summary import rank_key_figures

    keys = [i for i, g in enumerate(article.gold) if g.key or not news]
    candidates = []
    for item in rank_key_figures(Document.build(article.text)):
        figure = item.figure
        rows = [i for i in keys if _is(article.gold[i], article, figure.text, figure.start)]
        candidates.append((dict(item.terms), rows))
    return _Ranked(article.name, len(keys), candidates)


def _precision(article: _Ranked, weights: dict[str, float]) -> float:
    """Precision at k with each score term multiplied by its weight (1 where none is given)."""
    order = sorted(range(len(article.candidates)),
                   key=lambda i: -sum(weights.get(t, 1.0) * v for t, v in article.candidates[i][0].items()))  # fmt: skip
    used: set[int] = set()
    for i in order[: article.k]:
        row = next((r for r in article.candidates[i][1] if r not in used), None)
        if row is not None:
            used.add(row)
    return len(used) / article.k


def _mean(articles: list[_Ranked], weights: dict[str, float]) -> float:
    return sum(_precision(a, weights) for a in articles) / max(1, len(articles))


def split_half(sets: dict[str, list[Article]], repeats: int = 4, seed: int = 0) -> dict[str, Any]:
    """What tuning the ranking's weights carries to articles it was not tuned on: the tuning articles are cut in two
    halves (each set in two, at random, ``repeats`` times, each half in turn the tuning one); the weight of each score
    term (:attr:`summarizer.summary.RankedFigure.terms`) is set on one half by coordinate search (0 to 2 times its
    weight) and precision at k measured on the other. Returns the mean precision on the other half with the weights as
    they are, with the weights set on the first half, and that half's own precision with its weights."""
    import random

    ranked = {name: [_ranked(a, name == "news-fr") for a in articles] for name, articles in sets.items()}
    ranked = {name: [a for a in articles if a.k] for name, articles in ranked.items()}
    names = sorted({t for articles in ranked.values() for a in articles for terms, _ in a.candidates for t in terms})
    chooser = random.Random(seed)
    rows = []
    for _ in range(repeats):
        first: list[_Ranked] = []
        second: list[_Ranked] = []
        for articles in ranked.values():
            shuffled = articles[:]
            chooser.shuffle(shuffled)
            first += shuffled[: len(shuffled) // 2]
            second += shuffled[len(shuffled) // 2 :]
        for tuned, other in ((first, second), (second, first)):
            weights = {t: 1.0 for t in names}
            best = _mean(tuned, weights)
            for _sweep in range(2):
                for term in names:
                    for weight in (0.0, 0.5, 1.0, 1.5, 2.0):
                        trial = {**weights, term: weight}
                        value = _mean(tuned, trial)
                        if value > best + 1e-9:
                            best, weights = value, trial
            rows.append((_mean(other, {}), best, _mean(other, weights)))
    return {
        "halves": len(rows),
        "as_is_other_half": round(sum(r[0] for r in rows) / len(rows), 3),
        "refit_own_half": round(sum(r[1] for r in rows) / len(rows), 3),
        "refit_other_half": round(sum(r[2] for r in rows) / len(rows), 3),
    }


def human_translator(pairs: dict[str, str]) -> Any:
    """A translator that returns the human English of a French sentence (``pairs``: French line -> English line);
    a sentence the splitter cut out of a line gets the English sentence of the same rank, when the counts agree."""
    from summarizer.splitting import split_text
    from summarizer.translators import DecodeOptions, Translator

    table = dict(pairs)
    for french, english in pairs.items():
        parts_fr, parts_en = [s.text for s in split_text(french)], [s.text for s in split_text(english)]
        if len(parts_fr) > 1 and len(parts_fr) == len(parts_en):
            table.update(zip(parts_fr, parts_en))

    class _Human(Translator):
        name = "human"
        model_name = "human (professional translation)"

        def generate(self, sentences: Any, options: DecodeOptions, num_hypotheses: int = 1) -> list[list[str]]:
            out = []
            for sentence in sentences:
                english = table.get(sentence) or table.get(sentence.strip())
                if english is None:  # a part of a line: the line's English when the part opens it; else nothing (a
                    # phrase or label of the summary has no human translation: never the French passed off as English)
                    english = next((en for fr, en in pairs.items() if fr.startswith(sentence) and len(sentence) > 40), "")
                out.append([english] * num_hypotheses)
            return out

    return _Human()


def english_labels(data: Path = DEFAULT_DATA, gold: list[GoldFigure] | None = None) -> dict[str, Any] | None:
    """English labels right (noun and event), the summary run on the dev articles with the human English."""
    from summarizer import summarize_article

    if not (data / "en.txt").exists():
        return None
    gold = gold if gold is not None else load_gold()
    articles = [a for a in load_articles(data, gold) if a.first_line is not None]
    english = (data / "en.txt").read_text(encoding="utf-8").splitlines()
    right = total = 0
    sources: Counter[str] = Counter()
    misses: list[str] = []
    for article in articles:
        lines = article.text.split("\n")
        pairs = {fr: english[article.first_line + i - 1] for i, fr in enumerate(lines)}
        result = summarize_article("\n\n".join(lines), translator=human_translator(pairs), repair=False)
        # offsets: the article was joined with blank lines here; map back by the line's rank
        for g in article.gold:
            if g.nouns_en == ("-",) and g.events_en == ("-",):
                continue
            total += 1
            found = None
            for k in result.key_figures:
                line = article.first_line + result.translation.document.text.count("\n\n", 0, k.figure.start)
                if (not g.lines or line in g.lines) and any(_fold(f) in _fold(k.text_fr) or _fold(k.text_fr) in _fold(f) for f in g.forms):
                    found = k
                    break
            if found is None:
                misses.append(f"{article.name}: '{g.forms[0]}' not a key figure of the summary")
                continue
            sources[found.line_source] += 1
            quote = found.quote
            noun = f"{quote.noun_lemma} {quote.noun}" if quote is not None else found.label_en
            event = f"{quote.event_lemma} {quote.event}" if quote is not None else found.label_en
            ok = _right(g.nouns_en, noun) and _right(g.events_en, event)
            right += ok
            if not ok:
                misses.append(f"{article.name}: '{g.forms[0]}' English '{noun}' / '{event}' ({found.line_source}, label "
                              f"'{found.label_en}'; expected {'|'.join(g.nouns_en)} / {'|'.join(g.events_en)})")  # fmt: skip
    return {"figures": total, "english_label_right": round(right / max(1, total), 3), "line_sources": dict(sources),
            "misses": misses}  # fmt: skip


def main(argv: list[str] | None = None) -> int:
    """Evaluate and print."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="folder with fr.txt and meta.tsv")
    parser.add_argument("--news", type=Path, default=None,
                        help="folder with the passages (default: news-fr, or evaluation/data/written_news for --split written)")
    parser.add_argument("--split", choices=SPLITS, default="dev",
                        help="gold split: news-fr dev, heldout or all, or the invented passages written apart (written)")
    parser.add_argument("--gold", type=Path, default=None, help="with --split written: the gold file (default: passages 51-60)")
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--halves", type=int, default=0, metavar="N",
                        help="also estimate what weight tuning carries: N random cuts of the tuning articles in two halves")
    args = parser.parse_args(argv)
    if args.halves:
        if args.split != "dev":
            parser.error("--halves uses the tuning articles only (--split dev)")
        sets = {"news-fr": load_news("dev", args.news), "parallel": load_articles(args.data),
                "widened": load_articles(args.data, translated=True)}
        print(json.dumps(split_half(sets, args.halves), indent=2))
        return 0
    articles = load_articles(args.data)
    report = evaluate(articles)
    if args.gold is not None and args.split != "written":
        parser.error("--gold is for the passages written apart (--split written)")
    news = load_news(args.split, args.news, args.gold)
    report["news_fr"] = evaluate_news(news) if news else None
    translated = load_articles(args.data, translated=True)
    report["translated"] = evaluate(translated) if translated else None
    report["english_labels"] = english_labels(args.data)
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
    labels = report["english_labels"]
    if labels is None:
        print("English labels: the dev set's English (en.txt) is not on this machine")
    else:
        print(f"English labels right (noun and event, the human English as translation): {labels['english_label_right']:.1%} "
              f"of {labels['figures']}; lines from {labels['line_sources']}")  # fmt: skip
        for miss in labels["misses"]:
            print(f"  - {miss}")
    wide = report["translated"]
    if wide is None:
        print("widened base (parallel-dev articles translated into French): not on this machine")
    else:
        print(f"widened base: {wide['articles']} tuning articles of the dev set written in another language (French by a "
              f"professional translator), {wide['marked_figures']} marked key figures: precision at k "
              f"{wide['precision_at_k']:.1%}, labels (parse) {wide['label_accuracy_parse'] or 0:.1%}; years, dates, "
              f"ordinals, ages or votes in a top 3: {wide['context_in_top3'] or 'none'}")  # fmt: skip
        for name, row in wide["per_article"].items():
            print(f"  {row['precision_at_k']:.0%} ({row['hits']}/{row['k']})  {name}: {row['top']}")
        for miss in wide["misses"]:
            print(f"  - {miss}")
    result = report["news_fr"]
    if result is None:
        print(f"{args.split} passages: not on this machine")
    else:
        name = "written" if args.split == "written" else f"news-fr {args.split}"
        print(f"{name}: {result['articles']} passages, {result['key_figures']} key figures, "
              f"precision at k {result['precision_at_k']:.1%}")  # fmt: skip
        print(f"  context in a top 3: {result['context_in_top3'] or 'none'}; not figures in a top k: "
              f"{result['not_figures_in_top_k'] or 'none'}")  # fmt: skip
        for name, row in result["per_article"].items():
            print(f"  {row['precision_at_k']:.0%} ({row['hits']}/{row['k']})  {name}: {row['top']}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
