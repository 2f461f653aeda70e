"""Whether a sentence just below the bar says a claim in other words (``embedding.py``).

A lexical score misses a claim's point put in other words: "the gates have stayed shut
since the ministry froze sales of the imported rice" for "sales of the imported rice are
suspended". An embedding of the sentence knows some of those words are near in meaning;
alone it rewards shared names and topic words, which every claim of an incident has.
So a sentence counts as worded like a claim only when its embedding is like the claim's
words (``ALIKE``) and more like them than like any other claim's by ``LEAD``: the
likeness must single out this claim, not the incident.
"""

from __future__ import annotations

from collections.abc import Sequence

from sorabrief.aggregation.embedding import best_likeness, likeness

ALIKE = 0.45
"""The least embedding likeness between a sentence and a claim's words."""
LEAD = 0.08
"""How much more like the claim's words than any other claim's the sentence must be."""
MEANING = 0.1
"""The least likeness by word stems (the score's meaning signal) a sentence so linked must
also have: it shares some of the claim's rarer words."""


def worded_like(text: str, own: str, others: Sequence[str]) -> bool:
    """Whether ``text`` is like a claim's words ``own`` by embedding (``ALIKE``) and leads
    every other claim's words ``others`` by ``LEAD``."""
    like = likeness(text, own)
    return like >= ALIKE and like - best_likeness(text, tuple(others)) >= LEAD
