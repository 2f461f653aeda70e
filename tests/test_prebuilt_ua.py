"""WeasyPrint's user-agent stylesheet comes from the prebuilt table, which is what parsing
it gives, and is parsed as before when the table does not match."""

from __future__ import annotations

import subprocess
import sys

import pytest

from sorabrief.render import prebuilt_ua, weasyprint_ua_sheet


def _run(code: str) -> str:
    """What ``code`` prints in a fresh interpreter."""
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=300
    )
    return done.stdout.strip()


def _user_agent() -> str:
    return prebuilt_ua._user_agent_stylesheet()


def _skip_unless_the_table_is_for_the_installed_weasyprint() -> None:
    if prebuilt_ua.table_key(_user_agent()) != weasyprint_ua_sheet.KEY:
        pytest.skip(
            "the table was made from another WeasyPrint, tinycss2 or cssselect2; "
            "it is not used, as tested below"
        )


def test_the_table_is_what_parsing_the_stylesheet_gives_now() -> None:
    _skip_unless_the_table_is_for_the_installed_weasyprint()
    made = prebuilt_ua.table_source(_user_agent())
    assert made == prebuilt_ua.TABLE.read_text("utf-8"), (
        "run python -m sorabrief.render.prebuilt_ua"
    )


_SHEET = (
    "from sorabrief.render.weasyprint_import import import_weasyprint\n"
    "weasyprint = import_weasyprint()\n"
    "import weasyprint.html as html\n"
    "tests = [entry[0] for entries in html.UA_STYLESHEET.matcher.lower_local_name_selectors.values()\n"
    "         for entry in entries]\n"
    "print(sorted({test.__module__ for test in tests}), len(html.UA_COUNTER_STYLE))\n"
    "page = '<ol><li>Quillmere</li></ol><h1>Brantock</h1><p><b>Ostwick</b> ferry</p>'\n"
    "print(weasyprint.HTML(string=page).write_pdf()[:5].decode())\n"
)


def test_weasyprint_reads_its_user_agent_stylesheet_from_the_table() -> None:
    _skip_unless_the_table_is_for_the_installed_weasyprint()
    parsed = _run("import weasyprint.html as html\nprint(len(html.UA_COUNTER_STYLE))\n")
    assert _run(_SHEET).splitlines() == [
        "['sorabrief.render.weasyprint_ua_sheet'] " + parsed,
        "%PDF-",
    ]


def test_the_stylesheet_is_parsed_as_before_when_the_table_does_not_match() -> None:
    printed = _run(
        "from sorabrief.render import weasyprint_ua_sheet\n"
        "weasyprint_ua_sheet.KEY = '0' * 64\n" + _SHEET
    )
    assert printed.splitlines()[0].startswith("[None] ")
    assert printed.splitlines()[1] == "%PDF-"


def test_the_stylesheet_is_parsed_as_before_when_the_table_cannot_be_imported() -> None:
    printed = _run(
        "import sys\n"
        "sys.modules['sorabrief.render.weasyprint_ua_sheet'] = None  # import fails\n" + _SHEET
    )
    assert printed.splitlines()[0].startswith("[None] ")
    assert printed.splitlines()[1] == "%PDF-"
