"""A teller named by a title and a name, a reproach told in a participle, a warning issued, a disclaimer ("This is not
to say..."), a thing framed by its makers, verbs joined on one object, an aim of disarming dropped, an opening that
names the end a claim serves, a pointer to evidence and a judging noun that is an item of its own in a list: classes
of real commentaries the rules read as the writer's own, or in the wrong direction. Each case is told with invented
sentences."""

from __future__ import annotations

import pytest

from compare.positions import extract_for_issues
from conftest import span


def _read(text: str, words: str = "ferry pact"):
    return extract_for_issues(text, {"ferry": span(text, words)}).get("ferry")


# --- a teller named by a title and a name, after what they said --------------------------------------------------------

@pytest.mark.parametrize("text", [
    "The ferry pact must be strengthened, Harbour Board spokesman Ken Sato said in a recent press briefing.",
    "The ferry pact must be strengthened, Ken Sato said at a press briefing on Monday.",
    "The ferry pact must be strengthened, Chief Harbour Secretary Ken Sato told reporters.",
])
def test_a_teller_named_by_a_title_and_a_name_tells_the_sentence(text):
    stance = _read(text)
    assert stance is not None and stance.attribution == "reported", stance


@pytest.mark.parametrize("text", [
    # (lower-case words that are no title: a clause of the writer's, not a teller)
    "The ferry pact must be strengthened, whatever the mayor of the islands once said.",
    "The ferry pact must be strengthened, because the islands need it more than Ken Sato said.",
])
def test_a_clause_before_the_verb_of_saying_is_no_teller(text):
    stance = _read(text)
    assert stance is not None and stance.attribution == "author" and stance.polarity == 1, stance


# --- a reproach told in a participle ---------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Senior harbour officials met in Westport, sharply criticizing the port's reckless attacks on the ferry pact.",
    "Senior harbour officials met in Westport \u2014 criticizing the port's reckless attacks on the ferry pact.",
    "The mayors met in Westport, lambasting the port's reckless attacks on the ferry pact.",
    "The council met on Monday, openly faulting the port for its reckless attacks on the ferry pact.",
])
def test_a_reproach_in_a_participle_is_the_subjects(text):
    stance = _read(text)
    assert stance is not None and stance.attribution == "reported", stance


def test_a_reproach_in_a_participle_made_by_the_writer_stays_the_writers():
    stance = _read("We met the mayors in Westport, sharply condemning the reckless attacks on the ferry pact.")
    assert stance is not None and stance.attribution == "author", stance


def test_a_thing_condemned_to_a_fate_is_no_reproach():
    stance = _read("The new tolls came into force on Monday, condemning the ferry pact to a slow and damaging decline.")
    assert stance is not None and stance.attribution == "author", stance


# --- a warning issued ------------------------------------------------------------------------------------------------

def test_a_warning_issued_after_a_colon_is_the_issuers():
    stance = _read("The mayor issued a stark warning: the ferry pact is at risk.")
    assert stance is not None and stance.attribution == "reported", stance


def test_harm_a_warning_holds_is_for_what_it_harms():
    stance = _read("The mayor issued a stark warning that the ferry pact is at risk.")
    assert stance is not None and stance.attribution == "reported" and stance.polarity == 1, stance
    assert stance.cues["polarity"][0].startswith("harm to it:"), stance


def test_a_warning_the_writer_calls_for_is_the_writers():
    stance = _read("The towns must issue a clear warning that attacks on the ferry pact are unacceptable.")
    assert stance is not None and stance.attribution == "author", stance


# --- a disclaimer ----------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "This is not to say the ferry pact couldn't do real damage.",
    "That is not to say the ferry pact was a success.",
    "But this is not to suggest that the ferry pact has failed.",
    "None of this is to say that the ferry pact is harmless.",
])
def test_what_the_writer_is_not_saying_is_no_claim(text):
    assert _read(text) is None


def test_what_the_writer_says_after_a_disclaimer_is_read():
    stance = _read("This is not to say the ferry pact is perfect, but it remains vital.")
    assert stance is not None and stance.attribution == "author" and stance.polarity == 1, stance


