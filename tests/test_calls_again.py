"""A call made again in other words (judge._called_for_again), and the scope of two attributions: a reporting verb's
participle a subject undergoes, and an importance or need someone stresses; told with sentences written for these
tests."""

from __future__ import annotations

import pytest

from compare.changes import PositionRow
from compare.judge import DocumentSide, _called_for_again
from compare.others_views import a_need_named
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
        "In 2016 I urged ministers to give the five powers working groups on disaster relief.\n\n"
        "Working groups on disaster relief are required now.\n\n"
        "Ministers would do well to give the forum working groups on disaster relief.\n\n"
        "I would give the forum working groups on disaster relief.\n\n"
        "Japan should reduce its engagement with China.\n\n"
        "Tokyo should postpone engagement with China until after the election.\n\n"
        "Japan should end its engagement with China.\n\n"
        "Japan should sever its ties with China.\n\n"
        "Japan should replace engagement with China with deterrence.\n\n"
        "Japan should put its relations with China on hold.\n\n"
        "Japan should be wary of closer ties with China.\n\n"
        "Ministers should wind up the working groups on disaster relief.\n\n"
        "Standing working groups on disaster relief are sorely needed now.\n\n"
        "Japan should deepen its relations with China not only in trade but also in climate.\n\n"
        "Washington should join the CPTPP before the end of the decade.\n\n"
        "Japan should keep its sanctions until Ukraine accepts a settlement.\n\n"
        "Engagement with Beijing should continue, but only on a narrow agenda of climate and debt.\n\n"
        "Engagement with Beijing should continue at every level.\n",
        "Practical steps")


def test_a_call_for_what_the_base_calls_for_in_other_words_is_the_same_position(judged):
    rows = _calls_again(judged, "Ministers should give the new forum")
    assert {(r["issue_id"], r["change"]) for r in rows} == {("confidence-building", "unchanged")}
    # what it calls for need not be all of it: a call to deepen ties in more than one field takes them up too
    rows = _calls_again(judged, "not only in trade but also in climate")
    assert {(r["issue_id"], r["change"]) for r in rows} == {("regional-order", "unchanged")}


def test_a_call_recalled_in_the_past_is_not_made_again(judged):
    assert _calls_again(judged, "In 2016 I urged") == []


@pytest.mark.parametrize("words", ["are required now", "are sorely needed now"])
def test_a_call_in_the_present_passive_is_made_now(judged, words):
    rows = _calls_again(judged, words)
    assert {(r["issue_id"], r["change"]) for r in rows} == {("confidence-building", "unchanged")}


def test_an_advisory_is_a_call_made_again_only_in_the_writers_own_voice(judged):
    assert _calls_again(judged, "would do well to") == []
    rows = _calls_again(judged, "I would give the forum")
    assert {(r["issue_id"], r["change"]) for r in rows} == {("confidence-building", "unchanged")}


@pytest.mark.parametrize("words", ["reduce its engagement", "postpone engagement", "end its engagement",
                                   "sever its ties", "replace engagement", "on hold", "be wary of", "wind up"])
def test_a_call_to_end_cut_back_or_set_aside_what_the_base_calls_for_is_no_restatement(judged, words):
    assert _calls_again(judged, words) == []


def test_a_subject_the_base_speaks_both_for_and_against_settles_nothing(judged):
    assert _calls_again(judged, "join the CPTPP") == []


def test_one_side_of_a_base_call_that_weighs_two_is_no_restatement(judged):
    assert _calls_again(judged, "until Ukraine accepts") == []
    assert ("russia", "unchanged") not in labels_on(judged, "until Ukraine accepts")


def test_a_call_narrowed_to_terms_is_no_restatement(judged):
    assert _calls_again(judged, "but only on a narrow agenda") == []
    rows = _calls_again(judged, "continue at every level")
    assert {(r["issue_id"], r["change"]) for r in rows} == {("regional-order", "unchanged")}


def _call(position_id: int, sentence_id: int, text: str) -> PositionRow:
    return PositionRow(position_id, sentence_id, "alliance", "prescription", 1, 2.0, False, None, {"kind": "should"},
                       text)


@pytest.mark.parametrize("concept,labelled", [("burden shar", True), ("us japan", False)])
def test_a_concept_of_the_issues_own_actors_names_no_course(concept, labelled):
    # "US-Japan" names the alliance itself: two calls naming it need not call for the same thing
    base_call = _call(1, 10, "Tokyo should take up more of the burden and deepen US-Japan relations.")
    later_call = _call(2, 20, "Japan should strengthen US-Japan relations and share more of the burden.")
    base = DocumentSide([base_call], 100, concepts={(10, "alliance"): frozenset({concept})})
    later = DocumentSide([later_call], 50, concepts={(20, "alliance"): frozenset({concept})})
    change = _called_for_again("alliance", later_call, [(base_call, 0.2)], base, later)
    assert (change is not None and change.change == "unchanged") is labelled


