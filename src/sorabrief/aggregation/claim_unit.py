"""A figure as a figure claim counts it: in the claim's unit, or through the conversion
printed beside it. A count claim whose unit is several words ("ticket holder") counts a
figure of what it counts ("38,000 ticket holders"), whose unit is its last noun.

An outlet writing for readers of another currency often gives both: "a fund of €290,000
(£250,000)" reports the fund in pounds as much as "a £250,000 fund" does. So for a claim
in pounds, that figure is its conversion, with the conversion's words, place and hedge.
"""

from __future__ import annotations

from sorabrief.findings import Figure
from sorabrief.model import Claim
from sorabrief.quantities import in_claim_unit


def as_claimed(figure: Figure, claim: Claim) -> Figure | None:
    """The figure in a form the claim can count (itself, or its conversion into the
    claim's currency), or None when neither is of the claim's quantity and unit."""
    quantity, unit = claim.quantity or "", claim.unit or ""
    if in_claim_unit(figure.quantity, figure.unit, quantity, unit) is not None:
        return figure
    if figure.counts and in_claim_unit(figure.quantity, figure.counts, quantity, unit):
        return figure  # a unit of several words, "ticket holder", in what the figure counts
    conversion = figure.converted
    if (
        conversion is None
        or in_claim_unit(figure.quantity, conversion.unit, quantity, unit) is None
    ):
        return None
    return Figure(
        text=conversion.text,
        start=conversion.start,
        end=conversion.end,
        quantity=figure.quantity,
        low=conversion.low,
        high=conversion.high,
        unit=conversion.unit,
        hedge=conversion.hedge,
        bound=figure.bound,
    )
