"""The quick test in front of the caption patterns (``furniture.CAPTION_SIGN``) never skips
a line that ``CAPTION``, ``CREDIT_LINE`` or ``CREDIT_TAIL`` would find a caption in."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from sorabrief.extract.furniture import (
    CAPTION,
    CAPTION_SIGN,
    CREDIT_IN_WORDS,
    CREDIT_LINE,
    CREDIT_TAIL,
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
