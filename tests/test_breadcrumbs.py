"""A breadcrumb that a page's extraction keeps above the story is page header, whatever its
length; a sentence with a slash in it is not."""

from __future__ import annotations

from sorabrief.extract import Vocabulary
from sorabrief.extract.clean import clean
from sorabrief.extract.page_zones import is_breadcrumb, is_nav_bar

_STORY = (
    "Velora Mobility has withdrawn 400 e-scooters from the city after two battery fires.\n"
    "The company said it was checking every scooter before any returned to the streets.\n"
)


def test_a_long_breadcrumb_under_the_headline_is_page_header() -> None:
    title = "Scooters withdrawn after fires"
    body = f"{title}\nUK News / Transport and Infrastructure Policy\n{_STORY}"
    removed = clean(body, Vocabulary(parties=(), topic=(title,)), "Wire", title)
    assert [(body[r.start : r.end], r.reason) for r in removed] == [
        ("UK News / Transport and Infrastructure Policy", "page header")
    ]


def test_breadcrumb_shape() -> None:
    assert is_breadcrumb("UK News / Transport")
    assert is_breadcrumb("Home › Housing and Local Government")
    assert not is_breadcrumb("Fares rose / fell by 3%")
    assert not is_breadcrumb("News")
    assert not is_breadcrumb("The council said fares would rise / fall.")


def test_a_navigation_bar_holds_no_sentence_stop_and_no_question() -> None:
    assert is_nav_bar("Harbours | U.K. | Ferries | Weather")
    assert is_nav_bar("Harbours · Ferries · Weather")
    assert not is_nav_bar("Harbours | Ferries | Weather.")
    assert not is_nav_bar("Harbours | Ferries? | Weather")
    assert not is_nav_bar("Harbours | Ferries | Weather!")
    assert not is_nav_bar("The pier reopened. Ferries resumed at dawn | Weather | Tides")
