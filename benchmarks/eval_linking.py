"""Claim linking scored against hand labels, leaving each article out in turn.

Run: python benchmarks/eval_linking.py [--details]

For every case (each incident of tests/corpus/ and the bundled Sora case) and every
article, the article's pinned excerpts are removed from the case, the briefing is built,
and the claims it cites that article for are compared with the hand labels of which claims
the article supports (``links.supports`` in tests/corpus/*/labels/, and
tests/data/sora_links.yaml). Precision and recall are over (article, claim) pairs. Then
each planted conflict of the corpus (``links.conflicts``) is looked for in the briefing of
the whole case: a figure or date discrepancy with that article on one side and other
sources on the other, or, for a status, a status change: a sentence of that article
contradicting the status (what makes ``check`` warn and the briefing say "a newer source
reports a change"), with the status no longer current. ``unplanted`` counts the figure
and date discrepancies the briefing lists that no label planted: some are real slips of
the writers, most are dates or figures of something else taken as the claim's.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path
from typing import Any

import attrs
import yaml

import sorabrief
from sorabrief.briefing import Briefing
from sorabrief.model import Case
from sorabrief.resources import bundled_case_dir

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "tests" / "corpus"


def cases() -> list[tuple[str, Path, dict[str, set[str]], list[dict[str, Any]]]]:
    """Every case with its per-article labels and planted conflicts."""
    found = []
    for folder in sorted(p for p in CORPUS.iterdir() if (p / "labels").is_dir()):
        supports: dict[str, set[str]] = {}
        conflicts: list[dict[str, Any]] = []
        for label_file in sorted((folder / "labels").glob("*.yaml")):
            links = (yaml.safe_load(label_file.read_text(encoding="utf-8")) or {}).get(
                "links"
            ) or {}
            supports[label_file.stem] = set(links.get("supports") or [])
            conflicts += [{**c, "source": label_file.stem} for c in links.get("conflicts") or []]
        found.append((folder.name, folder, supports, conflicts))
    sora = yaml.safe_load((ROOT / "tests" / "data" / "sora_links.yaml").read_text(encoding="utf-8"))
    found.append(("sora-leak", bundled_case_dir(), {k: set(v) for k, v in sora.items()}, []))
    return found


def cited(briefing: Briefing, source: str) -> set[str]:
    """The claims a briefing cites ``source`` for."""
    claims = {c.id for c in briefing.claims if source in c.sources}
    claims |= {f.claim for f in briefing.figures if any(source in v.sources for v in f.variants)}
    return claims


def without_pinned(case: Case, source: str) -> Case:
    """The case with every excerpt pinned from ``source`` taken out."""
    claims = tuple(
        attrs.evolve(c, evidence=tuple(e for e in c.evidence if e.source != source))
        for c in case.claims
    )
    return attrs.evolve(case, claims=claims)


def surfaced(briefing: Briefing, conflict: dict[str, Any]) -> bool:
    """Whether the briefing shows a planted conflict with its article on one side."""
    source, claim = conflict["source"], conflict["claim"]
    if conflict["kind"] in ("figure", "date"):
        for discrepancy in briefing.discrepancies:
            sides = [set(v.sources) for v in discrepancy.variants]
            if (
                discrepancy.claim == claim
                and any(source in s for s in sides)
                and any(s - {source} for s in sides if source not in s)
            ):
                return True
        return False
    named = {claim} | {
        old for c in briefing.claims if c.id == claim for old in c.claim.supersedes
    }  # the label may name the replaced status or the one replacing it
    return any(
        c.claim in named and c.source == source and c.claim not in briefing.current_status
        for c in briefing.status_changes
    )


def main(argv: list[str]) -> int:
    details: list[str] = []
    lines = [
        ["case", "articles", "labelled", "cited", "precision", "recall", "conflicts", "unplanted"]
    ]
    total: Counter[str] = Counter()
    for name, folder, supports, conflicts in cases():
        case = sorabrief.load(folder)
        counts: Counter[str] = Counter()
        for source in sorted(supports):
            got = cited(sorabrief.aggregate(without_pinned(case, source)), source)
            want = supports[source]
            counts.update(hits=len(got & want), cited=len(got), labelled=len(want))
            details += [f"{name}/{source} missed {c}" for c in sorted(want - got)]
            details += [f"{name}/{source} wrongly cites {c}" for c in sorted(got - want)]
        whole = sorabrief.aggregate(case)
        shown = [c for c in conflicts if surfaced(whole, c)]
        details += [
            f"{name}: conflict not shown: {c['kind']} {c['claim']}"
            for c in conflicts
            if c not in shown
        ]
        planted = {(c["claim"], c["kind"]) for c in conflicts}
        other = [
            d
            for d in whole.discrepancies
            if d.kind.value != "wording" and (d.claim, d.kind.value) not in planted
        ]
        details += [
            f"{name}: discrepancy not planted: {d.kind.value} {d.claim} "
            + "; ".join(f"{v.value} {','.join(v.sources)}" for v in d.variants)
            for d in other
        ]
        counts.update(conflicts=len(conflicts), shown=len(shown), unplanted=len(other))
        total.update(counts)
        lines.append([name, str(len(supports)), *_row(counts)])
    lines.append(["overall", "", *_row(total)])
    widths = [max(len(line[i]) for line in lines) for i in range(len(lines[0]))]
    for line in lines:
        print("  ".join(cell.ljust(width) for cell, width in zip(line, widths, strict=True)))
    if "--details" in argv:
        print("\n".join(["", *details]))
    return 0


def _row(counts: Counter[str]) -> list[str]:
    precision = counts["hits"] / counts["cited"] if counts["cited"] else 0.0
    recall = counts["hits"] / counts["labelled"] if counts["labelled"] else 0.0
    return [
        str(counts["labelled"]),
        str(counts["cited"]),
        f"{precision:.3f}",
        f"{recall:.3f}",
        f"{counts['shown']}/{counts['conflicts']}",
        str(counts["unplanted"]),
    ]


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
