"""Choose the drafted claims by how ``report`` links them, not by how the draft grouped
their sentences.

Outlets paraphrase: two reports of one fact can share too few words to fall in one
cluster, yet the linker, which also learns from the sentences it links with confidence,
links a claim worded from either of them in both. So ``draft`` proposes a wider pool
(single-report sentences too), links the pool once, and keeps first the claims shared
by the most reports, by its sentences' group or by the linker's links, whichever is more
(of those as widely shared, allegations and answers first, then statuses); a claim whose supporting sentences are mostly those of a
claim already kept, and whose words are mostly that claim's (or whose support is nearly
all that claim's), says the same thing and is left out (a sentence may give two facts,
so some shared support alone is not enough). At most ``SINGLE_SOURCE_CAP``
claims that one report supports, and ``CLAIM_CAP`` in all, are kept. A figure claim whose
linked figures are far from the amount its sentences give is left out: another figure of
the same unit took its links, and its subject would name the wrong amount.
"""

from __future__ import annotations

from collections.abc import Sequence

import attrs

from sorabrief.aggregation.meaning import sentence_stems
from sorabrief.briefing import Agreement, FigureReport
from sorabrief.draft.claims import ProposedClaim
from sorabrief.draft.figures import FAR_APART
from sorabrief.draft.verify import verified
from sorabrief.model import Case, ClaimKind

SINGLE_SOURCE_CAP = 12
"""At most this many claims that one report supports are kept. Outlets paraphrase, so a fact
of several reports often links to one alone: on the three page sets written last, 6 -> 12
took the facts covered from 23, 20, 22 to 27, 24, 25 of about 40 (corpus 412 -> 416 of
498), for six more claims per set, with the cap of ``CLAIM_CAP`` unchanged."""
CLAIM_CAP = 48
"""At most this many claims are kept, the most reported first, so that the case stays
readable. 24 left out claims that two or more reports give on sets of five pages (in
tests/data, 2 of payroll-ransomware's 19 shared facts and 1 of rail-timetable's 20)."""
_KIND_ORDER = {ClaimKind.GRIEVANCE: 0, ClaimKind.RESPONSE: 0, ClaimKind.STATUS: 1}
"""Of claims as widely shared, allegations and answers first, then statuses: what a
briefing is for."""
SAME_SUPPORT = 0.5
"""The share of a claim's supporting sentences that also support a kept claim at which,
with ``SAME_WORDS``, it says what that claim says."""
SAME_LINKS = 0.8
"""The share of two claims' supporting sentences (of all either has) that both have at which
they say one thing whatever their words: the briefing would cite them alike."""
SAME_WORDS = 0.5
"""The share of the shorter wording's content stems that the other wording has too."""


@attrs.frozen
class Chosen:
    """The claims kept, and what was left out and why."""

    claims: tuple[ProposedClaim, ...]
    capped: tuple[ProposedClaim, ...]
    """Supported claims left out over ``CLAIM_CAP``: the least reported."""
    dropped: tuple[str, ...]
    """Ids of claims of two or more reports' sentences that nothing linked."""
    single_left_out: tuple[str, ...]
    """Source ids of single-report sentences left out (unlinked, or over the cap)."""
    repeats: int
    """Claims left out because a kept claim links the same sentences."""
    mislinked: tuple[str, ...] = ()
    """Ids of figure claims whose linked figures are not the amount their sentences give
    (another figure of the same unit took their links)."""


