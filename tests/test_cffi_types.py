"""Type strings parsed together, or made from an item type, are the types cffi would parse."""

from __future__ import annotations

from typing import Any

import cffi
import pytest

from sorabrief.render import cffi_types

DECLARATIONS = """
typedef unsigned int tide_id_t;
typedef struct { int berth; double draught; } Mooring;
typedef enum { EBB, FLOOD } TideKind;
"""
NAMED = ("Mooring *", "tide_id_t **", "char[]", "char[6]", "TideKind *", "tide_id_t")
ASKED = (*NAMED, "tide_id_t[12]", "tide_id_t[3]", "Mooring[2]", "unsigned short *")


def _ffi() -> cffi.FFI:
    ffi = cffi.FFI()
    ffi.cdef(DECLARATIONS)
    return ffi


def _described(ffi: cffi.FFI, cdecl: str) -> tuple[Any, ...]:
    ctype = ffi.typeof(cdecl)
    return (
        ctype.cname,
        ctype.kind,
        getattr(ctype, "length", None),
        ffi.sizeof(ctype.item or ctype)
        if ctype.kind in ("pointer", "array")
        else ffi.sizeof(ctype),
    )


def _parses(ffi: cffi.FFI, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    seen: list[str] = []
    parse = ffi._parser._parse

    def counted(source: str) -> Any:
        seen.append(source)
        return parse(source)

    monkeypatch.setattr(ffi._parser, "_parse", counted)
    return seen


@pytest.mark.parametrize("known", [NAMED, ("Lighthouse *", *NAMED)])
def test_types_are_those_cffi_parses_one_by_one(
    known: tuple[str, ...], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(cffi_types, "KNOWN", known)
    expected, quick = _ffi(), _ffi()
    cffi_types.parse_types_together(quick)
    for cdecl in ASKED:
        assert _described(quick, cdecl) == _described(expected, cdecl)


def test_known_names_are_parsed_in_one_pass_and_arrays_of_known_items_not_at_all(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(cffi_types, "KNOWN", NAMED)
    ffi = _ffi()
    cffi_types.parse_types_together(ffi)
    parses = _parses(ffi, monkeypatch)
    for cdecl in ASKED:
        ffi.typeof(cdecl)
    # the named types together, the item type of "Mooring[2]", then "unsigned short *"
    assert len(parses) == 3
    assert not [source for source in parses if "[12]" in source or "[3]" in source]


def test_an_ffi_without_the_parser_internals_is_left_alone() -> None:
    class Elsewhere:
        _parser = object()

    cffi_types.parse_types_together(Elsewhere())
