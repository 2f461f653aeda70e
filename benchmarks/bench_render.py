"""Time each renderer on the bundled case (with every section populated) and report the PDF size.

Run from the repository root: ``python benchmarks/bench_render.py [--repeat N]``.
"""

from __future__ import annotations

import argparse
import io
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "tests"), str(ROOT / "src")]

from full_briefing import full_briefing  # noqa: E402
from sorabrief.render.email import render_email_html  # noqa: E402
from sorabrief.render.html import render_html  # noqa: E402
from sorabrief.render.markdown import render_markdown  # noqa: E402
from sorabrief.render.pdf import render_pdf  # noqa: E402


def timed(render: Callable[[], object], repeat: int) -> tuple[float, object]:
    """The median wall time of ``repeat`` runs, in milliseconds, and the last result."""
    times, result = [], None
    for _ in range(repeat):
        start = time.perf_counter()
        result = render()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times), result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=5)
    repeat = parser.parse_args().repeat
    briefing = full_briefing()
    renderers: dict[str, Callable[[], object]] = {
        "markdown": lambda: render_markdown(briefing),
        "html": lambda: render_html(briefing),
        "email html": lambda: render_email_html(briefing),
        "pdf (a4)": lambda: render_pdf(briefing),
        "pdf (letter)": lambda: render_pdf(briefing, paper="letter"),
    }
    print(f"{'format':<14}{'median ms':>11}{'size':>11}")
    for name, render in renderers.items():
        ms, result = timed(render, repeat)
        size = len(result.encode() if isinstance(result, str) else result)  # type: ignore[attr-defined]
        print(f"{name:<14}{ms:>11.0f}{size:>11,}")
    pdf = render_pdf(briefing)
    from pypdf import PdfReader

    pages = len(PdfReader(io.BytesIO(pdf)).pages)
    print(f"PDF: {len(pdf):,} bytes ({len(pdf) / 1024:.0f} KiB), {pages} pages, fonts subset")


if __name__ == "__main__":
    main()
