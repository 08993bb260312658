"""The stance lexicon (data/stance.toml) compiled into stem lookups."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

TOKEN = re.compile(r"[A-Za-z]+(?:[-'\u2019][A-Za-z]+)*|\d+(?:\.\d+)?|[^\sA-Za-z\d]")
_NOT_PLURAL = ("ss", "us", "is", "ous")


STEM_CACHE_LIMIT = 500_000
_STEM_CACHE: dict[str, str] = {}


def stem(word: str) -> str:
    """A small suffix stripper, enough to make maintain/maintains/maintained/maintaining agree."""
    cached = _STEM_CACHE.get(word)
    if cached is None:
        cached = _stem(word)
        if len(_STEM_CACHE) < STEM_CACHE_LIMIT:  # bounded: an endless vocabulary must not grow memory forever
            _STEM_CACHE[word] = cached
    return cached


_FUNCTION_STEMS = frozenset({"not", "no", "nor", "will", "may", "can", "must"})


def _stem(word: str) -> str:
    """Suffix stripping that never turns a content word into a function word ('noted' is not 'not')."""
    w = word.lower().replace("\u2019", "'")
    stemmed = _strip(w)
    # note/notes/noted still agree with each other, as 'not_'
    return stemmed + "_" if stemmed in _FUNCTION_STEMS and stemmed != w else stemmed


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
    """Stems of the tokens of a phrase or sentence."""
    return stem_all(TOKEN.findall(text))


def stem_all(words: list[str]) -> tuple[str, ...]:
    """Stems of many words; the common case is one C-level pass over the cache."""
    cached = tuple(map(_STEM_CACHE.get, words))
    if None in cached:
        return tuple(stem(w) for w in words)
    return cached  # type: ignore[return-value]  # no None left: every word was in the cache


@dataclass(frozen=True)
class PhraseTable:
    """Phrases indexed by their first stem: first -> [(stems, value, phrase)], longest first."""

    by_first: dict[str, list[tuple[tuple[str, ...], float, str]]]

    @classmethod
    def build(cls, entries: dict[str, float]) -> PhraseTable:
        table: dict[str, list] = {}
        for phrase, value in entries.items():
            key = stems(phrase.replace("_", " "))
            table.setdefault(key[0], []).append((key, float(value), phrase.replace("_", " ")))
        for options in table.values():
            options.sort(key=lambda o: (-len(o[0]), o[2]))
        return cls(table)


@dataclass(frozen=True)
class Lexicon:
    prescription: PhraseTable
    commitment: PhraseTable
    prediction: PhraseTable
    hedges: PhraseTable
    intensifiers: PhraseTable
    negations: PhraseTable
    polar: PhraseTable
    discourse: PhraseTable
    reporting: PhraseTable
    version: str

    def scan(self, tokens) -> dict[str, list[tuple[int, int, float, str]]]:
        """Every table's longest non-overlapping matches, in one pass: {table: [(index, length, value, phrase)]}."""
        found: dict[str, list] = {name: [] for name in TABLES}
        next_free: dict[str, int] = {}
        entries_by_first = self.entries
        for index, token in enumerate(tokens):
            entries = entries_by_first.get(token)
            if entries is None:
                continue
            for name, key, value, phrase in entries:
                if next_free.get(name, 0) > index:
                    continue
                size = len(key)
                if size == 1 or tokens[index:index + size] == key:
                    found[name].append((index, size, value, phrase))
                    next_free[name] = index + size
        return found

    @property
    def stance_firsts(self) -> frozenset[str]:
        """First stems of every cue that can make a position (modals, commitments, predictions, judging words)."""
        cached = self.__dict__.get("_stance_firsts")
        if cached is None:
            cached = frozenset(first for name in ("prescription", "commitment", "prediction", "polar")
                               for first in getattr(self, name).by_first)
            object.__setattr__(self, "_stance_firsts", cached)
        return cached

    @property
    def entries(self) -> dict[str, tuple[tuple[str, tuple[str, ...], float, str], ...]]:
        """first stem -> (table, stems, value, phrase) for every table, longest phrase first within a table."""
        cached = self.__dict__.get("_entries")
        if cached is None:
            merged: dict[str, list] = {}
            for name in TABLES:
                for first, options in getattr(self, name).by_first.items():
                    merged.setdefault(first, []).extend((name, key, value, phrase) for key, value, phrase in options)
            cached = {first: tuple(options) for first, options in merged.items()}
            object.__setattr__(self, "_entries", cached)
        return cached


TABLES = ("prescription", "commitment", "prediction", "hedges", "intensifiers", "negations", "polar", "discourse",
          "reporting")


@lru_cache(maxsize=1)
def default_lexicon() -> Lexicon:
    raw = resources.files("compare").joinpath("data/stance.toml").read_text(encoding="utf-8")
    return parse_lexicon(raw)


def parse_lexicon(raw: str) -> Lexicon:
    import hashlib

    data = tomllib.loads(raw)
    flat: dict[str, dict[str, float]] = {name: {w: 1.0 for w in data[name]["words"]}
                                         for name in ("hedges", "intensifiers", "negations", "reporting")}
    flat["discourse"] = {w: 1.0 for w in data["discourse"]["phrases"]}
    return Lexicon(
        prescription=PhraseTable.build(data["prescription"]),
        commitment=PhraseTable.build(data["commitment"]),
        prediction=PhraseTable.build(data["prediction"]),
        hedges=PhraseTable.build(flat["hedges"]),
        intensifiers=PhraseTable.build(flat["intensifiers"]),
        negations=PhraseTable.build(flat["negations"]),
        polar=PhraseTable.build(data["polar"]),
        discourse=PhraseTable.build(flat["discourse"]),
        reporting=PhraseTable.build(flat["reporting"]),
        version=hashlib.sha256(raw.encode()).hexdigest()[:12],
    )
