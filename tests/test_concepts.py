"""Concepts: groups of an issue's keywords that name one subject in different words, so that a later claim in
other words than the base's is compared with it rather than called new; and reported views with no "that".

Every sentence here was written for these tests; none comes from a real or held-out commentary.
"""

from __future__ import annotations

import json
from dataclasses import replace

import pytest

from compare.changes import _term_finder, without_forsaken
from compare.positions import extract
from compare.tagging import IssueMatcher, SentenceRow, tag_sentences
from compare.taxonomy import export_toml, parse_taxonomy
from conftest import ROOT, judge_against_essay, labels_on, sql
from corpus.errors import InputError

SEED = parse_taxonomy((ROOT / "seeds" / "issues.toml").read_text(encoding="utf-8"), source="issues.toml")

SMALL = """
[fisheries]
label = "Fisheries"
keywords = ["fishing quotas"]
concepts = [["joint commission", "shared authority", "common board"]]
"""


def test_a_concepts_words_are_keywords_and_survive_export():
    (issue,) = parse_taxonomy(SMALL, source="small.toml")
    assert issue.concepts == (("joint commission", "shared authority", "common board"),)
    assert {"fishing quotas", "joint commission", "shared authority", "common board"} <= set(issue.keywords)
    assert parse_taxonomy(export_toml([issue]), source="exported.toml") == [issue]


@pytest.mark.parametrize("concepts", ['["joint commission"]', '[["joint commission"]]', '[[1, 2]]'])
def test_a_malformed_concept_is_a_clear_error(concepts):
    text = SMALL.replace('[["joint commission", "shared authority", "common board"]]', concepts)
    with pytest.raises(InputError, match="concepts"):
        parse_taxonomy(text, source="small.toml")


def test_a_concept_stands_for_its_first_keyword_whatever_the_spelling():
    terms = _term_finder(tuple(parse_taxonomy(SMALL, source="small.toml")))
    assert "joint commiss" in " ".join(terms("A common board would settle it.", "fisheries"))
    assert terms("A shared authority is best.", "fisheries") == terms("The joint commission is best.", "fisheries")
    seed_terms = _term_finder(tuple(SEED))
    # an acronym written in capitals is matched both as a keyword and as an acronym: both take the concept
    assert seed_terms("The CPTPP should admit new members.", "trade") == seed_terms("The TPP should admit them.",
                                                                                    "trade")


def test_the_seed_taxonomy_is_stored_with_its_concepts(seeded):
    stored = {row["id"]: json.loads(row["concepts"]) for row in sql(seeded, "select id, concepts from issues")}
    assert stored == {i.id: [list(group) for group in i.concepts] for i in SEED}
    assert any("long-range strike" in group for group in stored["japan-defense"])


ANCHORED = """
[harbour-board]
label = "The harbour board's lead"
keywords = ["harbour board"]
anchored = ["coastal order", "shared pilotage"]
anchors = ["Westport", "the board"]
"""


def test_an_anchored_keyword_names_its_issue_only_near_an_anchor_or_beside_another_keyword():
    (issue,) = parse_taxonomy(ANCHORED, source="anchored.toml")
    assert issue.anchored == ("coastal order", "shared pilotage") and issue.anchors == ("Westport", "the board")
    assert {"coastal order", "shared pilotage"} <= set(issue.keywords)
    assert parse_taxonomy(export_toml([issue]), source="exported.toml") == [issue]
    matcher = IssueMatcher([issue])
    assert matcher.find("The town should build a stable coastal order.") == {}
    assert matcher.find("Westport should build a stable coastal order.") == {"harbour-board": "coastal order"}
    assert matcher.find("The harbour board should keep the coastal order.") == {"harbour-board": "harbour board"}
    # with words inside it, by its first and last word
    assert matcher.find("The town should build a stable coastal shipping order.") == {}
    assert matcher.find("Westport should build a stable coastal shipping order.") == {
        "harbour-board": "coastal shipping order"}
    # the terms a text uses (every_keyword) are found whatever anchors them
    assert [m.cue for m in matcher.mentions("A fair coastal order.", every_keyword=True)] == ["coastal order"]


def test_an_anchor_in_the_paragraph_or_its_heading_anchors_a_keyword():
    (issue,) = parse_taxonomy(ANCHORED, source="anchored.toml")
    matcher = IssueMatcher([issue])

    def tagged(texts, paragraphs, heading=None):
        rows = [SentenceRow(k, 1, paragraph, text) for k, (text, paragraph) in enumerate(zip(texts, paragraphs))]
        return {tag.sentence_id for tag in tag_sentences(matcher, rows, {1: heading}) if tag.via == "keyword"}

    texts = ["Westport has been distracted all winter.", "A stable coastal order needs a patient pilot."]
    assert tagged(texts, [1, 1]) == {1}
    assert tagged(texts, [1, 2]) == set()
    assert tagged(texts[1:], [2], heading="What Westport owes the coast") == {0}


