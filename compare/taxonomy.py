"""The issue taxonomy: load from TOML, store in `issues`, edit, export; every change re-tags the store."""

from __future__ import annotations

import hashlib
import json
import re
import tomllib
from dataclasses import dataclass, field

from corpus.errors import CorpusError, InputError, NotFoundError
from corpus.store import Store

_ID = re.compile(r"^[a-z0-9][a-z0-9-]*$")


@dataclass(frozen=True)
class Issue:
    id: str
    label: str
    description: str | None = None
    keywords: tuple[str, ...] = ()
    parent: str | None = None


@dataclass(frozen=True)
class TaxonomyChange:
    added: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)

    def __str__(self) -> str:
        return f"{len(self.added)} added, {len(self.updated)} updated, {len(self.removed)} removed"


def parse_taxonomy(text: str, *, source: str) -> list[Issue]:
    """Top-level tables are issues: label, description, keywords, aliases, parent."""
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
    return Issue(issue_id, str(table.get("label", issue_id)), table.get("description"),
                 tuple(dict.fromkeys(w.strip() for w in words)), table.get("parent"))


def load_issues(store: Store) -> list[Issue]:
    rows = store.conn.execute("SELECT id, label, description, keywords, parent FROM issues ORDER BY id").fetchall()
    return [Issue(r[0], r[1], r[2], tuple(json.loads(r[3])), r[4]) for r in rows]


def taxonomy_hash(issues: list[Issue]) -> str:
    payload = json.dumps([[i.id, list(i.keywords)] for i in sorted(issues, key=lambda i: i.id)])
    return hashlib.sha256(payload.encode()).hexdigest()[:16]


def save_issues(store: Store, issues: list[Issue], *, replace: bool) -> TaxonomyChange:
    """Upsert issues (and with replace, drop the ones not listed), then re-tag everything stored."""
    from .analysis import refresh_all

    existing = {i.id: i for i in load_issues(store)}
    change = TaxonomyChange()
    with store.transaction():
        for issue in issues:
            if issue.id not in existing:
                change.added.append(issue.id)
            elif existing[issue.id] != issue:
                change.updated.append(issue.id)
            store.conn.execute(
                "INSERT INTO issues (id, label, description, keywords, parent) VALUES (?, ?, ?, ?, ?) "
                "ON CONFLICT(id) DO UPDATE SET label = excluded.label, description = excluded.description, "
                "keywords = excluded.keywords, parent = excluded.parent",
                (issue.id, issue.label, issue.description, json.dumps(list(issue.keywords), ensure_ascii=False),
                 issue.parent))
        if replace:
            for issue_id in sorted(set(existing) - {i.id for i in issues}):
                store.conn.execute("DELETE FROM issues WHERE id = ?", (issue_id,))
                change.removed.append(issue_id)
        if change.added or change.updated or change.removed:
            refresh_all(store)
    return change


def load_taxonomy_file(store: Store, path: str, *, replace: bool = False) -> TaxonomyChange:
    try:
        with open(path, encoding="utf-8") as handle:
            text = handle.read()
    except OSError as error:
        raise InputError(path, f"cannot be read ({error.strerror})", "Check the path to the TOML file") from None
    return save_issues(store, parse_taxonomy(text, source=path), replace=replace)


def remove_issue(store: Store, issue_id: str) -> TaxonomyChange:
    issues = load_issues(store)
    if issue_id not in {i.id for i in issues}:
        raise NotFoundError(f"no issue '{issue_id}'. Run 'corpus issues' to list them")
    kept = [i if i.parent != issue_id else Issue(i.id, i.label, i.description, i.keywords, None)
            for i in issues if i.id != issue_id]
    return save_issues(store, kept, replace=True)


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
        lines.append("")
    return "\n".join(lines)


def _toml_string(value: str) -> str:
    return json.dumps(value, ensure_ascii=False)  # a JSON string is a valid TOML basic string


def require_issue(store: Store, issue_id: str) -> Issue:
    for issue in load_issues(store):
        if issue.id == issue_id:
            return issue
    raise CorpusError(f"no issue '{issue_id}'. Run 'corpus issues' to list them, or 'corpus issues add'")
