"""Fit the reading-confidence model (compare/confidence.py) on readers' verdicts: `make model`.

The examples are in bench/data/confidence_examples.jsonl, one judged reading a line: the features the rules read
in an author position (confidence.features: kinds, cues of the lexicon, how the issue was found, the sentence's
shape; never its words), whether an independent reader found it fair, and the batch of texts it came from. They
were collected from other writers' real commentaries, which are kept outside the project (as ../shared/real-dev
is: other people's writing is never copied in), with `collect`:

    python -m bench.train_confidence collect VERDICTS.json FOLDER...

where each FOLDER holds texts and an index.json ({"file", "author", "date", "kind"} per text, as `make eval`'s
real folders do) and VERDICTS.json lists {"text": "FOLDER-NAME/FILE", "sentence", "issue", "polarity", "kind",
"verdict"} with verdict `fair`, `borderline` or `unfair`. A borderline verdict counts as not fair.

Fitting prints figures cross-validated by collection round (each round's batches are scored by a model fitted on
the other rounds: prose the model never saw), then writes compare/data/confidence_model.json. Needs scikit-learn
(`pip install -e '.[train]'`); the shipped model needs only the standard library.
"""

from __future__ import annotations

import hashlib
import json
import os
import sys
import tempfile
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "bench" / "data" / "confidence_examples.jsonl"
MODEL = ROOT / "compare" / "data" / "confidence_model.json"
C = 0.5                         # inverse regularisation strength of the logistic regression
MIN_COUNT = 3                   # a feature seen in fewer judged readings is left out
# Across documents by different writers a label rests on the later writer's reading, and a wrong label costs the user
# more than a missing one (here taken as one and a half times as much: a label is worth giving where it is fair at
# least 60% of the time). Chosen on the 115 labels readers judged on other writers' prose in thirteen rounds (every
# label the rules give there with no gate), each later reading scored by the model fitted without its round (README,
# "Reading confidence"):
# - `new` and `unchanged` (judge._HOLDS: the later writer holds a position) need THRESHOLD. Fair: 9 of 34 below
#   0.55, 10 of 18 from 0.55 to 0.65 (the round unseen when last round set 0.55 had 2 there, both unfair), 36 of 50
#   from 0.65.
# - `strengthened`, `weakened` and `reversed` (judge._VIEW_MOVES: a change of view, read from cues of change set
#   against a related base claim) need MOVE_THRESHOLD: fair 1 of 8 below it (2 of them in that unseen round), 4 of 5
#   from it.
THRESHOLD = 0.65
MOVE_THRESHOLD = 0.3
REPORTED = (0.3, 0.4, 0.5, 0.55, 0.6, 0.65, 0.7)


def collect(verdicts_path: str, folders: list[str]) -> int:
    """Write EXAMPLES from the judged readings the current rules still give in the folders read (a reading they no
    longer give has nothing to be matched with). A folder any of whose judged readings is matched has its rows
    replaced whole (a text of it that is gone loses its rows); the rows of other folders, and of a folder none of
    whose judged readings is matched (its index or its texts gone), are kept as the rules of their own round read
    them, since the texts of earlier rounds are kept outside the project and may be gone."""
    from compare import Corpus
    from compare.confidence import features
    from corpus.errors import InputError

    verdicts = {(v["text"], v["sentence"], v["issue"], v["polarity"], v["kind"]): v["verdict"]
                for v in json.loads(Path(verdicts_path).read_text(encoding="utf-8"))}
    rows: list[dict] = []
    with tempfile.TemporaryDirectory() as tmp, Corpus.init(os.path.join(tmp, "examples.db")) as corpus:
        for folder in map(Path, folders):
            if not (folder / "index.json").is_file():
                print(f"skipped {folder}: no index.json (its rows are kept)", file=sys.stderr)
                continue
            for meta in json.loads((folder / "index.json").read_text(encoding="utf-8")):
                path = folder / meta["file"]
                if not path.is_file():
                    continue
                try:
                    added = corpus.add(str(path), title=meta.get("title"), author=meta.get("author"),
                                       published=str(meta.get("date") or "") or None,
                                       kind=meta.get("kind") or "commentary")
                except InputError as error:     # (a text whose index gives no usable date: as make eval does)
                    print(f"skipped {path}: {error}", file=sys.stderr)
                    continue
                seen = set()
                for p in corpus.positions(added.document_id):
                    key = (f"{folder.name}/{meta['file']}", p.sentence, p.issue_id, p.polarity, p.kind)
                    if p.attribution != "author" or key in seen or key not in verdicts:
                        continue
                    seen.add(key)
                    rows.append({"group": folder.name, "fair": verdicts[key] == "fair", "features": sorted(set(features(
                        kind=p.kind, polarity=p.polarity, strength=p.strength, hedged=p.hedged, cues=p.cues,
                        text=p.sentence, issue=p.issue_id, document_kind=meta.get("kind") or "commentary")))})
    read = {row["group"] for row in rows}     # (a folder whose texts are all gone keeps its rows)
    kept = [json.loads(line) for line in EXAMPLES.read_text(encoding="utf-8").splitlines() if line] \
        if EXAMPLES.is_file() else []
    rows += [row for row in kept if row["group"] not in read]
    rows.sort(key=lambda r: (r["group"], r["features"], r["fair"]))
    EXAMPLES.parent.mkdir(parents=True, exist_ok=True)
    EXAMPLES.write_text("".join(json.dumps(r, sort_keys=True, separators=(",", ":")) + "\n" for r in rows),
                        encoding="utf-8")
    print(f"{len(rows)} judged readings ({sum(r['fair'] for r in rows)} fair), those of {len(folders)} folders read "
          f"again: wrote {EXAMPLES.relative_to(ROOT)}")
    return 0


