"""Positions that hold on real prose: one test per cause named in issue 7, on sentences written for these tests.

1. Tags follow meaning, not location: moved sentences stay unchanged, spelling variants meet, new sections'
   claims are new on their issue, the neighbour rule only follows demonstratives.
2. Stance has scope: clause-scoped modals, per-issue polarity, attribution of reported views and questions,
   narration takes no position.
3. Documents are judged by meaning: no flood of dropped from excerpts, restatements are not new, a warning
   come true is strengthened, weak evidence gives no label.
"""

from dataclasses import replace

import pytest

from compare.cues import claim_text
from compare.positions import Speaker, extract, extract_for_issues
from compare.tagging import SEMANTIC_MARGIN, SEMANTIC_MIN, IssueMatcher, SentenceRow, Tag, tag_sentences
from compare.taxonomy import parse_taxonomy
from conftest import ESSAY, ROOT, SEED, judge_against_essay, labels_on, span, sql

TAXONOMY = parse_taxonomy((ROOT / "seeds" / "issues.toml").read_text(encoding="utf-8"), source="issues.toml")


@pytest.fixture(scope="module")
def matcher():
    return IssueMatcher(TAXONOMY)


# --- 1. tags follow meaning --------------------------------------------------------------------------------


@pytest.mark.parametrize("text, issue", [
    ("Washington's America-first instincts worry its partners.", "us-leadership"),
    ("The defence budget rose again this year.", "japan-defense"),
    ("Tokyo must defend the rules-based order at sea.", "regional-order"),
    ("The U.S.-Japan security treaty still matters.", "alliance"),
    ("Both governments prioritised denuclearisation talks.", "north-korea"),
    ("Russia's leaders ignored the sanctions.", "russia"),
    ("The tariffs hurt exporters.", "trade"),
    ("The fear that America would walk away from Asia has eased.", "us-leadership"),
    ("Two ICBMs were tested last year.", "north-korea"),
    # the capability to strike back, under each of the names it goes by
    ("Tokyo is weighing a counteroffensive capability of its own.", "japan-defense"),
    ("Counter-attack capabilities are now part of the plan.", "japan-defense"),
    ("Japan should wind down its stakes in Sakhalin-2.", "russia"),
    ("Canada froze its work with the Asian Infrastructure Investment Bank.", "regional-order"),
    ("The submarine pact called AUKUS changes the balance.", "regional-order"),
    ("America no longer wants to be the world's policeman.", "us-leadership"),
    ("Leaving the Iran deal cost Washington trust.", "us-leadership"),
    ("Buying Tomahawks was overdue.", "japan-defense"),
    ("Tokyo wants a seat in the Five Eyes.", "japan-defense"),
    ("A two-camp region is taking shape.", "regional-order"),
    # dotted initials are the acronym ("U.S. leadership" is "US leadership")
    ("U.S. leadership at the ferry talks is fading.", "us-leadership"),
    ("U.S.-China rivalry will decide the harbour's future.", "regional-order"),
    # the two powers' relations in the other words commentaries use for them
    ("The US-China relationship has cooled since the ferry talks.", "regional-order"),
    ("Sino-US ties decide what the harbour towns can expect.", "regional-order"),
    ("China-US tensions now reach the ferry lanes.", "regional-order"),
])
def test_spelling_variants_meet_their_keywords(matcher, text, issue):
    assert issue in matcher.find(text)


def test_dotted_initials_keep_every_offset_and_name_no_one():
    from compare.judge import anchors
    from compare.spelling import undotted

    text = "The U.S. ferry and the U.K. tug met off the coast of the U.S."
    assert undotted(text) == "The US   ferry and the UK   tug met off the coast of the US  "
    assert len(undotted(text)) == len(text)
    # as a text cut into tokens writes them; and no initial stands alone ("plan B. Then")
    assert undotted("the U . S . - Japan pact") == "the US      - Japan pact"
    assert undotted("Plan B. Then the ferry.") == "Plan B. Then the ferry."
    # "U.S." is the acronym, not a name "S"
    assert anchors("The ferry board met U.S. officials.") == anchors("The ferry board met US officials.")
    # an acronym of a main actor is named everywhere, as its name is: it anchors no subject; others do
    assert anchors("The ferry board met US and DPRK officials under the IMO code.") == {"imo"}


def test_a_keyword_used_as_a_verb_or_split_by_a_conjunction_names_no_issue(matcher):
    assert "trade" not in matcher.find("Japan must never trade away its principles.")
    assert matcher.find("Exporters want to trade freely.") == {}  # 'to trade' is a verb
    assert "trade" not in matcher.find("Both economic and security ties deepened.")
    assert "trade" not in matcher.find("Threats traded online frighten Seoul.")   # only ever the verb
    assert "trade" not in matcher.find("The arms trade between the two capitals worries Europe.")   # weapons
    # counted and ending its clause, a bargain; before a noun or "with", commerce
    assert "trade" not in matcher.find("I no longer think Beijing will ever make that trade.")
    assert "trade" in matcher.find("Japan cannot afford a trade war.")
    assert "trade" in matcher.find("Seoul values this trade with Tokyo.")
    assert matcher.find("America's international open trading and security order") == {
        "us-leadership": "international open trading and security order"}


def test_a_capitalised_name_after_a_lower_case_word_matches_only_as_a_name(matcher):
    assert matcher.find("Beijing will not squeeze the North for us.") == {"north-korea": "the North"}
    assert "north-korea" not in matcher.find("Troops crossed into Ukraine from the north and the east.")
    assert "north-korea" not in matcher.find("Japan watches the North Atlantic alliance closely.")


def test_neighbours_are_followed_only_through_demonstratives(matcher):
    rows = [SentenceRow(1, 1, 1, "Moscow annexed Crimea in 2014."),
            SentenceRow(2, 1, 1, "They should have consensus about their goals."),
            SentenceRow(3, 1, 1, "This grab for territory must not be accepted.")]
    tags = {(t.sentence_id, t.issue_id, t.via) for t in tag_sentences(matcher, rows, {1: None})}
    assert (1, "russia", "keyword") in tags
    assert not any(sentence == 2 and via == "context" for sentence, _, via in tags)
    assert (3, "russia", "context") in tags


def test_a_demonstrative_after_an_opening_conjunction_takes_its_neighbours_issue(matcher):
    rows = [SentenceRow(1, 1, 1, "Moscow annexed Crimea in 2014."),
            SentenceRow(2, 1, 1, "But these moves cannot go unanswered for long.")]
    tags = {(t.sentence_id, t.issue_id, t.via) for t in tag_sentences(matcher, rows, {1: None})}
    assert (2, "russia", "context") in tags


def test_a_change_of_view_is_told_only_on_the_issue_its_sentence_names_first(seeded, tmp_path):
    # the damage feared to American credibility came true; Moscow's conclusions are its consequence, not a view on Russia
    judged = judge_against_essay(
        seeded, tmp_path / "later.txt",
        "Notes\n\nMay 2022\n\nThe retreat from Kabul did exactly the damage to American credibility that I had "
        "feared in 2016, and Moscow drew its own conclusions from it.\n", "Notes")
    assert labels_on(judged, "The retreat from Kabul") == {("us-leadership", "strengthened")}


@pytest.mark.parametrize("context, issue", [
    (["Moscow annexed Crimea in 2014.", "Russia has since tested every border it shares.",
      "The Kremlin counts on fatigue in Tokyo."], "russia"),
    (["Pyongyang tested another missile in May.", "North Korea has never honoured a freeze for long.",
      "Kim counts on fatigue in Tokyo."], "north-korea"),
])
def test_a_word_two_issues_share_takes_the_sense_its_text_names(matcher, context, issue):
    # "sanctions" is a word of North Korea and of Russia: in a text that names one of them again and again, it is
    # that one's, whatever its own sentence's meaning leans to
    sentences = [*context, "The council should tighten the sanctions further."]
    rows = [SentenceRow(k, 1, k, text) for k, text in enumerate(sentences, start=1)]
    tags = {(t.sentence_id, t.issue_id) for t in tag_sentences(matcher, rows, {1: None})}
    assert {found for sentence, found in tags if sentence == len(sentences)} == {issue}


def test_a_demonstrative_takes_the_issue_its_neighbour_names_first(matcher):
    # "That" stands for what the sentence before says, about what it names first: the other names there are its
    # cause or its yardstick ("...by the withdrawal from the TPP than by anything said about North Korea")
    rows = [SentenceRow(1, 1, 1, "American credibility in the region has been damaged far more by the withdrawal "
                                 "from the TPP than by anything said about North Korea."),
            SentenceRow(2, 1, 1, "That was predicted in 2016, and it has come to pass.")]
    tags = {(t.sentence_id, t.issue_id, t.via) for t in tag_sentences(matcher, rows, {1: None})}
    assert {(issue, via) for sentence, issue, via in tags if sentence == 1} >= {
        ("us-leadership", "keyword"), ("trade", "keyword"), ("north-korea", "keyword")}
    assert {(issue, via) for sentence, issue, via in tags if sentence == 2} == {("us-leadership", "context")}


def test_a_demonstrative_finds_the_sentence_that_named_its_noun_across_a_paragraph_break(matcher):
    # a newspaper sets a sentence or two to a paragraph: "this bargain" points two sentences back, past a
    # sentence that names no issue, to the one that told of the bargain
    rows = [SentenceRow(1, 1, 1, "Moscow offered Tokyo a bargain over the Kuril Islands last week."),
            SentenceRow(2, 1, 2, "The details were thin, and the offer came late in the evening."),
            SentenceRow(3, 1, 3, "This cynical bargain turns back the clock on years of patient work."),
            SentenceRow(4, 1, 4, "These ministers met again on Friday.")]
    tags = {(t.sentence_id, t.issue_id, t.via, t.cue) for t in tag_sentences(matcher, rows, {1: None})}
    assert (1, "russia", "keyword", "Moscow") in tags
    assert (3, "russia", "context", "Moscow") in tags       # the cue of the sentence it points back to
    assert not any(sentence == 4 for sentence, _, _, _ in tags)     # no sentence before named ministers


def test_a_demonstrative_does_not_reach_past_its_section_or_over_a_sentences_own_words(matcher):
    rows = [SentenceRow(1, 1, 1, "Moscow offered Tokyo a bargain over the Kuril Islands last week."),
            SentenceRow(2, 2, 2, "This bargain turns back the clock on years of patient work.")]
    assert not any(t.sentence_id == 2 for t in tag_sentences(matcher, rows, {1: None, 2: None}))
    rows = [SentenceRow(1, 1, 1, "Moscow offered Tokyo a bargain over the Kuril Islands last week."),
            SentenceRow(2, 1, 2, "The offer came late."),
            SentenceRow(3, 1, 3, "Despite this bargain, the tariffs on Japanese cars will stay.")]
    tags = {(t.sentence_id, t.issue_id) for t in tag_sentences(matcher, rows, {1: None})}
    assert (3, "trade") in tags and (3, "russia") not in tags     # its own keyword names its issue


def test_a_short_paragraph_takes_its_topic_from_the_paragraphs_around_it(matcher):
    # one sentence to a paragraph: the sentence's topic is what the paragraphs beside it name, where its meaning
    # is closest to that issue too (within a paragraph of three or more sentences, only its own paragraph counts)
    text = "The details were thin, and the offer came late in the evening."
    first = [SentenceRow(1, 1, 1, "Moscow offered Tokyo a bargain over the Kuril Islands last week."),
             SentenceRow(2, 1, 2, text),
             SentenceRow(3, 1, 3, "Putin's envoy will visit Tokyo again in May.")]
    tags = {(t.sentence_id, t.issue_id, t.via) for t in tag_sentences(matcher, first, {1: None})}
    assert (2, "russia", "context") in tags
    long_paragraph = [first[0], SentenceRow(2, 1, 2, text),
                      SentenceRow(4, 1, 2, "The weather in the capital was mild that week."),
                      SentenceRow(5, 1, 2, "Crowds gathered outside the venue in the morning."), first[2]]
    assert not any(t.sentence_id == 2 for t in tag_sentences(matcher, long_paragraph, {1: None}))


def test_a_view_told_as_faring_takes_only_what_its_neighbour_says_itself(monkeypatch):
    # (the semantic layer off, in a matcher of the test's own: with it, the paragraph's topic reaches both sentences
    # by their meaning)
    monkeypatch.setenv("CORPUS_SEMANTIC", "off")
    matcher = IssueMatcher(TAXONOMY)
    rows = [SentenceRow(1, 1, 1, "Moscow annexed Crimea in 2014."),
            SentenceRow(2, 1, 1, "I am less hopeful than I was."),
            SentenceRow(3, 1, 1, "I no longer expect a settlement soon.")]
    tags = {(t.sentence_id, t.issue_id) for t in tag_sentences(matcher, rows, {1: None})}
    assert (2, "russia") in tags            # its neighbour names Russia
    assert (3, "russia") not in tags        # its neighbour has Russia only from its own neighbour


def test_meaning_tags_a_sentence_no_keyword_names(matcher):
    rows = [SentenceRow(1, 1, 1, "Missile launches from the peninsula continued through the spring."),
            SentenceRow(2, 2, 2, "Firms are moving production lines away from one country to protect the "
                                 "supply of parts.")]
    tags = tag_sentences(matcher, rows, {1: None, 2: None})
    semantic = [t for t in tags if t.via == "semantic"]
    assert [(t.sentence_id, t.issue_id) for t in semantic] == [(2, "trade")]
    assert 0 < semantic[0].score <= 1


def test_meaning_only_somewhat_close_to_an_issue_tags_nothing(matcher):
    # closest to the alliance (cosine about 0.46, well ahead of the next issue), but a sentence on Japan's role in
    # the region is no clearer a claim on the alliance than on Japan's defense: below SEMANTIC_MIN, no tag
    from compare import semantic

    if not semantic.enabled():
        pytest.skip("semantic layer off")
    text = "Japan should keep widening its role in the region, step by step."
    issue_ids, scores = matcher.semantic_scores([text])
    closest = sorted(zip(scores[0].tolist(), issue_ids), reverse=True)
    assert closest[0][1] == "alliance" and closest[0][0] - closest[1][0] >= SEMANTIC_MARGIN     # (the case)
    assert closest[0][0] < SEMANTIC_MIN
    assert tag_sentences(matcher, [SentenceRow(1, 1, 1, text)], {1: None}) == []


def test_a_sentence_has_the_same_vector_whatever_is_embedded_with_it():
    """semantic.embed batches texts by length: a text's vector must not depend on its batch (bit for bit)."""
    from compare import semantic

    if not semantic.enabled():
        pytest.skip("semantic layer off")
    essay = SEED.read_text(encoding="utf-8")
    texts = [essay[:n] for n in (5, 400, 40, 2000, 90, 0, 700)] * 12
    together = semantic.embed(texts)
    alone = [semantic.embed([text])[0] for text in texts[:7]]
    assert all((together[k] == alone[k % 7]).all() for k in range(len(texts)))


def test_vectors_are_wordllamas_own_bit_for_bit():
    """semantic.embed tokenises piece by piece from a memo and pools itself: the vectors must be exactly those
    WordLlama.embed gives (normalised), or stored tags would depend on which path ran. Spaces at either end or
    in a row, the tokenizer's own space mark, special tokens written out and characters outside its vocabulary
    are where pieces could go wrong."""
    import numpy as np

    from compare import semantic

    if not semantic.enabled():
        pytest.skip("semantic layer off")
    essay = SEED.read_text(encoding="utf-8")
    texts = [essay[n:n + width] for n in range(0, 6000, 170) for width in (3, 80, 260)] + ["", "Tokyo \u2019s \u00e9lan"]
    texts += [" ", "  two  spaces  ", "trailing ", " leading", "tab\tand\nline", "\u2581mark a\u2581\u2581b",
              "<s> and </s> or <unk>", "a < b", "\u65e5\u672c \U0001f600 \u0130stanbul"]
    assert semantic._piece_ids() is not None       # (the tokenizer is one that can be read piece by piece)
    ours = semantic.embed(texts)
    theirs = np.asarray(semantic._model().embed(texts), dtype=np.float32)
    norms = np.linalg.norm(theirs, axis=1, keepdims=True)
    norms[norms == 0] = 1.0
    assert ours.shape == (len(texts), 256)
    assert np.array_equal(ours, theirs / norms)


def test_moved_sentence_is_unchanged_and_new_section_is_new(seeded, tmp_path):
    """A paragraph moved under another heading keeps its stance (no dropped), and a new section whose words
    are not in the taxonomy still gets its claims labelled new."""
    seed = next((ROOT / "seeds").glob("*.txt")).read_text(encoding="utf-8")
    moved = "There is therefore a strong need for intense consultations between Japan and the United States on this front."
    assert moved in seed
    revised = seed.replace(" " + moved, "")
    revised = revised.replace("Nurturing a Stable and Inclusive Regional Order\n\n",
                              "Nurturing a Stable and Inclusive Regional Order\n\n" + moved + " ", 1)
    revised += ("\n\nScreening Investment Together\n\nTokyo and Washington should jointly screen foreign investment "
                "in semiconductor makers and share lists of sensitive firms.\n")
    path = tmp_path / "revised.txt"
    path.write_text(revised, encoding="utf-8")
    assert seeded("add", path, "--id", ESSAY).exit_code == 0
    assert seeded("compare", f"{ESSAY}@1", f"{ESSAY}@2").exit_code == 0
    rows = sql(seeded, "select issue_id, change, left_sentence, right_sentence from position_change_detail")
    assert not [r for r in rows if r["change"] == "dropped" and moved in (r["left_sentence"] or "")]
    assert {r["change"] for r in rows if moved in (r["right_sentence"] or "")} <= {"unchanged"}
    assert any(r["change"] == "new" and "jointly screen" in (r["right_sentence"] or "") for r in rows)


# --- 2. stance has scope -----------------------------------------------------------------------------------


def test_a_modal_in_a_relative_clause_does_not_set_the_main_stance():
    stance = extract("America's allies, who should strive to make their views heard clearly, are worried.")
    assert stance is None
    main = extract("Japan must maintain the alliance, which some critics may question.")
    assert (main.kind, main.strength, main.polarity) == ("prescription", 4.0, 1)
    assert main.hedged is False  # the hedge 'may' sits in the relative clause


def test_the_main_verb_after_a_relative_clause_on_the_subject_sets_the_stance():
    # the relative clauses' own verbs ("joins", "were drafted") are done; "is" then begins the main predicate
    stance = extract("Therefore, some forum that joins the coastal states and that keeps the rules that were drafted at the "
                     "last summit is still essential.")
    assert (stance.kind, stance.polarity) == ("prescription", 1)
    # but a relative after the main verb stays a relative, and a reported view stays reported
    assert extract("Tokyo welcomed a plan that Seoul has proposed.") is None
    assert extract("Analysts who have argued that the pact is essential were ignored.") is None
    # a view reported inside the relative keeps its modal there ("that the ports should..."), a few words on too;
    # once the reported clause has its verb, the next finite verb is the main one's
    assert extract("Friends have asked whether I, who argued for years that the ports should keep the old toll, "
                   "now feel let down.") is None
    said = extract("Those who predicted that the new ferry would ruin the harbour have so far been proved wrong.")
    assert (said.kind, said.polarity, said.cues["clause"]) == ("evaluation", -1, "main")


def test_each_issue_gets_the_direction_of_what_the_sentence_says_about_it():
    text = "Tariffs imposed on partners undermine the alliance and should be withdrawn."
    stances = extract_for_issues(text, {"trade": ((0, 7),), "alliance": ((text.index("alliance"),
                                                                           text.index("alliance") + 8),)})
    assert stances["trade"].polarity == -1        # against the tariffs
    assert stances["alliance"].polarity == 1      # the alliance is what is harmed: the writer defends it


def test_an_issue_named_only_in_a_subordinate_clause_takes_no_main_stance():
    text = "Japan should abandon its push for a Russia deal while Pyongyang keeps testing missiles."
    start = text.index("Pyongyang")
    stances = extract_for_issues(text, {"russia": ((text.index("Russia"), text.index("Russia") + 6),),
                                        "north-korea": ((start, start + 9),)})
    assert "russia" in stances and "north-korea" not in stances


def test_an_issue_named_only_among_examples_of_another_takes_no_stance_of_its_own():
    text = ("The two navies must keep adding to the alliance's machinery, from shared radar to joint planning for "
            "the Korean Peninsula.")
    stances = extract_for_issues(text, {"alliance": span(text, "alliance"),
                                        "north-korea": span(text, "Korean Peninsula")})
    assert "alliance" in stances and "north-korea" not in stances
    # with no issue named before the list, the examples are what the sentence is about
    text = "Tokyo must defend several pillars, including the alliance and the Korean Peninsula talks."
    stances = extract_for_issues(text, {"alliance": span(text, "alliance"),
                                        "north-korea": span(text, "Korean Peninsula")})
    assert set(stances) == {"alliance", "north-korea"}


def test_an_issue_named_only_as_what_makes_another_so_takes_no_stance_of_its_own():
    text = "The missile launches make the alliance more valuable to Japan than it has ever been."
    stances = extract_for_issues(text, {"north-korea": span(text, "missile launches"),
                                        "alliance": span(text, "alliance")})
    assert "alliance" in stances and "north-korea" not in stances
    # two causes joined by "and" are the subject of one verb
    text = "The missile launches and the drills make the alliance more valuable to Japan than it has ever been."
    stances = extract_for_issues(text, {"north-korea": span(text, "missile launches"),
                                        "alliance": span(text, "alliance")})
    assert "alliance" in stances and "north-korea" not in stances
    # "makes sense" makes nothing
    text = "Counterstrike must make sense to the alliance planners."
    stances = extract_for_issues(text, {"japan-defense": span(text, "Counterstrike"),
                                        "alliance": span(text, "alliance")})
    assert "japan-defense" in stances


def test_a_negation_that_opens_the_sentence_negates_its_modal():
    assert extract("Nor should the ferry company build a second terminal.").polarity == -1
    # and what the clause says, however far from the opening
    assert extract("Nor should anything here be read as support for the ferry merger.").polarity == -1
    assert extract("Nor should the ferry company abandon the route.").polarity == 1


@pytest.mark.parametrize("text", ["The ferry company does not need to build a second terminal.",
                                  "The ferry company doesn't have to build a second terminal."])
def test_a_need_denied_calls_against_what_it_names(text):
    assert extract(text).polarity == -1
    assert extract(text.replace("does not need", "needs").replace("doesn't have", "has")).polarity == 1


def test_staying_away_from_something_is_against_it():
    assert extract("The ports must stay far away from any toll war of their own.").polarity == -1


def test_an_imperative_that_points_to_evidence_calls_for_nothing():
    stance = extract("Look at the supply chains running through the canal towns.")
    assert stance is None or stance.kind != "prescription"


def test_an_adjective_after_its_noun_describes_the_noun_and_calls_for_nothing():
    described = extract("Last month the ministry announced limits on two metals essential to batteries and chips.")
    assert described is None or described.kind != "prescription"
    # after a linking verb the word weighs the metals for what they serve: how much they matter, no call (readers
    # found such readings of real prose as calls unfair: "Rare earths are critical to high-tech products")
    assert extract("The two metals are essential to batteries and chips.").kind == "evaluation"
    assert extract("Japan considers the ferry link vital to its islands.").kind == "prescription"


