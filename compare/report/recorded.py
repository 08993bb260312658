"""Recorded comparisons read back from the database, as the renderers want them; nothing is recomputed."""

from __future__ import annotations

import json
from dataclasses import dataclass

from corpus.store import Store, VersionRef

from ..changes import Change, load_positions
from ..model import Alignment, SectionPair, SentencePair, load_version


@dataclass(frozen=True)
class RecordedComparison:
    id: int
    left: VersionRef
    right: VersionRef
    engine: str


def recorded_comparisons(store: Store) -> list[RecordedComparison]:
    rows = store.conn.execute("""
        SELECT c.id, lv.document_id, lv.number, lv.id, rv.document_id, rv.number, rv.id, c.engine
        FROM comparisons c JOIN versions lv ON lv.id = c.left_version_id JOIN versions rv ON rv.id = c.right_version_id
        ORDER BY c.id""").fetchall()
    return [RecordedComparison(r[0], VersionRef(r[1], r[2], r[3]), VersionRef(r[4], r[5], r[6]), r[7]) for r in rows]


def load_alignment(store: Store, comparison: RecordedComparison) -> Alignment:
    """The stored section and sentence pairs, mapped back onto the two versions' indexes."""
    left, right = load_version(store, comparison.left), load_version(store, comparison.right)
    left_sections = {s.id: s.index for s in left.sections}
    right_sections = {s.id: s.index for s in right.sections}
    left_sentences = {s.id: s.index for s in left.sentences}
    right_sentences = {s.id: s.index for s in right.sentences}
    sections = [SectionPair(left_sections.get(r[0]), right_sections.get(r[1]), r[2], r[3], r[4], r[5] or 0.0,
                            r[6] or 0.0)
                for r in store.conn.execute(
                    "SELECT left_section_id, right_section_id, relation, score, matched_by, heading_score, "
                    "content_score FROM section_alignments WHERE comparison_id = ? ORDER BY ordinal",
                    (comparison.id,))]
    sentences = [SentencePair(left_sentences.get(r[0]), right_sentences.get(r[1]), r[2], r[3],
                              tuple(tuple(piece) for piece in json.loads(r[4])) if r[4] else None)
                 for r in store.conn.execute(
                     "SELECT left_sentence_id, right_sentence_id, op, similarity, diff FROM sentence_alignments "
                     "WHERE comparison_id = ? ORDER BY ordinal", (comparison.id,))]
    params = json.loads(store.conn.execute("SELECT params FROM comparisons WHERE id = ?",
                                           (comparison.id,)).fetchone()[0])
    return Alignment(left, right, sections, sentences, params)


def comparison_positions(store: Store, comparison: RecordedComparison) -> dict:
    """Both versions' positions by id, as load_changes and load_withheld read them."""
    return {p.id: p for version in (comparison.left, comparison.right) for p in load_positions(store, version.version_id)}


def load_changes(store: Store, comparison: RecordedComparison, positions: dict | None = None) -> list[Change]:
    positions = positions if positions is not None else comparison_positions(store, comparison)
    rows = store.conn.execute(
        "SELECT issue_id, left_position_id, right_position_id, change, score, explanation FROM position_changes "
        "WHERE comparison_id = ? ORDER BY id", (comparison.id,)).fetchall()
    return [Change(r[0], positions.get(r[1]), positions.get(r[2]), r[3], r[4], r[5]) for r in rows]


def load_withheld(store: Store, comparison: RecordedComparison, positions: dict | None = None) -> list[Change]:
    """The labels the confidence gate withheld in the comparison (withheld_changes), each marked with what it needed."""
    positions = positions if positions is not None else comparison_positions(store, comparison)
    rows = store.conn.execute(
        "SELECT issue_id, left_position_id, right_position_id, change, score, explanation, judged_by, needed "
        "FROM withheld_changes WHERE comparison_id = ? ORDER BY id", (comparison.id,)).fetchall()
    return [Change(r[0], positions.get(r[1]), positions.get(r[2]), r[3], r[4], r[5], r[6], needed=r[7])
            for r in rows if r[2] in positions]
