"""How `sorabrief draft` reads a name written surname first with a hyphened given name
("Governor Bae Ha-neul", later "Bae" alone)."""

from __future__ import annotations

from sorabrief.draft.name_order import hyphened_given_name, surname_of
from sorabrief.draft.names import names_in
from sorabrief.model import PartyKind
from support import proposed_parties


def test_a_hyphened_given_name_after_a_surname_is_part_of_the_name() -> None:
    for sentence, name in (
        ("Governor Bae Ha-neul visited the shelter at dawn.", "Bae Ha-neul"),
        ("The depot was run by Teo Wen-jie until March.", "Teo Wen-jie"),
        ("Port director Ong Kai-lun declined to comment.", "Ong Kai-lun"),
    ):
        assert [n.text for n in names_in(sentence)][-1] == name, sentence


def test_a_hyphened_adjective_is_still_no_name() -> None:
    for word in ("Seoul-based", "Busan-born", "Tokyo-listed", "Daejeon-run", "Incheon-wide"):
        assert not hyphened_given_name(word), word
    assert [n.text for n in names_in("Its Busan-based supplier Marlow Pumps agreed.")] == [
        "Marlow Pumps"
    ]


def test_the_surname_of_a_name_written_surname_first_is_its_first_word() -> None:
    assert surname_of("Bae Ha-neul") == "Bae"
    assert surname_of("Ada Lorne") == "Lorne"
    assert surname_of("Jean-Luc Moreau") == "Moreau"


def test_a_person_named_surname_first_is_proposed_with_the_surname_as_alias() -> None:
    parties = proposed_parties(
        {
            "a": "Governor Bae Ha-neul said the ferry would not sail until the hull was "
            "checked.\nBae said crews had worked through the night.\n",
            "b": "Bae Ha-neul, the provincial governor, told reporters the inquiry would "
            "report in a month.\n",
        }
    )
    governor = parties["Bae Ha-neul"]
    assert governor.kind == PartyKind.PERSON
    assert governor.aliases == ("Bae",)
    assert "Bae" not in parties
