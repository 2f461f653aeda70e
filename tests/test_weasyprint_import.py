"""WeasyPrint's libraries are found in the loader cache as ``find_library`` finds them, and
fontTools' rarely used parts load when they are first called."""

from __future__ import annotations

import ctypes.util
import subprocess
import sys

import pytest

from sorabrief.render import deferred_modules, weasyprint_import

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


def _run(code: str) -> str:
    """What ``code`` prints in a fresh interpreter."""
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=300
    )
    return done.stdout.strip()


def test_fonttools_subsetter_and_instancer_wait_until_called() -> None:
    printed = _run(
        "import sys\n"
        "from sorabrief.render.weasyprint_import import import_weasyprint\n"
        "import_weasyprint()\n"
        "print(sorted(m for m in sys.modules if m.startswith(('fontTools.subset', 'fontTools.varLib'))))\n"
        "import fontTools.subset, fontTools.varLib.instancer as instancer\n"
        "print(type(fontTools.subset.Options()).__module__, instancer.instantiateVariableFont.__module__)\n"
    )
    assert printed.splitlines() == ["[]", "fontTools.subset fontTools.varLib.instancer"]


def test_weasyprint_still_subsets_with_fonttools_without_harfbuzz_subset() -> None:
    printed = _run(
        "from sorabrief.render.weasyprint_import import import_weasyprint\n"
        "weasyprint = import_weasyprint()\n"
        "import weasyprint.pdf.fonts as fonts\n"
        "fonts.harfbuzz_subset = None\n"
        "pdf = weasyprint.HTML(string='<p>Lantern harbour</p>').write_pdf()\n"
        "import sys\n"
        "print(pdf[:5].decode(), 'fontTools.subset' in sys.modules)\n"
    )
    assert printed == "%PDF- True"


def test_deferred_names_are_real_modules_after_the_block(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delitem(sys.modules, "json.tool", raising=False)
    with deferred_modules.deferred(["json.tool"]):
        from json import tool  # the stand-in

        run_later = tool.main
    assert "json.tool" not in sys.modules
    assert not hasattr(sys.modules["json"], "tool")
    import json.tool

    assert json.tool.main.__module__ == "json.tool"
    assert callable(run_later)


def test_form_and_hint_stylesheets_wait_until_a_render_uses_them() -> None:
    printed = _run(
        "from sorabrief.render.weasyprint_import import import_weasyprint\n"
        "weasyprint = import_weasyprint()\n"
        "import weasyprint.html as html\n"
        "sheets = (html.UA_STYLESHEET, html.UA_FORM_STYLESHEET, html.PH_STYLESHEET)\n"
        "print(['matcher' in vars(s) for s in sheets], html.CSS is weasyprint.CSS)\n"
        "weasyprint.HTML(string='<p align=center>Quillmere</p>').render(\n"
        "    presentational_hints=True, pdf_forms=True)\n"
        "print(['matcher' in vars(s) for s in sheets])\n"
    )
    assert printed.splitlines() == ["[True, False, False] True", "[True, True, True]"]


_HINTS_AND_FORMS = (
    "import hashlib\n"
    "page = ('<html lang=en><table border=2 cellpadding=4 width=300><tr>'\n"
    "    '<td bgcolor=red align=center>Quillmere ferry</td></tr></table>'\n"
    "    '<form><input value=Brantock><select><option>a</select></form>'\n"
    "    '<font color=blue size=5>Ostwick</font><hr noshade size=3></html>')\n"
    "document = weasyprint.HTML(string=page).render(presentational_hints=True, pdf_forms=True)\n"
    "print(hashlib.sha256(document.write_pdf(pdf_identifier=b'0' * 32)).hexdigest())\n"
)


def test_lazy_stylesheets_print_what_parsed_ones_print(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "0")
    lazy = _run(
        "from sorabrief.render.weasyprint_import import import_weasyprint\n"
        "weasyprint = import_weasyprint()\n" + _HINTS_AND_FORMS
    )
    plain = _run("import weasyprint\n" + _HINTS_AND_FORMS)
    assert lazy == plain
