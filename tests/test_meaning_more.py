"""Readings of real-prose sentence types found since tests/test_meaning.py grew past 3,000 lines: each case is a
sentence type an independent reader found misread on unseen real commentaries, told with invented sentences."""

from __future__ import annotations

from functools import lru_cache

import pytest

from compare.changes import _term_finder
from compare.positions import extract_for_issues
from compare.taxonomy import parse_taxonomy
from conftest import ROOT, span


def _read(text: str, words: str = "ferry"):
    return extract_for_issues(text, {"ferry": span(text, words)}).get("ferry")


@lru_cache(maxsize=1)
def _seed_matcher():
    from compare.tagging import IssueMatcher

    return IssueMatcher(parse_taxonomy((ROOT / "seeds" / "issues.toml").read_text(encoding="utf-8"), source="issues.toml"))


@pytest.mark.parametrize("text", ["The ferry pact has certainly been damaged, but it has also shown resilience.",
                                  "Ferry ties between the towns have been severely weakened.",
                                  "After four years, the ferry pact has been damaged."])
def test_harm_the_subject_suffers_is_read_past_an_adverb_and_an_opening_time(text):
    # harm done to what the issue names is a warning for it (+1), as "The ferry pact has been damaged" is
    stance = _read(text, "ferry" if "ferry" in text else "Ferry")
    assert (stance.kind, stance.polarity) == ("evaluation", 1), text


def test_an_opening_time_set_off_by_a_comma_is_followed_by_the_main_clause():
    stance = _read("After four years, the ferry pact has been damaged.")
    assert stance.cues["clause"] == "main"
    # a list of events before the comma still runs to the main clause
    text = "After the strike, the blockade and the storms, I no longer trust the ferry board."
    assert _read(text).cues["clause"] == "main"


def test_stopping_harm_is_for_what_stops_it():
    text = "Since June, our two towns have had a ferry hotline meant to stop an accident at sea from becoming a crisis."
    assert _read(text).polarity == 1
    # stopping what is no harm still reads as against it
    assert _read("The town should stop the ferry subsidies at once.").polarity == -1


def test_a_view_said_in_a_meeting_on_an_abbreviated_date_is_the_speakers():
    text = "The harbour master also said in a meeting on Jan. 16 that the town should scrap the ferry tolls."
    assert _read(text).attribution == "reported"


def test_never_mind_grants_and_calls_for_nothing():
    granted = "Never mind that any attack on the ferry would result in the utter destruction of the raiders."
    stance = _read(granted)
    assert stance is None or stance.kind != "prescription"
    assert _read("Never abandon the ferry talks.").kind == "prescription"


@pytest.mark.parametrize("text", ["Two factors need to be considered when thinking about the future of the ferry fleet:",
                                  "Several points should be noted about the ferry plan.",
                                  "A military option against the ferry port is not on the table anymore.",
                                  "A vacuous agreement on the need for ferry talks would have been no use."])
def test_points_to_consider_options_on_the_table_and_needs_agreed_call_for_nothing(text):
    stance = _read(text)
    assert stance is None or stance.kind != "prescription", text
    for call in ("Two reforms of the ferry fleet need to be adopted this year.",
                 "The only option for the ferry board is to negotiate.", "We stress the need for ferry talks."):
        assert _read(call).kind == "prescription", call     # (the calls beside them still call)


def test_a_hopeful_act_called_hard_to_do_judges_its_prospects_badly():
    for text in ("Under these conditions it may be next to impossible to persuade the ferry board to settle.",
                 "With the tolls, it will be much harder to strengthen the ferry partnership."):
        stance = _read(text)
        assert stance.polarity == -1 and any(" to " in cue for cue in stance.cues["polarity"]), text
    # "hard" after a verb of effort is an adverb: the effort is called for
    effort = "The town must work harder than ever to keep the ferry link open."
    assert _read(effort).polarity == 1


def test_a_consensus_of_named_holders_and_a_course_advocated_by_others_are_theirs():
    for text in ("That is the consensus from the port's own ferry experts.",
                 "There is a growing consensus among analysts that the ferry pact will fail.",
                 "Boosting the ferry fleet has been one of the top items advocated by the ruling party."):
        stance = _read(text)
        assert stance is None or stance.attribution == "reported", text
    mine = "The ferry pact, championed by the mayor, was a mistake."
    assert _read(mine).attribution == "author"


def test_experts_concerned_with_a_matter_deal_with_it_and_are_not_worried():
    text = "Experts concerned with the ferry routes will meet again next year."
    assert _read(text) is None
    worried = "The harbour board is deeply concerned with the ferry tolls."
    assert _read(worried) is not None      # (a feeling, the board's)


def test_knowing_a_thing_named_important_is_why_the_text_looks_at_it():
    text = "Understanding the ferry supply chains is extremely important in looking at the port's prospects."
    assert _read(text) is None
    judged = "Resilient ferry supply chains are extremely important for the port."
    assert _read(judged).polarity == 1


def test_what_someone_is_searching_for_is_their_aim_told():
    text = "For all the apparent continuity, Eastport is searching for more stability in the ferry trade."
    assert _read(text) is None
    called = "Eastport should seek more stability in the ferry trade."
    assert _read(called).kind == "prescription"


def test_a_cleft_sentence_asserts_its_who_or_that_clause():
    stance = _read("It is Eastport that must lead the ferry talks.")
    assert (stance.kind, stance.polarity) == ("prescription", 1) and stance.cues["clause"] in ("main", "complement")
    stance = _read("It was the harbour board who wrecked the ferry talks.")
    assert stance is not None and stance.cues["clause"] == "main"
    # "It is a pact that..." is no cleft: the relative clause describes the pact
    assert _read("It is a ferry pact that will help both towns.") is None


def test_a_need_that_may_not_arise_is_foretold_not_refused():
    text = "Given these facts, the new mayor may not have to spend much time restoring the ferry pact."
    assert _read(text).kind == "prediction"
    refused = "The town does not have to raise the ferry fees."
    assert (_read(refused).kind, _read(refused).polarity) == ("prescription", -1)


def test_what_a_participle_of_saying_or_a_message_to_that_effect_reports_is_theirs():
    for text in ("The port in turn took the steps to the ferry court, alleging they violate the rules.",
                 "The mayor had repeatedly conveyed messages to the effect that the ferry talks were not important."):
        assert _read(text).attribution == "reported", text
    mine = "I wrote to the board, arguing that the ferry pact is a mistake."
    assert _read(mine).attribution == "author"


def test_worries_pointed_back_at_are_those_told_before():
    text = "One sign that such worries are translating into action is the recent announcement of ferry subsidies."
    assert _read(text).attribution == "reported"
    judged = "These worries about the ferry pact are justified."
    stance = _read(judged)
    assert stance is None or stance.attribution == "author"


def test_promising_after_a_determiner_judges_and_promises_nothing():
    stance = _read("Indeed, there are some promising opportunities for ferry cooperation.")
    assert (stance.kind, stance.polarity) == ("evaluation", 1)


def test_a_modal_before_a_naming_foretells_nothing_and_certain_to_foretells():
    named = "The first ferry talks, held in Alaska in March, could be categorized as a diplomatic war."
    stance = _read(named)
    assert stance is None or stance.kind != "prediction"
    assert _read("The ferry talks could be over by next year.").kind == "prediction"
    certain = "The port is certain to trumpet its new ferry missiles and escalate its threats."
    assert _read(certain).kind == "prediction"


def test_a_first_person_quoted_after_a_colon_is_the_quoted_speaker():
    text = 'The mayor vouched for the ferry firm: "I am convinced it is a partner in whom I can have great confidence."'
    assert _read(text).attribution == "reported"


def test_a_sentence_that_only_opens_a_list_takes_no_position():
    assert _read("Some of the most important ferry reforms are as follows.") is None
    assert _read("The most important ferry reforms are cheap and quick.").polarity == 1


def test_what_it_is_obvious_that_says_is_the_writers_claim():
    text = "As time goes on, it is obvious that relations between the ferry towns have deteriorated to hostility."
    stance = _read(text)
    assert stance is not None and stance.cues["clause"] == "complement" and stance.polarity == -1


def test_cannot_accept_refuses_as_must_not_does():
    text = "Westport cannot accept the port's annexation of the ferry pier."
    stance = _read(text)
    assert (stance.kind, stance.polarity) == ("prescription", 1)     # for pressure on the harm, as "must not accept"
    plain = "Westport cannot accept the new ferry terms."
    assert (_read(plain).kind, _read(plain).polarity) == ("prescription", -1)
    unable = "Westport cannot predict the outcome of the ferry talks."
    stance = _read(unable)
    assert stance is None or stance.kind != "prescription"


def test_little_prospect_for_judges_the_prospects_poor():
    for text in ("Future mayors face little prospect for improved ferry relations with Eastport.",
                 "I see no prospect of a ferry settlement while the blockade lasts."):
        stance = _read(text)
        assert (stance.kind, stance.polarity) == ("evaluation", -1), text


def test_harm_settled_or_defused_is_overcome():
    text = "The fact is that the summit gives us a rare chance to settle the Eastport Harbour nuclear threat."
    assert _read(text, "Eastport Harbour").polarity == 1
    kept = "The summit brings a rare chance and the Eastport Harbour nuclear threat."
    stance = _read(kept, "Eastport Harbour")
    assert stance is None or stance.polarity != 1     # (a threat not settled still weighs)
    called = "We must defuse the tensions over the ferry."
    assert (_read(called).kind, _read(called).polarity) == ("prescription", 1)


def test_a_concern_for_the_people_it_names_is_theirs():
    text = "The port's place on the ferry lanes makes it a priority concern for the town's military planners."
    assert _read(text).attribution == "reported"
    verdict = "The ferry tolls have become a cause for concern for the town's allies around the world."
    assert _read(verdict).attribution == "author"     # (what causes it is the writer's verdict)


def test_feelings_an_event_stirred_are_others():
    text = "The retirement of the old ferry increased concerns about the harbour link."
    assert _read(text).attribution == "reported"


def test_a_bare_would_forecast_of_the_writers_is_no_position():
    # with no direction, "would" tells a deal's terms, the future seen from the past or a guess: no position
    for text in ("In return, the harbour board would offer limited relief from the ferry tolls.",
                 "The ferry company would suspend its night crossings at the old pier.",
                 "Everyone was watching to see what would happen to the ferry on the day."):
        assert _read(text) is None, text
    warned = "Any attempt to seize the ferry by force would lead to a catastrophic conflict."
    assert (_read(warned).kind, _read(warned).polarity) == ("prediction", -1)
    theirs = "The mayor expected that the ferry port would close."
    assert _read(theirs).attribution == "reported"      # (others' expectations stay on record as theirs)
    weakened = "The town could expand its contributions to the ferry pact."
    assert _read(weakened) is not None                  # ("should" -> "could" in a revision is a call weakened)
    assert _read("The ferry company will suspend its night crossings at the old pier.") is not None


def test_only_a_word_of_damage_does_harm_to_what_follows_in_a_verdict():
    # a burden, a menace, a danger named before the issue judge it or the situation, no harm done to it
    for text in ("Skippers now shoulder the burden of maintaining the ferry pact.",
                 "Now the mayor is threatening painful ferry tolls that would hit the islanders even harder.",
                 "The danger of a ferry blockade able to starve the islands is upon us."):
        assert _read(text).polarity == -1, text
    for text in ("The tolls undermine the ferry pact.", "The strike was a heavy blow to the ferry pact.",
                 "The town was wrong to walk away from the ferry pact.",
                 "What I described then as a drift away from the ferry pact has become a policy."):
        assert _read(text).polarity == 1, text       # (damage done to it, or leaving it)
    called = "The town should lighten the burden on the ferry towns."
    assert (_read(called).kind, _read(called).polarity) == ("prescription", 1)   # (a call takes the harm on)


def test_a_harm_a_defence_is_set_against_is_what_it_counters():
    for text in ("Bolstering ferry defenses against the pirate threat is vital.",
                 "That includes buttressing the town's own ferry capability vis-à-vis the pirate threat."):
        assert _read(text).polarity == 1, text
        assert _read(text, "pirate").polarity == 1, text    # (a defence against it: pressure on its source)
    stance = _read("The pirates waged a war against the ferry threat.")
    assert stance is None or stance.polarity != 1          # (a war against it counters nothing for it)


def test_a_directive_in_an_infinitive_hanging_on_something_told_calls_for_nothing():
    for text in ("Moves are emerging in Eastport to call for its allies to pay more for the ferry.",
                 "Diplomatic pressure and force have also been used to urge them to give up the ferry.",
                 "Some in the harbour board have used the storm to call for a second ferry."):
        stance = _read(text)
        assert stance is None or stance.kind != "prescription" or stance.attribution != "author", text
    for text in ("I would like to urge the board to keep the ferry.", "We urge the board to keep the ferry.",
                 "It is important for the town to urge the board to keep the ferry."):
        assert (_read(text).kind, _read(text).polarity) == ("prescription", 1), text


def test_what_we_will_learn_is_no_pledge():
    from compare.positions import extract
    for text in ("We will not know for some time whether the ferry policy will be wise.",
                 "We will soon find out whether the ferry pact holds."):
        stance = extract(text)
        assert stance is None or stance.kind != "commitment", text
    assert extract("We will find a way to keep the ferry running.").kind == "commitment"


def test_words_quoted_after_a_reporting_verb_stay_the_speakers():
    from compare.positions import extract
    text = 'The mayor stated, "We reject the ideology of ferries, and we embrace the doctrine of bridges."'
    assert extract(text).attribution == "reported"
    # a quotation that runs on past the sentence's end is still the speaker's
    runs_on = ("The mayor laid out the plan last week: \u201cToday, I am here to offer a renewed ferry partnership to "
               "strengthen the bonds between all of the harbour towns.")
    assert extract(runs_on).attribution == "reported"
    answered = "The board has argued that the ferry is too costly, and I now think the ferry is a mistake."
    assert extract(answered).attribution == "author"      # (the writer's own clause answers it)


@pytest.mark.parametrize("text", ["The harbour board found a golden opportunity in the ferry dispute.",
                                  "The port took full advantage of this opportunity to expand the ferry routes.",
                                  "While the mayor was distracted, the board might have found a strategic opportunity "
                                  "on the ferry routes."])
def test_a_chance_someone_took_is_no_verdict_on_it(text):
    # what someone made of the moment, told: the writer welcomes nothing
    stance = _read(text)
    assert stance is None or stance.polarity != 1, text
    # a chance pointed to still judges
    assert _read("The two towns have an opportunity to rethink the ferry pact.").polarity == 1


def test_engaging_in_an_activity_is_no_engagement():
    assert _read("The port authority is engaging in a relentless build-up of its ferry fleet.") is None
    assert _read("The town should engage the ferry board at once.").polarity == 1


def test_a_feeling_after_a_group_describes_the_group():
    # "towns concerned about" is who they are, as a relative clause would say; no worry of the writer's
    stance = _read("The ferry pact is central in the coalition of towns concerned about the port's ambitions.")
    assert stance is None or stance.polarity != -1
    assert _read("I am concerned about the ferry pact.").polarity == -1


