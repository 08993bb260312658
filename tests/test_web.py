"""Web pages: boilerplate measured out on generated pages, page metadata, and `corpus add URL`
against an HTTP server the test starts on 127.0.0.1."""

import http.server
import threading
import time

import pytest
import webpages

from conftest import sql


def sentences(run, document_id):
    return [r["text"] for r in sql(run, f"select text from sentence_detail where document_id = '{document_id}' "
                                        "order by ordinal")]


@pytest.mark.parametrize("template", sorted(webpages.TEMPLATES))
def test_saved_page_keeps_the_article_and_drops_the_boilerplate(run, tmp_path, template):
    page = tmp_path / f"{template}.html"
    page.write_text(webpages.TEMPLATES[template](), encoding="utf-8")
    result = run("add", page, "--id", "page")
    assert result.exit_code == 0, result.output
    got = sentences(run, "page")
    # Every sentence of the article, in order, and nothing else: no menu, cookie banner, share
    # buttons, related links, newsletter box, comments or footer.
    assert got == webpages.content_sentences()
    text = run("show", "page", "--text").output
    leaked = [phrase for phrase in webpages.BOILERPLATE if phrase in text]
    assert leaked == []
    # The <br> typed inside a sentence did not split it.
    assert "Its navy is now the largest in the region, and the allies have not kept pace with it." in got
    sections = sql(run, "select heading from sections s join versions v on v.id = s.version_id order by s.ordinal")
    assert [s["heading"] for s in sections] == [None, "A Changing Balance", "What Comes Next"]
    doc = sql(run, "select title, author, published, publisher from documents")[0]
    assert doc == {"title": webpages.TITLE, "author": webpages.AUTHOR, "published": webpages.DATE,
                   # the site's name is the publisher where the page declares it (og:site_name)
                   "publisher": webpages.SITE if template == "semantic" else None}
    assert run("verify").exit_code == 0


def test_page_without_an_id_is_named_from_its_metadata(run, tmp_path):
    page = tmp_path / "saved.html"
    page.write_text(webpages.div_soup(), encoding="utf-8")
    assert run("add", page).output.strip() == "doe-2019-rethinking-the-alliance@1 added"


def test_title_loses_the_site_name_without_a_page_heading(run, tmp_path):
    body = "<p>" + " ".join(p for _, ps in webpages.SECTIONS for p in ps).replace("<br>", " ") + "</p>"
    for n, title in enumerate([f"{webpages.TITLE} | {webpages.SITE}", f"{webpages.SITE} - {webpages.TITLE}"]):
        page = tmp_path / f"t{n}.html"
        page.write_text(f"<html><head><title>{title}</title></head><body><article>{body}</article></body></html>",
                        encoding="utf-8")
        assert run("add", page, "--id", f"t{n}").exit_code == 0
    assert [r["title"] for r in sql(run, "select title from documents order by id")] == [webpages.TITLE] * 2


def test_page_of_only_boilerplate_is_refused(run, tmp_path):
    page = tmp_path / "menu.html"
    page.write_text("<html><body><nav><a href='/'>Home</a> <a href='/a'>About</a></nav>"
                    "<script>var tracking = 1;</script></body></html>", encoding="utf-8")
    result = run("add", page)
    assert result.exit_code == 1 and "menu.html" in result.output and "no readable paragraphs" in result.output
    assert sql(run, "select count(*) as n from versions")[0]["n"] == 0


# --- corpus add URL -------------------------------------------------------------------------

class _Handler(http.server.BaseHTTPRequestHandler):
    routes: dict = {}

    def do_GET(self):  # noqa: N802 - the name http.server calls
        route = self.routes.get(self.path)
        if route is None:
            self.send_error(404, "Not Found")
            return
        status, headers, body, delay = route
        if delay:
            time.sleep(delay)
        self.send_response(status)
        for key, value in headers.items():
            self.send_header(key, value)
        self.end_headers()
        try:
            self.wfile.write(body)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client gave up, as it should on a slow or oversized answer

    def log_message(self, *args):
        pass


@pytest.fixture
def server():
    """A local web server; routes: path -> (status, headers, body, delay in seconds)."""
    routes = {}
    handler = type("Handler", (_Handler,), {"routes": routes})
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    base = f"http://127.0.0.1:{httpd.server_address[1]}"
    yield base, routes
    httpd.shutdown()
    httpd.server_close()


