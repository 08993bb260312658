"""Position judgements on real prose: the real later commentaries in ../shared/real-dev, scored against gold.

The texts are other people's writing: they are read from the shared folder at run time, never copied into the
project, and the evaluation is skipped cleanly when the folder is absent. Run with `python -m bench.realdev`
(part of `make eval`), or `python -m bench.realdev FOLDER ...` for other folders in the same format (gold.json,
index.json and the texts), with their total.

For each gold judgement (one row of gold.json) the tool scores a hit when it emits the gold label, on one of
the gold issues, on a later sentence that carries the gold evidence. Each miss is put where it stands in the
pipeline (MISSES): no author position on the evidence sentence for the judgement's issues (the reading), a position
but no label (the judge), another label, or the gold label withheld by the confidence gate; a miss with no author
position is also put where the reading stopped (UNREAD). Also printed: recall per gold label (each folder's and, for
several, their total's), label counts, the number of `dropped` labels, the
issues each commentary gets positions on, and a sample of emitted labels with both sentences, for a reader to judge.
"""

from __future__ import annotations

import dataclasses
import json
import os
import re
import sys
import tempfile
import unicodedata
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_FOLDER = ROOT.parent / "shared" / "real-dev"
STANCE_LABELS = ("strengthened", "weakened", "reversed")
# where a missed gold judgement stands, in the order the report counts them
MISSES = ("no position", "no label", "another label", "withheld")
# where the reading stops on the evidence of a judgement missed with no author position, in the order the report
# counts them: no sentence of the text carries the evidence (a quote the segmentation cut apart, or not in the text),
# no issue tag, tags on other issues only, a tag on its issue but no stance read, or a stance read as someone else's
# view or a question
UNREAD = ("evidence not found", "untagged", "another issue", "no stance", "not the writer's")


@dataclass(frozen=True)
class Emitted:
    document: str
    issue_id: str
    change: str
    left: str | None
    right: str | None
    explanation: str


@dataclass(frozen=True)
class GoldResult:
    doc: str
    issues: tuple[str, ...]
    label: str
    uncertain: bool
    hit: bool
    got: tuple[str, ...]        # labels the tool gave on the evidence sentence(s), any issue of the judgement
    read: bool = False          # an author position on one of the judgement's issues stands on the evidence
    withheld: tuple[str, ...] = ()  # labels the confidence gate withheld there
    reading: str | None = None  # with no author position there, where the reading stopped (one of UNREAD)
    file: str = ""              # the later text the judgement is on

    @property
    def missed(self) -> str | None:
        """Where a miss stands (one of MISSES), None for a hit."""
        if self.hit:
            return None
        if self.label in self.withheld:
            return "withheld"
        return "another label" if self.got else "no label" if self.read else "no position"


def normalise(text: str) -> str:
    text = unicodedata.normalize("NFKC", text)
    text = re.sub("[\u2018\u2019\u201a\u201b`\u00b4]", "'", text)
    text = re.sub("[\u201c\u201d\u201e\u201f]", '"', text)
    text = re.sub("[\u2010-\u2015]", "-", text)
    return re.sub(r"\s+", " ", text).strip().lower()


def carries(sentence: str, quotes: list[str]) -> bool:
    """The sentence holds (part of) a gold quote, or is wholly inside one."""
    s = normalise(sentence).strip(" .\"'")
    for quote in quotes:
        for part in re.split(r"(?<=[.!?])\s+", normalise(quote)):
            part = part.strip(" .\"'")
            if len(part) >= 12 and (part in s or (len(s) >= 12 and s in part)):
                return True
    return False


