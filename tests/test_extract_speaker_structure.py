"""Speakers read from the structure of English attribution: a party described by the noun
an appositive gave it, a spokesperson's "she", a verb coordinated after a quotation, a
bracketed abbreviation in an appositive, a document from someone, a tabloid's "Mum Ana …"."""

from __future__ import annotations

import attrs
import pytest

import sorabrief
from sorabrief.extract import extract, vocabulary_of
from sorabrief.model import Party, PartyKind, Source

PARTIES = (
    Party(
        id="marlow",
        name="Marlow Shipping Ltd",
        kind=PartyKind.ORGANIZATION,
        role="ferry line",
        aliases=("Marlow Shipping", "Marlow"),
    ),
    Party(id="tidewell", name="Tidewell Fisheries", kind=PartyKind.ORGANIZATION, role="supplier"),
    Party(
        id="guild",
        name="Harbour Workers Guild",
        kind=PartyKind.ORGANIZATION,
        role="union",
        aliases=("HWG",),
    ),
    Party(
        id="orla",
        name="Orla Brennick",
        kind=PartyKind.PERSON,
        role="guild chair",
        aliases=("Brennick",),
        affiliation="guild",
    ),
)
CASE = sorabrief.load()
VOCABULARY = vocabulary_of(attrs.evolve(CASE, parties=CASE.parties + PARTIES))


def speakers(body: str) -> list[tuple[str | None, str | None]]:
    found = extract(Source(id="x", body=body), VOCABULARY).quotes
    return [(q.speaker, q.attribution) for q in found]


def test_the_company_is_the_party_an_appositive_called_a_company() -> None:
    body = (
        "Marlow Shipping, the Kestrel-listed company that runs the line, denied blame. Its "
        "supplier, Tidewell Fisheries, said nothing.\n\nTicket sales resumed on Friday.\n\n"
        'The company said it would refund every fare "as a sign of goodwill".'
    )
    assert speakers(body) == [("marlow", "The company")]


def test_a_company_spokesman_and_a_verb_coordinated_after_his_quotation() -> None:
    body = (
        "Marlow Shipping, the company that runs the line, has paid up. A company spokesman "
        "said the cabins were “immaculate” when inspectors arrived and called the fault “a "
        "dock problem, not a ship problem”."
    )
    assert speakers(body) == [
        ("marlow", "A company spokesman"),
        ("marlow", "A company spokesman"),
    ]


def test_a_modified_generic_description_is_the_organisation_named_last() -> None:
    body = (
        "Hackers crippled Marlow Shipping, which has now admitted that data was stolen.\n\n"
        'The Oban-based operator said attackers took "a small number" of records.'
    )
    assert speakers(body) == [("marlow", "The Oban-based operator")]


def test_she_after_a_spokeswoman_speaks_for_her_party() -> None:
    body = (
        "Marlow Shipping apologised.\n\n"
        'A Marlow spokeswoman told reporters the firm was "devastated".\n\n'
        '"Our crew reached the first passenger in ten minutes," she said.'
    )
    assert speakers(body) == [("marlow", "A Marlow spokeswoman"), ("marlow", "she")]


def test_a_bracketed_abbreviation_does_not_end_the_appositive() -> None:
    body = (
        "Orla Brennick, chair of the Harbour Workers Guild (HWG), told The Courier: “We warned "
        "the board twice and nobody listened to us.”"
    )
    assert speakers(body) == [("orla", "Orla Brennick")]


def test_a_notice_from_the_company_behind_an_adverb() -> None:
    body = (
        "Marlow Shipping has cancelled dozens of sailings.\n\n"
        "The company, which runs four routes, has not said when they resume.\n\n"
        "A handwritten notice from the company, taped to the window at Oban and dated 04/06, "
        "still told passengers on Friday that “all sailings are off until further notice”."
    )
    assert speakers(body) == [("marlow", "the company")]


@pytest.mark.parametrize("opening", ["Ruth Callan, from Derby,", "Mum Ruth Callan, from Derby,"])
def test_a_person_opening_a_sentence_behind_a_noun_or_an_appositive(opening: str) -> None:
    body = (
        "Sailings were axed.\n\n"
        f"{opening} was stuck on the island with her kids.\n\n"
        "She fumed: “We were meant to be on a quiet break. It was a joke.”"
    )
    assert speakers(body) == [(None, "Ruth Callan")]


