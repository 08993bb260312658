"""Tokens in lower case for the stance rules, each token lowered once and kept (a token met again is a string whose
hash is known, and the rules' many lookups of lowered words in sets need not work it out again)."""

from __future__ import annotations

import re

from .cache import WordCache
from .tokens import CLAUSE_TOKEN


def lowered(text: str, raw: list[str]) -> list[str]:
    """The tokens in lower case. Where every character lowers to one character of the same kind to TOKEN,
    whatever stands beside it (all of ASCII, the curly quotes and dashes, accented letters), lowering a token
    never changes where tokens start or end, so each token is lowered by itself; elsewhere ("\u0130" lowers to
    two characters) the lowered text is cut again, as it always was."""
    if text.isascii() or _LOWERED_OTHERWISE.search(text) is None:
        return list(LOWER.many(raw))
    return CLAUSE_TOKEN.findall(folded(text))


LOWER_CACHE_LIMIT = 200_000


def folded(text: str) -> str:
    """Lower case, with the curly apostrophe written straight: the rules' words ("let's", "don't", "japan's") are
    written so, and real prose sets them either way."""
    return text.lower().replace("\u2019", "'")


def lowered_word(word: str) -> str:
    """A token in lower case; an acronym spelled like a function word keeps apart from it ("the WHO, China
    announced..." opens no relative clause)."""
    return _ACRONYMS_LIKE_WORDS.get(word) or folded(word)


_ACRONYMS_LIKE_WORDS = {"WHO": "w.h.o."}
LOWER = WordCache(lowered_word, LOWER_CACHE_LIMIT)


# The only characters that do not lower as one of the same kind by themselves (test_positions checks that no
# other does): "\u0130" lowers to two, the Kelvin sign to an ASCII letter, and a capital sigma to a final or
# another sigma by what stands beside it.
_LOWERED_OTHERWISE = re.compile("[\u0130\u03a3\u212a]")
