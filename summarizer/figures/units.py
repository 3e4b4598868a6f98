"""Units and conversions, with pint.

The figure reader keeps a measure's or a duration's unit as written ("kilomètres", "ft", "ans").
Here a unit word becomes a pint quantity, so that "15 km" and "15 kilometres" are the same figure,
"15 km" and "15 miles" are not, and "15 m" / "50 ft" is recognised as a conversion (a value within
rounding of the converted one), while a wrong conversion ("30 km" / "1,000 feet") is not.

pint parses English unit words itself; the table below only names the French words and the
spellings pint does not know. pint's registry is built on first use (about 0.4 s), never at import.
"""

from __future__ import annotations

import math
import re
from functools import lru_cache
from typing import Any

__all__ = ["quantity", "same_unit", "converts"]

#: Unit words pint does not read itself, as pint expressions (one unit, any factor).
_WORDS = {
    "kilomètre": "kilometer", "kilomètres": "kilometer", "mètre": "meter", "mètres": "meter",
    "kilo": "kilogram", "kilos": "kilogram", "kilogramme": "kilogram", "kilogrammes": "kilogram",
    "gramme": "gram", "grammes": "gram", "tonne": "metric_ton", "tonnes": "metric_ton", "t": "metric_ton",
    "ton": "metric_ton", "tons": "metric_ton",  # news English writes "tons" for tonnes
    # a prefixed tonne, French or English ("mégatonnes", "megatonnes", "kilotons", "gigatonne")
    **{f"{fr}{end}": f"{prefix}metric_ton" for fr, prefix in (("kilo", "kilo"), ("méga", "mega"), ("mega", "mega"), ("giga", "giga"))
       for end in ("tonne", "tonnes", "ton", "tons")},
    "mt": "megametric_ton",
    "litre": "liter", "litres": "liter",
    # news degrees are temperatures, Celsius unless said: "-5 °", "21 degrés", "30 °C" = "86F"
    "degré": "degree_Celsius", "degrés": "degree_Celsius", "°": "degree_Celsius", "°c": "degree_Celsius",
    "degrees": "degree_Celsius", "degree": "degree_Celsius", "degrés celsius": "degree_Celsius",
    "degrees celsius": "degree_Celsius", "degree celsius": "degree_Celsius", "celsius": "degree_Celsius",
    "°f": "degree_Fahrenheit", "degrees fahrenheit": "degree_Fahrenheit", "degree fahrenheit": "degree_Fahrenheit",
    "fahrenheit": "degree_Fahrenheit", "f": "degree_Fahrenheit", "c": "degree_Celsius",  # "41C", "104F"
    "pieds": "foot", "pied": "foot", "pouces": "inch", "once": "ounce", "onces": "ounce", "nœud": "knot",
    "milles nautiques": "nautical_mile", "milles marins": "nautical_mile", "nautical miles": "nautical_mile",
    "nautical mile": "nautical_mile", "mwp": "megawatt", "kwp": "kilowatt", "gwp": "gigawatt",  # peak watts ("45MWp", "12 MWc")
    "mwc": "megawatt", "kwc": "kilowatt", "gwc": "gigawatt",
    "nœuds": "knot", "baril": "barrel", "barils": "barrel", "bpd": "barrel", "b/d": "barrel",  # "barrels per day"
    "m2": "meter**2", "m²": "meter**2", "km2": "kilometer**2", "km²": "kilometer**2", "sq km": "kilometer**2",
    "sqkm": "kilometer**2", "sq m": "meter**2", "sqm": "meter**2", "sq. m": "meter**2", "sq ft": "foot**2", "sqft": "foot**2",
    "sq. ft": "foot**2", "square metres": "meter**2", "square meters": "meter**2", "square metre": "meter**2",
    "square meter": "meter**2", "square kilometres": "kilometer**2", "square kilometers": "kilometer**2",
    "square kilometre": "kilometer**2", "square kilometer": "kilometer**2", "square miles": "mile**2",
    "square mile": "mile**2", "mètres carrés": "meter**2", "kilomètres carrés": "kilometer**2",
    "m3": "meter**3", "m³": "meter**3", "mètres cubes": "meter**3",
    "cubic metres": "meter**3", "cubic meters": "meter**3", "mégawatt": "megawatt", "mégawatts": "megawatt",
    "mw": "megawatt", "gw": "gigawatt", "kw": "kilowatt", "kwh": "kilowatt_hour", "mwh": "megawatt_hour",
    "gwh": "gigawatt_hour", "twh": "terawatt_hour", "go": "gigabyte", "to": "terabyte", "mo": "megabyte",
    "gb": "gigabyte", "tb": "terabyte", "mb": "megabyte",
    "an": "year", "ans": "year", "année": "year", "années": "year", "mois": "month", "jour": "day", "jours": "day",
    "semaine": "week", "semaines": "week", "heure": "hour", "heures": "hour", "h": "hour", "seconde": "second",
    "secondes": "second", "siècle": "century", "siècles": "century", "décennie": "10 * year",
    "décennies": "10 * year", "decade": "10 * year", "decades": "10 * year", "trimestre": "3 * month",
    "trimestres": "3 * month", "quarter": "3 * month", "quarters": "3 * month",
    # abbreviations and their plurals: "25 mn", "20 min", "40 kms", "3 hrs"
    "mn": "minute", "min": "minute", "mins": "minute", "kms": "kilometer", "kgs": "kilogram", "hr": "hour",
    "hrs": "hour", "yr": "year", "yrs": "year", "sec": "second", "secs": "second",
    "années-lumière": "light_year", "année-lumière": "light_year", "light years": "light_year",
    "light-years": "light_year", "light year": "light_year",
}  # fmt: skip


