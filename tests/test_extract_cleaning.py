"""Cleaning on an article about another incident: page furniture goes, every story sentence stays."""

from __future__ import annotations

import pytest

from sorabrief.extract import Vocabulary, extract
from sorabrief.extract.clean import clean
from sorabrief.model import Party, PartyKind, Source

VOCABULARY = Vocabulary(
    parties=(
        Party(id="severn-water", name="Severn Water", kind=PartyKind.ORGANIZATION, role="utility"),
        Party(id="council", name="Gloucester City Council", kind=PartyKind.ORGANIZATION, role="council"),
    ),
    topic=(
        "Severn Water mains burst leaves homes in Gloucester without water",
        "A burst water main cut supplies to thousands of homes and businesses.",
        "Severn Water said supplies would be restored within days.",
        "The city council opened bottled water stations for residents.",
    ),
)  # fmt: skip

STORY = [
    "Thousands of homes in Gloucester were left without running water after a mains burst.",
    "Residents of the affected streets were urged to sign up for text alerts from the city council.",
    "The council's emergency director said the advertisement campaign had reached every household.",
    "Bottled water stations opened at three schools, and engineers worked through the night.",
    "“We know how hard this has been for families,” said a Severn Water spokesperson.",
]
COOKIES = "We use cookies to improve your experience. By continuing you agree to our cookie policy. Accept all"
ARTICLE = [
    (COOKIES, "cookie banner"),
    ("Accept all | Reject all | Manage preferences", "cookie banner"),
    ("By Jane Smith, Health Correspondent", "byline"),
    ("Tuesday 5 March 2024 14.32 GMT", "date stamp"),
    (STORY[0], None),
    ("Bottled water being handed out in Gloucester. Photograph: Jane Doe/PA", "image caption"),
    (STORY[1], None),
    ("Advertisement", "promotion"),
    (STORY[2], None),
    ("Sign up for our daily briefing", "newsletter sign-up"),
    (STORY[3], None),
    ("Get the latest water outage updates: sign up to our free newsletter", "newsletter sign-up"),
    (STORY[4], None),
    ("Read more: Hosepipe ban lifted across the region after wet spring", "related links"),
    ("Share this article", "share buttons"),
    ("Share on Facebook | Share on X | Copy link", "share buttons"),
    ("Related stories", "related links"),
    ("Rail strike called off after late talks", "related links"),
    ("New bus timetable starts next week", "related links"),
]  # fmt: skip


def test_furniture_is_removed_and_every_story_sentence_kept() -> None:
    body = "\n\n".join(line for line, _ in ARTICLE) + "\n"
    findings = extract(Source(id="w", body=body, publisher="The Gloucester Post"), VOCABULARY)
    removed = [(body[r.start : r.end], r.reason) for r in findings.removed]
    expected: list[tuple[str, str]] = []
    for line, reason in ARTICLE:
        if reason and expected and expected[-1][1] == reason:
            expected[-1] = (f"{expected[-1][0]}\n\n{line}", reason)  # neighbours merge
        elif reason:
            expected.append((line, reason))
        else:
            expected.append(("", ""))
    assert removed == [e for e in expected if e[1]]
    kept = [s.text for s in findings.sentences]
    assert all(sentence in kept for sentence in STORY)


@pytest.mark.parametrize("sentence", STORY[1:3])
def test_a_promo_phrase_alone_never_removes_an_on_topic_sentence(sentence: str) -> None:
    body = f"{STORY[0]}\n\n{sentence}\n"
    assert clean(body, VOCABULARY) == ()


