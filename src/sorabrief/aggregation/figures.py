"""Reconcile a figure across outlets: agreement, soft agreement or a discrepancy."""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Mapping, Sequence
from decimal import Decimal

from sorabrief.aggregation.claimed import figure_attribution
from sorabrief.aggregation.figure_update import CountReport, grew_by_date
from sorabrief.aggregation.partitive import other_count
from sorabrief.briefing import (
    Agreement,
    Discrepancy,
    DiscrepancyKind,
    FigureReport,
    FigureVariant,
    Variant,
)
from sorabrief.extract.numbers import VAGUE_AMOUNTS, VAGUE_SCALED, normal_hedge
from sorabrief.findings import Figure, Findings, Quantity
from sorabrief.model import Claim
from sorabrief.partial_date import PartialDate
from sorabrief.quantities import HOURS_IN, approximate, hedged, in_claim_unit, time_unit


def reconcile_figure(
    claim: Claim,
    reported: Sequence[tuple[str, Figure]],
    outlet_of: Callable[[str], str],
    findings: Mapping[str, Findings] | None = None,
    strength: Callable[[str, Figure], float] | None = None,
    published: Mapping[str, PartialDate | None] | None = None,
) -> tuple[FigureReport, Discrepancy | None]:
    """The figure report for one claim from ``(source id, figure)`` pairs, and its discrepancy if any.

    With the sources' ``findings``, a figure every outlet carries as one party's words is
    attributed to that party. ``strength`` says how strongly each figure's sentence is
    linked (its score), to choose between values that as many outlets give. With the
    sources' ``published`` dates, a count that grew with them, each later outlet dating
    its own (``figure_update.py``), is an update: its newest value is the consensus."""
    reported, set_aside = _same_quantity(claim, reported, outlet_of, strength)
    variants = _variants(claim, reported)
    sentences = [_sentence_of(findings, source_id, f) for source_id, f in reported]
    standings = [
        (outlet_of(source_id), _standing(claim, f, sentence))
        for (source_id, f), sentence in zip(reported, sentences, strict=True)
    ]
    agreement = _agreement(variants, standings, outlet_of)
    dated = [
        CountReport(
            published.get(source_id) if published else None,
            f.low,
            standing,
            text[0] if text else "",
            _days_told(findings, source_id, text),
        )
        for (source_id, f), (_, standing), text in zip(reported, standings, sentences, strict=True)
    ]
    if (
        agreement == Agreement.DISAGREE
        and claim.quantity == Quantity.COUNT
        and grew_by_date(dated, _apart)
    ):
        agreement = Agreement.UPDATED
    report = FigureReport(
        claim=claim.id,
        subject=claim.subject or claim.id,
        unit=claim.unit or "",
        consensus=(
            _newest(claim, variants, dated, reported)
            if agreement == Agreement.UPDATED
            else _consensus(variants, agreement, outlet_of)
        ),
        variants=variants,
        agreement=agreement,
        attribution=figure_attribution(reported, findings) if findings else None,
        conflicting=_conflicting_outlets(standings),
        set_aside=tuple((source_id, f.text) for source_id, f in set_aside),
    )
    discrepancy = None
    if agreement == Agreement.DISAGREE:
        discrepancy = Discrepancy(
            subject=report.subject,
            kind=DiscrepancyKind.FIGURE,
            variants=tuple(
                Variant(v.low if v.low == v.high else None, v.sources, figure=v) for v in variants
            ),
            claim=claim.id,
        )
    return report, discrepancy


SAME_QUANTITY = 3.0
"""Values further apart than this factor from the value most outlets give are not read as
a disagreement: outlets that disagree on one quantity differ by a fraction ("38,000" and
"32,000"), while a value ten times off is almost always another quantity in the same unit
(a £40m dividend linked to £150 of compensation)."""


