"""The diff as one self-contained HTML report an analyst can send: inline CSS, no scripts, no external assets.

Front matter: title and dates, a plain-words summary, a legend, the position changes (each linked to its
sentence) and a table of contents with an anchor per section pair. Then the two versions side by side:
renamed headings word-diffed, moved sections and sentences linked to where they came from, and each
position change shown under the sentence that carries it.

Runs of unchanged sentences collapse into one element each, so the DOM grows with the number of changes,
not with the length of the documents.
"""

from __future__ import annotations

from dataclasses import dataclass
from html import escape
from typing import TYPE_CHECKING

from . import side_segments

if TYPE_CHECKING:
    from ..view import Row

CHANGE_ORDER = ("reversed", "strengthened", "weakened", "new", "dropped", "reworded", "unchanged")
CHANGE_MEANING = {
    "reversed": "the stance flipped (for became against, or the reverse)",
    "strengthened": "a stronger modal, an intensifier, a hedge removed, or a warning told as having happened",
    "weakened": "a weaker modal or a hedge added, or a concern eased",
    "new": "a position the earlier text does not take",
    "dropped": "a position the later text no longer takes",
    "reworded": "new wording, same stance",
}

STANCE = {1: "for", -1: "against", 0: "neutral"}

BASE_CSS = """
:root{--del:#ffd7d5;--ins:#ccffd8;--line:#d0d7de;--muted:#57606a;--link:#0550ae;--bg2:#f6f8fa}
*{box-sizing:border-box}
body{font:15px/1.55 system-ui,-apple-system,"Segoe UI",sans-serif;margin:0;color:#1f2328;background:#fff}
a{color:var(--link)}
.front{max-width:1100px;padding:16px 20px 8px}
.front+.front{padding-top:0}
h1{font-size:21px;line-height:1.3;margin:0 0 4px}
h2{font-size:16px;margin:22px 0 8px;border-bottom:1px solid var(--line);padding-bottom:4px}
.meta{color:var(--muted);margin:0 0 10px}
.lead{margin:6px 0}
.counts{color:var(--muted);font-size:13px}
.counts span{margin-right:14px}
del{background:var(--del);text-decoration:line-through;text-decoration-color:#cf222e}
ins{background:var(--ins);text-decoration:none}
.badge{display:inline-block;padding:0 7px;border-radius:10px;font-size:12px;line-height:19px;font-weight:600;
 white-space:nowrap;border:1px solid transparent;vertical-align:1px}
.b-reversed{background:#ffebe9;color:#a40e26;border-color:#ff818266}
.b-strengthened{background:#dafbe1;color:#116329;border-color:#4ac26b66}
.b-weakened{background:#fff8c5;color:#7d4e00;border-color:#d4a72c66}
.b-new{background:#ddf4ff;color:#0550ae;border-color:#54aeff66}
.b-dropped{background:#eaeef2;color:#424a53;border-color:#afb8c166}
.b-reworded,.b-unchanged{background:#fff;color:#57606a;border-color:#d0d7de}
.rel{font-weight:400;font-size:12px;color:var(--muted);border:1px solid var(--line);border-radius:10px;padding:0 7px;
 white-space:nowrap}
.rel-moved,.rel-split,.rel-merged{color:#8250df;border-color:#c297ff}
.rel-renamed{color:#7d4e00;border-color:#d4a72c}
.rel-added{color:#116329;border-color:#4ac26b}
.rel-deleted{color:#a40e26;border-color:#ff8182}
.muted{color:var(--muted)}
@media print{
 *{-webkit-print-color-adjust:exact;print-color-adjust:exact}
 body{font-size:10.5pt}
 a{color:inherit;text-decoration:none}
 ins{text-decoration:underline;text-decoration-color:#1a7f37}
}
"""

