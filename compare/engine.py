"""Run comparisons end to end: load, analyse, align, record, compute position changes (one transaction each)."""

from __future__ import annotations

from dataclasses import dataclass

from corpus.errors import NotFoundError
from corpus.store import Store, VersionRef

from .align import align
from .analysis import ensure_analysed
from .changes import Change, compute_changes
from .model import Alignment, load_version
from .record import record_alignment


@dataclass
class ComparisonResult:
    id: int
    alignment: Alignment
    changes: list[Change]


def compare_refs(store: Store, left_ref: str, right_ref: str, *, positions: bool = True) -> ComparisonResult:
    return compare_versions(store, store.resolve(left_ref), store.resolve(right_ref), positions=positions)


def compare_versions(store: Store, left: VersionRef, right: VersionRef, *, positions: bool = True) -> ComparisonResult:
    if positions:
        ensure_analysed(store, [left.version_id, right.version_id])
    alignment = align(load_version(store, left), load_version(store, right))
    with store.transaction():
        comparison_id = record_alignment(store, alignment)
        changes = compute_changes(store, comparison_id, alignment) if positions else []
    return ComparisonResult(comparison_id, alignment, changes)


def default_base(store: Store) -> str:
    """The seed essay: the first document stored (corpus init loads the seeds first)."""
    row = store.conn.execute("SELECT id FROM documents ORDER BY created_at, rowid LIMIT 1").fetchone()
    if row is None:
        raise NotFoundError("the database holds no documents. Run 'corpus init' or 'corpus add FILE'")
    return row[0]


def all_pairs(store: Store, base: str | None = None) -> list[tuple[VersionRef, VersionRef]]:
    """Every other document (latest version) against the base, then each document's consecutive versions."""
    base_ref = store.resolve(base or default_base(store))
    pairs = []
    documents = [r[0] for r in store.conn.execute("SELECT id FROM documents ORDER BY coalesce(published, ''), id")]
    for document_id in documents:
        if document_id != base_ref.document_id:
            pairs.append((base_ref, store.resolve(document_id)))
    for document_id in documents:
        numbers = [r[0] for r in store.conn.execute(
            "SELECT number FROM versions WHERE document_id = ? ORDER BY number", (document_id,))]
        for earlier, later in zip(numbers, numbers[1:]):
            pairs.append((store.resolve(f"{document_id}@{earlier}"), store.resolve(f"{document_id}@{later}")))
    return pairs