def test_much_carries_a_negation_to_its_noun():
    stance = _read("Talks on the ferry dispute have not made much substantive progress.")
    assert stance.polarity == -1


def test_averting_the_onset_of_a_harm_is_for_what_averts_it():
    text = "It is necessary to prevent the development of a new war over the ferry and rebuild a stable order."
    assert _read(text).polarity == 1


@pytest.mark.parametrize("text", ["When thinking about the ferry and the port's role, I think three perspectives or "
                                  "elements are critical.",
                                  "For the towns, three key issues are likely to dominate the ferry talks: fees, "
                                  "routes and crews.",
                                  "From the mayor's speeches, we can identify three pillars of the ferry concept.",
                                  "First and most important is the ferry board's position towards the towns."])
def test_a_sentence_counting_the_points_to_come_takes_no_position(text):
    assert _read(text) is None, text
    # counted reforms with more to say are still read
    assert _read("Two reforms are essential to save the ferry.") is not None


def test_how_much_someone_should_pay_in_a_bargain_calls_for_nothing():
    assert _read("Every five years, the two towns negotiate how much the port should pay for the ferry.") is None
    assert _read("The port should pay more for the ferry.").kind == "prescription"


def test_a_verdict_on_a_decision_to_scrap_it_is_for_it():
    stance = _read("It was proper for the council to rescind its foolish decision to scrap the ferry pact.")
    assert stance.polarity == 1
    # a decision to impose it is judged as it stands
    assert _read("The reckless decision to impose ferry tolls hurt the towns.", "ferry tolls").polarity == -1


def test_not_enough_for_someone_to_succeed_denies_the_success():
    text = "The strike is a reminder that fine words will not be enough for the ferry board to succeed."
    assert _read(text).polarity == -1


def test_what_the_teller_adds_after_a_quotation_is_theirs_too():
    text = ("\u201cThe mayor would like to see the towns play a greater role in the ferry and bear that burden, and I "
            "think that is consistent with their wishes,\u201d the clerk said, adding he raised the burden with the "
            "board.")
    assert _read(text).attribution == "reported"


def test_a_call_to_counter_a_threat_posed_by_it_is_for_pressure_on_it():
    assert _read("The towns must counter the threat posed by the ferry cartel.", "ferry cartel").polarity == 1


def test_that_after_a_preposition_points_at_a_noun():
    # "of that meeting" opens no clause: the statement's verb of saying stays in the main clause, and reports
    text = ("The joint statement issued at the end of that meeting stated that the towns oppose coercion, which "
            "undermines the ferry pact.")
    assert _read(text).attribution == "reported"


def test_what_someone_recognizes_is_their_view():
    text = "The mayor recognizes that the ferry pact has served as the cornerstone of the towns' prosperity."
    assert _read(text).attribution == "reported"
    assert _read("We should recognize that the ferry pact has served us well.").attribution == "author"


def test_a_feeling_after_an_opening_for_and_a_name_is_the_named_ones():
    text = "For Westport, the concerns are over its dependency on the ferry."
    assert _read(text).attribution == "reported"
    # without a name it stays the writer's
    assert _read("For all its flaws, the concern about the ferry is overblown.").attribution == "author"


def test_the_way_named_best_to_an_end_is_called_for():
    text = "The best way to ensure peace is to bolster the ferry pact to counter the growing threat from the port."
    assert (_read(text).kind, _read(text).polarity) == ("prescription", 1)


def test_a_view_held_in_a_capital_is_the_capitals():
    text = "The ferry pact would have been viewed in Westport as a long-term strategic positive."
    assert _read(text).attribution == "reported"
    # and a passive view of many keeps its modal out of the writer's forecasts
    assert _read("The ferry pact would have been seen by many as a strategic positive.").attribution == "reported"


def test_a_pair_named_with_dotted_initials_is_the_pairs_usual_name():
    # "Japan-U.S." is "Japan-US", a keyword of the issue, not a term of its own a later claim could be new with
    issues = tuple(parse_taxonomy((ROOT / "seeds" / "issues.toml").read_text(encoding="utf-8"), source="issues.toml"))
    terms = _term_finder(issues)
    text = "Deepening Japan-U.S. policy cooperation is essential."
    assert terms(text, "alliance") == terms(text.replace("Japan-U.S.", "Japan-US"), "alliance")


def test_a_call_the_writer_heard_someone_make_is_theirs():
    text = "Recently at the pier I heard a senior harbour official publicly urge the towns to keep the ferry running."
    assert _read(text).attribution == "reported"
    assert _read("I urge the towns to keep the ferry running.").attribution == "author"
    # and a view heard said, with its that-clause
    text = "I have heard officials at the pier argue that the ferry should be scrapped."
    assert _read(text).attribution == "reported"


def test_a_view_someone_was_quoted_as_explaining_is_theirs():
    text = "A senior official was quoted as explaining that the ferry pact \u201cis for maintaining peace and stability.\u201d"
    assert _read(text).attribution == "reported"


@pytest.mark.parametrize("text", ["The opportunity presented itself as the mayor made his way to the ferry port.",
                                  "A quick stop at the pier provided the clerk a chance to inspect the ferry.",
                                  "It gave another opportunity for the mayor to criticise the ferry board."])
def test_a_chance_given_to_someone_or_that_arose_is_told(text):
    stance = _read(text)
    assert stance is None or stance.polarity != 1, text
    # a chance the text points to, or the writer's own view of one, still judges
    assert _read("The summit provided a rare opportunity to strengthen the ferry pact.").polarity == 1
    assert _read("For years I believed the storm gave the town a real chance to save the ferry.").polarity == 1


@pytest.mark.parametrize("text", ["The ferry board must guard against the port's aggression.",
                                  "The ferry towns should guard against a blockade of the harbour.",
                                  "The ferry towns must work to stop the port's missile program.",
                                  "The ferry towns should curb the raiders' provocations."])
def test_a_call_to_guard_against_stop_or_curb_harmful_conduct_is_pressure_on_it(text):
    # (as a call to protest or resist it is; a warning against it, "I would warn against a blockade", still calls
    # against it)
    assert _read(text).polarity == 1, text


def test_averting_a_bonds_undoing_is_for_the_bond():
    assert _read("Ferry ties are solid, so much so that the priority is to prevent backsliding.", "Ferry").polarity == 1
    assert _read("The two towns must avoid a rift over the ferry pact.").polarity == 1


@pytest.mark.parametrize("text", ["On the ferry question, the port is not at all a reliable partner.",
                                  "The ferry pact is by no means a success."])
def test_an_emphatic_denial_denies_what_follows_it(text):
    assert _read(text).polarity == -1, text


def test_a_problem_solved_is_for_what_solves_it():
    assert _read("The ferry board solves problems in the harbour.").polarity == 1
    assert _read("The ferry board has not solved the problem.").polarity == -1


def test_a_verdict_tagged_only_by_its_meaning_is_no_position():
    from compare.analysis import position_rows
    from compare.tagging import SentenceRow, Tag

    sentences = [SentenceRow(1, 1, 1, "The harbour has enjoyed a remarkable year."),
                 SentenceRow(2, 1, 2, "The towns should keep the crossing open.")]
    by_meaning = [Tag(1, "trade", 0.5, "semantic", "meaning"), Tag(2, "trade", 0.5, "semantic", "meaning")]
    # the call stays; the verdict, with neither the issue named nor its paragraph's topic, goes
    assert [row[1] for row in position_rows(1, sentences, by_meaning, frozenset(), "test")] == [2]
    by_paragraph = [Tag(1, "trade", 0.5, "context", "paragraph topic")]
    assert [row[1] for row in position_rows(1, sentences, by_paragraph, frozenset(), "test")] == [1]


@pytest.mark.parametrize("text", ["The mayor must either follow the ferry board and revise his stance, or keep the tolls.",
                                  "The ferry board needs to either accept the tolls or leave the pact.",
                                  "The reason the port clings to ferry talks must be that it expects quick results."])
def test_options_laid_out_and_an_inferred_reason_call_for_nothing(text):
    stance = _read(text)
    assert stance is None or stance.kind != "prescription", text


def test_the_writers_wish_that_someone_act_is_a_call():
    assert _read("We would like the ferry board to strengthen the harbour fleet.").kind == "prescription"
    assert _read("I would like Tokyo to move faster on the ferry pact.").kind == "prescription"
    # the writer's own act, or a measure of the writer's liking, is no such wish
    for text in ("I would like to offer a different reading of the ferry pact.",
                 "The ferry pact is thinner than I would like on tolls."):
        stance = _read(text)
        assert stance is None or stance.kind != "prescription", text


@pytest.mark.parametrize("text, attribution", [
    # words quoted after an opening "As X said," are X's; a paraphrase may be the writer agreeing
    ("For some, the blow to the ferry pact will have repercussions for other towns.", "reported"),
    ("For critics of the deal, the ferry pact is a failure.", "reported"),
    ("For many years, the ferry pact was a failure.", "author"),
    ("For most of the 2010s, the ferry pact was a failure.", "author"),
    ("For many of us, the ferry pact is a failure.", "author"),
    ("For them, the ferry pact's tolls are alarming.", "reported"),
    ("There was also a report that the port may buy the ferry company.", "reported"),
    # another country's standpoint, not Japan's or America's
    ("From China's perspective, the ferry situation is a dangerous one.", "reported"),
    ("From Beijing's point of view, the ferry pact is a threat.", "reported"),
    ("From Japan's perspective, the ferry pact is a success.", "author"),
    ("From the start, the ferry pact was a failure.", "author"),
    # how it looks as someone sees it
    ("As Washington sees it, the ferry grievances should come second to solidarity.", "reported"),
    ("As the hawks in the ruling party see it, the ferry pact must be scrapped.", "reported"),
    ("As I see it, the ferry grievances should come second to solidarity.", "author")])
def test_a_view_held_for_some_from_anothers_standpoint_or_in_a_report_is_theirs(text, attribution):
    assert _read(text).attribution == attribution, text


@pytest.mark.parametrize("text", ["The two towns will soon restart negotiations over the ferry tolls.",
                                  "The new round of ferry talks will be conducted on a ministerial level."])
def test_talks_to_be_restarted_or_conducted_are_news(text):
    assert _read(text) is None, text


def test_what_we_will_witness_is_no_pledge():
    stance = _read("In twenty years, we will witness a ferry world with three ports.")
    assert stance is None or stance.kind != "commitment"
    assert _read("We will defend the ferry pact.").kind == "commitment"


def test_should_after_a_course_before_a_verb_of_effect_expects_it():
    for text in ("Indeed, such a change should strengthen ferry relations in the long term.",
                 "The new ferry deal should help the towns in the long run."):
        assert _read(text).kind == "prediction", text
    assert _read("The ferry board should strengthen the fleet.").kind == "prescription"
    assert _read("No ferry arrangement should give the port a seat at the table.").kind == "prescription"


@pytest.mark.parametrize("text", ["Since 2004, no administration has made further progress in resolving the ferry dispute.",
                                  "In the past decade, nobody has made progress on the ferry dispute."])
def test_a_negative_subject_after_an_opening_phrase_denies_its_clause(text):
    # as "No administration has made progress on the ferry dispute" does: the situation is judged badly
    stance = _read(text)
    assert (stance.kind, stance.polarity) == ("evaluation", -1), text


@pytest.mark.parametrize("text", ["The reversal does not, however, guarantee progress on the ferry dispute.",
                                  "The reversal does not, of course, guarantee progress on the ferry dispute."])
def test_a_negation_reaches_past_a_parenthetical_between_commas(text):
    stance = _read(text)
    assert (stance.kind, stance.polarity) == ("evaluation", -1), text


@pytest.mark.parametrize("text", ["Pulling out of the ferry pact was a mistake.",
                                  "The board made a mistake by withdrawing from the ferry pact.",
                                  "The board weakened its own hand by pulling out of the ferry pact."])
def test_a_verdict_on_leaving_named_as_its_means_or_by_a_phrasal_verb_is_for_what_was_left(text):
    # as "Withdrawing from the ferry pact was a mistake" is: against leaving it is for it
    stance = _read(text)
    assert (stance.kind, stance.polarity) == ("evaluation", 1), text


@pytest.mark.parametrize("text, attribution", [
    ("The four towns announced progress on the ferry pact at their summit in March.", "reported"),
    ("On Monday, the minister announced a plan to boost the ferry service.", "reported"),
    # a participle: what was announced stands before it, and the writer judges it
    ("The tolls announced on April 2 have done more to damage the ferry pact than anything else.", "author"),
    # and what someone foresaw, anticipates, spoke of, tweeted or lamented
    ("The trade association foresaw that the ferry deficit will widen should the current trend continue.", "reported"),
    ("The board anticipates that the ferry fleet will add another 25 boats by the end of the decade.", "reported"),
    ("The premier spoke of Beijing's willingness to develop healthy and stable ferry relations.", "reported"),
    ("The fall has led to a chorus of commentators lamenting an apparent undermining of ferry credibility.", "reported"),
    ("The mayor tweeted that the towns had better deal with the ferry problem.", "reported")])
def test_what_someone_announced_foresaw_spoke_of_tweeted_or_lamented_is_theirs(text, attribution):
    assert _read(text).attribution == attribution, text


@pytest.mark.parametrize("text, polarity", [
    ("The quarrel threatens the ferry network.", 1),
    ("Two factors are threatening to unravel the ferry order.", 1),
    ("Threatening to tear up the ferry agreement in the middle of a crisis is self-defeating.", 1),
    # the menace is what the issue names: harm comes from it
    ("The ferry dispute threatens the economies of two towns.", -1)])
def test_a_verb_of_menace_tells_harm_to_what_follows_it(text, polarity):
    stance = _read(text, "ferry" if "ferry" in text else "Ferry")
    assert (stance.kind, stance.polarity) == ("evaluation", polarity), text


@pytest.mark.parametrize("text", ["After four years the ferry pact has certainly been damaged.",
                                  "Since 2017 the ferry pact has been damaged."])
def test_a_phrase_of_time_without_a_comma_opens_no_subordinate_clause(text):
    # read as "After four years, the ferry pact has been damaged" is: harm done to it, a warning for it
    stance = _read(text)
    assert (stance.kind, stance.polarity, stance.cues["clause"]) == ("evaluation", 1, "main"), text


def test_the_writers_clause_after_a_report_may_open_with_a_short_phrase():
    text = ("The mayor has argued that the harbour accord is finished, and from the islands we have watched the "
            "ferry pact weaken.")
    assert _read(text).attribution == "author"


@pytest.mark.parametrize("text", ["The mayor's trip will coincide with the anniversary of the ferry treaty.",
                                  "Officials from the four towns will sit down together before the ferry summit.",
                                  "Ten councillors will also leave for Westport today to discuss the ferry tolls.",
                                  "The old ferry boats will gradually be switched to new ones."])
def test_a_date_that_coincides_a_meeting_or_a_departure_set_is_news(text):
    assert _read(text) is None, text


