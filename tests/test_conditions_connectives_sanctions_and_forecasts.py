"""Conditions that close a sentence, connectives of weight, weight in someone else's agenda, praise told, harm told in
a side clause, dealings cut as a sanction, forecasts that harm will or will not end, what cannot be gainsaid, a need
stated in a course told and a person's threat: classes of real commentaries the rules read in the wrong direction, or
as the writer's own. Each case is told with invented sentences."""

from __future__ import annotations

import pytest

from compare.clauses import split_clauses
from compare.positions import extract_for_issues
from conftest import span


def _read(text: str, words: str = "ferry pact"):
    return extract_for_issues(text, {"ferry": span(text, words)}).get("ferry")


def _kinds(text: str) -> list[tuple[str, str]]:
    raw = text.split()
    return [(raw[c.start], c.kind) for c in split_clauses(raw)]


# --- a condition closing the sentence ------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "the towns would suffer if confidence in the pact was undermined .",
    "the islands will lose out if trade collapses .",
    "the pact fails if left unchecked .",
])
def test_if_opens_a_condition_before_a_bare_noun(text):
    assert ("if", "subordinate") in _kinds(text)


@pytest.mark.parametrize("text", [
    "the pact brings few if any gains .",
    "the task is hard if not impossible .",
    "the towns will act if necessary .",
])
def test_if_before_a_phrase_opens_no_condition(text):
    assert ("if", "subordinate") not in _kinds(text)


@pytest.mark.parametrize("text", [
    "The islands would suffer if the ferry pact collapsed.",
    "The islands would suffer if confidence in the ferry pact was undermined.",
    "Harbour trade would unravel all over the coast if the ferry pact was undermined.",
    "The towns will suffer if the ferry pact is lost.",
])
def test_harm_to_it_in_a_closing_condition_of_a_harm_foretold_is_for_it(text):
    stance = _read(text)
    assert stance is not None and stance.polarity == 1, stance


def test_a_closing_condition_after_a_plain_present_gives_it_no_reading_against_it():
    # (no modal: the main clause is no forecast or call said under the condition; "The levy is a mistake if the pact
    # is renewed" judges the levy)
    for text in ("Harbour trade suffers if the ferry pact is weakened.",
                 "The levy is a mistake if the ferry pact is renewed."):
        stance = _read(text)
        assert stance is None or stance.polarity != -1, (text, stance)


@pytest.mark.parametrize("text", [
    "It would be a mistake if the towns abandoned the ferry pact.",
    "It would be wise if the council scrapped the ferry pact.",
    "The council must decide if the ferry pact should stay.",
    "We must ask ourselves if the ferry pact was a mistake.",
])
def test_a_closing_if_that_asks_or_is_judged_gives_no_reading_of_the_main_clause(text):
    assert _read(text) is None


@pytest.mark.parametrize("text", [
    "it was a slow if steady success for the pact .",
    "the pact is a bold if flawed attempt to calm the islands .",
    "the talks produced modest if tangible progress on the pact .",
])
def test_if_between_two_qualities_opens_no_condition(text):
    assert ("if", "subordinate") not in _kinds(text)


@pytest.mark.parametrize("text", [
    "The towns should sign the new levy if the ferry pact is renewed.",
    "The towns should walk away if the ferry pact fails to deliver.",
    "The towns should retaliate, if necessary by suspending the ferry pact.",
])
def test_a_call_under_a_closing_condition_without_harm_gives_it_no_reading(text):
    # (what a call's own verb does is about its own object)
    assert _read(text) is None


@pytest.mark.parametrize("text", [
    "The towns would thrive even if the ferry pact collapsed.",     # (whatever the condition)
    "The towns acted as if the ferry pact had collapsed.",
    "It would be a mistake if the towns abandoned the ferry pact.",  # (a verdict on the act supposed)
])
def test_no_harm_to_it_from_a_condition_that_sets_nothing(text):
    stance = _read(text)
    assert stance is None or stance.polarity != 1 or "harm to it" not in str(stance.cues.get("polarity")), stance


def test_a_comma_between_hyphened_modifiers_ends_no_clause():
    text = "trade would unravel if confidence in the WTO-led , rules-based order was undermined ."
    assert [kind for _, kind in _kinds(text)] == ["main", "subordinate"]


# --- a connective of weight opening the sentence --------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Crucial, however, is a renewal of the ferry pact.",
    "Critical, too, is a renewal of the ferry pact.",
])
def test_a_weighty_predicate_put_first_still_judges(text):
    stance = _read(text)
    assert stance is not None and stance.polarity == 1, stance


@pytest.mark.parametrize("text", [
    "More important still, the ferry pact was signed in May.",
    "More important, the ferry pact lags behind its rivals.",
    "But equally important, the ferry pact was signed in May.",
    "Most importantly of all, the ferry pact was signed in May.",
])
def test_an_opening_connective_of_weight_judges_nothing(text):
    assert _read(text) is None


