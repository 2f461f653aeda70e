"""Acceptance: the bundled Markdown briefing, read as a newsletter reader would read it."""

from __future__ import annotations

import re

import pytest

import sorabrief
from sorabrief.aggregation import aggregate

CITATION = re.compile(r"\\\[(\d+)\\\]")
"""A reference number as the Markdown writes it: ``\\[3\\]``, possibly inside a link."""
PARTIES = (
    "OpenAI",
    "Sora PR Puppets",
    "Niko Felix",
    "Hugging Face",
    "The Washington Post",
    "Variety",
    "TechCrunch",
    "André Allen Anjos",
    "Mira Murati",
)


@pytest.fixture(scope="module")
def markdown() -> str:
    return sorabrief.render_markdown(aggregate(sorabrief.load()))


def section(markdown: str, heading: str) -> list[str]:
    """The non-blank lines under the ``## heading...`` section, up to the next section."""
    match = re.search(rf"^## {re.escape(heading)}.*?$(.*?)(?=^## |\Z)", markdown, re.M | re.S)
    assert match, f"no '## {heading}' section"
    return [line for line in match.group(1).splitlines() if line.strip()]


def bullets(markdown: str, heading: str) -> list[str]:
    lines = [line for line in section(markdown, heading) if line.startswith("- ")]
    assert lines, f"the '{heading}' section lists nothing"
    return lines


def test_names_every_party(markdown: str) -> None:
    assert {p.name for p in sorabrief.load().parties} == set(PARTIES)
    for name in PARTIES:
        assert name in markdown, name


@pytest.mark.parametrize("heading", ["Grievances", "Responses", "Status"])
def test_every_claim_line_cites_a_source(markdown: str, heading: str) -> None:
    for line in bullets(markdown, heading):
        assert CITATION.search(line), f"uncited: {line}"


def test_grievances_are_worded_as_allegations(markdown: str) -> None:
    for line in bullets(markdown, "Grievances"):
        assert " alleges that " in line, line


def test_references_list_all_five_sources(markdown: str) -> None:
    references = [line for line in section(markdown, "References") if re.match(r"\d+\. ", line)]
    assert [line.split(".", 1)[0] for line in references] == ["1", "2", "3", "4", "5"]
    for number, source_id in enumerate(["000", "001", "002", "003", "004"], start=1):
        assert f"File: {source_id}" in references[number - 1]
    for publisher in ("eWEEK", "BizTech Weekly", "The Hindu"):
        assert any(publisher in line for line in references), publisher


def test_every_citation_points_at_a_reference(markdown: str) -> None:
    cited = {int(n) for n in CITATION.findall(markdown)}
    assert cited == {1, 2, 3, 4, 5}


def test_single_source_claims_are_marked(markdown: str) -> None:
    briefing = aggregate(sorabrief.load())
    single = [c for c in briefing.claims if c.single_source]
    assert single, "the bundled case has single-source claims"
    assert markdown.count("1 outlet only") >= len(single)


def test_missing_metadata_is_said_not_invented(markdown: str) -> None:
    references = "\n".join(section(markdown, "References"))
    assert "Publisher not stated" in references
    assert "date not stated" in references
