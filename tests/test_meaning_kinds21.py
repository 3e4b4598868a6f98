"""Figure kinds of round 21 (every example written for this file, none taken from a set or the dev data).

Each kind has a faithful rendering that must pass and a changed one that must be flagged: a spell of time and the
change it lasted ("après trois mois de recul" / "after three months of decline"); a difference before "than" is no bound
of the base after it ("20 minutes less than a year ago"); points followed by the rate they take it to, whatever stands
before ("en mars, de 0,2 point à 7,1 %"); a verb of change whose object a year qualifies ("cut its 2027 growth forecast
by"); a count and "de plus" after its noun ("12 % de visiteurs de plus"); "no higher than" (at most); a French hypernym
for an animal the sentence names ("4 animaux" / "4 wolves"); a sport's synonym for goals ("réalisations"); a
percentage's noun after its "des" ("50,3 % des suffrages"); a fraction of the noun before it ("une majorité des deux
tiers"); sets and a tie-break in brackets ("7-6 (7/4)") after "vainqueur"; a day whose year French says apart ("un
29 février, en 2000"); weekdays inside a range of days ("du lundi 2 au vendredi 6 mars"); a fraction of a unit ("un
quart de siècle", "trois quarts de mètre"); two durations joined by "et" that English sums ("deux semaines et trois
jours" / "17 days"); a fraction in words written as another fraction ("deux tiers" / "three-quarters"); nouns the
lexicon now knows (réacteur, valeur, vigne, verger, arrivée, suppléant, acériculteur, inéligibilité, majorité;
"places" as beds, "conteneurs" as units); "ne ... guère dépasser" / "barely exceed" (just over); a score after
"battue ... par" or "score cumulé de", the English giving the winner first; "pre-1950" (a year); one unit of money by the
French article ("un euro symbolique" / "€1"); a French ordinal of a unit along a course ("au 12e kilomètre" / "at the
12-kilometre mark").
"""

from __future__ import annotations

import pytest

from summarizer import check_figures, parsing

pytestmark = pytest.mark.filterwarnings("ignore")

PARSED = pytest.mark.skipif(not (parsing.available("fr") and parsing.available("en")), reason="spaCy parsers not installed")


def _ok(fr: str, en: str) -> bool:
    return check_figures(fr, en).ok


