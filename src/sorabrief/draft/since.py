"""Dates that do not date what a sentence reports: a year or a month after "since", "than"
or "in the past" ("has spent $2m on repairs since 2023", "more than in 2022") says when a
state began or what is compared, not when the claim happened. A sentence whose only dates
are such is guessed an event without a date."""

from __future__ import annotations

import re

from sorabrief.findings import DateMention, DatePrecision, Findings, Sentence

_NOT_ITS_DATE = re.compile(
    r"(?i)\b(?:since|than(?:\s+in)?|compared\s+(?:with|to)(?:\s+in)?|"
    r"(?:in|over|during)\s+the\s+(?:past|last|previous))\s+(?:[\w’'-]+\s+){0,3}$"
)
_SINCE_LEAD = re.compile(r"(?i)^since\b")
"""A date mention written with its "since" ("since 2021")."""
_LOOSE = (DatePrecision.YEAR, DatePrecision.MONTH)


def own_dates(findings: Findings, sentence: Sentence) -> list[DateMention]:
    """The resolved dates of a sentence that can date what it reports."""
    return [
        d
        for d in findings.dates
        if d.value is not None
        and sentence.start <= d.start < sentence.end
        and not _dates_something_else(findings, sentence, d)
    ]


def _dates_something_else(findings: Findings, sentence: Sentence, mention: DateMention) -> bool:
    if mention.precision not in _LOOSE:
        return False
    before = sentence.text[: mention.start - sentence.start]
    return _SINCE_LEAD.match(mention.text) is not None or _NOT_ITS_DATE.search(before) is not None