def test_an_actor_named_in_a_list_beside_another_is_a_party_to_another_issues_matter():
    matcher = IssueMatcher(SEED)
    # Russia named beside China as a party to the matter of North Korea: not Russia's issue
    assert matcher.find("Westport and Russia have opposed new sanctions on North Korea at the council.") == {
        "north-korea": "North Korea"}
    # alone, as the subject, or in a pair with Japan's own side, it is
    assert "russia" in matcher.find("Moscow supplies North Korea with oil.")
    assert "russia" in matcher.find("Russia and China are deepening their partnership.")
    assert "russia" in matcher.find("Tokyo and Moscow need a hotline between their coast guards before the next "
                                    "crisis over North Korea.")
    for text in ("Moscow and Tokyo need a hotline before the next crisis over North Korea.",
                 "But Tokyo and Moscow need a hotline before the next crisis over North Korea.",
                 "In Tokyo and Moscow, officials fear the next crisis over North Korea.",
                 "Tokyo and Moscow, the minister said, need a hotline over North Korea.",
                 "Moscow and Tokyo, Washington hopes, will cooperate on North Korea.",
                 "Japan's and Russia's positions on North Korea differ."):
        assert "russia" in matcher.find(text), text
    # but Japan named in a longer list is one more party, not the pair's other half
    for text in ("There is no good way out unless Westport, Japan, South Korea, Russia and the council members agree "
                 "on North Korea.", "Japan, Westport and Russia must cooperate on North Korea.",
                 "Westport and Russia, and Japan too, want calm on North Korea.",
                 "Japan and Russia, Westport and Seoul differ on North Korea.",
                 "Russia, Japan, and Westport must cooperate on North Korea.",
                 "Moscow and Tokyo, and Westport too, want calm on North Korea."):
        assert matcher.find(text) == {"north-korea": "North Korea"}, text


def test_an_issue_named_only_in_the_opening_scene_is_the_occasion_not_the_subject():
    matcher = IssueMatcher(SEED)
    # Russia's war as the occasion, the defense reforms as the subject
    assert set(matcher.find("Taking advantage of Russia's invasion of Ukraine, the harbour council is pressing to "
                            "revise the constitution and raise the defense budget.")) == {"japan-defense"}
    assert set(matcher.find("Amid North Korea's missile launches, the port is pushing ahead with tariffs on "
                            "steel.")) == {"trade"}
    assert set(matcher.find("In the face of North Korea's missile launches, the port is pushing ahead with "
                            "tariffs on steel.")) == {"trade"}
    assert set(matcher.find("In view of North Korea's missile launches, the port is pushing ahead with tariffs on "
                            "steel.")) == {"trade"}
    # named after the comma too, or with no other issue named, it stays
    assert "russia" in matcher.find("Amid Russia's invasion of Ukraine, sanctions on Russia and the defense budget "
                                    "were debated.")
    assert "russia" in matcher.find("Amid Russia's invasion of Ukraine, the harbour council met twice.")


def test_malformed_anchored_keywords_are_a_clear_error():
    with pytest.raises(InputError, match="anchored"):
        parse_taxonomy(ANCHORED.replace('["coastal order", "shared pilotage"]', '"coastal order"'), source="a.toml")


def test_the_seed_taxonomy_is_stored_with_its_anchored_keywords(seeded):
    stored = {row["id"]: (json.loads(row["anchored"]), json.loads(row["anchors"]))
              for row in sql(seeded, "select id, anchored, anchors from issues")}
    assert stored == {i.id: (list(i.anchored), list(i.anchors)) for i in SEED}
    assert "international order" in stored["us-leadership"][0] and "Washington" in stored["us-leadership"][1]
    matcher = IssueMatcher(SEED)
    assert "us-leadership" not in matcher.find("Japan should take the lead in building a stable international order.")
    assert "us-leadership" in matcher.find("Washington should lead in building a stable international order.")
    assert "russia" not in matcher.find("Japan's own island dispute with China has no quick answer.")
    assert "russia" in matcher.find("Moscow will not discuss the island dispute this year.")


PARTNERED = """
[ferry-port]
label = "Relations with the ferry port"
keywords = ["Westport", "ferry port"]
anchors = ["Westport"]
partners = ["Eastport", "the town"]

[tolls]
label = "Tolls"
keywords = ["tolls"]
"""


def test_an_actor_beside_one_of_its_partners_names_its_issue():
    port, tolls = parse_taxonomy(PARTNERED, source="partnered.toml")
    assert port.partners == ("Eastport", "the town") and tolls.partners == ()
    assert parse_taxonomy(export_toml([port, tolls]), source="exported.toml") == [port, tolls]
    matcher = IssueMatcher([port, tolls])
    # listed beside another name, where another issue is named: a party to the tolls' matter
    assert set(matcher.find("Northport and Westport opposed the new tolls.")) == {"tolls"}
    # beside a partner, the pair is the subject
    assert set(matcher.find("Eastport and Westport opposed the new tolls.")) == {"ferry-port", "tolls"}
    # with no partners, every list makes the actor a party
    plain = IssueMatcher([replace(port, partners=()), tolls])
    assert set(plain.find("Eastport and Westport opposed the new tolls.")) == {"tolls"}


