"""Write a synthetic case of any size: varied articles made from the bundled ones.

Article ``n`` starts from bundled article ``n % 5`` and is varied with a random
generator seeded by ``n``, so the same size always gives the same files:

- some paragraphs are left out (never the first);
- figures, dates and quoted words are swapped for other wordings, so outlets agree,
  broadly agree and disagree the way real coverage does;
- some quotations lose a word or their end, so they come in many wordings;
- each article gets its own outlet (one of a few hundred), date, title and one
  closing line of its own, so no two bodies are the same.

Use: ``python benchmarks/synthetic_case.py 1000 DIR``, or ``write_case(1000, DIR)``.
"""

from __future__ import annotations

import datetime as dt
import random
import re
import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BUNDLED = ROOT / "sources" / "sora-leak"

VARIANTS = {
    "three hours": ["three hours", "four hours", "about three hours", "a few hours", "two hours"],
    "$150B": ["$150B", "$157 billion", "$150 billion", "$150bn"],
    "$150 billion": ["$150 billion", "$157 billion", "$150B"],
    "around 20 artists": ["around 20 artists", "about 25 artists", "some 20 artists"],
    "voluntary": ["voluntary", "optional", "entirely voluntary"],
    "unpaid labor": ["unpaid labor", "unpaid labour", "free labor"],
    "Tuesday": ["Tuesday", "Wednesday", "Tuesday"],
    "November 26": ["November 26", "November 27", "November 26"],
    "hundreds of": ["hundreds of", "dozens of", "hundreds of"],
}
"""Wordings swapped in, each chosen per article."""
QUOTED = re.compile(r"“([^”\n]{20,})”")
"""A quotation long enough to be reworded."""

PLACES = ["Northern", "Coastal", "Valley", "Capital", "Metro", "Harbor", "Prairie", "Summit"]
KINDS = ["Times", "Post", "Ledger", "Wire", "Tribune", "Review", "Daily", "Digest", "Observer"]
TOPICS = ["Tech", "Media", "AI", "Business", "Arts", "Culture"]
REPORTERS = ["Dana Whitfield", "Sam Okafor", "Lee Marchetti", "Ana Ruiz", "Tom Becker"]


def outlet(n: int) -> str:
    """One of 432 outlet names, so corroboration counts outlets, not articles."""
    place = PLACES[n % len(PLACES)]
    kind = KINDS[(n // len(PLACES)) % len(KINDS)]
    topic = TOPICS[(n // (len(PLACES) * len(KINDS))) % len(TOPICS)]
    return f"The {place} {topic} {kind}"


def bundled_articles() -> list[tuple[str, str]]:
    """The bundled articles as (front matter lines, body)."""
    articles = []
    for path in sorted((BUNDLED / "articles").glob("*.md")):
        text = path.read_text(encoding="utf-8")
        _, front, body = text.split("---\n", 2)
        articles.append((front, body))
    return articles


def article(n: int, seeds: list[tuple[str, str]]) -> str:
    """The text of synthetic article ``n``: front matter and a varied body."""
    rng = random.Random(n)
    _, body = seeds[n % len(seeds)]
    lines = body.split("\n")
    kept = [line for i, line in enumerate(lines) if i == 0 or rng.random() > 0.12]
    text = "\n".join(kept)
    for wording, choices in VARIANTS.items():
        text = text.replace(wording, rng.choice(choices))
    text = QUOTED.sub(lambda m: _reworded(m, rng), text)
    reporter = REPORTERS[rng.randrange(len(REPORTERS))]
    text = text.rstrip("\n") + f"\n{reporter} contributed reporting from desk {n}.\n"
    published = dt.date(2024, 11, 26) + dt.timedelta(days=rng.randrange(40))
    title = f"Artists protest over Sora, report {n}"
    front = (
        f'title: "{title}"\npublisher: "{outlet(rng.randrange(432))}"\n'
        f"published: {published.isoformat()}\nkind: news\n"
    )
    return f"---\n{front}---\n{text}"


def _reworded(quoted: re.Match[str], rng: random.Random) -> str:
    """A quotation as another outlet might print it: a word left out or the end cut."""
    words = quoted.group(1).split(" ")
    roll = rng.random()
    if roll < 0.25 and len(words) > 6:
        del words[rng.randrange(1, len(words) - 1)]
    elif roll < 0.4 and len(words) > 10:
        words = words[: rng.randrange(6, len(words))]
    return f"“{' '.join(words)}”"


def write_case(size: int, folder: Path) -> Path:
    """A case folder of ``size`` synthetic articles with the bundled incident.yaml."""
    if folder.exists():
        shutil.rmtree(folder)
    articles = folder / "articles"
    articles.mkdir(parents=True)
    shutil.copy(BUNDLED / "incident.yaml", folder / "incident.yaml")
    seeds = bundled_articles()
    for n in range(size):
        (articles / f"a{n:05d}.md").write_text(article(n, seeds), encoding="utf-8")
    return folder


def add_article(folder: Path, n: int) -> Path:
    """Add synthetic article ``n`` to an existing case folder."""
    path = folder / "articles" / f"a{n:05d}.md"
    path.write_text(article(n, bundled_articles()), encoding="utf-8")
    return path


if __name__ == "__main__":
    print(write_case(int(sys.argv[1]), Path(sys.argv[2])))
