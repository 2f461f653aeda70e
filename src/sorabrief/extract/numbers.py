"""Amounts as written: digits, scale words, number words and vague quantities, read as ranges.

"1.2 million" is 1,200,000, "£2.5m" has the amount 2.5 and the suffix "m", "1.5 lakh" is
150,000. Number words are read by text2num ("twenty-five" -> 25). Vague amounts keep
their vagueness as a range: "a few" is 2 to 4, "hundreds" 200 to 999, "tens of
thousands" 20,000 to 99,999. Hedges ("about", "more than") are kept as written; what
they mean for comparison is decided in ``sorabrief.quantities``.
"""

from __future__ import annotations

import re

from text_to_num import text2num

_UNITS = (
    "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen"
    "|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
)
_WORD_SCALES = "hundred|thousand|million|billion|trillion"
NUMBER_WORDS = rf"(?:{_UNITS}|a(?=\s+(?:{_WORD_SCALES})\b))(?:[\s-]+(?:(?:(?<=hundred\s)|(?<=thousand\s))and\s+)?(?:{_UNITS}|{_WORD_SCALES}))*"
"""A number in words ("three", "twenty-five", "a hundred")."""
DIGITS = r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?"
"""A number in digits ("20", "1,000", "1.5")."""
YEAR = re.compile(r"(?:1[89]|20)\d\d")
"""Four digits that read as a year (1800–2099), not an amount ("2025")."""

SCALE_WORDS: dict[str, float] = {
    "thousand": 1e3,
    "million": 1e6,
    "billion": 1e9,
    "trillion": 1e12,
    "lakh": 1e5,
    "lakhs": 1e5,
    "crore": 1e7,
    "crores": 1e7,
    "millones": 1e6,
    "millón": 1e6,
}
"""Words that multiply the number before them ("1.2 million", "₹2 crore", and the Spanish
"millones" of sums quoted as printed in Latin America, "$4.200 millones")."""
POINT_GROUPED_SCALES = frozenset({"millones", "millón"})
"""Scale words of languages that group thousands with a point: before them "4.200" is
4,200 ("$4.200 millones" is 4,200 million)."""
POINT_GROUPED = re.compile(r"\d{1,3}\.\d{3}")
"""An amount whose point groups its thousands ("4.200")."""
SCALE_SUFFIXES: dict[str, float] = {
    "k": 1e3,
    "m": 1e6,
    "mn": 1e6,
    "mln": 1e6,
    "b": 1e9,
    "bn": 1e9,
    "bln": 1e9,
    "tn": 1e12,
    "trln": 1e12,
    "cr": 1e7,
}
"""Abbreviated scales, read only after a currency ("£2.5m", "$3bn", "€40 mn", and the wires'
"mln", "bln" and "trln": "HUF 14 bln")."""
SCALE = rf"(?:{'|'.join(SCALE_WORDS)})"

VAGUE_AMOUNTS: dict[str, tuple[float, float]] = {
    "a couple of": (2, 2),
    "a few": (2, 4),
    "a handful of": (3, 6),
    "several": (3, 7),
    "a dozen": (12, 12),
    "dozens of": (24, 99),
    "dozens": (24, 99),
    "scores of": (40, 99),
    "tens of thousands of": (20_000, 99_999),
    "tens of thousands": (20_000, 99_999),
    "hundreds of thousands of": (200_000, 999_999),
    "hundreds of thousands": (200_000, 999_999),
    "hundreds of": (200, 999),
    "hundreds": (200, 999),
    "thousands of": (2_000, 9_999),
    "thousands": (2_000, 9_999),
    "tens of millions of": (20e6, 99_999_999),
    "tens of millions": (20e6, 99_999_999),
    "millions of": (2e6, 999_999_999),
    "millions": (2e6, 999_999_999),
}
"""Vague amounts and the range each stands for."""
_FRACTIONS = {
    "half a": 1 / 2,
    "a quarter of a": 1 / 4,
    "three quarters of a": 3 / 4,
    "three-quarters of a": 3 / 4,
    "a third of a": 1 / 3,
    "two thirds of a": 2 / 3,
    "two-thirds of a": 2 / 3,
}
VAGUE_AMOUNTS |= {
    f"{fraction} {scale}": (round(share * size), round(share * size))
    for fraction, share in _FRACTIONS.items()
    for scale, size in (("million", 1_000_000), ("billion", 1_000_000_000))
}
"""A fraction of a scale ("half a million", "a quarter of a billion") is exact."""
VAGUE_SCALED: dict[str, tuple[float, float]] = {
    "a couple": (2, 2),
    "a few": (2, 4),
    "several": (3, 7),
}
"""Vague amounts that a scale word multiplies: "several million" is 3 to 7 million, "a few
hundred" 200 to 400."""
_VAGUE_SCALE_WORDS = "hundred|thousand|million|billion"
VAGUE = "|".join(
    [
        *(
            re.escape(v).replace(r"\ ", r"\s+") + rf"\s+(?:{_VAGUE_SCALE_WORDS})\b"
            for v in VAGUE_SCALED
        ),
        *(
            re.escape(v).replace(r"\ ", r"\s+")
            for v in sorted(VAGUE_AMOUNTS, key=len, reverse=True)
        ),
    ]
)

