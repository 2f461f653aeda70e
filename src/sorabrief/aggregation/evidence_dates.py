"""The dates a source's evidence for an event gives, and whether the words around each
tell of the event."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

import attrs

from sorabrief.aggregation.clauses import clause_spans
from sorabrief.aggregation.dating import CALENDAR
from sorabrief.aggregation.meaning import sentence_stems
from sorabrief.briefing import Evidence
from sorabrief.extract.dateline import dateline_length
from sorabrief.findings import DateMention, Findings


@attrs.frozen
class EvidenceDate:
    """A resolved date of a source's evidence for an event."""

    mention: DateMention
    in_clause: bool
    """Whether its clause holds a word of the event's statement other than a name."""
    in_sentence: bool
    """Whether its sentence does."""


def evidence_dates(
    evidence: Sequence[Evidence], findings: Mapping[str, Findings], statement: str
) -> dict[tuple[str, int], EvidenceDate]:
    """Every resolved date written in the evidence, its dateline aside, by source id and
    offset. Names (capitalised words after the first) and weekday and month names do not
    count as words of the ``statement``: "the board ordered refunds on Monday" ties Monday to
    "ordered refunds", while "Ms Ruiz filed a complaint with the Harbour Board on Friday"
    ties Friday to nothing of "the Harbour Board ordered refunds" but its name."""
    words = set(sentence_stems(_NAME.sub(" ", statement))) - CALENDAR
    found: dict[tuple[str, int], EvidenceDate] = {}
    for excerpt in evidence:
        opening = excerpt.start + dateline_length(excerpt.text)
        in_sentence = bool(words & set(sentence_stems(excerpt.text)))
        for m in findings[excerpt.source].dates:
            at = m.start - excerpt.start
            written = excerpt.text[at : at + len(m.text)] == m.text
            if m.value is not None and opening <= m.start and m.end <= excerpt.end and written:
                clause = _clause_at(excerpt.text, at)
                in_clause = bool(words & set(sentence_stems(clause)))
                found[excerpt.source, m.start] = EvidenceDate(m, in_clause, in_sentence)
    return found


_NAME = re.compile(r"(?<=\s)[A-Z][\w’'-]*")
"""A capitalised word after the first: a name, which tells who or where, not what
happened."""


def _clause_at(text: str, at: int) -> str:
    """The clause of ``text`` holding the offset ``at``."""
    return next((text[a:b] for a, b in clause_spans(text) if a <= at < b), text)
