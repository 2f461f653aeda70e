"""Someone named who is no party speaks for themselves; a spokesperson for whom they represent."""

from __future__ import annotations

import pytest

from sorabrief.extract import Vocabulary, extract
from sorabrief.model import Party, PartyKind, Source

VOCABULARY = Vocabulary(
    parties=(
        Party(id="lindqvist", name="Lindqvist Ferries", kind=PartyKind.ORGANIZATION, role="operator",
              aliases=("Lindqvist", "the operator")),
        Party(id="osei", name="Kwame Osei", kind=PartyKind.PERSON, role="former chief executive",
              aliases=("Osei",), affiliation="lindqvist"),
    ),
    topic=("a Lindqvist ferry ran aground",),
)  # fmt: skip


def _speakers(body: str) -> list[tuple[str | None, str | None]]:
    return [
        (q.speaker, q.attribution) for q in extract(Source(id="x", body=body), VOCABULARY).quotes
    ]


@pytest.mark.parametrize(
    "body",
    [
        "Mira Tallent, Lindqvist's interim chief executive, said the ships would sail "
        "“once the hull survey is signed off”.",
        "“We owe passengers a full account,” said Mira Tallent, who took over after Kwame Osei "
        "resigned last month, “and they will get one.”",
    ],
)
def test_a_named_executive_who_is_no_party_speaks_for_herself(body: str) -> None:
    assert _speakers(body) == [(None, "Mira Tallent")]


def test_a_named_spokesperson_speaks_for_whom_he_represents() -> None:
    body = "“The crew acted correctly,” said Ravi Dunmore, a spokesperson for Lindqvist Ferries."
    assert _speakers(body) == [("lindqvist", "Ravi Dunmore")]


def test_a_party_named_in_the_appositive_who_is_the_speaker_speaks() -> None:
    body = "Kwame Osei, Lindqvist's former chief executive, said he had “no regrets”."
    assert _speakers(body) == [("osei", "Kwame Osei")]
