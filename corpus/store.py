"""The Store: one SQLite file, migrated on open, written one transaction per unit of work."""

from __future__ import annotations

import contextlib
import re
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

from .config import default_path
from .errors import AmbiguousError, CorpusError, NotFoundError
from .schema import migrations as corpus_migrations
from .textutil import like_prefix

BUSY_TIMEOUT_MS = 60_000
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
    """Open (creating if needed) and migrate a corpus database.

    Extra migration sets (the comparison engine's) are applied after the store's own.
    """

    def __init__(self, path: str | None = None, *, extra_migrations: tuple[Migrations, ...] = ()):
        self.path = path or default_path()
        try:
            self.db = Database(self.path)
            self.conn = self.db.conn
            self.conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            self.conn.execute("PRAGMA foreign_keys = ON")
            if self.conn.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
                self.conn.execute("PRAGMA journal_mode = WAL")
            self.conn.execute("PRAGMA synchronous = NORMAL")
            self.migrate((corpus_migrations, *extra_migrations))
        except sqlite3.DatabaseError as error:
            raise CorpusError(f"{self.path}: cannot open as a corpus database ({error}). "
                              "Check the --db path or CORPUS_DB; it must be a SQLite file or a new file name") from None

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
