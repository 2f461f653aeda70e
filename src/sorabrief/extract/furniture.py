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
from sorabrief.extract.first_char import with_first_char

IMAGE_PLACEHOLDER = re.compile(
    r"(?:\s*(?:image|photo|picture|video)\s+(?:not\s+found|unavailable|not\s+available|placeholder)\s*)+"
    r"|\s*!\[[^\]]*\]\([^)]*\)\s*",
    re.IGNORECASE,
)
# The patterns made by ``with_first_char`` are searched along a line with a one-character
# check in front (``first_char.py``): the same matches, no full attempt where none can start.
CAPTION = with_first_char(
    r"^(?:(?:file|stock|main|top|lead|cover|archive|handout|featured?)\s+)?"
    r"(?:photo|image|picture|illustration|photograph|graphic|caption|credit)s?(?:\s+(?:credit|caption))?\s*[:|]"
    r"|\((?:[^()]*\b)?(?:photo|photograph|image|illustration|picture)\b[^()]*\)\s*$"
    r"|\b(?:Photograph|Photo|Picture|Image|Illustration|Composite|Credit)(?:\s+credit)?\s*:\s*[^.!?]{1,80}$",
    re.IGNORECASE,
)
CREDIT_TAIL = with_first_char(
    r"\b[A-Z][A-Z.'’-]+(?:\s[A-Z][A-Z.'’-]+)+\s*/\s*[A-Z][A-Z.&'’-]+(?:\s[A-Z][A-Z.&'’-]+)*\s*$"
    r"|\|\s*[A-Z][A-Z.'’ -]{3,}(?:/[A-Z][A-Z.&'’ -]+)?\s*$|\([A-Z][\w&.'’ -]{1,30}:\s*[A-Z][\w.'’ -]{1,30}\)\s*$"
    r"|\([A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){1,3}\s*/\s*[A-Z][\w&.'’ -]{1,40}\)\s*$"
    r"|\b(?:Photo|Picture|Image|Photograph)\s*/\s*[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,3}\s*$"
    r"|(?<=[.!?]\s)[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,3}/[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){1,5}\s*$"
)
CREDIT_IN_WORDS = with_first_char(
    r"(?<=[.!?]\s)(?:(?:Photo\s+)?[Cc]ourtesy(?:\s+of)?|Permission\s+granted\s+by|Used\s+with"
    r"\s+permission\s+(?:of|from))\s+(?:the\s+)?[A-Z][\w&.'’-]*(?:\s+(?:of|[A-Z][\w&.'’-]*)){0,6}\s*$"
    r"|(?<=[.!?]\s)(?:Photo(?:graph)?|Picture|Image)s?\s+by\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}"
    r"(?:\s+(?:for|of)\s+(?:the\s+)?[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,4})?\s*$"
)
"""A caption's credit at the end of its line: "| YUKI SAKAMOTO", "(APBC News: Chris Hanlon)",
"(Jane Doe / The Courier)", "Photo / Jane Doe", or an agency and its photographer after the
caption's last sentence: "… in 2023. Harbour Wire/Jo Bloggs"; or (``CREDIT_IN_WORDS``) the
permission for the picture: "… on Friday. Courtesy of the Marlow Museum", "Permission
granted by X", or its photographer: "… at dusk. Photo by Jo Bloggs for The Courier"."""
CREDIT_LINE = re.compile(
    r"[A-Z][A-Z.'’ -]{2,40}/[A-Z][A-Z.&'’ -]{2,40}"
    r"|(?i:(?:picture|photo(?:graph)?|image|credit)s?(?:\s+credit)?\s*:\s*[^.!?:]{1,60})"
)
"""A photo credit alone on a line: "DARRYL KWAN/THE NORTHERN DISPATCH", "Picture: PA"."""
"""Explicit caption markers: a caption whatever else the line says."""
PHOTO_CREDIT = with_first_char(
    r"(?:[/|]|\bvia|\bby|\bcredit:?)\s*(?:getty\s+images|reuters|ap(?:\s+photo)?|afp|shutterstock"
    r"|unsplash|bloomberg|pa(?:\s+(?:media|wire))?|alamy|epa(?:-efe)?|xinhua|associated\s+press"
    r"|the\s+canadian\s+press|aap(?:\s+image)?)\)?\.?\s*$",
    re.IGNORECASE,
)
"""A trailing photo credit: a caption unless the line is an on-topic sentence."""

