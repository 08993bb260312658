"""A stand called for against a harmful measure or a doctrine, a need told of its needer, a nuclear standing accepted
in a that-clause, a view someone went on to state, an aim named by "for" and a gerund, goods named in dealings cut,
a second verb that takes the name as its object, and an adverb that judges an act of leaving: classes of real
commentaries the rules read in the wrong direction, or as the writer's own. Each case is told with invented
sentences."""

from __future__ import annotations

import pytest

from compare.positions import extract_for_issues
from conftest import span


def _read(text: str, words: str = "ferry pact"):
    return extract_for_issues(text, {"ferry": span(text, words)}).get("ferry")


# --- a stand against a harmful measure or a doctrine -----------------------------------------------------------------

@pytest.mark.parametrize("text, words", [
    ("The towns must resist protectionism.", "protectionism"),
    ("The towns must oppose protectionism.", "protectionism"),
    ("The council must reject the tariffs.", "tariffs"),
    ("The council should oppose the mayor's new tariffs.", "tariffs"),
    ("The islands must resist isolationist pressures in the capital.", "isolationist"),
    ("We will fight protectionism.", "protectionism"),
])
def test_a_call_to_stand_against_a_harmful_measure_is_for_the_issues_good(text, words):
    stance = _read(text, words)
    assert stance is not None and stance.polarity == 1 and "against the measure" in str(stance.cues["polarity"]), \
        stance


@pytest.mark.parametrize("text, words", [
    ("The council should reject tariff cuts.", "tariff"),           # (an easing of the measure is what is opposed)
    ("The council must reject calls for tariffs.", "tariffs"),      # (another object: the calls)
    ("Tariffs must be resisted.", "Tariffs"),                       # (the name before the call's words)
])
def test_a_stand_on_another_object_or_an_easing_is_no_stand_against_the_measure(text, words):
    stance = _read(text, words)
    assert stance is None or "against the measure" not in str(stance.cues.get("polarity")), stance


def test_rejecting_harmful_conduct_is_pressure_on_it():
    text = "The towns must reject the port's provocations."
    stance = extract_for_issues(text, {"port": span(text, "the port's")})["port"]
    assert stance.polarity == 1 and "against the harm: reject" in str(stance.cues["polarity"]), stance.cues


# --- a need told of its needer -------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Those ferry pact subsidies are unilaterally needed by the port side.",
    "These ferry pact concessions are needed by Westport.",
])
def test_a_need_told_of_its_needer_is_no_call(text):
    stance = _read(text)
    assert stance is None or stance.kind != "prescription", stance


@pytest.mark.parametrize("text", [
    "A new ferry pact is needed by 2030.",
    "A new ferry pact is needed by the end of the decade.",
    "A new ferry pact is needed by then.",
])
def test_a_need_by_a_deadline_stays_a_call(text):
    stance = _read(text)
    assert stance is not None and stance.kind == "prescription" and stance.polarity == 1, stance


# --- a nuclear standing accepted in a that-clause ------------------------------------------------------------------

@pytest.mark.parametrize("text, polarity", [
    ("The towns need to contemplate the unthinkable: accepting that the port is a nuclear state.", -1),
    ("The council must accept that the port is a nuclear power.", -1),
    ("The council must accept the fact that the port has become a de facto nuclear weapons state.", -1),
    ("The council must never accept that the port is a nuclear power.", 1),
])
def test_a_nuclear_standing_accepted_in_a_that_clause_is_conduct_tolerated(text, polarity):
    stance = extract_for_issues(text, {"port": span(text, "the port")})["port"]
    assert stance.polarity == polarity and "nuclear standing" in str(stance.cues["polarity"]), stance.cues


@pytest.mark.parametrize("text", [
    "The council must accept that the port is not a nuclear power yet.",      # (denied)
    "The council must recognize that the port is a nuclear power.",           # (a fact granted, not tolerated)
    "The council must accept that the port will talk.",                       # (no standing)
    "The council must accept that Japan is a nuclear power.",                 # (the writer's side)
])
def test_a_that_clause_that_states_no_standing_of_anothers_is_not_read_as_one(text):
    named = "Japan" if "Japan" in text else "the port"
    stance = extract_for_issues(text, {"port": span(text, named)}).get("port")
    assert stance is None or "nuclear standing" not in str(stance.cues.get("polarity")), stance


