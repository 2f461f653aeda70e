"""Dates of an event: a span from another event's day dates it by arithmetic, and a weaker
sentence of a source dates it only from a clause holding a word of its statement."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from fuzz_support import FUZZ
from sorabrief.aggregation.dating import dates_in
from sorabrief.aggregation.span_dates import spanned_dates
from sorabrief.briefing import Evidence
from sorabrief.findings import DateMention, DatePrecision, Findings
from sorabrief.partial_date import PartialDate
from sorabrief.render.words import dated


def _mention(text: str, words: str, value: PartialDate, offset: int = 0) -> DateMention:
    start = offset + text.index(words)
    return DateMention(words, start, start + len(words), value, DatePrecision.DAY)


def test_a_span_in_days_after_a_day_dates_the_other_event() -> None:
    text = (
        "Ferries to Hallam sailed again on Thursday, nine days after a rockfall buried "
        "the harbour road."
    )
    thursday = _mention(text, "on Thursday", PartialDate(2027, 4, 15))
    excerpt = Evidence("s1", 0, len(text), text)
    findings = {"s1": Findings(source="s1", dates=(thursday,))}
    rockfall = "A rockfall buried the harbour road to Hallam."
    [(source, dated)] = dates_in([excerpt], findings, rockfall)
    assert (source, dated.value, dated.precision) == ("s1", PartialDate(2027, 4, 6), "day")
    sailed = "Ferries to Hallam sailed again."
    assert dates_in([excerpt], findings, sailed) == [("s1", thursday)]


def test_a_span_before_a_day_counts_forward_and_weeks_allow_a_few_days() -> None:
    text = "The mill shut on Friday 3 May, two weeks before the owners sold it."
    friday = _mention(text, "Friday 3 May", PartialDate(2030, 5, 3))
    [sold] = spanned_dates(text, 0, [friday])
    assert sold.precision == DatePrecision.WEEK
    assert sold.value == PartialDate(2030, 5, 14)  # 17 May, three days either way
    assert text[sold.start - 0 :].startswith("before the owners")
    text = "The quay reopened on Monday 6 May, the day after the storm."
    monday = _mention(text, "Monday 6 May", PartialDate(2030, 5, 6))
    assert [m.value for m in spanned_dates(text, 0, [monday])] == [PartialDate(2030, 5, 5)]


def test_a_hedged_span_or_a_day_not_followed_by_a_span_gives_no_date() -> None:
    text = "Buses ran again on Monday 6 May, about ten days after the bridge closed."
    monday = _mention(text, "Monday 6 May", PartialDate(2030, 5, 6))
    assert spanned_dates(text, 0, [monday]) == []
    text = "Buses ran again on Monday 6 May after the bridge closed."
    assert spanned_dates(text, 0, [_mention(text, "Monday 6 May", PartialDate(2030, 5, 6))]) == []


def test_a_weaker_sentence_dates_an_event_only_from_a_clause_with_its_words() -> None:
    first = "Nine patients were flown from the Orla clinic to hospitals in Dunmere. "
    second = '"Nobody calls us back," a neighbour said outside the gate on Friday.'
    text = first + second
    friday = _mention(second, "on Friday", PartialDate(2028, 2, 4), len(first))
    findings = {"s1": Findings(source="s1", dates=(friday,))}
    strong = Evidence("s1", 0, len(first), first, score=0.95)
    weak = Evidence("s1", len(first), len(text), second, score=0.6)
    moved = "Patients of the Orla clinic were moved to hospitals in Dunmere."
    assert dates_in([strong, weak], findings, moved) == []
    third = "The patients were moved on Friday, the clinic said."
    text = first + third
    friday = _mention(third, "on Friday", PartialDate(2028, 2, 4), len(first))
    findings = {"s1": Findings(source="s1", dates=(friday,))}
    weak = Evidence("s1", len(first), len(text), third, score=0.6)
    assert dates_in([strong, weak], findings, moved) == [("s1", friday)]


def test_a_date_from_a_clause_apart_from_the_events_needs_a_word_of_the_statement() -> None:
    text = (
        "The caterer has asked judges to overturn the termination of its contract, while "
        "parents on Monday demanded to know why nobody listened."
    )
    monday = _mention(text, "on Monday", PartialDate(2029, 4, 16))
    excerpt = Evidence("s1", 0, len(text), text)
    findings = {"s1": Findings(source="s1", dates=(monday,))}
    ended = "The meals agency terminated the caterer's contract early."
    assert dates_in([excerpt], findings, ended) == []
    text = text.replace("parents on Monday demanded", "the meals agency on Monday said")
    monday = _mention(text, "on Monday", PartialDate(2029, 4, 16))
    excerpt = Evidence("s1", 0, len(text), text)
    findings = {"s1": Findings(source="s1", dates=(monday,))}
    assert dates_in([excerpt], findings, ended) == [("s1", monday)]


def test_a_clause_of_nothing_but_a_date_belongs_to_the_clause_before_it() -> None:
    first = "The fine means little on the quay. "
    second = (
        "Fishing in Varrow Bay has been banned since Monday, September 14, when wardens "
        "closed the bay."
    )
    text = first + second
    monday = _mention(second, "Monday, September 14", PartialDate(2031, 9, 14), len(first))
    findings = {"s1": Findings(source="s1", dates=(monday,))}
    strong = Evidence("s1", 0, len(first), first, score=0.9)
    weak = Evidence("s1", len(first), len(text), second, score=0.7)
    banned = "Wardens banned fishing in Varrow Bay until tests came back clear."
    assert dates_in([strong, weak], findings, banned) == [("s1", monday)]


_THURSDAY = PartialDate(2027, 4, 15)


def _span_after(tail: str, value: PartialDate = _THURSDAY) -> tuple[str, list[DateMention]]:
    text = f"The Hallam ferries sailed again on Thursday{tail}"
    return text, [_mention(text, "on Thursday", value)]


@pytest.mark.parametrize(
    "tail",
    [
        ", 9999999 days after a rockfall shut the road.",
        ", 5 million days after a rockfall shut the road.",
        ", 999999999999 days after a rockfall shut the road.",
        ", one thousand million days after a rockfall shut the road.",
        ", " + "7" * 400 + " days after a rockfall shut the road.",
        ", four thousand days after a rockfall shut the road.",
    ],
)
def test_a_span_too_long_for_news_gives_no_date_and_raises_nothing(tail: str) -> None:
    text, written = _span_after(tail)
    assert spanned_dates(text, 0, written) == []
    excerpt = Evidence("s1", 0, len(text), text)
    findings = {"s1": Findings(source="s1", dates=tuple(written))}
    dates_in([excerpt], findings, "A rockfall shut the road to Hallam.")


def test_a_span_from_a_day_at_the_calendars_edge_gives_no_date() -> None:
    text, written = _span_after(", three days after a rockfall.", PartialDate(1, 1, 2))
    assert spanned_dates(text, 0, written) == []
    text, written = _span_after(", two weeks before the road shut.", PartialDate(9999, 12, 30))
    assert spanned_dates(text, 0, written) == []


@FUZZ
@given(
    st.text(max_size=80),
    st.sampled_from([PartialDate(1, 1, 1), _THURSDAY, PartialDate(9999, 12, 31)]),
)
def test_any_words_after_a_day_never_raise(tail: str, value: PartialDate) -> None:
    text, written = _span_after(tail, value)
    for found in spanned_dates(text, 0, written):
        assert text[found.start : found.end] == found.text
    excerpt = Evidence("s1", 0, len(text), text)
    findings = {"s1": Findings(source="s1", dates=tuple(written))}
    dates_in([excerpt], findings, "A rockfall shut the road to Hallam.")


@FUZZ
@given(
    st.from_regex(
        r"[, ]{0,2}(?:\d{1,500}|a|an|the|one thousand million) (?:days?|weeks?|fortnights?) (?:after|before) .{0,20}",
        fullmatch=True,
    )
)
def test_any_span_after_a_day_never_raises(tail: str) -> None:
    for value in (PartialDate(1, 1, 1), PartialDate(9999, 12, 31), _THURSDAY):
        text, written = _span_after(tail, value)
        spanned_dates(text, 0, written)


@pytest.mark.parametrize(
    "tail",
    [
        ", the days after a rockfall shut the road.",
        ", the weeks before the storm closed the road.",
        ", a days after a rockfall shut the road.",
        ", three days after which the storm closed the road.",
        ", two weeks before that the harbour was shut.",
    ],
)
def test_a_plural_without_a_number_or_after_which_is_no_span(tail: str) -> None:
    text, written = _span_after(tail)
    assert spanned_dates(text, 0, written) == []


def test_a_day_that_is_a_deadline_lends_its_by_to_no_span_from_it() -> None:
    text = "The Hallam ferries were sailing again by Thursday, nine days after a rockfall."
    thursday = _mention(text, "by Thursday", _THURSDAY)
    [rockfall] = spanned_dates(text, 0, [thursday])
    assert text[rockfall.start : rockfall.end] == rockfall.text == "after"
    excerpt = Evidence("s1", 0, len(text), text)
    findings = {"s1": Findings(source="s1", dates=(thursday,))}
    [(_, dated)] = dates_in([excerpt], findings, "A rockfall buried the harbour road.")
    assert dated.value == PartialDate(2027, 4, 6)
    assert dates_in([excerpt], findings, "The Hallam ferries were sailing again.") == []


def test_a_week_around_a_spans_end_is_not_shown_as_a_calendar_week() -> None:
    assert dated(PartialDate(2030, 5, 14), DatePrecision.WEEK) == "the seven days from 14 May 2030"
    assert dated(PartialDate(2030, 5, 13), DatePrecision.WEEK) == "week of 13 May 2030"
