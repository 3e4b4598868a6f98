"""What a count counts said by the outcome of what it counts: a noun of an outcome or the verb said of the counted
("8 morts et 30 blessés" / "8 injured and 30 dead", "12 personnes ont été interpellées" / "12 people were killed"),
checked without noun translations (own examples).

Every sentence is written for this file, in news style; none comes from a data set.
"""

from __future__ import annotations

import pytest

from summarizer import check_figures
from summarizer.figures.extract import extract_figures
from summarizer.figures.outcomes import outcome_poles


def _flag(fr: str, en: str) -> str:
    report = check_figures(fr, en)
    return "" if report.ok else report.describe()


# --------------------------------------------------------------------------- two counts, their outcomes exchanged

EXCHANGED = [
    # casualties said by verbs on one side, nouns on the other
    ("L'explosion a fait 12 morts et 45 blessés.", "The explosion killed 12 people and injured 45.",
     "The explosion injured 12 people and killed 45."),
    ("L'attentat a fait 15 morts et 60 blessés.", "The attack killed 15 people and wounded 60.",
     "The attack wounded 15 people and killed 60."),
    ("La collision a fait 3 morts et 17 blessés.", "Three people were killed and 17 were injured in the collision.",
     "Three people were injured and 17 were killed in the collision."),
    ("Le glissement de terrain a fait 6 morts et 21 disparus.", "Six people died and 21 went missing in the landslide.",
     "Six people went missing and 21 died in the landslide."),
    # arrests, injuries and rescues said by verbs on both sides
    ("La police a interpellé 25 personnes et en a blessé 4.", "Police arrested 25 people and injured 4.",
     "Police injured 25 people and arrested 4."),
    ("Les secours ont évacué 230 habitants et en ont hospitalisé 14.", "Rescuers evacuated 230 residents and hospitalised 14.",
     "Rescuers hospitalised 230 residents and evacuated 14."),
    ("L'usine a licencié 40 salariés et en a embauché 12.", "The plant laid off 40 workers and hired 12.",
     "The plant hired 40 workers and laid off 12."),
    ("Le tribunal a condamné 5 prévenus et en a relaxé 2.", "The court convicted 5 defendants and acquitted 2.",
     "The court acquitted 5 defendants and convicted 2."),
    # jobs, homes and shops made or unmade
    ("L'usine a créé 150 emplois et supprimé 40 postes.", "The plant created 150 jobs and cut 40 posts.",
     "The plant cut 150 jobs and created 40 posts."),
    ("La ville a fermé 3 écoles et en a ouvert 2.", "The city closed 3 schools and opened 2.",
     "The city opened 3 schools and closed 2."),
    ("Le séisme a détruit 400 maisons et en a endommagé 1 200.", "The earthquake destroyed 400 homes and damaged 1,200.",
     "The earthquake damaged 400 homes and destroyed 1,200."),
    # matches won and lost
    ("Le club a remporté 14 matchs et perdu 6.", "The club won 14 matches and lost 6.", "The club lost 14 matches and won 6."),
    ("La joueuse a gagné 31 tournois et en a perdu 9 en finale.", "She has won 31 tournaments and lost 9 in the final.",
     "She has lost 31 tournaments and won 9 in the final."),
    # trade: what comes in and goes out, what is bought and sold
    ("Les exportations ont atteint 40 milliards et les importations 55 milliards.", "Exports reached 40 billion and imports 55 billion.",
     "Imports reached 40 billion and exports 55 billion."),
    ("Le pays a importé 2 millions de tonnes et en a exporté 500 000.", "The country imported 2 million tonnes and exported 500,000.",
     "The country exported 2 million tonnes and imported 500,000."),
    ("Le fonds a acheté 300 logements et en a vendu 120.", "The fund bought 300 homes and sold 120.",
     "The fund sold 300 homes and bought 120."),
    # the side of a vote
    ("Le projet a recueilli 280 voix pour, 150 contre et 40 abstentions.",
     "The bill received 280 votes for, 150 against and 40 abstentions.",
     "The bill received 280 votes against, 150 for and 40 abstentions."),
    ("La motion a obtenu 61 voix pour, 44 contre.", "The motion got 61 votes for, 44 against.", "The motion got 61 votes against, 44 for."),
]  # fmt: skip


@pytest.mark.parametrize(("fr", "faithful", "exchanged"), EXCHANGED)
def test_exchanged_outcomes_are_flagged_and_the_faithful_pass(fr: str, faithful: str, exchanged: str) -> None:
    assert _flag(fr, faithful) == ""
    assert "counts" in _flag(fr, exchanged)


# --------------------------------------------------------------------------- one count put in another outcome

