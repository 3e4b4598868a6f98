"""The figure reader on the number forms of the French-speaking press and on the kinds that raised false alarms.

Every sentence here is written for this file (none is taken from a data set). Each test states a kind of case:
a way of writing a number, a date, a time, an approximation, a fraction, a rank or a name.
"""

from __future__ import annotations

import pytest

from summarizer import extract_figures
from summarizer.checks.figures import check_figures, check_pair


def _read(text: str, lang: str, names: bool = False) -> list[tuple[str, object, str]]:
    return [(f.text, f.value, str(f.kind)) for f in extract_figures(text, lang, names=names)]


# --------------------------------------------------------------------------- number formats of the French-speaking press

FORMATS = [
    # Switzerland: apostrophe grouping, straight or typographic, with a dot or comma decimal
    ("Le canton recense 38'400 frontaliers.", "fr", [("38'400", 38400, "count")]),
    ("La fondation a reçu 2'750'000 francs suisses.", "fr", [("2'750'000 francs suisses", 2750000, "money")]),
    ("Le stade accueille 27’300 spectateurs.", "fr", [("27’300", 27300, "count")]),
    ("Le loyer moyen atteint 1'845.50 CHF.", "fr", [("1'845.50 CHF", 1845.5, "money")]),
    ("Un billet coûte Fr. 4'200.– pour un aller simple.", "fr", [("Fr. 4'200.–", 4200, "money")]),
    ("Un billet coûte 4'200.– fr. pour un aller simple.", "fr", [("4'200.– fr.", 4200, "money")]),
    # Belgium and France: dot, space, no-break space, narrow no-break space grouping
    ("La province compte 14.800 chômeurs.", "fr", [("14.800", 14800, "count")]),
    ("La province compte 14 800 chômeurs.", "fr", [("14 800", 14800, "count")]),
    ("La province compte 14\u00a0800 chômeurs.", "fr", [("14\u00a0800", 14800, "count")]),
    ("La province compte 14\u202f800 chômeurs.", "fr", [("14\u202f800", 14800, "count")]),
    # a grouping that mixes a dot and a space is one number, never two with one of them 0
    ("Le réseau dessert 2.315 400 abonnés.", "fr", [("2.315 400", 2315400, "count")]),
    ("Le réseau dessert 2 315.400 abonnés.", "fr", [("2 315.400", 2315400, "count")]),
    ("La dette atteint 1.204 000 000 euros.", "fr", [("1.204 000 000 euros", 1204000000, "money")]),
    # Swiss millions and billions
    ("Le crédit s'élève à 7,2 mio de francs.", "fr", [("7,2 mio de francs", 7_200_000, "money")]),
    ("Le projet coûtera 1,4 mia de francs.", "fr", [("1,4 mia de francs", 1_400_000_000, "money")]),
    # Québec: G$, M$, k$; France: Md$, MdF
    ("Hydro a investi 2,6 G$ dans le barrage.", "fr", [("2,6 G$", 2_600_000_000, "money")]),
    ("La ville emprunte 45 M$ cette année.", "fr", [("45 M$", 45_000_000, "money")]),
    ("Le poste est payé 72 k$ par an.", "fr", [("72 k$", 72_000, "money")]),
    ("Le groupe vaut 18 Md$ en Bourse.", "fr", [("18 Md$", 18_000_000_000, "money")]),
    ("Le déficit atteignait 95 MdF en 1993.", "fr", [("95 MdF", 95_000_000_000, "money"), ("1993", 1993, "year")]),
    # African and Maghreb currencies
    ("Le kilo de riz se vend 650 FCFA au marché.", "fr", [("650 FCFA", 650, "money")]),
    ("Le kilo de riz se vend 650 F CFA au marché.", "fr", [("650 F CFA", 650, "money")]),
    ("L'État a levé 300 milliards de francs CFA.", "fr", [("300 milliards de francs CFA", 300_000_000_000, "money")]),
    ("Le ticket coûte 8 DH à Rabat.", "fr", [("8 DH", 8, "money")]),
    ("Le ticket coûte 8 MAD à Rabat.", "fr", [("8 MAD", 8, "money")]),
    ("Le plein coûte 90 DT à Sfax.", "fr", [("90 DT", 90, "money")]),
    ("Le plein coûte 90 TND à Sfax.", "fr", [("90 TND", 90, "money")]),
    ("Le forfait coûte 120 CHF par mois.", "fr", [("120 CHF", 120, "money")]),
]


