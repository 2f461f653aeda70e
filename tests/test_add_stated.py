"""`sorabrief add` reads a site name, headline and byline where a page shows them to a reader."""

from __future__ import annotations

from pathlib import Path

import pytest

from sorabrief.intake import read_input

_BODY = (
    "<article><p>The county library in Alderford closed its reading rooms on Monday after "
    "water came through the roof of the east wing during the storm.</p>"
    "<p>Staff moved about 4,000 books to the basement, the head librarian said, and the "
    "reading rooms will stay shut until the roof has been surveyed.</p>"
    "<p>Visitors can still borrow books from the mobile van parked outside the town hall, "
    "which runs from nine in the morning until five in the afternoon.</p></article>"
)


def _page(tmp_path: Path, head: str, body: str) -> Path:
    page = tmp_path / "page.html"
    page.write_text(
        f"<!DOCTYPE html><html><head><meta charset='utf-8'>{head}</head><body>{body}</body></html>",
        encoding="utf-8",
    )
    return page


@pytest.mark.parametrize(
    "masthead",
    [
        '<header><p class="brand"><a href="https://alderford-echo.example/" rel="home">'
        "Alderford Echo</a></p></header>",
        '<header><a class="logo" href="/"><img src="logo.png" alt="Alderford Echo"></a></header>',
        "<footer><p>&copy; 2026 Alderford Echo. All rights reserved.</p></footer>",
        '<div class="site-footer">Copyright 2019-2026 Alderford Echo</div>',
        '<div id="footer"><p>&copy; 2026 Alderford Echo. All rights reserved. '
        "Site by Moss Web Studio.</p></div>",
    ],
)
def test_the_publisher_shown_only_in_the_masthead_or_footer_is_read(
    tmp_path: Path, masthead: str
) -> None:
    head = "<title>Library shuts reading rooms after storm</title>"
    page = read_input(str(_page(tmp_path, head, masthead + _BODY)))
    assert page.publisher == "Alderford Echo"


def test_a_home_link_to_another_site_or_a_section_is_not_the_publisher(tmp_path: Path) -> None:
    masthead = (
        '<header><a href="https://partner-network.example/">Partner Network</a>'
        '<a href="/news/">News</a></header>'
    )
    head = (
        "<title>Library shuts reading rooms</title>"
        '<link rel="canonical" href="https://alderford-echo.example/news/library">'
    )
    page = read_input(str(_page(tmp_path, head, masthead + _BODY)))
    assert page.publisher is None


def test_a_byline_keeps_its_people_and_drops_the_outlet(tmp_path: Path) -> None:
    head = (
        "<title>Library shuts reading rooms</title>"
        '<meta property="og:site_name" content="Alderford Echo">'
        '<meta name="author" content="Alderford Echo; Priya Nandakumar">'
    )
    assert read_input(str(_page(tmp_path, head, _BODY))).author == "Priya Nandakumar"
    wire = head.replace("Alderford Echo; Priya Nandakumar", "Tom Ellery, County Press Agency")
    assert read_input(str(_page(tmp_path, wire, _BODY))).author == "Tom Ellery"


def test_a_byline_keeps_the_full_stops_the_page_writes(tmp_path: Path) -> None:
    head = (
        "<title>Library shuts reading rooms</title>"
        '<meta name="author" content="Dr. Wen Okafor-Lind; J.P. Harrow">'
    )
    page = read_input(str(_page(tmp_path, head, _BODY)))
    assert page.author == "Dr. Wen Okafor-Lind; J.P. Harrow"
    plain = head.replace("Dr. Wen Okafor-Lind; J.P. Harrow", "Wen Okafor-Lind")
    assert read_input(str(_page(tmp_path, plain, _BODY))).author == "Wen Okafor-Lind"


