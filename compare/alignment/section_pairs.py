"""Section alignment: score pairs on heading and content, assign one-to-one, then find splits and merges."""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass

from ..model import SectionPair, VersionData
from ..text.lis import longest_increasing
from .assign import best_assignment
from .features import content_words, cosine, tfidf_vectors

FULL_MATRIX_LIMIT = 2500      # score every pair below this many pairs; block candidates above it
RARE_WORD_LIMIT = 4           # a word in at most this many sections (both sides) proposes a pair
HEADING_WEIGHT = 0.4
SPLIT_COVERAGE = 0.5          # share of a section's sentences found in one other section


@dataclass(frozen=True)
class SectionParams:
    min_content: float = 0.25     # content similarity that pairs two sections on its own
    min_heading: float = 0.85     # heading similarity that pairs two sections with some shared content
    min_support: float = 0.08     # the shared content a heading match still needs
    min_combined: float = 1.0     # heading and content together (0.4 H + 0.6 C) that pair two sections


@dataclass(frozen=True)
class PairScore:
    score: float
    heading: float
    content: float


def normalise_heading(heading: str | None) -> str:
    return " ".join(content_words(heading)) if heading else ""


def score_sections(left: VersionData, right: VersionData, params: SectionParams,
                   anchors: dict[int, int] | None = None) -> dict[tuple[int, int], PairScore]:
    """Scores for candidate pairs that pass the thresholds.

    Content similarity is the larger of the TF-IDF cosine of the sections' content words and
    the Dice share of their sentences linked by exact anchors (left index -> right index)."""
    links = Counter((left.sentences[k].section, right.sentences[r].section) for k, r in (anchors or {}).items())
    left_anchored = Counter(i for i, _ in links.elements())
    right_anchored = Counter(j for _, j in links.elements())
    bags = [Counter(content_words(" ".join(v.sentences[k].text for k in sec.sentences)))
            for v in (left, right) for sec in v.sections]
    vectors = tfidf_vectors(bags)
    left_vectors, right_vectors = vectors[:len(left.sections)], vectors[len(left.sections):]
    left_heads = [normalise_heading(s.heading) for s in left.sections]
    right_heads = [normalise_heading(s.heading) for s in right.sections]
    candidates = _candidates(left, right, bags, left_heads, right_heads)
    heading_scores = _heading_scores(left_heads, right_heads, candidates)
    scores = {}
    for i, j in candidates:
        heading = heading_scores.get((i, j), 0.0)
        if not links[(i, j)] and heading < params.min_heading and (
                _mostly_elsewhere(left_anchored[i], len(left.sections[i].sentences))
                or _mostly_elsewhere(right_anchored[j], len(right.sections[j].sentences))):
            continue  # sentence evidence vetoes a pairing that word overlap alone suggests
        content = cosine(left_vectors[i], right_vectors[j]) if bags[i] and bags[len(left.sections) + j] else 0.0
        if links[(i, j)]:
            sizes = len(left.sections[i].sentences) + len(right.sections[j].sentences)
            content = max(content, 2 * links[(i, j)] / sizes)
        empty = not left.sections[i].sentences or not right.sections[j].sentences
        combined = HEADING_WEIGHT * heading + (1 - HEADING_WEIGHT) * content
        supported = content >= params.min_support and (heading >= params.min_heading or combined >= params.min_combined)
        if content >= params.min_content or supported or (empty and heading >= params.min_heading):
            score = heading if empty else max(content, combined)
            scores[(i, j)] = PairScore(round(score, 4), round(heading, 4), round(content, 4))
    return scores


def _mostly_elsewhere(anchored: int, size: int) -> bool:
    return size > 0 and anchored >= SPLIT_COVERAGE * size


def _candidates(left, right, bags, left_heads, right_heads) -> set[tuple[int, int]]:
    n, m = len(left.sections), len(right.sections)
    if n * m <= FULL_MATRIX_LIMIT:
        return {(i, j) for i in range(n) for j in range(m)}
    pairs: set[tuple[int, int]] = set()
    # Exact sentences shared (hash blocking), then rare words, then unique equal headings.
    by_hash = defaultdict(set)
    for sentence in left.sentences:
        by_hash[sentence.hash].add(sentence.section)
    for sentence in right.sentences:
        owners = by_hash.get(sentence.hash)
        if owners and len(owners) <= RARE_WORD_LIMIT:
            pairs.update((i, sentence.section) for i in owners)
    postings: defaultdict[str, tuple[list[int], list[int]]] = defaultdict(lambda: ([], []))
    for index, bag in enumerate(bags):
        side, local = (0, index) if index < n else (1, index - n)
        for word in bag:
            postings[word][side].append(local)
    for lefts, rights in postings.values():
        if lefts and rights and len(lefts) + len(rights) <= RARE_WORD_LIMIT:
            pairs.update((i, j) for i in lefts for j in rights)
    left_count, right_count = Counter(left_heads), Counter(right_heads)
    right_by_head = {h: j for j, h in enumerate(right_heads) if h and right_count[h] == 1}
    for i, head in enumerate(left_heads):
        if head and left_count[head] == 1 and head in right_by_head:
            pairs.add((i, right_by_head[head]))
    return pairs


