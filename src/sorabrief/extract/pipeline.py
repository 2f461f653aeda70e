"""The extraction pipeline: clean the body, then read sentences, quotations, figures,
dates and party mentions from the kept text only."""

from __future__ import annotations

from sorabrief.extract.clean import clean
from sorabrief.extract.dates import find_dates
from sorabrief.extract.figures import find_figures
from sorabrief.extract.masking import kept_spans, masked
from sorabrief.extract.mentions import party_matcher
from sorabrief.extract.quotes import find_quotes
from sorabrief.extract.sentences import split_sentences
from sorabrief.extract.vocabulary import Vocabulary
from sorabrief.findings import Findings, Removed
from sorabrief.model import Source

_PLACE_LINES = frozenset({"page header", "navigation", "story tags"})
"""Removed lines that may name where the story is (the outlet's section, the story's tags);
a byline is left out, as it names where the reporters sit ("Reporting by … in Singapore")."""


def extract_findings(source: Source, vocabulary: Vocabulary) -> Findings:
    """Findings for one source."""
    removed = clean(source.body, vocabulary, source.publisher, source.title)
    text = masked(source.body, removed)
    parties = party_matcher(vocabulary.parties)
    sentences = split_sentences(source.body, kept_spans(len(source.body), removed))
    quotes, terms = find_quotes(text, sentences, parties)
    return Findings(
        source=source.id,
        removed=removed,
        sentences=sentences,
        quotes=quotes,
        terms=terms,
        figures=find_figures(
            text, _place(source, removed), source.url or "", frozenset(vocabulary.currencies)
        ),
        dates=find_dates(text, source.published),
        mentions=tuple(parties.mentions(text)),
    )


def _place(source: Source, removed: tuple[Removed, ...]) -> str:
    """The title and the outlet's section and tag lines, which may name the country of a
    story that never names it."""
    lines = (source.body[r.start : r.end] for r in removed if r.reason in _PLACE_LINES)
    return "\n".join((source.title or "", *lines))
