"""The command line: thin typer commands over the library."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from sorabrief.errors import SorabriefError

app = typer.Typer(
    help="Consolidated, cited briefings from several news articles about one incident.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

CaseArgument = Annotated[
    Path | None,
    typer.Argument(
        help="A case folder holding incident.yaml and articles/. Default: the bundled Sora case."
    ),
]


def _version(value: bool) -> None:
    if value:
        from sorabrief import __version__

        typer.echo(f"sorabrief {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Show the version.")
    ] = False,
) -> None:
    """Consolidated, cited briefings from several news articles about one incident."""


@app.command()
def report(
    case: CaseArgument = None,
    out: Annotated[Path, typer.Option("--out", help="Folder to write into.")] = Path("."),
) -> None:
    """Write the briefing as Markdown (DIR/<case-id>-briefing.md) and print the paths written."""
    from sorabrief.aggregate import aggregate
    from sorabrief.casefile import load_case
    from sorabrief.output import write_atomically
    from sorabrief.render.markdown import render_markdown

    briefing = aggregate(load_case(case))
    path = out / f"{briefing.case_id}-briefing.md"
    write_atomically(path, render_markdown(briefing))
    typer.echo(str(path))


def main() -> None:
    """Run the command line; a user's mistake prints one line and exits 1."""
    try:
        app()
    except SorabriefError as error:
        typer.echo(f"sorabrief: error: {error}", err=True)
        sys.exit(1)
