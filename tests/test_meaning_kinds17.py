"""Figure kinds of round 17 (every example written for this file, none taken from a set or the dev data).

Each kind has faithful renderings that must pass and changed ones that must be flagged: two counts whose English nouns
fit the French ones better exchanged (an assignment of two, where the lexicon lets one French noun take both English
nouns), and two counts of one English head told apart by their compounds' complements; a date said by its weekday
alone, a French 2 said "both", the 1 of a ratio said "one", a number glued by a hyphen to the noun it grades, a French
Roman ordinal before its noun, a race time whose seconds carry their decimals, an inch glued to its number.
"""

from __future__ import annotations

import pytest

from summarizer import check_figures
from summarizer.figures import extract_figures

pytestmark = pytest.mark.filterwarnings("ignore")


def _ok(fr: str, en: str) -> bool:
    return check_figures(fr, en).ok


# --- two counts whose English nouns fit the French ones better exchanged ---

EXCHANGED_BY_FIT = [
    ("L'académie recrute 1 500 enseignants et 400 éducatrices avant la rentrée.",
     "The education authority is hiring 1,500 teachers and 400 educators before the start of term.",
     "The education authority is hiring 1,500 educators and 400 teachers before the start of term."),
    ("Le constructeur a livré 20 rames de métro et 8 trains de banlieue à la régie depuis l'été.",
     "The manufacturer has delivered 20 metro trains and 8 commuter trains to the transit authority since the summer.",
     "The manufacturer has delivered 20 commuter trains and 8 metro trains to the transit authority since the summer."),
]  # fmt: skip


@pytest.mark.parametrize("fr, faithful, wrong", EXCHANGED_BY_FIT, ids=["head", "complement"])
def test_two_counts_whose_nouns_fit_better_exchanged_are_flagged(fr: str, faithful: str, wrong: str) -> None:
    assert _ok(fr, faithful)
    report = check_figures(fr, wrong)
    assert not report.ok
    assert any(change.attribute == "noun" and change.other is not None for change in report.changed)


TIES = [
    # one English noun for two French ones, each in its place: no better assignment
    ("Le groupe emploie 800 salariés, dont 300 ouvriers.", "The group employs 800 people, 300 of them factory workers."),
    # both nouns known, each named where it stands
    ("Le salon a accueilli 40 exposants et 9 000 visiteurs.", "The fair drew 40 exhibitors and 9,000 visitors."),
    # one English head, complements the lexicon does not know: a tie
    ("La ville a planté 300 arbres fruitiers et 120 arbres d'ornement.", "The town planted 300 fruit trees and 120 ornamental trees."),
]


@pytest.mark.parametrize("fr, en", TIES)
def test_counts_with_no_better_assignment_pass(fr: str, en: str) -> None:
    assert _ok(fr, en)


# --- French figures the English says in words of its own ---

SAID_IN_WORDS = [
    # a date with its weekday, said by the weekday alone (as English news writes a day of the story's week)
    ("Le conseil se réunira mardi 9 mars à Namur.", "The council will meet in Namur on Tuesday.",
     "The council will meet in Namur on Wednesday."),
    ("Samedi 14, les marcheurs partiront de Lausanne.", "The walkers will set off from Lausanne on Saturday.",
     "The walkers will set off from Lausanne on Sunday."),
    # a French 2 said "both"
    ("Les 2 suspects ont été remis en liberté jeudi.", "Both suspects were released on Thursday.",
     "Three suspects were released on Thursday."),
    # the 1 of a ratio said "one"
    ("Le vaccin a provoqué une fièvre chez 1 enfant sur 40.", "The vaccine caused a fever in one child in 40.",
     "The vaccine caused a fever in two children in 40."),
    # a number glued by a hyphen to the noun it grades
    ("Un ouragan de catégorie 4 approche des côtes.", "A category-4 hurricane is nearing the coast.",
     "A category-3 hurricane is nearing the coast."),
]  # fmt: skip


# --- readers: a Roman ordinal before its noun, a race time's decimal seconds, a glued inch ---

READ = [
    ("Le musée du VIIe arrondissement rouvre ses portes.", "fr", "VIIe", 7.0),
    ("La Ve République a été fondée par de Gaulle.", "fr", "Ve", 5.0),
    ("She won the 800m in 1min 58.40sec on Sunday.", "en", "1min 58.40sec", 118.4),
    ("Il a nagé le 100 m en 1 min 02,15 s.", "fr", "1 min 02,15 s", 62.15),
    ("The hail stones reached 3cm (1.2in) across.", "en", "1.2in", 1.2),
]


