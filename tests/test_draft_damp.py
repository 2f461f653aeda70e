"""`sorabrief draft` on a second incident no rule was written for: mould in a landlord's
flats, four outlets and a syndicated copy. Its parties include a titled councillor, a
person introduced "X, of the Y,", a chief executive introduced by her company's short
name, and an ombudsman that the articles write of as "it"."""

from __future__ import annotations

from pathlib import Path

import pytest

from sorabrief.casefile import load_case
from sorabrief.draft import draft_case
from sorabrief.draft import selection as draft_selection
from sorabrief.extract import extract, vocabulary_of
from sorabrief.model import ClaimKind, PartyKind
from support import REPO

PAGES = sorted((REPO / "tests" / "data" / "damp-flats").glob("*.html"))


@pytest.fixture(scope="module")
def drafted(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("draft") / "case"
    draft_case([str(p) for p in PAGES], out)
    return out


def test_people_and_organisations_are_told_apart(drafted: Path) -> None:
    parties = {p.name: p for p in load_case(drafted).parties}
    assert parties["Housing Ombudsman"].kind == PartyKind.ORGANIZATION
    assert parties["Brackley Building Services"].kind == PartyKind.ORGANIZATION
    assert parties["Martin Oduya"].kind == PartyKind.PERSON
    ids = {p.name: p.id for p in parties.values()}
    assert parties["Alison Kerr"].affiliation == ids["Northmere Homes"]
    assert parties["Priya Lennox"].affiliation == ids["Ashby Tenants Action Group"]
    assert parties["Martin Oduya"].affiliation == ids["Ashby Borough Council"]
    assert "Northmere" in parties["Northmere Homes"].aliases


def test_allegations_and_answers_keep_their_kind_in_verbatim_words(drafted: Path) -> None:
    case = load_case(drafted)
    bodies = " ".join(" ".join(s.body.split()) for s in case.sources)
    by_kind = {k: [c for c in case.claims if c.kind == k] for k in ClaimKind}
    grievance = next(c for c in by_kind[ClaimKind.GRIEVANCE] if "38 reports" in (c.statement or ""))
    assert grievance.statement.startswith("Northmere had failed to pass on")
    answer = next(c for c in by_kind[ClaimKind.RESPONSE] if "October 2025" in (c.statement or ""))
    assert answer.statement.startswith("it had told Northmere")
    for claim in case.claims:
        if claim.statement:
            words = " ".join(claim.statement.split()).rstrip(".")
            assert words[1:] in bodies, claim.statement


def test_a_breadcrumb_is_not_the_first_sentence(drafted: Path) -> None:
    case = load_case(drafted)
    vocabulary = vocabulary_of(case)
    for source in case.sources:
        sentences = [s.text for s in extract(source, vocabulary).sentences]
        assert not any(" / " in s for s in sentences[:3]), source.id


def test_claims_over_the_cap_are_named_in_a_comment(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(draft_selection, "CLAIM_CAP", 8)
    draft_case([str(p) for p in PAGES], tmp_path / "case")
    assert len(load_case(tmp_path / "case").claims) <= 8
    text = (tmp_path / "case" / "incident.yaml").read_text(encoding="utf-8")
    assert text.count("# Left out (at most") >= 10