_NAME = r"(?:[A-Z][\w.'’-]*|de|van|von|al|bin|da|le)(?:\s+(?:[A-Z][\w.'’-]*|de|van|von|al|bin|da|le)){0,3}"
_FILED_IN = r"(?:\s+in\s+[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)?"
BYLINE = re.compile(
    rf"(?:(?:Posted\s+|posted\s+)?(?:By|BY|by)|Words\s+by|Written\s+by|(?:Additional\s+)?[Rr]eporting\s+by|[Ee]diting\s+by)\s+{_NAME}"
    rf"{_FILED_IN}(?:\s*(?:,|and|&|;)\s*(?:[Ee]diting\s+by\s+|and\s+)?{_NAME}{_FILED_IN})*"
    r"(?:\s*[,|·•–—-]\s*[^.!?]{1,60})?"
)
"""A byline alone on its line: "By Jane Smith, Health Correspondent", "Reporting by …", and
a wire story's credits with where each reporter filed from ("Reporting by Sam Lee in Leeds
and Jo Bell in York; Editing by Ann Ode")."""
NAMES_IN_PLACES = re.compile(rf"{_NAME}\s+in\s+{_NAME}(?:\s*(?:,|and|&)\s*{_NAME}\s+in\s+{_NAME})+")
"""Reporters and where they filed from: "Hannah Vermeulen in Brussels and Ciarán Doyle in Dublin"."""
WIRE_CREDITS = re.compile(
    r"\(\s*(?:additional\s+)?(?:reporting|writing|editing|compiled|production)\s+by\b[^()]*\)\s*",
    re.IGNORECASE,
)
"""A wire story's credits: "(Reporting by …; Editing by …)"."""
FILED_FROM = re.compile(
    rf"[—–-]?\s*(?:[Ww]ith\s+(?:files|reporting)\s+from|[Ff]iles\s+from)\s+{_NAME}"
    rf"(?:\s+in\s+{_NAME})?(?:\s*(?:,|and|&)\s*{_NAME}(?:\s+in\s+{_NAME})?)*\.?"
)
"""A wire story's closing credit: "— With files from Sam Lee in Ottawa"."""
NAME_AND_TITLE = re.compile(
    rf"{_NAME}\s*,\s*(?:[A-Z][\w&'’-]*\s+){{0,4}}"
    r"(?i:editor|correspondent|reporter|writer|columnist|journalist|producer|contributor)"
    r"(?:\s*[|·•]\s*[^.!?|·•]{1,40})?"
)
"""A byline without "By": a name and a newsroom title alone on a line ("Sam Lee, Courts Editor",
"Sam Lee, Midlands editor | Transport")."""
PUBLICATION_NOTE = re.compile(
    r"this\s+(?:report|article|story|piece)\b[^.!?]{0,80}?\s(?:was|has\s+been)\s+"
    r"(?:first\s+|originally\s+)?(?:published|updated|corrected)\b[^!?]{0,60}"
    r"|(?:the\s+)?audio\s+(?:version\s+)?of\s+this\s+(?:report|article|story|piece)\b[^!?]{0,160}",
    re.IGNORECASE,
)
"""The outlet's note on the article itself: "This report by the Wire was first published
May 2, 2024.", "The audio version of this article is generated by …"."""
TAXONOMY = re.compile(
    r"(?i:filed\s+(?:under|in)|tags?|tagged(?:\s+with)?|topics?|categor(?:y|ies)|posted\s+in"
    r"|(?:(?:explore|see|find|read)\s+)?more\s+(?:on|about)\s+(?:these|this|related)\s+topics?)"
    r"\s*:\s*[^.!?:]{1,120}"
)
"""Where the page files the story: "Filed under: Local news, Transport", "Explore more on
these topics: Floods | Gloucester"."""
AUTHOR_BIO = re.compile(
    rf"{_NAME}\s+(?:is\s+(?:an?|the)\s+(?:[\w’'-]+\s+){{0,5}}(?:reporter|correspondent|editor|writer"
    r"|journalist|columnist|producer|contributor)\b|covers\b|writes\s+about\b|reports\s+on\b)[^!?]{0,160}"
)
"""A note on the author: "Jordan Pike is a senior reporter at …", "Jordan Pike is the
Courier's health and science correspondent", "Priya Raghavan covers …"."""

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
    r"|(?:gmt|utc)[+−-]\d{1,2}(?::?\d{2})?"
    r"|gmt|bst|utc|est|edt|cst|cdt|mst|mdt|pst|pdt|akst|akdt|hst|cet|cest|eet|eest|wet|west"
    r"|sast|cat|eat|wat|aest|aedt|acst|acdt|awst|nzst|nzdt|ist|jst|kst|sgt|hkt"
    r"|\d+\s+min(?:ute)?s?\s+read"
    r"|(?:\d+|an?)\s+(?:min(?:ute)?s?|h(?:ou)?rs?|days?)\s+ago"
    r"|\([A-Z][\w ]{1,30}\)"
    rf"|(?:{_MONTH_WORDS})\.?|(?:{_DAY_WORDS})\.?)"
)
DATELINE = re.compile(rf"(?i:\s*{_DATE_TOKEN}(?:[\s,|·•/–—:-]+{_DATE_TOKEN})*[\s.]*)")
"""A line of nothing but a date, a time and words like "Updated"."""
_HAS_DATE = re.compile(rf"\d|\b(?:{_MONTH_WORDS})\b", re.IGNORECASE)

