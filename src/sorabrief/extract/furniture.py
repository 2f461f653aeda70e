"""Page furniture recognised by its shape: lines that are never a sentence of the story.

Each rule looks at one whole line (a block), so a story sentence that merely
contains the same words is not caught: a byline is "By" and names and nothing
else, a dateline is nothing but date, time and "Updated", a share row nothing
but share buttons. Promotional *phrases* are not here; see ``PROMOS``, which
``clean.py`` applies only to off-topic blocks.
"""

from __future__ import annotations

import re

from sorabrief.extract.calendar_math import MONTH_NAMES, WEEKDAYS

IMAGE_PLACEHOLDER = re.compile(
    r"(?:\s*(?:image|photo|picture|video)\s+(?:not\s+found|unavailable|not\s+available|placeholder)\s*)+"
    r"|\s*!\[[^\]]*\]\([^)]*\)\s*",
    re.IGNORECASE,
)
CAPTION = re.compile(
    r"^(?:photo|image|picture|illustration|photograph|graphic|caption|credit)s?(?:\s+credit)?\s*[:|]"
    r"|\((?:[^()]*\b)?(?:photo|photograph|image|illustration|picture)\b[^()]*\)\s*$"
    r"|\b(?:Photograph|Photo|Picture|Image|Illustration|Composite|Credit)(?:\s+credit)?\s*:\s*[^.!?]{1,80}$",
    re.IGNORECASE,
)
"""Explicit caption markers: a caption whatever else the line says."""
PHOTO_CREDIT = re.compile(
    r"(?:[/|]|\bvia|\bby|\bcredit:?)\s*(?:getty\s+images|reuters|ap(?:\s+photo)?|afp|shutterstock"
    r"|unsplash|bloomberg|pa(?:\s+(?:media|wire))?|alamy|epa(?:-efe)?|xinhua|associated\s+press"
    r"|the\s+canadian\s+press|aap(?:\s+image)?)\)?\.?\s*$",
    re.IGNORECASE,
)
"""A trailing photo credit: a caption unless the line is an on-topic sentence."""

_NAME = r"(?:[A-Z][\w.'’-]*|de|van|von|al|bin|da|le)(?:\s+(?:[A-Z][\w.'’-]*|de|van|von|al|bin|da|le)){0,3}"
BYLINE = re.compile(
    rf"(?:By|BY|Words\s+by|Written\s+by|(?:Additional\s+)?[Rr]eporting\s+by|[Ee]diting\s+by)\s+{_NAME}"
    rf"(?:\s*(?:,|and|&|;)\s*(?:[Ee]diting\s+by\s+|and\s+)?{_NAME})*"
    r"(?:\s+in\s+[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)?"
    r"(?:\s*[,|·•–—-]\s*[^.!?]{1,60})?"
)
"""A byline alone on its line: "By Jane Smith, Health Correspondent", "Reporting by …"."""

_MONTH_WORDS = "|".join(
    [
        *MONTH_NAMES,
        "Jan",
        "Feb",
        "Mar",
        "Apr",
        "Jun",
        "Jul",
        "Aug",
        "Sept",
        "Sep",
        "Oct",
        "Nov",
        "Dec",
    ]
)
_DAY_WORDS = "|".join([*WEEKDAYS, "Mon", "Tues", "Tue", "Wed", "Thurs", "Thu", "Fri", "Sat", "Sun"])
_DATE_TOKEN = (
    r"(?:(?:first\s+)?published(?:\s+on)?|(?:last\s+)?updated(?:\s+on)?|last\s+modified|posted(?:\s+on)?"
    r"|date|on|at|\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?|[ap]\.?m\.?|\d{1,4}(?:st|nd|rd|th)?"
    r"|gmt|bst|utc|est|edt|cst|cdt|pst|pdt|cet|cest|aest|aedt|ist|jst|\d+\s+min(?:ute)?s?\s+read"
    rf"|(?:{_MONTH_WORDS})\.?|(?:{_DAY_WORDS})\.?)"
)
DATELINE = re.compile(rf"(?i:\s*{_DATE_TOKEN}(?:[\s,|·•/–—:-]+{_DATE_TOKEN})*[\s.]*)")
"""A line of nothing but a date, a time and words like "Updated"."""
_HAS_DATE = re.compile(rf"\d|\b(?:{_MONTH_WORDS})\b", re.IGNORECASE)

