"""Extraction: what one source says, found with character offsets into its body.

``extract`` is a pure function of one source and the case's vocabulary.
"""

from __future__ import annotations

from sorabrief.extract.sentences import split_sentences
from sorabrief.extract.vocabulary import Vocabulary, vocabulary_of
from sorabrief.findings import Findings, Span
from sorabrief.model import Source

__all__ = ["Vocabulary", "extract", "vocabulary_of"]


def extract(source: Source, vocabulary: Vocabulary) -> Findings:
    """Findings for one source."""
    keep = (Span(0, len(source.body)),)
    return Findings(source=source.id, sentences=split_sentences(source.body, keep))
