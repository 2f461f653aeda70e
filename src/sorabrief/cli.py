"""The command line: thin typer commands over the library.

Everything printed passes through ``printable``, so text from a case or an article
can never control the terminal. Every error a user can cause is one line on stderr
and exit status 1: see ``main``.
"""

from __future__ import annotations

import contextlib
import enum
import errno
import gc
import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from sorabrief.collection import fewer_collections
from sorabrief.display import printable, shown_path, terminal_json
from sorabrief.errors import SorabriefError
from sorabrief.limits import ReadLimits

if TYPE_CHECKING:
    from sorabrief.findings_cache import FindingsCache

app = typer.Typer(
    help="Consolidated, cited briefings from several news articles about one incident.",
    add_completion=False,
    pretty_exceptions_enable=False,
)

CaseArgument = Annotated[
    Path | None,
    typer.Argument(
        help="A case folder holding incident.yaml and articles/. Default: the bundled Sora case.",
        show_default=False,
    ),
]
JobsOption = Annotated[
    int, typer.Option("--jobs", "-j", min=1, help="Extract sources in this many processes.")
]
IncidentLimit = Annotated[
    float,
    typer.Option("--max-incident-mb", min=0.001, help="Refuse a larger incident.yaml."),
]
ArticleLimit = Annotated[
    float, typer.Option("--max-article-mb", min=0.001, help="Refuse larger article files.")
]
DEFAULT_LIMITS = ReadLimits()
CacheOption = Annotated[
    Path | None,
    typer.Option(
        "--cache",
        help="Folder for cached findings. Default: sorabrief's folder in your user cache.",
        show_default=False,
    ),
]
NoCacheOption = Annotated[
    bool, typer.Option("--no-cache", help="Extract every article again; read and write no cache.")
]


def _say(line: str, *, err: bool = False) -> None:
    """Print one line with every control character shown as an escape."""
    typer.echo(printable(line), err=err)


def _version(value: bool) -> None:
    if value:
        from sorabrief import __version__

        typer.echo(f"sorabrief {__version__}")
        raise typer.Exit()


@app.callback(invoke_without_command=True)
def _root(
    context: typer.Context,
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Show the version.")
    ] = False,
) -> None:
    """Consolidated, cited briefings from several news articles about one incident."""
    if context.invoked_subcommand is None:
        typer.echo(context.get_help())


class Paper(enum.StrEnum):
    A4 = "a4"
    LETTER = "letter"


@app.command()
def report(
    case: CaseArgument = None,
    out: Annotated[Path, typer.Option("--out", "-o", help="Folder to write into.")] = Path("."),
    pdf: Annotated[bool, typer.Option("--pdf", help="Also write a PDF.")] = False,
    html: Annotated[bool, typer.Option("--html", help="Also write standalone HTML.")] = False,
    email: Annotated[
        bool, typer.Option("--email", help="Also write email HTML with inlined CSS.")
    ] = False,
    as_json: Annotated[
        bool, typer.Option("--json", help="Also write the briefing as JSON.")
    ] = False,
    every: Annotated[bool, typer.Option("--all", help="Write every format.")] = False,
    paper: Annotated[Paper, typer.Option("--paper", help="PDF paper size.")] = Paper.A4,
    templates: Annotated[
        Path | None,
        typer.Option(
            "--templates", help="Folder of templates that override or extend the built-in ones."
        ),
    ] = None,
    jobs: JobsOption = 1,
    max_incident_mb: IncidentLimit = DEFAULT_LIMITS.incident_mb,
    max_article_mb: ArticleLimit = DEFAULT_LIMITS.article_mb,
    cache: CacheOption = None,
    no_cache: NoCacheOption = False,
) -> None:
    """Write DIR/<case-id>-briefing.md, and other formats beside it; print the paths written."""
    from sorabrief.extract import compiled_patterns

    wanted = {"html": html, "email": email, "pdf": pdf, "json": as_json}
    chosen = ["markdown", *(name for name, on in wanted.items() if on or every)]
    with compiled_patterns.kept("report", first_use=False) as imported:
        from sorabrief.aggregation import aggregate
        from sorabrief.casefile import load_case
        from sorabrief.casefile.unread import unread_pages
        from sorabrief.errors import RenderError
        from sorabrief.extract.language import language_warning
        from sorabrief.output import write_all
        from sorabrief.render import FORMATS

        for name in chosen:
            FORMATS[name].load()
        imported()  # the patterns these modules compile are kept with their bytecode
        if templates is not None and not templates.is_dir():
            raise RenderError(f"{shown_path(templates)}: --templates must be a folder of templates")
        limits = ReadLimits(incident_mb=max_incident_mb, article_mb=max_article_mb)
        with _spared_from_collection():
            loaded = load_case(case, limits=limits)
            for page, note in unread_pages(case) if case is not None else []:
                _say(f"sorabrief: warning: {shown_path(page)}: {note}", err=True)
            for source in loaded.sources:
                if warning := language_warning(source):
                    where = shown_path(source.path or source.id)
                    _say(f"sorabrief: warning: {where}: {warning}", err=True)
            briefing = aggregate(loaded, jobs=jobs, cache=_findings_cache(cache, no_cache))
            if "pdf" in chosen:
                _load_weasyprint()
                _warn_without_harfbuzz_subset()
            gc.freeze()  # the briefing and WeasyPrint's modules too
            rendered = {
                FORMATS[name].path(out, briefing.case_id): FORMATS[name].render(
                    briefing, templates=templates, paper=paper.value
                )
                for name in chosen
            }
    for path in write_all(rendered):
        _say(shown_path(path))
    if briefing.unsupported:
        ids = ", ".join(c.id for c in briefing.unsupported)
        _say(
            f"sorabrief: warning: left out {_count(len(briefing.unsupported), 'claim')} "
            f"no article supports ({ids}); `sorabrief check` says why",
            err=True,
        )


