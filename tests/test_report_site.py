"""corpus report -o DIR: the static corpus site; corpus datasette-metadata."""

import json
import re
import sqlite3
from html.parser import HTMLParser
from urllib.parse import unquote

import pytest
from click.testing import CliRunner

from compare.cli import cli
from conftest import ESSAY, FIXTURE, ROOT


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    """The demo corpus: the essay and its revision, the three commentaries, every comparison run."""
    folder = tmp_path_factory.mktemp("corpus")
    db = str(folder / "corpus.db")
    runner = CliRunner()

    def run(*args, env=None):
        return runner.invoke(cli, ["--db", db, *[str(a) for a in args]], env=env, catch_exceptions=False)

    for args in (("init",), ("add", ROOT / "examples" / "commentaries"),
                 ("add", FIXTURE / "revised.txt", "--id", ESSAY), ("compare", "--all")):
        assert run(*args).exit_code == 0
    run.db = db
    run.folder = folder
    return run


def query(db: str, sql: str) -> list[tuple]:
    with sqlite3.connect(db) as conn:
        return conn.execute(sql).fetchall()


class Links(HTMLParser):
    def __init__(self, html):
        super().__init__(convert_charrefs=True)
        self.ids, self.hrefs, self.assets = set(), [], []
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if "id" in attrs:
            self.ids.add(attrs["id"])
        if tag == "a" and attrs.get("href"):
            self.hrefs.append(attrs["href"])
        if tag in ("script", "link", "img", "iframe") or "src" in attrs:
            self.assets.append(tag)


def build(corpus, name="site", *extra):
    out = corpus.folder / name
    result = corpus("report", "-o", out, *extra)
    return out, result


def test_site_has_every_page_and_every_link_resolves(corpus):
    out, result = build(corpus, "site-links")
    assert result.exit_code == 0, result.output
    documents = [r[0] for r in query(corpus.db, "select id from documents")]
    comparisons = [r[0] for r in query(corpus.db, "select id from comparisons")]
    issues = [r[0] for r in query(corpus.db, "select id from issues")]
    assert len(comparisons) == 4 and len(issues) >= 5
    expected = {"index.html"} | {f"documents/{d}.html" for d in documents} | {
        f"comparisons/{c}.html" for c in comparisons} | {f"issues/{i}.html" for i in issues}
    written = {str(p.relative_to(out)) for p in out.rglob("*.html")}
    assert written == expected
    assert f"{len(expected)} pages" in result.output
    parsed = {page: Links(page.read_text(encoding="utf-8")) for page in out.rglob("*.html")}
    for page, links in parsed.items():
        assert not links.assets, page  # self-contained: nothing to fetch
        for href in links.hrefs:
            if href.startswith(("http://", "https://")):
                continue
            path, _, fragment = href.partition("#")
            target = (page.parent / unquote(path)).resolve() if path else page
            assert target.is_file(), f"{page.name}: {href}"
            if fragment:
                assert fragment in parsed[target].ids, f"{page.name}: {href}"
    index = (out / "index.html").read_text(encoding="utf-8")
    for d in documents:
        assert f'href="documents/{d}.html"' in index
    assert all(f'href="comparisons/{c}.html"' in index for c in comparisons)


def test_comparison_page_is_the_recorded_diff_report(corpus):
    out, _ = build(corpus, "site-cmp")
    cid = query(corpus.db, "select c.id from comparison_detail c where left_document = right_document")[0][0]
    page = (out / "comparisons" / f"{cid}.html").read_text(encoding="utf-8")
    direct = corpus("diff", f"{ESSAY}@1", f"{ESSAY}@2", "--format", "html").output
    strip = lambda html: re.sub(r"<nav.*?</nav>", "", html)  # noqa: E731 - the site adds a link bar
    assert strip(page) == strip(direct)
    assert 'href="../index.html"' in page
    recorded = query(corpus.db, f"select count(*) from position_changes where comparison_id = {cid} "
                                "and change != 'unchanged'")[0][0]
    assert page.count(' id="pc-') == recorded > page.count('<div class="pc pc-')  # some boxes serve two issues


