"""Speakers found through the sentence's grammar: a clause whose "that" is left out, a
participle after an earlier speech verb, words reported "from" someone, a phrase set before
a pronoun, a speaker described twice, a relative clause inside the subject, and a role
qualified by its organisation."""

from __future__ import annotations

from sorabrief.extract import Vocabulary, extract
from sorabrief.model import Party, PartyKind, Source

PARTIES = (
    Party(id="guild", name="Harbour Traders’ Guild", kind=PartyKind.GROUP, role="traders",
          aliases=("the guild",)),
    Party(id="ruth", name="Ruth Calder", kind=PartyKind.PERSON, role="chair of the guild",
          aliases=("Calder",), affiliation="guild"),
    Party(id="council", name="Portside Council", kind=PartyKind.ORGANIZATION, role="council",
          aliases=("the council",)),
    Party(id="owen", name="Owen Marsh", kind=PartyKind.PERSON, role="deputy leader",
          aliases=("Marsh",), affiliation="council"),
    Party(id="survey", name="Coastal Survey", kind=PartyKind.ORGANIZATION, role="surveyors",
          aliases=("survey team", "the survey team")),
    Party(id="fishers", name="fishers", kind=PartyKind.GROUP, role="fishing crews",
          aliases=("The fishers", "the fishers")),
)  # fmt: skip
VOCABULARY = Vocabulary(parties=PARTIES, topic=("harbour quay closure",))


def speakers(body: str) -> list[tuple[str | None, str | None]]:
    return [
        (q.speaker, q.attribution) for q in extract(Source(id="x", body=body), VOCABULARY).quotes
    ]


def test_a_speech_verb_inside_a_clause_whose_that_is_left_out_is_not_the_speakers() -> None:
    body = (
        "Ruth Calder spoke after the meeting. She said the guild had warned the council in "
        "May that a closure was “only weeks away”."
    )
    assert speakers(body) == [("ruth", "she")]


def test_a_participle_after_an_earlier_speech_verb_shares_its_subject() -> None:
    body = (
        "The harbour is a public asset that cannot be sold, Deputy leader Owen Marsh told "
        "reporters in Portside, adding that the council would “defend it in court”."
    )
    assert speakers(body) == [("owen", "Deputy leader Owen Marsh")]


def test_words_reported_as_a_warning_from_someone_are_theirs() -> None:
    body = (
        "The council shut the quay on Monday, citing a warning from its survey team that "
        "the wall could fail “without notice.”"
    )
    assert speakers(body) == [("survey", "its survey team")]


def test_an_appositive_with_a_possessive_is_read_after_the_quotation() -> None:
    body = (
        "The closure is over.\n\n‘We were ignored from the start, and we paid for it,’ "
        "Ruth Calder, the guild’s chair, told local radio Port FM."
    )
    assert speakers(body) == [("ruth", "Ruth Calder")]


def test_a_phrase_set_before_a_pronoun_subject_is_not_the_speaker() -> None:
    body = (
        "The fishers have written to the council. In the letter they say the ban was "
        "‘a decision made in an office, not at sea’."
    )
    assert speakers(body) == [("fishers", "they")]


def test_a_speaker_described_twice_keeps_the_closer_description() -> None:
    body = (
        "One trader, a retired teacher from Leeds who asked not to be named, said she had "
        "spent ‘the busiest week of the year’ with no customers.\n\n"
        "“I got nothing back from anyone, which I did expect,” said one shopper, a "
        "52-year-old baker from Leeds whose stall was shut."
    )
    assert speakers(body) == [
        (None, "a retired teacher from Leeds"),
        (None, "a 52-year-old baker from Leeds"),
    ]


def test_a_relative_clause_inside_the_subject_is_not_the_speaker() -> None:
    body = "A boat owner in Port Isaac who rents a berth said owners had been “kept guessing”."
    assert speakers(body) == [(None, "A boat owner in Port Isaac")]


def test_a_role_qualified_by_a_common_noun_speaks_for_that_organisation() -> None:
    body = (
        "Asked whether the letter had arrived, a council spokesperson said it was "
        "‘under review’ and would not comment."
    )
    assert speakers(body) == [("council", "a council spokesperson")]


def test_a_definite_description_is_the_person_described_before() -> None:
    body = (
        "A boat owner in Port Isaac pays for a berth at the quay. “We pay every month and hear "
        "nothing,” said the owner, who asked not to be named."
    )
    assert speakers(body) == [(None, "a boat owner in Port Isaac")]


def test_a_pronoun_after_an_age_description_finds_the_person_described() -> None:
    body = (
        "A fisherman from Looe has told how he lost a week of catch.\n\n"
        "The 61-year-old, who asked not to be named, keeps two boats at the quay.\n\n"
        "‘I threw the whole catch back into the sea on Monday,’ he told the Post.\n\n"
        "‘Nobody phoned. I heard it on the radio.’"
    )
    assert speakers(body) == [(None, "a fisherman from Looe")] * 2


def test_a_quotation_opening_a_paragraph_goes_to_the_one_person_the_paragraph_before_names() -> (
    None
):
    body = (
        "Owen Marsh has sat on the council for six years.\n\n"
        "‘In all that time I have never seen a closure handled like this. Nobody was told.’"
    )
    assert speakers(body) == [("owen", "Owen Marsh")]