def test_a_verdict_far_by_meaning_from_the_paragraph_topic_it_takes_is_no_position():
    from compare.analysis import FAINT_TOPIC, _too_faint
    from compare.tagging import Tag

    verdict = _read("The ferry pact has been a great success.")
    call = _read("The towns should renew the ferry pact.")
    far, near = (Tag(1, "ferry", 0.4, "context", f"paragraph topic (meaning {score:.2f})")
                 for score in (FAINT_TOPIC - 0.05, FAINT_TOPIC + 0.05))
    assert _too_faint(verdict, far) and not _too_faint(verdict, near) and not _too_faint(call, far)


@pytest.mark.parametrize("text", ["Relations with the ferry towns are also critical for the island.",
                                  "The town's decision on the ferry is crucial to both ports.",
                                  "The ferry pact is critical to the island's peace.",
                                  # or for what it serves, a noun phrase that no verb opens
                                  "Diesel engines are critical to high-speed ferry services.",
                                  "Reliable ferry links have become essential to regional competitiveness.",
                                  "The ferry pact is critical to peace in the strait.",
                                  "The ferry is critical to global stability.", "The ferry is vital to local economies.",
                                  "The ferry is essential to innovation that creates jobs."])
def test_a_word_of_weight_for_a_party_judges_how_much_the_subject_matters(text):
    stance = _read(text)
    assert (stance.kind, stance.polarity) == ("evaluation", 1), text
    # what is crucial for someone to do, or to an end, is still called for
    for call in ("It is crucial for the town to keep the ferry pact.",
                 "Deepening ferry cooperation is essential to work toward a settlement.",
                 "Talks on the ferry are vital to re-establish trust.",
                 "The ferry pact is essential to maintain peace in the strait.",
                 # verbs whose endings nouns share, and a verb before its object
                 "Closer ferry ties are essential to enhance trust.", "Clear ferry rules are essential to implement "
                 "the pact.", "The ferry subsidies are vital to revive growth.", "More ferry funds are critical to "
                 "finance the pier.", "The ferry talks are essential to deal with the strike.",
                 "Direct ferry talks are essential to kick-start the stalled process.",
                 "Direct ferry talks are essential to kick-start Westport's stalled reforms.",
                 "Clear ferry rules are essential to fast-track approvals."):
        assert _read(call).kind == "prescription", call


@pytest.mark.parametrize("text", ["Let's be clear: the ferry pact is a matter for the towns.",
                                  "Let us be honest about the ferry pact.", "And let's be frank about the ferry tolls."])
def test_a_writers_call_to_candour_is_no_call_on_the_issue(text):
    stance = _read(text)
    assert stance is None or stance.kind != "prescription", text
    assert _read("Let's strengthen the ferry pact.").kind == "prescription"


@pytest.mark.parametrize("text", ["The quarrel could disrupt the ferry trade.",
                                  "This could also negatively impact the negotiations for the ferry settlement.",
                                  "The ferry supply chains may be disrupted by the closure of factories."])
def test_disruption_or_an_adverse_impact_done_to_it_is_a_warning_for_it(text):
    # as "could damage the ferry trade" is (+1: the writer values what is harmed)
    assert _read(text).polarity == 1, text


@pytest.mark.parametrize("text", ["The ferry board must feel betrayed by the towns.",
                                  "The islanders must be worried about the ferry tolls."])
def test_a_feeling_someone_must_have_is_a_guess_no_call(text):
    assert _read(text) is None, text
    assert _read("We must be worried about the ferry tolls.").kind == "prescription"


@pytest.mark.parametrize("text", ["The ferry pact would fade as the town decided the cost of resisting was too high.",
                                  "The ferry pact is waning.", "Ferry ties could weaken further."])
def test_a_slow_loss_the_subject_suffers_is_a_warning_for_it(text):
    # as "the ferry pact could collapse" is (+1: the writer values what is at risk)
    assert _read(text, "ferry" if "ferry" in text else "Ferry").polarity == 1, text


@pytest.mark.parametrize("text, attribution", [
    ('As the mayor said at a press conference, the ferry is "a lifeline that we must protect."', "reported"),
    ('As former harbour master Ito put it this week: "The ferry is one of the most undiscovered opportunities."',
     "reported"),
    # a paraphrase with no words quoted may be the writer agreeing; the writer's own earlier words stay the writer's
    ("As the mayor said at a press conference, the ferry is a lifeline that we must protect.", "author"),
    ('As I said at the time, the ferry deal was "a failure."', "author"),
    ('As expected, the ferry deal was "a failure."', "author"),
    # a feeling arising after an opening phrase, or one someone seems to have
    ("Among residents, concern is growing that the ferry depends too much on subsidies.", "reported"),
    ("In recent weeks, concerns have grown that the ferry deal will fail.", "reported"),
    ("The board seems to be concerned that the end of the ferry will undermine its strategy.", "reported"),
    ("The board appears worried that the ferry deal will fail.", "reported"),
    # the writer's own feeling, and a verdict that only seems, stay the writer's
    ("We are concerned that the ferry deal is a failure.", "author"),
    ("The ferry deal appears to be a failure.", "author"),
    # what was supposed to happen: an expectation held then
    ("The great threats were supposed to come from hostile powers seeking to overturn the ferry order.", "reported"),
    ("The ferry deal was supposed to be a success.", "reported"),
    ("The ferry deal is supposed to be a success.", "author"),
    # a quotation told to the writer, a statement closed by who made it and where, what someone identifies, a view held
    ('"I think the vote strengthens the ferry board\'s hand," Professor Linda Yueh from Oxford University told me.',
     "reported"),
    ('"I think the vote strengthens the ferry board\'s hand," I told the professor.', "author"),
    ("The ferry lines will also be closed in line with the resolution, the ministry announced in a statement.",
     "reported"),
    ("The ferry lines will also be closed in line with the resolution, the ministry said in a statement.",
     "reported"),
    ("The ferry lines will close, I said in a statement.", "author"),
    ("The port also identifies the town's ferry development as a threat.", "reported"),
    ("We identify the ferry development as a threat.", "author"),
    ("The mayor and the board are united in the view that strengthening the ferry alliance will be essential.",
     "reported"),
    ("The board is of the view that the ferry pact is a failure.", "reported"),
    ("I am of the view that the ferry pact is a failure.", "author"),
    # what a text asks in the present
    ("The resolution calls on the port to stop its ferry tests.", "reported"),
    ("The ferry plan urges the port to keep the pier.", "reported"),
    ("The situation requires a new ferry strategy.", "author"),
    ("We call on the port to keep the ferry.", "author")])
def test_others_words_feelings_expectations_and_texts_are_theirs(text, attribution):
    assert _read(text).attribution == attribution, text


@pytest.mark.parametrize("text, polarity", [
    ("The two towns need to work together to deal with a rising port, confront a dangerous ferry cartel and manage growth.",
     1),
    ("The port should invite the other towns to talks about how to handle the ferry problem.", 1),
    ("The board will have to address the threat posed by the ferry cartel.", 1),
    # a danger told in the call's subject, or a call that acts on no danger, keeps its direction
    ("The ferry cartel is dangerous, and the town should work with the board.", -1),
    ("We must stop the talks with the ferry cartel.", -1)])
def test_a_call_that_acts_on_a_danger_it_names_is_pressure_on_it(text, polarity):
    # "...need to confront a dangerous North Korea": a call for pressure, +1 by the convention
    stance = _read(text)
    assert (stance.kind, stance.polarity) == ("prescription", polarity), text


def test_little_chance_of_judges_the_prospects_poor_and_what_we_will_also_see_is_no_pledge():
    stance = _read("There's little chance of the ferry board forming this view.")
    assert (stance.kind, stance.polarity) == ("evaluation", -1)
    assert _read("We will also see an exodus of ferry workers from the port.").kind == "prediction"
    assert _read("We will also defend the ferry pact.").kind == "commitment"


@pytest.mark.parametrize("text", ["But the ferry story does not have to end that way.",
                                  "One does not have to agree with the mayor to condemn the ferry board."])
def test_a_need_denied_of_what_is_to_happen_or_of_anyone_is_no_call(text):
    stance = _read(text)
    assert stance is None or stance.kind != "prescription", text
    # a need denied of someone's act still advises against it
    assert (_read("The ferry board does not need to rush.").kind, _read("The ferry board does not need to rush.")
            .polarity) == ("prescription", -1)


@pytest.mark.parametrize("text", ["At first glance, the mayor's request to ease ferry tolls may sound reasonable.",
                                  "On paper, the ferry deal is a success.",
                                  "On the surface, the ferry deal seems a success."])
def test_a_verdict_on_how_a_thing_looks_at_first_is_granted_not_given(text):
    assert _read(text) is None, text
    # a time, not an appearance: the writer's verdict on how it went at first
    assert _read("At first, the ferry deal was a success.").kind == "evaluation"


@pytest.mark.parametrize("text, attribution", [
    # a worry of people the sentence counts or names by their role, read past an opening "But"
    ("But others worry that the ferry quarrel will get worse before the vote.", "reported"),
    ("But critics worry the ferry quarrel will get worse before the vote.", "reported"),
    ("But I worry that the ferry quarrel will get worse before the vote.", "author"),
    ("Others, like me, worry that the ferry will close.", "author"),
    # what someone wants, looks forward to or strives for: their aim, whatever the words that judge it on the way
    ("The mayor wants to expand the vital ferry link.", "reported"),
    ("She looks forward to a breakthrough on the ferry tolls.", "reported"),
    ("What she was striving to win was an end to the excessive ferry burden.", "reported"),
    ("I want to expand the vital ferry link.", "author"),
    ("We look forward to a ferry breakthrough.", "author"),
    # a clause of the writer's own after the wish, and what a thing is aimed at, stay the writer's
    ("The port wants to rewrite the ferry order, and we should say so plainly.", "author"),
    ("The ferry pact is aimed to benefit consumers on both sides.", "author")])
def test_a_wish_or_worry_of_someone_the_sentence_opens_on_is_theirs(text, attribution):
    assert _read(text).attribution == attribution, text



@pytest.mark.parametrize("text, polarity", [
    # a leaving named by a noun, judged after a copula or as what a verdict is of: against leaving is for what was left
    ("The withdrawal from the ferry pact was a grave mistake.", 1),
    ("The bid exposes the folly of the town's withdrawal from the ferry pact.", 1),
    ("The town's exit from the ferry pact was regrettable.", 1),
    # a verdict of something that is no leaving keeps its direction
    ("The folly of the ferry board is plain.", -1),
    ("The ferry pact's exit clause is a mistake.", -1)])
def test_a_verdict_on_a_withdrawal_named_by_a_noun_is_for_what_was_left(text, polarity):
    stance = _read(text)
    assert (stance.kind, stance.polarity) == ("evaluation", polarity), text


@pytest.mark.parametrize("text, attribution", [
    # hearsay passed on in an aside set off by commas
    ("The port, we are told, lures poorer towns into ferry loans they can't afford.", "reported"),
    ("The port, we are often told, cannot afford a ferry war.", "reported"),
    ("The port cannot afford a ferry war, I am told.", "reported"),
    # the writer recalling what they said is still the writer
    ("The port, as I have said, cannot afford a ferry war.", "author")])
def test_hearsay_told_in_an_aside_is_not_the_writers_view(text, attribution):
    assert _read(text).attribution == attribution, text


# ---- Readings from the first four batches of unseen real prose read this round (invented sentences) ----

def test_to_date_after_have_is_a_time_not_an_obligation():
    # "has to date maintained" tells what the board has held so far: no call of the writer's
    stance = _read("So far the council has to date kept the ferry timetable it set in spring.")
    assert stance is None or (stance.kind != "prescription" and stance.attribution == "reported")
    assert _read("The harbour board has to fund the ferry.").kind == "prescription"


@pytest.mark.parametrize("text", ["The new timetable may be considered a ferry milestone of sorts.",
                                  "The ferry pact could be seen as the first of several such deals."])
def test_a_hedged_reading_of_what_a_thing_is_forecasts_nothing(text):
    stance = _read(text)
    assert stance is None or stance.kind != "prediction", text


def test_a_hedged_reading_keeps_the_judging_words_it_carries():
    stance = _read("The ferry pact could be seen as a dangerous gamble.")
    assert (stance.kind, stance.polarity) == ("evaluation", -1)


def test_a_question_framed_past_a_one_word_aside_is_a_question():
    assert _read("The key question, then, is who, in the end, will run the ferry.").attribution == "question"
    assert _read("The ferry pact, then, will fail.").attribution == "author"


@pytest.mark.parametrize("text", ["Instead, the port did not want the ferry rota to fail in its absence.",
                                  "The mayor would like to see the ferry pact ratified quickly.",
                                  "Still, it does not want the ferry rota to fail before spring.",
                                  "It is not that the fishermen want the ferry line to fail."])
def test_a_wish_put_with_an_auxiliary_is_the_wishers(text):
    assert _read(text).attribution == "reported", text


@pytest.mark.parametrize("text", ["We would like to see the ferry pact ratified quickly.",
                                  "I do not want the ferry talks to fail."])
def test_the_writers_own_wish_stays_the_writers(text):
    assert _read(text).attribution == "author", text


def test_a_hope_held_by_what_it_stands_for_is_not_the_writers():
    text = "It naturally hopes the ferry link will succeed."
    assert _read(text).attribution == "reported"
    # a dummy "it" holds no hope, and the writer's own hope is a call
    assert _read("It is vital that the ferry talks bring a breakthrough.").attribution == "author"


@pytest.mark.parametrize("text", ["The port should halt its pointless ferry blockades at the river mouth.",
                                  "The port should refrain from destabilizing ferry raids near the islands.",
                                  "The landing was an intrusion into the ferry zone and must not be tolerated."])
def test_a_call_to_end_conduct_the_writer_condemns_is_for_the_course_called_for(text):
    stance = _read(text)
    assert (stance.kind, stance.polarity) == ("prescription", 1), text


def test_a_call_to_stop_what_is_not_condemned_is_against_it():
    assert _read("The town should stop waiting for the ferry board to act.").polarity == -1
    assert _read("The town should stop the ferry subsidies at once.").polarity == -1


def test_a_promise_made_or_broken_is_no_praise():
    # only "promising" praises: "a vague promise" judges the promise
    assert _read("The islanders received only a vague promise of a winter ferry.").polarity == -1
    assert _read("The ferry pact is a promising start.").polarity == 1
    stance = _read("The port signed the order ending the ferry pact, fulfilling a campaign promise.")
    assert stance is None or stance.polarity <= 0


def test_a_negative_subject_denies_its_verb_past_a_relative_clause():
    text = "None of the ferry plans that were drawn up is convincing."
    assert _read(text).polarity == -1


@pytest.mark.parametrize("text", ["Fishermen will blame the mayor for the failure of the ferry.",
                                  "The port would praise the ferry pact as a success."])
def test_a_verdict_someone_is_foretold_to_give_is_theirs(text):
    assert _read(text).attribution == "reported", text


def test_the_writers_own_foretold_verdict_and_an_events_confirmation_stay_the_writers():
    assert _read("We will condemn the ferry raids.").attribution == "author"
    stance = _read("The storm will confirm that the ferry is a danger.")
    assert stance.attribution == "author"


