"""What linking costs against extraction, on synthetic cases of growing size.

Run: python benchmarks/bench_linking.py [--sizes 100 1000]

For each size, a synthetic case (``synthetic_case.py``, the bundled incident.yaml) is
extracted in this process, then linked (``aggregation.linking.link_all``: scoring every
claim against every sentence, both passes) and merged (which links again, with the cue
matches of distinct sentences already cached). It prints the CPU seconds of each step,
per source, and linking as a share of extraction. Issue 9 asks that linking a
1,000-article case cost no more than extracting it.
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

from synthetic_case import write_case

import sorabrief
from sorabrief.aggregation import merge
from sorabrief.aggregation.linking import link_all
from sorabrief.extract import extract, vocabulary_of


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", type=int, nargs="+", default=[100, 1000])
    args = parser.parse_args()
    print(
        f"{'sources':>8}  {'extract s':>9}  {'link s':>7}  {'merge s':>8}  "
        f"{'extract ms/src':>14}  {'link ms/src':>11}  {'link/extract':>12}"
    )
    with tempfile.TemporaryDirectory() as temporary:
        for size in args.sizes:
            case = sorabrief.load(write_case(size, Path(temporary) / f"case-{size}"))
            vocabulary = vocabulary_of(case)
            started = time.process_time()
            findings = {s.id: extract(s, vocabulary) for s in case.sources}
            extracting = time.process_time() - started
            started = time.process_time()
            link_all(case, findings)
            linking = time.process_time() - started
            started = time.process_time()
            merge(case, findings)
            merging = time.process_time() - started
            print(
                f"{size:>8}  {extracting:>9.2f}  {linking:>7.2f}  {merging:>8.2f}  "
                f"{1000 * extracting / size:>14.2f}  {1000 * linking / size:>11.2f}  "
                f"{linking / extracting:>12.2f}"
            )


if __name__ == "__main__":
    main()
