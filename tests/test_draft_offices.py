"""An office written as a name and the one person who holds it are one party."""

from __future__ import annotations

from sorabrief.draft.offices import with_office_holders
from sorabrief.draft.parties import ProposedParty
from sorabrief.model import Party, PartyKind


def _proposed(party: Party) -> ProposedParty:
    return ProposedParty(party, 2, "named by 2 reports")


def test_an_office_one_person_holds_is_folded_into_that_person() -> None:
    parties = [
        _proposed(Party("harbour-ombudsman", "Harbour Ombudsman", PartyKind.ORGANIZATION, "x")),
        _proposed(
            Party("ada-quist", "Ada Quist", PartyKind.PERSON, "Harbour Ombudsman", ("Quist",))
        ),
        _proposed(Party("tolvane", "Tolvane Foods", PartyKind.ORGANIZATION, "x")),
    ]
    found = [p.party for p in with_office_holders(parties)]
    assert [p.name for p in found] == ["Ada Quist", "Tolvane Foods"]
    assert found[0].aliases == ("Quist", "Harbour Ombudsman")


def test_an_office_someone_speaks_for_stays_a_party() -> None:
    parties = [
        _proposed(Party("harbour-ombudsman", "Harbour Ombudsman", PartyKind.ORGANIZATION, "x")),
        _proposed(Party("ada-quist", "Ada Quist", PartyKind.PERSON, "Harbour Ombudsman")),
        _proposed(
            Party(
                "ivo-brand", "Ivo Brand", PartyKind.PERSON, "spokesperson", (), "harbour-ombudsman"
            )
        ),
    ]
    assert len(with_office_holders(parties)) == 3
