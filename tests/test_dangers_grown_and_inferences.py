"""A quarrel told as grown or eased, importance put as a noun, goals found elusive, hopes denied, needs for time or
another's help, and an inference with "must have": classes of real commentaries the rules read no position in, a call
in, or the wrong direction in this round. Each case is told with invented sentences."""

from __future__ import annotations

import pytest

from compare.positions import extract_for_issues
from conftest import judge_against_essay, labels_on, span


def _read(text: str, words: str = "ferry pact"):
    return extract_for_issues(text, {"ferry": span(text, words)}).get("ferry")


# --- a quarrel grown or eased ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, words, turn", [
    ("The ferry rivalry has intensified.", "ferry", "firmer"),
    ("The conflict over the ferry pact has deepened.", "ferry pact", "firmer"),
    ("Meanwhile, frictions over the ferry pact have worsened.", "ferry pact", "firmer"),
    ("The dispute over the ferry pact has eased.", "ferry pact", "eased"),
    ("The crisis over the ferry pact has passed.", "ferry pact", "eased"),
    ("In the harbour, hostility toward the ferry pact has subsided.", "ferry pact", "eased"),
    # (as tensions and fears did before)
    ("Tensions over the ferry pact have intensified.", "ferry pact", "firmer"),
    ("The rivalry over the ferry pact has intensified sharply in recent months.", "ferry pact", "firmer"),
    ("The crisis over the ferry pact has escalated.", "ferry pact", "firmer"),
    ("The dispute over the ferry pact has been resolved.", "ferry pact", "eased"),
    ("The conflict over the ferry pact has cooled.", "ferry pact", "eased"),
    ("The conflict between the port and the ferry pact has escalated.", "ferry pact", "firmer"),
    ("The standoff over the ferry pact has eased.", "ferry pact", "eased"),
    # a concern as before, wherever it stands
    ("Much of the worry about the ferry pact has lifted.", "ferry pact", "eased"),
    ("I am pleased to report that tensions over the ferry pact have eased.", "ferry pact", "eased"),
    ("Over the past year tensions over the ferry pact have eased.", "ferry pact", "eased"),
])
def test_a_quarrel_told_as_grown_or_eased_says_how_a_warning_fared(text, words, turn):
    stance = _read(text, words)
    assert stance is not None and stance.cues["shift"][0] == turn


@pytest.mark.parametrize("text, words", [
    # what grew is the efforts, the calls or the talks about it, not the quarrel
    ("Efforts to end the ferry rivalry have intensified.", "ferry"),
    ("Calls for an end to the crisis over the ferry pact have grown.", "ferry pact"),
    ("Talks on the dispute over the ferry pact have deepened.", "ferry pact"),
    ("Since the conflict began, support for the ferry pact has grown.", "ferry pact"),
    # a quarrel that did something, or one that ended before something else grew
    ("The dispute has diminished public trust in the ferry pact.", "ferry pact"),
    ("The crisis has increased the need for the ferry pact.", "ferry pact"),
    ("The crisis over the port has escalated the ferry pact's costs.", "ferry pact"),
    ("The dispute over the ferry pact was resolved last year, and trade has since increased.", "ferry pact"),
    # a quarrel naming what comes next, a clause of time after it, or its turn doubted or supposed
    ("Crisis talks on the ferry pact have intensified.", "ferry pact"),
    ("The ferry dispute erupted after the tolls had risen sharply.", "ferry"),
    ("It is unclear whether the confrontation over the ferry pact has eased.", "ferry pact"),
    ("I doubt the confrontation over the ferry pact has eased.", "ferry pact"),
    ("Once the dispute over the ferry pact has been resolved, the towns can trade.", "ferry pact"),
    # a quarrel denied or hardly eased
    ("No dispute over the ferry pact has been resolved.", "ferry pact"),
    ("The crisis over the ferry pact has hardly eased.", "ferry pact"),
    ("The conflict over the ferry pact has settled in for the long haul.", "ferry pact"),
    # the verb's participle is no quarrel named
    ("The disputed ferry pact has grown in importance.", "ferry pact"),
    # competition is as often welcome: its growth is no warning come true
    ("Competition over the ferry pact has intensified.", "ferry pact"),
    # a quarrel to be eased is a call, not one told as eased
    ("The dispute over the ferry pact should be eased.", "ferry pact"),
    # nor one that has not eased
    ("The dispute over the ferry pact has not eased.", "ferry pact"),
])
def test_a_quarrel_that_does_not_head_what_grew_or_eased_says_nothing_of_a_warning(text, words):
    stance = _read(text, words)
    assert stance is None or "shift" not in stance.cues


def test_a_quarrel_eased_weakens_nothing_the_base_only_hoped_would_end(seeded, run, tmp_path):
    # the essay hopes for a solution to the territorial question with Russia and warns of no harm there: the dispute
    # eased bears that hope out, it weakens no warning
    judged = judge_against_essay(run, tmp_path / "quarrel.txt",
                                 "Islands\n\nThe territorial dispute over the Northern Territories has eased.\n", "Islands")
    assert ("russia", "weakened") not in labels_on(judged, "has eased")


# --- importance put as a noun, a goal found elusive ---------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "The ferry pact is of extreme importance to both towns.",
    "The ferry pact is of great importance.",
    "For the islands, the ferry pact is of vital importance.",
    "The ferry pact is of the utmost importance to the harbour.",
    "The ferry pact is of great significance for the region.",
])
def test_importance_put_as_a_noun_judges_as_important_does(text):
    stance = _read(text)
    assert (stance.kind, stance.polarity) == ("evaluation", 1)
    assert _read(text.replace(" of extreme importance", " important").replace(" of great importance", " important")
                 ).polarity == 1


