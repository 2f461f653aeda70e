"""Amounts of money as written: a currency before or after its amount, scaled by a
suffix or a word ("$2.5m", "€40 million", "350m pesos", "thousands of dollars")."""

from __future__ import annotations

import re
from collections.abc import Iterator

import attrs

from sorabrief.extract import currency_table
from sorabrief.extract.cifrao import CIFRAO, CONTO, CONTOS, ESCUDO, cifrao_value, writes_escudos
from sorabrief.extract.currencies import currency_of
from sorabrief.extract.currency_patterns import CODE, PREFIX, SIGN_AFTER, WORD
from sorabrief.extract.currency_symbols import (
    CODES,
    COUNTRY_LETTERS,
    LETTER_SYMBOLS,
    LETTERED,
    PRESS_LETTERED,
    RARE_CODES,
    letter_of,
)
from sorabrief.extract.first_char import with_first_char
from sorabrief.extract.number_style import groups_with_points
from sorabrief.extract.numbers import (
    AMOUNT_START,
    DIGITS,
    NUMBER,
    POINT_GROUPED,
    POINT_GROUPED_SCALES,
    SCALE,
    SCALE_SUFFIXES,
    SCALE_WORDS,
    VAGUE,
    amount_range,
    hedge_before,
    normal_hedge,
    vague_hedge,
)
from sorabrief.extract.one_unit import article_sums
from sorabrief.extract.openings import found
from sorabrief.extract.sum_fits import (
    SPACE_IN_NUMBER,
    among_capitals,
    country_noun_fits,
    denomination_after,
    hyphened_sum,
    letter_sum,
    lettered_after_fits,
    not_a_sum,
    rare_code_fits,
    sum_scaled,
    sum_shaped,
)
from sorabrief.findings import Figure, Quantity

_SUFFIX = r"(?:(?P<suffix>k|m|mn|mln|b|bn|bln|tn|trln|cr)|\s(?P<spaced>bn|bln|mn|mln|tn|trln|cr))\b"
_SPACED = r"\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?:,\d{1,2})?(?![\d,.])"
"""Thousands set apart by a space, as much of Europe writes a sum ("15 000 zł"), perhaps
with a decimal comma ("1 450,00 MT")."""
_CONTINENTAL = r"\d{1,3}(?:\.\d{3})+,\d{2}(?!\d|[,.]\d)"
"""Thousands set apart by points and cents by a comma, as Latin America and much of Europe
write a sum ("2.700,00 Bs.", "1.250,50"); with its points and its comma never English."""
_CONTINENTAL_AMOUNT = re.compile(_CONTINENTAL)
_DECIMAL_COMMA = r"(?<![\d.,])(?<!\d[ \u00a0\u202f])\d+,\d{1,2}(?!\d|[,.]\d)"
"""A decimal comma with no thousands grouped ("97,20 MT", "Db 98,5 million"): one or two
digits after a comma never group thousands."""
_DECIMAL_COMMA_AMOUNT = re.compile(_DECIMAL_COMMA)
_POINTED = r"\d{1,3}(?:\.\d{3}){2,}(?![\d,.]\d)"
"""Thousands set apart by points, more than once ("1.250.000 kwanzas"): never a decimal."""
_MULTI_POINTED = re.compile(_POINTED)
_UNIT_PRICE = re.compile(
    r"(?i:\s*(?:an?|per|/)\s*(?:litre|liter|l|gallon|kilowatt|kwh|kg|kilo|kilogram|gram|g|"
    r"ounce|oz|barrel|share|unit|cubic|m3|m³|therm|dose|tablet)\b)"
)
"""A price per unit of measure after a sum ("€1.659 a litre", "$1.259 per gallon"), which
may carry three decimals."""
_BEFORE = with_first_char(
    rf"(?P<marker>{PREFIX}|{CODE})\s?(?P<amount>{_SPACED}|{_CONTINENTAL}|{_POINTED}|{_DECIMAL_COMMA}|{DIGITS})"
    rf"(?:(?i:{_SUFFIX})|(?:\s+|-)?(?P<scale>(?i:{SCALE}))\b)?"
    rf"(?:\s+(?P<word>{WORD}|{CODE}))?"
)
"""A currency before its amount, scaled by a suffix or a word, spaced, hyphenated or
joined ("$2.5m", "€40 million", "$1.8-million", "£3.2billion")."""
_AFTER = re.compile(
    rf"{AMOUNT_START}\b(?P<amount>{_SPACED}|{_CONTINENTAL}|{_POINTED}|{_DECIMAL_COMMA}|(?i:{NUMBER}))"
    rf"(?:(?P<suffix>m|mn|mln|bn|bln|k)(?P<joint>\s+|-)|\s+(?:(?P<scale>(?i:{SCALE}))\s+)?|(?P<hyphen>-))"
    rf"(?P<marker>{WORD}|{CODE}|{SIGN_AFTER})"
)
"""An amount before its currency word or code, scaled by a word or a suffix ("350m pesos"),
its number words capitalised or not ("Two hundred dollars"); an amount may be joined to a
singular currency word by a hyphen ("a 5.4bn-peso fund", "a 600-rupee allowance"), while
"a 10-pound bag" is a weight."""
_VAGUE_SUM = re.compile(rf"{AMOUNT_START}\b(?P<amount>(?i:{VAGUE}))\s+(?P<marker>{WORD})")
"""A vague amount of a currency's word ("thousands of dollars", "a few million dinars")."""
_VAGUE_SCALES = frozenset({"hundred", "thousand", "million", "billion"})


