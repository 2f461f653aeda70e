"""A person who is no party, named again by a given name alone, by a family name written
first, or spoken of as "she" through several paragraphs."""

from __future__ import annotations

from sorabrief.extract import Vocabulary, extract
from sorabrief.model import Party, PartyKind, Source

VOCABULARY = Vocabulary(
    parties=(
        Party(id="brightwater", name="Brightwater Homes", kind=PartyKind.ORGANIZATION,
              role="landlord", aliases=("Brightwater",)),
    ),
    topic=("damp flats owned by Brightwater Homes",),
)  # fmt: skip


def _speakers(body: str) -> list[tuple[str | None, str | None]]:
    return [
        (q.speaker, q.attribution) for q in extract(Source(id="x", body=body), VOCABULARY).quotes
    ]


def test_she_after_a_given_name_alone_is_the_person_named_in_full() -> None:
    body = (
        "Rosalind Okafor, 29, a tenant on the fourth floor, said: “The mould came back within a week.”\n\n"
        "Brightwater Homes said it would inspect every flat in the block.\n\n"
        "Rosalind said her son had been coughing since October.\n\n"
        "“He sleeps in the living room now,” she added.\n"
    )
    assert _speakers(body)[-1] == (None, "Rosalind Okafor")


def test_a_title_and_a_family_name_written_first() -> None:
    body = (
        "Retired welder Tsang Wai-keung, who has lived in the block since 1998, said he "
        "had stopped using two rooms. “The walls are black,” Mr Tsang said.\n"
    )
    assert _speakers(body) == [(None, "Tsang Wai-keung")]


def test_a_title_and_a_given_name_is_no_one_named_with_it_first() -> None:
    body = "Tenant James Hollis said the heating had failed. “It is freezing,” Mr James said.\n"
    assert _speakers(body) == [(None, "Mr James")]


def test_she_carries_through_a_paragraph_that_speaks_of_her() -> None:
    body = (
        "For Ingrid Salo, a teacher who rents a flat on the top floor, the first sign was a "
        "stain above her bed.\n\n"
        "Within a month, she said, her books had started to smell.\n\n"
        "“I thought the roof was leaking,” she said.\n"
    )
    assert _speakers(body)[-1] == (None, "Ingrid Salo")


def test_she_does_not_carry_past_a_paragraph_that_does_not_speak_of_her() -> None:
    body = (
        "For Ingrid Salo, a teacher who rents a flat on the top floor, the first sign was a "
        "stain above the bed.\n\n"
        "Brightwater Homes owns four hundred flats in the town.\n\n"
        "The council inspected the block in March.\n\n"
        "“I thought the roof was leaking,” she said.\n"
    )
    assert _speakers(body)[-1] == (None, "she")
