"""Run a user's SQL on a read-only connection: a write fails and changes nothing."""

from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from .errors import CorpusError


@dataclass(frozen=True)
class QueryResult:
    columns: list[str]
    rows: list[tuple]


def run_readonly(path: str, sql: str, params: tuple = ()) -> QueryResult:
    if not os.path.exists(path):
        raise CorpusError(f"{path}: no such database. Run 'corpus init' or pass --db PATH")
    uri = Path(path).resolve().as_uri() + "?mode=ro"
    conn = sqlite3.connect(uri, uri=True)
    try:
        conn.execute("PRAGMA query_only = ON")
        cursor = conn.execute(sql, params)
        columns = [d[0] for d in cursor.description] if cursor.description else []
        return QueryResult(columns, cursor.fetchall())
    except sqlite3.OperationalError as error:
        if "readonly" in str(error) or "read-only" in str(error) or "query_only" in str(error):
            raise CorpusError(f"'corpus sql' is read-only, so the statement was refused and nothing changed ({error}). "
                              "Use sqlite3 or sqlite-utils on the file to modify it") from None
        raise CorpusError(f"SQL error: {error}. Check the statement; "
                          "'corpus sql \"select name from sqlite_master\"' lists tables and views") from None
    except (sqlite3.Warning, sqlite3.ProgrammingError) as error:
        raise CorpusError(f"SQL error: {error}. Run one statement at a time") from None
    except sqlite3.Error as error:
        raise CorpusError(f"SQL error: {error}. Check the statement") from None
    finally:
        conn.close()
