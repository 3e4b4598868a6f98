"""Figure false alarms found by the metamorphic faithful set (evaluation.rescaled), and the team's faithful pairs.

Every sentence here is written for this file (none is taken from a data set). Each test states a kind of case the
rescaled set showed as a false alarm; the last tests hold the generator to its contract (deterministic, no checker)
and the packaged faithful pairs (evaluation/data/figures_faithful.tsv) to "none is flagged".
"""

from __future__ import annotations

from pathlib import Path

import pytest

from evaluation import parallel, rescaled
from summarizer import extract_figures
from summarizer.checks.figures import check_pair

FAITHFUL = Path(rescaled.__file__).resolve().parent / "data" / "figures_faithful.tsv"
KINDS = Path(rescaled.__file__).resolve().parent / "data" / "figures_faithful_kinds.tsv"


def _read(text: str, lang: str) -> list[tuple[str, object, str]]:
    return [(f.text, f.value, str(f.kind)) for f in extract_figures(text, lang)]


# --------------------------------------------------------------------------- kinds the rescaled set revealed


def test_a_french_digital_clock_after_a_preposition_is_a_time() -> None:
    assert _read("Le train est arrivé vers 18:40.", "fr") == [("18:40", "T18:40", "time")]
    assert check_pair("Le train est arrivé vers 18:40.", "The train arrived at around 6:40 pm.").ok
    assert check_pair("La séance reprendra dès 9:15.", "The session will resume from 9:15 am.").ok
    # a changed time is still a change
    assert not check_pair("Le train est arrivé vers 18:40.", "The train arrived at around 6:10 pm.").ok
    # without a preposition of time the digits are no clock ("le verset 3:16")
    assert _read("Il a cité le verset 3:16.", "fr") == []


def test_noon_and_midnight_after_a_preposition_are_times() -> None:
    assert _read("La mairie ferme à midi.", "fr") == [("midi", "T12:00", "time")]
    assert check_pair("La mairie ferme à midi.", "The town hall closes at 12 noon.").ok
    assert check_pair("Le couvre-feu débute à 0 h.", "The curfew begins at midnight.").ok
    assert check_pair("Le guichet ouvre de midi à 14 h.", "The counter opens from noon to 2 pm.").ok
    assert not check_pair("Le couvre-feu débute à minuit.", "The curfew begins at noon.").ok
    # not a time: a region, a part of the day, a noun after "de" ("le soleil de midi"), "the midday sun"
    assert _read("Le Midi a connu un été sec.", "fr") == [] and _read("Il viendra dans l'après-midi.", "fr") == []
    assert _read("Le soleil de midi brûlait.", "fr") == [] and _read("The midday sun was burning.", "en") == []


def test_hours_after_il_y_a_or_past_a_day_are_a_duration() -> None:
    assert _read("Le bateau a quitté le port il y a 14 heures.", "fr") == [("14 heures", 14, "duration")]
    assert check_pair("Le bateau a quitté le port il y a 14 heures.", "The boat left port 14 hours ago.").ok
    assert check_pair("Le patient a été opéré à 72 heures de son admission.", "The patient was operated on 72 hours after admission.").ok
    assert _read("La réunion a commencé à 9 heures.", "fr") == [("9 heures", "T09:00", "time")]


def test_the_two_ends_of_a_range_count_one_noun() -> None:
    assert check_pair("Chaque stand accueille 35 à 40 exposants.", "Each stand hosts 35 to 40 exhibitors.").ok
    assert check_pair("Les pompiers ont secouru 14 à 18 randonneurs.", "Firefighters rescued 14 to 18 hikers.").ok
    # two counts side by side are not a range: their nouns exchanged are still a change
    assert not check_pair("L'accident a fait 4 morts et 11 blessés.", "The accident left 4 injured and 11 dead.").ok


def test_an_adjective_after_the_french_noun_is_its_own_when_the_parse_reads_the_noun_alone() -> None:
    # English turns "étoiles candidates" into "stellar candidates": the French noun's own adjective names the English noun
    assert check_pair("L'agence a recensé 2,480 étoiles candidates depuis mars, et 40 comètes.",
                      "The agency has listed 2,480 stellar candidates since March, and 40 comets.").ok  # fmt: skip
    # a noun counted by another figure is still an exchange
    assert not check_pair("L'agence a recensé 2 480 étoiles filantes depuis mars, et 40 comètes.",
                          "The agency has listed 2,480 comets since March, and 40 shooting stars.").ok  # fmt: skip


def test_an_english_amount_in_words_takes_its_unit_after_of() -> None:
    assert _read("Workers moved hundreds of tonnes of rubble.", "en") == [("hundreds of tonnes", 100, "measure")]
    assert check_pair("Les ouvriers ont déplacé des centaines de tonnes de gravats.", "Workers moved hundreds of tonnes of rubble.").ok
    assert check_pair("La glace s'est formée en des milliers d'années.", "The ice formed over thousands of years.").ok
    # digits never take "of" a unit: "5 of the 10 kilometres" keeps its count
    assert _read("He ran 5 of the 10 kilometres.", "en")[0] == ("5", 5, "count")


def test_a_french_spelled_scale_and_a_half() -> None:
    assert _read("Le pays compte quatre millions et demi d'électeurs.", "fr") == [("quatre millions et demi", 4_500_000, "count")]
    assert check_pair("Le pays compte quatre millions et demi d'électeurs.", "The country has 4.5 million voters.").ok
    assert not check_pair("Le pays compte quatre millions et demi d'électeurs.", "The country has 4 million voters.").ok


