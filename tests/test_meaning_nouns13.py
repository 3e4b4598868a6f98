"""The lexicon of counted nouns by class: a faithful synonym passes, a noun of another entry is a change (own examples).

Every sentence is written for this file, in news style; none comes from a data set.
"""

from __future__ import annotations

from collections import Counter

import pytest

from summarizer import check_figures
from summarizer.figures.lexicon import _COUNTED_NOUNS
from summarizer.figures.meaning import same_noun


def _flag(fr: str, en: str) -> str:
    report = check_figures(fr, en)
    return "" if report.ok else report.describe()


def test_a_french_noun_is_in_one_class_only() -> None:
    counts = Counter(noun for entries in _COUNTED_NOUNS.values() for noun in entries)
    assert [noun for noun, n in counts.items() if n > 1] == []


# --------------------------------------------------------------------------- faithful renderings pass


@pytest.mark.parametrize(
    ("fr", "en"),
    [
        # people by age and school
        ("Le car transportait 46 écoliers.", "The coach was carrying 46 pupils."),
        ("Le car transportait 46 écoliers.", "The coach was carrying 46 schoolchildren."),
        ("Le car transportait 46 écoliers.", "The coach was carrying 46 children."),
        ("Le lycée accueille 1 250 lycéens.", "The school takes 1,250 students."),
        ("Près de 300 collégiens ont été évacués.", "Nearly 300 pupils were evacuated."),
        # casualties and survivors
        ("Le naufrage a laissé 23 rescapés.", "The shipwreck left 23 survivors."),
        ("Les secours recherchent encore 14 disparus.", "Rescuers are still searching for 14 missing."),
        ("L'épidémie a provoqué 640 hospitalisations.", "The epidemic caused 640 hospital admissions."),
        ("L'épidémie a provoqué 640 hospitalisations.", "The epidemic caused 640 hospitalisations."),
        # workers and staff
        ("La société emploie 1 800 salariés.", "The company employs 1,800 employees."),
        ("La société emploie 1 800 salariés.", "The company employs 1,800 staff."),
        ("La société emploie 1 800 salariés.", "The company employs 1,800 workers."),
        ("Le chantier mobilise 75 intérimaires.", "The site uses 75 temporary workers."),
        ("Le service compte 90 soignants.", "The unit has 90 carers."),
        ("Le port emploie 320 douaniers.", "The port employs 320 customs officers."),
        ("Le syndicat réunit 4 000 cheminots.", "The union brings together 4,000 railway workers."),
        ("La coopérative regroupe 210 éleveurs.", "The cooperative groups 210 farmers."),
        # homes and buildings
        ("Le projet prévoit 420 logements.", "The project provides for 420 homes."),
        ("Le projet prévoit 420 logements.", "The project provides for 420 housing units."),
        ("Le projet prévoit 420 logements.", "The project provides for 420 dwellings."),
        ("Le département compte 58 collèges.", "The department has 58 secondary schools."),
        ("L'académie rouvre 12 lycées.", "The education authority is reopening 12 high schools."),
        ("La région ferme 7 maternités.", "The region is closing 7 maternity units."),
        ("La chaîne va fermer 35 supermarchés.", "The chain will close 35 stores."),
        # roads, travellers and places
        ("Les gendarmes ont contrôlé 3 400 automobilistes.", "Gendarmes checked 3,400 motorists."),
        ("Les gendarmes ont contrôlé 3 400 automobilistes.", "Gendarmes checked 3,400 drivers."),
        ("Le refuge a accueilli 65 randonneurs.", "The mountain hut took in 65 hikers."),
        ("La crue a inondé 18 communes.", "The flood swamped 18 municipalities."),
        ("La crue a inondé 18 communes.", "The flood swamped 18 villages."),
        # justice
        ("La cour a prononcé 9 condamnations.", "The court handed down 9 convictions."),
        ("La cour a prononcé 9 condamnations.", "The court handed down 9 sentences."),
        ("Le juge a prononcé 4 relaxes.", "The judge handed down 4 acquittals."),
        ("Le parquet a ouvert 27 enquêtes.", "Prosecutors have opened 27 investigations."),
        ("Le parquet a ouvert 27 enquêtes.", "Prosecutors have opened 27 inquiries."),
        ("La police a dressé 150 contraventions.", "Police issued 150 fines."),
        # sport
        ("Lyon a aligné 8 victoires de suite.", "Lyon have strung together 8 wins in a row."),
        ("Lyon a aligné 8 victoires de suite.", "Lyon have strung together 8 victories in a row."),
        ("Le club a concédé 11 défaites.", "The club has suffered 11 defeats."),
        ("Le club a concédé 11 défaites.", "The club has suffered 11 losses."),
        ("L'équipe a concédé 6 nuls.", "The team has conceded 6 draws."),
        # animals and what is seized
        ("Le troupeau compte 450 brebis.", "The flock has 450 ewes."),
        ("Le troupeau compte 450 brebis.", "The flock has 450 sheep."),
        ("L'éleveur a vendu 120 bovins.", "The farmer sold 120 cattle."),
        ("Les douaniers ont saisi 3 000 comprimés.", "Customs seized 3,000 pills."),
        ("Le magasin a vendu 800 smartphones.", "The shop sold 800 phones."),
        ("La galerie a exposé 80 tableaux.", "The gallery showed 80 paintings."),
        ("La galerie a exposé 80 tableaux.", "The gallery showed 80 works."),
        # paraphrases by a broader head
        ("L'avalanche a fait 3 victimes.", "The avalanche claimed 3 lives."),
        ("Le club a enchaîné 4 défaites.", "The club has lost 4 games in a row."),
        ("La préfecture a délivré 900 titres de séjour.", "The prefecture issued 900 residence permits."),
        ("La sécheresse frappe 23 communes.", "The drought is hitting 23 local authorities."),
        ("Le groupe exploite 12 entrepôts.", "The group runs 12 distribution centres."),
        ("Les écoliers ont planté 500 arbres.", "The pupils planted 500 saplings."),
        ("Le concours a attiré 3 000 candidats.", "The competition attracted 3,000 applicants."),
        ("Le match a réuni 45 000 spectateurs.", "The match drew 45,000 fans."),
        ("Les secours ont évacué 60 habitants.", "Rescuers evacuated 60 locals."),
    ],
)
def test_a_faithful_synonym_passes(fr: str, en: str) -> None:
    assert _flag(fr, en) == ""


