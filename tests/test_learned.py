"""The learned judge (compare/learned.py): its arithmetic, its features, when it speaks, and how it is recorded."""

import math

import pytest

import compare
from compare import judge, learned
from compare.changes import Change, PositionRow


def tiny_model(threshold=0.5):
    # two features, three classes: "wrong" pushes towards reversed, "still" towards unchanged
    return learned.Model(classes=("none", "reversed", "unchanged"), idf={"wrong": 2.0, "still": 1.0},
                         coef={"wrong": [0.0, 3.0, 0.0], "still": [0.0, 0.0, 2.0]}, intercept=(1.0, 0.0, 0.0),
                         threshold=threshold, version="test")


def test_predict_is_a_softmax_over_l2_normalised_tf_idf():
    verdict = tiny_model().predict(["wrong", "wrong", "unknown words count for nothing"])
    # one known feature: weight (1 + log 2) * 2, normalised to 1; scores none 1, reversed 3, unchanged 0
    expected = math.exp(3) / (math.exp(1) + math.exp(3) + math.exp(0))
    assert verdict.label == "reversed"
    assert verdict.probability == pytest.approx(expected)
    assert tiny_model().cues(verdict) == ("wrong",)


def test_predict_with_no_known_feature_gives_the_intercepts_class():
    verdict = tiny_model().predict(["nothing", "known"])
    assert verdict.label == "none" and tiny_model().cues(verdict) == ()


def test_features_read_words_pairs_and_the_rules_reading():
    names = learned.features("I was \u2018wrong\u2019 about that.", issue="trade", kind="evaluation", polarity=-1,
                             strength=2.0, cues={"mood": "past", "shift": ["reversed", "wrong"], "hedges": ["may"]},
                             closest_score=0.45, closest_polarity=1, echo=0.05, ruled=("reversed", "a view given up"))
    assert {"i", "wrong", "was wrong", "wrong about"} <= set(names) and "'wrong'" not in names   # quotes fold
    assert {"ISSUE=trade", "KIND=evaluation", "POLARITY=-1", "MOOD=past", "SHIFT=reversed", "HEDGES=1",
            "MEANING=3", "ECHO=0", "DIRECTION=opposite", "RULE=reversed", "RULE_REASON=a view given up"} <= set(names)
    assert learned.features("x", issue="trade", kind="evaluation", polarity=0, strength=0, cues={},
                            closest_score=0, closest_polarity=None, echo=0)[-3:] == ["RULE=none", "RULE_REASON=none",
                                                                                   "WRITER=same"]
    # a later text known to be by someone else: its "I was wrong" speaks of a view the base need not hold
    assert "WRITER=other" in learned.features("I was wrong.", issue="trade", kind="evaluation", polarity=-1,
                                              strength=2.0, cues={}, closest_score=0, closest_polarity=None, echo=0,
                                              another_writer=True)


def test_the_shipped_model_loads_and_can_be_turned_off(rules_only):
    assert learned.load_model() is None
    assert compare.engine_name().endswith(" judge:rules")


def test_the_shipped_model_has_every_label_and_a_threshold():
    model = learned.load_model()
    assert model is not None and set(model.classes) == {*learned.LABELS, learned.NONE}
    assert 0.5 <= model.threshold < 1
    assert not compare.engine_name().endswith(" judge:rules")


def test_the_fingerprint_covers_the_model_weights(tmp_path):
    package = tmp_path / "compare"
    (package / "data").mkdir(parents=True)
    (package / "data" / "judge_model.json").write_text("{}", encoding="utf-8")
    before = compare.code_fingerprint((package,))
    (package / "data" / "judge_model.json").write_text('{"threshold": 0.6}', encoding="utf-8")
    assert compare.code_fingerprint((package,)) != before


def claim(text, polarity=1, sentence_id=1):
    return PositionRow(sentence_id, sentence_id, "trade", "prescription", polarity, 2.0, False, None, {}, text)


class Saying:
    """A stand-in model that gives one verdict, whatever it reads."""

    def __init__(self, label, probability, threshold=0.55):
        self.verdict = learned.Verdict(label, probability, [])
        self.threshold = threshold
        self.version = "stand-in"

    def predict(self, names):
        return self.verdict

    def cues(self, verdict):
        return ("cue",)


@pytest.fixture
def base_claim():
    return claim("Japan should lead the TPP.", sentence_id=100)


