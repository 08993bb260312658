"""The stance lexicon (data/stance.toml) compiled into stem lookups."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from itertools import compress

from .text.stem import stems


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
    shift: PhraseTable              # value: the index of the class in SHIFT_CLASSES
    shift_words: dict[str, frozenset[str]]   # concerns, easing, expectations: stems
    shift_comparatives: dict[str, tuple[tuple[str, ...], ...]]   # short_of_expectation, beyond_expectation
    version: str

    def scan(self, tokens) -> dict[str, list[tuple[int, int, float, str]]]:
        """Every table's longest non-overlapping matches, in one pass: {table: [(index, length, value, phrase)]}."""
        found: dict[str, list] = {name: [] for name in TABLES}
        next_free: dict[str, int] = {}
        entries_by_first = self.entries
        # only the tokens that open some cue are visited (a few in a sentence): the test is one C-level pass
        for index in compress(range(len(tokens)), map(entries_by_first.__contains__, tokens)):
            for name, key, value, phrase in entries_by_first[tokens[index]]:
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
            cached = frozenset(first for name in ("prescription", "commitment", "prediction", "polar", "shift")
                               for first in getattr(self, name).by_first) | self.shift_words["easing"] | \
                self.shift_words["expectations"]
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
          "reporting", "shift")
SHIFT_CLASSES = ("realised", "firmer", "continued", "eased", "abandoned")


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
        shift=PhraseTable.build({phrase: float(code) for code, name in enumerate(SHIFT_CLASSES)
                                 for phrase in data["shift"][name]}),
        shift_words={name: frozenset(stems(" ".join(data["shift"][name])))
                     for name in ("concerns", "easing", "expectations")},
        shift_comparatives={name: tuple(stems(p) for p in data["shift"][name])
                            for name in ("short_of_expectation", "beyond_expectation")},
        version=hashlib.sha256(raw.encode()).hexdigest()[:12],
    )
