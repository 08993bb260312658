"""A bounded memo for a function of one word, with a fast path for many words at once."""

from __future__ import annotations

from collections.abc import Callable


class WordCache:
    """Remembers compute(word) for up to `limit` words: an endless vocabulary must not grow memory forever."""

    def __init__(self, compute: Callable[[str], str], limit: int):
        self._compute = compute
        self._limit = limit
        self._memo: dict[str, str] = {}

    def one(self, word: str) -> str:
        value = self._memo.get(word)
        if value is None:
            value = self._compute(word)
            if len(self._memo) < self._limit:
                self._memo[word] = value
        return value

    def many(self, words: list[str]) -> tuple[str, ...]:
        """The values of many words; the common case (all remembered) is one C-level pass over the memo."""
        values = tuple(map(self._memo.get, words))
        if None in values:
            return tuple(map(self.one, words))
        return values  # type: ignore[return-value]  # no None left: every word was remembered
