"""Fit the learned judge (compare/learned.py) on the fixture sets' gold judgements: `make model`.

Each fixture set under tests/fixtures with a gold.json is compared with the seed essay, as `corpus compare`
would. Every later author claim that the rules leave unlabelled becomes one example: its features
(judge.claim_features) and, as its class, the gold label of a judgement whose evidence the sentence carries on
that issue, else `none`. The real texts of ../shared/real-dev are never read here.

Figures printed first are cross-validated by set: the sets fall into five folds, and each fold is labelled by a
model fitted on the other four, so every figure is on sets the model never saw. The threshold written with the
weights is the lowest at which the model's own held-out labels (where the rules gave none, or another label)
agree with gold on TARGET_PRECISION of the claims that have a gold judgement, within the standard error of that
measure (within_target). The model never takes a rules'
label away: `none` in the gold sets means that no judgement was written for a claim, not that a label on it is
wrong (in cross-validation, the few labels it was surest of taking away, 22 at 0.9, were all but one on claims
without gold, where readers would have to decide). Needs scikit-learn (`pip install -e '.[train]'`); the shipped model needs only the
standard library.
"""

from __future__ import annotations

import json
import math
import os
import sys
from collections import Counter
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from compare.changes import UNREAD

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "tests" / "fixtures"
FOLDS = 5
MIN_DF = 3                      # a feature seen in fewer training claims is left out
C = 4.0                         # inverse regularisation strength of the logistic regression
TARGET_PRECISION = 0.90        # of the labels the model gives where the rules gave none or another one
THRESHOLDS = tuple(round(0.30 + 0.05 * k, 2) for k in range(13))
# Sets kept out of the fit, so that the shipped model has never seen them: the last group written, measured
# with the model as shipped (make eval reports them apart).
NOT_FITTED: tuple[str, ...] = tuple(f"heldout-{n}" for n in range(210, 240))


def gold_sets() -> list[Path]:
    return sorted((p for p in FIXTURES.iterdir() if (p / "gold.json").is_file() and p.name not in NOT_FITTED),
                  key=lambda p: p.name)


def examples(folder: Path) -> list[tuple[str, list[str], str, str]]:
    """(set name, features, class, the rules' label) for every later author claim in one set, recorded while
    the set is compared with the essay as `make eval` compares it (realdev.run)."""
    from compare import judge

    from .realdev import carries, run

    recorded: list[tuple[str, str, list[str], str]] = []

    def record(issue, r, ranked, echoes, ruled, another_writer=False):
        recorded.append((r.text, issue, judge.claim_features(issue, r, ranked, echoes, ruled, another_writer),
                         ruled.change if ruled is not None else "none"))
        return ruled

    judge.reviewed = record       # this process only: the recorder stands in for the model, the rules decide
    run(folder)
    gold = json.loads((folder / "gold.json").read_text(encoding="utf-8"))
    out = []
    for text, issue, names, ruled in recorded:
        label = next((g["label"] for g in gold if issue in g["issues"] and carries(text, g["later"])), "none")
        out.append((folder.name, names, label, ruled))
    return out


def vectorise(rows, idf: dict[str, float], index: dict[str, int]):
    """The matrix Model.predict computes: (1 + log count) * idf per known feature, each row of length 1."""
    from scipy.sparse import csr_matrix

    data, cols, ptr = [], [], [0]
    for _, names, _, _ in rows:
        counts = Counter(n for n in names if n in idf)
        weights = {n: (1.0 + math.log(k)) * idf[n] for n, k in sorted(counts.items())}
        norm = math.sqrt(sum(w * w for w in weights.values())) or 1.0
        for n, w in weights.items():
            cols.append(index[n])
            data.append(w / norm)
        ptr.append(len(cols))
    return csr_matrix((data, cols, ptr), shape=(len(rows), len(index)))


def fit(rows):
    from sklearn.linear_model import LogisticRegression

    df = Counter(n for _, names, _, _ in rows for n in set(names))
    vocab = sorted(n for n, k in df.items() if k >= MIN_DF)
    idf = {n: math.log((1 + len(rows)) / (1 + df[n])) + 1.0 for n in vocab}
    index = {n: k for k, n in enumerate(vocab)}
    model = LogisticRegression(C=C, max_iter=5000)
    model.fit(vectorise(rows, idf, index), [label for _, _, label, _ in rows])
    return model, idf, index


