"""The README tells the truth: its test command is what CI runs, its excerpt is real output."""

from __future__ import annotations

import re

import sorabrief
from sorabrief.aggregation import aggregate
from support import REPO

README = (REPO / "README.md").read_text(encoding="utf-8")


def fenced_blocks(language: str) -> list[str]:
    return re.findall(rf"^```{language}\n(.*?)^```$", README, re.M | re.S)


def test_quick_start_has_two_commands_and_ci_runs_the_test_command() -> None:
    quick_start = README.split("## Quick start", 1)[1].split("\n## ", 1)[0]
    commands = [block.strip() for block in re.findall(r"```sh\n(.*?)```", quick_start, re.S)]
    assert len(commands) == 2, commands
    ci = (REPO / ".ci" / "run").read_text(encoding="utf-8")
    assert commands[1] in ci, f"`.ci/run` does not run the README's test command {commands[1]!r}"


def test_the_excerpt_is_real_output() -> None:
    (excerpt,) = fenced_blocks("markdown")
    rendered = sorabrief.render_markdown(aggregate(sorabrief.load())).splitlines()
    for line in excerpt.splitlines():
        assert not line or line in rendered, (
            f"README.md shows a line the briefing no longer has; paste current output:\n{line}"
        )
