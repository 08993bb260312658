"""An issue through time: per document version, the author's stance on it and the label against the base.

Rows come from the `issue_stance` view. Comparisons of the base with each document's latest version that
are not recorded yet are run first (corpus compare --all records the same ones)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from corpus.store import Store


@dataclass(frozen=True)
class TimelineEntry:
    """One row of issue_stance, with the author's most trusted sentence on the issue as evidence: the reading of
    highest confidence, the firmest among equals (where the version has no author position on it, the sentence of
    the label the learned judge read there)."""

    document_id: str
    version: int
    published: str | None
    issue_id: str
    positions: int
    positive: int
    negative: int
    polarity: int
    strength: float
    change: str | None          # against the base; None for the base itself or when no label was given
    evidence: str
    confidence: float | None = None     # of the version's most trusted reading on the issue (positions.confidence)


def issue_timeline(store: Store, issue_id: str, *, base: str | None = None) -> list[TimelineEntry]:
    """Oldest first (undated last); the latest version of each document, and every version of the base. What it
    shows is this engine's: versions analysed by other code are analysed again, and comparisons with the base that
    this engine has not recorded are run (those of other code lost their labels when a version was analysed again)."""
    from . import engine_name
    from .analysis import ensure_analysed
    from .engine import compare_versions, default_base

    base_ref = store.resolve(base or default_base(store))
    latest = store.conn.execute("""
        SELECT d.id, v.id FROM documents d JOIN versions v ON v.document_id = d.id
        WHERE v.number = (SELECT max(number) FROM versions WHERE document_id = d.id)
        ORDER BY d.id""").fetchall()
    base_versions = [row[0] for row in store.conn.execute(
        "SELECT id FROM versions WHERE document_id = ? ORDER BY number", (base_ref.document_id,))]
    ensure_analysed(store, sorted({version_id for _, version_id in latest} | set(base_versions)))
    engine = engine_name()
    for document_id, version_id in latest:
        recorded = store.conn.execute(
            "SELECT 1 FROM comparisons WHERE left_version_id = ? AND right_version_id = ? AND engine = ?",
            (base_ref.version_id, version_id, engine)).fetchone()
        if document_id != base_ref.document_id and recorded is None:
            compare_versions(store, base_ref, store.resolve(document_id))
    rows = store.conn.execute("""
        SELECT s.document_id, s.version, s.published, s.issue_id, s.positions, s.positive, s.negative, s.polarity,
               s.strength, s.change,
               coalesce(
                   (SELECT p.sentence FROM position_detail p WHERE p.version_id = s.version_id AND p.issue_id = s.issue_id
                    AND p.attribution = 'author'
                    ORDER BY p.confidence DESC, p.strength DESC, p.sentence_id LIMIT 1),
                   -- no author position on the issue: the sentence of a label the learned judge read without one
                   (SELECT t.text FROM position_changes pc JOIN sentences t ON t.id = pc.right_sentence_id
                    WHERE pc.comparison_id = s.comparison_id AND pc.issue_id = s.issue_id ORDER BY pc.id LIMIT 1)),
               s.confidence
        FROM issue_stance s
        WHERE s.issue_id = ? AND (s.version_id IN (SELECT v.id FROM versions v WHERE v.number =
              (SELECT max(number) FROM versions WHERE document_id = v.document_id)) OR s.document_id = ?)
        ORDER BY coalesce(s.published, '9999'), s.document_id, s.version""", (issue_id, base_ref.document_id)).fetchall()
    return [TimelineEntry(*row) for row in rows]
