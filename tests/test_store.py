"""The corpus store: init, add, versions, references, outline, search, sql, verify, migrations, concurrency."""

import json
import multiprocessing
import sqlite3

from click.testing import CliRunner

from compare.cli import cli
from conftest import ESSAY, FIXTURE, SEED, sql
from corpus.store import Store

SEED_HEADINGS = [
    None,
    "The Evolving Regional Role of the United States",
    "The Growing Need for Deeper US-Japan Cooperation",
    "Four Key Issues for the US-Japan Alliance",
    "A New Approach to North Korea",
    "Building Confidence in Northeast Asia",
    "Nurturing a Stable and Inclusive Regional Order",
    "Deeper Consultation on Russia Policy",
    None,
    "About the author",
]


def test_init_loads_seed_and_is_idempotent(run):
    first = run("init")
    assert first.exit_code == 0
    assert f"{ESSAY}@1 added" in first.output
    second = run("init")
    assert f"{ESSAY}@1 unchanged" in second.output
    assert sql(run, "select count(*) as n from versions")[0]["n"] == 1
    assert sql(run, "select count(*) as n from issues")[0]["n"] == 8


def test_seed_outline(seeded):
    rows = sql(seeded, "select heading, level, parent_id, id from sections order by ordinal")
    assert [r["heading"] for r in rows] == SEED_HEADINGS
    by_id = {r["id"]: r for r in rows}
    four = next(r for r in rows if r["heading"] == "Four Key Issues for the US-Japan Alliance")
    for heading in SEED_HEADINGS[4:8]:
        row = next(r for r in rows if r["heading"] == heading)
        assert row["level"] == four["level"] + 1
        assert by_id[row["parent_id"]]["heading"] == four["heading"]
    assert rows[-1]["level"] == 1 and rows[8]["level"] == 1
    # The lead-in without a full stop is a paragraph of the parent section, not a heading.
    lead = sql(seeded, "select text, heading from sentence_detail where text like '%following four key areas'")
    assert lead == [{"text": lead[0]["text"], "heading": "Four Key Issues for the US-Japan Alliance"}]
    assert not sql(seeded, "select * from sentences where text = 'December 2016'")
    result = seeded("show", ESSAY)
    assert "A New Approach to North Korea" in result.output and "(untitled)" in result.output


def test_seed_metadata(seeded):
    doc = sql(seeded, "select * from documents")[0]
    assert doc["id"] == ESSAY
    assert doc["title"] == "Shoring Up the US-Japan Alliance under the Trump Administration"
    assert doc["author"] == "Hitoshi Tanaka"
    assert doc["published"] == "2016-12"


def test_offsets_rebuild_text(seeded, db):
    with Store(db) as store:
        text = store.conn.execute("select text from versions").fetchone()[0]
        for table in ("sections", "paragraphs"):
            for start, end in store.conn.execute(f'select start, "end" from {table}'):
                assert 0 <= start < end <= len(text)
        rows = store.conn.execute('select text, start, "end" from sentences order by ordinal').fetchall()
    assert len(rows) > 90
    for sentence, start, end in rows:
        assert text[start:end] == sentence
    joined = " ".join(r[0] for r in rows)
    assert "strategy,and North Korea" in joined  # missing space after a comma stays inside the sentence
    assert any(r[0].startswith("He previously served") for r in rows)


def test_sentence_detail_and_fts(seeded):
    rows = sql(seeded, "select document_id, version, published, heading from sentence_detail where text like '“Strategic%'")
    assert rows == [{"document_id": ESSAY, "version": 1, "published": "2016-12", "heading": "A New Approach to North Korea"}]
    result = seeded("search", '"strategic patience"')
    assert result.exit_code == 0
    assert f"{ESSAY}@1" in result.output and "A New Approach to North Korea" in result.output
    bad = seeded("search", '"unbalanced')
    assert bad.exit_code == 1 and "Quote phrases" in bad.output


def test_versions_and_references(revised):
    run = revised
    again = run("add", FIXTURE / "revised.txt", "--id", ESSAY)
    assert again.output.strip() == f"{ESSAY}@2 unchanged"
    original = run("add", SEED)
    assert original.output.strip() == f"{ESSAY}@1 unchanged"
    log = run("log", "tanaka")
    assert log.exit_code == 0
    assert f"{ESSAY}@1" in log.output and f"{ESSAY}@2" in log.output
    # The revision deletes one 14-sentence section and adds one sentence; 4 sentences are rewritten.
    line = next(l for l in log.output.splitlines() if l.startswith(f"{ESSAY}@2"))
    assert line.split()[-2:] == ["5", "18"]
    assert run("show", "tanaka@2").output.splitlines()[0] == f"{ESSAY}@2"
    assert run("show", "tan").output.splitlines()[0] == f"{ESSAY}@2"
    missing = run("show", "tanaka@7")
    assert missing.exit_code == 1 and "has 2 version(s)" in missing.output
    assert run("show", "nobody").exit_code == 1