def test_issue_page_charts_stance_oldest_first(corpus):
    out, _ = build(corpus, "site-issue")
    page = (out / "issues" / "north-korea.html").read_text(encoding="utf-8")
    svg = page[page.index("<svg"):page.index("</svg>")]
    positions = query(corpus.db, "select count(*) from position_detail where issue_id = 'north-korea' "
                                 "and attribution = 'author'")[0][0]
    circles = re.findall(r'<circle cx="([\d.]+)" cy="([\d.]+)" r="[\d.]+" fill="(#\w+)"', svg)
    assert len(circles) == positions > 5
    # Columns by date, oldest first, left to right.
    labels = re.findall(r'<text x="([\d.]+)" y="[\d.]+" text-anchor="middle" font-weight="600">([^<]+)<title>', svg)
    assert [d for _, d in labels] == sorted(d for _, d in labels) and len(labels) == 4  # both essay versions
    assert [float(x) for x, _ in labels] == sorted(float(x) for x, _ in labels)
    # Height is stance: for above the zero line, against below, neutral on it.
    zero = float(re.search(r'<line x1="[\d.]+" x2="[\d.]+" y1="([\d.]+)" y2="[\d.]+" stroke="#57606a"', svg).group(1))
    for _, cy, colour in circles:
        side = {"#1a7f37": -1, "#cf222e": 1, "#6e7781": 0}[colour]  # SVG y grows downward
        assert (float(cy) > zero) - (float(cy) < zero) == side
    assert page.count("<tr>") - 1 == positions  # the same positions, as a table
    labels = {r[0] for r in query(corpus.db, "select distinct pc.change from position_changes pc join positions p "
                                             "on p.id = pc.right_position_id where p.issue_id = 'north-korea'")}
    assert labels and all(f'class="badge b-{label}"' in page for label in labels)


def test_document_page(corpus):
    out, _ = build(corpus, "site-doc")
    page = (out / "documents" / f"{ESSAY}.html").read_text(encoding="utf-8")
    assert "Hitoshi Tanaka" in page and "Deeper Consultation on Russia Policy" in page
    versions = page[page.index("<h2>Versions</h2>"):page.index("</table>", page.index("<h2>Versions</h2>"))]
    assert versions.count("<tr>") == 3  # header and two versions
    positions = query(corpus.db, "select count(*) from positions p join versions v on v.id = p.version_id "
                                 f"where v.document_id = '{ESSAY}' and v.number = 2")[0][0]
    assert f"Positions in version 2 ({positions})" in page


def test_site_is_deterministic(corpus):
    first, _ = build(corpus, "site-a")
    second, _ = build(corpus, "site-b")
    files = sorted(p.relative_to(first) for p in first.rglob("*") if p.is_file())
    assert files == sorted(p.relative_to(second) for p in second.rglob("*") if p.is_file())
    assert all((first / f).read_bytes() == (second / f).read_bytes() for f in files)


def test_existing_folder_refused_or_replaced_only_when_asked(corpus):
    out, result = build(corpus, "site-replace")
    assert result.exit_code == 0
    (out / "stale.html").write_text("old", encoding="utf-8")
    again = corpus("report", "-o", out)
    assert again.exit_code == 1 and "--replace" in again.output and len(again.output.strip().splitlines()) == 1
    assert (out / "stale.html").exists()
    replaced = corpus("report", "-o", out, "--replace")
    assert replaced.exit_code == 0 and not (out / "stale.html").exists() and (out / "index.html").exists()
    # --replace never deletes a folder that is not a report.
    precious = corpus.folder / "precious"
    precious.mkdir()
    (precious / "notes.txt").write_text("keep me", encoding="utf-8")
    refused = corpus("report", "-o", precious, "--replace")
    assert refused.exit_code == 1 and "not an earlier corpus report" in refused.output
    assert (precious / "notes.txt").read_text(encoding="utf-8") == "keep me"
    # A file, or a missing parent folder: one line, nothing written.
    (corpus.folder / "afile").write_text("x", encoding="utf-8")
    for bad in (corpus.folder / "afile", corpus.folder / "missing" / "site"):
        result = corpus("report", "-o", bad)
        assert result.exit_code == 1 and result.output.startswith("Error: ") and result.output.count("\n") == 1
    assert not (corpus.folder / "missing").exists()


