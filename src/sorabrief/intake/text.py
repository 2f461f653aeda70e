"""Read a .txt or .md article in any common encoding, detected by charset-normalizer."""

from __future__ import annotations

import re

from sorabrief.intake.page import IntakeError, Page

_FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n(?:.*?\r?\n)?---[ \t]*(?:\r?\n|\Z)", re.DOTALL)
_HEADING = re.compile(r"\A[ \t]*#[ \t]+(?P<title>[^\r\n#][^\r\n]*?)[ \t#]*(?:\r?\n|\Z)")


def decoded(raw: bytes, where: str) -> str:
    """The text of ``raw``: UTF-8 when it is, else the encoding charset-normalizer finds."""
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(raw).best()
    if best is None:
        raise IntakeError(f"{where}: not text in any encoding sorabrief can detect")
    return str(best)


def read_text(raw: bytes, suffix: str, where: str) -> Page:
    """The article in a .txt or .md file; a Markdown file's front matter is kept as written."""
    text = decoded(raw, where)
    if match := _FRONT_MATTER.match(text):
        return Page(
            body=text[match.end() :], raw=raw, raw_suffix=suffix, front_matter=match.group(0)
        )
    if not text.strip():
        raise IntakeError(f"{where}: the file is empty")
    title = None
    if suffix == ".md" and (heading := _HEADING.match(text)):
        title = heading.group("title").strip()
    return Page(body=text, raw=raw, raw_suffix=suffix, title=title)