def test_without_id_new_text_becomes_new_document(seeded, tmp_path):
    path = tmp_path / "other.txt"
    path.write_text("Another Paper\n\nMarch 2018\n\nIt says something new about trade. It is short.\n", encoding="utf-8")
    result = seeded("add", path, "--author", "Jane Example", "--kind", "commentary")
    assert result.output.strip() == "example-2018-another-paper@1 added"
    doc = sql(seeded, "select * from documents where id = 'example-2018-another-paper'")[0]
    assert (doc["author"], doc["published"], doc["kind"]) == ("Jane Example", "2018-03", "commentary")
    dup = seeded("add", path)
    assert dup.output.strip() == "example-2018-another-paper@1 unchanged"


def test_stdin_and_formats(seeded, tmp_path):
    result = seeded("add", "-", "--id", "piped", input="Piped Title\n\nOne sentence here. Another one.\n")
    assert result.output.strip() == "piped@1 added"
    md = tmp_path / "note.md"
    md.write_text("Title Line\n==========\n\nIntro text here.\n\n## First Part\n\nBody one. Body two.\n\n"
                  "Second Part\n-----------\n\nMore text.\n", encoding="utf-8")
    html = tmp_path / "page.html"
    html.write_text("<html><head><title>T</title><script>var x = 1;</script><style>p{}</style></head><body>"
                    "<nav>Home | About</nav><h1>Page Title</h1><p>Intro &amp; more.</p><h2>Trade</h2>"
                    "<p>The TPP matters. Tariffs hurt.</p></body></html>", encoding="utf-8")
    assert seeded("add", md, "--id", "md").exit_code == 0
    assert seeded("add", html, "--id", "web").exit_code == 0
    md_rows = sql(seeded, "select heading, level from sections s join versions v on v.id = s.version_id "
                          "where v.document_id = 'md' order by ordinal")
    assert [(r["heading"], r["level"]) for r in md_rows] == [(None, 1), ("First Part", 1), ("Second Part", 1)]
    web = sql(seeded, "select text from sentence_detail where document_id = 'web' order by ordinal")
    assert [r["text"] for r in web] == ["Intro & more.", "The TPP matters.", "Tariffs hurt."]
    assert sql(seeded, "select title from documents where id = 'web'")[0]["title"] == "Page Title"


def test_sql_is_read_only(seeded):
    for statement in ("delete from documents", "drop table sentences", "insert into issues(id, label) values ('x', 'x')"):
        result = seeded("sql", statement)
        assert result.exit_code == 1
        assert "read-only" in result.output
    assert sql(seeded, "select count(*) as n from documents")[0]["n"] == 1
    several = seeded("sql", "select 1; select 2")
    assert several.exit_code == 1 and "one statement at a time" in several.output
    assert seeded("sql", "pragma journal_mode=delete").exit_code == 1
    assert sql(seeded, "pragma journal_mode")[0]["journal_mode"] == "wal"
    csv_out = seeded("sql", "select id, published from documents", "--csv")
    assert csv_out.output == f"id,published\n{ESSAY},2016-12\n"
    table = seeded("sql", "select id from documents")
    assert ESSAY in table.output


def test_verify_catches_tampering(seeded, db):
    ok = seeded("verify")
    assert ok.exit_code == 0 and "OK" in ok.output
    conn = sqlite3.connect(db)
    conn.execute("update sentences set start = start + 1 where ordinal = 3")
    conn.execute("update versions set text = text || ' ' where number = 1")
    conn.commit()
    conn.close()
    bad = seeded("verify")
    assert bad.exit_code == 1
    assert "does not match its sha256" in bad.output
    assert "sentence" in bad.output and "differs" in bad.output


def test_migrations_twice_is_a_no_op(db):
    from compare.schema import migrations

    with Store(db, extra_migrations=(migrations,)) as store:
        applied = store.query("select migration_set, name from _sqlite_migrations order by id")
    with Store(db, extra_migrations=(migrations,)) as store:
        again = store.query("select migration_set, name from _sqlite_migrations order by id")
        assert store.conn.execute("pragma journal_mode").fetchone()[0] == "wal"
        assert store.conn.execute("pragma foreign_keys").fetchone()[0] == 1
    assert applied == again
    assert {r["migration_set"] for r in applied} == {"corpus", "compare"}


