"""HTML pasted into an article is read as text; saved pages in articles/ are named, not ignored."""

from __future__ import annotations

import shutil
from pathlib import Path

import sorabrief
from sorabrief.casefile.markup import without_markup
from sorabrief.check import check_case
from support import BUNDLED_CASE, run_cli


def test_tags_go_entities_are_decoded_and_blocks_break_lines() -> None:
    body = "<p>Artists leaked <em>Sora</em> &amp; said &#8220;no&#8221;.</p><p>Then this.</p>"
    assert without_markup(body) == "\nArtists leaked Sora & said “no”.\n\nThen this.\n"
    assert without_markup("<div><script>track()</script><style>p{}</style>Kept</div>") == "\nKept\n"


def test_text_with_angle_brackets_but_no_tags_is_left_alone() -> None:
    for body in ("a < b and b > c", "I <3 it", "see <https://example.org>", "x &amp; y"):
        assert without_markup(body) == body


def test_html_pasted_into_a_markdown_article_never_shows_escaped(tmp_path: Path) -> None:
    case = tmp_path / "case"
    shutil.copytree(BUNDLED_CASE, case)
    article = case / "articles" / "002.md"
    text = article.read_text(encoding="utf-8")
    front, body = text.split("\n---\n", 1)
    lines = body.splitlines()
    article.write_text(
        front + "\n---\n" + "\n".join(f"<p>{line}</p>" for line in lines) + "\n", encoding="utf-8"
    )
    markdown = sorabrief.render_markdown(sorabrief.aggregate(sorabrief.load(case)))
    assert "<p>" not in markdown and "\\<p\\>" not in markdown and "&lt;p" not in markdown
    assert "[3]" in markdown.replace("\\", "")


def test_a_saved_page_in_articles_is_named_by_check_and_report(tmp_path: Path) -> None:
    case = tmp_path / "case"
    shutil.copytree(BUNDLED_CASE, case)
    (case / "articles" / "saved.html").write_text("<html><body><p>Page</p></body></html>")
    problems = [p for p in check_case(case).problems if p.code == "not-read"]
    assert len(problems) == 1 and "sorabrief add" in problems[0].message
    result = run_cli("report", str(case), "--out", "out", "--no-cache", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "saved.html: a saved web page is not read as an article" in result.stderr
