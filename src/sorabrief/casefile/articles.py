"""Read one article file: YAML front matter, then the body exactly as published."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import yaml

from sorabrief.casefile.yaml_lines import load_all_as_text
from sorabrief.errors import SourceError
from sorabrief.model import Source, SourceKind
from sorabrief.partial_date import PartialDate
from sorabrief.suggest import did_you_mean

_FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n(.*?\r?\n)?---[ \t]*(?:\r?\n|\Z)", re.DOTALL)
_KEY = re.compile(r"^([^\s#:][^:]*?)\s*:")
_TEXT_FIELDS = ("title", "publisher", "url", "author", "language", "id")
_DATE_FIELDS = ("published", "retrieved")
KNOWN_FIELDS = (*_TEXT_FIELDS, *_DATE_FIELDS, "kind")
ARTICLE_SUFFIXES = (".md", ".txt")


def split_front_matter(text: str, path: Path) -> tuple[dict[str, Any], int]:
    """The front matter as a mapping and the offset where the body starts."""
    match = _FRONT_MATTER.match(text)
    if not match and re.match(r"---[ \t]*\r?\n", text):
        raise SourceError(
            f"{path}: front matter is not closed; add a '---' line after its last key"
        )
    if not match:
        raise SourceError(
            f"{path}: no front matter; start the file with '---', a 'title:' line, '---'"
        )
    try:
        data = load_all_as_text(match.group(1) or "") or {}
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        where = f":{mark.line + 2}" if mark else ""
        raise SourceError(f"{path}{where}: front matter is not valid YAML; check quoting") from None
    if not isinstance(data, dict):
        raise SourceError(f"{path}: front matter must be 'key: value' lines")
    return data, match.end()


def read_article(path: Path) -> Source:
    """Read an article file into a Source; errors name the file and the field."""
    try:
        text = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError:
        raise SourceError(f"{path}: not UTF-8 text; re-save the file as UTF-8") from None
    except OSError as error:
        raise SourceError(f"{path}: cannot be read ({error.strerror})") from None
    data, body_offset = split_front_matter(text, path)
    lines = _key_lines(text[:body_offset])

    def at(key: str) -> str:
        return f"{path}:{lines[key]}" if key in lines else str(path)

    for key in data:
        if key not in KNOWN_FIELDS:
            hint = did_you_mean(str(key), KNOWN_FIELDS)
            raise SourceError(f"{at(key)}: front matter: unknown key '{key}'{hint}")
    fields: dict[str, Any] = {}
    for key in _TEXT_FIELDS:
        if key in data and data[key] is not None:
            if not isinstance(data[key], str):
                raise SourceError(f"{at(key)}: front matter: {key} must be text")
            fields[key] = str(data[key])
    for key in _DATE_FIELDS:
        if data.get(key) is not None:
            fields[key] = _read_date(data[key], key, at(key))
    if "kind" in data:
        fields["kind"] = _read_kind(data["kind"], at("kind"))
    source_id = fields.pop("id", None) or path.stem
    body_line = text.count("\n", 0, body_offset) + 1
    return Source(id=source_id, body=text[body_offset:], path=path, body_line=body_line, **fields)


def _key_lines(front_matter: str) -> dict[str, int]:
    """The line each top-level key of the front matter is on."""
    return {
        match.group(1): number
        for number, line in enumerate(front_matter.splitlines(), start=1)
        if (match := _KEY.match(line))
    }


def _read_date(value: object, key: str, path: str) -> PartialDate:
    try:
        return PartialDate.parse(str(value))
    except ValueError:
        raise SourceError(
            f"{path}: front matter: {key}: '{value}' is not a date; write YYYY-MM-DD or YYYY-MM"
        ) from None


def _read_kind(value: object, path: str) -> SourceKind:
    try:
        return SourceKind(str(value))
    except ValueError:
        kinds = [k.value for k in SourceKind]
        hint = did_you_mean(str(value), kinds)
        raise SourceError(
            f"{path}: front matter: kind: '{value}' is not one of {', '.join(kinds)}{hint}"
        ) from None
