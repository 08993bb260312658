"""A view answered inside the sentence ("Critics say X, but Y"), and calls of necessity ("no choice but to");
told with sentences written for these tests."""

from __future__ import annotations

import pytest

from compare.attribution import writers_answer
from compare.cues import scan_sentence as _scan
from compare.lexicon import default_lexicon
from compare.positions import extract, extract_for_issues
from conftest import span


@pytest.mark.parametrize("text, polarity", [
    # the critics' view is answered: the writer's stance is the answer, not the words of the view
    ("Critics say that sanctions on the harbour board have failed, but sanctions on the harbour board remain vital.", 1),
    ("Some argue that the ferry pact is too costly, but the ferry pact remains vital to the islands.", 1),
    ("Critics say that the ferry pact is vital, but the ferry pact is a costly failure.", -1),
    # the critics answered by the writer's own saying
    ("Critics say that the ferry pact has failed, but I think the ferry pact remains vital.", 1),
    # the words of leaving in the critics' view are not the writer's
    ("Critics say withdrawing from the ferry pact would be wise, but the ferry pact remains a costly failure.", -1),
])
def test_the_stance_of_a_view_answered_is_the_answer(text, polarity):
    stance = extract(text)
    assert stance is not None and stance.attribution == "author"
    assert stance.polarity == polarity


def test_the_answer_opens_at_the_rebutting_joint():
    text = "Critics say that the ferry pact is too costly, but the ferry pact remains vital."
    scan = _scan(text, default_lexicon())
    at = writers_answer(scan)
    assert at is not None and scan.raw[at] == "," and scan.raw[at + 1] == "but"


@pytest.mark.parametrize("text", [
    # more of what the critics say, not an answer
    "Critics say that the ferry pact is too costly, but that it remains vital to the islands.",
    "Critics say that the ferry pact is too costly, but they would keep it anyway.",
    # a second report, others' reaction, or a verdict on the view: no answer on the issue
    "Some say the ferry pact is doomed, but others are more hopeful.",
    "Critics say the ferry pact has failed, but officials say it is a success.",
    "Critics say the ferry pact has failed, but the critics are wrong.",
    "Critics say the ferry pact has failed, but this view is mistaken.",
    # a named party's words going on
    "The mayor said the pier is costly, but insisted that it remains vital.",
    "The mayor said the plan was a failure, but the council is divided.",
    # no view reported at all: a call to say something; a turn that hangs on another clause
    "The members should say so; if it is not, and I doubt it is, the process will make that plain.",
    "Critics say the ferry pact is too costly, but because it is vital we keep it.",
])
def test_no_answer_where_the_report_goes_on_or_nothing_is_reported(text):
    assert writers_answer(_scan(text, default_lexicon())) is None


@pytest.mark.parametrize("text, polarity, strength", [
    # the writer's own view is read whole, whatever follows a turn
    ("I still think the ferry pact will be needed, but I cannot pretend it is possible today.", 1, 3),
    ("I think the ferry pact is vital, but the costs are high.", 1, 3),
    ("I still believe the ferry talks must happen, but I no longer expect them soon.", 1, 4),
])
def test_the_writers_own_view_is_read_whole(text, polarity, strength):
    assert writers_answer(_scan(text, default_lexicon())) is None
    stance = extract(text)
    assert stance is not None and stance.attribution == "author"
    assert (stance.kind, stance.polarity, stance.strength) == ("prescription", polarity, strength)


def test_an_issue_named_only_in_the_view_answered_takes_no_stance_of_the_writers():
    text = "Critics say the tariff is a disaster, but the ferry pact is a success."
    stances = extract_for_issues(text, {"trade": span(text, "tariff"), "ferry": span(text, "ferry pact")})
    assert stances["ferry"].attribution == "author" and stances["ferry"].polarity == 1
    assert stances["trade"].attribution == "reported"


def test_a_reported_view_that_goes_on_stays_reported():
    for text in ("Critics say that the ferry pact is too costly, but that it remains vital to the islands.",
                 "The mayor said the pier is costly, but insisted that it remains vital."):
        stance = extract(text)
        assert stance is not None and stance.attribution == "reported"


@pytest.mark.parametrize("text, polarity", [
    ("The island has no choice but to abandon the ferry pact.", -1),
    ("The island has no choice but to strengthen the ferry pact.", 1),
    ("For the island there is no viable option other than to abandon the ferry pact.", -1),
    ("The island has no alternative but to keep the ferry pact.", 1),
])
def test_a_call_of_necessity_carries_the_direction_of_what_it_calls_for(text, polarity):
    stance = extract(text)
    assert stance is not None and stance.kind == "prescription" and stance.strength == 4
    assert stance.polarity == polarity


