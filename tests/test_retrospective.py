"""Retrospective language, fallback keywords and continuity: how a later text says a view has fared.

Every sentence here was written for these tests; none comes from a real or held-out commentary.
"""

from __future__ import annotations

import pytest

from compare.positions import extract, extract_for_issues
from compare.tagging import IssueMatcher, SentenceRow, tag_sentences
from compare.taxonomy import parse_taxonomy
from conftest import ROOT, judge_against_essay, labels_on, span, sql


@pytest.mark.parametrize("text, shift", [
    ("My warning about the arms race has come true.", "realised"),
    ("The pandemic treaty that officials predicted is now a fact of life.", "realised"),
    ("The trade talks moved far slower than negotiators in Geneva, myself among them, expected.", "eased"),
    ("The early concern in Canberra that the pact would isolate it has largely faded.", "eased"),
    ("The case for a maritime code is more urgent than ever.", "firmer"),
    ("The storm damage makes it all the more urgent that the ports share a dredger.", "firmer"),
    ("I still believe that the fisheries accord deserves support.", "continued"),
    ("I no longer think the ministry should pursue a treaty.", "abandoned"),
    ("That policy has run its course: the ministry should shelve the scheme.", "abandoned"),
    ("Last spring I worried that the canal treaty would collapse; it has now lapsed.", "realised"),
    ("I worried for years that the pact would unravel, yet this year it was renewed.", "eased"),
    ("On the fisheries question, my concerns have only deepened.", "firmer"),
    ("I no longer worry that the canal treaty will lapse.", "eased"),
    ("I am less optimistic about the canal treaty than I was.", "eased"),
    ("A settlement of the border dispute is further away than I hoped.", "eased"),
    ("The case for a neutral canal zone has not survived the war.", "abandoned"),
    ("Two years ago I wrote that the canal treaty would fray; it is now in pieces.", "realised"),
    ("The treaty did precisely the damage to the fisheries that many of us predicted, and more.", "realised"),
    # a view recalled with a time, its fate not told in the sentence: the next sentence decides (analysis.py)
    ("In 2016 I wrote that the canal treaty would fray.", "recalled"),
    ("Last spring I argued that the canal treaty would fray.", "recalled"),
    ("The argument for a fisheries hotline is stronger today, not weaker.", "firmer"),
    # a view still held, then conceded after a "but": held with less force or hope
    ("I still believe in the canal commission, but I accept that it must wait a year.", "eased"),
    ("I still think the two navies must talk, but I no longer expect an accord soon.", "eased"),
    # given up in part, or an expectation lowered rather than a course of action turned around
    ("I no longer hold that view of the canal treaty in its old form.", "eased"),
    ("I no longer think the regatta will do much to bring the two ports together.", "eased"),
    ("I no longer expect a fisheries accord this decade.", "eased"),
    ("I no longer dismiss the canal plan out of hand.", "eased"),
    ("On the canal tolls I have changed my mind somewhat.", "eased"),
    ("I no longer think it realistic to plan the port around the ferry company's return.", "eased"),
    ("I no longer believe the ferry towns need us as much as we imagined.", "eased"),
    ("I was wrong to hope that the canal treaty would bring peace.", "abandoned"),     # an error admitted
    ("I no longer regard the old toll ceiling as sacred.", "eased"),
    ("I no longer regard the toll ceiling as a line that can never be crossed.", "eased"),
    ("The fear that the ferry would close has, for the moment, receded.", "eased"),     # an aside between
    ("On the canal, I must admit a misjudgment.", "abandoned"),
    ("The danger I described a year ago is now a daily reality for the ferry towns.", "realised"),
    ("A question I once thought had a reassuring answer now worries me.", "eased"),
    # a hope not borne out is given up; a warning not come true eases
    ("The hope that the canal pact would bring peace has not been borne out.", "abandoned"),
    ("My warning about the canal has not come true.", "eased"),
    ("I must revise what I once wrote about the canal treaty.", "abandoned"),
    # other ways to say a warning came true, a view is still held, a concern is gone or a view is given up
    ("The floods of this spring bear out my warning about the dikes.", "realised"),
    ("The fears voiced about the canal treaty have turned out to be accurate.", "realised"),
    ("This year showed what I feared about the fisheries accord.", "realised"),
    ("The strike only reinforces my long-held view that the port must stay open.", "continued"),
    ("The canal commission's new budget no longer alarms me.", "eased"),
    ("I now accept that the port authority must borrow abroad.", "abandoned"),
    ("I was too pessimistic about the canal treaty.", "abandoned"),
    ("I have come around to the view that the port should be sold.", "abandoned"),
    # a view, approach or era told as ended
    ("The idea that the ferry company could run without subsidy is finished.", "abandoned"),
    ("That assumption about the canal tolls should now be retired.", "abandoned"),
    ("The hope that the regatta would reconcile the two ports looks misplaced to me.", "abandoned"),
    # a danger arrived sooner than expected has come true; a concern as the subject of a deepening verb
    ("The danger to the dikes has arrived sooner than I expected.", "realised"),
    ("The risk of a flood has grown since the levee was cut.", "firmer"),
    ("Hotlines with the port authority matter more now than at any time I can remember.", "firmer"),
    ("Crisis channels with the ferry union are no longer a luxury.", "firmer"),
    ("The split of the harbour trade into two blocs, which analysts warned about, has come to pass.", "realised"),
    ("I misjudged how much the ferry towns valued the accord.", "abandoned"),
    ("The split of the harbour trade I worried about is no longer a risk; it is under way.", "realised"),
    ("I was too hopeful about the ferry accord.", "eased"),
    # a way of seeing a thing the writer had once, as "I used to think": a view since eased
    ("I used to regard the toll ceiling as a useful signal of restraint.", "eased"),
    ("I used to treat the ferry accord as the centre of our policy.", "eased"),
    # a concern felt less; an outcome better than expected eases a doubt, but a danger outlasting hopes came true
    ("The talk of a canal closure worries me less today than it did in the spring.", "eased"),
    ("The ferry accord has turned out to be more useful to us than I expected.", "eased"),
    ("The flood threat has proved more durable than we hoped.", "realised"),
    # a warning or a doubt recalled with a time: the next sentence decides (analysis.py)
    ("In 2016 I warned that the canal tolls would drive shippers away.", "recalled"),
    ("As I warned in 2016, the canal tolls have driven shippers away.", "realised"),    # told as come true
    ("Years ago I warned that the tolls would drive shippers away, and now I watch that warning come true.",
     "realised"),
    ("Last autumn I feared that the new tolls would drive shippers away.", "recalled"),
    ("You may remember that I warned, several years ago, against tolls that high.", "recalled"),
    ("Where I have not changed my mind is on how we explain the tolls.", "continued"),
    ("I doubted a year ago that the ferry line could survive.", "recalled"),
    # a view still held, then qualified after a "but" by what no longer holds
    ("I still consider the canal commission useful, but the ports can no longer count on it.", "eased"),
    # a good state "than ever" eases a concern; urgency "than ever" holds a view more firmly
    ("The canal partnership is in better shape than at any time I can remember.", "eased"),
    ("The harm to the fisheries is no longer a forecast but a fact.", "realised"),
    # a confidence or a hope lowered, or given up, eases the view
    ("I am far less confident than I once was that the port's need for traffic would save the canal treaty.",
     "eased"),
    ("I no longer share the optimism that the canal commission can deliver much.", "eased"),
    # the thing once feared, named and then told as there
    ("The closure of the ferry line is precisely the blow I feared in 2019.", "realised"),
    ("The new toll is exactly the kind of unilateral step I cautioned against.", "realised"),
    ("I am far more optimistic about the canal treaty than I was a year ago.", "eased"),
    ("A ferry commission matters more today than it did ten years ago.", "firmer"),
    ("The ferry commission I called for matters far more today.", "firmer"),
    ("I have to admit that the floods make the canal argument harder to win than it was four years ago.", "eased"),
    ("That moment is no longer approaching; for practical purposes it has arrived.", "realised"),
    ("Today I would put it more strongly: the ferry commission must have a budget.", "firmer"),
    ("The worst fears of those years, that the ferry line would close, have eased considerably.", "eased"),
    ("That door has closed.", "abandoned"),
    ("I believed then that the canal treaty would hold.", "recalled"),
    ("The ferry commission matters more now than at any time since I left the ministry.", "firmer"),
    ("I once argued that the port must somehow be tied back into the canal treaty.", "recalled"),
    ("The two ports must be linked more closely than ever before.", "firmer"),
    # a worry recalled with a time and no "that": the next sentence tells its fate
    ("Four years ago I feared the ferry line might close for good.", "recalled"),
    # a view someone else holds still is no cue: the writer's comparison with their former self is
    ("On whether the capital will stand by the ferry towns, I feel less anxious than I did in May.", "eased"),
    # a concern or a conviction compared with the writer's own earlier one (or with another's): firmer or eased
    ("I am more worried today than I was two years ago that the ferry line will close.", "firmer"),
    ("I am more convinced than I was a year ago that the canal commission must be protected.", "firmer"),
    ("I am less convinced than the mayor that the port should remain the hub of the canal trade.", "eased"),
    ("I am less pessimistic about the ferry accord than I was.", "eased"),
    # a course tolerated on terms, a hope given up, a concern relaxed: held less firmly
    ("I can now accept a gradual rise in the canal tolls, provided each step is explained.", "eased"),
    ("On the ferry accord, I have given up hope of bringing the capital back in this decade.", "eased"),
    ("On the canal pact, I have grown more relaxed.", "eased"),
    # "not ... any longer" is "no longer"; a chapter closed is a door closed
    ("Nor do I believe any longer that the capital can be coaxed into paying for the dikes.", "abandoned"),
    ("I do not accept that argument any longer.", "abandoned"),
    ("That chapter is closed.", "abandoned"),
    # wishing one's warning had been wrong: it came true
    ("I wish I could stand here and tell you I was too pessimistic.", "realised"),
    # a warning as a relative clause of the thing it warned of, which the sentence tells of as done
    ("The new tolls have done precisely the damage to the ferry trade that I warned of in 2016.", "realised"),
    # an assumption given up is an expectation lowered; a limit in a later clause does not soften an admission
    ("But I no longer assume that the capital will always pay, so the ports must build reserves.", "eased"),
    ("I was wrong, and that door is now shut for as long as this council holds power.", "abandoned"),
    # a weight or a concern measured against an earlier time
    ("The need for a shared canal authority is greater now than it was three years ago.", "firmer"),
    ("That misreading of the ferry accord is more dangerous today than it was in 2019.", "firmer"),
    ("I worry more than I did five years ago that the delta is splitting into two trading zones.", "firmer"),
    ("The toll ceiling itself is less important than it was.", "eased"),
    ("The ports must work harder than ever to keep the canal open.", "firmer"),
    ("So I put less weight on pressure from the capital than I once did.", "eased"),
    # a hope, or the writer's confidence, told as waning; an earlier verdict found too severe
    ("But I confess that my confidence in the ferry board has thinned.", "eased"),
    ("Those of us who hoped the canal treaty would bring the ports together have been disappointed.", "eased"),
    ("I was too harsh on the toll agreement.", "eased"),
    ("I am no longer confident that the canal treaty can be saved in our lifetimes.", "eased"),
    ("The canal toll was a necessary answer, and I have come to support it.", "abandoned"),
    # a view still held, then conceded after a turn, however far on
    ("I have not changed my mind completely, but the floods of this spring have made me accept the new toll.",
     "eased"),
    ("I now think I undervalued the fisheries accord.", "eased"),
    ("The drift of the river towns toward the capital has proved shallower than it looked.", "eased"),
    # the fears named as what an event eased
    ("The February summit has eased the worst fears in the ferry towns about the canal treaty.", "eased"),
    # a warning the writer reminds the audience of: its fate is told in the next sentence
    ("Some of you will remember that I warned against any sudden rise in canal tolls.", "recalled"),
    # a view recalled with a time, its clause opening without "that"
    ("Two years ago I thought the key to the canal ran through the capital.", "recalled"),
    # a warning come true whose subject the writer now approves: the warning given up
    ("I warned that higher tolls would drive shippers away; both have now happened, and I have concluded that "
     "they were necessary.", "abandoned"),
    # a case held more firmly, as against an outcome weighed
    ("The case for a joint canal authority is stronger, not weaker.", "firmer"),
    # a view once held, ended outright rather than qualified
    ("The canal settlement I once thought within reach is finished for a generation.", "abandoned"),
    ("A ferry link, which I once thought indispensable, now seems to me neither likely nor necessary.", "abandoned"),
    # ... or made so by what came since
    ("I once believed a bigger harbour would invite more smugglers than it stopped, but the storms have made that "
     "caution unaffordable.", "abandoned"),
    ("The dike dispute, which I once thought patient talks might settle, will not be settled in my lifetime.",
     "abandoned"),
    ("The toll deal I once thought generous now looks a little thin.", "eased"),
    ("The ferry strike, which I once thought gave us an opening, has instead pushed the ports apart.", "abandoned"),
    ("I still think the toll is fair, but the floods have made that view much harder to defend.", "eased"),
    # a concern eased as the object of what eased it; an opening the writer saw, told as closed; what came told
    # as other than what was feared
    ("The joint statement at the summit has eased much of that fear, at least for now.", "eased"),
    ("That door is now closed.", "abandoned"),
    ("The ports have become harder partners, which is a different problem from the one I feared in 2016.", "eased"),
    # a view still held, conceded to be harder to hold
    ("I still think the label is too blunt, but the floods have made that caution much harder to sustain.", "eased"),
    # a hope proved misplaced is given up, as a doubt is (a fear proved misplaced only eases)
    ("My hope that the toll board would share its revenue with the ports was misplaced.", "abandoned"),
    # what is now thought is the same aim held more modestly
    ("I now think the ports should be far more modest about what the capital will pay for the dikes.", "eased"),
    # an approach told as spent
    ("I think the whole notion of buying the river towns' loyalty with subsidies has had its day.", "abandoned"),
    # a fear told of its thing through "that", the thing's own verb after it: come true
    ("The closure of the ferry line that I feared in 2016 has come in stages.", "realised"),
    # a view the writer now finds harder to hold, however the sentence ends
    ("After the floods I find it harder to trust the capital's engineers, though I still think the dikes are worth "
     "building.", "eased"),
    # a concern that has disappeared, or vanished
    ("That worry about the ferry towns has largely disappeared.", "eased"),
    # a view once held, then held less confidently ("quarrelling over" ends nothing)
    ("I used to think the canal drills would be the easy first step, but I am less confident of that now that the "
     "ports are quarrelling over tolls.", "eased"),
    # a warning no longer thought of as one: it has arrived; a fear laid to rest; a view the writer remains
    # persuaded of
    ("I no longer think of the toll crisis as a warning about the future.", "realised"),
    ("The fear that the ports would close has largely been laid to rest.", "eased"),
    ("I remain persuaded that the ports should share the dredging costs.", "continued"),
    # the writer's own view said not to have moved
    ("On the canal tolls, my view has not moved since the floods.", "continued"),
    ("My position has not changed: the ports should share the dredging costs.", "continued"),
    ("Our concern that the ferry would be sold off has become more pressing.", "firmer"),
    # what the writer would have done at a time gone by, and no longer does
    ("The new canal toll is a real departure, and I would have opposed it ten years ago.", "abandoned"),
    # a warning placed at an occasion gone by: its fate is told next
    ("When I wrote about the canal after the floods, I warned that higher tolls would empty the ports.", "recalled"),
])
def test_retrospective_cues_are_classified(text, shift):
    stance = extract(text)
    assert stance is not None and stance.cues["shift"][0] == shift


