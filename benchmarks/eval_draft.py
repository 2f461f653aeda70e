"""How close ``sorabrief draft`` comes to an editor's own reading of a set of pages.

Run: python benchmarks/eval_draft.py [PAGES_DIR] [--details]

PAGES_DIR (default tests/data/damp-flats) holds saved pages and a truth.yaml written by
hand before the draft was run: the parties a briefing needs (name, kind, affiliation) and
the facts two or more independent reports give (a few words that a statement covering the
fact contains, and the kind of claim it should be). The pages are drafted into a
temporary case and compared:

- parties: how many of the true ones are proposed (by name or alias), with the right kind,
  and with the right affiliation; and how many proposed parties are not in the list;
- facts: how many are covered by a claim (its statement or subject holds one of the
  fact's words), and how many of those by a claim of a kind that fits it;
- the claims proposed, by kind; and the articles whose first kept sentence is page chrome
  (a short line without a sentence end).
"""

from __future__ import annotations

import argparse
import contextlib
import io
import tempfile
from collections import Counter
from pathlib import Path
from typing import Any

import yaml

from sorabrief.casefile import load_case
from sorabrief.draft import draft_case
from sorabrief.extract import extract, vocabulary_of
from sorabrief.model import Case, Claim, Party

ROOT = Path(__file__).resolve().parents[1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("pages", nargs="?", type=Path, default=ROOT / "tests/data/damp-flats")
    parser.add_argument("--details", action="store_true")
    args = parser.parse_args()
    truth = yaml.safe_load((args.pages / "truth.yaml").read_text(encoding="utf-8"))
    with tempfile.TemporaryDirectory() as temporary:
        out = Path(temporary) / "case"
        with contextlib.redirect_stdout(io.StringIO()):
            draft_case([str(p) for p in sorted(args.pages.glob("*.html"))], out)
        case = load_case(out)
        chrome = _chrome_openings(case)
    _parties(truth["parties"], case.parties, args.details)
    _facts(truth["facts"], case.claims, args.details)
    kinds = Counter(c.kind.value for c in case.claims)
    print(f"claims: {len(case.claims)} ({', '.join(f'{k} {n}' for k, n in sorted(kinds.items()))})")
    print(f"articles opening with page chrome: {len(chrome)} of {len(case.sources)} {chrome}")


def _named(party: Party, name: str) -> bool:
    return name == party.name or name in party.aliases


def _parties(truth: list[dict[str, Any]], parties: tuple[Party, ...], details: bool) -> None:
    found = kind = affiliated = 0
    by_id = {p.id: p for p in parties}
    matched: set[str] = set()
    for wanted in truth:
        party = next((p for p in parties if _named(p, wanted["name"])), None)
        if party is None:
            if details:
                print(f"  missing party: {wanted['name']}")
            continue
        matched.add(party.id)
        found += 1
        kind += party.kind.value == wanted["kind"]
        affiliation = by_id.get(party.affiliation or "")
        right = (affiliation.name if affiliation else None) == wanted.get("affiliation")
        affiliated += right
        if details and (party.kind.value != wanted["kind"] or not right):
            print(f"  {party.name}: kind {party.kind.value}, affiliation {party.affiliation}")
    extra = [p.name for p in parties if p.id not in matched]
    print(
        f"parties: {found} of {len(truth)} found, {kind} of the right kind, "
        f"{affiliated} with the right affiliation; {len(extra)} not in the list {extra}"
    )


def _text(claim: Claim) -> str:
    return f"{claim.statement or ''} {claim.subject or ''}".casefold()


def _facts(truth: list[dict[str, Any]], claims: tuple[Claim, ...], details: bool) -> None:
    covered = right = 0
    for fact in truth:
        covering = [c for c in claims if any(m.casefold() in _text(c) for m in fact["match"])]
        covered += bool(covering)
        right += any(c.kind.value in fact["kind"] for c in covering)
        if details:
            kinds = ", ".join(f"{c.id} ({c.kind.value})" for c in covering) or "not covered"
            print(f"  {fact['fact']} [{fact['kind']}]: {kinds}")
    print(
        f"facts of 2+ reports: {covered} of {len(truth)} covered, {right} by a claim of the right kind"
    )


def _chrome_openings(case: Case) -> list[str]:
    vocabulary = vocabulary_of(case)
    found = []
    for source in case.sources:
        sentences = [
            s.text.strip() for s in extract(source, vocabulary).sentences if s.text != source.title
        ]
        first = sentences[0] if sentences else ""
        if first and len(first.split()) <= 8 and not first.endswith((".", "!", "?", "”", '"')):
            found.append(first)
    return found


if __name__ == "__main__":
    main()
