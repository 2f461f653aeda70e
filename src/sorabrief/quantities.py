"""Amounts written for readers: ``$150 billion``, ``2–4 hours``, ``1080p``."""

from __future__ import annotations

_SCALES = ((1e12, "trillion"), (1e9, "billion"), (1e6, "million"))
_SINGULAR = {"hours": "hour", "seconds": "second", "minutes": "minute", "days": "day"}


def format_number(value: float) -> str:
    """``20``, ``2.5``, ``1,500``: no trailing zeros."""
    if value == int(value):
        return f"{int(value):,}"
    return f"{value:,.2f}".rstrip("0").rstrip(".")


def format_money(value: float) -> str:
    """``$150 billion``, ``$2.5 million``, ``$12,000``."""
    for scale, word in _SCALES:
        if abs(value) >= scale:
            return f"${format_number(round(value / scale, 2))} {word}"
    return f"${format_number(value)}"


def format_amount(low: float, high: float, unit: str) -> str:
    """An exact amount or a range, in its unit."""
    if unit == "USD":
        return format_money(low) if low == high else f"{format_money(low)}–{format_money(high)}"
    if unit == "p":
        return f"{low:g}p" if low == high else f"{low:g}–{high:g}p"
    if low == high:
        noun = _SINGULAR.get(unit, unit) if low == 1 else unit
        return f"{format_number(low)} {noun}"
    return f"{format_number(low)}–{format_number(high)} {unit}"
