"""The sentences each claim's cues link in each article, kept in the findings cache.

Which sentences a cue links depends only on one article's findings and body and on the
claims' cues, exclusions, kinds and units: never on the rest of the case. So, unlike
scores, cue links can be cached per article, and a re-run after adding one article
searches the cues in that article only. The cache holds one entry per set of cues (and
version of the code that matches them), mapping each article's findings key to its links.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import json
from collections.abc import Iterator, Mapping

from sorabrief.aggregation.link import article_cue_links
from sorabrief.cues import CueError
from sorabrief.display import shown_path
from sorabrief.findings import Findings
from sorabrief.findings_cache import FindingsCache, code_digest, digest_of
from sorabrief.model import Case

Cued = dict[str, dict[str, tuple[int, ...]]]
"""By source id, then claim id: the sentences cues link (claims with none left out)."""
_CODE = ("aggregation/link.py", "cues.py", "quantities.py", "nouns.py")
"""The code, besides extraction's, that decides what a cue links."""


def cued_sentences(
    case: Case,
    findings: Mapping[str, Findings],
    cache: FindingsCache | None = None,
    keys: Mapping[str, str] | None = None,
) -> Cued:
    """Every article's cue links; with ``cache`` and the articles' findings ``keys``, read
    from and stored in the cache."""
    bodies = {s.id: s.body for s in case.sources}
    where = shown_path(case.path / "incident.yaml" if case.path else "incident.yaml")
    entry = _entry_key(case) if cache is not None and keys is not None else ""
    stored = _read(cache, entry) if cache is not None and keys is not None else {}
    found: Cued = {}
    missing = []
    for source_id in sorted(findings):
        known = stored.get(keys[source_id]) if keys is not None else None
        count = len(findings[source_id].sentences)
        if known is None or any(i >= count for v in known.values() for i in v):
            missing.append(source_id)
            found[source_id] = {}
        else:
            found[source_id] = known
    tested: dict[str, tuple[str, ...]] = {}
    for source_id in missing:
        with naming_the_article(where, source_id):
            found[source_id] = article_cue_links(
                case.claims, findings[source_id], bodies[source_id], tested
            )
    if cache is not None and keys is not None and missing:
        cache.put_extra("cues", entry, {keys[s]: found[s] for s in sorted(findings)})
    return found


@contextlib.contextmanager
def naming_the_article(incident: str, source_id: str) -> Iterator[None]:
    """A cue that runs too long names incident.yaml and the article."""
    try:
        yield
    except CueError as error:
        raise CueError(f"{incident}: {error.where}, on article {source_id}", error.reason) from None


def _entry_key(case: Case) -> str:
    """The key of the cue links of this case's cues, under this code."""
    cues = [
        [c.id, c.kind.value, c.cues, c.exclude, c.quantity, c.unit] for c in case.claims if c.cues
    ]
    text = json.dumps([code_digest(), _linking_code(), cues])
    return hashlib.sha256(text.encode()).hexdigest()


@functools.lru_cache(maxsize=1)
def _linking_code() -> str:
    return digest_of("cue links", _CODE)


def _read(cache: FindingsCache, entry: str) -> dict[str, dict[str, tuple[int, ...]]]:
    """The stored links by findings key; anything not of the expected shape is a miss."""
    data = cache.get_extra("cues", entry)
    if not isinstance(data, dict):
        return {}
    stored = {}
    for key, links in data.items():
        if isinstance(links, dict) and all(
            isinstance(v, list) and all(type(i) is int and i >= 0 for i in v)
            for v in links.values()
        ):
            stored[key] = {claim: tuple(v) for claim, v in links.items()}
    return stored
