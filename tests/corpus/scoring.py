"""Score extraction against the corpus labels (see README.md beside this file).

Used by ``benchmarks/eval_extraction.py`` (the table) and ``tests/test_corpus.py`` (every
label pinned). Labels are located in the body by their verbatim text; an extracted item
matches a label when their spans overlap.
"""

from __future__ import annotations

import math
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import attrs
import yaml

from sorabrief.casefile import load_case
from sorabrief.extract import extract, vocabulary_of
from sorabrief.findings import DateMention, Figure, Findings, Quote
from sorabrief.model import Source
from sorabrief.nouns import singular
from sorabrief.quantities import HOURS_IN, time_unit

CORPUS = Path(__file__).resolve().parent


@attrs.frozen
class Item:
    """One label, located in its article."""

    incident: str
    source: str
    category: str
    start: int
    end: int
    label: dict[str, Any]
    ends: tuple[int, int] | None = None
    nth: int = 1
    """Which label of this article with the same category and text this is."""

    @property
    def name(self) -> str:
        again = f" #{self.nth}" if self.nth > 1 else ""
        return (
            f"{self.incident}/{self.source} {self.category} {self.label.get('text', '')!r}{again}"
        )


@attrs.frozen
class Article:
    """An article, what extraction found in it, and its located labels."""

    incident: str
    source: Source
    findings: Findings
    items: tuple[Item, ...]
    noise: tuple[tuple[int, int], ...]


def incidents() -> list[Path]:
    """Every incident folder of the corpus that has labels."""
    return sorted(
        p for p in CORPUS.iterdir() if (p / "labels").is_dir() and (p / "incident.yaml").is_file()
    )


def read_incident(folder: Path) -> Iterator[Article]:
    """Extract every labelled article of one incident and locate its labels."""
    case = load_case(folder)
    vocabulary = vocabulary_of(case)
    for source in case.sources:
        label_file = folder / "labels" / f"{source.id}.yaml"
        if not label_file.exists():
            continue
        labels = yaml.safe_load(label_file.read_text(encoding="utf-8")) or {}
        items = tuple(_items(folder.name, source, labels))
        noise = tuple(_noise_spans(source.body, labels.get("noise") or []))
        yield Article(folder.name, source, extract(source, vocabulary), items, noise)


def _items(incident: str, source: Source, labels: dict[str, Any]) -> Iterator[Item]:
    seen: dict[tuple[str, str], int] = {}
    for category in ("quotes", "figures", "dates"):
        taken: dict[str, int] = {}  # occurrences are counted within each category
        for label in labels.get(category) or []:
            nth = seen[category, label["text"]] = seen.get((category, label["text"]), 0) + 1
            start = _locate(source.body, label["text"], label.get("occurrence"), taken)
            ends = None
            if "ends" in label:
                at = source.body.find(label["ends"], start)
                ends = (at, at + len(label["ends"]))
            end = start + len(label["text"])
            yield Item(incident, source.id, category, start, end, label, ends, nth)


def _locate(body: str, text: str, occurrence: int | None, taken: dict[str, int]) -> int:
    """The start of the label's text: the given occurrence, or the next one not yet used."""
    if occurrence is not None:
        at = -1
        for _ in range(occurrence):
            at = body.find(text, at + 1)
        return at
    at = body.find(text, taken.get(text, 0))
    if at < 0:
        raise ValueError(f"label text {text!r} is not in the body")
    taken[text] = at + 1
    return at


def _noise_spans(body: str, noise: list[Any]) -> Iterator[tuple[int, int]]:
    for entry in noise:
        if isinstance(entry, dict):
            start = body.find(entry["from"])
            end = body.find(entry["to"], start) + len(entry["to"])
        else:
            start = body.find(entry)
            end = start + len(entry)
        yield start, end


def overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def found_for(article: Article, item: Item) -> Quote | Figure | DateMention | None:
    """The extracted item that answers a label, if any."""
    pool: tuple[Quote | Figure | DateMention, ...] = {
        "quotes": article.findings.quotes,
        "figures": article.findings.figures,
        "dates": article.findings.dates,
    }[item.category]
    for found in pool:
        if overlaps((found.start, found.end), (item.start, item.end)) and (
            item.ends is None or overlaps((found.start, found.end), item.ends)
        ):
            return found
    return None


