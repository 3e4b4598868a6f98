"""The name check: French names found in the English, missing, replaced or added; titles and common nouns are no names."""

from __future__ import annotations

import pytest

from summarizer import parsing
from summarizer.checks import IssueKind, Severity, check

pytestmark = pytest.mark.skipif(not (parsing.available("fr") and parsing.available("en")), reason="spaCy parsers not installed")


def names(fr: str, en: str, **kwargs: object) -> list[tuple[str, str]]:
    """``(code, message)`` of the name issues that are warnings."""
    report = check(fr, en, checks=("names",), **kwargs)
    return [(i.code, i.message) for i in report.of(IssueKind.NAME) if i.severity == Severity.WARNING]


@pytest.mark.parametrize(
    ("fr", "en"),
    [
        ("Le ministre a rencontré Jean Dupuis à Québec.", "The minister met Jean Dupuis in Quebec."),  # accents folded
        ("La délégation de l'Allemagne est arrivée à Londres.", "The German delegation arrived in London."),  # exonym, adjective
        ("Les représentants de l'OTAN ont parlé hier.", "NATO representatives spoke yesterday."),  # acronym, letters reordered
        ("Les pays de l'UE ont voté la loi.", "The countries of the European Union voted the law."),  # an acronym written out
        ("Marie-Claude Tremblay a salué la décision.", "Tremblay welcomed the decision."),  # a person by the surname
        ("Le président égyptien Hosni Moubarak a démissionné.", "Egyptian president Hosni Mubarak resigned."),  # transliteration
        ("Il vit désormais à Saint-Pétersbourg.", "He now lives in St. Petersburg."),
    ],
    ids=["folded", "exonym", "acronym", "acronym-written-out", "surname", "transliteration", "saint"],
)
def test_names_kept_are_found(fr: str, en: str) -> None:
    assert names(fr, en) == []


@pytest.mark.parametrize(
    ("fr", "en"),
    [
        ("L'État a annoncé un nouveau plan.", "The State announced a new plan."),
        ("Le Gouvernement a présenté son budget mardi.", "The Government presented its budget on Tuesday."),
        ("Le Premier ministre a parlé devant le Parlement.", "The Prime Minister spoke before Parliament."),
        ("Selon la Constitution, le Président est élu.", "Under the Constitution, the President is elected."),
        ("Mme A. a témoigné devant le juge.", "Mrs A. testified before the judge."),
    ],
    ids=["etat", "gouvernement", "premier-ministre", "constitution", "initials"],
)
def test_titles_and_common_nouns_raise_no_alarm(fr: str, en: str) -> None:
    assert names(fr, en) == []


def test_a_dropped_country_is_missing() -> None:
    found = names("Le roi du Maroc a reçu les ambassadeurs.", "The king received the ambassadors.")
    assert found == [("missing", "'Maroc' missing in the English")]


def test_a_replaced_city_says_which() -> None:
    fr = "Les ministres se sont réunis à Agadir, selon Pierre Lefebvre."
    found = names(fr, "The ministers met in Casablanca, according to Pierre Lefebvre.")
    assert found == [("replaced", "'Agadir' written 'Casablanca'")]


def test_a_replaced_surname_is_caught() -> None:
    found = names("Selon Pierre Lefebvre, le projet avance.", "According to Pierre Girard, the project is progressing.")
    assert [code for code, _ in found] == ["replaced"]
    assert "'Pierre Lefebvre'" in found[0][1]


def test_an_added_name_is_a_note_not_a_warning() -> None:
    report = check("Le ministre a parlé hier.", "Minister Dominique Larrivée spoke yesterday.", checks=("names",))
    added = [i for i in report.issues if i.code == "added"]
    assert added and all(i.severity == Severity.INFO for i in added)
    assert report.ok


