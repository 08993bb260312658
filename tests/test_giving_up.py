"""Which way a claim bears on what it names, where one side speaks of giving something up (judge.directions,
changes.forsaken), and the calls that forgo, keep, strive for or rank what the base speaks of; told with sentences
written for these tests."""

from __future__ import annotations

import pytest

from compare.changes import PositionRow, forsaken, without_ranked_below
from compare.judge import _course, directions
from conftest import judge_against_essay, labels_on, sql

# The essay warns that "any move by Japan to abandon its exclusively defense-oriented approach" would undermine
# regional stability, and that one of those moves is "the acquisition of offensive power projection military
# capabilities"; it calls for prioritizing engagement with China.
LATER = ("Later thoughts\n\nMay 2024\n\n"
         "Japan should abandon its exclusively defense-oriented policy.\n\n"
         "Japan should not deviate from its exclusively defense-oriented policy.\n\n"
         "Japan should maintain its exclusively defense-oriented policy.\n\n"
         "Japan should refrain from acquiring offensive weapons.\n\n"
         "Japan should resist calls to acquire long-range strike weapons.\n\n"
         "Japan should keep its defense spending under 1 percent of GDP.\n\n"
         "Japan should acquire strike capabilities only as a last resort.\n\n"
         "The defense budget should stop at two percent of GDP.\n\n"
         "Japan should prioritize deterrence over engagement with China.\n\n"
         "Japan should seek to limit its engagement with China.\n\n"
         "Japan should work to reduce its engagement with China.\n\n"
         "Japan should turn away from engagement with China.\n\n"
         "Japan should not abandon its engagement with China.\n\n"
         "The government should strive to deepen engagement with China.\n\n"
         "Tokyo must continue to resist engagement with China.\n\n"
         "Japan should acquire strike weapons provided the alliance keeps command of them.\n\n"
         "Japan should stop treating engagement with China as a favor.\n\n"
         "Trade ties with China, including RCEP, should be protected from the island quarrel.\n\n"
         "It is desirable to deepen engagement with China.\n")


def read_on(run, words: str, issue: str) -> bool:
    """Whether an author position on the issue is recorded on a later sentence containing words: a test that a label
    is not given must not pass because the sentence was never read."""
    rows = sql(run, "SELECT s.text, p.issue_id FROM positions p JOIN sentences s ON s.id = p.sentence_id")
    return any(words in row["text"] and row["issue_id"] == issue for row in rows)


@pytest.fixture
def rules(seeded, tmp_path, rules_only):
    return judge_against_essay(seeded, tmp_path / "later.txt", LATER, "Later thoughts")


@pytest.fixture
def judged(seeded, tmp_path):
    return judge_against_essay(seeded, tmp_path / "later.txt", LATER, "Later thoughts")


@pytest.fixture
def by_another(seeded, tmp_path, rules_only):
    return judge_against_essay(seeded, tmp_path / "later.txt", LATER, "Later thoughts", author="Jane Doe")


def test_a_call_to_give_up_what_a_base_warning_defends_is_no_restatement(rules):
    # the warning against abandoning the policy and the call to abandon it both read as "against": the two signs
    # said opposite things of one subject, and the call was recorded as the base's view restated
    assert labels_on(rules, "should abandon its exclusively") == {("japan-defense", "reversed")}


@pytest.mark.parametrize("words", ["should not deviate from", "should maintain its exclusively"])
def test_a_call_to_keep_what_a_base_warning_defends_restates_it(rules, words):
    assert labels_on(rules, words) == {("japan-defense", "unchanged")}


@pytest.mark.parametrize("words", ["refrain from acquiring", "resist calls to acquire"])
def test_a_call_to_forgo_what_the_base_warns_against_restates_the_warning(rules, words):
    assert labels_on(rules, words) == {("japan-defense", "unchanged")}


def test_a_call_to_forgo_up_to_a_point_is_no_call_to_forgo(rules):
    # stopping at two percent accepts most of what the essay warns against (the looser pairing by shared words still
    # reads it as the essay's direction: see the README's account of this round)
    assert not [r for r in rules if "should stop at two percent" in (r["right_sentence"] or "")
                and "calls to forgo" in r["explanation"]]


def test_a_call_to_keep_a_subject_under_its_limit_turns_no_warning_around(rules, seeded):
    assert read_on(seeded, "under 1 percent of GDP", "japan-defense")
    assert ("japan-defense", "reversed") not in labels_on(rules, "under 1 percent of GDP")