@pytest.mark.parametrize(("text", "lang", "expected"), FORMATS, ids=[c[0][:40] for c in FORMATS])
def test_number_formats_of_the_french_speaking_press(text: str, lang: str, expected: list[tuple[str, object, str]]) -> None:
    assert _read(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "code"),
    [("Un prêt de 40 millions de dinars tunisiens.", "TND"), ("Un prêt de 40 DT.", "TND"),
     ("Une amende de 5 000 DA.", "DZD"), ("Un salaire de 90 000 FCFA.", "XOF"), ("Une aide de 3 000 CHF.", "CHF"),
     ("Une facture de 200 000 francs guinéens.", "GNF"), ("Un budget de 2 G$.", "USD"), ("Une amende de CHF 1'500.", "CHF"),
     ("Un prêt de FCFA 12 milliards.", "XOF")],
    ids=["dinars-tunisiens", "DT", "DA", "FCFA", "CHF", "GNF", "G$", "CHF-before", "FCFA-before"],
)  # fmt: skip
def test_currencies_are_named(text: str, code: str) -> None:
    (figure,) = extract_figures(text, "fr")
    assert (figure.kind, figure.unit) == ("money", code)


@pytest.mark.parametrize(
    ("fr", "en", "ok"),
    [("Le péage coûte 7 DT.", "The toll costs 7 dinars.", True), ("Le péage coûte 7 DT.", "The toll costs 7 dollars.", False),
     ("Le menu coûte Fr. 38.–.", "The menu costs 38 francs.", True), ("Le menu coûte Fr. 38.–.", "The menu costs 38 Swiss francs.", True),
     ("Le menu coûte Fr. 38.–.", "The menu costs 38 euros.", False), ("Le sac coûte 900 FCFA.", "The bag costs 900 CFA francs.", True)],
)  # fmt: skip
def test_a_bare_english_franc_or_dinar_names_no_country(fr: str, en: str, ok: bool) -> None:
    report = check_pair(fr, en)
    assert report.ok is ok, report.describe()


# --------------------------------------------------------------------------- rates with a slash or a base

RATES = [
    ("Le taux de natalité est de 11/1.000.", "fr", [("11/1.000", 11, "percent")]),
    ("Le taux de natalité est de 11/1000.", "fr", [("11/1000", 11, "percent")]),
    ("On compte 9 décès pour 1 000 habitants.", "fr", [("9", 9, "count"), ("1 000", 1000, "other")]),
    ("L'incidence atteint 4,7/100 000.", "fr", [("4,7", 4.7, "count"), ("100 000", 100000, "other")]),
    ("L'incidence atteint 4,7 pour 100 000 habitants.", "fr", [("4,7", 4.7, "count"), ("100 000", 100000, "other")]),
    ("On relève 320 cas pour 100 000 habitants.", "fr", [("320", 320, "count"), ("100 000", 100000, "other")]),
    ("Incidence reached 4.7 per 100,000 people.", "en", [("4.7", 4.7, "count"), ("100,000", 100000, "other")]),
    ("The risk is 1 in 10,000.", "en", [("1", 1, "count"), ("10,000", 10000, "other")]),
    ("The birth rate is 11 per 1,000.", "en", [("11 per 1,000", 11, "percent")]),
    # a base that is itself an amount or a count is no base
    ("Il a payé 30 euros pour 10 000 euros de travaux.", "fr", [("30 euros", 30, "money"), ("10 000 euros", 10000, "money")]),
]


@pytest.mark.parametrize(("text", "lang", "expected"), RATES, ids=[c[0][:40] for c in RATES])
def test_rates_read_their_number_and_their_base(text: str, lang: str, expected: list[tuple[str, object, str]]) -> None:
    assert _read(text, lang) == expected


def test_a_rate_written_right_before_its_base_carries_it_as_unit() -> None:
    (rate, base) = extract_figures("L'incidence atteint 4,7/100 000.", "fr")
    assert (rate.unit, base.key, rate.key) == ("/100000", False, True)


