"""A thing that has not come about, a claim made "ostensibly", a hindsight "could have just...", a stance someone has
not backed down on, people named as members of a body who saw flaws, a verdict on leaving or on moving a thing away,
and a wish opened by its means ("By adopting the charter, the board wants..."): classes of real commentaries the rules
read as the writer's own, or in the wrong direction. Each case is told with invented sentences."""

from __future__ import annotations

import pytest

from compare.positions import extract_for_issues
from conftest import span


def _read(text: str, words: str = "ferry pact"):
    return extract_for_issues(text, {"ferry": span(text, words)}).get("ferry")


# --- what has not come about, and a view that has not come true ------------------------------------------------------

@pytest.mark.parametrize("text", [
    "The ferry pact had not become a reality.",
    "The ferry pact has not come true.",
])
def test_a_thing_that_has_not_come_about_gives_up_no_view(text):
    assert _read(text) is None


@pytest.mark.parametrize(("text", "fate"), [
    ("The hope that the ferry pact would bring peace has not become a reality.", "abandoned"),
    ("My fear that the ferry pact would collapse has not come true.", "eased"),
    ("I had thought the ferry pact would survive, but that has not come true.", "abandoned"),
])
def test_a_hope_a_fear_or_the_writers_view_not_come_true_keeps_its_fate(text, fate):
    stance = _read(text)
    assert stance is not None and stance.cues["shift"][0] == fate, stance


# --- "ostensibly" -----------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "The ferry pact ostensibly benefits both towns.",
    "Ostensibly, the ferry pact benefits both towns.",
])
def test_what_a_thing_ostensibly_does_is_not_the_writers_verdict(text):
    stance = _read(text)
    assert stance is not None and stance.attribution == "reported", stance


def test_what_a_thing_does_without_ostensibly_stays_the_writers():
    stance = _read("The ferry pact benefits both towns.")
    assert stance is not None and stance.attribution == "author" and stance.polarity == 1, stance


# --- what could have been done, in hindsight -------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "The mayor could have just kept the ferry pact on the back burner.",
    "The mayor could have simply kept the ferry pact alive.",
])
def test_what_could_have_been_done_past_an_adverb_is_no_forecast(text):
    assert _read(text) is None


def test_what_could_still_be_done_stays_a_forecast():
    stance = _read("The mayor could just keep the ferry pact alive.")
    assert stance is not None and stance.kind == "prediction", stance


# --- a stance held by someone else -----------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "While Westport is hoping for a deal, Eastport has not backed down on its stance that the ferry pact should be "
    "scrapped.",
    "Eastport has not backed down on its stance that the ferry pact should be scrapped.",
])
def test_a_stance_someone_keeps_to_holds_their_call_not_the_writers(text):
    assert _read(text) is None


def test_a_hope_the_writer_calls_to_abandon_stays_the_writers_call():
    # (an opening clause of time, then the call: its verb governs the noun's clause)
    stance = _read("While talks go on, the mayor should abandon the hope that the ferry pact can be saved.")
    assert stance is not None and stance.attribution == "author" and stance.kind == "prescription", stance
    assert stance.polarity == -1, stance


def test_an_idea_the_writer_calls_to_build_on_stays_the_writers_call():
    stance = _read("We should build on the idea that the ferry pact must be saved.")
    assert stance is not None and stance.attribution == "author" and stance.polarity == 1, stance


# --- flaws seen by members of a body ---------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Members of both parties in the council saw too many flaws in the ferry pact.",
    "The ferry pact sounded great, but members of both parties saw too many flaws in it.",
    "The ferry pact sounded great, but critics saw too many flaws in it.",
])
def test_flaws_seen_by_people_named_by_kind_are_their_view(text):
    stance = _read(text)
    assert stance is not None and stance.attribution == "reported", stance


def test_flaws_seen_by_others_that_the_writer_agrees_with_are_the_writers():
    stance = _read("The ferry pact sounded great, but critics saw too many flaws in it, and I agree.")
    assert stance is not None and stance.attribution == "author" and stance.polarity == -1, stance