FAITHFUL_AND_CHANGED = [
    ("Les exportations ont rebondi de 1,2 % en mai, après trois mois de recul.",
     "Exports bounced back 1.2% in May after three months of decline.",
     "Exports bounced back 1.2% in May after three months of growth."),
    ("Le trajet dure désormais 70 minutes, soit 20 minutes de moins qu'il y a un an.",
     "The journey now takes 70 minutes, 20 minutes less than a year ago.",
     "The journey now takes 70 minutes, 20 minutes more than a year ago."),
    ("Deux tiers des habitants ont voté.", "Two-thirds of residents voted.", "Three-quarters of residents voted."),
    ("Le taux d'emploi a légèrement reculé en Wallonie en mars, de 0,2 point à 7,1 %.",
     "The employment rate in Wallonia edged down 0.2 point to 7.1% in March.",
     "The employment rate in Wallonia edged up 0.2 point to 7.1% in March."),
    ("La banque centrale a abaissé de 0,3 point, à 1,1 %, sa prévision de croissance pour 2028.",
     "The central bank cut its 2028 growth forecast by 0.3 point to 1.1%.",
     "The central bank raised its 2028 growth forecast by 0.3 point to 1.1%."),
    ("Le zoo a accueilli 12 % de visiteurs de plus qu'en 2024.", "The zoo welcomed 12% more visitors than in 2024.",
     "The zoo welcomed 12% fewer visitors than in 2024."),
    ("La participation n'a pas dépassé les quarante pour cent dans le canton.", "Turnout was no higher than 40% in the canton.",
     "Turnout was more than 40% in the canton."),
    ("Les ours ont tué 300 brebis cet été dans les Pyrénées, et la préfecture autorise l'effarouchement de 3 animaux.",
     "Bears killed 300 ewes in the Pyrenees this summer, and the prefecture is allowing 3 bears to be scared off.",
     "Bears killed 300 goats in the Pyrenees this summer, and the prefecture is allowing 3 bears to be scared off."),
    ("La centrale a arrêté 4 réacteurs pour maintenance.", "The plant shut 4 reactors for maintenance.",
     "The plant shut 4 turbines for maintenance."),
    ("La grêle a détruit 800 hectares de vignes et 120 hectares de vergers.",
     "Hail destroyed 800 hectares of vineyards and 120 hectares of orchards.",
     "Hail destroyed 800 hectares of orchards and 120 hectares of vineyards."),
    ("Le candidat l'emporte avec 52,4 % des suffrages exprimés, devant le maire sortant.",
     "The candidate won with 52.4% of the votes cast, ahead of the outgoing mayor.",
     "The candidate won with 42.5% of the votes cast, ahead of the outgoing mayor."),
    ("Le texte exige une majorité des deux tiers du Sénat.", "The text requires a two-thirds majority of the Senate.",
     "The text requires a three-quarters majority of the Senate."),
    ("Vainqueur 7-5, 3-6, 7-6 (7/2), la Belge rejoint les demi-finales.",
     "The Belgian won 7-5, 3-6, 7-6 (7-2) to reach the semi-finals.",
     "The Belgian won 7-5, 3-6, 6-7 (7-2) to reach the semi-finals."),
    ("Né un 29 février, en 2000, le pilote n'a fêté que six anniversaires.",
     "Born on 29 February 2000, the driver has only had six birthdays.",
     "Born on 29 February 2004, the driver has only had six birthdays."),
    ("Le guichet est ouvert du lundi 2 au vendredi 6 mars.", "The office is open from Monday March 2 to Friday March 6.",
     "The office is open from Monday March 2 to Friday March 9."),
    ("Le chantier doit durer un quart de siècle.", "The works are due to last 25 years.", "The works are due to last 20 years."),
    ("La rivière a monté de trois quarts de mètre en une nuit.", "The river rose by 75cm overnight.",
     "The river rose by 57cm overnight."),
    ("Le blocage du port aura duré deux semaines et trois jours.", "The port blockade lasted 17 days in all.",
     "The port blockade lasted 19 days in all."),
    ("La récolte ne devrait guère dépasser 900 000 tonnes.", "The harvest is expected to barely exceed 900,000 tonnes.",
     "The harvest is expected to fall well short of 900,000 tonnes."),
    ("Battue 1-4 par Lyon, l'équipe quitte la coupe.", "Beaten 4-1 by Lyon, the team is out of the cup.",
     "Beaten 4-2 by Lyon, the team is out of the cup."),
    ("Le club, éliminé sur un score cumulé de 3-6 par Porto, rentre à Nantes.",
     "The club, knocked out by Porto 6-3 on aggregate, returns to Nantes.",
     "The club, knocked out by Porto 6-2 on aggregate, returns to Nantes."),
    ("Aucune des carottes antérieures à 1950 ne contient de plastique.", "None of the pre-1950 cores contains plastic.",
     "None of the pre-1960 cores contains plastic."),
    ("Le refuge compte 180 places.", "The shelter has 180 beds.", "The shelter has 180 rooms."),
    ("Le port a traité 2,1 millions de conteneurs EVP.", "The port handled 2.1 million twenty-foot equivalent units.",
     "The port handled 2.1 million tonnes."),
    ("Le club a été cédé pour un euro symbolique.", "The club was sold for a token €1.", "The club was sold for a token €10."),
    ("La coureuse a chuté au 12e kilomètre.", "The runner fell at the 12-kilometre mark.", "The runner fell at the 21-kilometre mark."),
]  # fmt: skip


@pytest.mark.parametrize("fr, faithful, changed", FAITHFUL_AND_CHANGED)
def test_a_faithful_rendering_passes_and_a_changed_one_is_flagged(fr: str, faithful: str, changed: str) -> None:
    assert _ok(fr, faithful)
    assert not _ok(fr, changed)


FAITHFUL = [
    ("L'attaquant a marqué 9 buts en 12 matches, devant son coéquipier, auteur de 7 réalisations.",
     "The striker has scored 9 goals in 12 games, ahead of his team-mate, who has 7 goals."),
    ("Deux valeurs de la banque ont gagné plus de 10 %.", "Two banking stocks gained more than 10%."),
    ("Quelque 1 800 acériculteurs ont obtenu de nouveaux quotas.", "Some 1,800 maple syrup producers were granted new quotas."),
    ("Il a passé deux ans et six mois en détention.", "He spent 30 months in custody."),
]  # fmt: skip


@pytest.mark.parametrize("fr, en", FAITHFUL)
def test_a_faithful_rendering_raises_no_alarm(fr: str, en: str) -> None:
    assert _ok(fr, en)


def test_a_year_after_a_comma_joins_its_day_only_when_it_ends_the_phrase() -> None:
    from summarizer.figures import extract_figures

    dated = extract_figures("Née un 29 février, en 2000, elle skie.", "fr")
    assert [f.value for f in dated if f.kind.value == "date"] == ["2000-02-29"]
    counted = extract_figures("Le 3 mars, en 2000 endroits, la foule a défilé.", "fr")
    assert [f.value for f in counted if f.kind.value == "date"] == ["--03-03"]