REPLACED = [
    ("L'explosion a fait 12 blessés.", "The explosion injured 12 people.", "The explosion killed 12 people."),
    ("L'explosion a fait 12 blessés.", "Twelve people were injured in the explosion.", "Twelve people were killed in the explosion."),
    ("Au moins 45 personnes ont été interpellées.", "At least 45 people were arrested.", "At least 45 people were killed."),
    ("La police a interpellé 45 personnes.", "Police arrested 45 people.", "Police killed 45 people."),
    ("Quelque 3 000 habitants ont été évacués.", "Some 3,000 residents were evacuated.", "Some 3,000 residents were injured."),
    ("Plus de 200 personnes ont été blessées.", "More than 200 people were injured.", "More than 200 people were killed."),
    ("Douze soldats ont été tués.", "Twelve soldiers were killed.", "Twelve soldiers were wounded."),
    ("Au moins 30 manifestants ont été arrêtés.", "At least 30 protesters were arrested.", "At least 30 protesters were killed."),
    ("Neuf randonneurs sont portés disparus.", "Nine hikers are missing.", "Nine hikers were killed."),
    ("Le groupe va supprimer 1 200 postes.", "The group will cut 1,200 jobs.", "The group will create 1,200 jobs."),
    ("La région va ouvrir 14 classes.", "The region will open 14 classes.", "The region will close 14 classes."),
    ("Le pays a exporté 4 millions de tonnes de blé.", "The country exported 4 million tonnes of wheat.",
     "The country imported 4 million tonnes of wheat."),
    ("Les autorités ont libéré 60 détenus.", "The authorities released 60 detainees.", "The authorities arrested 60 detainees."),
]  # fmt: skip


@pytest.mark.parametrize(("fr", "faithful", "replaced"), REPLACED)
def test_a_count_put_in_another_outcome_is_flagged_and_the_faithful_passes(fr: str, faithful: str, replaced: str) -> None:
    assert _flag(fr, faithful) == ""
    assert "counts" in _flag(fr, replaced)


# --------------------------------------------------------------------------- faithful rewordings never flag


@pytest.mark.parametrize(
    ("fr", "en"),
    [
        # a noun of an outcome said by its verb, and the other way round
        ("L'accident a fait 8 morts et 30 blessés.", "Eight people were killed and 30 were injured in the accident."),
        ("L'accident a fait 8 morts et 30 blessés.", "The accident killed 8 and injured 30."),
        ("L'accident a fait 8 morts et 30 blessés.", "Eight people died and 30 were wounded in the accident."),
        ("L'accident a fait 8 morts et 30 blessés.", "The accident left eight people dead and 30 hurt."),
        ("L'épidémie a causé 320 décès.", "320 people have died in the epidemic."),
        ("L'épidémie a causé 320 décès.", "The epidemic has killed 320 people."),
        ("8 personnes ont péri dans l'incendie.", "The fire killed eight people."),
        ("Au moins 45 personnes ont été interpellées.", "Police made at least 45 arrests."),
        ("Au moins 45 personnes ont été interpellées.", "At least 45 people were detained."),
        ("12 personnes ont été interpellées.", "Police detained 12 people."),
        ("Le séisme a fait 140 morts et 26 disparus.", "The earthquake killed 140 people and 26 are missing."),
        ("12 personnes sont portées disparues.", "12 people remain unaccounted for."),
        # rescued and evacuated are one outcome; a survivor is one too
        ("Les pompiers ont évacué 40 habitants.", "Firefighters rescued 40 residents."),
        ("Le naufrage a fait 112 rescapés.", "112 people were rescued from the shipwreck."),
        # the agent of a verb of harm is not its victim
        ("3 assaillants ont tué 12 personnes.", "Three attackers killed 12 people."),
        ("L'attaque, menée par 3 hommes, a tué 12 personnes.", "The attack, carried out by 3 men, killed 12 people."),
        ("L'usine, qui emploie 300 salariés, va fermer.", "The plant, which employs 300 staff, will close."),
        # the English says the French outcome of the same count in other words
        ("Douze personnes ont été hospitalisées après avoir été blessées.", "Twelve people were hospitalised with injuries."),
        ("Les 12 blessés ont été évacués vers l'hôpital.", "The 12 wounded were evacuated to hospital."),
        ("Sur les 40 personnes évacuées, 12 ont été hospitalisées.", "Of the 40 people evacuated, 12 were hospitalised."),
        ("Les 3 suspects interpellés ont été relâchés.", "The 3 suspects who were arrested have been released."),
        # a "contre" that compares two figures is no vote against
        ("Le texte a été adopté par 312 voix contre 198.", "The bill passed by 312 votes to 198."),
        ("Le texte a été adopté par 312 voix pour et 198 contre.", "The bill passed with 312 in favour and 198 against."),
        ("Le pays a exporté 3 millions de tonnes de blé, contre 2 millions l'an dernier.",
         "The country exported 3 million tonnes of wheat, against 2 million last year."),
        # jobs and seats lost, as a loss
        ("Le pays a perdu 12 000 emplois industriels.", "The country lost 12,000 manufacturing jobs."),
        ("Le parti, qui a perdu 12 sièges, en détient encore 80.", "The party, which lost 12 seats, still holds 80."),
        ("La société va supprimer 300 postes et en créer 100 ailleurs.", "The company will cut 300 posts and create 100 elsewhere."),
        # money lost, won and sold; a word of an outcome that qualifies another noun
        ("L'entreprise a perdu 12 millions d'euros l'an dernier.", "The company lost 12 million euros last year."),
        ("Le groupe a remporté un contrat de 12 millions d'euros.", "The group won a 12 million euro contract."),
        ("L'association offre 200 billets gratuits.", "The charity is offering 200 free tickets."),
        ("Les secours ont sauvé 12 vies.", "Rescuers saved 12 lives."),
        ("Le virus a tué 12 personnes et en a contaminé 300.", "The virus has killed 12 people and infected 300."),
        ("Le pays a vacciné 3 millions de personnes et en a testé 12 millions.",
         "The country vaccinated 3 million people and tested 12 million."),
    ],
)  # fmt: skip
def test_faithful_outcomes_pass(fr: str, en: str) -> None:
    assert _flag(fr, en) == ""


