"""The `corpus issues` group: list, add, edit, remove, import, export."""

from __future__ import annotations

import click

from .common import handle_errors, open_store, print_table


def register(cli: click.Group) -> None:
    cli.add_command(issues)


@click.group(invoke_without_command=True)
@click.pass_context
@handle_errors
def issues(ctx):
    """List the issue taxonomy (subcommands change it; every change re-tags stored documents)."""
    if ctx.invoked_subcommand:
        return
    from ..taxonomy import load_issues

    with open_store(ctx) as store:
        rows = load_issues(store)
    print_table(["id", "label", "parent", "keywords"],
                [(i.id, i.label, i.parent, ", ".join(i.keywords)) for i in rows], max_width=70)


@issues.command("add")
@click.argument("issue_id")
@click.option("--label", required=True)
@click.option("--keyword", "keywords", multiple=True, required=True, help="Repeat for each keyword or alias.")
@click.option("--description")
@click.option("--parent")
@click.pass_context
@handle_errors
def add_issue(ctx, issue_id, label, keywords, description, parent):
    """Add an issue."""
    from corpus.errors import CorpusError

    from ..taxonomy import issue_from_table, load_issues
    from ..taxonomy_edits import save_issues

    with open_store(ctx) as store:
        existing = load_issues(store)
        if issue_id in {i.id for i in existing}:
            raise CorpusError(f"issue '{issue_id}' exists. Use 'corpus issues edit {issue_id}' to change it")
        _check_parent(parent, existing)
        issue = issue_from_table(issue_id, {"label": label, "keywords": list(keywords), "description": description,
                                             "parent": parent}, "--keyword")
        change = save_issues(store, existing + [issue], replace=False)
    click.echo(f"issues: {change}")


@issues.command("edit")
@click.argument("issue_id")
@click.option("--label")
@click.option("--keyword", "keywords", multiple=True, help="Replace the keywords (repeat for each).")
@click.option("--add-keyword", "extra", multiple=True, help="Add a keyword, keeping the others.")
@click.option("--description")
@click.option("--parent")
@click.pass_context
@handle_errors
def edit_issue(ctx, issue_id, label, keywords, extra, description, parent):
    """Change an issue's label, keywords, description or parent."""
    from dataclasses import replace

    from ..taxonomy import load_issues, require_issue
    from ..taxonomy_edits import save_issues

    with open_store(ctx) as store:
        issue = require_issue(store, issue_id)
        existing = load_issues(store)
        _check_parent(parent, existing)
        words = tuple(keywords) if keywords else issue.keywords
        updated = replace(issue, label=label or issue.label, description=description or issue.description,
                          keywords=tuple(dict.fromkeys(words + tuple(extra))), parent=parent or issue.parent)
        change = save_issues(store, [updated if i.id == issue_id else i for i in existing], replace=False)
    click.echo(f"issues: {change}")


def _check_parent(parent, existing) -> None:
    from corpus.errors import CorpusError

    if parent and parent not in {i.id for i in existing}:
        raise CorpusError(f"parent issue '{parent}' does not exist. Run 'corpus issues' to list ids")


@issues.command("remove")
@click.argument("issue_id")
@click.pass_context
@handle_errors
def remove_issue(ctx, issue_id):
    """Remove an issue and its tags and positions."""
    from ..taxonomy_edits import remove_issue as run_remove

    with open_store(ctx) as store:
        change = run_remove(store, issue_id)
    click.echo(f"issues: {change}")


@issues.command("import")
@click.argument("path", type=click.Path())
@click.option("--replace", is_flag=True, help="Remove issues the file does not define.")
@click.pass_context
@handle_errors
def import_issues(ctx, path, replace):
    """Import (add or update) issues from a TOML file."""
    from ..taxonomy_edits import load_taxonomy_file

    with open_store(ctx) as store:
        change = load_taxonomy_file(store, path, replace=replace)
    click.echo(f"issues: {change}")


@issues.command("export")
@click.pass_context
@handle_errors
def export_issues(ctx):
    """Print the taxonomy as TOML (the format 'issues import' reads)."""
    from ..taxonomy import export_toml, load_issues

    with open_store(ctx) as store:
        click.echo(export_toml(load_issues(store)), nl=False)
