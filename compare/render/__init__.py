"""Output formats for a comparison: a registry from name to renderer, and what renderers share.

Each renderer is a function (alignment, blocks, options) -> str in its own module, imported only
when used. Adding a format is one module plus one line in RENDERERS; the CLI's --format choices
and the API's format= argument both come from this table.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from corpus.errors import CorpusError

if TYPE_CHECKING:  # the CLI reads FORMATS for --help: import nothing heavy here
    from ..model import Alignment
    from ..view import SectionView

RENDERERS: dict[str, str] = {
    "side": "compare.render.side:render_side",
    "unified": "compare.render.unified:render_unified",
    "markdown": "compare.render.markdown:render_markdown",
    "html": "compare.render.html:render_html",
    "json": "compare.render.jsonout:render_json",
}
"""Format name -> 'module:function'. The first is the default."""

FORMATS = tuple(RENDERERS)

Renderer = Callable[["Alignment", "list[SectionView]", "RenderOptions"], str]


@dataclass(frozen=True)
class RenderOptions:
    width: int = 120
    color: bool = False
    only_changes: bool = False
    section: str | None = None
    changes: tuple = ()      # position changes (compare.changes.Change) that html shows at their sentences


def renderer(fmt: str) -> Renderer:
    """The function behind a format name."""
    target = RENDERERS.get(fmt)
    if target is None:
        raise CorpusError(f"unknown format {fmt!r}. Choose one of {', '.join(FORMATS)}")
    module, function = target.split(":")
    return getattr(importlib.import_module(module), function)


def render(alignment: Alignment, fmt: str, options: RenderOptions = RenderOptions()) -> str:
    """The alignment in a format; options.changes (position changes) are shown at their sentences by html."""
    from ..view import build_view, select

    fn = renderer(fmt)
    blocks = select(build_view(alignment), only_changes=options.only_changes, section=options.section)
    return fn(alignment, blocks, options)


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
