"""An issue through time: every document's positions on it, oldest first, with the change from the one before."""

from __future__ import annotations

from dataclasses import dataclass

from corpus.store import Store

from .analysis import ensure_analysed
from .changes import PositionRow, changes_between_documents, load_positions


@dataclass(frozen=True)
class TimelineEntry:
    date: str | None
    document_id: str
    version: int
    position: PositionRow
    change: str | None          # against the previous document on this issue; None for the first
    explanation: str | None


def issue_timeline(store: Store, issue_id: str) -> list[TimelineEntry]:
    """Latest version of each document, by publication date (undated last)."""
    versions = store.conn.execute("""
        SELECT d.id, d.published, v.id, v.number FROM documents d
        JOIN versions v ON v.document_id = d.id
        WHERE v.number = (SELECT max(number) FROM versions WHERE document_id = d.id)
        ORDER BY coalesce(d.published, '9999'), d.id""").fetchall()
    ensure_analysed(store, [v[2] for v in versions])
    entries: list[TimelineEntry] = []
    previous_version = None
    for document_id, published, version_id, number in versions:
        positions = [p for p in load_positions(store, version_id) if p.issue_id == issue_id]
        if not positions:
            continue
        verdicts = {}
        if previous_version is not None:
            for change in changes_between_documents(store, previous_version, version_id):
                if change.issue_id == issue_id and change.right is not None:
                    verdicts[change.right.id] = (change.change, change.explanation)
        for position in positions:
            change, why = verdicts.get(position.id, (None, None))
            entries.append(TimelineEntry(published, document_id, number, position, change, why))
        previous_version = version_id
    return entries