@pytest.mark.parametrize(
    "line",
    [
        "By Tuesday, Severn Water had restored supply to most homes.",
        "Updated figures show 12,000 homes are still without water.",
        "Share prices in Severn Water fell 4% on the news.",
        "Watch the council meeting at 7pm on Thursday, residents were told.",
        "The report was first published on Tuesday, two years after the flood.",
        "Support for the council's water plan has fallen since the burst, a poll found.",
        "The insurer's leaflet said nothing about flood damage to cellars.",
    ],
)
def test_story_lines_that_look_like_furniture_are_kept(line: str) -> None:
    assert clean(f"{STORY[0]}\n\n{line}\n", VOCABULARY) == ()


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("ALEX MORGAN/THE GLOUCESTER POST", "image caption"),
        ("Engineers at the Tewkesbury pumping site. | ALEX MORGAN", "image caption"),
        ("A crew at the burst main. (Post: Alex Morgan)", "image caption"),
        ("Sam Lee in Gloucester and Ruth Cole in Bristol", "byline"),
        ("(Reporting by Sam Lee; Editing by Ruth Cole)", "byline"),
        ("Sam Lee is a senior reporter at the Post covering utilities.", "author note"),
        ("FTSE 7,677.13 ▲ 0.27% | Brent 82.30 ▼ 0.41%", "market ticker"),
        ("Got a story? Email newsdesk@post.example or call 01452 600 123", "contact line"),
        ("Earn double points with the Post Rewards card. Apply now", "promotion"),
        ("Donate to the Post's hardship fund: every gift counts.", "promotion"),
        ("View in browser | Forward to a colleague", "promotion"),
        ("With thanks,", "sign-off"),
        ("You have 2 free articles left this month. Subscribe for unlimited access.", "paywall"),
        ("Download the Gloucester Post app for breaking news alerts", "promotion"),
        ("Yes, I agree    No, take me to settings", "cookie banner"),
        ("Home › Local › Utilities", "navigation"),
        ("Home  Local  Weather  Sport  Opinion", "navigation"),
        ("Follow the Gloucester Post on Telegram for breaking news as it happens.", "promotion"),
        ("Sign the petition to keep the Quay pool open", "promotion"),
        ("Keep our libraries open. 912 supporters so far. Add your signature →", "promotion"),
        ("Listen to this story · 6 mins", "promotion"),
        ("Was this newsletter forwarded to you? Get your own copy every Monday.", "promotion"),
        ("June 3, 2024 9:05 AM EDT Updated 35 minutes ago", "date stamp"),
        ("STOCK PHOTO: A water tanker parked on a terraced street.", "image caption"),
        ("— Maya", "sign-off"),
        (
            "Crews at the pumping site on Tuesday. (Alex Morgan / The Gloucester Post)",
            "image caption",
        ),
        ("Bowsers lined up outside the leisure centre. Photo / Alex Morgan", "image caption"),
        ("Sam Lee is the Post’s utilities and consumer affairs correspondent.", "author note"),
        ("FTSE 100 8,102 ▲0.3%   EUR/GBP 0.85   GOLD $2,310", "market ticker"),
        ("Home > Local > Utilities", "navigation"),
        ("Updated 6:40 AM MST, March 5, 2024", "date stamp"),
        ("March 5, 2024 6:40 PM GMT+2 Updated 3 hours ago", "date stamp"),
        (
            "A tanker on Quay Street in Gloucester, March 4, 2024. Westcountry Wire/Alex Morgan",
            "image caption",
        ),
        (
            "Volunteers fill sandbags on the quay. Courtesy of the Severn Rowing Club",
            "image caption",
        ),
        (
            "The flooded quay at dawn. Permission granted by Gloucester City Council",
            "image caption",
        ),
        ("Advertisement · Scroll to continue", "promotion"),
        ("Advertise with the Post: reach 90,000 local readers every week. Rates", "promotion"),
        ("Keep local reporting free. Donate to the Post today →", "promotion"),
        ("Flood-proof your cellar with our pump range. Download the free guide.", "promotion"),
        ("— With files from Sam Lee in Cardiff", "byline"),
        ("Ruth Cole, Utilities Correspondent", "byline"),
        (
            "Sam Lee · The Gloucester Post · Posted: Mar 05, 2024 6:40 AM GMT | Updated: 3 hours ago",
            "byline",
        ),
        (
            "This report by the Westcountry Wire was first published March 5, 2024.",
            "publication note",
        ),
        (
            "The audio version of this article is generated by a synthetic voice.",
            "publication note",
        ),
        ("Filed under: Utilities, Gloucester", "story tags"),
        ("Reporting by Sam Lee in Leeds and Jo Bell in York; Editing by Ann Ode", "byline"),
        ("June 3, 2024 9:05 AM EDT Updated an hour ago", "date stamp"),
        ("Jun 3, 2024, 9:05 AM EDT | 14 Comments", "date stamp"),
        ("The flooded quay at dawn. Photo by Alex Morgan for The Gloucester Post", "image caption"),
        ("Market data and research for busy traders. Learn more about Ledger Pro", "promotion"),
        (
            "Cookie notice: we use strictly necessary and analytics cookies. OK | Change",
            "cookie banner",
        ),
        ("Ruth Cole, West Country editor | Utilities", "byline"),
        ("Explore more on these topics: Floods | Gloucester | Utilities", "story tags"),
        ("Read also: How the city's reservoirs are filled", "related links"),
        ("The Quay Digest — the week's river news, every Friday. [Subscribe free]", "promotion"),
        ("Keep regional news alive. Become a Gloucester Post patron today.", "promotion"),
        ("Support independent journalism in the Severn valley. Every pound helps.", "promotion"),
        ("Nothing on this site is investment advice. Speak to an adviser first.", "legal notice"),
    ],
)
def test_page_furniture_by_shape(line: str, reason: str) -> None:
    body = f"{STORY[0]}\n\n{STORY[3]}\n\n{line}\n\n{STORY[4]}\n"
    findings = extract(Source(id="w", body=body, publisher="The Gloucester Post"), VOCABULARY)
    assert [(body[r.start : r.end], r.reason) for r in findings.removed] == [(line, reason)]


