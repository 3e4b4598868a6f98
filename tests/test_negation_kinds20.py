"""Negation kinds of round 20 (every example written for this file, none taken from a set or the dev data).

"pas plus que" (nor) continues the negation before it; a "ni ... ni ... ne" read with the words around its verb ("Ni le
maire ni ses adjoints n'avaient été prévenus" / "kept in the dark"); a negated existence with a relative "qui ne" (every
one: "il n'est pas une rue qui n'ait été inondée"); what none escapes, all undergo; a verb's "dé-" that negates nothing
("n'a pas démissionné" / "stayed on") and one that does ("n'a pas déplu" / "liked"); "par défaut" (in absentia) is no
lack; the tagger's slips on "unbeaten" and "winless"; "has yet to" for "toujours pas" and for a "jamais" up to now; "n'avait
plus été aussi ... depuis" / "its strongest since"; "inédit" / "not seen"; a "tant que" whose subject has complements; a
way not taken ("ne passera pas par" / "bypass"); "ne ... plus" said by a verb of an end; an elliptical "not" continuing a
negation; an elliptical "Jamais." after a dash; support kept ("ne lâcherons pas" / "stand by"); a text not struck down
("n'a pas censuré" / "upheld"); "refuser de" / "voted against"; "pas des plus faciles" / "demanding"; a negative subject
and its "sans" far apart (every one with); "no choice but" (a must); a litotes whose adjective stands after the verb's
object ("n'a pas jugé la demande irrecevable" / "admissible"; "inadmissible" is the negation lost); a negative subject far
from its "ne"; "ne pas en rester là" / "take the matter further". Each faithful rendering has a counterpart that loses the
negation (or adds one, or reverses the sense) and must be flagged.
"""

from __future__ import annotations

import pytest
from builders import negation_messages

from summarizer import parsing

pytestmark = pytest.mark.skipif(not (parsing.available("fr") and parsing.available("en")), reason="spaCy parsers not installed")


TWINS = [
    (
        "La région ne sortira pas gagnante de la réforme, pas plus que les communes.",
        "The region will not come out of the reform a winner, and nor will the towns.",
        "The region will come out of the reform a winner, and so will the towns.",
    ),
    (
        "Ni le maire ni ses adjoints n'avaient été prévenus de la fermeture.",
        "The mayor and his deputies alike had been kept in the dark about the closure.",
        "The mayor and his deputies alike had been told about the closure.",
    ),
    (
        "Il n'y a pas une rue du quartier qui n'ait été inondée.",
        "Every street in the district was flooded.",
        "Not a single street in the district was flooded.",
    ),
    (
        "Aucun ménage n'échappera à la hausse de la taxe.",
        "Every household will be hit by the tax rise.",
        "Some households will escape the tax rise.",
    ),
    (
        "La présidente du club n'a pas démissionné malgré la défaite.",
        "The club's president has stayed on despite the defeat.",
        "The club's president has resigned after the defeat.",
    ),
    ("Le spectacle n'a pas déplu aux enfants.", "The children liked the show.", "The children disliked the show."),
    (
        "Le prévenu, qui ne s'est pas présenté, a été jugé par défaut.",
        "The defendant, who failed to appear, was tried in absentia.",
        "The defendant, who appeared, was tried in absentia.",
    ),
    (
        "L'équipe n'a plus perdu depuis onze matches.",
        "The team are unbeaten in eleven games.",
        "The team have lost their last eleven games.",
    ),
    (
        "Le club n'a gagné aucun de ses huit derniers matches.",
        "The club are winless in their last eight games.",
        "The club have won their last eight games.",
    ),
    (
        "La mairie n'a toujours pas versé les subventions promises.",
        "The town hall has yet to pay the promised grants.",
        "The town hall has paid the promised grants.",
    ),
    (
        "L'usine n'a jamais tourné à plein régime depuis son ouverture.",
        "The plant has yet to run at full capacity since it opened.",
        "The plant has run at full capacity since it opened.",
    ),
    (
        "Le franc n'avait plus été aussi fort depuis 2015.",
        "The franc is at its strongest since 2015.",
        "The franc has been this strong since 2015.",
    ),
    (
        "Les syndicats bloqueront le dépôt tant que les salariés licenciés en mars ne seront pas réintégrés.",
        "The unions will block the depot until the workers laid off in March are taken back.",
        "The unions will block the depot while the workers laid off in March are taken back.",
    ),
    (
        "Le cortège ne passera pas par le centre-ville.",
        "The procession will bypass the city centre.",
        "The procession will go through the city centre.",
    ),
    (
        "Le journal ne sera plus imprimé à partir de janvier.",
        "The paper will stop printing in January.",
        "The paper will start printing in January.",
    ),
    ("Regrettez-vous votre choix ? — Jamais.", "Do you regret your choice? — Never.", "Do you regret your choice? — Always."),
    (
        "« Nous ne lâcherons pas les éleveurs », a promis la ministre.",
        '"We will stand by the farmers," the minister promised.',
        '"We will drop the farmers," the minister promised.',
    ),
    (
        "Le Conseil d'État n'a pas censuré le décret.",
        "The Council of State upheld the decree.",
        "The Council of State struck down the decree.",
    ),
    ("Les élus ont refusé de voter le budget.", "Councillors voted against the budget.", "Councillors voted for the budget."),
    ("La montée finale n'est pas des plus faciles.", "The final climb is a demanding one.", "The final climb is an easy one."),
    (
        "Aucun colis ne quittera l'entrepôt sans être contrôlé.",
        "Every parcel will be checked before it leaves the warehouse.",
        "No parcel will be checked before it leaves the warehouse.",
    ),
    ("Nous ne pouvons pas ne pas agir.", "We have no choice but to act.", "We cannot act."),
    (
        "Le juge n'a pas déclaré la demande irrecevable.",
        "The judge ruled the request admissible.",
        "The judge ruled the request inadmissible.",
    ),
    (
        "Aucun des élus présents à la réunion de lundi n'a voté le texte.",
        "None of the councillors at Monday's meeting voted for the text.",
        "All of the councillors at Monday's meeting voted for the text.",
    ),
    (
        "Le syndicat ne compte pas en rester là.",
        "The union intends to take the matter further.",
        "The union intends to let the matter drop.",
    ),
]


@pytest.mark.parametrize("fr, faithful, wrong", TWINS)
def test_a_faithful_rendering_passes_and_its_changed_twin_is_flagged(fr: str, faithful: str, wrong: str) -> None:
    assert negation_messages(fr, faithful) == []
    assert negation_messages(fr, wrong)


FAITHFUL = [
    ("Les ventes ont atteint un niveau inédit depuis dix ans.", "Sales reached a level not seen in ten years."),
    (
        "Il n'y aura pas de fermeture de classe, ni à la rentrée ni en janvier.",
        "There will be no class closures, not in September and not in January.",
    ),
]


@pytest.mark.parametrize("fr, en", FAITHFUL)
def test_a_negation_said_by_a_word_or_continued_raises_no_alarm(fr: str, en: str) -> None:
    assert negation_messages(fr, en) == []


def test_a_verbs_de_that_negates_nothing_is_no_litotes() -> None:
    assert negation_messages("Le ministre n'a pas démissionné.", "The minister has resigned.")
