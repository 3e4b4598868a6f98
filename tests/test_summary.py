from __future__ import annotations

import pytest
from builders import ScriptedTranslator, article

from summarizer import summarize_article

TRANSLATIONS = {
    "Immigration : 40 000 tentatives déjouées en 2022": "Immigration: 40,000 attempts foiled in 2022",
    "Le ministère a recensé 40 589 tentatives d'immigration illégale, soit +47 % sur un an.":
        "The ministry recorded 40,589 illegal immigration attempts, up 47% on a year.",
    "Le dispositif a coûté 1,2 milliard d'euros au 37e jour.": "The system cost €1.2 billion on the 37th day.",
    "Quelque 800 passeurs ont été arrêtés.": "Some 800 smugglers were arrested.",
}  # fmt: skip
ARTICLE = article(*list(TRANSLATIONS)[:1], list(TRANSLATIONS)[1:])


def _translator(wrong: dict[str, str] | None = None) -> ScriptedTranslator:
    table = {**TRANSLATIONS, **(wrong or {})}
    return ScriptedTranslator(lambda s: [table.get(s, s)])


def test_key_figures_ranked_verified_labelled_once() -> None:
    summary = summarize_article(ARTICLE, translator=_translator())
    values = [k.value for k in summary.key_figures]
    assert values[0] == 40589  # the headline fact, in its exact form
    assert 40000 not in values  # the rounded headline figure is the same fact
    assert set(values) == {40589, 47, 1_200_000_000, 800}
    assert all(k.verified for k in summary.key_figures)
    by_value = {k.value: k for k in summary.key_figures}
    assert by_value[40589].label_en == "recorded illegal immigration attempts"  # the English noun and event
    assert by_value[1_200_000_000].formatted == "€1.2 billion"
    assert summary.summary.splitlines()[0] == "Immigration: 40,000 attempts foiled in 2022"
    assert len(summary.summary.splitlines()) <= 6  # the headline, then at most five lines


def test_labels_say_what_happened_and_the_summary_quotes_the_phrases() -> None:
    pytest.importorskip("spacy")
    phrases = {"40 589": "recorded 40,589 illegal immigration attempts", "800": "some 800 smugglers arrested"}

    def translate(sentence: str) -> list[str]:
        for number, english in phrases.items():
            if sentence.startswith(("recensé", "Quelque")) and number in sentence and sentence not in TRANSLATIONS:
                return [english]
        return [TRANSLATIONS.get(sentence, sentence)]

    summary = summarize_article(ARTICLE, translator=ScriptedTranslator(translate))
    by_value = {k.value: k for k in summary.key_figures}
    attempts, smugglers = by_value[40589], by_value[800]
    assert "tentatives d'immigration illégale" in attempts.label_fr and "recensé" in attempts.label_fr  # the event kept
    assert "40 589" in attempts.phrase_fr and "recensé" in attempts.phrase_fr
    assert "passeurs" in smugglers.phrase_fr and "arrêtés" in smugglers.phrase_fr
    # the checked English sentence gives the line: the French phrase's translation is not asked for
    assert "- The ministry recorded 40,589 illegal immigration attempts\n" in summary.summary
    assert attempts.line_source == "english" and attempts.line_en == attempts.phrase_en
    assert attempts.role == "headline" and by_value[47].role == "change"
    assert summary.to_dict()["key_figures"][0]["role"] == "headline"


def test_a_phrase_whose_translation_loses_its_figure_is_not_used() -> None:
    def translate(sentence: str) -> list[str]:
        if sentence in TRANSLATIONS:
            return [TRANSLATIONS[sentence]]
        return ["some smugglers were arrested" if "800" in sentence else sentence]

    summary = summarize_article(ARTICLE, translator=ScriptedTranslator(translate))
    smugglers = next(k for k in summary.key_figures if k.value == 800)
    assert "800" in smugglers.phrase_en  # the figure and its English label, not the translation that lost it


