"""The issue taxonomy: parse TOML, read and write the `issues` table, export. (Edits that re-tag: taxonomy_edits.)"""

from __future__ import annotations

import hashlib
import json
import re
import tomllib
from dataclasses import dataclass, field

from corpus.errors import CorpusError, InputError
from corpus.store import Store

_ID = re.compile(r"^[a-z0-9][a-z0-9-]*$")


@dataclass(frozen=True)
class Issue:
    id: str
    label: str
    description: str | None = None
    keywords: tuple[str, ...] = ()
    parent: str | None = None
    examples: tuple[str, ...] = ()     # sentences in the issue's own terms: its semantic profile
    fallback: tuple[str, ...] = ()     # keywords that name the issue only where a sentence names no other issue
    # groups of keywords that name one subject in different words ("offensive power projection" and "long-range
    # strike"): a later claim naming one of them takes up what the base says in another, so it is not new
    concepts: tuple[tuple[str, ...], ...] = ()
    # keywords that name the issue only where the sentence, its paragraph or its section's heading names one of its
    # anchors, or the sentence another of its keywords: "international order" is US leadership's where the United
    # States is named, not in "Japan should take the lead in building a stable international order"
    anchored: tuple[str, ...] = ()
    anchors: tuple[str, ...] = ()       # names of the issue's actor ("United States", "Washington")
    # names of the side whose pair with the issue's actor is the issue's own subject: an actor named in a list beside
    # another name is a party to another issue's matter ("China and Russia opposed sanctions on North Korea"), but in
    # a pair with a partner ("Tokyo and Moscow need a hotline") it names its issue
    partners: tuple[str, ...] = ()


@dataclass(frozen=True)
class TaxonomyChange:
    added: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)

    def __str__(self) -> str:
        return f"{len(self.added)} added, {len(self.updated)} updated, {len(self.removed)} removed"


