"""Split kept text into sentences with character offsets into the body.

Line breaks always end a sentence (headings, list items, paragraphs). Inside a
line, pysbd's rule-based segmenter is the authority: it knows abbreviations such
as "Nov.", "p.m.", "U.S." and "Ms." and keeps a quotation that runs over several
sentences together with its attribution. pysbd is slow (about 0.3 M chars/s) and
superlinear on long lines, so it only sees what needs it:

1. a line is first cut at **plain breaks**, places where pysbd always ends a
   sentence: a word of two or more letters that is no abbreviation, then ``.``,
   ``!`` or ``?``, one space and a capital, outside any quotation or brackets.
   A line of at most ``WINDOW`` characters with a list item marker ("1.", "b)")
   is not cut, because pysbd reads list items across the whole line;
2. a piece with no other place where pysbd could end a sentence is one sentence;
3. only the pieces left go to pysbd, in windows of at most ``WINDOW`` characters,
   so the cost stays linear in the length of the text;
4. a sentence is also cut where a quotation ends it and another opens with a capital,
   which pysbd keeps together;
5. two sentences pysbd cut at the point of a currency's abbreviation are one again when
   the amount goes on after it ("Bs. 40", "4,500 kr. a month"): pysbd knows "Rs." but
   not "kr.", "Bs.", "S/." or "Gs.".

On the bundled case this gives exactly pysbd's sentences; docs/extraction.md has
the comparison on other text and the timings.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Iterator

from sorabrief.extract.first_char import with_first_char
from sorabrief.extract.pysbd_fast import segment
from sorabrief.findings import Sentence, Span

LINE = re.compile(r"[^\n\r\x0b\x0c\x1c-\x1e\x85\u2028\u2029]+")
"""A run of text between line breaks of any kind."""

WINDOW = 2_000
"""The longest stretch of text handed to pysbd at once, in characters."""

_PLAIN_BREAK = re.compile(r"(?<![^\W\d_])(?P<word>[^\W\d_]{2,})[.!?](?= [A-Z])")
"""A word of two or more letters, terminal punctuation, one space and a capital."""
_STOP_BEFORE_CAPITAL = re.compile(r"[.!?](?= [A-Z])")
"""The end of a plain break: found first, as it is rare and a word is not."""
_QUOTE_BREAK = with_first_char(r"(?<=[^\W\d_][.!?][”\"]) +(?=[“\"][A-Z])")
"""Space between a quotation that ends its sentence and one that opens the next."""
_MARK = with_first_char(r"[\"“”()\[\]«»]|--|(?<!\S)['‘]|['’](?![^\W\d_])")
"""Quote marks and brackets, whose balance says whether a plain break is outside them all;
a ``’`` or ``'`` followed by a letter is an apostrophe."""
_UNPAIRABLE = with_first_char(r"\\|\"\"|(?<!\S)'")
"""An escape, an empty pair of quote marks or a straight single quote: pysbd pairs the marks
after one by rules that depend on the whole line, so no plain break is taken after it."""
_CLOSERS = {"”": "“", ")": "(", "]": "[", "»": "«", "’": "‘", "'": "'"}
_PAIRED_ONCE = frozenset("“«‘'")
"""Openers pysbd pairs with the next closer, so a second one does not nest."""
_NUMBERED_ITEM = re.compile(r"(?<![^\s(])(?:\d{1,2}|[a-zA-Z]|[ivxIVX]{1,4})[.)]\s")
_LETTERED_ITEM = re.compile(r"\([a-z]{1,4}\)")
"""List item markers ("1.", "b)", "(ii)"): pysbd reads list items across the whole line,
so a line with one goes to pysbd whole, unless it is longer than ``WINDOW``."""
_ITEM_END = re.compile(r"[.)]\s")
"""Where a numbered item's marker ends: it starts at most four characters before."""
_MAY_BREAK = with_first_char(r"[.!?。．！？…]|[)」”\"'’]\s[A-Z]|）\s?[A-Z]|\([a-z]{1,4}\)")
"""Anything pysbd may end a sentence at but a list item marker closed by a bracket:
terminal punctuation, a closing quote or bracket before a capital, ``(s)``."""
_BRACKETED_ITEM = re.compile(r"(?<![^\W_])(?:[a-z]{1,4}|\d{1,2})\)\s")
"""A list item marker such as ``b)`` or ``2)``, where pysbd may also end a sentence. Apart
from ``_MAY_BREAK`` because it may start at any letter: it is searched only when a ``)`` is
there to close it."""
_OPENER_OF = {")": "(", "）": "（", "」": "「", "”": "“", "’": "‘", "»": "«", '"': '"', "'": "'"}
"""Closing marks that may follow a sentence's last punctuation, with their opening marks."""
_TERMINAL = (".", "!", "?", "。", "．", "！", "？", "…")


