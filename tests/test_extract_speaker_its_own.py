"""A speaker who is an organisation's own voice written with "its" or "their" (its leaders,
an officer of it, a notice it published) is the organisation; people it only serves are
not."""

from __future__ import annotations

import attrs

import sorabrief
from sorabrief.extract import extract, vocabulary_of
from sorabrief.extract.its_own import one_officer, owner_pronoun
from sorabrief.model import Party, PartyKind, Source

PARTIES = (
    Party(id="tarn", name="Tarn Leisure Ltd", kind=PartyKind.ORGANIZATION, role="operator"),
    Party(
        id="riders",
        name="Alliance of Riders for Safe Roads",
        kind=PartyKind.GROUP,
        role="campaign",
    ),
)
CASE = sorabrief.load()
VOCABULARY = vocabulary_of(attrs.evolve(CASE, parties=CASE.parties + PARTIES))


def speakers(body: str) -> list[str | None]:
    return [q.speaker for q in extract(Source(id="x", body=body), VOCABULARY).quotes]


def test_its_leaders_speak_for_the_group() -> None:
    body = (
        "The Alliance of Riders for Safe Roads marched on the town hall on Monday. Its "
        "leaders told reporters they would keep marching “until every crossing is lit”."
    )
    assert speakers(body) == ["riders"]


def test_a_manager_at_its_depot_speaks_for_the_company() -> None:
    body = (
        "Tarn Leisure Ltd denied that its boats were unsafe. A manager at its northern "
        "depot said the hulls had been checked “twice a year since 2019”."
    )
    assert speakers(body) == ["tarn"]


def test_a_notice_on_its_website_is_the_company() -> None:
    body = (
        "Tarn Leisure Ltd did not answer calls. A brief notice on its website said the firm "
        "was “reviewing every booking” and would write to customers."
    )
    assert speakers(body) == ["tarn"]


def test_the_owner_of_an_own_voice() -> None:
    assert owner_pronoun("Its chief executive") == "it"
    assert owner_pronoun("a short statement on their website") == "they"
    assert owner_pronoun("one of its senior officials") == "it"


def test_people_it_serves_are_not_its_voice() -> None:
    assert owner_pronoun("one of its customers") is None
    assert owner_pronoun("a passenger on its ferry") is None
    assert owner_pronoun("Its drivers") is None


def test_a_he_after_its_officer_is_the_company() -> None:
    body = (
        "Tarn Leisure Ltd went further than before. Its operations director, who asked not "
        "to be named, said the hulls were “checked in March”.\n\n"
        "“We did what we were asked to do,” he said."
    )
    assert speakers(body) == ["tarn", "tarn"]


def test_one_officer_of_an_own_voice() -> None:
    assert one_officer("Its operations director")
    assert one_officer("A manager at its northern depot")
    assert not one_officer("A short notice on its website")
    assert not one_officer("Its leaders")


def test_a_named_officer_after_a_title_speaks_for_herself() -> None:
    body = '"We hired the drivers back," Tarn Leisure Ltd operations manager Ana Ruiz said.'
    found = extract(Source(id="x", body=body), VOCABULARY).quotes
    assert [(q.speaker, q.attribution) for q in found] == [(None, "Ana Ruiz")]


def test_a_named_spokesperson_after_a_title_speaks_for_the_party() -> None:
    body = '"We hired the drivers back," Tarn Leisure Ltd spokeswoman Ana Ruiz said.'
    assert speakers(body) == ["tarn"]