def test_changes_recorded_before_the_learned_judge_are_the_rules(seeded, db):
    # a store whose changes were recorded before m007: migrated on open, they read as the rules'
    from sqlite_utils import Database

    from compare.schema import migrations

    assert seeded("add", FIXTURE / "revised.txt", "--id", ESSAY).exit_code == 0
    assert seeded("compare", f"{ESSAY}@1", f"{ESSAY}@2").exit_code == 0
    before = sql(seeded, "select count(*) as n from position_changes")[0]["n"]
    conn = sqlite3.connect(db)
    view = conn.execute("select sql from sqlite_master where name = 'position_change_detail'").fetchone()[0]
    assert ",\n           pc.judged_by" in view
    conn.executescript("DROP VIEW position_change_detail; ALTER TABLE position_changes DROP COLUMN judged_by; "
                       "DELETE FROM _sqlite_migrations WHERE name = 'm007_judged_by'; "
                       + view.replace(",\n           pc.judged_by", "") + ";")
    conn.close()
    with Store(db, extra_migrations=(migrations,)) as store:
        assert store.query("select name from _sqlite_migrations where name = 'm007_judged_by'")
    rows = sql(seeded, "select judged_by, count(*) as n from position_change_detail group by judged_by")
    assert before and rows == [{"judged_by": "rules", "n": before}]
    assert Database(db)["position_changes"].columns_dict["judged_by"] is str


def _add_many(args):
    db, folder, prefix = args
    runner = CliRunner()
    results = []
    for n in range(6):
        path = f"{folder}/{prefix}-{n}.txt"
        result = runner.invoke(cli, ["--db", db, "add", path, "--id", f"{prefix}-{n}"])
        results.append((result.exit_code, result.output))
    return results


def test_two_concurrent_writers(tmp_path, db):
    Store(db).close()
    for prefix in ("a", "b"):
        for n in range(6):
            body = " ".join(f"Sentence {prefix} {n} {k} about trade policy." for k in range(300))
            (tmp_path / f"{prefix}-{n}.txt").write_text(f"Doc {prefix} {n}\n\n{body}\n", encoding="utf-8")
    with multiprocessing.get_context("spawn").Pool(2) as pool:
        outcomes = pool.map(_add_many, [(db, str(tmp_path), "a"), (db, str(tmp_path), "b")])
    for results in outcomes:
        assert all(code == 0 for code, _ in results), results
    with Store(db) as store:
        assert store.conn.execute("select count(*) from versions").fetchone()[0] == 12
        assert store.conn.execute("select count(*) from sentences").fetchone()[0] == 12 * 300


def test_folder_add_is_quiet_off_terminal(run, tmp_path):
    folder = tmp_path / "docs"
    folder.mkdir()
    for n in range(3):
        (folder / f"d{n}.md").write_text(f"# Doc {n}\n\nText number {n}. More text.\n", encoding="utf-8")
    result = run("add", folder)
    assert result.exit_code == 0
    assert result.output.splitlines() == ["doc-0@1 added", "doc-1@1 added", "doc-2@1 added"]


def test_list_shows_counts(revised):
    out = revised("list").output
    line = next(l for l in out.splitlines() if l.startswith(ESSAY))
    assert "Hitoshi Tanaka" in line and "2016-12" in line and " 2 " in line
    data = json.loads(revised("sql", "select words from versions order by number", "--json").output)
    assert data[0]["words"] > data[1]["words"] > 2000


def test_help_does_not_import_heavy_modules():
    import subprocess
    import sys

    code = ("import sys; from compare.cli import cli; "
            "print(sorted(m for m in ('sqlite_utils', 'rapidfuzz', 'numpy', 'diff_match_patch') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def test_show_text_and_missing_seeds(seeded, tmp_path):
    assert seeded("show", ESSAY, "--text").output == SEED.read_text(encoding="utf-8")
    result = seeded("init", "--seeds", tmp_path / "nowhere")
    assert result.exit_code == 1 and "seeds folder not found" in result.output


def test_html_metadata_from_meta_tags(seeded, tmp_path):
    page = tmp_path / "article.html"
    page.write_text('<html><head><meta name="author" content="Jane Example">'
                    '<meta property="article:published_time" content="2019-04-02T10:00:00Z"></head>'
                    "<body><header><nav><a href='/'>Home</a></nav></header><h1>On Trade</h1>"
                    "<p>Tariffs hurt allies. The TPP lives on.</p><footer>Copyright</footer></body></html>",
                    encoding="utf-8")
    assert seeded("add", page).output.strip() == "example-2019-on-trade@1 added"
    doc = sql(seeded, "select author, published, title from documents where id = 'example-2019-on-trade'")[0]
    assert doc == {"author": "Jane Example", "published": "2019-04-02", "title": "On Trade"}
    texts = [r["text"] for r in sql(seeded, "select text from sentence_detail where document_id = 'example-2019-on-trade'")]
    assert texts == ["Tariffs hurt allies.", "The TPP lives on."]


def test_verify_catches_a_stale_search_index(seeded, db):
    conn = sqlite3.connect(db)
    conn.execute("insert into sentences_fts(rowid, text) values (999999, 'phantom sentence')")
    conn.commit()
    conn.close()
    result = seeded("verify")
    assert result.exit_code == 1 and "sentences_fts" in result.output and "rebuild" in result.output
