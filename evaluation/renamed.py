"""The name check on names it has never seen: faithful pairs renamed consistently on both sides (a metamorphic set).

Run ``python -m evaluation.renamed [--data DIR] [--part tuning|held-out] [--json] [--flags] [--misses KIND]``.

From each sentence pair of parallel-dev (by default ``../shared/data/parallel-dev``, read, never copied) whose
faithful version raised no name warning, new faithful pairs are made by replacing one name consistently on both
sides with another of the same kind whose French and English forms are known:

- ``country``: a country or territory of babel's locale data, its French name in the French and its English name in
  the English; the French article or preposition before it is adjusted to the new name's gender, number and first
  letter ("au Maroc" -> "en Tunisie" / "aux Philippines", "du Maroc" -> "de Tunisie" / "d'Ouganda", "le Maroc" ->
  "la Tunisie" / "l'Irak");
- ``city``: a city of the time-zone database written otherwise in French and English ("Londres" / "London");
- ``person``: a person's name the English copies from the French (its surname alone too), replaced by another
  person's name of another document, copied as is;
- ``organisation``: an international organisation of a short table of French and English forms (``l'OTAN`` /
  ``NATO``, ``le FMI`` / ``the IMF``), articles adjusted, or an organisation the English copies, replaced by another
  copied one.

A pair is made only where every mention of the old name is replaced on each side, the two sides name it as often,
and no other form of it is left (its stem folded: "marocain", "Moroccan"). Every name warning on such a pair is a
false alarm of the kind "unseen name". The same pairs measure recall on names the rules have never seen: the new
name replaced on the English side only (by another of its kind) and the new name dropped (with its preposition, or
for a generic noun), each scored on the renamed pairs that raised no warning.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from .critical import DEFAULT_DATA, PARTS, Pair, load_pairs

KINDS = ("country", "city", "person", "organisation")


@dataclass(frozen=True)
class Entry:
    """A name with its forms: ``fr`` and ``en`` as written, the French gender (``m``, ``f``, ``p`` for a plural) and
    whether the English takes "the" before it."""

    fr: str
    en: str
    gender: str = ""
    the: bool = False


@dataclass(frozen=True)
class Variant:
    """A pair renamed: ``kind`` of name, ``old`` and ``new`` entries, the new French and English."""

    pair: Pair
    kind: str
    old: Entry
    new: Entry
    fr: str
    en: str


# --------------------------------------------------------------------------- the French article adjusted

#: French countries written without an article ("à Cuba", "Israël"), kept out of the replacements.
_NO_ARTICLE = frozenset(
    "Cuba Madagascar Chypre Malte Singapour Israël Monaco Haïti Bahreïn Oman Taïwan Maurice Djibouti Aruba Jersey Guernesey "
    "Anguilla Montserrat Curaçao Nauru Tuvalu Kiribati Samoa Tonga Vanuatu Niue Tokelau Guam Mayotte Sercq Fidji Palaos "
    "Gibraltar Sainte-Lucie Saint-Marin Saint-Martin Saint-Barthélemy Sainte-Hélène Porto Rico Trinité-et-Tobago Eswatini".split()
)
#: French countries ending in "e" that are masculine.
_MASCULINE_E = frozenset({"Mexique", "Cambodge", "Mozambique", "Zimbabwe", "Belize", "Suriname", "Royaume-Uni"})
#: French countries named in the plural.
_PLURAL = frozenset({"États-Unis", "Pays-Bas", "Philippines", "Comores", "Seychelles", "Maldives", "Bahamas", "Émirats arabes unis"})
#: The function of the word before a name: its forms for a masculine name, a feminine one, one starting with a vowel
#: (masculine, feminine), and a plural one.
_FORMS: dict[str, dict[str, str]] = {
    "in": {"m": "au ", "f": "en ", "vm": "en ", "vf": "en ", "p": "aux "},
    "of": {"m": "du ", "f": "de ", "vm": "d'", "vf": "d'", "p": "des "},
    "of the": {"m": "du ", "f": "de la ", "vm": "de l'", "vf": "de l'", "p": "des "},
    "to the": {"m": "au ", "f": "à la ", "vm": "à l'", "vf": "à l'", "p": "aux "},
    "the": {"m": "le ", "f": "la ", "vm": "l'", "vf": "l'", "p": "les "},
}
_BEFORE = re.compile(r"(?i)(?<!\w)(de la |de l['’]|à la |à l['’]|au |aux |en |du |des |de |d['’]|le |la |l['’]|les )$")
_FUNCTION = {"de la ": "of the", "de l'": "of the", "à la ": "to the", "à l'": "to the", "au ": "in", "aux ": "in", "en ": "in",
             "du ": "of", "des ": "of", "de ": "of", "d'": "of", "le ": "the", "la ": "the", "l'": "the", "les ": "the"}  # fmt: skip


def _vowel(word: str) -> bool:
    return unicodedata.normalize("NFD", word[:1])[:1].lower() in "aeiou"


def _article(function: str, entry: Entry, capital: bool) -> str:
    """The French word before ``entry`` for a function (``in``, ``of``, ``the``...), capitalised at a sentence's start."""
    key = "p" if entry.gender == "p" else ("v" if _vowel(entry.fr) else "") + entry.gender
    word = _FORMS[function][key]
    return word[:1].upper() + word[1:] if capital else word


