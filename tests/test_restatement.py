"""Restated or new: how the judge tells a later claim that says the base's view again from one the base never
took, and when it abstains.

Every sentence here was written for these tests; none comes from a real or held-out commentary.
"""

from __future__ import annotations

import pytest

from compare.echo import EchoIndex
from compare.judge import ACTOR_STEMS, _growth_word, continuity
from compare.positions import extract
from conftest import judge_against_essay, labels_on

BASE = ["Fisheries disputes around the atoll should be settled through a joint commission.",
        "A joint commission would give both coast guards a channel for incidents at sea.",
        "Tariffs on steel hurt the partnership."]


def test_echo_weighs_rare_shared_words_above_common_ones():
    index = EchoIndex.build(BASE, ignore=ACTOR_STEMS)
    restated = index.echo("A joint commission on the atoll fisheries is still the way to settle disputes.")
    unrelated = index.echo("Vaccine research deserves public money.")
    assert restated > 0.5 > unrelated == 0.0
    # "joint" is in two base sentences, "atoll" in one: sharing the rarer word says more
    assert index.echo("The atoll matters.") > index.echo("Joint work matters.")


def test_echo_of_an_empty_base_or_claim_is_zero():
    assert EchoIndex.build([], ignore=ACTOR_STEMS).echo("Anything at all.") == 0.0
    assert EchoIndex.build(BASE, ignore=ACTOR_STEMS).echo("It is.") == 0.0


@pytest.mark.parametrize("text, word", [
    ("The ministry should keep funding the commission.", "keep"),
    ("Deterrence remains the right answer.", "remains"),
    ("Tokyo should revive the dialogue with Seoul.", "revive"),
    ("The two ports must stand together and maintain the ferry tolls.", "maintain"),   # the modal governs both
    ("The two ports stood together and maintained the ferry tolls.", None),             # a report, no modal
    ("The ports could merge and keep the night ferry.", None),                          # a possibility only
    ("The fisheries accord was useful, and it should be built upon.", "built"),     # carried further: it exists
    ("The commission still lacks a budget, and it should get one.", None),          # a state that persists
    ("The ministry should fund the commission, keeping it small.", None),           # a participle
    ("Both sides should share data, so that the commission can continue.", None),   # a purpose clause
    ("Talks on the canal are off the table for as long as the strike continues.", None),   # how long
    ("Several of you asked me what I would keep from that plan.", None),               # a question about it
    ("The ferry matters, but I am less convinced than Ota that it should remain the hub.", None),   # doubted
    ("Tokyo should put more into the ferry, from the new piers to the revived night service.", None),  # describes
])
def test_continuity_is_a_governed_verb_of_carrying_on(text, word):
    assert continuity(text) == word


@pytest.fixture
def judged(seeded, tmp_path):
    """The seed essay against a commentary written for this test."""
    return judge_against_essay(
        seeded, tmp_path / "later.txt",
        "What Comes Next\n\nJune 2019\n\n"
        "Washington and Tokyo should plan together for a crisis in the Taiwan Strait.\n\n"
        "Japan should treat Beijing as a partner to be engaged rather than an adversary to be contained.\n\n"
        "That is as it should be.\n\n"
        "Pyongyang has launched missiles at a record pace this year, and the threat to Japan has grown.\n\n"
        "Nor should Canberra or Tokyo take Washington's attention in 2019 for granted.\n\n"
        "Tokyo should use the next summit at Mar-a-Lago to press its case in Geneva.\n",
        "What Comes Next")


def test_a_claim_naming_what_the_base_never_does_is_new(judged):
    rows = [r for r in judged if "Taiwan Strait" in (r["right_sentence"] or "")]
    assert rows and {r["change"] for r in rows} == {"new"}
    assert "Taiwan" in rows[0]["explanation"]


def test_a_claim_in_the_base_terms_without_a_counterpart_is_never_new(judged):
    # the essay already asks for engagement with China; said in other words, with no term of its own, the
    # claim may be a restatement: at most `unchanged`, never `new`
    assert all(change != "new" for _, change in labels_on(judged, "partner to be engaged"))


