"""Pressure on the one named, calls not to alter a thing, views others hold or a text's authors state, praise of what
is damaged, topics set against each other, frames of understanding and joined that-clauses: the classes blind readers
of real commentaries found read unfairly this round. Each case is told with invented sentences."""

from __future__ import annotations

import pytest

from compare.clauses import split_clauses
from compare.positions import extract_for_issues
from compare.text.tokens import CLAUSE_TOKEN
from conftest import span


def _read(text: str, words: str = "ferry pact"):
    return extract_for_issues(text, {"ferry": span(text, words)}).get("ferry")


def _direction(text: str, words: str = "ferry pact") -> tuple[str, int] | None:
    stance = _read(text, words)
    return None if stance is None else (stance.kind, stance.polarity)


# --- pressure on the one named --------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "The towns must demand the port scrap all of its nuclear materials and facilities.",
    "The towns must demand that the port dismantle its missile sites.",
    "We should call on the port to dismantle its nuclear facilities.",
    "Japan must press the port to give up its nuclear weapons.",
    # the writer's side demanding, and the pressing put with an adverb or "continue to"
    "Japan must demand that the port give up its nuclear weapons.",
    "Washington should insist that the port dismantle its nuclear facilities.",
    "Japan must also press the port to give up its nuclear weapons.",
    "Japan and the US must continue to press the port to give up its nuclear weapons.",
    "Japan must, however, press the port to give up its nuclear weapons.",
])
def test_a_call_pressing_another_to_give_up_its_arms_is_for_the_pressure(text):
    assert _direction(text, "port") == ("prescription", 1)


@pytest.mark.parametrize("text", [
    "The SDF must not give up its missile capabilities.",
    "Seoul should not dismantle its missile facilities.",
    "The utility must not scrap its nuclear facilities.",
])
def test_where_no_one_is_pressed_a_towns_own_facilities_are_no_arsenal_ended(text):
    stance = _read(text, text.split(" must")[0].split(" should")[0])
    assert (stance.kind, stance.polarity) == ("prescription", 1)
    assert not any(str(cue).startswith("against the harm") for cue in stance.cues["polarity"])


@pytest.mark.parametrize("text, words", [
    ("The SDF must get ready to give up its missile capabilities.", "SDF"),    # no one pressed: its own
    ("The SDF should push hard to scrap its missile sites.", "SDF"),
    ("Tokyo must push itself to scrap its missile capabilities.", "Tokyo"),
])
def test_an_adverb_or_a_particle_after_a_verb_of_pressing_is_no_one_pressed(text, words):
    stance = _read(text, words)
    assert not any(str(cue).startswith("against the harm") for cue in stance.cues["polarity"])


def test_a_call_urging_another_never_to_give_up_its_arms_is_no_arsenal_given_up():
    # (the pressed-arms rule does not read it; what other rules make of it is theirs)
    stance = _read("We should urge the port never to give up its nuclear weapons.", "port")
    assert not any(str(cue).startswith("against the harm") for cue in stance.cues["polarity"])


@pytest.mark.parametrize("text", [
    "The towns must never appease Westport.",
    "The towns must not lower the hurdles for Westport.",
    "We must not make concessions to Westport.",
    "We should not placate Westport.",
    "We must not continue to appease Westport.",
    "We must not make concessions to Westport to secure a ceasefire.",
])
def test_a_call_refusing_to_give_way_to_another_is_for_the_pressure(text):
    stance = _read(text, "Westport")
    assert (stance.kind, stance.polarity) == ("prescription", 1)
    assert any(str(cue).startswith("giving way") for cue in stance.cues["polarity"])


@pytest.mark.parametrize("text", [
    "Japan must not miss the chance to make concessions to Westport.",     # the denial is another verb's
    "The town should not hesitate to appease Westport.",
    "The league should not lower the bar for Westport to join the ferry pact.",     # a criterion for its act
])
def test_a_denial_of_another_verb_or_a_criterion_gives_no_way(text):
    stance = _read(text, "Westport")
    assert not any(str(cue).startswith("giving way") for cue in stance.cues["polarity"])


