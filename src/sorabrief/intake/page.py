"""What ``sorabrief add`` brings in: an article's text and the metadata its page states."""

from __future__ import annotations

import attrs

from sorabrief.errors import SorabriefError

METADATA_FIELDS = ("title", "publisher", "published", "url", "author")
"""The front-matter keys ``add`` fills when the input states them, in the order written."""


class IntakeError(SorabriefError):
    """An input to ``sorabrief add`` cannot be read or is already in the case."""


@attrs.frozen
class Page:
    """One article as read from a file or a URL, before it is written into a case."""

    body: str
    """The article text exactly as extracted."""
    raw: bytes
    """The original file or response, kept beside the article for audit."""
    raw_suffix: str
    """The original's file suffix (``.html``, ``.txt``, ``.md``)."""
    title: str | None = None
    publisher: str | None = None
    published: str | None = None
    """ISO date, as the page states it."""
    url: str | None = None
    author: str | None = None
    retrieved: str | None = None
    """ISO date the page was fetched, for URLs."""
    front_matter: str | None = None
    """A Markdown file's own front matter, kept as written."""

    def missing(self) -> list[str]:
        """The metadata the input did not state."""
        return [name for name in METADATA_FIELDS if getattr(self, name) is None]
