"""Position changes between two versions or documents, computed from stored positions and alignments."""

from __future__ import annotations

import json
from dataclasses import dataclass

from corpus.store import Store

from .alignment.features import content_words
from .positions import HEDGE_WEIGHT

STRENGTH_STEP = 0.5
CROSS_DOCUMENT_MIN_SIMILARITY = 0.3
TYPO_SIMILARITY = 75


@dataclass(frozen=True)
class PositionRow:
    id: int
    sentence_id: int
    issue_id: str
    kind: str
    polarity: int
    strength: float
    hedged: bool
    target: str | None
    cues: dict
    text: str

    @property
    def effective_strength(self) -> float:
        """Strength less half a point per hedge: what strengthened and weakened compare."""
        return self.strength - HEDGE_WEIGHT * len(self.cues.get("hedges", ()))

    @classmethod
    def from_stance(cls, stance, text: str, *, id: int = 0, sentence_id: int = 0, issue_id: str = "") -> PositionRow:
        """An unsaved position, for classifying sentence pairs outside a database."""
        return cls(id, sentence_id, issue_id, stance.kind, stance.polarity, stance.strength, stance.hedged,
                   stance.target, stance.cues, text)


@dataclass(frozen=True)
class Change:
    issue_id: str
    left: PositionRow | None
    right: PositionRow | None
    change: str
    score: float
    explanation: str


def load_positions(store: Store, version_id: int) -> list[PositionRow]:
    rows = store.conn.execute(
        "SELECT p.id, p.sentence_id, p.issue_id, p.kind, p.polarity, p.strength, p.hedged, p.target, p.cues, s.text "
        "FROM positions p JOIN sentences s ON s.id = p.sentence_id WHERE p.version_id = ? ORDER BY s.ordinal, p.issue_id",
        (version_id,)).fetchall()
    return [PositionRow(r[0], r[1], r[2], r[3], r[4], r[5], bool(r[6]), r[7], json.loads(r[8]), r[9]) for r in rows]


def classify(left: PositionRow, right: PositionRow, diff) -> tuple[str, str]:
    """unchanged / reworded / strengthened / weakened / reversed, with the cue that decided it."""
    if left.text == right.text:
        return "unchanged", "same sentence"
    if diff is not None and is_spelling_only(diff):
        return "reworded", "spelling or spacing fix only; the stance is untouched"
    l_pol, r_pol = left.cues.get("polarity", []), right.cues.get("polarity", [])
    if left.polarity * right.polarity == -1:
        gone = [c for c in l_pol if c not in r_pol] or l_pol or ["(no cue)"]
        came = [c for c in r_pol if c not in l_pol] or r_pol or ["(no cue)"]
        return "reversed", (f"{_phrase(left, gone[0])} -> {_phrase(right, came[0])}: "
                            f"{_lemma(gone[0])}/{_lemma(came[0])} flips polarity ({left.polarity:+d} -> {right.polarity:+d})")
    if left.polarity != 0 and right.polarity == 0:
        return "weakened", f"{_join(l_pol)} -> no evaluative cue: the stance lost its direction"
    if left.polarity == 0 and right.polarity != 0:
        return "strengthened", f"no evaluative cue -> {_join(r_pol)}: the stance took a direction"
    delta = right.effective_strength - left.effective_strength
    if abs(delta) >= STRENGTH_STEP:
        label = "strengthened" if delta > 0 else "weakened"
        return label, f"{_join(left.cues.get('strength', []))} -> {_join(right.cues.get('strength', []))}: " + _strength_note(left, right)
    return "reworded", f"same stance ({right.kind}, {right.polarity:+d}, strength {right.strength:g}); wording changed"


def _phrase(position: PositionRow, polar_cue: str) -> str:
    modal = position.cues.get("kind")
    return f"{modal} ... {polar_cue}" if modal and modal != polar_cue and position.kind != "evaluation" else polar_cue