REPORT_CSS = BASE_CSS + """
.legend{display:flex;flex-wrap:wrap;gap:6px 18px;font-size:13px;margin:4px 0}
.legend dt{display:inline}
.legend dd{display:inline;margin:0 0 0 4px;color:var(--muted)}
.legend div{white-space:nowrap}
table.pcs{border-collapse:collapse;width:100%;font-size:14px}
.pcs th,.pcs td{text-align:left;vertical-align:top;padding:5px 8px;border-bottom:1px solid var(--line)}
.pcs .nw{white-space:nowrap}
.pcs th{font-size:12px;color:var(--muted);font-weight:600}
ol.toc{margin:0;padding-left:26px;columns:2 340px;column-gap:28px;font-size:14px}
ol.toc li{break-inside:avoid;margin:1px 0}
ol.toc .same a{color:var(--muted)}
ol.toc small{color:var(--muted)}
.cols{position:sticky;top:0;z-index:2;display:grid;grid-template-columns:1fr 1fr;column-gap:24px;padding:6px 20px;
 background:var(--bg2);border-top:1px solid var(--line);border-bottom:1px solid var(--line);
 font-size:13px;font-weight:600}
.grid{display:grid;grid-template-columns:1fr 1fr;column-gap:24px;padding:0 20px 40px}
.grid>div{overflow-wrap:anywhere;padding:3px 0;min-width:0}
.sec{grid-column:1/3;display:grid;grid-template-columns:1fr 1fr;column-gap:24px;margin-top:22px;
 border-bottom:2px solid #8c959f;font-weight:600;scroll-margin-top:40px}
.sec>div{padding:2px 0}
.sec .none{font-weight:400;font-style:italic;color:var(--muted)}
.secnote{grid-column:1/3;font-size:13px;color:#8250df;padding:2px 0 0}
.row{border-bottom:1px solid #eaeef2;scroll-margin-top:40px}
.row.l{grid-column:1}.row.r{grid-column:2}  /* fixed columns: a one-sided box never shifts the next row */
.gone{color:var(--muted)}
.note{color:#8250df;font-size:13px;font-weight:600;text-decoration:none;white-space:nowrap}
.note:hover{text-decoration:underline}
.same{grid-column:1/3;color:var(--muted);padding:2px 0}
.same summary{cursor:pointer;font-size:13px}
.pc{grid-column:1/3;margin:4px 0 8px;padding:6px 10px;border-left:4px solid #d0d7de;background:var(--bg2);
 font-size:13.5px;scroll-margin-top:40px}
.pc-dropped{grid-column:1}.pc-new{grid-column:2}
.pc-reversed{border-left-color:#cf222e}.pc-strengthened{border-left-color:#1a7f37}
.pc-weakened{border-left-color:#bf8700}.pc-new{border-left-color:#0969da}.pc-dropped{border-left-color:#6e7781}
.pc p{margin:2px 0}
.pc .issue{font-weight:600}
.cues{color:var(--muted)}
.cues q{quotes:none;background:#fff;border:1px solid var(--line);border-radius:4px;padding:0 4px;color:#1f2328}
:target{outline:2px solid #8250df;outline-offset:2px}
@media (max-width:760px){
 .cols{display:none}
 .grid,.sec{grid-template-columns:1fr}
 .sec,.same,.pc,.pc-new,.secnote,.row.l,.row.r{grid-column:1}
 .sec>div:first-child:not(:only-child){color:var(--muted);font-weight:400}
 .sec.twin>div:first-child{display:none}
 .grid>.row:empty{display:none}
 .grid>.row.l:not(:empty){border-left:3px solid #ff8182;padding-left:8px;border-bottom:0}
 .grid>.row.r:not(:empty){border-left:3px solid #4ac26b;padding-left:8px}
 .legend div{white-space:normal}
 .pcs thead{display:none}
 .pcs tr{display:block;border-bottom:1px solid var(--line);padding:4px 0}
 .pcs td{display:inline-block;border:0;padding:2px 6px 2px 0}
 .pcs td:last-child{display:block}
}
@media print{
 .cols{position:static}
 .row,.pc,.sec{break-inside:avoid}
 .sec{break-after:avoid}
 ol.toc{columns:2}
}
"""


