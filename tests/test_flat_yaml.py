"""Front matter of ``key: value`` lines is read without the YAML parser, to exactly what
the parser gives; anything else goes to the parser."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from fuzz_support import FUZZ
from sorabrief.casefile.flat_yaml import flat_document
from sorabrief.casefile.safe_yaml import YamlProblem, parse_yaml

_PIECES = [
    "title", "outlet", "id", "null", "~", "Null", ":", ": ", " ", "  ", "\n", "\r\n", "\r",
    "\t", "#", " #", "\"", "'", "''", "\\", "-", "- ", "?", "[", "]", "{", "}", ",", "&", "*",
    "!", "|", ">", "%", "@", "`", "2031-04-05", "010", "no", "yes", "https://example.test/a",
    "Harbour Gazette", "Ørsted wind farm", "\u00a0", "\u2028", "\u0085", "\ufeff", "\x00",
    "\x7f", "---", "...", "😀",
]  # fmt: skip


def parsed(text: str) -> tuple[object, dict[str, int | None]] | None:
    """What the YAML parser gives for ``text``: the data and each top-level key's line."""
    try:
        document = parse_yaml(text, all_text=True, first_line=2)
    except YamlProblem:
        return None
    keys = document.data if isinstance(document.data, dict) else {}
    return document.data, {str(k): document.line_of(str(k)) for k in keys}


def test_plain_and_quoted_values_read_as_the_parser_reads_them() -> None:
    text = (
        'title: "Ferry grounded: what we know"\n'
        "publisher: 'Harbour Gazette'\n"
        "\n"
        "published: 2031-04-05\n"
        "url: https://example.test/ferry#top\n"
        "id: 010\n"
        "language: no\n"
        "author: ~\n"
        "kind:\n"
    )
    document = flat_document(text, first_line=2)
    assert document is not None
    assert (document.data, {k: document.line_of(k) for k in document.data}) == parsed(text)
    assert document.data["id"] == "010" and document.data["author"] is None
    assert document.line_of("published") == 5


def test_anything_more_than_key_value_lines_goes_to_the_parser() -> None:
    for text in [
        "title: Ferry # a comment\n",
        "title: Ferry: what we know\n",
        "tags: [ferry, harbour]\n",
        "title: Ferry\n  grounded\n",
        'title: "Ferry \\"Aurora\\""\n',
        "title: 'it''s grounded'\n",
        "title: Ferry\ntitle: Aurora\n",
        "title: -5\n",
        "title:\tFerry\n",
        "",
        "\n\n",
    ]:
        assert flat_document(text) is None, text


_VALUES = st.lists(st.sampled_from(_PIECES), max_size=6).map("".join)
_LINES = st.tuples(
    st.sampled_from(["title", "id", "null", " id", ""]),
    st.sampled_from([": ", ":", ":  ", " : "]),
    _VALUES,
    st.sampled_from(["\n", "\r\n", "\r", " \n", ""]),
)
_DOCUMENTS = st.one_of(
    st.lists(st.sampled_from(_PIECES), max_size=24).map("".join),
    st.lists(_LINES.map("".join), max_size=5).map("".join),
)


@FUZZ
@given(_DOCUMENTS)
def test_a_flat_document_is_what_the_parser_gives(text: str) -> None:
    document = flat_document(text, first_line=2)
    if document is not None:
        assert (document.data, {k: document.line_of(k) for k in document.data}) == parsed(text)
