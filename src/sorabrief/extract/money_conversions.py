"""A second amount in another currency printed right beside a sum ("C$650.88 (about
US$483)", "¥4.5 billion ($30 million)"): a conversion of it, kept with the sum."""

from __future__ import annotations

import re

from sorabrief.extract.money_amounts import Amount
from sorabrief.findings import Conversion, Figure

_CONVERSION_GAP = re.compile(
    r"(?i:\s+(?:each|apiece|a\s+head|per\s+(?:person|head)))?"
    r"\s*(?:[(\[,—–-]\s*)?(?i:(?:or|equivalent\s+to|approx\.?|worth|which\s+is|i\.e\.)\s+)*"
)
"""What may stand between an amount and its conversion (the hedge belongs to the conversion),
after a word that shares the sum out ("PLN 200 each (about €47)")."""
_CONVERSION_SIGN = re.compile(r"[(\[]|(?i:\b(?:or|equivalent|approx|worth|which|i\.e)\b)")
"""A gap that says the next amount converts the one before (a comma alone lists sums)."""
_AT_RATE = re.compile(
    r"(?i:[ \t]+at[ \t]+(?:current|today['’]s|present|prevailing|the[ \t]+current|the)"
    r"[ \t]+(?:exchange[ \t]+)?rates?)\b"
)
_RATE_GAP = re.compile(r"(?:\s+[a-z]+){0,3}\s*[,(—–-]\s*(?:[a-z]+\s+){0,3}")
"""A sum followed by "at current rates" converts the sum just before it, whatever words
stand between them, the sum's own noun included ("MXN 200 million, a little over US$11
million at current rates", "a HUF 6bn bill, some €15m at current rates")."""


def conversion_gap(text: str, first: Figure, second: Figure) -> re.Match[str] | None:
    """What stands between ``first`` and ``second`` when it may stand before a conversion."""
    return _CONVERSION_GAP.fullmatch(text, first.end, second.start)


def converts(text: str, first: Figure, second: Figure) -> bool:
    """Whether ``second`` is ``first`` converted into another currency."""
    if first.converted is not None or second.unit == first.unit:
        return False
    if conversion_gap(text, first, second) is not None:
        return True
    at_rate = _AT_RATE.match(text, second.end) is not None
    return at_rate and _RATE_GAP.fullmatch(text, first.end, second.start) is not None


def converts_home(text: str, first: Figure, second: Amount, home: str) -> bool:
    """Whether a bare "$" converts a sum in the article's own non-US dollar or peso: a
    conversion is into another currency, so "200 million pesos (about $10.9 million)" and
    "C$650 (about $480)" give US dollars."""
    if home == "USD" or first.unit != home or first.converted is not None:
        return False
    gap = conversion_gap(text, first, second.figure)
    signed = gap is not None and (
        _CONVERSION_SIGN.search(gap.group()) is not None or second.figure.hedge is not None
    )
    return signed or _AT_RATE.match(text, second.figure.end) is not None


def conversion(figure: Figure) -> Conversion:
    return Conversion(
        text=figure.text,
        start=figure.start,
        end=figure.end,
        low=figure.low,
        high=figure.high,
        unit=figure.unit,
        hedge=figure.hedge,
    )