@pytest.mark.parametrize("text, kind", [
    ("Most importantly, the ferry pact must be renewed.", "prescription"),
    ("The ferry pact is more important than ever.", "evaluation"),
    ("It is important that the ferry pact be renewed.", "prescription"),
])
def test_weight_outside_an_opening_connective_still_counts(text, kind):
    stance = _read(text)
    assert stance is not None and stance.kind == kind and stance.polarity == 1, stance


# --- weight in someone else's agenda --------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "For a decade, the ferry pact has been vital to the harbour board's economic agenda.",
    "The council has made the ferry pact a major pillar of its policy agenda.",
    "The ferry pact is central to the mayor's policy.",
])
def test_weight_in_anothers_agenda_is_told_not_judged(text):
    assert _read(text) is None


@pytest.mark.parametrize("text", [
    "I have long been critical of the board's ferry pact policy.",
    "The tolls are a severe blow to the mayor's ferry pact agenda.",
])
def test_words_other_than_weight_before_anothers_agenda_still_judge(text):
    stance = _read(text)
    assert stance is not None and stance.polarity in (1, -1), stance


@pytest.mark.parametrize("text", [
    "The ferry pact is vital to our economic agenda.",
    "The ferry pact is vital to the islands' economy.",
    "The ferry pact remains a key pillar of the board's strategy.",
    "The ferry pact was a critical chance to define his policy.",
])
def test_weight_elsewhere_still_judges(text):
    stance = _read(text)
    assert stance is not None and stance.polarity == 1, stance


def test_weight_for_anothers_policy_to_do_something_still_calls():
    stance = _read("It is important for the board's policy to keep the ferry pact.")
    assert stance is not None and stance.kind == "prescription" and stance.polarity == 1, stance


def test_a_call_to_keep_it_central_to_anothers_policy_still_calls():
    stance = _read("The ferry pact must remain the cornerstone of the board's policy.")
    assert stance is not None and stance.kind == "prescription" and stance.polarity == 1, stance


# --- praise told ------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "The mayor extolled the ferry pact's achievements as a model for others.",
    "The mayor extols the ferry pact as a great achievement.",
])
def test_praise_someone_extolled_is_theirs(text):
    stance = _read(text)
    assert stance is None or stance.attribution == "reported", stance


# --- a leaving named by its noun, with the leaver between ------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "The withdrawal of the harbour towns from the ferry pact was a grave mistake.",
    "His withdrawal of the United States from the ferry pact could undermine trust in the islands.",
])
def test_a_withdrawal_with_its_leaver_named_judged_badly_is_for_what_was_left(text):
    stance = _read(text)
    assert stance is not None and stance.polarity == 1, stance


# --- harm done to it, in a side clause too ----------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "I reject that idea, because such a step would unravel the ferry pact.",
    "The towns resisted the levy, because it would wreck the ferry pact.",
    "The cartel's tolls would unravel the ferry pact.",
])
def test_harm_done_to_it_is_for_it_in_a_reason_clause_too(text):
    stance = _read(text)
    assert stance is not None and stance.polarity == 1, stance


def test_harm_it_does_in_a_reason_clause_is_against_it():
    stance = _read("I reject that idea, because the ferry pact would unravel the islands' economy.")
    assert stance is None or stance.polarity == -1, stance


# --- dealings cut: a sanction, pressure on the party -------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "The towns must stop all trade with Westport.",
    "The council should halt fuel exports to Westport.",
    "The towns should cut off investment from Westport.",
    "Sanctions should be tightened even further, to stop all trade with Westport.",
])
def test_a_call_to_cut_a_partys_dealings_presses_it(text):
    stance = extract_for_issues(text, {"westport": span(text, "Westport")}).get("westport")
    assert stance is not None and stance.polarity == 1 and "pressure:" in str(stance.cues.get("polarity")), stance


def test_the_dealings_cut_are_not_judged():
    text = "The towns must stop all trade with Westport."
    assert extract_for_issues(text, {"trade": span(text, "trade")}).get("trade") is None


@pytest.mark.parametrize("text", [
    "The allies should stop blocking trade with Westport.",      # (a sanction eased)
    "The allies should end restrictions on trade with Westport.",
    "Washington should halt arms exports to Westport.",          # (support withheld, no sanction)
    "The towns should cut tariffs on trade with Westport.",     # (a cut that is no sanction)
    "The towns should reject demands to cut off trade with Westport.",
    "The towns should stop waiting for Westport.",
    "The towns should not stop trade with Westport.",
])
def test_no_pressure_read_where_no_dealings_are_cut(text):
    stance = extract_for_issues(text, {"westport": span(text, "Westport")}).get("westport")
    assert stance is None or "pressure:" not in str(stance.cues.get("polarity")), stance