# --- a view someone went on to state -------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Lee goes on to say the ferry pact must be renewed because the islands depend on it.",
    "Lee went on to argue that the ferry pact must be renewed.",
])
def test_a_view_someone_went_on_to_state_is_theirs(text):
    stance = _read(text)
    assert stance is not None and stance.attribution == "reported", stance


def test_the_writers_own_course_is_no_report():
    stance = _read("I will go on to argue that the ferry pact must be renewed.")
    assert stance is not None and stance.attribution == "author", stance


# --- an aim named by "for" and a gerund ----------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "The government has been taking a two-track strategy for reaching a breakthrough on the ferry pact.",
    "The government has been taking a two-track strategy to reach a breakthrough on the ferry pact.",
])
def test_a_breakthrough_someone_aims_at_is_their_aim_told(text):
    assert _read(text) is None


def test_a_breakthrough_called_for_stays_the_writers():
    stance = _read("The towns must work to reach a breakthrough on the ferry pact.")
    assert stance is not None and stance.polarity == 1, stance


# --- goods named in dealings cut -----------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "The allies should halt exports of oil to Westport.",
    "The towns must stop exports of refined petroleum products to Westport.",
    "The towns must ban exports of dual-use goods to Westport.",
])
def test_dealings_cut_with_their_goods_named_press_the_party(text):
    stance = extract_for_issues(text, {"westport": span(text, "Westport")})["westport"]
    assert stance.polarity == 1 and "pressure:" in str(stance.cues["polarity"]), stance.cues


def test_arms_named_as_the_goods_are_no_sanction():
    text = "The towns should halt exports of arms to Westport."
    stance = extract_for_issues(text, {"westport": span(text, "Westport")}).get("westport")
    assert stance is None or "pressure:" not in str(stance.cues.get("polarity")), stance


# --- a second verb that takes the name as its object ---------------------------------------------------------------

@pytest.mark.parametrize("text, words", [
    ("The quarrel hurts both economies and pleases only Westport.", "Westport"),
    ("The tolls hurt the islands and embolden the Westport cartel.", "Westport"),
    ("The tolls hurt the islands and embolden Westport.", "Westport"),
])
def test_harm_done_to_one_object_is_no_harm_to_a_second_verbs_object(text, words):
    stance = extract_for_issues(text, {"x": span(text, words)}).get("x")
    assert stance is None or not any(str(cue).startswith("harm to it") for cue in stance.cues.get("polarity", [])), \
        stance


@pytest.mark.parametrize("text", [
    "The tolls hurt the islands and the ferry pact.",
    "The tolls would damage the islands and accelerate the split of the ferry pact into rival blocs.",
])
def test_harm_still_reaches_a_listed_object_or_one_inside_the_second_verbs_object(text):
    stance = _read(text)
    assert stance is not None and stance.polarity == 1, stance


# --- an adverb that judges an act of leaving -----------------------------------------------------------------------

@pytest.mark.parametrize("text, polarity", [
    ("The mayor rightly abandoned the Ferry Pact.", -1),
    ("The mayor foolishly withdrew from the Ferry Pact.", 1),
])
def test_an_adverb_on_an_act_of_leaving_judges_the_leaving(text, polarity):
    stance = _read(text, "Ferry Pact")
    assert stance is not None and stance.polarity == polarity, stance


def test_an_adverb_on_a_refused_leaving_is_no_verdict_on_leaving():
    stance = _read("The mayor rightly refused to abandon the Ferry Pact.", "Ferry Pact")
    assert stance is not None and stance.polarity == 1, stance


# --- what someone prefers ------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "The mayor prefers a deal-oriented approach, in which he treats the ferry pact as a bargaining chip for pragmatic "
    "transactions.",
    "The mayor preferred a pragmatic approach to the ferry pact.",
    "Many in the capital prefer a pragmatic approach to the ferry pact.",
])
def test_what_someone_prefers_is_their_choice_told(text):
    stance = _read(text)
    assert stance is not None and stance.attribution == "reported", stance


@pytest.mark.parametrize("text", [
    "I prefer a pragmatic approach to the ferry pact.",
    "The towns should prefer a pragmatic approach to the ferry pact.",
    "The preferred approach to the ferry pact is a pragmatic one.",
])
def test_the_writers_preference_a_call_or_a_modifier_stays_the_writers(text):
    stance = _read(text)
    assert stance is not None and stance.attribution == "author", stance


