"""Extraction reads English only: say so for an article in any other language."""

from __future__ import annotations

from sorabrief.model import Source

_ENGLISH = frozenset({"en", "eng", "english"})


def reads_english(language: str) -> bool:
    """Whether a front-matter ``language`` (``en``, ``en-GB``, ``English``) is English."""
    return language.strip().casefold().replace("_", "-").split("-")[0] in _ENGLISH


def language_warning(source: Source) -> str | None:
    """The warning for an article extraction cannot read, or None for an English one."""
    if reads_english(source.language):
        return None
    return (
        f"language '{source.language}': extraction reads English only, so quotations, speakers, "
        "figures and dates in this article are not found or may be misread; "
        "check them by hand or add an English version"
    )
