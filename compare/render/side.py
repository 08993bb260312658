"""Two columns: left version on the left, right version on the right, wrapped to the width."""

from __future__ import annotations

from . import pair_title, side_segments

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
    return left[:column].ljust(column) + SEPARATOR + right[:column]


def _row_lines(left_segments, right_segments, column, color) -> list[str]:
    left_lines = wrap_segments(left_segments, column, color)
    right_lines = wrap_segments(right_segments, column, color)
    height = max(len(left_lines), len(right_lines), 1)
    left_lines += [("", 0)] * (height - len(left_lines))
    right_lines += [("", 0)] * (height - len(right_lines))
    return [text + " " * (column - width) + SEPARATOR + r_text for (text, width), (r_text, _) in zip(left_lines, right_lines)]


def wrap_segments(segments, width: int, color: bool) -> list[tuple[str, int]]:
    """Greedy word wrap of styled text; returns (rendered line, visible width) with width <= the column."""
    words: list[tuple[str, str, bool]] = []  # (word, style, space before)
    space_pending = False
    for text, style in segments:
        for n, part in enumerate(text.split()):
            words.append((part, style, n > 0 or text[:1].isspace() or space_pending))
            space_pending = False
        space_pending = space_pending or text[-1:].isspace()
    budget = width - (0 if color else 4)  # room for an opening and a closing marker
    opening = {style: 0 if color else len(_MARK[style][0]) for style in _MARK}
    closing = {style: 0 if color else len(_MARK[style][1]) for style in _MARK}
    lines, current, used, last = [], [], 0, ""  # used: visible width without the final closing marker
    for word, style, space in words:
        while len(word) > budget and budget > 4:  # a token longer than the column: hard-break it
            if current:
                lines.append(_emit(current, color))
                current, used, last = [], 0, ""
            lines.append(_emit([(word[:budget], style, False)], color))
            word = word[budget:]
        space = bool(current) and space
        grow = (closing[last] if style != last else 0) + space + (opening[style] if style != last else 0) + len(word)
        if current and used + grow + closing[style] > width:
            lines.append(_emit(current, color))
            current, used, last, space = [], 0, "", False
            grow = opening[style] + len(word)
        current.append((word, style, space))
        used += grow
        last = style
    if current:
        lines.append(_emit(current, color))
    return lines


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
        visible += len(word)
        previous = style
    if previous:
        out.append(table[previous][1])
        visible += 0 if color else len(_MARK[previous][1])
    return "".join(out), visible
