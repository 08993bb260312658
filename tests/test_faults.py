"""Faults and abuse: hostile SQL, escape sequences, read-only and foreign databases, full disks,
huge numbers, bad ids, scripts without spaces or case, and workers whose parent is killed.

Each test is one probe from issue 8. Tests that need a second process start `python -m compare`.
"""

import contextlib
import errno
import json
import os
import pty
import re
import select
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from compare.cli import cli
from conftest import ESSAY, ROOT, sql
from corpus.sentences import split_sentences
from corpus.store import Store

NEVER_ENDS = "with recursive c(x) as (select 1 union all select x + 1 from c) select count(*) from c"
# What may reach a terminal besides text: newline, tab, and colour codes (SGR, ending in 'm').
RAW_CONTROL = re.compile(r"\x1b(?!\[[0-9;]*m)|[\x00-\x08\x0b-\x1a\x1c-\x1f\x7f-\x9f]")


@pytest.fixture(scope="module")
def seeded_template(tmp_path_factory):
    """One 'corpus init' for the module; each test gets a copy (the suite stays fast)."""
    path = tmp_path_factory.mktemp("template") / "corpus.db"
    assert CliRunner().invoke(cli, ["--db", str(path), "init"]).exit_code == 0
    return path


@pytest.fixture
def seeded(run, db, seeded_template):
    shutil.copy(seeded_template, db)
    return run


def corpus_process(db, *args, **popen):
    """`corpus --db DB ARGS` in a process of its own (for signals, terminals and other users)."""
    return subprocess.Popen([sys.executable, "-m", "compare", "--db", str(db), *map(str, args)],
                            cwd=ROOT, **popen)


def one_line_error(result, *phrases):
    """A refusal: non-zero exit, no traceback, one line starting 'Error:' that holds each phrase."""
    assert result.exit_code != 0, result.output
    assert "Traceback" not in result.output
    errors = [line for line in result.output.splitlines() if line.startswith("Error:")]
    assert len(errors) == 1, result.output
    for phrase in phrases:
        assert phrase in errors[0], errors[0]
    return errors[0]


# --- 2. corpus sql is safe and stoppable -------------------------------------------------------------------


