"""A call to leave or exit a pact, a reproach someone made, news passed on in the passive, demands voiced, a reason
given as a pretext, and a thing set aside for another ("not X but Y"): classes of real commentaries the rules read
in the wrong direction, or as the writer's own. Each case is told with invented sentences."""

from __future__ import annotations

import pytest

from compare.positions import extract_for_issues
from conftest import span


def _read(text: str, words: str = "ferry pact"):
    return extract_for_issues(text, {"ferry": span(text, words)}).get("ferry")


# --- a call to leave or exit a pact ----------------------------------------------------------------------------------

@pytest.mark.parametrize("text, cue", [
    ("The town should leave the ferry pact.", "leave"),
    ("The town should exit the ferry pact.", "exit"),
    ("The town must simply leave the ferry pact, and soon.", "leave"),
])
def test_a_call_to_leave_a_pact_is_against_it(text, cue):
    stance = _read(text)
    assert stance is not None and stance.polarity == -1 and stance.cues["polarity"] == [cue], stance


@pytest.mark.parametrize("text", [
    "The town must never leave the ferry pact.",
    "The town should not exit the ferry pact.",
])
def test_a_call_not_to_leave_a_pact_is_for_it(text):
    stance = _read(text)
    assert stance is not None and stance.polarity == 1 and stance.cues["polarity"][0].startswith("not "), stance


@pytest.mark.parametrize("text", [
    "The town should leave the ferry pact in place.",           # (left as it is)
    "The town should leave the ferry pact to the mayors.",      # (left to someone)
    "The town should leave the ferry pact alone.",
    "The town should leave the ferry pact talks for later.",
    "The town should leave the door open to the ferry pact.",   # (another object)
])
def test_leaving_a_pact_be_is_no_call_to_leave_it(text):
    stance = _read(text)
    assert stance is not None and stance.polarity == 1 and stance.cues.get("polarity") in (None, []), stance


# --- a reproach someone made -----------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "The mayor faulted the port for undermining the ferry pact.",
    "The council rebuked the port for its reckless attacks on the ferry pact.",
    "The mayor took issue with the port over its damaging attacks on the ferry pact.",
])
def test_a_reproach_told_of_someone_is_theirs(text):
    stance = _read(text)
    assert stance is not None and stance.attribution == "reported", stance


# --- news passed on in the passive ------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Progress was reported in the ferry pact talks.",
    "Progress has been reported on the ferry pact since May.",
])
def test_progress_reported_in_the_passive_is_news_passed_on(text):
    stance = _read(text)
    assert stance is not None and stance.attribution == "reported", stance


def test_a_verdict_after_the_news_passed_on_is_the_writers():
    stance = _read("No progress was reported on the ferry pact, which is a failure of diplomacy.")
    assert stance is not None and stance.attribution == "author" and stance.polarity == -1, stance


# --- demands voiced --------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Demands were made that the town should abandon the ferry pact.",
    "Calls have grown in the council that the town should abandon the ferry pact.",
    "There were calls that the town should abandon the ferry pact.",
    "There are calls within the council that the town should abandon the ferry pact.",
])
def test_a_demand_voiced_is_the_demanders(text):
    stance = _read(text)
    assert stance is not None and stance.attribution == "reported", stance


@pytest.mark.parametrize("text", [
    "My suggestion is that the town should abandon the ferry pact.",
    "Our proposals are that the town should abandon the ferry pact.",
])
def test_the_writers_own_suggestion_stays_the_writers(text):
    stance = _read(text)
    assert stance is not None and stance.attribution == "author" and stance.polarity == -1, stance


# --- a reason given as a pretext -------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "On the pretext of containing the ferry pact's dangerous loopholes, the port has raised its tolls.",
    "Under the guise of fixing the ferry pact's harmful flaws, the port has raised its tolls.",
    "Using the ferry pact's failures as a pretext, the port has raised its tolls.",
])
def test_a_judging_word_inside_a_pretext_is_no_verdict(text):
    assert _read(text) is None


def test_a_verdict_outside_the_pretext_still_judges():
    stance = _read("The port raised its tolls on the pretext of security, and the ferry pact is failing.")
    assert stance is not None and stance.polarity == -1, stance


# --- a thing set aside for another -----------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "The real danger to the coast is not the ferry pact but the port's tolls.",
    "The threat comes not from the ferry pact, a fading scheme, but from the port.",
])
def test_a_name_set_aside_for_another_thing_takes_no_verdict(text):
    assert _read(text) is None


