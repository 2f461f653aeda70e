"""Sums written in a currency's minor unit: "50 cents", "80 tetri", "500 millimes".

A minor unit is a fraction of its major unit, and the sum is kept in the major unit: "50
cents" is 0.5 of the dollar or euro the sentence or the article counts in, "500 millimes"
0.5 Tunisian dinar. The fraction is the CLDR's (``currency_table.MINOR_DIGITS``: a
thousandth for the dinars of Tunisia, Jordan or Kuwait, a hundredth for most; a currency
with no minor unit in use reads none), but for a unit worth another fraction
(``_UNIT_DIGITS``: Jordan's piastre is a hundredth of its dinar, its fils a thousandth). A
unit several currencies divide into ("cents", "centavos", "fils") is the one of them the
sentence writes, else the article's nearest sum among them, else the case's money claims',
else the one whose country the article names, else its outlet's domain's; when none of
those settles it, "pence" are sterling and "cents" the article's dollar, and any other
unit is left out.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

import attrs

from sorabrief.extract import currency_table
from sorabrief.extract.currency_countries import country_among, outlet_currency
from sorabrief.extract.numbers import (
    AMOUNT_START,
    DIGITS,
    NUMBER_WORDS,
    amount_range,
    hedge_before,
    normal_hedge,
)
from sorabrief.extract.openings import words_of
from sorabrief.findings import Figure, Quantity


def _called(*nouns: str) -> frozenset[str]:
    """The currencies whose English name ends with one of ``nouns`` (from the CLDR)."""
    return frozenset(code for noun in nouns for code in currency_table.NOUNS.get(noun, ()))


_PIASTRES = ("piastres", "piasters", "piastre", "piaster", "qirsh")
_UNITS: tuple[tuple[tuple[str, ...], frozenset[str]], ...] = (
    (("cent", "cents"), _called("dollar", "euro", "rand", "shilling", "leone", "guilder",
     "florin") | {"LKR", "MUR", "SCR", "SZL", "LSL"}),
    (("pence",), frozenset({"GBP", "FKP", "GIP", "SHP"})),
    (("paise", "paisa", "paisas"), frozenset({"INR", "PKR", "NPR"})),
    (("poisha",), frozenset({"BDT"})),
    (("kopecks", "kopeck", "kopeks", "kopek", "kopiykas", "kopiyky", "kopiyka"),
     frozenset({"RUB", "UAH", "BYN"})),
    (("centavos", "centavo"), _called("peso", "real", "quetzal", "lempira", "córdoba",
     "boliviano", "metical", "escudo")),
    (("céntimos", "centimos", "céntimo", "centimo"), _called("sol", "bolívar", "colón", "kwanza")),
    (("cêntimos", "cêntimo"), _called("kwanza", "dobra", "euro")),
    (("centimes", "centime"), _called("franc", "gourde") | {"MAD", "DZD"}),
    (("tetri",), frozenset({"GEL"})),
    (("millimes", "millime"), frozenset({"TND"})),
    (("fils",), frozenset({"AED", "BHD", "KWD", "JOD", "IQD", "YER"})),
    (("halalas", "halala", "halalah", "halalahs"), frozenset({"SAR"})),
    (("baisa", "baiza", "baisas"), frozenset({"OMR"})),
    (("kobo",), frozenset({"NGN"})),
    (("pesewas", "pesewa"), frozenset({"GHS"})),
    (("ngwee",), frozenset({"ZMW"})),
    (("thebe",), frozenset({"BWP"})),
    (("tambala",), frozenset({"MWK"})),
    (("toea",), frozenset({"PGK"})),
    (("satang",), frozenset({"THB"})),
    (("sen",), frozenset({"MYR"})),
    (("groszy", "grosze", "grosz"), frozenset({"PLN"})),
    (("øre",), frozenset({"DKK", "NOK"})),
    (("öre",), frozenset({"SEK"})),
    (("bani",), frozenset({"RON", "MDL"})),
    (("kuruş", "kurus"), frozenset({"TRY"})),
    (_PIASTRES, frozenset({"EGP", "LBP", "SYP", "SDG", "SSP", "JOD"})),
    (("agorot",), frozenset({"ILS"})),
    (("luma",), frozenset({"AMD"})),
    (("qəpik", "qapik"), frozenset({"AZN"})),
    (("tiyin", "tiyn", "tyiyn"), frozenset({"KZT", "UZS", "KGS"})),
    (("jiao",), frozenset({"CNY"})),
    (("santim", "santims"), frozenset({"ETB"})),
    (("lisente",), frozenset({"LSL"})),
    (("chetrum",), frozenset({"BTN"})),
    (("stotinki", "stotinka"), frozenset({"BGN"})),
    (("dirams", "diram"), frozenset({"TJS"})),
    (("deni",), frozenset({"MKD"})),
    (("rappen",), frozenset({"CHF"})),
    (("haléřů", "haléře", "haléř", "halers", "haler"), frozenset({"CZK"})),
    (("fillér",), frozenset({"HUF"})),
    (("centésimos", "centesimos", "centésimo", "centesimo"), frozenset({"UYU", "PAB"})),
    (("sentimo", "sentimos"), frozenset({"PHP"})),
    (("qindarka",), frozenset({"ALL"})),
    (("pya",), frozenset({"MMK"})),
    (("avos",), frozenset({"MOP"})),
)  # fmt: skip
"""The minor units news English writes in words, with the currencies each divides: general
vocabulary, as the CLDR names no minor unit. Words that are also other English words
("ore", "ban", "agora") are left out."""
MINOR_UNITS: dict[str, frozenset[str]] = {noun: codes for nouns, codes in _UNITS for noun in nouns}
_UNIT_DIGITS: dict[tuple[str, str], int] = {(noun, "JOD"): 2 for noun in _PIASTRES}
"""Minor units worth another fraction of their currency than the CLDR's minor digits: the
Jordanian dinar is 1,000 fils (the CLDR's three digits) and also 100 piastres, or qirsh
(Central Bank of Jordan; ISO 4217 lists the fils only)."""

_AMOUNT = rf"(?:{DIGITS}|(?i:{NUMBER_WORDS}))"
_UNIT_NAMES = "|".join(sorted(MINOR_UNITS, key=len, reverse=True))
_MINOR_SUM = re.compile(
    rf"{AMOUNT_START}(?<![\w.,])(?:(?P<low>{DIGITS}(?=\s*[-–])|{_AMOUNT}(?=\s+(?:to|and)\s))"
    r"\s*(?P<joint>-|–|to|and)\s*)?"
    rf"(?:(?P<amount>{_AMOUNT})(?:\s+|-)(?P<unit>{_UNIT_NAMES})"
    rf"|(?P<signed>{DIGITS})(?P<sign>¢|p))(?![\w-])(?!\s+(?:coins?|pieces?)\b)"
)
"""An amount of a minor unit in lower case ("50 cents", "Eighty tetri", "20 to 30
cents"), joined to it by a hyphen ("a 50-diram fee"), or in digits against the cent sign or the penny's "p" ("50¢", "12.5p"); not a
coin ("two 50 cents pieces"), and not "50 Cent", a name."""
_MINOR_MARK = re.compile(rf"[\s-](?:{_UNIT_NAMES})(?![\w-])|\d[¢p](?![\w-])")
"""What every match of ``_MINOR_SUM`` holds: a unit's name after white space or a hyphen
(what stands before the unit) and before no letter, digit or hyphen, or a digit (the last of
``DIGITS``) against the cent sign or "p". ``_MINOR_SUM`` tries an amount at every digit
and at most words' first letters; most articles hold neither, so they are not scanned for
sums at all."""
_MINOR_SIGN = re.compile(r"\d[¢p](?![\w-])")
"""The second half of ``_MINOR_MARK``, which the engine tries only at digits."""
_UNIT_WORDS = frozenset(MINOR_UNITS)
_SIGNS = {"¢": "cents", "p": "pence"}
_RESOLUTIONS = frozenset({"144", "240", "360", "480", "540", "576", "720", "1080", "1440", "2160"})
"""The video resolutions written with a "p" ("720p"): any other number before it is pence."""
_BETWEEN = re.compile(r"(?i:\bbetween\s+)$")
_SENTENCE_END = re.compile(r"[.!?](?=\s)|\n")
_JOINED = re.compile(r"[ \t]+(?:and[ \t]+)?")
"""What stands between a sum in a major unit and the minor units that complete it ("1
euro 50 cents", "2 dollars and 50 cents")."""


def _may_hold_a_sum(text: str) -> bool:
    """Whether ``text`` may hold a match of ``_MINOR_MARK``: a unit's name among the words
    of the text's word index (built once for every figure reader), which each of its names
    after white space is, or a digit against a sign. Trying the names' alternation after
    every space cost more than the rest of the minor units together."""
    words = words_of(text)
    if words is None:
        return _MINOR_MARK.search(text) is not None
    return words.holds_any(_UNIT_WORDS) or _MINOR_SIGN.search(text) is not None


def find_minor_sums(
    text: str,
    sums: Sequence[Figure],
    url: str = "",
    ours: frozenset[str] = frozenset(),
    dollar: str = "USD",
) -> Iterator[Figure]:
    """Every sum in a minor unit in ``text``, read as its major currency (see the module);
    ``sums`` are the article's other sums of money, ``ours`` the case's currencies and
    ``dollar`` the article's own dollar."""
    if not _may_hold_a_sum(text):
        return
    for m in _MINOR_SUM.finditer(text):
        if any(s.start < m.end() and m.start() < s.end for s in sums):
            continue
        if m.group("sign") == "p" and m.group("signed") in _RESOLUTIONS:
            continue
        unit = m.group("unit") or _SIGNS[m.group("sign")]
        amount = amount_range(m.group("amount") or m.group("signed"))
        begin = m.start()
        low = amount_range(m.group("low")) if m.group("low") else amount
        if m.group("joint") == "and" and not _BETWEEN.search(text, max(0, begin - 8), begin):
            begin, low = m.start("amount"), amount
        code = _major(m, unit, sums, url, ours, dollar)
        digits = _UNIT_DIGITS.get(
            (unit, code or ""), currency_table.MINOR_DIGITS.get(code or "", 2)
        )
        if amount is None or low is None or code is None or digits == 0:
            continue
        hedge = hedge_before(text, begin)
        start = hedge.start() if hedge else begin
        yield Figure(
            text=text[start : m.end()],
            start=start,
            end=m.end(),
            quantity=Quantity.MONEY,
            low=low[0] / 10**digits,
            high=amount[0] / 10**digits,
            unit=code,
            hedge=normal_hedge(hedge.group("hedge")) if hedge else None,
        )


def join_minor(text: str, sums: Sequence[Figure], minor: Sequence[Figure]) -> list[Figure]:
    """``sums`` and the ``minor`` sums in order, a whole sum in a major unit and the minor
    units right after it in the same currency read as one sum ("1 euro 50 cents" is 1.50
    EUR, "2 dollars and 50 cents" 2.50 USD)."""
    minors = {id(figure) for figure in minor}
    joined: list[Figure] = []
    for figure in sorted([*sums, *minor], key=lambda f: f.start):
        last = joined[-1] if joined else None
        if (
            last is not None
            and id(figure) in minors
            and id(last) not in minors
            and last.unit == figure.unit
            and last.low == last.high == int(last.low)
            and figure.low == figure.high
            and last.converted is None
            and figure.hedge is None
            and _JOINED.fullmatch(text, last.end, figure.start) is not None
        ):
            value = last.low + figure.low
            joined[-1] = attrs.evolve(
                last, text=text[last.start : figure.end], end=figure.end, low=value, high=value
            )
        else:
            joined.append(figure)
    return joined


def _major(
    m: re.Match[str], unit: str, sums: Sequence[Figure], url: str, ours: frozenset[str], dollar: str
) -> str | None:
    """The currency a minor ``unit`` divides here (see the module)."""
    codes = MINOR_UNITS[unit]
    if len(codes) == 1:
        return next(iter(codes))
    text = m.string
    begin, end = _sentence(text, m.start())
    candidates = [s for s in sums if s.unit in codes]
    in_sentence = [s for s in candidates if begin <= s.start and s.end <= end]
    nearest = sorted(in_sentence or candidates, key=lambda s: abs(s.start - m.start()))
    if nearest:
        return nearest[0].unit
    mine = codes & ours
    if len(mine) == 1:
        return next(iter(mine))
    settled = country_among(codes, text) or outlet_currency(url, codes)
    if settled is not None:
        return settled
    if unit == "pence":
        return "GBP"
    if unit in ("cent", "cents"):
        return dollar if dollar in codes else "USD"
    return None


def _sentence(text: str, at: int) -> tuple[int, int]:
    """Where the sentence holding ``text[at]`` starts and ends."""
    begin = 0
    for end_mark in _SENTENCE_END.finditer(text, 0, at):
        begin = end_mark.end()
    after = _SENTENCE_END.search(text, at)
    return begin, after.start() if after else len(text)
