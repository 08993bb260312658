"""`corpus report -o DIR`: a static site for the whole corpus, written all at once or not at all.

index.html, documents/DOC.html, comparisons/N.html (the diff report of each recorded comparison, with
its position changes) and issues/ISSUE.html (stance over time as an SVG chart, oldest first). Pages are
built from what the database records; the site is written into a temporary folder beside DIR and
renamed into place, so a failure leaves no half-written site, and an existing DIR is replaced only when
asked and only if it holds an earlier report.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import tempfile
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from corpus.errors import CorpusError
from corpus.store import Store

from ..changes import PositionRow
from . import pages as ui
from .chart import Point, stance, stance_chart

MARKER = ".corpus-report"   # written into every site; --replace refuses a folder without it


class ReportError(CorpusError):
    """The site cannot be written where asked; nothing was written."""


@dataclass(frozen=True)
class SiteSummary:
    path: str
    pages: int
    documents: int
    comparisons: int
    issues: int


def build_site(store: Store, out_dir: str, *, replace: bool = False) -> SiteSummary:
    target = Path(out_dir)
    _check_target(target, replace)
    counts: Counter[str] = Counter()
    written = _write_atomically(target, _pages(store, counts))
    return SiteSummary(str(target), written, counts["documents"], counts["comparisons"], counts["issues"])


def _check_target(target: Path, replace: bool) -> None:
    if target.exists() and not target.is_dir():
        raise ReportError(f"{target}: is a file, not a folder. Choose a folder name for -o")
    if not target.parent.is_dir():
        raise ReportError(f"{target}: the folder {target.parent} does not exist. Create it first or choose "
                          "another path")
    if target.is_dir():
        if not replace:
            raise ReportError(f"{target}: already exists. Pass --replace to overwrite an earlier report, "
                              "or choose a new folder")
        if any(target.iterdir()) and not (target / MARKER).exists():
            raise ReportError(f"{target}: is not an earlier corpus report (no {MARKER} file), so --replace will "
                              "not delete it. Choose a new folder")


def _write_atomically(target: Path, files: Iterator[tuple[str, str]]) -> int:
    parent = target.parent
    try:
        staging = Path(tempfile.mkdtemp(prefix=f".{target.name}.", suffix=".tmp", dir=parent))
    except OSError as error:
        raise ReportError(f"{target}: cannot write in {parent} ({error.strerror}). Choose a folder you can "
                          "write to") from None
    count = 0
    try:
        for relative, content in files:
            path = staging / relative
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(content, encoding="utf-8")
            count += 1
        (staging / MARKER).write_text("written by corpus report; corpus report --replace may replace this folder\n",
                                      encoding="utf-8")
        os.chmod(staging, 0o755)  # mkdtemp makes it private; a site is meant to be read
        _swap_into_place(staging, target)
    except OSError as error:
        raise ReportError(f"{target}: could not be written ({error.strerror}); nothing was changed. "
                          "Check free space and permissions") from None
    finally:
        if staging.exists():
            shutil.rmtree(staging, ignore_errors=True)
    return count


def _swap_into_place(staging: Path, target: Path) -> None:
    """Rename the finished site over target; an earlier report is moved aside first and removed last."""
    if not target.exists():
        os.rename(staging, target)
        return
    aside = Path(tempfile.mkdtemp(prefix=f".{target.name}.", suffix=".old", dir=target.parent))
    os.rename(target, aside / "site")
    try:
        os.rename(staging, target)
    except OSError:
        os.rename(aside / "site", target)
        raise
    finally:
        shutil.rmtree(aside, ignore_errors=True)


def file_name(identifier: str) -> str:
    """A safe file name for an id; ids that need changing get a short hash so two never collide."""
    safe = re.sub(r"[^A-Za-z0-9._-]", "_", identifier).lstrip(".") or "_"
    if safe != identifier:
        safe += "-" + hashlib.sha256(identifier.encode()).hexdigest()[:8]
    return safe


def _pages(store: Store, counts: Counter) -> Iterator[tuple[str, str]]:
    from corpus.inspect import list_documents

    from ..taxonomy import load_issues
    from .recorded import recorded_comparisons

    documents = list_documents(store)
    comparisons = recorded_comparisons(store)
    issues = load_issues(store)
    timelines = {issue.id: _timeline(store, issue.id) for issue in issues}
    comparison_counts = {c.id: _change_counts(store, c.id) for c in comparisons}
    titles = {d.id: d.title for d in documents}
    yield "index.html", _index(store, documents, comparisons, issues, timelines, comparison_counts)
    for document in documents:
        counts["documents"] += 1
        yield f"documents/{file_name(document.id)}.html", _document_page(store, document, comparisons,
                                                                          comparison_counts)
    for comparison in comparisons:
        counts["comparisons"] += 1
        yield f"comparisons/{comparison.id}.html", _comparison_page(store, comparison)
    for issue in issues:
        counts["issues"] += 1
        yield f"issues/{file_name(issue.id)}.html", _issue_page(issue, timelines[issue.id], titles)


@dataclass(frozen=True)
class IssuePoint:
    """One recorded author position on an issue, with the label its latest comparison gave it."""

    date: str | None
    document_id: str
    version: int
    position: PositionRow
    change: str | None
    explanation: str | None


def _timeline(store: Store, issue_id: str) -> list[IssuePoint]:
    """The author's recorded positions on the issue, oldest first (the site renders what is recorded)."""
    rows = store.conn.execute("""
        SELECT p.published, p.document_id, p.version, p.id, p.sentence_id, p.kind, p.polarity, p.strength, p.hedged,
               p.target, p.cues, p.sentence, pc.change, pc.explanation, p.confidence
        FROM position_detail p
        LEFT JOIN position_changes pc ON pc.id = (SELECT max(id) FROM position_changes WHERE right_position_id = p.id)
        WHERE p.issue_id = ? AND p.attribution = 'author'
        ORDER BY coalesce(p.published, '9999'), p.document_id, p.version, p.sentence_id""", (issue_id,)).fetchall()
    return [IssuePoint(r[0], r[1], r[2], PositionRow(r[3], r[4], issue_id, r[5], r[6], r[7], bool(r[8]), r[9],
                                                       json.loads(r[10]), r[11], confidence=r[14]), r[12], r[13])
            for r in rows]