def _gender(french: str) -> str:
    if french in _PLURAL:
        return "p"
    head = re.split(r"[ -]", french)[0]
    return "f" if head.endswith("e") and french not in _MASCULINE_E else "m"


# --------------------------------------------------------------------------- the names


@cache
def countries() -> tuple[Entry, ...]:
    """Countries and territories of babel's locale data with one French and one English name, an article before the
    French (not "Cuba", "Israël") and no islands or parts of names in brackets."""
    import babel

    fr, en = babel.Locale("fr"), babel.Locale("en")
    out = []
    for code, french in fr.territories.items():
        english = en.territories.get(code, "")
        if not (len(code) == 2 and code.isalpha() and english and french[:1].isupper()) or french in _NO_ARTICLE:
            continue
        if any(mark in french + english for mark in ("(", "&", ".", "Île", "Îles", "Islands", "Union", "Nations", " et ", "’")):
            continue
        gender = _gender(french)
        the = gender == "p" or any(w in english for w in ("United", "Republic", "Netherlands"))
        out.append(Entry(french, english, gender, the))
    return tuple(out)


@cache
def cities() -> tuple[Entry, ...]:
    """Cities of the time-zone database that French and English write otherwise ("Londres" / "London"), Latin script,
    no article ("Le Caire" left out)."""
    import babel
    from babel.core import get_global

    fr = babel.Locale("fr")
    out = []
    for zone in sorted(get_global("zone_territories")):
        names: Any = fr.time_zones.get(zone)
        french = names.get("city") if hasattr(names, "get") else None
        english = str(zone).rsplit("/", 1)[-1].replace("_", " ")
        if not french or _fold(french) == _fold(english) or not french[:1].isupper() or french.split()[0] in ("Le", "La", "Les"):
            continue
        if all(c.isalpha() or c in " -'" for c in french + english) and all(c < "\u0250" for c in french + english) and len(english) >= 4:
            out.append(Entry(french, english, "", False))
    return tuple(out)


#: International organisations in French and English ("l'OTAN" / "NATO", "le FMI" / "the IMF"): French gender, the
#: English article.
ORGANISATIONS: tuple[Entry, ...] = (
    Entry("OTAN", "NATO", "f", False),
    Entry("ONU", "UN", "f", True),
    Entry("UE", "EU", "f", True),
    Entry("FMI", "IMF", "m", True),
    Entry("BCE", "ECB", "f", True),
    Entry("OCDE", "OECD", "f", True),
    Entry("AIEA", "IAEA", "f", True),
    Entry("OMS", "WHO", "f", True),
    Entry("OMC", "WTO", "f", True),
    Entry("Unesco", "Unesco", "f", False),
    Entry("Unicef", "Unicef", "m", False),
    Entry("Interpol", "Interpol", "m", False),
    Entry("CIA", "CIA", "f", True),
    Entry("FBI", "FBI", "m", True),
    Entry("NASA", "NASA", "f", False),
)


def _fold(text: str) -> str:
    text = unicodedata.normalize("NFD", text.lower())
    return " ".join(re.sub(r"[^\w]+", " ", "".join(c for c in text if not unicodedata.combining(c))).split())


def _stem(name: str) -> str:
    """The folded first word of a name less its last two letters (a trace of it in another form: "maroc" of "marocain")."""
    word = _fold(name).split()[0] if _fold(name) else ""
    return word[:-2] if len(word) >= 6 else word


def _spans(text: str, form: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in re.finditer(rf"(?<![\w-]){re.escape(form)}(?![\w-])", text)]


