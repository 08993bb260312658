"""Issues, positions and position changes."""

import json
import re

import pytest

from compare.positions import extract, extract_for_issues
from conftest import ESSAY, ROOT, span, sql

CASES = [case for name in ("stance_cases.json", "stance_heldout.json")
         for case in json.loads((ROOT / "tests" / "fixtures" / name).read_text(encoding="utf-8"))]
ISSUE_SECTIONS = {
    "A New Approach to North Korea": "north-korea",
    "Building Confidence in Northeast Asia": "confidence-building",
    "Nurturing a Stable and Inclusive Regional Order": "regional-order",
    "Deeper Consultation on Russia Policy": "russia",
}


@pytest.fixture
def compared(revised):
    result = revised("compare", f"{ESSAY}@1", f"{ESSAY}@2")
    assert result.exit_code == 0, result.output
    return revised, result.output


def test_fixture_position_changes(compared, expected):
    run, output = compared
    rows = sql(run, "select issue_id, change, left_sentence, right_sentence, explanation from position_change_detail")
    for case in expected["position_changes"]:
        match = [r for r in rows if r["issue_id"] == case["issue"] and r["change"] == case["change"]
                 and (case["left_contains"] is None or case["left_contains"] in (r["left_sentence"] or ""))
                 and case["right_contains"] in (r["right_sentence"] or "")]
        assert match, case
        assert match[0]["explanation"]
    for needle in expected["not_position_changes"]:
        labels = {r["change"] for r in rows if needle in (r["right_sentence"] or "")}
        # a fact or a reworded sentence: no stance label (no position at all is fine too)
        assert labels <= {"reworded", "unchanged"}
    dropped = sql(run, "select count(*) as n from position_change_detail p join sentences s on s.id = "
                       "(select sentence_id from positions where id = p.left_position_id) join sections sec on "
                       "sec.id = s.section_id where p.change = 'dropped' and sec.heading = ?".replace("?", "'"
                       + expected["dropped_positions_from_section"] + "'"))
    assert dropped[0]["n"] >= 5
    assert "== russia" in output and "[reversed]" in output
    reversed_line = next(l for l in output.splitlines() if "[reversed]" in l)
    assert "maintain/abandon flips polarity" in reversed_line
    assert output.strip().splitlines()[-1].startswith("counts: reversed 1, strengthened 1, weakened 1, new 1")


def test_issue_sections_are_tagged(seeded):
    seeded("positions", ESSAY)
    for heading, issue in ISSUE_SECTIONS.items():
        rows = sql(seeded, "select d.id, (select count(*) from sentence_issues si where si.sentence_id = d.id "
                           f"and si.issue_id = '{issue}') as tagged from sentence_detail d where d.heading = '{heading}'")
        share = sum(1 for r in rows if r["tagged"]) / len(rows)
        assert share >= 0.9, (heading, share)
    vias = {r["via"] for r in sql(seeded, "select distinct via from sentence_issues")}
    assert vias == {"keyword", "heading", "context", "semantic"}
    multi = sql(seeded, "select sentence_id from sentence_issues group by sentence_id having count(*) > 1")
    assert multi


def test_keywords_match_inflections_and_aliases():
    from compare.tagging import IssueMatcher
    from compare.taxonomy import parse_taxonomy

    issues = parse_taxonomy((ROOT / "seeds" / "issues.toml").read_text(encoding="utf-8"), source="issues.toml")
    matcher = IssueMatcher(issues)
    assert matcher.find("Russia's annexation worried the Russians.") == {"russia": "Russia's"}
    assert matcher.find("Talks with the DPRK stalled.") == {"north-korea": "DPRK"}
    assert "north-korea" not in matcher.find("the dprk, in lower case, is not an acronym match")
    # an acronym keeps its capitals in the possessive, whose "s" is small
    assert matcher.find("The DPRK's envoy left.") == {"north-korea": "DPRK's"}
    assert matcher.find("The DPRK\u2019s envoy left.") == {"north-korea": "DPRK\u2019s"}
    assert "north-korea" not in matcher.find("the dprk's envoy, in lower case")
    assert matcher.find("North Korean missiles") == {"north-korea": "North Korean"}
    assert set(matcher.find("Tariffs and the CPTPP")) == {"trade"}
    assert matcher.find("the Russianist conference") == {}
    assert set(matcher.find("Japan-US ties and RCEP talks")) == {"alliance", "trade"}
    # the essay's "defuse nationalism" is confidence building; a quarrel over history between two of the five powers
    # is not
    assert set(matcher.find("Nationalism in both capitals needs defusing.")) == {"confidence-building"}
    assert "confidence-building" not in matcher.find("The two democracies feuded again over their troubled history.")


@pytest.mark.parametrize("case", CASES, ids=[f"{c['kind']}-{n}" for n, c in enumerate(CASES)])
def test_stance_cases(case):
    from bench.evaluate import label_pair

    assert label_pair(case["left"], case["right"]) == case["change"]


def test_typo_fix_that_reveals_a_cue_is_reworded(run, tmp_path):
    for number, word in enumerate(("benfit", "benefit")):
        path = tmp_path / f"v{number}.txt"
        path.write_text(f"Alliance Note\n\nThe US-Japan alliance remains of fundamental {word} to both countries.\n",
                        encoding="utf-8")
        run("add", path, "--id", "note")
    run("issues", "import", ROOT / "seeds" / "issues.toml")
    run("compare", "note@1", "note@2")
    rows = sql(run, "select change, explanation from position_change_detail")
    assert rows and {r["change"] for r in rows} == {"reworded"}
    assert "spelling" in rows[0]["explanation"]


def test_position_fields_and_cues():
    stance = extract("Japan should not abandon its exclusively defense-oriented approach.")
    assert (stance.kind, stance.polarity, stance.strength, stance.hedged) == ("prescription", 1, 2.0, False)
    assert stance.cues["polarity"] == ["not abandon"] and stance.cues["negations"] == ["not"]
    hedged = extract("The Philippines appears to have moved away from cooperation, which may be detrimental.")
    assert hedged.hedged and hedged.polarity == -1 and set(hedged.cues["hedges"]) == {"appears", "may"}
    assert extract("The second is that the United States is the world's largest economy.") is None
    strong = extract("Resolving the situation absolutely requires immediate, coordinated efforts.")
    assert strong.strength == 5 and strong.cues["intensifiers"] == ["absolutely", "immediate"]


def test_positions_command_and_views(compared):
    run, _ = compared
    out = run("positions", f"{ESSAY}@2", "--issue", "russia").output
    assert "abandon" in out and "prescription" in out
    detail = sql(run, "select * from position_detail where issue_id = 'north-korea' and version = 2 limit 1")[0]
    assert detail["engine"].startswith("corpus-compare/") and json.loads(detail["cues"])["issue"]["via"]
    change = sql(run, "select * from position_change_detail where change = 'new'")[0]
    assert change["left_sentence"] is None and change["right_date"] == "2016-12"


def test_compare_all_and_timeline(seeded):
    examples = ROOT / "examples" / "commentaries"
    assert seeded("add", examples).exit_code == 0
    seeded("add", ROOT / "tests" / "fixtures" / "revision-example" / "revised.txt", "--id", ESSAY)
    result = seeded("compare", "--all")
    assert result.exit_code == 0
    assert "4 comparison(s) recorded." in result.output
    pairs = sql(seeded, "select left_document, left_version, right_document, right_version from comparison_detail")
    assert {(p["right_document"], p["right_version"]) for p in pairs} == {
        ("example-2017-north-korea", 1), ("example-2018-trade", 1), ("example-2021-russia-alliance", 1), (ESSAY, 2)}
    assert all(p["left_document"] == ESSAY for p in pairs)
    timeline = [line for line in seeded("timeline", "russia").output.splitlines() if not line.startswith(" ")]
    dates = [line.split()[0] for line in timeline]
    assert dates == sorted(dates) and dates[0] == "2016-12" and dates[-1] == "2021-04"
    # (the essay's revision, by its own writer, reverses a call on Russia: the label is the rules' as they give it)
    assert any(re.search(rf"{ESSAY}@2\s+\[reversed\]", line) for line in timeline)
    # (the example, by another writer, gives up the hope that cooperation with Russia will settle the islands, which
    # the essay calls for pursuing "on this issue", and keeps its unified front; but its call is read as against the
    # issue, a reading readers of other writers' prose seldom found fair, and its restatement is not confident
    # enough either: the tool gives no label rather than a doubtful one)
    assert any(re.search(r"example-2021-russia-alliance@1\s+2 position", line) for line in timeline)
    stance = sql(seeded, "select document_id, positions, polarity, change from issue_stance where issue_id = 'russia' "
                         "order by coalesce(published, '9999'), document_id, version")
    assert stance[0]["document_id"] == ESSAY and stance[0]["change"] is None and stance[0]["positions"] > 0
    assert stance[-1] == {"document_id": "example-2021-russia-alliance", "positions": 2, "polarity": 0,
                          "change": None}
    nk = sql(seeded, "select change from position_change_detail where right_document = 'example-2017-north-korea' "
                     "and issue_id = 'north-korea'")
    # The base is the essay's latest version (@2, which already says "absolutely requires immediate"): the
    # commentary's restatements are unchanged, and an excerpt-length commentary drops nothing.
    assert {"unchanged"} <= {r["change"] for r in nk} and "dropped" not in {r["change"] for r in nk}
    missing = seeded("timeline", "no-such-issue")
    assert missing.exit_code == 1 and "corpus issues" in missing.output


