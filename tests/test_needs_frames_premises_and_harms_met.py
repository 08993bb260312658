""""needs" as a plural noun after an adjective, a thing someone frames as something, the premise a course rests on,
the writer among the namers told apart from the country "US", and a harm a thing faces: classes of real
commentaries the rules read in the wrong direction, or as the writer's own. Each case is told with invented
sentences."""

from __future__ import annotations

import pytest

from compare.positions import extract_for_issues
from compare.wordclass import needs_as_a_noun
from conftest import span


def _read(text: str, words: str = "ferry pact"):
    return extract_for_issues(text, {"ferry": span(text, words)}).get("ferry")


# --- "needs": the noun after an adjective or a possessive, the verb otherwise --------------------------------------

@pytest.mark.parametrize("text", [
    "the ferry pact has no basis in actual military needs .",
    "the ferry pact serves the economic needs of the islands",
    "the ferry pact ignores the town's needs , and the mayor knows it",
    "the ferry pact meets the islands ' needs and more",
    "needs of the islands come first",      # (the tokens split a plural's apostrophe)
    "the ferry pact answers the islands' various needs",
])
def test_needs_after_an_adjective_or_a_possessive_is_the_noun(text):
    words = text.split()
    assert needs_as_a_noun(words, words.index("needs"))


@pytest.mark.parametrize("text", [
    # (a relative clause may end with the verb: "exactly what the region needs, and...")
    "the ferry pact is exactly what the region needs , and the mayor knows it",
    "the ferry pact gives the board the room it needs .",
    "the military needs more ships",
    "I remain convinced that the Asia-Pacific needs a new ferry pact",
    "the critic needs more time",
    "the regional council needs a new plan",
    "the trade deal needs stronger support from the towns",
    "the ferry pact needs repair",
    "the town needs to keep the ferry pact",
])
def test_needs_after_a_noun_is_the_verb(text):
    words = text.split()
    assert not needs_as_a_noun(words, words.index("needs"))


def test_a_need_named_as_a_noun_makes_no_call():
    stance = _read("The ferry pact target has no basis in actual military needs.")
    assert stance is None or stance.kind != "prescription", stance


def test_a_need_as_a_verb_still_calls():
    stance = _read("The ferry pact needs more support from the towns.")
    assert stance is not None and stance.kind == "prescription" and stance.polarity == 1, stance


# --- how someone frames a thing, and the premise a course rests on, are theirs --------------------------------------

@pytest.mark.parametrize("text", [
    "The harbour board frames the ferry pact as a vital lifeline for the islands.",
    "Like its neighbours, the board framed spending 2 percent on the ferry pact as a realistic response to an "
    "increasingly unstable market.",
    "The mayor's famous harbour plan was based on the assumption that the ferry pact should be kept at any cost.",
    "The harbour board's strategy is premised on the assumption that the ferry pact must be strengthened.",
])
def test_a_framing_or_a_premise_of_anothers_is_reported(text):
    stance = _read(text)
    assert stance is not None and stance.attribution == "reported", stance


@pytest.mark.parametrize("text", [
    # the writer's own framing and premise, and a premise whose holder the subject does not name
    "I would frame the ferry pact as a vital lifeline for the islands.",
    "This argument is based on the conviction that the ferry pact remains vital.",
    # "frames" the plural noun; and what a framing names ends at the clause's joint
    "The town should set clear time frames as a vital step toward a stronger ferry pact.",
    "The board framed the ferry pact as a deal for the towns and it has been a great success.",
    "My plan was based on the assumption that the ferry pact must be strengthened.",
    # a frame that is no naming ("frames the debate"), and a thing based on something other than a premise
    "The ferry pact is based on shared interests and must be strengthened.",
])
def test_the_writers_framing_or_premise_or_a_plain_basis_stays_the_writers(text):
    stance = _read(text)
    assert stance is not None and stance.attribution == "author", stance


