"""Helpers shared by command modules: open the store, turn typed errors into clean exits."""

from __future__ import annotations

import functools
import sqlite3

import click

from corpus.errors import CorpusError


def open_store(ctx: click.Context, *, create: bool = False):
    """The database named by --db; only commands that create one (init, add) pass create=True."""
    from corpus.store import Store

    from ..schema import migrations

    return Store(ctx.obj["db"], extra_migrations=(migrations,), create=create)


def handle_errors(command):
    """CorpusError, and machine failures (disk full, read-only, unwritable path), -> one line on stderr,
    exit 1, no traceback. Output is filtered so no control character from a document reaches a terminal."""

    @functools.wraps(command)
    def wrapper(*args, **kwargs):
        from corpus.faults import describe_failure
        from corpus.terminal import escape_controls, safe_output

        try:
            with safe_output():
                return command(*args, **kwargs)
        except CorpusError as error:
            raise click.ClickException(escape_controls(str(error))) from None
        except (sqlite3.Error, OSError, OverflowError) as error:
            message = describe_failure(error, click.get_current_context().obj["db"])
            raise click.ClickException(escape_controls(message)) from None

    return wrapper


def print_table(headers: list[str], rows: list[tuple], *, max_width: int = 60) -> None:
    """Plain aligned columns; long cells are cut with an ellipsis."""
    cells = [[_cell(v, max_width) for v in row] for row in rows]
    widths = [max([len(h)] + [len(r[i]) for r in cells]) for i, h in enumerate(headers)]
    click.echo("  ".join(h.ljust(w) for h, w in zip(headers, widths)).rstrip())
    click.echo("  ".join("-" * w for w in widths))
    for row in cells:
        click.echo("  ".join(c.ljust(w) for c, w in zip(row, widths)).rstrip())


def _cell(value, max_width: int) -> str:
    text = "" if value is None else str(value).replace("\n", " ")
    return text if len(text) <= max_width else text[: max_width - 1] + "\u2026"
