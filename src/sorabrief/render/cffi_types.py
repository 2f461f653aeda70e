"""Give WeasyPrint the C types it names while it renders without parsing each one alone.

WeasyPrint names C types by strings as it lays out and writes a PDF (``ffi.new('PangoRectangle
*')``, and ``ffi.new('hb_codepoint_t[519]', ...)`` for each font subset, a new length each
time). cffi parses every new string with pycparser, after a ``typedef int ...;`` line for each
type WeasyPrint declared: about 4 ms a string, 19 strings and 0.08 s of CPU for the bundled
briefing. Here an array of a type already known (``T[N]``) is made from its item type without
parsing, and the strings WeasyPrint is known to use are parsed together, in one pass, the
first time one of them is needed. Any other string goes to cffi's own parse. cffi still
caches what this returns, as it caches what it parses.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

KNOWN = (
    "PangoFcFontMap *",
    "FcChar8 **",
    "FcResult *",
    "char[]",
    "char[4]",
    "PangoRectangle *",
    "PangoLogAttr[]",
    "unsigned int *",
    "hb_tag_t[100]",
    "hb_codepoint_t",
)
"""The type strings WeasyPrint 70 passes to ``ffi.new`` and ``ffi.cast``, and the item type
of its arrays of glyph ids."""

_ARRAY = re.compile(r"\s*([A-Za-z_][\w ]*?)\s*\[(\d+)\]\s*")


def parse_types_together(ffi: Any) -> None:
    """Make ``ffi`` (a ``cffi.FFI``) parse type strings as described above; without the
    parser internals this relies on (cffi 1.15 to 2.0), ``ffi`` is left as it is."""
    parser: Any = getattr(ffi, "_parser", None)
    if not all(hasattr(parser, name) for name in ("_parse", "_get_type_and_quals")):
        return
    if "parse_type_and_quals" not in vars(parser):  # not done before
        parser.parse_type_and_quals = _cached(parser, parser.parse_type_and_quals)


def _cached(parser: Any, parse_one: Callable[[str], Any]) -> Callable[[str], Any]:
    from cffi import model

    parsed: dict[str, Any] = {}

    def parse_type_and_quals(cdecl: str) -> Any:
        if cdecl in parsed:
            return parsed[cdecl]
        if cdecl in KNOWN:
            parsed.update(_parsed_together(parser, KNOWN) or {cdecl: parse_one(cdecl)})
        elif array := _ARRAY.fullmatch(cdecl):
            item, quals = parse_type_and_quals(array[1])
            parsed[cdecl] = (model.ArrayType(item, int(array[2])), quals)
        else:
            parsed[cdecl] = parse_one(cdecl)
        return parsed[cdecl]

    return parse_type_and_quals


def _parsed_together(parser: Any, cdecls: tuple[str, ...]) -> dict[str, Any] | None:
    """Each of ``cdecls`` parsed as cffi parses one alone, in one pass; None if one fails."""
    try:
        parameters = ",\n".join(cdecls)
        ast = parser._parse(f"void __dummy(\n{parameters}\n);")[0]
        params = ast.ext[-1].type.args.params
        return {
            cdecl: parser._get_type_and_quals(param.type)
            for cdecl, param in zip(cdecls, params, strict=True)
        }
    except Exception:  # a type this version of WeasyPrint does not declare
        return None