def test_a_response_to_a_harm_counters_it():
    # "respond to such threats" is for the response, as a defence against them is
    assert _read("The ferry board was right to respond to the danger.").polarity == 1
    # a deal named with someone is no response ("deal with"): the verdict on the deal stands
    assert _read("The town's long pursuit of a ferry deal with the port was a mistake.").polarity == -1
    assert _read("Both ferry deals with the port failed within a year.").polarity == -1
    assert _read("The ferry board must deal with the danger at once.").polarity == 1


def test_a_need_given_as_the_reason_for_an_event_calls_for_nothing():
    text = "The reason the ferry stopped running is that its owner needs to cut costs."
    stance = _read(text)
    assert stance is None or stance.kind != "prescription"
    assert _read("The reason is simple: the town must keep the ferry.").kind == "prescription"


def test_an_option_told_as_having_come_up_advises_nothing():
    stance = _read("A second ferry to the islands has emerged as an option.")
    assert stance is None or stance.kind != "prescription"
    assert _read("A second ferry is the only option.").kind == "prescription"


def test_a_confirmation_with_nobody_named_is_reported():
    text = "It was confirmed on Monday that the ferry should sail before the storm."
    assert _read(text).attribution == "reported"


def test_a_harm_a_remedy_is_for_is_countered():
    # "a solution to the region's problems" is for the solution; "not the only solution" concedes it is one
    assert _read("The ferry pact is not the only solution to the region's problems.").polarity == 1
    assert _read("The ferry pact's response to the storm was a failure.").polarity == -1


def test_a_menace_made_is_an_act_told_and_a_burden_shared_is_a_subjects_name():
    stance = _read("The two mayors kept threatening reprisals over the ferry.")
    assert stance is None or stance.polarity == 0
    # what threatens the thing the issue names still harms it
    assert _read("The tolls are threatening the ferry pact.").polarity == 1
    stance = _read("It was the first time since the towns agreed on sharing the ferry burden that wages were cut.")
    assert stance is None or "burden" not in stance.cues["polarity"]
    assert _read("The ferry pact is a burden for the town.").polarity == -1


def test_what_others_argue_against_is_their_view():
    text = "Some have argued against the ferry levy as unfair and unsustainable."
    assert _read(text).attribution == "reported"
    assert _read("I have argued against the ferry pact, which was unsustainable.").attribution == "author"


def test_a_need_a_statement_confirmed_is_the_statements():
    text = "The communique confirmed the need to dredge the ferry channel."
    assert _read(text).attribution == "reported"


def test_a_concern_found_after_a_long_opening_phrase_is_widely_felt():
    text = "After a long and stormy winter on the northern coast, there is a growing concern about the ferry."
    assert _read(text).attribution == "reported"


def test_a_partner_that_can_no_longer_be_counted_on_is_judged_badly():
    assert _read("The ferry board can no longer be counted on in a storm.").polarity == -1
    assert _read("The ferry board can be relied upon in a storm.").polarity == 1
    # whether it can be is a doubt raised, no verdict
    stance = _read("The question of whether the ferry board can be relied upon is more pressing than ever.")
    assert stance is None or "be relied upon" not in stance.cues["polarity"]


def test_a_harm_a_verb_works_against_is_countered():
    text = "The ferry hotline helps counteract the danger of a clash at sea."
    assert _read(text).polarity == 1
    assert _read("The new radar mitigates the danger to the ferry.").polarity == 1


def test_a_modal_on_how_plain_a_thing_is_by_now_frames_what_follows():
    stance = _read("Surely it should be clear by now that the ferry will stay.")
    assert stance is None or stance.kind != "prescription"



@pytest.mark.parametrize("text", ["Subsidies have long distorted the ferry trade between the islands.",
                                  "The strike is paralysing the ferry service.",
                                  "The ferry network has come under strain."])
def test_distorting_paralysing_and_coming_under_strain_harm_what_they_reach(text):
    stance = _read(text)
    assert stance.polarity == 1 and stance.cues["polarity"][0].startswith("harm to it"), text


def test_a_call_not_to_do_one_thing_but_another_instead_is_for_what_follows():
    stance = _read("The ferry board should not rebuild the old pier and instead seek a second ferry.")
    assert (stance.kind, stance.polarity) == ("prescription", 1)
    assert _read("The ferry board should not rebuild the old pier.").polarity == -1


def test_a_usefulness_to_remember_frames_what_follows():
    stance = _read("It is also useful to remember the ferry pact was signed once before and dropped.")
    assert stance is None or "useful" not in stance.cues["polarity"]


def test_a_fear_ruled_out_is_averted_and_a_sober_view_judges_badly():
    stance = _read("That should rule out much of the apprehension about the ferry pact.")
    assert (stance.kind, stance.polarity) == ("prescription", 1)
    assert _read("I am under no illusions about the ferry board's motives.").polarity == -1


def test_a_fear_imposed_or_a_worry_made_light_of_calls_for_nothing_and_judges_nothing():
    stance = _read("The islands now have to fear the ferry board's new tolls.")
    assert stance is None or stance.kind != "prescription"
    stance = _read("That the ferry timetable slipped is a minor concern for the islanders.")
    assert stance is None or "concern" not in stance.cues["polarity"]


@pytest.mark.parametrize("text", ["The navy stands ready to respond should the ferry strike spread to the port.",
                                  "The board will retaliate with tolls should Ferrytown close the pier."])
def test_should_before_a_noun_phrase_opens_a_condition_wherever_it_stands(text):
    # a call has its verb straight after "should": a noun phrase there makes it a condition, not the writer's call
    stance = _read(text, "ferry" if "ferry" in text else "Ferrytown")
    assert stance is None or stance.kind != "prescription", text


@pytest.mark.parametrize("text", ["The two towns should both defend the ferry pact.",
                                  "The question now is what should the port do about the ferry pact"])
def test_a_call_with_a_floating_quantifier_or_a_question_word_is_no_condition(text):
    stance = _read(text)
    assert stance is not None and stance.kind == "prescription", text


@pytest.mark.parametrize("text", ["For problems like the ferry strike, the town needs the help of the port.",
                                  "The harsh truth is that we should brace for a new ferry threat."])
def test_a_calls_direction_is_not_taken_from_judging_words_on_what_it_takes_on(text):
    # the call is for the course it names: the judging words describe what it takes on
    assert (_read(text).kind, _read(text).polarity) == ("prescription", 1), text


def test_judging_words_in_a_calls_subject_or_own_clause_still_count():
    # in the subject, a danger's own word still warns; in a main clause of its own, a verdict stands
    assert _read("The threat from the ferry cartel must not be underestimated.").polarity == -1
    assert _read("The ferry cartel is dangerous, and the town should work with the board.").polarity == -1
    # a call denied keeps its direction against what it names
    assert _read("The town should not trust the ferry cartel.").polarity == -1


@pytest.mark.parametrize("text", ["A ferry war would gravely undermine the open ferry network.",
                                  "The ferry tariffs have caused great harm to free ferry travel."])
def test_an_issue_named_as_a_harm_and_as_what_it_harms_reads_for_what_is_harmed(text):
    # the warning values what is harmed (+1), as "the war would undermine the ferry network" does
    harms = {"ferry": span(text, "ferry")}
    harms["ferry"] = harms["ferry"] + span(text, "ferry network" if "network" in text else "ferry travel")
    stance = extract_for_issues(text, harms).get("ferry")
    assert stance is not None and stance.polarity == 1, text


def test_harm_named_by_what_is_no_harm_by_nature_still_reads_as_before():
    # the first mention is no war or barrier: the reading is the one the first mention gives
    text = "The ferry board's neglect would undermine the credibility of the ferry board."
    stance = extract_for_issues(text, {"ferry": span(text, "ferry board's") + span(text, "ferry board.")}).get("ferry")
    assert stance is None or stance.polarity == _read("The ferry board's neglect would undermine it.").polarity


@pytest.mark.parametrize("text", ["The ferry charter will also state the board's right to set the tolls.",
                                  "The ferry rota will be specified in the draft plan.",
                                  "The ferry pact will set out the rules for the pier."])
def test_what_a_text_will_say_is_news_of_its_contents_not_a_forecast(text):
    assert _read(text) is None, text
    # a forecast of what will be done still stands
    assert _read("The ferry board will widen the pier.").kind == "prediction"


def test_a_feeling_stirred_among_others_is_theirs():
    text = "The pact had earlier raised anxiety among the farm towns that it would damage the ferry trade."
    assert _read(text, "ferry trade").attribution == "reported"
    # with a turn to the writer's own, the sentence stays the writer's
    assert _read(text[:-1] + ", but it proved a boon.", "ferry trade").attribution == "author"


@pytest.mark.parametrize("text", [
    "Noting that the port has broken the pact, the mayor said that the town will have to build more ferry piers.",
    "The ferry board denies any violation of the pact.",
    "The port began arguing that there was a need to widen the ferry pact.",
    "These former officials are criticizing the board for failing to get a good ferry deal.",
    "The port is afraid that the ferry pact will hurt its trade.",
    "In an attempt to curb smuggling, the resolution calls on towns to inspect every ferry."])
def test_what_others_note_deny_argue_criticize_fear_or_a_resolution_asks_is_theirs(text):
    stance = _read(text)
    assert stance is not None and stance.attribution == "reported", text


@pytest.mark.parametrize("text", [
    "Noting that the port has broken the pact, I believe the town should protect the ferry pact.",
    "Noting that the port has broken the pact, it is clear that the ferry pact must be defended.",
    "The town was denied access to the ferry pact, which is a grave mistake.",
    "We are deeply afraid that the ferry pact will fail."])
def test_the_writers_own_after_such_openings_and_words_stays_the_writers(text):
    stance = _read(text)
    assert stance is None or stance.attribution == "author", text


def test_a_blow_to_what_the_issue_names_reads_past_an_adjective():
    # harm done to it is a warning for it (+1), with an adjective between "to" and its name
    assert _read("The closure will deliver a serious blow to vital ferry ties.").polarity == 1
    assert _read("The closure was a blow to regional ferry links.").polarity == 1
    # a verb of an infinitive is no adjective: the mistake is the act's
    assert _read("It was a mistake to revive ferry ties with the port.").polarity == -1


@pytest.mark.parametrize("text, polarity", [
    ("Together the two ports could provide fresh impetus for a ferry pact.", 1),
    ("The new quay will be a shot in the arm for the ferry trade.", 1),
    ("All the blockade is likely to do is embolden the ferry smugglers.", -1),
    ("This will be another outburst of ferry protectionism.", -1)])
def test_an_impetus_given_and_a_spur_to_the_wrong_side_judge(text, polarity):
    stance = _read(text)
    assert stance is not None and stance.polarity == polarity, text


def test_a_view_held_by_others_is_read_past_a_linking_adverb_and_a_concern_to_others_is_theirs():
    text = "Equally, many see the ferry board as a risk that has to be managed."
    assert _read(text).attribution == "reported"
    text = "The ferry closure is of obvious concern to the island towns."
    assert _read(text).attribution == "reported"
    # the writer's own concern, and a call after a linking adverb, stay the writer's
    assert _read("This is of great concern to us, as the ferry tolls keep rising.").attribution == "author"
    # nor a concern of everyone's in a relative clause on what the call takes up
    text = "The ferry talks should focus first on storms, which are of common concern to all."
    assert _read(text).attribution == "author"
    assert _read("Equally, the ferry pact must be maintained.").attribution == "author"


def test_an_issue_named_only_in_a_trailing_should_condition_takes_the_main_call():
    text = "The town should offer relief from the tolls, with penalties should the ferry line cheat."
    stance = _read(text)
    assert stance is not None and (stance.kind, stance.polarity) == ("prescription", 1)


def test_a_denied_call_keeps_its_judging_words_and_a_gerund_opening_says_nothing():
    # "Nor should" turns what the clause says: not to treat the ferry bid as a threat is for it
    assert _read("Nor should the town treat the ferry bid as a threat.").polarity == 1
    text = "Insisting that every town join a single front against the ferry cartel leaves the islands, which trade with it, exposed."
    stance = _read(text)
    assert stance is None or stance.attribution == "author"


@pytest.mark.parametrize("text, attribution", [
    ("The ferry board has long seen the pact as an opportunity to widen its reach.", "reported"),
    ("The mayor does not see the ferry tolls as a problem.", "reported"),
    ("En route to the talks, the ferry board's negotiator struck an optimistic tone.", "reported"),
    ("We struck a hopeful note on the ferry pact.", "author"),
    ("We have long seen the ferry pact as vital.", "author")])
def test_a_view_held_past_an_auxiliary_and_a_tone_struck_are_theirs(text, attribution):
    stance = _read(text)
    assert stance is not None and stance.attribution == attribution, text


def test_a_deals_terms_told_with_will_require_are_news():
    assert _read("The ferry deal will require the port to buy more boats and open its docks.") is None


def test_a_text_that_became_effective_is_no_verdict():
    assert _read("The ferry pact became effective from December 30.") is None
    # the word still judges elsewhere
    assert _read("The ferry pact has been effective in cutting the tolls.").polarity == 1


@pytest.mark.parametrize("text", [
    "The port should not deviate from its commitment to the ferry pact.",
    "The port should not stray from its commitment to the ferry pact.",
    "The port must not backtrack on the ferry pact.",
    "The port must not renege on the ferry pact.",
    "The port should not let fear of change constrain its push for a ferry pact."])
def test_a_call_not_to_turn_from_a_course_or_let_it_be_constrained_is_for_it(text):
    stance = _read(text)
    assert stance is not None and (stance.kind, stance.polarity) == ("prescription", 1), text


def test_praise_measured_in_credit_is_a_verdict_and_more_of_a_thing_deserved_a_call():
    stance = _read("The port and the town deserve more credit for their push for a ferry pact.")
    assert (stance.kind, stance.polarity) == ("evaluation", 1)
    assert _read("One ferry line deserves more money.").kind == "prescription"
    # a course constrained, told as fact, is judged badly
    assert _read("The new tolls constrain the ferry trade.").polarity == -1


@pytest.mark.parametrize("text", ["It should be apparent that the ferry pact helps both towns.",
                                  "The mayor must be pretending to be at a loss over the ferry pact."])
def test_a_modal_on_how_plain_a_thing_is_or_a_guess_at_a_pretence_calls_for_nothing(text):
    stance = _read(text)
    assert stance is None or stance.kind != "prescription", text


