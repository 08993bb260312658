"""One-to-one assignment maximising total score."""

from __future__ import annotations

HUNGARIAN_LIMIT = 80


def best_assignment(scores: dict[tuple[int, int], float]) -> list[tuple[int, int]]:
    """Pairs (i, j) maximising the summed score; absent pairs are forbidden.

    Connected components of the candidate graph are solved separately: exactly with the
    Hungarian method when small, greedily (best score first, ties by index) when large.
    """
    chosen: list[tuple[int, int]] = []
    for component in _components(scores):
        rows = sorted({i for i, _ in component})
        cols = sorted({j for _, j in component})
        if len(rows) == 1 or len(cols) == 1:
            best = max(component, key=lambda p: (scores[p], -p[0], -p[1]))
            chosen.append(best)
        elif max(len(rows), len(cols)) <= HUNGARIAN_LIMIT:
            chosen.extend(_hungarian(rows, cols, scores))
        else:
            chosen.extend(_greedy(component, scores))
    return sorted(chosen)


def _greedy(pairs, scores):
    used_i, used_j, out = set(), set(), []
    for i, j in sorted(pairs, key=lambda p: (-scores[p], p[0], p[1])):
        if i not in used_i and j not in used_j:
            used_i.add(i)
            used_j.add(j)
            out.append((i, j))
    return out


def _components(scores):
    parent: dict = {}

    def find(x):
        while parent.setdefault(x, x) != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for i, j in scores:
        a, b = find(("l", i)), find(("r", j))
        if a != b:
            parent[max(a, b)] = min(a, b)
    groups: dict = {}
    for pair in sorted(scores):
        groups.setdefault(find(("l", pair[0])), []).append(pair)
    return [groups[k] for k in sorted(groups)]


def _hungarian(rows, cols, scores):
    """Kuhn-Munkres (potentials, O(n^3)) on a padded square cost matrix; forbidden = large cost."""
    n = max(len(rows), len(cols))
    big = 1e6
    cost = [[big] * n for _ in range(n)]
    for a, i in enumerate(rows):
        for b, j in enumerate(cols):
            if (i, j) in scores:
                cost[a][b] = -scores[(i, j)]
    u, v = [0.0] * (n + 1), [0.0] * (n + 1)
    match, way = [0] * (n + 1), [0] * (n + 1)
    for a in range(1, n + 1):
        match[0] = a
        b0 = 0
        minv = [float("inf")] * (n + 1)
        used = [False] * (n + 1)
        while True:
            used[b0] = True
            a0, delta, b1 = match[b0], float("inf"), 0
            for b in range(1, n + 1):
                if not used[b]:
                    current = cost[a0 - 1][b - 1] - u[a0] - v[b]
                    if current < minv[b]:
                        minv[b], way[b] = current, b0
                    if minv[b] < delta:
                        delta, b1 = minv[b], b
            for b in range(n + 1):
                if used[b]:
                    u[match[b]] += delta
                    v[b] -= delta
                else:
                    minv[b] -= delta
            b0 = b1
            if match[b0] == 0:
                break
        while b0:
            b1 = way[b0]
            match[b0] = match[b1]
            b0 = b1
    out = []
    for b in range(1, n + 1):
        a = match[b]
        if a and a - 1 < len(rows) and b - 1 < len(cols) and cost[a - 1][b - 1] < big:
            out.append((rows[a - 1], cols[b - 1]))
    return out