@pytest.mark.parametrize("text, expected", [
    # a way given asked for may be a bargain for talks: it reads as it stands
    ("We should reward Westport for its restraint.", ("prescription", 1)),
    ("The towns should make concessions to Westport.", ("prescription", 1)),
    # a call not to talk to it is no firmness ("must not talk to the port": against talks)
    ("We must not talk to Westport.", ("prescription", -1)),
    # a call not to press is read as it stands, as one not to demand is
    ("The towns must not demand that the port scrap its nuclear weapons.", ("prescription", -1)),
])
def test_a_way_given_asked_for_or_talks_refused_read_as_they_stand(text, expected):
    assert _direction(text, text.split()[-1].rstrip(".")) == expected


@pytest.mark.parametrize("text, words", [
    ("Tokyo should not lower the barriers for free trade.", "free trade"),      # a restriction on an activity
    ("We should not reward the ferry operator.", "ferry operator"),            # no party's name
    ("Tokyo must not make concessions to Washington.", "Washington"),          # the writer's side
    ("Japan should not lower the barriers for Chinese imports.", "Chinese"),    # a people's adjective: an activity
])
def test_no_way_given_to_an_activity_a_common_noun_or_the_writers_side(text, words):
    stance = _read(text, words)
    assert (stance.kind, stance.polarity) == ("prescription", -1)
    assert not any(str(cue).startswith("giving way") for cue in stance.cues["polarity"])


def test_the_one_pressed_names_no_writers_side_nor_a_clause():
    # ("demand that we..." is no pressure on another; "urge it not to..." no arsenal given up by the one named)
    assert _read("We must demand the towns and the port scrap the old ferry pact.") is not None
    assert _direction("We must demand the towns and the port scrap the old ferry pact.")[1] == -1


# --- a call not to alter a thing ------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "The lake town will not and should not change the ferry pact's current rules.",
    "We must not alter the rules of the ferry pact.",
    "We must not water down the ferry pact.",
    "The ferry pact's terms should not be rewritten.",
    "The rules of the ferry pact should not be changed.",
    "We should not modify the ferry pact.",
    "But the ferry pact should not be revised.",
    "The town should not seek to revise the ferry pact.",
])
def test_a_call_not_to_alter_a_thing_is_for_keeping_it(text):
    stance = _read(text)
    assert (stance.kind, stance.polarity) == ("prescription", 1)
    assert stance.cues["polarity"][0].startswith("not ") and len(stance.cues["polarity"]) == 1


def test_a_call_not_to_dilute_what_the_issue_names_keeps_it():
    # (the name's own word a restriction: the sanctions named are kept)
    assert _direction("The towns must not dilute the sanctions on the port.", "sanctions") == ("prescription", 1)


@pytest.mark.parametrize("text", [
    "We should not change our minds about the ferry pact.",      # not its object: no keeping of it
    "We should not change course on the ferry pact.",
    "The town should not change the ferry pact but scrap it.",  # what is asked instead decides
])
def test_no_keeping_read_where_the_thing_is_no_object_or_something_else_is_asked(text):
    assert not any(str(cue).startswith("not change") for cue in _read(text).cues["polarity"])


@pytest.mark.parametrize("text, expected", [
    ("The lake town should change the ferry pact's rules.", ("prescription", 1)),    # asked for: reform
    # a restriction on the thing kept, or the thing's own conduct let stand, is no keeping of it
    ("The ban on ferry pact talks should not be revised.", ("prescription", -1)),
    ("We should not alter the ferry pact's missile tests.", ("prescription", -1)),
    # a restriction or a line held on the thing named keeps the restriction, not the thing
    ("The town should not change its ferry pact cap.", ("prescription", -1)),
    ("The ferry pact ban should not be revised.", ("prescription", -1)),
    ("The town should not change its hard line against the ferry pact.", ("prescription", -1)),
])
def test_alteration_only_of_the_thing_named_and_only_refused(text, expected):
    assert _direction(text) == expected


