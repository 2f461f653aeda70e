"""Copy-detection fingerprints kept in the findings cache: a re-run fingerprints new articles only.

An article's fingerprint (``copies.Fingerprint``) depends on the article alone: its body,
what cleaning removed from it, and the code of ``copies.py``. Its entry's key is a digest
of the article's findings key (which covers the article, the case vocabulary and the
extraction code), of that code, and of how this Python hashes tuples and lays out
integers, since shingle numbers are tuple hashes stored as 8-byte integers. An entry holds
them in base64; one of any other shape is a miss, and is written again.
"""

from __future__ import annotations

import base64
import binascii
import functools
import hashlib
import json
import sys
from collections.abc import Iterable, Mapping
from typing import Any

from sorabrief.aggregation.copies import Fingerprint, copies_among, fingerprint
from sorabrief.extract.masking import masked
from sorabrief.findings import Findings
from sorabrief.findings_cache import FindingsCache, digest_of
from sorabrief.model import Source

KIND = "copies"
"""The cache's folder for fingerprints."""


def case_copies(
    sources: Iterable[Source],
    findings: Mapping[str, Findings],
    cache: FindingsCache | None = None,
    keys: Mapping[str, str] | None = None,
) -> dict[str, str]:
    """For each article that copies another: its id -> the id of the original
    (``copies.find_copies``); with ``cache`` and the articles' findings ``keys``, the
    fingerprints are read from and stored in the cache."""
    return copies_among(_fingerprints(sources, findings, cache, keys))


def _fingerprints(
    sources: Iterable[Source],
    findings: Mapping[str, Findings],
    cache: FindingsCache | None,
    keys: Mapping[str, str] | None,
) -> list[tuple[Source, Fingerprint]]:
    found = []
    for source in sources:
        key = _entry_key(keys[source.id]) if cache is not None and keys is not None else None
        known = _read(cache.get_extra(KIND, key)) if cache is not None and key else None
        if known is None:
            known = fingerprint(source, masked(source.body, findings[source.id].removed))
            if cache is not None and key:
                cache.put_extra(KIND, key, _written(known))
        found.append((source, known))
    return found


def _entry_key(findings_key: str) -> str:
    text = json.dumps([findings_key, _code()])
    return hashlib.sha256(text.encode()).hexdigest()


@functools.lru_cache(maxsize=1)
def _code() -> str:
    """A digest of the fingerprinting code and of what its numbers depend on in Python."""
    hashing = f"{sys.implementation.name} {sys.version_info[:2]} {sys.hash_info} {sys.byteorder}"
    return digest_of(f"fingerprints {hashing}", ("aggregation/copies.py",))


def _written(print_: Fingerprint) -> dict[str, Any]:
    numbers = base64.b64encode(print_.numbers).decode("ascii")
    return {"credits": print_.credits, "shingles": numbers}


def _read(data: Any) -> Fingerprint | None:
    """The fingerprint an entry holds, or None when the entry is not of that shape."""
    if not isinstance(data, dict) or not isinstance(data.get("credits"), bool):
        return None
    text = data.get("shingles")
    try:
        numbers = base64.b64decode(text, validate=True) if isinstance(text, str) else b"?"
    except binascii.Error:
        return None
    if len(numbers) % 8:
        return None
    return Fingerprint(numbers, data["credits"])