COOKIE_BANNER = re.compile(
    r"^\W*(?:cookie\s+(?:notice|policy|consent|settings)\s*[:|–—-]\s*)?"
    r"(?:we(?:\s+and\s+our\s+(?:partners|vendors))?|this\s+(?:web)?site|our\s+(?:web)?site)"
    r"\s+uses?\s+(?:(?:[\w-]+,?|and)\s+){0,4}?cookies\b"
    r"|^\W*(?:accept|reject|allow|manage|customi[sz]e|agree|ok|got\s+it|cookie|cookies|settings"
    r"|preferences|options|all|only|necessary|essential|and|continue|[|·•/,])"
    r"(?:\s*(?:accept|reject|allow|manage|customi[sz]e|agree|ok|got\s+it|cookie|cookies|settings"
    r"|preferences|options|all|only|necessary|essential|and|continue|[|·•/,]))*\W*$",
    re.IGNORECASE,
)
"""A consent banner ("We use cookies …", "Cookie notice: we use essential and analytics
cookies") or its row of buttons ("Accept all | Reject all")."""

_SHARE_WORD = (
    r"(?:share(?:\s+(?:this|on|via)(?:\s+(?:article|story|page|facebook|twitter|x|email|whatsapp))?)?"
    r"|tweet|email|e-mail|facebook|twitter|whatsapp|linkedin|reddit|pinterest|telegram|messenger"
    r"|copy\s+link|print|save|comments?(?:\s*\(\d+\))?|x)"
)
_NETWORK = (
    r"(?i:whatsapp|facebook|instagram|telegram|linkedin|tiktok|youtube|threads|bluesky|twitter|x"
    r"|google\s+news)"
)
SHARE_ROW = re.compile(rf"(?i:\W*{_SHARE_WORD}(?:[\s|·•/,]+{_SHARE_WORD})*\W*)")
"""A row of share buttons; it must say "share", "tweet" or "copy link" or name two networks."""
_SHARE_MARKER = re.compile(r"\b(?:share|tweet|copy\s+link)\b", re.IGNORECASE)

