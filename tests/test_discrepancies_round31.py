"""Round 31 (issue 9): a month holding none of the days other outlets give, and a count
written as a part of a whole, are not read as outlets disagreeing."""

from sorabrief.aggregation.figures import reconcile_figure
from sorabrief.aggregation.partitive import other_count
from sorabrief.aggregation.timeline import date_event
from sorabrief.briefing import Agreement, Evidence, SupportedClaim
from sorabrief.findings import DateMention, DatePrecision, Figure, Findings, Quantity, Sentence
from sorabrief.model import Claim, ClaimKind, Source
from sorabrief.partial_date import PartialDate

SOURCES = {s: Source(id=s, body="") for s in ("s1", "s2", "s3", "s4")}
CLOSURE = Claim(id="closure", kind=ClaimKind.EVENT, statement="The council shut the pier.")
CRANES = Claim(id="cranes", kind=ClaimKind.FIGURE, subject="cranes the port idled",
               quantity="count", unit="crane")  # fmt: skip


def _dated(*dates: tuple[str, PartialDate]) -> tuple[SupportedClaim, dict[str, Findings]]:
    findings = {}
    for source, value in dates:
        precision = DatePrecision(value.precision.value)
        findings[source] = Findings(
            source=source, dates=(DateMention("x", 5, 6, value, precision),)
        )
    evidence = tuple(Evidence(s, 0, 100, "…") for s, _ in dates)
    sources = tuple(sorted(findings))
    return SupportedClaim(CLOSURE, evidence, sources, sources), findings


def test_a_month_holding_none_of_the_days_given_is_not_the_events_date() -> None:
    claim, findings = _dated(
        ("s1", PartialDate(2031, 7)),
        ("s2", PartialDate(2031, 9, 17)),
        ("s3", PartialDate(2031, 9, 17)),
    )
    entry, discrepancy = date_event(claim, findings, SOURCES)
    assert discrepancy is None
    assert entry.date == PartialDate(2031, 9, 17)


def test_days_apart_are_still_a_discrepancy_once_the_month_is_set_aside() -> None:
    claim, findings = _dated(
        ("s1", PartialDate(2031, 1)),
        ("s2", PartialDate(2031, 1)),
        ("s3", PartialDate(2031, 3, 12)),
        ("s4", PartialDate(2031, 3, 13)),
    )
    _, discrepancy = date_event(claim, findings, SOURCES)
    assert discrepancy is not None
    assert [v.value for v in discrepancy.variants] == ["2031-03-12", "2031-03-13"]


def test_a_month_more_outlets_give_than_the_days_still_disagrees() -> None:
    claim, findings = _dated(
        ("s1", PartialDate(2031, 7)),
        ("s2", PartialDate(2031, 7)),
        ("s3", PartialDate(2031, 8, 4)),
    )
    _, discrepancy = date_event(claim, findings, SOURCES)
    assert discrepancy is not None
    assert [v.value for v in discrepancy.variants] == ["2031-08-04", "2031-07"]


def _count(sentence: str, words: str, value: float) -> tuple[Figure, Findings, str]:
    start = sentence.index(words)
    figure = Figure(words, start, start + len(words), Quantity.COUNT, value, value, "crane")
    source = f"s{value:.0f}"
    found = Findings(
        source=source, figures=(figure,), sentences=(Sentence(0, len(sentence), sentence),)
    )
    return figure, found, source


def test_the_other_number_of_a_part_and_its_whole() -> None:
    text = "Dockers said 14 of the port's 40 cranes stood idle."
    for words, value, other in (("14", 14.0, (40.0, 40.0)), ("40 cranes", 40.0, (14.0, 14.0))):
        figure, _, _ = _count(text, words, value)
        assert other_count(text, figure, figure.start) == other
    text = "The new operator rehired nine of the crane drivers."
    figure, _, _ = _count(text, "nine of the crane drivers", 9.0)
    assert other_count(text, figure, figure.start) == (9.0, float("inf"))
    text = "The yard held 30 cranes when 12 of them broke down."
    figure, _, _ = _count(text, "30 cranes", 30.0)
    assert other_count(text, figure, figure.start) == (12.0, 12.0)
    text = "The yard sent 30 cranes, eight of them new, to the north quay."
    figure, _, _ = _count(text, "30 cranes", 30.0)
    assert other_count(text, figure, figure.start) is None  # a group among the whole
    text = "Nine cranes remain out of service after the storm."
    figure, _, _ = _count(text, "Nine cranes", 9.0)
    assert other_count(text, figure, figure.start) == (9.0, float("inf"))
    text = "Fourteen cranes stood idle, and 40 of them were old."
    figure, _, _ = _count(text, "Fourteen cranes", 14.0)
    assert other_count(text, figure, figure.start) is None


