"""sorabrief: consolidated, cited briefings from several articles about one incident.

>>> import sorabrief
>>> briefing = sorabrief.aggregate(sorabrief.load())
>>> markdown = sorabrief.render_markdown(briefing)
>>> same = sorabrief.read_json(sorabrief.render_json(briefing))

Everything is imported on first use, so ``import sorabrief`` stays light.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"
"""The release; the package metadata takes it from here."""

_API = {
    "load": ("sorabrief.casefile", "load_case"),
    "aggregate": ("sorabrief.aggregation", "aggregate"),
    "render_markdown": ("sorabrief.render.markdown", "render_markdown"),
    "render_html": ("sorabrief.render.html", "render_html"),
    "render_email_html": ("sorabrief.render.email", "render_email_html"),
    "render_pdf": ("sorabrief.render.pdf", "render_pdf"),
    "render_json": ("sorabrief.render.json", "render_json"),
    "read_json": ("sorabrief.serial", "read_briefing"),
    "Briefing": ("sorabrief.briefing", "Briefing"),
    "Case": ("sorabrief.model", "Case"),
    "SorabriefError": ("sorabrief.errors", "SorabriefError"),
}

__all__ = [
    "Briefing",
    "Case",
    "SorabriefError",
    "__version__",
    "aggregate",
    "load",
    "read_json",
    "render_email_html",
    "render_html",
    "render_json",
    "render_markdown",
    "render_pdf",
]

if TYPE_CHECKING:
    from sorabrief.aggregation import aggregate
    from sorabrief.briefing import Briefing
    from sorabrief.casefile import load_case as load
    from sorabrief.errors import SorabriefError
    from sorabrief.model import Case
    from sorabrief.render.email import render_email_html
    from sorabrief.render.html import render_html
    from sorabrief.render.json import render_json
    from sorabrief.render.markdown import render_markdown
    from sorabrief.render.pdf import render_pdf
    from sorabrief.serial import read_briefing as read_json


def __dir__() -> list[str]:
    """The public API, as ``dir(sorabrief)`` and tab completion show it."""
    return sorted(__all__)


def __getattr__(name: str) -> Any:
    if name not in _API:
        raise AttributeError(f"module 'sorabrief' has no attribute '{name}'")
    module, attribute = _API[name]
    return getattr(importlib.import_module(module), attribute)