def verdict(article: Article, item: Item) -> str | None:
    """Why the extraction of a label is wrong, or None when it is exactly right."""
    found = found_for(article, item)
    if found is None:
        return "not found"
    if isinstance(found, Quote):
        return _speaker_verdict(found, item.label["speaker"])
    if isinstance(found, Figure):
        return _figure_verdict(found, item.label)
    assert isinstance(found, DateMention)
    value = found.value.isoformat() if found.value else None
    want = str(item.label["value"]) if item.label["value"] is not None else None
    if (value, found.precision.value) != (want, item.label["precision"]):
        return f"date {value} ({found.precision.value}), want {want} ({item.label['precision']})"
    return None


def _speaker_verdict(quote: Quote, speaker: str | None) -> str | None:
    got = quote.speaker or quote.attribution
    if speaker is None:
        return None if quote.speaker is None else f"speaker {got!r}, want none"
    if quote.speaker == speaker:
        return None
    written = (quote.attribution or "").casefold()
    if (
        quote.speaker is None
        and written
        and (speaker.casefold() in written or written in speaker.casefold())
    ):
        return None
    return f"speaker {got!r}, want {speaker!r}"


def _figure_verdict(figure: Figure, label: dict[str, Any]) -> str | None:
    want_low = float(label.get("low", label.get("value", math.nan)))
    want_high = float(label.get("high", label.get("value", math.nan)))
    got = (figure.quantity.value, figure.low, figure.high, figure.unit, figure.hedge)
    if figure.quantity.value != label["quantity"]:
        return f"figure {got}, want quantity {label['quantity']}"
    if not _same_amount(figure, label, want_low, want_high):
        return f"figure {got}, want {want_low}–{want_high} {label['unit']}"
    hedge = label.get("hedge")
    if hedge is not None and (figure.hedge or "").casefold() != str(hedge).casefold():
        return f"figure {got}, want hedge {hedge!r}"
    converted = label.get("converted")
    conversion = figure.converted
    if converted is None and conversion is not None:
        return f"figure {got} has a conversion {conversion.text!r} the label does not"
    if converted is not None and (
        conversion is None
        or conversion.unit != converted["unit"]
        or not math.isclose(conversion.low, float(converted["value"]))
    ):
        return f"figure {got}, conversion {conversion}, want {converted}"
    return None


def _same_amount(figure: Figure, label: dict[str, Any], low: float, high: float) -> bool:
    unit = str(label["unit"])
    factor = 1.0
    if figure.quantity.value in ("duration", "length"):
        have, want = time_unit(figure.unit), time_unit(unit)
        if have is None or want is None:
            return False
        factor = HOURS_IN[have] / HOURS_IN[want]
    elif figure.quantity.value == "count":
        if singular(figure.unit.split()[-1]) != singular(unit.split()[-1]):
            return False
    elif figure.unit != unit:
        return False
    return math.isclose(figure.low * factor, low, rel_tol=1e-6) and math.isclose(
        figure.high * factor, high, rel_tol=1e-6
    )


def noise_scores(article: Article) -> tuple[int, int, int]:
    """Noise spans labelled, noise spans removed (90% of their letters), and letters of
    on-topic text that cleaning removed."""
    body = article.source.body
    removed = [False] * len(body)
    for span in article.findings.removed:
        for i in range(span.start, span.end):
            removed[i] = True
    noisy = [False] * len(body)
    caught = 0
    for start, end in article.noise:
        letters = [i for i in range(start, end) if not body[i].isspace()]
        for i in range(start, end):
            noisy[i] = True
        if letters and sum(removed[i] for i in letters) >= 0.9 * len(letters):
            caught += 1
    on_topic = sum(
        1 for i, ch in enumerate(body) if removed[i] and not noisy[i] and not ch.isspace()
    )
    return len(article.noise), caught, on_topic
