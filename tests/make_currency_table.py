"""Write src/sorabrief/extract/currency_table.py from the Unicode CLDR, read through Babel.

Run: python tests/make_currency_table.py > src/sorabrief/extract/currency_table.py
(Babel is needed only here: it comes with the project's html extra.)
"""

from __future__ import annotations

import unicodedata
from collections import defaultdict
from collections.abc import Iterator

import babel
from babel import Locale, UnknownLocaleError, localedata
from babel.core import get_global
from babel.numbers import get_currency_precision


def current() -> dict[str, list[str]]:
    """Each currency in legal use today, with the territories that use it."""
    territories: dict[str, list[str]] = defaultdict(list)
    for territory, spans in get_global("territory_currencies").items():
        for code, _start, end, tender in spans:
            if end is None and tender and territory.isalpha():
                territories[code].append(territory)
    return dict(territories)


ENDED_SINCE = 2010
"""The year from which a currency that has left legal use is still read: articles of the last
fifteen years name it ("50,000 leva" in Bulgarian reporting before the euro)."""


def recently_ended(uses: dict[str, list[str]]) -> dict[str, list[str]]:
    """Each currency that left legal use in or after ``ENDED_SINCE``, replaced by another,
    with its former territories; a redenomination, whose English name CLDR dates ("Zambian
    Kwacha (1968–2012)") because the current currency bears the same name, is left out.
    Its full names are read, its last word only where no current currency has it ("leva",
    not the Antillean "guilders" now the Caribbean guilder's), and its symbols only where
    they are not written in ASCII ("лв.", not the kuna's "kn", also the knot's)."""
    english = Locale("en")
    territories: dict[str, list[str]] = defaultdict(list)
    for territory, spans in get_global("territory_currencies").items():
        for code, _start, end, tender in spans:
            if (
                end is not None
                and end[0] >= ENDED_SINCE
                and tender
                and territory.isalpha()
                and code not in uses
                and "(" not in english.currencies.get(code, "(")
            ):
                territories[code].append(territory)
    return dict(territories)


def local_symbol(code: str, territories: list[str]) -> set[str]:
    """The symbol each territory's own main language writes for the currency."""
    symbols = set()
    for territory in territories:
        try:
            locale = Locale.parse(f"und_{territory}")
        except (UnknownLocaleError, ValueError):
            continue
        symbol = locale.currency_symbols.get(code, "").strip("\u200b\u200f")
        if symbol and symbol != code:
            symbols.add(symbol)
    return symbols


def territory_locales() -> dict[str, list[Locale]]:
    """Every CLDR locale of each territory, in all its languages."""
    locales: dict[str, list[Locale]] = defaultdict(list)
    for name in localedata.locale_identifiers():
        locale = Locale.parse(name)
        if locale.territory:
            locales[locale.territory].append(locale)
    return locales


def written_symbols(uses: dict[str, list[str]]) -> Iterator[tuple[str, str, Locale]]:
    """Each symbol a locale of a currency's territories writes for it, with the currency and
    the locale."""
    locales = territory_locales()
    for code, territories in uses.items():
        for territory in territories:
            for locale in locales[territory]:
                symbol = locale.currency_symbols.get(code, "").strip("\u200b\u200f")
                if symbol and symbol != code:
                    yield symbol, code, locale


def other_symbols(uses: dict[str, list[str]], taken: set[str]) -> dict[str, str]:
    """Symbols another official language of a currency's territory writes for it (Tunisia's
    French "DT", Paraguay's Spanish "Gs."), when no other currency is written so and the
    main language's symbols (``taken``) do not have them."""
    by_symbol: dict[str, set[str]] = defaultdict(set)
    for symbol, code, _locale in written_symbols(uses):
        by_symbol[symbol].add(code)
    return {
        s: next(iter(c))
        for s, c in sorted(by_symbol.items())
        if len(c) == 1 and s not in taken and len(s) > 1 and s.isprintable()
    }


def press_symbol(code: str, territory: str) -> str:
    """The symbol the territory's English, else its own language, writes for the currency."""
    for name in (f"en_{territory}", f"und_{territory}"):
        try:
            symbol = Locale.parse(name).currency_symbols.get(code, "").strip("\u200b\u200f")
        except (UnknownLocaleError, ValueError):
            continue
        if symbol and symbol != code:
            return symbol
    return ""