def test_a_descriptive_name_is_found_through_the_models_translation() -> None:
    fr, en = "Les Frères musulmans ont gagné les élections.", "The Muslim Brotherhood won the elections."
    assert names(fr, en) == []  # without a translation a descriptive name is not checked
    assert names(fr, en, translations={"Frères musulmans": "Muslim Brotherhood"}) == []
    assert [c for c, _ in names(fr, "The party won the elections.", translations={"Frères musulmans": "Muslim Brotherhood"})] == ["missing"]


def test_offsets_point_at_the_names_in_both_texts() -> None:
    fr, en = "Le maire de Lyon a rencontré Sophie Marchand.", "The mayor of Lyon met Sophie Marchand."
    report = check(fr, en, checks=("names",))
    for match in report.names:
        assert fr[slice(*match.source_span)] == match.source
        assert en[slice(*match.translation_span)] == match.translation
    assert {m.source for m in report.names} == {"Lyon", "Sophie Marchand"}


@pytest.mark.parametrize(
    ("fr", "en"),
    [
        ("Il pleut depuis trois jours.", "It has been raining for three days."),  # no name
        ("", "Nothing at all."),
        ("Un texte.", ""),
        ("Paris " * 600, "Paris " * 600),  # too long to parse: not checked, said
    ],
    ids=["no-name", "empty-source", "empty-translation", "too-long"],
)
def test_bad_input_gives_no_flag_and_no_exception(fr: str, en: str) -> None:
    report = check(fr, en, checks=("names",))
    assert report.ok


def test_a_person_whose_words_are_common_nouns_is_still_a_name() -> None:
    """'Boulanger' (baker) and 'Pierre' (stone) are French words, but a person's capitalised name is copied."""
    fr = "Selon Pierre Boulanger, la récolte sera tardive."
    assert not names(fr, "According to Pierre Boulanger, the harvest will be late.")
    assert [code for code, _ in names(fr, "According to the farmer, the harvest will be late.")] == ["missing"]


def test_an_acronym_named_twice_must_be_named_twice() -> None:
    fr = "La FNSEA a réuni ses adhérents ; la FNSEA demande une aide."
    assert not names(fr, "The FNSEA gathered its members; the FNSEA is asking for aid.")
    # said again by its role, a repetition avoided; another body in its place, a change
    assert not names(fr, "The FNSEA gathered its members; the union is asking for aid.")
    assert [code for code, _ in names(fr, "The FNSEA gathered its members; the CGT is asking for aid.")] == ["missing"]


@pytest.mark.parametrize(
    ("fr", "en", "expected"),
    [
        # a French word that English spells alike, capitalised inside the sentence: a name, copied
        ("Le colloque s'est tenu à Oxford en mars.", "The conference was held in Leeds in March.", "replaced"),
        # an acronym in brackets is a name (a quotation's first word is not)
        ("Le nouveau satellite (SRTM) sera lancé l'an prochain.", "The new satellite will be launched next year.", "missing"),
        # a withdrawn currency's code is an organisation's acronym now
        ("La coopération avec l'ESA a commencé en 1994.", "Cooperation began in 1994.", "missing"),
        # an organisation of several words is not found by a nationality it shares
        ("Elle préside le German Music Council et commente la politique allemande.", "She comments on German policy.", "missing"),
        # a name spelt alike only by its first letter is another name
        ("Le logo rappelle l'étoile de Mercedes.", "The logo recalls the star of Marseille.", "replaced"),
    ],
    ids=["shared-word", "bracketed-acronym", "old-currency-code", "nationality-word", "first-letter-only"],
)
def test_names_the_parser_or_the_rules_missed(fr: str, en: str, expected: str) -> None:
    assert [code for code, _ in names(fr, en)] == [expected]


