"""Speakers found from context: "she said" after a named person, and a sentence naming one person."""

import attrs

import sorabrief
from sorabrief.extract import extract, vocabulary_of
from sorabrief.model import Party, PartyKind, Source

CASE = sorabrief.load()
PEOPLE = (
    Party(
        id="dana",
        name="Dana Okafor",
        kind=PartyKind.PERSON,
        role="spokesperson",
        aliases=("Okafor",),
    ),
    Party(
        id="bell", name="Marcus Bell", kind=PartyKind.PERSON, role="union chair", aliases=("Bell",)
    ),
)
VOCABULARY = vocabulary_of(attrs.evolve(CASE, parties=CASE.parties + PEOPLE))


def speakers(body: str) -> list[tuple[str | None, str | None]]:
    return [
        (q.speaker, q.attribution) for q in extract(Source(id="x", body=body), VOCABULARY).quotes
    ]


def test_she_said_resolves_to_the_person_named_just_before() -> None:
    body = (
        "Agency spokesperson Dana Okafor apologised. “We sincerely apologize to everyone who was "
        "affected, and every fare charged twice will be refunded,” she said."
    )
    assert speakers(body) == [("dana", "she")]


def test_a_pronoun_reaches_one_paragraph_back_and_no_further() -> None:
    body = (
        "Dana Okafor apologised for the outage at the stations.\n\n"
        "Trains were cancelled all morning.\n\n"
        "“We will look into every single complaint we receive this week,” she said."
    )
    assert speakers(body) == [(None, "she")]


def test_an_unattributed_quote_goes_to_the_one_person_its_sentence_names() -> None:
    body = 'Union chair Marcus Bell held up the report: "a warning sign about a system nobody is checking."'
    assert speakers(body) == [("bell", None)]


def test_calling_something_a_quoted_phrase_attributes_it() -> None:
    body = 'Union chair Marcus Bell called the failure "a warning sign about a system nobody is checking."'
    assert speakers(body) == [("bell", "Union chair Marcus Bell")]


ACME = Party(id="acme", name="Acme Ltd", kind=PartyKind.ORGANIZATION, role="operator")
BOLT = Party(
    id="bolt",
    name="Bolt Systems",
    kind=PartyKind.ORGANIZATION,
    role="supplier",
    aliases=("the company",),
)
WITH_FIRMS = vocabulary_of(attrs.evolve(CASE, parties=(*CASE.parties, *PEOPLE, ACME, BOLT)))


def firm_speakers(body: str) -> list[tuple[str | None, str | None]]:
    return [
        (q.speaker, q.attribution) for q in extract(Source(id="x", body=body), WITH_FIRMS).quotes
    ]


def test_a_quotation_opening_a_paragraph_takes_the_speaker_the_paragraph_before_reports() -> None:
    body = (
        "Late on Sunday, chair Marcus Bell said the union would not back down.\n\n"
        "“We have waited three years for an answer and we will wait no longer.”"
    )
    assert speakers(body) == [("bell", "chair Marcus Bell")]


def test_they_after_a_couple_named_together_is_the_couple() -> None:
    body = (
        "Tom and Ann Rivera left their farm on Tuesday night.\n\n"
        "“We took the dog and the photographs and nothing else,” they said."
    )
    assert speakers(body) == [(None, "Tom and Ann Rivera")]


def test_a_statement_speaks_for_the_organisation_that_issued_it() -> None:
    body = (
        "Acme Ltd issued a statement on Monday evening.\n\n"
        "“We are working with the authorities,” the statement said."
    )
    assert firm_speakers(body) == [("acme", "the statement")]


def test_the_company_means_the_organisation_named_last() -> None:
    body = (
        "Acme Ltd rejected any suggestion that it was to blame.\n\n"
        "“Our systems were not breached,” the company said in a statement."
    )
    assert firm_speakers(body) == [("acme", "the company")]


def test_a_person_described_instead_of_named_is_what_he_means() -> None:
    body = (
        "A 40-year-old driver from Leeds said he had lost a week of pay. "
        "“I cannot afford another week like this,” he said."
    )
    assert speakers(body) == [(None, "a 40-year-old driver from Leeds")]


def test_anyone_described_as_the_subject_of_a_speech_verb_is_what_she_means() -> None:
    body = (
        "At the gates of the depot, a 63-year-old welder said she had not been paid. "
        "“Three weeks now, and nothing,” she said.\n\n"
        "A retired ward clerk who worked at the hospital for years, and who asked not to be "
        "named, said the rota was thin. “We covered every gap ourselves,” he said."
    )
    assert speakers(body) == [
        (None, "a 63-year-old welder"),
        (None, "a retired ward clerk"),
    ]