def _same_quantity(
    claim: Claim,
    reported: Sequence[tuple[str, Figure]],
    outlet_of: Callable[[str], str],
    strength: Callable[[str, Figure], float] | None = None,
) -> tuple[list[tuple[str, Figure]], list[tuple[str, Figure]]]:
    """The figures of one quantity, and those set aside as likely another quantity: more
    than ``SAME_QUANTITY`` times off the value with the most outlets giving a value within
    that factor of it ("12,380", "some 12,400" and "almost 15,000" outweigh "under five"),
    then with the most outlets giving it exactly, then whose sentences are most strongly
    linked; none when that ties too with a value far off it)."""
    given: dict[tuple[float, float], set[str]] = {}
    best: dict[tuple[float, float], float] = {}
    for source_id, figure in reported:
        value = _in_claim_unit(claim, figure)
        given.setdefault(value, set()).add(outlet_of(source_id))
        linked = strength(source_id, figure) if strength else 0.0
        best[value] = max(best.get(value, 0.0), linked)
    outlets = {
        value: {o for other, named in given.items() if not _far(other, value) for o in named}
        for value in given
    }

    def weight(item: tuple[tuple[float, float], set[str]]) -> tuple[int, int, float]:
        return len(item[1]), len(given[item[0]]), best[item[0]]

    ranked = sorted(outlets.items(), key=weight, reverse=True)
    if len(ranked) < 2 or (
        weight(ranked[0]) == weight(ranked[1]) and _far(ranked[0][0], ranked[1][0])
    ):
        return list(reported), []
    kept: list[tuple[str, Figure]] = []
    set_aside: list[tuple[str, Figure]] = []
    for source_id, figure in reported:
        far = _far(_in_claim_unit(claim, figure), ranked[0][0])
        (set_aside if far else kept).append((source_id, figure))
    return kept, set_aside


def _far(value: tuple[float, float], anchor: tuple[float, float]) -> bool:
    """Whether a value is more than ``SAME_QUANTITY`` times off another."""
    return value[1] * SAME_QUANTITY < anchor[0] or value[0] > anchor[1] * SAME_QUANTITY


MONTH_DAYS = (28.0, 31.0)
"""How long a calendar month is: a span in months read in weeks or days is a range."""


def claim_range(claim: Claim, figure: Figure) -> tuple[float, float]:
    """The range a figure allows in the claim's unit, widened by its hedge (an approximate
    count or span no further than its rounding, ``ROUNDED_REACH``), and for a span
    in months read in a smaller unit, by the months' lengths: "a month and a half" is 6 to
    6.6 weeks, so it stands beside "six weeks"."""
    value, top = _in_claim_unit(claim, figure)
    low, high = hedged(value, top, figure.hedge)
    money = figure.quantity == Quantity.MONEY
    if approximate(figure.hedge) and value == top and figure.low and not money:
        reach = ROUNDED_REACH * _last_place(figure.low) * value / figure.low
        low, high = max(low, value - reach), min(high, value + reach)
    elif money and value == top and figure.low and _SHORTENED.search(figure.text):
        place = _last_place(figure.low)
        if figure.low >= 10 * place:  # two significant digits or more: "L818m", "$25m"
            reach = 0.5 * place * value / figure.low
            low, high = min(low, value - reach), max(high, value + reach)
    if time_unit(figure.unit) == "month" and time_unit(claim.unit or "") not in (None, "month"):
        average = HOURS_IN["month"] / 24
        low = round(low * MONTH_DAYS[0] / average, 9)
        high = round(high * MONTH_DAYS[1] / average, 9)
    return low, high


_SHORTENED = re.compile(r"(?i)\d[ -]?(?:k|m|mn|bn|b|million|billion|trillion)\b")
"""A sum written with a scale ("L818m", "$25 million"), which a headline or a short report
rounds to its last written digit: "L818m" stands beside "L818.4 million", while "$2m"
(one significant digit) still stands apart from "$2.5m"."""


ROUNDED_REACH = 2.5
"""How many units of its last significant digit an approximate count or span allows
either way, within its hedge: "about 38,000" is 35,500 to 40,500, as a rounding to the
thousand (not "41,500"); "about 25 minutes" is 22.5 to 27.5. An approximate sum keeps its
tenth either way: it is often a conversion at some day's rate ("about US$2.2 million")."""


def _last_place(amount: float) -> float:
    """The place of an amount's last significant digit: 1,000 for 38,000, 0.1 for 3.2.
    Read to 12 significant digits, so that the noise of a product ("2.01 million" is
    2009999.9999999998) is not read as a digit."""
    exponent = Decimal(f"{abs(amount):.12g}").normalize().as_tuple().exponent
    return 10.0**exponent if isinstance(exponent, int) else 1.0


