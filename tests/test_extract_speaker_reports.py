"""Speakers found through what the text reports around a quotation: the speaker reported in
the paragraph before a pronoun, a speech verb in the passive, a document or messages from
someone, a headline that shortens a quotation; and quoted names that are nobody's words."""

from __future__ import annotations

from sorabrief.extract import Vocabulary, extract
from sorabrief.model import Party, PartyKind, Source

VOCABULARY = Vocabulary(
    parties=(
        Party(id="ferrylink", name="FerryLink", kind=PartyKind.ORGANIZATION, role="operator",
              aliases=("the operator",)),
        Party(id="council", name="Marlow Council", kind=PartyKind.ORGANIZATION, role="council"),
        Party(id="union", name="Harbour Workers Union", kind=PartyKind.GROUP, role="union",
              aliases=("the union",)),
        Party(id="okafor", name="Dana Okafor", kind=PartyKind.PERSON, role="harbour master",
              aliases=("Okafor",)),
        Party(id="bell", name="Marcus Bell", kind=PartyKind.PERSON, role="union chair",
              aliases=("Bell",), affiliation="union"),
    ),
    topic=("FerryLink ferry grounded off Marlow pier",),
)  # fmt: skip

Row = tuple[str, str | None, str | None]


def speakers(body: str) -> list[Row]:
    found = extract(Source(id="x", body=body), VOCABULARY).quotes
    return [(q.text.split()[0], q.speaker, q.attribution) for q in found]


def test_a_pronoun_after_a_quotation_opening_a_paragraph_is_the_speaker_reported_before() -> None:
    body = (
        "Marcus Bell, who has chaired the union since 2019, said members had voted to strike "
        "and would take their case to Dana Okafor.\n\n"
        "“We have asked for a meeting every week,” he said.\n\n"
        "“Nobody has answered.\n\n"
        "“Not once.”"
    )
    assert speakers(body) == [("We", "bell", "he"), ("Nobody", "bell", "he")]


def test_a_reported_pronoun_is_resolved_before_it_speaks_for_the_next_paragraph() -> None:
    body = (
        "Dana Okafor said the ferries were old.\n\n"
        "She said the operator had ordered new ones after talks with Marcus Bell.\n\n"
        "“We expect them by June,” she said."
    )
    assert speakers(body) == [("We", "okafor", "she")]


def test_a_speech_verb_in_the_passive_gives_the_words_to_whom_the_subject_heard() -> None:
    body = (
        "Commuter Ana Ruiz said she spent an hour on hold to FerryLink's helpline, only to be "
        "told the boat would sail “within the hour”. It did not.\n\n"
        "“Three times now they have promised that,” she said.\n\n"
        "Passengers were told by Marlow Council that the pier was “perfectly safe”. One "
        "traveller was told the crossing was “weeks away”."
    )
    assert speakers(body) == [
        ("within", "ferrylink", "FerryLink"),
        ("Three", None, "Commuter Ana Ruiz"),
        ("perfectly", "council", "Marlow Council"),
        ("weeks", None, None),
    ]


def test_a_document_from_someone_speaks_for_its_author() -> None:
    body = (
        "FerryLink has apologised. According to a notice from the company, sailings were "
        "cancelled “to protect passengers and crew alike”."
    )
    assert speakers(body) == [("to", "ferrylink", "the company")]


def test_a_subject_that_leaves_out_its_noun_stands_for_the_messages_just_counted() -> None:
    body = (
        "Ana Ruiz said she had two letters from Marlow Council about the pier. The first, "
        "posted in May, read “Repairs will be finished by June”. The latest says only that work is "
        "“under review”."
    )
    assert speakers(body) == [
        ("Repairs", "council", "The first"),
        ("under", "council", "The latest"),
    ]


def test_a_headline_that_shortens_a_quotation_takes_its_speaker() -> None:
    body = (
        "FerryLink chief admits ‘we misjudged the tide’ after grounding\n\n"
        "“We badly misjudged the tide, and I am sorry,” said Dana Okafor, who runs the "
        "harbour."
    )
    assert [s[:2] for s in speakers(body)] == [("we", "okafor"), ("We", "okafor")]


def test_a_quoted_name_is_a_term_whatever_the_sentence_reports() -> None:
    body = (
        "Okafor said passengers could claim under the “Fair Fare Promise” scheme. The pier, "
        "known locally as the “Long Walk,” according to the council, is shut. Crews even have "
        "a word for it: “the slow tide.”"
    )
    findings = extract(Source(id="t", body=body), VOCABULARY)
    assert findings.quotes == ()
    assert [t.text for t in findings.terms] == ["Fair Fare Promise", "Long Walk", "the slow tide."]


def test_a_capitalised_partial_quotation_before_a_verb_stays_a_quotation() -> None:
    body = "Bell said the “Harbour Plan” was doomed."
    assert [s[:2] for s in speakers(body)] == [("Harbour", "bell")]


def test_a_headline_quotation_before_a_colon_and_a_party_is_that_party_s() -> None:
    body = (
        "‘Left on the quay’: union demands answers as FerryLink resumes sailings\n\n"
        "‘Stuck for hours’: FerryLink worker recalls grounding\n\n"
        "“We were left on the quay all night,” said Marcus Bell, the union chair.\n\n"
        "“Stuck for hours with no word,” said a deckhand, Ana Ruiz."
    )
    assert speakers(body) == [
        ("Left", "union", "union"),
        ("Stuck", None, "a deckhand"),
        ("We", "bell", "Marcus Bell"),
        ("Stuck", None, "a deckhand"),
    ]


def test_a_relative_clause_inside_the_subject_does_not_speak() -> None:
    body = (
        "The union that represents FerryLink's deckhands called the fine “a slap on the "
        "wrist”. The review found that crews called the pier “a hazard” for years."
    )
    assert [s[:2] for s in speakers(body)] == [("a", "union"), ("a", None)]