def run(folder: Path) -> tuple[list[GoldResult], list[Emitted], dict[str, set[str]]]:
    from compare import Corpus

    gold = json.loads((folder / "gold.json").read_text(encoding="utf-8"))
    index = {row["file"]: row for row in json.loads((folder / "index.json").read_text(encoding="utf-8"))}
    emitted: list[Emitted] = []
    covered: dict[str, set[str]] = {}
    read: dict[str, list[tuple[str, str]]] = {}              # file -> (issue, sentence) of each author position
    others: dict[str, list[tuple[str, str]]] = {}            # file -> (issue, sentence) of others' views and questions
    tags: dict[str, list[tuple[str, str]]] = {}              # file -> (issue, sentence) of each issue tag
    sentences: dict[str, list[str]] = {}                      # file -> its sentences
    withheld: dict[str, list[tuple[str, str, str]]] = {}     # file -> (issue, label, sentence) the gate held back
    files: dict[str, str] = {}                                # document id -> file
    with tempfile.TemporaryDirectory() as tmp, Corpus.init(os.path.join(tmp, "realdev.db")) as corpus:
        base = corpus.documents()[0].id
        for name in sorted(index):
            meta = index[name]
            added = corpus.add(str(folder / name), title=meta.get("title"), published=meta.get("date"),
                               author=meta.get("author"), kind=meta.get("kind") or "commentary")
            result = corpus.compare(base, added.document_id)
            files[added.document_id] = name
            positions = corpus.positions(added.document_id)
            read[name] = [(p.issue_id, p.sentence) for p in positions if p.attribution == "author"]
            others[name] = [(p.issue_id, p.sentence) for p in positions if p.attribution != "author"]
            covered[name] = {issue for issue, _ in read[name]}
            withheld[name] = [(c.issue_id, c.change, c.right.sentence) for c in result.withheld if c.right]
            emitted.extend(Emitted(name, c.issue_id, c.change, c.left.sentence if c.left else None,
                                   c.right.sentence if c.right else None, c.explanation)
                           for c in result.position_changes)
        # (the database holds the essay and this folder's texts only: every row fits)
        every = corpus.sql("SELECT v.document_id, s.text, si.issue_id FROM sentences s JOIN versions v ON v.id = "
                           "s.version_id LEFT JOIN sentence_issues si ON si.sentence_id = s.id", max_rows=10_000_000)
        for document_id, sentence, issue in every.rows:
            if document_id in files:
                sentences.setdefault(files[document_id], []).append(sentence)
                if issue is not None:
                    tags.setdefault(files[document_id], []).append((issue, sentence))
    results = []
    for row in gold:
        on_evidence = [e for e in emitted if e.document == row["file"] and e.issue_id in row["issues"]
                       and e.right is not None and carries(e.right, row["later"])]
        got = tuple(sorted({e.change for e in on_evidence}))
        here = any(issue in row["issues"] and carries(sentence, row["later"])
                   for issue, sentence in read.get(row["file"], ()))
        held = tuple(sorted({label for issue, label, sentence in withheld.get(row["file"], ())
                             if issue in row["issues"] and carries(sentence, row["later"])}))
        results.append(GoldResult(row["doc"], tuple(row["issues"]), row["label"], bool(row["uncertain"]),
                                  row["label"] in got, got, here, held,
                                  None if here else where_reading_stopped(row, sentences.get(row["file"], []),
                                                                           tags.get(row["file"], []),
                                                                           others.get(row["file"], [])),
                                  row["file"]))
    return results, emitted, covered


def where_reading_stopped(row: dict, sentences: list[str], tags: list[tuple[str, str]],
                          others: list[tuple[str, str]]) -> str:
    """Where the reading stopped on a gold judgement's evidence that carries no author position on its issues (one of
    UNREAD): no sentence carrying the evidence, else a position there on one of them that is someone else's view or a
    question, else a tag on one of them with no stance read, else tags on other issues only, else no tag."""
    issues = set(row["issues"])
    if not any(carries(sentence, row["later"]) for sentence in sentences):
        return "evidence not found"
    if any(issue in issues and carries(sentence, row["later"]) for issue, sentence in others):
        return "not the writer's"
    tagged = {issue for issue, sentence in tags if carries(sentence, row["later"])}
    return "no stance" if tagged & issues else "another issue" if tagged else "untagged"