@attrs.frozen
class Amount:
    """A sum as read, before its bare dollar sign is resolved."""

    figure: Figure
    marker: str
    """The ISO code, "$" for a bare dollar sign or word, or "peso" for a bare peso word."""
    written: str
    """The currency as written ("CLP", "pesos", "Ch$")."""


_LETTERS = LETTER_SYMBOLS.keys() | COUNTRY_LETTERS.keys()
"""Letter signs that count only in an article that writes them against a sum-shaped amount
somewhere: once "R8,500" reads as a sum, so does "R350" beside it."""


def read_amounts(text: str, url: str) -> Iterator[Amount]:
    before = list(found(_BEFORE, text))
    after = list(found(_AFTER, text))
    letters = {
        letter_of(m.group("marker"))
        for m in before
        if letter_of(m.group("marker")) in _LETTERS and sum_shaped(m)
    }
    codes = {
        m.group("marker")
        for m in (*before, *after)
        if m.group("marker") in RARE_CODES and sum_shaped(m) and not among_capitals(m)
    }
    for m in before:
        written = m.group("marker")
        if letter_of(written) in _LETTERS and not (sum_shaped(m) or letter_sum(m, letters)):
            continue
        if written == "$" and m.start() and m.string[m.start() - 1].isdigit():
            continue  # a cifrão between escudos and centavos ("1.000$00")
        marker = currency_of(written)
        lettered = written in LETTERED or written in PRESS_LETTERED
        if (written in RARE_CODES or lettered) and not rare_code_fits(m, marker, text, url, codes):
            continue
        if marker == "$" and m.group("word"):
            written = m.group("word")
            marker = currency_of(written)
        yield Amount(_figure(m, _value(m, marker), marker), marker, written)
    for m in after:
        marker = currency_of(m.group("marker"))
        amount = amount_range(_point_grouped(m, marker))
        hyphened = m.group("hyphen") or m.group("joint") == "-"
        if amount is None or (hyphened and not hyphened_sum(m)) or not_a_sum(m):
            continue
        rare = m.group("marker") in RARE_CODES
        if rare and not rare_code_fits(m, marker, text, url, codes):
            continue
        if not country_noun_fits(m.group("marker"), marker, text, url, sum_scaled(m)):
            continue
        if not lettered_after_fits(m, marker, text, url):
            continue
        value = _in_contos(
            m, amount[0] * _scale(m.group("suffix") or "", m.group("scale") or ""), url
        )
        if value is None:
            continue
        yield Amount(_figure(m, value, marker), marker, m.group("marker"))
    if "$" in text and writes_escudos(text, url):
        for m in CIFRAO.finditer(text):
            yield Amount(_figure(m, cifrao_value(m), ESCUDO), ESCUDO, "$")
    for m in article_sums(text):
        marker = currency_of(m.group("marker"))
        if country_noun_fits(m.group("marker"), marker, text, url, scaled=False):
            yield Amount(_figure(m, 1.0, marker), marker, m.group("marker"))
    for m in found(_VAGUE_SUM, text):
        vague = amount_range(m.group("amount"))
        marker = currency_of(m.group("marker"))
        if (
            vague is None
            or not _vague_sum(m)
            or not country_noun_fits(m.group("marker"), marker, text, url, scaled=False)
        ):
            continue
        low, high = _in_contos(m, float(vague[0]), url), _in_contos(m, float(vague[1]), url)
        if low is None or high is None:
            continue
        figure = _figure(m, low, marker)
        hedge = figure.hedge or vague_hedge(m.group("amount"))
        yield Amount(attrs.evolve(figure, high=high, hedge=hedge), marker, m.group("marker"))