def test_queries_file_runs(compared):
    run, _ = compared
    text = (ROOT / "examples" / "queries.sql").read_text(encoding="utf-8")
    statements = [s.strip() for s in text.split(";") if "SELECT" in s]
    assert len(statements) >= 6
    results = []
    for statement in statements:
        result = run("sql", "--json", "--", statement)
        assert result.exit_code == 0, (statement, result.output)
        results.append(json.loads(result.output))
    assert results[0] and results[0][0]["issue_id"] == "russia"   # the reversal
    assert any(r["issue_id"] == "north-korea" for r in results[1])


def test_taxonomy_commands_retag(compared, tmp_path):
    run, _ = compared
    listing = run("issues").output
    assert "north-korea" in listing and "North Korea, North Korean" in listing
    added = run("issues", "add", "climate", "--label", "Climate", "--keyword", "Paris Agreement",
                "--keyword", "climate change")
    assert added.exit_code == 0 and "1 added" in added.output
    tagged = sql(run, "select count(*) as n from sentence_issues where issue_id = 'climate'")[0]["n"]
    assert tagged >= 1
    # Changing the taxonomy re-tags and recomputes recorded position changes.
    assert sql(run, "select count(*) as n from position_changes")[0]["n"] > 0
    run("issues", "edit", "climate", "--add-keyword", "carbon emission")
    assert sql(run, "select count(*) as n from sentence_issues where issue_id = 'climate'")[0]["n"] > tagged
    exported = run("issues", "export").output
    path = tmp_path / "issues.toml"
    path.write_text(exported, encoding="utf-8")
    removed = run("issues", "remove", "climate")
    assert removed.exit_code == 0 and "1 removed" in removed.output
    assert sql(run, "select count(*) as n from sentence_issues where issue_id = 'climate'")[0]["n"] == 0
    imported = run("issues", "import", path)
    assert imported.exit_code == 0 and "1 added" in imported.output
    bad = tmp_path / "bad.toml"
    bad.write_text("[x\nlabel = 1", encoding="utf-8")
    result = run("issues", "import", bad)
    assert result.exit_code == 1 and "not valid TOML" in result.output and "bad.toml" in result.output
    assert run("issues", "add", "climate", "--label", "Again", "--keyword", "x").exit_code == 1


def test_commentary_by_another_author(seeded):
    """A plain-text commentary: question headings, content alignment, and changes paired across documents."""
    added = seeded("add", ROOT / "tests" / "fixtures" / "commentary-2017.txt")
    doc = added.output.split("@")[0]
    meta = sql(seeded, f"select author, published from documents where id = '{doc}'")[0]
    assert meta == {"author": "Jane Example", "published": "2017-10"}
    headings = [r["heading"] for r in sql(seeded, "select heading from sentence_detail where document_id = "
                                                  f"'{doc}' group by section_id order by section_ordinal")]
    assert headings[1] == "What Went Wrong?"
    result = seeded("compare", ESSAY, doc)
    assert result.exit_code == 0
    pairs = {(r["left_heading"], r["right_heading"]) for r in sql(
        seeded, "select left_heading, right_heading from section_alignment_detail where right_heading is not null "
                "and left_heading is not null")}
    assert ("Deeper Consultation on Russia Policy", "Russia and the Northern Territories") in pairs
    assert ("A New Approach to North Korea", "What Went Wrong?") in pairs
    changes = sql(seeded, "select issue_id, change, right_sentence, explanation from position_change_detail")
    # "should be maintained" -> "must be strengthened": the same claim, stated more firmly
    assert any(c["issue_id"] == "alliance" and c["change"] == "strengthened" and "must be strengthened" in
               c["right_sentence"] and "firmer" in c["explanation"] for c in changes)
    assert any(c["issue_id"] == "north-korea" and c["change"] == "unchanged" and "requires comprehensive" in
               c["right_sentence"] for c in changes)
    # Pyongyang is named only in a subordinate clause: the sentence takes no position on North Korea.
    assert not [c for c in changes if c["issue_id"] == "north-korea" and "special deal" in c["right_sentence"]]
    # A narrated event is not a new position ("rhetoric has oscillated between threats of...").
    assert not [c for c in changes if "oscillated" in c["right_sentence"]]
    # A short commentary drops nothing, and a document silent on an issue gets no label on it.
    assert not [c for c in changes if c["change"] == "dropped"]
    assert not [c for c in changes if c["issue_id"] in ("trade", "confidence-building")]


def test_compare_without_taxonomy_warns(run, tmp_path):
    from conftest import FIXTURE, SEED

    run("add", SEED, "--id", "essay")
    run("add", FIXTURE / "revised.txt", "--id", "essay")
    result = run("compare", "essay@1", "essay@2")
    assert result.exit_code == 0
    assert "no issues are defined" in result.output
    assert "counts: reversed 0" in result.output


def test_a_condition_without_a_comma_ends_where_the_main_clause_calls_for_something():
    from compare.positions import extract

    stance = extract("Once the war ends we must reopen the ferry line.")
    assert stance is not None and stance.kind == "prescription" and stance.polarity == 1
    # a modal of the condition itself stays in it
    assert extract("If we should fail, the ferry line will close.").kind == "prediction"


@pytest.mark.parametrize("text, kind", [
    # "should" before its subject opens a condition, as "if" does: no call for anything
    ("Should the ferry talks fail, the harbour will lose its trade.", "prediction"),
    ("But should the council refuse, the mayor must act alone.", "prescription"),
    ("The firms will not return, should the tolls be lifted.", "prediction"),
    ("The firms are unlikely to move back should the harbour tolls rise.", "prediction"),     # (a forecast)
    # a call has its subject before "should"; "so should" is "likewise"
    ("The mayor should keep the ferries running.", "prescription"),
    ("The road ahead should be paved by the town.", "prescription"),
    ("The harbour must act, and so should the Port Authority.", "prescription"),
])
def test_should_before_its_subject_opens_a_condition(text, kind):
    stance = extract(text)
    assert (stance.kind if stance is not None else None) == kind, stance


@pytest.mark.parametrize("text, kind", [
    # an adjective of necessity before its noun names a kind of thing; after a copula it prescribes, unless it says
    # whom or what the subject matters to: that judges (readers of real prose found such readings as calls unfair)
    ("Cheap ferries carry critical components and vital spare parts across the strait.", None),
    ("Ferries across the strait are critical to the island economy.", None),
    ("Ferries across the strait are critical.", "prescription"),
    ("It is essential that the ferry line stays open.", "prescription"),
    # so too what is important to do; "important" before a noun judges, and calls for nothing
    ("It is important for the council to keep the ferry line open.", "prescription"),
    ("It is important that the ferry line stays open.", "prescription"),
    ("The ferry line is an important link for the island.", None),
    # a past or perfect "required" or "needed" tells what was so; the passive present still prescribes
    ("The old treaty required the ports to stay open at night.", None),
    ("The harbour has always needed more tugs.", None),
    ("What is needed is a second ferry line.", "prescription"),
    # someone's need is a want, not a call
    ("The island's need for cheap ferries shapes its politics.", None),
    ("The ferry line needs a second boat.", "prescription"),
    ("The ferry line no longer needs the subsidy to pay its way.", None),
    # a promise named as a noun commits nobody; a promise made as a verb does
    ("Trust in ministerial promises about the ferry line has worn thin.", None),
    ("The ministry promises to reopen the ferry line.", "commitment"),
    # "that" after a noun and before a modal opens a relative clause: its modal is not the sentence's
    ("The council has treated the harbour as a gate that must be passed before anything else.", None),
    # a prescriptive frame
    ("The sensible answer is to reopen the ferry line.", "prescription"),
    ("Our task now is to reopen the ferry line.", "prescription"),
    ("Keeping the ferry line open is not optional.", "prescription"),
    # what a sentence names as the thing to do, whatever judges it first
    ("The important thing is to reopen the ferry line.", "prescription"),
    ("The key now is to reopen the ferry line.", "prescription"),
    ("The best course is to reopen the ferry line step by step.", "prescription"),
    ("The first step is to agree a timetable for the ferries.", "prescription"),
])
def test_necessity_cues_prescribe_only_where_they_govern_a_claim(text, kind):
    stance = extract(text)
    assert (stance.kind if stance is not None and stance.kind in ("prescription", "commitment") else None) == kind


@pytest.mark.parametrize("text", [
    "Relations between the towns have become more tangled than necessary over the ferry tolls.",
    "The harbour toll is higher than needed.",
])
def test_more_than_necessary_is_a_fault_found_not_a_call(text):
    stance = extract(text)
    assert stance is not None and stance.kind == "evaluation" and stance.polarity == -1



def clause_kinds(text: str) -> dict[str, str]:
    """{clause's tokens joined by spaces: its kind} for one sentence."""
    from compare.clauses import split_clauses
    from compare.text.tokens import CLAUSE_TOKEN

    raw = CLAUSE_TOKEN.findall(text)
    return {" ".join(raw[c.start:c.end]): c.kind for c in split_clauses(raw)}