@pytest.mark.parametrize("text", [
    "The council has no alternative to offer the islands.",        # a dearth, no necessity
    "The town would have no choice but to abandon the ferry pact.",  # a necessity foretold
    "The town'll have no choice but to abandon the ferry pact.",    # (contracted: one token)
    "The island had no choice but to sign the ferry pact.",          # a necessity past
])
def test_no_call_of_necessity_in_a_dearth_a_forecast_or_the_past(text):
    stance = extract(text)
    assert stance is None or stance.kind != "prescription" or stance.strength < 4


@pytest.mark.parametrize("text", [
    "The ferry pact is a costly failure, as the mayor has argued.",
    "The towns' ferry pact is a costly failure, as the mayor has argued.",
    "The ferry pact, as the mayor has noted, is a failure.",
    "A settlement with the harbour board, as the mayor has said, clearly remains the preferred option.",
    "As the mayor has argued, the ferry pact is a costly failure.",
])
def test_a_view_the_writer_agrees_with_as_someone_said_it_is_the_writers(text):
    stance = extract(text)
    assert stance is not None and stance.attribution == "author"


@pytest.mark.parametrize("text", [
    "The ferry pact, as the mayor has rightly argued, is a failure.",
    "The ferry pact is a failure, as the mayor rightly says.",
    "The ferry pact is a failure, as the mayor has rightly pointed out.",
])
def test_a_saying_the_writer_endorses_in_an_aside_is_agreement_not_a_verdict_of_its_own(text):
    """The adverb endorses the saying: the view is the writer's, in the direction of what is said (before, the
    adverb's +1 cancelled the failure's -1, or the aside's "has argued" told a development)."""
    stance = extract(text)
    assert stance is not None and (stance.attribution, stance.polarity) == ("author", -1)
    assert "rightly" not in stance.cues["polarity"] and stance.cues["mood"] is None


@pytest.mark.parametrize("text", [
    "The council rightly rejected the ferry pact.",                     # a verdict on what the council did
    "The council rightly rejected the ferry pact, as the mayor has argued.",
    "As a result, the board rightly refused.",                           # "as" with no saying
    "The ferry talks stalled, as the port rightly objected.",            # an objection, no saying
])
def test_rightly_outside_an_aside_of_saying_still_judges(text):
    stance = extract(text)
    assert stance is not None and stance.polarity == 1 and "rightly" in stance.cues["polarity"]


def test_an_endorsed_aside_after_a_negation_is_not_read_against_what_it_denies():
    # "is not, as the mayor rightly says, a failure": the writer agrees the pact is no failure; not read as -1
    stance = extract("The ferry pact is not, as the mayor rightly says, a failure.")
    assert stance is None or stance.polarity != -1


@pytest.mark.parametrize("text", [
    # words quoted are the speaker's; what a paper reports is the paper's; a view the writer disputes is theirs
    'The ferry pact is a costly failure, as the mayor said, "and a shameful one".',
    "The ferry pact is a costly failure, as the harbour gazette reported on Monday.",
    "The ferry pact, as the mayor has wrongly argued, is a failure.",
    "The ferry pact is not, as the mayor has argued, a failure.",
    "The talks collapsed, as the mayor argued that the ferry pact was a failure.",
])
def test_words_quoted_or_news_reported_as_someone_told_them_stay_theirs(text):
    stance = extract(text)
    assert stance is not None and stance.attribution == "reported"


def test_a_view_said_to_have_fared_inside_the_view_answered_is_not_the_writers():
    # "no longer" tells how the critics' view fared, not the writer's
    stance = extract("Critics no longer say the ferry pact is vital, but the ferry pact remains vital.")
    assert stance is not None and stance.attribution == "author" and stance.polarity == 1
    assert "shift" not in stance.cues
    # the writer's own turn, in the answer, still tells how the writer's view fared
    turned = extract("Critics say the ferry pact is vital, but I no longer believe the ferry pact is vital.")
    assert turned is not None and turned.cues.get("shift", [None])[0] == "abandoned"


@pytest.mark.parametrize("text", [
    "Critics say the ferry pact has damaged the town, but the ferry pact is a success.",
    "Critics say the ferry pact has failed, but the ferry pact is a success.",
])
def test_the_mood_is_read_from_the_answer_not_from_the_view_answered(text):
    """What the critics say has happened is no development the writer tells: the answer judges the pact now."""
    stance = extract(text)
    assert stance is not None and (stance.attribution, stance.polarity) == ("author", 1)
    assert stance.cues["mood"] is None


def test_a_development_the_answer_tells_is_still_realised():
    stance = extract("Critics say the ferry pact is too costly, but the ferry pact has damaged the town.")
    assert stance is not None and (stance.attribution, stance.polarity) == ("author", -1)
    assert stance.cues["mood"] == "realised"


@pytest.mark.parametrize("text", [
    "There is no choice but to say that it is unclear whether the mayor has decided on closing the ferry pier.",
    "We have no choice but to conclude that the ferry pact has failed.",
])
def test_a_necessity_of_saying_is_no_call(text):
    """The writer's own necessity of saying frames what follows; only what is said may take a position."""
    stance = extract(text)
    assert stance is None or stance.kind != "prescription"
