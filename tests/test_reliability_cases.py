"""Hostile case folders, as a user's command line meets them: one line and exit 1, or it works.

Each test is a case from the hardening review: YAML bombs, deep nesting, wrong types,
duplicate keys, huge files, slow cues, long paths, bad options and terminal injection.
Every run must finish within 10 s.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from support import replace_in, run_cli

# Seconds before a hostile case counts as hung, start-up included (a loaded machine is slow).
LIMIT = 60
BOMB = (
    '&a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]',
    *(f"&{b} [*{a},*{a},*{a},*{a},*{a},*{a},*{a},*{a},*{a}]" for a, b in zip("abcdefgh", "bcdefghi", strict=True)),
)  # fmt: skip
"""A 'billion laughs' value: nine levels of nine aliases, about 300 bytes, 387 million leaves."""


def bomb_lines(key: str, indent: str = "") -> str:
    """``key`` holding the bomb, as block YAML: the anchors first, the last alias as the value."""
    anchors = "".join(f"{indent}_{n}: {value}\n" for n, value in enumerate(BOMB))
    return f"{anchors}{indent}{key}: *i"


def one_line_error(result: subprocess.CompletedProcess[str], *contains: str) -> str:
    assert result.returncode == 1, (result.stdout, result.stderr)
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("sorabrief: error: "), lines[0]
    for text in contains:
        assert text in lines[0], lines[0]
    return lines[0]


def check(case: Path, *options: str) -> subprocess.CompletedProcess[str]:
    return run_cli("report", str(case), "--out", str(case.parent / "out"), *options, cwd=case.parent, timeout=LIMIT)  # fmt: skip


def set_front_matter(article: Path, front_matter: str) -> None:
    body = article.read_text(encoding="utf-8").split("---\n", 2)[2]
    article.write_text(f"---\n{front_matter}\n---\n{body}", encoding="utf-8")


@pytest.mark.parametrize(
    ("old", "key"),
    [
        ('title: "Artists leak access to OpenAI\'s Sora in protest"', "title"),
        ("statement: OpenAI relied on hundreds", "statement"),
    ],
)
def test_an_alias_bomb_in_incident_yaml_is_refused(case_dir: Path, old: str, key: str) -> None:
    incident = case_dir / "incident.yaml"
    text = incident.read_text(encoding="utf-8")
    line = next(x for x in text.splitlines() if old in x)
    indent = line[: len(line) - len(line.lstrip())]
    if key == "statement":  # inside a claim, only the last alias goes in; anchors stay on top
        text = text.replace(line, f"{indent}{key}: *i", 1)
        text = text.replace("parties:", "\n".join(bomb_lines("_bomb").splitlines()[:-1]) + "\nparties:", 1)  # fmt: skip
    else:
        text = text.replace(line, bomb_lines(key, indent), 1)
    incident.write_text(text, encoding="utf-8")
    one_line_error(check(case_dir), "incident.yaml:", "aliases expand to far more than the file holds")  # fmt: skip


@pytest.mark.parametrize("key", ["published", "kind", "title"])
def test_an_alias_bomb_in_front_matter_is_refused(case_dir: Path, key: str) -> None:
    article = case_dir / "articles" / "001.md"
    set_front_matter(article, bomb_lines(key))
    one_line_error(check(case_dir), "001.md:", "aliases expand")


@pytest.mark.parametrize("where", ["incident", "front matter"])
def test_deep_nesting_is_refused(case_dir: Path, where: str) -> None:
    deep = "x: " + "[" * 600 + "]" * 600
    if where == "incident":
        (case_dir / "incident.yaml").write_text(deep, encoding="utf-8")
    else:
        set_front_matter(case_dir / "articles" / "000.md", deep)
    one_line_error(check(case_dir), "nested more than 50 levels deep")


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        (
            "statement: OpenAI relied on hundreds of early-access artists for unpaid bug testing, feedback and experimental work.",
            "statement: {a: b}",
            "claims[0].statement: must be text",
        ),
        ("id: sora-leak", "id:", "id: is empty; write a value"),
        ("role: OpenAI spokesperson", "role: [a, b]", "parties[2].role: must be text"),
        (
            "    kind: person\n    role: OpenAI",
            "    kind: [person]\n    role: OpenAI",
            "parties[2].kind: must be text",
        ),
        ("quantity: duration", "quantity: {a: 1}", ".quantity: must be text"),
    ],
)
def test_text_fields_refuse_lists_maps_and_null(case_dir: Path, old: str, new: str, message: str) -> None:  # fmt: skip
    replace_in(case_dir / "incident.yaml", old, new)
    one_line_error(check(case_dir), message)


def test_front_matter_text_fields_refuse_lists_and_maps(case_dir: Path) -> None:
    replace_in(case_dir / "articles" / "001.md", "published: 2024-12-06", "published: {a: b}")
    one_line_error(check(case_dir), "001.md:3: front matter: published must be text")


def test_duplicate_keys_name_both_lines(case_dir: Path) -> None:
    incident = case_dir / "incident.yaml"
    replace_in(incident, "    role: OpenAI spokesperson\n", "    role: OpenAI spokesperson\n    role: spokesperson\n")  # fmt: skip
    lines = incident.read_text(encoding="utf-8").splitlines()
    first = lines.index("    role: OpenAI spokesperson") + 1
    one_line_error(check(case_dir), f"incident.yaml:{first + 1}: key 'role' appears twice, on lines {first} and {first + 1}")  # fmt: skip


def test_duplicate_front_matter_keys_name_both_lines(case_dir: Path) -> None:
    set_front_matter(case_dir / "articles" / "001.md", "publisher: eWEEK\nkind: news\npublisher: Other")  # fmt: skip
    one_line_error(check(case_dir), "001.md:4: front matter: key 'publisher' appears twice, on lines 2 and 4")  # fmt: skip


def test_a_huge_incident_yaml_is_refused(case_dir: Path) -> None:
    incident = case_dir / "incident.yaml"
    incident.write_text(incident.read_text(encoding="utf-8") + "#" * 5_100_000 + "\n", encoding="utf-8")  # fmt: skip
    one_line_error(check(case_dir), "incident.yaml: larger than the 5 MB limit; raise it with --max-incident-mb")  # fmt: skip


def test_the_size_limits_can_be_raised(case_dir: Path) -> None:
    incident = case_dir / "incident.yaml"
    incident.write_text(incident.read_text(encoding="utf-8") + "#" * 60_000 + "\n", encoding="utf-8")  # fmt: skip
    one_line_error(check(case_dir, "--max-incident-mb", "0.05"), "larger than the 0.05 MB limit")
    one_line_error(check(case_dir, "--max-incident-mb", "0.1", "--max-article-mb", "0.003"), "larger than the 0.003 MB limit")  # fmt: skip
    assert check(case_dir, "--max-incident-mb", "0.1", "--max-article-mb", "0.004").returncode == 0


def test_a_huge_article_is_refused(case_dir: Path) -> None:
    article = case_dir / "articles" / "004.md"
    with article.open("a", encoding="utf-8") as stream:
        stream.write("word " * 4_100_000)
    one_line_error(check(case_dir), "004.md: larger than the 20 MB limit; raise it with --max-article-mb")  # fmt: skip


def test_a_case_path_too_long_for_the_system(tmp_path: Path) -> None:
    result = run_cli("report", "x" * 5000, cwd=tmp_path, timeout=LIMIT)
    one_line_error(result, "File name too long")


def test_articles_that_are_not_a_folder(case_dir: Path) -> None:
    for article in (case_dir / "articles").iterdir():
        article.unlink()
    (case_dir / "articles").rmdir()
    (case_dir / "articles").write_text("not a folder", encoding="utf-8")
    one_line_error(check(case_dir), "articles: cannot be read (Not a directory)")


def test_a_slow_cue_is_stopped_naming_the_claim_and_the_cue(case_dir: Path) -> None:
    replace_in(case_dir / "incident.yaml", r"cues: ['\bvoluntary\b'", r"cues: ['(a|a)+$'")
    article = case_dir / "articles" / "000.md"
    article.write_text(article.read_text(encoding="utf-8") + "\n" + "a" * 40 + "!\n", encoding="utf-8")  # fmt: skip
    one_line_error(check(case_dir), "incident.yaml: claim 'voluntary' cues[0] '(a|a)+$', on article 000: stopped after 1 s")  # fmt: skip


def test_the_nested_repeat_of_the_review_finishes_at_once(case_dir: Path) -> None:
    replace_in(case_dir / "incident.yaml", r"cues: ['\bvoluntary\b'", r"cues: ['\bvoluntary\b', '(a+)+$'")  # fmt: skip
    article = case_dir / "articles" / "000.md"
    article.write_text(article.read_text(encoding="utf-8") + "\n" + "a" * 30 + "!\n", encoding="utf-8")  # fmt: skip
    assert check(case_dir).returncode == 0


def test_a_cue_with_huge_counted_repeats_is_refused_when_read(case_dir: Path) -> None:
    replace_in(case_dir / "incident.yaml", r"cues: ['\bvoluntary\b'", r"cues: ['((a{1000}){1000}){1000}'")  # fmt: skip
    one_line_error(check(case_dir), "cues[0]: its counted repeats expand to")


@pytest.mark.parametrize(
    "args",
    [
        ("report", "--jobs", "0"),
        ("report", "--paper", "a5"),
        ("check", "--no-such-option"),
        ("no-such-command",),
        ("report", "a", "b"),
    ],
)
def test_usage_errors_are_one_line(tmp_path: Path, args: tuple[str, ...]) -> None:
    result = run_cli(*args, cwd=tmp_path, timeout=LIMIT)
    one_line_error(result, "--help")
    assert result.stdout == ""


def test_control_characters_in_article_text_reach_the_terminal_escaped(case_dir: Path) -> None:
    article = case_dir / "articles" / "000.md"
    hostile = "OpenAI said on Tuesday \x1b]0;pwned\x07 and \x1b[2J that 20 artists\u2028sorabrief: error: forged\r."  # fmt: skip
    article.write_text(article.read_text(encoding="utf-8") + f"\n{hostile}\n", encoding="utf-8")
    replace_in(case_dir / "articles" / "004.md", 'publisher: "The Hindu"', 'publisher: "The \\e[31mHindu\\u2028x"')  # fmt: skip
    for command in ("check", "sources"):
        result = run_cli(command, str(case_dir), cwd=case_dir.parent, timeout=LIMIT)
        for text in (result.stdout, result.stderr):
            assert not any(c in text for c in "\x1b\x07\r\u2028"), text
        assert "\\x1b[31mHindu" in result.stdout
    assert "\\x1b]0;pwned\\x07" in run_cli("check", str(case_dir), cwd=case_dir.parent).stdout


def test_a_newline_in_a_file_name_cannot_forge_a_second_line(case_dir: Path) -> None:
    evil = case_dir / "articles" / "x\nsorabrief: error: forged\x1b[0m.md"
    evil.write_text("no front matter\n", encoding="utf-8")
    line = one_line_error(check(case_dir), "'")
    assert "x\\x0asorabrief: error: forged\\x1b[0m.md': no front matter" in line


def test_line_separators_in_an_error_message_are_escaped(case_dir: Path) -> None:
    replace_in(case_dir / "articles" / "001.md", "kind: news", 'kind: "news\\u2028\\rsorabrief: ok"')  # fmt: skip
    line = one_line_error(check(case_dir), "kind: 'news\\u2028\\x0dsorabrief: ok' is not one of")
    assert "\r" not in line


@pytest.mark.parametrize("target", ["/etc/passwd", "outside.md"])
def test_an_article_linking_outside_the_case_is_refused(case_dir: Path, target: str) -> None:
    outside = case_dir.parent / "outside.md"
    outside.write_text("---\ntitle: outside\n---\nOpenAI said so.\n", encoding="utf-8")
    (case_dir / "articles" / "x.md").symlink_to(outside if target == "outside.md" else target)
    one_line_error(check(case_dir), "x.md: links to", "outside the case folder")


def test_a_link_inside_the_case_is_followed(case_dir: Path) -> None:
    (case_dir / "drafts").mkdir()
    (case_dir / "articles" / "004.md").rename(case_dir / "drafts" / "004.md")
    (case_dir / "articles" / "004.md").symlink_to(case_dir / "drafts" / "004.md")
    assert check(case_dir).returncode == 0