def shared_symbols(uses: dict[str, list[str]]) -> dict[str, tuple[str, ...]]:
    """Symbols several currencies' own territories write ("Rs", "K", "£", "¥"), but "$",
    with those currencies."""
    by_symbol: dict[str, set[str]] = defaultdict(set)
    for code, territories in uses.items():
        for territory in territories:
            if symbol := press_symbol(code, territory):
                by_symbol[symbol].add(code)
    return {s: tuple(sorted(c)) for s, c in sorted(by_symbol.items()) if len(c) > 1 and s != "$"}


def letter_signs(uses: dict[str, list[str]]) -> dict[str, tuple[str, ...]]:
    """Single capital letters a locale of a currency's own territory writes for it ("D" in
    the Gambia, "Q" in Guatemala), with every current currency written so."""
    by_letter: dict[str, set[str]] = defaultdict(set)
    for symbol, code, _locale in written_symbols(uses):
        if len(symbol) == 1 and symbol.isascii() and symbol.isupper():
            by_letter[symbol].add(code)
    return {s: tuple(sorted(c)) for s, c in sorted(by_letter.items())}


def month_first(territory: str) -> bool:
    """Whether the territory's short numeric date puts the month first ("M/d/yy")."""
    for name in (f"en_{territory}", f"und_{territory}"):
        try:
            pattern = Locale.parse(name).date_formats["short"].pattern
        except (UnknownLocaleError, ValueError):
            continue
        month, day, year = (pattern.find(c) for c in "Mdy")
        return 0 <= month < day and not 0 <= year < month
    return False


def date_orders(uses: dict[str, list[str]], countries: dict[str, set[str]]) -> dict[str, str]:
    """Each territory's English name, and each currency adjective whose territories agree,
    with the order its short numeric dates use: "month" or "day"."""
    english = Locale("en")
    orders: dict[str, str] = {}
    for code, territories in uses.items():
        each = {t: "month" if month_first(t) else "day" for t in territories}
        for territory, order in each.items():
            orders[english.territories[territory]] = order
        if len(set(each.values())) == 1:
            for name in countries[code] - {english.territories[t] for t in territories}:
                orders.setdefault(name, next(iter(each.values())))
    return orders


