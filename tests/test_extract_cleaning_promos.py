"""An on-topic newsletter promo and a list heading that names its site."""

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


def test_a_most_read_list_on_the_outlets_site() -> None:
    listing = (
        "Most read on gloucesterpost.co.uk\n- Quay café changes hands\n- Storm warning for the "
        "vale\n- City secure promotion in final home game"
    )
    body = f"{STORY[0]}\n\n{STORY[3]}\n\n{listing}\n"
    assert [reason for _, reason in removed(body)] == ["related links"]


def test_a_caption_credited_to_a_wire_and_one_word() -> None:
    caption = "Bowsers line a street in the Westgate area of Gloucester. HWN/Stringer"
    body = f"{STORY[0]}\n\n{caption}\n\n{STORY[3]}\n"
    assert [reason for _, reason in removed(body)] == ["image caption"]


def test_a_story_sentence_that_names_two_acronyms_stays() -> None:
    body = f"{STORY[0]}\n\nThe pumps were built by BWC/Severn, a joint venture.\n"
    assert removed(body) == []