@pytest.mark.parametrize("words", ["only as a last resort", "provided the alliance keeps command"])
def test_a_call_for_what_the_base_warns_against_on_terms_weakens_the_warning(rules, words):
    labels = labels_on(rules, words)
    assert ("japan-defense", "weakened") in labels and ("japan-defense", "reversed") not in labels


def test_a_subject_the_base_also_speaks_against_leaves_the_others_a_call_names(rules):
    # the essay finds RCEP "insufficient" as well as calling for it, but only calls for engagement with China: naming
    # RCEP too (a concept since this round) must not cost the call its restatement (a guard: the round-start code, with
    # no RCEP concept, gave it as well)
    rows = [r for r in rules if "including RCEP, should be protected" in (r["right_sentence"] or "")
            and r["issue_id"] == "regional-order"]
    assert [r["change"] for r in rows] == ["unchanged"] and "engagement with china" in rows[0]["explanation"]


def test_a_call_put_as_what_is_desirable_is_made_again(by_another):
    assert labels_on(by_another, "desirable to deepen engagement") == {("regional-order", "unchanged")}


def test_a_call_to_stop_seeing_a_thing_one_way_calls_nothing_off(rules, seeded):
    assert read_on(seeded, "stop treating engagement", "regional-order")
    assert ("regional-order", "reversed") not in labels_on(rules, "stop treating engagement")


def test_a_call_that_ranks_another_aim_first_does_not_take_up_the_base_call(judged, seeded):
    # what a call sets below its own aim is no substance it shares, for the rules nor for the learned judge
    assert read_on(seeded, "prioritize deterrence over engagement", "regional-order")
    assert labels_on(judged, "prioritize deterrence over engagement") == set()


@pytest.mark.parametrize("words", ["seek to limit its engagement", "work to reduce its engagement",
                                   "turn away from engagement"])
def test_a_call_that_strives_to_cut_back_or_turns_away_is_not_made_again(by_another, words):
    assert ("regional-order", "unchanged") not in labels_on(by_another, words)


@pytest.mark.parametrize("words", ["should not abandon its engagement", "strive to deepen engagement"])
def test_a_call_not_to_give_up_or_to_strive_for_what_the_base_calls_for_is_made_again(by_another, words):
    assert labels_on(by_another, words) == {("regional-order", "unchanged")}


def test_the_learned_judge_restates_no_base_call_that_a_later_call_turns_away_from(judged):
    assert ("regional-order", "unchanged") not in labels_on(judged, "continue to resist engagement")


def _claim(kind: str, polarity: int, text: str, cue: str, polar: tuple[str, ...] = ()) -> PositionRow:
    return PositionRow(1, 1, "ferry", kind, polarity, 2.0, False, None, {"kind": cue, "polarity": list(polar)}, text)


def test_what_a_warning_gives_up():
    warning = _claim("prediction", -1, "Abandoning the night ferry to the island would hurt the harbour.", "would")
    assert forsaken(warning).split() == ["the", "night", "ferry", "to", "the", "island"]
    assert forsaken(_claim("prediction", -1, "A retreat from the ferry trade would be a mistake.", "would")) \
        .split() == ["the", "ferry", "trade"]
    # a call's own verb is read into its direction already, and a verdict on leaving too (harm.py marks it "on ...")
    assert forsaken(_claim("prescription", -1, "The town should abandon the night ferry.", "should")) == ""
    assert forsaken(_claim("evaluation", 1, "Scrapping the night ferry was a mistake.", "mistake",
                           ("mistake", "on Scrapping"))) == ""
    assert forsaken(_claim("prediction", -1, "The night ferry would hurt the harbour.", "would")) == ""


def test_a_warning_against_giving_something_up_bears_for_it_against_a_claim_on_it():
    warning = _claim("prediction", -1, "Abandoning the night ferry would hurt the harbour.", "would")
    drop = _claim("prescription", -1, "The town should drop the night ferry.", "should")
    keep = _claim("prescription", 1, "The town should keep the night ferry.", "should")
    assert directions(warning, drop) == (1, -1)
    assert directions(warning, keep) == (1, 1)
    # a judgement against another harm, or a worry for the thing itself, keeps the warning's direction
    worry = _claim("evaluation", -1, "The bigger worry is the night ferry itself.", "worry")
    other = _claim("evaluation", -1, "The new toll is damaging the harbour.", "damaging")
    assert directions(warning, worry) == (-1, -1)
    assert directions(warning, other) == (-1, -1)


