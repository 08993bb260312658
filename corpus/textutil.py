"""Text normalisation shared by hashing, slugs and word counts."""

from __future__ import annotations

import hashlib
import re
import unicodedata

_QUOTES = str.maketrans({
    "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'",
    "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"',
    "\u2013": "-", "\u2014": "-", "\u2212": "-", "\u00a0": " ",
})


def sha256_text(text: str) -> str:
    """Content address of a version: SHA-256 of its UTF-8 text."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def normalise_sentence(text: str) -> str:
    """Case-, quote- and whitespace-insensitive form used for sentence identity."""
    if not text.isascii():
        if not unicodedata.is_normalized("NFKC", text):
            text = unicodedata.normalize("NFKC", text)
        text = text.translate(_QUOTES)
    return " ".join(text.casefold().split())


def sentence_hash(text: str) -> str:
    """Short stable hash of the normalised sentence (16 hex digits)."""
    return hashlib.blake2b(normalise_sentence(text).encode("utf-8"), digest_size=8).hexdigest()


def count_words(text: str) -> int:
    """Whitespace-separated words: what a reader counts, and cheap on the ingestion path."""
    return len(text.split())


def slugify(text: str, *, max_words: int | None = None) -> str:
    """ASCII slug: lower case, hyphen separated, at most max_words words of text."""
    ascii_text = unicodedata.normalize("NFKD", text.translate(_QUOTES)).encode("ascii", "ignore").decode()
    tokens = re.findall(r"[A-Za-z0-9]+(?:[-'][A-Za-z0-9]+)*", ascii_text)
    if max_words is not None:
        tokens = tokens[:max_words]
    slug = "-".join(tokens).lower().replace("'", "")
    return re.sub(r"-{2,}", "-", slug).strip("-")


def like_prefix(text: str) -> str:
    """A LIKE pattern (with ESCAPE '\\') matching values that start with text, wildcards in text taken literally."""
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