def test_the_writers_forecast_with_no_direction_is_read_but_recorded_as_no_position():
    from compare.analysis import position_rows
    from compare.tagging import SentenceRow, Tag

    texts = ["By the eighth year, the ferry tolls will be cut to zero.",
             "The ferry pact may take effect in spring.",
             "The port could widen its ferry links.",         # a softened call within a document's versions
             "The ferry pact will harm the harbour's fishermen.",
             "The mayor expects that the ferry tolls will be cut."]
    column = [SentenceRow(k + 1, 1, k + 1, text) for k, text in enumerate(texts)]
    tags = [Tag(k + 1, "trade", 1.0, "keyword", "ferry", span(text, "ferry")) for k, text in enumerate(texts)]
    recorded = {row[1]: (row[3], row[4], row[-1]) for row in position_rows(1, column, tags, frozenset(), "test")}
    assert 1 not in recorded and 2 not in recorded
    assert recorded[3][:2] == ("prediction", 0) and recorded[4][1] == -1
    assert recorded[5] == ("prediction", 0, "reported")      # someone else's forecast stays on record as theirs
    # the sentence reader still reads the forecast: only the record leaves it out
    assert _read(texts[0]).kind == "prediction"


@pytest.mark.parametrize("text, expected", [
    ("An improvement of ferry ties should not be expected soon.", None),
    ("The ferry pact has to be considered a success.", ("evaluation", 1)),
    ("The port's ferry blockade must be seen as a threat.", ("evaluation", -1)),
    # a thing to be weighed is still asked for
    ("The ferry pact must be considered carefully before it is signed.", ("prescription", 1))])
def test_what_is_to_be_expected_or_how_a_thing_is_to_be_rated_asks_nothing(text, expected):
    stance = _read(text)
    assert (None if stance is None else (stance.kind, stance.polarity)) == expected, text


def test_should_after_a_meeting_set_off_by_an_aside_expects_what_it_brings():
    text = "A ferry summit, to be held in the port later this month, should help to clarify where the pact stands."
    assert _read(text).kind == "prediction"
    assert _read("The ferry board, in my view, should clarify its plans.").kind == "prescription"


@pytest.mark.parametrize("text", [
    "The quarrel has escalated to the point of Mayor Ana Ruiz threatening to cut ferry ties with the port.",
    "New Harbour, meanwhile, is threatening to withdraw from the ferry pact."])
def test_a_named_actors_threat_to_act_is_an_act_told(text):
    assert _read(text) is None, text


def test_a_threat_a_thing_poses_still_warns():
    for text in ("Rising tensions between the towns are threatening to upend the ferry pact.",
                 "The new tolls threaten to undermine the ferry pact."):
        assert _read(text).polarity == 1, text
    assert _read("Threats by the mayor to close the ferry line are reckless.").polarity == -1


@pytest.mark.parametrize("text", ["It is no secret that the ferry trading system has come under strain.",
                                  "It is clear that the ferry pact is at risk.",
                                  "There is no doubt that the ferry pact could be lost."])
def test_harm_a_framed_claims_subject_suffers_warns_for_it(text):
    # as "The ferry pact is at risk" does: the impersonal opening frames the sentence's own claim
    assert _read(text).polarity == 1, text
    # a harm told of someone else, with the issue after it, stays against the situation
    assert _read("It is no secret that the mayor has come under strain over the ferry pact.").polarity == -1


@pytest.mark.parametrize("text", [
    "Bankruptcies among those suppliers will have a negative impact on entire ferry supply chains.",
    "The closures had a harmful effect on the ferry trade."])
def test_a_judging_words_effect_on_what_the_issue_names_is_harm_to_it(text):
    assert _read(text).polarity == 1, text
    # an effect the issue's own thing has on others is held against it; a harmful thing named is its quality
    assert _read("The ferry tolls will have a negative impact on the harbour's fishermen.").polarity == -1
    assert _read("The harmful ferry tolls must go.").polarity == -1


@pytest.mark.parametrize("text", ["The two towns must not let any difference get in the way of the ferry summit.",
                                  "The two towns must not let any difference stand in the way of the ferry pact."])
def test_a_call_not_to_let_an_obstacle_stand_is_for_what_it_would_block(text):
    stance = _read(text)
    assert (stance.kind, stance.polarity) == ("prescription", 1), text
    # an obstacle told judges the situation badly, as "hinder" does
    assert _read("Old quarrels stand in the way of the ferry pact.").polarity == -1


def test_a_greater_need_that_rates_the_noun_after_it_is_no_view_held_more_firmly():
    assert _read("But there are even more important aspects of the ferry pact to consider.") is None
    assert "shift" in _read("The ferry pact is even more important now.").cues


def test_a_time_set_off_by_a_comma_before_a_past_verb_opens_the_main_clause_and_a_text_issued_says_its_own():
    from compare.cues import scan_sentence as _scan
    from compare.lexicon import default_lexicon

    scan = _scan("After the talks, the towns issued a joint statement on the harmful ferry tolls.", default_lexicon())
    assert scan.kinds[scan.lowered.index("issued")] == "main"
    # what an issued text says is its own view, not the writer's
    text = "After the talks, the towns issued a joint statement saying they shared concerns about the ferry tolls."
    assert _read(text).attribution == "reported"
    assert _read("The board released a report saying that the ferry tolls must go.").attribution == "reported"
    # a text named as a subject is judged by the writer
    assert _read("The report saying the ferry is safe was wrong.").attribution == "author"


def test_a_name_given_reaches_past_a_long_object():
    text = 'The mayor called the ferry deal between Ann Lee and Bo Kim a "failure."'
    assert _read(text).attribution == "reported"


@pytest.mark.parametrize("text, attribution", [
    ("There seems to be broad consensus in the port that the long-standing ferry policy has failed.", "reported"),
    ("Pundits in the port have been sending the serious message that the town must actively use the ferry pact.",
     "reported"),
    ("Westport also had a similar strategic view that the ferry cartel may cause a future threat.", "reported"),
    # the writer's own message and view, and what an event signals, stay the writer's
    ("We must send the clear message that the ferry pact must hold.", "author"),
    ("I have long held the view that the ferry pact is vital.", "author"),
    ("The mayor's visit sent a signal that the ferry pact is in danger.", "author")])
def test_a_consensus_that_seems_a_message_sent_and_a_view_held_are_theirs(text, attribution):
    stance = _read(text)
    assert stance is not None and stance.attribution == attribution, text


@pytest.mark.parametrize("text, expected", [
    ("The mayor's both-siderism on the ferry pact is sounding increasingly tenuous.", ("evaluation", -1, "author")),
    ("The mayor prays that the port will invite him to talk about all the good things the ferry pact can do.",
     ("prediction", 1, "reported")),
    # a call someone made, named by a possessive, calls for nothing of the writer's
    ('The mayor\'s call for "towns to run the ferry" sounds like code for the port running the ferry.', None),
    ("The ferry pact is sound.", ("evaluation", 1, "author")),
    ("Nothing this year has altered my conviction that the ferry pact is vital.", ("prescription", 1, "author"))])
def test_a_thing_sounding_a_prayer_anothers_call_and_the_writers_conviction(text, expected):
    stance = _read(text)
    assert (None if stance is None else (stance.kind, stance.polarity, stance.attribution)) == expected, text


def test_a_guess_at_what_could_have_been_done_is_read_past_an_adverb():
    text = "Officials could have effectively reminded the port of the ferry red line."
    stance = _read(text)
    assert stance is None or stance.kind != "prediction"


@pytest.mark.parametrize("text, polarity", [
    ("Pulling out of the ferry pact was wise.", -1),
    ("The withdrawal from the ferry pact was the right decision.", -1),
    ("Scrapping the ferry tolls was a good move.", -1),
    # a good thing denied, and the copula nearest the verdict (past "That is why")
    ("Withdrawing from the ferry pact is not a good idea.", 1),
    ("That is why the town's withdrawal from the ferry pact is a mistake.", 1),
    # what the issue names, apart from what was left, keeps the verdict's own direction
    ("Withdrawing from the war was good for the ferry pact.", 1),
    # a leaving refused keeps what was not left
    ("The town has so far refused to give up its stakes in the ferry projects, and I think that is sensible.", 1)])
def test_a_verdict_for_leaving_is_against_what_was_left(text, polarity):
    # as a verdict against leaving ("Withdrawing from the ferry pact was a mistake") is for what was left
    stance = _read(text)
    assert (stance.kind, stance.polarity) == ("evaluation", polarity), text


@pytest.mark.parametrize("text, kind, polarity", [
    ("The town's potential exit from the ferry pact would deal a heavy blow to the island economy.", "prediction", 1),
    ("Withdrawing from the ferry pact would hurt the island towns.", "prediction", 1),
    ("Pulling out of the ferry pact damaged the town's standing.", "evaluation", 1),
    ("The withdrawal from the ferry pact will benefit the town.", "prediction", -1),
    # a call to leave still calls against what it leaves
    ("The town should withdraw from the ferry pact.", "prescription", -1)])
def test_the_effect_of_leaving_judges_the_leaving(text, kind, polarity):
    # the act of leaving as the subject of a verb of effect: harm it does is against leaving, for what was left
    stance = _read(text)
    assert (stance.kind, stance.polarity) == (kind, polarity), text


@pytest.mark.parametrize("text", [
    "The preset agenda focused on the threat from the ferry cartel, the tolls and trade issues.",
    "With the mayor, he shared mutual understanding about the peaceful resolution of the ferry problem.",
    "The pact lets the towns share information on various security problems, including the ferry cartel's raids."])
def test_a_threat_or_problem_named_after_a_preposition_is_a_topic_not_a_verdict(text):
    assert _read(text) is None, text


@pytest.mark.parametrize("text, kind, polarity", [
    ("The ferry cartel poses a serious threat to the town.", "evaluation", -1),
    ("The growing threat from the ferry cartel is a bigger risk for the town.", "evaluation", -1),
    ("The problem is that the ferry cartel is exploiting the town's weakness.", "evaluation", -1),
    ("The town can no longer ignore the ferry cartel's threats.", "evaluation", -1),
    # a source of dangers, and a verb between the preposition and the danger: no phrase about it
    ("The ferry cartel has become the largest source of threats to the region.", "evaluation", -1),
    ("A year ago, few of us believed the ferry tariff threats would be carried out in full.", "evaluation", -1),
    # an infinitive's verb takes the danger on: the call opposes it
    ("The town must counter the ferry cartel's threat.", "prescription", 1)])
def test_a_threat_weighed_or_named_outside_a_phrase_about_it_still_judges(text, kind, polarity):
    stance = _read(text)
    assert (stance.kind, stance.polarity) == (kind, polarity), text


def test_harm_told_in_a_sentence_that_takes_its_issue_from_context_is_no_position():
    from compare.analysis import position_rows
    from compare.tagging import SentenceRow, Tag

    sentences = [SentenceRow(1, 1, 1, "In a storm, to attack the only board we have for cooperation endangers everyone."),
                 SentenceRow(2, 1, 2, "The new tolls will undermine the island towns."),
                 SentenceRow(3, 1, 3, "The tolls have been a disaster for the island towns.")]
    by_paragraph = [Tag(k, "trade", 0.5, "context", "paragraph topic (meaning 0.45)") for k in (1, 2, 3)]
    # whether the harm comes from what the issue names or befalls it, the sentence does not say: only the verdict
    # whose judging word is no harm done stays
    assert [row[1] for row in position_rows(1, sentences, by_paragraph, frozenset(), "test")] == [3]
    # where a keyword names the issue, harm told is read as ever
    by_keyword = [Tag(2, "trade", 1.0, "keyword", "tolls")]
    assert [row[1] for row in position_rows(1, sentences, by_keyword, frozenset(), "test")] == [2]


@pytest.mark.parametrize("text, attribution", [
    ("Westport is aggressively pushing the message that it is a responsible and reliable ferry partner.", "reported"),
    ("Westport is pushing the narrative that the ferry pact is a failure.", "reported"),
    ("There is now a wide recognition that the ferry order is at risk.", "reported"),
    ("There is widespread agreement that the ferry pact is a failure.", "reported"),
    # the writer's call to push a message, and the writer's own certainty, stay the writer's
    ("We must push the message that the ferry pact is a success.", "author"),
    ("There is no doubt that the ferry pact is a failure.", "author")])
def test_a_message_pushed_and_a_recognition_found_widely_are_others_views(text, attribution):
    assert _read(text).attribution == attribution, text


@pytest.mark.parametrize("text, kind", [
    ("The ferry strike should have set off shock waves in the town.", "evaluation"),
    ("The town should have put the ferry plan to a vote.", "evaluation"),
    # the present call stays a call
    ("The town should put the ferry plan to a vote.", "prescription")])
def test_what_ought_to_have_been_done_is_read_past_an_irregular_participle(text, kind):
    # as "The council should have reopened the pier years ago" is: a verdict on a past step, no call now
    assert _read(text).kind == kind, text


@pytest.mark.parametrize("text, polarity", [
    ("At the moment, the board appears to be making little progress in the ferry talks.", -1),
    ("The ferry talks have had little success.", -1),
    ("The ferry talks have made some progress.", 1)])
def test_little_progress_judges_badly(text, polarity):
    assert _read(text).polarity == polarity, text
    # "a little progress" is some: no verdict against
    stance = _read("The ferry talks have made a little progress.")
    assert stance is None or stance.polarity >= 0


@pytest.mark.parametrize("text, kind, polarity", [
    ("Unfortunately, the ferry talks will not resume this year.", "evaluation", -1),
    ("Sadly, ferry trade will not recover anytime soon.", "evaluation", -1),
    # "the parties directly concerned" are those involved, no feeling judged
    ("The two towns are the parties directly concerned and they need to talk about the ferry.", "prescription", 1)])
def test_regret_judges_what_follows_and_the_parties_concerned_judge_nothing(text, kind, polarity):
    stance = _read(text)
    assert (stance.kind, stance.polarity) == (kind, polarity), text


def test_a_problem_one_has_a_role_in_is_a_topic():
    assert _read("This dynamic gives the town a potential diplomatic role in the ferry problem.") is None
    # a problem one is in, weighed, still judges
    assert _read("The town is in a serious ferry problem.").polarity == -1


@pytest.mark.parametrize("text", ["The second lesson concerns the ferry trade.",
                                  "This concerns the eventual signing of a ferry treaty."])
def test_a_lesson_or_this_that_concerns_something_is_about_it(text):
    # as "The first change concerns export controls" is: what it is about, no worry
    assert _read(text) is None, text
    assert _read("This concerns me greatly about the ferry pact.").polarity == -1


@pytest.mark.parametrize("text", ["The mayor held a positive phone chat with the ferry board.",
                                  "The mayor sent a positive telegram to the ferry board."])
def test_the_tone_of_an_exchange_told_is_no_verdict(text):
    # as "the mayor's negative view of the talks" is: the tone told, no verdict of the writer's
    assert _read(text) is None, text
    assert _read("The ferry talks were positive.").polarity == 1


@pytest.mark.parametrize("text", [
    "The world must not turn a blind eye to the cartel's campaign to crush the ferry union.",
    "We should not dismiss the cartel's ferry threats as mere rhetoric.",
    "The town should not underestimate the ferry cartel."])
def test_a_call_not_to_disregard_conduct_opposes_it(text):
    # as "must not tolerate the blockade" does: for the course called for, whatever words describe the conduct
    stance = _read(text)
    assert (stance.kind, stance.polarity) == ("prescription", 1), text


@pytest.mark.parametrize("text", ["The port retaliated with ferry tolls of its own, and threatened another round on 3,300 products.",
                                  "The mayor threatened new ferry tariffs on the island."])
