"""Figures written the English way, for the summary and the page."""

from __future__ import annotations

from .model import Figure, Kind
from .numerals import english_number

__all__ = ["format_value"]

_CURRENCY_SIGNS = {"EUR": "€", "USD": "$", "GBP": "£", "JPY": "¥"}
_ENGLISH_UNITS = {
    "an": "years", "ans": "years", "année": "years", "années": "years", "mois": "months", "jour": "days",
    "jours": "days", "semaine": "weeks", "semaines": "weeks", "heure": "hours", "heures": "hours",
    "seconde": "seconds", "secondes": "seconds", "siècle": "centuries", "siècles": "centuries",
    "décennie": "decades", "décennies": "decades", "trimestre": "quarters", "trimestres": "quarters",
    "kilomètre": "km", "kilomètres": "km", "mètre": "metres", "mètres": "metres", "tonne": "tonnes",
    "tonnes": "tonnes", "litre": "litres", "litres": "litres", "degré": "degrees", "degrés": "degrees",
    "baril": "barrels", "barils": "barrels", "kilos": "kg", "kilo": "kg", "kilogrammes": "kg",
    "centimètre": "cm", "centimètres": "cm", "millimètre": "mm", "millimètres": "mm", "milligramme": "mg",
    "milligrammes": "mg", "gramme": "grams", "grammes": "grams", "centilitre": "cl", "centilitres": "cl",
    "millilitre": "ml", "millilitres": "ml", "hectolitre": "hectolitres", "hectolitres": "hectolitres",
}  # fmt: skip
_CURRENCY_NAMES = {"MAD": "dirhams", "XOF": "CFA francs", "CHF": "Swiss francs", "CNY": "yuan", "RUB": "roubles",
                   "DZD": "Algerian dinars", "TND": "Tunisian dinars", "INR": "rupees", "NGN": "naira", "FRF": "francs",
                   "GNF": "Guinean francs", "CDF": "Congolese francs", "MGA": "ariary", "cent": "cents"}  # fmt: skip


def _fraction(value: float) -> str:
    """A fraction written as one: 0.666... -> "2/3", 0.75 -> "3/4", 0.5 -> "1/2"."""
    from fractions import Fraction

    share = Fraction(value).limit_denominator(12)
    return f"{share.numerator}/{share.denominator}"


def _chrono(seconds: float) -> str:
    """A time of a minute or more written as a race time: 117.3 -> "1:57.30", 7452 -> "2:04:12"."""
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    secs_text = f"{secs:05.2f}" if round(secs % 1, 3) else f"{int(round(secs)):02d}"
    return f"{int(hours)}:{int(minutes):02d}:{secs_text}" if hours else f"{int(minutes)}:{secs_text}"


def format_value(figure: Figure) -> str:
    """A figure's value written the English way ("40,589", "€1.2 billion", "+47%", "1 January 2019")."""
    value = figure.value
    if isinstance(value, str):
        if value.endswith("s"):
            return value  # a decade: "1960s"
        if value[:1] in "Tt":
            return value[1:]  # a clock time: "15:00"
        parts = value.lstrip("-").split("-")
        months = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
                  "October", "November", "December"]  # fmt: skip
        if value.startswith("--"):
            return f"{int(parts[1])} {months[int(parts[0]) - 1]}"
        if len(parts) == 2:
            return f"{months[int(parts[1]) - 1]} {parts[0]}"
        return f"{int(parts[2])} {months[int(parts[1]) - 1]} {parts[0]}"
    if figure.kind in (Kind.YEAR,):
        return str(value)
    if figure.kind == Kind.ORDINAL:
        n = int(value)
        suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
        return f"{n}{suffix}"
    number = english_number(float(value))
    prefix = "~" if figure.approximate else ""
    if figure.unit == "fraction":
        return f"{prefix}{_fraction(float(value))}"
    if figure.unit == "x":
        return f"{prefix}{number}x"
    if figure.unit.startswith("/") and figure.unit[1:].isdigit():  # a rate: "4.7 per 100,000"
        return f"{prefix}{number} per {english_number(int(figure.unit[1:]), scale_words=False)}"
    if figure.kind == Kind.PERCENT:
        sign = "+" if figure.text.lstrip().startswith("+") else ""
        if figure.unit == "‰":
            return f"{prefix}{sign}{number} per 1,000"
        return f"{prefix}{sign}{number}{' percentage points' if figure.unit == 'pp' else '%'}"
    if figure.kind == Kind.MONEY:
        if figure.unit in _CURRENCY_SIGNS:
            sign = "-" if float(value) < 0 else ""
            return f"{prefix}{sign}{_CURRENCY_SIGNS[figure.unit]}{english_number(abs(float(value)))}"
        return f"{prefix}{number} {_CURRENCY_NAMES.get(figure.unit, figure.unit)}".rstrip()
    if figure.kind in (Kind.MEASURE, Kind.DURATION) and figure.unit == "s" and float(value) >= 60:
        return prefix + _chrono(float(value))
    if figure.kind in (Kind.MEASURE, Kind.DURATION) and figure.unit:
        unit = _ENGLISH_UNITS.get(figure.unit, figure.unit)
        if unit.endswith("s") and float(value) == 1 and unit not in ("hours",):
            unit = unit[:-1]
        return f"{prefix}{number} {unit}"
    return f"{prefix}{number}"
