"""Figure-reading libraries against the hand labels of the evaluation corpus.

Run: python benchmarks/compare_figure_libraries.py
(in an environment with sorabrief installed; quantulum3, price-parser and babel are only
needed for this comparison, and a library that is not installed is skipped with one line.)

Every reader gets the same input: the body of each corpus article after its front matter,
uncleaned. Labels are located as in ``tests/corpus/scoring.py``. Per reader and kind of
figure (the "scope") the table gives:

- found: labelled figures that some find overlaps;
- right: labelled figures whose first overlapping find has the right kind, the right unit
  (ISO 4217 code for money, the counted noun in the singular for counts, any time unit
  for durations, "%") and the right value or range in the label's unit. Hedges and
  printed conversions are not judged here, so sorabrief's own figure is higher than the
  "figures right" of ``benchmarks/eval_extraction.py``;
- wrong kind / unit / amount: why the found but not right labels are wrong;
- false: finds of that kind overlapping no labelled figure and no labelled noise span. A
  money find starting within 40 characters after a label that records a printed
  conversion (``converted``) is that conversion and is not counted: folding it into the
  sum is the caller's job, and the labels give it no figure of its own;
- offsets: whether the library itself gives character offsets into the text;
- speed: characters of body read per second, over the whole corpus, after a warm-up.

How each library is fed:

- quantulum3 ``parser.parse`` reads the whole body. Its unit is mapped to a kind: entity
  "currency" is money (``unit.currency_code``), entity "time" a duration, the units
  "percentage" and "per cent" a percentage, a dimensionless number a count (with no noun,
  since quantulum3 gives none, so no count can be right), anything else "other". A range
  is value ± uncertainty.
- price-parser parses a given price string and does not search text, so every number
  written in digits is cut out with up to 4 letters, spaces or currency signs on each
  side (no punctuation, digits or line breaks: "C$650.88", "Rs 50 lakh", "812.02 CAD")
  and the window is given to ``Price.fromstring``; a window where it finds a currency
  and reads the number itself as the amount is a find, its span running from the
  currency to the number. price-parser gives the currency as
  written ("C$", "Rs"), not an ISO code: it is mapped with sorabrief's
  ``currencies.currency_of``, and a bare "$" by sorabrief's article rule.
- Babel is a table, not a reader: ``find_figures`` runs with the marker-to-code lookup
  ``currencies.currency_of`` replaced by one built from Babel's locale data (currency
  symbols and display names of every English locale, and the ISO codes). A marker Babel
  gives to several currencies is a bare dollar when all of them are dollars (resolved by
  the article rule as before), else the "en" locale's currency for it, else unknown.
  Where markers are found still comes from sorabrief's regular expressions.
"""

from __future__ import annotations

import importlib.util
import re
import sys
import time
import unicodedata
import warnings
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests" / "corpus"))

from scoring import Article, Item, incidents, overlaps, read_incident

from sorabrief.extract import money_amounts
from sorabrief.extract.currencies import currency_of
from sorabrief.extract.dollar_countries import country_dollar, is_dollar
from sorabrief.extract.figures import find_figures
from sorabrief.nouns import singular
from sorabrief.quantities import HOURS_IN, time_unit

KINDS = ("money", "count", "duration", "percent")
_CONVERSION_REACH = 40


@dataclass(frozen=True)
class Find:
    """A figure as one reader reports it, in the terms of the labels."""

    start: int
    end: int
    kind: str
    """money, count, duration, percent, or whatever else the reader calls it."""
    low: float
    high: float
    unit: str | None


Examples = dict[tuple[str, str], list[str]]
"""Wrong answers, as text, by the kind of the label and why they are wrong."""


@dataclass
class Reader:
    name: str
    read: Callable[[str], list[Find]]
    scopes: tuple[str, ...]
    offsets: Callable[[], str]
    """Whether the library itself gives character offsets into the text."""


# sorabrief


def read_sorabrief(text: str) -> list[Find]:
    return [
        Find(f.start, f.end, f.quantity.value, f.low, f.high, f.unit) for f in find_figures(text)
    ]


# quantulum3

_PERCENT_UNITS = frozenset({"percentage", "per cent", "percent"})


def quantulum_reader() -> Reader:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # "Classifier dependencies not installed"
        from quantulum3 import classifier, parser

    sliced = Counter[bool]()
    """Whether each span quantulum3 gave slices its surface out of the text."""

    def read(text: str) -> list[Find]:
        finds = []
        for q in parser.parse(text):
            sliced[text[q.span[0] : q.span[1]] == q.surface] += 1
            low = high = float(q.value)
            if q.uncertainty:
                low, high = low - q.uncertainty, high + q.uncertainty
            entity, name = q.unit.entity.name, q.unit.name
            kind, unit = "other", name
            if entity == "currency":
                kind, unit = "money", q.unit.currency_code
            elif entity == "time":
                kind = "duration"
            elif name in _PERCENT_UNITS:
                kind, unit = "percent", "%"
            elif entity == "dimensionless":
                kind, unit = "count", None
            finds.append(Find(q.span[0], q.span[1], kind, low, high, unit))
        return finds

    def offsets() -> str:
        off = sliced[False]
        return "yes" if off == 0 else f"no: {off} of {sliced.total()} spans miss the surface"

    mode = "with classifier" if classifier.USE_CLF else "no classifier"
    return Reader(f"quantulum3 ({mode})", read, ("all", *KINDS), offsets)


