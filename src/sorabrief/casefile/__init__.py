"""Read a case folder: incident.yaml plus articles/*.md."""

from __future__ import annotations

from pathlib import Path

from sorabrief.casefile.articles import ARTICLE_SUFFIXES, read_article
from sorabrief.casefile.incident import read_incident
from sorabrief.display import shown_path
from sorabrief.errors import CaseError
from sorabrief.limits import ReadLimits
from sorabrief.model import Case
from sorabrief.resources import bundled_case_dir

__all__ = ["ReadLimits", "load_case"]


def load_case(path: str | Path | None = None, *, limits: ReadLimits | None = None) -> Case:
    """Read a case folder, or the bundled Sora case when ``path`` is None.

    Files larger than ``limits`` (5 MB for incident.yaml, 20 MB per article by default)
    and files that resolve outside the folder are refused.
    """
    limits = limits or ReadLimits()
    folder = Path(path) if path is not None else bundled_case_dir()
    incident = read_incident(_incident_file(folder), folder, limits.incident_mb)
    real = folder.resolve()
    real_articles = (folder / "articles").resolve()  # once, not for every article
    sources = tuple(
        read_article(p, folder, limits.article_mb, real_folder=real, real_parent=real_articles)
        for p in _article_files(folder)
    )
    seen: dict[str, Path] = {}
    for source in sources:
        if source.id in seen:
            raise CaseError(
                f"{shown_path(source.path or source.id)}: id '{source.id}' is already used by "
                f"{shown_path(seen[source.id])}"
            )
        seen[source.id] = source.path or folder
    return Case(
        id=incident.id,
        title=incident.title,
        parties=incident.parties,
        claims=incident.claims,
        sources=tuple(sorted(sources, key=lambda s: s.id)),
        summary_claims=incident.summary,
        path=folder,
    )


def _incident_file(folder: Path) -> Path:
    incident = folder / "incident.yaml"
    try:
        if not folder.is_dir():
            raise CaseError(
                f"{shown_path(folder)}: no such case folder; give a folder holding incident.yaml"
            )
        if not incident.is_file():
            raise CaseError(
                f"{shown_path(folder)}: no incident.yaml; a case folder needs one "
                "(see docs/case-format.md)"
            )
    except OSError as error:
        raise CaseError(f"{shown_path(folder)}: cannot be read ({error.strerror})") from None
    return incident


def _article_files(folder: Path) -> list[Path]:
    articles = folder / "articles"
    try:
        files = sorted(
            p for p in articles.iterdir() if p.suffix in ARTICLE_SUFFIXES and p.is_file()
        )
    except FileNotFoundError:
        files = []
    except OSError as error:
        raise CaseError(f"{shown_path(articles)}: cannot be read ({error.strerror})") from None
    if not files:
        raise CaseError(f"{shown_path(articles)}: no articles; add .md files with front matter")
    return files