def test_sql_ctrl_c_stops_a_never_ending_query_within_a_second(seeded, db):
    process = corpus_process(db, "sql", NEVER_ENDS, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        time.sleep(1.5)  # well inside the query (the default time limit is 30 s)
        assert process.poll() is None, process.communicate()
        sent = time.monotonic()
        process.send_signal(signal.SIGINT)
        out, err = process.communicate(timeout=5)
        elapsed = time.monotonic() - sent
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
    assert elapsed < 1.0, f"took {elapsed:.2f} s to stop"
    assert process.returncode != 0
    assert b"Traceback" not in err and out == b""


def test_sql_time_limit_stops_a_runaway_query(seeded):
    started = time.monotonic()
    result = seeded("sql", NEVER_ENDS, "--timeout", "0.5")
    assert time.monotonic() - started < 5
    one_line_error(result, "time limit", "--timeout")


def test_sql_huge_value_fails_fast_in_little_memory(seeded, db, tmp_path):
    """select randomblob(1e9) once took 3.8 GB; the address space is capped so old behaviour fails."""
    def cap_memory():
        import resource
        resource.setrlimit(resource.RLIMIT_AS, (2 * 1024**3, 2 * 1024**3))

    with open(tmp_path / "out", "wb") as out, open(tmp_path / "err", "wb") as err:
        process = corpus_process(db, "sql", "select randomblob(1e9) as b", "--json", stdout=out, stderr=err,
                                 preexec_fn=cap_memory)
        _, status, usage = os.wait4(process.pid, 0)
    error = (tmp_path / "err").read_text()
    assert os.waitstatus_to_exitcode(status) == 1, error
    assert "Traceback" not in error and "limit" in error and (tmp_path / "out").read_bytes() == b""
    assert usage.ru_maxrss < 300 * 1024, f"peak {usage.ru_maxrss // 1024} MB"  # ru_maxrss is in KB on Linux


def test_sql_row_cap(seeded):
    many = "with recursive c(x) as (select 1 union all select x + 1 from c where x < 100001) select x from c"
    one_line_error(seeded("sql", many), "100,000 rows", "--max-rows")
    one_line_error(seeded("sql", many, "--max-rows", "1000"), "1,000 rows")
    result = seeded("sql", many, "--max-rows", "0", "--csv")
    assert result.exit_code == 0 and len(result.output.splitlines()) == 100_002


def test_sql_result_size_is_bounded(seeded, monkeypatch):
    import corpus.sqlquery

    monkeypatch.setattr(corpus.sqlquery, "MAX_RESULT_BYTES", 1024**2, raising=False)
    rows = "with recursive c(x) as (select 1 union all select x + 1 from c where x < 10) select randomblob(300000) from c"
    one_line_error(seeded("sql", rows, "--json"), "over 1,048,576 B (1 MB)")
    assert seeded("sql", "select length(randomblob(300000)) as n").exit_code == 0


@pytest.mark.parametrize("statement", ["ATTACH '{folder}/attached.db' AS other",
                                       "VACUUM INTO '{folder}/copy.db'",
                                       "PRAGMA journal_mode = DELETE",
                                       "BEGIN IMMEDIATE"])
def test_sql_refuses_attach_vacuum_into_and_pragmas_before_any_file_is_created(seeded, tmp_path, statement):
    before = sorted(os.listdir(tmp_path))
    one_line_error(seeded("sql", statement.format(folder=tmp_path)), "read-only", "nothing was created")
    assert sorted(os.listdir(tmp_path)) == before
    assert sql(seeded, "pragma journal_mode")[0]["journal_mode"] == "wal"
    assert sql(seeded, "pragma table_info(versions)")  # reading a pragma still works
    assert sql(seeded, "select name from pragma_table_info('versions')")
    assert sql(seeded, "select rowid from sentences_fts where sentences_fts match 'alliance' limit 1")


def test_sql_blobs_print_as_hex_in_every_format(seeded):
    query = "select x'00ff10' as b, 'text' as t"
    assert json.loads(seeded("sql", query, "--json").output) == [{"b": "00ff10", "t": "text"}]
    assert seeded("sql", query, "--csv").output.splitlines() == ["b,t", "00ff10,text"]
    table = seeded("sql", query)
    assert table.exit_code == 0 and "00ff10" in table.output


# --- 3. nothing reaches a terminal raw --------------------------------------------------------------------

HOSTILE_V1 = """Hostile Notes\x1b]0;pwned title\x07

North Korea

Japan should strengthen deterrence against North Korea. The alliance must hold.

Trade\x1b[1K

Free trade benefits \x1b[2Jboth countries. Tariffs would be detrimental.
"""
HOSTILE_V2 = """Hostile Notes\x1b]0;pwned title\x07

North Korea

Japan must abandon deterrence against North Korea\x9b31m now. The alliance must hold\x07.

Trade

Free trade burdens \x1b[2Jboth countries <script>alert(1)</script>. Tariffs would be detrimental.
"""


@pytest.fixture
def hostile(seeded, tmp_path, monkeypatch):
    """Two versions whose stored text holds escape sequences, as an older version stored them."""
    import corpus.terminal

    monkeypatch.setattr(corpus.terminal, "strip_controls", lambda text: (text, 0))
    for number, text in ((1, HOSTILE_V1), (2, HOSTILE_V2)):
        path = tmp_path / f"hostile-{number}.txt"
        path.write_text(text, encoding="utf-8")
        added = seeded("add", path, "--id", "hostile", "--author", "Evil\x1b]0;t\x07 Author", "--note", "n\x1b]0;pwned\x07")
        assert added.exit_code == 0
    heading = tmp_path / "hostile-heading.md"
    heading.write_text("# Notes\n\nIntro sentence. Another.\n\n## Evil \x1b]2;pwned\x07 Heading\n\nJapan should act now. "
                       "The alliance holds.\n", encoding="utf-8")
    assert seeded("add", heading, "--id", "hostile-heading").exit_code == 0
    monkeypatch.undo()
    stored = seeded("sql", "select text from versions where document_id = 'hostile'", "--json")
    assert "\\u001b" in stored.output  # the hostile text really is in the database
    return seeded


# Piped, click already drops CSI sequences (not OSC ones, nor bare control characters); on a terminal it
# drops nothing, so list, show and log are probed on a terminal too.
HOSTILE_COMMANDS = [("show", "hostile-heading"), ("show", "hostile@2", "--text"), ("log", "hostile"), ("list",),
                    ("search", "deterrence"), ("diff", "hostile@1", "hostile@2"),
                    ("diff", "hostile@1", "hostile@2", "--format", "unified"),
                    ("diff", "hostile@1", "hostile@2", "--format", "markdown"),
                    ("diff", "hostile@1", "hostile@2", "--format", "json"),
                    ("compare", "hostile@1", "hostile@2"), ("positions", "hostile@2"), ("timeline", "north-korea"),
                    ("sql", "select text from sentences"), ("sql", "select text from versions", "--csv"),
                    ("add", "evil\x1b]0;pwned\x07.txt")]


@pytest.mark.parametrize("command", HOSTILE_COMMANDS, ids=lambda c: "-".join(c[:2] if c[0] != "diff" else c[-1:]))
def test_no_control_character_is_printed_raw_when_piped(hostile, command):
    result = hostile(*command)
    assert "Traceback" not in result.output
    assert not RAW_CONTROL.search(result.output), RAW_CONTROL.findall(result.output)
    assert result.exit_code == (1 if command[0] == "add" else 0), result.output


@pytest.mark.parametrize("command", [("show", "hostile@2", "--text"), ("diff", "hostile@1", "hostile@2"),
                                     ("compare", "hostile@1", "hostile@2"), ("search", "deterrence"), ("list",),
                                     ("show", "hostile-heading"), ("log", "hostile")], ids=lambda c: "-".join(c))
def test_no_control_character_is_printed_raw_on_a_terminal(hostile, db, command):
    output = _run_on_terminal(db, *command)
    assert "Traceback" not in output
    assert not RAW_CONTROL.search(output.replace("\r\n", "\n")), RAW_CONTROL.findall(output)
    if command[0] == "diff":
        assert "\x1b[31m" in output  # colour still works on a terminal


def _run_on_terminal(db, *args) -> str:
    leader, follower = pty.openpty()
    process = corpus_process(db, *args, stdin=subprocess.DEVNULL, stdout=follower, stderr=follower,
                             env={**os.environ, "COLUMNS": "120"} if "NO_COLOR" not in os.environ else
                             {k: v for k, v in os.environ.items() if k != "NO_COLOR"})
    os.close(follower)
    chunks = []
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        ready, _, _ = select.select([leader], [], [], 0.5)
        if ready:
            try:
                data = os.read(leader, 65536)
            except OSError:  # EIO: the other side closed
                break
            if not data:
                break
            chunks.append(data)
        elif process.poll() is not None:
            break
    process.wait(timeout=10)
    os.close(leader)
    return b"".join(chunks).decode("utf-8", "replace")


def test_escape_sequences_are_removed_on_input_with_a_warning(seeded, tmp_path):
    path = tmp_path / "hostile.txt"
    path.write_text(HOSTILE_V2, encoding="utf-8")
    result = seeded("add", path, "--id", "clean")
    assert result.exit_code == 0
    assert "Warning:" in result.output and "control character" in result.output
    text = sql(seeded, "select text from versions where document_id = 'clean'")[0]["text"]
    assert not RAW_CONTROL.search(text)
    assert "Japan must abandon deterrence against North Korea now." in text
    assert "Free trade burdens both countries" in text
    assert seeded("verify").exit_code == 0


def test_markdown_escapes_html_in_document_text(hostile):
    output = hostile("diff", "hostile@1", "hostile@2", "--format", "markdown").output
    assert "<script>" not in output
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in output


# --- 4. every failure is one line ----------------------------------------------------------------------------


RO_READS = [("list",), ("show", ESSAY), ("search", "alliance"), ("sql", "select count(*) from versions"),
            ("log", ESSAY), ("verify",)]
RO_WRITES = [("add", ROOT / "tests" / "fixtures" / "commentary-2017.txt"), ("diff", f"{ESSAY}@1", f"{ESSAY}@2"),
             ("issues", "remove", "trade")]


@contextlib.contextmanager
def shared_folder():
    """A folder another user can enter (pytest's tmp_path is private to its owner)."""
    folder = tempfile.mkdtemp(prefix="corpus-faults-")
    os.chmod(folder, 0o755)
    try:
        yield Path(folder)
    finally:
        os.chmod(folder, 0o755)
        shutil.rmtree(folder, ignore_errors=True)


def _as_reader(db: Path, commands) -> list[tuple[int, str, str]]:
    """(exit code, stdout, stderr) of each command, run by a user who may read db but not write it.

    Root may write anything, so as root a forked child becomes 'nobody'; it first runs the commands
    on a private copy, so every module they import is loaded while the interpreter is still reachable."""
    def invoke(path):
        runner = CliRunner()
        results = [runner.invoke(cli, ["--db", str(path), *map(str, c)]) for c in commands]
        return [(r.exit_code, r.stdout, r.stderr + ("".join(__import__("traceback").format_exception(r.exception))
                                                     if r.exception and not isinstance(r.exception, SystemExit) else ""))
                for r in results]

    if os.geteuid() != 0:
        return invoke(db)
    reader, writer = os.pipe()
    pid = os.fork()
    if pid == 0:  # child: never returns into pytest
        code = 1
        try:
            os.close(reader)
            with tempfile.TemporaryDirectory() as warm:
                shutil.copy(db, Path(warm) / "warm.db")
                invoke(Path(warm) / "warm.db")
            os.setgroups([])
            os.setgid(65534)
            os.setuid(65534)
            with os.fdopen(writer, "w") as pipe:
                json.dump(invoke(db), pipe)
            code = 0
        finally:
            os._exit(code)
    os.close(writer)
    with os.fdopen(reader) as pipe:
        data = pipe.read()
    os.waitpid(pid, 0)
    return [tuple(r) for r in json.loads(data)]


@pytest.mark.parametrize("writable_folder", [True, False], ids=["read-only-file", "read-only-folder"])
def test_read_only_database_reads_work_writes_refused_nothing_left_behind(revised, db, writable_folder):
    for suffix in ("-wal", "-shm"):
        assert not os.path.exists(db + suffix)
    with shared_folder() as folder:
        ro_db = folder / "corpus.db"
        shutil.copy(db, ro_db)
        os.chmod(ro_db, 0o444)
        os.chmod(folder, 0o777 if writable_folder else 0o555)
        before = sorted(os.listdir(folder))
        results = _as_reader(ro_db, RO_READS + RO_WRITES)
        after = sorted(os.listdir(folder))
    for command, (code, _out, err) in zip(RO_READS, results):
        assert code == 0 and err == "", (command, err)
    assert results[len(RO_READS) - 1][1].strip() == "OK: 2 version(s) verified"  # no false problem
    for command, (code, _out, err) in zip(RO_WRITES, results[len(RO_READS):]):
        assert code == 1 and "Traceback" not in err, (command, err)
        assert len(err.strip().splitlines()) == 1 and "read-only" in err, err
    assert after == before  # no -wal, no read-only -shm left behind


def _small_disk(monkeypatch, spare_pages: int):
    """Inject a full disk: SQLite's max_page_count makes the database file unable to grow."""
    original = Store.__init__

    def init(self, *args, **kwargs):
        original(self, *args, **kwargs)
        pages = self.conn.execute("PRAGMA page_count").fetchone()[0]
        self.conn.execute(f"PRAGMA max_page_count = {pages + spare_pages}")

    monkeypatch.setattr(Store, "__init__", init)


def _documents(folder: Path, count: int, sentences: int = 120) -> list[Path]:
    folder.mkdir()
    paths = []
    for n in range(count):
        body = " ".join(f"Document {n} makes point {k} about trade and the alliance in detail." for k in range(sentences))
        path = folder / f"doc-{n:03d}.txt"
        path.write_text(f"Paper Number {n}\n\n{body}\n", encoding="utf-8")
        paths.append(path)
    return paths


def test_full_disk_stops_at_the_failing_file_and_names_those_not_attempted(seeded, tmp_path, monkeypatch):
    paths = _documents(tmp_path / "docs", 12)
    _small_disk(monkeypatch, spare_pages=60)
    result = seeded("add", tmp_path / "docs")
    line = one_line_error(result, "disk", "not attempted", "Free disk space")
    added = [l for l in result.output.splitlines() if l.endswith(" added")]
    assert 0 < len(added) < len(paths)
    failing = paths[len(added)]
    assert line.startswith(f"Error: {failing}:")
    assert f"{len(paths) - len(added) - 1} file(s) not attempted" in line and str(paths[-1].name) in line
    monkeypatch.undo()
    assert sql(seeded, "select count(*) as n from versions")[0]["n"] == 1 + len(added)
    assert seeded("verify").exit_code == 0
    again = seeded("add", tmp_path / "docs")  # with space again, the same command completes the work
    assert again.exit_code == 0 and again.output.count(" unchanged") == len(added)
    assert sql(seeded, "select count(*) as n from versions")[0]["n"] == 1 + len(paths)


def test_full_disk_during_compare_is_one_line_and_records_nothing_half_done(revised, monkeypatch):
    _small_disk(monkeypatch, spare_pages=2)
    one_line_error(revised("compare", f"{ESSAY}@1", f"{ESSAY}@2"), "disk is full", "Free disk space")
    monkeypatch.undo()
    assert sql(revised, "select count(*) as n from comparisons")[0]["n"] == 0
    assert sql(revised, "select count(*) as n from sentence_alignments")[0]["n"] == 0
    assert revised("verify").exit_code == 0
    assert revised("compare", f"{ESSAY}@1", f"{ESSAY}@2").exit_code == 0


def test_full_disk_on_a_new_database_leaves_no_database(run, db, monkeypatch):
    import corpus.store

    def fail_to_grow(self, sets):
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(corpus.store.Store, "migrate", fail_to_grow)
    one_line_error(run("init"), "disk is full")
    assert not [p for p in os.listdir(os.path.dirname(db)) if p.startswith("corpus.db")]


@pytest.fixture
def tiny_filesystem():
    """A 1 MB tmpfs when this machine lets us mount one (root on Linux); otherwise the test is skipped."""
    folder = Path(tempfile.mkdtemp(prefix="corpus-tiny-"))
    mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", str(folder)],
                             capture_output=True).returncode == 0 if shutil.which("mount") and os.geteuid() == 0 else False
    if not mounted:
        folder.rmdir()
        pytest.skip("cannot mount a tiny filesystem here; the injected-error tests cover a full disk")
    try:
        yield folder
    finally:
        subprocess.run(["umount", str(folder)], capture_output=True)
        folder.rmdir()