# --- views others hold, and what a text's authors say in it -----------------------------------------------------------

@pytest.mark.parametrize("text", [
    "The port towns finally reached an accord on a ferry pact text acceptable to all parties.",
    "The towns agreed on a ferry pact acceptable to both sides.",
    "The mayors signed a ferry pact palatable to both sides.",
])
def test_acceptable_to_a_party_tells_how_the_party_takes_it(text):
    assert _read(text) is None


@pytest.mark.parametrize("text, expected", [
    ("The ferry pact is acceptable.", ("evaluation", 1)),
    ("The ferry pact is unacceptable to us.", ("evaluation", -1)),
    ("The ferry pact is acceptable to me.", ("evaluation", 1)),
    # said of the thing after a linking verb: a verdict on its prospects
    ("However, the ferry pact is not likely to be acceptable to the islanders.", ("prediction", -1)),
    # to anyone at all: the writer's own norm
    ("The port's demand on the ferry pact is a condition unacceptable to any sovereign town.", ("evaluation", -1)),
    ("The ferry pact offers terms acceptable to everyone.", ("evaluation", 1)),
    # said of the subject: "is a violation unacceptable to..."
    ("The port's seizure of the ferry pact's islands is a violation unacceptable to the lake town.", ("evaluation", -1)),
])
def test_acceptable_with_no_party_or_to_the_writer_or_after_a_linking_verb_judges(text, expected):
    assert _direction(text) == expected


@pytest.mark.parametrize("text", [
    "The mayors issued a statement in which they said the ferry pact was a success.",
    "The mayors issued a joint communique in which they cited the court's ruling on the ferry pact as a milestone.",
    "The ministers published a report in which the officials noted that the ferry pact had failed.",
])
def test_what_a_texts_authors_say_in_it_is_theirs(text):
    assert _read(text).attribution == "reported"


@pytest.mark.parametrize("text", [
    "We issued a statement in which we said the ferry pact was a success.",        # the writer's own text
    "The ferry pact, in which the towns pledged to cut tolls, is a success.",       # no text's noun
    # the writer's own words after the relative clause ends
    "The towns adopted a resolution in which they noted the tolls, and the ferry pact is now a failure.",
    # the text's noun heading the subject: the writer's verdict on the text
    "The report in which the authors noted the tolls is a damning indictment of the ferry pact.",
])
def test_the_writers_own_text_or_a_thing_that_is_no_text_stays_the_writers(text):
    assert _read(text).attribution == "author"


@pytest.mark.parametrize("text", [
    "The lake town, meanwhile, has been waiting for the port to take concrete action on the ferry pact.",
    "The lake town is withdrawing from the ferry pact.",
])
def test_a_third_party_waiting_or_withdrawing_is_narrated_no_verdict(text):
    assert _read(text) is None


def test_an_ing_adjective_before_a_particle_still_judges():
    assert _direction("The news on the ferry pact is encouraging for the towns.") == ("evaluation", 1)


# --- praise of what is damaged, and topics set against each other ---------------------------------------------------

def test_praise_of_what_the_named_one_damages_is_no_praise_of_it():
    stance = _read("The board's secrecy has eroded the foundation of public trust, a vital asset.", "board")
    assert (stance.kind, stance.polarity) == ("evaluation", -1)


@pytest.mark.parametrize("text", [
    "The ferry pact has damaged the smugglers' trade, an important achievement.",   # the damage itself praised
    "The ferry pact has undermined the smugglers' trade, a positive step.",
    "The ferry pact has weakened the smugglers' grip on the port, a good thing.",
])
def test_praise_of_the_damage_done_still_counts(text):
    # (the praise is the writer's on what the damage did: not read against the one that did it)
    stance = _read(text)
    assert stance is None or stance.polarity >= 0


