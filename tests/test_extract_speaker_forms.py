"""Speakers in forms once missed: an age in brackets, a lower-case councillor, a headline
quotation attributed by a nearby sentence or quoted in part, a long description, and
"pointed to"."""

from __future__ import annotations

import attrs
import pytest

import sorabrief
from sorabrief.extract import extract, vocabulary_of
from sorabrief.extract.pronouns import introduced_people
from sorabrief.model import Party, PartyKind, Source

VOCABULARY = vocabulary_of(sorabrief.load())


def attributions(body: str) -> list[tuple[str, str | None]]:
    return [(q.text, q.attribution) for q in extract(Source(id="x", body=body), VOCABULARY).quotes]


def test_a_person_introduced_with_an_age_in_brackets_is_who_she_means() -> None:
    body = (
        "Among those hit is Orla Brennock (81) from Tullow, whose knee operation was "
        'cancelled. She heard of it from a friend.\n\n"I had waited a year for that knee," '
        "she said."
    )
    assert attributions(body) == [("I had waited a year for that knee", "Orla Brennock")]


def test_a_lower_case_councillor_introduces_a_name_for_he_and_cllr() -> None:
    body = (
        "Local Labour councillor Fergal Dunphy said he would raise it. He said residents "
        'feared their data was "loose on the web".\n\n"People want answers," Cllr Dunphy said.'
    )
    assert [a for _, a in attributions(body)] == ["Fergal Dunphy", "Fergal Dunphy"]


def test_a_subheading_quotation_takes_the_storys_speaker_not_a_nearby_source() -> None:
    body = (
        "About 900 visits were cancelled, according to figures seen by this paper.\n\n"
        "‘The alarms were plain to see’\n\n"
        "“The alarms were plain to see, in the board’s own review, and nothing was done,” "
        "said Nessa Quirke, the group’s chief executive."
    )
    assert [a for _, a in attributions(body)] == ["Nessa Quirke", "Nessa Quirke"]


def test_a_headline_quoted_in_part_and_a_long_description_keep_the_describeds_head() -> None:
    body = (
        "'We're down to pencils and index cards' - inside Kelmore as outage bites\n\n"
        "A senior porter on one of the clinic's surgical floors, who asked not to be named, "
        'told the Gazette that staff are "down to pencils and index cards". Results are '
        "phoned through."
    )
    assert [a for _, a in attributions(body)] == ["A senior porter", "A senior porter"]


def test_pointed_to_is_a_speech_verb() -> None:
    body = (
        "Asked about the claims, a spokeswoman for the clinic pointed to "
        '"a steady programme of upgrades across the network" and said it was too early.'
    )
    assert attributions(body)[0][1] == "a spokeswoman for the clinic"


def test_a_trade_before_a_name_introduces_who_she_means() -> None:
    body = (
        "At the depot on Monday, school caretaker Thandeka Moyo said she had spent a lot. "
        "“I am tired, and I am also cross. Nobody asked,” she said."
    )
    assert attributions(body)[0][1] == "Thandeka Moyo"


def test_a_question_or_exclamation_is_attributed_after_its_closing_mark() -> None:
    body = 'None of them would be named. "Go where? To the same desk?" one rider asked.'
    assert attributions(body) == [("Go where? To the same desk?", "one rider")]


def test_apologised_is_a_speech_verb() -> None:
    assert attributions("He apologised “to all who fish these lakes” and left.")[0][1] == "he"


def test_an_age_and_a_trade_describe_the_person_just_named() -> None:
    body = (
        "Efua Mensima was the first on her lane to walk back in on Friday.\n\n"
        '"I am glad to be home. But what do I cook with?" the 52-year-old bead maker asked.'
    )
    assert attributions(body)[0][1] == "Efua Mensima"


def test_a_spokesperson_named_by_the_adjective_of_a_body_speaks_for_it() -> None:
    roads = Party(
        id="roads-dept",
        name="Quellshire Department of Roads",
        kind=PartyKind.ORGANIZATION,
        role="roads department",
        aliases=("the department",),
    )
    case = sorabrief.load()
    vocabulary = vocabulary_of(attrs.evolve(case, parties=(*case.parties, roads)))
    body = (
        "The Quellshire Department of Roads said talks would follow. A departmental "
        "spokesperson said the minister was “very worried” about pupils."
    )
    [quote] = extract(Source(id="x", body=body), vocabulary).quotes
    assert quote.speaker == "roads-dept"


@pytest.mark.parametrize(
    "text",
    [
        "Flooding hit the wider Greater Tarrow area on Monday.",
        "A major Ostrel Bank said it would reopen.",
    ],
)
def test_a_comparative_before_capitals_introduces_no_person(text: str) -> None:
    assert introduced_people(text, 0, len(text)) == []


@pytest.mark.parametrize(
    "manner", ["by telephone", "by phone from Leeds", "via email", "over the phone", "again"]
)
def test_a_speaker_before_a_verb_with_a_manner_after_it(manner: str) -> None:
    body = (
        "A Leeds-based charity, Safe Streets, called for an inquiry.\n\n"
        f'"We wrote to them twice and nobody came," campaign director Jane Moss said {manner}.'
    )
    assert [a for _, a in attributions(body)] == ["campaign director Jane Moss"]


def test_a_plural_noun_owning_what_follows_is_no_speech_verb() -> None:
    body = (
        "Jane Moss, the chamber's director, defended the rise. She said the tariff rules' "
        'hardship clause existed "so that a small firm does not go under".'
    )
    assert [a for _, a in attributions(body)] == ["Jane Moss"]


@pytest.mark.parametrize(
    "opening",
    ["LEEDS — Orla Brennock", "At the market by the station, Orla Brennock"],
)
def test_a_name_after_a_dateline_or_an_opening_phrase_is_who_she_means(opening: str) -> None:
    body = (
        f"{opening} has sold bread since Sunday. The queues were long.\n\n"
        '"I have never sold so much," she said.'
    )
    assert [a for _, a in attributions(body)] == ["Orla Brennock"]


def test_a_title_alone_in_a_headline_is_the_one_person_with_that_title() -> None:
    body = (
        "Senator says the tender was 'fixed from the start' as the audit begins\n\n"
        "Senator Orla Brennock told the chamber on Tuesday that the bids had been opened early."
    )
    assert [a for _, a in attributions(body)] == ["Orla Brennock"]


def test_a_title_alone_given_to_two_people_stays_as_written() -> None:
    body = (
        "Senator says the tender was 'fixed from the start' as the audit begins\n\n"
        "Senator Orla Brennock and Senator Jo Bell told the chamber the bids were opened early."
    )
    assert [a for _, a in attributions(body)] == ["Senator"]