@dataclass(frozen=True)
class _Indexes:
    """Sentence id -> index in its version, for each side."""

    left_index: dict
    right_index: dict


def render_html(alignment, blocks, options) -> str:
    return report_page(alignment, blocks, options.changes)


def report_page(alignment, blocks, changes=(), *, nav: str = "", withheld=()) -> str:
    """The whole page. nav: optional HTML placed above the title (the corpus site links back to its index);
    withheld: the labels the confidence gate held back (the corpus site lists them after the changes)."""
    shown = [c for c in changes if c.change != "unchanged"]
    attached = _attach(alignment, blocks, shown)
    body = _diff_body(alignment, blocks, attached)
    title = _title(alignment)
    parts = ["<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">",
             "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">",
             f"<title>{escape(title)}</title><style>{REPORT_CSS}</style></head><body>",
             f"<header class=\"front\">{nav}<h1>{escape(title)}</h1>", _meta_line(alignment), "</header>",
             "<section class=\"front\">", _summary(alignment, changes), _legend(),
             _toc(blocks, attached), _changes_table(shown, attached), _withheld_table(withheld), "</section>",
             f"<div class=\"cols\" aria-hidden=\"true\"><div>{escape(alignment.left.label)}</div>"
             f"<div>{escape(alignment.right.label)}</div></div>",
             "<main class=\"grid\">", body, "</main></body></html>\n"]
    return "".join(parts)


def _title(alignment) -> str:
    left, right = alignment.left, alignment.right
    if left.ref.document_id == right.ref.document_id:
        return f"{left.title or left.ref.document_id}: version {left.ref.number} \u2192 {right.ref.number}"
    return f"{left.title or left.label} \u2192 {right.title or right.label}"


def _meta_line(alignment) -> str:
    def side(version):
        date = f", {version.published}" if version.published else ""
        return f"<b>{escape(version.label)}</b>{escape(date)}"

    return f"<p class=\"meta\">{side(alignment.left)} \u2192 {side(alignment.right)}</p>"


def _summary(alignment, changes) -> str:
    from ..view import summary

    counts = summary(alignment)
    sections, sentences = counts["sections"], counts["sentences"]
    changed_sentences = sum(v for k, v in sentences.items() if k != "equal")
    changed_sections = sum(v for k, v in sections.items() if k != "matched")
    label_counts = {label: sum(1 for c in changes if c.change == label) for label in CHANGE_ORDER}
    moved = [k for k in ("moved", "moved_modified") if k in sentences]
    lead = (f"{changed_sentences} of {sum(sentences.values())} sentence pairs changed"
            f"{' (' + str(sum(sentences[k] for k in moved)) + ' moved)' if moved else ''}; "
            f"{changed_sections} of {sum(sections.values())} section pairs are not a plain match.")
    if changes:
        moving = [f"{n} {label}" for label, n in label_counts.items() if n and label != "unchanged"]
        lead += (" Positions: " + (", ".join(moving) if moving else "none changed")
                 + f"; {label_counts['unchanged']} unchanged.")
    parts = [f"<h2 id=\"summary\">Summary</h2><p class=\"lead\">{escape(lead)}</p><p class=\"counts\">"]
    for group, values in counts.items():
        parts.append(f"<span><b>{group}:</b> " + ", ".join(f"{escape(k)} {v}" for k, v in values.items()) + "</span>")
    parts.append("</p>")
    return "".join(parts)


