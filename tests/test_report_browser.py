"""The HTML report and the corpus site in a real headless browser (Chromium from the distribution).

Skipped when no Chromium is installed (CI does not install one). The pages themselves carry no script:
each check runs on a copy with a probe script appended, which measures the laid-out page and writes the
figures into the DOM that --dump-dom prints.
"""

import json
import re
import shutil
import subprocess

import pytest
from click.testing import CliRunner

from compare.cli import cli
from conftest import ESSAY, FIXTURE, ROOT

BROWSER = next((shutil.which(name) for name in ("chromium", "chromium-browser", "google-chrome") if shutil.which(name)),
               None)
pytestmark = pytest.mark.skipif(BROWSER is None, reason="no Chromium installed (apt-get install chromium)")

PROBE = """<script>
const box = el => el.getBoundingClientRect();
const out = {width: innerWidth, scrollWidth: document.documentElement.scrollWidth,
  resources: performance.getEntriesByType('resource').map(r => r.name)};
const left = document.querySelector('.row.l:not(:empty)'), right = document.querySelector('.row.r:not(:empty)');
if (left && right) { out.leftX = box(left).left; out.rightX = box(right).left; }
const lefts = sel => [...new Set([...document.querySelectorAll(sel)].map(el => Math.round(box(el).left)))];
out.leftColumn = lefts('.row.l'); out.rightColumn = lefts('.row.r');
const secs = [...document.querySelectorAll('.sec')];
if (secs.length) {
  const toc = [...document.querySelectorAll('ol.toc a')].map(a => a.getAttribute('href').slice(1));
  out.sections = secs.length; out.tocTargets = toc.filter(id => document.getElementById(id)).length;
  out.sticky = getComputedStyle(document.querySelector('.cols')).position;
  out.boxes = [...document.querySelectorAll('.pc')].map(pc => {
    let row = pc.previousElementSibling;
    while (row && !row.classList.contains('row')) row = row.previousElementSibling;
    return {label: pc.className, top: box(pc).top, rowBottom: row ? box(row).bottom : null};
  });
}
const svg = document.querySelector('svg.chart');
if (svg) {
  const zero = [...svg.querySelectorAll('line')].find(l => l.getAttribute('stroke') === '#57606a');
  const zy = box(zero).top + box(zero).height / 2;
  out.chartWidth = box(svg).width;
  out.dots = [...svg.querySelectorAll('circle')].map(c => ({fill: c.getAttribute('fill'),
    y: box(c).top + box(c).height / 2 - zy}));
}
document.body.insertAdjacentHTML('beforeend', '<pre id="probe">' + JSON.stringify(out) + '</pre>');
</script>"""


def chromium(tmp_path, url: str, *flags: str) -> str:
    profile = tmp_path / f"profile-{len(list(tmp_path.glob('profile-*')))}"
    result = subprocess.run(
        [BROWSER, "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-component-update", "--no-first-run", "--disable-sync", "--hide-scrollbars",
         f"--user-data-dir={profile}", *flags, url], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr[-2000:]
    return result.stdout


def measure(tmp_path, page, width: int) -> dict:
    probe = page.with_name(page.stem + "-probe.html")
    probe.write_text(page.read_text(encoding="utf-8").replace("</body>", PROBE + "</body>"), encoding="utf-8")
    dom = chromium(tmp_path, probe.as_uri(), f"--window-size={width},900", "--virtual-time-budget=3000", "--dump-dom")
    found = re.search(r'<pre id="probe">(\{.*?\})</pre>', dom)
    assert found, dom[-500:]
    return json.loads(found.group(1))


@pytest.fixture(scope="module")
def pages(tmp_path_factory):
    folder = tmp_path_factory.mktemp("browser")
    db = str(folder / "corpus.db")
    runner = CliRunner()
    for args in (("init",), ("add", ROOT / "examples" / "commentaries"),
                 ("add", FIXTURE / "revised.txt", "--id", ESSAY), ("compare", "--all"),
                 ("diff", f"{ESSAY}@1", f"{ESSAY}@2", "--format", "html", "-o", folder / "diff.html"),
                 ("report", "-o", folder / "site")):
        result = runner.invoke(cli, ["--db", db, *[str(a) for a in args]])
        assert result.exit_code == 0, result.output
    return folder


def test_diff_report_lays_out_in_a_browser(pages, tmp_path):
    wide = measure(tmp_path, pages / "diff.html", 1280)
    assert wide["resources"] == []  # nothing fetched: no fonts, styles, images or scripts from anywhere
    assert wide["scrollWidth"] <= wide["width"]  # no sideways scrolling
    assert wide["leftX"] < wide["rightX"]  # two columns side by side
    assert len(wide["leftColumn"]) == len(wide["rightColumn"]) == 1  # no row slips into the other column
    assert wide["sections"] == wide["tocTargets"] > 5 and wide["sticky"] == "sticky"
    labels = {b["label"] for b in wide["boxes"]}
    assert {"pc pc-reversed", "pc pc-strengthened", "pc pc-weakened", "pc pc-new"} <= labels
    assert all(b["top"] >= b["rowBottom"] - 0.5 for b in wide["boxes"])  # each change under its sentence
    narrow = measure(tmp_path, pages / "diff.html", 500)
    assert narrow["scrollWidth"] <= narrow["width"]
    assert narrow["leftX"] == narrow["rightX"]  # on a phone the versions stack


def test_site_pages_lay_out_in_a_browser(pages, tmp_path):
    issue = measure(tmp_path, pages / "site" / "issues" / "north-korea.html", 1280)
    assert issue["resources"] == [] and issue["scrollWidth"] <= issue["width"]
    assert issue["chartWidth"] > 500 and len(issue["dots"]) > 5
    sign = {"#1a7f37": -1, "#cf222e": 1, "#6e7781": 0}  # screen y grows downward: for is above the line
    assert all((d["y"] > 0.5) - (d["y"] < -0.5) == sign[d["fill"]] for d in issue["dots"])
    for page in ("index.html", "documents/example-2017-north-korea.html", "comparisons/1.html"):
        narrow = measure(tmp_path, pages / "site" / page, 500)
        assert narrow["resources"] == [] and narrow["scrollWidth"] <= narrow["width"], page


def test_screenshots_and_print(pages, tmp_path):
    issue = pages / "site" / "issues" / "north-korea.html"
    for page, name in ((pages / "diff.html", "diff.png"), (issue, "issue.png")):
        shot = tmp_path / name
        chromium(tmp_path, page.as_uri(), "--window-size=1280,1600", f"--screenshot={shot}")
        data = shot.read_bytes()
        assert data[:8] == b"\x89PNG\r\n\x1a\n"
        assert int.from_bytes(data[16:20], "big") == 1280
        assert len(data) > 40_000  # a blank page compresses to a few kilobytes
    pdf = tmp_path / "diff.pdf"
    chromium(tmp_path, (pages / "diff.html").as_uri(), f"--print-to-pdf={pdf}", "--no-pdf-header-footer")
    assert pdf.read_bytes()[:5] == b"%PDF-" and pdf.read_bytes().count(b"/Type /Page\n") + pdf.read_bytes().count(
        b"/Type /Page ") + pdf.read_bytes().count(b"/Type/Page") >= 2
