"""Sums of money: any currency, scale words and suffixes, hedges, and conversions.

"£2.5m" is 2,500,000 GBP, "C$650.88" 650.88 CAD, "₹2 crore" 20,000,000 INR and "5 million
euros" 5,000,000 EUR. A second amount in another currency printed right beside the first
("C$650.88 (about US$483)", "¥4.5 billion ($30 million)") is a conversion of it: it is
kept with the first figure, never as a figure of its own.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import attrs

from sorabrief.extract import currency_table
from sorabrief.extract.currencies import (
    CFA,
    CFA_UNSETTLED,
    CODE,
    CODES,
    COUNTRY_LETTERS,
    LETTER_SYMBOLS,
    LETTERED,
    OTHER_POUNDS,
    OWN_SIGNS,
    PESO,
    PESOS,
    POUND,
    PREFIX,
    PRESS_LETTERED,
    RARE_CODES,
    SHARED,
    SHARED_SIGNS,
    SIGN_AFTER,
    WORD,
    country_among,
    country_dollar,
    country_most,
    country_peso,
    currency_of,
    is_dollar,
    letter_of,
    outlet_currency,
)
from sorabrief.extract.first_char import with_first_char
from sorabrief.extract.minor_units import find_minor_sums, join_minor
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
    YEAR,
    amount_range,
    hedge_before,
    normal_hedge,
    vague_hedge,
)
from sorabrief.extract.one_unit import article_sums
from sorabrief.extract.openings import found
from sorabrief.extract.quoted_words import in_quotation
from sorabrief.extract.sum_fits import (
    SPACE_IN_NUMBER,
    among_capitals,
    country_noun_fits,
    denomination_after,
    letter_sum,
    lettered_after_fits,
    not_a_sum,
    rare_code_fits,
    scaled_before_hyphen,
    sum_scaled,
    sum_shaped,
)
from sorabrief.findings import Conversion, Figure, Quantity

_SUFFIX = r"(?:(?P<suffix>k|m|mn|mln|b|bn|bln|tn|trln|cr)|\s(?P<spaced>bn|bln|mn|mln|tn|trln|cr))\b"
_SPACED = r"\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?![\d,.])"
"""Thousands set apart by a space, as much of Europe writes a sum ("15 000 zł")."""
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
    rf"(?P<marker>{PREFIX}|{CODE})\s?(?P<amount>{_SPACED}|{_POINTED}|{DIGITS})"
    rf"(?:(?i:{_SUFFIX})|(?:\s+|-)?(?P<scale>(?i:{SCALE}))\b)?"
    rf"(?:\s+(?P<word>{WORD}|{CODE}))?"
)
"""A currency before its amount, scaled by a suffix or a word, spaced, hyphenated or
joined ("$2.5m", "€40 million", "$1.8-million", "£3.2billion")."""
_AFTER = re.compile(
    rf"{AMOUNT_START}\b(?P<amount>{_SPACED}|{_POINTED}|(?i:{NUMBER}))"
    rf"(?:(?P<suffix>m|mn|mln|bn|bln|k)(?P<joint>\s+|-)|\s+(?:(?P<scale>(?i:{SCALE}))\s+)?|(?P<hyphen>-))"
    rf"(?P<marker>{WORD}|{CODE}|{SIGN_AFTER})"
)
"""An amount before its currency word or code, scaled by a word or a suffix ("350m pesos"),
its number words capitalised or not ("Two hundred dollars"); a scaled amount may be joined
to a singular currency word by a hyphen ("a 5.4bn-peso fund", "a 2 million-euro grant"),
while "a 10-pound bag" is a weight."""
_VAGUE_SUM = re.compile(rf"{AMOUNT_START}\b(?P<amount>(?i:{VAGUE}))\s+(?P<marker>{WORD})")
"""A vague amount of a currency's word ("thousands of dollars", "a few million dinars")."""
_VAGUE_SCALES = frozenset({"hundred", "thousand", "million", "billion"})
_RANGE_GAP = re.compile(r"\s*(?:-|–|to|and)\s*")
"""What joins the two ends of a range of money ("$35 to $60", "between $25m and $35m")."""
_BETWEEN = re.compile(r"(?i:\bbetween\s+)$")
_FROM = re.compile(r"(?i:\bfrom\s+)$")
_RANGE_FROM = re.compile(r"(?i:\b(?:range[sd]?|ranging|var(?:y|ies|ied|ying))\s+from\s+)$")
""""from $25 to $15" is a change, not a range; after a verb of range it is a range
("demands range from $25 to $35", "fees vary from …")."""
_CONVERSION_GAP = re.compile(
    r"(?i:\s+(?:each|apiece|a\s+head|per\s+(?:person|head)))?"
    r"\s*(?:[(\[,—–-]\s*)?(?i:(?:or|equivalent\s+to|approx\.?|worth|which\s+is|i\.e\.)\s+)*"
)
"""What may stand between an amount and its conversion (the hedge belongs to the conversion),
after a word that shares the sum out ("PLN 200 each (about €47)")."""
_CONVERSION_SIGN = re.compile(r"[(\[]|(?i:\b(?:or|equivalent|approx|worth|which|i\.e)\b)")
"""A gap that says the next amount converts the one before (a comma alone lists sums)."""
_AT_RATE = re.compile(
    r"(?i:[ \t]+at[ \t]+(?:current|today['’]s|present|prevailing|the[ \t]+current|the)"
    r"[ \t]+(?:exchange[ \t]+)?rates?)\b"
)
_RATE_GAP = re.compile(r"(?:\s+[a-z]+){0,3}\s*[,(—–-]\s*(?:[a-z]+\s+){0,3}")
"""A sum followed by "at current rates" converts the sum just before it, whatever words
stand between them, the sum's own noun included ("MXN 200 million, a little over US$11
million at current rates", "a HUF 6bn bill, some €15m at current rates")."""


