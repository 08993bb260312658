"""Narration and others' aims read as the writer's view, claims rejected or proved wrong, needs that call for
nothing, and harm a call asks for: the classes blind readers of real commentaries found read unfairly this round.
Each case is told with invented sentences."""

from __future__ import annotations

import pytest

from compare.positions import extract_for_issues
from conftest import span


def _read(text: str, words: str = "ferry pact"):
    return extract_for_issues(text, {"ferry": span(text, words)}).get("ferry")


def _authors(text: str, words: str = "ferry pact"):
    stance = _read(text, words)
    return stance if stance is not None and stance.attribution == "author" else None


def _reported(text: str, words: str = "ferry pact") -> bool:
    """A reading the rules still give, told as someone else's (not a sentence with no reading at all)."""
    stance = _read(text, words)
    return stance is not None and stance.attribution == "reported"


# --- aims, plans, motives and feelings that are someone else's ---------------------------------------------------

@pytest.mark.parametrize("text", [
    "The principal aim of the ferry pact was to enhance port security by keeping undesirable investors away.",
    "The main goal of the ferry pact was to stop reckless smuggling.",
    "The secondary goal was to save the vital ferry pact.",
])
def test_an_aim_told_of_a_thing_or_of_the_past_is_no_verdict_of_the_writer(text):
    assert _reported(text)


@pytest.mark.parametrize("text", [
    "The aim of the ferry pact should be to curb smuggling.",       # a modal: the writer's call
    "Our goal was to save the ferry pact, which was vital.",        # the writer's own aim
    "The aim of this essay is to show that the ferry pact is vital.",       # the writer's own text
    "The purpose of this commentary is to explain why the ferry pact deserves support.",
    "The goal of policy has to be a stronger ferry pact.",          # a call, in other words
    "The priority was to protect the vital ferry pact, and rightly so.",    # endorsed
    "The purpose of this report is to show that the ferry pact is vital.",
    "The priority was to save the ferry pact, and it was a wise choice.",   # a verdict of the writer's after it
    "The goal was to scrap the ferry pact, a grave mistake.",
])
def test_an_aim_the_writer_sets_or_holds_stays_theirs(text):
    assert _authors(text) is not None


@pytest.mark.parametrize("text", [
    "Beijing plans to undermine the vital ferry pact.",         # a name before "plans": the verb
    "It plans to weaken rival carriers through the ferry pact by separating the routes.",
    "The mayor plans to destabilize rival carriers through the ferry pact.",
    "The port is planning to undermine the ferry pact.",
])
def test_what_someone_plans_is_their_aim_told(text):
    assert _reported(text)


@pytest.mark.parametrize("text, polarity", [
    ("The new plans to widen the ferry pact are unwise.", -1),          # the noun, judged
    ("The town's plans to scrap the ferry pact are a mistake.", 1),
    ("Government plans to scrap the ferry pact are a grave mistake.", 1),
    ("Joint planning to defend the ferry pact must begin now.", 1),    # the noun, asked for
])
def test_plans_as_a_noun_are_judged_by_the_writer(text, polarity):
    stance = _authors(text)
    assert stance is not None and stance.polarity == polarity


@pytest.mark.parametrize("text", [
    "The mayor's remarks may reflect his frustration with the slow progress of the ferry pact.",
    "The harbour master's remarks may reflect her frustration with the vital ferry pact.",
])
def test_a_motive_read_in_someones_act_is_theirs(text):
    assert _reported(text)


def test_a_motive_read_in_an_act_takes_its_judging_words_out_of_the_writers_record():
    stance = _read("The mayor's remarks may reflect his frustration with the slow progress of the ferry pact.")
    assert stance is not None and stance.polarity != 0 and stance.attribution == "reported"


@pytest.mark.parametrize("text", [
    "The council should save the ferry pact, which reflects their hopes for peace.",     # a call of the writer's
    "The ferry pact is a triumph, and the vote reflects its backers' hopes.",            # a verdict first
    "The ferry pact reflects the town's desire for stability and deserves support.",    # a claim after it
])
def test_a_motive_beside_the_writers_own_claim_leaves_it_theirs(text):
    stance = _read(text)
    assert stance is None or stance.attribution == "author"