@pytest.mark.parametrize(
    ("fr", "en", "ok"),
    [("L'incidence atteint 4,7/100 000.", "Incidence reached 4.7 per 100,000.", True),
     ("L'incidence atteint 4,7/100 000.", "Incidence reached 4.7 cases per 100,000 people.", True),
     ("L'incidence atteint 4,7/100 000.", "Incidence reached 7.4 per 100,000.", False),
     ("L'incidence atteint 4,7/100 000.", "Incidence reached 4.7 per 10,000.", False),
     ("Le taux est de 11/1.000.", "The rate is 11 per 1,000.", True),
     ("Le taux est de 11/1.000.", "The rate is 12 per 1,000.", False),
     ("Le canton recense 38'400 frontaliers.", "The canton has 38,400 cross-border workers.", True),
     ("Le canton recense 38'400 frontaliers.", "The canton has 34,800 cross-border workers.", False),
     ("Le réseau dessert 2.315 400 abonnés.", "The network serves 2,315,400 subscribers.", True),
     ("Le réseau dessert 2.315 400 abonnés.", "The network serves 2,315 subscribers.", False)],
)  # fmt: skip
def test_the_check_sees_these_formats(fr: str, en: str, ok: bool) -> None:
    report = check_pair(fr, en)
    assert report.ok is ok, report.describe()


# --------------------------------------------------------------------------- digits glued to letters in English


@pytest.mark.parametrize(
    ("text", "expected"),
    [("The figures rose in2021 after a pause.", [("2021", 2021, "year")]),
     ("They counted the35,000 voters twice.", [("35,000", 35000, "count")]),
     ("A bad join gave of4500 people and 700people.", [("4500", 4500, "count"), ("700", 700, "count")]),
     ("She ran a 12km race.", [("12km", 12, "measure")])],
    ids=["in2021", "the35000", "of4500-700people", "12km-measure"],
)  # fmt: skip
def test_digits_glued_to_words_are_figures(text: str, expected: list[tuple[str, object, str]]) -> None:
    assert _read(text, "en") == expected


@pytest.mark.parametrize(
    "text",
    ["The COVID-19 wards are full.", "The G20 met in Rome.", "An A350 landed.", "An F-35 jet flew over.",
     "They drove a 4x4 across the dunes.", "He shared an mp3 file.", "The H1N1 strain returned."],
    ids=["covid-19", "g20", "a350", "f-35", "4x4", "mp3", "h1n1"],
)  # fmt: skip
def test_real_names_with_digits_stay_names(text: str) -> None:
    figures = extract_figures(text, "en", names=True)
    assert figures and all(f.kind == "name" for f in figures)


def test_a_translation_that_garbles_a_number_into_words_is_flagged() -> None:
    report = check_pair("Le village compte 480 habitants.", "The village has480,4800 inhabitants.")
    assert not report.ok
    assert check_pair("Le village compte 480 habitants.", "The village has 480 inhabitants.").ok


# --------------------------------------------------------------------------- clock times after any preposition

TIMES = [
    ("Le cortège partira vers 15 h 45.", "fr", "T15:45"),
    ("Les bureaux ouvrent dès 7 h.", "fr", "T07:00"),
    ("La route reste fermée jusqu'à 19 h.", "fr", "T19:00"),
    ("Le vote est clos avant 20 heures.", "fr", "T20:00"),
    ("Le couvre-feu commence après 21 h 30.", "fr", "T21:30"),
    ("Il est rentré à 9 heures du soir.", "fr", "T21:00"),
    ("Il a ouvert le journal de 13 heures.", "fr", "T13:00"),
    ("The polls close at around 9:30 pm.", "en", "T21:30"),
    ("Results are expected by 11pm.", "en", "T23:00"),
    ("Trading resumes from 8 a.m. tomorrow.", "en", "T08:00"),
    ("The talks ended at 16.45 on Friday.", "en", "T16:45"),
    ("The quake struck at 0615 GMT.", "en", "T06:15"),
    ("He watched the 8 o'clock news.", "en", "t08:00"),
]


@pytest.mark.parametrize(("text", "lang", "value"), TIMES, ids=[c[0][:32] for c in TIMES])
def test_clock_times_after_any_preposition(text: str, lang: str, value: str) -> None:
    assert [(f.kind, f.value) for f in extract_figures(text, lang)] == [("time", value)]