def _legend() -> str:
    items = ["<div><dt><del>struck</del></dt><dd>deleted words</dd></div>",
             "<div><dt><ins>highlighted</ins></dt><dd>inserted words</dd></div>",
             "<div><dt><span class=\"note\">\u21aa moved from \u00a7\u2026</span></dt><dd>links to where the "
             "text was</dd></div>",
             "<div><dt><span class=\"rel rel-renamed\">renamed</span></dt><dd>section pair relation</dd></div>"]
    items += [f"<div><dt><span class=\"badge b-{label}\">{label}</span></dt><dd>{escape(meaning)}</dd></div>"
              for label, meaning in CHANGE_MEANING.items()]
    return "<h2 id=\"legend\">Legend</h2><dl class=\"legend\">" + "".join(items) + "</dl>"


def _attach(alignment, blocks, changes) -> dict[int, list]:
    """Changes by id(row): each goes under the row of its later sentence, or of its earlier one when it was
    dropped. A change whose sentence is filtered out (--section, --only-changes) is only listed in the table."""
    right_index = {s.id: s.index for s in alignment.right.sentences}
    left_index = {s.id: s.index for s in alignment.left.sentences}
    right_rows: dict[int, Row] = {}
    left_rows: dict[int, Row] = {}
    for block in blocks:
        for row in block.rows:
            if row.right_index is not None:
                right_rows.setdefault(row.right_index, row)
            if row.left_index is not None and row.kind != "moved_from":
                left_rows.setdefault(row.left_index, row)
    attached: dict[int, list] = {}
    for change in changes:
        if change.right is not None:
            index, rows = right_index.get(change.right.sentence_id), right_rows
        else:
            index, rows = left_index.get(change.left.sentence_id), left_rows
        row = rows.get(index) if index is not None else None
        if row is not None:
            attached.setdefault(id(row), []).append(change)
    return attached


def _diff_body(alignment, blocks, attached) -> str:
    parts: list[str] = []
    anchors = _row_anchors(blocks)
    left_block = {b.pair.left: n for n, b in enumerate(blocks, 1) if b.pair.left is not None}
    indexes = _Indexes({s.id: s.index for s in alignment.left.sentences},
                       {s.id: s.index for s in alignment.right.sentences})
    for n, block in enumerate(blocks, 1):
        parts.append(_section_head(n, block, alignment, left_block))
        same: list[str] = []
        for row in block.rows:
            notes = attached.get(id(row), ())
            if row.kind == "equal" and not notes:
                same.append(row.right)
                continue
            _flush_same(parts, same)
            parts.append(_row(row))
            parts.extend(_change_box(group, row, indexes, anchors) for group in _same_verdicts(notes))
        _flush_same(parts, same)
    return "".join(parts)


def _same_verdicts(changes) -> list[list]:
    """Changes of one sentence pair with the same label and reason share a box (one line per issue would
    repeat it: a sentence about trade and regional order dropped once, not twice)."""
    groups: dict[tuple, list] = {}
    for change in changes:
        key = (change.change, change.explanation, change.left.sentence_id if change.left else None,
               change.right.sentence_id if change.right else None)
        groups.setdefault(key, []).append(change)
    return list(groups.values())


def _row_anchors(blocks) -> set[str]:
    anchors = set()
    for block in blocks:
        for row in block.rows:
            if row.left_index is not None and row.kind != "moved_from":
                anchors.add(f"L{row.left_index}")
            if row.right_index is not None:
                anchors.add(f"R{row.right_index}")
    return anchors


def _section_head(n, block, alignment, left_block) -> str:
    from ..alignment.worddiff import word_diff

    pair = block.pair
    left, right = block.left_heading, block.right_heading
    if pair.relation == "renamed" and left and right and left != right:
        diff = word_diff(left, right)
        left_html = "".join(f"<del>{escape(t)}</del>" if op == "-" else escape(t) for op, t in diff if op != "+")
        right_html = "".join(f"<ins>{escape(t)}</ins>" if op == "+" else escape(t) for op, t in diff if op != "-")
    else:
        left_html = escape(left) if left else "<span class=\"none\">not in this version</span>"
        right_html = escape(right) if right else "<span class=\"none\">not in this version</span>"
    badge = (f" <span class=\"rel rel-{pair.relation}\" title=\"score {pair.score:.2f}\">{escape(pair.relation)}"
             "</span>" if pair.relation != "matched" else "")
    note = _origin_note(pair, alignment, left_block) if pair.relation in ("moved", "split", "merged") else ""
    twin = " twin" if left == right else ""  # on a phone, an unchanged heading is shown once
    return f"<div class=\"sec{twin}\" id=\"s{n}\"><div>{left_html}</div><div>{right_html}{badge}</div>{note}</div>"


