"""Builders of test articles and fake translators (sumy-style helpers)."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from summarizer.translators import DecodeOptions, Translator


def article(*paragraphs: str | Sequence[str], separator: str = "\n\n") -> str:
    """An article from paragraphs, each a string or a list of sentences."""
    return separator.join(p if isinstance(p, str) else " ".join(p) for p in paragraphs)


def numbered_sentences(count: int, words: int = 8) -> list[str]:
    """Distinct French sentences, each naming its own number."""
    filler = " ".join(["le conseil régional a examiné le dossier"] * max(1, words // 7))
    return [f"Le rapport numéro {i} indique que {filler} avec soin." for i in range(count)]


class ScriptedTranslator(Translator):
    """A translator whose output is computed by a function of the source: a test double.

    ``hypotheses`` returns the n-best list; the first one is the 1-best.
    """

    name = "scripted"

    def __init__(self, hypotheses: Callable[[str], list[str]], model_name: str = "scripted") -> None:
        self.hypotheses = hypotheses
        self.model_name = model_name
        self.calls: list[list[str]] = []

    def generate(self, sentences: Sequence[str], options: DecodeOptions, num_hypotheses: int = 1) -> list[list[str]]:
        self.calls.append(list(sentences))
        out = []
        for sentence in sentences:
            hyps = self.hypotheses(sentence)
            if options.no_repeat_ngram_size:  # a guarded retry: give the last candidate
                hyps = hyps[-1:]
            out.append((hyps * num_hypotheses)[:num_hypotheses])
        return out
