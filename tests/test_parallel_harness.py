"""The harness of evaluation.parallel: deterministic, checker-free injections, and a clean skip without the data."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from evaluation import parallel

# pairs written for this test (not from the dev set): French, then an English that keeps every figure
OWN = [
    parallel.Pair(1, "Le ministère a recensé 40 589 tentatives en 2022, soit 12,5 % de plus.",
                  "The ministry recorded 40,589 attempts in 2022, 12.5% more.", "fr"),
    parallel.Pair(2, "Le budget atteint 1,2 milliard d'euros, contre 900 millions en 2019.",
                  "The budget reaches €1.2 billion, against 900 million in 2019.", "fr"),
    parallel.Pair(3, "La route mesure 15 km et coûte 3 millions de dollars.", "The road is 15 km long and costs $3 million.", "fr"),
]  # fmt: skip


def test_injections_are_deterministic_and_never_call_a_checker(monkeypatch) -> None:
    import summarizer.checks.figures

    monkeypatch.setattr(summarizer.checks.figures, "check_pair", lambda *a: pytest.fail("the generator called the checker"))
    first, second = parallel.injected_cases(OWN), parallel.injected_cases(OWN)
    assert first == second and len(first) >= 15
    kinds = {kind for _, kind, _ in first}
    assert {"digit_changed", "figure_dropped", "scale_swapped", "swapped", "year_changed", "unit_changed"} <= kinds
    assert all(altered != pair.en for pair, _, altered in first)


def test_both_checkers_are_scored_side_by_side() -> None:
    report = parallel.evaluate(OWN)
    for name in ("summarizer", "pofilter_numbers"):
        row = report[name]
        assert row["flags"] == 0  # these translations keep every figure
        assert row["injected_cases_scored"] == 20
    # measured on these pairs: ours catches every injected error, translate-toolkit's pofilter 40% of them
    assert report["summarizer"]["injected_recall"] == 1.0 and report["pofilter_numbers"]["injected_recall"] <= 0.5
    assert report["summarizer"]["recall_by_type"]["scale_swapped"]["recall"] == 1.0


def test_without_the_data_the_harness_says_so(tmp_path: Path, capsys) -> None:
    assert parallel.main(["--data", str(tmp_path / "absent")]) == 0
    assert "no parallel data" in capsys.readouterr().out


def test_on_the_dev_set_when_it_is_there() -> None:
    if not (parallel.DEFAULT_DATA / "fr.txt").exists():
        pytest.skip("../shared/data/parallel-dev is not on this machine")
    pairs = parallel.load_pairs(parallel.DEFAULT_DATA)
    report = parallel.evaluate(pairs)
    assert report["pairs_with_digit"] == 531 and report["injected_cases"] >= 1000
    # measured after the review round (meaning8): 14 flags (2.6%, French-original 2.0%), 12 real changes and 2 false
    # alarms (held-out lines, labelled); recall 99.6%, swapped 97.9%, rewrites 0.0%; the ceilings sit just above
    ours, peer = report["summarizer"], report["pofilter_numbers"]
    assert ours["flag_rate"] <= 0.027 and ours["flag_rate_french_original"] <= 0.021
    assert ours["unlabelled_lines"] == [] and ours["false_alarm_rate"] <= 0.004  # every flag explained
    assert ours["injected_recall"] >= 0.99 and ours["recall_by_type"]["swapped"]["recall"] >= 0.96
    assert ours["rewrites_flagged"] <= 0.005
    # ahead of translate-toolkit's pofilter on both false alarms and recall
    assert peer["unlabelled_lines"] == [] and ours["false_alarm_rate"] < peer["false_alarm_rate"]
    assert ours["injected_recall"] > peer["injected_recall"]
    # errors of meaning (issue 19), measured: 93.7% of 715 caught, 0 of 101 harmless rewordings flagged; each part reported
    assert ours["meaning_recall"] >= 0.93 and ours["meaning_rewrites_flagged"] <= 0.005
    # measured on all pairs (no noun translation): counted nouns exchanged 100% of 7, a count's noun replaced 73.1% of 52
    # (36 sentences; 82.7% before the review round dropped lexicon entries chosen from dev text), directions reversed
    # 86.0% of 50 (14 sentences), comparators inverted 96.4% of 55
    by_type = ours["meaning_recall_by_type"]
    assert by_type["nouns_exchanged"]["recall"] >= 0.99 and by_type["noun_replaced"]["recall"] >= 0.72
    assert by_type["direction_reversed"]["recall"] >= 0.85 and by_type["direction_reversed"]["cases"] >= 50
    assert by_type["comparator_inverted"]["recall"] >= 0.96
    assert by_type["figure_repeated"]["recall"] >= 0.98
    assert by_type["spelled_changed"]["recall"] >= 0.94
    assert by_type["unit_same_number"]["recall"] >= 0.99
    held = report["parts"]["held_out"]["summarizer"]
    # the held-out part, measured once after the review round: 2 false alarms of 146 pairs (1.4%: line 2863, a noun in a
    # sense the lexicon lacks, and a scale word of another figure read as a noun again, once the review round narrowed
    # what cancels a noun change)
    assert held["false_alarm_rate"] <= 0.014 and held["flag_rate"] <= 0.04 and held["meaning_rewrites_flagged"] <= 0.01
    assert ours["meaning_recall"] > peer["meaning_recall"]


# pairs written for this test: comparators, changes, spelled numbers, units and counted nouns to inject into
MEANING = [
    parallel.Pair(11, "Plus de 2 500 élèves ont été inscrits, soit environ 300 de plus.",
                  "More than 2,500 pupils were enrolled, about 300 more.", "fr", "doc/a"),
    parallel.Pair(12, "Les ventes ont augmenté de 4,5 % en un an.", "Sales rose by 4.5% in a year.", "fr", "doc/b"),
    parallel.Pair(13, "Le chantier durera cinq semaines et la route fait 12 km.",
                  "The work will last five weeks and the road is 12 km long.", "fr", "doc/c"),
    parallel.Pair(14, "L'accident a fait 4 morts et 17 blessés.", "The accident left 4 dead and 17 injured.", "fr", "doc/d"),
]  # fmt: skip


def test_meaning_injections_are_deterministic_and_never_call_a_checker(monkeypatch) -> None:
    import summarizer.checks.figures

    monkeypatch.setattr(summarizer.checks.figures, "check_pair", lambda *a: pytest.fail("the generator called the checker"))
    first, second = parallel.meaning_cases(MEANING), parallel.meaning_cases(MEANING)
    assert first == second
    assert {kind for _, kind, _ in first} == set(parallel.MEANING_INJECTIONS)
    assert all(altered != pair.en for pair, _, altered in first)
    by_kind = {kind: altered for pair, kind, altered in first if pair.line in (11, 12, 13)}
    assert "Less than 2,500" in by_kind["comparator_inverted"] or "less" in by_kind["comparator_inverted"].lower()
    reversed_to = re.fullmatch(r"Sales (\w+(?: \w+)?) by 4\.5% in a year\.", by_kind["direction_reversed"])
    words = [w for form in ("past", "ed", "phrasal past") for w in parallel._column(form, False, wide=True)]
    assert reversed_to and reversed_to.group(1).replace(" ", "_") in words
    rewordings = parallel.meaning_rewrite_cases(MEANING)
    assert {"more_than_over_about_some", "rose_increased"} <= {kind for _, kind, _ in rewordings}


def test_the_split_is_by_document_and_fixed() -> None:
    import zlib

    pairs = [parallel.Pair(i, "", "", "fr", f"doc/{i % 7}") for i in range(60)]
    assert all(p.held_out == (zlib.crc32(p.docid.encode()) % 3 == 0) for p in pairs)
    by_doc: dict[str, set[bool]] = {}
    for p in pairs:
        by_doc.setdefault(p.docid, set()).add(p.held_out)
    assert all(len(parts) == 1 for parts in by_doc.values())  # a document is never split between the parts


def test_meaning_errors_are_caught_and_rewordings_pass_on_written_pairs() -> None:
    report = parallel.evaluate(MEANING, {"summarizer": parallel.ours})
    row = report["summarizer"]
    assert row["flags"] == 0 and row["meaning_rewrites_flagged"] == 0.0
    assert row["meaning_recall"] >= 0.9 and row["meaning_recall_cases"] >= 6
    assert set(report["parts"]) == {"tuning", "held_out"}


def test_directions_are_reversed_in_several_forms_and_passives_stay_passive() -> None:
    import random

    sentence = "Exports rose 6% last year."
    forms = {parallel._direction_reversed(sentence, random.Random(seed)) for seed in range(40)}
    assert len(forms) >= 3 and all(f and "rose" not in f for f in forms)  # "fell", "dropped", "declined"...
    passive = {parallel._direction_reversed("The fee was reduced by 9%.", random.Random(seed)) for seed in range(20)}
    raised = "|".join(parallel._column("transitive ed", True, wide=True))
    assert passive and all(re.search(rf"was ({raised}) by 9%", p or "") for p in passive)
    after = parallel._direction_reversed("A ticket will cost 40 cents more.", random.Random(1))
    assert after == "A ticket will cost 40 cents less."
    # a comparator and a bound are not a change: nothing to reverse
    assert parallel._direction_reversed("More than 40 cents and up to 30 people.", random.Random(1)) is None


def test_a_currency_s_strength_and_a_small_move_with_its_particle_are_reversed() -> None:
    import random

    def reversals(sentence: str) -> set[str | None]:
        return {parallel._direction_reversed(sentence, random.Random(seed)) for seed in range(20)}

    weaker = reversals("The guilder weakened 0.7% on Tuesday.")
    assert weaker and all(w and "weakened" not in w and w.endswith(" 0.7% on Tuesday.") for w in weaker)
    assert "The guilder weakened 0.7% on Tuesday." in reversals("The guilder strengthened 0.7% on Tuesday.")
    edged = {parallel._direction_reversed("Shares of Varlon edged up 2% on Monday.", random.Random(seed)) for seed in range(300)}
    assert "Shares of Varlon edged down 2% on Monday." in edged and not any("edged up" in e for e in edged if e)


def test_phrasal_verbs_and_verbs_with_an_object_are_reversed_in_their_tense() -> None:
    import random

    phrasal = {parallel._direction_reversed("Rents went up 4% in May.", random.Random(seed)) for seed in range(300)}
    assert "Rents went down 4% in May." in phrasal and "Rents fell 4% in May." in phrasal
    assert all(p and "went up" not in p and " gone " not in p for p in phrasal)
    assert parallel._direction_reversed("Fees will go down by 2%.", random.Random(3)) in {
        f"Fees will {w.replace('_', ' ')} by 2%." for f in ("base", "phrasal base") for w in parallel._column(f, True, wide=True)
    }
    objects = {parallel._direction_reversed("The board raised the yearly fee to 30 euros.", random.Random(seed)) for seed in range(20)}
    assert len(objects) >= 4 and objects <= {
        f"The board {w} the yearly fee to 30 euros." for w in parallel._column("transitive ed", False, wide=True)
    }
    # a height or a bound is no change: "rises to" without an object, "went up to" (a bound)
    assert parallel._direction_reversed("The peak rises to 2,000 metres.", random.Random(1)) is None
    assert parallel._direction_reversed("Prices went up to 30 euros.", random.Random(1)) is None


def test_a_change_to_a_level_a_particle_with_by_and_a_compound_noun_of_change_are_reversed() -> None:
    import random

    def reversals(sentence: str) -> set[str | None]:
        return {parallel._direction_reversed(sentence, random.Random(seed)) for seed in range(20)}

    # a past or a participle to the level it reaches; never the present of a height
    assert all(r and "increased" not in r and r.endswith("to 800 tonnes.") for r in reversals("Output increased to 800 tonnes."))
    assert all(r and "raised" not in r for r in reversals("The fare was raised to 3 euros."))
    assert reversals("Visits are down by 6%.") == {"Visits are up by 6%."}
    assert reversals("The rate is 6%, down from 8%.") == {"The rate is 6%, up from 8%."}
    # a noun of change after the amount and the word naming what changes ("a 5% tax cut")
    compound = reversals("A 5% tax cut is planned.")
    assert compound and all(r and "cut" not in r and r.startswith("A 5% tax ") for r in compound)
    # words of change of the table's other forms: "eased", "widened", "leapt", "slashed", "trimmed", "cheaper"
    for sentence, word in [("The debt eased by 4 billion.", "eased"), ("The gap widened by 2 points.", "widened"),
                           ("Shares leapt 9% on Monday.", "leapt"), ("The firm slashed its costs by 10%.", "slashed"),
                           ("Rents are 9% cheaper than in May.", "cheaper"), ("Costs dropped by as much as 40%.", "dropped"),
                           ("GDP contracted by 0.4%.", "contracted"), ("Output dipped 2%.", "dipped"),
                           ("The index made a 9% leap.", "leap")]:  # fmt: skip
        found = reversals(sentence)
        assert found and all(r and not re.search(rf"\b{word}\b", r) for r in found), sentence
    assert parallel._direction_reversed("The peak rises to 2,000 metres.", random.Random(1)) is None


def test_changes_are_reworded_with_a_neutral_word_of_the_same_change_and_form() -> None:
    reworded = parallel._direction_reworded("Exports rose 6% and imports have dropped 2%.")
    assert reworded == "Exports grew 6% and imports have slid 2%."  # the next neutral word of the one table
    assert parallel._direction_reworded("The fee was reduced by 9%.") == "The fee was decreased by 9%."
    assert parallel._direction_reworded("It rose sharply in 2019.") is None  # a year is not the amount of a change


def test_nouns_exchanged_are_the_nouns_of_counts_not_units_or_other_words() -> None:
    import random

    found = [noun for *_, noun in parallel._counted("Two nurses fed 300 tired children and 12 cats for 40 rupees.")]
    assert found == ["nurses", "children", "cats"]  # a modifier skipped, a currency left to the unit errors
    altered = parallel._nouns_exchanged("The blast left 12 dead and 3 injured.", random.Random(0))
    assert altered == "The blast left 12 injured and 3 dead."
    assert parallel._nouns_exchanged("They walked 3 kilometres with 70 kilos on their backs.", random.Random(0)) is None


def test_the_tuning_part_holds_no_held_out_document() -> None:
    pairs = [parallel.Pair(i, "", "", "fr", f"doc/{i % 7}") for i in range(60)]
    tuning = parallel.select_part(pairs, "tuning")
    assert tuning and not any(p.held_out for p in tuning)
    assert all(p.held_out for p in parallel.select_part(pairs, "held_out")) and parallel.select_part(pairs, "all") == pairs
    with pytest.raises(ValueError):
        parallel.select_part(pairs, "test")


def test_directions_are_reversed_in_noun_particle_and_after_forms_with_their_article() -> None:
    import random

    nouns = {parallel._direction_reversed("Sales show an increase of 4%.", random.Random(seed)) for seed in range(30)}
    falls = "|".join(parallel._column("noun", False, wide=True))
    assert nouns and all(re.fullmatch(rf"Sales show an? ({falls}) of 4%\.", n or "")
                         and (" an " in n) == (n.split()[3][0] in "aeiou") for n in nouns), nouns  # fmt: skip
    assert parallel._direction_reversed("Prices are up 3% on the year.", random.Random(0)) == "Prices are down 3% on the year."
    assert parallel._direction_reversed("It cost 12% less than a year before.", random.Random(0)) == "It cost 12% more than a year before."
    after = {parallel._direction_reversed("They saw a 17% rise in fares.", random.Random(seed)) for seed in range(30)}
    assert after and all(re.fullmatch(r"They saw a 17% \w+ in fares\.", a or "") and "rise" not in a for a in after)  # type: ignore[operator]
    # a height is not a change ("rises to"), and "gained" never takes "from ... to"
    assert parallel._direction_reversed("The peak rises to 2,000 metres.", random.Random(0)) is None
    spans = {parallel._direction_reversed("Deaths have fallen from 900 to 600.", random.Random(seed)) for seed in range(40)}
    assert spans and not any("gained" in s for s in spans if s)


def test_strong_changes_and_a_comparative_before_by_are_reversed_in_their_form() -> None:
    import random

    higher = {parallel._direction_reversed("Rents are higher by 3% than in May.", random.Random(seed)) for seed in range(10)}
    assert higher == {"Rents are lower by 3% than in May."}
    plunge = {parallel._direction_reversed("Output saw a 9% plunge.", random.Random(seed)) for seed in range(40)}
    rises = "|".join(parallel._column("noun", True, wide=True))
    assert plunge and all(re.fullmatch(rf"Output saw an? 9% ({rises})\.", p or "") for p in plunge)
    soar = {parallel._direction_reversed("Fares soar 5% in June.", random.Random(seed)) for seed in range(40)}
    assert "Fares plunge 5% in June." in soar
    falls = {f"Fares {w.replace('_', ' ')} 5% in June." for f in ("base", "phrasal base") for w in parallel._column(f, False, wide=True)}
    assert soar <= falls, soar
    # a strong word is never the harmless rewording of a plain one
    assert parallel._direction_reworded("Fares soared 5% in June.") is None


def test_comparators_are_inverted_in_every_form_before_and_after_the_amount() -> None:
    import random

    assert parallel._comparator_inverted("Fewer than five staff left.", random.Random(0)) == "More than five staff left."
    assert parallel._comparator_inverted("Pupils aged 16 or more.", random.Random(0)) == "Pupils aged 16 or less."
    assert parallel._comparator_inverted("A minimum of 30 seats.", random.Random(0)) == "A maximum of 30 seats."
    assert parallel._comparator_inverted("Nearly 300 came.", random.Random(0)) == "More than 300 came."


def test_a_counts_noun_is_replaced_by_a_counted_noun_of_the_sentence_or_one_beside_it() -> None:
    import random

    within = {parallel._noun_replaced("The blast left 12 dead and 3 injured.", random.Random(s)) for s in range(20)}
    assert within == {"The blast left 12 injured and 3 injured.", "The blast left 12 dead and 3 dead."}
    beside = ("Some 40 firefighters came.",)
    altered = {parallel._noun_replaced("The fire destroyed 30 homes.", random.Random(s), beside) for s in range(10)}
    assert altered == {"The fire destroyed 30 firefighters."}
    # a general noun says no other thing; one count alone, nothing beside it: nothing to replace
    assert parallel._noun_replaced("The fire left 30 people homeless.", random.Random(0), ("Some 40 firefighters came.",)) is None
    assert parallel._noun_replaced("The fire destroyed 30 homes.", random.Random(0)) is None
    pairs = [parallel.Pair(1, "", "The fire destroyed 30 homes.", "fr", "d"), parallel.Pair(2, "", "Some 40 firefighters came.", "fr", "d"),
             parallel.Pair(3, "", "Then 12 dogs ran.", "fr", "e")]  # fmt: skip
    assert parallel._nearby(pairs) == {1: ("Some 40 firefighters came.",), 2: ("The fire destroyed 30 homes.",), 3: ()}
