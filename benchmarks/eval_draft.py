"""How close ``sorabrief draft`` comes to an editor's own reading of a set of pages.

Run: python benchmarks/eval_draft.py [PAGES_DIR] [--details]

PAGES_DIR (default tests/data/damp-flats) holds saved pages and a truth.yaml (there or in
its parent folder) written by hand before the draft was run: the parties a briefing needs
(name, kind, affiliation) and the facts two or more independent reports give (a few words that a statement covering the
fact contains, and the kind of claim it should be). The pages are drafted into a
temporary case and compared:

- parties: how many of the true ones are proposed (by name or alias), with the right kind,
  and with the right affiliation; and how many proposed parties are not in the list;
- facts: how many are covered by a claim (its statement or subject holds one of the
  fact's words), and how many of those by a claim of a kind that fits it;
- the claims proposed, by kind; and the articles whose first kept sentence is page chrome
  (a short line without a sentence end).

A truth.yaml may instead describe the incident (``incident: {parties: {organisations,
people}, facts}``, each fact a sentence and a kind such as "dated event" or "allegation"):
then a fact is covered by a claim whose statement or subject holds at least half (and at
least three) of the fact's content-word stems, or a claim whose own stems (a figure's
subject) are all but one the fact's (at least two); its kind maps to claim kinds (``_KINDS``).
With no truth.yaml, only the claims and the page chrome are counted.
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
from sorabrief.extract.relevance import content_words, stems
from sorabrief.model import Case, Claim, Party

ROOT = Path(__file__).resolve().parents[1]
_KINDS = {
    "dated event": ["event"],
    "event": ["event"],
    "figure": ["figure"],
    "allegation": ["grievance"],
    "answer": ["response"],
    "response": ["response"],
    "status": ["status"],
}
"""An incident truth's fact kinds, and the claim kinds that fit each."""
_TITLES = ("Dr ", "Professor ", "Prof ", "Councillor ", "Cllr ", "Mr ", "Mrs ", "Ms ", "Sir ")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("pages", nargs="?", type=Path, default=ROOT / "tests/data/damp-flats")
    parser.add_argument("--details", action="store_true")
    args = parser.parse_args()
    found = [d / "truth.yaml" for d in (args.pages, args.pages.parent)]
    truth_file = next((f for f in found if f.is_file()), found[0])
    truth = (
        yaml.safe_load(truth_file.read_text(encoding="utf-8"))
        if truth_file.is_file()
        else {"parties": [], "facts": []}
    )
    if "incident" in truth:
        truth = _from_incident(truth["incident"])
    with tempfile.TemporaryDirectory() as temporary:
        out = Path(temporary) / "case"
        with contextlib.redirect_stdout(io.StringIO()):
            draft_case([str(p) for p in sorted(args.pages.glob("*.html"))], out)
        case = load_case(out)
        chrome = _chrome_openings(case)
    if truth["parties"]:
        _parties(truth["parties"], case.parties, args.details)
        _facts(truth["facts"], case.claims, args.details)
    kinds = Counter(c.kind.value for c in case.claims)
    print(f"claims: {len(case.claims)} ({', '.join(f'{k} {n}' for k, n in sorted(kinds.items()))})")
    print(f"articles opening with page chrome: {len(chrome)} of {len(case.sources)} {chrome}")


def _from_incident(incident: dict[str, Any]) -> dict[str, Any]:
    """An incident truth in this script's form: parties by name, kind and affiliation;
    facts with the kinds that fit them (no ``match`` words: ``_covers`` compares stems).
    Its organisations are not told from groups, so either kind counts as right."""
    parties: list[dict[str, Any]] = []
    for organisation in incident["parties"]["organisations"]:
        name, abbreviation = _bracketed(organisation["name"])
        parties.append(
            {
                "name": name,
                "kind": "organization",
                "kinds": ["organization", "group"],
                "also": [*organisation.get("also_called", []), *abbreviation],
            }
        )
    for person in incident["parties"]["people"]:
        name = person["name"]
        for title in _TITLES:
            name = name.removeprefix(title)
        parties.append({"name": name, "kind": "person", "affiliation": person.get("affiliation")})
    facts = [{"fact": f["fact"], "kind": _KINDS[f["kind"]]} for f in incident["facts"]]
    return {"parties": parties, "facts": facts}


def _bracketed(name: str) -> tuple[str, list[str]]:
    """A name written "Full Name (FN)" as the full name and its abbreviation; else as it is."""
    full, bracket, rest = name.partition(" (")
    if bracket and rest.endswith(")"):
        return full, [rest[:-1]]
    return name, []


def _named(party: Party, name: str) -> bool:
    return name == party.name or name in party.aliases


def _parties(truth: list[dict[str, Any]], parties: tuple[Party, ...], details: bool) -> None:
    found = kind = affiliated = 0
    by_id = {p.id: p for p in parties}
    matched: set[str] = set()
    for wanted in truth:
        names = [wanted["name"], *wanted.get("also", [])]
        party = next((p for n in names for p in parties if _named(p, n)), None)
        if party is None:
            if details:
                print(f"  missing party: {wanted['name']}")
            continue
        matched.add(party.id)
        found += 1
        kind += party.kind.value in wanted.get("kinds", [wanted["kind"]])
        affiliation = by_id.get(party.affiliation or "")
        right = _affiliated(affiliation, wanted.get("affiliation"))
        affiliated += right
        if details and (party.kind.value != wanted["kind"] or not right):
            print(f"  {party.name}: kind {party.kind.value}, affiliation {party.affiliation}")
    extra = [p.name for p in parties if p.id not in matched]
    print(
        f"parties: {found} of {len(truth)} found, {kind} of the right kind, "
        f"{affiliated} with the right affiliation; {len(extra)} not in the list {extra}"
    )


def _affiliated(affiliation: Party | None, wanted: str | None) -> bool:
    """Whether the proposed affiliation is the one wanted: the same name, or for an incident
    truth's wording ("appointed by X", "X (Y)") one of the names it holds."""
    if affiliation is None or wanted is None:
        return affiliation is None and wanted is None
    return affiliation.name == wanted or any(
        len(n.split()) > 1 and n in wanted for n in affiliation.names
    )


def _covers(fact: dict[str, Any], claim: Claim) -> bool:
    """Whether a claim covers a fact: one of its ``match`` words, or for an incident truth
    enough shared content-word stems."""
    if "match" in fact:
        return any(m.casefold() in _text(claim) for m in fact["match"])
    wanted = set(stems(content_words(fact["fact"])))
    said = set(stems(content_words(_text(claim))))
    shared = len(wanted & said)
    return shared >= max(3, len(wanted) / 2) or (2 <= len(said) <= shared + 1 and shared >= 2)


def _text(claim: Claim) -> str:
    return f"{claim.statement or ''} {claim.subject or ''}".casefold()


def _facts(truth: list[dict[str, Any]], claims: tuple[Claim, ...], details: bool) -> None:
    covered = right = 0
    for fact in truth:
        covering = [c for c in claims if _covers(fact, c)]
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
