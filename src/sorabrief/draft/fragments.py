"""Names that the articles write only as part of a longer name.

Names are cut out of longer runs of capitals (after a possessive, "Harlow's Dock Kitchen";
after a sentence opener or a title). A cut piece that never stands on its own ("Tarrow
Flats", written only in "Tarrow Flats Water Treatment Plant"; "Dock Kitchen", written
only after "Harlow's") names no party: every time it is written, a capitalised word
that is neither an opener, a title nor an acronym comes right before or after it, with
no comma between ("the Minister for Roads, Jo Park" writes Jo Park on its own), and
before it not as a title's one-word remit ("Superintendent of Police Jo Park" does too).
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable

_CAPITALISED = re.compile(r"^[A-Z][\w’'&.-]*$")
_ADJECTIVE = re.compile(r"^[A-Z][\w’']*-[a-z]")
"""A hyphened adjective ("Leeds-based"), not part of a name."""


def only_inside_longer(
    forms: Collection[str],
    texts: Iterable[str],
    free_words: Collection[str],
    places: Collection[str] = (),
) -> bool:
    """Whether every time ``texts`` write one of ``forms`` (a name's spellings), it is part
    of a longer name; false when they never write it. ``free_words`` are capitalised words
    that join no name (sentence openers, titles); a possessive of one of ``places`` (the
    last words of names written as places) owns the name without being part of it ("New
    Zealand's Office of the Privacy Commissioner")."""
    pattern = re.compile(
        r"(?<![\w’'-])(?:" + "|".join(re.escape(f) for f in forms) + r")(?![\w-]|[’'][a-z])"
    )
    seen = False
    for text in texts:
        for match in pattern.finditer(text):
            seen = True
            if not _joined(text, match.start(), match.end(), free_words, places):
                return False
    return seen


def _joined(
    text: str, start: int, end: int, free_words: Collection[str], places: Collection[str]
) -> bool:
    before = re.search(r"(\S+)[^\S\n]+$", text[max(0, start - 60) : start])
    after = re.match(r"[^\S\n]+(\S+)", text[end : end + 60])
    if before and re.sub(r"[’']s?$", "", before.group(1)) in places:
        before = None
    if before and before.group(1)[-1] in ",;:":  # "the Minister for Roads, Jo Park"
        before = None
    remit = re.search(
        r"(\S+)[^\S\n]+(?:of|for)[^\S\n]+\S+[^\S\n]+$", text[max(0, start - 80) : start]
    )
    if before and remit and remit.group(1) in free_words:  # "Superintendent of Police Jo Park"
        before = None
    return any(_joins(m.group(1).strip('“”"‘(),;:'), free_words) for m in (before, after) if m)


def _joins(word: str, free_words: Collection[str]) -> bool:
    """Whether a word next to a name continues it: capitalised, and no opener, title,
    acronym or hyphened adjective."""
    bare = re.sub(r"[’']s?$", "", word).rstrip(".")
    if not _CAPITALISED.match(word) or _ADJECTIVE.match(word) or bare in free_words:
        return False
    return not (bare.isupper() and len(bare) <= 5)
