"""Metadata a saved page states outside its tags for machines: masthead, footer, headline.

trafilatura reads titles, authors and site names from meta tags and JSON-LD. Many pages
state some of these only where a reader sees them: the site's name in the masthead link
to its home page or in the copyright line, the full headline in the page's one ``<h1>``.
These rules read them there, and never guess: a value the page does not show is absent.
"""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import urlsplit

from sorabrief.extract.calendar_math import MONTH_ABBREVIATIONS
from sorabrief.nouns import DWELLERS

_COPYRIGHT = re.compile(
    r"(?:©|\((?i:c)\)|(?i:copyright))\s*(?:©\s*)?(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*)?"
    r"(?P<name>[A-Z][\w&'’-]*(?:\s+(?:[A-Z&][\w&'’-]*|of|and|the)){0,5})"
)
"""A copyright line's holder: capitalised words after the sign and year, up to a full stop."""
_NAME_END = re.compile(r"[.,;]+$")
_ORGANISATION_WORDS = frozenset(
    [
        "agency",
        "broadcasting",
        "channel",
        "columnist",
        "contributor",
        "correspondent",
        "daily",
        "desk",
        "editor",
        "gazette",
        "herald",
        "journal",
        "journalist",
        "media",
        "network",
        "news",
        "newsroom",
        "online",
        "post",
        "press",
        "radio",
        "reporter",
        "reporters",
        "service",
        "staff",
        "television",
        "times",
        "tribune",
        "tv",
        "wire",
        "writer",
    ]
)
"""Words that mark a byline part as an organisation, a desk or a job title, not a person."""
_BYLINE_PARTS = re.compile(r"[;,]|\s[·•|–—]\s")
"""What separates a byline's parts: people from each other, and from an outlet or a title."""
_NOT_NAMES = frozenset(["all", "rights", "reserved", "of", "and", "the"])
"""Words a name does not end with."""
_MAX_NAME_WORDS = 6


def masthead_publisher(tree: Any, url: str | None) -> str | None:
    """The site's name as the page shows it: the masthead's home link, else the copyright line."""
    return _home_link_name(tree, url) or _copyright_holder(tree)


def _home_link_name(tree: Any, url: str | None) -> str | None:
    host = urlsplit(url).netloc.lower() if url else ""
    for link in tree.xpath("//header//a[@href] | //a[@rel='home']"):
        target = urlsplit(link.get("href", ""))
        if target.path not in ("", "/") or target.query or target.fragment:
            continue
        if target.netloc and host and target.netloc.lower() != host:
            continue
        name = _name(link.text_content()) or _name(_labels(link))
        if name:
            return name
    return None


def _labels(element: Any) -> str:
    """An image or SVG logo's text: its ``alt``, ``aria-label`` or ``<title>``."""
    for node in element.iter():
        for attribute in ("alt", "aria-label"):
            if node.get(attribute):
                return str(node.get(attribute))
    return ""


def _copyright_holder(tree: Any) -> str | None:
    footers = "//footer | //*[contains(@class, 'footer')] | //*[contains(@id, 'footer')]"
    for node in tree.xpath(footers):
        match = _COPYRIGHT.search(" ".join(node.text_content().split()))
        if match:
            name = _name(match.group("name"))
            if name:
                return name
    return None


def _name(text: str) -> str | None:
    """A short name, or None for text that is empty, an address, or too long to be one."""
    words = text.split()
    while words and _NAME_END.sub("", words[-1]).lower() in _NOT_NAMES:
        words.pop()
    name = _NAME_END.sub("", " ".join(words))
    words = name.split()
    if not name or len(words) > _MAX_NAME_WORDS or re.search(r"\.[a-z]{2,}$|/", name):
        return None
    return name


def people_in_byline(author: str | None, publisher: str | None, body: str = "") -> str | None:
    """The byline without its outlet: parts naming the publisher, an organisation (words
    such as "Press", or a name opening with "The") or a job title ("Senior Reporter") go,
    when a person's name is left; so does a dateline's place beside a name: a single word
    beside a name of two words or more ("Ana Lee, Tagrin"), or a part after the first that
    the article's ``body`` writes as a place ("… a moneylender in Ha Abia", "residents of
    Low Marr")."""
    if not author:
        return None
    parts = [_without_date_tail(p) for p in _BYLINE_PARTS.split(author) if p.strip()]
    outlet = (publisher or "").casefold()
    people = [p for p in parts if p.casefold() != outlet and not _organisation(p)]
    people = people[:1] + [p for p in people[1:] if not _written_as_place(p, body)]
    named = [p for p in people if len(p.split()) >= 2]
    if named:
        people = named
    return "; ".join(people) if people else author


_PLACE_PREPOSITIONS = r"(?:[Ii]n|[Aa]t|[Nn]ear|[Oo]utside|[Aa]round|[Aa]cross)"
"""Prepositions that put a place, never a person, after them ("in Ha Abia", "At Hamar
Weyne District Hospital")."""


