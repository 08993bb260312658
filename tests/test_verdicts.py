"""A writer's verdict on the view reported just before it (compare/verdicts.py): its reading, the position it
gives, and how the judge sets it against the base. Every sentence here is invented for the test."""

import json

import pytest

from compare.verdicts import AGREES, REJECTS, verdict_on_view
from conftest import judge_against_essay, labels_on, sql


@pytest.mark.parametrize("sentence", [
    "I think they are wrong.",
    "That would be a grave mistake.",
    "I think that gets the harbour accounts backwards.",
    "Honestly, I think this idea is unrealistic.",
    "I disagree.",
    "I do not share that view.",
    "I don\u2019t buy it.",
    "I think that approach would backfire.",
    "But I no longer believe the argument.",
])
def test_a_plain_verdict_on_what_it_points_back_to_rejects_it(sentence):
    assert verdict_on_view(sentence) == REJECTS


@pytest.mark.parametrize("sentence", ["I agree.", "They are right.", "I think that is exactly right."])
def test_a_plain_assent_agrees(sentence):
    assert verdict_on_view(sentence) == AGREES


@pytest.mark.parametrize("sentence", [
    "That is not wrong.",                                   # the negation turns the verdict
    "I do not think that is a mistake.",
    "That is why the council must sell the ferry.",         # points back, but argues a point of its own
    "It is important to keep the ferry running.",           # "it" of no antecedent
    "That would be a mistake for the harbour, the island schools and every family that depends on the morning "
    "crossing to reach the mainland.",                      # an argument of its own, longer than a verdict
    "I no longer believe that the ferry can pay its way.",  # a view given up, with its own content
])
def test_anything_else_is_no_verdict_on_a_view(sentence):
    assert verdict_on_view(sentence) is None


def _positions_on(run, words: str) -> list[dict]:
    return [r for r in sql(run, "select issue_id, kind, polarity, attribution, sentence, cues from position_detail")
            if words in r["sentence"]]


def test_a_verdict_takes_the_reported_views_issue_and_turns_its_direction(seeded, tmp_path):
    judge_against_essay(seeded, tmp_path / "later.txt",
                        "Island Tariffs\n\nMay 2019\n\nSeveral traders on the quay say the tariffs on island goods "
                        "should be raised. I disagree.\n", "Island Tariffs", author="Jo Harbour")
    reported = _positions_on(seeded, "Several traders")
    verdict = _positions_on(seeded, "I disagree")
    assert [(r["issue_id"], r["attribution"]) for r in reported] == [("trade", "reported")]
    assert [(r["issue_id"], r["attribution"], r["kind"]) for r in verdict] == [("trade", "author", reported[0]["kind"])]
    assert verdict[0]["polarity"] == -reported[0]["polarity"] != 0
    assert json.loads(verdict[0]["cues"])["answers"]["verdict"] == "rejects"


def test_a_verdict_on_a_view_of_the_writers_own_is_not_an_answer_to_another(seeded, tmp_path):
    # the writer telling a view of their own, then judging it: how the view fared (shift.py), not a view answered
    judge_against_essay(seeded, tmp_path / "later.txt",
                        "Island Tariffs\n\nMay 2019\n\nIn 2015 I argued that the tariffs on island goods should be "
                        "raised. That was wrong.\n", "Island Tariffs")
    assert all("answers" not in json.loads(r["cues"]) for r in _positions_on(seeded, "That was wrong"))


REJECTED = ("Trade Talks\n\nMay 2019\n\nSome in the ministry now argue that Japan should stop the negotiations on "
            "the Regional Comprehensive Economic Partnership. I think they are wrong.\n")


def test_the_essays_writer_rejecting_a_view_related_to_the_base_keeps_to_the_base(seeded, tmp_path, rules_only):
    # the view is set against the essay's claim that those negotiations should proceed (by the view's own words:
    # "I think they are wrong." shares nothing with the essay); the writer rejecting it keeps to their view
    judged = judge_against_essay(seeded, tmp_path / "later.txt", REJECTED, "Trade Talks")
    assert labels_on(judged, "I think they are wrong") == {("trade", "unchanged")}
    row = next(r for r in judged if "I think they are wrong" in (r["right_sentence"] or ""))
    assert "rejects the view reported just before it" in row["explanation"]