@pytest.mark.parametrize("text", [
    "The plan was based on the flawed assumption that the ferry pact would survive.",
    # the writer's answer after the premise
    "The whole policy was premised on the idea that the ferry pact works, and the ferry pact has clearly failed.",
])
def test_a_premise_the_writer_judges_or_answers_stays_the_writers(text):
    stance = _read(text)
    assert stance is None or stance.attribution == "author", stance


def test_a_passive_framing_by_another_is_theirs():
    stance = _read("The ferry pact has been framed as a burden by the mayor.")
    assert stance is not None and stance.attribution == "reported", stance


# --- the writer among the namers: "us" is the writer, "US" a country ------------------------------------------------

def test_a_name_given_by_us_officials_is_theirs():
    stance = _read("The ferry pact was called a mistake by US officials.")
    assert stance is not None and stance.attribution == "reported", stance


def test_a_name_given_by_us_is_the_writers():
    stance = _read("The ferry pact was called a mistake by us at the time.")
    assert stance is not None and stance.attribution == "author", stance


def test_a_thing_seen_by_us_officials_as_something_is_their_view():
    stance = _read("The ferry pact is seen by US officials as a dangerous burden.")
    assert stance is not None and stance.attribution == "reported", stance


# --- a harm a thing faces is harm to it ------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "But the ferry pact faces a number of challenges, including the damaging legacy of the old board.",
    "The ferry pact faces serious threats from the toll war.",
    "The ferry pact has endured damaging strains.",
    "The ferry pact is facing grave dangers.",
    "The ferry pact confronts serious risks if the mayor stays out.",
])
def test_a_harm_it_faces_is_a_warning_for_it(text):
    stance = _read(text)
    assert stance is not None and stance.polarity == 1, stance
    assert str(stance.cues["polarity"][0]).startswith("harm to it:"), stance


@pytest.mark.parametrize("text", [
    "The ferry pact faces a choice between two paths.",
    "The ferry pact faces east, toward the islands.",
    "The new faces of the ferry pact are young.",
    # the noun "face", before the name
    "In the face of the new tolls, the ferry pact holds firm.",
    # a harm denied or slight
    "The ferry pact faces no meaningful pressure from the mayor.",
    "The ferry pact faces little real danger this year.",
])
def test_what_it_faces_that_is_no_harm_tells_nothing(text):
    stance = _read(text)
    assert stance is None or not str(stance.cues.get("polarity", [""])[0]).startswith("harm to it:"), stance


# --- a verdict on a doctrine opposed to the issue's good is the opposite verdict on the issue ------------------------

@pytest.mark.parametrize("text, words, polarity", [
    ("Protectionism is harmful to the island economy.", "Protectionism", 1),
    ("The mayor's protectionism will not benefit the town.", "protectionism", 1),
    ("A retreat into isolationism would be dangerous for the towns.", "isolationism", 1),
    ("Isolationism is a wise choice for the port.", "Isolationism", -1),
    ("The protectionist measures hurt the ferry towns.", "protectionist", 1),
    ("Harbour protectionism is harmful to growth.", "Harbour protectionism", 1),
    ("The view that isolationism is a wise choice for the port is wrong.", "isolationism", 1),
])
def test_a_verdict_on_a_doctrine_opposed_to_the_issue_is_turned_round(text, words, polarity):
    stance = _read(text, words)
    assert stance is not None and stance.polarity == polarity, stance
    assert any(str(cue).startswith("judges its opposite:") for cue in stance.cues["polarity"]), stance


@pytest.mark.parametrize("text, words", [
    # a call with no judging word of its own keeps the call's direction
    ("The town should fight protectionism in all its forms.", "protectionism"),
    # an act upon the doctrine, or harm done to it, which the rules of harm read
    ("The town must avoid protectionism.", "protectionism"),
    ("Resisting protectionism is essential for the town.", "protectionism"),
    ("The new agreement is a severe blow to protectionism.", "protectionism"),
    # a barrier or a quarrel is no doctrine: harm from it stays held against it
    ("The tariffs hurt the ferry towns.", "tariffs"),
])
def test_a_call_without_a_verdict_or_a_barrier_is_not_turned(text, words):
    stance = _read(text, words)
    assert stance is None or not any(str(cue).startswith("judges its opposite:")
                                     for cue in stance.cues.get("polarity", [])), stance