# --- a thing framed by its makers ------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "The tolls are positioned as a defence of the ferry pact against ports that threaten it.",
    "The tolls are marketed as a defence of the ferry pact against ports that threaten it.",
    "The tolls are being framed as a defence of the ferry pact against ports that threaten it.",
])
def test_a_thing_framed_by_its_makers_is_their_frame(text):
    stance = _read(text)
    assert stance is not None and stance.attribution == "reported", stance


def test_a_verdict_on_the_framing_stays_the_writers():
    stance = _read("The ferry pact is badly framed as a burden.")
    assert stance is not None and stance.attribution == "author", stance


# --- verbs joined on one object --------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "The towns should halt, then reverse and ultimately eliminate the port's nuclear strike potential.",
    "The towns must halt, and then reverse, the port's missile programme.",
])
def test_verbs_of_ending_joined_on_an_arsenal_are_against_the_harm(text):
    stance = _read(text, "port's")
    assert stance is not None and stance.polarity == 1, stance


def test_verbs_joined_on_something_else_are_read_as_they_stand():
    stance = _read("The towns should halt, and then rethink, the ferry pact talks.", "ferry pact")
    assert stance is not None and stance.polarity == -1, stance


# --- an aim of disarming dropped -------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "The towns should drop their demand for the port's denuclearization.",
    "The towns should shelve the demand for the port's complete denuclearization.",
    "The towns should abandon the goal of the port's denuclearization.",
])
def test_a_call_to_drop_the_aim_of_disarming_is_against_the_pressure(text):
    stance = _read(text, "port's")
    assert stance is not None and stance.polarity == -1, stance
    assert stance.cues["polarity"][0].startswith("disarming dropped:"), stance


def test_a_call_never_to_give_up_the_aim_of_disarming_is_for_the_pressure():
    stance = _read("The towns must never give up the goal of the port's complete denuclearization.", "port's")
    assert stance is not None and stance.polarity == 1, stance
    assert stance.cues["polarity"][0].startswith("disarming dropped: not"), stance


def test_dropping_something_else_is_no_aim_of_disarming_dropped():
    stance = _read("The towns should drop the tolls on the port's ferries.", "port's")
    assert stance is not None and stance.kind == "prescription", stance
    assert not any(str(c).startswith("disarming dropped") for c in stance.cues["polarity"]), stance


# --- an opening that names the end a claim serves --------------------------------------------------------------------

def test_a_good_named_as_the_end_served_is_no_verdict():
    assert _read("For progress on the ferry pact, the mayors met on Monday.") is None


def test_a_concession_opening_with_for_all_is_no_verdict():
    stance = _read("For all its flaws, the ferry pact remains a success.")
    assert stance is not None and stance.polarity == 1 and stance.cues["polarity"] == ["success"], stance


def test_a_standpoint_opening_with_for_keeps_the_claim():
    stance = _read("For the islands, the ferry pact is a success.")
    assert stance is not None and stance.polarity == 1, stance


# --- a pointer to evidence -------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "If there were any doubts about the port's course, one should just look at the ferry pact.",
    "You need only look at the ferry pact to see how the coast has changed.",
    "If in doubt, one should just look at the ferry pact, better known as the harbour compact.",
])
def test_a_pointer_to_evidence_calls_for_nothing(text):
    assert _read(text) is None


def test_a_course_to_weigh_is_still_a_call():
    stance = _read("One should look at joining the ferry pact.")
    assert stance is not None and stance.kind == "prescription" and stance.polarity == 1, stance


# --- a judging noun that is an item of its own in a list -------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "The towns are neighbours with deep ties, common threats, and a close ferry pact with the port.",
    "The coast has a strong ferry pact and rising tensions.",
])
def test_a_judging_noun_listed_apart_judges_no_other_item(text):
    assert _read(text) is None


@pytest.mark.parametrize("text", [
    "The ferry pact faces threats and challenges.",
    "Threats to the ferry pact are growing.",
])
def test_threats_to_the_item_itself_still_count(text):
    stance = _read(text)
    assert stance is not None and stance.polarity == 1, stance


# --- who was told, after a teller ------------------------------------------------------------------------------------

def test_what_a_teller_told_reporters_is_theirs():
    stance = _read("The ferry pact must be strengthened, the mayor told reporters on Monday.")
    assert stance is not None and stance.attribution == "reported", stance


def test_what_the_writer_was_told_is_left_to_the_rules_for_profiles():
    stance = _read("The ferry pact must be strengthened, the mayor told me.")
    assert stance is not None and stance.attribution == "author", stance


