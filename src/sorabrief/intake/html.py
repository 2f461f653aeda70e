"""Read a saved web page: main text with trafilatura, publication date with htmldate.

Both come with the ``html`` extra; they are imported only here, when a page is read.
Metadata is taken only where the page states it: a site name derived from the page's
address is not a publisher, so it is left out; a site name, headline or byline that the
page shows a reader but not its meta tags is read where it is shown (``stated.py``).
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from sorabrief.intake.page import IntakeError, Page
from sorabrief.intake.shown_date import shown_date
from sorabrief.intake.site_name import is_account_handle, stated_publisher
from sorabrief.intake.stated import (
    as_the_page_spells,
    canonical_link,
    marked_authors,
    masthead_publisher,
    named_author,
    people_in_byline,
    shown_byline,
    shown_headline,
)

INSTALL_HINT = 'reading HTML needs the html extra: pip install "sorabrief[html]"'
_ADDRESS_LIKE = re.compile(r"^[\w.-]+\.[a-z]{2,}$", re.IGNORECASE)


def read_html(html: str, raw: bytes, where: str, *, url: str | None = None) -> Page:
    """The article in ``html``; ``where`` names the input in messages."""
    try:
        import htmldate
        import trafilatura
    except ImportError:
        raise IntakeError(f"{where}: {INSTALL_HINT}") from None
    document: Any = trafilatura.bare_extraction(
        html, url=url, with_metadata=True, include_comments=False, include_tables=True
    )
    text = (document.text or "").strip() if document is not None else ""
    if not text:
        raise IntakeError(
            f"{where}: no article text found in the page; save the article's own page"
        )
    published = htmldate.find_date(
        html,
        url=url,
        original_date=True,
        extensive_search=False,
        deferred_url_extractor=True,
        max_date=_latest_stated_date(),
    )
    tree = _tree(html, raw)
    published = published or shown_date(tree)
    own_address = _stated(document.url) or url
    publisher = _publisher(document.sitename, _stated(document.title), tree) or masthead_publisher(
        tree, own_address
    )
    return Page(
        body=text + "\n",
        raw=raw,
        raw_suffix=".html",
        title=shown_headline(tree, _stated(document.title)),
        publisher=publisher,
        published=published or None,
        url=canonical_link(tree, own_address) or own_address,
        author=as_the_page_spells(
            html,
            marked_authors(
                tree,
                people_in_byline(
                    named_author(_stated(document.author)) or shown_byline(tree),
                    publisher,
                    text,
                ),
            ),
        ),
    )


def _latest_stated_date() -> str:
    """A year after the machine's clock: a date a page states for itself is kept even when
    it is after the clock (a clock behind, a page's time zone ahead). With its default
    bound, today, the date reader turns a date a few days ahead into the first of its
    month, a date the page never states."""
    return (dt.datetime.now(dt.UTC).date() + dt.timedelta(days=366)).isoformat()


def _is_headline(name: str, title: str | None, tree: Any) -> bool:
    """Whether a site name is the article's headline: its title, or its ``og:title``."""
    wanted = name.casefold()
    titles = [title or "", *tree.xpath("//meta[@property='og:title']/@content")]
    return any(" ".join(t.split()).casefold() == wanted for t in titles)


def _tree(html: str, raw: bytes) -> Any:
    """The page as an lxml tree (lxml refuses text that declares its own encoding)."""
    import lxml.html

    try:
        return lxml.html.document_fromstring(html)
    except ValueError:
        return lxml.html.document_fromstring(raw)


def _stated(value: str | None) -> str | None:
    value = " ".join(value.split()) if value else ""
    return value or None


def _publisher(sitename: str | None, title: str | None, tree: Any) -> str | None:
    """The site name, unless it is only a web address (trafilatura falls back to the domain);
    for a social-media handle, the publisher's name the page states (``site_name.py``), as
    for the article's own headline (trafilatura may take a JSON-LD graph's web-page name for
    the site's) where the page states one."""
    name = _stated(sitename)
    if name is not None and is_account_handle(name, tree):
        return stated_publisher(tree)
    if name is not None and _is_headline(name, title, tree):
        return stated_publisher(tree) or name
    return None if name is None or _ADDRESS_LIKE.match(name) else name
