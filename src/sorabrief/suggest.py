"""'Did you mean' suggestions for misspelt names."""

from __future__ import annotations

from collections.abc import Iterable

from rapidfuzz import fuzz, process


def did_you_mean(word: str, choices: Iterable[str]) -> str:
    """`` (did you mean 'x'?)`` for the closest choice, or an empty string."""
    match = process.extractOne(word, list(choices), scorer=fuzz.ratio, score_cutoff=60)
    return f" (did you mean '{match[0]}'?)" if match else ""