# --- harm told in a clause of result to a later mention of the issue -----------------------------------------------

def test_harm_a_clause_of_result_tells_to_a_later_mention_is_a_warning_for_it():
    text = "The board has retreated from the ferry pact, undermining the credibility of the ferry network."
    first, second = span(text, "ferry pact"), span(text, "ferry network")
    stance = extract_for_issues(text, {"ferry": first + second}).get("ferry")
    assert stance is not None and stance.polarity == 1, stance
    assert str(stance.cues["polarity"][0]).startswith("harm to it:"), stance


# --- a saying the writer endorses is the writer's view too ---------------------------------------------------------

@pytest.mark.parametrize("text", [
    "The mayor rightly said that the town should keep the ferry pact.",
    "The mayor has correctly argued that the town should keep the ferry pact.",
    "The mayor said that the town should keep the ferry pact, and she was right.",
    "The mayor said that the town should keep the ferry pact, and she was quite right.",
    "The mayor said that the town should keep the ferry pact, and rightly so.",
])
def test_a_saying_the_writer_endorses_is_the_writers(text):
    stance = _read(text)
    assert stance is not None and stance.attribution == "author" and stance.polarity == 1, stance


def test_a_verdict_in_an_endorsed_saying_keeps_its_sign():
    stance = _read("The mayor rightly argued that the ferry pact is a failure.")
    assert stance is not None and stance.attribution == "author" and stance.polarity == -1, stance


@pytest.mark.parametrize("text", [
    "The mayor said that the town should keep the ferry pact.",
    "The mayor said that the town should keep the ferry pact, and that is not right.",
    # an endorsement of another clause, and a saying denied
    "The mayor argued that the town should keep the ferry pact, but the council rejected her plea, and rightly so.",
    "No one can rightly argue that the ferry pact is a failure.",
])
def test_a_saying_the_writer_does_not_endorse_stays_reported(text):
    stance = _read(text)
    assert stance is not None and stance.attribution == "reported", stance


def test_quite_is_no_word_of_quitting():
    # ("quite" stems as "quit"; the cue is dropped after the scan, and the stems stay as the learned judge knows them)
    stance = _read("The mayor said that the town should keep the ferry pact, and she was quite right.")
    assert stance is not None and "quit" not in str(stance.cues), stance
    stance = _read("The town should quit the ferry pact.")
    assert stance is not None and stance.polarity == -1, stance


@pytest.mark.parametrize("text, polarity", [
    ("The town must avoid protectionism.", 1),
    ("Resisting protectionism is essential for the town.", 1),
    ("The new agreement is a severe blow to protectionism.", 1),
    ("The town must not retreat into protectionism.", 1),
])
def test_an_act_upon_a_doctrine_reads_for_the_issue(text, polarity):
    stance = _read(text, "protectionism")
    assert stance is not None and stance.polarity == polarity, stance


def test_a_doctrine_named_beside_the_issues_good_is_not_turned():
    text = "Protectionism is rising, but free trade remains the best path for the town."
    spans = span(text, "Protectionism") + span(text, "free trade")
    stance = extract_for_issues(text, {"trade": spans}).get("trade")
    assert stance is not None and stance.polarity == 1, stance


@pytest.mark.parametrize("text", ["The ferry pact is eroding", "The ferry pact must face"])
def test_a_sentence_ending_on_a_verb_of_harm_reads_without_error(text):
    _read(text)     # (no full stop after the verb: the object looked for runs past the end)


# --- cases a second pass of review raised -------------------------------------------------------------------------

