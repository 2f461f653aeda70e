"""Figures: money, counts, durations, lengths, resolutions and percentages.

Each figure is normalised to the unit it is compared in: money in USD as a
plain number ("$150B" = "$150 billion" = 150e9), durations in hours, lengths
("10-second") in seconds, resolutions in "p", counts in the counted noun
("around 20 artists" -> 20 "artists"). A bare vague count ("while hundreds
contribute") counts the noun of the nearest count before it in its paragraph.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from sorabrief.extract.numbers import AMOUNT, DIGITS, HEDGES, amount_range, vague_hedge
from sorabrief.findings import Figure, Quantity

_HEDGE = rf"(?:(?P<hedge>{HEDGES})\s+)?"
_SCALES = {
    "k": 1e3, "thousand": 1e3, "m": 1e6, "mn": 1e6, "million": 1e6,
    "b": 1e9, "bn": 1e9, "billion": 1e9, "t": 1e12, "tn": 1e12, "trillion": 1e12,
}  # fmt: skip
_CURRENCIES = {"$": "USD", "us$": "USD", "€": "EUR", "£": "GBP"}
_HOURS = {
    "second": 1 / 3600, "minute": 1 / 60, "hour": 1, "day": 24, "week": 168,
    "month": 730, "year": 8760,
}  # fmt: skip
_SECONDS = {"second": 1, "minute": 60, "hour": 3600}
_TIME_UNIT = r"(?P<unit>second|minute|hour|day|week|month|year)s?"

_MONEY = re.compile(
    rf"(?i:{_HEDGE})(?P<currency>US\$|\$|€|£)\s?(?P<amount>{DIGITS})"
    r"(?:\s?(?P<scale>(?i:thousand|million|billion|trillion)|bn|mn|tn|[KkMBT])\b)?"
)
_RESOLUTION = re.compile(r"\b(?P<amount>\d{3,4})p\b|\b(?P<k>[48])K\b")
_LENGTH = re.compile(rf"(?i:\b(?P<amount>{AMOUNT})-{_TIME_UNIT}\b)")
_DURATION = re.compile(rf"(?i:\b{_HEDGE}(?P<amount>{AMOUNT})\s+{_TIME_UNIT}\b(?!\s+ago\b))")
_WITHIN_HOURS = re.compile(r"(?i:\b(?P<hedge>within|in\s+a\s+matter\s+of)\s+hours\b)")
_PERCENT = re.compile(rf"(?i:\b{_HEDGE}(?P<amount>{DIGITS})\s?(?:%|percent\b|per\s+cent\b))")
_COUNT = re.compile(
    rf"(?i:\b{_HEDGE}(?P<amount>{AMOUNT}))"
    r"(?:\s+(?P<adjective>[a-z]+-[a-z]+))?\s+(?P<noun>[a-z]{2,}s)\b"
)
_BARE_VAGUE = re.compile(r"(?i:\b(?P<amount>hundreds|thousands|dozens|millions))\b(?!\s+of\b)")
_YEAR = re.compile(r"(?:19|20)\d\d")
_NOT_COUNTED = frozenset({"percent", "times", "others", "ones", "years", "days", "hours"})


def find_figures(text: str) -> tuple[Figure, ...]:
    """Every figure in the kept ``text`` (the masked body), in order, without overlaps."""
    candidates: list[Figure] = []
    for reader in _READERS:
        candidates.extend(reader(text))
    chosen: list[Figure] = []
    for figure in sorted(candidates, key=lambda f: (f.start, -(f.end - f.start))):
        if not chosen or figure.start >= chosen[-1].end:
            chosen.append(figure)
    return tuple(_with_counted_nouns(text, chosen))


def _money(text: str) -> Iterator[Figure]:
    for m in _MONEY.finditer(text):
        scale = _SCALES.get((m.group("scale") or "").lower(), 1)
        value = float(m.group("amount").replace(",", "")) * scale
        unit = _CURRENCIES[m.group("currency").lower()]
        yield _figure(m, Quantity.MONEY, (value, value), unit)


def _resolutions(text: str) -> Iterator[Figure]:
    for m in _RESOLUTION.finditer(text):
        value = float(m.group("amount")) if m.group("amount") else 1080.0 * int(m.group("k")) / 2
        yield _figure(m, Quantity.RESOLUTION, (value, value), "p")


def _lengths(text: str) -> Iterator[Figure]:
    for m in _LENGTH.finditer(text):
        amount = amount_range(m.group("amount"))
        if amount:
            factor = _SECONDS.get(m.group("unit").lower())
            if factor:
                yield _figure(m, Quantity.LENGTH, _scaled(amount, factor), "seconds")


def _durations(text: str) -> Iterator[Figure]:
    for m in _DURATION.finditer(text):
        amount = amount_range(m.group("amount"))
        if amount:
            factor = _HOURS[m.group("unit").lower()]
            hedge = m.group("hedge") or vague_hedge(m.group("amount"))
            yield _figure(m, Quantity.DURATION, _scaled(amount, factor), "hours", hedge=hedge)
    for m in _WITHIN_HOURS.finditer(text):
        yield _figure(m, Quantity.DURATION, (1, 24), "hours", hedge=m.group("hedge").lower())


def _percentages(text: str) -> Iterator[Figure]:
    for m in _PERCENT.finditer(text):
        value = float(m.group("amount").replace(",", ""))
        yield _figure(m, Quantity.PERCENT, (value, value), "%")


def _counts(text: str) -> Iterator[Figure]:
    for m in _COUNT.finditer(text):
        noun = m.group("noun").lower()
        amount = amount_range(m.group("amount"))
        if amount is None or noun in _NOT_COUNTED or _YEAR.fullmatch(m.group("amount")):
            continue
        hedge = m.group("hedge") or vague_hedge(m.group("amount"))
        yield _figure(m, Quantity.COUNT, amount, noun, counts=noun, hedge=hedge)
    for m in _BARE_VAGUE.finditer(text):
        amount = amount_range(m.group("amount"))
        if amount:
            word = m.group("amount").lower()
            yield _figure(m, Quantity.COUNT, amount, "", hedge=word)


_READERS: tuple[Callable[[str], Iterator[Figure]], ...] = (
    _money,
    _resolutions,
    _lengths,
    _durations,
    _percentages,
    _counts,
)


def _figure(
    m: re.Match[str],
    quantity: Quantity,
    amount: tuple[float, float],
    unit: str,
    counts: str | None = None,
    hedge: str | None = None,
) -> Figure:
    hedge = " ".join(hedge.lower().split()) if hedge else None
    low, high = float(amount[0]), float(amount[1])
    return Figure(m.group(), m.start(), m.end(), quantity, low, high, unit, counts, hedge)


def _scaled(amount: tuple[float, float], factor: float) -> tuple[float, float]:
    return amount[0] * factor, amount[1] * factor


def _with_counted_nouns(text: str, figures: list[Figure]) -> Iterator[Figure]:
    """Give a bare vague count the noun of the last count before it in the same paragraph."""
    last_noun: tuple[int, str] | None = None
    for figure in figures:
        if figure.quantity is Quantity.COUNT and figure.unit:
            last_noun = (figure.end, figure.unit)
        elif figure.quantity is Quantity.COUNT:
            if last_noun is None or "\n" in text[last_noun[0] : figure.start]:
                continue
            yield Figure(
                figure.text, figure.start, figure.end, figure.quantity, figure.low, figure.high,
                last_noun[1], last_noun[1], figure.hedge,
            )  # fmt: skip
            continue
        yield figure