def test_an_idea_set_off_by_a_comma_is_what_the_sentence_judges_not_what_it_calls_for():
    text = ("What would frighten the region is the idea circulating in the party since the plan was dropped, "
            "that Japan should acquire strike missiles.")
    start = text.index("strike missiles")
    stance = extract_for_issues(text, {"japan-defense": ((start, start + 15),)}).get("japan-defense")
    assert stance is None or stance.kind != "prescription"


def test_an_issue_named_only_in_an_even_as_clause_takes_no_main_stance():
    text = "Japan should keep talking with Beijing even as the tariff war deepens."
    start = text.index("tariff")
    assert extract_for_issues(text, {"trade": ((start, start + 10),)}) == {}
    assert "trade" in extract_for_issues("Japan should end the tariff war even as talks with Beijing go on.",
                                         {"trade": ((20, 30),)})


def test_the_last_thing_one_should_do_is_called_against():
    stance = extract("Closing the ferry port is the last thing the city should be doing now.")
    assert stance is not None and stance.kind == "prescription" and stance.polarity == -1


def test_each_coordinated_clause_has_its_own_modal():
    text = "We should avoid loose talk of war, and we should keep our channels to Beijing open."
    at = text.index("Beijing")
    assert extract_for_issues(text, {"regional-order": ((at, at + 7),)})["regional-order"].polarity == 1
    text = "Japan cannot ignore the strait, and the alliance must plan for a crisis there."
    at = text.index("alliance")
    stance = extract_for_issues(text, {"alliance": ((at, at + 8),)})["alliance"]
    assert stance.polarity == 1 and stance.cues["kind"] == "must"


def test_the_ing_form_of_an_act_with_an_object_or_to_after_it_is_the_act():
    # "is encouraging Seoul to...": someone's act, no judgement of the writer's; "is promising to": an undertaking
    assert extract("The mayor is encouraging the fishermen to join the ferry talks.") is None
    assert extract("The ministry is promising to extend the ferry link.").kind == "commitment"


def test_a_stance_lexicon_with_two_values_for_one_stemmed_cue_is_refused():
    from compare.lexicon import PhraseTable

    with pytest.raises(ValueError, match="'praise' and 'praising'"):
        PhraseTable.build({"praise": 2, "praising": 1})
    assert PhraseTable.build({"need to": 3, "needs to": 3}).by_first     # the same value twice is one cue


def test_an_issue_named_in_an_opening_condition_takes_the_main_claim():
    text = "Where Beijing offers something useful, Japan should take part."
    at = text.index("Beijing")
    assert extract_for_issues(text, {"regional-order": ((at, at + 7),)})["regional-order"].kind == "prescription"
    for text in ("But if Beijing offers something useful, Japan should take part.",     # a linking word first
                 "However, if Beijing offers something useful, Japan should take part."):
        at = text.index("Beijing")
        assert extract_for_issues(text, {"regional-order": ((at, at + 7),)})["regional-order"].kind == "prescription"
    text = "Although Beijing offers much, Japan should take part in the talks."    # a concession, not a condition
    at = text.index("Beijing")
    assert "regional-order" not in extract_for_issues(text, {"regional-order": ((at, at + 7),)})


@pytest.mark.parametrize("text, kind, polarity, mood", [
    ("The fleet has breached the ceasefire line, a dangerous step.", "evaluation", -1, "realised"),
    ("Fisheries remain the most promising field for cooperation.", "evaluation", 1, None),
    # the -ing form of an act standing as an adjective judges; nobody encourages or promises anything
    ("It is encouraging that the ferry talks continue.", "evaluation", 1, None),
    ("The ferry talks are promising.", "evaluation", 1, None),
    ("This is a reassuring sign for the ports.", "evaluation", 1, None),
    ("We appreciate that the ferry talks continue.", "evaluation", 1, None),      # a verb of stance, the writer's
    ("This humiliating deal turns back the clock on the ferry link.", "evaluation", -1, None),
    ("Closing the ferry office would be a good move for the port.", "prediction", 1, "hypothetical"),
    ("Without a budget, the commission risks becoming little more than a talking shop.", "prediction", -1,
     "hypothetical"),
    ("A toll war between the two ports will be a disturbance to the whole coast.", "prediction", -1, "hypothetical"),
    ("The plan to close the ferry enjoys little support along the coast.", "evaluation", -1, None),
    ("This poses a serious threat to the coast, the ports and to the stability of the region.", "evaluation", -1,
     None),
    ("This is the right approach for the ports.", "evaluation", 1, None),
    ("A rise in spending is justified in these circumstances.", "evaluation", 1, None),
    # a verdict held now on a past decision, not a judgement of an event
    ("The ministry was right to sign the fisheries pact last year.", "evaluation", 1, None),
    ("The port authority was wrong to cancel the ferry link.", "evaluation", -1, None),
    ("The mayor did the right thing.", "evaluation", 1, None),
    ("The board made the wrong call on ferry fees.", "evaluation", -1, None),
    # "without" negates its own phrase, not the judgement across the verb
    ("Patrols without escorts are dangerous.", "evaluation", -1, None),
    # held now as well as then; a conclusion after "but"; a rejected alternative after "rather than"
    ("That account was mistaken in 2016 and it is mistaken now.", "evaluation", -1, None),
    ("The plan looked sensible, but it has proved wrong.", "evaluation", -1, "realised"),
    ("The ferry link should be extended rather than abandoned.", "prescription", 1, None),
    ("I am not persuaded.", "evaluation", -1, None),
    # imperatives prescribe: a base-form verb first, after words of enumeration
    ("Second, do not expand the port.", "prescription", -1, None),
    ("The ferry talks must wait for a calmer season.", "prescription", -1, None),     # put off: given up for now
    ("Finally, keep the ferry link open until the storms pass.", "prescription", 1, None),
    ("Let us strengthen the fisheries commission.", "prescription", 1, None),
    # a clause the writer doubts is denied; a doubt denied leaves it standing
    ("It is unlikely that the ferry talks will succeed.", "prediction", -1, "hypothetical"),
    ("I doubt that the ferry talks will succeed.", "prediction", -1, "hypothetical"),
    ("It was doubtful anyway that the ferry talks would succeed.", "prediction", -1, "hypothetical"),
    ("It is not unlikely that the ferry talks will succeed.", "prediction", 1, "hypothetical"),
    # a harm foretold to grow or last is a warning
    ("Tensions between the two ports will escalate.", "prediction", -1, "hypothetical"),
    ("The toll war is likely to drag on for years.", "prediction", -1, "hypothetical"),
])
def test_evaluations_of_wider_vocabulary(text, kind, polarity, mood):
    stance = extract(text)
    assert (stance.kind, stance.polarity, stance.cues["mood"]) == (kind, polarity, mood)


@pytest.mark.parametrize("text, attribution", [
    ("The two leaders referred in their statement to peace and stability in the strait.", "reported"),
    ("It is said in Tokyo that Japan must build a bomb of its own.", "reported"),
    ("The two governments underlined that the talks must resume.", "reported"),
    ("This underscores why the talks must resume.", "author"),
    ("I often hear it said that the talks must end.", "reported"),
    ("It was argued at the time that the talks must end.", "reported"),
    ("Many analysts have concluded that Japan should abandon the talks.", "reported"),
    ("According to officials in Seoul, the sanctions must be tightened.", "reported"),
    ("\u201cWe must impose more sanctions,\u201d the minister said.", "reported"),
    ("Should Japan abandon the talks?", "question"),
    ("I believe that Japan should keep the talks going.", "author"),
    ("We must note that the talks should continue.", "author"),
    # a reporting word that reports nobody's view: a noun, a gerund, an infinitive, an expectation outdone
    ("The fear that the ferry link would close has largely receded.", "author"),
    ("That is wishful thinking, and building a port on it would be dangerous.", "author"),
    ("It would be a mistake to describe the port as a threat.", "author"),
    ("The opening was narrower than the ministry believed, and the talks have stalled.", "author"),
    ("Officials are saying that the port is dangerous.", "reported"),
    # an adverb between the auxiliary and the -ing verb: still a progressive, still their view
    ("Now, some in the port are already saying that the ferry must close.", "reported"),
    ("Several councillors are openly arguing that the port should close.", "reported"),
    # "my colleagues" hold the view, not the writer; "many of us" includes the writer; a directive reports
    ("Some of my colleagues have responded by calling for the port to close.", "reported"),
    ("The storm has confirmed what many of us feared.", "author"),
    ("The ministry should call for talks on the port.", "author"),
    ('Your editorial of May 2 ("Time to Close the Port") argues that the ferry link must end.', "reported"),
    ("Many of you wondered whether the ferry link still holds.", "reported"),
    ("The opening was real, but it was far narrower than many in the ministry, myself included, believed.",
     "author"),
    # a view with no "that" whose subject has a perfect verb is still the holder's
    ("She believes the American commitment to Manila has held up better than anyone predicted.", "reported"),
    ("The early fear in Tokyo that the president would abandon the alliance has receded.", "author"),
    ("Ministers tell us that the war proves Japan must build a ferry port.", "reported"),   # a hearer between
    ("Grealey treats the decision to build the ferry port as self-evidently sensible.", "reported"),
    # a manner adverb between the verb of saying and its that-clause; a question posed in a statement's shape
    ("Now he says flatly that the ferry port must close.", "reported"),
    ("The second question was whether I still believe the ferry port must stay open.", "question"),
    ("The question now is how the ports should share the dredging costs.", "question"),
    ("The question of the ferry port should be settled this year.", "author"),
    # a question asked in a statement's shape: the main verb asks, what follows is the question
    ("You asked what I hope the board will do about the ferry port.", "question"),
    ("Several readers have asked me why the town should pay for the new pier.", "question"),
    ("Some in the council ask why the ferry port must stay open.", "question"),
    ("The town should pay for the pier, and I ask for nothing more.", "author"),
    ("Whatever critics ask, the town should pay for the pier.", "author"),
    # someone written about: what he calls for, what she feels
    ("He called for talks between the two ferry companies, starting with safety rules.", "reported"),
    ("She is even more alarmed by what has happened to the ferry towns.", "reported"),
    ("Her views on the ferry port are less alarmed than those of the harbour board.", "reported"),
    ("His thinking on the ferry port is that it must close.", "reported"),
    # what someone is told, or will be told, is the teller's view
    ("The harbour has lost its ferries and, if the rumours are right, will soon be told that its port must close.",
     "reported"),
    # a view named as someone's, its content given; the writer's own, or a framing that names nobody, is theirs
    ("The harbour board's line is that the ferry port must close.", "reported"),
    ("The Ministry line is that the ferry port must close.", "reported"),
    ("My view is that the ferry port must close.", "author"),
    # an opinion or a belief named as someone's, however it is described
    ("Sato's long-held and rather gloomy opinion is that the ferry port will have to close.", "reported"),
    ("The harbour board's firm belief is that the ferry port must close.", "reported"),
    ("My honest opinion is that the ferry port must close.", "author"),
    # what someone writes, to the writer or set off by commas
    ("Some of my old colleagues now write to me that the ferry port must close.", "reported"),
    ("Instead, the authors write, the ferry port should close.", "reported"),
    ("I write to you that the ferry port must close.", "author"),
    ("The truth is that the ferry port must close.", "author"),
    # a reporting clause set off by commas, its verb before or after its subject: the whole sentence is told
    ("If the ferry company fails, claimed the mayor, the port must close.", "reported"),
    ("The port must close, said the harbour master.", "reported"),
    ("The port, I said then, must close.", "author"),
    ("The port must close by May, according to senior harbour officials.", "reported"),
    ("The port must close by May, according to me.", "author"),
    ("The port should keep the ferry, and the new pier, however costly, adds to its value.", "author"),
    # what someone made clear is theirs; a call to make something clear is the writer's
    ("The harbour board made clear that the ferry port must close.", "reported"),
    ("The city should keep the ferry and make clear that the port will stay open.", "author"),
    # the writer answers what someone argued in a clause of their own: that clause is the stance
    ("The harbour board has argued that the port must close, and I now think the board is right.", "author"),
    # an accusation carries the accusers' view in its object; a view held by people named by kind, seen or regarded
    ("To justify the new pier, many local papers have accused the ferry company of posing a threat to the harbour.",
     "reported"),
    ("But many see the ferry port's decline as a danger to the town.", "reported"),
    ("Critics in the council regard the ferry as a dangerous luxury.", "reported"),
    ("I see the ferry port's decline as a danger to the town.", "author"),
    # a worry the sentence finds in others, as "it is argued" finds an argument
    ("Across the council, there is growing concern about the ferry tolls, which are harmful.", "reported"),
    ("I am concerned that the harmful ferry tolls will rise.", "author"),
    # a participle set off by a comma reports what the main clause's subject says
    ("At the session, the mayor briefed the council on the ferry port expansion, emphasizing that it "
     "would pay off for the town.", "reported"),
    ("We told the council of the plan, stressing that it will be beneficial for the town.", "author"),
    ("The mayor made a positive reply in a letter, saying, \"the ferry port will stay open.\"", "reported"),
    # a document's verb of saying after its pronoun; speculation found in others
    ("It states that harbour spending will reach two percent of the budget within five years.", "reported"),
    ("There is speculation that the ferry port will soon close.", "reported"),
    ("The old harbour charter states that Eastport and Westport will be returned to the town.", "reported"),
    # what someone observed is theirs
    ("The mayor observed that the ferry port must close.", "reported"),
    ("I observed then that the ferry port must close, and I hold to it.", "author"),
    # a worry named as someone's, its holder after it
    ("The concerns of the mayor and the harbour board are that the ferry port will decline.", "reported"),
    ("The concerns of many of us are that the ferry port will decline.", "author"),
    # what was said, however long the subject of what follows "says"; a hope or concern someone expressed
    ("The mayor says the new rules on the ferry port's night crossings will not change.", "reported"),
    ("I say the new rules on the ferry port's night crossings will not change.", "author"),
    ("It is fair to say the new rules on the ferry port's night crossings will not change.", "author"),
    ("Addressing the council, the mayor said Pier 9 needs to be rebuilt.", "reported"),   # a number in what was said
    # "..., as X reported on Monday.": when or where it was said ends the sentence; a participle is no report
    ("The ferry is vital to the town, as the mayor reported in The Courier last week.", "reported"),
    ("The ferry is vital to the town, as I argued last year.", "author"),
    ("Ferry fees should be tied to the goals announced at the summit.", "author"),
    ("The harbour board has expressed hope that the ferry port will stay open.", "reported"),
    ("The harbour board voiced deep concern that the ferry port will close.", "reported"),
    ("We have expressed concern that the ferry port will close.", "author"),
    # a participle of saying with a bare complement; what someone expected
    ("The mayor visited the port, saying the ferry remains the town's best hope.", "reported"),
    ("We visited the port, saying the ferry remains the town's best hope.", "author"),
    ("The mayor expected that the ferry port would close.", "reported"),
    # a call someone made, wherever it stands; the writer's own is in the present
    ("The vote comes a day after the mayor called for the ferry port to be kept open.", "reported"),
    ("The mayor urged the harbour board to keep the ferry port open.", "reported"),
    ("The panel recommended that the ferry port be kept open for five more years.", "reported"),
    ("We recommend that the ferry port be kept open for five more years.", "author"),
    ("We call for the ferry port to be kept open.", "author"),
    # a sentence of someone's speech quoted whole; a quoted term opening a sentence is no speech
    ("\u201cWe will never give up our ferry routes or close the port.", "reported"),
    ("\u201cFerry diplomacy\u201d has failed to change the harbour board's behaviour.", "author"),
    # a that-clause a longer phrase away from its verb of saying
    ("In July, the board said in its annual harbour white paper that the ferry is more important than ever.",
     "reported"),
    # a view, a fear, a saying, an advocacy or a decision of others', however its clause runs
    ("After the storms, some believe the town needs to increase its harbour budget.", "reported"),
    ("Some critics say the mayor declined the advice of the harbour board, which has strongly advocated that the "
     "port must close.", "reported"),
    ("The two towns are continuing to insist that the ferry talks should go on.", "reported"),
    # a feeling the sentence gives to the one it names
    ("The harbour board is becoming increasingly alarmed by the town's growing dependence on ferries.", "reported"),
    ("I am increasingly alarmed by the town's growing dependence on ferries.", "author"),
    # what someone told others, whom they told standing between the verb and its that-clause
    ("The mayor told the harbour board at its spring meeting that fees will not rise.", "reported"),
    ("I told the harbour board at its spring meeting that fees will not rise.", "author"),
    # unless the telling is what the writer judges
    ("The mayor did the right thing in telling the board that fees will not rise.", "author"),
    ("The mayor surprised the board by saying that fees will not rise.", "reported"),
    # a need someone stated or agreed on
    ("The mayor spoke to the council on Monday, highlighting the need for continued support for the ferry.",
     "reported"),
    ("We spoke to the council on Monday, highlighting the need for continued support for the ferry.", "author"),
    # a threat someone voiced, however it was sent
    ("The mayor has pointed the finger at the port and threatened via the radio that the town would stop all "
     "trade with Westport.", "reported"),
    # a hope nobody is named for, a view held around, a perception by others
    ("The candid admission, it was hoped, will be grounds for a drastic change in the port's policy.", "reported"),
    ("That the four ports will take part in the drill is widely considered to be the latest step of the coastal pact.",
     "reported"),
    ("The port is at the heart of this, with the town increasingly perceived by the mainland as a critical bulwark "
     "against smugglers.", "reported"),
    # how an actor named first sees a thing
    ("The Harbour Board sees its role in the region declining.", "reported"),
    ("The Harbour Board sees the pier as vital to the town.", "reported"),
    ("I see the pier as vital to the town.", "author"),
    # ... after a concession set off by a comma, and in a participle set off by one
    ("Important as the ferries are, the harbour board sees the pier as a potential anchor of the coast.", "reported"),
    ("Though the pier is old, we see it as a vital asset.", "author"),
    ("The town board has adopted \u201cFerries First\u201d as its slogan, viewing outside ferries as harmful to "
     "local jobs.", "reported"),
    ("We kept the toll, viewing the night ferry as harmful to local jobs.", "author"),
    # a concern the sentence gives a holder it names, its only judging word
    ("The visit reflects growing Westport concerns about the tolls.", "reported"),
    # with nobody named, a concern is the writer's; one an act reflects is of those whose act it is (readers of real
    # prose found a law's "growing concern" read as the writer's unfair)
    ("Growing concerns about the tolls hang over the visit.", "author"),
    ("The visit reflects growing concerns about the tolls.", "reported"),
    ("The second lesson of Westport concerns the tolls on the ferry.", "author"),
    # a quotation opening the sentence, then who said or wrote it, every cue inside the quotation
    ('"Solving the ferry problem is not easy at all," the mayor told a news conference with the rival mayor at the '
     'town hall.', "reported"),
    ("\u201cThe storm will forever alter the coast of the islands\u201d \u2014 so reads the headline of a column by a "
     "former harbour master.", "reported"),
    ('"Solving the ferry problem is not easy at all," I told the council.', "author"),
    # a preference someone holds; a stance someone takes toward a thing, judging words and all
    ("Their preference would be returning to the talks on the ferry.", "reported"),
    ("The town appreciates the board's decision to make the storm threat a priority.", "reported"),
    ("We appreciate the board's decision to make the storm threat a priority.", "author"),
    # a name a plural subject gives a thing, in the base form of the verb
    ("Critics in the harbour board call the new pier a costly mistake.", "reported"),
    ("We call the new pier a costly mistake.", "author"),
    # a decision told with nobody named, an adverb or not between ("It was also determined that...")
    ("It was also determined that a second ferry will be organized for the islanders.", "reported"),
    ("It was decided that the old pier must close.", "reported"),
    # the dots and hyphens of a name do not carry the judging words out of what is named
    ("The harbour board called the U.S.-Japan ferry pact a reckless mistake.", "reported"),
    ("The harbour board, which calls the ferry pact \"provocative\" and \"expensive,\" damages the pier.", "author"),
    ("In the long term, a second pier for the ferries is necessary.", "author"),
    # how a thing looks to a person named by title
    ("To Mr. Sato, this answer from the board must sound quite satisfactory.", "reported"),
])
def test_attribution(text, attribution):
    assert extract(text).attribution == attribution


def test_a_need_someone_else_saw_is_no_call_of_the_writers():
    told = extract("The mayor saw no need to close the ferry port.")
    assert told is None or told.kind != "prescription"
    own = extract("I see no need to close the ferry port.")
    assert (own.kind, own.polarity, own.attribution) == ("prescription", -1, "author")
    agreed = extract("The two mayors have agreed on the need to mend ties between the ferry towns.")
    assert agreed is None or agreed.kind != "prescription" or agreed.attribution != "author"
    ours = extract("We agreed on the need to mend ties between the ferry towns.")
    assert (ours.kind, ours.attribution) == ("prescription", "author")


def test_a_verdict_said_now_is_not_told_as_happened_by_a_perfect_in_another_clause():
    judged_now = extract("The ferry company has published a timetable, but it is regrettable that no safety plan is "
                         "included.")
    assert judged_now.polarity == -1 and judged_now.cues["mood"] != "realised"
    # a harm named as the subject of its verdict, beside a development: told as having happened
    assert extract("The port has lost its ferries, and the damage is grave.").cues["mood"] == "realised"


def test_how_little_news_surprises_frames_the_sentence_and_it_is_urgent_calls():
    # "should" on the news's surprise prescribes nothing; what follows the colon is narration
    assert extract("This should come as no surprise: the harbour board has long pressed the city to dredge the "
                   "port.") is None
    # nor on how plain a thing is
    plain = extract("The skipper said what should be obvious: the ferry will not sail before spring.")
    assert plain is None or plain.kind != "prescription"
    urgent = extract("It is urgent to build confidence between the two ferry towns.")
    assert (urgent.kind, urgent.polarity, urgent.attribution) == ("prescription", 1, "author")


def test_an_editorials_verdicts_on_an_event_judge_it():
    stunt = extract("The mayor's meeting with the ferry board is a stunt, not a breakthrough.")
    assert (stunt.kind, stunt.polarity, stunt.attribution) == ("evaluation", -1, "author")
    assert extract("The council's effort to keep the ferry is laudable.").polarity == 1


def test_an_adjective_ending_in_ed_names_a_quality_not_an_event():
    # "shortsighted" judges the focus; nothing is told as having happened (as "damaged" would tell)
    quality = extract("The plan only reveals a shortsighted focus on the ferry port.")
    assert quality.polarity == -1 and quality.cues["mood"] != "realised"
    assert extract("The plan has damaged the ferry port.").cues["mood"] == "realised"


def test_a_view_framed_as_someone_elses_is_reported():
    assert extract("In her view the ferry treaty has failed the ports.").attribution == "reported"
    assert extract("In the mayor's judgement the ferry treaty has failed the ports.").attribution == "reported"
    assert extract("In my view the ferry treaty has failed the ports.").attribution == "author"
    assert extract("In Sato's view the ferry treaty has failed the ports.",
                   author_names=frozenset({"Sato"})).attribution == "author"


def test_an_interview_turn_belongs_to_its_speaker():
    asked = extract("Reporter (Q): How would you judge the summit?", speaker=Speaker(is_author=False))
    answered = extract("Sato (S): The summit was a mistake.", speaker=Speaker(is_author=True))
    assert asked.attribution == "question" and answered.attribution == "author"
    quoted = extract("\u201cThe talks must resume,\u201d Sato said.", author_names=frozenset({"Sato"}))
    assert quoted.attribution == "author"


