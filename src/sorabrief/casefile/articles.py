"""Read one article file: YAML front matter, then the body exactly as published."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from sorabrief.casefile.files import read_case_file
from sorabrief.casefile.flat_yaml import flat_document
from sorabrief.casefile.markup import without_markup
from sorabrief.casefile.safe_yaml import YamlDocument, YamlProblem, parse_yaml
from sorabrief.display import shortened, shown_path
from sorabrief.errors import SourceError
from sorabrief.lines import line_breaks
from sorabrief.model import Source, SourceKind
from sorabrief.partial_date import PartialDate
from sorabrief.suggest import did_you_mean

_EOL = r"(?:\r\n|\r|\n)"
_FRONT_MATTER = re.compile(rf"\A---[ \t]*{_EOL}(.*?{_EOL})?---[ \t]*(?:{_EOL}|\Z)", re.DOTALL)
_OPENING = re.compile(rf"---[ \t]*{_EOL}")
_TEXT_FIELDS = ("title", "publisher", "url", "author", "language", "id")
_DATE_FIELDS = ("published", "retrieved")
KNOWN_FIELDS = (*_TEXT_FIELDS, *_DATE_FIELDS, "kind")
ARTICLE_SUFFIXES = (".md", ".txt")


def split_front_matter(text: str, path: Path) -> tuple[YamlDocument, int]:
    """The parsed front matter and the offset where the body starts."""
    match = _FRONT_MATTER.match(text)
    if not match and _OPENING.match(text):
        raise SourceError(
            f"{shown_path(path)}: front matter is not closed; add a '---' line after its last key"
        )
    if not match:
        raise SourceError(
            f"{shown_path(path)}: no front matter; start the file with '---', a 'title:' line, '---'"
        )
    block = match.group(1) or ""
    try:
        document = flat_document(block, first_line=2) or parse_yaml(
            block, all_text=True, first_line=2
        )
    except YamlProblem as problem:
        where = f":{problem.line}" if problem.line else ""
        raise SourceError(f"{shown_path(path)}{where}: front matter: {problem.message}") from None
    if document.data is not None and not isinstance(document.data, dict):
        raise SourceError(f"{shown_path(path)}: front matter must be 'key: value' lines")
    return document, match.end()


def read_article(
    path: Path,
    folder: Path,
    limit_mb: float,
    *,
    real_folder: Path | None = None,
    real_parent: Path | None = None,
) -> Source:
    """Read an article file of the case ``folder`` into a Source; errors name the file and the
    field. ``real_folder`` and ``real_parent``: ``folder.resolve()`` and
    ``path.parent.resolve()``, when the caller has them."""
    text = read_case_file(
        path,
        folder,
        limit_mb,
        "--max-article-mb",
        SourceError,
        real_folder=real_folder,
        real_parent=real_parent,
    )
    document, body_offset = split_front_matter(text, path)
    data: dict[Any, Any] = document.data or {}

    def at(key: str) -> str:
        line = document.line_of(key) if key in data else None
        return f"{shown_path(path)}:{line}" if line else shown_path(path)

    for key in data:
        if key not in KNOWN_FIELDS:
            hint = did_you_mean(str(key), KNOWN_FIELDS)
            raise SourceError(f"{at(key)}: front matter: unknown key '{shortened(str(key))}'{hint}")
    fields: dict[str, Any] = {}
    for key in (*_TEXT_FIELDS, *_DATE_FIELDS, "kind"):
        if data.get(key) is not None and not isinstance(data[key], str):
            raise SourceError(f"{at(key)}: front matter: {key} must be text, not a list or mapping")
    for key in _TEXT_FIELDS:
        if data.get(key) is not None:
            fields[key] = data[key]
    for key in _DATE_FIELDS:
        if data.get(key) is not None:
            fields[key] = _read_date(data[key], key, at(key))
    if data.get("kind") is not None:
        fields["kind"] = _read_kind(data["kind"], at("kind"))
    source_id = fields.pop("id", None) or path.stem
    body_line = line_breaks(text, 0, body_offset) + 1
    body = without_markup(text[body_offset:])
    return Source(id=source_id, body=body, path=path, body_line=body_line, **fields)


def _read_date(value: str, key: str, where: str) -> PartialDate:
    try:
        return PartialDate.parse(value)
    except ValueError:
        raise SourceError(
            f"{where}: front matter: {key}: '{shortened(value)}' is not a date; "
            "write YYYY-MM-DD or YYYY-MM"
        ) from None


def _read_kind(value: str, where: str) -> SourceKind:
    try:
        return SourceKind(value)
    except ValueError:
        kinds = [k.value for k in SourceKind]
        hint = did_you_mean(value, kinds)
        raise SourceError(
            f"{where}: front matter: kind: '{shortened(value)}' is not one of "
            f"{', '.join(kinds)}{hint}"
        ) from None
