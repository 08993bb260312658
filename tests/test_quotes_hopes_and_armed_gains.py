"""Words quoted in single marks, people who held forth or point to a thing, an estimate passed on, an assurance denied
("There is no guarantee that..."), an aim told in a sentence that names the US, an armed adversary's progress in its
arms, a hope told with "in the hope that", a view someone gave that a word of hope qualifies ("a more optimistic
spin"), a list closing a relative clause, a report in a later clause, a need a text recognized, a thing a text
singled out, fears lingering in a place, a call to think a course over, news told with its teller after it, and a
standing owned by another: classes of real commentaries the rules read as
the writer's own, or in the wrong direction. Each case is told with invented sentences."""

from __future__ import annotations

import pytest

from compare.clauses import split_clauses
from compare.positions import extract_for_issues
from compare.tagging import IssueMatcher
from compare.taxonomy import parse_taxonomy
from compare.text.tokens import CLAUSE_TOKEN
from conftest import span


def _read(text: str, words: str = "ferry pact"):
    return extract_for_issues(text, {"ferry": span(text, words)}).get("ferry")


def _kinds(text: str) -> list[tuple[str, str]]:
    raw = CLAUSE_TOKEN.findall(text)
    return [(" ".join(raw[c.start:c.end]), c.kind) for c in split_clauses(raw)]


# --- words quoted in single marks -------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "The charter reads \u2018the towns must never sell the ferry pact to outsiders\u2019.",
    "The mayor put it bluntly: \u2018the towns must never sell the ferry pact to outsiders\u2019, he said.",
])
def test_a_call_in_words_quoted_in_single_marks_is_not_the_writers(text):
    stance = _read(text)
    assert stance is not None and stance.attribution == "reported", stance


@pytest.mark.parametrize("text", [
    "The towns\u2019 leaders must never sell the ferry pact to outsiders.",
    "The so-called \u2018ferry pact\u2019 must never be sold to outsiders.",
])
def test_an_apostrophe_or_a_short_term_in_single_marks_quotes_no_one(text):
    stance = _read(text)
    assert stance is not None and stance.attribution == "author" and stance.kind == "prescription", stance


# --- held forth, pointed to, estimated --------------------------------------------------------------------------------

def test_what_someone_held_forth_about_is_their_view():
    stance = _read("The general held forth about the need for the ferry pact to be renewed.")
    assert stance is not None and stance.attribution == "reported", stance


def test_what_the_writer_held_forth_about_stays_the_writers():
    stance = _read("I held forth about the need for the ferry pact to be renewed.")
    assert stance is not None and stance.attribution == "author", stance


@pytest.mark.parametrize("text", [
    "Others point to the failing ferry pact.",
    "Critics pointed to the failing ferry pact.",
])
def test_what_people_named_by_kind_point_to_is_their_view(text):
    stance = _read(text)
    assert stance is not None and stance.attribution == "reported", stance


@pytest.mark.parametrize("text", [
    "The figures point to a failing ferry pact.",
    "We must point to the failing ferry pact.",
])
def test_what_figures_or_the_writer_point_to_stays_the_writers(text):
    stance = _read(text)
    assert stance is not None and stance.attribution == "author", stance


def test_an_estimate_passed_on_is_no_verdict_of_the_writers():
    stance = _read("The ferry pact was estimated to have brought great benefits.")
    assert stance is not None and stance.attribution == "reported", stance


def test_an_estimate_the_writer_makes_stays_the_writers():
    stance = _read("I estimate that the ferry pact has brought great benefits.")
    assert stance is not None and stance.attribution == "author" and stance.polarity == 1, stance


# --- an assurance denied ----------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "There is no guarantee that the ferry pact will work as an effective deterrent.",
    "There is no assurance that the ferry pact will work as an effective deterrent.",
])
def test_a_forecast_with_its_assurance_denied_is_doubted(text):
    stance = _read(text)
    assert stance is not None and stance.polarity == -1, stance


def test_a_forecast_with_no_assurance_denied_keeps_its_direction():
    stance = _read("It is clear that the ferry pact will work as an effective deterrent.")
    assert stance is not None and stance.polarity == 1, stance


# --- an aim told in a sentence naming the US --------------------------------------------------------------------------

def test_an_aim_told_of_the_us_is_not_the_writers_verdict():
    assert _read("The US has promoted the ferry pact to secure a stable supply.") is None


def test_an_aim_the_writers_own_side_pursued_stays_a_verdict():
    stance = _read("We have promoted the ferry pact to secure a stable supply.")
    assert stance is not None and stance.attribution == "author", stance


