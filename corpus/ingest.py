"""Add documents and versions: read, segment, detect metadata, write one transaction per document."""

from __future__ import annotations

import os
import sqlite3
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path

from .clock import utc_now as now
from .errors import InputError, StorageFullError
from .formats.text import read_as_opening_unless_titled
from .ids import check_document_id
from .metadata import Metadata, detect, document_slug
from .readers import DEFAULT_MAX_SIZE, STDIN_NAME, SourceText, read_document, read_text
from .segment import Segmented, segment
from .store import Store
from .textutil import count_words, like_prefix, sha256_text
from .workers import exit_with_parent


@dataclass(frozen=True)
class AddResult:
    """What happened to one input: status is 'added' or 'unchanged'."""

    document_id: str
    number: int
    status: str
    source: str
    warnings: list[str] = field(default_factory=list)

    def __str__(self) -> str:
        return f"{self.document_id}@{self.number} {self.status}"


@dataclass(frozen=True)
class Prepared:
    """A document read and segmented, ready to write."""

    source: SourceText
    text: str
    sha256: str
    segmented: Segmented
    metadata: Metadata
    words: int


def prepare(path: str, *, max_size: int = DEFAULT_MAX_SIZE, overrides: Metadata = Metadata(),
            fmt: str | None = None) -> Prepared:
    """Everything that can fail on bad input happens here, before any write."""
    source, layout = read_document(path, max_size=max_size, fmt=fmt)
    return _prepare_read(source, layout, overrides)


def prepare_text(text: str, *, name: str = "<text>", fmt: str = "text", overrides: Metadata = Metadata()) -> Prepared:
    """The same for text handed over directly (the Python API's add(text=...)): the same checks as a file."""
    source, layout = read_text(text, name=name, fmt=fmt)
    return _prepare_read(source, layout, overrides)


def _prepare_read(source: SourceText, layout, overrides: Metadata) -> Prepared:
    if source.format == "text" and overrides.title:
        read_as_opening_unless_titled(layout, overrides.title)
    segmented = segment(layout)
    if segmented.sentence_count == 0:
        raise InputError(source.name, "has headings but no sentences", "Check that the file holds the document's prose")
    metadata = detect(layout, segmented, source=source.name).merged(overrides)
    if metadata.id is not None:
        check_document_id(metadata.id, source=f"{source.name}: front-matter id")
    return Prepared(source, layout.text, sha256_text(layout.text), segmented, metadata, count_words(layout.text))


def add_file(store: Store, path: str, *, document_id: str | None = None, max_size: int = DEFAULT_MAX_SIZE,
             overrides: Metadata = Metadata(), note: str | None = None) -> AddResult:
    """Add one file as a new document or a new version of document_id (one transaction)."""
    if document_id is not None:
        check_document_id(document_id)
    return write_prepared(store, prepare(path, max_size=max_size, overrides=overrides), document_id, note)


def write_prepared(store: Store, prepared: Prepared, document_id: str | None = None, note: str | None = None) -> AddResult:
    with store.transaction():
        return _write(store, prepared, document_id, note)


PARALLEL_THRESHOLD = 8


def add_files(store: Store, paths: list[str | InputError], *, document_id: str | None = None, max_size: int = DEFAULT_MAX_SIZE,
              overrides: Metadata = Metadata(), note: str | None = None, workers: int | None = None,
              fmt: str | None = None):
    """Yield (path, AddResult or InputError) in input order, one transaction per document.

    Reading and segmenting run in worker processes when there are many files, so parsing on
    one core overlaps writing on the other; ids are still assigned in input order. workers=0 reads in
    this process. A full disk stops at the failing file (rolled back) with a StorageFullError naming
    the files not attempted."""
    if document_id is not None:
        check_document_id(document_id)
    # The writer is the bottleneck and needs a core of its own: parse on the others.
    workers = workers if workers is not None else max(0, (os.cpu_count() or 1) - 1)
    job = partial(_prepare_or_error, max_size=max_size, overrides=overrides, fmt=fmt)
    if workers >= 1 and len(paths) >= PARALLEL_THRESHOLD and STDIN_NAME not in paths:
        pool = ProcessPoolExecutor(max_workers=workers, initializer=exit_with_parent)
        try:
            yield from _write_all(store, paths, pool.map(job, paths, chunksize=4), document_id, note)
        finally:  # on a failure, parse nothing more: queued files are cancelled, not waited for
            pool.shutdown(wait=True, cancel_futures=True)
    else:
        yield from _write_all(store, paths, map(job, paths), document_id, note)


def _write_all(store, paths, prepared_items, document_id, note):
    for index, (path, item) in enumerate(zip(paths, prepared_items)):
        if isinstance(item, InputError):
            yield path, item
            continue
        try:
            result = write_prepared(store, item, document_id, note)
        except sqlite3.OperationalError as error:
            if error.sqlite_errorcode != sqlite3.SQLITE_FULL:
                raise
            raise _storage_full(store, item.source.name, error, paths[index + 1:]) from None
        yield path, result


def _storage_full(store: Store, name: str, error: sqlite3.Error, rest: list) -> StorageFullError:
    names = [str(p.source) if isinstance(p, InputError) else str(p) for p in rest]
    shown = ", ".join(names[:5]) + (f" and {len(names) - 5} more" if len(names) > 5 else "")
    skipped = f"{len(names)} file(s) not attempted: {shown}" if names else "no other file was waiting"
    return StorageFullError(f"{name}: the disk filled up while adding it to {store.path} ({error}), so nothing was "
                            f"written for it; {skipped}. Free disk space and run the same command again "
                            "(files already added will show as unchanged)")


