"""Counting independent reports: outlets, with syndicated copies counted as their originals."""

from __future__ import annotations

from collections.abc import Iterable, Mapping


def independent_reports(
    source_ids: Iterable[str], outlet_of: Mapping[str, str], copy_of: Mapping[str, str]
) -> int:
    """How many independent reports these articles are.

    Articles of one outlet are one report, and a copy is a report of the outlet it copies,
    not of the outlet that republished it: an outlet that prints its own story and a copy
    of a wire story is two reports, its own and the wire's.
    """
    return len({outlet_of[copy_of.get(s, s)] for s in source_ids})
