"""WeasyPrint's C declarations come from the prebuilt table, which is cffi's reading of them,
and WeasyPrint still loads as before when the table does not match."""

from __future__ import annotations

import ctypes.util
import subprocess
import sys
from typing import Any

import _cffi_backend
import cffi
import pytest

from sorabrief.render import prebuilt_ffi, weasyprint_declarations

pytestmark = pytest.mark.skipif(
    not sys.platform.startswith("linux"), reason="the table is used on Linux only"
)


def _run(code: str) -> str:
    """What ``code`` prints in a fresh interpreter."""
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=300
    )
    return done.stdout.strip()


def _skip_unless_the_table_is_for_the_installed_weasyprint() -> None:
    if prebuilt_ffi._digest(prebuilt_ffi.weasyprint_cdef()) != weasyprint_declarations.CDEF_SHA256:
        pytest.skip("the table was made from another WeasyPrint; it is not used, as tested below")


def test_the_table_is_made_from_the_installed_weasyprint() -> None:
    _skip_unless_the_table_is_for_the_installed_weasyprint()
    cdef = prebuilt_ffi.weasyprint_cdef()
    assert prebuilt_ffi.table_source(cdef) == prebuilt_ffi.TABLE.read_text("utf-8"), (
        "run: python -m sorabrief.render.prebuilt_ffi"
    )


def test_the_table_declares_the_types_cffi_parses() -> None:
    _skip_unless_the_table_is_for_the_installed_weasyprint()
    parsed = cffi.FFI()
    parsed.cdef(prebuilt_ffi.weasyprint_cdef())
    table = weasyprint_declarations.declared(prebuilt_ffi._Declared)
    assert table.list_types() == parsed.list_types()
    typedefs = parsed.list_types()[0]
    for name in [*typedefs, "PangoRectangle *", "hb_codepoint_t[7]", "char[]"]:
        ours, theirs = table.typeof(name), parsed.typeof(name)
        assert ours.kind == theirs.kind, name
        assert _size(table, ours) == _size(parsed, theirs), name
        if ours.kind in ("pointer", "array"):
            assert ours.item.kind == theirs.item.kind, name


def _size(ffi: Any, ctype: Any) -> int | None:
    """The size of ``ctype``, or None for an opaque type."""
    try:
        return int(ffi.sizeof(ctype))
    except (ValueError, cffi.FFIError, _cffi_backend.FFI.error):
        return None


def test_weasyprint_loads_from_the_table_without_pycparser() -> None:
    _skip_unless_the_table_is_for_the_installed_weasyprint()
    printed = _run(
        "import sys\n"
        "from sorabrief.render.weasyprint_import import import_weasyprint\n"
        "weasyprint = import_weasyprint()\n"
        "print(type(sys.modules['weasyprint.text.ffi'].ffi).__name__, 'pycparser' in sys.modules)\n"
        "print(weasyprint.HTML(string='<p>Lantern harbour</p>').write_pdf()[:5].decode())\n"
    )
    assert printed.splitlines() == ["_Declared False", "%PDF-"]


def test_weasyprint_is_parsed_as_before_when_the_table_does_not_match() -> None:
    printed = _run(
        "import sys\n"
        "from sorabrief.render import weasyprint_declarations\n"
        "weasyprint_declarations.CDEF_SHA256 = '0' * 64\n"
        "from sorabrief.render.weasyprint_import import import_weasyprint\n"
        "weasyprint = import_weasyprint()\n"
        "print(type(sys.modules['weasyprint.text.ffi'].ffi).__module__)\n"
        "print(weasyprint.HTML(string='<p>Lantern harbour</p>').write_pdf()[:5].decode())\n"
    )
    assert printed.splitlines() == ["cffi.api", "%PDF-"]


def test_only_weasyprints_ffi_comes_from_the_table() -> None:
    original = cffi.FFI
    with prebuilt_ffi.prebuilt_declarations():
        elsewhere = cffi.FFI()
        with pytest.raises(prebuilt_ffi.Stale):
            exec(
                "import cffi\ncffi.FFI().cdef('int lantern_count(int);')",
                {"__name__": prebuilt_ffi.MODULE},
            )
    assert isinstance(elsewhere, original)
    assert cffi.FFI is original


def test_the_subsetter_is_reported_as_the_library_search_finds_it() -> None:
    from sorabrief.render.pdf import fast_font_subsetting, load_weasyprint

    load_weasyprint()
    assert fast_font_subsetting() == (ctypes.util.find_library("harfbuzz-subset") is not None)
