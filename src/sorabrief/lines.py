"""Line breaks as editors count them: CRLF, a lone CR and LF each end one line."""

from __future__ import annotations

import re

LINE_BREAK = re.compile(r"\r\n|\r|\n")


def line_breaks(text: str, start: int = 0, end: int | None = None) -> int:
    """How many line breaks ``text[start:end]`` holds; a CRLF counts once."""
    return len(LINE_BREAK.findall(text, start, len(text) if end is None else end))
