"""Render a briefing as email HTML for newsletter platforms (Substack, Ghost, Buttondown, Mailchimp).

The email extends the HTML template: one 600 px column, lists instead of tables (Substack
drops tables when a page is pasted in), every style inlined by css-inline so it survives
clients that drop ``<style>``. It loads nothing and carries only absolute URLs: citations
link to the article itself when its URL is known and are plain ``[n]`` otherwise. When the
full briefing would pass ``SIZE_LIMIT`` (Gmail clips messages over about 102 KB), the email
is a summary that says what it leaves out.
"""

from __future__ import annotations

from pathlib import Path

import css_inline
from markupsafe import Markup

from sorabrief.briefing import Briefing
from sorabrief.errors import require
from sorabrief.render.environment import make_environment
from sorabrief.render.html_context import html_context, more, no_widow
from sorabrief.render.items import Cites
from sorabrief.render.view import build_view

TEMPLATE = "email.html.j2"
STYLESHEET = "email.css"
SIZE_LIMIT = 100_000
"""Bytes an email may take before it is summarised."""


def render_email_html(briefing: Briefing, templates: Path | None = None) -> str:
    """The briefing as standalone email HTML with inlined CSS, summarised when too large."""
    require(briefing, Briefing, "render_email_html", "from sorabrief.aggregate()")
    page = _render(briefing, templates, summarise=False)
    if len(page.encode()) > SIZE_LIMIT:
        page = _render(briefing, templates, summarise=True)
    return page


def _render(briefing: Briefing, templates: Path | None, *, summarise: bool) -> str:
    environment = make_environment(templates, autoescape=True, filters={"nowidow": no_widow})
    view = build_view(briefing, summarise=summarise)
    context = html_context(briefing, view, environment, cite, [STYLESHEET])
    context["email"] = True
    page = environment.get_template(TEMPLATE).render(context)
    inliner = css_inline.CSSInliner(
        keep_style_tags=False, keep_link_tags=False, load_remote_stylesheets=False
    )
    return str(inliner.inline(page))


def cite(cites: Cites) -> Markup:
    """``[1][4]``: each number links to its article when the URL is known."""
    parts = [
        Markup('<a href="{}">[{}]</a>').format(c.url, c.number)
        if c.url
        else Markup("[{}]").format(c.number)
        for c in cites.shown
    ]
    return Markup("").join(parts) + more(cites)