# --------------------------------------------------------------------------- a noun of another entry is a change


@pytest.mark.parametrize(
    ("fr", "en", "said"),
    [
        ("Le refuge a accueilli 65 randonneurs.", "The mountain hut took in 65 skiers.", "skiers"),
        ("Les gendarmes ont contrôlé 3 400 automobilistes.", "Gendarmes checked 3,400 cyclists.", "cyclists"),
        ("L'épidémie a provoqué 640 hospitalisations.", "The epidemic caused 640 deaths.", "deaths"),
        ("Le naufrage a laissé 23 rescapés.", "The shipwreck left 23 victims.", "victims"),
        ("La cour a prononcé 9 condamnations.", "The court handed down 9 acquittals.", "acquittals"),
        ("Le juge a prononcé 4 relaxes.", "The judge handed down 4 convictions.", "convictions"),
        ("Le parquet a ouvert 27 enquêtes.", "Prosecutors have opened 27 complaints.", "complaints"),
        ("Lyon a aligné 8 victoires de suite.", "Lyon have strung together 8 defeats in a row.", "defeats"),
        ("L'équipe a concédé 6 nuls.", "The team has conceded 6 defeats.", "defeats"),
        ("Le département compte 58 collèges.", "The department has 58 hospitals.", "hospitals"),
        ("La crue a inondé 18 communes.", "The flood swamped 18 beaches.", "beaches"),
        ("Le conseil a nommé 6 préfets.", "The council appointed 6 ambassadors.", "ambassadors"),
        ("Le troupeau compte 450 brebis.", "The flock has 450 goats.", "goats"),
        ("L'éleveur a vendu 120 bovins.", "The farmer sold 120 pigs.", "pigs"),
        ("Le magasin a vendu 800 smartphones.", "The shop sold 800 tablets.", "tablets"),
        ("Le port emploie 320 douaniers.", "The port employs 320 dockers.", "dockers"),
        ("La galerie a exposé 80 tableaux.", "The gallery showed 80 statues.", "statues"),
    ],
)
def test_a_noun_of_another_entry_is_a_change(fr: str, en: str, said: str) -> None:
    assert f"counts '{said}'" in _flag(fr, en)


