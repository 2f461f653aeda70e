"""Acceptance tests for reconciling outlets: discrepancies, single-source claims, stale status."""

import shutil
from pathlib import Path

import pytest

import sorabrief
from sorabrief.briefing import Briefing, DiscrepancyKind
from sorabrief.check import check_case
from sorabrief.resources import bundled_case_dir

DATA = Path(__file__).parent / "data"


def case_with(tmp_path: Path, *articles: str) -> Path:
    """A copy of the bundled case with extra articles from tests/data."""
    folder = tmp_path / "case"
    shutil.copytree(bundled_case_dir(), folder)
    for name in articles:
        shutil.copy(DATA / name, folder / "articles" / name)
    return folder


@pytest.fixture(scope="module")
def bundled() -> Briefing:
    return sorabrief.aggregate(sorabrief.load())


def test_an_unseen_conflicting_article_yields_both_figure_discrepancies(tmp_path: Path) -> None:
    briefing = sorabrief.aggregate(sorabrief.load(case_with(tmp_path, "conflicting-article.md")))
    figures = {d.claim: d for d in briefing.discrepancies if d.kind == DiscrepancyKind.FIGURE}
    assert set(figures) == {"valuation", "access-duration"}
    valuation = {v.value: v.sources for v in figures["valuation"].variants}
    assert valuation[157e9] == ("conflicting-article",)
    assert set(valuation[150e9]) == {"000", "003", "004"}
    duration = {v.sources: v.value for v in figures["access-duration"].variants}
    assert any(sources == ("conflicting-article",) for sources in duration)
    assert any({"000", "002"} <= set(sources) for sources in duration)


def test_felix_wording_discrepancy_is_shown(bundled: Briefing) -> None:
    wording = [d for d in bundled.discrepancies if d.kind == DiscrepancyKind.WORDING]
    felix = [d for d in wording if "Niko Felix" in d.subject]
    assert felix, [d.subject for d in wording]
    sources = {s for v in felix[0].variants for s in v.sources}
    assert {"000", "003"} <= sources
    markdown = sorabrief.render_markdown(bundled)
    assert "Wording differs: What Niko Felix said" in markdown


def test_clip_length_and_resolution_are_single_source_from_eweek(bundled: Briefing) -> None:
    for claim_id in ("clip-length", "resolution"):
        claim = bundled.supported(claim_id)
        assert claim is not None and claim.single_source
        assert claim.outlets == ("eWEEK",)
    markdown = sorabrief.render_markdown(bundled)
    assert "10 seconds" in markdown and "1080p" in markdown
    assert "Reported by one outlet only" in markdown


def test_a_later_article_makes_check_warn_of_stale_status_and_list_its_new_material(
    tmp_path: Path,
) -> None:
    report = check_case(case_with(tmp_path, "later-article.md"))
    codes = [p.code for p in report.problems]
    assert "stale-status" in codes
    review = [
        p
        for p in report.problems
        if p.code in ("unlinked", "possible-support") and "later-article" in (p.file or "")
    ]
    assert any("second letter" in p.message for p in review)
    assert report.errors == 0


def test_the_bundled_case_has_no_errors_and_is_not_stale() -> None:
    report = check_case()
    assert report.errors == 0, [str(p) for p in report.problems if p.severity == "error"]
    assert "stale-status" not in [p.code for p in report.problems]