# --- what someone claims to be or do -------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "The port claims to be a responsible partner in the ferry pact.",
    "The mayor claimed to want a stable ferry pact.",
    "The town has always claimed to retain only a necessary minimum defence force for the ferry pact.",
])
def test_what_someone_claims_to_be_or_do_is_their_claim(text):
    stance = _read(text)
    assert stance is not None and stance.attribution == "reported", stance


@pytest.mark.parametrize("text", [
    "We claim to be a responsible partner in the ferry pact.",
    "The ferry pact can rightly claim to be a success.",
    "The ferry pact can claim to be a success.",
])
def test_a_claim_the_writer_makes_or_grants_stays_the_writers(text):
    stance = _read(text)
    assert stance is not None and stance.attribution == "author", stance


def test_a_verdict_before_a_claim_in_its_object_stays_the_writers():
    stance = _read("Turning licenses into a weapon undermines the ferry pact principles it claims to champion.")
    assert stance is not None and stance.attribution == "author", stance


# --- a thing's certainty lowered -----------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "There is little doubt that the ferry pact and the order it delivered are now vastly less certain.",
    "The future of the ferry pact is no longer certain.",
])
def test_a_things_certainty_lowered_is_no_view_eased(text):
    stance = _read(text)
    assert stance is None or not stance.cues.get("shift"), stance


@pytest.mark.parametrize("text", [
    "I am now far less certain about the ferry pact.",
    "I am less certain that the ferry pact will hold.",
    "The summit left me less certain about the ferry pact.",
])
def test_the_writers_certainty_lowered_stays_a_view_eased(text):
    stance = _read(text)
    assert stance is not None and (stance.cues.get("shift") or [""])[0] == "eased", stance


# --- what review found: the rules above kept to their own cases ----------------------------------------------------

@pytest.mark.parametrize("text", [
    "The port's claims to the islands are baseless, and the ferry pact must stand.",
    "Territorial claims to the islands threaten the ferry pact.",
])
def test_the_noun_claims_is_no_claim_reported(text):
    stance = _read(text)
    assert stance is not None and stance.attribution == "author", stance


@pytest.mark.parametrize("text", [
    "The council must go on to insist that the ferry pact be renewed.",
    "The approach preferred by the capital is a grave mistake for the ferry pact.",
])
def test_a_course_called_for_or_a_preference_named_after_its_noun_stays_the_writers(text):
    stance = _read(text)
    assert stance is not None and stance.attribution == "author", stance


@pytest.mark.parametrize("text", [
    "The quarrel could damage trade and potentially the ferry pact itself.",
    "The quarrel could damage trade and also the ferry pact.",
])
def test_an_adverb_after_and_opens_a_listed_object_not_a_second_verb(text):
    stance = _read(text)
    assert stance is not None and stance.polarity == 1, stance


@pytest.mark.parametrize("text", [
    "The council must oppose lifting the tariffs.",
    "The council must reject lower tariffs.",
    "The council should stop fighting the tariffs.",
])
def test_a_stand_against_an_easing_or_a_stand_ended_is_no_stand_against_the_measure(text):
    stance = _read(text, "tariffs")
    assert stance is None or "against the measure" not in str(stance.cues.get("polarity")), stance


@pytest.mark.parametrize("text", [
    "A new ferry pact is needed by the deadline.",
    "A new ferry pact is needed by the start of next year.",
    "A new ferry pact is needed by Christmas.",
])
def test_a_need_by_a_named_time_stays_a_call(text):
    stance = _read(text)
    assert stance is not None and stance.kind == "prescription", stance


@pytest.mark.parametrize("text", [
    "The town paid a heavy price for securing a fragile ferry pact.",
    "The port is notorious for promoting illegal fishing near the ferry pact zone.",
])
def test_for_and_a_gerund_that_gives_a_reason_is_no_aim(text):
    assert _read(text) is not None


def test_what_is_taken_out_is_not_what_is_left():
    text = "The mayor rightly pulled the Harbour Board out of the whaling commission."
    stance = extract_for_issues(text, {"board": span(text, "Harbour Board")}).get("board")
    assert stance is not None and stance.polarity == 1, stance


