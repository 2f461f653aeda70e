"""Sums whose currency is left out because the sentence has just named it: "riders who
charge 1,500 francs now ask 3,000" asks 3,000 francs.

``counts.py`` gives such an amount the noun its sentence counted last; when that noun is
the currency word of the sum of money right before it, the amount is a sum in that sum's
currency, not a count of the currency's name. The commonest currency words ("dollars",
"euros", "pounds") are never counted, so an amount that leaves one of them out stays unread.
"""

from __future__ import annotations

import re

import attrs

from sorabrief.findings import Figure, Quantity
from sorabrief.nouns import singular

_LAST_WORD = re.compile(r"(?P<word>[^\W\d_]+)\W*$")


def sums_left_out(figures: list[Figure]) -> list[Figure]:
    """``figures`` with each count of a left-out currency word read as a sum in the
    currency of the sum of money before it."""
    result: list[Figure] = []
    last_sum: Figure | None = None
    for figure in figures:
        if figure.quantity == Quantity.MONEY:
            last_sum = figure
        elif last_sum is not None and _names_the_sum(figure, last_sum):
            figure = attrs.evolve(figure, quantity=Quantity.MONEY, unit=last_sum.unit, counts=None)
        result.append(figure)
    return result


def _names_the_sum(count: Figure, money: Figure) -> bool:
    """Whether ``count`` counts, without writing it, the currency word ``money`` ends with."""
    if count.quantity != Quantity.COUNT or count.counts is not None:
        return False
    word = _LAST_WORD.search(money.text)
    return word is not None and singular(word.group("word").lower()) == count.unit
