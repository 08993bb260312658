"""The `corpus` command line: a thin click layer over the library.

Heavy modules (rapidfuzz, numpy, diff-match-patch) are imported inside commands so
`corpus --help` stays instant.
"""

from __future__ import annotations

import click

from corpus.config import default_path

from . import compare_commands, issue_commands, report_commands, store_commands


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="corpus-compare")
@click.option("--db", "db_path", metavar="PATH", envvar="CORPUS_DB", default=None,
              help="SQLite database (default ./corpus.db, or $CORPUS_DB).")
@click.pass_context
def cli(ctx: click.Context, db_path: str | None) -> None:
    """Store, version, align and diff policy documents; surface how positions change."""
    ctx.obj = {"db": db_path or default_path()}


for module in (store_commands, compare_commands, issue_commands, report_commands):
    module.register(cli)


def main() -> None:
    cli(prog_name="corpus")
