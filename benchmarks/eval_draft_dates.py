"""How often the timeline of a drafted briefing gives an event the date its truth states.

Run: python benchmarks/eval_draft_dates.py [PAGES_DIR ...] [--details]

Each PAGES_DIR holds saved pages and a truth.yaml (there or in its parent folder) that
describes the incident (``incident: {facts}``, as ``eval_draft.py`` reads it). The pages
are drafted into a temporary case and aggregated into a briefing; then:

- for each fact of kind "dated event" covered by a drafted event claim (``eval_draft``'s
  test), whether the timeline's date for that claim is the date the fact states in prose
  ("on Wednesday 11 March 2026"): right (the same day), coarse (a month or year holding
  it), absent (no date), or wrong; a fact covered by several event claims counts once,
  by its best-dated claim;
- timeline rows with a date that no truth fact supports (wrong dates): when the row's
  claim covers facts that state dates (of any kind), a date none of them states (a day,
  or a month or year holding none of theirs); otherwise a date no fact states at all; and,
  of the dated-event facts above, rows whose claim covers one but gives another date.
  Truth facts state days ("11 March 2026", "19 and 20 November"), months ("in January",
  "March 2025") and years ("in 2016"); a row dated by a true date the truth does not
  mention counts as wrong, so this count is an upper bound.

With several folders, a total line follows. With no folder, every set under
tests/heldout is run.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import re
import tempfile
from pathlib import Path
from typing import Any

import yaml
from eval_draft import _covers

from sorabrief.aggregation import aggregate
from sorabrief.casefile import load_case
from sorabrief.draft import draft_case
from sorabrief.model import ClaimKind
from sorabrief.partial_date import PartialDate

ROOT = Path(__file__).resolve().parents[1]
_MONTHS = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
]
_DAY_MONTH = re.compile(
    r"(?i)\b(?:(\d{1,2})\s*(?:and|-|–|to)\s*)?(\d{1,2})(?:st|nd|rd|th)?\s+("
    + "|".join(_MONTHS)
    + r")\b(?:,?\s+(\d{4}))?"
)
_MONTH_DAY = re.compile(r"(?i)\b(" + "|".join(_MONTHS) + r")\s+(\d{1,2})\b(?:,?\s+(\d{4}))?")
_MONTH_YEAR = re.compile(r"(?i)\b(" + "|".join(_MONTHS) + r")\s+(\d{4})\b")
_MONTH = re.compile(r"\b(" + "|".join(m.title() for m in _MONTHS) + r")\b")
_YEAR = re.compile(r"\b((?:19|20)\d\d)\b(?![-–/]\d)")


def stated_dates(text: str, year: int) -> list[PartialDate]:
    """The absolute dates a truth fact states: days (a missing year is ``year``), then
    months named with a year but no day."""
    found: list[PartialDate] = []
    taken: list[tuple[int, int]] = []
    for match in _DAY_MONTH.finditer(text):
        month = _MONTHS.index(match[3].lower()) + 1
        for day in filter(None, (match[1], match[2])):
            found.append(PartialDate(int(match[4] or year), month, int(day)))
        taken.append(match.span())
    for match in _MONTH_DAY.finditer(text):
        if any(a <= match.start() < b for a, b in taken):
            continue
        month = _MONTHS.index(match[1].lower()) + 1
        found.append(PartialDate(int(match[3] or year), month, int(match[2])))
        taken.append(match.span())
    for match in _MONTH_YEAR.finditer(text):
        if any(a <= match.start() < b for a, b in taken):
            continue
        found.append(PartialDate(int(match[2]), _MONTHS.index(match[1].lower()) + 1))
        taken.append(match.span())
    for match in _MONTH.finditer(text):
        if not any(a <= match.start() < b for a, b in taken):
            found.append(PartialDate(year, _MONTHS.index(match[1].lower()) + 1))
    for match in _YEAR.finditer(text):
        if not any(a <= match.start() < b for a, b in taken):
            found.append(PartialDate(int(match[1])))
    return found


def _verdict(date: PartialDate | None, wanted: list[PartialDate]) -> str:
    if date is None:
        return "absent"
    if date in wanted:
        return "right"
    if any(date.first_day <= w.first_day and w.last_day <= date.last_day for w in wanted):
        return "coarse"
    return "wrong"


def _iso(date: PartialDate | None) -> str:
    """A row's date as written in the details, "-" when it has none."""
    return date.isoformat() if date else "-"


def _supported(date: PartialDate, truth: list[PartialDate]) -> bool:
    """Whether some truth fact states this date (a day), or a date inside it (a month, a year)."""
    return any(date.first_day <= t.first_day and t.last_day <= date.last_day for t in truth)


