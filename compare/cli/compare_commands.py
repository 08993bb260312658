"""Comparison commands: align, diff, compare, positions, timeline."""

from __future__ import annotations

import os
import shutil
import sys

import click

from ..render import FORMATS
from .common import echo_json, handle_errors, json_option, open_corpus, print_table, write_output

exit_code_option = click.option("--exit-code", is_flag=True,
                                help="Exit 1 when there are differences, 0 when none, 2 or more on an error "
                                     "(as git diff --exit-code).")
CHANGE_ORDER = ("reversed", "strengthened", "weakened", "new", "dropped", "reworded", "unchanged")


def register(cli: click.Group) -> None:
    for command in (align, diff, compare, positions, timeline):
        cli.add_command(command)


@click.command()
@click.argument("left")
@click.argument("right")
@json_option
@exit_code_option
@click.pass_context
@handle_errors
def align(ctx, left, right, as_json, exit_code):
    """Pair the sections of LEFT and RIGHT (renamed, moved, split, merged, added, deleted)."""
    with open_corpus(ctx) as corpus:
        result = corpus.align(left, right)
    if as_json:
        echo_json(result)
    else:
        print_table(["left heading", "right heading", "relation", "score", "by"],
                    [(_label(p.left_heading, p.left_section_id), _label(p.right_heading, p.right_section_id),
                      p.relation, f"{p.score:.2f}", p.matched_by or "") for p in result.sections], max_width=48)
    if exit_code and result.changed:
        ctx.exit(1)


def _label(heading: str | None, section_id: int | None) -> str:
    return "" if section_id is None else heading or "(untitled)"


@click.command()
@click.argument("left")
@click.argument("right")
@click.option("--format", "fmt", type=click.Choice(FORMATS), default=FORMATS[0], show_default=True)
@click.option("--width", type=click.IntRange(min=30, max=10_000), default=None,
              help="Line width (default: the terminal's).")
@click.option("--only-changes", is_flag=True, help="Leave out unchanged sentences and sections.")
@click.option("--section", help="Only section pairs whose heading contains this text.")
@click.option("-o", "--output", type=click.Path(dir_okay=False), help="Write to FILE ('-': standard output).")
@exit_code_option
@click.option("--color/--no-color", default=None, help="Colour deletions and insertions (default: on a terminal, "
              "unless NO_COLOR is set).")
@click.pass_context
@handle_errors
def diff(ctx, left, right, fmt, width, only_changes, section, output, exit_code, color):
    """Side-by-side (or unified, markdown, html, json) diff of LEFT and RIGHT, down to the word."""
    to_terminal = output in (None, "-") and sys.stdout.isatty()
    if color is None:
        color = to_terminal and "NO_COLOR" not in os.environ
    width = width or shutil.get_terminal_size((120, 40)).columns
    with open_corpus(ctx) as corpus:
        # the html report shows position changes at their sentences, so it compares positions too
        result = corpus.compare(left, right) if fmt == "html" else corpus.align(left, right)
        text = corpus.render(result, format=fmt, width=width, color=color, only_changes=only_changes,
                             section=section)
    write_output(text, output, color=color)
    if exit_code and result.changed:
        ctx.exit(1)


@click.command()
@click.argument("left", required=False)
@click.argument("right", required=False)
@click.option("--all", "run_all", is_flag=True, help="Every document against the base, and consecutive versions.")
@click.option("--base", help="Base document for --all (default: the seed essay, the first document stored).")
@click.option("--workers", type=click.IntRange(min=1), default=None,
              help="Processes that align pairs for --all (default: one per core).")