@pytest.mark.parametrize("text, polarity", [
    ("The towns should back not only the ferry pact but also the port.", 1),        # (both kept)
    ("Unity is not a burden on the ferry pact but its foundation.", 1),             # (the name inside the phrase)
])
def test_a_name_kept_beside_another_or_inside_a_phrase_is_read(text, polarity):
    stance = _read(text)
    assert stance is not None and stance.polarity == polarity, stance


def test_a_pretext_ends_at_the_predicate_that_judges_the_course():
    stance = _read("Scrapping the ferry pact under the pretext of security cannot help maintain stability.")
    assert stance is not None and stance.polarity == 1 and "not stability" in stance.cues["polarity"], stance


# --- guards asked for by review ------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, polarity", [
    ("The town must never leave its ferry pact with the port.", 1),
    ("The town should leave the ferry pact with the port.", -1),
    ("The town should leave the ferry pact for good.", -1),
    ("The town should leave the ferry pact as soon as possible.", -1),
])
def test_a_leaving_with_more_words_after_the_pact_is_still_a_leaving(text, polarity):
    stance = _read(text)
    assert stance is not None and stance.polarity == polarity and "leave" in stance.cues["polarity"][0], stance


@pytest.mark.parametrize("text, words", [
    ("The allies should leave Westport no choice but to negotiate.", "Westport"),     # (a party, not a pact)
    ("Occupying forces must leave Westport.", "Westport"),                            # (a place left)
    ("The council should leave the ferry pact undisturbed.", "ferry pact"),           # (a state it is left in)
    ("The council should leave the ferry pact as it is.", "ferry pact"),
])
def test_leaving_a_party_or_a_place_or_letting_a_pact_be_is_no_leaving_of_it(text, words):
    stance = _read(text, words)
    assert stance is not None and stance.polarity == 1 and not stance.cues.get("polarity"), stance


@pytest.mark.parametrize("text", [
    "The ferry pact has failed; heavy losses were reported on both sides.",
    "The ferry pact talks have stalled, and no progress has been reported since.",
    "The ferry pact is a failure, as has been reported in this column.",
])
def test_a_news_passive_after_the_writers_own_clause_leaves_it_the_writers(text):
    stance = _read(text)
    assert stance is not None and stance.attribution == "author" and stance.polarity == -1, stance


def test_a_news_passive_with_an_adverb_is_news_passed_on():
    stance = _read("Progress was also reported on the ferry pact.")
    assert stance is not None and stance.attribution == "reported", stance


@pytest.mark.parametrize("text", [
    "Rebuked by the port, the council has since weakened the ferry pact.",     # (an opening participle)
    "The mayor rightly faulted the port for undermining the ferry pact.",      # (a reproach the writer endorses)
])
def test_a_reproach_undergone_or_endorsed_leaves_the_sentence_the_writers(text):
    stance = _read(text)
    assert stance is not None and stance.attribution == "author" and stance.polarity == 1, stance


def test_critics_taking_issue_hold_their_own_view():
    stance = _read("Many critics take issue with the ferry pact, calling it harmful.")
    assert stance is not None and stance.attribution == "reported", stance


@pytest.mark.parametrize("text", [
    "Proposals that the town should strengthen the ferry pact deserve support.",      # (judged by the writer)
    "Demands made by Westport mean that the ferry pact must be strengthened.",      # (a verb of its own)
])
def test_a_demand_the_sentence_goes_on_to_judge_or_infer_from_is_the_writers(text):
    stance = _read(text)
    assert stance is not None and stance.attribution == "author" and stance.polarity == 1, stance


def test_growing_calls_are_the_callers():
    stance = _read("There are growing calls that the town should abandon the ferry pact.")
    assert stance is not None and stance.attribution == "reported", stance


def test_a_pretext_with_no_comma_to_close_it_leaves_the_main_verb_judging():
    stance = _read("Tolls imposed on the pretext of security undermine the ferry pact.")
    assert stance is not None and stance.polarity == 1, stance


@pytest.mark.parametrize("text", [
    "The gravest danger is not a resurgent ferry pact but the port.",          # (a describing word before the name)
    "The town should impose tolls not on the ferry pact but on the port.",     # (a call with no judging word)
])
def test_a_described_name_or_a_calls_object_set_aside_takes_no_reading(text):
    assert _read(text) is None


def test_a_name_set_aside_only_as_not_alone_is_read():
    stance = _read("The threat comes not from the ferry pact alone but from the port as well.")
    assert stance is not None and stance.polarity == -1, stance


