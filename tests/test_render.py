"""diff output formats: side by side, unified, markdown, html, json; options."""

import json
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import ESSAY

LEFT, RIGHT = f"{ESSAY}@1", f"{ESSAY}@2"


@pytest.mark.parametrize("width", [60, 100, 160])
def test_side_by_side_fits_width(revised, width):
    out = revised("diff", LEFT, RIGHT, "--width", width).output
    lines = out.splitlines()
    assert max(len(line) for line in lines) <= width
    assert any("\u2502" in line for line in lines)
    assert "[-foremost-]" in out and "{+leading+}" in out
    renamed = next(l for l in lines if "\u00a7 Building" in l)
    assert "\u00a7 Confidence" in renamed  # both names of a renamed section start on one line


def test_side_columns_keep_sides(revised):
    out = revised("diff", LEFT, RIGHT, "--width", "120", "--only-changes").output
    for line in out.splitlines():
        if "\u2502" in line:
            left, right = line.split("\u2502", 1)
            assert "{+" not in left and "[-" not in right


def test_color_and_no_color(revised):
    colored = revised("diff", LEFT, RIGHT, "--color", "--width", "120").output
    assert "\x1b[31m" in colored and "\x1b[32m" in colored and "[-" not in colored
    plain = revised("diff", LEFT, RIGHT, "--width", "120", env={"NO_COLOR": "1"}).output
    assert "\x1b[" not in plain
    stripped = re.sub(r"\x1b\[\d+m", "", colored)
    assert max(len(line) for line in stripped.splitlines()) <= 120


def test_only_changes_and_section(revised):
    full = revised("diff", LEFT, RIGHT, "--width", "120").output
    changes = revised("diff", LEFT, RIGHT, "--width", "120", "--only-changes").output
    assert len(changes) < len(full) / 2
    assert "About the author" not in changes
    russia = revised("diff", LEFT, RIGHT, "--section", "Russia", "--format", "unified").output
    assert "Russia" in russia and "North Korea" not in russia.split("@@", 2)[1]
    assert "[-while also maintaining a-]" in russia and "{+and should abandon the+}" in russia


def test_moved_sentences_are_marked(seeded, tmp_path):
    text = "# Doc\n\n## Alpha\n\nAlpha one is here. Alpha two is here.\n\nAlpha three moves later.\n\n## Beta\n\nBeta one is here.\n"
    moved = "# Doc\n\n## Alpha\n\nAlpha one is here. Alpha two is here.\n\n## Beta\n\nBeta one is here.\n\nAlpha three moves later.\n"
    (tmp_path / "a.md").write_text(text, encoding="utf-8")
    (tmp_path / "b.md").write_text(moved, encoding="utf-8")
    seeded("add", tmp_path / "a.md", "--id", "mv")
    seeded("add", tmp_path / "b.md", "--id", "mv")
    side = seeded("diff", "mv@1", "mv@2", "--width", "140").output
    assert "(moved to \u00a7Beta)" in side and "(moved from \u00a7Alpha)" in side
    html = seeded("diff", "mv@1", "mv@2", "--format", "html").output
    assert 'href="#mf1"' in html and 'id="mf1"' in html and 'href="#mt1"' in html


def test_html_is_self_contained(revised, tmp_path):
    out = tmp_path / "diff.html"
    result = revised("diff", LEFT, RIGHT, "--format", "html", "-o", out)
    assert result.exit_code == 0 and result.output == ""
    html = out.read_text(encoding="utf-8")
    assert html.startswith("<!DOCTYPE html>") and "<style>" in html
    assert not re.search(r"<script|<link|src=|https?://", html)
    assert "<del>" in html and "<ins>" in html and "unchanged sentences" in html
    assert "sentences:</b>" in html and "deleted 14" in html
    # The DOM grows with changes, not length: unchanged runs are one element each.
    assert html.count("<details") < 20


def test_markdown_format(revised):
    out = revised("diff", LEFT, RIGHT, "--format", "markdown", "--only-changes").output
    assert out.startswith(f"# {LEFT}")
    assert "~~foremost~~" in out and "**leading**" in out
    assert "## Building Confidence in Northeast Asia \u2192 Confidence Building among the Five Powers (renamed" in out


def test_json_format_is_deterministic(revised):
    first = revised("diff", LEFT, RIGHT, "--format", "json").output
    data = json.loads(first)
    assert data["summary"]["sections"]["deleted"] == 1
    assert data["engine"].startswith("corpus-compare/")
    ops = {s["op"] for sec in data["sections"] for s in sec["sentences"]}
    assert ops == {"equal", "modified", "deleted", "inserted"}
    assert revised("diff", LEFT, RIGHT, "--format", "json").output == first


def test_bad_reference_is_clean(revised):
    result = revised("diff", LEFT, "nothing-here")
    assert result.exit_code == 1 and "no document matches" in result.output


segments = st.lists(st.tuples(st.text(alphabet="ab \u00e9-", max_size=40), st.sampled_from(["", "del", "ins", "note"])),
                    max_size=8)


@settings(max_examples=300, deadline=None)
@given(segments, st.integers(min_value=12, max_value=80), st.booleans())
def test_wrapped_lines_fit_and_keep_every_word(pieces, width, color):
    from compare.render.side import wrap_segments

    lines = wrap_segments(pieces, width, color)
    visible = [re.sub(r"\x1b\[\d+m", "", text) for text, _ in lines]
    assert all(len(text) == reported <= width for text, (_, reported) in zip(visible, lines))
    if not color:
        visible = [re.sub(r"\[-|-\]|\{\+|\+\}", "", text) for text in visible]
    assert "".join(visible).replace(" ", "") == "".join(text for text, _ in pieces).replace(" ", "")