# --- an armed adversary's gains ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "North Korea has made considerable progress in advancing its missile technologies.",
    "North Korea has had great success in its nuclear weapons program.",
    "North Korea made a breakthrough in its missile program last year.",
])
def test_an_armed_adversarys_progress_in_its_arms_is_a_danger(text):
    stance = extract_for_issues(text, {"nk": span(text, "North Korea")}).get("nk")
    assert stance is not None and stance.polarity == -1, stance


@pytest.mark.parametrize(("text", "words"), [
    ("North Korea has made considerable progress in the nuclear talks.", "North Korea"),
    ("The town has made considerable progress in its ferry missile defense.", "missile defense"),
])
def test_progress_in_talks_or_of_a_defender_stays_good_news(text, words):
    stance = extract_for_issues(text, {"x": span(text, words)}).get("x")
    assert stance is not None and stance.polarity == 1, stance


# --- a hope told --------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "For a decade the town has courted the port over the ferry pact in the hope that this would lead to a breakthrough.",
    "The board has kept the ferry pact alive in hopes that it will bring a breakthrough.",
])
def test_a_hope_told_with_in_the_hope_that_is_not_the_writers_verdict(text):
    stance = _read(text)
    assert stance is None or stance.cues.get("kind") != "breakthrough", stance


def test_the_writers_own_hope_stays_the_writers():
    stance = _read("I write in the hope that the ferry pact will lead to a breakthrough.")
    assert stance is not None and stance.attribution == "author" and stance.polarity == 1, stance


def test_a_hope_named_as_a_subject_is_still_read():
    stance = _read("The hope that the ferry pact would bring peace has proved mistaken, and we should drop it.")
    assert stance is not None and stance.kind == "prescription", stance


# --- a view someone gave, qualified by a word of hope -----------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "The mayor provided a more optimistic spin on the ferry pact.",
    "The board gave an upbeat assessment of the ferry pact.",
])
def test_a_hopeful_view_someone_gave_is_no_verdict(text):
    assert _read(text) is None


def test_the_writers_own_hopeful_view_stays_a_verdict():
    stance = _read("I take a more optimistic view of the ferry pact.")
    assert stance is not None and stance.polarity == 1, stance


# --- a list closing a relative clause ---------------------------------------------------------------------------------

def test_a_list_closing_a_relative_clause_stays_in_it():
    kinds = _kinds("The toll war is a new cold war that threatens peace, stability and development.")
    assert kinds[-1] == ("that threatens peace , stability and development .", "relative"), kinds


def test_the_goods_a_harm_in_a_relative_threatens_are_no_praise():
    text = "The toll war is a new cold war that threatens peace, stability and development."
    stance = extract_for_issues(text, {"x": span(text, "toll war")}).get("x")
    assert stance is None or stance.polarity != 1, stance


@pytest.mark.parametrize(("text", "last"), [
    # (a relative set off by a comma ends at the next one)
    ("The pact, which protects the town, serves both towns and the port well.",
     ("serves both towns and the port well .", "main")),
    # (a main verb still to come after a relative inside the subject)
    ("Bases from which the navy projects power, still serve both towns and the port.",
     ("still serve both towns and the port .", "main")),
    # (a clause of its own after "and then")
    ("They should work out who secures the sites, and then walk the officials through the plan.",
     ("and then walk the officials through the plan .", "main")),
])
def test_a_clause_after_a_relative_is_no_list(text, last):
    assert _kinds(text)[-1] == last, _kinds(text)


