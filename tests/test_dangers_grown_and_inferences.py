"""A quarrel told as grown or eased, importance put as a noun, goals found elusive, hopes denied, needs for time or
another's help, and an inference with "must have": classes of real commentaries the rules read no position in, a call
in, or the wrong direction in this round. Each case is told with invented sentences."""

from __future__ import annotations

import pytest

from compare.positions import extract_for_issues
from conftest import span


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
    # past a quantifier's "of" the concern still heads what eased
    ("Much of the worry about the ferry pact has lifted.", "ferry pact", "eased"),
    ("Some of the tension over the ferry pact has eased.", "ferry pact", "eased"),
])
def test_a_quarrel_told_as_grown_or_eased_says_how_a_warning_fared(text, words, turn):
    stance = _read(text, words)
    assert stance is not None and stance.cues["shift"][0] == turn


@pytest.mark.parametrize("text, words", [
    # what grew is the efforts, the calls or the talks about it, not the quarrel
    ("Efforts to end the ferry rivalry have intensified.", "ferry"),
    ("Calls for an end to the crisis over the ferry pact have grown.", "ferry pact"),
    ("Talks on the dispute over the ferry pact have deepened.", "ferry pact"),
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


@pytest.mark.parametrize("text", [
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
    ("I do not expect the ferry pact to fail.", ("evaluation", 1)),
    ("The towns do not expect progress on the ferry pact soon.", ("evaluation", -1)),
])
def test_a_denied_hope_or_expectation_denies_what_it_looks_for(text, reading):
    stance = _read(text)
    assert (stance.kind, stance.polarity) == reading


def test_a_hope_held_keeps_what_it_looks_for():
    stance = _read("We can hope for progress on the ferry pact.")
    assert (stance.kind, stance.polarity) == ("evaluation", 1)


@pytest.mark.parametrize("text", [
    "New harbour boards need time to rebuild their ferry pact teams.",
    "The ferry pact needs more time.",
    "The mayor pressed the port on fees, but needs its support in saving the ferry pact.",
    "The town needs the port's cooperation on the ferry pact.",
])
def test_a_need_for_time_or_for_another_partys_help_is_told_not_called_for(text):
    stance = _read(text)
    assert stance is None or stance.kind != "prescription"


@pytest.mark.parametrize("text", [
    "The town needs a stronger ferry pact.",
    "The ferry pact needs our support.",
    "The town needs to give the ferry pact time.",
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
