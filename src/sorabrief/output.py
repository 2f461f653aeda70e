"""Write output files atomically: a temporary file beside the target, then a rename."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from sorabrief.errors import RenderError


def write_atomically(path: Path, content: str | bytes) -> None:
    """Write ``content`` to ``path`` so that readers never see a half-written file."""
    data = content.encode("utf-8") if isinstance(content, str) else content
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(
            dir=path.parent, prefix=f".{path.name}.", suffix=".tmp"
        )
    except OSError as error:
        raise RenderError(
            f"{path.parent}: cannot write here ({error.strerror}); choose another --out"
        ) from None
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
        os.chmod(temporary, 0o644)
        os.replace(temporary, path)
    except OSError as error:
        Path(temporary).unlink(missing_ok=True)
        raise RenderError(f"{path}: cannot write ({error.strerror})") from None
