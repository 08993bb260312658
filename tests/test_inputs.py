"""Bad input: one clear line naming the file and the fix, a non-zero exit, nothing written."""

import pytest

from conftest import sql

GOOD = "Good Document\n\nThis is a sentence. This is another sentence.\n"


def count_versions(run):
    return sql(run, "select count(*) as n from versions")[0]["n"]


def _assert_refused(run, result, name, *phrases):
    assert result.exit_code == 1
    assert "Traceback" not in result.output
    error_lines = [line for line in result.output.splitlines() if line.startswith("Error")]
    assert error_lines and all(name in line for line in error_lines)
    for phrase in phrases:
        assert phrase in result.output
    assert count_versions(run) == 0


def test_missing_file(run, tmp_path):
    path = tmp_path / "nope.txt"
    _assert_refused(run, run("add", path), str(path), "file not found", "Check the path")


def test_folder_with_nothing_to_read(run, tmp_path):
    (tmp_path / "empty").mkdir()
    (tmp_path / "empty" / "image.png").write_bytes(b"\x89PNG")
    _assert_refused(run, run("add", tmp_path / "empty"), "empty", "no documents to read", ".pdf", ".docx")
    good = tmp_path / "good.txt"
    good.write_text("Good Paper\n\nGood text. More.\n", encoding="utf-8")
    mixed = run("add", tmp_path / "empty", good)
    assert mixed.exit_code == 1 and "good-paper@1 added" in mixed.output


@pytest.mark.parametrize("content", [b"", b"   \n\t\n  "])
def test_empty_or_whitespace(run, tmp_path, content):
    path = tmp_path / "blank.txt"
    path.write_bytes(content)
    _assert_refused(run, run("add", path), "blank.txt", "empty or holds only whitespace")


def test_binary_file(run, tmp_path):
    path = tmp_path / "data.txt"
    path.write_bytes(b"%PDF-1.4\x00\x01\x02binary\x00stuff")
    _assert_refused(run, run("add", path), "data.txt", "NUL bytes", "Convert it")


def test_control_characters_look_binary(run, tmp_path):
    path = tmp_path / "ctl.txt"
    path.write_bytes(bytes(range(1, 30)) * 4)
    _assert_refused(run, run("add", path), "ctl.txt", "looks binary")


def test_cp1252_fallback_warns(run, tmp_path):
    path = tmp_path / "latin.txt"
    path.write_bytes("Caf\u00e9 Policy\n\nThe caf\u00e9 \u201cdebate\u201d matters. It really does.\n".encode("cp1252"))
    result = run("add", path, "--id", "latin")
    assert result.exit_code == 0
    assert "Warning" in result.output and "Windows-1252" in result.output and "latin.txt" in result.output
    assert sql(run, "select text from sentences order by ordinal")[0]["text"] == "The caf\u00e9 \u201cdebate\u201d matters."


def test_undecodable_bytes_refused(run, tmp_path):
    path = tmp_path / "bad.txt"
    path.write_bytes(b"Title\n\nSome text \x81\x8d here.\n")
    _assert_refused(run, run("add", path), "bad.txt", "not UTF-8", "iconv")


def test_utf8_bom_is_read(run, tmp_path):
    path = tmp_path / "bom.txt"
    path.write_bytes("\ufeffBOM Title\n\nText with a mark. Done.\n".encode("utf-8"))
    assert run("add", path, "--id", "bom").exit_code == 0
    assert sql(run, "select title from documents")[0]["title"] == "BOM Title"


def test_size_limit(run, tmp_path):
    path = tmp_path / "huge.txt"
    path.write_text("Big\n\n" + "Words and more words. " * 2000, encoding="utf-8")
    _assert_refused(run, run("add", path, "--max-size", "10KB"), "huge.txt", "size limit", "--max-size")
    assert run("add", path, "--max-size", "1MB", "--id", "big").exit_code == 0
    bad_option = run("add", path, "--max-size", "lots")
    assert bad_option.exit_code == 2


@pytest.mark.parametrize("date", ["2016-13", "Dec 2016", "16-12-01", "2016-02-30"])
def test_invalid_date(run, tmp_path, date):
    path = tmp_path / "ok.txt"
    path.write_text(GOOD, encoding="utf-8")
    result = run("add", path, "--date", date)
    assert result.exit_code == 1
    assert "YYYY-MM-DD" in result.output and "Traceback" not in result.output
    assert not (tmp_path / "corpus.db").exists()  # refused before any database was created


def test_malformed_front_matter(run, tmp_path):
    path = tmp_path / "front.md"
    path.write_text("---\ntitle: Never closed\ndate: 2018\n\nBody text. More.\n", encoding="utf-8")
    _assert_refused(run, run("add", path), "front.md", "never closes")
    dated = tmp_path / "dated.md"
    dated.write_text("---\ntitle: Bad date\ndate: yesterday\n---\nBody text. More.\n", encoding="utf-8")
    _assert_refused(run, run("add", dated), "dated.md", "front matter 'date'")


def test_html_without_prose(run, tmp_path):
    path = tmp_path / "empty.html"
    path.write_text("<html><head><script>alert(1)</script></head><body><nav>menu</nav></body></html>", encoding="utf-8")
    _assert_refused(run, run("add", path), "empty.html", "no readable paragraphs")


def test_good_files_added_even_when_one_is_bad(run, tmp_path):
    good_a, bad, good_b = tmp_path / "a.txt", tmp_path / "b.txt", tmp_path / "c.txt"
    good_a.write_text("Alpha Paper\n\nAlpha text. More alpha.\n", encoding="utf-8")
    bad.write_bytes(b"\x00\x00")
    good_b.write_text("Gamma Paper\n\nGamma text. More gamma.\n", encoding="utf-8")
    result = run("add", good_a, bad, good_b)
    assert result.exit_code == 1
    assert "alpha-paper@1 added" in result.output and "gamma-paper@1 added" in result.output
    assert sum(1 for line in result.output.splitlines() if line.startswith("Error")) == 1
    assert count_versions(run) == 2
    assert sql(run, "select count(*) as n from sentences")[0]["n"] == 4


def test_failed_write_leaves_nothing(db, tmp_path, monkeypatch):
    """A crash in the middle of writing one document rolls the whole document back."""
    from corpus import ingest
    from corpus.store import Store

    path = tmp_path / "doc.txt"
    path.write_text(GOOD, encoding="utf-8")

    def explode(*args, **kwargs):
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(ingest, "_write_segments", explode)
    with Store(db) as store:
        with pytest.raises(RuntimeError):
            ingest.add_file(store, str(path))
        assert store.conn.execute("select count(*) from documents").fetchone()[0] == 0
        assert store.conn.execute("select count(*) from versions").fetchone()[0] == 0


def test_unknown_database_file(tmp_path):
    from click.testing import CliRunner

    from compare.cli import cli

    junk = tmp_path / "junk.db"
    junk.write_bytes(b"this is not sqlite" * 100)
    result = CliRunner().invoke(cli, ["--db", str(junk), "list"])
    assert result.exit_code == 1 and "cannot open as a corpus database" in result.output
