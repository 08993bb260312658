"""How much of a later sentence the base text already says.

A claim restated in other words still shares its rarer words with one sentence of the base (the "taboo" of a
nuclear debate, the "channel" to a capital); a new claim does not. The echo of a later sentence is the share
of its content words, each weighted by its rarity in the base (inverse document frequency over the base's
sentences), that one base sentence holds together. It separates the restated from the new evidence of the gold
sets clearly better than the share of words the base never uses (judge.py records which it used).
Words shared by everything (the main actors' names) are left out by the caller. An inverted index keeps it
near-linear: each word of the later sentence visits only the base sentences that hold it.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass

from .alignment.features import content_words


@dataclass(frozen=True)
class EchoIndex:
    postings: dict[str, tuple[int, ...]]      # content word -> base sentences holding it
    idf: dict[str, float]
    unseen: float                             # the weight of a word the base never uses
    ignored: frozenset[str]

    @classmethod
    def build(cls, texts: Iterable[str], *, ignore: frozenset[str] = frozenset()) -> EchoIndex:
        postings: dict[str, list[int]] = {}
        count = 0
        for k, text in enumerate(texts):
            count += 1
            for word in set(content_words(text)) - ignore:
                postings.setdefault(word, []).append(k)
        idf = {w: math.log((count + 1) / (len(at) + 0.5)) for w, at in postings.items()}
        return cls({w: tuple(at) for w, at in postings.items()}, idf, math.log((count + 1) / 0.5), ignore)

    def echo(self, text: str) -> float:
        """Weighted share (0 to 1) of text's content words found together in its closest base sentence."""
        # (sorted: a set's order follows the process's string hashes, and floats summed in another order can
        # differ in the last bit, which moved a claim across a bin edge of the learned judge between runs)
        words = sorted(set(content_words(text)) - self.ignored)
        if not words or not self.postings:
            return 0.0
        weight = {w: self.idf.get(w, self.unseen) for w in words}
        held: dict[int, float] = {}
        for word in words:
            for k in self.postings.get(word, ()):
                held[k] = held.get(k, 0.0) + weight[word]
        return max(held.values(), default=0.0) / sum(weight.values())

    def held(self, text: str, others: list[set[str]]) -> list[float]:
        """For each of others (a base sentence's content words), the weighted share (0 to 1) of text's content words
        it holds: which base sentence says most of what a later sentence (or its passage) says, its rarer words
        counting for more."""
        words = set(content_words(text)) - self.ignored
        if not words:
            return [0.0] * len(others)
        weight = {w: self.idf.get(w, self.unseen) for w in sorted(words)}     # (sorted: see echo)
        total = sum(weight.values())
        return [sum(weight[w] for w in sorted(words.intersection(other))) / total for other in others]
