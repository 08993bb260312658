import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from compare.cli import cli

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "seeds" / "2016-12-tanaka-shoring-up-the-us-japan-alliance.txt"
FIXTURE = ROOT / "tests" / "fixtures" / "revision-example"
ESSAY = "tanaka-2016-shoring-up-the-us-japan-alliance"


@pytest.fixture(autouse=True)
def no_terminal_width(monkeypatch):
    """The CLI wraps its text output to COLUMNS when that is set (as a terminal's width): the tests read the text
    unwrapped whatever the shell or the test runner's workers set (the tests of wrapping set their own width)."""
    monkeypatch.delenv("COLUMNS", raising=False)


@pytest.fixture
def db(tmp_path) -> str:
    return str(tmp_path / "corpus.db")


@pytest.fixture
def run(db):
    """Invoke the CLI against the test database; returns the click Result."""
    runner = CliRunner()

    def invoke(*args, input=None, env=None):
        return runner.invoke(cli, ["--db", db, *[str(a) for a in args]], input=input, env=env,
                             catch_exceptions=False)

    return invoke


def turned_off(monkeypatch, part):
    """A part of the engine with a model and an off switch (compare.learned, compare.confidence) turned off for a
    test: its cached model and the engine string are read again on both sides of the test."""
    import compare

    monkeypatch.setenv(part.ENV_SWITCH, "off")
    part.load_model.cache_clear()
    compare.engine_name.cache_clear()
    yield
    monkeypatch.delenv(part.ENV_SWITCH)
    part.load_model.cache_clear()
    compare.engine_name.cache_clear()


@pytest.fixture
def rules_only(monkeypatch):
    """The rules alone label (CORPUS_LEARNED_JUDGE=off), for tests of what the rules decide."""
    from compare import learned

    yield from turned_off(monkeypatch, learned)


@pytest.fixture
def seeded(run):
    result = run("init")
    assert result.exit_code == 0, result.output
    return run


@pytest.fixture
def revised(seeded):
    result = seeded("add", FIXTURE / "revised.txt", "--id", ESSAY)
    assert result.exit_code == 0, result.output
    assert result.output.strip() == f"{ESSAY}@2 added"
    return seeded


def sql(run, query):
    result = run("sql", query, "--json")
    assert result.exit_code == 0, result.output
    return json.loads(result.output)


@pytest.fixture
def expected():
    return json.loads((FIXTURE / "expected.json").read_text(encoding="utf-8"))


def judge_against_essay(run, path, text: str, title: str, *, author: str = "Hitoshi Tanaka") -> list[dict]:
    """Store a commentary written for a test (its first line is the title; by default by the essay's writer),
    compare it with the seed essay, and return every recorded position change with its sentences."""
    path.write_text(text, encoding="utf-8")
    assert run("add", path, "--author", author).exit_code == 0
    doc = next(row["id"] for row in sql(run, "select id, title from documents") if row["title"] == title)
    assert run("compare", ESSAY, doc).exit_code == 0
    return sql(run, "select issue_id, change, right_sentence, explanation from position_change_detail")


def labels_on(judged: list[dict], words: str) -> set[tuple[str, str]]:
    """(issue, change) of every change judge_against_essay recorded on a later sentence containing words."""
    return {(r["issue_id"], r["change"]) for r in judged if words in (r["right_sentence"] or "")}


def span(text: str, words: str) -> tuple[tuple[int, int]]:
    """The character span of words in text, as extract_for_issues takes an issue's mentions."""
    return ((text.index(words), text.index(words) + len(words)),)
