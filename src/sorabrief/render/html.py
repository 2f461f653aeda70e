"""Render a briefing as one standalone HTML page, for screens or (with ``print_css``) for paper."""

from __future__ import annotations

from pathlib import Path

from markupsafe import Markup

from sorabrief.briefing import Briefing
from sorabrief.errors import require
from sorabrief.render.environment import make_environment
from sorabrief.render.html_context import html_context, more, no_widow
from sorabrief.render.items import Cites
from sorabrief.render.sections import COVERAGE_COLUMNS
from sorabrief.render.view import build_view

TEMPLATE = "briefing.html.j2"
SCREEN_CSS = "briefing.css"
PRINT_CSS = "print.css"


def render_html(
    briefing: Briefing, templates: Path | None = None, *, print_css: bool = False
) -> str:
    """The briefing as standalone HTML with its stylesheet embedded.

    With ``print_css`` the paged-media stylesheet (page size, running header,
    bookmarks, bundled fonts) is embedded too: that is the page WeasyPrint prints. Printed
    with more than ``COVERAGE_COLUMNS`` sources, the page is the summarised view, as a large
    email is: a few citations per line and how many more, no coverage table and no removal
    audit per reference (the screen page and the JSON keep everything).
    """
    require(briefing, Briefing, "render_html", "from sorabrief.aggregate()")
    environment = make_environment(templates, autoescape=True, filters={"nowidow": no_widow})
    stylesheets = [SCREEN_CSS, PRINT_CSS] if print_css else [SCREEN_CSS]
    summarise = print_css and len(briefing.sources) > COVERAGE_COLUMNS
    view = build_view(briefing, summarise=summarise)
    context = html_context(briefing, view, environment, cite, stylesheets, paged=print_css)
    return environment.get_template(TEMPLATE).render(context)


def cite(cites: Cites) -> Markup:
    """``[1][4]``, each number linked to its entry in the references."""
    links = Markup("").join(
        Markup('<a class="cite" href="#ref-{0}">[{0}]</a>').format(c.number) for c in cites.shown
    )
    return links + more(cites)