def _change_counts(store: Store, comparison_id: int) -> dict[str, int]:
    return dict(store.conn.execute("SELECT change, count(*) FROM position_changes WHERE comparison_id = ? "
                                   "GROUP BY change ORDER BY change", (comparison_id,)).fetchall())


def _sentence_changes(store: Store, comparison_id: int) -> int:
    return store.conn.execute("SELECT count(*) FROM sentence_alignments WHERE comparison_id = ? AND op != 'equal'",
                              (comparison_id,)).fetchone()[0]


def _doc_link(document_id: str, depth: int, text: str | None = None) -> str:
    return ui.link(f"{'../' * depth}documents/{file_name(document_id)}.html", text or document_id)


def _index(store, documents, comparisons, issues, timelines, comparison_counts) -> str:
    versions = store.conn.execute("SELECT count(*) FROM versions").fetchone()[0]
    intro = (f"<p class=\"lead\">{len(documents)} documents ({versions} versions), {len(comparisons)} recorded "
             f"comparisons, {len(issues)} issues. Each comparison page is the full diff report; each issue page "
             "charts the positions taken on it, oldest first.</p>")
    document_rows = [[_doc_link(d.id, 0, d.title or d.id) + f"<br><small class=\"muted\">{ui.escape(d.id)}</small>",
                      ui.escape(d.author or ""), f"<span class=\"nw\">{ui.escape(d.published or 'undated')}</span>",
                      ui.escape(d.kind or ""), str(d.versions), f"{d.words:,}"] for d in documents]
    issue_rows = []
    for issue in issues:
        entries = timelines[issue.id]
        moves = Counter(e.change for e in entries if e.change)
        issue_rows.append([ui.link(f"issues/{file_name(issue.id)}.html", issue.label), ui.escape(issue.id),
                           str(len(entries)), str(len({e.document_id for e in entries})), ui.change_badges(moves)])
    comparison_rows = [[f"<span class=\"nw\">{ui.link(f'comparisons/{c.id}.html', f'#{c.id}')}</span>",
                        _doc_link(c.left.document_id, 0, str(c.left)) + " \u2192 "
                        + _doc_link(c.right.document_id, 0, str(c.right)),
                        str(_sentence_changes(store, c.id)), ui.change_badges(comparison_counts[c.id])]
                       for c in comparisons]
    body = [intro, "<h2 id=\"documents\">Documents</h2>",
            ui.table(["document", "author", "date", "kind", "versions", "words"], document_rows, numeric=(4, 5),
                     wide=0),
            "<h2 id=\"issues\">Issues</h2>",
            ui.table(["issue", "id", "positions", "documents", "changes between documents"], issue_rows,
                     numeric=(2, 3)) if issues else "<p class=\"muted\">No issues defined.</p>",
            "<h2 id=\"comparisons\">Comparisons</h2>",
            ui.table(["", "left \u2192 right", "sentences changed", "position changes"], comparison_rows, numeric=(2,),
                     wide=1) if comparisons else
            "<p class=\"muted\">No comparisons recorded yet. Run <code>corpus compare --all</code>.</p>"]
    return ui.page("Corpus report", "".join(body), depth=0)


