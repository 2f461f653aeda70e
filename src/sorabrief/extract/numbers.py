"""Amounts as written: digits, number words and vague quantities, read as ranges.

Number words are read by text2num ("twenty-five" -> 25). Vague amounts keep
their vagueness as a range: "a few" is 2 to 4, "hundreds" 200 to 999.
"""

from __future__ import annotations

import re

from text_to_num import text2num

_UNITS = (
    "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen"
    "|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
)
_SCALES = "hundred|thousand|million|billion"
NUMBER_WORDS = (
    rf"(?:(?:{_UNITS}|a\s+(?={_SCALES}))(?:[\s-]+(?:and\s+)?(?:{_UNITS}|{_SCALES}))*|{_SCALES})"
)
"""A number in words ("three", "twenty-five", "a hundred")."""
DIGITS = r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?"
"""A number in digits ("20", "1,000", "1.5")."""

VAGUE_AMOUNTS: dict[str, tuple[float, float]] = {
    "a couple of": (2, 2),
    "a few": (2, 4),
    "a handful of": (3, 6),
    "several": (3, 7),
    "a dozen": (12, 12),
    "dozens of": (24, 99),
    "dozens": (24, 99),
    "hundreds of": (200, 999),
    "hundreds": (200, 999),
    "thousands of": (2_000, 9_999),
    "thousands": (2_000, 9_999),
    "millions of": (2e6, 999e6),
    "millions": (2e6, 999e6),
}
"""Vague amounts and the range each stands for."""
VAGUE = "|".join(re.escape(v).replace(r"\ ", r"\s+") for v in VAGUE_AMOUNTS)

HEDGES = (
    r"about|around|approximately|roughly|some|nearly|almost|over|more\s+than|less\s+than"
    r"|fewer\s+than|at\s+least|up\s+to|close\s+to|an\s+estimated|estimated|just\s+over|just\s+under"
)
"""Words that make an exact amount approximate; the value stays exact, the hedge is kept."""

AMOUNT = rf"(?:{DIGITS}|{NUMBER_WORDS}|{VAGUE})"
"""Any amount: digits, words or a vague quantity."""


def amount_range(text: str) -> tuple[float, float] | None:
    """The low and high value of an amount as written, or None if it is not one."""
    words = " ".join(text.lower().split())
    if words in VAGUE_AMOUNTS:
        return VAGUE_AMOUNTS[words]
    if re.fullmatch(DIGITS, words):
        value = float(words.replace(",", ""))
        return value, value
    try:
        value = float(text2num(re.sub(r"^a\s+", "one ", words), "en"))
    except ValueError:
        return None
    return value, value


def vague_hedge(text: str) -> str | None:
    """The vague word itself ("a few", "hundreds") when the amount is vague."""
    words = " ".join(text.lower().split())
    return words.removesuffix(" of") if words in VAGUE_AMOUNTS else None
