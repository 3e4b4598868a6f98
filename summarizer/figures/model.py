"""The figure type: what a figure is, once read."""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from ..vocabulary import Vocabulary

__all__ = ["Kind", "FIGURE_KINDS", "KEY_KINDS", "Value", "Figure"]


class Kind(Vocabulary):
    """What a figure is. A ``Kind`` equals its name as a string (``Kind.COUNT == "count"``)."""

    COUNT = "count"
    PERCENT = "percent"
    MONEY = "money"
    YEAR = "year"
    DATE = "date"
    TIME = "time"
    ORDINAL = "ordinal"
    MEASURE = "measure"
    DURATION = "duration"
    OTHER = "other"
    NAME = "name"  # a number inside a name or an identifier ("route 131", "Covid-19"): copied, never counted




FIGURE_KINDS = tuple(kind.value for kind in Kind)
#: Kinds that can be key figures; years, dates and ordinals are context.
KEY_KINDS = frozenset({Kind.COUNT, Kind.PERCENT, Kind.MONEY, Kind.MEASURE})

Value = int | float | str


@dataclass(frozen=True)
class Figure:
    """One figure found in a text.

    Attributes:
        value: The number in base units ("38,5 milliards" -> 38500000000; "12 %" -> 12;
            a year -> 2022); an ISO string for dates ("2019-01-01", "2020-03", "--03-12"), a
            decade ("1960s"), a clock time ("T21:30"; "t08:35" when the half of the day is not said).
        text: The figure's surface form in the text.
        kind: A :class:`Kind` (it equals its name as a string: ``Kind.COUNT == "count"``; a name given here
            is turned into the member).
        label: What the figure counts or measures, in the text's language.
        approximate: Introduced by "près de", "plus de", "environ", "about"...
        start: Offset of the first character in the text.
        end: Offset just past the last character.
        key: Whether the figure belongs in a key-figure summary.
        unit: Currency code (EUR, USD...), "%", "pp", "‰" or a measure's or duration's unit.
        spelled: Written in words ("douze mille").
        lang: The language of the text it was found in.
        readings: Other values the same digits may have, when the writing is ambiguous: a French
            "57,000" is 57 in French and 57000 in the English convention some translated texts keep.
        noun: The word right after the figure when it is a noun the figure counts ("crimes" in "142 crimes"),
            lowercased; empty otherwise.
    """

    value: Value
    text: str
    kind: Kind
    label: str
    approximate: bool
    start: int
    end: int
    key: bool
    unit: str = ""
    spelled: bool = False
    lang: str = "fr"
    readings: tuple[float, ...] = field(default=(), compare=False)
    noun: str = field(default="", compare=False)

    def __post_init__(self) -> None:
        if type(self.kind) is not Kind:  # a kind given by name ("count") is the enum member: one vocabulary
            object.__setattr__(self, "kind", Kind(self.kind))

    def shifted(self, offset: int) -> Figure:
        """The same figure with its offsets moved by ``offset`` (sentence -> document)."""
        return replace(self, start=self.start + offset, end=self.end + offset)