# --------------------------------------------------------------------------- the reading of one figure


def _poles(sentence: str, lang: str, index: int = 0) -> set[str]:
    figure = extract_figures(sentence, lang)[index]
    return {word.lower() for _, word in outcome_poles(sentence, figure, lang=lang).values()}


@pytest.mark.parametrize(
    ("sentence", "lang", "index", "words"),
    [
        ("Douze personnes ont été tuées.", "fr", 0, {"tuées"}),  # passive after the count
        ("Les 3 suspects interpellés ont été relâchés.", "fr", 0, {"interpellés"}),  # a bare participle
        ("La police en a blessé 4.", "fr", 0, {"blessé"}),  # an active verb before its object, over "en"
        ("Trente personnes sont mortes.", "fr", 0, {"mortes"}),  # an intransitive verb
        ("30 people have died.", "en", 0, {"died"}),
        ("The storm killed at least 12 people.", "en", 0, {"killed"}),  # over a bound
        ("Imports reached 55 billion.", "en", 0, {"imports"}),  # the subject, over a verb of amount
        ("3 gunmen killed 12 people.", "en", 0, set()),  # the agent: no pole
        ("3 assaillants ont tué 12 personnes.", "fr", 0, set()),
        ("The bill passed by 312 votes to 198.", "en", 0, set()),
    ],
)
def test_the_pole_of_one_figure(sentence: str, lang: str, index: int, words: set[str]) -> None:
    assert _poles(sentence, lang, index) == words


# --------------------------------------------------------------------------- nouns the lexicon now reads


@pytest.mark.parametrize(
    ("fr", "faithful", "replaced"),
    [
        # a feminine noun of a person is its masculine entry; the English of her sex renders it too
        ("Le tournoi réunit 64 joueuses.", "The tournament brings together 64 players.", "The tournament brings together 64 referees."),
        ("Le lycée compte 900 lycéennes.", "The school has 900 girls.", "The school has 900 teachers."),
        ("Le cabinet emploie 12 avocates.", "The firm employs 12 lawyers.", "The firm employs 12 judges."),
        ("La troupe compte 30 danseuses.", "The company has 30 dancers.", "The company has 30 singers."),
        # a hyphenated plural is its singular entry
        ("La clinique emploie 40 sages-femmes.", "The clinic employs 40 midwives.", "The clinic employs 40 surgeons."),
        # what is grown, drawn and burnt, by the tonne, the litre or the barrel
        ("Le pays a récolté 3 millions de tonnes de blé.", "The country harvested 3 million tonnes of wheat.",
         "The country harvested 3 million tonnes of rice."),
        ("La région produit 2 millions de litres de lait.", "The region produces 2 million litres of milk.",
         "The region produces 2 million litres of wine."),
        ("La raffinerie traite 200 000 barils de pétrole par jour.", "The refinery processes 200,000 barrels of crude a day.",
         "The refinery processes 200,000 barrels of water a day."),
        # ships, works and equipment
        ("La compagnie exploite 14 ferries.", "The company operates 14 ferries.", "The company operates 14 tankers."),
        ("Le parc compte 40 éoliennes.", "The park has 40 wind turbines.", "The park has 40 solar panels."),
        ("Le pays a construit 12 barrages.", "The country built 12 dams.", "The country built 12 bridges."),
        ("La ville a installé 300 caméras.", "The city installed 300 cameras.", "The city installed 300 benches."),
    ],
)  # fmt: skip
def test_nouns_the_lexicon_reads(fr: str, faithful: str, replaced: str) -> None:
    assert _flag(fr, faithful) == ""
    assert "counts" in _flag(fr, replaced)


