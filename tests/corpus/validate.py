"""Check that corpus labels are well formed and locate verbatim text; runs no extraction.

    python tests/corpus/validate.py [INCIDENT_DIR ...]

Prints one line per problem and exits 1 if there is any.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import yaml

CORPUS = Path(__file__).resolve().parent
QUANTITIES = {"money", "count", "duration", "percent", "length", "resolution"}
PRECISIONS = {"day", "week", "month", "year", "unresolved"}
TIME_UNITS = {"second", "minute", "hour", "day", "week", "month", "year"}


def body_of(path: Path) -> str:
    """The article body: everything after the closing front-matter line."""
    text = path.read_text(encoding="utf-8")
    _, _, rest = text.partition("---\n")
    _, _, body = rest.partition("\n---\n")
    return body


def problems(incident: Path) -> list[str]:
    found: list[str] = []
    articles = {p.stem: p for p in (incident / "articles").glob("*.md")}
    for label_file in sorted((incident / "labels").glob("*.yaml")):
        where = str(label_file.resolve().relative_to(CORPUS))
        if label_file.stem not in articles:
            found.append(f"{where}: no article {label_file.stem}.md")
            continue
        body = body_of(articles[label_file.stem])
        labels: dict[str, Any] = yaml.safe_load(label_file.read_text(encoding="utf-8")) or {}
        for key in labels:
            if key not in {"noise", "quotes", "terms", "figures", "dates", "links"}:
                found.append(f"{where}: unknown key {key!r}")

        def locate(text: Any, what: str, body: str = body, where: str = where) -> None:
            if not isinstance(text, str) or text not in body:
                found.append(f"{where}: {what}: {text!r} is not in the body")

        for item in labels.get("noise") or []:
            if isinstance(item, dict):
                locate(item.get("from"), "noise.from")
                locate(item.get("to"), "noise.to")
            else:
                locate(item, "noise")
        for item in labels.get("quotes") or []:
            locate(item.get("text"), "quote")
            if "ends" in item:
                locate(item["ends"], "quote.ends")
            if "speaker" not in item:
                found.append(f"{where}: quote {item.get('text')!r} has no speaker key")
        for term in labels.get("terms") or []:
            locate(term, "term")
        for item in labels.get("figures") or []:
            locate(item.get("text"), "figure")
            if item.get("quantity") not in QUANTITIES:
                found.append(
                    f"{where}: figure {item.get('text')!r}: quantity {item.get('quantity')!r}"
                )
            if "value" not in item and not ("low" in item and "high" in item):
                found.append(f"{where}: figure {item.get('text')!r}: needs value or low/high")
            if item.get("quantity") == "duration" and item.get("unit") not in TIME_UNITS:
                found.append(
                    f"{where}: figure {item.get('text')!r}: duration unit {item.get('unit')!r}"
                )
            if item.get("quantity") == "money" and not (
                isinstance(item.get("unit"), str)
                and len(item["unit"]) == 3
                and item["unit"].isupper()
            ):
                found.append(f"{where}: figure {item.get('text')!r}: money unit must be ISO 4217")
        for item in labels.get("dates") or []:
            locate(item.get("text"), "date")
            if item.get("precision") not in PRECISIONS:
                found.append(
                    f"{where}: date {item.get('text')!r}: precision {item.get('precision')!r}"
                )
            if (item.get("value") is None) != (item.get("precision") == "unresolved"):
                found.append(f"{where}: date {item.get('text')!r}: value null iff unresolved")
    return found


def main(argv: list[str]) -> int:
    incidents = [Path(a) for a in argv] or sorted(
        p for p in CORPUS.iterdir() if (p / "labels").is_dir()
    )
    found = [line for incident in incidents for line in problems(incident)]
    for line in found:
        print(line)
    print(f"{len(incidents)} incidents checked, {len(found)} problems")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
