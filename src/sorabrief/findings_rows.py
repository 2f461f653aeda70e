"""Findings as compact JSON rows, for the findings cache, read back with every value checked.

Each item is a list of its fields in declaration order (``[start, end, text]`` for a
sentence), so an entry carries no keys and reads with plain constructor calls, about
twice as fast as structuring keyed objects with cattrs. Reading checks the type of every
value (an ``int`` field takes no ``bool``, ``float``, or text; a float field takes an
integer as cattrs does, made a float) and the length of every row; anything else raises
``ValueError`` or ``TypeError``, so an entry of another shape is never trusted.
"""

from __future__ import annotations

import json
from typing import Any

from sorabrief.findings import (
    Conversion,
    DateMention,
    DatePrecision,
    Figure,
    Findings,
    Mention,
    Quantity,
    Quote,
    Removed,
    Sentence,
    Span,
    Term,
)
from sorabrief.partial_date import PartialDate

Row = list[Any]


def findings_rows(findings: Findings) -> Row:
    """Findings as rows: ``[source, removed, sentences, quotes, terms, figures, dates,
    mentions]``."""
    return [
        findings.source,
        [[r.start, r.end, r.reason] for r in findings.removed],
        [[s.start, s.end, s.text] for s in findings.sentences],
        [_quote_row(q) for q in findings.quotes],
        [[t.text, t.start, t.end] for t in findings.terms],
        [_figure_row(f) for f in findings.figures],
        [_date_row(d) for d in findings.dates],
        [[m.party, m.text, m.start, m.end] for m in findings.mentions],
    ]


def findings_json(findings: Findings) -> str:
    """``findings_rows`` as compact JSON text, as the cache stores it."""
    return json.dumps(findings_rows(findings), ensure_ascii=False, separators=(",", ":"))


def _quote_row(q: Quote) -> Row:
    segments = [[s.start, s.end] for s in q.segments]
    return [q.text, q.start, q.end, segments, q.speaker, q.attribution, q.verb, q.via, q.via_party]


def _figure_row(f: Figure) -> Row:
    c = f.converted
    converted = None if c is None else [c.text, c.start, c.end, c.low, c.high, c.unit, c.hedge]
    bound = None if f.bound is None else [f.bound.start, f.bound.end]
    return [
        f.text, f.start, f.end, f.quantity.value, f.low, f.high, f.unit, f.counts, f.hedge,
        converted, bound,
    ]  # fmt: skip


def _date_row(d: DateMention) -> Row:
    value = None if d.value is None else d.value.isoformat()
    return [d.text, d.start, d.end, value, d.precision.value, d.relative]


def findings_from_rows(row: Any) -> Findings:
    """Findings from ``findings_rows``; ValueError or TypeError for anything else."""
    source, removed, sentences, quotes, terms, figures, dates, mentions = _fields(row, 8)
    return Findings(
        source=_text(source),
        removed=tuple([Removed(*_spanned(r)) for r in _rows(removed)]),
        sentences=tuple([Sentence(*_spanned(r)) for r in _rows(sentences)]),
        quotes=tuple([_quote(r) for r in _rows(quotes)]),
        terms=tuple([Term(*_texted(r)) for r in _rows(terms)]),
        figures=tuple([_figure(r) for r in _rows(figures)]),
        dates=tuple([_date(r) for r in _rows(dates)]),
        mentions=tuple([_mention(r) for r in _rows(mentions)]),
    )


def _rows(value: Any) -> list[Any]:
    if type(value) is not list:
        raise TypeError("expected a list of rows")
    return value


def _fields(row: Any, count: int) -> list[Any]:
    if type(row) is not list or len(row) != count:
        raise ValueError(f"expected a row of {count} fields")
    return row


def _int(value: Any) -> int:
    if type(value) is not int:
        raise TypeError("expected an integer")
    return value


def _float(value: Any) -> float:
    if type(value) is not float and type(value) is not int:
        raise TypeError("expected a number")
    return float(value)


def _text(value: Any) -> str:
    if type(value) is not str:
        raise TypeError("expected text")
    return value


def _maybe_text(value: Any) -> str | None:
    return None if value is None else _text(value)


def _spanned(row: Any) -> list[Any]:
    """A row of ``start, end, text``, checked (the checks of ``_fields``, ``_int`` and
    ``_text`` written out: a case of 10,000 articles has some 200,000 sentences)."""
    if type(row) is not list or len(row) != 3:
        raise ValueError("expected a row of 3 fields")
    start, end, text = row
    if type(start) is not int or type(end) is not int:
        raise TypeError("expected an integer")
    if type(text) is not str:
        raise TypeError("expected text")
    return row


def _texted(row: Any) -> list[Any]:
    """A row of ``text, start, end``, checked."""
    text, start, end = _fields(row, 3)
    return [_text(text), _int(start), _int(end)]


def _span(row: Any) -> Span:
    start, end = _fields(row, 2)
    return Span(_int(start), _int(end))


def _quote(row: Any) -> Quote:
    text, start, end, segments, speaker, attribution, verb, via, via_party = _fields(row, 9)
    return Quote(
        _text(text),
        _int(start),
        _int(end),
        tuple([_span(s) for s in _rows(segments)]),
        _maybe_text(speaker),
        _maybe_text(attribution),
        _maybe_text(verb),
        _maybe_text(via),
        _maybe_text(via_party),
    )


def _conversion(row: Any) -> Conversion:
    text, start, end, low, high, unit, hedge = _fields(row, 7)
    return Conversion(
        _text(text), _int(start), _int(end), _float(low), _float(high), _text(unit),
        _maybe_text(hedge),
    )  # fmt: skip


def _figure(row: Any) -> Figure:
    text, start, end, quantity, low, high, unit, counts, hedge, converted, bound = _fields(row, 11)
    return Figure(
        _text(text), _int(start), _int(end), Quantity(_text(quantity)), _float(low),
        _float(high), _text(unit), _maybe_text(counts), _maybe_text(hedge),
        None if converted is None else _conversion(converted),
        None if bound is None else _span(bound),
    )  # fmt: skip


def _date(row: Any) -> DateMention:
    text, start, end, value, precision, relative = _fields(row, 6)
    if type(relative) is not bool:
        raise TypeError("expected true or false")
    return DateMention(
        _text(text), _int(start), _int(end),
        None if value is None else PartialDate.parse(_text(value)),
        DatePrecision(_text(precision)), relative,
    )  # fmt: skip


def _mention(row: Any) -> Mention:
    """A row of ``party, text, start, end``, checked as ``_spanned`` checks."""
    if type(row) is not list or len(row) != 4:
        raise ValueError("expected a row of 4 fields")
    party, text, start, end = row
    if type(party) is not str or type(text) is not str:
        raise TypeError("expected text")
    if type(start) is not int or type(end) is not int:
        raise TypeError("expected an integer")
    return Mention(party, text, start, end)
