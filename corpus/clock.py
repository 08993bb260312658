"""The one clock: UTC timestamps as stored in every *_at column."""

from __future__ import annotations

import datetime as dt


def utc_now() -> str:
    """Now in UTC, ISO 8601 to the second (2026-01-31T12:00:00+00:00)."""
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