@attrs.frozen
class _Amount:
    """A sum as read, before its bare dollar sign is resolved."""

    figure: Figure
    marker: str
    """The ISO code, "$" for a bare dollar sign or word, or "peso" for a bare peso word."""
    written: str
    """The currency as written ("CLP", "pesos", "Ch$")."""


def find_money(
    text: str, place: str = "", url: str = "", ours: frozenset[str] = frozenset()
) -> tuple[Figure, ...]:
    """Every sum of money in ``text``, with conversions folded into the amount they convert;
    ``place`` is text that may name the article's country when the story does not (its
    title, the outlet's section lines), read for a bare "$";
    ``url`` is the article's address, whose country domain may settle a shared noun;
    ``ours`` holds the currencies the case's money claims are in ("PKR"), which settle a
    shared sign or noun the article itself does not."""
    amounts = sorted(_amounts(text, url), key=lambda a: (a.figure.start, -a.figure.end))
    chosen: list[_Amount] = []
    for amount in amounts:
        if not chosen or amount.figure.start >= chosen[-1].figure.end:
            chosen.append(amount)
    chosen = _resolve_peso(chosen, text, url)
    chosen = _resolve_signs(chosen, text, url, ours)
    chosen = _resolve_pound(chosen, text)
    chosen = _resolve_shared(chosen, text, url, ours)
    home = _home_dollar(chosen, text, place, url)
    figures: list[Figure] = []
    for amount in chosen:
        code = _bare_dollar(amount, home) if amount.marker == "$" else amount.marker
        if amount.marker == "$" and figures and _converts_home(text, figures[-1], amount, home):
            code = "USD"
        figure = attrs.evolve(amount.figure, unit=code)
        if figures and _converts(text, figures[-1], figure):
            figures[-1] = attrs.evolve(figures[-1], converted=_conversion(figure))
        elif figures and _ranges_to(text, figures[-1], figure):
            first = figures[-1]
            figures[-1] = attrs.evolve(
                first, text=text[first.start : figure.end], end=figure.end, high=figure.high
            )
        else:
            figures.append(figure)
    figures = [_opened_by_bare_amount(text, f) for f in figures]
    listed = [f for f in (_listed_before(text, s) for s in figures) if f is not None]
    figures = sorted([*figures, *listed], key=lambda f: f.start) if listed else figures
    minor = list(find_minor_sums(text, figures, url, ours, home))
    return tuple(join_minor(text, figures, minor))


