"""The extraction rules' regular expressions, compiled once and kept beside the bytecode.

Importing the rules compiles about 290 regular expressions; parsing and compiling them is
most of the import, and a run that extracts only a few articles (a re-run after adding one,
a report with ``--no-cache``) pays it in full. Python keeps a module's bytecode in
``__pycache__``; this keeps the rules' compiled patterns there too: what ``re``'s compiler
makes of each (its code, groups and flags), by the pattern's text and flags, for this
Python (``cache_tag``) and this version of its engine (``_sre.MAGIC``).

What ``openings`` reads from a pattern's parse (where its matches can start) is kept with
it, so the first article does not parse the patterns again. ``kept()`` is entered around
the first import of the rules and the first article, and by ``sorabrief report`` around
its whole run, so the patterns its other modules compile on import (linking's, about 130
of them) are kept too; the rules' block inside it adds theirs. It puts every kept pattern
where ``re.compile`` looks first (``re``'s own cache of compiled patterns), so compiling
the same text with the same flags returns it; the engine checks the code of each
(``_sre.compile`` refuses code that is not well formed). A pattern whose text changed is
simply not found and compiled as before; when any was, the file is written again with the
patterns the rules compile now. The file is stamped with the Python version and the size
and modification time of every module of the package, as bytecode is with its source: after
any module changes (how ``openings`` reads a pattern, say) or Python is upgraded, the file
is not read but made anew, so nothing stale is used and old patterns do not pile up.
Nothing is kept when Python is told not to write bytecode, or to write it elsewhere
(``PYTHONPYCACHEPREFIX``). A pattern built from the engine's code is the same object
``re.compile`` makes (equal to it), so what the rules find cannot change.
"""

from __future__ import annotations

import _sre
import contextlib
import marshal
import os
import re
import re._compiler as sre_compile
import re._parser as sre_parse
import sys
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

_FILE = (
    Path(__file__).parent
    / "__pycache__"
    / f"patterns.{sys.implementation.cache_tag}.{_sre.MAGIC}.marshal"
)
_PACKAGE = Path(__file__).parent.parent
_CHECKED: dict[tuple[str, int], tuple[Any, ...]] = {}
"""Checked patterns (``first_char.py``) by their text and flags: the arguments of ``_sre.compile``."""
_REACH: dict[tuple[str, int], Any] = {}
"""Where the matches of a pattern tried through ``openings.found`` can start, by its text and
flags (what ``openings`` reads from the pattern's parse)."""
_state: dict[str, Any] = {"pid": None, "missed": False, "open": False}
_ADDED: list[Any] = []
"""Keys of ``re``'s cache compiled by imports inside the open ``kept()``."""


def _compiled(args: tuple[Any, ...]) -> re.Pattern[str]:
    pattern: re.Pattern[str] = _sre.compile(*args)
    return pattern


@contextlib.contextmanager
def kept() -> Iterator[Callable[[], None]]:
    """Around a run's imports and its first article: kept patterns are not compiled or
    read again, and the file is written again when one was missing. The function it gives
    is called once the modules are imported: a pattern compiled after that (from the
    case's party names, say) is not kept. Entered again while open (the rules imported
    during a run), it keeps what that import compiles and leaves the file to the first."""
    cache = getattr(re, "_cache", None)
    mine = _state["pid"] == os.getpid()
    if not isinstance(cache, dict) or (mine and not _state["open"]):
        yield lambda: None
        return
    if mine:
        yield _imported(cache, set(cache))
        return
    _state.update(pid=os.getpid(), open=True, missed=False)
    _ADDED.clear()
    plain = _read(cache)
    try:
        yield _imported(cache, set(cache))
    finally:
        _state["open"] = False
    if (_ADDED or _state["missed"]) and not sys.dont_write_bytecode:
        _write(plain, _ADDED)
    _CHECKED.clear()
    _REACH.clear()


def _imported(cache: dict[Any, Any], before: set[Any]) -> Callable[[], None]:
    def imported() -> None:
        _ADDED.extend(key for key in cache if key not in before and key[0] is str)

    return imported