@pytest.mark.parametrize("text, lang, written, value", READ)
def test_a_figure_is_read_whole(text: str, lang: str, written: str, value: float) -> None:
    found = [f for f in extract_figures(text, lang) if f.text == written]
    assert found and float(found[0].value) == pytest.approx(value)


def test_a_spaced_in_stays_a_preposition_and_a_king_no_ordinal() -> None:
    assert [f.unit for f in extract_figures("Prices rose 5 in May.", "en")] == [""]
    assert not [f for f in extract_figures("François Ier a signé le traité en 1539.", "fr") if f.kind.value == "ordinal"]


def test_converted_inch_beside_a_metric_measure_passes() -> None:
    assert _ok("Les grêlons mesuraient 3 centimètres de diamètre.", "The hailstones measured 3cm (1.2in) across.")
    assert not _ok("Les grêlons mesuraient 3 centimètres de diamètre.", "The hailstones measured 3cm (2.5in) across.")


# --- a direction said by a level's side, a French verb of exceeding by, a headline without determiners ---

DIRECTIONS = [
    ("Les ventes de bois sont en retrait de 6 % sur l'an dernier.", "Timber sales are 6% behind last year.",
     "Timber sales are 6% ahead of last year."),
    ("Le niveau du lac a dépassé de 1,2 mètre la cote d'alerte.", "The lake rose 1.2 metres above the alert level.",
     "The lake stood 1.2 metres below the alert level."),
    ("La banque centrale relève son taux de 0,5 point, à 3 %.", "Central bank raises key rate by 0.5 point to 3%",
     "Central bank cuts key rate by 0.5 point to 3%"),
]  # fmt: skip


# --- a measure written as a count of something else; a contract's kind; an expert ---

CHANGED = [
    ("Le gel a touché 300 hectares de vergers dans la Drôme.", "The frost hit 300 hectares of orchards in the Drôme.",
     "The frost hit 300 farms in the Drôme."),
    ("L'usine emploie 200 salariés en CDI et 60 intérimaires.", "The plant employs 200 permanent staff and 60 agency workers.",
     "The plant employs 200 temporary staff and 60 agency workers."),
    ("Le tribunal a entendu 12 témoins et 4 experts.", "The court heard 12 witnesses and 4 experts.",
     "The court heard 12 witnesses and 4 defendants."),
    ("Quelque 900 cols bleus de la métropole ont cessé le travail.", "Some 900 blue-collar city workers stopped work.",
     "Some 900 white-collar city workers stopped work."),
]  # fmt: skip


def test_a_measure_in_its_unit_abbreviated_passes() -> None:
    assert _ok("Le gel a touché 300 hectares de vergers.", "The frost hit 300 hectares of orchards.")
    assert _ok("La coopérative a récolté 40 tonnes de noix.", "The cooperative harvested 40 tonnes of walnuts.")


# --- two amounts whose purposes are exchanged ---

PURPOSES = [
    ("La région versera 40 millions d'euros pour les transports et 15 millions pour la culture.",
     "The region will pay 40 million euros for transport and 15 million for culture.",
     "The region will pay 40 million euros for culture and 15 million for transport."),
    ("Le plan prévoit 2 milliards de francs pour la santé et 900 millions pour l'éducation.",
     "The plan earmarks 2 billion francs for health and 900 million for education.",
     "The plan earmarks 2 billion francs for education and 900 million for health."),
]  # fmt: skip


def test_purposes_said_in_words_of_their_own_pass() -> None:
    fr = "La ville consacrera 3 millions d'euros pour les écoles et 1 million pour les parcs."
    assert _ok(fr, "The city will spend 3 million euros on schools and 1 million on parks.")


# --- every kind above with a faithful rendering and a changed twin: the one passes, the other is flagged ---

TWINS = {
    "said-in-words": (SAID_IN_WORDS, ("date", "day", "both", "ratio", "hyphen")),
    "direction": (DIRECTIONS, ("behind", "exceeded-by", "headline")),
    "counted": (CHANGED, ("unit-lost", "contract", "expert", "collar")),
    "purposes": (PURPOSES, ("cognates", "one-cognate")),
}
CASES = [pytest.param(*row, id=f"{kind}-{name}") for kind, (rows, names) in TWINS.items() for row, name in zip(rows, names, strict=True)]


@pytest.mark.parametrize("fr, faithful, wrong", CASES)
def test_a_faithful_rendering_passes_and_its_changed_twin_is_flagged(fr: str, faithful: str, wrong: str) -> None:
    assert _ok(fr, faithful)
    assert not _ok(fr, wrong)
