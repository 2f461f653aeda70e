"""Speakers a story describes and then mentions again: "the consultant" after "according to a
consultant who …", "the spokesman" of no party, a name a described speaker gave, a
spokesperson "for the company"; and what a speech verb is not: a participle describing a noun
("the levels recorded at the weir") or an adverb before the verb ("further alleged")."""

from __future__ import annotations

from sorabrief.extract import Vocabulary, extract
from sorabrief.model import Party, PartyKind, Source

VOCABULARY = Vocabulary(
    parties=(
        Party(id="ferrylink", name="FerryLink", kind=PartyKind.ORGANIZATION, role="operator"),
        Party(id="bell", name="Marcus Bell", kind=PartyKind.PERSON, role="union chair",
              aliases=("Bell",)),
        Party(id="reyes", name="Lina Reyes", kind=PartyKind.PERSON,
              role="chief executive of FerryLink", aliases=("Reyes",), affiliation="ferrylink"),
    ),
    topic=("FerryLink ferry grounded off Marlow pier",),
)  # fmt: skip


def speakers(body: str) -> list[tuple[str, str | None, str | None]]:
    found = extract(Source(id="x", body=body), VOCABULARY).quotes
    return [(q.text.split()[0], q.speaker, q.attribution) for q in found]


def test_the_noun_after_according_to_a_described_source_is_that_source() -> None:
    body = (
        "Both accounts point to the same hull plate, according to a Bristol-based marine "
        "surveyor who has inspected ferries on the estuary. “A patch is only as good as its "
        "welds, and these were done in a hurry,” the surveyor said."
    )
    assert speakers(body) == [("A", None, "a Bristol-based marine surveyor")]


def test_a_described_speaker_with_a_clause_and_no_comma_is_met_again() -> None:
    body = (
        "The boats still leave late, a deckhand who asked not to be named said. “We sail when "
        "the paperwork is done, and not a minute before,” the deckhand said."
    )
    assert speakers(body) == [("We", None, "a deckhand")]


def test_the_spokesman_of_no_party_is_the_spokesman_described_before() -> None:
    body = (
        "A coastguard spokesman said all 212 passengers were ashore by midnight. “Nobody was "
        "hurt, and the tide did the rest,” the spokesman said."
    )
    assert speakers(body) == [("Nobody", None, "a coastguard spokesman")]


def test_a_spokeswoman_for_the_company_speaks_for_the_company_named_last() -> None:
    body = (
        "FerryLink, which runs the crossings, said its crews had orders to wait for the tide. "
        "“Our masters will not sail on a guess,” a spokeswoman for the company said."
    )
    assert speakers(body) == [("Our", "ferrylink", "a spokeswoman for the company")]


def test_the_name_a_described_speaker_gave_is_the_speaker_after_a_pronoun() -> None:
    body = (
        "A pensioner who gave her name only as Dora said she had paid for two crossings that "
        "never sailed. “My son said to wait. I did not want trouble at the pier,” she said."
    )
    assert speakers(body) == [("My", None, "Dora")]


def test_the_name_given_after_where_a_described_speaker_was_is_the_speaker() -> None:
    body = (
        "“They say we wrecked the pier. My husband never touched it,” said a woman waiting "
        "outside the terminal, who gave only her first name, Alma."
    )
    assert speakers(body) == [("They", None, "Alma")]


def test_a_participle_describing_a_noun_in_a_reported_clause_is_no_speech_verb() -> None:
    body = (
        "Marcus Bell disputed that. He said the faults recorded during the sea trials were "
        "“minor and fixed” and that the grounding was a matter of seamanship."
    )
    assert speakers(body) == [("minor", "bell", "he")]


def test_a_finite_speech_verb_after_a_noun_still_speaks() -> None:
    body = (
        "Marcus Bell said the harbour master recorded in the log that the channel was "
        "“clear and marked” an hour before the grounding."
    )
    assert speakers(body) == [("clear", None, "the harbour master")]


def test_an_adverb_between_a_speaker_and_the_verb_is_no_part_of_the_speaker() -> None:
    body = (
        "The union's chair, Marcus Bell, further alleged that the crew had been kept on board "
        "for an hour.\n\n"
        "“The passengers were waiting in the bar while the officers argued,” Mr Bell charged."
    )
    assert speakers(body)[0][1] == "bell"


def test_a_name_after_a_conjunction_opening_the_story_is_who_she_means() -> None:
    body = (
        "When Dora Vance opened her ferry bill, she thought the decimal point had moved. The "
        "pensioner lives alone above the harbour.\n\n"
        "“I did not even sail this year,” she said."
    )
    assert speakers(body) == [("I", None, "Dora Vance")]


