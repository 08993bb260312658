"""Layout recognition and sentence splitting."""

import pytest

from corpus.layout import parse_layout
from corpus.segment import segment
from corpus.sentences import split_sentences


def sentences(text):
    return [text[a:b] for a, b in split_sentences(text)]


@pytest.mark.parametrize("text, expected", [
    ("The U.S. Congress met. Then it left.", ["The U.S. Congress met.", "Then it left."]),
    ("Tokyo leans on the U.S. The allies agree.", ["Tokyo leans on the U.S.", "The allies agree."]),
    ("They met at 5 p.m. The talks failed.", ["They met at 5 p.m.", "The talks failed."]),
    ("Ask J. Smith. He knows.", ["Ask J. Smith.", "He knows."]),
    ("Mr. Abe met Dr. Smith. They talked.", ["Mr. Abe met Dr. Smith.", "They talked."]),
    ("Exports grew 3.5 percent in Jan. 2017. Imports fell.", ["Exports grew 3.5 percent in Jan. 2017.", "Imports fell."]),
    ("Allies, e.g. Australia, agreed. Others did not.", ["Allies, e.g. Australia, agreed.", "Others did not."]),
    ("J. F. Kennedy spoke. Crowds cheered.", ["J. F. Kennedy spoke.", "Crowds cheered."]),
    ("He said “stop.” She left.", ["He said “stop.”", "She left."]),
    ("It grew (by a lot.) Then it fell.", ["It grew (by a lot.)", "Then it fell."]),
    ("Is it over? Yes! Good.", ["Is it over?", "Yes!", "Good."]),
    ("a “weapons first” strategy,and North Korea is edging closer. Next.",
     ["a “weapons first” strategy,and North Korea is edging closer.", "Next."]),
    ("Hitoshi Tanaka chairs the Japan Research Institute, Ltd. He previously served.",
     ["Hitoshi Tanaka chairs the Japan Research Institute, Ltd.", "He previously served."]),
    # an acronym closing a hyphenated name is an acronym still
    ("The Japan-U.S. Security Treaty holds. Both agree.", ["The Japan-U.S. Security Treaty holds.", "Both agree."]),
    ("Talks moved to Japan-U.S. The rest followed.", ["Talks moved to Japan-U.S.", "The rest followed."]),
    # a footnote's number glued after the full stop still ends the sentence; a number's decimals do not
    ("The board called the pier \u201cthe heart of the port.\u201d1 If the towns agree, they must act.",
     ["The board called the pier \u201cthe heart of the port.\u201d1", "If the towns agree, they must act."]),
    ("The ferry crews are tired of delays.[2] Abroad, the tolls rise.",
     ["The ferry crews are tired of delays.[2]", "Abroad, the tolls rise."]),
    ("The tolls rose sharply.3 The town must respond.", ["The tolls rose sharply.3", "The town must respond."]),
    ("Tolls rose 3.5 Percent. The rate fell to 2.1 Then rose.", ["Tolls rose 3.5 Percent.", "The rate fell to 2.1 Then rose."]),
    ("Ferries sail from Pier No.2 Daily. Crews agree.", ["Ferries sail from Pier No.2 Daily.", "Crews agree."]),
    # "no." is a number's abbreviation only before a number
    ("Worried, yes; resigned, no. The pier stays open.", ["Worried, yes; resigned, no.", "The pier stays open."]),
    ("See No. 3 Pier. It is open.", ["See No. 3 Pier.", "It is open."]),
])
def test_sentence_splitting(text, expected):
    assert sentences(text) == expected


def test_offsets_are_exact():
    text = "  First one.   Second one!\nThird?  "
    for start, end in split_sentences(text):
        assert text[start:end] == text[start:end].strip()
    assert sentences(text) == ["First one.", "Second one!", "Third?"]


def test_plain_text_headings_by_layout():
    text = ("Policy Paper Title\n\nMarch 2019\n\nOpening text. More.\n\nTrade and Tariffs\n\n"
            "Body about trade. More.\n\n* * *\n\nClosing words.\n")
    layout = parse_layout(text, "text")
    kinds = [b.kind for b in layout.blocks]
    assert kinds == ["title", "meta", "paragraph", "heading", "paragraph", "separator", "paragraph"]
    headings = [s.heading for s in segment(layout).sections]
    assert headings == [None, "Trade and Tariffs", None]