_STOCK_LABEL = (
    r"(?:advertisement|skip\s+advertisement|sponsored(?:\s+content)?|paid\s+content|promoted"
    r"|ad|story\s+continues\s+below(?:\s+advertisement)?|continue\s+reading(?:\s+below)?"
    r"|article\s+continues\s+(?:below|after\s+(?:this\s+)?advertisement)"
    r"|scroll\s+to\s+continue(?:\s+with\s+content)?"
    r"|listen\s+to\s+this\s+(?:article|story)(?:\W+\d+\s*min(?:ute)?s?)?"
    r"|after\s+newsletter\s+promotion|_{3,}|-{3,}|\*{3,})"
)
STOCK_LABEL = re.compile(rf"(?i:\W*{_STOCK_LABEL}(?:\s*[|·•]\s*{_STOCK_LABEL})*\W*)")
"""A line that is only advertising labels, one or several ("Advertisement · Scroll to continue")."""

TICKER = re.compile(
    r"(?=.*[▲▼△▽↑↓])\s*(?:[A-Za-z][\w&./' ]{0,20}\s+[$£€¥]?[\d,]+(?:\.\d+)?"
    r"(?:\s*[▲▼△▽↑↓+−-]\s*[\d.]+\s*%)?(?:\s*[|·•]\s*|\s{2,}|\s*$)){2,}"
)
"""A row of market prices with at least one move arrow: "Sensex 73,677.13 ▲ 0.27% | Nifty
22,356.30 ▲ 0.23%", "FTSE 100 8,102 ▲0.3%   EUR/GBP 0.85   GOLD $2,310" (an item may have
no move)."""
CONTACT = with_first_char(
    r"(?<![\w.+-])[\w.+-]++@[\w-]+(?:\.[\w-]+)+|\bcall\s+\+?\d[\d ]{6,}\d\b", re.IGNORECASE
)
"""An e-mail address or a telephone number: a tip-off or contact line. An address's name is
read whole, from its first character (there is an address wherever one ends in it), so a
long word is not tried again from each of its letters."""
CALL_TO_ACTION = with_first_char(
    r"^\W*(?:donate|subscribe|sign\s+up|download|join\s+us|support\s+us|sign\s+(?:the|our)\s+petition"
    r"|support\s+(?:independent|local|quality|public[\s-]interest)\s+(?:journalism|news|reporting)"
    r"|advertise\s+(?:with|in|on)"
    rf"|follow\s+[^.!?]{{1,60}}?\s+on\s+{_NETWORK})\b"
    r"|(?:\b(?:sign\s+up|subscribe)(?:\s+(?:now|here|today|free))?"
    r"|\b(?:apply|shop|buy|download|donate|join|register|order)\s+(?:now|here|today)"
    r"|\b(?:book\s+a\s+(?:demo|call)|start\s+(?:your\s+)?(?:free\s+)?trial|learn\s+more|get\s+started"
    r"|try\s+it(?:\s+free)?|add\s+your\s+(?:name|voice|signature))"
    r"|\bbecome\s+an?\s+(?:[A-Z][\w&'’-]*\s+){0,4}(?:member|subscriber|supporter|patron|donor)\b[^.!?]*"
    r"|(?<=[.!?]\s)(?:donate|subscribe|download|register|sign\s+up|learn\s+more|find\s+out\s+more)"
    r"\b[^.!?]{0,60})"
    r"\s*[.!→»>\]]*\s*$",
    re.IGNORECASE,
)
"""A line that begins or ends by telling the reader to act: "Donate to …", "Follow us on
Telegram …", "Support independent journalism …", "… Apply now", "… [Subscribe free]", "…
Become a Post patron today.", or whose last sentence is an order to
give, subscribe, download or learn more ("Keep local news alive. Donate to the Post today →",
"… for busy traders. Learn more about Ledger Pro")."""
EMAIL_FURNITURE = re.compile(
    r"(?:view\s+(?:this\s+(?:email|newsletter)\s+)?in\s+(?:your\s+)?browser|forward(?:ed)?\s+(?:to\s+a\s+"
    r"(?:friend|colleague)|this\s+(?:email|newsletter|bulletin))|in\s+this\s+issue\b|issue\s+\d+\b"
    r"|this\s+(?:issue|newsletter|email|bulletin)\s+is\s+sponsored\s+by\b|sponsored\s*[·:|—–-]"
    r"|unsubscribe\b|dear\s+(?:friends|readers|subscribers|members|colleagues)\s*,\s*$"
    r"|(?:was|is)\s+this\s+(?:email\s+|newsletter\s+)?forwarded\s+to\s+you\b)",
    re.IGNORECASE,
)
"""The furniture of an e-mailed newsletter: "View in browser", "IN THIS ISSUE:", "Issue 412 ·"."""
SIGN_OFF = re.compile(
    r"\s*(?:with\s+(?:thanks|best\s+wishes)|thanks|best\s+wishes|kind\s+regards|regards|warmly"
    r"|yours\s+(?:sincerely|faithfully)|sincerely|best)\s*,?\s*",
    re.IGNORECASE,
)
"""A letter's closing line, alone on its line ("With thanks,")."""
SIGNATURE = re.compile(r"\s*[—–]\s*[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2}\s*")
"""A writer signing off with a dash and their name, alone on a line ("— Priya")."""