def test_she_after_a_sentence_means_its_subject_not_a_later_person_in_it() -> None:
    body = (
        "Lina Reyes, who runs the crossings, said she would ask the board to summon Marcus "
        "Bell. “A week of cancellations is not a small thing,” she said."
    )
    assert speakers(body) == [("A", "reyes", "she")]


def test_she_after_a_spokesperson_and_her_name_in_apposition_means_her() -> None:
    body = (
        "A FerryLink spokeswoman, Lina Reyes, said the crossings would resume on Friday. “The "
        "hull is sound,” she said."
    )
    assert speakers(body) == [("The", "reyes", "she")]


def test_a_pronoun_introducing_a_quotation_with_a_colon_is_resolved() -> None:
    body = (
        "“The crew knew on Monday,” said Marcus Bell, who chairs the union. He also blamed "
        "the harbour office: “Where were the inspectors for two years?”"
    )
    assert speakers(body) == [("The", "bell", "Marcus Bell"), ("Where", "bell", "he")]


def test_the_title_alone_means_the_party_named_after_that_title() -> None:
    body = (
        "In Marlow on Tuesday, Union Chair Marcus Bell spent four hours before the council.\n\n"
        "The chair told councillors that the union had made “every call it had to make” and "
        "blamed the operator."
    )
    assert speakers(body) == [("every", "bell", "The chair")]


def test_one_of_someones_people_is_a_person_described_not_that_someone() -> None:
    body = (
        "One of Marcus Bell’s crewmates, who asked not to be named, said: “We sailed twelve "
        "hours, sometimes fourteen hours.”"
    )
    assert speakers(body) == [("We", None, "One of Marcus Bell’s crewmates")]


def test_the_company_is_never_a_commission_named_in_lower_case() -> None:
    vocabulary = Vocabulary(
        parties=(
            *VOCABULARY.parties,
            Party(id="inquiry", name="Marlow Inquiry Commission", kind=PartyKind.ORGANIZATION,
                  role="inquiry", aliases=("the commission",)),
        ),
        topic=VOCABULARY.topic,
    )  # fmt: skip
    body = (
        "FerryLink has denied skipping the checks. In a letter to the commission, the company "
        "says the hull was inspected in May and “found sound in every respect.”"
    )
    found = extract(Source(id="x", body=body), vocabulary).quotes
    assert [q.speaker for q in found] == ["ferrylink"]


def test_she_carries_through_a_paragraph_about_her_by_her_role() -> None:
    body = (
        "For Dora Vance, the grounding was not a surprise so much as a bill coming due.\n\n"
        "The chair of the commuters' group, which speaks for island passengers, says the hull "
        "should have been replaced long ago. According to the group, FerryLink put the work "
        "off twice.\n\n"
        "“We have been told for years that this boat is fragile,” she said."
    )
    assert speakers(body) == [("We", None, "Dora Vance")]


def test_a_quotation_in_guillemets_interrupted_by_its_attribution_is_one() -> None:
    body = (
        "« We are the first to lose, » said the union's chair, Marcus Bell, standing by the "
        "pier. « Every day without a crossing, a family here loses money. »"
    )
    assert speakers(body) == [("We", "bell", "Marcus Bell")]


def test_who_accused_someone_in_quoted_words_said_them() -> None:
    body = (
        "Lina Reyes, who speaks for the island's commuters, accused the council of closing "
        "the pier “by decree, without a single phone call” to the crews."
    )
    assert speakers(body) == [("by", "reyes", "Lina Reyes")]


def test_the_accused_in_the_passive_said_nothing() -> None:
    body = (
        "Marcus Bell said little on Monday. FerryLink was accused by the families of "
        "“treating the crossing as a cost of doing business” after the grounding."
    )
    assert [s for _, s, _ in speakers(body)] != ["ferrylink"]


def test_a_subject_with_a_relative_clause_shares_a_coordinated_verb() -> None:
    body = (
        "The union that represents FerryLink’s deck crews opposed the restart and "
        "accused the company of treating the fine as “the cost of doing business”."
    )
    assert speakers(body) == [("the", None, "The union")]


def test_a_document_speaks_for_the_subject_that_filed_it_not_its_target() -> None:
    vocabulary = Vocabulary(
        parties=(
            *VOCABULARY.parties,
            Party(id="prosecutors", name="Marlow Prosecutor's Office", kind=PartyKind.ORGANIZATION,
                  role="prosecutor"),
        ),
        topic=VOCABULARY.topic,
    )  # fmt: skip
    body = (
        "The Marlow Prosecutor's Office filed a civil suit against FerryLink on Monday. The "
        "suit accuses the operator of exposing 212 passengers to “an unacceptable and "
        "avoidable risk”."
    )
    found = extract(Source(id="x", body=body), vocabulary).quotes
    assert [q.speaker for q in found] == ["prosecutors"]