# --- how another sees a thing ----------------------------------------------------------------------------------------

def test_what_another_sees_a_thing_as_is_theirs_wherever_the_issue_is_named():
    assert _read("The timing of the ferry pact talks suggests Westport saw the storm as a welcome opportunity.") is None


def test_what_the_writers_side_sees_a_thing_as_stays_the_writers():
    stance = _read("The timing of the ferry pact talks suggests we saw the storm as a welcome opportunity.")
    assert stance is not None and stance.attribution == "author" and stance.polarity == 1, stance


# --- a quarrel named before what it is over --------------------------------------------------------------------------

def test_harm_to_a_quarrel_over_a_thing_is_no_harm_done_to_it():
    stance = _read("The two ports would worsen a potential crisis involving the islands or the ferry pact.")
    assert stance is not None and stance.polarity == -1 and stance.cues["polarity"] == ["worsen"], stance


def test_harm_done_to_the_thing_itself_still_counts():
    stance = _read("The tolls would damage the ferry pact.")
    assert stance is not None and stance.polarity == 1 and stance.cues["polarity"] == ["harm to it: damage"], stance


# --- a threat issued -------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "The mayor issued a threat in talks on the ferry pact.",
    "Westport issued repeated threats over the ferry pact.",
])
def test_a_threat_issued_is_an_act_told_not_a_verdict(text):
    assert _read(text) is None


def test_a_threat_to_the_thing_is_still_harm_to_it():
    stance = _read("The threat to the ferry pact is growing.")
    assert stance is not None and stance.polarity == 1 and stance.cues["polarity"] == ["harm to it: threat"], stance


# --- harm a ruin brought ---------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "The collapse of the ferry pact hurt the towns.",
    "The demise of the ferry pact has damaged the towns.",
])
def test_harm_the_ruin_of_a_thing_brought_is_for_the_thing(text):
    stance = _read(text)
    assert stance is not None and stance.polarity == 1, stance
    assert stance.cues["polarity"][0].startswith("harm to it:"), stance


@pytest.mark.parametrize("text", [
    "The collapse of the ferry pact exposed its deep flaws.",       # (a verdict on the thing itself)
    "The collapse of the ferry pact has hurt its members badly.",   # (harm to what it holds)
])
def test_a_ruin_told_with_no_harm_brought_to_another_reads_as_it_stands(text):
    stance = _read(text)
    assert stance is not None and stance.polarity == -1, stance


# --- harm the subject poses ------------------------------------------------------------------------------------------

def test_dangers_the_subject_poses_in_a_joined_verb_judge_nothing_it_acts_on():
    assert _read("The port is contesting the ferry pact, and posing real dangers.") is None


def test_dangers_what_the_issue_names_poses_are_held_against_it():
    stance = _read("The ferry pact is failing and posing real dangers.")
    assert stance is not None and stance.polarity == -1 and "dangers" in stance.cues["polarity"], stance


# --- guards asked for by review --------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, polarity, attribution", [
    # a quarrel before a main verb is the subject that harms what follows
    ("The row over tolls damaged the ferry pact.", 1, "author"),
    # a threat made real, or one the sentence names as an issue, still harms
    ("The port's troop buildup has made the threat to the ferry pact all too real.", 1, "author"),
    ("The real issue is the threat to the ferry pact.", 1, "author"),
    # a participle of condemning before an infinitive, or "as a threat to", is a reproach
    ("The mayors met on Monday, condemning attempts to weaken the ferry pact.", 1, "reported"),
    ("The mayors met on Monday, condemning the port's tests as a threat to the ferry pact.", 1, "reported"),
    # a frame the writer answers after "but"
    ("The ferry pact is positioned as a success, but it is a failure.", -1, "author"),
    # what the writer goes on to say after a disclaimer, and a disclaimer that grants
    ("This isn't to say the ferry pact is perfect, only that it deserves support.", 1, "author"),
    ("This is not to deny that the ferry pact has serious flaws.", -1, "author"),
    # "saw ... as" with a clause after "as", and a view the writer agrees with
    ("Since then, the coast saw growth slow as the ferry pact unravelled.", 1, "author"),
    ("In 2019, Westport regarded the ferry pact as a costly failure, and it was right.", -1, "author"),
    # a signal from what is not an office, a warning sounded by things
    ("The turmoil in the government sends a clear signal that the ferry pact is failing.", -1, "author"),
    ("Rising tolls have sounded a warning that the ferry pact is failing.", -1, "author"),
    # a possessive that points back is the same item
    ("The summit covered the ferry pact and its many problems.", -1, "author"),
    # a look joined to a call, or a look "as" something, still calls
    ("You should just look at the ferry pact and strengthen it.", 1, "author"),
    # dangers from a thing the subject expands come from it
    ("The council is expanding the ferry pact, and creating serious problems for the towns.", -1, "author"),
    # a dash before another -ing form: the writer's inference
    # (a disaster for the pact is harm done to it: harm.damages)
    ("The tolls are a disaster for the ferry pact \u2014 suggesting the council has lost its way.", 1, "author"),
])
def test_readings_review_asked_to_keep(text, polarity, attribution):
    stance = _read(text)
    assert stance is not None and (stance.polarity, stance.attribution) == (polarity, attribution), stance