@pytest.mark.parametrize(
    ("fr", "en"),
    [
        ("Le colloque s'est tenu à Oxford en mars.", "The conference was held in Oxford in March."),
        ("Le nouveau satellite (SRTM) sera lancé l'an prochain.", "The new satellite (SRTM) will be launched next year."),
        ("« Nous partirons demain », a dit Paul Durand.", "'We will leave tomorrow,' said Paul Durand."),
        ("Le château date du XIXe siècle.", "The castle dates from the 19th century."),
        ("Il a quitté le Net pendant un mois.", "He stayed offline for a month."),
        ("Le billet coûte 300 CZK.", "The ticket costs 300 CZK."),
        (
            "Elle préside le German Music Council et commente la politique allemande.",
            "She chairs the German Music Council and comments on German policy.",
        ),
    ],
    ids=["shared-word", "bracketed-acronym", "quotation-start", "roman-century", "noun-after-article", "currency", "organisation"],
)
def test_the_new_kinds_raise_no_alarm_when_kept(fr: str, en: str) -> None:
    assert names(fr, en) == []


@pytest.mark.parametrize(
    ("fr", "en", "expected"),
    [
        # a surname replaced while the first name stays: the English person goes on with a name the French lacks
        ("Selon Lina Marsac, la robe était un cadeau.", "According to Lina Okafor, the dress was a gift.", "replaced"),
        # a proper-noun run after a personal title is a person's name, found by the surname
        ("Le texte est signé par le Dr Hubert Malloy et ses collègues.", "The text is signed by Dr Hubert Fenwick and his colleagues.",
         "replaced"),
        # a surname that is also an English word is not found in that word written lowercase
        ("« Nous partirons », a dit Karim Said.", "'We will leave,' said Karim Halabi.", "replaced"),
        # a country found only by an adjective that renders another French word ("uruguayenne") is not found
        ("Le veto sur l'Uruguay reste, car la démocratie uruguayenne est en jeu.",
         "The veto on Lisbon stays, because Uruguayan democracy is at stake.", "replaced"),
        # a country named twice in the French, once in the English: the second mention replaced
        ("La Bolivie a voté, puis la Bolivie a signé.", "Bolivia voted, then Peru signed.", "missing"),
        # the place inside a longer name replaced, the name found by its other words
        ("Il enseigne au Conservatoire Rachmaninov de Tambov.", "He teaches at the Rachmaninov Conservatory in Lyon.", "replaced"),
        # vowels aside, another name's consonants are other consonants
        ("Selon Ali Mohammed, la route est coupée.", "According to Ali Hassan, the road is cut.", "replaced"),
    ],
    ids=["surname-after-first-name", "title-before-a-run", "surname-as-lowercase-word", "adjective-of-another-word", "exonym-twice",
         "place-inside-a-name", "other-consonants"],
)  # fmt: skip
def test_a_name_found_by_a_form_that_renders_something_else(fr: str, en: str, expected: str) -> None:
    assert [code for code, _ in names(fr, en)] == [expected]


@pytest.mark.parametrize(
    ("fr", "en"),
    [
        ("Selon Lina Marsac, la robe était un cadeau.", "According to Lina Marsac, the dress was a gift."),
        ("Le texte est signé par le Dr Hubert Malloy et ses collègues.", "The text is signed by Dr Hubert Malloy and his colleagues."),
        ("Selon Obama, la loi passera.", "According to Barack Obama, the law will pass."),  # a first name added
        ("« Nous partirons », a dit Karim Said.", "'We will leave,' said Karim Said."),
        ("Le veto sur l'Uruguay reste, car la démocratie uruguayenne est en jeu.",
         "The veto on Uruguay stays, because Uruguayan democracy is at stake."),
        ("La Bolivie a voté, puis la Bolivie a signé.", "Bolivia voted, then Bolivia signed."),
        ("Il enseigne au Conservatoire Rachmaninov de Tambov.", "He teaches at the Rachmaninov Conservatory in Tambov."),
        # an inhabitant noun rendered by the country's adjective
        ("Selon les Marocains interrogés, la réforme tarde.", "According to the Moroccan people asked, the reform is late."),
        # a French word English shares, written inside an English compound
        ("Les sites Web des journaux sont lus partout.", "Newspaper websites are read everywhere."),
        # an acronym with punctuation glued to it
        ("Selon le rapport, les États-Unis ont signé.", "According to the report, the USA,signed."),
        # a name whose vowels English writes otherwise, a Czech "cz" for a French "tch", a currency code in brackets
        ("Selon Ali Mohammed, la route est coupée.", "According to Ali Muhammad, the road is cut."),
        ("La Tchécoslovaquie a signé en 1975.", "Czechoslovakia signed in 1975."),
        ("Le billet coûte 300 [CZK].", "The ticket costs 300 [CZK]."),
    ],
    ids=["surname", "title", "first-name-added", "surname-word", "adjective", "exonym-twice", "place-inside", "inhabitants", "compound",
         "glued-punctuation", "vowels", "czech-spelling", "bracketed-currency"],
)  # fmt: skip
def test_the_forms_raise_no_alarm_when_the_names_are_kept(fr: str, en: str) -> None:
    assert names(fr, en) == []


