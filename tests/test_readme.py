"""The README's first session runs exactly as written (from the project folder, on a new database)."""

import os
import re
import shlex

from click.testing import CliRunner

from compare.cli import cli
from conftest import ROOT


def session_commands() -> list[list[str]]:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    block = re.search(r"<!-- first-session -->\s*```sh\n(.*?)```", readme, re.S)
    assert block, "the README has no first-session block"
    commands = []
    for line in block.group(1).splitlines():
        words = shlex.split(line, comments=True)
        if words:
            assert words[0] == "corpus", line
            commands.append(words[1:])
    return commands


def test_readme_first_session_runs(tmp_path, monkeypatch):
    # The session's inputs are the project's own files; its outputs (my.db, diff.html, site/) go to tmp_path.
    for name in ("examples", "tests"):
        os.symlink(ROOT / name, tmp_path / name)
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("CORPUS_DB", raising=False)
    commands = session_commands()
    assert len(commands) >= 12
    runner = CliRunner()
    for args in commands:
        result = runner.invoke(cli, args, catch_exceptions=False)
        assert result.exit_code == 0, (args, result.output)
    assert (tmp_path / "diff.html").stat().st_size > 10_000
    assert (tmp_path / "site" / "index.html").is_file()
    timeline = runner.invoke(cli, ["--db", "my.db", "timeline", "north-korea"]).output
    assert "example-2017-north-korea@1" in timeline
