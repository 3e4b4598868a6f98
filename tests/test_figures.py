from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from summarizer import extract_figures, format_value

# (text, lang, [(surface text, value, kind)])
CASES = [
    ("Il y a eu 40 589 tentatives.", "fr", [("40 589", 40589, "count")]),
    ("Il y a eu 40\u00a0589 tentatives.", "fr", [("40\u00a0589", 40589, "count")]),
    ("Il y a eu 40\u202f589 tentatives.", "fr", [("40\u202f589", 40589, "count")]),
    ("La récolte atteint 3.418.600 tonnes.", "fr", [("3.418.600 tonnes", 3418600, "measure")]),
    ("Le taux est de 3,5 %.", "fr", [("3,5 %", 3.5, "percent")]),
    ("Les prix ont bondi de +47 % en un an.", "fr", [("+47 %", 47, "percent"), ("un an", 1, "duration")]),
    ("Le PIB a reculé de -1,1 %.", "fr", [("-1,1 %", -1.1, "percent")]),
    ("Un budget de 1,2 milliard d'euros.", "fr", [("1,2 milliard d'euros", 1_200_000_000, "money")]),
    ("Ils ont rapporté 38,5 milliards de dirhams.", "fr", [("38,5 milliards de dirhams", 38_500_000_000, "money")]),
    ("La ville compte 3 millions d'habitants.", "fr", [("3 millions", 3_000_000, "count")]),
    ("Deux mille manifestants ont défilé.", "fr", [("Deux mille", 2000, "count")]),
    ("On compte quatre-vingt-dix-neuf morts.", "fr", [("quatre-vingt-dix-neuf", 99, "count")]),
    ("Douze mille emplois ont été créés.", "fr", [("Douze mille", 12000, "count")]),
    ("Le chômage touche 12 pour cent des actifs.", "fr", [("12 pour cent", 12, "percent")]),
    ("Le chômage touche 12% des actifs.", "fr", [("12%", 12, "percent")]),
    ("Une prime de 4 000 FCFA par mois.", "fr", [("4 000 FCFA", 4000, "money")]),
    ("La réforme date de 2022.", "fr", [("2022", 2022, "year")]),
    ("Le 1er janvier 2019, la loi est entrée en vigueur.", "fr", [("1er janvier 2019", "2019-01-01", "date")]),
    ("Le 37e congrès du parti s'ouvre.", "fr", [("37e", 37, "ordinal")]),
    ("Entre 15 et 20 % des ménages.", "fr", [("15", 15, "percent"), ("20 %", 20, "percent")]),
    ("Le convoi a parcouru 120 km.", "fr", [("120 km", 120, "measure")]),
    ("Il a été condamné à 5 ans de prison.", "fr", [("5 ans", 5, "duration")]),
    ("Seuls 300 manifestants ont défilé.", "fr", [("300", 300, "count")]),
    ("2022 a été une année record.", "fr", [("2022", 2022, "year")]),
    ("L'usine emploie 1500 salariés.", "fr", [("1500", 1500, "count")]),
    ("Un diplôme de niveau Bac+5 est exigé.", "fr", []),
    ("Bilan :\n- 12 000 emplois créés\n- 3,5 % de croissance", "fr", [("12 000", 12000, "count"), ("3,5 %", 3.5, "percent")]),
    ("Le solde passe de - 2,5 % à + 1 %.", "fr", [("- 2,5 %", -2.5, "percent"), ("+ 1 %", 1, "percent")]),
    ("There were 40,589 attempts.", "en", [("40,589", 40589, "count")]),
    ("The rate is 3.5%.", "en", [("3.5%", 3.5, "percent")]),
    ("A budget of 1.2 billion euros.", "en", [("1.2 billion euros", 1_200_000_000, "money")]),
    ("It cost $4,000.", "en", [("$4,000", 4000, "money")]),
    ("It cost £3m.", "en", [("£3m", 3_000_000, "money")]),
    ("The wall is 3 m high.", "en", [("3 m", 3, "measure")]),
    ("Le projet coûte 300 M€.", "fr", [("300 M€", 300_000_000, "money")]),
    ("Forty thousand people marched.", "en", [("Forty thousand", 40000, "count")]),
    ("It rose by 12 percent in 2022.", "en", [("12 percent", 12, "percent"), ("2022", 2022, "year")]),
    ("On January 1, 2019, the law came into force.", "en", [("January 1, 2019", "2019-01-01", "date")]),
    ("The 37th congress opened.", "en", [("37th", 37, "ordinal")]),
]