# --- a forecast that harm will, or will not, end -----------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Westport is unlikely to give up its nuclear weapons.",
    "Sanctions will fail to halt Westport's missile tests.",
    "It will be hard to stop Westport's missile tests.",
    "Sanctions will do little to stop Westport's missile tests.",
    "Nothing will stop Westport's missile tests.",
    "Sanctions will hardly halt Westport's missile tests.",
])
def test_no_harm_ended_where_the_forecast_denies_it_otherwise(text):
    stance = extract_for_issues(text, {"westport": span(text, "Westport")}).get("westport")
    assert stance is None or stance.polarity != 1, stance


def test_a_forecast_of_harm_not_ended_is_not_given_to_its_victim():
    stance = _read("Westport will never cease its provocations against the ferry pact.")
    assert stance is None or stance.polarity != -1, stance


def test_a_forecast_held_then_is_no_forecast_of_harm_ended():
    text = "We spent years believing that patient talks could end Westport's missile tests."
    stance = extract_for_issues(text, {"westport": span(text, "Westport")}).get("westport")
    assert stance is None or "harm ended" not in str(stance.cues.get("polarity")), stance


def test_a_call_framed_on_it_is_not_read_against_what_its_closing_condition_names():
    stance = _read("It should become the basis for planning what we would do if the ferry pact collapsed.")
    assert stance is None or stance.polarity != -1, stance


def test_a_forecast_of_harm_not_ended_is_not_given_to_what_a_condition_names():
    stance = _read("If the ferry pact collapses, Westport will never halt its missile tests.")
    assert stance is None or stance.polarity != -1, stance


@pytest.mark.parametrize("text, polarity", [
    ("Westport will never end its missile tests.", -1),
    ("Westport will never cease its provocative drills.", -1),
    ("Westport will not stop its missile tests.", -1),
    ("Westport will never give up its nuclear weapons.", -1),
    ("Westport will cease its provocative drills.", 1),
    ("The sanctions will halt Westport's missile tests.", 1),
])
def test_a_forecast_of_harm_ended_or_not(text, polarity):
    stance = extract_for_issues(text, {"westport": span(text, "Westport")}).get("westport")
    assert stance is not None and stance.kind == "prediction" and stance.polarity == polarity, stance


# --- what cannot be gainsaid, a need stated in a course told, a person's threat ----------------------------------------

@pytest.mark.parametrize("text", [
    "There is no denying the ferry pact's failure.",
    "There is no denying the failure of the ferry pact.",
    "There's no sugarcoating the failure of the ferry pact.",
])
def test_no_gainsaying_affirms_what_follows(text):
    stance = _read(text)
    assert stance is not None and stance.polarity == -1, stance


def test_no_before_a_noun_still_denies():
    stance = _read("There is no failure in the ferry pact.")
    assert stance is None or stance.polarity != -1, stance


@pytest.mark.parametrize("text", [
    "Washington should continue to emphasize the need to renew the ferry pact.",
    "It is vital to continue to stress the need to renew the ferry pact.",
])
def test_a_course_of_stating_called_for_stays_the_writers(text):
    stance = _read(text)
    assert stance is not None and stance.attribution == "author", stance


@pytest.mark.parametrize("text", [
    "The board dropped the tolls but continued to emphasize the need to renew the ferry pact.",
    "Officials continue to stress the need to renew the ferry pact.",
    "The mayor went on to stress the need to renew the ferry pact.",
])
def test_a_need_someone_continued_to_stress_is_theirs(text):
    stance = _read(text)
    assert stance is not None and stance.attribution == "reported", stance


def test_a_need_the_writer_calls_to_stress_stays_a_call():
    stance = _read("The board should emphasize the need to renew the ferry pact.")
    assert stance is not None and stance.attribution == "author" and stance.polarity == 1, stance


def test_a_persons_threat_to_act_is_narrated():
    assert _read("Now he threatens to tear up the ferry pact.") is None


def test_a_persons_threat_as_a_time_the_main_clause_is_told_of_is_no_narration_of_it():
    stance = _read("Each time he threatens to quit the ferry pact, the islands suffer.")
    assert stance is None or stance.polarity != -1, stance


def test_a_persons_threat_with_a_clause_after_it_still_warns():
    stance = _read("Now he threatens to tear up the ferry pact, and the towns should resist.")
    assert stance is None or stance.polarity != -1, stance


@pytest.mark.parametrize("text", [
    "The ferry pact is starting to unravel.",
    "The ferry pact could unravel.",
    "The ferry pact has begun to crumble.",
])
def test_a_coming_apart_is_harm_it_suffers_in_every_form(text):
    stance = _read(text)
    assert stance is not None and stance.polarity == 1, stance


def test_a_things_threat_still_warns():
    stance = _read("The tolls threaten to tear up the ferry pact.")
    assert stance is not None and stance.polarity == 1, stance
