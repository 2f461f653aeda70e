"""Fit the linker's weights on the evaluation corpus, and say how well they carry over.

Run: python benchmarks/fit_linker.py

The linker scores a (claim, sentence) pair as a logistic function of its signals
(``sorabrief.aggregation.scoring``). The labels say which claims each article supports,
not which sentence, so this fits the weights as a multiple-instance problem: an article
supports a claim when its best sentence does. Starting from equal weights on the meaning
signals, it alternates between picking each pair's best sentence and one step of
gradient descent on the logistic loss. Pairs a cue links are left out: cues link
whatever the score. It prints the weights to copy into ``scoring.WEIGHTS``, and
precision and recall leaving each case out in turn: weights fitted on the other cases
and scored on the one left out, at the thresholds around ``linking.LINK``.
"""

from __future__ import annotations

import math
import sys
from pathlib import Path

import attrs
import yaml

import sorabrief
from sorabrief.aggregation import scoring
from sorabrief.aggregation.link import cue_links
from sorabrief.aggregation.linking import LINK, link_all
from sorabrief.extract import extract, vocabulary_of
from sorabrief.resources import bundled_case_dir

ROOT = Path(__file__).resolve().parents[1]
Pair = tuple[str, bool, list[tuple[float, ...]], bool]
"""(case, supported, each candidate sentence's signal vector, linked by a cue)."""


def pairs() -> list[Pair]:
    """Every (article, claim) pair of the corpus and the bundled case."""
    found: list[Pair] = []
    folders = sorted(p for p in (ROOT / "tests" / "corpus").iterdir() if (p / "labels").is_dir())
    sora = yaml.safe_load((ROOT / "tests" / "data" / "sora_links.yaml").read_text("utf-8"))
    for folder in [*folders, bundled_case_dir()]:
        case = sorabrief.load(folder)
        vocabulary = vocabulary_of(case)
        findings = {s.id: extract(s, vocabulary) for s in case.sources}
        for source in case.sources:
            if folder == bundled_case_dir():
                supports = set(sora[source.id])
            else:
                labels = yaml.safe_load(
                    (folder / "labels" / f"{source.id}.yaml").read_text("utf-8")
                )
                supports = set(labels["links"]["supports"])
            claims = tuple(
                attrs.evolve(c, evidence=tuple(e for e in c.evidence if e.source != source.id))
                for c in case.claims
            )
            left_out = attrs.evolve(case, claims=claims)
            scored = link_all(left_out, findings).scored
            for claim in claims:
                rows = [
                    s.signals.vector() for s in scored[claim.id] if s.sentence.source == source.id
                ]
                cued = bool(cue_links(claim, findings[source.id], source.body))
                found.append((case.id, claim.id in supports, rows, cued))
    return found


def _z(weights: list[float], row: tuple[float, ...]) -> float:
    return sum(w * x for w, x in zip(weights, row, strict=True))


def fit(data: list[Pair], steps: int = 200, rate: float = 0.5) -> list[float]:
    """Multiple-instance logistic regression by gradient descent."""
    size = len(data[0][2][0]) if data and data[0][2] else 9
    weights = [3.0, 3.0, *([0.0] * (size - 3)), -1.0]
    usable = [d for d in data if d[2] and not d[3]]
    for _ in range(steps):
        gradient = [0.0] * size
        for _, supported, rows, _ in usable:
            row = max(rows, key=lambda r: _z(weights, r))
            z = max(-30.0, min(30.0, _z(weights, row)))
            error = 1.0 / (1.0 + math.exp(-z)) - supported
            for i, x in enumerate(row):
                gradient[i] += error * x
        weights = [
            w - rate * (g / len(usable) + 0.001 * w) for w, g in zip(weights, gradient, strict=True)
        ]
    return weights


def score(weights: list[float], data: list[Pair], threshold: float) -> tuple[int, int, int]:
    """True positives, false positives and false negatives at a score threshold."""
    cut = math.log(threshold / (1 - threshold))
    tp = fp = fn = 0
    for _, supported, rows, cued in data:
        linked = cued or any(_z(weights, r) >= cut for r in rows)
        tp += linked and supported
        fp += linked and not supported
        fn += supported and not linked
    return tp, fp, fn


def main() -> int:
    scoring.KEEP = 0.0  # every pair, not only those near a threshold
    data = pairs()
    weights = fit(data)
    print("WEIGHTS =", tuple(round(w, 2) for w in weights))
    cases = sorted({d[0] for d in data})
    for threshold in (LINK - 0.1, LINK, LINK + 0.1):
        print(f"\nleaving each case out, threshold {threshold:.2f}")
        total = [0, 0, 0]
        for name in cases:
            held = fit([d for d in data if d[0] != name])
            tp, fp, fn = score(held, [d for d in data if d[0] == name], threshold)
            total = [total[0] + tp, total[1] + fp, total[2] + fn]
            print(f"  {name:24s} P {tp / max(1, tp + fp):.3f} R {tp / max(1, tp + fn):.3f}")
        tp, fp, fn = total
        print(f"  {'overall':24s} P {tp / max(1, tp + fp):.3f} R {tp / max(1, tp + fn):.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