@pytest.mark.parametrize(("text", "lang", "expected"), CASES, ids=[c[0][:32] for c in CASES])
def test_values_kinds_and_surface(text: str, lang: str, expected: list[tuple[str, object, str]]) -> None:
    found = [(f.text, f.value, f.kind) for f in extract_figures(text, lang)]
    assert found == expected


@pytest.mark.parametrize(
    "text",
    [
        "L'épidémie de Covid-19 a touché le pays.",
        "Le sommet du G7 s'est tenu à Biarritz.",
        "Le virus 2019-nCoV a été identifié.",
        "Le gouvernement a utilisé l'article 49.3 de la Constitution.",
        "Les victimes peuvent appeler le 3919, gratuitement.",
        "Le service fonctionne 24 heures sur 24.",
        "Le CAC 40 a clôturé en hausse.",
        "Le club évolue en Ligue 1 depuis longtemps.",
        "Appelez le 01 45 67 89 10 pour en savoir plus.",
        "Le siège est installé au 12 rue de Rivoli.",
        "France 2 a diffusé le débat.",
        "Le décret n° 2021-1234 est paru.",
        "Paris 2024 : les Jeux approchent.",
        "Selon l'institut (1), la tendance se confirme.",
        "Les chiffres sont sur https://www.insee.fr/statistiques/7456789?annee=2023 et chez @Insee_2023.",
        "Écrivez à presse2024@ville.fr avec le mot-clé #JO2024.",
    ],
    ids=["covid-19", "g7", "ncov", "article-49.3", "helpline", "24-sur-24", "cac40", "ligue1", "phone",
         "street", "tv-channel", "decree", "event-name", "footnote", "links-handles", "email-hashtag"],
)
def test_names_and_identifiers_are_not_figures(text: str) -> None:
    assert [f.text for f in extract_figures(text, "fr")] == []


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [("La coopérative a levé 2.5 milliards de francs.", 2_500_000_000, "FRF"),
     ("Le chantier a coûté 4.75 millions d'euros.", 4_750_000, "EUR")],
)  # fmt: skip
def test_a_french_dot_decimal_before_a_scale_word_is_an_amount(text: str, value: int, unit: str) -> None:
    # a dot decimal alone is a version or an article number ("49.3"); a scale word after it makes it an amount
    (figure,) = extract_figures(text, "fr")
    assert (figure.kind, figure.value, figure.unit) == ("money", value, unit)


@pytest.mark.parametrize(
    ("text", "lang", "value"),
    [("La réunion a commencé à 8h35.", "fr", "T08:35"), ("Rendez-vous à 21 heures.", "fr", "T21:00"),
     ("The meeting began at 9.30pm.", "en", "T21:30"), ("The meeting began at 8:35.", "en", "t08:35")],
    ids=["8h35", "21-heures", "9.30pm", "8:35-either-half"],
)  # fmt: skip
def test_clock_times_are_read_to_be_compared_never_key(text: str, lang: str, value: str) -> None:
    (figure,) = extract_figures(text, lang)
    assert (figure.kind, figure.value, figure.key) == ("time", value, False)


@pytest.mark.parametrize(
    ("text", "approximate"),
    [("près de 3 000 personnes", True), ("plus de 40 % des votants", True), ("environ 800 migrants", True),
     ("quelque 800 migrants", True), ("une centaine de personnes", True), ("3 000 personnes", False)],
    ids=["pres-de", "plus-de", "environ", "quelque", "centaine", "exact"],
)  # fmt: skip
def test_approximations_are_flagged_not_valued(text: str, approximate: bool) -> None:
    figure = extract_figures(text, "fr")[0]
    assert figure.approximate is approximate
    assert isinstance(figure.value, int)


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Le ministère a recensé 40 589 tentatives d'immigration illégale en 2022.", "tentatives d'immigration illégale"),
        ("Le taux de chômage est passé à 7,1 %.", "taux de chômage"),
        ("Un budget de 1,2 milliard d'euros.", "budget"),
        ("Il y a 12 % des ménages concernés.", "ménages concernés"),
    ],
    ids=["count", "percent-subject", "money-subject", "percent-of"],
)
def test_labels_say_what_is_counted(text: str, label: str) -> None:
    assert next(f for f in extract_figures(text, "fr") if f.key).label == label