def incident_facts(pages: Path) -> list[dict[str, Any]] | None:
    """The facts of the page set's incident truth, None when it has none (no truth.yaml,
    or one in the older ``facts: [{match}]`` form, which has no dated-event kind)."""
    found = [d / "truth.yaml" for d in (pages, pages.parent)]
    truth_file = next((f for f in found if f.is_file()), None)
    if truth_file is None:
        return None
    truth: dict[str, Any] = yaml.safe_load(truth_file.read_text(encoding="utf-8"))
    incident = truth.get("incident")
    return list(incident["facts"]) if isinstance(incident, dict) else None


def evaluate(pages: Path, facts: list[dict[str, Any]], details: bool) -> dict[str, int]:
    """The counts for one page set."""
    years = [int(y) for f in facts for y in re.findall(r"\b(20\d\d)\b", f["fact"])]
    year = max(set(years), key=years.count) if years else 2026
    with tempfile.TemporaryDirectory() as temporary:
        out = Path(temporary) / "case"
        with contextlib.redirect_stdout(io.StringIO()):
            draft_case([str(p) for p in sorted(pages.glob("*.html"))], out)
        case = load_case(out)
        briefing = aggregate(case)
    rows = {t.claim: t for t in briefing.timeline}
    events = [c for c in case.claims if c.kind == ClaimKind.EVENT and c.id in rows]
    every_date = [d for f in facts for d in stated_dates(f["fact"], year)]
    counts = dict.fromkeys(("dated facts", "covered", "right", "coarse", "absent", "wrong"), 0)
    counts.update({"rows": len(rows), "dated rows": 0, "unsupported rows": 0, "mismatched rows": 0})
    order = ("right", "coarse", "absent", "wrong")
    mismatched: set[str] = set()
    for fact in facts:
        if fact["kind"] != "dated event":
            continue
        wanted = stated_dates(fact["fact"], year)
        if not wanted:
            continue
        counts["dated facts"] += 1
        covering = [c for c in events if _covers({"fact": fact["fact"]}, c)]
        if not covering:
            if details:
                print(f"  not covered: {fact['fact']}")
            continue
        counts["covered"] += 1
        verdicts = {c.id: _verdict(rows[c.id].date, wanted) for c in covering}
        for claim, verdict in verdicts.items():
            if verdict == "wrong":
                mismatched.add(claim)
        best = min(verdicts.values(), key=order.index)
        counts[best] += 1
        if details:
            shown = "; ".join(f"{c} {_iso(rows[c].date)} {v}" for c, v in verdicts.items())
            print(f"  [{best}] {fact['fact']}\n      {shown}")
    claims = {c.id: c for c in case.claims}
    for row in briefing.timeline:
        if row.date is None:
            continue
        counts["dated rows"] += 1
        own = [
            d
            for f in facts
            if _covers({"fact": f["fact"]}, claims[row.claim])
            for d in stated_dates(f["fact"], year)
        ]
        unsupported = not _supported(row.date, own or every_date)
        counts["unsupported rows"] += unsupported
        counts["mismatched rows"] += row.claim in mismatched
        if details and (unsupported or row.claim in mismatched):
            why = "no fact it covers states it" if unsupported else "covers a fact of another date"
            print(f"  wrong date {row.date.isoformat()} ({why}): {row.claim}: {row.statement}")
    return counts


def _line(name: str, counts: dict[str, int]) -> str:
    return (
        f"{name}: dated facts {counts['dated facts']}, covered {counts['covered']}: "
        f"right {counts['right']}, coarse {counts['coarse']}, absent {counts['absent']}, "
        f"wrong {counts['wrong']}; timeline rows {counts['rows']}, dated {counts['dated rows']}, "
        f"date no fact supports {counts['unsupported rows']}, "
        f"another fact's date {counts['mismatched rows']}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("pages", nargs="*", type=Path)
    parser.add_argument("--details", action="store_true")
    args = parser.parse_args()
    folders = args.pages or sorted(
        p / "pages" for p in (ROOT / "tests/heldout").iterdir() if p.is_dir()
    )
    total: dict[str, int] = {}
    for folder in folders:
        name = folder.parent.name if folder.name == "pages" else folder.name
        facts = incident_facts(folder)
        if facts is None:
            print(f"{name}: skipped, no truth.yaml with `incident: facts` (dated events)")
            continue
        if args.details:
            print(f"{name}:")
        counts = evaluate(folder, facts, args.details)
        print(_line(name, counts))
        for key, value in counts.items():
            total[key] = total.get(key, 0) + value
    if len(folders) > 1:
        print(_line("total", total))


if __name__ == "__main__":
    main()