@pytest.mark.parametrize(
    ("text", "value"),
    [("Après 9 heures de débat, le texte passe.", 9), ("Pendant 2h15, il a parlé.", 2.25),
     ("Une grève de 12 heures est prévue.", 12), ("Plus de 3 heures d'attente.", 3), ("Le film dure 2 h 10.", 2 + 1 / 6)],
    ids=["apres-de", "pendant", "greve-de", "plus-de", "dure"],
)  # fmt: skip
def test_hours_of_a_duration_stay_a_duration(text: str, value: float) -> None:
    (figure,) = extract_figures(text, "fr")
    assert figure.kind == "duration" and figure.value == pytest.approx(value)


@pytest.mark.parametrize(
    ("fr", "en"),
    [("Le journal de 20 h a ouvert sur la grève.", "The 8 o'clock news opened with the strike."),
     ("Le scrutin ferme avant 19 heures.", "Polling closes before 7 pm."),
     ("Le train part à 7 heures du soir.", "The train leaves at 7 pm.")],
    ids=["broadcast", "avant", "du-soir"],
)  # fmt: skip
def test_clock_times_match_across_languages(fr: str, en: str) -> None:
    report = check_pair(fr, en)
    assert report.ok, report.describe()


# --------------------------------------------------------------------------- dates written the English way


@pytest.mark.parametrize(
    ("text", "lang", "values"),
    [("The fair runs March 14-16.", "en", ["--03-14", "--03-16"]),
     ("The fair runs 14-16 March.", "en", ["--03-14", "--03-16"]),
     ("The fair runs between 14 and 16 March 2025.", "en", ["2025-03-14", "2025-03-16"]),
     ("Voting takes place on June 8 and 9.", "en", ["--06-08", "--06-09"]),
     ("Voting takes place on June 8, 9 and 10, 2026.", "en", ["2026-06-08", "2026-06-09", "2026-06-10"]),
     ("Le salon se tient du 14 au 16 mars.", "fr", ["--03-14", "--03-16"]),
     ("Le vote a lieu les 8 et 9 juin 2026.", "fr", ["2026-06-08", "2026-06-09"])],
    ids=["month-first-dash", "days-first", "between-year", "may-two-days", "list-year", "du-au", "les-et"],
)  # fmt: skip
def test_day_ranges_are_dates_of_their_month(text: str, lang: str, values: list[str]) -> None:
    figures = extract_figures(text, lang)
    assert [(f.kind, f.value) for f in figures] == [("date", v) for v in values]


def test_a_day_range_matches_across_languages() -> None:
    assert check_pair("Le salon se tient du 14 au 16 mars.", "The fair runs March 14-16.").ok
    assert not check_pair("Le salon se tient du 14 au 16 mars.", "The fair runs March 14-18.").ok


# --------------------------------------------------------------------------- ordinals and small numbers spelled in English


@pytest.mark.parametrize(
    ("text", "lang", "value"),
    [("Under the Fifth Republic, parties changed.", "en", 5), ("In the twenty-second century.", "en", 22),
     ("It is the fourth-largest port.", "en", 4), ("The thirty-seventh congress opened.", "en", 37),
     ("Au vingt et unième siècle, tout change.", "fr", 21), ("La quarante-deuxième édition s'ouvre.", "fr", 42),
     ("Le soixante-dixième anniversaire.", "fr", 70)],
    ids=["fifth-republic", "twenty-second", "fourth-largest", "thirty-seventh", "vingt-et-unieme", "quarante-deuxieme",
         "soixante-dixieme"],
)  # fmt: skip
def test_ordinals_in_words(text: str, lang: str, value: int) -> None:
    figures = extract_figures(text, lang)
    assert [(f.kind, f.value, f.spelled) for f in figures] == [("ordinal", value, True)]


@pytest.mark.parametrize(
    ("fr", "en"),
    [("La Ve République a été fondée en 1958.", "The Fifth Republic was founded in 1958."),
     ("C'est le 4e port d'Europe.", "It is Europe's fourth-largest port."),
     ("Il a fini 3e du tournoi.", "He took third place in the tournament."),
     ("Il a fini 1er du tournoi.", "He finished first in the tournament."),
     ("Les ventes du 3e trimestre ont progressé.", "Q3 sales grew."),
     ("Les ventes du 3e trimestre ont progressé.", "Third-quarter sales grew."),
     ("Pendant 4 semaines, rien.", "For four weeks, nothing."),
     ("L'un des 2 accusés a parlé.", "One of the two defendants spoke.")],
    ids=["roman-republic", "largest", "rank", "first", "Q3", "third-quarter", "four-weeks", "one-of-the-two"],
)  # fmt: skip
def test_english_words_satisfy_french_digits(fr: str, en: str) -> None:
    report = check_pair(fr, en)
    assert report.ok, report.describe()


