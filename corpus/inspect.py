"""Read-side queries behind list, log, show and search."""

from __future__ import annotations

import sqlite3
from collections import Counter
from dataclasses import dataclass

from .errors import CorpusError
from .store import Store, VersionRef

MAX_SEARCH_LIMIT = 1_000_000  # more hits than any corpus has sentences; keeps SQLite's integer in range


@dataclass(frozen=True)
class DocumentSummary:
    id: str
    title: str | None
    author: str | None
    published: str | None
    kind: str | None
    versions: int
    words: int


@dataclass(frozen=True)
class VersionLog:
    number: int
    added_at: str
    sha256: str
    words: int
    sentences: int
    added: int
    removed: int
    note: str | None


@dataclass(frozen=True)
class OutlineRow:
    ordinal: int
    level: int
    heading: str | None
    paragraphs: int
    sentences: int


@dataclass(frozen=True)
class SearchHit:
    document_id: str
    version: int
    heading: str | None
    snippet: str
    sentence_id: int


def list_documents(store: Store) -> list[DocumentSummary]:
    rows = store.conn.execute("""
        SELECT d.id, d.title, d.author, d.published, d.kind, count(v.id),
               coalesce((SELECT words FROM versions WHERE document_id = d.id ORDER BY number DESC LIMIT 1), 0)
        FROM documents d LEFT JOIN versions v ON v.document_id = d.id
        GROUP BY d.id ORDER BY coalesce(d.published, ''), d.id""").fetchall()
    return [DocumentSummary(*row) for row in rows]


def version_log(store: Store, document_id: str) -> list[VersionLog]:
    """Versions oldest first, with sentences added and removed against the previous one (by hash)."""
    versions = store.conn.execute(
        "SELECT id, number, added_at, sha256, words, note FROM versions WHERE document_id = ? ORDER BY number",
        (document_id,)).fetchall()
    log: list[VersionLog] = []
    previous: Counter[str] = Counter()
    for version_id, number, added_at, sha, words, note in versions:
        hashes = Counter(r[0] for r in store.conn.execute("SELECT hash FROM sentences WHERE version_id = ?", (version_id,)))
        added = sum((hashes - previous).values())
        removed = sum((previous - hashes).values())
        log.append(VersionLog(number, added_at, sha, words, sum(hashes.values()), added, removed, note))
        previous = hashes
    return log


def outline(store: Store, ref: VersionRef) -> list[OutlineRow]:
    rows = store.conn.execute("""
        SELECT s.ordinal, s.level, s.heading, coalesce(p.n, 0), coalesce(t.n, 0)
        FROM sections s
        LEFT JOIN (SELECT section_id, count(*) AS n FROM paragraphs WHERE version_id = ? GROUP BY section_id) p
               ON p.section_id = s.id
        LEFT JOIN (SELECT section_id, count(*) AS n FROM sentences WHERE version_id = ? GROUP BY section_id) t
               ON t.section_id = s.id
        WHERE s.version_id = ? ORDER BY s.ordinal""", (ref.version_id, ref.version_id, ref.version_id)).fetchall()
    return [OutlineRow(*row) for row in rows]


def version_text(store: Store, ref: VersionRef) -> str:
    return store.conn.execute("SELECT text FROM versions WHERE id = ?", (ref.version_id,)).fetchone()[0]


def search(store: Store, query: str, *, limit: int = 20, document_id: str | None = None) -> list[SearchHit]:
    """FTS5 search over every stored sentence, best match first."""
    if limit < 1:
        raise CorpusError(f"--limit must be at least 1, not {limit}")
    limit = min(limit, MAX_SEARCH_LIMIT)
    sql = """
        SELECT d.document_id, d.version, d.heading,
               snippet(sentences_fts, 0, '[', ']', ' ... ', 24), d.id
        FROM sentences_fts JOIN sentence_detail d ON d.id = sentences_fts.rowid
        WHERE sentences_fts MATCH ? {doc}
        ORDER BY bm25(sentences_fts), d.document_id, d.version, d.ordinal LIMIT ?"""
    params: list = [query]
    if document_id:
        params.append(document_id)
    params.append(limit)
    try:
        rows = store.conn.execute(sql.format(doc="AND d.document_id = ?" if document_id else ""), params).fetchall()
    except sqlite3.OperationalError as error:
        raise CorpusError(f"cannot search for {query!r}: {error}. Quote phrases in double quotes, "
                          "e.g. '\"North Korea\"', and avoid bare punctuation") from None
    return [SearchHit(*row) for row in rows]