def test_a_relative_clause_listing_its_verbs_runs_to_the_main_verb():
    kinds = clause_kinds("A port authority that raised fees, punished the fleets with fines, and built new berths is "
                         "not a partner; the council should start from that.")
    assert kinds["that raised fees , punished the fleets with fines , and built new berths"] == "relative"
    assert kinds["is not a partner ;"] == "main"


def test_that_after_a_conjunction_points_back_and_its_verdict_is_the_writers():
    # ", and that is ...": a demonstrative subject, not a relative clause on a noun
    assert "that is encouraging ." not in clause_kinds("The ferry now runs daily, and that is encouraging.")
    for text in ("The ferry now runs daily, and that is encouraging.",
                 "The vote has eased the mood, and that is a real opportunity for the harbour towns."):
        stance = extract(text)
        assert stance is not None and stance.kind == "evaluation" and stance.polarity == 1, text
    # a second that-clause of a verb of saying is still what was said
    assert extract("The mayor said the ferry runs daily and that the fees will fall.") is None


@pytest.mark.parametrize("text", [
    "The ferry link is welcome.", "The new harbour fund was welcome, though late.", "It is a welcome step.",
])
def test_welcome_as_a_judgement_is_an_evaluation(text):
    stance = extract(text)
    assert stance is not None and stance.kind == "evaluation" and stance.polarity == 1


def test_welcome_as_a_noun_or_a_verb_of_others_is_no_verdict_of_the_writers():
    # "expressed a welcome for": the party's gesture, a noun; "welcomed": what someone did
    for text in ("The party's manifesto expressed a welcome for the ferry link.", "The mayor welcomed the ferry link."):
        stance = extract(text)
        assert stance is None or stance.kind != "evaluation" or stance.attribution != "author", text


def test_a_negated_verb_of_holding_a_view_negates_its_whole_complement():
    stance = extract("I no longer regard that level of harbour fees as destabilizing.")
    assert stance is not None and stance.polarity == 1 and "not destabilizing" in stance.cues["polarity"]
    # "I do not think X should": the negation lands on the modal of the that-clause
    stance = extract("I no longer think even a rise in fees, explained openly to the shippers, would harm the port.")
    assert stance is not None and stance.polarity == 1, "an aside inside the complement does not end it"
    for text in ("Nor do I believe that the port should raise its fees.", "I do not think the port should raise fees."):
        stance = extract(text)
        assert stance is not None and stance.kind == "prescription" and stance.polarity == -1, text
    # ...after an auxiliary, in the past: what should never have been thought of so
    stance = extract("The council should never have treated the ferry strike as an opportunity.")
    assert stance is not None and stance.polarity == -1 and "not opportunity" in stance.cues["polarity"]
    # a view never accepted: "never bought the line that X is wise" judges X unwise
    for text in ("I have never bought the line that the ferry tax is wise.",
                 "I have never accepted the argument that the ferry tax is wise."):
        assert extract(text).polarity == -1, text


@pytest.mark.parametrize("text, kind", [
    # a warning against a course calls against it, as "avoid" does, whoever it is addressed to
    ("I would caution the harbour board against closing the ferry line.", "prescription"),
    ("I would caution the new board firmly against selling the ferries.", "prescription"),
    ("I would warn against a blockade of the harbour.", "prescription"),
    ("I would advise against closing the ferry line.", "prescription"),
    ("I caution against any blockade of the harbour.", "evaluation"),
    ("I advise against it.", "evaluation"),
])
def test_a_warning_against_a_course_calls_against_it(text, kind):
    stance = extract(text)
    assert stance is not None and stance.kind == kind and stance.polarity == -1, text


def test_a_third_partys_warning_is_no_position():
    assert extract("The mayor, who warns against a blockade, spoke at noon.") is None


@pytest.mark.parametrize("text, polarity", [
    # a denied inference denies what it would infer: "X does not mean we should stop" keeps the course
    ("This does not mean we should stop talking to the harbour board.", 1),
    ("This doesn't mean we should stop talking to the harbour board.", 1),
    ("Talking to the harbour board does not mean we will give in.", -1),
    ("That does not mean the ferry tax is wise.", -1),
])
def test_a_denied_inference_denies_what_it_infers(text, polarity):
    stance = extract(text)
    assert stance is not None and stance.polarity == polarity, text


@pytest.mark.parametrize("text", [
    # the noun "will" forecasts nothing: after an article, a possessive or an adjective of will, or before "to"
    "The harbour board has lost the will to lead.",
    "The mayor's will prevailed in the end.",
    "They lack the political will to reform the port.",
])
def test_the_noun_will_is_no_forecast(text):
    assert extract(text) is None, text


def test_the_modal_will_after_a_pronoun_still_forecasts():
    for text in ("That will not happen soon.", "The ferry line on its own won't carry the island's trade."):
        stance = extract(text)
        assert stance is not None and stance.kind == "prediction", text


@pytest.mark.parametrize("text", [
    # what unnamed accounts tell, and a feeling of someone the writer writes about, are not the writer's view
    "By some accounts, the ferry line will close next year.",
    "The harbour board is apprehensive that the ferry trade will suffer.",
    "The harbour board remains sceptical that the ferry trade will recover.",
])
def test_accounts_and_others_misgivings_are_reported(text):
    stance = extract(text)
    assert stance is not None and stance.attribution == "reported", text


@pytest.mark.parametrize("text, attribution", [
    # a view reported in a later main clause is its holders'; the writer's own, or a noun's clause, stays the writer's
    ("The mood in the port is grim, and some on the council have begun to argue that the town needs a second "
     "breakwater.", "reported"),
    ("The mood in the port is grim, but critics insist that the ferries must keep running.", "reported"),
    ("The mood in the port is grim, and I have begun to argue that the town needs a second breakwater.", "author"),
    # what others wrote is theirs, as what they said is
    ("Eight years ago, observers abroad wrote that the harbour had drifted away from the ferry alliance.", "reported"),
    # a view held by unnamed others; but not one the writer endorses or asks for
    ("The ferry pact is widely seen as necessary for the islands.", "reported"),
    ("The mayor met the harbour board to seek a deal, seen as necessary for the islands.", "reported"),
    ("The ferry pact is rightly seen as necessary for the islands.", "author"),
    ("The ferry pact should be seen as a necessary first step.", "author"),
])
def test_views_others_hold_are_theirs(text, attribution):
    stance = extract(text)
    assert stance is not None and stance.attribution == attribution, text


def test_a_course_found_acceptable_after_a_concession_is_approved():
    stance = extract("It is a pity the two ports did not reach a deal, but that is acceptable as long as the talks go on.")
    assert stance is not None and stance.polarity == 1


@pytest.mark.parametrize("text", [
    # a means said not to be enough on its own is found wanting, whatever the direction of the verb it fails at
    "Fines alone will not end the poaching.",
    "Sanctions alone will never solve the problem.",
    "Denouncing the harbour board alone will likely not stop the blockade.",
    "Summitry alone will not dismantle a single boat.",
])
def test_a_means_not_enough_on_its_own_is_found_wanting(text):
    stance = extract(text)
    assert stance is not None and stance.polarity == -1, text


def test_a_call_after_a_means_found_wanting_keeps_its_direction():
    stance = extract("Fines alone will not end the poaching, and what is needed is a patrol boat.")
    assert stance is not None and stance.kind == "prescription" and stance.polarity == 1


@pytest.mark.parametrize("text, polarity", [
    # a negative subject denies what its clause says of it, as "not" would
    ("None of the five ferry schemes put forward so far by the council is convincing.", -1),
    ("Nothing in the harbour deal is acceptable.", -1),
    ("But none of the harbour options is good enough.", -1),
    ("None of this requires tearing up the ferry treaty.", 1),
    # a comparison affirms (what nothing beats is the best), and an idiom with "no" denies nothing
    ("Nothing is more important than the ferry alliance.", 1),
    ("No wonder the ferry deal is good for the islands.", 1),
    ("No doubt the ferry deal is good for the islands.", 1),
    # "any" carries a negation to the noun phrase it opens; "unable to" denies what it governs
    ("The mayor did not make any meaningful progress on the ferries.", -1),
    ("The talks have not produced any real progress.", -1),
    ("The mayor was unable to make progress on the ferries.", -1),
    # a denied view stops at the reason given for it, which is the writer's
    ("This does not mean drifting away from the ferry alliance, because the alliance is still useful.", 1),
    # a degree granted whatever it is judges nothing, and a conceded harm gives way to the claim after it
    ("The ferry alliance remains indispensable, however erratic its current management.", 1),
    ("The ferry alliance was certainly damaged, but it remains resilient.", 1),
    # calls against, harms and verdicts in words the lexicon lacked
    ("Tokyo should not object to an interim ferry deal.", 1),
    ("The ferry alliance is fraying.", -1),
    ("The two harbours are drifting apart.", -1),
    ("The harbour board deserves credit for keeping the ferries running.", 1),
    ("The hope that cheap fares would win over the islands has been tested and found wanting.", -1),
    ("A patrol boat is useless without a crew.", -1),
])
def test_negation_concession_and_verdict_words_give_the_direction(text, polarity):
    stance = extract(text)
    assert stance is not None and stance.polarity == polarity, text


