"""Fetch an article from an http(s) address with trafilatura's fetcher."""

from __future__ import annotations

import datetime as dt
from typing import Any

import attrs

from sorabrief.intake.html import INSTALL_HINT, read_html
from sorabrief.intake.page import IntakeError, Page
from sorabrief.intake.text import decoded


def fetch_page(url: str, *, private_addresses: bool = False) -> Page:
    """The article at ``url``, with today's date as when it was retrieved.

    trafilatura refuses loopback, private and link-local addresses unless
    ``private_addresses`` is set (for a page on a local network).
    """
    try:
        from trafilatura.downloads import fetch_response
        from trafilatura.settings import use_config
    except ImportError:
        raise IntakeError(f"{url}: {INSTALL_HINT}") from None
    config = use_config()
    config.set("DEFAULT", "SSRF_PROTECTION", "off" if private_addresses else "on")
    response: Any = fetch_response(url, decode=False, config=config)
    if response is None or response.data is None:
        raise IntakeError(
            f"{url}: could not be fetched; check the address and your connection "
            "(a local or private address needs --allow-private)"
        )
    if response.status != 200:
        raise IntakeError(f"{url}: the server answered {response.status}; check the address")
    raw = bytes(response.data)
    page = read_html(decoded(raw, url), raw, url, url=url)
    return attrs.evolve(page, retrieved=dt.date.today().isoformat())
