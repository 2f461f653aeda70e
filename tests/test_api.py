"""The Python API: load, aggregate, render_markdown; and ``import sorabrief`` stays light."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

import sorabrief
from sorabrief.aggregation import aggregate
from sorabrief.model import Case
from support import SRC


def run_python(code: str) -> subprocess.CompletedProcess[str]:
    """Run ``code`` in a fresh interpreter that imports this tree's sorabrief."""
    return subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)],
        env={**os.environ, "PYTHONPATH": str(SRC)},
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_the_documented_usage_in_a_fresh_interpreter() -> None:
    result = run_python(
        """
        import sorabrief
        case = sorabrief.load()
        briefing = sorabrief.aggregate(case)
        assert sorabrief.aggregate(case) == briefing  # the name stays the function
        markdown = sorabrief.render_markdown(briefing)
        print(type(case).__name__, type(briefing).__name__, markdown.splitlines()[0])
        """
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout == "Case Briefing # Artists leak access to OpenAI’s Sora in protest\n"


def test_aggregate_after_its_subpackage_was_imported() -> None:
    result = run_python(
        """
        import sorabrief.aggregation.link
        import sorabrief
        sorabrief.aggregate(sorabrief.load())
        """
    )
    assert result.returncode == 0, result.stderr


def test_import_sorabrief_stays_light() -> None:
    heavy = ("weasyprint", "jinja2", "cattrs", "typer", "yaml", "rapidfuzz")
    result = run_python(
        f"""
        import sys, sorabrief
        loaded = [m for m in {heavy!r} if m in sys.modules]
        assert not loaded, loaded
        """
    )
    assert result.returncode == 0, result.stderr


def test_a_markdown_report_loads_only_what_it_uses() -> None:
    unused = ("importlib.metadata", "concurrent.futures", "logging", "weasyprint")
    result = run_python(
        f"""
        import sys, sorabrief
        sorabrief.__version__
        sorabrief.render_markdown(sorabrief.aggregate(sorabrief.load()))
        loaded = [m for m in {unused!r} if m in sys.modules]
        assert not loaded, loaded
        """
    )
    assert result.returncode == 0, result.stderr


def test_load_takes_a_path(case_dir: Path) -> None:
    bundled = sorabrief.load()
    assert isinstance(bundled, Case)
    assert sorabrief.load(case_dir) == bundled
    assert sorabrief.load(str(case_dir)) == bundled


def test_the_same_case_renders_the_same_markdown() -> None:
    first = sorabrief.render_markdown(aggregate(sorabrief.load()))
    second = sorabrief.render_markdown(aggregate(sorabrief.load()))
    assert first == second


def test_errors_share_one_base() -> None:
    with pytest.raises(sorabrief.SorabriefError):
        sorabrief.load("no/such/case")


def test_unknown_attribute() -> None:
    with pytest.raises(AttributeError, match="no attribute 'render_pdf_now'"):
        _ = sorabrief.render_pdf_now  # type: ignore[attr-defined]
