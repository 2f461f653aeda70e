"""Figures from incidents other than the bundled one: every form that used to be misread."""

from __future__ import annotations

import pytest

from sorabrief.aggregation.linking import link_all
from sorabrief.extract.figures import find_figures
from sorabrief.findings import Figure, Findings, Quantity, Sentence
from sorabrief.model import Case, Claim, ClaimKind, Source
from sorabrief.quantities import hedged, in_claim_unit

MONEY, COUNT, DURATION = Quantity.MONEY, Quantity.COUNT, Quantity.DURATION


def only(text: str) -> Figure:
    [figure] = find_figures(text)
    return figure


@pytest.mark.parametrize(
    ("sentence", "figure_text", "quantity", "low", "high", "unit", "hedge"),
    [
        ("It hit 1.2 million customers.", "1.2 million customers", COUNT, 1.2e6, 1.2e6, "customer", None),
        ("It hit 2 million users.", "2 million users", COUNT, 2e6, 2e6, "user", None),
        ("A fine of £2.5m was set.", "£2.5m", MONEY, 2.5e6, 2.5e6, "GBP", None),
        ("He was awarded C$650.88 on Friday.", "C$650.88", MONEY, 650.88, 650.88, "CAD", None),
        ("The total was CA$812.02.", "CA$812.02", MONEY, 812.02, 812.02, "CAD", None),
        ("It cost roughly $880.", "roughly $880", MONEY, 880, 880, "USD", "roughly"),
        ("A £3bn plan.", "£3bn", MONEY, 3e9, 3e9, "GBP", None),
        ("Some 200 people left.", "Some 200 people", COUNT, 200, 200, "person", "some"),
        ("5,000 children were moved.", "5,000 children", COUNT, 5000, 5000, "child", None),
        ("It hired 12 staff.", "12 staff", COUNT, 12, 12, "staff", None),
        ("It took about 20 protesting artists.", "about 20 protesting artists", COUNT, 20, 20, "artist", "about"),
        ("It used 300 unpaid testers.", "300 unpaid testers", COUNT, 300, 300, "tester", None),
        ("It took half an hour.", "half an hour", DURATION, 0.5, 0.5, "hour", None),
        ("It lasted a day and a half.", "a day and a half", DURATION, 1.5, 1.5, "day", None),
        ("Refunds within 90 days.", "within 90 days", DURATION, 90, 90, "day", "within"),
        ("Tens of thousands of homes lost power.", "Tens of thousands of homes", COUNT, 20_000, 99_999, "home", "tens of thousands"),
        ("A ₹2 crore fund.", "₹2 crore", MONEY, 2e7, 2e7, "INR", None),
        ("It lost Rs 50 lakh.", "Rs 50 lakh", MONEY, 5e6, 5e6, "INR", None),
        ("A ¥4.5 billion charge.", "¥4.5 billion", MONEY, 4.5e9, 4.5e9, "JPY", None),
        ("Fees of EUR 20m.", "EUR 20m", MONEY, 2e7, 2e7, "EUR", None),
        ("It lasted nearly a week.", "nearly a week", DURATION, 1, 1, "week", "nearly"),
        ("Between 10 and 15 per cent.", "Between 10 and 15 per cent", Quantity.PERCENT, 10, 15, "%", None),
    ],
)  # fmt: skip
def test_figure_is_read_with_value_unit_and_hedge(
    sentence: str,
    figure_text: str,
    quantity: Quantity,
    low: float,
    high: float,
    unit: str,
    hedge: str | None,
) -> None:
    figure = only(sentence)
    assert (figure.text, figure.quantity, figure.low, figure.high, figure.unit, figure.hedge) == (
        figure_text, quantity, low, high, unit, hedge,
    )  # fmt: skip


@pytest.mark.parametrize(
    ("sentence", "converted"),
    [
        ("It paid C$650.88, about US$483, to him.", ("about US$483", 483, "USD")),
        ("A €1.2bn ($1.3 billion) fine.", ("$1.3 billion", 1.3e9, "USD")),
        ("A £2.5m (US$3.1m) deal.", ("US$3.1m", 3.1e6, "USD")),
    ],
)
def test_a_conversion_stays_with_its_amount(
    sentence: str, converted: tuple[str, float, str]
) -> None:
    figure = only(sentence)
    assert figure.converted is not None
    assert (figure.converted.text, figure.converted.low, figure.converted.unit) == converted


def test_a_bare_dollar_is_the_article_s_own_dollar() -> None:
    figures = find_figures("He won C$650.88 (about US$483) plus $125 in fees.")
    assert [(f.text, f.unit) for f in figures] == [("C$650.88", "CAD"), ("$125", "CAD")]


def test_each_amount_of_a_sentence_is_bound_to_its_own_words() -> None:
    body = (
        "The tribunal ordered $650.88 in damages, plus $36.14 in pre-judgment interest and "
        "$125 in tribunal fees, for a total of $812.02."
    )
    findings = Findings(
        source="t", sentences=(Sentence(0, len(body), body),), figures=find_figures(body)
    )
    source = Source(id="t", body=body)

    def linked(claim: Claim) -> list[str]:
        case = Case(id="t", title="t", parties=(), claims=(claim,), sources=(source,))
        found = link_all(case, {"t": findings}).links["t"].get(claim.id)
        return [findings.figures[i].text for i in found.figures] if found else []

    def by_cue(cue: str) -> Claim:
        return Claim(
            id="x", kind=ClaimKind.FIGURE, subject="s", quantity="money", unit="USD", cues=(cue,)
        )

    def by_subject(subject: str) -> Claim:
        return Claim(id="x", kind=ClaimKind.FIGURE, subject=subject, quantity="money", unit="USD")

    assert linked(by_cue("damages")) == ["$650.88"]
    assert linked(by_cue("interest")) == ["$36.14"]
    assert linked(by_cue("fees")) == ["$125"]
    assert linked(by_cue("total")) == ["$812.02"]
    assert linked(by_subject("the damages the tribunal ordered")) == ["$650.88"]
    assert linked(by_subject("the interest owed before judgment")) == ["$36.14"]
    assert linked(by_subject("the fees of the tribunal")) == ["$125"]


def test_units_meet_after_conversion() -> None:
    assert in_claim_unit("duration", "day", "duration", "hours") == 24
    assert in_claim_unit("count", "artist", "count", "artists") == 1
    assert in_claim_unit("money", "CAD", "money", "USD") is None


def test_hedges_widen_the_range_compared() -> None:
    assert hedged(4, 4, "about") == pytest.approx((3.6, 4.4))
    assert hedged(200, 200, "more than")[0] == 200
    assert hedged(14, 14, "up to") == (0, 14)
    assert hedged(3, 3, None) == (3, 3)


@pytest.mark.parametrize(
    "sentence",
    [
        "A 45-year-old man was hurt.",
        "It happened three days ago.",
        "Only one fails the test.",
        "It rose from 2023 levels.",
        "Support for under-18 users ended.",
    ],
)
def test_not_figures(sentence: str) -> None:
    assert find_figures(sentence) == ()


def test_with_after_a_figures_verb_stays_with_it_when_a_conjunction_hands_over() -> None:
    body = (
        "Officials said nine people had been diagnosed with the Corvel strain and "
        "three people had been admitted to hospital."
    )
    nine, three = find_figures(body)
    assert nine.bound is not None and "Corvel strain" in nine.bound.slice(body)
    assert three.bound is not None and three.bound.slice(body).startswith("and three")
