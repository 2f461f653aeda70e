"""Extraction throughput on the seeds and on a ~1 MB synthetic text, with and without line breaks.

Run: PYTHONPATH=src python benchmarks/bench_extract.py
"""

from __future__ import annotations

import time
from pathlib import Path

from sorabrief.casefile import load_case
from sorabrief.extract import extract, vocabulary_of
from sorabrief.model import Source

ROOT = Path(__file__).resolve().parents[1]


def throughput(sources: list[Source], rounds: int) -> float:
    """Characters per second over ``rounds`` passes, after one warm-up pass."""
    case = load_case(ROOT / "sources" / "sora-leak")
    vocabulary = vocabulary_of(case)
    for source in sources:
        extract(source, vocabulary)
    started = time.perf_counter()
    for _ in range(rounds):
        for source in sources:
            extract(source, vocabulary)
    elapsed = time.perf_counter() - started
    return rounds * sum(len(s.body) for s in sources) / elapsed


def synthetic_body(seeds: list[Source], size: int) -> str:
    """The seeds over and over, each copy's lines numbered so none is a duplicate line."""
    lines = [line for s in seeds for line in s.body.splitlines()]
    out: list[str] = []
    copy = 0
    while sum(map(len, out)) < size:
        copy += 1
        out.extend(f"{line} ({copy})" if line.strip() else line for line in lines)
    return "\n".join(out)


def main() -> None:
    case = load_case(ROOT / "sources" / "sora-leak")
    seeds = list(case.sources)
    seed_chars = sum(len(s.body) for s in seeds)
    print(f"seeds: {len(seeds)} articles, {seed_chars} chars: {throughput(seeds, 20):,.0f} chars/s")
    big = Source(id="synthetic", body=synthetic_body(seeds, 1_000_000))
    print(f"synthetic: {len(big.body):,} chars in one body: {throughput([big], 1):,.0f} chars/s")
    flat = Source(id="flat", body=big.body.replace("\n", " "))
    started = time.process_time()
    extract(flat, vocabulary_of(case))
    seconds = time.process_time() - started
    print(f"no line breaks: {len(flat.body):,} chars in one line: {seconds:.2f} s CPU")


if __name__ == "__main__":
    main()