@pytest.mark.parametrize(
    ("fr", "en"),
    [
        ("Le rapport de l'ONU sur la pêche paraît lundi.", "The UN report on fishing comes out on Monday."),  # a letter left out
        ("Selon l'ONUSIDA, les cas reculent à Lomé.", "According to UNAIDS, cases are falling in Lomé."),  # seven capitals
        ("Les chefs de l'OTAN se réunissent à Oslo.", "Nato chiefs meet in Oslo."),  # an acronym said as a word, title case
        ("Le billet coûte 40 dollars US à Tulsa.", "The ticket costs USD 40 in Tulsa."),  # a country code in a currency's
        ("Les soldats de Cyrus le Grand ont pris Sardes.", "The soldiers of Cyrus the Great took Sardis."),  # an epithet
        ("Les vignes d'Angleterre ont gelé en avril.", "The vineyards of England froze in April."),  # a region CLDR lacks
        ("Le convoi a quitté la Cisjordanie à l'aube.", "The convoy left the West Bank at dawn."),
        ("Le sommet se tient à Auckland en mai.", "The summit is held in Tāmaki Makaurau in May."),  # the city as its country writes it
    ],
    ids=["acronym-letter-left-out", "long-acronym", "title-case", "currency-code", "epithet", "region", "region-article", "endonym"],
)
def test_translated_acronyms_epithets_and_regions_raise_no_alarm(fr: str, en: str) -> None:
    assert names(fr, en) == []


@pytest.mark.parametrize(
    ("fr", "en", "expected"),
    [
        ("Le rapport de l'ONU sur la pêche paraît lundi.", "The IMF report on fishing comes out on Monday.", "'ONU' written 'IMF'"),
        ("Les vignes d'Angleterre ont gelé en avril.", "The vineyards of Scotland froze in April.", "'Angleterre' "),
        ("Les soldats de Cyrus le Grand ont pris Sardes.", "The soldiers of Darius the Great took Sardis.", "'Cyrus le Grand' "),
    ],
    ids=["acronym", "region", "epithet"],
)
def test_translated_acronyms_epithets_and_regions_replaced_are_caught(fr: str, en: str, expected: str) -> None:
    assert any(message.startswith(expected) for _, message in names(fr, en))


@pytest.mark.parametrize(
    ("fr", "en"),
    [
        ("Les distilleries d'Écosse embauchent.", "Scottish distilleries are hiring."),
        ("Les fromagers de Bavière exportent.", "Bavarian cheesemakers export."),
        ("Les peintres de Flandre exposent à Gdynia.", "Flemish painters exhibit in Gdynia."),
        ("Les vignerons de Toscane ont vendangé tôt.", "Tuscan winegrowers harvested early."),
        ("Les verriers de Venise ferment un atelier.", "Venetian glassmakers close a workshop."),
    ],
    ids=["scottish", "bavarian", "flemish", "tuscan", "venetian"],
)
def test_a_region_named_by_its_english_adjective_is_found(fr: str, en: str) -> None:
    assert names(fr, en) == []


