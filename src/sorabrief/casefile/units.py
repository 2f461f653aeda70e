"""Check a figure claim's unit against its quantity, with the fix in the message."""

from __future__ import annotations

import re

from sorabrief.model import Claim
from sorabrief.quantities import HOURS_IN, time_unit

_ISO_CODE = re.compile(r"[A-Z]{3}")


def unit_problem(claim: Claim) -> str | None:
    """What is wrong with a figure claim's unit, or None."""
    unit, quantity = claim.unit, claim.quantity
    if unit is None or quantity is None:
        return None
    if quantity == "money" and not _ISO_CODE.fullmatch(unit):
        return f"'{unit}' is not an ISO 4217 currency code{_currency_hint(unit)}"
    if quantity in ("duration", "length") and time_unit(unit) is None:
        return f"'{unit}' is not a time unit; write one of {', '.join(HOURS_IN)}"
    if quantity == "resolution" and unit != "p":
        return f"'{unit}' is not the unit of a resolution; write p"
    if quantity == "percent" and unit != "%":
        return f"'{unit}' is not the unit of a percentage; write '%'"
    return None


def _currency_hint(unit: str) -> str:
    from sorabrief.extract.currencies import currency_of
    from sorabrief.extract.shared_markers import SHARED_SIGNS

    try:
        code: str | None = currency_of(unit)
    except ValueError:
        return " such as USD, EUR, GBP or CAD"
    if code in SHARED_SIGNS:
        code = SHARED_SIGNS[code][0]
    if code is None:
        return " such as XOF or XAF"
    if code == "$":
        return " such as USD, CAD or AUD"
    return f"; write {code}" if code.isupper() else " such as USD, EUR, GBP or CAD"
