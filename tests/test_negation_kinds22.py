"""Negation kinds of round 22 (every example written for this file, none taken from a set or the dev data).

"not" before a restriction told after its verb ("n'est pas dû uniquement à" / "is not due solely to"); a setting aside
said by "pushed to the side", a lack by "loses"; a refusal said by "turned down" or "turned away"; a verb of refusal or
prevention whose "de" stands after a day ("a refusé mercredi de"); an adjective of impossibility opening the sentence
("Impossible pour ... de"); "keep" and a gerund is going on, no keeping from ("kept arriving" for "a empêché"); an
English word of lack elsewhere excuses only the French one near it; a "sans" whose noun the English affirms, the noun
read as written where the tagger took it for another part of speech; a negative pronoun and "failed to" (a double
negation); litotes of a small or lukewarm thing ("pas anodin" / "hefty", "rien de tiède" / "warm"); a verdict or a strike
not renewed said by its opposite ("cleared", "called off"); "ne ... plus de X que" (now only); "aucun ... depuis" said by
"the first ... since"; "aucun ... sans" said by "no ... unable to" (two negations each); a negated bound said as an upper
bound ("n'augmentera pas de plus de 2 %" / "2% or less"). Each
faithful rendering has a counterpart that loses the negation (or reverses the sense) and must be flagged.
"""

from __future__ import annotations

import pytest
from builders import negation_messages

from summarizer import parsing

pytestmark = pytest.mark.skipif(not (parsing.available("fr") and parsing.available("en")), reason="spaCy parsers not installed")


TWINS = [
    ("Les jeunes chercheurs sont souvent écartés des comités.", "Young researchers are often pushed to the side on committees.",
     "Young researchers are often put at the centre of committees."),
    ("Le mur manque un peu de lumière, selon l'architecte.", "The wall loses a little light, according to the architect.",
     "The wall has a little light, according to the architect."),
    ("La ville a refusé de vendre le terrain au promoteur.", "The city turned down the developer's offer to buy the land.",
     "The city agreed to sell the land to the developer."),
    ("Le Conseil a refusé jeudi de voter les crédits.", "The council refused on Thursday to approve the funds.",
     "The council agreed on Thursday to approve the funds."),
    ("Impossible pour les pompiers d'atteindre le hameau avant la nuit.", "Firefighters could not reach the hamlet before nightfall.",
     "Firefighters were able to reach the hamlet before nightfall."),
    ("La neige a empêché la livraison du courrier pendant trois jours.", "Snow prevented mail deliveries for three days.",
     "Mail deliveries kept arriving for three days despite the snow."),
    ("Les ouvriers posaient les tuiles sans gants ni lunettes.", "The workers were laying the tiles without gloves or goggles.",
     "The workers were laying the tiles wearing gloves and goggles."),
    ("Personne n'a pu ignorer la banderole accrochée au balcon.", "No one could have failed to notice the banner on the balcony.",
     "No one noticed the banner on the balcony."),
    ("Le coût du chantier n'est pas anodin pour la commune.", "The cost of the works is a hefty one for the town.",
     "The cost of the works is a trifling one for the town."),
    ("Le maire n'a pas été reconnu coupable de favoritisme.", "The mayor was cleared of favouritism.",
     "The mayor was convicted of favouritism."),
    ("La grève des éboueurs n'a pas été reconduite lundi.", "Refuse collectors called off their strike on Monday.",
     "Refuse collectors extended their strike on Monday."),
    ("Aucun film belge n'avait remporté le prix depuis 2009.", "It is the first Belgian film to win the prize since 2009.",
     "Belgian films have won the prize since 2009."),
    ("Aucun apprenti ne doit quitter le centre sans savoir souder.", "No apprentice should leave the centre unable to weld.",
     "No apprentice should leave the centre able to weld."),
    ("La régie n'augmentera pas ses tarifs de plus de 2 % en 2027.", "The utility will keep its 2027 rate rise to 2% or less.",
     "The utility will raise its rates by more than 2% in 2027."),
]  # fmt: skip


@pytest.mark.parametrize("fr, faithful, wrong", TWINS)
def test_a_faithful_rendering_passes_and_its_changed_twin_is_flagged(fr: str, faithful: str, wrong: str) -> None:
    assert negation_messages(fr, faithful) == []
    assert negation_messages(fr, wrong)


def test_an_english_not_ignore_stays_a_negation() -> None:
    # "ignore" is no verb an English "not" cancels: "a ignoré" written "did not ignore" reverses the sense
    assert negation_messages("Le ministre a ignoré les critiques.", "The minister did not ignore the criticism.")


def test_a_french_word_of_lack_not_near_an_english_one_is_still_lost() -> None:
    # one English word of lack ("shortages"), two French ones: the prevention at the start of the sentence is lost
    assert negation_messages("La tempête a empêché les livraisons, provoquant des pénuries de pain.",
                             "Deliveries kept coming despite the storm, though there were bread shortages.")


FAITHFUL = [
    ("La hausse des prix ne s'explique pas uniquement par le pétrole.", "The rise in prices is not explained solely by oil."),
    ("Le projet ne repose pas exclusivement sur la commune.", "The project does not rely only on the town."),
    ("Le village n'a plus d'école que trois jours par semaine.", "The village now has a school only three days a week."),
]  # fmt: skip


@pytest.mark.parametrize("fr, en", FAITHFUL)
def test_a_restriction_raises_no_alarm(fr: str, en: str) -> None:
    assert negation_messages(fr, en) == []


def test_a_negated_restriction_dropped_from_a_plain_negation_is_still_lost() -> None:
    # "ne repose pas sur" is a plain negation: "relies only on" loses it
    assert negation_messages("Le projet ne repose pas sur la commune.", "The project relies only on the town.")