def test_unverified_figure_is_marked() -> None:
    wrong = {"Quelque 800 passeurs ont été arrêtés.": "Smugglers were arrested."}
    summary = summarize_article(ARTICLE, translator=_translator(wrong), repair=False)
    eight_hundred = next(k for k in summary.key_figures if k.value == 800)
    assert not eight_hundred.verified
    assert "not found in the translation" in summary.summary
    assert [f["segment"] for f in summary.to_dict()["flagged"]] == [eight_hundred.segment]


def test_years_dates_ordinals_are_context_not_key() -> None:
    summary = summarize_article(ARTICLE, translator=_translator())
    assert {k.kind for k in summary.key_figures} <= {"count", "percent", "money", "measure"}


def test_without_the_parser_the_summary_falls_back_to_the_words(monkeypatch) -> None:
    from summarizer import summary

    monkeypatch.setattr(summary, "parser_available", lambda: False)
    result = summarize_article(ARTICLE, translator=_translator())
    by_value = {k.value: k for k in result.key_figures}
    assert by_value[40589].label_fr == "tentatives d'immigration illégale"  # the words after the figure
    assert {k.role for k in result.key_figures} <= set(summary.ROLES)
    assert all(k.phrase_fr.startswith(k.text_fr) for k in result.key_figures)  # no event guessed without the parse


def test_a_flagged_sentence_gives_the_french_phrase_or_the_figure_marked_never_its_english() -> None:
    wrong = {"Quelque 800 passeurs ont été arrêtés.": "Some 900 smugglers were arrested."}  # a changed figure: flagged
    summary = summarize_article(ARTICLE, translator=_translator(wrong), repair=False)
    smugglers = next(k for k in summary.key_figures if k.value == 800)
    assert smugglers.line_source in ("french", "figure")
    assert "900" not in smugglers.line_en  # the flagged English is never quoted
    assert smugglers.line_en in summary.summary or not smugglers.verified


def test_every_english_line_is_words_of_its_checked_sentence() -> None:
    pytest.importorskip("spacy")
    summary = summarize_article(ARTICLE, translator=_translator())
    for k in summary.key_figures:
        if k.line_source == "english":
            sentence = summary.translation.sentences[k.segment]
            assert not sentence.flagged and k.text_en in k.line_en
            assert all(word in sentence.translation for word in k.line_en.replace(",", " ").split())


def test_an_article_without_key_figures_says_so() -> None:
    text = "Le conseil municipal s'est réuni mardi soir.\n\nLes élus ont débattu du projet de parc."
    summary = summarize_article(text, translator=ScriptedTranslator(lambda s: ["The council met."]))
    assert summary.key_figures == []
    assert summary.summary.splitlines()[-1] == "- No key figure in this article."


def test_without_the_english_parser_the_lines_fall_back(monkeypatch) -> None:
    from summarizer import quotes

    monkeypatch.setattr(quotes, "read_quote", lambda sentence, figure: None)
    summary = summarize_article(ARTICLE, translator=_translator())
    assert summary.key_figures and all(k.line_source in ("french", "figure") for k in summary.key_figures)
    assert all(k.line_en for k in summary.key_figures)
    keys = summary.to_dict()["key_figures"][0]
    assert {"phrase_en", "label_en", "label_fr", "line_en", "line_source", "noun_en", "event_en"} <= set(keys)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("Le bilan 2021 publié mardi recense 5 200 accidents.", 2021),  # a year read as a count
        ("Le budget 2025-26 prévoit 4 800 postes.", 26),  # the second half of a span
        ("On compte 12 cas pour 100 000 habitants, soit 3 400 cas.", 100000),  # the base of a rate
    ],
)
def test_numbers_that_are_no_figures_never_reach_the_summary(text: str, absent: float) -> None:
    from summarizer import Document, rank_key_figures

    values = [r.figure.value for r in rank_key_figures(Document.build(text))]
    assert absent not in values and values  # the real figures are kept