def test_a_speakers_label_is_not_the_subject_of_what_the_turn_reports():
    # the author's turn passes on what a paper reported: the paper's account, not the author's forecast
    names = frozenset({"Ken", "Sato"})
    passed_on = extract("Sato: The harbour gazette reported that the ferry tolls will rise in May.",
                        speaker=Speaker(is_author=True), author_names=names)
    own = extract("Sato: I said then that the ferry tolls must fall.", speaker=Speaker(is_author=True),
                  author_names=names)
    assert passed_on.attribution == "reported" and own.attribution == "author"


@pytest.mark.parametrize("text, attribution", [
    # how someone regards a thing is their view; the writer's own regard, or one called for, is the writer's
    ("My colleagues regard the ferry pact as a mistake.", "reported"),
    ("Both towns regard the ferry pact as a mistake.", "reported"),
    ("I regard the ferry pact as a mistake.", "author"),
    ("Japan should regard the ferry pact as a mistake.", "author"),
    ("With regard to the tolls, the ferry pact is a mistake.", "author"),
])
def test_how_someone_regards_a_thing_is_their_view(text, attribution):
    assert extract(text).attribution == attribution


@pytest.mark.parametrize("text, attribution", [
    # what someone was told, with no "that": the teller's view, whoever heard it
    ("The mayor told reporters the ferry pact was a disaster for the island.", "reported"),
    ("Several colleagues told me the ferry pact was a disaster for the island.", "reported"),
    ("Last week the mayor told the council the ferry pact was a disaster for the island.", "reported"),
    # what a thing tells is what the writer reads in it
    ("It tells me the ferry pact was a disaster for the island.", "author"),
])
def test_what_someone_was_told_without_that_is_the_tellers(text, attribution):
    assert extract(text).attribution == attribution


def test_what_was_said_of_a_long_subject_opened_by_a_quantifier_is_reported():
    # no "that", and the subject runs past the reach after a verb of saying: its opening word shows a clause follows
    said = extract("The spokesman said any chance of talks between the mayor and the ferry board's new chairman "
                   "has clearly become more distant.")
    assert said.attribution == "reported"


@pytest.mark.parametrize("text", [
    "The ministry withdrew from the agreement in March.",
    "Japan is expanding its naval patrols near the islands.",
    "The United States imposed new tariffs last year.",
    "Leaders met twice and talked about threats of war.",
    "Support for the ferry link is strong.",               # a noun first, then a finite verb: no imperative
    "Last year the port agreed to a lower rate and a very large investment pledge.",   # a promise named, not made
    "The port cut its fees after the city pledged new money for the harbour.",         # another's promise, told
    "The port escaped the worst only by promising to lower its fees.",                 # the means of a deed told
    "Both towns signed the ferry accord in May, with the port pledging new berths.",   # a circumstance of it
    # an act named by its gerund, not judged ("the strengthening of", as against "an encouraging sign")
    "The three parts of the ferry plan include the strengthening of the harbour walls.",
    # a process told as moving on (the noun judges: "made progress")
    "Against this backdrop, the shift of ferry traffic to the north is also progressing.",
    # an urgent time or choice, no praise and no call
    "The ferry talks are now at a critical moment.",
    "It is a crucial time for the harbour.",
    # "must have" with a participle infers what was so
    "The harbour master must have known about the ferry strike.",
    "Many shippers must have become aware of the ferry tolls.",
    # "would have" with a participle and no direction tells what would have been
    "To that end, the new radar would have tracked the ferries in mid-channel, where they slow down.",
    # "must be" with a verb of mind or attempt in -ing guesses what someone is doing
    "The harbour master must be trying to shelve the ferry pier plan.",
    "Westport must be wondering whether the ferry pact will last.",
    # any "must be" with -ing, -ed or a noun in what the writer says they assume guesses what is so
    "I assume the harbour master must be finding the ferry board a very tough partner.",
    "We suspect there must be a quiet deal on the ferry tolls.",
    # "having to": an obligation named or told, no call
    "The ferry firm is having to cut its fees.",
    "Freed from having to cope with the ferry tolls, the port has cut its fees.",
    # what a rule obliges someone to do, told as a fact
    "Ferry operators are also required to file their timetables with the port.",
    "The harbour ordinance requires ferry operators to file their timetables.",
    "The port has the Ferry Act, a 1979 law requiring operators to file their timetables.",
])
def test_narration_takes_no_position(text):
    assert extract(text) is None


@pytest.mark.parametrize("text, polarity", [
    # what ought to have been done judges a past step, in the call's direction: nothing is called for now
    ("The council should have reopened the ferry pier years ago.", 1),
    ("The council ought to have reopened the ferry pier years ago.", 1),
    ("Tokyo should never have closed the ferry pier.", -1),
    ("Tokyo should not have closed the ferry pier.", -1),
])
def test_what_ought_to_have_been_done_is_a_verdict_not_a_call(text, polarity):
    stance = extract(text)
    assert (stance.kind, stance.polarity, stance.cues["mood"]) == ("evaluation", polarity, "past")


@pytest.mark.parametrize("text", [
    "The harbour board must be doing more to keep the ferry link open.",      # no assumption: a call
    "I suppose we must be ready to pay for the ferry link.",                  # the writer's own duty, assumed: a call
    "I suppose all of us must be prepared to pay for the ferry link.",
    "Analysts assume the council must be doing more to fund the ferry link.",  # not the writer's assumption
    "I suppose the ferry tolls must be scrapped.",                            # a duty in the passive
    "I assume the ferry board must be reformed.",
    "I suppose the priority must be rebuilding the ferry pier.",              # a predicate
    "I suppose the council must be willing to pay for the ferry link.",
    "I guess so, but the ferry board must be doing more.",                    # the assumption ends at the comma
])
def test_a_must_be_outside_the_writers_assumption_still_calls(text):
    assert extract(text).kind == "prescription"


def test_should_have_with_a_noun_is_still_a_call():
    assert extract("The council should have a plan for the ferry pier.").kind == "prescription"


def test_a_must_be_that_an_inference_concludes_is_no_call(seeded, tmp_path):
    judge_against_essay(seeded, tmp_path / "later.txt",
                        "Notes\n\nMay 2018\n\nAs I see it, this plainly implies there must be a hidden "
                        "agreement between Trump and Kim Jong-un.\n\nAs I see it, this plainly implies "
                        "Pyongyang must return to the talks.\n", "Notes", author="A. Writer")
    rows = sql(seeded, "select s.text, p.kind from positions p join sentences s on s.id = p.sentence_id "
                       "where s.text like 'As I see it%'")
    assert [(row["text"][-20:], row["kind"]) for row in rows] == [("return to the talks.", "prescription")]


def test_what_evidence_shows_is_the_writers_claim():
    # "shows" before "that" is a verb, not a noun whose content the clause gives ("TV shows that..." is a noun)
    for text in ("The harbour vote shows that the ferry tolls are unpopular.",
                 "This way of pressing the port shows that the town has no respect for its ferry crews."):
        stances = extract_for_issues(text, {"trade": ()})
        assert (stances["trade"].polarity, stances["trade"].attribution) == (-1, "author"), text


def test_progress_made_or_denied_judges():
    assert extract("The two ports made real progress on the ferry link.").polarity == 1
    assert extract("The ferry board has not progressed with the times.").polarity == -1


def test_a_reason_that_names_the_only_issue_carries_the_main_claim_to_it():
    text = "The town should keep the ferry running in full, because a steady service is the only thing Moscow respects."
    stances = extract_for_issues(text, {"russia": span(text, "Moscow")})
    assert (stances["russia"].kind, stances["russia"].polarity) == ("prescription", 1)
    # a time after "since" is no reason; where the main clause names an issue of its own, the reason's issue is
    # not what the claim is about
    text = "The ferry should keep running as it has since Moscow closed the pass."
    assert "russia" not in extract_for_issues(text, {"russia": span(text, "Moscow")})
    text = "The tariffs should be lifted, because Moscow will gain from the quarrel."
    stances = extract_for_issues(text, {"trade": span(text, "tariffs"), "russia": span(text, "Moscow")})
    assert "trade" in stances and "russia" not in stances


def test_a_course_judged_and_denied_is_called_against():
    for text in ("Closing the ferry port is not a viable option.", "Raising the ferry tolls is not advisable.",
                 "A ferry pact is not the best option for the town."):
        assert extract(text).polarity == -1, text
    for text in ("The town has no option but to keep the ferry.", "It is not only necessary but urgent to keep the ferry.",
                 "Keeping the ferry is a viable option."):
        assert extract(text).polarity == 1, text


def test_appreciating_in_value_is_no_stance():
    assert extract("The port's currency appreciated after the ferry talks.") is None


def test_good_judges_only_in_its_phrases_never_as_goods():
    # alone, the stem of "good" is that of "goods"
    assert extract("Tolls on goods for the ferry rose in May.") is None
    assert extract("Goods move through the ferry port freely.") is None
    assert extract("This is a good start for the ferry talks.").polarity == 1
    # a word between "good" and its noun breaks the phrase; the common ones are phrases of their own
    for text in ("The ferry talks were a good first step.", "The ferry talks seemed the best first step possible.",
                 "It is a good beginning for the ferry talks."):
        assert extract(text).polarity == 1, text


def test_a_necessity_told_in_the_past_is_a_verdict_on_the_past_not_a_call():
    for text in ("The port was vital in rescuing the ferry pact.", "It was absolutely necessary to close the port."):
        stance = extract(text)
        assert (stance.kind, stance.polarity, stance.cues["mood"]) == ("evaluation", 1, "past")
    assert extract("It would be vital to rescue the ferry pact.").kind == "prescription"


def test_a_requirement_the_writer_states_is_still_a_call():
    # (what a rule will require is its terms: news, no call of the writer's)
    ordinance = extract("The harbour ordinance will require ferry operators to file their timetables.")
    assert ordinance is None or ordinance.kind != "prescription"
    assert extract("The port must have a ferry link able to carry trucks.").kind == "prescription"   # a possession
    assert extract("What is required is a standing ferry commission.").kind == "prescription"
    assert extract("Ferry operators should be required to file their timetables.").kind == "prescription"


def test_poison_is_a_verdict_against_and_safer_one_for():
    assert extract("Talk of a ferry tax would be poison for the harbour today.").polarity == -1
    assert extract("The old toll was a habit rather than a principle, and the harbour is safer without it.").polarity == 1


def test_ought_prescribes_with_an_adverb_inside():
    assert extract("The council ought also to press the ferry company for lower fares.").kind == "prescription"


def test_a_course_ruled_out_is_judged_against():
    assert extract("Talks on the canal are off the table until the strike ends.").polarity == -1


def test_its_time_we_calls_for_the_act_it_puts_in_the_past_tense():
    stance = extract("It's time we stopped charging tolls on the canal.")
    assert stance.kind == "prescription" and stance.cues["mood"] != "realised"
    assert extract("It is high time for the council to open the harbour.").kind == "prescription"


def test_a_framing_modal_prescribes_nothing():
    assert extract("It must be noted that the talks resumed in May.") is None
    # a modal on the writer's own act of speaking: what the writer disagrees with is said elsewhere
    assert extract("I sailed on those ferries for ten years, and I must respectfully disagree.") is None
    # a modal on the writer's candour opens what comes next
    assert extract("On the ferries, we must also be honest about the weather.") is None
    assert extract("We have to be frank about the harbour.") is None


# --- 3. judgements across documents ------------------------------------------------------------------------


AFTER_THE_SUMMIT = (
    "After the Summit\n\nMarch 2019\n\n"
    "A US retreat from its leadership role has already damaged the credibility of the United States across "
    "Asia. Japan must urgently open a channel for talks with North Korea, since negotiations are now the only "
    "path. Many experts have concluded that North Korea will never give up its weapons. "
    "Should Tokyo simply wait? Tokyo should coordinate watertight export controls on chip makers with "
    "like-minded economies. Rushing into export controls for chip makers would prove counterproductive.\n")


@pytest.fixture
def judged(seeded, tmp_path):
    """The seed essay against a short commentary written for this test (an excerpt: most issues absent)."""
    return judge_against_essay(seeded, tmp_path / "commentary.txt", AFTER_THE_SUMMIT, "After the Summit")


@pytest.fixture
def judged_by_rules(rules_only, seeded, tmp_path):
    return judge_against_essay(seeded, tmp_path / "commentary.txt", AFTER_THE_SUMMIT, "After the Summit")


def test_an_excerpt_drops_nothing(judged):
    assert not [r for r in judged if r["change"] == "dropped"]


def test_reported_views_and_questions_get_no_label(judged):
    assert not [r for r in judged if "Many experts" in (r["right_sentence"] or "")]
    assert not [r for r in judged if "simply wait" in (r["right_sentence"] or "")]


def test_a_warning_come_true_is_strengthened(judged):
    rows = [r for r in judged if "already damaged" in (r["right_sentence"] or "")]
    assert rows and {r["change"] for r in rows} == {"strengthened"}
    assert "warning" in rows[0]["explanation"]


def test_a_firmer_restatement_is_strengthened_and_a_novel_claim_is_new(judged):
    talks = {r["change"] for r in judged if "open a channel" in (r["right_sentence"] or "")}
    assert talks == {"strengthened"}
    novel = [r for r in judged if "watertight" in (r["right_sentence"] or "")]
    assert novel and {r["change"] for r in novel} == {"new"}


def test_the_rules_leave_a_warning_without_a_counterpart_unlabelled(judged_by_rules):
    # a new position is one the writer calls for: the rules leave a warning without a counterpart unlabelled
    assert not [r for r in judged_by_rules if "Rushing into" in (r["right_sentence"] or "")]
    assert {r["change"] for r in judged_by_rules if "watertight" in (r["right_sentence"] or "")} == {"new"}


def test_the_learned_judge_reads_a_warning_against_what_the_base_never_treats_as_new(judged):
    # the essay says nothing of export controls: a warning against rushing into them is a position of its own
    rows = [r for r in judged if "Rushing into" in (r["right_sentence"] or "")]
    assert [(r["issue_id"], r["change"]) for r in rows] == [("trade", "new")]
    assert rows[0]["explanation"].startswith("learned judge") and "the rules gave no label" in rows[0]["explanation"]


def test_what_is_still_needed_was_needed_before_so_it_is_not_new(seeded, tmp_path):
    judged = judge_against_essay(
        seeded, tmp_path / "later.txt",
        "Chips\n\nMay 2024\n\n"
        "Japan needs to align its export controls on semiconductors with the Netherlands.\n\n"
        "Canberra and Ottawa still need a joint plan on semiconductors and export controls, and the Netherlands is "
        "no substitute for that.\n",
        "Chips")
    assert labels_on(judged, "Japan needs to") == {("trade", "new")}
    assert not labels_on(judged, "still need")


def test_a_judgement_told_as_come_about_restates_the_bases_judgement_of_the_present(seeded, tmp_path):
    # the essay finds "an air of uncertainty" now; the later text tells the uncertainty as brought about: the same
    # judgement, loosely paired (a warning of the essay's, told as come true, would be `strengthened`)
    judged = judge_against_essay(
        seeded, tmp_path / "later.txt",
        "Order\n\nMay 2018\n\nAmerica's retreat has thrown the international order into considerable "
        "uncertainty.\n", "Order")
    rows = [r for r in judged if "America's retreat" in (r["right_sentence"] or "")]
    assert [(r["issue_id"], r["change"]) for r in rows] == [("us-leadership", "unchanged")]
    assert "same direction (-1)" in rows[0]["explanation"]


def test_memo_headers_are_not_interview_turns():
    from compare.analysis import speakers

    memo = [SentenceRow(1, 1, 1, "To: Members of the working group"), SentenceRow(2, 1, 2, "From: A. Writer"),
            SentenceRow(3, 2, 3, "Japan should raise its defense budget gradually.")]
    assert {s.is_author for s in speakers(memo, frozenset({"Writer"})).values()} == {None}
    interview = [SentenceRow(1, 1, 1, "Reporter (Q): Will the talks resume?"),
                 SentenceRow(2, 1, 2, "Sato (S): They must resume soon."),
                 SentenceRow(3, 1, 3, "Q: And sanctions?"), SentenceRow(4, 1, 4, "Sato: They should stay.")]
    turns = speakers(interview, frozenset({"Sato"}))
    assert [turns[k].is_author for k in (1, 2, 3, 4)] == [False, True, False, True]


def test_the_items_of_a_list_introduced_as_others_view_are_theirs():
    from compare.analysis import who_speaks

    text = [SentenceRow(1, 1, 1, "The harbour board has been criticised for the new tolls."),
            SentenceRow(2, 1, 2, "The criticism typically goes like this:"),
            SentenceRow(3, 1, 3, "\u2022 The tolls will drive the ferries to Westport."),
            SentenceRow(4, 1, 4, "\u2022 The pier will then be empty within a year."),
            SentenceRow(5, 1, 5, "The reasoning is sound, but it misses the point.")]
    turns, _ = who_speaks(text, frozenset({"Sato"}))
    assert [turns[k].is_author for k in (3, 4)] == [False, False] and turns[5].is_author is None
    # a list the writer introduces stays the writer's
    own = [SentenceRow(1, 1, 1, "My own view comes in two parts:"),
           SentenceRow(2, 1, 2, "\u2022 The tolls will drive the ferries to Westport.")]
    turns, _ = who_speaks(own, frozenset({"Sato"}))
    assert turns[2].is_author is None
    # "US" is no first person: the critics' list stays theirs
    us = [SentenceRow(1, 1, 1, "US critics make two arguments:"),
          SentenceRow(2, 1, 2, "\u2022 The tolls will drive the ferries to Westport.")]
    turns, _ = who_speaks(us, frozenset({"Sato"}))
    assert turns[2].is_author is False


def test_words_introduced_as_someones_speech_are_theirs_to_the_end_of_the_next_paragraph():
    from compare.analysis import who_speaks

    # SentenceRow(id, section, paragraph, text)
    text = [SentenceRow(1, 1, 1, "In it, the harbour master Sato says that the pier should be rebuilt:"),
            SentenceRow(2, 1, 2, "The ferries tend to see Westport as the threat, but the tolls are the real issue."),
            SentenceRow(3, 1, 2, "The pier will not easily recover after this storm."),
            SentenceRow(4, 1, 3, "The board should listen to him.")]
    turns, _ = who_speaks(text, frozenset({"Writer"}))
    assert [turns[k].is_author for k in (2, 3)] == [False, False] and turns[4].is_author is None
    # the writer's own introduction leaves the words the writer's
    own = [SentenceRow(1, 1, 1, "I told the harbour board Sato what I think:"),
           SentenceRow(2, 1, 2, "The pier will not easily recover after this storm.")]
    turns, _ = who_speaks(own, frozenset({"Writer"}))
    assert turns[2].is_author is None


def test_an_excerpt_with_one_question_and_the_authors_answer_is_an_interview():
    from compare.analysis import speakers

    # a pull quote above the questions is read as it stands (no speaker), not as someone else's quoted speech
    excerpt = [SentenceRow(1, 1, 1, "\u201cThe ferry merger was one step in a long process.\u201d"),
               SentenceRow(2, 1, 2, "Harbour Gazette (HG): How do you judge the merger?"),
               SentenceRow(3, 1, 3, "Sato: It is a pity, but the process goes on.")]
    turns = speakers(excerpt, frozenset({"Sato"}))
    assert [turns[k].is_author for k in (1, 2, 3)] == [None, False, True]
    # two turns by people neither of whom wrote the text are no interview of its author
    assert {s.is_author for s in speakers(excerpt, frozenset({"Ota"})).values()} == {None}


def test_a_written_reply_to_numbered_questions_is_the_writers():
    from compare.analysis import speakers

    replies = [SentenceRow(1, 1, 1, "Q1: Should the port raise its fees?"),
               SentenceRow(2, 1, 2, "Reply: The fees should rise slowly."),
               SentenceRow(3, 1, 3, "Q2: And the ferry link?"), SentenceRow(4, 1, 4, "Reply: It must stay open.")]
    turns = speakers(replies, frozenset({"Sato"}))
    assert [turns[k].is_author for k in (1, 2, 3, 4)] == [False, True, False, True]


def test_a_turn_may_start_inside_a_paragraph_and_in_capitals():
    from compare.analysis import speakers

    # question and answer in one paragraph, one line each
    same_paragraph = [SentenceRow(1, 1, 1, "Q: Will the ferry talks resume?"),
                      SentenceRow(2, 1, 1, "Sato: They must resume soon."),
                      SentenceRow(3, 1, 2, "Q: And the fees?"), SentenceRow(4, 1, 2, "Sato: They should fall.")]
    turns = speakers(same_paragraph, frozenset({"Sato"}))
    assert [turns[k].is_author for k in (1, 2, 3, 4)] == [False, True, False, True]
    # a transcript's speakers in capitals; "Second:" names nobody
    transcript = [SentenceRow(1, 1, 1, "HOST: Where do you stand?"), SentenceRow(2, 1, 2, "SATO: Against the fees."),
                  SentenceRow(3, 1, 2, "Second: the port must stay open."), SentenceRow(4, 1, 3, "HOST: Thank you.")]
    turns = speakers(transcript, frozenset({"Sato"}))
    assert [turns[k].is_author for k in (1, 2, 3, 4)] == [False, True, True, False]


def test_an_answer_to_a_question_is_the_interviewees_turn():
    from compare.analysis import speakers

    interview = [SentenceRow(1, 1, 1, "Q: Will the ferry talks resume?"),
                 SentenceRow(2, 1, 2, "A: They must resume soon."), SentenceRow(3, 1, 2, "The fees should fall."),
                 SentenceRow(4, 1, 3, "Q: And the port?"), SentenceRow(5, 1, 4, "A: It should stay open.")]
    turns = speakers(interview, frozenset({"Sato"}))
    assert [turns[k].is_author for k in (1, 2, 3, 4, 5)] == [False, True, True, False, True]
    # a podcast's guest answers its host
    podcast = [SentenceRow(1, 1, 1, "HOST: Will the ferry talks resume?"), SentenceRow(2, 1, 2, "GUEST: They must."),
               SentenceRow(3, 1, 3, "HOST: And the port?"), SentenceRow(4, 1, 4, "GUEST: It should stay open.")]
    turns = speakers(podcast, frozenset({"Sato"}))
    assert [turns[k].is_author for k in (1, 2, 3, 4)] == [False, True, False, True]


def test_in_a_write_up_about_the_author_he_said_is_the_author():
    from compare.analysis import is_profile, position_rows

    profile = [SentenceRow(1, 1, 1, "Mr. Sato has spent forty years on the ferry question."),
               SentenceRow(2, 1, 1, "Sato said the talks had stalled."),
               SentenceRow(3, 1, 2, "He said the ferry line must stay open.")]
    assert is_profile(profile, frozenset({"Sato"}))
    assert not is_profile(profile[2:], frozenset({"Sato"}))
    tags = [Tag(3, "trade", 1.0, "keyword", "ferry")]
    (row,) = position_rows(1, profile, tags, frozenset({"Sato"}), "test")
    assert row[-1] == "author"
    # a view of the author's from a time gone by is a former view
    profile[2] = SentenceRow(3, 1, 2, "He once said the ferry line must stay open.")
    (row,) = position_rows(1, profile, tags, frozenset({"Sato"}), "test")
    assert row[-1] == "reported"


