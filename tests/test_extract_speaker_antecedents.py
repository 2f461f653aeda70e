"""Which person a pronoun after a quotation means when the paragraph before names several: the
subject of the sentence that reports, a person named by a definite title or office, and the
holder of that role in the case file."""

from __future__ import annotations

from sorabrief.extract import Vocabulary, extract
from sorabrief.model import Party, PartyKind, Source

VOCABULARY = Vocabulary(
    parties=(
        Party(id="ferrylink", name="FerryLink", kind=PartyKind.ORGANIZATION, role="operator"),
        Party(id="council", name="Marlow Council", kind=PartyKind.ORGANIZATION, role="council"),
        Party(id="docks", name="Marlow Docks", kind=PartyKind.ORGANIZATION, role="port owner",
              aliases=("the harbour company",)),
        Party(id="bell", name="Marcus Bell", kind=PartyKind.PERSON, role="union chair",
              aliases=("Bell",)),
        Party(id="reyes", name="Lina Reyes", kind=PartyKind.PERSON,
              role="chief executive of FerryLink", aliases=("Reyes",), affiliation="ferrylink"),
    ),
    topic=("FerryLink ferry grounded off Marlow pier",),
)  # fmt: skip

Row = tuple[str, str | None, str | None]


def speakers(body: str) -> list[Row]:
    found = extract(Source(id="x", body=body), VOCABULARY).quotes
    return [(q.text.split()[0], q.speaker, q.attribution) for q in found]


def test_a_reported_clause_ends_with_its_sentence() -> None:
    body = (
        "Deckhands who were on board told the Echo that the hull had been patched twice. One "
        "mechanic, who asked not to be named because he still works for the yard, said "
        "supervisors looked at the patch and sent the crew back out.\n\n"
        "“Nobody wanted to hear it,” he said."
    )
    assert speakers(body) == [("Nobody", None, "One mechanic")]


def test_an_adverb_after_a_pronoun_subject_is_no_part_of_it() -> None:
    body = (
        "Marcus Bell said the crew had warned the operator in May. He also blamed Marlow "
        "Council, saying its inspectors had signed off the pier in June.\n\n"
        "“A signature does not hold a ferry,” he said."
    )
    assert speakers(body) == [("A", "bell", "he")]


def test_a_role_holder_in_the_case_file_is_the_person_a_pronoun_means() -> None:
    body = (
        "Marcus Bell said passengers had waited four hours on the pier.\n\n"
        "Asked about the delays, the chief executive apologised. “We let our passengers "
        "down,” she said."
    )
    assert speakers(body) == [("We", "reyes", "she")]


def test_a_role_nobody_holds_is_kept_as_written_not_given_to_the_last_name() -> None:
    body = (
        "Marcus Bell said the ramp had jammed on Friday.\n\n"
        "Asked about the ramp, the chief engineer sighed. “It was fitted in a hurry,” he said."
    )
    assert speakers(body) == [("It", None, "the chief engineer")]


def test_a_pronoun_after_a_described_speakers_report_is_that_person() -> None:
    body = (
        "Ferries ran again on Sunday. A Leeds-based broker of marine parts, who spoke on "
        "condition of anonymity because her firm bids for the contract, said repairs were "
        "routinely put off.\n\n"
        "“Nobody pays for a spare until the boat stops,” she said.\n\n"
        "The statement from FerryLink said the ferry was sound.\n\n"
        "“We will sail on Monday,” she said."
    )
    assert speakers(body) == [
        ("Nobody", None, "A Leeds-based broker of marine parts"),
        ("We", None, "she"),
    ]


def test_a_described_speaker_with_an_indefinite_complement_is_the_later_pronoun() -> None:
    body = (
        "Marcus Bell said fares would rise. A buyer at a small grain trader said the delays "
        "cost more than the fares. “You can plan for a price,” he said."
    )
    assert speakers(body) == [("You", None, "a buyer at a small grain trader")]


