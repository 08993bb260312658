"""A view answered inside the sentence ("Critics say X, but Y"), and calls of necessity ("no choice but to");
told with sentences written for these tests."""

from __future__ import annotations

import pytest

from compare.attribution import writers_answer
from compare.lexicon import default_lexicon
from compare.positions import _scan, extract


@pytest.mark.parametrize("text, polarity", [
    # the critics' view is answered: the writer's stance is the answer, not the words of the view
    ("Critics say that sanctions on the harbour board have failed, but sanctions on the harbour board remain vital.", 1),
    ("Some argue that the ferry pact is too costly, but the ferry pact remains vital to the islands.", 1),
    ("Critics say that the ferry pact is vital, but the ferry pact is a costly failure.", -1),
    # a writer's own view turned by "but": the weight is on the turn
    ("Critics say that the ferry pact has failed, but I think the ferry pact remains vital.", 1),
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
    # no view reported at all: a call to say something
    "The members should say so; if it is not, and I doubt it is, the process will make that plain.",
])
def test_no_answer_where_the_report_goes_on_or_nothing_is_reported(text):
    assert writers_answer(_scan(text, default_lexicon())) is None


def test_the_writers_own_view_followed_by_more_of_it_is_read_whole():
    # "and" adds a view of the writer's own; only a turn ("but") moves the weight
    scan = _scan("I have never believed the ferry pact was good for the islands, and I am glad the mayor agrees.",
                 default_lexicon())
    assert writers_answer(scan) is None
    turned = _scan("I still think the ferry pact will be needed, but I cannot pretend it is possible today.",
                   default_lexicon())
    at = writers_answer(turned)
    assert at is not None and turned.raw[at + 1] == "but"


def test_a_reported_view_that_goes_on_stays_reported():
    stance = extract("Critics say that the ferry pact is too costly, but that it remains vital to the islands.")
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


def test_a_dearth_of_options_is_no_call_of_necessity():
    stance = extract("There are no good options on the ferry question.")
    assert stance is None or stance.kind != "prescription" or stance.strength < 4


@pytest.mark.parametrize("text", [
    "The ferry pact is a costly failure, as the mayor has argued.",
    "The ferry pact, as the mayor has rightly noted, is a costly failure.",
    "A settlement with the harbour board, as the mayor has said, clearly remains the preferred option.",
    "As the mayor has argued, the ferry pact is a costly failure.",
])
def test_a_view_the_writer_agrees_with_as_someone_said_it_is_the_writers(text):
    stance = extract(text)
    assert stance is not None and stance.attribution == "author"


@pytest.mark.parametrize("text", [
    # words quoted are the speaker's; what a paper reports is the paper's; a plain report is the teller's
    'The ferry pact is a costly failure, as the mayor said, "and a shameful one".',
    "The ferry pact is a costly failure, as the harbour gazette reported on Monday.",
    "The mayor said the ferry pact is a costly failure.",
])
def test_words_quoted_or_news_reported_as_someone_told_them_stay_theirs(text):
    stance = extract(text)
    assert stance is not None and stance.attribution == "reported"
