"""Whose figure it is: a figure every outlet carries as one party's words is that party's claim.

An outlet that quotes a party's letter ("a $150B valued company") or reports what the party
claims ("claiming they were used ... for a $150 billion enterprise") is not vouching for the
amount. When at least one outlet quotes the party and every other outlet reports the figure
in a sentence that says someone claimed or said it, the figure is attributed to that party.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping, Sequence

from sorabrief.briefing import Attribution
from sorabrief.findings import Figure, Findings, Quote

_REPORTED = re.compile(
    r"(?i)\b(?:claim(?:s|ed|ing)?|accus\w*|alleg\w*|sa(?:y|ys|id)|stat(?:e|es|ed|ing)|"
    r"wr(?:ite|ites|ote|iting)|argu\w*|according to|contend\w*|insist\w*)\b"
)
"""Words that make a sentence a report of someone's claim rather than the outlet's own."""
_DOCUMENTS = re.compile(
    r"(?i)\b(letter|statement|press release|blog post|post|complaint|filing|lawsuit|petition|"
    r"memo|report)\b"
)
"""What sources call a party's words."""


def figure_attribution(
    reported: Sequence[tuple[str, Figure]], findings: Mapping[str, Findings]
) -> Attribution | None:
    """The party whose words every reported figure comes from, or None."""
    speakers: set[str] = set()
    documents: Counter[str] = Counter()
    for source_id, figure in reported:
        found = findings[source_id]
        quote = _quote_around(figure, found.quotes)
        sentence = next((s.text for s in found.sentences if s.start <= figure.start < s.end), "")
        if quote is not None and quote.speaker:
            speakers.add(quote.speaker)
        elif quote is not None or not _REPORTED.search(sentence):
            return None
        named = _DOCUMENTS.search(quote.attribution or "") if quote else None
        named = named or _DOCUMENTS.search(sentence)
        if named:
            documents[named.group(1).lower()] += 1
    if len(speakers) != 1:
        return None
    document = max(sorted(documents), key=documents.__getitem__) if documents else None
    return Attribution(party=speakers.pop(), document=document)


def _quote_around(figure: Figure, quotes: Sequence[Quote]) -> Quote | None:
    return next((q for q in quotes if q.start <= figure.start and figure.end <= q.end), None)
