"""Terminal text for `compare` (each changed position once) and `timeline`, wrapped to a width.

A width of None means no wrapping: one line per item, for pipes and scripts. Widths are display
widths, so CJK text wraps where it reaches the edge.
"""

from __future__ import annotations

import os
import shutil
import sys

from .side import wrap_segments
from .textwidth import cut, display_width

CHANGE_ORDER = ("reversed", "strengthened", "weakened", "new", "dropped", "reworded", "unchanged")
INLINE_MIN_SHARED = 0.5   # below this share of kept words, two whole sentences read better than one diff
NO_WRAP = 10**9
MIN_TEXT = 24             # fewer cells than this beside a prefix, and the text starts on the next line


def terminal_width() -> int | None:
    """The terminal's width when writing to one (or when COLUMNS is set); None for a pipe or a file."""
    if os.environ.get("COLUMNS") or sys.stdout.isatty():
        return max(40, shutil.get_terminal_size((100, 40)).columns)
    return None


def count_line(counts: dict[str, int]) -> str:
    return "counts: " + ", ".join(f"{label} {counts.get(label, 0)}" for label in CHANGE_ORDER)


def withheld_line(labels: list[str]) -> str | None:
    """What the confidence gate held back, by label (judge._lacks), or None when nothing was."""
    if not labels:
        return None
    counts = {label: labels.count(label) for label in CHANGE_ORDER if label in labels}
    return (f"withheld: {len(labels)} label(s) on another writer's readings less confident than the label needs ("
            + ", ".join(f"{label} {n}" for label, n in counts.items())
            + "); the view withheld_change_detail has them, and CORPUS_CONFIDENCE=off gives them")


def format_changes(comparison, *, width: int | None = None) -> str:
    """A comparison's changed positions (compare.api.Comparison) grouped by issue: the label and why, then
    the sentences once: an inline word diff when they share most words, otherwise the earlier and the later."""
    from ..alignment.worddiff import word_diff

    lines = [f"{comparison.left} -> {comparison.right}"]
    counts: dict[str, int] = {}
    by_issue: dict[str, list] = {}
    for change in comparison.position_changes:
        counts[change.change] = counts.get(change.change, 0) + 1
        if change.change != "unchanged":
            by_issue.setdefault(change.issue_id, []).append(change)
    for issue in sorted(by_issue):
        lines += ["", f"== {issue}"]
        for change in by_issue[issue]:
            lines += wrap_plain(f"  [{change.change}] ", change.explanation, width, indent=4)
            left = change.left.sentence if change.left else None
            right = change.right.sentence if change.right else None
            if left and right and left != right:
                diff = word_diff(left, right)
                if _shared(diff) >= INLINE_MIN_SHARED:
                    lines += _wrap_diff("    ~ ", diff, width)
                    continue
            if left and (not right or left != right):
                lines += wrap_plain("    - ", left, width, indent=6)
            if right:
                lines += wrap_plain("    + " if left and left != right or not left else "    = ", right, width, indent=6)
    lines += ["", count_line(counts)]
    held = withheld_line([change.change for change in comparison.withheld])
    return "\n".join(lines + ([held] if held else [])) + "\n"


def format_timeline(entries, *, width: int | None = None) -> str:
    """One entry per document version, oldest first: date, version, the label against the base, the author's
    stance on the issue (positions, prevailing direction, mean strength, the confidence of its most trusted reading),
    then that sentence."""
    lines = []
    for n, e in enumerate(entries):
        date = (e.published or "undated")[:10]
        change = f"[{e.change}] " if e.change else ("[base] " if n == 0 else "")
        lines += wrap_plain(f"{date:10s}  ", f"{e.document_id}@{e.version}  {change}{e.positions} position(s), "
                            f"direction {e.polarity:+d} (+{e.positive}/-{e.negative}), strength {e.strength:g}"
                            + ("" if e.confidence is None else f", confidence {e.confidence:.3f}"),
                            width, indent=12)
        lines += wrap_plain("    ", e.evidence or "", width, indent=4)
    return "\n".join(lines) + "\n" if lines else ""


def _shared(diff) -> float:
    kept = sum(len(text.split()) for op, text in diff if op == "=")
    total = max(sum(len(text.split()) for op, text in diff if op != "+"),
                sum(len(text.split()) for op, text in diff if op != "-"), 1)
    return kept / total


def _wrap_diff(prefix: str, diff, width: int | None) -> list[str]:
    styles = {"=": "", "-": "del", "+": "ins"}
    segments = [(text, styles[op]) for op, text in diff]
    room = NO_WRAP if width is None else max(20, width - display_width(prefix))
    pad = " " * display_width(prefix)
    return [(prefix if n == 0 else pad) + text for n, (text, _) in enumerate(wrap_segments(segments, room, False))]


def _wrap_fields(head: str, width: int, indent: int) -> list[str]:
    """A header of fields separated by two spaces, packed whole onto lines (a field wider than a line is cut)."""
    lines, line = [], ""
    for field in head.split("  "):
        joined = f"{line}  {field}" if line.strip() else line + field
        if display_width(joined) <= width:
            line = joined
            continue
        if line.strip():
            lines.append(line)
        line = " " * indent + field
        while display_width(line) > width:
            part, rest = cut(line, width)
            lines.append(part)
            line = " " * indent + rest
    return lines + [line] if line.strip() else lines


def wrap_plain(prefix: str, text: str, width: int | None, *, indent: int) -> list[str]:
    """prefix + text, greedily wrapped at spaces (or anywhere in a word wider than a line); continuation
    lines start with indent spaces. The prefix is kept whole."""
    words = text.split()
    if width is None:
        return [prefix + " ".join(words)]
    if display_width(prefix) + MIN_TEXT > width:  # too little room beside the prefix: text goes below it
        return _wrap_fields(prefix.rstrip().rstrip(":"), width, indent) + wrap_plain(" " * indent, text, width,
                                                                                    indent=indent)
    lines, line, used = [], prefix, display_width(prefix)
    limit = max(width, display_width(prefix) + 10)
    for word in words:
        size = display_width(word)
        gap = 0 if line == prefix or line.isspace() else 1
        if used + gap + size <= limit:
            line, used = line + " " * gap + word, used + gap + size
            continue
        if line.strip() and used > indent:
            lines.append(line)
            line, used, gap = " " * indent, indent, 0
        while used + size > limit:  # a word longer than a line (or CJK text): break it at the edge
            head, word = cut(word, limit - used)
            lines.append(line + head)
            line, used = " " * indent, indent
            size = display_width(word)
        line, used = line + word, used + size
    lines.append(line)
    return [item.rstrip() for item in lines]
