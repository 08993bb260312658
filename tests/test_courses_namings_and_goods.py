"""Verbs that end as adjectives do, harm done to a good a thing holds, "concerns" after an ordinal, a thing named by
someone in the passive, a feeling an act reflects, and a verdict on a course of leaving: classes of real commentaries
the rules read in the wrong direction, or as the writer's own, this round. Each case is told with invented
sentences."""

from __future__ import annotations

import pytest

from compare.positions import extract_for_issues
from conftest import span


def _read(text: str, words: str = "ferry pact"):
    return extract_for_issues(text, {"ferry": span(text, words)}).get("ferry")


# --- harm done by a verb ending in "-ish", and harm done to a good the thing holds ----------------------------------

@pytest.mark.parametrize("text", [
    # (a verb that ends as "foolish" does is no quality of what follows it)
    "The new tolls diminish the ferry pact.",
    "The new tolls would diminish the ferry pact.",
    "Such remarks risk letting rivals see a gap between the towns, thus diminishing the deterrent power of the ferry pact.",
    # a good of it harmed: its power, its foundations, its credibility
    "The toll war undermines the foundations of the ferry pact.",
    "The new tolls weaken the unity of the whole ferry pact.",
    "The quarrel has eroded the long-term strength of the ferry pact.",
    # its prospects and chances are a good of it too
    "The tolls undermine the prospects for the ferry pact.",
    "The tolls would damage the ferry pact's prospects.",
])
def test_harm_done_to_it_or_to_a_good_it_holds_is_a_warning_for_it(text):
    stance = _read(text)
    assert stance is not None and stance.polarity == 1, stance
    assert str(stance.cues["polarity"][0]).startswith("harm to it:")


@pytest.mark.parametrize("text", [
    # an adjective ending so still describes the noun after it: the quality is the pact's
    "The mayor defended the foolish ferry pact.",
    # a good of a danger harmed is no warning for the danger
    "The patrols weaken the strength of the smugglers' ferry pact threats.",
    # a good of something else, which only speaks of the pact
    "The new study weakens the strength of the argument for the ferry pact.",
    "The new study undermines the credibility of claims about the ferry pact.",
    # a danger, a likelihood or a need lessened is no harm done to what it is of
    "A patrol boat would diminish the ferry pact threat.",
    "The deal would diminish the need for the ferry pact.",
    "Closer ties would diminish the chances of a war over the ferry pact.",
])
def test_a_quality_of_it_or_a_danger_harmed_tells_no_harm_to_it(text):
    stance = _read(text)
    assert stance is None or not str(stance.cues["polarity"][0]).startswith("harm to it:"), stance


def test_a_call_to_lessen_a_reliance_on_it_is_against_it():
    stance = _read("The town should diminish its dependence on the ferry pact.")
    assert stance is not None and stance.kind == "prescription" and stance.polarity == -1, stance


@pytest.mark.parametrize("text, words", [
    # a regime or a defence the name heads is a good harmed, no danger lessened
    ("Protectionism undermines the global ferry trade regime.", "ferry trade"),
    ("Budget cuts would weaken the port's ferry pact defenses.", "ferry pact"),
])
def test_harm_to_a_regime_or_a_defence_it_heads_is_harm_to_it(text, words):
    stance = _read(text, words)
    assert stance is not None and stance.polarity == 1, stance


# --- "concerns" meaning "is about", after an ordinal ----------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "The first concerns the ferry pact's future.",
    "The second concerns the port's role in the ferry pact.",
    "The last concerns how the towns will fund the ferry pact.",
    "The second concerns its future under the ferry pact.",
])
def test_concerns_after_an_ordinal_is_about_and_judges_nothing(text):
    assert _read(text) is None


@pytest.mark.parametrize("text", [
    # the noun after an ordinal still worries, whatever follows it
    "The last concerns about the ferry pact faded.",
    "Their first concerns were the ferry pact and the tolls.",
    "My first concerns centre on the ferry pact.",
    "The final concerns centre on the ferry pact's cost.",
    "The last concerns voiced over the ferry pact remain unanswered.",
])
def test_concerns_as_a_noun_after_an_ordinal_still_worries(text):
    stance = _read(text)
    assert stance is not None and stance.polarity == -1, stance


# --- a thing named in the passive by someone else -------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "The ferry pact was called a mistake by the harbour board.",
    "The ferry pact has been branded obsolete by the mayor.",
    "The ferry pact was widely described as a failure by the island's fishermen.",
    "The ferry pact has been identified by the council as a grave mistake.",
    "The ferry pact was deemed harmful by Governor Lee.",
    # the agent's name rebutted after it stays the agent's
    "The ferry pact has been branded a failure by its critics, but the numbers tell another story.",
    # the writer's side named in the subject is no namer
    "Our ferry pact has been called obsolete by the rival mayor.",
])
def test_a_name_given_in_the_passive_by_another_is_theirs(text):
    stance = _read(text)
    assert stance is not None and stance.attribution == "reported", stance