@pytest.mark.parametrize("text, words", [
    # a stand against the doctrine, whatever judges the stand
    ("The fight against protectionism is essential for the town.", "protectionism"),
    ("The town's opposition to protectionism is commendable.", "protectionism"),
    ("Countering isolationism in the port is crucial for the town.", "isolationism"),
    # averting a doctrine or its measures
    ("The port must avoid isolationism at all costs.", "isolationism"),
    ("The town must avoid protectionist measures.", "protectionist"),
])
def test_a_stand_against_a_doctrine_reads_for_the_issue(text, words):
    stance = _read(text, words)
    assert stance is not None and stance.polarity == 1, stance


def test_a_view_its_followers_hold_is_not_turned():
    stance = _read("Isolationists think the ferry pact is a costly mistake.", "Isolationists")
    assert stance is None or stance.attribution == "reported", stance
    assert stance is None or not any(str(cue).startswith("judges its opposite:")
                                     for cue in stance.cues.get("polarity", [])), stance


@pytest.mark.parametrize("text", [
    # a premise in a participle describes the subject, which the writer judges
    "Policies based on the assumption that the ferry pact would fail have failed.",
    "The plan, premised on the notion that the ferry pact would weaken, was a mistake.",
])
def test_a_premise_in_a_participle_leaves_the_verdict_the_writers(text):
    stance = _read(text)
    assert stance is not None and stance.attribution == "author", stance


@pytest.mark.parametrize("text", [
    "The rival port confronted the ferry pact with new threats, a reckless gamble.",
    "The ferry pact's public face has been badly damaged.",
])
def test_harm_brought_on_another_or_the_noun_face_is_no_harm_it_faces(text):
    stance = _read(text)
    assert stance is None or "faces" not in str(stance.cues.get("polarity")) and \
        "confronted" not in str(stance.cues.get("polarity")), stance


def test_a_closing_endorsement_judges_nothing_of_its_own():
    stance = _read("The mayor said that the ferry pact is obsolete, and she was right.")
    assert stance is not None and stance.attribution == "author" and stance.polarity == -1, stance


def test_a_framing_names_every_quality_joined_by_and():
    stance = _read("The rival port frames the ferry pact as a dangerous and destabilizing force.")
    assert stance is not None and stance.attribution == "reported", stance


# --- cases a third pass of review raised ----------------------------------------------------------------------------

@pytest.mark.parametrize("text, words, polarity", [
    # a later word denies the verdict; a judging word of another verb's object
    ("Protectionism benefits nobody in the town.", "Protectionism", 1),
    ("Isolationism would spare the port costly wars abroad.", "Isolationism", -1),
    ("Protectionism answers a real threat to the ferry jobs.", "Protectionism", -1),
])
def test_only_a_verdict_predicated_of_the_doctrine_is_turned(text, words, polarity):
    stance = _read(text, words)
    assert stance is not None and stance.polarity == polarity, stance
    assert not any(str(cue).startswith("judges its opposite:") for cue in stance.cues.get("polarity", [])), stance


@pytest.mark.parametrize("text", [
    "The plan was based on the assumption that the ferry pact is vital, which is wrong.",
    "The plan was based on the assumption that the ferry pact is vital \u2014 a dangerous illusion.",
    "The rival port frames the ferry pact as a threat to cover its own dangerous expansion.",
])
def test_the_writers_answer_after_a_premise_or_a_framing_stays_the_writers(text):
    stance = _read(text)
    assert stance is not None and stance.attribution == "author", stance


@pytest.mark.parametrize("text", [
    "The mayor argued that the ferry pact is obsolete, and her critics were right.",
    "The mayor was properly told that the ferry pact is vital.",
])
def test_an_endorsement_of_others_or_a_manner_endorses_no_saying(text):
    stance = _read(text)
    assert stance is not None and stance.attribution == "reported", stance


@pytest.mark.parametrize("text", ["the counteroffensive needs more support", "the withdrawal needs careful planning"])
def test_needs_after_a_noun_in_al_or_ive_is_the_verb(text):
    words = text.split()
    assert not needs_as_a_noun(words, words.index("needs"))