# --------------------------------------------------------------------------- approximate nouns

APPROX = [
    ("Une quinzaine de maisons ont brûlé.", "fr", 15),
    ("Une petite trentaine d'élus ont voté.", "fr", 30),
    ("Plusieurs milliers de fidèles sont venus.", "fr", 1000),
    ("Des centaines de voitures sont bloquées.", "fr", 100),
    ("Quelques centaines de mètres plus loin.", "fr", 100),
    ("Des dizaines de milliers de foyers sont privés d'eau.", "fr", 10000),
    ("Des centaines de milliers de fichiers ont fuité.", "fr", 100000),
    ("Dozens of shops closed.", "en", 12),
    ("Hundreds of flights were cancelled.", "en", 100),
    ("Tens of thousands of homes lost power.", "en", 10000),
    ("Hundreds of thousands of files leaked.", "en", 100000),
    ("A few dozen police officers stood by.", "en", 12),
]


@pytest.mark.parametrize(("text", "lang", "value"), APPROX, ids=[c[0][:32] for c in APPROX])
def test_approximate_nouns_have_their_value_and_are_approximate(text: str, lang: str, value: float) -> None:
    figure = extract_figures(text, lang)[0]
    assert (figure.value, figure.approximate, figure.spelled) == (value, True, True)


def test_a_plural_approximate_noun_is_an_order_of_magnitude_never_a_key_figure() -> None:
    (some,) = extract_figures("Plusieurs milliers de fidèles sont venus.", "fr")
    (about,) = extract_figures("Une vingtaine de fidèles sont venus.", "fr")
    assert (some.key, about.key) == (False, True)
    assert not extract_figures("Thousands of worshippers came.", "en")[0].key


@pytest.mark.parametrize(
    ("fr", "en", "ok"),
    [("Plusieurs milliers de fidèles sont venus.", "Thousands of worshippers came.", True),
     ("Plusieurs milliers de fidèles sont venus.", "Several thousand worshippers came.", True),
     ("Des dizaines de boutiques ont fermé.", "Dozens of shops closed.", True),
     ("Des dizaines de milliers de foyers sont privés d'eau.", "Tens of thousands of homes are without water.", True),
     ("Des dizaines de milliers de foyers sont privés d'eau.", "Hundreds of thousands of homes are without water.", False),
     ("Des centaines de vols ont été annulés.", "Hundreds of flights were cancelled.", True)],
)  # fmt: skip
def test_approximate_nouns_match_across_languages(fr: str, en: str, ok: bool) -> None:
    report = check_pair(fr, en)
    assert report.ok is ok, report.describe()


# --------------------------------------------------------------------------- halves and fractions


@pytest.mark.parametrize(
    ("text", "lang", "value"),
    [("Les deux tiers des votants ont dit non.", "fr", 2 / 3), ("Les trois quarts des élèves.", "fr", 0.75),
     ("Two-thirds of voters said no.", "en", 2 / 3), ("Three quarters of pupils.", "en", 0.75),
     ("A third of the budget.", "en", 1 / 3)],
    ids=["deux-tiers", "trois-quarts", "two-thirds", "three-quarters", "a-third"],
)  # fmt: skip
def test_fractions(text: str, lang: str, value: float) -> None:
    (figure,) = extract_figures(text, lang)
    assert figure.unit == "fraction" and figure.value == pytest.approx(value)


@pytest.mark.parametrize(
    ("text", "lang", "value", "kind"),
    [("Half a million people fled.", "en", 500_000, "count"), ("A half-million visitors came.", "en", 500_000, "count"),
     ("The trip took 2½ hours.", "en", 2.5, "duration"), ("It took two and a half years.", "en", 2.5, "duration"),
     ("Il a fallu deux ans et demi.", "fr", 2.5, "duration"), ("Le trajet dure 3 heures et demie.", "fr", 3.5, "duration"),
     ("Un demi-million de visiteurs.", "fr", 500_000, "count")],
    ids=["half-a-million", "a-half-million", "2½-hours", "two-and-a-half-years", "deux-ans-et-demi", "3-heures-et-demie",
         "demi-million"],
)  # fmt: skip
def test_halves(text: str, lang: str, value: float, kind: str) -> None:
    (figure,) = extract_figures(text, lang)
    assert (figure.value, figure.kind) == (pytest.approx(value), kind)


