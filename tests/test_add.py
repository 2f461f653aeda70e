"""`sorabrief add`: saved pages, text files and local web addresses into a case folder."""

from __future__ import annotations

import functools
import http.server
import shutil
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from sorabrief.casefile import load_case
from sorabrief.casefile.articles import read_article
from sorabrief.intake import IntakeError, add_article, slug
from support import BUNDLED_CASE, REPO, run_cli

PAGES = REPO / "tests" / "data" / "pages"
COURIER = PAGES / "northport-courier.html"
COURIER_URL = "https://www.northportcourier.example/news/2025/03/10/ferry-ticket-outage"


def _article(case: Path, added: Path) -> tuple[dict[str, object], str]:
    source = read_article(added, case, 20)
    fields = {k: getattr(source, k) for k in ("title", "publisher", "url", "author")}
    fields["published"] = source.published.isoformat() if source.published else None
    return fields, source.body


def test_a_saved_page_gives_its_metadata_and_main_text_only(tmp_path: Path) -> None:
    added = add_article(str(COURIER), tmp_path)
    fields, body = _article(tmp_path, added.article)
    assert fields == {
        "title": "Ferry ticket system outage strands thousands of commuters",
        "publisher": "Northport Courier",
        "url": COURIER_URL,
        "author": "Imogen Castellano",
        "published": "2025-03-10",
    }
    assert body.startswith("Thousands of commuters were left stranded")
    assert "by the end of the month." in body
    for noise in ("cookies", "Advertisement", "Sign up", "Related stories", "All rights reserved"):
        assert noise not in body
    assert added.article == tmp_path / "articles" / f"{slug(str(fields['title']))}.md"
    assert added.original.read_bytes() == COURIER.read_bytes()
    assert added.original.parent == tmp_path / "articles" / "raw"


def test_what_a_page_does_not_state_is_left_out_and_listed(tmp_path: Path) -> None:
    added = add_article(str(PAGES / "ferry-forum-post.html"), tmp_path)
    assert added.page.missing() == ["publisher", "published", "url", "author"]
    fields, _ = _article(tmp_path, added.article)
    assert fields == {
        "title": "Ferry chaos this morning?",
        "publisher": None,
        "url": None,
        "author": None,
        "published": None,
    }


def test_a_page_in_another_encoding_is_decoded(tmp_path: Path) -> None:
    raw = (PAGES / "harbour-wire-copy.html").read_bytes()
    page = tmp_path / "cp1252.html"
    page.write_bytes(raw.replace(b"Eastbay parish", "Eastbay parish caf\u00e9".encode("cp1252")))
    added = add_article(str(page), tmp_path / "case")
    fields, body = _article(tmp_path / "case", added.article)
    assert "Eastbay parish café" in body
    assert fields["publisher"] == "Harbour Wire" and fields["published"] == "2025-03-11"


def test_a_text_file_in_latin_1_is_read_and_written_as_utf8(tmp_path: Path) -> None:
    text = tmp_path / "notes.txt"
    text.write_bytes(
        "Tidewater Ferries said the fault was fixed at 10.20am. Passengers queued at the "
        "terminal café for two hours, and the operator promised refunds to everyone whose "
        "crossing was cancelled that morning.\n".encode("latin-1")
    )
    added = add_article(str(text), tmp_path / "case")
    assert "terminal café" in added.article.read_text(encoding="utf-8")
    assert added.original == tmp_path / "case" / "articles" / "raw" / "notes.txt"
    assert added.page.missing() == ["title", "publisher", "published", "url", "author"]


def test_a_markdown_file_keeps_its_front_matter_or_gives_its_heading_as_title(
    tmp_path: Path,
) -> None:
    bundled = BUNDLED_CASE / "articles" / "002.md"
    kept = add_article(str(bundled), tmp_path)
    assert kept.article.read_bytes() == bundled.read_bytes()
    heading = tmp_path / "heading.md"
    heading.write_text("# Ferry refunds promised\n\nThe operator said refunds would follow.\n")
    added = add_article(str(heading), tmp_path)
    assert added.page.title == "Ferry refunds promised"