def test_full_disk_on_a_real_tiny_filesystem(tiny_filesystem, tmp_path):
    db = tiny_filesystem / "corpus.db"
    runner = CliRunner()
    assert runner.invoke(cli, ["--db", str(db), "init"]).exit_code == 0
    paths = _documents(tmp_path / "docs", 20, sentences=300)
    result = runner.invoke(cli, ["--db", str(db), "add", str(tmp_path / "docs")])
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    line = one_line_error(result, "disk", "Free disk space")
    added = [l for l in result.output.splitlines() if l.endswith(" added")]
    assert line.startswith(f"Error: {paths[len(added)]}:")
    check = sqlite3.connect(db)
    assert check.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert check.execute("select count(*) from versions").fetchone()[0] == 1 + len(added)
    check.close()
    out = tiny_filesystem / "diff.html"
    with open(tiny_filesystem / "filler", "wb") as filler:  # take what space is left
        with contextlib.suppress(OSError):
            while True:
                filler.write(b"x" * 65536)
                filler.flush()
    diff = runner.invoke(cli, ["--db", str(db), "diff", "paper-number-0", "paper-number-1", "--format", "html",
                               "-o", str(out)])
    one_line_error(diff)
    assert not out.exists() and not [p for p in os.listdir(tiny_filesystem) if p.startswith(".corpus-")]


