"""What extraction needs to know about a case: its parties and its topic words."""

from __future__ import annotations

import attrs

from sorabrief.model import Case, Party


@attrs.frozen(cache_hash=True)
class Vocabulary:
    """The case's parties (mentions, speakers, relevance) and topic texts (relevance).

    Its hash is computed once: extraction looks things up by vocabulary for every block.
    """

    parties: tuple[Party, ...]
    topic: tuple[str, ...] = ()
    """Texts that say what the case is about (its title, claim statements and subjects)."""
    currencies: tuple[str, ...] = ()
    """The currencies the case's money claims are compared in ("PKR"): what a shared sign
    ("Rs") stands for when an article does not say whose; sorted, so that its digest in
    the findings cache is the same in every run."""


def vocabulary_of(case: Case) -> Vocabulary:
    """The vocabulary extraction uses for this case."""
    topic = (
        case.title,
        *(c.statement for c in case.claims),
        *(c.subject or "" for c in case.claims),
    )
    currencies = sorted({c.unit for c in case.claims if c.quantity == "money" and c.unit})
    return Vocabulary(
        parties=case.parties, topic=tuple(t for t in topic if t), currencies=tuple(currencies)
    )