@pytest.mark.parametrize("text", ["The ferry will never stop as long as the board feels threatened.",
                                  "The ferry will never stop as long as Westport feels threatened.",
                                  "The ferry will never stop as long as it feels threatened.",
                                  "The ferry will stop as the board is threatened.",
                                  "The ferry will stop, as the board is threatened."])
def test_a_reporting_verbs_participle_after_a_link_reports_nothing(text):
    # "threatened" undergone by the board is no act of telling: the forecast is the writer's
    assert _read(text).attribution == "author"


@pytest.mark.parametrize("text", ["The ferry will stop, the mayor warned.",
                                  "The mayor was warned that the ferry will stop.",
                                  "The ferry will be sold next year, it was reported.",
                                  "The ferry will close, it is feared.",
                                  "The ferry fares will rise, it has been suggested.",
                                  "The ferry fares will rise, as was predicted.",
                                  "The ferry fares will rise as was predicted.",
                                  "The ferry will close, local residents have been warned.",
                                  "The ferry will close soon, residents were warned."])
def test_a_report_set_off_after_the_claim_still_reports(text):
    assert _read(text).attribution == "reported"


@pytest.mark.parametrize("text", ["The ferry policy was characterized by the mayor as reckless.",
                                  "The ferry policy has been characterized by critics as reckless.",
                                  "The board's ferry policy is characterized by two urges: a belief that the "
                                  "ferry is vital, and a wish to sell it."])
def test_a_description_stays_its_describers(text):
    # a described participle is not one its subject undergoes: what is described may be someone's view
    assert _read(text).attribution == "reported"


@pytest.mark.parametrize("text", ['The mayor welcomed the decision, telling reporters "the ferry will be kept for a '
                                  'generation or more."',
                                  "The mayor attacked the board's failure, saying \"the ferry will be sold off within "
                                  "a year.\""])
def test_the_speakers_own_reaction_before_quoted_words_is_the_speakers(text):
    assert _read(text).attribution == "reported"


def test_quoted_words_after_no_verdict_of_the_writers_are_the_speakers():
    assert _read('The mayor told the board, "The ferry will be sold next year."').attribution == "reported"


@pytest.mark.parametrize("text", ["The mayor stressed the crucial importance of the ferry link.",
                                  "The mayor underscored the urgent need for a ferry link.",
                                  "The mayor highlighted the urgent need to reopen the ferry.",
                                  "In a joint statement this week, the two mayors noted the urgent need to reopen the "
                                  "ferry.",
                                  "The mayor, in a newspaper column, stressed the urgent need to reopen the ferry.",
                                  "The secretary has warned the town of the urgent need to open its ferry records."])
def test_an_importance_stressed_by_someone_is_theirs_whatever_its_degree(text):
    assert _read(text).attribution == "reported"


@pytest.mark.parametrize("text", ["We stress the vital importance of the ferry link.",
                                  "This essay has stressed the vital importance of the ferry link.",
                                  "This crisis underscores the vital importance of the ferry link.",
                                  "The storm highlights the urgent need for a new ferry.",
                                  "The storm underscored the urgent need to reopen the ferry.",
                                  "The war on the peninsula has highlighted the urgent need to reopen the ferry."])
def test_an_importance_the_writer_stresses_or_infers_is_the_writers(text):
    assert _read(text).attribution == "author"


def test_a_need_listed_among_what_was_discussed_is_the_discussants_whatever_its_degree():
    assert _read("The two mayors discussed tariffs and the urgent need to reopen the ferry.").attribution == "reported"


@pytest.mark.parametrize("words,named", [("noted the most urgent need to", True), ("noted the importance of", True),
                                         ("noted the board will need", False), ("noted the need", True)])
def test_a_need_named_takes_only_words_of_degree(words, named):
    lowered = words.split()
    assert a_need_named(lowered, 1) is named
@pytest.mark.parametrize("text,cue", [
    ("A ferry war would be a losing proposition for both towns.", "losing proposition")])
def test_a_course_that_costs_all_judges_badly(text, cue):
    stance = _read(text)
    assert stance.polarity == -1 and cue in stance.cues["polarity"]


def test_the_setting_of_a_call_does_not_cancel_its_verdict():
    # "tense" is no judging word: it names when the channels matter, not what the sentence judges
    stance = _read("Ferry channels of this kind matter most precisely when relations are tense.", "Ferry channels")
    assert (stance.kind, stance.polarity) == ("evaluation", 1)


