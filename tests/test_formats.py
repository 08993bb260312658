"""Markdown, PDF and Word through the reader registry, on files the tests write; Unicode forms on input."""

import unicodedata

import pytest

from conftest import sql


def sentences(run, document_id):
    return [r["text"] for r in sql(run, f"select text from sentence_detail where document_id = '{document_id}' "
                                        "order by ordinal")]


def headings(run, document_id):
    rows = sql(run, "select s.heading, s.level from sections s join versions v on v.id = s.version_id "
                    f"where v.document_id = '{document_id}' and v.number = (select max(number) from versions "
                    f"where document_id = '{document_id}') order by s.ordinal")
    return [(r["heading"], r["level"]) for r in rows]


def _refused(run, result, name, *phrases):
    assert result.exit_code == 1, result.output
    assert "Traceback" not in result.output
    errors = [line for line in result.output.splitlines() if line.startswith("Error")]
    assert len(errors) == 1 and name in errors[0]
    for phrase in phrases:
        assert phrase in errors[0]
    assert sql(run, "select count(*) as n from versions")[0]["n"] == 0


# --- Markdown ---------------------------------------------------------------------------------

MARKDOWN = """---
title: Alliance Notes
date: 2019-05
---
# Alliance Notes

The allies must **act now** and _together_. Read the [full report](https://example.org/secret-target) first.

```text
# This line is code, not a heading.
Nor is this a sentence.
```

## Budgets

Japan should spend `2%` of output on defense.
A second line of the same paragraph.

    # indented code is code too.

- Keep the *bases* in Okinawa.
- Widen the joint exercises.

<!-- an editor's note, not prose -->
<div align="center">Ask &amp; answer.</div>
"""


def test_markdown_through_a_real_parser(run, tmp_path):
    path = tmp_path / "notes.md"
    path.write_text(MARKDOWN, encoding="utf-8")
    assert run("add", path, "--id", "notes").exit_code == 0
    assert headings(run, "notes") == [(None, 1), ("Budgets", 1)]
    assert sentences(run, "notes") == [
        "The allies must act now and together.", "Read the full report first.",
        "Japan should spend 2% of output on defense.", "A second line of the same paragraph.",
        "Keep the bases in Okinawa.", "Widen the joint exercises.", "Ask & answer."]
    doc = sql(run, "select title, published from documents")[0]
    assert doc == {"title": "Alliance Notes", "published": "2019-05"}
    # The code is kept in the stored text, as code; markup and link targets are not.
    text = run("show", "notes", "--text").output
    assert "# This line is code, not a heading." in text
    assert "**" not in text and "secret-target" not in text and "`2%`" not in text
    assert run("search", "secret").output.count("notes") == 0
    assert run("search", "bases").output.count("notes") >= 1
    assert run("verify").exit_code == 0


def test_markdown_diff_shows_words_not_markup(run, tmp_path):
    path = tmp_path / "notes.md"
    path.write_text(MARKDOWN, encoding="utf-8")
    assert run("add", path, "--id", "notes").exit_code == 0
    path.write_text(MARKDOWN.replace("**act now**", "**wait**"), encoding="utf-8")
    assert run("add", path, "--id", "notes").output.strip() == "notes@2 added"
    diff = run("diff", "notes@1", "notes@2")
    assert diff.exit_code in (0, 1) and "wait" in diff.output
    assert "**" not in diff.output and "secret-target" not in diff.output


# --- PDF --------------------------------------------------------------------------------------

def write_pdf(path, *, pages=None, password=None, running_head=None):
    """A PDF laid out line by line: 20 pt title, 14 pt headings, 11 pt body, page numbers at the foot."""
    from fpdf import FPDF

    pdf = FPDF(unit="pt", format="A4")
    pdf.core_fonts_encoding = "windows-1252"  # for the bullet sign
    pdf.set_author("Jane Doe")
    pdf.set_title("Rethinking the Alliance")
    if password:
        pdf.set_encryption(owner_password="owner", user_password=password)
    for number, lines in enumerate(pages or PDF_PAGES, start=1):
        pdf.add_page()
        y = 80
        if running_head:
            pdf.set_font("Helvetica", "", 9)
            pdf.text(60, 40, running_head)
        for size, gap, text in lines:
            y += gap
            pdf.set_font("Helvetica", "B" if size > 11 else "", size)
            pdf.text(60, y, text)
            y += size * 1.5
        pdf.set_font("Helvetica", "", 9)
        pdf.text(290, 800, str(number))
    pdf.output(str(path))


