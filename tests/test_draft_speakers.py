"""Who speaks in a sentence (not a party whose surname another person shares, nor a
person written as someone else's possessor), and what is a present state."""

from __future__ import annotations

from sorabrief.draft.kinds import guess_kind
from sorabrief.draft.speakers import named_in
from sorabrief.extract import Vocabulary, extract
from sorabrief.model import ClaimKind, Party, PartyKind
from support import outlet_source

_BOY = Party("rowan-ashby", "Rowan Ashby", PartyKind.PERSON, "pupil", ("Ashby",))
_SCHOOL = Party("fernhill-academy", "Fernhill Academy", PartyKind.ORGANIZATION, "school")


def _guesses(body: str) -> list[tuple[ClaimKind, str | None]]:
    source = outlet_source("a", body)
    findings = extract(source, Vocabulary(parties=(_BOY, _SCHOOL), topic=()))
    people = {_BOY.id}
    return [
        (g.kind, g.by)
        for s in findings.sentences
        for g in [guess_kind(s.text, named_in(findings, s, people), None, False, {})]
    ]


def test_a_relative_sharing_a_surname_is_not_the_party_who_speaks() -> None:
    guesses = _guesses(
        "Rowan Ashby was hurt at Fernhill Academy on Monday.\n\n"
        "His father, Colm Ashby, said in a statement that he was relieved the school had acted.\n"
    )
    assert guesses[1][1] != "rowan-ashby"


def test_a_person_written_as_a_possessor_is_not_the_party_who_speaks() -> None:
    guesses = _guesses(
        "Rowan Ashby’s mother said in a statement that the academy had let him down.\n"
    )
    assert guesses[0][1] != "rowan-ashby"


def test_the_party_named_as_the_subject_still_speaks() -> None:
    guesses = _guesses(
        "Mr Ashby said in a statement that he was relieved.\n\n"
        "Rowan Ashby said in a statement that he was grateful.\n"
    )
    assert [by for _, by in guesses] == ["rowan-ashby", "rowan-ashby"]


def test_a_plan_or_forecast_is_no_present_status() -> None:
    kinds = {
        s: guess_kind(s, [], None, False, {}).kind
        for s in (
            "The Kellmoor tunnel will remain shut until the spring.",
            "The review panel is due to report within eight weeks.",
            "The smelter is expected to stay offline for a month.",
            "The Kellmoor tunnel remains shut.",
        )
    }
    assert list(kinds.values()) == [
        ClaimKind.EVENT,
        ClaimKind.EVENT,
        ClaimKind.EVENT,
        ClaimKind.STATUS,
    ]