def test_a_part_of_a_whole_does_not_contradict_the_whole() -> None:
    part = _count("Dockers said 14 of the port's 40 cranes stood idle.", "40 cranes", 40.0)
    whole = _count("The port idled 14 cranes on Monday.", "14 cranes", 14.0)
    findings = {source: found for _, found, source in (part, whole)}
    reported = [(part[2], part[0]), (whole[2], whole[0])]
    report, discrepancy = reconcile_figure(CRANES, reported, str.upper, findings)
    assert discrepancy is None
    assert report.agreement == Agreement.SOFT
    other = _count("The port idled 16 cranes on Monday.", "16 cranes", 16.0)
    findings[other[2]] = other[1]
    _, discrepancy = reconcile_figure(
        CRANES, [*reported, (other[2], other[0])], str.upper, findings
    )
    assert discrepancy is not None  # 14 and 16 cannot both be the count
    whole = _count("Dockers said 40 cranes, four of them new, stood idle.", "40 cranes", 40.0)
    findings[whole[2]] = whole[1]
    reported = [(whole[2], whole[0]), (other[2], other[0])]
    _, discrepancy = reconcile_figure(CRANES, reported, str.upper, findings)
    assert discrepancy is not None  # neither 40 nor four is 16


def test_a_count_still_in_a_state_does_not_contradict_a_larger_one() -> None:
    still = _count("Two cranes are still out of service.", "Two cranes", 2.0)
    total = _count("The storm put six cranes out of service.", "six cranes", 6.0)
    findings = {source: found for _, found, source in (still, total)}
    reported = [(still[2], still[0]), (total[2], total[0])]
    _, discrepancy = reconcile_figure(CRANES, reported, str.upper, findings)
    assert discrepancy is None
    more = _count("Eight cranes remain out of service.", "Eight cranes", 8.0)
    findings[more[2]] = more[1]
    reported = [(more[2], more[0]), (total[2], total[0])]
    _, discrepancy = reconcile_figure(CRANES, reported, str.upper, findings)
    assert discrepancy is not None  # more still out than were ever put out


def test_without_a_part_two_counts_still_disagree() -> None:
    one = _count("The port idled 40 cranes.", "40 cranes", 40.0)
    two = _count("The port idled 14 cranes.", "14 cranes", 14.0)
    findings = {source: found for _, found, source in (one, two)}
    reported = [(one[2], one[0]), (two[2], two[0])]
    _, discrepancy = reconcile_figure(CRANES, reported, str.upper, findings)
    assert discrepancy is not None


def _vague(text: str, hedge: str, low: float, high: float) -> Figure:
    return Figure(text, 0, len(text), Quantity.COUNT, low, high, "crane", hedge=hedge)


def test_a_vague_word_does_not_contradict_a_number_nor_another_vague_word() -> None:
    several = _vague("several cranes", "several", 3.0, 7.0)
    dozens = _vague("dozens of cranes", "dozens", 24.0, 99.0)
    nine = Figure("9 cranes", 0, 8, Quantity.COUNT, 9.0, 9.0, "crane")
    for reported in ([("s1", several), ("s2", nine)], [("s1", several), ("s2", dozens)]):
        report, discrepancy = reconcile_figure(CRANES, reported, str.upper)
        assert discrepancy is None
        assert report.agreement == Agreement.SOFT
    ten = Figure("10 cranes", 0, 9, Quantity.COUNT, 10.0, 10.0, "crane")
    reported = [("s1", several), ("s2", nine), ("s3", ten)]
    _, discrepancy = reconcile_figure(CRANES, reported, str.upper)
    assert discrepancy is not None  # two numbers still disagree
    exact_range = Figure("3 to 7 cranes", 0, 13, Quantity.COUNT, 3.0, 7.0, "crane")
    _, discrepancy = reconcile_figure(CRANES, [("s1", exact_range), ("s2", nine)], str.upper)
    assert discrepancy is not None  # a range in numbers is a claim