# --- guards asked for by review ----------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "words", "kind", "polarity", "attribution"), [
    # (the doubt ends with its clause: the call after it is the writer's, undoubted)
    ("Since there is no guarantee that the port will comply, the towns must strengthen the ferry pact.", "ferry pact",
     "prescription", 1, "author"),
    ("There is no guarantee that the port will comply, so the towns must strengthen the ferry pact.", "ferry pact",
     "prescription", 1, "author"),
    # (hearsay over its own clause only)
    ("North Korea is estimated to have fifty warheads, so Japan must strengthen its missile defense.",
     "missile defense", "prescription", 1, "author"),
    # (a hope told ends at a clause of the writer's own)
    ("The town signed the ferry pact in the hope that it would bring peace, and it has proved a great success.",
     "ferry pact", "evaluation", 1, "author"),
    # (a hopeful view nobody is said to give is the writer's)
    ("There are good grounds for an optimistic view of the ferry pact.", "ferry pact", "evaluation", 1, "author"),
    # (progress another makes, spurred by the adversary, or a gain of someone who shares a name)
    ("North Korea's missile tests have spurred Japan to make rapid progress in missile defense.", "missile defense",
     "evaluation", 1, "author"),
    ("North Korea has spurred Japan to make progress in missile defense.", "missile defense", "evaluation", 1, "author"),
    ("Kim Dae-jung's engagement policy achieved real success in easing nuclear tensions.", "Kim Dae-jung",
     "evaluation", 1, "author"),
    # (an aim told ends before "and" and a verb of the subject's own)
    ("The ferry pact, backed by the US, aims to secure stable supplies and has been a great success.", "ferry pact",
     "evaluation", 1, "author"),
    # (an apposition after a relative judges)
    ("The towns have adopted a ferry pact that cuts tolls, a welcome step for fishermen and traders.", "ferry pact",
     "evaluation", 1, "author"),
    # (what figures or places point to is the writer's inference)
    ("The data are stark. They point to a failing ferry pact.", "ferry pact", "evaluation", -1, "author"),
    ("Recent moves in Washington point to a failing ferry pact.", "ferry pact", "evaluation", -1, "author"),
])
def test_what_the_new_rules_leave_to_the_writer(text, words, kind, polarity, attribution):
    stance = extract_for_issues(text, {"x": span(text, words)}).get("x")
    assert stance is not None and (stance.kind, stance.polarity, stance.attribution) == (kind, polarity, attribution), \
        stance


# --- a later clause's report, a date's comma, a need a text recognized, a thing singled out ----------------------------

@pytest.mark.parametrize("text", [
    "The storm was not reported at first, but the harbour master said on Thursday, 11 June that the ferry pact had "
    "failed.",
    "The joint statement recognized the need for the ferry pact.",
    "The board's strategy highlighted the ferry pact's collapse as among the clearest threats to the town.",
    "There are lingering fears in the port that the ferry pact might hurt its finances.",
])
def test_what_others_said_recognized_singled_out_or_fear_is_theirs(text):
    stance = _read(text)
    assert stance is not None and stance.attribution == "reported", stance


@pytest.mark.parametrize("text", [
    "The storm has highlighted the danger to the ferry pact.",
    "I recognize the need for the ferry pact.",
    "The town must recognize the need for the ferry pact.",
])
def test_what_events_show_or_the_writer_recognizes_stays_the_writers(text):
    stance = _read(text)
    assert stance is not None and stance.attribution == "author", stance


# --- a call to think a course over, and the limits of how far it should go --------------------------------------------

@pytest.mark.parametrize("text", [
    "The town should think twice about the ferry pact.",
    "The town should think hard about the wisdom of building a new ferry pact.",
    "I question the wisdom of the ferry pact.",
])
def test_a_call_to_think_a_course_over_doubts_it(text):
    stance = _read(text)
    assert stance is not None and stance.polarity == -1 and stance.attribution == "author", stance


@pytest.mark.parametrize("text", [
    "The mayor questioned the wisdom of the ferry pact.",
    "The mayor thought twice about the ferry pact.",
])
def test_someone_elses_second_thoughts_told_are_no_verdict(text):
    stance = _read(text)
    assert stance is None or stance.attribution != "author", stance


def test_a_call_inside_the_limits_of_how_far_it_should_go_is_no_call():
    assert _read("There are limits, however, to how far the ferry pact should go.") is None


def test_a_call_to_set_limits_stays_a_call():
    stance = _read("The town should set limits on how far the ferry pact should go.")
    assert stance is not None and stance.kind == "prescription" and stance.attribution == "author", stance