def test_output_file_on_a_full_disk_leaves_no_file(revised, tmp_path, monkeypatch):
    import corpus.files

    def no_space(fd):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(corpus.files.os, "fsync", no_space, raising=False)
    monkeypatch.setattr(os, "fsync", no_space)
    out = tmp_path / "diff.html"
    one_line_error(revised("diff", f"{ESSAY}@1", f"{ESSAY}@2", "--format", "html", "-o", out), "no space left")
    assert sorted(os.listdir(tmp_path)) == ["corpus.db"]


def test_output_to_a_full_device_is_one_line(revised):
    if not os.path.exists("/dev/full"):
        pytest.skip("no /dev/full here")
    one_line_error(revised("diff", f"{ESSAY}@1", f"{ESSAY}@2", "-o", "/dev/full"), "/dev/full", "no space left")
    assert os.path.exists("/dev/full") and not os.path.isfile("/dev/full")


@pytest.mark.parametrize("target", ["missing-folder/out.html", "corpus.db-wal-is-not-a-folder/x.html"])
def test_unwritable_output_path_is_one_line(revised, tmp_path, target):
    one_line_error(revised("diff", f"{ESSAY}@1", f"{ESSAY}@2", "-o", tmp_path / target), "out" if "missing" in target
                   else "x.html")
    assert not list(tmp_path.glob("**/*.html"))


