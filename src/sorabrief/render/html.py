"""Render a briefing as one standalone HTML page, for screens or (with ``print_css``) for paper."""

from __future__ import annotations

from pathlib import Path

from markupsafe import Markup

from sorabrief.briefing import Briefing
from sorabrief.render.context import COVERAGE_CITED, COVERAGE_COLUMNS
from sorabrief.render.environment import make_environment
from sorabrief.render.html_context import html_context, no_widow

TEMPLATE = "briefing.html.j2"
SCREEN_CSS = "briefing.css"
PRINT_CSS = "print.css"


def render_html(
    briefing: Briefing, templates: Path | None = None, *, print_css: bool = False
) -> str:
    """The briefing as standalone HTML with its stylesheet embedded.

    With ``print_css`` the paged-media stylesheet (page size, running header,
    bookmarks, bundled fonts) is embedded too: that is the page WeasyPrint prints. Printed
    with more than ``COVERAGE_COLUMNS`` sources, every list of citations shows the first
    ``COVERAGE_CITED`` and how many more, and the references leave out what cleaning
    removed from each source (the HTML page and the JSON keep both in full).
    """
    environment = make_environment(templates, autoescape=True)
    environment.filters["nowidow"] = no_widow
    stylesheets = [SCREEN_CSS, PRINT_CSS] if print_css else [SCREEN_CSS]
    capped = print_css and len(briefing.sources) > COVERAGE_COLUMNS
    cited = COVERAGE_CITED if capped else None
    context = html_context(
        briefing, environment, lambda ids: _citations(briefing, ids, cited), stylesheets
    )
    context["paged"] = print_css
    context["print_capped"] = capped
    return environment.get_template(TEMPLATE).render(context)


def _citations(briefing: Briefing, source_ids: tuple[str, ...], cited: int | None) -> Markup:
    """``[1][4]``, each number linked to its entry in the references; with ``cited``, at most
    that many numbers and then ``and 12 more``, in a ``capped`` span that may wrap."""
    shown = source_ids if cited is None else source_ids[:cited]
    numbers = Markup("").join(
        Markup('<a class="cite" href="#ref-{0}">[{0}]</a>').format(briefing.number_of(s))
        for s in shown
    )
    more = len(source_ids) - len(shown)
    if not more:
        return numbers
    return Markup('<span class="capped">{0} and {1} more</span>').format(numbers, more)