_DWELLERS = (
    rf"\b(?:(?i:{DWELLERS})|[Ww]omen|[Mm]en|[Yy]outh"
    r"|\b(?:[Aa]n?|[Oo]ne)\s+(?:man|woman|resident|mother|father|family|household|villager))"
)
"""Those who live somewhere: what follows "of" or "from" after them is where ("residents of
Low Marr", "a woman from Low Marr"), while "friends of" or "a letter from" may name a person."""
_OTHER_PLACE = r"(?:[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*,?\s+(?:and|or)\s+)?"
"""A place named first in a pair ("residents of Fenwick and Low Marr", "in Fenwick and
Low Marr")."""


def _written_as_place(part: str, body: str) -> bool:
    """Whether ``body`` writes ``part`` as a place: after a preposition of place, or as
    where people live ("residents of …", "a woman from …")."""
    name = r"\s+".join(re.escape(word) for word in part.split())
    return (
        re.search(rf"\b{_PLACE_PREPOSITIONS}\s+{_OTHER_PLACE}{name}\b", body) is not None
        or re.search(rf"{_DWELLERS}\s+(?:of|from)\s+(?:the\s+)?{_OTHER_PLACE}{name}\b", body)
        is not None
    )


_DATE_TAIL = re.compile(
    rf"(?:\s+(?:(?:{MONTH_ABBREVIATIONS})\.?"
    r"|(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)\.?|(?i:posted|published|updated|filed)))+$"
)
"""A shortened month or weekday, or a publishing word, left at the end of a name when the
date line that followed it was cut ("Ana Lee Sep", "Ana Lee Posted"); "May" is also a
name, and whole month names are surnames too, so they stay."""


def _without_date_tail(part: str) -> str:
    """The byline part without a date line's first word stuck to its end."""
    part = part.strip()
    trimmed = _DATE_TAIL.sub("", part)
    return trimmed if len(trimmed.split()) >= 2 else part


def _organisation(part: str) -> bool:
    words = re.findall(r"\w+", part)
    return words[:1] == ["The"] or any(w.casefold() in _ORGANISATION_WORDS for w in words)


def shown_headline(tree: Any, title: str | None) -> str | None:
    """The page's one ``<h1>`` when it is the stated title, or the stated title made longer
    (a social-media title often shortens the headline, cutting its end or words within
    it), its quotation marks and apostrophes typed either way (an ``og:title`` often
    writes "Riders' union" for the headline's "Riders’ union"): the headline is the
    title as the page shows it; otherwise the stated title."""
    headings = [" ".join(h.text_content().split()) for h in tree.xpath("//h1")]
    headings = [h for h in headings if h]
    if title and len(headings) == 1:
        stated, shown = _typed_plainly(title), _typed_plainly(headings[0])
        if stated == shown or _shortened(stated, shown):
            return headings[0]
    return title


_PLAIN_MARKS = str.maketrans({"’": "'", "‘": "'", "ʼ": "'", "“": '"', "”": '"', "„": '"'})
"""Typographic apostrophes and quotation marks, and the plain ones a keyboard types."""
_WORD = re.compile(r"\w+(?:'\w+)*")


def _typed_plainly(text: str) -> str:
    """``text`` casefolded, with plain apostrophes and quotation marks for curly ones."""
    return text.translate(_PLAIN_MARKS).casefold()


def _shortened(title: str, heading: str) -> bool:
    """Whether ``title`` is ``heading`` cut short (its start, even within a word) or with
    words left out: the same first word, and every word of the title in the heading, in
    order (both casefolded and typed plainly)."""
    if len(heading) > len(title) and heading.startswith(title):
        return True
    title_words = _WORD.findall(title)
    heading_words = _WORD.findall(heading)
    if len(heading_words) <= len(title_words) or title_words[:1] != heading_words[:1]:
        return False
    remaining = iter(heading_words)
    return all(word in remaining for word in title_words)


_DATE_AHEAD = (
    r"\b(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b"
    rf"|(?:May|{MONTH_ABBREVIATIONS})[a-z]*\.?\s+\d)"
)
"""A date that follows the names without a separator: a weekday, or a month (whole or
shortened) before its day ("By Ana Lee Feb 17, 2026")."""
_SHOWN_BYLINE = re.compile(
    r"^(?:(?i:posted|published|written)\b[^·•|–—]{0,60}?\s)?"
    r"(?i:by)\s+(?P<names>[A-Z][^\d·•|–—]*?)\s*"
    rf"(?:$|[·•|–—]|\d|\bon\b|(?={_DATE_AHEAD}))"
)
"""A byline as a reader sees it: "By" and the names, up to a date, a separator or "on",
perhaps after a publishing line ("Posted on 3 March 2026 by Ana Lee")."""
_PUBLISHING_WORDS = frozenset(["by", "filed", "posted", "published", "updated", "written"])
"""Words of a publishing line that a metadata reader may take for the author's name."""