@pytest.mark.parametrize("text", [
    "Tensions should be eased through a hotline.",             # a prescription to ease, not a concern eased
    "The mayor is less convincing when he urges a new canal toll.",   # another's argument judged, no view eased
    "The ministry warned that prices may rise.",                # a warning, not one said to have arrived
    "Exports grew faster than imports last year.",              # a comparison with no expectation in it
    "Officials worried that the talks would fail.",             # someone else's worry, not the writer's
    # a concern named as someone else's, however long its that-clause, grew or eased for them, not for the writer
    "The harbour board's concern that the ferry would be sold off became more pressing after the vote.",
    "Fishing fleets are less active than they were.",           # a comparison with a former state, not a view
    "I said that the canal treaty would fray.",                  # no time gone by: what the writer says now
    "Two years ago I argued that the pact would hold, but it lapsed.",   # a view met by a "but": unclear
    "I no longer know what the word partner means in that ministry.",   # bewilderment, no view given up
    "The idea is not dead, whatever the critics say.",                  # negated: the view lives on
    "The session is over the time allowed for it.",                     # "over" as a preposition
    "Exports arrived sooner than the port expected.",                   # sooner, but nothing feared
    # a warning recalled with a time and met by a "but" in its own sentence: its fate is not clear
    "In 2016 I warned that higher tolls would drive shippers away; but in today's market they are fair.",
    "The silence was all I feared.",                                    # what was feared, not a thing told as there
    "The shelves still hold the files of the old ferry commission.",     # holding a thing, not a view
    "Anyone who still believes the canal treaty will hold has not read it.",   # someone else's view held still
    "The question is whether the capital will stand by the ferry towns.",      # a commitment, not a view held
    "Trading houses still hold large stakes in the canal company.",
    "For years I cautioned colleagues against calling the port a rival.",   # a time, then a view recalled
    "Some throat-clearing first, because I was wrong about something.",  # what it was is told next
    "I wish the capital would stand by the ferry towns.",     # a wish, and someone else's commitment
    # a state of the world compared with the past, not a case held more firmly
    "The war has tied the ports of the two seas together more tightly than at any time since 1990.",
    "The river authority is more assertive than it was four years ago.",    # a state compared, no weight or worry
    "Confidence in the ferry board has thinned.",       # not the writer's confidence: a state of opinion told
    "He concedes that the capital's patience with the ferry towns has never been thinner.",   # a third party's
    # a profile's subject, told of by its writer: not the writer's feeling eased
    "On the canal she is less anxious than many of her colleagues.",
    "He is less sure than he once was that the capital can be talked into it.",
    "The mayor used those years better than we did.",      # a deed compared, not a view eased
    "It is less naive than believing that higher tolls make anyone richer.",   # two courses weighed, no view eased
    "On the canal pact, she has grown more relaxed.",     # (readers: a profile's subject is not its writer)
    "The hope is that the canal treaty will be renewed.",     # a hope stated, not one waning
    # an outcome weighed against another ("safer, not weaker"), not a view held more firmly
    "Closing the old ferry line would leave the towns safer, not weaker.",
    "Pulling back from the river tolls makes the ports stronger, not weaker.",
    # an outcome sought in a purpose clause, not a view that has changed
    "The towns should plan with the capital now, so that a flood no longer frightens the ports more than a toll.",
    # a change of mind announced, told in what follows: neither kept nor given up here
    "I have long opposed the canal toll, and I have not changed my mind lightly.",
    # a question the writer is asked, and a difference with the person spoken to
    "Students sometimes ask whether I still think the canal toll is fair.",
    "KANG: I'm a bit less gloomy than you.",
    # what nobody foresaw: a surprise, not a warning come true
    "Two more ports have joined the canal pact since then, which nobody predicted.",
    # goodwill spent "in tweets and threats": no concern eased
    "The goodwill of the spring summit has largely evaporated in tweets and threats of fire and fury.",
    # a concern told as not eased is held
    "My concern about the canal toll has not receded.",
    "Older anxieties about the river dikes have not vanished.",
    # what would have been done, at no time gone by; a conclusion named before it, told next
    "I would have opposed the toll had the council asked me.",
    "I have reached a conclusion about the toll I would have rejected ten years ago.",
    # a change of mind on what was just asked, which way told next
    "On this I have changed my mind.",
    "Here I have changed my mind.",
    "I have, however, revised one of my long-held views.",
    # a feeling of those a change has left so, not the writer's
    "Each flood has left the river towns less sure of the capital's promises.",
    # a cue inside what a denied thought holds: the writer says it is not so
    "Nor should anyone on the council imagine that the floods have made the ports more relaxed about the toll.",
    # a policy gone past what the writer thought wise is no view of the writer's held more firmly
    "The port's policy has moved further than I once thought wise.",
    # what others have stopped expecting
    "A port that walks away from the canal pact should not be surprised when others stop expecting it to lead.",
    # a cue in what someone else's view holds
    "Your columnist's lament that the canal pact proved the skeptics right deserves a reply.",
    # how often a case is made, not how much it weighs with the writer
    "I meet the argument for a canal toll more often than at any time since the floods, and I still refuse it.",
    # a concern that nothing eased is held, not eased
    "The first months of the new council have not eased my fear that the ports are drifting apart.",
    "Nothing in the mayor's speech has eased my concern that the canal tolls will rise.",
    # a case supposed, not a view that fared
    "The towns should keep negotiating with the ferry board even if the final settlement is less than we hoped.",
    # an event rated, not a need grown greater
    "The island has long stayed out of the ferry league, making its entry all the more significant.",
    # what will or may come true has not happened
    "After all, just because the joint ferry service will come to pass would not mean a breakthrough on the toll.",
    "The ferry closure may yet come to pass.",
    # a thing compared with every time before, not a view held more firmly
    "New machines now shape the harbour trade more than at any other time.",
    "The two ports compete for the ferries, while the trade between them is greater than ever.",
])
def test_prescriptions_and_plain_comparisons_are_not_retrospective(text):
    stance = extract(text)
    assert stance is None or "shift" not in stance.cues


def test_a_split_phrasal_verb_of_abandonment_gives_the_direction():
    stance = extract("The government should set the border negotiations aside for now.")
    assert stance is not None and stance.polarity == -1
    assert extract("Japan should give the old plan up.").polarity == -1


def test_a_noun_end_does_not_resolve_what_follows():
    stance = extract("The old approach has reached its end: Tokyo should set the talks aside.")
    assert stance.polarity == -1


@pytest.fixture(scope="module")
def matcher():
    issues = parse_taxonomy((ROOT / "seeds" / "issues.toml").read_text(encoding="utf-8"), source="issues.toml")
    return IssueMatcher(issues)


def _tags(matcher, *texts, paragraph=lambda k: 1):
    rows = [SentenceRow(k, 1, paragraph(k), text) for k, text in enumerate(texts)]
    tags: dict[int, set[str]] = {}
    for tag in tag_sentences(matcher, rows, {1: None}):
        tags.setdefault(tag.sentence_id, set()).add(tag.issue_id)
    return [tags.get(k, set()) for k in range(len(texts))]


def test_bilateral_relations_are_not_the_alliance_unless_the_pair_is_named(matcher):
    # (Seoul's and Tokyo's relations, Moscow's and Tokyo's: "bilateral" names no pair by itself)
    seoul, moscow, pair = _tags(matcher, "Bilateral relations between Seoul and Tokyo have turned frigid over the tolls.",
                                "Moscow's wish to improve bilateral relations offers a chance on the islands.",
                                "Japan-US relations have rarely been closer.", paragraph=lambda k: k)
    assert "alliance" not in seoul and "alliance" not in moscow and "alliance" in pair


def test_a_paragraphs_topic_agreeing_with_meaning_outweighs_a_fallback_keyword(matcher):
    # alone, "pandemic" with neighbours places the sentence on health cooperation; in a paragraph on the US-China
    # rivalry, whose topic its meaning agrees with, it is on that rivalry
    alone = _tags(matcher, "America's worry about China is bigger than the pandemic its neighbours share.")[0]
    among = _tags(matcher, "The US-China rivalry is intensifying in Asia.",
                  "America's worry about China is bigger than the pandemic its neighbours share.",
                  "The contest now reaches from tariffs to the South China Sea.")[1]
    assert alone == {"confidence-building"} and among == {"regional-order"}


def test_another_countrys_alliance_is_not_the_us_japan_alliance(matcher):
    def issues(text):
        return {m.issue_id for m in matcher.mentions(text) + matcher.fallback_mentions(text)}

    for text in ("The South Korea-US alliance must weather the ferry dispute.",
                 "Seoul and Washington must mend their alliance before the ferry summit.",
                 "NATO allies have doubled their ferry patrols.",
                 # an alliance named for one trade is no defence alliance, whoever is in it
                 "Beijing calls joining the chip alliance with Japan a costly mistake.",
                 "The Fab3 alliance will pool the harbour's chip plants.",
                 # so is an economic or a trade alliance ("a four-port economic alliance")
                 "Japan joined the four-port economic alliance as an observer.",
                 "The harbour trade alliance invited Japan to its meeting.",
                 # named for its own pair just before it, whatever else the sentence names
                 "The ferry row has hurt cooperation among Japan, the US and South Korea, and indeed the US-South "
                 "Korea alliance itself."):
        assert "alliance" not in issues(text), text
    # named beside Japan, or alone, the alliance is still the US-Japan one
    assert "alliance" in issues("Japan and South Korea are both treaty allies of the United States.")
    assert "alliance" in issues("The alliance must weather the ferry dispute.")


def test_a_keyword_does_not_span_a_list(matcher):
    # "the US, Japan and their partners" lists parties; "US-Japan" names the pair
    listed = matcher.mentions("As talks stall, the U.S., Japan and their friends should keep the ferry sanctions.")
    pair = matcher.mentions("The U.S.-Japan talks on the ferry sanctions resumed.")
    assert "alliance" not in {m.issue_id for m in listed} and "alliance" in {m.issue_id for m in pair}


@pytest.mark.parametrize("quote", ["\u201d", '"'])
def test_a_keyword_does_not_span_the_end_of_a_quotation(matcher, quote):
    # the quoted words end with "the U.S."; the next word opens the writer's own clause: no "US-Japan" pair
    ended = matcher.mentions(f"The mayor said: \u201cWe will not copy the U.S.{quote} Japan, he added, would pick its "
                             "own ferry routes.")
    quoted = matcher.mentions(f"He praised the \u201cU.S.-Japan ferry pact{quote} warmly.")
    assert "alliance" not in {m.issue_id for m in ended} and "alliance" in {m.issue_id for m in quoted}


def test_a_fate_told_of_a_pronoun_takes_the_neighbours_subject_over_a_guess_from_meaning(matcher):
    # "that" stands for the hope just recalled; meaning alone would put the sentence on the alliance
    _, fate = _tags(matcher, "On trade, I once hoped a side deal could bring Washington back into the Pacific pact.",
                    "I no longer expect that from the current administration, and Japan should stop waiting for it.")
    assert fate == {"trade"}


def test_a_fallback_keyword_tags_only_a_sentence_nothing_else_tags(matcher):
    alone, with_korea = _tags(matcher, "We should stop treating Chinese diplomacy as hostile by default.",
                              "Sanctions on North Korea depend on China enforcing them.",
                              paragraph=lambda k: k)
    assert alone == {"regional-order"}
    assert "regional-order" not in with_korea and "north-korea" in with_korea


def test_a_retrospective_sentence_takes_its_neighbours_issue(matcher):
    tags = _tags(matcher, "Tariffs between the two largest economies keep rising.",
                 "The warning I gave two years ago has come true.")
    assert tags[1] == {"trade"}


