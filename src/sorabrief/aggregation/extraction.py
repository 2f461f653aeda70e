"""Extract every source of a case: from the cache where possible, on any executor otherwise.

Extraction is a pure function of one source and the case vocabulary, so sources can be
extracted in any order, anywhere. The work is sent in chunks through the standard
``concurrent.futures.Executor`` interface (``submit``), so a process pool, a thread pool
or a Dask cluster's ``Client.get_executor()`` all run it unchanged.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from sorabrief.extract import Vocabulary, extract
from sorabrief.findings import Findings
from sorabrief.findings_cache import FindingsCache, article_keys
from sorabrief.model import Source

if TYPE_CHECKING:
    from concurrent.futures import Executor

CHUNKS_PER_RUN = 32
"""Extraction is split into about this many tasks, so workers stay evenly busy..."""
LARGEST_CHUNK = 64
"""...but no task holds more sources than this, so a large case streams its results."""


def extract_all(
    sources: Sequence[Source],
    vocabulary: Vocabulary,
    jobs: int = 1,
    *,
    executor: Executor | None = None,
    cache: FindingsCache | None = None,
    keys: Mapping[str, str] | None = None,
) -> dict[str, Findings]:
    """Findings for every source, keyed by source id, in the order of ``sources``.

    ``executor`` runs extraction (any ``concurrent.futures.Executor``); without one,
    ``jobs`` > 1 starts a process pool of that size. With ``cache``, sources whose
    findings are cached are not extracted again, and new findings are stored; ``keys``
    are the articles' cache keys when already known (``findings_cache.article_keys``).
    """
    found: dict[str, Findings] = {}
    if cache is not None:
        keys = keys if keys is not None else article_keys(sources, vocabulary)
        for source in sources:
            cached = cache.get(keys[source.id], source.id)
            if cached is not None:
                found[source.id] = cached
    missing = [s for s in sources if s.id not in found]
    for findings in _extract_missing(missing, vocabulary, jobs, executor):
        found[findings.source] = findings
        if cache is not None and keys is not None:
            cache.put(keys[findings.source], findings)
    return {s.id: found[s.id] for s in sources}


def _extract_missing(
    sources: list[Source], vocabulary: Vocabulary, jobs: int, executor: Executor | None
) -> list[Findings]:
    if executor is None and (jobs <= 1 or len(sources) <= 1):
        return extract_chunk(sources, vocabulary)
    size = max(1, min(LARGEST_CHUNK, math.ceil(len(sources) / CHUNKS_PER_RUN)))
    chunks = [sources[i : i + size] for i in range(0, len(sources), size)]
    if executor is not None:
        return _run_chunks(executor, chunks, vocabulary)
    from concurrent.futures import ProcessPoolExecutor

    with ProcessPoolExecutor(max_workers=min(jobs, len(chunks))) as pool:
        return _run_chunks(pool, chunks, vocabulary)


def _run_chunks(
    executor: Executor, chunks: list[list[Source]], vocabulary: Vocabulary
) -> list[Findings]:
    futures = [executor.submit(extract_chunk, chunk, vocabulary) for chunk in chunks]
    return [findings for future in futures for findings in future.result()]


def extract_chunk(sources: Sequence[Source], vocabulary: Vocabulary) -> list[Findings]:
    """Findings for a chunk of sources: the unit of work an executor runs."""
    return [extract(source, vocabulary) for source in sources]
