"""HTML pasted into an article file: read as the text a browser shows, never as escaped tags.

Only a body that holds at least one common HTML tag is touched, so text such as "a < b" or
"<3" stays as written. Tags go; a block tag (paragraph, line break, heading, list item, ...)
becomes a line break unless one is already there; the content of script and style elements
goes; entities are decoded. Offsets then count in that text.
"""

from __future__ import annotations

import html
import re

_TAG_NAMES = (
    "a|abbr|article|aside|b|blockquote|br|caption|cite|code|div|em|figcaption|figure|footer|"
    "h[1-6]|header|hr|i|img|li|main|nav|ol|p|pre|q|script|section|small|span|strong|style|"
    "sub|sup|table|tbody|td|th|thead|time|tr|u|ul"
)
_KNOWN_TAG = re.compile(rf"</?(?:{_TAG_NAMES})\b[^<>]*>", re.IGNORECASE)
_HIDDEN = re.compile(r"<(script|style)\b[^<>]*>.*?</\1\s*>", re.IGNORECASE | re.DOTALL)
_COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)
_BLOCK = re.compile(
    r"</?(?:p|div|br|h[1-6]|li|ul|ol|tr|table|blockquote|figure|figcaption|section|article|"
    r"header|footer|nav|main|aside|pre|hr)\b[^<>]*>",
    re.IGNORECASE,
)
_ANY_TAG = re.compile(r"</?[a-zA-Z][a-zA-Z0-9-]*\b[^<>]*>")


def holds_markup(body: str) -> bool:
    """Whether the body holds a common HTML tag."""
    return _KNOWN_TAG.search(body) is not None


def without_markup(body: str) -> str:
    """The body as text when it holds HTML markup; otherwise the body unchanged."""
    if not holds_markup(body):
        return body
    text = _COMMENT.sub("", _HIDDEN.sub("", body))
    text = _BLOCK.sub(_line_break, text)
    text = _ANY_TAG.sub("", text)
    return html.unescape(re.sub(r"\n{3,}", "\n\n", text))


def _line_break(match: re.Match[str]) -> str:
    before = match.string[match.start() - 1 : match.start()]
    after = match.string[match.end() : match.end() + 1]
    return "" if "\n" in (before + after) else "\n"
