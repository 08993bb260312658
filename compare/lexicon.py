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
        seen: dict[tuple[str, ...], tuple[float, str]] = {}
        for phrase, value in entries.items():
            key = stems(phrase.replace("_", " "))
            # two phrases with the same stems are one cue: the first in order would silently win
            if key in seen and seen[key][0] != float(value):
                raise ValueError(f"stance lexicon: '{seen[key][1]}' and '{phrase}' are the same cue once stemmed but "
                                 f"have different values; keep one of them")
            seen[key] = (float(value), phrase)
            table.setdefault(key[0], []).append((key, float(value), phrase.replace("_", " ")))
            if "cannot" in key and (spelt := _can_not(key)) not in seen:
                # ("cannot afford" is also "can't afford", whose tokens are "can" "not" once the negation is cut off)
                seen[spelt] = (float(value), phrase)
                table.setdefault(spelt[0], []).append((spelt, float(value), phrase.replace("_", " ")))
        for options in table.values():
            options.sort(key=lambda o: (-len(o[0]), o[2]))
        return cls(table)


def _can_not(key: tuple[str, ...]) -> tuple[str, ...]:
    """A cue's stems with "cannot" written in two words."""
    return tuple(stem for word in key for stem in (("can", "not") if word == "cannot" else (word,)))


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
    reporting_past_only: frozenset[str]     # reporting verbs written in the past form, which report only in it
    shift: PhraseTable              # value: the index of the class in SHIFT_CLASSES
    shift_words: dict[str, frozenset[str]]   # concerns, quarrels, quarrel_deepening, quarrel_easing, easing, deepening,
    #                                          expectations, views, ended, hopes, waning: stems
    shift_comparatives: dict[str, tuple[tuple[str, ...], ...]]   # short_of_/beyond_/better_than_expected(ation), hastened
    version: str

    def scan(self, tokens, tables: tuple[str, ...] | None = None) -> dict[str, list[tuple[int, int, float, str]]]:
        """Every table's longest non-overlapping matches, in one pass: {table: [(index, length, value, phrase)]}.
        Given tables, theirs only, the same for each (a table's matches are its own), visiting only the words
        that open their cues."""
        found: dict[str, list] = {name: [] for name in tables or TABLES}
        next_free: dict[str, int] = {}
        entries_by_first = self._entries_of(tables) if tables else self.entries
        last = len(tokens) - 1
        # only the tokens that open some cue are visited (a few in a sentence): the test is one C-level pass
        for index in compress(range(len(tokens)), map(entries_by_first.__contains__, tokens)):
            by_second, singles = entries_by_first[tokens[index]]
            # Within a table, phrases come longest first and one-word cues last, so trying the phrases that
            # share the next word, then the one-word cues, keeps each table's order.
            if by_second and index < last:
                for name, key, size, value, phrase in by_second.get(tokens[index + 1], ()):
                    if next_free.get(name, 0) <= index and tokens[index:index + size] == key:
                        found[name].append((index, size, value, phrase))
                        next_free[name] = index + size
            for name, value, phrase in singles:
                if next_free.get(name, 0) <= index:
                    found[name].append((index, 1, value, phrase))
                    next_free[name] = index + 1
        return found

    @property
    def stance_firsts(self) -> frozenset[str]:
        """First stems of every cue that can make a position (modals, commitments, predictions, judging words)."""
        cached = self.__dict__.get("_stance_firsts")
        if cached is None:
            cached = frozenset(first for name in ("prescription", "commitment", "prediction", "polar", "shift")
                               for first in getattr(self, name).by_first) | self.shift_words["easing"] | \
                self.shift_words["deepening"] | self.shift_words["expectations"] | self.shift_words["ended"] | \
                self.shift_words["waning"] | self.shift_words["quarrel_deepening"] | self.shift_words["quarrel_easing"]
            object.__setattr__(self, "_stance_firsts", cached)
        return cached

    @property
    def polar_verb_ings(self) -> frozenset[str]:
        """The -ing forms the verbs of stance may take (a superset: "encouraging", "stopping", "seeing"), so that a
        sentence with none of them is passed over in one test."""
        cached = self.__dict__.get("_polar_verb_ings")
        if cached is None:
            cached = frozenset(form for verb in self.polar_verbs
                               for form in (verb + "ing", verb[:-1] + "ing", verb + verb[-1:] + "ing"))
            object.__setattr__(self, "_polar_verb_ings", cached)
        return cached

    @property
    def polar_verbs(self) -> frozenset[str]:
        """The one-word verbs of stance (value 2: maintain, abandon...) as written: base forms an imperative opens
        with."""
        cached = self.__dict__.get("_polar_verbs")
        if cached is None:
            cached = frozenset(phrase for options in self.polar.by_first.values() for key, value, phrase in options
                               if len(key) == 1 and abs(value) >= 2)
            object.__setattr__(self, "_polar_verbs", cached)
        return cached

    @property
    def entries(self) -> dict[str, tuple[dict[str, tuple[tuple[str, tuple[str, ...], int, float, str], ...]],
                                         tuple[tuple[str, float, str], ...]]]:
        """first stem -> (second stem -> [(table, stems, length, value, phrase)] for the phrases of two words or more,
        [(table, value, word)] for the one-word cues), each longest first within a table: most phrases that
        start at a word are ruled out by the next word, with one lookup."""
        cached = self.__dict__.get("_entries")
        if cached is None:
            cached = self._entries_of(TABLES)
            object.__setattr__(self, "_entries", cached)
        return cached

    def _entries_of(self, tables: tuple[str, ...]):
        """Lexicon.entries, of the tables named (remembered)."""
        known = self.__dict__.setdefault("_entries_by_tables", {})
        cached = known.get(tables)
        if cached is None:
            phrases: dict[str, dict[str, list]] = {}
            singles: dict[str, list] = {}
            for name in tables:
                for first, options in getattr(self, name).by_first.items():
                    phrases.setdefault(first, {})
                    singles.setdefault(first, [])
                    for key, value, phrase in options:
                        if len(key) == 1:
                            singles[first].append((name, value, phrase))
                        else:
                            phrases[first].setdefault(key[1], []).append((name, key, len(key), value, phrase))
            cached = known[tables] = {first: ({second: tuple(options) for second, options in phrases[first].items()},
                                              tuple(singles[first])) for first in phrases}
        return cached


ACTION = 2.0                       # |value| of verbs of action in the lexicon; evaluative terms are 1
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
    flat: dict[str, dict[str, float]] = {name: {w: 1.0 for w in data[name]["words"] + data[name].get("past_only", [])}
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
        reporting_past_only=frozenset(data["reporting"]["past_only"]),
        shift=PhraseTable.build({phrase: float(code) for code, name in enumerate(SHIFT_CLASSES)
                                 for phrase in data["shift"][name]}),
        shift_words={name: frozenset(stems(" ".join(data["shift"][name])))
                     for name in ("concerns", "quarrels", "quarrel_deepening", "quarrel_easing", "easing", "deepening",
                                  "expectations", "views", "ended", "hopes", "waning")},
        shift_comparatives={name: tuple(stems(p) for p in data["shift"][name])
                            for name in ("short_of_expectation", "beyond_expectation", "hastened",
                                         "better_than_expected")},
        version=hashlib.sha256(raw.encode()).hexdigest()[:12],
    )