@pytest.mark.parametrize("text", [
    "The allies should halt exports of Patriot missiles to Westport.",
    "The allies should halt exports of artillery shells to Westport.",
    "The allies should halt shipments to Westport.",        # (shipments may be a friend's supplies)
])
def test_missiles_named_as_the_goods_or_shipments_are_no_sanction(text):
    stance = extract_for_issues(text, {"westport": span(text, "Westport")}).get("westport")
    assert stance is None or "pressure:" not in str(stance.cues.get("polarity")), stance


def test_dealings_cut_with_two_goods_named_press_the_party():
    text = "The towns should halt exports of oil and gas to Westport."
    stance = extract_for_issues(text, {"westport": span(text, "Westport")})["westport"]
    assert stance.polarity == 1 and "pressure:" in str(stance.cues["polarity"]), stance.cues


def test_a_standing_said_unlikely_is_not_accepted():
    text = "The council must accept that the port is unlikely to become a nuclear power."
    stance = extract_for_issues(text, {"port": span(text, "the port")})["port"]
    assert "nuclear standing" not in str(stance.cues.get("polarity")), stance.cues


@pytest.mark.parametrize("text, eased", [
    ("The future of the ferry pact is less certain than ever.", False),
    ("The case for the ferry pact seems less certain to me now.", True),
    ("Many of us who championed the ferry pact in 2015 are no longer sure it will survive.", True),
])
def test_a_certainty_lowered_is_a_view_only_with_its_holder_or_what_is_believed(text, eased):
    stance = _read(text)
    got = stance is not None and (stance.cues.get("shift") or [""])[0] == "eased"
    assert got == eased, stance


def test_only_a_leaving_judged_is_marked_as_one():
    from compare.harm import marks_a_leaving_judged
    assert marks_a_leaving_judged("on withdrew") and marks_a_leaving_judged("on refused to join")
    assert not marks_a_leaving_judged("on the rocks") and not marks_a_leaving_judged("on thin ice")


@pytest.mark.parametrize("text", [
    "The port claims to champion the ferry pact, but its subsidies badly distort the ferry trade.",
    "The mayor prefers flattery to substance, which endangers the ferry pact.",
])
def test_a_claim_or_a_preference_the_writer_answers_or_judges_stays_the_writers(text):
    stance = _read(text)
    assert stance is not None and stance.attribution == "author", stance


def test_a_grant_in_an_opening_condition_is_no_call_to_grant():
    text = "Even if the capital accepts that the port is a nuclear power, the towns must keep up the pressure."
    stance = extract_for_issues(text, {"port": span(text, "the port")})["port"]
    assert stance.polarity == 1 and "nuclear standing" not in str(stance.cues.get("polarity")), stance.cues


@pytest.mark.parametrize("text", [
    "The council must accept the reality that the port is a nuclear power.",
    "The council must accept the port is a nuclear power.",
    "The council must accept that the port will remain a nuclear power.",
])
def test_more_ways_of_accepting_a_nuclear_standing(text):
    stance = extract_for_issues(text, {"port": span(text, "the port")})["port"]
    assert stance.polarity == -1 and "nuclear standing" in str(stance.cues["polarity"]), stance.cues


@pytest.mark.parametrize("text", [
    "Greater restraint on the ferry pact is needed by both sides.",
    "Fresh thinking on the ferry pact is needed by the council.",
])
def test_a_conduct_needed_of_someone_stays_a_call(text):
    stance = _read(text)
    assert stance is not None and stance.kind == "prescription", stance


@pytest.mark.parametrize("text, words", [
    ("The towns should retaliate against the tariffs.", "tariffs"),
    ("The towns must end up accepting the tariffs.", "tariffs"),
    ("The council must reject tariff concessions.", "tariff"),
    ("The council should never oppose tariffs.", "tariffs"),
])
def test_no_stand_against_the_measure_is_read_from_other_verbs_or_a_denied_stand(text, words):
    stance = _read(text, words)
    assert stance is None or "against the measure" not in str(stance.cues.get("polarity")), stance


def test_a_plans_best_framework_for_ensuring_a_good_stays_a_verdict():
    stance = _read("The pact remains the best framework for ensuring a stable ferry pact order.")
    assert stance is not None and stance.polarity == 1, stance


# --- what the second review found ----------------------------------------------------------------------------------

