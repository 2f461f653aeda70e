"""The JSON Schema of the briefing, generated from the model and the converter's overrides.

``python -m sorabrief.schema > docs/briefing.schema.json`` regenerates the documented schema;
a test fails when the file and the model drift apart. Each field's description is the
docstring written under it in the model.
"""

from __future__ import annotations

import ast
import enum
import inspect
import itertools
import json
import textwrap
import types
import typing
from typing import Any

import attrs

from sorabrief.briefing import Briefing, SourceReport, SupportedClaim
from sorabrief.findings import Figure, Findings, Removed
from sorabrief.model import Claim, Source
from sorabrief.partial_date import PartialDate
from sorabrief.serial import OMITTED, RENAMED, SCHEMA_VERSION

_SIMPLE = {str: "string", int: "integer", float: "number", bool: "boolean", type(None): "null"}
_DERIVED: dict[type, dict[str, tuple[Any, str]]] = {
    Figure: {"value": (float | None, "The exact amount, or null for a range.")},
    Removed: {"text": (str, "The removed text, sliced from the body.")},
    SupportedClaim: {
        "corroboration": (
            int,
            "How many independent reports support the claim: distinct outlets, with a "
            "syndicated copy counted with the article it copies.",
        ),
        "single_source": (bool, "Whether only one outlet supports it."),
    },
}
"""Values the JSON carries for other tools that the model derives from its fields."""
DESCRIPTION = (
    "The whole briefing as written by `sorabrief report --json` and `sorabrief.render_json`, "
    "and read back by `sorabrief.read_json`. Offsets (`start`, `end`) are character offsets "
    "into the article body (`sources[].body`), half-open, so body[start:end] is the text. "
    "Generated from the model by `python -m sorabrief.schema`."
)


def briefing_schema() -> dict[str, Any]:
    """The schema, with one definition per model class."""
    definitions: dict[str, Any] = {}
    root = _object(Briefing, definitions)
    root["properties"] = {"schema_version": {"const": SCHEMA_VERSION}, **root["properties"]}
    root["required"] = ["schema_version", *root["required"]]
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": "https://sorabrief.invalid/briefing.schema.json",
        "title": "sorabrief briefing",
        "description": DESCRIPTION,
        **root,
        "$defs": dict(sorted(definitions.items())),
    }


def _object(cls: type, definitions: dict[str, Any]) -> dict[str, Any]:
    """An attrs class as a JSON object, flattened, renamed and extended like the converter."""
    properties: dict[str, Any] = {}
    if cls is SourceReport:
        properties["number"] = {"type": "integer", "description": "The reference number."}
        properties |= _object(Source, definitions)["properties"]
        properties["outlet"] = {
            "type": "string",
            "description": "The outlet for corroboration: the publisher, or 'source ID'.",
        }
        properties["copy_of"] = {
            "type": ["string", "null"],
            "description": "The id of the article this one is a syndicated copy of, or null.",
        }
        found = _object(Findings, definitions)["properties"]
        properties |= {k: v for k, v in found.items() if k != "source"}
    else:
        hints = typing.get_type_hints(cls)
        notes = _field_docstrings(cls)
        for field in attrs.fields(cls):
            if field.name in OMITTED.get(cls, ()):
                continue
            if cls is SupportedClaim and field.name == "claim":
                properties |= _object(Claim, definitions)["properties"]
                continue
            key = RENAMED.get(cls, {}).get(field.name, field.name)
            properties[key] = _described(_schema(hints[field.name], definitions), notes, field.name)
    for key, (hint, note) in _DERIVED.get(cls, {}).items():
        properties[key] = {**_schema(hint, definitions), "description": note}
    return {
        "type": "object",
        "properties": properties,
        "required": list(properties),
        "additionalProperties": False,
    }


def _schema(hint: Any, definitions: dict[str, Any]) -> dict[str, Any]:
    origin = typing.get_origin(hint)
    if hint in _SIMPLE:
        return {"type": _SIMPLE[hint]}
    if hint is PartialDate:
        return {"type": "string", "pattern": r"^\d{4}(-\d{2}(-\d{2})?)?$"}
    if isinstance(hint, type) and issubclass(hint, enum.Enum):
        return {"enum": [member.value for member in hint]}
    if origin is tuple:
        return {"type": "array", "items": _schema(typing.get_args(hint)[0], definitions)}
    if origin in (typing.Union, types.UnionType):
        options = [_schema(arg, definitions) for arg in typing.get_args(hint)]
        if all(set(o) == {"type"} for o in options):
            return {"type": [o["type"] for o in options]}
        return {"anyOf": options}
    if attrs.has(hint):
        name = hint.__name__
        if name not in definitions:
            definitions[name] = {}
            definitions[name] = {"description": _class_doc(hint), **_object(hint, definitions)}
        return {"$ref": f"#/$defs/{name}"}
    raise TypeError(f"no JSON Schema for {hint!r}")


def _described(schema: dict[str, Any], notes: dict[str, str], name: str) -> dict[str, Any]:
    return {**schema, "description": notes[name]} if name in notes else schema


def _class_doc(cls: type) -> str:
    return " ".join((inspect.getdoc(cls) or "").split("\n\n")[0].split())


def _field_docstrings(cls: type) -> dict[str, str]:
    """The docstring under each annotated attribute of a class."""
    tree = ast.parse(textwrap.dedent(inspect.getsource(cls)))
    body = tree.body[0].body if isinstance(tree.body[0], ast.ClassDef) else []
    notes = {}
    for item, following in itertools.pairwise(body):
        if (
            isinstance(item, ast.AnnAssign)
            and isinstance(item.target, ast.Name)
            and isinstance(following, ast.Expr)
            and isinstance(following.value, ast.Constant)
            and isinstance(following.value.value, str)
        ):
            notes[item.target.id] = " ".join(following.value.value.split())
    return notes


if __name__ == "__main__":
    print(json.dumps(briefing_schema(), ensure_ascii=False, indent=2))
