"""Turn a failure of the machine (disk full, read-only file, missing folder, lock) into one line
that says what happened, the cause and the fix, instead of a traceback."""

from __future__ import annotations

import errno
import sqlite3

_FIX_FULL = "Free disk space (or move the database with --db) and run the command again"
_FIX_READ_ONLY = "Make the file and its folder writable, or work on a copy"


def describe_database_error(error: sqlite3.Error, path: str, *, opening: bool = False) -> str:
    """One line for a SQLite failure on the database at path."""
    code = getattr(error, "sqlite_errorcode", None)
    message = str(error)
    if code == sqlite3.SQLITE_FULL or "disk is full" in message:
        return f"{path}: the disk is full ({message}); the unit of work that failed was rolled back. {_FIX_FULL}"
    if code == sqlite3.SQLITE_READONLY or "readonly" in message:
        return f"{path}: the database is read-only ({message}), so nothing was changed. {_FIX_READ_ONLY}"
    if code == sqlite3.SQLITE_CANTOPEN or "unable to open" in message:
        return (f"{path}: cannot open the database ({message}). Check that its folder exists and that you may read "
                "and write there")
    if code in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED) or "locked" in message:
        return f"{path}: another process has held the database locked too long ({message}). Wait for it and retry"
    if code == sqlite3.SQLITE_IOERR or "disk I/O" in message:
        return f"{path}: a disk I/O error ({message}); nothing was committed for the failing step. Check the disk"
    if opening or code in (sqlite3.SQLITE_NOTADB, sqlite3.SQLITE_CORRUPT):
        return (f"{path}: cannot open as a corpus database ({message}). Check the --db path or CORPUS_DB; it must "
                "be a corpus database or a new file name")
    return f"{path}: database error ({message}). Run 'corpus verify' to check the database"


def describe_failure(error: BaseException, db_path: str) -> str:
    """One line for any failure a command did not report itself (db_path names the database in SQLite errors)."""
    if isinstance(error, sqlite3.Error):
        return describe_database_error(error, db_path)
    if isinstance(error, OSError):
        if error.errno == errno.EPIPE:
            return "the output was closed before everything was written (broken pipe)"
        where = error.filename or "output"
        if error.errno == errno.ENOSPC:
            return f"{where}: no space left on the device, so it was not written. {_FIX_FULL}"
        if error.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
            return f"{where}: not allowed to write here ({error.strerror}). Choose a writable path"
        return f"{where}: {error.strerror or error}. Check the path and its folder"
    if isinstance(error, OverflowError):
        return f"a number is too large ({error}). Use a smaller value"
    return f"{type(error).__name__}: {error}"
