"""Words and phrases of real prose that the tagger or the lexicon missed: a noun taken for a verb after "to", a keyword
with a modifier inside it, verdicts the lexicon lacked, and a worry for what an issue names. Each case is told with
invented sentences."""

from __future__ import annotations

from functools import lru_cache

import pytest

from compare.positions import extract_for_issues
from compare.tagging import SentenceRow, tag_sentences
from compare.taxonomy import parse_taxonomy
from conftest import ROOT, span


def _read(text: str, words: str = "ferry"):
    return extract_for_issues(text, {"ferry": span(text, words)}).get("ferry")


@lru_cache(maxsize=1)
def _seed_matcher():
    from compare.tagging import IssueMatcher

    return IssueMatcher(parse_taxonomy((ROOT / "seeds" / "issues.toml").read_text(encoding="utf-8"), source="issues.toml"))


def _for_it_by_harm(stance) -> bool:
    """Whether the stance is for what the issue names because the sentence tells harm done to it."""
    return stance.polarity == 1 and str(stance.cues["polarity"][0]).startswith("harm to it")


def _tags(text: str) -> set[str]:
    return {t.issue_id for t in tag_sentences(_seed_matcher(), [SentenceRow(1, 1, 1, text)], {1: None})}


def test_denuclearization_after_to_is_a_keyword_of_the_north():
    text = [SentenceRow(1, 1, 1, "North Korea fired a missile over the harbour on Monday."),
            SentenceRow(2, 1, 1, "The harbour board says the path to denuclearization is long.")]
    assert [(t.issue_id, t.via) for t in tag_sentences(_seed_matcher(), text, {1: None}) if t.sentence_id == 2] == [
        ("north-korea", "keyword")]


@pytest.mark.parametrize("text, issue", [
    ("America's return to multilateralism pleases the harbour towns.", "us-leadership"),
    ("The slide to protectionism worries the harbour towns.", "trade"),
    ("Washington turned to isolationism after the election.", "us-leadership")])
def test_a_keyword_after_to_that_no_verb_shares_is_the_noun(text, issue):
    assert issue in _tags(text), text


@pytest.mark.parametrize("text", ["The harbour towns want to trade more fish.",
                                  "The harbour board may retreat next year."])
def test_a_keyword_that_is_also_a_verb_after_to_or_a_modal_is_still_the_verb(text):
    assert not _tags(text) & {"trade", "us-leadership"}, text


@pytest.mark.parametrize("text, issue", [
    ("Will the US security commitments to the harbour towns hold?", "us-leadership"),
    ("The harbour towns depend on US security guarantees.", "us-leadership"),
    ("The US military forces stay near the harbour.", "alliance")])
def test_an_acronym_keyword_may_have_a_modifier_inside_it(text, issue):
    assert issue in _tags(text), text


@pytest.mark.parametrize("text", ["Two US Air Force bombers flew over the harbour.",
                                  "Tell us what commitments the harbour board made."])
def test_a_name_inside_or_a_pronoun_makes_no_acronym_keyword(text):
    assert not _tags(text) & {"alliance", "us-leadership"}, text


@pytest.mark.parametrize("text", [
    "It was appropriate that the two mayors met before the ferry vote.",
    "The mayor deserves praise for reopening the ferry.",
    "We applaud the ferry board for its vision.",
    "The ferry pact is an international public good.",
    "The ferry talks have paid real dividends for the towns."])
def test_verdicts_of_praise_and_fitness_judge_well(text):
    assert _read(text).polarity == 1, text


@pytest.mark.parametrize("text", [
    "The new ferry tolls are inappropriate.",
    "The ferry tolls were a miscalculation by the board.",
    "The ferry talks have led nowhere.",
    "The port's illegal seizure of the ferry was condemned."])
def test_verdicts_of_unfitness_and_futility_judge_badly(text):
    assert _read(text).polarity == -1, text


def test_fitting_measures_called_for_judge_nothing_of_their_own():
    stance = _read("The board must take appropriate measures to restore the ferry.")
    assert "was appropriate" not in str(stance.cues.get("polarity")) and "appropriate" not in str(stance.cues.get("kind"))


