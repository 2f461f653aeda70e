"""An on-topic newsletter promo: the outlet speaking of itself."""

from __future__ import annotations

from sorabrief.extract.clean import clean
from sorabrief.extract.furniture import furniture
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


def test_a_line_of_form_fields_is_furniture() -> None:
    assert furniture("[Your email address] [Send]") == "promotion"
    assert furniture("[Name] [Email] [Go]") == "promotion"
    assert furniture("[Updated at 10am] The ferry sailed again on Tuesday.") is None


def test_the_blurb_between_a_promo_title_and_its_form_goes_with_them() -> None:
    box = (
        "Sign up for the Harbour Letter\nRiverside business news, every morning.\n"
        "Enter your email | Subscribe"
    )
    body = f"{STORY[0]}\n\n{box}\n\n{STORY[3]}\n"
    kept = body
    for text, _ in removed(body):
        kept = kept.replace(text, "")
    assert kept.split() == f"{STORY[0]} {STORY[3]}".split()


def test_a_story_line_between_promotions_across_blank_lines_stays() -> None:
    body = f"Enter your email | Subscribe\n\n{STORY[0]}\n\nEnter your email | Subscribe\n"
    assert STORY[0] not in [text for text, _ in removed(body)]
