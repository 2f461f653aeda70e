"""A PDF written with ``serialize_once`` is the same file, its objects serialized once."""

from __future__ import annotations

import io
import zlib
from typing import Any

import pydyf
import pytest

from sorabrief.render.serialize_once import serialize_once


def _pdf() -> pydyf.PDF:
    pdf = pydyf.PDF()
    content = pydyf.Stream(compress=True)
    content.begin_text()
    content.set_font_size("F1", 11)
    content.show_text_string("Harbour ferry timetable, winter edition")
    content.end_text()
    pdf.add_object(content)
    page = pydyf.Dictionary(
        {
            "Type": "/Page",
            "Parent": pdf.pages.reference,
            "MediaBox": pydyf.Array([0, 0, 200, 100]),
            "Contents": content.reference,
        }
    )
    pdf.add_page(page)
    return pdf


def _written(pdf: pydyf.PDF) -> bytes:
    output = io.BytesIO()
    pdf.write(output, identifier=b"0123456789abcdef", compress=True)
    return output.getvalue()


def test_the_file_is_byte_for_byte_the_same() -> None:
    plain = _written(_pdf())
    pdf = _pdf()
    serialize_once(None, pdf)
    assert _written(pdf) == plain


def _compressions(pdf: pydyf.PDF, monkeypatch: pytest.MonkeyPatch) -> int:
    made = []
    original = zlib.compressobj

    def counted(*args: Any, **kwargs: Any) -> Any:
        made.append(args)
        return original(*args, **kwargs)

    with monkeypatch.context() as patch:
        patch.setattr(zlib, "compressobj", counted)
        _written(pdf)
    return len(made)


def test_the_page_content_and_the_object_stream_are_compressed_once(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    twice = _compressions(_pdf(), monkeypatch)
    pdf = _pdf()
    serialize_once(None, pdf)
    assert _compressions(pdf, monkeypatch) == twice - 2  # written, then hashed for the identifier
