"""Dates in both orders, abbreviated, numeric, with weekdays, and relative to publication."""

from __future__ import annotations

import pytest

from sorabrief.extract.dates import find_dates
from sorabrief.partial_date import PartialDate

PUBLISHED = PartialDate(2024, 3, 7)
"""A Thursday."""

Row = tuple[str, str | None, str]


def dates(text: str, published: PartialDate | None = PUBLISHED) -> list[Row]:
    return [
        (d.text, d.value.isoformat() if d.value else None, str(d.precision))
        for d in find_dates(text, published)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The mains burst on 3 March.", [("3 March", "2024-03-03", "day")]),
        ("The mains burst on March 3.", [("March 3", "2024-03-03", "day")]),
        ("The mains burst on Tuesday 5 March.", [("Tuesday 5 March", "2024-03-05", "day")]),
        ("The mains burst on Tuesday, March 5, at noon.", [("Tuesday, March 5", "2024-03-05", "day")]),
        ("It opened on 5th March 2024.", [("5th March 2024", "2024-03-05", "day")]),
        ("It opened on the 5th of March.", [("the 5th of March", "2024-03-05", "day")]),
        ("It was filed Feb. 14 and heard Sept 3.",
         [("Feb. 14", "2024-02-14", "day"), ("Sept 3", "2023-09-03", "day")]),
        ("The ruling came on Oct. 12, 2024.", [("Oct. 12, 2024", "2024-10-12", "day")]),
        ("A hearing is set for Tuesday 4 March 2025.", [("Tuesday 4 March 2025", "2025-03-04", "day")]),
        ("A hearing is set for Tuesday 12 March.", [("Tuesday 12 March", "2024-03-12", "day")]),
        ("It happened in March, not last March.",
         [("in March", "2024-03", "month"), ("last March", "2023-03", "month")]),
        ("The insurer's 2022 accounts and its 2023 audit disagree.",
         [("2022", "2022", "year"), ("2023", "2023", "year")]),
        ("The board met after the December vote.", [("December", "2023-12", "month")]),
        ("Floods hit the valley in 2007, 2012 and 2020.",
         [("in 2007", "2007", "year"), ("2012", "2012", "year"), ("2020", "2020", "year")]),
        ("The council housed 2000 families.", []),
        ("Turnover for the nine months to January rose.", [("to January", "2024-01", "month")]),
        ("A 2008-built barge carried the spoil.", [("2008", "2008", "year")]),
        ("The mill paid dividends between 2016 and 2019.",
         [("between 2016", "2016", "year"), ("2019", "2019", "year")]),
        ("Claims dating back to 2011 were reopened.", [("back to 2011", "2011", "year")]),
        ("Nothing was built after 2015 or before 1990.",
         [("after 2015", "2015", "year"), ("before 1990", "1990", "year")]),
        ("The band cut the ticket price to 2000 shillings.", []),
        ("CORRECTION (Feb. 27, 9:15 a.m.): the figure was revised.",
         [("Feb. 27", "2024-02-27", "day")]),
    ],
)  # fmt: skip
def test_written_dates(text: str, expected: list[Row]) -> None:
    assert dates(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Filed on 14/02/2024.", [("14/02/2024", "2024-02-14", "day")]),
        ("Filed on 02/14/2024.", [("02/14/2024", "2024-02-14", "day")]),
        ("Filed on 14.02.24.", [("14.02.24", "2024-02-14", "day")]),
        ("Filed on 03/03/2024.", [("03/03/2024", "2024-03-03", "day")]),
        ("Filed on 03/04/2024.", [("03/04/2024", None, "unresolved")]),
        ("Filed on 03/04/2024, heard on 5 March.",
         [("03/04/2024", "2024-04-03", "day"), ("5 March", "2024-03-05", "day")]),
        ("Filed on 03/04/2024, heard on March 5.",
         [("03/04/2024", "2024-03-04", "day"), ("March 5", "2024-03-05", "day")]),
        ("Version 1.2.3 and a 3/4/5 ratio are not dates.", []),
        ("The text said: back by 21/02 at noon.", [("21/02", "2024-02-21", "day")]),
        ("The text said: back by 02/21 at noon.", [("02/21", "2024-02-21", "day")]),
        ("The text said: back by 04/03 at noon.", [("04/03", None, "unresolved")]),
        ("Crews work 24/7, scored 15/20 and marked 30/02 and 1/2.", []),
    ],
)  # fmt: skip
def test_numeric_dates(text: str, expected: list[Row]) -> None:
    assert dates(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("It burst on Tuesday.", [("on Tuesday", "2024-03-05", "day")]),
        ("It burst on Thursday.", [("on Thursday", "2024-03-07", "day")]),
        ("It burst last Thursday.", [("last Thursday", "2024-02-29", "day")]),
        ("It burst on Monday night.", [("on Monday night", "2024-03-04", "day")]),
        ("Repairs end next Tuesday.", [("next Tuesday", "2024-03-12", "day")]),
        ("It burst last night.", [("last night", "2024-03-06", "day")]),
        ("It reopened this morning.", [("this morning", "2024-03-07", "day")]),
        ("It began earlier this month.", [("earlier this month", "2024-03", "month")]),
        ("It began last week.", [("last week", "2024-02-26", "week")]),
        ("The fair ran last weekend.", [("last weekend", "2024-02-26", "week")]),
        ("It began three days ago.", [("three days ago", "2024-03-04", "day")]),
        ("It began 10 days ago.", [("10 days ago", "2024-02-26", "day")]),
        ("It began a week ago.", [("a week ago", "2024-02-29", "day")]),
        ("It began two weeks ago.", [("two weeks ago", "2024-02-22", "day")]),
    ],
)  # fmt: skip
def test_relative_dates_resolve_against_publication(text: str, expected: list[Row]) -> None:
    assert dates(text) == expected