def test_praise_told_of_others_in_the_past_is_theirs():
    assert _read("The ferry deal was applauded by the harbour unions.").attribution == "reported"


@pytest.mark.parametrize("text", ["The ferry pact is in tatters.",
                                  "The ferry pact has come to such a sad state.",
                                  "After the strike, the ferry alliance is in disarray."])
def test_a_state_of_ruin_its_subject_is_in_is_harm_it_suffers(text):
    assert _for_it_by_harm(_read(text)), text


def test_a_state_of_ruin_of_something_else_judges_the_state_of_things():
    assert _read("The harbour economy is in tatters after the ferry strike.").polarity == -1


@pytest.mark.parametrize("text", ["The mayor clearly showed disregard for the ferry pact.",
                                  "His contempt for the ferry pact was plain."])
def test_disregard_shown_for_the_issue_is_harm_done_to_it(text):
    assert _for_it_by_harm(_read(text)), text


def test_disregard_of_a_thing_that_harms_the_issue_is_the_harm_done():
    # the subject does the harm; the issue is what it undermines
    stance = _read("Unilateral disregard of treaties would also undermine the credibility of the ferry pact.")
    assert not any(str(c).startswith("harm to it: disregard") for c in stance.cues.get("polarity", []))


@pytest.mark.parametrize("text", ["I am concerned about the future of the ferry pact.",
                                  "There is deep concern over the credibility of the ferry pact.",
                                  "The tolls, which generated concern over the credibility of the ferry pact, stayed."])
def test_a_worry_for_the_future_or_credibility_of_the_issue_is_for_it(text):
    assert _for_it_by_harm(_read(text)), text


@pytest.mark.parametrize("text", ["I am concerned about the ferry tolls.",
                                  "There is growing concern about the ferry strike."])
def test_a_worry_about_the_thing_itself_is_against_it(text):
    assert _read(text).polarity == -1, text


@pytest.mark.parametrize("text", ["Japan's relationship with the United States has never been closer.",
                                  "Relations between Tokyo and Washington have never been closer."])
def test_the_pairs_bond_in_other_words_is_a_keyword_of_the_alliance(text):
    tags = tag_sentences(_seed_matcher(), [SentenceRow(1, 1, 1, text)], {1: None})
    assert [(t.issue_id, t.via) for t in tags] == [("alliance", "keyword")], text


def test_what_another_does_in_a_framed_that_clause_is_not_the_writers_act():
    # the writer is the frame's subject; the port does the reinforcing, told
    assert _read("We must not forget that the port has been reinforcing its ferry fleet.") is None
    assert _read("We know that the port is expanding its ferry fleet.") is None
    # a call inside the that-clause still calls
    assert _read("We believe that the town should expand its ferry fleet.").kind == "prescription"


@pytest.mark.parametrize("text", ["Analysts link the ferry strike to the need for the port to raise its leverage.",
                                  "The mayor attributed the delay to the need to protect the ferry pact."])
def test_a_need_a_deed_is_put_down_to_calls_for_nothing(text):
    assert _read(text) is None, text


def test_a_call_inside_a_reason_given_with_considering_that_is_no_call():
    stance = _read("The delay is understandable, considering that the port cannot afford to ignore the ferry unions.")
    assert stance is None or stance.kind != "prescription"
    # the main clause's call stands, whatever reason follows
    assert _read("The town must keep the ferry running, given that the talks have failed.").kind == "prescription"


def test_an_outcome_judged_impossible_judges_its_prospects():
    assert _read("A ferry deal with the port is impossible.").polarity == -1
    # denied, a hope held out for it
    assert _read("A grand ferry bargain may not be impossible.").polarity == 1


@pytest.mark.parametrize("text", ["It is impossible for the town to accept the ferry blockade.",
                                  "The deal would have been impossible without the efforts of the ferry board."])
def test_impossible_before_an_act_or_what_was_needed_is_no_verdict_on_the_issue(text):
    stance = _read(text)
    assert stance is None or "impossible" not in str(stance.cues.get("polarity")), text


@pytest.mark.parametrize("text", ["The tolls are undermining the post-war rules-based multilateral ferry system.",
                                  "The strike puts at risk the ferry system that feeds the islands."])
