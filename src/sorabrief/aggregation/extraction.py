"""Extract every source of a case: from the cache where possible, on any executor otherwise.

Extraction is a pure function of one source and the case vocabulary, so sources can be
extracted in any order, anywhere. The work is sent in chunks through the standard
``concurrent.futures.Executor`` interface (``submit``), so a process pool, a thread pool
or a Dask cluster's ``Client.get_executor()`` all run it unchanged. A chunk's findings
come back as the JSON text of their cache entries (``article_json``: the findings as rows,
``findings_rows``, and the article's copy-detection fingerprint, ``fingerprints.py``): one
string an article, which crosses between processes as its bytes, is stored in the cache as
it is and read back as a cached entry is, rather than pickled object by object one way and
encoded to JSON again in the parent.
"""

from __future__ import annotations

import json
import math
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from sorabrief.aggregation.copies import Fingerprint
from sorabrief.aggregation.fingerprints import (
    article_fingerprint,
    fingerprint_data,
    fingerprint_from_data,
)
from sorabrief.extract import Vocabulary, extract
from sorabrief.findings import Findings
from sorabrief.findings_cache import FindingsCache, article_keys
from sorabrief.findings_rows import findings_from_rows, findings_json
from sorabrief.model import Source

if TYPE_CHECKING:
    from concurrent.futures import Executor

CHUNKS_PER_RUN = 32
"""Extraction is split into about this many tasks, so workers stay evenly busy..."""
LARGEST_CHUNK = 64
"""...but no task holds more sources than this, so a large case streams its results."""

Article = tuple[Findings, Fingerprint]
"""What extraction gives of one article: its findings and its fingerprint."""


def extract_all(
    sources: Sequence[Source],
    vocabulary: Vocabulary,
    jobs: int = 1,
    *,
    executor: Executor | None = None,
    cache: FindingsCache | None = None,
    keys: Mapping[str, str] | None = None,
) -> dict[str, Findings]:
    """Findings for every source, keyed by source id, in the order of ``sources``
    (``extract_articles`` less the fingerprints)."""
    found = extract_articles(sources, vocabulary, jobs, executor=executor, cache=cache, keys=keys)
    return {source_id: findings for source_id, (findings, _) in found.items()}


def extract_articles(
    sources: Sequence[Source],
    vocabulary: Vocabulary,
    jobs: int = 1,
    *,
    executor: Executor | None = None,
    cache: FindingsCache | None = None,
    keys: Mapping[str, str] | None = None,
) -> dict[str, Article]:
    """Findings and fingerprint of every source, keyed by source id, in the order of
    ``sources``.

    ``executor`` runs extraction (any ``concurrent.futures.Executor``); without one,
    ``jobs`` > 1 starts a process pool of that size. With ``cache``, sources whose
    entries are cached are not extracted again, and new entries are stored; ``keys``
    are the articles' cache keys when already known (``findings_cache.article_keys``).
    """
    found: dict[str, Article] = {}
    if cache is not None:
        keys = keys if keys is not None else article_keys(sources, vocabulary)
        for source in sources:
            cached = _article_from_entry(cache.get(keys[source.id]), source.id)
            if cached is not None:
                found[source.id] = cached
    missing = [s for s in sources if s.id not in found]
    if executor is None and (jobs <= 1 or len(missing) <= 1):
        for source in missing:
            findings = extract(source, vocabulary)
            found[source.id] = article = (findings, article_fingerprint(source, findings))
            if cache is not None and keys is not None:
                cache.put(keys[source.id], article_json(*article))
    else:
        texts = _extract_elsewhere(missing, vocabulary, jobs, executor)
        for source, text in zip(missing, texts, strict=True):
            found[source.id] = _entry_article(json.loads(text))
            if cache is not None and keys is not None:
                cache.put(keys[source.id], text)
    return {s.id: found[s.id] for s in sources}


def article_json(findings: Findings, print_: Fingerprint) -> str:
    """An article's cache entry less its key, as compact JSON text: its findings as rows
    (``findings_rows.findings_json``) and its fingerprint."""
    data = json.dumps(fingerprint_data(print_), separators=(",", ":"))
    return f'{{"findings":{findings_json(findings)},"copies":{data}}}'


def _article_from_entry(entry: Any, source_id: str) -> Article | None:
    """The findings and fingerprint a cached entry holds for ``source_id``, or None when it
    holds anything else."""
    try:
        article = _entry_article(entry)
    except (ValueError, TypeError, KeyError, AttributeError):
        return None
    return article if article[0].source == source_id else None


def _entry_article(entry: Any) -> Article:
    """The findings and fingerprint of an entry (``article_json``), every value checked:
    ValueError, TypeError, KeyError or AttributeError for anything else."""
    print_ = fingerprint_from_data(entry["copies"])
    if print_ is None:
        raise ValueError("not a fingerprint")
    return findings_from_rows(entry["findings"]), print_


def _extract_elsewhere(
    sources: list[Source], vocabulary: Vocabulary, jobs: int, executor: Executor | None
) -> list[str]:
    """The findings of ``sources`` as ``extract_chunk`` gives them, in order, extracted on
    ``executor`` or else in a pool of ``jobs`` processes."""
    size = max(1, min(LARGEST_CHUNK, math.ceil(len(sources) / CHUNKS_PER_RUN)))
    chunks = [sources[i : i + size] for i in range(0, len(sources), size)]
    if executor is not None:
        return _run_chunks(executor, chunks, vocabulary)
    from concurrent.futures import ProcessPoolExecutor

    with ProcessPoolExecutor(max_workers=min(jobs, len(chunks))) as pool:
        return _run_chunks(pool, chunks, vocabulary)


def _run_chunks(
    executor: Executor, chunks: list[list[Source]], vocabulary: Vocabulary
) -> list[str]:
    futures = [executor.submit(extract_chunk, chunk, vocabulary) for chunk in chunks]
    return [text for future in futures for text in future.result()]


def extract_chunk(sources: Sequence[Source], vocabulary: Vocabulary) -> list[str]:
    """The findings and fingerprint of a chunk of sources, each as the JSON text of its cache
    entry less the key (``article_json``): the unit of work an executor runs."""
    texts = []
    for source in sources:
        findings = extract(source, vocabulary)
        texts.append(article_json(findings, article_fingerprint(source, findings)))
    return texts