@pytest.mark.parametrize("text, kind", [
    # a guess at what was is no forecast
    ("The fines may have dealt a blow to the ferry company.", "prediction"),
    ("The harbour board could not have foreseen the ferry strike.", "prediction"),
    # another's goal, or a past one, is no call of the writer's
    ("The harbour board's aim is to keep the ferries running.", "prescription"),
    ("Its task was to keep the ferries running.", "prescription"),
])
def test_a_reading_the_sentence_does_not_make(text, kind):
    stance = extract(text)
    assert stance is None or stance.kind != kind, text


@pytest.mark.parametrize("text", [
    # what the sentence names as the goal it calls for, words between the noun and its "is to" or not
    "The task for the harbour in the coming year is to keep the ferries running.",
    "The realistic aim for now should be to keep the ferries running.",
    "The imperative is to keep the ferries running.",
])
def test_a_goal_named_is_a_call(text):
    stance = extract(text)
    assert stance is not None and stance.kind == "prescription" and stance.polarity == 1, text


@pytest.mark.parametrize("text, polarity", [
    # an act that would undo what the issue names, itself opposed, is a position for it
    ("We should avoid abandoning the ferry talks.", 1),
    ("I would warn against abandoning the ferry talks.", 1),
    ("We must stop the harbour board from scrapping the ferry pact.", 1),
    # the act alone is against it; inaction given up undoes nothing
    ("We should abandon the ferry talks.", -1),
    ("The council should stop waiting for the ferry talks.", -1),
])
def test_an_undoing_opposed_is_for_what_it_would_undo(text, polarity):
    from compare.positions import extract_for_issues

    at = text.index("ferry")
    stance = extract_for_issues(text, {"ferries": ((at, at + len("ferry talks")),)})["ferries"]
    assert stance.polarity == polarity, text


@pytest.mark.parametrize("text, polarity", [
    # the writer accepting a course approves of it; not accepting it is against it
    ("I accept the higher harbour budget.", 1),
    ("I do not accept the drift toward closing the ferry line.", -1),
    ("A higher toll is something I could accept.", 1),
    # a concession's that-clause judges, not "accept"
    ("I accept that the old toll line was a mistake.", -1),
])
def test_what_the_writer_accepts(text, polarity):
    stance = extract(text)
    assert stance is not None and stance.polarity == polarity, text


def test_what_others_could_accept_is_no_verdict_of_the_writers():
    stance = extract("The port never offered terms the fishermen could accept.")
    assert stance is None or stance.polarity == 0


@pytest.mark.parametrize("text, polarity", [
    # too much or too little of a course is a verdict against it as it stands
    ("Doubling the harbour budget in five years is too fast.", -1),
    ("The council moved too slowly on the ferry line.", -1),
    ("The new tolls are not too high.", 1),
])
def test_too_much_or_too_little_judges(text, polarity):
    stance = extract(text)
    assert stance is not None and stance.kind == "evaluation" and stance.polarity == polarity, text


def test_the_writers_own_too_is_left_to_the_retrospective_reading():
    # "I was too cautious" is the writer's view of a view once held, read by the shift table, not a verdict
    assert extract("I was too cautious four years ago about the ferry line.") is None


@pytest.mark.parametrize("text, polarity", [
    # the writer as the subject of a later clause takes the position its verb states
    ("The ferry tax is another question, and I oppose it as firmly as ever.", -1),
    ("The ferry line reopened last spring, and we welcome it.", 1),
    ("The ferry tax is another question, and I do not support it.", -1),
])
def test_the_writers_own_later_clause_takes_a_position(text, polarity):
    stance = extract(text)
    assert stance is not None and stance.polarity == polarity, text


def test_a_relative_clause_of_the_writers_on_a_noun_does_not():
    stance = extract("Raising the toll is not the reckless leap I once warned against.")
    assert stance is None or stance.polarity >= 0


def test_a_restrictive_relative_clause_on_the_object_is_what_the_main_claim_is_about():
    from compare.positions import extract_for_issues

    text = "We should stop waiting for some structure that ties the capital back into the canal treaty."
    treaty = (text.index("canal treaty"), text.index("canal treaty") + 12)
    stance = extract_for_issues(text, {"trade": (treaty,)})["trade"]
    assert stance.kind == "prescription" and stance.polarity == -1
    # a relative clause on the subject is not: "Allies who should strive..."
    text = "Ports that signed the canal treaty have prospered."
    treaty = (text.index("canal treaty"), text.index("canal treaty") + 12)
    assert "trade" not in extract_for_issues(text, {"trade": (treaty,)})



@pytest.mark.parametrize("text", ["The ferry line should continue no matter how bad the politics get.",
                                  "The ferry line is no less necessary today, and it should stay open."])
def test_idioms_with_no_negate_nothing(text):
    stance = extract(text)
    assert stance is not None and stance.polarity == 1 and "no" not in stance.cues["negations"]


def test_events_after_which_a_view_changed_are_not_what_it_is_about():
    from compare.positions import extract_for_issues

    for text in ("But after the canal treaty lapsed in October, I no longer believe the ferry line can pay its way.",
                 "After the storm, the canal treaty's lapse and the strike, I no longer believe the ferry line can pay "
                 "its way.",
                 "Given what the canal treaty did to the port, I no longer believe the ferry line can pay its way.",
                 "After the storm, and after the canal treaty lapsed, I no longer believe the ferry line can pay its way."):
        treaty = (text.index("canal treaty"), text.index("canal treaty") + 12)
        ferry = (text.index("ferry line"), text.index("ferry line") + 10)
        assert extract_for_issues(text, {"ferries": (ferry,)})["ferries"].cues["shift"][0] == "abandoned"
        stances = extract_for_issues(text, {"trade": (treaty,)})
        assert "trade" not in stances or "shift" not in stances["trade"].cues, text


def test_an_issue_named_only_as_the_standard_of_a_comparison_takes_no_position():
    from compare.positions import extract_for_issues

    text = "The harbour plan must be met with far more preparation than the council brought to the tariff talks."
    tariffs = (text.index("tariff talks"), text.index("tariff talks") + 12)
    plan = (text.index("harbour plan"), text.index("harbour plan") + 12)
    stances = extract_for_issues(text, {"trade": (tariffs,), "ports": (plan,)})
    assert "trade" not in stances and stances["ports"].kind == "prescription"


def test_an_issue_named_only_as_what_a_piece_of_writing_is_about_takes_no_position():
    from compare.positions import extract_for_issues
    from conftest import span

    text = "The chapter on harbour tariffs is thinner than it should be."
    assert "trade" not in extract_for_issues(text, {"trade": span(text, "harbour tariffs")})
    # the issue itself judged: a position
    text = "Harbour tariffs are higher than they should be."
    assert extract_for_issues(text, {"trade": span(text, "Harbour tariffs")})["trade"].kind == "prescription"
    # a retrospective cue says how the writer's view fared
    text = "My essay on harbour tariffs still holds."
    assert extract_for_issues(text, {"trade": span(text, "harbour tariffs")})["trade"].cues["shift"][0] == "continued"


def test_a_heading_places_a_later_sentence_but_gives_it_no_change_label(seeded, tmp_path):
    from conftest import judge_against_essay

    judged = judge_against_essay(
        seeded, tmp_path / "later.txt",
        "North Korea Again\n\nMay 2020\n\n"
        "I have been proposing that kind of practical step for a decade, and I still think it is where thawing starts.\n",
        "North Korea Again")
    assert not [r for r in judged if "practical step" in (r["right_sentence"] or "")]


def test_a_section_heading_of_its_own_tells_what_a_sentence_naming_no_issue_is_about(seeded, tmp_path):
    from conftest import judge_against_essay, labels_on

    judged = judge_against_essay(
        seeded, tmp_path / "later.txt",
        "Notes for a Seminar\n\nMay 2019\n\n1. The harbour\n\nThe harbour board met twice this spring.\n\n"
        "2. Russia\n\nThe talks on the islands have gone on for years. "
        "I still believe a settlement is worth pursuing, and I still believe the allies must be kept informed.\n\n"
        "3. North Korea\n\nOur trade talks with Seoul should resume, and I still think that is where thawing "
        "starts.\n", "Notes for a Seminar")
    # under "2. Russia", a sentence that names no issue is about Russia
    assert labels_on(judged, "settlement is worth pursuing") == {("russia", "unchanged")}
    # one that names another issue is about that one, not its heading's
    assert not {issue for issue, _ in labels_on(judged, "thawing starts")} & {"north-korea"}


def test_a_question_set_apart_as_a_heading_speaks_for_its_answer_only():
    from compare.analysis import _placed_only
    from compare.tagging import SentenceRow

    sentences = [SentenceRow(1, 10, 100, "The mayor spoke to us in March."),
                 SentenceRow(2, 11, 101, "A: I still believe a settlement is worth pursuing."),
                 SentenceRow(3, 11, 102, "Q: And the ferries?"),
                 SentenceRow(4, 11, 103, "A: More than ever."),
                 SentenceRow(5, 12, 104, "The tolls should fall.")]
    headings = {10: "Talking to the Mayor", 11: "Q: And the islands?", 12: "3. The harbour"}
    # the title's section places only; the question speaks for its answer until the next question
    assert _placed_only(sentences, headings) == {1, 3, 4}
    # a heading of a section of its own speaks for every sentence under it, questions and all
    assert _placed_only(sentences, {**headings, 11: "2. The islands"}) == {1}


