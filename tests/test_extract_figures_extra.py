"""Figures that look like durations but are not."""

from sorabrief.extract.figures import find_figures


def test_time_ago_is_a_date_not_a_duration() -> None:
    found = find_figures("It happened three days ago and lasted three hours.")
    assert [f.text for f in found] == ["three hours"]


def test_a_single_unit_late_or_early_is_a_duration() -> None:
    found = find_figures("The ferry left an hour late and the bus came a minute early.")
    assert [(f.text, f.low, f.unit) for f in found] == [
        ("an hour", 1.0, "hour"),
        ("a minute", 1.0, "minute"),
    ]


def test_other_between_the_amount_and_its_noun_is_read() -> None:
    found = find_figures("Staff at three other Leeds hospitals walked out.")
    assert [(f.text, f.low, f.unit) for f in found] == [
        ("three other Leeds hospitals", 3.0, "hospital")
    ]


def test_a_day_of_the_month_is_not_a_count() -> None:
    found = find_figures(
        "The notice of 3 June orders the mill to stop, and 12 Sept. filings agree."
    )
    assert found == ()


def test_a_closing_single_quote_after_a_plural_is_not_a_possessive() -> None:
    found = find_figures("The union said the owners had 'risked 40 jobs'.")
    assert [(f.text, f.low, f.unit) for f in found] == [("40 jobs", 40.0, "job")]
