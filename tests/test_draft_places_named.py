"""Names `sorabrief draft` reads as places: after a place noun and "of", before a
currency, and a street's name."""

from __future__ import annotations

from sorabrief.draft.places import written_as_place_anywhere
from support import proposed_parties


def test_a_name_after_a_place_noun_and_of_is_a_place() -> None:
    texts = ["Late transfers from the department of Quenmoor held up the payroll."]
    assert written_as_place_anywhere("Quenmoor", texts)
    assert not written_as_place_anywhere("Quenmoor", ["The Department of Quenmoor Affairs met."])


def test_a_name_before_a_currency_is_a_country() -> None:
    assert written_as_place_anywhere("Quenmoor", ["The grant was 90,000 Quenmoor dollars."])


def test_a_street_is_no_party() -> None:
    parties = proposed_parties(
        {
            "a": "Tallow Street was closed after the blast, and Tallow Street reopened later.\n",
            "b": "Tallow Street reopened on Monday, the Orlen Gas Company said.\n",
        }
    )
    assert "Tallow Street" not in parties
    assert "Orlen Gas Company" in parties
