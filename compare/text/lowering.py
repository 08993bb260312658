"""Tokens in lower case for the stance rules, each token lowered once and kept (a token met again is a string whose
hash is known, and the rules' many lookups of lowered words in sets need not work it out again)."""

from __future__ import annotations

import re

from .cache import WordCache


def lowered(text: str, raw: list[str]) -> list[str]:
    """The tokens in lower case, each lowered by itself, so that the lowered list stands token for token beside raw
    (the rules read both at one index). A token that holds one of the few characters that lower otherwise
    ("\u0130" lowers to "i" and a combining dot) is lowered as that one word ("\u0130zmir" is "izmir")."""
    if text.isascii() or _LOWERED_OTHERWISE.search(text) is None:
        return list(LOWER.many(raw))
    return [_one_word(word) if _LOWERED_OTHERWISE.search(word) else LOWER.one(word) for word in raw]


def _one_word(word: str) -> str:
    """A token with a character that lowers otherwise, lowered as one word: the dotted capital I as "i"."""
    return folded(word).replace("i\u0307", "i")


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
