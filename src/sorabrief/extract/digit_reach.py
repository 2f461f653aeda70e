"""How far into a match its first digit can lie.

Many rules read a number after a short marker ("$", "US$", "EUR "): every match holds a
digit within a few characters of its start. ``digit_within`` reads that bound from the
pattern itself (``re``'s parser), so ``openings.found`` can try such a pattern only just
before the digits of a text instead of at every place its first characters allow.
"""

from __future__ import annotations

import re._constants as sre
import re._parser as sre_parse
from typing import Any

_REPEATS = (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT)
_ASCII_DIGITS = "0123456789"


def digit_within(parsed: Any) -> int | None:
    """The most characters a match of the parsed pattern can read before a character that
    must be a digit (``\\d``), or None when no such character comes after a bounded start."""
    return _sequence(parsed.data, parsed.state)


def _sequence(items: Any, state: Any) -> int | None:
    """How far into what the items match a digit must come, if that is bounded."""
    offset = 0
    for op, value in items:
        reach = _item(op, value, state)
        if reach is not None:
            return offset + reach
        widest = sre_parse.SubPattern(state, [(op, value)]).getwidth()[1]
        if widest >= sre.MAXREPEAT:
            return None
        offset += widest
    return None


def _item(op: Any, value: Any, state: Any) -> int | None:
    """How far into what one parsed item matches a digit must come, if it must."""
    if op is sre.LITERAL:
        return 0 if chr(value) in _ASCII_DIGITS else None
    if op is sre.IN:
        return 0 if all(_digit_item(o, v) for o, v in value) else None
    if op is sre.SUBPATTERN:
        return _sequence(value[3].data, state)
    if op is sre.ATOMIC_GROUP:
        return _sequence(value.data, state)
    if op is sre.BRANCH:
        reaches = [_sequence(branch.data, state) for branch in value[1]]
        return None if None in reaches else max(r for r in reaches if r is not None)
    if op in _REPEATS and value[0]:
        return _sequence(value[2].data, state)
    return None


def _digit_item(op: Any, value: Any) -> bool:
    """Whether a character class item holds digits only."""
    if op is sre.CATEGORY:
        return value is sre.CATEGORY_DIGIT
    if op is sre.LITERAL:
        return chr(value) in _ASCII_DIGITS
    return op is sre.RANGE and "0" <= chr(value[0]) <= chr(value[1]) <= "9"
