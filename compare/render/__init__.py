"""Renderers for an alignment: side, unified, markdown, html, json. Each returns one string."""

from __future__ import annotations

from dataclasses import dataclass

from ..model import Alignment
from ..view import build_view, select

FORMATS = ("side", "unified", "markdown", "html", "json")


@dataclass(frozen=True)
class RenderOptions:
    width: int = 120
    color: bool = False
    only_changes: bool = False
    section: str | None = None


def render(alignment: Alignment, fmt: str, options: RenderOptions = RenderOptions(), *, changes=()) -> str:
    """changes: position changes (compare.changes.Change) to show at their sentences; the html format uses them."""
    blocks = select(build_view(alignment), only_changes=options.only_changes, section=options.section)
    if fmt == "side":
        from .side import render_side as fn
    elif fmt == "unified":
        from .unified import render_unified as fn
    elif fmt == "markdown":
        from .markdown import render_markdown as fn
    elif fmt == "html":
        from .html import render_html as fn
    elif fmt == "json":
        from .jsonout import render_json as fn
    else:
        raise ValueError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
    return fn(alignment, blocks, options, changes=changes) if fmt == "html" else fn(alignment, blocks, options)


def side_segments(row, side: str) -> list[tuple[str, str]]:
    """(text, style) pieces for one side of a row; style is '', 'del', 'ins' or 'note'."""
    if side == "left":
        if row.kind in ("deleted", "moved_to"):
            pieces = [(row.left, "del")]
        elif row.diff and row.left is not None:
            pieces = [(t, "del" if op == "-" else "") for op, t in row.diff if op != "+"]
        else:
            pieces = [(row.left or "", "")]
    else:
        if row.kind == "inserted":
            pieces = [(row.right, "ins")]
        elif row.diff and row.right is not None:
            pieces = [(t, "ins" if op == "+" else "") for op, t in row.diff if op != "-"]
        else:
            pieces = [(row.right or "", "")]
    if row.note and ((side == "left") == (row.kind == "moved_to")):
        pieces = [(f"({row.note}) ", "note")] + pieces
    return [p for p in pieces if p[0]]


def pair_title(block) -> str:
    p = block.pair
    score = f" {p.score:.2f}" if p.left is not None and p.right is not None else ""
    return f"{p.relation}{score}"


def inline_markup(diff) -> str:
    """One line with [-deleted-] and {+inserted+} words, for terminals and logs."""
    marks = {"=": ("", ""), "-": ("[-", "-]"), "+": ("{+", "+}")}
    return "".join(marks[op][0] + text + marks[op][1] for op, text in diff)
