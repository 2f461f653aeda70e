"""What ``check`` says about syndicated copies: one note per copy, naming both files."""

from __future__ import annotations

from sorabrief.briefing import Briefing
from sorabrief.display import shown_path


def copy_notes(briefing: Briefing) -> list[tuple[str, str]]:
    """(file of the copy, message) for every article that copies another."""
    notes = []
    for report in briefing.sources:
        if report.copy_of is None:
            continue
        original = briefing.source_report(report.copy_of).source
        copy = report.source
        notes.append(
            (
                str(copy.path or copy.id),
                f"a syndicated copy of {shown_path(original.path or original.id)} ({original.outlet}); "
                f"counted as one report with it",
            )
        )
    return notes
