"""The command line, run as a user runs it: a separate process with no stdin."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest

import sorabrief
from support import BUNDLED_CASE, replace_in, run_cli


def assert_one_line_error(result: subprocess.CompletedProcess[str], *, starts: str) -> str:
    """The single error line of a failed run; no traceback, nothing on stdout."""
    assert result.returncode == 1, result.stderr
    assert result.stdout == ""
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith(f"sorabrief: error: {starts}")
    return lines[0]


def test_report_writes_the_briefing_and_prints_its_path(tmp_path: Path) -> None:
    out = tmp_path / "out"
    result = run_cli("report", "--out", str(out), cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    written = out / "sora-leak-briefing.md"
    assert result.stdout == f"{written}\n"
    assert written.read_text(encoding="utf-8").startswith("# Artists leak access to OpenAI")
    assert [p.name for p in out.iterdir()] == ["sora-leak-briefing.md"]  # no temporary files left


def test_report_defaults_to_the_current_directory(tmp_path: Path) -> None:
    result = run_cli("report", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout == "sora-leak-briefing.md\n"
    assert (tmp_path / "sora-leak-briefing.md").is_file()


def test_report_of_a_case_folder(case_dir: Path, tmp_path: Path) -> None:
    result = run_cli("report", str(case_dir), "--out", str(tmp_path), cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "sora-leak-briefing.md").is_file()


def test_version(tmp_path: Path) -> None:
    result = run_cli("--version", cwd=tmp_path)
    assert result.returncode == 0
    assert re.fullmatch(r"sorabrief \S+\n", result.stdout)
    assert result.stdout == f"sorabrief {sorabrief.__version__}\n"


def test_nonexistent_case_folder(tmp_path: Path) -> None:
    missing = tmp_path / "no-such-case"
    result = run_cli("report", str(missing), cwd=tmp_path)
    line = assert_one_line_error(result, starts=str(missing))
    assert line.endswith("no such case folder; give a folder holding incident.yaml")


def test_broken_incident_yaml(case_dir: Path, tmp_path: Path) -> None:
    replace_in(case_dir / "incident.yaml", "aliases: [OpenAi, Open AI]", "aliases: OpenAI")
    result = run_cli("report", str(case_dir), "--out", str(tmp_path / "out"), cwd=tmp_path)
    line = assert_one_line_error(result, starts=f"{case_dir / 'incident.yaml'}:")
    assert line.endswith("parties[0].aliases: must be a list, such as [a, b]")
    assert not (tmp_path / "out").exists()


def test_broken_article(case_dir: Path, tmp_path: Path) -> None:
    replace_in(case_dir / "articles" / "001.md", "publisher:", "publsher:")
    result = run_cli("report", str(case_dir), cwd=tmp_path)
    assert_one_line_error(result, starts=str(case_dir / "articles" / "001.md"))


def test_unwritable_output_folder(tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    result = run_cli("report", "--out", str(blocker / "out"), cwd=tmp_path)
    line = assert_one_line_error(result, starts=str(blocker))
    assert "choose another --out" in line


@pytest.mark.parametrize("args", [(), ("--help",), ("report", "--help")])
def test_help(args: tuple[str, ...], tmp_path: Path) -> None:
    result = run_cli(*args, cwd=tmp_path)
    assert "Usage" in result.stdout
    assert "Traceback" not in result.stderr


def test_an_article_not_in_english_is_flagged_by_check_and_report(
    case_dir: Path, tmp_path: Path
) -> None:
    article = case_dir / "articles" / "002.md"
    replace_in(article, "---\n", "---\nlanguage: fr\n")
    warning = (
        "language 'fr': extraction reads English only, so quotations, speakers, figures and "
        "dates in this article are not found or may be misread; check them by hand or add an "
        "English version"
    )
    checked = run_cli("check", str(case_dir), cwd=tmp_path)
    assert f"warning: {article}:1: {warning}" in checked.stdout.splitlines()
    reported = run_cli("report", str(case_dir), "--out", str(tmp_path), cwd=tmp_path)
    assert reported.returncode == 0
    assert f"sorabrief: warning: {article}: {warning}" in reported.stderr.splitlines()
    english = run_cli("check", str(BUNDLED_CASE), cwd=tmp_path)
    assert "not-english" not in english.stdout and "English only" not in english.stdout


def test_report_in_process_leaves_the_garbage_collector_as_it_found_it(tmp_path: Path) -> None:
    import gc

    from typer.testing import CliRunner

    from sorabrief.cli import app

    result = CliRunner().invoke(app, ["report", "--out", str(tmp_path), "--no-cache"])
    assert result.exit_code == 0, result.output
    assert gc.get_freeze_count() == 0