def _in_claim_unit(claim: Claim, figure: Figure) -> tuple[float, float]:
    """The figure's amount as written, in the claim's unit."""
    factor = in_claim_unit(
        figure.quantity.value, figure.unit, claim.quantity or "", claim.unit or ""
    )
    factor = 1.0 if factor is None else factor
    return round(figure.low * factor, 9), round(figure.high * factor, 9)


def _variants(claim: Claim, reported: Sequence[tuple[str, Figure]]) -> tuple[FigureVariant, ...]:
    """One variant per distinct value, with every wording and source behind it."""
    grouped: dict[tuple[float, float], list[tuple[str, Figure]]] = {}
    for source_id, figure in reported:
        grouped.setdefault(_in_claim_unit(claim, figure), []).append((source_id, figure))
    return tuple(
        FigureVariant(
            low=low,
            high=high,
            unit=claim.unit or items[0][1].unit,
            quantity=claim.quantity or items[0][1].quantity.value,
            texts=tuple(sorted({f.text for _, f in items})),
            sources=tuple(sorted({s for s, _ in items})),
            approximate=low == high and all(f.hedge for _, f in items),
        )
        for (low, high), items in sorted(grouped.items())
    )


def _agreement(
    variants: tuple[FigureVariant, ...],
    standings: Sequence[tuple[str, Standing]],
    outlet_of: Callable[[str], str],
) -> Agreement:
    """Values of different outlets whose hedged ranges are disjoint disagree; otherwise one
    outlet is a single source. One outlet giving several values is not a disagreement
    between outlets (``check`` warns of it). ``standings``: each report's outlet and
    ``_standing``."""
    if _outlets_disagree(standings):
        return Agreement.DISAGREE
    if len({outlet_of(s) for v in variants for s in v.sources}) <= 1:
        return Agreement.SINGLE
    exact = len(variants) == 1 and variants[0].low == variants[0].high
    return Agreement.AGREE if exact else Agreement.SOFT


def _outlets_disagree(standings: Sequence[tuple[str, Standing]]) -> bool:
    """Whether two different outlets give values that cannot both be true. Each distinct
    value is compared once, with the set of outlets giving it, so the cost grows with the
    distinct values, not with the reports."""
    outlets: dict[Standing, set[str]] = {}
    for outlet, standing in standings:
        outlets.setdefault(standing, set()).add(outlet)
    distinct = list(outlets.items())
    return any(
        _apart(a, b) and len(x | y) > 1
        for i, (a, x) in enumerate(distinct)
        for b, y in distinct[i:]
    )


def _conflicting_outlets(standings: Sequence[tuple[str, Standing]]) -> tuple[str, ...]:
    """Outlets that give values for the figure whose ranges are disjoint (``standings``:
    each report's outlet and ``_standing``)."""
    by_outlet: dict[str, dict[Standing, int]] = {}
    for outlet, standing in standings:
        given = by_outlet.setdefault(outlet, {})
        given[standing] = given.get(standing, 0) + 1
    return tuple(sorted(outlet for outlet, given in by_outlet.items() if _any_apart(given)))


def _any_apart(given: Mapping[Standing, int]) -> bool:
    """Whether two of the values given (each with how many times it is given) cannot both
    be true."""
    distinct = list(given.items())
    return any(
        _apart(a, b) and (a != b or n > 1)
        for i, (a, n) in enumerate(distinct)
        for b, _ in distinct[i:]
    )


Standing = tuple[float, float, bool, float, float, tuple[float, float] | None]
"""What decides whether a figure can stand beside another: its hedged range in the claim's
unit, whether its hedge makes it approximate, its amount as written in that unit, and the
range of the other number of a part and its whole that it is one of (``partitive.py``)."""


