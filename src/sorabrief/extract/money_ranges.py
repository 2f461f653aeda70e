"""Ranges and lists of sums ("$35 to $60", "between 5,000 and 8,000 rupees", "fines of
20,000 and 50,000 kip")."""

from __future__ import annotations

import re

import attrs

from sorabrief.extract.money_amounts import hedged_from
from sorabrief.extract.numbers import (
    DIGITS,
    POINT_GROUPED,
    SCALE,
    SCALE_WORDS,
    YEAR,
)
from sorabrief.findings import Figure

_RANGE_GAP = re.compile(r"\s*(?:-|–|to|and)\s*")
"""What joins the two ends of a range of money ("$35 to $60", "between $25m and $35m")."""
_BETWEEN = re.compile(r"(?i:\bbetween\s+)$")
_FROM = re.compile(r"(?i:\bfrom\s+)$")
_RANGE_FROM = re.compile(r"(?i:\b(?:range[sd]?|ranging|var(?:y|ies|ied|ying))\s+from\s+)$")
""""from $25 to $15" is a change, not a range; after a verb of range it is a range
("demands range from $25 to $35", "fees vary from …")."""


def ranges_to(text: str, first: Figure, second: Figure) -> bool:
    """Whether ``second`` is the upper end of a range that ``first`` opens."""
    gap = _RANGE_GAP.fullmatch(text, first.end, second.start)
    if gap is None or first.converted or second.unit != first.unit or second.hedge:
        return False
    if first.low > second.low or _changes(text, first.start):
        return False
    return "and" not in gap.group() or _after_between(text, first.start)


_BARE_BEFORE = re.compile(
    rf"(?P<low>{DIGITS})(?:\s+(?P<scale>(?i:{SCALE})))?(?P<gap>\s*(?:-|–|\bto|\band|\bor)\s*)$"
)
"""An amount without its currency written just before a sum that bears it: the lower end of
a range ("5,000 to 8,000 rupees", "between 2 and 3 million euros", "8,000 or 9,000
kwanzas") or an item of a list ("20,000 and 50,000 kip")."""
_LISTED_GAP = re.compile(r"\s+and\s+")
_CHANGE_GAP = re.compile(r"\s+to\s+")
_LEADING_DIGITS = re.compile(DIGITS)


def _bare_before(text: str, figure: Figure) -> tuple[re.Match[str], re.Match[str]] | None:
    """The bare amount written just before the exact sum ``figure``, and the sum's own
    digits; None when the sum is a range already or no bare amount stands before it."""
    upper = _LEADING_DIGITS.match(text, figure.start)
    if upper is None or figure.low != figure.high:
        return None
    bare = _BARE_BEFORE.search(text, max(0, figure.start - 40), figure.start)
    return None if bare is None else (bare, upper)


def opened_by_bare_amount(text: str, figure: Figure) -> Figure:
    """The sum as the upper end of a range whose lower end is written bare before it, in the
    same currency and scale ("between 5,000 and 8,000 rupees" is 5,000–8,000); "from 5,000
    to 8,000 rupees" is a change, not a range."""
    found = _bare_before(text, figure)
    if found is None:
        return figure
    bare, upper = found
    if _changes(text, bare.start()):
        return figure
    if "and" in bare["gap"] and not _after_between(text, bare.start()):
        return figure
    written = float(_grouped(upper.group(), figure.low))
    if not written:
        return figure
    scale = _bare_scale(bare, figure.low / written)
    low = float(_grouped(bare["low"], figure.low / scale)) * scale
    if not 0 < low < figure.low:
        return figure
    start, hedge = hedged_from(text, bare.start())
    return attrs.evolve(
        figure, text=text[start : figure.end], start=start, low=low, hedge=hedge or figure.hedge
    )


def _grouped(digits: str, upper: float) -> str:
    """``digits``, the bare lower end of a range, as a number: its point groups thousands
    when the upper end's did ("8.000 or 9.000 kwanzas": an upper end of 1,000 or more read
    from a point before three digits)."""
    plain = digits.replace(",", "")
    if POINT_GROUPED.fullmatch(plain) and upper >= 1000:
        return plain.replace(".", "")
    return plain


_LIST_SPREAD = 100.0
"""How far apart the sums of one list may be: a bare amount further off the sum that names
the currency is something else ("aged 5 and 8,000 euros in grants")."""


def listed_before(text: str, figure: Figure) -> Figure | None:
    """The sum of a bare amount listed before ``figure`` with "and", which names the
    currency for both ("fines of 20,000 and 50,000 kip", "5 million and 10 million
    naira"), or that a change starts from ("fares went from 650 to 900 francs"): the
    same currency, and the same scale unless it writes its own; not after
    "between", nor with "or", where the two make a range (``opened_by_bare_amount``), nor
    a year, nor an amount of another order (``_LIST_SPREAD``)."""
    found = _bare_before(text, figure)
    if found is None or not (
        _LISTED_GAP.fullmatch(found[0]["gap"])
        or (_CHANGE_GAP.fullmatch(found[0]["gap"]) and _changes(text, found[0].start()))
    ):
        return None
    bare, upper = found
    if _after_between(text, bare.start()):
        return None
    if YEAR.fullmatch(bare["low"]) or (bare.start() and text[bare.start() - 1] in "$€£¥.,"):
        return None
    written = float(upper.group().replace(",", ""))
    if not written:
        return None
    scale = _bare_scale(bare, figure.low / written)
    value = float(bare["low"].replace(",", "")) * scale
    if not figure.low / _LIST_SPREAD <= value <= figure.low * _LIST_SPREAD:
        return None  # "aged 5 and 8,000 euros in grants": no sums of one list
    end = bare.start("gap")
    start, hedge = hedged_from(text, bare.start())
    return attrs.evolve(
        figure,
        text=text[start:end],
        start=start,
        end=end,
        low=value,
        high=value,
        hedge=hedge,
        converted=None,
    )


def _after_between(text: str, at: int) -> bool:
    """Whether "between" stands just before ``at`` ("between $25m and $35m")."""
    return _BETWEEN.search(text, max(0, at - 8), at) is not None


def _bare_scale(bare: re.Match[str], implied: float) -> float:
    """The scale of a bare amount: its own scale word, else ``implied``, the scale of the sum
    it stands before."""
    return SCALE_WORDS[bare["scale"].lower()] if bare["scale"] else implied


def _changes(text: str, start: int) -> bool:
    """Whether "from" before the sum at ``start`` opens a change, not a range."""
    return _FROM.search(text, max(0, start - 5), start) is not None and not _RANGE_FROM.search(
        text, max(0, start - 20), start
    )