def _replace_french(text: str, old: Entry, new: Entry, articles: bool) -> str | None:
    """The French with every ``old`` written ``new``, the article or preposition before each adjusted; None when a
    mention stands where no article rule applies (articles: "Maroc" bare is kept bare)."""
    out, last = [], 0
    spans = _spans(text, old.fr)
    if not spans:
        return None
    for start, end in spans:
        before = text[last:start]
        hit = _BEFORE.search(before) if articles else None
        if hit:
            word = hit.group(1).replace("’", "'")
            function = _FUNCTION[word.lower()]
            before = before[: hit.start()] + _article(function, new, word[:1].isupper())
        elif articles and re.search(r"(?i)(?<!\w)à $", before):
            return None  # "à Cuba": a name of no article
        out += [before, new.fr]
        last = end
    return "".join(out) + text[last:]


def _replace_english(text: str, old: Entry, new: Entry) -> str:
    out, last = [], 0
    for start, end in _spans(text, old.en):
        before = text[last:start]
        if old.the and not new.the:
            before = re.sub(r"(?i)(?<!\w)the $", "", before)
        elif new.the and not old.the and not re.search(r"(?i)(?<!\w)the $", before):
            before += "the " if before.strip() else "The "
        out += [before, new.en]
        last = end
    return "".join(out) + text[last:]


def _consistent(pair: Pair, old: Entry, fr: str, en: str) -> bool:
    """Whether both sides named the old name as often and kept no other form of it."""
    if len(_spans(pair.fr, old.fr)) != len(_spans(pair.en, old.en)):
        return False
    return not (_stem(old.fr) in _fold(fr) or _stem(old.en) in _fold(en))


def _choose(rng: random.Random, pool: list[Entry], old: Entry, pair: Pair) -> Entry | None:
    """Another entry than ``old``, in the same number, that neither side holds yet."""
    folded = f" {_fold(pair.fr)} {_fold(pair.en)} "
    choices = [e for e in pool if e != old and (e.gender == "p") == (old.gender == "p") and _stem(e.fr) not in folded
               and _stem(e.en) not in folded]  # fmt: skip
    return choices[rng.randrange(len(choices))] if choices else None


def _table_variants(pair: Pair, kind: str, pool: tuple[Entry, ...], rng: random.Random, articles: bool) -> list[Variant]:
    present = [e for e in pool if _spans(pair.fr, e.fr) and _spans(pair.en, e.en)]
    if not present:
        return []
    old = present[rng.randrange(len(present))]
    new = _choose(rng, [e for e in pool if e.the == old.the], old, pair)
    if new is None:
        return []
    fr = _replace_french(pair.fr, old, new, articles)
    if fr is None:
        return []
    en = _replace_english(pair.en, old, new)
    return [Variant(pair, kind, old, new, fr, en)] if _consistent(pair, old, fr, en) else []


def copied_names(pair: Pair, doc: Any, labels: tuple[str, ...]) -> list[str]:
    """The English entities of ``labels`` the French holds as written: names copied (two letters or more, no digit)."""
    out = []
    for ent in doc.ents:
        text = ent.text.removeprefix("the ").removesuffix("'s")
        if ent.label_ in labels and len(text) >= 3 and not any(c.isdigit() for c in text) and text[:1].isupper():
            if _spans(pair.fr, text) and text not in out:
                out.append(text)
    return out


def _copied_variants(pair: Pair, kind: str, names: list[str], pool: list[tuple[str, str]], rng: random.Random) -> list[Variant]:
    if not names:
        return []
    old = names[rng.randrange(len(names))]
    folded = f" {_fold(pair.fr)} {_fold(pair.en)} "
    words = len(old.split())
    others = [t for d, t in pool if d != pair.docid and len(t.split()) == words and not set(_fold(t).split()) & set(folded.split())]
    if not others:
        return []
    new = others[rng.randrange(len(others))]
    forms = [(old, new)]
    if kind == "person" and words >= 2:
        forms.append((old.split()[-1], new.split()[-1]))  # the surname alone, as news names a person again
    fr, en = pair.fr, pair.en
    for before, after in forms:
        if len(_spans(fr, before)) != len(_spans(en, before)):
            return []
        fr = re.sub(rf"(?<![\w-]){re.escape(before)}(?![\w-])", after, fr)
        en = re.sub(rf"(?<![\w-]){re.escape(before)}(?![\w-])", after, en)
    if any(_fold(w) in _fold(fr) + " " + _fold(en) for w in old.split() if len(w) >= 4):
        return []  # another form of the old name is left ("Obama's" stays "Obamas"? no: a plural, a possessive glued)
    return [Variant(pair, kind, Entry(old, old), Entry(new, new), fr, en)]