@pytest.mark.parametrize("text", [
    # the writer among the namers, a time or a measure after "by", or a judgement of the writer's outside the name
    "The ferry pact was rightly called a cornerstone of peace by many of us.",
    "The ferry pact was called a success by far the largest margin in years, and I agree.",
    "The ferry pact was judged a failure by most measures.",
    "The ferry pact was declared a failure by its own yardstick.",
    "The ferry pact was judged a failure by its results.",
    "The ferry pact was called a mistake by the board, a view I share.",
    "The ferry pact was declared a failure by June.",
    "The ferry pact was judged a success by the board, and I agree.",
    "Sadly, the ferry pact was called a failure by the board.",
])
def test_a_passive_naming_the_writer_shares_or_judges_stays_the_writers(text):
    stance = _read(text)
    assert stance is not None and stance.attribution == "author", stance


# --- a verdict on a course that leaves the thing --------------------------------------------------------------------

@pytest.mark.parametrize("text, polarity", [
    ("The mayor's catastrophic decision to withdraw from the ferry pact handed the rival port the lead.", 1),
    ("In one of his first disastrous acts, the mayor pulled the town out of the ferry pact.", 1),
    ("In a reckless move, the board withdrew from the ferry pact.", 1),
    ("And in one of his first, reckless acts as mayor, Lee withdrew the town from the ferry pact.", 1),
    ("In a reckless act, the board withdrew from the ferry pact.", 1),
    ("The mayor's reckless act of withdrawing from the ferry pact cost the town.", 1),
    # for leaving is against what is left, the course's noun in the verdict's phrase or not
    ("In a wise move, the board withdrew from the ferry pact.", -1),
    ("In a welcome move, the board withdrew from the ferry pact.", -1),
    ("The board made the right decision to withdraw from the ferry pact.", -1),
    ("In a wise move, the board pulled the two towns out of the regional ferry pact.", -1),
])
def test_a_verdict_on_a_course_of_leaving_judges_what_is_left(text, polarity):
    stance = _read(text)
    assert stance is not None and stance.polarity == polarity, stance
    assert any(str(cue).startswith("on ") for cue in stance.cues["polarity"]), stance


@pytest.mark.parametrize("text", [
    # a course that leaves nothing, or one the verdict is not on
    "In a disastrous move, the board raised tolls on the ferry pact.",
    "The mayor's catastrophic decision to raise tolls weakened the ferry pact.",
    "In the wake of the board's disastrous move, the town pulled out of the ferry pact.",
    # a verdict of the writer's on the pact itself after it
    "In a disastrous move, the board withdrew from the ferry pact, a flawed deal.",
    # the end of a leaving, another thing left, or the pact left as it is
    "The board's foolish decision to abandon its boycott of the ferry pact will cost it dearly.",
    "In a welcome move, the council scrapped the tolls on the ferry pact.",
    "In a wise move, the board withdrew its veto of the ferry pact.",
    "In a wise move, the council left the ferry pact in place.",
    # an opening phrase on someone else's course
    "In a reversal of its reckless decision, the board withdrew from the ferry pact.",
    # a leaving that is no main verb, troops moved out of a place, or the pact left as it is
    "In a wise move, the board ruled out withdrawing from the ferry pact.",
    "In a reckless move, the board shelved plans to quit the ferry pact.",
    "In a welcome move, the port pulled its troops out of the ferry pact zone.",
    "The council's wise decision to leave the ferry pact as it is was welcome.",
])
def test_a_verdict_on_another_course_is_no_verdict_on_leaving(text):
    stance = _read(text)
    assert stance is None or not any(str(cue).startswith("on ") for cue in stance.cues.get("polarity", [])), stance


@pytest.mark.parametrize("text, polarity", [
    # a leaving refused or denied leaves nothing: the verdict is on staying
    ("In a wise move, the board refused to withdraw from the ferry pact.", 1),
    ("In a wise move, the board did not withdraw from the ferry pact.", 1),
    ("In a reckless move, the board refused to leave the ferry pact.", -1),
    ("In a wise move, the board decided against withdrawing from the ferry pact.", 1),
    ("In a reckless move, Lee resisted calls to quit the ferry pact.", -1),
])
def test_a_verdict_on_a_leaving_refused_judges_the_staying(text, polarity):
    stance = _read(text)
    assert stance is not None and stance.polarity == polarity, stance


# --- a feeling read in an act or a law ------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "The new harbour law reflects growing concern about the ferry pact.",
    "The board's decision reflects deep worries about the ferry pact.",
    "The new harbour law reflects a growing concern about the ferry pact.",
    "However, the new harbour law reflects growing concern about the ferry pact.",
    "The new harbour law reflects growing concern about the ferry pact and the tolls.",
])
def test_a_feeling_an_act_reflects_is_of_those_whose_act_it_is(text):
    stance = _read(text)
    assert stance is not None and stance.attribution == "reported", stance


@pytest.mark.parametrize("text", [
    "This reflects my concern about the ferry pact.",
    # a pronoun subject: the writer's point going on
    "This reflects growing concern about the ferry pact.",
    # a clause of the writer's own joined after it
    "The new harbour law reflects growing concern about the ferry pact, and I share it.",
])
def test_a_feeling_the_writer_owns_in_what_reflects_it_stays_the_writers(text):
    stance = _read(text)
    assert stance is not None and stance.attribution == "author", stance