HEDGE_WORDS = (
    "no more than", "not more than", "no fewer than", "not fewer than", "no less than",
    "not less than", "a little over", "a little under", "a little more than", "a little less than",
    "slightly over", "slightly under", "slightly more than", "slightly less than",
    "well over", "well under", "well above", "well below", "probably", "possibly",
    "more than", "less than", "fewer than", "at least", "at most", "up to", "as many as",
    "as much as", "as long as", "as few as", "as little as", "close to", "just over",
    "just under", "upwards of", "in excess of", "an estimated", "estimated", "approximately",
    "roughly", "around", "about", "nearly", "almost", "the best part of",
    "the better part of", "some", "over", "under", "within", "below", "above", "barely",
    "scarcely",
)  # fmt: skip
"""Words that make an amount approximate or a bound; kept as written with the figure, a
negated bound whole ("no more than", never "more than")."""
HEDGES = "|".join(re.escape(h).replace(r"\ ", r"\s+") for h in HEDGE_WORDS)

_HEDGE_BEFORE = re.compile(rf"(?i:\b(?P<hedge>{HEDGES})\s+(?:another\s+|a\s+further\s+)?)$")
"""A hedge right before an amount, or before "another"/"a further" and the amount
("probably another six weeks")."""
_HEDGE_REACH = 34
"""The longest hedge with its space, in characters."""
AMOUNT_START = r"(?=[\dOoTtFfSsEeNnAaDdHhMm])"
"""A quick check that an amount may start here: a digit or the first letter of a number word
or a vague amount. Putting it first lets the regular expression engine skip other places."""

NUMBER = rf"(?:{DIGITS}(?:\s+{SCALE}\b)?|{NUMBER_WORDS})"
"""An exact number: digits with an optional scale word, or number words."""
_DOZENS = rf"(?:{DIGITS}|{NUMBER_WORDS})\s+dozen\b"
"""A number of dozens ("two dozen", "3 dozen")."""
AMOUNT = rf"(?:{VAGUE}|{_DOZENS}|{DIGITS}(?:\s+{SCALE}\b)?|{NUMBER_WORDS})"
"""Any amount: a vague quantity, dozens, digits (with a scale word) or number words."""


_HEDGE_ENDS = tuple(sorted({h.split()[-1] for h in HEDGE_WORDS} | {"another", "further"}))
"""The words a hedge ends with, or "another" and "further" after it: one of them, then white
space, ends every text right before a hedged amount."""


def hedge_before(text: str, start: int) -> re.Match[str] | None:
    """The hedge written right before ``text[start]`` ("about ", "more than "), if any."""
    window = max(0, start - _HEDGE_REACH)
    before = text[window:start]
    if before.isascii():  # else a character that matches a letter when case is ignored
        words = before.rstrip()
        if len(words) == len(before) or not words.lower().endswith(_HEDGE_ENDS):
            return None
    return _HEDGE_BEFORE.search(text, window, start)


def amount_range(text: str) -> tuple[float, float] | None:
    """The low and high value of an amount as written, or None if it is not one."""
    words = " ".join(text.lower().split())
    if words in VAGUE_AMOUNTS:
        return VAGUE_AMOUNTS[words]
    vague, _, scale = words.rpartition(" ")
    if vague in VAGUE_SCALED and (times := {"hundred": 100.0, **SCALE_WORDS}.get(scale)):
        low, high = VAGUE_SCALED[vague]
        return low * times, high * times
    if vague and scale == "dozen":
        dozens = amount_range(vague)
        return (dozens[0] * 12, dozens[1] * 12) if dozens else None
    number, _, scale = words.partition(" ")
    if re.fullmatch(DIGITS, number) and (not scale or scale in SCALE_WORDS):
        value = float(number.replace(",", "")) * SCALE_WORDS.get(scale, 1)
        return value, value
    try:
        value = float(text2num(re.sub(r"^a\s+", "one ", words), "en"))
    except ValueError:
        return None
    return value, value


def vague_hedge(text: str) -> str | None:
    """The vague word itself ("a few", "hundreds") when the amount is vague."""
    words = " ".join(text.lower().split())
    if words.rpartition(" ")[0] in VAGUE_SCALED:
        return words.rpartition(" ")[0]
    return words.removesuffix(" of") if words in VAGUE_AMOUNTS else None


def normal_hedge(text: str | None) -> str | None:
    """A hedge in lower case with single spaces, or None."""
    return " ".join(text.lower().split()) if text else None