def test_a_bare_verdict_is_never_new(judged):
    assert not labels_on(judged, "as it should be")


def test_a_harm_the_base_warned_of_told_as_happened_is_strengthened(judged):
    # the essay calls the North's program "a serious threat"; the later text says the threat has grown
    rows = [r for r in judged if "record pace" in (r["right_sentence"] or "")]
    assert {(r["issue_id"], r["change"]) for r in rows} == {("north-korea", "strengthened")}
    # (either as the harm the base warned of, or as the concern of the segment beside it told as grown)
    assert "warned of" in rows[0]["explanation"] or "threat ... grown" in rows[0]["explanation"]


def test_dates_capitals_and_main_actors_are_no_subject_of_their_own(judged):
    # "Canberra" stands for Australia, which the essay names; "Washington" is the United States; a year places a
    # claim: none of them makes the claim new
    assert not any(change == "new" for _, change in labels_on(judged, "Canberra"))


def test_subject_terms_keep_names_and_keywords_only():
    from compare.judge import subject_terms

    base = frozenset({"name:australia", "alliance"})
    assert subject_terms(frozenset({"name:canberra", "2019", "name:july", "name:washington", "name:taiwan",
                                    "supply chain"}), base) == \
        frozenset({"name:taiwan", "supply chain"})
    assert subject_terms(frozenset({"name:canberra"}), frozenset()) == frozenset({"name:canberra"})
    # the main actors' acronyms, and a name the base writes as a keyword ("the DPRK" for its "North Korea")
    assert subject_terms(frozenset({"rok", "dprk", "name:north korea", "supply chain"}),
                         frozenset({"north korea"})) == frozenset({"supply chain"})


def test_a_loose_pairing_is_unchanged_only_when_the_base_already_says_much_of_the_claim():
    from compare.changes import PositionRow
    from compare.judge import LOOSE_ECHO, _label_loose

    base = extract("The two governments should deepen their cooperation on fisheries patrols.")
    later = extract("The two governments should deepen their cooperation on disaster relief.")
    left = PositionRow.from_stance(base, "base", issue_id="alliance")
    right = PositionRow.from_stance(later, "later", issue_id="alliance")
    assert _label_loose([(left, 0.4)], right, LOOSE_ECHO)[0] == "unchanged"
    assert _label_loose([(left, 0.4)], right, LOOSE_ECHO - 0.05) is None


def test_a_call_is_firmer_than_a_loose_counterpart_only_when_it_is_close_enough():
    from compare.changes import PositionRow
    from compare.judge import FIRMER_PAIRING, LOOSE_ECHO, _label_loose

    base = extract("The two governments should deepen their cooperation on fisheries patrols.")
    later = extract("The two governments must deepen their cooperation on fisheries patrols at once.")
    left = PositionRow.from_stance(base, "base", issue_id="alliance")
    right = PositionRow.from_stance(later, "later", issue_id="alliance")
    assert _label_loose([(left, FIRMER_PAIRING)], right, LOOSE_ECHO)[0] == "strengthened"
    assert _label_loose([(left, FIRMER_PAIRING - 0.04)], right, LOOSE_ECHO)[0] != "strengthened"


def test_a_participle_phrase_on_the_subject_is_not_the_claim():
    from compare.cues import claim_text

    claim = claim_text("The fisheries accord, so often written off in Canberra, has proved its worth once more.")
    assert "Canberra" not in claim and "proved" in claim


def test_an_actors_adjective_names_the_actor():
    from compare.judge import _as_actor_noun

    assert _as_actor_noun("american leadership") == _as_actor_noun("us leadership")


def test_plain_names_alone_make_no_claim_new(judged):
    # "Mar-a-Lago" and "Geneva" place the claim; no keyword or acronym names a subject the essay lacks
    assert not any(change == "new" for _, change in labels_on(judged, "Mar-a-Lago"))


