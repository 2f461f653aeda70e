"""Thousands grouped by points in an article written in that style ("1.400 households"),
and counts grouped by several points ("1.200.000 riders")."""

from __future__ import annotations

from sorabrief.extract.figures import find_figures
from sorabrief.extract.number_style import groups_with_points


def _figures(text: str) -> list[tuple[str, float, str]]:
    return [(text[f.start : f.end], f.low, f.unit) for f in find_figures(text)]


def test_an_article_in_the_point_grouping_style_groups_a_single_point_too() -> None:
    text = (
        "The council counted 2.300 flooded homes in Ribeira.\n\n"
        "Repairs will cost 4.750.000 escudos, and 1.250 families need shelter."
    )
    assert groups_with_points(text)
    assert ("2.300 flooded homes", 2_300.0, "home") in _figures(text)
    assert ("1.250 families", 1_250.0, "family") in _figures(text)


def test_an_article_that_groups_with_commas_keeps_a_point_as_a_decimal() -> None:
    text = "The pump moved 1.400 litres an hour for 4.750.000 residents; 12,000 homes lost water."
    assert not groups_with_points(text)
    assert ("1.400 litres", 1.4, "litre") in _figures(text)


def test_a_single_point_alone_says_nothing_of_the_style() -> None:
    assert not groups_with_points("The pump moved 1.400 litres an hour.")
    assert ("1.400 litres", 1.4, "litre") in _figures("The pump moved 1.400 litres an hour.")


def test_a_count_grouped_by_several_points_is_one_amount() -> None:
    assert _figures("The line carried 1.200.000 riders last year.") == [
        ("1.200.000 riders", 1_200_000.0, "rider")
    ]