def test_a_quotation_is_the_quoted_persons_view_not_the_writers():
    from compare.analysis import position_rows

    article = [SentenceRow(1, 1, 1, "Professor Lin has studied the ferry question for decades."),
               SentenceRow(2, 1, 2, '"The harbour board was right," she said over tea.'),
               SentenceRow(3, 1, 2, '"The ferry line must stay open.'),
               SentenceRow(4, 1, 2, 'Its fees should fall."'),
               SentenceRow(5, 1, 3, "The ferry line must stay open, and its fees should fall."),
               SentenceRow(6, 1, 3, '"Ferry first" thinking should end.')]
    tags = [Tag(k, "trade", 1.0, "keyword", "ferry") for k in (3, 4, 5, 6)]
    rows = {row[1]: row[-1] for row in position_rows(1, article, tags, frozenset({"Hartmann"}), "test")}
    # a quotation, and the sentence that goes on with it, are the speaker's; the writer's own sentence and a
    # scare-quoted phrase are the writer's
    assert rows == {3: "reported", 4: "reported", 5: "author", 6: "author"}


def test_a_text_that_names_its_author_three_times_is_a_write_up_about_the_author():
    from compare.analysis import is_profile

    write_up = [SentenceRow(1, 1, 1, "Hana Sato spent forty years on the ferry question."),
                SentenceRow(2, 1, 2, "Speaking in April, the former minister was blunt."),
                SentenceRow(3, 1, 3, "For Sato, the ferry is a matter of trust."),
                SentenceRow(4, 1, 4, "Sato has no patience for the harbour board.")]
    assert is_profile(write_up, frozenset({"Hana", "Sato"}))
    # a byline and a sign-off name the writer of an op-ed twice: not a write-up
    op_ed = [SentenceRow(1, 1, 1, "By Hana Sato"), SentenceRow(2, 1, 2, "The ferry must stay open."),
             SentenceRow(3, 1, 3, "Hana Sato chairs the harbour forum.")]
    assert not is_profile(op_ed, frozenset({"Hana", "Sato"}))


@pytest.mark.parametrize("author, names", [
    ("Hitoshi Tanaka (interviewed by the Harbour Review)", {"Hitoshi", "Tanaka"}),
    # a host, moderator or interviewer asks: the guests' views are the ones published
    ("Mara Quint (host) with Oren Falk", {"Oren", "Falk"}),
    ("Oren Falk (harbour economist), with host Mara Quint", {"Oren", "Falk"}),
    ("Mara Quint (ferry podcast host) and Oren Falk (harbour economist)", {"Oren", "Falk"}),
    ("Oren Falk (guest), Mara Quint (host)", {"Oren", "Falk"}),
    ("Lena Voss and Oren Falk", {"Lena", "Voss", "Oren", "Falk"}),
    # whom a write-up is about, or an affiliation after a comma, is not its author
    ("Lena Voss (correspondent) on Oren Falk (negotiator)", {"Lena", "Voss"}),
    ("Lena Voss, Harbour Forum for Canal Strategy", {"Lena", "Voss"}),
    # a profile named by its subject is not by its subject
    ("Profile of Oren Falk (harbour negotiator)", set()),
    ("Oren Falk (harbour negotiator), profiled", set()),
    ("Oren Falk (harbour negotiator; newspaper profile)", set()),
    ("Oren Falk (profiled by Lena Voss)", {"Lena", "Voss"}),
    # a place or a people in an outlet's name names no writer: "South Korea argued..." is Seoul's view
    ("South Harbour Morning Post (editorial)", {"Harbour", "Morning", "Post"}),
    ("The Korea Ferry Times (editorial)", {"Ferry", "Times"}),
    # a place of two words whose words are also surnames is a place only with both
    ("Hong Kong Ferry Gazette (editorial)", {"Ferry", "Gazette"}),
    ("Kong Lian (interviewed by the Harbour Review)", {"Kong", "Lian"}),
    ("Hong Mirae", {"Hong", "Mirae"}),
])
def test_the_author_field_names_who_holds_the_views(author, names):
    from compare.analysis import author_names

    assert author_names(author) == names



def test_a_modal_on_correcting_oneself_frames_what_follows():
    # "I must also correct myself on trade" announces a correction: it calls for nothing
    assert extract("I must also correct myself on the canal tolls.") is None


def test_the_best_of_its_kind_is_a_verdict_for_it():
    stance = extract("Free movement of ferries is still the best protection the small ports have.")
    assert (stance.kind, stance.polarity) == ("evaluation", 1)


def test_a_turn_that_names_nothing_is_set_against_the_base_claim_its_passage_speaks_of(seeded, tmp_path):
    # "I was wrong." scores near nothing against every base claim; the sentence before it says what was wrong
    judge_against_essay(
        seeded, tmp_path / "later.txt",
        "Islands\n\nMay 2022\n\nThe war in Ukraine has ended the talks on the islands. "
        "In 2016 I held that Moscow's isolation gave Tokyo a rare opportunity on the territorial question. I was wrong. "
        "Moscow was never going to trade the islands for investment.\n", "Islands")
    rows = sql(seeded, "select change, left_sentence, explanation from position_change_detail "
                       "where right_sentence = 'I was wrong.'")
    assert [(r["change"], "rare opportunity" in r["left_sentence"]) for r in rows] == [("reversed", True)]
    assert "shares most of what it and the sentences around it say" in rows[0]["explanation"]


def test_a_change_set_against_the_closest_claim_moves_to_the_claim_its_passage_names_and_the_label_stands():
    from compare.changes import Change, PositionRow
    from compare.echo import EchoIndex
    from compare.judge import ACTOR_STEMS, set_against_counterparts

    def claim(sentence_id, text):
        return PositionRow(sentence_id, sentence_id, "russia", "evaluation", 1, 2.0, False, None, {}, text)

    sanctions = claim(1, "Japan should keep its sanctions on Moscow in step with the G7 partners.")
    islands = claim(2, "Moscow's isolation offers Tokyo a rare opening to settle the dispute over the islands.")
    turn = claim(10, "I no longer believe that.")
    passages = {10: "For years I held that Moscow's isolation offered a rare opening on the islands. "
                    "I no longer believe that."}
    echo = EchoIndex.build([sanctions.text, islands.text], ignore=ACTOR_STEMS)
    meaning = {sanctions.text: 0.02, islands.text: 0.11}

    def moved(change, around):
        return set_against_counterparts([change], [sanctions, islands], around, echo,
                                        lambda left, right: meaning[left.text])

    closest = Change("russia", sanctions, turn, "reversed", 0.02, "fared", closest_only=True)
    result, = moved(closest, passages)
    assert (result.left, result.change, result.score) == (islands, "reversed", 0.11)
    assert result.explanation.startswith("fared; set against the base claim that shares most of what it")
    # a counterpart a rule chose for its sort (a warning borne out) or a new claim: nothing moves
    for change in (Change("russia", sanctions, turn, "strengthened", 0.02, "warned"),
                   Change("russia", None, turn, "new", 0.02, "new")):
        assert moved(change, passages) == [change]
    # the sentence's own words count as much as its passage's: one that names the sanctions keeps them
    own = claim(11, "I no longer believe the sanctions on Moscow should stay in step with the G7.")
    assert moved(replace(closest, right=own), {11: passages[10] + " " + own.text}) == [replace(closest, right=own)]


def test_a_state_of_harm_after_what_suffers_it_judges_the_situation():
    # the good things named are what is harmed: the sentence is against what harms them, not for them
    risk = extract("The feud is increasingly putting the safety and stability of the ferry route at risk.")
    assert (risk.kind, risk.polarity) == ("evaluation", -1)
    assert extract("The stability of the ferry route is under threat.").polarity == -1
    # a risk "of" something is a forecast, no harm told
    risk = extract("If the town stays passive, it is in danger of being left out of the ferry talks.")
    assert risk is None or risk.cues["polarity"] == []
    # deterrence's "hold X at risk" threatens X: no harm is told
    held = extract("A navy able to hold the rival's ferry terminals at risk adds to the port's security.")
    assert held is None or held.polarity >= 0
    # a good thing elsewhere, not harmed, still counts
    assert extract("The ferry route is stable and its future is bright.").polarity == 1


def test_cue_words_mentioned_or_used_in_another_sense_take_no_position():
    # a term in quotation marks is mentioned, not called for
    mentioned = extract("At a time when some talk far too casually of a \u201charbour option\u201d, the regatta is "
                        "bringing the two ferry towns together.")
    assert mentioned is None or mentioned.kind != "prescription"
    # what a hypothetical event would require is no call; a requirement stated outright is one
    supposed = extract("A strike at the ferry port would require the harbour board to close the pier.")
    assert supposed is None or supposed.kind != "prescription"
    assert extract("Reopening the ferry port requires a new pier.").kind == "prescription"
    # "concerns" as "is about" is no concern; the noun still is one
    about = extract("The second change concerns ferry tolls for certain boats.")
    assert about is None or about.polarity == 0
    assert extract("Concerns about the ferry tolls remain.").polarity == -1


def test_figures_of_what_is_planned_and_a_deadlock_broken_take_no_position():
    assert extract("By cutting tolls on 91 percent of crossings, the harbour pact will cover a third of the town's "
                   "trade.") is None
    assert extract("The ferry port will close.").kind == "prediction"      # a forecast without figures stays one
    broken = extract("The ferry board's decision broke the deadlock over the harbour tolls.")
    assert broken is None or broken.polarity >= 0
    assert extract("The talks on the harbour tolls are in deadlock.").polarity == -1


def test_what_a_concern_is_named_as_is_feared_not_harmed():
    text = "The most immediate concern is the ferry port."
    at = text.index("ferry")
    assert extract_for_issues(text, {"port": ((at, at + 10),)})["port"].polarity == -1
    text = "The larger damage is to the ferry port."
    at = text.index("ferry")
    assert extract_for_issues(text, {"port": ((at, at + 10),)})["port"].polarity == 1
    text = "The strike is a threat to the ferry port."        # harm done to what the issue names: for it
    at = text.index("ferry")
    assert extract_for_issues(text, {"port": ((at, at + 10),)})["port"].polarity == 1
    # what a worry is about, or a harm comes from, is what the writer is against
    for text in ("We are deeply concerned about the ferry port.", "The town is being hurt by the ferry port.",
                 "The council voiced alarm over the ferry port."):
        at = text.index("ferry")
        assert extract_for_issues(text, {"port": ((at, at + 10),)})["port"].polarity == -1, text


def test_a_name_the_writer_shares_with_someone_else_is_not_the_writer():
    names = frozenset({"Kim", "Jung-ha"})
    assert extract("Kim Jong Un said that the ferry talks must resume.", author_names=names).attribution == "reported"
    assert extract("Kim argued that the ferry talks must resume.", author_names=names).attribution == "author"


def test_in_a_text_that_quotes_another_kim_kim_said_is_not_the_writer():
    from compare.analysis import position_rows

    names = frozenset({"Kim", "Jung-ha"})
    column = [SentenceRow(1, 1, 1, "Harbour chief Kim Min-seo spoke to the council on Monday."),
              SentenceRow(2, 1, 2, "\u201cWe must keep the ferry line open. Nothing will change that.\u201d Kim said.")]
    tags = [Tag(2, "trade", 1.0, "keyword", "ferry", span(column[1].text, "ferry"))]
    assert [row[-1] for row in position_rows(1, column, tags, names, "test")] == ["reported"]
    # where the text names its writer in full, the name stays the writer's ("Kim Jung-ha Holdings" is his firm)
    column[0] = SentenceRow(1, 1, 1, "Kim Jung-ha, who founded Kim Holdings, spoke to the council on Monday.")
    assert [row[-1] for row in position_rows(1, column, tags, names, "test")] == ["author"]


def test_words_that_link_an_argument_are_no_shared_substance():
    from compare.changes import PositionRow
    from compare.judge import _shares_substance

    def claim(text: str) -> PositionRow:
        return PositionRow(1, 1, "regional-order", "evaluation", 1, 2.0, False, None, {}, text)

    base = claim("However, Beijing has still greatly benefitted from the harbour order.")
    assert not _shares_substance(base, claim("Beijing, however, still has the benefit of patience."))
    assert _shares_substance(base, claim("Beijing has benefitted from the harbour order."))



def test_a_need_in_a_relative_clause_on_a_plural_noun_is_no_call():
    stance = extract("The port would help the ferry firms in areas that require advanced engines.")
    assert stance is None or stance.kind != "prescription"
    assert extract("The port must fund ferry routes that require patience.").cues["kind"] == "must"


def test_leading_the_reader_on_is_no_call():
    for text in ("Let us start by checking the history of the ferry tolls.", "Let's turn to the ferry tolls."):
        assert extract(text) is None, text
    assert extract("Let us cut the ferry tolls now.").kind == "prescription"


@pytest.mark.parametrize("sentence, words, issue, reason", [
    # carrying something on: what another writer says should go on was there before in the world, not in the essay
    ("We hope the two leaders will keep working patiently for lasting peace on the Korean Peninsula.",
     "keep working", "north-korea", "carries on a position"),
    # a claim loosely paired with the essay's, in its direction
    ("Japan should keep deepening its partnership with Washington, step by step.", "keep deepening", "alliance",
     "same direction (+1)"),
    # a view long held, set against no related essay claim: the other writer's own view
    ("I have long argued that supply chains are now a matter of national security.", "I have long argued", "trade",
     "how a view on the issue fared"),
])
def test_a_view_kept_is_kept_only_by_the_bases_writer(seeded, tmp_path, sentence, words, issue, reason):
    text = f"Notes\n\nMay 2019\n\n{sentence}\n"
    own = judge_against_essay(seeded, tmp_path / "own.txt", text, "Notes")
    assert labels_on(own, words) == {(issue, "unchanged")}
    assert reason in own[0]["explanation"]
    both = judge_against_essay(seeded, tmp_path / "other.txt", text.replace("Notes", "Other notes", 1), "Other notes",
                               author="Mary Brown")
    assert both == own      # (every change recorded: the other writer's text added none)


def test_concerning_before_what_it_is_about_is_a_preposition():
    for text in ("Seoul dropped its complaint concerning the ferry tolls.", "Concerning the ferry tolls, Seoul waits."):
        assert extract(text) is None or extract(text).cues["polarity"] == [], text
    for text in ("The ferry tolls are deeply concerning.", "This is a concerning rise in ferry tolls."):
        assert extract(text).polarity == -1, text
    assert extract("The plan to raise the ferry tolls lacks legitimacy.").polarity == -1


def test_the_circumstances_of_a_claim_do_not_judge():
    # an opening phrase and a concession set the scene; the main clause judges
    assert extract("With an eye to rising threats from the pirates, both ferry towns now seem inclined to talk.") is None
    assert extract("In response to the decline of the ferry trade, the town has widened its harbour.") is None
    assert extract("Despite its flaws, the ferry pact is valuable.").polarity == 1
    assert extract("The ferry pact was a failure despite the effort.").polarity == -1
    assert extract("The harbour board, understanding that a toll was a non-starter, launched a ferry fund.") is None
    assert extract("The harbour board has abandoned the ferry, undermining the credibility of the port.").polarity == -1


def test_words_that_name_a_subject_or_a_stake_do_not_judge():
    # blame is no praise; "burden sharing" and "a vital interest" name a subject and a stake
    blamed = extract("The council used the quarrel as an excuse, though the mayor was solely responsible for "
                     "escalating it.")
    assert blamed is None or blamed.polarity <= 0
    assert extract("Every harbour board has sought to recalibrate ferry burden sharing.") is None
    assert extract("The ferry union has a vital interest in each of these matters.") is None
    # what an actor has to contend with is its circumstance, not a call
    assert extract("The port also has to contend with a pushier rival.") is None
    # a need someone stressed is theirs
    assert extract("At the meeting, the mayor spent his time stressing the need for more ferry investment.") is None
    # "difficult to overstate" judges
    assert extract("It would be hard to overstate how much the ferry deal matters.").polarity == 1


def test_a_write_up_about_its_author_quotes_the_author():
    quoted = "\u201cIn the end, the one course left to us is to reopen the ferry talks.\u201d"
    assert extract(quoted).attribution == "reported"
    assert extract(quoted, author_names=frozenset({"Falk", "he", "He"})).attribution == "author"


def test_a_verdict_against_leaving_something_is_for_it():
    left = extract("Withdrawing from the ferry pact was a mistake.")
    assert (left.polarity, left.cues["polarity"][-1]) == (1, "on Withdrawing")
    assert extract("Joining the ferry pact was a mistake.").polarity == -1
    assert extract("Decisions to maintain distance from the ferry pact were a mistake.").polarity == 1


def test_an_opening_participle_and_a_kind_of_thing_set_no_stance():
    assert extract("Reflecting growing concerns about ferry tolls, the bill outlines measures for the port.") is None
    assert extract("The law covers ferries and other specified important cargo.") is None
    assert extract("This is an important agreement for the ferry towns.").polarity == 1


def test_more_of_an_editorials_verdicts_judge():
    assert extract("The harbour board's remarks on the ferry were erroneous and outrageous.").polarity == -1
    assert extract("The mayor's ferry plan was a timely and courageous step.").polarity == 1
    assert extract("Sanctions on the ferry company are beginning to bear fruit.").polarity == 1
    assert extract("The talks on ferry tolls are at an impasse.").polarity == -1


def test_news_of_a_schedule_and_an_agreement_named_take_no_position():
    assert extract("The mayor is expected to announce the launch of a new ferry line during her visit.") is None
    assert extract("The minister will attend the ferry dialogue in Westport and brief the council.") is None
    assert extract("The two mayors announced a milestone agreement after their first summit.") is None
    assert extract("The ferry deal marks a milestone for the region.").polarity == 1
    # a debate about a good thing names it
    assert extract("There are many debates in the town about regional stability and ferry tolls.") is None
    # the steps of a plan decided, told in the future: what a body will set up, run or provide
    for plan in ("A large ferry bloc will be created along the coast.",
                 "The ferry pact will start with those ten ports at first.",
                 "The coast guard fleet will be flexibly operated to protect the harbour.",
                 "The port will provide berths and a training ground for the visiting fleet."):
        assert extract(plan) is None, plan
    assert extract("The ceasefire on the pier will hold.").kind == "prediction"


def test_harm_in_a_place_is_not_harm_to_the_place():
    text = "This stems from the steadily deteriorating situation in the ferry lanes."
    at = text.index("ferry")
    assert extract_for_issues(text, {"port": ((at, at + 11),)})["port"].polarity == -1


def test_the_calls_named_as_a_noun_are_no_call():
    named = extract("With the town pushing to expand, the calls for its harbour spending to match the capital's "
                    "have grown louder.")
    assert named is None or named.kind != "prescription" or named.attribution != "author"
    assert extract("We call for the harbour spending to match the capital's.").kind == "prescription"


def test_a_commitment_told_of_someone_else_is_theirs():
    told = extract("The new mayor promises to reopen the ferry link during her term, but may not question the toll.")
    assert told is not None and told.attribution == "reported"
    assert extract("We pledge to keep the ferry link open.").attribution == "author"
    assert extract("The mayor must promise to keep the ferry link open.").attribution == "author"
    # a call beside it is the writer's; a thing that only bodes more is no commitment
    assert extract("The mayor promised to keep the ferry link open, and the council should hold her to it.").attribution \
        == "author"
    assert extract("The ferry ties have grown faster than anyone predicted, and the new plan promises more.").attribution \
        == "author"
    # what two parties agreed to do is theirs, unless the writer judges it
    agreed = extract("The two mayors agreed to cooperate in persuading the port to reopen the ferry link.")
    assert agreed is None or agreed.attribution == "reported"
    assert extract("It is good news that the two mayors agreed to reopen the ferry link.").attribution == "author"


def test_a_content_clause_a_past_or_perfect_verb_acts_on_is_no_claim():
    # what happened to a view held by others says nothing of the writer's own
    assert extract("The mayor's backing has helped ease the board's position that the ferry tolls should rise.") is None
    # the writer's call to drop a view still takes in the view
    found = extract("The council should abandon the hope that the ferry tolls will fall.")
    assert found is not None and found.kind == "prescription"


def test_a_remark_by_a_named_holder_holds_its_that_clause():
    remark = extract("The remark by Harbour Master Ivo Tanabe that the two towns should sign a ferry treaty before "
                     "winter shows how little the talks have moved.")
    assert remark is None or remark.kind != "prescription"
    assert extract("Harbour Master Ivo Tanabe said the two towns should sign a ferry treaty.").attribution == "reported"


def test_an_argued_view_is_reported_however_long_its_subject():
    argued = extract("It also argues the framework for the passage of ferry crews should not be limited to the "
                     "four piers.")
    assert argued.attribution == "reported"
    assert extract("We argue the framework for the passage of ferry crews should not be limited to the four "
                   "piers.").attribution == "author"


def test_a_fear_told_of_someone_named_is_theirs():
    feared = extract("Tanabe began to seriously fear the threat of a strike on the harbour after the port radar "
                     "failed to detect two ferries.")
    assert feared is not None and feared.attribution == "reported"
    assert extract("Other fears were borne out.").cues.get("shift") == ["realised", "borne out"]


def test_a_promise_or_an_encouragement_made_is_no_verdict():
    made = extract("Tanabe promised to halt the ferry tests and dismantle the toll booths.")
    assert made is None or made.attribution == "reported" or "promised" not in made.cues["polarity"]
    told = extract("That year, the two mayors agreed to a joint declaration on ferries, promising to cooperate on "
                   "harbour safety.")
    assert told is None or told.attribution == "reported"
    assert extract("The ferry talks got off to a promising start.").polarity == 1
    # a pledge in a relative clause is not what the sentence says
    assert extract("An investor from a town that has pledged to keep the piers open is not a threat to the "
                   "harbour.").attribution == "author"


def test_a_hope_told_of_someone_named_is_theirs():
    hoped = extract("Tanabe hoped to use the festival to consolidate a bond with the mayor and achieve a breakthrough "
                    "in the ferry talks.")
    assert hoped.attribution == "reported"
    assert extract("Any hope that the mayor might help reopen the pier should have ended that day.").attribution \
        == "author"


def test_a_relative_clause_on_the_subject_comes_before_the_verb_that_reports():
    held = extract("Port hardliners led by toll adviser Ivo Tanabe, who is the author of a book, believe that the "
                   "harbour must close.")
    assert held.attribution == "reported"
    # a view held in the relative clause is not what the sentence reports
    borne = extract("The split of the delta into two trading zones, which Tanabe feared, has largely happened.")
    assert borne.attribution == "author" and borne.cues["shift"][0] == "realised"


def test_suffering_is_a_harm():
    assert extract("The harbour economies would suffer, since the two ports share many ferry firms.").polarity == -1


def test_hearsay_a_call_kept_up_and_a_hope_after_an_adverb_are_reported():
    assert extract("Reportedly, the harbour board is weighing the worries of towns caught between the two "
                   "ports.").attribution == "reported"
    assert extract("Tanabe himself continues to urge the mayor to visit the harbour and pursue direct "
                   "talks.").attribution == "reported"
    assert extract("We continue to urge the mayor to visit the harbour.").attribution == "author"
    assert extract("They also hoped that it would press the town to adopt bolder ferry reforms.").attribution \
        == "reported"


@pytest.mark.parametrize("text", [
    "This would be bad news for the harbour towns.",
    "The port towns would face a virtual blockade.",
    "The ferry closure would deal a heavy blow to the islanders.",
    "That would be a disaster for the port towns.",
    "The tolls would hamper trade with the islands.",
])
def test_a_prediction_of_harm_warns(text):
    assert (extract(text).kind, extract(text).polarity) == ("prediction", -1)