# price-parser

_NUMBER = re.compile(r"\d(?:[\d,]*\d)?(?:\.\d+)?")
_WINDOW = 4


def _window_char(ch: str) -> bool:
    """What a price-parser window may hold beside the number: letters, currency signs and
    spaces (so "C$", "Rs ", "INR ", " CAD"), but no line break, punctuation or digit."""
    return ch == " " or ch.isalpha() or unicodedata.category(ch) == "Sc"


def price_parser_reader() -> Reader:
    from price_parser import Price

    def read(text: str) -> list[Find]:
        found: list[tuple[int, int, float, str]] = []
        for m in _NUMBER.finditer(text):
            left, right = m.start(), m.end()
            while left > max(0, m.start() - _WINDOW) and _window_char(text[left - 1]):
                left -= 1
            while right < min(len(text), m.end() + _WINDOW) and _window_char(text[right]):
                right += 1
            price = Price.fromstring(text[left:right])
            if price.currency is None or price.amount is None or price.amount_text != m.group():
                continue
            at = text.find(price.currency, left, right)
            if at < 0:
                continue
            start, end = min(at, m.start()), max(at + len(price.currency), m.end())
            found.append((start, end, float(price.amount), _iso(price.currency)))
        home = next((c for *_, c in found if c != "$" and is_dollar(c)), None)
        home = home or country_dollar(text)
        return [Find(s, e, "money", v, v, home if code == "$" else code) for s, e, v, code in found]

    return Reader(
        "price-parser (digit windows)", read, ("money",), lambda: "no (script finds them)"
    )


def _iso(marker: str) -> str:
    try:
        return currency_of(marker)
    except ValueError:
        return "?"


# Babel


def babel_reader() -> Reader:
    from babel import Locale, localedata, numbers

    codes_of: dict[str, set[str]] = {}
    english = [i for i in localedata.locale_identifiers() if i == "en" or i.startswith("en_")]
    for identifier in english:
        locale = Locale.parse(identifier)
        for code, symbol in locale.currency_symbols.items():
            codes_of.setdefault(symbol.casefold(), set()).add(code)
        for code, name in locale.currencies.items():
            codes_of.setdefault(name.casefold(), set()).add(code)
    for code in numbers.list_currencies():
        codes_of.setdefault(code.casefold(), set()).add(code)
        for count in (1, 2):
            name = numbers.get_currency_name(code, count=count, locale="en")
            codes_of.setdefault(name.casefold(), set()).add(code)
    in_english = {s.casefold(): c for c, s in Locale.parse("en").currency_symbols.items()}

    def babel_currency_of(marker: str) -> str:
        key = " ".join(marker.casefold().split())
        codes = codes_of.get(key, set())
        if len(codes) == 1:
            return next(iter(codes))
        names = {numbers.get_currency_name(c, locale="en") for c in codes}
        if codes and all(n.endswith("Dollar") for n in names):
            return "$"
        return in_english.get(key, "?")

    def read(text: str) -> list[Find]:
        original = money_amounts.currency_of
        money_amounts.currency_of = babel_currency_of
        try:
            return read_sorabrief(text)
        finally:
            money_amounts.currency_of = original

    return Reader("Babel table in sorabrief", read, ("money",), lambda: "n/a (lookup table)")


# scoring


def kind_unit_amount(find: Find, label: dict[str, Any]) -> str | None:
    """Why a find does not answer a label ("kind", "unit", "amount"), or None if it does."""
    if find.kind != label["quantity"]:
        return "kind"
    want_unit = str(label["unit"])
    factor = 1.0
    if find.kind == "duration":
        have, want = time_unit(find.unit or ""), time_unit(want_unit)
        if have is None or want is None:
            return "unit"
        factor = HOURS_IN[have] / HOURS_IN[want]
    elif find.kind == "count":
        have_noun = singular(find.unit.split()[-1]) if find.unit else None
        if have_noun != singular(want_unit.split()[-1]):
            return "unit"
    elif find.unit != want_unit:
        return "unit"
    low = float(label.get("low", label.get("value", "nan")))
    high = float(label.get("high", label.get("value", "nan")))
    close = abs(find.low * factor - low) <= 1e-6 * abs(low) + 1e-9
    if not close or abs(find.high * factor - high) > 1e-6 * abs(high) + 1e-9:
        return "amount"
    return None


def is_conversion(find: Find, figures: list[Item]) -> bool:
    """Whether a find is where a conversion is printed right after a labelled sum of money
    (its value is not judged: the labels give no figure of its own there)."""
    return find.kind == "money" and any(
        item.label.get("converted") and 0 <= find.start - item.end <= _CONVERSION_REACH
        for item in figures
    )