@json_option
@exit_code_option
@click.pass_context
@handle_errors
def compare(ctx, left, right, run_all, base, workers, as_json, exit_code):
    """Align, diff and compare positions; print each changed position by issue, then counts per label.

    With --exit-code, exit 1 when a position changed (any label but 'unchanged')."""
    if not run_all and not (left and right):
        raise click.UsageError("give LEFT and RIGHT, or --all")
    with open_corpus(ctx) as corpus:
        if not corpus.issues():
            click.echo("Warning: no issues are defined, so no positions will be found. Run 'corpus init' or "
                       "'corpus issues import FILE.toml'", err=True)
        if run_all:
            labels, withheld, recorded = _compare_all(corpus, base, workers, as_json)
        else:
            result = corpus.compare(left, right)
            labels = [c.change for c in result.position_changes]
            if as_json:
                echo_json(result)
            else:
                _print_changes(result)
    if run_all and not as_json:
        click.echo(f"{len(recorded)} comparison(s) recorded.")
        _print_counts(labels, withheld)
    if exit_code and any(label != "unchanged" for label in labels):
        ctx.exit(1)


def _compare_all(corpus, base, workers, as_json) -> tuple[list[str], list[str], list]:
    """Run compare --all; returns every position change's label, every withheld label and the comparisons (kept
    only for --json)."""
    labels: list[str] = []
    withheld: list[str] = []
    kept: list = []
    count = len(corpus.pairs(base))
    with click.progressbar(length=count, label="Comparing", file=sys.stderr, hidden=not sys.stderr.isatty()) as bar:
        for result in corpus.iter_compare_all(base, workers=workers, progress=lambda: bar.update(1)):
            labels.extend(c.change for c in result.position_changes)
            withheld.extend(c.change for c in result.withheld)
            kept.append(result if as_json else result.id)
    if as_json:
        echo_json(kept)
    return labels, withheld, kept


def _print_changes(result) -> None:
    from ..render.changes_text import format_changes, terminal_width

    click.echo(format_changes(result, width=terminal_width()), nl=False)


def _print_counts(labels: list[str], withheld: list[str]) -> None:
    from ..render.changes_text import withheld_line

    counts: dict[str, int] = {}
    for label in labels:
        counts[label] = counts.get(label, 0) + 1
    click.echo("counts: " + ", ".join(f"{label} {counts.get(label, 0)}" for label in CHANGE_ORDER))
    if held := withheld_line(withheld):
        click.echo(held)


@click.command()
@click.argument("ref")
@click.option("--issue", "issue_id", help="Only this issue.")
@click.option("--min-confidence", type=click.FloatRange(0, 1), default=None,
              help="Only the author's readings at least this confident (others' views are left out).")
@json_option
@click.pass_context
@handle_errors
def positions(ctx, ref, issue_id, min_confidence, as_json):
    """Positions taken in REF: issue, kind, polarity, strength, hedged, confidence, target and the cues behind them
    (confidence: the fitted chance that a careful reader finds the reading fair; empty for others' views)."""
    with open_corpus(ctx) as corpus:
        rows = corpus.positions(ref, issue=issue_id, min_confidence=min_confidence)
    if as_json:
        return echo_json(rows)
    print_table(["issue", "kind", "pol", "str", "hedged", "conf", "target", "cues", "sentence"],
                [(p.issue_id, p.kind, f"{p.polarity:+d}", f"{p.strength:g}", "yes" if p.hedged else "",
                  "" if p.confidence is None else f"{p.confidence:.3f}",     # (as recorded: 0.546 is not 0.55)
                  p.target, ", ".join(p.cues.get("strength", []) + p.cues.get("polarity", [])), p.sentence)
                 for p in rows], max_width=40)


@click.command()
@click.argument("issue")
@json_option
@click.pass_context
@handle_errors
def timeline(ctx, issue, as_json):
    """The author's stance on ISSUE per document version, oldest first, with the label against the base."""
    with open_corpus(ctx) as corpus:
        entries = corpus.timeline(issue)
    if as_json:
        return echo_json(entries)
    if not entries:
        click.echo(f"No positions on '{issue}' yet.", err=True)
    from ..render.changes_text import format_timeline, terminal_width

    click.echo(format_timeline(entries, width=terminal_width()), nl=False)