@pytest.mark.parametrize(
    ("fr", "en"),
    [
        # a compound whose complement the lexicon does not know has an English noun of its own
        ("La mairie a recruté 30 agents d'entretien.", "The town hall has hired 30 cleaners."),
        ("Le festival a engagé 80 agents de sécurité.", "The festival has hired 80 stewards."),
        # a feminine noun said by the English of her trade or her sex
        ("La clinique emploie 25 chirurgiennes.", "The clinic employs 25 women surgeons."),
        ("Le club compte 300 joueuses.", "The club has 300 female players."),
        ("Le pays a exporté 4 millions de tonnes de maïs.", "The country exported 4 million tonnes of corn."),
        ("La ville collecte 90 tonnes d'ordures par jour.", "The city collects 90 tonnes of rubbish a day."),
    ],
)
def test_faithful_nouns_pass(fr: str, en: str) -> None:
    assert _flag(fr, en) == ""


# --------------------------------------------------------------------------- the count read where a word hid it


@pytest.mark.parametrize(
    ("fr", "faithful", "replaced"),
    [
        # the verb "building" before a count of what is built is no "Building 7"
        ("Le promoteur construit 250 logements.", "The developer is building 250 homes.", "The developer is building 250 offices."),
        ("La région construit 40 nouveaux lycées.", "The region is building 40 new high schools.",
         "The region is building 40 new hospitals."),
    ],
)  # fmt: skip
def test_a_count_after_the_verb_building(fr: str, faithful: str, replaced: str) -> None:
    assert _flag(fr, faithful) == ""
    assert "counts" in _flag(fr, replaced)


def test_building_with_a_capital_still_names() -> None:
    figures = extract_figures("The fire started in Building 7 on Monday.", "en", names=True)
    assert [f.kind.value for f in figures] == ["name"]


@pytest.mark.parametrize(
    ("fr", "en"),
    [
        # the word right after the French figure names the English noun, where the parse read the subject
        ("Le club a gagné 14 matchs sur 20.", "The club won 14 of 20 matches."),
        ("L'équipe a gagné 9 matchs sur 12.", "The team won 9 of 12 matches."),
    ],
)
def test_the_word_after_the_figure_over_the_subject(fr: str, en: str) -> None:
    assert _flag(fr, en) == ""


@pytest.mark.parametrize(
    ("fr", "faithful", "replaced"),
    [
        # farm buildings and homes of other kinds
        ("La tempête a détruit 30 poulaillers.", "The storm destroyed 30 henhouses.", "The storm destroyed 30 schools."),
        ("L'éleveur a construit 4 étables.", "The farmer built 4 cowsheds.", "The farmer built 4 hospitals."),
        ("Le domaine compte 12 villas.", "The estate has 12 villas.", "The estate has 12 factories."),
        # rooms and places
        ("Le cinéma compte 9 salles.", "The cinema has 9 screens.", "The cinema has 9 restaurants."),
        ("La crèche ouvre 40 places.", "The nursery is opening 40 places.", "The nursery is opening 40 classes."),
        # trains, lorries and weapons
        ("Le train compte 10 wagons.", "The train has 10 carriages.", "The train has 10 engines."),
        ("La police a saisi 6 fusils.", "Police seized 6 rifles.", "Police seized 6 grenades."),
        # care staff, players and the displaced
        ("Le service compte 20 aides-soignants.", "The ward has 20 care assistants.", "The ward has 20 surgeons."),
        ("L'équipe aligne 3 attaquants.", "The team fields 3 strikers.", "The team fields 3 goalkeepers."),
        ("Le camp abrite 5 000 réfugiés et 900 déplacés.", "The camp shelters 5,000 refugees and 900 displaced people.",
         "The camp shelters 5,000 displaced people and 900 refugees."),
    ],
)  # fmt: skip
def test_more_nouns_the_lexicon_reads(fr: str, faithful: str, replaced: str) -> None:
    assert _flag(fr, faithful) == ""
    assert "counts" in _flag(fr, replaced)