def test_an_exact_duplicate_is_refused_by_url_or_by_text(tmp_path: Path) -> None:
    add_article(str(COURIER), tmp_path)
    with pytest.raises(IntakeError, match=r"already in the case as .*\(same URL\)"):
        add_article(str(COURIER), tmp_path)
    stripped = tmp_path / "no-url.html"
    html = COURIER.read_text(encoding="utf-8")
    stripped.write_text(html.replace(COURIER_URL, "").replace("https://www.", ""))
    with pytest.raises(IntakeError, match=r"\(same text\)"):
        add_article(str(stripped), tmp_path)
    assert len(list((tmp_path / "articles").glob("*.md"))) == 1


def test_another_outlets_copy_naming_the_original_as_canonical_is_added(
    tmp_path: Path,
) -> None:
    add_article(str(COURIER), tmp_path)
    copy = tmp_path / "copy.html"
    copy.write_text(
        COURIER.read_text(encoding="utf-8")
        .replace("Northport Courier", "Lakeside Bulletin")
        .replace("by the end of the month.", "by the end of the month. It first ran elsewhere.")
    )
    added = add_article(str(copy), tmp_path)
    fields, _ = _article(tmp_path, added.article)
    assert (fields["url"], fields["publisher"]) == (COURIER_URL, "Lakeside Bulletin")
    assert len(list((tmp_path / "articles").glob("*.md"))) == 2


def test_two_articles_with_one_title_get_different_files(tmp_path: Path) -> None:
    first = tmp_path / "a.md"
    second = tmp_path / "b.md"
    first.write_text("# Same headline\n\nOne outlet's text about the ferry outage.\n")
    second.write_text("# Same headline\n\nAnother outlet's text about the ferry outage.\n")
    names = [add_article(str(p), tmp_path / "case").article.name for p in (first, second)]
    assert names == ["same-headline.md", "same-headline-2.md"]


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("page.pdf", "not an article sorabrief can read"),
        ("empty.txt", "the file is empty"),
        ("blank.html", "no article text found"),
    ],
)
def test_inputs_that_are_not_articles_give_one_line(
    tmp_path: Path, name: str, message: str
) -> None:
    path = tmp_path / name
    path.write_text(
        "<html><body><script>x()</script></body></html>" if name == "blank.html" else ""
    )
    with pytest.raises(IntakeError, match=message):
        add_article(str(path), tmp_path / "case")


def test_without_trafilatura_html_says_which_extra_to_install(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "trafilatura", None)
    with pytest.raises(IntakeError, match=r'pip install "sorabrief\[html\]"'):
        add_article(str(COURIER), tmp_path)


@pytest.fixture
def server() -> Iterator[str]:
    """The test pages over HTTP on a local port, in a thread."""
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(PAGES))
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}"
    finally:
        httpd.shutdown()
        httpd.server_close()


def test_a_url_is_fetched_and_stamped_retrieved(tmp_path: Path, server: str) -> None:
    with pytest.raises(IntakeError, match="--allow-private"):
        add_article(f"{server}/northport-courier.html", tmp_path)
    added = add_article(f"{server}/northport-courier.html", tmp_path, private_addresses=True)
    source = read_article(added.article, tmp_path, 20)
    assert source.title == "Ferry ticket system outage strands thousands of commuters"
    assert source.url == COURIER_URL and source.retrieved is not None
    assert added.original.read_bytes() == COURIER.read_bytes()
    with pytest.raises(IntakeError, match=r"server answered 404|could not be fetched"):
        add_article(f"{server}/missing.html", tmp_path, private_addresses=True)


def test_the_command_prints_what_it_found_and_refuses_a_duplicate(tmp_path: Path) -> None:
    result = run_cli(
        "add", str(COURIER), str(PAGES / "ferry-forum-post.html"), "--case", "c", cwd=tmp_path
    )
    assert result.returncode == 0, result.stderr
    assert "  publisher: Northport Courier" in result.stdout
    assert "  not stated, left out: publisher, published, url, author;" in result.stdout
    again = run_cli("add", str(COURIER), "--case", "c", cwd=tmp_path)
    assert again.returncode == 1
    assert again.stderr.count("\n") == 1 and "(same URL)" in again.stderr


def test_the_case_reads_added_articles_and_ignores_the_originals(tmp_path: Path) -> None:
    case = tmp_path / "case"
    shutil.copytree(BUNDLED_CASE, case)
    for page in sorted(PAGES.glob("*.html")):
        add_article(str(page), case)
    loaded = load_case(case)
    assert len(loaded.sources) == 8
    assert not any("raw" in str(s.path.relative_to(case).parent) for s in loaded.sources if s.path)
