from __future__ import annotations

import pytest

from summarizer import check_figures
from summarizer.fidelity import repair_by_substitution

# (French, English, ok, missing values, unexpected values)
CASES = [
    ("40 589 tentatives.", "40,589 attempts.", True, [], []),
    ("40 589 tentatives.", "40589 attempts.", True, [], []),
    ("40 589 tentatives.", "40 589 attempts.", True, [], []),
    ("1,2 milliard d'euros.", "1.2 billion euros.", True, [], []),
    ("1,2 milliard d'euros.", "€1.2 billion.", True, [], []),
    ("douze mille emplois.", "12,000 jobs.", True, [], []),
    ("3,5 % des ménages.", "3.5% of households.", True, [], []),
    ("Le 1er janvier 2019.", "On January 1, 2019.", True, [], []),
    ("Les deux dimensions.", "Both dimensions.", True, [], []),
    ("Un recul de -1,1 %.", "A fall of 1.1%.", True, [], []),
    ("2 326 écoles.", "2.326 schools.", False, [2326], [2.326]),
    ("2.200.112 habitants.", "2,200,12 inhabitants.", False, [2200112], [220012]),
    ("40 589 tentatives.", "40,598 attempts.", False, [40589], [40598]),
    ("1,2 milliard d'euros.", "1.2 million euros.", False, [1_200_000_000], [1_200_000]),
    ("1,2 milliard d'euros.", "1.2 billion dollars.", False, [1_200_000_000], [1_200_000_000]),
    ("12 % des votants.", "Voters.", False, [12], []),
    ("Des votants.", "12% of voters.", False, [], [12]),
]


@pytest.mark.parametrize(("fr", "en", "ok", "missing", "unexpected"), CASES, ids=[f"{c[0][:18]}->{c[1][:18]}" for c in CASES])
def test_check(fr: str, en: str, ok: bool, missing: list[float], unexpected: list[float]) -> None:
    report = check_figures(fr, en)
    assert report.ok is ok
    assert [f.value for f in report.missing] == missing
    assert [f.value for f in report.unexpected] == pytest.approx(unexpected)


def test_check_per_sentence_catches_swapped_figures() -> None:
    fr = ["Il y a 300 blessés.", "Il y a 40 morts."]
    en = ["There are 40 injured.", "There are 300 dead."]
    assert check_figures(" ".join(fr), " ".join(en)).ok  # the same figures overall
    assert not check_figures(" ".join(fr), " ".join(en), segments=list(zip(fr, en))).ok


@pytest.mark.parametrize(
    ("fr", "en", "repaired"),
    [
        ("2 326 écoles.", "2.326 schools.", "2,326 schools."),
        ("Un budget de 1,2 milliard.", "A budget of 1.3 billion.", "A budget of 1.2 billion."),
        ("12 % des votants.", "Voters.", None),
    ],
    ids=["decimal-point", "scaled", "lost"],
)
def test_repair_by_substitution(fr: str, en: str, repaired: str | None) -> None:
    assert repair_by_substitution(fr, en) == repaired