def test_a_call_on_members_of_a_body_stays_the_writers():
    stance = _read("Members of the council should see the ferry pact as a chance.")
    assert stance is not None and stance.attribution == "author" and stance.kind == "prescription", stance


# --- a verdict on leaving a thing, or on moving it away ----------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Leaving the ferry pact would hurt the towns.",
    "Exiting the ferry pact was a grave mistake.",
])
def test_a_verdict_against_leaving_is_for_what_is_left(text):
    stance = _read(text)
    assert stance is not None and stance.polarity == 1, stance


def test_harm_to_the_thing_named_after_a_leaving_of_something_else_stays_harm_to_it():
    stance = _read("Leaving the talks to the experts would hurt the ferry pact.")
    assert stance is not None and stance.polarity == 1, stance


@pytest.mark.parametrize("text", [
    "Any plans to redeploy the ferry fleet from Westport would be exactly the wrong thing to do.",
    "Relocating the ferry fleet from Westport to Eastport would be a mistake.",
])
def test_a_verdict_against_moving_a_thing_away_is_for_it_where_it_is(text):
    stance = _read(text, "ferry fleet")
    assert stance is not None and stance.polarity == 1, stance


def test_a_verdict_against_moving_a_thing_to_a_place_is_against_the_move():
    stance = _read("Redeploying the ferry fleet to Westport would be a mistake.", "ferry fleet")
    assert stance is not None and stance.polarity == -1, stance


# --- a wish opened by its means ----------------------------------------------------------------------------------------

def test_a_wish_after_an_opening_of_means_is_the_wishers():
    stance = _read("By adopting the charter, the harbour board wants to remind everyone that the ferry pact should "
                   "never be forgotten.")
    assert stance is not None and stance.attribution == "reported", stance


def test_the_writers_wish_after_an_opening_of_means_stays_the_writers():
    stance = _read("By adopting the charter, we want to show that the ferry pact must be defended.")
    assert stance is not None and stance.attribution == "author" and stance.polarity == 1, stance


# --- a harm named as what it is for the thing ------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "The tolls spell trouble for the ferry pact.",
    "The tolls are a setback for the ferry pact.",
    "The tolls are bad news for the ferry pact.",
    "The tolls are a disaster for the ferry pact.",
])
def test_a_harm_for_the_thing_named_is_harm_done_to_it(text):
    stance = _read(text)
    assert stance is not None and stance.polarity == 1, stance


@pytest.mark.parametrize("text", [
    # (the thing named is the harm's subject; "for" opening an infinitive's subject names no one harmed)
    "The ferry pact is a problem for the towns.",
    "It would be a mistake for the council to renew the ferry pact.",
])
def test_a_harm_the_thing_is_or_a_mistake_for_someone_stays_against_it(text):
    stance = _read(text)
    assert stance is not None and stance.polarity == -1, stance


# --- "the problem is twofold" ----------------------------------------------------------------------------------------

def test_a_count_of_the_parts_to_come_is_no_verdict():
    assert _read("The ferry pact's problem is twofold.") is None


# --- a negation inside a denied view ---------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "That does not mean the town should not defend the ferry pact.",
    "But that does not mean it should not be able to protect the ferry pact.",
    # (past the denied view's own "that")
    "This does not mean that the town should not defend the ferry pact.",
])
def test_a_call_not_to_act_denied_is_for_the_act(text):
    stance = _read(text)
    assert stance is not None and stance.kind == "prescription" and stance.polarity == 1, stance


def test_a_negation_in_another_clause_after_a_denied_view_is_its_own():
    stance = _read("I have never believed that the ferry pact was good for the towns, and I am glad nobody is "
                   "pushing to revive it.")
    assert stance is not None and stance.polarity == -1, stance


# --- a need known at a time gone by ----------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "We had always known that the ferry pact would need more funding.",
    "It was clear that the ferry pact would need more funding.",
])
def test_a_need_known_then_is_no_call(text):
    assert _read(text) is None