def test_a_round_of_tariffs_or_sanctions_threatened_is_a_menace_told(text):
    # as "kept threatening reprisals over the ferry" is: an act told, no verdict; "the tariffs threaten the pact" harms it
    assert _read(text) is None, text
    assert _read("The new tariffs threaten the ferry pact.").polarity == 1


def test_could_before_an_events_coming_foretells_as_will_does():
    from compare.analysis import position_rows
    from compare.tagging import SentenceRow, Tag

    texts = ["A ferry crisis could revisit the harbour anytime.",
             "This could lead to a division of the ferry towns into two camps.",
             "The ferry summit could be epoch-making.",
             "The port could widen its ferry links."]       # an act someone may take: a softened call, recorded
    column = [SentenceRow(k + 1, 1, k + 1, text) for k, text in enumerate(texts)]
    tags = [Tag(k + 1, "trade", 1.0, "keyword", "ferry", span(text, "ferry")) for k, text in enumerate(texts)]
    recorded = {row[1]: (row[3], row[4]) for row in position_rows(1, column, tags, frozenset(), "test")}
    assert 1 not in recorded and 2 not in recorded and 3 not in recorded
    assert recorded[4] == ("prediction", 0)


@pytest.mark.parametrize("text", [
    "The port has been reluctant to commit to numerical targets for the ferry trade.",
    "All towns vowing not to take sides on the ferry tariffs are in fact taking sides.",
    "The board has become a fixture of our plans, with a comprehensive and promising agenda on the ferry pact.",
    "The mix includes the ferry cartel's growth and the port's promise to seize the island by force.",
    "The town signed a short statement committing to work toward a ferry pact.",
    "The mayor made him pledge that he would end the ferry tolls.",
    "If every town were to commit to the ferry pact's standards, it would help the region."])
def test_a_promise_whose_subject_is_not_the_writer_commits_nobody(text):
    # a promise told of others (theirs), named as a thing, or the adjective "promising": no commitment of the writer's
    stance = _read(text)
    assert stance is None or stance.kind != "commitment" or stance.attribution == "reported", text


@pytest.mark.parametrize("text", ["We pledge to keep the ferry trade open.",
                                  "We are committing to the ferry pact for another decade.",
                                  "We will continue to support the ferry pact."])
def test_the_writers_own_promise_still_commits(text):
    assert _read(text).kind == "commitment", text


@pytest.mark.parametrize("text", ["We shouldn't be the instigator in a ferry trade war.",
                                  "The harbour must not be allowed to be divided into two ferry camps.",
                                  "The town must not get dragged into the ferry spat between the ports."])
def test_a_call_not_to_enter_a_discord_is_against_the_discord(text):
    # the negation turns the call against what it names; a discord named is what it turns against
    stance = _read(text)
    assert (stance.kind, stance.polarity) == ("prescription", 1), text


@pytest.mark.parametrize("text", ["The town should not join the ferry pact.",
                                  "Nor should the war become an excuse to enlarge the ferry fleet."])
def test_a_call_not_to_do_what_names_no_discord_is_against_it(text):
    assert _read(text).polarity == -1, text


def test_an_actors_issue_is_not_lent_to_a_text_that_never_names_the_actor():
    from compare.tagging import SentenceRow, tag_sentences

    matcher = _seed_matcher()
    coup = [SentenceRow(1, 1, 1, "The harbour generals seized power on Monday and jailed the elected mayors."),
            SentenceRow(2, 1, 1, "International sanctions and resolutions must follow.")]
    # sanctions on a third country: neither Russia's (its fallback word) nor the North's (by meaning)
    assert not [t for t in tag_sentences(matcher, coup, {1: None}) if t.sentence_id == 2]
    # where the text names the actor, the same sentence is its issue
    moscow = [SentenceRow(1, 1, 1, "Moscow seized the harbour on Monday and jailed the elected mayors."),
              SentenceRow(2, 1, 1, "International sanctions and resolutions must follow.")]
    assert {t.issue_id for t in tag_sentences(matcher, moscow, {1: None}) if t.sentence_id == 2} == {"russia"}


@pytest.mark.parametrize("text", ["The headline read, “The mayor is failing to counter the port's assault on the ferry line.”",
                                  "The banner at the rally read, “The ferry pact is a shameful surrender.”"])
def test_judging_words_only_inside_quoted_speech_are_the_speakers(text):
    # as calls and forecasts inside quoted speech already were; a short quoted term stays the writer's
    assert _read(text).attribution == "reported", text


def test_a_verdict_outside_the_quoted_words_stays_the_writers():
    stance = _read("The mayor called the ferry pact “a deal for our children,” and it is a dangerous illusion.")
    assert stance.attribution == "author"


def test_the_items_of_a_list_introduced_as_someones_statements_are_theirs():
    from compare.analysis import who_speaks
    from compare.tagging import SentenceRow

    text = [SentenceRow(1, 1, 1, "The mayor spoke at the ferry terminal. Here are some of his statements and assertions:"),
            SentenceRow(2, 1, 1, "\u2022 The ferry towns will never accept preaching from the port."),
            SentenceRow(3, 1, 1, "\u2022 No one should underestimate the resolve of the ferry towns."),
            SentenceRow(4, 1, 2, "The speech will not win hearts in the port.")]
    turns, _ = who_speaks(text, frozenset({"Roe"}))
    assert [turns[k].is_author for k in (2, 3)] == [False, False] and turns[4].is_author is None
    # the writer's own statements listed stay the writer's
    own = [SentenceRow(1, 1, 1, "Here are my statements on the ferry pact:"),
           SentenceRow(2, 1, 1, "\u2022 No one should underestimate the resolve of the ferry towns.")]
    turns, _ = who_speaks(own, frozenset({"Roe"}))
    assert turns[2].is_author is None


@pytest.mark.parametrize("text", ["It is important to mention that the towns were not unfamiliar with the ferry pact.",
                                  "It is also important to note that the ferry pact was signed in May.",
                                  "Thank you for giving me the opportunity to testify on the ferry pact.",
                                  "I would like to thank the board for its kind invitation to speak on the ferry pact."])
def test_a_frame_for_what_follows_and_thanks_take_no_position(text):
    assert _read(text) is None, text


def test_what_follows_an_important_frame_still_judges():
    assert _read("It is important to understand that the ferry pact has failed.").polarity == -1
    assert _read("It is important to strengthen the ferry pact.").kind == "prescription"


def test_a_verdict_inside_thanks_still_judges():
    text = "Thank you for inviting me to the port at the end of what has been a remarkable year for the ferry trade."
    assert _read(text).polarity == 1


def test_a_view_told_as_seen_by_any_named_agent_is_theirs():
    # the agent may be any phrase before "as", not only a word for people who hold views ("many", "critics")
    text = "The narrative comes with a sting for the port, which is seen by the ferry group as a weak, declining harbour."
    assert _read(text).attribution == "reported"


def test_a_global_body_is_us_leaderships_only_where_the_united_states_is_named_nearby():
    from compare.tagging import SentenceRow, tag_sentences

    matcher = _seed_matcher()
    island = [SentenceRow(1, 1, 1, "The island's bid to attend the World Health Organization assembly is misleading.")]
    assert not [t for t in tag_sentences(matcher, island, {1: None}) if t.issue_id == "us-leadership"]
    leaving = [SentenceRow(1, 1, 1, "America's exit from the World Health Organization was a grave mistake.")]
    assert [t.issue_id for t in tag_sentences(matcher, leaving, {1: None})] == ["us-leadership"]


def test_a_view_entertained_with_could_argue_foretells_nothing():
    text = "The mayor did not outline any change to the ferry policy, so one could quite credibly argue this is just talk."
    stance = _read(text)
    assert stance is None or stance.kind != "prediction"


@pytest.mark.parametrize("text", ["The quarrel could undermine efforts to deal with the ferry cartel.",
                                  "The quarrel could undermine the town's policy on the ferry cartel.",
                                  "Intensifying port conflicts will be detrimental to the steady development of "
                                  "bilateral ferry trade."])
def test_harm_to_an_endeavour_on_the_issue_is_a_warning_for_it(text):
    # as harm to the issue's own name is ("The quarrel will undermine the ferry talks": +1)
    stance = _read(text)
    assert (stance.kind, stance.polarity) == ("prediction", 1), text


def test_harm_far_from_the_issue_with_no_endeavour_between_reads_as_before():
    assert _read("The quarrel could undermine the economy of every town that depends on the ferry cartel.").polarity == -1


def test_what_a_named_actor_considered_is_its_judgement():
    text = "The port considered that too high a price for anything short of the ferry pact's collapse, and talks ended."
    assert _read(text).attribution == "reported"
    # the writer's own, and a plan "carefully considered", stay the writer's
    assert _read("I have always considered the ferry pact a failure.").attribution == "author"
    assert _read("The carefully considered ferry plan is a success.").attribution == "author"


def test_security_cooperation_is_japans_defense_only_where_japan_is_named_nearby():
    from compare.tagging import SentenceRow, tag_sentences

    matcher = _seed_matcher()
    others = [SentenceRow(1, 1, 1, "The two harbour towns are promoting deeper security cooperation.")]
    assert not [t for t in tag_sentences(matcher, others, {1: None}) if t.issue_id == "japan-defense"]
    japan = [SentenceRow(1, 1, 1, "Japan is promoting deeper security cooperation with the harbour towns.")]
    assert "japan-defense" in {t.issue_id for t in tag_sentences(matcher, japan, {1: None})}


@pytest.mark.parametrize("text", [
    "Expectations that the mayor's visit would produce a ferry deal at once were always naive.",
    "Against much expectation that a new era of peace will be realized, the ferry talks are in a stalemate."])
def test_a_modal_in_a_views_that_clause_is_what_the_view_foresaw(text):
    # the writer's verdict on it stands: no forecast of the writer's
    stance = _read(text)
    assert (stance.kind, stance.polarity) == ("evaluation", -1), text


def test_a_gain_found_modest_is_no_praise():
    assert _read("To be sure, the town's success in repatriating ferry routes has been modest.") is None
    assert _read("The ferry pact's achievements remain modest.").polarity == -1
    # a gain standing in the subject is what the predicate judges, not praise of its own (senses.a_gain_named)
    assert _read("The ferry pact's achievements were meagre.").polarity == -1
    assert _read("The ferry pact's achievements are modest at best.") is None


@pytest.mark.parametrize("text", ["The risks and opportunities of the ferry pact extend even to the river towns.",
                                  "Still, playing the ferry game has costs as well as benefits."])
def test_both_sides_of_a_ledger_named_together_judge_nothing(text):
    assert _read(text) is None, text


def test_an_aside_opening_on_not_that_calls_for_nothing():
    stance = _read("Not that the ferry towns need any more reminders.")
    assert stance is None or stance.kind != "prescription"


@pytest.mark.parametrize("text", ["The quick transition offers opportunities and pitfalls for the ferry pact.",
                                  "Handling the ferry pact will be a big challenge and an opportunity for the mayor.",
                                  "First, it is important to address what actually transpired at the ferry talks.",
                                  "It is vital to remember that the ferry pact is under heavy port influence.",
                                  "It is in this context that we should assess the implications of the ferry summit."])
def test_more_ledgers_and_frames_judge_nothing(text):
    # (a forecast with no direction is read, not recorded)
    stance = _read(text)
    assert stance is None or (stance.kind, stance.polarity) == ("prediction", 0), text


def test_a_call_to_address_a_problem_still_calls():
    assert _read("It is important to address the ferry problem now.").kind == "prescription"


def test_a_feeling_told_of_a_subject_past_almost_is_theirs():
    text = "People are almost convinced that after it rejoins the ferry pact, the port has finally changed its course."
    assert _read(text).attribution == "reported"


@pytest.mark.parametrize("text", ["The port secretary has warned the town of the need to open up the ferry records.",
                                  "They kept saying that both towns should hold ferry talks.",
                                  "Though the islanders think otherwise, they keep harping that the towns should hold ferry talks."])
def test_a_need_someone_warned_of_and_what_someone_keeps_saying_are_theirs(text):
    assert _read(text).attribution == "reported", text


def test_the_writers_own_warning_and_saying_stay_the_writers():
    assert _read("We have warned the town of the need to open up the ferry records.").attribution == "author"
    assert _read("We keep saying that both towns should hold ferry talks.").attribution == "author"


@pytest.mark.parametrize("text", ["The ferry board warned of countermeasures should words be followed by actions.",
                                  "The harbour board will leave the ferry pact should talks fail.",
                                  "The plan was seized upon by the harbour board, which warned of countermeasures "
                                  "should words be followed by actions at the ferry."])
def test_should_before_a_bare_plural_and_its_verb_sets_a_condition(text):
    stance = _read(text)
    assert stance is None or stance.kind != "prescription", text


def test_should_before_a_verb_ending_in_s_still_calls():
    assert _read("The ferry board should address tensions with the port.").kind == "prescription"
    assert _read("The ferry board should always be ready.").kind == "prescription"


@pytest.mark.parametrize("text", ["Make no mistake: the ferry war is now a political war.",
                                  "The ferry pact makes the port defend the town; it could also be called an "
                                  "asymmetric bargain."])
def test_an_emphasis_and_a_name_given_judge_nothing(text):
    assert _read(text) is None, text


def test_a_verdict_after_make_no_mistake_still_judges():
    assert _read("Make no mistake: the ferry war is now a dangerous war.").polarity == -1


@pytest.mark.parametrize("text", ["The port board might well have violated the ferry pact in recent years.",
                                  "The ferry fines may have hurt the port."])
def test_a_guess_at_what_was_past_an_adverb_or_an_irregular_participle_is_no_forecast(text):
    assert _read(text).kind == "evaluation", text


def test_a_guess_at_what_will_be_stays_a_forecast():
    assert _read("The port board might well violate the ferry pact.").kind == "prediction"


@pytest.mark.parametrize("text", ["Many in the West have come to view the ferry partnership as an existential threat.",
                                  "Many have begun to see the ferry partnership as an existential threat."])
def test_a_view_people_have_come_to_hold_is_theirs(text):
    assert _read(text).attribution == "reported", text


@pytest.mark.parametrize("text", [
    "In this situation, the mayor seemingly wanted to put pressure on the port to solve the ferry problem.",
    "The port is trying to boost its ferry strategy.",
    "The port tried to boost its ferry strategy."])
def test_an_aim_told_past_an_opening_setting_or_as_an_attempt_is_the_actors(text):
    assert _read(text).attribution == "reported", text


def test_the_writers_own_aim_stays_the_writers():
    assert _read("In this situation, we want to boost the ferry strategy.").attribution == "author"
    assert _read("We are trying to boost the ferry strategy.").attribution == "author"


@pytest.mark.parametrize("text", [
    "Towns that have maintained stable ferry ties with the port will be more unlikely to accept the plan.",
    "In particular, towns that have maintained stable ferry ties with the port will be more unlikely to accept it."])