@pytest.mark.parametrize(
    ("fr", "en"),
    [("500 000 personnes ont fui.", "Half a million people fled."),
     ("Le trajet a duré 2,5 heures.", "The trip took 2½ hours."),
     ("Il a fallu 2 ans et demi.", "It took two and a half years.")],
    ids=["half-a-million", "2½", "and-a-half"],
)  # fmt: skip
def test_halves_match_across_languages(fr: str, en: str) -> None:
    report = check_pair(fr, en)
    assert report.ok, report.describe()


# --------------------------------------------------------------------------- ranges with one scale word


@pytest.mark.parametrize(
    ("text", "lang", "values"),
    [("Entre 4 et 6 millions d'euros.", "fr", [4e6, 6e6]), ("Entre deux et quatre millions d'abonnés.", "fr", [2e6, 4e6]),
     ("De sept à neuf mille emplois.", "fr", [7000, 9000]), ("Between two and four million subscribers.", "en", [2e6, 4e6]),
     ("Seven to nine thousand jobs.", "en", [7000, 9000]), ("Trois ou quatre milliards.", "fr", [3e9, 4e9]),
     ("5 or 6 million voters.", "en", [5e6, 6e6]),
     ("Between six and eight billion dollars.", "en", [6e9, 8e9]), ("De 2 à 3 milliards de dollars.", "fr", [2e9, 3e9]),
     ("Between 4 and 6 million euros.", "en", [4e6, 6e6]), ("Some 2-3 billion dollars.", "en", [2e9, 3e9]),
     ("From 4 to 6 million people.", "en", [4e6, 6e6])],
    ids=["entre-et", "entre-spelled", "de-a-spelled", "between-spelled", "to-spelled", "ou-spelled", "or",
         "spelled-currency", "de-a", "between-and",
         "dash", "from-to"],
)  # fmt: skip
def test_ranges_share_their_scale_word(text: str, lang: str, values: list[float]) -> None:
    assert [f.value for f in extract_figures(text, lang)] == values


# --------------------------------------------------------------------------- years of a fiscal year or a season


@pytest.mark.parametrize(
    ("text", "lang", "values"),
    [("La saison 2024-25 commence.", "fr", [2024, 2025]), ("The 2018/19 season ended.", "en", [2018, 2019]),
     ("Sur l'exercice 2022-2023, le bénéfice double.", "fr", [2022, 2023]), ("Profits rose in FY2023.", "en", [2023]),
     ("Profits rose in FY24.", "en", [2024]), ("The 1999-00 budget.", "en", [1999, 2000]),
     ("La guerre de 1914-18.", "fr", [1914, 1918]), ("Over 1990-2020 output doubled.", "en", [1990, 2020])],
    ids=["2024-25", "2018/19", "2022-2023", "FY2023", "FY24", "1999-00", "1914-18", "1990-2020"],
)  # fmt: skip
def test_years_inside_fiscal_or_season_spans(text: str, lang: str, values: list[int]) -> None:
    figures = extract_figures(text, lang)
    assert [(f.kind, f.value) for f in figures] == [("year", v) for v in values]


def test_a_season_matches_its_full_years() -> None:
    assert check_pair("La saison 2024-25 commence.", "The 2024-2025 season begins.").ok
    assert check_pair("Le bénéfice de l'exercice 2023 a doublé.", "FY2023 profit doubled.").ok
    assert not check_pair("La saison 2024-25 commence.", "The 2024-26 season begins.").ok


# --------------------------------------------------------------------------- quarters


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [("Sales grew in Q2.", "en", [("Q2", 2, "ordinal")]),
     ("Le chiffre d'affaires du T4 2023 recule.", "fr", [("T4", 4, "ordinal"), ("2023", 2023, "year")]),
     ("Revenue fell in H1 2024.", "en", [("H1", 1, "ordinal"), ("2024", 2024, "year")])],
    ids=["Q2", "T4-2023", "H1-2024"],
)  # fmt: skip
def test_quarters_are_ordinals(text: str, lang: str, expected: list[tuple[str, object, str]]) -> None:
    assert _read(text, lang) == expected


