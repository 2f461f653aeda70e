"""WeasyPrint's libraries are found in the loader cache as ``find_library`` finds them."""

from __future__ import annotations

import ctypes.util
import sys

import pytest

from sorabrief.render import weasyprint_import

pytestmark = pytest.mark.skipif(
    not sys.platform.startswith("linux"), reason="the loader cache is read on Linux only"
)


@pytest.mark.parametrize(
    "name", ["pango-1.0", "pangoft2-1.0", "harfbuzz", "fontconfig", "gobject-2.0", "c"]
)
def test_installed_libraries_are_found_as_find_library_finds_them(name: str) -> None:
    assert weasyprint_import._in_loader_cache(name) == ctypes.util.find_library(name)


def test_names_for_other_platforms_are_not_found() -> None:
    for name in ["libpango-1.0-0", "pango-1.0-0", "libpango-1.0.dylib", "libpango-1.0-0.dll"]:
        assert weasyprint_import._in_loader_cache(name) is None


def test_find_library_is_restored_after_the_import() -> None:
    original = ctypes.util.find_library
    assert weasyprint_import.import_weasyprint().HTML is not None
    assert ctypes.util.find_library is original