@pytest.mark.parametrize("text, reading", [
    ("It is of the utmost importance to keep the ferry pact.", ("prescription", 1)),
    ("It is of great importance for the towns to abandon the ferry pact.", ("prescription", -1)),
    ("It is therefore of the utmost importance that the ferry pact survives.", ("prescription", 1)),
    ("It's of great importance to keep the ferry pact.", ("prescription", 1)),
    # a frame that asks the reader to note something leaves the claim after it to judge
    ("It is of great importance to note that the ferry pact has failed.", ("evaluation", -1)),
])
def test_importance_put_as_a_noun_before_what_is_to_be_done_calls_for_it(text, reading):
    stance = _read(text)
    assert (stance.kind, stance.polarity) == reading


@pytest.mark.parametrize("text", [
    "The port has built piers of great importance near the ferry pact's islands.",
    "Nothing of importance was agreed at the ferry pact talks.",
    "The ferry pact is of no importance.",
    "The importance of the ferry pact was discussed at the meeting.",
])
def test_importance_denied_or_only_named_is_no_praise(text):
    stance = _read(text)
    assert stance is None or stance.polarity <= 0


@pytest.mark.parametrize("text", [
    "A settlement of the ferry pact is as elusive today as it was in 2016.",
    "The board's spending on the ferry pact is unjustifiable.",
])
def test_a_goal_found_elusive_or_a_cost_unjustifiable_is_judged_badly(text):
    stance = _read(text)
    assert (stance.kind, stance.polarity) == ("evaluation", -1)


# --- a hope or an expectation denied, a need for time or for another's help ------------------------------------------

@pytest.mark.parametrize("text, reading", [
    ("We cannot hope for immediate progress on the ferry pact.", ("evaluation", -1)),
    ("The towns cannot hope for real progress with the ferry pact this year.", ("evaluation", -1)),
    ("Nor do we expect real progress with the ferry pact soon.", ("evaluation", -1)),
    ("The towns do not expect progress on the ferry pact soon.", ("evaluation", -1)),
])
def test_a_denied_hope_or_expectation_denies_what_it_looks_for(text, reading):
    stance = _read(text)
    assert (stance.kind, stance.polarity) == reading


@pytest.mark.parametrize("text, reading", [
    # a past expectation denied tells a surprise: what happened is what the sentence judges
    ("I did not expect the ferry pact to succeed so well.", ("evaluation", 1)),
    ("I did not expect the ferry pact to fail so quickly.", ("evaluation", -1)),
])
def test_an_expectation_denied_in_the_past_tells_a_surprise(text, reading):
    stance = _read(text)
    assert (stance.kind, stance.polarity) == reading


@pytest.mark.parametrize("text, reading", [
    # a deed expected of someone is left to the other rules: one that ends a harm is no plain turn
    ("I do not expect the port to lift its blockade on the ferry pact soon.", ("evaluation", -1)),
    ("We cannot expect the port to give up its blockade of the ferry pact.", ("evaluation", -1)),
    ("I do not expect that the port will give up its blockade of the ferry pact.", ("prediction", -1)),
])
def test_a_deed_expected_of_someone_is_not_turned_by_the_denial(text, reading):
    stance = _read(text)
    assert (stance.kind, stance.polarity) == reading


def test_a_hope_held_keeps_what_it_looks_for():
    stance = _read("We can hope for progress on the ferry pact.")
    assert (stance.kind, stance.polarity) == ("evaluation", 1)


@pytest.mark.parametrize("text", [
    "New harbour boards need time to rebuild their ferry pact teams.",
    "The ferry pact needs more time.",
    "The mayor pressed the port on fees, but needs its support in saving the ferry pact.",
    "The mayor of the ferry pact's town needs their full cooperation.",
    "The ferry pact needs a little more time.",
])
def test_a_need_for_time_or_for_another_partys_help_is_told_not_called_for(text):
    stance = _read(text)
    assert stance is None or stance.kind != "prescription"


@pytest.mark.parametrize("text", [
    "The town needs a stronger ferry pact.",
    "The ferry pact needs our support.",
    "The town needs to give the ferry pact time.",
    "The ferry pact needs time limits on its tolls.",
    "We need time to rebuild trust in the ferry pact.",
    "The ferry pact needs the region's help and stronger rules.",
    "The ferry pact needs Beijing's full cooperation.",
    "We still need more time to rebuild trust in the ferry pact.",
    "The ferry pact needs time, patience and stronger rules.",
    "The ferry pact needs time, not more tolls.",
])
def test_a_need_for_a_thing_or_for_our_help_still_calls(text):
    stance = _read(text)
    assert (stance.kind, stance.polarity) == ("prescription", 1)


# --- an inference with "must have" ----------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "The speed of the vote must have come as a shock to the ferry pact's critics.",
    "The ferry pact's critics must have overcome their doubts by then.",
    "The board must have run the ferry pact at a loss for years.",
])
def test_must_have_with_a_participle_that_is_also_the_plain_form_infers_and_calls_for_nothing(text):
    stance = _read(text)
    assert stance is None or stance.kind != "prescription"


@pytest.mark.parametrize("text", [
    "The board must run the ferry pact itself.",
    "The towns must have a plan for the ferry pact.",
])
def test_must_with_a_plain_verb_or_have_with_an_object_still_calls(text):
    stance = _read(text)
    assert (stance.kind, stance.polarity) == ("prescription", 1)
