"""Report commands: report (the static corpus site) and datasette-metadata."""

from __future__ import annotations

from pathlib import Path

import click

from .common import handle_errors, open_store


def register(cli: click.Group) -> None:
    for command in (report, datasette_metadata):
        cli.add_command(command)


@click.command()
@click.option("-o", "--output", "out_dir", required=True, metavar="DIR", help="Folder to write the site into.")
@click.option("--replace", is_flag=True, help="Replace DIR if it holds an earlier report.")
@click.pass_context
@handle_errors
def report(ctx, out_dir, replace):
    """A static site for the corpus: documents, each recorded comparison, and one page per issue with its
    stance over time. Self-contained pages; open DIR/index.html."""
    from ..report.site import build_site

    _require_database(ctx)
    with open_store(ctx) as store:
        summary = build_site(store, out_dir, replace=replace)
    counts = ", ".join(_plural(n, word) for n, word in ((summary.documents, "document"),
                                                          (summary.comparisons, "comparison"), (summary.issues, "issue")))
    click.echo(f"{_plural(summary.pages, 'page')} ({counts}) written to {summary.path}; "
               f"open {Path(summary.path) / 'index.html'}")


@click.command("datasette-metadata")
@click.pass_context
@handle_errors
def datasette_metadata(ctx):
    """Print metadata.json for Datasette: table and column descriptions, label columns (names, not ids).

    Use: corpus datasette-metadata > metadata.json; datasette corpus.db -m metadata.json"""
    from ..report.datasette import metadata_json

    _require_database(ctx)
    with open_store(ctx) as store:
        click.echo(metadata_json(store, database=Path(ctx.obj["db"]).stem), nl=False)


def _plural(count: int, word: str) -> str:
    return f"{count} {word}{'' if count == 1 else 's'}"


def _require_database(ctx) -> None:
    """Reading commands must not create an empty database at a mistyped path."""
    if not Path(ctx.obj["db"]).is_file():
        raise click.ClickException(f"{ctx.obj['db']}: no such database. Run 'corpus init' first, or pass "
                                   "--db PATH (or set CORPUS_DB)")
