"""Comparison commands: align, diff, compare, positions, timeline."""

from __future__ import annotations

import os
import shutil
import sys

import click

from .common import handle_errors, open_store, print_table

FORMATS = ("side", "unified", "markdown", "html", "json")


def register(cli: click.Group) -> None:
    for command in (align, diff, compare, positions, timeline):
        cli.add_command(command)


@click.command()
@click.argument("left")
@click.argument("right")
@click.pass_context
@handle_errors
def align(ctx, left, right):
    """Pair the sections of LEFT and RIGHT (renamed, moved, split, merged, added, deleted)."""
    from ..engine import compare_refs

    with open_store(ctx) as store:
        result = compare_refs(store, left, right, positions=False)
    a = result.alignment
    print_table(["left heading", "right heading", "relation", "score", "by"],
                [(a.left.sections[p.left].label if p.left is not None else "",
                  a.right.sections[p.right].label if p.right is not None else "",
                  p.relation, f"{p.score:.2f}", p.matched_by or "") for p in a.sections], max_width=48)


@click.command()
@click.argument("left")
@click.argument("right")
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="side", show_default=True)
@click.option("--width", type=click.IntRange(min=30, max=10_000), default=None,
              help="Line width (default: the terminal's).")
@click.option("--only-changes", is_flag=True, help="Leave out unchanged sentences and sections.")
@click.option("--section", help="Only section pairs whose heading contains this text.")
@click.option("-o", "--output", type=click.Path(dir_okay=False, writable=True), help="Write to FILE.")
@click.option("--exit-code", is_flag=True, help="Exit 1 when there are differences (like git diff --exit-code).")
@click.option("--color/--no-color", default=None, help="Colour deletions and insertions (default: on a terminal, "
              "unless NO_COLOR is set).")
@click.pass_context
@handle_errors
def diff(ctx, left, right, fmt, width, only_changes, section, output, exit_code, color):
    """Side-by-side (or unified, markdown, html, json) diff of LEFT and RIGHT, down to the word."""
    from ..engine import compare_refs
    from ..render import RenderOptions, render

    if color is None:
        color = output is None and sys.stdout.isatty() and "NO_COLOR" not in os.environ
    width = width or shutil.get_terminal_size((120, 40)).columns
    with open_store(ctx) as store:
        result = compare_refs(store, left, right, positions=fmt == "html")  # the report shows position changes
    text = render(result.alignment, fmt, RenderOptions(width=width, color=color, only_changes=only_changes,
                                                       section=section), changes=result.changes)
    if output:
        from corpus.files import write_text_atomic

        write_text_atomic(output, text)
    else:
        click.echo(text, nl=False, color=color)  # click strips ANSI codes off a terminal unless told
    if exit_code and result.alignment.changed:
        ctx.exit(1)


@click.command()
@click.argument("left", required=False)
@click.argument("right", required=False)
@click.option("--all", "run_all", is_flag=True, help="Every document against the base, and consecutive versions.")
@click.option("--base", help="Base document for --all (default: the seed essay, the first document stored).")
@click.pass_context
@handle_errors
def compare(ctx, left, right, run_all, base):
    """Align, diff and compare positions; print each changed position by issue, then counts per label."""
    from ..engine import all_pairs, compare_refs, compare_versions
    from ..taxonomy import load_issues

    with open_store(ctx) as store:
        if not load_issues(store):
            click.echo("Warning: no issues are defined, so no positions will be found. Run 'corpus init' or "
                       "'corpus issues import seeds/issues.toml'", err=True)
        if run_all:
            pairs = all_pairs(store, base)
            totals: dict[str, int] = {}
            with click.progressbar(pairs, label="Comparing", file=sys.stderr, hidden=not sys.stderr.isatty()) as bar:
                for left_ref, right_ref in bar:
                    result = compare_versions(store, left_ref, right_ref)
                    for change in result.changes:
                        totals[change.change] = totals.get(change.change, 0) + 1
            click.echo(f"{len(pairs)} comparison(s) recorded.")
            _print_counts(totals)
            return
        if not (left and right):
            raise click.UsageError("give LEFT and RIGHT, or --all")
        result = compare_refs(store, left, right)
        _print_changes(result)


def _print_changes(result) -> None:
    from ..render.changes_text import format_changes, terminal_width

    click.echo(format_changes(result.alignment, result.changes, width=terminal_width()), nl=False)


def _print_counts(counts: dict[str, int]) -> None:
    order = ["reversed", "strengthened", "weakened", "new", "dropped", "reworded", "unchanged"]
    click.echo("counts: " + ", ".join(f"{label} {counts.get(label, 0)}" for label in order))


@click.command()
@click.argument("ref")
@click.option("--issue", "issue_id", help="Only this issue.")
@click.pass_context
@handle_errors
def positions(ctx, ref, issue_id):
    """Positions taken in REF: issue, kind, polarity, strength, hedged, target and the cues behind them."""
    from ..analysis import ensure_analysed
    from ..changes import load_positions

    with open_store(ctx) as store:
        resolved = store.resolve(ref)
        ensure_analysed(store, [resolved.version_id])
        rows = [p for p in load_positions(store, resolved.version_id) if not issue_id or p.issue_id == issue_id]
    print_table(["issue", "kind", "pol", "str", "hedged", "target", "cues", "sentence"],
                [(p.issue_id, p.kind, f"{p.polarity:+d}", f"{p.strength:g}", "yes" if p.hedged else "",
                  p.target, ", ".join(p.cues.get("strength", []) + p.cues.get("polarity", [])), p.text)
                 for p in rows], max_width=40)


@click.command()
@click.argument("issue")
@click.pass_context
@handle_errors
def timeline(ctx, issue):
    """Positions on ISSUE through time, oldest first, with the change from the previous document."""
    from ..taxonomy import require_issue
    from ..timeline import issue_timeline

    with open_store(ctx) as store:
        require_issue(store, issue)
        entries = issue_timeline(store, issue)
    if not entries:
        click.echo(f"No positions on '{issue}' yet.", err=True)
    from ..render.changes_text import format_timeline, terminal_width

    click.echo(format_timeline(entries, width=terminal_width()), nl=False)