def test_a_harm_told_as_happened_takes_up_a_warning_through_its_subject_not_a_judging_verb():
    from compare.changes import PositionRow
    from compare.judge import _warning_borne_out

    def row(text, kind, mood, cue, via="keyword"):
        return PositionRow(1, 1, "regional-order", kind, -1, 2.0, False, None,
                           {"mood": mood, "polarity": [cue], "issue": {"via": via}}, text)

    warning = row("The relative power of the fleet is declining, a serious threat to the region.", "prediction", None,
                  "declining")
    # "declined to sign up" is a refusal, not the decline the base warned of
    assert _warning_borne_out(row("India declined to sign up.", "evaluation", "realised", "declined"),
                              [(warning, 0.2)]) is None
    # the threat the base warned of, told as grown
    assert _warning_borne_out(row("The threat has grown.", "evaluation", "realised", "threat"),
                              [(warning, 0.2)]) == (warning, 0.2)
    # someone's alarm tells their reaction, not a harm done
    assert _warning_borne_out(row("The threat alarmed him.", "evaluation", "realised", "alarmed"),
                              [(warning, 0.2)]) is None
    # a word any policy sentence uses shares no subject: the mayor's "absurd approach" is not the fleet's
    approach = row("The fleet's bold approach to the shoals raises concerns about the region.", "prediction", None,
                   "concerns")
    assert _warning_borne_out(row("The mayor rejected this absurd approach outright.", "evaluation",
                                  "realised", "absurd"), [(approach, 0.12)]) is None
    assert _warning_borne_out(row("The mayor found the bold shoals plan absurd.", "evaluation", "realised",
                                  "absurd"), [(approach, 0.12)]) == (approach, 0.12)
    # a linking word both sentences open with names nothing they share
    lost = row("However, if the shoals are lost, that will be a serious threat to the fleet.", "prediction",
               "hypothetical", "threat")
    assert _warning_borne_out(row("However, the harbour vote failed.", "evaluation", "realised", "failed"),
                              [(lost, 0.15)]) is None
    # a harm placed on the issue by its paragraph or its meaning, not by its own words, takes up no warning
    assert _warning_borne_out(row("The threat has grown.", "evaluation", "realised", "threat", via="context"),
                              [(warning, 0.2)]) is None
    # a concern told as over is what someone feared, not a harm that has happened
    assert _warning_borne_out(row("That worry about the region's threat is behind us: the patrols have grown.",
                                  "evaluation", "realised", "worry"), [(warning, 0.2)]) is None
    # a participle after a determiner describes a thing the sentence speaks of; it tells no harm as having happened
    assert _warning_borne_out(row("The mayor has pinned his hopes on a ferry deal to free the stalled fleet.",
                                  "evaluation", "realised", "stalled"), [(warning, 0.2)]) is None
    assert _warning_borne_out(row("The fleet has stalled at sea.", "evaluation", "realised", "stalled"),
                              [(warning, 0.2)]) == (warning, 0.2)
    # a body's name shares no subject with a common word: the "Security Council" is no "security concern"
    concern = row("If the rival arms itself, that will be a serious security concern for the fleet.", "prediction",
                  "hypothetical", "concern")
    assert _warning_borne_out(row("The neighbour has tested weapons that violate Harbour Security Council rules.",
                                  "evaluation", "realised", "violate"), [(concern, 0.16)]) is None
    assert _warning_borne_out(row("The neighbour has tested weapons that violate the harbour's security rules.",
                                  "evaluation", "realised", "violate"), [(concern, 0.16)]) == (concern, 0.16)



