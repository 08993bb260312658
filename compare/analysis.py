"""Per-version analysis kept in step with the taxonomy: issue tags and positions."""

from __future__ import annotations

import json

from corpus.store import Store

from . import ENGINE
from .lexicon import default_lexicon
from .positions import extract
from .tagging import IssueMatcher, SentenceRow, tag_sentences
from .taxonomy import load_issues, taxonomy_hash


def analysis_engine() -> str:
    return f"{ENGINE} lexicon:{default_lexicon().version}"


def ensure_analysed(store: Store, version_ids: list[int]) -> None:
    """Tag and extract positions for versions whose analysis is missing or stale."""
    issues = load_issues(store)
    stamp = taxonomy_hash(issues)
    engine = analysis_engine()
    stale = [v for v in version_ids if store.conn.execute(
        "SELECT 1 FROM tagged_versions WHERE version_id = ? AND taxonomy_hash = ? AND engine = ?",
        (v, stamp, engine)).fetchone() is None]
    if stale:
        matcher = IssueMatcher(issues)
        with store.transaction():
            for version_id in stale:
                _analyse(store, version_id, matcher, stamp, engine)


def refresh_all(store: Store) -> None:
    """Re-tag every stored version (after a taxonomy change), then recompute recorded position changes."""
    from .changes import recompute_all

    version_ids = [r[0] for r in store.conn.execute("SELECT id FROM versions ORDER BY id")]
    with store.transaction():
        store.conn.execute("DELETE FROM tagged_versions")
        ensure_analysed(store, version_ids)
        recompute_all(store)


def _analyse(store: Store, version_id: int, matcher: IssueMatcher, stamp: str, engine: str) -> None:
    conn = store.conn
    sentences = [SentenceRow(*row) for row in conn.execute(
        "SELECT id, section_id, paragraph_id, text FROM sentences WHERE version_id = ? ORDER BY ordinal", (version_id,))]
    headings = dict(conn.execute("SELECT id, heading FROM sections WHERE version_id = ?", (version_id,)).fetchall())
    tags = tag_sentences(matcher, sentences, headings)
    conn.execute("DELETE FROM position_changes WHERE left_position_id IN (SELECT id FROM positions WHERE version_id = ?) "
                 "OR right_position_id IN (SELECT id FROM positions WHERE version_id = ?)", (version_id, version_id))
    conn.execute("DELETE FROM positions WHERE version_id = ?", (version_id,))
    conn.execute("DELETE FROM sentence_issues WHERE sentence_id IN (SELECT id FROM sentences WHERE version_id = ?)",
                 (version_id,))
    conn.executemany("INSERT INTO sentence_issues (sentence_id, issue_id, score, via, cue) VALUES (?, ?, ?, ?, ?)",
                     [(t.sentence_id, t.issue_id, t.score, t.via, t.cue) for t in tags])
    texts = {s.id: s.text for s in sentences}
    stances = {}
    rows = []
    for tag in tags:
        if tag.sentence_id not in stances:
            stances[tag.sentence_id] = extract(texts[tag.sentence_id])
        stance = stances[tag.sentence_id]
        if stance is None:
            continue
        cues = dict(stance.cues, issue={"via": tag.via, "cue": tag.cue})
        rows.append((version_id, tag.sentence_id, tag.issue_id, stance.kind, stance.polarity, stance.strength,
                     int(stance.hedged), stance.target, json.dumps(cues, ensure_ascii=False, sort_keys=True), engine))
    conn.executemany("INSERT INTO positions (version_id, sentence_id, issue_id, kind, polarity, strength, hedged, "
                     "target, cues, engine) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)
    conn.execute("INSERT INTO tagged_versions (version_id, taxonomy_hash, engine) VALUES (?, ?, ?) "
                 "ON CONFLICT(version_id) DO UPDATE SET taxonomy_hash = excluded.taxonomy_hash, engine = excluded.engine",
                 (version_id, stamp, engine))
