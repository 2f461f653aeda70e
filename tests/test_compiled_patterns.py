"""Compiled patterns kept beside the bytecode are what ``re.compile`` makes of their text."""

from __future__ import annotations

import _sre
import re
import re._compiler as sre_compile
import sys
from pathlib import Path

import pytest

from sorabrief.extract import compiled_patterns
from sorabrief.extract.first_char import with_first_char

TEXT = r"\b(?P<word>[a-z]+)\s+\d{2}(?i:st|nd)?"
CHECKED = r"\b(?:Monday|Friday)\s+(?P<day>\d+)"


def _fresh(monkeypatch: pytest.MonkeyPatch, folder: Path) -> None:
    """A process that has not read the files yet, writing bytecode."""
    monkeypatch.setattr(compiled_patterns, "_FOLDER", folder)
    monkeypatch.setattr(compiled_patterns, "_KEPT", {})
    monkeypatch.setattr(compiled_patterns, "_OPEN", [])
    monkeypatch.setattr(re, "_cache", {})
    monkeypatch.setattr(sys, "dont_write_bytecode", False)
    monkeypatch.setattr(sys, "pycache_prefix", None)


def _file(folder: Path, name: str = "patterns") -> Path:
    return folder / f"{name}.{sys.implementation.cache_tag}.{_sre.MAGIC}.marshal"


def test_a_kept_pattern_is_the_pattern_re_compiles(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    file = _file(tmp_path)
    _fresh(monkeypatch, tmp_path)
    with compiled_patterns.kept() as imported:
        first, checked = re.compile(TEXT), with_first_char(CHECKED)
        imported()
        re.compile(r"compiled after the rules")
    assert file.exists()
    assert b"compiled after the rules" not in file.read_bytes()
    _fresh(monkeypatch, tmp_path)
    with compiled_patterns.kept() as imported:
        again, checked_again = re.compile(TEXT), with_first_char(CHECKED)
        imported()
        assert not compiled_patterns._KEPT["patterns"].missed
    assert again is not first
    assert again == sre_compile.compile(TEXT) == first  # the same compiled code
    assert (again.groups, again.groupindex) == (first.groups, first.groupindex)
    assert checked_again == checked  # the same code, its first characters included
    assert checked.pattern == re.compile(checked.pattern).pattern
    assert checked_again.findall("on Friday 13 and Monday 2") == ["13", "2"]


def test_a_report_keeps_its_modules_patterns_in_a_file_of_their_own(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _fresh(monkeypatch, tmp_path)
    with compiled_patterns.kept("report", first_use=False) as imported:
        re.compile(r"compiled by the report's imports")
        with_first_char(CHECKED)
        imported()
        re.compile(r"compiled from the case")
        with compiled_patterns.kept() as rules_imported:
            re.compile(r"compiled by the rules")
            rules_imported()
            re.compile(r"compiled from the first article")
        with_first_char(r"\b(?:checked|later)\s+(?P<n>\d+)")
    report, rules = _file(tmp_path, "report").read_bytes(), _file(tmp_path).read_bytes()
    assert b"compiled by the report's imports" in report and b"Monday|Friday" in report
    assert b"compiled by the rules" in rules
    assert b"compiled by the rules" not in report and b"report's imports" not in rules
    for kept in (report, rules):
        assert b"compiled from the" not in kept and b"checked|later" not in kept
    _fresh(monkeypatch, tmp_path)
    with compiled_patterns.kept("report", first_use=False) as imported:
        assert (str, r"compiled by the report's imports", 0) in re._cache  # type: ignore[attr-defined]
        assert (str, r"compiled by the rules", 0) not in re._cache  # type: ignore[attr-defined]
        with_first_char(CHECKED)
        imported()
    assert not compiled_patterns._KEPT["report"].missed


def test_a_forked_process_reads_and_writes_the_file_itself(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _fresh(monkeypatch, tmp_path)
    # what a worker forked inside the parent's open block inherits: another process's block
    parent = compiled_patterns._Kept("patterns", pid=-1)
    parent.checked[CHECKED, 0] = ("the parent's checked pattern",)
    compiled_patterns._KEPT["patterns"] = parent
    compiled_patterns._OPEN.append(parent)
    with compiled_patterns.kept() as imported:
        re.compile(r"compiled by the worker's rules")
        imported()
        assert compiled_patterns.checked(CHECKED, 0) is None  # not the parent's
    kept = _file(tmp_path).read_bytes()
    assert b"compiled by the worker's rules" in kept
    assert b"the parent's checked pattern" not in kept


def test_a_damaged_file_is_ignored_and_written_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    file = _file(tmp_path)
    file.write_bytes(b"\x00not marshal")
    _fresh(monkeypatch, tmp_path)
    with compiled_patterns.kept() as imported:
        pattern = re.compile(TEXT)
        imported()
    assert pattern.fullmatch("june 12nd")
    assert file.read_bytes() != b"\x00not marshal"


def test_nothing_is_written_when_bytecode_is_not(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    file = _file(tmp_path)
    _fresh(monkeypatch, tmp_path)
    monkeypatch.setattr(sys, "dont_write_bytecode", True)
    with compiled_patterns.kept() as imported:
        re.compile(TEXT)
        imported()
    assert not file.exists()


def test_a_file_made_by_other_modules_or_another_python_is_not_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    file = _file(tmp_path)
    stamp = compiled_patterns._stamp
    _fresh(monkeypatch, tmp_path)
    monkeypatch.setattr(compiled_patterns, "_stamp", lambda: ["3.11.0", ("extract/x.py", 1, 1)])
    with compiled_patterns.kept() as imported:
        re.compile(TEXT)
        imported()
    _fresh(monkeypatch, tmp_path)
    monkeypatch.setattr(compiled_patterns, "_stamp", stamp)
    with compiled_patterns.kept() as imported:
        assert not re._cache  # type: ignore[attr-defined]  # nothing was read from the file
        re.compile(TEXT)
        imported()
    assert b"3.11.0" not in file.read_bytes()  # made anew, with this stamp


def test_nothing_is_kept_when_bytecode_goes_elsewhere(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    file = _file(tmp_path)
    _fresh(monkeypatch, tmp_path)
    monkeypatch.setattr(sys, "pycache_prefix", str(tmp_path / "elsewhere"))
    with compiled_patterns.kept() as imported:
        re.compile(TEXT)
        imported()
    assert not file.exists()