@app.command()
def check(
    case: CaseArgument = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the problems as JSON.")] = False,
    jobs: JobsOption = 1,
    max_incident_mb: IncidentLimit = DEFAULT_LIMITS.incident_mb,
    max_article_mb: ArticleLimit = DEFAULT_LIMITS.article_mb,
    cache: CacheOption = None,
    no_cache: NoCacheOption = False,
) -> None:
    """List errors and warnings in a case; exit 1 when there are errors."""
    from sorabrief.check import check_case

    limits = ReadLimits(incident_mb=max_incident_mb, article_mb=max_article_mb)
    result = check_case(case, jobs=jobs, cache=_findings_cache(cache, no_cache), limits=limits)
    if as_json:
        document = {
            "case": result.case,
            "errors": result.errors,
            "warnings": result.warnings,
            "problems": [
                {
                    "severity": p.severity.value,
                    "code": p.code,
                    "message": p.message,
                    "file": p.file,
                    "line": p.line,
                }
                for p in result.problems
            ],
        }
        typer.echo(terminal_json(json.dumps(document, ensure_ascii=False, indent=2)))
    else:
        for problem in result.problems:
            _say(str(problem))
        name = result.case or (shown_path(case) if case else "the bundled case")
        _say(
            f"{name}: {_count(result.errors, 'error')}, "
            f"{_count(result.warnings, 'warning')} in {_count(result.sources, 'source')}"
        )
    raise typer.Exit(1 if result.errors else 0)


@app.command()
def sources(
    case: CaseArgument = None,
    jobs: JobsOption = 1,
    max_incident_mb: IncidentLimit = DEFAULT_LIMITS.incident_mb,
    max_article_mb: ArticleLimit = DEFAULT_LIMITS.article_mb,
    cache: CacheOption = None,
    no_cache: NoCacheOption = False,
) -> None:
    """Table of a case's sources with what cleaning removed from each."""
    from sorabrief.aggregation import extract_all
    from sorabrief.casefile import load_case
    from sorabrief.extract import vocabulary_of

    limits = ReadLimits(incident_mb=max_incident_mb, article_mb=max_article_mb)
    loaded = load_case(case, limits=limits)
    findings = extract_all(
        loaded.sources, vocabulary_of(loaded), jobs, cache=_findings_cache(cache, no_cache)
    )
    typer.echo(
        f"{'id':<12} {'outlet':<22} {'published':<11} {'chars':>6} {'removed':>8} {'spans':>5} {'quotes':>6} {'figures':>7} {'dates':>5}"
    )
    for source in loaded.sources:
        found = findings[source.id]
        removed = sum(r.end - r.start for r in found.removed)
        published = source.published.isoformat() if source.published else "-"
        _say(
            f"{printable(source.id):<12} {printable(source.outlet)[:22]:<22} {published:<11} "
            f"{len(source.body):>6} "
            f"{removed:>8} {len(found.removed):>5} {len(found.quotes):>6} {len(found.figures):>7} "
            f"{len(found.dates):>5}"
        )


@app.command()
def add(
    inputs: Annotated[
        list[str],
        typer.Argument(
            help="Saved pages (.html, .htm), text files (.txt, .md) or http(s) addresses.",
            show_default=False,
        ),
    ],
    case: Annotated[
        Path, typer.Option("--case", help="The case folder to add to; articles/ is made if needed.")
    ] = Path("."),
    allow_private: Annotated[
        bool,
        typer.Option(
            "--allow-private", help="Also fetch from local and private network addresses."
        ),
    ] = False,
) -> None:
    """Bring articles into a case: articles/<slug>.md, with the original in articles/raw/."""
    from sorabrief.intake import IntakeError, add_article

    refused = 0
    for item in inputs:
        try:
            added = add_article(item, case, private_addresses=allow_private)
        except IntakeError as error:
            _say(f"sorabrief: error: {error}", err=True)
            refused += 1
            continue
        page = added.page
        _say(f"added {shown_path(added.article)} (original: {shown_path(added.original)})")
        for key in ("title", "publisher", "published", "url", "author", "retrieved"):
            if (value := getattr(page, key)) is not None:
                _say(f"  {key}: {value}")
        if page.front_matter is not None:
            _say("  front matter: kept as the file wrote it")
        elif missing := page.missing():
            _say(f"  not stated, left out: {', '.join(missing)}; add them if you know them")
    if refused:
        raise typer.Exit(1)


