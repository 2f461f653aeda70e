"""Bytes in and out: verbatim bodies, all-or-nothing writes, broken templates, linkify, one parse."""

from __future__ import annotations

import errno
import json
import os
from pathlib import Path

import jinja2
import pytest
from markdown_it import MarkdownIt

import sorabrief
from sorabrief import output
from sorabrief.errors import RenderError
from sorabrief.render import FORMATS

BODY_ENDINGS = {
    "LF": "Line one.\nOpenAI said on Tuesday that 20 artists left.\n",
    "CRLF": "Line one.\r\nOpenAI said on Tuesday that 20 artists left.\r\n",
    "CR": "Line one.\rOpenAI said on Tuesday that 20 artists left.\r",
    "mixed": "Line one.\r\nOpenAI said\ron Tuesday\nthat “20 artists left,” Felix said.\r\n\r\rEnd.",
}


@pytest.mark.parametrize("ending", BODY_ENDINGS)
def test_bodies_keep_their_line_endings_and_offsets_slice_the_file(
    case_dir: Path, ending: str
) -> None:
    front_matter = "---\r\ntitle: Endings\r\n---\r\n" if ending == "CRLF" else "---\ntitle: Endings\n---\n"  # fmt: skip
    raw = (front_matter + BODY_ENDINGS[ending]).encode("utf-8")
    (case_dir / "articles" / "endings.md").write_bytes(raw)
    case = sorabrief.load(case_dir)
    source = next(s for s in case.sources if s.id == "endings")
    stored = raw.decode("utf-8")
    assert source.body == BODY_ENDINGS[ending] == stored[len(front_matter) :]
    document = json.loads(sorabrief.render_json(sorabrief.aggregate(case)))
    (found,) = [s for s in document["sources"] if s["id"] == "endings"]
    spans = [*found["figures"], *found["dates"], *found["quotes"], *found["mentions"]]
    assert spans, found
    for span in spans:
        assert stored[len(front_matter) + span["start"] : len(front_matter) + span["end"]] == span["text"]  # fmt: skip


def test_a_body_line_counts_cr_crlf_and_lf_as_editors_do(case_dir: Path) -> None:
    (case_dir / "articles" / "endings.md").write_bytes(b"---\r\ntitle: x\r\n---\r\na\r\nb\rc\nd")
    source = next(s for s in sorabrief.load(case_dir).sources if s.id == "endings")
    assert source.body_line == 4
    assert [source.line_of(source.body.index(c)) for c in "abcd"] == [4, 5, 6, 7]


def staged_files(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".tmp"))


def test_writes_fsync_each_file_then_the_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:  # fmt: skip
    synced: list[str] = []
    real_fsync = os.fsync

    def fsync(handle: int) -> None:
        synced.append("folder" if os.path.isdir(f"/proc/self/fd/{handle}") else "file")
        real_fsync(handle)

    monkeypatch.setattr(os, "fsync", fsync)
    output.write_all({tmp_path / "a.md": "a", tmp_path / "a.json": "{}"})
    assert synced == ["file", "file", "folder"]
    assert (tmp_path / "a.md").read_text() == "a"
    assert staged_files(tmp_path) == []


def test_a_failure_while_staging_replaces_nothing_and_leaves_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "a.md").write_text("old")
    calls = []

    def full_disk(handle: int) -> None:
        calls.append(handle)
        if len(calls) == 2:
            raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", full_disk)
    with pytest.raises(RenderError, match=r"a.pdf: cannot write \(No space left on device\); no file was replaced"):  # fmt: skip
        output.write_all({tmp_path / "a.md": "new", tmp_path / "a.pdf": b"%PDF"})
    assert (tmp_path / "a.md").read_text() == "old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.md"]


def test_a_failure_while_renaming_says_what_was_replaced(tmp_path: Path) -> None:
    (tmp_path / "a.pdf").mkdir()
    (tmp_path / "a.pdf" / "blocker").write_text("x")
    with pytest.raises(RenderError, match=r"a.pdf: cannot write \(.*\); already replaced: .*a.md$"):
        output.write_all({tmp_path / "a.md": "new", tmp_path / "a.pdf": b"%PDF"})
    assert (tmp_path / "a.md").read_text() == "new"
    assert staged_files(tmp_path) == []


