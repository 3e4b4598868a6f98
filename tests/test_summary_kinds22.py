"""Key-figure kinds of round 22 (every example written for this file, none taken from a set or the dev data).

An assembly's winning tally ("adopté par 48 voix contre 20") is the decision's result, its losing side and a popular
vote's tally context; a prison term said "de pénitencier"; a small count of charges is no detail ("reconnu coupable de
six chefs d'accusation"); a bound of eligibility in a relative clause ("dont les revenus ne dépassent pas") is a
condition, no result; a proposal pleaded for ("plaide pour un plafond à 3 %") comes after what happened; a score after
the name of the side beaten ("a battu le Stade Rennais 2-0") is no count; the toll of an event cited past the lede
("l'explosion ..., qui avait fait trois morts") is no lead, one in the lede still is.
"""

from __future__ import annotations

import pytest

from summarizer import Document, parsing, rank_key_figures

pytestmark = pytest.mark.skipif(not parsing.available("fr"), reason="spaCy's French parser not installed")


def _ranked(text: str) -> list[str]:
    return [r.figure.text for r in rank_key_figures(Document.build(text))]


def _roles(text: str) -> dict[str, str]:
    return {r.figure.text: r.role for r in rank_key_figures(Document.build(text))}


def test_an_assembly_tally_is_a_result_its_losing_side_context() -> None:
    roles = _roles("Le conseil communal a adopté lundi, par 48 voix contre 20, un crédit de 12 millions de francs pour la piscine.")
    assert roles["48"] != "context" and roles["20"] == "context"


def test_a_popular_vote_tally_stays_context() -> None:
    roles = _roles("Les électeurs ont accepté dimanche, par 23 410 voix contre 19 002, un crédit de 40 millions de francs.")
    assert roles["23 410"] == "context"


def test_a_prison_term_of_penitentiary_is_a_key_figure() -> None:
    ranked = _ranked("Un ancien trésorier a été condamné jeudi à quatre ans de pénitencier pour avoir détourné 800 000 dollars.")
    assert "quatre ans" in ranked[:2]


def test_a_small_count_of_charges_is_no_detail() -> None:
    text = ("Un promoteur condamné\n\nL'homme, reconnu coupable de six chefs d'accusation, devra verser 3 000 dollars. "
            "Le chantier comptait 12 grues.")  # fmt: skip
    ranked = _ranked(text)
    assert ranked.index("six") < ranked.index("12")


def test_a_bound_of_eligibility_ranks_after_the_measure() -> None:
    text = ("La commune construira 300 logements, dont la moitié réservés aux ménages dont les revenus ne dépassent pas "
            "2 800 euros par mois, et consacrera 40 millions d'euros au projet.")  # fmt: skip
    ranked = _ranked(text)
    assert ranked.index("40 millions d'euros") < ranked.index("2 800 euros")


def test_a_proposal_pleaded_for_comes_after_the_facts() -> None:
    text = ("Les loyers ont bondi de 12 % en un an. La députée plaide pour un plafonnement des hausses à 2 % par an.")
    ranked = _ranked(text)
    assert ranked.index("12 %") < ranked.index("2 %")


def test_a_score_after_the_side_beaten_is_no_count() -> None:
    from summarizer.figures import extract_figures

    assert extract_figures("Le FC Sion a battu le Stade Nyonnais 2-0 dans le derby.", "fr") == []
    assert [f.text for f in extract_figures("Le club a gagné 12 sièges dans la région.", "fr")] == ["12"]


def test_the_toll_of_an_event_cited_past_the_lede_is_no_lead() -> None:
    text = ("Le préfet durcit les règles des feux d'artifice\n\n"
            "Le préfet a interdit la vente de 40 000 pétards pour le réveillon.\n\n"
            "La mesure répond à plusieurs accidents, dont l'explosion d'un entrepôt, qui avait fait trois morts.\n\n"
            "Les contrevenants risquent 1 500 euros d'amende.")  # fmt: skip
    ranked = _ranked(text)
    assert ranked.index("1 500 euros") < ranked.index("trois")


def test_a_toll_in_the_lede_still_leads() -> None:
    text = ("Un séisme frappe le nord du pays\n\n"
            "Un séisme, qui a fait trois morts, a frappé mardi le nord du pays, où 1 500 maisons sont endommagées.")  # fmt: skip
    roles = {r.figure.text: r.score for r in rank_key_figures(Document.build(text))}
    assert roles["trois"] > roles["1 500"]
