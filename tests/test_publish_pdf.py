"""The PDF: text, metadata, bookmarks, paper, byte-stable output and no network access."""

from __future__ import annotations

import http.server
import io
import os
import shutil
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader

from full_briefing import full_briefing
from hostile import hostile_briefing
from sorabrief.briefing import Briefing
from sorabrief.render.pdf import render_pdf
from sorabrief.render.words import smart
from sorabrief.resources import templates_dir

ROOT = Path(__file__).resolve().parents[1]
BOOKMARKS = [
    "Summary", "Parties", "Grievances", "Responses", "Status as of 6 December 2024", "Timeline",
    "Key figures", "Quotes", "Where sources disagree", "Coverage", "How this briefing was made",
    "References",
]  # fmt: skip


def words(text: str) -> str:
    return " ".join(text.replace("\u00a0", " ").split())


@pytest.fixture(scope="module")
def full() -> Briefing:
    return full_briefing()


@pytest.fixture(scope="module")
def pdf(full: Briefing) -> bytes:
    return render_pdf(full)


@pytest.fixture(scope="module")
def reader(pdf: bytes) -> PdfReader:
    return PdfReader(io.BytesIO(pdf))


def test_text_has_every_claim_and_source_title(full: Briefing, reader: PdfReader) -> None:
    text = words(" ".join(page.extract_text() for page in reader.pages))
    for claim in full.claims:
        if claim.claim.statement:
            assert words(smart(claim.claim.statement).rstrip(".")) in text, claim.id
    for report in full.sources:
        if report.source.title:
            assert words(report.source.title) in text
    assert "Page 2 of" in text


def test_metadata_comes_from_the_briefing(full: Briefing, reader: PdfReader) -> None:
    info = reader.metadata
    assert info is not None
    assert info.title == smart(full.title)
    assert info.subject and "5 articles" in info.subject and "6 December 2024" in info.subject
    assert "OpenAI" in str(info.get("/Keywords"))
    assert str(info.get("/CreationDate")).startswith("D:20241206")
    assert str(info.get("/ModDate")).startswith("D:20241206")
    assert "/MarkInfo" in reader.trailer["/Root"] and "/StructTreeRoot" in reader.trailer["/Root"]


def test_bookmarks_follow_the_section_headings(reader: PdfReader) -> None:
    top = [item.title for item in reader.outline if not isinstance(item, list)]
    assert top == BOOKMARKS
    nested = [i.title for group in reader.outline if isinstance(group, list) for i in group]
    assert "Niko Felix — OpenAI spokesperson" in [words(t) for t in nested]
    assert "Figures differ: How long the leaked access lasted" in [words(t) for t in nested]


def test_citations_link_inside_and_references_link_out(reader: PdfReader) -> None:
    internal = external = 0
    for page in reader.pages:
        for annotation in page.get("/Annots") or []:
            action = annotation.get_object().get("/A")
            if action and action.get("/S") == "/URI":
                external += action["/URI"] == "https://biztechweekly.com/?p=34012"
            elif annotation.get_object().get("/Dest") or (action and action.get("/D")):
                internal += 1
    assert internal > 20 and external >= 1


@pytest.mark.parametrize(("paper", "size"), [("a4", (595, 842)), ("letter", (612, 792))])
def test_paper_size(full: Briefing, paper: str, size: tuple[int, int]) -> None:
    box = PdfReader(io.BytesIO(render_pdf(full, paper=paper))).pages[0].mediabox  # type: ignore[arg-type]
    assert (round(float(box.width)), round(float(box.height))) == size


def test_fonts_are_the_bundled_ones_subset(reader: PdfReader, pdf: bytes) -> None:
    names = set()
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            names.add(str(font.get_object()["/BaseFont"]).split("+")[-1])
    assert names <= {"Briefing-Serif", "Briefing-Serif-Bold", "Briefing-Serif-Italic",
                     "Briefing-Sans", "Briefing-Sans-Semi-Bold"}  # fmt: skip
    assert len(pdf) < 400_000


RENDER = """
import sys
sys.path[:0] = [{tests!r}, {src!r}]
from full_briefing import full_briefing
from sorabrief.render.pdf import render_pdf
from sorabrief.render.words import smart
sys.stdout.buffer.write(render_pdf(full_briefing()))
"""


def test_two_processes_on_different_days_give_identical_bytes(pdf: bytes) -> None:
    script = RENDER.format(tests=str(ROOT / "tests"), src=str(ROOT / "src"))
    outputs = []
    for epoch, seed in (("1", "1"), ("1900000000", "2")):
        env = {**os.environ, "SOURCE_DATE_EPOCH": epoch, "PYTHONHASHSEED": seed, "TZ": "Asia/Tokyo"}
        if epoch == "1":
            env.pop("SOURCE_DATE_EPOCH")
        run = subprocess.run(
            [sys.executable, "-c", script], env=env, capture_output=True, check=True
        )
        outputs.append(run.stdout)
    assert outputs[0] == outputs[1] == pdf


def test_environment_is_restored_after_rendering(full: Briefing) -> None:
    before = os.environ.get("SOURCE_DATE_EPOCH")
    render_pdf(full)
    assert os.environ.get("SOURCE_DATE_EPOCH") == before


