"""A person's role from a title before the name or an apposition after it."""

from __future__ import annotations

import pytest

from sorabrief.draft.roles import most_written_role, written_role
from sorabrief.draft.spokespeople import affiliations


@pytest.mark.parametrize(
    ("sentence", "role"),
    [
        ("Chief executive Tamsin Okoro told reporters the mill would shut.", "chief executive"),
        ("Regional Harbour Commissioner Tamsin Okoro said so.", "Regional Harbour Commissioner"),
        ("On Friday the ferry union president Tamsin Okoro walked out.", "ferry union president"),
        (
            "Tamsin Okoro, the clinic’s head of midwifery, said beds ran short.",
            "clinic’s head of midwifery",
        ),
        ("Dr Tamsin Okoro, a retired surgeon who chairs the review, spoke.", "retired surgeon"),
        ("Tamsin Okoro, a mother of three, waited for a week.", None),
        ("Reporters met Tamsin Okoro on the quay.", None),
    ],
)
def test_a_role_is_read_before_or_after_the_name(sentence: str, role: str | None) -> None:
    assert written_role(sentence, "Tamsin Okoro") == role


def test_the_role_written_most_often_wins() -> None:
    sentences = [
        "Spokesperson Ivo Brand said the line was safe.",
        "Ivo Brand, the operator’s spokesperson, said more.",
        "Spokesperson Ivo Brand declined to comment.",
    ]
    assert most_written_role(sentences, "Ivo Brand") == "Spokesperson"


def test_an_article_opening_an_apposition_is_no_part_of_the_role() -> None:
    found = affiliations(
        "A spokesperson, Ivo Brand, said Quillon Rail was sorry.",
        "Quillon Rail",
        ["Ivo Brand"],
        {"Quillon Rail": "Quillon Rail"},
    )
    assert [a.role for a in found] == ["spokesperson, Quillon Rail"]


def test_an_office_is_a_role_but_names_no_organisation_spoken_for() -> None:
    assert written_role("Prosecutor Ines Varga said the fines stand.", "Ines Varga") == "Prosecutor"
    found = affiliations(
        "Quillon Rail was charged; prosecutor Ines Varga said so.",
        None,
        ["Ines Varga"],
        {"Quillon Rail": "Quillon Rail"},
    )
    assert found == []


def test_a_verb_before_a_capitalised_title_is_no_part_of_the_role() -> None:
    found = affiliations(
        "The Ministry of Harbours said Minister Ines Varga had asked for a report.",
        "Ministry of Harbours",
        ["Ines Varga"],
        {"Ministry of Harbours": "Ministry of Harbours"},
    )
    assert [a.role for a in found] == ["Minister, Ministry of Harbours"]


@pytest.mark.parametrize("verb", ["said", "says", "added", "insisted"])
def test_a_speech_verb_before_a_lower_case_role_is_no_part_of_the_role(verb: str) -> None:
    found = affiliations(
        f"Orlen Ferries will appeal. “We were never heard,” {verb} lawyer Pia Mbeki, "
        "who acts for the company.",
        "Orlen Ferries",
        ["Pia Mbeki"],
        {"Orlen Ferries": "Orlen Ferries"},
    )
    assert [a.role for a in found] == ["lawyer, Orlen Ferries"]
