"""Figures reconciled across outlets: agreement, soft agreement and discrepancies."""

import attrs
from hypothesis import given
from hypothesis import strategies as st

from sorabrief.aggregation import figures
from sorabrief.aggregation.figures import reconcile_figure
from sorabrief.briefing import Agreement, DiscrepancyKind
from sorabrief.findings import Figure, Quantity
from sorabrief.model import Claim, ClaimKind

CLAIM = Claim(id="duration", kind=ClaimKind.FIGURE, subject="how long access lasted",
              quantity="duration", unit="hours", cues=("lasted",))  # fmt: skip
VALUATION = Claim(id="valuation", kind=ClaimKind.FIGURE, subject="the valuation",
                  quantity="money", unit="USD", cues=("valued",))  # fmt: skip


def hours(text: str, low: float, high: float | None = None) -> Figure:
    return Figure(
        text, 0, len(text), Quantity.DURATION, low, high if high is not None else low, "hours"
    )


def dollars(text: str, value: float) -> Figure:
    return Figure(text, 0, len(text), Quantity.MONEY, value, value, "USD")


def outlet(source_id: str) -> str:
    """Sources a1 and a2 are the same outlet; every other source is its own."""
    return "A" if source_id.startswith("a") else source_id


def test_same_amount_in_different_words_agrees() -> None:
    report, discrepancy = reconcile_figure(
        VALUATION, [("s1", dollars("$150B", 150e9)), ("s2", dollars("$150 billion", 150e9))], outlet
    )
    assert report.agreement == Agreement.AGREE
    assert discrepancy is None
    assert [v.texts for v in report.variants] == [("$150 billion", "$150B")]
    assert report.consensus is not None and report.consensus.sources == ("s1", "s2")


def test_vague_amount_overlapping_an_exact_one_is_soft_agreement() -> None:
    reported = [
        ("s1", hours("a few hours", 2, 4)),
        ("s2", hours("three hours", 3)),
        ("s3", hours("3 hours", 3)),
    ]
    report, discrepancy = reconcile_figure(CLAIM, reported, outlet)
    assert report.agreement == Agreement.SOFT
    assert discrepancy is None
    assert report.consensus is not None and (report.consensus.low, report.consensus.high) == (3, 3)


def test_disjoint_amounts_are_a_discrepancy_naming_every_variant() -> None:
    reported = [
        ("s1", hours("three hours", 3)),
        ("s2", hours("three hours", 3)),
        ("s3", hours("about four hours", 3.6, 4.4)),
    ]
    report, discrepancy = reconcile_figure(CLAIM, reported, outlet)
    assert report.agreement == Agreement.DISAGREE
    assert discrepancy is not None and discrepancy.kind == DiscrepancyKind.FIGURE
    assert [(v.value, v.sources) for v in discrepancy.variants] == [
        (3, ("s1", "s2")),
        (None, ("s3",)),
    ]
    assert [(v.figure.low, v.figure.high) for v in discrepancy.variants if v.figure] == [
        (3, 3),
        (3.6, 4.4),
    ]
    assert report.consensus is not None and report.consensus.low == 3


def test_a_tied_disagreement_has_no_consensus() -> None:
    report, discrepancy = reconcile_figure(
        VALUATION, [("s1", dollars("$150B", 150e9)), ("s2", dollars("$157 billion", 157e9))], outlet
    )
    assert discrepancy is not None
    assert [v.value for v in discrepancy.variants] == [150e9, 157e9]
    assert report.consensus is None


def test_two_articles_from_one_outlet_are_a_single_source() -> None:
    report, _ = reconcile_figure(
        CLAIM, [("a1", hours("three hours", 3)), ("a2", hours("3 hours", 3))], outlet
    )
    assert report.agreement == Agreement.SINGLE


def test_one_outlet_contradicting_itself_is_no_discrepancy_between_outlets() -> None:
    report, discrepancy = reconcile_figure(
        CLAIM, [("a1", hours("three hours", 3)), ("a2", hours("five hours", 5))], outlet
    )
    assert report.agreement == Agreement.SINGLE
    assert discrepancy is None
    assert report.conflicting == (outlet("a1"),)


def test_a_value_far_off_what_most_outlets_give_is_set_aside_not_a_disagreement() -> None:
    reported = [
        ("s1", dollars("$150", 150)),
        ("s2", dollars("$150", 150)),
        ("s3", dollars("$40m", 40e6)),
    ]
    report, discrepancy = reconcile_figure(VALUATION, reported, outlet)
    assert discrepancy is None
    assert report.set_aside == (("s3", "$40m"),)
    assert [v.low for v in report.variants] == [150]


def test_a_close_value_from_another_outlet_is_still_a_disagreement() -> None:
    reported = [
        ("s1", dollars("$150", 150)),
        ("s2", dollars("$150", 150)),
        ("s3", dollars("$200", 200)),
    ]
    report, discrepancy = reconcile_figure(VALUATION, reported, outlet)
    assert discrepancy is not None and report.set_aside == ()


def test_on_a_tie_of_outlets_the_more_strongly_linked_value_is_kept() -> None:
    reported = [("s1", dollars("$150", 150)), ("s2", dollars("$40m", 40e6))]
    strengths = {"s1": 0.95, "s2": 0.65}
    report, discrepancy = reconcile_figure(
        VALUATION, reported, outlet, strength=lambda source, _: strengths[source]
    )
    assert discrepancy is None and report.set_aside == (("s2", "$40m"),)


def about(text: str, value: float, hedge: str) -> Figure:
    return attrs.evolve(dollars(text, value), hedge=hedge)


