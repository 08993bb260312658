"""Sentence meaning as vectors, offline: WordLlama's static token embeddings, shipped inside its wheel.

Used to tag sentences with issues where no keyword matches and to pair claims across documents by meaning.
Nothing is downloaded: the model is loaded from the installed package folder with downloads disabled. When
the package is missing, or CORPUS_SEMANTIC is set to 0/off/false/no, every function here reports the layer as
off and the engine falls back to keywords and word overlap (the engine string records which was used).
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import chain, compress
from typing import TYPE_CHECKING, Any

from corpus.config import switched_off

from .text.cache import WordCache

if TYPE_CHECKING:
    import numpy as np

ENV_SWITCH = "CORPUS_SEMANTIC"
MODEL_NAME = "wordllama-0.4-l2_supercat-256"


def enabled() -> bool:
    return not switched_off(ENV_SWITCH) and _model() is not None


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


def embed_remembered(texts: list[str]) -> np.ndarray:
    """embed(texts), with the vectors of texts met before taken from a bounded memo: the judge embeds each base
    claim again for every commentary `compare --all` sets against the base. A text's vector is the same whatever
    texts it is embedded with (see _mean_token_vectors), so the memo changes no result."""
    import numpy as np

    if not texts:
        return embed([])
    missing = sorted(set(texts) - _REMEMBERED.keys())
    fresh = dict(zip(missing, embed(missing))) if missing else {}
    for text in missing[:max(REMEMBERED_LIMIT - len(_REMEMBERED), 0)]:
        _REMEMBERED[text] = fresh[text].copy()
    return np.stack([fresh[text] if text in fresh else _REMEMBERED[text] for text in texts])


REMEMBERED_LIMIT = 20_000      # vectors of 256 float32: about 20 MB at most
_REMEMBERED: dict[str, np.ndarray] = {}


_BATCH = 32     # texts per tokenizer call: smaller batches pad less (any size gives the same vectors)


@lru_cache(maxsize=1)
def _padded_table():
    """The model's token vectors with one row of zeros after them, for padding to point at."""
    import numpy as np

    table = _model().embedding
    return np.vstack([table, np.zeros((1, table.shape[1]), dtype=table.dtype)])


def _mean_token_vectors(texts: list[str]) -> np.ndarray:
    """What WordLlama.embed computes (the mean of each text's token vectors), bit for bit, but faster: tokenised
    piece by piece from a memo (_token_ids), or else with `encode_batch_fast`, which skips the character offsets
    we never use; and with padding pointed at a row of zeros instead of multiplied by the attention mask (a
    padded vector times 0.0 adds only zeros to the sum either way)."""
    import numpy as np

    model = _model()
    pieces = _piece_ids()
    encode: Any = getattr(model.tokenizer, "encode_batch_fast", None)
    if pieces is None and encode is None:      # an older tokenizers release
        return np.asarray(model.embed(texts), dtype=np.float32)
    table = _padded_table()
    rows = table.shape[0] - 1
    out = np.empty((len(texts), table.shape[1]), dtype=np.float32)
    for start in range(0, len(texts), _BATCH):
        batch = texts[start:start + _BATCH]
        if pieces is not None:
            token_ids = [_token_ids(text, pieces) for text in batch]
        else:
            token_ids = [list(compress(e.ids, e.attention_mask)) for e in encode(batch, add_special_tokens=False)]
        ids = np.full((len(batch), max(map(len, token_ids))), -1, dtype=np.int32)
        for row, found in enumerate(token_ids):
            ids[row, :len(found)] = found
        mask = ids >= 0
        np.clip(ids, 0, rows - 1, out=ids)
        ids[~mask] = rows
        counts = np.maximum(mask.sum(axis=1, keepdims=True), 1).astype(np.float32)
        out[start:start + _BATCH] = np.sum(table[ids], axis=1, dtype=np.float32) / counts
    return out


# The model's tokenizer (a SentencePiece-style BPE: spaces become "\u2581", and one is put before the text) runs
# its merges over the whole text as one word, about 25 us a sentence, and never twice on the same words. But
# no token of its vocabulary has a "\u2581" after any other character, so no merge joins across the start of a
# word: a text's tokens are those of its pieces ("\u2581\u2581word," is one) in turn, and a piece, met again and
# again, is tokenised once. _piece_ids checks what this rests on, and gives None (the tokenizer is asked)
# where it does not hold. The memo is keyed by a piece without its first "\u2581": in most texts, the words
# between single spaces.
_PIECE = re.compile("\u2581(\u2581*[^\u2581]*)")
PIECE_CACHE_LIMIT = 200_000


def _token_ids(text: str, pieces: WordCache[tuple[int, ...]]) -> list[int]:
    """The ids the tokenizer gives text (without special tokens)."""
    if not text:
        return []       # (nothing is put before an empty text)
    if "<" in text:     # (rare) it may write out a special token, "<s>", which the tokenizer finds as such
        return _model().tokenizer.encode(text, add_special_tokens=False).ids
    if "  " in text or "\u2581" in text or text[0] == " " or text[-1] == " ":
        keys = _PIECE.findall("\u2581" + text.replace(" ", "\u2581"))
    else:
        keys = text.split(" ")      # (the same keys, without the pattern)
    return list(chain.from_iterable(pieces.many(keys)))


@lru_cache(maxsize=1)
def _piece_ids() -> WordCache[tuple[int, ...]] | None:
    """Token ids of a text's pieces, remembered; None when the tokenizer is not one whose tokens can be found
    piece by piece (a normaliser other than the expected one, a pre-tokenizer, merges that span a piece)."""
    import json

    from tokenizers.models import BPE

    tokenizer = _model().tokenizer
    model = tokenizer.model
    if tokenizer.pre_tokenizer is not None or tokenizer.normalizer is None or json.loads(
            tokenizer.normalizer.__getstate__()) != _NORMALIZER or not isinstance(model, BPE) or model.dropout \
            or model.continuing_subword_prefix or model.end_of_word_suffix:
        return None
    if any("\u2581" in token.lstrip("\u2581") for token in tokenizer.get_vocab()) or not all(
            token.content.startswith("<") for token in tokenizer.get_added_tokens_decoder().values()):
        return None
    return WordCache(lambda key: tuple(token.id for token in model.tokenize("\u2581" + key)), PIECE_CACHE_LIMIT)


_NORMALIZER = {"type": "Sequence", "normalizers": [{"type": "Prepend", "prepend": "\u2581"},
                                                   {"type": "Replace", "pattern": {"String": " "}, "content": "\u2581"}]}