HUGE = "99999999999999999999"


@pytest.mark.parametrize("args", [("show", f"{ESSAY}@{HUGE}"), ("diff", f"{ESSAY}@1", f"{ESSAY}@{HUGE}"),
                                  ("compare", f"{ESSAY}@{HUGE}", f"{ESSAY}@1"), ("positions", f"{ESSAY}@{HUGE}"),
                                  ("search", "alliance", "--limit", HUGE), ("diff", ESSAY, ESSAY, "--width", HUGE)],
                         ids=["show", "diff", "compare", "positions", "search-limit", "diff-width"])
def test_huge_integers_are_refused_in_one_line(seeded, args):
    result = seeded(*args)
    assert "Traceback" not in result.output
    if args[0] == "search":
        assert result.exit_code == 0 and result.output.count("\n") >= 1
        return
    assert result.exit_code in (1, 2), result.output
    assert len([l for l in result.output.splitlines() if l.startswith("Error:")]) == 1


# --- 5. the database is the user's ---------------------------------------------------------------------------

READ_COMMANDS = [("list",), ("log", ESSAY), ("show", ESSAY), ("search", "alliance"), ("sql", "select 1"), ("verify",),
                 ("issues",), ("issues", "export"), ("positions", ESSAY), ("timeline", "trade"),
                 ("diff", ESSAY, ESSAY), ("align", ESSAY, ESSAY), ("compare", ESSAY, ESSAY)]