def test_without_a_publication_date_relative_and_partial_dates_stay_unresolved() -> None:
    assert dates("On Tuesday 5 March, and on Tuesday, and on 14/02/2024.", None) == [
        ("Tuesday 5 March", None, "unresolved"),
        ("on Tuesday", None, "unresolved"),
        ("14/02/2024", "2024-02-14", "day"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The council will meet on 21 March.", [("21 March", "2024-03-21", "day")]),
        ("The board has called a session for April 6.", [("April 6", "2024-04-06", "day")]),
        ("The depot flooded on 20 April.", [("20 April", "2023-04-20", "day")]),
        ("The pumps failed on 2 March.", [("2 March", "2024-03-02", "day")]),
    ],
)  # fmt: skip
def test_a_day_named_soon_after_publication_is_the_coming_one(
    text: str, expected: list[Row]
) -> None:
    assert dates(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The depot will reopen on Tuesday.", [("on Tuesday", "2024-03-12", "day")]),
        ("The audit is due to report on Friday.", [("on Friday", "2024-03-08", "day")]),
        ("Ms Orde said the grant would be paid on Monday.", [("on Monday", "2024-03-11", "day")]),
        ("The depot reopened on Tuesday.", [("on Tuesday", "2024-03-05", "day")]),
        ("He said it would have been seen on Monday.", [("on Monday", "2024-03-04", "day")]),
        ("They said they would sue the firm, which cut the power on Monday.", [("on Monday", "2024-03-04", "day")]),
        ("A ruling is due on Friday.", [("on Friday", "2024-03-08", "day")]),
        ("Inspectors would decide later on Thursday.", [("on Thursday", "2024-03-07", "day")]),
        ("It will pay from a fund it set up on Monday.", [("on Monday", "2024-03-04", "day")]),
        ("Her operation was due to take place on Tuesday.", [("on Tuesday", "2024-03-05", "day")]),
        ("No trains would run on the line before Monday.", [("Monday", "2024-03-11", "day")]),
    ],
)  # fmt: skip
def test_a_weekday_a_plan_runs_on_to_is_that_day_or_the_coming_one(
    text: str, expected: list[Row]
) -> None:
    assert dates(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "On Monday the council said the pool would reopen on Wednesday.",
            [("On Monday", "2024-03-04", "day"), ("on Wednesday", "2024-03-06", "day")],
        ),
        (
            "On Monday the council met. The pool will reopen on Wednesday.",
            [("On Monday", "2024-03-04", "day"), ("on Wednesday", "2024-03-13", "day")],
        ),
    ],
)
def test_a_plan_told_on_an_earlier_weekday_of_its_sentence_counts_from_that_day(
    text: str, expected: list[Row]
) -> None:
    assert dates(text) == expected