def test_a_region_adjective_of_another_region_is_no_rendering() -> None:
    assert [c for c, _ in names("Les distilleries d'Écosse embauchent.", "Irish distilleries are hiring.")] == ["missing"]


@pytest.mark.parametrize(
    ("fr", "en"),
    [
        ("Le FMI a prêté à la Zambie.", "The MI lent to Zambia."),  # two letters of three, no "O" dropped
        ("L'OMS alerte les médecins.", "The MS alerts doctors."),  # the rest in the French order: another acronym
        ("La SNCF recrute à Niort.", "The NCF hires in Niort."),
        ("Le FMI a prêté à la Zambie.", "IF ZAMBIA PAYS, LOANS FLOW"),  # an all-capitals headline: "IF" is a word
        ("La RATP recrute à Niort.", "Part of the network hires in Niort."),  # a title-case English word
        ("L'OPEP réduit sa production.", "The Pope cuts output."),
        ("L'UNESCO protège le site.", "Cones protect the site."),  # an English plural
        ("Selon l'Insee, la Seine-Maritime vieillit.", "Seine-Maritime is ageing."),  # a word the French holds
    ],
    ids=["subset", "rest-in-order", "first-letter-dropped", "all-capitals", "title-word", "title-anagram", "plural", "french-word"],
)
def test_an_acronym_is_not_found_in_other_letters(fr: str, en: str) -> None:
    assert [c for c, _ in names(fr, en)] in (["missing"], ["replaced"])


@pytest.mark.parametrize(
    ("fr", "en"),
    [
        ("L'OTAN se réunit à Riga.", "NATO MEETS IN RIGA"),  # the same letters, in capitals
        ("Selon l'Insee, les loyers montent.", "According to Insee, rents rise."),  # title case, same order
        ("Les chefs de l'OTAN se réunissent à Riga.", "Nato chiefs meet in Riga."),  # reversed, as English orders the words
        ("Selon l'ONUSIDA, les cas reculent à Kara.", "According to Unaids, cases are falling in Kara."),  # title case, "O" left out
    ],
    ids=["capitals", "title-same-order", "title-reversed", "title-letter-left-out"],
)
def test_an_acronym_in_its_english_forms_is_found(fr: str, en: str) -> None:
    assert names(fr, en) == []


def test_a_word_of_a_region_does_not_find_the_region_that_has_its_own_english_name() -> None:
    assert [c for c, _ in names("Elle a grandi en Nouvelle-Angleterre.", "She grew up in England.")] == ["replaced"]
    assert names("Elle a grandi en Nouvelle-Angleterre.", "She grew up in New England.") == []


def test_an_epithet_that_is_no_french_word_is_a_surname() -> None:
    """ "le Goff" is a surname, not an epithet: the person is not found by the first name alone."""
    assert [c for c, _ in names("Selon Yves le Goff, la digue tient.", "According to Yves, the dike holds.")] == ["missing"]


def test_a_nationality_does_not_find_an_organisation() -> None:
    fr, en = "Elle dirige le Danish Film Institute depuis mai.", "She has run the Danish Design Council since May."
    assert [c for c, _ in names(fr, en)] == ["missing"]


def test_city_names_as_the_country_writes_them_keep_to_two_languages_and_the_latin_script() -> None:
    from summarizer.checks.names import _endonyms

    assert "zurigo" not in _endonyms().get("zurich", ())  # Italian, the third official language of Switzerland
    assert not any(c > "\u0250" for names_ in _endonyms().values() for name in names_ for c in name)
    assert [c for c, _ in names("Le train part de Moscou.", "The train leaves Москва.")] == ["replaced"]


def test_a_country_code_inside_a_currency_code_renders_it_only_beside_a_currency_word() -> None:
    assert [c for c, _ in names("Les marins US quittent le port.", "USD sailors leave the port.")] == ["missing"]
    assert names("Le repas coûte 30 dollars US à Boise.", "The meal costs USD 30 in Boise.") == []