def test_a_retrospective_sentence_without_a_neighbour_on_an_issue_stays_untagged(matcher):
    tags = _tags(matcher, "The weather was fine.", "My warning has come true.")
    assert tags[1] == set()


@pytest.fixture
def judged(seeded, tmp_path):
    """The seed essay against a short commentary written for this test."""
    return judge_against_essay(
        seeded, tmp_path / "later.txt",
        "Looking Back\n\nMay 2020\n\n"
        "The concern in Tokyo that Washington would walk away from the alliance has receded considerably.\n\n"
        "I continue to believe that North Korea will negotiate only if China applies real pressure.\n\n"
        "Japan should keep expanding its security cooperation with Australia and India.\n\n"
        "I no longer think Japan should pursue a territorial deal with Russia; talks should be set aside.\n\n"
        "In 2016 I wrote that North Korea was close to a warhead for its long-range missiles. "
        "That warhead is now a reality.\n\n"
        "Two years ago I wrote that Japan should prioritize engagement with China. I say the same today.\n\n"
        "Three years ago I wrote that Japan should cap the ferry fees on the Korean Peninsula route. "
        "The route has since closed for repairs.\n\n"
        "In 2016 I argued that a rapid rise in the defense budget would unsettle the region. "
        "I no longer hold that view.\n",
        "Looking Back")


def test_a_concern_eased_is_weakened(judged):
    assert labels_on(judged, "has receded") == {("alliance", "weakened")}


def test_a_view_said_to_be_held_still_is_unchanged(judged):
    assert ("north-korea", "unchanged") in labels_on(judged, "continue to believe")


def test_a_claim_carried_on_is_not_new(judged):
    from compare import semantic

    labels = labels_on(judged, "keep expanding")
    assert all(change == "unchanged" for _, change in labels)
    if semantic.enabled():    # by word overlap alone the closest claim may differ in direction: no label then
        assert labels


def test_the_writer_giving_up_a_view_is_a_reversal(judged):
    assert ("russia", "reversed") in labels_on(judged, "I no longer")
    assert all(r["explanation"] for r in judged)


def test_a_peninsula_once_ruled_is_the_land_of_a_colonial_past_not_north_korea(matcher):
    # (each read alone: neighbouring one-sentence paragraphs lend each other their topic)
    ruled, = _tags(matcher, "Tokyo should respect the ruling on the atrocities of its 1910-45 colonial rule of the peninsula.")
    occupied, = _tags(matcher, "Both sides must narrow their differences over the occupation of the Korean Peninsula.")
    today, = _tags(matcher, "Both sides must narrow their differences over the future of the Korean Peninsula.")
    assert "north-korea" not in ruled and "north-korea" not in occupied and "north-korea" in today


def test_a_text_that_never_names_north_korea_speaks_of_another_states_nuclear_crisis(matcher):
    iran = _tags(matcher, "The nuclear deal with Tehran is in danger.", "A nuclear crisis must be avoided.",
                 "Europe should keep trading with Iran.")
    assert all("north-korea" not in tags for tags in iran)
    named = _tags(matcher, "North Korea tested another missile.", "A nuclear crisis must be avoided.")
    assert "north-korea" in named[1]


def test_an_affair_at_home_named_after_a_country_is_not_that_issue(matcher):
    probe, = _tags(matcher, "Nor do the tax cuts look promising as Russia investigations and indictments fly.")
    relations, = _tags(matcher, "Nor do relations with Russia look promising.")
    assert "russia" not in probe and "russia" in relations


def test_trade_cut_by_sanctions_on_north_korea_is_their_target_not_the_trade_issue(matcher):
    target, = _tags(matcher, "The board deserves credit for the harshest sanctions ever levied against North Korea, "
                             "targeting its energy trade with the outside world.")
    war, = _tags(matcher, "The trade war crowded out cooperation on North Korea, and China relaxed its sanctions.")
    assert "trade" not in target and "north-korea" in target and "trade" in war


def test_an_alliance_between_america_and_another_ally_is_not_the_us_japan_alliance(matcher):
    # (Japan named elsewhere in the sentence: the pair named is still another)
    korea, = _tags(matcher, "The 66-year alliance between the United States and the Republic of Korea is in deep "
                            "trouble, and Japan is watching.")
    japan, = _tags(matcher, "The 70-year alliance between the United States and Japan is in deep trouble.")
    assert "alliance" not in korea and "alliance" in japan


def test_a_text_on_another_alliance_of_americas_speaks_of_it_throughout(matcher):
    # a Korean editorial: its bare "the alliance" and "US troops" are the alliance with Seoul, not with Tokyo
    korean = ("Seoul and Washington signed a new cost-sharing deal for the Korea-US alliance this week.",
              "The alliance must not be treated as a business deal.",
              "South Korea should keep paying its fair share for the upkeep of US troops.")
    assert [tags for tags in _tags(matcher, *korean) if "alliance" in tags] == []
    # naming no Japan word, and no other alliance by name, a text on Seoul's worries still means Seoul's alliance
    assert "alliance" not in _tags(matcher, "Seoul worries about the summit.", "The alliance must not be sold.")[1]
    # but a text that names the alliance beside Japan, or names Japan as often as the other allies, means Japan's
    beside_japan = ("Japan and South Korea both host American forces.", *korean[1:])
    assert "alliance" in _tags(matcher, *beside_japan)[1]
    assert "alliance" in _tags(matcher, "Tokyo worries about the summit.", "The alliance must not be sold.")[1]


def test_a_retrospective_cue_speaks_only_for_the_issues_of_its_own_segment():
    from compare.positions import extract_for_issues

    text = "The early fear of a trade war has faded, and the nuclear crisis remains the main danger."
    trade = (text.index("trade war"), text.index("trade war") + 9)
    crisis = (text.index("nuclear crisis"), text.index("nuclear crisis") + 14)
    stances = extract_for_issues(text, {"trade": (trade,), "north-korea": (crisis,)})
    assert stances["trade"].cues["shift"][0] == "eased"
    assert "north-korea" in stances and "shift" not in stances["north-korea"].cues


def test_a_sentence_naming_only_an_actor_keeps_the_actors_issue_in_a_paragraph_on_another(matcher):
    # the paragraph's issue is not lent to an actor's sentence: on real prose readers found such readings fair
    # once in twelve ("China has been building up its forces", in a paragraph on Japan's defense)
    tags = _tags(matcher, "North Korea tested two more missiles in the spring.",
                 "Sanctions on North Korea will bite only if they are enforced.",
                 "The route to a settlement still runs through Beijing.")
    assert tags[2] == {"regional-order"}
    assert _tags(matcher, "The route to a settlement still runs through Beijing.") == [{"regional-order"}]
    announced = _tags(matcher, "North Korea tested two more missiles in the spring.",
                      "Sanctions on North Korea will bite only if they are enforced.",
                      "On Beijing, I have changed my mind.")
    assert announced[2] == {"regional-order"}


def test_an_actor_far_by_meaning_from_its_paragraphs_topic_keeps_its_own_issue(matcher):
    # in a paragraph on a trade pact, what Beijing did to Tokyo or how far its influence reaches is not the pact
    opening = "The eleven members signed the ferry trade pact and cut tariffs on fish."
    assert _tags(matcher, opening, "Beijing has done nothing to deserve such a reaction from Tokyo.")[1] == {
        "regional-order"}
    assert _tags(matcher, opening, "Tariffs on harbour goods will fall by half.",
                 "What worries us is Beijing's growing influence.")[2] == {"regional-order"}


def test_a_name_after_to_is_not_a_verb(matcher):
    assert _tags(matcher, "We should keep our channels to Beijing open.") == [{"regional-order"}]


@pytest.mark.parametrize("opening", ["Building that channel", "Given these threats, a channel",
                                     "Channels of this kind"])
def test_demonstratives_after_a_verb_form_or_in_an_of_phrase_follow_the_previous_sentence(matcher, opening):
    tags = _tags(matcher, "Disaster relief is where confidence building should start.",
                 f"{opening} would cost little.")
    assert tags[1] == {"confidence-building"}


def test_meaning_chooses_between_the_issues_fallback_keywords_name(matcher):
    from compare import semantic

    if not semantic.enabled():
        pytest.skip("the semantic layer is off")
    # "Beijing" is a fallback of the regional order, "the peninsula" of North Korea: the sentence is about a
    # collapse in the North, and its meaning is clearly closer to that issue
    tags = _tags(matcher, "Talks with Beijing should prepare for the day the peninsula's regime collapses and its "
                          "nuclear arsenal must be secured.")
    assert tags == [{"north-korea"}]


def test_a_view_the_writer_recalls_in_the_simple_past_is_not_their_position_now():
    recalled = extract("For years I argued that the canal treaty gave the region a rare opportunity.")
    assert recalled is not None and recalled.attribution == "reported"
    # the present perfect keeps the view ("I have long argued"), and a quoted remark is what the writer says
    assert extract("I have long argued that the canal treaty gives the region an opportunity.").attribution == "author"
    assert extract("\u201cThe canal treaty must hold,\u201d I said.").attribution == "author"


def test_a_recalled_view_takes_its_fate_from_the_next_sentence(judged):
    # told as come true there, with a cue of its own: the next sentence is strengthened, and the recall itself,
    # which states no position now, gets no label
    assert not labels_on(judged, "close to a warhead")
    assert labels_on(judged, "That warhead is now a reality") == {("north-korea", "strengthened")}
    # said to be still held there ("I say the same today"): the writer restates it
    restated = labels_on(judged, "prioritize engagement with China")
    assert restated and all(change == "unchanged" for _, change in restated)
    # with no word on its fate, a recalled view is the writer's former view: no label
    assert not labels_on(judged, "Japan should cap the ferry fees")
    # "I no longer hold that view": the recalled sentence was the writer's former view, not a position now
    assert not labels_on(judged, "would unsettle the region")


def test_a_subject_fallback_outweighs_an_actors_name(matcher):
    # "the peninsula" names the subject; "Beijing" only an actor taking part in it
    (tags,) = _tags(matcher, "Beijing must help plan for what happens on the peninsula if talks collapse.")
    assert tags == {"north-korea"}


def test_a_subject_fallback_outweighs_a_tag_from_meaning_alone(matcher):
    (tags,) = _tags(matcher, "In those years I believed the answer on the peninsula lay with China and its leverage "
                             "over its neighbour.")
    assert tags == {"north-korea"}


def test_a_subject_fallback_keeps_its_issue_in_a_paragraph_on_another(matcher):
    # "credibility" names a subject, not a party taking part in the paragraph's trade dispute
    tags = _tags(matcher, "The tariffs on steel broke the trade rules both governments had signed.",
                 "Washington will pay for that in credibility far beyond the issue at hand.")
    assert tags[1] == {"us-leadership"}


def test_the_fate_told_after_a_recalled_warning_is_on_the_warnings_issue(matcher):
    tags = _tags(matcher, "In 2016 I warned that a rapid rise in the defense budget would unsettle the region.",
                 "Given the tensions in the South China Sea, I now accept that the increase must go ahead.")
    assert tags == [{"japan-defense"}, {"japan-defense"}]     # the fate is the warning's, whatever else is named


@pytest.fixture
def revised_views(seeded, tmp_path):
    """The seed essay against a commentary, written for this test, whose writer recalls a warning and a doubt
    with a time, then tells how each fared in the next sentence."""
    return judge_against_essay(
        seeded, tmp_path / "later.txt",
        "Second Thoughts\n\nMay 2023\n\n"
        "In 2016 I warned that a rapid rise in the defense budget would unsettle the region. "
        "Given China's naval build-up, I now accept that the increase must go ahead.\n\n"
        "I doubted a year ago that the eleven remaining members of the TPP would go ahead without the United "
        "States. They have now agreed on the core of the agreement.\n\n"
        "Two years ago I argued that Japan must pursue talks with Russia on the islands. "
        "I now think that the talks should be shelved.\n",
        "Second Thoughts")


def test_a_recalled_warning_given_up_next_is_reversed_there_not_strengthened(revised_views):
    assert not labels_on(revised_views, "I warned")
    assert labels_on(revised_views, "I now accept") == {("japan-defense", "reversed")}


def test_a_recalled_doubt_proved_wrong_by_events_is_reversed(revised_views):
    assert labels_on(revised_views, "I doubted") == {("trade", "reversed")}


def test_the_writers_now_in_the_next_sentence_takes_up_a_view_it_does_not_confirm_the_recalled_one(revised_views):
    # "I now think that..." is a view taken up since, not the recalled one told as borne out
    assert not labels_on(revised_views, "I argued")
    assert labels_on(revised_views, "I now think") == {("russia", "reversed")}


@pytest.mark.parametrize("following", [
    "I now think that the canal treaty should be shelved.",
    # a modal before the writer's "now": a view taken up since as well
    "I must now admit that in this town, advice from the ports carries less weight than leverage over them.",
    # the writer the subject of the clause the "now" ends: their present view, not the recalled one borne out
    "I am more modest now; a yearly meeting on the ports would be enough.",
    "We think differently now.",
    # "now" in a sentence that tells the view as faring worse: nothing borne out
    "That approach now looks much weaker than it did.",
])
def test_the_writers_now_after_a_modal_does_not_confirm_a_recalled_view(following):
    from compare.shift import resolve_recalled

    recalled = extract("Nine years ago I wrote that the ports should make their views on the canal treaty heard.")
    assert recalled.cues["shift"][0] == "recalled"
    (stance,) = resolve_recalled({"trade": recalled}, following, extract(following)).values()
    assert "shift" not in stance.cues and stance.attribution == "reported"


