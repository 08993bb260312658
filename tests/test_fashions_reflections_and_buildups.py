"""A view in fashion ("it was suddenly fashionable to see..."), a feeling said to be reflected in another's act ("This
concern is reflected in the board's official response"), harm done to the building up of a thing, a proposal named as
someone's ("One of his proposals is to..."), and an inability told with a denied "could" ("neither could deter..."):
classes of real commentaries the rules read as the writer's own, in the wrong direction, or as a forecast with no
direction. Each case is told with invented sentences."""

from __future__ import annotations

import pytest

from compare.positions import extract_for_issues
from conftest import span


def _read(text: str, words: str = "ferry pact"):
    return extract_for_issues(text, {"ferry": span(text, words)}).get("ferry")


# --- a view in fashion --------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, words", [
    ("It was suddenly fashionable to see the ferry pact as a failure.", "ferry pact"),
    ("It has become fashionable to argue that the ferry pact is a failure.", "ferry pact"),
    ("It was once fashionable in the port to describe the ferry pact as a failure.", "ferry pact"),
    ("The fashionable view is that the ferry pact is a failure.", "ferry pact"),
    # (a relative going on after ", and" is still the view's, no clause of the writer's)
    ("Years ago, when we marked the centenary, it was fashionable to see the two ferry ports as a rising and a "
     "declining power, and who might slip into conflict.", "ferry ports"),
])
def test_a_view_in_fashion_is_not_the_writers(text, words):
    stance = _read(text, words)
    assert stance is not None and stance.attribution == "reported", stance


@pytest.mark.parametrize("text, polarity", [
    ("It is fashionable to dismiss the ferry pact, but the ferry pact has worked well.", 1),
    ("It is wrong to see the ferry pact as a failure.", -1),
    ("The ferry pact is a failure, and it is fashionable to say so.", -1),
])
def test_the_writers_own_verdict_beside_a_fashion_stays_the_writers(text, polarity):
    stance = _read(text)
    assert stance is not None and stance.attribution == "author" and stance.polarity == polarity, stance


@pytest.mark.parametrize("text", [
    "The ferry pact is said to be failing, and the towns must save it.",
    "The ferry pact is said to be failing, so the towns must save it.",
])
def test_a_clause_of_the_writers_after_hearsay_is_still_the_writers(text):
    stance = _read(text)
    assert stance is not None and stance.attribution == "author" and stance.kind == "prescription", stance


# --- a feeling reflected in another's act -------------------------------------------------------------------------------

@pytest.mark.parametrize("text, words", [
    ("This concern is reflected in the town's official response to the ferry pact.", "ferry pact"),
    ("The worry about the ferry pact is reflected in the board's decision.", "ferry pact"),
    ("The growing concern about the ferry pact is also mirrored in their budget.", "ferry pact"),
])
def test_a_feeling_reflected_in_anothers_act_is_theirs(text, words):
    stance = _read(text, words)
    assert stance is not None and stance.attribution == "reported", stance


@pytest.mark.parametrize("text", [
    "Our concern about the ferry pact is reflected in the board's decision.",
    "Concern about the ferry pact is reflected in the polls.",
    "This concern about the ferry pact is overblown.",
])
def test_a_feeling_of_the_writers_or_of_nobody_named_stays_the_writers(text):
    stance = _read(text)
    assert stance is not None and stance.attribution == "author", stance


# --- harm done to the building up of a thing ----------------------------------------------------------------------------

@pytest.mark.parametrize("text, words", [
    ("The cap has hampered the building up of our ferry fleet.", "ferry fleet"),
    ("The tolls have undermined the building up of the ferry pact.", "ferry pact"),
])
def test_harm_done_to_the_building_up_of_a_thing_is_harm_to_it(text, words):
    stance = _read(text, words)
    assert stance is not None and stance.attribution == "author" and stance.polarity == 1, stance


@pytest.mark.parametrize("text, words, polarity", [
    ("The tolls have undermined the development of the ferry pact.", "ferry pact", 1),
    ("The ferry pact constrains the rival port's aggression.", "ferry pact", -1),
])
def test_what_the_building_up_rule_leaves_as_it_was(text, words, polarity):
    stance = _read(text, words)
    assert stance is not None and stance.polarity == polarity, stance


