"""`sorabrief add` reads a date a page shows only under its headline, and never guesses one."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from sorabrief.intake import read_input

_STORY = (
    "<p>The county library in Alderford closed its reading rooms after water came through "
    "the roof of the east wing during the storm, the head librarian said.</p>"
    "<p>Staff moved about 4,000 books to the basement, and the reading rooms will stay shut "
    "until the roof has been surveyed by the council's engineers next month.</p>"
    "<p>Visitors can still borrow books from the mobile van parked outside the town hall, "
    "which runs from nine in the morning until five in the afternoon.</p>"
)


def _read(tmp_path: Path, below_headline: str, head: str = "") -> str | None:
    page = tmp_path / "page.html"
    page.write_text(
        "<!DOCTYPE html><html><head><meta charset='utf-8'>"
        f"<title>Library shuts reading rooms after storm</title>{head}</head><body>"
        "<article><h1>Library shuts reading rooms after storm</h1>"
        f"{below_headline}{_STORY}</article></body></html>",
        encoding="utf-8",
    )
    return read_input(str(page)).published


@pytest.mark.parametrize(
    ("below_headline", "date"),
    [
        (
            "<p><strong>By Mina Osei, Lower Fenwick</strong><br><em>Tuesday, 3 March 2026</em></p>",
            "2026-03-03",
        ),
        ("<p>By Mina Osei · Mar. 3, 2026</p>", "2026-03-03"),
        (
            '<p class="byline">By Mina Osei</p><p class="when">Published 3rd March 2026, 10:15</p>',
            "2026-03-03",
        ),
        ('<div class="meta"><span>March 3, 2026 at 9:40 am</span></div>', "2026-03-03"),
    ],
)
def test_a_whole_date_shown_with_the_byline_or_alone_under_the_headline_is_read(
    tmp_path: Path, below_headline: str, date: str
) -> None:
    assert _read(tmp_path, below_headline) == date


@pytest.mark.parametrize(
    "below_headline",
    [
        "<p>Updated Tuesday, 3 March 2026</p>",  # an update, not the publication
        "<p>By Mina Osei · last modified 3 March 2026</p>",
        "<p>By Mina Osei, Lower Fenwick</p><p>On 3 March 2026 the council met.</p>",  # story
        "<p>By Mina Osei · March 2026</p>",  # no day: not a whole date
        "<p>By Mina Osei · 31 February 2026</p>",  # no such day
    ],
)
def test_no_date_is_taken_from_an_update_the_story_or_a_part_of_a_date(
    tmp_path: Path, below_headline: str
) -> None:
    assert _read(tmp_path, below_headline) is None


def test_a_date_the_page_states_for_machines_comes_first(tmp_path: Path) -> None:
    head = '<meta property="article:published_time" content="2026-03-02T18:00:00Z">'
    shown = "<p>By Mina Osei · Tuesday, 3 March 2026</p>"
    assert _read(tmp_path, shown, head) == "2026-03-02"


@pytest.mark.parametrize("days", [1, 2, 45])
def test_a_stated_date_after_the_machines_clock_is_kept_as_stated(
    tmp_path: Path, days: int
) -> None:
    ahead = dt.datetime.now(dt.UTC).date() + dt.timedelta(days=days)
    stamp = f'<meta property="article:published_time" content="{ahead}T06:30:00+13:00">'
    assert _read(tmp_path, "", head=stamp) == ahead.isoformat()
