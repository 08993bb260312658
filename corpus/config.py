"""Settings that must load without importing SQLite helpers (the CLI reads them for --help)."""

from __future__ import annotations

import os

DEFAULT_DB = "corpus.db"


def default_path() -> str:
    """--db, else $CORPUS_DB, else ./corpus.db."""
    return os.environ.get("CORPUS_DB") or DEFAULT_DB


def switched_off(variable: str) -> bool:
    """Whether an environment switch that turns a part of the engine off is set so: 0, off, false or no, in any
    case (CORPUS_SEMANTIC, CORPUS_LEARNED_JUDGE, CORPUS_CONFIDENCE). Unset, the part is on."""
    return os.environ.get(variable, "").strip().lower() in ("0", "off", "false", "no")
