"""The closing paragraphs of a story about a person it names only at sentence starts are
not an off-topic tail; a second article pasted after the story still is."""

from __future__ import annotations

from sorabrief.extract import Vocabulary
from sorabrief.extract.clean import clean
from sorabrief.model import Party, PartyKind

VOCABULARY = Vocabulary(
    parties=(
        Party(id="orchard", name="Orchard Lane Dairy", kind=PartyKind.ORGANIZATION, role="dairy"),
    ),
    topic=("Orchard Lane Dairy recalls yoghurt after glass found in pots",),
)  # fmt: skip

STORY = [
    "Orchard Lane Dairy has recalled its strawberry yoghurt after glass was found in pots.",
    "Marnie Coldwell, 36, a nurse from Ashby, found a shard in her daughter's breakfast.",
    "Orchard Lane Dairy said it was checking every line at its plant and apologised.",
    "Marnie said the family had thrown away every pot in the fridge and felt lucky nobody "
    "was hurt.",
    "“I keep checking the cereal bowls now,” she added.",
]
OTHER = (
    "A retired postman from a seaside village has knitted four hundred woolly hats for "
    "the lifeboat volunteers who rescued his brother last winter. Cyril Pengelly said the "
    "crew had braved enormous waves and freezing spray, and knitting through the long "
    "evenings was the least he could do to thank them for their courage and kindness. "
    "Neighbours donated wool, buttons and patterns, and the local school helped sort the "
    "colours into bundles for every station along the coast."
)


def _removed(paragraphs: list[str]) -> list[tuple[str, str]]:
    body = "\n\n".join(paragraphs) + "\n"
    return [(body[r.start : r.end], r.reason) for r in clean(body, VOCABULARY)]


def test_a_name_at_sentence_starts_and_a_she_paragraph_stay() -> None:
    assert _removed(STORY) == []


def test_a_pasted_article_after_them_is_still_removed() -> None:
    assert _removed([*STORY, OTHER]) == [(OTHER, "off-topic tail")]
