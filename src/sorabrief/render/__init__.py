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
    takes_templates: bool = True

    def render(self, briefing: Briefing, **options: Any) -> str | bytes:
        """Render ``briefing`` in this format."""
        module, function = self.renderer.split(":")
        render: Callable[..., str | bytes] = getattr(importlib.import_module(module), function)
        if not self.takes_templates:
            options.pop("templates", None)
        return render(briefing, **options)

    def path(self, out: Path, case_id: str) -> Path:
        """Where this format is written for a case."""
        return out / f"{case_id}-briefing{self.suffix}"


FORMATS = {
    f.name: f
    for f in (
        Format("markdown", ".md", "sorabrief.render.markdown:render_markdown"),
        Format("json", ".json", "sorabrief.render.json:render_json", takes_templates=False),
    )
}
