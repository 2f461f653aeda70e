"""The closing paragraphs of a story about a person it names only at sentence starts, or
that follow its prose directly and introduce nobody, are not an off-topic tail; a second
article pasted after the story, under its own headline, after page furniture, or
introducing its subject by a full name, still is."""

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


HEADLINE = "Retired postman knits hats for lifeboat crew"


def test_a_pasted_article_after_them_is_still_removed() -> None:
    assert _removed([*STORY, HEADLINE, OTHER]) == [(f"{HEADLINE}\n\n{OTHER}", "off-topic tail")]


def test_a_pasted_article_that_introduces_someone_in_full_is_removed() -> None:
    assert _removed([*STORY, OTHER]) == [(OTHER, "off-topic tail")]


def test_a_pasted_article_after_page_furniture_is_removed() -> None:
    removed = _removed([*STORY, "Share this article: Facebook | X | Email", OTHER])
    assert (OTHER, "off-topic tail") in removed


CLOSING = [
    "Shop owners along the high street now hope to win back some of the summer trade. "
    "Around 70% of the cafés in the town reported fewer visitors in June, according to "
    "the traders' association, and several have cut their opening hours.",
    "Bettina, who runs a bakery near the square, said: “We had the worst fortnight we can "
    "remember. Now we need the families to come back – tell them the shelves are safe!”",
    "The county trading standards office says there is no specific advice for shoppers.",
]


def test_prose_right_after_the_story_continues_it() -> None:
    assert _removed([*STORY, *CLOSING]) == []