@pytest.mark.parametrize("text", [
    "The townsfolk got angry and demands were made that the town should abandon the ferry pact.",
    "The mayor spoke and calls grew that the town should abandon the ferry pact.",
])
def test_a_demand_voiced_in_a_joined_clause_is_the_demanders(text):
    stance = _read(text)
    assert stance is not None and stance.attribution == "reported", stance


def test_a_joined_demand_after_the_writers_verdict_leaves_the_sentence_the_writers():
    stance = _read("The ferry pact failed badly and demands were made that the town should strengthen it.")
    assert stance is not None and stance.attribution == "author", stance


# --- guards asked for by the second review pass ----------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "The next mayor must leave the ferry pact stronger than he found it.",
    "The council should leave the ferry pact on the table.",
    "The council should leave the ferry pact in the hands of the mayors.",
])
def test_a_pact_left_in_a_state_or_to_someone_is_no_leaving(text):
    stance = _read(text)
    assert stance is not None and stance.polarity == 1 and not stance.cues.get("polarity"), stance


@pytest.mark.parametrize("text, words", [
    ("The allies should leave the DPRK no choice but to negotiate.", "DPRK"),     # (initials of a party)
    ("The president should leave the TPP summit early.", "TPP"),                  # (the initials name another thing)
])
def test_initials_of_a_party_or_of_another_thing_are_no_pact_left(text, words):
    stance = _read(text, words)
    assert stance is not None and stance.polarity == 1 and not stance.cues.get("polarity"), stance


@pytest.mark.parametrize("text", [
    "The council should therefore leave the ferry pact.",
    "The council should leave the ferry pact in protest.",
])
def test_a_leaving_after_an_adverb_or_in_protest_is_against_the_pact(text):
    stance = _read(text)
    assert stance is not None and stance.polarity == -1 and stance.cues["polarity"] == ["leave"], stance


@pytest.mark.parametrize("text", [
    "Few would take issue with the ferry pact, a great success.",     # (a concession)
    "The town, sharply rebuked by the port for its tolls, has since weakened the ferry pact.",
])
def test_a_concession_or_a_reproach_undergone_mid_sentence_stays_the_writers(text):
    stance = _read(text)
    assert stance is not None and stance.attribution == "author" and stance.polarity == 1, stance


def test_a_thing_claimed_as_something_is_no_news_passed_on():
    stance = _read("The ferry pact's illegal expansion was claimed by Westport as a homecoming.")
    assert stance is not None and stance.attribution == "author", stance


# --- guards asked for by the second review pass of the demands, pretexts and names set aside ---------------------------

@pytest.mark.parametrize("text", [
    "Calls that the town should answer the port's repeated attacks on the ferry pact with tolls deserve support.",
    "Proposals that the town should abandon the ferry pact ignore its growing benefits.",
])
def test_a_bare_demand_opening_the_sentence_may_be_what_the_writer_judges(text):
    stance = _read(text)
    assert stance is not None and stance.attribution == "author", stance


@pytest.mark.parametrize("text", [
    "Tolls imposed on the pretext of security undermine the ferry pact, and the town should oppose them.",
    "Westport has abandoned any pretence of restraining its illegal tolls on the ferry pact, as its figures show.",
])
def test_a_pretext_mid_sentence_or_a_pretence_as_a_false_show_leaves_the_verdict(text):
    assert _read(text) is not None


@pytest.mark.parametrize("text", [
    "The war has not weakened the ferry pact but strengthened it.",        # (a verb, not a describing word)
    "Unity is not an impediment to the ferry pact but its foundation.",    # (a noun in -ment)
    "The town should not give the ferry pact up but reform it.",           # (a short verb)
])
def test_verbs_and_nouns_before_the_name_are_no_describing_words(text):
    assert _read(text) is not None


# --- guards asked for by the third review pass ---------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "The town should leave the ferry pact in the coming months.",
    "The town should leave the ferry pact in favour of bilateral deals.",
    "The town should leave the ferry pact more quickly than planned.",
])
def test_a_leaving_with_a_time_or_a_manner_after_the_pact_is_still_a_leaving(text):
    stance = _read(text)
    assert stance is not None and stance.polarity == -1 and stance.cues["polarity"] == ["leave"], stance