def test_key_figures_exclude_context_kinds() -> None:
    figures = extract_figures("Le 37e congrès de 2022 a réuni 3 000 délégués et deux invités.", "fr")
    assert [(f.text, f.key) for f in figures] == [("37e", False), ("2022", False), ("3 000", True), ("deux", False)]


@pytest.mark.parametrize(
    ("text", "formatted"),
    [("1,2 milliard d'euros", "€1.2 billion"), ("40 589 cas", "40,589"), ("+47 %", "+47%"), ("le 1er janvier 2019", "1 January 2019")],
    ids=["money", "count", "percent", "date"],
)  # fmt: skip
def test_english_formatting(text: str, formatted: str) -> None:
    assert format_value(extract_figures(text, "fr")[0]) == formatted


def test_unknown_language_is_refused() -> None:
    with pytest.raises(ValueError, match="Unsupported language 'de'"):
        extract_figures("1 000", "de")


def _french(n: int, decimals: int) -> str:
    whole, frac = divmod(n, 10**decimals) if decimals else (n, 0)
    text = f"{whole:,}".replace(",", "\u202f")
    return text + (f",{frac:0{decimals}d}" if decimals else "")


def _english(n: int, decimals: int) -> str:
    whole, frac = divmod(n, 10**decimals) if decimals else (n, 0)
    return f"{whole:,}" + (f".{frac:0{decimals}d}" if decimals else "")


@settings(max_examples=200, deadline=None)
@given(st.integers(min_value=10_000, max_value=10**12), st.sampled_from([0, 1, 2]), st.sampled_from(["personnes", "%"]))
def test_french_and_english_formats_give_the_same_value(n: int, decimals: int, unit: str) -> None:
    english_unit = "people" if unit == "personnes" else "%"
    fr = extract_figures(f"Il y a {_french(n, decimals)} {unit} ici.", "fr")
    en = extract_figures(f"There are {_english(n, decimals)} {english_unit} here.", "en")
    assert len(fr) == len(en) == 1
    assert fr[0].value == en[0].value == pytest.approx(n / 10**decimals)


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=300), st.sampled_from(["fr", "en"]))
def test_parser_never_crashes_on_arbitrary_text(text: str, lang: str) -> None:
    for figure in extract_figures(text, lang):
        assert 0 <= figure.start < figure.end <= len(text)
        assert text[figure.start : figure.end] == figure.text


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(["1", "0", " ", ",", ".", "%", "€", "-", "+", "milliard", "million", "de", "er", "e", "h"]), max_size=40))
def test_parser_never_crashes_on_number_like_text(parts: list[str]) -> None:
    text = "".join(parts)
    for lang in ("fr", "en"):
        for figure in extract_figures(text, lang):
            assert text[figure.start : figure.end] == figure.text


_PIECES = ["1", "0", "7", " ", ",", ".", "%", "‰", "€", "$", "£", "-", "+", "/", "h", "30", "2013", "milliard", "million",
           "milles", "mille", "de", "d'", "er", "e", "es de finale", "XIXe", "siècle", "ans", "years", "km", "ft", "m",
           "mai", "May", "the", "Route", "route", "Covid-", "et demi", "and", "entre", "et", "un", "an", "dizaine",
           "dozen", "pm", "I/", "(", ")", "moitié", "nonante", "billion",
           # the forms of the French-speaking press and the kinds of #19 (tests/test_reader_forms.py)
           "'", "’", "\u202f", "mio", "mia", "G$", "MdF", "FCFA", "DT", "Fr.", ".–", "pour", "per", "100 000", "1.000", "March",
           "FY", "Q", "T", "22", "the", "in", "x", "p", "½", "dizaines", "milliers", "thousands", "tens", "of", "half", "a",
           "tiers", "third", "-largest", "unième", "o'clock", "GMT", "14.30", "at", "le", "vers", "dès", "au", "to"]  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=40), st.lists(st.sampled_from(_PIECES), max_size=40))
