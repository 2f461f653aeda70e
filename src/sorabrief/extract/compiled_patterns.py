"""The extraction rules' regular expressions, compiled once and kept beside the bytecode.

Importing the rules compiles about 290 regular expressions; parsing and compiling them is
most of the import, and a run that extracts only a few articles (a re-run after adding one,
a report with ``--no-cache``) pays it in full. Python keeps a module's bytecode in
``__pycache__``; this keeps the rules' compiled patterns there too: what ``re``'s compiler
makes of each (its code, groups and flags), by the pattern's text and flags, for this
Python (``cache_tag``) and this version of its engine (``_sre.MAGIC``).

What ``openings`` reads from a pattern's parse (where its matches can start) is kept with
it, so the first article does not parse the patterns again. ``kept()`` is entered around
the first import of the rules and the first article, and ``kept("report")`` by
``sorabrief report`` around the import of its other modules (linking's, the case reader's,
the chosen renderers'), whose patterns go in a file of their own: a report whose findings
are all cached never compiles or reads the rules' patterns. It puts every kept pattern
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
import functools
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

import attrs

_FOLDER = Path(__file__).parent / "__pycache__"
_PACKAGE = Path(__file__).parent.parent


@attrs.define(eq=False)
class _Kept:
    """One file of kept patterns: the rules' (``"patterns"``) or a report's other modules'
    (``"report"``), and what this process read from it."""

    name: str
    pid: int | None = None
    """The process that read the file: a forked worker reads it again."""
    missed: bool = False
    checked: dict[tuple[str, int], tuple[Any, ...]] = attrs.Factory(dict)
    """Checked patterns (``first_char.py``) by their text and flags: the arguments of
    ``_sre.compile``."""
    reach: dict[tuple[str, int], Any] = attrs.Factory(dict)
    """Where the matches of a pattern tried through ``openings.found`` can start, by its
    text and flags (what ``openings`` reads from the pattern's parse)."""

    @property
    def file(self) -> Path:
        return _FOLDER / f"{self.name}.{sys.implementation.cache_tag}.{_sre.MAGIC}.marshal"


_KEPT: dict[str, _Kept] = {}
_OPEN: list[_Kept] = []
"""The blocks open in this process, innermost last: what is compiled is kept in it."""


def _compiled(args: tuple[Any, ...]) -> re.Pattern[str]:
    pattern: re.Pattern[str] = _sre.compile(*args)
    return pattern


@contextlib.contextmanager
def kept(name: str = "patterns", *, first_use: bool = True) -> Iterator[Callable[[], None]]:
    """Around the first import of some modules (and, with ``first_use``, their first use):
    kept patterns are not compiled or read again, and the file ``name`` is written again
    when one was missing. The function it gives is called once the modules are imported:
    a pattern compiled after that (from the case's party names, say) is not kept; with
    ``first_use``, what ``openings`` reads from the patterns until the block ends is."""
    cache = getattr(re, "_cache", None)
    block = _KEPT.setdefault(name, _Kept(name))
    if block.pid == os.getpid() or not isinstance(cache, dict):
        yield lambda: None
        return
    block.pid, block.missed = os.getpid(), False
    block.checked.clear()
    block.reach.clear()
    _OPEN[:] = [b for b in _OPEN if b.pid == block.pid]  # a forked worker's: not the parent's
    _OPEN.append(block)
    plain = _read(block, cache)
    before = set(cache)
    added: list[Any] = []

    def imported() -> None:
        added.extend(key for key in cache if key not in before and key[0] is str)
        if not first_use and block in _OPEN:
            _OPEN.remove(block)

    try:
        yield imported
    finally:
        if block in _OPEN:
            _OPEN.remove(block)
    if (added or block.missed) and not sys.dont_write_bytecode:
        _write(block, plain, added)
    block.checked.clear()
    block.reach.clear()


def checked(source: str, flags: int) -> re.Pattern[str] | None:
    """The kept compiled form of a checked pattern, by the text and flags it was made from."""
    key = (source, int(flags))
    for block in _KEPT.values():
        if (args := block.checked.get(key)) is not None:
            return _compiled(args)
    if _OPEN:
        _OPEN[-1].missed = True
    return None


def remember_checked(source: str, flags: int, args: tuple[Any, ...]) -> None:
    """Keep the arguments ``_sre.compile`` was given for a checked pattern."""
    if _OPEN:
        _OPEN[-1].checked[source, int(flags)] = args


def reach(pattern: re.Pattern[str]) -> Any:
    """What ``openings`` read from ``pattern`` and kept, or None."""
    key = (pattern.pattern, pattern.flags)
    for block in _KEPT.values():
        if (found := block.reach.get(key)) is not None:
            return found
    if _OPEN:
        _OPEN[-1].missed = True
    return None


def remember_reach(pattern: re.Pattern[str], found: Any) -> None:
    """Keep what ``openings`` read from ``pattern``."""
    if _OPEN:
        _OPEN[-1].reach[pattern.pattern, pattern.flags] = found


@functools.cache
def _stamp() -> list[Any]:
    """What the kept patterns were made by: this Python, and the size and modification time
    of each module of the package (read once a process: both files are stamped alike)."""
    modules = sorted(_PACKAGE.rglob("*.py"))
    return [sys.version, *((str(m.relative_to(_PACKAGE)), *_mark(m)) for m in modules)]


def _mark(module: Path) -> tuple[int, int]:
    status = module.stat()
    return status.st_size, status.st_mtime_ns


def _read(block: _Kept, cache: dict[Any, Any]) -> dict[tuple[str, int], tuple[Any, ...]]:
    """Put the file's plain patterns in ``re``'s cache and keep its checked ones; the plain
    ones read, by text and flags."""
    try:
        if sys.pycache_prefix:
            return {}
        stored = marshal.loads(block.file.read_bytes())
        if stored["stamp"] != _stamp():
            return {}
        plain = {(text, flags): tuple(args) for text, flags, args in stored["plain"]}
        for text, flags, args in stored["checked"]:
            block.checked.setdefault((text, flags), tuple(args))
        for text, flags, found in stored["reach"]:
            block.reach.setdefault((text, flags), tuple(found))
        for (text, flags), args in plain.items():
            cache.setdefault((str, text, flags), _compiled(args))
    except (OSError, EOFError, ValueError, TypeError, KeyError, RuntimeError):
        return {}
    return plain


def _write(block: _Kept, plain: dict[tuple[str, int], tuple[Any, ...]], added: list[Any]) -> None:
    """Write the patterns the rules compile now: those read, those compiled here and the
    checked ones."""
    entries = dict(plain)
    for _, text, flags in added:
        entries[text, flags] = arguments(text, flags, sre_parse.parse(text, flags))
    stored = {
        "stamp": _stamp(),
        "plain": [(text, flags, args) for (text, flags), args in entries.items()],
        "checked": [(text, flags, args) for (text, flags), args in block.checked.items()],
        "reach": [(text, flags, found) for (text, flags), found in block.reach.items()],
    }
    if sys.pycache_prefix:
        return
    with contextlib.suppress(OSError, ValueError):
        block.file.parent.mkdir(exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=block.file.parent, suffix=".tmp")
        try:
            with os.fdopen(handle, "wb") as out:
                out.write(marshal.dumps(stored))
            os.chmod(temporary, 0o644)
            os.replace(temporary, block.file)
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
