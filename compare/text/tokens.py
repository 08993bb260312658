"""The tokeniser: every pattern the engine cuts text with, each for one job.

- WORD and PIECE: alignment features, word diffs and section headings (a word keeps its inner hyphens and
  apostrophes, in any script);
- CLAUSE_TOKEN: stance analysis, which needs punctuation as tokens (clause boundaries) and hyphenated words
  whole ("exclusively defense-oriented"), with a contracted negation cut off its verb (negations_apart);
- KEY_WORD: issue keywords, where a hyphen separates words ("America-first" meets "America First").

mention_tokens and spanned_tokens map the character offsets of issues' mentions to CLAUSE_TOKEN indexes (moved here
from positions.py unchanged, with the second new)."""

from __future__ import annotations

import re
from bisect import bisect_left

WORD = re.compile(r"[^\W_]+(?:['\u2019-][^\W_]+)*")
"""A word: letters or digits in any script, with inner apostrophes and hyphens (don't, U.S.-Japan)."""

PIECE = re.compile(WORD.pattern + r"|\s+|[^\w\s]|_")
"""Words, runs of white space and single punctuation marks: concatenated, the pieces rebuild the text."""


# The two patterns below cut every sentence, twice between them, and are written for speed (their matches are
# those of the plain forms in the docstrings): possessive quantifiers, which save the engine the bookkeeping
# for backtracking that no match of theirs needs (no repeat can give back what the part after it could take),
# and, for KEY_WORD, a word's first character before the alternatives, so that the engine skips between words
# by that character alone.

CLAUSE_TOKEN = re.compile(r"[^\W\d_]++(?:\d++[^\W\d_]*+)?+(?:[-'\u2019][^\W\d_]++)*+|\d++(?:\.\d++)?+|[^\s\w]|_")
r"""A word (hyphens and apostrophes inside; digits after its first letters, a name such as "G7" or "B3W"; letters
with accents too, "communiqu\u00e9", "Shinz\u014d"), a number, or one punctuation mark ([^\W\d_] is any letter):
[^\W\d_]+(?:\d+[^\W\d_]*)?(?:[-'\u2019][^\W\d_]+)*|\d+(?:\.\d+)?|[^\s\w]|_"""


def has_contracted_negation(text: str) -> bool:
    """Whether the text holds a negation contracted onto its verb ("shouldn't", "won\u2019t"): the one test that
    sends a text through negations_apart."""
    return "n't" in text or "n\u2019t" in text


def negations_apart(raw: list[str]) -> list[str]:
    """CLAUSE_TOKEN's tokens with a contracted negation cut off its verb, as the Penn Treebank cuts it
    ("shouldn't" -> "should", "n't"; "can't" -> "ca", "n't"): the modal and the negation are two cues, and the
    pieces keep every character, so the tokens still start where they did. FULL_FORMS names the verb of a
    cut-off stem that is no word ("ca", "wo")."""
    out: list[str] = []
    for token in raw:
        if len(token) > 3 and token[-3] in "nN" and token[-2] in "'\u2019" and token[-1] in "tT":
            out += (token[:-3], token[-3:])
        else:
            out.append(token)
    return out


def rejoined(tokens: list[str]) -> str:
    """Tokens written as a phrase: spaced, with a negation cut off by negations_apart put back on its verb."""
    phrase = " ".join(tokens)
    return phrase.replace(" n't", "n't").replace(" n\u2019t", "n\u2019t") if has_contracted_negation(phrase) else phrase


FULL_FORMS = {"ca": "can", "wo": "will", "sha": "shall", "ai": "is"}
"""The verb of a stem cut off its negation that is no word: "can't", "won't", "shan't", "ain't"."""


KEY_WORD = re.compile(r"[A-Za-z0-9](?:(?<=[Pp])er[ \t]cent\b|[A-Za-z0-9]*+(?:['\u2019][A-Za-z]++)?+)")
r"""A word for keyword matching: hyphens and dashes separate words; a possessive stays on its word; the British
"per cent" is one word, as "percent" is: [Pp]er[ \t]cent\b|[A-Za-z0-9]+(?:['\u2019][A-Za-z]+)?"""


def words(text: str) -> list[str]:
    """The words of text, as written."""
    return WORD.findall(text)


def pieces(text: str) -> list[str]:
    """Words, spaces and punctuation, in order; ''.join(pieces(text)) == text."""
    return PIECE.findall(text)


# Character offsets to CLAUSE_TOKEN indexes, for the mentions of issues a tagger found in a sentence

def mention_tokens(text: str, solid_starts: list[int], mentions: dict[str, tuple[tuple[int, int], ...]]
                    ) -> dict[str, list[int]]:
    """{issue: for each of its mentions, the index of the first token that starts at or after the mention's first
    character, where one does}. TOKEN cuts every character but white space into tokens, so the tokens that start
    before an offset are those whose characters are among the ones before it that are not white space: counting
    those is quicker than keeping the offset of every token (finditer's match objects cost more than findall's
    strings, for every sentence, where only the few offsets that name an issue are asked)."""
    last = len(solid_starts) - 1
    spaces_only = len(text) - text.count(" ") == solid_starts[last]      # (most sentences: no other white space)
    out: dict[str, list[int]] = {}
    for issue, spans in mentions.items():
        out[issue] = found = []
        for start, _ in spans:
            solid = start - text.count(" ", 0, start) if spaces_only else len("".join(text[:start].split()))
            k = bisect_left(solid_starts, solid, 0, last)
            if k < last:
                found.append(k)
    return out


def spanned_tokens(text: str, solid_starts: list[int], mentions: dict[str, tuple[tuple[int, int], ...]]
                    ) -> frozenset[int]:
    """Every token that starts inside a mention's characters ("America's credibility": both words), counted as
    mention_tokens counts a mention's first."""
    last = len(solid_starts) - 1
    spaces_only = len(text) - text.count(" ") == solid_starts[last]

    def solid(offset: int) -> int:
        return offset - text.count(" ", 0, offset) if spaces_only else len("".join(text[:offset].split()))

    out: set[int] = set()
    for spans in mentions.values():
        for start, end in spans:
            out.update(range(bisect_left(solid_starts, solid(start), 0, last), bisect_left(solid_starts, solid(end), 0, last)))
    return frozenset(out)