def test_the_check_never_crashes_and_accounts_for_every_figure(french: list[str], english: list[str]) -> None:
    from summarizer.checks.figures import check_pair

    fr, en = "".join(french), "".join(english)
    report = check_pair(fr, en)
    src = extract_figures(fr, "fr", names=True)
    # every French figure is matched, missing or left out of the check; nothing is counted twice
    accounted = [m.source for m in report.matched] + report.missing + [f for f in report.ignored if f.lang == "fr"]
    assert all(any(a is f or a == f for a in accounted) for f in src)
    assert isinstance(report.describe(), str) and report.to_dict()["ok"] == report.ok


def test_extraction_stays_linear_in_the_length_of_the_article() -> None:
    import time

    paragraph = (
        "Le ministère a déjoué 40 589 tentatives en 2022, soit +47 % sur un an, pour 1,2 milliard d'euros. "
        "Entre 12 et 14 heures par jour, à 21h30, sur la route 131 et à 2 040 m, les 8es de finale du XIXe siècle. "
    )
    small, large = paragraph * 100, paragraph * 1000  # about 20,000 and 200,000 characters

    def cost(text: str) -> float:
        best = float("inf")
        for _ in range(2):
            start = time.perf_counter()
            extract_figures(text, "fr")
            best = min(best, time.perf_counter() - start)
        return best

    ratio = cost(large) / cost(small)
    assert ratio < 20, f"10x the text took {ratio:.1f}x the time: not linear"  # linear is about 10x


@pytest.mark.parametrize(
    ("fr", "en", "ok"),
    [
        # unit conversions (pint): a correct one is kept and said, a wrong one is flagged
        ("Une vague de 15 m.", "A 50 ft wave.", True),
        ("Il pèse 100 kg.", "He weighs 220 pounds.", True),
        ("Il roulait à 210 km/h.", "He was driving at 130 mph.", True),
        ("À moins de 30 km d'une école.", "Within 1,000 feet of a school.", False),
        ("Une vague de 15 m.", "A 15 ft wave.", False),
        ("Il y a 5 ans.", "Five months ago.", False),
        ("Pendant trente ans.", "For three decades.", True),
        # names: their digits copied, in order
        ("Sur la route 131.", "On Route 139.", False),
        ("Les routes I/43 et I/34.", "The I/34 and I/43 roads.", False),
        ("Ils ont gagné 4-0.", "They won 0-4.", False),
        ("Des images 3D.", "Three-dimensional images.", True),
        # swaps, range ends, a year and a count
        ("Entre 30 et 40 % de plus.", "Between 40 and 30% more.", False),
        ("Entre 1 et 0,5 milliard.", "Between 0.5 and 1 billion.", True),
        ("En 2012, 142 crimes.", "In 142, 2012 crimes.", False),
        ("Pendant 30 ans jusqu'en 2011.", "For 2011 years until 30.", False),
        # French forms
        ("Près de 57,000 cas.", "Almost 57,000 cases.", True),
        ("Près de 57,000 cas.", "Almost 57.000 cases.", False),
        ("Près de 500 milles d'objets.", "About 500,000 objects.", True),
        ("J'ai investi 2 millions et demi.", "I invested 2.5 million.", True),
        ("Les 1,7 million d'habitants.", "Its 1.7m people.", True),
        ("Nous sommes en 8es de finale.", "We are in the last 16.", True),
        ("Au XIXe siècle.", "In the 19th century.", True),
        ("Un moratoire de 6 mois.", "A six-month ban.", True),
        ("Un jeune homme de 36 ans.", "A 36-year-old man.", True),
        ("Pilata Fatulayeva, 48 ans, pense.", "Pilata Fatulayeva (48) thinks.", True),
        ("Dans les années 80.", "In the late Eighties.", True),
        ("En 1917.", "In November 1917.", True),
        ("Le 1er décembre 2013.", "In 2013.", False),
        ("De 8h le soir à minuit.", "From 8 in the evening till midnight.", True),
        ("Entre 12 et 14 heures par jour.", "For 12-14 hours a day.", True),
        ("Entre 12 et 14 heures par jour.", "For 12-14 days a week.", False),
        # points of a rate, temperatures, clauses reordered, a year inside an English name
        ("Le taux a reculé de 0,2 point.", "The rate fell 0.2 percentage points.", True),
        ("Le taux a reculé de 0,2 point.", "The rate fell 0.2%.", False),
        ("Il fait 30 °C.", "It is 86F.", True),
        ("Il fait 30 °C.", "It is 60 degrees Fahrenheit.", False),
        ("Entre -3 ° et -9 ° C.", "Between three and nine degrees below zero.", True),
        ("Au total, 124 passeurs ont été arrêtés et 40 589 migrants secourus.",
         "In all, 40,589 migrants were rescued and 124 smugglers arrested.", True),
        ("Au total, 124 passeurs ont été arrêtés et 40 589 migrants secourus.",
         "In all, 40,589 smugglers were arrested and 124 migrants rescued.", False),
        ("Les Jeux de 2012 à Londres.", "The London 2012 Games.", True),
    ],
)
def test_real_translation_categories(fr: str, en: str, ok: bool) -> None:
    from summarizer.checks.figures import check_pair

    report = check_pair(fr, en)
    assert report.ok is ok, report.describe()


