"""How close ``sorabrief draft`` comes to the hand-written cases of tests/corpus/.

Run: python benchmarks/eval_draft_corpus.py [INCIDENT ...] [--details]

For every incident of tests/corpus/ (or those named), the articles are drafted as a user
would pass them (``sorabrief draft tests/corpus/<i>/articles/*.md``) into a temporary case,
and the draft is compared with the hand-written incident.yaml:

- parties: a hand party is found when a proposed party's name is its name or one of its
  aliases (or the other way round, titles such as "Ms" aside); found with the right kind
  (exactly: an organisation proposed for a group is wrong) and the right affiliation (the
  proposed party's affiliation is found as the hand party's, or both have none). A
  proposed party that matches no hand party is counted as false and named with --details;
- facts: the hand claims that the labels of two or more articles support
  (``labels/*.yaml`` ``links.supports``). A fact is covered by a drafted claim when their
  statements (a figure's subject) share enough content-word stems, by the rule of
  ``eval_draft._covers``, or, for a figure, when a drafted figure claim gives the same
  quantity and unit and shares a stem of the subject; covered with the right kind when one
  covering claim has the hand claim's kind;
- status: the hand statuses among the facts (``status``), those a drafted status covers
  (``st_ok``); and the hand status changes of those statuses (a hand status that
  ``supersedes`` one: ``changes``), those the drafted briefing shows (``ch_ok``): a drafted
  status covering the replaced one is superseded by a drafted status covering the
  replacing one, or a newer source is shown to report its change;
- citations: each drafted claim that covers a hand claim (any hand claim, by the same rule)
  is linked as ``report`` links it, and each article it cites is checked against the labels:
  the article is right when its ``links.supports`` holds a hand claim the drafted claim
  covers. ``cited`` counts the (claim, article) pairs, ``wrong`` those the labels do not
  support, and ``prec`` is the share right (citation precision).

Prints one row per incident and a total row.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import sys
import tempfile
from collections import Counter
from pathlib import Path
from typing import Any

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))

from eval_draft import _TITLES, _covers

from sorabrief.aggregation import aggregate
from sorabrief.briefing import Briefing
from sorabrief.casefile import load_case
from sorabrief.draft import draft_case
from sorabrief.errors import CaseError
from sorabrief.extract.relevance import content_words, stems
from sorabrief.model import Case, Claim, ClaimKind, Party
from sorabrief.nouns import singular

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "tests/corpus"
_COLUMNS = (
    "parties",
    "found",
    "kind",
    "affil",
    "false",
    "facts",
    "covered",
    "right",
    "status",
    "st_ok",
    "changes",
    "ch_ok",
    "claims",
    "cited",
    "wrong",
)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("incidents", nargs="*")
    parser.add_argument("--details", action="store_true")
    args = parser.parse_args()
    folders = sorted(p.parent for p in CORPUS.glob("*/incident.yaml"))
    if args.incidents:
        folders = [f for f in folders if f.name in args.incidents]
    total: Counter[str] = Counter()
    print(f"{'incident':24} " + " ".join(f"{c:>7}" for c in (*_COLUMNS, "prec")))
    for folder in folders:
        row, details = score(folder)
        total.update(row)
        invalid = "  (does not load)" if row["invalid"] else ""
        print(f"{folder.name:24} " + _cells(row) + invalid)
        if args.details:
            for line in details:
                print(f"    {line}")
    print(f"{'total':24} " + _cells(total))
    if total["invalid"]:
        print(f"drafted cases that do not load (scored 0): {total['invalid']}")
    print(
        f"parties found {total['found']}/{total['parties']}, right kind {total['kind']}, "
        f"right affiliation {total['affil']}, false {total['false']}; facts covered "
        f"{total['covered']}/{total['facts']}, with the right kind {total['right']}; "
        f"status facts {total['st_ok']}/{total['status']}, status changes shown "
        f"{total['ch_ok']}/{total['changes']}; "
        f"citation precision {_precision(total)} ({total['wrong']} of {total['cited']} "
        "cited articles support no hand claim the citing claim covers)"
    )


def _cells(row: Counter[str]) -> str:
    return " ".join(f"{row[c]:>7}" for c in _COLUMNS) + f" {_precision(row):>7}"


def _precision(row: Counter[str]) -> str:
    """The share of cited articles whose labels support the claim, or "-" with none cited."""
    if not row["cited"]:
        return "-"
    return f"{(row['cited'] - row['wrong']) / row['cited']:.3f}"


def score(folder: Path) -> tuple[Counter[str], list[str]]:
    """The counts of one incident, and lines saying what was missed or wrong."""
    hand = yaml.safe_load((folder / "incident.yaml").read_text(encoding="utf-8"))
    facts = _facts(hand, folder / "labels")
    supports = _supports(folder / "labels")
    with tempfile.TemporaryDirectory() as temporary:
        out = Path(temporary) / "case"
        articles = [str(p) for p in sorted((folder / "articles").glob("*.md"))]
        with contextlib.redirect_stdout(io.StringIO()):
            drafted = draft_case(articles, out)
        row: Counter[str] = Counter(parties=len(hand["parties"]), facts=len(facts))
        try:
            case = load_case(out)
        except CaseError as error:
            row["invalid"] = 1
            return row, [f"the drafted case does not load: {error}"]
        briefing = aggregate(case)
    row["claims"] = len(case.claims)
    article_of = {a.article.stem: a.original.stem for a in drafted.added}
    details = _score_parties(hand["parties"], case, row)
    details += _score_facts(facts, case.claims, row)
    details += _score_status(facts, hand["claims"], case.claims, briefing, row)
    details += _score_citations(hand["claims"], briefing, supports, article_of, row)
    return row, details


def _supports(labels: Path) -> dict[str, set[str]]:
    """The hand claim ids each article's labels support, by article file stem."""
    found = {}
    for label in sorted(labels.glob("*.yaml")):
        links = (yaml.safe_load(label.read_text(encoding="utf-8")) or {}).get("links") or {}
        found[label.stem] = set(links.get("supports") or ())
    return found


