"""`sorabrief draft` types a collective of people as a group, not an organisation."""

from __future__ import annotations

import pytest

from sorabrief.draft.collectives import names_a_collective
from sorabrief.model import PartyKind
from support import proposed_parties


@pytest.mark.parametrize(
    "name",
    [
        "Families of the Injured",
        "Harlow Flood Survivors",
        "Quarry Lane Parents for Safe Roads",
        "Tarrow Court Residents' Concern Group",
        "Tarrow Court Residents’ Forum",
        "Pellow Delivery Riders' Joint Action Committee",
        "Villa Norte residents’ committee",
        "Residents Against the Incinerator",
    ],
)
def test_a_name_headed_or_owned_by_plural_people_names_a_collective(name: str) -> None:
    assert names_a_collective(name)


@pytest.mark.parametrize(
    "name",
    [
        "Tarrow Children's Hospital",
        "Dovrin Provincial People's Committee",
        "Citizens Bank of Tarrow",
        "Farmers' Savings Bank",
        "Tarrow Borough Council",
        "Women's Aid",
        "Harlow Mills Group",
        "Tarrow Dock Workers' Federation",
    ],
)
def test_a_body_that_serves_governs_or_employs_people_is_no_collective(name: str) -> None:
    assert not names_a_collective(name)


def test_a_passengers_group_that_acts_is_proposed_as_a_group() -> None:
    parties = proposed_parties(
        {
            "a": "The Tarrow Ferry Passengers' Group said the operator had ignored warnings. "
            "Pellow Ferries denied the claim.\n",
            "b": "Pellow Ferries apologised on Monday. The Tarrow Ferry Passengers' Group "
            "demanded refunds for every cancelled crossing.\n",
        }
    )
    assert parties["Tarrow Ferry Passengers' Group"].kind == PartyKind.GROUP
    assert parties["Pellow Ferries"].kind == PartyKind.ORGANIZATION


def test_families_named_after_what_befell_them_are_a_group() -> None:
    parties = proposed_parties(
        {
            "a": "Families of the Harlow Victims said the inquiry was too slow.\n",
            "b": "Families of the Harlow Victims said they would go to court.\n",
        }
    )
    assert parties["Families of the Harlow Victims"].kind == PartyKind.GROUP