def silent_violations(folder: Path, emitted: list[Emitted]) -> tuple[int, list[str]]:
    """Sentences that must get no change label (no-position.json, when the folder has one)."""
    path = folder / "no-position.json"
    if not path.is_file():
        return 0, []
    rows = json.loads(path.read_text(encoding="utf-8"))
    wrong = [f"[{e.change}] {e.issue_id}: {e.right}" for row in rows for e in emitted
             if e.document == row["file"] and e.right and e.change != "unchanged" and carries(e.right, row["later"])]
    return len(rows), wrong


def report(folder: Path = DEFAULT_FOLDER, *, sample: int = 40, title: str | None = None) -> str:
    return scored_report(folder, sample=sample, title=title)[0]


def misses_line(misses: Counter) -> str:
    """'misses: no author position on the evidence 8, a position but no label 2, ...' (MISSES, in order)."""
    words = {"no position": "no author position on the evidence", "no label": "a position but no label",
             "another label": "another label", "withheld": "the gold label withheld"}
    return "misses: " + ", ".join(f"{words[m]} {misses.get(m, 0)}" for m in MISSES)


GOLD_LABELS = ("new", "unchanged", "strengthened", "weakened", "reversed")


def unread_line(results: list[GoldResult]) -> str:
    """'no author position on the evidence, by where the reading stopped: untagged 2, another issue 1, ...' (UNREAD,
    in order), over the judgements missed with no author position."""
    stops = Counter(r.reading for r in results if r.missed == "no position")
    return ("no author position on the evidence, by where the reading stopped: "
            + ", ".join(f"{stop} {stops.get(stop, 0)}" for stop in UNREAD))


def by_label_line(results: list[GoldResult]) -> str:
    """'by gold label (hit/judgements): new 3/12, unchanged 2/9, ...': recall per gold label, in GOLD_LABELS order
    (any other label after them, sorted), each label listed only where the gold has it."""
    totals = Counter(r.label for r in results)
    hits = Counter(r.label for r in results if r.hit)
    order = [label for label in GOLD_LABELS if totals[label]] + sorted(set(totals) - set(GOLD_LABELS))
    return "by gold label (hit/judgements): " + (", ".join(f"{label} {hits[label]}/{totals[label]}" for label in order)
                                                 or "none")


def coverage(results: list[GoldResult], covered: dict[str, set[str]]) -> tuple[int, int]:
    """How many of the (text, issue) pairs the gold judgements discuss have an author position on that issue
    anywhere in that text, of how many: the target that every commentary gets positions on the issues it
    discusses, per issue rather than per text."""
    pairs = {(r.file, issue) for r in results for issue in r.issues}
    return sum(issue in covered.get(file, ()) for file, issue in pairs), len(pairs)


def coverage_line(results: list[GoldResult], covered: dict[str, set[str]]) -> str:
    """'issues discussed with an author position: 8/13 (text, issue) pairs the gold judges; texts with no
    author position: 0/4'."""
    held, pairs = coverage(results, covered)
    empty = sum(1 for issues in covered.values() if not issues)
    return (f"issues discussed with an author position: {held}/{pairs} (text, issue) pairs the gold judges; "
            f"texts with no author position: {empty}/{len(covered)}")


def scored_report(folder: Path = DEFAULT_FOLDER, *, sample: int = 40,
                  title: str | None = None) -> tuple[str, int, int, Counter]:
    """The report, the gold judgements hit, their number and where the misses stand (0, 0 and none when the folder
    is absent)."""
    text, results, _ = _scored(folder, sample=sample, title=title)
    return text, sum(r.hit for r in results), len(results), Counter(r.missed for r in results if r.missed)


