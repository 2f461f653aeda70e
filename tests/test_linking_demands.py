"""Linking rules that read who is said to do what: a change someone was only ordered or
urged to make, or one in an infinitive ("unable to return"), is no change, and a clause in -ing after a comma states the state an event
left, apart from the event, for a status's margin."""

from __future__ import annotations

import pytest

from sorabrief.aggregation.clauses import coordinate_stems, main_clause
from sorabrief.aggregation.polarity import Aspect, polarity


@pytest.mark.parametrize(
    ("text", "aspect"),
    [
        ("The court ordered the bakers to go back to their ovens.", Aspect.UNMARKED),
        ("Growers were urged by the minister to resume deliveries.", Aspect.UNMARKED),
        ("The council asked tenants to return to the tower on Friday.", Aspect.UNMARKED),
        ("The board called on pilots to end the walkout, and flights resumed.", Aspect.CHANGED),
        ("Tenants returned to the tower on Friday.", Aspect.CHANGED),
        ("The minister ordered the bridge to the islands reopened.", Aspect.CHANGED),
        ("Walkers are told not to use the cliff path and to return by the beach.", Aspect.UNMARKED),
        ("Anglers were advised to resume fishing only upstream.", Aspect.UNMARKED),
    ],
)
def test_what_someone_was_ordered_to_do_says_no_change(text: str, aspect: Aspect) -> None:
    assert polarity(text).aspect == aspect


def test_a_clause_in_ing_after_a_comma_states_a_result_for_a_status() -> None:
    text = "The ferry strike entered its fifth day, leaving the quay idle, according to the port."
    assert len(coordinate_stems(text)) == 1
    parts = coordinate_stems(text, results=True)
    assert len(parts) == 2
    assert main_clause(parts, {"quay", "idl"}) == 1
    assert main_clause(parts, {"ferri", "strike"}) == 0
    assert len(coordinate_stems("Ten flats flooded, including two on the ground floor.", True)) == 1


@pytest.mark.parametrize(
    ("text", "aspect", "negated"),
    [
        ("Tenants of the east wing remain unable to return to their flats.", Aspect.ONGOING, True),
        (
            "The ferry stayed in port, with no date set for sailings to resume.",
            Aspect.UNMARKED,
            True,
        ),
        ("The mill is expected to reopen in the spring.", Aspect.UNMARKED, False),
        ("Tenants of the east wing were allowed to return on Sunday.", Aspect.CHANGED, False),
        ("Stallholders began to reopen their kiosks at dawn.", Aspect.CHANGED, False),
        ("Tenants of the east wing returned on Sunday.", Aspect.CHANGED, False),
    ],
)
def test_a_change_in_an_infinitive_has_not_happened(
    text: str, aspect: Aspect, negated: bool
) -> None:
    found = polarity(text)
    assert (found.aspect, found.negated) == (aspect, negated)


def test_a_state_someone_is_unable_to_leave_opposes_its_change() -> None:
    stuck = polarity("Tenants of the east wing remain unable to return to their flats.")
    assert stuck.opposes(polarity("On Sunday the tenants were let back into the east wing."))
    assert not stuck.opposes(polarity("The east wing tenants still cannot go home."))


@pytest.mark.parametrize(
    ("text", "aspect"),
    [
        ("The Orlo creamery restarted its churns on Monday.", Aspect.CHANGED),
        ("Crews reconnected the last farms on Tuesday.", Aspect.CHANGED),
        ("The harbour board revoked the fishing ban.", Aspect.CHANGED),
        ("The co-operative's accounts were unfrozen.", Aspect.CHANGED),
        ("Crews are reconnecting farms one valley at a time.", Aspect.UNMARKED),
        ("The creamery will present a restart plan in May.", Aspect.UNMARKED),
    ],
)
def test_a_change_in_the_past_is_a_change_and_one_under_way_is_not(
    text: str, aspect: Aspect
) -> None:
    assert polarity(text).aspect == aspect