def test_an_outlet_credited_after_a_dot_or_bar_is_not_an_author(tmp_path: Path) -> None:
    for credit in ("Rosa Pell · The Marlow Clarion", "Rosa Pell | The Marlow Clarion"):
        head = f'<title>Library shuts reading rooms</title><meta name="author" content="{credit}">'
        assert read_input(str(_page(tmp_path, head, _BODY))).author == "Rosa Pell"
    dashed = '<title>Library shuts</title><meta name="author" content="Rosa Pell-Varga">'
    assert read_input(str(_page(tmp_path, dashed, _BODY))).author == "Rosa Pell-Varga"


def test_a_datelines_place_beside_the_name_is_not_a_second_author(tmp_path: Path) -> None:
    for credit, want in (
        ("Rosa Pell, Alderford", "Rosa Pell"),
        ("Rosa Pell, Alderford; Tom Avery", "Rosa Pell; Tom Avery"),
    ):
        head = f'<title>Library shuts reading rooms</title><meta name="author" content="{credit}">'
        assert read_input(str(_page(tmp_path, head, _BODY))).author == want


def test_a_place_the_article_writes_after_in_or_at_is_not_a_second_author(
    tmp_path: Path,
) -> None:
    body = _BODY.replace("outside the town hall", "in Upper Wenlow, outside the town hall")
    for credit, want in (
        ("Rosa Pell, Upper Wenlow", "Rosa Pell"),
        ("Rosa Pell, Tom Avery", "Rosa Pell; Tom Avery"),
    ):
        head = f'<title>Library shuts reading rooms</title><meta name="author" content="{credit}">'
        assert read_input(str(_page(tmp_path, head, body))).author == want


@pytest.mark.parametrize(
    "where",
    [
        "Residents of Fenwick and Upper Wenlow",
        "A woman from Upper Wenlow",
        "Families from Upper Wenlow",
        "One father from Upper Wenlow",
        "Pupils in Fenwick and Upper Wenlow",
    ],
)
def test_a_place_the_article_writes_as_where_people_live_is_not_a_second_author(
    tmp_path: Path, where: str
) -> None:
    body = _BODY.replace("Visitors can", f"{where} said they can")
    head = '<title>Library shuts</title><meta name="author" content="Rosa Pell, Upper Wenlow">'
    assert read_input(str(_page(tmp_path, head, body))).author == "Rosa Pell"


def test_a_person_after_of_or_from_stays_an_author(tmp_path: Path) -> None:
    body = _BODY.replace("Visitors can", "Friends of Tom Avery and a letter from Tom Avery say")
    head = '<title>Library shuts</title><meta name="author" content="Rosa Pell, Tom Avery">'
    assert read_input(str(_page(tmp_path, head, body))).author == "Rosa Pell; Tom Avery"


def test_a_byline_below_the_articles_headline_is_read_when_the_site_name_is_a_heading_too(
    tmp_path: Path,
) -> None:
    body = (
        '<header><h1 class="site-title"><a href="/" rel="home">Alderford Echo</a></h1></header>'
        "<main><article><h1>Library shuts reading rooms after storm</h1>"
        "<p><strong>By Rosa Pell</strong></p>" + _BODY + "</article></main>"
    )
    page = read_input(str(_page(tmp_path, "<title>Library shuts reading rooms</title>", body)))
    assert page.author == "Rosa Pell"


def test_a_byline_that_names_only_the_outlet_is_kept_as_stated(tmp_path: Path) -> None:
    head = '<title>Library shuts reading rooms</title><meta name="author" content="Echo News Desk">'
    assert read_input(str(_page(tmp_path, head, _BODY))).author == "Echo News Desk"


def test_a_shortened_social_title_gives_way_to_the_full_headline(tmp_path: Path) -> None:
    head = (
        "<title>Library shuts | Alderford Echo</title>"
        '<meta property="og:title" content="Library shuts reading rooms">'
    )
    body = "<h1>Library shuts reading rooms after storm floods east wing</h1>" + _BODY
    page = read_input(str(_page(tmp_path, head, body)))
    assert page.title == "Library shuts reading rooms after storm floods east wing"
    other = "<h1>Storm damage across the county</h1>" + _BODY
    assert read_input(str(_page(tmp_path, head, other))).title == "Library shuts reading rooms"


