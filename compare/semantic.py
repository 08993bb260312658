"""Sentence meaning as vectors, offline: WordLlama's static token embeddings, shipped inside its wheel.

Used to tag sentences with issues where no keyword matches and to pair claims across documents by meaning.
Nothing is downloaded: the model is loaded from the installed package folder with downloads disabled. When
the package is missing, or CORPUS_SEMANTIC is set to 0/off/false/no, every function here reports the layer as
off and the engine falls back to keywords and word overlap (the engine string records which was used).
"""

from __future__ import annotations

import os
from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import numpy as np

ENV_SWITCH = "CORPUS_SEMANTIC"
MODEL_NAME = "wordllama-0.4-l2_supercat-256"


def enabled() -> bool:
    return os.environ.get(ENV_SWITCH, "").strip().lower() not in ("0", "off", "false", "no") and _model() is not None


def layer_name() -> str:
    """What the engine string records: the model, or 'off'."""
    return MODEL_NAME if enabled() else "off"


@lru_cache(maxsize=1)
def _model():
    try:
        import wordllama
        from wordllama import WordLlama
    except ImportError:
        return None
    from pathlib import Path

    folder = Path(wordllama.__file__).parent
    if not (folder / "weights").is_dir():
        return None
    return WordLlama.load(cache_dir=folder, disable_download=True)


def embed(texts: list[str]) -> np.ndarray:
    """Unit-length float32 rows, one per text (call only when enabled())."""
    import numpy as np

    if not texts:
        return np.zeros((0, 256), dtype=np.float32)
    # Texts of like length are embedded together: each batch is padded to its longest text, so sorted texts
    # waste less work on padding (about 40% less time); the padding only adds exact zeros to each text's sums,
    # so every vector is bit for bit what it would be in any other order.
    order = sorted(range(len(texts)), key=lambda k: len(texts[k]))
    embedded = _mean_token_vectors([texts[k] for k in order])
    vectors = np.empty_like(embedded)
    vectors[order] = embedded
    norms = np.linalg.norm(vectors, axis=1, keepdims=True)
    norms[norms == 0] = 1.0
    return vectors / norms


_BATCH = 32     # texts per tokenizer call: smaller batches pad less (any size gives the same vectors)


@lru_cache(maxsize=1)
def _padded_table():
    """The model's token vectors with one row of zeros after them, for padding to point at."""
    import numpy as np

    table = _model().embedding
    return np.vstack([table, np.zeros((1, table.shape[1]), dtype=table.dtype)])


def _mean_token_vectors(texts: list[str]) -> np.ndarray:
    """What WordLlama.embed computes (the mean of each text's token vectors), bit for bit, but faster: tokenised
    with `encode_batch_fast`, which skips the character offsets we never use (a third less time per call), and
    with padding pointed at a row of zeros instead of multiplied by the attention mask (a padded vector times 0.0
    adds only zeros to the sum either way)."""
    import numpy as np

    model = _model()
    encode = getattr(model.tokenizer, "encode_batch_fast", None)
    if encode is None:      # an older tokenizers release
        return np.asarray(model.embed(texts), dtype=np.float32)
    table = _padded_table()
    rows = table.shape[0] - 1
    out = np.empty((len(texts), table.shape[1]), dtype=np.float32)
    for start in range(0, len(texts), _BATCH):
        encoded = encode(texts[start:start + _BATCH], add_special_tokens=False)
        ids = np.array([e.ids for e in encoded], dtype=np.int32)
        mask = np.array([e.attention_mask for e in encoded], dtype=np.float32)
        np.clip(ids, 0, rows - 1, out=ids)
        ids[mask == 0] = rows
        counts = np.maximum(mask.sum(axis=1, keepdims=True), 1.0).astype(np.float32)
        out[start:start + _BATCH] = np.sum(table[ids], axis=1, dtype=np.float32) / counts
    return out