def test_a_view_held_now_yields_to_a_cue_that_says_how_it_changed():
    assert extract("I now think that was too hopeful about the canal treaty.").cues["shift"][0] == "eased"


def test_an_answer_takes_the_issue_of_its_question(matcher):
    tags = _tags(matcher, "Q: Should Japan reopen talks on the Northern Territories?",
                 "A: Yes, once the guns fall silent we should resume talks on the islands.",
                 paragraph=lambda k: k)
    assert tags == [{"russia"}, {"russia"}]
    # a statement, not a question, lends its issue to no one in the next paragraph as its question (a paragraph this
    # short may still take its neighbours' topic, where its own meaning is closest to it)
    rows = [SentenceRow(0, 1, 0, "Japan should reopen talks on the Northern Territories."),
            SentenceRow(1, 1, 1, "Yes, once the guns fall silent we should resume talks on the islands.")]
    assert not any(t.cue.startswith("answers a question") for t in tag_sentences(matcher, rows, {1: None}))
    # a host's turn prompts the guest's answer even without a question mark
    tags = _tags(matcher, "HOST: Welcome. Shall we begin?", "GUEST: Gladly.",
                 "HOST: The government has reopened talks on the Northern Territories.",
                 "GUEST: That was exactly the kind of thing I feared.", paragraph=lambda k: k)
    assert tags[3] == {"russia"}
    # a guest's turn before another guest's is a debate, not a prompt
    tags = _tags(matcher, "HOST: Welcome. Shall we begin?", "GUEST: Gladly.",
                 "OTHER: The government has reopened talks on the Northern Territories.",
                 "GUEST: That was exactly the kind of thing I feared.", paragraph=lambda k: k)
    assert tags[3] == set()


def test_a_retrospective_answer_opening_takes_its_questions_issue_over_its_neighbours(matcher):
    paragraphs = [0, 1, 1, 2, 3, 3, 3]
    # (the interview names Japan, whose defense the counterstrike capability is: a text of five sentences or more
    # that never names it speaks of another state's)
    tags = _tags(matcher, "Q: And Japan's counterstrike capability?",
                 "A: There I remain uneasy, though I no longer oppose it outright.",
                 "Sanctions on North Korea will bite only if they are enforced.",
                 "Q: And the tariff agreement?",
                 "A: The tariffs and the pledges, all of it.",
                 "Sanctions on North Korea will bite only if they are enforced.",
                 "I am much less hopeful now.",
                 paragraph=lambda k: paragraphs[k])
    assert tags[1] == {"japan-defense"}
    # further into an answer, a sentence saying how a view fared speaks of its neighbour
    assert tags[6] == {"north-korea"}


def test_a_question_paragraph_names_its_issue_in_any_sentence_but_not_through_an_actor(matcher):
    paragraphs = [0, 0, 1, 1, 1]
    tags = _tags(matcher, "Q: In 2016 you worried about America stepping back from the region.", "Has that gone?",
                 "A: It has changed shape.", "The point I made then still stands.",
                 "The Quad works only because Washington invests in it.", paragraph=lambda k: paragraphs[k])
    assert tags[3] == {"us-leadership"}
    # "Beijing" names an actor: it does not say what the question asks about
    tags = _tags(matcher, "Q: Beijing is busy punishing Seoul.", "How do you plan with a government like that?",
                 "A: Honestly, it has made me less hopeful than I was.", paragraph=lambda k: 0 if k < 2 else 1)
    assert tags[2] != {"regional-order"}


def test_a_warning_come_true_speaks_for_what_follows_its_colon():
    from compare.positions import extract_for_issues

    text = "These years have shown what I feared: the canal tolls rose, and the value of every ferry pledge fell."
    at = text.index("ferry pledge")
    stances = extract_for_issues(text, {"trade": ((at, at + 12),)})
    assert stances["trade"].cues["shift"][0] == "realised"
    # after "I have changed my mind:" come reasons, which may name any issue
    text = "I have changed my mind: the canal tolls rose, and the ferry pledge must be dropped."
    at = text.index("ferry pledge")
    assert "shift" not in extract_for_issues(text, {"trade": ((at, at + 12),)})["trade"].cues


def test_a_view_proved_right_with_its_holder_named_is_borne_out():
    from compare.positions import extract_for_issues

    text = "The warning about the ferry pledge has proved entirely correct."
    at = text.index("ferry pledge")
    assert extract_for_issues(text, {"trade": ((at, at + 12),)})["trade"].cues["shift"][0] == "realised"
    # with the holder between: what follows the colon is what was borne out, the nearest issue first
    text = ("The storms proved Ms. Ota right on one point: the ferry pledge held, "
            "and the canal tolls did better than anyone predicted.")
    pledge, tolls = text.index("ferry pledge"), text.index("canal tolls")
    stances = extract_for_issues(text, {"alliance": ((pledge, pledge + 12),), "trade": ((tolls, tolls + 11),)})
    assert stances["alliance"].cues["shift"][0] == "realised"
    assert "trade" not in stances or "shift" not in stances["trade"].cues
    # "proved the right choice" judges a thing; "has not proved me right" borne out nothing
    for text in ("The ferry pledge proved the right choice.", "The ferry pledge has not proved me right."):
        at = text.index("ferry pledge")
        stance = extract_for_issues(text, {"trade": ((at, at + 12),)}).get("trade")
        assert stance is None or "shift" not in stance.cues


def test_a_need_held_more_not_less_is_firmer_and_the_tag_negates_nothing():
    from compare.positions import extract

    stance = extract("The storms make a ferry commission more necessary, not less.")
    assert stance.cues["shift"][0] == "firmer" and stance.polarity == 1
    # an effect compared is not a view held more firmly
    stance = extract("Higher tolls make the canal more crowded, not less.")
    assert stance is None or "shift" not in stance.cues


def test_an_answer_to_a_question_on_two_issues_takes_neither(matcher):
    tags = _tags(matcher, "Q: Do you still count on China to press North Korea, and on the TPP?",
                 "A: Less than I did.", paragraph=lambda k: k)
    assert tags[1] == set()


def test_a_retrospective_sentence_takes_the_issue_its_neighbour_names_first(matcher):
    tags = _tags(matcher, "Less than I did.", "North Korea will not be squeezed while a tariff war goes on.")
    assert tags[0] == {"north-korea"}


def test_two_issues_beside_one_retrospective_cue_the_nearest_takes_it():
    from compare.positions import extract_for_issues

    text = "The tolls did more harm to the ferry pledge than any storm."
    tolls, pledge = text.index("tolls"), text.index("ferry pledge")
    stances = extract_for_issues(text, {"trade": ((tolls, tolls + 5),), "alliance": ((pledge, pledge + 12),)})
    assert stances["alliance"].cues["shift"][0] == "realised"
    assert "shift" not in stances["trade"].cues
    # what a comparative cue is measured against is not what it speaks of
    text = "A storm did more damage to the harbour than every ferry pledge."
    at = text.index("ferry pledge")
    stance = extract_for_issues(text, {"alliance": ((at, at + 12),)}).get("alliance")
    assert stance is None or "shift" not in stance.cues


def test_a_view_given_up_a_little_further_on_is_the_recalled_views(matcher):
    tags = _tags(matcher, "In 2016 I warned against a rapid rise in the defense budget.",
                 "Last December the cabinet adopted a new plan.",
                 "Let me be candid: on the money, I have changed my mind.",
                 "A Russia that invades its neighbour makes the old habit impossible to defend.",
                 paragraph=lambda k: 1 if k < 2 else 2)
    assert tags[2] == {"japan-defense"}


def test_a_recalled_warning_the_next_sentence_leaves_unsettled_gets_no_label(seeded, tmp_path):
    judged = judge_against_essay(
        seeded, tmp_path / "later.txt",
        "Budgets\n\nMay 2023\n\n"
        "In 2016 I warned that a rapid rise in the defense budget would unsettle the region. "
        "The cabinet adopted a new spending plan last December.\n",
        "Budgets")
    assert not labels_on(judged, "I warned")


def test_an_error_the_writer_admits_is_a_reversal_a_view_taken_up_needs_a_related_claim(seeded, tmp_path):
    judged = judge_against_essay(
        seeded, tmp_path / "later.txt",
        "Errors\n\nMay 2023\n\n"
        "On trade, I must admit a misjudgment.\n\n"
        "I have come to believe that trade policy on lithography can no longer be separated from security.\n",
        "Errors")
    assert labels_on(judged, "misjudgment") == {("trade", "reversed")}
    assert ("trade", "reversed") not in labels_on(judged, "come to believe")


def test_a_recalled_warning_met_by_a_verdict_that_turns_gets_no_label(seeded, tmp_path):
    judged = judge_against_essay(
        seeded, tmp_path / "later.txt",
        "Budgets\n\nMay 2023\n\n"
        "In 2016 I warned that a rapid rise in the defense budget would unsettle the region. "
        "I have not abandoned that concern, but I accept that the ground has moved beneath it.\n\n"
        "Five years ago I wrote that the region was in danger of splitting into two camps. "
        "I am sorry to say that this is no longer a danger but a description.\n",
        "Budgets")
    assert not labels_on(judged, "I warned")
    # "not a danger but a description" corrects a word and confirms the warning: it does not turn; the verdict is
    # that sentence's, not the recall's
    assert not labels_on(judged, "two camps")
    assert labels_on(judged, "a description") == {("regional-order", "strengthened")}


def test_a_cue_whose_clause_opens_with_a_pronoun_speaks_for_the_clause_before():
    from compare.positions import extract_for_issues

    text = "Six ports signed the canal treaty without the capital, and it has held up better than the sceptics predicted."
    treaty = (text.index("canal treaty"), text.index("canal treaty") + 12)
    assert extract_for_issues(text, {"trade": (treaty,)})["trade"].cues["shift"][0] == "eased"
    # without the pronoun the second clause speaks of something else
    text = "Six ports signed the canal treaty, and the ferry fleet has done better than the sceptics predicted."
    treaty = (text.index("canal treaty"), text.index("canal treaty") + 12)
    stances = extract_for_issues(text, {"trade": (treaty,)})
    assert "trade" not in stances or "shift" not in stances["trade"].cues


def test_a_cue_compared_with_the_writers_former_view_speaks_for_what_follows():
    from compare.positions import extract_for_issues

    text = "I am far less hopeful than I was five years ago that the canal treaty will be renewed."
    treaty = (text.index("canal treaty"), text.index("canal treaty") + 12)
    assert extract_for_issues(text, {"trade": (treaty,)})["trade"].cues["shift"][0] == "eased"


def test_a_view_the_text_has_just_set_out_given_up_is_a_reversal(seeded, tmp_path):
    judged = judge_against_essay(
        seeded, tmp_path / "later.txt",
        "After the Invasion\n\nMay 2022\n\n"
        "For years Tokyo hoped that closer ties with Moscow would settle the Northern Territories question. "
        "That hope did not survive the invasion of Ukraine.\n",
        "After the Invasion")
    assert ("russia", "reversed") in labels_on(judged, "That hope did not survive")


def test_a_view_named_as_the_subject_of_its_own_ending_is_given_up(seeded, tmp_path):
    # the cue itself opens with the view ("idea ... finished"): the pointing word before it says which view
    judged = judge_against_essay(
        seeded, tmp_path / "later.txt",
        "Lessons\n\nMay 2023\n\n"
        "The idea that the Kremlin can be coaxed into a deal on the Northern Territories with gas projects is "
        "finished.\n",
        "Lessons")
    assert ("russia", "reversed") in labels_on(judged, "is finished")


def test_a_view_given_up_on_an_issue_found_by_meaning_alone_is_no_reversal(seeded, tmp_path):
    from compare import semantic

    if not semantic.enabled():
        pytest.skip("the semantic layer is off")
    # no word names an issue: with no related base claim, a tag from meaning alone is too weak to reverse on
    judged = judge_against_essay(
        seeded, tmp_path / "later.txt",
        "Lessons\n\nMay 2023\n\n"
        "The idea that cheap exports and global commerce would keep economies growing is finished.\n",
        "Lessons")
    tags = sql(seeded, "select si.issue_id, si.via from sentence_issues si join sentences s on s.id = si.sentence_id "
                       "where s.text like '%is finished%'")
    assert [(t["issue_id"], t["via"]) for t in tags] == [("trade", "semantic")]     # (the case this test is for)
    assert not labels_on(judged, "is finished")


def test_a_compound_word_is_not_a_gapped_keyword(matcher):
    # "nuclear-safety talks" is not "nuclear talks", though "nuclear [weapons] talks" may be
    assert "north-korea" not in matcher.find("Seoul keeps its nuclear-safety talks with Tokyo alive.")
    assert "japan-defense" in matcher.find("We should keep improving missile defense.")


def test_a_preposition_inside_the_gap_opens_another_phrase(matcher):
    # "territorial [threat given the] dispute" is no territorial dispute; "American [withdrawal from] leadership" and
    # "international [open trading and security] order" still name theirs
    assert "russia" not in matcher.find("Given the quarrel over the shoals, the navy is a territorial threat.")
    assert "us-leadership" in matcher.find("An American withdrawal from leadership would hurt the ports.")
    assert "us-leadership" in matcher.find("Washington casts the international open trading and security order into "
                                           "doubt.")


def test_an_expectation_given_up_for_good_is_abandoned_not_eased():
    assert extract("I no longer believe that the canal treaty will ever be renewed.").cues["shift"][0] == "abandoned"
    assert extract("I no longer expect the canal treaty to do much.").cues["shift"][0] == "eased"


