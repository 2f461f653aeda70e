"""Printed with many sources, the PDF is the summarised view; the screen page keeps all."""

from __future__ import annotations

import re

import attrs
import pytest

from sorabrief.aggregation import aggregate
from sorabrief.briefing import Briefing
from sorabrief.casefile import load_case
from sorabrief.render.html import render_html
from sorabrief.render.sections import COVERAGE_COLUMNS
from sorabrief.render.view import SUMMARY_LIMIT
from support import BUNDLED_CASE


@pytest.fixture(scope="module")
def many() -> Briefing:
    """The bundled case with each article reported by four outlets: 20 sources."""
    case = load_case(BUNDLED_CASE)
    sources = tuple(
        attrs.evolve(s, id=f"{s.id}-{n}", publisher=f"{s.publisher} {n}")
        for n in range(4)
        for s in case.sources
    )
    return aggregate(attrs.evolve(case, sources=sources))


def _cite_lists(page: str) -> list[str]:
    return re.findall(r'<span class="cites">(.*?)</span>(?=\s|<|$)', page)


def test_printed_citation_lists_show_the_first_ones_and_how_many_more(many: Briefing) -> None:
    assert len(many.sources) > COVERAGE_COLUMNS
    printed = render_html(many, print_css=True)
    widest = max(len(c.sources) for c in many.claims)
    assert widest > SUMMARY_LIMIT
    assert f"and {widest - SUMMARY_LIMIT} more" in printed
    for cites in _cite_lists(printed):
        assert cites.count('class="cite"') <= SUMMARY_LIMIT
    assert "Removed as noise" not in printed


def test_the_screen_page_keeps_every_citation_and_the_removal_audit(many: Briefing) -> None:
    screen = render_html(many)
    widest = max(len(c.sources) for c in many.claims)
    assert max(c.count('class="cite"') for c in _cite_lists(screen)) >= widest
    assert "Removed as noise" in screen
