"""The tokeniser: every pattern the engine cuts text with, each for one job.

- WORD and PIECE: alignment features, word diffs and section headings (a word keeps its inner hyphens and
  apostrophes, in any script);
- CLAUSE_TOKEN: stance analysis, which needs punctuation as tokens (clause boundaries) and hyphenated words
  whole ("exclusively defense-oriented");
- KEY_WORD: issue keywords, where a hyphen separates words ("America-first" meets "America First")."""

from __future__ import annotations

import re

WORD = re.compile(r"[^\W_]+(?:['\u2019-][^\W_]+)*")
"""A word: letters or digits in any script, with inner apostrophes and hyphens (don't, U.S.-Japan)."""

PIECE = re.compile(WORD.pattern + r"|\s+|[^\w\s]|_")
"""Words, runs of white space and single punctuation marks: concatenated, the pieces rebuild the text."""


# The two patterns below cut every sentence, twice between them, and are written for speed (their matches are
# those of the plain forms in the docstrings): possessive quantifiers, which save the engine the bookkeeping
# for backtracking that no match of theirs needs (no repeat can give back what the part after it could take),
# and, for KEY_WORD, a word's first character before the alternatives, so that the engine skips between words
# by that character alone.

CLAUSE_TOKEN = re.compile(r"[A-Za-z]++(?:[-'\u2019][A-Za-z]++)*+|\d++(?:\.\d++)?+|[^\sA-Za-z\d]")
r"""A word (hyphens and apostrophes inside), a number, or one punctuation mark:
[A-Za-z]+(?:[-'\u2019][A-Za-z]+)*|\d+(?:\.\d+)?|[^\sA-Za-z\d]"""

KEY_WORD = re.compile(r"[A-Za-z0-9](?:(?<=[Pp])er[ \t]cent\b|[A-Za-z0-9]*+(?:['\u2019][A-Za-z]++)?+)")
r"""A word for keyword matching: hyphens and dashes separate words; a possessive stays on its word; the British
"per cent" is one word, as "percent" is: [Pp]er[ \t]cent\b|[A-Za-z0-9]+(?:['\u2019][A-Za-z]+)?"""


def words(text: str) -> list[str]:
    """The words of text, as written."""
    return WORD.findall(text)


def pieces(text: str) -> list[str]:
    """Words, spaces and punctuation, in order; ''.join(pieces(text)) == text."""
    return PIECE.findall(text)
