"""Edit the taxonomy and keep the analysis in step: every change re-tags the store and recomputes changes."""

from __future__ import annotations

from dataclasses import replace

from corpus.errors import InputError, NotFoundError
from corpus.store import Store

from .analysis import refresh_all
from .taxonomy import Issue, TaxonomyChange, load_issues, parse_taxonomy, write_issues


def save_issues(store: Store, issues: list[Issue], *, replace: bool) -> TaxonomyChange:
    """Upsert issues (and with replace, drop the ones not listed), then re-tag everything stored: one transaction."""
    with store.transaction():
        change = write_issues(store, issues, replace=replace)
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
    kept = [i if i.parent != issue_id else replace(i, parent=None)
            for i in issues if i.id != issue_id]
    return save_issues(store, kept, replace=True)