def cross_validated(rows, sets: list[str]):
    """(probabilities, classes) for every row from a model fitted without its fold."""
    import numpy as np

    fold_of = {name: k % FOLDS for k, name in enumerate(sets)}
    probabilities = None
    classes = None
    for fold in range(FOLDS):
        train = [r for r in rows if fold_of[r[0]] != fold]
        held = [k for k, r in enumerate(rows) if fold_of[r[0]] == fold]
        model, idf, index = fit(train)
        classes = list(model.classes_)
        if probabilities is None:
            probabilities = np.zeros((len(rows), len(classes)))
        probabilities[held] = model.predict_proba(vectorise([rows[k] for k in held], idf, index))
    return probabilities, classes


def decide(ruled: str, label: str, probability: float, threshold: float) -> str:
    """judge.reviewed's policy on class names (`none` for no label): the model's label where it is confident,
    else the rules'."""
    return label if label != "none" and probability >= threshold else ruled


def figures(rows, probabilities, classes, threshold: float) -> tuple[Counter, Counter]:
    """(every label, the labels the model gave other than the rules'): counts of `labels`, `agree` (with gold),
    `with_gold` (claims with a gold judgement), and `without_gold`."""
    every, own = Counter(), Counter()
    for (_, _, gold, ruled), p in zip(rows, probabilities):
        k = int(p.argmax())
        label = decide(ruled, classes[k], float(p[k]), threshold)
        if label == "none":
            continue
        for counts in (every, own) if label != ruled else (every,):
            counts["labels"] += 1
            counts["with_gold" if gold != "none" else "without_gold"] += 1
            counts["agree"] += label == gold
    return every, own


def within_target(agree: int, with_gold: int) -> bool:
    """Whether a precision measured on `with_gold` claims is not below TARGET_PRECISION by more than its own
    standard error. A bare comparison flipped with one claim in a thousand: a rule that changed nothing else moved
    the threshold by a step and some ninety labels with it."""
    if not with_gold:
        return False
    precision = agree / with_gold
    return precision + math.sqrt(precision * (1 - precision) / with_gold) >= TARGET_PRECISION


def print_table(title: str, table: dict[float, tuple[Counter, Counter]]) -> None:
    print(title)
    print("  threshold  labels  agree/with-gold  precision  without-gold  |  model's own: labels  agree/with-gold  "
          "precision  without-gold")
    for t, (every, own) in table.items():
        print(f"  {t:9.2f}  {every['labels']:6d}  {every['agree']:6d}/{every['with_gold']:<8d}  "
              f"{every['agree'] / max(every['with_gold'], 1):9.2f}  {every['without_gold']:12d}  |  {own['labels']:18d}  "
              f"{own['agree']:6d}/{own['with_gold']:<8d}  {own['agree'] / max(own['with_gold'], 1):9.2f}  "
              f"{own['without_gold']:12d}")


def main() -> int:
    sets = gold_sets()
    with ProcessPoolExecutor(min(2, os.cpu_count() or 1)) as pool:
        rows = [row for part in pool.map(examples, sets) for row in part]
    print(f"{len(rows)} later author claims in {len(sets)} fixture sets: {dict(sorted(Counter(r[2] for r in rows).items()))}")
    probabilities, classes = cross_validated(rows, [s.name for s in sets])
    print_table("the rules alone:", {0.0: figures(rows, probabilities, classes, 2.0)})
    table = {t: figures(rows, probabilities, classes, t) for t in THRESHOLDS}
    print_table("the rules with the learned judge, cross-validated by set (each fold labelled by a model fitted "
                "on the other four):", table)
    threshold = next((t for t, (_, own) in table.items() if within_target(own["agree"], own["with_gold"])),
                     THRESHOLDS[-1])
    unread = [k for k, row in enumerate(rows) if f"KIND={UNREAD}" in row[1]]
    _, own = figures([rows[k] for k in unread], probabilities[unread], classes, threshold)
    print(f"at {threshold:.2f}, on the {len(unread)} claims the rules read no position in (changes.UNREAD): "
          f"{own['labels']} labels, {own['agree']}/{own['with_gold']} agree with gold, {own['without_gold']} without gold")
    model, idf, index = fit(rows)
    coef = {n: [round(float(c), 5) for c in model.coef_[:, k]] for n, k in index.items()
            if max(abs(float(c)) for c in model.coef_[:, k]) >= 0.01}
    payload = {
        "version": f"fitted on {len(sets)} sets, {len(rows)} claims",
        "classes": [str(c) for c in model.classes_], "threshold": threshold,
        "idf": {n: round(idf[n], 5) for n in idf}, "coef": coef,
        "intercept": [round(float(c), 5) for c in model.intercept_],
    }
    path = ROOT / "compare" / "data" / "judge_model.json"
    path.write_text(json.dumps(payload, sort_keys=True, separators=(",", ":")) + "\n", encoding="utf-8")
    print(f"threshold {threshold:.2f}; {len(coef)} features kept; wrote {path.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