def test_the_short_line_above_a_credit_is_its_caption() -> None:
    caption = "Volunteers hand out water at a school in Gloucester"
    body = f"{STORY[0]}\n\n{caption}\nPicture: Alex Morgan\n\n{STORY[3]}\n"
    findings = extract(Source(id="w", body=body), VOCABULARY)
    assert [r.reason for r in findings.removed] == ["image caption"]
    assert caption not in [s.text for s in findings.sentences]


def test_a_comment_thread_goes_even_when_comments_name_a_party() -> None:
    thread = "4 comments\nRavi K. — Severn Water should pay every household back."
    body = f"{STORY[0]}\n\n{STORY[4]}\n\n{thread}\n"
    findings = extract(Source(id="w", body=body), VOCABULARY)
    assert [r.reason for r in findings.removed] == ["page footer"]


def test_a_story_pasted_after_the_closing_furniture_goes() -> None:
    other = (
        "Allotment society marks its centenary\n"
        "The Kingsholm allotment society will hold an open day on Saturday with cake and tours.\n"
        "Its 80 members grow everything from leeks to grapes, the secretary said."
    )
    body = f"{STORY[0]}\n\n{STORY[4]}\n\nShare this article\n\n{other}\n"
    findings = extract(Source(id="w", body=body), VOCABULARY)
    assert [r.reason for r in findings.removed] == ["share buttons", "page footer"]
    assert [s.text for s in findings.sentences] == STORY[0:1] + STORY[4:5]


@pytest.mark.parametrize(
    "masthead",
    [
        "The Gloucester Post | Your city, every morning",
        "GLOUCESTER POST · Independent news for the Severn vale",
        "Gloucester Post\nIndependent news for the Severn vale",
    ],
)
def test_the_outlet_name_and_its_tagline_go(masthead: str) -> None:
    body = f"{masthead}\n\nMains burst leaves city dry\n\n{STORY[0]}\n\n{STORY[4]}\n"
    source = Source(
        id="w", body=body, publisher="The Gloucester Post", title="Mains burst leaves city dry"
    )
    assert [body[r.start : r.end] for r in extract(source, VOCABULARY).removed] == [masthead]


def test_a_writer_signing_off_ends_the_story() -> None:
    closing = "— Maya\n\nThat's all from us this week. Reply and tell us what we got wrong."
    body = f"{STORY[0]}\n\n{STORY[4]}\n\n{closing}\n"
    findings = extract(Source(id="w", body=body), VOCABULARY)
    assert [r.reason for r in findings.removed] == ["sign-off", "page footer"]
    assert [s.text for s in findings.sentences] == STORY[0:1] + STORY[4:5]


def test_a_story_pasted_between_a_read_more_line_and_the_copyright_goes() -> None:
    other = (
        "Allotment society marks its centenary\n"
        "The Kingsholm allotment society will hold an open day on Saturday with cake and tours.\n"
        "Its 80 members grow everything from leeks to grapes, the secretary said."
    )
    body = (
        f"{STORY[0]}\n\n{STORY[4]}\n\nRead more: Why old mains burst in cold snaps\n\n"
        f"{other}\n\n© The Gloucester Post. All rights reserved.\n"
    )
    findings = extract(Source(id="w", body=body), VOCABULARY)
    assert [s.text for s in findings.sentences] == STORY[0:1] + STORY[4:5]


