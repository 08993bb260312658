"""Section and sentence alignment, word diffs, and what is recorded."""

import json

from hypothesis import given, settings
from hypothesis import strategies as st

from bench.evaluate import synthetic_scores
from bench.synthetic import base_sections, revise, to_markdown
from compare.alignment import align
from compare.alignment.worddiff import rebuild, word_diff
from compare.model import version_from_text
from conftest import ESSAY, SEED, sql


def test_fixture_section_pairs(revised, expected):
    result = revised("align", f"{ESSAY}@1", f"{ESSAY}@2")
    assert result.exit_code == 0
    rows = sql(revised, "select left_heading, right_heading, relation, matched_by, score from section_alignment_detail")
    pairs = {(r["left_heading"], r["right_heading"]) for r in rows if r["left_heading"] and r["right_heading"]}
    for left, right in expected["section_pairs"]:
        assert (left, right) in pairs
    deleted = {r["left_heading"] for r in rows if r["relation"] == "deleted"}
    assert deleted == set(expected["deleted_sections"])
    assert not [r for r in rows if r["relation"] == "added"]
    renamed = next(r for r in rows if r["right_heading"] == "Confidence Building among the Five Powers")
    assert renamed["relation"] == "renamed" and renamed["matched_by"] == "content"
    # Every left section is paired exactly once or deleted: no spurious pairs.
    assert len(rows) == 10
    assert "renamed" in result.output and "Confidence Building among the Five Powers" in result.output


def test_fixture_sentence_ops(revised):
    revised("diff", f"{ESSAY}@1", f"{ESSAY}@2", "--format", "json")
    ops = {r["op"]: r["n"] for r in sql(revised, "select op, count(*) as n from sentence_change_detail group by op")}
    assert ops == {"equal": 79, "modified": 4, "deleted": 14, "inserted": 1}
    modified = sql(revised, "select left_text, right_text, diff from sentence_change_detail where op = 'modified'")
    for row in modified:
        diff = json.loads(row["diff"])
        assert rebuild(diff, "-") == row["left_text"] and rebuild(diff, "+") == row["right_text"]


def test_identical_versions_all_equal(seeded, tmp_path):
    copy = tmp_path / "copy.txt"
    copy.write_text(SEED.read_text(encoding="utf-8") + "\n\nOne more sentence at the end.\n", encoding="utf-8")
    seeded("add", copy, "--id", ESSAY)
    result = seeded("diff", f"{ESSAY}@1", f"{ESSAY}@1", "--exit-code")
    assert result.exit_code == 0
    ops = sql(seeded, "select distinct op from sentence_change_detail")
    assert ops == [{"op": "equal"}]
    changed = seeded("diff", f"{ESSAY}@1", f"{ESSAY}@2", "--exit-code", "--format", "unified")
    assert changed.exit_code == 1 and "+ One more sentence at the end." in changed.output


def test_comparisons_are_not_duplicated(revised):
    for _ in range(3):
        revised("align", f"{ESSAY}@1", f"{ESSAY}@2")
    revised("diff", f"{ESSAY}@1", f"{ESSAY}@2", "--format", "json")
    rows = sql(revised, "select id, engine, params from comparisons")
    assert len(rows) == 1
    assert rows[0]["engine"].startswith("corpus-compare/")
    assert "within_cutoff" in rows[0]["params"]
    assert sql(revised, "select count(*) as n from section_alignments")[0]["n"] == 10


def test_the_engine_string_names_the_code_that_made_a_row(revised, tmp_path):
    from compare import ENGINE, code_fingerprint

    revised("align", f"{ESSAY}@1", f"{ESSAY}@2")
    assert sql(revised, "select engine from comparisons")[0]["engine"] == ENGINE
    assert ENGINE.rsplit("+", 1)[1] == code_fingerprint()
    # a rule edited without a new version number is another engine; compiled caches are not code
    package = tmp_path / "pkg"
    (package / "__pycache__").mkdir(parents=True)
    (package / "rules.py").write_text("LIMIT = 3\n")
    before = code_fingerprint((package,))
    (package / "__pycache__" / "rules.pyc").write_bytes(b"\0")
    assert code_fingerprint((package,)) == before
    (package / "rules.py").write_text("LIMIT = 4\n")
    assert code_fingerprint((package,)) != before


