"""The learned judge: a second reading of each later claim, with the rules' label (judge.py) among what it reads.

Retrospective prose says how a view fared in many more ways than a cue list can hold ("I no longer read that as
a warning", "the eleven went ahead anyway"). A multinomial logistic regression over the words of the later
sentence (single words and pairs, tf-idf weighted) and what the rules already read in it (kind, direction,
strength, hedges, mood, how the issue was tagged, how close the nearest base claim on the issue is, the rules'
label and the first words of their reason) gives one of `unchanged`, `strengthened`, `weakened`, `reversed`,
`new` or `none`. judge.reviewed gives its label where it is confident, at the threshold stored with the
weights, of a label the rules did not give; it never takes a rules' label away. It was fitted by
`bench/train_judge.py` on the gold judgements of the project's fixture sets (fictional commentaries written for
the project; the real texts of ../shared/real-dev are never used); the threshold was chosen on sets held out
from fitting (a wrong label costs more than none).

The weights ship in compare/data/judge_model.json (computed from the project's own fixtures; nothing is
downloaded), and inference is plain arithmetic in a fixed order: the same sentence gives the same label.
"""

from __future__ import annotations

import json
import math
import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from corpus.config import switched_off

MODEL_PATH = Path(__file__).parent / "data" / "judge_model.json"
ENV_SWITCH = "CORPUS_LEARNED_JUDGE"      # 0/off/false/no: the rules alone label
LABELS = ("unchanged", "strengthened", "weakened", "reversed", "new")
NONE = "none"
_TOKEN = re.compile(r"[a-z]+(?:'[a-z]+)?|n't")
_QUOTES = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"'})
MEANING_BINS = (0.2, 0.3, 0.4, 0.5, 0.6)      # how close the nearest base claim on the issue is
ECHO_BINS = (0.1, 0.2, 0.35, 0.5)             # how much of the later sentence one base sentence already says


@dataclass(frozen=True)
class Verdict:
    label: str              # one of LABELS, or NONE
    probability: float
    weights: list[tuple[str, float]]    # the known features read, with their tf-idf weights (Model.cues)


def _bin(value: float, edges: tuple[float, ...]) -> int:
    return sum(value >= edge for edge in edges)


def features(text: str, *, issue: str, kind: str, polarity: int, strength: float, cues: dict,
             closest_score: float, closest_polarity: int | None, echo: float,
             ruled: tuple[str, str] | None = None, another_writer: bool = False) -> list[str]:
    """The words of the sentence (single and paired) and the rules' reading of it, as feature names. Reading
    features are upper case, so they never meet a word of the sentence. another_writer: the later text is known to
    be by someone other than the base's writer, whose "I was wrong" speaks of a view the base need not hold."""
    words = _TOKEN.findall(text.translate(_QUOTES).lower())
    out = words + [f"{a} {b}" for a, b in zip(words, words[1:])]
    shift = cues.get("shift") or []
    out += [f"ISSUE={issue}", f"KIND={kind}", f"POLARITY={polarity:+d}", f"STRENGTH={round(strength)}",
            f"MOOD={cues.get('mood')}", f"CLAUSE={cues.get('clause')}",
            f"VIA={(cues.get('issue') or {}).get('via')}", f"SHIFT={shift[0] if shift else None}",
            f"HEDGES={min(len(cues.get('hedges') or ()), 2)}", f"NEGATIONS={min(len(cues.get('negations') or ()), 2)}",
            f"INTENSIFIERS={min(len(cues.get('intensifiers') or ()), 2)}",
            f"MEANING={_bin(closest_score, MEANING_BINS)}", f"ECHO={_bin(echo, ECHO_BINS)}",
            "DIRECTION=" + ("none" if closest_polarity is None or not polarity or not closest_polarity
                            else "same" if polarity == closest_polarity else "opposite"),
            f"RULE={ruled[0] if ruled else NONE}", "RULE_REASON=" + (" ".join(ruled[1].split()[:4]) if ruled else NONE),
            f"WRITER={'other' if another_writer else 'same'}"]
    return out


@dataclass(frozen=True)
class Model:
    classes: tuple[str, ...]
    idf: dict[str, float]
    coef: dict[str, list[float]]         # per feature, one coefficient per class
    intercept: tuple[float, ...]
    threshold: float        # a label of its own at this probability or above
    version: str

    def predict(self, names: list[str]) -> Verdict:
        """The most probable class (a label or `none`), its probability and the features behind it."""
        weights = self._weights(names)
        scores = list(self.intercept)
        for name, w in weights:
            coef = self.coef.get(name)
            if coef is not None:
                scores = [s + c * w for s, c in zip(scores, coef)]
        top = max(scores)
        best = scores.index(top)
        probability = 1.0 / sum(math.exp(s - top) for s in scores)
        return Verdict(self.classes[best], probability, weights)

    def _weights(self, names: list[str]) -> list[tuple[str, float]]:
        """(feature, tf-idf weight of unit length overall) for the known features, in name order."""
        counts = Counter(filter(self.idf.__contains__, names))
        weights = [(name, (1.0 + math.log(n)) * self.idf[name]) for name, n in sorted(counts.items())]
        norm = math.sqrt(sum(w * w for _, w in weights)) or 1.0
        return [(name, w / norm) for name, w in weights]

    def cues(self, verdict: Verdict, count: int = 3) -> tuple[str, ...]:
        """The features that pushed most towards the verdict's class, most first (read only for a label given)."""
        best = self.classes.index(verdict.label)
        pushes = sorted(((self.coef[name][best] * w, name) for name, w in verdict.weights if name in self.coef),
                        key=lambda item: (-item[0], item[1]))
        return tuple(name for push, name in pushes[:count] if push > 0)


def enabled() -> bool:
    return not switched_off(ENV_SWITCH)


@lru_cache(maxsize=1)
def load_model(path: Path = MODEL_PATH) -> Model | None:
    """The shipped model, or None when it is turned off or missing (the rules alone then decide)."""
    if not enabled() or not path.is_file():
        return None
    data = json.loads(path.read_text(encoding="utf-8"))
    return Model(tuple(data["classes"]), data["idf"], data["coef"],
                 tuple(data["intercept"]), float(data["threshold"]), data["version"])