def test_a_judging_word_in_a_clause_saying_which_things_is_no_verdict_on_them(text):
    # (what the main clause says is a forecast with no direction: read, not recorded)
    stance = _read(text)
    assert (stance.kind, stance.polarity) == ("prediction", 0), text


def test_the_main_clause_on_a_bare_plural_still_judges():
    assert _read("Towns that have maintained stable ferry ties with the port are wise.").polarity == 1
    # (the clause on a definite subject judges what it names, as before)
    text = "The towns that have maintained stable ferry ties with the port will be unlikely to accept the plan."
    assert _read(text).polarity == 1


@pytest.mark.parametrize("text", ["The ferry dispute is a problem to be solved through talks.",
                                  "Still, it is a problem that ultimately can only be resolved by the ferry towns."])
def test_a_problem_whose_clause_tells_of_its_solving_is_the_matter_in_hand(text):
    assert _read(text) is None, text


def test_a_problem_weighed_or_lasting_still_judges():
    assert _read("The ferry dispute is a serious problem.").polarity == -1
    assert _read("The ferry dispute is a problem that will not go away.").polarity == -1


@pytest.mark.parametrize("text", ["The mayor avoided any ferry backlash.", "The mayor prevented a ferry backlash."])
def test_a_harm_told_averted_judges_well(text):
    assert _read(text).polarity == 1, text


def test_a_harm_foretold_still_judges_badly():
    assert _read("The ferry plan would trigger a strong backlash in the region.").polarity == -1


@pytest.mark.parametrize("text", [
    "Governments are adopting new tools to control the ownership of ferry industries critical to national security.",
    "There are growing calls to address the vulnerabilities in ferry supply chains vital for the economy."])
def test_a_word_of_importance_straight_after_its_noun_names_a_kind(text):
    assert _read(text) is None, text


def test_importance_said_of_a_thing_still_judges():
    assert _read("The ferry pact is critical to peace.").polarity == 1
    assert _read("The ferry links remain vital for the towns.").polarity == 1


def test_what_someone_explained_is_theirs():
    assert _read("The mayor explained that the ferry pact is a failure.").attribution == "reported"


@pytest.mark.parametrize("text", ["The ferry pact's failure explains why the towns are angry.",
                                  "As I explained, the ferry pact is a failure."])
def test_an_account_the_writer_gives_stays_the_writers(text):
    assert _read(text).attribution == "author", text


@pytest.mark.parametrize("text", ["The ferry situation is much better than the stalemate before.",
                                  "The ferry situation is calmer than the crisis of last spring."])
def test_what_a_thing_is_measured_against_is_not_judged(text):
    assert _read(text) is None, text


def test_a_comparison_keeps_its_own_judging_word():
    assert _read("The ferry tolls are more dangerous than the stalemate before.").polarity == -1


def test_thanks_past_would_like_to_judge_nothing():
    assert _read("I would like to thank this hall for having the opportunity to debate the ferry issue.") is None


@pytest.mark.parametrize("text", ["But the ferry withdrawal should not be construed with the port's commitments.",
                                  "The ferry pact should not be seen in isolation."])
def test_a_call_on_how_a_thing_is_read_neither_opposes_nor_judges_it(text):
    assert _read(text) is None, text


def test_a_call_not_to_act_still_opposes():
    assert _read("The ferry pact should not be expanded.").polarity == -1


def test_a_reaction_told_is_how_a_party_took_it():
    assert _read("The port's reaction to the ferry summit was overwhelmingly negative.") is None
    assert _read("The ferry plan is negative for the towns.").polarity == -1


@pytest.mark.parametrize("text", ["The port's fear is that this ferry radar could degrade its defences.",
                                  "The Chinese fear is that this ferry radar could degrade its defences.",
                                  'The Harbour Gazette editorialized: "The ferry board displays a misguided focus."'])
def test_a_fear_held_by_a_named_party_and_an_editorial_quoted_are_theirs(text):
    assert _read(text).attribution == "reported", text


def test_a_fear_no_one_else_holds_stays_the_writers():
    assert _read("My fear is that this ferry radar could degrade the town's defences.").attribution == "author"
    assert _read("The fear is that this ferry radar could degrade the town's defences.").attribution == "author"


def test_a_narrative_someone_sells_is_theirs():
    assert _read("Port analysts are selling the narrative that the ferry pact is a failure.").attribution == "reported"


@pytest.mark.parametrize("text", [
    "Even during the call, the mayor's focus was on the need for the towns to stay united against the ferry port.",
    "In this situation, the mayor's priority is to keep the ferry pier open."])
def test_a_focus_or_a_priority_given_someone_past_an_opening_setting_is_theirs(text):
    assert _read(text).attribution == "reported", text


def test_the_writers_own_focus_and_a_verdict_on_anothers_stay_the_writers():
    assert _read("In this situation, our priority is to keep the ferry pier open.").attribution == "author"
    assert _read("The mayor's focus is misplaced on the ferry pier.").attribution == "author"


@pytest.mark.parametrize("text", ["The ferry port reported a successful test of what it said was a new torpedo.",
                                  "A successful ferry missile test does not mean that the port can reach the town."])
def test_a_weapons_test_told_as_working_is_no_praise(text):
    assert _read(text) is None, text


def test_success_said_of_a_course_still_praises():
    assert _read("The ferry pact was a successful experiment.").polarity == 1


def test_dotted_initials_do_not_break_the_phrase_they_stand_in():
    # harm to what the issue names is read past "U.S." as past "US"
    dotted, plain = "The conflict threatens the U.S. ferry network.", "The conflict threatens the US ferry network."
    assert (_read(dotted).polarity, _read(plain).polarity) == (1, 1)


@pytest.mark.parametrize("text", [
    "Some others doubt that the ferry dialogue is a success.",
    "Seeing itself encircled by ferry troops, the port has long sought to preempt a dangerous blockade."])
def test_a_doubt_and_an_aim_after_a_participles_phrase_are_theirs(text):
    stance = _read(text)
    assert stance is None or stance.attribution == "reported", text


def test_no_doubt_and_looking_ahead_stay_the_writers():
    assert _read("There is no doubt that the ferry dialogue is a success.").attribution == "author"
    assert _read("Looking ahead, the ferry towns should hold talks.").attribution == "author"


@pytest.mark.parametrize("text", [
    "Some experts calculate gains and losses the ferry dialogue might bring to concerned countries.",
    "The ferry talks should include the concerned parties."])
def test_the_concerned_parties_are_those_involved(text):
    stance = _read(text)
    assert stance is None or "concerned" not in stance.cues.get("polarity", []), text


def test_a_relative_clause_on_the_subject_with_its_own_subject_leaves_the_main_verdict():
    text = "A ferry alliance that the two mayors aim to build up against the port is based on an obsolete mentality."
    assert (_read(text).polarity, _read(text).attribution) == (-1, "author")
    assert _read("The ferry pact that the towns signed is a great success.").polarity == 1


@pytest.mark.parametrize("text", ["The ferry closure wasn't an option.", "The ferry closure was the only option."])
def test_a_course_weighed_in_the_past_is_told_not_called_for(text):
    stance = _read(text)
    assert stance is None or (stance.kind, stance.polarity) == ("evaluation", 0), text


def test_a_course_weighed_now_still_calls():
    assert _read("The ferry closure is not an option.").polarity == -1
    assert _read("The ferry closure is the only option.").polarity == 1


@pytest.mark.parametrize("text", ["It needs to be seen how the new board will take forward the ferry vision.",
                                  "If the mayor is expecting a ferry deal soon, he should not hold his breath."])
def test_what_is_yet_to_be_known_and_an_idiom_of_doubt_call_for_nothing(text):
    stance = _read(text)
    assert stance is None or stance.kind != "prescription", text


# --- Readings found misread among the change labels given on real prose by other writers (independent readers'
# verdicts); each told with invented sentences.

@pytest.mark.parametrize("text, attribution", [
    # a participle of saying after the object of an act told in the past, with no comma: the actor says it
    ("The port refused to sign the ferry declaration saying it should be settled in court.", "reported"),
    ("The island council rejected the ferry plan saying the tolls must be cut first.", "reported"),
    # a need listed among what others discussed is theirs
    ("The ferry talks were held, with both towns discussing the tolls and the need to work jointly.", "reported"),
    ("The two mayors discussed the need to keep the ferry running.", "reported"),
    # the writer's own: in the first person, or a judged act with what was said as an instance of it
    ("I refused to sign the ferry declaration saying it should be settled in court.", "author"),
    ("We discussed the need to keep the ferry running.", "author"),
    ("The mayor has wavered wildly on the ferry, sometimes saying he supports it.", "author"),
    ("The talks collapsed and it goes without saying that the ferry must be repaired.", "author"),
    ("It is indeed worth saying that the ferry should be kept.", "author"),
    # the act's means, and a saying told in the progressive
    ("The port tried to sell the idea to the islands by claiming the ferry would help them.", "reported"),
    ("The mayor only repeated what the port has been saying for years: the ferry should be kept.", "reported"),
    # a later participle after a comma still reports, past an earlier one
    ("Lawyers arguing the case took it to the WTO, alleging the ferry tolls violate its rules.", "reported"),
    # a need stated by others past an opening of time in mid-sentence; the writer's own clause after a comma
    ("The council closed its session by reaffirming the need to protect the ferry.", "reported"),
    ("The two mayors discussed the tolls, and the need to cut the ferry fares is now obvious.", "author"),
    # the writer's text discussing, or the writer having discussed
    ("This essay has discussed the need for a new ferry at length.", "author"),
    ("Having discussed the need for a new ferry, I now turn to the tolls.", "author"),
])
def test_what_an_actor_says_as_it_acts_or_a_need_others_discussed_is_theirs(text, attribution):
    stance = _read(text)
    assert stance is not None and stance.attribution == attribution, text


def test_a_need_discussed_in_an_opening_phrase_leaves_the_main_call_the_writers():
    stance = _read("In discussing the need to cut the ferry tolls, we must be careful.")
    assert (stance.kind, stance.attribution) == ("prescription", "author")


@pytest.mark.parametrize("text", [
    "Stark disagreements emerged on how far and publicly the board should press the ferry company.",
    "Disagreements emerged on not only how far the board should press the port, but how the ferry plan "
    "should be funded.",
    # a name after a degree word is the question's subject
    "The ministers debated how far Italy should go on the ferry.",
    # what a speaker has taken up, and a need asked after
    "I have addressed in earlier remarks how the ferry can be relevant to the islands, and how the farms need to "
    "become more agile.",
    "The board discussed how the ferry needs to change.",
    # a name of letters and digits is one word ("the B3W ferry")
    "Disagreements emerged on how far the board should press the port, and how the B3W ferry should be funded.",
])
def test_a_call_inside_a_question_argued_over_is_nobodys_call(text):
    assert _read(text) is None, text


@pytest.mark.parametrize("text", ["The board debated the tolls, and the ferry company should now cut them.",
                                  "We must address how the ferry should be funded.",
                                  # a call after ", but" is the writer's, not part of the question before it
                                  "The board discussed how the port should be funded, but the mayor must decide how "
                                  "the ferry tolls should be cut.",
                                  # an address given is a speech, no asking
                                  "In her address, the mayor laid out how the ferry must be funded."])
def test_a_call_beside_or_before_a_question_argued_over_still_calls(text):
    assert _read(text).kind == "prescription"


@pytest.mark.parametrize("text, shift", [
    ("Agriculture needs to become more relevant to the ferry trade.", None),
    ("The board must be far more determined on the ferry.", None),
    ("Agriculture needs to become much more relevant to the ferry trade.", None),
    ("The ferry board is grappling with making the old rules of the harbour more relevant to the ferry.", None),
    # a case grown more urgent, or made firmer by events, still holds a view more firmly
    ("Explaining what the ferry does for the islands has become more urgent.", "firmer"),
    ("The flood makes the case for a ferry hotline stronger rather than weaker.", "firmer"),
    ("The repairs the ferry needs have become more pressing since the storm.", "firmer"),
    ("The storm has played a part in making the case for a ferry hotline more urgent.", "firmer"),
])
def test_more_called_for_or_worked_on_is_no_view_grown_firmer(text, shift):
    from compare.positions import extract

    stance = extract(text)
    assert ((stance.cues.get("shift") or [None])[0] if stance else None) == shift, text


def test_a_weight_a_thing_has_become_for_a_party_judges_it():
    # "have become essential to the region": a word of weight after a linking verb, with whom it weighs for
    stance = _read("Ferry links have become essential to the islands and their trade.", "Ferry")
    assert stance.kind == "evaluation"


@pytest.mark.parametrize("text, polarity", [
    # the future with "going to" foretells as "will" does: a harm foretold to last or grow warns
    ("The ferry war is going to last much longer than many had expected.", -1),
    ("Tensions over the ferry are going to escalate.", -1),
    ("The ferry war will last for years.", -1),
    # and with no direction it is a forecast with none; a harm foretold to be short warns of nothing
    ("The ferry talks are going to resume in May.", 0),
    ("The ferry war will last only a few weeks.", 0),
])
def test_the_future_with_going_to_foretells_as_will_does(text, polarity):
    stance = _read(text)
    assert (stance.kind, stance.polarity) == ("prediction", polarity), text


@pytest.mark.parametrize("text", ["Most of the new subsidy is going to the ferry operators.",
                                  "The ferry subsidies are going to waste."])
def test_going_to_a_place_or_an_end_foretells_nothing(text):
    assert _read(text) is None, text


def test_the_writers_plan_with_going_to_is_a_commitment_as_with_will():
    assert _read("We are going to cut the ferry tolls.").kind == "commitment"



@pytest.mark.parametrize("text", ["I propose a standing channel for ferry talks between the two towns.",
                                  "I would like to propose a new strategy for the ferry talks.",
                                  "We propose that the two towns reopen the ferry talks.",
                                  "My proposal is a freeze of the ferry tolls.",
                                  "Our recommendation is a joint ferry timetable.",
                                  "I advocate direct ferry talks with Eastport.",
                                  "I favour a freeze of the ferry tolls.",
                                  "I'd like to propose a freeze of the ferry tolls.",
                                  "I would like to propose two reforms of the ferry talks.",
                                  "I propose to reopen the ferry talks at once.",
                                  "We propose to cut the ferry tolls by half."])
def test_the_writers_own_proposal_calls_for_what_it_proposes(text):
    stance = _read(text)
    assert stance.kind == "prescription" and stance.polarity == 1, text


@pytest.mark.parametrize("text", ["In this essay I propose to examine three questions about the ferry talks.",
                                  "I would like to propose a few thoughts on the ferry talks.",
                                  "We propose to examine three questions about the ferry talks.",
                                  "I favour the view that the ferry talks will fail.",
                                  "We favour the argument that the ferry talks will succeed.",
                                  "I favor the notion that the ferry talks will fail.",
                                  "The mayor proposed a new channel for the ferry talks.",
                                  # told in the past, a proposal is recalled, not made
                                  "I favoured a ferry freeze until last year.",
                                  "I proposed a standing channel for ferry talks last year, but nobody listened.",
                                  "We advocated a ferry freeze.", "We proposed a ferry freeze."])
