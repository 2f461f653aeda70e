"""An official whose office the articles give by its remit speaks for the body that holds
the remit in its name; residents of a place speak for themselves, not for the place."""

from __future__ import annotations

from sorabrief.draft.acting import how_acting
from sorabrief.draft.names import Name, names_in
from sorabrief.draft.office_titles import office_affiliations
from sorabrief.draft.spokespeople import affiliations
from support import proposed_parties

_BODIES = {
    n: n
    for n in (
        "Ministry of Fisheries and Ports",
        "Tarnow Fisheries Board",
        "Ministry of Roads",
        "Brenna Roads Commission",
        "Havel Dock Company",
    )
}


def test_a_remit_before_the_title_names_the_one_body_that_holds_it() -> None:
    found = office_affiliations(
        "Roads Minister Ilse Varga opened the bridge.", ["Ilse Varga"], _BODIES
    )
    assert [(a.person, a.organisation) for a in found] == [("Ilse Varga", "Ministry of Roads")]
    assert found[0].role == "Roads Minister, Ministry of Roads"


def test_a_title_with_its_remit_in_apposition_names_the_body() -> None:
    sentence = "The Minister of Fisheries and Ports, Dr Ilse Varga, closed the quay on Friday."
    found = office_affiliations(sentence, ["Ilse Varga"], _BODIES)
    assert [a.organisation for a in found] == ["Ministry of Fisheries and Ports"]


def test_a_remit_two_bodies_hold_or_none_names_no_one() -> None:
    assert (
        office_affiliations("Fisheries Director Ilse Varga said so.", ["Ilse Varga"], _BODIES) == []
    )
    assert (
        office_affiliations("Harbour Director Ilse Varga said so.", ["Ilse Varga"], _BODIES) == []
    )


def test_a_minister_belongs_to_a_ministry_not_a_commission() -> None:
    bodies = {"Brenna Roads Commission": "Brenna Roads Commission"}
    assert office_affiliations("Roads Minister Ilse Varga spoke.", ["Ilse Varga"], bodies) == []
    found = affiliations("Roads minister Ilse Varga spoke.", None, ["Ilse Varga"], bodies)
    assert found == []


def test_a_director_general_is_a_role() -> None:
    sentence = "Oskar Lind, the company's director general, said the cranes were safe."
    found = affiliations(sentence, None, ["Oskar Lind"], _BODIES, ["Havel Dock Company"])
    assert [a.organisation for a in found] == ["Havel Dock Company"]


def test_residents_of_a_place_speak_for_themselves() -> None:
    body = "Residents of Orlen and Vasko said the taps had run dry for a week."
    for place in ("Orlen", "Vasko"):
        assert how_acting(body, Name(place, body.index(place), False)) is None
    body = "Officials of Orlen said the taps would run again."
    assert how_acting(body, Name("Orlen", body.index("Orlen"), False)) == "direct"
    body = "The medics of the Orlen Army Corps took over the calls."
    name = Name("Orlen Army Corps", body.index("Orlen"), False)
    assert how_acting(body, name) == "direct"


def test_a_personal_title_after_a_title_of_office_is_no_part_of_the_name() -> None:
    sentence = "The order was signed by the Harbour Commissioner, Dr Ilse Varga, on Monday."
    assert "Ilse Varga" in [n.text for n in names_in(sentence)]


def test_a_title_run_into_a_name_written_alone_elsewhere_is_dropped() -> None:
    parties = proposed_parties(
        {
            "a": "Counsel Ilse Varga said the Tarnow Fisheries Board had broken the rules. "
            "Ilse Varga, who represents the crews, said they would appeal.",
            "b": "Ilse Varga, a lawyer for the crews, said the Tarnow Fisheries Board had "
            "ignored them. Varga said the appeal would be heard in May.",
        }
    )
    assert "Ilse Varga" in parties
    assert "Counsel Ilse Varga" not in parties


def test_residents_of_a_place_do_not_make_it_a_party() -> None:
    parties = proposed_parties(
        {
            "a": "Residents of Orlen said the Brenna Water Board had cut their supply. "
            "The Brenna Water Board said the pipes would be fixed.",
            "b": "Residents of Orlen and Vasko said they had no water for a week. "
            "The Brenna Water Board said repairs had begun.",
        }
    )
    assert "Brenna Water Board" in parties
    assert "Orlen" not in parties and "Vasko" not in parties