def test_a_social_title_with_words_cut_from_within_gives_way_to_the_headline(
    tmp_path: Path,
) -> None:
    head = '<meta property="og:title" content="Library shuts rooms after storm floods wing">'
    body = "<h1>Library shuts reading rooms after storm floods east wing</h1>" + _BODY
    page = read_input(str(_page(tmp_path, head, body)))
    assert page.title == "Library shuts reading rooms after storm floods east wing"
    reordered = "<h1>After storm floods wing, library shuts rooms and more</h1>" + _BODY
    title = read_input(str(_page(tmp_path, head, reordered))).title
    assert title == "Library shuts rooms after storm floods wing"


def test_a_social_title_cut_within_a_word_gives_way_to_the_headline(tmp_path: Path) -> None:
    head = '<meta property="og:title" content="Library shuts reading ro">'
    body = "<h1>Library shuts reading rooms after storm floods east wing</h1>" + _BODY
    page = read_input(str(_page(tmp_path, head, body)))
    assert page.title == "Library shuts reading rooms after storm floods east wing"


@pytest.mark.parametrize(
    "stated",
    [
        '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "x", '
        '"publisher": {"@type": "Organization", "name": "Alderford Echo"}}</script>',
        '<script type="application/ld+json">{"@graph": [{"@type": "NewsArticle", '
        '"publisher": {"@id": "#org"}}, {"@type": "Organization", "@id": "#org", '
        '"name": "Alderford Echo"}]}</script>',
        '<meta property="og:site_name" content="Alderford Echo">',
    ],
)
def test_an_account_handle_is_not_the_publisher(tmp_path: Path, stated: str) -> None:
    head = (
        '<title>Library shuts reading rooms</title><meta name="twitter:site" content="@EchoNewsUK">'
    )
    assert read_input(str(_page(tmp_path, head + stated, _BODY))).publisher == "Alderford Echo"


def test_an_account_handle_alone_leaves_the_publisher_to_the_masthead(tmp_path: Path) -> None:
    head = (
        '<title>Library shuts reading rooms</title><meta name="twitter:site" content="@EchoNewsUK">'
    )
    page = read_input(str(_page(tmp_path, head, _BODY)))
    assert page.publisher != "EchoNewsUK"
    masthead = '<header><a href="/" rel="home">Alderford Echo</a></header>'
    assert read_input(str(_page(tmp_path, head, masthead + _BODY))).publisher == "Alderford Echo"


def test_a_job_title_in_the_byline_is_not_a_second_author(tmp_path: Path) -> None:
    head = '<title>Library shuts reading rooms</title><meta name="author" content="Wen Okafor">'
    byline = '<meta name="author" content="Wen Okafor, Senior Features Writer">'
    assert read_input(str(_page(tmp_path, byline, _BODY))).author == "Wen Okafor"
    assert read_input(str(_page(tmp_path, head, _BODY))).author == "Wen Okafor"


def test_every_author_the_page_links_as_author_is_kept(tmp_path: Path) -> None:
    head = '<title>Library shuts reading rooms</title><meta name="author" content="Ines Varga">'
    byline = (
        '<p class="byline">By <a rel="author" href="/staff/ines-varga">Ines Varga</a> in '
        'Alderford and <a rel="author" href="/staff/leo-brandt">Leo Brandt</a></p>'
    )
    page = read_input(str(_page(tmp_path, head, byline + _BODY)))
    assert page.author == "Ines Varga; Leo Brandt"
    one = '<p class="byline">By <a rel="author" href="/staff/ines-varga">Ines Varga</a></p>'
    assert read_input(str(_page(tmp_path, head, one + _BODY))).author == "Ines Varga"


