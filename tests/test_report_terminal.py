"""Terminal output: display width of wide characters, compare's changed positions once, wrapping."""

import re
import unicodedata

import pytest

from conftest import ESSAY, ROOT

JAPANESE = ("朝鮮半島の状況を解決するには、米国、日本、韓国の間で包括的かつ協調的な努力が必要であり、"
            "中国を巻き込む必要がある。日本は拉致問題について平壌との直接の対話の経路を開くべきである。")


def cells(line: str) -> int:
    """Terminal cells, measured independently of the code under test."""
    return sum(0 if unicodedata.combining(c) else 2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in line)


@pytest.mark.parametrize("width", [40, 64, 101])
def test_side_by_side_fits_wide_characters(run, tmp_path, width):
    before = f"# 日米同盟\n\n## 北朝鮮への新しいアプローチ\n\n{JAPANESE}\n\n## Russia\n\nThe allies must talk to Russia.\n"
    after = before.replace("必要であり", "絶対に不可欠であり").replace("Russia.", "Russia now.")
    for n, text in enumerate((before, after)):
        (tmp_path / f"v{n}.md").write_text(text, encoding="utf-8")
        assert run("add", tmp_path / f"v{n}.md", "--id", "jp").exit_code == 0
    out = run("diff", "jp@1", "jp@2", "--width", width).output
    lines = out.splitlines()
    assert max(cells(line) for line in lines) <= width
    column = (width - 3) // 2
    for line in lines:
        if "\u2502" in line:
            assert cells(line.split(" \u2502", 1)[0]) == column  # the separator stays in one place
    left_text = "".join(re.sub(r"\[-|-\]|\{\+|\+\}", "", line.split(" \u2502", 1)[0]).strip()
                        for line in lines if "\u2502" in line)
    assert JAPANESE in left_text  # nothing lost when the text breaks between characters


def test_compare_prints_each_changed_position_once(revised):
    out = revised("compare", f"{ESSAY}@1", f"{ESSAY}@2", env={"COLUMNS": None}).output
    assert out.count("unilateral annexation of Crimea") == 1
    lines = out.splitlines()
    russia = lines[lines.index("== russia") + 1:]
    assert russia[0].startswith("  [reversed]")
    assert russia[1].startswith("    ~ ") and "[-while also maintaining a-]" in russia[1]
    assert "{+and should abandon" in russia[1]
    new = next(n for n, line in enumerate(lines) if line.startswith("  [new]"))
    assert lines[new + 1].startswith("    + Japan should also open a direct channel")
    assert "counts: reversed 1" in out


def test_compare_across_documents_shows_both_sentences(revised):
    revised("add", ROOT / "examples" / "commentaries")
    out = revised("compare", ESSAY, "example-2017-north-korea", env={"COLUMNS": None}).output
    lines = out.splitlines()
    paired_at = [n for n, line in enumerate(lines) if line.startswith("  [strengthened]")]
    assert paired_at
    for n in paired_at:  # different sentences: the earlier and the later one, not an unreadable diff
        assert lines[n + 1].startswith("    - ") and lines[n + 2].startswith("    + ")


@pytest.mark.parametrize("width", [50, 80])
def test_compare_and_timeline_wrap_to_the_terminal(revised, width):
    env = {"COLUMNS": str(width)}
    out = revised("compare", f"{ESSAY}@1", f"{ESSAY}@2", env=env).output
    body = [line for line in out.splitlines() if not line.endswith("@2") and not line.startswith("counts:")]
    assert max(cells(line) for line in body) <= width
    assert any(line.startswith("      ") for line in body)  # continuation lines hang under the sentence
    unwrapped = revised("compare", f"{ESSAY}@1", f"{ESSAY}@2", env={"COLUMNS": None}).output
    flat = lambda text: "".join(re.sub(r"\[-|-\]|\{\+|\+\}", "", text).split())  # noqa: E731
    assert flat(out) == flat(unwrapped)  # wrapping only moves line breaks (and closes marks at them)
    timeline = revised("timeline", "north-korea", env=env).output.splitlines()
    assert max(cells(line) for line in timeline) <= width
    starts = [line for line in timeline if not line.startswith(" ")]
    assert all(re.match(r"\d{4}-\d{2}", line) for line in starts)
    unwrapped = revised("timeline", "north-korea", env={"COLUMNS": None}).output.splitlines()
    assert len(starts) == len([line for line in unwrapped if not line.startswith(" ")]) == 2  # one per version
    assert flat("\n".join(timeline)) == flat("\n".join(unwrapped))
