"""Hostile text in a source stays inert text in HTML, email HTML and Markdown."""

from __future__ import annotations

import re

import pytest
from markdown_it import MarkdownIt

from full_briefing import full_briefing
from fuzz_support import TEMPLATE_TAGS, tags_of
from hostile import hostile_briefing
from sorabrief.briefing import Briefing
from sorabrief.render.email import render_email_html
from sorabrief.render.html import render_html
from sorabrief.render.markdown import render_markdown

URL = "http://127.0.0.1:9/x"


@pytest.fixture(scope="module")
def hostile() -> Briefing:
    return hostile_briefing(full_briefing(), URL)


def assert_inert(page: str, *, styles_allowed: int) -> None:
    tags = tags_of(page)
    assert {t for t, _ in tags} <= TEMPLATE_TAGS
    assert sum(t == "style" for t, _ in tags) == styles_allowed
    for _, attributes in tags:
        assert "src" not in attributes
        href = attributes.get("href")
        assert href is None or re.match(r"(https?://|#)", href), href
        assert not any(name.startswith("on") for name in attributes)
    assert "javascript:alert(1))" in page  # shown as text, never as a link
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page


def test_html_escapes_hostile_text(hostile: Briefing) -> None:
    assert_inert(render_html(hostile), styles_allowed=1)


def test_print_html_escapes_hostile_text(hostile: Briefing) -> None:
    assert_inert(render_html(hostile, print_css=True), styles_allowed=1)


def test_email_escapes_hostile_text(hostile: Briefing) -> None:
    assert_inert(render_email_html(hostile), styles_allowed=0)


def test_unsafe_source_urls_never_become_links(hostile: Briefing) -> None:
    for page in (render_html(hostile), render_email_html(hostile)):
        hrefs = [a.get("href") or "" for t, a in tags_of(page) if t == "a"]
        assert not any(h.lower().startswith(("javascript:", "file:")) for h in hrefs)


def test_markdown_escapes_hostile_text(hostile: Briefing) -> None:
    markdown = render_markdown(hostile)
    page = MarkdownIt("commonmark").enable("table").render(markdown)
    tags = tags_of(page)
    assert not any(t in ("script", "img", "style") for t, _ in tags)
    assert "a | b | `code` ```" in page  # backticks and pipes stay text
    hrefs = [a.get("href") or "" for t, a in tags if t == "a"]
    assert all(re.match(r"https?://", h) for h in hrefs), hrefs
    assert "&lt;script&gt;" in page


def test_markdown_table_cells_keep_their_pipes(hostile: Briefing) -> None:
    page = MarkdownIt("commonmark").enable("table").render(render_markdown(hostile))
    parties = page.split("<table>")[1].split("</table>")[0]
    header = parties.split("</tr>")[0]
    first_row = parties.split("<tbody>")[1].split("</tr>")[0]
    assert first_row.count("<td>") == header.count("<th>") == 3


def test_markdown_source_text_never_becomes_a_link_or_tag_in_a_gfm_renderer() -> None:
    from markdown_it import MarkdownIt

    from sorabrief.render.markdown_text import escape_markdown

    hostile = (
        "see https://evil.example/x, www.evil.example, a@evil.example, "
        "[x](javascript:alert(1)), <script>alert(1)</script>, `code`, | cell |, **bold**"
    )
    html = MarkdownIt("gfm-like").render(escape_markdown(hostile))
    for forbidden in ("<a ", "<script", "<code", "<strong", "<table"):
        assert forbidden not in html, html