_LETTERS = LETTER_SYMBOLS.keys() | COUNTRY_LETTERS.keys()
"""Letter signs that count only in an article that writes them against a sum-shaped amount
somewhere: once "R8,500" reads as a sum, so does "R350" beside it."""


def _amounts(text: str, url: str) -> Iterator[_Amount]:
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
        marker = currency_of(written)
        lettered = written in LETTERED or written in PRESS_LETTERED
        if (written in RARE_CODES or lettered) and not rare_code_fits(m, marker, text, url, codes):
            continue
        if marker == "$" and m.group("word"):
            written = m.group("word")
            marker = currency_of(written)
        yield _Amount(_figure(m, _value(m, marker), marker), marker, written)
    for m in after:
        marker = currency_of(m.group("marker"))
        amount = amount_range(_point_grouped(m, marker))
        hyphened = m.group("hyphen") or m.group("joint") == "-"
        if amount is None or (hyphened and not scaled_before_hyphen(m)) or not_a_sum(m):
            continue
        rare = m.group("marker") in RARE_CODES
        if rare and not rare_code_fits(m, marker, text, url, codes):
            continue
        if not country_noun_fits(m.group("marker"), marker, text, url, sum_scaled(m)):
            continue
        if not lettered_after_fits(m, marker, text, url):
            continue
        suffix = m.group("suffix")
        scale = (
            SCALE_SUFFIXES[suffix]
            if suffix
            else SCALE_WORDS.get((m.group("scale") or "").lower(), 1)
        )
        value = amount[0] * scale
        yield _Amount(_figure(m, value, marker), marker, m.group("marker"))
    for m in article_sums(text):
        marker = currency_of(m.group("marker"))
        if country_noun_fits(m.group("marker"), marker, text, url, scaled=False):
            yield _Amount(_figure(m, 1.0, marker), marker, m.group("marker"))
    for m in found(_VAGUE_SUM, text):
        vague = amount_range(m.group("amount"))
        marker = currency_of(m.group("marker"))
        if (
            vague is None
            or not _vague_sum(m)
            or not country_noun_fits(m.group("marker"), marker, text, url, scaled=False)
        ):
            continue
        figure = _figure(m, float(vague[0]), marker)
        hedge = figure.hedge or vague_hedge(m.group("amount"))
        yield _Amount(
            attrs.evolve(figure, high=float(vague[1]), hedge=hedge), marker, m.group("marker")
        )


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


def _resolve_peso(amounts: list[_Amount], text: str, url: str) -> list[_Amount]:
    """ "Pesos" written without saying whose are the one peso the article marks explicitly
    ("ARS 4.8bn", "Ch$", "Chilean pesos"), else the peso of the one peso country it names
    or of its outlet's country domain, else Mexican (``currencies.country_peso``)."""
    if all(a.marker != PESO for a in amounts):
        return amounts
    marked = {a.marker for a in amounts if a.marker in PESOS}
    code = next(iter(marked)) if len(marked) == 1 else country_peso(text, url)
    return [attrs.evolve(a, marker=code) if a.marker == PESO else a for a in amounts]


def _bare_dollar(amount: _Amount, home: str) -> str:
    """The currency of a bare "$" or "dollars": the article's own dollar, except that
    "dollars" in words are US dollars where the home currency is a peso, which its press
    writes "$" but never calls a dollar."""
    return "USD" if home in PESOS and "$" not in amount.written else home


def _resolve_signs(
    amounts: list[_Amount], text: str, url: str, ours: frozenset[str]
) -> list[_Amount]:
    """A sign several countries' presses write for their own currency ("Rs", "Sh", "£",
    "¥", "CFA": ``currencies.SHARED_SIGNS``) is the one of its currencies the article
    writes explicitly elsewhere ("PKR 4bn … Rs 200"); when it writes none, the currency of
    the outlet's country domain, else of the one of their countries the article names (or
    names twice as often as any other: ``currencies.country_most``); else the one of them
    the case's money claims are in (``ours``); else
    the sign's usual reading (a CFA franc's is ``currencies.CFA_UNSETTLED``), or left out
    when it has none. "£" is another pound only at
    that pound's country domain (``currencies.OWN_SIGNS``)."""
    if all(a.marker not in SHARED_SIGNS for a in amounts):
        return amounts
    marked = {a.marker for a in amounts}
    resolved: list[_Amount] = []
    for amount in amounts:
        if amount.marker not in SHARED_SIGNS:
            resolved.append(amount)
            continue
        default, codes = SHARED_SIGNS[amount.marker]
        explicit = codes & marked
        own = amount.marker in OWN_SIGNS
        if explicit:
            code = default if own or len(explicit) > 1 else next(iter(explicit))
        else:
            named = None if own else country_most(codes, text)
            code = outlet_currency(url, codes) or named or _case_currency(codes, ours) or default
            code = code or (CFA_UNSETTLED if amount.marker == CFA else None)
        if code is not None:
            resolved.append(attrs.evolve(amount, marker=code))
    return resolved


