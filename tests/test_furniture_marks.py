"""The quick tests in front of furniture patterns never skip a line the pattern finds
something in: the caption sign (``CAPTION``, ``CREDIT_LINE``, ``CREDIT_TAIL``), a web
address, a contact, a degree sign and a row's separator."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from sorabrief.extract.furniture import (
    _COMMENT_COUNT,
    _CONTACT_MARK,
    _ROW_MARK,
    _WEB_MARK,
    CAPTION,
    CAPTION_SIGN,
    CONTACT,
    CREDIT_IN_WORDS,
    CREDIT_LINE,
    CREDIT_TAIL,
    LINK_LINE,
    WEATHER,
    is_caption_credit,
)

_PIECES = [
    "Photo",
    "photo",
    "Picture",
    "Image",
    "Credit",
    "caption",
    "File photo",
    "Courtesy of",
    "by",
    "for",
    "the",
    "Jo Bloggs",
    "JO BLOGGS",
    "THE COURIER",
    "Harbour Wire",
    "PA",
    "Getty Images",
    "on Friday.",
    "A crowd gathers",
    "/",
    " / ",
    "|",
    ":",
    "(",
    ")",
    ".",
]
_GAPS = [" ", "", "\n", ". ", ": ", "/", "|"]
_LINES = st.lists(st.tuples(st.sampled_from(_PIECES), st.sampled_from(_GAPS)), max_size=10).map(
    lambda parts: "".join(piece + gap for piece, gap in parts)
)


@settings(max_examples=2000, deadline=None, derandomize=True)
@given(_LINES)
def test_every_caption_holds_the_sign(line: str) -> None:
    if CAPTION.search(line) or CREDIT_LINE.fullmatch(line.strip()) or CREDIT_TAIL.search(line):
        assert CAPTION_SIGN.search(line) is not None


@settings(max_examples=500, deadline=None, derandomize=True)
@given(_LINES)
def test_a_credit_is_found_as_without_the_sign(line: str) -> None:
    whole = (
        CREDIT_LINE.fullmatch(line.strip()) is not None
        or CREDIT_TAIL.search(line) is not None
        or CREDIT_IN_WORDS.search(line) is not None
    )
    assert is_caption_credit(line) == whole


def test_captions_and_credits() -> None:
    for line in (
        "Photo: Jo Bloggs",
        "A crowd gathers. (Photo: Jo Bloggs)",
        "DARRYL KWAN/THE NORTHERN DISPATCH",
        "A crowd gathers | YUKI SAKAMOTO",
        "A crowd gathers on Friday. Courtesy of the Marlow Museum",
        "A crowd gathers at dusk. Photo by Jo Bloggs for The Courier",
    ):
        assert CAPTION.search(line) or is_caption_credit(line), line
    assert CAPTION_SIGN.search("A crowd gathers on Friday.") is None
    assert not is_caption_credit("A crowd gathers on Friday.")


_ROW_PIECES = [
    "Follow",
    "us",
    "at",
    "https://example.org/a",
    "HTTP://X.ORG",
    "WWW.example.com",
    "www.x.org",
    "Call",
    "CALL",
    "+44 20 7946 0000",
    "0800 123 4567",
    "tips@example.org",
    "J.Doe@X.ORG",
    "72°",
    "-5 °C",
    "Bend, OR",
    "|",
    "·",
    "•",
    "12 Comments",
    "1 comment",
    "May 2, 2024",
    "9:00 AM",
]
_ROW_GAPS = [" ", "", " | ", " · ", "  ", "\n"]
_ROWS = st.lists(
    st.tuples(st.sampled_from(_ROW_PIECES), st.sampled_from(_ROW_GAPS)), max_size=8
).map(lambda parts: "".join(piece + gap for piece, gap in parts))


@settings(max_examples=2000, deadline=None, derandomize=True)
@given(_ROWS)
def test_every_link_contact_weather_and_count_holds_its_mark(line: str) -> None:
    if LINK_LINE.search(line):
        assert _WEB_MARK.search(line)
    if CONTACT.search(line):
        assert _CONTACT_MARK.search(line)
    if WEATHER.search(line):
        assert "°" in line
    if _COMMENT_COUNT.search(line):
        assert _ROW_MARK.search(line)


def test_marked_lines() -> None:
    assert LINK_LINE.search("Follow our coverage at https://example.org/a")
    assert CONTACT.search("Tips: tips@example.org") and CONTACT.search("Call 0800 123 4567")
    assert WEATHER.search("72° Bend, OR | Air Quality")
    assert _COMMENT_COUNT.search("May 2, 2024 9:00 AM | 12 Comments")
    for mark in (_WEB_MARK, _CONTACT_MARK, _ROW_MARK):
        assert mark.search("The council met on Tuesday.") is None
