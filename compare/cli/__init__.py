"""The `corpus` command line: a thin click layer over the library.

Heavy modules (rapidfuzz, numpy, diff-match-patch) are imported inside commands so
`corpus --help` stays instant.
"""

from __future__ import annotations

import click

from . import compare_commands, issue_commands, report_commands, store_commands


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="corpus-compare")
@click.option("--db", "db_path", metavar="PATH", default=None,
              help="SQLite database (default: $CORPUS_DB, else ./corpus.db).")
@click.pass_context
def cli(ctx: click.Context, db_path: str | None) -> None:
    """Store, version, align and diff policy documents; surface how positions change."""
    ctx.obj = {"db": db_path}  # None: compare.api.Corpus picks the default (corpus.config.default_path)


for module in (store_commands, compare_commands, issue_commands, report_commands):
    module.register(cli)


def main() -> None:
    cli(prog_name="corpus")
