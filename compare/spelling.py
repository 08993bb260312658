"""Fold spelling variants to one form, so an issue keyword matches however a text spells it.

Folding is applied the same way to keywords and to text, so what matters is that variants meet, not that
the folded form is a real word: "defence" and "defense" both become "defens"; "America-first" and
"America First" both become the tokens ("america", "first"); "Russia's" and "tariffs" lose their endings.
"""

from __future__ import annotations

import re

from .text.cache import WordCache
from .text.stem import stem

# Word-level pairs that no suffix rule catches (British -> American).
_WORDS = {"defence": "defense", "offence": "offense", "licence": "license", "pretence": "pretense",
          "programme": "program", "programmes": "programs", "dialogue": "dialog", "dialogues": "dialogs",
          "catalogue": "catalog", "analyse": "analyze", "analysed": "analyzed", "analysing": "analyzing",
          "paralyse": "paralyze", "grey": "gray", "judgement": "judgment", "ageing": "aging",
          "enrol": "enroll", "fulfil": "fulfill", "travelled": "traveled", "travelling": "traveling",
          "labelled": "labeled", "cancelled": "canceled", "modelling": "modeling", "per cent": "percent",
          "per\tcent": "percent",
          # a capital stands for its country in policy prose ("engagement with Beijing")
          "beijing": "china", "moscow": "russia", "tokyo": "japan", "seoul": "korea"}
_OUR = re.compile(r"(?<=[a-z]{3})our(s|ed|ing|able|ite|ites)?$")          # behaviour, favourable
_TRE = re.compile(r"(?<=[a-z]{2}[^aeiou])tre(s)?$")                       # centre, theatre

CACHE_LIMIT = 200_000


# U.S., U.K., U.N.; and as a text cut into tokens writes them, "U . S ." (positions.claim_text)
_DOTTED = re.compile(r"\b[A-Z](?:[ ]?\.[ ]?[A-Z]\b)+[ ]?\.")


def undotted(text: str) -> str:
    """Dotted initials as one word, at the same length, so that every offset into the text still holds:
    "U.S.-Japan" -> "US  -Japan", "U.S. leadership" -> "US   leadership" (American usage against the keywords'
    "US-Japan", "US leadership"); "U . S . - Japan" -> "US      - Japan"."""
    if text.count(".") < 2:      # (most sentences: one full stop at most, no initials)
        return text
    return _DOTTED.sub(lambda m: m.group().replace(".", "").replace(" ", "").ljust(len(m.group())), text)


def fold(word: str) -> str:
    """One folded form for a word's spelling variants and inflections (lower case)."""
    return _FOLDS.one(word)


def fold_all(words: list[str]) -> tuple[str, ...]:
    """fold() of many words."""
    return _FOLDS.many(words)


def _fold(word: str) -> str:
    w = word.lower().replace("\u2019", "'")
    if w.endswith("'s") or w.endswith("s'"):
        w = w[:-2] if w.endswith("'s") else w[:-1]
    w = _WORDS.get(w, w)
    if len(w) > 5:      # (-ise to -ize: the stemmer does it, for the stance lexicon too)
        w = _OUR.sub(lambda m: "or" + (m.group(1) or ""), w)
        w = _TRE.sub(lambda m: "ter" + (m.group(1) or ""), w)
    return stem(w)


_FOLDS = WordCache(_fold, CACHE_LIMIT)