@pytest.mark.parametrize("verdict, ruled, expected", [
    (("reversed", 0.9), None, "reversed"),              # fills the rules' silence
    (("reversed", 0.5), None, None),                    # below its threshold: the rules' silence stands
    (("reversed", 0.9), "unchanged", "reversed"),       # a confident other label replaces the rules'
    (("reversed", 0.5), "unchanged", "unchanged"),
    (("none", 0.99), "unchanged", "unchanged"),         # never takes a rules' label away
    (("unchanged", 0.99), "unchanged", "unchanged"),
])
def test_reviewed_fills_or_replaces_only_when_confident(monkeypatch, base_claim, verdict, ruled, expected):
    monkeypatch.setattr(learned, "load_model", lambda: Saying(*verdict))
    later = claim("I was wrong about the TPP.")
    rules = None if ruled is None else Change("trade", base_claim, later, ruled, 0.4, "the rules' reason")
    change = judge.reviewed("trade", later, [(base_claim, 0.4)], None, rules)
    assert (change.change if change else None) == expected
    if change is not None and change is not rules:
        assert change.left is base_claim and change.explanation.startswith("learned judge (stand-in): reversed")
        assert change.judged_by == "learned"
    elif change is not None:
        assert change.judged_by == "rules"


def test_a_learned_change_needs_a_base_claim_and_new_needs_none_close(monkeypatch, base_claim):
    later = claim("Japan should screen chip investment.")
    monkeypatch.setattr(learned, "load_model", lambda: Saying("weakened", 0.9))
    assert judge.reviewed("trade", later, [], None, None) is None           # nothing on the issue to weaken
    monkeypatch.setattr(learned, "load_model", lambda: Saying("new", 0.9))
    assert judge.reviewed("trade", later, [(base_claim, judge.PAIR_MIN)], None, None) is None
    change = judge.reviewed("trade", later, [(base_claim, 0.2)], None, None)
    assert change.change == "new" and change.left is None


def test_a_learned_change_is_set_against_the_closest_base_claim_that_shares_its_substance(monkeypatch):
    monkeypatch.setattr(learned, "load_model", lambda: Saying("reversed", 0.9))
    later = claim("Walking away from the health organisation breaks international commitments again.")
    closest = claim("Japan should forge a joint approach on regional challenges.", sentence_id=100)
    sharing = claim("Unilateral disregard of international commitments would undermine credibility.", sentence_id=101)
    change = judge.reviewed("trade", later, [(closest, 0.4), (sharing, 0.3)], None, None)
    assert change.left is sharing and change.score == 0.3
    # with none sharing substance, the closest
    change = judge.reviewed("trade", later, [(closest, 0.4)], None, None)
    assert change.left is closest


def test_an_easing_the_rules_did_not_see_needs_a_base_claim_sharing_its_substance(monkeypatch):
    monkeypatch.setattr(learned, "load_model", lambda: Saying("weakened", 0.9))
    later = claim("The ferry detente will surely not come about with the harbour tolls now in place.")
    unrelated = claim("Japan should forge a joint approach on regional challenges.", sentence_id=100)
    sharing = claim("The harbour tolls should stay until the ferry detente holds.", sentence_id=101)
    assert judge.reviewed("trade", later, [(unrelated, 0.4)], None, None) is None
    assert judge.reviewed("trade", later, [(unrelated, 0.4), (sharing, 0.3)], None, None).left is sharing
    # where the rules gave a label, the learned easing still replaces it against the closest claim
    rules = Change("trade", unrelated, later, "reversed", 0.4, "the rules' reason")
    assert judge.reviewed("trade", later, [(unrelated, 0.4)], None, rules).change == "weakened"


def test_a_hesitant_learned_reversal_against_a_loose_counterpart_is_withheld(monkeypatch, base_claim):
    later = claim("The ferry tolls were a serious mistake that the harbour board must undo.")
    monkeypatch.setattr(learned, "load_model", lambda: Saying("reversed", judge.LOOSE_REVERSAL - 0.05, threshold=0.5))
    assert judge.reviewed("trade", later, [(base_claim, judge.NEW_MAX - 0.05)], None, None) is None
    rules = Change("trade", base_claim, later, "unchanged", 0.25, "the rules' reason")
    assert judge.reviewed("trade", later, [(base_claim, judge.NEW_MAX - 0.05)], None, rules) is rules
    # a closer counterpart, or a surer verdict, still speaks
    assert judge.reviewed("trade", later, [(base_claim, judge.NEW_MAX)], None, None).change == "reversed"
    monkeypatch.setattr(learned, "load_model", lambda: Saying("reversed", judge.LOOSE_REVERSAL, threshold=0.5))
    assert judge.reviewed("trade", later, [(base_claim, judge.NEW_MAX - 0.05)], None, None).change == "reversed"


