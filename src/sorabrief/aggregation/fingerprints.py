"""Copy-detection fingerprints made with each article's findings and kept in its cache entry.

An article's fingerprint (``copies.Fingerprint``) depends on the article alone: its body,
what cleaning removed from it, and the code of ``copies.py``. It is made where the article
is extracted, travels with its findings and is stored in the same cache entry, whose key
covers that code and how this Python hashes tuples and lays out integers
(``findings_cache.code_digest``), since shingle numbers are tuple hashes stored as 8-byte
integers. An entry holds them in base64; one of any other shape is a miss.
"""

from __future__ import annotations

import base64
import binascii
from collections.abc import Iterable, Mapping
from typing import Any

from sorabrief.aggregation.copies import Fingerprint, copies_among, fingerprint
from sorabrief.extract.masking import masked
from sorabrief.findings import Findings
from sorabrief.model import Source


def case_copies(sources: Iterable[Source], findings: Mapping[str, Findings]) -> dict[str, str]:
    """For each article that copies another: its id -> the id of the original
    (``copies.find_copies``), every article fingerprinted from its findings."""
    return copies_among((s, article_fingerprint(s, findings[s.id])) for s in sources)


def article_fingerprint(source: Source, findings: Findings) -> Fingerprint:
    """The fingerprint of an article: its body less what cleaning removed."""
    return fingerprint(source, masked(source.body, findings.removed))


def fingerprint_data(print_: Fingerprint) -> dict[str, Any]:
    """A fingerprint as the JSON data of a cache entry."""
    numbers = base64.b64encode(print_.numbers).decode("ascii")
    return {"credits": print_.credits, "shingles": numbers}


def fingerprint_from_data(data: Any) -> Fingerprint | None:
    """The fingerprint ``fingerprint_data`` wrote, or None when ``data`` is not of that shape."""
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
