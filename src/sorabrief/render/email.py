"""Render a briefing as email HTML for newsletter platforms (Substack, Ghost, Buttondown, Mailchimp).

The page is a single table-based column with every style inlined by css-inline, so
it survives clients that drop ``<style>``. It loads nothing, carries only absolute
URLs and no in-page anchors: citations link to the article itself when its URL is
known and are plain ``[n]`` otherwise.
"""

from __future__ import annotations

from pathlib import Path

import css_inline
from markupsafe import Markup

from sorabrief.briefing import Briefing
from sorabrief.render.environment import make_environment
from sorabrief.render.html_context import html_context, no_widow
from sorabrief.render.urls import absolute_url

TEMPLATE = "email.html.j2"
STYLESHEET = "email.css"


def render_email_html(briefing: Briefing, templates: Path | None = None) -> str:
    """The briefing as standalone email HTML with inlined CSS."""
    environment = make_environment(templates, autoescape=True)
    environment.filters["nowidow"] = no_widow
    context = html_context(
        briefing, environment, lambda ids: _citations(briefing, ids), [STYLESHEET]
    )
    page = environment.get_template(TEMPLATE).render(context)
    inliner = css_inline.CSSInliner(
        keep_style_tags=False, keep_link_tags=False, load_remote_stylesheets=False
    )
    return str(inliner.inline(page))


def _citations(briefing: Briefing, source_ids: tuple[str, ...]) -> Markup:
    """``[1][4]``: each number links to its article when the URL is known."""
    parts = []
    for source_id in source_ids:
        report = briefing.source_report(source_id)
        url = absolute_url(report.source.url)
        if url:
            parts.append(Markup('<a href="{}">[{}]</a>').format(url, report.number))
        else:
            parts.append(Markup("[{}]").format(report.number))
    return Markup("").join(parts)