def test_a_sure_learned_reversal_by_the_author_stands_against_a_loose_counterpart(monkeypatch, base_claim):
    later = claim("The ferry tolls were a serious mistake that the harbour board must undo.")
    monkeypatch.setattr(learned, "load_model", lambda: Saying("reversed", 0.9, threshold=0.5))
    loose = [(base_claim, judge.NEW_MAX - 0.05)]
    assert judge.reviewed("trade", later, loose, None, None).change == "reversed"
    # another writer's is withheld, loose or not (test below)
    assert judge.reviewed("trade", later, loose, None, None, another_writer=True) is None


def test_the_learned_judge_judges_no_change_of_view_of_another_writers(monkeypatch, base_claim):
    later = claim("The ferry tolls were a serious mistake that the harbour board must undo.")
    related = [(base_claim, judge.NEW_MAX + 0.1)]
    for label in ("reversed", "strengthened"):
        monkeypatch.setattr(learned, "load_model", lambda label=label: Saying(label, 0.95, threshold=0.5))
        assert judge.reviewed("trade", later, related, None, None, another_writer=True) is None
        assert judge.reviewed("trade", later, related, None, None).change == label     # the base's own writer
    # nor does its `new` fill the rules' silence for another writer (test below)
    monkeypatch.setattr(learned, "load_model", lambda: Saying("new", 0.95, threshold=0.5))
    assert judge.reviewed("trade", later, [(base_claim, 0.2)], None, None, another_writer=True) is None
    assert judge.reviewed("trade", later, [(base_claim, 0.2)], None, None).change == "new"


@pytest.mark.parametrize("label, score", [("unchanged", judge.NEW_MAX + 0.1), ("new", 0.2)])
def test_the_learned_judge_fills_no_silence_of_the_rules_for_another_writer(monkeypatch, base_claim, label, score):
    later = claim("The harbour board must keep the ferry tolls in step with the canal fees.")
    related = [(base_claim, score)]
    monkeypatch.setattr(learned, "load_model", lambda: Saying(label, 0.95, threshold=0.5))
    assert judge.reviewed("trade", later, related, None, None, another_writer=True) is None
    assert judge.reviewed("trade", later, related, None, None).change == label     # the base's own writer
    # where the rules gave a label, a confident learned label still replaces it
    other = "new" if label == "unchanged" else "unchanged"
    rules = Change("trade", None if other == "new" else base_claim, later, other, score, "the rules' reason")
    assert judge.reviewed("trade", later, related, None, rules, another_writer=True).change == label



def test_the_learned_judge_gives_no_label_to_an_event_told_with_no_direction(monkeypatch, base_claim):
    told = PositionRow(1, 1, "trade", "evaluation", 0, 2.0, False, None, {"mood": "past"},
                       "The harbour act was adopted to shield the ferry's critical moorings.")
    monkeypatch.setattr(learned, "load_model", lambda: Saying("new", 0.95, threshold=0.5))
    assert judge.reviewed("trade", told, [(base_claim, 0.2)], None, None) is None
    # a past verdict with a direction is the writer's view of the event, and the judge may still label it
    judged = PositionRow(1, 1, "trade", "evaluation", -1, 2.0, False, None, {"mood": "past"},
                         "Passing the harbour act was a costly mistake for the ferry towns.")
    assert judge.reviewed("trade", judged, [(base_claim, 0.2)], None, None).change == "new"


def test_the_threshold_choice_allows_a_precision_within_its_standard_error():
    from bench.train_judge import TARGET_PRECISION, within_target

    assert TARGET_PRECISION == 0.90
    # 1,474 of 1,639 is 0.8993: below the target by far less than its standard error (about 0.007)
    assert within_target(1474, 1639)
    # 1,673 of 1,894 is 0.883: more than a standard error below
    assert not within_target(1673, 1894)
    # a small count says little either way, but a poor precision fails however few the claims
    assert not within_target(6, 10)
    assert not within_target(0, 0)