def test_disaster_relief_is_no_harm():
    # a guard: "disaster" alone names an issue's keyword (disaster relief), so only "disaster for" judges
    found = extract("The port towns should expand disaster relief drills.")
    assert found is None or found.polarity != -1


def test_an_aim_given_someone_named_is_theirs_not_the_writers():
    assert extract("The mayor's primary goal has been to head off a threat by the council to raise ferry "
                   "tolls.").attribution == "reported"
    assert extract("Their aim is to weaken the ferry union.").attribution == "reported"
    assert extract("Clearly, the mayor's top priority is to strengthen the ferry union.").attribution == "reported"
    assert extract("Before the summit, the port's major concerns were the tolls and the ferry "
                   "strike.").attribution == "reported"
    # a worry told as come true is no concern held; the writer's own aim, or one set with a modal, is a stance
    assert extract("His worry has now come true on a scale nobody imagined.").attribution == "author"
    assert extract("Our aim is to weaken the ferry union.").attribution == "author"
    assert extract("The council's goal must be to reopen the ferry.").attribution == "author"
    assert extract("The first priority is to reopen the ferry.").attribution == "author"


def test_a_promise_someone_named_made_judges_nothing():
    assert extract("The mayor renewed his promise to reopen the ferry terminal in a speech last month.") is None
    told = extract("The harbour board's promise that tolls would fall was repeated on Monday.")
    assert told is None or "promise" not in told.cues["polarity"]
    # a promise held out by a course still judges it
    assert extract("The ferry deal holds promise for the islands.").polarity == 1


def test_what_is_expected_to_be_without_a_direction_is_news():
    assert extract("The annual ferry regatta is expected to be much bigger than last year's.") is None
    # with a direction it still warns
    assert extract("The toll war is expected to hurt the islanders.").polarity == -1


def test_an_attitude_told_of_someone_is_theirs_and_critical_of_disapproves():
    told = extract("At first, the harbour board was fairly indifferent and even negative toward the ferry plan.")
    assert told.attribution == "reported"
    told = extract("The island council has been critical of the ferry tolls.")
    assert (told.attribution, told.polarity) == ("reported", -1)
    # the writer's own attitude, and the writer's verdict on someone's, are the writer's
    assert (extract("We are critical of the ferry tolls.").attribution, extract(
        "We are critical of the ferry tolls.").polarity) == ("author", -1)
    assert extract("The council was right to be wary of the ferry pact.").attribution == "author"
    # "critical to" still says what matters
    assert extract("The ferry is critical to the islands.").polarity == 1


def test_the_reason_given_for_a_deed_sets_no_stance():
    assert extract("The mayor withheld the ferry tolls because of growing concerns about the decline of "
                   "port relations.") is None
    # the main clause still judges, and still calls
    assert extract("The ferry pact is a mistake because of its tolls.").polarity == -1
    assert extract("The council should act now because of the growing threat.").kind == "prescription"


def test_a_view_found_widely_held_is_reported():
    for text in ("There is much talk to the effect that the ferry strike must change the port.",
                 "There is a growing view that the ferry tolls should go."):
        found = extract(text)       # (nothing, where the view's content is read as what the view holds)
        assert found is None or found.attribution == "reported"
    # the writer's certainty, or a need the writer finds, are the writer's
    assert extract("There is no doubt that the ferry tolls should go.").attribution == "author"
    assert extract("There is a need to reopen the ferry.").attribution == "author"


def test_a_source_after_the_claim_and_hearsay_inside_it_report():
    assert extract("Allied ferries, responding at once, have a chance of saving the port, according to a recent "
                   "report from the harbour board.").attribution == "reported"
    assert extract("The council will reportedly lower the ferry tolls.").attribution == "reported"
    # hearsay in a relative clause leaves the writer's call the writer's
    assert extract("The tolls, which reportedly cost millions, must go.").attribution == "author"


def test_a_hope_of_someone_named_after_an_opening_adverb_is_theirs():
    assert extract("Meanwhile, Sato hoped the council would reopen the ferry.").attribution == "reported"
    assert extract("Meanwhile, the council should reopen the ferry.").attribution == "author"


def test_what_signs_hold_and_a_trip_on_a_schedule_are_no_forecast_of_the_writers():
    assert extract("There are signs that the ferry tolls will fall.") is None
    assert extract("The mayor will fly into the port on Sunday for a two-day stay.") is None
    # a need the writer finds is still the writer's call
    assert extract("There is a need to reopen the ferry.").attribution == "author"


def test_a_call_to_act_now_is_a_prescription():
    for text in ("Now is the time for every council member to back the ferry.", "The time has come to reopen the ferry.",
                 "Now is the time to rethink the tolls.", "Now is a good time to rethink the tolls.",
                 "This is the right time for the council to reopen the ferry."):
        found = extract(text)
        assert found is not None and found.kind == "prescription" and found.attribution == "author", text


def test_what_someone_asks_whether_is_no_judgement_of_the_writers():
    # the threat is what the inquiry asks about; the writer judges nothing
    assert extract("The mayor ordered the harbour board last week to probe whether ferry imports pose a threat to "
                   "the port.") is None
    # the call around the question is still the writer's
    assert extract("The council must decide whether the ferry serves the port.").kind == "prescription"


def test_a_question_of_how_someone_should_act_that_is_asked_or_examined_calls_for_nothing():
    for text in ("The radio host asked the mayor how the port should deal with the ferry company.",
                 "The harbour report examines how the council must share the ferry tolls.",
                 "The gazette interviewed the harbour master on how the port should handle the ferry tolls."):
        assert extract(text) is None, text
    # the writer's own call, before the question or framing the way, stands
    assert extract("The council must ask the mayor how the port should deal with the ferry company.").kind == \
        "prescription"
    assert extract("This is how the port should deal with the ferry company.").kind == "prescription"


def test_a_feeling_that_moved_someone_to_act_is_not_the_writers_judgement():
    for text in ("Mounting concern about the tolls prompted the four councils to try again.",
                 "Anger over the ruling led the port to scrap the ferry pact."):
        assert extract(text) is None, text
    # the feeling judged, or the writer moved by it, are the writer's
    assert extract("Concern about the tolls led me to rethink the ferry pact.").polarity == -1
    assert extract("Concern about the tolls is a worry for the port.").polarity == -1


def test_welcoming_words_judge():
    for text in ("It's good that the two mayors met.", "It is comforting that the councils agreed to keep talking.",
                 "The summit was a propaganda coup for the mayor."):
        found = extract(text)
        assert found is not None and found.kind == "evaluation" and found.polarity != 0, text


def test_a_feeling_or_attitude_someone_voiced_is_theirs():
    for text in ("Without naming any terms, he expressed a positive attitude toward direct ferry talks.",
                 "The mayor expressed concern about the ferry tolls.",
                 "The harbour board voiced deep concern about the tolls.",
                 "The mayor has expressed a positive view about the ferry plan.",
                 "The two mayors reaffirmed their support for a successful ferry deal.",
                 "The envoy wrote to the mayor, voicing deep concern about the ferry tolls."):
        assert extract(text).attribution == "reported", text
    assert extract("We expressed our concern about the ferry tolls.").attribution == "author"
    assert extract("The council must protest to the mayor, expressing grave concern over the ferry tolls.").attribution \
        == "author"
    assert extract("The good news is that the mayor backed the plan, voicing hope for the ferry.").attribution \
        == "author"


def test_a_feeling_is_the_named_subjects_across_an_aside_or_from_an_opening_participle():
    assert extract("The port, however, is convinced that the tolls are a costly mistake.").attribution == "reported"
    assert extract("Convinced that the port has been cheated, the mayor has demanded new tolls.").attribution == "reported"
    # the writer's own conviction, or the writer's call after it
    assert extract("Convinced that the tolls are wrong, the council should scrap them.").attribution == "author"
    assert extract("Convinced that the tolls are wrong, I now oppose them.").attribution == "author"


def test_for_all_and_a_determiner_concede():
    # the hope is conceded; what the sentence says is that the summit failed
    found = extract("For all the hopeful anticipation, the ferry summit was a failure.")
    assert found is not None and found.polarity == -1
    assert extract("For all its flaws, the ferry pact is a success.").polarity == 1


def test_words_of_failure_judge():
    for text in ("The ferry summit was a nonstarter.", "The ferry summitry has come a cropper.",
                 "The new toll scheme was a flop."):
        found = extract(text)
        assert found is not None and found.polarity == -1, text


def test_what_others_agreed_cited_or_are_said_to_hold_is_reported():
    for text in ("The two mayors agreed that the councils will reopen the ferry next year.",
                 "Both were said to have agreed that the port will expand its ferry links.",
                 "The mayor is widely believed to be ready to reopen the ferry.",
                 "The mayor cited the sum it would require to rebuild the ferry pier.",
                 "Some observers speculated that the mayor would reopen the ferry to win votes.",
                 "Some analysts reckoned that the ferry pact would collapse within a year.",
                 "It was decided last week that the two ports will share the ferry tolls."):
        found = extract(text)
        assert found is None or found.attribution == "reported", text
    assert extract("I agree that the councils should reopen the ferry.").attribution == "author"
    assert extract("We decided that the councils should reopen the ferry.").attribution == "author"
    # a thing agreed, named at the end, is no view reported
    assert extract("The port cannot afford to be the last to learn what the councils have agreed.").attribution == "author"


def test_a_texts_roadmap_is_no_forecast():
    assert extract("This article will discuss the challenges the ferry tolls pose.") is None
    assert extract("This ferry will carry more freight next year.") is not None


def test_no_question_that_negates_nothing():
    from compare.positions import extract_for_issues

    text = "There is no question that threats from the port's ferry tolls have intensified this year."
    at = text.index("ferry tolls")
    assert extract_for_issues(text, {"trade": ((at, at + 11),)})["trade"].polarity == -1


def test_a_feeling_a_story_is_told_against_is_others():
    from compare.positions import extract_for_issues

    for text in ("Despite concerns over the port's ferry tolls, the council has spent the past months reopening routes.",
                 "Amid growing fears over the ferry tolls, the council has reopened its routes."):
        at = text.index("ferry tolls")
        assert extract_for_issues(text, {"trade": ((at, at + 11),)}) == {}, text
    text = "Concern over the ferry tolls is understandable."
    assert extract_for_issues(text, {"trade": ((text.index("ferry"), text.index("ferry") + 11),)})


def test_a_feeling_with_someone_elses_name_before_it_is_theirs():
    from compare.positions import extract_for_issues

    def on_tolls(text):
        at = text.index("ferry tolls")
        return extract_for_issues(text, {"trade": ((at, at + 11),)})

    for text in ("Their concerns regarding the ferry tolls encompass the quay, the fares and the timetable.",
                 "Long before the vote, his loud concerns about the ferry tolls were filling the local papers.",
                 "The mayor's deep fears over the ferry tolls shaped the council's agenda for a year."):
        assert on_tolls(text) == {}, text
    # the writer's own feeling, one the writer shares or denies, and what is said of someone's feeling still judge
    for text in ("Our concern about the ferry tolls has only grown.",
                 "Nor do I share the mayor's alarm at the ferry tolls.",
                 "Their worry about the ferry tolls is well founded."):
        assert on_tolls(text), text


def test_a_call_on_someone_to_act_is_a_call_and_a_visit_is_none():
    for own in ("We call on the mayor to pay more attention to keeping the ferry line open.",
                "I call on the board of the harbour town to reopen the ferry."):
        found = extract(own)
        assert (found.kind, found.polarity, found.attribution) == ("prescription", 1, "author"), own
    for theirs in ("The union called on the board to reopen the ferry.", "The union is calling on the board to reopen the ferry."):
        found = extract(theirs)
        assert (found.kind, found.attribution) == ("prescription", "reported"), theirs
    assert extract("The mayor called on the governor at his office last week.") is None


def test_what_cannot_be_ignored_or_should_not_be_neglected_is_called_for():
    for call in ("The two towns cannot disregard the tension over the ferry tolls.",
                 "The ferry trade now has a dimension we cannot ignore.",
                 "Finally, the towns should not neglect the quieter work of keeping the ferry running."):
        found = extract(call)
        assert (found.kind, found.polarity, found.attribution) == ("prescription", 1, "author"), call
    assert extract("The mayor said the council cannot ignore the ferry.").attribution == "reported"
    # what someone ignored is told, no call
    assert extract("The council ignored the ferry's losses for years.") is None


def test_a_verdict_put_softly_with_would_is_a_verdict_not_a_forecast():
    for verdict in ("But it would be a mistake to write off the ferry as a has-been.",
                    "It would also be naive for the towns to expect the ferry to pay for itself.",
                    "It would be difficult to overstate the significance of the ferry visit."):
        assert extract(verdict).kind == "evaluation", verdict
    # what a thing would do or be is still a forecast
    assert extract("The closure would be a mistake for the ferry towns.").kind == "prediction"


def test_a_forecast_of_what_someone_will_do_takes_no_direction_from_the_act():
    for told in ("China will maintain its policy of building up the harbour.",
                 "Instead, the two ports will engage in a dialogue on the ferry.",
                 "The mayor may announce abolishing the ferry tolls."):
        found = extract(told)
        assert (found.kind, found.polarity) == ("prediction", 0), told
    # a judging word still gives one, and so does the writer's own act
    assert extract("The closure will damage the ferry towns.").polarity == -1
    for own in ("The ferry talks may stall, and I would keep every channel open.",
                "A ferry settlement may be the most the town can obtain, and I would accept it.",
                "The ferry underpins the towns, and I hope the two ports will keep it running."):
        assert extract(own).polarity == 1, own


def test_british_spellings_are_the_same_cues():
    assert extract("The harbour board emphasises that the tolls should go.").attribution == "reported"
    british, american = extract("The council must prioritise the ferry."), extract("The council must prioritize the ferry.")
    assert (british.kind, british.polarity, british.strength) == (american.kind, american.polarity, american.strength)


def test_a_view_someone_seems_to_hold_is_theirs():
    assert extract("The port appears to believe it would be wise to keep the ferry tolls.").attribution == "reported"
    assert extract("I seem to believe that the ferry should stay open.").attribution == "author"


def test_the_problem_of_names_a_subject():
    assert extract("The two mayors focused on the toll dispute as well as the problem of ferry crews detained abroad.") is None
    assert extract("The ferry is a problem for the port.").polarity == -1


def test_an_event_set_for_a_date_in_the_passive_is_no_forecast_of_the_writers():
    for text in ("Talks between the two ports are likely to take place soon, maybe next week.",
                 "The ferry summit will take place at the port next month.", "The ferry pact will be signed on Friday."):
        assert extract(text) is None, text
    assert extract("The ferry talks will be a failure.").polarity == -1


def test_an_issue_named_only_in_the_cause_a_deed_answers_takes_no_stance():
    # what the towns did "in response to" the pirates' threats tells why they acted: no view on the pirates
    text = "The two ferry towns are stepping up joint patrols in response to the pirates' threats."
    assert "the cause" not in extract_for_issues(text, {"the cause": span(text, "pirates")})
    text = "The harbour board widened the channel in reaction to the silting crisis."
    assert "the cause" not in extract_for_issues(text, {"the cause": span(text, "silting")})
    # a call keeps its own direction on what it names, whatever it answers
    text = "The port must strengthen its sea wall in response to the growing threat of storms."
    called = extract_for_issues(text, {"the wall": span(text, "sea wall")})["the wall"]
    assert (called.kind, called.polarity) == ("prescription", 1)


def test_an_issue_named_only_in_what_a_claim_is_set_against_takes_no_stance_beside_another():
    # the claim is on the pact; the pirates' threat is what the pact was shown or relied on against, and its
    # judging word ("threat") no longer sets the claim's direction
    text = "The summit was a success in showing the solid ferry pact in the face of the pirates' threat."
    stances = extract_for_issues(text, {"the pact": span(text, "ferry pact"), "the pirates": span(text, "pirates")})
    assert set(stances) == {"the pact"} and stances["the pact"].polarity == 1
    text = "The ferry pact has been a success against the backdrop of the pirates' raids."
    stances = extract_for_issues(text, {"the pact": span(text, "ferry pact"), "the pirates": span(text, "pirates")})
    assert set(stances) == {"the pact"} and stances["the pact"].polarity == 1
    text = "The port will keep relying on the ferry pact in view of growing threats from the pirates."
    assert set(extract_for_issues(text, {"the pact": span(text, "ferry pact"),
                                         "the pirates": span(text, "pirates")})) == {"the pact"}
    # named in the main clause too, the issue keeps its stance
    text = "The pirates are a grave danger to the port, and the ferry pact has held firm in the face of the pirates' threat."
    first, second = text.index("pirates"), text.rindex("pirates")
    assert "the pirates" in extract_for_issues(text, {"the pact": span(text, "ferry pact"), "the pirates": (
        (first, first + len("pirates")), (second, second + len("pirates")))})


def test_a_predicative_adjective_before_a_preposition_still_calls():
    # "remains vital amid...": the preposition opens no noun the adjective describes
    for text in ("The ferry pact remains vital amid rising tolls.", "The ferry pact remains crucial despite the storms.",
                 "The sea wall is essential given the storms."):
        assert (extract(text).kind, extract(text).polarity) == ("prescription", 1), text
    assert extract("The board named several crucial harbours.") is None or \
        extract("The board named several crucial harbours.").kind != "prescription"


def test_a_past_perfect_tells_the_storys_background_not_a_development_since():
    told = extract("Ties between the ferry towns had deteriorated because of a quarrel over the tolls.")
    assert told.cues["mood"] == "past"
    assert extract("Ties between the ferry towns have deteriorated because of a quarrel over the tolls."
                   ).cues["mood"] == "realised"


def test_a_modal_on_what_to_remember_or_not_deny_frames_the_claim():
    assert extract("Surely there should be no denying the pirates keep getting faster boats from each raid."
                   ) is None
    reminded = extract("We should remember that the ferry pact became regional only in the 1990s.")
    assert reminded is None or reminded.kind != "prescription"
    # remembering a commitment is still a call
    assert extract("The harbour board should remember its promises to the ferry crews.").kind == "prescription"


def test_a_plain_forecast_set_on_a_date_is_news_of_a_plan():
    for text in ("The harbour board's three plans will be revised this month.",
                 "In August, both ferry towns will join the port in holding drills off the cape.",
                 "The toll question will be one of the topics discussed at the council that opens on January 17."):
        assert extract(text) is None, text
    # undated, the same forecast is the writer's; so is one with a direction, dated or not
    assert extract("Both ferry towns will join the port in holding drills off the cape.").kind == "prediction"
    assert extract("The ferry pact will fail in August.").polarity == -1


def test_what_someones_declaration_holds_is_theirs():
    # a possessive determines the noun as an article does: the clause holds the mayor's declaration
    assert extract("The council valued Mayor Ito's declaration that the ferry would play a larger role.") is None
    # "it's" is "it is": the writer's own verdict on what follows
    assert extract("And it's comforting that the ferry towns have agreed to keep talking.").polarity == 1


def test_a_name_ending_in_ed_is_no_verb_that_closes_a_content_clause():
    # "the United States will..." stays inside the announcement's that-clause: no forecast of the writer's
    assert extract("The announcement this month that the United States will leave the ferry pact is the kind of "
                   "step that costs the port trade.") is None


def test_a_threat_someone_made_is_told_not_judged():
    assert extract("The next day, the pirates' council threatened to answer the patrols with countermeasures.") is None
    assert extract("The ferry board has threatened to take the toll case to court.") is None
    # a threat the writer sees in something still judges it
    assert extract("The toll dispute threatens the ferry link.").polarity == -1


def test_scorn_for_a_policy_judges_it():
    for text in ("Retaliating against the court ruling with ferry tolls is petty and childish.",
                 "The harbour board's toll policy has been erratic and incoherent.",
                 "Raising tolls on the ferry towns' own suppliers is self-defeating."):
        assert extract(text).polarity == -1, text


def test_what_someone_is_expected_to_do_is_news_whatever_its_words():
    assert extract("During the visit, the mayor is expected to announce a ferry plan and seek the port's support.") is None


def test_a_word_put_before_as_concedes_and_the_main_clause_judges():
    text = "Welcome as the thaw between the ferry towns might be, it should be regarded with caution."
    wary = extract(text)
    assert (wary.kind, wary.polarity) == ("prescription", -1) and "might be" not in wary.cues["hedges"]
    assert extract("Much as I admire the mayor, her ferry tolls are a mistake.").polarity == -1
    # a name before "as" is no concession
    assert extract("The port as a whole is a success, and the ferry pact is welcome.").polarity == 1


def test_short_of_opens_a_circumstance_after_a_linking_word():
    # the hoped-for breakthrough is the condition, not what the writer judges of the toll war
    text = ("Still, short of a substantive breakthrough in talks, there is a risk that this ferry toll war will drag "
            "on for years.")
    found = extract_for_issues(text, {"the war": span(text, "ferry toll war")})
    assert "the war" not in found or found["the war"].polarity != 1


def test_what_a_harm_verb_acts_on_adds_no_value_of_its_own_however_long():
    text = "For the islands, the toll quarrel hurts the harbours of three of their busiest and most important ports."
    assert extract(text).polarity == -1
    # a verb of stance after the object is no part of it, and a harm noun takes no object
    stance = extract("The pirates' threats by way of a firmer ferry pact mark real progress.")
    assert stance is None or stance.polarity != -1, stance


def test_a_serious_risk_and_cold_water_warn():
    assert extract("The toll rules carry a serious risk of breaking up the ferry pact.").polarity != 0
    assert extract("The navy's move has thrown cold water on the ferry talks.").polarity != 0


def test_a_pledge_told_after_an_opening_phrase_is_the_pledgers():
    # ", during her first tour overseas," is a phrase (no participle commenting on the clause), so the sentence's
    # main clause is the mayor's pledge, and what he pledged is his
    told = extract("A month later, during her first tour overseas as mayor, Ana Oda pledged in Lisbon that she "
                   "would help the ferry firms diversify their routes.")
    assert told.attribution == "reported"


def test_a_feeling_stirred_in_others_is_theirs():
    told = extract("The new ferry tolls appear to have badly alarmed the island's neighbours.")
    assert told is None or told.polarity != -1
    assert extract("The new ferry tolls are deeply alarming.").polarity == -1


def test_what_it_shows_is_the_writers_inference():
    shown = extract("Just as telling for the port, it highlights that free trade is valuable for the ferry towns.")
    assert (shown.attribution, shown.polarity) == ("author", 1)
    # a person's highlighting is theirs
    assert extract("The mayor highlights that free trade is valuable for the ferry towns.").attribution == "reported"


def test_a_sign_for_something_judges_it():
    assert extract("The new ferry pact bodes well for free trade around the islands.").polarity == 1
    assert extract("The harbour summit's warm words augur well for the ferry towns' ties.").polarity == 1


