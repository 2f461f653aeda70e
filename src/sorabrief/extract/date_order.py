"""The order of day and month in an article's numeric dates, from the countries it names.

Numeric dates follow the convention of a country, not a writer's style: "4 June" and
"June 4" are both written everywhere, but "04/06" is the 4th of June in Denmark and April
the 6th in the United States. The countries whose short dates put the month first come
from the CLDR (``currency_table.DATE_ORDERS``: the United States and its territories, the
Philippines, Panama …); the United States is also named by its states (``dollar_countries.py``).
"""

from __future__ import annotations

import re

from sorabrief.extract.currency_table import DATE_ORDERS
from sorabrief.extract.dollar_countries import US_PLACES
from sorabrief.extract.first_char import with_first_char
from sorabrief.extract.openings import found

_NAMES = sorted(DATE_ORDERS, key=len, reverse=True)
_COUNTRY = with_first_char(
    rf"(?P<us>\b(?:{US_PLACES})\b)|\b(?P<name>"
    + "|".join(re.escape(n) for n in _NAMES)
    + r")(?![\w-])"
)


def numeric_order(text: str) -> str | None:
    """ "day" or "month": the order of the numeric dates of every country ``text`` names,
    or None when it names none, or countries of both orders."""
    orders = {"month" if m["us"] else DATE_ORDERS[m["name"]] for m in found(_COUNTRY, text)}
    return orders.pop() if len(orders) == 1 else None