PDF_PAGES = [
    [(20, 0, "Rethinking the Alliance"),
     (11, 12, "The alliance faces its hardest test in decades. Leaders in both capitals must"),
     (11, 0, "decide what they want from it, and they must decide soon."),
     (14, 12, "A Changing Balance"),
     (11, 6, "China's military spending has grown every year since 2000. Its navy is now the"),
     (11, 0, "largest in the region, and the allies have not kept pace with it. The inter-"),
     (11, 0, "national order is shifting."),
     (11, 12, "Japan should raise its defense budget to two percent of output. The United"),
     (11, 0, "States should keep its forces in Okinawa and widen their joint exercises with")],
    [(11, 0, "the Japan Self-Defense Forces."),
     (14, 12, "What Comes Next"),
     (11, 6, "Trade will decide the alliance's future as much as arms. A new economic dialogue"),
     (11, 0, "is overdue.")],
]


def test_pdf_text_with_headings_from_font_sizes(run, tmp_path):
    path = tmp_path / "paper.pdf"
    write_pdf(path)
    result = run("add", path)
    assert result.exit_code == 0, result.output
    assert result.output.strip() == "doe-rethinking-the-alliance@1 added"
    assert headings(run, "doe-rethinking-the-alliance") == [(None, 1), ("A Changing Balance", 1),
                                                             ("What Comes Next", 1)]
    assert sentences(run, "doe-rethinking-the-alliance") == [
        "The alliance faces its hardest test in decades.",
        "Leaders in both capitals must decide what they want from it, and they must decide soon.",
        "China's military spending has grown every year since 2000.",
        "Its navy is now the largest in the region, and the allies have not kept pace with it.",
        "The international order is shifting.",
        # The paragraph runs on over the page break; the page numbers are gone.
        "Japan should raise its defense budget to two percent of output.",
        "The United States should keep its forces in Okinawa and widen their joint exercises with the "
        "Japan Self-Defense Forces.",
        "Trade will decide the alliance's future as much as arms.",
        "A new economic dialogue is overdue."]
    doc = sql(run, "select title, author from documents")[0]
    assert doc == {"title": "Rethinking the Alliance", "author": "Jane Doe"}
    assert sql(run, "select format from versions")[0]["format"] == "pdf"
    assert run("verify").exit_code == 0


def test_pdf_running_heads_contents_and_bullets(run, tmp_path):
    path = tmp_path / "brief.pdf"
    body = (11, 0, "Each page of this brief says one thing. It says it plainly.")
    write_pdf(path, running_head="Think Tank Policy Brief No. 7", pages=[
        [(20, 0, "A Brief"), (11, 12, "Contents"), (11, 0, "Introduction . . . . . . . . . . 2"), body],
        [(14, 0, "Introduction"), body, (11, 12, "\u2022 Keep the bases."), (11, 0, "\u2022 Widen the exercises.")],
        [(14, 0, "Conclusion"), body]])
    assert run("add", path, "--id", "brief").exit_code == 0
    assert headings(run, "brief") == [(None, 1), ("Introduction", 1), ("Conclusion", 1)]
    got = sentences(run, "brief")
    assert "Keep the bases." in got and "Widen the exercises." in got
    assert not [s for s in got if "Policy Brief No" in s or ". . ." in s or "\u2022" in s]
    assert "- Keep the bases.\n\n- Widen the exercises." in run("show", "brief", "--text").output


def test_pdf_that_cannot_be_read(run, tmp_path):
    scanned = tmp_path / "scanned.pdf"
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.rect(20, 20, 100, 100, style="F")  # a page with marks but no text layer, like a scan
    pdf.output(str(scanned))
    _refused(run, run("add", scanned), "scanned.pdf", "no text layer", "OCR")
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(b"%PDF-1.7\n1 0 obj << /Type /Catalog >>\ntrailer garbage\n%%EOF\n")
    _refused(run, run("add", broken), "broken.pdf", "could not be read as a PDF")
    locked = tmp_path / "locked.pdf"
    write_pdf(locked, password="secret")
    _refused(run, run("add", locked), "locked.pdf", "encrypted with a password", "unprotected copy")