def test_a_harm_told_only_in_quoted_words_takes_up_no_warning():
    from compare.changes import PositionRow
    from compare.judge import _warning_borne_out

    def row(text, kind, mood, cue):
        return PositionRow(1, 1, "regional-order", kind, -1, 2.0, False, None,
                           {"mood": mood, "polarity": [cue], "issue": {"via": "keyword"}}, text)

    warning = row("The relative power of the fleet is declining, a serious threat to the region.", "prediction", None,
                  "declining")
    # the harm is in the words the headlines used; the writer tells only that they appeared
    quoted = row('Such phrases as "the fleet is sinking" filled the relative calm of the week\'s headlines.',
                 "evaluation", "realised", "sinking")
    assert _warning_borne_out(quoted, [(warning, 0.2)]) is None
    # told in the writer's own words, the same harm takes the warning up
    told = row("The fleet is sinking, and the relative calm of the week is over.", "evaluation", "realised", "sinking")
    assert _warning_borne_out(told, [(warning, 0.2)]) == (warning, 0.2)


def test_only_the_bases_writer_tells_a_harm_with_no_counterpart_as_the_bases_warning_borne_out(seeded, tmp_path):
    # the essay warns that a US retreat from leadership would be detrimental to the region
    text = ("Winter\n\nMay 2021\n\nWhat this winter has shown is not that American leadership is unnecessary but how "
            "much it costs us when Washington stays away.\n")
    own = judge_against_essay(seeded, tmp_path / "own.txt", text, "Winter")
    assert ("us-leadership", "strengthened") in labels_on(own, "stays away")
    other = judge_against_essay(seeded, tmp_path / "other.txt",
                                text.replace("Winter", "Winter Two", 1).replace("stays away", "stays home"),
                                "Winter Two", author="Someone Else")
    assert ("us-leadership", "strengthened") not in labels_on(other, "stays home")

def test_another_writers_easing_weakens_only_a_base_concern():
    from compare.changes import PositionRow
    from compare.judge import _retrospective

    def row(text, kind, polarity, cues, sentence_id):
        return PositionRow(sentence_id, sentence_id, "alliance", kind, polarity, 2.0, False, None, cues, text)

    eased = row("The harbour pact has proved sturdier than many expected.", "evaluation", 1,
                {"shift": ["eased", "sturdier than many expected"], "polarity": ["sturdier"]}, 2)
    call = row("The two ports should keep the harbour pact at the centre of their plans.", "prescription", 1, {}, 100)
    concern = row("The harbour pact may not survive the new tolls.", "prediction", -1, {}, 101)
    # a call eases nothing: another writer's easing set against it says nothing of the base
    assert _retrospective("alliance", eased, [(call, 0.35)], [(call, 0.35)], another_writer=True) is None
    # a base concern it eases is weakened, though a call is closer
    change = _retrospective("alliance", eased, [(call, 0.35), (concern, 0.32)], [(call, 0.35), (concern, 0.32)],
                            another_writer=True)
    assert change.change == "weakened" and change.left is concern
    # the base's own writer easing the same view is read as before
    assert _retrospective("alliance", eased, [(call, 0.35)], [(call, 0.35)]).change == "weakened"


def test_a_call_on_a_subject_of_its_own_is_new_when_its_loose_counterpart_settles_nothing():
    from compare.changes import PositionRow
    from compare.echo import EchoIndex
    from compare.judge import ACTOR_STEMS, _judge_claim

    base = PositionRow(1, 1, "north-korea", "prescription", -1, 2.0, False, None, {"polarity": ["rush"]},
                       "Japan should not rush into talks on the nuclear program before the allies agree.")
    later = PositionRow(2, 2, "north-korea", "prescription", 1, 2.0, False, None, {},
                        "Tokyo should open its own line to Pyongyang on the abducted citizens and their grieving "
                        "families, apart from any talks on the nuclear program.")
    echoes = EchoIndex.build([base.text, "The ferry line serves the northern ports.",
                              "Fishing fleets from three countries share the strait."], ignore=ACTOR_STEMS)
    # the two share "talks" and "nuclear program", and differ in direction: no label from the pairing
    change = _judge_claim("north-korea", later, [(base, 0.35)], [(base, 0.35)], echoes, frozenset({"abduct citizen"}))
    assert change is not None and change.change == "new"


