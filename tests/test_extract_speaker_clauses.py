"""Speakers behind clauses that stand between a subject and its speech verb, or between a
speaker and the quotation."""

from __future__ import annotations

from sorabrief.extract import Vocabulary, extract
from sorabrief.model import Party, PartyKind, Source

VOCABULARY = Vocabulary(
    parties=(
        Party(id="transit", name="Harlow Transit", kind=PartyKind.ORGANIZATION, role="operator",
              aliases=("the operator",)),
        Party(id="riders", name="Harlow Riders Union", kind=PartyKind.GROUP, role="riders"),
        Party(id="okafor", name="Dana Okafor", kind=PartyKind.PERSON, role="chief engineer",
              aliases=("Okafor",)),
        Party(id="bell", name="Marcus Bell", kind=PartyKind.PERSON, role="union chair",
              aliases=("Bell",)),
    ),
    topic=("Harlow Transit trains halted after a signal fire",),
)  # fmt: skip


def speakers(body: str) -> list[tuple[str, str | None]]:
    found = extract(Source(id="x", body=body), VOCABULARY).quotes
    return [(q.text.split()[0], q.speaker) for q in found]


def test_a_relative_clause_with_a_thousands_comma_and_an_auxiliary_leave_the_subject() -> None:
    body = (
        "The Harlow Riders Union, which says it speaks for 2,500 commuters, has called the new "
        "timetable “unworkable” in a letter to councillors."
    )
    assert speakers(body) == [("unworkable", "riders")]


def test_a_time_phrase_before_the_pronoun_is_not_the_speaker() -> None:
    body = (
        "Harlow Transit accepted the findings on Monday, and last week it told the regulator "
        "its repair plan was “nearly complete”."
    )
    assert speakers(body) == [("nearly", "transit")]


def test_a_speech_verb_inside_a_that_clause_does_not_speak_the_quotation() -> None:
    body = (
        "The operator disputes the account. Its chief engineer, Dana Okafor, told the inquiry "
        "that the crew had called the control room “the moment the smoke appeared”."
    )
    assert speakers(body) == [("the", "okafor")]


def test_a_speaker_who_spoke_to_an_outlet_speaks_the_quotation_of_the_next_paragraph() -> None:
    body = (
        "Dana Okafor spoke to the Harlow Echo on Thursday.\n\n"
        "“The relay failed first, and the fire followed it.\n\n"
        "“We replaced every relay of that batch within a week.”\n\n"
        "She said the other signals had stayed “entirely normal” all night."
    )
    assert speakers(body) == [("The", "okafor"), ("entirely", "okafor")]


def test_a_quotation_opening_a_later_sentence_goes_to_the_one_person_named_before_it() -> None:
    body = (
        "Marcus Bell, who chairs the union, has been driving night buses since March. "
        "“Nobody asked the drivers before the timetable changed.”"
    )
    assert speakers(body) == [("Nobody", "bell")]


def test_with_two_people_named_before_it_the_quotation_stays_unattributed() -> None:
    body = (
        "Marcus Bell met Dana Okafor at the depot on Friday. "
        "“Nobody asked the drivers before the timetable changed.”"
    )
    assert speakers(body) == [("Nobody", None)]


def people_named(body: str) -> list[str | None]:
    return [q.attribution for q in extract(Source(id="x", body=body), VOCABULARY).quotes]


def test_a_person_opening_a_sentence_with_a_verb_is_who_he_or_she_means() -> None:
    body = (
        "“The doors were shut for twenty minutes,” Marcus Bell said.\n\n"
        "Tomasz Nowak runs a kiosk at the station. “I lost a whole morning of trade,” he said."
    )
    assert people_named(body) == ["Marcus Bell", "Tomasz Nowak"]


def test_a_role_noun_before_a_name_introduces_a_person() -> None:
    body = (
        "“The doors were shut for twenty minutes,” Marcus Bell said.\n\n"
        "Leeds commuter Ines da Costa missed her connection. “It was chaos,” she said."
    )
    assert people_named(body) == ["Marcus Bell", "Ines da Costa"]


def test_an_appositive_role_without_an_article_introduces_a_person() -> None:
    body = (
        "“The doors were shut for twenty minutes,” Marcus Bell said.\n\n"
        "Ruth Adeyemi, senior analyst at a rail consultancy, reviewed the logs.\n\n"
        "“Relays of that age fail without warning,” she said."
    )
    assert people_named(body) == ["Marcus Bell", "Ruth Adeyemi"]


