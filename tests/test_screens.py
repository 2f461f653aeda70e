"""The HTML and email briefings in headless Chromium at 390 px and 1280 px: nothing overflows.

Headless Chromium will not make a window narrower than 500 px, so each page is shown in
an iframe of the width under test. A small script in the page lists every element reaching
past the right edge of its viewport and posts the list to the frame around it, which
writes it into its own document; ``--dump-dom`` prints that document. A screenshot of each
width is taken too, for a person to look at.
"""

from __future__ import annotations

import html
import json
import os
import re
import shutil
import subprocess
import tempfile
from pathlib import Path

import pytest

import sorabrief
from full_briefing import full_briefing

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
pytestmark = pytest.mark.skipif(
    not Path(CHROMIUM).is_file(),
    reason="Chromium is not installed (Debian package 'chromium'); .ci/run installs it",
)
FLAGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
    "--hide-scrollbars",
]  # fmt: skip
SHOTS = Path(os.environ.get("SORABRIEF_SCREENSHOTS", tempfile.gettempdir()))
"""Where the screenshots go: ``SORABRIEF_SCREENSHOTS``, else the temporary folder."""
PROBE = """<script>
addEventListener("load", () => {
  const width = document.documentElement.clientWidth;
  const wide = [...document.querySelectorAll("body *")]
    .filter((e) => e.getBoundingClientRect().right > width + 1)
    .map((e) => e.tagName + "." + e.className + ": " + e.textContent.slice(0, 40));
  parent.postMessage(JSON.stringify({scroll: document.documentElement.scrollWidth, width, wide}), "*");
});
</script>"""
FRAME = """<!DOCTYPE html><html><body style="margin:0">
<iframe src="{page}" width="{width}" height="3000" style="border:0;display:block"></iframe>
<script>
addEventListener("message", (event) => {{
  const out = document.createElement("pre");
  out.id = "overflow";
  out.textContent = event.data;
  document.body.append(out);
}});
</script></body></html>"""


def chromium(page: Path, width: int, *arguments: str) -> str:
    with tempfile.TemporaryDirectory() as profile:
        result = subprocess.run(
            [CHROMIUM, *FLAGS, f"--user-data-dir={profile}", f"--window-size={width},3000",
             *arguments, page.as_uri()],
            capture_output=True, text=True, timeout=120, check=False, stdin=subprocess.DEVNULL,
        )  # fmt: skip
    assert result.returncode == 0, result.stderr[-2000:]
    return result.stdout


@pytest.fixture(scope="module")
def pages(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    briefing = full_briefing()
    return {
        "html": sorabrief.render_html(briefing),
        "email": sorabrief.render_email_html(briefing),
    }


@pytest.mark.parametrize("width", [390, 1280])
@pytest.mark.parametrize("name", ["html", "email"])
def test_no_horizontal_overflow(
    pages: dict[str, str], name: str, width: int, tmp_path: Path
) -> None:
    probed = tmp_path / f"{name}.html"
    probed.write_text(pages[name].replace("</body>", PROBE + "</body>"), encoding="utf-8")
    frame = tmp_path / f"{name}-{width}-frame.html"
    frame.write_text(FRAME.format(page=probed.name, width=width), encoding="utf-8")
    window = max(width, 500)
    dom = chromium(frame, window, "--dump-dom", "--virtual-time-budget=5000")
    found = re.search(r'<pre id="overflow">(.*?)</pre>', dom, flags=re.DOTALL)
    assert found, "the overflow probe did not run"
    report = json.loads(html.unescape(found.group(1)))
    assert report["width"] == width
    assert report["wide"] == [] and report["scroll"] <= width, report
    shot = SHOTS / f"{name}-{width}.png"
    chromium(frame, window, f"--screenshot={shot}")
    assert shot.stat().st_size > 10_000