def test_a_feeling_after_an_opening_setting_is_the_named_feelers():
    text = "In 2016, officials on the port side were concerned about the town conceding the ferry pact to the islands."
    assert _reported(text)
    own = _authors("In this situation, we are concerned that the ferry pact may collapse.")
    assert own is not None      # the writer's own concern
    for text in ("In spite of the strike, the signs for the ferry pact are hopeful.",
                 "In 2016, the prospects for the ferry pact were hopeful."):
        thing = _authors(text)
        assert thing is not None and thing.polarity == 1       # no one named who feels


@pytest.mark.parametrize("text", [
    "This conversation with Dr. Ann Lee, a professor at the town college, explores the ferry pact and the critical "
    "rivalry over the harbour.",
    "This interview with the mayor examines the vital ferry pact.",
])
def test_an_editors_opening_says_what_the_text_does(text):
    assert _read(text) is None


@pytest.mark.parametrize("text, polarity", [
    ("This interview with the mayor, who explores the vital ferry pact, was good.", 1),
    ("This report by the council is deeply flawed: it addresses none of the ferry pact's real problems.", -1),
    ("This conversation between the towns looks more promising for the ferry pact.", 1),
])
def test_a_text_judged_or_a_guest_who_does_something_is_not_the_texts_roadmap(text, polarity):
    stance = _read(text)
    assert stance is not None and stance.polarity == polarity


# --- claims rejected, doubters proved wrong -----------------------------------------------------------------------

@pytest.mark.parametrize("text, words", [
    ("Yet that is wrong.", "that"),
    ("But this view is simply mistaken.", "view"),
    ("This view is simply wrong.", "view"),
    ("That notion is mistaken.", "notion"),
])
def test_a_claim_pointed_back_to_and_rejected_gives_no_direction(text, words):
    assert _read(text, words) is None


@pytest.mark.parametrize("text, polarity", [
    ("This is misguided policy for the ferry pact.", -1),   # an untruth word before a noun judges the noun
    ("It is wrong to abandon the ferry pact.", 1),      # an act judged, no claim rejected
    ("The ferry pact is wrong.", -1),
    ("The mayor was wrong about the ferry pact.", -1),
])
def test_wrong_of_an_act_or_a_thing_still_judges(text, polarity):
    stance = _read(text)
    assert stance is not None and stance.polarity == polarity


@pytest.mark.parametrize("text", [
    "Proving the ferry pact's doubters wrong, the towns started to assess all the options.",
    "The ferry pact has proved its critics wrong.",
    "The ferry pact proved the sceptics wrong again.",
])
def test_doubters_proved_wrong_is_good_news_for_what_they_doubted(text):
    stance = _read(text)
    assert stance is not None and stance.polarity == 1


@pytest.mark.parametrize("text", [
    "The ferry pact proved its critics wrong, although it is not perfect.",    # a negation in the next clause
    "The ferry pact may yet prove its critics wrong.",                         # hoped, not awaited
])
def test_doubters_proved_wrong_whatever_follows(text):
    stance = _read(text)
    assert stance is not None and stance.polarity == 1


def test_doubters_proved_wrong_in_the_passive():
    stance = _read("The critics of the ferry pact were proved wrong.")
    assert stance is not None and stance.polarity == 1


@pytest.mark.parametrize("text", [
    "The ferry pact proved the optimists wrong.",
    "The ferry pact has not proved its critics wrong.",         # the proof denied
    "The ferry pact has yet to prove its critics wrong.",       # awaited
    "Proving its critics wrong will be hard for the ferry pact.",
])
def test_optimists_proved_wrong_or_a_proof_withheld_is_no_good_news(text):
    stance = _read(text)
    assert stance is not None and stance.polarity == -1