READ_MORE = re.compile(
    r"^\W*(?:read\s+more|read\s+next|read\s+also|more\s+on\s+this(?:\s+story)?|also\s+read|see\s+also|related"
    r"|watch|listen|video|photos|gallery|podcast)\s*[:|–—-]\s*\S",
    re.IGNORECASE,
)
"""A "Read more: <headline>" line."""


_MAX_BYLINE_WORDS = 30
_MAX_BUTTON_WORDS = 10
_BUTTON_WORD = with_first_char(
    r"\b(?:accept|agree|reject|decline|consent|settings|options|preferences|manage)\b", re.I
)
_CONSENT = with_first_char(
    r"\bcookies?\b|\bon\s+your\s+device\b|\bwe\s+value\s+your\s+privacy\b"
    r"|\bwe\s+and\s+our\s+(?:\d+\s+)?(?:partners|vendors)\b",
    re.I,
)
_ENDS = re.compile(r"[.!?]\s*$")
_MAX_BIO_WORDS = 35
_MAX_PROMO_LINE_WORDS = 40


_ROW_MARK = re.compile(r"[|·•]")
"""What a row of cells holds between them, and the comment count before it."""
_COMMENT_COUNT = re.compile(r"\s*[|·•]\s*\d+\s+comments?\s*$", re.IGNORECASE)
"""The count of readers' comments a page prints beside the date ("… 8:05 AM EDT | 12 Comments")."""


def is_dateline(text: str) -> bool:
    """A line that is only a date and time ("Tuesday 5 March 2024 14.32 GMT"), with perhaps
    the count of comments beside it."""
    if _ROW_MARK.search(text) is not None:
        text = _COMMENT_COUNT.sub("", text)
    return DATELINE.fullmatch(text) is not None and _HAS_DATE.search(text) is not None


_ROW_SEPARATOR = re.compile(r"\s+[|·•]\s+")
_SHORT_NAME = re.compile(r"[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,3}")


def is_byline_row(text: str) -> bool:
    """A row of names and date stamps, at least one of each ("Sam Lee · The Post · Posted:
    May 2, 2024 9:00 AM")."""
    cells = _ROW_SEPARATOR.split(text.strip())
    if len(cells) < 2:
        return False
    dates = [c for c in cells if is_dateline(c)]
    return 0 < len(dates) < len(cells) and all(
        c in dates or _SHORT_NAME.fullmatch(c) for c in cells
    )


def is_share_row(text: str) -> bool:
    """A row of share buttons ("Share on Facebook | Share on X | Copy link")."""
    if SHARE_ROW.fullmatch(text) is None:
        return False
    networks = re.findall(r"\b(?:facebook|twitter|whatsapp|linkedin|reddit|email)\b", text, re.I)
    return _SHARE_MARKER.search(text) is not None or len(networks) >= 2


