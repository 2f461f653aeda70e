"""Verify that pinned excerpts appear verbatim in their articles."""

from __future__ import annotations

from collections.abc import Mapping

from rapidfuzz import fuzz

from sorabrief.briefing import Evidence, LinkMethod
from sorabrief.model import Claim, Source


def locate_pinned(claim: Claim, index: int, sources: Mapping[str, Source]) -> Evidence | str:
    """The pinned excerpt's evidence, or a message saying why it cannot be found."""
    pinned = claim.evidence[index]
    where = f"claims '{claim.id}' evidence[{index}]"
    source = sources.get(pinned.source)
    if source is None:
        return f"{where}: unknown source '{pinned.source}'; use an article id from articles/"
    start = source.body.find(pinned.text)
    if start < 0:
        alignment = fuzz.partial_ratio_alignment(pinned.text, source.body)
        closest = source.body[alignment.dest_start : alignment.dest_end] if alignment else ""
        return (
            f"{where}: excerpt not found verbatim in {pinned.source}; "
            f'closest passage: "{" ".join(closest.split())}"'
        )
    return Evidence(
        pinned.source,
        start,
        start + len(pinned.text),
        pinned.text,
        pinned=True,
        method=LinkMethod.PINNED,
    )
