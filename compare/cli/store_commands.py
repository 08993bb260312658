"""Store commands: init, add, list, log, show, search, sql, verify."""

from __future__ import annotations

import csv
import json
import sys
from pathlib import Path

import click

from corpus import formats
from corpus.errors import CorpusError, InputError

from .common import handle_errors, open_store, print_table

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


def register(cli: click.Group) -> None:
    for command in (init, add, list_, log, show, search, sql, verify):
        cli.add_command(command)


@click.command()
@click.option("--seeds", "seeds_dir", type=click.Path(file_okay=False), default=None,
              help="Folder of seed documents and issues.toml (default: the project's seeds/).")
@click.pass_context
@handle_errors
def init(ctx, seeds_dir):
    """Create the database, load the seed documents and the issue taxonomy (idempotent)."""
    from corpus.ingest import add_file

    from ..taxonomy_edits import load_taxonomy_file

    folder = Path(seeds_dir) if seeds_dir else next((p for p in (SEEDS, Path("seeds")) if p.is_dir()), SEEDS)
    if not folder.is_dir():
        raise CorpusError(f"{folder}: seeds folder not found. Pass --seeds DIR (a folder of documents and "
                          "issues.toml), or run from the project folder")
    with open_store(ctx, create=True) as store:
        for path in sorted(p for p in folder.iterdir() if p.suffix in (".txt", ".md", ".html")):
            result = add_file(store, str(path), overrides=_seed_overrides())
            click.echo(str(result))
        taxonomy = folder / "issues.toml"
        if taxonomy.exists():
            summary = load_taxonomy_file(store, str(taxonomy), replace=False)
            click.echo(f"issues: {summary}")


def _seed_overrides():
    from corpus.metadata import Metadata

    return Metadata(kind="essay")


@click.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--id", "document_id", help="Add as a new version of this document (created if missing).")
@click.option("--title")
@click.option("--author")
@click.option("--date", "published", help="ISO date prefix: YYYY, YYYY-MM or YYYY-MM-DD.")
@click.option("--publisher")
@click.option("--url")
@click.option("--kind", help="essay, commentary, speech, report... (default: document).")
@click.option("--note", help="A note stored with the new version.")
@click.option("--max-size", default="20MB", show_default=True, help="Refuse files (and fetched pages) larger than this.")
@click.option("--format", "fmt", type=click.Choice(formats.names()),
              help="Read every input as this format (default: from the suffix, the server's content type or the content).")
@click.pass_context
@handle_errors
def add(ctx, paths, document_id, title, author, published, publisher, url, kind, note, max_size, fmt):
    """Add files, folders, http(s) URLs or '-' (standard input). One line per input: DOC@N added|unchanged."""
    from corpus.ingest import add_files
    from corpus.metadata import Metadata, check_date
    from corpus.readers import expand_paths, parse_size

    try:
        limit = parse_size(max_size)
    except ValueError as error:
        raise click.BadParameter(str(error), param_hint="--max-size") from None
    overrides = Metadata(title=title, author=author, publisher=publisher, url=url, kind=kind,
                         published=check_date(published) if published else None)
    files = expand_paths(list(paths))
    failures = 0
    show_bar = sys.stderr.isatty() and len(files) > 1
    lines = []
    with open_store(ctx, create=True) as store, click.progressbar(length=len(files), label="Adding",
                                                                  file=sys.stderr, hidden=not show_bar) as bar:
        for _, outcome in add_files(store, files, document_id=document_id, max_size=limit, overrides=overrides,
                                    note=note, fmt=fmt):
            bar.update(1)
            if isinstance(outcome, InputError):
                failures += 1
                lines.append((True, f"Error: {outcome}"))
                continue
            lines.extend((True, f"Warning: {warning}") for warning in outcome.warnings)
            lines.append((False, str(outcome)))
            if not show_bar:
                _flush(lines)
    _flush(lines)
    if failures:
        ctx.exit(1)


def _flush(lines: list[tuple[bool, str]]) -> None:
    for to_stderr, line in lines:
        click.echo(line, err=to_stderr)
    lines.clear()


@click.command("list")
@click.pass_context
@handle_errors
def list_(ctx):
    """Documents with author, date, number of versions and words (latest version)."""
    from corpus.inspect import list_documents

    with open_store(ctx) as store:
        docs = list_documents(store)
    print_table(["id", "author", "date", "kind", "versions", "words"],
                [(d.id, d.author, d.published, d.kind, d.versions, d.words) for d in docs])


