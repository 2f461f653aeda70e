"""The one rule for which URLs from a case may become links, in every format."""

from __future__ import annotations

import re
from urllib.parse import urlsplit

_UNSAFE_URL = re.compile(r"[\s\x00-\x1f\x7f\"'<>\\`]")


def absolute_url(url: str | None) -> str | None:
    """``url`` when it is an absolute http(s) URL safe to put in a link; else None."""
    if not url or _UNSAFE_URL.search(url):
        return None
    parts = urlsplit(url)
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return None
    return url