def _score_citations(
    hand: list[dict[str, Any]],
    briefing: Briefing,
    supports: dict[str, set[str]],
    article_of: dict[str, str],
    row: Counter[str],
) -> list[str]:
    """Count the articles that drafted claims covering a hand claim cite, and those whose
    labels support none of the hand claims covered."""
    details = []
    for supported in briefing.claims:
        claim = supported.claim
        covered = {
            h["id"]
            for h in hand
            if _covers({"fact": h.get("statement") or h.get("subject") or ""}, claim)
            or _figure_covers(h, claim)
        }
        if not covered:
            continue
        for source in supported.sources:
            row["cited"] += 1
            if not covered & supports.get(article_of.get(source, source), set()):
                row["wrong"] += 1
                details.append(
                    f"claim {claim.id} cites {source}, which supports none of {sorted(covered)}"
                )
    return details


def _facts(hand: dict[str, Any], labels: Path) -> list[dict[str, Any]]:
    """The hand claims that two or more articles' labels support."""
    support: Counter[str] = Counter()
    for label in sorted(labels.glob("*.yaml")):
        links = (yaml.safe_load(label.read_text(encoding="utf-8")) or {}).get("links") or {}
        support.update(set(links.get("supports") or ()))
    return [c for c in hand["claims"] if support[c["id"]] >= 2]


def _untitled(name: str) -> str:
    for title in _TITLES:
        name = name.removeprefix(title)
    return name


def _hand_names(party: dict[str, Any]) -> set[str]:
    return {_untitled(n) for n in [party["name"], *party.get("aliases", [])]}


def _matches(party: Party, hand: dict[str, Any]) -> bool:
    names = _hand_names(hand)
    proposed = {_untitled(n) for n in party.names if not n[:1].islower()}
    return _untitled(party.name) in names or _untitled(hand["name"]) in proposed


