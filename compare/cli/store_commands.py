"""Store commands: init, add, list, log, show, search, sql, verify."""

from __future__ import annotations

import csv
import json
import sys

import click

from corpus import formats
from corpus.errors import CorpusError, InputError

from .common import echo_json, handle_errors, json_option, open_corpus, print_table


def register(cli: click.Group) -> None:
    for command in (init, add, list_, log, show, search, sql, verify):
        cli.add_command(command)


@click.command()
@click.option("--seeds", "seeds_dir", type=click.Path(file_okay=False), default=None,
              help="Folder of seed documents and issues.toml (default: the seeds installed with the package).")
@click.pass_context
@handle_errors
def init(ctx, seeds_dir):
    """Create the database, load the seed documents and the issue taxonomy (idempotent)."""
    with open_corpus(ctx, create=True) as corpus:
        loaded = corpus.load_seeds(seeds_dir)
    for result in loaded.documents:
        click.echo(str(result))
    if loaded.issues is not None:
        click.echo(f"issues: {loaded.issues}")


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
    from corpus.ids import check_document_id
    from corpus.metadata import check_date
    from corpus.readers import parse_size

    try:
        parse_size(max_size)
    except ValueError as error:
        raise click.BadParameter(str(error), param_hint="--max-size") from None
    if document_id is not None:
        check_document_id(document_id)  # checked before the database is opened (and perhaps created)
    if published:
        check_date(published)
    failures = 0
    lines: list[tuple[bool, str]] = []
    with open_corpus(ctx, create=True) as corpus:
        count = len(corpus.expand(list(paths)))
        show_bar = sys.stderr.isatty() and count > 1
        with click.progressbar(length=count, label="Adding", file=sys.stderr, hidden=not show_bar) as bar:
            for _, outcome in corpus.add_files(list(paths), id=document_id, note=note, max_size=max_size,
                                               format=fmt, title=title, author=author, published=published,
                                               publisher=publisher, url=url, kind=kind):
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
@json_option
@click.pass_context
@handle_errors
def list_(ctx, as_json):
    """Documents with author, date, number of versions and words (latest version)."""
    with open_corpus(ctx) as corpus:
        docs = corpus.documents()
    if as_json:
        return echo_json(docs)
    print_table(["id", "author", "date", "kind", "versions", "words"],
                [(d.id, d.author, d.published, d.kind, d.versions, d.words) for d in docs])


@click.command()
@click.argument("document")
@json_option
@click.pass_context
@handle_errors
def log(ctx, document, as_json):
    """Versions of DOCUMENT: time added, short hash, words, sentences added/removed."""
    with open_corpus(ctx) as corpus:
        entries = corpus.log(document)
    if as_json:
        return echo_json(entries)
    print_table(["version", "added", "sha256", "words", "sentences", "+sent", "-sent", "note"],
                [(f"{e.document_id}@{e.number}", e.added_at, e.sha256[:12], e.words, e.sentences, e.added, e.removed,
                  e.note) for e in entries])


@click.command()
@click.argument("ref")
@click.option("--text", "show_text", is_flag=True, help="Print the stored text instead of the outline.")
@json_option
@click.pass_context
@handle_errors
def show(ctx, ref, show_text, as_json):
    """Outline of REF (DOC, DOC@N): sections with level, heading, paragraphs and sentences."""
    with open_corpus(ctx) as corpus:
        if show_text:
            return click.echo(corpus.text(ref), nl=False)
        result = corpus.outline(ref)
    if as_json:
        return echo_json(result)
    click.echo(f"{result.document_id}@{result.version}")
    print_table(["#", "level", "heading", "paragraphs", "sentences"],
                [(r.ordinal, r.level, ("  " * (r.level - 1)) + (r.heading or "(untitled)"), r.paragraphs, r.sentences)
                 for r in result.sections], max_width=70)


@click.command()
@click.argument("query")
@click.option("--limit", default=20, show_default=True, type=click.IntRange(min=1))
@click.option("--document", help="Only this document (id or prefix).")
@json_option
@click.pass_context
@handle_errors
def search(ctx, query, limit, document, as_json):
    """Full-text search (SQLite FTS5 syntax) over every sentence."""
    with open_corpus(ctx) as corpus:
        hits = corpus.search(query, limit=limit, document=document)
    if as_json:
        return echo_json(hits)
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
    with open_corpus(ctx) as corpus:  # opening migrates, so the schema exists for the read-only connection
        result = corpus.sql(query, timeout=timeout, max_rows=max_rows).printable()
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
    with open_corpus(ctx) as corpus:
        checked, problems = corpus.verify()
    for problem in problems:
        click.echo(f"FAIL {problem}", err=True)
    if problems:
        raise CorpusError(f"{len(problems)} problem(s) in {checked} version(s). "
                          "Re-add the affected files with 'corpus add' or restore the database from a backup")
    click.echo(f"OK: {checked} version(s) verified")
