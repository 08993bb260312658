"""One self-contained HTML page: inline CSS, no scripts or external assets.

Runs of unchanged sentences collapse into one element each, so the DOM grows with the
number of changes, not with the length of the documents.
"""

from __future__ import annotations

from html import escape

from . import pair_title, side_segments

CSS = """
body{font:15px/1.5 system-ui,sans-serif;margin:0;color:#222;background:#fff}
header{padding:12px 20px;border-bottom:1px solid #ccc;background:#f6f8fa}
h1{font-size:18px;margin:0 0 6px}
.summary span{display:inline-block;margin-right:12px}
.grid{display:grid;grid-template-columns:1fr 1fr;column-gap:24px;padding:0 20px}
.grid>div{overflow-wrap:anywhere;padding:3px 0}
.sec{grid-column:1/3;display:grid;grid-template-columns:1fr 1fr;column-gap:24px;margin-top:18px;
 border-bottom:2px solid #999;font-weight:600}
.rel{font-weight:400;color:#666;font-size:13px}
del{background:#ffd7d5;text-decoration:line-through}
ins{background:#ccffd8;text-decoration:none}
.note{color:#0366d6;font-size:13px}
.same{grid-column:1/3;color:#555}
.same summary{cursor:pointer;color:#888;font-size:13px}
.row{border-bottom:1px solid #eee}
"""


def render_html(alignment, blocks, options) -> str:
    from ..view import summary

    counts = summary(alignment)
    title = f"{alignment.left.label} \u2192 {alignment.right.label}"
    parts = ["<!DOCTYPE html>", "<html lang=\"en\"><head><meta charset=\"utf-8\">",
             f"<title>{escape(title)}</title><style>{CSS}</style></head><body>",
             f"<header><h1>{escape(title)}</h1><div class=\"summary\">"]
    for group, values in counts.items():
        parts.append(f"<span><b>{group}:</b> " + ", ".join(f"{escape(k)} {v}" for k, v in values.items()) + "</span>")
    parts.append("</div></header><main class=\"grid\">")
    for block in blocks:
        parts.append(f"<div class=\"sec\"><div>{escape(block.left_heading or '(none)')}</div><div>"
                     f"{escape(block.right_heading or '(none)')} <span class=\"rel\">{escape(pair_title(block))}"
                     "</span></div></div>")
        same: list[str] = []
        for row in block.rows:
            if row.kind == "equal":
                same.append(row.right)
                continue
            _flush_same(parts, same)
            parts.append(_row(row))
        _flush_same(parts, same)
    parts.append("</main></body></html>\n")
    return "".join(parts)


def _flush_same(parts: list[str], same: list[str]) -> None:
    if same:
        parts.append(f"<details class=\"same\"><summary>{len(same)} unchanged sentence{'s' if len(same) > 1 else ''}"
                     f"</summary>{escape(' '.join(same))}</details>")
        same.clear()


def _row(row) -> str:
    left = "" if row.kind == "inserted" else _cell(side_segments(row, "left"), row, "left")
    right = "" if row.kind in ("deleted", "moved_to") else _cell(side_segments(row, "right"), row, "right")
    return f"<div class=\"row\">{left}</div><div class=\"row\">{right}</div>"


def _cell(segments, row, side) -> str:
    out = []
    for text, style in segments:
        if style == "note":
            target = f"mf{row.link}" if side == "left" else f"mt{row.link}"
            anchor = f"mt{row.link}" if side == "left" else f"mf{row.link}"
            out.append(f"<a class=\"note\" id=\"{anchor}\" href=\"#{target}\">{escape(text.strip())}</a> ")
        elif style == "del":
            out.append(f"<del>{escape(text)}</del>")
        elif style == "ins":
            out.append(f"<ins>{escape(text)}</ins>")
        else:
            out.append(escape(text))
    return "".join(out)
