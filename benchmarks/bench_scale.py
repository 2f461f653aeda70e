"""How sorabrief scales: 100, 1,000 and 10,000 sources, cold and after adding one article.

Run: ``python benchmarks/bench_scale.py [--sizes 100 1000 10000] [--jobs N] [--skip-10000]``

Each size is a synthetic case (``synthetic_case.py``: varied articles made from the
bundled ones, the same files every time). Every measurement is one ``sorabrief report``
process, measured from outside with ``os.wait4``: wall time, CPU time (user + system,
including the extraction processes it starts) and peak resident memory (the largest of
the process and its children). Per size it prints:

- ``cold``: a report with an empty findings cache, so every article is extracted;
- ``+1 cached``: a report after adding one article, which extracts only that article;
- with ``--pdf-at N``, a cached ``report --pdf`` of that size.

It also times the bundled case: a Markdown report and ``report --pdf``, each with no
cache (``--no-cache``) and again with a cache an earlier run filled, as a user's second
``sorabrief report`` finds it.

The processes run as an installed package does: with its bytecode (``pip install`` writes
it) and the extraction patterns kept beside it, both written by an untimed first report.
With ``PYTHONDONTWRITEBYTECODE`` set, a checkout installed in editable mode that never
wrote its bytecode has neither, and every process compiles every module it imports and
every pattern: about 3.2e9 of the bundled ``--pdf --no-cache`` report's 10.2e9
instructions, which no installed copy pays. ``--no-bytecode`` leaves the environment as it
is (it measures that way only in a checkout without ``__pycache__`` folders).
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from synthetic_case import add_article, write_case

ENVIRONMENT = dict(os.environ)
"""The environment of every measured process (``main`` lets them write bytecode)."""
if ENVIRONMENT.get("PYTHONPATH"):
    # The measured processes run in a temporary folder: a relative entry ("src") would
    # name nothing there and quietly measure whatever copy is installed instead.
    ENVIRONMENT["PYTHONPATH"] = os.pathsep.join(
        str(Path(entry).resolve()) for entry in ENVIRONMENT["PYTHONPATH"].split(os.pathsep)
    )


def measured(args: list[str], cwd: Path) -> tuple[float, float, float]:
    """Wall seconds, CPU seconds and peak MiB of one ``sorabrief`` command."""
    started = time.perf_counter()
    process = subprocess.Popen(
        [sys.executable, "-m", "sorabrief", *args],
        cwd=cwd,
        env=ENVIRONMENT,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    _, status, usage = os.wait4(process.pid, 0)
    wall = time.perf_counter() - started
    if status != 0:
        error = process.stderr.read().decode() if process.stderr else ""
        raise SystemExit(f"sorabrief {' '.join(args)} failed: {error}")
    return wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024


def line(label: str, sources: int, wall: float, cpu: float, peak: float) -> None:
    per_source = f"{cpu / sources * 1000:8.2f} ms CPU/source" if sources > 5 else ""
    print(
        f"{label:<26}{sources:>7,} sources {wall:8.2f} s wall {cpu:8.2f} s CPU "
        f"{peak:7.0f} MiB peak {per_source}",
        flush=True,
    )


def bench_size(size: int, jobs: int, pdf: bool, work: Path) -> None:
    case = write_case(size, work / f"case-{size}")
    cache = work / f"cache-{size}"
    report = ["report", str(case), "--out", str(work / "out"), "--cache", str(cache)]
    jobs_args = ["--jobs", str(jobs)]
    line("cold", size, *measured([*report, *jobs_args], work))
    add_article(case, size)
    line("+1 cached", size + 1, *measured([*report, *jobs_args], work))
    if pdf:
        line("+1 cached, --pdf", size + 1, *measured([*report, "--pdf"], work))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", type=int, nargs="+", default=[100, 1000, 10000])
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--skip-10000", action="store_true", help="leave out 10,000 sources")
    parser.add_argument("--pdf-at", type=int, nargs="*", default=[1000])
    parser.add_argument(
        "--no-bytecode",
        action="store_true",
        help="keep PYTHONDONTWRITEBYTECODE as set and skip the untimed first report (a "
        "checkout that never wrote bytecode then compiles every module in every process)",
    )
    args = parser.parse_args()
    sizes = [s for s in args.sizes if not (args.skip_10000 and s >= 10_000)]
    if not args.no_bytecode:
        ENVIRONMENT.pop("PYTHONDONTWRITEBYTECODE", None)
    bytecode = "as set" if args.no_bytecode else "written by an untimed first report"
    print(
        f"python {sys.version.split()[0]}, {os.cpu_count()} cores, --jobs {args.jobs}, "
        f"bytecode {bytecode}"
    )
    with tempfile.TemporaryDirectory(prefix="sorabrief-scale-") as folder:
        work = Path(folder)
        bundled = ["report", "--out", str(work / "bundled")]
        if not args.no_bytecode:
            measured([*bundled, "--no-cache", "--pdf"], work)
        cached = [*bundled, "--cache", str(work / "cache-bundled")]
        line("bundled, Markdown", 5, *measured([*bundled, "--no-cache"], work))
        line("bundled, --pdf", 5, *measured([*bundled, "--no-cache", "--pdf"], work))
        measured(cached, work)
        line("bundled, Markdown, cached", 5, *measured(cached, work))
        line("bundled, --pdf, cached", 5, *measured([*cached, "--pdf"], work))
        for size in sizes:
            bench_size(size, args.jobs, size in args.pdf_at, work)


if __name__ == "__main__":
    main()
