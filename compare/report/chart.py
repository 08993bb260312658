"""Stance over time as an inline SVG: one column per document (oldest first), one dot per position.

A dot's height is its signed stance, polarity times strength less half a point per hedge: above the
line is for, below is against, on it neutral. The line joins each document's mean stance. No script:
each dot carries a <title> that browsers show on hover, and the page lists the same data in a table.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from html import escape

WIDTH, HEIGHT = 880, 320
MIN_STEP = 28            # pixels per document; more documents widen the chart, which then scrolls sideways
LABEL_GAP = 84           # a column label is drawn only this far from the one before, so labels never overlap
LEFT_MARGIN, RIGHT_MARGIN, TOP_MARGIN, BOTTOM_MARGIN = 74, 20, 20, 58
COLOURS = {1: "#1a7f37", -1: "#cf222e", 0: "#6e7781"}


@dataclass(frozen=True)
class Point:
    column: str            # the document (and version) the position is in
    date: str | None
    stance: float          # signed: polarity x effective strength
    polarity: int
    change: str | None     # against the previous document, if any
    tip: str               # hover text


def stance(polarity: int, effective_strength: float) -> float:
    return round(polarity * max(effective_strength, 0.0), 2)


def stance_chart(points: list[Point], *, title: str) -> str:
    """The SVG element; points in time order. Columns keep the order of their first point."""
    columns = list(dict.fromkeys(p.column for p in points))
    if not columns:
        return ""
    limit = max(4.0, math.ceil(max(abs(p.stance) for p in points)))
    width = max(WIDTH, LEFT_MARGIN + RIGHT_MARGIN + MIN_STEP * len(columns))
    plot_w = width - LEFT_MARGIN - RIGHT_MARGIN
    plot_h = HEIGHT - TOP_MARGIN - BOTTOM_MARGIN
    step = plot_w / len(columns)

    def x_of(column_index: int) -> float:
        return LEFT_MARGIN + step * (column_index + 0.5)

    def y_of(value: float) -> float:
        return TOP_MARGIN + plot_h * (limit - value) / (2 * limit)

    fixed = f" style=\"width:{width}px;max-width:none\"" if width > WIDTH else ""
    radius = 5.5 if step >= 40 else 3.5
    out = [f"<svg class=\"chart\" viewBox=\"0 0 {width} {HEIGHT}\"{fixed} role=\"img\" "
           f"aria-label=\"{escape(title)}\" font-family=\"system-ui,sans-serif\" font-size=\"12\">", f"<title>{escape(title)}</title>"]
    out += _axes(limit, y_of, plot_w)
    by_column: dict[str, list[Point]] = {}
    for p in points:
        by_column.setdefault(p.column, []).append(p)
    means: list[tuple[float, float]] = []
    last_label: float = -LABEL_GAP
    for n, column in enumerate(columns):
        group = by_column[column]
        means.append((x_of(n), y_of(sum(p.stance for p in group) / len(group))))
        if x_of(n) - last_label >= LABEL_GAP:
            out.append(_column_label(x_of(n), column, group[0].date, with_name=step >= 110))
            last_label = x_of(n)
    if len(means) > 1:
        out.append("<polyline fill=\"none\" stroke=\"#0969da\" stroke-width=\"2\" stroke-opacity=\"0.7\" points=\""
                   + " ".join(f"{x:.1f},{y:.1f}" for x, y in means) + "\"/>")
    for n, column in enumerate(columns):
        for p, dx in _side_by_side(by_column[column], min(step - 2 * radius, 240.0)):
            ring = " stroke=\"#1f2328\" stroke-width=\"2\"" if p.change == "reversed" else " stroke=\"#fff\""
            out.append(f"<circle cx=\"{x_of(n) + dx:.1f}\" cy=\"{y_of(p.stance):.1f}\" r=\"{radius}\" "
                       f"fill=\"{COLOURS[p.polarity]}\" fill-opacity=\"0.85\"{ring}>"
                       f"<title>{escape(p.tip)}</title></circle>")
    for x, y in means:
        out.append(f"<rect x=\"{x - 7:.1f}\" y=\"{y - 1.5:.1f}\" width=\"14\" height=\"3\" fill=\"#0969da\"/>")
    out.append("</svg>")
    return "".join(out)


def _side_by_side(group: list[Point], room: float) -> list[tuple[Point, float]]:
    """Dots of equal stance in one column sit side by side, centred, closer together when many."""
    rows: dict[float, list[Point]] = {}
    for p in group:
        rows.setdefault(p.stance, []).append(p)
    out = []
    for same in rows.values():
        gap = min(12.0, room / max(len(same) - 1, 1))
        out += [(p, (k - (len(same) - 1) / 2) * gap) for k, p in enumerate(same)]
    return out


def _axes(limit: float, y_of, plot_w: float) -> list[str]:
    out = []
    right = LEFT_MARGIN + plot_w
    for value in range(-int(limit), int(limit) + 1):
        y = y_of(value)
        colour, width = ("#57606a", 1.5) if value == 0 else ("#eaeef2", 1)
        out.append(f"<line x1=\"{LEFT_MARGIN}\" x2=\"{right:.1f}\" y1=\"{y:.1f}\" y2=\"{y:.1f}\" stroke=\"{colour}\" "
                   f"stroke-width=\"{width}\"/>")
        out.append(f"<text x=\"{LEFT_MARGIN - 8}\" y=\"{y + 4:.1f}\" text-anchor=\"end\" fill=\"#57606a\">"
                   f"{value:+d}</text>" if value else
                   f"<text x=\"{LEFT_MARGIN - 8}\" y=\"{y + 4:.1f}\" text-anchor=\"end\" fill=\"#57606a\">0</text>")
    out.append(f"<text x=\"14\" y=\"{y_of(limit / 2):.1f}\" fill=\"#1a7f37\" font-weight=\"600\" "
               f"transform=\"rotate(-90 14 {y_of(limit / 2):.1f})\" text-anchor=\"middle\">for</text>")
    out.append(f"<text x=\"14\" y=\"{y_of(-limit / 2):.1f}\" fill=\"#cf222e\" font-weight=\"600\" "
               f"transform=\"rotate(-90 14 {y_of(-limit / 2):.1f})\" text-anchor=\"middle\">against</text>")
    return out


def _column_label(x: float, column: str, date: str | None, *, with_name: bool) -> str:
    """The date under a column, and the document's id when the column is wide enough for it."""
    name = column if len(column) <= 26 else column[:25] + "\u2026"
    bottom = HEIGHT - BOTTOM_MARGIN
    date_label = (f"<text x=\"{x:.1f}\" y=\"{bottom + 20}\" text-anchor=\"middle\" font-weight=\"600\">"
                  f"{escape(date or 'undated')}<title>{escape(column)}</title></text>")
    if not with_name:
        return date_label
    return (date_label + f"<text x=\"{x:.1f}\" y=\"{bottom + 37}\" text-anchor=\"middle\" fill=\"#57606a\" "
            f"font-size=\"11\">{escape(name)}<title>{escape(column)}</title></text>")
