"""Print the HTML briefing to PDF with WeasyPrint, byte-identically from run to run.

The PDF is ``render_html(print_css=True)`` plus one step. Everything that could
make two renders differ is pinned: the creation and modification dates come from
the briefing's as-of date, the file identifier from a hash of the page, and
``SOURCE_DATE_EPOCH`` (which font subsetting stamps into fonts) is set to the
as-of date while WeasyPrint runs.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import os
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any, Literal

from sorabrief.briefing import Briefing
from sorabrief.errors import RenderError, require
from sorabrief.render.environment import template_search_path
from sorabrief.render.html import render_html
from sorabrief.resources import templates_dir

Paper = Literal["a4", "letter"]
PAPER_SIZES: dict[str, str] = {"a4": "A4", "letter": "letter"}
PDF_VARIANT = "pdf/ua-1"
"""Tagged PDF with the PDF/UA-1 identification, for screen readers."""


def render_pdf(briefing: Briefing, templates: Path | None = None, *, paper: Paper = "a4") -> bytes:
    """The briefing as PDF bytes; the same briefing always gives the same bytes."""
    require(briefing, Briefing, "render_pdf", "from sorabrief.aggregate()")
    if paper not in PAPER_SIZES:
        raise RenderError(f"unknown paper size '{paper}': use a4 or letter")
    weasyprint = load_weasyprint()
    from sorabrief.render.fetcher import TemplateFetcher
    from sorabrief.render.serialize_once import serialize_once

    page = render_html(briefing, templates, print_css=True)
    size = weasyprint.CSS(string=f"@page {{ size: {PAPER_SIZES[paper]} !important; }}")
    fetcher = TemplateFetcher(template_search_path(templates))
    identifier = hashlib.sha256(f"{paper}\n{page}".encode()).hexdigest()[:32]
    with _source_date_epoch(_epoch(briefing)):
        document = weasyprint.HTML(
            string=page, base_url=templates_dir().as_uri() + "/", url_fetcher=fetcher
        ).render(stylesheets=[size])
        pdf: bytes = document.write_pdf(
            pdf_identifier=identifier.encode("ascii"),
            pdf_variant=PDF_VARIANT,
            uncompressed_pdf=False,
            finisher=serialize_once,
        )
    return pdf


SYSTEM_LIBRARIES = "libpango-1.0-0 libpangoft2-1.0-0 libharfbuzz-subset0"
"""The Debian packages of the system libraries WeasyPrint needs for the PDF."""


def load_weasyprint() -> Any:
    """WeasyPrint, or one clear error naming the libraries to install when it cannot load them."""
    from sorabrief.render.weasyprint_import import import_weasyprint

    try:
        weasyprint = import_weasyprint()
    except OSError as error:
        reason = str(error).splitlines()[0] if str(error) else type(error).__name__
        raise RenderError(
            f"the PDF needs the Pango and HarfBuzz libraries ({reason}); "
            f"on Debian or Ubuntu: apt-get install {SYSTEM_LIBRARIES}"
        ) from None
    return weasyprint


def fast_font_subsetting() -> bool:
    """Whether HarfBuzz's subsetter is installed; without it the PDF takes seconds longer.
    Once WeasyPrint is loaded, it says whether it found the subsetter (no library search)."""
    loaded = sys.modules.get("weasyprint.text.ffi")
    if loaded is not None and hasattr(loaded, "harfbuzz_subset"):
        return loaded.harfbuzz_subset is not None
    import ctypes.util

    return ctypes.util.find_library("harfbuzz-subset") is not None


def _epoch(briefing: Briefing) -> int:
    """Seconds since 1970 at midnight UTC of the as-of date (1 January 1970 when unknown)."""
    day = briefing.as_of.first_day if briefing.as_of else dt.date(1970, 1, 1)
    return int(dt.datetime(day.year, day.month, day.day, tzinfo=dt.UTC).timestamp())


@contextlib.contextmanager
def _source_date_epoch(seconds: int) -> Iterator[None]:
    """Set ``SOURCE_DATE_EPOCH`` for the duration of the block, then restore it."""
    previous = os.environ.get("SOURCE_DATE_EPOCH")
    os.environ["SOURCE_DATE_EPOCH"] = str(seconds)
    try:
        yield
    finally:
        if previous is None:
            del os.environ["SOURCE_DATE_EPOCH"]
        else:
            os.environ["SOURCE_DATE_EPOCH"] = previous
