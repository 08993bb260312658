"""JSON: the full alignment, deterministic (sorted keys, no timestamps)."""

from __future__ import annotations

import json

from .. import ENGINE
from ..view import summary


def render_json(alignment, blocks, options) -> str:
    left, right = alignment.left, alignment.right
    payload = {
        "engine": ENGINE,
        "params": alignment.params,
        "left": {"ref": left.label, "title": left.title, "published": left.published},
        "right": {"ref": right.label, "title": right.title, "published": right.published},
        "summary": summary(alignment),
        "sections": [{
            "left_heading": b.left_heading, "right_heading": b.right_heading, "relation": b.pair.relation,
            "score": b.pair.score, "matched_by": b.pair.matched_by,
            "sentences": [{"op": r.kind, "left": r.left, "right": r.right, "similarity": r.similarity,
                           "note": r.note, "diff": [list(d) for d in r.diff] if r.diff else None} for r in b.rows],
        } for b in blocks],
    }
    return json.dumps(payload, ensure_ascii=False, sort_keys=True, indent=1) + "\n"