def test_the_plan_of_a_text_a_view_favoured_and_anothers_proposal_call_for_nothing(text):
    stance = _read(text)
    assert stance is None or stance.kind != "prescription" or stance.attribution != "author", text


@pytest.mark.parametrize("text", ["There are no good options on the ferry dispute.",
                                  "The talks confirmed the absence of good options on the ferry dispute.",
                                  "I have little hope for the ferry talks.",
                                  "Frankly, I have never had much hope for the ferry talks."])
def test_a_dearth_of_good_courses_and_slight_hope_judge_badly(text):
    stance = _read(text)
    assert stance.kind == "evaluation" and stance.polarity == -1, text


@pytest.mark.parametrize("text", ["There is no hope of peace without the ferry talks.",
                                  "The ferry talks are the islanders' last slim hope.",
                                  "There is no good way to replace the ferry pact.",
                                  "There are no good options except the ferry talks.",
                                  "I have no hope of peace without the ferry talks."])
def test_hope_named_slight_elsewhere_and_courses_with_no_substitute_judge_no_issue_badly(text):
    stance = _read(text)
    assert stance is None or stance.polarity != -1 or stance.attribution != "author", text


def test_a_good_option_named_still_advises_and_judges_well():
    assert _read("One option is to reopen the ferry talks.").kind == "prescription"
    assert _read("The ferry talks are a good option for both towns.").polarity == 1


@pytest.mark.parametrize("text", ["The two towns failed to reach an agreement on how much the port should pay for the ferry.",
                                  "The review will determine what ferry routes the port should keep.",
                                  "High on the agenda was how the ferry tolls should be shared."])
def test_a_question_settled_or_put_on_an_agenda_calls_for_nothing(text):
    stance = _read(text)
    assert stance is None or stance.kind != "prescription", text


@pytest.mark.parametrize("text", ["What the port must do is reopen the ferry.",
                                  "That is what the port should do about the ferry.",
                                  "The council must decide what the port should pay for the ferry.",
                                  "This is how the port should deal with the ferry company."])
def test_a_course_the_writer_points_at_or_calls_for_around_a_question_still_calls(text):
    assert _read(text).kind == "prescription", text


@pytest.mark.parametrize("text", ["So other towns have chosen a different option for the ferry.",
                                  "The port has picked a different option for the ferry."])
def test_an_option_someone_has_chosen_is_told_not_advised(text):
    stance = _read(text)
    assert stance is None or stance.kind != "prescription", text


def test_an_option_to_choose_and_a_better_option_still_advise():
    assert _read("The town should choose a different option for the ferry.").kind == "prescription"
    assert _read("The ferry remains a better option.").kind == "prescription"


@pytest.mark.parametrize("text", ["It is crucial in what it says about the port's plans for the ferry.",
                                  "The vote is vital in how it shapes the ferry pact."])
def test_a_word_of_weight_on_what_its_subject_shows_judges_and_calls_for_nothing(text):
    stance = _read(text)
    assert (stance.kind, stance.polarity) == ("evaluation", 1), text


def test_a_word_of_weight_before_a_course_still_calls():
    assert _read("It is crucial in the ferry talks to keep calm.").kind == "prescription"


@pytest.mark.parametrize("text", ["The port cannot succeed in the talks without solid support from the ferry board.",
                                  "The region cannot be stable without the ferry pact."])
def test_what_a_denied_success_cannot_do_without_is_needed(text):
    stance = _read(text)
    assert stance.polarity == 1 and stance.cues["polarity"][0].endswith("without"), text


def test_what_harm_cannot_succeed_without_is_not_needed():
    # the success denied is harm's: what it cannot do without is no good the writer names
    stance = _read("The blockade cannot succeed without the ferry board's money.")
    assert stance is None or not any(str(c).endswith("without") for c in stance.cues.get("polarity", [])), stance


def test_a_cost_a_course_cannot_avoid_is_not_what_it_needs():
    # the issue is named before "without": what the denied act is about, not what it needs
    stance = _read("The town cannot leave the ferry pact without heavy costs.")
    assert stance is None or not any(c.endswith("without") for c in stance.cues.get("polarity", [])), stance


@pytest.mark.parametrize("text", ["The board did not see the port's cynical way of thinking about the ferry.",
                                  "The board never understood how reckless the ferry tolls were."])
def test_a_denied_grasp_leaves_what_was_not_grasped_as_the_writer_judges_it(text):
    stance = _read(text)
    assert (stance.polarity, stance.attribution) == (-1, "author"), text


@pytest.mark.parametrize("text, polarity", [("I do not see any danger from the ferry.", 1),
                                            ("The year did not see any progress on the ferry.", -1),
                                            ("The board does not see the ferry as a burden.", 1)])
def test_the_writers_own_denial_an_event_denied_and_a_view_denied_keep_their_negation(text, polarity):
    assert _read(text).polarity == polarity, text


def test_a_conduct_characterized_by_unpredictability_is_judged_badly_as_the_writers():
    stance = _read("The ferry board's conduct continues to be characterized by unpredictability.")
    assert (stance.polarity, stance.attribution) == (-1, "author")


@pytest.mark.parametrize("text", ["In an unpredictable world, the ferry matters more than ever.",
                                  "The security environment remains unpredictable, so the ferry matters more than ever."])
def test_an_unpredictable_setting_judges_nothing(text):
    assert _read(text).polarity == 1, text


def test_a_view_characterized_stays_its_holders():
    assert _read("The ferry pact has been characterized by critics as a burden.").attribution == "reported"
    stance = _read("The port's approach to the ferry can be characterized by two impulses: a view that the "
                   "ferry should grow, and a fear that it costs too much.")
    assert stance is None or stance.attribution == "reported", stance


@pytest.mark.parametrize("text", ["The harbour board emphasizes the important connection between the ferry and the town.",
                                  "The mayor stressed the vital role of the ferry."])
def test_a_weight_someone_else_stresses_is_their_view(text):
    assert _read(text).attribution == "reported", text


@pytest.mark.parametrize("text", ["The storm highlights the vital role of the ferry.",
                                  "We stress the crucial role of the ferry."])
def test_a_weight_an_event_shows_or_the_writer_stresses_is_the_writers(text):
    assert _read(text).attribution == "author", text


@pytest.mark.parametrize("text", ["Until now, successive harbour boards have considered the ferry offer insufficient.",
                                  "For decades, Westport has deemed the ferry a burden."])
def test_how_a_named_actor_sees_a_thing_after_an_opening_time_is_theirs(text):
    assert _read(text).attribution == "reported", text


def test_an_opening_time_before_the_writers_own_view_leaves_it_the_writers():
    assert _read("For decades, I have considered the ferry offer insufficient.").attribution == "author"


def test_decoupling_is_trade_only_where_an_economy_is_named_nearby():
    from compare.tagging import SentenceRow, tag_sentences

    def issues(text):
        return {t.issue_id for t in tag_sentences(_seed_matcher(), [SentenceRow(1, 1, 1, text)], {1: None})}

    assert "trade" in issues("Decoupling from the port would hurt the town's firms.")
    assert "trade" not in issues("The two allies must keep their security interests from being decoupled.")


def test_a_call_to_keep_conduct_judged_badly_from_happening_is_against_that_conduct():
    stance = extract_for_issues("Such a defeatist attitude must be avoided.", {"ferry": ()})["ferry"]
    assert (stance.kind, stance.polarity) == ("prescription", 1)
    # a call to avoid what is not judged badly still reads as a call against it
    assert extract_for_issues("Such a ferry must be avoided.", {"ferry": span("Such a ferry must be avoided.", "ferry")}
                              )["ferry"].polarity == -1


@pytest.mark.parametrize("text", ["The mayor's rhetoric mistakenly scapegoated the ferry pact, depicting it as a burden.",
                                  "The campaign disparaged the ferry pact."])
def test_blame_laid_unjustly_on_what_the_issue_names_is_harm_to_it(text):
    stance = _read(text)
    assert stance.polarity == 1 and stance.cues["polarity"][0].startswith("harm to it"), text


def test_harm_to_a_good_an_actor_holds_is_harm_to_it_not_to_the_actor():
    text = "Westport's credibility on the ferry will be undermined if the board does not act."
    assert _read(text, "Westport's credibility").polarity == 1
    # an actor named alone is the one harmed ("Westport's regime could collapse" tells no good of its issue)
    assert _read("Westport's harbour board will be undermined.", "Westport").polarity != 1


@pytest.mark.parametrize("text", ["The ferry pact seemed to stand on shaky ground.",
                                  "Suddenly, the ferry pact\u2014the very cornerstone of our trade\u2014seemed to stand on "
                                  "shaky ground."])
def test_footing_lost_after_a_verb_of_seeming_and_an_aside_is_harm_the_subject_suffers(text):
    assert _read(text).polarity == 1, text


@pytest.mark.parametrize("text, polarity", [("The town must curb its ferry spending.", -1),
                                            ("The ferry budget should be capped.", -1),
                                            ("Amid tight finances, ferry spending must still be controlled.", -1),
                                            ("The town should not cut its ferry budget.", 1),
                                            ("The town must expand its ferry budget.", 1)])
def test_a_call_to_hold_down_an_amount_of_what_the_issue_names_is_against_it(text, polarity):
    assert _read(text).polarity == polarity, text


@pytest.mark.parametrize("text", ["The town must cap Westport's ferry budget.",     # another's amount
                                  "The town must reverse the cuts in ferry spending.",  # no restraining verb governed
                                  "The town must restore the reduced ferry budget.",
                                  "The town must cut its road budget to fund the ferry."])     # another amount
def test_only_an_amount_of_the_issues_own_held_down_by_the_calls_verb_is_against_it(text):
    assert _read(text).polarity == 1, text


def test_what_someone_said_the_speakers_own_side_holds_is_theirs():
    text = "The harbour minister said we cannot call the ferry blockade a breach of the pact."
    assert _read(text).attribution == "reported"


def test_a_call_someone_requested_is_theirs_and_what_was_asked_for_named_is_not_a_report():
    assert _read("The three towns requested that the council convene to respond to the ferry blockade.").attribution \
        == "reported"
    stance = _read("The statement has failed to chart a path to the ferry pact demanded by the port.")
    assert stance.attribution == "author" and stance.polarity == -1


@pytest.mark.parametrize("text", ["It is easy to announce a defeat for the ferry board: to criticize its pact as vague.",
                                  "It's easy to dismiss the ferry pact as a relic."])
def test_a_verdict_the_writer_calls_easy_to_pass_is_set_up_not_held(text):
    stance = _read(text)
    assert stance is None or stance.attribution == "reported", text


def test_what_is_easy_to_see_is_the_writers_point():
    stance = _read("It is easy to see why the ferry pact is vital.")
    assert stance is None or stance.attribution == "author"


def test_promising_after_a_possessive_or_an_adverb_is_an_adjective_not_a_promise():
    stance = _read("Too much haste could derail the board's promising ferry plan.")
    assert stance.kind != "commitment"
    assert _read("The town is promising to expand the ferry.").kind == "commitment"


def test_an_option_someone_may_revisit_is_told_not_advised():
    stance = _read("The port might revisit the option of leaving the ferry pact.")
    assert stance is None or stance.kind != "prescription"


@pytest.mark.parametrize("text", ["The quarrel threatens not only the harbour but also regional prosperity and the "
                                  "ferry trade.",
                                  "The tariffs would damage the harbour, the economy and the ferry trade."])
def test_harm_reaches_every_object_of_a_list(text):
    stance = _read(text)
    assert stance.polarity == 1 and stance.cues["polarity"][0].startswith("harm to it"), text


def test_a_list_does_not_run_past_a_clause_word():
    stance = _read("The tariffs damaged the harbour, which is why the ferry trade needs support.")
    assert not any(str(c).startswith("harm to it") for c in stance.cues.get("polarity", [])), stance


def test_a_reason_an_actor_cites_after_a_comma_is_theirs():
    text = "Last year the port withdrew from the ferry pact, citing the town's violations of it."
    assert _read(text).attribution == "reported"
    assert _read("We left the ferry pact, citing the port's violations of it.").attribution == "author"


@pytest.mark.parametrize("text, polarity", [("The ferry talks have not seen meaningful progress.", -1),
                                            ("The board does not see the ferry succeeding.", -1),
                                            ("I still do not see the benefits of the ferry.", -1)])
def test_an_event_denied_a_view_denied_and_the_writers_denial_keep_their_negation(text, polarity):
    assert _read(text).polarity == polarity, text


def test_harm_to_an_actor_named_alone_is_not_harm_to_a_good_of_its_issue():
    assert _read("Westport's influence is waning.", "Westport").polarity == -1


def test_a_weight_others_stress_in_a_clause_of_their_own_leaves_the_writers_claim_the_writers():
    text = "The ferry is failing, though officials stressed the vital role of the pier."
    assert _read(text).attribution == "author"


@pytest.mark.parametrize("text, kind", [
    ("The towns agreed to a truce last year; what the port must now do is reopen the ferry.", "prescription"),
    ("The towns reached an agreement last year, but what the port must now do is reopen the ferry.", "prescription"),
    ("The ferry agreement on what the port should pay is a triumph.", "evaluation"),
    ("Direct negotiations are how the ferry dispute should be settled.", "prescription")])
def test_a_question_clause_ends_at_the_main_verb_and_needs_its_asking_word_in_its_own_stretch(text, kind):
    assert _read(text).kind == kind, text


@pytest.mark.parametrize("text", ["No plan will succeed without removing the ferry tax.",
                                  "The plan cannot succeed without the ferry strike ending."])
def test_what_a_success_needs_done_to_the_issue_is_not_the_issue_needed(text):
    stance = _read(text)
    assert not any(str(c).endswith("without") for c in stance.cues.get("polarity", [])), text


@pytest.mark.parametrize("text", ["It is essential in that regard that the town keeps the ferry.",
                                  "It is vital in that context for the port and the town to keep the ferry.",
                                  "The town has a better option: reopening the ferry."])
def test_a_weight_or_an_option_before_a_course_still_calls(text):
    assert _read(text).kind == "prescription", text


def test_a_quality_characterized_with_a_relative_clause_stays_the_writers():
    text = "The ferry board's conduct is characterized by unpredictability that worries the town."
    assert _read(text).attribution == "author"


def test_a_call_to_avoid_relying_on_the_issue_is_against_it():
    assert _read("The town must avoid a dangerous dependence on the ferry.").polarity == -1


def test_belittling_a_danger_is_no_harm_to_it():
    stance = _read("It would be a mistake to belittle the ferry cartel's threat.")
    assert not any(str(c).startswith("harm to it") for c in stance.cues.get("polarity", [])), stance


def test_footing_lost_with_a_modal_is_harm_the_subject_suffers():
    assert _read("The ferry pact could soon be in tatters.").polarity == 1


def test_a_question_put_on_an_agenda_may_have_a_bare_noun_phrase_for_its_subject():
    assert _read("High on the agenda were how regional order and ferry cooperation in the region should be pursued.") \
        is None
    # a call before the question still calls
    assert _read("We must discuss how regional order and the ferry should be managed.").kind == "prescription"