@pytest.mark.parametrize("text,course", [
    ("The town should seek to limit the ferry.", ("limit", False, True)),
    ("The town should not abandon the ferry.", ("abandon", True, True)),
    ("The town should give up the ferry.", ("give", False, True)),
    ("The town should strive to deepen its ties.", ("deepen", False, False)),
    ("The town should never turn its back on the ferry.", ("turn", True, True)),
    ("The town should turn its attention to the ferry.", ("turn", False, False)),
    ("The town should not seek to limit the ferry.", ("limit", True, True)),
    ("The town should not only deepen its ties but widen them.", ("deepen", False, False)),
    ("The town should continue to work to reduce the ferry.", ("reduc", False, True)),
    ("The town should never again turn away from the ferry.", ("turn", True, True)),
])
def test_the_verb_that_sets_a_calls_course(text, course):
    lowered = [w.lower() for w in text.rstrip(".").split()]
    found = _course(_claim("prescription", 1, text, "should"), lowered)
    assert (found.verb[:len(course[0]) - 1], found.negated, found.turning) == (course[0][:-1], course[1], course[2])


@pytest.mark.parametrize("text,kept", [
    ("The town should prioritize the bridge over the night ferry.", "The town should prioritize the bridge."),
    ("The town should put the bridge ahead of the night ferry.", "The town should put the bridge."),
    # not a time, a matter, nor "ahead with"
    ("The town should prioritize the bridge over the coming years, and it must keep the ferry.", None),
    ("The town should put pressure on the board over its ferry fares.", None),
    ("The town should favor pressing ahead with the ferry.", None),
])
def test_what_a_ranking_call_sets_below_its_aim(text, kept):
    assert without_ranked_below(text).replace(" .", ".").replace(" ,", ",") == (kept or text)


@pytest.mark.parametrize("text,parts", [
    ("Ferries to Oban, Mull, and Islay have proven sturdier than many would have expected.", True),
    ("The ferry runs late, and the council is angry.", False),
    # only an "and" or an "or" ends a list: "but" and "while" still open a clause
    ("The town courted Oban, Mull, while Islay watched warily.", False),
    ("The town trusts Oban, Mull, but Islay distrusts all of them.", False),
])
def test_a_list_of_names_ends_with_no_clause_break(text, parts):
    from compare.shift import same_segment
    raw = text.rstrip(".").replace(",", " ,").split()
    assert same_segment(raw, 0, len(raw) - 1) is parts


def test_an_outcome_beyond_expectation_is_read_past_a_list_of_names():
    from compare.positions import extract_for_issues
    from conftest import span
    text = "The ferry links to Oban, Mull, and Islay have proven more resilient than many expected."
    stance = extract_for_issues(text, {"ferry": span(text, "ferry links")})["ferry"]
    assert stance.cues.get("shift", [None])[0] == "eased"


def test_two_claims_share_no_substance_through_a_modal():
    from compare.judge import _shares_substance
    base = _claim("prescription", 1, "The two towns must also consider how to restructure their ferry timetables.",
                  "must")
    later = _claim("prescription", 1, "The mayor must avoid a price war over the ferry at all costs.", "must")
    assert not _shares_substance(base, later)
    assert _shares_substance(base, _claim("prescription", 1, "The towns must restructure the ferry timetables.",
                                          "must"))


@pytest.mark.parametrize("sentence,label", [
    ("Japan should abandon its exclusively defense-oriented policy.", "reversed"),
    ("Japan should revise its exclusively defense-oriented security policy.", None),
    ("Japan should refrain from acquiring offensive weapons.", "unchanged"),
    ("Japan should stop relying on the United States for strike capabilities.", None),
    ("Japan should resist Chinese pressure to give up its strike capabilities.", None),
    ("Japan should acquire the long-range strike missiles provided by the United States.", "reversed"),
])
def test_each_call_alone(seeded, tmp_path, rules_only, sentence, label):
    # each case in a commentary of its own, so that no other sentence of the text moves what it is set against
    judged = judge_against_essay(seeded, tmp_path / "alone.txt", f"Alone\n\nMay 2024\n\n{sentence}\n", "Alone")
    given = {change for issue, change in labels_on(judged, sentence[:30]) if issue == "japan-defense"}
    assert given == ({label} if label else set())


def test_a_cue_of_several_words_is_found_where_its_words_stand_together():
    from compare.changes import cue_position
    text = "To avoid a quarrel, the town needs to keep the ferry."
    lowered = [w.lower() for w in text.rstrip(".").replace(",", " ,").split()]
    call = _claim("prescription", 1, text, "needs to")
    assert lowered[cue_position(lowered, call, last=True) + 1] == "keep"
    assert _course(call, lowered).verb == "keep"
