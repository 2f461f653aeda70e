"""`sorabrief draft` proposes a person one outlet alone names when they speak with a role,
keeps places out of the parties, and splits names run together."""

from __future__ import annotations

from sorabrief.draft.acting import speaks
from sorabrief.draft.names import Name, names_in
from sorabrief.draft.places import written_as_place_anywhere
from sorabrief.model import PartyKind
from support import proposed_parties

_ORWELL = "Orwell Harbour Board said the crane had been inspected in March.\n"


def test_a_person_one_outlet_quotes_with_a_role_is_a_party() -> None:
    parties = proposed_parties(
        {
            "a": _ORWELL + "“We stopped work at once,” said Tamsin Vellacott, the port's "
            "operations director.\n",
            "b": "Orwell Harbour Board said dockers would be paid during the closure.\n",
        }
    )
    assert parties["Tamsin Vellacott"].kind == PartyKind.PERSON


def test_a_person_one_outlet_names_without_a_role_or_a_voice_is_no_party() -> None:
    parties = proposed_parties(
        {
            "a": _ORWELL + "Tamsin Vellacott was among the dockers sent home.\n",
            "b": "Orwell Harbour Board said dockers would be paid during the closure.\n",
        }
    )
    assert "Tamsin Vellacott" not in parties


def test_a_single_outlet_party_is_marked_in_its_comment() -> None:
    from sorabrief.draft.parties import ONE_OUTLET, propose_parties
    from sorabrief.extract import Vocabulary, extract
    from support import outlet_source

    articles = {
        "a": _ORWELL + "Superintendent Ruari Penhallow said the inquiry would take weeks.\n",
        "b": "Orwell Harbour Board said dockers would be paid during the closure.\n",
    }
    sources = [outlet_source(i, body) for i, body in articles.items()]
    findings = {s.id: extract(s, Vocabulary(parties=(), topic=())) for s in sources}
    proposal = propose_parties(sources, findings, {i: i for i in articles})
    why = {p.party.name: p.why for p in proposal.parties}
    assert ONE_OUTLET in why["Ruari Penhallow"]
    assert ONE_OUTLET not in why["Orwell Harbour Board"]


def test_a_country_after_a_town_is_a_place() -> None:
    texts = ["Photo: the quay in Lakeford, Dorvania, on 3 May."]
    assert written_as_place_anywhere("Dorvania", texts)
    assert not written_as_place_anywhere("Lakeford Council", texts)


def test_a_name_before_a_place_noun_or_based_is_a_place() -> None:
    assert written_as_place_anywhere("Marnholt", ["the Marnholt region"])
    assert written_as_place_anywhere("Marnholt", ["a Marnholt-based caterer"])
    assert not written_as_place_anywhere("Marnholt", ["Marnholt's owners said"])


def test_the_last_of_a_list_of_places_does_not_speak() -> None:
    body = "Pharmacists in Lakeford, Brisk and Marnholt said stocks were gone."
    name = next(n for n in names_in(body) if n.text == "Marnholt")
    assert not speaks(body, name)


def test_the_place_a_member_of_parliament_sits_for_does_not_speak() -> None:
    body = "A member of parliament for Marnholt has accused the operator of hiding faults."
    name = Name("Marnholt", body.index("Marnholt"), False)
    assert not speaks(body, name)


def test_a_person_run_into_their_body_by_of_is_split() -> None:
    parties = proposed_parties(
        {
            "a": "Ines Tregarthen of the Marnholt Anglers Association said the river was "
            "dead. Marnholt Water Authority said it was testing.\n",
            "b": "Marnholt Water Authority said results were due. Marnholt Anglers "
            "Association said it would sue.\n",
        }
    )
    assert "Marnholt Anglers Association" in parties
    assert not any(" of the " in name for name in parties)


def test_an_honourable_title_is_no_part_of_a_name() -> None:
    assert [n.text for n in names_in("Hon Kiprop Maritim, the ward member, said so.")] == [
        "Kiprop Maritim"
    ]


def test_a_headline_article_in_capitals_is_no_part_of_a_name() -> None:
    assert [n.text for n in names_in("THE Marnholt Anglers Association has sued.")] == [
        "Marnholt Anglers Association"
    ]


def test_who_heads_the_body_by_its_noun_gives_the_affiliation() -> None:
    from sorabrief.draft.spokespeople import affiliations

    found = affiliations(
        "“We will not move,” said Kofi Ampadu, who heads the hauliers' federation.",
        None,
        ["Kofi Ampadu"],
        {"Marnholt Hauliers Federation": "Marnholt Hauliers Federation"},
    )
    assert [(a.person, a.organisation, a.role) for a in found] == [
        ("Kofi Ampadu", "Marnholt Hauliers Federation", "head, Marnholt Hauliers Federation")
    ]


def test_an_office_or_a_body_s_role_is_official_a_bare_job_is_not() -> None:
    from sorabrief.draft.roles import official_role

    assert official_role("Superintendent Ruari Penhallow said so.", "Ruari Penhallow")
    assert official_role("said council president Ines Tregarthen.", "Ines Tregarthen")
    assert official_role("Kofi Ampadu, a Marnholt Water spokesman, said", "Kofi Ampadu")
    assert not official_role("said co-founder Ines Tregarthen.", "Ines Tregarthen")
    assert not official_role("Stall chairperson Kofi Ampadu said", "Kofi Ampadu")


def test_an_analyst_quoted_by_one_outlet_is_no_party() -> None:
    parties = proposed_parties(
        {
            "a": _ORWELL + "“The board moved slowly,” said Ines Tregarthen, a shipping "
            "analyst at Brisk Capital.\n",
            "b": "Orwell Harbour Board said dockers would be paid during the closure.\n",
        }
    )
    assert "Ines Tregarthen" not in parties


def test_a_voice_of_another_story_on_the_page_is_no_party() -> None:
    parties = proposed_parties(
        {
            "a": _ORWELL + "In other news, the Lakeford bakery fair opened. One. Two. "
            "Three. “Come early,” said council president Ines Tregarthen.\n",
            "b": "Orwell Harbour Board said dockers would be paid during the closure.\n",
        }
    )
    assert "Ines Tregarthen" not in parties


def test_a_name_describing_a_noun_after_in_is_no_place() -> None:
    assert not written_as_place_anywhere("Serra Brava", ["Cracks in Serra Brava tailings dam"])
    assert written_as_place_anywhere("Lakeford", ["a fire in Lakeford on Monday"])