def test_cross_document_alignment_by_content(seeded, tmp_path):
    note = tmp_path / "nk.md"
    note.write_text("# Pyongyang Problem\n\n## Where Things Stand\n\nStrategic patience has failed to change North "
                    "Korean behavior. The Kim Jong-un regime keeps building a miniaturized nuclear warhead for a "
                    "long-range missile. China is hesitant to apply crippling pressure on North Korea. Joint "
                    "contingency planning and intensive discussions with China are needed before credible nuclear "
                    "negotiations with North Korea.\n", encoding="utf-8")
    seeded("add", note, "--id", "nk-note")
    seeded("align", ESSAY, "nk-note")
    rows = sql(seeded, "select left_heading, relation, matched_by from section_alignment_detail "
                       "where right_heading = 'Where Things Stand'")
    assert rows == [{"left_heading": "A New Approach to North Korea", "relation": "renamed", "matched_by": "content"}]


def _align_text(left_text, right_text):
    left = version_from_text(left_text, "markdown", document_id="doc")
    right = version_from_text(right_text, "markdown", document_id="doc", number=2)
    return left, right, align(left, right)


def test_split_merge_and_moved_paragraph():
    title, sections = base_sections(SEED.read_text(encoding="utf-8"))
    seen = set()
    for seed in range(60):
        revision = revise(title, sections, seed=seed, ops=4, edit_share=0.1)
        left, right, result = _align_text(revision.left_text, revision.right_text)
        pairs = {(p.left, p.right) for p in result.sections if p.left is not None and p.right is not None}
        assert pairs == revision.section_truth, seed
        for p in result.sections:
            truth = revision.relations.get((p.left, p.right))
            if truth in ("split", "merged", "added", "deleted", "renamed"):
                assert p.relation == truth, (seed, p)
                seen.add(truth)
        moved = {p.left for p in result.sentences if p.op in ("moved", "moved_modified")}
        assert moved == revision.moved_sentences, seed
    assert seen == {"split", "merged", "added", "deleted", "renamed"}


def test_paragraph_split_is_all_equal():
    title, sections = base_sections(SEED.read_text(encoding="utf-8"))
    left_text = to_markdown(title, sections)
    right_text = left_text.replace("Looking ahead, however,", "\n\nLooking ahead, however,", 1)
    _, _, result = _align_text(left_text, right_text)
    assert {p.op for p in result.sentences} == {"equal"}


def test_synthetic_targets():
    score = synthetic_scores(30)
    assert score.pair_precision >= 0.95 and score.pair_recall >= 0.95
    assert score.moved_recall >= 0.9 and score.false_moves == 0
    assert score.identical_all_equal


words = st.lists(st.sampled_from(["the", "alliance", "must", "should", "not", "Japan", "US-Japan", "trade", ",", ".",
                                  "don't", "1.5", "  ", "\u2014", "co-operate"]), max_size=30)


@settings(max_examples=200, deadline=None)
@given(words, words)
def test_word_diff_rebuilds_both_sides(a, b):
    left, right = " ".join(a), " ".join(b)
    diff = word_diff(left, right)
    assert rebuild(diff, "-") == left and rebuild(diff, "+") == right


@settings(max_examples=200, deadline=None)
@given(words, words)
def test_word_diff_never_splits_a_word(a, b):
    left, right = " ".join(a), " ".join(b)
    for side, source in (("-", left), ("+", right)):
        offset = 0
        pieces = [text for op, text in word_diff(left, right) if op in ("=", side)]
        for piece in pieces[:-1]:
            offset += len(piece)
            assert not (source[offset - 1].isalnum() and source[offset].isalnum()), (source, offset)


def test_determinism(revised):
    first = revised("diff", f"{ESSAY}@1", f"{ESSAY}@2", "--format", "json").output
    rows_first = sql(revised, "select * from sentence_alignments order by id")
    second = revised("diff", f"{ESSAY}@1", f"{ESSAY}@2", "--format", "json").output
    rows_second = sql(revised, "select * from sentence_alignments order by id")
    assert first == second
    strip = lambda rows: [{k: v for k, v in r.items() if k != "id"} for r in rows]
    assert strip(rows_first) == strip(rows_second)


def test_blocked_fuzzy_pass_agrees_with_the_matrix(monkeypatch):
    """Large inputs compare only sentences sharing a rare word; on the fixture both paths agree."""
    import compare.alignment.sentence_pairs as sentences
    from conftest import FIXTURE

    left = version_from_text(SEED.read_text(encoding="utf-8"), document_id="essay")
    right = version_from_text((FIXTURE / "revised.txt").read_text(encoding="utf-8"), document_id="essay", number=2)
    expected = [(p.left, p.right, p.op) for p in align(left, right).sentences]
    monkeypatch.setattr(sentences, "BLOCK_CELLS", 0)
    assert [(p.left, p.right, p.op) for p in align(left, right).sentences] == expected