def test_an_earlier_value_is_a_comparison_not_a_key_figure() -> None:
    from summarizer import Document, rank_key_figures

    text = "En 2024, les ventes ont progressé de 3,1 %, après +6,4 % en 2023.\n\nLe secteur emploie 41 000 personnes."
    ranked = {r.figure.text: r for r in rank_key_figures(Document.build(text))}
    assert ranked["+6,4 %"].role == "comparison" and ranked["3,1 %"].role != "comparison"
    assert ranked["3,1 %"].score > ranked["+6,4 %"].score


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("Pour s'inscrire, composez le 0800 123 456. Le dispositif a coûté 3 millions d'euros.", 123456),  # a phone number
        ("Le décret 2019-1457 concerne 8 300 agents.", 1457),  # an identifier
    ],
)
def test_phone_numbers_and_identifiers_are_no_figures(text: str, absent: float) -> None:
    from summarizer import Document, rank_key_figures

    values = [r.figure.value for r in rank_key_figures(Document.build(text))]
    assert absent not in values and values


def test_a_figure_compared_with_keeps_its_own_noun() -> None:
    pytest.importorskip("spacy")
    from summarizer import Document, rank_key_figures

    ranked = {r.figure.text: r for r in rank_key_figures(Document.build("Le taux atteint 8,2 %, contre 12 décès pour 100 000 habitants."))}
    assert "taux" not in ranked["12"].label_fr and "décès" in ranked["12"].phrase_fr
    assert "contre 12" not in ranked["12"].phrase_fr


def test_the_starting_value_of_a_change_is_an_earlier_value() -> None:
    from summarizer import Document, rank_key_figures

    text = ("Le nombre d'abonnés a reculé, passant de 812 400 en 2019 à 655 100 en 2023.\n\n"
            "La région comptait 2 310 000 habitants au 1er janvier.")  # fmt: skip
    roles = {r.figure.text: r.role for r in rank_key_figures(Document.build(text))}
    assert roles["812 400"] == "comparison" and roles["655 100"] != "comparison"
    assert roles["2 310 000"] != "comparison"  # an imperfect at a date states a level, not an earlier value


def test_an_intertitle_restating_a_body_figure_gives_the_bodys_sentence() -> None:
    from summarizer import Document, rank_key_figures

    text = ("Les ports sous pression\n\nLe trafic portuaire a augmenté cette année.\n\n"
            "64 % de conteneurs en plus\n\nLes terminaux ont traité 64 % de conteneurs en plus qu'en début de décennie.")  # fmt: skip
    document = Document.build(text)
    ranked = [r for r in rank_key_figures(document) if r.figure.value == 64]
    assert len(ranked) == 1  # one fact once
    sentence = document.sentence_at(ranked[0].figure.start)
    assert sentence is not None and not sentence.heading and "terminaux" in sentence.source


@pytest.mark.parametrize(
    ("text", "whole"),
    [("Le pays compte 1.234 567 habitants et 340 écoles.", 1_234_567), ("Le canton a reçu 24’511 demandes et ouvert 340 places.", 24_511)],
)
def test_a_number_grouped_with_mixed_marks_reaches_the_summary_whole(text: str, whole: int) -> None:
    from summarizer import Document, rank_key_figures

    shown = sorted(r.figure.value for r in rank_key_figures(Document.build(text)))
    assert shown == [340, whole]  # one figure with its whole value: never a piece of it, never a 0


def _roles(text: str) -> dict[str, object]:
    from summarizer import Document, rank_key_figures

    return {r.figure.text: r for r in rank_key_figures(Document.build(text))}


def test_the_parts_of_an_earlier_total_are_comparisons() -> None:
    text = ("La ville a accueilli 9 400 000 visiteurs cette année.\n\n"
            "Elle compte 2 100 000 visiteurs venus d'Italie et 1 300 000 visiteurs venus d'Espagne.")  # fmt: skip
    ranked = _roles(text)
    assert ranked["2 100 000"].role == "comparison" and ranked["1 300 000"].role in ("comparison", "context")
    assert ranked["9 400 000"].role != "comparison"


