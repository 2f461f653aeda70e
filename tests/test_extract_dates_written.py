"""A day and month after a weekday or written with points, and "as far back as"."""

from __future__ import annotations

from sorabrief.extract.dates import find_dates
from sorabrief.partial_date import PartialDate

PUBLISHED = PartialDate(2024, 11, 20)


def _dates(text: str) -> list[tuple[str, str | None]]:
    return [(d.text, d.value.isoformat() if d.value else None) for d in find_dates(text, PUBLISHED)]


def test_the_weekday_settles_a_numeric_day_and_month() -> None:
    # 8 November 2024 was a Friday; 11 August was not.
    assert _dates("The Lomond depot shut on Friday 8/11 at noon.") == [
        ("Friday 8/11", "2024-11-08")
    ]
    # 11 August 2024 was a Sunday.
    assert _dates("The Lomond depot shut on Sunday 8/11 at noon.") == [
        ("Sunday 8/11", "2024-08-11")
    ]


def test_a_weekday_matching_neither_reading_is_unresolved() -> None:
    assert _dates("The Lomond depot shut on Wednesday 8/11 at noon.") == [("Wednesday 8/11", None)]


def test_a_day_and_month_with_points_is_day_first() -> None:
    assert _dates("The Brodek court heard the case (4. 10.) behind closed doors.") == [
        ("4. 10.", "2024-10-04")
    ]


def test_a_decimal_at_the_end_of_a_sentence_is_no_date() -> None:
    assert _dates("Turnover fell 4.10. Output fell 2.5.") == []


def test_a_month_as_far_back_as() -> None:
    assert _dates("Inspectors warned as far back as April and as early as 2019.") == [
        ("as far back as April", "2024-04"),
        ("as early as 2019", "2019"),
    ]


def test_a_year_after_an_adjective_before_a_singular_noun() -> None:
    assert _dates("The Velka fair blamed a costly 2021 season.") == [("2021", "2021")]
    assert _dates("The Velka fair hired an additional 2000 steward.") == []
    assert _dates("The Velka fair sold a magical 2000 tickets.") == []


def test_a_day_and_month_opening_a_timeline_line() -> None:
    text = (
        "The strike began on 2nd October.\n"
        "TIMELINE\n"
        "4/10: Dockers walk out at Lomond\n"
        "- 9/10 – Talks fail\n"
        "14/10: Cranes restart\n"
        "The ratio was 3/4 of the fleet."
    )
    assert _dates(text) == [
        ("2nd October", "2024-10-02"),
        ("4/10", "2024-10-04"),
        ("9/10", "2024-10-09"),
        ("14/10", "2024-10-14"),
    ]


def test_a_month_in_a_clause_that_looks_ahead_is_the_coming_one() -> None:
    # Published 20 November 2024.
    text = (
        "The regulator expects the audit by early December. The depot will reopen in March. "
        "The depot shut in March."
    )
    assert _dates(text) == [
        ("early December", "2024-12"),
        ("in March", "2025-03"),
        ("in March", "2024-03"),
    ]


def test_a_month_after_a_modal_is_the_coming_one_when_near() -> None:
    # Published 20 November 2024: February is three months ahead, October eleven.
    text = (
        "The board said the pier could reopen in February. "
        "The mayor said the inquiry would study the letters the firm sent in October. "
        "Officials said they expected to finish the survey in March. "
        "The council said the works would end in February, which it had announced in June."
    )
    assert _dates(text) == [
        ("in February", "2025-02"),
        ("in October", "2024-10"),
        ("in March", "2025-03"),
        ("in February", "2025-02"),
        ("in June", "2024-06"),
    ]


def test_a_clause_looking_ahead_reaches_its_month_unless_a_past_verb_comes_between() -> None:
    # Published 20 November 2024.
    text = (
        "The trade fair will show the new cranes and the rail clamps of the harbour at its "
        "yearly gathering in Rotterdam in June. "
        "The firm will tell the inquiry that the crane was inspected in June."
    )
    assert _dates(text) == [("in June", "2025-06"), ("in June", "2024-06")]


def test_the_month_after_publication_named_alone_is_the_coming_one() -> None:
    # Published 20 November 2024: "December" is next month, not eleven months back.
    text = "The trains were due in service in December. The depot flooded in October."
    assert _dates(text) == [("in December", "2024-12"), ("in October", "2024-10")]
