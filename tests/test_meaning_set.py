"""evaluation.meaning_set: the team's set of meaning errors loads, is scored per kind, and runs."""

from __future__ import annotations

from pathlib import Path

from evaluation import meaning_set


def test_the_set_holds_every_kind_and_enough_items() -> None:
    items = meaning_set.load_set()
    kinds = {item.kind for item in items}
    assert {"direction", "comparator", "noun_replaced", "nouns_exchanged"} <= kinds
    assert len(items) >= 90
    assert all(item.faithful != item.wrong for item in items)


def test_a_wrong_rendering_is_scored_only_where_its_faithful_one_passes(tmp_path: Path) -> None:
    path = tmp_path / "set.tsv"
    path.write_text(
        "kind\tfr\ten_faithful\ten_wrong\n"
        "direction\tLe prix a baissé de 2 %.\tThe price fell 2%.\tThe price rose 2%.\n"
        "direction\tLe prix a monté de 3 %.\tThe price went up 3%.\tThe price went down 3%.\n",
        encoding="utf-8",
    )
    items = meaning_set.load_set(path)
    report = meaning_set.evaluate(items, lambda fr, en: "rose" in en or "went up" in en)
    row = report["kinds"]["direction"]
    assert (row["items"], row["false_alarms"], row["scored"], row["caught"]) == (2, 1, 1, 1)
    assert report["total"]["recall"] == 1.0


def test_the_measure_runs_on_the_set(capsys) -> None:
    assert meaning_set.main(["--misses"]) == 0
    out = capsys.readouterr().out
    assert "direction" in out and "all" in out
