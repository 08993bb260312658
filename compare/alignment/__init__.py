"""Alignment of two versions: sections, then sentences, then splits and merges; rows in display order.

Modules: section_pairs (score and pair sections), sentence_pairs (exact, then fuzzy sentence matches),
assign (one-to-one assignment), features (content words, TF-IDF, word codes), worddiff (word-level diffs)."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field

from ..model import Alignment, SectionPair, SentencePair, VersionData
from .section_pairs import SectionParams, final_pairs, primary_pairs, score_sections
from .sentence_pairs import SentenceParams, label_sentences, match_sentences, unique_anchors

CROSS_DOCUMENT_MIN_CONTENT = 0.1
CROSS_DOCUMENT_MIN_COMBINED = 0.2   # a name shared by the headings ("Russia") plus some shared content


@dataclass(frozen=True)
class AlignParams:
    sections: SectionParams = field(default_factory=SectionParams)
    sentences: SentenceParams = field(default_factory=SentenceParams)

    @classmethod
    def for_pair(cls, left: VersionData, right: VersionData) -> AlignParams:
        """Versions of one document pair on stricter content evidence than two different documents."""
        if left.ref.document_id == right.ref.document_id:
            return cls()
        return cls(sections=SectionParams(min_content=CROSS_DOCUMENT_MIN_CONTENT,
                                          min_combined=CROSS_DOCUMENT_MIN_COMBINED))

    def as_dict(self) -> dict:
        return asdict(self)


def align(left: VersionData, right: VersionData, params: AlignParams | None = None) -> Alignment:
    params = params or AlignParams.for_pair(left, right)
    anchors = unique_anchors(left, right)
    scores = score_sections(left, right, params.sections, anchors)
    primary = primary_pairs(scores)
    matches = match_sentences(left, right, primary, params.sentences, anchors)
    partner = {k: r for k, (r, _) in matches.items()}
    section_pairs = final_pairs(left, right, primary, scores, partner)
    linked = [(p.left, p.right) for p in section_pairs if p.left is not None and p.right is not None]
    sentence_pairs = label_sentences(left, right, matches, linked)
    ordered_sections = _display_order_sections(section_pairs)
    return Alignment(left, right, ordered_sections, _display_order_sentences(left, right, ordered_sections, sentence_pairs),
                     params.as_dict())


def _display_order_sections(pairs: list[SectionPair]) -> list[SectionPair]:
    """Right document order; a deleted section follows the partner of the left section before it."""
    right_of_left = {p.left: p.right for p in pairs if p.left is not None and p.right is not None}

    def key(pair: SectionPair):
        if pair.right is not None:
            return (pair.right, 0, pair.left if pair.left is not None else -1)
        assert pair.left is not None  # a pair has at least one side
        anchor = -1
        for i in range(pair.left - 1, -1, -1):
            if i in right_of_left:
                anchor = right_of_left[i]
                break
        return (anchor, 1, pair.left)

    return sorted(pairs, key=key)


def _display_order_sentences(left, right, sections, pairs: list[SentencePair]) -> list[SentencePair]:
    """Group sentences under the section pair they belong to, in reading order."""
    rank: dict[tuple[str, int], int] = {}
    for position, pair in enumerate(sections):
        if pair.right is not None:
            rank.setdefault(("r", pair.right), position)
        if pair.left is not None:
            rank.setdefault(("l", pair.left), position)

    def key(pair: SentencePair):
        if pair.right is not None:
            sentence = right.sentences[pair.right]
            return (rank[("r", sentence.section)], sentence.index, 0, pair.left if pair.left is not None else -1)
        sentence = left.sentences[pair.left]
        # A deleted sentence sits after the right partner of the left sentence before it.
        anchor = left.partner_before(pair.left, partner)
        return (rank[("l", sentence.section)], -1 if anchor is None else anchor + 0.5, 1, pair.left)

    partner = {p.left: p.right for p in pairs if p.left is not None and p.right is not None}
    return sorted(pairs, key=key)