@app.command()
def draft(
    out: Annotated[
        Path,
        typer.Option("--out", "-o", help="The case folder to write.", show_default=False),
    ],
    inputs: Annotated[
        list[str] | None,
        typer.Argument(
            help="Saved pages (.html, .htm), text files (.txt, .md) or http(s) addresses; "
            "none to draft from the articles already in the case.",
            show_default=False,
        ),
    ] = None,
    allow_private: Annotated[
        bool,
        typer.Option(
            "--allow-private", help="Also fetch from local and private network addresses."
        ),
    ] = False,
) -> None:
    """Bootstrap a case: import the articles, then propose parties and claims in incident.yaml."""
    from sorabrief.draft import draft_case

    drafted = draft_case(inputs or [], out, private_addresses=allow_private)
    for refused in drafted.refused:
        _say(f"sorabrief: error: {refused}", err=True)
    for added in drafted.added:
        _say(f"added {shown_path(added.article)}")
        if missing := added.page.missing():
            _say(f"  not stated, left out: {', '.join(missing)}")
    for copy, original in sorted(drafted.copies.items()):
        _say(f"{copy} is a syndicated copy of {original}; counted as one report with it")
    case = drafted.case
    single = len(case.claims) - drafted.shared
    _say(
        f"wrote {shown_path(drafted.incident)}: {len(case.parties)} parties, "
        f"{_count(len(case.claims), 'claim')} ({drafted.shared} from two or more reports, "
        f"{single} single-source)"
    )
    if drafted.dropped:
        _say(f"  dropped, linked by no article: {', '.join(drafted.dropped)}")
    if drafted.single_left_out:
        _say(
            f"  left out: {_count(drafted.single_left_out, 'sentence')} from one report only; "
            "see the comments at the end of incident.yaml"
        )
    _say(f"next: edit it, then sorabrief check {shown_path(out)}")
    if drafted.refused:
        raise typer.Exit(1)


@contextlib.contextmanager
def _spared_from_collection() -> Iterator[None]:
    """Leave what exists when the block starts (and at each ``gc.freeze()`` in it) out of the
    garbage collector's passes until the block ends.

    The modules, the case and the briefing live until the report is written, yet every full
    collection walked them again: about a tenth of the CPU of a report with a PDF.
    """
    gc.freeze()
    try:
        yield
    finally:
        gc.unfreeze()


def _load_weasyprint() -> None:
    """Import WeasyPrint now, so that its modules too are spared by the next collection."""
    from sorabrief.render.pdf import load_weasyprint

    load_weasyprint()


def _warn_without_harfbuzz_subset() -> None:
    from sorabrief.render.pdf import SYSTEM_LIBRARIES, fast_font_subsetting

    if not fast_font_subsetting():
        typer.echo(
            "sorabrief: warning: HarfBuzz's font subsetter is not installed, so the PDF takes "
            f"seconds longer; on Debian or Ubuntu: apt-get install {SYSTEM_LIBRARIES}",
            err=True,
        )


def _findings_cache(folder: Path | None, off: bool) -> FindingsCache | None:
    """The cache of findings the options ask for: ``--cache DIR``, the default, or none."""
    if off:
        return None
    from sorabrief.findings_cache import FindingsCache, default_cache_dir

    return FindingsCache(folder if folder is not None else default_cache_dir())


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}" if number == 1 else f"{number} {noun}s"


def main() -> None:
    """Run the command line; a mistake a user can make prints one line and exits 1.

    Caught: sorabrief's own errors, usage errors (a bad option or argument), and the
    operating system's refusals (OSError: permissions, missing files, names too long,
    a full disk, a closed pipe) and MemoryError. Anything else is a bug and shows its
    traceback.
    """
    try:
        with fewer_collections():
            status = app(standalone_mode=False)
    except SorabriefError as error:
        _fail(str(error))
    except typer.TyperException as error:
        command = getattr(getattr(error, "ctx", None), "command_path", "sorabrief")
        _fail(f"{error.format_message()} (see '{command} --help')")
    except BrokenPipeError:
        sys.stderr.close()  # the reader left; nothing more can be said
        sys.exit(1)
    except OSError as error:
        where = f"{shown_path(error.filename)}: " if error.filename else ""
        _fail(f"{where}{error.strerror or errno.errorcode.get(error.errno or 0, 'error')}")
    except MemoryError:
        _fail("out of memory; use smaller files or a machine with more memory")
    sys.exit(status if isinstance(status, int) else 0)


def _fail(message: str) -> None:
    _say(f"sorabrief: error: {message}", err=True)
    sys.exit(1)