@pytest.mark.parametrize("command", READ_COMMANDS, ids=lambda c: "-".join(c[:2]))
def test_a_read_command_on_a_missing_database_refuses_and_creates_nothing(run, db, command):
    one_line_error(run(*command), f"no database at {db}", "corpus init")
    assert os.listdir(os.path.dirname(db)) == []


@pytest.mark.parametrize("command", [("list",), ("init",), ("sql", "select 1"), ("add", ROOT / "seeds")],
                         ids=lambda c: c[0])
def test_an_unrelated_sqlite_file_is_refused_not_converted(run, db, command):
    other = sqlite3.connect(db)
    other.execute("create table people (name text)")
    other.execute("insert into people values ('Ada')")
    other.commit()
    other.close()
    before = Path(db).read_bytes()
    one_line_error(run(*command), "not a corpus database", "people")
    assert Path(db).read_bytes() == before
    assert sorted(os.listdir(os.path.dirname(db))) == ["corpus.db"]


def test_an_empty_file_is_no_database_for_reading_but_init_sets_it_up(run, db):
    Path(db).touch()
    one_line_error(run("list"), "no database at", "empty")
    assert run("init").exit_code == 0
    assert run("list").exit_code == 0


# --- 6. input edge cases -------------------------------------------------------------------------------------

BAD_IDS = ["", "a@b", "has space", "tab\tid", "line\nbreak", "esc\x1bid", "zero\u200bwidth", "x" * 201]


@pytest.mark.parametrize("bad", BAD_IDS, ids=["empty", "at", "space", "tab", "newline", "escape", "zero-width", "long"])
def test_bad_document_ids_are_refused(seeded, tmp_path, bad):
    path = tmp_path / "doc.txt"
    path.write_text("A Title\n\nJapan should act. The alliance holds.\n", encoding="utf-8")
    one_line_error(seeded("add", path, "--id", bad), "--id", "document id")
    assert sql(seeded, "select count(*) as n from documents")[0]["n"] == 1