def test_an_earlier_state_or_plan_in_the_imperfect_is_a_comparison() -> None:
    pytest.importorskip("spacy")
    ranked = _roles("La dette de la commune atteint 9 millions d'euros cette année.\n\n"
                    "En mars, la mairie comptait ramener la dette à 5 millions d'euros.")
    assert ranked["5 millions d'euros"].role == "comparison"
    assert ranked["9 millions d'euros"].score > ranked["5 millions d'euros"].score


def test_a_short_cited_phrase_is_no_speakers_claim() -> None:
    pytest.importorskip("spacy")
    ranked = _roles("Le rapport fait état d'une « hausse de 9 % » des ventes.\n\n« Nous avons perdu 3 000 clients », dit-il.")
    assert ranked["9 %"].fact is not None and not ranked["9 %"].fact.quoted
    assert ranked["3 000"].fact is not None and ranked["3 000"].fact.quoted


def test_a_figure_in_brackets_is_a_detail() -> None:
    ranked = _roles("Le trafic a progressé de 4,1 % cette année, et plus vite à l'étranger (+6,2 %).")
    assert ranked["4,1 %"].score > ranked["+6,2 %"].score


def test_a_rate_per_thousand_and_an_age_never_reach_the_summary() -> None:
    values = [r.figure.text for r in _roles("Un homme âgé de 47 ans a été blessé. Le taux atteint 8/1.000 naissances.").values()]
    assert values == ["8/1.000"]  # the rate whole, never its base; the age never


def test_a_whole_count_written_with_the_english_grouping_has_its_whole_size() -> None:
    # a translated article keeps "12,500 salariés": a count of people is whole, so it is 48000, not 48 and a decimal
    ranked = _roles("Le groupe a réduit ses coûts cette année.\n\nIl a ouvert 350 agences. Il emploie 12,500 salariés dans le pays.")
    assert ranked["12,500"].score > ranked["350"].score


def test_a_part_counted_out_of_a_group_is_a_comparison() -> None:
    ranked = _roles("La commune a accueilli 1 200 réfugiés cette année.\n\n450 d'entre eux ont trouvé un logement.")
    assert ranked["450"].role == "comparison" and ranked["1 200"].role != "comparison"


def test_a_multiplier_compares_and_is_no_figure_of_its_own() -> None:
    pytest.importorskip("spacy")
    ranked = _roles("Le billet coûte désormais 90 euros.\n\nLes loyers du centre sont 12 fois plus élevés qu'en périphérie.")
    assert ranked["12"].role == "comparison"
    assert ranked["90 euros"].score > ranked["12"].score


def test_a_year_of_an_earlier_century_is_no_figure() -> None:
    values = [r.figure.value for r in _roles("Le pont, construit en 1750, a coûté 4 millions d'euros à rénover.").values()]
    assert 1750 not in values and 4_000_000 in values


def test_a_hypothesis_comes_after_what_happened() -> None:
    ranked = _roles("Si la mairie recrutait 90 agents de plus, la dépense doublerait. Elle a embauché 60 agents cette année.")
    assert ranked["60"].score > ranked["90"].score


def test_the_value_a_change_arrives_at_with_its_noun_after_the_first() -> None:
    pytest.importorskip("spacy")
    ranked = _roles("Le nombre de décès sur les routes est passé de 3 400 victimes en 2019 à 2 900 en 2023, selon le bilan.")
    assert ranked["3 400"].role == "comparison" and ranked["2 900"].role not in ("comparison", "context")


def test_a_range_or_an_amount_in_another_currency_is_one_fact() -> None:
    ranked = _roles("Le cours de yoga coûte 8 ou 12 francs la semaine. Chaque licence a rapporté 6 000 dirhams, ou 560 euros, au village.")
    assert "8" not in ranked and "12 francs" in ranked  # the range once, by its end with the unit
    assert "560 euros" not in ranked and "6 000 dirhams" in ranked