def test_going_ahead_without_a_party_the_base_counts_on_is_no_restatement():
    from compare.judge import _sets_aside

    base = "The United States and Japan should keep the ferry commission working."
    assert _sets_aside("Japan should keep the ferry commission working without the United States.", base)
    assert _sets_aside("Japan should keep the commission growing, whatever Washington decides.", base)
    assert _sets_aside("Japan should keep the commission working and leave the door open for the Americans to "
                       "come back.", base)
    assert _sets_aside("Japan should keep the commission working until Washington returns.", base)
    assert not _sets_aside("Japan should keep the commission working without delay.", base)
    assert not _sets_aside("The Americans should come to the commission's meetings.", base)
    assert not _sets_aside("Japan should keep the commission working without Beijing.", base)


def test_a_name_the_base_uses_or_a_single_letter_is_no_subject_of_its_own():
    from compare.judge import NAME, subject_terms

    base = frozenset({NAME + "putin", "vladimir putin"})
    assert subject_terms(frozenset({"putin", NAME + "g", NAME + "sakhalin"}), base) == {NAME + "sakhalin"}


def test_a_piece_of_the_issues_keyword_takes_up_no_warning_but_the_whole_keyword_does():
    from compare.changes import PositionRow
    from compare.judge import _warning_borne_out

    def row(text, kind, mood, judging, cue):
        return PositionRow(1, 1, "regional-order", kind, -1, 2.0, False, None,
                           {"mood": mood, "polarity": [judging], "issue": {"via": "keyword", "cue": cue}}, text)

    warning = row("The fleet's patrols near the shoals may upset the regional balance.", "prediction", None,
                  "upset", "regional balance")
    # only "regional" is shared: a harm to regional trade talks is not the upset balance the base warned of
    assert _warning_borne_out(row("The minister has stalled regional trade talks for years.", "evaluation",
                                  "realised", "stalled", "regional trade"), [(warning, 0.2)]) is None
    # the whole keyword, and so the subject, is taken up
    assert _warning_borne_out(row("The patrols have upset the regional balance.", "evaluation", "realised",
                                  "upset", "regional balance"), [(warning, 0.2)]) == (warning, 0.2)


def test_words_of_a_remark_told_in_the_story_take_up_no_warning():
    from compare.changes import PositionRow
    from compare.judge import _warning_borne_out

    def row(text, kind, mood, judging):
        return PositionRow(1, 1, "regional-order", kind, -1, 2.0, False, None,
                           {"mood": mood, "polarity": [judging], "issue": {"via": "keyword", "cue": "fleet"}}, text)

    warning = row("The fleet poses a serious threat to the region.", "prediction", None, "threat")
    # the "threats" are in the mayor's remark; the harm told is the mayor's, to the talks
    assert _warning_borne_out(row("The mayor has soured the harbour talks with his remarks that the fleet's threats "
                                  "will be met with force.", "evaluation", "realised", "soured"),
                              [(warning, 0.3)]) is None
    assert _warning_borne_out(row("The fleet's threat has grown.", "evaluation", "realised", "grown"),
                              [(warning, 0.3)]) == (warning, 0.3)


@pytest.mark.parametrize("text, words", [
    ("Japan should keep its defense budget modest and resist the lure of big new weapons programs.",
     "defense budget modest"),
    # limits kept on what the base warns against, not lifted
    ("Our long-standing limits on defense spending and on strike weapons should be kept in place.",
     "limits on defense spending"),
    # held back in a passive: what is called for is the restraint, not the spending
    ("With the budget this tight, defense spending must be controlled and spent on what matters most.",
     "defense spending must be controlled"),
])
def test_a_call_to_hold_a_subject_down_is_not_a_call_for_what_the_base_warns_against(seeded, tmp_path, text, words):
    # the base warns against a fast rise in defense spending; keeping the budget modest agrees with it
    judged = judge_against_essay(seeded, tmp_path / "later.txt", f"Spending\n\nMay 2021\n\n{text}\n", "Spending")
    assert ("japan-defense", "reversed") not in labels_on(judged, words)