def test_a_conversion_is_reported_with_both_values() -> None:
    from summarizer.checks.figures import check_pair

    report = check_pair("Une vague de 15 m.", "A 50 ft wave.")
    assert [(m.source.text, m.translation.text) for m in report.converted] == [("15 m", "50 ft")]
    assert "converted to '50 ft'" in report.describe()


@pytest.mark.parametrize(
    ("text", "value", "kind"),
    [
        ("Il compte 10k abonnés.", 10_000, "count"),
        ("Un budget de 1,5M d'euros.", 1_500_000, "money"),
        ("Un budget de 2,5Mds d'euros.", 2_500_000_000, "money"),
        ("Un contrat de 90 M$.", 90_000_000, "money"),
        ("Une dette d'un billion d'euros.", 10**12, "money"),
        ("Un marché de 3 trillions.", 3 * 10**18, "count"),
        ("Ils sont nonante-deux.", 92, "count"),
        ("Une hausse de ,08 point.", 0.08, "percent"),  # points after a change: percentage points
        ("Un demi-million d'habitants.", 500_000, "count"),
        ("Un taux de 3,5 ‰.", 3.5, "percent"),
        ("Un taux de 30 pour 1 000.", 30, "percent"),
        ("Les prix ont bondi sur un an.", 1, "duration"),
    ],
)
def test_french_forms(text: str, value: float, kind: str) -> None:
    figures = extract_figures(text, "fr")
    assert [(f.value, f.kind) for f in figures] == [(pytest.approx(value), kind)]


def test_an_unreadable_number_is_listed_not_guessed() -> None:
    from summarizer.checks.figures import check_pair

    report = check_pair("Le code 5.5.5.5 et 12 cas.", "Code and 12 cases.")
    assert report.ok and report.unread == ["5.5.5.5"]


def test_neuf_before_a_plural_name_is_nine_and_after_a_noun_is_new() -> None:
    assert [f.value for f in extract_figures("Neuf Lyonnais ont couru et neuf Bretons sont venus.", "fr")] == [9, 9]
    # a capitalised word followed by a singular verb is a name after the adjective ("un stade neuf Nantes paie")
    assert [f.value for f in extract_figures("Pour un stade neuf Nantes paie cher.", "fr")] == []
    assert [f.value for f in extract_figures("Ils ont vu neuf Suédois.", "fr")] == [9]
    assert extract_figures("Un immeuble neuf Rue Haute.", "fr") == [] and extract_figures("Un vélo neuf.", "fr") == []
