"""Import WeasyPrint without a compiler search for each library name it tries, and without
fontTools' subsetter and variable-font instancer until they are needed.

WeasyPrint loads Pango, HarfBuzz and fontconfig through cffi, trying several names per
library (``libpango-1.0-0``, ``pango-1.0-0``, ... ``libpango-1.0.so.0``). cffi looks each
one up with ``ctypes.util.find_library``, which on Linux runs ``ldconfig -p`` and, for
every name the loader cache does not hold, ``gcc`` and ``ld`` as well: about 20 processes,
a fifth of a second of CPU. While WeasyPrint is imported, names are looked up in one
reading of the loader cache instead, by the same rule as ``find_library``'s first step.
Should a library be missing from that cache, the import is repeated with the full search;
with ``LD_LIBRARY_PATH`` set, only the full search is used.

WeasyPrint subsets fonts with HarfBuzz when it can and uses fontTools' subsetter only
without it, and its instancer only for variable fonts, yet imports both up front: about a
quarter of its import. They are imported when first called instead (``deferred_modules``),
as its stylesheets for forms and presentational hints are parsed when first used and its
user-agent stylesheet comes from a table made once (``weasyprint_sheets``).
On Linux its C declarations come from a table made once (``prebuilt_ffi``), and the
libraries are then opened by the names WeasyPrint tries, with no search at all. Should the
table not match the installed WeasyPrint, or a library not open by name, the import is
repeated as above, and the C type names WeasyPrint uses while rendering are at least
parsed together (``cffi_types``).
"""

from __future__ import annotations

import ctypes.util
import functools
import io
import os
import struct
import subprocess
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager, redirect_stdout
from typing import Any

from sorabrief.render.cffi_types import parse_types_together
from sorabrief.render.deferred_modules import deferred
from sorabrief.render.prebuilt_ffi import Stale, prebuilt_declarations
from sorabrief.render.weasyprint_sheets import prepared_stylesheets

_ABI = {
    "x86_64-64": "libc6,x86-64",
    "ppc64-64": "libc6,64bit",
    "sparc64-64": "libc6,64bit",
    "s390x-64": "libc6,64bit",
    "ia64-64": "libc6,IA-64",
}
"""The loader cache's name for this machine's ABI, as ``ctypes.util`` maps it."""

RARELY_USED = ("fontTools.subset", "fontTools.varLib", "fontTools.varLib.instancer")
"""What WeasyPrint imports but calls only without HarfBuzz's subsetter or for variable fonts."""


def import_weasyprint() -> Any:
    """The ``weasyprint`` module; raises ``OSError`` when its libraries cannot be loaded."""
    with deferred(RARELY_USED), prepared_stylesheets():
        weasyprint = _import_weasyprint()
    parse_types_together(getattr(sys.modules.get("weasyprint.text.ffi"), "ffi", None))
    return weasyprint


def _import_weasyprint() -> Any:
    linux = sys.platform.startswith("linux")
    if linux and "weasyprint" not in sys.modules:
        try:
            with redirect_stdout(io.StringIO()), prebuilt_declarations():
                import weasyprint

            return weasyprint
        except (OSError, ImportError, Stale):
            pass  # a library the loader does not find by name, another WeasyPrint or cffi
    if "weasyprint" in sys.modules or not linux or os.environ.get("LD_LIBRARY_PATH"):
        import weasyprint

        return weasyprint
    try:
        with _find_library(_in_loader_cache), redirect_stdout(io.StringIO()):
            import weasyprint
    except OSError:
        import weasyprint
    return weasyprint


@contextmanager
def _find_library(lookup: Callable[[str], str | None]) -> Iterator[None]:
    """``ctypes.util.find_library`` is ``lookup`` for the duration of the block."""
    names = vars(ctypes.util)
    original = names["find_library"]
    names["find_library"] = lookup
    try:
        yield
    finally:
        names["find_library"] = original


def _in_loader_cache(name: str) -> str | None:
    """The file name the loader cache lists for library ``name``, as ``find_library``
    reports it (``libpango-1.0.so.0`` for ``pango-1.0``), or None."""
    bits = "-32" if struct.calcsize("l") == 4 else "-64"
    return _loader_names(_ABI.get(os.uname().machine + bits, "libc6")).get(name)


@functools.cache
def _loader_names(abi: str) -> dict[str, str]:
    """Each name ``find_library`` could be asked for, with the first file of ``abi`` the
    loader cache lists for it: ``libpango-1.0.so.0`` under ``pango-1``, ``pango-1.0`` and
    ``pango-1.0.so`` (a name is what stands between ``lib`` and a dot)."""
    names: dict[str, str] = {}
    for line in _loader_cache().splitlines():
        file, _, kind = line.strip().partition(" (")
        if file.startswith("lib") and kind.startswith(abi):
            for end in (i for i, char in enumerate(file) if char == "." and 3 < i < len(file) - 1):
                names.setdefault(file[3:end], file)
    return names


@functools.cache
def _loader_cache() -> str:
    """What ``ldconfig -p`` prints; raises ``OSError`` when it cannot run."""
    listing = subprocess.run(
        ["/sbin/ldconfig", "-p"],
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        env={"LC_ALL": "C", "LANG": "C"},
        check=False,
    )
    return os.fsdecode(listing.stdout)