def _in_contos(m: re.Match[str], value: float, url: str) -> float | None:
    """The escudos an amount of contos stands for (a thousand each), and None where the
    article is not about escudos ("contos" are also tales); any other sum as it is."""
    if m.group("marker").lower() not in CONTOS:
        return value
    return value * CONTO if writes_escudos(m.string, url) else None


def _vague_sum(m: re.Match[str]) -> bool:
    """Whether a vague amount before a currency word is a sum: "thousands of dollars", "a few
    million dinars", "several thousand euros", "a few rupees"; not a note's or coin's
    denomination ("a few dollar coins") nor, unscaled, a weight ("lost a few pounds")."""
    amount = " ".join(m.group("amount").lower().split())
    if amount.endswith(" of"):
        return True
    scaled = amount.rpartition(" ")[2] in _VAGUE_SCALES
    pound = m.group("marker").lower().startswith("pound")
    return not denomination_after(m) and (scaled or not pound)


def _value(m: re.Match[str], marker: str) -> float:
    """The sum a currency written before its amount stands for; before a scale word of a
    language that groups thousands with a point, the points group ("$4.200 millones")."""
    amount = _point_grouped(m, marker)
    scale = (m.group("scale") or "").lower()
    if scale in POINT_GROUPED_SCALES and POINT_GROUPED.fullmatch(amount):
        amount = amount.replace(".", "")
    suffix = m.group("suffix") or m.group("spaced") or ""
    return float(amount.replace(",", "")) * _scale(suffix, scale)


def _point_grouped(m: re.Match[str], code: str) -> str:
    """The amount of ``m`` without the spaces or points that group its thousands, its
    decimal comma written as a point ("2.700,00" is 2700.00, "97,20" 97.20). Points group when there are
    several ("1.250.000") or a decimal comma follows them. A single point before three digits groups
    in a currency without cents in use (``currency_table.MINOR_DIGITS``: "Gs. 5.000" is
    5,000 guaraníes); in one with cents, only before "000", "500" and the like ("3.000
    Kz", "12.500 euros"), where a price with three decimals hardly ends, and only when no
    scale follows ("1.500 billion"), the sum is no price per unit of measure ("€1.500 a
    litre") and the currency is known (not "$" or "dinars", whose Kuwaiti and Jordanian
    kinds count thousandths); never after a leading zero ("0.900 euros"). In an article
    that groups its thousands with points (``number_style.groups_with_points``) a single
    point before three digits groups them in any sum but a scaled one."""
    amount = SPACE_IN_NUMBER.sub("", m.group("amount"))
    if _CONTINENTAL_AMOUNT.fullmatch(amount):
        return amount.replace(".", "").replace(",", ".")
    if _DECIMAL_COMMA_AMOUNT.fullmatch(amount):
        return amount.replace(",", ".")
    if _MULTI_POINTED.fullmatch(amount):
        return amount.replace(".", "")
    if not POINT_GROUPED.fullmatch(amount) or amount.startswith("0"):
        return amount
    digits = currency_table.MINOR_DIGITS.get(code, 2)
    contos = (m.groupdict().get("marker") or "").lower() in CONTOS  # a conto has no cents
    if digits == 0 or contos or (groups_with_points(m.string) and not sum_scaled(m)):
        return amount.replace(".", "")
    if (
        code not in CODES
        or digits == 3
        or not amount.endswith("00")
        or sum_scaled(m)
        or _UNIT_PRICE.match(m.string, m.end())
    ):
        return amount
    return amount.replace(".", "")


def _scale(suffix: str, word: str) -> float:
    """What a scale suffix ("bn") or, without one, a scale word ("million") multiplies an
    amount by; 1 for neither."""
    if suffix:
        return SCALE_SUFFIXES[suffix.lower()]
    return SCALE_WORDS.get(word.lower(), 1)


def hedged_from(text: str, at: int) -> tuple[int, str | None]:
    """Where a figure written from ``at`` starts, with the hedge written before it."""
    hedge = hedge_before(text, at)
    return (hedge.start(), normal_hedge(hedge.group("hedge"))) if hedge else (at, None)


def _figure(m: re.Match[str], value: float, marker: str) -> Figure:
    start, hedge = hedged_from(m.string, m.start())
    return Figure(
        text=m.string[start : m.end()],
        start=start,
        end=m.end(),
        quantity=Quantity.MONEY,
        low=value,
        high=value,
        unit=marker,
        hedge=hedge,
    )
