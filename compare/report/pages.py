"""The corpus site's pages as HTML strings: index, document, issue. Comparison pages are the diff report.

Every page is self-contained (inline CSS, inline SVG, no script, nothing fetched) and links to the others
by relative paths, so the folder works from a disk, a file share or any static web server.
"""

from __future__ import annotations

from html import escape

from ..render.html import BASE_CSS, CHANGE_ORDER

SITE_CSS = BASE_CSS + """
.wrap{max-width:1100px;padding:0 20px 40px}
nav.site{padding:10px 20px;background:var(--bg2);border-bottom:1px solid var(--line);font-size:14px}
nav.site a{margin-right:16px}
table.data{border-collapse:collapse;width:100%;font-size:14px;margin:6px 0 10px}
.data th,.data td{text-align:left;vertical-align:top;padding:5px 8px;border-bottom:1px solid var(--line)}
.data th{font-size:12px;color:var(--muted);font-weight:600;white-space:nowrap}
.data td.n{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
.data .nw{white-space:nowrap}
.data td:empty{padding:0}
.data tr.group td{background:var(--bg2);font-weight:600;padding-top:8px}
.chartbox{overflow-x:auto}
.chartbox svg{min-width:560px}
.data td.wide{width:55%}
.data a{overflow-wrap:anywhere}
dl.facts{display:grid;grid-template-columns:max-content 1fr;gap:2px 16px;margin:8px 0}
dl.facts dt{color:var(--muted)}
dl.facts dd{margin:0}
.outline{list-style:none;padding:0;margin:0;font-size:14px}
.outline li{margin:1px 0}
.text h3{font-size:15px;margin:18px 0 4px}
.text p{margin:6px 0;max-width:75ch}
.chart{width:100%;height:auto;max-width:880px;display:block;margin:8px 0}
.key{font-size:13px;color:var(--muted);display:flex;flex-wrap:wrap;gap:4px 16px}
.dot{display:inline-block;width:10px;height:10px;border-radius:50%;vertical-align:-1px;margin-right:4px}
.pos{font-weight:600}
.pos-1{color:#1a7f37}.pos--1{color:#cf222e}.pos-0{color:#6e7781}
@media (max-width:760px){
 .data thead{display:none}
 .data tr{display:block;border-bottom:1px solid var(--line);padding:4px 0}
 .data td{display:inline-block;border:0;padding:2px 8px 2px 0}
 .data td.wide{display:block;width:auto}
 .data tr.group td{display:block}
}
@media print{nav.site{display:none}}
"""


def page(title: str, body: str, *, depth: int) -> str:
    """A full page; depth is how many folders below the site root it sits (for relative links)."""
    root = "../" * depth
    nav = (f"<nav class=\"site\"><a href=\"{root}index.html\">Corpus report</a><a href=\"{root}index.html#documents\">"
           f"Documents</a><a href=\"{root}index.html#issues\">Issues</a><a href=\"{root}index.html#comparisons\">"
           "Comparisons</a></nav>")
    return ("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
            f"<title>{escape(title)}</title><style>{SITE_CSS}</style></head><body>{nav}"
            f"<main class=\"wrap\"><h1 style=\"margin-top:16px\">{escape(title)}</h1>{body}</main></body></html>\n")


def nav_for_comparison() -> str:
    """The link bar above a comparison page (the diff report), which lives one folder down."""
    return ("<nav style=\"font-size:14px;margin-bottom:8px\"><a href=\"../index.html\">Corpus report</a> \u203a "
            "<a href=\"../index.html#comparisons\">Comparisons</a></nav>")


def table(headers: list[str], rows: list, *, numeric: tuple[int, ...] = (), wide: int | None = None) -> str:
    """Cells are already HTML. numeric: right-aligned columns; wide: the column that gets its own line on phones."""
    head = "".join(f"<th>{escape(h)}</th>" for h in headers)
    body = []
    for row in rows:
        if isinstance(row, str):  # a heading row spanning the table, already HTML
            body.append(f"<tr class=\"group\"><td colspan=\"{len(headers)}\">{row}</td></tr>")
            continue
        cells = []
        for n, cell in enumerate(row):
            cls = "n" if n in numeric else "wide" if n == wide else ""
            cells.append(f"<td class=\"{cls}\">{cell}</td>" if cls else f"<td>{cell}</td>")
        body.append("<tr>" + "".join(cells) + "</tr>")
    return f"<table class=\"data\"><thead><tr>{head}</tr></thead><tbody>{''.join(body)}</tbody></table>"


def link(href: str, text: str) -> str:
    return f"<a href=\"{escape(href)}\">{escape(text)}</a>"


def change_badges(counts: dict[str, int]) -> str:
    return " ".join(f"<span class=\"badge b-{label}\">{counts[label]} {label}</span>"
                    for label in CHANGE_ORDER if counts.get(label) and label != "unchanged") or \
        "<span class=\"muted\">none</span>"


def polarity(value: int) -> str:
    word = {1: "for", -1: "against", 0: "neutral"}[value]
    return f"<span class=\"pos pos-{value}\">{word}</span>"


def facts(items: list[tuple[str, str | None]]) -> str:
    rows = "".join(f"<dt>{escape(k)}</dt><dd>{v}</dd>" for k, v in items if v)
    return f"<dl class=\"facts\">{rows}</dl>"


def chart_key() -> str:
    return ("<p class=\"key\"><span><span class=\"dot\" style=\"background:#1a7f37\"></span>for</span>"
            "<span><span class=\"dot\" style=\"background:#cf222e\"></span>against</span>"
            "<span><span class=\"dot\" style=\"background:#6e7781\"></span>neutral</span>"
            "<span><span class=\"dot\" style=\"background:#fff;border:2px solid #1f2328\"></span>reversed against the "
            "base</span><span><span style=\"display:inline-block;width:18px;height:3px;background:#0969da;"
            "vertical-align:3px;margin-right:4px\"></span>mean stance of a document</span>"
            "<span>height: polarity \u00d7 strength, less half a point per hedge</span></p>")