HTML = {"Content-Type": "text/html; charset=utf-8"}


def test_add_url_fetches_extracts_and_stores_the_url(run, server):
    base, routes = server
    body = webpages.semantic().encode("utf-8")
    routes["/2019/rethinking"] = (200, {**HTML, "Content-Length": str(len(body))}, body, 0)
    url = f"{base}/2019/rethinking"
    result = run("add", url)
    assert result.exit_code == 0, result.output
    assert result.output.strip() == "doe-2019-rethinking-the-alliance@1 added"
    doc = sql(run, "select d.url, v.source, v.format, d.title from documents d join versions v on v.document_id = d.id")[0]
    assert doc == {"url": url, "source": url, "format": "html", "title": webpages.TITLE}
    assert sentences(run, "doe-2019-rethinking-the-alliance") == webpages.content_sentences()
    again = run("add", url)
    assert again.output.strip() == "doe-2019-rethinking-the-alliance@1 unchanged"


def test_url_charset_from_the_server_is_honoured(run, server):
    base, routes = server
    body = ("<html><body><article><h1>Caf\u00e9 Diplomacy</h1><p>The caf\u00e9 talks went well. "
            "Both sides agreed to meet again.</p></article></body></html>").encode("latin-1")
    routes["/latin"] = (200, {"Content-Type": "text/html; charset=iso-8859-1"}, body, 0)
    result = run("add", f"{base}/latin", "--id", "latin")
    assert result.exit_code == 0 and "Warning" not in result.output
    assert sentences(run, "latin")[0] == "The caf\u00e9 talks went well."


def _refused(run, result, url, *phrases):
    assert result.exit_code == 1
    assert "Traceback" not in result.output
    errors = [line for line in result.output.splitlines() if line.startswith("Error")]
    assert len(errors) == 1 and url in errors[0]
    for phrase in phrases:
        assert phrase in errors[0]
    assert sql(run, "select count(*) as n from documents")[0]["n"] == 0


def test_url_errors_are_one_line_and_write_nothing(run, server, monkeypatch):
    base, routes = server
    routes["/logo.png"] = (200, {"Content-Type": "image/png"}, b"\x89PNG\r\n\x1a\n" + b"\x00" * 64, 0)
    routes["/big"] = (200, {**HTML, "Content-Length": str(300_000)}, b"<p>x</p>" * 37_500, 0)
    routes["/big-unsized"] = (200, HTML, b"<p>Words.</p>" * 30_000, 0)
    routes["/slow"] = (200, HTML, b"<p>Too late.</p>", 1.5)
    _refused(run, run("add", f"{base}/gone"), f"{base}/gone", "404", "Check the address")
    _refused(run, run("add", f"{base}/logo.png"), f"{base}/logo.png", "image/png", "not a document format")
    _refused(run, run("add", f"{base}/big", "--max-size", "100KB"), f"{base}/big", "size limit", "--max-size")
    _refused(run, run("add", f"{base}/big-unsized", "--max-size", "100KB"), f"{base}/big-unsized", "size limit")
    monkeypatch.setattr("corpus.fetch.DEFAULT_TIMEOUT", 0.3)
    started = time.monotonic()
    _refused(run, run("add", f"{base}/slow"), f"{base}/slow", "did not answer within 0.3 seconds")
    assert time.monotonic() - started < 1.4


def test_unreachable_and_malformed_urls(run):
    import socket

    with socket.socket() as probe:  # a port nobody listens on
        probe.bind(("127.0.0.1", 0))
        closed = f"http://127.0.0.1:{probe.getsockname()[1]}/page"
    _refused(run, run("add", closed), closed, "could not be fetched")
    _refused(run, run("add", "http:///nohost"), "http:///nohost", "host name")


def test_url_format_from_content_type_and_suffix(run, server, tmp_path):
    base, routes = server
    routes["/notes.md"] = (200, {"Content-Type": "text/plain; charset=utf-8"},
                           b"# Notes\n\nA **bold** claim. A [linked](https://example.org/target) one.\n", 0)
    routes["/download"] = (200, {"Content-Type": "application/octet-stream"},
                           b"<!DOCTYPE html><html><body><article><p>Sniffed from the bytes. It is HTML.</p>"
                           b"</article></body></html>", 0)
    assert run("add", f"{base}/notes.md", "--id", "notes").exit_code == 0
    assert run("add", f"{base}/download", "--id", "sniffed").exit_code == 0
    rows = sql(run, "select document_id, format from versions order by document_id")
    assert [(r["document_id"], r["format"]) for r in rows] == [("notes", "markdown"), ("sniffed", "html")]
    assert sentences(run, "notes") == ["A bold claim.", "A linked one."]


