"""Compiled patterns kept beside the bytecode are what ``re.compile`` makes of their text."""

from __future__ import annotations

import re
import re._compiler as sre_compile
import sys
from pathlib import Path

import pytest

from sorabrief.extract import compiled_patterns
from sorabrief.extract.first_char import with_first_char

TEXT = r"\b(?P<word>[a-z]+)\s+\d{2}(?i:st|nd)?"
CHECKED = r"\b(?:Monday|Friday)\s+(?P<day>\d+)"


def _fresh(monkeypatch: pytest.MonkeyPatch, file: Path) -> None:
    """A process that has not read the file yet, writing bytecode."""
    monkeypatch.setattr(compiled_patterns, "_FILE", file)
    monkeypatch.setattr(compiled_patterns, "_state", {"pid": None, "missed": False, "open": False})
    monkeypatch.setattr(compiled_patterns, "_ADDED", [])
    monkeypatch.setattr(compiled_patterns, "_CHECKED", {})
    monkeypatch.setattr(compiled_patterns, "_REACH", {})
    monkeypatch.setattr(re, "_cache", {})
    monkeypatch.setattr(sys, "dont_write_bytecode", False)
    monkeypatch.setattr(sys, "pycache_prefix", None)


def test_a_kept_pattern_is_the_pattern_re_compiles(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    file = tmp_path / "patterns.marshal"
    _fresh(monkeypatch, file)
    with compiled_patterns.kept() as imported:
        first, checked = re.compile(TEXT), with_first_char(CHECKED)
        imported()
        re.compile(r"compiled after the rules")
    assert file.exists()
    assert b"compiled after the rules" not in file.read_bytes()
    _fresh(monkeypatch, file)
    with compiled_patterns.kept() as imported:
        again, checked_again = re.compile(TEXT), with_first_char(CHECKED)
        imported()
        assert not compiled_patterns._state["missed"]
    assert again is not first
    assert again == sre_compile.compile(TEXT) == first  # the same compiled code
    assert (again.groups, again.groupindex) == (first.groups, first.groupindex)
    assert checked_again == checked == re.compile(checked.pattern)
    assert checked_again.findall("on Friday 13 and Monday 2") == ["13", "2"]


def test_a_kept_block_inside_an_open_one_keeps_its_imports_and_leaves_the_file_to_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    file = tmp_path / "patterns.marshal"
    _fresh(monkeypatch, file)
    with compiled_patterns.kept() as imported:
        re.compile(r"compiled by the run's imports")
        imported()
        re.compile(r"compiled from the case")
        with compiled_patterns.kept() as rules_imported:
            re.compile(r"compiled by the rules")
            rules_imported()
            re.compile(r"compiled from the first article")
        assert not file.exists()  # written once, when the first block ends
    kept = file.read_bytes()
    assert b"compiled by the run's imports" in kept
    assert b"compiled by the rules" in kept
    assert b"compiled from the case" not in kept
    assert b"compiled from the first article" not in kept
    with compiled_patterns.kept() as imported:  # once the first block has ended: nothing
        re.compile(r"compiled by a later import")
        imported()
    assert file.read_bytes() == kept


def test_a_forked_process_reads_and_writes_the_file_itself(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    file = tmp_path / "patterns.marshal"
    _fresh(monkeypatch, file)
    # what a worker forked inside the parent's open block inherits: another process's state
    compiled_patterns._state.update(pid=-1, open=True)
    compiled_patterns._ADDED.append((str, "the parent's pattern", 0))
    with compiled_patterns.kept() as imported:
        re.compile(r"compiled by the worker's rules")
        imported()
    kept = file.read_bytes()
    assert b"compiled by the worker's rules" in kept
    assert b"the parent's pattern" not in kept


def test_a_damaged_file_is_ignored_and_written_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    file = tmp_path / "patterns.marshal"
    file.write_bytes(b"\x00not marshal")
    _fresh(monkeypatch, file)
    with compiled_patterns.kept() as imported:
        pattern = re.compile(TEXT)
        imported()
    assert pattern.fullmatch("june 12nd")
    assert file.read_bytes() != b"\x00not marshal"


def test_nothing_is_written_when_bytecode_is_not(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    file = tmp_path / "patterns.marshal"
    _fresh(monkeypatch, file)
    monkeypatch.setattr(sys, "dont_write_bytecode", True)
    with compiled_patterns.kept() as imported:
        re.compile(TEXT)
        imported()
    assert not file.exists()


def test_a_file_made_by_other_modules_or_another_python_is_not_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    file = tmp_path / "patterns.marshal"
    stamp = compiled_patterns._stamp
    _fresh(monkeypatch, file)
    monkeypatch.setattr(compiled_patterns, "_stamp", lambda: ["3.11.0", ("extract/x.py", 1, 1)])
    with compiled_patterns.kept() as imported:
        re.compile(TEXT)
        imported()
    _fresh(monkeypatch, file)
    monkeypatch.setattr(compiled_patterns, "_stamp", stamp)
    with compiled_patterns.kept() as imported:
        assert not re._cache  # type: ignore[attr-defined]  # nothing was read from the file
        re.compile(TEXT)
        imported()
    assert b"3.11.0" not in file.read_bytes()  # made anew, with this stamp


def test_nothing_is_kept_when_bytecode_goes_elsewhere(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    file = tmp_path / "patterns.marshal"
    _fresh(monkeypatch, file)
    monkeypatch.setattr(sys, "pycache_prefix", str(tmp_path / "elsewhere"))
    with compiled_patterns.kept() as imported:
        re.compile(TEXT)
        imported()
    assert not file.exists()
