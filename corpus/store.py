"""The Store: one SQLite file, migrated on open, written one transaction per unit of work."""

from __future__ import annotations

import contextlib
import os
import re
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

from .config import default_path
from .errors import AmbiguousError, CorpusError, NoDatabaseError, NotFoundError, ReadOnlyError
from .faults import describe_database_error
from .schema import migrations as corpus_migrations
from .textutil import like_prefix

BUSY_TIMEOUT_MS = 60_000
MAX_NUMBER_DIGITS = 9  # DOC@N: a version number SQLite's 64-bit integers hold with room to spare
_REF = re.compile(r"^(?P<doc>[^@]+?)(?:@(?P<number>\d+))?$")


@dataclass(frozen=True)
class VersionRef:
    """A resolved reference: DOC, DOC@N or a unique prefix of DOC."""

    document_id: str
    number: int
    version_id: int

    def __str__(self) -> str:
        return f"{self.document_id}@{self.number}"


class Store:
    """Open (creating if needed and allowed) and migrate a corpus database.

    Extra migration sets (the comparison engine's) are applied after the store's own. A file
    that is not ours is refused before anything is written to it; a database we may not write is
    opened read-only, without creating -wal or -shm files next to it.
    """

    def __init__(self, path: str | None = None, *, extra_migrations: tuple[Migrations, ...] = (),
                 create: bool = True):
        self.path = path or default_path()
        existed = os.path.exists(self.path)
        if not existed and not create:
            raise NoDatabaseError(f"no database at {self.path}; run 'corpus init' (with --db {self.path} to create it "
                                  "there), or pass --db PATH or set CORPUS_DB to an existing database")
        self.read_only = existed and not _writable(self.path)
        try:
            self.conn = connect_readonly(self.path) if self.read_only else sqlite3.connect(self.path)
            self.db = Database(self.conn)
            self.conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            if existed:
                _check_ours(self.conn, self.path, create=create)
            if self.read_only:
                self._check_current((corpus_migrations, *extra_migrations))
                return
            self.conn.execute("PRAGMA foreign_keys = ON")
            if self.conn.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
                self.conn.execute("PRAGMA journal_mode = WAL")
            self.conn.execute("PRAGMA synchronous = NORMAL")
            self.migrate((corpus_migrations, *extra_migrations))
        except BaseException as error:
            self._abandon(created=not existed)
            if isinstance(error, sqlite3.DatabaseError):
                raise CorpusError(describe_database_error(error, self.path, opening=True)) from None
            raise

    def _abandon(self, *, created: bool) -> None:
        """Close after a failed open. A file this call created is removed if it holds nothing (a disk
        that filled up during the first migration): one that another process set up meanwhile stays."""
        with contextlib.suppress(Exception):
            self.conn.close()
        if created and _holds_nothing(self.path):
            for suffix in ("", "-wal", "-shm", "-journal"):
                with contextlib.suppress(OSError):
                    os.remove(self.path + suffix)

    def _check_current(self, sets: tuple[Migrations, ...]) -> None:
        pending = sum(len(m.pending(self.db)) for m in sets)
        if pending:
            raise ReadOnlyError(f"{self.path} is read-only and needs {pending} schema upgrade(s) this version applies "
                                "on open. Make the file and its folder writable once (any command upgrades it), "
                                "or work on a copy")

    def migrate(self, sets: tuple[Migrations, ...]) -> None:
        """Apply pending migrations under one write lock, so concurrent openers do not race."""
        if not any(m.pending(self.db) for m in sets):
            return
        with self.transaction():
            for migration_set in sets:
                migration_set.apply(self.db)

    @contextlib.contextmanager
    def transaction(self) -> Iterator[Database]:
        """BEGIN IMMEDIATE: take the write lock first so a concurrent writer waits (busy timeout)
        instead of failing on a read-to-write lock upgrade. Nested calls become savepoints."""
        if self.read_only:
            raise ReadOnlyError(f"{self.path} is read-only (the file or its folder is not writable), so this command "
                                "cannot record anything and nothing was changed. Make both writable, or work on a copy")
        if self.conn.in_transaction:
            with self.db.atomic():
                yield self.db
            return
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            with self.db.atomic():
                yield self.db
        except BaseException:
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
            raise
        else:
            self.conn.execute("COMMIT")

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def query(self, sql: str, params: tuple | dict = ()) -> list[dict]:
        """Rows as dicts (for tests and small lookups)."""
        cursor = self.conn.execute(sql, params)
        names = [d[0] for d in cursor.description]
        return [dict(zip(names, row)) for row in cursor.fetchall()]

    def resolve(self, ref: str) -> VersionRef:
        """DOC (latest), DOC@N, or a unique prefix of a document id."""
        match = _REF.match(ref.strip())
        if not match:
            raise NotFoundError(f"{ref!r} is not a reference. Use DOC, DOC@N or a unique prefix of DOC")
        document_id = self.resolve_document(match.group("doc"))
        number = match.group("number")
        if number is None:
            row = self.conn.execute("SELECT number, id FROM versions WHERE document_id = ? ORDER BY number DESC LIMIT 1",
                                    (document_id,)).fetchone()
        elif len(number) > MAX_NUMBER_DIGITS:
            row = None  # no such version, and too large for SQLite to be asked about
        else:
            row = self.conn.execute("SELECT number, id FROM versions WHERE document_id = ? AND number = ?",
                                    (document_id, int(number))).fetchone()
        if row is None:
            count = self.conn.execute("SELECT count(*) FROM versions WHERE document_id = ?", (document_id,)).fetchone()[0]
            raise NotFoundError(f"{document_id}@{number} does not exist: the document has {count} version(s). "
                                f"Run 'corpus log {document_id}' to see them")
        return VersionRef(document_id, row[0], row[1])

    def resolve_document(self, prefix: str) -> str:
        exact = self.conn.execute("SELECT id FROM documents WHERE id = ?", (prefix,)).fetchone()
        if exact:
            return exact[0]
        rows = [r[0] for r in self.conn.execute(
            "SELECT id FROM documents WHERE id LIKE ? ESCAPE '\\' ORDER BY id LIMIT 6", (like_prefix(prefix),))]
        if not rows:
            raise NotFoundError(f"no document matches {prefix!r}. Run 'corpus list' to see document ids")
        if len(rows) > 1:
            raise AmbiguousError(f"{prefix!r} matches several documents ({', '.join(rows[:5])}). "
                                 "Type more of the id")
        return rows[0]


