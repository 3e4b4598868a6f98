"""Key-figure kinds of round 21 (every passage written for this file): a period named by its year whose figure is told
in the pluperfect is an earlier level ("seule l'édition 2019, avec 61 000 visiteurs, avait fait mieux"); a figure
counted by the verb of an adverbial clause of its own ("pour avoir licencié 38 salariés") is a fact, no qualifier of
the group another figure counts; figures of one sentence that add up to a sliver of an earlier total are no breakdown
of it (a wage beside a fine)."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.filterwarnings("ignore")


def _roles(text: str) -> dict[str, str]:
    from summarizer import Document, rank_key_figures

    return {r.figure.text: r.role for r in rank_key_figures(Document.build(text))}


def test_a_period_named_by_its_year_in_the_pluperfect_is_an_earlier_level() -> None:
    text = ("Le salon du livre attire 58 000 visiteurs\n\n"
            "Le salon du livre de la ville a accueilli 58 000 visiteurs en quatre jours, une hausse de 9 %. Seule "
            "l'édition 2019, avec 61 000 entrées, avait fait mieux.")  # fmt: skip
    roles = _roles(text)
    assert roles["61 000"] == "comparison" and roles["9 %"] == "change"


def test_a_period_named_by_its_year_with_a_verb_of_now_is_no_earlier_level() -> None:
    # the twin: the same period told in the present is the figure of now
    text = ("Le salon du livre de la ville accueille 58 000 visiteurs. L'édition 2019, avec 61 000 entrées, reste la "
            "référence des organisateurs.")  # fmt: skip
    assert _roles(text)["61 000"] != "comparison"


def test_a_figure_counted_in_an_adverbial_clause_is_no_qualifier() -> None:
    text = ("Le tribunal a condamné une société de nettoyage à des amendes de 900 000 euros pour avoir licencié 38 "
            "salariés sans motif.")  # fmt: skip
    assert _roles(text)["38"] != "context"


def test_a_figure_inside_a_group_described_by_a_participle_stays_a_qualifier() -> None:
    from summarizer.facts import parser_available, read_facts_many
    from summarizer.figures import extract_figures

    if not parser_available():
        pytest.skip("the French parser is not installed")
    sentence = "Selon l'enquête, 22 % des ménages gagnant moins de 30 000 euros renoncent à partir en vacances."
    facts = read_facts_many([(sentence, extract_figures(sentence, "fr"))])[0]
    assert [f.qualifier for f in facts if f.figure.text == "30 000 euros"] == [True]


def test_figures_adding_up_to_a_sliver_of_an_earlier_total_are_no_parts_of_it() -> None:
    text = ("Travail dissimulé : 2,4 millions d'euros d'amendes\n\n"
            "Le tribunal a infligé 2,4 millions d'euros d'amendes à un groupe de transport. Les chauffeurs étaient payés "
            "7,20 euros de l'heure, quand le minimum légal atteint 11,65 euros.")  # fmt: skip
    roles = _roles(text)
    assert roles["7,20 euros"] != "comparison"


def test_parts_adding_up_to_most_of_a_total_stay_its_breakdown() -> None:
    # the twin: two shares of the fine, said after it, are its parts
    text = ("Le tribunal a infligé 2,4 millions d'euros d'amendes. Le premier transporteur paiera 1,5 million d'euros, "
            "le second transporteur paiera 600 000 euros.")  # fmt: skip
    roles = _roles(text)
    assert roles["1,5 million d'euros"] == "comparison" and roles["600 000 euros"] == "comparison"


def test_a_threshold_set_by_a_rule_is_a_bound() -> None:
    from summarizer import Document, rank_key_figures

    text = ("Le parlement a voté un crédit de 90 millions de francs. Le projet ira devant le peuple, son montant dépassant le "
            "seuil du référendum obligatoire, fixé à 2 % des dépenses du canton.")  # fmt: skip
    terms = {r.figure.text: dict(r.terms) for r in rank_key_figures(Document.build(text))}
    assert terms["2 %"].get("bound") == -1.0 and "bound" not in terms["90 millions de francs"]


def test_a_threshold_never_crossed_before_is_a_bound() -> None:
    from summarizer import Document, rank_key_figures

    text = "Le port a traité 4,1 millions de conteneurs. Jamais le port n'avait franchi la barre des 4 millions."
    terms = {r.figure.text: dict(r.terms) for r in rank_key_figures(Document.build(text))}
    assert terms["4 millions"].get("bound") == -1.0 and "bound" not in terms["4,1 millions"]


def test_a_toll_of_the_dead_is_no_small_count_and_leads() -> None:
    from summarizer import Document, rank_key_figures

    text = ("Tempête : 80 000 foyers privés de courant\n\n"
            "La tempête a privé 80 000 foyers d'électricité dans la nuit. Le bilan est lourd : deux personnes ont perdu la "
            "vie. Quelque 12 routes restent fermées et 9 écoles n'ouvriront pas lundi.")  # fmt: skip
    ranked = {r.figure.text: dict(r.terms) for r in rank_key_figures(Document.build(text))}
    assert "small" not in ranked["deux"] and ranked["deux"]["toll"] > 0
    assert "small" in ranked["9"] and "toll" not in ranked["9"]
