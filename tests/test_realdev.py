"""The real-prose scorer (bench/realdev.py): each missed gold judgement is placed where it stands in the pipeline."""

import json
import re
from collections import Counter

from bench.realdev import (
    MISSES,
    UNREAD,
    GoldResult,
    by_label_line,
    coverage,
    coverage_line,
    main,
    misses_line,
    scored_report,
    unread_line,
    where_reading_stopped,
)
from conftest import ROOT


def _result(**kw) -> GoldResult:
    fields = dict(doc="d", issues=("north-korea",), label="new", uncertain=False, hit=False, got=())
    return GoldResult(**{**fields, **kw})


def test_a_miss_is_placed_by_the_first_step_that_failed():
    assert _result(hit=True, got=("new",), read=True).missed is None
    assert _result().missed == "no position"                          # nothing read on the evidence
    assert _result(read=True).missed == "no label"                    # read, but the judge gave nothing
    assert _result(read=True, got=("unchanged",)).missed == "another label"
    assert _result(read=True, withheld=("new",)).missed == "withheld"     # the gate held the gold label back
    assert _result(read=True, withheld=("reversed",)).missed == "no label"


def test_the_misses_line_counts_every_place_in_order():
    line = misses_line(Counter({"no label": 2, "no position": 5}))
    assert line == ("misses: no author position on the evidence 5, a position but no label 2, another label 0, "
                    "the gold label withheld 0")


def test_misses_are_placed_from_the_positions_and_the_withheld_labels():
    """Held-out set 2 has misses of each kind the pipeline reads: evidence with no position, a position the judge
    left unlabelled, and a gold label the confidence gate withheld (the set's writers are not the essay's); the report
    counts them, and with the hits they are every judgement of the set."""
    text, hits, total, misses = scored_report(ROOT / "tests" / "fixtures" / "heldout-2", sample=0)
    assert misses["no position"] and misses["no label"] and misses["withheld"], misses
    assert set(misses) <= set(MISSES) and hits + sum(misses.values()) == total
    assert misses_line(misses) in text
    per_label = re.findall(r"(\w+) (\d+)/(\d+)", text.split("\n  by gold label (hit/judgements): ")[1].split("\n")[0])
    assert sum(int(h) for _, h, _ in per_label) == hits and sum(int(n) for _, _, n in per_label) == total


def test_a_gold_row_on_a_file_the_index_lacks_is_a_miss(tmp_path):
    source = ROOT / "tests" / "fixtures" / "heldout-210"
    index = json.loads((source / "index.json").read_text(encoding="utf-8"))
    kept = index[0]["file"]
    (tmp_path / kept).write_text((source / kept).read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / "index.json").write_text(json.dumps(index[:1]), encoding="utf-8")
    (tmp_path / "gold.json").write_text((source / "gold.json").read_text(encoding="utf-8"), encoding="utf-8")
    _, hits, total, misses = scored_report(tmp_path, sample=0)
    assert hits + sum(misses.values()) == total and misses["no position"] > 0


def test_several_folders_are_scored_with_their_total():
    sets = [str(ROOT / "tests" / "fixtures" / name) for name in ("heldout-210", "heldout-211")]
    text = main(sets)
    scores = [scored_report(ROOT / "tests" / "fixtures" / name, sample=0) for name in ("heldout-210", "heldout-211")]
    hits, total = sum(s[1] for s in scores), sum(s[2] for s in scores)
    assert text.splitlines()[-1].startswith(f"2 folders: {hits}/{total} gold judgements")


def test_recall_is_told_per_gold_label_in_a_fixed_order():
    results = [_result(label="unchanged", hit=True), _result(label="unchanged"), _result(label="new"),
               _result(label="reversed", hit=True), _result(label="zzz"), _result(label="dropped")]
    assert by_label_line(results) == ("by gold label (hit/judgements): new 0/1, unchanged 1/2, reversed 1/1, dropped 0/1, "
                                      "zzz 0/1")
    assert by_label_line([]) == "by gold label (hit/judgements): none"


