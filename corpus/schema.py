"""The store's schema as ordered migrations. Never edit a shipped migration: add a new one."""

from __future__ import annotations

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

migrations = Migrations("corpus")


@migrations()
def m001_documents_versions_segments(db: Database) -> None:
    db.executescript("""
    CREATE TABLE documents (
        id TEXT PRIMARY KEY,
        title TEXT,
        author TEXT,
        publisher TEXT,
        published TEXT,           -- ISO prefix: YYYY, YYYY-MM or YYYY-MM-DD
        url TEXT,
        kind TEXT,
        created_at TEXT NOT NULL
    );
    CREATE TABLE versions (
        id INTEGER PRIMARY KEY,
        document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        number INTEGER NOT NULL,
        sha256 TEXT NOT NULL,
        text TEXT NOT NULL,
        format TEXT NOT NULL,
        source TEXT,
        added_at TEXT NOT NULL,
        note TEXT,
        words INTEGER NOT NULL DEFAULT 0,
        UNIQUE (document_id, number),
        UNIQUE (document_id, sha256)
    );
    CREATE INDEX versions_sha256 ON versions(sha256);
    CREATE TABLE sections (
        id INTEGER PRIMARY KEY,
        version_id INTEGER NOT NULL REFERENCES versions(id) ON DELETE CASCADE,
        ordinal INTEGER NOT NULL,
        heading TEXT,
        level INTEGER NOT NULL,
        parent_id INTEGER REFERENCES sections(id),
        start INTEGER NOT NULL,
        "end" INTEGER NOT NULL,
        UNIQUE (version_id, ordinal)
    );
    CREATE TABLE paragraphs (
        id INTEGER PRIMARY KEY,
        version_id INTEGER NOT NULL REFERENCES versions(id) ON DELETE CASCADE,
        section_id INTEGER NOT NULL REFERENCES sections(id) ON DELETE CASCADE,
        ordinal INTEGER NOT NULL,
        start INTEGER NOT NULL,
        "end" INTEGER NOT NULL,
        UNIQUE (version_id, ordinal)
    );
    CREATE TABLE sentences (
        id INTEGER PRIMARY KEY,
        version_id INTEGER NOT NULL REFERENCES versions(id) ON DELETE CASCADE,
        section_id INTEGER NOT NULL REFERENCES sections(id) ON DELETE CASCADE,
        paragraph_id INTEGER NOT NULL REFERENCES paragraphs(id) ON DELETE CASCADE,
        ordinal INTEGER NOT NULL,
        text TEXT NOT NULL,
        start INTEGER NOT NULL,
        "end" INTEGER NOT NULL,
        hash TEXT NOT NULL,
        UNIQUE (version_id, ordinal)
    );
    -- No index on sentences.hash: random keys made it a quarter of the write cost; comparisons
    -- read hashes by version, and a user's GROUP BY hash scans fine.
    CREATE VIRTUAL TABLE sentences_fts USING fts5(
        text, content='sentences', content_rowid='id', tokenize='unicode61 remove_diacritics 2',
        columnsize=0);  -- no per-row size table: a third faster to write, bm25 still works
    -- Inserts are indexed by the writer in one INSERT ... SELECT per version (three times faster
    -- than a row trigger); deletes and updates, rare, keep the index in step through triggers.
    CREATE TRIGGER sentences_fts_delete AFTER DELETE ON sentences BEGIN
        INSERT INTO sentences_fts(sentences_fts, rowid, text) VALUES ('delete', old.id, old.text);
    END;
    CREATE TRIGGER sentences_fts_update AFTER UPDATE OF text ON sentences BEGIN
        INSERT INTO sentences_fts(sentences_fts, rowid, text) VALUES ('delete', old.id, old.text);
        INSERT INTO sentences_fts(rowid, text) VALUES (new.id, new.text);
    END;
    CREATE VIEW sentence_detail AS
    SELECT s.id, v.document_id, v.number AS version, d.published, sec.heading,
           sec.ordinal AS section_ordinal, s.ordinal, s.text, s.start, s."end", s.hash,
           s.version_id, s.section_id, s.paragraph_id
    FROM sentences s
    JOIN versions v ON v.id = s.version_id
    JOIN documents d ON d.id = v.document_id
    JOIN sections sec ON sec.id = s.section_id;
    """)
