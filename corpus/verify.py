"""Re-hash every stored version and check every stored offset."""

from __future__ import annotations

import os
import sqlite3
import tempfile
from dataclasses import dataclass

from .store import Store
from .textutil import sentence_hash, sha256_text


@dataclass(frozen=True)
class Problem:
    where: str
    what: str

    def __str__(self) -> str:
        return f"{self.where}: {self.what}"


def verify(store: Store) -> tuple[int, list[Problem]]:
    """(number of versions checked, problems found)."""
    problems: list[Problem] = []
    versions = store.conn.execute("SELECT id, document_id, number, sha256, text FROM versions ORDER BY document_id, number").fetchall()
    for version_id, document_id, number, sha, text in versions:
        label = f"{document_id}@{number}"
        if sha256_text(text) != sha:
            problems.append(Problem(label, f"text does not match its sha256 {sha[:12]}"))
        for table in ("sections", "paragraphs"):
            for row_id, start, end in store.conn.execute(
                    f'SELECT id, start, "end" FROM {table} WHERE version_id = ?', (version_id,)):  # fixed names
                if not 0 <= start <= end <= len(text):
                    problems.append(Problem(f"{label} {table[:-1]} {row_id}", f"offsets {start}:{end} outside the text"))
        for row_id, sentence, start, end, stored_hash in store.conn.execute(
                'SELECT id, text, start, "end", hash FROM sentences WHERE version_id = ? ORDER BY ordinal', (version_id,)):
            if text[start:end] != sentence:
                problems.append(Problem(f"{label} sentence {row_id}", f"text differs from versions.text[{start}:{end}]"))
            elif sentence_hash(sentence) != stored_hash:
                problems.append(Problem(f"{label} sentence {row_id}", "hash does not match its text"))
    try:
        _check_fulltext(store)
    except sqlite3.DatabaseError as error:
        problems.append(Problem("sentences_fts", f"full-text index out of step with sentences ({error}); rebuild it "
                                "with sqlite3 DB \"INSERT INTO sentences_fts(sentences_fts) VALUES ('rebuild')\""))
    return len(versions), problems


def _check_fulltext(store: Store) -> None:
    """FTS5's integrity check is written as an INSERT, which a read-only database refuses (a false
    problem): there it runs on a temporary copy, made with SQLite's online backup."""
    check = "INSERT INTO sentences_fts(sentences_fts, rank) VALUES ('integrity-check', 1)"
    if not store.read_only:
        store.conn.execute(check)
        return
    with tempfile.TemporaryDirectory(prefix="corpus-verify-") as folder:
        copy = sqlite3.connect(os.path.join(folder, "copy.db"))
        try:
            store.conn.backup(copy)
            copy.execute(check)
        finally:
            copy.close()
