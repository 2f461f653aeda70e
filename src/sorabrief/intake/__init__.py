"""``sorabrief add``: bring saved pages, text files and web addresses into a case folder.

Each input becomes ``articles/<slug>.md`` (front matter with what the input states, then
the text exactly as extracted) and its original is kept as ``articles/raw/<slug>.<ext>``.
An input whose address or text is already in the case is refused.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from pathlib import Path

import attrs

from sorabrief.casefile.articles import ARTICLE_SUFFIXES, split_front_matter
from sorabrief.display import shown_path
from sorabrief.errors import SorabriefError
from sorabrief.intake.page import IntakeError, Page
from sorabrief.output import write_all

__all__ = ["Added", "IntakeError", "add_article", "read_input"]

HTML_SUFFIXES = (".html", ".htm")
TEXT_SUFFIXES = (".txt", ".md")
SLUG_LENGTH = 60


@attrs.frozen
class Added:
    """An article written into a case."""

    article: Path
    original: Path
    page: Page


def read_input(item: str, *, private_addresses: bool = False) -> Page:
    """The article in a file or at an http(s) address."""
    if re.match(r"https?://", item, re.IGNORECASE):
        from sorabrief.intake.fetch import fetch_page

        return fetch_page(item, private_addresses=private_addresses)
    path = Path(item)
    suffix = path.suffix.lower()
    if suffix not in (*HTML_SUFFIXES, *TEXT_SUFFIXES):
        raise IntakeError(
            f"{shown_path(path)}: not an article sorabrief can read; "
            "give an .html, .htm, .txt or .md file or an http(s) address"
        )
    raw = path.read_bytes()
    if suffix in HTML_SUFFIXES:
        from sorabrief.intake.html import read_html
        from sorabrief.intake.text import decoded

        return read_html(decoded(raw, shown_path(path)), raw, shown_path(path))
    from sorabrief.intake.text import read_text

    return read_text(raw, suffix, shown_path(path))


def add_article(item: str, case: Path, *, private_addresses: bool = False) -> Added:
    """Read ``item`` and write it into the case folder ``case``; refuse a duplicate.

    ``private_addresses`` allows fetching from loopback and private network addresses.
    """
    page = read_input(item, private_addresses=private_addresses)
    articles = case / "articles"
    _refuse_duplicate(page, item, articles)
    slug = _free_slug(_slug_source(page, item), articles)
    article = articles / f"{slug}.md"
    original = articles / "raw" / f"{slug}{page.raw_suffix}"
    write_all({article: front_matter(page) + page.body, original: page.raw})
    return Added(article, original, page)


def front_matter(page: Page) -> str:
    """The front matter block: the page's own, or one line per value the input states."""
    if page.front_matter is not None:
        return page.front_matter
    lines = ["---"]
    for key in ("title", "publisher", "published", "url", "author", "retrieved"):
        value = getattr(page, key)
        if value is not None:
            lines.append(f"{key}: {yaml_string(value)}")
    return "\n".join([*lines, "---", ""])


def yaml_string(value: str) -> str:
    """A double-quoted YAML scalar that reads back as exactly ``value``."""
    escaped = value.replace("\\", "\\\\").replace('"', '\\"')
    escaped = "".join(c if c.isprintable() else f"\\u{ord(c):04x}" for c in escaped)
    return f'"{escaped}"'


def body_digest(body: str) -> str:
    """The body's identity for duplicates: SHA-256 of its text with line ends unified."""
    unified = body.replace("\r\n", "\n").replace("\r", "\n").strip()
    return hashlib.sha256(unified.encode("utf-8")).hexdigest()


def _refuse_duplicate(page: Page, item: str, articles: Path) -> None:
    digest = body_digest(page.body)
    addresses = {a for a in (page.url, item) if a and re.match(r"https?://", a, re.IGNORECASE)}
    for path in sorted(articles.glob("*")) if articles.is_dir() else []:
        if path.suffix not in ARTICLE_SUFFIXES or not path.is_file():
            continue
        try:
            text = path.read_text(encoding="utf-8")
            document, offset = split_front_matter(text, path)
        except (SorabriefError, UnicodeDecodeError):
            continue  # `check` reports a broken article; it cannot be a duplicate of this one
        data = document.data or {}
        url, publisher = data.get("url"), data.get("publisher")
        other_outlet = bool(page.publisher and publisher and page.publisher != publisher)
        if isinstance(url, str) and url in addresses and not other_outlet:
            raise IntakeError(f"{item}: already in the case as {shown_path(path)} (same URL)")
        if body_digest(text[offset:]) == digest:
            raise IntakeError(f"{item}: already in the case as {shown_path(path)} (same text)")


def _slug_source(page: Page, item: str) -> str:
    if page.title:
        return page.title
    if re.match(r"https?://", item, re.IGNORECASE):
        return item.split("?", 1)[0].rstrip("/").rsplit("/", 1)[-1] or "article"
    return Path(item).stem


def slug(text: str) -> str:
    """Lower-case ASCII words joined by hyphens, at most 60 characters, cut between words;
    ``article`` if none."""
    return word_slug(text, SLUG_LENGTH) or "article"


def word_slug(text: str, length: int) -> str:
    """Like ``slug``, at most ``length`` characters, cut between words, never inside one
    ("…-container-terminal" shortened is "…-container", not "…-container-termi"); the
    first word alone is cut only when it is longer than ``length``; "" if no words."""
    words = _slug_words(text)
    kept = words[:1]
    for word in words[1:]:
        if len("-".join((*kept, word))) > length:
            break
        kept.append(word)
    return "-".join(kept)[:length]


def _slug_words(text: str) -> list[str]:
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.findall(r"[a-z0-9]+", ascii_text.lower())


def _free_slug(text: str, articles: Path) -> str:
    """A slug no article or original in the case uses yet."""
    base = slug(text)
    candidate, number = base, 1
    while any(articles.glob(f"{candidate}.*")) or any((articles / "raw").glob(f"{candidate}.*")):
        number += 1
        candidate = f"{base}-{number}"
    return candidate
