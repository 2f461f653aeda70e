"""Whose currency a sum is, where its sign or word does not say: a marker several
currencies share ("Rs", "pesos", "pounds", "kr") and a bare "$", settled per article."""

from __future__ import annotations

import attrs

from sorabrief.extract.currency_countries import country_among, country_most, outlet_currency
from sorabrief.extract.currency_symbols import COUNTRY_LETTERS
from sorabrief.extract.currency_words import RESPELLED, SHARED, currency_written
from sorabrief.extract.dollar_countries import PESOS, country_dollar, country_peso, is_dollar
from sorabrief.extract.money_amounts import Amount
from sorabrief.extract.money_conversions import conversion_gap
from sorabrief.extract.quoted_words import in_quotation
from sorabrief.extract.shared_markers import (
    CFA,
    CFA_UNSETTLED,
    OTHER_POUNDS,
    OWN_SIGNS,
    PESO,
    POUND,
    SHARED_SIGNS,
)


def resolve_markers(
    amounts: list[Amount], text: str, url: str, ours: frozenset[str]
) -> list[Amount]:
    """The sums with each marker several currencies share settled as the article settles it
    (a peso, a shared sign, a pound, a shared noun or letter), or left out where nothing does."""
    amounts = _resolve_peso(amounts, text, url)
    amounts = _resolve_signs(amounts, text, url, ours)
    amounts = _resolve_pound(amounts, text)
    return _resolve_shared(amounts, text, url, ours)


def _resolve_peso(amounts: list[Amount], text: str, url: str) -> list[Amount]:
    """ "Pesos" written without saying whose are the one peso the article marks explicitly
    ("ARS 4.8bn", "Ch$", "Chilean pesos"), else the peso of the one peso country it names
    or of its outlet's country domain, else Mexican (``dollar_countries.country_peso``)."""
    if all(a.marker != PESO for a in amounts):
        return amounts
    marked = {a.marker for a in amounts if a.marker in PESOS}
    code = next(iter(marked)) if len(marked) == 1 else country_peso(text, url)
    return [attrs.evolve(a, marker=code) if a.marker == PESO else a for a in amounts]


def bare_dollar(amount: Amount, home: str) -> str:
    """The currency of a bare "$" or "dollars": the article's own dollar, except that
    "dollars" in words are US dollars where the home currency is a peso, which its press
    writes "$" but never calls a dollar."""
    return "USD" if home in PESOS and "$" not in amount.written else home


def _resolve_signs(
    amounts: list[Amount], text: str, url: str, ours: frozenset[str]
) -> list[Amount]:
    """A sign several countries' presses write for their own currency ("Rs", "Sh", "£",
    "¥", "CFA": ``shared_markers.SHARED_SIGNS``) is the one of its currencies the article
    writes explicitly elsewhere ("PKR 4bn … Rs 200"); when it writes none, the currency of
    the outlet's country domain, else the one whose name or code the article writes
    elsewhere, else of the one of their countries the article names (or
    names twice as often as any other: ``currency_countries.country_most``); else the one of them
    the case's money claims are in (``ours``); else
    the sign's usual reading (a CFA franc's is ``shared_markers.CFA_UNSETTLED``), or left out
    when it has none. "£" is another pound only at
    that pound's country domain (``shared_markers.OWN_SIGNS``)."""
    if all(a.marker not in SHARED_SIGNS for a in amounts):
        return amounts
    marked = {a.marker for a in amounts}
    resolved: list[Amount] = []
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
            named = None if own else _written_among(codes, text) or country_most(codes, text)
            code = outlet_currency(url, codes) or named or _case_currency(codes, ours) or default
            code = code or (CFA_UNSETTLED if amount.marker == CFA else None)
        if code is not None:
            resolved.append(attrs.evolve(amount, marker=code))
    return resolved


def _written_among(codes: frozenset[str], text: str) -> str | None:
    """The one of ``codes`` whose name or code the article writes ("not a single bolívar"
    settles a "Bs." as Venezuela's), or None when it writes none or several."""
    written = [code for code in sorted(codes) if currency_written(code, text)]
    return written[0] if len(written) == 1 else None


