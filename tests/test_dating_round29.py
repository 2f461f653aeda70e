"""Dates of an event: a time of day is no clause, a time phrase on the event's noun dates
it, a clause telling the event undone dates it by no clause, a denied day dates nothing."""

from sorabrief.aggregation.clauses import clause_spans, joins_clauses
from sorabrief.aggregation.dating import dates_in, sharing_events
from sorabrief.briefing import Evidence
from sorabrief.findings import DateMention, DatePrecision, Findings
from sorabrief.partial_date import PartialDate


def _dated(text: str, *mentions: tuple[str, PartialDate]) -> tuple[Evidence, dict[str, Findings]]:
    found = tuple(
        DateMention(words, text.index(words), text.index(words) + len(words), value,
                    DatePrecision(value.precision.value))
        for words, value in mentions
    )  # fmt: skip
    return Evidence("s1", 0, len(text), text), {"s1": Findings(source="s1", dates=found)}


def test_a_time_of_day_after_before_or_after_opens_no_clause() -> None:
    text = (
        "The Corran ferry ran aground before dawn on Friday, and the crew waited before help came."
    )
    clauses = [text[a:b].strip() for a, b in clause_spans(text)]
    assert clauses[0] == "The Corran ferry ran aground before dawn on Friday"
    assert clauses[-1] == "before help came."
    assert not joins_clauses(" after midnight ")
    assert not joins_clauses(" before 6 a.m. ")
    assert joins_clauses(" before the crew ")


def test_an_event_told_before_dawn_is_dated_by_its_own_clause() -> None:
    text = "A barge carrying grain sank before dawn on Monday near the Tamsel lock."
    excerpt, findings = _dated(text, ("on Monday", PartialDate(2026, 3, 9)))
    statement = "A barge carrying grain sank before dawn near the Tamsel lock."
    assert dates_in([excerpt], findings, statement) == [("s1", findings["s1"].dates[0])]


def test_a_time_phrase_set_off_after_the_events_noun_dates_it() -> None:
    text = (
        "The capsizing, in the early hours of Sunday 8 March, left six boats adrift and "
        "a fuel tank leaking diesel into the Orrin estuary."
    )
    _, findings = _dated(text, ("Sunday 8 March", PartialDate(2026, 3, 8)))
    capsized = "A ferry capsized in the early hours near the Orrin estuary."
    leaked = "A fuel tank leaked diesel into the Orrin estuary."
    weak = Evidence("s1", 0, len(text), text, score=0.6)
    strong = Evidence("s1", 0, len(text), text, score=0.9)
    shared = sharing_events([("capsize", capsized, [weak]), ("leak", leaked, [strong])])
    assert dates_in([weak], findings, capsized, "capsize", shared) == [
        ("s1", findings["s1"].dates[0])
    ]


def test_a_time_phrase_on_a_noun_the_statement_times_itself_from_dates_it_not() -> None:
    text = "The capsizing, on Sunday 8 March, left a fuel tank leaking diesel and shut schools."
    _, findings = _dated(text, ("Sunday 8 March", PartialDate(2026, 3, 8)))
    closed = "The Orrin schools were closed after the capsizing."
    fuel = "A fuel tank leaked diesel into the Orrin estuary after the capsizing."
    weak = Evidence("s1", 0, len(text), text, score=0.6)
    strong = Evidence("s1", 0, len(text), text, score=0.9)
    shared = sharing_events([("fuel", fuel, [weak]), ("closed", closed, [strong])])
    assert dates_in([weak], findings, fuel, "fuel", shared) == []


def test_a_clause_telling_the_event_undone_dates_it_by_no_clause() -> None:
    text = (
        "Wardens began walking families home on Monday, and by Tuesday evening the "
        "evacuation order for the Kessel valley was lifted."
    )
    excerpt, findings = _dated(
        text,
        ("on Monday", PartialDate(2026, 6, 1)),
        ("by Tuesday evening", PartialDate(2026, 6, 2)),
    )
    ordered = "Residents of the Kessel valley were evacuated under an order."
    assert dates_in([excerpt], findings, ordered) == []
    lifted = "The evacuation order for the Kessel valley was lifted."
    assert dates_in([excerpt], findings, lifted) == []  # "by Tuesday evening": a deadline
    text = text.replace("by Tuesday evening", "on Tuesday evening")
    excerpt, findings = _dated(
        text,
        ("on Monday", PartialDate(2026, 6, 1)),
        ("on Tuesday evening", PartialDate(2026, 6, 2)),
    )
    assert dates_in([excerpt], findings, lifted) == [("s1", findings["s1"].dates[1])]


def test_a_clause_saying_the_event_will_not_be_undone_still_dates_it() -> None:
    text = "The Kessel valley evacuation began on 1 June and would not be lifted soon."
    excerpt, findings = _dated(text, ("1 June", PartialDate(2026, 6, 1)))
    ordered = "Residents of the Kessel valley were evacuated."
    assert dates_in([excerpt], findings, ordered) == [("s1", findings["s1"].dates[0])]


def test_a_day_denied_dates_nothing() -> None:
    text = "The Lorne pump failed late on Saturday 11 October, not on Sunday as first reported."
    excerpt, findings = _dated(
        text,
        ("Saturday 11 October", PartialDate(2025, 10, 11)),
        ("on Sunday", PartialDate(2025, 10, 12)),
    )
    assert dates_in([excerpt], findings, "The Lorne pump failed.") == [
        ("s1", findings["s1"].dates[0])
    ]
    only = "The Lorne pump failed, not on Sunday as first reported."
    excerpt, findings = _dated(only, ("on Sunday", PartialDate(2025, 10, 12)))
    assert dates_in([excerpt], findings, "The Lorne pump failed.") == []


def test_a_year_taken_for_an_event_gives_way_to_a_day_beside_it() -> None:
    text = (
        "The Tamsel levee failed on the night of Friday, November 13, during the heaviest "
        "rain the valley has seen this year, farmers said."
    )
    excerpt, findings = _dated(
        text,
        ("Friday, November 13", PartialDate(2026, 11, 13)),
        ("this year", PartialDate(2026)),
    )
    assert dates_in([excerpt], findings, "The Tamsel levee failed in heavy rain.") == [
        ("s1", findings["s1"].dates[0])
    ]


def test_a_year_keeps_its_clause_when_the_day_tells_another_act() -> None:
    text = (
        "The Tamsel levee failed during the heaviest rain of this year, and the council "
        "met on Friday, November 13."
    )
    excerpt, findings = _dated(
        text,
        ("this year", PartialDate(2026)),
        ("Friday, November 13", PartialDate(2026, 11, 13)),
    )
    assert dates_in([excerpt], findings, "The Tamsel levee failed in heavy rain.") == [
        ("s1", findings["s1"].dates[0])
    ]


def test_a_clause_telling_the_event_undone_by_then_dates_it_by_no_clause() -> None:
    text = (
        "Wardens began walking families home on Monday, and by Tuesday evening the "
        "evacuation order for the Kessel valley had been lifted."
    )
    excerpt, findings = _dated(
        text,
        ("on Monday", PartialDate(2026, 6, 1)),
        ("by Tuesday evening", PartialDate(2026, 6, 2)),
    )
    assert dates_in([excerpt], findings, "Residents of the Kessel valley were evacuated.") == []
    had = "Residents of the Kessel valley, evacuated on Monday, had not been allowed back."
    excerpt, findings = _dated(had, ("on Monday", PartialDate(2026, 6, 1)))
    assert dates_in([excerpt], findings, "Residents of the Kessel valley were evacuated.") == [
        ("s1", findings["s1"].dates[0])
    ]