def test_the_thing_to_do_named_as_worst_is_called_against():
    stance = extract("The worst thing is to abandon the ferry talks now.")
    assert (stance.kind, stance.polarity) == ("prescription", -1)


def test_a_whatever_clause_is_a_concession():
    kinds = clause_kinds
    # what was said about something else stands aside from the claim, at the end or at the start
    assert kinds("The port should keep its old berths, whatever some councillors said about a new ferry "
                 "terminal.")["whatever some councillors said about a new ferry terminal ."] == "subordinate"
    assert kinds("Whatever happens to the ferries, the port must keep its berths.")[
        "Whatever happens to the ferries ,"] == "subordinate"


def test_although_whereas_unless_and_because_open_a_clause_before_any_word():
    kinds = clause_kinds
    assert kinds("It would be an error to see the ferry pact as a toll union although harbour safety was "
                 "stressed.")["although harbour safety was stressed ."] == "subordinate"
    assert kinds("The board kept the old berths because cheaper ferries were needed.")[
        "because cheaper ferries were needed ."] == "subordinate"
    # a phrase, not a clause
    assert "because of the tolls ." not in kinds("The board kept the old berths because of the tolls.")
    # so a verb of saying in the concession reports nothing the main clause holds
    found = extract("It would be an error to see the ferry pact as a toll union although harbour safety was "
                    "stressed.")
    assert (found.attribution, found.polarity) == ("author", -1)


def test_a_bare_plural_that_holds_a_proposition_opens_its_content():
    assert clause_kinds("The mayor's harbour tour eased worries that he would impose ferry tolls.")[
        "that he would impose ferry tolls ."] == "content"
    # so what the worries hold is no forecast of the writer's
    assert extract("The mayor's harbour tour eased worries that he would impose ferry tolls.") is None


def test_meaningful_judges():
    assert extract("The mayors meeting first is meaningful for the ferry talks.").polarity == 1


@pytest.mark.parametrize("text", [
    "The council must refuse to pursue a canal toll of its own.",
    "What must not change is the town's refusal to pursue a canal toll.",
    "The council should renounce any canal toll of its own.",
    # a course not to be taken up again, whatever the next clause keeps
    "The council should not reopen talks with the ferry company while the strike lasts, and it should keep its "
    "tolls aligned with the river towns.",
])
def test_a_verb_of_refusal_turns_what_it_governs(text):
    stance = extract(text)
    assert stance is not None and stance.polarity < 0


def test_a_foundation_laid_is_not_a_claim_carried_on():
    from compare.judge import continuity

    assert continuity("Policy should be built on that premise rather than on hope.") is None
    assert continuity("The 2015 reforms should be built upon, not undone.") == "built"
    assert continuity("We should build on the progress of the last decade.") == "build"


def test_a_nouns_infinitive_carries_nothing_on():
    from compare.judge import continuity

    # what the tolls will undermine is the ports' ability to go on, not a claim the writer carries on
    assert continuity("The tolls will undermine the ports' ability to continue their ferry cooperation.") is None
    assert continuity("The ports should continue their ferry cooperation.") == "continue"
    assert continuity("There are issues the two ports should keep in mind as they cooperate.") is None


@pytest.mark.parametrize("text", [
    "Sir, your editorial of 3 May worried that the new canal toll will empty the ports.",
    "Many in the river towns are worried that the new canal toll will empty the ports.",
])
def test_a_worry_told_of_someone_else_is_theirs(text):
    stance = extract(text)
    assert stance is not None and stance.attribution == "reported"


def test_tokens_lower_one_for_one_beside_raw():
    """lowered lowers each token by itself, so the lowered list stands token for token beside raw whatever
    characters the text holds: the rules read both at one index (a word with the dotted capital I, which lowers to
    two characters, once cut the lowered list out of step and crashed the reading)."""
    from compare.text.lowering import lowered
    from compare.text.tokens import CLAUSE_TOKEN

    changing = [chr(code) for code in range(0x80, 0x110000) if chr(code).lower() != chr(code)]
    for text in (" ".join("A" + char + "a" for char in changing), " ".join(changing), "".join(changing),
                 "The alliance is a success for \u0130zmir, as \u03a3\u0391\u03a3 says."):
        raw = CLAUSE_TOKEN.findall(text)
        assert len(lowered(text, raw)) == len(raw), text[:40]
    raw = CLAUSE_TOKEN.findall("US forces at \u0130ncirlik must stay.")
    assert lowered("US forces at \u0130ncirlik must stay.", raw)[3] == "incirlik"
    text = "US forces at \u0130ncirlik must stay."
    assert extract_for_issues(text, {"x": span(text, "US forces")})["x"].kind == "prescription"


def test_the_tokenisers_cut_as_their_plain_patterns_do():
    """CLAUSE_TOKEN and KEY_WORD are written for speed: on any text they must give the matches of the plain
    patterns their docstrings give (here random text of the characters that matter to them, and the fixtures)."""
    import random

    from compare.text.tokens import CLAUSE_TOKEN, KEY_WORD

    plain = {CLAUSE_TOKEN: re.compile(r"[^\W\d_]+(?:\d+[^\W\d_]*)?(?:[-'\u2019][^\W\d_]+)*|\d+(?:\.\d+)?|[^\s\w]|_"),
             KEY_WORD: re.compile(r"[Pp]er[ \t]cent\b|[A-Za-z0-9]+(?:['\u2019][A-Za-z]+)?")}
    texts = [path.read_text(encoding="utf-8") for path in sorted((ROOT / "tests" / "fixtures").rglob("*.txt"))]
    rng = random.Random(7)
    alphabet = "aPpZz09er cnt\t\n-'\u2019.,;\u2014\u00e9\u0660_\u00a0"
    texts += ["".join(rng.choice(alphabet) for _ in range(rng.randrange(1, 40))) for _ in range(20000)]
    texts += ["per cent", "Per\tcent.", "per cents", "5 per cent-", "super cent", "it's9", "U.S.-Japan 3.5.2",
              "the G7's B3W plan", "G20-led", "F-35 5G", "a9b-c"]
    for fast, slow in plain.items():
        for text in texts:
            assert [m.span() for m in fast.finditer(text)] == [m.span() for m in slow.finditer(text)], text


def test_a_mention_finds_its_token_by_the_characters_before_it():
    """mention_tokens finds the token at a character offset by counting the characters before it that are not
    white space: CLAUSE_TOKEN cuts every other character, of any script, into a token, and no white space; so
    the token found is the one the offsets of every token would give."""
    import random
    from bisect import bisect_left
    from itertools import accumulate

    from compare.text.tokens import CLAUSE_TOKEN, mention_tokens

    every = "".join(map(chr, range(0x110000)))
    assert "".join(CLAUSE_TOKEN.findall(every)) == "".join(every.split())
    texts = [path.read_text(encoding="utf-8") for path in sorted((ROOT / "tests" / "fixtures").rglob("*.txt"))][:200]
    rng = random.Random(11)
    alphabet = "aZ09 \t\n\u00a0\u2009\u3000-'\u2019.,\u00e9\u0660\u0130"
    texts += ["".join(rng.choice(alphabet) for _ in range(rng.randrange(1, 40))) for _ in range(5000)]
    for text in texts:
        starts = [m.start() for m in CLAUSE_TOKEN.finditer(text)]
        solid_starts = list(accumulate(map(len, CLAUSE_TOKEN.findall(text)), initial=0))
        offsets = list(range(len(text) + 1)) if len(text) < 50 else sorted(rng.sample(range(len(text) + 1), 50))
        found = [k for k in (bisect_left(starts, offset) for offset in offsets) if k < len(starts)]
        assert mention_tokens(text, solid_starts, {"issue": tuple((o, o) for o in offsets)}) == {"issue": found}, text


def test_that_and_an_adverb_before_its_verb_open_a_relative_clause():
    from compare.clauses import split_clauses
    from compare.text.tokens import CLAUSE_TOKEN

    raw = CLAUSE_TOKEN.findall("The talks took the form of a ferry pact that only needs ratification by both councils.")
    assert [c.kind for c in split_clauses(raw)] == ["main", "relative"]
    # so what the pact needs is no call of the writer's
    assert extract("The talks took the form of a ferry pact that only needs ratification by both councils.") is None
    raw = CLAUSE_TOKEN.findall("A ferry deal that still holds is worth keeping.")
    assert [c.kind for c in split_clauses(raw)] == ["main", "relative", "main"]


def test_an_opening_word_set_in_capitals_is_no_acronym():
    from compare.judge import anchors

    assert anchors("IT had taken months before the ferry pact was signed.") == set()
    assert anchors("The G7 met in Crimea.") == {"g7", "crimea"}