# --- needs and necessities that call for nothing ------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "The mayor must either follow the council and revise the town's stance on the ferry pact, or keep the tolls as "
    "a precondition for progress in the ferry pact.",
    "One has no choice but to speculate that the ferry pact had something to hide.",
    "The town needs no approval from the council, and the ferry pact will go into effect on Jan. 1.",
    "Now we see a new reality in the ferry pact: the town needs the port as much as the port needs the town.",
])
def test_a_dilemma_an_inference_or_a_need_told_calls_for_nothing(text):
    assert _read(text) is None


@pytest.mark.parametrize("text", [
    "The town must either act or wait, but the ferry pact is a disastrous deal.",
    "The town must either act or wait, and the ferry pact is a disastrous deal.",
])
def test_a_verdict_after_the_dilemma_still_judges(text):
    stance = _read(text)
    assert stance is not None and stance.polarity == -1


@pytest.mark.parametrize("text, polarity", [
    ("The town has no choice but to strengthen the ferry pact.", 1),
    ("The town needs the ferry pact more than ever.", 1),
    ("The town needs the ferry pact more than it needs new tolls.", 1),       # a priority
    ("The town needs reform more than ever, and it needs a stronger ferry pact.", 1),
    ("The town need not apologize for the ferry pact.", -1),
    ("The town needs a new ferry pact.", 1),
    ("We must assume the worst and strengthen the ferry pact.", 1),           # a course joined to the guess
    ("The town needs no new ferry pact.", -1),                                 # a refusal, no formality
    ("Japan must conclude that ferry pact quickly.", 1),                       # a deal concluded
    ("The town must guess what the port will do next and prepare the ferry pact for it.", 1),
])
def test_a_need_for_a_course_still_calls(text, polarity):
    stance = _read(text)
    assert stance is not None and stance.kind == "prescription" and stance.polarity == polarity


def test_a_conclusion_forced_reads_as_the_conclusion():
    stance = _read("We must conclude that the ferry pact has failed.")
    assert stance is not None and stance.kind == "evaluation" and stance.polarity == -1


def test_a_judging_word_on_a_period_judges_the_period():
    assert _read("The first few chaotic weeks of the new council have brought divergent fortunes for the ferry "
                 "pact.") is None
    had = _read("The ferry pact has had a few disastrous weeks.")      # its own fortune, judged
    assert had is not None and had.polarity == -1


# --- harm: obstruction, and harm a call asks for ------------------------------------------------------------------

@pytest.mark.parametrize("text, words", [
    ("The toll rule is hampering meaningful ferry reform.", "ferry reform"),
    ("The toll rule hampers the ferry pact.", "ferry pact"),
    ("The tolls are an obstacle hindering the ferry pact.", "ferry pact"),
    ("The toll rule was one of the most tenacious obstacles restricting meaningful ferry reform.", "ferry reform"),
])
def test_obstruction_of_what_the_issue_names_is_harm_to_it(text, words):
    stance = _read(text, words)
    assert stance is not None and stance.polarity == 1 and stance.cues["polarity"][0].startswith("harm to it")


@pytest.mark.parametrize("text", [
    "The town must not weaken the ferry pact.",
    "The town should avoid damaging the ferry pact.",
    "The town should refrain from undermining the ferry pact.",
])
def test_a_call_against_the_harm_is_for_what_it_would_harm(text):
    stance = _read(text)
    assert stance is not None and stance.kind == "prescription" and stance.polarity == 1


@pytest.mark.parametrize("text, words", [
    ("Tokyo should weaken the port's missile program.", "missile program"),     # an arsenal: pressure on it
    ("Tokyo should weaken North Korea.", "North Korea"),                        # a proper name: maybe an adversary
    ("The allies must undermine the North Korean regime.", "North Korean"),
    ("Tokyo should weaken opposition to the ferry pact.", "ferry pact"),         # harm to another thing
    ("The council should impede the smugglers and protect the ferry pact.", "ferry pact"),
    ("The town should weaken the ferry pact's critics.", "ferry pact"),          # the name does not end the object
    ("Japan should weaken the ferry trade barriers.", "ferry trade"),
])
def test_a_call_to_weaken_another_thing_or_an_adversary_is_not_against_the_name(text, words):
    # (a call to weaken what the issue names itself still reads +1 here, harm taken on: a rule that read the call's own
    # verb as harm asked for flipped too many calls on other things and was dropped)
    stance = _read(text, words)
    assert stance is not None and stance.polarity == 1