# --- a proposal named as someone's ----------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "One of his proposals is to add a new clause to the ferry pact, which will make it clear that the towns can keep "
    "their ferries.",
    "The mayor's proposal is to add a clause to the ferry pact, which would strengthen it.",
])
def test_a_proposal_named_as_someones_is_theirs(text):
    stance = _read(text)
    assert stance is not None and stance.attribution == "reported", stance


@pytest.mark.parametrize("text", [
    "My proposal is to add a clause to the ferry pact, which would strengthen it.",
    "The proposal is to add a clause to the ferry pact, which would strengthen it.",
])
def test_the_writers_proposal_or_nobodys_stays_the_writers(text):
    stance = _read(text)
    assert stance is not None and stance.attribution == "author", stance


# --- an inability told ----------------------------------------------------------------------------------------------------

def test_could_denied_tells_an_inability_no_forecast():
    from compare.analysis import position_rows
    from compare.tagging import SentenceRow, Tag

    texts = ["Moreover, neither could deter the rival port from launching raids on the ferry pact.",
             "Sanctions could not deter the rival port from attacking the ferry pact.",
             "Nobody could stop the ferry pact from collapsing.",
             "The port could widen its ferry links."]       # an act someone may take: a softened call, still recorded
    column = [SentenceRow(k + 1, 1, k + 1, text) for k, text in enumerate(texts)]
    tags = [Tag(k + 1, "trade", 1.0, "keyword", "ferry", span(text, "ferry")) for k, text in enumerate(texts)]
    recorded = {row[1]: (row[3], row[4]) for row in position_rows(1, column, tags, frozenset(), "test")}
    assert 1 not in recorded and 2 not in recorded and 3 not in recorded, recorded
    assert recorded[4] == ("prediction", 0)


# --- an end told, a method set out ----------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Gone were the threats by the mayor to walk away from the ferry pact.",
    "But gone were the days of close cooperation on the ferry pact.",
])
def test_an_end_told_with_gone_is_no_verdict(text):
    # what has ended may be good news or bad: the judging words tell what it was
    assert _read(text) is None


@pytest.mark.parametrize("text", [
    "Each ferry pact needs to be differentiated into several dimensions.",
    "Understanding the ferry pact requires dissecting its context.",
])
def test_a_method_of_taking_a_matter_apart_calls_for_nothing(text):
    assert _read(text) is None


@pytest.mark.parametrize("text, kind", [
    ("The ferry pact needs to be renewed.", "prescription"),
    ("The threats by the mayor to walk away from the ferry pact are gone, and good riddance.", "evaluation"),
])
def test_what_the_end_and_method_rules_leave_as_they_were(text, kind):
    stance = _read(text)
    assert stance is not None and stance.kind == kind, stance


# --- an unsigned text is not taken for the essayist's -----------------------------------------------------------------

@pytest.mark.parametrize("base_writer, later_writer, base_doc, later_doc, another", [
    (frozenset({"tanaka"}), frozenset({"tanaka"}), "essay", "later", False),
    (frozenset({"tanaka"}), frozenset({"smith"}), "essay", "later", True),
    (frozenset({"tanaka"}), frozenset(), "essay", "later", True),      # an unsigned editorial
    (frozenset(), frozenset(), "essay", "later", True),
    (frozenset(), frozenset(), "essay", "essay", False),               # two versions of one document
    (frozenset({"tanaka"}), frozenset(), None, None, False),           # documents not told: as before
])
def test_a_writer_unknown_on_another_document_is_another_writer(base_writer, later_writer, base_doc, later_doc,
                                                                 another):
    from compare.judge import DocumentSide, _another_writer

    base = DocumentSide([], 100, writer=base_writer, document=base_doc)
    later = DocumentSide([], 50, writer=later_writer, document=later_doc)
    assert _another_writer(base, later) is another


@pytest.mark.parametrize("author, labelled", [("Hitoshi Tanaka", True), ("", False)])
def test_an_unsigned_texts_recalled_warning_is_not_the_essayists_borne_out(seeded, tmp_path, author, labelled):
    # the writer's own warning, told as come true, is the essay's warning borne out only where the writer is known to
    # be the essayist: an unsigned text's "I argued" is someone else's
    from conftest import judge_against_essay, labels_on

    text = ("Forecasts\n\nMay 2023\n\nLast winter I argued that North Korea was racing toward a warhead for its "
            "long-range missiles. That is no longer a forecast.\n")
    judged = judge_against_essay(seeded, tmp_path / "later.txt", text, "Forecasts", author=author)
    assert (("north-korea", "strengthened") in labels_on(judged, "no longer a forecast")) is labelled
