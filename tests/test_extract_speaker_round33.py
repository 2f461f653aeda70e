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


def test_the_sentence_after_a_quotation_may_name_its_source() -> None:
    body = (
        "“We were told to boil the water, and we boiled it. Nobody said for how long.” That was "
        "the view of Tunde Okafor, who chairs the residents' group.\n\n"
        "“The pipes are older than the town hall.” That is how Tunde Okafor put it."
    )
    assert speakers(body) == [
        ("We", "okafor", "Tunde Okafor"),
        ("The", "okafor", "Tunde Okafor"),
    ]


def test_a_public_body_described_by_a_noun_that_fits_any_is_the_one_named_last() -> None:
    body = (
        "Aqualine Water shut the main on Monday. Marlow District Council met the next day. "
        "“Repairs will begin within the week,” the local authority said."
    )
    assert speakers(body) == [("Repairs", "council", "the local authority")]


def test_a_company_described_with_a_word_before_it_is_the_company_named_last() -> None:
    body = (
        "Marlow District Council fined Aqualine Water on Monday. “We will appeal the fine,” "
        "the water company said."
    )
    assert speakers(body) == [("We", "aqualine", "the water company")]


def test_a_parent_company_is_not_the_company_named_last() -> None:
    body = (
        "Aqualine Water was fined on Monday. “We will review our stake,” the parent company said."
    )
    assert speakers(body) == [("We", None, "the parent company")]


def test_a_spokesperson_named_in_apposition_speaks_for_the_party_when_met_again() -> None:
    body = (
        "Aqualine Water shut the main on Monday. Ngozi Bello, a spokeswoman for the utility, "
        "said the pressure had fallen overnight.\n\n"
        "“We expect supply to return by Friday,” Ms Bello said."
    )
    assert speakers(body) == [("We", "aqualine", "Ngozi Bello")]


def test_a_spokesperson_quoted_before_speaks_for_the_same_party_by_surname() -> None:
    body = (
        "“The pressure fell overnight,” said Ngozi Bello, a spokeswoman for Aqualine Water.\n\n"
        "Residents queued at the standpipes.\n\n"
        "“We expect supply to return by Friday,” Bello said."
    )
    assert speakers(body) == [
        ("The", "aqualine", "Ngozi Bello"),
        ("We", "aqualine", "Ngozi Bello"),
    ]


def test_a_spokesperson_described_first_and_named_later_speaks_for_the_party() -> None:
    body = (
        "Aqualine Water shut the main on Monday. A spokeswoman for the utility said the "
        "pressure had fallen overnight.\n\n"
        "“We expect supply to return by Friday,” Ms Bello added."
    )
    assert speakers(body) == [("We", "aqualine", "Ms Bello")]


def test_a_named_person_who_is_no_spokesperson_speaks_for_no_party() -> None:
    body = (
        "Aqualine Water shut the main on Monday. Ngozi Bello, who runs a bakery on the "
        "square, said she had closed for the week.\n\n"
        "“We lost a week of bread,” Ms Bello said."
    )
    assert speakers(body) == [("We", None, "Ngozi Bello")]


def test_they_after_a_group_with_a_relative_clause_is_that_group_not_the_reported_body() -> None:
    body = (
        "Residents who lost their homes said Marlow District Council had ignored them. “We "
        "wrote three letters and nobody answered,” they said."
    )
    assert speakers(body) == [("We", None, "Residents")]


def test_traders_opening_a_sentence_are_a_group_a_later_they_means() -> None:
    body = (
        "Traders at the market said Aqualine Water had cut them off without notice. “We "
        "lost a week of business,” they said."
    )
    assert speakers(body) == [("We", None, "Traders at the market")]


def test_sums_up_after_a_quotation_names_its_speaker() -> None:
    body = (
        "The council blames the utility and the utility blames the weather. “Each one blames "
        "the other, and we carry the buckets,” sums up Tunde Okafor."
    )
    assert speakers(body) == [("Each", "okafor", "Tunde Okafor")]


def test_he_after_someone_described_who_pointed_something_out_is_that_person() -> None:
    body = (
        "Aqualine Water blamed the frost. Both causes can be true, a Leeds-based pipe engineer "
        "pointed out. “Old joints fail first in a cold snap,” he said."
    )
    assert speakers(body) == [("Old", None, "a Leeds-based pipe engineer")]


def test_the_subject_after_a_fronted_phrase_speaks_for_a_coordinated_verb() -> None:
    body = (
        "Tunde Okafor did not attend. In a message read out at the meeting on Thursday, he "
        "repeated that no money had been lost and said he would stay “until the last pipe is "
        "fixed”."
    )
    assert speakers(body) == [("until", "okafor", "he")]


def test_the_subject_after_asked_whether_introduces_a_quotation_with_a_colon() -> None:
    body = (
        "Tunde Okafor spoke on Tuesday. Asked whether he would step down, he was blunt: “No. "
        "Resigning would be the easy thing.”"
    )
    assert speakers(body) == [("No.", "okafor", "he")]


def test_a_news_agency_is_no_public_body_named_before() -> None:
    body = (
        "Marlow District Council met on Tuesday. “Three districts are still dry,” the news "
        "agency reported."
    )
    assert speakers(body) == [("Three", None, "the news agency")]
