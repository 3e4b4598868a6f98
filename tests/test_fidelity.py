from __future__ import annotations

import pytest

from summarizer import check_figures
from summarizer.checks.repair import repair_by_substitution

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
    whole = check_figures(" ".join(fr), " ".join(en))  # the same figures overall, in the other order
    assert not whole.ok and whole.swapped and "other order" in whole.describe()
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


@pytest.mark.parametrize(
    ("french", "english", "ok"),
    [
        ("Le chantier durera encore 2 semaines.", "The work will last another two weeks.", True),
        ("Elle a fini 5e de la course.", "She finished fifth in the race.", True),
        ("Le ticket coûte 46 cents de plus.", "The ticket costs 46 cents more.", True),
        ("Les ouvriers touchent 5 centimes d'euro par kilo.", "The workers earn 5 euro cents per kilo.", True),
        ("Un quota de 40 pour-cent de femmes est envisagé.", "A 40 percent quota of women is planned.", True),
        ("Une douzaine d'États ont voté la loi.", "A dozen States have passed the law.", True),
        ("Une dizaine d'États ont voté la loi.", "A dozen States have passed the law.", False),
        ("Le prix varie de 37 $ à 188 $ par jour.", "The price ranges from 37 to 188 dollars a day.", True),
        ("Le concert aura lieu le 21 décembre.", "The concert will take place on the 21st of December.", True),
        ("18 % des plus de 65 ans et 20 % des jeunes n'ont pas de carte.",
         "18% of those over 65 and 20% of the young have no card.", True),
        ("Il a recensé 40 589 tentatives, soit +47 %.", "He recorded 47 attempts, up 40,589%.", False),
        ("Le vote a été de 45 voix contre 37.", "The vote was 45 percent against 37.", False),
        ("Il a démantelé 124 réseaux et rapatrié 2 326 migrants.", "He dismantled 2,326 networks and returned 124 migrants.", False),
        ("La population passera entre 1 et 0,5 milliard.", "The population will fall to 0.5 - 1 billion.", True),
        ("Le cortège est parti jeudi à 6h30.", "The march left on Thursday at 6.30 a.m.", True),
        ("Le concert commence à partir de 21 heures.", "The concert starts from 9pm.", True),
        ("La réunion est fixée à 20h35.", "The meeting is set for 8.35am.", False),
        ("La réunion est fixée à 20h35.", "The meeting is set for 8:35.", True),
        ("Il a patienté au bout de 10 heures.", "He waited for 10 hours.", True),
        ("La trêve conclue le 21 novembre tient.", "The truce agreed on November twenty-first holds.", True),
        ("Le lancement a eu lieu le 10 octobre 1958.", "The launch took place on the tenth of October 1958.", True),
        ("Au début des années 60, puis dans les années 1990 et 2000.", "In the early 60s, then in the 1990s and 2000s.", True),
        ("À la fin des années 1980.", "In the late 80's.", True),
        ("À la fin des années 1980.", "In the late 90's.", False),
        ("Rendez-vous le jeudi 20.12.2012 au soir.", "See you on Thursday 20.12.2012 in the evening.", True),
    ],
    ids=["weeks-spelled", "ordinal-spelled", "cents", "euro-cents", "pour-cent", "dozen", "ten-is-not-a-dozen",
         "currency-later", "ordinal-date", "and-is-not-a-range", "swapped-across-kinds", "votes-became-percent",
         "decades", "decade-apostrophe", "decade-changed", "dotted-date", "swapped-same-kind", "range-reversed",
         "time-am", "time-pm", "time-wrong-half", "time-either-half", "hours-duration", "date-spelled-day",
         "date-spelled-day-year"],
)  # fmt: skip
def test_real_translation_forms(french: str, english: str, ok: bool) -> None:
    report = check_figures(french, english)
    assert report.ok is ok, report.describe()