def _heading_scores(left_heads, right_heads, candidates) -> dict[tuple[int, int], float]:
    from rapidfuzz import fuzz, process

    titled = [(i, j) for i, j in candidates if left_heads[i] and right_heads[j]]
    if not titled:
        return {}
    if len(titled) == len(left_heads) * len(right_heads):
        matrix = process.cdist(left_heads, right_heads, scorer=fuzz.token_sort_ratio, workers=1)
        return {(i, j): float(matrix[i, j]) / 100 for i, j in titled}
    return {(i, j): fuzz.token_sort_ratio(left_heads[i], right_heads[j]) / 100 for i, j in titled}


def primary_pairs(scores: dict[tuple[int, int], PairScore]) -> list[tuple[int, int]]:
    return best_assignment({pair: s.score for pair, s in scores.items()})


def final_pairs(left: VersionData, right: VersionData, primary: list[tuple[int, int]],
                scores: dict[tuple[int, int], PairScore], sentence_partner: dict[int, int]) -> list[SectionPair]:
    """Relations for every section: matched, renamed, moved, split, merged, added, deleted.

    sentence_partner maps a left sentence index to its right partner (exact or fuzzy match)."""
    extra_split = _covered(right, left, {r: l for l, r in sentence_partner.items()}, {j for _, j in primary})
    extra_merge = _covered(left, right, sentence_partner, {i for i, _ in primary})
    paired_left = {i for i, _ in primary}
    paired_right = {j for _, j in primary}
    split_left = defaultdict(list)
    for j, i in extra_split.items():
        split_left[i].append(j)
    merged_right = defaultdict(list)
    for i, j in extra_merge.items():
        merged_right[j].append(i)
    moved = _out_of_order(primary)
    pairs: list[SectionPair] = []
    for i, j in primary:
        s = scores[(i, j)]
        if i in split_left:
            relation = "split"
        elif j in merged_right:
            relation = "merged"
        elif normalise_heading(left.sections[i].heading) != normalise_heading(right.sections[j].heading) or (
                (left.sections[i].heading is None) != (right.sections[j].heading is None)):
            relation = "renamed"
        elif (i, j) in moved:
            relation = "moved"
        else:
            relation = "matched"
        pairs.append(SectionPair(i, j, relation, s.score, _matched_by(s), s.heading, s.content))
    primary_left, primary_right = set(paired_left), set(paired_right)
    for j, i in sorted(extra_split.items()):
        relation = "split" if i in primary_left else _plain_relation(left, right, i, j)
        pairs.append(_extra_pair(i, j, relation, scores))
        paired_right.add(j)
        paired_left.add(i)
    for i, j in sorted(extra_merge.items()):
        if i not in paired_left:
            relation = "merged" if j in primary_right else _plain_relation(left, right, i, j)
            pairs.append(_extra_pair(i, j, relation, scores))
            paired_left.add(i)
            paired_right.add(j)
    pairs.extend(SectionPair(i, None, "deleted", 0.0, None) for i in range(len(left.sections)) if i not in paired_left)
    pairs.extend(SectionPair(None, j, "added", 0.0, None) for j in range(len(right.sections)) if j not in paired_right)
    return pairs


def _plain_relation(left, right, i, j) -> str:
    same = normalise_heading(left.sections[i].heading) == normalise_heading(right.sections[j].heading)
    return "matched" if same else "renamed"


def _extra_pair(i, j, relation, scores) -> SectionPair:
    s = scores.get((i, j), PairScore(0.0, 0.0, 0.0))
    return SectionPair(i, j, relation, s.score, "content", s.heading, s.content)


def _matched_by(s: PairScore) -> str:
    by_heading, by_content = s.heading >= 0.8, s.content >= 0.3
    if by_heading and by_content:
        return "both"
    if by_heading:
        return "heading"
    return "content"


def _covered(side, other, partner: dict[int, int], already: set[int]) -> dict[int, int]:
    """Unpaired sections of `side` whose sentences mostly sit in one section of `other`: {section: other section}."""
    found = {}
    for section in side.sections:
        if section.index in already or not section.sentences:
            continue
        homes = Counter(other.sentences[partner[k]].section for k in section.sentences if k in partner)
        if homes:
            home, count = min(homes.items(), key=lambda kv: (-kv[1], kv[0]))
            if count >= max(1, SPLIT_COVERAGE * len(section.sentences)):
                found[section.index] = home
    return found


def _out_of_order(pairs: list[tuple[int, int]]) -> set[tuple[int, int]]:
    """Pairs outside the longest increasing run of right positions (taken in left order)."""
    ordered = sorted(pairs)
    keep = longest_increasing([j for _, j in ordered])
    return {p for k, p in enumerate(ordered) if k not in keep}