WEATHER = with_first_char(r"-?\d{1,3}\s?°\s?[CF]?\b.*[|·]|[|·].*-?\d{1,3}\s?°")
"""A weather widget: a temperature beside other header items ("72° Bend, OR | Air Quality")."""
LINK_LINE = with_first_char(
    r"\b(?:follow|visit|read|watch|see|more\s+at|listen)\b.{0,80}\b(?:https?://|www\.)\S+\s*$",
    re.IGNORECASE,
)
"""A line that sends the reader to a web address ("Follow our coverage at https://…")."""
_WEB_MARK = re.compile(r"://|www\.", re.IGNORECASE)
"""What every line ``LINK_LINE`` finds holds; most lines hold none, and are not searched.
``CONTACT`` is tested so too (an address's "@", a telephone's "call"), and ``WEATHER``
only where a degree sign is."""
_CONTACT_MARK = re.compile(r"@|call", re.IGNORECASE)


_FORM_FIELDS = re.compile(r"\s*(?:\[[^\[\]\n]{1,40}\]\s*){2,}")
"""A line of nothing but a web form's fields and buttons ("[Your email] [Sign up]")."""


CAPTION_SIGN = re.compile(r"[/|:(]")
"""What every match of ``CAPTION``, ``CREDIT_LINE`` and ``CREDIT_TAIL`` holds: a slash, a
bar, a colon or an opening bracket. Most lines of prose hold none, and are not searched."""


def is_caption_credit(text: str) -> bool:
    """A photo credit alone on its line, or at the end of a caption."""
    if CAPTION_SIGN.search(text) is not None and (
        CREDIT_LINE.fullmatch(text.strip()) is not None or CREDIT_TAIL.search(text) is not None
    ):
        return True
    return CREDIT_IN_WORDS.search(text) is not None


def is_call_to_action(text: str) -> bool:
    """A short line that tells the reader to act."""
    return len(text.split()) <= _MAX_PROMO_LINE_WORDS and CALL_TO_ACTION.search(text) is not None


def furniture(text: str) -> str | None:
    """Why a whole line is page furniture by its shape alone, or None."""
    words = len(text.split())
    if words <= _MAX_BYLINE_WORDS and (
        BYLINE.fullmatch(text) or NAMES_IN_PLACES.fullmatch(text) or WIRE_CREDITS.fullmatch(text)
    ):
        return "byline"
    if words <= _MAX_BYLINE_WORDS and (
        FILED_FROM.fullmatch(text) or NAME_AND_TITLE.fullmatch(text) or is_byline_row(text)
    ):
        return "byline"
    if words <= _MAX_BIO_WORDS and AUTHOR_BIO.fullmatch(text.rstrip(".")):
        return "author note"
    if words <= _MAX_BIO_WORDS and PUBLICATION_NOTE.fullmatch(text.strip()):
        return "publication note"
    if words <= _MAX_BYLINE_WORDS and TAXONOMY.fullmatch(text):
        return "story tags"
    if TICKER.fullmatch(text):
        return "market ticker"
    if _FORM_FIELDS.fullmatch(text):
        return "promotion"
    if words <= _MAX_PROMO_LINE_WORDS and "°" in text and WEATHER.search(text):
        return "weather widget"
    if words <= _MAX_PROMO_LINE_WORDS and _WEB_MARK.search(text) and LINK_LINE.search(text):
        return "promotion"
    if words <= _MAX_PROMO_LINE_WORDS and _CONTACT_MARK.search(text) and CONTACT.search(text):
        return "contact line"
    if words <= _MAX_PROMO_LINE_WORDS and (
        CALL_TO_ACTION.search(text) or EMAIL_FURNITURE.match(text)
    ):
        return "promotion"
    if (
        words <= _MAX_BUTTON_WORDS
        and len(_BUTTON_WORD.findall(text)) >= 2
        and not _ENDS.search(text)
    ):
        return "cookie banner"
    if words <= _MAX_PROMO_LINE_WORDS and _CONSENT.search(text) and _BUTTON_WORD.search(text):
        return "cookie banner"
    if SIGN_OFF.fullmatch(text):
        return "sign-off"
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
