"""Renderers: functions from a Briefing to text or bytes, found through a format table."""

from __future__ import annotations

import importlib
from collections.abc import Callable
from pathlib import Path
from typing import Any

import attrs
import jinja2

from sorabrief.briefing import Briefing
from sorabrief.errors import RenderError


@attrs.frozen
class Format:
    """An output format: the file suffix it is written with and where its renderer lives."""

    name: str
    suffix: str
    renderer: str
    """``module:function``, imported only when the format is used."""
    options: tuple[str, ...] = ("templates",)
    """The keyword options its renderer takes."""

    def render(self, briefing: Briefing, **options: Any) -> str | bytes:
        """Render ``briefing`` in this format, passing on only the options it takes."""
        module, function = self.renderer.split(":")
        render: Callable[..., str | bytes] = getattr(importlib.import_module(module), function)
        try:
            return render(briefing, **{k: v for k, v in options.items() if k in self.options})
        except jinja2.TemplateSyntaxError as error:
            where = f"{error.filename or error.name}:{error.lineno}"
            raise RenderError(f"{where}: template syntax error: {error.message}") from None
        except jinja2.TemplateError as error:
            raise RenderError(
                f"{self.name} template: {error.message or error}; check your --templates"
            ) from None

    def path(self, out: Path, case_id: str) -> Path:
        """Where this format is written for a case."""
        return out / f"{case_id}-briefing{self.suffix}"


FORMATS = {
    f.name: f
    for f in (
        Format("markdown", ".md", "sorabrief.render.markdown:render_markdown"),
        Format("html", ".html", "sorabrief.render.html:render_html"),
        Format("email", ".email.html", "sorabrief.render.email:render_email_html"),
        Format("pdf", ".pdf", "sorabrief.render.pdf:render_pdf", ("templates", "paper")),
        Format("json", ".json", "sorabrief.render.json:render_json", ()),
    )
}
