"""Sentence splitting: today's splitter against pysbd on every line, for agreement and speed.

Run: ``python benchmarks/compare_sentences.py [--paragraphs N]``

Prose: the docstrings of Python's standard library, one line per paragraph, and the
bundled articles' kept text. It prints how many lines split differently and the time of
each splitter, then the time to split one long line of 40,000 and 1,000,000 characters.
"""

from __future__ import annotations

import argparse
import ast
import sysconfig
import time
from collections.abc import Iterator
from pathlib import Path

import sorabrief
from sorabrief.extract import extract, vocabulary_of
from sorabrief.extract.sentences import _pysbd_sentences, split_sentences
from sorabrief.findings import Span


def stdlib_paragraphs(limit: int) -> Iterator[str]:
    """Docstring paragraphs of the standard library, each joined into one line."""
    found = 0
    for path in sorted(Path(sysconfig.get_paths()["stdlib"]).rglob("*.py")):
        try:
            tree = ast.parse(path.read_text(encoding="utf-8"))
        except (SyntaxError, UnicodeDecodeError, ValueError):
            continue
        for node in ast.walk(tree):
            if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef):
                for paragraph in (ast.get_docstring(node) or "").split("\n\n"):
                    if paragraph.strip():
                        yield " ".join(paragraph.split())
                        found += 1
                        if found >= limit:
                            return


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--paragraphs", type=int, default=20_000)
    case = sorabrief.load()
    vocabulary = vocabulary_of(case)
    kept = [s.text for source in case.sources for s in extract(source, vocabulary).sentences]
    lines = [*stdlib_paragraphs(parser.parse_args().paragraphs), *kept]
    old_time = new_time = 0.0
    differ = 0
    for line in lines:
        started = time.process_time()
        old = [s.text for s in _pysbd_sentences(line, 0, len(line))]
        middle = time.process_time()
        new = [s.text for s in split_sentences(line, (Span(0, len(line)),))]
        new_time += time.process_time() - middle
        old_time += middle - started
        differ += old != new
    chars = sum(map(len, lines))
    print(f"{len(lines):,} lines, {chars:,} characters: {differ} split differently")
    print(f"pysbd on every line {old_time:.2f} s CPU; sorabrief {new_time:.2f} s CPU")
    text = " ".join(kept)
    for size in (40_000, 1_000_000):
        body = (text + " ") * (size // (len(text) + 1) + 1)
        body = body[:size]
        started = time.process_time()
        found = split_sentences(body, (Span(0, len(body)),))
        print(
            f"one line of {size:,} characters: {time.process_time() - started:.2f} s CPU, "
            f"{len(found):,} sentences"
        )


if __name__ == "__main__":
    main()