@functools.lru_cache(maxsize=1)
def _abbreviations() -> frozenset[str]:
    """Words after which pysbd may not end a sentence: abbreviations, and words such as
    "Yahoo" whose exclamation mark is part of the name."""
    from pysbd.exclamation_words import ExclamationWords
    from pysbd.lang.english import English

    names = (w.rstrip("!") for w in ExclamationWords.EXCLAMATION_WORDS)
    return frozenset(w.lower() for w in (*English.Abbreviation.ABBREVIATIONS, *names))


def split_sentences(body: str, keep: tuple[Span, ...]) -> tuple[Sentence, ...]:
    """Sentences of the kept spans of ``body``, each trimmed of surrounding space."""
    sentences: list[Sentence] = []
    for span in keep:
        for line in LINE.finditer(body, span.start, span.end):
            start, end = line.span()
            pieces = (
                sentence
                for piece_start, piece_end in _plain_pieces(body, start, end)
                for sentence in _piece_sentences(body, piece_start, piece_end)
            )
            for sentence in _across_currency_points(body, pieces):
                sentences.extend(_at_quote_breaks(body, sentence))
    return tuple(sentences)


@functools.lru_cache(maxsize=1)
def _currency_point() -> re.Pattern[str]:
    """A currency's abbreviation that ends a sentence with its own point ("Bs.", "kr."),
    with the digit of an amount written before it, if any."""
    from sorabrief.extract.currency_patterns import POINTED

    signs = "|".join(re.escape(s) for s in sorted(POINTED, key=len, reverse=True))
    return re.compile(rf"(?P<amount>\d\s?)?(?<![^\W\d])(?i:{signs})\Z")


def _across_currency_points(body: str, sentences: Iterable[Sentence]) -> Iterator[Sentence]:
    """``sentences`` with each cut at a currency abbreviation's point joined to the next
    sentence when that goes on with the amount ("Bs." then "40 in La Paz") or, after an
    amount, in lower case ("4,500 kr." then "a month"); a capital after it starts a new
    sentence ("He paid 4,500 kr. The council …")."""
    held: Sentence | None = None
    for sentence in sentences:
        if held is not None and _goes_on(held, sentence):
            held = Sentence(held.start, sentence.end, body[held.start : sentence.end])
            continue
        if held is not None:
            yield held
        held = sentence
    if held is not None:
        yield held


def _goes_on(first: Sentence, second: Sentence) -> bool:
    """Whether ``second`` continues the sum whose currency's point ends ``first``."""
    if not first.text.endswith(".") or not second.text[:1].isalnum():
        return False
    point = _currency_point().search(first.text, max(0, len(first.text) - 12))
    if point is None:
        return False
    head = second.text[0]
    return head.isdecimal() or (point.group("amount") is not None and head.islower())


def _at_quote_breaks(body: str, sentence: Sentence) -> Iterator[Sentence]:
    """``sentence`` cut where a quotation ends with its sentence and another quotation
    starts with a capital (“… nonexistent.” “A voucher …”): pysbd keeps the two together."""
    start = sentence.start
    if body.find("“", start, sentence.end) < 0 and body.find('"', start, sentence.end) < 0:
        yield sentence  # no quotation can open inside it, so no break is found
        return
    for found in _QUOTE_BREAK.finditer(body, sentence.start, sentence.end):
        yield Sentence(start, found.start(), body[start : found.start()])
        start = found.end()
    if start == sentence.start:
        yield sentence
    else:
        yield Sentence(start, sentence.end, body[start : sentence.end])


