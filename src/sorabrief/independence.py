"""Counting independent reports: outlets, with syndicated copies folded into their originals."""

from __future__ import annotations

from collections.abc import Iterable, Mapping


def independent_reports(
    source_ids: Iterable[str], outlet_of: Mapping[str, str], copy_of: Mapping[str, str]
) -> int:
    """How many independent reports these articles are.

    Articles of one outlet are one report, and so are a copy and its original: the count is
    the number of groups that joining both relations leaves.
    """
    parent: dict[str, str] = {}

    def root(node: str) -> str:
        while parent.setdefault(node, node) != node:
            parent[node] = parent[parent[node]]  # path halving keeps chains short
            node = parent[node]
        return node

    groups = set()
    for source_id in source_ids:
        story = f"story:{copy_of.get(source_id, source_id)}"
        outlet = f"outlet:{outlet_of[source_id]}"
        parent[root(story)] = root(outlet)
        groups.add(outlet)
    return len({root(g) for g in groups})