# --- weight denied ------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "The port is not indispensable for the ferry pact.",
    "The port is not essential to the ferry pact.",
])
def test_a_things_weight_denied_for_what_the_issue_names_is_no_verdict_on_it(text):
    assert _read(text) is None


@pytest.mark.parametrize("text, polarity", [
    ("The port is indispensable for the ferry pact.", 1),
    ("The ferry pact is not essential to the town.", -1),      # the pact's own weight denied
    ("The ferry pact is not important.", -1),
    ("It is not important for the ferry pact to be renewed.", -1),     # the pact opens what is judged
])
def test_weight_granted_or_denied_to_the_named_thing_itself_still_judges(text, polarity):
    stance = _read(text)
    assert stance is not None and stance.polarity == polarity


# --- a verdict on leaving after "It is ... to"; a ruin that would bring harm ---------------------------------------

@pytest.mark.parametrize("text, polarity", [
    ("It was a mistake to walk away from the ferry pact.", 1),
    ("It would be a mistake not to join the ferry pact.", 1),
    ("It would be foolish not to sign the ferry pact.", 1),
    ("It was wise not to join the ferry pact.", -1),
    ("It was wise to quit the ferry pact.", -1),
    ("It would be a mistake to join the ferry pact.", -1),     # no leaving: the verdict on joining stands
    ("The decision to quit the ferry pact was a mistake.", 1),
    ("It was wise to scrap the tolls to rescue the ferry pact.", 1),       # the act leaves something else
    ("It was wise to quit the toll union for the sake of the ferry pact.", 1),
    ("The board made a wise choice by withdrawing from the toll union to protect the ferry pact.", 1),
    ("The towns failed to reach agreement, so the ferry pact is a failure.", -1),      # a refusal of another thing
    ("The towns failed to join, and the ferry pact is a failure.", -1),
    ("It would be a mistake not to participate in the ferry pact.", 1),       # the act's own preposition
    ("It would be a mistake not to sign up to the ferry pact.", 1),
])
def test_a_verdict_then_the_leaving_it_judges(text, polarity):
    stance = _read(text)
    assert stance is not None and stance.polarity == polarity


def test_the_ruin_of_what_the_issue_names_bringing_harm_warns_for_it():
    stance = _read("The collapse of the ferry pact would hurt the towns.")
    assert stance is not None and stance.polarity == 1 and stance.cues["polarity"][0] == "harm to it: collapse"


@pytest.mark.parametrize("text", [
    "The collapse of the ferry pact would be good for the towns.",     # a good consequence: no warning for it
    "The ferry pact would hurt the towns.",                             # harm from it
    "The collapse of the ferry pact would hurt no one.",                # no harm brought
])
def test_no_warning_for_it_without_a_ruin_of_it_bringing_harm(text):
    stance = _read(text)
    assert stance is None or stance.polarity != 1


def test_a_ruin_bringing_nothing_but_harm_still_warns():
    stance = _read("The collapse of the ferry pact would do nothing but harm the towns.")
    assert stance is not None and stance.polarity == 1


# --- a view rejected: its direction turned ------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "The notion that the ferry pact is a failure is a myth.",
    "The idea that the ferry pact is a failure is simply wrong.",
])
def test_a_view_called_untrue_after_its_clause_turns_its_direction(text):
    stance = _read(text)
    assert stance is not None and stance.polarity == 1 and stance.cues["polarity"][0].startswith("a view rejected")


@pytest.mark.parametrize("text, polarity", [
    ("We should reject the view that the ferry pact is a failure.", 1),
    ("It is time to challenge the conventional wisdom that the towns will build a successful ferry pact.", -1),
])
def test_a_view_doubted_before_its_noun_is_turned_by_the_doubt(text, polarity):
    stance = _read(text)
    assert stance is not None and stance.polarity == polarity


