"""A figure as a figure claim counts it: in the claim's unit, or through the conversion
printed beside it. A count claim whose unit is several words ("ticket holder") counts a
figure of what it counts ("38,000 ticket holders"), whose unit is its last noun, and so
does a figure of more words ending in it ("18 bottled-water distribution points"). A count
of people ("212 people") counts a claim's people named by what they do (passengers,
residents), a count of people named by what they do ("23 commuters") a claim counting
people, and a group's noun ("46 crew") its members ("crew member").

An outlet writing for readers of another currency often gives both: "a fund of €290,000
(£250,000)" reports the fund in pounds as much as "a £250,000 fund" does. So for a claim
in pounds, that figure is its conversion, with the conversion's words, place and hedge.
"""

from __future__ import annotations

import re

import attrs

from sorabrief.findings import Figure
from sorabrief.model import Claim
from sorabrief.nouns import singular
from sorabrief.quantities import in_claim_unit

_PEOPLE = frozenset({"person", "people"})
_PERSON_NOUN = re.compile(r"[a-z]{2,}(?:er|or|ist|ent|ant|ee|ian)$")
"""A noun naming people by what they do or are: passenger, resident, rescuer, employee."""


def _counts_unit(figure: Figure, quantity: str, unit: str) -> bool:
    """Whether what a count counts ends in the claim's unit, of one word or several: "38,000
    ticket holders" and "18 bottled-water distribution points" count ticket holders and
    distribution points."""
    words = (figure.counts or "").split()
    size = len(unit.split())
    return (
        size > 0
        and len(words) >= size
        and (in_claim_unit(figure.quantity, " ".join(words[-size:]), quantity, unit) is not None)
    )


def by_kind(figure: Figure, claim: Claim) -> bool:
    """Whether a count counts a claim's people only by their kind (``_same_people``): an
    article that counts them in the claim's own unit gives its figure there."""
    return (
        claim.quantity == "count"
        and figure.quantity == "count"
        and _same_people(figure.unit, claim.unit or "")
    )


def counts_people(figure: Figure) -> bool:
    """Whether a figure counts people with no word for who they are ("212 people")."""
    return figure.quantity == "count" and singular(figure.unit) in _PEOPLE


def claim_counts_people(claim: Claim) -> bool:
    """Whether a claim counts people with no word for who they are (its unit "person")."""
    return singular(claim.unit or "") in _PEOPLE


def _same_people(unit: str, claim_unit: str) -> bool:
    """Whether a figure's counted noun counts what the claim counts: "212 people" counts
    the claim's passengers or residents (people by what they do, ``_PERSON_NOUN``), "23
    commuters" a claim's people, and "46 crew" its crew members (a group's members,
    counted by the group's noun)."""
    have, want = singular(unit), claim_unit.lower().split()
    if len(want) == 1 and singular(want[0]) in _PEOPLE:
        return have not in _PEOPLE and _PERSON_NOUN.fullmatch(have) is not None
    if have in _PEOPLE:
        return len(want) == 1 and _PERSON_NOUN.fullmatch(singular(want[0])) is not None
    return len(want) == 2 and want[1] == "member" and have == want[0]


def as_claimed(figure: Figure, claim: Claim) -> Figure | None:
    """The figure in a form the claim can count (itself, or its conversion into the
    claim's currency), or None when neither is of the claim's quantity and unit."""
    quantity, unit = claim.quantity or "", claim.unit or ""
    if in_claim_unit(figure.quantity, figure.unit, quantity, unit) is not None:
        return figure
    if _counts_unit(figure, quantity, unit):
        return figure  # a unit of several words, "ticket holder", in what the figure counts
    if by_kind(figure, claim):
        return attrs.evolve(figure, unit=unit)
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