def renamed_pairs(pairs: list[Pair], en_docs: dict[int, Any], pool_pairs: list[Pair] | None = None, seed: int = 7) -> list[Variant]:
    """The renamed faithful pairs of ``pairs``, deterministic for a seed (copied names of other documents come from
    ``pool_pairs``, the same part by default)."""
    pool: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for pair in pool_pairs or pairs:
        doc = en_docs.get(pair.line)
        if doc is None:
            continue
        for kind, labels in (("person", ("PERSON",)), ("organisation", ("ORG",))):
            pool[kind] += [
                (pair.docid, name) for name in copied_names(pair, doc, labels) if name.replace(" ", "").replace("-", "").isalpha()
            ]
    out: list[Variant] = []
    for pair in pairs:
        rng = random.Random(f"{seed}:{pair.line}")
        out += _table_variants(pair, "country", countries(), rng, True)
        out += _table_variants(pair, "city", cities(), rng, False)
        doc = en_docs[pair.line]
        people = [n for n in copied_names(pair, doc, ("PERSON",)) if len(n.split()) >= 2]
        out += _copied_variants(pair, "person", people, pool["person"], rng)
        orgs = _table_variants(pair, "organisation", ORGANISATIONS, rng, True)
        if not orgs:
            names = [n for n in copied_names(pair, doc, ("ORG",)) if not any(_spans(n, e.en) for e in ORGANISATIONS)]
            orgs = _copied_variants(pair, "organisation", names, pool["organisation"], rng)
        out += orgs
    return out


# --------------------------------------------------------------------------- recall on the new names

_PREPOSITION = re.compile(r"(?i)(?<!\w)(?:in|at|from|to|of|for|by|with|on|near|against)\s+(?:the\s+)?$")
_GENERIC = {"country": "the region", "city": "the region", "person": "the man", "organisation": "the organisation"}


def errors(variant: Variant, rng: random.Random) -> list[tuple[str, str]]:
    """Two errors on the English of a renamed pair: ``replaced`` (the new name written as another of its kind) and
    ``dropped`` (its first mention removed with its preposition, or written as a generic noun)."""
    pool = {"country": countries(), "city": cities(), "organisation": ORGANISATIONS}.get(variant.kind)
    spans = _spans(variant.en, variant.new.en)
    if not spans:
        return []
    out = []
    if pool:
        other = _choose(rng, [e for e in pool if e.the == variant.new.the], variant.new, Pair(0, variant.fr, variant.en, ""))
        if other is not None and variant.old != other:
            out.append(("replaced", _replace_english(variant.en, variant.new, other)))
    else:
        first, *rest = variant.new.en.split()
        other = variant.old.en.split()[-1] if rest else variant.old.en  # another person's surname: the one it replaced
        if rest:
            out.append(("replaced", re.sub(rf"(?<![\w-]){re.escape(variant.new.en)}(?![\w-])", f"{first} {other}", variant.en)))
    start, end = spans[0]
    before = variant.en[:start]
    prep = _PREPOSITION.search(before)
    if prep:
        text = before[: prep.start()].rstrip() + variant.en[end:]
    else:
        article = re.search(r"(?i)(?<!\w)the\s+$", before)
        text = variant.en[: article.start() if article else start] + _GENERIC[variant.kind] + variant.en[end:]
    out.append(("dropped", re.sub(r"\s+([,.;:!?])", r"\1", re.sub(r"\s{2,}", " ", text)).strip()))
    return out


# --------------------------------------------------------------------------- scoring


def _name_warnings(fr: str, en: str, check: Callable[..., Any]) -> list[str]:
    report = check(fr, en, checks=("names",))
    return [i.message for i in report.warnings]


