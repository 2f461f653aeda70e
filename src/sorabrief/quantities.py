"""Quantities compared and written for readers.

Figures keep the unit they were written in; a claim names the unit it is stated in.
``in_claim_unit`` converts one into the other (durations and lengths through hours,
counts by the counted noun's singular, money by ISO code), and ``hedged`` says what range
a hedge allows: "about 4" is 3.6 to 4.4, "more than 200" is 200 upwards, "up to 14" is
0 to 14, "14 or more" is 14 upwards. ``format_amount`` writes ``$150 billion``, ``C$650.88``, ``2–4 hours``, ``1080p``.
"""

from __future__ import annotations

import functools
import math

from sorabrief.nouns import plural, singular

_SCALES = ((1e12, "trillion"), (1e9, "billion"), (1e6, "million"))
HOURS_IN: dict[str, float] = {
    "second": 1 / 3600, "minute": 1 / 60, "hour": 1, "day": 24, "week": 168,
    "fortnight": 336, "month": 730, "year": 8760, "decade": 87600,
}  # fmt: skip
"""How many hours each time unit holds (a month is 1/12 of 365 days)."""
_SYMBOLS = {
    "USD": "$", "GBP": "£", "EUR": "€", "JPY": "¥", "INR": "₹", "CAD": "C$", "AUD": "A$",
    "NZD": "NZ$", "HKD": "HK$", "SGD": "S$", "KRW": "₩",
}  # fmt: skip
_APPROXIMATE = 0.1
"""How far either way "about", "around" and the like let an amount stray."""
_HEDGE_BOUNDS: dict[str, tuple[float, float]] = {
    **dict.fromkeys(
        ("about", "around", "approximately", "roughly", "some", "an estimated", "estimated",
         "close to", "or so", "barely", "scarcely"),
        (1 - _APPROXIMATE, 1 + _APPROXIMATE),
    ),
    **dict.fromkeys(
        ("nearly", "almost", "just under", "a little under", "a little less than",
         "slightly under", "slightly less than"),
        (1 - _APPROXIMATE, 1.0),
    ),
    **dict.fromkeys(("the best part of", "the better part of"), (0.5, 1.0)),
    **dict.fromkeys(
        ("just over", "a little over", "a little more than", "slightly over",
         "slightly more than"),
        (1.0, 1 + _APPROXIMATE),
    ),
    **dict.fromkeys(
        ("more than", "over", "at least", "upwards of", "in excess of", "above", "or more",
         "or longer", "or over", "or above", "no fewer than", "not fewer than", "no less than",
         "not less than", "as few as", "as little as"),
        (1.0, math.inf),
    ),
    **dict.fromkeys(
        ("less than", "fewer than", "under", "below", "up to", "at most", "as many as",
         "as much as", "as long as", "within", "or less", "or fewer", "or under", "or below", "no more than",
         "not more than"),
        (0.0, 1.0),
    ),
}  # fmt: skip
"""For each hedge, the factors that take the written amount to the lowest and highest
value it allows."""


def time_unit(unit: str) -> str | None:
    """A time unit in the singular ("hours" -> "hour"), or None if it is not one."""
    word = unit.lower().strip()
    word = word[:-1] if word.endswith("s") and word[:-1] in HOURS_IN else word
    return word if word in HOURS_IN else None


@functools.lru_cache(maxsize=4096)
def in_claim_unit(quantity: str, unit: str, claim_quantity: str, claim_unit: str) -> float | None:
    """The factor taking a figure's amount into a claim's unit, or None if they do not meet
    (remembered: linking asks it for every figure and figure claim of a case)."""
    if quantity != claim_quantity:
        return None
    if quantity in ("duration", "length"):
        have, want = time_unit(unit), time_unit(claim_unit)
        return HOURS_IN[have] / HOURS_IN[want] if have and want else None
    if quantity == "money":
        return 1.0 if unit.upper() == claim_unit.strip().upper() else None
    if quantity == "count":
        return 1.0 if singular(unit) == singular(claim_unit) else None
    return 1.0 if unit == claim_unit else None


def approximate(hedge: str | None) -> bool:
    """Whether a hedge lets an amount stray either way ("about", "around", "some")."""
    return _HEDGE_BOUNDS.get(hedge or "") == (1 - _APPROXIMATE, 1 + _APPROXIMATE)


def hedged(low: float, high: float, hedge: str | None) -> tuple[float, float]:
    """The range a hedged amount allows when it is compared with another."""
    factors = _HEDGE_BOUNDS.get(hedge or "")
    if factors is None:
        return low, high
    return low * factors[0], high * factors[1]


def format_number(value: float) -> str:
    """``20``, ``2.5``, ``1,500``: no trailing zeros."""
    if value == int(value):
        return f"{int(value):,}"
    return f"{value:,.2f}".rstrip("0").rstrip(".")


def format_money(value: float, currency: str = "USD") -> str:
    """``$150 billion``, ``£2.5 million``, ``C$650.88``, ``CHF 12,000``."""
    symbol = _SYMBOLS.get(currency)
    prefix = symbol if symbol else f"{currency} "
    for scale, word in _SCALES:
        if abs(value) >= scale:
            return f"{prefix}{format_number(round(value / scale, 2))} {word}"
    return f"{prefix}{format_number(value)}"


def format_amount(low: float, high: float, unit: str, quantity: str = "count") -> str:
    """An exact amount or a range, in its unit."""
    if quantity == "money":
        if low == high:
            return format_money(low, unit)
        return f"{format_money(low, unit)}–{format_money(high, unit)}"
    if unit == "p":
        return f"{low:g}p" if low == high else f"{low:g}–{high:g}p"
    if unit == "%":
        return (
            f"{format_number(low)}%"
            if low == high
            else f"{format_number(low)}–{format_number(high)}%"
        )
    noun = singular(unit) if low == high == 1 else plural(unit)
    if low == high:
        return f"{format_number(low)} {noun}"
    return f"{format_number(low)}–{format_number(high)} {noun}"
