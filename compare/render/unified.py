"""Unified text diff: '-' left, '+' right, ' ' unchanged; word changes marked inline."""

from __future__ import annotations

from . import pair_title, side_segments
from .side import _MARK, _STYLE


def render_unified(alignment, blocks, options) -> str:
    lines = [f"--- {alignment.left.label}", f"+++ {alignment.right.label}"]
    for block in blocks:
        lines.append(f"@@ \u00a7 {block.left_heading or '(none)'} -> \u00a7 {block.right_heading or '(none)'} "
                     f"({pair_title(block)}) @@")
        for row in block.rows:
            if row.kind == "equal":
                lines.append("  " + row.right)
                continue
            if row.kind in ("deleted", "moved_to", "modified") or (row.kind == "moved_from" and row.diff):
                lines.append("- " + _styled(side_segments(row, "left"), options.color))
            if row.kind in ("inserted", "modified", "moved_from"):
                lines.append("+ " + _styled(side_segments(row, "right"), options.color))
    return "\n".join(lines) + "\n"


def _styled(segments, color) -> str:
    """Inline word marks only where a line mixes kept and changed words."""
    if not any(style == "" for _, style in segments):
        segments = [(text, "note" if style == "note" else "") for text, style in segments]
    table = _STYLE if color else _MARK
    return "".join(table[style][0] + text + table[style][1] for text, style in segments)
