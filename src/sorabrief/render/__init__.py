"""Renderers: functions from a Briefing to text or bytes, found through a format table."""

from __future__ import annotations

import importlib
from collections.abc import Callable
from pathlib import Path
from typing import Any

import attrs

from sorabrief.briefing import Briefing


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
        return render(briefing, **{k: v for k, v in options.items() if k in self.options})

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