def _resolve_pound(amounts: list[_Amount], text: str) -> list[_Amount]:
    """ "Pounds" written without saying whose are the one pound other than sterling that the
    article marks explicitly ("E£", "LE", "EGP", "Egyptian pounds"); when it marks no
    pound at all, the one of the country it names ("Egypt"); else sterling."""
    if all(a.marker != POUND for a in amounts):
        return amounts
    marked = {a.marker for a in amounts}
    others = OTHER_POUNDS & marked
    if others:
        code = next(iter(others)) if len(others) == 1 else "GBP"
    else:
        code = "GBP" if "GBP" in marked else country_among(OTHER_POUNDS, text) or "GBP"
    return [attrs.evolve(a, marker=code) if a.marker == POUND else a for a in amounts]


def _resolve_shared(
    amounts: list[_Amount], text: str, url: str, ours: frozenset[str]
) -> list[_Amount]:
    """A currency noun several countries use ("kr", "kroner", "dinars") is the one of them
    the article writes explicitly elsewhere ("SEK 40", "40 Swedish kronor"); when it writes
    none, the one whose country it names ("Denmark", "Danish"), or else the outlet's
    country domain is (".dk"), else the one of them the case's money claims are in; when
    none settles it, such amounts are left out rather than guessed. A letter written for a currency's sign
    ("N2.4bn") is resolved the same way among the currencies it may stand for."""
    marked = {a.marker for a in amounts}
    resolved: list[_Amount] = []
    for amount in amounts:
        codes = SHARED.get(amount.marker) or COUNTRY_LETTERS.get(amount.marker)
        if codes is None:
            resolved.append(amount)
            continue
        explicit = codes & marked
        code = next(iter(explicit)) if len(explicit) == 1 else None
        if code is None and not explicit:
            code = (
                country_among(codes, text)
                or outlet_currency(url, codes)
                or _case_currency(codes, ours)
            )
        if code is not None:
            resolved.append(attrs.evolve(amount, marker=code))
    return resolved


def _case_currency(codes: frozenset[str], ours: frozenset[str]) -> str | None:
    """The one of ``codes`` the case's money claims are in, when exactly one is."""
    mine = codes & ours
    return next(iter(mine)) if len(mine) == 1 else None


def _value(m: re.Match[str], marker: str) -> float:
    """The sum a currency written before its amount stands for; before a scale word of a
    language that groups thousands with a point, the points group ("$4.200 millones")."""
    amount = _point_grouped(m, marker)
    scale = (m.group("scale") or "").lower()
    if scale in POINT_GROUPED_SCALES and POINT_GROUPED.fullmatch(amount):
        amount = amount.replace(".", "")
    return float(amount.replace(",", "")) * _scale(m)


def _point_grouped(m: re.Match[str], code: str) -> str:
    """The amount of ``m`` without the spaces or points that group its thousands. Points
    group when there are several ("1.250.000"). A single point before three digits groups
    in a currency without cents in use (``currency_table.MINOR_DIGITS``: "Gs. 5.000" is
    5,000 guaraníes); in one with cents, only before "000", "500" and the like ("3.000
    Kz", "12.500 euros"), where a price with three decimals hardly ends, and only when no
    scale follows ("1.500 billion"), the sum is no price per unit of measure ("€1.500 a
    litre") and the currency is known (not "$" or "dinars", whose Kuwaiti and Jordanian
    kinds count thousandths); never after a leading zero ("0.900 euros")."""
    amount = SPACE_IN_NUMBER.sub("", m.group("amount"))
    if _MULTI_POINTED.fullmatch(amount):
        return amount.replace(".", "")
    if not POINT_GROUPED.fullmatch(amount) or amount.startswith("0"):
        return amount
    digits = currency_table.MINOR_DIGITS.get(code, 2)
    if digits == 0:
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


