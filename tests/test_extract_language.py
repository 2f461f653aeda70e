"""Which front-matter languages extraction reads."""

import pytest

from sorabrief.extract.language import language_warning, reads_english
from sorabrief.model import Source


@pytest.mark.parametrize(
    ("language", "english"),
    [("en", True), ("en-GB", True), ("EN_us", True), ("English", True), ("fr", False),
     ("de-DE", False), ("no", False)],
)  # fmt: skip
def test_reads_english(language: str, english: bool) -> None:
    assert reads_english(language) is english
    assert (language_warning(Source(id="a", body="", language=language)) is None) is english