def test_a_city_as_its_country_writes_it_takes_no_article() -> None:
    assert [c for c, _ in names("Le cardinal a parlé de Rome.", "The cardinal spoke of the Roma.")] == ["missing"]
    assert names("Le cardinal est arrivé à Rome.", "The cardinal arrived in Roma.") == []


#: Pairs written for the test: every capitalised proper noun of the English in a French name found there; an added
#: name; a surname replaced; a place replaced.
_GATED_PAIRS = [
    ("Le maire a reçu Paul Okonkwo et Awa Diallo à Rennes.", "The mayor welcomed Paul Okonkwo and Awa Diallo in Rennes."),
    ("Le maire a reçu Awa Diallo à Rennes.", "The mayor welcomed Awa Diallo and Tomas Berg in Rennes."),
    ("Lina Marsac a parlé aux élus de Rennes.", "Lina Okafor spoke to the councillors of Rennes."),
    ("Selon Awa Diallo, la ville de Rennes a fermé trois écoles.", "According to Awa Diallo, Nantes closed three schools."),
]


def test_the_english_entities_are_recognised_only_where_a_proper_noun_is_in_no_french_name_found() -> None:
    """Where each capitalised proper noun of the English lies in a French name found there (and no surname may be
    replaced), no English entity can change the result: the check runs without the entity recogniser, and gives the
    report every parse gives; an added or replaced name still has its entities read, and its flag."""
    from summarizer.checks import check_sentence
    from summarizer.checks.names import reads_english_names

    gated, whole = [], []
    for fr, en in _GATED_PAIRS:
        parsing.clear()
        gated.append(check_sentence(fr, en, checks=("names",)).to_dict())
        assert parsing._cache["en"][en].has_annotation("ENT_IOB") == (en != _GATED_PAIRS[0][1])
        assert reads_english_names(fr, en, parsing._cache["en"][en]) == (en != _GATED_PAIRS[0][1])
        with parsing.gates(False):
            parsing.clear()
            whole.append(check_sentence(fr, en, checks=("names",)).to_dict())
            assert parsing._cache["en"][en].has_annotation("ENT_IOB")  # every parse whole
    assert gated == whole
    flagged = [[i["message"] for i in r["issues"]["name"]] for r in gated]
    assert [len(f) for f in flagged] == [0, 1, 1, 1] and [len(r["names"]) for r in gated] == [3, 2, 1, 1]
    assert "Tomas Berg" in flagged[1][0] and "Nantes" in flagged[3][0]


@pytest.mark.parametrize(
    ("fr", "en"),
    [
        ("Selon l'OMS, la grippe a tué 300 personnes au Malawi.", "According to the WHO, the flu killed 300 people in Malawi."),
        ("L'OMC a tranché en faveur du Brésil.", "The World Trade Organization ruled in favour of Brazil."),
        ("L'OIT estime que le chômage des jeunes atteint 14 %.", "The ILO estimates that youth unemployment reaches 14%."),
        ("Le PIB a progressé de 2 %.", "GDP grew by 2%."),
        ("Le PDG de Renault a démissionné.", "Renault's chief executive resigned."),
        ("Le prophète Mahomet est cité.", "The prophet Muhammad is quoted."),
        ("Il a ouvert un compte sur Internet.", "He opened an account online."),
    ],
    ids=["organisation-acronym", "acronym-written-out", "ilo", "common-acronym", "common-acronym-words", "historic-person", "online"],
)
def test_conventional_english_forms_are_found(fr: str, en: str) -> None:
    assert names(fr, en) == []


def test_a_conventional_acronym_is_found_in_capitals_only() -> None:
    found = names("L'OMS a publié un rapport sur Lagos.", "The report who published on Lagos.")
    assert found == [("missing", "'OMS' missing in the English")]