def test_a_verdict_against_a_limit_is_no_warning_against_what_it_limits(seeded, tmp_path):
    # the base warns against a fast rise of the budget above its cap; a cap "never sacred" is not that warning
    judged = judge_against_essay(seeded, tmp_path / "later.txt",
                                 "Caps\n\nMay 2023\n\nThe 1 percent line on defense spending served us well, but it "
                                 "was never sacred, and the region today is far more dangerous.\n", "Caps")
    assert ("japan-defense", "unchanged") not in labels_on(judged, "never sacred")


def test_a_call_conceded_on_terms_against_a_base_warning_is_weakened_not_reversed(seeded, tmp_path):
    # the base warns against offensive strike capabilities
    judged = judge_against_essay(seeded, tmp_path / "later.txt",
                                 "Terms\n\nMay 2023\n\nI accept that Japan needs some capacity to strike missile "
                                 "bases, but it must be tied tightly to the alliance.\n\n"
                                 "Japan needs the capacity to strike missile bases on enemy territory.\n", "Terms")
    assert labels_on(judged, "I accept that") == {("japan-defense", "weakened")}
    assert labels_on(judged, "Japan needs the capacity") == {("japan-defense", "reversed")}


def test_approving_a_subject_shut_down_is_not_approving_it(seeded, tmp_path):
    # the base warns against a nuclear deterrent outside the US umbrella; shutting down nuclear sharing agrees
    judged = judge_against_essay(seeded, tmp_path / "later.txt",
                                 "Sharing\n\nMay 2022\n\nNuclear sharing was floated last month, and the prime "
                                 "minister was right to shut it down.\n", "Sharing")
    assert ("japan-defense", "reversed") not in labels_on(judged, "shut it down")


def test_a_claim_carried_on_then_turned_is_not_simply_unchanged(seeded, tmp_path):
    judged = judge_against_essay(
        seeded, tmp_path / "later.txt",
        "Moscow\n\nMay 2023\n\n"
        "Japan should keep talking to Moscow about the islands, but it must stop easing its sanctions in the hope "
        "of a deal.\n\n"
        "Japan should keep talking to Moscow about the islands.\n",
        "Moscow")
    assert ("russia", "unchanged") not in labels_on(judged, "but it must stop")
    # the same call without the turn carries the position on
    assert labels_on(judged, "about the islands.") == {("russia", "unchanged")}


def test_what_no_longer_holds_is_never_unchanged(seeded, tmp_path):
    judged = judge_against_essay(
        seeded, tmp_path / "later.txt",
        "Moscow\n\nMay 2023\n\n"
        "Asia no longer needs Moscow at the table, and Japan should keep talking to Moscow about the islands.\n",
        "Moscow")
    assert ("russia", "unchanged") not in labels_on(judged, "no longer needs")


def test_a_warning_borne_out_may_tell_the_harm_as_done_to_what_it_warned_for(seeded, tmp_path):
    # the essay: "America's credibility in Asia will be undermined if..." (a judgement against, -1); the later
    # text tells the harm done to credibility (its direction toward the issue +1): one warning, come true
    judged = judge_against_essay(seeded, tmp_path / "later.txt",
                                 "Credibility\n\nMay 2020\n\nThe past three years show how quickly trust can go. "
                                 "This erratic administration has undermined American credibility in Asia, as "
                                 "friends begin to doubt the reliability of its word.\n", "Credibility",
                                 author="Someone Else")
    rows = [r for r in judged if "erratic administration" in (r["right_sentence"] or "")]
    assert [(r["issue_id"], r["change"]) for r in rows] == [("us-leadership", "strengthened")]
    assert "a warning told as having happened" in rows[0]["explanation"]