def test_a_figure_within_a_range_or_after_a_ratio_is_no_qualifier() -> None:
    pytest.importorskip("spacy")
    ranked = _roles("L'abonnement annuel est onéreux : entre 30 et 35 mille francs.\n\n"
                    "C'est trois fois plus qu'en 2015 : le renouvellement coûtera à chaque club deux mille francs.")
    assert ranked["35 mille francs"].role != "context" and ranked["deux mille francs"].role != "context"


def test_an_equal_count_said_again_about_is_one_fact() -> None:
    from summarizer import Document, rank_key_figures

    text = "Les 600 pêcheurs du port ont fait grève. Quelque 600 marins ont bloqué le quai."
    assert [r.figure.value for r in rank_key_figures(Document.build(text))] == [600]


def test_the_top_or_bottom_of_a_ranking_of_places_is_a_detail() -> None:
    ranked = _roles("Le taux de réussite au baccalauréat atteint 88,1 % cette année, avec en tête la Bretagne, 93,4 %. "
                    "En queue du classement, la Guyane plafonne à 71,2 %.\n\nLes jurys ont délivré 612 000 diplômes.")
    for extreme in ("93,4 %", "71,2 %"):  # after the whole, and after the totals of the body
        assert ranked["88,1 %"].score > ranked[extreme].score and ranked["612 000"].score > ranked[extreme].score


def test_a_proposal_comes_after_what_happened() -> None:
    ranked = _roles("Le ministre propose de plafonner les aides à 5 millions d'euros. Les partis ont reçu 2 millions d'euros de dons.")
    assert ranked["2 millions d'euros"].score > ranked["5 millions d'euros"].score


def test_a_small_count_in_words_of_a_plural_noun_is_a_key_figure_after_the_totals() -> None:
    ranked = _roles("L'incendie a détruit 40 hectares de forêt. Quatre pompiers ont été blessés.")
    assert "Quatre" in ranked  # a count of people, written in words
    assert ranked["40 hectares"].score > ranked["Quatre"].score  # a detail beside the article's figures


def test_a_small_count_in_words_that_names_a_set_again_or_a_span_of_time_is_no_key_figure() -> None:
    ranked = _roles("Les trois usines du groupe ont produit 12 000 voitures. Elles tournent depuis cinq ans. "
                    "Ces deux sites emploient 900 ouvriers, et trois d'entre eux ont démissionné.")
    assert {"trois", "cinq", "deux"} & set(ranked) == set()
    assert {"12 000", "900"} <= set(ranked)
    each = _roles("Le conseil a rejeté chacune des quatre motions déposées.")
    assert "quatre" in each  # "chacune des quatre motions": what was rejected, counted


def test_what_could_or_should_have_been_comes_after_what_was() -> None:
    ranked = _roles("Le tunnel aurait dû mesurer 12 kilomètres. Il mesure finalement 9 kilomètres.")
    assert ranked["9 kilomètres"].score > ranked["12 kilomètres"].score


def test_a_bound_or_a_threshold_not_reached_comes_after_what_was_measured() -> None:
    ranked = _roles("La taxe frappe les patrimoines au-delà de 800 000 euros. Elle a rapporté 300 000 euros.")
    assert ranked["300 000 euros"].score > ranked["800 000 euros"].score
    below = _roles("La pétition a réuni 4 200 signatures, sans atteindre le seuil de 5 000 signatures.")
    assert below["4 200"].score > below["5 000"].score
    reached = _roles("La pétition a réuni 4 200 signatures, et a franchi le cap des 5 000 signatures.")
    gap = below["4 200"].score - below["5 000"].score
    assert gap > reached["4 200"].score - reached["5 000"].score + 0.5  # a milestone reached keeps its rank


