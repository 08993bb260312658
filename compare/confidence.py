"""How far a reading can be trusted: the chance that a careful reader finds an author position fair.

The rules read a position from cues (a modal, a verdict word, a forecast, the issue's keyword or its meaning),
and on other writers' real prose about half of those readings are fair to a careful reader. Some kinds of reading
hold far less often than others: a call read as against its issue, a verdict or forecast with no direction, a
reading in a relative clause, an issue found by meaning alone. A logistic regression over what the rules read
(never the words of the sentence) gives each author position a `confidence`: the share of readings like it that
independent readers judged fair. Across documents by different writers, a label is given only on a reading at or
above the model's threshold for its kind (judge._lacks): `new` or `unchanged`, which say the later writer holds a
position on the strength of that reading, need `threshold`; a change of view (`strengthened`, `weakened`,
`reversed`) needs `move_threshold`. A wrong label costs the user more than none.

The model was fitted by `bench/train_confidence.py` on readers' verdicts on other writers' real commentaries,
kept outside the project (only the features of each judged reading and its verdict are in bench/data); it never
saw the texts of ../shared/real-dev. Inference is plain arithmetic in a fixed order, rounded: the same reading
always gets the same confidence. CORPUS_CONFIDENCE=0 turns it off (no confidence recorded, no label withheld).
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from corpus.config import switched_off

MODEL_PATH = Path(__file__).parent / "data" / "confidence_model.json"
ENV_SWITCH = "CORPUS_CONFIDENCE"        # 0/off/false/no: no confidence, no label withheld
_LISTED = ("hedges", "negations", "intensifiers")
# The kinds of document the examples name apart; any other kind, or none (`corpus add` stores "document"), reads as
# a commentary, the kind the examples give a text whose index names none.
_DOCUMENT_KINDS = frozenset({"editorial", "interview"})


def features(*, kind: str, polarity: int, strength: float, hedged: bool, cues: dict[str, Any], text: str,
             issue: str, document_kind: str | None) -> list[str]:
    """What the rules read in one position, as feature names: its kind, direction, mood, clause and strength,
    how its issue was found, its cue words (the lexicon's, not the sentence's), and the sentence's shape (its
    length, quotation marks)."""
    return (_reading_names(_reading(kind, polarity, strength, hedged, cues, issue, document_kind))
            + _shape_names(text) + _polar_names(cues))


def _reading(kind: str, polarity: int, strength: float, hedged: bool, cues: dict[str, Any], issue: str,
             document_kind: str | None) -> tuple:
    """The reading's own features as one hashable key: positions share a handful of them, so their weights are
    summed once per key (Model.of)."""
    shift = cues.get("shift") or ()
    return (kind, polarity, cues.get("mood"), cues.get("clause"), (cues.get("issue") or {}).get("via"), bool(hedged),
            round(strength), issue, str(cues.get("kind") or "").lower(),
            document_kind if document_kind in _DOCUMENT_KINDS else "commentary", shift[0] if shift else None,
            *(min(len(cues.get(name) or ()), 2) for name in _LISTED))


def _reading_names(key: tuple) -> list[str]:
    kind, polarity, mood, clause, via, hedged, strength, issue, cue, document, shift, *counts = key
    return [f"kind={kind}", f"polarity={polarity:+d}", f"mood={mood}", f"clause={clause}", f"via={via}",
            f"hedged={hedged}", f"strength={strength}", f"issue={issue}", f"kind_polarity={kind}|{polarity:+d}",
            f"kind_mood={kind}|{mood}", f"cue={cue}", f"document={document}", f"shift={shift}",
            *(f"{name}={count}" for name, count in zip(_LISTED, counts))]


def _shape_names(text: str) -> list[str]:
    # (a first person, a question and a modal were tried too: each weighed under 0.1)
    quoted = '"' in text or "\u201c" in text or "\u201d" in text
    return [f"words={min(len(text.split()) // 10, 5)}", f"quoted={quoted}"]


def _polar_names(cues: dict[str, Any]) -> list[str]:
    return [f"polar={str(cue).lower()}" for cue in (cues.get("polarity") or ())[:2]]


@dataclass(frozen=True)
class Model:
    coef: dict[str, float]
    intercept: float
    threshold: float        # across writers, `new` and `unchanged` need a later reading this confident
    version: str
    move_threshold: float = 0.0     # across writers, a change of view needs a later reading this confident
    _readings: dict[tuple, float] = field(default_factory=dict, compare=False, repr=False)

    def confidence(self, names: list[str]) -> float:
        """The fitted chance that a reader finds the reading fair, to three places (features summed in name order,
        so that the float sum is the same on every run)."""
        return self._chance(sum(self.coef.get(name, 0.0) for name in sorted(set(names))))

    def of(self, *, kind: str, polarity: int, strength: float, hedged: bool, cues: dict[str, Any], text: str,
           issue: str, document_kind: str | None) -> float:
        """confidence(features(...)) as the analysis needs it, once per position: the reading's own weights are
        summed once per distinct reading (far fewer than positions), the sentence's shape and cue words each time;
        each feature counts once, as in training (the same value but for the order of a float sum)."""
        key = _reading(kind, polarity, strength, hedged, cues, issue, document_kind)
        reading = self._readings.get(key)
        if reading is None:
            reading = self._readings[key] = sum(self.coef.get(name, 0.0) for name in sorted(set(_reading_names(key))))
        polar = _polar_names(cues)
        if len(polar) == 2 and polar[0] == polar[1]:      # (a cue word read twice counts once, as in training)
            del polar[1]
        return self._chance(reading + sum(self.coef.get(name, 0.0) for name in _shape_names(text) + polar))

    def _chance(self, score: float) -> float:
        return round(1.0 / (1.0 + math.exp(-(self.intercept + score))), 3)


def enabled() -> bool:
    return not switched_off(ENV_SWITCH)


@lru_cache(maxsize=1)
def load_model(path: Path = MODEL_PATH) -> Model | None:
    """The shipped model, or None when it is turned off or missing (no confidence is then recorded)."""
    if not enabled() or not path.is_file():
        return None
    data = json.loads(path.read_text(encoding="utf-8"))
    return Model(data["coef"], float(data["intercept"]), float(data["threshold"]), data["version"],
                 float(data.get("move_threshold", 0.0)))    # (weights fitted before it gate no change of view)


def of_position(model: Model | None, *, kind: str, polarity: int, strength: float, hedged: bool, cues: dict[str, Any],
                text: str, issue: str, document_kind: str | None) -> float | None:
    """A position's confidence, or None without a model."""
    if model is None:
        return None
    return model.of(kind=kind, polarity=polarity, strength=strength, hedged=hedged, cues=cues, text=text, issue=issue,
                    document_kind=document_kind)
