"""Whether an amount written beside a currency is a sum of money here.

A letter, a code the press seldom writes or a code that is also a word stands for a
currency only where the amount reads as a sum ("R2.4bn", "MWK 12,500", "3.4 million TND")
or the article settles it (its country named, its domain, the same sign against a sum
elsewhere); an amount before a currency's name may be a note's denomination or a weight
("50 euro notes", "40 pounds of cocaine").
"""

from __future__ import annotations

import re

from sorabrief.extract.currency_countries import country_among, outlet_currency
from sorabrief.extract.currency_patterns import LETTERED_AFTER
from sorabrief.extract.currency_symbols import WORD_CODES, letter_of
from sorabrief.extract.currency_words import COUNTRY_NOUNS, SHARED, currency_written
from sorabrief.extract.numbers import SCALE, SCALE_WORDS, YEAR
from sorabrief.extract.shared_markers import SHARED_SIGNS

SPACE_IN_NUMBER = re.compile(r"(?<=\d)[ \u00a0\u202f](?=\d{3})")
"""A space between thousands ("15 000")."""
_CENTS_OR_THOUSANDS = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d\d)?|\d+\.\d\d")


def hyphened_sum(m: re.Match[str]) -> bool:
    """Whether a hyphened amount is a sum: scaled ("5.4bn-peso", "2 million-euro") or, but
    for a pound, which is also a weight, any amount ("a 600-rupee allowance", "a
    250,000-peso grant"); not a weight ("a 10-pound bag"; a coin or note, "a five-peso
    coin", is ``not_a_sum``)."""
    words = m.group("amount").lower().split()
    if m.group("suffix") or (len(words) > 1 and words[-1] in SCALE_WORDS):
        return True
    return not m.group("marker").lower().startswith("pound")


_DENOMINATION = re.compile(r"\s+(?:bank)?(?:notes?|bills?|coins?)\b")
_OF = re.compile(r"\s+of\b")


def not_a_sum(m: re.Match[str]) -> bool:
    """Whether an amount before a currency word is no sum: a note or coin's denomination
    ("300 fake 50 euro notes"), or a weight ("40 pounds of gear"; a scaled amount, "2
    million pounds of public money", is a sum)."""
    if denomination_after(m):
        return True
    weight = m.group("marker").lower() in ("pound", "pounds") and not sum_scaled(m)
    return weight and _OF.match(m.string, m.end()) is not None


def denomination_after(m: re.Match[str]) -> bool:
    """Whether notes or coins follow the currency, which names a denomination ("50 euro
    notes", "a few dollar coins")."""
    return _DENOMINATION.match(m.string, m.end()) is not None


def sum_scaled(m: re.Match[str]) -> bool:
    """Whether an amount carries a scale ("2 million", "3bn")."""
    return bool(m.group("suffix") or m.group("scale") or _SCALED.search(m.group("amount")))


def rare_code_fits(
    m: re.Match[str], code: str, text: str, url: str, shaped_codes: set[str]
) -> bool:
    """Whether a code the press seldom writes, or a symbol in letters, is a currency here:
    against a sum-shaped amount, in a paper at its country's domain, in an article that
    names its country, or, for a code, in one that writes it against a sum-shaped amount
    elsewhere ("TND 1.2m … 900 TND") (``currency_symbols.RARE_CODES``, ``currency_symbols.LETTERED``);
    a code that is also a word stands beside no other word in capitals and before no plural."""
    if m.group("marker") in WORD_CODES and (
        among_capitals(m) or _PLURAL_AFTER.match(m.string, m.end())
    ):
        return False
    codes = SHARED.get(code) or SHARED_SIGNS.get(code, (None, frozenset({code})))[1]
    if sum_shaped(m) or m.group("marker") in shaped_codes:
        return True
    if outlet_currency(url, codes) is not None:
        return True
    return country_among(codes, text) is not None


