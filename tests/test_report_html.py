"""corpus diff --format html: the report an analyst sends (summary, contents, legend, links, position changes)."""

import json
import re
from html.parser import HTMLParser

from conftest import ESSAY

LEFT, RIGHT = f"{ESSAY}@1", f"{ESSAY}@2"


class Page(HTMLParser):
    """ids, in-page links, and the text of each element with a given class, for assertions."""

    def __init__(self, html: str):
        super().__init__(convert_charrefs=True)
        self.ids: list[str] = []
        self.hrefs: list[str] = []
        self.meta: list[dict] = []
        self.tags: list[str] = []
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        self.tags.append(tag)
        if "id" in attrs:
            self.ids.append(attrs["id"])
        if tag == "a" and "href" in attrs:
            self.hrefs.append(attrs["href"])
        if tag == "meta":
            self.meta.append(attrs)


def report(run, *args) -> str:
    result = run("diff", *args, "--format", "html")
    assert result.exit_code == 0, result.output
    return result.output


def blocks_by_class(html: str, cls: str) -> list[str]:
    """The markup of each <div class="cls ..."> up to the next sibling of the same kind (flat grid children)."""
    starts = [m.start() for m in re.finditer(rf'<div class="{cls}[ "]', html)]
    return [html[a:b] for a, b in zip(starts, starts[1:] + [len(html)])]


def test_report_front_matter_and_anchors(revised):
    html = report(revised, LEFT, RIGHT)
    page = Page(html)
    assert {"name": "viewport", "content": "width=device-width, initial-scale=1"} in page.meta
    assert "@media print" in html and "print-color-adjust" in html
    assert not re.search(r"<script|<link|<img|<iframe|src=|url\(|@import|https?://", html)
    assert len(page.ids) == len(set(page.ids)), "ids must be unique"
    internal = [h for h in page.hrefs if h.startswith("#")]
    assert internal and all(h[1:] in page.ids for h in internal), "every in-page link has its target"
    # One anchor per section pair, each listed in the contents.
    sections = json.loads(revised("diff", LEFT, RIGHT, "--format", "json").output)
    n = len(sections["sections"])
    assert [f"s{k}" for k in range(1, n + 1)] == [i for i in page.ids if re.fullmatch(r"s\d+", i)]
    toc = html[html.index('<ol class="toc">'):html.index("</ol>")]
    assert re.findall(r'href="#(s\d+)"', toc) == [f"s{k}" for k in range(1, n + 1)]
    # The summary counts are the alignment's own.
    total = sum(sections["summary"]["sentences"].values())
    changed = total - sections["summary"]["sentences"].get("equal", 0)
    assert f"{changed} of {total} sentence pairs changed" in html
    for label in ("reversed", "strengthened", "weakened", "new", "dropped", "reworded"):
        assert f'<span class="badge b-{label}">{label}</span></dt>' in html  # the legend explains each label


def test_renamed_heading_is_word_diffed(revised):
    html = report(revised, LEFT, RIGHT)
    renamed = [b for b in blocks_by_class(html, "sec") if "rel-renamed" in b.split("</div></div>")[0]]
    assert len(renamed) == 1
    head = renamed[0].split('<div class="row')[0]
    assert re.search(r"<del>[^<]*Northeast Asia", head) and re.search(r"<ins>[^<]*Five Powers", head)
    assert "Confidence" in re.sub(r"<(del|ins)>.*?</\1>", "", head)  # the shared word is kept, not struck


def test_position_changes_sit_under_their_sentences(revised, expected):
    html = report(revised, LEFT, RIGHT)
    page = Page(html)
    for case in expected["position_changes"]:
        boxes = [m for m in re.finditer(rf'<div class="pc pc-{case["change"]}" id="([^"]+)">(.*?)</div>', html)
                 if f'<span class="issue">{case["issue"]}</span>' in m.group(2)]
        assert boxes, case
        box = boxes[0]
        row = html[:box.start()].rsplit('<div class="row l', 1)[1]  # the row just above the box
        assert case["right_contains"] in re.sub(r"</?(ins|del)>", "", row), case
        if case["left_contains"]:
            assert case["left_contains"].split()[0] in row
        assert f'href="#{box.group(1)}"' in html  # listed in the position-changes table, linked
        assert "strength" in box.group(2) and box.group(1) in page.ids
    strengthened = next(m.group(0) for m in re.finditer(r'<div class="pc pc-strengthened".*?</div>', html))
    assert "<q>absolutely</q>" in strengthened and "<q>immediate</q>" in strengthened  # the cues
    # Unchanged positions are counted, not listed.
    assert 'class="pc pc-unchanged"' not in html and "unchanged." in html


def test_moved_section_links_to_where_it_was(seeded, tmp_path):
    before = ("# Doc\n\n## Alpha\n\nAlpha text is here and stays.\n\n## Beta\n\nBeta text is here and stays.\n\n"
              "## Gamma\n\nGamma text is here and stays.\n")
    after = ("# Doc\n\n## Gamma\n\nGamma text is here and stays.\n\n## Alpha\n\nAlpha text is here and stays.\n\n"
             "## Beta\n\nBeta text is here and stays.\n")
    for n, text in enumerate((before, after)):
        (tmp_path / f"v{n}.md").write_text(text, encoding="utf-8")
        seeded("add", tmp_path / f"v{n}.md", "--id", "mv")
    html = report(seeded, "mv@1", "mv@2")
    moved = [b for b in blocks_by_class(html, "sec") if "rel-moved" in b]
    assert moved, "a section pair is marked moved"
    note = re.search(r'<div class="secnote">.*?href="#(s\d+)">\u00a7 ([^<]+)</a>', moved[0])
    assert note, moved[0][:400]
    target = re.search(rf'<div class="sec[^"]*" id="{note.group(1)}"><div>([^<]*)</div>', html)
    assert target and target.group(1) == note.group(2)  # the link lands on the section it names


def test_report_is_deterministic_and_filters_keep_links(revised):
    first = report(revised, LEFT, RIGHT)
    assert report(revised, LEFT, RIGHT) == first
    only = report(revised, LEFT, RIGHT, "--only-changes", "--section", "Russia")
    page = Page(only)
    assert all(h[1:] in page.ids for h in page.hrefs if h.startswith("#"))
    assert 'class="pc pc-reversed"' in only
