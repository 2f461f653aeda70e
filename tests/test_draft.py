"""`sorabrief draft` on saved pages of an incident no rule was written for: a boil-water notice
reported by five sites, one of them a syndicated copy."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from sorabrief.aggregation import aggregate
from sorabrief.casefile import load_case
from sorabrief.check import check_case
from sorabrief.draft import draft_case
from sorabrief.model import ClaimKind
from support import REPO, run_cli

PAGES = sorted((REPO / "tests" / "data" / "boil-water").glob("*.html"))


@pytest.fixture(scope="module")
def drafted(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("draft") / "case"
    draft_case([str(p) for p in PAGES], out)
    return out


def test_the_draft_is_a_valid_case_that_check_passes(drafted: Path) -> None:
    result = check_case(drafted, cache=None)
    assert result.errors == 0, [str(p) for p in result.problems]
    text = (drafted / "incident.yaml").read_text(encoding="utf-8")
    assert not any(c.cues for c in load_case(drafted).claims)
    assert "\n    cues:" not in text
    assert len(list((drafted / "articles").glob("*.md"))) == 5
    assert len(list((drafted / "articles" / "raw").glob("*.html"))) == 5


def test_the_main_parties_are_proposed_with_aliases_and_spokespeople(drafted: Path) -> None:
    parties = {p.id: p for p in load_case(drafted).parties}
    assert {"brightwater-water", "kestrel-bay-residents-association", "priya-raman"} <= set(parties)
    assert {"Brightwater", "the company"} <= set(parties["brightwater-water"].aliases)
    assert "CDWA" in parties["coastal-drinking-water-authority"].aliases
    assert parties["tom-adeyemi"].affiliation == "brightwater-water"
    assert parties["priya-raman"].affiliation == "kestrel-bay-residents-association"
    assert "kestrel-bay" not in parties  # a place, never acting


def test_every_claim_is_supported_and_what_several_reports_say_is_covered(drafted: Path) -> None:
    case = load_case(drafted)
    briefing = aggregate(case)
    assert not briefing.unsupported
    statements = " | ".join(c.statement for c in case.claims)
    for shared in (
        "accused Brightwater of waiting",
        "14,000 households",
        "investigat",  # "is investigating" (4 reports) or "opened an investigation"
    ):
        assert shared in statements
    kinds = {c.kind for c in case.claims}
    assert {ClaimKind.GRIEVANCE, ClaimKind.RESPONSE, ClaimKind.STATUS, ClaimKind.EVENT} <= kinds
    assert ClaimKind.FIGURE in kinds
    grievance = next(c for c in case.claims if c.kind == ClaimKind.GRIEVANCE)
    assert grievance.against == "brightwater-water"
    assert briefing.source_report("e-coli-scare-kestrel-bay-told-to-boil-tap-water").copy_of


def test_every_guess_has_a_comment_and_what_was_left_out_is_said(drafted: Path) -> None:
    lines = (drafted / "incident.yaml").read_text(encoding="utf-8").splitlines()
    for number, line in enumerate(lines):
        if line.lstrip().startswith("- id:"):
            assert lines[number - 1].lstrip().startswith("#"), line
    assert any(line.startswith("# Left out:") for line in lines)
    assert any("syndicated copy" in line for line in lines)


def test_report_on_the_draft_cites_every_line(drafted: Path, tmp_path: Path) -> None:
    result = run_cli("report", str(drafted), "--out", str(tmp_path), "--no-cache", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    markdown = next(tmp_path.glob("*-briefing.md")).read_text(encoding="utf-8")
    claims = [line for line in markdown.splitlines() if line.startswith("- ")]
    assert claims
    assert all("[" in line for line in claims)
    assert "4 independent reports" in markdown


def test_the_command_line_prints_what_it_did_and_refuses_an_existing_case(tmp_path: Path) -> None:
    pages = tmp_path / "pages"
    pages.mkdir()
    for page in PAGES[:3]:
        shutil.copy(page, pages)
    result = run_cli(
        "draft", *map(str, sorted(pages.glob("*.html"))), "--out", "case", cwd=tmp_path
    )
    assert result.returncode == 0, result.stderr
    assert "wrote case/incident.yaml" in result.stdout
    again = run_cli("draft", str(PAGES[0]), "--out", "case", cwd=tmp_path)
    assert again.returncode == 1
    assert again.stderr.strip() == (
        "sorabrief: error: case/incident.yaml: already exists; draft writes a new case, "
        "so give --out a new folder"
    )
