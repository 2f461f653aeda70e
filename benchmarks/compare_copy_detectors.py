"""Which measure tells a syndicated copy from an independent report on the same incident.

Run: PYTHONPATH=src python benchmarks/compare_copy_detectors.py
(datasketch is only needed for this comparison; when it is not installed it is skipped.)

Originals: every article of the bundled case and of tests/corpus/ (kept text, after
cleaning). Copies, made from each original: a changed headline, a trimmed ending (the last
40% of paragraphs dropped), an added paragraph, and all three at once. Hard negatives:
two different articles about the same incident; easy negatives: articles about different
incidents. A measure is good when every copy scores above every independent pair.
"""

from __future__ import annotations

import contextlib
import itertools
import re
import statistics
import time
from collections.abc import Callable
from pathlib import Path

from rapidfuzz import fuzz
from rapidfuzz.distance import LCSseq

from sorabrief.aggregation.copies import shingles
from sorabrief.casefile import load_case
from sorabrief.extract import extract, vocabulary_of
from sorabrief.extract.masking import masked

ROOT = Path(__file__).resolve().parents[1]
CASES = [ROOT / "sources" / "sora-leak", *sorted((ROOT / "tests" / "corpus").glob("*/"))]
ADDED = (
    "Editor's note: this story was updated to add local reaction. Residents who spoke to this "
    "newspaper on Thursday said they had heard nothing from the council about what happens "
    "next, and a public meeting has been called for the village hall next week."
)


def originals() -> list[tuple[str, str, str]]:
    """(incident, article id, kept text) for every article of every case."""
    found = []
    for folder in CASES:
        if not (folder / "incident.yaml").is_file():
            continue
        case = load_case(folder)
        vocabulary = vocabulary_of(case)
        for source in case.sources:
            kept = masked(source.body, extract(source, vocabulary).removed)
            found.append((case.id, source.id, kept))
    return found


def paragraphs(text: str) -> list[str]:
    return [p for p in re.split(r"\n\s*\n|\n", text) if p.strip()]


def copies(text: str) -> dict[str, str]:
    """The edited copies of one original."""
    parts = paragraphs(text)
    headline = ["Wire report: what we know so far", *parts[1:]]
    trimmed = parts[: max(2, round(len(parts) * 0.6))]
    middle = len(parts) // 2
    added = [*parts[:middle], ADDED, *parts[middle:]]
    every = ["Wire report: what we know so far", *trimmed[1:], ADDED]
    return {
        "headline": "\n\n".join(headline),
        "trimmed": "\n\n".join(trimmed),
        "added": "\n\n".join(added),
        "all three": "\n\n".join(every),
    }


def jaccard(a: str, b: str) -> float:
    x, y = set(shingles(a)), set(shingles(b))
    return len(x & y) / len(x | y) if x | y else 0.0


def containment(a: str, b: str) -> float:
    x, y = set(shingles(a)), set(shingles(b))
    return len(x & y) / min(len(x), len(y)) if x and y else 0.0


def rapidfuzz_words(a: str, b: str) -> float:
    """Indel similarity over word sequences."""
    return fuzz.ratio(a.lower().split(), b.lower().split()) / 100


def rapidfuzz_shingles(a: str, b: str) -> float:
    """Longest common subsequence of shingles, over the shorter text's shingles."""
    x, y = shingles(a), shingles(b)
    return LCSseq.similarity(x, y) / min(len(x), len(y)) if x and y else 0.0


def minhash_measure() -> Callable[[str, str], float] | None:
    with contextlib.suppress(ImportError):
        from datasketch import MinHash

        def minhash(a: str, b: str) -> float:
            signatures = []
            for text in (a, b):
                signature = MinHash(num_perm=128, seed=1)
                signature.update_batch([" ".join(s).encode() for s in set(shingles(text))])
                signatures.append(signature)
            return float(signatures[0].jaccard(signatures[1]))

        return minhash
    return None


def main() -> None:
    found = originals()
    positives = [(kind, o[2], c) for o in found for kind, c in copies(o[2]).items()]
    same = [(a[2], b[2]) for a, b in itertools.combinations(found, 2) if a[0] == b[0]]
    other = [(a[2], b[2]) for a, b in itertools.combinations(found, 2) if a[0] != b[0]]
    print(
        f"{len(found)} originals in {len(CASES)} incidents; {len(positives)} copies; "
        f"{len(same)} same-incident pairs; {len(other)} cross-incident pairs"
    )
    measures: dict[str, Callable[[str, str], float]] = {
        "shingle Jaccard (sets)": jaccard,
        "shingle containment (sets)": containment,
        "rapidfuzz ratio over words": rapidfuzz_words,
        "rapidfuzz LCS over shingles": rapidfuzz_shingles,
    }
    if minhash := minhash_measure():
        measures["datasketch MinHash, 128 perms"] = minhash
    kinds = list(copies("a\n\nb\n\nc"))
    print(
        f"{'measure':<31} "
        + " ".join(f"{k:>10}" for k in kinds)
        + f" {'same inc.':>10} {'other inc.':>10} {'margin':>7} {'ms/pair':>8}"
    )
    for name, measure in measures.items():
        lowest = {k: min(measure(a, b) for kind, a, b in positives if kind == k) for k in kinds}
        started = time.perf_counter()
        same_scores = [measure(a, b) for a, b in same]
        per_pair = (time.perf_counter() - started) / len(same) * 1000
        other_high = max(measure(a, b) for a, b in other[:2000])
        margin = min(lowest.values()) - max(same_scores)
        print(
            f"{name:<31} "
            + " ".join(f"{lowest[k]:>10.3f}" for k in kinds)
            + f" {max(same_scores):>10.3f} {other_high:>10.3f} {margin:>7.3f} {per_pair:>8.2f}"
        )
        print(f"{'':<31} median same-incident pair: {statistics.median(same_scores):.3f}")
    print("copy columns: the lowest score of any copy; same/other inc.: the highest pair")


if __name__ == "__main__":
    main()