def test_redirects_are_followed_and_the_asked_url_is_stored(run, server):
    base, routes = server
    routes["/old"] = (301, {"Location": "/new"}, b"", 0)
    routes["/new"] = (200, HTML, webpages.blog().encode("utf-8"), 0)
    routes["/to-ftp"] = (302, {"Location": "ftp://127.0.0.1/file.txt"}, b"", 0)
    assert run("add", f"{base}/old", "--id", "moved").exit_code == 0
    assert sql(run, "select url from documents")[0]["url"] == f"{base}/old"
    assert sentences(run, "moved") == webpages.content_sentences()
    result = run("add", f"{base}/to-ftp", "--id", "ftp")
    assert result.exit_code == 1 and "Traceback" not in result.output and f"{base}/to-ftp" in result.output


def test_documentation_page_headings_and_no_guessed_date(run, tmp_path):
    """Permalink signs leave headings; with several top headings the <title> is the title; a copyright
    year is not taken for the publication date."""
    page = tmp_path / "docs.html"
    page.write_text('<html><head><title>Alliance Handbook 2.0 documentation</title></head><body>'
                    '<div class="body"><h1>Overview<a class="headerlink" href="#o">\u00b6</a></h1>'
                    "<p>This handbook explains the alliance. It is revised every year.</p>"
                    '<h1>Bases<a class="headerlink" href="#b">\u00b6</a></h1><p>There are many bases. Most are in Okinawa.</p>'
                    '</div><div class="footer">\u00a9 Copyright 1999-2023, The Authors.</div></body></html>',
                    encoding="utf-8")
    assert run("add", page, "--id", "docs").exit_code == 0
    headings = [r["heading"] for r in sql(run, "select heading from sections order by ordinal")]
    assert headings == ["Overview", "Bases"]
    doc = sql(run, "select title, published from documents")[0]
    assert doc == {"title": "Alliance Handbook 2.0 documentation", "published": None}


def test_lists_tables_and_code_on_a_page(run, tmp_path):
    page = tmp_path / "recs.html"
    page.write_text("<html><head><title>Five Steps</title></head><body><article><h1>Five Steps</h1>"
                    "<p>The allies should act. Here is how.</p>"
                    "<ul><li><p>Raise budgets.</p><p>Start now.</p></li><li>Share bases<ul><li>in Okinawa.</li></ul></li></ul>"
                    "<table><tr><th>Year</th><th>Budget</th></tr><tr><td>2019</td><td>1 percent</td></tr></table>"
                    "<pre><code>budget = 0.02 * output\n# not a heading</code></pre>"
                    "<p>That is the plan. It can work.</p></article></body></html>", encoding="utf-8")
    assert run("add", page, "--id", "recs").exit_code == 0
    assert sentences(run, "recs") == ["The allies should act.", "Here is how.", "Raise budgets.", "Start now.",
                                      "Share bases", "in Okinawa.", "Year | Budget", "2019 | 1 percent",
                                      "That is the plan.", "It can work."]
    text = run("show", "recs", "--text").output
    assert "- Raise budgets. Start now.\n- Share bases\n  - in Okinawa." in text
    assert "budget = 0.02 * output\n# not a heading" in text  # kept as code, not prose


def test_many_urls_are_fetched_by_the_worker_processes(run, server):
    base, routes = server
    urls = []
    for n in range(9):  # over ingest.PARALLEL_THRESHOLD, so pages are fetched and read in worker processes
        routes[f"/p{n}"] = (200, HTML, (f"<html><head><title>Note {n}</title></head><body><article><h1>Note {n}</h1>"
                                        f"<p>Note number {n} says one thing. It says it once.</p></article></body></html>"
                                        ).encode(), 0)
        urls.append(f"{base}/p{n}")
    result = run("add", *urls, f"{base}/missing")
    assert result.exit_code == 1
    assert [line for line in result.output.splitlines() if "added" in line] == [f"note-{n}@1 added" for n in range(9)]
    assert sql(run, "select count(*) as n from documents where url like 'http://127.0.0.1:%'")[0]["n"] == 9