def test_the_seed_taxonomy_stores_its_partners(seeded):
    stored = {row["id"]: json.loads(row["partners"]) for row in sql(seeded, "select id, partners from issues")}
    assert stored == {i.id: list(i.partners) for i in SEED}
    assert stored["russia"] == ["Japan", "Japanese", "Tokyo"]


def test_the_issue_page_shows_which_keywords_name_one_subject(seeded, tmp_path):
    assert seeded("report", "-o", tmp_path / "site").exit_code == 0
    page = (tmp_path / "site" / "issues" / "trade.html").read_text(encoding="utf-8")
    assert "same subject" in page and "TPP = Trans-Pacific Partnership = CPTPP" in page


@pytest.fixture
def judged(seeded, tmp_path):
    """The seed essay (which warns that acquiring offensive power projection capabilities would undermine
    regional stability, and names the TPP) against a commentary written for this test."""
    return judge_against_essay(
        seeded, tmp_path / "later.txt",
        "Strike and Trade\n\nMay 2023\n\n"
        "Japan should acquire long-range strike missiles within five years.\n\n"
        "Long-range strike capabilities are a separate debate, and I would urge the cabinet to move slowly.\n\n"
        "The eleven CPTPP members should admit new applicants only on strict terms.\n\n"
        "Tokyo will need missiles that can reach launch sites across the sea.\n\n"
        "We should stop waiting for an arrangement that ties Washington back into the Trans-Pacific Partnership.\n\n"
        "Tokyo should not let the Trans-Pacific Partnership distract it from the summit.\n\n"
        "Tokyo should stop treating the summit as a prize and aim first for a seat in the Trans-Pacific "
        "Partnership.\n",
        "Strike and Trade")


def test_calling_for_what_the_base_warns_against_in_other_words_is_reversed(judged):
    rows = [r for r in judged if "acquire long-range strike" in (r["right_sentence"] or "")]
    assert {(r["issue_id"], r["change"]) for r in rows} == {("japan-defense", "reversed")}
    assert "warns against" in rows[0]["explanation"]


def test_approving_what_the_base_warns_against_in_other_words_is_reversed(seeded, tmp_path):
    judged = judge_against_essay(
        seeded, tmp_path / "later.txt",
        "Missiles\n\nMay 2024\n\nJapan's new counterstrike missiles are a contribution to stability.\n",
        "Missiles")
    rows = [r for r in judged if "counterstrike" in (r["right_sentence"] or "")]
    assert {(r["issue_id"], r["change"]) for r in rows} == {("japan-defense", "reversed")}
    assert "approves what the base warns against" in rows[0]["explanation"]


def test_an_option_named_or_a_call_to_weigh_is_no_reversal_of_a_base_warning(seeded, tmp_path):
    # the essay warns that acquiring offensive power projection capabilities would undermine regional stability
    judged = judge_against_essay(
        seeded, tmp_path / "later.txt",
        "Options\n\nMay 2024\n\n"
        "Long-range strike missiles have emerged as an option for Japan.\n\n"
        "Acquiring long-range strike missiles should be considered carefully, with an eye to the neighbours.\n\n"
        "Japan must acquire long-range strike missiles within five years.\n\n"
        "I would go further and help Japan field long-range strike missiles of its own.\n\n"
        "The cabinet should now rethink its plan to acquire long-range strike missiles.\n\n"
        "Tokyo must re-examine the case for long-range strike missiles before the budget.\n",
        "Options")
    assert ("japan-defense", "reversed") not in labels_on(judged, "emerged as an option")
    assert ("japan-defense", "reversed") not in labels_on(judged, "considered carefully")
    # a call to weigh anew asks for the plan to be reconsidered, not pursued
    assert ("japan-defense", "reversed") not in labels_on(judged, "rethink its plan")
    assert ("japan-defense", "reversed") not in labels_on(judged, "re-examine the case")
    # a firm call for what the base warns against still reverses it, as does an advisory in the writer's own voice
    assert ("japan-defense", "reversed") in labels_on(judged, "must acquire")
    assert ("japan-defense", "reversed") in labels_on(judged, "I would go further")


def test_a_concept_named_outside_the_clause_that_prescribes_is_no_reversal(judged):
    assert ("japan-defense", "reversed") not in labels_on(judged, "separate debate")
    assert ("japan-defense", "new") not in labels_on(judged, "separate debate")


def test_a_claim_on_a_concept_the_base_names_in_other_words_is_not_new(judged):
    assert ("trade", "new") not in labels_on(judged, "CPTPP members")


def test_rearmament_is_the_build_up_the_base_names_and_not_new(seeded, tmp_path):
    judged = judge_against_essay(seeded, tmp_path / "later.txt",
                                 "Build-up\n\nMay 2023\n\nTokyo should press ahead with rearmament at a pace its "
                                 "neighbours can follow.\n", "Build-up")
    assert ("japan-defense", "new") not in labels_on(judged, "rearmament")