def _scale(m: re.Match[str]) -> float:
    suffix = (m.group("suffix") or m.group("spaced") or "").lower()
    if suffix:
        return SCALE_SUFFIXES[suffix]
    return SCALE_WORDS.get((m.group("scale") or "").lower(), 1)


def _figure(m: re.Match[str], value: float, marker: str) -> Figure:
    hedge = hedge_before(m.string, m.start())
    start = hedge.start() if hedge else m.start()
    return Figure(
        text=m.string[start : m.end()],
        start=start,
        end=m.end(),
        quantity=Quantity.MONEY,
        low=value,
        high=value,
        unit=marker,
        hedge=normal_hedge(hedge.group("hedge")) if hedge else None,
    )


def _home_dollar(amounts: list[_Amount], text: str, place: str, url: str) -> str:
    """The article's own dollar: the first dollar currency it marks with a dollar sign or
    names as a dollar that is not a conversion, else the dollar of the one dollar country it
    names (``currencies.country_dollar``). US dollars marked as such ("US$", "USD") claim
    nothing in an article set in another country whose press writes its currency "$":
    such a paper marks the US dollar and writes its own currency bare. A peso the article
    writes as a code or a word ("CLP 4.5 billion", "300 million pesos") does not claim the
    bare "$": that writer keeps "$" for US dollars. Only the writer's own words say so: a
    peso spoken in a quotation says nothing of how the writer uses "$"."""
    spelled = {a.marker for a in amounts if _spelled_peso(a, text)}
    country = country_dollar(text, place, url)
    abroad = country != "USD" and country not in spelled
    previous: _Amount | None = None
    for amount in amounts:
        converting = previous is not None and _CONVERSION_GAP.fullmatch(
            text, previous.figure.end, amount.figure.start
        )
        written_peso = amount.marker in PESOS and "$" not in amount.written
        marked_us = abroad and amount.marker == "USD"
        if is_dollar(amount.marker) and not (written_peso or converting or marked_us):
            return amount.marker
        previous = amount
    return "USD" if country in spelled else country


def _spelled_peso(amount: _Amount, text: str) -> bool:
    """Whether the writer spells out a peso as a code or word, outside any quotation."""
    written = amount.marker in PESOS and "$" not in amount.written
    return written and not in_quotation(text, amount.figure.start)


def _converts(text: str, first: Figure, second: Figure) -> bool:
    """Whether ``second`` is ``first`` converted into another currency."""
    if first.converted is not None or second.unit == first.unit:
        return False
    if _CONVERSION_GAP.fullmatch(text, first.end, second.start) is not None:
        return True
    at_rate = _AT_RATE.match(text, second.end) is not None
    return at_rate and _RATE_GAP.fullmatch(text, first.end, second.start) is not None


def _converts_home(text: str, first: Figure, second: _Amount, home: str) -> bool:
    """Whether a bare "$" converts a sum in the article's own non-US dollar or peso: a
    conversion is into another currency, so "200 million pesos (about $10.9 million)" and
    "C$650 (about $480)" give US dollars."""
    if home == "USD" or first.unit != home or first.converted is not None:
        return False
    gap = _CONVERSION_GAP.fullmatch(text, first.end, second.figure.start)
    signed = gap is not None and (
        _CONVERSION_SIGN.search(gap.group()) is not None or second.figure.hedge is not None
    )
    return signed or _AT_RATE.match(text, second.figure.end) is not None


def _ranges_to(text: str, first: Figure, second: Figure) -> bool:
    """Whether ``second`` is the upper end of a range that ``first`` opens."""
    gap = _RANGE_GAP.fullmatch(text, first.end, second.start)
    if gap is None or first.converted or second.unit != first.unit or second.hedge:
        return False
    if first.low > second.low or _changes(text, first.start):
        return False
    between = _BETWEEN.search(text, max(0, first.start - 8), first.start)
    return "and" not in gap.group() or between is not None


