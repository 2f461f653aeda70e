"""Time the whole pipeline on the bundled case and on a larger synthetic case.

Run: python benchmarks/bench_pipeline.py [--copies N] [--jobs J]
Prints wall-clock seconds per stage and throughput in characters per second.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
from collections.abc import Callable

import attrs

import sorabrief
from sorabrief.aggregation import extract_all, merge
from sorabrief.extract import vocabulary_of
from sorabrief.model import Case
from sorabrief.render.json import render_json


def best_of(runs: int, work: Callable[[], object]) -> float:
    """The median wall-clock time of ``runs`` calls."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def enlarged(case: Case, copies: int) -> Case:
    """The case with every article repeated ``copies`` times under new ids."""
    sources = tuple(attrs.evolve(s, id=f"{s.id}-{n}") for n in range(copies) for s in case.sources)
    return attrs.evolve(case, sources=sources)


def import_time() -> float:
    """Seconds for a fresh interpreter to ``import sorabrief``, minus a bare interpreter."""

    def run(code: str) -> float:
        start = time.perf_counter()
        subprocess.run([sys.executable, "-c", code], check=True)
        return time.perf_counter() - start

    bare = statistics.median(run("pass") for _ in range(5))
    return statistics.median(run("import sorabrief") for _ in range(5)) - bare


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument(
        "--copies", type=int, default=40, help="repeat the bundled articles this often"
    )
    parser.add_argument("--jobs", type=int, default=2)
    args = parser.parse_args()

    case = sorabrief.load()
    chars = sum(len(s.body) for s in case.sources)
    vocabulary = vocabulary_of(case)
    print(f"import sorabrief: {import_time() * 1000:.0f} ms over a bare interpreter")
    extract_s = best_of(5, lambda: extract_all(case.sources, vocabulary))
    findings = extract_all(case.sources, vocabulary)
    merge_s = best_of(5, lambda: merge(case, findings))
    briefing = merge(case, findings)
    print(f"bundled case: {len(case.sources)} sources, {chars:,} characters")
    print(
        f"  extract {extract_s * 1000:.1f} ms ({chars / extract_s:,.0f} chars/s), merge {merge_s * 1000:.1f} ms"
    )
    print(
        f"  markdown {best_of(5, lambda: sorabrief.render_markdown(briefing)) * 1000:.1f} ms, "
        f"json {best_of(5, lambda: render_json(briefing)) * 1000:.1f} ms"
    )

    large = enlarged(case, args.copies)
    large_chars = sum(len(s.body) for s in large.sources)
    for jobs in (1, args.jobs):
        seconds = best_of(1, lambda jobs=jobs: sorabrief.aggregate(large, jobs=jobs))
        print(
            f"synthetic case: {len(large.sources)} sources, {large_chars:,} characters, --jobs {jobs}: "
            f"{seconds:.2f} s ({large_chars / seconds:,.0f} chars/s)"
        )


if __name__ == "__main__":
    main()
