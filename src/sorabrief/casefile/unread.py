"""Saved web pages left in articles/: not read as articles, and said so instead of silently."""

from __future__ import annotations

from pathlib import Path

from sorabrief.display import shown_path

PAGE_SUFFIXES = (".html", ".htm")


def unread_pages(folder: Path) -> list[tuple[Path, str]]:
    """(file, message) for every .html or .htm file directly in the case's articles/."""
    articles = folder / "articles"
    try:
        pages = sorted(p for p in articles.iterdir() if p.suffix.lower() in PAGE_SUFFIXES)
    except OSError:
        return []
    return [
        (
            page,
            "a saved web page is not read as an article; bring it in with "
            f"`sorabrief add {shown_path(page)} --case {shown_path(folder)}`",
        )
        for page in pages
        if page.is_file()
    ]