# --------------------------------------------------------------------------- glued units, plurals, pennies and cents


@pytest.mark.parametrize(
    ("text", "lang", "value", "kind", "unit"),
    [("Un trajet de 25mn.", "fr", 25, "duration", "mn"), ("Une pause de 20 min.", "fr", 20, "duration", "min"),
     ("A 15km walk.", "en", 15, "measure", "km"), ("They walked 40 kms.", "en", 40, "measure", "kms"),
     ("A 3kg parcel.", "en", 3, "measure", "kg"), ("A 90-min delay.", "en", 90, "duration", "min"),
     ("Un budget de 4Mds.", "fr", 4e9, "count", ""), ("It is 3x faster.", "en", 3, "other", "x"),
     ("A stamp costs 85p.", "en", 85, "money", "cent"), ("A call costs 49c.", "en", 49, "money", "cent"),
     ("It costs 20 pence.", "en", 20, "money", "cent")],
    ids=["25mn", "20-min", "15km", "40-kms", "3kg", "90-min", "4Mds", "3x", "85p", "49c", "20-pence"],
)  # fmt: skip
def test_glued_units_and_plurals(text: str, lang: str, value: float, kind: str, unit: str) -> None:
    (figure,) = extract_figures(text, lang)
    assert (figure.value, figure.kind, figure.unit) == (pytest.approx(value), kind, unit)


@pytest.mark.parametrize(
    ("fr", "en"),
    [("Le timbre coûte 85 centimes.", "A stamp costs 85p."), ("L'appel coûte 49 centimes.", "A call costs 49c."),
     ("Une pause de 20 minutes.", "A 20-min break."), ("Un trajet de 25 mn.", "A 25-minute journey.")],
    ids=["85p", "49c", "20-min", "25-mn"],
)  # fmt: skip
def test_glued_units_match_across_languages(fr: str, en: str) -> None:
    report = check_pair(fr, en)
    assert report.ok, report.describe()


# --------------------------------------------------------------------------- written the English way


@pytest.mark.parametrize(
    ("text", "formatted"),
    [("L'incidence atteint 4,7/100 000.", "4.7 per 100,000"), ("Le taux est de 11/1.000.", "11 per 1,000"),
     ("Les deux tiers des votants.", "2/3"), ("Le prix a été multiplié, 3x plus cher.", "3x"),
     ("Le plein coûte 90 DT.", "90 Tunisian dinars"), ("Le canton recense 38'400 frontaliers.", "38,400"),
     ("Le projet coûtera 1,4 mia de francs.", "1.4 billion francs")],
    ids=["rate", "per-mille", "fraction", "multiplier", "TND", "apostrophe", "mia"],
)  # fmt: skip
def test_english_formatting_of_the_new_forms(text: str, formatted: str) -> None:
    from summarizer import format_value

    assert format_value(extract_figures(text, "fr")[0]) == formatted


# --------------------------------------------------------------------------- spelled numbers on both sides


@pytest.mark.parametrize(
    ("text", "lang", "value"),
    [("Pendant six semaines, rien.", "fr", 6), ("For six weeks, nothing.", "en", 6),
     ("Thirty-four people were hurt.", "en", 34), ("Trente-quatre blessés.", "fr", 34), ("A million people came.", "en", 10**6)],
    ids=["six-semaines", "six-weeks", "thirty-four", "trente-quatre", "a-million"],
)  # fmt: skip
def test_spelled_numbers_are_figures_with_their_value(text: str, lang: str, value: int) -> None:
    (figure,) = extract_figures(text, lang)
    assert (figure.value, figure.spelled) == (value, True)


@pytest.mark.parametrize(
    "invisible", ["\u2060", "\u00ad", "\u200b", "\ufeff"], ids=["word-joiner", "soft-hyphen", "zero-width-space", "bom"]
)
def test_an_invisible_character_inside_a_number_is_read_through(invisible: str) -> None:
    """A layout's invisible character between the digits of a grouped number: one figure, the same value and offsets."""
    fr = f"La commune compte 18{invisible}400 habitants."
    (figure,) = extract_figures(fr, "fr")
    assert figure.value == 18400 and fr[figure.start : figure.end] == figure.text
    assert check_figures(fr, "The town has 18,400 inhabitants.").ok
    assert not check_figures(fr, "The town has 18,800 inhabitants.").ok
