"""Text for the terminal: what comes from a case or an article can never control it.

Control characters (ESC, CR, BEL, the C1 range), line and paragraph separators and
bidirectional overrides are shown as visible escapes (``\\x1b``, ``\\u2028``), so an
article cannot recolour the terminal, set its title, hide text or forge a second line.
"""

from __future__ import annotations

import re
from os import PathLike

_UNSAFE = re.compile(
    "[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff]"
)
"""C0 and C1 controls, DEL, NEL, line/paragraph separators, bidi marks and overrides, BOM."""
_PLAIN_PATH = re.compile(r"[\w./+,@~:=-]+")
_JSON_UNSAFE = re.compile(
    "[\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff]"
)


def _escape(character: str) -> str:
    code = ord(character)
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def printable(text: str) -> str:
    """``text`` with every character that could control a terminal shown as an escape."""
    return _UNSAFE.sub(lambda m: _escape(m.group()), text)


def shown_path(path: str | PathLike[str]) -> str:
    """A file name for a message: as written when plain, else quoted with escapes visible."""
    name = str(path)
    if _PLAIN_PATH.fullmatch(name):
        return name
    return "'" + printable(name).replace("'", "\\'") + "'"


def terminal_json(document: str) -> str:
    """JSON text with the characters ``json.dumps`` leaves raw escaped as ``\\uXXXX``.

    They can only occur inside JSON strings, where the escape means the same character.
    """
    return _JSON_UNSAFE.sub(lambda m: f"\\u{ord(m.group()):04x}", document)


def shortened(text: str, width: int = 60) -> str:
    """A value quoted in a message, cut to ``width`` characters."""
    return text if len(text) <= width else text[: width - 1] + "…"
