"""The one tokeniser: words (letters or digits, joined by apostrophes and hyphens), spaces, punctuation.

Alignment features, word diffs and section headings all cut text with these patterns, so a
word is the same word everywhere in the engine."""

from __future__ import annotations

import re

WORD = re.compile(r"[^\W_]+(?:['\u2019-][^\W_]+)*")
"""A word: letters or digits in any script, with inner apostrophes and hyphens (don't, U.S.-Japan)."""

PIECE = re.compile(WORD.pattern + r"|\s+|[^\w\s]|_")
"""Words, runs of white space and single punctuation marks: concatenated, the pieces rebuild the text."""


def words(text: str) -> list[str]:
    """The words of text, as written."""
    return WORD.findall(text)


def pieces(text: str) -> list[str]:
    """Words, spaces and punctuation, in order; ''.join(pieces(text)) == text."""
    return PIECE.findall(text)
