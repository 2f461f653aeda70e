"""How the briefing words things: counts, amounts, dates, lists and the editor's punctuation.

Every sentence a briefing shows that is not quoted from an article is made here or in
``sorabrief.render.view``, so all formats say the same thing the same way.
"""

from __future__ import annotations

import smartypants

from sorabrief.briefing import FigureVariant
from sorabrief.findings import DatePrecision
from sorabrief.partial_date import PartialDate
from sorabrief.quantities import format_amount

_MONTHS = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip
_QUOTES_ONLY = smartypants.Attr.q | smartypants.Attr.u
"""Curl straight quotes and apostrophes into Unicode characters; touch nothing else."""


def count(number: int, noun: str, plural: str | None = None) -> str:
    """``1 outlet``, ``5 outlets``, ``2 articles with no stated publisher``."""
    if number == 1:
        return f"1 {noun}"
    return f"{number} {plural or noun + 's'}"


def listing(items: list[str]) -> str:
    """``a``, ``a and b``, ``a, b and c``."""
    if len(items) <= 1:
        return "".join(items)
    return f"{', '.join(items[:-1])} and {items[-1]}"


def smart(text: str) -> str:
    """The editor's text with typographic quotes and apostrophes ("it's" becomes "it’s")."""
    return str(smartypants.smartypants(text, _QUOTES_ONLY)) if text else text


def sentence(text: str) -> str:
    """``text`` with its first letter capitalised and a closing full stop."""
    text = text.strip()
    if not text:
        return text
    text = text[0].upper() + text[1:]
    return text if text[-1] in '.!?"”’' else text + "."


def capitalised(text: str) -> str:
    """``text`` with its first letter in upper case and no closing full stop."""
    text = text.strip().rstrip(".")
    return text[:1].upper() + text[1:]


def possessive(name: str) -> str:
    """``OpenAI’s``, ``Sora PR Puppets’``."""
    return f"{name}’" if name.endswith("s") else f"{name}’s"


def day(value: PartialDate | None) -> str:
    """``2024``, ``February 2024``, ``26 November 2024``, or ``date unknown``."""
    if value is None:
        return "date unknown"
    if value.month is None:
        return str(value.year)
    month = _MONTHS[value.month - 1]
    return f"{value.day} {month} {value.year}" if value.day else f"{month} {value.year}"


def dated(value: PartialDate, precision: DatePrecision) -> str:
    """A date at its precision: a week reads ``week of 2 March 2026`` from a Monday, else
    ``the seven days from 4 March 2026`` (the days around a span's end, ``span_dates.py``)."""
    if precision == DatePrecision.WEEK and value.first_day.weekday() != 0:
        return f"the seven days from {day(value)}"
    if precision == DatePrecision.WEEK:
        return f"week of {day(value)}"
    return day(value)


def iso_dated(text: str, precision: DatePrecision | None) -> str:
    """An ISO date from a discrepancy at its precision."""
    value = PartialDate.parse(text)
    return dated(value, precision or DatePrecision(value.precision.value))


PRECISION_NOTES = {
    DatePrecision.DAY: "",
    DatePrecision.WEEK: "known to the week",
    DatePrecision.MONTH: "known to the month",
    DatePrecision.YEAR: "known to the year",
    DatePrecision.UNRESOLVED: "",
}


def amount(variant: FigureVariant) -> str:
    """A figure's value for readers, ``about`` when every outlet hedged it."""
    written = format_amount(variant.low, variant.high, variant.unit, variant.quantity)
    return f"about {written}" if variant.approximate else written