def _resolve_pound(amounts: list[Amount], text: str) -> list[Amount]:
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
    amounts: list[Amount], text: str, url: str, ours: frozenset[str]
) -> list[Amount]:
    """A currency noun several countries use ("kr", "kroner", "dinars") is the one of them
    the article writes explicitly elsewhere ("SEK 40", "40 Swedish kronor"); when it writes
    none, the one whose country it names ("Denmark", "Danish"; or names twice as often as
    any other), or else the outlet's country domain is (".dk"), else the one of them the
    case's money claims are in; when none settles it, such amounts are left out rather than
    guessed. A noun written bare before the article first marks one of its currencies is
    another of them where the article settles one so, else the one marked. A letter written for a currency's sign
    ("N2.4bn") is resolved the same way among the currencies it may stand for."""
    marked = {a.marker for a in amounts}
    resolved: list[Amount] = []
    for amount in amounts:
        codes = SHARED.get(amount.marker) or COUNTRY_LETTERS.get(amount.marker)
        if codes is None:
            resolved.append(amount)
            continue
        explicit = codes & marked
        code = next(iter(explicit)) if len(explicit) == 1 else None
        respelled = RESPELLED.get(amount.marker, frozenset()) - explicit
        if code is not None and _marked_later(amounts, amount, code):
            code = _settled((codes - explicit, respelled), text, url, ours) or code
        elif code is None and not explicit:
            code = _settled((codes, respelled), text, url, ours)
        if code is not None:
            resolved.append(attrs.evolve(amount, marker=code))
    return resolved


def _settled(
    choices: tuple[frozenset[str], ...], text: str, url: str, ours: frozenset[str]
) -> str | None:
    """The currency the article settles among ``choices``, each set tried in turn at each
    step: the one whose country it names (or names twice as often as any other), else its
    outlet's country domain's, else the case's."""
    candidates = [
        *(country_most(codes, text) for codes in choices),
        *(outlet_currency(url, codes) for codes in choices),
        *(_case_currency(codes, ours) for codes in choices),
    ]
    return next((code for code in candidates if code), None)


def _marked_later(amounts: list[Amount], amount: Amount, code: str) -> bool:
    """Whether the article marks ``code`` explicitly only after this bare noun: a writer
    who has written "600 riyals" and later "2 million Saudi riyals" marks a foreign
    currency, not the one already written bare."""
    return amount.figure.start < min(a.figure.start for a in amounts if a.marker == code)


def _case_currency(codes: frozenset[str], ours: frozenset[str]) -> str | None:
    """The one of ``codes`` the case's money claims are in, when exactly one is."""
    mine = codes & ours
    return next(iter(mine)) if len(mine) == 1 else None


def home_dollar(amounts: list[Amount], text: str, place: str, url: str) -> str:
    """The article's own dollar: the first dollar currency it marks with a dollar sign or
    names as a dollar that is not a conversion, else the dollar of the one dollar country it
    names (``dollar_countries.country_dollar``). US dollars marked as such ("US$", "USD") claim
    nothing in an article set in another country whose press writes its currency "$":
    such a paper marks the US dollar and writes its own currency bare. A peso the article
    writes as a code or a word ("CLP 4.5 billion", "300 million pesos") does not claim the
    bare "$": that writer keeps "$" for US dollars. Only the writer's own words say so: a
    peso spoken in a quotation says nothing of how the writer uses "$"."""
    spelled = {a.marker for a in amounts if _spelled_peso(a, text)}
    country = country_dollar(text, place, url)
    abroad = country != "USD" and country not in spelled
    previous: Amount | None = None
    for amount in amounts:
        converting = previous is not None and conversion_gap(text, previous.figure, amount.figure)
        marked_us = abroad and amount.marker == "USD"
        if is_dollar(amount.marker) and not (_written_peso(amount) or converting or marked_us):
            return amount.marker
        previous = amount
    return "USD" if country in spelled else country


def _spelled_peso(amount: Amount, text: str) -> bool:
    """Whether the writer spells out a peso as a code or word, outside any quotation."""
    return _written_peso(amount) and not in_quotation(text, amount.figure.start)


def _written_peso(amount: Amount) -> bool:
    """Whether a peso is written as a code or a word ("CLP", "pesos"), not with "$"."""
    return amount.marker in PESOS and "$" not in amount.written
