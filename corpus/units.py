"""Sizes in messages: exact bytes, so a limit of 1,024 B and a file of 1,025 B read differently."""

from __future__ import annotations

_UNITS = (("GB", 1024**3), ("MB", 1024**2), ("KB", 1024))


def describe_size(size: int) -> str:
    """'1,025 B (1.0 KB)', '20,971,520 B (20 MB)', '512 B': exact count first, rounded unit after."""
    exact = f"{size:,} B"
    for unit, scale in _UNITS:
        if size >= scale:
            rounded = size / scale
            shown = f"{rounded:.0f}" if rounded == int(rounded) else f"{rounded:.1f}"
            return f"{exact} ({shown} {unit})"
    return exact