def test_half_a_point_of_a_rate() -> None:
    assert _read("Le chômage a reculé d'un demi-point.", "fr") == [("un demi-point", 0.5, "percent")]
    assert check_pair("Le chômage a reculé de 0,5 point.", "Unemployment fell by half a point.").ok
    assert check_pair("Le chômage a reculé d'un demi-point.", "Unemployment fell 0.5 percentage points.").ok
    assert not check_pair("Le chômage a reculé d'un demi-point.", "Unemployment fell 1.5 percentage points.").ok
    assert not check_pair("Le chômage a reculé d'un demi-point.", "Unemployment rose by half a point.").ok


def test_celsius_written_as_a_glued_capital_c() -> None:
    assert _read("The thermometer showed 38C at noon.", "en")[0][2] == "measure"
    assert check_pair("Le thermomètre affichait 38 °C à midi.", "The thermometer showed 38C at noon.").ok
    assert not check_pair("Le thermomètre affichait 38 °C à midi.", "The thermometer showed 38F at noon.").ok


# --------------------------------------------------------------------------- the generator


OWN = [
    parallel.Pair(1, "La mairie a recensé 1 234 logements vides en 2019, soit 12,5 % du parc.",
                  "The town hall counted 1,234 empty homes in 2019, or 12.5% of the housing stock.", "fr"),
    parallel.Pair(2, "Le chantier a coûté 3 millions d'euros et duré 14 mois.", "The work cost €3 million and lasted 14 months.", "fr"),
    parallel.Pair(3, "La police a interpellé 23 manifestants le 12 mars.", "Police arrested 23 protesters on March 12.", "fr"),
]  # fmt: skip


def test_the_substitutions_are_deterministic_and_never_call_a_checker(monkeypatch) -> None:
    import summarizer.checks.figures

    monkeypatch.setattr(summarizer.checks.figures, "check_pair", lambda *a: pytest.fail("the generator called the checker"))
    first, second = rescaled.rescaled_cases(OWN), rescaled.rescaled_cases(OWN)
    assert first == second
    kinds = {kind for _, kind, _, _ in first}
    assert {"value_changed", "value_grouped", "year_shifted", "date_shifted", "scale_changed", "currency_changed", "spelled",
            "approximation", "range", "clock_time", "ordinal", "rate", "season"} <= kinds  # fmt: skip


def test_each_value_is_written_in_its_language_format() -> None:
    made = {(kind, fr, en) for _, kind, fr, en in rescaled.rescaled_cases(OWN[:1]) if kind == "value_grouped"}
    assert made
    for _, fr, en in made:
        assert "," in en and "," not in fr.split("logements")[0].split("recensé")[1]
    assert rescaled.french_words(71) == "soixante et onze" and rescaled.french_words(80) == "quatre-vingts"
    assert rescaled.english_words(42) == "forty-two"


def test_the_rescaled_own_pairs_raise_no_flag() -> None:
    report = rescaled.evaluate(OWN)
    assert report["cases"] >= 20 and report["false_alarms"] == 0, report["flagged"]


def test_without_the_data_the_rescaled_set_says_so(tmp_path: Path, capsys) -> None:
    assert rescaled.main(["--data", str(tmp_path / "absent")]) == 0
    assert "no parallel data" in capsys.readouterr().out


# --------------------------------------------------------------------------- the team's faithful pairs


def _faithful() -> list[tuple[str, str, str]]:
    return rescaled.read_faithful(FAITHFUL)


def test_the_faithful_pairs_are_varied() -> None:
    rows = _faithful()
    assert 30 <= len(rows) <= 50
    assert len({kind for kind, _, _ in rows}) >= 12


def test_the_kinds_set_covers_the_kinds_of_issue_19() -> None:
    rows = rescaled.read_faithful(KINDS)
    assert len(rows) >= 80
    assert {"clock", "date", "spelled", "approximate", "fraction", "range", "season", "glued_unit", "cents", "broadcast",
            "rank", "quarter", "percent", "decimal", "negative", "temperature", "score", "age"} <= {k for k, _, _ in rows}  # fmt: skip


def test_the_faithful_report_counts_both_files() -> None:
    report = rescaled.faithful_report(checker=lambda fr, en: "G7" in fr)
    assert set(report) == {"figures_faithful.tsv", "figures_faithful_kinds.tsv", "figures_faithful_probes.tsv"}
    assert report["figures_faithful_kinds.tsv"]["false_alarms"] == 1
    assert report["figures_faithful_kinds.tsv"]["by_kind"]["spelled"]["false_alarms"] == 1


@pytest.mark.parametrize(("kind", "fr", "en"), _faithful())
def test_no_faithful_pair_is_flagged(kind: str, fr: str, en: str) -> None:
    report = check_pair(fr, en)
    assert report.ok, f"{kind}: {report.describe()}"


def test_the_team_faithful_files_stay_at_their_measured_floor() -> None:
    report = rescaled.faithful_report()
    # measured in round 9: the kinds set 0 of 102 flagged (6 before it), the lead's probes 1 of 162 (22 before it)
    assert report["figures_faithful_kinds.tsv"]["false_alarms"] == 0, report["figures_faithful_kinds.tsv"]["flagged"]
    assert report["figures_faithful_probes.tsv"]["false_alarms"] <= 1, report["figures_faithful_probes.tsv"]["flagged"]