def test_the_total_of_several_folders_tells_recall_per_gold_label():
    sets = [str(ROOT / "tests" / "fixtures" / name) for name in ("heldout-210", "heldout-211")]
    last = main(sets).splitlines()[-1]
    hits, total = map(int, re.match(r"2 folders: (\d+)/(\d+) ", last).groups())
    per_label = re.findall(r"(\w+) (\d+)/(\d+)", last.split("by gold label (hit/judgements): ")[1].split("; misses")[0])
    assert {label for label, _, _ in per_label} <= {"new", "unchanged", "strengthened", "weakened", "reversed"}
    assert sum(int(h) for _, h, _ in per_label) == hits and sum(int(n) for _, _, n in per_label) == total


def test_where_the_reading_stopped_on_evidence_with_no_author_position():
    row = {"issues": ["trade"], "later": ["The pier tolls should be scrapped at once"]}
    evidence = "The pier tolls should be scrapped at once, the mayor said."
    other = "The ferry fares went up."
    texts = [evidence, other]
    assert where_reading_stopped(row, [other], [], []) == "evidence not found"
    assert where_reading_stopped(row, texts, [], []) == "untagged"
    assert where_reading_stopped(row, texts, [("trade", other)], []) == "untagged"      # a tag on another sentence
    assert where_reading_stopped(row, texts, [("alliance", evidence)], []) == "another issue"
    assert where_reading_stopped(row, texts, [("alliance", evidence), ("trade", evidence)], []) == "no stance"
    assert where_reading_stopped(row, texts, [("trade", evidence)], [("trade", evidence)]) == "not the writer's"
    assert where_reading_stopped(row, texts, [("trade", evidence)], [("alliance", evidence)]) == "no stance"


def test_the_unread_line_counts_only_misses_with_no_position():
    results = [_result(reading="untagged"), _result(reading="no stance"), _result(reading="no stance"),
               _result(read=True), _result(hit=True, read=True)]
    assert unread_line(results) == ("no author position on the evidence, by where the reading stopped: evidence not "
                                    "found 0, untagged 1, another issue 0, no stance 2, not the writer's 0")


def test_each_set_places_its_unread_evidence_and_the_places_add_up():
    """Held-out set 2's evidence with no author position: one sentence untagged, one tagged with another issue only,
    two tagged with the judgement's issue and read as no stance (the tags come from the store, read through SQL)."""
    text, hits, total, misses = scored_report(ROOT / "tests" / "fixtures" / "heldout-2", sample=0)
    line = next(line for line in text.splitlines() if "by where the reading stopped" in line)
    stops = dict(re.findall(r"(evidence not found|untagged|another issue|no stance|not the writer's) (\d+)", line))
    assert list(stops) == list(UNREAD) and sum(map(int, stops.values())) == misses["no position"] > 0
    assert stops == {"evidence not found": "0", "untagged": "1", "another issue": "1", "no stance": "2",
                     "not the writer's": "0"}


def test_coverage_counts_each_text_and_issue_the_gold_discusses_once():
    """Two judgements on one issue of one text are one pair; a judgement on two issues is two; a text with positions on
    other issues only, or none at all, covers none of its pairs."""
    results = [_result(file="a.txt", issues=("trade",)), _result(file="a.txt", issues=("trade",)),
               _result(file="a.txt", issues=("russia", "alliance")), _result(file="b.txt", issues=("trade",)),
               _result(file="c.txt", issues=("north-korea",))]
    covered = {"a.txt": {"trade", "alliance"}, "b.txt": {"russia"}, "c.txt": set()}
    assert coverage(results, covered) == (2, 5)
    assert coverage_line(results, covered) == ("issues discussed with an author position: 2/5 (text, issue) pairs the "
                                               "gold judges; texts with no author position: 1/3")


def test_the_total_of_several_folders_keeps_their_texts_apart(tmp_path):
    """Two copies of one set: their texts share file names, and the total counts each copy's pairs and texts apart
    (twice the set's own figures)."""
    import shutil
    copies = [tmp_path / "a", tmp_path / "b"]
    for copy in copies:
        shutil.copytree(ROOT / "tests" / "fixtures" / "heldout-210", copy)
    lines = main([str(copy) for copy in copies]).splitlines()
    pattern = r"with an author position: (\d+)/(\d+) .*no author position: (\d+)/(\d+)"
    once = [int(n) for n in re.search(pattern, next(line for line in lines if "issues discussed" in line)).groups()]
    total = [int(n) for n in re.search(pattern, lines[-1]).groups()]
    assert total == [2 * n for n in once] and once[1] > once[0] > 0