def test_japans_constitution_named_in_other_words_is_a_defense_subject():
    from compare.tagging import IssueMatcher
    from compare.taxonomy import parse_taxonomy

    matcher = IssueMatcher(parse_taxonomy((ROOT / "seeds" / "issues.toml").read_text(encoding="utf-8"), source="x"))
    assert "japan-defense" in matcher.find("Parties proposing to change the Constitution should explain why.")
    assert "japan-defense" in matcher.find("Abe wanted revisions to the pacifist Constitution.")
    assert matcher.find("The constitution of the ferry committee was changed.") == {}


@pytest.mark.parametrize("text, kind, polarity", [
    # the writer's own proposal, and a course named as what matters, are calls
    ("I would suggest that the harbour board do the following, in order to win the islands' trust.", "prescription", 1),
    ("What is important is to remind the mayor to keep the ferry running.", "prescription", 1),
    # a role judged weighty for what it does
    ("The ferry pact will prove significant in countering this trend.", "prediction", 1),
])
def test_proposals_and_weighty_roles(text, kind, polarity):
    stance = extract(text)
    assert stance is not None and (stance.kind, stance.polarity) == (kind, polarity), stance


@pytest.mark.parametrize("text", [
    # a modal inside a free relative tells of the thing named, no forecast of the sentence's own
    "A key building block of what will be the biggest ferry network has fallen into place with the board's approval.",
    "The harbour plan rests on a guess about what might change in the ferry trade.",
    # what parties to a mechanism will trade, and what a meeting's agenda will be on: a plan told
    "After the mechanism is set up, the three ports will exchange data on the ferry schedules in real time.",
    "The focus of the harbour talks will be on reinforcing investments in ferry lanes and docks.",
])
def test_forecasts_that_are_not_the_writers(text):
    stance = extract(text)
    assert stance is None or stance.kind != "prediction", stance


def test_a_call_keeps_what_its_free_relative_names():
    stance = extract("The harbour must prepare for what may come after the ferry strike.")
    assert (stance.kind, stance.polarity) == ("prescription", 1)


def test_a_point_named_as_someone_elses_is_theirs():
    assert extract("Their point is that the ferry tolls are wrong.").attribution == "reported"
    assert extract("The board's point is that the ferry tolls are wrong.").attribution == "reported"
    # the writer's point, or what a thing is for, stays the writer's
    assert extract("My point is that the ferry tolls are wrong.").attribution == "author"
    assert extract("The point of the ferry pact is that the tolls are wrong.").attribution == "author"


@pytest.mark.parametrize("text, polarity", [
    # a call against harmful conduct is a call for pressure on it, whatever judging words describe the conduct
    ("The mayor must stand firm and continue to resolutely protest the port's outrageous blockade.", 1),
    ("The harbour towns must oppose the port's aggression.", 1),
    ("The board should not tolerate the port's missile tests.", 1),
    # and the conduct named in the call's subject, not let stand
    ("The port's blockade must not succeed.", 1),
    ("Such a provocation must not be tolerated.", 1),
    # the first of two things asked ("not only ..., it should also") is asked, not refused
    ("The town should not only strongly protest the port's blockade, it should also prepare new harbour laws.", 1),
    # a call to let it stand is against pressure
    ("The town should accept the port's annexation of the pier.", -1),
])
def test_a_call_on_harmful_conduct_is_for_pressure_on_it(text, polarity):
    stance = extract(text)
    assert stance.kind == "prescription" and stance.polarity == polarity, stance.cues
    assert stance.cues["polarity"][0].startswith("against the harm"), stance.cues


@pytest.mark.parametrize("text, polarity", [
    # a call to give up an arsenal or an arms programme is a call to end harmful conduct, as one to halt it is
    ("The port must abandon its nuclear weapons.", 1),
    ("The port should give up its missile programme.", 1),
    ("The port's nuclear arsenal must be dismantled.", 1),
    # in the clause completing the call
    ("The towns should insist that the port give up its nuclear weapons.", 1),
    # and a call not to give it up is against the pressure
    ("The port should not give up its nuclear weapons.", -1),
])
def test_a_call_to_give_up_an_arsenal_is_for_pressure_on_it(text, polarity):
    stance = extract(text)
    assert stance.kind == "prescription" and stance.polarity == polarity, stance.cues
    assert any(c.startswith("against the harm") for c in stance.cues["polarity"]), stance.cues


@pytest.mark.parametrize("text, polarity", [
    # giving up an idea, a plan or a policy is read as it stands, against what is given up
    ("The town should abandon the idea of acquiring nuclear weapons.", -1),
    ("The town should scrap its plan to buy missiles from the port.", -1),
    # and resisting one's own town's arms is no pressure on another's conduct
    ("What I would resist is any talk of the town acquiring nuclear weapons of its own.", -1),
    ("The town should renounce nuclear weapons of its own.", -1),
])
def test_giving_up_or_resisting_what_is_not_anothers_arsenal_reads_as_it_stands(text, polarity):
    stance = extract(text)
    assert stance.polarity == polarity, stance.cues
    assert not any(c.startswith("against the harm") for c in stance.cues["polarity"]), stance.cues


@pytest.mark.parametrize("text", [
    # the call's own verb is another: what the port is waited for is no call on it
    "The towns should not wait for the port to give up its nuclear weapons before opening talks.",
    # arms that only qualify the next noun, and an arsenal of the writer's side
    "The coast must not abandon its arms deliveries to the island.",
    "Washington must never give up its nuclear arsenal, the backbone of the harbour's deterrence.",
])
def test_no_arsenal_of_anothers_given_up(text):
    assert not any(c.startswith("against the harm") for c in extract(text).cues["polarity"])


def test_a_verb_giving_up_no_arsenal_leaves_a_later_verb_opposing_harm():
    stance = extract("The town must give up its illusions and protest the port's blockade.")
    assert stance.polarity == 1 and stance.cues["polarity"] == ["against the harm: protest blockade"], stance.cues


@pytest.mark.parametrize("text", [
    "The port has made rapid progress on its missile and nuclear arms programmes this year.",
    "The quick progress the port has made on its missile programme is raising tension in the harbour.",
])
def test_progress_an_arsenal_makes_is_harm_grown(text):
    assert extract(text).polarity == -1


@pytest.mark.parametrize("text, polarity", [
    ("There has been real progress toward dismantling the port's nuclear arsenal.", 1),
    ("Progress in the talks on the port's nuclear programme has been welcome.", 1),
    # progress the talks or a summit made on it, and progress denied, are no gain of the holder's
    ("The summit produced real progress on the port's nuclear programme.", 1),
    ("Negotiators made progress on the port's nuclear programme.", 1),
    ("There has been no progress on the port's nuclear programme for years.", -1),
])
def test_progress_in_undoing_an_arsenal_or_in_talks_on_it_stays_progress(text, polarity):
    assert extract(text).polarity == polarity


@pytest.mark.parametrize("text, named, polarity", [
    # recognizing or living with another's arsenal is tolerating its conduct: a call refusing it is for pressure
    ("What the mayor must avoid at all costs is a deal that effectively recognizes the port as a nuclear state.",
     "the port", 1),
    ("The town must never legitimize the port's nuclear status.", "the port's", 1),
    # a verdict on the grant judges the danger, and reads as it stands
    ("Recognizing the port as a nuclear power would destabilize the coast.", "the port", -1),
    # and called for, against it
    ("The towns should accept the port as a nuclear power and move on.", "the port", -1),
    ("We may have to live with a nuclear-armed port.", "port", -1),
    # recognizing what is no arsenal is read as it stands
    ("The town should recognize the port's efforts at dialogue.", "the port's", 1),
])
def test_a_nuclear_standing_granted_is_conduct_tolerated(text, named, polarity):
    at = text.index(named)
    stance = extract_for_issues(text, {"x": ((at, at + len(named)),)})["x"]
    assert stance.polarity == polarity, stance.cues


@pytest.mark.parametrize("text, named", [
    # an easing of the pressure refused or judged badly is for the pressure
    ("Sanctions on the port should not be eased until it dismantles its arsenal.", "the port"),
    ("Relief from the sanctions on the port would be a mistake.", "the port"),
    ("The town should not lift its sanctions on the port.", "the port"),
    ("The harbour talks will come to naught if the pressure on the port is slackened.", "harbour talks"),
])
def test_an_easing_of_pressure_refused_is_for_the_pressure(text, named):
    at = text.index(named)
    stance = extract_for_issues(text, {"x": ((at, at + len(named)),)})["x"]
    assert stance.polarity == 1 and any(c.startswith("against easing") for c in stance.cues["polarity"]), stance.cues


def test_an_easing_someone_seeks_is_their_aim_not_what_the_verdict_judges():
    text = "The harbour talks are a failure, as the port insists on prioritizing the lifting of sanctions."
    at = text.index("harbour talks")
    stance = extract_for_issues(text, {"x": ((at, at + 13),)})["x"]
    assert not any(c.startswith("against easing") for c in stance.cues["polarity"]), stance.cues


def test_an_easing_of_pressure_asked_for_is_read_as_it_stands():
    # (a bargain for talks may ask for it: no turn)
    text = "The town should offer the port sanctions relief in return for a freeze."
    at = text.index("the port")
    stance = extract_for_issues(text, {"x": ((at, at + 8),)})["x"]
    assert not any(c.startswith("against easing") for c in stance.cues["polarity"]), stance.cues