@pytest.mark.parametrize("text, attribution", [
    ("A former defence minister suggested Tokyo should host the weapons under a sharing arrangement.", "reported"),
    ("Some in the cabinet have floated the idea that the ministry should build its own reactor.", "reported"),
    ("Officials argue Tokyo must pay more for the bases.", "reported"),
    ("I suggested Tokyo should pay more for the bases.", "author"),
    ("Some in Tokyo concluded from the visit that the bases must stay open.", "reported"),
    ("The early fear in Tokyo that the bases would close has receded.", "author"),
    ("Some commentators have begun to argue that Tokyo must pay more for the bases.", "reported"),
    ("Critics in the region, and some in Japan, still argue that Tokyo must pay more for the bases.", "reported"),
    ("In late 2016, when the new cabinet took office, strategists such as Ms. Ota argued that Tokyo must pay "
     "more for the bases.", "reported"),     # an opening phrase and a time clause before the reporting clause
    ("Some colleagues in Manila still believe the bases are a burden Tokyo must carry.", "reported"),
    ("I hear voices in Tokyo saying that the bases are a burden Tokyo must carry.", "reported"),
    ("I have read plenty of commentary arguing that Tokyo must pay more for the bases.", "reported"),
    ("Some of my colleagues will tell you that Tokyo must pay more for the bases.", "reported"),
    ("I will tell you that Tokyo must pay more for the bases.", "author"),
    ("The fees announced in October are a burden Tokyo must carry.", "author"),
    # a participle with a time, then the verb whose that-clause follows
    ("The ferry deal concluded in March shows that the ports must work without the company.", "author"),
    ("Our experience in the ferry talks suggests that Tokyo must pay more for the bases.", "author"),
    ("Small states that depend on the ferry cannot join the boycott, and I think Tokyo should stop asking.",
     "author"),
    ("The report states that Tokyo must pay more for the bases.", "reported"),
    ("Japan should say clearly that it will not pay more.", "author"),
    # the addressee's view, recalled to them
    ("You wrote in 2019 that the ports should share the dredging costs.", "reported"),
    ("You once warned that Tokyo must never pay more for the bases.", "reported"),
])
def test_a_reported_view_needs_no_that(text, attribution):
    assert extract(text).attribution == attribution


def test_allies_are_actors_not_the_alliance():
    matcher = IssueMatcher(SEED)
    assert "alliance" not in matcher.find("The allies should stop treating denuclearization as within reach.")
    assert "alliance" in matcher.find("The alliance should stop treating the bases as a bargaining chip.")


def test_a_nuclear_option_named_in_other_words_is_the_essays_subject(seeded, tmp_path):
    # the essay warns that a nuclear deterrent capability outside the US umbrella would undermine stability
    judged = judge_against_essay(
        seeded, tmp_path / "later.txt",
        "Umbrellas\n\nMay 2024\n\nJapan should quietly study what a deterrent of its own would require.\n",
        "Umbrellas")
    assert labels_on(judged, "deterrent of its own") == {("japan-defense", "reversed")}


def test_warning_against_what_the_base_warns_against_in_other_words_is_unchanged(seeded, tmp_path):
    judged = judge_against_essay(
        seeded, tmp_path / "later.txt",
        "Restraint\n\nMay 2024\n\n"
        "Strike missiles would damage trust with our neighbours.\n\n"
        "Without strike missiles, our deterrence would fail.\n",
        "Restraint")
    assert labels_on(judged, "damage trust") == {("japan-defense", "unchanged")}
    # named in a "without" phrase, the missiles are what the sentence calls for, not what it warns against
    assert ("japan-defense", "unchanged") not in labels_on(judged, "Without strike missiles")


def test_a_warning_recalled_in_the_simple_past_is_a_former_view():
    # (the writer's own name: a write-up of an interview recalls what its subject once said)
    names = frozenset({"Kato"})
    recalled = extract("Mr. Kato once warned that a larger defence budget would alarm the neighbours.",
                       author_names=names)
    assert recalled is not None and recalled.attribution == "reported"
    assert extract("Mr. Kato warns that a larger defence budget would alarm the neighbours.",
                   author_names=names).attribution == "author"


def test_the_north_is_north_korea_and_no_subject_of_its_own():
    from compare.changes import _concept_finder

    text = "Japan needs a channel of its own to the North."
    assert "north korea" in _term_finder(tuple(SEED))(text, "north-korea")    # not a term the essay never uses
    assert _concept_finder(tuple(SEED))(text, "north-korea") == frozenset()   # every claim on the issue names it


def test_the_issues_own_name_is_no_subject_the_base_takes_up(seeded, tmp_path):
    # the essay names Russia in its claims on the issue; "Russian LNG" names a subject it never takes up
    judged = judge_against_essay(
        seeded, tmp_path / "later.txt",
        "Energy and Moscow\n\nMay 2024\n\nJapan should phase out its purchases of Russian LNG within three years, "
        "and its utilities should be helped to find other suppliers.\n",
        "Energy and Moscow")
    assert labels_on(judged, "Russian LNG") == {("russia", "new")}