def test_relations_no_word_qualifies_are_those_of_the_pair_named_before(matcher):
    rows = [SentenceRow(1, 1, 1, "The court rulings on the ferry workers have soured Japan-China relations."),
            SentenceRow(2, 1, 2, "If Beijing wants to improve relations, it should act first on the harbour fund."),
            SentenceRow(3, 1, 3, "Bilateral ties have seldom been this cold."),
            SentenceRow(4, 1, 4, "Tokyo hopes to improve relations with Hanoi as well.")]
    tags = {(t.sentence_id, t.issue_id, t.via) for t in tag_sentences(matcher, rows, {1: None})}
    assert (2, "regional-order", "context") in tags
    assert (3, "regional-order", "context") in tags
    # relations with someone named are theirs, not the pair's
    assert (4, "regional-order", "context") not in tags
    # nor does the rule reach past a section
    rows = [SentenceRow(1, 1, 1, "The rulings have soured Japan-China relations."),
            SentenceRow(2, 2, 2, "Bilateral ties have seldom been this cold.")]
    assert not any(t.sentence_id == 2 and t.via == "context" for t in tag_sentences(matcher, rows, {1: None, 2: None}))


def test_a_harm_done_adversely_or_by_trampling_judges():
    assert extract("The new tolls have adversely affected the ferry trade between the islands.").polarity != 0
    assert extract("The council keeps trampling on the harbour rules.").polarity == -1


def test_a_feeling_opening_the_sentence_with_what_stirred_it_is_the_subjects():
    # "Humiliated by...": how the port felt, told; the sentence judges nothing for the writer
    for text in ("Humiliated by the council's vote on the harbour plan, the port sought other partners.",
                 "But stung by the new tolls, the ferry towns looked for other routes."):
        told = extract(text)
        assert told is None or told.attribution == "reported"
    # a feeling told in the main clause, or judged, still is
    assert extract("The harbour plan's veto was humiliating for the port.").polarity == -1


def test_a_teller_set_off_at_the_end_with_what_they_are_owns_the_sentence():
    text = ("The two ports as neighbours need a channel for talks on the ferry tolls even now, when the harbour talks "
            "are stalled, Jun Sato, a senior fellow at the Harbour Peace Institute (one of the city's oldest research "
            "bodies), told the gazette.")
    assert extract(text).attribution == "reported"
    # the teller and what they are is no part of what the sentence claims
    assert "Institute" not in claim_text(text) and "gazette" not in claim_text(text)
    # unless the teller is the writer
    assert extract(text, author_names=frozenset({"Jun", "Sato"})).attribution == "author"


def test_what_is_said_may_open_on_a_title_or_a_people():
    said = extract("The harbour chief said outgoing Port Secretary Jun Sato did not see the ferry tolls as a problem.")
    assert said.attribution == "reported"
    assert extract("She said President Ana Oda asked for a study of all possible ways to answer the missile "
                   "threat.").attribution == "reported"


def test_a_verdict_someone_gave_is_theirs_told():
    assert extract("The mayor praised the council's decision to halt the ferry tolls as wise.").attribution == "reported"
    assert extract("The mayor has also blamed the neighbouring port for raising tolls to damage the island's "
                   "trade.").attribution == "reported"
    # the writer's own verdict stays the writer's
    assert extract("We praised the council's decision to halt the ferry tolls as wise.").attribution == "author"


def test_what_something_is_meant_to_do_is_its_aim_told_not_a_verdict():
    assert extract("The ferry pact is intended to bring success to the island towns.") is None
    assert extract("Harbour pacts are meant to bring benefits to the ferry towns.") is None
    # a verdict after the aim still judges
    assert extract("The ferry pact was meant to bring benefits to the towns, but it has been a failure.").polarity == -1


def test_inconsistencies_wavering_and_great_significance_judge():
    assert extract("The mayor's account of the ferry tolls shows deep inconsistencies.").polarity == -1
    assert extract("The new ferry pact carries great significance for the island towns.").polarity == 1


def test_a_question_framed_by_what_a_meeting_or_a_matter_turns_on_calls_for_nothing():
    framed = extract("The focus of the mayors' meeting at the pier on Jan. 9 is how the two ports should "
                     "respond to the rising ferry tolls.")
    assert framed is None or framed.attribution == "question"
    framed = extract("One issue in the port's bid is how its state-owned ferries should be handled.")
    assert framed is None or framed.attribution == "question"
    # an issue that is the subject of a call stays the writer's call
    assert extract("The issue of the ferry tolls should be settled by talks.").attribution == "author"


def test_a_line_someone_spread_is_theirs():
    spread = extract("For years the harbour board has propagated on many occasions the \"need to guard the piers against "
                     "raiders from the sea\" and the ferry pact.")
    assert spread is None or spread.attribution == "reported"
    assert extract("The ministry has touted the need for the port to raise its dock "
                   "fees.").attribution == "reported"


@pytest.mark.parametrize("apostrophe", ["'", "\u2019"])
def test_a_contracted_negation_keeps_its_modal(apostrophe):
    """"shouldn't" is "should" and "not": the call is made, and what it negates turns, as written out in full."""
    contracted = extract(f"The port shouldn{apostrophe}t give up on the ferry pact.")
    written_out = extract("The port should not give up on the ferry pact.")
    assert (contracted.kind, contracted.polarity) == (written_out.kind, written_out.polarity) == ("prescription", 1)
    must = extract(f"The harbour board mustn{apostrophe}t abandon the ferry pact.")
    assert (must.kind, must.polarity) == ("prescription", 1)
    # a verb stem cut off that is no word is read as its verb: "can't afford" is "cannot afford"
    afford = extract(f"The port can{apostrophe}t afford to ignore the ferry tolls.")
    assert afford.kind == "prescription" and f"can{apostrophe}t afford" in afford.cues["strength"]


def test_a_chance_let_go_by_turns_with_its_negation():
    assert extract("The ferry towns should not miss the chance to join the harbour pact.").polarity == 1
    assert extract("The ferry towns must not lose the opportunity to join the harbour pact.").polarity == 1
    assert extract("The ferry towns squandered the chance to lead the harbour talks.").polarity == -1


def test_a_hope_the_writer_and_reader_share_is_the_writers():
    for apostrophe in ("'", "\u2019"):
        hope = extract(f"Let{apostrophe}s hope that the ferry talks lead to a pact of mutual trust.")
        assert hope is not None and hope.attribution == "author"
    # a hope the sentence names someone holding stays theirs
    assert extract("Sato hopes that the ferry talks will lead to a pact of mutual trust.").attribution == "reported"


def test_an_answer_someone_gave_is_theirs():
    assert extract("The mayor replied that the port would never join the ferry pact.").attribution == "reported"
    # the ones it was said to may stand between the verb and the words said
    assert extract('The mayor answered the reporters, "The port must join the ferry pact."').attribution == "reported"
    assert extract('The mayor told the gazette: "The port must join the ferry pact."').attribution == "reported"
    assert extract('I told the gazette: "The port must join the ferry pact."').attribution == "author"


def test_a_fault_of_conduct_or_temper_judges():
    assert extract("The mayor's handling of the ferry pact was incompetent.").polarity == -1
    assert extract("The vote was a damning display of the board's indifference to the ferry pact.").polarity == -1
    # a fault is no harm done to what it is of: the pact is judged, not valued
    hypocrisy = extract_for_issues("The hypocrisy of the ferry alliance is beyond doubt.", {"alliance": ((19, 34),)})
    assert hypocrisy["alliance"].polarity == -1
    bungled = extract_for_issues("The mayor bungled the ferry talks.", {"talks": ((22, 33),)})
    assert bungled["talks"].polarity == -1


def test_a_commitment_made_by_a_statement_or_a_resolve_told_is_theirs():
    assert extract("The port board put out a statement vowing to close the pier to the ferry line.").attribution == "reported"
    assert extract("The mayor is determined to beat the rival port in the ferry dispute.").attribution == "reported"
    # the writer's own call for resolve stays the writer's; a resolve named in passing tells no commitment
    assert extract("The port must be determined to keep the ferry pact.").attribution == "author"
    crucial = extract("Tolls are a crucial lever for any mayor determined to look tough.")
    assert crucial.attribution == "author" and crucial.kind == "evaluation"


def test_an_affirmation_or_a_comment_made_is_theirs():
    assert extract("The minister affirmed to her counterpart that the port will continue to honour the ferry "
                   "pact.").attribution == "reported"
    assert extract('The mayor commented that "the ferry pact should be kept."').attribution == "reported"


def test_a_verb_of_reporting_written_in_the_past_reports_only_in_the_past():
    assert extract("The mayor praised the ferry pact as a breakthrough.").attribution == "reported"
    assert extract("The mayor answered, \"The ferry pact is wise.\"").attribution == "reported"
    # the stem is also a noun, which reports nothing: the writer judges (a guard for the past forms this round
    # added, whose nouns, "answer", "comment", "remark", are common)
    assert extract("The board's answer, a new ferry pact, is wise.").attribution == "author"


def test_a_participle_of_saying_after_a_quotation_and_its_comma_reports():
    said = extract('Later, the mayor made remarks that "the pier may be tomorrow\'s harbour," saying the hour has '
                   'come for the port to join the ferry pact.')
    assert said is None or said.attribution == "reported"


def _stance_on(text: str, named: str):
    at = text.index(named)
    return extract_for_issues(text, {"x": ((at, at + len(named)),)}).get("x")


@pytest.mark.parametrize("told", [
    "On Friday the harbour board raised the ferry tolls and carried out its threatened blockade.",
    "The ferry summit, held in the port last week, failed to bring a deal on the tolls.",
    "Three years ago the harbour trade confronted the threat of collapse as the ferry tolls soared.",
    "The mayor was able to persuade the board to accept a complete halt to the ferry tolls in his Apr. 9 talks.",
])
def test_an_event_told_on_a_date_takes_no_position(told):
    """Its judging words are part of the telling of what happened that day."""
    assert _stance_on(told, "ferry") is None


def test_a_verdict_on_a_dated_event_or_a_development_up_to_now_still_judges():
    assert _stance_on("The May vote on the ferry tolls was a mistake.", "ferry").polarity == -1
    assert _stance_on("The ferry summit last week was a failure.", "ferry").polarity == -1
    assert _stance_on("The ferry talks have failed to bring a deal since 2019.", "ferry").polarity == -1
    # a date in a relative clause places what it names, not the sentence's own telling
    assert _stance_on("The deadlock shows the quandary over the ferry islands \u2014 called the Pearl Isles by the "
                      "port \u2014 that were seized in 1945.", "ferry").polarity == -1


@pytest.mark.parametrize("planned", [
    "The harbour board will set up a panel on the ferry tolls.",
    "The coast guard will operate off the cape and along the ferry lanes.",
    "The two ports will soon start their talks on the ferry tolls.",
    "The mayor will arrive in the port on Nov. 5 for the ferry talks.",
])
def test_a_step_of_a_plan_decided_is_news_not_a_forecast(planned):
    assert _stance_on(planned, "ferry") is None


def test_a_forecast_of_what_a_plan_will_bring_is_the_writers():
    # (a forecast with a direction stays the writer's, whatever its verb)
    assert _stance_on("The ferry pact will start a damaging price war.", "ferry").polarity == -1


def test_a_feeling_or_a_view_found_among_others_is_theirs():
    for found in ("There is also mounting concern that the ferry tolls will be a disaster.",
                  "There are even views among boatmen that the ferry pact is a reckless deal.",
                  "There is hope among the mayors that the new ferry pact will be a success."):
        assert _stance_on(found, "ferry").attribution == "reported"
    # a hope nobody is said to hold may be the writer's own
    assert _stance_on("There is hope that the new ferry pact will be a success.", "ferry").attribution == "author"


def test_a_doctrine_the_base_names_by_its_root_is_no_new_subject():
    from compare.echo import EchoIndex
    from compare.judge import _named_by_its_root

    base = EchoIndex.build(["The port's unilateral tolls on the ferry towns would undermine its standing."])
    assert _named_by_its_root("unilateralism", base) and _named_by_its_root("unilateralists", base)
    # a doctrine whose root the base never writes is a subject of the later text's own
    assert not _named_by_its_root("protectionism", base)
    assert not _named_by_its_root("unilateral", base)   # (no doctrine: the word itself is compared as it is)


def test_a_need_someone_impressed_on_another_is_theirs():
    pressed = _stance_on("A harbour clerk impressed upon the mayor the need for the port to check every ferry part.", "ferry")
    assert pressed.attribution == "reported"
    assert _stance_on("I impressed upon the mayor the need for the port to tighten controls on ferry parts.",
                      "ferry").attribution == "author"


def test_not_only_asks_for_more_and_refuses_nothing():
    for text in ("The port should not only strongly protest the ferry tolls, it should also prepare new harbour rules.",
                 "The port shouldn't just protest the ferry tolls but also prepare new harbour rules."):
        assert _stance_on(text, "ferry").polarity == 1, text
    assert _stance_on("The port should not protest the ferry tolls.", "ferry").polarity == -1


def test_a_stance_cited_shared_or_raised_by_another_is_theirs():
    for passed_on in ("The ministry closed the ferry pier on Monday, citing safety concerns.",
                      "The mayor shared the skippers' concerns about the ferry with the visiting minister.",
                      "The harbour board raised concerns about the new ferry line."):
        assert _stance_on(passed_on, "ferry").attribution == "reported", passed_on
    # (the older verbs of voicing keep their gerund after a preposition: "by expressing its concern")
    assert _stance_on("The port tried to calm the ferry towns by expressing concern about the tolls.",
                      "ferry").attribution == "reported"
    # the present "raises" with a thing for its subject is the writer's verdict; so is a shared concern of the writer's
    assert _stance_on("The new ferry line raises serious concerns.", "ferry").attribution == "author"
    assert _stance_on("We share the skippers' concerns about the ferry.", "ferry").attribution == "author"
    # a participle before its noun names no one's act, nor does a noun in -ing: the writer judges
    assert _stance_on("Their shared concerns about the ferry are real.", "ferry").attribution == "author"
    assert _stance_on("A ferry sharing scheme would alarm the harbour towns.", "ferry").attribution == "author"


def test_a_name_another_gives_a_thing_is_their_judgement():
    for named in ("The union called the closure of the ferry pier a grave threat to the town.",
                  "The minister called the ferry plan reckless.",
                  "The mayor rejected the tolls and described the ferry plan as reckless.",
                  # a definition someone gives, and a naming in a relative clause, are the namer's
                  "The harbour board has defined the ferry company as its most serious threat.",
                  "In 1996 the two towns issued a declaration that proclaimed the ferry to be the bedrock of stability."):
        assert _stance_on(named, "ferry").attribution == "reported", named
    assert _stance_on("I call the ferry plan reckless.", "ferry").attribution == "author"
    assert _stance_on("We have defined the ferry company as our most serious threat.", "ferry").attribution == "author"
    # a naming in a circumstance, or a name quoted in passing, leaves the writer's judgement the writer's
    for writers in ("With the board once again describing the ferry as an asset, the fear that the pier would close "
                    "has receded.",
                    "What the port calls a ferry drill is a dangerous provocation."):
        assert _stance_on(writers, "ferry").attribution == "author", writers
    # a judging word before the naming is the writer's own verdict, on the naming too; and a naming in the subject's aside
    # belongs to the subject the writer judges
    assert _stance_on("Rightly, the minister called the ferry plan reckless and dangerous.", "ferry").attribution == "author"
    assert _stance_on("A mayor who shuts the ferry pier on a whim, calling it reckless, is a mayor whose promises are "
                      "worthless.", "mayor").attribution == "author"


def test_others_worries_and_a_line_of_thought_set_out_are_theirs():
    for theirs in ("Analysts worry that the next ferry deal might not end the toll war.",
                   "Many skippers worry that the ferry pact is fraying.",
                   "The thinking goes, then, that the harbour board should cut the ferry tolls."):
        assert _stance_on(theirs, "ferry").attribution == "reported", theirs
    for writers in ("Yet I worry that the ferry pact is fraying.", "The ferry tolls worry me more.",
                    "My thinking goes further: the harbour board should cut the ferry tolls."):
        assert _stance_on(writers, "ferry").attribution == "author", writers


def test_a_bare_forecast_on_an_issue_the_sentence_does_not_name_is_no_position():
    told = "The new budget will be sent to the harbour assembly after the holidays."
    assert extract_for_issues(told, {"ferry": ()}) == {}       # tagged from its paragraph: two weak signs
    named = "The new ferry budget will be sent to the harbour assembly after the holidays."
    assert extract_for_issues(named, {"ferry": span(named, "ferry")})["ferry"].kind == "prediction"
    # a forecast with a direction still speaks for an issue the paragraph gives it
    warned = "The new tolls will devastate the harbour towns."
    assert extract_for_issues(warned, {"ferry": ()})["ferry"].polarity == -1


def test_a_step_still_to_take_is_told_not_called_for():
    for pending in ("The details of the ferry rota still need to be worked out.",
                    "The harbour board still has to decide where to put the ferry pier."):
        assert extract(pending) is None, pending
    assert extract("The harbour board still needs to do more for the ferry.").kind == "prescription"


def test_what_a_poll_finds_of_those_asked_is_theirs():
    polled = _stance_on("A majority of respondents would choose the ferry over the bridge if forced to pick.", "ferry")
    assert polled.attribution == "reported"
    assert _stance_on("Most of those surveyed believe the ferry is a vital lifeline.", "ferry").attribution == "reported"
    assert _stance_on("A majority of skippers will choose the ferry over the bridge.", "ferry").attribution == "author"


def test_a_judging_adjective_before_the_issue_and_a_harm_from_its_act_are_held_against_it():
    # a quality the writer finds in what the issue names, no harm done to it
    for judged in ("The harbour board's egoistic pursuit of ferry deals may push the towns apart.",
                   "The board's chaotic and transactional ferry policy has hurt the port."):
        assert _stance_on(judged, "ferry").polarity == -1, judged
    # a harm suffered from an act of what the issue names, past an "of"
    suffered = _stance_on("The port has started to suffer from the imposition of ferry tolls on several towns.",
                          "ferry tolls")
    assert suffered.polarity == -1
    # an adjective that tells what it harms still tells harm to it
    for harmed in ("Such a move would be destructive of the ferry pact.", "The tolls are harmful to the ferry pact."):
        assert _stance_on(harmed, "ferry").polarity == 1, harmed


def test_what_worsens_in_a_quarrel_over_the_issue_is_the_quarrel():
    worse = _stance_on("Worst of all is the worsening ferry dispute between the two harbour towns.", "ferry")
    assert worse.polarity == -1 and not worse.cues["polarity"][0].startswith("harm to it")
    # harm done to what the issue names is still harm to it
    assert _stance_on("The tolls are worsening the ferry service.", "ferry").polarity == 1


@pytest.mark.parametrize("text, named, polarity", [
    # harm that comes from what the issue names is held against it
    ("The danger from the ferry company has grown faster than anyone predicted.", "ferry company", -1),
    ("The threat posed by the ferry company is becoming more acute.", "ferry company", -1),
    # what is left suffers the leaving ("was wrong to walk away from the ferry pact": for the pact)
    ("The town was wrong to walk away from the ferry pact.", "ferry pact", 1),
    # harm done to it is still harm to it
    ("The tolls are a threat to the ferry service.", "ferry service", 1),
    # no headway on a problem named after it is no harm to what it names: the sentence regrets the lack
    ("In the end there was no progress on the ferry toll issue.", "ferry", -1),
])
def test_harm_coming_from_what_the_issue_names_is_against_it(text, named, polarity):
    assert _stance_on(text, named).polarity == polarity


def test_an_adjective_made_a_plural_noun_calls_for_nothing():
    assert _stance_on("A poor ferry town, short of fuel and all the basic essentials, splurges on regattas.", "ferry") is None
    # (and a judging word there judges: "perverse")
    perverse = _stance_on("It seems perverse that a poor ferry town, short of fuel and all the basic essentials, "
                          "splurges on regattas.", "ferry")
    assert perverse.kind == "evaluation" and perverse.polarity == -1
    assert _stance_on("It is essential that the ferry keeps running.", "ferry").kind == "prescription"


def test_what_a_ruling_after_a_preposition_holds_is_its_makers():
    assert _stance_on("Harbour ties will surely suffer from the court's ruling that the ferry firm should pay the "
                      "fishermen.", "ferry") is None
    # a degree is no noun holding a view: "to the extent that", "so divided by the disputes that"
    assert _stance_on("The port is still reluctant to cut the ferry tolls to the extent that it would seriously hurt "
                      "the harbour budget.", "ferry").kind == "prediction"
    assert _stance_on("The ferry towns are so divided by the toll disputes that I think the port should first settle "
                      "its accounts.", "ferry").kind == "prescription"
    # the object of the writer's call carries its content into the claim
    assert _stance_on("The port should abandon the hope that the ferry company will ever compensate the fishermen.",
                      "ferry").kind == "prescription"


def test_as_right_before_a_verb_of_saying_names_no_teller_and_breaks_nothing():
    # (", as urged by the mayor,": no words between "as" and its verb; reading them raised an IndexError)
    urged = _stance_on("The harbour should cut its ferry tolls, as urged by the mayor, to win back trade.", "ferry")
    assert urged is not None and urged.kind == "prescription"


def test_feelings_told_as_arising_or_felt_by_others_are_theirs():
    for arising in ("Concerns were raised in both towns last spring that the ferry deal could fail.",
                    "Quiet worries over the ferry company's reach have surfaced since the spring.",
                    "Concerns are growing that the ferry will close.",
                    "The skippers are also worried about the ferry chief's reckless remarks."):
        assert _stance_on(arising, "ferry").attribution == "reported", arising
    # the writer's own feelings, and a feeling the writer voiced once and now revisits, stay the writer's
    for own in ("My concerns about the ferry have grown.",
                "The worries many of us voiced about the ferry four years ago have been borne out.",
                # (an -ing with no auxiliary qualifies a noun; "sure to" forecasts)
                "The concerns about the rising ferry tolls underline the importance of the new pier.",
                "The ferry accord is also sure to give the towns the boost they need."):
        assert _stance_on(own, "ferry").attribution == "author", own


def test_needs_as_a_plural_noun_calls_for_nothing():
    for named in ("The ferry board keeps small boats for various needs.",
                  "The ferry meets the basic needs of the island.", "The ferry's energy needs are growing."):
        assert _stance_on(named, "ferry") is None, named
    for call in ("The ferry town needs a second pier.", "This ferry plan needs to be watched closely."):
        assert _stance_on(call, "ferry").kind == "prescription", call


def test_how_someone_should_act_that_parties_are_divided_over_is_asked_not_called_for():
    for asked in ("The two ports remain divided over how strictly they should tighten the ferry rules.",
                  "The council debated how quickly the port should raise the ferry tolls.",
                  "The towns disagree on how the ferry should be run."):
        assert _stance_on(asked, "ferry") is None, asked
    assert _stance_on("This is how the port should run the ferry.", "ferry").kind == "prescription"


def test_a_claim_on_a_hope_speaks_of_the_issue_the_hope_names():
    # the sentence names its issue only in what the hope or the belief holds: the main claim judges that
    for held in ("The hope that the ferry company would repay the fishermen should be given up.",
                 "The old belief that the ferry would pay for itself should be abandoned."):
        stance = _stance_on(held, "ferry")
        assert stance is not None and stance.kind == "prescription", held


@pytest.mark.parametrize(("text", "kind", "polarity"), [
    ("Some mechanism that links the two ferry towns is still necessary.", "prescription", 1),
    ("Any pact that leaves the ferry tolls in place would be a mistake.", "evaluation", -1),
    ("The plan that the ferry board drafted is a great success.", "evaluation", 1),
])
def test_a_claim_speaks_of_the_issue_a_relative_clause_in_its_subject_names(text, kind, polarity):
    """The sentence names its issue only in what its subject is: the main claim judges that."""
    stance = _stance_on(text, "ferry")
    assert stance is not None and (stance.kind, stance.polarity) == (kind, polarity), text


