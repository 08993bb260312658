"""Where a clause ends and whose words it holds: "as" opening a clause of time or reason, harm told of the subject of
such a clause, a predicate denied of a name by "but not", and a view told after an opening clause of time. Each case
is told with invented sentences."""

from __future__ import annotations

import pytest

from compare.clauses import split_clauses
from compare.positions import extract_for_issues
from conftest import span


def _read(text: str, words: str = "ferry pact"):
    return extract_for_issues(text, {"ferry": span(text, words)}).get("ferry")


def _kinds(text: str) -> list[tuple[str, str]]:
    tokens = text.split()
    return [(c.kind, " ".join(tokens[c.start:c.end])) for c in split_clauses(tokens)]


def test_as_with_a_subject_and_a_finite_verb_opens_a_clause_of_its_own():
    assert _kinds("Keeping the pact is all the more important as the harbour comes under strain .") == [
        ("main", "Keeping the pact is all the more important"),
        ("subordinate", "as the harbour comes under strain ."),
    ]
    assert _kinds("The towns , as they did in 2019 , must act .")[1] == ("subordinate", "as they did in 2019 ,")


@pytest.mark.parametrize("text", [
    "The pact is as important today as it was in 2016 .",          # a comparison
    "It is as much a matter of ferry trade as it is of security .",
    "It is as much a matter of trade as it is of security .",
    "The port acted as the towns had hoped .",                      # a role or a manner
    "We see the pact as the bond that has held the towns together .",
    "The pact , as the mayor has argued , is a failure .",          # who holds the view (attribution.py)
    "Japan should act as a bridge between the towns .",
    "The pact will go down as the worst blunder the council has made .",   # a noun phrase with its own clause
    "History will judge the pact as the blunder it was .",
])
def test_as_of_a_comparison_a_role_or_a_teller_opens_no_clause_of_time(text):
    assert "subordinate" not in [kind for kind, _ in _kinds(text)]


def test_judging_words_in_a_clause_of_time_do_not_set_the_main_clauses_direction():
    # "under strain" is said of the harbour, in a clause of its own: the call to keep the pact is for it
    stance = _read("Keeping the ferry pact is all the more important today as the harbour comes under strain.")
    assert stance is not None and stance.polarity == 1


@pytest.mark.parametrize("text", [
    "As the ferry pact comes under strain, the harbour towns are drawing up new rules.",
    "Because the ferry pact is at risk, the towns are drawing up new rules.",
    "The towns are drawing up new rules as the ferry pact comes under threat.",
])
def test_harm_a_clause_of_time_or_reason_tells_its_subject_suffers_is_for_it(text):
    stance = _read(text)
    assert stance is not None and stance.polarity == 1 and stance.cues["polarity"][0].startswith("harm to it")


@pytest.mark.parametrize("text, words", [
    ("As the ferry cartel puts the towns under strain, the council must act.", "ferry cartel"),   # harm it does
    ("Because the annexation of the pier is coming under strain, the port is nervous.", "annexation"),  # a harm itself
    ("Because the ferry pact will never collapse, the towns are calm.", "ferry pact"),            # harm denied
])
def test_harm_a_side_clause_subject_does_is_denied_or_is_by_nature_is_not_for_it(text, words):
    stance = _read(text, words)
    assert stance is None or not str(stance.cues["polarity"][0]).startswith("harm to it"), text


def test_harm_a_condition_supposes_is_no_position():
    stance = _read("If the ferry pact comes under strain, the towns will draw up new rules.")
    assert stance is None or stance.polarity != 1


@pytest.mark.parametrize("text, words", [
    ("We support the harbour towns, but not the ferry cartel.", "ferry cartel"),
    ("The tolls may succeed with the harbour towns, but not with the ferry cartel.", "ferry cartel"),
    ("We should engage the harbour towns but not the ferry cartel.", "ferry cartel"),
])
def test_a_predicate_denied_by_but_not_turns_for_what_follows(text, words):
    stance = _read(text, words)
    assert stance is not None and stance.polarity == -1 and "but not" in stance.cues["polarity"]