def test_the_owner_of_those_who_damage_does_no_damage():
    # ("the pact's critics" damage it, not the pact)
    assert _direction("The ferry pact's critics have damaged the ferry pact, a vital asset.") != ("evaluation", -1)


def test_harm_to_the_named_one_with_its_praise_after_it_still_warns_for_it():
    assert _direction("The tolls have damaged the ferry pact, a pillar of regional stability.") == ("evaluation", 1)


@pytest.mark.parametrize("text", [
    "On the security front, the talks have been helpful and productive, but on the trade front, the two towns appear "
    "to have diverged on the ferry tolls.",
    "On security, the talks have been helpful, but on the ferry tolls, the two towns have diverged.",
])
def test_an_issue_named_after_a_turn_to_a_topic_of_its_own_is_not_judged_by_the_words_before(text):
    assert _read(text, "ferry tolls") is None


def test_an_issue_after_a_turn_to_its_own_topic_is_judged_by_its_own_words():
    text = "The talks were slow, but on the ferry tolls, the towns have made welcome progress."
    assert _direction(text, "ferry tolls") == ("evaluation", 1)


def test_a_turn_with_no_topic_of_its_own_is_left_to_the_other_rules():
    # ("but ferry tolls alone...": one topic runs on; the words before the turn may judge it)
    assert _read("The new resolution on ferry tolls is welcome, but ferry tolls alone are not enough.",
                 "ferry tolls") is not None


# --- advice, frames of understanding, and what a call undoes --------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("The lake town would do better to scrap the ferry pact.", ("prescription", -1)),
    ("The lake town would do best to keep the ferry pact.", ("prescription", 1)),
    ("Given the risks, though, the town would do better to scrap what has become an outdated ferry pact.",
     ("prescription", -1)),
])
def test_advice_put_as_doing_better_is_a_call(text, expected):
    assert _direction(text) == expected


@pytest.mark.parametrize("text", [
    "The old ferry pact had better terms for the islands.",
    "Under the ferry pact, traders had better access to the port.",
])
def test_better_things_had_are_no_advice(text):
    stance = _read(text)
    assert stance is None or stance.kind != "prescription"


def test_a_call_to_save_what_is_failing_still_takes_on_the_harm():
    assert _direction("The lake town should save what is now a failing ferry pact.") == ("prescription", 1)


@pytest.mark.parametrize("text, expected", [
    ("To understand the ferry tensions, one needs to see the broader struggle over the ferry pact.", None),
    ("One needs to understand that the ferry pact is fragile.", ("evaluation", -1)),
    ("We need to recognize the ferry pact's value.", ("prescription", 1)),     # no frame: a call
    # "one" with a determiner is someone: no frame
    ("No one should consider scrapping the ferry pact.", ("prescription", 1)),
    # a doing or a way after the verb of grasping still calls
    ("One must consider abandoning the ferry pact.", ("prescription", -1)),
    ("One needs to look at ways to save the ferry pact.", ("prescription", 1)),
    # keeping and bearing frame only "in mind"
    ("One must keep the ferry pact strong.", ("prescription", 1)),
    ("One must keep in mind that the ferry pact is fragile.", ("evaluation", -1)),
    ("We must keep in mind that the ferry pact is fragile.", ("evaluation", -1)),
])
def test_what_one_must_see_or_understand_frames_the_claim(text, expected):
    assert _direction(text) == expected


# --- joined that-clauses ----------------------------------------------------------------------------------------------

def _clauses(text: str) -> list[tuple[str, str]]:
    raw = CLAUSE_TOKEN.findall(text)
    return [(c.kind, " ".join(raw[c.start:c.end])) for c in split_clauses(raw, lowered=[w.lower() for w in raw])]