def _writable(path: str) -> bool:
    """SQLite writes the file and creates -wal and -shm beside it: both must be allowed."""
    folder = os.path.dirname(os.path.abspath(path))
    return os.access(path, os.W_OK) and os.access(folder, os.W_OK | os.X_OK)


def connect_readonly(path: str) -> sqlite3.Connection:
    """A connection that cannot write and leaves nothing beside the file.

    A database we may write is opened with mode=ro, sharing the -shm of any writer. One we may not
    write, without a pending -wal, is complete in itself: it is read as immutable, which takes no
    locks and creates no -shm (a read-only -shm left behind would trouble the next writer)."""
    wal = path + "-wal"
    immutable = not _writable(path) and not (os.path.exists(wal) and os.path.getsize(wal) > 0)
    uri = Path(path).resolve().as_uri() + ("?mode=ro&immutable=1" if immutable else "?mode=ro")
    return sqlite3.connect(uri, uri=True)


def _holds_nothing(path: str) -> bool:
    try:
        if os.path.getsize(path) == 0:
            return True
        with contextlib.closing(sqlite3.connect(Path(path).resolve().as_uri() + "?mode=ro", uri=True)) as probe:
            return probe.execute("SELECT count(*) FROM sqlite_master").fetchone()[0] == 0
    except (OSError, sqlite3.Error):
        return False


def _check_ours(conn: sqlite3.Connection, path: str, *, create: bool) -> None:
    """An empty file may become a corpus database (when creating); a file with other tables never does."""
    tables = [r[0] for r in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")]
    if not tables:
        if not create:
            raise NoDatabaseError(f"no database at {path} (the file is empty); run 'corpus --db {path} init'")
        return
    if "_sqlite_migrations" in tables and conn.execute(
            "SELECT 1 FROM _sqlite_migrations WHERE migration_set = 'corpus' LIMIT 1").fetchone():
        return
    shown = ", ".join(tables[:5]) + (", ..." if len(tables) > 5 else "")
    raise CorpusError(f"{path} is a SQLite database but not a corpus database (its tables: {shown}), so it was "
                      "left untouched. Pass --db with a corpus database or a new file name")
