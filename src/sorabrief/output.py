"""Write a briefing's files: every format or none, each replaced whole.

Every file is first staged as a temporary file beside its target, written and
fsynced; only when all are staged are they renamed over their targets, in one pass,
and each folder is fsynced. If staging fails, the staged files are removed and no
target changes. Each rename is atomic, but the set of renames is not: see
docs/publishing.md for what a reader may see.
"""

from __future__ import annotations

import contextlib
import errno
import os
import re
import tempfile
from collections.abc import Mapping
from pathlib import Path

from sorabrief.display import shown_path
from sorabrief.errors import RenderError

_STAGED = re.compile(r"\.(?P<pid>\d+)-[^.]+\.tmp")
"""What follows ``.<target name>`` in a staged file's name: the writer's process id, a nonce."""


def write_all(contents: Mapping[Path, str | bytes]) -> list[Path]:
    """Write every ``path: content``, or none of them; returns the paths, in order."""
    folders = list(dict.fromkeys(path.parent for path in contents))
    for folder in folders:
        _make_folder(folder)
    for path in contents:
        remove_stale_staged(path)
    staged: list[tuple[Path, Path]] = []
    try:
        for path, content in contents.items():
            staged.append((_stage(path, content), path))
        replaced: list[Path] = []
        while staged:
            temporary, path = staged[0]
            _replace(temporary, path, replaced)
            replaced.append(path)
            staged.pop(0)
    finally:
        for temporary, _ in staged:
            temporary.unlink(missing_ok=True)
    for folder in folders:
        _sync_folder(folder)
    return list(contents)


def write_atomically(path: Path, content: str | bytes) -> None:
    """Write one file that may be lost but never seen half-written, such as a cache entry.

    A temporary file and a rename, like ``write_all``, but without fsync or the search for
    stale temporary files, which would cost more than the entry is worth.
    """
    _make_folder(path.parent)
    temporary = _stage(path, content, sync=False)
    try:
        _replace(temporary, path, [])
    finally:
        temporary.unlink(missing_ok=True)


def remove_stale_staged(path: Path) -> list[Path]:
    """Remove files staged for ``path`` by sorabrief processes that no longer run.

    A kill or a crash between staging and renaming leaves them behind. Only files named
    as sorabrief names them (``.<name>.<pid>-<nonce>.tmp``) are touched, and only when
    that process is gone; on systems without POSIX process checks nothing is removed.
    """
    removed = []
    prefix = f".{path.name}"
    with contextlib.suppress(OSError):
        for candidate in path.parent.iterdir():
            name = candidate.name
            match = _STAGED.fullmatch(name, len(prefix)) if name.startswith(prefix) else None
            if match and not _running(int(match["pid"])):
                candidate.unlink(missing_ok=True)
                removed.append(candidate)
    return removed


def _running(pid: int) -> bool:
    if os.name != "posix" or pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # another user's process: it exists
        return True
    return True


def _make_folder(folder: Path) -> None:
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise RenderError(
            f"{shown_path(folder)}: cannot write here ({error.strerror}); choose another --out"
        ) from None


def _stage(path: Path, content: str | bytes, *, sync: bool = True) -> Path:
    """A temporary file beside ``path`` holding ``content``, flushed to the disk if ``sync``."""
    data = content.encode("utf-8") if isinstance(content, str) else content
    try:
        handle, name = tempfile.mkstemp(
            dir=path.parent, prefix=f".{path.name}.{os.getpid()}-", suffix=".tmp"
        )
    except OSError as error:
        raise RenderError(
            f"{shown_path(path.parent)}: cannot write here ({error.strerror}); choose another --out"
        ) from None
    temporary = Path(name)
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            if sync:
                stream.flush()
                os.fsync(stream.fileno())
        os.chmod(temporary, 0o644)
    except OSError as error:
        temporary.unlink(missing_ok=True)
        raise RenderError(
            f"{shown_path(path)}: cannot write ({error.strerror}); no file was replaced"
        ) from None
    return temporary


def _replace(temporary: Path, path: Path, replaced: list[Path]) -> None:
    try:
        os.replace(temporary, path)
    except OSError as error:
        done = ", ".join(shown_path(p) for p in replaced) or "none"
        raise RenderError(
            f"{shown_path(path)}: cannot write ({error.strerror}); already replaced: {done}"
        ) from None


def _sync_folder(folder: Path) -> None:
    """Make the renames in ``folder`` durable; a system that cannot fsync a folder skips it."""
    if os.name != "posix":
        return
    try:
        handle = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(handle)
    except OSError as error:
        if error.errno not in (errno.EINVAL, errno.ENOTSUP):
            raise RenderError(f"{shown_path(folder)}: cannot sync ({error.strerror})") from None
    finally:
        os.close(handle)