def quoted(body: str) -> list[str]:
    return [q.text for q in extract(Source(id="x", body=body), VOCABULARY).quotes]


def test_a_judgement_someone_named_called_is_their_quotation() -> None:
    body = "Marlow Shipping offered each rider £40 - a sum Orla Brennick called “a slap”."
    assert quoted(body) == ["a slap"]


def test_a_name_given_stays_a_term() -> None:
    body = "Marlow Shipping runs a night boat it called “Silver Gull” last spring."
    assert quoted(body) == []


def test_a_quoted_clause_after_called_is_no_name() -> None:
    body = (
        "Marlow Shipping said crews were called “as soon as the alarm sounded” and stayed "
        "all night."
    )
    assert quoted(body) == ["as soon as the alarm sounded"]


def test_his_family_is_the_party_of_families() -> None:
    families = Party(
        id="kin", name="Families of the crew", kind=PartyKind.GROUP, role="", aliases=("families",)
    )
    vocabulary = vocabulary_of(attrs.evolve(CASE, parties=CASE.parties + PARTIES + (families,)))
    body = 'A deckhand has died and his family say he "waited hours for help" on the quay.'
    found = extract(Source(id="x", body=body), vocabulary).quotes
    assert [(q.speaker, q.attribution) for q in found] == [("kin", "his family")]


def test_a_described_person_whose_appositive_names_a_party() -> None:
    body = (
        "“Nobody sails until then,” Orla Brennick said.\n\n"
        "One rider, a woman who has crewed for Marlow in Oban for three years, said she had "
        "not worked since Monday. “My son’s fees are due. I cannot wait forever,” she said."
    )
    assert speakers(body)[1] == (None, "a woman who has crewed for Marlow in Oban for three years")


@pytest.mark.parametrize(
    "body",
    [
        'Marlow runs the line, which it has advertised as a "floating bridge" around the isles.',
        'Marlow has billed the boat as the "fastest ferry" in Scotland.',
    ],
)
def test_words_after_advertised_as_a_are_a_quotation(body: str) -> None:
    assert len(quoted(body)) == 1


def test_a_name_in_accented_capitals_after_a_possessed_role() -> None:
    body = (
        "Harbour Workers Guild accused the board of delay. Its deputy chair, Ümit Çelebi, "
        'said the cranes were idle for "eleven hours at a stretch".'
    )
    assert speakers(body) == [(None, "Ümit Çelebi")]


def test_a_bracketed_abbreviation_inside_an_appositive_with_a_relative_clause() -> None:
    body = (
        "Marlow Shipping, the Oban-based roll-on roll-off (Ro-Ro) operator that runs the "
        'line, said the ferry had been "sailing well within its limits".'
    )
    assert speakers(body) == [("marlow", "Marlow Shipping")]


def test_the_spokesman_is_the_one_the_story_introduced() -> None:
    body = (
        "OBAN (Wire) - The crossing may reopen on Friday, a Marlow spokesman said, as "
        "Tidewell Fisheries counted its losses.\n\n"
        '"We are checking every hull plate," the spokesman told reporters.'
    )
    assert speakers(body) == [("marlow", "the spokesman")]


def test_a_relative_clause_after_the_appositive_leaves_the_person_named() -> None:
    body = (
        "Orla Brennick, chair of the Harbour Workers Guild (HWG), which called the strike on "
        'Monday, said: "We have waited four years already."'
    )
    assert speakers(body) == [("orla", "Orla Brennick")]


def test_a_party_described_by_the_head_noun_of_its_role() -> None:
    body = (
        "Harbour Workers Guild denied blame. Marlow Shipping said the dockers had stopped.\n\n"
        "“We kept working all night,” the union said."
    )
    assert speakers(body) == [("guild", "the union")]


def test_someone_who_calls_something_a_quoted_name_said_it() -> None:
    body = (
        "Harbour Workers Guild says the board ignored the forecast, and Brennick calls the "
        'decision to sail "a gamble with our lives".'
    )
    assert speakers(body) == [("orla", "Brennick")]


def test_a_description_going_on_with_someone_new_is_no_party() -> None:
    body = (
        "Harbour Workers Guild denied blame. Marlow Shipping said the dockers had stopped.\n\n"
        "“We heard the horns all night,” said the union of a village that fishes the bay."
    )
    assert [speaker for speaker, _ in speakers(body)] == [None]
    assert speakers(body.replace(" of a village that fishes the bay", "")) == [
        ("guild", "the union")
    ]