def _round(group: str) -> str:
    """A batch's collection round: the letter its folder name starts with."""
    return group[:1]


def _matrix(rows: list[dict], index: dict[str, int]):
    """One row per judged reading, 1 where it has a feature of the vocabulary."""
    import numpy as np

    matrix = np.zeros((len(rows), len(index)))
    for i, row in enumerate(rows):
        for name in row["features"]:
            if name in index:
                matrix[i, index[name]] = 1.0
    return matrix


def _fit(rows: list[dict], index: dict[str, int]):
    from sklearn.linear_model import LogisticRegression

    return LogisticRegression(C=C, max_iter=5000).fit(_matrix(rows, index), [row["fair"] for row in rows])


def fit() -> int:
    import numpy as np

    rows = [json.loads(line) for line in EXAMPLES.read_text(encoding="utf-8").splitlines() if line]
    counts = Counter(name for row in rows for name in row["features"])
    vocabulary = sorted(name for name, n in counts.items() if n >= MIN_COUNT)
    index = {name: k for k, name in enumerate(vocabulary)}
    fair = np.array([row["fair"] for row in rows])
    rounds = sorted({_round(row["group"]) for row in rows})
    scored = np.zeros(len(rows))
    for held in rounds:
        at = [k for k, row in enumerate(rows) if _round(row["group"]) == held]
        model = _fit([row for row in rows if _round(row["group"]) != held], index)
        scored[at] = model.predict_proba(_matrix([rows[k] for k in at], index))[:, 1]
    from sklearn.metrics import roc_auc_score

    print(f"{len(rows)} judged readings, {int(fair.sum())} fair ({fair.mean():.0%}), {len(rounds)} collection rounds; "
          f"{len(vocabulary)} features. Cross-validated by round (each round scored by a model fitted on the others): "
          f"area under the ROC curve {roc_auc_score(fair, scored):.3f}")
    print("  confidence at least   readings kept   fair among them")
    for t in REPORTED:
        kept = scored >= t
        print(f"  {t:19.2f}   {int(kept.sum()):5d} ({kept.mean():4.0%})   {fair[kept].mean() if kept.any() else 0:.0%}")
    model = _fit(rows, index)
    digest = hashlib.sha256(EXAMPLES.read_bytes()).hexdigest()[:8]
    payload = {"version": f"fitted on {len(rows)} judged readings ({digest}), C={C}", "threshold": THRESHOLD,
               "move_threshold": MOVE_THRESHOLD,
               "intercept": round(float(model.intercept_[0]), 5),
               "coef": {name: round(float(c), 5) for name, c in zip(vocabulary, model.coef_[0]) if abs(c) >= 0.001}}
    MODEL.write_text(json.dumps(payload, sort_keys=True, separators=(",", ":")) + "\n", encoding="utf-8")
    print(f"thresholds {THRESHOLD:.2f} (new, unchanged) and {MOVE_THRESHOLD:.2f} (changes of view); "
          f"{len(payload['coef'])} features kept; wrote {MODEL.relative_to(ROOT)}")
    return 0


def main(argv: list[str]) -> int:
    if argv[:1] == ["collect"]:
        if len(argv) < 3:
            print("usage: python -m bench.train_confidence collect VERDICTS.json FOLDER...", file=sys.stderr)
            return 2
        return collect(argv[1], argv[2:])
    return fit()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
