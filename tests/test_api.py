"""The Python API (compare.Corpus) and the CLI's machine-readable outputs built on it."""

import dataclasses
import json
import os

import pytest

from compare import Corpus
from compare.api import records
from conftest import ESSAY, FIXTURE
from corpus.errors import CorpusError, InputError, NotFoundError
from corpus.workers import drain_in_forks


@pytest.fixture
def corpus(tmp_path):
    c = Corpus.init(str(tmp_path / "api.db"))
    c.add(str(FIXTURE / "revised.txt"), id=ESSAY)
    yield c
    c.close()


def test_init_loads_the_packaged_seeds_and_is_idempotent(tmp_path):
    path = str(tmp_path / "fresh.db")
    with Corpus.init(path) as c:
        assert [d.id for d in c.documents()] == [ESSAY]
        assert "north-korea" in {i.id for i in c.issues()}
    with Corpus(path) as again:
        loaded = again.load_seeds()
        assert [r.status for r in loaded.documents] == ["unchanged"]
        assert str(loaded.issues) == "0 added, 0 updated, 0 removed"


def test_compare_returns_records_named_like_the_views(corpus):
    cmp = corpus.compare("tanaka@1", "tanaka@2")
    assert (cmp.left, cmp.right) == (f"{ESSAY}@1", f"{ESSAY}@2")
    row = corpus.store.query("SELECT * FROM comparison_detail WHERE id = ?", (cmp.id,))[0]
    assert (row["engine"], json.loads(row["params"])) == (cmp.engine, cmp.params)
    stored = corpus.store.query("SELECT ordinal, op, similarity, left_text, right_text, left_sentence_id, "
                                "right_sentence_id FROM sentence_change_detail WHERE comparison_id = ? ORDER BY ordinal",
                                (cmp.id,))
    assert stored == [{k: getattr(s, k) for k in stored[0]} for s in cmp.sentences]
    sections = corpus.store.query("SELECT relation, left_heading, right_heading FROM section_alignment_detail "
                                  "WHERE comparison_id = ? ORDER BY ordinal", (cmp.id,))
    assert sections == [{"relation": s.relation, "left_heading": s.left_heading, "right_heading": s.right_heading}
                        for s in cmp.sections]
    changes = corpus.store.query("SELECT issue_id, change, score, explanation, left_position_id, right_position_id "
                                 "FROM position_change_detail WHERE comparison_id = ? ORDER BY id", (cmp.id,))
    assert changes == [{"issue_id": c.issue_id, "change": c.change, "score": c.score, "explanation": c.explanation,
                        "left_position_id": c.left.id if c.left else None,
                        "right_position_id": c.right.id if c.right else None} for c in cmp.position_changes]
    assert cmp.changed and {"reversed", "weakened"} <= set(cmp.counts())
    reversed_ = next(c for c in cmp.position_changes if c.change == "reversed")
    assert reversed_.left.document_id == ESSAY and reversed_.left.version == 1 and reversed_.right.version == 2
    assert reversed_.right.attribution == "author"


def test_every_result_converts_to_plain_records(corpus):
    cmp = corpus.compare("tanaka@1", "tanaka@2")
    for items in (corpus.documents(), corpus.log("tanaka"), [corpus.outline("tanaka")], corpus.search("Korea"),
                  [cmp], corpus.positions("tanaka@2"), corpus.timeline("north-korea")):
        assert items
        rows = [dataclasses.asdict(x) for x in items]
        assert json.loads(json.dumps(rows)) == json.loads(json.dumps(records(items)))
    change = dataclasses.asdict(cmp.position_changes[0])
    assert {"issue_id", "change", "score", "explanation", "left", "right"} <= set(change)
    position = corpus.positions("tanaka@2", issue="north-korea")[0]
    assert position.issue_id == "north-korea" and position.sentence and position.cues


def test_diff_renders_every_format_from_the_in_memory_alignment(corpus):
    from compare.render import FORMATS

    for fmt in FORMATS:
        text = corpus.diff("tanaka@1", "tanaka@2", format=fmt, width=100)
        assert text and text == corpus.diff("tanaka@1", "tanaka@2", format=fmt, width=100)
    assert corpus.diff("tanaka@1", "tanaka@2", format="html").lstrip().startswith("<!DOCTYPE html>")
    with pytest.raises(CorpusError, match="unknown format 'pdf'"):
        corpus.diff("tanaka@1", "tanaka@2", format="pdf")


