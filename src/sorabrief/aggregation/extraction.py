"""Extract every source of a case: from the cache where possible, on any executor otherwise.

Extraction is a pure function of one source and the case vocabulary, so sources can be
extracted in any order, anywhere. The work is sent in chunks through the standard
``concurrent.futures.Executor`` interface (``submit``), so a process pool, a thread pool
or a Dask cluster's ``Client.get_executor()`` all run it unchanged. A chunk's findings
come back as the JSON text of their cache rows (``findings_rows``): one string an
article, which crosses between processes as its bytes, is stored in the cache as it is
and read back as cached findings are, rather than pickled object by object one way and
encoded to JSON again in the parent.
"""

from __future__ import annotations

import json
import math
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

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
    if executor is None and (jobs <= 1 or len(missing) <= 1):
        for source in missing:
            found[source.id] = findings = extract(source, vocabulary)
            if cache is not None and keys is not None:
                cache.put(keys[source.id], findings_json(findings))
    else:
        texts = _extract_elsewhere(missing, vocabulary, jobs, executor)
        for source, text in zip(missing, texts, strict=True):
            found[source.id] = findings_from_rows(json.loads(text))
            if cache is not None and keys is not None:
                cache.put(keys[source.id], text)
    return {s.id: found[s.id] for s in sources}


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
    """The findings of a chunk of sources, each as the JSON text of its cache rows
    (``findings_rows.findings_json``): the unit of work an executor runs."""
    return [findings_json(extract(source, vocabulary)) for source in sources]