def score(reader: Reader, articles: list[Article]) -> tuple[dict[str, Counter[str]], Examples]:
    """Counts per scope, and the wrong answers by kind of label and why they are wrong."""
    counts = {scope: Counter[str]() for scope in reader.scopes}
    examples: Examples = {}
    for article in articles:
        body = article.source.body
        finds = reader.read(body)
        figures = [i for i in article.items if i.category == "figures"]
        for item in figures:
            hits = [f for f in finds if overlaps((f.start, f.end), (item.start, item.end))]
            why = "not found" if not hits else kind_unit_amount(hits[0], item.label)
            for scope in reader.scopes:
                if scope not in ("all", item.label["quantity"]):
                    continue
                counts[scope]["labels"] += 1
                counts[scope]["found"] += bool(hits)
                counts[scope]["right"] += why is None
                if hits and why is not None:
                    counts[scope][why] += 1
            if why is not None and hits:
                got = hits[0]
                examples.setdefault((item.label["quantity"], why), []).append(
                    f"{item.label['text']!r} -> {got.kind} {body[got.start : got.end]!r} "
                    f"{_amount(got.low, got.high)} {got.unit or '(no unit)'}"
                )
        for find in finds:
            span = (find.start, find.end)
            if any(overlaps(span, (i.start, i.end)) for i in figures):
                continue
            if any(overlaps(span, n) for n in article.noise) or is_conversion(find, figures):
                continue
            for scope in reader.scopes:
                if scope in ("all", find.kind):
                    counts[scope]["false"] += 1
    return counts, examples


def _amount(low: float, high: float) -> str:
    return f"{low:g}" if low == high else f"{low:g}–{high:g}"


def speed(reader: Reader) -> float:
    """Characters per second over the corpus bodies: the fastest of the passes made in about
    a second (at least one), after one warm-up article."""
    reader.read(BODIES[0])
    chars = sum(map(len, BODIES))
    fastest = float("inf")
    began = time.perf_counter()
    while fastest == float("inf") or time.perf_counter() - began < 1.0:
        started = time.perf_counter()
        for body in BODIES:
            reader.read(body)
        fastest = min(fastest, time.perf_counter() - started)
    return chars / fastest


ARTICLES = [a for folder in incidents() for a in read_incident(folder)]
BODIES = [a.source.body for a in ARTICLES]

LIBRARIES: tuple[tuple[str, str, Callable[[], Reader]], ...] = (
    ("quantulum3", "quantulum3", quantulum_reader),
    ("price-parser", "price_parser", price_parser_reader),
    ("babel", "babel", babel_reader),
)


def main() -> None:
    readers = [Reader("sorabrief find_figures", read_sorabrief, ("all", *KINDS), lambda: "yes")]
    skipped = []
    for package, module, make in LIBRARIES:
        if importlib.util.find_spec(module) is None:
            skipped.append(f"{package}: skipped (not installed; pip install {package})")
        else:
            readers.append(make())
    labels = sum(i.category == "figures" for a in ARTICLES for i in a.items)
    print(
        f"Figures: {len(ARTICLES)} corpus articles, {sum(map(len, BODIES)):,} chars of body, "
        f"{labels} labelled figures\n"
    )
    header = ["reader", "scope", "found", "right", "wrong kind/unit/amount", "false"]
    print("| " + " | ".join([*header, "offsets", "speed"]) + " |")
    print("|" + "---|" * (len(header) + 2))
    all_examples = {}
    for reader in readers:
        try:
            counts, all_examples[reader.name] = score(reader, ARTICLES)
            rate = f"{speed(reader) / 1e3:,.0f} k chars/s"
        except Exception as error:  # a broken install (a model that will not load, say)
            skipped.append(f"{reader.name}: failed ({type(error).__name__}: {error})")
            continue
        for n, scope in enumerate(reader.scopes):
            c = counts[scope]
            cells = [
                reader.name if n == 0 else "",
                scope,
                f"{c['found']}/{c['labels']}",
                f"{c['right']}/{c['labels']}",
                f"{c['kind']}/{c['unit']}/{c['amount']}",
                str(c["false"]),
                reader.offsets() if n == 0 else "",
                rate if n == 0 else "",
            ]
            print("| " + " | ".join(cells) + " |")
    for line in skipped:
        print(line)
    print("\nLabels found but wrong, by kind of label and why, with the first case:")
    for name, examples in all_examples.items():
        print(f"  {name}: {sum(map(len, examples.values()))}")
        for (quantity, why), cases in sorted(examples.items(), key=lambda e: -len(e[1])):
            print(f"    {quantity}, wrong {why}: {len(cases)}, e.g. {cases[0]}")
    print(
        "\nprice-parser does not search text: it was given each number in digits with up to"
        "\n4 letters, spaces or currency signs either side, and its currency as written was"
        "\nmapped to ISO by sorabrief's currency_of. Babel replaces only the marker-to-ISO"
        "\nlookup inside find_figures. Hedges and conversions are not judged. See the docstring."
    )


if __name__ == "__main__":
    main()