def judge_talking(seeded, path):
    # the essay: "The United States and Japan should also prioritize engagement with China"
    return judge_against_essay(
        seeded, path,
        "Talking\n\nMay 2024\n\nConfidence building among the five powers is overdue. Tokyo must keep talking "
        "to Beijing even now.\n\n"
        "That does not mean we should stop waiting for an arrangement that ties Washington back into the "
        "Trans-Pacific Partnership. None of this means Tokyo should stop waiting for an arrangement that ties "
        "Washington back into the Trans-Pacific Partnership.\n",
        "Talking")


def test_talking_to_beijing_is_the_essays_call_for_engagement_made_again(seeded, tmp_path, rules_only):
    judged = judge_talking(seeded, tmp_path / "later.txt")
    # carrying on talks presupposes them: never new; the call names what the essay calls for in other words (the
    # taxonomy's concept "engagement with China"), so the rules say the call is made again, whatever the meaning score
    assert labels_on(judged, "keep talking") == {("regional-order", "unchanged")}
    assert all("calls again for what the base calls for" in r["explanation"]
               for r in judged if "keep talking" in r["right_sentence"])


def test_talking_to_beijing_is_the_essays_engagement_with_china(seeded, tmp_path):
    judged = judge_talking(seeded, tmp_path / "later.txt")
    # (not the paragraph's confidence building: the sentence names what it is about)
    issues = {row["issue_id"] for row in sql(seeded, "select issue_id from position_detail where attribution = "
                                                      "'author' and sentence like '%keep talking%'")}
    assert issues == {"regional-order"}
    # never new; the essay's engagement called for again (the rules' label, which the learned judge keeps)
    assert labels_on(judged, "keep talking") == {("regional-order", "unchanged")}
    assert sql(seeded, "select judged_by from position_change_detail where right_sentence like '%keep talking%'") == [
        {"judged_by": "rules"}]
    assert {r["judged_by"] for r in sql(seeded, "select judged_by from position_changes")} <= {"rules", "learned"}
    # a call to stop, denied, calls nothing off
    assert ("trade", "reversed") not in labels_on(judged, "does not mean")
    assert ("trade", "reversed") not in labels_on(judged, "None of this means")


def test_search_and_rescue_is_the_essays_cooperation_on_disasters(seeded, tmp_path):
    # the essay's confidence building starts with natural disasters: a call for search and rescue takes it up
    judged = judge_against_essay(
        seeded, tmp_path / "later.txt",
        "Easy things\n\nMay 2024\n\nStart with the easy things: search and rescue at sea and agreed procedures "
        "for close encounters.\n",
        "Easy things")
    assert ("confidence-building", "new") not in labels_on(judged, "search and rescue")


def test_what_a_call_rejects_is_not_what_it_calls_for(seeded, tmp_path):
    judged = judge_against_essay(
        seeded, tmp_path / "later.txt",
        "Umbrellas\n\nMay 2024\n\n"
        "Japan should make the alliance more indispensable to Washington, not go looking for a deterrent of its "
        "own.\n",
        "Umbrellas")
    assert ("japan-defense", "reversed") not in labels_on(judged, "indispensable")


def test_a_revisionist_power_is_the_essays_revisionism(seeded, tmp_path):
    # the essay: "Thus we should be careful before accusing China of full-fledged revisionism."
    judged = judge_against_essay(
        seeded, tmp_path / "later.txt",
        "Labels\n\nMay 2024\n\nBeijing should not be branded a revisionist power at every turn.\n",
        "Labels")
    assert ("regional-order", "new") not in labels_on(judged, "revisionist power")


@pytest.mark.parametrize("text, issue", [
    ("Tokyo should reach two per cent of GDP within five years.", "japan-defense"),     # "per cent" is "percent"
    ("Tokyo should reach two percent of GDP within five years.", "japan-defense"),
    ("Japan must stand with the G7 on sanctions for as long as it takes.", "russia"),
    ("Japan should lead the remaining eleven members in bringing the pact into force.", "trade"),
    ("Each of these steps erodes the trust other governments place in American promises.", "us-leadership"),
    ("Ten years ago I worried that the United States might step back from leadership.", "us-leadership"),
    ("The idea that Japan could settle the islands question through aid is dead.", "russia"),
    ("Asia is splitting into two camps, one around each great power.", "regional-order"),
    ("Contingency planning among the three allies is more urgent than ever.", "north-korea"),
    ("A divided Asia is no longer a forecast.", "regional-order"),
    # more of the subjects commentaries name in their own words
    ("A Japan that can project power would worry nobody in Manila.", "japan-defense"),
    ("Beijing is building a rival order of its own.", "regional-order"),
    ("The burden on Okinawa has grown heavier.", "alliance"),
    ("Tariff diplomacy has cost the American position in Asia dearly.", "us-leadership"),
    ("The ban on seafood imports should be lifted.", "trade"),
    ("Export licensing is no weapon for a historical quarrel.", "trade"),
    ("Nobody can be sure that American attention to Asia will outlast the next election.", "us-leadership"),
    ("Regional rule-making should not wait for Washington's return.", "trade"),
    # the essay's "defuse nationalism" among the five powers
    ("Nationalism on both sides of the strait has to be defused before it hardens.", "confidence-building"),
    # the two neighbours' relations and the two powers' rivalry, as commentaries write them
    ("Sino-Japanese relations have thawed since the spring.", "regional-order"),
    ("Japan-China ties need a steadier footing.", "regional-order"),
    ("The Sino-American contest will shape the decade.", "regional-order"),
    ("Dropping a neighbour from the export white list was a mistake.", "trade"),
])
def test_the_seed_taxonomy_names_these_subjects(text, issue):
    assert issue in IssueMatcher(SEED).find(text)