def _document_page(store, document, comparisons, comparison_counts) -> str:
    from corpus.inspect import version_log

    latest = store.resolve(f"{document.id}@{document.versions}") if document.versions else None
    url = store.conn.execute("SELECT url, publisher FROM documents WHERE id = ?", (document.id,)).fetchone()
    body = [ui.facts([("id", ui.escape(document.id)), ("author", ui.escape(document.author or "")),
                      ("publisher", ui.escape(url[1] or "")), ("date", ui.escape(document.published or "")),
                      ("kind", ui.escape(document.kind or "")),
                      ("source", ui.link(url[0], url[0]) if url[0] else None)])]
    log = version_log(store, document.id)
    body.append("<h2>Versions</h2>" + ui.table(
        ["version", "added", "words", "sentences", "added / removed", "note"],
        [[str(v.number), f"<span class=\"nw\">{ui.escape(v.added_at[:19].replace('T', ' '))}</span>", f"{v.words:,}",
          str(v.sentences), f"+{v.added} / \u2212{v.removed}", ui.escape(v.note or "")] for v in log],
        numeric=(0, 2, 3)))
    related = [c for c in comparisons if document.id in (c.left.document_id, c.right.document_id)]
    if related:
        body.append("<h2>Comparisons</h2>" + ui.table(
            ["", "left \u2192 right", "position changes"],
            [[f"<span class=\"nw\">{ui.link(f'../comparisons/{c.id}.html', f'#{c.id}')}</span>",
              ui.escape(f"{c.left} \u2192 {c.right}"),
              ui.change_badges(comparison_counts[c.id])] for c in related], wide=1))
    if latest is not None:
        body.append(_positions_section(store, latest))
        body.append(_text_section(store, latest))
    return ui.page(document.title or document.id, "".join(body), depth=1)


def _positions_section(store, ref) -> str:
    from ..changes import load_positions

    positions = load_positions(store, ref.version_id)
    if not positions:
        return f"<h2>Positions in version {ref.number}</h2><p class=\"muted\">None recorded.</p>"
    rows: list = []
    issue = None
    for p in sorted(positions, key=lambda p: (p.issue_id, p.sentence_id)):
        if p.issue_id != issue:  # a heading row per issue, then its positions
            issue = p.issue_id
            rows.append(ui.link(f"../issues/{file_name(issue)}.html", issue))
        rows.append([ui.polarity(p.polarity), ui.escape(p.kind), f"{p.strength:g}", _confidence(p), ui.escape(p.text)])
    return (f"<h2>Positions in version {ref.number} ({len(positions)})</h2>"
            + ui.table(["stance", "kind", "strength", "confidence", "sentence"], rows, numeric=(2, 3), wide=4))


def _confidence(p: PositionRow) -> str:
    """The reading's confidence as recorded (compare/confidence.py: three places, so that a reading just under the
    threshold does not show it); blank for another's view, with the model off, and for a position analysed before
    confidences were recorded (the next command that reads the version's positions analyses it again)."""
    return "" if p.confidence is None else f"{p.confidence:.3f}"