def _score_parties(hand: list[dict[str, Any]], case: Case, row: Counter[str]) -> list[str]:
    details = []
    match: dict[str, str] = {}
    for party in case.parties:
        wanted = next((h for h in hand if _matches(party, h)), None)
        if wanted is not None:
            match.setdefault(wanted["id"], party.id)
    hand_of = {v: k for k, v in match.items()}
    for wanted in hand:
        found = match.get(wanted["id"])
        if found is None:
            details.append(f"missing party: {wanted['name']} ({wanted['kind']})")
            continue
        party = next(p for p in case.parties if p.id == found)
        row["found"] += 1
        right_kind = party.kind.value == wanted["kind"]
        row["kind"] += right_kind
        affiliation = hand_of.get(party.affiliation or "") if party.affiliation else None
        right_affiliation = affiliation == wanted.get("affiliation")
        row["affil"] += right_affiliation
        if not right_kind or not right_affiliation:
            details.append(
                f"party {party.name}: kind {party.kind.value} (hand {wanted['kind']}), "
                f"affiliation {party.affiliation} (hand {wanted.get('affiliation')})"
            )
    false = [p.name for p in case.parties if p.id not in hand_of]
    row["false"] += len(false)
    if false:
        details.append(f"false parties: {false}")
    return details


def _figure_covers(fact: dict[str, Any], claim: Claim) -> bool:
    """A drafted figure claim of the hand figure's quantity and unit, with a stem in common."""
    if claim.kind != ClaimKind.FIGURE or fact.get("kind") != "figure":
        return False
    if claim.quantity != fact.get("quantity"):
        return False
    if singular(str(claim.unit or "")) != singular(str(fact.get("unit") or "")):
        return False
    wanted = set(stems(content_words(fact.get("subject") or "")))
    return bool(wanted & set(stems(content_words(claim.subject or ""))))


def _score_facts(
    facts: list[dict[str, Any]], claims: tuple[Claim, ...], row: Counter[str]
) -> list[str]:
    details = []
    for fact in facts:
        text = fact.get("statement") or fact.get("subject") or ""
        covering = [c for c in claims if _covers({"fact": text}, c) or _figure_covers(fact, c)]
        row["covered"] += bool(covering)
        right = any(c.kind.value == fact["kind"] for c in covering)
        row["right"] += right
        if not right:
            kinds = ", ".join(f"{c.id} ({c.kind.value})" for c in covering) or "not covered"
            details.append(f"fact {fact['id']} [{fact['kind']}] {text[:90]!r}: {kinds}")
    return details


def _score_status(
    facts: list[dict[str, Any]],
    hand: list[dict[str, Any]],
    claims: tuple[Claim, ...],
    briefing: Briefing,
    row: Counter[str],
) -> list[str]:
    """Count the hand statuses among the facts a drafted status covers, and the hand status
    changes of those statuses the drafted briefing shows."""
    drafted = [c for c in claims if c.kind == ClaimKind.STATUS]
    covering = {
        h["id"]: {c.id for c in drafted if _covers({"fact": h.get("statement") or ""}, c)}
        for h in hand
        if h["kind"] == "status"
    }
    statuses = [f["id"] for f in facts if f["kind"] == "status"]
    row["status"] += len(statuses)
    row["st_ok"] += sum(bool(covering[i]) for i in statuses)
    changed = {c.claim for c in briefing.status_changes}
    details = []
    for new in (h for h in hand if h["kind"] == "status"):
        for old in new.get("supersedes") or ():
            if old not in statuses:
                continue
            row["changes"] += 1
            shown = bool(covering[old] & changed) or any(
                set(c.supersedes) & covering[old] for c in drafted if c.id in covering[new["id"]]
            )
            row["ch_ok"] += shown
            if not shown:
                details.append(f"status change {old} -> {new['id']} not shown")
    return details


if __name__ == "__main__":
    main()
