"""The header and footer of a saved web page, found by where lines sit and how they look.

- **Navigation bar**: a line of three or more short items separated by ``|``,
  ``·``, ``/``, ``•``, the breadcrumb marks ``›``, ``»`` and ``>``, or two spaces or more
  ("Home | News | Sport", "Home › World › Asia"), anywhere.
- **Page header**: before the story starts (its first paragraph that names a
  party, or its second paragraph of prose, whichever comes first), every short
  line that is not a sentence and not the headline: the site's name, section
  labels, the author's name and role, "Save", "Share", and a breadcrumb of any length
  ("UK News / Housing and Local Government": capitalised items between ``/``, ``›``, ``»``). A lead-in ending in a colon
  right above the story's first paragraph stays.
- **Masthead**: before the story, the outlet's name followed by its tagline on the
  same line ("The Ledger | News that counts"), or a tagline alone on the line under
  the name.
- **Comments**: from a comment thread's head ("4 comments", "Comments (0)") to the end,
  even when the comments name a party.
- **Page footer**: from a footer marker ("Tags:", "Topics:", "Keywords",
  "About the author", "Related stories", "14 Comments", "©", "Share:", ...) to the
  end, provided no paragraph after the marker names a party in a sentence: tags,
  share rows, author notes, comments, related headlines, a next article.
"""

from __future__ import annotations

import re

from sorabrief.extract.first_char import with_first_char

_ITEM = r"[^|·•/›»>\s.!?][^|·•/›»>.!?]{0,40}?"
_NAV_BAR = re.compile(
    rf"\s*(?:{_ITEM})(?:\s*[|·•/›»>]\s*{_ITEM}|\s{{2,}}{_ITEM}){{2,}}\s*[|·•/›»>]?\s*|"
    rf"\s*(?:[•·]\s*{_ITEM}\s*){{3,}}"
)
_MAX_ITEM_WORDS = 4
_FOOTER_MARKER = re.compile(
    r"\s*(?:(?:tags|topics|keywords|filed\s+under|posted\s+in|share(?:\s+this(?:\s+\w+)?)?)\s*:.*"
    r"|keywords|tags|topics|about\s+the\s+author|license\s+this\s+article|reuse\s+this\s+content"
    r"|follow\s+the\s+topics\s+in\s+this\s+article|(?:\d+\s+)?comments?|leave\s+a\s+(?:reply|comment)"
    r"|related(?:\s+(?:stories|articles|posts|coverage|content|topics))?|more\s+from\s+.{1,40}"
    r"|(?:explore\s+)?more\s+on\s+(?:this|these)\s+(?:story|topics?)|up\s+next|next\s+article|read\s+next|most\s+(?:read|popular)"
    r"|(?:©|copyright\b).*|.*\ball\s+rights\s+reserved\b.*|you(?:\s+are|['’]re)\s+receiving\s+this\s+.*)\s*",
    re.IGNORECASE,
)
_ABBREVIATION_DOTS = with_first_char(r"(?<=\b[A-Z])\.(?=[A-Z]\.|\s|$)|(?<=\b[A-Z]\.[A-Z])\.")
"""The dots of "U.S." and "U.K.", which would otherwise read as sentence ends."""
_COMMENTS = re.compile(
    r"\s*(?:\d+\s+comments?|comments?\s*\(\d+\).*|leave\s+a\s+(?:reply|comment)|join\s+the\s+"
    r"(?:conversation|discussion)|\d+\s+responses?)\s*",
    re.IGNORECASE,
)
"""The head of a comment thread: everything after it is readers' comments, whatever they name."""
_SENTENCE_END = '.!?"”’)…'
_MAX_HEADER_WORDS = 6
_CRUMB_SEPARATOR = re.compile(r"\s+[/›»>]\s+")
_CRUMB_ITEM = re.compile(r"[A-Z0-9][\w’'&.-]*(?:\s+(?:[A-Z0-9&][\w’'&.-]*|and|of|the|for|&))*")
_MAX_CRUMB_ITEM_WORDS = 5


def is_breadcrumb(text: str) -> bool:
    """Two or more capitalised items between separators, with no verb or sentence end:
    "UK News / Transport", "Home › Housing and Local Government"."""
    items = _CRUMB_SEPARATOR.split(text.strip())
    return len(items) >= 2 and all(
        _CRUMB_ITEM.fullmatch(i) and len(i.split()) <= _MAX_CRUMB_ITEM_WORDS for i in items
    )


