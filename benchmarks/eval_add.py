"""How much of a page's own metadata ``sorabrief add`` recovers, against a hand-written truth.

Run: python benchmarks/eval_add.py PAGES_DIR [--details]

PAGES_DIR holds saved pages (``*.html``) and a truth.yaml (there or in its parent folder)
written by hand before ``add`` was run, with what each page states about itself::

    pages:
      <file name>: {title: ..., author: ..., publisher: ..., date: YYYY-MM-DD, canonical: ...}

A field the page does not state is left out of its entry. Per field it prints how many
stated values ``add`` recovered exactly (title and names compared without case and spacing;
several authors in any order), and how many values it wrote that the page does not state.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

import yaml

from sorabrief.intake import read_input

FIELDS = {"title": "title", "author": "author", "publisher": "publisher", "date": "published"}
FIELDS["canonical"] = "url"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("pages", type=Path)
    parser.add_argument("--details", action="store_true")
    args = parser.parse_args()
    truth_file = next(
        p for p in (args.pages / "truth.yaml", args.pages.parent / "truth.yaml") if p.exists()
    )
    truth: dict[str, dict[str, Any]] = yaml.safe_load(truth_file.read_text("utf-8"))["pages"]
    right = dict.fromkeys(FIELDS, 0)
    stated = dict.fromkeys(FIELDS, 0)
    invented = dict.fromkeys(FIELDS, 0)
    for name, wanted in sorted(truth.items()):
        page = read_input(str(args.pages / name))
        for field, attribute in FIELDS.items():
            got = getattr(page, attribute)
            if field in wanted:
                stated[field] += 1
                if _same(field, got, wanted[field]):
                    right[field] += 1
                elif args.details:
                    print(f"{name} {field}: got {got!r}, want {wanted[field]!r}")
            elif got is not None:
                invented[field] += 1
                if args.details:
                    print(f"{name} {field}: got {got!r}, the page states none")
    for field in FIELDS:
        print(f"{field:<10} {right[field]}/{stated[field]} recovered, {invented[field]} invented")


def _same(field: str, got: str | None, wanted: Any) -> bool:
    if got is None:
        return False
    if field == "author":
        return _names(got) == _names(str(wanted))
    if field == "canonical":
        return got.rstrip("/") == str(wanted).rstrip("/")
    return " ".join(got.split()).casefold() == " ".join(str(wanted).split()).casefold()


def _names(text: str) -> set[str]:
    for separator in (" and ", " & ", ","):
        text = text.replace(separator, ";")
    return {" ".join(part.split()).casefold() for part in text.split(";") if part.strip()}


if __name__ == "__main__":
    main()
