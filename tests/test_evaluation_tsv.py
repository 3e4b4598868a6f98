"""The one reader of the team's TSV sets, and the sets written apart from the code."""

from pathlib import Path

import pytest

from evaluation import faithnames, meaning_set, negationset
from evaluation.tsv import read_tsv

DATA = Path(__file__).resolve().parent.parent / "evaluation" / "data"


def test_header_comments_and_extra_columns(tmp_path: Path) -> None:
    path = tmp_path / "set.tsv"
    path.write_text("# a comment\nb\ta\tnote\n\n x \ty\tfree text\n", encoding="utf-8")
    assert read_tsv(path, ("a", "b")) == [{"a": "y", "b": "x"}]


def test_without_header(tmp_path: Path) -> None:
    path = tmp_path / "set.tsv"
    path.write_text("k\tLe Caire\tCairo\n", encoding="utf-8")
    assert read_tsv(path, ("kind", "fr", "en"), header=False) == [{"kind": "k", "fr": "Le Caire", "en": "Cairo"}]


def test_empty_column_names_its_line(tmp_path: Path) -> None:
    path = tmp_path / "set.tsv"
    path.write_text("kind\tfr\nk\t\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"set.tsv:2: empty or missing fr"):
        read_tsv(path, ("kind", "fr"))
    path.write_text("kind\n", encoding="utf-8")
    with pytest.raises(ValueError, match="header lacks fr"):
        read_tsv(path, ("kind", "fr"))


def test_the_unseen_sets_load_with_their_kinds() -> None:
    meaning = meaning_set.load_set(DATA / "figures_meaning_unseen.tsv")
    assert {i.kind for i in meaning} == {"direction", "comparator", "noun_replaced", "nouns_exchanged"}
    assert all(any(c.isdigit() for c in i.fr) for i in meaning)
    negation = negationset.load_set(DATA / "negation_unseen.tsv")
    assert {i.expected for i in negation} == {True, False}
    assert len(faithnames.load()) > 200
