"""Link every article of a case to the claims, from the cache where possible.

An article's links depend only on its findings and on what linking reads from the
claims, so a re-run after adding one article links only that article.
"""

from __future__ import annotations

from collections.abc import Mapping

from sorabrief.aggregation.link import ClaimLinks, article_links
from sorabrief.cues import CueError
from sorabrief.display import shown_path
from sorabrief.findings import Findings
from sorabrief.findings_cache import FindingsCache, claims_digest, links_key
from sorabrief.model import Case, Source

Links = dict[str, dict[str, ClaimLinks]]
"""Every article's links, by source id, then by claim id."""


def link_all(
    case: Case,
    findings: Mapping[str, Findings],
    cache: FindingsCache | None = None,
    keys: Mapping[str, str] | None = None,
) -> Links:
    """The links of every article; with ``cache`` and the articles' findings ``keys``, cached
    links are read back and new ones stored."""
    if cache is None or keys is None:
        return {s.id: _article_links(case, findings, s) for s in case.sources}
    claims_hash = claims_digest(case.claims)
    claim_ids = {c.id for c in case.claims}
    links: Links = {}
    for source in case.sources:
        key = links_key(keys[source.id], claims_hash)
        found = cache.get_links(key, findings[source.id], claim_ids)
        if found is None:
            found = _article_links(case, findings, source)
            cache.put_links(key, found)
        links[source.id] = found
    return links


def _article_links(
    case: Case, findings: Mapping[str, Findings], source: Source
) -> dict[str, ClaimLinks]:
    """One article's links; a cue that runs too long names incident.yaml and the article."""
    try:
        return article_links(case.claims, findings[source.id], source.body)
    except CueError as error:
        incident = case.path / "incident.yaml" if case.path else "incident.yaml"
        raise CueError(
            f"{shown_path(incident)}: {error.where}, on article {source.id}", error.reason
        ) from None
