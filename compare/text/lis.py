"""Longest increasing subsequence: what stays in order when some items move."""

from __future__ import annotations

import bisect


def longest_increasing(values: list[int]) -> set[int]:
    """Positions of one longest strictly increasing subsequence (patience sorting, O(n log n))."""
    tails: list[int] = []
    tails_at: list[int] = []
    previous = [-1] * len(values)
    for position, value in enumerate(values):
        k = bisect.bisect_left(tails, value)
        if k == len(tails):
            tails.append(value)
            tails_at.append(position)
        else:
            tails[k] = value
            tails_at[k] = position
        previous[position] = tails_at[k - 1] if k else -1
    keep: set[int] = set()
    position = tails_at[-1] if tails_at else -1
    while position != -1:
        keep.add(position)
        position = previous[position]
    return keep