def test_years_that_count_nothing_never_reach_the_key_figures() -> None:
    for text, year in (("L'abbaye de 1642 a été restaurée pour 3 millions d'euros.", 1642),
                       ("Le sculpteur (1598 - 1680) a laissé 120 statues.", 1680),
                       ("Le club a raté le mondial de 86 malgré ses 14 victoires.", 86)):  # fmt: skip
        values = [r.figure.value for r in _roles(text).values()]
        assert year not in values and values, text
    assert 1250 in [r.figure.value for r in _roles("Le village compte 1250 habitants.").values()]
    assert 1400 in [r.figure.value for r in _roles("Ils étaient 1400 à défiler dans le centre.").values()]


def test_a_decade_named_in_words_is_no_figure() -> None:
    ranked = _roles("Au début des années soixante-dix, le chantier naval employait 6 300 soudeurs. Dans les années trente, "
                    "il en comptait 900.")
    assert {"soixante-dix", "trente"} & set(ranked) == set()
    assert {"6 300", "900"} <= set(ranked)


def test_a_share_said_as_a_count_out_of_a_base_ranks_as_a_percentage() -> None:
    ranked = _roles("Le syndicat a déposé 14 recours. Sept vignerons sur dix ont perdu leur récolte.")
    assert "dix" not in ranked  # the base of the share, in words
    assert ranked["Sept"].score > ranked["14"].score  # a share of the whole, not a small count


def test_a_target_year_is_not_the_year_the_article_is_about() -> None:
    ranked = _roles("Le réseau a transporté 48 millions de voyageurs en 2024 et vise 60 millions à l'horizon 2031.")
    assert ranked["48 millions"].role != "comparison"  # the facts' year is 2024, not the target's


def test_a_group_named_in_the_sentence_before_is_no_group_of_the_figure() -> None:
    ranked = _roles("Dans la région\n\nOn recense 2 140 sinistres. Les assureurs ont versé 16 millions d'euros.")
    assert "group" not in dict(ranked["2 140"].terms)


def test_only_a_capitalised_word_after_a_is_a_place() -> None:
    ranked = _roles("Le préjudice est estimé à environ 40 millions d'euros. Les dons s'élèvent à hauteur de 6 millions d'euros. "
                    "Les guides touchent à Porto Alegre 9 dollars de l'heure.")
    assert "group" not in dict(ranked["40 millions d'euros"].terms) and "group" not in dict(ranked["6 millions d'euros"].terms)
    assert "group" in dict(ranked["9 dollars"].terms)
    assert "group" in dict(_roles("Les loyers ont monté de 4 % à Évry, selon l'agence.")["4 %"].terms)  # an accented capital


def test_a_forecast_comes_after_what_happened() -> None:
    ranked = _roles("La région a créé 9 400 emplois. Le budget de la formation atteindra 2,6 milliards d'euros l'an prochain.")
    assert ranked["9 400"].score > ranked["2,6 milliards d'euros"].score


def test_a_rate_per_a_round_number_is_no_small_count() -> None:
    ranked = _roles("Le département compte 3,8 médecins pour 1 000 habitants. Le centre a enregistré 14 décès pour 100 000 "
                    "patients. Il a ouvert 17 lits.")
    for rate in ("3,8", "14"):
        terms = dict(ranked[rate].terms)
        assert "small" not in terms and "size" not in terms and terms["kind"] == dict(ranked["17"].terms)["kind"] + 0.3
    assert ranked["14"].score > ranked["17"].score  # the level of a rate ranks above a small count


def test_a_section_or_list_number_is_no_figure() -> None:
    ranked = _roles("1. Les récoltes\n\nLa coopérative a livré 8 200 tonnes de riz.\n\n2) Les prix\n\nLe sac vaut 14 euros.\n\n"
                    "3 morts. Le bilan de la crue reste provisoire.")
    assert 1 not in [r.figure.value for r in ranked.values()] and 2 not in [r.figure.value for r in ranked.values()]
    assert {"8 200 tonnes", "14 euros", "3"} <= set(ranked)  # a count that opens a line is still a count