@pytest.mark.parametrize("text", [
    "The ferry pact must be strengthened, the mayor told this newspaper.",
    "The ferry pact must be strengthened, the mayor told reporters after a cabinet meeting.",
    "The ferry pact must be strengthened, Westport Harbour leader Ken Sato said on Monday.",
])
def test_more_tellers_after_the_sentence(text):
    stance = _read(text)
    assert stance is not None and stance.attribution == "reported", stance


def test_a_disclaimer_written_short_claims_nothing():
    assert _read("This isn't to say the ferry pact was a success.") is None


def test_a_name_first_and_a_judging_noun_listed_after_it():
    assert _read("The towns share deep ties, a close ferry pact, and common threats.") is None


def test_dangers_posed_after_a_comma_judge_nothing_the_subject_contests():
    assert _read("The port is contesting the ferry pact, posing real dangers.") is None


def test_a_look_as_something_is_a_call():
    stance = _read("One should only look at the ferry pact as a last resort.")
    assert stance is not None and stance.kind == "prescription", stance


def test_a_negative_subject_refuses_the_aim_dropped():
    stance = _read("Nobody should abandon the goal of the port's denuclearization.", "port's")
    assert stance is not None and stance.polarity == 1, stance
    assert stance.cues["polarity"][0].startswith("disarming dropped: not"), stance


def test_an_aim_dropped_as_a_precondition_is_no_aim_dropped():
    stance = _read("The towns should drop their demand for the port's denuclearization as a precondition for talks.",
                   "port's")
    assert stance is not None and not any(str(c).startswith("disarming dropped") for c in stance.cues["polarity"])


def test_a_freeze_joined_to_dismantling_is_against_the_harm():
    stance = _read("The towns should freeze and then dismantle the port's missile programme.", "port's")
    assert stance is not None and stance.polarity == 1, stance


# --- guards asked for by the second review pass ------------------------------------------------------------------------

@pytest.mark.parametrize("text, polarity, attribution", [
    # what the evidence pointed to is judged still judges
    ("You just have to look at the ferry pact's success.", 1, "author"),
    ("You should just look at the ferry pact; it is a failure.", -1, "author"),
    # an apposition, a clause after the name, "other" threats: no list of separate items
    ("The towns face two grave threats, the ferry pact and a rising port.", -1, "author"),
    ("The board has made many mistakes, and the ferry pact is the worst.", -1, "author"),
    ("The towns face the ferry pact and other threats.", -1, "author"),
    # "as" opening a clause with a verb of damage; a view the writer endorses with "Rightly"
    ("This year the coast saw growth stall as the tolls hurt the ferry pact.", 1, "author"),
    ("Rightly, Westport sees the ferry pact as a costly mistake.", -1, "author"),
    # a threat issued to a thing harms it
    ("The port has issued a new threat to the ferry pact.", 1, "author"),
    # a ruin that barely hurt
    ("The collapse of the ferry pact barely hurt the towns.", -1, "author"),
    # a call before a participle of verdict, an adverb before "condemning ... to", a gerund subject after a dash, an
    # aside between dashes
    ("The towns must speak with one voice, firmly condemning the port's attacks on the ferry pact.", 1, "author"),
    ("The tolls are a blunder, effectively condemning the ferry pact to irrelevance.", -1, "author"),
    ("The ferry pact has failed the towns \u2014 blaming the port for that is pointless.", -1, "author"),
    # events send no message after a colon, nor sound a warning
    ("The war in the north has sounded a stark warning: the ferry pact must be strengthened.", 1, "author"),
    ("The port's invasion of the islands sent a clear message: the ferry pact must be strengthened.", 1, "author"),
    # a frame the writer answers with a call of its own
    ("The town is positioned as the natural leader of the ferry pact, and it should act like one.", 1, "author"),
])
def test_readings_the_second_review_asked_to_keep(text, polarity, attribution):
    stance = _read(text)
    assert stance is not None and (stance.polarity, stance.attribution) == (polarity, attribution), stance


