"""Reading the files of a case folder: inside the folder, within a size limit, UTF-8, verbatim."""

from __future__ import annotations

from pathlib import Path

from sorabrief.display import shown_path
from sorabrief.errors import SorabriefError

MB = 1_000_000


def read_case_file(
    path: Path, folder: Path, limit_mb: float, option: str, error: type[SorabriefError]
) -> str:
    """The text of ``path`` exactly as stored (no newline translation, a leading BOM dropped).

    Refuses, with ``error``, a file that resolves outside ``folder`` (a symbolic link
    out of the case), one larger than ``limit_mb``, and one that is not UTF-8.
    """
    try:
        real = path.resolve()
        if not real.is_relative_to(folder.resolve()):
            raise error(
                f"{shown_path(path)}: links to {shown_path(real)}, outside the case folder; "
                "copy the file into the case instead"
            )
        limit = int(limit_mb * MB)
        with real.open("rb") as stream:
            data = stream.read(limit + 1)
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