def test_stale_staged_files_of_dead_writers_are_removed_on_start(tmp_path: Path) -> None:
    dead = tmp_path / ".a.md.999999999-x1y2.tmp"  # no such process id
    live = tmp_path / f".a.md.{os.getppid()}-x1y2.tmp"  # a running process may still write it
    foreign = tmp_path / ".a.md.notes.tmp"  # not named as sorabrief names its files
    for path in (dead, live, foreign):
        path.write_text("partial")
    output.write_all({tmp_path / "a.md": "new"})
    assert staged_files(tmp_path) == sorted([live.name, foreign.name])


def test_a_user_template_that_is_not_utf8_or_unreadable_is_one_render_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    template = tmp_path / "briefing.md.j2"
    template.write_bytes(b"\xff\xfe{{ b.title }}")
    briefing = sorabrief.aggregate(sorabrief.load())
    with pytest.raises(RenderError, match=r"briefing.md.j2: not UTF-8 text"):
        FORMATS["markdown"].render(briefing, templates=tmp_path)

    def refuse(filename: str, *args: object, **options: object) -> None:
        raise PermissionError(errno.EACCES, "Permission denied", filename)

    template.write_text("{{ b.title }}", encoding="utf-8")
    monkeypatch.setattr(jinja2.loaders, "open", refuse, raising=False)  # as root, chmod cannot
    with pytest.raises(RenderError, match=r"briefing.md.j2: cannot read the template \(Permission denied\)"):  # fmt: skip
        FORMATS["markdown"].render(briefing, templates=tmp_path)


def test_a_bug_outside_user_templates_is_not_hidden(monkeypatch: pytest.MonkeyPatch) -> None:
    from sorabrief.render import view

    def broken(*_: object) -> str:
        raise ZeroDivisionError("a bug")

    monkeypatch.setattr(view, "day", broken)
    with pytest.raises(ZeroDivisionError):
        FORMATS["markdown"].render(sorabrief.aggregate(sorabrief.load()), templates=None)


@pytest.mark.parametrize(
    "text",
    [
        "evil.example.com",
        "see evil.com/x now",
        "EVIL.CO",
        "xn--80ak6aa92e.com",
        "пример.рф",
        "Í¹http://evil.example/x",
        "//127.0.0.1/x",
        "http://127.0.0.1",
        "//localhost:8080",
        "awww.evil.com",
        "xmailto:a@b.cd",
    ],
)
def test_domains_and_urls_never_become_links_in_a_linkify_renderer(text: str) -> None:
    from sorabrief.render.markdown_text import escape_markdown

    html = MarkdownIt("gfm-like").enable("linkify").render(escape_markdown(text))
    assert "<a " not in html, html


def test_check_reads_line_numbers_from_one_parse(
    case_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from sorabrief import check
    from sorabrief.casefile import incident, safe_yaml

    parses = []
    real = safe_yaml.parse_yaml

    def counted(text: str, **options: object) -> safe_yaml.YamlDocument:
        parses.append(len(text))
        return real(text, **options)  # type: ignore[arg-type]

    for module in (check, incident):
        monkeypatch.setattr(module, "parse_yaml", counted)
    report = check.check_case(case_dir)
    assert sum(p.line is not None for p in report.problems if p.file and p.file.endswith(".yaml")) >= 5  # fmt: skip
    assert len(parses) == 2  # one to load the case, one for every line number


def test_terminal_text_escapes_controls_and_separators_and_json_stays_equal() -> None:
    from sorabrief.display import printable, shown_path, terminal_json

    hostile = "a\x1b[31mb\x07c\rd\u2028e\u202ef\x9bg\x7fh"
    assert printable(hostile) == "a\\x1b[31mb\\x07c\\x0dd\\u2028e\\u202ef\\x9bg\\x7fh"
    assert shown_path("cases/my-case/incident.yaml") == "cases/my-case/incident.yaml"
    assert shown_path("my case/it's\n.md") == "'my case/it\\'s\\x0a.md'"
    document = json.dumps({"text": hostile}, ensure_ascii=False)
    assert json.loads(terminal_json(document)) == {"text": hostile}
    assert not any(c in terminal_json(document) for c in "\x1b\x07\r\u2028\u202e\x9b\x7f")
