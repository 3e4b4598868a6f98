"""A small, dependency-free detector of French text.

It counts frequent function words of French, English, Spanish, Italian and
German: enough to tell a French news article from text in another language,
and to point at paragraphs that are not French in a mixed text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["LanguageGuess", "detect_language"]

_WORDS: dict[str, frozenset[str]] = {
    "fr": frozenset(
        "le la les des du un une et est en que qui dans pour pas sur au aux avec ce cette ces il elle ils elles "
        "sont ont été par plus ne se sa son ses leur leurs mais où selon après avant entre contre depuis très aussi "
        "comme tout tous nous vous je d l qu n s c j été était sera fait cet dont lors ainsi".split()
    ),
    "en": frozenset(
        "the of and to in is that for it on with as was are by this be at from have has an not but were which "
        "their they his her will would been more its than who said also after into there these those what".split()
    ),
    "es": frozenset("el los las por con una para es del al lo como más pero sus fue este esta son también".split()),
    "it": frozenset("il di che è per non una sono della gli nel alla anche dei come più stato questo".split()),
    "de": frozenset("der die das und ist nicht mit ein eine den von zu auf dem sich des im für auch wird".split()),
}
_TOKEN = re.compile(r"[a-zà-öø-ÿ]+", re.IGNORECASE)
#: The languages each function word belongs to (one look-up a token).
_LANGUAGES_OF: dict[str, tuple[str, ...]] = {
    word: tuple(language for language, words in _WORDS.items() if word in words) for word in set().union(*_WORDS.values())
}


@dataclass(frozen=True)
class LanguageGuess:
    """The result of :func:`detect_language`.

    Attributes:
        language: ``fr``, ``en``, ``es``, ``it``, ``de`` or ``unknown`` (too few words to tell).
        french_share: Share of French among the function words found (0 to 1).
        evidence: Number of function words found.
    """

    language: str
    french_share: float
    evidence: int

    @property
    def is_french(self) -> bool:
        """French, or too little text to tell (numbers only, a title)."""
        return self.language in ("fr", "unknown")


def detect_language(text: str) -> LanguageGuess:
    """Guess the language of ``text`` from its function words."""
    counts = dict.fromkeys(_WORDS, 0)
    for token in _TOKEN.findall(text[:100_000].lower()):
        for language in _LANGUAGES_OF.get(token, ()):
            counts[language] += 1
    total = sum(counts.values())
    if total < 3:
        return LanguageGuess("unknown", 0.0, total)
    share = counts["fr"] / total
    best = max(counts, key=lambda k: counts[k])
    return LanguageGuess("fr" if share >= 0.4 else best, share, total)