def _standing(claim: Claim, figure: Figure, sentence: tuple[str, int] | None = None) -> Standing:
    """With the figure's ``sentence`` (its text and start), a count written as a part of a
    whole, or as the whole a part is taken from, carries the other number as well."""
    low, high = claim_range(claim, figure)
    if _vague(figure):
        low, high = 0.0, math.inf
    value_low, value_high = _in_claim_unit(claim, figure)
    other = other_count(sentence[0], figure, figure.start - sentence[1]) if sentence else None
    if other is not None and figure.low:
        factor = value_low / figure.low
        other = (other[0] * factor, other[1] * factor)
    return (low, high, approximate(figure.hedge), value_low, value_high, other)


def _vague(figure: Figure) -> bool:
    """Whether an amount is a vague word ("several", "dozens of", "hundreds of"): the
    writer gives no number, and the range the word conventionally spans is no claim that
    another outlet's number can contradict ("several hospitals" beside "9 hospitals")."""
    hedge = normal_hedge(figure.hedge) or ""
    return figure.low != figure.high and (
        hedge in VAGUE_AMOUNTS or f"{hedge} of" in VAGUE_AMOUNTS or hedge in VAGUE_SCALED
    )


def _sentence_of(
    findings: Mapping[str, Findings] | None, source_id: str, figure: Figure
) -> tuple[str, int] | None:
    """The text and start of the sentence holding a figure, when the findings are given."""
    if findings is None or source_id not in findings:
        return None
    return next(
        (
            (s.text, s.start)
            for s in findings[source_id].sentences
            if s.start <= figure.start < s.end
        ),
        None,
    )


_SINCE = re.compile(r"(?i)\bsince\s+(?:(?:late|early)\s+(?:on\s+)?)?$")
"""What opens the start of a tally ("since Monday"), which is not the day it was counted."""


def _days_told(
    findings: Mapping[str, Findings] | None, source_id: str, sentence: tuple[str, int] | None
) -> tuple[PartialDate, ...]:
    """The days, known to the day, a sentence tells, but for one a tally runs from."""
    if findings is None or sentence is None or source_id not in findings:
        return ()
    text, start = sentence
    return tuple(
        d.value
        for d in findings[source_id].dates
        if d.value
        and d.value.day
        and start <= d.start < start + len(text)
        and not _SINCE.search(text[: d.start - start])
    )


def _apart(a: Standing, b: Standing) -> bool:
    """Whether two figures cannot both be true: their hedged ranges are disjoint, or both
    are approximate amounts ("about 180,000", "some 210,000") and neither amount lies within
    the other's hedge; and neither's other number of a part and its whole stands beside
    the other figure."""
    low_a, high_a, approximate_a, value_a, top_a, other_a = a
    low_b, high_b, approximate_b, value_b, top_b, other_b = b
    others = [(other_a, (low_b, high_b)), ((low_a, high_a), other_b), (other_a, other_b)]
    if any(x and y and x[0] <= y[1] and y[0] <= x[1] for x, y in others):
        return False
    if high_a < low_b or high_b < low_a:
        return True
    if not (approximate_a and approximate_b) or value_a != top_a or value_b != top_b:
        return False
    return not (low_b <= value_a <= high_b or low_a <= value_b <= high_a)


def _newest(
    claim: Claim,
    variants: tuple[FigureVariant, ...],
    dated: Sequence[CountReport[Standing]],
    reported: Sequence[tuple[str, Figure]],
) -> FigureVariant | None:
    """The variant of the newest report, the highest of the newest when they differ."""
    newest = max(
        range(len(reported)), key=lambda i: (dated[i].published or PartialDate(1), dated[i].value)
    )
    value = _in_claim_unit(claim, reported[newest][1])
    return next((v for v in variants if (v.low, v.high) == value), None)


def _consensus(
    variants: tuple[FigureVariant, ...], agreement: Agreement, outlet_of: Callable[[str], str]
) -> FigureVariant | None:
    """The variant most outlets report, the most precise on a tie; none when a disagreement ties."""

    def weight(v: FigureVariant) -> tuple[int, float]:
        return len({outlet_of(s) for s in v.sources}), -(v.high - v.low)

    ranked = sorted(variants, key=weight, reverse=True)
    if not ranked:
        return None
    if (
        agreement == Agreement.DISAGREE
        and len(ranked) > 1
        and weight(ranked[0])[0] == weight(ranked[1])[0]
    ):
        return None
    return ranked[0]
