"""How a newer sentence is read as changing a status: an open question says no change,
"now" alone dates what a sentence says, and "no longer" says a change (invented text)."""

from __future__ import annotations

import pytest

from sorabrief.aggregation.case_index import SentenceRef
from sorabrief.aggregation.polarity import Aspect, Polarity, change_polarity, polarity
from sorabrief.aggregation.status import status_changes
from sorabrief.aggregation.subject import names_change, status_head, status_subject
from sorabrief.briefing import Evidence, SupportedClaim
from sorabrief.findings import Findings, Sentence
from sorabrief.model import Claim, ClaimKind
from sorabrief.partial_date import PartialDate


def _changes(statement: str, newer: str, likeness: float = 0.05) -> bool:
    """Whether a newer source's one sentence is read as changing a status that an older
    source states in its words."""
    claim = Claim(id="state", kind=ClaimKind.STATUS, statement=statement)
    supported = SupportedClaim(
        claim, (Evidence("01", 0, len(statement), statement),), ("01",), ("Orla Echo",),
        PartialDate(2026, 5, 2),
    )  # fmt: skip
    findings = {
        "01": Findings("01", sentences=(Sentence(0, len(statement), statement),)),
        "02": Findings("02", sentences=(Sentence(0, len(newer), newer),)),
    }
    published = {"01": PartialDate(2026, 5, 2), "02": PartialDate(2026, 5, 9)}
    opposed = {claim.id: [(SentenceRef("02", 0), likeness, False)]}
    return bool(status_changes((supported,), opposed, findings, published))


@pytest.mark.parametrize(
    "text",
    [
        "Whether the council lifts its ban on boating at Lake Orrin",
        "Nobody knows whether the Harlo depot reopened.",
        "The question is whether the Velt line has resumed, or merely been tested.",
    ],
)
def test_an_open_question_says_no_change(text: str) -> None:
    assert polarity(text).aspect != Aspect.CHANGED


def test_an_open_question_does_not_change_a_status() -> None:
    statement = "Boating on Lake Orrin remains banned while the council tests the water."
    question = (
        "- Whether the council lifts its ban on boating at Lake Orrin, which would let "
        "the hire firms back on the water"
    )
    assert not _changes(statement, question)
    assert _changes(statement, "The council lifted its ban on boating at Lake Orrin on Friday.")


@pytest.mark.parametrize(
    ("newer", "changed"),
    [
        ("The Orrin mill now puts its lost output at 40 tonnes a day.", False),
        ("Inspectors now say the mill's dust filters were never checked.", False),
        ("The Orrin mill is milling grain again, the owners say.", True),
        ("The Orrin mill has now resumed milling.", True),
    ],
)
def test_now_alone_dates_what_a_sentence_says(newer: str, changed: bool) -> None:
    statement = "The Orrin mill remains shut and no grain has been milled since the fire."
    assert _changes(statement, newer) == changed


@pytest.mark.parametrize(
    "text",
    [
        "The Harlo depot no longer takes freight.",
        "Since Friday the mayor no longer chairs the port board.",
    ],
)
def test_no_longer_says_a_change(text: str) -> None:
    assert change_polarity(text) == Polarity(Aspect.CHANGED, False)
    assert polarity(text).negated  # the state it ended is denied


@pytest.mark.parametrize(
    ("newer", "changed"),
    [
        ("Ana Ortiz Vela no longer chairs the Orrin port board.", True),
        ("Ortiz no longer chairs the Orrin port board, the council said.", True),
        ("Ana Ortiz Vela still chairs the Orrin port board.", False),
        ("Ana Ortiz Vela said the port board no longer meets on Sundays.", False),
        ("The port board no longer meets on Sundays, Ortiz said.", False),
    ],
)
def test_a_person_no_longer_in_a_post_changes_a_status_naming_them(
    newer: str, changed: bool
) -> None:
    claim = Claim(
        id="chair",
        kind=ClaimKind.STATUS,
        statement="Ortiz remains chair of the port board while the council reviews her accounts.",
    )
    weights = {t: 1.0 for t in status_subject(claim)}
    found = names_change(newer, status_subject(claim), weights.__getitem__, status_head(claim))
    assert found == changed


@pytest.mark.parametrize(
    ("newer", "changed"),
    [
        ("The first ship since the strike berthed at Harlo quay on Monday.", True),
        ("On Monday, for the first time since the strike, ships berthed at Harlo quay.", True),
        ("No ship has berthed at Harlo quay since the strike began.", False),
        ("The strike at Harlo quay was the first since 1998.", False),
        ("It is the first strike at Harlo quay since 2011.", False),
    ],
)
def test_the_first_since_a_stop_says_it_ended(newer: str, changed: bool) -> None:
    statement = "Harlo quay remains blocked and no ship has berthed since the strike began."
    assert _changes(statement, newer) == changed
