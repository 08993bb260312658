"""Reading confidence (compare/confidence.py): recorded for every author position, and the gate it sets on `new`
labels across writers. Every sentence here is written for the tests."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from conftest import judge_against_essay, labels_on, sql, turned_off

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "bench" / "data" / "confidence_examples.jsonl"
CALL = "Washington and Tokyo should plan together for a crisis in the Taiwan Strait."
CALL_REFUSED = "Washington and Tokyo should not plan together for a crisis in the Taiwan Strait."


RESTATED = ("The core bargain of the US-Japan alliance is of fundamental benefit to both countries, and it should be "
            "strengthened urgently.")


@pytest.fixture
def confidence_off(monkeypatch):
    """CORPUS_CONFIDENCE=off."""
    from compare import confidence

    yield from turned_off(monkeypatch, confidence)


@pytest.fixture
def switch(monkeypatch):
    """switch("off") turns the confidence off in the middle of a test, switch(None) back on (the model and the engine
    string read again each time)."""
    import compare
    from compare import confidence

    def turn(value):
        if value is None:
            monkeypatch.delenv(confidence.ENV_SWITCH, raising=False)
        else:
            monkeypatch.setenv(confidence.ENV_SWITCH, value)
        confidence.load_model.cache_clear()
        compare.engine_name.cache_clear()

    yield turn
    turn(None)


def _later(seeded, tmp_path, name: str, sentence: str, author: str) -> list[dict]:
    return judge_against_essay(seeded, tmp_path / f"{name}.txt", f"{name}\n\nJune 2019\n\n{sentence}\n", name,
                               author=author)


def test_every_author_position_records_its_confidence_and_others_views_none(seeded, tmp_path):
    later = tmp_path / "later.txt"
    later.write_text("Straits\n\nJune 2019\n\n" + CALL + "\n\nSome analysts argue that the Taiwan Strait "
                     "will be calm for a decade.\n", encoding="utf-8")
    assert seeded("add", later, "--author", "Someone Else").exit_code == 0
    assert seeded("positions", "else-2019-straits").exit_code == 0      # (positions are read on first use)
    rows = sql(seeded, "select attribution, confidence, sentence from position_detail where document_id != "
                       "(select id from documents order by created_at, rowid limit 1)")
    own = [r for r in rows if r["attribution"] == "author"]
    assert own and all(0.0 <= r["confidence"] <= 1.0 and round(r["confidence"], 3) == r["confidence"] for r in own)
    assert [r["confidence"] for r in rows if r["attribution"] == "reported"] == [None]


@pytest.mark.parametrize("polar", [["plan"], ["mistake", "mistake"], []])
def test_the_analysis_gives_each_reading_the_models_confidence(polar):
    """Model.of (what the analysis records, with the reading's weights summed once per distinct reading) gives what
    the model gives the reading's features, each counted once as in training, whether or not the sum is cached."""
    from compare import confidence

    reading = dict(kind="prescription", polarity=1, strength=2.0, hedged=False, text=CALL, issue="regional-order",
                   cues={"kind": "should", "polarity": polar, "clause": "main", "issue": {"via": "keyword"}},
                   document_kind="commentary")
    shipped = confidence.load_model()
    assert shipped is not None
    fresh = confidence.Model(shipped.coef, shipped.intercept, shipped.threshold, shipped.version)
    expected = fresh.confidence(confidence.features(**reading))
    assert fresh.of(**reading) == fresh.of(**reading) == expected


def test_a_document_of_a_kind_the_examples_never_name_reads_as_a_commentary():
    from compare import confidence

    def of(kind):
        return confidence.of_position(confidence.load_model(), kind="prescription", polarity=1, strength=2.0,
                                      hedged=False, cues={"kind": "should", "clause": "main"}, text=CALL,
                                      issue="regional-order", document_kind=kind)

    assert of(None) == of("document") == of("op-ed") == of("commentary") != of("editorial")


def test_readings_readers_seldom_found_fair_are_less_confident():
    """What the examples show of other writers' prose: a call read as against its issue (about one in ten fair)
    and a hedged forecast are less trusted than a plain call for something."""
    from compare import confidence

    def of(kind, polarity, hedged, cue):
        return confidence.of_position(confidence.load_model(), kind=kind, polarity=polarity, strength=2.0,
                                      hedged=hedged, cues={"kind": cue, "clause": "main", "issue": {"via": "keyword"},
                                                           "hedges": ["perhaps"] if hedged else []},
                                      text=CALL, issue="regional-order", document_kind="commentary")

    call = of("prescription", 1, False, "should")
    assert of("prescription", -1, False, "should") < call and of("prediction", 0, True, "could") < call


def test_the_essay_writers_own_refusal_is_new(seeded, tmp_path):
    # the essay's writer, whose own later texts the rules were built on: the label as the rules give it
    judged = _later(seeded, tmp_path, "Own", CALL_REFUSED, "Hitoshi Tanaka")
    assert ("regional-order", "new") in labels_on(judged, "should not plan")


def test_another_writers_refusal_gets_no_new_label(seeded, tmp_path):
    # a call read as against its issue: readers found about one in ten such readings of other writers fair
    assert not labels_on(_later(seeded, tmp_path, "Other", CALL_REFUSED, "Someone Else"), "should not plan")


def test_another_writers_plain_call_is_confident_enough_to_be_new(seeded, tmp_path):
    assert ("regional-order", "new") in labels_on(_later(seeded, tmp_path, "Call", CALL, "Someone Else"),
                                                  "should plan")


def test_the_essay_writers_own_restatement_is_unchanged(seeded, tmp_path):
    judged = _later(seeded, tmp_path, "Own", RESTATED, "Hitoshi Tanaka")
    assert ("alliance", "unchanged") in labels_on(judged, "core bargain")


def test_another_writers_restatement_on_a_doubtful_reading_gets_no_label(seeded, tmp_path):
    # `unchanged` also says the later writer holds the position: it rests on the reading as `new` does
    assert not labels_on(_later(seeded, tmp_path, "Other", RESTATED, "Someone Else"), "core bargain")


MOVES = ("The warning that a US retreat from its leadership role would be detrimental to the region has come true: "
         "America First has undermined the credibility of the United States.\n\nIt has become even more important to "
         "bring much greater pressure to bear on Pyongyang.\n\nIt is all the more urgent for Japan and the United States "
         "to build up the infrastructure of the alliance.")


def test_another_writers_change_of_view_needs_a_reading_above_the_lower_threshold(seeded, tmp_path):
    from compare import confidence

    model = confidence.load_model()
    assert 0.0 < model.move_threshold < model.threshold
    judged = _later(seeded, tmp_path, "Other", MOVES, "Someone Else")
    trusted = {r["sentence"][:20]: r["confidence"] for r in sql(
        seeded, "select sentence, confidence from position_detail where document_id = 'else-2019-other'")}
    # a warning come true and a firmer call, read with some confidence, keep their label; a bare "urgent" with no
    # direction, a reading readers of other writers' prose seldom found fair, loses it
    assert trusted["The warning that a U"] >= model.move_threshold and trusted["It has become even m"] >= model.move_threshold
    assert trusted["It is all the more u"] < model.move_threshold
    assert ("us-leadership", "strengthened") in labels_on(judged, "has come true")
    assert ("north-korea", "strengthened") in labels_on(judged, "even more important")
    assert not labels_on(judged, "all the more urgent")


def test_a_withheld_label_is_recorded_apart_with_the_confidence_it_lacked(seeded, tmp_path):
    from compare import confidence

    model = confidence.load_model()
    _later(seeded, tmp_path, "Other", MOVES, "Someone Else")
    (held,) = sql(seeded, "select issue_id, change, confidence, needed, right_sentence, explanation "
                          "from withheld_change_detail")
    assert held["change"] == "strengthened" and held["right_sentence"].startswith("It is all the more urgent")
    assert held["needed"] == model.move_threshold and held["confidence"] < held["needed"]
    assert "withheld" in held["explanation"] and f"{held['confidence']:.3f}" in held["explanation"]
    given = sql(seeded, "select change, right_sentence from position_change_detail")
    assert not [g for g in given if g["right_sentence"].startswith("It is all the more urgent")]
    # the compare output says what it held back, and comparing again replaces the rows rather than adding to them
    again = seeded("compare", "tanaka-2016-shoring-up-the-us-japan-alliance", "else-2019-other")
    assert "withheld: 1 label(s)" in again.output and "strengthened 1" in again.output.splitlines()[-1]
    assert len(sql(seeded, "select id from withheld_changes")) == 1


def test_the_report_lists_the_withheld_labels_apart(seeded, tmp_path):
    _later(seeded, tmp_path, "Other", MOVES, "Someone Else")
    (held,) = sql(seeded, "select comparison_id, confidence, needed from withheld_change_detail")
    assert seeded("report", "-o", tmp_path / "site").exit_code == 0
    html = (tmp_path / "site" / "comparisons" / f"{held['comparison_id']}.html").read_text(encoding="utf-8")
    table = html[html.index("Labels withheld (1)"):]
    assert f"{held['confidence']:.3f} &lt; {held['needed']:.2f}" in table and "It is all the more urgent" in table
    assert "Labels withheld" not in html[:html.index("Position changes")]


def test_the_api_gives_withheld_labels_apart(seeded, db, tmp_path):
    from compare import Corpus

    later = tmp_path / "later.txt"
    later.write_text("Other\n\nJune 2019\n\n" + MOVES + "\n", encoding="utf-8")
    assert seeded("add", later, "--author", "Someone Else").exit_code == 0
    with Corpus(db) as corpus:
        result = corpus.compare("tanaka-2016-shoring-up-the-us-japan-alliance", "else-2019-other")
    assert [c.change for c in result.withheld] == ["strengthened"] and result.withheld[0].needed is not None
    assert all(c.needed is None for c in result.position_changes)
    assert "all the more urgent" not in " ".join(c.right.sentence for c in result.position_changes if c.right)


def test_with_the_confidence_off_no_label_is_withheld(confidence_off, seeded, tmp_path):
    judged = _later(seeded, tmp_path, "Other", MOVES, "Someone Else")
    assert ("alliance", "strengthened") in labels_on(judged, "all the more urgent")
    assert sql(seeded, "select id from withheld_changes") == []


def test_an_issue_edit_replaces_the_withheld_labels_rather_than_adding_to_them(seeded, tmp_path):
    _later(seeded, tmp_path, "Other", MOVES, "Someone Else")
    assert seeded("issues", "edit", "alliance", "--add-keyword", "ferry pact").exit_code == 0
    held = sql(seeded, "select change, right_sentence from withheld_change_detail")
    assert [h["change"] for h in held] == ["strengthened"] and held[0]["right_sentence"].startswith("It is all the")


def test_compare_all_says_what_it_withheld(seeded, tmp_path):
    later = tmp_path / "later.txt"
    later.write_text("Other\n\nJune 2019\n\n" + MOVES + "\n", encoding="utf-8")
    assert seeded("add", later, "--author", "Someone Else").exit_code == 0
    out = seeded("compare", "--all").output.splitlines()
    assert out[-2].startswith("counts: ") and out[-1].startswith("withheld: 1 label(s)") and "strengthened 1" in out[-1]
    assert len(sql(seeded, "select id from withheld_changes")) == 1


def test_a_store_from_before_the_withheld_labels_is_migrated_on_open(seeded, db, tmp_path):
    import sqlite3

    from compare.schema import migrations
    from corpus.store import Store

    _later(seeded, tmp_path, "Other", MOVES, "Someone Else")
    conn = sqlite3.connect(db)
    conn.executescript("DROP VIEW withheld_change_detail; DROP TABLE withheld_changes; DROP VIEW issue_stance; "
                       "CREATE VIEW issue_stance AS SELECT 1 AS placeholder; DELETE FROM _sqlite_migrations "
                       "WHERE name IN ('m012_issue_stance_confidence', 'm013_withheld_changes');")
    conn.close()
    with Store(db, extra_migrations=(migrations,)) as store:
        names = {r["name"] for r in store.query("select name from _sqlite_migrations")}
    assert {"m012_issue_stance_confidence", "m013_withheld_changes"} <= names
    assert sql(seeded, "select * from withheld_changes") == []      # (kept only by comparisons made after it)
    assert seeded("compare", "tanaka-2016-shoring-up-the-us-japan-alliance", "else-2019-other").exit_code == 0
    assert [r["change"] for r in sql(seeded, "select change from withheld_change_detail")] == ["strengthened"]
    assert {r["confidence"] is not None for r in sql(seeded, "select confidence from issue_stance")} == {True}


def test_the_timeline_shows_this_engines_analysis_and_labels(switch, seeded, tmp_path):
    # a store analysed and compared with the confidence off, then read with it on: every version the timeline
    # shows, the base's earlier ones too, is analysed again, and the comparison is run again by this engine
    later = tmp_path / "later.txt"
    later.write_text("Other\n\nJune 2019\n\n" + MOVES + "\n", encoding="utf-8")
    assert seeded("add", later, "--author", "Someone Else").exit_code == 0
    assert seeded("add", ROOT / "tests" / "fixtures" / "revision-example" / "revised.txt", "--id",
                  "tanaka-2016-shoring-up-the-us-japan-alliance").exit_code == 0
    switch("off")
    assert seeded("compare", "--all").exit_code == 0
    off = json.loads(seeded("timeline", "alliance", "--json").output)
    switch(None)
    on = json.loads(seeded("timeline", "alliance", "--json").output)
    assert {e["confidence"] for e in off} == {None} and None not in {e["confidence"] for e in on}
    assert len([e for e in on if e["document_id"] == "tanaka-2016-shoring-up-the-us-japan-alliance"]) == 2
    (other_off,) = [e for e in off if e["document_id"] == "else-2019-other"]
    (other_on,) = [e for e in on if e["document_id"] == "else-2019-other"]
    assert other_off["change"] == "strengthened" and other_on["change"] is None
    assert [r["change"] for r in sql(seeded, "select change from withheld_change_detail")] == ["strengthened"]


def test_the_essay_writers_own_change_of_view_is_not_gated(seeded, tmp_path):
    judged = _later(seeded, tmp_path, "Own", MOVES, "Hitoshi Tanaka")
    assert ("alliance", "strengthened") in labels_on(judged, "all the more urgent")


def test_which_labels_the_gate_holds_to_which_threshold():
    from compare import confidence, judge
    from compare.changes import PositionRow

    model = confidence.load_model()
    between = (model.move_threshold + model.threshold) / 2

    def reading(value):
        return PositionRow(1, 1, "alliance", "evaluation", 1, 2.0, False, "", {}, "x", confidence=value)

    assert judge._lacks(reading(between), "new") == judge._lacks(reading(between), "unchanged") == model.threshold
    assert judge._lacks(reading(between), "strengthened") is None and judge._lacks(reading(between), "reversed") is None
    assert judge._lacks(reading(model.move_threshold - 0.001), "weakened") == model.move_threshold
    assert judge._lacks(reading(model.threshold), "new") is None and judge._lacks(None, "new") is None
    assert judge._lacks(reading(None), "new") is None and judge._lacks(reading(0.0), "dropped") is None


def test_with_the_confidence_off_nothing_is_recorded_or_withheld(confidence_off, seeded, tmp_path):
    import compare

    assert compare.engine_name().endswith(" confidence:off")
    judged = _later(seeded, tmp_path, "Other", CALL_REFUSED, "Someone Else")
    assert ("regional-order", "new") in labels_on(judged, "should not plan")
    assert {r["confidence"] for r in sql(seeded, "select confidence from positions")} == {None}


def test_the_examples_hold_features_only_and_the_shipped_model_was_fitted_on_them():
    """The examples come from other writers' prose kept outside the project: no words of a sentence, only the
    reading's features (confidence.features), and the shipped weights name the examples' digest."""
    from compare import confidence

    rows = [json.loads(line) for line in EXAMPLES.read_text(encoding="utf-8").splitlines()]
    prefixes = {name.split("=", 1)[0] for name in confidence.features(
        kind="evaluation", polarity=1, strength=1.0, hedged=False, cues={"polarity": ["sound"]}, text="x",
        issue="trade", document_kind=None)}
    assert rows and all(set(row) == {"group", "fair", "features"} and isinstance(row["fair"], bool) for row in rows)
    assert all(name.split("=", 1)[0] in prefixes for row in rows for name in row["features"])
    digest = hashlib.sha256(EXAMPLES.read_bytes()).hexdigest()[:8]
    model = confidence.load_model()
    assert model is not None and f"{len(rows)} judged readings ({digest})" in model.version
    assert set(model.coef) <= {name for row in rows for name in row["features"]}


def test_the_report_shows_each_positions_confidence(seeded, tmp_path):
    later = tmp_path / "later.txt"
    later.write_text("Straits\n\nJune 2019\n\n" + CALL + "\n", encoding="utf-8")
    assert seeded("add", later, "--author", "Someone Else").exit_code == 0
    assert seeded("compare", "--all").exit_code == 0
    (recorded,) = [r["confidence"] for r in sql(seeded, "select confidence from position_detail "
                                                        "where document_id = 'else-2019-straits'")]
    assert seeded("report", "-o", tmp_path / "site").exit_code == 0
    for page in ("issues/regional-order.html", "documents/else-2019-straits.html"):
        html = (tmp_path / "site" / page).read_text(encoding="utf-8")
        assert "<th>confidence</th>" in html and f"{recorded:.3f}</td>" in html


def test_positions_can_be_limited_to_confident_readings(seeded, tmp_path):
    later = tmp_path / "later.txt"
    later.write_text("Straits\n\nJune 2019\n\n" + CALL + "\n\n" + CALL_REFUSED + "\n\nSome analysts argue that the "
                     "Taiwan Strait will be calm for a decade.\n", encoding="utf-8")
    assert seeded("add", later, "--author", "Someone Else").exit_code == 0
    every = json.loads(seeded("positions", "else-2019-straits", "--json").output)
    confident = json.loads(seeded("positions", "else-2019-straits", "--min-confidence", "0.55", "--json").output)
    assert {p["attribution"] for p in every} == {"author", "reported"}
    assert confident and all(p["confidence"] >= 0.55 for p in confident)
    assert [p for p in every if p["attribution"] == "author" and p["confidence"] >= 0.55] == confident
    assert len(confident) < len([p for p in every if p["attribution"] == "author"])
    refused = seeded("positions", "else-2019-straits", "--min-confidence", "2")
    assert refused.exit_code != 0 and "2" in refused.output


def test_a_confidence_limit_with_the_confidence_off_is_refused(confidence_off, seeded, tmp_path):
    later = tmp_path / "later.txt"
    later.write_text("Straits\n\nJune 2019\n\n" + CALL + "\n", encoding="utf-8")
    assert seeded("add", later, "--author", "Someone Else").exit_code == 0
    refused = seeded("positions", "else-2019-straits", "--min-confidence", "0.5")
    assert refused.exit_code == 1 and "CORPUS_CONFIDENCE" in refused.output and "Traceback" not in refused.output


def test_positions_analysed_with_the_confidence_off_are_analysed_again_when_it_is_on(switch, seeded, tmp_path):
    later = tmp_path / "later.txt"
    later.write_text("Straits\n\nJune 2019\n\n" + CALL + "\n", encoding="utf-8")
    assert seeded("add", later, "--author", "Someone Else").exit_code == 0
    switch("off")
    off = json.loads(seeded("positions", "else-2019-straits", "--json").output)
    switch(None)
    on = json.loads(seeded("positions", "else-2019-straits", "--json").output)
    assert [p["confidence"] for p in off] == [None] and on[0]["confidence"] is not None


def test_the_timeline_shows_the_most_trusted_reading_and_its_confidence(seeded, tmp_path):
    firm_refusal = "Washington and Tokyo must absolutely never plan together for a crisis in the Taiwan Strait."
    later = tmp_path / "later.txt"
    later.write_text("Straits\n\nJune 2019\n\n" + CALL + "\n\n" + firm_refusal + "\n", encoding="utf-8")
    assert seeded("add", later, "--author", "Someone Else").exit_code == 0
    assert seeded("positions", "else-2019-straits").exit_code == 0      # (positions are read on first use)
    readings = sql(seeded, "select sentence, strength, confidence from position_detail "
                           "where document_id = 'else-2019-straits' and issue_id = 'regional-order'")
    firmest = max(readings, key=lambda r: r["strength"])
    trusted = max(readings, key=lambda r: r["confidence"])
    assert firmest["sentence"] == firm_refusal and trusted["sentence"] == CALL     # (the case the order settles)
    entries = json.loads(seeded("timeline", "regional-order", "--json").output)
    (entry,) = [e for e in entries if e["document_id"] == "else-2019-straits"]
    assert entry["evidence"] == CALL and entry["confidence"] == trusted["confidence"]
    assert f"confidence {trusted['confidence']:.3f}" in seeded("timeline", "regional-order").output
    (stance,) = sql(seeded, "select confidence from issue_stance where document_id = 'else-2019-straits' "
                            "and issue_id = 'regional-order'")
    assert stance["confidence"] == trusted["confidence"]


def test_with_the_confidence_off_the_timeline_shows_the_firmest_reading(confidence_off, seeded, tmp_path):
    firm_refusal = "Washington and Tokyo must absolutely never plan together for a crisis in the Taiwan Strait."
    later = tmp_path / "later.txt"
    later.write_text("Straits\n\nJune 2019\n\n" + CALL + "\n\n" + firm_refusal + "\n", encoding="utf-8")
    assert seeded("add", later, "--author", "Someone Else").exit_code == 0
    entries = json.loads(seeded("timeline", "regional-order", "--json").output)
    (entry,) = [e for e in entries if e["document_id"] == "else-2019-straits"]
    assert entry["evidence"] == firm_refusal and entry["confidence"] is None
    assert "confidence" not in seeded("timeline", "regional-order").output
