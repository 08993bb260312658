"""Two columns: left version on the left, right version on the right, wrapped to the width."""

from __future__ import annotations

import re

from . import pair_title, side_segments
from .textwidth import cut, display_width, pad

SEPARATOR = " \u2502 "
_STYLE = {"del": ("\x1b[31m", "\x1b[0m"), "ins": ("\x1b[32m", "\x1b[0m"), "note": ("\x1b[36m", "\x1b[0m"), "": ("", "")}
_MARK = {"del": ("[-", "-]"), "ins": ("{+", "+}"), "note": ("", ""), "": ("", "")}
MIN_COLUMN = 12


def render_side(alignment, blocks, options) -> str:
    column = max(MIN_COLUMN, (options.width - len(SEPARATOR)) // 2)
    lines = [_cells(alignment.left.label, alignment.right.label, column), "\u2550" * (2 * column + len(SEPARATOR))]
    for block in blocks:
        lines.append("")
        left_head = f"\u00a7 {block.left_heading}" if block.left_heading else "\u00a7 (none)"
        right_head = f"\u00a7 {block.right_heading}" if block.right_heading else "\u00a7 (none)"
        lines.extend(_row_lines([(left_head, "")], [(right_head + f"  [{pair_title(block)}]", "")], column, options.color))
        lines.append("\u2500" * column + "\u2500\u253c\u2500" + "\u2500" * column)
        for row in block.rows:
            lines.extend(_row_lines(side_segments(row, "left") if row.kind != "inserted" else [],
                                    side_segments(row, "right") if row.kind not in ("deleted", "moved_to") else [],
                                    column, options.color))
    return "\n".join(line.rstrip() for line in lines) + "\n"


def _cells(left: str, right: str, column: int) -> str:
    return pad(left, column) + SEPARATOR + cut(right, column)[0]


def _row_lines(left_segments, right_segments, column, color) -> list[str]:
    left_lines = wrap_segments(left_segments, column, color)
    right_lines = wrap_segments(right_segments, column, color)
    height = max(len(left_lines), len(right_lines), 1)
    left_lines += [("", 0)] * (height - len(left_lines))
    right_lines += [("", 0)] * (height - len(right_lines))
    return [text + " " * (column - width) + SEPARATOR + r_text for (text, width), (r_text, _) in zip(left_lines, right_lines)]


def wrap_segments(segments, width: int, color: bool) -> list[tuple[str, int]]:
    """Greedy word wrap of styled text; returns (rendered line, visible width) with width <= the column.

    Widths are display widths (a CJK character takes two cells); text without spaces, as Japanese
    is written, is broken wherever the column ends."""
    words: list[tuple[str, str, bool]] = []  # (word, style, space before)
    space_pending = False
    for text, style in segments:
        for n, part in enumerate(text.split()):
            for k, piece in enumerate(_break_points(part)):
                words.append((piece, style, k == 0 and (n > 0 or text[:1].isspace() or space_pending)))
            space_pending = False
        space_pending = space_pending or text[-1:].isspace()
    budget = width - (0 if color else 4)  # room for an opening and a closing marker
    opening = {style: 0 if color else len(_MARK[style][0]) for style in _MARK}
    closing = {style: 0 if color else len(_MARK[style][1]) for style in _MARK}
    lines: list[tuple[str, int]] = []
    current: list[tuple[str, str, bool]] = []  # the line being filled: (word, style, space before)
    used, last = 0, ""  # used: visible width without the final closing marker
    for word, style, space in words:
        while display_width(word) > budget and budget > 4:  # a token longer than the column: hard-break it
            if current:
                lines.append(_emit(current, color))
                current, used, last = [], 0, ""
            head, word = cut(word, budget)
            lines.append(_emit([(head, style, False)], color))
        space = bool(current) and space
        size = display_width(word)
        grow = (closing[last] if style != last else 0) + space + (opening[style] if style != last else 0) + size
        if current and used + grow + closing[style] > width:
            lines.append(_emit(current, color))
            current, used, last, space = [], 0, "", False
            grow = opening[style] + size
        current.append((word, style, space))
        used += grow
        last = style
    if current:
        lines.append(_emit(current, color))
    return lines


_WIDE_RUN = re.compile(r"[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf"
                       r"\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]")


def _break_points(word: str) -> list[str]:
    """Text in scripts written without spaces (Chinese, Japanese) may break between any two of its
    characters: each wide character becomes its own piece, joined back without a space."""
    if word.isascii() or not _WIDE_RUN.search(word):
        return [word]
    pieces, run = [], ""
    for ch in word:
        if _WIDE_RUN.match(ch):
            if run:
                pieces.append(run)
                run = ""
            pieces.append(ch)
        else:
            run += ch
    return pieces + [run] if run else pieces


def _emit(words, color) -> tuple[str, int]:
    table = _STYLE if color else _MARK
    out, visible, previous = [], 0, ""
    for word, style, space in words:
        if style != previous and previous:
            out.append(table[previous][1])
            visible += 0 if color else len(_MARK[previous][1])
        if space:
            out.append(" ")
            visible += 1
        if style != previous and style:
            out.append(table[style][0])
            visible += 0 if color else len(_MARK[style][0])
        out.append(word)
        visible += display_width(word)
        previous = style
    if previous:
        out.append(table[previous][1])
        visible += 0 if color else len(_MARK[previous][1])
    return "".join(out), visible
