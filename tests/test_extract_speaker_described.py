"""A "she" who is a spokesperson for a party described by its noun, and a second person
described in the sentence after another's quotation."""

from __future__ import annotations

import attrs

import sorabrief
from sorabrief.extract import extract, vocabulary_of
from sorabrief.model import Party, PartyKind, Source

PARTIES = (
    Party(
        id="quaybook",
        name="Quaybook",
        kind=PartyKind.PLATFORM,
        role="booking platform",
    ),
    Party(id="tarn", name="Tarn Leisure Ltd", kind=PartyKind.ORGANIZATION, role="operator"),
    Party(
        id="velka-court", name="Regional Court in Velka", kind=PartyKind.ORGANIZATION, role="court"
    ),
    Party(
        id="riders",
        name="Alliance of Riders for Safe Roads",
        kind=PartyKind.GROUP,
        role="campaign",
        aliases=("ARSR",),
    ),
)
CASE = sorabrief.load()
VOCABULARY = vocabulary_of(attrs.evolve(CASE, parties=CASE.parties + PARTIES))


def speakers(body: str) -> list[tuple[str | None, str | None]]:
    found = extract(Source(id="x", body=body), VOCABULARY).quotes
    return [(q.speaker, q.attribution) for q in found]


def test_a_pronoun_for_a_spokeswoman_of_a_described_party() -> None:
    body = (
        "Quaybook, the Leeds-based platform that sold the cruises, froze all refunds on "
        "Monday. It holds about £2 million, a spokeswoman for the platform said.\n\n"
        "“We will hold every payment until the court decides who owns it,” she said."
    )
    assert speakers(body) == [("quaybook", "a spokeswoman for the platform")]


def test_another_person_described_after_a_quotation() -> None:
    body = (
        "“I lost a week of leave for nothing,” said one man from Hexley who did not give "
        "his name. Another passenger, a nurse from Carlow, had booked in May. “Nobody from "
        "the operator has called us,” she said."
    )
    found = speakers(body)
    assert [s for s, _ in found] == [None, None]
    assert found[0][1] == "one man"
    assert found[1][1] == "a nurse from Carlow"


def test_a_source_named_in_the_paragraph_after_a_quotation() -> None:
    body = (
        "Tarn Leisure Ltd shut its three parks on Friday.\n\n"
        "“Staff will be the last to see a penny of what they are owed.\n\n"
        "“It could take years.”\n\n"
        "That warning came from Ines Varga, a lawyer for the park staff, who is filing "
        "claims this week."
    )
    assert speakers(body) == [(None, "Ines Varga")]


def test_the_words_are_those_of_a_source_named_after_a_quotation() -> None:
    body = (
        "Tarn Leisure Ltd shut its three parks on Friday.\n\n"
        "“Every ride breaks down in the end. Nobody checked these.”\n\n"
        "The words are those of Ines Varga, an engineer who inspects fairground rides."
    )
    assert speakers(body) == [(None, "Ines Varga")]


def test_a_paragraph_that_names_no_source_after_a_quotation() -> None:
    body = (
        "Ines Varga has advised park staff for years.\n\n"
        "“Staff will be the last to see a penny.”\n\n"
        "That warning came as the parks shut."
    )
    assert speakers(body) == [(None, "Ines Varga")]


def test_a_party_described_by_the_noun_before_its_of() -> None:
    body = (
        "The Alliance of Riders for Safe Roads (ARSR) met the council on Monday. "
        "The alliance says the council “ignored” its letters."
    )
    assert speakers(body) == [("riders", "The alliance")]


def test_the_company_after_a_time_phrase_is_no_court() -> None:
    body = (
        "Tarn Leisure Ltd filed for insolvency with the Regional Court in Velka on Monday. "
        "Hours later the company said it “can no longer pay” its staff."
    )
    assert speakers(body) == [("tarn", "the company")]


def test_one_of_them_described_is_someone_new() -> None:
    body = (
        "Greta Lind, who leads the riders' campaign, said hundreds of members had written in. "
        "“Every letter is a bill,” she said.\n\n"
        "One of them, a nurse in Velka who asked not to be named, said her card was charged "
        "twice. “I had saved that money for my rent,” she said."
    )
    assert speakers(body) == [(None, "Greta Lind"), (None, "a nurse in Velka")]


def test_she_after_a_spokeswoman_who_quoted_nothing() -> None:
    body = (
        "Under Velka bylaws, Tarn Leisure Ltd can be fined for every day the lake stays shut. "
        "A spokeswoman declined to say whether it would appeal. “It is too early,” she said."
    )
    assert speakers(body) == [("tarn", "she")]


def test_a_preposition_opening_a_sentence_starts_no_name() -> None:
    body = "Under Velka rules operators pay twice. “It is too early,” she said."
    assert speakers(body) == [(None, "she")]


def test_a_relative_clause_naming_a_party_leaves_a_described_speaker() -> None:
    body = (
        "“They charged my card twice,” said a cook in Velka whose sister books through "
        "Quaybook every week. “Nobody answers the phone.”"
    )
    assert speakers(body) == [(None, "a cook in Velka")]


def test_a_described_speaker_who_gave_only_a_first_name() -> None:
    body = (
        "“I queued for four hours. Four,” said a retired porter from Velka who gave only his "
        "first name, Tomas. “Then the rides closed.”"
    )
    assert speakers(body) == [(None, "Tomas")]
