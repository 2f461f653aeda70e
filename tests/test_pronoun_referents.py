"""The referents index answers "the latest such referent before here" as a scan of them all would."""

from __future__ import annotations

from sorabrief.extract.pronouns import Referent, Referents, described_by, full_name, resolve


def test_the_latest_of_a_kind_before_a_place_is_found_and_ties_go_to_the_first_found() -> None:
    first = Referent(40, "person", None, "Orla Penhale")
    same_place = Referent(40, "person", None, "Tam Quiller")
    referents = Referents([Referent(10, "person", None, "Bryn Adair"), first, same_place])
    referents.append(Referent(90, "organization", "harbour-trust", "the Harbour Trust"))
    assert resolve("she", 60, ((0, 100), None), referents) is first
    assert resolve("she", 40, ((0, 100), None), referents).name == "Bryn Adair"  # type: ignore[union-attr]
    assert resolve("it", 60, ((0, 100), None), referents) is None
    assert resolve("it", 95, ((0, 100), None), referents).party == "harbour-trust"  # type: ignore[union-attr]


def test_the_paragraph_before_is_read_when_the_pronouns_own_has_no_one() -> None:
    referents = Referents([Referent(5, "person", None, "Bryn Adair")])
    assert resolve("he", 70, ((50, 100), (0, 50)), referents).name == "Bryn Adair"  # type: ignore[union-attr]
    assert resolve("he", 70, ((50, 100), (20, 50)), referents) is None


def test_a_surname_takes_the_latest_other_full_name_that_ends_in_it() -> None:
    referents = Referents(
        [
            Referent(5, "person", None, "Bryn Adair"),
            Referent(30, "person", None, "Mr Adair"),
            Referent(50, "person", None, "Cai Adair"),
            Referent(70, "person", "pier-club", "Dee Adair"),
        ]
    )
    assert full_name("Mr Adair", 40, referents) == "Bryn Adair"
    assert full_name("Mr Adair", 80, referents) == "Cai Adair"
    assert full_name("Adair", 20, referents) == "Bryn Adair"
    assert full_name("Cai Adair", 60, referents) == "Cai Adair"  # a full name is no one else's


def test_a_definite_description_is_the_person_described_last_within_reach() -> None:
    referents = Referents(
        [
            Referent(100, "person", None, "a ferry steward from Skelwick"),
            Referent(900, "person", None, "a ferry steward on the night crossing"),
            Referent(950, "person", None, "a 61-year-old welder"),
        ]
    )
    assert described_by("steward", 1000, referents).at == 900  # type: ignore[union-attr]
    assert described_by("steward", 800, referents).at == 100  # type: ignore[union-attr]
    assert described_by("steward", 3000, referents) is None
    assert described_by("61-year-old", 1000, referents).at == 950  # type: ignore[union-attr]
