"""Lines a reader can quote, read from the English parse of a checked translation (summarizer.quotes)."""

from __future__ import annotations

import pytest

from summarizer import parsing, quotes
from summarizer.figures import extract_figures
from summarizer.quotes import read_quote

pytest.importorskip("spacy")
if not parsing.available("en"):
    pytest.skip("the English parser is not installed", allow_module_level=True)


def _quote(sentence: str, text: str):
    figure = next(f for f in extract_figures(sentence, "en") if f.text == text)
    return read_quote(sentence, figure)


@pytest.mark.parametrize(
    ("sentence", "figure", "line", "noun", "event"),
    [
        ("Customs officers foiled 3,412 smuggling attempts in 2021.", "3,412",
         "Customs officers foiled 3,412 smuggling attempts in 2021", "attempt", "foil"),
        ("The spring was marked by the dismantling of 57 drug networks operating near the border.", "57",
         "The spring was marked by the dismantling of 57 drug networks", "network", "dismantling"),
        ("In 2020, 1,875 refugees were resettled, the agency said on Tuesday.", "1,875",
         "In 2020, 1,875 refugees were resettled", "refugee", "resettle"),
        ("The coast guard did not rescue 60 fishermen.", "60", "The coast guard did not rescue 60 fishermen", "fisherman", "rescue"),
        ("Sales of electric cars rose to 9.3% of the market last year, according to the federation.", "9.3%",
         "Sales of electric cars rose to 9.3% of the market last year", "sale", "rise"),
        ("The city plans to cut its debt to 2.5% of revenue by 2030.", "2.5%", "The city plans to cut its debt to 2.5% of revenue by 2030",
         "debt", "cut"),
        ("The strike caused a 12% drop in the number of passengers.", "12%", "The strike caused a 12% drop in the number of passengers",
         "number", "drop"),
    ],
)  # fmt: skip
def test_the_line_is_the_clause_cut_to_subject_verb_noun_time_and_place(sentence, figure, line, noun, event) -> None:
    quote = _quote(sentence, figure)
    assert quote is not None
    assert quote.line == line
    assert quote.noun_lemma == noun and quote.event_lemma == event
    words = sentence.rstrip(".").replace(", ", " ").split()
    assert all(w in words for w in quote.line.replace(", ", " ").split())  # only words of the sentence


def test_asides_are_cut_and_the_figure_kept() -> None:
    sentence = "The police, which had been criticised for months, arrested 412 smugglers in Spain last week and seized two boats."
    quote = _quote(sentence, "412")
    assert quote is not None
    assert "criticised" not in quote.line and "boats" not in quote.line  # a relative clause, another conjunct
    assert "412 smugglers" in quote.line and quote.line.startswith("The police arrested")
    assert quote.place == "in Spain" and quote.time == "last week"


def test_negation_is_kept_in_the_event_and_the_label() -> None:
    quote = _quote("Nearly 14% of pensioners do not own a home.", "14%")
    assert quote is not None and quote.negated
    assert "not" in quote.event and "not" in quote.label and "not" in quote.line
    assert quote.noun_lemma == "pensioner"


def test_the_label_says_the_noun_and_the_event_in_the_sentence_order() -> None:
    assert _quote("Customs officers foiled 3,412 smuggling attempts.", "3,412").label == "foiled smuggling attempts"
    assert _quote("The year saw the closure of 57 rural schools.", "57").label == "closure of rural schools"
    assert _quote("About 900 workers were laid off.", "900").label.startswith("workers")


@pytest.mark.parametrize("sentence", ["", "   ", "42", "%%% 17 ,,,"])
def test_bad_input_gives_no_line_never_an_error(sentence: str) -> None:
    figures = extract_figures(sentence, "en")
    for figure in figures:
        quote = read_quote(sentence, figure)
        assert quote is None or figure.text in quote.line


def test_a_figure_outside_the_sentence_gives_no_line() -> None:
    figure = extract_figures("They hired 300 nurses.", "en")[0]
    assert read_quote("Short.", figure) is None


def test_without_the_english_parser_every_read_falls_back(monkeypatch) -> None:
    quotes.available.cache_clear()
    monkeypatch.setattr(parsing, "available", lambda lang: False)
    try:
        assert read_quote("They hired 300 nurses.", extract_figures("They hired 300 nurses.", "en")[0]) is None
    finally:
        quotes.available.cache_clear()


def test_each_figure_keeps_its_own_noun_and_no_other_figures_phrase() -> None:
    sentence = "Officials said 5,200 people had been infected, including 310 deaths in Mali, while Niger reported 900 cases."
    infected, deaths, cases = (_quote(sentence, text) for text in ("5,200", "310", "900"))
    assert infected.noun_lemma == "people" and infected.event_lemma == "infect"
    assert "310" not in infected.line and infected.place == ""  # another figure's phrase is neither its place nor its line
    assert deaths.noun_lemma == "death" and cases.noun_lemma == "case"
    assert "Niger" in cases.line and "Mali" not in cases.line  # one country's figure is not given to another


def test_a_line_keeps_what_happened_not_the_next_word() -> None:
    quote = _quote("According to the report, 980 smuggling rings active along the coast were broken up last year.", "980")
    assert quote is not None and quote.event_lemma == "break" and "broken up" in quote.line
    assert quote.time == "last year"


def test_a_change_after_an_object_is_said_of_that_object() -> None:
    quote = _quote("The agency counted 7,300 asylum requests, up 12% on a year.", "12%")
    assert quote is not None and quote.noun_lemma == "request" and quote.event_lemma == "up"


@pytest.mark.parametrize(
    ("sentence", "figure", "line"),
    [
        ("The port authority said it had inspected 8,250 containers in March.", "8,250",
         "The port authority said it had inspected 8,250 containers in March"),
        ("The bakery chain, which was founded in 1994, announced that it would open 45 shops.", "45",
         "The bakery chain announced it would open 45 shops"),
    ],
)  # fmt: skip
def test_a_pronoun_subject_keeps_who_said_it(sentence: str, figure: str, line: str) -> None:
    """A line whose subject is a pronoun keeps the named subject that reported the clause, so it says who acted."""
    quote = _quote(sentence, figure)
    assert quote is not None and quote.line == line


def test_a_pronoun_without_a_named_reporter_keeps_the_clause() -> None:
    quote = _quote("They counted 640 votes in May.", "640")
    assert quote is not None and quote.line == "They counted 640 votes in May"