@pytest.mark.skipif(shutil.which("qpdf") is None, reason="qpdf is not installed")
def test_qpdf_accepts_the_pdf(pdf: bytes, tmp_path: Path) -> None:
    path = tmp_path / "briefing.pdf"
    path.write_bytes(pdf)
    subprocess.run(["qpdf", "--check", str(path)], check=True, capture_output=True)


@pytest.fixture
def listener() -> Iterator[tuple[str, list[str]]]:
    """A local HTTP server that records every request; stopped when the test ends."""
    requests: list[str] = []

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            requests.append(self.path)
            self.send_response(200)
            self.send_header("Content-Type", "text/css")
            self.end_headers()
            self.wfile.write(b"body { color: red }")

        def log_message(self, *args: object) -> None:
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_port}", requests
    finally:
        server.shutdown()
        server.server_close()
        thread.join()


def test_the_listener_sees_requests_that_are_made(listener: tuple[str, list[str]]) -> None:
    import urllib.request

    base, requests = listener
    urllib.request.urlopen(f"{base}/probe").read()
    assert requests == ["/probe"]


def test_hostile_sources_make_no_request(full: Briefing, listener: tuple[str, list[str]]) -> None:
    base, requests = listener
    pdf = render_pdf(hostile_briefing(full, f"{base}/from-source"))
    assert requests == []
    text = words(" ".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages))
    assert "<script>alert(1)</script>" in text


def test_hostile_templates_make_no_request_and_read_no_file(
    full: Briefing, listener: tuple[str, list[str]], tmp_path: Path
) -> None:
    base, requests = listener
    (tmp_path / "briefing.html.j2").write_text(
        '{% extends "!builtin/briefing.html.j2" %}{% block summary %}'
        f'<img src="{base}/img.png"><img src="file:///etc/passwd"><img src="data:image/png;base64,iVBORw0KGgo=">'
        f'<link rel="stylesheet" href="{base}/x.css"><object data="{base}/o"></object>'
        "{{ super() }}{% endblock %}"
    )
    (tmp_path / "print.css").write_text(
        f'@import url("{base}/import.css"); body {{ background: url("{base}/bg.png"); }}'
        '@font-face { font-family: X; src: url("file:///etc/passwd"); }'
    )
    pdf = render_pdf(full, tmp_path)
    assert requests == []
    assert pdf.startswith(b"%PDF")


def test_fetcher_serves_only_files_under_the_template_folders(tmp_path: Path) -> None:
    from sorabrief.render.fetcher import RefusedURL, TemplateFetcher

    fetcher = TemplateFetcher([templates_dir()])
    font = (templates_dir() / "fonts" / "Inter-Regular.otf").as_uri()
    assert fetcher.fetch(font).read()[:4] == b"OTTO"
    secret = tmp_path / "secret.css"
    secret.write_text("x")
    for url in (
        "http://127.0.0.1:9/x.css", "https://example.com/a.ttf", "ftp://example.com/a.css",
        "data:text/css,body{}", "file:///etc/passwd", secret.as_uri(),
        (templates_dir() / "fonts" / ".." / ".." / "pyproject.toml").as_uri(),
        f"file://example.com{templates_dir() / 'briefing.css'}",
    ):  # fmt: skip
        with pytest.raises(RefusedURL):
            fetcher.fetch(url)


def test_fetched_files_carry_their_media_type_without_the_email_header_parser() -> None:
    script = (
        "import sys\n"
        "from sorabrief.render.pdf import load_weasyprint\n"
        "from sorabrief.render.fetcher import TemplateFetcher\n"
        "from sorabrief.resources import templates_dir\n"
        "load_weasyprint()\n"
        "fetcher = TemplateFetcher([templates_dir()])\n"
        "for name in ('briefing.css', 'fonts/NotoSerif-Bold.ttf', 'fonts/Inter-Regular.otf'):\n"
        "    response = fetcher.fetch((templates_dir() / name).as_uri())\n"
        "    print(response.content_type, response.charset)\n"
        "print('email.policy' in sys.modules)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True
    )
    assert result.stdout.splitlines() == [
        "text/css None", "font/ttf None", "font/otf None", "False"
    ]  # fmt: skip


def test_missing_system_libraries_give_one_line_naming_the_packages(
    full: Briefing, monkeypatch: pytest.MonkeyPatch
) -> None:
    import builtins

    from sorabrief.errors import RenderError

    real_import = builtins.__import__

    def without_pango(name: str, *args: object, **kwargs: object) -> object:
        if name == "weasyprint":
            raise OSError("cannot load library 'libgobject-2.0-0': no such file\nmore detail")
        return real_import(name, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.delitem(sys.modules, "weasyprint", raising=False)
    monkeypatch.setattr(builtins, "__import__", without_pango)
    with pytest.raises(RenderError) as raised:
        render_pdf(full)
    message = str(raised.value)
    assert "\n" not in message
    assert "libpango-1.0-0" in message and "libharfbuzz-subset0" in message
    assert "libgobject-2.0-0" in message
