"""A call made again in other words, and readings whose scope round 24 mended (attribution of a participle, of a
writer's verdict before quoted words, of a stated importance), told with sentences written for these tests."""

from __future__ import annotations

import pytest

from compare.positions import extract_for_issues
from conftest import judge_against_essay, labels_on, span


def _read(text: str, words: str = "ferry"):
    return extract_for_issues(text, {"ferry": span(text, words)}).get("ferry")


def _calls_again(judged: list[dict], words: str) -> list[dict]:
    return [r for r in judged if words in (r["right_sentence"] or "")
            and "calls again for what the base calls for" in r["explanation"]]


@pytest.fixture
def judged(seeded, tmp_path, rules_only):
    # the essay calls for confidence building that starts with natural disasters and accidents; it speaks both for
    # and against a Pacific trade pact (a TPP without the United States "is unlikely to make sense", yet a mechanism
    # linking the eleven is "still necessary"); its calls on Russia weigh cooperation against a unified front
    return judge_against_essay(
        seeded, tmp_path / "later.txt",
        "Practical steps\n\nMay 2024\n\n"
        "Ministers should give the new forum standing working groups on disaster relief.\n\n"
        "Nine years ago I urged that the forum begin with disaster relief.\n\n"
        "Washington should join the CPTPP before the end of the decade.\n\n"
        "Japan should keep its sanctions until Ukraine accepts a settlement.\n\n"
        "North Korea should return to the talks.\n",
        "Practical steps")


def test_a_call_for_what_the_base_calls_for_in_other_words_is_the_same_position(judged):
    rows = _calls_again(judged, "working groups on disaster relief")
    assert {(r["issue_id"], r["change"]) for r in rows} == {("confidence-building", "unchanged")}


def test_a_call_recalled_in_the_past_is_not_made_again(judged):
    assert _calls_again(judged, "Nine years ago I urged") == []


def test_a_subject_the_base_speaks_both_for_and_against_settles_nothing(judged):
    assert _calls_again(judged, "join the CPTPP") == []


def test_one_side_of_a_base_call_that_weighs_two_is_no_restatement(judged):
    assert _calls_again(judged, "until Ukraine accepts") == []
    assert ("russia", "unchanged") not in labels_on(judged, "until Ukraine accepts")


def test_the_issues_own_actor_is_no_subject_called_for(judged):
    # "North Korea" is a concept of the issue's actor: it names the issue, not a course the base called for
    assert _calls_again(judged, "return to the talks") == []


@pytest.mark.parametrize("text", ["The ferry will never stop as long as the board feels threatened.",
                                  "The ferry will stop as the board is threatened."])
def test_a_reporting_verbs_participle_after_a_link_reports_nothing(text):
    # "threatened" undergone by the board is no act of telling: the forecast is the writer's
    assert _read(text).attribution == "author"


def test_a_reporting_verb_with_its_teller_still_reports():
    assert _read("The ferry will stop, the mayor warned.").attribution == "reported"
    assert _read("The mayor was warned that the ferry will stop.").attribution == "reported"


def test_the_writers_verdict_before_quoted_words_is_the_writers():
    stance = _read('The mayor has worsened the ferry dispute with his remarks that the board "will be punished like '
                   'never before."')
    assert (stance.kind, stance.polarity, stance.attribution) == ("evaluation", -1, "author")
    # with no verdict of the writer's outside them, quoted words are the speaker's
    assert _read('The mayor told the board, "The ferry will be sold next year."').attribution == "reported"


@pytest.mark.parametrize("text", ["The mayor stressed the vital importance of the ferry link.",
                                  "The mayor underscored the urgent need for a ferry link."])
def test_an_importance_stressed_by_someone_is_theirs_whatever_its_degree(text):
    assert _read(text).attribution == "reported"


def test_an_importance_the_writer_stresses_is_the_writers():
    assert _read("We stress the vital importance of the ferry link.").attribution == "author"


@pytest.mark.parametrize("text,cue", [
    ("The ferry agreement was an ambiguous one.", "ambiguous"),
    ("A ferry war would be a losing proposition for everyone.", "losing proposition")])
def test_an_unclear_deal_and_a_course_that_costs_all_judge_badly(text, cue):
    stance = _read(text)
    assert stance.polarity == -1 and cue in stance.cues["polarity"]


def test_the_setting_of_a_call_does_not_cancel_its_verdict():
    # "tense" is no judging word: it names when the channels matter, not what the sentence judges
    stance = _read("Ferry channels of this kind matter most precisely when relations are tense.", "Ferry channels")
    assert (stance.kind, stance.polarity) == ("evaluation", 1)


@pytest.mark.parametrize("text", ["The ferry board is unpredictable.", "The ferry board has proved unreliable."])
def test_a_party_that_cannot_be_counted_on_is_judged_badly(text):
    assert _read(text).polarity == -1


def test_tensions_escalated_are_a_concern_deepened():
    stance = _read("Tensions over the ferry have escalated.")
    assert stance.cues["shift"][0] == "firmer"