def test_another_writer_rejecting_a_view_is_judged_by_the_view_turned(seeded, tmp_path, rules_only):
    # the rejection of another writer keeps to nothing of the base's by itself (the view may be the base's own);
    # the view turned the other way is judged as any claim: here the essay's own call, the same way round
    judged = judge_against_essay(seeded, tmp_path / "later.txt", REJECTED, "Trade Talks", author="Jo Harbour")
    rows = [r for r in judged if "I think they are wrong" in (r["right_sentence"] or "")]
    assert [r["change"] for r in rows] == ["unchanged"]
    assert "keeps to the base's view" not in rows[0]["explanation"]


def test_the_essays_writer_rejecting_the_bases_own_view_turns_from_it(seeded, tmp_path, rules_only):
    # the view rejected is the essay's call that those negotiations proceed: turned, it is a call against it
    judged = judge_against_essay(seeded, tmp_path / "later.txt",
                                 "Trade Talks\n\nMay 2019\n\nSome in the ministry now argue that the negotiations on "
                                 "the Regional Comprehensive Economic Partnership should proceed. I think they are "
                                 "wrong.\n", "Trade Talks")
    assert labels_on(judged, "I think they are wrong") == {("trade", "reversed")}


def test_an_untruth_pointed_back_at_a_view_turns_the_views_direction(seeded, tmp_path):
    # "That is simply wrong." says nothing of the tariffs alone (positions.py reads no direction in it); read with
    # the view it points back to, it is the writer's own position the other way
    judge_against_essay(seeded, tmp_path / "later.txt",
                        "Island Tariffs\n\nMay 2019\n\nSeveral traders on the quay say the tariffs on island goods "
                        "should be raised. That is simply wrong.\n", "Island Tariffs", author="Jo Harbour")
    reported = _positions_on(seeded, "Several traders")
    verdict = _positions_on(seeded, "simply wrong")
    assert [(r["issue_id"], r["attribution"]) for r in verdict] == [("trade", "author")]
    assert verdict[0]["polarity"] == -reported[0]["polarity"] != 0


def _belief_given_up(run, tmp_path, belief: str, verdict: str) -> tuple[list[dict], list[dict]]:
    """The Russia positions of a sentence telling a belief the writer once held and of the verdict after it."""
    judge_against_essay(run, tmp_path / "later.txt",
                        f"Island Talks\n\nMay 2019\n\nFor years I believed that {belief}. {verdict}\n", "Island Talks")
    earlier = [r for r in _positions_on(run, "For years") if r["issue_id"] == "russia"]
    return earlier, [r for r in _positions_on(run, "That belief was wrong") if r["issue_id"] == "russia"]


@pytest.mark.parametrize("belief, verdict", [
    ("engaging Russia would bring the islands closer", "That belief was wrong, and we paid for it."),
    ("talking to Russia was a foolish waste of effort", "That belief was wrong, and we paid for it."),
    # (asides of the writer's own, not someone else's saying)
    ("talking to Russia was a foolish waste of effort", "That belief was wrong, I must say."),
    ("talking to Russia was a foolish waste of effort", "That belief was wrong, needless to say."),
    ("talking to Russia was a foolish waste of effort", "That belief was wrong, it must be said."),
])
def test_an_earlier_belief_of_the_writers_called_wrong_is_given_up(seeded, tmp_path, belief, verdict):
    # the writer's own earlier view, then "That belief was wrong": the view turned, told as no answer to another
    earlier, turned = _belief_given_up(seeded, tmp_path, belief, verdict)
    assert len(earlier) == len(turned) == 1 and turned[0]["attribution"] == "author"
    assert turned[0]["polarity"] == -earlier[0]["polarity"] != 0
    assert "answers" not in json.loads(turned[0]["cues"])


def test_an_untruth_pointed_back_at_a_view_without_a_direction_says_nothing(seeded, tmp_path):
    judge_against_essay(seeded, tmp_path / "later.txt",
                        "Island Tariffs\n\nMay 2019\n\nSeveral traders on the quay call the tariff regime a China-led "
                        "scheme. That is simply wrong.\n", "Island Tariffs", author="Jo Harbour")
    assert _positions_on(seeded, "simply wrong") == []


def test_a_verdict_on_what_the_writer_says_now_turns_nothing(seeded, tmp_path):
    judge_against_essay(seeded, tmp_path / "later.txt",
                        "Island Talks\n\nMay 2019\n\nRussia seized another island in open violation of the treaty. That "
                        "is wrong.\n", "Island Talks")
    assert all(r["polarity"] <= 0 for r in _positions_on(seeded, "That is wrong") if r["issue_id"] == "russia")
