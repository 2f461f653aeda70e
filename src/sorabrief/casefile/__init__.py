"""Read a case folder: incident.yaml plus articles/*.md."""

from __future__ import annotations

from pathlib import Path

from sorabrief.casefile.articles import ARTICLE_SUFFIXES, read_article
from sorabrief.casefile.incident import read_incident
from sorabrief.errors import CaseError
from sorabrief.model import Case
from sorabrief.resources import bundled_case_dir


def load_case(path: str | Path | None = None) -> Case:
    """Read a case folder, or the bundled Sora case when ``path`` is None."""
    folder = Path(path) if path is not None else bundled_case_dir()
    incident_path = folder / "incident.yaml"
    if not folder.is_dir():
        raise CaseError(f"{folder}: no such case folder; give a folder holding incident.yaml")
    if not incident_path.is_file():
        raise CaseError(
            f"{folder}: no incident.yaml; a case folder needs one (see docs/case-format.md)"
        )
    incident = read_incident(incident_path)
    articles_dir = folder / "articles"
    files = sorted(
        p for p in articles_dir.glob("*") if p.suffix in ARTICLE_SUFFIXES and p.is_file()
    )
    if not files:
        raise CaseError(f"{articles_dir}: no articles; add .md files with front matter")
    sources = tuple(read_article(p) for p in files)
    seen: dict[str, Path] = {}
    for source in sources:
        if source.id in seen:
            raise CaseError(f"{source.path}: id '{source.id}' is already used by {seen[source.id]}")
        seen[source.id] = source.path or articles_dir
    return Case(
        id=incident.id,
        title=incident.title,
        parties=incident.parties,
        claims=incident.claims,
        sources=tuple(sorted(sources, key=lambda s: s.id)),
        summary_claims=incident.summary,
        path=folder,
    )
