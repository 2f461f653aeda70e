"""WeasyPrint's C declarations from a table made once, not parsed at every import.

WeasyPrint declares the Pango, HarfBuzz and fontconfig functions it calls in one 16 KB
``ffi.cdef`` that cffi parses with pycparser each time WeasyPrint is imported: about a
quarter of the import, pycparser's own import included. ``weasyprint_declarations`` holds
the same declarations as cffi's compact tables (what cffi's "out-of-line ABI mode" writes),
made from the installed WeasyPrint's source by ``python -m sorabrief.render.prebuilt_ffi``.
While ``prebuilt_declarations()`` is active, the FFI that ``weasyprint.text.ffi`` makes is
built from that table; its ``cdef`` checks that WeasyPrint declares exactly what the table
was made from and raises ``Stale`` otherwise, and the caller then imports WeasyPrint as
before. Such an FFI opens a library by the name it is given (no ``find_library``); type
names are read by cffi's own C parser.
"""

from __future__ import annotations

import ast
import hashlib
import importlib.util
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import _cffi_backend

MODULE = "weasyprint.text.ffi"
"""The WeasyPrint module whose ``cffi.FFI()`` the table stands in for."""
TABLE = Path(__file__).with_name("weasyprint_declarations.py")


class Stale(Exception):
    """WeasyPrint declares other C functions or types than the table was made from."""


class _Declared(_cffi_backend.FFI):  # type: ignore[misc]
    """An FFI built from the table; its ``cdef`` only checks the declarations."""

    def cdef(self, source: str, **options: Any) -> None:
        from sorabrief.render.weasyprint_declarations import CDEF_SHA256

        if options or _digest(source) != CDEF_SHA256:
            raise Stale(f"{TABLE.name} was made from other declarations")


@contextmanager
def prebuilt_declarations() -> Iterator[None]:
    """Within the block, ``cffi.FFI()`` called from ``weasyprint.text.ffi`` is the table's."""
    import cffi

    original = cffi.FFI

    def make(*args: Any, **kwargs: Any) -> Any:
        if args or kwargs or sys._getframe(1).f_globals.get("__name__") != MODULE:
            return original(*args, **kwargs)
        from sorabrief.render.weasyprint_declarations import declared

        return declared(_Declared)

    cffi.FFI = make
    try:
        yield
    finally:
        cffi.FFI = original


def _digest(source: str) -> str:
    return hashlib.sha256(source.encode()).hexdigest()


def weasyprint_cdef() -> str:
    """The one string the installed ``weasyprint/text/ffi.py`` passes to ``ffi.cdef``."""
    spec = importlib.util.find_spec("weasyprint")
    if spec is None or spec.origin is None:
        raise Stale("WeasyPrint is not installed")
    tree = ast.parse((Path(spec.origin).parent / "text" / "ffi.py").read_text("utf-8"))
    strings = [
        node.args[0].value
        for node in ast.walk(tree)
        if isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and node.func.attr == "cdef"
        and node.args
        and isinstance(node.args[0], ast.Constant)
    ]
    if len(strings) != 1 or not isinstance(strings[0], str):
        raise Stale("WeasyPrint no longer declares its C functions in one cdef")
    return strings[0]


def table_source(cdef: str) -> str:
    """The text of ``weasyprint_declarations.py`` for the declarations ``cdef``."""
    import cffi
    from cffi import recompiler

    ffi = cffi.FFI()
    ffi.cdef(cdef)
    with tempfile.TemporaryDirectory() as folder:
        made = Path(folder) / "made.py"
        recompiler.make_py_source(ffi, "_weasyprint_ffi", str(made))
        generated = made.read_text("utf-8")
    _, found, arguments = generated.partition("ffi = _cffi_backend.FFI(")
    if not found:
        raise Stale("cffi wrote its table in another form")
    return (
        f'"""WeasyPrint\'s C declarations as cffi\'s tables (see ``prebuilt_ffi``).\n\n'
        f'Made by ``python -m sorabrief.render.prebuilt_ffi`` from WeasyPrint\'s source; do not edit.\n"""\n\n'
        "from typing import Any\n\n"
        f'CDEF_SHA256 = "{_digest(cdef)}"\n\n\n'
        "def declared(ffi_type: Any) -> Any:\n"
        '    """An ``ffi_type`` (a ``_cffi_backend.FFI``) holding the declarations."""\n'
        "    return ffi_type(" + arguments.rstrip().replace("\n", "\n    ") + "\n"
    )


if __name__ == "__main__":
    TABLE.write_text(table_source(weasyprint_cdef()), "utf-8")
    print(TABLE)
