"""Sums written with the cifrão, the escudo's sign set between escudos and centavos.

Cape Verde's press writes 2,500 escudos "2.500$00" and one escudo fifty "1$50", and
counts large sums in contos of a thousand escudos ("1.240 contos"): the sign
stands where English writes a decimal point, and points group the thousands. The sign is
drawn like the dollar's, so such a sum counts only in an article that writes the escudo by
its name or code, names its country, or sits at its country's domain; elsewhere it is left
out, and the "$" after a digit is never read as a dollar sign (``money_amounts.py``).
"""

from __future__ import annotations

import re

from sorabrief.extract.currency_countries import country_among, outlet_currency
from sorabrief.extract.currency_words import currency_written

CIFRAO = re.compile(
    r"(?<![\w$.,])(?P<amount>\d{1,3}(?:\.\d{3}){1,4}|\d{1,15})\$(?P<cents>\d{2})(?![\d$])"
)
"""An amount of escudos, the cifrão and two digits of centavos ("1.240.000$00", "1$50")."""
ESCUDO = "CVE"
_ESCUDOS = frozenset({ESCUDO})
CONTOS = frozenset({"conto", "contos"})
"""The press's word for a thousand escudos ("1.240 contos" is 1,240,000 escudos), read like
the cifrão only where ``writes_escudos`` holds."""
CONTO = 1000.0


def cifrao_value(m: re.Match[str]) -> float:
    """The sum a match of ``CIFRAO`` stands for, in escudos."""
    return int(m.group("amount").replace(".", "")) + int(m.group("cents")) / 100


_CONTOS_WRITTEN = re.compile(r"(?i:\bcontos?\b)")


def writes_escudos(text: str, url: str) -> bool:
    """Whether the article writes the escudo by name or code (its contos aside, which are
    also tales), names Cape Verde, or sits at its country's domain: only then is a cifrão a
    currency's sign, and a conto a thousand escudos."""
    return (
        currency_written(ESCUDO, _CONTOS_WRITTEN.sub("", text))
        or country_among(_ESCUDOS, text) is not None
        or outlet_currency(url, _ESCUDOS) is not None
    )