@pytest.mark.parametrize("text", [
    "The harbour needs a new pier, which the ferry board has long wanted.",        # after the main clause
    "The town elected a mayor who opposed the ferry pact, and that was a mistake.",  # after the verb
    "The mayor who opposed the ferry pact was wrong.",                             # on a person: it judges the mayor
    "The firm which runs the ferry must be held to account.",                      # on a body
])
def test_a_relative_clause_not_on_a_course_in_the_subject_names_no_subject_of_its_claim(text):
    assert _stance_on(text, "ferry") is None, text


def test_what_the_writer_would_do_is_advice():
    for advice, polarity in (("I would keep the ferry channels open.", 1),
                             ("Even so, ferry safety is where the towns can talk, and I would start there tomorrow.", 1),
                             ("I'd rather have a ferry pact that waits than no pact at all.", 1),
                             ("I wouldn't sell the ferry.", -1)):
        stance = _stance_on(advice, "ferry")
        assert stance is not None and stance.kind == "prescription" and stance.polarity == polarity, advice
    # the writer's words, states and others' forecasts stay forecasts
    for forecast in ("I would argue that the ferry is safe.", "I'd be more nervous about the ferry if it weren't.",
                     "We would lose the ferry.", "I would not be surprised if the ferry closed."):
        stance = _stance_on(forecast, "ferry")
        assert stance is None or stance.kind != "prescription", forecast


@pytest.mark.parametrize(("judged", "polarity"), [
    # what holds something up, a verdict given as "one", what is worth keeping
    ("The ferry link remains the linchpin of the island's trade.", 1),
    ("The ferry pact is the backbone of the coast's economy.", 1),
    ("The ferry board holds the key to any settlement of the toll dispute.", 1),
    ("The ferry pact remains the town's anchor.", 1),
    ("The old toll bargain on the ferry remains a good one for both towns.", 1),
    ("The mayor's ferry plan is a bad one.", -1),
    ("The ferry treaty is worth defending.", 1),
    ("The ferry treaty is not worth defending.", -1),
    ("The pilot ferry scheme has worked well.", 1),
    ("The new curfew on the ferry pier is defensible.", 1),
    # (footing lost is harm the truce suffers, a warning for it by the documented convention, as "at risk" is)
    ("The ferry truce stands on shaky ground.", 1),
    # what serves both sides or our interests
    ("The ferry bargain still serves both sides.", 1),
    ("The ferry link serves our interests.", 1),
    ("The ferry link does not serve our interests.", -1),
    # what still matters, and what is irreplaceable, intact, sound, shallow or a danger
    ("The ferry link still matters.", 1),
    ("The ferry link matters enormously.", 1),
    ("Talks over the ferry remain irreplaceable.", 1),
    ("The ferry pact remains intact.", 1),
    ("The ferry bargain remains sound.", 1),
    ("The ferry pact is too shallow on safety.", -1),
    ("The ferry deal remains thin on labour rules.", -1),
    ("The ferry tolls are a danger to the island.", -1),
    # plain judging words a general sentiment vocabulary holds
    ("The ferry tolls are unjust to the island's fishermen.", -1),
    ("The outlook for the ferry talks looks bleak.", -1),
    ("The new ferry pact is an achievement for both towns.", 1),
    ("Fortunately, the ferry talks resumed in May.", 1),
    ("The ferry toll war is disruptive to the island trade.", -1),
])
def test_a_verdict_of_the_lexicon_judges(judged, polarity):
    stance = _stance_on(judged, "ferry")
    assert stance is not None and stance.kind == "evaluation" and stance.polarity == polarity


@pytest.mark.parametrize("text", [
    "Efforts to end the toll war will continue.",       # what grows is the efforts, not the harm
    "Toll war talks will continue next week.",          # the harm names the talks, it does not head the subject
    "Tensions between the two ports will not escalate.",    # the growth denied
    "Tensions between the two ports are unlikely to escalate.",     # or said unlikely
    "It is unlikely that tensions between the two ports will escalate.",
    "Tensions between the two ports will continue to ease.",    # what goes on is no growth
    "Cooperation between the two ports will deepen.",    # no harm
])
def test_no_harm_foretold_to_grow_where_none_grows(text):
    stance = extract(text)
    assert stance is None or stance.polarity != -1, stance


@pytest.mark.parametrize("other_sense", [
    "The ferry contract is worth five million dollars.",        # worth as a sum
    "She served both as ferry chief and mayor.",                # served as an office held
    "On these ferry matters, the towns differ.",                # matters as a noun
    "The ferry mayor spoke to his support base in the fishing towns.",     # his supporters, named
    "The achievement of a ferry pact remains the goal of both towns.",     # a gain named as a goal
    "The council opened an inquiry into the ferry threat.",     # a danger named as what an inquiry is about
])
def test_a_verdicts_word_in_another_sense_judges_nothing(other_sense):
    assert _stance_on(other_sense, "ferry") is None


def test_what_matters_now_calls_for_what_follows():
    assert _stance_on("What matters now is that the ferry towns keep speaking with one voice.",
                      "ferry").kind == "prescription"


def test_a_call_only_in_someones_words_quoted_within_the_sentence_is_theirs():
    # the modal stands inside the mayor's quoted words: the writer tells what the mayor declared
    quoted = "The mayor, in a speech that few expected, declared \u201cwe will never sell the ferry to anyone.\u201d"
    assert extract(quoted).attribution == "reported"
    # the writer's own words quoted, or the writer's call outside the quotation, or a term quoted, stay the writer's
    assert extract("I have long argued that \u201cwe have to close the quay this winter.\u201d").attribution == "author"
    assert extract("The mayor said that \u201cwe have to close the quay this winter.\u201d",
                   author_names=frozenset({"mayor"})).attribution == "author"
    assert extract("The ferry firm, which says \u201cwe will never raise the fares again,\u201d should be held to "
                   "it.").attribution == "author"
    assert extract("The council should close the \u201ctemporary\u201d quay.").attribution == "author"


@pytest.mark.parametrize("judged", ["For the islands, a slower ferry service is the better route.",
                                    "Talks with the ferry unions remain the best course for the port.",
                                    "The harbour town has been a reliable partner.",
                                    "The county is a good ally."])
def test_a_course_set_above_others_or_a_partner_judged_is_a_verdict(judged):
    stance = extract(judged)
    assert (stance.kind, stance.polarity) == ("evaluation", 1)


def test_what_a_plan_will_hold_and_a_first_of_its_kind_are_no_forecast_of_the_writers():
    for told in ("The harbour budget will fund two patrol boats and a new pier.",
                 "It will also include the purchase of three ferries for the island route.",
                 "The ferry pact will cover every port on the coast.",
                 "The mayor will be the first councillor to visit the island since 2008.",
                 "If the deal is signed, the town would become the third port to join the ferry scheme.",
                 "The ferry pact will be the town's first trade agreement involving both islands."):
        assert extract(told) is None, told
    # a forecast with a judging word, or of a rank that is no place in a series, still forecasts
    assert extract("The harbour budget will fund a reckless expansion of the pier.").kind == "prediction"
    assert extract("The port will become the largest on the coast.").kind == "prediction"


def test_what_someone_indicated_is_theirs():
    assert extract("The mayor indicated that the ferry tolls would be a mistake.").attribution == "reported"
    assert extract("The harbour master signaled that the port would prefer a slower ferry.").attribution == "reported"
    # what figures indicate, or an event indicated, is the writer's inference from them
    assert extract("These facts indicate that the ferry tolls are a mistake.").attribution == "author"
    assert extract("The vote indicated that the ferry tolls are a mistake.").attribution == "author"


def test_options_named_are_no_call_and_what_is_not_ruled_out_is_kept_open():
    for named in ("The harbour board began to assess all the viable future options.",
                  "Officials at the port say all options are on the table."):
        found = extract(named)
        assert found is None or found.kind != "prescription", named
    assert extract("The only option is to reopen the ferry.").kind == "prescription"
    for kept_open in ("I would no longer rule out a second ferry.", "The council should not rule out a second ferry."):
        found = extract(kept_open)
        assert (found.kind, found.polarity) == ("prescription", 1), kept_open
    assert extract("The council should rule out a second ferry.").polarity == -1


def test_a_welcome_put_as_a_modal_and_a_quality_denied_are_verdicts():
    for welcomed in ("The ferry link could not have come at a better time.",
                     "For the island towns, the new pier could hardly come along at a better time."):
        found = extract(welcomed)
        assert (found.kind, found.polarity) == ("evaluation", 1), welcomed
    assert extract("The ferry link could come at a better time.").kind == "prediction"
    assert extract("But the harbour proposal itself is anything but realistic.").polarity == -1


def test_opinions_and_receptions_told_are_others_and_a_plan_set_is_news():
    assert extract("Opinions persist that the harbour should be closed.").attribution == "reported"
    for received in ("The port's bid to join the ferry scheme has been met with skepticism.",
                     "The mayor's remark triggered substantial worries about the future of the ferry talks."):
        found = extract(received)
        assert found is None or found.attribution != "author" or found.polarity == 0, received
    assert extract("The ferry plan raises serious concerns.").polarity == -1
    assert extract("The pact is set to lower tolls on most ferry routes in the coming years.") is None


def test_what_cannot_be_afforded_is_called_against():
    for avoided in ("The port cannot afford a repeat of the blockade.",
                    "A second toll war is a luxury the island towns cannot afford."):
        found = extract(avoided)
        assert (found.kind, found.polarity) == ("prescription", -1), avoided
    assert extract("The port cannot afford to ignore the ferry.").polarity == 1


def test_a_quality_lessened_turns_its_direction():
    assert extract("The ferry operator is now less and less a reliable partner.").polarity == -1
    assert extract("The harbour will become less stable, not more.").polarity == -1
    assert extract("I am less alarmed than I was about the ferry tolls.").polarity == 1
    # idioms in which nothing is lessened
    assert extract("The ferry is no less important than the pier.").polarity == 1
    assert extract("The ferry service has survived the strike more or less intact.").polarity == 1


def test_an_aim_the_writer_guesses_at_is_its_holders_and_a_frame_of_importance_judges_nothing():
    found = extract("We presume the harbour board's motive behind the new toll plan was to bolster the ferry.")
    assert found.attribution == "reported"
    assert extract("We believe our aim in the talks is to reopen the ferry.").attribution == "author"
    framed = extract("It is important to note that the new toll is a relatively shallow reform.")
    assert framed is None or framed.kind != "prescription"
    assert extract("It is important to reopen the ferry.").kind == "prescription"


def test_what_would_have_been_judged_is_a_verdict_and_harm_words_warn():
    for judged in ("A ferry deal trading lower tolls for a night service would have been worth taking.",
                   "A shared pier rota would have prevented the dispute of last summer."):
        assert extract(judged).kind == "evaluation", judged
    # the writer's own past view is left as it was; a counterfactual that judges nothing tells what would have been
    assert extract("I would have opposed the toll ten years ago.").kind == "prediction"
    assert extract("The new pier would have carried ferries in the winter.") is None
    assert extract("Closing the pier would devastate the island towns.").polarity == -1


def test_the_writers_agreement_with_a_course_is_a_verdict_on_what_the_course_does():
    refused = extract_for_issues("We cannot possibly agree with the proposals, which call for a massive ferry buildup.",
                                 {"ferry": span("We cannot possibly agree with the proposals, which call for a "
                                                "massive ferry buildup.", "ferry")})
    assert (refused["ferry"].kind, refused["ferry"].polarity) == ("evaluation", -1)
    assert extract("I disagree with the new ferry policy.").polarity == -1
    # agreeing with a person or a view takes the side of whatever they hold, unsaid; a third party's is narration
    for unsaid in ("I do not agree with him.", "The ministers agreed with the ferry plan."):
        assert extract(unsaid) is None, unsaid
    assert extract("Both proposals overstep the bounds of the harbour charter.").polarity == -1


def test_a_violation_and_a_reckless_act_are_condemned_and_constitutional_revision_is_a_defense_subject(matcher):
    assert extract("The ferry blockade is a clear violation of the harbour treaty.").polarity == -1
    assert extract("The port has been recklessly trying to drag the towns into a toll war.").polarity == -1
    # a fault told in a story is no verdict of the writer's
    assert extract("The stores were shut for supposed fire-code violations.") is None
    assert "japan-defense" in matcher.find("Constitutional revision is neither necessary nor wise at this point.")


def test_a_description_the_writer_puts_with_a_modal_is_the_writers_and_what_is_worth_applauding_is_praised():
    for described in ("The toll plan could best be described as a costly mistake.",
                      "The toll plan is best described as a costly mistake."):
        found = extract(described)
        assert (found.attribution, found.polarity) == ("author", -1), described
    assert extract("The toll plan was described by the mayor as a costly mistake.").attribution == "reported"
    assert extract("There was at least one deliverable worth applauding: a ferry hotline.").polarity == 1


def test_a_category_named_by_an_adjective_is_no_verdict_and_what_proposals_state_is_theirs():
    for named in ("The harbour law covers supply chains for critical materials.",
                  "Much of the island's trade, including its crucial fuel imports, passes through the strait."):
        assert extract(named) is None, named
    assert extract("The ferry is crucial.").kind == "prescription"
    assert extract("The ferry is crucial to the islands.").kind == "evaluation"     # how much it matters to them
    stated = extract("The proposals state that Pier Company's repeated delays have become a serious threat.")
    assert stated.attribution == "reported"


def test_a_judging_word_in_the_aim_of_what_someone_did_is_their_aim():
    for told in ("The port authority has adopted a stricter stance to ensure that the patrols are effective.",
                 "The toll scheme is a regional framework aimed at promoting stability on the ferry routes."):
        assert extract(told) is None, told
    # the writer's call with the same aim, and a judging verb, still judge
    assert extract("We must act to ensure that the patrols are effective.").kind == "prescription"
    assert extract("The ferry company has worked to undermine the harbour board.").polarity == -1


def test_how_it_looks_to_others_an_expectation_held_then_and_a_tempting_thought_are_not_the_writers():
    for theirs in ("To many, the ferry plan may have sounded like an unrealistic dream.",
                   "To critics of the deal, the toll looked like a costly mistake.",
                   "The hope was that the pact would force the rival port to abide by fair rules.",
                   "It is tempting to imagine that the new pier will solve the town's problems.",
                   "The mayor may be betting that it will be easy to win support for the pier.",
                   'The paper continued, "The council has shown a feeble response to the ferry crisis."'):
        assert extract(theirs).attribution == "reported", theirs
    for own in ("To some extent, the ferry plan was a costly mistake.",
                "Our hope was that the pact would bring lasting stability to the harbour.",
                "The mayor's bet that the ferry would pay has failed completely.",
                "The decline in trust continued.",
                "The talks went on, and the deal collapsed in failure."):
        assert extract(own).attribution == "author", own


def test_praise_put_as_a_modal_judges_and_a_named_requirement_or_promise_or_design_judges_nothing():
    praised = extract("The council's decision to reopen the pier should be commended.")
    assert (praised.kind, praised.polarity) == ("evaluation", 1)
    assert extract("The tests should be condemned by every port.").polarity == -1
    for told in ("The two towns signed the necessary papers to create their joint harbour board.",
                 "The mayor made good on her campaign promise to close the harbour ferry.",
                 "This ruling concerns the town's use of the old pier during storms.",
                 "The harbour board is envisioned as a platform for cooperation on resilient supply routes.",
                 "Now it will be up to the council members to weigh each request."):
        assert extract(told) is None, told
    # a necessity named with "a" still praises, the verb "concerns" with a person still worries, and the
    # modal of a call still calls
    assert extract("The new pier was a necessary correction.").polarity == 1
    assert extract("This policy concerns me deeply.").polarity == -1
    assert extract("Japan must take the necessary steps to protect the pier.").kind == "prescription"


def test_how_an_act_turns_out_is_what_the_sentence_says_and_what_a_report_said_is_the_reports():
    shown = extract("I believe the new timetable has reshaped the harbour in a way that offers the towns a real "
                    "chance to end the ferry dispute.")
    assert (shown.attribution, shown.polarity) == ("author", 1)
    reported = extract("Harbour officials were surprised by a report that said the mayor would seek more support "
                       "for the ferry.")
    assert reported.attribution == "reported"
    # "That said," opens the writer's own turn
    assert extract("That said, the ferry pledge worries me.").attribution == "author"


def test_what_someone_could_not_do_in_the_past_is_no_forecast():
    for past in ("In 2019 the four towns could not agree on a joint statement.",
                 "The harbour deal could not be passed due to vetoes by the two mayors."):
        assert extract(past) is None, past
    # what others could not do, done by the subject, praises the subject
    for praised in ("The festival did what years of talks could not: it got the towns talking.",
                    "The festival showed that a shared event can open doors that years of talks could not."):
        found = extract(praised)
        assert (found.kind, found.polarity) == ("evaluation", 1), praised
    assert extract("The ferry pact could not survive without the mainland.").kind == "prediction"


def test_the_tone_of_someones_answer_is_described_not_judged():
    for described in ("The rival port's latest round of bullying comes after its positive response to the mayor's "
                      "address.",
                      "The mayor's negative view of the ferry talks surprised the council."):
        assert extract(described) is None, described
    assert extract("The talks were positive.").polarity == 1
    assert extract("The vote sent a positive signal.").polarity == 1


def test_advice_and_wishes_put_with_would_are_calls_and_the_scene_gives_no_direction():
    for call in ("Rather than kicking the can down the road, the port would be better served to start a broader "
                 "discussion about the tolls.",
                 "I would like to see the pier reopened."):
        assert extract(call).kind == "prescription", call
    # the words setting the scene before a call do not turn it
    scene = extract("At this precarious stage, it is crucial that the towns keep working together on the ferry.")
    assert (scene.kind, scene.polarity) == ("prescription", 1)
    # nor do the words a call sets aside
    aside = extract("Aside from storms and human error, the harbour board should think about the risk of a fire.")
    assert (aside.kind, aside.polarity) == ("prescription", 1)


def test_words_of_another_sense_judge_nothing():
    # "concerned" as involved, "advance" as a move or beforehand
    for told, word in (("The ferry company is taking a hard line on the port as far as the fee issue is concerned.",
                        "concerned"),
                       ("The storm crews are advancing toward the harbour and other major piers.", "advancing"),
                       ("The crews have to report their cargo in advance.", "advance")):
        stance = extract(told)
        assert stance is None or word not in stance.cues["polarity"], told
    assert extract("As far as the ferry fees are concerned, the port should hold firm.").attribution == "author"
    assert extract("The parties concerned should meet soon.").attribution == "author"
    assert extract("The harbour board is concerned about the fees.").attribution == "reported"


def test_foreseen_outcomes_appearances_and_asides():
    # what a forecast foresees is no call; an outcome foreseen not to come turns its verb
    likely = extract("The new pier is likely to require crucial support from the islands.")
    assert likely.kind == "prediction"
    unlikely = extract("The offer is unlikely to convince the board to change its tune on the ferry.")
    assert (unlikely.kind, unlikely.polarity) == ("prediction", -1)
    # how a thing may look, conceded, is no forecast
    assert extract("Merely clarifying the status of the ferry may seem to make little change to the port.") is None
    # a spaced en dash sets off an aside, as an em dash does; a dateline's dash opens the story
    assert extract("The signing of the ferry pact \u2013 it will still have to be ratified by the towns \u2013 is "
                   "good news for the port.").kind != "prescription"
    assert extract("The 2017\u20132018 ferry talks must resume.").kind == "prescription"
    assert extract("EASTPORT (Harbour News) \u2013 The board must reopen the pier.").kind == "prescription"


def test_how_a_thing_was_received_then_is_reported():
    assert extract("It was taken as a warning that the port would have to close.").attribution == "reported"
    assert extract("The storm should be taken as a warning that the port must prepare.").attribution == "author"


@pytest.mark.parametrize("call", ["The port should not hesitate to act.",
                                  "The port must not back down on the ferry tolls.",
                                  "The towns should not be content with launching the ferry pact among themselves.",
                                  "The port should not be swayed by the surprise remark.",
                                  "The port must not become complacent about the ferry."])
def test_told_not_to_give_ground_is_a_call_to_go_on(call):
    stance = extract(call)
    assert (stance.kind, stance.polarity) == ("prescription", 1)


@pytest.mark.parametrize("call", ["This pledge should not end up being a mere slogan.",
                                  "Nor should the ferry forum be a mere talking shop.",
                                  "The harbour pact must not become nothing more than a paper promise."])
def test_told_not_to_be_a_lesser_thing_is_a_call_for_more(call):
    stance = extract(call)
    assert (stance.kind, stance.polarity) == ("prescription", 1)
    # a mere reason is no lesser thing: the call is still against closing
    assert extract("The pier should not be closed merely because it is old.").polarity == -1
    # nor is what is not to be neglected: the call is to heed it, a danger's own word still warns
    heed = extract("The weight of this step for the ferry towns should not be underestimated.")
    assert (heed.kind, heed.polarity) == ("prescription", 1)
    assert extract("The threat from the rival port must not be underestimated.").polarity == -1


def test_what_is_watched_what_stands_out_and_how_a_thing_must_seem_take_no_position():
    # a forecast inside a question watched, the most important feature named, an inference on how a thing seems
    assert extract("With calls in the council to keep the ferry, attention focused on how the town would pay for "
                   "the pier.") is None
    assert extract("It is unclear how the town would pay for the pier.") is None
    assert extract("The most important feature of the new harbour era is the return of rivalry.") is None
    assert extract("The ferry is an important partner for the town.").polarity == 1
    assert extract("To the mayor, this answer must seem quite satisfactory.") is None
    assert extract("The town must look for new partners.").kind == "prescription"
    # a denied verb of securing a thing denies all it would secure
    assert extract("Seeking decoupling from the rival port cannot help maintain peace and stability.").polarity == -1
    assert extract("Tolls do not ensure a fair and stable market.").polarity == -1
    # what a mechanism will do, and one part named, are its contents told
    assert extract("The new hotline will connect the two harbour masters via their offices.") is None
    assert extract("A pillar of the cooperation is the promotion of joint drills by the two coast guards.") is None
    assert extract("The ferry pact is a pillar of stability on the coast.").polarity == 1
    # a meeting that will discuss a thing is news; a moment named important is no approval; a wish to add to the
    # argument is the text's plan
    assert extract("Today, the two harbour masters will discuss the dispute as they meet in Westport.") is None
    assert extract("With the islands having applied for membership, the ferry pact has reached an important "
                   "crossroads.") is None
    assert extract("There has never been a more important time for the ports to share their tide data.").polarity == 1
    assert extract("I would like to explain my argument about the pier.") is None
    # a trip that may be made, or an event set for next month, is news
    assert extract("The mayor may travel to Westport next month for a summit with the two harbour boards.") is None
    assert extract("Next month the ferry pact will enter into force for its first six ports.") is None
    assert extract("The mayor may travel to Westport for a summit.").kind == "prediction"
    # harm foretold in strong words
    assert extract("The new toll would batter the ferry trade.").polarity == -1
    assert extract("A storm would ravage the islands' supply line.").polarity == -1


def test_what_drove_a_deed_sets_its_scene():
    assert extract("Spurred on by changing threats, the town decided in 2017 to buy a new radar for the harbour.") is None
    assert extract("The storm threatened the harbour.").polarity == -1


