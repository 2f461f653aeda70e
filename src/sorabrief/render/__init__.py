"""Renderers: functions from a Briefing to text or bytes, found through a format table."""

from __future__ import annotations

import importlib
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import Any

import attrs
import jinja2

from sorabrief.briefing import Briefing
from sorabrief.display import shown_path
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

    def load(self) -> Callable[..., str | bytes]:
        """Import the renderer."""
        module, function = self.renderer.split(":")
        render: Callable[..., str | bytes] = getattr(importlib.import_module(module), function)
        return render

    def render(self, briefing: Briefing, **options: Any) -> str | bytes:
        """Render ``briefing`` in this format, passing on only the options it takes."""
        render = self.load()
        try:
            return render(briefing, **{k: v for k, v in options.items() if k in self.options})
        except jinja2.TemplateSyntaxError as error:
            where = f"{error.filename or error.name}:{error.lineno}"
            raise RenderError(f"{where}: template syntax error: {error.message}") from None
        except jinja2.TemplateError as error:
            raise RenderError(
                f"{self.name} template: {error.message or error}; check your --templates"
            ) from None
        except Exception as error:
            # A user's template is code: its own failures (1/0, a recursive macro) are the
            # user's to fix, so they get one line. Failures anywhere else are bugs.
            frame = _user_template_frame(error, options.get("templates"))
            if frame is None:
                raise
            raise RenderError(
                f"{frame}: {type(error).__name__}: {error}; fix the template"
            ) from None

    def path(self, out: Path, case_id: str) -> Path:
        """Where this format is written for a case."""
        return out / f"{case_id}-briefing{self.suffix}"


def _user_template_frame(error: BaseException, user_dir: Path | None) -> str | None:
    """``file:line`` of the innermost frame of ``error`` in a template under ``user_dir``."""
    if user_dir is None:
        return None
    folder = user_dir.resolve()
    for frame in reversed(traceback.extract_tb(error.__traceback__)):
        if Path(frame.filename).resolve().is_relative_to(folder):
            return f"{shown_path(frame.filename)}:{frame.lineno}"
    return None


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
