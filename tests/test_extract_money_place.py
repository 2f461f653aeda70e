"""A bare "$" in a story that names no dollar country: the country of its title or of the
outlet's section line."""

from __future__ import annotations

from sorabrief.extract import Vocabulary, extract
from sorabrief.extract.figures import find_figures
from sorabrief.model import Source

_STORY = (
    "The Tampines library will close for repairs after a burst pipe flooded its reading "
    "rooms, the town council said on Monday. Repairs will cost $4.2 million, and the "
    "council has set aside $300,000 for temporary reading rooms in the meantime."
)


def _units(body: str, title: str = "Library closes after flood") -> list[str]:
    source = Source(id="a", body=body, publisher="The Island Courier", title=title)
    return [f.unit for f in extract(source, Vocabulary(parties=())).figures]


def test_the_outlet_section_line_names_the_country() -> None:
    body = f"Singapore / Politics / Business / Tech / Opinion\n\n{_STORY}\n"
    assert _units(body) == ["SGD", "SGD"]


def test_the_title_names_the_country() -> None:
    assert _units(_STORY, title="Singapore library closes after flood") == ["SGD", "SGD"]


def test_a_story_with_no_country_anywhere_keeps_us_dollars() -> None:
    assert _units(_STORY) == ["USD", "USD"]


def test_the_story_itself_comes_before_its_title_or_section() -> None:
    text = "The Ottawa board will spend $2 million on new roofs."
    [figure] = find_figures(text, place="Singapore / Business")
    assert figure.unit == "CAD"


def test_a_section_naming_two_dollar_countries_keeps_us_dollars() -> None:
    [figure] = find_figures("The board will spend $2 million.", place="Singapore | Canada")
    assert figure.unit == "USD"


def test_a_dollar_marked_in_the_story_comes_first() -> None:
    text = "The board raised NZ$5 million and spent $2 million of it."
    assert [f.unit for f in find_figures(text, place="Singapore / Business")] == ["NZD", "NZD"]