@pytest.mark.parametrize("text, named", [
    # recognized for what it is, an offer accepted, or conduct of its own tolerated: no standing granted
    ("The town must recognize the port as a nuclear threat and respond with sanctions.", "the port"),
    ("The town must recognize a nuclear-armed port for the threat it is.", "port"),
    ("The town should accept the port's offer of nuclear talks as a first step.", "the port's"),
    ("The town must not tolerate a nuclear-armed port's provocations.", "port's"),
    # nor to the writer's side
    ("Washington should accept a nuclear-armed Japan.", "Japan"),
])
def test_no_nuclear_standing_granted(text, named):
    at = text.index(named)
    stance = extract_for_issues(text, {"x": ((at, at + len(named)),)})["x"]
    assert "its nuclear standing" not in " ".join(stance.cues["polarity"]), stance.cues
    assert stance.polarity == 1, stance.cues


@pytest.mark.parametrize("text, named, polarity", [
    # a call on yielding to another is the reverse of one on pressure on it
    ("The towns should not succumb to the port even though they face intimidation.", "the port", 1),
    ("The town should not give in to the port's demands.", "the port's", 1),
    ("The town should bow to the port's demands.", "the port's", -1),
])
def test_a_call_on_yielding_to_another_is_on_pressure_on_it(text, named, polarity):
    at = text.index(named)
    stance = extract_for_issues(text, {"x": ((at, at + len(named)),)})["x"]
    assert stance.polarity == polarity and any(c.startswith("yielding") for c in stance.cues["polarity"]), stance.cues


def test_giving_something_to_another_is_no_yielding():
    text = "The town should give the ferry pact to the port."
    at = text.index("the port")
    stance = extract_for_issues(text, {"x": ((at, at + 8),)})["x"]
    assert not any(c.startswith("yielding") for c in stance.cues["polarity"]), stance.cues


def test_harmful_conduct_outside_the_calls_object_leaves_the_call_alone():
    # the conduct is the subject of another clause; the call is to stop pretending
    stance = extract("The blockade has closed the door on a deal, and the town should stop pretending otherwise.")
    assert not any(c.startswith("against the harm") for c in stance.cues["polarity"]), stance.cues


def test_a_call_to_call_something_off_is_against_it():
    stance = extract("The town should call off the ferry talks.")
    assert (stance.kind, stance.polarity) == ("prescription", -1)


@pytest.mark.parametrize("text", [
    "If the mayor is so set on the summit, I would suggest that the harbour board do the following.",
    "Frankly, I hope the harbour board keeps the ferry running.",
])
def test_a_call_in_the_writers_words_after_an_opening_phrase(text):
    """"I" is written with a capital anywhere in a sentence: its cues count there as at the start."""
    stance = extract(text)
    assert (stance.kind, stance.polarity) == ("prescription", 1), stance


@pytest.mark.parametrize("text, kind, polarity", [
    # averting harm is for what averts it
    ("The towns should look for an opening to start talks with the port to prevent an unpredictable crisis.",
     "prescription", 1),
    # a call with a word of degree before "important", and a goal named in the plural
    ("It is also important to coordinate fully with the harbour board.", "prescription", 1),
    ("It would be extremely important for the towns to talk.", "prescription", 1),
    ("One of the most important challenges for the towns is to enhance their ferry role.", "prescription", 1),
    # the verdict a pseudo-cleft opens with judges what follows, whatever its own words
    ("What is especially worrisome is that the port's missile technology has made significant progress.",
     "evaluation", -1),
    # a harm foretold
    ("If such tolls are imposed, this may distort the harbour's trade and trigger frictions.", "prediction", -1),
])
def test_averted_harm_degrees_of_importance_and_cleft_verdicts(text, kind, polarity):
    stance = extract(text)
    assert (stance.kind, stance.polarity) == (kind, polarity), stance


@pytest.mark.parametrize("text", [
    # a hope of names joined by "and", a view held then by nobody named, a complaint told
    "Meanwhile, Westport and Eastport hope the port will take the empty seat at the ferry table.",
    "Until around 2005, it was assumed that the harbour could keep its hold on the ferry lanes.",
    "The mayor complained about the town's disbanding of a valuable ferry foundation.",
])
def test_hopes_views_and_complaints_of_others_are_theirs(text):
    assert extract(text).attribution == "reported"


def test_the_writers_own_hope_stays_the_writers():
    assert extract("We hope the port will take the empty seat at the ferry table.").attribution == "author"


def test_talks_to_be_held_are_news_and_a_pact_that_will_hold_is_a_forecast():
    assert extract("Officials of the two towns will hold working-level discussions on the ferry.") is None
    assert extract("The ferry alliance will hold.").kind == "prediction"


def test_what_a_thing_is_for_is_defined_not_called_for():
    """"The goal of free trade is to open markets" says what free trade is for; "the goal for the town" calls."""
    assert extract("The goal of free trade is to open the markets of the harbour towns.") is None
    assert extract("The goal for the harbour should be to open the ferry markets.").kind == "prescription"


@pytest.mark.parametrize("text, kind", [
    # a speaker's label before the words leaves the sentence's own opening to the rules that read it
    ("Sato: What is important is to keep the ferry pact.", "prescription"),
    ("Mr. Sato: It is important to keep the ferry pact.", "prescription"),
    ("HARBOURMASTER: Keep the ferry pact.", "prescription"),
])
def test_a_speakers_label_does_not_hide_the_sentences_opening(text, kind):
    assert extract(text).kind == kind


@pytest.mark.parametrize("text", [
    "HARBOURTOWN \u2014 Although billed as a success, the ferry summit produced meagre results.",
    "Harbour News (Westport) \u2014 Although billed as a success, the ferry summit produced meagre results.",
])
def test_a_dateline_does_not_hide_the_sentences_opening(text):
    # the concession opens the sentence once the dateline is set aside: "success" is what it grants
    stance = extract(text)
    assert stance.polarity == -1 and "success" not in stance.cues["polarity"], stance.cues


def test_a_result_found_wanting_judges_it():
    assert extract("The ferry plan fell short of what the towns needed.").polarity == -1
    assert extract("The harbour talks produced meagre results.").polarity == -1


def test_a_speakers_label_shifts_the_issues_mentions():
    text = "Sato: What is important is to keep the ferry pact and end the tolls."
    stances = extract_for_issues(text, {"the pact": span(text, "ferry pact"), "the label": span(text, "Sato")})
    assert stances["the pact"].kind == "prescription" and "the label" not in stances


@pytest.mark.parametrize("text", [
    "Let me turn to the ferry pact.", "Let me put it carefully.", "Let's talk about the ferry pact.",
    "Welcome back to Harbour Weekly.", "Welcome to the ferry hour.",
])
def test_the_speakers_own_act_or_a_greeting_calls_for_nothing(text):
    assert extract(text) is None


def test_a_call_opening_with_let_us_or_a_welcome_with_an_object_still_calls():
    assert extract("Let us work together to keep the ferry pact.").kind == "prescription"
    assert extract("Welcome the new ferry pact.").kind == "prescription"


@pytest.mark.parametrize("text, polarity", [
    ("I would say the ferry pact was a mistake from the start.", -1),
    ("Yes, and I'd say the ferry pact was a mistake.", -1),
    ("I would add that the harbour's new pier is welcome.", 1),
])
def test_the_writers_would_say_frames_a_claim_it_forecasts_nothing(text, polarity):
    stance = extract(text)
    assert (stance.kind, stance.polarity, stance.attribution) == ("evaluation", polarity, "author"), stance.cues


def test_the_writers_would_argue_for_proposes():
    # "I would argue that..." frames a claim; "I would argue for..." proposes a course
    stance = extract("Even now, I would argue for a standing ferry hotline among the harbour towns.")
    assert (stance.kind, stance.polarity) == ("prescription", 1), stance.cues


@pytest.mark.parametrize("text", [
    "Harbour officials were hoping that the mayor could commit herself to the pier.",
    "For years the board hoped that the ferry company would return.",
    "He was implying that the tolls could ruin the ferry trade.",
])
def test_a_hope_or_an_implication_told_of_someone_is_theirs(text):
    assert extract(text).attribution == "reported"


@pytest.mark.parametrize("text", [
    "The mayor assumed that he could persuade the port to lower its tolls by offering a ferry pact.",
    "The board calculated that closer ties with the port would weaken the ferry cartel.",
    "The premier gambled that the port would reward his patience with a ferry deal.",
])
def test_what_someone_assumed_or_reckoned_on_is_theirs(text):
    assert extract(text).attribution == "reported"


def test_a_plan_assumed_or_a_sum_calculated_reports_no_view():
    # no that-clause: a role taken on, and a reckoning told, are no one's view reported
    assert extract("The town has assumed a larger role in the ferry pact, and it should keep it.").attribution == "author"
    assert extract("The board took a calculated risk on the ferry pact, and it should keep it.").attribution == "author"
    # and "all things considered" is the writer's aside
    assert extract("All things considered, the ferry pact is beneficial for the town.").attribution == "author"
    assert extract("All considered, the board must be condemned for starting the ferry war.").attribution == "author"
    # but what all of them said is still theirs
    assert extract("The mayors all insisted, however, that the ferry pact is vital.").attribution == "reported"