@pytest.mark.parametrize("text", [
    "We should question the assumption that the ferry pact will survive.",     # the view's direction not told
    "The assumption that the ferry pact will survive is naive.",
])
def test_a_view_rejected_without_a_direction_of_its_own_says_nothing_plain(text):
    assert _read(text) is None


@pytest.mark.parametrize("text", [
    "The view that the ferry pact is vital is not wrong.",          # the verdict denied
    "The idea that the ferry pact is a success is no myth.",
    "The idea that the ferry pact is a success is by no means wrong.",
    "We should not question the view that the ferry pact is vital.",
])
def test_a_view_not_rejected_keeps_its_reading(text):
    stance = _read(text)
    assert stance is not None and stance.polarity == 1


# --- after a fourth review -----------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, words, polarity", [
    ("Japan should oppose measures that restrict free ferry trade.", "ferry trade", 1),    # a verb after "that"
    ("We must prevent the destruction of the ferry pact.", "ferry pact", 1),              # a noun of damage
    ("Japan must halt the erosion of the ferry pact.", "ferry pact", 1),
    ("The town should save the failing ferry pact.", "ferry pact", 1),                    # harm the call takes on
    ("Japan should abandon the failing ferry pact.", "ferry pact", -1),                   # what it undoes, described
    ("The town should scrap the damaging ferry pact.", "ferry pact", -1),
    ("The town should scrap the stifling ferry pact.", "ferry pact", -1),
])
def test_damage_before_the_name_in_a_call(text, words, polarity):
    stance = _read(text, words)
    assert stance is not None and stance.polarity == polarity


@pytest.mark.parametrize("text, polarity", [
    ("Japan must not tolerate the port's seizure of the ferry pact.", 1),     # conduct not tolerated
    ("Japan should accept the port's seizure of the ferry pact.", -1),        # conduct accepted
])
def test_a_seizure_is_conduct_to_oppose(text, polarity):
    stance = _read(text)
    assert stance is not None and stance.polarity == polarity


def test_a_seizure_of_assets_is_no_conduct_to_oppose():
    stance = _read("Japan should allow the seizure of the port's ferry pact assets.")
    assert stance is None or not stance.cues["polarity"] or not stance.cues["polarity"][0].startswith("against the harm")


@pytest.mark.parametrize("text, polarity", [
    ("It was wise to withdraw to save the ferry pact.", 1),           # "to" of a purpose, not the act's own
    ("The ferry pact has yet to fully prove its critics wrong.", -1),  # awaited, an adverb between
])
def test_a_purpose_or_an_adverb_between(text, polarity):
    stance = _read(text)
    assert stance is not None and stance.polarity == polarity


def test_no_doubt_is_no_denial_of_an_untruth():
    stance = _read("The idea that the ferry pact is a failure is no doubt wrong.")
    assert stance is not None and stance.polarity == 1


def test_a_ruin_harming_no_one_but_others_is_no_warning():
    stance = _read("The collapse of the ferry pact would harm no one but the smugglers.")
    assert stance is None or stance.polarity != 1


# --- after a fifth review ------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, polarity", [
    ("The town should scrap the damaging tolls on the ferry pact.", 1),      # the participle describes the tolls
    ("The town should scrap the tolls and save the failing ferry pact.", 1),    # the undoing verb acts on the tolls
    ("The town should scrap that stifling ferry pact.", -1),                    # "that" as a determiner
    ("Japan should stop any stifling of the ferry pact.", 1),                   # an -ing noun of damage
    ("Refusing to sign on to the ferry pact was a mistake.", 1),                # the act's particle and preposition
    ("The collapse of the ferry pact would hurt the towns, and no one but the smugglers would gain.", 1),
    ("Japan must not tolerate the port's seizure of the ferry pact assets.", 1),   # a seizer named: conduct
])
def test_harm_bounded_by_what_the_words_act_on(text, polarity):
    stance = _read(text)
    assert stance is not None and stance.polarity == polarity