def test_a_party_that_cannot_be_counted_on_is_judged_badly():
    assert _read("The ferry board has proved unreliable.").polarity == -1
    # an unpredictable world is the setting of a verdict, not one
    assert _read("In an unpredictable world, the ferry link matters more than ever.").polarity == 1


def test_tensions_risen_are_a_concern_deepened():
    stance = _read("Tensions over the ferry have risen.")
    assert stance.cues["shift"][0] == "firmer"


def test_the_bases_own_sentence_repeated_stays_unchanged_whatever_the_judge_reads(seeded, tmp_path):
    # the learned judge, fitted on wording, once read this sentence of the essay, repeated word for word, as
    # strengthened: the rules' `unchanged` on the base's own sentence stands
    sentence = ("Therefore, it is time to think in pragmatic terms about how we might further maximize bilateral "
                "cooperation through the formulation of more closely coordinated US-Japan approaches to the region "
                "that span the political, economic, and military dimensions.")
    judged = judge_against_essay(seeded, tmp_path / "later.txt", f"Again\n\nMay 2024\n\n{sentence}\n", "Again")
    assert labels_on(judged, "think in pragmatic terms") == {("alliance", "unchanged")}


@pytest.mark.parametrize("text, polarity", [
    # a verdict put off is not given: "too early to call it a failure" holds out hope
    ("It is too early to view the ferry summit as a failure.", 1),
    ("It is premature to call the ferry talks a failure.", 1),
    ("It is too early to call the ferry pact a success.", -1),
])
def test_a_verdict_put_off_is_not_given(text, polarity):
    assert _read(text).polarity == polarity


def test_a_rule_not_to_be_abused_is_a_call_for_the_rule():
    assert _read("The ferry exemption must not be abused as an easy way to protect the town's boatyards.").polarity == 1
    # abuses as conduct are no such passive
    assert _read("The port's abuses of the ferry exemption must end.").polarity == 1


@pytest.mark.parametrize("text, polarity", [
    # a view the writer rejects is denied: the verdict is on what the view says, turned
    ("I reject the notion that the ferry pact is obsolete.", 1),
    ("I disagree with the view that the ferry pact is outdated.", 1),
    ("It is a myth that the ferry pact is a burden.", 1),
    ("We should question the assumption that the ferry pact is obsolete.", 1),
])
def test_a_view_rejected_is_denied(text, polarity):
    assert _read(text).polarity == polarity


@pytest.mark.parametrize("text, polarity", [
    # a rejection denied, a verdict not put off, and someone else's rejection are read as they stand
    ("It is not too early to call the ferry pact a failure.", -1),
    ("It is no myth that the ferry pact is failing.", -1),
    ("The mayor rejected the idea that the ferry pact is obsolete.", -1),
])
def test_a_rejection_denied_or_someone_elses_is_no_denial(text, polarity):
    assert _read(text).polarity == polarity


def test_rejecting_a_course_still_rejects_it():
    assert _read("The town should reject the ferry pact.").polarity == -1


def test_a_state_as_a_noun_reports_no_view():
    # "state" is a verb of saying only before what is said: "such a sad state." is a noun
    stance = _read("The board must act now, for the ferry pact has come to a sorry state.")
    assert stance.attribution == "author", stance


@pytest.mark.parametrize("text, polarity", [
    # "rather than" and "instead of" negate their own phrase, not the verdict across the copula after it
    ("The board's emphasis on the ferry pact rather than tolls was important.", 1),
    ("The board's reliance on the ferry pact instead of tolls was wise.", 1),
])
def test_rather_than_negates_its_own_phrase(text, polarity):
    assert _read(text).polarity == polarity


def test_a_pact_terminated_to_harm_is_for_the_pact():
    # ending a pact, judged by the harm it does, is for the pact, as withdrawing from it is
    stance = _read("The move to terminate the ferry pact has inflicted serious damage on the harbour.", "ferry pact")
    assert stance.polarity == 1, stance.cues
    assert _read("The town should terminate the ferry pact.", "ferry pact").polarity == -1


@pytest.mark.parametrize("text, words", [
    # a denied letting denies what it would let happen
    ("Moreover, the two towns must not let any difference get in the way ahead of the ferry summit.", "ferry summit"),
    ("The town must not let the tolls undermine the ferry pact.", "ferry pact"),
])
def test_a_denied_letting_denies_what_it_lets_happen(text, words):
    assert _read(text, words).polarity == 1


def test_an_act_ending_harmful_conduct_is_for_the_course_that_calls_for_it():
    text = ("It is important to invite cooperation from the coast in moving forward with the ferry talks and halting "
            "the port's missile development.")
    stance = _read(text, "coast")
    assert stance.polarity == 1 and "halting" in stance.cues["polarity"], stance.cues
    # halting what is no harmful conduct still reads against it
    assert _read("The town should halt the ferry talks.", "ferry talks").polarity == -1