@pytest.mark.parametrize("text, words", [
    ("The council should oppose zero tariffs on farm goods.", "tariffs"),
    ("The council should reject the tariff deal.", "tariff"),
    ("The council should oppose tariffs being lifted.", "tariffs"),
    ("The council should resist tariff liberalization.", "tariff"),
])
def test_a_thing_the_measure_only_qualifies_or_an_easing_is_no_stand_against_it(text, words):
    stance = _read(text, words)
    assert stance is None or "against the measure" not in str(stance.cues.get("polarity")), stance


@pytest.mark.parametrize("text, words", [
    ("The council should not only resist protectionism but also widen the ferry pact.", "protectionism"),
    ("We must resist protectionism and unilateralism.", "unilateralism"),
    ("The council must stop the tariffs.", "tariffs"),
    ("The council must prevent decoupling of the two economies.", "decoupling"),
])
def test_more_stands_against_a_measure(text, words):
    stance = _read(text, words)
    assert stance is not None and stance.polarity == 1 and "against the measure" in str(stance.cues["polarity"]), \
        stance


def test_a_deadline_named_after_an_event_stays_a_call():
    stance = _read("A new ferry pact is needed by the Osaka summit.")
    assert stance is not None and stance.kind == "prescription", stance


@pytest.mark.parametrize("text, polarity", [
    ("If talks fail, the capital must accept that the port is a nuclear power.", -1),
    ("While sanctions have failed, we must never accept that the port is a nuclear power.", 1),
])
def test_a_condition_closed_before_the_call_leaves_the_grant_to_the_call(text, polarity):
    stance = extract_for_issues(text, {"port": span(text, "the port")})["port"]
    assert stance.polarity == polarity and "nuclear standing" in str(stance.cues["polarity"]), stance.cues


def test_a_leaving_judged_is_not_read_from_a_later_from():
    stance = _read("The mayor rightly abandoned the Ferry Pact from day one.", "Ferry Pact")
    assert stance is not None and stance.polarity == -1, stance


def test_what_a_policy_toward_a_party_leaves_is_the_policy():
    text = "The mayor rightly abandoned the strategic patience policy toward Westport."
    stance = extract_for_issues(text, {"westport": span(text, "Westport")}).get("westport")
    assert stance is not None and stance.polarity == 1, stance


@pytest.mark.parametrize("text", [
    "The allies should halt exports of fighter jets to Westport.",      # (not goods of commerce)
    "The allies should halt exports of fuel to Ukraine.",               # (a victim)
])
def test_no_sanction_is_read_from_arms_or_on_a_victim(text):
    named = "Ukraine" if "Ukraine" in text else "Westport"
    stance = extract_for_issues(text, {"x": span(text, named)}).get("x")
    assert stance is None or "pressure:" not in str(stance.cues.get("polarity")), stance


def test_five_words_of_goods_press_the_party():
    text = "The towns should halt exports of crude oil and refined petroleum to Westport."
    stance = extract_for_issues(text, {"westport": span(text, "Westport")})["westport"]
    assert stance.polarity == 1 and "pressure:" in str(stance.cues["polarity"]), stance.cues


@pytest.mark.parametrize("text", [
    "Withdrawal would damage the islands and leave the ferry pact exposed.",
    "The tolls would damage trade and thereby the ferry pact.",
])
def test_harm_reaches_a_name_after_a_second_verb_of_harm_or_an_adverb(text):
    stance = _read(text)
    assert stance is not None and stance.polarity == 1, stance


def test_reaching_a_level_is_no_aim():
    stance = _read("Tensions over the ferry pact have begun to reach dangerous levels.")
    assert stance is not None and stance.polarity == -1, stance


@pytest.mark.parametrize("text", [
    "Competing claims to sovereignty threaten the ferry pact.",
    "The capital cannot claim to be a reliable partner in the ferry pact.",
    "The capital can no longer claim to be a reliable partner in the ferry pact.",
    "The outcome the port prefers would be disastrous for the ferry pact.",
    "The approach preferred in the capital is a grave mistake for the ferry pact.",
    "Let me go on to argue that the ferry pact must be renewed.",
    "The council must also go on to argue that the ferry pact must be renewed.",
])
def test_claims_preferences_and_courses_the_writer_names_or_calls_for_stay_the_writers(text):
    stance = _read(text)
    assert stance is not None and stance.attribution == "author", stance