def _origin_note(pair, alignment, left_block) -> str:
    """Where a moved section sat in the earlier version: after which section, with a link to it."""
    if pair.left is None:
        return ""
    earlier = [k for k in left_block if k < pair.left]
    if not earlier:
        return "<div class=\"secnote\">\u21aa was the first section of the earlier version</div>"
    before = max(earlier)
    label = alignment.left.sections[before].label
    return (f"<div class=\"secnote\">\u21aa in the earlier version this came after "
            f"<a href=\"#s{left_block[before]}\">\u00a7 {escape(label)}</a></div>")


def _flush_same(parts: list[str], same: list[str]) -> None:
    if same:
        parts.append(f"<details class=\"same\"><summary>{len(same)} unchanged sentence{'s' if len(same) > 1 else ''}"
                     f"</summary>{escape(' '.join(same))}</details>")
        same.clear()


def _row(row) -> str:
    left = "" if row.kind == "inserted" else _cell(side_segments(row, "left"), row, "left")
    right = "" if row.kind in ("deleted", "moved_to") else _cell(side_segments(row, "right"), row, "right")
    left_id = f" id=\"L{row.left_index}\"" if row.left_index is not None and row.kind != "moved_from" else ""
    right_id = f" id=\"R{row.right_index}\"" if row.right_index is not None else ""
    gone = " gone" if row.kind == "moved_from" else ""
    return f"<div class=\"row l{gone}\"{left_id}>{left}</div><div class=\"row r\"{right_id}>{right}</div>"


def _cell(segments, row, side) -> str:
    out = []
    for text, style in segments:
        if style == "note":
            target = f"mf{row.link}" if side == "left" else f"mt{row.link}"
            anchor = f"mt{row.link}" if side == "left" else f"mf{row.link}"
            out.append(f"<a class=\"note\" id=\"{anchor}\" href=\"#{target}\">\u21aa {escape(text.strip(' ()'))}</a> ")
        elif style == "del":
            out.append(f"<del>{escape(text)}</del>")
        elif style == "ins":
            out.append(f"<ins>{escape(text)}</ins>")
        else:
            out.append(escape(text))
    return "".join(out)


def _change_box(group, row, alignment, anchors: set[str]) -> str:
    """Label, issues, explanation and the cue words behind each side's position; a link to the other
    sentence when it sits in another row (a moved or cross-document pair)."""
    change = group[0]
    issues = ", ".join(f"<span class=\"issue\">{escape(c.issue_id)}</span>" for c in group)
    extra_ids = "".join(f"<span id=\"{_change_anchor(c)}\"></span>" for c in group[1:])
    parts = [f"<div class=\"pc pc-{change.change}\" id=\"{_change_anchor(change)}\">{extra_ids}<p>"
             f"<span class=\"badge b-{change.change}\">{change.change}</span> {issues}: "
             f"{escape(change.explanation)}</p>"]
    for name, position, index, here, prefix in (
            ("before", change.left, alignment.left_index, row.left_index, "L"),
            ("after", change.right, alignment.right_index, row.right_index, "R")):
        if position is None:
            continue
        cues = _cue_list(position.cues)
        where = index.get(position.sentence_id)
        link = ""
        if where is not None and where != here and f"{prefix}{where}" in anchors:
            link = f" <a href=\"#{prefix}{where}\">see the sentence</a>"
        elif where != here:
            link = f" <span class=\"muted\">\u201c{escape(_clip(position.text, 90))}\u201d</span>"
        parts.append(f"<p class=\"cues\">{name}: {escape(position.kind)}, {STANCE[position.polarity]}, "
                     f"strength {position.strength:g}{'; cues: ' + cues if cues else ''}{link}</p>")
    parts.append("</div>")
    return "".join(parts)


