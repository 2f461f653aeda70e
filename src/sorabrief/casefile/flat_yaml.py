"""The usual front matter, ``key: value`` lines, read without the YAML machinery.

PyYAML's composer (``safe_yaml.py``) cost more than the rest of reading an article. Front
matter is almost always a few ``key: value`` lines whose values are plain, or quoted in
single or double quotes without escapes, so those lines are read directly, to exactly
what ``parse_yaml(text, all_text=True)`` gives. Anything else (a comment, a list, an
escape, an indented line, a repeated key, a character YAML refuses) gives None, and the
document goes to the YAML parser, which also writes the error messages.
"""

from __future__ import annotations

import re

from sorabrief.casefile.safe_yaml import YamlDocument

_KEY = r"[A-Za-z_][A-Za-z0-9_-]*"
_LINE = re.compile(rf"({_KEY}):(?:[ ]+(.*?))?[ ]*")
_PLAIN = re.compile(r"[^-?:,\[\]{}#&*!|>'\"%@`\s](?:[^:#\s]|:(?=\S)|(?<=\S)#| (?=\S))*")
"""A plain scalar on one line: no indicator first, no ``: `` or `` #``, single spaces."""
_QUOTED = re.compile(r"\"([^\"\\]*)\"|'([^']*)'")
_REFUSED = re.compile(
    "[\x00-\x09\x0b\x0c\x0e-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff\ufeff\ufffe\uffff]"
)
"""What YAML does not allow, reads as a line break or treats specially (tabs, the
byte-order mark): such a document goes to the parser."""
_NULLS = frozenset({"~", "null", "Null", "NULL"})
_EOL = re.compile(r"\r\n|\r|\n")


def flat_document(text: str, first_line: int = 1) -> YamlDocument | None:
    """The document of ``key: value`` lines (and blank ones), or None when ``text`` is
    anything more, or nothing."""
    if _REFUSED.search(text):
        return None
    values: dict[str, str | None] = {}
    lines: dict[str, int] = {}
    for number, line in enumerate(_EOL.split(text)):
        if not line.strip(" "):
            continue
        match = _LINE.fullmatch(line)
        if match is None or match[1] in values or match[1] in _NULLS:
            return None
        raw = match[2] or ""
        if _PLAIN.fullmatch(raw):
            value: str | None = None if raw in _NULLS else raw
        elif quoted := _QUOTED.fullmatch(raw):
            value = quoted[1] if quoted[1] is not None else quoted[2]
        elif not raw:
            value = None
        else:
            return None
        values[match[1]] = value
        lines[match[1]] = number + first_line
    return YamlDocument(values, None, first_line, lines) if values else None