@click.command()
@click.argument("document")
@click.pass_context
@handle_errors
def log(ctx, document):
    """Versions of DOCUMENT: time added, short hash, words, sentences added/removed."""
    from corpus.inspect import version_log

    with open_store(ctx) as store:
        document_id = store.resolve_document(document)
        entries = version_log(store, document_id)
    print_table(["version", "added", "sha256", "words", "sentences", "+sent", "-sent", "note"],
                [(f"{document_id}@{e.number}", e.added_at, e.sha256[:12], e.words, e.sentences, e.added, e.removed,
                  e.note) for e in entries])


@click.command()
@click.argument("ref")
@click.option("--text", "show_text", is_flag=True, help="Print the stored text instead of the outline.")
@click.pass_context
@handle_errors
def show(ctx, ref, show_text):
    """Outline of REF (DOC, DOC@N): sections with level, heading, paragraphs and sentences."""
    from corpus.inspect import outline, version_text

    with open_store(ctx) as store:
        resolved = store.resolve(ref)
        if show_text:
            click.echo(version_text(store, resolved), nl=False)
            return
        rows = outline(store, resolved)
    click.echo(str(resolved))
    print_table(["#", "level", "heading", "paragraphs", "sentences"],
                [(r.ordinal, r.level, ("  " * (r.level - 1)) + (r.heading or "(untitled)"), r.paragraphs, r.sentences)
                 for r in rows], max_width=70)


@click.command()
@click.argument("query")
@click.option("--limit", type=click.IntRange(min=1), default=20, show_default=True)
@click.option("--document", help="Only this document (id or prefix).")
@click.pass_context
@handle_errors
def search(ctx, query, limit, document):
    """Full-text search (SQLite FTS5 syntax) over every sentence."""
    from corpus.inspect import search as run_search

    with open_store(ctx) as store:
        document_id = store.resolve_document(document) if document else None
        hits = run_search(store, query, limit=limit, document_id=document_id)
    if not hits:
        click.echo(f"No sentence matches {query!r}.", err=True)
    for hit in hits:
        click.echo(f"{hit.document_id}@{hit.version}  [{hit.heading or '(untitled)'}]  {hit.snippet}")


@click.command()
@click.argument("query")
@click.option("--table", "fmt", flag_value="table", default=True, help="Aligned columns (default).")
@click.option("--csv", "fmt", flag_value="csv", help="CSV with a header row.")
@click.option("--json", "fmt", flag_value="json", help="A JSON list of objects.")
@click.option("--timeout", type=click.FloatRange(min=0), default=30, show_default=True,
              help="Stop the query after SECONDS (0: no limit). Ctrl-C stops it at any time.")
@click.option("--max-rows", type=click.IntRange(min=0), default=100_000, show_default=True,
              help="Refuse results with more rows (0: no limit).")
@click.pass_context
@handle_errors
def sql(ctx, query, fmt, timeout, max_rows):
    """Run a read-only SQL query against the database (blobs print as hex)."""
    from corpus.sqlquery import run_readonly

    open_store(ctx).close()  # make sure the schema exists before a read-only connection
    result = run_readonly(ctx.obj["db"], query, timeout=timeout, max_rows=max_rows).printable()
    if fmt == "csv":
        writer = csv.writer(sys.stdout, lineterminator="\n")
        writer.writerow(result.columns)
        writer.writerows(result.rows)
    elif fmt == "json":
        click.echo(json.dumps([dict(zip(result.columns, row)) for row in result.rows], ensure_ascii=False, indent=2))
    else:
        print_table(result.columns, result.rows, max_width=80)


@click.command()
@click.pass_context
@handle_errors
def verify(ctx):
    """Re-hash every version and check every offset; exit 1 naming what is wrong."""
    from corpus.verify import verify as run_verify

    with open_store(ctx) as store:
        checked, problems = run_verify(store)
    for problem in problems:
        click.echo(f"FAIL {problem}", err=True)
    if problems:
        raise CorpusError(f"{len(problems)} problem(s) in {checked} version(s). "
                          "Re-add the affected files with 'corpus add' or restore the database from a backup")
    click.echo(f"OK: {checked} version(s) verified")
