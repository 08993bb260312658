"""What every renderer shows: section blocks in reading order, each with its sentence rows."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from .model import Alignment, SectionPair


@dataclass
class Row:
    """kind: equal, modified, deleted, inserted, moved_from (text arrived here), moved_to (text left from here)."""

    kind: str
    left: str | None
    right: str | None
    diff: tuple | None = None
    note: str | None = None
    link: int | None = None          # pairs a moved_to row with its moved_from row
    similarity: float = 0.0
    left_index: int | None = None    # the sentences' indexes in their versions (report anchors, position changes)
    right_index: int | None = None


@dataclass
class SectionView:
    pair: SectionPair
    left_heading: str | None
    right_heading: str | None
    rows: list[Row] = field(default_factory=list)

    @property
    def changed(self) -> bool:
        return self.pair.relation != "matched" or any(r.kind != "equal" for r in self.rows)


def build_view(alignment: Alignment) -> list[SectionView]:
    left, right = alignment.left, alignment.right
    blocks = [SectionView(p, _heading(left, p.left), _heading(right, p.right)) for p in alignment.sections]
    right_block: dict[int, int] = {}
    left_block: dict[int, int] = {}
    for n, block in enumerate(blocks):
        if block.pair.right is not None:
            right_block.setdefault(block.pair.right, n)
        if block.pair.left is not None:
            left_block.setdefault(block.pair.left, n)
    partner = {p.left: p.right for p in alignment.sentences if p.left is not None and p.right is not None}
    keyed: list[list[tuple]] = [[] for _ in blocks]
    moves = 0
    for pair in alignment.sentences:
        l_text = left.sentences[pair.left].text if pair.left is not None else None
        r_text = right.sentences[pair.right].text if pair.right is not None else None
        if pair.right is not None:
            n = right_block[right.sentences[pair.right].section]
            key = (pair.right, 0, 0)
            if pair.op in ("moved", "moved_modified"):
                assert pair.left is not None  # a moved sentence has both sides
                moves += 1
                source = left.sections[left.sentences[pair.left].section].label
                keyed[n].append((key, Row("moved_from", l_text, r_text, pair.diff, f"moved from \u00a7{source}", moves,
                                          pair.similarity, pair.left, pair.right)))
                m = left_block[left.sentences[pair.left].section]
                destination = right.sections[right.sentences[pair.right].section].label
                keyed[m].append((_left_key(left, partner, blocks[m].pair.right, right, pair.left),
                                 Row("moved_to", l_text, None, None, f"moved to \u00a7{destination}", moves,
                                     left_index=pair.left)))
            else:
                kind = {"equal": "equal", "modified": "modified", "inserted": "inserted"}[pair.op]
                keyed[n].append((key, Row(kind, l_text, r_text, pair.diff, None, None, pair.similarity,
                                          pair.left, pair.right)))
        else:
            assert pair.left is not None  # a pair has at least one side
            m = left_block[left.sentences[pair.left].section]
            keyed[m].append((_left_key(left, partner, blocks[m].pair.right, right, pair.left),
                             Row("deleted", l_text, None, left_index=pair.left)))
    for block, rows in zip(blocks, keyed):
        block.rows = [row for _, row in sorted(rows, key=lambda item: item[0])]
    return blocks


def _left_key(left, partner, right_section, right, k):
    """A row with only a left sentence goes after the right partner, in this block, of the one before it."""
    r = left.partner_before(k, partner, lambda r: right.sentences[r].section == right_section)
    return (-1 if r is None else r, 1, k)


def _heading(version, index):
    return None if index is None else version.sections[index].label


def summary(alignment: Alignment) -> dict[str, dict[str, int]]:
    return {"sections": dict(sorted(Counter(p.relation for p in alignment.sections).items())),
            "sentences": dict(sorted(Counter(p.op for p in alignment.sentences).items()))}


def select(blocks: list[SectionView], *, only_changes: bool = False, section: str | None = None) -> list[SectionView]:
    """Filter blocks (and rows) for --only-changes and --section."""
    out = []
    for block in blocks:
        if section and not any(h and section.lower() in h.lower() for h in (block.left_heading, block.right_heading)):
            continue
        if only_changes:
            if not block.changed:
                continue
            block = SectionView(block.pair, block.left_heading, block.right_heading,
                          [r for r in block.rows if r.kind != "equal"])
        out.append(block)
    return out