def _lemma(cue: str) -> str:
    """'maintaining' -> 'maintain', as the lexicon spells it; 'not abandon' keeps its 'not'."""
    from .lexicon import default_lexicon, stem

    words = cue.split()
    if not words:
        return cue
    entries = default_lexicon().polar.by_first.get(stem(words[-1]), ())
    base = next((phrase for key, _, phrase in entries if len(key) == 1), words[-1].lower())
    return " ".join(words[:-1] + [base])


def _strength_note(left: PositionRow, right: PositionRow) -> str:
    parts = [f"strength {left.strength:g} -> {right.strength:g}"]
    l_h, r_h = left.cues.get("hedges", []), right.cues.get("hedges", [])
    added = [h for h in r_h if h not in l_h]
    removed = [h for h in l_h if h not in r_h]
    if added:
        parts.append("hedges added: " + ", ".join(added))
    if removed:
        parts.append("hedges removed: " + ", ".join(removed))
    return "; ".join(parts)


def _join(items) -> str:
    return ", ".join(items) if items else "(none)"


def is_spelling_only(diff) -> bool:
    """Every change is a deletion followed by an insertion of nearly the same letters."""
    from rapidfuzz import fuzz

    ops = [(op, text) for op, text in diff if op != "="]
    if not ops or len(ops) % 2:
        return False
    for (op_a, a), (op_b, b) in zip(ops[0::2], ops[1::2]):
        if {op_a, op_b} != {"-", "+"}:
            return False
        squash_a = "".join(ch for ch in a.lower() if ch.isalnum())
        squash_b = "".join(ch for ch in b.lower() if ch.isalnum())
        if squash_a != squash_b and fuzz.ratio(squash_a, squash_b) < TYPO_SIMILARITY:
            return False
    return True


def describe(position: PositionRow) -> str:
    cue = position.cues.get("kind") or ""
    return f"{position.kind} '{cue}' (strength {position.strength:g}, polarity {position.polarity:+d})"


def changes_between_versions(store: Store, comparison_id: int, left_version: int, right_version: int) -> list[Change]:
    """Pairs come from the recorded sentence alignment."""
    left = _by_sentence(load_positions(store, left_version))
    right = _by_sentence(load_positions(store, right_version))
    rows = store.conn.execute("SELECT left_sentence_id, right_sentence_id, similarity, diff FROM sentence_alignments "
                              "WHERE comparison_id = ? ORDER BY ordinal", (comparison_id,)).fetchall()
    out: list[Change] = []
    for left_sentence, right_sentence, similarity, diff in rows:
        lefts, rights = left.get(left_sentence, {}), right.get(right_sentence, {})
        diff = json.loads(diff) if diff else None
        for issue in sorted(set(lefts) | set(rights)):
            l, r = lefts.get(issue), rights.get(issue)
            if l and r:
                label, why = classify(l, r, diff)
                out.append(Change(issue, l, r, label, similarity, why))
            elif diff is not None and is_spelling_only(diff):
                out.append(Change(issue, l, r, "reworded", similarity,
                                  "spelling or spacing fix only; it made a stance cue readable or unreadable"))
            elif l:
                out.append(Change(issue, l, None, "dropped", similarity, "dropped " + describe(l)))
            else:
                out.append(Change(issue, None, r, "new", similarity, "new " + describe(r)))
    return out


def _by_sentence(positions: list[PositionRow]) -> dict[int, dict[str, PositionRow]]:
    out: dict[int, dict[str, PositionRow]] = {}
    for p in positions:
        out.setdefault(p.sentence_id, {})[p.issue_id] = p
    return out


