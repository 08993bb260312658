"""How far a reading can be trusted: the chance that a careful reader finds an author position fair.

The rules read a position from cues (a modal, a verdict word, a forecast, the issue's keyword or its meaning),
and on other writers' real prose about half of those readings are fair to a careful reader. Some kinds of reading
hold far less often than others: a verdict with no direction, a hedged forecast, a reading of a hypothetical, an
issue lent by the sentence before. A logistic regression over what the rules read (never the words of the
sentence) gives each author position a `confidence`: the share of readings like it that independent readers
judged fair. Across documents by different writers, a `new` label, which rests on the later reading alone, is
given only on a reading at or above the model's threshold (judge.py): a wrong label costs the user more than none.

The model was fitted by `bench/train_confidence.py` on readers' verdicts on other writers' real commentaries,
kept outside the project (only the features of each judged reading and its verdict are in bench/data); it never
saw the texts of ../shared/real-dev. Inference is plain arithmetic in a fixed order, rounded: the same reading
always gets the same confidence. CORPUS_CONFIDENCE=0 turns it off (no confidence recorded, no label withheld).
"""

from __future__ import annotations

import json
import math
import os
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

MODEL_PATH = Path(__file__).parent / "data" / "confidence_model.json"
ENV_SWITCH = "CORPUS_CONFIDENCE"        # 0/off/false/no: no confidence, no label withheld
_FIRST_PERSON = re.compile(r"\b(?:i|we|our|us|my)\b")
_QUOTE = re.compile("[\"\u201c\u201d]")
_MODAL = re.compile(r"\b(?:should|must|ought|needs? to|ha(?:s|ve) to)\b")
_LISTED = ("hedges", "negations", "intensifiers")


def features(*, kind: str, polarity: int, strength: float, hedged: bool, cues: dict[str, Any], text: str,
             issue: str, document_kind: str | None) -> list[str]:
    """What the rules read in one position, as feature names: its kind, direction, mood, clause and strength,
    how its issue was found, its cue words (the lexicon's, not the sentence's), and the sentence's shape (its
    length, a first person, quotation marks, a question, a modal)."""
    mood = cues.get("mood")
    found = cues.get("issue") or {}
    shift = cues.get("shift") or ()
    lowered = text.lower()
    out = [f"kind={kind}", f"polarity={polarity:+d}", f"mood={mood}", f"clause={cues.get('clause')}",
           f"via={found.get('via')}", f"hedged={bool(hedged)}", f"strength={round(strength)}", f"issue={issue}",
           f"kind_polarity={kind}|{polarity:+d}", f"kind_mood={kind}|{mood}",
           f"cue={str(cues.get('kind') or '').lower()}", f"document={document_kind}",
           f"words={min(len(text.split()) // 10, 5)}", f"shift={shift[0] if shift else None}",
           f"first_person={bool(_FIRST_PERSON.search(lowered))}", f"quoted={bool(_QUOTE.search(text))}",
           f"question={text.rstrip().endswith('?')}", f"modal={bool(_MODAL.search(lowered))}"]
    out += [f"{name}={min(len(cues.get(name) or ()), 2)}" for name in _LISTED]
    out += [f"polar={str(cue).lower()}" for cue in (cues.get("polarity") or ())[:2]]
    return out


@dataclass(frozen=True)
class Model:
    coef: dict[str, float]
    intercept: float
    threshold: float        # across documents by different writers, a label needs a later reading this confident
    version: str

    def confidence(self, names: list[str]) -> float:
        """The fitted chance that a reader finds the reading fair, to three places (features summed in name order,
        so that the float sum is the same on every run)."""
        score = self.intercept + sum(self.coef.get(name, 0.0) for name in sorted(set(names)))
        return round(1.0 / (1.0 + math.exp(-score)), 3)


def enabled() -> bool:
    return os.environ.get(ENV_SWITCH, "").strip().lower() not in ("0", "off", "false", "no")


@lru_cache(maxsize=1)
def load_model(path: Path = MODEL_PATH) -> Model | None:
    """The shipped model, or None when it is turned off or missing (no confidence is then recorded)."""
    if not enabled() or not path.is_file():
        return None
    data = json.loads(path.read_text(encoding="utf-8"))
    return Model(data["coef"], float(data["intercept"]), float(data["threshold"]), data["version"])


def of_position(model: Model | None, *, kind: str, polarity: int, strength: float, hedged: bool, cues: dict[str, Any],
                text: str, issue: str, document_kind: str | None) -> float | None:
    """A position's confidence, or None without a model."""
    if model is None:
        return None
    return model.confidence(features(kind=kind, polarity=polarity, strength=strength, hedged=hedged, cues=cues,
                                     text=text, issue=issue, document_kind=document_kind))