def _prepare_or_error(path: str | InputError, *, max_size: int, overrides: Metadata, fmt: str | None = None):
    if isinstance(path, InputError):
        return path
    try:
        return prepare(path, max_size=max_size, overrides=overrides, fmt=fmt)
    except InputError as error:
        return error


def _write(store: Store, prepared: Prepared, document_id: str | None, note: str | None) -> AddResult:
    conn = store.conn
    source = prepared.source
    if document_id is None:
        same = conn.execute("SELECT document_id, number FROM versions WHERE sha256 = ? ORDER BY document_id, number LIMIT 1",
                            (prepared.sha256,)).fetchone()
        if same:
            return AddResult(same[0], same[1], "unchanged", source.name, source.warnings)
        document_id = prepared.metadata.id or _free_slug(store, document_slug(prepared.metadata, Path(source.name).stem))
    else:
        same = conn.execute("SELECT number FROM versions WHERE document_id = ? AND sha256 = ?",
                            (document_id, prepared.sha256)).fetchone()
        if same:
            return AddResult(document_id, same[0], "unchanged", source.name, source.warnings)
    meta = prepared.metadata
    exists = conn.execute("SELECT 1 FROM documents WHERE id = ?", (document_id,)).fetchone()
    if not exists:
        conn.execute(
            "INSERT INTO documents (id, title, author, publisher, published, url, kind, created_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (document_id, meta.title, meta.author, meta.publisher, meta.published, meta.url,
             meta.kind or "document", now()))
    else:
        _update_metadata(store, document_id, meta)
    number = conn.execute("SELECT coalesce(max(number), 0) + 1 FROM versions WHERE document_id = ?",
                          (document_id,)).fetchone()[0]
    cursor = conn.execute(
        "INSERT INTO versions (document_id, number, sha256, text, format, source, added_at, note, words) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (document_id, number, prepared.sha256, prepared.text, source.format, source.name, now(), note,
         prepared.words))
    version_id = cursor.lastrowid
    assert version_id is not None  # a successful INSERT always sets the new row's id
    _write_segments(store, version_id, prepared.segmented)
    return AddResult(document_id, number, "added", source.name, source.warnings)


def _update_metadata(store: Store, document_id: str, meta: Metadata) -> None:
    """A later version fills metadata the document lacks; it never overwrites what is set."""
    for column in ("title", "author", "publisher", "published", "url"):
        value = getattr(meta, column)
        if value is not None:
            store.conn.execute(f"UPDATE documents SET {column} = ? WHERE id = ? AND {column} IS NULL",  # column from fixed list
                               (value, document_id))


def _free_slug(store: Store, slug: str) -> str:
    """slug, or slug-2, slug-3... : the first not taken (one query, however many copies exist)."""
    pattern = like_prefix(slug)
    taken = {row[0] for row in store.conn.execute("SELECT id FROM documents WHERE id LIKE ? ESCAPE '\\'", (pattern,))}
    candidate, counter = slug, 2
    while candidate in taken:
        candidate = f"{slug}-{counter}"
        counter += 1
    return candidate


def _next_id(store: Store, table: str) -> int:
    return store.conn.execute(f"SELECT coalesce(max(id), 0) + 1 FROM {table}").fetchone()[0]  # table is a literal


_Row = tuple[int | str | None, ...]  # one row's values for executemany


def _write_segments(store: Store, version_id: int, segmented: Segmented) -> None:
    """Explicit ids (we hold the write lock) let every table be written with one executemany."""
    section_base, paragraph_base, sentence_base = (_next_id(store, t) for t in ("sections", "paragraphs", "sentences"))
    sections: list[_Row] = []
    paragraphs: list[_Row] = []
    sentences: list[_Row] = []
    for section in segmented.sections:
        section_id = section_base + section.ordinal
        parent_id = None if section.parent is None else section_base + section.parent
        sections.append((section_id, version_id, section.ordinal, section.heading, section.level, parent_id,
                         section.start, section.end))
        for paragraph in section.paragraphs:
            paragraph_id = paragraph_base + paragraph.ordinal
            paragraphs.append((paragraph_id, version_id, section_id, paragraph.ordinal, paragraph.start, paragraph.end))
            sentences.extend((sentence_base + s.ordinal, version_id, section_id, paragraph_id, s.ordinal, s.text,
                              s.start, s.end, s.hash) for s in paragraph.sentences)
    conn = store.conn
    conn.executemany('INSERT INTO sections (id, version_id, ordinal, heading, level, parent_id, start, "end") '
                     "VALUES (?, ?, ?, ?, ?, ?, ?, ?)", sections)
    conn.executemany('INSERT INTO paragraphs (id, version_id, section_id, ordinal, start, "end") VALUES (?, ?, ?, ?, ?, ?)',
                     paragraphs)
    conn.executemany('INSERT INTO sentences (id, version_id, section_id, paragraph_id, ordinal, text, start, "end", hash) '
                     "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", sentences)
    conn.execute("INSERT INTO sentences_fts (rowid, text) SELECT id, text FROM sentences WHERE version_id = ?", (version_id,))