_BARE_BEFORE = re.compile(
    rf"(?P<low>{DIGITS})(?:\s+(?P<scale>(?i:{SCALE})))?(?P<gap>\s*(?:-|–|\bto|\band|\bor)\s*)$"
)
"""An amount without its currency written just before a sum that bears it: the lower end of
a range ("5,000 to 8,000 rupees", "between 2 and 3 million euros", "8,000 or 9,000
kwanzas") or an item of a list ("20,000 and 50,000 kip")."""
_LISTED_GAP = re.compile(r"\s+and\s+")
_LEADING_DIGITS = re.compile(DIGITS)


def _bare_before(text: str, figure: Figure) -> tuple[re.Match[str], re.Match[str]] | None:
    """The bare amount written just before the exact sum ``figure``, and the sum's own
    digits; None when the sum is a range already or no bare amount stands before it."""
    upper = _LEADING_DIGITS.match(text, figure.start)
    if upper is None or figure.low != figure.high:
        return None
    bare = _BARE_BEFORE.search(text, max(0, figure.start - 40), figure.start)
    return None if bare is None else (bare, upper)


def _hedged_from(text: str, at: int) -> tuple[int, str | None]:
    """Where a figure written from ``at`` starts, with the hedge written before it."""
    hedge = hedge_before(text, at)
    return (hedge.start(), normal_hedge(hedge.group("hedge"))) if hedge else (at, None)


def _opened_by_bare_amount(text: str, figure: Figure) -> Figure:
    """The sum as the upper end of a range whose lower end is written bare before it, in the
    same currency and scale ("between 5,000 and 8,000 rupees" is 5,000–8,000); "from 5,000
    to 8,000 rupees" is a change, not a range."""
    found = _bare_before(text, figure)
    if found is None:
        return figure
    bare, upper = found
    if _changes(text, bare.start()):
        return figure
    if "and" in bare["gap"] and not _BETWEEN.search(text, max(0, bare.start() - 8), bare.start()):
        return figure
    written = float(_grouped(upper.group(), figure.low))
    if not written:
        return figure
    scale = SCALE_WORDS[bare["scale"].lower()] if bare["scale"] else figure.low / written
    low = float(_grouped(bare["low"], figure.low / scale)) * scale
    if not 0 < low < figure.low:
        return figure
    start, hedge = _hedged_from(text, bare.start())
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


def _listed_before(text: str, figure: Figure) -> Figure | None:
    """The sum of a bare amount listed before ``figure`` with "and", which names the
    currency for both ("fines of 20,000 and 50,000 kip", "5 million and 10 million
    naira"): the same currency, and the same scale unless it writes its own; not after
    "between", nor with "or", where the two make a range (``_opened_by_bare_amount``), nor
    a year, nor an amount of another order (``_LIST_SPREAD``)."""
    found = _bare_before(text, figure)
    if found is None or not _LISTED_GAP.fullmatch(found[0]["gap"]):
        return None
    bare, upper = found
    if _BETWEEN.search(text, max(0, bare.start() - 8), bare.start()):
        return None
    if YEAR.fullmatch(bare["low"]) or (bare.start() and text[bare.start() - 1] in "$€£¥.,"):
        return None
    written = float(upper.group().replace(",", ""))
    if not written:
        return None
    scale = SCALE_WORDS[bare["scale"].lower()] if bare["scale"] else figure.low / written
    value = float(bare["low"].replace(",", "")) * scale
    if not figure.low / _LIST_SPREAD <= value <= figure.low * _LIST_SPREAD:
        return None  # "aged 5 and 8,000 euros in grants": no sums of one list
    end = bare.start("gap")
    start, hedge = _hedged_from(text, bare.start())
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


def _changes(text: str, start: int) -> bool:
    """Whether "from" before the sum at ``start`` opens a change, not a range."""
    return _FROM.search(text, max(0, start - 5), start) is not None and not _RANGE_FROM.search(
        text, max(0, start - 20), start
    )


def _conversion(figure: Figure) -> Conversion:
    return Conversion(
        text=figure.text,
        start=figure.start,
        end=figure.end,
        low=figure.low,
        high=figure.high,
        unit=figure.unit,
        hedge=figure.hedge,
    )