def test_failure_while_writing_leaves_nothing_behind(corpus, monkeypatch):
    from compare.report import site
    from compare.schema import migrations
    from corpus.store import Store

    parent = corpus.folder / "failing"
    parent.mkdir()
    old = parent / "site"
    assert corpus("report", "-o", old).exit_code == 0
    before = sorted(p.name for p in old.rglob("*"))

    def broken(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(site, "_issue_page", broken)
    with Store(corpus.db, extra_migrations=(migrations,)) as store:
        for target, replace in ((parent / "new", False), (old, True)):
            with pytest.raises(site.ReportError, match="nothing was changed"):
                site.build_site(store, str(target), replace=replace)
    assert sorted(p.name for p in parent.iterdir()) == ["site"]  # no new folder, no temporary leftovers
    assert sorted(p.name for p in old.rglob("*")) == before  # the earlier report is intact


def test_missing_database_is_not_created(tmp_path):
    db = tmp_path / "typo.db"
    result = CliRunner().invoke(cli, ["--db", str(db), "report", "-o", str(tmp_path / "out")])
    assert result.exit_code == 1 and "no database at" in result.output
    assert not db.exists() and not (tmp_path / "out").exists()


def test_datasette_metadata_covers_the_schema(corpus):
    result = corpus("datasette-metadata")
    assert result.exit_code == 0
    metadata = json.loads(result.output)
    tables = metadata["databases"]["corpus"]["tables"]
    with sqlite3.connect(corpus.db) as conn:
        names = dict(conn.execute("select name, type from sqlite_master where type in ('table', 'view')").fetchall())
        assert set(tables) == set(names)
        for name, kind in names.items():
            assert tables[name]["description"], name
            if kind == "table" and not tables[name].get("hidden"):
                columns = [r[1] for r in conn.execute(f"pragma table_info({name})")]
                assert set(tables[name]["columns"]) == set(columns), name
        # Label columns are real columns, so foreign keys show names instead of ids.
        labels = {name: t["label_column"] for name, t in tables.items() if "label_column" in t}
        assert {"documents": "title", "issues": "label", "sections": "heading"}.items() <= labels.items()
        for name, column in labels.items():
            assert column in [r[1] for r in conn.execute(f"pragma table_info({name})")]
        referenced = {r[2] for name in names if names[name] == "table"
                      for r in conn.execute(f"pragma foreign_key_list({name})")}
        assert {"documents", "versions", "issues", "sections", "sentences"} <= referenced & set(labels)
        # Every column that holds JSON says so.
        for name, kind in names.items():
            if kind != "table" or tables[name].get("hidden") or name == "sentences_fts":
                continue
            for column in [r[1] for r in conn.execute(f"pragma table_info({name})")]:
                values = [r[0] for r in conn.execute(f'select "{column}" from {name} where typeof("{column}") = '
                                                     "'text' limit 20")]
                if values and all(_is_json_container(v) for v in values):
                    assert "JSON" in tables[name]["columns"][column], (name, column)
    assert "re-analysed" in tables["tagged_versions"]["description"]


def _is_json_container(value: str) -> bool:
    try:
        return isinstance(json.loads(value), (list, dict))
    except ValueError:
        return False
