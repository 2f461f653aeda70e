"""What the HTML, print and email templates share: the view, its stylesheet and helpers."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import jinja2
from markupsafe import Markup

from sorabrief.briefing import Briefing
from sorabrief.render.items import Cites
from sorabrief.render.view import View

CiteMarkup = Callable[[Cites], Markup]


def html_context(
    briefing: Briefing,
    view: View,
    environment: jinja2.Environment,
    cite: CiteMarkup,
    stylesheets: list[str],
    *,
    paged: bool = False,
) -> dict[str, Any]:
    """The variables every HTML template gets; ``stylesheets`` are template names to embed.
    A ``paged`` page (the one WeasyPrint prints) gets its custom properties inlined."""
    loader = environment.loader
    assert loader is not None
    css = "\n".join(loader.get_source(environment, name)[0] for name in stylesheets)
    if paged:
        from sorabrief.render.css_variables import inline_custom_properties

        css = inline_custom_properties(css)
    names = [p.name for p in briefing.parties if p.kind != "outlet"]
    return {
        "view": view,
        "cite": cite,
        "css": Markup(css.replace("</", "<\\/")),
        "keywords": ", ".join(["briefing", briefing.case_id, *names]),
        "created": briefing.as_of.isoformat() if briefing.as_of else None,
        "paged": paged,
        "email": False,
    }


def no_widow(text: str) -> str:
    """``text`` with its last two words joined, so a headline never ends on a lone word."""
    head, space, last = text.strip().rpartition(" ")
    return f"{head}\u00a0{last}" if space and len(last) < 12 else text


def more(cites: Cites) -> Markup:
    """`` and 12 more`` after the citations a summary shows."""
    return (
        Markup(' <span class="more">and {} more</span>').format(cites.more)
        if cites.more
        else Markup("")
    )