@pytest.mark.parametrize("text", [
    "The ferry pact would need more funding.",
    "It is clear that the ferry pact would need more funding.",
])
def test_a_need_told_now_stays_a_call(text):
    stance = _read(text)
    assert stance is not None and stance.kind == "prescription", stance


# --- what a comparison of worth puts above the rest ------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "The toll is less important than the future of the ferry pact.",
    "Nothing is more important than the ferry pact.",
])
def test_what_is_valued_above_the_rest_is_valued(text):
    stance = _read(text)
    assert stance is not None and stance.polarity == 1, stance


def test_what_is_set_below_the_rest_stays_set_below():
    stance = _read("The ferry pact is less important than the toll.")
    assert stance is not None and stance.polarity == -1, stance


# --- a mention that modifies a noun in the subject, and the same thing harmed later -----------------------------------

def _read_twice_named(text: str, first: str, second: str = "ferry pact"):
    a, b = text.index(first), text.rindex(second)
    return extract_for_issues(text, {"ferry": ((a, a + len(first)), (b, b + len(second)))}).get("ferry")


def test_harm_to_the_thing_named_later_speaks_over_a_modifier_in_the_subject():
    stance = _read_twice_named("The board's quarrelsome stance towards ferry cost-sharing spells trouble for the "
                               "ferry pact.", "ferry")
    assert stance is not None and stance.polarity == 1, stance


def test_a_verdict_on_dealings_with_the_thing_named_stays_on_them():
    # (the subject's phrase is headed by the name: "courtship of the ferry pact")
    stance = _read_twice_named("The board's courtship of the ferry pact might weaken the ferry pact.", "ferry pact")
    assert stance is not None and stance.polarity == -1, stance


# --- the worth of looking back ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "It is useful to reflect on what happened to the ferry pact.",
    "It would also be instructive to look back at the ferry pact.",
])
def test_the_worth_of_looking_back_is_no_verdict(text):
    assert _read(text) is None


@pytest.mark.parametrize("text", [
    "It is important to strengthen the ferry pact.",
    "It is useful to keep the ferry pact alive.",
])
def test_the_worth_of_a_course_stays_a_position(text):
    stance = _read(text)
    assert stance is not None and stance.polarity == 1, stance


# --- guards asked for by review --------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "words", "polarity"), [
    # (a thing left as it is, not a leaving)
    ("Leaving the ferry tolls in place would be a grave mistake.", "ferry tolls", -1),
    ("Leaving the ferry pact intact would be wise.", "ferry pact", 1),
])
def test_a_thing_left_as_it_is_is_no_leaving(text, words, polarity):
    stance = _read(text, words)
    assert stance is not None and stance.polarity == polarity, stance


def test_the_place_a_thing_moves_to_is_not_left():
    stance = _read("Relocating the fleet from Westport to the ferry pact's new harbour is the right decision.",
                   "ferry pact")
    assert stance is not None and stance.polarity == 1, stance


@pytest.mark.parametrize("text", [
    "The ferry pact, ostensibly a trade deal, is in fact a dangerous security arrangement.",
    "The ferry pact is ostensibly a trade deal but really a dangerous security arrangement.",
])
def test_ostensibly_in_passing_leaves_the_writers_verdict(text):
    stance = _read(text)
    assert stance is not None and stance.attribution == "author" and stance.polarity == -1, stance


@pytest.mark.parametrize("text", [
    "The council should stand firm on its position that the ferry pact must be renewed.",
    "The mayor is right to insist on her view that the ferry pact must be renewed.",
])
def test_a_stance_the_writer_calls_to_keep_to_or_endorses_is_the_writers(text):
    stance = _read(text)
    assert stance is not None and stance.attribution == "author" and stance.polarity == 1, stance


