from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from evaluation.splitting import load_gold
from summarizer.splitting import _should_merge, split_paragraphs, split_sentences, split_text

GOLD = load_gold()


@pytest.mark.parametrize("sentences", GOLD, ids=[s[0][:30] for s in GOLD])
def test_gold_set(sentences: list[str]) -> None:
    paragraph = " ".join(sentences)
    assert [paragraph[a:b] for a, b in split_sentences(paragraph)] == sentences


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Titre sans point\nLe texte commence ici.", ["Titre sans point", "Le texte commence ici."]),
        ("Premier paragraphe.\n\nSecond paragraphe.", ["Premier paragraphe.", "Second paragraphe."]),
        ("Une ligne.\nUne autre ligne.", ["Une ligne.", "Une autre ligne."]),
        ("Une phrase coupée\nen deux lignes.", ["Une phrase coupée\nen deux lignes."]),
        ("Windows.\r\n\r\nFin de ligne CRLF.\r\nSuite.", ["Windows.", "Fin de ligne CRLF.", "Suite."]),
        ("   \n\n  Texte entouré d'espaces.  \n\n", ["Texte entouré d'espaces."]),
    ],
    ids=["title-line", "blank-line", "single-break", "hard-wrap", "crlf", "surrounding-space"],
)
def test_paragraphs(text: str, expected: list[str]) -> None:
    assert [text[a:b] for a, b in split_paragraphs(text)] == expected


def test_split_text_numbers_paragraphs_and_offsets() -> None:
    text = "Bilan 2022\n\nLe 1er janvier, 40 589 cas. M. Dupont a parlé.\nFin."
    spans = split_text(text)
    assert [(s.paragraph, s.text) for s in spans] == [
        (0, "Bilan 2022"),
        (1, "Le 1er janvier, 40 589 cas."),
        (1, "M. Dupont a parlé."),
        (2, "Fin."),
    ]
    assert all(text[s.start : s.end] == s.text for s in spans)


def _non_space(text: str) -> str:
    return "".join(text.split())


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("abcdeM. !?\n«»…,;:0123456789 \u00a0()'É")), max_size=300))
def test_splitter_never_loses_or_reorders_text(text: str) -> None:
    spans = split_text(text)
    assert all(a.end <= b.start for a, b in zip(spans, spans[1:]))
    assert _non_space("".join(s.text for s in spans)) == _non_space(text)


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=200))
def test_splitter_handles_any_unicode(text: str) -> None:
    spans = split_text(text)
    assert _non_space("".join(s.text for s in spans)) == _non_space(text)


def test_a_long_paragraph_is_split_as_its_sentences_are_alone() -> None:
    # a paragraph of many windows: the segmenter sees it in pieces, the boundaries must not move
    sentences = [s for gold in GOLD for s in gold] * 6
    paragraph = " ".join(sentences)
    assert len(paragraph) > 6 * 2000
    assert [paragraph[a:b] for a, b in split_sentences(paragraph)] == sentences


def test_a_long_unpunctuated_paragraph_stays_one_sentence() -> None:
    lines = [f"le conseil a examiné le dossier numéro {i} avec les élus de la commune" for i in range(300)]
    paragraph = "\n".join(lines)
    assert [paragraph[a:b] for a, b in split_sentences(paragraph)] == [paragraph]


@pytest.mark.parametrize("name", ["Marc J. Lemoine", "Anne-Laure B. Dufresne"])
def test_an_initial_does_not_end_a_sentence(name: str) -> None:
    paragraph = f"Le projet avance bien, a déclaré {name}, le directeur du chantier. Les travaux reprendront lundi."
    assert [paragraph[a:b] for a, b in split_sentences(paragraph)] == [
        f"Le projet avance bien, a déclaré {name}, le directeur du chantier.", "Les travaux reprendront lundi."]
    # where the segmenter proposes a boundary after the initial (it does in some long paragraphs), it is undone
    first, last = name.rsplit(" ", 1)
    assert _should_merge(f"a déclaré {first}", f"{last}, le directeur du chantier.")
