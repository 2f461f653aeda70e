"""Sums of money: any currency, scale words and suffixes, hedges, and conversions.

"£2.5m" is 2,500,000 GBP, "C$650.88" 650.88 CAD, "₹2 crore" 20,000,000 INR and "5 million
euros" 5,000,000 EUR. A second amount in another currency printed right beside the first
("C$650.88 (about US$483)", "¥4.5 billion ($30 million)") is a conversion of it: it is
kept with the first figure, never as a figure of its own.
"""

from __future__ import annotations

import attrs

from sorabrief.extract.minor_units import find_minor_sums, join_minor
from sorabrief.extract.money_amounts import Amount, read_amounts
from sorabrief.extract.money_conversions import conversion, converts, converts_home
from sorabrief.extract.money_ranges import listed_before, opened_by_bare_amount, ranges_to
from sorabrief.extract.whose_currency import bare_dollar, home_dollar, resolve_markers
from sorabrief.findings import Figure


def find_money(
    text: str, place: str = "", url: str = "", ours: frozenset[str] = frozenset()
) -> tuple[Figure, ...]:
    """Every sum of money in ``text``, with conversions folded into the amount they convert;
    ``place`` is text that may name the article's country when the story does not (its
    title, the outlet's section lines), read for a bare "$";
    ``url`` is the article's address, whose country domain may settle a shared noun;
    ``ours`` holds the currencies the case's money claims are in ("PKR"), which settle a
    shared sign or noun the article itself does not."""
    amounts = sorted(read_amounts(text, url), key=lambda a: (a.figure.start, -a.figure.end))
    chosen: list[Amount] = []
    for amount in amounts:
        if not chosen or amount.figure.start >= chosen[-1].figure.end:
            chosen.append(amount)
    chosen = resolve_markers(chosen, text, url, ours)
    home = home_dollar(chosen, text, place, url)
    figures: list[Figure] = []
    for amount in chosen:
        code = bare_dollar(amount, home) if amount.marker == "$" else amount.marker
        if amount.marker == "$" and figures and converts_home(text, figures[-1], amount, home):
            code = "USD"
        figure = attrs.evolve(amount.figure, unit=code)
        if figures and converts(text, figures[-1], figure):
            figures[-1] = attrs.evolve(figures[-1], converted=conversion(figure))
        elif figures and ranges_to(text, figures[-1], figure):
            first = figures[-1]
            figures[-1] = attrs.evolve(
                first, text=text[first.start : figure.end], end=figure.end, high=figure.high
            )
        else:
            figures.append(figure)
    figures = [opened_by_bare_amount(text, f) for f in figures]
    listed = [f for f in (listed_before(text, s) for s in figures) if f is not None]
    figures = sorted([*figures, *listed], key=lambda f: f.start) if listed else figures
    minor = list(find_minor_sums(text, figures, url, ours, home))
    return tuple(join_minor(text, figures, minor))