COOKIE_BANNER = re.compile(
    r"^\W*(?:we(?:\s+and\s+our\s+(?:partners|vendors))?|this\s+(?:web)?site|our\s+(?:web)?site)"
    r"\s+uses?\s+cookies\b"
    r"|^\W*(?:accept|reject|allow|manage|customi[sz]e|agree|ok|got\s+it|cookie|cookies|settings"
    r"|preferences|options|all|only|necessary|essential|and|continue|[|·•/,])"
    r"(?:\s*(?:accept|reject|allow|manage|customi[sz]e|agree|ok|got\s+it|cookie|cookies|settings"
    r"|preferences|options|all|only|necessary|essential|and|continue|[|·•/,]))*\W*$",
    re.IGNORECASE,
)
"""A consent banner ("We use cookies …") or its row of buttons ("Accept all | Reject all")."""

_SHARE_WORD = (
    r"(?:share(?:\s+(?:this|on|via)(?:\s+(?:article|story|page|facebook|twitter|x|email|whatsapp))?)?"
    r"|tweet|email|e-mail|facebook|twitter|whatsapp|linkedin|reddit|pinterest|telegram|messenger"
    r"|copy\s+link|print|save|comments?(?:\s*\(\d+\))?|x)"
)
SHARE_ROW = re.compile(rf"(?i:\W*{_SHARE_WORD}(?:[\s|·•/,]+{_SHARE_WORD})*\W*)")
"""A row of share buttons; it must say "share", "tweet" or "copy link" or name two networks."""
_SHARE_MARKER = re.compile(r"\b(?:share|tweet|copy\s+link)\b", re.IGNORECASE)

STOCK_LABEL = re.compile(
    r"(?i:\W*(?:advertisement|skip\s+advertisement|sponsored(?:\s+content)?|paid\s+content|promoted"
    r"|ad|story\s+continues\s+below(?:\s+advertisement)?|continue\s+reading(?:\s+below)?"
    r"|article\s+continues\s+(?:below|after\s+(?:this\s+)?advertisement)"
    r"|scroll\s+to\s+continue(?:\s+with\s+content)?)\W*)"
)
"""A line that is only an advertising label."""

READ_MORE = re.compile(
    r"^\W*(?:read\s+more|read\s+next|more\s+on\s+this(?:\s+story)?|also\s+read|see\s+also|related"
    r"|watch|listen)\s*[:|–—-]\s*\S",
    re.IGNORECASE,
)
"""A "Read more: <headline>" line."""


_MAX_BYLINE_WORDS = 15


def is_dateline(text: str) -> bool:
    """A line that is only a date and time ("Tuesday 5 March 2024 14.32 GMT")."""
    return DATELINE.fullmatch(text) is not None and _HAS_DATE.search(text) is not None


def is_share_row(text: str) -> bool:
    """A row of share buttons ("Share on Facebook | Share on X | Copy link")."""
    if SHARE_ROW.fullmatch(text) is None:
        return False
    networks = re.findall(r"\b(?:facebook|twitter|whatsapp|linkedin|reddit|email)\b", text, re.I)
    return _SHARE_MARKER.search(text) is not None or len(networks) >= 2


def furniture(text: str) -> str | None:
    """Why a whole line is page furniture by its shape alone, or None."""
    if BYLINE.fullmatch(text) and len(text.split()) <= _MAX_BYLINE_WORDS:
        return "byline"
    if is_dateline(text):
        return "date stamp"
    if COOKIE_BANNER.search(text):
        return "cookie banner"
    if is_share_row(text):
        return "share buttons"
    if STOCK_LABEL.fullmatch(text):
        return "promotion"
    if READ_MORE.match(text) and len(text.split()) <= 25:
        return "related links"
    return None
