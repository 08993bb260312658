"""Run a user's SQL on a read-only connection: a write fails and changes nothing.

A query is a guest: it may only read (an authorizer refuses ATTACH, VACUUM INTO and setting
pragmas before SQLite touches any file), it stops on Ctrl-C and after a time limit (a progress
handler checks both every few thousand VM steps, because Python cannot deliver a signal while
SQLite runs), and its result is bounded in rows, in the size of one value and in total size.
"""

from __future__ import annotations

import contextlib
import signal
import sqlite3
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, replace
from pathlib import Path

from .errors import CorpusError, QueryStopped
from .store import connect_readonly
from .units import describe_size

DEFAULT_TIMEOUT = 30.0          # seconds; 0 means no limit
DEFAULT_MAX_ROWS = 100_000      # 0 means no limit
MAX_VALUE_BYTES = 64 * 1024**2  # SQLITE_LIMIT_LENGTH: no string or blob longer (randomblob(1e9) fails fast)
MAX_RESULT_BYTES = 128 * 1024**2
PROGRESS_STEPS = 10_000         # VM instructions between checks: well under a millisecond

# Actions a read-only query needs. Everything else (ATTACH, which VACUUM INTO starts with, DETACH,
# transactions, CREATE, writes) is denied before SQLite opens or creates any file.
_ALLOWED = {sqlite3.SQLITE_SELECT, sqlite3.SQLITE_READ, sqlite3.SQLITE_FUNCTION, sqlite3.SQLITE_RECURSIVE}
_READ_PRAGMAS = {"table_info", "table_xinfo", "index_list", "index_info", "index_xinfo", "foreign_key_list",
                 "integrity_check", "quick_check"}


@dataclass(frozen=True)
class QueryResult:
    columns: list[str]
    rows: list[tuple]

    def printable(self) -> QueryResult:
        """Blobs as hex text, so every format (table, CSV, JSON) can print every row."""
        if not any(isinstance(value, bytes) for row in self.rows for value in row):
            return self
        return replace(self, rows=[tuple(v.hex() if isinstance(v, bytes) else v for v in row) for row in self.rows])


def run_readonly(path: str, sql: str, params: tuple = (), *, timeout: float = DEFAULT_TIMEOUT,
                 max_rows: int = DEFAULT_MAX_ROWS) -> QueryResult:
    """Rows of one read-only statement, within timeout seconds and max_rows rows (0: no limit)."""
    if not Path(path).exists():
        raise CorpusError(f"no database at {path}; run 'corpus init' or pass --db PATH")
    conn = connect_readonly(path)
    try:
        _confine(conn)
        with _stoppable(conn, timeout) as watch:
            try:
                cursor = conn.execute(sql, params)
                columns = [d[0] for d in cursor.description] if cursor.description else []
                rows = _fetch_bounded(cursor, max_rows, watch)
            except (sqlite3.Error, sqlite3.Warning) as error:
                watch.raise_if_stopped()
                raise _explain(error, sql) from None
        return QueryResult(columns, rows)
    finally:
        conn.close()


def _confine(conn: sqlite3.Connection) -> None:
    conn.execute("PRAGMA query_only = ON")
    conn.setlimit(sqlite3.SQLITE_LIMIT_LENGTH, MAX_VALUE_BYTES)
    conn.setlimit(sqlite3.SQLITE_LIMIT_ATTACHED, 0)
    conn.set_authorizer(_authorize)


def _authorize(action: int, arg1, arg2, database, trigger) -> int:
    if action in _ALLOWED:
        return sqlite3.SQLITE_OK
    if action == sqlite3.SQLITE_PRAGMA and (arg2 is None or str(arg1).lower() in _READ_PRAGMAS):
        return sqlite3.SQLITE_OK  # reading a pragma; setting one is refused
    if action == sqlite3.SQLITE_UPDATE and arg1 == "sqlite_master":
        return sqlite3.SQLITE_OK  # asked when a virtual table (FTS5, pragma_*()) is first used; the connection
        # is read-only, so no update can happen anyway
    return sqlite3.SQLITE_DENY