def test_a_figure_set_for_a_target_date_is_a_plan() -> None:
    ranked = _roles("Le syndicat des eaux a posé 310 kilomètres de conduites. Le schéma régional prévoit 45 réservoirs d'ici à 2032.")
    assert ranked["310 kilomètres"].score > ranked["45"].score
    assert "intention" not in dict(_roles("Le syndicat a posé 45 réservoirs depuis 2019.")["45"].terms)
    assert "intention" in dict(_roles("La commune aura 12 digues et 5 bassins d'ici à 2030.")["12"].terms)  # nouns joined share it


@pytest.mark.parametrize(
    ("text", "done"),
    [("Le réseau a transporté 48 millions de voyageurs en 2024 et vise 60 millions d'ici à 2031.", "48 millions"),
     ("La commune a planté 4 000 arbres, et en plantera autant à l'horizon 2030.", "4 000")],
)  # fmt: skip
def test_a_target_date_of_a_clause_joined_after_is_another_facts(text: str, done: str) -> None:
    assert "intention" not in dict(_roles(text)[done].terms)  # what was done; the plan is the next clause's


def test_a_small_count_an_intertitle_restates_is_colour_not_the_sections_measure() -> None:
    from summarizer import Document, rank_key_figures

    text = ("Le port de Kervalen agrandi\n\nLe conseil a voté l'extension du port, qui coûtera 48 millions d'euros.\n\n"
            "Un maire et ses 9 adjoints\n\nLe maire, entouré de ses 9 adjoints, a salué un vote serré.\n\n"
            "Selon la chambre de commerce, 3 200 emplois dépendent déjà des quais.")  # fmt: skip
    ranked = rank_key_figures(Document.build(text))
    by_value = {r.figure.value: dict(r.terms) for r in ranked}
    assert "intertitle" not in by_value[9]  # "ses 9 adjoints": a detail of colour, however it is set apart
    assert [r.figure.value for r in ranked].index(9) > [r.figure.value for r in ranked].index(3200)


def test_a_count_with_decimals_is_an_average_not_a_small_count() -> None:
    from summarizer import Document, rank_key_figures

    text = ("La natalité recule en Valdorie\n\nLa fécondité est tombée à 1,4 enfant par femme l'an passé, "
            "selon l'office de la statistique, qui a interrogé 6 familles de chaque canton.")  # fmt: skip
    terms = {r.figure.text: dict(r.terms) for r in rank_key_figures(Document.build(text))}
    assert "small" not in terms["1,4"]  # no one has 1.4 children: a rate, not a detail beside the totals
    assert "small" in terms["6"]


def test_a_figure_deep_in_a_long_article_ranks_after_the_same_figure_told_earlier() -> None:
    # past the first paragraphs "later" is flat; the depth in the whole article still tells the closing paragraphs
    filler = [f"Le comité de quartier numéro {n} s'est réuni sans voter." for n in range(14)]
    filler[8] = "Le chantier du port a mobilisé 1 200 ouvriers."
    filler[13] = "Le chantier du pont a mobilisé 1 500 ouvriers."
    ranked = _roles("Le conseil municipal a voté le budget.\n\n" + "\n\n".join(filler))
    deep, earlier = dict(ranked["1 500"].terms), dict(ranked["1 200"].terms)
    assert deep["later"] == earlier["later"] and deep["depth"] < earlier["depth"] < 0
    assert ranked["1 200"].score > ranked["1 500"].score


def test_a_count_in_the_english_grouping_is_no_part_of_a_smaller_total() -> None:
    # "48,000 exposants" may be read 48 (a French decimal): read at its largest it is no part of the 420 said before
    ranked = _roles("La foire a accueilli 420 exposants cette année.\n\n"
                    "Le pays compte 48,000 exposants inscrits et 15 exposants invités.")  # fmt: skip
    assert ranked["48,000"].role != "comparison"
    parts = _roles("La foire a accueilli 420 exposants cette année.\n\nLe salon compte 48 exposants inscrits et 15 exposants invités.")
    assert parts["48"].role == "comparison"  # small counts of the same noun, said after: parts of the total