@pytest.mark.parametrize("text", [
    "In his first meeting with the mayor, President Ken Sato on Monday issued a stark warning: the ferry pact is at risk.",
    "The ferry pact must be strengthened, Westport's Harbour Minister Ken Sato said on Monday.",
    "The ferry pact must be strengthened, the mayor told the House Foreign Affairs Committee.",
    "Senior harbour officials met in Westport -- sharply criticizing the port's reckless attacks on the ferry pact.",
])
def test_more_views_told_of_others(text):
    stance = _read(text)
    assert stance is not None and stance.attribution == "reported", stance


@pytest.mark.parametrize("text, polarity", [
    ("That's not to say the ferry pact is a failure.", None),
    ("This is not to say the ferry pact is perfect \u2014 it remains vital.", 1),
    ("This is not to say that we should abandon the ferry pact, but it must be reformed.", 1),
])
def test_disclaimers_and_what_the_writer_goes_on_to_say(text, polarity):
    stance = _read(text)
    assert (stance.polarity if stance is not None else None) == polarity, stance
    assert stance is None or stance.attribution == "author", stance


def test_an_aim_dropped_before_talks_is_no_aim_dropped():
    stance = _read("The towns should drop the demand for the port's denuclearization before talks begin.", "port's")
    assert stance is not None and stance.polarity == 1 and not any(
        str(c).startswith("disarming dropped") for c in stance.cues["polarity"]), stance


def test_forgetting_about_the_aim_of_disarming_drops_it():
    stance = _read("The towns should forget about the port's denuclearization.", "port's")
    assert stance is not None and stance.polarity == -1, stance


def test_a_list_item_may_end_on_a_phrase_after_the_name():
    assert _read("The towns share deep ties, common threats, and a close ferry pact with the United States.") is None


# --- guards asked for by the third review pass -------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "This is not to say the U.S.-Japan ferry pact has failed.",      # (a hyphen between words is no dash)
    "This is not to say the ferry pact is merely a burden.",         # ("merely" inside what is disclaimed)
    "It is telling that Westport regards the ferry pact as damaging its interests.",
    "It is telling that, rightly or wrongly, Westport regards the ferry pact as a threat.",
    "The towns share a close ferry pact, common threats and democratic values.",
    "The towns share deep ties, common threats, and a close ferry pact backed by Westport.",
    "The port issued a threat to strike the ferry pact's ships.",
])
def test_readings_the_third_review_asked_to_leave_unread(text):
    assert _read(text) is None


@pytest.mark.parametrize("text, polarity, attribution", [
    ("Leaders met in Tokyo, sharply criticizing the tolls as a threat to the U.S.-Japan ferry pact.", -1, "reported"),
    ("The ferry pact is being marketed as cheap and effective.", 1, "reported"),
    ("Markets have sounded a warning that the ferry pact is fragile.", -1, "author"),
    ("President Sato, in a speech on Monday, issued a stark warning: the ferry pact is at risk.", 1, "reported"),
    ("Westport's prime minister issued a warning that the ferry pact is at risk.", 1, "reported"),
    ("Leaders met in Tokyo \u2014 sharply criticizing the tolls as a blow that is damaging the ferry pact.", 1, "reported"),
])
def test_readings_the_third_review_asked_for(text, polarity, attribution):
    stance = _read(text)
    assert stance is not None and (stance.polarity, stance.attribution) == (polarity, attribution), stance


def test_refusing_to_drop_the_aim_at_a_summit_is_for_the_pressure():
    stance = _read("The towns should not drop the demand for the port's denuclearization at the summit.", "port's")
    assert stance is not None and stance.polarity == 1, stance