def test_a_new_view_on_a_subject_the_base_never_names_is_new_not_a_reversal(seeded, tmp_path):
    judged = judge_against_essay(
        seeded, tmp_path / "later.txt",
        "Screening\n\nMay 2020\n\n"
        "I now believe the government should screen foreign purchases of Japanese firms and tighten export "
        "controls on machine tools.\n",
        "Screening")
    assert labels_on(judged, "screen foreign purchases") == {("trade", "new")}


def test_a_cue_whose_segment_names_no_issue_speaks_of_the_segment_beside_it():
    from compare.positions import extract_for_issues

    def shift_on(text: str, words: str):
        at = text.index(words)
        stance = extract_for_issues(text, {"trade": ((at, at + len(words)),)}).get("trade")
        return stance.cues.get("shift", [None])[0] if stance else None

    # the cue's own segment names nothing: the segment beside it says what came true, or what is no longer hoped
    assert shift_on("What I dreaded then has come true, and the canal treaty now costs every port dearly.",
                    "canal treaty") == "realised"
    assert shift_on("The ports wrote a ban on new berths into the canal treaty, and I no longer expect a renewal.",
                    "canal treaty") == "eased"
    # a segment that names its own subject keeps the cue to itself
    assert shift_on("The ferry plan I dreaded has come true, and the canal treaty is another matter.",
                    "canal treaty") is None
    # after a colon, what the view was
    assert shift_on("I was wrong: the canal treaty has worked for every port.", "canal treaty") == "abandoned"
    # an opening adverb and an auxiliary before the cue still open the segment on the writer's view
    assert shift_on("Still, I am less confident than I was that the mayors want a deal; the canal treaty has "
                    "stalled twice.", "canal treaty") == "eased"
    # a segment opening on a warning: what it warned of, told as borne out, speaks for the segment beside it
    assert shift_on("The warnings of 2016 that the ports would squander their trust have been borne out, and we "
                    "should plan on the basis that any canal treaty can be reopened.", "canal treaty") == "realised"
    # two segments away, it says nothing
    assert shift_on("The canal treaty was signed in May; the ferries came later, and I was wrong.",
                    "canal treaty") is None
    # a recalled warning, then the harm it foretold told as come about beside it
    assert shift_on("Eight years ago I argued that a canal treaty would harm every port; the damage is no longer "
                    "hypothetical.", "canal treaty") == "realised"
    # a relative clause after the cue's main clause describes what the cue speaks of, and carries none of it
    assert shift_on("I am less patient with the two mayors, whose quarrel over the canal treaty led one of them to "
                    "quit the ferry board.", "canal treaty") is None
    assert shift_on("I am less patient with the canal treaty than I was.", "canal treaty") == "eased"


def test_a_concern_or_expectation_given_up_is_eased():
    assert extract("I no longer think the danger of a canal closure is as acute as it seemed.").cues["shift"][0] == "eased"
    assert extract("I have stopped expecting the canal treaty to be renewed.").cues["shift"][0] == "eased"
    # a view still held, then qualified after a "but", is softened, not given up
    assert extract("I would still welcome a new canal treaty, but I no longer think it is worth waiting for."
                   ).cues["shift"][0] == "eased"
    # or put off
    assert extract("I still believe in a canal treaty, but with the ferry strike on, it must wait."
                   ).cues["shift"][0] == "eased"
    # a hope named as the subject of a misreading is given up
    assert extract("The hope that the ports would share the canal was a misreading of the mayors, and I shared it."
                   ).cues["shift"][0] == "abandoned"


def test_a_cue_in_a_relative_clause_speaks_of_the_noun_it_hangs_on():
    from compare.positions import extract_for_issues

    text = ("Talk of a canal treaty for the whole delta region, which I once thought sensible, is idle while the "
            "ferry strike lasts.")
    treaty, ferry = text.index("canal treaty"), text.index("ferry strike")
    stances = extract_for_issues(text, {"trade": ((treaty, treaty + 12),), "labour": ((ferry, ferry + 12),)})
    assert "shift" in stances["trade"].cues and "shift" not in stances["labour"].cues


def test_a_cue_in_the_main_clause_speaks_for_the_issue_named_there_not_in_an_aside():
    from compare.positions import extract_for_issues

    text = ("A limited toll on the canal, tightly defined and woven into ferry planning, is something I could "
            "accept, though the wording matters.")
    toll, ferry = text.index("toll on the canal"), text.index("ferry planning")
    stances = extract_for_issues(text, {"trade": ((toll, toll + 17),), "labour": ((ferry, ferry + 14),)})
    assert "shift" in stances["trade"].cues and "shift" not in stances["labour"].cues


def test_a_bare_share_above_the_old_cap_is_the_defense_budget(matcher):
    assert _tags(matcher, "Reaching three per cent within a decade would be too fast.") == [{"japan-defense"}]
    assert _tags(matcher, "A rise toward 2 percent is a fair target.") == [{"japan-defense"}]
    # the old cap itself is named as often to keep it as to leave it: it alone does not tag
    assert _tags(matcher, "Staying near one percent served the country well.") == [set()]


_ANOTHER_STATES_DEFENCE = ["Canberra has had a busy year with its allies.", "The prime minister visited the troops.",
                           "Its government pulls its weight: it is increasing defence spending to 2 percent of GDP.",
                           "The navy will add submarines.", "Few doubt the country will meet its target."]


def test_a_text_that_never_names_japan_speaks_of_another_states_defence(matcher):
    assert all("japan-defense" not in tags for tags in _tags(matcher, *_ANOTHER_STATES_DEFENCE))
    # named once anywhere in the text (by a prime minister's name too), the defence spending is Japan's posture
    for name in ("Japan watches closely.", "Abe watches closely."):
        assert "japan-defense" in _tags(matcher, name, *_ANOTHER_STATES_DEFENCE)[3]
    # a few sentences set apart are too short a text to tell by what they leave out
    assert "japan-defense" in _tags(matcher, *_ANOTHER_STATES_DEFENCE[2:4])[0]
    # a name is a whole word, in any case: "Sugar" does not name Suga, "JAPAN'S" names Japan
    assert "japan-defense" not in _tags(matcher, "Sugar exports held up.", *_ANOTHER_STATES_DEFENCE)[3]
    assert "japan-defense" in _tags(matcher, "JAPAN'S NEIGHBOURS", *_ANOTHER_STATES_DEFENCE)[3]


@pytest.mark.parametrize("text", [
    "Australia pulls its weight: it is increasing defence spending to 2 percent of GDP.",
    "In a nutshell, South Korea should keep its promise to get the missile shield withdrawn from its territory.",
    "For over a decade, Seoul has raised its defense budget.",
    "China's defense budget has grown by a tenth a year.",
    "China's rapidly growing defense budget has doubled in a decade.",
    "Australia also plans to double its defence spending.",
])
def test_a_sentence_whose_subject_is_another_state_speaks_of_its_own_defence(matcher, text):
    # the text names Japan elsewhere: the sentence gives the defence to the state it opens with
    assert "japan-defense" not in _tags(matcher, "Japan watches closely.", text)[1]


@pytest.mark.parametrize("text", [
    "Australia and Japan should deepen their security cooperation.",        # Japan named in the sentence
    "China's buildup means Tokyo must raise its defense budget.",
    "The United States has pressed for higher defense spending for years.",  # the ally's pressure is Japan's issue
    "In response to the threat, the cabinet raised the defense budget.",     # a longer opening, no state
    # another state's doing, not its defence, or the writer's own view of it
    "Russia's invasion of Ukraine has made a rise toward two percent of GDP inevitable.",
    "China's buildup has changed my view of the defense budget.",
    "China's defense spending has grown far faster than ours.",
    # a state reacting to Japan's defence, a name as a modifier, and a clause of another subject
    "Beijing sees Article 9 revision as a sign of remilitarization.",
    "China has criticised the revision of the pacifist constitution.",
    "The China threat demands a larger defense budget.",
    "The Taiwan Strait crisis shows why the defense budget must rise.",
    "China is expanding its navy rapidly, so the defense budget must grow to 2 percent of GDP.",
    "North Korea fired missiles again this week; missile defense must be strengthened.",
    "China's pressure demands more defense spending.",
    "China hawks say the defense budget must double.",
    "China is expanding its navy rapidly, which means the defense budget must grow.",
])
def test_a_defence_named_beside_japan_or_with_no_other_state_as_subject_stays_japans(matcher, text):
    assert "japan-defense" in _tags(matcher, "Japan watches closely.", text)[1]


def test_a_regional_security_dialogue_is_confidence_building(matcher):
    assert _tags(matcher, "Seoul should host a five-party dialogue next spring.") == [{"confidence-building"}]
    assert "confidence-building" in _tags(
        matcher, "A freeze in Pyongyang will not hold without a regional security dialogue to watch over it.")[0]


def test_allies_name_the_alliance_or_americas_leadership_as_the_sentence_means(matcher):
    # how a president treats allies in general is American leadership, not the upkeep of one alliance
    assert _tags(matcher, "A president who bills his allies like tenants is what I feared.") == [{"us-leadership"}]


def test_more_subjects_the_taxonomy_names(matcher):
    # the Pacific pact's remaining members and the American market it lost are trade
    assert _tags(matcher, "The remaining members went ahead without the American market.") == [{"trade"}]
    # disasters, where nothing else is named, are the functional cooperation of confidence building
    assert _tags(matcher, "Governments should plan together for disasters before they strike.") == [
        {"confidence-building"}]
    # Kim, alone, is the North's leader
    assert _tags(matcher, "Nobody will persuade Kim to give up his weapons.") == [{"north-korea"}]


def test_a_comparative_of_conviction_after_a_reported_view_answers_it(matcher):
    # "I am less certain" after what others argue measures the view against theirs, not the writer's own past:
    # no change of mind; a change of the writer's own ("I no longer think so"), or one after no report, still is
    import json

    from compare.analysis import position_rows

    def shifts(*texts):
        rows = [SentenceRow(k, 1, 1, text) for k, text in enumerate(texts)]
        positions = position_rows(1, rows, tag_sentences(matcher, rows, {1: None}), frozenset(), "test")
        return [json.loads(row[8]).get("shift", [""])[0] for row in positions if row[1] == len(texts) - 1]

    assert shifts("Some critics argue that the tariff war has settled the matter.", "I am less certain.") == []
    assert shifts("Some critics argue that the tariff war has settled the matter.", "I no longer think so.") == [
        "abandoned"]
    assert shifts("Tariffs between the two largest economies keep rising.", "I am less certain.") == ["eased"]
    # a view hailed by others is reported as a described one is
    assert shifts("Some officials hailed the tariff deal as proof that the trade war is over.", "I am less sure.") == []


def test_trading_names_trade_only_before_the_nouns_of_commerce(matcher):
    assert _tags(matcher, "The two leaders were trading compliments at a rocket base.") == [set()]
    assert _tags(matcher, "Japan is a trading nation and depends on open sea lanes.") == [{"trade"}]


def test_the_peninsula_and_chinas_intentions_name_their_issues(matcher):
    assert "north-korea" in _tags(matcher, "A fresh chapter with China on the peninsula now looks distant.")[0]
    assert "regional-order" in _tags(matcher, "Nobody can yet be sure of China's intentions in the region.")[0]
    # the pandemic as an event names no issue where another is named; alone it is functional cooperation
    assert _tags(matcher, "In the middle of a pandemic, Washington left the trade talks.") == [{"trade"}]


def test_less_faith_in_an_idea_is_a_view_eased():
    stance = extract("Frankly, I put less faith today in the idea that the capital can talk the ports round.")
    assert stance is not None and stance.cues["shift"][0] == "eased"


def test_a_sentence_that_announces_its_issue_speaks_of_it_alone(matcher):
    assert _tags(matcher, "On the alliance, we should keep the trade dispute and the bases in separate rooms.") == [
        {"alliance"}]
    assert _tags(matcher, "We should keep the trade dispute and the alliance in separate rooms.") == [
        {"alliance", "trade"}]
    assert _tags(matcher, "Nobody expects Washington to return to the role it played for seventy years.") == [
        {"us-leadership"}]


def test_a_mention_that_illustrates_what_came_true_does_not_take_the_cue():
    from compare.positions import extract_for_issues

    text = "The split of the ports into two camps that I feared has come to pass, with ferry strikes sorted by camp."
    camps, ferry = text.index("two camps"), text.index("ferry strikes")
    stances = extract_for_issues(text, {"order": ((camps, camps + 9),), "labour": ((ferry, ferry + 13),)})
    assert "shift" in stances["order"].cues and "shift" not in stances["labour"].cues


def test_a_verb_inside_a_two_word_keyword_makes_a_clause_not_the_keyword(matcher):
    assert "trade" not in _tags(matcher, "Missile-warning data has flowed in real time since December.")[0]
    assert "trade" in _tags(matcher, "Rules on cross-border data flows belong in the pact.")[0]
    assert _tags(matcher, "Walking away from commitments erodes trust in America's word.") == [{"us-leadership"}]
    assert _tags(matcher, "We need working channels on accidents at sea.") == [{"confidence-building"}]