def test_harm_to_a_long_object_or_put_at_risk_is_harm_done_to_it(text):
    assert _for_it_by_harm(_read(text)), text


def test_harm_past_a_preposition_is_not_the_objects():
    # (the tolls fall on the towns; the ferry system is where, not what is harmed)
    stance = _read("The tolls are undermining the towns along the ferry system.")
    assert stance is None or not _for_it_by_harm(stance)


@pytest.mark.parametrize("text", ["Now, critics in Westport and Eastport raise some concerns that the ferry pact "
                                  "will fail.",
                                  "Critics raise concerns that the ferry pact will fail."])
def test_worries_that_named_people_raise_are_theirs(text):
    assert _read(text).attribution == "reported", text


def test_worries_the_writer_raises_are_the_writers():
    assert _read("I raise serious concerns about the ferry tolls.").attribution == "author"


@pytest.mark.parametrize("text", ["The harbour towns fear a slide to tariffs.",
                                  "The harbour factories have turned to reshoring."])
def test_a_plural_or_a_gerund_after_to_is_the_noun(text):
    assert "trade" in _tags(text), text


@pytest.mark.parametrize("text, issue", [("The US industrial base is weak.", "alliance"),
                                         ("US voters want leadership from the harbour board.", "us-leadership"),
                                         ("US media attention shifted to the harbour.", "us-leadership")])
def test_an_acronym_keyword_holds_inside_only_words_of_its_sort(text, issue):
    assert issue not in _tags(text), text


def test_the_words_after_an_acronym_keyword_do_not_stop_it():
    assert "us-leadership" in _tags("The US security commitments in Asia remain firm.")


@pytest.mark.parametrize("text", ["The embargo has badly hurt the small shipping firms working for the ferry cartel.",
                                  "The tolls hurt the many small fishing firms the ferry cartel had long squeezed."])
def test_harm_to_a_phrase_that_a_preposition_or_a_clause_ends_is_not_harm_to_the_issue(text):
    stance = _read(text)
    assert stance is None or not _for_it_by_harm(stance), text


def test_a_worry_for_the_future_of_a_danger_is_against_it():
    assert _read("I am concerned about the future of the ferry cartel's missile programme.").polarity == -1


def test_what_the_writer_suggests_or_insists_in_a_that_clause_stays_a_position():
    for text in ("I suggest that the council reopen the ferry.", "I insist that the council reopen the ferry."):
        assert _read(text).polarity == 1, text


@pytest.mark.parametrize("text", ["The ferry pact made war impossible.",
                                  "It is a sad state of affairs that the ferry pact was dropped."])
def test_impossible_as_an_object_and_a_sad_state_of_affairs_judge_nothing_of_the_issue(text):
    stance = _read(text)
    assert stance is None or not {"impossible", "a sad state"} & set(map(str, stance.cues.get("polarity", []))), text


@pytest.mark.parametrize("text", ["It will be very difficult to proceed with the ferry talks.",
                                  "It will be hard for the towns to reach a ferry deal.",
                                  "The port has no intention of giving way, and it will be difficult to settle the "
                                  "ferry dispute."])
def test_an_act_of_getting_somewhere_judged_hard_is_a_poor_prospect(text):
    stance = _read(text)
    assert stance is not None and stance.polarity == -1, text


@pytest.mark.parametrize("text", ["It is hard to say whether the ferry talks will work.",
                                  "The council must work hard to settle the ferry dispute."])
def test_hard_to_say_and_working_hard_judge_no_prospect(text):
    stance = _read(text)
    assert stance is None or stance.polarity != -1, text


@pytest.mark.parametrize("text", ["The ferry pact has worked well, although it was hard to reach the islands in winter.",
                                  "It will not be difficult to settle the ferry dispute.",
                                  "Without the ferry pact it would be impossible to restore trust.",
                                  "It is hard to conclude anything but that the ferry pact has been a success."])
def test_a_hard_act_in_another_clause_denied_or_needing_the_issue_is_no_poor_prospect(text):
    stance = _read(text)
    assert stance is None or stance.polarity != -1, text