def test_weights_verdicts_and_plans_told():
    # what is not likely to come is a forecast against it; a thing's weight told is a verdict
    unlikely = extract("However, this is not likely to be acceptable to the islanders, judging from their reaction.")
    assert (unlikely.kind, unlikely.polarity) == ("prediction", -1)
    assert (extract("It is very significant that the two ports will serve as the core of the coast's trade.").kind
            == "evaluation")
    # what a plan or a budget lays down, told in the future
    assert extract("By fiscal 2027, the port will be the coast's third-largest spender on current budgets.") is None
    assert extract("Under the revised harbour strategy, the port will own patrol boats that can stop smugglers.") is None
    assert extract("Under pressure, the port will fold.").kind == "prediction"


def test_a_period_described_is_no_verdict():
    assert extract("The mayor started her term trying to steady the port after the chaotic 1990s.") is None
    assert extract("The new board has brought calm to the harbour after four unsettled years.") is None
    assert extract("The harbour's chaotic finances are a problem.").polarity == -1


def test_outcomes_judged_in_the_telling():
    assert extract("The proposal would effectively eviscerate the harbour's founding principle.").polarity == -1
    assert extract("The strike could derail the ferry talks.").polarity == -1
    assert extract("The ferry pact will boost the harbour's trade.").polarity == 1
    assert extract("The new law will alleviate the heavy reliance on the mainland.").polarity == 1
    assert extract("The town is violating the spirit of the treaty.").polarity == -1


def test_a_need_as_a_measure_a_shared_concern_power_and_a_stirred_feeling_judge_nothing():
    for told in ("The council is trying to justify its tolls by shifting its rhetoric as often as necessary.",
                 "The two towns have taken the first step toward working together on issues of mutual concern.",
                 "The island's neutrality in the face of a challenge to the mainland's might was turning into a "
                 "source of unease.",
                 "The toll scheme is worrying some officials in the town who believe it may hamper trade."):
        assert extract(told) is None, told
    assert extract("The port might close and damage the ferry trade.").kind == "prediction"
    assert extract("The new strategy risks alarming our neighbours.").polarity == -1


def test_what_a_law_holds_and_imposes_and_how_others_see_a_thing_are_not_the_writers():
    for told in ("The harbour act was passed with the aim of strengthening the ferry routes and protecting the pier "
                 "from foreign threats.",
                 "The four pillars of the harbour act include the strengthening of ferry routes and the ensuring of "
                 "security at the pier.",
                 "The harbour law requires firms to report their sources."):
        assert extract(told) is None, told
    assert extract("The ferry and the pier remain the two pillars of our trade.").polarity == 1
    assert extract("The situation requires the town to act.").kind == "prescription"
    assert extract("The pact was hailed by officials as a breakthrough.").attribution == "reported"
    assert extract("They also confirmed that they would aim to set up a hotline between the two ports."
                   ).attribution == "reported"
    assert extract("The vote confirmed that the tolls are a mistake.").attribution == "author"


def test_a_preference_put_with_would_calls_and_how_a_matter_is_to_be_understood_does_not():
    for call in ("It would be better for the two towns to keep talking.",
                 "I think it would be more natural for the two towns to follow the old style of diplomacy.",
                 "We could usefully draw up a white paper on harbour security."):
        assert extract(call).kind == "prescription", call
    for framing in ("The rivalry between the two ports also needs to be analyzed from the perspective of the whole "
                    "bay.",
                    "The tolls must be understood in the context of the port's debts.",
                    "In this column, I will focus on the council's ferry policy."):
        assert extract(framing) is None, framing
    # what a thing is to be seen as is the writer's verdict on it
    seen = extract("The tolls should be seen as a threat to the islands.")
    assert (seen.kind, seen.polarity) == ("evaluation", -1)


def test_what_would_unsettle_a_region_is_a_harm_forecast():
    warned = extract("A rapid rise in the harbour budget would unsettle the bay.")
    assert (warned.kind, warned.polarity) == ("prediction", -1)
    assert extract("The news unsettled investors.") is None     # a feeling stirred in others, told


def test_what_has_yet_to_come_before_any_progress_is_no_good_news():
    found = extract("The road to the pact will not be easy: it could take years before any real progress is made.")
    assert (found.polarity, found.cues["polarity"]) == (-1, ["before any progress"])
    assert extract("Before any deal is signed, the towns must settle the tolls.").polarity == 1


def test_the_writers_hope_for_what_others_will_do_is_a_wish_for_a_course():
    hoped = extract("We hope the mayor will not lose sight of the real objective of the ferry talks.")
    assert (hoped.kind, hoped.polarity) == ("prescription", 1)
    # a past hope told, and "I hope so", call for nothing
    assert extract("We hoped that the port would reopen.").kind == "prediction"
    assert extract("I hope so, but I am less optimistic than I was.").kind == "evaluation"


@pytest.mark.parametrize("text, named", [
    ("Moreover, the harbour's standing as a guardian of the open ferry lanes could be lost.", "open ferry lanes"),
    ("The open ferry order is at risk of collapse.", "open ferry order"),
    ("Ties between the two harbour towns have become so frayed that a visit will not mend them.", "harbour towns"),
    ("The ferry pact is likely to unravel within a year.", "ferry pact"),
    ("The ferry service has been badly damaged by the tolls.", "ferry service"),
    # a harm the subject risks: foreseen, as one told
    ("On its present course, the open ferry order risks splitting into two camps.", "open ferry order"),
    ("The ferry pact risks being forgotten once the tolls are gone.", "ferry pact"),
])
def test_harm_the_subject_suffers_is_harm_to_what_it_names(text, named):
    """A warning that what the issue names will suffer harm is a position for it, as harm done to it is."""
    stance = _stance_on(text, named)
    assert stance.polarity == 1 and stance.cues["polarity"][0].startswith("harm to it"), stance.cues


@pytest.mark.parametrize("text, named", [
    # denied, or done by the subject to something else, or suffered by a quarrel or an actor
    ("The ferry pact will not collapse.", "ferry pact"),
    ("The ferry tolls would erode the harbour's credibility.", "ferry tolls"),
    ("The ferry dispute could deteriorate further.", "ferry dispute"),
    ("The ferry dispute risks spreading to the fisheries.", "ferry dispute"),
    # a harm the subject would do, or what it stakes, is no harm to it
    ("The ferry build-up risks provoking a toll war.", "ferry build-up"),
    ("The ferry pact risks nothing by holding firm.", "ferry pact"),
    ("Westport's harbour regime could collapse.", "Westport"),
    # a pronoun or a line of thought as the subject: no sufferer named
    ("That ferry strategy has collapsed, and I no longer believe a deal is within reach.", "ferry"),
])
def test_no_harm_to_it_where_the_subject_does_not_suffer_it(text, named):
    stance = _stance_on(text, named)
    assert stance is None or not any(c.startswith("harm to it") for c in stance.cues["polarity"]), stance.cues


@pytest.mark.parametrize("text, named", [
    ("The ferry pact could suffer serious damage from the dispute.", "ferry pact"),
    ("If that happens, harbour relations could plunge to the lowest point since 1965.", "harbour relations"),
    ("Harbour relations have been in stalemate for seven years.", "Harbour relations"),
    # a pair's bond named with capitals is no actor's
    ("But Westport-Eastport relations have been in stalemate for seven years.", "Westport-Eastport relations"),
])
def test_a_harm_suffered_as_an_object_or_a_fall_or_a_standstill_is_harm_to_it(text, named):
    stance = _stance_on(text, named)
    assert stance.polarity == 1 and stance.cues["polarity"][0].startswith("harm to it"), stance.cues


def test_an_actors_name_before_its_regime_still_tells_no_harm_to_it():
    stance = _stance_on("But Westport's regime could collapse.", "Westport")
    assert stance is None or not any(c.startswith("harm to it") for c in stance.cues["polarity"]), stance.cues


@pytest.mark.parametrize("text", ["The China-US-Japan triangle has become the region's most important relationship.",
                                  "US\u2013Japan\u2013Australia drills should be held every year.",
                                  "Japan-US-India cooperation must be deepened in the ferry lanes."])
def test_a_pair_inside_a_chain_of_names_names_the_group_not_the_pair(matcher, text):
    assert "alliance" not in matcher.find(text)
    assert "alliance" in matcher.chained_issues(text)      # nor does its meaning tag the pair's issue (below)
    rows = [SentenceRow(1, 1, 1, text)]
    assert "alliance" not in {t.issue_id for t in tag_sentences(matcher, rows, {1: None})}
    # the pair alone, or joined to a word that is no name, still names the alliance
    for pair in ("The US-Japan alliance should be strengthened.", "The US-Japan-led order must be kept.",
                 "Japan-US relations should be deepened."):
        assert "alliance" in matcher.find(pair), pair
        assert not matcher.chained_issues(pair)


def test_a_verdict_after_a_copula_and_an_adverb_judges_and_maybe_hedges():
    for text in ("It was also of great significance that the ferry towns announced they will cut tolls.",
                 "It is of particular significance that the ferry pact will hold its first drill next month."):
        stance = extract_for_issues(text, {"ferry": span(text, "ferry")})["ferry"]
        assert (stance.kind, stance.polarity) == ("evaluation", 1), text
    text = "The ferry pact is still of fundamental benefit to both towns."
    assert extract_for_issues(text, {"ferry": span(text, "ferry")})["ferry"].polarity == 1
    sure, guessed = "The ferry board is too pressed by its money problems.", \
        "Maybe, the ferry board is too pressed by its money problems."
    plain = extract_for_issues(sure, {"ferry": span(sure, "ferry")})["ferry"]
    hedged = extract_for_issues(guessed, {"ferry": span(guessed, "ferry")})["ferry"]
    assert hedged.hedged and not plain.hedged and [h.lower() for h in hedged.cues["hedges"]] == ["maybe"]


@pytest.mark.parametrize("text", ["As the new mayor repairs frayed ferry alliances, the harbour has become key.",
                                  "The town must restore its badly damaged ferry pact with Eastport.",
                                  "Only by talking can the board mend the damaged ferry ties."])
def test_harm_a_verb_of_repair_takes_as_its_object_is_repaired_a_stance_for_it(text):
    stance = extract_for_issues(text, {"ferry": span(text, "ferry")})["ferry"]
    assert stance.polarity == 1 and any(cue.split()[0] in ("repairs", "restore", "mend") for cue in stance.cues["polarity"])
    # harm with no repair over it still judges against the situation
    told = "As the new mayor studies frayed ferry alliances, the harbour has become key."
    assert extract_for_issues(told, {"ferry": span(told, "ferry")})["ferry"].polarity == -1


def test_a_likelihood_measured_is_no_hope_and_a_need_that_will_come_is_a_call():
    for measured in ("If the summit fails, the chances of a ferry blockade will increase.",
                     "The chances of the ferry board giving in are slim."):
        stance = extract_for_issues(measured, {"ferry": span(measured, "ferry")}).get("ferry")
        assert stance is None or stance.polarity != 1, measured
    hoped = "The summit gives the towns a rare chance to settle the ferry dispute."
    assert extract_for_issues(hoped, {"ferry": span(hoped, "ferry")})["ferry"].polarity == 1
    needed = "To turn the accord into peace, further ferry talks will become mandatory."
    assert extract_for_issues(needed, {"ferry": span(needed, "ferry")})["ferry"].kind == "prescription"


def test_what_someone_realises_and_what_disappointed_a_country_are_not_the_writers():
    theirs = "At the same time, the mayor realises that giving more ferry berths away would cost him votes."
    assert extract_for_issues(theirs, {"ferry": span(theirs, "ferry")})["ferry"].attribution == "reported"
    mine = "I realise that giving more ferry berths away will cost the town its standing."
    assert extract_for_issues(mine, {"ferry": span(mine, "ferry")})["ferry"].attribution == "author"
    felt = "And pulling out of the ferry pact disappointed Japan."
    assert "ferry" not in extract_for_issues(felt, {"ferry": span(felt, "ferry")})


def test_a_judging_word_after_degree_words_or_a_participle_in_a_phrase_names_it():
    for named in ("He has also placed himself at the head of the most important ferry committees.",
                  "The ferry ties gained ground in 2016 after two years of marked stagnation."):
        assert "ferry" not in extract_for_issues(named, {"ferry": span(named, "ferry")}), named
    # what a kind is of heads the phrase: "is exactly the kind of self-inflicted damage I feared" judges
    kind = "The new ferry pact is exactly the kind of self-inflicted damage to the town that I feared."
    assert extract_for_issues(kind, {"ferry": span(kind, "ferry")})["ferry"].polarity == -1
    # (and on leaving the pact, it is for what was left: harm.leaving_judged)
    kind = "Leaving the ferry pact is exactly the kind of self-inflicted damage to the town that I feared."
    assert extract_for_issues(kind, {"ferry": span(kind, "ferry")})["ferry"].polarity == 1
    judged = "The ferry pact is of the most fundamental benefit to both towns."
    assert extract_for_issues(judged, {"ferry": span(judged, "ferry")})["ferry"].polarity == 1


def test_an_option_named_calls_for_nothing_and_an_option_judged_or_proposed_still_reads():
    named = "The mayor's proposal of such an unrealistic option on the ferry marks another entry in his history."
    assert extract_for_issues(named, {"ferry": span(named, "ferry")})["ferry"].kind == "evaluation"
    for proposed in ("One option would be to cut the ferry tolls.", "The best option is to keep the ferry running."):
        assert extract_for_issues(proposed, {"ferry": span(proposed, "ferry")})["ferry"].kind == "prescription"
    named = "This option would violate the ferry treaty."
    assert extract_for_issues(named, {"ferry": span(named, "ferry")})["ferry"].kind != "prescription"
    judged = "A war over the ferry is not a good option for the town."
    assert extract_for_issues(judged, {"ferry": span(judged, "ferry")})["ferry"].polarity == -1


def test_an_aim_told_a_chance_the_writer_had_and_efforts_that_will_come_to_naught():
    aim = "The town aims to balance its deep worries about the port with the benefits of a constructive ferry deal."
    assert "ferry" not in extract_for_issues(aim, {"ferry": span(aim, "ferry")})
    # the writer's own call for such a balance still calls
    call = "The town should balance its deep worries about the port with the benefits of a constructive ferry deal."
    assert extract_for_issues(call, {"ferry": span(call, "ferry")})["ferry"].kind == "prescription"
    had = "In early May, I had an opportunity to interview the officials in charge of the ferry talks."
    assert "ferry" not in extract_for_issues(had, {"ferry": span(had, "ferry")})
    naught = "The ferry talks will come to naught if the tolls are raised."
    stance = extract_for_issues(naught, {"ferry": span(naught, "ferry")})["ferry"]
    assert (stance.kind, stance.polarity) == ("prediction", -1)


def test_a_reading_the_reader_need_not_take_calls_for_nothing():
    told = 'We do not have to interpret the word "unconditional" in the ferry talks as anything more than rhetoric.'
    assert extract_for_issues(told, {"ferry": span(told, "ferry")}).get("ferry") is None
    # a course the writer says need not be taken is still refused, and a reading the writer warns against still warns
    refused = "We do not have to accept the ferry tolls."
    assert extract_for_issues(refused, {"ferry": span(refused, "ferry")})["ferry"].kind == "prescription"
    for warned in ("Finally, we should not assume that attention on the ferry will stay where it is.",
                   "The summit must not be read in the port as the founding of a ferry bloc."):
        assert (_stance_on(warned, "ferry").kind, _stance_on(warned, "ferry").polarity) == ("prescription", -1), warned


def test_a_challenge_named_important_is_no_approval_and_a_task_set_still_calls():
    named = "The most critical diplomatic challenge for the ferry towns continues to be how to manage the port."
    assert extract_for_issues(named, {"ferry": span(named, "ferry")}).get("ferry") is None
    task = "The most important task for the ferry towns is to keep the pier open."
    assert extract_for_issues(task, {"ferry": span(task, "ferry")})["ferry"].kind == "prescription"
    asset = "The ferry pact is a critical strategic asset."
    assert extract_for_issues(asset, {"ferry": span(asset, "ferry")})["ferry"].polarity == 1
    become = "Enhancing ferry crisis management has become the most important strategic task for both towns."
    assert extract_for_issues(become, {"ferry": span(become, "ferry")})["ferry"].polarity == 1


@pytest.mark.parametrize("text, polarity", [
    ("The town should discuss the clear threats and propose measures to enhance the ferry fleet.", 1),
    ("The town should resist the tolls and strengthen the ferry pact.", 1),
    ("The town should strengthen the pier and abandon the ferry pact.", -1),
    ("The town should strengthen the pier and not abandon the ferry pact.", 1),
    # an act on another thing, with a preposition before the issue's name, gives no direction on it
    ("The towns must keep their sanctions aligned and resist any temptation to offer the ferry port relief.", 1)])
def test_a_call_for_two_things_takes_its_direction_on_an_issue_from_the_act_on_it(text, polarity):
    assert extract_for_issues(text, {"ferry": span(text, "ferry")})["ferry"].polarity == polarity


def test_how_someone_views_a_thing_is_their_view():
    for theirs in ("Mr. Kim may have viewed this ferry outcome as desirable.",
                   "The harbour board views the ferry pact as indispensable."):
        assert _stance_on(theirs, "ferry").attribution == "reported", theirs
    mine = "I have always viewed the ferry pact as indispensable."
    assert _stance_on(mine, "ferry").attribution == "author"


def test_an_expectation_held_then_with_an_adjective_before_it_is_not_the_writers():
    theirs = "The basic idea was that the neighbours would seek to contain a ferry power that showed its ambitions."
    assert _stance_on(theirs, "ferry").attribution == "reported"
    mine = "My basic idea was that the ferry pact would bring lasting stability to the towns."
    assert _stance_on(mine, "ferry").attribution == "author"


def test_what_someone_was_quoted_saying_and_an_attitude_told_are_theirs():
    quoted = "The harbour master was recently quoted as saying that the ferry pact must be defended."
    assert _stance_on(quoted, "ferry").attribution == "reported"
    for attitude in ("To fend off criticism, the port became positive about holding ferry talks.",
                     "The port remained negative toward the ferry plan."):
        assert _stance_on(attitude, "ferry").attribution == "reported", attitude
    mine = "I am positive about holding ferry talks."
    assert (_stance_on(mine, "ferry").attribution, _stance_on(mine, "ferry").polarity) == ("author", 1)


def test_disapproval_of_what_an_issue_names_is_against_it_not_harm_done_to_it():
    for text, attribution in (("We are critical of the ferry tolls.", "author"),
                              ("The island council has been critical of the ferry tolls.", "reported")):
        stance = _stance_on(text, "ferry")
        assert (stance.polarity, stance.attribution) == (-1, attribution), text


def test_little_more_than_a_number_is_a_measure_not_a_verdict():
    measured = "It is only a little more than 1,000 miles from the ferry port to the capital."
    assert _stance_on(measured, "ferry") is None
    judged = "The ferry talks were little more than a photo opportunity."
    assert _stance_on(judged, "ferry").polarity == -1


def test_harm_hindered_a_backlash_foretold_and_a_message_given_after_a_colon():
    hindered = "The new ferry zone will impede the spread of protectionism throughout the region."
    assert _stance_on(hindered, "ferry").polarity == 1
    warned = "Any attempt to rewrite the ferry charter would trigger a strong backlash in the region."
    assert _stance_on(warned, "ferry").polarity == -1
    theirs = "Their message was this: the port will be forced to spend its energy on the ferry dispute."
    assert _stance_on(theirs, "ferry").attribution == "reported"
    mine = "My message was this: the port will be forced to spend its energy on the ferry dispute."
    assert _stance_on(mine, "ferry").attribution == "author"


def test_an_estimate_told_is_the_estimators():
    told = extract("The harbour institute estimated that the new ferry route will bring the islands a large benefit.")
    assert told.attribution == "reported"
    # "an estimated" number is no estimate told, and the call after it is the writer's
    own = extract("An estimated 3,000 islanders rely on the ferry, and the council should keep it running.")
    assert (own.kind, own.attribution) == ("prescription", "author")


def test_a_view_set_out_as_commonly_held_or_as_someone_elses_is_not_the_writers():
    assert extract("The conventional wisdom is that the ferry service will collapse without subsidies."
                   ).attribution == "reported"
    assert extract("The prevailing sense today, amid the storms and the strikes, seems to be that the ferry service "
                   "has bigger problems to fix.").attribution == "reported"
    assert extract("Simply put, it is the view of the council that the ferry service will be restored next year."
                   ).attribution == "reported"
    # the writer's own view so put, and a common view the writer rejects, are not
    assert extract("It is my view that the ferry service will be restored next year.").attribution == "author"
    assert extract("It is the view of this writer that the ferry service will be restored next year."
                   ).attribution == "author"
    rejected = extract("I reject the conventional wisdom that the ferry service must close.")
    assert rejected is None or rejected.attribution == "author"


def test_a_claim_passed_on_in_an_aside_is_hearsay():
    told = extract("The ferry pact, it\u2019s claimed, is a disaster for the islands.")
    assert told is None or told.attribution == "reported"
    assert extract("The ferry pact, I believe, is a disaster for the islands.").attribution == "author"


def test_an_opening_clause_that_risks_a_harm_leaves_the_subject_its_own():
    """The risk in an opening clause is not the main subject's: what the main clause tells of its subject stands."""
    stance = _stance_on("As the harbour board risks being sidelined, the ferry pact could be weakened.", "ferry pact")
    assert stance.polarity == 1 and stance.cues["polarity"][0] == "harm to it: weakened"


def test_the_verb_support_before_a_base_still_supports():
    assert extract("I support base consolidation in the ferry port.").polarity == 1


def test_thanks_after_those_addressed_are_a_courtesy():
    """The words of thanks judge nothing after a vocative too; a judgement before the thanks still judges."""
    assert extract("Chairman Smith, members of the board, thank you for the opportunity to appear before this "
                   "board to discuss the ferry pact.") is None
    assert extract("The ferry pact is a great opportunity, thank you.").polarity == 1


def test_hopes_found_in_the_past_are_others():
    stance = extract("There had been hopes that the ferry talks would lead to a breakthrough.")
    assert stance is not None and stance.attribution == "reported"
    assert extract("There is hope that the ferry talks will succeed.").attribution == "author"


@pytest.mark.parametrize(("text", "kind"), [
    ("Fortunately, the two towns have not given up the option of ferry talks.", "evaluation"),    # a verdict told
    ("The council has the option to reopen the ferry pier.", None),
    ("The board keeps the option of a ferry strike open.", None),
    ("Ferry talks remain an option.", "prescription"),           # an option pointed to still advises
    ("The town should keep the option of ferry talks open.", "prescription"),     # the modal calls
])
def test_an_option_someone_holds_or_gives_up_is_no_advice(text, kind):
    stance = extract(text)
    assert (stance.kind if stance is not None else None) == kind, text


def test_the_writers_pointer_to_what_readers_should_heed_is_no_call():
    assert extract("We should take note of the mayor's criticism of the ferry pact.") is None
    assert extract("The council should take note of the ferry board's warning.").kind == "prescription"


def test_a_mood_naming_the_people_it_describes_is_no_verdict():
    assert extract("Optimistic ferry officials might have been startled to see the report.") is None
    assert extract("That is an optimistic forecast for the ferry pact.").polarity == 1
