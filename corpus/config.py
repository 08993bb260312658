"""Settings that must load without importing SQLite helpers (the CLI reads them for --help)."""

from __future__ import annotations

import os

DEFAULT_DB = "corpus.db"


def default_path() -> str:
    """--db, else $CORPUS_DB, else ./corpus.db."""
    return os.environ.get("CORPUS_DB") or DEFAULT_DB