def test_a_call_is_firmer_than_a_call_or_a_hope_not_than_a_judgement():
    from compare.changes import PositionRow
    from compare.judge import LOOSE_ECHO, _label_loose, _label_pair

    judged = PositionRow.from_stance(extract("The ferry talks are a rare chance for the port towns."), "base",
                                     issue_id="port")
    hoped = PositionRow.from_stance(extract("We may be able to reopen the ferry talks with the port towns."), "base",
                                    issue_id="port")
    call = PositionRow.from_stance(extract("The council must urgently reopen the ferry talks with the port towns."),
                                   "later", issue_id="port")
    assert call.kind == "prescription" and judged.kind == "evaluation" and hoped.kind == "prediction"
    assert call.polarity == judged.polarity == hoped.polarity == 1
    assert _label_pair(hoped, call, 0.6)[0] == "strengthened"
    assert (_label_pair(judged, call, 0.6) or ("",))[0] != "strengthened"
    assert _label_loose([(hoped, 0.4)], call, LOOSE_ECHO)[0] == "strengthened"
    assert (_label_loose([(judged, 0.4)], call, LOOSE_ECHO) or ("",))[0] != "strengthened"


def test_another_writers_must_is_no_firmer_view_than_the_bases_loosely_related_call():
    from compare.changes import PositionRow
    from compare.judge import LOOSE_ECHO, _label_loose

    hoped = PositionRow.from_stance(extract("We may be able to reopen the ferry talks with the port towns."), "base",
                                    issue_id="port")
    call = PositionRow.from_stance(extract("The council must urgently reopen the ferry talks with the port towns."),
                                   "later", issue_id="port")
    assert _label_loose([(hoped, 0.4)], call, LOOSE_ECHO)[0] == "strengthened"      # the base's own writer
    assert (_label_loose([(hoped, 0.4)], call, LOOSE_ECHO, another_writer=True) or ("",))[0] != "strengthened"


def test_a_forecast_without_a_direction_restates_no_claim():
    from compare.changes import PositionRow
    from compare.judge import _label_pair

    call = PositionRow.from_stance(extract("The harbour board will need advice on the ferry tolls."), "base",
                                   issue_id="port")
    forecast = PositionRow.from_stance(extract("Once again, the harbour board will face the ferry tolls."), "later",
                                       issue_id="port")
    assert call.kind == "prescription" and (forecast.kind, forecast.polarity) == ("prediction", 0)
    assert _label_pair(call, forecast, 0.55) is None


def test_another_writers_verdict_in_the_same_direction_is_no_view_kept():
    from compare.changes import PositionRow
    from compare.judge import LOOSE_ECHO, _label_loose

    base = PositionRow.from_stance(extract("The ferry pact is a valuable anchor for the port towns."), "base",
                                   issue_id="port")
    later = PositionRow.from_stance(extract("The stability of the port towns is valuable for the harbour."), "later",
                                    issue_id="port")
    assert later.kind == "evaluation" and later.polarity == base.polarity == 1
    assert _label_loose([(base, 0.4)], later, LOOSE_ECHO)[0] == "unchanged"          # the author restating
    assert _label_loose([(base, 0.4)], later, LOOSE_ECHO, another_writer=True) is None


def test_another_writers_term_built_on_a_base_word_makes_no_claim_new(seeded, tmp_path):
    # the essay writes of North Korea as a "nuclear" state and of "credible nuclear negotiations"
    text = ("Sanctions\n\nMay 2019\n\nAbove all, Pyongyang should agree to full denuclearization before any sanctions "
            "are lifted.\n")
    other = judge_against_essay(seeded, tmp_path / "other.txt", text, "Sanctions", author="Someone Else")
    assert ("north-korea", "new") not in labels_on(other, "full denuclearization")
    # the essay's own writer coining the term for a turn of the view is new, as the gold reads it
    own = judge_against_essay(seeded, tmp_path / "own.txt",
                              text.replace("Sanctions", "Sanctions Two", 1).replace("full", "complete"), "Sanctions Two")
    assert ("north-korea", "new") in labels_on(own, "complete denuclearization")


