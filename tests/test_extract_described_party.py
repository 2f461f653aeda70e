"""A party described by the common noun of its own name ("the authority", "a ministry
spokesperson", "Harbour officials") speaks as that party."""

from __future__ import annotations

import pytest

from sorabrief.extract import Vocabulary, extract
from sorabrief.model import Party, PartyKind, Source

VOCABULARY = Vocabulary(
    parties=(
        Party(id="water-authority", name="Lakeshore Water Authority", kind=PartyKind.ORGANIZATION,
              role="regulator", aliases=("LWA",)),
        Party(id="health-ministry", name="Ministry of Health", kind=PartyKind.ORGANIZATION,
              role="ministry"),
        Party(id="harbour-board", name="Port Ellis Harbour Board", kind=PartyKind.ORGANIZATION,
              role="port"),
        Party(id="parks-board", name="Parks Board", kind=PartyKind.ORGANIZATION, role="parks"),
        Party(id="dredgeco", name="DredgeCo", kind=PartyKind.ORGANIZATION, role="contractor"),
    ),
    topic=("algae closes the Lakeshore beaches",),
)  # fmt: skip


def _speakers(body: str) -> list[str | None]:
    return [q.speaker for q in extract(Source(id="x", body=body), VOCABULARY).quotes]


@pytest.mark.parametrize(
    "closing",
    [
        "The authority said the beaches would stay shut “until two clean samples in a row”.",
        "A spokesperson for the authority said the beaches would stay shut “until two clean "
        "samples in a row”.",
        "An authority spokesman said the beaches would stay shut “until two clean samples in a "
        "row”.",
    ],
)
def test_the_noun_of_a_party_named_before(closing: str) -> None:
    body = (
        "The Lakeshore Water Authority closed six beaches on Friday after DredgeCo "
        f"disturbed the lake bed.\n\n{closing}\n"
    )
    assert _speakers(body) == ["water-authority"]


def test_of_two_parties_with_the_noun_the_one_named_last() -> None:
    body = (
        "The Parks Board closed the lakeside paths. The Port Ellis Harbour Board suspended "
        "dredging on Monday.\n\n"
        "The board said the work would resume “only when the water is clear”.\n"
    )
    assert _speakers(body) == ["harbour-board"]


def test_officials_named_by_a_word_of_the_party_name() -> None:
    body = (
        "Dredging stopped at Port Ellis on Monday. Harbour officials said the silt had "
        "spread “much further than the models predicted”.\n"
    )
    assert _speakers(body) == ["harbour-board"]


def test_a_noun_no_party_has_stays_unresolved() -> None:
    body = (
        "The Lakeshore Water Authority closed six beaches.\n\n"
        "The museum said its lakeside exhibition would “open as planned”.\n"
    )
    assert _speakers(body) == [None]
