"""Time `sorabrief check` on a large incident.yaml, where every claim is a problem with a line.

Run: PYTHONPATH=src python benchmarks/bench_check.py [--mb 1 5]
Copies the bundled case, appends event claims that no article supports until
incident.yaml has the given size, and prints the time to load the case and to check it
(every unsupported claim is reported with its line in incident.yaml).
"""

from __future__ import annotations

import argparse
import shutil
import tempfile
import time
from pathlib import Path

from sorabrief.casefile import load_case
from sorabrief.check import check_case
from sorabrief.limits import ReadLimits
from sorabrief.resources import bundled_case_dir


def enlarged_case(folder: Path, megabytes: float) -> int:
    """Copy the bundled case into ``folder`` and pad its incident.yaml; the claims added."""
    shutil.copytree(bundled_case_dir(), folder)
    incident = folder / "incident.yaml"
    lines = [incident.read_text(encoding="utf-8")]
    size, added = len(lines[0]), 0
    while size < megabytes * 1_000_000:
        line = (
            f"  - {{id: padding-{added}, kind: event, statement: nothing happened., "
            f"cues: ['zq{added}xq']}}\n"
        )
        lines.append(line)
        size += len(line)
        added += 1
    incident.write_text("".join(lines), encoding="utf-8")
    return added


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--mb", type=float, nargs="+", default=[1, 5])
    args = parser.parse_args()
    for megabytes in args.mb:
        with tempfile.TemporaryDirectory() as scratch:
            folder = Path(scratch) / "case"
            added = enlarged_case(folder, megabytes)
            limits = ReadLimits(incident_mb=megabytes + 1)
            started = time.perf_counter()
            load_case(folder, limits=limits)
            loaded = time.perf_counter() - started
            started = time.perf_counter()
            report = check_case(folder, limits=limits)
            checked = time.perf_counter() - started
            located = sum(p.line is not None for p in report.problems)
            print(
                f"{megabytes:g} MB incident.yaml, {added:,} claims added: load {loaded:.1f} s, "
                f"check {checked:.1f} s, {len(report.problems):,} problems ({located:,} with a line)"
            )


if __name__ == "__main__":
    main()