@pytest.mark.parametrize("text, eased", [
    ("The future of the ferry pact is less certain than we would like.", False),
    ("Having championed the ferry pact, my conviction is now less certain.", True),
])
def test_a_holder_past_a_break_is_not_the_certaintys_and_my_is_a_holder(text, eased):
    stance = _read(text)
    got = stance is not None and (stance.cues.get("shift") or [""])[0] == "eased"
    assert got == eased, stance


# --- kept from harm, figures told, thoughts that open a sentence, feelings arising ---------------------------------

@pytest.mark.parametrize("text", [
    "We hope both mayors find a way to prevent the ferry pact from teetering on the brink of war.",
    "The towns must keep the ferry pact from sliding into a crisis.",
])
def test_keeping_something_from_harm_averts_the_harm(text):
    stance = _read(text)
    assert stance is not None and stance.polarity == 1, stance


def test_keeping_something_from_a_good_is_not_averting_harm():
    stance = _read("The towns must prevent the port from joining the ferry pact.")
    assert stance is not None and stance.polarity == -1, stance


@pytest.mark.parametrize("text", [
    "Exports to the ferry pact towns fell 10.1 percent in June, the fourth consecutive monthly decline.",
    "Exports to the ferry pact towns rose 3 percent last year.",
])
def test_a_figure_told_is_no_verdict(text):
    assert _read(text) is None


@pytest.mark.parametrize("text", [
    "The ferry pact is a failure: trade fell 10 percent.",
    "Trade under the ferry pact collapsed, a failure of 10 percent.",
])
def test_a_figure_beside_a_verdict_keeps_the_verdict(text):
    stance = _read(text)
    assert stance is not None and stance.polarity == -1, stance


@pytest.mark.parametrize("text", [
    "Thinking that the ferry pact was a fatal mistake, the admiral decided to sail.",
    "Assuming that the ferry pact would collapse, the mayor sold his shares.",
])
def test_a_thought_that_opens_a_sentence_is_its_thinkers(text):
    stance = _read(text)
    assert stance is not None and stance.attribution == "reported", stance


def test_the_writers_own_thought_that_opens_a_sentence_stays_the_writers():
    stance = _read("Believing that the ferry pact matters, we must strengthen it.")
    assert stance is not None and stance.attribution == "author", stance


@pytest.mark.parametrize("text", [
    "When the port is approaching the centre of the stage, concerns and misgivings rise about the ferry pact.",
    "Concerns about the ferry pact grow.",
])
def test_feelings_told_as_arising_are_others(text):
    stance = _read(text)
    assert stance is None or stance.attribution == "reported", stance


def test_the_writers_own_concerns_are_no_feeling_arising():
    stance = _read("My concerns about the ferry pact grow.")
    assert stance is not None and stance.attribution == "author", stance


# --- what the third review found -----------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Concerns about the rise of the port are well founded, so the ferry pact must adapt.",
    "Concerns about the port's ability to mount another blockade of the ferry pact are well founded.",
    "Fearing that the ferry pact may weaken, the town should raise its harbour budget.",
    "Believing that the towns were divided, the mayor made a grave miscalculation on the ferry pact.",
    "Convinced that the tolls are wrong, the council should scrap the ferry pact levy.",
])
def test_a_noun_an_infinitive_a_call_or_a_verdict_keeps_the_sentence_the_writers(text):
    stance = _read(text)
    assert stance is not None and stance.attribution == "author", stance


@pytest.mark.parametrize("text, polarity", [
    ("The town must prevent the ferry pact from entangling it in a war.", -1),
    ("Nothing should prevent the ferry pact from ending the toll war.", 1),
])
def test_only_a_harm_slid_into_is_averted_by_keeping_from(text, polarity):
    stance = _read(text)
    assert stance is not None and stance.polarity == polarity, stance


@pytest.mark.parametrize("text", [
    "The town's harbour spending, at 1 percent of its budget, falls short of what the ferry pact asks.",
    "Exports to the ferry pact towns have declined 20 percent under the tolls.",
])
def test_a_verdict_or_a_cause_beside_a_figure_keeps_the_verdict(text):
    stance = _read(text)
    assert stance is not None and stance.polarity == -1, stance