@pytest.mark.parametrize("text", [
    "Japan-South Korea relations have thawed since the spring.",
    "Both capitals should keep the dispute over forced labor apart from their trade.",
    "Relations between Japan and South Korea have thawed since the spring.",
])
def test_two_neighbours_relations_and_their_quarrels_over_history_are_no_confidence_building(text):
    """Confidence building is measures and functional cooperation among the five powers; readers of real
    commentaries found 6 of 24 readings that put two neighbours' relations or a wartime quarrel there fair."""
    assert "confidence-building" not in IssueMatcher(SEED).find(text)


def test_relations_between_the_pair_are_the_pair_however_it_is_spelled():
    terms = _term_finder(tuple(SEED))
    assert terms("U.S.-Japan relations should stay calm over the ferry tolls.", "alliance") & \
        terms("The US-Japan alliance should stay calm over the ferry tolls.", "alliance")


def test_a_keyword_of_a_concept_is_the_concept_however_its_words_fold():
    # keywords are folded once when matched: "defense spending" folds to "defens spend", which folded again
    # would be "defen spend" and miss its concept
    seed_terms = _term_finder(tuple(SEED))
    assert seed_terms("Defense spending should rise.", "japan-defense") == seed_terms(
        "The defense budget should rise.", "japan-defense")
    assert seed_terms("Host-nation support should not double.", "alliance") == seed_terms(
        "Burden sharing should stay fair.", "alliance")
    # the essay's "major industrial accidents" and a later "nuclear safety exchanges" are one subject
    assert seed_terms("Nuclear safety exchanges should resume.", "confidence-building") == seed_terms(
        "Reporting on major industrial accidents should resume.", "confidence-building")


def test_a_restrictive_relative_clause_is_part_of_what_a_call_is_for(judged):
    assert labels_on(judged, "reach launch sites") == {("japan-defense", "reversed")}


def test_calling_off_what_the_base_calls_for_in_other_words_is_reversed(judged):
    # the essay: "some mechanism that links the United States and the 11 remaining TPP members ... is still
    # necessary"
    rows = [r for r in judged if "stop waiting" in (r["right_sentence"] or "")]
    assert {(r["issue_id"], r["change"]) for r in rows} == {("trade", "reversed")}
    assert "calls off what the base calls for" in rows[0]["explanation"]
    # "should not let X distract" rejects nothing the base calls for in so many words, and a call to stop one
    # thing and aim for another calls off only the first
    assert ("trade", "reversed") not in labels_on(judged, "distract it")
    assert ("trade", "reversed") not in labels_on(judged, "as a prize")


def test_a_call_off_in_the_passive_on_what_the_base_calls_for_is_reversed(seeded, tmp_path):
    # the essay: "This requires joint contingency planning among the allies ... to prepare for worst-case
    # scenarios on the peninsula."
    judged = judge_against_essay(
        seeded, tmp_path / "later.txt",
        "Plans\n\nMay 2019\n\n"
        "Proposals for the allies to plan with Beijing for the collapse of the Kim regime should be shelved.\n\n"
        "Proposals for the allies to plan with Beijing for the collapse of the Kim regime should not be shelved.\n",
        "Plans")
    assert labels_on(judged, "should be shelved") == {("north-korea", "reversed")}
    assert ("north-korea", "reversed") not in labels_on(judged, "should not be shelved")


def test_bases_in_japan_take_up_the_essays_forward_deployment_and_critical_components_are_new(seeded, tmp_path):
    # the essay: "This overlooks the US forward deployment strategy, whereby the United States stations troops..."
    judged = judge_against_essay(
        seeded, tmp_path / "later.txt",
        "Bases\n\nMay 2021\n\n"
        "Tokyo should tell the Pentagon plainly that the bases in Japan and the Seventh Fleet serve Washington "
        "first.\n\n"
        "For medicines and critical components, Manila should never again depend on a single supplier.\n",
        "Bases")
    assert ("alliance", "new") not in labels_on(judged, "Seventh Fleet")
    assert labels_on(judged, "critical components") == {("trade", "new")}


