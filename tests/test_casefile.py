"""Reading a case folder: every mistake is one line naming the file, the field and the fix."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from sorabrief.casefile import load_case
from sorabrief.errors import SorabriefError, SourceError
from sorabrief.model import SourceKind
from sorabrief.partial_date import PartialDate
from support import SEEDS, replace_in


def error_of(folder: Path) -> str:
    """The message loading ``folder`` fails with; it must be a single line."""
    with pytest.raises(SorabriefError) as raised:
        load_case(folder)
    message = str(raised.value)
    assert "\n" not in message
    return message


def line_number(path: Path, needle: str, occurrence: int = 1) -> int:
    """The 1-based number of the ``occurrence``-th line containing ``needle``."""
    lines = path.read_text(encoding="utf-8").splitlines()
    return [n for n, line in enumerate(lines, start=1) if needle in line][occurrence - 1]


# Articles


def test_unknown_front_matter_key_suggests_the_known_one(case_dir: Path) -> None:
    article = case_dir / "articles" / "001.md"
    replace_in(article, "publisher:", "publsher:")
    assert error_of(case_dir) == (
        f"{article}:{line_number(article, 'publsher:')}: front matter: unknown key 'publsher' (did you mean 'publisher'?)"
    )


def test_impossible_date_names_the_field(case_dir: Path) -> None:
    article = case_dir / "articles" / "001.md"
    replace_in(article, "published: 2024-12-06", "published: 2024-13-45")
    assert error_of(case_dir) == (
        f"{article}:{line_number(article, 'published:')}: front matter: published: '2024-13-45' is not a date;"
        " write YYYY-MM-DD or YYYY-MM"
    )


def test_misspelt_kind_lists_the_kinds_and_suggests_one(case_dir: Path) -> None:
    article = case_dir / "articles" / "001.md"
    replace_in(article, "kind: news", "kind: newz")
    assert error_of(case_dir) == (
        f"{article}:{line_number(article, 'kind:')}: front matter: kind: 'newz' is not one of news, analysis, opinion,"
        " press-release, letter, other (did you mean 'news'?)"
    )


def test_unrelated_kind_lists_the_kinds_without_a_guess(case_dir: Path) -> None:
    article = case_dir / "articles" / "001.md"
    replace_in(article, "kind: news", "kind: blog")
    assert error_of(case_dir) == (
        f"{article}:{line_number(article, 'kind:')}: front matter: kind: 'blog' is not one of news, analysis, opinion,"
        " press-release, letter, other"
    )


def test_missing_front_matter(case_dir: Path) -> None:
    article = case_dir / "articles" / "000.md"
    replace_in(article, "---\nkind: news\n---\n", "")
    assert error_of(case_dir) == (
        f"{article}: no front matter; start the file with '---', a 'title:' line, '---'"
    )


def test_front_matter_that_is_not_yaml_names_its_line(case_dir: Path) -> None:
    article = case_dir / "articles" / "002.md"
    replace_in(article, "kind: analysis", "kind: [analysis")
    message = error_of(case_dir)
    assert re.fullmatch(
        rf"{re.escape(str(article))}:\d+: front matter: not valid YAML \(.+\); check indentation and quoting",
        message,
    )


def test_non_utf8_article(case_dir: Path) -> None:
    article = case_dir / "articles" / "000.md"
    article.write_bytes(b"---\nkind: news\n---\nCaf\xe9 society\n")
    assert error_of(case_dir) == f"{article}: not UTF-8 text (byte 22); re-save the file as UTF-8"


def test_front_matter_field_that_is_not_text(case_dir: Path) -> None:
    article = case_dir / "articles" / "003.md"
    replace_in(article, 'publisher: "BizTech Weekly"', "publisher: [BizTech, Weekly]")
    assert (
        error_of(case_dir)
        == f"{article}:{line_number(article, 'publisher:')}: front matter: publisher must be text, not a list or mapping"
    )


def test_front_matter_values_are_kept_as_written(case_dir: Path) -> None:
    """YAML would read ``010`` as the number 8 and ``no`` as false; front matter is text."""
    replace_in(case_dir / "articles" / "000.md", "kind: news", "kind: news\nid: 010\nlanguage: no")
    source = next(s for s in load_case(case_dir).sources if s.path and s.path.stem == "000")
    assert (source.id, source.language) == ("010", "no")


def test_partial_dates_in_front_matter(case_dir: Path) -> None:
    replace_in(case_dir / "articles" / "000.md", "kind: news", "kind: news\npublished: 2024-11")
    source = load_case(case_dir).sources[0]
    assert source.published == PartialDate(2024, 11)


def test_missing_optional_metadata_is_not_an_error(case_dir: Path) -> None:
    article = case_dir / "articles" / "000.md"
    replace_in(article, "---\nkind: news\n---\n", "---\n---\n")
    source = load_case(case_dir).sources[0]
    assert source.id == "000"
    assert (source.title, source.publisher, source.published, source.url) == (None,) * 4
    assert (source.kind, source.language) == (SourceKind.NEWS, "en")
    assert source.outlet == "source 000"


def test_duplicate_article_ids(case_dir: Path) -> None:
    articles = case_dir / "articles"
    shutil.copy(articles / "001.md", articles / "001.txt")
    assert error_of(case_dir) == (
        f"{articles / '001.txt'}: id '001' is already used by {articles / '001.md'}"
    )


def test_duplicate_article_id_from_front_matter(case_dir: Path) -> None:
    articles = case_dir / "articles"
    replace_in(articles / "004.md", "kind: news", "kind: news\nid: '000'")
    assert error_of(case_dir) == (
        f"{articles / '004.md'}: id '000' is already used by {articles / '000.md'}"
    )


# The case folder


def test_missing_case_folder(tmp_path: Path) -> None:
    folder = tmp_path / "no-such-case"
    assert error_of(folder) == (
        f"{folder}: no such case folder; give a folder holding incident.yaml"
    )


def test_missing_incident_yaml(case_dir: Path) -> None:
    (case_dir / "incident.yaml").unlink()
    assert error_of(case_dir) == (
        f"{case_dir}: no incident.yaml; a case folder needs one (see docs/case-format.md)"
    )


def test_empty_articles_folder(case_dir: Path) -> None:
    for article in (case_dir / "articles").iterdir():
        article.unlink()
    assert error_of(case_dir) == (
        f"{case_dir / 'articles'}: no articles; add .md files with front matter"
    )


# incident.yaml


def test_unknown_party_in_a_grievance_names_line_and_field(case_dir: Path) -> None:
    incident = case_dir / "incident.yaml"
    replace_in(
        incident,
        "    by: pr-puppets\n    against: openai\n    statement: OpenAI required",
        "    by: opnai\n    against: openai\n    statement: OpenAI required",
    )
    line = line_number(incident, "by: opnai")
    assert error_of(case_dir) == (
        f"{incident}:{line}: claims[1].by: unknown party 'opnai' (did you mean 'openai'?)"
    )


def test_unknown_key_in_a_claim(case_dir: Path) -> None:
    incident = case_dir / "incident.yaml"
    replace_in(
        incident,
        "    kind: grievance\n    by: pr-puppets",
        "    kind: grievance\n    bye: pr-puppets",
    )
    line = line_number(incident, "- id: unpaid-labour")
    assert error_of(case_dir) == (
        f"{incident}:{line}: claims[0]: unknown key 'bye' (did you mean 'by'?)"
    )


def test_bare_string_where_a_list_is_expected(case_dir: Path) -> None:
    incident = case_dir / "incident.yaml"
    replace_in(incident, "aliases: [OpenAi, Open AI]", "aliases: OpenAI")
    line = line_number(incident, "aliases: OpenAI")
    assert error_of(case_dir) == (
        f"{incident}:{line}: parties[0].aliases: must be a list, such as [a, b]"
    )


def test_a_flag_that_is_not_true_or_false(case_dir: Path) -> None:
    incident = case_dir / "incident.yaml"
    replace_in(incident, "reported: true", "reported: maybe")
    line = line_number(incident, "reported: maybe")
    assert error_of(case_dir) == f"{incident}:{line}: claims[4].reported: must be true or false"


def test_invalid_cue_regex(case_dir: Path) -> None:
    incident = case_dir / "incident.yaml"
    replace_in(incident, r"cues: ['\bunpaid\b'", r"cues: ['(unpaid'")
    line = line_number(incident, "cues: ['(unpaid'")
    assert error_of(case_dir) == (
        f"{incident}:{line}: claims[0].cues[0]: not a valid regular expression"
        " (missing ) at position 7)"
    )


def test_duplicate_claim_ids(case_dir: Path) -> None:
    incident = case_dir / "incident.yaml"
    replace_in(incident, "- id: output-approval", "- id: unpaid-labour")
    line = line_number(incident, "- id: unpaid-labour", occurrence=2)
    assert error_of(case_dir) == (
        f"{incident}:{line}: claims[1].id: 'unpaid-labour' is used twice; ids must be unique"
    )


def test_duplicate_party_ids(case_dir: Path) -> None:
    incident = case_dir / "incident.yaml"
    replace_in(incident, "- id: variety", "- id: openai")
    line = line_number(incident, "name: Variety") - 1
    assert error_of(case_dir) == (
        f"{incident}:{line}: parties[5].id: 'openai' is used twice; ids must be unique"
    )


def test_unknown_claim_kind_lists_the_kinds(case_dir: Path) -> None:
    incident = case_dir / "incident.yaml"
    replace_in(incident, "kind: grievance", "kind: complaint")
    line = line_number(incident, "kind: complaint")
    assert error_of(case_dir) == (
        f"{incident}:{line}: claims[0].kind: is not one of the allowed values"
        " (grievance, response, status, event, figure)"
    )


def test_grievance_without_its_target(case_dir: Path) -> None:
    incident = case_dir / "incident.yaml"
    replace_in(incident, "    by: pr-puppets\n    against: openai\n", "    by: pr-puppets\n")
    line = line_number(incident, "- id: unpaid-labour")
    assert error_of(case_dir) == f"{incident}:{line}: claims[0]: a grievance claim needs 'against'"


def test_grievance_against_a_list_of_parties_says_one_claim_each(case_dir: Path) -> None:
    incident = case_dir / "incident.yaml"
    replace_in(incident, "    against: openai\n", "    against: [openai, pr-puppets]\n")
    line = line_number(incident, "against: [openai, pr-puppets]")
    assert error_of(case_dir) == (
        f"{incident}:{line}: claims[0].against: must name one party id;"
        " write one claim for each party it names"
    )


def test_grievance_against_a_mapping_is_not_told_to_split_the_claim(case_dir: Path) -> None:
    incident = case_dir / "incident.yaml"
    replace_in(incident, "    against: openai\n", "    against: {party: openai}\n")
    line = line_number(incident, "against: {party: openai}")
    assert error_of(case_dir) == (
        f"{incident}:{line}: claims[0].against: must be text, not a list, a mapping or true/false"
    )


def test_response_answering_an_unknown_grievance(case_dir: Path) -> None:
    incident = case_dir / "incident.yaml"
    replace_in(incident, "answers: [unpaid-labour]", "answers: [unpaid-labor]")
    line = line_number(incident, "answers: [unpaid-labor]")
    assert error_of(case_dir) == (
        f"{incident}:{line}: claims[5].answers[0]: 'unpaid-labor' is not a grievance claim"
        " (did you mean 'unpaid-labour'?)"
    )


def test_yaml_syntax_error_names_its_line(case_dir: Path) -> None:
    incident = case_dir / "incident.yaml"
    replace_in(incident, "aliases: [OpenAi, Open AI]", "aliases: [OpenAi, Open AI")
    message = error_of(case_dir)
    assert re.fullmatch(
        rf"{re.escape(str(incident))}:\d+: not valid YAML \(.+\); check indentation and quoting",
        message,
    )


def test_date_like_values_in_incident_yaml_stay_text(case_dir: Path) -> None:
    """PyYAML builds dates itself and crashes on impossible ones; incident.yaml keeps them as text."""
    incident = case_dir / "incident.yaml"
    replace_in(
        incident, 'title: "Artists leak access to OpenAI\'s Sora in protest"', "title: 2024-13-45"
    )
    assert load_case(case_dir).title == "2024-13-45"


def test_article_errors_are_source_errors(case_dir: Path) -> None:
    replace_in(case_dir / "articles" / "001.md", "kind: news", "kind: newz")
    with pytest.raises(SourceError):
        load_case(case_dir)


# The bundled case


def test_bundled_case_loads() -> None:
    case = load_case()
    assert case.id == "sora-leak"
    assert [s.id for s in case.sources] == ["000", "001", "002", "003", "004"]
    assert {p.id for p in case.parties} >= {"openai", "pr-puppets"}


@pytest.mark.skipif(not SEEDS.is_dir(), reason=f"{SEEDS} (the captured articles) is absent")
def test_bundled_bodies_are_the_captured_articles_byte_for_byte() -> None:
    for source in load_case().sources:
        (seed,) = SEEDS.glob(f"{source.id}_*.txt")
        assert source.body.encode("utf-8") == seed.read_bytes(), seed.name