def test_a_bad_front_matter_id_refuses_that_file_only(seeded, tmp_path):
    bad = tmp_path / "bad.md"
    bad.write_text("---\nid: two words\n---\n# Title\n\nJapan should act. The alliance holds.\n", encoding="utf-8")
    good = tmp_path / "good.md"
    good.write_text("---\nid: fine-id\n---\n# Title\n\nJapan should act now. The alliance holds firm.\n", encoding="utf-8")
    result = seeded("add", bad, good)
    assert result.exit_code == 1 and "Traceback" not in result.output
    assert "front-matter id" in result.output and "fine-id@1 added" in result.output
    assert [d["id"] for d in sql(seeded, "select id from documents order by id")] == ["fine-id", ESSAY]


@pytest.mark.parametrize("limit", ["0", "-3"])
def test_search_limit_must_be_positive(seeded, limit):
    result = seeded("search", "alliance", "--limit", limit)
    assert result.exit_code == 2 and "Traceback" not in result.output and "--limit" in result.output


def test_search_limit_checked_in_the_library(seeded, db):
    from corpus.errors import CorpusError
    from corpus.inspect import search

    with Store(db) as store, pytest.raises(CorpusError, match="at least 1"):
        search(store, "alliance", limit=0)


def test_sizes_in_messages_tell_1025_bytes_from_1_kb(run, tmp_path):
    path = tmp_path / "doc.txt"
    path.write_bytes(b"A Title\n\n" + b"Japan should act. " * 56 + b"x" * (1025 - 9 - 18 * 56))
    assert path.stat().st_size == 1025
    one_line_error(run("add", path, "--max-size", "1KB"), "1,025 B", "1,024 B")


@pytest.mark.parametrize("text, expected", [
    ("هل هذا صحيح؟ نعم هذا صحيح. هذه جملة ثالثة۔ وهذه رابعة.",
     ["هل هذا صحيح؟", "نعم هذا صحيح.", "هذه جملة ثالثة۔", "وهذه رابعة."]),
    ("זה משפט ראשון. זה משפט שני? כן!", ["זה משפט ראשון.", "זה משפט שני?", "כן!"]),
    ("这是第一句。这是第二句！第三句？最后一句。", ["这是第一句。", "这是第二句！", "第三句？", "最后一句。"]),
    ("日本は同盟を強化する。米国も協力する！本当か？「そうだ。」と彼は言った。",
     ["日本は同盟を強化する。", "米国も協力する！", "本当か？", "「そうだ。」と彼は言った。"]),
    ("First sentence.\ufeffSecond sentence. \ufeffThird one.", ["First sentence.", "Second sentence.", "Third one."]),
    ("\ufeffThe U.S. Army went. Mr. Smith said so.", ["The U.S. Army went.", "Mr. Smith said so."]),
], ids=["arabic", "hebrew", "chinese", "japanese", "bom-inside", "bom-first"])
def test_sentences_split_in_other_scripts_and_after_a_bom(text, expected):
    spans = split_sentences(text)
    assert [text[a:b] for a, b in spans] == expected


def test_chinese_document_is_stored_sentence_by_sentence(seeded, tmp_path):
    path = tmp_path / "zh.txt"
    path.write_text("日美同盟\n\n日本应当加强同盟。美国也应当合作！这是真的吗？是的。\n", encoding="utf-8")
    assert seeded("add", path, "--id", "zh").exit_code == 0
    rows = sql(seeded, "select text from sentence_detail where document_id = 'zh' order by ordinal")
    assert [r["text"] for r in rows][-4:] == ["日本应当加强同盟。", "美国也应当合作！", "这是真的吗？", "是的。"]


# --- 7. workers exit with their parent -----------------------------------------------------------------------


def _children(pid: int) -> list[int]:
    found = []
    for task in Path(f"/proc/{pid}/task").glob("*"):
        with contextlib.suppress(OSError):
            found += [int(c) for c in (task / "children").read_text().split()]
    return found


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state not in ("Z", "X")


@pytest.mark.skipif(not Path("/proc/self/task").exists() or (os.cpu_count() or 1) < 2,
                    reason="needs Linux /proc and two cores (one writer, one parsing worker)")
