"""A party's kind from every way the articles write its name, not from one mention: an
article or "which" before and after a body's name, a title or an age around a person's."""

from __future__ import annotations

from sorabrief.draft.spokespeople import affiliations
from sorabrief.draft.written_kind import written_as_organisation
from sorabrief.model import PartyKind
from support import proposed_parties


def test_a_body_is_written_with_an_article_which_and_its_parts() -> None:
    texts = [
        "Members of the Brell Quay board met on Monday. Brell Quay, which runs the marina, "
        "said nothing.",
        "A spokesperson for the pier said Brell Quay's staff had been sent home.",
    ]
    assert written_as_organisation("Brell Quay", texts)


def test_a_body_is_described_by_what_it_is() -> None:
    texts = [
        "Tessin Vale, a small lobbying group based in the capital, filed a complaint.",
        "The campaign network Tessin Vale wants an inquiry.",
    ]
    assert written_as_organisation("Tessin Vale", texts)


def test_a_person_is_written_with_a_title_an_age_or_who() -> None:
    texts = [
        "Odile Marsh, 47, said the water rose in minutes. Ms Marsh lost her car.",
        "Odile Marsh, who lives by the canal, said the council had been warned.",
        "The Odile Marsh case was heard on Monday.",
    ]
    assert not written_as_organisation("Odile Marsh", texts)


def test_a_role_describing_a_person_is_no_body() -> None:
    texts = [
        "Odile Marsh, a union official, said the pay offer was poor.",
        "Odile Marsh, the council's deputy leader, said the offer stood.",
    ]
    assert not written_as_organisation("Odile Marsh", texts)


def test_a_headline_word_above_a_name_is_not_its_description() -> None:
    texts = ["Council holds firm\n\nOdile Marsh, the deputy leader, said the plan stood."]
    assert not written_as_organisation("Odile Marsh", texts)


def test_an_abbreviation_and_a_place_is_an_organisation_when_written_as_one() -> None:
    parties = proposed_parties(
        {
            "a": "Patients in Ostley face longer trips. The KRT Ostley board closed the ward. "
            "KRT Ostley, which runs the hospital, said staff were short.\n",
            "b": "Ostley residents protested. KRT Ostley said the ward would reopen in May.\n",
        }
    )
    assert parties["KRT Ostley"].kind is PartyKind.ORGANIZATION


def test_a_role_at_the_firm_is_the_business_named_before() -> None:
    found = affiliations(
        "“Nothing was missed,” said Ivo Brandt, a partner at the firm.",
        None,
        ["Ivo Brandt"],
        {"Pellmar Engineering": "Pellmar Engineering", "Pellmar": "Pellmar Engineering"},
        ["Pellmar Engineering"],
    )
    assert [(a.person, a.organisation) for a in found] == [("Ivo Brandt", "Pellmar Engineering")]


def test_a_role_for_a_region_after_the_organisation_is_theirs() -> None:
    found = affiliations(
        "Nadia Crell, Tovari's sales director for Scandinavia, said the code was sound.",
        None,
        ["Nadia Crell"],
        {"Tovari": "Tovari"},
    )
    assert [(a.person, a.organisation) for a in found] == [("Nadia Crell", "Tovari")]