def test_without_a_known_headline_the_line_under_the_outlet_name_stays() -> None:
    headline = "Mains burst leaves thousands across the city without water"
    body = f"Gloucester Post\n{headline}\n\n{STORY[0]}\n\n{STORY[4]}\n"
    findings = extract(Source(id="w", body=body, publisher="The Gloucester Post"), VOCABULARY)
    assert [body[r.start : r.end] for r in findings.removed] == ["Gloucester Post"]


def test_a_lead_in_above_the_story_stays_while_header_labels_go() -> None:
    lead_in = "What we know so far:"
    facts = (
        "- Severn Water says a cracked trunk main cut supplies to 9,000 homes overnight.\n"
        "- Engineers expect taps to run again by Friday evening."
    )
    body = f"News | Local | Weather\n\nCity desk\n\n{lead_in}\n{facts}\n\n{STORY[3]}\n"
    findings = extract(Source(id="w", body=body), VOCABULARY)
    removed = " ".join(body[r.start : r.end] for r in findings.removed)
    assert lead_in not in removed
    assert "City desk" in removed


def test_a_lead_in_above_points_that_name_a_party_stays() -> None:
    lead_in = "At a glance:"
    points = (
        "- Severn Water has 4,000 homes still waiting for a supply\n"
        "- Bottled water stations stay open at three schools"
    )
    body = f"City desk\n\n{lead_in}\n{points}\n\n{STORY[3]}\n\n{STORY[4]}\n"
    findings = extract(Source(id="w", body=body), VOCABULARY)
    removed = " ".join(body[r.start : r.end] for r in findings.removed)
    assert lead_in not in removed
    assert "City desk" in removed


def test_a_name_right_above_a_date_stamp_is_the_byline() -> None:
    body = f"{STORY[0]}\n\nAlex Morgan\nMarch 5, 2024 - 6:40AM\n\n{STORY[3]}\n\nRelief Centres\n\n{STORY[4]}\n"
    findings = extract(Source(id="w", body=body), VOCABULARY)
    assert [(body[r.start : r.end], r.reason) for r in findings.removed] == [
        ("Alex Morgan", "byline"),
        ("March 5, 2024 - 6:40AM", "date stamp"),
    ]


def test_a_listing_right_under_an_advertisement_label_is_the_advert() -> None:
    advert = "Garden Show 2024 · Cheltenham Racecourse · 8–9 June · Book now for early entry"
    body = f"{STORY[0]}\n\nADVERTISEMENT\n{advert}\n\n{STORY[3]}\n"
    findings = extract(Source(id="w", body=body), VOCABULARY)
    assert [body[r.start : r.end] for r in findings.removed] == [f"ADVERTISEMENT\n{advert}"]


def test_a_headline_right_under_an_advertisement_label_stays() -> None:
    body = f"ADVERTISEMENT\nSevern Water mains burst leaves Gloucester dry\n\n{STORY[0]}\n"
    findings = extract(Source(id="w", body=body), VOCABULARY)
    assert [body[r.start : r.end] for r in findings.removed] == ["ADVERTISEMENT"]


def test_the_copy_under_a_sponsored_label_that_addresses_the_reader_goes() -> None:
    advert = "Moving house in Stroud? Hire a removal van by the hour from Kestle Vans."
    body = f"{STORY[0]}\n\nSponsored\n{advert}\n\n{STORY[3]}\n"
    findings = extract(Source(id="w", body=body), VOCABULARY)
    assert [body[r.start : r.end] for r in findings.removed] == [f"Sponsored\n{advert}"]


def test_a_story_line_under_an_advertisement_label_stays() -> None:
    body = f"{STORY[0]}\n\nAdvertisement\n{STORY[1]}\n\n{STORY[3]}\n"
    findings = extract(Source(id="w", body=body), VOCABULARY)
    assert [body[r.start : r.end] for r in findings.removed] == ["Advertisement"]


def test_the_title_above_a_newsletter_sign_up_goes_with_it() -> None:
    box = "Newsletter: Valley Morning\nCouncil and transport news, delivered every weekday. Sign up now"
    body = f"{STORY[0]}\n\n{box}\n\n{STORY[3]}\n"
    findings = extract(Source(id="w", body=body), VOCABULARY)
    assert [body[r.start : r.end] for r in findings.removed] == [box]
