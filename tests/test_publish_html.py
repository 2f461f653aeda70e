"""The HTML and email briefings: every section, citations, references, and the template search order."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

import attrs
import pytest

from full_briefing import full_briefing
from sorabrief.aggregation import aggregate
from sorabrief.briefing import Briefing
from sorabrief.casefile import load_case
from sorabrief.render.email import render_email_html
from sorabrief.render.environment import template_search_path
from sorabrief.render.html import render_html
from sorabrief.resources import templates_dir

SECTIONS = [
    "Summary", "Parties", "Grievances", "Responses", "Status as of 6 December 2024", "Timeline",
    "Key figures", "Quotes", "Where sources disagree", "Coverage", "How this briefing was made",
    "References",
]  # fmt: skip


class Tags(HTMLParser):
    """Every start tag with its attributes, and the text of every h2."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.h2: list[str] = []
        self._in_h2 = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        self._in_h2 = tag == "h2"
        if self._in_h2:
            self.h2.append("")

    def handle_endtag(self, tag: str) -> None:
        if tag == "h2":
            self._in_h2 = False

    def handle_data(self, data: str) -> None:
        if self._in_h2:
            self.h2[-1] += data


def parse(page: str) -> Tags:
    tags = Tags()
    tags.feed(page)
    return tags


@pytest.fixture(scope="module")
def full() -> Briefing:
    return full_briefing()


@pytest.fixture(scope="module")
def bundled() -> Briefing:
    return aggregate(load_case())


def test_html_has_every_section_in_order(full: Briefing) -> None:
    assert parse(render_html(full)).h2 == SECTIONS


def test_email_has_every_section_in_order(full: Briefing) -> None:
    assert [h.title() for h in parse(render_email_html(full)).h2] == [s.title() for s in SECTIONS]


def test_empty_sections_are_left_out(bundled: Briefing) -> None:
    bare = attrs.evolve(bundled, figures=(), quotes=(), discrepancies=(), timeline=(), summary=())
    headings = parse(render_html(bare)).h2
    assert "Key figures" not in headings and "Quotes" not in headings
    assert "Summary" not in headings and "Timeline" not in headings
    assert "Where sources disagree" in headings  # it always lists the single-outlet claims


def test_citations_link_to_references_that_exist(full: Briefing) -> None:
    tags = parse(render_html(full)).tags
    ids = {a["id"] for _, a in tags if a.get("id")}
    cites = [a["href"] for t, a in tags if t == "a" and "cite" in (a.get("class") or "").split()]
    assert cites and all(href in {"#references"} | {f"#{i}" for i in ids} for href in cites)
    assert {f"ref-{r.number}" for r in full.sources} <= ids


def test_claim_lines_carry_citations_and_corroboration(full: Briefing) -> None:
    page = render_html(full)
    assert "1 outlet only: eWEEK" in page
    assert "eWEEK, BizTech Weekly, The Hindu and 2 articles with no stated publisher" in page
    assert "Sora PR Puppets alleges that OpenAI relied on hundreds" in page
    assert "OpenAI says participation in the early-access programme is voluntary" in page


def test_references_say_what_is_not_known(full: Briefing) -> None:
    page = render_html(full)
    assert "Publisher not stated" in page and "date not stated" in page
    assert "Untitled</span> (begins “OpenAI’s much anticipated" in page
    assert 'href="https://biztechweekly.com/?p=34012"' in page


def test_quotes_name_the_outlet_they_came_through(full: Briefing) -> None:
    page = render_html(full)
    assert "(as reported by Variety)" in page
    assert "Participation in the Sora preview is entirely voluntary." in page


def test_email_has_only_absolute_links_and_no_anchors_or_styles(full: Briefing) -> None:
    page = render_email_html(full)
    tags = parse(page).tags
    hrefs = [a["href"] for _, a in tags if a.get("href") is not None]
    assert hrefs and all(h and re.match(r"https?://", h) for h in hrefs)
    assert not any(t in ("script", "link", "img", "style") for t, _ in tags)
    assert not any(a.get("src") for _, a in tags)
    assert 'style="' in page  # the CSS is inlined
    assert re.search(r'<a href="https://biztechweekly.com/\?p=34012"[^>]*>\[4\]</a>', page)


def test_html_embeds_its_stylesheet_and_loads_nothing(full: Briefing) -> None:
    page = render_html(full)
    tags = parse(page).tags
    assert not any(t in ("script", "link", "img") for t, _ in tags)
    assert "--serif" in page and "@page" not in page
    assert "@page" in render_html(full, print_css=True)


def test_template_search_order_is_user_folder_then_packaged(tmp_path: Path) -> None:
    assert template_search_path(None) == [templates_dir()]
    assert template_search_path(tmp_path) == [tmp_path, templates_dir()]


def test_user_template_overrides_and_extends_the_builtin(tmp_path: Path, full: Briefing) -> None:
    (tmp_path / "briefing.html.j2").write_text(
        '{% extends "!builtin/briefing.html.j2" %}'
        '{% block summary %}<p id="house">House summary</p>{{ super() }}{% endblock %}'
    )
    (tmp_path / "briefing.css").write_text("body { color: rebeccapurple; }")
    page = render_html(full, tmp_path)
    assert '<p id="house">House summary</p>' in page
    assert "rebeccapurple" in page and "--serif" not in page  # the user's stylesheet wins
    assert parse(page).h2 == SECTIONS  # the built-in blocks are still there


def test_user_claim_line_is_used_by_html_and_email(tmp_path: Path, full: Briefing) -> None:
    (tmp_path / "claim-line.html.j2").write_text("CLAIM {{ c.id }}")
    assert "CLAIM leak" in render_html(full, tmp_path)
    assert "CLAIM leak" in render_email_html(full, tmp_path)


def test_method_counts_what_cleaning_removed(full: Briefing, bundled: Briefing) -> None:
    assert "cleaning removed 6 passages of noise" in render_html(full)
    assert "navigation: 2" in render_html(full)
    clean_sources = tuple(
        attrs.evolve(r, findings=attrs.evolve(r.findings, removed=())) for r in bundled.sources
    )
    bare = render_html(attrs.evolve(full, sources=clean_sources))
    assert "Cleaning found no navigation, promotions or unrelated text to remove." in bare
    assert "cleaning removed 6 passages of noise" in render_email_html(full)


def test_print_coverage_leaves_out_what_only_screens_show(bundled: Briefing) -> None:
    screen, printed = render_html(bundled), render_html(bundled, print_css=True)
    for hidden in ('class="sr"', 'class="carried"'):
        assert hidden in screen
        assert hidden not in printed
    dots = re.compile(r'<td class="src">●</td>')
    assert len(dots.findall(printed)) == screen.count('class="sr"')


def test_only_the_printed_page_has_its_custom_properties_inlined(bundled: Briefing) -> None:
    screen, printed = render_html(bundled), render_html(bundled, print_css=True)
    assert "var(--" in screen
    assert "var(--" not in printed
    assert 'font: 1.0625rem/1.6 "Briefing Serif";' in printed


def test_packaged_templates_are_compiled_once_per_process(tmp_path: Path) -> None:
    from sorabrief.render.environment import make_environment

    def made(folder: Path | None) -> object:
        return make_environment(folder, autoescape=True, filters={"nowidow": str.strip})

    assert made(None) is made(None)
    assert made(None) is not make_environment(None, autoescape=False)
    assert made(tmp_path) is not made(tmp_path)  # a user's templates may change between renders