def _cue_list(cues: dict) -> str:
    out = []
    for key in ("strength", "polarity", "hedges", "negations"):
        words = cues.get(key) or []
        if words:
            out.append(f"{key} " + " ".join(f"<q>{escape(w)}</q>" for w in dict.fromkeys(words)))
    return "; ".join(out)


def _change_anchor(change) -> str:
    left = change.left.sentence_id if change.left else "x"
    right = change.right.sentence_id if change.right else "x"
    return f"pc-{escape(change.issue_id)}-{left}-{right}"


def _changes_table(changes, attached) -> str:
    if not changes:
        return ""
    order = {id(c): n for n, c in enumerate(changes)}
    placed = {id(c) for rows in attached.values() for c in rows}
    rows = []
    for change in sorted(changes, key=lambda c: (CHANGE_ORDER.index(c.change), c.issue_id, order[id(c)])):
        sentence = (change.right or change.left).text
        where = (f"<a href=\"#{_change_anchor(change)}\">{escape(_clip(sentence, 110))}</a>"
                 if id(change) in placed else escape(_clip(sentence, 110)))
        rows.append(f"<tr><td><span class=\"badge b-{change.change}\">{change.change}</span></td>"
                    f"<td class=\"nw\">{escape(change.issue_id)}</td><td>{where}</td></tr>")
    return (f"<h2 id=\"positions\">Position changes ({len(changes)})</h2><table class=\"pcs\"><thead><tr><th>change"
            "</th><th>issue</th><th>sentence (links to it in the diff)</th></tr></thead><tbody>" + "".join(rows)
            + "</tbody></table>")


def _withheld_table(withheld) -> str:
    """The labels withheld, apart from those given: another writer's readings less confident than the label needs."""
    if not withheld:
        return ""
    rows = [f"<tr><td><span class=\"badge b-{c.change}\">{c.change}</span></td><td class=\"nw\">{escape(c.issue_id)}"
            f"</td><td class=\"nw\">{c.right.confidence:.3f} &lt; {c.needed:.2f}</td>"
            f"<td>{escape(_clip(c.right.text, 110))}</td></tr>" for c in withheld]
    return (f"<h2 id=\"withheld\">Labels withheld ({len(withheld)})</h2><p class=\"muted\">Not given: another "
            "writer's readings less confident than the label needs (compare/confidence.py). They are not counted "
            "above.</p><table class=\"pcs\"><thead><tr><th>label</th><th>issue</th><th>confidence &lt; needed</th>"
            "<th>later sentence</th></tr></thead><tbody>" + "".join(rows) + "</tbody></table>")


def _clip(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "\u2026"


def _toc(blocks, attached) -> str:
    items = []
    for n, block in enumerate(blocks, 1):
        heading = block.right_heading or block.left_heading or "(untitled)"
        edits = sum(1 for r in block.rows if r.kind != "equal")
        positions = sum(len(attached.get(id(r), ())) for r in block.rows)
        rel = (f" <span class=\"rel rel-{block.pair.relation}\">{block.pair.relation}</span>"
               if block.pair.relation != "matched" else "")
        info = []
        if edits:
            info.append(f"{edits} sentence change{'s' if edits > 1 else ''}")
        if positions:
            info.append(f"{positions} position change{'s' if positions > 1 else ''}")
        quiet = "" if (edits or positions or rel) else " class=\"same\""
        detail = f" <small>{', '.join(info)}</small>" if info else ""
        items.append(f"<li{quiet}><a href=\"#s{n}\">{escape(heading)}</a>{rel}{detail}</li>")
    return "<h2 id=\"contents\">Contents</h2><ol class=\"toc\">" + "".join(items) + "</ol>"