def evaluate(pairs: list[Pair], pool: list[Pair] | None = None, seed: int = 7) -> dict[str, Any]:
    """False alarms on the renamed faithful pairs and recall on their injected errors, by kind of name."""
    from summarizer import parsing
    from summarizer.checks import check

    chosen = {p.line: p for p in pool or pairs} | {p.line: p for p in pairs}
    parsing.parse_many([p.en for p in chosen.values()], "en")
    en_docs = {line: parsing.parse(p.en, "en") for line, p in chosen.items()}
    clean = [p for p in pairs if not _name_warnings(p.fr, p.en, check)]
    variants = renamed_pairs(clean, en_docs, list(chosen.values()), seed)
    for lang in ("fr", "en"):
        parsing.parse_many([getattr(v, lang) for v in variants], lang)
    faithful: Counter[str] = Counter()
    alarms: Counter[str] = Counter()
    flags: list[dict[str, Any]] = []
    recall: dict[str, Counter[str]] = defaultdict(Counter)
    misses: list[dict[str, Any]] = []
    for variant in variants:
        faithful[variant.kind] += 1
        warnings = _name_warnings(variant.fr, variant.en, check)
        if warnings:
            alarms[variant.kind] += 1
            flags.append({"line": variant.pair.line, "kind": variant.kind, "old": variant.old.fr, "new": variant.new.fr,
                          "fr": variant.fr, "en": variant.en, "warnings": warnings})  # fmt: skip
            continue
        for error, text in errors(variant, random.Random(f"{seed}:{variant.pair.line}:{variant.kind}")):
            hit = bool(_name_warnings(variant.fr, text, check))
            key = f"{error}: {variant.kind}"
            recall[key]["cases"] += 1
            recall[key]["caught"] += hit
            if not hit:
                misses.append({"line": variant.pair.line, "error": error, "kind": variant.kind, "fr": variant.fr, "en": variant.en,
                               "injected": text})  # fmt: skip
    total = sum(faithful.values())
    return {
        "pairs": len(pairs),
        "clean_pairs": len(clean),
        "renamed": total,
        "false_alarms": sum(alarms.values()),
        "false_alarm_share": round(sum(alarms.values()) / max(1, total), 4),
        "by_kind": {
            k: {"pairs": faithful[k], "false_alarms": alarms[k], "share": round(alarms[k] / max(1, faithful[k]), 4)} for k in KINDS
        },
        "recall": {k: {**v, "share": round(v["caught"] / max(1, v["cases"]), 4)} for k, v in sorted(recall.items())},
        "flags": flags,
        "misses": misses,
    }


def _print(part: str, result: dict[str, Any], flags: bool, misses: str, out: Any) -> None:
    print(f"== {part}: {result['pairs']} pairs, {result['clean_pairs']} with no name warning, {result['renamed']} renamed; "
          f"false alarms {result['false_alarms']} ({result['false_alarm_share']:.1%})", file=out)  # fmt: skip
    for kind, row in result["by_kind"].items():
        print(f"  {kind:<14} {row['false_alarms']:>4}/{row['pairs']:<5} {row['share']:.1%}", file=out)
    for key, row in result["recall"].items():
        print(f"  {key:<26} {row['caught']:>4}/{row['cases']:<5} {row['share']:.1%}", file=out)
    for flag in result["flags"] if flags else ():
        print(f"  FLAG {flag['line']} {flag['kind']} {flag['old']} -> {flag['new']}: {'; '.join(flag['warnings'])}\n"
              f"    FR  {flag['fr']}\n    EN  {flag['en']}", file=out)  # fmt: skip
    for miss in result["misses"]:
        if misses and misses in (miss["error"], miss["kind"], f"{miss['error']}: {miss['kind']}"):
            print(f"  MISS {miss['line']} {miss['error']} {miss['kind']}\n    FR  {miss['fr']}\n    EN  {miss['en']}\n"
                  f"    INJ {miss['injected']}", file=out)  # fmt: skip


def main(argv: Iterable[str] | None = None) -> int:
    """Print the evaluation (or JSON with ``--json``); 0 on success, 2 when the data is absent."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="folder with fr.txt, en.txt, meta.tsv")
    parser.add_argument("--part", choices=PARTS, default="tuning")
    parser.add_argument("--limit", type=int, default=0, help="only the first N pairs (a quick look)")
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--flags", action="store_true", help="list every renamed pair that raised a warning")
    parser.add_argument("--misses", metavar="KIND", default="", help="list the errors not caught: replaced, dropped, or a kind of name")
    args = parser.parse_args(list(argv) if argv is not None else None)
    try:
        pairs = load_pairs(args.data)
    except FileNotFoundError as error:
        print(f"evaluation.renamed: no data ({error})", file=sys.stderr)
        return 2
    from summarizer import parsing

    parsing._CACHE_SIZE = 8 * len(pairs) + 1000  # every parse kept: each pair is read by several variants
    parts = ("tuning", "held-out") if args.part == "all" else (args.part,)
    results = {}
    for part in parts:
        chosen = [p for p in pairs if p.part == part]
        results[part] = evaluate(chosen[: args.limit] if args.limit else chosen, pool=chosen)
    if args.json:
        print(json.dumps(results, ensure_ascii=False, indent=2))
        return 0
    for part, result in results.items():
        _print(part, result, args.flags, args.misses, sys.stdout)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