def is_nav_bar(text: str) -> bool:
    """A line of short navigation items ("Markets | Companies | Economy", "U.S. | World")."""
    if "!" in text or "?" in text or _sentence_stop(text):
        return False  # no item holds one, and only the dots of "U.S." are taken out
    text = _ABBREVIATION_DOTS.sub("", text)
    if _NAV_BAR.fullmatch(text) is None:
        return False
    items = [i for i in re.split(r"\s*[|·•/›»>]\s*|\s{2,}", text.strip()) if i.strip()]
    return len(items) >= 3 and all(len(i.split()) <= _MAX_ITEM_WORDS for i in items)


def _sentence_stop(text: str) -> bool:
    """Whether the text holds a full stop with no capital letter right before it, which
    no navigation item holds."""
    at = text.find(".")
    while at >= 0:
        if not (at and "A" <= text[at - 1] <= "Z"):
            return True
        at = text.find(".", at + 1)
    return False


def header_lines(
    texts: list[str], story: list[bool], title: str | None, listed: list[bool]
) -> list[int]:
    """Indexes of the short non-sentence lines before the story starts, except the headline.
    ``listed`` marks the list items that name a party: a lead-in above them stays."""
    prose = 0
    found = []
    headline = _folded(title) if title else None
    for i, text in enumerate(texts):
        if story[i]:
            break
        stripped = text.strip()
        if len(stripped.split()) >= 12 and stripped.endswith(tuple(_SENTENCE_END)):
            prose += 1
            if prose == 2:
                break
            continue
        short = len(stripped.split()) <= _MAX_HEADER_WORDS or is_breadcrumb(stripped)
        if (
            short
            and not stripped.endswith(tuple(_SENTENCE_END))
            and _folded(text) != headline
            and not _introduces_story(stripped, i, story, listed)
        ):
            found.append(i)
    return found


def _introduces_story(stripped: str, i: int, story: list[bool], listed: list[bool]) -> bool:
    """A lead-in ending in a colon right above the story, or above a list whose first item
    names a party ("Key facts:" over points that need not end like sentences), is the
    story's own, not page furniture."""
    return stripped.endswith(":") and i + 1 < len(story) and (story[i + 1] or listed[i + 1])


_TAGLINE_SEPARATOR = re.compile(r"\s*[|·•—–:-]\s*")
_MAX_TAGLINE_WORDS = 12


def masthead_lines(
    texts: list[str], story: list[bool], publisher: str | None, title: str | None
) -> list[int]:
    """Indexes of the outlet's name with its tagline ("The Ledger | News that counts"), and
    of a tagline alone on the line right under the name (when the headline is known, so
    that it is not taken for one), before the story starts."""
    if not publisher:
        return []
    names = {_folded(publisher), _folded(publisher).removeprefix("the ")}
    headline = _folded(title) if title else None
    found: list[int] = []
    for i, text in enumerate(texts):
        if story[i]:
            break
        folded = _folded(text)
        if folded in names:
            following = texts[i + 1] if i + 1 < len(texts) and not story[i + 1] else None
            if (
                headline is not None
                and following is not None
                and _is_tagline(following)
                and _folded(following) != headline
            ):
                found.append(i + 1)
            continue
        for name in names:
            separator = _TAGLINE_SEPARATOR.match(folded, len(name))
            if folded.startswith(name) and separator and _is_tagline(folded[separator.end() :]):
                found.append(i)
                break
    return found


def _is_tagline(text: str) -> bool:
    words = len(text.split())
    return 0 < words <= _MAX_TAGLINE_WORDS and not text.rstrip().endswith(tuple(_SENTENCE_END))


def footer_start(texts: list[str], story: list[bool]) -> int | None:
    """Where the page footer begins: the first marker line with no story paragraph after it."""
    last_story = max((i for i, s in enumerate(story) if s), default=-1)
    for i in range(last_story + 1, len(texts)):
        if _FOOTER_MARKER.fullmatch(texts[i]):
            return i
    first_story = min((i for i, s in enumerate(story) if s), default=len(texts))
    return next(
        (i for i in range(first_story + 1, len(texts)) if _COMMENTS.fullmatch(texts[i])), None
    )


def _folded(text: str) -> str:
    text = text.replace("’", "'").replace("‘", "'").replace("“", '"').replace("”", '"')
    return " ".join(text.split()).casefold()
