"""Accuracy on the seeds and speed of the libraries considered for extraction.

Run: PYTHONPATH=src python benchmarks/compare_libraries.py
blingfire (needs numpy), dateparser and word2number are only needed for this
comparison; a library that is not installed is skipped.
"""

from __future__ import annotations

import contextlib
import re
import time
from collections.abc import Callable
from pathlib import Path

import yaml

from sorabrief.casefile import load_case
from sorabrief.extract import extract, vocabulary_of
from sorabrief.extract.dates import find_dates
from sorabrief.extract.masking import masked

ROOT = Path(__file__).resolve().parents[1]
CASE = load_case(ROOT / "sources" / "sora-leak")
VOCABULARY = vocabulary_of(CASE)
FINDINGS = {s.id: extract(s, VOCABULARY) for s in CASE.sources}
KEPT = {s.id: masked(s.body, FINDINGS[s.id].removed) for s in CASE.sources}
EXPECTED = yaml.safe_load((ROOT / "tests/data/extraction_expectations.yaml").read_text("utf-8"))

TRICKY_SENTENCES = [
    ("He arrived at 5 p.m. on Nov. 26 in the U.S. and left. Ms. Murati avoided it.",
     ["He arrived at 5 p.m. on Nov. 26 in the U.S. and left.", "Ms. Murati avoided it."]),
    ("“We received access. However, we believe it,” they write. “Next one.”",
     ["“We received access. However, we believe it,” they write.", "“Next one.”"]),
    ("Shares of Acme Inc. rose 3.5% on Monday. Dr. Lee disagreed.",
     ["Shares of Acme Inc. rose 3.5% on Monday.", "Dr. Lee disagreed."]),
    ("The clip ran 10 sec. at most. Then it stopped!", ["The clip ran 10 sec. at most.", "Then it stopped!"]),
    ("Was it leaked? Yes. It was.", ["Was it leaked?", "Yes.", "It was."]),
]  # fmt: skip
_REGEX_BOUNDARY = re.compile(r"(?<=[.!?…])[\"'”’)]*\s+(?=[\"'“‘(]?[A-Z0-9])")


def _timed(function: Callable[[], object], chars: int) -> float:
    started = time.perf_counter()
    function()
    return chars / (time.perf_counter() - started)


def sentence_splitters() -> dict[str, Callable[[str], list[str]]]:
    import pysbd

    segmenter = pysbd.Segmenter(language="en", clean=False)
    splitters: dict[str, Callable[[str], list[str]]] = {
        "pysbd": lambda text: [s.strip() for s in segmenter.segment(text) if s.strip()],
        "regex": lambda text: [s.strip() for s in _REGEX_BOUNDARY.split(text) if s.strip()],
    }
    try:
        import blingfire

        splitters["blingfire"] = lambda text: [
            s for s in blingfire.text_to_sentences(text).split("\n") if s.strip()
        ]
    except ImportError:
        pass
    return splitters


def compare_sentences() -> None:
    """Exact sentences reproduced: the tricky cases by hand, the seeds' hand-read sentence split."""
    reference = [(p, want) for p, want in TRICKY_SENTENCES]
    for source in CASE.sources:
        text = KEPT[source.id]
        for line in text.split("\n"):
            if line.strip():
                want = [s.text for s in FINDINGS[source.id].sentences if s.text in line]
                reference.append((line, want))
    corpus = "\n".join(p for p, _ in reference) * 20
    print("sentences (exact sentences reproduced / reference; chars per second):")
    for name, split in sentence_splitters().items():
        hits = total = 0
        tricky = sum(set(split(p)) >= set(w) for p, w in TRICKY_SENTENCES)
        for paragraph, want in reference:
            hits += len(set(split(paragraph)) & set(want))
            total += len(want)
        speed = _timed(lambda split=split: [split(p) for p in corpus.split("\n")], len(corpus))
        print(f"  {name:<10} {hits}/{total} = {hits / total:.3f}  tricky {tricky}/{len(TRICKY_SENTENCES)}"
              f"  {speed:,.0f} chars/s")  # fmt: skip