def test_the_base_uses_a_keyword_even_with_words_inside_it_and_another_keyword_before():
    seed_terms = _term_finder(tuple(SEED))
    # the essay's "joint US-Japan strategy" names "US-Japan" first; it still uses "joint strategy"
    later = seed_terms("Tokyo needs a joint strategy with Washington.", "alliance")
    assert later and later <= seed_terms("That is a step toward a joint US-Japan strategy for the region.")


def test_refusing_to_resume_what_the_base_calls_for_on_this_issue_is_reversed(seeded, tmp_path):
    # the essay calls for diplomacy with Russia "on this issue", the territorial question of its previous
    # sentence: a call not to reopen talks on the islands refuses it; "should not let" refuses nothing it names
    judged = judge_against_essay(
        seeded, tmp_path / "later.txt",
        "Islands\n\nMay 2022\n\n"
        "Tokyo should not reopen talks on the Kuril Islands while the war goes on.\n\n"
        "Tokyo should not let the Kuril Islands distract it from the sanctions.\n",
        "Islands")
    assert labels_on(judged, "reopen talks") == {("russia", "reversed")}
    assert ("russia", "reversed") not in labels_on(judged, "should not let")


def test_a_verdict_of_weight_or_worth_takes_a_position():
    for text in ("The new harbour pact matters more than any quarrel over quotas.",
                 "For the ferry towns the canal treaty is the best thing to happen in a decade.",
                 "A second supplier is not protectionism; it is insurance."):
        stance = extract(text)
        assert stance is not None and stance.polarity > 0, text
    stance = extract("The toll itself matters less than what it pays for.")
    assert stance is not None and stance.polarity < 0


def test_the_writers_own_opposition_is_no_warning_come_true(seeded, tmp_path):
    # the essay warns that offensive capabilities would undermine regional stability: a writer who "has long
    # opposed" them tells a stance, not a harm that has happened
    judged = judge_against_essay(
        seeded, tmp_path / "later.txt",
        "Opposed\n\nMay 2023\n\nI have long opposed offensive capabilities for Japan.\n", "Opposed")
    assert ("japan-defense", "strengthened") not in labels_on(judged, "long opposed")


def test_a_warning_against_the_loss_of_something_is_no_warning_against_it(seeded, tmp_path):
    # the essay: "Unilateral disregard of international commitments ... would also undermine the credibility of
    # the United States": it defends the commitments, so praise for them turns nothing around
    judged = judge_against_essay(
        seeded, tmp_path / "later.txt",
        "Promises\n\nMay 2024\n\nAmerican commitments abroad remain a good bargain for the United States.\n",
        "Promises")
    assert ("us-leadership", "reversed") not in labels_on(judged, "good bargain")
    assert without_forsaken("Unilateral disregard of international commitments would hurt.") == \
        "Unilateral would hurt."


@pytest.mark.parametrize("sentence, issue, anchor", [
    ("No government in this region should stake its security on American staying power alone.", "us-leadership",
     "staying power"),
    ("A five-party security forum with Moscow at the table should wait for a ceasefire.", "confidence-building",
     "five-party"),
    # a keyword inside one the essay uses ("self-defense" in its "collective self-defense")
    ("Japan must widen its idea of self-defense to cover the sea lanes of its neighbours.", "japan-defense",
     "idea of self-defense"),
])
def test_a_keyword_for_the_essays_subject_in_other_words_makes_no_claim_new(seeded, tmp_path, sentence, issue,
                                                                            anchor):
    # (American staying power: the essay's commitments; a five-party forum: its forum of the five powers)
    judged = judge_against_essay(seeded, tmp_path / "later.txt", f"Other words\n\nMay 2024\n\n{sentence}\n",
                                 "Other words")
    assert (issue, "new") not in labels_on(judged, anchor)


FALLBACK_ANCHORED = """
[storm-pact]
label = "The storm pact"
keywords = ["storm pact"]
fallback = ["storm"]
anchored = ["storm", "flood drills"]
anchors = ["together", "neighbours"]
"""


def test_an_anchored_fallback_word_needs_its_anchor_in_its_own_sentence():
    (issue,) = parse_taxonomy(FALLBACK_ANCHORED, source="fallback.toml")
    # an anchored word the fallback lists stays a fallback word; the others are keywords
    assert "storm" not in issue.keywords and "flood drills" in issue.keywords
    matcher = IssueMatcher([issue])
    assert matcher.fallback_mentions("The mayor must help the town recover from the storm.") == []
    assert [m.cue for m in matcher.fallback_mentions("The storm showed how badly neighbours need each other.")] == [
        "storm"]

    def tagged(texts):
        rows = [SentenceRow(k, 1, 1, text) for k, text in enumerate(texts)]
        return {tag.sentence_id for tag in tag_sentences(matcher, rows, {1: None}) if tag.via == "keyword"}

    # an anchor in the paragraph lends the anchored keyword its issue, not the fallback word
    assert tagged(["The towns should work together.", "Flood drills come first."]) == {1}
    assert tagged(["The towns should work together.", "The storm came first."]) == set()