@pytest.mark.parametrize("text, shift", [
    # a feared thing told as not come: a concern eased, not a warning come true
    ("The canal closure I feared has not come.", "eased"),
    ("The ferry strike we feared never happened.", "eased"),
    # ...but a negation of something else leaves it come true
    ("The toll war I feared in 2019 is not a passing quarrel but a settled policy.", "realised"),
    # what no longer strikes the writer as dangerous is a concern eased
    ("A larger coast guard no longer strikes me as dangerous, provided its rules are published.", "eased"),
    ("The new dredging fleet is no longer alarming to the river towns.", "eased"),
    # a conviction no time before matched
    ("I have never been more convinced that the two ports must share one pilot service.", "firmer"),
    # an aim scaled down after "I now think": softened, not turned around
    ("I now think we should lower our expectations and treat the canal talks as a long project.", "eased"),
    # a change measured against what was feared is a harm come true, whatever it is called
    ("The silting of the harbour is now under way, and moving faster than I feared.", "realised"),
    ("That warning now reads less like a forecast than a description.", "realised"),
    # a view revised in part after "I now think", or a course no longer refused outright: softened
    ("I now think the ferry company wants to end parts of the canal service, though not all of it.", "eased"),
    ("I would not oppose measured steps on the canal tolls, even beyond the old ceiling.", "eased"),
    # a view the writer would no longer state, or no longer state with confidence
    ("I would no longer say that the ferry company deserves the benefit of the doubt.", "abandoned"),
    ("I can no longer say with confidence that the ferry company wants only profit.", "eased"),
    # what the writer once granted, now granted more; a view recalled, then called wrong in the same sentence;
    # a doubt that events proved misplaced is given up, a fear proved misplaced only eases
    ("The canal pact is a real achievement, and I now think it matters more than I once allowed.", "firmer"),
    ("I once believed that patient talks could reopen the canal, and I was wrong.", "abandoned"),
    ("The ports went ahead, and my doubts about a canal without tolls have turned out to be misplaced.", "abandoned"),
    ("The ports went ahead, and my fears about a canal without tolls have turned out to be misplaced.", "eased"),
    # a view once argued, then a new one: what changed is the view given up, not a warning come true
    ("I once argued that a toll link was indispensable; I now think the ports should widen the canal pact.",
     "abandoned"),
    # still held, and more firmly: the firmer cue tells more
    ("I still believe that, and this year has made me believe it more strongly.", "firmer"),
    # a price without limit given up: the thing priced is still wanted
    ("I no longer believe the ferry pact is worth whatever price the company decides to name.", "eased"),
    # a view once held, then, past a turn, given up in the same sentence
    ("I used to believe that patient talks could reopen the canal, but since the floods the towns have "
     "quarrelled, and I no longer expect the company to open any door.", "abandoned"),
    # a worry that has passed
    ("The worry that the ports would close has largely passed.", "eased"),
    # a risk no longer seen as one because it has arrived
    ("A year ago I worried that the ferry strike might spread; I no longer think of that as a risk but as the "
     "situation we are in.", "realised"),
    # a view still held with less confidence; a course given less weight; a reliance given up
    ("I still hold to that, but I hold it with less confidence after the floods.", "eased"),
    ("Today I would put less weight on squeezing the ferry company and more on a deal.", "eased"),
    ("I no longer count on the council to lead in writing the rules of the port.", "eased"),
    # a hope given up as an error
    ("I no longer hold that hope, and I think our town was mistaken to let it shape the ferry policy.", "abandoned"),
    # (what the writer sees so is the writer's view)
    ("We must now treat the ferry pact as more urgent than ever.", "firmer"),
    # (a fear of how someone would treat a thing is the writer's fear, eased)
    ("The early fear in the port that the new mayor would treat the pact as a bargain to be renegotiated "
     "has receded considerably.", "eased"),
])
def test_more_ways_a_view_has_fared(text, shift):
    stance = extract(text)
    assert stance is not None and stance.cues["shift"][0] == shift


def test_a_lead_in_that_announces_a_change_of_mind_takes_no_cue():
    stance = extract("On the canal tolls, I have come around to a point.")
    assert stance is None or "shift" not in stance.cues


def test_a_recalled_warning_the_next_sentence_calls_borne_out_is_labelled_there(seeded, tmp_path):
    judged = judge_against_essay(
        seeded, tmp_path / "later.txt",
        "Forecasts\n\nMay 2023\n\n"
        "Last winter I argued that North Korea was racing toward a warhead for its long-range missiles. "
        "That is no longer a forecast.\n",
        "Forecasts")
    assert not labels_on(judged, "racing toward")
    assert labels_on(judged, "no longer a forecast") == {("north-korea", "strengthened")}


def test_a_change_faster_than_expected_is_no_harm_come_true_unless_one_was_feared():
    stance = extract("The ferry service grew faster than I expected, and the ports should plan for more.")
    assert stance is not None and "shift" not in stance.cues


def test_the_fate_told_next_with_a_cue_of_its_own_takes_the_recalled_issue_and_the_label(seeded, tmp_path):
    judged = judge_against_essay(
        seeded, tmp_path / "later.txt",
        "Retreat\n\nMay 2025\n\n"
        "Eight years ago I wrote that an American retreat from leadership would hurt everyone. "
        "I take no pleasure in saying that the retreat is now under way, and moving faster than I feared.\n",
        "Retreat")
    assert not labels_on(judged, "Eight years ago")
    assert labels_on(judged, "moving faster") == {("us-leadership", "strengthened")}


def test_rules_for_unplanned_encounters_name_confidence_building(matcher):
    assert _tags(matcher, "The two navies need rules for encounters at sea and in the air.") == [{"confidence-building"}]


def test_a_region_divided_into_rival_camps_names_the_regional_order(matcher):
    (tags,) = _tags(matcher, "The tariff quarrel speeds up the division of Asia into rival camps that many of us feared.")
    assert "regional-order" in tags


def test_an_error_admitted_with_nothing_said_of_it_only_leads_in():
    stance = extract("I should also admit an error.")
    assert stance is None or "shift" not in stance.cues
    # where the error lay, named in the opening: a view given up
    assert extract("On the canal tolls, I must admit an error.").cues["shift"][0] == "abandoned"


def test_waiting_for_washington_to_lead_names_us_leadership(matcher):
    assert _tags(matcher, "Japan can no longer wait for Washington to lead in Asia.") == [{"us-leadership"}]


def test_the_line_between_defence_and_offence_names_japans_defense(matcher):
    (tags,) = _tags(matcher, "The ferry raids are now frequent, and I no longer think the line between defence and "
                             "offence can be drawn neatly.")
    assert tags == {"japan-defense"}


def test_a_retreat_alone_names_us_leadership_where_nothing_else_tags_the_sentence(matcher):
    assert _tags(matcher, "The retreat I warned about nine years ago has now arrived.") == [{"us-leadership"}]


@pytest.mark.parametrize("text, shift", [
    # a concern called overdone is eased, like one called exaggerated
    ("Having watched the ferry talks, I think that worry was overdone.", "eased"),
    # a fear the writer says events confirmed came true
    ("The tolls announced in May confirmed my fear that the river ports would be squeezed.", "realised"),
    # a call taken further than the writer took it before, or a value set above every time before
    ("On the ferry link I would go further than I did last year: the ports should share one pilot service.",
     "firmer"),
    ("The canal commission is more valuable than ever.", "firmer"),
    # a view still held, with nothing resting on it any more
    ("I still think a canal treaty is worth attempting, but I would not build a strategy around it.", "eased"),
    ("I still believe the canal talks can work, but I would not count on them.", "eased"),
    # what the writer can no longer hold against
    ("The canal toll would once have alarmed the river towns, but after the floods I find it hard to begrudge.",
     "eased"),
    # an error owned after a view once held; a view the writer sees no cause to change
    ("I once believed the canal toll would pay for itself; I was mistaken.", "abandoned"),
    ("I see no reason to revise my view that the canal toll is fair.", "continued"),
    # an objection given up in part: the unease is still there
    ("A canal toll is a step I would have opposed outright a few years ago, and I still approach it with unease.",
     "eased"),
    # an exclusion given up, not the opposition ("I will not pretend..., but": the turn is the writer's own)
    ("I no longer think we can rule the canal toll out on principle.", "eased"),
    ("I will not pretend I like the canal toll, but I no longer think we can rule it out on principle.", "eased"),
    # a hope the writer says ran ahead of the facts, a course accepted, a hope put away, a reliance withdrawn
    ("I was more hopeful than the facts have allowed about the canal talks.", "eased"),
    ("I have made my peace with higher tolls, although the pace still troubles me.", "eased"),
    ("With the strike dragging on, I have set that hope aside.", "eased"),
    ("I would no longer count on the ferry company to keep its word.", "eased"),
    # fears named, then told as eased in part or as never realised
    ("The new mayor reopened the ferry office, and that has eased much of what I feared in 2019.", "eased"),
    ("We agree that the worst fears of 2019 about a ferry shutdown have not been realized.", "eased"),
    # a doubt of the writer's own that what followed proved wrong
    ("I doubted that the canal pact could survive without the ferry company, yet the ports are close to a deal.",
     "abandoned"),
    # ... softened on a condition after the turn, not proved wrong
    ("When the ferry company left I doubted the towns would carry on alone, but if the three can keep the service "
     "alive, the council should help them.", "eased"),
    # a smaller aim accepted for now; a wariness lowered; a patience or a hope grown thinner
    ("For now I would settle for a working radio link between the two harbours.", "eased"),
    ("I was once wary of letting the tolls drift upward, and I am much less wary today.", "eased"),
    ("On the canal I have grown more pessimistic.", "eased"),
    # what is given up is that one course is the only one, or a hope: softened, not turned around
    ("I no longer think that pressing the ferry company is the only road to a settlement.", "eased"),
    ("I no longer believe the river pact alone can keep the ports afloat.", "eased"),
    ("I now think the realistic goal is a pair of radio links that actually work.", "eased"),
    ("I have changed my mind on the size of the tolls, though not on the principle.", "eased"),
    # a view changed, or a change of view denied by its subject: still held, or held more firmly where a
    # later cue says so
    ("On tolls I have had to change my view.", "abandoned"),
    ("I have come to a different view.", "abandoned"),
    ("Nothing in the past year has changed my view that the ports must share one pilot service.", "continued"),
    ("None of this changes my view that the canal needs a commission.", "continued"),
    ("Yet I have not changed my view that the ports must cooperate, and I would argue it is more urgent than ever.",
     "firmer"),
    # a danger no longer seen, named as a noun after a verb of seeming; a change of mind on part of a view; a hope
    # set aside as too much to ask for now
    ("A steady rise in the tolls no longer strikes me as a threat to the river towns.", "eased"),
    ("I have changed my mind on part of it.", "eased"),
    ("I once hoped all five ports would join, but I now think that is too much to ask while the strike lasts.",
     "eased"),
    ("The case for a ferry hotline is stronger than at any moment since the war.", "firmer"),
    # a view kept in part ("remains", or given up only as a rule for every case): softened, not given up
    ("The ferry pact remains essential, but I no longer think every timetable change has to be agreed with the "
     "port board.", "eased"),
    ("I no longer think the canal commission must always have the last word.", "eased"),
    # a course raised above the others, a need more than desirable, a danger more real now
    ("Standing with the ports is no longer one consideration among several; it is the whole of the policy.", "firmer"),
    ("It has become urgent, not merely desirable, for the towns to share a ferry.", "firmer"),
    ("The danger of a divided river is more real today than it was four years ago.", "firmer"),
    # a view harder to argue for, a confidence withdrawn, a gloom owned as an error, a word of then disowned, a
    # hope gone
    ("The floods have made it harder for me to argue that the ferry company wants only a fair price.", "eased"),
    ("The ferry pact remains indispensable, but it can no longer be taken for granted.", "eased"),
    ("On the canal tolls, I was too gloomy.", "abandoned"),
    ("A few years ago I would have called a second ferry wasteful, and today I think it is needed.", "abandoned"),
    ("That hope is gone for a generation.", "abandoned"),
    # a change of mind denied only in part
    ("A: I did, and I have not entirely changed my mind.", "eased"),
    # an error owned "also"
    ("I was also wrong to doubt that the ferry pact could stand without the company.", "abandoned"),
    # a case made stronger, a lesson truer now, a worry put to rest, a division come about
    ("The flood makes the case for a ferry hotline stronger rather than weaker.", "firmer"),
    ("The lesson of 2017 is that the ports gain most when they bring a plan, and that is truer now than it was then.",
     "firmer"),
    ("The speed with which the council rebuilt the ferry office has reassured me that the service will last.",
     "eased"),
    ("The split of the river towns into two camps that I worried about five years ago is now largely a reality.",
     "realised"),
    # a view held more firmly now than before, the view named by a pronoun
    ("The ports must share one pilot service, and I hold that view far more firmly now than I did in 2019.",
     "firmer"),
    # "Nothing" as the subject of a cue other than a change of mind is emphasis, not denial
    ("Nothing has vindicated the case for a common ferry front more than this winter.", "realised"),
])
def test_still_more_ways_a_view_has_fared(text, shift):
    stance = extract(text)
    assert stance is not None and stance.cues["shift"][0] == shift


@pytest.mark.parametrize("text", [
    "The ports will have to pay more, and on one point I have changed my mind.",
    "In one respect I was wrong.",
])
def test_a_change_of_mind_announced_before_its_subject_leads_in(text):
    stance = extract(text)
    assert stance is None or "shift" not in stance.cues


def test_an_answers_opening_takes_its_questions_issue_over_its_paragraphs_meaning(matcher):
    tags = _tags(matcher,
                 "Q: Last spring you said a new president might win Beijing's help on North Korea.",
                 "Do you still think so?",
                 "A: Less than I did, to be honest.",
                 "I was more hopeful than the facts have allowed.",
                 "The Florida dinner produced warm words, and then Washington began threatening tariffs and "
                 "complaining that Beijing had done nothing, so I would no longer count on a fresh chapter with China.",
                 paragraph=lambda k: 1 if k < 2 else 2)
    assert tags[2] == {"north-korea"}