def compare_dates() -> None:
    """Expected date mentions found (by text), and mentions found that are not expected."""
    expected = {sid: {d["text"].lower() for d in EXPECTED[sid]["dates"]} for sid in EXPECTED}
    total = sum(map(len, expected.values()))
    chars = sum(map(len, KEPT.values())) * 10
    print("dates (expected found / expected, false finds; chars per second):")
    ours_found = {sid: {d.text.lower() for d in FINDINGS[sid].dates} for sid in FINDINGS}
    _report("own rules", expected, ours_found, total,
            _timed(lambda: [find_dates(KEPT[s.id], s.published) for s in CASE.sources * 10], chars))  # fmt: skip
    try:
        from dateparser.search import search_dates
    except ImportError:
        return
    found = {}
    for sid, text in KEPT.items():
        hits = search_dates(text, languages=["en"]) or []
        found[sid] = {t.lower().strip() for t, _ in hits}
    speed = _timed(
        lambda: [search_dates(t, languages=["en"]) for t in list(KEPT.values()) * 10], chars
    )
    _report("dateparser", expected, found, total, speed)


def _report(
    name: str, expected: dict[str, set[str]], found: dict[str, set[str]], total: int, speed: float
) -> None:
    hits = sum(
        len({f for f in found[s] if any(e in f or f in e for e in expected[s])}) for s in expected
    )
    false = sum(
        len({f for f in found[s] if not any(e in f or f in e for e in expected[s])})
        for s in expected
    )
    examples = sorted(
        {f for s in expected for f in found[s] if not any(e in f or f in e for e in expected[s])}
    )[:6]
    print(f"  {name:<10} {hits}/{total}, {false} false {examples}  {speed:,.0f} chars/s")


def compare_number_words() -> None:
    cases = {"three": 3, "twenty-five": 25, "twenty five": 25, "one hundred": 100, "ninety": 90,
             "three hundred and twenty": 320, "one million": 1_000_000, "seventeen": 17}  # fmt: skip
    readers: dict[str, Callable[[str], float]] = {}
    from text_to_num import text2num

    readers["text2num"] = lambda w: text2num(w, "en")
    try:
        from word2number import w2n

        readers["word2number"] = w2n.word_to_num
    except ImportError:
        pass
    print("number words (correct / cases; calls per second):")
    for name, read in readers.items():
        correct = 0
        for words, value in cases.items():
            with contextlib.suppress(ValueError):
                correct += read(words) == value
        started = time.perf_counter()
        for _ in range(2000):
            for words in cases:
                read(words)
        rate = 2000 * len(cases) / (time.perf_counter() - started)
        print(f"  {name:<12} {correct}/{len(cases)}  {rate:,.0f} calls/s")


def compare_alias_matching() -> None:
    import ahocorasick_rs

    names = [n for p in VOCABULARY.parties for n in p.names]
    text = "\n".join(s.body for s in CASE.sources) * 60
    automaton = ahocorasick_rs.AhoCorasick(
        names, matchkind=ahocorasick_rs.MatchKind.LeftmostLongest
    )
    alternation = re.compile("|".join(re.escape(n) for n in sorted(names, key=len, reverse=True)))
    a = [(s, e) for _, s, e in automaton.find_matches_as_indexes(text)]
    r = [m.span() for m in alternation.finditer(text)]
    print(f"alias matching ({len(names)} names, {len(text):,} chars; same matches: {a == r}):")
    print(
        f"  ahocorasick_rs {_timed(lambda: automaton.find_matches_as_indexes(text), len(text)):,.0f} chars/s"
    )
    print(
        f"  re alternation {_timed(lambda: list(alternation.finditer(text)), len(text)):,.0f} chars/s"
    )


if __name__ == "__main__":
    compare_sentences()
    compare_dates()
    compare_number_words()
    compare_alias_matching()