def _text_section(store, ref) -> str:
    text = store.conn.execute("SELECT text FROM versions WHERE id = ?", (ref.version_id,)).fetchone()[0]
    sections = store.conn.execute("SELECT id, heading, level FROM sections WHERE version_id = ? ORDER BY ordinal",
                                  (ref.version_id,)).fetchall()
    paragraphs: dict[int, list[str]] = {}
    for section_id, start, end in store.conn.execute(
            'SELECT section_id, start, "end" FROM paragraphs WHERE version_id = ? ORDER BY ordinal', (ref.version_id,)):
        paragraphs.setdefault(section_id, []).append(text[start:end])
    parts = [f"<h2>Text of version {ref.number}</h2><div class=\"text\">"]
    for section_id, heading, level in sections:
        if heading:
            indent = max(level - 1, 0) * 16
            parts.append(f"<h3 style=\"margin-left:{indent}px\">{ui.escape(heading)}</h3>")
        parts.extend(f"<p>{ui.escape(' '.join(p.split()))}</p>" for p in paragraphs.get(section_id, []))
    parts.append("</div>")
    return "".join(parts)


def _comparison_page(store, comparison) -> str:
    from ..render.html import report_page
    from ..view import build_view
    from .recorded import comparison_positions, load_alignment, load_changes, load_withheld

    alignment = load_alignment(store, comparison)
    positions = comparison_positions(store, comparison)
    return report_page(alignment, build_view(alignment), load_changes(store, comparison, positions),
                       nav=ui.nav_for_comparison(), withheld=load_withheld(store, comparison, positions))


def _issue_page(issue, entries, titles: dict[str, str | None]) -> str:
    facts: list[tuple[str, str | None]] = [("id", ui.escape(issue.id)),
                                            ("description", ui.escape(issue.description or "")),
                                            ("keywords", ui.escape(", ".join(issue.keywords)))]
    if issue.concepts:      # keywords the judge reads as one subject
        facts.append(("same subject", ui.escape("; ".join(" = ".join(group) for group in issue.concepts))))
    body = [ui.facts(facts)]
    if not entries:
        body.append("<p class=\"muted\">No document takes a position on this issue yet.</p>")
        return ui.page(issue.label, "".join(body), depth=1)
    points = [Point(f"{e.document_id}@{e.version}", e.date, stance(e.position.polarity, e.position.effective_strength),
                    e.position.polarity, e.change,
                    f"{e.document_id}@{e.version} ({e.date or 'undated'}): {e.position.kind}, "
                    f"strength {e.position.strength:g}. {e.position.text}") for e in entries]
    body.append(f"<h2>Stance over time ({len(entries)} positions in "
                f"{len({e.document_id for e in entries})} documents, oldest first)</h2>")
    body.append(f"<div class=\"chartbox\">{stance_chart(points, title=f'Stance on {issue.label} over time')}</div>")
    body.append(ui.chart_key())
    rows: list[str | list[str]] = []  # a str is a heading row (ui.table)
    previous = None
    for e in entries:
        if (e.document_id, e.version) != previous:  # one heading row per document, then its positions
            previous = (e.document_id, e.version)
            rows.append(f"{ui.escape(e.date or 'undated')} \u00b7 "
                        + _doc_link(e.document_id, 1, titles.get(e.document_id) or e.document_id)
                        + f" <small class=\"muted\">{ui.escape(e.document_id)}@{e.version}</small>")
        change = (f"<span class=\"badge b-{e.change}\">{e.change}</span> <small class=\"muted\">"
                  f"{ui.escape(e.explanation or '')}</small>") if e.change else ""
        rows.append([ui.polarity(e.position.polarity), ui.escape(e.position.kind), f"{e.position.strength:g}",
                     _confidence(e.position), change, ui.escape(e.position.text)])
    body.append("<h2>Positions</h2>" + ui.table(
        ["stance", "kind", "strength", "confidence", "change against the base", "sentence"], rows, numeric=(2, 3),
        wide=5))
    return ui.page(issue.label, "".join(body), depth=1)
