"""Helpers shared by command modules: open the corpus, typed errors to clean exits, tables, JSON, -o."""

from __future__ import annotations

import functools
import sqlite3
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

import click

from corpus.errors import CorpusError

if TYPE_CHECKING:
    from ..api import Corpus

F = TypeVar("F", bound=Callable[..., Any])

ERROR_EXIT_WITH_EXIT_CODE = 2   # with --exit-code, 1 means "differences", so errors exit 2 (as git diff does)

json_option = click.option("--json", "as_json", is_flag=True,
                           help="Print JSON records (the fields of the Python API's result dataclasses).")


def open_corpus(ctx: click.Context, *, create: bool = False) -> Corpus:
    """The database named by --db; only commands that create one (init, add) pass create=True."""
    from ..api import Corpus

    return Corpus(ctx.obj["db"], create=create)


class CommandError(click.ClickException):
    """A CorpusError as one line on standard error, exiting 1 (2 under --exit-code)."""


class ExitCodeError(CommandError):
    exit_code = ERROR_EXIT_WITH_EXIT_CODE


def handle_errors(command: F) -> F:
    """CorpusError, and machine failures (disk full, read-only, unwritable path) -> one line on stderr and
    exit 1 (2 under --exit-code), no traceback. Output is filtered so that no control character from a
    document reaches a terminal. Other exceptions are bugs and keep their traceback."""

    @functools.wraps(command)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        from corpus.faults import describe_failure
        from corpus.terminal import escape_controls, safe_output

        error_type = ExitCodeError if kwargs.get("exit_code") else CommandError
        try:
            with safe_output():
                return command(*args, **kwargs)
        except CorpusError as error:
            raise error_type(escape_controls(str(error))) from None
        except (sqlite3.Error, OSError, OverflowError) as error:
            from corpus.config import default_path

            database = click.get_current_context().obj.get("db") or default_path()
            raise error_type(escape_controls(describe_failure(error, database))) from None

    return wrapper  # type: ignore[return-value]


def echo_json(items: Any) -> None:
    from ..api import to_json

    click.echo(to_json(items), nl=False)


def write_output(text: str, output: str | None, *, color: bool = False) -> None:
    """To the file named by -o, or to standard output when there is none or it is '-'."""
    if output and output != "-":
        from corpus.files import write_text_atomic

        write_text_atomic(output, text)   # whole or not at all; an OSError becomes one line in handle_errors
    else:
        click.echo(text, nl=False, color=color)  # click strips ANSI codes off a terminal unless told


def print_table(headers: list[str], rows: list[tuple], *, max_width: int = 60) -> None:
    """Plain aligned columns; long cells are cut with an ellipsis."""
    cells = [[_cell(v, max_width) for v in row] for row in rows]
    widths = [max([len(h)] + [len(r[i]) for r in cells]) for i, h in enumerate(headers)]
    click.echo("  ".join(h.ljust(w) for h, w in zip(headers, widths)).rstrip())
    click.echo("  ".join("-" * w for w in widths))
    for row in cells:
        click.echo("  ".join(c.ljust(w) for c, w in zip(row, widths)).rstrip())


def _cell(value: object, max_width: int) -> str:
    text = "" if value is None else str(value).replace("\n", " ")
    return text if len(text) <= max_width else text[: max_width - 1] + "\u2026"