def test_add_text_and_metadata(corpus):
    added = corpus.add(text="A short note.\n\nNorth Korea must be deterred.", title="A note", author="Ann Author",
                       published="2020-05")
    document = next(d for d in corpus.documents() if d.id == added.document_id)
    assert (document.title, document.author, document.published) == ("A note", "Ann Author", "2020-05")
    assert corpus.positions(added.document_id, issue="north-korea")
    with pytest.raises(InputError):
        corpus.add(text="   ")
    with pytest.raises(CorpusError, match="unknown metadata"):
        corpus.add(text="Some text.", colour="red")
    with pytest.raises(CorpusError, match="not a valid|date"):
        corpus.add(text="Some text.", published="May 2020")


def test_errors_are_the_typed_errors_the_cli_prints(corpus):
    with pytest.raises(NotFoundError):
        corpus.compare("tanaka@1", "nothing-like-this")
    with pytest.raises(CorpusError, match="no issue 'weather'"):
        corpus.timeline("weather")
    with pytest.raises(CorpusError, match="positive"):
        corpus.search("Korea", limit=0)


def test_compare_all_in_workers_matches_one_process(tmp_path, monkeypatch):
    import compare.engine as engine

    monkeypatch.setattr(engine, "PARALLEL_THRESHOLD", 1)  # the examples are fewer pairs than the threshold
    examples = FIXTURE.parents[2] / "examples" / "commentaries"
    results = {}
    for workers in (1, 2):
        with Corpus.init(str(tmp_path / f"all-{workers}.db")) as c:
            assert all(not isinstance(outcome, InputError) for _, outcome in c.add_files([str(examples)]))
            c.add(str(FIXTURE / "revised.txt"), id=ESSAY)
            results[workers] = [dataclasses.asdict(r) for r in c.compare_all(workers=workers)]
    # the essay against each of the three examples, then the essay's two versions: the workers judge position
    # changes across documents and between versions just as one process does
    assert len(results[1]) == 4 and results[1] == results[2]
    across, between = results[2][0]["position_changes"], results[2][3]["position_changes"]
    assert across and between and {c["change"] for c in between} - {"unchanged"}


def test_json_outputs_are_the_api_records(revised, tmp_path):
    cases = {("list",): list, ("log", "tanaka"): list, ("show", "tanaka@2"): dict, ("search", "Korea"): list,
             ("align", "tanaka@1", "tanaka@2"): dict, ("compare", "tanaka@1", "tanaka@2"): dict,
             ("positions", "tanaka@2"): list, ("timeline", "north-korea"): list, ("compare", "--all"): list}
    for args, shape in cases.items():
        result = revised(*args, "--json")
        assert result.exit_code == 0, (args, result.output)
        data = json.loads(result.stdout)
        assert isinstance(data, shape) and data, args
    compared = json.loads(revised("compare", "tanaka@1", "tanaka@2", "--json").stdout)
    assert {"id", "left", "right", "engine", "params", "sections", "sentences", "position_changes"} <= set(compared)
    assert {"issue_id", "change", "score", "explanation", "left", "right"} <= set(compared["position_changes"][0])


