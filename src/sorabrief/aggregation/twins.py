"""Events that differ from another claim of the case only in their act.

"The ministry suspended the firm's contract and put its own staff in charge" and "The
ministry terminated the firm's contract" name the same parties and things; only the verb
tells them apart. A sentence about the suspension shares every other word of the
termination, so by meaning it looks like both. Such an event (its stems but its verb's
all in another claim's statement, which lacks that verb) links by meaning only a sentence
naming its act: the verb, or a noun made from it ("the termination").
"""

from __future__ import annotations

from collections.abc import Sequence

from sorabrief.aggregation.meaning import sentence_stems
from sorabrief.aggregation.scoring import claim_stems, claim_texts, first_verb
from sorabrief.model import Claim, ClaimKind

SAME_ROOT = 6
"""Stems sharing this many first letters name one act ("suspend", "suspens")."""


def twin_acts(claims: Sequence[Claim]) -> dict[str, str]:
    """The stem of the act of each event that differs from another claim only in it."""
    stems = {c.id: frozenset(claim_stems(c, claim_texts(c)[0])) for c in claims if c.statement}
    found = {}
    for claim in claims:
        if claim.kind != ClaimKind.EVENT or claim.id not in stems:
            continue
        act = first_verb(claim.statement)
        if act is None:
            continue
        rest = stems[claim.id] - {act}
        if rest and any(
            other != claim.id and rest <= own and act not in own for other, own in stems.items()
        ):
            found[claim.id] = act
    return found


def names_act(text: str, act: str) -> bool:
    """Whether a sentence names an act, by its verb or a noun of the same root."""
    return any(
        stem == act or (len(act) >= SAME_ROOT and stem[:SAME_ROOT] == act[:SAME_ROOT])
        for stem in sentence_stems(text)
    )