def test_a_second_that_clause_joined_by_and_opens_a_clause_of_its_own():
    clauses = _clauses("The mayors agreed that a dialogue for its own sake is pointless and that now is the time to act.")
    assert clauses[-1][1] == "that now is the time to act ." and clauses[-1][0] == clauses[-2][0]
    # "and that is..." points back: no clause of its own
    assert not any(text.startswith("that is") for _, text in _clauses(
        "The mayors agreed that the tolls were harmful and that is welcome."))


def test_a_call_in_the_second_that_clause_takes_its_own_direction():
    text = ("It is significant that the mayors agreed that a dialogue for its own sake is pointless and that now is "
            "the time to apply maximum pressure on the port.")
    assert _direction(text, "port") == ("prescription", 1)


def test_an_issue_judged_in_the_first_that_clause_keeps_its_verdict():
    assert _direction("The truth is that the ferry pact has failed and that the town must look elsewhere.") == (
        "prescription", -1)


@pytest.mark.parametrize("text", [
    "Critics argue that the tolls are harmful and that the ferry pact should be scrapped.",
    "Several of you argue in your draft papers that the ferry pact has failed.",
    "Several of you argue in your draft papers that the port has abandoned any interest in the ferry pact and that "
    "engagement with the port has therefore failed.",
])
def test_joined_that_clauses_of_anothers_view_stay_theirs(text):
    assert _read(text).attribution == "reported"


@pytest.mark.parametrize("text", [
    "Let me say at the outset that the ferry pact is a success.",       # the writer's own saying
    "The port insists on a ferry pact that favours it, which is outrageous.",       # a relative "that"
    "The lake town rightly insists at every opportunity on a ferry pact that returns the islands.",
])
def test_a_saying_offered_or_a_verb_with_its_object_reports_nothing(text):
    assert _read(text).attribution == "author"


# --- what someone has at stake, and concerns shared by others ---------------------------------------------------------

@pytest.mark.parametrize("text", [
    "But it is not clear what the port has to gain from the ferry pact.",
    "The town has much to lose if the ferry pact fails.",
])
def test_what_someone_has_to_gain_or_lose_is_no_obligation(text):
    stance = _read(text)
    assert stance is None or stance.kind != "prescription"


def test_what_someone_has_to_do_still_calls():
    assert _direction("What the town has to do is save the ferry pact.") == ("prescription", 1)


def test_concerns_others_share_are_theirs_and_the_writers_own_stay_the_writers():
    assert _read("The mayors share concerns about the ferry tolls.", "ferry tolls").attribution == "reported"
    assert _read("We share concerns about the ferry tolls.", "ferry tolls").attribution == "author"


def test_an_interest_shared_is_no_view_voiced():
    stance = _read("They at least share a common interest in the ferry pact's survival, which is vital.")
    assert stance is None or stance.attribution == "author"


@pytest.mark.parametrize("text, expected", [
    # a call not to alter a thing with something else asked after "but": only an ending asked instead turns it
    ("We should not water down the ferry pact but enforce it.", ("prescription", 1)),
    ("The ferry pact should not be revised, but rather strengthened.", ("prescription", 1)),
    # a way refused to a named party is for the pressure whatever a purpose clause says
    ("We must not make concessions to Westport to avoid a war.", ("prescription", 1)),
    # a denial turned by reluctance asks for the giving way
    ("We should not be reluctant to appease Westport.", ("prescription", -1)),
    # "more than ever" is no stake held: the call stands
    ("Now more than ever, the town has to offer real support to the ferry pact.", ("prescription", 1)),
])
def test_the_last_reviews_cases(text, expected):
    words = "Westport" if "Westport" in text else "ferry pact"
    assert _direction(text, words) == expected


def test_a_call_to_share_concerns_stays_the_writers():
    assert _read("All towns should share concerns about the ferry tolls.", "ferry tolls").attribution == "author"
