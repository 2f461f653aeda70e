"""Regular-expression engines for cues: speed on the bundled case and on a pathological cue.

Run: PYTHONPATH=src python benchmarks/compare_cue_engines.py
Needs ``regex`` (a dependency) and, for the comparison only, ``google-re2``
(``pip install google-re2``); an engine that is not installed is skipped.
Prints, per engine: how many bundled cues it compiles, the time to search every
cue in every kept sentence of the bundled case, and how long the cue ``(a+)+$``
and ``(a|a)+$`` take on 20 characters to 10,000 characters of text.
"""

from __future__ import annotations

import contextlib
import re
import statistics
import time
from collections.abc import Callable
from typing import Any

from sorabrief.aggregation import extract_all
from sorabrief.casefile import load_case
from sorabrief.extract import vocabulary_of

CASE = load_case()
FINDINGS = extract_all(CASE.sources, vocabulary_of(CASE))
SENTENCES = [s.text for f in FINDINGS.values() for s in f.sentences]
CUES = [p for c in CASE.claims for p in (*c.cues, *c.exclude)]
RUNS = 7
PATHOLOGICAL = ("(a+)+$", "(a|a)+$")
"""Nested and overlapping repeats: each extra character doubles a backtracking engine's work."""


def engines() -> dict[str, tuple[Callable[[str], Any], Callable[[Any, str], object]]]:
    """name -> (compile, search with a time limit where the engine has one)."""
    found: dict[str, tuple[Callable[[str], Any], Callable[[Any, str], object]]] = {
        "re (no limit)": (lambda p: re.compile(p, re.IGNORECASE), lambda c, t: c.search(t)),
    }
    with contextlib.suppress(ImportError):
        import regex

        found["regex, timeout=1 s"] = (
            lambda p: regex.compile(p, regex.IGNORECASE | regex.VERSION0),
            lambda c, t: c.search(t, timeout=1.0),
        )
    with contextlib.suppress(ImportError):
        import re2

        options = re2.Options()
        options.case_sensitive = False
        found["google-re2"] = (lambda p: re2.compile(p, options), lambda c, t: c.search(t))
    return found


def link_time(compile_: Callable[[str], Any], search: Callable[[Any, str], object]) -> float:
    """Median seconds to search every cue that compiles in every sentence."""
    compiled = []
    for pattern in CUES:
        with contextlib.suppress(Exception):
            compiled.append(compile_(pattern))
    times = []
    for _ in range(RUNS):
        started = time.perf_counter()
        for cue in compiled:
            for sentence in SENTENCES:
                search(cue, sentence)
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def compiles(compile_: Callable[[str], Any]) -> list[str]:
    failed = []
    for pattern in CUES:
        try:
            compile_(pattern)
        except Exception:
            failed.append(pattern)
    return failed


def pathological(
    compile_: Callable[[str], Any], search: Callable[[Any, str], object], cue_text: str, length: int
) -> str:
    cue = compile_(cue_text)
    started = time.perf_counter()
    try:
        search(cue, "a" * length + "!")
        outcome = "finished"
    except TimeoutError:
        outcome = "stopped by its time limit"
    return f"{time.perf_counter() - started:.3f} s, {outcome}"


def main() -> None:
    print(f"bundled case: {len(CUES)} cue and exclusion patterns, {len(SENTENCES)} kept sentences")
    for name, (compile_, search) in engines().items():
        failed = compiles(compile_)
        print(f"\n{name}")
        print(f"  compiles {len(CUES) - len(failed)} of {len(CUES)} bundled patterns", end="")
        print(f" (refuses {', '.join(failed)})" if failed else "")
        print(f"  every pattern on every sentence: {link_time(compile_, search) * 1000:.1f} ms")
        for cue in PATHOLOGICAL:
            for length in (20, 24) if name.startswith("re ") else (20, 24, 30, 10_000):
                timing = pathological(compile_, search, cue, length)
                print(f"  {cue!r} on {length} characters: {timing}")


if __name__ == "__main__":
    main()