def choose_claims(case: Case, proposed: Sequence[ProposedClaim]) -> Chosen:
    """The claims of ``case`` (proposed as ``proposed``, in that order) to keep."""
    briefing = verified(case).briefing
    linked: dict[str, tuple[int, frozenset[tuple[str, int]]]] = {}
    mislinked = [p.claim.id for p in proposed if not _same_amount(p, briefing.figure(p.claim.id))]
    for item in proposed:
        supported = briefing.supported(item.claim.id)
        if supported is not None and item.claim.id not in mislinked:
            spans = frozenset((e.source, e.start) for e in supported.evidence)
            linked[item.claim.id] = (supported.corroboration, spans)
    order = sorted(
        range(len(proposed)),
        key=lambda i: (
            -max(linked.get(proposed[i].claim.id, (0, frozenset()))[0], len(proposed[i].reports)),
            -len(proposed[i].reports),
            _KIND_ORDER.get(proposed[i].claim.kind, len(_KIND_ORDER)),
            i,
        ),
    )
    kept: list[int] = []
    capped: list[ProposedClaim] = []
    dropped: list[str] = []
    single: list[str] = []
    repeats = singles = 0
    for i in order:
        item = proposed[i]
        if item.claim.id in mislinked:
            continue
        if item.claim.id not in linked:
            if len(item.reports) > 1:
                dropped.append(item.claim.id)
            else:
                single.append(item.source)
            continue
        reports, spans = linked[item.claim.id]
        if any(_same(item, spans, proposed[k], linked[proposed[k].claim.id][1]) for k in kept):
            repeats += 1
            continue
        if reports < 2 and singles >= SINGLE_SOURCE_CAP:
            single.append(item.source)
            continue
        if len(kept) >= CLAIM_CAP:
            capped.append(item)
            continue
        kept.append(i)
        singles += reports < 2
    kept.sort(key=lambda k: proposed[k].claim.kind == ClaimKind.FIGURE)
    return Chosen(
        tuple(proposed[i] for i in kept),
        tuple(capped),
        tuple(dropped),
        tuple(single),
        repeats,
        tuple(mislinked),
    )


def _same_amount(item: ProposedClaim, report: FigureReport | None) -> bool:
    """Whether a figure claim's linked consensus is near the amount its sentences give (not
    more than ``FAR_APART`` times away), or for a count updated in later reports, any of
    its values (the newest of a rising toll may be far from the first); true for any other
    claim."""
    if item.amount is None or report is None or report.consensus is None:
        return True
    low, high = item.amount
    values = report.variants if report.agreement == Agreement.UPDATED else (report.consensus,)
    return any(v.low <= FAR_APART * high and low <= FAR_APART * v.high for v in values)


def _near(a: tuple[float, float] | None, b: tuple[float, float] | None) -> bool:
    """Whether two figure claims' amounts lie within ``FAR_APART`` of each other: a "₱2,000
    voucher" and a "₱5,000" cash payment in the same sentences are two figures."""
    if a is None or b is None:
        return True
    return a[0] <= FAR_APART * b[1] and b[0] <= FAR_APART * a[1]


def _same(
    item: ProposedClaim,
    spans: frozenset[tuple[str, int]],
    other: ProposedClaim,
    other_spans: frozenset[tuple[str, int]],
) -> bool:
    """Whether two claims say one thing: mostly the same support, and mostly the same words
    or nearly all the same support (for figures: the same quantity and unit, and amounts
    not far apart, ``_near``); an allegation
    and a claim of another kind never do, nor a state and an act (the act that brought the
    state is news of its day, the state what holds now)."""
    if len(spans & other_spans) < SAME_SUPPORT * len(spans):
        return False
    a, b = item.claim, other.claim
    if (a.kind == ClaimKind.FIGURE) != (b.kind == ClaimKind.FIGURE):
        return False
    if (a.kind == ClaimKind.GRIEVANCE) != (b.kind == ClaimKind.GRIEVANCE):
        return False  # "X accused Y of …" beside "X said he had …": the allegation itself
    if (a.kind == ClaimKind.STATUS) != (b.kind == ClaimKind.STATUS):
        return False  # "X suspended the contract" beside "the contract remains suspended"
    if a.kind == ClaimKind.FIGURE:
        return (a.quantity, a.unit) == (b.quantity, b.unit) and _near(item.amount, other.amount)
    if len(spans & other_spans) >= SAME_LINKS * len(spans | other_spans):
        return True
    mine, theirs = set(sentence_stems(a.statement)), set(sentence_stems(b.statement))
    shorter = min(len(mine), len(theirs))
    return shorter > 0 and len(mine & theirs) >= SAME_WORDS * shorter