def test_a_functional_field_is_confidence_building_only_where_working_together_is_named():
    matcher = IssueMatcher(SEED)
    assert "confidence-building" not in matcher.find("Rising nationalism in Westport has worsened the quarrel.")
    assert "confidence-building" not in matcher.find("The mayor promised to ensure cybersecurity for the port's data.")
    assert "confidence-building" in matcher.find("Cooperation on cybersecurity among the neighbours builds habits.")
    own = {m.issue_id for m in matcher.fallback_mentions("The new mayor must help the town recover from the pandemic.")}
    shared = {m.issue_id for m in matcher.fallback_mentions("The pandemic showed how badly neighbours need each other.")}
    assert "confidence-building" not in own and "confidence-building" in shared


@pytest.mark.parametrize("text", ["The summit weakened America's old alliance with South Korea.",
                                  "For NATO, an alliance built for the Atlantic must now look east.",
                                  "The tariffs did lasting damage to the Western alliance.",
                                  "The harbour club is not an alliance, whatever its critics say.",
                                  "The harbour club should never become a military alliance.",
                                  "It would be an error to view the ferry partnership as a military alliance.",
                                  "Purists will question the idea of an alliance between India and Japan."])
def test_another_alliance_and_an_alliance_as_a_kind_of_bond_are_not_the_us_japan_alliance(text):
    assert "alliance" not in IssueMatcher(SEED).find(text), text


@pytest.mark.parametrize("text", ["Japan should deepen its alliance with the United States.",
                                  "That is as it should be: an alliance this central deserves care.",
                                  "A trade war could jeopardize an alliance that Japan depends on.",
                                  "The alliance between Japan and the United States is strong."])
def test_the_alliance_named_with_japan_or_as_a_thing_held_still_is(text):
    assert "alliance" in IssueMatcher(SEED).find(text), text


@pytest.mark.parametrize("text, alliance", [
    # both members of the US-Japan alliance are in it: the alliance one joins is another (the Five Eyes, NATO)
    ("Joining the alliance will also benefit Japan.", False),
    ("It is possible that Japan will join the alliance within a few years.", False),
    ("If Japan joins the alliance, China will protest.", False),
    ("Japan should not join the alliance against China.", False),
    # an alliance kept, left or deepened is still the US-Japan alliance
    ("Japan should not leave the alliance, which benefits both countries.", True),
    ("Japan joined the talks to strengthen the alliance.", True),
    # what qualifies a noun after it, or what both its members joined, is the US-Japan alliance's
    ("Japanese forces will join the alliance exercises next month.", True),
    ("Tokyo and Washington joined the alliance in 1951 and have kept it since.", True),
])
def test_an_alliance_one_joins_is_not_the_us_japan_alliance(text, alliance):
    assert ("alliance" in IssueMatcher(SEED).find(text)) is alliance, text


def test_an_arms_race_is_japans_defense_posture_only_where_japan_is_named_nearby():
    matcher = IssueMatcher(SEED)
    assert "japan-defense" not in matcher.find("The end of the treaty turns the clock back to the nuclear arms race.")
    assert "japan-defense" in matcher.find("A Japanese strike capability could set off an arms race in the region.")


def test_a_call_to_reconsider_a_limit_calls_for_lifting_it_not_for_weighing():
    from compare.changes import PositionRow
    from compare.judge import _deliberates

    def deliberates(text: str) -> bool:
        return _deliberates(PositionRow.from_stance(extract(text), text))

    assert not deliberates("Japan should reconsider its self-imposed ban on long-range strike missiles.")
    assert deliberates("The cabinet should now rethink its plan to acquire long-range strike missiles.")
    # the limit named before a passive call: the call is still to lift it
    assert not deliberates("The self-imposed ban on long-range strike missiles should be reconsidered.")
    assert not deliberates("Its cap on defense spending must now be re-examined.")
    # weighing anew with no limit, active or passive, and weighing a limit that is not anew, still weigh
    assert deliberates("The plan to acquire long-range strike missiles should be reconsidered.")
    assert deliberates("The ban on long-range strike missiles should be carefully studied.")
    # a limit in another clause, a circumstance or a verb is not what is to be reconsidered
    for text in ("Despite the ban, plans for long-range strike missiles should be reconsidered.",
                 "To limit costs, the missile plan should be reconsidered.",
                 "Given the opposition, the missile plan should be reconsidered.",
                 # in the call's own clause, with no comma: a circumstance or a verb
                 "The missile plan should be reconsidered despite the long-standing export ban.",
                 "The missile plan should be reconsidered because of the export ban.",
                 "The missile plan should be reconsidered to limit costs."):
        assert deliberates(text), text
    # an aside set off by commas keeps the limit in the call's clause
    assert not deliberates("Its ban on strike missiles, however, should be reconsidered.")