def test_a_change_of_mind_takes_no_issue_from_an_actor_only_the_next_sentence_names(matcher):
    tags = _tags(matcher, "My grandfather used to say that the fleet must never sail beyond home waters.",
                 "I respect him, but I no longer agree with him.",
                 "If Chinese carriers can reach the open ocean, our ships must be able to answer.")
    assert "regional-order" not in tags[1]
    # ...but an actor that opens the next sentence as its subject does
    tags = _tags(matcher, "I hear the same in Manila.", "Honestly, that argument has not survived the last five years.",
                 "Beijing is plainly rewriting the rules of the region.")
    assert tags[1] == {"regional-order"}
    # an actor the sentence before names still lends its issue
    tags = _tags(matcher, "Beijing has grown more assertive since the summit.",
                 "I no longer think it wants only a bigger voice.")
    assert tags[1] == {"regional-order"}


def test_americas_umbrella_and_deterrent_name_the_alliance(matcher):
    assert _tags(matcher, "Japan should stay under the American umbrella.") == [{"alliance"}]
    assert _tags(matcher, "The launches make the American deterrent indispensable.") == [{"alliance"}]
    # the alliance's bargain in other words
    assert "alliance" in _tags(matcher, "The port city hosts American forces for a reason.")[0]
    assert "alliance" in _tags(matcher, "Washington guarantees Japan's security for a reason.")[0]


def test_base_relocation_rearmament_and_turning_inward_name_their_issues(matcher):
    assert _tags(matcher, "The Henoko runway should be shelved.") == [{"alliance"}]
    assert _tags(matcher, "Japanese rearmament worries the neighbours less than it did.") == [{"japan-defense"}]
    assert _tags(matcher, "A United States that turns inward leaves a vacuum.") == [{"us-leadership"}]
    assert _tags(matcher, "An America that walks away from its friends will find few when it needs them.") == [
        {"us-leadership"}]
    assert _tags(matcher, "A five-party table is not possible for now.") == [{"confidence-building"}]
    assert _tags(matcher, "The worry was that America would walk away from leadership.") == [{"us-leadership"}]
    assert _tags(matcher, "Washington's presence is no longer the glue it was.") == [{"us-leadership"}]
    assert _tags(matcher, "The region needs crisis channels that work.") == [{"confidence-building"}]
    assert _tags(matcher, "Doubts about American staying power have faded.") == [{"us-leadership"}]
    assert _tags(matcher, "Washington's leadership in the ferry crisis surprised me.") == [{"us-leadership"}]
    assert _tags(matcher, "The Americans have shown that they intend to stay in the region.") == [{"us-leadership"}]
    assert _tags(matcher, "The eleven-nation agreement has held.") == [{"trade"}]
    assert _tags(matcher, "A five-party security dialogue is now out of reach.") == [{"confidence-building"}]
    # (a verb inside two words makes a clause, not the keyword "nuclear question")
    assert _tags(matcher, "A Japanese nuclear weapon remains out of the question.") == [{"japan-defense"}]


def test_crisis_management_and_practical_cooperation_are_confidence_building(matcher):
    assert _tags(matcher, "The two coast towns need a channel for crisis management at sea.") == [
        {"confidence-building"}]
    assert _tags(matcher, "A communication mechanism for the harbour pilots should be set up.") == [
        {"confidence-building"}]
    # named where no other issue is, practical cooperation is the neighbours' kind
    assert _tags(matcher, "Practical cooperation on ferries and floods is the surest start.") == [
        {"confidence-building"}]


def test_crisis_management_takes_up_the_bases_confidence_building(seeded, tmp_path, rules_only):
    # the essay calls for confidence building among the five powers; a call for crisis-management channels names
    # the same subject in other words (the taxonomy's concepts), so it is no new position on the issue
    judged = judge_against_essay(seeded, tmp_path / "later.txt",
                                 "Channels\n\nMay 2019\n\nThe five neighbours need standing channels for crisis "
                                 "management between their harbour pilots.\n", "Channels", author="Hitoshi Tanaka")
    assert ("confidence-building", "new") not in labels_on(judged, "crisis management")


def test_economic_pressure_names_economic_security(matcher):
    assert _tags(matcher, "Allies should answer economic pressure on one of them together.") == [{"trade"}]
    assert _tags(matcher, "Turning away tourists is a form of economic punishment.") == [{"trade"}]


def test_what_would_have_been_is_no_view_that_has_fared():
    stance = extract("Had such a board existed, the ferry company's move would have been much harder to justify.")
    assert stance is None or "shift" not in stance.cues


def test_a_doubt_met_by_a_denial_is_not_proved_wrong():
    stance = extract("I doubted that the ferry company would help, but it has not lifted a finger.")
    assert stance is None or stance.cues.get("shift", ("",))[0] != "abandoned"


def test_a_fate_told_before_a_reason_speaks_for_the_issue_named_before_the_reason():
    text = ("The hope I once held that a new mayor might open a fresh chapter with China on the North Korean problem "
            "has largely faded, not least because the trade war gives Beijing little reason to help.")
    stances = extract_for_issues(text, {"north-korea": span(text, "North Korean"), "trade": span(text, "trade war")})
    assert stances["north-korea"].cues["shift"][0] == "eased"
    assert "trade" not in stances or "shift" not in stances["trade"].cues


def test_a_fate_told_of_a_view_named_before_it_does_not_speak_for_the_reason_after_it():
    # "that hope" says what fared; the because-clause says why, whatever it names (no issue named before the reason)
    for text, words in (("That hope was misplaced, because the trade war crowded out the canal talks.", "trade war"),
                        ("I am less sure of that now, because the ferry board has learned to live without us.",
                         "ferry board")):
        stances = extract_for_issues(text, {"x": span(text, words)})
        assert "x" not in stances or "shift" not in stances["x"].cues


def test_a_fate_told_before_what_brought_it_about_speaks_for_the_issue_named_in_the_concern():
    text = ("The worry that the ferry board would abandon the river towns, which haunted the council for years, has "
            "eased considerably since the capital sent engineers to the Chinese dam.")
    stances = extract_for_issues(text, {"the towns": span(text, "river towns"), "china": span(text, "Chinese dam")})
    assert stances["the towns"].cues["shift"][0] == "eased"
    assert "shift" not in stances["china"].cues


@pytest.mark.parametrize("text", ["I Was Wrong.", "Why the Ferry Pact Must Survive."])
def test_a_headline_set_in_the_text_takes_no_position(text):
    assert extract(text) is None


def test_new_goes_only_to_the_issue_a_sentence_names_first(seeded, tmp_path):
    judged = judge_against_essay(
        seeded, tmp_path / "later.txt",
        "Two Clubs\n\nMay 2024\n\n"
        "Tokyo should press the Quad to fund a standing secretariat for undersea cable repair, and it should ask "
        "Seoul to screen semiconductor supply chains with it.\n",
        "Two Clubs")
    labels = labels_on(judged, "undersea cable")
    assert ("regional-order", "new") in labels and ("trade", "new") not in labels


@pytest.mark.parametrize("text, reason", [
    ("Since the ferry operators went bankrupt amid reports of Chinese subsidies to their rivals, I no longer think "
     "the port expansion is worth its price.", "Chinese"),
    ("I no longer see the fishing accord as a model after what we learned about Russian patrols last winter.",
     "Russian"),
    # a reason that opens the sentence
    ("Since Chinese trawlers emptied the bay, I no longer think the port expansion is worth its price.", "Chinese"),
    # a time the view is measured against
    ("The fishing accord was worth its price before the Chinese subsidies, and I still think it is.", "Chinese"),
    # what goes on, told after the cue with "with" and a participle
    ("I no longer think the port expansion is worth its price, with Chinese trawlers emptying the bay.", "Chinese"),
    # ... with names joined after the "with"
    ("I no longer think the port expansion is worth its price, with Korean and Chinese trawlers emptying the bay.",
     "Chinese"),
    # grounds given before ", so", with the view's own subject named after it
    ("Chinese trawlers have emptied the bay, so I no longer think the port expansion is worth its price.",
     "Chinese"),
    # what changed the writer's reckoning, in the subject of a clause of its own
    ("Chinese trawlers and falling catches have changed the calculation, and I have come to accept that the port "
     "expansion is not worth its price.", "Chinese"),
])
def test_an_issue_named_only_as_what_changed_the_view_takes_no_stance(text, reason):
    anchor = "port expansion" if "port expansion" in text else "fishing accord"
    stances = extract_for_issues(text, {"the reason": span(text, reason), "the view": span(text, anchor)})
    assert "the reason" not in stances
    assert stances["the view"].cues["shift"][0] in ("abandoned", "eased", "continued")


def test_what_goes_on_told_before_the_cue_may_be_what_the_view_is_about():
    # "With X testing missiles, the case for planning is stronger now": the events and the view are often one
    text = "With Chinese trawlers emptying the bay, the case for the port expansion is stronger now than ever."
    stances = extract_for_issues(text, {"the events": span(text, "Chinese"),
                                        "the view": span(text, "port expansion")})
    assert "the events" in stances


@pytest.mark.parametrize("text", [
    "With Chinese trawlers in the state they are in, I'd settle for a port expansion half the size.",
    "With Chinese fleets at sea and the markets nervous, I no longer think the port expansion is worth its price.",
])
def test_an_issue_named_only_in_an_opening_circumstance_takes_no_stance_beside_the_views_own(text):
    # the circumstance names what the writer weighs; the fate is told of what follows the comma
    stances = extract_for_issues(text, {"the circumstance": span(text, "Chinese"),
                                        "the view": span(text, "port expansion")})
    assert "the circumstance" not in stances and stances["the view"].cues["shift"][0] in ("abandoned", "eased")


@pytest.mark.parametrize("text", [
    "I can live with it only if Chinese trawlers stay out of the bay.",
    "I could accept them as long as Chinese trawlers stay out of the bay.",
    # a condition on what the view accepts, set after it: "so long as it stays..."
    "I now believe the port needs a second breakwater, so long as it stays clear of the Chinese trawler lanes.",
])
def test_a_condition_set_on_a_view_its_pronoun_names_takes_no_stance(text):
    # the view is about "it"; what the condition names is a term of accepting it
    assert "the terms" not in extract_for_issues(text, {"the terms": span(text, "Chinese")})


def test_a_condition_in_a_view_recalled_is_part_of_the_view():
    text = "I used to believe that if Chinese trawlers left the bay, the port would thrive."
    assert "the view" in extract_for_issues(text, {"the view": span(text, "Chinese")})


def test_what_moved_the_writer_takes_no_stance_even_where_nothing_else_is_named():
    text = "The Chinese embrace of the trawler fleets has made me less sure that the new harbour is worth its price."
    assert "the reason" not in extract_for_issues(text, {"the reason": span(text, "Chinese")})


def test_grounds_before_so_are_the_views_subject_when_nothing_else_is_named():
    text = "Chinese trawlers have emptied the bay, so I no longer think fishing there is worth the fuel."
    assert "the grounds" in extract_for_issues(text, {"the grounds": span(text, "Chinese")})


@pytest.mark.parametrize("verdict, label", [
    ("That belief was wrong.", "reversed"),
    ("I no longer believe it.", "reversed"),
    # an expectation given up for good
    ("After this winter I no longer think Moscow will ever make that bargain.", "reversed"),
    # a later view of its own, not the view once held given up (the recall may have tempered it already)
    ("I no longer see an opening of the kind I imagined.", "weakened"),
])
def test_a_view_once_held_that_the_next_sentence_gives_up_was_given_up(seeded, tmp_path, verdict, label):
    judged = judge_against_essay(
        seeded, tmp_path / "later.txt",
        "Islands\n\nMay 2025\n\nI once believed that engaging Putin might bring the Northern Territories closer. "
        f"{verdict}\n",
        "Islands")
    assert labels_on(judged, "I once believed") == {("russia", label)}


def test_a_concern_eased_by_how_things_went_is_weakened(seeded, tmp_path):
    # the gold's own definition: `weakened` is "less emphasis, or an earlier concern eased"; a fear that things
    # proved better than speaks of the concern the essay voiced on the issue the sentence continues
    judged = judge_against_essay(
        seeded, tmp_path / "later.txt",
        "Alliance Notes\n\nMay 2018\n\n"
        "The alliance has been tested hard by tariffs this year. It went better than I feared.\n\n"
        "The alliance has been tested hard by tariffs this year. I am less worried than I was.\n",
        "Alliance Notes")
    assert labels_on(judged, "It went better") == {("alliance", "weakened")}
    assert labels_on(judged, "I am less worried") == {("alliance", "weakened")}


@pytest.mark.parametrize("text", [
    # one question set above another, not a view held more firmly
    "For the ferry companies, the more pressing question may be the dredging.",
    # one thing ranked above another the sentence names, not a need grown since
    "While the harbour matters, even more important are the town's own ferries.",
    "However, even more urgent for the port is the fact that the dredging has begun.",
    "The ferry link has become even more important than the bridge.",
    # a view still held by others the sentence names, not the writer's carried on
    "And there are mayors who remain convinced that the council will be soft on the ferry company.",
    "Some mayors remain convinced that the council will be soft on the ferry company.",
    # a cue inside what the writer recalls saying then: the view's words, whose fate comes next
    "Last winter I argued that waiting for the ferry company had run its course.",
    # a cue word weighed and put aside; a view seen through someone else's eyes
    "Vindicated is too strong a word.",
    "The council's leaders see the ferry pact as more useful than ever while their rivalry deepens.",
    # an opening that should not be allowed to close: nothing told as closed
    "The door that the towns left open should not be allowed to close.",
    # a change of mind announced as a question the next sentences answer
    "Let me be plain about where I have changed my mind.",
    # a worry about something passed (a bill), not a worry that has passed
    "The worry that the council had passed the toll bill too quickly was voiced again.",
])
def test_words_that_look_like_a_cue_but_tell_no_fate(text):
    stance = extract(text)
    assert stance is None or stance.cues.get("shift", [None])[0] in (None, "recalled")


