"""Every hand label of the evaluation corpus, pinned one by one.

Each labelled quotation (with its speaker), figure (value, unit, currency, hedge,
conversion) and date (value, precision) is a test, and so is each article's cleaning: every
labelled noise span removed, no on-topic letter removed. Items extraction still gets wrong
are listed in ``tests/corpus/known_misses.txt`` with the reason; they are strict expected
failures, so fixing one fails the run until it is taken off the list.
"""

from __future__ import annotations

import functools
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent / "corpus"))

from scoring import Article, Item, incidents, noise_scores, read_incident, verdict

KNOWN_MISSES_FILE = Path(__file__).resolve().parent / "corpus" / "known_misses.txt"


def _known_misses() -> dict[str, str]:
    misses = {}
    for line in KNOWN_MISSES_FILE.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            name, _, reason = line.partition(" :: ")
            misses[name] = reason
    return misses


@functools.cache
def _articles() -> tuple[Article, ...]:
    return tuple(article for folder in incidents() for article in read_incident(folder))


def _params() -> tuple[list[pytest.ParameterSet], list[pytest.ParameterSet]]:
    misses = _known_misses()
    items, cleaning = [], []
    for index, article in enumerate(_articles()):
        for item in article.items:
            marks = (
                [pytest.mark.xfail(strict=True, reason=misses[item.name])]
                if item.name in misses
                else []
            )
            items.append(pytest.param(index, item, id=item.name, marks=marks))
        name = f"{article.incident}/{article.source.id} cleaning"
        marks = [pytest.mark.xfail(strict=True, reason=misses[name])] if name in misses else []
        cleaning.append(pytest.param(index, id=name, marks=marks))
    return items, cleaning


ITEMS, CLEANING = _params()


def test_known_misses_name_real_labels() -> None:
    names = {p.id for p in ITEMS} | {p.id for p in CLEANING}
    assert set(_known_misses()) <= names


@pytest.mark.parametrize(("index", "item"), ITEMS)
def test_labelled_item_is_extracted_exactly(index: int, item: Item) -> None:
    assert verdict(_articles()[index], item) is None


@pytest.mark.parametrize("index", CLEANING)
def test_cleaning_removes_all_noise_and_nothing_on_topic(index: int) -> None:
    labelled, caught, on_topic = noise_scores(_articles()[index])
    assert (caught, on_topic) == (labelled, 0)
