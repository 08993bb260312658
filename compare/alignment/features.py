"""Text features for alignment: content words with TF-IDF weights, and words encoded as characters."""

from __future__ import annotations

import math
from collections import Counter

from ..text.cache import WordCache
from ..text.stem import stem
from ..text.tokens import words

STOPWORDS = frozenset("""
a about above after again against all also am an and any are as at be because been before being below between both
but by can could did do does doing down during each few for from further had has have having he her here hers him his
how i if in into is it its itself just me more most my no nor not now of off on once only or other our ours out over
own same she should so some such than that the their theirs them then there these they this those through to too under
until up very was we were what when where which while who whom why will with would you your yours
""".split())


def content_words(text: str) -> tuple[str, ...]:
    """Lower-case stems of the words that carry meaning (no stop words, no one-letter words)."""
    return _CONTENT_WORDS_OF.one(text) if len(text) <= MEMO_TEXT_MAX else _content_words(text)


def _content_words(text: str) -> tuple[str, ...]:
    return tuple(stem(w) for w in words(text) if (len(w) > 1 or w.isdigit()) and w.lower() not in STOPWORDS)


# A sentence's words are asked for again and again: the judge reads each base claim once for every commentary
# `compare --all` sets against the base, and several of its tests read the same sentence. A section's or a
# document's text (alignment) is read once and would only fill the memo.
MEMO_TEXT_MAX = 2_000
_CONTENT_WORDS_OF = WordCache(_content_words, 100_000)


def tfidf_vectors(bags: list[Counter]) -> list[dict[str, float]]:
    """Unit-length TF-IDF vectors; IDF over the given bags (both sides' sections)."""
    document_frequency: Counter = Counter()
    for bag in bags:
        document_frequency.update(bag.keys())
    total = len(bags)
    vectors = []
    for bag in bags:
        vector = {w: (1 + math.log(c)) * math.log(1 + total / document_frequency[w]) for w, c in bag.items()}
        norm = math.sqrt(sum(v * v for v in vector.values())) or 1.0
        vectors.append({w: v / norm for w, v in vector.items()})
    return vectors


def cosine(a: dict[str, float], b: dict[str, float]) -> float:
    if len(a) > len(b):
        a, b = b, a
    return sum(v * b.get(w, 0.0) for w, v in a.items())


class WordCodec:
    """Maps each distinct word to one character, so character-level tools work on words
    (the trick diff-match-patch's line mode uses for lines)."""

    def __init__(self):
        self.codes: dict[str, str] = {}
        self.words: list[str] = []

    def encode(self, tokens: list[str]) -> str:
        out = []
        for token in tokens:
            code = self.codes.get(token)
            if code is None:
                code = self._next_char()
                self.codes[token] = code
                self.words.append(token)
            out.append(code)
        return "".join(out)

    def _next_char(self) -> str:
        n = len(self.words) + 0xE000  # private-use area first, then beyond the BMP
        if n > 0xF8FF:
            n = n - 0xF900 + 0xF0000
        return chr(n)

    def decode(self, chars: str) -> list[str]:
        return [self.words[self._index(c)] for c in chars]

    @staticmethod
    def _index(char: str) -> int:
        n = ord(char)
        return n - 0xE000 if n <= 0xF8FF else n - 0xF0000 + 0xF900 - 0xE000


def fuzzy_words(text: str) -> list[str]:
    """Word tokens for sentence similarity: lower case, punctuation dropped."""
    return [w.lower() for w in words(text)]