def test_a_place_before_said_and_a_people_noun_is_not_a_person() -> None:
    body = (
        "“The doors were shut for twenty minutes,” Marcus Bell said.\n\n"
        "Ruth Adeyemi, who runs a bakery on Mill Lane, said local traders had lost a day. "
        "“We threw out forty loaves,” she said."
    )
    assert people_named(body) == ["Marcus Bell", "Ruth Adeyemi"]


def test_a_short_passage_after_an_article_in_reported_speech_is_a_quotation() -> None:
    findings = extract(
        Source(
            id="x",
            body="Marcus Bell warned in March that a “catastrophic failure” was only a matter "
            "of weeks away, and that their “pay” had not moved in years.",
        ),
        VOCABULARY,
    )
    assert [(q.text, q.speaker) for q in findings.quotes] == [("catastrophic failure", "bell")]
    assert [t.text for t in findings.terms] == ["pay"]


def test_a_spokesperson_of_no_one_named_speaks_for_the_organisation_named_last() -> None:
    body = (
        "Harlow Transit said on Friday that the line would reopen within days. A spokesperson "
        "said the repairs were “ahead of schedule”."
    )
    assert speakers(body) == [("ahead", "transit")]


def test_a_participle_speaks_for_the_subject_of_its_clause_not_the_last_name() -> None:
    body = (
        "Marcus Bell said the union had written to Harlow Transit in May warning that a "
        "“serious accident” was coming."
    )
    assert speakers(body) == [("serious", "bell")]


def test_a_present_tense_describes_as_quotes_and_shares_the_sentence_subject() -> None:
    body = (
        "The Harlow Riders Union says buses ran forty minutes late, and describes the "
        "information given to passengers as “patchy at best”."
    )
    assert speakers(body) == [("patchy", "riders")]


def test_a_surname_alone_stands_for_the_full_name_and_a_later_he_finds_it() -> None:
    body = (
        "Pavel Ostrov, a retired signal fitter from Leeds, said the fire was no surprise.\n\n"
        "“The cabling was older than I am,” Ostrov said. “Nobody wanted to pay for it.\n\n"
        "“Every winter we patched it again.”\n\n"
        "He added a warning. “It will happen at the next junction too,” he said."
    )
    found = extract(Source(id="x", body=body), VOCABULARY).quotes
    assert [(q.text.split()[0], q.attribution) for q in found] == [
        ("The", "Pavel Ostrov"),
        ("It", "Pavel Ostrov"),
    ]


def test_a_manner_of_speaking_verb_attributes_and_joins_an_interrupted_quotation() -> None:
    body = (
        "“The trains are late again,” Okafor sighed. “But nobody is hurt.”\n\n"
        "“We are not going anywhere,” Bell roared at the rally."
    )
    found = extract(Source(id="x", body=body), VOCABULARY).quotes
    assert [(q.text, q.speaker) for q in found] == [
        ("The trains are late again \u2026 But nobody is hurt.", "okafor"),
        ("We are not going anywhere", "bell"),
    ]


def test_an_interruption_may_say_whom_they_told_and_where_at_length() -> None:
    body = (
        "“We got most of what we wanted,” union chair Marcus Bell told the Harlow Echo outside "
        "the depot as the first night trains pulled out. “The rest can wait for the audit.”"
    )
    found = extract(Source(id="x", body=body), VOCABULARY).quotes
    assert [(q.text.split()[0], q.speaker) for q in found] == [("We", "bell")]


def test_a_speech_noun_after_a_possessive_is_not_the_speech_verb() -> None:
    body = "Okafor said the contractor's claims were “pure fiction” and would be contested."
    assert speakers(body) == [("pure", "okafor")]


def test_an_infinitive_speech_verb_is_spoken_by_the_sentence_subject() -> None:
    body = (
        "Marcus Bell used the union's annual conference on Friday to thank members and to "
        "tell delegates that the pay offer was “an insult dressed as a gift.”"
    )
    assert speakers(body) == [("an", "bell")]


def test_a_name_in_apposition_to_a_possessed_role_is_the_speaker() -> None:
    body = (
        "The Harlow Riders Union has long opposed the cuts. Its deputy chair, Priya Nandakumar, "
        "said the timetable was “a slap in the face”. “We will fight it line by line,” she said."
    )
    found = extract(Source(id="x", body=body), VOCABULARY).quotes
    assert [(q.speaker, q.attribution) for q in found] == [
        (None, "Priya Nandakumar"),
        (None, "Priya Nandakumar"),
    ]