def test_a_described_appositive_of_a_named_person_is_no_one_new() -> None:
    body = (
        "Nadia Mensah, a nurse from Leeds who lives in York, said the ward was quiet. "
        "“Nobody came,” she said."
    )
    assert speakers(body) == [(None, "Nadia Mensah")]


def test_she_after_a_later_mention_by_surname_is_that_speaker() -> None:
    body = (
        "“Nobody did anything clever,” said Priya Shah, a researcher at a security firm.\n\n"
        "Shah's advice is simple: check every account.\n\n"
        "“If a vendor can log in, so can a thief,” she said."
    )
    assert speakers(body)[1] == (None, "Priya Shah")


def test_described_as_reports_the_speaker_s_words() -> None:
    body = "Union chair Marcus Bell described the offer as “a bandage on a wound”."
    assert speakers(body) == [("bell", "Union chair Marcus Bell")]


def test_an_interrupted_quotation_that_runs_on_into_the_next_paragraph_is_one() -> None:
    body = (
        "“We will not guess at the cause,” Bell said. “What I can say is that the line was "
        "inspected in May.\n\n"
        "“If we were wrong, we will say so.”"
    )
    [quote] = extract(Source(id="x", body=body), VOCABULARY).quotes
    assert quote.speaker == "bell" and len(quote.segments) == 3


UNION = Party(
    id="union",
    name="Northern Rail Workers Union",
    kind=PartyKind.ORGANIZATION,
    role="trade union",
    aliases=("union leaders", "the regulator"),
)
WITH_UNION = vocabulary_of(attrs.evolve(CASE, parties=(*CASE.parties, *PEOPLE, ACME, UNION)))


def union_speakers(body: str) -> list[tuple[str | None, str | None]]:
    return [
        (q.speaker, q.attribution) for q in extract(Source(id="x", body=body), WITH_UNION).quotes
    ]


def test_they_prefers_a_party_named_by_a_plural_noun_to_a_nearer_single_firm() -> None:
    body = (
        "Union leaders rejected the offer from Acme Ltd on Friday.\n\n"
        "“This is not a pay rise, it is a pay cut spread over three years,” they said."
    )
    assert union_speakers(body) == [("union", "they")]


def test_they_after_a_group_of_people_opening_the_sentence_is_that_group() -> None:
    body = (
        "Nurses at two other hospitals in the city said their wards were just as short. "
        "“Every shift feels like the last one before something goes wrong,” they said."
    )
    assert speakers(body) == [(None, "Nurses at two other hospitals in the city")]


def test_they_after_a_couple_mentioned_as_a_family_is_the_couple() -> None:
    body = (
        "Tom and Ann Rivera left their farm on Tuesday night.\n\n"
        "Smoke was visible from the main road by noon.\n\n"
        "The Riveras said the evacuation order came by text.\n\n"
        "“We took the dog and the photographs and nothing else,” they said."
    )
    assert speakers(body) == [(None, "Tom and Ann Rivera")]


def test_an_earlier_quotation_shares_the_attribution_written_after_the_next() -> None:
    body = (
        "Acme Ltd was fined on Monday. The firm “regrets the delay this caused to every "
        "customer” and “will pay in full,” it said."
    )
    assert firm_speakers(body) == [("acme", "it"), ("acme", "it")]


def test_a_speech_verb_inside_a_compound_is_no_attribution() -> None:
    body = (
        "Marcus Bell, a union chair at the depot, said the add-on payment was “an insult to "
        "every driver”."
    )
    assert speakers(body) == [("bell", "Marcus Bell")]


def test_a_headline_attribution_without_its_article_is_read_with_it() -> None:
    body = "Operator blames a software fault; regulator says it is “watching closely”"
    assert union_speakers(body) == [("union", "regulator")]


def test_an_outlet_with_an_ampersand_can_interrupt_a_quotation() -> None:
    body = (
        "“We will rebuild the line,” Bell told Track & Signal Weekly. “It will take a year, "
        "not a month.”"
    )
    [quote] = extract(Source(id="x", body=body), VOCABULARY).quotes
    assert (quote.speaker, len(quote.segments)) == ("bell", 2)


def test_quotations_in_guillemets_are_read_like_curly_ones() -> None:
    body = (
        "«We reopened the pass as soon as the snow was safe,» said Dana Okafor. "
        "Marcus Bell called that «far too late for the farms». "
        "«Nobody answered the phone for two days», he added."
    )
    found = extract(Source(id="x", body=body), VOCABULARY).quotes
    assert [(q.text, q.speaker) for q in found] == [
        ("We reopened the pass as soon as the snow was safe", "dana"),
        ("far too late for the farms", "bell"),
        ("Nobody answered the phone for two days", "bell"),
    ]
