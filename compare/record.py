"""Record an alignment in SQLite: one comparison row per pair, engine and parameters; rows replaced on re-run."""

from __future__ import annotations

import json

from corpus.clock import utc_now
from corpus.store import Store

from . import engine_name
from .model import Alignment


def comparison_params(alignment: Alignment) -> str:
    return json.dumps(alignment.params, sort_keys=True, separators=(",", ":"))


def record_alignment(store: Store, alignment: Alignment) -> int:
    """Insert or replace the comparison's rows (call inside a transaction). Returns the comparison id."""
    conn = store.conn
    left, right = alignment.left, alignment.right
    params = comparison_params(alignment)
    engine = engine_name()      # (read now: the learned judge's and the confidence's switches change the results)
    now = utc_now()
    row = conn.execute("SELECT id FROM comparisons WHERE left_version_id = ? AND right_version_id = ? AND engine = ? "
                       "AND params = ?", (left.ref.version_id, right.ref.version_id, engine, params)).fetchone()
    if row:
        comparison_id = row[0]
        # Same versions, engine and parameters give the same alignment, so the position changes
        # recorded against it stay valid: only the alignment rows are rewritten here. Position
        # changes are replaced by the step that recomputes them, never by a command that does not.
        for table in ("section_alignments", "sentence_alignments"):
            conn.execute(f"DELETE FROM {table} WHERE comparison_id = ?", (comparison_id,))  # fixed table names
        conn.execute("UPDATE comparisons SET created_at = ? WHERE id = ?", (now, comparison_id))
    else:
        comparison_id = conn.execute(
            "INSERT INTO comparisons (left_version_id, right_version_id, engine, params, created_at) VALUES (?, ?, ?, ?, ?)",
            (left.ref.version_id, right.ref.version_id, engine, params, now)).lastrowid
    conn.executemany(
        "INSERT INTO section_alignments (comparison_id, ordinal, left_section_id, right_section_id, relation, score, "
        "matched_by, heading_score, content_score) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [(comparison_id, n, _id(left.sections, p.left), _id(right.sections, p.right), p.relation, p.score,
          p.matched_by, p.heading_score, p.content_score) for n, p in enumerate(alignment.sections)])
    conn.executemany(
        "INSERT INTO sentence_alignments (comparison_id, ordinal, left_sentence_id, right_sentence_id, op, similarity, diff) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)",
        [(comparison_id, n, _id(left.sentences, p.left), _id(right.sentences, p.right), p.op, p.similarity,
          json.dumps(p.diff, ensure_ascii=False) if p.diff else None) for n, p in enumerate(alignment.sentences)])
    return comparison_id


def _id(items, index: int | None) -> int | None:
    return None if index is None else items[index].id