def changes_between_documents(store: Store, left_version: int, right_version: int,
                              comparison_id: int | None = None) -> list[Change]:
    """Per issue, positions paired by target and content similarity (one-to-one, best first).

    An unpaired left position is 'dropped' only where the later document takes up the issue and,
    given a recorded comparison, the part of the text the position sits in (its section is aligned)."""
    from .alignment.assign import best_assignment
    from .alignment.worddiff import word_diff

    left, right = load_positions(store, left_version), load_positions(store, right_version)
    gists = {p.id: set(content_words(p.text)) for p in left + right}
    targets = {p.id: set(content_words(p.target or "")) for p in left + right}
    right_issues = {p.issue_id for p in right}
    covered = None
    if comparison_id is not None:
        covered = {row[0] for row in store.conn.execute(
            "SELECT s.id FROM sentences s JOIN section_alignments a ON a.left_section_id = s.section_id "
            "WHERE a.comparison_id = ? AND a.right_section_id IS NOT NULL", (comparison_id,))}
    out: list[Change] = []
    for issue in sorted({p.issue_id for p in left} | right_issues):
        lefts = [p for p in left if p.issue_id == issue]
        rights = [p for p in right if p.issue_id == issue]
        pairs = {}
        for a, l in enumerate(lefts):
            for b, r in enumerate(rights):
                gist = _overlap(gists[l.id], gists[r.id])
                score = max(gist, 0.7 * gist + 0.3 * _overlap(targets[l.id], targets[r.id]))
                if score >= CROSS_DOCUMENT_MIN_SIMILARITY:
                    pairs[(a, b)] = score
        chosen = best_assignment(pairs)
        used_left, used_right = {a for a, _ in chosen}, {b for _, b in chosen}
        for a, b in chosen:
            label, why = classify(lefts[a], rights[b], word_diff(lefts[a].text, rights[b].text))
            out.append(Change(issue, lefts[a], rights[b], label, round(pairs[(a, b)], 4), why))
        for b, p in enumerate(rights):
            if b not in used_right:
                out.append(Change(issue, None, p, "new", 0.0, "new " + describe(p)))
        if rights:  # a document silent on an issue has not dropped a position on it
            for a, p in enumerate(lefts):
                if a not in used_left and (covered is None or p.sentence_id in covered):
                    out.append(Change(issue, p, None, "dropped", 0.0, "dropped " + describe(p)))
    return out


def _overlap(a: set, b: set) -> float:
    """Mean of the Ochiai and overlap coefficients: fair to a short sentence restating part of a long one."""
    if not a or not b:
        return 0.0
    shared = len(a & b)
    return 0.5 * (shared / (len(a) * len(b)) ** 0.5 + shared / min(len(a), len(b)))


def record_changes(store: Store, comparison_id: int, changes: list[Change]) -> None:
    store.conn.execute("DELETE FROM position_changes WHERE comparison_id = ?", (comparison_id,))
    store.conn.executemany(
        "INSERT INTO position_changes (comparison_id, issue_id, left_position_id, right_position_id, change, score, "
        "explanation) VALUES (?, ?, ?, ?, ?, ?, ?)",
        [(comparison_id, c.issue_id, c.left.id if c.left else None, c.right.id if c.right else None, c.change,
          c.score, c.explanation) for c in changes])


def compute_changes(store: Store, comparison_id: int) -> list[Change]:
    left_version, right_version, left_doc, right_doc = store.conn.execute(
        "SELECT c.left_version_id, c.right_version_id, lv.document_id, rv.document_id FROM comparisons c "
        "JOIN versions lv ON lv.id = c.left_version_id JOIN versions rv ON rv.id = c.right_version_id WHERE c.id = ?",
        (comparison_id,)).fetchone()
    if left_doc == right_doc:
        changes = changes_between_versions(store, comparison_id, left_version, right_version)
    else:
        changes = changes_between_documents(store, left_version, right_version, comparison_id)
    record_changes(store, comparison_id, changes)
    return changes


def recompute_all(store: Store) -> None:
    for (comparison_id,) in store.conn.execute("SELECT id FROM comparisons ORDER BY id").fetchall():
        compute_changes(store, comparison_id)