_CAPITALS_BEFORE = re.compile(r"\b[A-Z]{2,}[ \t]+$")
_CAPITALS_AFTER = re.compile(r"[ \t]+[A-Z]{2,}\b")


_PLURAL_AFTER = re.compile(r"[ \t]+[a-z]{2,}[^\Ws]s\b")
"""A plural noun right after a code that is also a word makes it a count's modifier ("PEN
2,000 members", "2,000 TOP players")."""


def among_capitals(m: re.Match[str]) -> bool:
    """Whether a match stands beside another word in capitals, as in a headline set in
    capitals ("ALL 2,000 STAFF TO GO"), where a code may be a word."""
    text = m.string
    return bool(
        _CAPITALS_BEFORE.search(text, max(0, m.start() - 20), m.start())
        or _CAPITALS_AFTER.match(text, m.end())
    )


def country_noun_fits(written: str, code: str, text: str, url: str, scaled: bool) -> bool:
    """Whether a currency noun that is also an English word ("dong", "kip", "dram") is a
    currency here (``currency_words.COUNTRY_NOUNS``): after a scaled amount ("84 million
    drams": no whisky is measured so), in an article that names its country, or in a
    paper at its country's domain."""
    if written.lower() not in COUNTRY_NOUNS or scaled:
        return True
    codes = frozenset({code})
    return outlet_currency(url, codes) is not None or country_among(codes, text) is not None


_NAMING_AFTER = re.compile(r"[ \t]+(?:[A-Z]|[a-z]+[^\Ws]s\b|of\b)")
"""A capitalised word, a plural or "of" after the letters: they name something ("QR codes",
"Le Monde", "FC Union", "RO plants") or measure it ("500 MT of coal")."""


def lettered_after_fits(m: re.Match[str], code: str, text: str, url: str) -> bool:
    """Whether a symbol in English letters after an amount ("3,200 Ar") is a currency here
    (``currency_patterns.LETTERED_AFTER``): in a paper at its country's domain, or in an article
    that writes the currency's name or code; never after a year or a number with a leading
    zero, nor before a capitalised word or a plural that the letters qualify, nor before
    "of" (a unit of measure)."""
    if m.group("marker") not in LETTERED_AFTER:
        return True
    amount = m.group("amount")
    if YEAR.fullmatch(amount) or amount.startswith("0") or _NAMING_AFTER.match(m.string, m.end()):
        return False
    codes = SHARED_SIGNS.get(code, (None, frozenset({code})))[1]
    return outlet_currency(url, codes) is not None or any(currency_written(c, text) for c in codes)


_NAME_BEFORE = re.compile(
    r"(?i:\bthe|\bno\.?|\bform|\broute|\bon|\balong|\bvia|\boff|\bgrade|\bmodel|\bflight"
    r"|\bclass|\btype)[ \t]+$"
)
"""Words that make a letter and a number a name ("the R32", "form R2", "on R21", "Grade R5")."""


def letter_sum(m: re.Match[str], letters: set[str]) -> bool:
    """Whether a letter before a plain number is a currency sign: the article writes the
    letter against a sum-shaped amount elsewhere, and no "the" names a road or a form."""
    return letter_of(m.group("marker")) in letters and not _NAME_BEFORE.search(
        m.string, max(0, m.start() - 8), m.start()
    )


_SCALED = re.compile(rf"\s(?i:{SCALE})$")
"""A scale word that ends an amount ("3.4 million" before "TND")."""


def sum_shaped(m: re.Match[str]) -> bool:
    """Whether an amount reads as a sum and not a name: it has a scale ("R2.4bn", "R35
    million", "3.4 million TND"), cents ("R41.20") or a thousands separator ("R1,500")."""
    amount = m.group("amount")
    scaled = m.group("suffix") or m.groupdict().get("spaced") or m.group("scale")
    if scaled or _SCALED.search(amount):
        return True
    return _CENTS_OR_THOUSANDS.fullmatch(SPACE_IN_NUMBER.sub(",", amount)) is not None