@pytest.mark.parametrize("text", [
    "We support the harbour towns, but not the ferry pact's critics.",      # the name owns what is denied
    "The tolls are a threat to the towns, not to the ferry pact alone.",    # not only
    "Last but not least, we must keep the ferry pact.",
])
def test_but_not_before_other_words_denies_nothing_of_the_name(text):
    stance = _read(text)
    assert stance is not None and stance.polarity == 1 and "but not" not in stance.cues["polarity"], text


def test_judging_words_after_but_not_are_not_turned():
    # "reckless" is said of the cartel's tolls themselves: nothing elided is denied of them
    stance = _read("The council praised the towns, but not the ferry cartel's reckless tolls.", "ferry cartel")
    assert stance is not None and stance.polarity == -1 and "but not" not in stance.cues["polarity"]


def test_last_but_not_least_leaves_the_call_as_it_reads():
    stance = _read("Last but not least, we must keep the ferry pact.")
    assert stance is not None and stance.polarity == 1


@pytest.mark.parametrize("text", [
    "When the ferry talks collapsed, many observers saw the ferry pact as a failure.",
    "After the tolls were raised, critics saw the ferry pact as a failure.",
])
def test_a_view_told_after_an_opening_clause_of_time_is_its_holders(text):
    stance = _read(text)
    assert stance is not None and stance.attribution == "reported"


def test_the_writers_own_view_after_an_opening_clause_of_time_stays_the_writers():
    stance = _read("When the ferry talks collapsed, I saw the ferry pact as a failure.")
    assert stance is not None and stance.attribution == "author"


@pytest.mark.parametrize("text, clauses", [
    ("The tolls should stay until the cartel abandons its blockade .",
     [("main", "The tolls should stay"), ("subordinate", "until the cartel abandons its blockade .")]),
    ("The ferry grew busier after the talks with the port collapsed .",
     [("main", "The ferry grew busier"), ("subordinate", "after the talks with the port collapsed .")]),
    ("The pact must be kept until it is replaced .",
     [("main", "The pact must be kept"), ("subordinate", "until it is replaced .")]),
    ("The tolls should stay until a deal is reached .",
     [("main", "The tolls should stay"), ("subordinate", "until a deal is reached .")]),
])
def test_until_before_and_after_with_a_subject_and_a_finite_verb_open_a_clause_of_time(text, clauses):
    assert _kinds(text) == clauses


@pytest.mark.parametrize("text", [
    "We must act before the end of the year .",                     # a phrase of time
    "The tolls must stay until next year .",
    "Even 62 years after the pact was signed , the tolls remain .",   # no verb before it: an opening phrase
    "I believed that the talks could succeed only after the port had squeezed the cartel .",   # what a view holds
    "People are sure that after it rejoins the pact , the port has changed course .",
    "The vote comes a day after the mayor called for the pier to be kept open .",   # whose call (attribution.py)
    "It could take years before any real progress is made .",
    "The pact signed after the war has been a great success .",        # a participle is no finite verb before it
    "The pact has after all proved a failure .",                        # adverbs
    "The pact has until now proved a success .",
    "The towns must look after the pact they have built .",             # a phrasal verb
])
def test_a_phrase_of_time_or_a_time_inside_a_view_opens_no_clause_of_its_own(text):
    assert "subordinate" not in [kind for kind, _ in _kinds(text)]


def test_judging_words_in_a_clause_of_until_do_not_turn_the_call():
    # "abandons" is said of the cartel, in a clause of its own: the call is to keep the tolls
    stance = _read("The ferry tolls should stay in place until the cartel abandons its blockade.", "ferry tolls")
    assert stance is not None and stance.kind == "prescription" and stance.polarity == 1


def test_a_claim_keeps_the_clause_of_until_that_bounds_it():
    from compare.cues import claim_text

    assert "blockade" in claim_text("The towns must keep the tolls until the cartel ends its blockade.")
    assert "threat" not in claim_text("The towns must keep the tolls as the cartel comes under threat.")


def test_what_pressure_kept_up_until_bears_on_is_what_the_call_is_about():
    stance = _read("The towns must keep up the pressure until the ferry cartel ends its blockade.", "ferry cartel")
    assert stance is not None and (stance.kind, stance.polarity) == ("prescription", 1)


def test_a_wait_until_something_happens_calls_nothing_against_it():
    stance = _read("The towns should wait until the ferry pact is signed.")
    assert stance is None or stance.polarity != -1
