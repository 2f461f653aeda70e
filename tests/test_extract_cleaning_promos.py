"""An on-topic newsletter promo: the outlet speaking of itself."""

from __future__ import annotations

from sorabrief.extract.clean import clean
from test_extract_cleaning import STORY, VOCABULARY


def removed(body: str) -> list[tuple[str, str]]:
    return [(body[r.start : r.end], r.reason) for r in clean(body, VOCABULARY)]


def test_a_brief_delivered_to_your_inbox_is_a_sign_up_whatever_its_topic() -> None:
    promo = (
        "Get the Post Evening Brief\nTop Gloucester water stories, delivered to your inbox "
        "every weekday. Sign up now"
    )
    body = f"{STORY[0]}\n\n{STORY[3]}\n\n{promo}\n"
    assert [reason for _, reason in removed(body)] == ["newsletter sign-up"]
