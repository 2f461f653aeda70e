"""Extraction on any executor gives the same briefing: threads, processes, a Dask cluster."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

import pytest

from sorabrief.aggregation import aggregate
from sorabrief.casefile import load_case
from sorabrief.render.json import render_json
from support import BUNDLED_CASE

CASE = load_case(BUNDLED_CASE)
EXPECTED = render_json(aggregate(CASE))


def test_a_thread_pool_gives_the_same_briefing() -> None:
    with ThreadPoolExecutor(max_workers=3) as pool:
        assert render_json(aggregate(CASE, executor=pool)) == EXPECTED


def test_jobs_use_a_process_pool_and_give_the_same_briefing() -> None:
    assert render_json(aggregate(CASE, jobs=2)) == EXPECTED


def test_a_dask_cluster_runs_extraction_unchanged() -> None:
    distributed = pytest.importorskip(
        "distributed", reason="Dask is optional: pip install 'sorabrief[dask]'"
    )
    with (
        distributed.LocalCluster(
            n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
        ) as cluster,
        distributed.Client(cluster) as client,
    ):
        with distributed.get_task_stream(client) as stream:
            briefing = aggregate(CASE, executor=client.get_executor())
        assert render_json(briefing) == EXPECTED
        workers = {task["worker"] for task in stream.data if "extract_chunk" in str(task["key"])}
        assert workers and workers <= set(client.scheduler_info()["workers"])