def test_workers_exit_when_add_is_killed(seeded, db, tmp_path):
    _documents(tmp_path / "docs", 150, sentences=200)
    process = corpus_process(db, "add", tmp_path / "docs", stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    workers: list[int] = []
    try:
        deadline = time.monotonic() + 30
        while not workers and time.monotonic() < deadline and process.poll() is None:
            workers = _children(process.pid)
            time.sleep(0.01)
        assert workers, "add never started a worker process"
        process.send_signal(signal.SIGKILL)
        process.wait()
        deadline = time.monotonic() + 5
        while any(_alive(w) for w in workers) and time.monotonic() < deadline:
            time.sleep(0.05)
        assert not any(_alive(w) for w in workers), "a worker outlived its killed parent"
    finally:
        for worker in workers:  # only the workers this test's process started
            with contextlib.suppress(ProcessLookupError):
                if _alive(worker):
                    os.kill(worker, signal.SIGKILL)
    check = sqlite3.connect(db)
    assert check.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    check.close()


def test_kill_during_compare_all_leaves_a_sound_database_that_a_rerun_completes(revised, db, tmp_path):
    """A regression guard (this held before issue 8 too): kill -9 mid-way, then the same command finishes."""
    assert revised("add", *_documents(tmp_path / "docs", 16, sentences=150)).exit_code == 0
    process = corpus_process(db, "compare", "--all", stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 30
        while _recorded_comparisons(db) < 2 and time.monotonic() < deadline and process.poll() is None:
            time.sleep(0.02)
        assert process.poll() is None, "compare --all finished before it could be killed mid-way"
    finally:
        process.kill()
        process.wait()
    check = sqlite3.connect(db)
    assert check.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    check.close()
    assert revised("verify").exit_code == 0
    again = revised("compare", "--all")
    assert again.exit_code == 0
    pairs = int(re.search(r"(\d+) comparison\(s\) recorded", again.output).group(1))
    counts = sql(revised, "select count(*) as n, count(distinct left_version_id || '-' || right_version_id) as d "
                          "from comparisons")[0]
    assert counts["n"] == counts["d"] >= pairs


def _recorded_comparisons(db) -> int:
    with contextlib.closing(sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5)) as reader:
        with contextlib.suppress(sqlite3.OperationalError):
            return reader.execute("select count(*) from comparisons").fetchone()[0]
    return 0


# --- the forked workers of the analysis (corpus.workers.drain_in_forks) ---------------------------------------

needs_fork = pytest.mark.skipif(not hasattr(os, "fork") or not Path("/proc/self/task").exists(),
                                reason="needs os.fork and Linux /proc")


def _shared_counter_work(limit: int, *, child_fails: bool = False, child_dies: bool = False):
    """A produce() for drain_in_forks: numbers taken from a counter in shared memory until `limit`, each with the
    pid that took it. With child_fails, a child raises on the first number it takes; with child_dies, it ends
    there without a word."""
    import multiprocessing

    counter = multiprocessing.Value("i", 0)
    parent = os.getpid()

    def produce():
        while True:
            with counter.get_lock():
                number = counter.value
                counter.value += 1
            if number >= limit:
                return
            if os.getpid() != parent and child_fails:
                raise ValueError("the batch could not be read")
            if os.getpid() != parent and child_dies:
                os._exit(3)
            time.sleep(0.001)       # (so that every process takes some)
            yield number, os.getpid()
    return produce


@needs_fork
def test_forked_workers_share_the_work_and_return_every_item_once():
    from corpus.workers import drain_in_forks

    items = drain_in_forks(_shared_counter_work(200), children=2)
    assert sorted(number for number, _ in items) == list(range(200))
    by_process = {pid for _, pid in items}
    assert os.getpid() in by_process and len(by_process) == 3, "the work was not shared by this process and two children"
    assert not _children(os.getpid()), "a worker outlived the call"


@needs_fork
def test_a_failing_forked_worker_is_reported_with_its_cause():
    from corpus.workers import drain_in_forks

    with pytest.raises(RuntimeError, match="a worker process failed:(?s:.*)ValueError: the batch could not be read"):
        drain_in_forks(_shared_counter_work(400, child_fails=True), children=1)
    assert not _children(os.getpid())


@needs_fork
def test_a_forked_worker_that_dies_is_not_taken_for_one_that_finished():
    from corpus.workers import drain_in_forks

    with pytest.raises(RuntimeError, match=r"ended before its work was done \(exit status 3\)"):
        drain_in_forks(_shared_counter_work(400, child_dies=True), children=1)
    assert not _children(os.getpid())