def test_a_role_in_an_organisation_is_the_member_just_named() -> None:
    body = (
        "Ruth Calder disagrees. The chair of the Harbour Traders’ Guild said the quay had "
        "been shut «far too soon» and on market day."
    )
    assert speakers(body) == [("ruth", "The chair of the Harbour Traders’ Guild")]


def test_a_role_in_an_organisation_with_no_member_named_is_the_organisation() -> None:
    body = "The chair of the Harbour Traders’ Guild said the quay had been shut «far too soon»."
    assert speakers(body) == [("guild", "The chair of the Harbour Traders’ Guild")]


def test_a_quoted_judgement_after_branded_and_an_object_is_a_quotation() -> None:
    body = (
        "The Harbour Traders’ Guild, the biggest group on the quay, branded the closure a "
        "“fiasco” and asked for an inquiry. The scheme, branded “Quay Pass”, starts in May."
    )
    findings = extract(Source(id="x", body=body), VOCABULARY)
    assert [(q.text, q.speaker) for q in findings.quotes] == [("fiasco", "guild")]
    assert [t.text for t in findings.terms] == ["Quay Pass"]


def test_words_quoted_again_in_a_headline_are_the_speakers() -> None:
    body = (
        "‘THE WALL SIMPLY GAVE WAY’\n"
        "Quay closed as traders slam ‘fiasco’\n\n"
        "The Harbour Traders’ Guild branded the closure a “fiasco”.\n\n"
        "“The wall simply gave way, and we were standing right beside it,” said Ruth Calder."
    )
    assert speakers(body) == [
        ("ruth", "Ruth Calder"),
        ("guild", "The Harbour Traders’ Guild"),
        ("guild", "The Harbour Traders’ Guild"),
        ("ruth", "Ruth Calder"),
    ]


def test_a_short_passage_after_a_reporting_participle_is_a_partial_quotation() -> None:
    body = (
        "Owen Marsh hit back, insisting the survey was only a ‘precautionary’ one. "
        "The new berths are known locally as the ‘Long Row’."
    )
    findings = extract(Source(id="x", body=body), VOCABULARY)
    assert [(q.text, q.speaker) for q in findings.quotes] == [("precautionary", "owen")]
    assert [t.text for t in findings.terms] == ["Long Row"]


def test_a_short_heading_quoting_part_of_an_attributed_quotation_is_the_speakers() -> None:
    body = (
        "Quay wall ‘gave way beneath us’\n\n"
        "“The old stones just gave way beneath us in seconds,” said Ruth Calder.\n\n"
        "Locals call the berth ‘the old stones’ these days."
    )
    findings = extract(Source(id="x", body=body), VOCABULARY)
    assert [(q.text, q.speaker) for q in findings.quotes] == [
        ("gave way beneath us", "ruth"),
        ("The old stones just gave way beneath us in seconds", "ruth"),
    ]


def test_a_speech_verb_inside_the_clause_of_a_reporting_participle_does_not_speak() -> None:
    body = (
        "“The wall moved for weeks,” said Ruth Calder.\n\n"
        "She blamed the council, saying traders had complained to officials twice and that "
        "“nobody ever replied”."
    )
    assert speakers(body) == [("ruth", "Ruth Calder"), ("ruth", "she")]


def test_a_described_person_interrupting_a_quotation_is_the_person_named_before() -> None:
    body = (
        "Ruth Calder was on the quay when the wall fell.\n\n"
        "“I heard the stones go, one after another,” the 58-year-old Portside Council tenant "
        "told the Gazette. “Then the water came in.”"
    )
    found = extract(Source(id="x", body=body), VOCABULARY).quotes
    assert [(len(q.segments), q.speaker) for q in found] == [(2, "ruth")]


def test_a_quotation_after_a_colon_is_the_sentence_subjects() -> None:
    body = "The council answered the complaint with a two-word reply: “Noted. Closed.”"
    assert speakers(body) == [("council", "The council")]


def test_a_second_reported_clause_keeps_the_first_speaker() -> None:
    body = (
        "Portside Council said it was “truly sorry” for the delay and that its engineers had "
        "worked “around the clock” since the wall fell."
    )
    assert speakers(body) == [("council", "Portside Council"), ("council", "Portside Council")]


def test_a_judgement_reported_after_a_speech_verb_is_a_partial_quotation() -> None:
    body = (
        "Owen Marsh said engineers regarded the old wall as “the weakest point” of the quay. "
        "Locals regard the berth as the ‘Long Row’."
    )
    findings = extract(Source(id="x", body=body), VOCABULARY)
    assert [(q.text, q.speaker) for q in findings.quotes] == [("the weakest point", "owen")]
    assert [t.text for t in findings.terms] == ["Long Row"]


def test_a_document_speaks_for_whoever_the_appositive_says_wrote_it() -> None:
    body = (
        "A structural survey from 2021, prepared for the council by an outside engineering "
        "practice and seen by this paper, describes the wall as “sound for twenty years”."
    )
    assert speakers(body) == [(None, "an outside engineering practice")]
