"""Events told apart from another claim only by their act link only sentences naming it."""

from __future__ import annotations

from sorabrief.aggregation.twins import names_act, twin_acts
from sorabrief.model import Claim, ClaimKind


def _event(claim_id: str, statement: str) -> Claim:
    return Claim(id=claim_id, kind=ClaimKind.EVENT, statement=statement)


CLAIMS = [
    _event("lease-suspended", "The Varden council suspended Tolla Ferries' pier lease and "
           "put its own wardens on the quay."),
    _event("lease-cancelled", "The Varden council cancelled Tolla Ferries' pier lease."),
    _event("ferry-sank", "A Tolla ferry sank off the Varden pier."),
]  # fmt: skip


def test_an_event_differing_from_another_only_in_its_verb_has_a_twin_act() -> None:
    assert twin_acts(CLAIMS) == {"lease-cancelled": "cancel"}


def test_a_sentence_names_the_act_by_its_verb_or_a_noun_of_its_root() -> None:
    assert names_act("The council has cancelled the lease.", "cancel")
    assert names_act("The cancellation of the lease surprised nobody.", "cancel")
    assert not names_act("The council suspended Tolla's pier lease on Monday.", "cancel")
    assert names_act("Its suspension was announced on Monday.", "suspend")