@pytest.mark.parametrize(
    ("fr", "faithful", "exchanged"),
    [
        (
            "La cour a prononcé 9 condamnations et 2 relaxes.",
            "The court handed down 9 convictions and 2 acquittals.",
            "The court handed down 9 acquittals and 2 convictions.",
        ),
        ("Nantes a obtenu 7 victoires et 4 nuls.", "Nantes have earned 7 wins and 4 draws.", "Nantes have earned 7 draws and 4 wins."),
        (
            "Le bilan fait état de 5 morts et 9 disparus.",
            "The toll stands at 5 dead and 9 missing.",
            "The toll stands at 5 missing and 9 dead.",
        ),
    ],
)
def test_nouns_of_two_entries_exchanged(fr: str, faithful: str, exchanged: str) -> None:
    assert _flag(fr, faithful) == ""
    assert _flag(fr, exchanged) != ""


def test_classes_keep_their_synonyms_apart() -> None:
    assert same_noun("salariés", "staff") is True
    assert same_noun("logements", "dwellings") is True
    assert same_noun("rescapés", "survivors") is True
    assert same_noun("relaxes", "convictions") is False
    assert same_noun("défaites", "wins") is False
    assert same_noun("brebis", "cows") is False


# --------------------------------------------------------------------------- a qualifier of the opposite pole


@pytest.mark.parametrize(
    ("fr", "faithful", "wrong"),
    [
        (
            "L'ARS recense 27 cas confirmés de rougeole.",
            "The health agency lists 27 confirmed cases of measles.",
            "The health agency lists 27 suspected cases of measles.",
        ),
        (
            "L'hôpital suit 14 cas suspects.",
            "The hospital is monitoring 14 suspected cases.",
            "The hospital is monitoring 14 confirmed cases.",
        ),
        ("La ville compte 31 écoles primaires.", "The city has 31 primary schools.", "The city has 31 secondary schools."),
        ("La ville compte 31 écoles primaires.", "The city has 31 elementary schools.", "The city has 31 high schools."),
        (
            "Le département rénove 9 collèges.",
            "The department is renovating 9 secondary schools.",
            "The department is renovating 9 primary schools.",
        ),
        ("Le carambolage a fait 6 blessés graves.", "The pile-up left 6 seriously injured.", "The pile-up left 6 slightly injured."),
        ("Le carambolage a fait 6 blessés légers.", "The pile-up left 6 lightly injured.", "The pile-up left 6 badly injured."),
        ("Brest a concédé 5 défaites à domicile.", "Brest have suffered 5 home defeats.", "Brest have suffered 5 away defeats."),
        ("L'usine créera 400 emplois directs.", "The plant will create 400 direct jobs.", "The plant will create 400 indirect jobs."),
        ("La métropole compte 12 cliniques privées.", "The metropolis has 12 private clinics.", "The metropolis has 12 public clinics."),
        (
            "La région a signalé 8 cas autochtones de chikungunya.",
            "The region reported 8 locally acquired cases of chikungunya.",
            "The region reported 8 imported cases of chikungunya.",
        ),
    ],
)
def test_a_qualifier_of_the_opposite_pole_is_a_change(fr: str, faithful: str, wrong: str) -> None:
    assert _flag(fr, faithful) == ""
    assert _flag(fr, wrong) != ""


@pytest.mark.parametrize(
    ("fr", "en"),
    [
        # no pole on one side, or the same pole: the translator's choice
        ("La ville compte 31 écoles.", "The city has 31 primary schools."),
        ("Le département rénove 9 collèges.", "The department is renovating 9 schools."),
        ("L'hôpital suit 14 malades.", "The hospital is monitoring 14 suspected patients."),
        ("La région ouvre 3 lycées publics.", "The region is opening 3 state high schools."),
        ("Le bilan fait état de 6 blessés.", "The toll stands at 6 slightly injured."),
    ],
)
def test_a_qualifier_the_french_does_not_oppose_passes(fr: str, en: str) -> None:
    assert _flag(fr, en) == ""


# --------------------------------------------------------------------------- a general noun, the reading of nouns


def test_a_case_is_no_death_nor_an_injury() -> None:
    fr = "Le département a enregistré 54 cas de grippe aviaire."
    assert _flag(fr, "The department recorded 54 cases of bird flu.") == ""
    assert _flag(fr, "The department recorded 54 bird flu infections.") == ""
    assert _flag(fr, "The department recorded 54 people with bird flu.") == ""
    assert "counts 'deaths'" in _flag(fr, "The department recorded 54 deaths from bird flu.")
    assert "counts 'hospitalisations'" in _flag("Le service a vu 33 cas.", "The unit has seen 33 hospitalisations.")
    # a compound names what the cases are: "cas de décès" are deaths
    assert _flag("Le registre recense 17 cas de décès.", "The register lists 17 deaths.") == ""
    assert _flag("Le registre recense 17 cas de blessures graves.", "The register lists 17 serious injuries.") == ""