def test_a_compound_is_built_on_a_base_word_only_where_written_with_its_hyphen():
    from compare.judge import _built_on_a_base_word

    base = frozenset({"trans-pacific", "pacific", "nuclear", "risk", "economic", "security"})
    assert _built_on_a_base_word("indo pacific", base, "a strategy for the Indo-Pacific")
    assert _built_on_a_base_word("denuclearization", base, "full denuclearization")
    # a compound written as two words, a phrase of common words, and a prefixed gerund name subjects of their own
    assert not _built_on_a_base_word("indo pacific", base, "a strategy for the Indo Pacific")
    assert not _built_on_a_base_word("economic security", base, "economic security")
    assert not _built_on_a_base_word("de risking", base, "de-risking from China")
    # the essay's own writer: no base words are given, and nothing is built on them
    assert not _built_on_a_base_word("denuclearization", frozenset(), "full denuclearization")


def test_the_bases_writer_telling_a_call_of_the_base_as_under_way_keeps_his_view(seeded, tmp_path):
    # the essay calls for the RCEP negotiations among the ASEAN+6 countries to proceed
    text = ("Progress\n\nMay 2019\n\nTalks on the Regional Comprehensive Economic Partnership among the ASEAN+6 "
            "countries have advanced steadily.\n\nTalks on the Regional Comprehensive Economic Partnership among the "
            "ASEAN+6 countries have not advanced.\n")
    own = judge_against_essay(seeded, tmp_path / "own.txt", text, "Progress")
    assert ("trade", "unchanged") in labels_on(own, "advanced steadily")
    assert labels_on(own, "have not advanced") == set()      # a growth denied carries nothing on
    other = judge_against_essay(seeded, tmp_path / "other.txt", text.replace("Progress", "Progress Two", 1)
                                .replace("steadily", "quickly"), "Progress Two", author="Someone Else")
    assert labels_on(other, "advanced quickly") == set()    # another writer telling events keeps no view of the base's


@pytest.mark.parametrize("text, word", [
    ("Tokyo has deepened its ties with the coastal states.", "deepened"),
    ("The two navies have also steadily broadened their joint drills.", "broadened"),
    ("The alliance has been strengthening since the treaty was revised.", "strengthening"),
    ("The ports are expanding their trade with the islands.", "expanding"),
    ("The ports have not expanded their trade.", ""),
    ("The ports should be expanding their trade.", ""),
    ("Have the ports expanded their trade?", ""),
    ("Frictions over the quotas have intensified.", ""),
    ("Tensions have deepened since the summit.", ""),
    ("The ports expanded their trade in 2010.", ""),
])
def test_a_growth_under_way_is_told_in_the_present_perfect_or_progressive_of_a_main_clause(text, word):
    assert (_growth_word(text) or "") == word


def test_another_writers_own_view_kept_is_unchanged_only_against_the_same_claim():
    from compare.changes import PositionRow
    from compare.judge import _retrospective

    def row(text, kind, polarity, cues, sentence_id):
        return PositionRow(sentence_id, sentence_id, "regional-order", kind, polarity, 2.0, False, None, cues, text)

    kept = row("As I argue in my new book on the harbour, the port authority keeps testing its rivals.", "evaluation",
               -1, {"shift": ["continued", "As I argue"]}, 2)
    loose = row("The port authority's recent moves raise questions about its aims.", "evaluation", -1, {}, 100)
    # the writer keeps the book's view, which a base claim merely related to it need not hold
    assert _retrospective("regional-order", kept, [(loose, 0.41)], [(loose, 0.41)], another_writer=True) is None
    # against a base claim close enough to be the same claim, the view is the base's kept
    assert _retrospective("regional-order", kept, [(loose, 0.55)], [(loose, 0.55)],
                          another_writer=True).change == "unchanged"
    # the base's own writer keeping a view is read as before
    assert _retrospective("regional-order", kept, [(loose, 0.41)], [(loose, 0.41)]).change == "unchanged"