def main() -> None:
    english = Locale("en")
    plurals = english._data["currency_names_plural"]
    uses = current()
    ended = recently_ended(uses)
    current_nouns = {
        name.split()[-1].lower()
        for code in uses
        for name in (english.currencies[code], plurals.get(code, {}).get("other", ""))
        if name
    }
    names: dict[str, str] = {}
    nouns: dict[str, set[str]] = defaultdict(set)
    countries: dict[str, set[str]] = defaultdict(set)
    by_symbol: dict[str, set[str]] = defaultdict(set)
    dollar_sign: dict[str, str] = {}
    for code in sorted(uses | ended):
        singular = english.currencies[code]
        plural = plurals.get(code, {}).get("other", singular)
        for name in (singular, plural):
            names[" ".join(name.lower().split())] = code
            noun = name.split()[-1].lower()
            if code in uses or not current_nouns & {noun}:
                nouns[noun].add(code)
        adjective = " ".join(singular.split()[:-1])
        if adjective and adjective[0].isupper():
            countries[code].add(adjective)
        territories = (uses | ended)[code]
        countries[code].update(english.territories[t] for t in territories)
        for symbol in local_symbol(code, territories):
            if code in uses or not symbol.isascii():
                by_symbol[symbol].add(code)
        for territory in uses.get(code, []):
            if local_symbol(code, [territory]) == {"$"}:
                dollar_sign[territory.lower()] = code
    symbols = {
        s: next(iter(c))
        for s, c in by_symbol.items()
        if len(c) == 1
        and (len(s) > 1 or unicodedata.category(s) == "Sc")
        and all(unicodedata.category(ch)[0] in "LSP" for ch in s)
    }
    print(
        f'"""Currency names, symbols and countries from the Unicode CLDR (Babel {babel.__version__}).'
    )
    print()
    print("Generated by tests/make_currency_table.py; do not edit by hand.")
    print('"""')
    print()
    print("# fmt: off")
    print("NAMES: dict[str, str] = {")
    for name, code in sorted(names.items()):
        print(f"    {name!r}: {code!r},")
    print("}")
    print('"""English names of each currency in use or in use since 2010, singular and plural,')
    print('lower case."""')
    print()
    print("NOUNS: dict[str, tuple[str, ...]] = {")
    for noun, codes in sorted(nouns.items()):
        print(f"    {noun!r}: {tuple(sorted(codes))!r},")
    print("}")
    print('"""The last word of each name ("baht", "korunas"), with every currency it may name."""')
    print()
    print("SYMBOLS: dict[str, str] = {")
    for symbol, code in sorted(symbols.items()):
        print(f"    {symbol!r}: {code!r},")
    print("}")
    print('"""Symbols the currency\'s own country writes, when no other currency shares them."""')
    print()
    print("OTHER_SYMBOLS: dict[str, str] = {")
    for symbol, code in other_symbols(uses, set(by_symbol)).items():
        print(f"    {symbol!r}: {code!r},")
    print("}")
    print('"""Symbols another official language of the currency\'s country writes ("DT" in')
    print(
        'Tunisia\'s French, "Gs." in Paraguay\'s Spanish), when no other currency shares them."""'
    )
    print()
    print("COUNTRIES: dict[str, tuple[str, ...]] = {")
    for code, places in sorted(countries.items()):
        print(f"    {code!r}: {tuple(sorted(places))!r},")
    print("}")
    print('"""The territories that use each currency, and its adjective ("Danish", "Thai")."""')
    print()
    print("DATE_ORDERS: dict[str, str] = {")
    for name, order in sorted(date_orders(uses, countries).items()):
        print(f"    {name!r}: {order!r},")
    print("}")
    print('"""Territories and currency adjectives, with the order of day and month in their')
    print('short numeric dates ("month" for "M/d/yy", else "day")."""')
    print()
    print("SHARED_SYMBOLS: dict[str, tuple[str, ...]] = {")
    for symbol, codes in shared_symbols(uses).items():
        print(f"    {symbol!r}: {codes!r},")
    print("}")
    print('"""Symbols the territories of several currencies write, in English or their own')
    print('language ("Rs" in Pakistan and Mauritius, "£", "¥", "K"), but "$" (``DOLLAR_SIGN``)."""')
    print()
    print("LETTER_SIGNS: dict[str, tuple[str, ...]] = {")
    for symbol, codes in letter_signs(uses).items():
        print(f"    {symbol!r}: {codes!r},")
    print("}")
    print('"""Single capital letters the territories of a currency write for it, in any of their')
    print('languages ("D" for the Gambian dalasi, "K" for a kwacha, a kina and a kyat)."""')
    print()
    print("DOMAINS: dict[str, str] = {")
    single = defaultdict(list)
    for code, territories in uses.items():
        for territory in territories:
            single[territory].append(code)
    for territory, codes in sorted(single.items()):
        if len(codes) == 1:
            print(f"    {territory.lower()!r}: {codes[0]!r},")
    print("}")
    print('"""Territories, by their ISO 3166 code in lower case (most are also their internet')
    print('domain), with the one currency in legal use there."""')
    print()
    print("DOLLAR_SIGN: dict[str, str] = {")
    for territory, code in sorted(dollar_sign.items()):
        print(f"    {territory!r}: {code!r},")
    print("}")
    print('"""Territories, by their ISO 3166 code in lower case, whose own language writes')
    print('their currency with a bare "$" (the US, Canada, Australia, Mexico, Chile …)."""')
    print()
    print("MINOR_DIGITS: dict[str, int] = {")
    for code in sorted(uses | ended):
        if (digits := get_currency_precision(code)) != 2:
            print(f"    {code!r}: {digits!r},")
    print("}")
    print('"""Currencies whose minor unit is not a hundredth, with the decimal digits it takes')
    print('(3: a thousandth, the Tunisian millime; 0: none in use, the yen)."""')
    print("# fmt: on")


if __name__ == "__main__":
    main()