@pytest.mark.parametrize("text", [
    "The ferry pact sounded costly, but many rightly see the ferry pact as a vital lifeline.",
    "Members of the council with doubts about the ferry pact should speak up now.",
])
def test_a_view_endorsed_or_a_noun_of_doubt_is_no_view_of_others(text):
    stance = _read(text)
    assert stance is not None and stance.attribution == "author", stance


@pytest.mark.parametrize("text", [
    "Our ferry pact has not become a reality.",
    "Despite our efforts, the ferry pact has not become a reality.",
    "The critics' predictions about the ferry pact have not come true.",
])
def test_a_thing_or_anothers_forecast_not_come_about_gives_up_no_view_of_the_writers(text):
    assert _read(text) is None


def test_a_fear_told_with_a_verb_not_come_true_eases():
    stance = _read("We feared the ferry pact would collapse, but that has not come true.")
    assert stance is not None and stance.cues["shift"][0] == "eased", stance


@pytest.mark.parametrize("text", [
    "The ferry pact could have just seven members by 2030.",
    "The ferry pact may have very limited benefits.",
])
def test_a_number_or_a_degree_after_have_is_no_participle(text):
    stance = _read(text)
    assert stance is not None and stance.kind == "prediction", stance


# --- what the writer goes on to say, and a thing brought down to little ---------------------------------------------

def test_what_the_writer_will_point_out_is_no_pledge():
    stance = _read("We will, however, point out that the ferry pact has failed the towns.")
    assert stance is not None and stance.kind == "evaluation" and stance.polarity == -1, stance


def test_what_the_writer_would_argue_for_stays_a_proposal():
    stance = _read("I would argue for a stronger ferry pact.")
    assert stance is not None and stance.kind == "prescription" and stance.polarity == 1, stance


def test_a_thing_reduced_to_little_is_judged_badly():
    stance = _read("However, the ferry pact has been reduced to little more than a slogan.")
    assert stance is not None and stance.polarity == -1, stance


# --- motives described, an adversary's wants, a feeling stirred in a subject ------------------------------------------

def test_motives_described_are_no_verdict_on_what_they_are_behind():
    assert _read("The reasons for the mayor's visit to the ferry pact's harbour were deeply pragmatic.") is None


def test_what_an_adversary_needs_is_its_want_not_a_call():
    assert _read("Moscow urgently needs the ferry pact's ships and fuel.") is None


def test_what_the_writer_says_a_party_needs_stays_a_call():
    stance = _read("The council needs a stronger ferry pact.")
    assert stance is not None and stance.kind == "prescription", stance


def test_a_feeling_stirred_in_people_a_subject_names_is_theirs():
    stance = _read("The Chinese leadership is angered by the continued success of the ferry pact.")
    assert stance is not None and stance.attribution == "reported", stance


# --- guards asked for by the second review ---------------------------------------------------------------------------

def test_a_harm_from_a_subject_of_the_issues_own_conduct_stays_against_it():
    stance = _read_twice_named("The string of ferry pact missile tests destabilises the ferry pact.", "ferry pact")
    assert stance is not None and stance.polarity == -1, stance


def test_the_worth_of_weighing_a_course_ahead_stays_a_call():
    stance = _read("It is important to consider new funding for the ferry pact.")
    assert stance is not None and stance.kind == "prescription", stance


@pytest.mark.parametrize(("text", "polarity"), [
    # (a negation in a relative clause inside the denied view is its own)
    ("I do not think a ferry pact that does not cut tolls should be renewed.", -1),
    ("That does not mean the council should not abandon the ferry pact.", -1),
    # (a judging phrase that holds its own negation)
    ("I do not think the ferry pact is not worth saving.", 1),
])
def test_negations_inside_a_denied_view(text, polarity):
    stance = _read(text)
    assert stance is not None and stance.polarity == polarity, stance


@pytest.mark.parametrize("text", [
    "It must be understood that the ferry pact would need more funding to survive.",
    "It is well known that the ferry pact would need more funding.",
])
def test_a_need_known_now_stays_a_call(text):
    stance = _read(text)
    assert stance is not None and stance.kind == "prescription", stance