def _scored(folder: Path, *, sample: int, title: str | None) -> tuple[str, list[GoldResult], dict[str, set[str]]]:
    """The report, the scored gold judgements and the issues each text has author positions on (none when the
    folder is absent)."""
    if not (folder / "gold.json").is_file():
        return f"{title or 'Real commentaries'}: skipped ({folder} not found)", [], {}
    results, emitted, covered = run(folder)
    hits = sum(r.hit for r in results)
    certain = [r for r in results if not r.uncertain]
    misses = Counter(r.missed for r in results if r.missed)
    lines = [title or f"Real commentaries ({folder})",
             f"  gold judgements with the gold label on a sentence carrying the gold evidence: {hits}/{len(results)}"
             f" ({hits / max(len(results), 1):.0%}); certain ones only: {sum(r.hit for r in certain)}/{len(certain)}",
             f"  {by_label_line(results)}",
             f"  {misses_line(misses)}",
             f"  {unread_line(results)}",
             f"  {coverage_line(results, covered)}"]
    counts = Counter(e.change for e in emitted)
    lines.append("  labels emitted: " + ", ".join(f"{k} {counts[k]}" for k in sorted(counts)))
    lines.append(f"  dropped: {counts.get('dropped', 0)}")
    silent, wrong = silent_violations(folder, emitted)
    if silent:
        lines.append(f"  sentences that must get no change label: {silent}, labelled anyway: {len(wrong)}")
        lines += [f"    {w}" for w in wrong]
    for name, issues in sorted(covered.items()):
        lines.append(f"  positions on: {name[:40]:40s} {', '.join(sorted(issues)) or '(none)'}")
    lines.append("  per judgement (gold label -> labels given on the evidence sentence):")
    for r in results:
        mark = "HIT " if r.hit else "miss"
        lines.append(f"    {mark} {r.doc:4s} {'/'.join(r.issues):28s} {r.label + ('?' if r.uncertain else ''):14s}"
                     f" -> {', '.join(r.got) or '(nothing)'}" + (f"  [{r.missed}]" if r.missed else ""))
    if not sample:
        return "\n".join(lines), results, covered
    shown = [e for e in emitted if e.change not in ("unchanged",)][:sample]
    lines.append(f"  sample of emitted labels other than unchanged ({len(shown)} of "
                 f"{sum(1 for e in emitted if e.change != 'unchanged')}):")
    for e in shown:
        lines.append(f"    [{e.change}] {e.issue_id} ({e.document[:20]}): {e.explanation}")
        if e.left:
            lines.append(f"       essay: {e.left}")
        if e.right:
            lines.append(f"       later: {e.right}")
    return "\n".join(lines), results, covered


def main(folders: list[str]) -> str:
    """`python -m bench.realdev [FOLDER ...]`: the report of each folder in the real-dev format (the shared real-dev
    folder when none is named), and with more than one, their total, its recall per gold label and where its misses
    stand."""
    if not folders:
        return report(DEFAULT_FOLDER, title="Real commentaries (../shared/real-dev)")
    texts, results, covered = [], [], {}
    for folder in folders:
        text, scored, issues = _scored(Path(folder), sample=40, title=None)
        texts.append(text)
        results += [dataclasses.replace(r, file=f"{folder}/{r.file}") for r in scored]
        covered.update({f"{folder}/{file}": held for file, held in issues.items()})
    if len(folders) > 1:
        hits = sum(r.hit for r in results)
        misses = Counter(r.missed for r in results if r.missed)
        texts.append(f"{len(folders)} folders: {hits}/{len(results)} gold judgements with the gold label on a sentence "
                     f"carrying the gold evidence ({hits / max(len(results), 1):.0%}); {by_label_line(results)}; "
                     f"{misses_line(misses)}; {unread_line(results)}; {coverage_line(results, covered)}")
    return "\n".join(texts)


if __name__ == "__main__":
    print(main(sys.argv[1:]))