def checked(source: str, flags: int) -> re.Pattern[str] | None:
    """The kept compiled form of a checked pattern, by the text and flags it was made from."""
    args = _CHECKED.get((source, int(flags)))
    if args is None:
        _state["missed"] |= _state["open"]
        return None
    return _compiled(args)


def remember_checked(source: str, flags: int, args: tuple[Any, ...]) -> None:
    """Keep the arguments ``_sre.compile`` was given for a checked pattern."""
    _CHECKED[source, int(flags)] = args


def reach(pattern: re.Pattern[str]) -> Any:
    """What ``openings`` read from ``pattern`` and kept, or None."""
    found = _REACH.get((pattern.pattern, pattern.flags))
    if found is None:
        _state["missed"] |= _state["open"]
    return found


def remember_reach(pattern: re.Pattern[str], found: Any) -> None:
    """Keep what ``openings`` read from ``pattern``."""
    _REACH[pattern.pattern, pattern.flags] = found


def _stamp() -> list[Any]:
    """What the kept patterns were made by: this Python, and the size and modification time
    of each module of the package."""
    modules = sorted(_PACKAGE.rglob("*.py"))
    return [sys.version, *((str(m.relative_to(_PACKAGE)), *_mark(m)) for m in modules)]


def _mark(module: Path) -> tuple[int, int]:
    status = module.stat()
    return status.st_size, status.st_mtime_ns


def _read(cache: dict[Any, Any]) -> dict[tuple[str, int], tuple[Any, ...]]:
    """Put the file's plain patterns in ``re``'s cache and keep its checked ones; the plain
    ones read, by text and flags."""
    try:
        if sys.pycache_prefix:
            return {}
        stored = marshal.loads(_FILE.read_bytes())
        if stored["stamp"] != _stamp():
            return {}
        plain = {(text, flags): tuple(args) for text, flags, args in stored["plain"]}
        for text, flags, args in stored["checked"]:
            _CHECKED.setdefault((text, flags), tuple(args))
        for text, flags, found in stored["reach"]:
            _REACH.setdefault((text, flags), tuple(found))
        for (text, flags), args in plain.items():
            cache.setdefault((str, text, flags), _compiled(args))
    except (OSError, EOFError, ValueError, TypeError, KeyError, RuntimeError):
        return {}
    return plain


def _write(plain: dict[tuple[str, int], tuple[Any, ...]], added: list[Any]) -> None:
    """Write the patterns the rules compile now: those read, those compiled here and the
    checked ones."""
    entries = dict(plain)
    for _, text, flags in added:
        entries[text, flags] = arguments(text, flags, sre_parse.parse(text, flags))
    stored = {
        "stamp": _stamp(),
        "plain": [(text, flags, args) for (text, flags), args in entries.items()],
        "checked": [(text, flags, args) for (text, flags), args in _CHECKED.items()],
        "reach": [(text, flags, found) for (text, flags), found in _REACH.items()],
    }
    if sys.pycache_prefix:
        return
    with contextlib.suppress(OSError, ValueError):
        _FILE.parent.mkdir(exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=_FILE.parent, suffix=".tmp")
        try:
            with os.fdopen(handle, "wb") as out:
                out.write(marshal.dumps(stored))
            os.chmod(temporary, 0o644)
            os.replace(temporary, _FILE)
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise


def arguments(text: str, flags: int, parsed: Any) -> tuple[Any, ...]:
    """What ``re._compiler.compile`` hands ``_sre.compile`` for ``text`` and ``flags``, given
    what the parser makes of ``text`` (the steps of CPython 3.11 to 3.13)."""
    state = parsed.state
    indexgroup: list[str | None] = [None] * state.groups
    for name, index in state.groupdict.items():
        indexgroup[index] = name
    code = [int(word) for word in sre_compile._code(parsed, flags)]
    return (
        text,
        int(flags | state.flags),
        code,
        state.groups - 1,
        state.groupdict,
        tuple(indexgroup),
    )