class _Watch:
    """Progress handler: stop the statement on Ctrl-C or when the deadline passes."""

    def __init__(self, timeout: float):
        self.timeout = timeout
        self.deadline = time.monotonic() + timeout if timeout > 0 else None
        self.reason: str | None = None
        self.interrupted = False

    def __call__(self) -> int:
        if self.interrupted:
            self.reason = "interrupted"
        elif self.deadline is not None and time.monotonic() > self.deadline:
            self.reason = "timeout"
        return 1 if self.reason else 0

    def on_sigint(self, signum, frame) -> None:
        self.interrupted = True

    def raise_if_stopped(self) -> None:
        if self.interrupted:
            raise KeyboardInterrupt
        if self.reason == "timeout":
            raise QueryStopped(f"the query ran past the {self.timeout:g} s time limit and was stopped. "
                               "Narrow it (WHERE, LIMIT) or raise the limit with --timeout SECONDS (0: none)")


@contextlib.contextmanager
def _stoppable(conn: sqlite3.Connection, timeout: float) -> Iterator[_Watch]:
    watch = _Watch(timeout)
    conn.set_progress_handler(watch, PROGRESS_STEPS)
    in_main = threading.current_thread() is threading.main_thread()
    previous = signal.signal(signal.SIGINT, watch.on_sigint) if in_main else None
    try:
        yield watch
        watch.raise_if_stopped()  # Ctrl-C while Python was fetching rows
    finally:
        conn.set_progress_handler(None, 0)
        if in_main:
            signal.signal(signal.SIGINT, previous)


def _fetch_bounded(cursor: sqlite3.Cursor, max_rows: int, watch: _Watch) -> list[tuple]:
    """Row by row, so neither limit is overshot by more than one row (a row is at most a few values
    of MAX_VALUE_BYTES)."""
    rows: list[tuple] = []
    size = 0
    for row in cursor:
        rows.append(row)
        size += sum(len(v) for v in row if isinstance(v, (str, bytes)))
        if max_rows and len(rows) > max_rows:
            raise CorpusError(f"the query returns more than {max_rows:,} rows, the --max-rows limit, so nothing "
                              "was printed. Add a LIMIT, or raise --max-rows (0: no limit)")
        if size > MAX_RESULT_BYTES:
            raise CorpusError(f"the query's result is over {describe_size(MAX_RESULT_BYTES)}, so nothing was "
                              "printed. Select fewer rows or columns, or use substr() on long text")
        if watch.interrupted:
            break
    return rows


def _explain(error: sqlite3.Error | sqlite3.Warning, sql: str) -> CorpusError:
    message = str(error)
    if getattr(error, "sqlite_errorcode", None) == sqlite3.SQLITE_AUTH or "authoriz" in message:
        return CorpusError("'corpus sql' is read-only, so the statement was refused before it ran and nothing was "
                           f"created or changed ({message}: writes, ATTACH, VACUUM, transactions and setting pragmas "
                           "are refused). Use sqlite3 or sqlite-utils on a copy of the database for those")
    if isinstance(error, sqlite3.DataError) or "too big" in message:
        return CorpusError(f"a value in the result would be over the {describe_size(MAX_VALUE_BYTES)} limit "
                           f"({message}). Use substr() or length() on long values")
    if isinstance(error, sqlite3.OperationalError) and any(
            word in message for word in ("readonly", "read-only", "query_only")):
        return CorpusError(f"'corpus sql' is read-only, so the statement was refused and nothing changed ({message}). "
                           "Use sqlite3 or sqlite-utils on the file to modify it")
    if isinstance(error, sqlite3.OperationalError):
        return CorpusError(f"SQL error: {message}. Check the statement; "
                           "'corpus sql \"select name from sqlite_master\"' lists tables and views")
    if isinstance(error, (sqlite3.Warning, sqlite3.ProgrammingError)):
        return CorpusError(f"SQL error: {message}. Run one statement at a time")
    return CorpusError(f"SQL error: {message}. Check the statement")
