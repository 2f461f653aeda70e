"""Render a briefing as CommonMark with GFM tables."""

from __future__ import annotations

from pathlib import Path

from sorabrief.briefing import Briefing
from sorabrief.errors import require
from sorabrief.render.environment import make_environment
from sorabrief.render.items import Cites
from sorabrief.render.markdown_text import MarkdownSafe, escape_markdown, markdown_url
from sorabrief.render.view import build_view

TEMPLATE = "briefing.md.j2"


def render_markdown(briefing: Briefing, templates: Path | None = None) -> str:
    """The briefing as Markdown; every value from a source is escaped."""
    require(briefing, Briefing, "render_markdown", "from sorabrief.aggregate()")
    environment = make_environment(
        templates, autoescape=False, finalize=escape_markdown, filters={"url": markdown_url}
    )
    context = {"view": build_view(briefing), "cite": cite}
    return environment.get_template(TEMPLATE).render(context)


def cite(cites: Cites) -> MarkdownSafe:
    """``[1](url)[2]``: each reference number, linked to its article when it has a URL."""
    parts = []
    for c in cites.shown:
        url = markdown_url(c.url) if c.url else ""
        parts.append(f"[\\[{c.number}\\]]({url})" if url else f"\\[{c.number}\\]")
    more = f" and {cites.more} more" if cites.more else ""
    return MarkdownSafe("".join(parts) + more)
