"""What happened to the things a count counts, read from the words around it, in French and English.

"8 morts et 30 blessés" and "8 injured and 30 dead" hold the same numbers with the same general nouns, or none:
what each count counts is said by a noun of an outcome ("morts", "arrests"), or by the verb said of the counted
("12 personnes ont été interpellées", "police arrested 12 people", "30 have died"). This module reads, for one
figure, the pole of each group of :data:`~.lexicon._OUTCOMES` its words put it in (killed, injured, missing,
arrested...; created or cut; won or lost; imported, exported, bought or sold; for or against), and tells the pairs
of figures whose poles differ: two counts exchanged, or one count put in a pole whose own words the English never
says of anything.

The reading is by words, never by a parse, so it works where only the words are read (a sentence of one count):

- the figure's counted noun, or the word after it, names a pole ("12 morts", "12 dead");
- after the figure and its noun (and "people", "others", "of them", "who"), the first other word: a passive or
  bare participle of a transitive verb ("ont été tués", "were killed", "12 people injured in"), an intransitive verb
  in any tense ("sont morts", "have died", "went missing"), or a word closing the phrase ("280 voix pour,");
- before it (over a bound, "at least", "plus de", and the French "en"), an active transitive verb whose object it is
  ("a tué 12", "arrested 45"); or, over a verb of amount ("reached", "ont atteint"), a noun of a pole, the subject
  the amount is of ("les exportations ont atteint 40 milliards", "imports 55 billion").

An active transitive verb after the figure makes it the agent ("3 gunmen killed 12 people"), no pole.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Sequence
from functools import cache

from ..words import fold_word
from .lexicon import _OUTCOMES
from .model import Figure, Kind

logger = logging.getLogger(__name__)

__all__ = ["noun_poles", "outcome_poles", "outcome_words", "opposed_outcomes"]

#: A word (split at apostrophes: "s'élèvent" is "s", "élèvent"), a number, or a mark of punctuation.
_TOKEN = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*|\d+(?:[.,\u00a0\u202f ]\d+)*|[^\w\s'’]")
#: The kinds of figure whose outcome is read: counts, amounts of money and measures (a rate's change is a direction).
_KINDS = frozenset({Kind.COUNT, Kind.MONEY, Kind.MEASURE})

#: Words passed over after the figure and its noun: general nouns of people, pronouns, "of them", relatives.
_AFTER_SKIP = {
    "fr": frozenset("personnes personne gens individus autres d entre eux elles qui toutes tous y en encore aussi "
                    "egalement deja".split()),
    "en": frozenset("people persons person individuals others other of them who whom that which also all still reportedly "
                    "more".split()),
}  # fmt: skip
#: The auxiliaries of the passive (and of French intransitive verbs: "sont morts") and of the active voice.
_PASSIVE = {
    "fr": frozenset("ete sont est etaient etait furent fut seront sera soient serait seraient etre porte portee portes "
                    "portees restent reste demeurent".split()),
    "en": frozenset("were was been being be are is got get gets remain remains remained went go goes gone".split()),
}  # fmt: skip
_ACTIVE = {
    "fr": frozenset("ont a avait avaient auront aura aurait auraient avons".split()),
    "en": frozenset("have has had will would could may might".split()),
}
#: Words between a verb and the count it has for object: a bound or an approximation, the French "en".
_BEFORE_SKIP = {
    "fr": frozenset("au moins plus pres de d environ quelque quelques pas jusqu a en pratiquement quasiment presque "
                    "un peu".split()),
    "en": frozenset("at least more than some nearly about around over almost roughly approximately an estimated "
                    "another further up to a just some off".split()),  # "laid off 40"
}  # fmt: skip
#: Verbs of amount, between a count and the noun of its subject ("les exportations ont atteint 40 milliards").
_AMOUNT = {
    "fr": frozenset("atteint atteignent atteignait atteindront totalise totalisent elevent eleve elevaient s se ont a "
                    "sont etaient representent represente a etait de du ete".split()),
    "en": frozenset("reached reach reaches totalled totaled total totals stood stand stands amounted amount amounts "
                    "came were was are is worth at to rose fell grew climbed".split()),
}  # fmt: skip
#: What starts the object of an active verb: a determiner, a number, a bound ("killed 12", "tué les").
_OBJECT_START = {
    "fr": frozenset("le la les l un une des du de d leur leurs son sa ses plus moins au pres environ quelque".split()),
    "en": frozenset("the a an their his her its at more some nearly about around over up".split()),
}
#: What ends a phrase after a word that closes it ("280 voix pour, 150 contre et 40 abstentions").
_PHRASE_END = {"fr": frozenset("et ou mais , ; . : ) !".split()), "en": frozenset("and or but , ; . : ) !".split())}


@cache
def _patterns(lang: str) -> tuple[tuple[dict[str, re.Pattern[str]], ...], ...]:
    """The words of :data:`~.lexicon._OUTCOMES` for one language, compiled: group -> pole -> role -> pattern."""
    side = 0 if lang == "fr" else 1
    return tuple(
        tuple({role: re.compile(words[side]) for role, words in pole.items() if words[side]} for pole in group) for group in _OUTCOMES
    )


def _tokens(sentence: str) -> list[tuple[str, int, int, str]]:
    """The words, numbers and marks of a sentence: folded, their offsets, as written."""
    return [(fold_word(m.group(0)), m.start(), m.end(), m.group(0)) for m in _TOKEN.finditer(sentence)]


def _pole(word: str, roles: Sequence[str], lang: str, shown: str = "") -> dict[int, tuple[int, str]]:
    """The poles a folded word is in, by one of ``roles``: group -> (pole, the word as written, ``shown``)."""
    found: dict[int, tuple[int, str]] = {}
    for g, group in enumerate(_patterns(lang)):
        for p, pole in enumerate(group):
            if any(role in pole and pole[role].fullmatch(word) for role in roles):
                found.setdefault(g, (p, shown or word))
    return found


def _noun_words(figure: Figure, noun: str, noun_text: str) -> set[str]:
    return {fold_word(w) for w in f"{figure.noun} {noun} {noun_text}".split() if w}


#: The words that open an apposition or a relative clause between a count and its verb, after a comma ("12 personnes,
#: dont trois enfants, ont été blessées", "14 people, among them two officers, were killed"): it is passed over.
_APPOSITION = {
    "fr": frozenset("dont parmi parmi-lesquels notamment y qui".split()),
    "en": frozenset("including among of who which mostly many some most".split()),
}


_Token = tuple[str, int, int, str]


def _past_appositions(tokens: list[_Token], before: list[_Token], lang: str) -> list[_Token]:
    """The words after a figure without the appositions set between commas ("12 personnes, dont trois enfants, ont été
    blessées" reads "12 personnes ont été blessées"), and, for a figure inside one ("dont trois enfants, ont été
    blessées"), without the comma that closes it: the verb after it is the count's too."""
    inside = any(w == "," and i + 1 < len(before) and before[i + 1][0] in _APPOSITION[lang] for i, (w, _, _, _) in enumerate(before[-6:-1]))
    inside = inside and not any(w == "," for w, _, _, _ in before[-2:])  # ", dont trois enfants" ends right before it
    out: list[tuple[str, int, int, str]] = []
    i = 0
    while i < len(tokens):
        word = tokens[i][0]
        nxt = tokens[i + 1][0] if i + 1 < len(tokens) else ""
        if word == "," and nxt in _APPOSITION[lang]:
            close = next((j for j in range(i + 2, min(len(tokens), i + 25)) if tokens[j][0] == ","), None)
            if close is not None:
                i = close + 1
                continue
        if word == "," and inside and not out[1:]:  # the comma closing the apposition the figure is in
            inside = False
            i += 1
            continue
        out.append(tokens[i])
        i += 1
    return out


def _after(tokens: list[tuple[str, int, int, str]], figure: Figure, own: set[str], lang: str) -> dict[int, tuple[int, str]]:
    """The poles the first word after a figure and its noun puts it in (see the module)."""
    rest = _past_appositions([t for t in tokens if t[1] >= figure.end], [t for t in tokens if t[2] <= figure.start], lang)
    passive = active = False
    for i, (word, _, _, shown) in enumerate(rest[:9]):
        nxt = rest[i + 1][0] if i + 1 < len(rest) else "."
        if word in own or word in _AFTER_SKIP[lang] or (word.endswith(("ly", "ment")) and len(word) > 5):
            continue
        if word in _PASSIVE[lang]:
            passive = True
            continue
        if word in _ACTIVE[lang]:
            active = True
            continue
        found = _pole(word, ("did",), lang, shown)
        done = _pole(word, ("done",), lang, shown)
        if done and (passive or (not active and nxt not in _OBJECT_START[lang] and not nxt[:1].isdigit())):
            found = {**done, **found}
        if not passive and not active and nxt in _PHRASE_END[lang]:
            found = {**_pole(word, ("said", "noun"), lang, shown), **found}
        return found
    return {}


def _before(tokens: list[tuple[str, int, int, str]], figure: Figure, lang: str) -> dict[int, tuple[int, str]]:
    """The poles the words before a figure put it in: the active verb it is the object of, or over a verb of amount
    the noun of its subject (see the module)."""
    before = [t for t in tokens if t[2] <= figure.start]
    amount = 0
    for word, _, _, shown in reversed(before[-8:]):
        if word in _BEFORE_SKIP[lang] and not amount:
            continue
        if not amount and (found := _pole(word, ("done", "noun"), lang, shown)):
            return found
        if word in _AMOUNT[lang] and amount < 3:
            amount += 1
            continue
        if amount and word in ("les", "la", "le", "l", "des", "the", "its", "their"):
            continue
        return _pole(word, ("noun",), lang, shown) if amount else {}
    return {}


def noun_poles(figure: Figure, noun: str = "", noun_text: str = "", lang: str = "fr") -> dict[int, tuple[int, str]]:
    """The poles of :data:`~.lexicon._OUTCOMES` a figure's counted noun names by itself ("12 morts", "trois blessés",
    "12 dead"), group -> (pole, the word that says it); empty for a kind whose outcome is not read."""
    poles: dict[int, tuple[int, str]] = {}
    if figure.kind not in _KINDS:
        return poles
    for word in f"{figure.noun} {noun_text or noun}".split():
        for g, p in _pole(fold_word(word), ("noun", "done", "did"), lang, word).items():
            poles.setdefault(g, p)
    return poles


def outcome_poles(sentence: str, figure: Figure, noun: str = "", noun_text: str = "", lang: str = "fr") -> dict[int, tuple[int, str]]:
    """The poles of :data:`~.lexicon._OUTCOMES` a figure's words put it in, group -> (pole, the word that says it) (empty for a kind whose
    outcome is not read, or words that say none). Its counted noun first, then the words after it, then before it,
    each group from the first that says it.

    Args:
        sentence: The figure's sentence.
        figure: The figure (offsets in ``sentence``).
        noun: The lemma of the noun it counts, if read.
        noun_text: That noun as written, if read.
        lang: ``"fr"`` or ``"en"``.
    """
    if figure.kind not in _KINDS or not sentence:
        return {}
    own = _noun_words(figure, noun, noun_text)
    poles = noun_poles(figure, noun, noun_text, lang)  # "12 morts", "12 killed": the counted word names the pole
    tokens = _tokens(sentence)
    for found in (_after(tokens, figure, own, lang), _before(tokens, figure, lang)):
        for g, p in found.items():
            poles.setdefault(g, p)
    return poles


def outcome_words(sentence: str, group: int, pole: int, lang: str) -> bool:
    """Whether a sentence holds a word of a pole, in any role ("injuries", "wounded", "hurt" for the injured)."""
    roles = _patterns(lang)[group][pole]
    return any(pattern.fullmatch(word) for word, _, _, _ in _tokens(sentence) for pattern in roles.values())


def opposed_outcomes(french: dict[int, tuple[int, str]], english: dict[int, tuple[int, str]]) -> list[int]:
    """The groups where a French figure's pole and its English pair's differ (:func:`outcome_poles` of each)."""
    return [g for g, (p, _) in french.items() if g in english and english[g][0] != p]