def test_the_canonical_link_outranks_the_social_address_on_the_same_site(
    tmp_path: Path,
) -> None:
    canonical = "https://valley-courier.example/news/library-shuts"
    head = (
        "<title>Library shuts reading rooms</title>"
        '<meta property="og:site_name" content="Valley Courier">'
        '<meta property="og:url" content="https://m.valley-courier.example/library?utm=x">'
        f'<link rel="canonical" href="{canonical}">'
    )
    assert read_input(str(_page(tmp_path, head, _BODY))).url == canonical
    relative = head.replace(canonical, "/news/library-shuts")
    own = read_input(str(_page(tmp_path, relative, _BODY)))
    assert own.url == "https://m.valley-courier.example/library?utm=x"


def test_a_copy_naming_another_sites_original_as_canonical_keeps_its_own_address(
    tmp_path: Path,
) -> None:
    head = (
        "<title>Library shuts reading rooms</title>"
        '<meta property="og:url" content="https://valley-courier.example/2026/library">'
        '<link rel="canonical" href="https://alderford-echo.example/news/library-shuts">'
    )
    page = read_input(str(_page(tmp_path, head, _BODY)))
    assert page.url == "https://valley-courier.example/2026/library"


def test_a_copy_is_dated_as_its_page_states_not_by_its_originals_address(
    tmp_path: Path,
) -> None:
    head = (
        "<title>Library shuts reading rooms</title>"
        '<link rel="canonical" href="https://alderford-echo.example/2026/04/02/library-shuts">'
        '<meta property="article:published_time" content="2026-04-03T08:15:00+01:00">'
    )
    page = read_input(str(_page(tmp_path, head, _BODY)))
    assert str(page.published) == "2026-04-03"


@pytest.mark.parametrize(
    ("shown", "author"),
    [
        ('<p class="meta">By Idris Pellow · Tuesday 3 March 2026</p>', "Idris Pellow"),
        (
            '<div class="info"><span>BY Mara Quist and Leon Achebe | 3/3/2026</span></div>',
            "Mara Quist; Leon Achebe",
        ),
        ("<p>By Nadia Orr-Benn on 3 March 2026</p>", "Nadia Orr-Benn"),
        (
            '<div class="meta"><h4>Posted on 3 March 2026 by '
            '<a href="/author/tomas/">Tomas Reyl</a></h4></div>',
            "Tomas Reyl",
        ),
        ("<p>Published 3 March 2026, 09:14 by Ines Calloway</p>", "Ines Calloway"),
        (
            '<div class="media"><h4><span>By</span> <a href="/author/o/">Osric Tamm</a></h4>\n'
            '<span class="date">Mar 4, 2026</span></div>',
            "Osric Tamm",
        ),
        ("<div><span>By June Ellery</span> <span>Sept. 9, 2026</span></div>", "June Ellery"),
        ("<p>By Wen Castell Thursday 5 March 2026</p>", "Wen Castell"),
        (
            '<div class="media"><h4><span>By</span> <a href="/author/r/">Rafe Oduya</a></h4>'
            '<span class="date">Posted on June 2, 2026</span></div>',
            "Rafe Oduya",
        ),
    ],
)
def test_a_byline_shown_only_below_the_headline_is_read(
    tmp_path: Path, shown: str, author: str
) -> None:
    body = f"<h1>Library shuts reading rooms after storm</h1>{shown}{_BODY}"
    page = read_input(str(_page(tmp_path, "<title>Library shuts reading rooms</title>", body)))
    assert page.author == author


@pytest.mark.parametrize(
    ("shown", "author"),
    [
        ("<p>By Idris Marlowe, Upper Wenlow</p>", "Idris Marlowe"),
        ("<p>By Idris Marlowe and Hana Pryce, Upper Wenlow</p>", "Idris Marlowe; Hana Pryce"),
        (
            "<p>By Idris Marlowe, Hana Pryce and Tom Avery</p>",
            "Idris Marlowe; Hana Pryce; Tom Avery",
        ),
        ("<p>By Idris Marlowe &amp; Hana Pryce</p>", "Idris Marlowe; Hana Pryce"),
    ],
)
def test_a_shown_bylines_part_after_a_comma_is_a_person_only_in_a_list_joined_by_and(
    tmp_path: Path, shown: str, author: str
) -> None:
    body = f"<h1>Library shuts reading rooms after storm</h1>{shown}{_BODY}"
    page = read_input(str(_page(tmp_path, "<title>Library shuts reading rooms</title>", body)))
    assert page.author == author