def test_pdf_with_only_an_owner_password_is_read(run, tmp_path):
    path = tmp_path / "restricted.pdf"
    write_pdf(path, password="")
    result = run("add", path, "--id", "restricted")
    assert result.exit_code == 0, result.output
    assert len(sentences(run, "restricted")) == 9


# --- Word -------------------------------------------------------------------------------------

def write_docx(path):
    import docx

    document = docx.Document()
    document.core_properties.author = "Jane Doe"
    document.add_paragraph("Rethinking the Alliance", style="Title")
    document.add_paragraph("March 2019")
    document.add_paragraph("The alliance faces its hardest test in decades. Leaders must decide what they want.")
    document.add_heading("A Changing Balance", level=1)
    paragraph = document.add_paragraph("China's navy has grown, and the allies have not")
    paragraph.add_run().add_break()  # a line break inside the sentence
    paragraph.add_run("kept pace. The gap is widening.")
    document.add_paragraph("Raise the defense budget.", style="List Bullet")
    document.add_paragraph("Keep the bases in Okinawa.", style="List Bullet")
    document.add_heading("Figures", level=2)
    table = document.add_table(rows=2, cols=2)
    for (row, col), value in {(0, 0): "Year", (0, 1): "Budget", (1, 0): "2019", (1, 1): "1 percent"}.items():
        table.cell(row, col).text = value
    document.add_heading("What Comes Next", level=1)
    document.add_paragraph("Trade will decide the future. A new dialogue is overdue.")
    document.save(str(path))


def test_docx_heading_styles_become_sections(run, tmp_path):
    path = tmp_path / "memo.docx"
    write_docx(path)
    result = run("add", path)
    assert result.exit_code == 0, result.output
    assert result.output.strip() == "doe-2019-rethinking-the-alliance@1 added"
    doc_id = "doe-2019-rethinking-the-alliance"
    assert headings(run, doc_id) == [(None, 1), ("A Changing Balance", 1), ("Figures", 2), ("What Comes Next", 1)]
    assert sentences(run, doc_id) == [
        "The alliance faces its hardest test in decades.", "Leaders must decide what they want.",
        "China's navy has grown, and the allies have not kept pace.", "The gap is widening.",
        "Raise the defense budget.", "Keep the bases in Okinawa.",
        "Year | Budget", "2019 | 1 percent",
        "Trade will decide the future.", "A new dialogue is overdue."]
    doc = sql(run, "select title, author, published from documents")[0]
    assert doc == {"title": "Rethinking the Alliance", "author": "Jane Doe", "published": "2019-03"}
    assert "- Raise the defense budget.\n- Keep the bases" in run("show", doc_id, "--text").output
    assert run("verify").exit_code == 0


def test_docx_that_cannot_be_read(run, tmp_path):
    fake = tmp_path / "fake.docx"
    fake.write_bytes(b"PK\x03\x04 this is not really a zip archive")
    _refused(run, run("add", fake), "fake.docx", "could not be read as a Word document")
    import zipfile

    other_zip = tmp_path / "slides.docx"
    with zipfile.ZipFile(other_zip, "w") as archive:
        archive.writestr("ppt/presentation.xml", "<p/>")
    _refused(run, run("add", other_zip), "slides.docx", "could not be read as a Word document")


# --- The registry: suffixes, sniffing, --format --------------------------------------------------

def test_folders_pick_up_every_registered_format(run, tmp_path):
    from corpus import formats

    folder = tmp_path / "inbox"
    folder.mkdir()
    write_pdf(folder / "a.pdf")
    write_docx(folder / "b.docx")
    (folder / "c.md").write_text(MARKDOWN, encoding="utf-8")
    (folder / "d.html").write_text("<html><body><article><p>A page. With two sentences.</p></article></body></html>",
                                   encoding="utf-8")
    (folder / "e.png").write_bytes(b"\x89PNG")
    result = run("add", folder)
    assert result.exit_code == 0, result.output
    assert [r["format"] for r in sql(run, "select format from versions order by id")] == ["pdf", "docx", "markdown", "html"]
    assert {".pdf", ".docx", ".md", ".html", ".txt"} <= set(formats.suffixes())


