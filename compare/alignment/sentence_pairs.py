"""Sentence alignment: exact hashes first, then fuzzy matches within aligned sections, then across the document."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from ..model import SentencePair, VersionData
from ..text.lis import longest_increasing
from .features import WordCodec, fuzzy_words
from .worddiff import word_diff

CHUNK_CELLS = 4_000_000  # bound the score matrix held in memory at once
BLOCK_CELLS = 2_000_000  # above this many pairs, compare only sentences that share a rare word
RARE_SHARE = 0.4         # the share of a sentence's words (its rarest) that propose candidates
MAX_POSTING = 64         # words more frequent than this propose nothing


@dataclass(frozen=True)
class SentenceParams:
    within_cutoff: float = 0.5    # word-level similarity to pair sentences inside aligned sections
    global_cutoff: float = 0.6    # stricter across the document, where a false move is costly


def unique_anchors(left: VersionData, right: VersionData) -> dict[int, int]:
    """Sentences whose normalised hash occurs exactly once on each side: {left index: right index}."""
    left_count: defaultdict[str, int] = defaultdict(int)
    right_index: dict[str, int] = {}
    for sentence in left.sentences:
        left_count[sentence.hash] += 1
    right_count: defaultdict[str, int] = defaultdict(int)
    for sentence in right.sentences:
        right_count[sentence.hash] += 1
        right_index[sentence.hash] = sentence.index
    return {s.index: right_index[s.hash] for s in left.sentences
            if left_count[s.hash] == 1 and right_count.get(s.hash) == 1}


def match_sentences(left: VersionData, right: VersionData, section_pairs: list[tuple[int, int]],
                    params: SentenceParams, anchors: dict[int, int]) -> dict[int, tuple[int, float]]:
    """{left sentence index: (right sentence index, similarity)}; similarity 1.0 for exact matches."""
    matches: dict[int, tuple[int, float]] = {k: (r, 1.0) for k, r in anchors.items()}
    aligned = set(section_pairs)
    _exact(left, right, aligned, matches)
    codec = WordCodec()
    left_codes = [codec.encode(fuzzy_words(s.text)) for s in left.sentences]
    right_codes = [codec.encode(fuzzy_words(s.text)) for s in right.sentences]
    taken = {r for r, _ in matches.values()}
    for i, j in sorted(section_pairs):
        lefts = [k for k in left.sections[i].sentences if k not in matches]
        rights = [k for k in right.sections[j].sentences if k not in taken]
        _fuzzy(lefts, rights, left_codes, right_codes, params.within_cutoff, matches, taken)
    lefts = [k for k in range(len(left.sentences)) if k not in matches]
    rights = [k for k in range(len(right.sentences)) if k not in taken]
    _fuzzy(lefts, rights, left_codes, right_codes, params.global_cutoff, matches, taken)
    return matches


def _exact(left, right, aligned, matches) -> None:
    """Equal normalised hashes; duplicates pair inside aligned sections first, then in order."""
    right_by_hash = defaultdict(list)
    for sentence in right.sentences:
        right_by_hash[sentence.hash].append(sentence.index)
    left_by_hash = defaultdict(list)
    for sentence in left.sentences:
        if sentence.hash in right_by_hash:
            left_by_hash[sentence.hash].append(sentence.index)
    taken = {r for r, _ in matches.values()}
    for digest, lefts in left_by_hash.items():
        rights = [r for r in right_by_hash[digest] if r not in taken]
        lefts = [k for k in lefts if k not in matches]
        if not lefts or not rights:
            continue
        if len(lefts) == 1 and len(rights) == 1:
            matches[lefts[0]] = (rights[0], 1.0)
            continue
        free = list(rights)
        for in_section in (True, False):
            for k in lefts:
                if k in matches:
                    continue
                for r in free:
                    if not in_section or (left.sentences[k].section, right.sentences[r].section) in aligned:
                        matches[k] = (r, 1.0)
                        free.remove(r)
                        break


def _fuzzy(lefts, rights, left_codes, right_codes, cutoff, matches, taken) -> None:
    """Vectorised similarity (rapidfuzz cdist on word-coded strings), then best pairs first.

    Beyond BLOCK_CELLS pairs (two large, mostly unrelated texts) only sentences sharing one of
    their rarest words are compared, so the cost grows with the text, not with its square."""
    if not lefts or not rights:
        return
    if len(lefts) * len(rights) > BLOCK_CELLS:
        found = _blocked_scores(lefts, rights, left_codes, right_codes, cutoff)
    else:
        found = _matrix_scores(lefts, rights, left_codes, right_codes, cutoff)
    found.sort(key=lambda t: (-t[0], t[1], t[2]))
    for score, a, b in found:
        k, r = lefts[a], rights[b]
        if k in matches or r in taken or not left_codes[k] or not right_codes[r]:
            continue
        matches[k] = (r, score / 100)
        taken.add(r)


def _matrix_scores(lefts, rights, left_codes, right_codes, cutoff) -> list[tuple[float, int, int]]:
    import numpy as np
    from rapidfuzz import fuzz, process

    queries = [right_codes[k] for k in rights]
    cut = int(round(cutoff * 100))
    rows_per_chunk = max(1, CHUNK_CELLS // len(rights))
    found: list[tuple[float, int, int]] = []
    for start in range(0, len(lefts), rows_per_chunk):
        chunk = lefts[start:start + rows_per_chunk]
        matrix = process.cdist([left_codes[k] for k in chunk], queries, scorer=fuzz.ratio,
                               score_cutoff=cut, dtype=np.uint8, workers=-1)
        a, b = np.nonzero(matrix)
        found.extend(zip(matrix[a, b].tolist(), (a + start).tolist(), b.tolist()))
    return found


def _blocked_scores(lefts, rights, left_codes, right_codes, cutoff) -> list[tuple[float, int, int]]:
    from collections import Counter

    from rapidfuzz import fuzz

    frequency = Counter(ch for k in lefts for ch in set(left_codes[k]))
    frequency.update(ch for r in rights for ch in set(right_codes[r]))
    postings = defaultdict(list)
    for b, r in enumerate(rights):
        for ch in set(right_codes[r]):
            if frequency[ch] <= MAX_POSTING:
                postings[ch].append(b)
    found: list[tuple[float, int, int]] = []
    cut = cutoff * 100
    for a, k in enumerate(lefts):
        candidates: set[int] = set()
        words = sorted(set(left_codes[k]), key=lambda c: (frequency[c], c))
        for ch in words[:max(3, int(len(words) * RARE_SHARE + 0.5))]:
            candidates.update(postings.get(ch, ()))
        for b in sorted(candidates):
            score = fuzz.ratio(left_codes[k], right_codes[rights[b]], score_cutoff=cut)
            if score:
                found.append((int(score), a, b))
    return found


def label_sentences(left: VersionData, right: VersionData, matches: dict[int, tuple[int, float]],
                    section_pairs: list[tuple[int, int]]) -> list[SentencePair]:
    """Ops for every sentence; pairs out of order inside their section pair count as moved."""
    aligned = set(section_pairs)
    by_pair = defaultdict(list)
    for k, (r, _) in matches.items():
        key = (left.sentences[k].section, right.sentences[r].section)
        if key in aligned:
            by_pair[key].append((k, r))
    in_order: set[tuple[int, int]] = set()
    for pairs in by_pair.values():
        pairs.sort()
        keep = longest_increasing([r for _, r in pairs])
        in_order.update(pairs[p] for p in keep)
    out = []
    for k in sorted(matches):
        r, similarity = matches[k]
        stay = (k, r) in in_order
        if left.sentences[k].text == right.sentences[r].text:
            op, diff = ("equal" if stay else "moved"), None
        else:
            op = "modified" if stay else "moved_modified"
            diff = word_diff(left.sentences[k].text, right.sentences[r].text)
        out.append(SentencePair(k, r, op, round(similarity, 4), diff))
    matched_right = {r for r, _ in matches.values()}
    out.extend(SentencePair(k, None, "deleted", 0.0) for k in range(len(left.sentences)) if k not in matches)
    out.extend(SentencePair(None, r, "inserted", 0.0) for r in range(len(right.sentences)) if r not in matched_right)
    return out
