"""Every format renders one view model: the same sections, in the same order, with the same facts."""

from __future__ import annotations

import io
import re
import sys
from html.parser import HTMLParser
from pathlib import Path

import pypdf
import pytest

import sorabrief
from sorabrief.briefing import Briefing
from sorabrief.render.email import SIZE_LIMIT
from support import REPO

sys.path.insert(0, str(REPO / "benchmarks"))
from synthetic_case import write_case

VALUATION = "Sora PR Puppets’ letter puts OpenAI’s valuation at $150 billion"
OUTLETS = "3 named outlets and 2 articles with no stated publisher"
UNDATED = "Date not given in the sources"


class Headings(HTMLParser):
    """The text of every h2, and the page's text with tags removed."""

    def __init__(self) -> None:
        super().__init__()
        self.h2: list[str] = []
        self.text: list[str] = []
        self._in_h2 = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._in_h2 = tag == "h2"
        self.h2 += [""] if self._in_h2 else []

    def handle_endtag(self, tag: str) -> None:
        self._in_h2 = self._in_h2 and tag != "h2"

    def handle_data(self, data: str) -> None:
        self.text.append(data)
        if self._in_h2:
            self.h2[-1] += data


def html_headings(page: str) -> tuple[list[str], str]:
    parser = Headings()
    parser.feed(page)
    return parser.h2, " ".join(" ".join(parser.text).split())


@pytest.fixture(scope="module")
def briefing() -> Briefing:
    return sorabrief.aggregate(sorabrief.load())


@pytest.fixture(scope="module")
def formats(briefing: Briefing) -> dict[str, tuple[list[str], str]]:
    """For each format, its section titles in order and its text with whitespace folded."""
    markdown = sorabrief.render_markdown(briefing)
    md_titles = re.findall(r"^## (.+)$", markdown, flags=re.MULTILINE)
    reader = pypdf.PdfReader(io.BytesIO(sorabrief.render_pdf(briefing)))
    pdf_titles = [item.title for item in reader.outline if not isinstance(item, list)]
    pdf_text = " ".join(" ".join(page.extract_text() for page in reader.pages).split())
    return {
        "markdown": (md_titles, " ".join(markdown.replace("\\", "").split())),
        "html": html_headings(sorabrief.render_html(briefing)),
        "email": html_headings(sorabrief.render_email_html(briefing)),
        "pdf": (pdf_titles, pdf_text),
    }


def test_every_format_shows_the_same_sections_in_the_same_order(formats: dict) -> None:
    titles = {name: [t.casefold() for t in found] for name, (found, _) in formats.items()}
    assert titles["markdown"][:2] == ["summary", "parties"]
    assert len(titles["markdown"]) == 12
    for name, found in titles.items():
        assert found == titles["markdown"], name


@pytest.mark.parametrize("fact", [VALUATION, OUTLETS, UNDATED, "“in February”", "(in part)"])
def test_every_format_states_the_same_facts(formats: dict, fact: str) -> None:
    for name, (_, text) in formats.items():
        assert fact in text, name


def test_in_part_marks_every_source_that_printed_part_of_a_quotation(
    briefing: Briefing, formats: dict
) -> None:
    partial = {
        (q.text, r.source)
        for q in briefing.quotes
        for r in q.reports
        if all(o.partial for o in q.reports if o.source == r.source)
    }
    assert len(partial) == 2  # the letter in [1], and its art-washing passage in [5]
    for name, (_, text) in formats.items():
        assert text.count("(in part)") == len(partial), name


def test_undated_events_are_grouped_after_the_dated_ones(formats: dict) -> None:
    for name, (_, text) in formats.items():
        timeline = text[text.casefold().index("timeline") :]
        assert timeline.index("26 November 2024") < timeline.index(UNDATED), name
        assert timeline.index(UNDATED) < timeline.index("OpenAI announced Sora"), name
        assert "the article states no publication date" in timeline, name


def test_outlets_are_never_called_independent_and_claims_name_their_outlets(
    formats: dict,
) -> None:
    for name, (_, text) in formats.items():
        assert "independent outlets" not in text, name
        assert "5 outlets" not in text, name
        assert "1 outlet only: eWEEK" in text, name


def test_the_method_note_is_one_wording(formats: dict) -> None:
    note = "Each statement is the editor’s neutral wording of a claim in the case file"
    for name, (_, text) in formats.items():
        assert note in text and "Nothing was rewritten" not in text, name


def test_email_of_the_bundled_case_fits_the_limit(briefing: Briefing) -> None:
    page = sorabrief.render_email_html(briefing)
    assert len(page.encode()) <= SIZE_LIMIT == 100_000
    assert "This is a summary" not in page


@pytest.mark.parametrize("size", [20, 120])
def test_email_of_a_synthetic_case_fits_the_limit(tmp_path: Path, size: int) -> None:
    case = sorabrief.load(write_case(size, tmp_path / "case"))
    page = sorabrief.render_email_html(sorabrief.aggregate(case))
    assert len(page.encode()) <= SIZE_LIMIT
    if size > 20:
        assert "This is a summary of a large briefing. It leaves out the coverage matrix" in page


def test_the_api_lists_itself_and_names_the_expected_type(briefing: Briefing) -> None:
    assert dir(sorabrief) == sorted(sorabrief.__all__)
    assert {"load", "aggregate", "render_pdf", "read_json"} <= set(dir(sorabrief))
    with pytest.raises(TypeError, match=r"aggregate\(\) expects a sorabrief\.Case"):
        sorabrief.aggregate("not a case")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match=r"render_markdown\(\) expects a sorabrief\.Briefing"):
        sorabrief.render_markdown(sorabrief.load())  # type: ignore[arg-type]
