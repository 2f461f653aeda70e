"""Extraction scored against the hand labels of the evaluation corpus, per incident and overall.

Run: python benchmarks/eval_extraction.py [--details] [--misses] [INCIDENT ...]

--details lists every miss; --misses prints them in the form of
tests/corpus/known_misses.txt, the strict expected failures of tests/test_corpus.py.

Columns:
- quotes P / R: extracted quotations that are labelled quotations / labels found;
- speakers: quotations found whose speaker is right;
- figures P / R / right: extracted figures that are labelled / labels found / labels
  found with value, unit, currency, hedge and conversion all right;
- dates P / R / right: the same for dates, right meaning value and precision;
- noise: labelled noise spans removed (90% of their letters or more);
- on-topic: letters of on-topic text that cleaning removed (must be 0).
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests" / "corpus"))

from scoring import (
    Article,
    found_for,
    incidents,
    noise_scores,
    overlaps,
    read_incident,
    verdict,
)

COLUMNS = (
    "quotes P", "quotes R", "speakers", "figures P", "figures R", "figures right",
    "dates P", "dates R", "dates right", "noise", "on-topic",
)  # fmt: skip


def tally(articles: list[Article], details: list[str]) -> Counter[str]:
    """Counts behind every column, for a group of articles."""
    counts: Counter[str] = Counter()
    for article in articles:
        for category, pool in (
            ("quotes", article.findings.quotes),
            ("figures", article.findings.figures),
            ("dates", article.findings.dates),
        ):
            labelled = [i for i in article.items if i.category == category]
            counts[f"{category} extracted"] += len(pool)
            for found in pool:
                if any(overlaps((found.start, found.end), (i.start, i.end)) for i in labelled):
                    counts[f"{category} extracted labelled"] += 1
                else:
                    details.append(
                        f"{article.incident}/{article.source.id} extra {category[:-1]}: {found.text!r}"
                    )
            for item in labelled:
                counts[f"{category} labels"] += 1
                found_item = found_for(article, item)
                if found_item is not None:
                    counts[f"{category} found"] += 1
                wrong = verdict(article, item)
                if wrong is None:
                    counts[f"{category} right"] += 1
                else:
                    details.append(f"{item.name}: {wrong}")
        labelled_noise, caught, on_topic = noise_scores(article)
        counts["noise labels"] += labelled_noise
        counts["noise caught"] += caught
        counts["on-topic"] += on_topic
        if on_topic:
            details.append(
                f"{article.incident}/{article.source.id}: {on_topic} on-topic letters removed"
            )
        if caught < labelled_noise:
            details.append(
                f"{article.incident}/{article.source.id}: {labelled_noise - caught} noise spans kept"
            )
    return counts


def row(counts: Counter[str]) -> list[str]:
    def ratio(hits: str, total: str) -> str:
        return f"{counts[hits] / counts[total]:.3f}" if counts[total] else "–"

    return [
        ratio("quotes extracted labelled", "quotes extracted"),
        ratio("quotes found", "quotes labels"),
        ratio("quotes right", "quotes found"),
        ratio("figures extracted labelled", "figures extracted"),
        ratio("figures found", "figures labels"),
        ratio("figures right", "figures labels"),
        ratio("dates extracted labelled", "dates extracted"),
        ratio("dates found", "dates labels"),
        ratio("dates right", "dates labels"),
        ratio("noise caught", "noise labels"),
        str(counts["on-topic"]),
    ]


def misses(articles: list[Article]) -> list[str]:
    """Every label extraction gets wrong, as ``name :: why`` lines."""
    lines = []
    for article in articles:
        for item in article.items:
            wrong = verdict(article, item)
            if wrong is not None:
                lines.append(f"{item.name} :: {wrong}")
        labelled, caught, on_topic = noise_scores(article)
        if (caught, on_topic) != (labelled, 0):
            why = f"{labelled - caught} of {labelled} noise spans kept, {on_topic} on-topic letters removed"
            lines.append(f"{article.incident}/{article.source.id} cleaning :: {why}")
    return lines


def main(argv: list[str]) -> int:
    if "--misses" in argv:
        print("\n".join(line for f in incidents() for line in misses(list(read_incident(f)))))
        return 0
    show_details = "--details" in argv
    names = [a for a in argv if not a.startswith("--")]
    folders = [f for f in incidents() if not names or f.name in names]
    total: Counter[str] = Counter()
    lines = [["incident", *COLUMNS]]
    details: list[str] = []
    for folder in folders:
        counts = tally(list(read_incident(folder)), details)
        total.update(counts)
        lines.append([folder.name, *row(counts)])
    lines.append(["overall", *row(total)])
    widths = [max(len(line[i]) for line in lines) for i in range(len(lines[0]))]
    for line in lines:
        print("  ".join(cell.ljust(width) for cell, width in zip(line, widths, strict=True)))
    print(
        f"\n{total['quotes labels']} quotations, {total['figures labels']} figures, "
        f"{total['dates labels']} dates, {total['noise labels']} noise spans labelled"
    )
    if show_details:
        print("\n".join(["", *details]))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
