"""Extraction: what one source says, found with character offsets into its body.

``extract`` is a pure function of one source and the case's vocabulary: it
cleans the body, then reads sentences, quotations, figures, dates and party
mentions from the kept text only (``sorabrief.extract.pipeline``).
"""

from __future__ import annotations

from sorabrief.extract.vocabulary import Vocabulary, vocabulary_of
from sorabrief.findings import Findings
from sorabrief.model import Source

__all__ = ["Vocabulary", "extract", "vocabulary_of"]


def extract(source: Source, vocabulary: Vocabulary) -> Findings:
    """Findings for one source.

    The rules load on first use, so a run that finds every article in the cache never
    imports or compiles them.
    """
    from sorabrief.extract import compiled_patterns

    with compiled_patterns.kept() as imported:
        from sorabrief.extract.pipeline import extract_findings

        imported()
        return extract_findings(source, vocabulary)
