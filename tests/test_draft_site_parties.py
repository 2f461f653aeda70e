"""`sorabrief draft` proposes a school as a party when it acts, not when it is a site."""

from __future__ import annotations

from sorabrief.model import PartyKind
from support import proposed_parties


def test_a_school_written_only_as_the_place_of_the_news_is_no_party() -> None:
    parties = proposed_parties(
        {
            "a": "Fire broke out in a dormitory at Tarrow Hill Secondary School on Monday. "
            "Pellow County Council said it would review the building.\n",
            "b": "Pupils at Tarrow Hill Secondary School were sent home after the fire. "
            "Pellow County Council said inspectors had visited.\n",
        }
    )
    assert "Tarrow Hill Secondary School" not in parties
    assert "Pellow County Council" in parties


def test_a_school_that_speaks_as_the_school_is_an_organisation_party() -> None:
    parties = proposed_parties(
        {
            "a": "Fire broke out at Tarrow Hill Secondary School on Monday. The school said "
            "all pupils were safe.\n",
            "b": "Pupils at Tarrow Hill Secondary School were sent home after the fire.\n",
        }
    )
    assert parties["Tarrow Hill Secondary School"].kind == PartyKind.ORGANIZATION
