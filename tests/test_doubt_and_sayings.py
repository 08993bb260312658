"""Words whose sense a plain lexicon misreads, and views that are someone else's: a fact flagged as significant or
telling, doubt cast on a course, a saying someone cited after a colon, a claim someone dismissed as something. Each
case is told with invented sentences."""

from __future__ import annotations

import pytest

from compare.positions import extract_for_issues
from conftest import span


def _read(text: str, words: str = "ferry pact"):
    return extract_for_issues(text, {"ferry": span(text, words)}).get("ferry")


@pytest.mark.parametrize("text", [
    "It is very significant that the port's warheads can be loaded onto missiles aimed at the ferry pact.",
    "However, it is significant that the port's warheads can reach the ferry pact.",
    "It is, however, significant that the port's upgraded warheads can reach the ferry pact.",
])
def test_a_danger_flagged_as_significant_is_no_approval(text):
    assert _read(text) is None


@pytest.mark.parametrize("text", [
    "It is significant that the ferry pact has held.",      # a step welcomed
    "It is significant that the ferry pact has held despite the cartel's threats.",    # the danger no subject
    "It is significant that despite the cartel's threats the ferry pact has held.",
    "The ferry pact is a significant step forward.",
])
def test_significant_of_a_step_still_welcomes_it(text):
    stance = _read(text)
    assert stance is not None and stance.polarity == 1


@pytest.mark.parametrize("text, attribution", [
    ("But it is also telling that the ferry pact is failing.", "author"),       # an adjective: what the fact shows
    ("It is telling the towns that the ferry pact is failing.", "reported"),    # someone telling
])
def test_telling_that_after_it_is_is_an_adjective(text, attribution):
    assert _read(text).attribution == attribution


@pytest.mark.parametrize("text, act", [
    ("He should avoid the town's withdrawal from the Ferry Partnership.", "avoid withdrawal"),
    ("He should oppose any hasty withdrawal from the Ferry Partnership.", "oppose withdrawal"),   # an adjective
])
def test_a_call_against_a_withdrawal_is_for_what_was_left(text, act):
    stance = _read(text, "Ferry Partnership")
    assert stance is not None and stance.polarity == 1 and stance.cues["polarity"] == [f"against undoing it: {act}"]


@pytest.mark.parametrize("text", [
    "The town should oppose the withdrawal of objections to the ferry pact.",    # "of": something else withdrawn
    "The town should stop fearing a withdrawal from the ferry pact.",           # the noun is another verb's object
])
def test_a_withdrawal_of_something_else_or_not_opposed_is_no_undoing_opposed(text):
    stance = _read(text)
    assert stance is None or not str(stance.cues["polarity"]).count("against undoing it")


@pytest.mark.parametrize("text, attribution", [
    ("Speaking at the harbour forum, the mayor used an old aphorism: \u201cWhen ferry pacts fail, the islands "
     "suffer.\u201d", "reported"),
    ("The mayor used an old aphorism: when ferry pacts fail, the islands suffer.", "reported"),
    ("I often use an old saying: when ferry pacts fail, the islands suffer.", "author"),
    ("Using an old saying: when ferry pacts fail, the islands suffer.", "author"),     # no one else uses it
    ("The mayor is fond of citing an old proverb: when ferry pacts fail, the islands suffer.", "reported"),
    ("As I noted last year, the mayor used an old aphorism: when ferry pacts fail, the islands suffer.", "reported"),
])
def test_a_saying_someone_used_after_a_colon_is_theirs(text, attribution):
    assert _read(text, "ferry pacts").attribution == attribution


@pytest.mark.parametrize("text, attribution", [
    ("The mayor dismissed the ferry pact as a failure.", "reported"),
    ("We dismissed the ferry pact as a failure.", "author"),
    ("The mayor dismissed the harbour master over the ferry pact failure.", "author"),   # no naming: no "as"
    ("The mayor dismissed the harbour master as soon as the ferry pact failed.", "author"),
    ("The mayor dismissed the staff as part of a ferry pact failure review.", "author"),
    ("The mayor dismissed the harbour master just as the ferry pact was failing.", "author"),
])
def test_what_someone_dismissed_as_something_is_their_verdict(text, attribution):
    assert _read(text).attribution == attribution


def test_grim_judges_badly():
    stance = _read("The prospects for the ferry pact are grim.")
    assert stance is not None and stance.polarity == -1


@pytest.mark.parametrize("opening, going_on, attribution", [
    ("In the port's view, the town should cut the ferry tolls.", "It must also reopen the ferry pier.", "reported"),
    ("According to the harbour board, the town should cut the ferry tolls.", "It must also reopen the ferry pier.",
     "reported"),
    ("In my view, the town should cut the ferry tolls.", "It must also reopen the ferry pier.", "author"),
    ("The town should cut the ferry tolls.", "It must also reopen the ferry pier.", "author"),
    # the writer's own view named next, or a fact cited before
    ("In the port's view, the town should cut the ferry tolls.", "It is also my view that the ferry pier must reopen.",
     "author"),
    ("According to the harbour board, ferry traffic rose by 5 percent last year.",
     "It is also clear that the ferry pier has been a success.", "author"),
])
def test_a_view_opened_as_anothers_goes_on_in_the_next_sentence_that_adds_to_it(opening, going_on, attribution):
    from compare.analysis import position_rows
    from compare.tagging import SentenceRow, Tag

    text = [SentenceRow(1, 1, 1, opening), SentenceRow(2, 1, 1, going_on)]
    tags = [Tag(k, "ferry", 1.0, "keyword", "ferry") for k in (1, 2)]
    rows = {row[1]: row[-1] for row in position_rows(1, text, tags, frozenset(), "test")}
    assert rows[2] == attribution