def _plain_pieces(body: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """The line ``body[start:end]`` cut at its plain breaks."""
    if end - start <= WINDOW and _has_list_item(body, start, end):
        yield start, end
        return
    unpairable = _UNPAIRABLE.search(body, start, end)
    limit = unpairable.start() if unpairable else end
    abbreviations = _abbreviations()
    marks = _MARK.finditer(body, start, limit)
    mark = next(marks, None)
    depth: dict[str, int] = {}
    piece = start
    for found in _plain_breaks(body, start, limit):
        while mark is not None and mark.start() < found.start():
            _balance(mark.group(), depth)
            mark = next(marks, None)
        if any(depth.values()) or found.group("word").lower() in abbreviations:
            continue
        yield piece, found.end()
        piece = found.end()
    yield piece, end


def _has_list_item(body: str, start: int, end: int) -> bool:
    """Whether ``body[start:end]`` holds a list item marker. A numbered one is tried only
    in the four characters before a ``.`` or ``)`` and white space, not at every letter."""
    if body.find("(", start, end) >= 0 and _LETTERED_ITEM.search(body, start, end):
        return True
    numbered = _NUMBERED_ITEM.match
    return any(
        numbered(body, at, end)
        for found in _ITEM_END.finditer(body, start, end)
        for at in range(max(start, found.start() - 4), found.start())
    )


def _plain_breaks(body: str, start: int, end: int) -> Iterator[re.Match[str]]:
    """``_PLAIN_BREAK.finditer(body, start, end)``, tried only at the word before each
    terminal mark that a space and a capital follow."""
    for stop in _STOP_BEFORE_CAPITAL.finditer(body, start, end):
        at = stop.start()
        while at > 0 and _is_letter(body[at - 1]):
            at -= 1
        if at >= start and (found := _PLAIN_BREAK.match(body, at, end)) is not None:
            yield found


def _is_letter(char: str) -> bool:
    """Whether ``re`` reads ``char`` as ``[^\\W\\d_]``: alphanumeric (``\\w`` but ``_``), no
    decimal digit (``\\d``). "Ⅻ" and "²" are such letters."""
    return char.isalnum() and not char.isdecimal()


def _balance(text: str, depth: dict[str, int]) -> None:
    """Count the mark ``text`` into the open quotations and brackets."""
    if text in ('"', "--"):
        depth[text] = 1 - depth.get(text, 0)
    elif text in _CLOSERS:
        opener = _CLOSERS[text]
        depth[opener] = max(depth.get(opener, 0) - 1, 0)
    else:
        depth[text] = 1 if text in _PAIRED_ONCE else depth.get(text, 0) + 1


def _piece_sentences(body: str, start: int, end: int) -> list[Sentence]:
    """One sentence for a piece pysbd could not split further; pysbd's sentences otherwise."""
    piece = body[start:end]
    text = piece.strip()
    if not text:
        return []
    if not _may_break(_without_final_stop(piece)):
        at = start + piece.index(text)
        return [Sentence(at, at + len(text), text)]
    found: list[Sentence] = []
    for window_start, window_end in _windows(body, start, end):
        found.extend(_pysbd_sentences(body, window_start, window_end))
    return found


def _may_break(text: str) -> bool:
    """Whether pysbd may end a sentence somewhere in ``text``."""
    return _MAY_BREAK.search(text) is not None or (
        ")" in text and _BRACKETED_ITEM.search(text) is not None
    )


def _without_final_stop(piece: str) -> str:
    """``piece`` without the space, the closing marks whose opening marks it holds, and one
    terminal punctuation mark at its end. pysbd makes a lone closing mark a sentence of its
    own, so one without its opening mark stays and sends the piece to pysbd."""
    inner = piece.rstrip()
    while inner and inner[-1] in _OPENER_OF:
        opener = _OPENER_OF[inner[-1]]
        closers = inner.count(inner[-1])
        if (inner.count(opener) < closers) if opener != inner[-1] else closers % 2:
            break
        inner = inner[:-1].rstrip()
    return inner[:-1] if inner.endswith(_TERMINAL) else inner


def _windows(body: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """``body[start:end]`` in stretches of at most ``WINDOW`` characters.

    A long stretch is cut after the last terminal punctuation and space in the second half
    of the window, or failing that after its last space.
    """
    while end - start > WINDOW:
        low, high = start + WINDOW // 2, start + WINDOW
        cut = max(body.rfind(f"{mark} ", low, high) for mark in ".!?")
        cut = cut + 1 if cut >= 0 else body.rfind(" ", low, high)
        if cut < 0:
            break
        yield start, cut + 1
        start = cut + 1
    yield start, end


def _pysbd_sentences(body: str, start: int, end: int) -> list[Sentence]:
    """pysbd's sentences of ``body[start:end]``, located in the body one after another."""
    paragraph = body[start:end]
    found: list[Sentence] = []
    cursor = 0
    for piece in segment(paragraph):
        text = piece.strip()
        at = paragraph.find(text, cursor) if text else -1
        if at < 0:
            continue
        found.append(Sentence(start + at, start + at + len(text), text))
        cursor = at + len(text)
    rest = paragraph[cursor:]
    if rest.strip():
        at = cursor + len(rest) - len(rest.lstrip())
        text = rest.strip()
        found.append(Sentence(start + at, start + at + len(text), text))
    return found