def test_a_need_that_became_clear_then_is_no_call():
    assert _read("It became clear that the ferry pact would need more funding.") is None


def test_a_problem_for_the_thing_to_solve_is_no_harm_done_to_it():
    stance = _read("The tolls are a problem for the ferry pact to solve.")
    assert stance is not None and stance.polarity == -1, stance


@pytest.mark.parametrize(("text", "polarity"), [
    ("The threat from the ferry pact is twofold.", -1),
    ("The benefits of the ferry pact are twofold.", 1),
])
def test_a_verdict_in_the_subject_of_a_count_of_parts_stays(text, polarity):
    stance = _read(text)
    assert stance is not None and stance.polarity == polarity, stance


@pytest.mark.parametrize("text", [
    "Nothing is less important than the ferry pact.",
    "Nothing is more urgent than ending the ferry pact.",
    "No doubt the tolls are more important than the ferry pact.",
])
def test_what_is_set_below_everything_or_acted_on_is_not_valued_above(text):
    assert _read(text) is None


# --- guards asked for by the third review ----------------------------------------------------------------------------

def test_a_stance_someone_is_forecast_to_keep_to_stays_theirs():
    assert _read("Eastport will not back down on its stance that the ferry pact should be scrapped.") is None


def test_examining_a_question_is_no_call():
    assert _read("It is important to understand why the ferry pact collapsed.") is None


def test_understanding_a_thing_to_defend_it_stays_a_call():
    stance = _read("It is important to understand the ferry pact and defend it.")
    assert stance is not None and stance.kind == "prescription", stance


@pytest.mark.parametrize(("text", "polarity"), [
    ("Public trust is shaken by the failure of the ferry pact.", -1),
    ("Regional stability is shaken by the collapse of the ferry pact.", 1),
])
def test_a_thing_shaken_is_no_feeling_of_people(text, polarity):
    stance = _read(text)
    assert stance is not None and stance.attribution == "author" and stance.polarity == polarity, stance


def test_harm_for_a_thing_past_a_comma_and_to_say_stays_harm_to_it():
    stance = _read("The tolls are a setback for the ferry pact, to say the least.")
    assert stance is not None and stance.polarity == 1, stance


@pytest.mark.parametrize("text", [
    "No relationship is more important than the ferry pact.",
    "The toll is less important than a healthy ferry pact.",
    "The toll is less important than preserving the ferry pact.",
])
def test_rankings_of_worth_that_set_the_thing_above(text):
    stance = _read(text)
    assert stance is not None and stance.polarity == 1, stance


def test_a_leaving_that_damages_a_standing_is_still_a_leaving():
    stance = _read("Leaving the ferry pact would damage the town's standing.")
    assert stance is not None and stance.polarity == 1, stance


def test_a_need_realised_then_is_no_call():
    assert _read("We realised that the ferry pact would need more funding.") is None


def test_a_reason_given_in_a_clause_is_no_description_of_motives():
    stance = _read("The reason the ferry pact has survived is that it is fair and effective.")
    assert stance is not None and stance.polarity == 1, stance


def test_ostensibly_then_but_stays_anothers_claim():
    stance = _read("The ferry pact was ostensibly a success, but the towns have gained little.")
    assert stance is not None and stance.attribution == "reported", stance


def test_an_adversarys_want_past_still():
    assert _read("Moscow still needs the ferry pact's ships and fuel.") is None


def test_a_contracted_first_person_argues_for_the_writer():
    stance = _read("We'll argue that the ferry pact failed.")
    assert stance is not None and stance.attribution == "author", stance


def test_a_pledge_to_add_stays_a_pledge():
    stance = _read("We will add new ships to the ferry pact.")
    assert stance is not None and stance.kind == "commitment", stance


def test_we_in_an_aside_holds_no_view_that_failed():
    assert _read("As we have seen, the ferry pact has not become a reality.") is None