def test_two_approximate_amounts_neither_within_the_others_hedge_disagree() -> None:
    apart = [
        ("s1", about("about $180m", 180e6, "about")),
        ("s2", about("some $210m", 210e6, "some")),
    ]
    report, discrepancy = reconcile_figure(VALUATION, apart, outlet)
    assert report.agreement == Agreement.DISAGREE and discrepancy is not None
    close = [
        ("s1", about("about $180m", 180e6, "about")),
        ("s2", about("some $195m", 195e6, "some")),
    ]
    assert reconcile_figure(VALUATION, close, outlet)[0].agreement == Agreement.SOFT


_STANDINGS = st.tuples(
    st.integers(0, 4), st.integers(0, 4), st.booleans(), st.integers(0, 4),
    st.none() | st.integers(0, 4),
).map(
    lambda t: (
        float(min(t[0], t[1])), float(max(t[0], t[1])), t[2], float(t[3]), float(t[3]),
        None if t[4] is None else (float(t[4]), float(t[4])),
    )
)  # fmt: skip


@given(st.lists(st.tuples(st.sampled_from("abc"), _STANDINGS), max_size=12))
def test_outlets_disagree_exactly_when_two_outlets_give_values_apart(
    given_values: list[tuple[str, figures.Standing]],
) -> None:
    every_pair = any(
        x != y and figures._apart(a, b)
        for i, (x, a) in enumerate(given_values)
        for y, b in given_values[i + 1 :]
    )
    assert figures._outlets_disagree(given_values) == every_pair
    counted: dict[figures.Standing, int] = {}
    for _, standing in given_values:
        counted[standing] = counted.get(standing, 0) + 1
    standings = [standing for _, standing in given_values]
    assert figures._any_apart(counted) == any(
        figures._apart(a, b) for i, a in enumerate(standings) for b in standings[i + 1 :]
    )


def test_a_span_in_months_read_in_weeks_allows_the_months_lengths() -> None:
    claim = Claim(id="closure", kind=ClaimKind.FIGURE, subject="how long the Orvik pier was shut",
                  quantity="duration", unit="week")  # fmt: skip
    weeks = Figure("six weeks", 0, 9, Quantity.DURATION, 6, 6, "week")
    months = Figure("a month and a half", 0, 18, Quantity.DURATION, 1.5, 1.5, "month")
    assert figures.claim_range(claim, months) == (6.0, 6.642857143)
    report, discrepancy = reconcile_figure(claim, [("s1", weeks), ("s2", months)], outlet)
    assert discrepancy is None and report.agreement == Agreement.SOFT
    three = Figure("three months", 0, 12, Quantity.DURATION, 3, 3, "month")
    assert reconcile_figure(claim, [("s1", weeks), ("s2", three)], outlet)[1] is not None


CHILDREN = Claim(id="children", kind=ClaimKind.FIGURE, subject="children given the doses",
                 quantity="count", unit="child", cues=("children",))  # fmt: skip


def children(text: str, value: float, hedge: str | None = None) -> Figure:
    return Figure(text, 0, len(text), Quantity.COUNT, value, value, "child", hedge=hedge)


def test_values_of_one_magnitude_outweigh_a_lone_value_far_off_on_a_tie_of_values() -> None:
    reported = [
        ("s1", children("under five", 5)),
        ("s2", children("8,210 children", 8210)),
        ("s3", children("some 8,200 children", 8200, "some")),
        ("s4", children("almost 9,900 children", 9900, "almost")),
    ]
    strengths = {"s1": 0.95, "s2": 0.7, "s3": 0.7, "s4": 0.7}
    report, discrepancy = reconcile_figure(
        CHILDREN, reported, outlet, strength=lambda source, _: strengths[source]
    )
    assert report.set_aside == (("s1", "under five"),)
    assert discrepancy is not None and [v.sources for v in discrepancy.variants][-1] == ("s4",)


def test_an_approximate_amount_allows_its_rounding_not_a_tenth_either_way() -> None:
    rounded = [("s1", children("about 52,000", 52000, "about")), ("s2", children("56,500", 56500))]
    assert reconcile_figure(CHILDREN, rounded, outlet)[0].agreement == Agreement.DISAGREE
    close = [("s1", children("about 52,000", 52000, "about")), ("s2", children("53,900", 53900))]
    assert reconcile_figure(CHILDREN, close, outlet)[0].agreement == Agreement.SOFT
    small = [("s1", hours("about 25 hours", 25)), ("s2", hours("23 hours", 23))]
    small = [(s, attrs.evolve(f, hedge="about" if s == "s1" else None)) for s, f in small]
    assert reconcile_figure(CLAIM, small, outlet)[0].agreement == Agreement.SOFT


def test_an_approximate_amount_in_millions_allows_the_rounding_of_its_last_digit() -> None:
    written = float("2.01") * 1e6  # 2009999.9999999998: the noise is no digit
    rounded = [
        ("s1", children("about 2.01 million", written, "about")),
        ("s2", children("2,020,000", 2020000)),
    ]
    assert reconcile_figure(CHILDREN, rounded, outlet)[0].agreement == Agreement.SOFT


def test_an_approximate_sum_keeps_a_tenth_either_way_as_a_conversion_may_be_rounded() -> None:
    converted = [
        ("s1", about("about $52,000", 52000, "about")),  # as printed beside a sum in euros
        ("s2", dollars("$56,500", 56500)),
    ]
    report, discrepancy = reconcile_figure(VALUATION, converted, outlet)
    assert report.agreement == Agreement.SOFT and discrepancy is None