def test_an_organisation_replaced_by_another_is_still_replaced() -> None:
    assert names("L'OMS a tranché.", "The ILO ruled.") == [("replaced", "'OMS' written 'ILO'")]


@pytest.mark.parametrize(
    ("fr", "en"),
    [
        ("Le ferry relie Calais à Douvres.", "The ferry links Calais to Dover."),
        ("Les vignerons de Bourgogne sont inquiets.", "Burgundy winegrowers are worried."),
        ("La police de Ratisbonne enquête.", "Police in Regensburg are investigating."),
    ],
    ids=["city", "region", "historic-city"],
)
def test_region_and_city_exonyms_cldr_lacks(fr: str, en: str) -> None:
    assert names(fr, en) == []


def test_a_transliteration_with_doubled_letters_is_the_same_person() -> None:
    assert names("Mouammar Kadhafi a été tué à Syrte.", "Muammar Gaddafi was killed in Sirte.") == []


def test_an_events_capitalised_noun_is_translated() -> None:
    assert names("Le Printemps arabe a commencé en Tunisie.", "The Arab Spring began in Tunisia.") == []
    assert names("Le Printemps de Prague a été écrasé.", "The Prague Spring was crushed.") == []


def test_a_country_named_by_its_class_is_a_liberty_not_a_drop() -> None:
    assert names("L'Allemagne a exporté 20 % de plus.", "The country exported 20% more.") == []
    assert names("Moscou a connu un hiver doux.", "The capital had a mild winter.") == []
    # "the region" names any area; the French class noun itself ("la ville") is rendered by "the city"
    assert names("La Bavière a voté.", "The region voted.") == [("missing", "'Bavière' missing in the English")]
    found = names("Madrid est calme, la ville dort.", "The city sleeps.")
    assert found == [("missing", "'Madrid' missing in the English")]


@pytest.mark.parametrize(
    ("fr", "en", "expected"),
    [
        # an organisation of the table is rendered by its own forms only: the O-less letters name another body
        ("L'OUA a siégé à Lomé.", "The AU sat in Lomé.", [("missing", "'OUA' missing in the English")]),
        ("L'OUA a siégé à Lomé.", "The OAU sat in Lomé.", []),
        ("L'ONU a siégé à Lomé.", "The UN sat in Lomé.", []),
        # capitalised words joined by a hyphen are a name, first in the sentence too
        ("La Nouvelle-Angleterre a voté.", "New England voted.", []),
        ("La Nouvelle-Angleterre a voté.", "Ohio voted.", [("replaced", "'Nouvelle-Angleterre' written 'Ohio'")]),
        ("La Grande-Bretagne a voté.", "Britain voted.", []),
    ],
)
def test_a_listed_organisation_and_a_hyphenated_name_first_in_the_sentence(fr: str, en: str, expected: list[tuple[str, str]]) -> None:
    assert names(fr, en) == expected


@pytest.mark.parametrize(
    ("fr", "en", "expected"),
    [
        # another country of babel spelt nearly alike is that country, no spelling of this one
        ("Ils habitent aux Pays-Bas depuis 2010.", "They have lived in the Bahamas since 2010.", "replaced"),
        # a country or a city of babel is checked even when its words are French words ("macédoine", "damas")
        ("Les ouvriers restent en Macédoine du Nord sans papiers.", "The workers stay in Equatorial Guinea without papers.", "replaced"),
        ("Damas veut relancer son industrie", "Moscow wants to revive its industry", "replaced"),
    ],
)  # fmt: skip
def test_unseen_names_replaced_are_caught(fr: str, en: str, expected: str) -> None:
    codes = [i.code for i in check(fr, en, checks=("names",)).warnings]
    assert expected in codes


