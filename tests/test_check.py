"""One check, one report: figures, names and negation; the registry; the run, the CLI and the page show it; no parser."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from builders import ScriptedTranslator

from summarizer import TranslateOptions, check, check_figures, parsing, translate
from summarizer.checks import CHECKS, Check, IssueKind, Severity, get_check
from summarizer.cli import main
from summarizer.webapp import render_aligned

PARSERS = parsing.available("fr") and parsing.available("en")
needs_parsers = pytest.mark.skipif(not PARSERS, reason="spaCy parsers not installed")

FR = "Le Maroc n'a pas signé l'accord de 2019, selon Karim Benali."
EN_FAITHFUL = "Morocco did not sign the 2019 agreement, according to Karim Benali."
EN_BROKEN = "Algeria signed the 2018 agreement, according to Karim Benali."


def test_the_registry_builds_checks_by_name_and_lists_the_valid_ones() -> None:
    assert {"figures", "names", "negation"} <= set(CHECKS)
    assert all(isinstance(get_check(name), Check) for name in CHECKS)
    with pytest.raises(ValueError, match="valid: figures, names, negation"):
        get_check("spelling")
    with pytest.raises(ValueError, match="unknown check 'spelling'"):
        check("Un.", "One.", checks=("spelling",))


def test_issue_kinds_are_strings() -> None:
    assert IssueKind.NAME == "name" and f"{IssueKind.NEGATION}" == "negation" and str(IssueKind.FIGURE) == "figure"
    assert Severity.INFO == "info"


@needs_parsers
def test_one_report_holds_every_kind() -> None:
    assert check(FR, EN_FAITHFUL).ok
    report = check(FR, EN_BROKEN)
    kinds = {str(i.kind) for i in report.warnings}
    assert kinds == {"figure", "name", "negation"}
    name = report.of("name")[0]
    assert name.code == "replaced" and name.source == "Maroc" and name.translation == "Algeria"
    assert FR[slice(*name.source_span)] == "Maroc" and EN_BROKEN[slice(*name.translation_span)] == "Algeria"
    data = report.to_dict()
    assert set(data["issues"]) == {"figure", "name", "negation"} and data["ok"] is False
    assert json.loads(json.dumps(data)) == data


@needs_parsers
def test_the_figure_check_is_unchanged() -> None:
    figures = check_figures(FR, EN_BROKEN)
    report = check(FR, EN_BROKEN)
    assert [i.source for i in report.of("figure") if i.code == "missing"] == [f.text for f in figures.missing]
    assert [i.translation for i in report.of("figure") if i.code == "unexpected"] == [f.text for f in figures.unexpected]


@needs_parsers
def test_a_text_of_several_sentences_gives_offsets_in_the_whole_texts() -> None:
    fr = "Le ministre est arrivé hier. Il ne parlera pas à Lyon."
    en = "The minister arrived yesterday. He will speak in Lyon."
    issue = check(fr, en, checks=("negation",)).issues[0]
    assert fr[slice(*issue.source_span)] == "ne"


def test_without_the_parsers_figures_are_checked_alone_and_the_report_says_so(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(parsing, "available", lambda lang: False)
    report = check(FR, EN_BROKEN)
    assert {str(i.kind) for i in report.issues} == {"figure"}
    assert report.checked == [IssueKind.FIGURE]
    assert any("names and negation not checked" in note for note in report.notes)


def test_the_run_says_once_that_names_and_negation_were_not_checked(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(parsing, "available", lambda lang: False)
    result = translate(FR, translator=ScriptedTranslator(lambda s: [EN_BROKEN]), repair=False)
    assert sum("names and negation not checked" in w for w in result.warnings) == 1
    assert {f.code for f in result.segments[0].flags} == {"figures"}


@needs_parsers
def test_a_sentence_too_long_to_parse_is_not_checked_and_never_raises() -> None:
    fr = "Le Maroc n'a pas signé. " * 120
    report = check(fr, "Algeria signed. " * 120, checks=("names", "negation"), segments=[(fr, "Algeria signed. " * 120)])
    assert report.ok and any("longer than" in note for note in report.notes)


@needs_parsers
def test_the_run_flags_names_and_negation_and_never_rewrites_them() -> None:
    translator = ScriptedTranslator(lambda s: [EN_BROKEN.replace("2018", "2019")])
    result = translate(FR, translator=translator)
    sentence = result.segments[0]
    codes = {f.code for f in sentence.flags}
    assert {"name", "negation"} <= codes and "repaired" not in codes
    assert sentence.translation == EN_BROKEN.replace("2018", "2019")  # flagged, not rewritten
    data = sentence.to_dict()
    assert data["checks"]["issues"]["name"][0]["source"] == "Maroc"
    assert json.loads(json.dumps(result.to_dict()))["segments"][0]["flagged"] is True


@needs_parsers
def test_the_run_asks_the_model_for_the_names_it_cannot_find_in_one_batch() -> None:
    fr = "Les Frères musulmans ont gagné. Les Frères musulmans ont perdu."
    english = {"Les Frères musulmans ont gagné.": "The Muslim Brotherhood won.", "Les Frères musulmans ont perdu.": "The Brotherhood lost.",
               "Frères musulmans": "Muslim Brotherhood"}  # fmt: skip
    translator = ScriptedTranslator(lambda s: [english.get(s, s)])
    result = translate(fr, translator=translator, first_batch_sentences=0)
    asked = [call for call in translator.calls if "Frères musulmans" in call]
    assert asked == [["Frères musulmans"]]  # one batch, each name once
    assert not any(f.code == "name" for s in result.segments for f in s.flags)


@needs_parsers
def test_the_page_highlights_names_in_both_columns_and_gives_the_reason() -> None:
    result = translate(FR, translator=ScriptedTranslator(lambda s: [EN_BROKEN.replace("2018", "2019")]))
    html = render_aligned(result)
    assert "Karim Benali: found in the English" in html
    assert html.count(">Karim Benali</mark>") == 2
    assert "&#x27;Maroc&#x27; written &#x27;Algeria&#x27;" in html or "'Maroc' written 'Algeria'" in html


def test_a_figure_whose_meaning_changed_is_an_issue_of_the_one_report(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # the value kept, the meaning not: the one report and the CLI say what changed, as check_figures does
    fr, en = "Les loyers ont reculé de 4 % et plus de 800 familles attendent.", "Rents rose by 4% and fewer than 800 families wait."
    assert {c.attribute for c in check_figures(fr, en).changed} == {"direction", "comparator"}
    report = check(fr, en, checks=("figures",))
    assert not report.ok and sorted(i.code for i in report.of("figure")) == ["comparator", "direction"]
    issue = next(i for i in report.of("figure") if i.code == "direction")
    assert fr[slice(*issue.source_span)] == "4 %" and en[slice(*issue.translation_span)] == "4%" and "fall -> rise" in issue.message
    (tmp_path / "fr.txt").write_text(fr, encoding="utf-8")
    (tmp_path / "en.txt").write_text(en, encoding="utf-8")
    assert main(["check", str(tmp_path / "fr.txt"), str(tmp_path / "en.txt")]) == 1
    assert capsys.readouterr().out.count("CHANGED") == 2
    assert main(["check", str(tmp_path / "fr.txt"), str(tmp_path / "en.txt"), "--json"]) == 1
    assert [i["code"] for i in json.loads(capsys.readouterr().out)["issues"]["figure"]] == ["direction", "comparator"]


@needs_parsers
def test_cli_check_reports_the_issues_by_kind(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    fr, en = tmp_path / "fr.txt", tmp_path / "en.txt"
    fr.write_text(FR, encoding="utf-8")
    en.write_text(EN_FAITHFUL, encoding="utf-8")
    assert main(["check", str(fr), str(en), "--json", "--parse"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert {"matched", "missing", "unexpected"} <= set(data)  # the figures, as before
    assert data["issues"] == {"figure": [], "name": [], "negation": []}
    en.write_text(EN_BROKEN.replace("2018", "2019"), encoding="utf-8")
    assert main(["check", str(fr), str(en), "--json", "--parse"]) == 1
    data = json.loads(capsys.readouterr().out)
    assert data["missing"] == [] and [i["code"] for i in data["issues"]["name"]] == ["replaced"]
    assert main(["check", str(fr), str(en), "--parse"]) == 1
    out = capsys.readouterr().out
    assert "NAME" in out and "NEGATION" in out
    # without --parse the parsers are not loaded: names and negation are said not checked, never passed
    main(["check", str(fr), str(en), "--json"])
    captured = capsys.readouterr()
    assert "--parse" in captured.err and "name" not in json.loads(captured.out)["checked"]


def test_options_reach_the_run() -> None:
    assert TranslateOptions.build(repair=False).repair is False


@needs_parsers
def test_critical_evaluation_floors_on_the_first_dev_pairs() -> None:
    """A regression floor just under the measured values, on the first 150 pairs of the tuning part (12 s)."""
    from evaluation import critical

    data = critical.DEFAULT_DATA
    if not (data / "fr.txt").exists():
        pytest.skip("../shared/data/parallel-dev is not on this machine")
    pairs = [p for p in critical.load_pairs(data) if p.part == "tuning"][:150]
    result = critical.evaluate(pairs)
    assert result["false_alarm_share"] <= 0.01  # measured 0.0
    recall = {kind: row["share"] for kind, row in result["recall"].items()}
    assert recall["name-replaced"] >= 0.89 and recall["name-removed"] >= 0.92  # measured 0.900, 0.933
    assert recall["negation-added"] >= 0.98 and recall["negation-removed"] >= 0.97  # measured 1.000 (94/94), 1.000 (37/37)


def test_held_out_split_is_a_fixed_rule() -> None:
    from evaluation.critical import Pair

    parts = {Pair(i, "", "", f"doc/{i}").part for i in range(30)}
    assert parts == {"tuning", "held-out"}
    assert Pair(1, "a", "b", "doc/7").part == Pair(2, "c", "d", "doc/7").part