def test_a_name_and_verb_set_apart_after_a_question_mark_attribute_the_question() -> None:
    body = (
        "Marcus Bell showed the Echo the logbooks that the crew kept, the first from March.\n\n"
        "“They fined the operator. Fine. But who answers for the people who read our notes?” "
        "Okoro said. The repairs, he said, would have cost little."
    )
    assert speakers(body) == [("They", None, "Okoro")]


def test_the_plain_form_of_describe_after_a_plural_subject_is_a_speech_verb() -> None:
    body = (
        "Logbooks seen by the Echo include entries in which deckhands describe the ramp as "
        "“slipping on every crossing we make”."
    )
    assert speakers(body) == [("slipping", None, "deckhands")]


def test_the_company_is_the_one_named_last_not_the_party_with_company_in_an_alias() -> None:
    body = (
        "Marlow Docks said the pier was sound.\n\n"
        "This week FerryLink sued Marlow Council over the closure. “We did our job,” the "
        "company said."
    )
    assert speakers(body) == [("We", "ferrylink", "the company")]


def test_the_statement_is_the_one_a_speaker_was_quoted_from_before() -> None:
    body = (
        "In a statement signed by its chief executive, FerryLink said it had “kept every "
        "sailing on time”.\n\n"
        "The firm said repairs were put off because Marlow Council had not paid. “Our crews "
        "cannot board a council pier without a permit,” the statement said."
    )
    assert [(w, s) for w, s, _ in speakers(body)] == [("kept", "ferrylink"), ("Our", "ferrylink")]


def test_it_is_the_organisation_opening_the_sentence_before_not_its_object() -> None:
    body = (
        "FerryLink has asked Marlow Council to reopen the pier. In a letter seen by the Echo, "
        "it argues that the closure “punishes every passenger on the route”.\n\n"
        "Marcus Bell has asked Marlow Council to reopen the pier. In a reply, it argues that "
        "the pier is “not safe for anyone to stand on”."
    )
    assert [(w, s) for w, s, _ in speakers(body)] == [
        ("punishes", "ferrylink"),
        ("not", "council"),
    ]


def test_a_subheading_quotation_does_not_go_on_from_the_paragraph_before() -> None:
    body = (
        "Marcus Bell said every complaint had gone to the operator within a day.\n\n"
        "‘We begged them for a new ramp in May’\n\n"
        "FerryLink, which had said nothing since the accident, hit back on Friday."
    )
    assert speakers(body) == [("We", None, None)]


def test_a_reporting_verb_is_no_part_of_the_subject_after_it() -> None:
    body = (
        "A deckhand, who asked not to be named, said skippers told the crew to “make do” "
        "whenever the ramp stuck."
    )
    assert speakers(body) == [("make", None, "skippers")]


def test_the_name_a_described_speaker_gave_inside_an_interrupted_quotation() -> None:
    body = (
        "“The ramp just dropped,” said a deckhand who gave his name only as Tomas. “Nobody "
        "saw it coming.”"
    )
    assert speakers(body) == [("The", None, "Tomas")]


def test_repeated_that_reports_speech_but_repeated_as_an_adjective_does_not() -> None:
    body = (
        "A spokesman for FerryLink repeated on Tuesday that it would “fight this in every "
        "court we can find”.\n\n"
        "Passengers ignored repeated “requests to stay calm and go home” from the pier."
    )
    assert speakers(body) == [
        ("fight", "ferrylink", "A spokesman for FerryLink"),
        ("requests", None, None),
    ]


def test_one_member_of_a_group_the_case_file_calls_by_a_bare_plural_speaks_for_it() -> None:
    crew = Party(
        id="crew", name="FerryLink pier workers", kind=PartyKind.GROUP, role="crew",
        aliases=("workers",),
    )  # fmt: skip
    vocabulary = Vocabulary(parties=(*VOCABULARY.parties, crew), topic=VOCABULARY.topic)
    body = (
        "A worker, who asked not to be named, said the ramp had stuck for weeks. “We logged "
        "it every night,” he said.\n\n"
        "“It was a slow week,” said a skipper."
    )
    found = extract(Source(id="x", body=body), vocabulary).quotes
    assert [(q.speaker, q.attribution) for q in found] == [
        ("crew", "a worker"),
        (None, "a skipper"),
    ]
