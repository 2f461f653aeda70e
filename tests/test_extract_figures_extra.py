"""Figures that look like durations but are not."""

from sorabrief.extract.figures import find_figures


def test_time_ago_is_a_date_not_a_duration() -> None:
    found = find_figures("It happened three days ago and lasted three hours.")
    assert [f.text for f in found] == ["three hours"]