@pytest.mark.parametrize(
    ("fr", "en"),
    [
        ("Le club dépend des exploits de Suzy Vandermolen.", "The club depends on the exploits of Suzy Vandermolen."),
        ("La Fondation Gates a promis des vaccins.", "The Gates Foundation has promised vaccines."),
        ("Ils habitent aux Pays-Bas depuis 2010.", "They have lived in the Netherlands since 2010."),
        ("Il a longtemps vécu en Kirghizie.", "He lived in Kyrgyzstan for a long time."),
        ("Les ouvriers restent en Macédoine du Nord sans papiers.", "The workers stay in North Macedonia without papers."),
        ("Damas veut relancer son industrie", "Damascus wants to revive its industry"),
    ],
)  # fmt: skip
def test_unseen_names_kept_raise_no_alarm(fr: str, en: str) -> None:
    assert not check(fr, en, checks=("names",)).warnings


def test_the_rest_of_a_name_replaced_is_read_from_the_text_where_no_person_was_typed() -> None:
    from summarizer.checks.names import Found, FrenchName, NameType, _rest_replaced
    from summarizer.checks.text import Folded

    name = FrenchName("Suzy Vandermolen", NameType.ORGANISATION, 30, 46, "suzy vandermolen", ("suzy", "vandermolen"), True)
    source = Folded("Le club dépend des exploits de Suzy Vandermolen.")
    english = "The club depends on the exploits of Suzy Okonkwo."
    start = english.index("Suzy")
    assert _rest_replaced(name, (Found.OVERLAP, (start, start + 4)), english, source) == (
        "Suzy Okonkwo",
        NameType.PERSON,
        start,
        start + 12,
    )
    kept = "The Suzy Foundation depends on the exploits of Suzy."  # an English word after it: no name replaced
    assert _rest_replaced(name, (Found.OVERLAP, (4, 8)), kept, source) is None


def test_an_organisation_of_a_plain_french_word_is_no_acronym() -> None:
    # a club by its nickname, a plain French word: translated as the club's name, not an acronym to copy
    assert names("Les Verts ont perdu leur dernier match à domicile.", "Saint-Etienne lost their last home game.") == []


def test_an_organisation_in_capitals_is_still_an_acronym() -> None:
    assert names("La CGT a appelé à la grève.", "The union called a strike.") == [("missing", "'CGT' missing in the English")]


def test_a_company_with_or_without_its_legal_form_is_the_same_name() -> None:
    assert names("Le constructeur Stellantis NV a publié ses résultats.", "Carmaker Stellantis published its results.") == []
    found = names("Le constructeur Stellantis NV a publié ses résultats.", "Carmaker Renault published its results.")
    assert found and "Stellantis" in found[0][1]


@pytest.mark.parametrize(
    ("fr", "en"),
    [
        ("Selon le Kremlin, les pourparlers sont suspendus.", "According to the Russian presidency, the talks are suspended."),
        ("Downing Street a démenti toute démission.", "The British government denied any resignation."),
        ("Le Vatican a nommé un nouvel évêque.", "The Holy See appointed a new bishop."),
        ("Beauvau a promis des renforts.", "The interior ministry promised reinforcements."),
        ("Le Palais-Bourbon a voté la loi de finances.", "The National Assembly voted the finance bill."),
        ("Madrid a convoqué l'ambassadeur marocain.", "Spain summoned the Moroccan ambassador."),
    ],
    ids=["kremlin", "downing-street", "vatican", "beauvau", "palais-bourbon", "capital-for-country"],
)
def test_a_seat_of_power_rendered_by_the_body_is_no_loss(fr: str, en: str) -> None:
    assert names(fr, en) == []


def test_a_capital_is_not_another_country_nor_a_place_where() -> None:
    assert names("Madrid a convoqué l'ambassadeur marocain.", "Portugal summoned the Moroccan ambassador.") == [
        ("replaced", "'Madrid' written 'Portugal'")
    ]
    assert names("Le sommet se tiendra à Rome en juin.", "The summit will be held in Italy in June.") == [
        ("replaced", "'Rome' written 'Italy'")
    ]