def test_standard_input_is_sniffed(run, tmp_path):
    pdf = tmp_path / "p.pdf"
    write_pdf(pdf)
    assert run("add", "-", "--id", "piped-pdf", input=pdf.read_bytes()).exit_code == 0
    assert run("add", "-", "--id", "piped-md", input=MARKDOWN).exit_code == 0
    rows = sql(run, "select document_id, format from versions order by document_id")
    assert [(r["document_id"], r["format"]) for r in rows] == [("piped-md", "markdown"), ("piped-pdf", "pdf")]


def test_format_option_overrides_the_suffix(run, tmp_path):
    path = tmp_path / "notes.txt"
    path.write_text("# Heading\n\nSome **bold** text. More text.\n", encoding="utf-8")
    assert run("add", path, "--id", "as-md", "--format", "markdown").exit_code == 0
    assert sentences(run, "as-md") == ["Some bold text.", "More text."]
    bad = run("add", path, "--format", "rtf")
    assert bad.exit_code == 2 and "rtf" in bad.output


# --- Unicode forms ----------------------------------------------------------------------------

TEXT = "Caf\u00e9 Politics\n\nThe caf\u00e9 talks in K\u00f6ln went well. Na\u00efve hopes remain.\n"


def test_nfc_and_nfd_are_one_version(run, tmp_path):
    nfd = tmp_path / "nfd.txt"
    nfd.write_text(unicodedata.normalize("NFD", TEXT), encoding="utf-8")
    nfc = tmp_path / "nfc.txt"
    nfc.write_text(TEXT, encoding="utf-8")
    assert run("add", nfd, "--id", "cafe").output.strip() == "cafe@1 added"
    assert run("add", nfc, "--id", "cafe").output.strip() == "cafe@1 unchanged"
    assert run("add", nfc).output.strip() == "cafe@1 unchanged"
    assert sentences(run, "cafe")[0] == "The caf\u00e9 talks in K\u00f6ln went well."
    assert run("search", "caf\u00e9").output.count("cafe@1") >= 1


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-be"])
def test_utf16_with_a_byte_order_mark_is_read(run, tmp_path, encoding):
    path = tmp_path / "wide.txt"
    bom = "\ufeff" if encoding == "utf-16-be" else ""  # Python's utf-16 codec writes its own BOM
    path.write_bytes((bom + TEXT).encode(encoding))
    result = run("add", path, "--id", "wide")
    assert result.exit_code == 0, result.output
    assert sentences(run, "wide") == ["The caf\u00e9 talks in K\u00f6ln went well.", "Na\u00efve hopes remain."]
    assert sql(run, "select title from documents")[0]["title"] == "Caf\u00e9 Politics"


@pytest.mark.parametrize("suffix", [".pdf", ".docx", ".html", ".md"])
def test_damaged_files_are_read_or_refused_in_one_line(run, tmp_path, suffix):
    """A file cut short anywhere is either read (what survives) or refused with one line, never a traceback."""
    whole = tmp_path / f"whole{suffix}"
    if suffix == ".pdf":
        write_pdf(whole)
    elif suffix == ".docx":
        write_docx(whole)
    else:
        import webpages

        whole.write_text(webpages.blog() if suffix == ".html" else MARKDOWN, encoding="utf-8")
    data = whole.read_bytes()
    for cut in (7, len(data) // 3, len(data) // 2, len(data) - 9):
        part = tmp_path / f"cut{cut}{suffix}"
        part.write_bytes(data[:cut])
        result = run("add", part, "--id", f"cut{cut}")
        assert "Traceback" not in result.output
        if result.exit_code:
            errors = [line for line in result.output.splitlines() if line.startswith("Error")]
            assert result.exit_code == 1 and len(errors) == 1 and part.name in errors[0]
            assert sql(run, f"select count(*) as n from documents where id = 'cut{cut}'")[0]["n"] == 0
    assert run("verify").exit_code == 0


def test_byte_order_marks_inside_the_text_do_not_hide_sentences(run, tmp_path):
    path = tmp_path / "joined.txt"
    path.write_text("\ufeffJoined Files\n\nThe first file ends here. \ufeffThe second file starts here.\n",
                    encoding="utf-8")
    assert run("add", path, "--id", "joined").exit_code == 0
    assert sentences(run, "joined") == ["The first file ends here.", "The second file starts here."]