@pytest.mark.parametrize("text", [
    "The board responded that it would keep its position on the ferry tolls.",
    "The official explanation for this shift is that the town needs to seize a rare chance to settle the ferry dispute.",
    "The port's justification for the tolls was that the ferry pact must not be extended.",
])
def test_a_reply_and_a_reason_offered_are_theirs(text):
    assert extract(text).attribution == "reported"


def test_the_writers_own_explanation_stays_the_writers():
    assert extract("My explanation is that the town needs a stable ferry pact.").attribution == "author"


def test_a_past_only_verb_in_the_progressive_reports_only_if_it_is_a_hope_or_an_implication():
    # "continued" reports a quotation carried on; "are continuing" reports nothing
    assert extract("Attempts to change the harbour's status quo by force in violation of the law are continuing."
                   ).attribution == "author"


def test_the_writers_hope_and_an_inference_stay_the_writers():
    assert extract("We hope the mayor will keep the ferry pact.").attribution == "author"
    assert extract("I hope the board keeps the ferry pact.").attribution == "author"


@pytest.mark.parametrize("text", [
    "Even worse, the board could raise the ferry tolls again.", "Worse still, the pier may close.",
    "What is worse, the ferry tolls keep rising.", "To make matters worse, the harbour board raised the tolls.",
])
def test_a_turn_for_the_worse_judges_what_follows(text):
    stance = extract(text)
    assert stance.polarity == -1, stance


@pytest.mark.parametrize("text, polarity", [
    # a partitive heading the subject or the predicate judges ("One of the problems with...")
    ("One of the problems with the ferry tolls is their cost.", -1),
    ("The ferry pact is one of the valuable assets of the harbour.", 1),
])
def test_one_of_the_judging_words_heads_a_verdict(text, polarity):
    stance = extract(text)
    assert (stance.kind, stance.polarity) == ("evaluation", polarity), stance


def test_the_problems_with_a_thing_are_no_harm_to_it():
    text = "One of the problems with the ferry tolls is their cost."
    stance = extract_for_issues(text, {"the tolls": span(text, "ferry tolls")})["the tolls"]
    assert stance.polarity == -1 and not any(c.startswith("harm to it") for c in stance.cues["polarity"]), stance.cues


@pytest.mark.parametrize("text", [
    "But the town doesn't have to be anxious even if the two ports hold ferry talks first.",
    "The region does not need to fear having two ferry hubs.",
    "There is no need to panic about the ferry tolls.",
])
def test_a_reassurance_calls_for_nothing(text):
    stance = extract(text)
    assert stance is None or stance.kind != "prescription", stance


def test_a_call_to_worry_or_a_denied_call_on_an_act_still_calls():
    assert extract("The town needs to worry about the ferry tolls.").kind == "prescription"
    assert extract("The town must not abandon the ferry pact.").kind == "prescription"


@pytest.mark.parametrize("text", [
    "Ferry sharing would be a grave mistake.",
    "Any plan to move the ferries away from the harbour would be exactly the wrong thing to do.",
    "That would be a huge strategic mistake.",
])
def test_a_course_called_a_mistake_with_would_is_a_verdict(text):
    stance = extract(text)
    assert (stance.kind, stance.polarity) == ("evaluation", -1), stance


def test_what_a_course_would_bring_is_still_foretold():
    assert extract("A retreat from the harbour would be a disaster for the whole coast.").kind == "prediction"


def test_a_verdict_against_leaving_with_would_is_for_what_would_be_left():
    stance = extract("Withdrawing from the ferry pact would be a grave mistake.")
    assert (stance.kind, stance.polarity) == ("evaluation", 1), stance.cues
    # ("To be sure, ..." opens no verdict: the copula after the leaving still judges it)
    stance = extract("To be sure, the decision to withdraw from the ferry pact is a major blow to the pact.")
    assert stance.polarity == 1, stance.cues


@pytest.mark.parametrize("text", [
    "Some fishermen hope that the ferry pact would survive the storm season.",
    "Many in Westport fear that the harbour tolls will ruin the ferry trade.",
    "Both towns hope that the ferry pact will hold.",
])
def test_a_hope_or_fear_of_people_the_sentence_counts_is_theirs(text):
    assert extract(text).attribution == "reported"


def test_a_hope_counted_among_us_stays_the_writers():
    assert extract("Many of us hope that the ferry pact will survive.").attribution == "author"


def test_a_promise_not_made_told_with_did_commits_nobody():
    assert extract("The two towns did not commit to a third ferry summit.") is None
    assert extract("We did not commit to a third ferry summit, and we never will.").attribution == "author"


@pytest.mark.parametrize("text", [
    "Tariffs on both towns' ferries will continue to weigh on the harbour economy.",
    "The storms will continue to batter the ferry piers.",
    "Without a deal, the protectionist acts of both towns will continue to hurt the ferry trade.",
])
def test_a_thing_that_will_continue_is_foretold_not_committed(text):
    assert extract(text).kind == "prediction"


@pytest.mark.parametrize("text", [
    "Westport will continue to support the ferry pact.",
    "The harbour board will continue to support the ferry pact.",
    "We will continue to support the ferry pact.",
])
def test_someone_who_will_continue_commits(text):
    assert extract(text).kind == "commitment"


def test_a_quotation_after_the_subjects_words_then_its_teller_is_the_tellers():
    text = ('The ferries "landed in the water east of the pier and did not present a threat to the harbour," said '
            'the harbour master on Sunday.')
    stance = extract_for_issues(text, {"the pier": span(text, "pier")})["the pier"]
    assert stance.attribution == "reported", stance


def test_what_a_sources_finding_holds_is_the_sources():
    text = ("The tolls also come days after a harbour board assessment that ten thousand fishermen suffer from food "
            "shortages after the worst catch in a decade.")
    assert extract_for_issues(text, {"fish": span(text, "fishermen")})["fish"].attribution == "reported"
    # (the writer's own assessment is the writer's)
    text = text.replace("a harbour board assessment", "our assessment")
    assert extract_for_issues(text, {"fish": span(text, "fishermen")})["fish"].attribution == "author"


def test_a_view_reported_by_a_second_verb_of_the_same_subject_is_theirs():
    text = ("Yet the two towns have each refrained from taking sides on the pier and have maintained that the ferry "
            "dispute should be settled through talks.")
    assert extract(text).attribution == "reported"


def test_a_frame_asking_the_reader_to_note_calls_for_nothing_with_a_degree_word_too():
    stance = extract("It is also important to note that the ferry pact is a failure.")
    assert (stance.kind, stance.polarity) == ("evaluation", -1), stance.cues
    assert extract("It is also important to coordinate with the harbour board.").kind == "prescription"


@pytest.mark.parametrize("text", [
    "Take one of his first major acts, pulling out of the ferry pact, the sweeping harbour deal.",
    "Take, for example, the ferry pact.",
    "Consider the ferry pact, which the board signed in May.",
])
def test_an_example_offered_with_take_or_consider_calls_for_nothing(text):
    assert extract(text) is None


def test_a_call_to_take_steps_still_calls():
    assert extract("Take steps to save the ferry pact.").kind == "prescription"


def test_a_suspicion_is_the_suspecters():
    assert extract("Many are suspecting that the dispute may be holding the ferry pact back.").attribution == "reported"
    assert extract("I suspect that the ferry pact will fail.").attribution == "author"


def test_what_the_text_itself_does_takes_no_position_in_the_present_too():
    assert extract("This article takes a look at these issues, starting from the dangerous threats the harbour "
                   "faces today.") is None
    assert extract("This brief assesses how the harbour towns are likely to respond.") is None


def test_what_this_article_argues_is_the_writers():
    assert extract("This article argues that the ferry pact is a failure.").attribution == "author"
    # (a newspaper a letter writes to is "this paper": what it reported is its own)
    assert extract("Last week this paper reported that the board would close the pier.").attribution == "reported"


def test_a_judging_word_inside_a_name_judges_nothing():
    assert extract("I spent six years at the Harbour Foundation and Camp Foster.") is None
    assert extract("The harbour's foundation is strong.").polarity == 1


def test_a_verdict_with_no_direction_is_no_position():
    # judging words that cancel out say nothing of the issue
    assert extract("The ferry pact is a success and a failure.") is None
    assert extract("The ferry pact is a great success and a costly failure.").polarity == -1


def test_a_bare_possibility_with_no_direction_is_no_position():
    assert extract("The harbour trade might grow next year.") is None
    assert extract("The ferry pact risks a ruling.") is None
    # "may", "would" and "could" still forecast
    assert extract("The harbour trade may grow next year.").kind == "prediction"


def test_what_a_thing_must_count_as_is_a_verdict_not_a_call():
    stance = extract("Uniting the harbour towns around one ferry plan must register as a real success for the mayor.")
    assert (stance.kind, stance.polarity) == ("evaluation", 1), stance.cues


def test_what_is_usually_considered_so_is_commonly_thought_not_the_writers():
    assert extract("The ferry pact is usually considered a costly mistake.").attribution == "reported"
    assert extract("The ferry pact is a success.").attribution == "author"
