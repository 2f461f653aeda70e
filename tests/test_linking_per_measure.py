"""A sum given per another measure than a price claim's, or the size of a change its
subject does not speak of, is no candidate for the claim (``per_measure.py``,
``change_size.py``). Invented text."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import sorabrief
from sorabrief.aggregation.change_size import size_of_change
from sorabrief.aggregation.linking import link_all
from sorabrief.aggregation.per_measure import measures_of, other_measure
from sorabrief.extract import extract, vocabulary_of
from sorabrief.findings import Figure, Quantity


def _sums(sentence: str) -> list[Figure]:
    """Every "$" sum of a sentence, as money figures."""
    return [
        Figure(m.group(), m.start(), m.end(), Quantity.MONEY, 1.0, 1.0, "USD")
        for m in re.finditer(r"\$\d+(?:\.\d+)?", sentence)
    ]


def _measures(sentence: str, which: int) -> frozenset[str]:
    sums = _sums(sentence)
    return measures_of(sentence, sums[which], 0, sums)


@pytest.mark.parametrize(
    ("sentence", "which", "measures"),
    [
        ("Petrol stations raised the price to $1.90 a litre on Monday.", 0, {"litre"}),
        ("Millers charge $31 per 25 kg sack of maize.", 0, {"kg", "sack"}),
        ("A loaf of white bread now sells for $2.40 in the town's bakeries.", 0, {"loaf"}),
        ("Kerosene went from $1.10 to $1.65 a gallon within a week.", 0, {"gallon"}),
        ("A cylinder of cooking gas costs $38, up from $29 before the strike.", 1, {"cylinder"}),
        ("The council paid the contractor $40 million last year.", 0, set()),
        ("Tickets cost $12 a month for pensioners.", 0, set()),  # a time, no measure
    ],
)
def test_the_measure_a_sum_is_given_per(sentence: str, which: int, measures: set[str]) -> None:
    assert _measures(sentence, which) == measures


def test_a_sum_per_another_measure_prices_something_else() -> None:
    litre = _measures("Diesel climbed to $1.95 a litre at the town's pumps.", 0)
    assert other_measure(litre, "price of a sack of flour in the town's shops")
    assert not other_measure(litre, "pump price of a litre of diesel in the town")
    assert not other_measure(litre, "what diesel cost in the town during the strike")
    assert not other_measure(frozenset(), "price of a sack of flour in the town's shops")


@pytest.mark.parametrize(
    ("sentence", "subject", "changed"),
    [
        ("Bus drivers said fares had gone up by $2 since the strike.", "bus fare", True),
        ("The tariff rose sharply by $9 in March.", "monthly water tariff", True),
        ("Bus drivers said fares had gone up by $2.", "rise in the bus fare", False),
        ("The fare is now $2 on every route.", "bus fare", False),
        ("He was hit by $2 coins thrown from the crowd.", "bus fare", False),
    ],
)
def test_the_size_of_a_change(sentence: str, subject: str, changed: bool) -> None:
    assert size_of_change(sentence, _sums(sentence)[0], subject) is changed


_INCIDENT = """\
id: flour
title: Flour and fuel prices climb after the bridge closure
parties:
  - id: council
    name: Orrin Valley Council
    kind: organization
    role: owner of the bridge
claims:
  - id: flour-price
    kind: figure
    subject: price of a sack of flour in Orrin shops during the closure
    quantity: money
    unit: USD
"""

_ARTICLES = {
    "01": "A sack of flour cost $46 in Orrin shops during the closure of the bridge.",
    "02": "During the closure of the bridge, Orrin shops sold petrol at $2.10 a litre.",
    "03": "During the closure, Orrin shops said flour had gone up by $9 since the bridge shut.",
}


def test_a_sum_of_another_measure_or_a_change_is_no_candidate(tmp_path: Path) -> None:
    folder = tmp_path / "case"
    (folder / "articles").mkdir(parents=True)
    (folder / "incident.yaml").write_text(_INCIDENT, encoding="utf-8")
    for name, body in _ARTICLES.items():
        text = f"---\ntitle: Flour {name}\npublisher: Outlet {name}\n---\n{body}\n"
        (folder / "articles" / f"{name}.md").write_text(text, encoding="utf-8")
    case = sorabrief.load(folder)
    findings = {s.id: extract(s, vocabulary_of(case)) for s in case.sources}
    linking = link_all(case, findings)
    assert "flour-price" in linking.links["01"]
    assert "flour-price" not in linking.links["02"]
    assert "flour-price" not in linking.links["03"]
