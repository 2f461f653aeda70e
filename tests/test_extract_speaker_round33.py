"""Speakers of round 33, on invented sentences: a participle after a quotation has its
subject before it (", adding that …"), the name closing "one of them, a … who gave only her
first name, X", and a quotation that opens the sentence after "“…?” asked X."."""

from __future__ import annotations

from sorabrief.extract import Vocabulary, extract
from sorabrief.model import Party, PartyKind, Source

VOCABULARY = Vocabulary(
    parties=(
        Party(id="aqualine", name="Aqualine Water", kind=PartyKind.ORGANIZATION, role="utility"),
        Party(id="council", name="Marlow District Council", kind=PartyKind.ORGANIZATION,
              role="local council"),
        Party(id="okafor", name="Tunde Okafor", kind=PartyKind.PERSON, role="residents' chair",
              aliases=("Okafor",)),
    ),
    topic=("Marlow water outage",),
)  # fmt: skip


def speakers(body: str) -> list[tuple[str, str | None, str | None]]:
    found = extract(Source(id="x", body=body), VOCABULARY).quotes
    return [(q.text.split()[0], q.speaker, q.attribution) for q in found]


def test_a_participle_after_a_quotation_names_no_speaker_after_it() -> None:
    body = (
        "Tunde Okafor, who chairs the residents' group, welcomed the tankers but called them "
        "“late and few”, adding that most streets still had no water. “Two tankers for a town "
        "of nine thousand,” he said."
    )
    assert speakers(body) == [
        ("late", "okafor", "Tunde Okafor"),
        ("Two", "okafor", "he"),
    ]


def test_one_of_them_described_with_the_name_she_gave_is_that_name() -> None:
    body = (
        "Street traders moved their stalls to the bypass.\n\n"
        "“Where should we sell?” asked one of them, a fish seller who gave only her first "
        "name, Ada."
    )
    assert speakers(body) == [("Where", None, "Ada")]


def test_a_quotation_after_an_attributed_question_goes_on_with_its_speaker() -> None:
    body = (
        "“Who pays for the bottled water?” asked Tunde Okafor. “Not the company, that much is "
        "certain.”"
    )
    assert speakers(body) == [
        ("Who", "okafor", "Tunde Okafor"),
        ("Not", "okafor", "Tunde Okafor"),
    ]


def test_a_quotation_after_an_attributed_question_and_another_sentence_keeps_no_one() -> None:
    body = (
        "“Who pays for the bottled water?” asked Tunde Okafor. The council met on Monday. "
        "“Not us,” a councillor said."
    )
    assert speakers(body)[1][2] == "a councillor"
