"""WeasyPrint's user-agent stylesheet from a table made once, not parsed at every import.

Importing ``weasyprint.html`` parses the 18 KB user-agent stylesheet: tinycss2 reads it,
WeasyPrint validates each declaration and cssselect2 turns each selector into a Python
test, about a seventh of a ``report --pdf`` besides its document. ``weasyprint_ua_sheet``
holds the result, made by ``python -m sorabrief.render.prebuilt_ua``: the selectors' tests
as the Python source cssselect2 generates for them, and everything else the parsed
stylesheet holds (its matcher, page rules and layers, and the counter styles it adds) as a
pickle whose functions are those tests. Both ship in the package, as its code does.
``prebuilt_sheet`` gives that stylesheet only for the very text, WeasyPrint, tinycss2 and
cssselect2 the table was made from (``table_key``); otherwise None, and the caller parses
the text as before.
"""

from __future__ import annotations

import builtins
import hashlib
import io
import pickle
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

TABLE = Path(__file__).with_name("weasyprint_ua_sheet.py")


def table_key(string: str) -> str:
    """What the parsed stylesheet depends on: its text and the versions that parse it."""
    import cssselect2
    import tinycss2

    weasyprint = __import__("weasyprint")
    versions = f"{weasyprint.__version__} {tinycss2.__version__} {cssselect2.__version__}\n"
    return hashlib.sha256((versions + string).encode()).hexdigest()


def prebuilt_sheet(css: Any, string: str, counter_style: dict[str, Any]) -> Any | None:
    """``css(string=string, counter_style=counter_style)`` from the table, or None when the
    table was made from another text or other versions (whose names it may not find)."""
    try:
        from sorabrief.render import weasyprint_ua_sheet as table
    except ImportError:
        return None
    if table_key(string) != table.KEY:
        return None
    state, counters = _Unpickler(io.BytesIO(table.STATE), table.TESTS).load()
    sheet = css.__new__(css)
    vars(sheet).update(state)
    counter_style.update(counters)
    return sheet


class _Unpickler(pickle.Unpickler):
    """Reads the table's pickle; its persistent ids are the indexes of selector tests."""

    def __init__(self, file: io.BytesIO, tests: Sequence[Callable[[Any], Any]]) -> None:
        super().__init__(file)
        self.tests = tests

    def persistent_load(self, pid: Any) -> Any:
        return self.tests[pid]


class _Pickler(pickle.Pickler):
    """Writes selector tests as persistent ids, numbering their sources in ``sources``."""

    def __init__(self, file: io.BytesIO, made: dict[int, str]) -> None:
        super().__init__(file, protocol=5)
        self.made = made
        self.sources: list[str] = []
        self.numbers: dict[str, int] = {}

    def persistent_id(self, obj: Any) -> Any:
        source = self.made.get(id(obj)) if callable(obj) else None
        if source is None:
            return None
        if source not in self.numbers:
            self.numbers[source] = len(self.sources)
            self.sources.append(source)
        return self.numbers[source]


def parsed_state(string: str) -> tuple[bytes, list[str]]:
    """The pickle of ``CSS(string=string)`` parsed now, and its selector tests' sources."""
    import cssselect2.compiler
    import weasyprint
    from weasyprint.css.counters import CounterStyle

    made: dict[int, str] = {}
    kept: list[Any] = []

    def evaluate(source: str, *scopes: Any) -> Any:
        test = builtins.eval(source, *scopes)  # cssselect2's own call, recorded
        made[id(test)] = source
        kept.append(test)
        return test

    names = vars(cssselect2.compiler)
    names["eval"] = evaluate
    try:
        counter_style = CounterStyle()
        sheet = weasyprint.CSS(string=string, counter_style=counter_style)
    finally:
        del names["eval"]
    buffer = io.BytesIO()
    pickler = _Pickler(buffer, made)
    pickler.dump((vars(sheet), dict(counter_style)))
    return buffer.getvalue(), pickler.sources


def table_source(string: str) -> str:
    """The text of ``weasyprint_ua_sheet.py`` for the stylesheet ``string``."""
    state, sources = parsed_state(string)
    tests = "".join(f"    {source},\n" for source in sources)
    return (
        '"""WeasyPrint\'s user-agent stylesheet, parsed (see ``prebuilt_ua``).\n\n'
        'Made by ``python -m sorabrief.render.prebuilt_ua``; do not edit.\n"""\n\n'
        "# mypy: ignore-errors\n"
        "from urllib.parse import urlparse\n\n"
        "from cssselect2.compiler import split_whitespace\n"
        "from webencodings import ascii_lower\n\n"
        f'KEY = "{table_key(string)}"\n\n'
        f"TESTS = (\n{tests})\n\n"
        f"STATE = {state!r}\n"
    )


def _user_agent_stylesheet() -> str:
    import weasyprint.html

    ua: str = weasyprint.html.UA
    return ua


if __name__ == "__main__":
    TABLE.write_text(table_source(_user_agent_stylesheet()), "utf-8")
    print(TABLE)
