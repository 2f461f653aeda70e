"""Render a briefing as CommonMark with GFM tables."""

from __future__ import annotations

from pathlib import Path

from sorabrief.briefing import Briefing
from sorabrief.render.context import template_context
from sorabrief.render.environment import make_environment
from sorabrief.render.markdown_text import MarkdownSafe, escape_markdown, markdown_url

TEMPLATE = "briefing.md.j2"


def render_markdown(briefing: Briefing, templates: Path | None = None) -> str:
    """The briefing as Markdown; every value from a source is escaped."""
    environment = make_environment(templates, autoescape=False, finalize=escape_markdown)
    environment.filters["url"] = markdown_url
    context = template_context(briefing)
    context["cite"] = lambda source_ids: _citations(briefing, source_ids)
    return environment.get_template(TEMPLATE).render(context)


def _citations(briefing: Briefing, source_ids: tuple[str, ...]) -> MarkdownSafe:
    """``[1](url)[2]``: each reference number, linked to its article when it has a URL."""
    parts = []
    for source_id in source_ids:
        report = briefing.source_report(source_id)
        url = markdown_url(report.source.url) if report.source.url else ""
        parts.append(f"[\\[{report.number}\\]]({url})" if url else f"\\[{report.number}\\]")
    return MarkdownSafe("".join(parts))
