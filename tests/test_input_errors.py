"""More user mistakes that must give one clear line: unsafe ids, typos, empty aliases, BOMs, templates."""

import shutil
from pathlib import Path

import pytest

import sorabrief
from sorabrief.errors import CaseError, RenderError, SourceError
from sorabrief.render import FORMATS
from sorabrief.resources import bundled_case_dir
from support import replace_in


@pytest.fixture
def case(tmp_path: Path) -> Path:
    folder = tmp_path / "case"
    shutil.copytree(bundled_case_dir(), folder)
    return folder


def test_a_case_id_that_is_not_a_file_name_is_refused(case: Path) -> None:
    replace_in(case / "incident.yaml", "id: sora-leak", 'id: "../../escaped"')
    with pytest.raises(
        CaseError, match=r"incident.yaml:4: id: '\.\./\.\./escaped' must be letters"
    ):
        sorabrief.load(case)


def test_a_misspelt_quantity_is_named_with_a_suggestion(case: Path) -> None:
    replace_in(case / "incident.yaml", "quantity: duration", "quantity: durations")
    with pytest.raises(
        CaseError, match=r"quantity: 'durations' is not one of .*did you mean 'duration'"
    ):
        sorabrief.load(case)


def test_an_empty_alias_is_refused(case: Path) -> None:
    replace_in(case / "incident.yaml", "aliases: [Felix]", 'aliases: [""]')
    with pytest.raises(CaseError, match=r"parties\[2\]\.aliases\[0\]: must not be empty"):
        sorabrief.load(case)


def test_an_article_saved_with_a_byte_order_mark_loads_unchanged(case: Path) -> None:
    article = case / "articles" / "001.md"
    article.write_bytes(b"\xef\xbb\xbf" + article.read_bytes())
    loaded = {s.id: s for s in sorabrief.load(case).sources}
    assert loaded["001"].body == {s.id: s for s in sorabrief.load().sources}["001"].body


@pytest.mark.parametrize(
    ("template", "message"),
    [
        ("{% if %}", r"briefing.md.j2:1: template syntax error"),
        ("{{ nosuchvar }}", r"'nosuchvar' is undefined"),
        ("{{ 1 / 0 }}", r"briefing.md.j2:1: ZeroDivisionError: division by zero; fix the template"),
        ("{% macro f() %}{{ f() }}{% endmacro %}\n{{ f() }}", r"briefing.md.j2:1: RecursionError"),
    ],
)
def test_a_broken_user_template_is_a_render_error(
    tmp_path: Path, template: str, message: str
) -> None:
    (tmp_path / "briefing.md.j2").write_text(template, encoding="utf-8")
    briefing = sorabrief.aggregate(sorabrief.load())
    with pytest.raises(RenderError, match=message):
        FORMATS["markdown"].render(briefing, templates=tmp_path)


def test_check_names_a_figure_unit_that_does_not_match_what_articles_give(case: Path) -> None:
    from sorabrief.check import check_case

    replace_in(case / "incident.yaml", "    unit: artists", "    unit: protesters")
    (problem,) = [p for p in check_case(case).problems if p.code == "unsupported-claim"]
    assert "figures of count in artist" in problem.message
    assert "but the claim asks for count in protesters" in problem.message


def test_front_matter_without_its_closing_line_says_so(case: Path) -> None:
    article = case / "articles" / "002.md"
    lines = article.read_text(encoding="utf-8").split("\n")
    closing = lines.index("---", 1)
    article.write_text("\n".join(lines[:closing] + lines[closing + 1 :]), encoding="utf-8")
    with pytest.raises(SourceError, match=r"002.md: front matter is not closed"):
        sorabrief.load(case)


def test_a_money_claim_takes_any_iso_code_and_names_the_fix_for_a_symbol(case: Path) -> None:
    replace_in(case / "incident.yaml", "    unit: USD", "    unit: CAD")
    assert sorabrief.load(case).claim("valuation").unit == "CAD"
    replace_in(case / "incident.yaml", "    unit: CAD", "    unit: '£'")
    with pytest.raises(
        CaseError, match=r"claims\[\d+\]\.unit: '£' is not an ISO 4217 currency code; write GBP"
    ):
        sorabrief.load(case)


def test_a_duration_claim_needs_a_time_unit(case: Path) -> None:
    replace_in(case / "incident.yaml", "    unit: hours", "    unit: hrs")
    with pytest.raises(CaseError, match=r"'hrs' is not a time unit; write one of second, minute"):
        sorabrief.load(case)
