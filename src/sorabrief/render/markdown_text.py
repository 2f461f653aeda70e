"""Escaping for Markdown, so text from articles can never become markup."""

from __future__ import annotations

import functools
import re

from sorabrief.render.urls import absolute_url

_SPECIAL = re.compile(r"([\\`*_\[\]<>|~])")
_BLOCK_START = re.compile(r"^(?=[#+\-=>])|^\d+(?=[.)])")
_WHITESPACE = re.compile(r"\s+")
_AUTOLINK = re.compile(r"(?i)(?:https?|ftp|mailto)(?=:)|www(?=\.)|\w(?=@\w)|/(?=/)")
"""Where GFM or a linkifier would start a link: after a URL scheme (wherever it starts) or
``www``, before an e-mail ``@``, and between the slashes of ``//host``."""
_ENTITY = re.compile(r"&(?=#?\w+;)")
_DOMAIN_DOT = re.compile(r"(?<=[^\W_])\.(?=[^\W\d_]{2,}\b)")
"""A dot between labels of a bare domain (``evil.example.com``), which linkifiers turn into links."""


class MarkdownSafe(str):
    """Text already valid as Markdown; the renderer leaves it alone."""

    __slots__ = ()


def escape_markdown(value: object) -> str:
    """``value`` as inert inline Markdown: one line, markup and autolink characters backslash-escaped."""
    if isinstance(value, MarkdownSafe):
        return value
    return _escaped(str(value))


@functools.lru_cache(maxsize=1 << 14)
def _escaped(text: str) -> str:
    """Escaped once per distinct text: outlet names and dates recur on every line."""
    text = _WHITESPACE.sub(" ", text)
    text = _ENTITY.sub("&amp;", text)
    text = _SPECIAL.sub(r"\\\1", text)
    text = _AUTOLINK.sub(lambda m: m.group() + "\\", text)
    text = _DOMAIN_DOT.sub(r"\\.", text)
    return _BLOCK_START.sub(lambda m: m.group() + "\\", text, count=1)


def markdown_url(url: str) -> MarkdownSafe:
    """An absolute http(s) URL as a Markdown link destination; anything else becomes empty."""
    safe = absolute_url(url)
    return MarkdownSafe(f"<{safe}>" if safe else "")
