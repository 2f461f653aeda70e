"""Whether a span of time is of another scale than the duration a claim counts.

An editor gives a duration claim the unit its reports count it in: a closure of days in
days, a gas leak of minutes in minutes. A span of hundreds of that unit, or of a small
part of one, measures something else in the sentence: a career ("who has taught in the
town for 19 years", against months without pay), a contract's term ("worth 9.6 million
lei over three years", against days a station was closed), a trip ("it takes me forty
minutes more", against the same closure).
"""

from __future__ import annotations

from sorabrief.findings import Figure
from sorabrief.model import Claim
from sorabrief.quantities import in_claim_unit

WIDEST = 200.0
"""More than this many of the claim's units is another scale (200 days, 200 hours)."""
NARROWEST = 0.1
"""Less than this part of one of the claim's units is another scale (two hours of a day)."""


def out_of_scale(figure: Figure, claim: Claim) -> bool:
    """Whether a span, in the claim's unit, is more than ``WIDEST`` or less than
    ``NARROWEST`` of it."""
    factor = in_claim_unit(figure.quantity, figure.unit, claim.quantity or "", claim.unit or "")
    if factor is None:
        return False
    return figure.low * factor > WIDEST or figure.high * factor < NARROWEST