def test_a_stack_of_front_lines_is_title_and_metadata_not_a_sentence():
    # a masthead over an issue line, then a byline over a date: no line ends as a sentence does; "Open Lanes" had
    # been read as an imperative ("open the lanes") in a sentence of its own
    text = ('Open Lanes: a newsletter on Asian trade\nIssue 112: "Rules Are the Answer to Tariffs"\n\n'
            "Mina Cho, Seoul\nMay 2025\n\nDear readers,\n\nThe tariffs were announced in April,\n"
            "and the region is still counting\nwhat they cost.\n")
    layout = parse_layout(text, "text")
    assert [b.kind for b in layout.blocks] == ["title", "meta", "meta", "meta", "paragraph", "paragraph"]
    sentences = [s.text for sec in segment(layout).sections for p in sec.paragraphs for s in p.sentences]
    assert sentences == ["Dear readers,", "The tariffs were announced in April,\nand the region is still counting\n"
                                          "what they cost."]


@pytest.mark.parametrize("first, kind", [
    # a sentence that ends inside its closing quotation mark opens the text: it is no title
    ('The ferry board chair gave a speech on the "future of the harbour."', "paragraph"),
    ("\u201cThe pier talks were one step. The important thing is a timetable.\u201d", "paragraph"),
    # a title may quote, and a title in quotation marks ends without a full stop
    ("\u201cToo early to call the pier talks a failure\u201d", "title"),
    ('Ferry Board: "Keep the Pier Open"', "title"),
    # a headline quoting its speaker, in title case, is a title even with its full stop
    ('"I Doubted the Pier Plan. I Have Changed My Mind."', "title"),
    # or names its speaker in a label before a colon, or opens its quotation with a small word
    ('Mayor Cho: "The pier will not close."', "title"),
    ('Mayor Vows "to Win."', "title"),
    ('He added: "We will act."', "paragraph"),
    # names alone do not make a headline of a sentence; an editor's bracketed note is no opening sentence
    ('Ferry Board Chair Mina Cho gave a speech on the "future of Harbour-Town ties."', "paragraph"),
    ("[From a talk to the ferry board, May 2025. The recording begins partway through.]", "title"),
])
def test_a_first_line_ending_its_sentence_in_quotation_marks_is_text(first, kind):
    text = first + "\n\nThe board met on Monday. It voted to keep the pier open.\n"
    assert parse_layout(text, "text").blocks[0].kind == kind


def test_heading_directly_above_paragraph():
    text = "Title\n\nA Heading Here\nThis paragraph follows its heading without a blank line, and it is long enough.\n"
    sections = segment(parse_layout(text, "text")).sections
    assert [s.heading for s in sections] == ["A Heading Here"]


def test_markdown_atx_and_setext():
    text = "# Doc\n\nIntro.\n\nPart One\n========\n\nText.\n\n### Deeper ###\n\nMore.\n\nPart Two\n--------\n\nEnd.\n"
    sections = segment(parse_layout(text, "markdown")).sections
    assert [(s.heading, s.level) for s in sections] == [(None, 1), ("Part One", 1), ("Deeper", 3), ("Part Two", 2)]


def test_long_document_counts():
    paragraph = "The allies must act now. The U.S. Congress agreed on Jan. 5. " * 40
    text = "Title\n\n" + "\n\n".join(paragraph for _ in range(200))
    assert segment(parse_layout(text, "text")).sentence_count == 200 * 80


def test_announced_headings_nest_up_to_their_count():
    text = ("Title\n\nIntro text here.\n\nThree Priorities\n\nThe allies should focus on the following:\n\n"
            "First Area\n\nText one.\n\nSecond Area\n\nText two.\n\nThird Area\n\nText three.\n\n"
            "Closing Thoughts\n\nText four.\n")
    sections = segment(parse_layout(text, "text")).sections
    levels = {s.heading: s.level for s in sections}
    assert levels == {None: 1, "Three Priorities": 1, "First Area": 2, "Second Area": 2, "Third Area": 2,
                      "Closing Thoughts": 1}
    parent = {s.heading: sections[s.parent].heading if s.parent is not None else None for s in sections}
    assert parent["Second Area"] == "Three Priorities" and parent["Closing Thoughts"] is None