# --- guards asked for by the second review ----------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "kind", "polarity", "attribution"), [
    # (what an event singled out, or "as well as", "as never before", is the writer's)
    ("The crisis highlighted the need for the ferry pact as never before.", "prescription", 1, "author"),
    ("The invasion highlighted the ferry pact as the cornerstone of regional security.", "evaluation", 1, "author"),
    # (a recognition the writer endorses, or in an aside of the writer's own call)
    ("The government rightly recognized the need for the ferry pact.", "prescription", 1, "author"),
    ("The town, acknowledging the need to deter the port, must strengthen the ferry pact.", "prescription", 1,
     "author"),
    # (a list's last item is still the hearsay; a call joined by "and must" is the writer's)
    ("The ferry pact is said to have cut tolls, boosted trade, and strengthened ties.", "evaluation", 1, "reported"),
    ("The ferry pact is estimated to be worth five billion dollars a year and must be preserved.", "prescription", 1,
     "author"),
    # (an apposition after a relative judges)
    ("The towns have adopted a ferry pact that cuts tolls, another blow to fishermen and traders.", "evaluation", -1,
     "author"),
    ("The towns have adopted a ferry pact that cuts tolls, clearly a mistake and a betrayal.", "evaluation", -1,
     "author"),
    # (a doubt after an opening clause runs past a comma inside it; one in an opening phrase ends at its comma)
    ("If the port balks, there is no guarantee that the ferry pact, signed in 2010, will work as an effective "
     "deterrent.", "prediction", -1, "author"),
    ("With no guarantee that the port will comply, the towns must strengthen the ferry pact.", "prescription", 1,
     "author"),
    ("There being no guarantee that the port will comply, the towns must strengthen the ferry pact.", "prescription", 1,
     "author"),
    # (what figures give is the writer's reading of them)
    ("The figures give a more optimistic picture of the ferry pact.", "evaluation", 1, "author"),
    # (a rejection before a dash keeps its sign; "an idea that" after a dash is a relative)
    ("The council clings to a dangerous illusion\u2014the belief that the ferry pact is a great success.", "evaluation",
     -1, "author"),
    ("The council endorsed the ferry pact\u2014an idea that the towns must build on.", "prescription", 1, "author"),
])
def test_what_the_mended_rules_leave_as_they_were(text, kind, polarity, attribution):
    stance = _read(text)
    assert stance is not None and (stance.kind, stance.polarity, stance.attribution) == (kind, polarity, attribution), \
        stance


@pytest.mark.parametrize("text", [
    "Moscow has made progress in reducing its nuclear arsenal.",
    "Pyongyang has made progress in dismantling its nuclear facilities.",
])
def test_an_adversarys_progress_in_cutting_its_arms_stays_good_news(text):
    words = text.split(" has")[0]
    stance = extract_for_issues(text, {"x": span(text, words)}).get("x")
    assert stance is not None and stance.polarity == 1, stance


# --- news told with its teller after it, a scorn told, a standing owned by another ------------------------------------

def test_news_told_with_its_teller_after_it_is_theirs():
    stance = _read("The minister voiced grave concerns over the ferry pact, reported the harbour gazette.")
    assert stance is not None and stance.attribution == "reported", stance


def test_a_standing_owned_by_another_is_not_the_issues_fallback():
    (issue,) = parse_taxonomy(OWNED_STANDING, source="owned.toml")
    matcher = IssueMatcher([issue])
    assert matcher.fallback_mentions("The raid will only damage their country's credibility.") == []
    assert matcher.fallback_mentions("The raid will only damage Eastport's credibility.") == []
    for kept in ("The raid will only damage Westport's credibility.", "The raid will only damage its credibility.",
                 "The raid will only damage the mayor's credibility."):
        assert [m.cue for m in matcher.fallback_mentions(kept)] == ["credibility"], kept


OWNED_STANDING = """
[harbour]
label = "The harbour's standing"
keywords = ["harbour board"]
fallback = ["credibility"]
anchors = ["harbour", "Westport"]
"""


# --- guards asked for by the third review -----------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "kind", "polarity", "attribution"), [
    # (a recognition the writer judges is the writer's verdict on it)
    ("The town has finally recognized the need for the ferry pact.", "prescription", 1, "author"),
    # (a report the writer endorses in a later clause)
    ("Tolls have fallen, and the mayor rightly noted that the ferry pact has been a great success.", "evaluation", 1,
     "author"),
    # (hearsay after a clause of the writer's, or before one)
    ("The ferry pact has been a great success: it is estimated to have saved five billion dollars.", "evaluation", 1,
     "author"),
    ("The ferry pact is estimated to have cost the towns dearly, yet it remains a success.", "evaluation", 1,
     "author"),
    # (a series of verbs after a comma is no teller)
    ("The board renewed the ferry pact, reported a profit, and must now expand it.", "prescription", 1, "author"),
])
def test_what_the_third_review_leaves_to_the_writer(text, kind, polarity, attribution):
    stance = _read(text)
    assert stance is not None and (stance.kind, stance.polarity, stance.attribution) == (kind, polarity, attribution), \
        stance


def test_an_adversarys_progress_toward_giving_up_its_arms_stays_good_news():
    text = "North Korea has made progress toward abandoning its nuclear weapons."
    stance = extract_for_issues(text, {"x": span(text, "North Korea")}).get("x")
    assert stance is not None and stance.polarity == 1, stance
