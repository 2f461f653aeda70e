"""Parties called by their kind ("the operator"), and people counted by their kind
("212 people" for a claim counting passengers). Invented text."""

from __future__ import annotations

from pathlib import Path

import sorabrief
from sorabrief.aggregation.case_index import CaseIndex
from sorabrief.aggregation.claim_unit import as_claimed, by_kind
from sorabrief.aggregation.described import described_in, described_parties, role_head
from sorabrief.aggregation.linking import _said_of
from sorabrief.findings import Figure, Findings, Quantity, Sentence
from sorabrief.model import Claim, ClaimKind, Party, PartyKind


def _party(party_id: str, role: str, kind: PartyKind = PartyKind.ORGANIZATION) -> Party:
    return Party(id=party_id, name=party_id.title(), kind=kind, role=role)


def test_a_roles_head_noun_names_an_actor() -> None:
    assert role_head("privately owned company that runs the Vellmar tramway") == "company"
    assert role_head("operator of the Quarry Hill funicular") == "operator"
    assert role_head("residents' association in the lower town") == "association"
    assert role_head("largest of the fined bakeries") is None  # not an actor's noun
    assert role_head("strike over unpaid rest days") is None


def test_a_kind_names_a_party_only_when_no_other_party_shares_it() -> None:
    parties = [
        _party("tramco", "company that runs the tramway"),
        _party("riders", "association of tram riders", PartyKind.GROUP),
        _party("city", "association of towns"),
        _party("ines-vald", "chief executive of the tram company", PartyKind.PERSON),
    ]
    assert described_parties(parties) == {"company": "tramco"}


def test_a_sentence_calling_a_party_by_its_kind_names_it() -> None:
    described = {"company": "tramco"}
    assert described_in("The company said the brakes had been checked.", described) == {"tramco"}
    assert described_in("A company spokeswoman declined to comment.", described) == {"tramco"}
    assert described_in("A company in the next valley runs buses.", described) == set()
    sentence = Sentence(start=0, end=41, text="The company's engineers found no fault.")
    findings = Findings(source="01", sentences=(sentence,))
    index = CaseIndex({"01": findings}, {}, described)
    assert index.named == [frozenset({"tramco"})]


def _count(unit: str, counts: str) -> Figure:
    return Figure(
        text=f"212 {counts}", start=0, end=9, quantity=Quantity.COUNT, low=212, high=212,
        unit=unit, counts=counts,
    )  # fmt: skip


def _claim(unit: str) -> Claim:
    return Claim(
        id="stuck", kind=ClaimKind.FIGURE, statement="", subject="riders stuck in the trams",
        quantity="count", unit=unit,
    )  # fmt: skip


def test_people_count_the_claims_people_named_by_what_they_do() -> None:
    people = _count("person", "people")
    counted = as_claimed(people, _claim("rider"))
    assert counted is not None and counted.unit == "rider" and by_kind(people, _claim("rider"))
    assert as_claimed(people, _claim("resident")) is not None
    assert as_claimed(people, _claim("tram")) is None
    assert as_claimed(people, _claim("warming tent")) is None


def test_a_claim_counting_people_counts_people_named_by_what_they_do() -> None:
    riders = _count("rider", "riders")
    assert as_claimed(riders, _claim("person")) is not None and by_kind(riders, _claim("people"))
    assert as_claimed(_count("tram", "trams"), _claim("person")) is None
    assert as_claimed(_count("person", "people"), _claim("person")) is not None


def test_a_count_of_people_by_what_they_do_is_said_of_in_its_own_clause() -> None:
    subject = "people held by the anti-fraud office"
    index = CaseIndex({"01": Findings(source="01")}, {}, {})
    query = index.query(subject)
    held = "four clerks were held by the anti-fraud office"
    assert _said_of("four clerks", held, query, index, clause=True)
    sent = "four clerks home on leave, and wrote to the anti-fraud office"
    assert not _said_of("four clerks", sent, query, index, clause=True)
    assert _said_of("four clerks", sent, query, index)
    before = "the office raided the depot and held four clerks overnight"
    assert _said_of("four clerks", before, query, index, clause=True)


def test_a_count_ending_in_a_unit_of_several_words_counts_it() -> None:
    points = _count("point", "temporary charging points")
    assert as_claimed(points, _claim("charging point")) is not None
    assert as_claimed(_count("point", "meeting points"), _claim("charging point")) is None


def test_a_groups_noun_counts_its_members() -> None:
    crew = _count("crew", "crew")
    assert as_claimed(crew, _claim("crew member")) is not None
    assert as_claimed(crew, _claim("ticket holder")) is None


_INCIDENT = """\
id: tram-stop
title: Hill tram stops between stations
parties:
  - id: tramco
    name: Vellmar Tramways
    kind: organization
    role: company that runs the hill tram
    aliases: [Vellmar]
claims:
  - id: riders-stuck
    kind: figure
    subject: riders stuck in the tram cars
    quantity: count
    unit: rider
"""

_ARTICLES = {
    "01": "The hill tram stopped on Sunday. In all, 140 riders were stuck in the tram cars "
    "for four hours, the company said.",
    "02": "The Vellmar hill tram stopped on Sunday afternoon. Some 140 people were stuck in "
    "the tram cars until dusk. Two people were treated for the cold at the depot.",
}


def test_a_count_of_people_links_when_what_it_says_of_them_is_the_subjects(
    tmp_path: Path,
) -> None:
    folder = tmp_path / "case"
    (folder / "articles").mkdir(parents=True)
    (folder / "incident.yaml").write_text(_INCIDENT, encoding="utf-8")
    for name, body in _ARTICLES.items():
        text = f"---\ntitle: Tram {name}\npublisher: Outlet {name}\n---\n{body}\n"
        (folder / "articles" / f"{name}.md").write_text(text, encoding="utf-8")
    report = sorabrief.aggregate(sorabrief.load(folder)).figure("riders-stuck")
    assert report is not None
    texts = {t for v in report.variants for t in v.texts}
    assert "Some 140 people" in texts and not any("Two people" in t for t in texts)
    assert {s for v in report.variants for s in v.sources} == {"01", "02"}


def test_a_business_described_by_what_it_does_is_the_company() -> None:
    parties = [
        _party("ferrylink", "operator of the Skerra ferry"),
        _party("harbour", "port authority of Skerra"),
        _party("islanders", "association of island residents", PartyKind.GROUP),
    ]
    described = described_parties(parties)
    assert described["operator"] == "ferrylink"
    assert described["company"] == described["firm"] == "ferrylink"
    assert described_in("The firm's lawyers said the ramp was safe.", described) == {"ferrylink"}


def test_the_company_names_no_one_when_two_businesses_or_a_company_are_parties() -> None:
    owner = _party("ferrylink", "owner of the Skerra ferry")
    assert "company" not in described_parties([owner, _party("boatco", "builder of the ferry")])
    company = _party("fuelco", "company that fuels the ferry")
    assert described_parties([owner, company])["company"] == "fuelco"