@pytest.mark.parametrize("first, given, read", [
    # where the caller gives the title, a first line that is not it and reads as text opens the text
    ("Dear Mayor Cho,", "A letter to the harbour board", True),
    ("There are only three ways the ferry pact could end:", "The ferry pact's future", True),
    ("The ferry ran late all week. Why did nobody act?", "Late ferries", True),
    # the title itself, a masthead and an editor's bracketed note stay out of the text
    ("Two Piers for One Strait?", "Two piers for one strait", False),
    ("Open Lanes: a newsletter on Asian trade", "Open Lanes, Issue 112", False),
    ("[From a talk to the harbour board. The recording begins partway through.]", "A talk", False),
    # a title-case headline stays one
    ("Will the Ferry Pact Survive?", "Ferries and the strait", False),
    ("Adm. Harris Warns of a Ferry Strike", "Ferries and the strait", False),
])
def test_a_first_line_that_is_not_the_given_title_opens_the_text_when_it_reads_as_text(first, given, read):
    from corpus.ingest import prepare_text
    from corpus.metadata import Metadata

    body = "The board met on Monday. It voted to keep the pier open."
    prepared = prepare_text(f"{first}\n\n{body}\n", overrides=Metadata(title=given))
    sentences = [s.text for sec in prepared.segmented.sections for p in sec.paragraphs for s in p.sentences]
    assert (sentences[0] != "The board met on Monday.") is read, sentences
    # without a given title, the layout alone decides: a first line with no full stop is the title
    untitled = prepare_text(f"{first}\n\n{body}\n")
    assert [s.text for sec in untitled.segmented.sections for p in sec.paragraphs for s in p.sentences][0] == \
        "The board met on Monday."


def test_a_short_quoted_line_in_the_body_is_a_sentence_not_a_heading():
    text = ('Ferry Notes\n\nThe board met on Monday. It voted to keep the pier open.\n\nHe added: "We will act."\n\n'
            "The vote was close. The mayor abstained.\n")
    kinds = [b.kind for b in parse_layout(text, "text").blocks]
    assert kinds == ["title", "paragraph", "paragraph", "paragraph"]


@pytest.mark.parametrize("given", [None, "The ferry pact", "Two piers for one strait"])
def test_an_interviewers_first_question_is_read_as_further_on_never_as_the_title(given):
    # the interviewer's first question is read as the later ones are (here, text: its words are in sentence case),
    # whatever title is given, even one whose words the question holds
    from corpus.ingest import prepare_text
    from corpus.metadata import Metadata

    text = ("Q: Is the ferry pact in trouble?\n\nA: Not yet. The towns still want it.\n\n"
            "Q: And the second pier?\n\nA: That is another matter.\n")
    prepared = prepare_text(text, overrides=Metadata(title=given))
    sentences = [s.text for sec in prepared.segmented.sections for p in sec.paragraphs for s in p.sentences]
    assert sentences[0] == "Q: Is the ferry pact in trouble?" and "Q: And the second pier?" in sentences
    assert prepared.metadata.title == given


_LOWER_CASE_PARAGRAPH = (
    "the quarrel over the ferry pact after the June summit in the harbour is getting murkier by the day. to begin "
    "with, conflicting claims over its outcome are being made by both towns, something that observers tend to see as "
    "more dangerous than the state of things before the summit. the towns involved are also unwilling to give way, "
    "choosing instead to read events to suit themselves. the reality is that the pact seems to be a non-starter.")


def test_a_lower_case_paragraph_is_not_cut_at_a_question_mark_an_ellipsis_or_an_abbreviation():
    text = ("the ferry pact is in trouble, said the islanders\u2019 spokesman... and asked: is it dead? the mayor "
            "said no, and the board (incl. its chair) agreed " + "and agreed again " * 20 + "at last. in the end the "
            "pact held.")
    assert [s[:12] for s in sentences(text)] == ["the ferry pa", "in the end t"]


def test_a_long_run_of_sentences_opening_in_lower_case_is_cut_at_their_full_stops():
    # text that lost its capitals (a page or a PDF) would otherwise run a paragraph into one sentence
    assert [s[:20] for s in sentences(_LOWER_CASE_PARAGRAPH)] == [
        "the quarrel over the", "to begin with, confl", "the towns involved a", "the reality is that "]


@pytest.mark.parametrize("text", [
    "The harbour board met. the minutes were short.",      # ordinary length: left as it is
    # long prose in ordinary case, even with lower-case words after full stops and abbreviations the lists lack
    "The Govt. said the ferry pact was " + "a fine thing... but one that the towns cannot afford, " * 6 + "and "
    "\u201cIs the pact dead?\u201d asked the mayor.",
    "In the 2019 report (Intl. ed., Min. of Transport), fares rose approx. twice a week, " + "and again, " * 20 +
    "yr. on yr. and more in the Govt. figures.",
    "40 percent of the islanders, on the board's own figures (which cover all crossings, incl. the night ferries), "
    "now pay more " + "and more for the ferry " * 20 + "than ever.",
    "Acme Inc. said the tolls, the fees etc. and the rest of the charges " + "would rise and rise " * 20 + "again.",
])
def test_lower_case_after_a_full_stop_in_ordinary_sentences_and_abbreviations_cuts_nothing(text):
    assert len(sentences(text)) == 1