#: French metric prefixes and base units, as pint writes them: "millimètres" is "millimeter", "centilitre" "centiliter".
_FRENCH_PREFIXES = {"kilo": "kilo", "hecto": "hecto", "déca": "deca", "déci": "deci", "centi": "centi", "milli": "milli",
                    "micro": "micro", "nano": "nano", "méga": "mega", "giga": "giga"}  # fmt: skip
_FRENCH_BASES = {"mètre": "meter", "litre": "liter", "gramme": "gram", "watt": "watt", "wattheure": "watt_hour"}


def _french_metric(word: str) -> str | None:
    """A French metric unit with a prefix as a pint expression ("millimètres" -> "millimeter"), ``None`` otherwise."""
    singular = word[:-1] if word.endswith("s") else word
    for prefix, english in _FRENCH_PREFIXES.items():
        if singular.startswith(prefix) and singular[len(prefix) :] in _FRENCH_BASES:
            return english + _FRENCH_BASES[singular[len(prefix) :]]
    return None


@lru_cache(maxsize=1)
def _registry() -> Any:
    import pint

    return pint.UnitRegistry()


@lru_cache(maxsize=512)
def quantity(unit: str) -> Any | None:
    """One ``unit`` as a pint quantity ("kilomètres" -> 1 kilometer), ``None`` when pint cannot read it."""
    word = re.sub(r"°\s+", "°", re.sub(r"\s+", " ", unit.strip().lower()))
    if not word:
        return None
    expression = _WORDS.get(word) or _french_metric(word)
    registry = _registry()
    try:
        if expression is not None:
            return registry.parse_expression(expression)
        return registry.parse_expression(word.replace(" ", "_"))
    except Exception:  # pint raises many types on unknown words; an unknown unit is simply not compared
        return None


def same_unit(a: str, b: str) -> bool:
    """Whether two unit words name the same unit ("km" and "kilomètres"; "ans" and "years")."""
    if a.strip().lower() == b.strip().lower():
        return True
    qa, qb = quantity(a), quantity(b)
    if qa is None or qb is None:
        return False
    try:
        if qa.units == qb.units:
            return math.isclose(qa.magnitude, qb.magnitude, rel_tol=1e-9)
        return bool(qa.dimensionality == qb.dimensionality and math.isclose(qa.to(qb.units).magnitude, qb.magnitude, rel_tol=1e-9))
    except Exception:  # pint raises several types for units it cannot compare
        return False


def _precision(value: float) -> float:
    """Half the step of the last significant digit of a written value: 50 -> 5, 130 -> 5, 2.2 -> 0.05."""
    text = f"{abs(value):.6f}".rstrip("0").rstrip(".")
    if "." in text:
        return 0.5 * 10 ** -len(text.split(".")[1])
    zeros = len(text) - len(text.rstrip("0"))
    return 0.5 * 10**zeros


def converts(value: float, unit: str, other_value: float, other_unit: str, *, approximate: bool = False) -> bool:
    """Whether ``other_value other_unit`` is ``value unit`` converted and rounded as writers round.

    "15 m" -> "50 ft" (49.2), "100 kg" -> "220 pounds" (220.5), "210 km/h" -> "130 mph" (130.5): yes;
    "30 km" -> "1,000 feet", "100 km" -> "100 miles", "70 kg" -> "200 pounds": no. The converted value may
    be off by 5% (a translator's round figure), or by the rounding of the written one up to 15% of the value
    ("3 km" -> "2 miles"); up to 25% when the English says it is approximate (``approximate``: "about 2 miles").
    The same number in a unit whose factor is far from 1 is never a conversion.
    """
    qa, qb = quantity(unit), quantity(other_unit)
    if qa is None or qb is None or qa.dimensionality != qb.dimensionality or same_unit(unit, other_unit):
        return False
    try:  # a Quantity, not value * unit: temperatures are offset units ("30 °C" is 86 °F, not 30 x 1.8)
        amount = _registry().Quantity(value * qa.magnitude, qa.units)
        converted = float(amount.to(qb.units).magnitude / qb.magnitude)
    except Exception:  # pint raises several types for units it cannot convert
        return False
    if converted == 0:
        return other_value == 0
    if math.isclose(value, other_value, rel_tol=1e-9) and not 0.9 <= abs(converted / other_value) <= 1.1:
        return False  # "100 km" -> "100 miles": the number copied, the unit changed
    loose = 0.25 if approximate else 0.15
    return abs(converted - other_value) <= max(min(_precision(other_value), loose * abs(converted)), 0.05 * abs(converted))
