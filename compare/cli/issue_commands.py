"""The `corpus issues` group: list, add, edit, remove, import, export."""

from __future__ import annotations

import click

from .common import handle_errors, open_corpus, print_table


def register(cli: click.Group) -> None:
    cli.add_command(issues)


@click.group(invoke_without_command=True)
@click.pass_context
@handle_errors
def issues(ctx):
    """List the issue taxonomy (subcommands change it; every change re-tags stored documents)."""
    if ctx.invoked_subcommand:
        return
    with open_corpus(ctx) as corpus:
        rows = corpus.issues()
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
    with open_corpus(ctx) as corpus:
        change = corpus.add_issue(issue_id, label=label, keywords=keywords, description=description, parent=parent)
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
    with open_corpus(ctx) as corpus:
        change = corpus.edit_issue(issue_id, label=label, keywords=keywords, add_keywords=extra,
                                   description=description, parent=parent)
    click.echo(f"issues: {change}")


@issues.command("remove")
@click.argument("issue_id")
@click.pass_context
@handle_errors
def remove_issue(ctx, issue_id):
    """Remove an issue and its tags and positions."""
    with open_corpus(ctx) as corpus:
        change = corpus.remove_issue(issue_id)
    click.echo(f"issues: {change}")


@issues.command("import")
@click.argument("path", type=click.Path())
@click.option("--replace", is_flag=True, help="Remove issues the file does not define.")
@click.pass_context
@handle_errors
def import_issues(ctx, path, replace):
    """Import (add or update) issues from a TOML file."""
    with open_corpus(ctx) as corpus:
        change = corpus.import_issues(path, replace=replace)
    click.echo(f"issues: {change}")


@issues.command("export")
@click.pass_context
@handle_errors
def export_issues(ctx):
    """Print the taxonomy as TOML (the format 'issues import' reads)."""
    with open_corpus(ctx) as corpus:
        click.echo(corpus.export_issues(), nl=False)