def named_author(author: str | None) -> str | None:
    """The stated author, unless it holds only publishing words ("Posted", a theme's
    "Posted on … by …" line cut at its first word)."""
    words = re.findall(r"\w+", author or "")
    if not words or all(word.casefold() in _PUBLISHING_WORDS for word in words):
        return None
    return author


_BYLINE_REACH = 6
"""How many short blocks after the headline a shown byline may sit in."""


def blocks_below_headline(tree: Any) -> list[str]:
    """The text of the short blocks just after the article's one ``<h1>``, where a page
    shows its byline and date to a reader; none when the page has no single headline."""
    headings = _article_headings(tree)
    if len(headings) != 1:
        return []
    blocks = headings[0].xpath(
        "(following::*[self::p or self::div or self::span or self::address][not(*[self::p])])"
        f"[position() <= {_BYLINE_REACH}]"
    )
    return [" ".join(" ".join(b.itertext()).split()) for b in blocks]  # "<h4>…</h4><span>Sep 16"


def is_shown_byline(text: str) -> bool:
    """Whether a block's text is a byline as a reader sees it ("By Ana Lee, Hilltop")."""
    return _SHOWN_BYLINE.match(text) is not None and len(text) <= 160


def shown_byline(tree: Any) -> str | None:
    """The byline a page shows only to a reader: a short block just after the ``<h1>`` that
    opens with "By" and a capitalised name ("By Ana Lee · Monday 2 March 2026")."""
    for text in blocks_below_headline(tree):
        match = _SHOWN_BYLINE.match(text)
        if match and is_shown_byline(text):
            names = [_name(part) for part in _JOINED.split(_listed_people(match["names"]))]
            if names and all(n and n[0].isupper() for n in names):
                return "; ".join(n for n in names if n)
    return None


_JOINED = re.compile(r",|\s+and\s+|\s*&\s*")
"""What joins the people of a byline's list ("Ana Lee, Tom Avery and Rosa Pell")."""


def _listed_people(names: str) -> str:
    """The people of a shown byline: a list of several ends with "and" or "&" ("By Ana
    Lee and Tom Avery"), so a part after a comma that no such list reaches is where the
    reporter writes from or their title ("By Ana Lee, Upper Wenlow")."""
    parts = names.split(",")
    listed = [i for i, part in enumerate(parts) if re.search(r"\sand\s|&", part)]
    return ",".join(parts[: listed[-1] + 1] if listed else parts[:1])


def _article_headings(tree: Any) -> list[Any]:
    """The page's ``<h1>`` elements; when it has several (a theme may set the site's name
    in one), those inside its ``<article>`` or ``<main>``."""
    headings = tree.xpath("//h1")
    if len(headings) > 1:
        return [h for h in headings if h.xpath("ancestor::article | ancestor::main")]
    return list(headings)


def as_the_page_spells(html: str, author: str | None) -> str | None:
    """Each name of the byline as the page writes it: trafilatura drops the full stops of
    titles and initials ("Dr. Ana Lee" becomes "Dr Ana Lee"), so a name the page holds
    with them is given back its stops; a name the page does not hold is kept as read."""
    if not author:
        return author
    names = []
    for name in author.split("; "):
        words = [re.escape(word) for word in name.split()]
        written = re.search(r"(?<![\w.])" + r"(?:\.\s*|\s+)".join(words) + r"\.?(?!\w)", html)
        spelled = " ".join(written.group().split()) if written else name
        names.append(spelled.rstrip(".") if not name.endswith(".") else spelled)
    return "; ".join(names)


def marked_authors(tree: Any, author: str | None) -> str | None:
    """Every person the page links with ``rel="author"``, when the stated byline holds only
    some of them (a byline of two linked names often yields just the first)."""
    names: list[str] = []
    for link in tree.xpath("//a[contains(concat(' ', normalize-space(@rel), ' '), ' author ')]"):
        name = _name(link.text_content())
        if name and name.casefold() not in {n.casefold() for n in names}:
            names.append(name)
    stated = {part.strip().casefold() for part in (author or "").split(";") if part.strip()}
    if len(names) > 1 and stated < {n.casefold() for n in names}:
        return "; ".join(names)
    return author


def canonical_link(tree: Any, own_address: str | None) -> str | None:
    """The address of ``<link rel="canonical">`` on the page's own site, which outranks a
    social-media address (``og:url``) that carries tracking parameters or a mobile host.
    A canonical link to another site names the original of a syndicated copy; a citation of
    the copy links to the copy itself, so the page's own address is kept."""
    own_host = _site(urlsplit(own_address).netloc) if own_address else ""
    for href in tree.xpath(
        "//head/link[contains(concat(' ', normalize-space(@rel), ' '), ' canonical ')]/@href"
    ):
        address = str(href).strip()
        if not re.match(r"https?://[^/\s]+", address):
            continue
        if own_host and _site(urlsplit(address).netloc) != own_host:
            return None
        return address
    return None


def _site(host: str) -> str:
    host = host.lower()
    for prefix in ("www.", "m.", "amp."):
        host = host.removeprefix(prefix)
    return host