@pytest.mark.parametrize("text, words, polarity", [
    ("The council should exit the FPA unilaterally.", "FPA", -1),     # (a body's initials, not a listed one)
    ("The council should not exit the FPA.", "FPA", 1),
])
def test_any_bodys_initials_ending_the_object_are_left(text, words, polarity):
    stance = _read(text, words)
    assert stance is not None and stance.polarity == polarity and "exit" in stance.cues["polarity"][0], stance


def test_critics_taking_issue_in_the_present_hold_their_view():
    stance = _read("Critics take issue with the ferry pact's costly rules.")
    assert stance is not None and stance.attribution == "reported", stance


@pytest.mark.parametrize("text", [
    "But on the pretext of fixing the ferry pact's harmful flaws, the port has raised its tolls.",
    "Under the flimsy pretext of fixing the ferry pact's harmful flaws, the port has raised its tolls.",
])
def test_a_pretext_after_a_linking_word_or_with_an_adjective_gives_no_verdict(text):
    assert _read(text) is None


def test_a_bare_demand_said_to_swell_by_the_main_verb_is_the_demanders():
    stance = _read("Calls that the town should quit the ferry pact are mounting.")
    assert stance is not None and stance.attribution == "reported", stance


def test_a_name_described_by_a_participle_after_a_determiner_is_set_aside():
    assert _read("The greatest threat is not an isolated ferry pact but the port.") is None


def test_progress_reported_for_the_first_time_is_news_passed_on():
    stance = _read("Progress was reported for the first time in the ferry pact talks.")
    assert stance is not None and stance.attribution == "reported", stance


# --- harm done to a share of the pacts, and "undercut" (from the readers' verdicts on the unseen batches) ------------

@pytest.mark.parametrize("text", [
    "These tolls undermine two of our most important ferry pacts.",        # (a share of them, before the name)
    "The tolls weaken one of the ferry pacts.",
    "The tolls undercut the ferry pact.",                                  # (a verb of damage)
    "These tolls undercut two of our most important ferry pacts in the region at a time when we need them most.",
])
def test_harm_done_to_a_share_of_the_pacts_or_undercutting_them_is_harm_to_them(text):
    stance = _read(text, "ferry pacts" if "pacts" in text else "ferry pact")
    assert stance is not None and stance.polarity == 1 and "harm to it" in stance.cues["polarity"][0], stance


@pytest.mark.parametrize("text", [
    "The tolls weaken one of the port's claims against the ferry pact.",      # (the share is another thing's)
    "The tolls hurt two of the towns near the ferry pact terminal.",          # (a share of towns, near it)
])
def test_a_share_of_another_thing_is_no_harm_to_the_pact(text):
    stance = _read(text)
    assert stance is not None and stance.polarity == -1 and "harm to it" not in str(stance.cues["polarity"]), stance


@pytest.mark.parametrize("text", [
    "The new report undercuts the case for the ferry pact.",           # (the reasoning for it, not the pact)
    "These figures undermine the argument for the ferry pact.",
    "The audit undercuts the rationale of the ferry pact.",
])
def test_harm_to_the_case_for_a_pact_tells_against_it(text):
    stance = _read(text)
    assert stance is not None and stance.polarity == -1 and "harm to it" not in str(stance.cues["polarity"]), stance


@pytest.mark.parametrize("text, words", [
    ("The ferry pact was undercut by the new tolls.", "ferry pact"),                   # (a passive of damage)
    ("The new tolls will weaken a few of our most important ferry pacts.", "ferry pacts"),
    ("The new tolls will weaken five of our most important ferry pacts.", "ferry pacts"),
])
def test_a_passive_undercut_and_more_shares_are_harm_to_it(text, words):
    stance = _read(text, words)
    assert stance is not None and stance.polarity == 1 and "harm to it" in stance.cues["polarity"][0], stance


@pytest.mark.parametrize("text, words", [
    ("Consider the harm some of the region's older ferry pacts have done.", "ferry pacts"),   # (the share does harm)
    ("The new tolls will hurt few of the region's small ferry pact towns.", "ferry pact"),    # (almost none)
])
def test_a_share_that_does_the_harm_or_almost_none_is_no_harm_to_it(text, words):
    stance = _read(text, words)
    assert stance is not None and stance.polarity == -1 and "harm to it" not in str(stance.cues["polarity"]), stance


def test_harm_to_the_basis_of_a_pact_is_harm_to_it():
    stance = _read("The tolls undermine the basis of the ferry pact.")     # (its foundation, no argument for it)
    assert stance is not None and stance.polarity == 1 and "harm to it" in stance.cues["polarity"][0], stance
