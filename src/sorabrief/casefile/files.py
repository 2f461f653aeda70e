"""Reading the files of a case folder: inside the folder, within a size limit, UTF-8, verbatim."""

from __future__ import annotations

import os
from pathlib import Path
from typing import BinaryIO

from sorabrief.display import shown_path
from sorabrief.errors import SorabriefError

MB = 1_000_000


def read_case_file(
    path: Path,
    folder: Path,
    limit_mb: float,
    option: str,
    error: type[SorabriefError],
    *,
    real_folder: Path | None = None,
    real_parent: Path | None = None,
) -> str:
    """The text of ``path`` exactly as stored (no newline translation, a leading BOM dropped).

    Refuses, with ``error``, a file that resolves outside ``folder`` (a symbolic link
    out of the case), one larger than ``limit_mb``, and one that is not UTF-8.
    ``real_folder`` is ``folder.resolve()`` and ``real_parent`` is ``path.parent.resolve()``
    when the caller has them (a case reads many files from one folder): then a file that
    is no symbolic link is where its folder is, and only a link is resolved.
    """
    try:
        if real_parent is not None and not path.is_symlink():
            real = real_parent / path.name
        else:
            real = path.resolve()
        if not real.is_relative_to(real_folder or folder.resolve()):
            raise error(
                f"{shown_path(path)}: links to {shown_path(real)}, outside the case folder; "
                "copy the file into the case instead"
            )
        limit = int(limit_mb * MB)
        with real.open("rb") as stream:
            data = _read_at_most(stream, limit + 1)
    except OSError as failure:
        raise error(f"{shown_path(path)}: cannot be read ({failure.strerror})") from None
    if len(data) > limit:
        raise error(
            f"{shown_path(path)}: larger than the {limit_mb:g} MB limit; "
            f"raise it with {option} if the file is genuine"
        )
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as failure:
        raise error(
            f"{shown_path(path)}: not UTF-8 text (byte {failure.start}); re-save the file as UTF-8"
        ) from None


def _read_at_most(stream: BinaryIO, count: int) -> bytes:
    """The first ``count`` bytes of a file, or all of it if shorter, asking for no more than
    the file holds: ``read(count)`` sets aside ``count`` bytes first, 20 MB per article."""
    size = os.fstat(stream.fileno()).st_size
    data = stream.read(min(size, count - 1) + 1)
    if len(data) > size:  # a file that grew, or one with no size (a pipe)
        data += stream.read(count - len(data))
    return data
