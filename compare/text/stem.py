"""The one stemmer: a small suffix stripper, enough to make maintain/maintains/maintained/maintaining agree.

Used by the stance lexicon, the keyword folding of issue tags and the alignment's content words, so one word has
one stem everywhere in the engine."""

from __future__ import annotations

import re

from .cache import WordCache
from .tokens import CLAUSE_TOKEN, FULL_FORMS, has_contracted_negation, negations_apart

_NOT_PLURAL = ("ss", "us", "is", "ous")
STEM_CACHE_LIMIT = 500_000


def stem(word: str) -> str:
    """A small suffix stripper, enough to make maintain/maintains/maintained/maintaining agree."""
    return _STEMS.one(word)


_FUNCTION_STEMS = frozenset({"not", "no", "nor", "will", "may", "can", "must"})


def _stem(word: str) -> str:
    """Suffix stripping that never turns a content word into a function word ('noted' is not 'not')."""
    w = _BRITISH_ISE.sub(r"iz\1", word.lower().replace("\u2019", "'"))
    stemmed = _strip(w)
    # note/notes/noted still agree with each other, as 'not_'
    return stemmed + "_" if stemmed in _FUNCTION_STEMS and stemmed != w else stemmed


# British -ise spellings take the -ize form first ("emphasises" and "emphasizes" are one verb to the lexicon). A word
# that is no -ize variant ("promise", "exercise") is folded the same way wherever it stands, so nothing is lost.
_BRITISH_ISE = re.compile(r"(?<=[a-z]{3})is(e|ed|es|ing|ation|ations)$")


def _strip(w: str) -> str:
    if w.endswith("n't"):
        return "n't"  # don't, can't, won't: the negation is what matters for stance
    if w.endswith("'s"):
        w = w[:-2]
    if len(w) > 4 and w.endswith("ies"):
        w = w[:-3] + "y"
    elif len(w) > 5 and w.endswith("ing"):
        w = w[:-3]
    elif len(w) > 4 and w.endswith("ed") and not w.endswith("eed"):
        w = w[:-2]
    elif len(w) > 3 and w.endswith("es") and w[-3] in "sxz":
        w = w[:-2]
    elif len(w) > 3 and w.endswith("s") and not w.endswith(_NOT_PLURAL):
        w = w[:-1]
    if len(w) > 3 and w[-1] == w[-2] and w[-1] not in "lsz":
        w = w[:-1]
    if len(w) > 3 and w.endswith("e"):
        w = w[:-1]
    return w


def stems(text: str) -> tuple[str, ...]:
    """Stems of the clause tokens of a phrase or sentence, a contracted negation cut off its verb."""
    raw = CLAUSE_TOKEN.findall(text)
    return contracted_stems(negations_apart(raw)) if has_contracted_negation(text) else stem_all(raw)


def contracted_stems(raw: list[str]) -> tuple[str, ...]:
    """Stems of tokens whose contracted negations negations_apart has cut off: "n't" is "not", and "ca" "can",
    so "shouldn't give up" meets the cues written "should" and "not give up"."""
    return tuple(_CONTRACTED.get(stem, stem) for stem in stem_all(raw))


_CONTRACTED = {**FULL_FORMS, "n't": "not"}


def stem_all(words: list[str]) -> tuple[str, ...]:
    """Stems of many words."""
    return _STEMS.many(words)


_STEMS = WordCache(_stem, STEM_CACHE_LIMIT)
