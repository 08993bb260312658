"""Report commands: report (the static corpus site) and datasette-metadata."""

from __future__ import annotations

from pathlib import Path

import click

from .common import handle_errors, open_corpus


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
    with open_corpus(ctx) as corpus:
        summary = corpus.report(out_dir, replace=replace)
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
    with open_corpus(ctx) as corpus:
        click.echo(corpus.datasette_metadata(), nl=False)


def _plural(count: int, word: str) -> str:
    return f"{count} {word}{'' if count == 1 else 's'}"