def test_a_correlative_the_more_still_holds_a_need_more_firmly():
    text = "The harder the tides become, the more urgent the need for a ferry hotline."
    assert extract(text).cues["shift"][0] == "firmer"


def test_a_conviction_others_keep_is_theirs_and_the_writers_own_carries_on():
    assert extract("Some mayors remain convinced that the council will be soft on the ferries.").attribution == "reported"
    kept = extract("I remain convinced that the council will be soft on the ferries.")
    assert kept.attribution == "author" and kept.cues["shift"][0] == "continued"


@pytest.mark.parametrize("text", [
    "The ferry link is even more important now than it was in 2016.",
    "The ferry link is even more important than before.",
    "The ferry link is more urgent than it was a decade ago.",
    "Even more important now is keeping the ferries running.",
    "The storms make the ferry link even more important.",
])
def test_a_comparative_against_an_earlier_time_holds_a_need_more_firmly(text):
    assert extract(text).cues["shift"][0] == "firmer"


@pytest.mark.parametrize("text, words, labels", [
    # a recall the next sentence tells as come about, on its issue: left as then (the next sentence speaks)
    ("Last winter I argued that waiting for North Korea to change had run its course. What I described then as a "
     "looming danger has now arrived: Pyongyang can likely hit America, and the time left to stop it is short.",
     "Last winter", set()),
    # the fate told next goes to the recalled view's issues that sentence names itself
    ("Two years ago I argued that China could deliver North Korea and that Beijing would uphold the regional "
     "order. I am now far less sure that China can deliver North Korea.",
     "far less sure", {("north-korea", "weakened")}),
])
def test_a_recalled_view_and_the_fate_the_next_sentence_tells(seeded, tmp_path, text, words, labels):
    judged = judge_against_essay(seeded, tmp_path / "later.txt", f"Later\n\nMay 2019\n\n{text}\n", "Later")
    assert labels_on(judged, words) == labels


def test_a_neighbour_lends_no_issue_it_names_only_in_an_opening_event(matcher):
    from compare.tagging import CONTINUES_NEIGHBOUR

    def lent(*texts):
        rows = [SentenceRow(k, 1, 1, text) for k, text in enumerate(texts)]
        return {t.issue_id for t in tag_sentences(matcher, rows, {1: None})
                if t.sentence_id == 1 and t.cue.endswith(CONTINUES_NEIGHBOUR)}

    assert lent("After Russia invaded Ukraine, the public understands that the ferry has changed.",
                "I still believe it.") == set()
    assert lent("Russia has invaded Ukraine, and the public understands that the ferry has changed.",
                "I still believe it.") == {"russia"}


def test_a_concern_eased_speaks_for_what_it_was_a_fear_of():
    text = ("The towns have welcomed the new ferry schedule, and the fear of a ferry strike that once coloured "
            "harbour talks has largely faded.")
    stances = extract_for_issues(text, {"the strike": span(text, "ferry strike"),
                                        "the talks": span(text, "harbour talks")})
    assert stances["the strike"].cues["shift"][0] == "eased"
    assert "the talks" not in stances or "shift" not in stances["the talks"].cues


def test_a_concern_eased_in_a_clause_of_its_own_speaks_for_what_it_was_of_over_other_mentions():
    # the issue is named twice, once in the main clause; the fear's "of" says which mention the fate is told of
    text = ("The ferry pact with the island, signed last June, has been greeted calmly in the harbour towns, which "
            "suggests that old fears of a ferry strike have largely faded.")
    stances = extract_for_issues(text, {"the ferries": span(text, "ferry pact") + span(text, "ferry strike"),
                                        "the towns": span(text, "harbour towns")})
    assert stances["the ferries"].cues["shift"][0] == "eased"
    assert "shift" not in stances["the towns"].cues


def test_another_writers_turn_on_a_view_of_their_own_is_not_set_against_the_base(seeded, tmp_path, rules_only):
    # the essay calls the alliance a bargain that serves both countries; a writer who once called Japan a free rider
    # and now says so was wrong has not reversed the essay's view. By the essay's writer, the same turn is his.
    others, own = labels_by_writer(seeded, tmp_path, "Burden Sharing",
                                   "For years I argued that the US-Japan alliance let Japan ride free on American "
                                   "protection. I was wrong about that.", "I was wrong")
    assert not others
    assert own == {("alliance", "reversed")}


def test_a_paper_named_in_the_author_field_is_another_writer(seeded, tmp_path):
    # an author field with no person's name in it ("The Australian (editorial)") still names a writer, and not the
    # essay's: its turn from a view is no reversal of the essay's
    judged = judge_against_essay(seeded, tmp_path / "later.txt",
                                 "Burden Sharing\n\nMay 2019\n\nFor years we argued that the US-Japan alliance let "
                                 "Japan ride free on American protection. We were wrong about that.\n",
                                 "Burden Sharing", author="The Australian (editorial)")
    assert ("alliance", "reversed") not in labels_on(judged, "We were wrong")


def labels_by_writer(run, tmp_path, title: str, body: str, words: str) -> tuple[set, set]:
    """(issue, change) labels on the sentence holding words, when the text is by another writer and when by the
    essay's writer (each text stored under a title of its own)."""
    labels = []
    for folder, author in (("other", "Kevin Delaney"), ("own", "Hitoshi Tanaka")):
        (tmp_path / folder).mkdir()
        titled = f"{title} ({folder})"
        judged = judge_against_essay(run, tmp_path / folder / "later.txt", f"{titled}\n\nMay 2019\n\n{body}\n",
                                     titled, author=author)
        labels.append(labels_on(judged, words))
    return labels[0], labels[1]


def test_words_any_policy_sentence_uses_pair_no_claim_of_another_writer_with_the_base(seeded, tmp_path):
    # the essay: "Resolving the situation on the Korean Peninsula requires comprehensive and coordinated efforts..."
    # a call to value the calm shares only "situation" and "efforts" with it: another writer's claim is on another
    # point; the essay's writer's own words keep his view
    others, own = labels_by_writer(seeded, tmp_path, "Calm",
                                   "The United States and South Korea should value the better situation on the Korean "
                                   "Peninsula rather than make efforts to reverse it.", "value the better")
    assert others == set() and own == {("north-korea", "unchanged")}
    # sharing the claim's own substance (resolving it, what it requires), another writer's restatement still pairs
    (tmp_path / "more").mkdir()
    others, own = labels_by_writer(seeded, tmp_path / "more", "Resolving",
                                   "Resolving the situation on the Korean Peninsula requires patient efforts from "
                                   "Washington and Seoul to win over Pyongyang.", "patient efforts")
    assert others == own == {("north-korea", "unchanged")}


def test_an_acronym_before_an_office_names_who_speaks_not_a_subject_of_the_claim(seeded, tmp_path):
    from compare.judge import NAME, anchors
    assert NAME + "iaea" in anchors("It was right for IAEA chief Rafael Grossi to say so.", typed=True)
    assert "wto" in anchors("WTO rules must be reformed.", typed=True)
    # the need the agency's chief stressed names nothing the essay does not: no `new` for it
    others, own = labels_by_writer(seeded, tmp_path, "Chief",
                                   "It was right for IAEA chief Rafael Grossi to stress the need to resolve the crisis "
                                   "over North Korea's nuclear program.", "Rafael Grossi")
    assert others == own == set()
    # the agency as the subject of the call is a subject the essay never names
    (tmp_path / "more").mkdir()
    others, own = labels_by_writer(seeded, tmp_path / "more", "Agency",
                                   "The IAEA should be given access to inspect North Korea's nuclear sites.", "IAEA")
    assert others == own == {("north-korea", "new")}


@pytest.mark.parametrize("text, labels", [
    # to reconsider a limit is to call for lifting it, an aside or no aside between, against the essay's warning
    ("Its ban on strike missiles, however, should be reconsidered.", {("japan-defense", "reversed")}),
    ("Its ban on strike missiles should be reconsidered.", {("japan-defense", "reversed")}),
    # a limit in another clause, or kept, is no limit reconsidered
    ("Despite the ban, plans for long-range strike missiles should be reconsidered.", set()),
    ("Plans for long-range strike missiles should be reconsidered, but the ban must stay.", set()),
])
def test_a_limit_reconsidered_is_to_be_lifted_only_within_the_calls_clause(seeded, tmp_path, text, labels):
    others, own = labels_by_writer(seeded, tmp_path, "Strike Missiles", text, text[:20])
    assert others == own == labels


def test_another_writers_call_for_what_the_base_warns_against_by_name_is_a_reversal(seeded, tmp_path, rules_only):
    # the essay warns against offensive power projection capabilities; a call to be able to hit launch sites names
    # the same subject in other words (the taxonomy's concepts), so it is related to the warning whatever its
    # meaning score, by any writer
    others, own = labels_by_writer(seeded, tmp_path, "Launch Sites",
                                   "Tokyo should acquire the means to hit launch sites on the far shore.",
                                   "launch sites")
    assert others == own == {("japan-defense", "reversed")}


def test_what_a_call_wants_not_only_but_also_is_both(seeded, tmp_path, rules_only):
    # "not only X, but also Y" calls for Y too: the subject after "but also" is what the call is about as much as X
    others, own = labels_by_writer(seeded, tmp_path, "Harbour Defence",
                                   "Tokyo should build not only sea walls for the harbour, but also the means to hit "
                                   "launch sites on the far shore.", "sea walls")
    assert others == own == {("japan-defense", "reversed")}


def test_a_condition_judges_nothing_it_names():
    # the harbour is named only in what the "unless" clause supposes; its "threaten" describes that supposed
    # moment, and is no verdict on the harbour
    text = ("The ferry service does not work unless the town can dredge the harbour when a storm gathers and may "
            "well threaten the quay.")
    assert "the harbour" not in extract_for_issues(text, {"the harbour": span(text, "the harbour")})
    text = "The ferry service works, which a costly harbour threatens."
    assert extract_for_issues(text, {"the harbour": span(text, "harbour")})["the harbour"].polarity == -1


def test_what_a_concession_grants_or_a_question_asks_judges_nothing_it_names():
    # the harbour is named only in a clause that concedes or asks; its judging words are not the writer's
    # verdict on it (the main clause's claim is about something else)
    for text in ("Although the old harbour remains a welcome refuge, the council has moved the ferries to the river.",
                 "However, whether the town can keep the outdated harbour open depends on the next budget.",
                 "The council voted on Monday, while the troubled harbour waited for its dredger.",
                 "But even though the harbour is a disaster, the ferries still run on time."):
        assert "the harbour" not in extract_for_issues(text, {"the harbour": span(text, "harbour")}), text
    # a clause that gives the reason still judges what it names
    text = "The ferries must keep running, because the harbour is a disaster for the town."
    assert extract_for_issues(text, {"the harbour": span(text, "harbour")})["the harbour"].polarity == -1


def test_a_person_proved_right_is_no_view_borne_out():
    assert extract("The mayor has vindicated himself by reopening the ferry.") is None
    assert extract("Events have vindicated that warning about the ferry.").cues["shift"] == ["realised", "vindicated"]


def test_a_month_named_may_is_no_modal_of_what_is_yet_to_come():
    found = extract("The tolls announced in May confirmed my fear that the river ports would be squeezed.")
    assert found.cues["shift"][0] == "realised"
    assert extract("The ferry closure we warned of has come to pass.").cues["shift"][0] == "realised"


def test_a_threat_someone_makes_is_no_warning_borne_out(seeded, tmp_path):
    judged = judge_against_essay(
        seeded, tmp_path / "later.txt",
        "Pressure\n\nMay 2019\n\n"
        "The president has kept tightening sanctions on North Korea and threatening military action "
        "unless Pyongyang gives up its nuclear missiles.\n",
        "Pressure", author="Ivo Tanabe")
    assert ("north-korea", "strengthened") not in labels_on(judged, "threatening military")


def test_a_threat_felt_is_the_warned_threat_itself_not_a_harm_come_about(seeded, tmp_path):
    # the essay warns that the programme "poses a serious threat" to its neighbours; a later text saying they are
    # threatened by it says the threat is there, as the essay did, and tells no harm that has happened since
    judged = judge_against_essay(
        seeded, tmp_path / "later.txt",
        "Neighbours\n\nMay 2019\n\n"
        "Seoul and Tokyo, for their part, are being threatened by the rocket and nuclear tests of North Korea.\n",
        "Neighbours", author="Ivo Tanabe")
    assert ("north-korea", "strengthened") not in labels_on(judged, "being threatened")


def test_another_writers_firmer_view_on_a_point_the_base_never_takes_up_is_no_move_from_it(seeded, tmp_path,
                                                                                            rules_only):
    # the essay says nothing of customs officers sharing manifests: another writer who finds that all the more
    # important has not firmed up the essay's view on trade. By the essay's writer, the same words tell his view firmed.
    others, own = labels_by_writer(seeded, tmp_path, "Customs Officers",
                                   "Now that the tariff truce has lapsed, it is all the more important that Japanese "
                                   "and American customs officers share cargo manifests on trade.",
                                   "all the more important")
    assert not others
    assert own == {("trade", "strengthened")}


def test_what_another_clause_tells_ended_is_no_view_given_up():
    # the efforts are not what is dead: the charter is, in a clause of its own
    found = extract("The port has stepped up its ferry building so far that people have "
                    "said that its ferry charter is all but dead.")
    assert found is None or "shift" not in found.cues
    assert extract("The long effort to trade ferry access for the islands has failed.").cues["shift"][0] == "abandoned"
