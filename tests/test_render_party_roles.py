"""The Parties table names an affiliation its role does not already name."""

from __future__ import annotations

from sorabrief.briefing import Briefing
from sorabrief.model import Party, PartyKind
from sorabrief.render.sections import parties
from sorabrief.render.view import Wording


def _roles(*people: Party) -> list[str]:
    tenants = Party("tenants", "tenants' federation", PartyKind.ORGANIZATION, "named")
    briefing = Briefing(
        case_id="flats",
        title="Flats",
        as_of=None,
        parties=(tenants, *people),
        sources=(),
        claims=(),
        current_status=(),
        timeline=(),
    )
    return [row.role for row in parties(briefing, Wording(briefing)).items][1:]


def test_an_affiliation_the_role_names_with_typeset_apostrophes_is_not_repeated() -> None:
    chair = Party("ana", "Ana Broek", PartyKind.PERSON, "chair, tenants' federation", (), "tenants")
    other = Party("ivo", "Ivo Trask", PartyKind.PERSON, "treasurer", (), "tenants")
    assert _roles(chair, other) == [
        "chair, tenants’ federation",
        "treasurer (tenants' federation)",
    ]