def parse_taxonomy(text: str, *, source: str) -> list[Issue]:
    """Top-level tables are issues: label, description, keywords, aliases, fallback, concepts, anchored, anchors,
    partners, examples, parent."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise InputError(source, f"is not valid TOML ({error})", "Fix the syntax; see seeds/issues.toml for the layout") from None
    issues = []
    for issue_id, table in data.items():
        if not isinstance(table, dict):
            raise InputError(source, f"'{issue_id}' is not a table", "Write each issue as [issue-id] with label and keywords")
        issues.append(issue_from_table(issue_id, table, source))
    ids = {i.id for i in issues}
    for issue in issues:
        if issue.parent and issue.parent not in ids:
            raise InputError(source, f"issue '{issue.id}' names parent '{issue.parent}' which is not defined",
                             "Define the parent issue in the same file or remove the parent key")
    return issues


def issue_from_table(issue_id: str, table: dict, source: str) -> Issue:
    if not _ID.match(issue_id):
        raise InputError(source, f"issue id '{issue_id}' is not a slug", "Use lower-case letters, digits and hyphens")
    words = list(table.get("keywords", [])) + list(table.get("aliases", []))
    if not words or not all(isinstance(w, str) and w.strip() for w in words):
        raise InputError(source, f"issue '{issue_id}' has no keywords", "Give it keywords = [\"...\"] (strings)")
    examples = table.get("examples", [])
    if not isinstance(examples, list) or not all(isinstance(e, str) and e.strip() for e in examples):
        raise InputError(source, f"issue '{issue_id}' has examples that are not a list of sentences",
                         "Write examples = [\"A sentence in the issue's own terms.\", ...]")
    fallback = _word_list(table, "fallback", issue_id, source)
    anchored = _word_list(table, "anchored", issue_id, source)
    anchors = _word_list(table, "anchors", issue_id, source)
    partners = _word_list(table, "partners", issue_id, source)
    concepts = table.get("concepts", [])
    if not isinstance(concepts, list) or not all(
            isinstance(group, list) and len(group) >= 2 and all(isinstance(w, str) and w.strip() for w in group)
            for group in concepts):
        raise InputError(source, f"issue '{issue_id}' has concepts that are not lists of two or more keywords",
                         "Write concepts = [[\"one subject\", \"the same in other words\"], ...], or leave it out")
    groups = tuple(tuple(dict.fromkeys(w.strip() for w in group)) for group in concepts)
    # a concept's words and anchored keywords name the issue too: keywords whether or not the table lists them
    # (an anchored word the fallback lists stays a fallback word, anchored in its own sentence)
    keywords = dict.fromkeys(w.strip() for w in words + [w for group in groups for w in group]
                             + [w for w in anchored if w not in fallback])
    return Issue(issue_id, str(table.get("label", issue_id)), table.get("description"), tuple(keywords),
                 table.get("parent"), tuple(e.strip() for e in examples), fallback, groups, anchored, anchors, partners)


def _word_list(table: dict, key: str, issue_id: str, source: str) -> tuple[str, ...]:
    """An optional list of keywords or names (fallback, anchored, anchors, partners), stripped, without repeats."""
    words = table.get(key, [])
    if not isinstance(words, list) or not all(isinstance(w, str) and w.strip() for w in words):
        raise InputError(source, f"issue '{issue_id}' has {key} keywords that are not a list of strings",
                         f"Write {key} = [\"...\"] (strings), or leave it out")
    return tuple(dict.fromkeys(w.strip() for w in words))


def load_issues(store: Store) -> list[Issue]:
    rows = store.conn.execute(
        "SELECT id, label, description, keywords, parent, examples, fallback, concepts, anchored, anchors, partners "
        "FROM issues ORDER BY id").fetchall()
    return [Issue(r[0], r[1], r[2], tuple(json.loads(r[3])), r[4], tuple(json.loads(r[5] or "[]")),
                  tuple(json.loads(r[6] or "[]")), tuple(map(tuple, json.loads(r[7] or "[]"))),
                  tuple(json.loads(r[8])), tuple(json.loads(r[9])), tuple(json.loads(r[10]))) for r in rows]


def taxonomy_hash(issues: list[Issue]) -> str:
    """Everything tags and judgements depend on: keywords, the description and examples the semantic profile is
    made of, fallback keywords, concepts and anchored keywords (a taxonomy without the later ones hashes as it did
    before them), and the partners of an issue's actor.
    """
    payload = json.dumps([[i.id, list(i.keywords), i.description, list(i.examples)]
                          + ([list(i.fallback)] if i.fallback or i.concepts or i.anchored or i.partners else [])
                          + ([list(map(list, i.concepts))] if i.concepts or i.anchored or i.partners else [])
                          + ([list(i.anchored), list(i.anchors)] if i.anchored or i.partners else [])
                          + ([list(i.partners)] if i.partners else [])
                          for i in sorted(issues, key=lambda i: i.id)])
    return hashlib.sha256(payload.encode()).hexdigest()[:16]


def write_issues(store: Store, issues: list[Issue], *, replace: bool) -> TaxonomyChange:
    """Upsert issues (and with replace, delete the ones not listed); the caller re-tags (taxonomy_edits)."""
    existing = {i.id: i for i in load_issues(store)}
    change = TaxonomyChange()
    for issue in issues:
        if issue.id not in existing:
            change.added.append(issue.id)
        elif existing[issue.id] != issue:
            change.updated.append(issue.id)
        store.conn.execute(
            "INSERT INTO issues (id, label, description, keywords, parent, examples, fallback, concepts, anchored, "
            "anchors, partners) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
            "ON CONFLICT(id) DO UPDATE SET label = excluded.label, description = excluded.description, "
            "keywords = excluded.keywords, parent = excluded.parent, examples = excluded.examples, "
            "fallback = excluded.fallback, concepts = excluded.concepts, anchored = excluded.anchored, "
            "anchors = excluded.anchors, partners = excluded.partners",
            (issue.id, issue.label, issue.description, json.dumps(list(issue.keywords), ensure_ascii=False),
             issue.parent, json.dumps(list(issue.examples), ensure_ascii=False),
             json.dumps(list(issue.fallback), ensure_ascii=False),
             json.dumps(list(map(list, issue.concepts)), ensure_ascii=False),
             json.dumps(list(issue.anchored), ensure_ascii=False), json.dumps(list(issue.anchors), ensure_ascii=False),
             json.dumps(list(issue.partners), ensure_ascii=False)))
    if replace:
        for issue_id in sorted(set(existing) - {i.id for i in issues}):
            store.conn.execute("DELETE FROM issues WHERE id = ?", (issue_id,))
            change.removed.append(issue_id)
    return change


def export_toml(issues: list[Issue]) -> str:
    """The taxonomy in the same TOML layout parse_taxonomy reads (keywords hold aliases too)."""
    lines = ["# corpus-compare issue taxonomy", ""]
    for issue in issues:
        lines.append(f"[{issue.id}]")
        lines.append(f"label = {_toml_string(issue.label)}")
        if issue.description:
            lines.append(f"description = {_toml_string(issue.description)}")
        lines.append("keywords = [" + ", ".join(_toml_string(k) for k in issue.keywords) + "]")
        if issue.parent:
            lines.append(f"parent = {_toml_string(issue.parent)}")
        if issue.fallback:
            lines.append("fallback = [" + ", ".join(_toml_string(k) for k in issue.fallback) + "]")
        if issue.concepts:
            lines.append("concepts = [" + ", ".join("[" + ", ".join(map(_toml_string, group)) + "]"
                                                    for group in issue.concepts) + "]")
        for key, words in (("anchored", issue.anchored), ("anchors", issue.anchors), ("partners", issue.partners)):
            if words:
                lines.append(f"{key} = [" + ", ".join(map(_toml_string, words)) + "]")
        if issue.examples:
            lines.append("examples = [" + ", ".join(_toml_string(e) for e in issue.examples) + "]")
        lines.append("")
    return "\n".join(lines)


def _toml_string(value: str) -> str:
    return json.dumps(value, ensure_ascii=False)  # a JSON string is a valid TOML basic string


def require_issue(store: Store, issue_id: str) -> Issue:
    for issue in load_issues(store):
        if issue.id == issue_id:
            return issue
    raise CorpusError(f"no issue '{issue_id}'. Run 'corpus issues' to list them, or 'corpus issues add'")
