"""Shared pieces of the hostile-input property tests: a small case, text strategies, checks."""

from __future__ import annotations

import json
import os
import re
from html.parser import HTMLParser
from pathlib import Path

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from markdown_it import MarkdownIt

import sorabrief
from sorabrief.briefing import Briefing
from sorabrief.render.urls import absolute_url

EXAMPLES = int(os.environ.get("SORABRIEF_FUZZ_EXAMPLES", "40"))
"""Examples per entry point: 40 in CI; SORABRIEF_FUZZ_EXAMPLES=10000 for the long run."""
FUZZ = settings(
    max_examples=EXAMPLES,
    derandomize=True,  # a fixed seed per test: CI runs the same examples every time
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)

INCIDENT = """\
id: fuzz
title: A small case for hostile input
summary: [leak]
parties:
  - {id: openai, name: OpenAI, kind: organization, role: accused, aliases: [Open AI]}
  - {id: group, name: Sora PR Puppets, kind: group, role: artists, aliases: [the group]}
  - {id: felix, name: Niko Felix, kind: person, role: spokesperson, aliases: [Felix], affiliation: openai}
claims:
  - {id: leak, kind: event, statement: the group leaked access., cues: ['leak', 'access']}
  - {id: unpaid, kind: grievance, by: group, against: openai, statement: artists were unpaid., cues: ['unpaid', 'artists']}
  - {id: voluntary, kind: response, by: openai, answers: [unpaid], statement: it is voluntary., cues: ['voluntary', 'said']}
  - {id: shut, kind: status, statement: access was shut down., cues: ['shut', 'paused']}
  - {id: size, kind: figure, subject: the group's size, quantity: count, unit: artists, cues: ['group', 'artists']}
  - {id: hours, kind: figure, subject: how long it lasted, quantity: duration, unit: hours, cues: ['hours', 'lasted']}
"""
ARTICLE = """\
---
title: "Artists leak Sora"
publisher: Example News
published: 2024-11-27
---
A group of 20 artists leaked access to Sora on Tuesday, saying they were unpaid.
“Participation is voluntary,” Niko Felix said. The access lasted three hours before OpenAI shut it down.
"""

_PIECES = [
    "“", "”", '"', "'", "’", " said: ", ",” Felix said. “", "\n", "\r\n", "\r", "\n\n", " ", ".",
    "OpenAI", "the group", "Niko Felix", "$150B", "three hours", "about four hours", "20 artists",
    "hundreds of artists", "1080p", "10-second", "on Tuesday", "in February", "November 26, 2024",
    "leaked access", "unpaid", "voluntary", "Discover More\n", "Image Not Found", "Sign up now.",
    "\x00", "\x1b[31m", "\x1b]0;title\x07", "\x9b", "\u2028", "\u2029", "\u202e", "\ufeff", "\x0b",
    "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "[x](javascript:alert(1))",
    "http://evil.example/x", "evil.example.com", "www.evil.com", "a@evil.com", "| a | b |",
    "`code`", "```", "**b**", "# ", "> ", "- ", "1. ", "&amp;", "&#x3C;", "\\", "<!--", "👨‍💻", "é",
]  # fmt: skip
texts = st.one_of(
    st.text(max_size=200),
    st.lists(st.one_of(st.sampled_from(_PIECES), st.text(max_size=8)), max_size=40).map("".join),
)
"""Text as articles bring it: words the case's cues and extractors look for, markup, controls."""

# The elements the templates write; anything else would have come from a source.
TEMPLATE_TAGS = {
    "html", "head", "meta", "title", "style", "body", "header", "main", "footer", "section",
    "h1", "h2", "h3", "p", "span", "a", "ul", "ol", "li", "table", "thead", "tbody", "tr", "th",
    "td", "figure", "blockquote", "figcaption", "cite", "code", "br", "strong", "em", "div",
}  # fmt: skip
_MARKDOWN = MarkdownIt("gfm-like").enable("linkify")


def write_case(folder: Path, incident: str | bytes = INCIDENT, **articles: str | bytes) -> Path:
    """A case folder with ``incident`` and ``articles`` (name -> content, written byte for byte)."""
    (folder / "articles").mkdir(parents=True)
    for path, content in ((folder / "incident.yaml", incident), *((folder / "articles" / f"{n}.md", c) for n, c in (articles or {"a": ARTICLE}).items())):  # fmt: skip
        path.write_bytes(content.encode("utf-8", "surrogatepass") if isinstance(content, str) else content)  # fmt: skip
    return folder


class _Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))


def tags_of(page: str) -> list[tuple[str, dict[str, str | None]]]:
    parser = _Tags()
    parser.feed(page)
    return parser.tags


def assert_outputs_safe(briefing: Briefing) -> None:
    """Valid JSON whose offsets slice each body back; Markdown and HTML with no live markup."""
    document = json.loads(sorabrief.render_json(briefing))
    bodies = {r.source.id: r.source.body for r in briefing.sources}
    for source in document["sources"]:
        body = bodies[source["id"]]
        for span in (*source["figures"], *source["dates"], *source["mentions"], *source["terms"], *source["removed"]):  # fmt: skip
            assert body[span["start"] : span["end"]] == span["text"]
        for quote in source["quotes"]:
            assert quote["text"] == " ".join(body[s["start"] : s["end"]] for s in quote["segments"])
    for claim in document["claims"]:
        for evidence in claim["evidence"]:
            assert bodies[evidence["source"]][evidence["start"] : evidence["end"]] == evidence["text"]  # fmt: skip
    urls = {_MARKDOWN.normalizeLink(u) for r in briefing.sources if (u := absolute_url(r.source.url or ""))}  # fmt: skip
    markdown_page = _MARKDOWN.render(sorabrief.render_markdown(briefing))
    for tag, attributes in tags_of(markdown_page):
        assert tag in TEMPLATE_TAGS | {"hr"}, (tag, markdown_page)
        assert "src" not in attributes and not any(a.startswith("on") for a in attributes)
        if tag == "a":
            assert attributes.get("href") in urls, (attributes, markdown_page)
    html_page = sorabrief.render_html(briefing)
    for tag, attributes in tags_of(html_page):
        assert tag in TEMPLATE_TAGS, tag
        assert "src" not in attributes and not any(a.startswith("on") for a in attributes)
        href = attributes.get("href")
        assert href is None or re.match(r"(?i)(https?://|#)", href), href