def test_output_dash_is_standard_output(revised, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = revised("diff", "tanaka@1", "tanaka@2", "--format", "json", "-o", "-")
    assert result.exit_code == 0 and json.loads(result.output)["left"]["ref"].endswith("@1")
    assert not (tmp_path / "-").exists()
    unwritable = revised("diff", "tanaka@1", "tanaka@2", "-o", str(tmp_path / "missing" / "out.txt"))
    assert unwritable.exit_code == 1 and "out.txt" in unwritable.output and "No such file" in unwritable.output


def test_exit_code_like_git(revised):
    assert revised("diff", "tanaka@1", "tanaka@1", "--exit-code").exit_code == 0
    assert revised("diff", "tanaka@1", "tanaka@2", "--exit-code").exit_code == 1
    assert revised("align", "tanaka@1", "tanaka@2", "--exit-code", "--json").exit_code == 1
    assert revised("compare", "tanaka@1", "tanaka@2", "--exit-code").exit_code == 1
    assert revised("compare", "tanaka@1", "tanaka@1", "--exit-code").exit_code == 0
    missing = revised("diff", "tanaka@1", "nothing-like-this", "--exit-code")
    assert missing.exit_code == 2 and "no document matches" in missing.output
    assert revised("diff", "tanaka@1", "nothing-like-this").exit_code == 1


def test_positions_carry_their_attribution(tmp_path):
    text = ("North Korea Notes\n\nMany experts have concluded that Japan should abandon talks with North Korea. "
            "Should Japan talk to North Korea now? Japan must open a channel to Pyongyang.\n")
    with Corpus.init(str(tmp_path / "said.db")) as c:
        c.add(text=text, id="notes")
        said = {p.sentence.split()[0]: p.attribution for p in c.positions("notes", issue="north-korea")}
        assert said == {"Many": "reported", "Should": "question", "Japan": "author"}
        stance = c.timeline("north-korea")
        assert [e.document_id for e in stance][-1] == "notes" and stance[-1].positions == 1  # the author's only


@pytest.mark.skipif(not hasattr(os, "fork") or (os.cpu_count() or 1) < 2, reason="needs os.fork and two cores")
def test_analysis_in_forked_workers_matches_one_process(monkeypatch):
    """Tags and positions of several versions, worked out by this process and forked children sharing the
    batches, are the rows one process gives, in the same order."""
    import compare.analysis as analysis
    from compare.tagging import IssueMatcher, SentenceRow
    from compare.taxonomy import parse_taxonomy
    from corpus.layout import parse_layout
    from corpus.segment import segment

    root = FIXTURE.parents[2]
    batches = []
    for number, path in enumerate([*sorted((root / "seeds").glob("*.txt")),
                                   *sorted((root / "examples" / "commentaries").glob("*.md"))]):
        layout = parse_layout(path.read_text(encoding="utf-8"), "markdown" if path.suffix == ".md" else "text")
        sentences = [s.text for sec in segment(layout).sections for p in sec.paragraphs for s in p.sentences]
        rows = [SentenceRow(number * 1000 + k, number, number * 1000 + k // 5, text) for k, text in enumerate(sentences)]
        batches.append(analysis.VersionBatch(number, rows, {}, frozenset()))
    issues = parse_taxonomy((root / "seeds" / "issues.toml").read_text(encoding="utf-8"), source="issues.toml")
    alone = analysis.analyse_batches(IssueMatcher(issues), batches, "test")
    monkeypatch.setattr(analysis, "PARALLEL_SENTENCES", 1)
    forked = []
    monkeypatch.setattr(analysis, "drain_in_forks",
                        lambda produce, *, children: forked.append(children) or drain_in_forks(produce, children=children))
    shared = analysis.analyse_batches(IssueMatcher(issues), batches, "test")
    assert forked and forked[0] >= 1, "the batches were not shared with forked workers"
    assert len(alone) == len(batches) and sum(len(positions) for _, positions in alone) > 50
    assert shared == alone


def test_a_line_set_apart_without_a_stop_takes_no_position(corpus):
    # a headline or a deck is an editor's summary, not a claim; a listed item and an excerpt cut off are claims
    text = ("Talks at the harbour\n\n"
            "Tokyo must open a channel to North Korea about missiles and fishing grounds before the summit\n\n"
            "The harbour chief spoke on Monday. North Korea must be deterred, she said, and I agree.\n\n"
            "- North Korea must be deterred at sea\n\n"
            "Japan should keep talking to North Korea about the missiles, the abductions and the old fishing "
            "disputes, because no other channel exists and")
    added = corpus.add(text=text, title="A note", author="Ann Author", published="2020-05")
    sentences = {p.sentence for p in corpus.positions(added.document_id, issue="north-korea")}
    assert not any(s.startswith("Tokyo must open") for s in sentences)
    assert any(s.startswith("- North Korea must") for s in sentences)
    assert any(s.startswith("Japan should keep talking") for s in sentences)


def test_a_long_line_without_a_stop_keeps_its_position(corpus):
    # a lead-in longer than a headline runs is the writer's claim, stop or no stop
    text = ("Talks at the harbour\n\n"
            "In addition to keeping the ferries running, the two ports and their many partners along the coast should "
            "keep North Korea under pressure in the following four areas\n\n"
            "Pressure on North Korea is working, and it should continue.")
    added = corpus.add(text=text, title="A note", author="Ann Author", published="2020-05")
    sentences = {p.sentence for p in corpus.positions(added.document_id, issue="north-korea")}
    assert any(s.startswith("In addition to keeping") for s in sentences)
