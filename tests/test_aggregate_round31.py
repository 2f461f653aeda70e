"""Round 31's aggregation rules for what extraction now reads: a scaled sum is a rounding of
its last written digit, and a month that dates a noun ("the disputed December bills") dates
no event."""

from __future__ import annotations

import pytest

from sorabrief.aggregation.dating import dates_in
from sorabrief.aggregation.figures import reconcile_figure
from sorabrief.briefing import Agreement, Evidence
from sorabrief.findings import DateMention, DatePrecision, Figure, Findings, Quantity
from sorabrief.model import Claim, ClaimKind
from sorabrief.partial_date import PartialDate

BACK_PAY = Claim(id="back-pay", kind=ClaimKind.FIGURE, subject="back pay owed to nurses",
                 quantity="money", unit="HNL", cues=("back pay",))  # fmt: skip


def _lempiras(text: str, value: float) -> Figure:
    return Figure(text, 0, len(text), Quantity.MONEY, value, value, "HNL")


def _outlet(source_id: str) -> str:
    return source_id


@pytest.mark.parametrize(
    ("short", "precise"),
    [
        (("L818m", 818e6), ("L818.4 million", 818.4e6)),
        (("L818 million", 818e6), ("HNL 817.6 million", 817.6e6)),
        (("HNL 25m", 25e6), ("L25.3 million", 25.3e6)),
    ],
)
def test_a_scaled_sum_stands_beside_the_sum_it_rounds(
    short: tuple[str, float], precise: tuple[str, float]
) -> None:
    report, discrepancy = reconcile_figure(
        BACK_PAY, [("s1", _lempiras(*short)), ("s2", _lempiras(*precise))], _outlet
    )
    assert discrepancy is None and report.agreement == Agreement.SOFT


@pytest.mark.parametrize(
    ("one", "other"),
    [
        (("L2m", 2e6), ("L2.5m", 2.5e6)),
        (("L818m", 818e6), ("L819.4 million", 819.4e6)),
        (("L818,000", 818e3), ("L818,400", 818.4e3)),
    ],
)
def test_a_sum_one_digit_long_or_off_its_rounding_still_disagrees(
    one: tuple[str, float], other: tuple[str, float]
) -> None:
    _report, discrepancy = reconcile_figure(
        BACK_PAY, [("s1", _lempiras(*one)), ("s2", _lempiras(*other))], _outlet
    )
    assert discrepancy is not None


def _month(text: str, words: str, value: PartialDate) -> DateMention:
    start = text.index(words)
    return DateMention(words, start, start + len(words), value, DatePrecision.MONTH)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("The city said the recalculation of the disputed December bills had begun.", "December"),
        ("The ministry said it would withhold November's payment to the contractor.", "November"),
    ],
)
def test_a_month_that_dates_a_noun_dates_no_event(text: str, words: str) -> None:
    excerpt = Evidence("s1", 0, len(text), text)
    month = _month(text, words, PartialDate(2025, 12))
    findings = {"s1": Findings(source="s1", dates=(month,))}
    statement = "The city recalculated the bills and withheld the payment."
    assert dates_in([excerpt], findings, statement) == []


def test_a_month_after_a_preposition_still_dates_the_event() -> None:
    text = "The city recalculated the heating bills in December."
    excerpt = Evidence("s1", 0, len(text), text)
    month = _month(text, "in December", PartialDate(2025, 12))
    findings = {"s1": Findings(source="s1", dates=(month,))}
    statement = "The city recalculated the heating bills."
    assert dates_in([excerpt], findings, statement) == [("s1", month)]