def test_an_english_adverb_before_the_counted_noun_is_read_through() -> None:
    # "48 locally acquired deaths" counts deaths, "4 critically injured" the injured
    assert "counts 'deaths'" in _flag("L'ARS signale 48 cas de paludisme.", "The agency reports 48 locally acquired deaths.")
    assert _flag("L'ARS signale 48 cas de paludisme.", "The agency reports 48 locally acquired cases.") == ""
    assert _flag("L'explosion a fait 4 blessés.", "The blast left 4 critically injured.") == ""
    assert "counts 'deaths'" in _flag("L'explosion a fait 4 blessés.", "The blast caused 4 officially recorded deaths.")


def test_a_french_adjective_in_aux_before_its_noun_is_no_noun() -> None:
    # "nouveaux", "beaux" stand before the noun they qualify, like "nouvelles"
    assert "counts 'hospitals'" in _flag("La région va ouvrir 4 nouveaux lycées.", "The region will open 4 new hospitals.")
    assert "counts 'hotels'" in _flag("Le groupe a bâti 12 nouveaux bureaux.", "The group has built 12 new hotels.")
    assert _flag("Le groupe a bâti 12 nouveaux bureaux.", "The group has built 12 new offices.") == ""


# --------------------------------------------------------------------------- what a measure is of


@pytest.mark.parametrize(
    ("fr", "faithful", "wrong"),
    [
        (
            "La brigade a saisi 35 kilos d'héroïne à Lille.",
            "The squad seized 35 kilos of heroin in Lille.",
            "The squad seized 35 kilos of cannabis in Lille.",
        ),
        (
            "Les policiers ont trouvé 600 kilos de résine de cannabis.",
            "Police found 600 kilos of cannabis resin.",
            "Police found 600 kilos of cocaine.",
        ),
        (
            "La tempête a érodé 12 kilomètres de plages.",
            "The storm eroded 12 kilometres of beaches.",
            "The storm eroded 12 kilometres of rivers.",
        ),
        (
            "La tempête a érodé 12 kilomètres de plages.",
            "The storm eroded 12 kilometres of coastline.",
            "The storm eroded 12 kilometres of roads.",
        ),
    ],
)
def test_what_a_measure_is_of_is_its_counted_noun(fr: str, faithful: str, wrong: str) -> None:
    assert _flag(fr, faithful) == ""
    assert _flag(fr, wrong) != ""


@pytest.mark.parametrize(
    ("fr", "en"),
    [
        ("La brigade a saisi 35 kilos d'héroïne.", "The squad seized 35 kilos of the drug."),
        ("La brigade a saisi 35 kilos d'héroïne.", "The squad seized 35 kilos of pure heroin."),
        ("Le village se trouve à 30 km de la ville.", "The village lies within 30 km of the city."),
        ("Le mur mesure 4 mètres de haut.", "The wall is 4 metres high."),
        ("La décharge a reçu 800 tonnes de déchets.", "The tip took in 800 tonnes of rubbish."),
        ("Le port a débarqué 40 tonnes de poisson.", "The port landed 40 tonnes of fish."),
    ],
)
def test_a_measure_rendered_faithfully_passes(fr: str, en: str) -> None:
    assert _flag(fr, en) == ""


def test_two_measures_exchange_what_they_are_of() -> None:
    fr = "Les douanes ont intercepté 250 kilos de cocaïne et 3 tonnes de cannabis."
    assert _flag(fr, "Customs intercepted 250 kilos of cocaine and 3 tonnes of cannabis.") == ""
    assert _flag(fr, "Customs intercepted 250 kilos of cannabis and 3 tonnes of cocaine.") != ""


def test_objects_of_the_sky_are_told_apart() -> None:
    assert _flag("L'équipe a photographié deux galaxies en fusion.", "The team photographed two merging galaxies.") == ""
    assert _flag("L'équipe a photographié deux galaxies en fusion.", "The team photographed two merging parts.") != ""
    assert _flag("L'observatoire possède 3 télescopes.", "The observatory has 3 mirrors.") != ""
