"""A bounded memo for a function of one string (a word, or a sentence), with a fast path for many words at once."""

from __future__ import annotations

from collections.abc import Callable
from typing import Generic, TypeVar

V = TypeVar("V")


class _Memo(dict[str, V]):
    """word -> value; a missing word is computed (and kept while there is room) by the lookup itself, so a
    lookup of many words is one C-level map over the dict, with no test of each result afterwards."""

    def __init__(self, compute: Callable[[str], V], limit: int):
        super().__init__()
        self._compute = compute
        self._limit = limit

    def __missing__(self, word: str) -> V:
        value = self._compute(word)
        if len(self) < self._limit:
            self[word] = value
        return value


class WordCache(Generic[V]):
    """Remembers compute(word) for up to `limit` words: an endless vocabulary must not grow memory forever."""

    def __init__(self, compute: Callable[[str], V], limit: int):
        self._memo = _Memo(compute, limit)

    def one(self, word: str) -> V:
        return self._memo[word]

    def many(self, words: list[str]) -> tuple[V, ...]:
        """The values of many words, in order."""
        return tuple(map(self._memo.__getitem__, words))
