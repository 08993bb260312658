"""Markdown: one heading per section pair, deletions struck through, insertions in bold.

Document text is escaped: HTML (which Markdown passes through to the page) becomes entities, and
Markdown's own punctuation is backslashed, so a document cannot inject markup or links."""

from __future__ import annotations

import html
import re

from . import pair_title, side_segments

_MD_SPECIAL = re.compile(r"([\\`*_~\[\]|#])")

_MD = {"del": ("~~", "~~"), "ins": ("**", "**"), "note": ("_", "_"), "": ("", "")}


def render_markdown(alignment, blocks, options) -> str:
    from ..view import summary

    counts = summary(alignment)
    lines = [f"# {_escape(alignment.left.label)} \u2192 {_escape(alignment.right.label)}", "",
             "Sections: " + ", ".join(f"{k} {v}" for k, v in counts["sections"].items()) + "  ",
             "Sentences: " + ", ".join(f"{k} {v}" for k, v in counts["sentences"].items()), ""]
    for block in blocks:
        title = block.left_heading if block.left_heading == block.right_heading else (
            f"{block.left_heading or '(none)'} \u2192 {block.right_heading or '(none)'}")
        lines += [f"## {_escape(title)} ({pair_title(block)})", ""]
        for row in block.rows:
            side = "left" if row.kind in ("deleted", "moved_to") else "right"
            if row.kind == "modified" or (row.kind == "moved_from" and row.diff):
                pieces = [(t, "del" if op == "-" else "ins" if op == "+" else "") for op, t in row.diff]
                if row.note:
                    pieces.insert(0, (f"({row.note}) ", "note"))
            else:
                pieces = side_segments(row, side)
            lines.append("- " + "".join(_wrap(text, style) for text, style in pieces))
        lines.append("")
    return "\n".join(lines)


def _wrap(text: str, style: str) -> str:
    if not style or not text.strip():
        return _escape(text)
    lead = text[: len(text) - len(text.lstrip())]
    trail = text[len(text.rstrip()):]
    return lead + _MD[style][0] + _escape(text.strip()) + _MD[style][1] + trail


def _escape(text: str) -> str:
    return _MD_SPECIAL.sub(r"\\\1", html.escape(text, quote=False))