def test_a_sentence_opening_with_by_is_no_byline(tmp_path: Path) -> None:
    body = (
        "<h1>Library shuts reading rooms after storm</h1>"
        "<p>By the time staff arrived, water had reached the shelves.</p>" + _BODY
    )
    page = read_input(str(_page(tmp_path, "<title>Library shuts reading rooms</title>", body)))
    assert page.author is None


@pytest.mark.parametrize("stated", ["Posted", "Published by", "Updated"])
def test_a_publishing_word_stated_as_the_author_is_no_name(tmp_path: Path, stated: str) -> None:
    head = f'<title>Library shuts reading rooms</title><meta name="author" content="{stated}">'
    page = read_input(str(_page(tmp_path, head, _BODY)))
    assert page.author is None


@pytest.mark.parametrize(
    ("stated", "author"),
    [
        ("Lorna Vey Sep", "Lorna Vey"),
        ("Lorna Vey Posted", "Lorna Vey"),
        ("Lorna Vey Tue.", "Lorna Vey"),
        ("Ivo May", "Ivo May"),
        ("Lorna March", "Lorna March"),
    ],
)
def test_a_date_lines_first_word_stuck_to_the_stated_author_goes(
    tmp_path: Path, stated: str, author: str
) -> None:
    head = f'<title>Library shuts reading rooms</title><meta name="author" content="{stated}">'
    page = read_input(str(_page(tmp_path, head, _BODY)))
    assert page.author == author


def test_a_social_title_with_plain_apostrophes_is_the_headline_as_the_page_shows_it(
    tmp_path: Path,
) -> None:
    head = '<meta property="og:title" content="Riders\' union says library\'s roof leaked">'
    body = "<h1>Riders’ union says library’s roof leaked</h1>" + _BODY
    assert read_input(str(_page(tmp_path, head, body))).title == (
        "Riders’ union says library’s roof leaked"
    )


def test_a_shortened_social_title_with_plain_apostrophes_gives_way_to_the_headline(
    tmp_path: Path,
) -> None:
    head = '<meta property="og:title" content="Library\'s rooms shut after storm">'
    body = "<h1>Library’s reading rooms shut after storm floods east wing</h1>" + _BODY
    assert read_input(str(_page(tmp_path, head, body))).title == (
        "Library’s reading rooms shut after storm floods east wing"
    )
    other = "<h1>Library’s café shut after storm</h1>" + _BODY
    assert read_input(str(_page(tmp_path, head, other))).title == "Library's rooms shut after storm"


def test_a_graphs_web_page_name_is_not_the_publisher(tmp_path: Path) -> None:
    headline = "Library shuts reading rooms after storm floods east wing"
    graph = (
        '<script type="application/ld+json">{"@context": "https://schema.org", "@graph": ['
        f'{{"@type": "WebPage", "@id": "https://echo.example/a", "name": "{headline}"}}, '
        '{"@type": "WebSite", "@id": "https://echo.example/#site", "name": "Alderford Echo"}, '
        f'{{"@type": "NewsArticle", "headline": "{headline}", '
        '"datePublished": "2026-03-02T09:00:00Z", '
        '"publisher": {"@type": "Organization", "name": "Alderford Echo"}}]}</script>'
    )
    head = f"<title>{headline} | Alderford Echo</title>{graph}"
    page = read_input(str(_page(tmp_path, head, _BODY)))
    assert (page.title, page.publisher) == (headline, "Alderford Echo")
