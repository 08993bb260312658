"""Whose view a sentence gives: the writer's own ('author'), a view it reports ('reported'), or a question.

A view the sentence tells of someone it names (argued, feared, hoped for, voiced, aimed at), finds widely held,
or has from hearsay (reportedly, according to...) is theirs, and so is a speaker's turn that is not the author's;
a question takes no position. positions.py asks attribution_of() of every sentence that takes a position, and
reports_a_view() of every reporting verb its scan finds.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from .clauses import (
    AUXILIARIES,
    COPULAS,
    LINKING_OPENERS,
    MAIN_KINDS,
    MODALS,
    POSSESSIVE_ENDINGS,
    RELATIVES,
    Clause,
    clause_at,
)
from .shift import FEELINGS, THIRD_PERSONS, THIRD_POSSESSIVES
from .verdicts import dismissed_worry
from .wordclass import plans_as_a_noun

if TYPE_CHECKING:
    from .cues import SentenceScan


QUOTES = frozenset("\"'\u201c\u201d\u2018\u2019")
_CLOSING_QUOTES = frozenset("\"\u201d\u2019")
FIRST_PERSON = frozenset("i we our us my me".split())       # compared through is_first_person: 'US' is not 'us'
_IMPERSONAL = frozenset("it".split())
BREAK_TOKENS = frozenset(";:,.")
# verbs whose object carries the view, with no that-clause: "officials describe the pact as...", "outlets have
# accused Beijing of posing a threat" (the accusers' view, not the writer's)
_DESCRIBING = frozenset("describe describes described characterize characterizes characterized portray portrays "
                        "portrayed refer refers referred mention mentions mentioned treats regards regard regarded "
                        "hail hails hailed "
                        "accuse accuses accused accusing cite cites cited citing "
                        "hailing "
                        # a verdict someone gave, told: "the mayor praised the vote as wise", "she blamed the port for..."
                        "praised blamed condemned criticized criticised denounced lauded applauded complained "
                        # or is giving ("former officials are criticizing the board for..."), or a claim denied
                        # ("the port denies any breach of the pact")
                        "praising blaming condemning criticizing criticising denouncing denies denied "
                        # or a line someone spread: "the board has long touted a bigger harbour"
                        "propagated touted trumpeted peddled preached "
                        # or what someone spoke of: "the premier spoke of Beijing's willingness to..."
                        "spoke speaks".split())


_CHARACTERIZED = frozenset("characterized characterised".split())
_NAMING_WHAT_IS_HELD = frozenset(("as", ":"))   # up to a comma ("characterized by two urges: a belief that...")


def foretold_verdict(lowered: list[str], k: int) -> bool:
    """'Fishermen will blame the mayor for the closure', 'Beijing would praise the pact': a verdict someone is
    foretold to give is theirs, as one told in the past is (whose it is, the subject says: "we will condemn" stays
    the writer's)."""
    return k > 0 and lowered[k] in _VERDICTS_FORETOLD and lowered[k - 1] in _FORETELLING


_VERDICTS_FORETOLD = frozenset("criticize criticise praise blame condemn denounce laud applaud".split())
_FORETELLING = frozenset("will 'll would may might".split())


# what someone announced: "the four towns announced progress on the pact" is their claim (not "the tariffs announced
# on April 2", "a figure announced at a press conference": a participle, with what was announced before it)
_ANNOUNCING = frozenset("announced announces".split())
_NOT_AN_OBJECT = frozenset("on in at during since against without by for to from after before this last earlier "
                           "recently yesterday today".split())


@dataclass(frozen=True)
class Speaker:
    """Who is speaking in a sentence's paragraph: None when the text names no speaker (the author writes)."""

    is_author: bool | None = None


NOUN_MARKERS = frozenset("the a an this that these those its their our my his her your".split())
_GERUND_AFTER = frozenset("by after while in on".split())     # "responded by calling for"
# people heard holding a view: "I hear voices in Tokyo saying that...", "officials arguing that..."
# (or written: "I have read plenty of commentary arguing that...")
_HOLDERS = frozenset("voices people critics officials commentators analysts experts colleagues others some many "
                     "politicians lawmakers tokyo washington beijing seoul commentary articles columns editorials "
                     "papers reports writers scholars pundits observers strategists diplomats economists".split())
_BE = frozenset("is are was were be been am".split())
THAN_REACH_BACK = 8     # tokens back from an expectation verb to the "than" that measures against it


# reporting verbs that are nouns as often ("small states that depend on..."): they report only a that-clause
# with a subject of its own ("the report states that the pact...")
_NOT_EXPRESSING = frozenset("voice voices voicing express expresses expressing".split())
_IRREGULAR_PAST = frozenset("said told wrote thought found held saw".split())


def _past_a_link(lowered: list[str]) -> int:
    """Where the sentence goes on past an opening linking word and its comma ("But", "And yet", "So,"): who holds a
    view is told by the subject after it, as in a sentence without it."""
    k = 0
    while k < len(lowered) - LINKED_MIN and (lowered[k] in _OPENING_LINKS or (
            lowered[k] in _LINKING_ADVERBS and lowered[k + 1] == ",")):
        k += 2 if lowered[k + 1] == "," else 1
    return k


def _past_an_opening_time_clause(lowered: list[str]) -> int:
    """'When the ferry talks collapsed, many observers saw the tolls as a failure': where the sentence goes on past an
    opening clause or phrase of time set off by a comma (its subject tells who holds the view, as in a sentence
    without it); 0 where it opens on none, or the clause holds a quotation or a view of its own ("When I argued
    that...")."""
    if lowered[0] not in _OPENING_TIMES:
        return 0
    comma = next((k for k in range(2, min(len(lowered) - LINKED_MIN, TIME_CLAUSE_REACH)) if lowered[k] == ","), None)
    if comma is None or not _TIME_CLAUSE_STOPS.isdisjoint(lowered[1:comma]):
        return 0
    return comma + 1        # (a clause or a phrase: "When the mayor withdrew,", "After the summit,")


_OPENING_TIMES = frozenset("when after once while".split())
_TIME_CLAUSE_STOPS = frozenset("that i we my our \" \u201c \u201d ' :".split())
TIME_CLAUSE_REACH = 20      # "When the mayor withdrew the town from the Ferry Partnership (FP) in the spring of 2019,"


# adverbs that link a sentence to the one before, set off by a comma ("Equally, many see...")
_LINKING_ADVERBS = frozenset("equally likewise similarly moreover furthermore however meanwhile indeed besides "
                             "also".split())


LINKED_MIN = 3          # tokens a sentence keeps past its linking words


def _past_form(word: str) -> bool:
    return word.endswith("ed") or word in _IRREGULAR_PAST


_STAKES = frozenset("bet bets wager wagers".split())
_NOUN_TOO = frozenset("state states report reports note notes claim claims".split())
_NAMING_SUBJECTS = frozenset("it he she they this which who".split())     # "It states that...": a verb
# "the 1956 declaration states that the islands will be returned": what a text says, not a noun and its clause
DOCUMENT_NOUNS = frozenset("document declaration treaty statement communique communiqué resolution constitution law "
                       "agreement accord charter strategy report paper plan guidelines proposal proposals bill "
                       "documents".split())


def _without_possessive(word: str) -> str:
    """'china's' -> 'china': "the proposals state that China's intrusions..." opens a clause on China."""
    return word[:-2] if word.endswith(POSSESSIVE_ENDINGS) else word


_CLAUSE_OPENERS = frozenset("the a an this these those it its they we i he she there such no our their his her "
                            "japan china tokyo beijing washington".split())
_INCEPTIVES = frozenset("begun began begin begins beginning started start starts starting continue continues "
                        "continued continuing come came tend tends tended".split())


_SEEMING = frozenset("appear appears appeared seem seems seemed".split())
_BETWEEN_BE_AND_VERB = frozenset("already now still also even again increasingly once always".split())


_ASKED_FOR = frozenset("requested demanded".split())


def reports_a_view(lowered: list[str], k: int) -> bool:
    """Whether a reporting word reports someone's view here: not a noun ("the fear that", "wishful thinking"),
    not an -ing form outside a progressive ("building policy on thinking..."), not an infinitive ("a mistake to
    describe China as..."), not an expectation measured against ("narrower than Tokyo believed")."""
    word, before = lowered[k], lowered[k - 1] if k else ""
    if word in _NOT_EXPRESSING or word in _STAKES:
        return False        # ("with one voice": only the past "voiced" and "expressed" report; "Abe's bet that...":
        #                     the noun, whose content the sentence may judge; "Tokyo wagered that..." reports)
    if word == "regard" and before in ("with", "in"):
        return False        # ("with regard to the tolls": a preposition)
    if word == "telling" and lowered[k + 1:k + 2] == ["that"] and "it" in lowered[max(0, k - TELLING_FRAME_REACH):k] \
            and not _BE.isdisjoint(lowered[max(0, k - TELLING_FRAME_REACH):k]):
        return False        # ("It is telling that the pact is failing": an adjective, what the fact shows)
    if word == "state" and (k + 1 >= len(lowered) or not lowered[k + 1][:1].isalpha() or lowered[k + 1] == "of"):
        return False        # ("the alliance has come to such a sad state.", "the state of the pact": a noun)
    if word in _ASKED_FOR and lowered[k + 1:k + 2] != ["that"]:
        return False        # ("the CVID demanded by Washington", "the aid requested last year": what was asked for,
        #                     named; "the three governments requested that the council convene" reports a call)
    if word == "denied" and (before in _BE or before in _BEING_DENIED):
        return False        # ("the port was denied access", "has not been denied": a passive, no claim denied)
    if word == "confirmed" and _skip_adverbs_back(lowered, k) not in _CONFIRMERS and not (
            k > 1 and lowered[k - 2] == "it" and lowered[k - 1] in ("is", "was")):
        return False        # ("the summit confirmed that the bargain holds", "the summer has confirmed that judgment":
        #                     what events confirm is the writer's inference; "they confirmed that they would...",
        #                     "Beijing confirmed that imports would resume" and "it was confirmed that" report)
    if word in _EXPLAINING and (lowered[k + 1:k + 2] != ["that"] or before in _THING_SUBJECTS):
        return False        # ("the pact's failure explains why the towns are angry": the writer's account of it;
        #                     "the minister explained that the pier had been sold" reports)
    if word in _SIGNALLING and (before in _THING_SUBJECTS or _an_event_opens(lowered)):
        return False        # ("The withdrawal signaled that America is a less reliable partner": what an event
        #                     shows is the writer's inference from it; "the minister signaled that..." reports)
    # ("a report that said...": a past verb after "that" and a noun before it; "that claim" is a noun, "That said," an
    # idiom)
    relative_verb = before == "that" and _past_form(word) and k >= 2 and lowered[k - 2][:1].isalpha()
    if (before in NOUN_MARKERS and not relative_verb) or (before == "to" and (k < 2 or (
            lowered[k - 2] not in _INCEPTIVES and lowered[k - 2] not in _SEEMING))):
        return False        # ("have begun to argue that", "the harbour board appears to believe it would...": the infinitive
        #                     after a verb of starting or seeming reports)
    if word in _NOUN_TOO and k + 2 < len(lowered) and lowered[k + 1] == "that" and \
            _without_possessive(lowered[k + 2]) not in _CLAUSE_OPENERS and before not in _NAMING_SUBJECTS \
            and before not in DOCUMENT_NOUNS:
        return False        # "small states that depend on...": a noun and its relative clause
    # (the comma may close a quotation first: '..., "the port is ours," saying that...')
    after_comma = before == "," or (before in _CLOSING_QUOTES and k >= 2 and lowered[k - 2] == ",")
    if word.endswith("ing") and after_comma and (lowered[k + 1:k + 2] == ["that"] or (
            lowered[k + 1:k + 2] == [","] and lowered[k + 2:k + 3] and lowered[k + 2] in QUOTES) or
            _bare_complement(lowered, k + 1) or (word in _DESCRIBING and lowered[k + 1:k + 2] != []
                                                 and lowered[k + 1][:1].isalpha())):
        return True         # "..., emphasizing that X", "..., saying, "X"", "..., saying the port remains...":
        #                     the main clause's subject says X; "..., citing Russian violations": its reason given
    if word.endswith("ing") and before in DOCUMENT_NOUNS and not _ISSUED.isdisjoint(lowered[max(0, k - 5):k - 1]) \
            and (lowered[k + 1:k + 2] in (["that"], ["they"], ["it"], ["he"], ["she"]) or _bare_complement(lowered, k + 1)):
        return True         # "the towns issued a statement saying they shared concerns...": what the text issued says
    if word.endswith("ing") and (before in _BETWEEN_BE_AND_VERB or before.endswith("ly")) and k >= 2:
        before = lowered[k - 2]     # "some in Tokyo are already saying that...", "are openly arguing": progressive
    if word.endswith("ing") and before not in _BE and before not in _GERUND_AFTER and before not in _HOLDERS and \
            before not in _INCEPTIVES and before not in _KEEPING:     # ("the port began arguing that...", "they kept
        #                                                               saying that...": it argues, they say)
        return False        # "wishful thinking", "building policy on thinking": no one reports
    return "than" not in lowered[max(0, k - THAN_REACH_BACK):k]


TELLING_FRAME_REACH = 4     # "it is also very telling that"
_KEEPING = frozenset("keep keeps kept keeping".split())
_SIGNALLING = frozenset("indicated signaled signalled".split())
_EXPLAINING = frozenset("explain explains explained".split())
_ISSUED = frozenset("issued released releases published publishes adopted adopts sent signed".split())
_BEING_DENIED = frozenset("being got get gets getting not".split())
_CONFIRMERS = _HOLDERS | frozenset("they he she minister ministers ministry leaders leader spokesman spokeswoman "
                                   "spokesperson government governments sides house officials".split())


def _skip_adverbs_back(lowered: list[str], k: int) -> str:
    """The word before `k`, passing over adverbs ("they also confirmed", "officials later confirmed")."""
    j = k - 1
    while j > 0 and (lowered[j].endswith("ly") or lowered[j] in _PASSED_OVER):
        j -= 1
    return lowered[j]


_PASSED_OVER = frozenset("also later again then have has had".split())
_EVENTS = frozenset("withdrawal move decision visit summit test tests launch launches agreement deal pact vote outcome "
                    "result results step development developments event events fact facts episode incident "
                    "crisis".split())
_OPENING_WORDS = frozenset("so but and yet thus the this that these those its their his her a an such".split())


def _an_event_opens(lowered: list[str]) -> bool:
    """Whether the sentence's subject is an event or a thing done ("So, the withdrawal from the pact...")."""
    for word in lowered[:EVENT_OPENING_REACH]:
        if word in _OPENING_WORDS or not word[:1].isalpha():
            continue
        return word in _EVENTS
    return False


EVENT_OPENING_REACH = 6     # "So, the sudden withdrawal"
_A_TEXT_ASKING = frozenset("calls requires urges demands stipulates".split())    # (in the present: what it says)
_DIRECTIVE_CUES = frozenset(("call for", "call on", "urge", "recommend"))      # "The panel recommended that...": its call


def is_first_person(token: str) -> bool:
    """I, we, our, us (not US), my, me; also contracted with a verb ("I'd", "we've")."""
    if "'" in token or "\u2019" in token:
        token = token.replace("\u2019", "'").split("'", 1)[0]
    return token == "I" or token == "us" or (token.lower() in FIRST_PERSON and token.lower() != "us")


_VIEW_FRAMES = frozenset("view opinion judgement judgment eyes telling reading estimation".split())
_WRITERS_OWN = frozenset("my our".split())


_TOLD = frozenset("told informed assured warned".split())
_ADDRESSEE_SAID = frozenset("wrote said argued warned predicted called written claimed insisted".split())


def attribution_of(scan: SentenceScan, speaker: Speaker, author_names: frozenset[str]) -> str:
    raw = scan.raw
    last = raw[-1] if raw[-1] not in QUOTES else next((t for t in reversed(raw) if t not in QUOTES), "")
    if last == "?" or _frames_a_question(scan.lowered) or _an_indirect_question(scan.lowered, scan.first_verb):
        return "question"
    if speaker.is_author is False:
        return "reported"
    quote_opens = _opening_quote(raw)
    if quote_opens is not None and _PROFILE_SUBJECTS.isdisjoint(author_names) and (
            (quote_opens == 0 and _quoted_throughout(raw)) or _quoted_then_told(scan, author_names, quote_opens)):
        return "reported"   # a sentence of someone's speech quoted whole: "We will never abandon our weapons. (a
        #                     write-up about its author quotes the author, who then speaks); or quoted, then who
        #                     said it: '"The toll is unfair," the mayor told a news conference at the pier.'
    lowered = scan.lowered
    # the rules that read who opens the sentence read it past a linking word ("But others worry that...")
    linked = _past_a_link(lowered) if lowered[0] in _OPENING_LINKS or (
        lowered[0] in _LINKING_ADVERBS and lowered[1:2] == [","]) else _past_an_opening_time_clause(lowered)
    opened, lowered_opened = (raw[linked:], lowered[linked:]) if linked else (raw, lowered)
    # (most sentences have no word any of these rules starts from: one test instead of nine)
    if not (_HELD_BY_OTHERS.isdisjoint(lowered) and lowered_opened[0] not in _POSSESSORS) and (
            _anothers_feeling(opened, lowered_opened, author_names)
            or _anothers_line(opened, lowered_opened, author_names)
            or _a_view_held(opened, lowered_opened, author_names)
            or _anothers_views(lowered_opened, author_names) or _holders_perceive(lowered_opened)
            or _widely_felt(lowered_opened) or _stirred_in_others(lowered_opened)
            or _of_concern_to_others(opened, lowered_opened, author_names) or _a_tone_struck(opened, lowered_opened)
            or _actor_perceives(opened, lowered_opened, author_names)
            or _anothers_stated_need(opened, lowered_opened, author_names)
            or _anothers_commitment(scan, author_names) or _anothers_aim(opened, lowered_opened, author_names)
            or _anothers_attitude(scan, author_names) or _anothers_expression(scan, author_names)
            or _anothers_naming(scan, author_names) or _feelings_arising(lowered_opened)
            or _a_holders_concern(scan, author_names)) or _a_motive_read_in_an_act(scan):
        return "reported"
    if not (_WISHING.isdisjoint(lowered) and _LOOKING.isdisjoint(lowered) and _PLAIN_WISHES.isdisjoint(
            lowered)) and _anothers_wish(
            opened, lowered_opened, author_names):
        return "reported"   # "The mayor wants to expand the vital link": their aim (its own test: "looks" and
        #                     "wants" are common, and the rules above need none of them)
    if "goes" in lowered and _a_line_of_thought_goes(raw, lowered):
        return "reported"   # "The thinking goes, then, that the port should...": a line of thought set out, not
        #                     the writer's own (a reader of real prose found such a call read as the writer's unfair)
    if not _POLLED.isdisjoint(lowered[:scan.first_verb]):
        return "reported"   # "A majority of respondents would choose the port over the ferry": what a poll found of
        #                     those asked (a reader of real prose found a survey's result read as the writer's unfair)
    if not _TOLD.isdisjoint(lowered) and any(w in _TOLD and lowered[k - 1] in _BE and lowered[k + 1:k + 2] == [
            "that"] for k, w in enumerate(lowered[1:], start=1)):
        return "reported"   # "Japan will soon be told that its budget must reach three percent": the teller's view
    if ":" in lowered and not _SAYINGS.isdisjoint(lowered) and _a_saying_cited(scan):
        return "reported"   # "the mayor used an old aphorism: when pacts fail, the islands suffer": the saying's
    if lowered[0] == "you" and _ADDRESSEE_SAID.intersection(lowered[1:3]):
        return "reported"   # "You wrote in 2016 that...", "You once warned against...": the addressee's view
    if ("which" in lowered or "where" in lowered) and not DOCUMENT_NOUNS.isdisjoint(lowered) and \
            _said_in_a_text(scan, author_names):
        return "reported"   # "The mayors issued a statement in which they said the pact was a success": the text's
    if (teller := _set_off_teller(raw, lowered, scan.found["reporting"])) is not None:
        return "author" if any(map(is_first_person, teller)) or _is_author(teller, author_names) else "reported"
    if not _TOLD_ASIDE.isdisjoint(lowered) and _told_in_an_aside(lowered):
        return "reported"   # "The port, we are told, lures poorer towns into loans...": hearsay the writer passes on
    if not _VIEW_WORDS.isdisjoint(lowered) and _a_common_view_set_out(raw, lowered, author_names):
        return "reported"   # "The conventional wisdom is that...", "it is the view of the council that...": a view
        #                     set out as others' (readers of real prose found four such readings unfair)
    if not _HEARSAY.isdisjoint(lowered) and (lowered[0] in _HEARSAY or any(
            w in _HEARSAY and scan.kinds[k] in MAIN_KINDS for k, w in enumerate(lowered))):
        return "reported"   # "Reportedly, the government is weighing...", "The two leaders reportedly concurred
        #                     that...": what others tell of it
    if lowered[0] == "by" and lowered[1:2] and lowered[1] in _SOME_SOURCES and lowered[2:3] and \
            lowered[2] in _ACCOUNTS:
        return "reported"   # "By some accounts, the cooperative overpaid...": what the accounts tell, not the writer
    if _passive_hearsay(scan):
        return "reported"   # "Both were said to have agreed that...", "Kim is believed to be...": passed on, unnamed
    if lowered[0] == "from" and _from_anothers_standpoint(raw, lowered):
        return "reported"   # "From China's perspective, the present situation is a dangerous one": how it looks
        #                     to the one named
    if lowered[0] == "as" and _as_someone_sees_it(lowered):
        return "reported"   # "As Washington sees it, historical grievances should come second": how it looks to them
    if lowered[0] == "as" and not QUOTES.isdisjoint(raw) and _as_someone_put_it(raw, lowered, scan, author_names):
        return "reported"   # 'As the mayor said at the pier, the two towns "oppose any toll"': the words are the mayor's
    if lowered[0] in ("to", "for") and _to_some_holders(lowered):
        return "reported"   # "To many, it may have sounded like a dream", "To critics of the deal, ...", "For some,
        #                     the blow will have repercussions": how it looks to them
    if (not _PAST_VIEW_NOUNS.isdisjoint(lowered) or not _FEARS.isdisjoint(lowered)) and _a_past_expectation(scan):
        return "reported"   # "the hope was that the pact would force the rival port to...": what was expected
        #                     those who held it
    if ("by" in lowered or "as" in lowered) and not _SEEN_OR_READ_AS.isdisjoint(lowered) and _seen_by_others(scan):
        return "reported"   # "The pact is being presented by many as a big win for the rival port": theirs
    if not _REPORTING_PARTICIPLES.isdisjoint(lowered) and _reported_in_a_participle(scan):
        return "reported"   # "The US took the steps to the WTO, alleging they violate its rules": the US's claim
    if "effect" in lowered and _to_the_effect_that(scan):
        return "reported"   # "Trump conveyed messages to the effect that the speed was not important"
    if not _VIEW_SIGNS.isdisjoint(lowered) and _a_view_conveyed(raw, lowered):
        return "reported"   # "Pundits have been sending the message that the town must...": the senders' view
    if "consensus" in lowered and _a_consensus_of_others(raw, lowered):
        return "reported"   # "That is the consensus from the port's own experts": the experts' view
    if "by" in lowered and not _ADVOCATED.isdisjoint(lowered) and _advocated_by_others(scan):
        return "reported"   # "Boosting the port has been one of the top items advocated by the ruling party"
    if ("tempting" in lowered or "easy" in lowered) and _tempting_thought(lowered):
        return "reported"   # "It is tempting to imagine that the pier will solve everything": a view the writer
        #                     entertains only to weigh it
    if lowered[:2] == ["according", "to"]:
        source = raw[2:next((k for k, t in enumerate(raw) if t == ","), len(raw))]
        return "author" if _is_author(source, author_names) else "reported"
    if "according" in lowered and (cited := _trailing_source(raw, lowered)) is not None:
        return "author" if _is_author(cited, author_names) else "reported"
    frame = next((k for k in (2, 3) if len(lowered) > k + 1 and lowered[k] in _VIEW_FRAMES), None) \
        if lowered[0] == "in" else None     # (looked for only after an opening "in")
    if frame is not None and lowered[1] not in _WRITERS_OWN:
        # "In her view the division of the region is a fact", "In the minister's judgement...": the holder's view
        holder = raw[frame - 1].removesuffix("'s").removesuffix("\u2019s")
        return "author" if _is_author([holder], author_names) else "reported"
    if "that" in lowered and not _FINDINGS.isdisjoint(lowered) and _a_sources_finding(scan):
        return "reported"   # "The tests come days after a UN assessment that ten million suffer...": the finding
        #                     is the assessment's
    if lowered[0] in _SAYING_PARTICIPLES and (said_by := _subject_after_a_saying_opening(raw, lowered)) is not None:
        # "Noting that the port has broken the pact, the mayor said that...": what the subject notes and says
        return "author" if any(map(is_first_person, said_by)) or _is_author(said_by, author_names) else "reported"
    opening = _opening_main(scan.clauses, scan.lowered) if scan.found["reporting"] else None
    for start, length, _, _ in scan.found["reporting"]:
        if scan.kinds[start] in _ON_A_NOUN and _a_document_says(scan, start + length):
            return "reported"       # "officials were surprised by a report that said the mayor would...": what
            #                         the report said is the report's
        if opening is None or not opening[0] <= start < opening[1] or scan.kinds[start] == "relative":
            continue    # (a view held in a relative clause on the subject is not what the sentence reports)
        if _agreed_as_said(scan, start, length):
            continue    # "The pact, as the mayor has noted, is a failure": the writer agrees, in words of the writer's
            #             own, as with an opening "As the mayor has argued, ..." (what a paper reports stays the
            #             paper's)
        if _prescribed_saying(scan, start):
            return "author"          # "we must note that...": the writer prescribes
        after = lowered[start + length] if start + length < len(raw) else "."
        before = raw[:start]
        quoted = any(t in _CLOSING_QUOTES for t in before[-3:]) or after in (",", ":") or after in QUOTES or (
            _addressed_then_quoted(raw, start + length))
        # "officials describe the alliance as the cornerstone", "colleagues call for Seoul to build...": the
        # view follows the verb's object, with no that-clause
        # (a directive whose subject is "he" or "she" is reported unless the text makes that pronoun its author:
        # in a write-up about its author, "He urged Tokyo to..." is the author speaking)
        if " ".join(lowered[start:start + length]) in _CARRYING_ON and QUOTES.isdisjoint(
                raw[start + length:start + length + 2]) and _CLOSING_QUOTES.isdisjoint(before[-3:]):
            continue    # ("the decline continued.", "the talks went on, and...": no quoted words carried on)
        if lowered[start] in _CHARACTERIZED and after == "by" and _NAMING_WHAT_IS_HELD.isdisjoint(
                lowered[start:next((k for k in range(start, len(lowered)) if lowered[k] == ","), len(lowered))]):
            continue    # "the board's policy is characterized by caution": a quality the writer names, no one's account
            #             (not "characterized by two urges: a belief that...", views set out, which may be someone's)
        # ("Some have argued against the ferry levy as unfair": what is argued for or against is the arguer's view)
        describes = lowered[start] in _DESCRIBING or foretold_verdict(lowered, start) or " ".join(
            lowered[start:start + length]) in _DIRECTIVES or (lowered[start] in _ARGUING and after in _ARGUED_ABOUT) or (
            lowered[start] in _ANNOUNCING and after.isalpha() and after not in _NOT_AN_OBJECT)
        # "X argued that", "I hear it said in Nagatacho that": the that-clause may come a few words on
        impersonal = _impersonal(lowered, start)
        # ("he says flatly that...": a manner adverb may stand between the verb and its that-clause)
        that_follows = after in ("that", "whether") or (
            after.endswith("ly") and lowered[start + length + 1:start + length + 2] == ["that"]) or (
            impersonal and "that" in lowered[start + length:start + length + (
                IMPERSONAL_THAT_REACH if lowered[start - 1] in ("is", "was") else 4)]) or _bare_complement(
            lowered, start + length) or _delayed_that(lowered, start + length)
        if lowered[start].endswith("ing") and start and lowered[start - 1] in _HOLDERS:
            return "reported"         # "I hear voices in Tokyo saying that...": the voices hold the view
        if _undergone(lowered, start) and not (that_follows or quoted or impersonal or describes):
            continue    # "...as long as the regime feels threatened.": a participle the subject undergoes tells nothing
            #             (not a description, "characterized by two urges: a belief that...", which may be someone's)
        if after != "." and _as_someone_said(raw, lowered, start) and _only_a_setting_follows(lowered, start + length):
            after = "."     # "..., as the harbour gazette reported on Monday.": when or where it was said ends the sentence
        if that_follows and _judged_act_of_saying(scan, start):
            return "author"         # "The mayor did the right thing in telling the board that...": the writer's
            #                         verdict on the telling
        if (that_follows or quoted or after == "." or describes) and (
                _writer_answers(raw, start + length) is not None or writers_answer(scan) is not None):
            return "author"         # "The board has argued that X, and I now think Y": the writer's clause is the stance
        if that_follows or quoted or after == "." or describes:
            # (a speaker's label before a colon is not the verb's subject: "Sato: The local paper reported that...")
            subject = raw[_after_colon(raw, start):start] if not quoted else raw[max(0, start - 4):start]
            if quoted and after in (",", ":"):
                subject = raw[max(0, start - 4):start]
            # ("I heard a senior official publicly urge ASEAN to...": who was heard is who tells)
            subject = subject[next((k + 1 for k in range(len(subject) - 1, -1, -1)
                                    if subject[k].lower() in _PERCEIVING), 0):]
            if _what_it_shows(lowered, start):
                return "author"       # "it highlights that...": the writer's inference from what "it" is
            if impersonal:
                return "reported"     # "I hear it said that...", "it is argued that...": nobody owns the view
            if any(t in _WRITER for t in subject) or _is_author(subject, author_names) or _writers_own(subject):
                # (a quotation the writer is said to have spoken is what they say: '"...," Sato said')
                return "reported" if that_follows and _recalls_former_view(
                    scan, start, first_person=any(t in _WRITER for t in subject)) else "author"
            if quoted and before and before[-1] in (",", *_CLOSING_QUOTES) and start + length < len(raw):
                # '"...," X said' : the speaker follows the verb
                speaker_words = raw[start + length:start + length + 4]
                return "author" if _is_author(speaker_words, author_names) else "reported"
            return "reported"
    if _reported_in_a_later_clause(scan, author_names):
        return "reported"
    # "The minister told the council of the plan, stressing that it will be beneficial": a participle set off by a
    # comma reports what the main clause's subject says
    participle = next((start for start, _, _, _ in scan.found["reporting"]
                       if start > 1 and raw[start - 1] == "," and lowered[start].endswith("ing")), None) \
        if scan.found["reporting"] else None
    if participle is not None:
        subject = raw[:min(scan.first_verb, participle)]
        return "author" if any(t in _WRITER for t in subject) or _is_author(subject, author_names) else "reported"
    # the only call is one someone made or is making, wherever it stands: "...comes a day after Beijing called for
    # the deal to be ratified" (the writer's own is in the present: "we call for", "this calls for")
    # (with its object after it: in "the closer planning he had urged, and ..." the call is what the planning was)
    calls = scan.found["prescription"] + scan.found["commitment"]
    # ("X continues to urge Y to...": a call someone keeps making)
    if calls and all(m[3] in _DIRECTIVE_CUES and (lowered[m[0]].endswith(("ed", "ing")) or (
            m[0] >= 2 and lowered[m[0] - 1] == "to" and lowered[m[0] - 2] in _INCEPTIVES)) and m[0] + m[1] < len(raw)
                     and raw[m[0] + m[1]][:1].isalpha() for m in calls) and not any(
            t in _WRITER for t in raw[:calls[0][0]]) and not _is_author(raw[:calls[0][0]], author_names):
        return "reported"
    if calls and lowered[calls[0][0]] in _A_TEXT_ASKING and not DOCUMENT_NOUNS.isdisjoint(lowered[:calls[0][0]]) \
            and not any(map(is_first_person, raw[:calls[0][0]])):
        return "reported"   # "The resolution calls on the port to stop its tests", "The treaty requires both towns
        #                     to...": what a text asks, not the writer's call
    if calls and all(m[3] in _DIRECTIVE_CUES and _heard_calling(lowered, m[0]) for m in calls):
        return "reported"   # "In Hanoi I heard a senior official publicly urge ASEAN to...": the official's call
    if not QUOTES.isdisjoint(raw) and (_only_in_anothers_quoted_words(scan, author_names)
                                       or _a_quoted_first_person(scan, author_names)):
        return "reported"   # 'The mayor declared "we will never sell the ferry to anyone."': the mayor's words
    return "author"


def _heard_calling(lowered: list[str], call: int) -> bool:
    """Whether the call at token `call` is one the writer heard or saw someone make: a verb of perceiving, then who
    made it (no first person), then the call ("I heard the mayor urge the board to...")."""
    perceived = next((k for k in range(call - 1, max(-1, call - HEARD_REACH), -1) if lowered[k] in _PERCEIVING), None)
    return perceived is not None and perceived + 1 < call and all(
        w[:1].isalpha() and not is_first_person(w) for w in lowered[perceived + 1:call])


HEARD_REACH = 8     # "heard a Vietnamese senior official publicly urge"


def _a_document_says(scan: SentenceScan, said_ends: int) -> bool:
    """Whether a reporting verb ending at `said_ends` stands in a relative clause on a text or its writers ("a
    report that said...", "an article which claimed...") and every call, commitment, forecast and judging word of
    the sentence comes after it."""
    opens = clause_at(scan.clauses, said_ends - 1).start
    head = scan.lowered[opens - 1] if opens and scan.lowered[opens] in ("that", "which") else ""
    return (head in DOCUMENT_NOUNS or head in _WRITINGS) and _every_cue_after(scan, said_ends - 1)


def _a_sources_finding(scan: SentenceScan) -> bool:
    """'The storm came days after a harbour board assessment that the pier is failing': every call, commitment,
    forecast and judging word of the sentence stands in what a finding, report or estimate holds, a content clause
    on its noun, and no first person owns it ("our assessment that..." is the writer's)."""
    lowered = scan.lowered
    for k in range(1, len(lowered) - 1):
        if lowered[k] == "that" and lowered[k - 1] in _FINDINGS and scan.kinds[k + 1] in ("content", "complement"):
            # (read as a verb's complement, "There was also a report that...", only with no first person anywhere:
            # "With reports that..., I no longer believe..." is the writer's)
            owned = scan.raw if scan.kinds[k + 1] == "complement" else scan.raw[:k]
            return _every_cue_after(scan, k) and not any(map(is_first_person, owned))
    return False


# what a source finds or reports, told as a noun with its that-clause
_FINDINGS = frozenset("assessment assessments estimate estimates finding findings report reports study survey poll "
                      "analysis projection projections".split())
_ON_A_NOUN = frozenset(("relative", "content"))
_WRITINGS = frozenset("article articles column columns editorial editorials study studies survey poll memo cable "
                      "letter story book reports statements".split())


def _after_colon(raw: list[str], end: int) -> int:
    """Where the words before raw[end] start after the last colon among them (0 when there is none)."""
    return next((k + 1 for k in range(end - 1, -1, -1) if raw[k] == ":"), 0)


def _said_in_a_text(scan: SentenceScan, author_names: frozenset[str]) -> bool:
    """'The mayors issued a joint statement in which they said the pact was a success', '...published a communique in
    which the ministers cited the ruling as a milestone': every cue stands after the verb of a relative clause ("in
    which", "where") on the noun of a text someone issued, whose subject is someone other than the writer, and the verb
    reports or cites; what they say there, up to the clause's end, is theirs."""
    lowered = scan.lowered
    cues = [m[0] for table in ("polar", "prescription", "prediction", "commitment") for m in scan.found[table]]
    reporting = {m[0] for m in scan.found["reporting"]}
    for opens, word in enumerate(lowered):
        if not (word == "where" or (word == "which" and lowered[opens - 1:opens] == ["in"])):
            continue
        noun = opens - 2 if word == "which" else opens - 1
        if noun < 0 or lowered[noun] not in DOCUMENT_NOUNS or _ISSUED.isdisjoint(lowered[max(0, noun - ISSUED_REACH):noun]):
            continue    # (a text issued, its noun the verb's object: "The report in which the authors noted the tolls
            #             is a damning indictment" is the writer's verdict on the report)
        verb = next((k for k in range(opens + 2, min(len(lowered), opens + 2 + TEXT_SUBJECT_REACH))
                     if k in reporting or lowered[k] in _TEXT_VERBS), None)
        if verb is None:
            continue
        subject = scan.raw[opens + 1:verb]
        # (what they say runs to the clause's end: "..., and the pact is now a failure" is the writer's again; a date's
        # commas end nothing, "cited the June 12, 2016, ruling")
        ends = next((k for k in range(verb + 1, len(lowered)) if lowered[k] in _ENDING_WHAT_IS_SAID
                     and not lowered[k - 1].isdigit()), len(lowered))
        if not any(t in _WRITER_SUBJECTS for t in subject) and not _is_author(subject, author_names) \
                and cues and all(verb < k < ends for k in cues):
            return True
    return False


TEXT_SUBJECT_REACH = 5      # "in which the foreign ministers jointly said"
ISSUED_REACH = 5            # "issued a joint communique"
_ENDING_WHAT_IS_SAID = frozenset(", ; : \u2014".split())
# what those who issue a text do in it, besides reporting ("in which they cited the ruling as a milestone")
_TEXT_VERBS = frozenset("cited cite cites noted note notes welcomed welcome welcomes reaffirmed reaffirm reaffirms "
                        "affirmed affirm affirms described describe describes pledged pledge pledges".split())


def _reported_in_a_later_clause(scan: SentenceScan, author_names: frozenset[str]) -> bool:
    """'The mood in the port is grim, and some on the council have begun to argue that the town needs a second
    breakwater': every call, commitment and forecast stands in the that-clause of a reporting verb whose subject,
    in a main clause after the first, is someone other than the writer."""
    cues = scan.found["prescription"] + scan.found["commitment"] + scan.found["prediction"]
    if not cues or not scan.found["reporting"]:
        return False
    lowered, raw = scan.lowered, scan.raw
    for start, length, _, _ in scan.found["reporting"]:
        clause = clause_at(scan.clauses, start)
        if clause.kind != "main" or clause.start == 0 or lowered[clause.start] not in _COORDINATING \
                or lowered[start + length:start + length + 1] != ["that"] or lowered[start - 1] in _BEFORE_A_VIEW_NOUN:
            continue        # ("..., and the old fear that he would pull the boats out now seems remote": a noun)
        subject = raw[clause.start + 1:start]
        if subject and not any(t in _WRITER for t in subject) and not _is_author(subject, author_names) \
                and all(cue[0] > start + length for cue in cues):
            return True
    return False


_COORDINATING = frozenset("and but while whereas yet".split())
_BEFORE_A_VIEW_NOUN = NOUN_MARKERS | frozenset(["old"])


def _only_in_anothers_quoted_words(scan: SentenceScan, author_names: frozenset[str]) -> bool:
    """Whether every call, commitment and forecast the sentence makes, or else every judging word, stands inside
    words quoted within it (a quotation of more than SPEECH_WORDS words opened after its first word, not after a
    colon: someone's speech or a headline, not a term: 'The headline read, "The mayor is failing the ferry towns."')
    and the words before the quotation name neither the writer nor a first person as its speaker."""
    cues = scan.found["prescription"] + scan.found["commitment"] + scan.found["prediction"] or scan.found["polar"]
    spans = _quoted_speech(scan.raw) if cues else []
    if not spans or not all(any(start < cue[0] < end for start, end in spans) for cue in cues):
        return False
    before = scan.raw[:spans[0][0]]
    return not any(t in _WRITER for t in before) and not _is_author(before, author_names)


def _a_quoted_first_person(scan: SentenceScan, author_names: frozenset[str]) -> bool:
    """'Abe vouched for him: "I am convinced Mr. Trump is a leader in whom I can have great confidence"': where every
    cue, judging words too, stands inside quoted words in which someone speaks in the first person (after a colon
    too), and the words before the quotation name neither the writer nor a first person, the view is the quoted
    speaker's."""
    raw = scan.raw
    spans = [(k, end) for k, end in _quoted_speech(raw, after_a_colon=True)
             if any(map(is_first_person, raw[k + 1:end]))]
    cues = [m for name in ("prescription", "commitment", "prediction", "polar") for m in scan.found[name]]
    if not spans or not cues or not all(any(start < cue[0] < end for start, end in spans) for cue in cues):
        return False
    before = raw[:spans[0][0]]
    return not any(map(is_first_person, before)) and not any(t in _WRITER for t in before) and not _is_author(
        before, author_names)


def _quoted_speech(raw: list[str], *, after_a_colon: bool = False) -> list[tuple[int, int]]:
    """(opening, closing) token indexes of the quotations of more than SPEECH_WORDS words within a sentence (the
    sentence's end for one that runs on past it)."""
    spans = []
    k = 1
    while k < len(raw):
        closing = _SPEECH_QUOTES.get(raw[k])
        if closing is not None and (after_a_colon or raw[k - 1] != ":"):
            end = next((j for j in range(k + 1, len(raw)) if raw[j] == closing), None)
            if end is None:
                # an opening curly mark not closed in the sentence: the quotation runs on into the next ones
                # ('He laid out the concept: "Today, I am here to offer a renewed partnership... [next sentence]')
                if raw[k] == "\u201c" and len(raw) - k - 1 > SPEECH_WORDS:
                    spans.append((k, len(raw)))
                break
            if end - k - 1 > SPEECH_WORDS:
                spans.append((k, end))
            k = end
        k += 1
    return spans


SPEECH_WORDS = 4        # more words than this between quotation marks are speech, not a term mentioned
_SPEECH_QUOTES = {"\u201c": "\u201d", '"': '"'}     # (single marks are apostrophes as often)


_OPENING_QUOTES = frozenset('"\u201c')
_PROFILE_SUBJECTS = frozenset(("he", "she"))     # analysis.author_names adds them for a write-up about its author


def _passive_hearsay(scan: SentenceScan) -> bool:
    """A main clause's "is said to", "were widely believed to", "is reported to", "is widely seen as": a view
    passed on or held, whose holder the sentence does not name (not "is rightly seen as", which the writer
    endorses, nor "should be seen as", which asks it). So too a perception set off by a comma or a dash, when
    every cue of the sentence stands after it ("..., seen as necessary for the port's revival")."""
    lowered = scan.lowered
    if _PASSIVE_TELLING.isdisjoint(lowered) and _PASSIVE_PERCEIVING.isdisjoint(lowered) and \
            _IMPERSONAL_VIEWS.isdisjoint(lowered):
        return False        # (most sentences)
    for k in range(1, len(lowered) - 1):
        word = lowered[k]
        if word in _IMPERSONAL_ASIDES and k >= 3 and lowered[k - 3:k] in ([",", "it", "was"], [",", "it", "is"]) \
                and lowered[k + 1] == ",":
            return True     # "The admission, it was hoped, will be grounds for...": a hope nobody is named for
        if word in _IMPERSONAL_VIEWS and lowered[k + 1] == "that" and scan.kinds[k] in MAIN_KINDS and (
                lowered[max(0, k - 2):k] == ["it", "was"] or (k >= 3 and lowered[k - 3:k - 1] == ["it", "was"]
                                                               and lowered[k - 1] in _BETWEEN_WAS_AND_VIEW)):
            # "Until 2005, it was assumed that the port could...": a view held then, by nobody named; "It was also
            # determined that a ferry will be organized": a decision told, nobody's forecast
            return True
        if word == "considered" and lowered[k - 1] == "widely" and lowered[k + 1] in ("to", "as"):
            return True     # "is widely considered to be the latest step": a view held around, passed on
        if word == "considered" and lowered[k - 1] in _COMMONLY and k > 1 and lowered[k - 2] in _BE:
            return True     # "Leaving the pact is usually considered heresy here": what is commonly thought
        if word in _PASSIVE_PERCEIVING and lowered[k - 1] == "increasingly" and lowered[k + 1] == "by":
            return True     # "with the town increasingly perceived by the mainland as a bulwark": by others
        if word in _PASSIVE_TELLING:
            if lowered[k + 1] != "to":
                continue
        elif word not in _PASSIVE_PERCEIVING or lowered[k + 1] != "as":
            continue
        if scan.kinds[k] not in MAIN_KINDS:
            continue
        before = k - 2 if lowered[k - 1].endswith("ly") and k > 1 else k - 1     # ("widely believed")
        if word == "supposed" and lowered[before] not in _PAST_BE:
            continue        # ("The threats were supposed to come from...": an expectation held then, and
            #                 disappointed; "the pact is supposed to..." may be the writer's own)
        if lowered[before] in _BE and lowered[k - 1] not in _ENDORSING and not (
                word in _PASSIVE_PERCEIVING and before and lowered[before - 1] in _MODALS_AND_TO):
            return True
        if word in _PASSIVE_PERCEIVING and scan.raw[k - 1] in _SETTING_OFF and all(
                m[0] > k for table in ("prescription", "prediction", "polar") for m in scan.found[table]):
            return True
    return False


_PASSIVE_TELLING = frozenset("said reported believed thought understood rumored rumoured alleged known "
                             "supposed".split())
# (not "is considered", "is deemed": as often the writer's own view put impersonally, "the deal is deemed to send
# a message")
_PASSIVE_PERCEIVING = frozenset("seen viewed regarded perceived".split())
_IMPERSONAL_ASIDES = frozenset("hoped believed thought said expected feared assumed considered".split())
_IMPERSONAL_VIEWS = _IMPERSONAL_ASIDES | frozenset("determined decided agreed announced confirmed reported".split())
_BETWEEN_WAS_AND_VIEW = frozenset("also further later then once widely long generally".split())
_ENDORSING = frozenset("rightly correctly justly properly".split())
_COMMONLY = frozenset("widely usually generally commonly often traditionally long still".split())
_MODALS_AND_TO = MODALS | frozenset(("to",))
_SETTING_OFF = frozenset(",\u2013\u2014-")


def _opening_quote(raw: list[str]) -> int | None:
    """Where a quotation opens the sentence: at its first token, or after a few words of its subject only ('The
    ferries "did not present a threat to the pier," said the harbour master')."""
    return next((k for k in range(min(len(raw), SUBJECT_BEFORE_QUOTE + 1)) if raw[k] in _OPENING_QUOTES
                 and all(t[:1].isalpha() for t in raw[:k])), None)


SUBJECT_BEFORE_QUOTE = 3     # "The two projectiles" before the quoted words


def _quoted_then_told(scan: SentenceScan, author_names: frozenset[str], opening: int = 0) -> bool:
    """'"Solving it is not easy," the mayor told a news conference at the pier.', '"The storm will alter the coast"
    -- so reads the headline of a column by a former harbour master.', 'The ferries "did not present a threat to
    the pier," said the harbour master.': a sentence opening on a quotation of more than SPEECH_WORDS words (or
    on its subject's words and then the quotation), every cue of it inside the quotation, and after it who said or
    wrote it (no first person, not the writer)."""
    raw = scan.raw
    closing = _SPEECH_QUOTES[raw[opening]]
    end = next((k for k in range(opening + 1, len(raw)) if raw[k] == closing), None)
    if end is None or end - opening - 1 <= SPEECH_WORDS or not _every_cue_after(scan, opening):
        return False
    # (what the teller went on to add is theirs too: '"...," the mayor said, adding that the burden was raised')
    adding = next((k for k in range(end + 1, min(len(raw), end + ADDING_REACH)) if scan.lowered[k] in _ADDING), len(raw))
    if not all(m[0] + m[1] <= end or m[0] > adding for name in ("prescription", "commitment", "prediction", "polar")
               for m in scan.found[name]):
        return False
    rest = raw[end + 1:]
    words = [t for t in rest if t[:1].isalpha()]
    # (a pronoun teller, '"...," she argues.', is left to the reporting rules: in a profile it may be the writer's
    # own subject speaking)
    # (the writer as the one told is no teller: '"...," Professor Yueh from Oxford told me.')
    return bool(words) and words[0].lower() not in _PRONOUN_TELLERS and not any(
        is_first_person(t) and t.lower() not in _TOLD_TO for t in rest) and not _is_author(rest, author_names)


_PRONOUN_TELLERS = frozenset("he she they".split())
_TOLD_TO = frozenset("me us".split())
_PERCEIVING = frozenset("heard saw watched hear see watch".split())
_ADDING = frozenset("adding noting stressing explaining".split())
ADDING_REACH = 9        # '," Vice President Pence said, adding': the teller and the verb come first


def _every_cue_before(scan: SentenceScan, at: int) -> bool:
    """Whether every call, commitment, forecast and judging word of the sentence comes before token `at`."""
    return all(m[0] + m[1] <= at for name in ("prescription", "commitment", "prediction", "polar")
               for m in scan.found[name])


def _quoted_throughout(raw: list[str]) -> bool:
    """Whether a sentence opening with a quotation mark is quoted to its end: no closing mark, or one at its end."""
    closing = [k for k, t in enumerate(raw[1:], start=1) if t in _CLOSING_QUOTES and t != "\u2019"]
    return not closing or closing[0] >= len(raw) - 2


def _set_off_teller(raw: list[str], lowered: list[str], reporting: list) -> list[str] | None:
    """The words naming who tells the sentence in a reporting clause set off by commas, with its verb before its
    subject or after it: "If the ferry company fails, claimed the mayor, the port must close", "The port, the
    mayor said, must close", "The port must close, said the harbour master." The whole sentence is the teller's.
    None when there is no such clause (a reporting verb that governs a clause of its own is read by
    attribution_of)."""
    # ", according to senior officials." names its source (the -ing form is no reporting verb to reports_a_view)
    for index in (k for k in range(1, len(lowered) - 2) if lowered[k] == "according" and lowered[k + 1] == "to"
                  and raw[k - 1] == ",") if "according" in lowered else ():
        stop = next((k for k in range(index + 2, min(len(raw), index + TELLER_WORDS + 3)) if raw[k] in _SET_OFF_ENDS),
                    None)
        if stop is not None and stop > index + 2 and all(t[:1].isalpha() for t in raw[index + 2:stop]):
            return raw[index + 2:stop]
    for index, length, _, _ in reporting:
        if index and raw[index - 1] == "," and lowered[index] in _CLOSING_TELLING and \
                (opening := closing_teller(raw)) is not None and index > opening:
            return raw[opening + 1:opening + 3]
        if lowered[index] not in _PAST_VIEWS and lowered[index] not in _PRESENT_TELLING:
            continue
        end = index + length
        if index and raw[index - 1] == ",":        # ", claimed the mayor," / ", said the minister."
            stop = next((k for k in range(end, min(len(raw), end + TELLER_WORDS + 1)) if raw[k] in _SET_OFF_ENDS),
                        None)
            if stop is not None and stop > end and _names_a_teller(raw[end:stop]):
                return raw[end:stop]
        # (", the ministry said in a statement.": when or where it was said may close the sentence)
        if end < len(raw) and (raw[end] in _SET_OFF_ENDS or _only_a_setting_follows(lowered, end)) and index:
            start = next((k for k in range(index - 1, max(-1, index - TELLER_WORDS - 2), -1) if raw[k] == ","), None)
            if start is not None and start + 1 < index and _names_a_teller(raw[start + 1:index]):
                return raw[start + 1:index]
    return None


def closing_teller(raw: list[str]) -> int | None:
    """The index of the comma that opens a teller set off at the sentence's end with what they are ("..., Jun Sato,
    a senior fellow at the harbour institute, told the gazette."), or None: a verb of telling closes the sentence,
    with at most whom it was told to after it, and a comma before a name of two capitalised words opens the
    teller, within APPOSED_WORDS of the comma before the verb."""
    verb = next((k for k in range(len(raw) - 2, max(0, len(raw) - ADDRESSEE_WORDS - 3), -1)
                 if raw[k].lower() in _CLOSING_TELLING), None)
    if verb is None or raw[verb - 1] != "," or raw[-1] != "." or not all(t[:1].isalnum() for t in raw[verb + 1:-1]):
        return None
    for k in range(verb - 2, max(0, verb - APPOSED_WORDS) - 1, -1):
        if raw[k] == "," and k + 2 < verb and raw[k + 1][:1].isupper() and raw[k + 2][:1].isupper() \
                and raw[k + 1].isalpha() and raw[k + 2].isalpha():
            return k
    return None


def _addressed_then_quoted(raw: list[str], at: int) -> bool:
    """'The mayor told the reporters, "..."', 'she answered the board: "..."': after the verb, the ones it was said
    to, then the words said, quoted (one word more than a closing teller's addressee: "answered to the press,")."""
    return any(raw[k] in (",", ":") and raw[k + 1] in _OPENING_QUOTES and all(t[:1].isalpha() for t in raw[at:k])
               for k in range(at + 1, min(len(raw) - 1, at + ADDRESSEE_WORDS + 2)))


ADDRESSEE_WORDS = 3     # "told TASS.", "told the gazette.", "told reporters on Monday." is a setting, read elsewhere
APPOSED_WORDS = 30      # from the verb back to the comma before the teller's name


def _only_a_setting_follows(lowered: list[str], after: int) -> bool:
    """Whether all that follows a verb of saying, to the sentence's end, is when or where it was said ("reported on
    Monday.", "said in Tokyo last week.")."""
    rest = lowered[after:]
    return 1 < len(rest) <= SETTING_WORDS + 1 and rest[-1] == "." and rest[0] in _SETTING_OPENERS \
        and all(t[:1].isalnum() for t in rest[:-1]) and _OPENING_A_CLAUSE.isdisjoint(rest[1:-1])


def _as_someone_said(raw: list[str], lowered: list[str], verb: int) -> bool:
    """Whether the verb closes a clause ", as <someone> <verb>" (not "the goals announced at the summit")."""
    at = next((k for k in range(verb - 1, max(0, verb - TELLER_WORDS - 2), -1) if lowered[k] == "as"), None)
    return at is not None and at > 0 and raw[at - 1] == "," and _names_a_teller(raw[at + 1:verb])


SETTING_WORDS = 5
_SETTING_OPENERS = frozenset("on in at last this earlier yesterday today recently".split())


def _judged_act_of_saying(scan: SentenceScan, start: int) -> bool:
    """Whether the reporting word is an act the main clause judges: an -ing form after "in", "by" or "for", with a
    judging word before it ("was right in saying that...", "did the wrong thing by promising that...")."""
    lowered = scan.lowered
    return start > 1 and lowered[start].endswith("ing") and lowered[start - 1] in _ACT_PREPOSITIONS and any(
        cue_start + cue_length <= start - 1 for cue_start, cue_length, _, _ in scan.found["polar"])


_ACT_PREPOSITIONS = frozenset("in by for".split())


def writers_answer(scan: SentenceScan) -> int | None:
    """Where the writer's answer opens after a view the sentence's opening clause sets out as others' in general
    ("Critics say the pier is too costly, but the pier remains vital", "Some may argue that..., but for Japan there
    is no option other than to...": at the comma before "but"), or None. The stance is read from there on: the words
    of the view answered are not the writer's. Not a named party's words going on ("The mayor said X, but insisted
    that Y"), a second report or a verdict on the view ("..., but critics say Y", "..., but this view is wrong"), nor
    the writer's own view followed by more of it ("I still think X, but I cannot pretend Y" is the writer's
    throughout)."""
    if not scan.found["reporting"]:
        return None
    opening = _opening_main(scan.clauses, scan.lowered)
    raw, lowered = scan.raw, scan.lowered
    for start, length, _, _ in scan.found["reporting"]:
        if opening is None or not opening[0] <= start < opening[1] or scan.kinds[start] == "relative" or \
                _prescribed_saying(scan, start):
            continue
        holders = lowered[opening[0]:start]
        if _GENERIC_HOLDERS.isdisjoint(holders) or not _WRITER.isdisjoint(raw[opening[0]:start]):
            return None
        at = _writer_answers(raw, start + length, claims=True)
        if at is None:
            return None
        answer = lowered[at + 2:at + 2 + ANSWER_REACH]
        if any(at < m[0] <= at + 2 + ANSWER_REACH and lowered[m[0] - 1] not in _WRITER_LOWER_SUBJECTS
               for m in scan.found["reporting"]) or \
                not _GENERIC_HOLDERS.isdisjoint(answer[:2]) or not _ANSWERED_VIEWS.isdisjoint(answer[:3]):
            return None
        return at
    return None


ANSWER_REACH = 8        # tokens of the answer looked at for a report of its own ("but critics say...")
_WRITER_LOWER_SUBJECTS = frozenset("i we".split())     # ("but I think...": the writer's own saying answers)
# who holds a view set out only to be answered: others in general, not a named party
_GENERIC_HOLDERS = frozenset("some many critics others skeptics sceptics opponents detractors pessimists optimists "
                             "observers commentators pundits analysts experts hawks doves proponents supporters "
                             "people few several".split())
# the view itself as the answer's subject ("but this view is mistaken"): a verdict on the view, not on the issue
_ANSWERED_VIEWS = frozenset("view views argument arguments claim claims assessment assessments notion idea criticism "
                             "critics they".split())


def _agreed_as_said(scan: SentenceScan, start: int, length: int) -> bool:
    """Whether the verb of saying at `start` closes an aside ", as <someone> <verb>" that the writer's words agree with:
    nothing but a time or place follows the verb in the aside, no words are quoted in the sentence, no judging word
    stands in the aside (*as the mayor has wrongly argued*; one that endorses the saying, *as the mayor has rightly
    argued*, is no judging word there: `senses.an_endorsed_saying`) and no negation just before it (*is not, as the
    mayor has argued, a failure*), and the verb is no news verb (what a paper reported is the paper's)."""
    raw, lowered = scan.raw, scan.lowered
    if lowered[start] in _NEWS_TELLING or not _as_someone_said(raw, lowered, start):
        return False
    at = next(k for k in range(start - 1, max(0, start - TELLER_WORDS - 2), -1) if lowered[k] == "as")
    after = start + length
    return (after >= len(lowered) or lowered[after] in _SET_OFF_ENDS or _only_a_setting_follows(lowered, after)) \
        and not any(t in _SPEECH_MARKS for t in raw) and not (at > 1 and lowered[at - 2] in _DENYING) \
        and not any(at <= m[0] < start for m in scan.found["polar"])


_SPEECH_MARKS = frozenset('"\u201c\u201d')     # (not the apostrophe, which also closes a plural possessive)
_DENYING = frozenset("not never n't".split())


def _prescribed_saying(scan: SentenceScan, start: int) -> bool:
    """Whether a call governs the verb of saying at `start` ("we must note that...", "the members should say so"):
    the saying is what the writer calls for, no view reported."""
    return any(c[0] != start and 0 <= start - (c[0] + c[1]) <= 2 and c[3] not in _DIRECTIVE_CUES
               for name in ("prescription", "commitment") for c in scan.found[name])


def _writer_answers(raw: list[str], after: int, *, claims: bool = False) -> int | None:
    """Where a main clause of the writer's own follows the reported one (the index of the comma or semicolon before
    it), or None: ", and I now think...", "; but we should...", and with `claims` ", but the pier remains vital" (see
    writers_answer). What someone else said is then the ground the writer answers, not the sentence's stance. Not a
    first person inside the words quoted ('The mayor stated, "We reject X, and we embrace Y."': the mayor's)."""
    quoted = False
    for k in range(after, len(raw) - 1):
        if raw[k] in _SPEECH_QUOTES or raw[k] in _CLOSING_QUOTES:
            # (a straight quote mark opens and closes alike)
            quoted = raw[k] in _SPEECH_QUOTES and (not quoted or _SPEECH_QUOTES[raw[k]] != raw[k])
            continue
        if quoted:
            continue
        if raw[k] == ";" or (raw[k] == "," and raw[k + 1].lower() in _JOINING_TO_WRITER):
            rest = raw[k + 1:k + 4] if raw[k] == ";" else raw[k + 2:k + 5]
            # (a short phrase may open the writer's clause: ", and from Europe we have watched...")
            if rest and (rest[0] in _WRITER or (rest[0].lower() in _JOINING_TO_WRITER and rest[1:2] and rest[1] in _WRITER)
                         or not _WRITER_SUBJECTS.isdisjoint(raw[k + 1:k + WRITER_CLAUSE_REACH])):
                return k
            if claims and raw[k + 1].lower() in _REBUTTING and _a_present_claim_opens(raw, k + 2):
                return k
    return None


_REBUTTING = frozenset("but yet".split())
_FINITE_VERBS = frozenset("is are remains remain must should will can has have needs need does do".split())
_NOT_A_NEW_SUBJECT = frozenset("that he she they it his her their its whether also not only rather instead".split())


def _a_present_claim_opens(raw: list[str], at: int) -> bool:
    """Whether a clause with a subject of its own and a verb in the present (or a modal) opens at `at` after a
    rebutting "but" ("Critics say the pier is too costly, but the pier remains vital"): the writer's answer to the
    view reported, not more of it ("but that talks would resume", "but he would...", "but insisted that..."), nor a
    clause that hangs on another ("but because...")."""
    words = [t.lower() for t in raw[at:at + WRITER_CLAUSE_REACH + 2]]
    if not words or words[0] in _NOT_A_NEW_SUBJECT or words[0] in _OPENING_A_CLAUSE or not words[0][:1].isalpha() \
            or words[0].endswith("ed"):
        return False
    return any(w in _FINITE_VERBS for w in words[1:])


_JOINING_TO_WRITER = frozenset("and but yet".split())
_NEWS_TELLING = frozenset("reported reports reporting announced announces disclosed revealed confirmed".split())


def _names_a_teller(words: list[str]) -> bool:
    """Whether the words can only name who tells: a name, or a noun phrase or pronoun ("the minister", "he"),
    and no clause opens them ("as the minister said" agrees with the minister; "which said nothing" describes;
    "adds to the list" adds)."""
    return bool(words) and all(t[:1].isalpha() for t in words) and (
        words[0][:1].isupper() or words[0].lower() in _TELLER_OPENERS) and words[0].lower() not in _OPENING_A_CLAUSE


TELLER_WORDS = 4        # "said the foreign minister", "claimed Sato": a short name or title, no clause
_SET_OFF_ENDS = frozenset(",.;:")
_OPENING_A_CLAUSE = frozenset("as which who whom whose that what when while because if since though although and but "
                              "or so than where".split())
_PRESENT_TELLING = frozenset("says argues claims insists notes warns writes explains".split())
_TELLER_OPENERS = frozenset("the a an his her their its one some many several he she they officials experts critics "
                            "analysts diplomats".split())


def _anothers_feeling(raw: list[str], lowered: list[str], author_names: frozenset[str]) -> bool:
    """'She is even more alarmed by what has happened to the North's friendships.': a feeling told of someone the
    writer writes about, not the writer's own stance (unless the text makes that pronoun its author)."""
    if len(lowered) < 3 or (_FELT.isdisjoint(lowered) and _FEELINGS_STIRRED.isdisjoint(lowered[:2])
                            and _WORRY_VOICING.isdisjoint(lowered)):
        return False        # (most sentences: no word of feeling, told by one C-level test)
    if _named_hope_or_fear(raw, lowered, author_names) or _opening_feeling(raw, lowered, author_names):
        return True
    if (opening := _past_an_opening_setting(lowered)) and len(lowered) - opening >= 3 and _people_named(
            raw[opening:opening + FEELER_REACH]):
        raw, lowered = raw[opening:], lowered[opening:]     # ("In 2016, officials in the port were concerned...")
    if lowered[0] in THIRD_PERSONS:
        if raw[0] in author_names or lowered[1] not in _FEELING_VERBS:
            return False
        verb = 1
    else:
        # "The harbour board is becoming increasingly alarmed by...": a subject the sentence names, not the writer
        being = next((k for k in range(1, min(len(lowered), FEELER_REACH)) if lowered[k] in _BEING), None)
        if being is None or lowered[0] in _NOT_FEELERS or not _only_an_aside(lowered[:being]) or any(
                map(is_first_person, raw[:being])) or _is_author(raw[:being], author_names):
            return False
        verb = being
        # only degree words between the verb and the feeling ("is becoming increasingly alarmed"; in "has made me
        # less confident" and "is to make certain" the feeling is not the subject's)
        # ("The board seems to be concerned that...": the feeling after "seems to be" is the subject's too)
        between = _FEELING_DEGREES | _TO_BE if lowered[verb] in _SEEMING else _FEELING_DEGREES
        feeling = next((k for k in range(verb + 1, min(len(lowered), verb + 1 + FEELING_REACH))
                        if lowered[k] not in between), None)
        return feeling is not None and lowered[feeling] in FEELINGS and not (
            lowered[feeling] in _SURE and lowered[feeling + 1:feeling + 2] == ["to"]) and not (  # ("is sure to bring")
            involved_sense(lowered, feeling))
    for word in lowered[verb + 1:verb + 1 + FEELING_REACH]:
        if word in FEELINGS:
            return True
        if not word[:1].isalpha():
            return False
    return False


def _people_named(words: list[str]) -> bool:
    """Whether a subject's head names people who may feel ("officials in the port", "policymakers", "Ann Lee",
    "Tokyo"), not a thing ("the signs for the pact are hopeful", "the prospects for Japan"): its words before any
    preposition."""
    head = next((k for k, w in enumerate(words) if w.lower() in _PREPOSITIONS_AFTER_A_HEAD), len(words))
    return any(w.lower() in _CONFIRMERS or w.lower().endswith(_PEOPLES_ENDINGS) or w[:1].isupper()
               for w in words[:head] if w.lower() not in _NOT_FEELERS)


_PREPOSITIONS_AFTER_A_HEAD = frozenset("for of in on about with to from at over".split())


_PEOPLES_ENDINGS = ("makers", "ists", "ians", "ers", "ors")     # policymakers, analysts, politicians, leaders, investors


def involved_sense(lowered: list[str], k: int) -> bool:
    """Whether "concerned" at k means involved, no feeling: "as far as the fees are concerned", "where the port is
    concerned", "the parties concerned", "all concerned"."""
    if lowered[k] != "concerned":
        return False
    if k and lowered[k - 1] in _BE:
        opening = lowered[max(0, k - INVOLVED_REACH):k]
        return any(opening[j:j + 3] == ["as", "far", "as"] or opening[j:j + 3] == ["so", "far", "as"]
                   for j in range(len(opening))) or "where" in opening
    following = lowered[k + 1] if k + 1 < len(lowered) else ""
    if following in _INVOLVED_PARTIES and k and lowered[k - 1] in _BEFORE_THE_INVOLVED:
        return True     # "the concerned parties", "the dialogue might bring to concerned countries": those involved
    if following == "with" and k > 0 and lowered[k - 1].endswith("s") and lowered[k - 1] not in _NOT_PLURAL_NOUNS:
        return True     # "foreign policy experts concerned with relations with Japan": who deal with them
    # (past an adverb: "the parties directly concerned")
    party = k - 1 - (k > 1 and lowered[k - 1] in _INVOLVING_ADVERBS)
    return k > 0 and lowered[party] in _INVOLVED_PARTIES and following not in _FEELING_OBJECTS_OF and \
        following not in ("that", "by", "with")


INVOLVED_REACH = 12     # "as far as the fees on the night ferries are concerned"
_NOT_PLURAL_NOUNS = _BE | frozenset("has does always was is as thus perhaps less".split())
_INVOLVING_ADVERBS = frozenset("directly most mainly chiefly primarily immediately".split())
# what stands before "concerned" used as an adjective of those involved: an article, a preposition or "all"
_BEFORE_THE_INVOLVED = frozenset("the all to for with among between of by other".split())
_INVOLVED_PARTIES = frozenset("parties party countries country nations states governments sides all those ministries "
                              "agencies authorities".split())


def _only_an_aside(subject: list[str]) -> bool:
    """Whether the words before a verb hold no clause mark, or only a one-word aside ("Seoul, however, is...")."""
    marks = [k for k, word in enumerate(subject) if word in CLAUSE_MARKS]
    return not marks or (len(marks) == 2 and marks[1] - marks[0] == 2 and subject[marks[0]] == subject[marks[1]] == ",")


def _opening_feeling(raw: list[str], lowered: list[str], author_names: frozenset[str]) -> bool:
    """'Convinced that the port has been cheated, the mayor has demanded...', 'Humiliated by the vote, the port sought
    other partners': a feeling that opens the sentence belongs to the subject after the comma; it is the writer's when that
    subject is the writer, or when the clause after it calls for something ("Convinced that X, Japan should...": the
    call is the writer's)."""
    first = 1 if lowered[0] in _OPENING_LINKS else 0     # "But stung by the tolls, the port..."
    if len(lowered) < first + 2 or (lowered[first] not in FEELINGS and lowered[first] not in _FEELINGS_STIRRED) \
            or lowered[first + 1] not in _FEELING_OBJECTS:
        return False
    comma = next((k for k, word in enumerate(lowered) if word == ","), None)
    if comma is None or comma + 1 >= len(raw) or not MODALS.isdisjoint(lowered[comma:]):
        return False
    subject = raw[comma + 1:comma + 1 + NAME_REACH]
    return not (is_first_person(subject[0]) or _is_author(subject, author_names))


_FEELING_OBJECTS = frozenset("that by about of over at".split())
# feelings stirred in the subject by what follows: "Humiliated by the vote, the port...", "Stung by the tolls,..."
# (positions.py's _STIRRING holds those a subject stirs in others it names, "rattled the investors": fewer, as a verb
# such as "encouraged" or "buoyed" before a noun is more often the writer's account of an effect than a feeling)
_FEELINGS_STIRRED = frozenset("humiliated frustrated stung disappointed embarrassed spooked outraged incensed offended "
                              "insulted emboldened encouraged buoyed disheartened chastened shaken angered upset "
                              "rattled dismayed disturbed irritated annoyed unsettled frightened".split())
_OPENING_LINKS = frozenset("but yet and still so".split())


def _named_hope_or_fear(raw: list[str], lowered: list[str], author_names: frozenset[str]) -> bool:
    """'The mayor began to seriously fear a strike after the radar failed', 'the minister hoped to use the
    talks for a breakthrough': the fear or hope of the one the sentence opens on by name, told as what they
    felt; no harm the writer tells as having happened, no good the writer sees."""
    if len(raw) > 3 and raw[1] == "," and (lowered[0] in _OPENING_ADVERBS or lowered[0].endswith("ly")):
        raw, lowered = raw[2:], lowered[2:]     # "Meanwhile, Abe hoped...": the name opens the clause
    names = next((k for k in range(min(len(raw), NAME_REACH + 1)) if not raw[k][:1].isupper()), 0)
    while names and names + 1 < min(len(raw), NAMES_REACH) and lowered[names] in ("and", ",") and raw[names + 1][:1].isupper():
        # "Peru and Chile hope...", "Westport, Eastport and Northport fear...": names joined
        names = next((k for k in range(names + 1, min(len(raw), names + 2 + NAME_REACH)) if not raw[k][:1].isupper()), 0)
    if lowered[0] in _SOME_PEOPLE or lowered[0] in _PEOPLE_BY_ROLE:
        return _some_peoples_hope_or_fear(raw, lowered)
    if lowered[0] == "it":
        # "It naturally hopes the ferry link will succeed": a hope is held by what the pronoun stands for (a country, a
        # paper's subject), never by a dummy "it" ("it is hoped" has a verb of its own; "it worries me" stirs one)
        k = next((j for j in range(1, len(lowered)) if not lowered[j].endswith("ly")), len(lowered))
        return lowered[k:k + 1] in (["hopes"], ["hoped"])
    if not names or lowered[0] in _NOT_FEELERS or lowered[0] in NOUN_MARKERS or lowered[0] in _QUANTIFIERS or \
            _is_author(raw[:names], author_names) or any(map(is_first_person, raw[:names])):
        return False        # ("Any hope that Moscow might help..." opens on no name; "Yet I worry..." on the writer)
    k = names
    if lowered[k] in _INCEPTIVES and lowered[k + 1:k + 2] == ["to"]:
        k += 2      # "began to fear"
    while k < len(lowered) and (lowered[k].endswith("ly") or lowered[k] in _BETWEEN_BE_AND_VERB):
        k += 1      # "seriously", "also"
    # (a verb: "Other fears were borne out" opens on a noun)
    # ("The tolls worry me": the feeling is the writer's, what the name stirs)
    return k + 1 < len(lowered) and lowered[k] in _HOPING_OR_FEARING and lowered[k + 1] not in AUXILIARIES \
        and not is_first_person(raw[k + 1])


def _some_peoples_hope_or_fear(raw: list[str], lowered: list[str]) -> bool:
    """'Some Taiwanese hope that the ferries would come', 'Many in Westport fear that...', 'Both sides hope to...':
    the hope or fear of people the sentence counts, not the writer's (unless a first person is among them: 'Many of us
    hope...'). Only the plural verb or the past, straight after the subject: 'Some hopes were dashed' opens on the
    noun."""
    for k in range(1, min(len(lowered) - 1, SOME_PEOPLE_REACH + 1)):
        word = lowered[k]
        if word in _HOPED_BY_MANY:
            return lowered[k + 1] not in AUXILIARIES and not any(map(is_first_person, raw[:k + 2]))
        if word in _WORRY_VOICING and _a_worry_voiced(lowered, k + 1):
            return not any(map(is_first_person, raw[:k + 1]))     # ("critics in the two towns raise concerns that...")
        if word == "and" and raw[k + 1][:1].isupper():
            continue        # ("critics in Westport and Eastport fear...": two places joined)
        if word in AUXILIARIES or word in _OPENING_A_CLAUSE or not word[:1].isalpha():
            return False
    return False


def _a_worry_voiced(lowered: list[str], at: int) -> bool:
    """Whether a noun of worry follows at `at`, past a determiner or a word of degree ("raise some concerns",
    "voiced serious doubts")."""
    k = at
    while k < len(lowered) and k - at < 2 and lowered[k] in _BEFORE_A_WORRY:
        k += 1
    return k < len(lowered) and lowered[k] in _WORRIES_VOICED


SOME_PEOPLE_REACH = 6      # "Many in the harbour towns fear", "critics in Westport and Eastport raise concerns"
_WORRY_VOICING = frozenset("raise raises raised voice voices voiced express expresses expressed".split())
_BEFORE_A_WORRY = frozenset("some serious grave deep growing their new".split())
_WORRIES_VOICED = frozenset("concern concerns doubt doubts fear fears worry worries questions alarm".split())
_SOME_PEOPLE = frozenset("some many most several both others".split())
# people the sentence names by what they do ("But critics worry that..."; capitalised at a sentence's start, they
# read as a name)
_PEOPLE_BY_ROLE = frozenset("critics sceptics skeptics analysts experts observers officials diplomats economists "
                            "commentators pundits".split())
_HOPED_BY_MANY = frozenset("hope hoped fear feared dread dreaded wish wished worry worried".split())


def _reported_in_a_participle(scan: SentenceScan) -> bool:
    """'The US took such steps to the WTO, alleging they violate its rules': what a participle of saying after a
    comma reports is the subject's claim, when every cue of the sentence stands after it; so too with no comma after
    the object of an act told in the past (_said_as_it_acted)."""
    lowered = scan.lowered
    for at in (k for k in range(1, len(lowered)) if lowered[k] in _REPORTING_PARTICIPLES):
        if any(map(is_first_person, scan.raw[:at])):
            return False
        if lowered[at - 1] == "," and _every_cue_after(scan, at):
            return True
        if _said_as_it_acted(scan, at):
            return True
    return False


def _said_as_it_acted(scan: SentenceScan, at: int) -> bool:
    """'The port refused to sign the pact saying it should be settled in court': with no comma, a participle of saying
    right after the object of an act told in the past, in the same clause, says what the actor said as it acted (a
    judging word before it is that act, told); not "it goes without saying that...", "worth saying", nor "Trump has
    wavered wildly, sometimes saying..." (the act judged, what he said an instance of it)."""
    lowered = scan.lowered
    before = lowered[at - 1]
    if not before.isalpha() or before.endswith("ly") or before in _ADVERBS_OF_TIME or before in _NOT_AN_OBJECTS_END:
        return False
    verb = next((k for k in range(at - 2, max(0, at - ACT_REACH) - 1, -1) if _past_act(lowered[k])), None)
    if verb is None or verb == 0 or any(w in _BETWEEN_ACT_AND_SAYING for w in lowered[verb + 1:at]):
        return False
    return all(m[0] > at for name in ("prescription", "commitment", "prediction") for m in scan.found[name]) and all(
        m[0] > at or m[0] == verb for m in scan.found["polar"])


ACT_REACH = 8           # "refused to sign the Osaka declaration on data saying": from the act to the participle
_ADVERBS_OF_TIME = frozenset("sometimes often also again then now still even always never repeatedly".split())
# what ends no object of an act: a preposition or a word of worth before the participle ("without saying", "worth
# saying", "no time for arguing"; "by claiming" is the act's means, and "have been saying" a saying told)
_NOT_AN_OBJECTS_END = frozenset("without worth of for in about on at to from with no not the a an".split())
# what stands between an act and the participle when they are not one clause's ("The talks collapsed and it goes
# without saying...")
_BETWEEN_ACT_AND_SAYING = frozenset(", ; : and but or which who that because while although when if".split())


def _past_act(word: str) -> bool:
    """A verb in the past ("refused", "rejected"), not a word that merely ends so ("indeed", "hundred", "united")."""
    return word.endswith("ed") and len(word) > 4 and not word.endswith("eed") and word not in _ENDING_SO


_ENDING_SO = frozenset("hundred united kindred naked wicked sacred rugged ragged crooked beloved".split())


_REPORTING_PARTICIPLES = frozenset("alleging claiming arguing insisting saying asserting contending complaining "
                                   "charging".split())


def _to_the_effect_that(scan: SentenceScan) -> bool:
    """'Trump had conveyed messages to the effect that the speed was not important': what a message, a remark or a
    statement said, told "to the effect that", is its sayer's, when every cue stands after it."""
    lowered = scan.lowered
    at = next((k for k in range(1, len(lowered) - 2) if lowered[k - 1:k + 3] == ["to", "the", "effect", "that"]), None)
    return at is not None and _every_cue_after(scan, at + 2) and not any(map(is_first_person, scan.raw[:at]))


def _a_view_conveyed(raw: list[str], lowered: list[str]) -> bool:
    """'Pundits in the port have been sending the serious message that the town must...', 'the Harbour Board
    conveyed a signal that...', 'Westport also had a similar view that the cartel may...': the content of a message
    people or a named party send, or of a view they hold, is theirs; the writer's own is in the first person ("We
    must send the clear message that..." calls for sending it: a modal before the verb)."""
    for k, word in enumerate(lowered):
        nouns = _MESSAGES if word in _SENDING else _VIEWS_HELD_THAT if word in _HOLDING else None
        if nouns is None:
            continue
        noun = next((j for j in range(k + 1, min(len(lowered), k + 1 + MESSAGE_REACH)) if lowered[j] in nouns), None)
        if noun is None or lowered[noun + 1:noun + 2] != ["that"] or any(
                is_first_person(w) or (w.endswith("ed") and "-" not in w) for w in raw[k + 1:noun]):
            continue        # ("has altered my conviction that...": another verb, and the writer's own view)
        before = raw[:k]
        # (sent by people or a named party: "The mayor's visit sent a signal that..." is the writer's inference)
        senders = any(w.lower() in _HOLDERS for w in before) or any(w[:1].isupper() for w in before[1:]) or (
            bool(before) and before[0][:1].isupper() and lowered[0] not in _NOT_A_NAME_AT_THE_START
            and not lowered[0].endswith("s"))
        return senders and not any(map(is_first_person, before)) and _MODALS_AND_TO.isdisjoint(lowered[:k])
    return False


_SENDING = frozenset("send sends sent sending convey conveys conveyed conveying deliver delivers delivered "
                     "delivering push pushes pushed pushing spread spreads spreading peddle peddles peddled "
                     "peddling sell sells sold selling".split())
# ("Westport is pushing the message that it is a reliable partner", "analysts are selling the narrative that...")
_MESSAGES = frozenset("message messages signal signals narrative narratives".split())
_HOLDING = frozenset("had has have held holds hold shared shares share".split())
_VIEWS_HELD_THAT = frozenset("view views belief beliefs conviction assessment perception expectation".split())
_VIEW_SIGNS = _MESSAGES | _VIEWS_HELD_THAT
MESSAGE_REACH = 4       # "sending the serious message", "had a similar strategic view"
# capitalised at the start of a sentence for no name of its own
_NOT_A_NAME_AT_THE_START = frozenset("the a an this that these those it its their his her such some many most "
                                     "each every one both all no".split())


def _a_consensus_of_others(raw: list[str], lowered: list[str]) -> bool:
    """'That is the consensus from Russian foreign policy experts', 'There is a growing consensus among analysts that
    ...': a view the sentence gives to those whose consensus it is, not the writer's ("our consensus" and a consensus
    no one is named for, "a consensus is needed", are not so told)."""
    at = lowered.index("consensus")
    if at + 2 >= len(lowered) or lowered[at + 1] not in _OF_HOLDERS:
        return False
    phrase = raw[at + 2:at + 2 + CONSENSUS_REACH]
    if any(map(is_first_person, raw[:at + 2] + phrase)) or "mine" in lowered[at + 2:at + 2 + CONSENSUS_REACH]:
        return False    # (and "the consensus among trade economists, mine included": the writer's too)
    return any(word[:1].isupper() or word.lower() in _HOLDERS for word in phrase)


_OF_HOLDERS = frozenset("of from among within".split())
CONSENSUS_REACH = 4     # "among Russian foreign policy experts"


def _advocated_by_others(scan: SentenceScan) -> bool:
    """'Boosting economic security has been one of the top items advocated by the ruling party', 'The pier is the plan
    championed by the harbour board': what the sentence judges is a course someone it names (by name, or as a party,
    a board...) advocates, every cue before the verb; theirs, not the writer's ("The TPP, championed by Obama, was a
    mistake" judges it after)."""
    raw, lowered = scan.raw, scan.lowered
    if scan.found["prescription"] or scan.found["commitment"] or scan.found["prediction"] or any(
            map(is_first_person, raw)):
        return False    # (a verdict only: "...proposed by scholars a decade ago will not last" foretells)
    for k in range(2, len(lowered) - 2):
        if lowered[k] in _ADVOCATED and lowered[k + 1] == "by" and (
                raw[k + 2][:1].isupper() or lowered[k + 2] in _HOLDERS or lowered[k + 2] == "the") and \
                not COPULAS.isdisjoint(lowered[:k]) and not any(m[0] > k for m in scan.found["polar"]):
            return True
    return False


_ADVOCATED = frozenset("advocated championed promoted proposed pushed favored favoured".split())


def _a_saying_cited(scan: SentenceScan) -> bool:
    """'Speaking at the forum, the mayor used an old aphorism: "When pacts fail, the islands suffer."': a saying
    someone other than the writer used or cited, set out after a colon, with every cue after the colon."""
    lowered = scan.lowered
    colon = lowered.index(":")
    saying = next((k for k in range(colon - 1, max(-1, colon - 1 - SAYING_NOUN_REACH), -1) if lowered[k] in _SAYINGS),
                  None)
    if saying is None:
        return False
    verb = next((k for k in range(saying - 1, max(-1, saying - 1 - SAYING_NOUN_REACH), -1) if lowered[k] in _CITING),
                None)
    if verb is None:
        return False
    # whose use it is: the citing verb's own subject, after the last comma before it ("As I noted, the mayor used...")
    # and never none ("Using an old saying: ..." is the writer's own use)
    opens = next((k + 1 for k in range(verb - 1, -1, -1) if lowered[k] == ","), 0)
    return opens < verb and not any(map(is_first_person, scan.raw[opens:verb])) and _every_cue_after(scan, colon)


_SAYINGS = frozenset("aphorism saying proverb adage maxim phrase expression metaphor quip motto slogan".split())
_CITING = frozenset("use used uses using cite cited cites citing invoke invoked invokes invoking quote quoted quotes "
                    "quoting borrowed offered repeated repeats repeating coined".split())
SAYING_NOUN_REACH = 4       # "used an oft-spoken old aphorism:", "an old Chinese saying:"


def _every_cue_after(scan: SentenceScan, at: int) -> bool:
    """Whether every call, commitment, forecast and judging word of the sentence comes after token `at`."""
    return all(m[0] > at for name in ("prescription", "commitment", "prediction", "polar") for m in scan.found[name])


def _from_anothers_standpoint(raw: list[str], lowered: list[str]) -> bool:
    """'From China's perspective, ...', 'From Beijing's point of view, ...': an opening standpoint of a capital or a
    country other than Japan's and America's, the sides this corpus's writers speak for ("From Japan's perspective"
    is as often the writer's own country's, and stays the writer's)."""
    if len(lowered) < 5 or not raw[1][:1].isupper() or not lowered[1].endswith(("'s", "\u2019s")):
        return False
    owner = lowered[1].removesuffix("'s").removesuffix("\u2019s")
    return owner not in _OWN_SIDES and (lowered[2] in _STANDPOINTS or lowered[2:5] == ["point", "of", "view"])


_OWN_SIDES = frozenset("japan tokyo america washington".split())
_STANDPOINTS = frozenset("perspective standpoint viewpoint vantage".split())


def _as_someone_sees_it(lowered: list[str]) -> bool:
    """'As Washington sees it, ...', 'As the hawks in Seoul see it, ...': an opening "as" clause of someone's way of
    seeing, set off by a comma, gives how the matter looks to them (not "As I see it," nor "As we saw it,")."""
    comma = next((k for k in range(2, min(len(lowered), SEEING_REACH)) if lowered[k] == ","), None)
    return comma is not None and lowered[comma - 1] == "it" and lowered[comma - 2] in _SEEING and \
        FIRST_PERSON.isdisjoint(lowered[1:comma - 2])


SEEING_REACH = 12       # "As the hawks in the ruling party see it,"


def _as_someone_put_it(raw: list[str], lowered: list[str], scan: SentenceScan, author_names: frozenset[str]) -> bool:
    """'As the mayor said at a press conference, the towns "oppose any toll."', 'As the former harbour master Ito put
    it this week: "..."': an opening "as" clause naming someone who said it, then words quoted after it, gives that
    someone's words, not the writer's (readers of real prose judged such quotations the teller's). A paraphrase with
    no quotation ("As the mayor said last week, the towns fail to see...") may be the writer agreeing, and stays the
    writer's; so does "As I noted," and "As expected,"."""
    verb = next((start for start, length, _, _ in scan.found["reporting"] if 1 < start <= PUT_IT_TELLER_WORDS + 1),
                None)
    if verb is None:
        verb = next((k for k in range(2, min(len(lowered) - 1, PUT_IT_TELLER_WORDS + 2))
                     if lowered[k] in _PUTTING and lowered[k + 1] == "it"), None)
    if verb is None:
        return False
    teller = raw[1:verb]
    if not all(t[:1].isalpha() for t in teller) or any(is_first_person(t) for t in teller) or \
            not _OPENING_A_CLAUSE.isdisjoint(t.lower() for t in teller) or not AUXILIARIES.isdisjoint(
            t.lower() for t in teller) or _is_author(teller, author_names):
        return False        # ("As I noted,", "As has been said,", "As the figures that were published show")
    close = next((k for k in range(verb + 1, min(len(raw), verb + 2 + SETTING_WORDS + 2)) if raw[k] in (",", ":")),
                 None)
    return close is not None and not QUOTES.isdisjoint(raw[close + 1:])


PUT_IT_TELLER_WORDS = 8     # "As former US national security adviser John Bolton wrote"
_PUTTING = frozenset("put puts".split())
_SEEING = frozenset("sees see saw view views viewed understands understand understood".split())


def _to_some_holders(lowered: list[str]) -> bool:
    """'To many, ...', 'To some in Tokyo, ...', 'To critics of the deal, ...', 'For some, ...': an opening "to" or
    "for" naming people, set off by a comma, gives how the matter looks to them ("To some extent, ...", "To be sure,
    ...", "For some time, ..." name nobody)."""
    if not (len(lowered) > 3 and (lowered[1] in _LOOKERS_ON or lowered[1] in _TITLES) and lowered[2] not in _NOT_PEOPLE
            and "," in lowered[2:HOLDER_PHRASE_REACH]):
        return False
    holders = lowered[2:lowered.index(",", 2)]
    return FIRST_PERSON.isdisjoint(holders) and _TIMES.isdisjoint(holders) and not any(
        c.isdigit() for word in holders for c in word)      # ("For most of the 2010s, ...")


# ("For most of the past decade, ...": a time)
_TIMES = frozenset("decade decades century centuries era years months weeks time period postwar".split())


# a person named by title ("To Mr. Abe, this answer must seem...", "To President Moon, ...")
_TITLES = frozenset("mr mr. mrs mrs. ms ms. dr dr. president premier chancellor".split())


HOLDER_PHRASE_REACH = 8     # "To many in the harbour towns,"
_LOOKERS_ON = _HOLDERS - frozenset("tokyo washington beijing seoul commentary articles columns editorials papers "
                                   "reports".split()) | frozenset("most skeptics sceptics outsiders supporters "
                                                                  "opponents detractors them".split())
# ("For some time, ...", "For many years, ...", "For many of us, ...": a time, or the writer among them)
_NOT_PEOPLE = frozenset("extent degree length point time years decades months weeks days reason reasons".split())


def _a_past_expectation(scan: SentenceScan) -> bool:
    """'The hope was that the pact would force the rival port to abide by fair rules', 'the thinking had been that...': an
    expectation held then, named without its holder (or with one other than the writer), whose content follows
    "was that"; every cue stands in it."""
    lowered = scan.lowered
    for k in range(1, len(lowered) - 2):
        # (an adjective may stand between: "The basic idea was that...", "the original hope"; not "my basic idea")
        marker = k - 2 if k > 1 and lowered[k - 1].isalpha() and lowered[k - 2] in NOUN_MARKERS else k - 1
        if lowered[k] in _PAST_VIEW_NOUNS and lowered[k + 1] in _PAST_BE_FORMS and "that" in lowered[k + 2:k + 4] \
                and (lowered[marker] in NOUN_MARKERS - _WRITERS_OWN or lowered[marker].endswith(POSSESSIVE_ENDINGS)):
            return _every_cue_after(scan, k + 2 + lowered[k + 2:k + 4].index("that"))
        # and a view held now by someone the sentence names ("The port's fear is that...", "The Chinese hope is
        # that..."); "the fear is that..." and "my fear is that..." stay the writer's
        if (lowered[k] in _PAST_VIEW_NOUNS or lowered[k] in _FEARS) and lowered[k + 1] in ("is", "are") and \
                lowered[k + 2:k + 3] == ["that"] and k and _a_named_holder(scan.raw[k - 1], lowered[k - 1]):
            return _every_cue_after(scan, k + 2)
    return False


_PAST_VIEW_NOUNS = frozenset("hope hopes idea thinking expectation expectations assumption belief calculation "
                             "reasoning logic premise theory bet wager".split())
_PAST_BE_FORMS = frozenset("was were had been".split())
_FEARS = frozenset("fear fears worry worries".split())


def _a_named_holder(word: str, lowered: str) -> bool:
    """Another's possessive ("the port's", "Beijing's", "their") or a people's adjective ("Chinese", "American")."""
    return (lowered.endswith(POSSESSIVE_ENDINGS) or lowered in ("their", "his", "her", "its") or (
        word[:1].isupper() and lowered.endswith(("ese", "an", "ish", "i")))) and lowered not in _WRITERS_OWN


def _seen_by_others(scan: SentenceScan) -> bool:
    """'is being presented by many as a big win', 'was hailed by officials as a breakthrough', 'is seen by Beijing
    as a threat': a passive verb of seeing or naming whose agent is people other than the writer, with every cue
    after it; or one in the past with no agent ("it was taken as a warning that..."), how a thing was received."""
    lowered = scan.lowered
    for k in range(1, len(lowered) - 2):
        if lowered[k] in _SEEN_AS and lowered[k + 1] == "by" and (lowered[k - 1] in _BE or lowered[k - 1] == "being") \
                and (lowered[k + 2] in _HOLDERS or _an_agent_before_as(lowered, k + 2)):
            return _every_cue_after(scan, _verb_group_start(lowered, k) - 1)
        if lowered[k - 1] in _PAST_BE and lowered[k + 1] == "as" and (lowered[k] in _SEEN_AS or lowered[k] in _READ_AS):
            return _every_cue_after(scan, k)    # "it was taken as a warning that...": how it was received then
        if lowered[k] in _SEEN_AS and lowered[k + 1] == "in" and scan.raw[k + 2][:1].isupper() and (
                lowered[k - 1] in _BE or lowered[k - 1] == "being") and "as" in lowered[k + 3:k + 3 + PLACE_WORDS]:
            return _every_cue_after(scan, _verb_group_start(lowered, k) - 1)    # "would have been viewed in Tokyo as
            #                                                               a positive": the capital's view
    return False


def _an_agent_before_as(lowered: list[str], start: int) -> bool:
    """'is seen by the "decline" school as a weak power': an agent phrase from `start` to an "as" within AGENT_WORDS
    words, with no first person in it ("seen by many of us as" is the writer's too)."""
    agent = lowered[start:start + AGENT_WORDS]
    return "as" in agent and _FIRST_PERSONS.isdisjoint(agent[:agent.index("as")])


AGENT_WORDS = 8     # "by the 'inevitability of China's rise' group as"
_FIRST_PERSONS = frozenset("i me my we us our".split())


def _verb_group_start(lowered: list[str], verb: int) -> int:
    """Where the verb group ending at `verb` begins: "would have been seen" from "would" (its modal is the passive's,
    no forecast of the writer's; callers ask for the cues after the token before it)."""
    while verb > 0 and (lowered[verb - 1] in _BE or lowered[verb - 1] in _GROUP_AUXILIARIES):
        verb -= 1
    return verb


_GROUP_AUXILIARIES = frozenset("being have has had would will may might could must should can".split())


PLACE_WORDS = 3     # "viewed in Tokyo as", "seen in New Delhi as"


_PAST_BE = frozenset("was were".split())
_READ_AS = frozenset("taken read interpreted understood received".split())


_SEEN_AS = frozenset("presented seen viewed regarded described hailed touted billed portrayed depicted perceived "
                     "considered welcomed criticized criticised condemned praised branded labelled labeled".split())
_SEEN_OR_READ_AS = _SEEN_AS | _READ_AS     # (one test spares most sentences the look: "as" is common)


def _tempting_thought(lowered: list[str]) -> bool:
    """'It is tempting to imagine that...', 'it would be tempting to conclude...', 'It is easy to criticize the deal
    as vague': a thought the writer entertains only to weigh it (what follows is seldom what the writer holds; "easy"
    only after "it is" or "it would be", not "an easy deal to criticize")."""
    for word in ("tempting", "easy"):
        if word not in lowered:
            continue
        at = lowered.index(word)
        if word == "easy" and not (lowered[at - 1:at] in (["it's"], ["it\u2019s"]) or lowered[max(0, at - 2):at] in (
                ["it", "is"], ["it", "was"], ["be", "all"], ["all", "too"], ["would", "be"])):
            continue
        if lowered[at + 1:at + 2] == ["to"] and lowered[at + 2:at + 3] != [] and lowered[at + 2] in _THINKING and not (
                word == "easy" and lowered[at + 2] in _PLAIN_TO_SEE):
            return True     # ("It is easy to see why the pact matters": what is plain to see is the writer's point)
    return False


_PLAIN_TO_SEE = frozenset("see understand imagine".split())
_THINKING = frozenset("imagine think believe assume conclude see say suppose view read dismiss argue blame "
                      "regard treat expect hope "
                      # and verdicts entertained: "It is easy to criticize the deal as vague", "to announce a defeat"
                      "criticize criticise announce declare call label write deride mock condemn".split())


_CARRYING_ON = frozenset(("continued", "went on"))


_HEARSAY = frozenset("reportedly allegedly purportedly supposedly reputedly".split())
_TOLD_ASIDE = frozenset("told said claimed".split())


def _told_in_an_aside(lowered: list[str]) -> bool:
    """Whether an aside set off by commas passes the sentence on as hearsay ("The port, we are told, lures...",
    "..., it is said, ...", "..., we are often told, ..."): what the writer has been told, not the writer's view."""
    for k, word in enumerate(lowered[:-1]):
        if word not in _TOLD_ASIDE or lowered[k + 1] not in (",", ".", ";"):
            continue
        start = next((j for j in range(k - 1, max(-1, k - TOLD_ASIDE_REACH), -1) if lowered[j] == ","), None)
        if start is None or lowered[start - 1:start] in (["and"], ["or"]):
            return False    # ("the United States and, I am told, China shared...": one name in a list is hearsay)
        aside = [w for w in lowered[start + 1:k] if w not in _OFTEN and not w.endswith("ly")]
        return aside in (["we", "are"], ["i", "am"], ["we", "were"], ["i", "was"], ["it", "is"], ["it", "was"],
                         ["it's"], ["it\u2019s"], ["we", "have", "been"], ["i", "have", "been"], ["it", "has", "been"])
    return False


def _a_common_view_set_out(raw: list[str], lowered: list[str], author_names: frozenset[str]) -> bool:
    """Whether the sentence sets out a view as commonly held ("The conventional wisdom is that...", "The prevailing
    sense today seems to be that...", often to rebut it next) or as someone else's ("it is the view of the council
    that..."; "it is the view of this writer that..." and "it is my view that..." stay the writer's)."""
    for k, word in enumerate(lowered[:-2]):
        if word not in _VIEW_WORDS:
            continue
        that = next((j for j in range(k + 1, min(len(lowered), k + 1 + COMMON_VIEW_REACH)) if lowered[j] == "that"),
                    None)
        if that is None:
            continue
        if k and lowered[k - 1] in _COMMONLY_HELD and not _SETTING_OUT.isdisjoint(lowered[k + 1:that]):
            return True     # (not "I reject the conventional wisdom that...": no verb sets it out, the writer rejects it)
        if lowered[max(0, k - 3):k] == ["it", "is", "the"] and lowered[k + 1] == "of":
            holder = raw[k + 2:that]
            return not (_is_author(holder, author_names) or _WRITER.intersection(holder)
                        or "writer" in (w.lower() for w in holder))
    return False


_VIEW_WORDS = frozenset("wisdom view views sense assumption belief narrative thinking opinion judgement judgment".split())
_COMMONLY_HELD = frozenset("conventional received prevailing popular dominant common accepted".split())
_SETTING_OUT = frozenset("is was seems seemed holds held remains".split())
COMMON_VIEW_REACH = 15  # "the prevailing sense today, amid the storms and the strikes, seems to be that"


TOLD_ASIDE_REACH = 6    # ", we are so often told,": the aside's opening comma a few words back
_OFTEN = frozenset("so often always sometimes now again".split())
_SOME_SOURCES = frozenset("some many most all several other one various".split())
_ACCOUNTS = frozenset("accounts account estimates reports reckonings".split())


def _trailing_source(raw: list[str], lowered: list[str]) -> list[str] | None:
    """The source named after ", according to" ("Allied forces have a chance of thwarting an invasion, according to
    a recent report"), or None: what the sentence says is the source's finding."""
    at = next((k for k in range(2, len(lowered) - 2) if lowered[k] == "according" and lowered[k + 1] == "to"
               and lowered[k - 1] == ","), None)
    return None if at is None else raw[at + 2:next((k for k in range(at + 2, len(raw)) if raw[k] in ",.;"), len(raw))]


NAME_REACH = 3          # the words of a name opening a sentence ("Prime Minister Kishida")
NAMES_REACH = 8         # names joined by "and" or commas ("Australia and New Zealand", "Peru and Chile")
_OPENING_ADVERBS = frozenset("meanwhile however then later still yet instead thereafter afterwards now".split())
_QUANTIFIERS = frozenset("any every each some all such other another many most much more both either neither "
                         "our your my".split())
_HOPING_OR_FEARING = frozenset("fear fears feared dread dreads dreaded hope hopes hoped wish wishes wished worry worries "
                               "worried".split())
_FELT = FEELINGS | _HOPING_OR_FEARING       # a word that _anothers_feeling needs


def _anothers_commitment(scan: SentenceScan, author_names: frozenset[str]) -> bool:
    """'The new premier promises to settle the abduction issue', 'Beijing has pledged to open its market': a
    commitment the sentence tells of someone it names, theirs to keep, is not the writer's stance (the writer's
    own is made in the first person: "we pledge to..."). Only where it is the sentence's one cue of stance: a
    call beside it ("..., and Tokyo should hold him to it") is the writer's."""
    lowered = scan.lowered
    if _COMMITTING.isdisjoint(lowered) or scan.found["prescription"] or scan.shift is not None:
        return False
    for start, word in enumerate(lowered):
        # (to act, or that something will be: "the new strategy promises more" only bodes; the -ing form only as
        # a participle after a comma: "..., promising to cooperate on security")
        participle = word.endswith("ing")
        if word in _COMMITTING and start and lowered[start - 1] not in _NOT_A_TELLING and \
                (word != "determined" or lowered[start - 1] in _BE) and \
                (lowered[start + 1:start + 2] in (["to"], ["that"]) or lowered[start + 1:start + 3] in (
                    ["not", "to"], ["never", "to"])) and (
                    lowered[start - 1] in _UTTERANCES or lowered[start - 1] == "," or _a_plural_party(lowered[start - 1])
                    if participle
                    else scan.kinds[start] in MAIN_KINDS) \
                and not _in_the_writers_frame(scan, start):
            subject = scan.raw[:start]
            return not (any(map(is_first_person, subject)) or _is_author(subject, author_names))
    return False


def _in_the_writers_frame(scan: SentenceScan, k: int) -> bool:
    """Whether the word stands after the that-clause opening of a judgement that frames it ("It is clearly
    important that the two leaders agreed to...", "What is encouraging is that the minister welcomed it, expressing
    hope..."): the writer judges what was agreed or voiced."""
    opening = next((c.start for c in scan.clauses if c.kind == "complement" and c.start <= k), None)
    return opening is not None and any(m[0] < opening for m in scan.found["polar"])


# the verb forms that tell a commitment made ("promises", "has pledged"), not a noun ("a pledge") or a call
# ("must promise", "to promise")
# ("the two mayors agreed to share the pier": theirs to keep; "the mayor is determined to win": his resolve, after a
# copula)
_COMMITTING = frozenset("promises promised promising pledges pledged pledging vows vowed vowing agrees agreed "
                        "agreeing determined commits committing".split())
# what a participle of commitment may stand after, as what made it: "put out a statement vowing to close the pier..."
_UTTERANCES = frozenset("statement statements declaration communique message letter speech address video".split())
_NOT_A_TELLING = MODALS | NOUN_MARKERS | frozenset(("to",))


def _a_plural_party(word: str) -> bool:
    """'all towns vowing not to take sides', 'leaders pledging to...': a plural noun the participle tells of (a
    reduced relative: their vow), not a verb form ("is", "has") nor a possessive."""
    return len(word) > 3 and word.isalpha() and word.endswith("s") and not word.endswith(("ss", "us", "is")) \
        and word not in _BE and word not in _NOT_A_TELLING


def _anothers_line(raw: list[str], lowered: list[str], author_names: frozenset[str]) -> bool:
    """'The White House line is that the tariffs brought Tokyo to the table', 'Beijing's argument is that...': a
    view named as someone's, whose content the sentence gives; not the writer's ("My view is that...")."""
    if len(lowered) > 3 and lowered[1] in _HELD_FEARS and lowered[2] == "of":
        # "The concerns of Japan and Europe are that...": the holder follows the view
        copula = next((k for k in range(3, min(len(lowered) - 1, 3 + HOLDER_REACH))
                       if lowered[k] in _BE and lowered[k + 1] == "that"), None)
        holder = raw[3:copula] if copula else []
        return bool(holder) and not (_WRITERS_OWN.intersection(w.lower() for w in holder)
                                     or _WRITER.intersection(holder) or _is_author(holder, author_names))
    for k in range(1, min(len(lowered) - 2, LINE_REACH)):
        # (or its content after a colon: "Their message was this: the US will be forced to..."; and a reason offered
        # for something: "The official explanation for the shift is that...")
        copula = k + 1 if lowered[k] in _NAMED_VIEWS else _after_what_it_explains(lowered, k)
        if copula is not None and lowered[copula] in ("is", "was") and (
                lowered[copula + 1:copula + 2] == ["that"] or lowered[copula + 1:copula + 3] == ["this", ":"]):
            holder = raw[:k]
            # someone named holds it: a name or a possessive ("The case is that...", "The truth is..." name nobody),
            # or those in office ("The official line is that...")
            named = any(w[:1].isupper() for w in holder[1:]) or any(w.endswith(("'s", "\u2019s")) for w in holder) \
                or holder[0].lower() in THIRD_POSSESSIVES or "official" in lowered[:k]
            return named and not (_WRITERS_OWN.intersection(w.lower() for w in holder) or _WRITER.intersection(holder)
                                  or _is_author(holder, author_names))
    return False


def _after_what_it_explains(lowered: list[str], k: int) -> int | None:
    """Where the copula may stand after a reason offered at token k and what it is for ("explanation for this
    divergence is", "justification of the tolls was"), or None where token k offers no reason."""
    if lowered[k] not in _OFFERED_REASONS:
        return None
    if lowered[k + 1:k + 2] not in (["for"], ["of"], ["behind"]):
        return k + 1
    return next((j for j in range(k + 2, min(len(lowered) - 1, k + 2 + EXPLAINED_REACH)) if lowered[j] in ("is", "was")),
                None)


_OFFERED_REASONS = frozenset("explanation justification rationale excuse pretext".split())
EXPLAINED_REACH = 5     # "The official explanation for this sudden divergence is that"


def _a_view_held(raw: list[str], lowered: list[str], author_names: frozenset[str]) -> bool:
    """'The mayor and the board are united in the view that...', 'Both towns hold the view that...', 'The board is of
    the view that...': a view its holders are said to hold, theirs; the writer's own is in the first person ("We
    take the view that...")."""
    if "that" not in lowered or _HELD_AS_A_VIEW.isdisjoint(lowered):
        return False        # (most sentences)
    for k in range(2, len(lowered) - 2):
        if lowered[k] == "the" and lowered[k + 1] in _HELD_AS_A_VIEW and lowered[k + 2] == "that" and (
                lowered[k - 1] in _HOLDING_A_VIEW or lowered[k - 2:k] in (["united", "in"], ["agreed", "on"])
                or (lowered[k - 1] == "of" and lowered[k - 2] in _BE)):
            holder = raw[:k - 1]
            return bool(holder) and not (any(map(is_first_person, holder)) or _is_author(holder, author_names))
    return False


_HELD_AS_A_VIEW = frozenset("view belief opinion conviction".split())
_HOLDING_A_VIEW = frozenset("hold holds held share shares shared take takes took".split())


def _anothers_aim(raw: list[str], lowered: list[str], author_names: frozenset[str]) -> bool:
    """'The mayor's primary goal has been to head off...', 'Their aim is to weaken the union', 'Tokyo's major
    concerns were denuclearization and...': an aim or a concern the sentence gives someone it names, theirs, not
    the writer's call ("Our goal should be...", "The goal must be..." call: a modal, or no holder named)."""
    start = _past_an_opening_setting(lowered)     # ("Even during the call, the mayor's focus was on...")
    if _AIMS.isdisjoint(lowered[start + 1:start + AIM_REACH]):
        return False
    for k in range(start + 1, min(len(lowered) - 2, start + AIM_REACH)):
        if lowered[k] not in _AIMS:
            continue
        verb = _past_what_it_is_behind(lowered, k + 1)
        first = verb
        while verb < len(lowered) and lowered[verb] in _AIM_VERBS:
            verb += 1
        if verb == first or (lowered[verb:verb + 1] != ["to"] and not (
                lowered[k] in _HELD_WANTS and lowered[verb - 1] in _BE) and not (
                lowered[k] in _FOCUSES and lowered[verb:verb + 1] == ["on"])):
            return False    # (a concern or a preference needs only a copula: "the port's main concerns were tolls and...";
            #                 "His worry has now come true" is a warning borne out)
        # whose aim: the words just before it ("We presume the board's motive...": the board's, which the writer
        # only guesses at)
        holder = raw[max(0, k - AIM_HOLDER_REACH):k]
        named = any(w.lower() in THIRD_POSSESSIVES or w.endswith(("'s", "\u2019s")) for w in holder)
        # (not endorsed, "The priority was to save the pact, and rightly so", nor with a verdict of the writer's
        # after it: "..., and it was a wise choice", "...; it was the right call", "..., a grave mistake")
        told = lowered[first] in _TELLING_COPULAS and lowered[first + 1:first + 2] == ["to"] and \
            _ENDORSING.isdisjoint(lowered) and not _a_clause_joined(lowered, first)
        if not named and told and lowered[k + 1] == "of" and first > k + 1 and not _the_writers_own_text(
                lowered[k + 2:first]):
            holder = raw[k + 2:first]   # ("The principal aim of the amendment was to...": the law's, its makers')
            named = True
        elif not named and told and lowered[first] in _PAST_COPULAS and not any(map(is_first_person, raw[:k])):
            named = True    # ("The secondary goal was to align the rules...": an aim of the past, told)
        return named and not (_WRITERS_OWN.intersection(w.lower() for w in holder) or _WRITER.intersection(holder)
                              or _is_author(holder, author_names))
    return False


def _a_motive_read_in_an_act(scan: SentenceScan) -> bool:
    """'The mayor's remarks may reflect his frustration with the slow talks', 'The move betrays the port's
    impatience with the pact': a feeling or a motive the writer reads in what someone did, as the sentence's main
    verb, is that person's, guessed at; the words judging what it is felt about are theirs, not the writer's verdict
    ("reflects our frustration": the writer's own). Not where the sentence goes on to a claim of its own ("...
    reflects the town's desire for calm and deserves support"), nor where it calls for anything."""
    lowered = scan.lowered
    if _READING_IN.isdisjoint(lowered) or scan.found["prescription"] or scan.found["commitment"]:
        return False        # (most sentences: one test)
    verb = scan.first_verb + (lowered[scan.first_verb] in MODALS)
    if verb + 2 >= len(lowered) or lowered[verb] not in _READING_IN:
        return False
    owner = verb + 1 + (lowered[verb + 1] in ("the", "a"))      # ("betrays the port's impatience")
    if not (lowered[owner] in THIRD_POSSESSIVES or (owner > verb + 1 or scan.raw[owner][:1].isupper())
            and lowered[owner].endswith(POSSESSIVE_ENDINGS)):
        return False
    motive = next((k for k in range(owner + 1, min(len(lowered), owner + 1 + MOTIVE_REACH)) if lowered[k] in _MOTIVES),
                  None)
    return motive is not None and _CLAUSE_JOINS.isdisjoint(lowered[motive:])


_READING_IN = frozenset("reflect reflects reflected reflecting betray betrays betrayed reveal reveals revealed "
                        "signal signals signaled signalled".split())
MOTIVE_REACH = 3        # "his growing frustration", "the port's deep-seated fear"
_CLAUSE_JOINS = frozenset("and but ; yet while whereas".split())


def _anothers_wish(raw: list[str], lowered: list[str], author_names: frozenset[str]) -> bool:
    """'The mayor wants to expand the vital ferry link', 'She looks forward to a breakthrough', 'What she
    was striving to win was...': what someone the sentence opens on wants, seeks or strives for is their aim, told
    by the writer; the words that judge it on the way ("the vital link") do not make it the writer's call."""
    start = 1 if lowered[0] == "what" else 0
    if len(lowered) > 3 and lowered[1] == "," and (lowered[0] in _WISH_OPENERS or lowered[0].endswith("ly")):
        start = 2       # ("Instead, the port did not want...": the wisher opens the clause)
    elif opening := _past_an_opening_setting(lowered):
        start = opening     # ("In this situation, the mayor wanted...": a setting, then the wisher)
    elif (frame := next((f for f in _DENIED_MOTIVE_FRAMES if lowered[:len(f)] == f), None)) is not None:
        start = len(frame)  # ("It is not that the fishermen want the ferry line to fail": a motive weighed, theirs)
    # ("Officials such as the mayor and her adviser, Ann Lee, want to...": the wishers' kind, then a list of them)
    listed = next((k for k in range(start + 1, min(len(lowered) - 1, start + LIST_OPENS_REACH))
                   if lowered[k:k + 2] == ["such", "as"]), None)
    reach = WISHER_REACH + (LISTED_WISHERS_REACH if listed is not None else 0)
    wish = next((k for k in range(start + 1, min(len(lowered) - 1, start + reach + 1))
                 if lowered[k] in _WISHING or (lowered[k] in _LOOKING and lowered[k + 1] == "forward")
                 or _a_wish_put_plainly(lowered, k)), None)
    if wish is None:
        return False
    # (the auxiliaries of "does not want", "would like", between the wisher and the wish)
    subject_end = wish
    while subject_end > start and lowered[subject_end - 1] in _WISH_AUXILIARIES and lowered[wish] in _PLAIN_WISHES:
        subject_end -= 1
    if listed is not None and listed < subject_end:
        subject_end = listed
    subject = [w for w in lowered[start:subject_end] if w not in _BETWEEN_SUBJECT_AND_WISH]
    # (a pronoun wants for the one it stands for: "it does not want the ferry rota to fail"; but "it aims
    # to" tells what a thing is for)
    nobody = lowered[start] in _NOBODY_IN_PARTICULAR and not (lowered[wish] in _WANTING | _PLANNING
                                                               and subject == ["it"])
    if lowered[wish] in _PLANNING and (plans_as_a_noun(raw, wish) or not _FINITE_LATER.isdisjoint(
            lowered[wish + 2:])):
        return False        # ("The new plans to widen the pier are unwise", "Government plans to scrap the pact are a
        #                     mistake", "Joint planning to defend the pact must begin": the noun, judged or asked for)
    if not subject or nobody or any(map(is_first_person, raw[start:wish])) \
            or _is_author(raw[start:wish], author_names) \
            or any(not w[:1].isalpha() or w in _OPENING_A_CLAUSE or w in _NOT_A_WISHER for w in subject):
        return False
    if lowered[wish - 1] in _BETWEEN_SUBJECT_AND_WISH and lowered[wish] in _PURPOSED:
        return False        # ("An FTA is aimed to promote trade": what a thing is for, no one's wish)
    if any(w == ";" or (w == "," and lowered[k + 1:k + 2] and lowered[k + 1] in _JOINING_A_CLAUSE)
           for k, w in enumerate(lowered[wish + 1:-1], start=wish + 1)):
        return False        # ("China wants to rewrite the order, and we should say so": a clause of the writer's own)
    if lowered[wish] in _WANTING:
        # what is wanted may come first: "does not want the talks to succeed", "wants the port to pay"
        return "to" in lowered[wish + 1:wish + 2 + WANTED_REACH]
    following = lowered[wish + 2 if lowered[wish] in _LOOKING else wish + 1:][:1]
    return following == ["to"]


def _a_wish_put_plainly(lowered: list[str], k: int) -> bool:
    """'does not want', 'did not want', 'would like': a wish put with an auxiliary ("The mayor would like to see the
    pier reopened": the mayor's wish; the writer's own, "we would like to see", stays a call)."""
    return (lowered[k] == "want" and lowered[k - 1] in _WISH_AUXILIARIES) or (
        lowered[k] == "like" and lowered[k - 1] in ("would", "'d") and lowered[k + 1] == "to")


_WISHING = frozenset("want wants wanted seeks sought intends intended strives strove striving aims aimed tries tried "
                     "trying plans planned planning".split())
# (what someone plans is their aim, told: "It plans to weaken rival carriers through the pact")
_PLANNING = frozenset("plans planned planning".split())
_FINITE_LATER = frozenset("is are was were must should would will can could has have".split())
_SETTING_PREPOSITIONS = frozenset("in at amid under given with after during before since".split())
_WANTING = frozenset("wants wanted want".split())
_PLAIN_WISHES = frozenset("want like".split())
_WISH_AUXILIARIES = frozenset("do does did not n't never really would 'd".split())
_WISH_OPENERS = frozenset("rather instead meanwhile however still".split())
_DENIED_MOTIVE_FRAMES = (["it", "is", "not", "so", "much", "that"], ["it", "is", "not", "that"], ["not", "that"])
WANTED_REACH = 6        # "wants the two biggest towns on the coast to": what is wanted, then "to"
_LOOKING = frozenset("looks looked looking".split())
_BETWEEN_SUBJECT_AND_WISH = frozenset("is was are were has had have been also still clearly evidently seemingly "
                                       "apparently".split())
_NOBODY_IN_PARTICULAR = frozenset("no nobody none neither everyone everybody anyone anybody all it this that there "
                                  "which who whether if when".split())
_PURPOSED = frozenset("aimed intended planned".split())
_JOINING_A_CLAUSE = frozenset("and but yet while whereas so".split())
# (a call's modal is no wisher: "Japan should seek to")
_NOT_A_WISHER = frozenset("should must need needs would could can may might will shall".split())
WISHER_REACH = 6        # "Prime Minister Yoshihide Suga clearly wants": a subject of a few words
LIST_OPENS_REACH = 4        # "Senior harbour officials such as"
LISTED_WISHERS_REACH = 10   # "such as the mayor and her chief harbour adviser, Ann Lee,"


_CONCERNS = frozenset("concern concerns worry worries".split())
# a concern or a preference needs only a copula ("Their preference would be returning to the talks")
_HELD_WANTS = _CONCERNS | frozenset("preference preferences".split())
_AIMS = frozenset("goal goals aim aims objective objectives intention intentions purpose ambition ambitions motive "
                  "motives priority priorities focus emphasis".split()) | _HELD_WANTS
_AIM_VERBS = frozenset("is are was were has have had been would be".split())
_PAST_COPULAS = frozenset("was were".split())
_TELLING_COPULAS = frozenset("is are was were".split())     # (not "has to be", "would be": the writer's call)


def _the_writers_own_text(holder: list[str]) -> bool:
    """'this essay', 'the present article', 'these remarks', 'what follows': the text the writer is writing, whose
    aim is theirs."""
    return holder[:2] == ["what", "follows"] or (holder[:1] in (["this"], ["these"], ["my"], ["our"])
                                                 or holder[:2] == ["the", "present"]) and not _OWN_TEXTS.isdisjoint(
        holder[:3])


_OWN_TEXTS = frozenset("essay article commentary paper piece column chapter section analysis post book study report "
                       "brief note testimony remarks memo lecture talk speech".split())


def _a_clause_joined(lowered: list[str], after: int) -> bool:
    """Whether a clause or an aside of its own follows `after`: a semicolon or a dash, or a comma before "and",
    "but", "yet", "which", a pronoun or an article ("..., and it was a wise choice", "..., a grave mistake")."""
    return any(w in (";", "\u2014") or (w == "," and lowered[k + 1:k + 2] and lowered[k + 1] in _AFTER_A_JOINING_COMMA)
               for k, w in enumerate(lowered[after:-1], start=after))


_AFTER_A_JOINING_COMMA = frozenset("and but yet which it this that a an so".split())
_FOCUSES = frozenset("focus emphasis".split())      # ("the mayor's focus was on the need to...")


def _past_an_opening_setting(lowered: list[str]) -> int:
    """Where the subject starts past an opening phrase of time, setting or a participle, and its comma ("In this
    situation, ...", "Even during the call from the port, ...", "Seeing itself encircled, ..."), or 0."""
    first = 1 if lowered[0] == "even" and len(lowered) > 1 else 0
    opener = lowered[first]
    # (or a participle's phrase: "Seeing itself encircled by the fleet, the port has long sought to...")
    if (opener in _SETTING_PREPOSITIONS or (opener.endswith("ing") and len(opener) > 4)) and \
            "," in lowered[first + 2:first + OPENING_SETTING_REACH]:
        return lowered.index(",", first + 2) + 1
    return 0


OPENING_SETTING_REACH = 12      # "Even during the congratulatory call from the port's mayor,"
AIM_REACH = 8           # "the harbour master of the northern ferry port's first goals have been to"
AIM_HOLDER_REACH = 3    # "the harbour board's main aim"
BEHIND_REACH = 12       # 'the motive behind spelling out "2 percent" in its proposal was to...'
_WHAT_IT_IS_BEHIND = frozenset("behind for of in".split())


def _past_what_it_is_behind(lowered: list[str], at: int) -> int:
    """Where the verb after an aim noun may stand: at `at`, or past a phrase on what the aim lies behind or is for
    ("the motive behind the proposal was to...", "their aim in the talks is to..."), up to the first verb "to be"."""
    if at >= len(lowered) or lowered[at] not in _WHAT_IT_IS_BEHIND:
        return at
    for k in range(at + 1, min(len(lowered), at + BEHIND_REACH)):
        if lowered[k] in _AIM_VERBS:
            return k
        if lowered[k] in BREAK_TOKENS or lowered[k] in AUXILIARIES:
            return at
    return at


def _anothers_attitude(scan: SentenceScan, author_names: frozenset[str]) -> bool:
    """'Seoul has been critical of the tolls', 'the board was rather cool and even hostile toward the plan':
    an attitude the sentence tells of someone it names (after a copula, with no modal), theirs, not the writer's
    verdict on the thing; the writer's own is in the first person ("We are critical of...")."""
    lowered = scan.lowered
    if _ATTITUDES.isdisjoint(lowered):
        return False
    for k in range(1, len(lowered) - 1):
        if lowered[k] not in _ATTITUDES or not _toward(lowered[k], lowered[k + 1]) or scan.kinds[k] not in MAIN_KINDS:
            continue
        copula = next((j for j in range(k - 1, max(0, k - 1 - ATTITUDE_REACH), -1)
                       if lowered[j] in _BE or lowered[j] in _TURNING), None)
        if copula is None or lowered[copula] == "be" or not MODALS.isdisjoint(lowered[:copula]):
            return False    # ("Japan was right to be wary of...": the writer's verdict on a stance taken)
        subject = scan.raw[:copula]
        return not (any(map(is_first_person, subject)) or _is_author(subject, author_names))
    return False


def _anothers_expression(scan: SentenceScan, author_names: frozenset[str]) -> bool:
    """'Abe expressed concern about the tests', 'she voiced a warm attitude toward the ferry plan': a feeling
    or an attitude someone is told to have voiced is theirs; the writer's own is in the first person ("We
    expressed our concern"). Only in the main clause: "When Xi expressed China's willingness to..., my frank
    opinion was..." gives the writer's view."""
    raw, lowered = scan.raw, scan.lowered
    if _VOICING.isdisjoint(lowered):
        return False        # (most sentences)
    for k in range(1, len(lowered) - 1):
        if lowered[k] not in _VOICING or (scan.kinds[k] not in MAIN_KINDS and not (
                lowered[k].endswith("ing") and lowered[k - 1] == "," and not scan.found["prescription"])) \
                or _in_the_writers_frame(scan, k):
            continue        # (", voicing deep concern about the tolls": the main clause's subject voiced it, unless
            #                 the writer calls for it: "Tokyo must protest, expressing its concern")
        if lowered[k] in _PASSING_ON and (
                lowered[k - 1] in NOUN_MARKERS or lowered[k - 1] in _PREPOSITION_BEFORE_PARTICIPLE
                or lowered[k - 1].endswith(("'s", "\u2019s"))
                or (lowered[k].endswith("ing") and lowered[k - 1] != "," and lowered[k - 1] not in _BE)):
            continue        # ("their shared concerns", "a list of shared worries": a participle as an adjective;
            #                 "nuclear sharing would alarm the towns": a noun)
        # (a few words between: "expressed a positive attitude", "voiced deep concern")
        if _EXPRESSED_STANCES.isdisjoint(lowered[k + 1:k + 1 + VOICED_REACH]):
            continue
        if lowered[k] == "share" and (_WORRIES_VOICED.isdisjoint(lowered[k + 1:k + 1 + VOICED_REACH])
                                      or lowered[k - 1] in _MODALS_AND_TO):
            continue        # ("The mayors share concerns about the tolls" voices them; "they share a common
            #                 interest" tells what they have in common, the writer's account, and "All towns
            #                 should share concerns" calls for it)
        opens = max((j + 1 for j in range(k) if lowered[j] in CLAUSE_MARKS), default=0)
        subject = raw[opens:k]      # ("Without naming any terms, she voiced...": after the comma)
        if lowered[k].endswith("ing"):
            subject = raw[:min(scan.first_verb, k)]     # (the participle's subject is the main clause's)
        return bool(subject) and not (any(map(is_first_person, subject)) or _is_author(subject, author_names))
    return False


VOICED_REACH = 4        # "expressed a more positive attitude"


def _anothers_naming(scan: SentenceScan, author_names: frozenset[str]) -> bool:
    """'The union called the closure a grave threat', 'the minister described the toll as unfair': a name someone
    gives a thing is their judgement of it; the writer's own is in the first person ("I call it a mistake"). Only
    when the sentence's judging words all come after the naming verb: "Rightly, the mayor called it reckless"
    judges the naming too."""
    raw, lowered, polar = scan.raw, scan.lowered, scan.found["polar"]
    if (_NAMING.isdisjoint(lowered) and _REGARDING_IN_PASSING.isdisjoint(lowered)
            and _STANCE_TOWARD.isdisjoint(lowered) and _NAMING_BASE.isdisjoint(lowered)) or not polar:
        return False        # (most sentences)
    for k in range(1, len(lowered) - 2):
        if lowered[k] in _REGARDING_IN_PASSING and "as" in lowered[k + 2:k + NAMING_REACH]:
            pass            # "The board kept the toll, viewing the ferry as a luxury": how the subject sees it
        elif lowered[k] in _STANCE_TOWARD and lowered[k - 1] not in _NOT_NAMING_BEFORE and _every_cue_after(
                scan, k - 1) and not any(map(is_first_person, raw)):
            pass            # "The town appreciates the board's decision to treat the storm threat as...": what the
            #                 town welcomes, judging words and all, is the town's view (no call of the writer's before)
        elif lowered[k] in _NAMING_BASE and lowered[k + 1] not in _NOT_NAMING_AFTER and lowered[k - 1] not in (
                _NOT_NAMING_BEFORE | _MODALS_AND_TO) and _every_cue_after(scan, k - 1):
            pass            # "Her critics call this a recipe for a toll war": the plural's naming, theirs
        elif lowered[k] not in _NAMING or lowered[k + 1] in _NOT_NAMING_AFTER or (
                lowered[k] in _DISMISSING and not _naming_as(lowered, k)) or (
                lowered[k - 1] in _NOT_NAMING_BEFORE and lowered[k - 1] not in _NAMERS_BEFORE) or (
                lowered[k - 1] in _PASSIVE_ADVERBS and k > 1 and lowered[k - 2] in _BE):
            continue        # ("called for", "called on", "is called", "the so called"): a call, a passive, an adjective
        participle = lowered[k].endswith("ing")
        # (the means of the main clause's subject: "The board has stoked fears by describing the ferry as a threat")
        means = participle and lowered[k - 1] == "by" and scan.kinds[k] in MAIN_KINDS and scan.first_verb < k - 1
        if participle and not means and (lowered[k - 1] != "," or k < 2 or scan.kinds[k - 2] not in MAIN_KINDS):
            continue        # ("With the board describing the ferry as an asset, the fear has receded": a circumstance;
            #                 "A mayor who shuts the pier, calling it reckless, is...": the subject's aside)
        first = k if lowered[k] in _STANCE_TOWARD else k + 1     # (a verb of stance is a judging word itself)
        reach = min(_words_on(lowered, k, NAMING_REACH), clause_at(scan.clauses, k).end - 1)
        # (a naming in a relative clause is the antecedent's: "a declaration that proclaimed the pact to be the
        # bedrock of peace"; the judging words all follow it)
        if not (scan.kinds[k] in MAIN_KINDS or participle or (lowered[k - 1] in _NAMERS_BEFORE and scan.kinds[k] in _RELATIVE_KINDS)) \
                or lowered[k + 1] in AUXILIARIES \
                or not all(first <= m[0] <= reach for m in polar):
            continue        # (every judging word is in what is named: not "the act he described is finished", nor
            #                 "what Seoul calls a pier confirms the threat")
        opens = max((j + 1 for j in range(k) if lowered[j] in CLAUSE_MARKS), default=0)
        if "what" in lowered[opens:k]:
            continue        # ("what the port calls a drill": a name quoted in passing, not a judgement given)
        subject = raw[:min(scan.first_verb, k)] if participle else raw[opens:k]
        return bool(subject) and not (any(map(is_first_person, subject)) or _is_author(subject, author_names))
    return False


NAMING_REACH = 14       # "called the closure of the old ferry pier a grave threat", "called the deal between Ann Lee
#                         and Bo Kim a "failure"
_NAMERS_BEFORE = frozenset("that which who".split())
def _a_line_of_thought_goes(raw: list[str], lowered: list[str]) -> bool:
    """'The thinking goes that...', 'So the argument goes, ...', 'the logic goes like this': a line of thought the
    writer sets out as others' ("my thinking goes" is the writer's own)."""
    return any(w == "goes" and k and lowered[k - 1] in _LINES_OF_THOUGHT and not any(map(is_first_person, raw[:k]))
               for k, w in enumerate(lowered))


_LINES_OF_THOUGHT = frozenset("thinking argument logic reasoning theory story thought line narrative".split())
# the people a poll asks, named in a subject: their answers are theirs
_POLLED = frozenset("respondents respondent polled surveyed interviewees".split())
# ("a declaration that proclaimed...": "that" straight before the verb opens a relative clause, though after a noun
# that can hold a proposition the clause splitter takes it for the noun's content)
_RELATIVE_KINDS = frozenset(("relative", "content"))
_INSIDE_A_NAME = frozenset(".-")


def _words_on(lowered: list[str], k: int, words: int) -> int:
    """The index of the token `words` tokens after k, the dots and hyphens inside a name not counted ("the U.S.-Japan
    pact" is five tokens so counted, and eight in all); commas and quotation marks count, as a clause may follow."""
    for j in range(k + 1, len(lowered)):
        if lowered[j] not in _INSIDE_A_NAME:
            words -= 1
            if words == 0:
                return j
    return len(lowered)
# ("the mayor dismissed the claims as groundless", "dismissed as groundless the claims that"; only with its "as": "the
# mayor dismissed the harbour master" names nothing)
_DISMISSING = frozenset("dismissed dismisses".split())


def _naming_as(lowered: list[str], verb: int) -> bool:
    """Whether the "as" of a naming follows a verb of dismissing at `verb`, right after it or after its object's few
    words ("dismissed the claims as groundless"): not "as soon as", "as well as", "such as"."""
    at = next((k for k in range(verb + 1, min(len(lowered) - 1, verb + 1 + DISMISSED_OBJECT_WORDS)) if lowered[k] == "as"),
              None)
    return at is not None and lowered[at + 1] not in _NOT_A_NAMING_AS and lowered[at + 1:at + 3] != ["a", "result"] \
        and lowered[at - 1] not in _NOT_BEFORE_A_NAMING_AS and all(word[:1].isalpha() for word in lowered[verb + 1:at])


_NOT_A_NAMING_AS = frozenset("soon well long much far if though part".split())     # ("as part of", "as soon as")
_NOT_BEFORE_A_NAMING_AS = frozenset("such as just even".split())                     # ("just as the pact failed")
DISMISSED_OBJECT_WORDS = 6      # "dismissed the harbour board's latest claims as"
_NAMING = frozenset("called calls calling dubbed dubs labelled labeled labels branded brands termed described "
                    "describes describing characterized characterised characterizes characterises portrayed "
                    "portrays defined defines proclaimed proclaims viewed views".split()) | _DISMISSING
_REGARDING_IN_PASSING = frozenset("viewing regarding seeing".split())     # only as a participle set off by a comma
# verbs of a stance taken toward a thing, told of someone
_STANCE_TOWARD = frozenset("welcomes welcomed appreciates appreciated praises praised hails hailed applauds applauded "
                           "lauds lauded commends commended condemns condemned denounces denounced deplores deplored "
                           "criticizes criticized criticises criticised".split())
_NOT_NAMING_AFTER = frozenset("for on upon off in out up back".split())
# the base forms, after a plural subject ("critics call this..."; not "to call", "would call", "we call")
_NAMING_BASE = frozenset("call label brand dub".split())     # (not "term": "in the long term")
_NOT_NAMING_BEFORE = _BE | NOUN_MARKERS | frozenset(("so", "been", "being"))
_PASSIVE_ADVERBS = frozenset("best fairly accurately only rightly".split())     # "is best described as": a passive


def _toward(attitude: str, following: str) -> bool:
    return following in ("toward", "towards", "about") or (following == "of" and attitude in _ATTITUDES_OF) or (
        following == "to" and attitude in _ATTITUDES_TO)


_ATTITUDES_OF = frozenset("critical sceptical skeptical wary supportive favourable favorable".split())
_ATTITUDES_TO = frozenset("hostile opposed sympathetic receptive indifferent favourable favorable".split())
_ATTITUDES = _ATTITUDES_OF | _ATTITUDES_TO | frozenset("negative positive enthusiastic lukewarm cool".split())
ATTITUDE_REACH = 5      # the copula before it: "was rather cool and even hostile toward"
# or a verb of becoming or staying: "China became positive about holding talks", "Seoul remained cool toward"
_TURNING = frozenset("became become becomes grew grown remained remains".split())


def _holders_perceive(lowered: list[str]) -> bool:
    """'But many see the port's decline as settled', 'Critics in the council view the ferry as a luxury': a view the
    sentence gives to people it names by kind, with a verb of seeing or regarding (not a reporting verb)."""
    opener = 1 if lowered and lowered[0] in _SENTENCE_LINKS else 0
    if len(lowered) <= opener + 1 or lowered[opener] not in _HOLDERS:
        return False
    verb = next((k for k in range(opener + 1, min(len(lowered), opener + 1 + HOLDER_VERB_REACH))
                 if lowered[k] in _HOLDERS_REGARDING or lowered[k] in AUXILIARIES or lowered[k] in BREAK_TOKENS), None)
    if verb is not None and _come_to(lowered, verb):
        verb += 3       # "many in the West have come to view the pact as a threat": the holders' own view still
    return verb is not None and verb < len(lowered) and lowered[verb] in _HOLDERS_REGARDING


def _past_an_opening_time(lowered: list[str], start: int) -> int:
    """Where the subject starts after a short phrase of time set off by a comma at `start` ("Until now,", "For
    decades,", "Since 2016,"); `start` where there is none."""
    if start >= len(lowered) or lowered[start] not in _TIME_OPENERS:
        return start
    comma = next((k for k in range(start + 1, min(len(lowered), start + 1 + TIME_PHRASE_WORDS)) if lowered[k] == ","),
                 None)
    if comma is None or any(t in AUXILIARIES or t in _REGARDING for t in lowered[start:comma]):
        return start
    return comma + 1


_TIME_OPENERS = frozenset("until since for in over after before during throughout".split())
TIME_PHRASE_WORDS = 5       # "Over the past two decades,"


def _come_to(lowered: list[str], at: int) -> bool:
    """A perfect that leads on to a verb of starting and its infinitive ("have come to", "has begun to")."""
    return lowered[at] in _PERFECT and lowered[at + 1:at + 2] != [] and lowered[at + 1] in _INCEPTIVES and \
        lowered[at + 2:at + 3] == ["to"]


def _actor_perceives(raw: list[str], lowered: list[str], author_names: frozenset[str]) -> bool:
    """'The port sees its role in the region declining', 'Westport views the ferry as a rival': how an actor the
    sentence opens on by name sees a thing (its object then "as" or an -ing form), theirs, not the writer's verdict.
    The name may follow a short opening phrase of time ("Until now, Japanese governments have considered the offer
    insufficient")."""
    opener = 1 if lowered and lowered[0] in _SENTENCE_LINKS else _after_a_concession(lowered)
    timed = _past_an_opening_time(lowered, opener)
    if timed != opener and _CONSIDERING.isdisjoint(lowered[timed:timed + HOLDER_VERB_REACH + 2]):
        timed = opener      # (after a time, only "considered" and "deemed" are read: "Over the decade, the town has
        #                     seen its ferry decline as tolls rose" tells what happened)
    opener = timed
    verb = next((k for k in range(opener + 1, min(len(lowered), opener + 1 + HOLDER_VERB_REACH))
                 if lowered[k] in _REGARDING or lowered[k] in AUXILIARIES or lowered[k] in BREAK_TOKENS), None)
    through_auxiliary = False
    if verb is not None and lowered[verb] in AUXILIARIES and lowered[verb] not in MODALS:
        # "Westport has long seen the ferry as a rival", "the mayor does not see the tolls as a problem": past an
        # auxiliary, a negation or an adverb, only with "as" after the object
        k = next((k for k in range(verb + 1, min(len(lowered), verb + 4))
                  if lowered[k] not in _BETWEEN_AUXILIARY_AND_VERB and not lowered[k].endswith("ly")), None)
        if k is not None and (lowered[k] in _REGARDING or lowered[k] == "seen"):
            verb, through_auxiliary = k, True
    # (after a concession the subject may be in lower case: "Costly as it is, the harbour board sees...")
    if verb is None or (lowered[verb] not in _REGARDING and not through_auxiliary) or not (
            raw[opener][:1].isupper() or opener > 1) or lowered[opener] in ("it", "this", "that", "these", "those") or any(
            map(is_first_person, raw[opener:verb])) or _is_author(raw[opener:verb], author_names) or "that" in lowered[
                opener:verb] or not RELATIVES.isdisjoint(lowered[opener:verb]):
        # ("A mayor who sees the ferry as a rival is now closing the pier": the main verb comes later)
        return False
    if lowered[verb] in _CONSIDERING and verb + 1 < len(lowered) and lowered[verb + 1][:1].isalpha() and not (
            lowered[verb - 1].endswith("ly") or lowered[verb - 1] in NOUN_MARKERS):
        return True     # "The port considered that too high a price": its judgement, with no "as" needed
    for k in range(verb + 2, min(len(lowered), verb + 2 + PERCEIVED_REACH)):
        if lowered[k] in BREAK_TOKENS or lowered[k] in AUXILIARIES:
            return lowered[k - 1].endswith("ing") and k - 1 > verb + 1 and not through_auxiliary
        if lowered[k] == "as":
            return True
    return False


_CONSIDERING = frozenset("considers considered deems deemed".split())


_BETWEEN_AUXILIARY_AND_VERB = frozenset("not n't long always never also often".split())
PERCEIVED_REACH = 12    # "sees its role and importance in this part of the world declining"


def _after_a_concession(lowered: list[str]) -> int:
    """Where the main clause starts after an opening concession set off by a comma ("Important as the ferries
    are, ...", "Though the pier is old, ..."); 0 where the sentence opens on its main clause."""
    if len(lowered) < 4 or not (lowered[0] in _CONCEDING or (lowered[1] == "as" and lowered[0].isalpha() and (
            lowered[0] not in NOUN_MARKERS and lowered[0] not in _SENTENCE_LINKS))):
        return 0
    comma = next((k for k in range(2, min(len(lowered), CONCESSION_REACH)) if lowered[k] in BREAK_TOKENS), None)
    return comma + 1 if comma is not None and lowered[comma] == "," else 0


_CONCEDING = frozenset("although though while whereas".split())
CONCESSION_REACH = 14   # "Important as the two smaller ports along the northern coast are to the ferry,"


def _anothers_stated_need(raw: list[str], lowered: list[str], author_names: frozenset[str]) -> bool:
    """'The mayor spoke to the council, stressing the need for new piers', 'the two mayors agreed on the need to
    reopen the ferry': a need someone stated or agreed on is theirs; the writer's own is in the first person ("We
    stress the need to...")."""
    for k in range(1, len(lowered) - 2):
        if lowered[k] in _WARNING_OF:
            # ("The secretary has warned the town of the need to open its records": past the one warned)
            of = next((j for j in range(k + 1, min(len(lowered) - 2, k + 1 + WARNED_REACH)) if lowered[j] == "of"), None)
            if of is not None and _a_need_named(lowered, of + 1):
                subject = raw[:k]
                return not (any(map(is_first_person, subject)) or _is_author(subject, author_names))
            continue
        if lowered[k] not in _STATING_A_NEED or (k == 1 and lowered[0] in _OPENING_A_PHRASE):
            continue    # ("In discussing the need to act, we...", "Having discussed the need for a pier, I...")
        at = k + 1 + (lowered[k + 1] == "on")
        if _the_text_says(lowered, k) or _a_thing_shows(lowered, k):
            continue    # ("This essay has stressed the need for a new pier", "This crisis underscores the need":
            #             the writer's text, or the writer's inference from what happened)
        if lowered[k] in _DISCUSSING:
            if not _TEXTS_DISCUSSING.isdisjoint(lowered[:k]):
                continue    # ("This essay has discussed the need for a new pier": the writer's text)
            # (what was discussed may be listed before the need, within the list: "with both discussing the issue of
            # tariffs and the need to work jointly"; not "discussed the tolls, and the need to cut them is obvious")
            listed = next((j for j in range(at, min(len(lowered) - 2, at + LISTED_REACH))
                           if lowered[j] in (",", ";", ":") or (lowered[j] == "and" and _a_need_named(lowered, j + 1))),
                          None)
            if listed is not None and lowered[listed] == "and":
                at = listed + 1
        if not _a_need_named(lowered, at, weighty=_the_whole_sentence_states(lowered, k)):
            continue
        subject = raw[:k]
        return not (any(map(is_first_person, subject)) or _is_author(subject, author_names))
    return False


def _the_whole_sentence_states(lowered: list[str], verb: int) -> bool:
    """Whether the stating verb at `verb` opens the sentence's only clause: no break, "but", "though" or "while" before
    it or after it ("The ferry is failing, though officials stressed the vital role of the pier" is the writer's)."""
    return not any(w in _STATED_CLAUSE_BREAKS for w in lowered[:verb]) and \
        not any(w in _STATED_CLAUSE_BREAKS - {","} for w in lowered[verb:])


_STATED_CLAUSE_BREAKS = frozenset((",", ";", ":", "but", "though", "although", "while", "whereas", "yet"))


def _a_need_named(lowered: list[str], at: int, *, weighty: bool = False) -> bool:
    """Whether a need or an importance is named from token `at`: "the need", "the importance", "the necessity", with
    up to NEED_DEGREES words of degree between ("the vital importance", "the most urgent need"), or, where `weighty`
    (the stating clause is the whole sentence), a thing named as weighty ("the important connection between...",
    "the vital role of the pier")."""
    if lowered[at:at + 1] != ["the"]:
        return False
    for k in range(at + 1, min(len(lowered), at + 2 + NEED_DEGREES)):
        if lowered[k] in _NEEDS_NAMED or (weighty and lowered[k] in _WEIGHTY and lowered[k + 1:k + 2] != []
                                          and lowered[k + 1].isalpha()):
            return True
        if lowered[k] not in _NEED_DEGREES:
            return False
    return False


_NEEDS_NAMED = frozenset("need importance necessity".split())
_WEIGHTY = frozenset("important crucial vital essential indispensable".split())
_NEED_DEGREES = frozenset("vital urgent pressing critical crucial overriding paramount great greater growing real "
                          "clear absolute utmost fundamental continued continuing continuous enduring strategic "
                          "most very".split())
NEED_DEGREES = 2        # "the most urgent need" at most


def _subject_head(lowered: list[str], verb: int) -> int:
    """The index of the word just before a verb and the auxiliaries or adverbs before it ("This essay has also
    stressed": "essay"); -1 at the sentence start."""
    k = verb - 1
    while k >= 0 and (lowered[k] in _AUXILIARY_CHAIN or lowered[k] in _ADVERBS_BEFORE_A_VERB):
        k -= 1
    return k


_ADVERBS_BEFORE_A_VERB = frozenset("also again already once repeatedly rightly".split())


def _the_text_says(lowered: list[str], verb: int) -> bool:
    """'This essay has stressed the need...', 'As noted above, this stresses...': the writer's own text, named as
    the head of the verb's subject (not "this week, the two leaders noted", "the mayor, in a column, stressed")."""
    head = _subject_head(lowered, verb)
    return head >= 0 and lowered[head] in _TEXTS_DISCUSSING


def _a_thing_shows(lowered: list[str], verb: int) -> bool:
    """'The storm highlights the urgent need...', 'The war in Ukraine has highlighted the need...', 'This crisis
    underscores...': what an event or a thing shows is the writer's inference from it, in any tense; its subject
    names the event or thing within a few words of the verb, with no comma between (a person's stating, "the mayor
    stressed", "the two leaders noted", is theirs)."""
    if not lowered[verb].startswith(_SHOWING_VERBS):
        return False
    head = _subject_head(lowered, verb)
    subject = lowered[max(0, head + 1 - THING_REACH):head + 1]
    if "," in subject:
        subject = subject[len(subject) - subject[::-1].index(","):]
    return bool(subject) and (subject[-1] in _THING_SUBJECTS or not _THINGS_THAT_SHOW.isdisjoint(subject))


THING_REACH = 5         # "The crisis on the Korean peninsula highlights": the thing heads a phrase of a few words
_THINGS_THAT_SHOW = frozenset("crisis crises storm war wars pandemic episode incident events event attack attacks test "
                              "tests launch launches summit collapse experience case record data figures numbers history "
                              "invasion conflict dispute standoff election vote disaster disasters earthquake flood "
                              "outbreak shock accident accidents clash clashes tension tensions".split())


_WARNING_OF = frozenset("warned warning warns reminded reminding reminds".split())
WARNED_REACH = 5        # "warned the government in Canberra of the need"
_STATING_A_NEED = frozenset("stressed stressing stresses emphasized emphasizing emphasizes emphasised emphasising "
                            "emphasises highlighted highlighting highlights underscored underscoring underscores "
                            "agreed agreeing reaffirmed reaffirming noted noting cited citing "
                            # ("The communique confirmed the need to dredge the channel": the communique's call)
                            "confirmed confirming confirms "
                            # ("The two ports discussed the need to..." : the ports' call)
                            "discussed discussing discusses".split())
_DISCUSSING = frozenset("discussed discussing discusses".split())
_OPENING_A_PHRASE = frozenset("in when while after before by having".split())
_TEXTS_DISCUSSING = frozenset("essay article section chapter paper piece column this above previous".split())
LISTED_REACH = 8        # "discussing the issue of US tariffs and the need": what is listed before the need


def _widely_felt(lowered: list[str]) -> bool:
    """'Across the region, there is growing concern about the tolls': a feeling the sentence finds in others, as
    "it is argued that" finds an argument; the writer's own would say "I am concerned"."""
    if "there" in lowered[:FELT_REACH]:
        at = lowered.index("there")
    else:
        # (or right after a longer opening phrase: "After a long and stormy winter on the northern coast, there
        # is a growing concern about the ferry")
        comma = next((k for k in range(len(lowered) - 1) if lowered[k] == ","), None)
        if comma is None or lowered[comma + 1] != "there":
            return False
        at = comma + 1
    verb = at + 1 + 2 * (lowered[at + 1:at + 2] in (["seems"], ["appears"], ["seemed"], ["appeared"])
                         and lowered[at + 2:at + 4] == ["to", "be"])     # ("there seems to be broad consensus")
    rest = lowered[verb:verb + 5]      # ("there is now a wide recognition")
    if not rest or rest[0] not in ("is", "are", "was", "were", "has", "have", "had", "be"):
        return False
    feeling = next((k for k, w in enumerate(rest[1:], start=1)
                    if w in FEELING_NOUNS or w in _VIEWS_FOUND or w in _FELT_BY_SOME), None)
    if feeling is None or not all(w in _SPREAD or w in ("been", "a", "an") for w in rest[1:feeling]):
        return False
    following = verb + 1 + feeling      # (the word after the feeling: what it is about, or whose it is)
    if rest[feeling] in _FELT_BY_SOME:
        # (hope found in the past is others', held before: "there had been hopes that the talks would lead to a
        # breakthrough"; "there is hope that..." may be the writer's own)
        return following < len(lowered) and (lowered[following] in _FELT_AMONG or (
            rest[0] in _PAST_BE_OR_HAD and lowered[following] == "that"))
    return following >= len(lowered) or lowered[following] in _FELT_ABOUT


def _subject_after_a_saying_opening(raw: list[str], lowered: list[str]) -> list[str] | None:
    """The first words after an opening participle of saying and its that-clause ("Noting that the port has broken
    the pact, the mayor ..."), when they name someone; None otherwise ("Noting that..., it is clear that..." is the
    writer's inference)."""
    if lowered[1:2] != ["that"] and lowered[1:3] != ["out", "that"]:
        return None
    comma = next((k for k in range(2, len(lowered) - 1) if lowered[k] == ","), None)
    if comma is None or lowered[comma + 1] in _NO_SAYER:
        return None
    # a verb of saying must follow the subject ("..., the mayor said"): "Insisting that every town join the pact
    # leaves the islands, ..." opens on a gerund, the subject of its own sentence
    verb = next((k for k in range(comma + 2, min(len(lowered), comma + 2 + SAYER_WORDS)) if lowered[k] in _SAID), None)
    return None if verb is None else raw[comma + 1:verb]


_SAYING_PARTICIPLES = frozenset("noting saying arguing stressing insisting warning claiming pointing emphasizing "
                                "emphasising explaining acknowledging adding asserting".split())
_NO_SAYER = frozenset("it this that there these those such".split())
SAYER_WORDS = 4     # "the harbour board's chair"
_SAID = frozenset("said says told tells argued argues warned warns added adds stressed stresses insisted insists claimed "
                  "claims wrote writes declared declares announced announces explained explains urged urges".split())


def _of_concern_to_others(raw: list[str], lowered: list[str], author_names: frozenset[str]) -> bool:
    """'This is of obvious concern to the ferry towns, which...': a concern the sentence gives to those it names
    after "to" is theirs ("of concern to us" is the writer's)."""
    if FEELING_NOUNS.isdisjoint(lowered) or "to" not in lowered:
        return False        # (most sentences: one C-level test)
    for k in range(1, len(lowered) - 2):
        if lowered[k] in FEELING_NOUNS and lowered[k + 1] == "to" and "of" in lowered[max(0, k - 3):k]:
            holder = raw[k + 2:k + 2 + CONCERN_HOLDER_WORDS]
            # (not in a relative clause, "issues which are of common concern to all", nor a concern of everyone's)
            return _RELATIVES.isdisjoint(lowered[:k]) and lowered[k + 2] not in _EVERYONE and not any(
                map(is_first_person, holder)) and not _is_author(holder, author_names)
    return False


CONCERN_HOLDER_WORDS = 3    # "to the ferry towns"
_RELATIVES = frozenset("which who whom whose".split())
_EVERYONE = frozenset("all everyone everybody both each".split())


def _a_tone_struck(raw: list[str], lowered: list[str]) -> bool:
    """'The ferry board's negotiator struck an optimistic tone': the tone someone strikes is theirs (not the
    writer's: "we struck a hopeful note" is)."""
    if _STRIKING.isdisjoint(lowered):
        return False
    k = next(k for k, word in enumerate(lowered) if word in _STRIKING)
    return k > 0 and not _TONES.isdisjoint(lowered[k + 1:k + 1 + TONE_REACH]) and not any(map(is_first_person, raw[:k]))


_STRIKING = frozenset("struck strikes".split())     # (not "striking": "the most striking note in the report")
_TONES = frozenset("tone note tones notes".split())
TONE_REACH = 4      # "struck a cautiously optimistic tone"


def _stirred_in_others(lowered: list[str]) -> bool:
    """'The pact had raised anxiety among the ferry towns that it would cost them the pier': a feeling the sentence
    says was stirred among others, with what they feel after "that", is theirs (with no turn to the writer's own:
    "..., but it has proved a boon")."""
    if "that" not in lowered or _STIRRING.isdisjoint(lowered) or not _TURNS_BACK.isdisjoint(lowered):
        return False
    for k in range(1, len(lowered) - 2):
        if (lowered[k] in FEELING_NOUNS or lowered[k] in _FELT_BY_SOME) and lowered[k + 1] in _FELT_AMONG and \
                "that" in lowered[k + 2:k + 2 + STIRRED_REACH] and not _STIRRING.isdisjoint(lowered[max(0, k - 3):k]):
            return True
    return False


STIRRED_REACH = 6       # "among certain parties in the farm lobby that"
_STIRRING = frozenset("raised raising stirred stirring sparked sparking fuelled fueled fuelling fueling caused causing "
                      "created creating triggered triggering provoked provoking prompted prompting aroused arousing "
                      "heightened heightening".split())
_TURNS_BACK = frozenset("but yet however".split())


def _a_holders_concern(scan: SentenceScan, author_names: frozenset[str]) -> bool:
    """'The visit reflects growing Westport concerns about the tolls', 'It answers the board's fears of a strike': the
    sentence's only judging words are feelings it gives a holder named just before them (a possessive or a name),
    theirs, not the writer's verdict ("our concern" is the writer's; "The board's fears are overblown" judges them)."""
    polar = scan.found["polar"]
    if not polar or scan.found["prescription"] or scan.found["commitment"] or scan.found["prediction"]:
        return False
    raw, lowered = scan.raw, scan.lowered
    if any(map(is_first_person, raw)):
        return False        # ("Nor do I share the board's worry", "I take the Westport worries seriously")
    for start, length, _, _ in polar:
        if length != 1 or lowered[start] not in FEELING_NOUNS or (
                start + 1 < len(lowered) and lowered[start + 1] not in _AFTER_A_FEELING_NOUN):
            return False    # (a verb: "the second lesson concerns the ferry")
        k = start - 1
        while k >= 0 and lowered[k] in _SPREAD:
            k -= 1      # "growing", "deep"
        if k >= 0 and lowered[k] in _POINTING_BACK:
            continue    # "One sign that such worries are turning into action is...": feelings told before, theirs
        if lowered[start + 1:start + 2] == ["for"] and not _CONCERNED_PEOPLE.isdisjoint(
                lowered[start + 2:start + 2 + HOLDER_AFTER_FOR_REACH]) and lowered[max(0, start - 2):start] not in (
                    ["cause", "for"], ["source", "of"], ["reason", "for"]):
            continue    # "makes it a priority concern for Japan's military planners": the planners' concern ("has
            #             become a cause for concern for allies" is the writer's verdict on what causes it)
        if _held_by_the_one_named_first(raw, lowered, start):
            continue    # "For Australia, the concerns are over trade dependency": Australia's
        if k < 0 or _is_author([raw[k]], author_names) or lowered[k] in NOUN_MARKERS:
            return False
        possessive = lowered[k] in THIRD_POSSESSIVES or raw[k].endswith(POSSESSIVE_ENDINGS)
        # ("echoes traditional progressive concerns about the tolls": a camp's feelings, named by its adjective)
        # (a camp's feelings the writer dismisses or endorses are the writer's verdict: "Progressive concerns ... are
        # overblown", "... are legitimate")
        camp = lowered[k] in _CAMPS and dismissed_worry(lowered) is None and not _endorsed(lowered, start)
        if not (possessive or camp or (k > 0 and raw[k][:1].isupper() and raw[k - 1] not in BREAK_TOKENS)):
            return False    # ("the concerns about the tolls": nobody named; "LIN: That worries...": a speaker)
    return True


def _endorsed(lowered: list[str], feeling: int) -> bool:
    """Whether a copula after the feeling at `feeling` gives it a word of endorsement ("are legitimate", "are well
    founded"): the writer's verdict on it."""
    copula = next((k for k in range(feeling + 1, len(lowered)) if lowered[k] in COPULAS), None)
    return copula is not None and not _ENDORSING_A_FEELING.isdisjoint(
        lowered[copula + 1:copula + 1 + ENDORSEMENT_REACH])


_ENDORSING_A_FEELING = frozenset("legitimate real valid justified understandable warranted founded reasonable "
                                 "serious well-founded".split())
ENDORSEMENT_REACH = 3       # "are entirely well founded"
# (not "public" or "business": "legitimate public concerns" may be the writer's own, "business concerns" are firms)
_CAMPS = frozenset("progressive conservative liberal populist nationalist leftist left-wing right-wing hawkish dovish "
                   "environmentalist".split())


_POINTING_BACK = frozenset("such these those".split())


def _held_by_the_one_named_first(raw: list[str], lowered: list[str], feeling: int) -> bool:
    """'For Australia, the concerns are over...', 'For Seoul's planners, the main worry is...': an opening "For" and
    a name set off by a comma, then the feeling as the subject: the feeling is the one named's (the sentence has no
    first person: the caller asks)."""
    if lowered[:1] != ["for"]:
        return False
    comma = next((k for k in range(2, min(len(lowered), FOR_HOLDER_REACH)) if lowered[k] == ","), None)
    return comma is not None and raw[1][:1].isupper() and 0 < feeling - comma <= FEELING_AFTER_COMMA


FOR_HOLDER_REACH = 6        # "For Japan's military planners,"
FEELING_AFTER_COMMA = 4     # ", the main concern"
_CONCERNED_PEOPLE = frozenset("planners officials leaders policymakers governments government diplomats strategists "
                              "investors businesses companies firms allies neighbours neighbors residents".split())
HOLDER_AFTER_FOR_REACH = 4      # "for Japan's military planners"
_AFTER_A_FEELING_NOUN = frozenset("about over of regarding at that for were are was is have has had and , . ; :".split())


def _feelings_arising(lowered: list[str]) -> bool:
    """'Concerns have been raised in the harbour towns that...', 'Fears are growing that...', 'Strategic worries over
    the tolls have emerged': feelings the sentence tells as arising in others, the subject of a verb of arising or
    voicing; the writer's own would say "I am concerned" ("Concerns about the tolls are justified" judges them)."""
    opener = 1 if lowered and lowered[0] in _SENTENCE_LINKS else 0
    # (after an opening phrase set off by a comma: "Among the skippers, concern is growing that...")
    comma = next((k for k in range(opener + 1, min(len(lowered), opener + OPENING_PHRASE_WORDS)) if lowered[k] == ","),
                 None)
    if comma is not None and all(w[:1].isalpha() and not is_first_person(w) for w in lowered[opener:comma]):
        opener = comma + 1
    feeling = next((k for k in range(opener, min(len(lowered), opener + ARISING_SUBJECT_WORDS))
                    if lowered[k] in FEELING_NOUNS or lowered[k] in _VIEWS_ARISING), None)
    if feeling is None or not all(w[:1].isalpha() and w not in AUXILIARIES and w not in FIRST_PERSON
                                  for w in lowered[opener:feeling]):
        return False        # ("My concerns have grown": the writer's own)
    # between the feeling and its verb: auxiliaries and adverbs, or a phrase saying what it is about ("concerns over
    # the tolls"); not a clause of someone's ("The worry I voiced in 2016...", "the fears many of us voiced")
    about = feeling + 1 < len(lowered) and lowered[feeling + 1] in _FEELING_OBJECTS_OF
    for previous, word in zip(lowered[feeling:], lowered[feeling + 1:feeling + 1 + ARISING_REACH]):
        if word in _ARISING and (not word.endswith("ing") or previous in _ARISING_AUXILIARIES):
            return True     # ("concerns about the rising threat underline...": an -ing after no auxiliary qualifies)
        if word in BREAK_TOKENS or word in FIRST_PERSON or (word in AUXILIARIES and word not in _ARISING_AUXILIARIES) \
                or not (about or word in _ARISING_AUXILIARIES or word in _ARISING_ADVERBS):
            return False
    return False


OPENING_PHRASE_WORDS = 8    # "Among the skippers of the northern ferry towns,"
ARISING_SUBJECT_WORDS = 3   # "Concerns", "Strategic concerns", "Growing strategic concerns": two words before at most
ARISING_REACH = 8           # "concerns over the port's growing reach have emerged"
_ARISING = frozenset("raised voiced aired expressed emerged surfaced grown growing mounted mounting risen rising "
                     "deepened deepening spread spreading resurfaced intensified intensifying "
                     # "Opinions persist that the pier should go", "doubts linger": still held by others
                     "persist persists persisted linger lingers lingered abound abounded".split())
_VIEWS_ARISING = frozenset("opinion opinions voices calls doubts demands".split())    # "Calls have grown for..."
_ARISING_AUXILIARIES = frozenset("have has had are is were was been".split())
_ARISING_ADVERBS = frozenset("already also now long recently increasingly quickly steadily again".split())
_FEELING_OBJECTS_OF = frozenset("over about of in among at for regarding across within on around".split())


# feelings the sentence finds in others only where it says whose they are ("There is hope in Osaka that...": "There
# is hope that..." may be the writer's own)
_FELT_BY_SOME = frozenset("hope hopes optimism pessimism skepticism scepticism suspicion suspicions resentment "
                          "frustration anger".split())
_FELT_AMONG = frozenset("in among across within".split())


_FELT_ABOUT = frozenset("about over that among in across at to .".split())
# "There is a widespread view that...", "...a growing discourse to the effect that...": a view the sentence finds
# held by others, as it finds a feeling
_VIEWS_FOUND = frozenset("view views belief beliefs perception perceptions discourse narrative narratives consensus "
                         "expectation expectations assumption assumptions notion recognition agreement "
                         "acceptance".split())     # ("There is now a wide recognition that...")


_PAST_BE_OR_HAD = frozenset("was were had".split())
FELT_REACH = 8          # "Among the ferry towns of the north coast, there is growing concern"
FEELING_NOUNS = frozenset("concern concerns fear fears worry worries alarm anxiety anxieties unease disquiet "
                       "speculation rumours rumors".split())
_MOTIVES = FEELING_NOUNS | frozenset("frustration frustrations desire desires wish wishes eagerness impatience "
                                     "irritation anger resentment dissatisfaction discontent intention intentions "
                                     "determination ambition ambitions hope hopes".split())
_SPREAD = frozenset("growing mounting increasing rising widespread deep deepening wide broad serious real much "
                    "some also still even now general".split())


_SENTENCE_LINKS = LINKING_OPENERS | {"however", "now"}     # "But many see...", "Now critics regard..."
_REGARDING = frozenset("see sees saw view views viewed regard regards regarded consider considers considered "
                        "deems deemed identify identifies identified".split())     # ("Russia also identifies X as a threat")
# and what people named by kind doubt ("Some others doubt that the talks will work"; after a name, "doubt" may be
# the noun: "the benefit of the doubt that Tanaka asked for")
_HOLDERS_REGARDING = _REGARDING | frozenset("doubt doubts doubted".split())
HOLDER_VERB_REACH = 4   # "Many in Tokyo see", "Some officials in Seoul regard"


def _anothers_views(lowered: list[str], author_names: frozenset[str]) -> bool:
    """'Her views on China are less alarmed than those of many Western commentators.': the views of someone the
    writer writes about, told as such (unless the text makes that pronoun its author)."""
    holder = _POSSESSORS.get(lowered[0])
    return holder is not None and len(lowered) > 1 and lowered[1] in _HELD_VIEWS and \
        holder not in author_names and holder.capitalize() not in author_names


_POSSESSORS = {"her": "she", "his": "he", "their": "they"}
_HELD_VIEWS = frozenset("view views thinking outlook instincts position positions stance point".split())
_NAMED_VIEWS = frozenset("line argument view position claim case thinking reasoning message opinion belief conviction "
                          "contention assessment point".split())
# (not "point": "The point of the pact is that..." names what the pact is for, no holder's view)
_HELD_FEARS = _NAMED_VIEWS - {"point"} | frozenset("concern concerns fear fears worry worries hope hopes views".split())
LINE_REACH = 6          # "The White House line is that", "Beijing's official argument is that"
HOLDER_REACH = 12       # "The concerns of Japan, the United States and Europe are that"


_FEELING_VERBS = frozenset("is was are were remain remains remained seem seems seemed appear appears appeared grew has "
                           "had".split())
_TO_BE = frozenset("to be".split())
FEELING_REACH = 4       # "She is even more alarmed", "He has grown less sure"
FEELER_REACH = 7        # "The harbour board is becoming increasingly alarmed", "Officials in Seoul are worried"
# ("Let's hope that..." opens on the writer and the reader, not on a name)
_NOT_FEELERS = frozenset("it this that there what which who i we nobody no none few let's".split())
_BEING = _FEELING_VERBS - frozenset("grew has had".split())      # a copula before a named subject's feeling
_SURE = frozenset("sure certain".split())     # "is sure to bring": a forecast, no feeling
_FEELING_DEGREES = frozenset("becoming growing getting increasingly more less even deeply very so too rather quite "
                             "now still already also particularly especially equally likewise similarly "
                             "reportedly visibly openly almost nearly largely firmly fully".split())
CLAUSE_MARKS = frozenset(";:,")


def _frames_a_question(lowered: list[str]) -> bool:
    """'The second question was whether I still believe in engaging China.', 'The question now is how...': the
    sentence poses a question (often a reader's or an interviewer's), whose answer comes after; it states none."""
    if _QUESTION_NOUNS.isdisjoint(lowered[:QUESTION_REACH]):
        return False        # most sentences: one set test
    for k, word in enumerate(lowered[:QUESTION_REACH]):
        if word in _QUESTION_NOUNS:
            # (the noun may take a phrase before its verb: "The focus of the mayors' meeting at the pier on Jan. 9 is how...")
            rest = _without_asides(lowered[k + 1:k + 1 + FRAMED_REACH])
            copula = next((j for j, w in enumerate(rest) if w in ("is", "was", "remains") or w in _PHRASE_ENDS), None)
            return copula is not None and rest[copula] not in _PHRASE_ENDS and rest[copula + 1:copula + 2] != [] \
                and rest[copula + 1] in _QUESTION_WORDS
    return False


def _an_indirect_question(lowered: list[str], first_verb: int) -> bool:
    """'You asked what I hope the board will do', 'Several of you have asked me what I would keep', 'Some ask why
    the town should bind itself to the port': the sentence's main verb asks (before any comma, by the first cue or
    auxiliary: what stands before that is the subject), and what follows is the question asked
    (a reader's, an interviewer's, the writer's own), not an answer to it; it states no position."""
    if _ASKING.isdisjoint(lowered[:first_verb + ASKING_REACH]):
        return False        # most sentences: one set test
    for k in range(min(first_verb + ASKING_REACH, len(lowered))):
        if lowered[k] in _CLAUSE_BREAKS:
            return False    # (what a clause before asks is not what the sentence says: "When asked, ...")
        if lowered[k] in _ASKING:
            after = lowered[k + 1:k + 3]
            return bool(after) and (after[0] in _QUESTION_WORDS or (
                after[0] in _ASKED_ONES and after[1:2] != [] and after[1] in _QUESTION_WORDS))
    return False


# the verb that asks, as the main verb ("asked", "have asked", "often ask", "keep asking"), and who is asked
_ASKING = frozenset("ask asks asked asking inquire inquires inquired".split())
_ASKED_ONES = frozenset("me us you him her them".split())
ASKING_REACH = 4        # past the first cue or auxiliary: "have often asked", "will surely ask"
_CLAUSE_BREAKS = frozenset(",;:")


def _without_asides(words: list[str]) -> list[str]:
    """The words without a one-word aside set off by commas ("The key question, then, is who will run the ferry"), which
    breaks no phrase."""
    out, k = [], 0
    while k < len(words):
        if words[k] == "," and k + 2 < len(words) and words[k + 2] == "," and words[k + 1].isalpha():
            k += 3
            continue
        out.append(words[k])
        k += 1
    return out


# what a question is framed as ("The question now is how...", "The focus of the summit is how the two should...",
# "The issue is whether..."): the answer comes after, if at all
_QUESTION_NOUNS = frozenset("question questions focus issue challenge dilemma".split())
FRAMED_REACH = 14
_PHRASE_ENDS = frozenset(",;:")     # (not ".": "on Jan. 9")
_QUESTION_WORDS = frozenset("whether how what why who which if".split())
QUESTION_REACH = 5      # "The second question was whether", "Her last question is how"


_OWN_VIEWS = frozenset("view experience judgment judgement sense reading conclusion instinct feeling analysis "
                       "research own".split())


_UNDERGOING = _BE | frozenset("feel feels felt feeling seem seems seemed get gets got being remain remains".split())


def _undergone(lowered: list[str], verb: int) -> bool:
    """'as long as the regime feels threatened', 'the ferry will stop as the board is threatened': a reporting verb's
    participle after a linking verb says what its subject undergoes; the subject tells nothing. Not a report set
    off after the claim: opened by "it" or "as" before the verb chain (", it was reported", "as was predicted", ", it
    has been suggested"), or a short subject after a comma with no word that opens a clause of its own (", local
    residents have been warned"; not ", as the board is threatened"): the claim is the report's."""
    if not (verb > 0 and lowered[verb - 1] in _UNDERGOING and lowered[verb].endswith("ed")):
        return False
    chain = verb - 1
    while chain > 0 and lowered[chain - 1] in _AUXILIARY_CHAIN:
        chain -= 1          # ("has been warned": the chain starts at "has")
    if lowered[verb - 1] in _BE and chain > 0 and lowered[chain - 1] in _TELLING_OPENERS:
        return False
    comma = next((k for k in range(chain - 1, max(-1, chain - 1 - SET_OFF_SUBJECT), -1) if lowered[k] in (",", ";")),
                 None)
    return comma is None or not _SUBORDINATORS.isdisjoint(lowered[comma + 1:chain])


_AUXILIARY_CHAIN = _BE | frozenset("has have had being".split())
_TELLING_OPENERS = frozenset("it as".split())      # "it was reported", "as was predicted", "it has been suggested"
SET_OFF_SUBJECT = 4     # ", the two local residents have been warned": the subject of a report set off after a comma
_SUBORDINATORS = frozenset("as if when while because since unless until though although long once".split())


def _what_it_shows(lowered: list[str], start: int) -> bool:
    """'Equally important, it highlights that...', 'This underlines that...': what a thing or an event shows is
    the writer's inference from it, not someone's view reported."""
    return start > 0 and lowered[start - 1] in _THING_SUBJECTS and lowered[start].startswith(_SHOWING_REPORTS)


_THING_SUBJECTS = frozenset("it this that which".split())
_SHOWING_REPORTS = ("highlight", "underline", "underscore", "suggest")
_SHOWING_VERBS = _SHOWING_REPORTS + ("confirm", "demonstrat", "show", "illustrat", "reveal")   # (_a_thing_shows)


def _writers_own(subject: list[str]) -> bool:
    """'Our experience in ASEAN suggests that...', 'My reading of the talks suggests...': the writer's own view
    speaks, unlike "my colleagues argue"."""
    lowered = [t.lower() for t in subject]
    if lowered[-2:-1] == ["this"] and lowered[-1] in _THIS_TEXT:
        return True         # "This article argues that...": the writer's own text speaks
    return any(w in ("my", "our") and k + 1 < len(lowered) and lowered[k + 1] in _OWN_VIEWS
               for k, w in enumerate(lowered))


# (not "this paper", which is also the newspaper a letter writes to: "this paper reported that...")
_THIS_TEXT = frozenset("article essay column piece commentary chapter".split())


_COMPLEMENT_MODALS = frozenset("should must would will could can might may ought needs".split())
# "colleagues still believe RCEP is a Chinese project", "she believes the American commitment to the Philippines
# has held up": a subject and its verb "to be" or "to have" after the reporting verb
_COMPLEMENT_COPULAS = frozenset("is are was were has have had remains".split())
_PERFECT_AUXILIARIES = frozenset("has have had".split())    # found after a longer subject ("the American
                                                             # commitment to the Philippines has held up")
_VIEW_NOUNS = frozenset("idea notion proposal suggestion possibility view argument case".split())
# what someone expressed or voiced: "Abe has expressed hope that...", "Seoul voiced deep concern that..."
_FELT_NOUNS = frozenset("hope hopes concern concerns confidence fear fears worry worries doubt doubts optimism "
                        "regret belief expectation expectations frustration".split())
_EXPRESSING = frozenset("expressed voiced".split())
# ... and with no that-clause too, for _anothers_expression ("Abe expressed concern about...")
# ("the ministry shut the pier, citing safety concerns", "the mayor shared the skippers' concerns with the minister",
# "the harbour board raised concerns about the ferry": a stance passed on or brought up is its holder's. Not the
# present "raises": "the plan raises concerns" is the writer's verdict on the plan.)
_PASSING_ON = frozenset("cited cites citing share shared shares sharing raised raising".split())
_VOICING = _EXPRESSING | frozenset("expresses voices showed shows signaled signalled signals conveyed conveys "
                                   "aired reaffirmed reaffirms reiterated reiterates expressing voicing".split()) \
    | _PASSING_ON | frozenset(
        # feelings an event stirred in others, told in the past ("the missile's retirement increased concerns about
        # decoupling"): theirs, as concerns raised are
        "increased heightened deepened fueled fuelled sparked stoked prompted triggered".split())
_PREPOSITION_BEFORE_PARTICIPLE = frozenset("of for with in on about among between to by from".split())  # "a list of shared concerns"
# what someone is told to have voiced with no that-clause: "expressed a positive attitude toward", "voiced support"
_EXPRESSED_STANCES = _FELT_NOUNS | frozenset("attitude support opposition willingness readiness eagerness reluctance "
                                             "skepticism scepticism displeasure dissatisfaction satisfaction "
                                             "appreciation gratitude interest reservations unease alarm dismay "
                                             "anger view views position stance opinion".split())
_SAYING = frozenset("say says said".split())
_ARGUED_ABOUT = frozenset("against for".split())
_ARGUING = frozenset("argue argues argued contend contends contended insist insists insisted assert asserts "
                     "asserted".split())
_COMPLEMENT_REACH = 4
_SUBJECT_REACH = 8
_SAID_REACH = 12
_SAID_OPENERS = frozenset("the this these those he she they it its their his her japan china tokyo beijing seoul "
                          "washington moscow pyongyang "
                          # a title or a people opening the subject: "the chief said President Oda wants...",
                          # "She said former Harbour Minister X would..."
                          "president prime secretary minister premier chancellor outgoing former incoming mr ms mrs "
                          "dr u.s. us american japanese chinese korean russian north south "
                          # a quantifier opening the subject: "the spokesman said any chance of talks has faded"
                          "any every both neither either "
                          # and the speaker's own side: "the minister said we cannot call it a violation"
                          "we i you our".split())
_SAID_AMOUNTS = frozenset("lot much little something nothing more less same".split())   # "says a lot about"


_DELAYING = frozenset("from in at on during after before last this privately publicly repeatedly me us you him her "
                      "them reporters to via".split())
DELAY_REACH = 8         # "said in its yearly report on the harbour fleet that"
_PAST_REPORTING = frozenset("said told wrote thought".split())


def complement_opens(lowered: list[str], at: int) -> int:
    """Where a reporting verb's that-clause opens: right after it, or after a short phrase ("concluded from the
    visit that")."""
    return lowered.index("that", at) if _delayed_that(lowered, at) else at


def _delayed_that(lowered: list[str], at: int) -> bool:
    """'Some in Tokyo concluded from the visit that...', 'he argued in 2019 that...': a short phrase of place,
    time or audience between a reporting verb in the past and its that-clause (not a noun: "the early fear in
    Tokyo that...")."""
    # "told the harbour board at its meeting that...": whom it was told, then what
    told_whom = at < len(lowered) and lowered[at - 1] in _TELLING_FORMS and _addressee(lowered, at) > 0 and (
        at < 2 or lowered[at - 2] not in _THING_SUBJECTS)
    if not told_whom and (at >= len(lowered) or lowered[at] not in _DELAYING or not (
            lowered[at - 1].endswith("ed") or lowered[at - 1] in _PAST_REPORTING or lowered[at] in _HEARERS
            or (lowered[at - 1] in _ONLY_VERBS and at >= 2 and lowered[at - 2] not in _MODALS_AND_TO
                and lowered[at - 3:at - 1] not in (["let", "me"], ["let", "us"])
                and _ON_A_THING.isdisjoint(lowered[at:at + DELAY_REACH]))
            or (lowered[at] == "to" and at + 1 < len(lowered) and lowered[at + 1] in _HEARERS))):
        return False        # ("Ministers tell us that...", "colleagues write to me that...": a verb with a hearer
        #                     is no noun, whatever its tense)
    for k in range(at + 1, min(len(lowered), at + DELAY_REACH)):
        if lowered[k] == "that":
            return True
        if lowered[k] == "." and lowered[k - 1] in _ABBREVIATED:
            continue        # ("said in a meeting on Jan. 16 that...": the dot ends a word, not the phrase)
        if not lowered[k][:1].isalnum() or lowered[k] in AUXILIARIES or lowered[k] in _SHOWING:
            return False    # ("The agreement concluded in March shows that...": the "that" is the verb's after it)
    return False


# reporting verbs in the present that are never nouns ("you argue in your papers that..."; not "fear", "claim"), other
# than a saying asked for or offered, the writer's ("Japan should say publicly that...", "Let me say at the outset
# that..."), and a verb whose object follows ("insists on a pact that favours it": a relative "that")
_ONLY_VERBS = frozenset("argue argues say says write writes contend contends insist insists suggest suggests assert "
                        "asserts maintain maintains".split())
_ON_A_THING = frozenset(("on", "upon"))
_ABBREVIATED = frozenset("jan feb mar apr jun jul aug sep sept oct nov dec mr mrs ms dr st".split())


# told of someone ("told the board", "warning the council"): the present forms are left out, whose subject is
# more often a thing the writer reads ("the vote tells the port that...", "it would tell everyone that...")
_TELLING_FORMS = frozenset("told telling informed informing assured assuring warned warning reminded reminding".split())
_SHOWING = frozenset("shows showed show proves proved suggests suggested confirms confirmed demonstrates "
                     "demonstrated means meant".split())
_HEARERS = frozenset("me us you him her them reporters".split())


def _bare_complement(lowered: list[str], at: int) -> bool:
    """A reported view with no "that": "Abe suggested Japan should...", "colleagues believe RCEP is...", or one named
    as a noun, "some have floated the idea that Seoul should...": a subject and a modal or "to be", or a noun of
    views and its that-clause, follow the reporting verb within a few words, with no punctuation between."""
    # after a verb of saying, what follows is what was said, however long its subject ("Abe says the restrictions
    # on the forces' missions will not change"); after "believe" or "suggest" a modal far on may be the writer's
    if at > 1 and lowered[at - 1] in _TELLING and lowered[at - 2] not in _THING_SUBJECTS and (
            skip := _addressee(lowered, at)) and at + skip + 1 < len(lowered) and lowered[at + skip] in _SAID_OPENERS \
            and lowered[at + skip + 1] not in _SAID_AMOUNTS:
        # "the mayor told reporters the ferry posed...": after whom it was told, what was said ("it tells me the
        # plan is finished" is what the writer reads in something)
        return True
    saying = at > 0 and lowered[at - 1] in _SAYING
    # ("argues the framework for passage of people should..."): an argued view is read as far as a said one
    arguing = saying or (at > 0 and lowered[at - 1] in _ARGUING)
    if saying and at + 1 < len(lowered) and lowered[at] in _SAID_OPENERS and lowered[at + 1] not in _SAID_AMOUNTS:
        return True     # "critics say the prime minister declined the advice": what follows the verb is what is said
    window = lowered[at:at + (_SAID_REACH if arguing else _SUBJECT_REACH)]
    for k, token in enumerate(window):
        # (after a verb of saying a number is part of what was said: "the mayor said Pier 9 needs to be rebuilt")
        if not (token[:1].isalpha() or (saying and token[:1].isdigit())) or (k and token == "that"):
            return False        # (a that-clause is no bare complement: "the early fear in Tokyo that X would...")
        near = k < _COMPLEMENT_REACH or (arguing and token in _COMPLEMENT_MODALS)
        if (k and (near and token in _COMPLEMENT_MODALS or (token in _COMPLEMENT_COPULAS and window[0] not in _DELAYING
                                                             and (near or token in _PERFECT_AUXILIARIES)))) or (
                near and k + 1 < len(window) and window[k + 1] == "that" and (
                    token in _VIEW_NOUNS or (token in _FELT_NOUNS and lowered[at - 1] in _EXPRESSING))):
            return window[0] not in _COMPLEMENT_MODALS and window[0] != "to"
    return False


def _addressee(lowered: list[str], at: int) -> int:
    """How many words at `at` name whom something was told: a pronoun ("told them"), a plural or a body with no
    article ("told reporters", "told parliament"), or "the" and one word ("told the nation"); 0 when none does."""
    if at >= len(lowered):
        return 0            # (a sentence that ends on "told", cut off)
    word = lowered[at]
    if word in _TOLD_PRONOUNS:
        return 1
    if word == "the" and at + 1 < len(lowered) and lowered[at + 1].isalpha():
        return 2
    if word in _HEARERS_TITLES and at + 1 < len(lowered) and lowered[at + 1].isalpha():
        # ("told President Smith that", "told Prime Minister Sato that": a title and the name it goes with)
        return 3 if lowered[at + 1] == "minister" and at + 2 < len(lowered) and lowered[at + 2].isalpha() else 2
    return 1 if word.isalpha() and word not in _SAID_OPENERS and word not in _SAID_AMOUNTS else 0


_HEARERS_TITLES = _TITLES | frozenset("prime secretary minister senator governor ambassador general admiral "
                                      "mayor".split())


_TELLING = frozenset("told tells tell".split())
_TOLD_PRONOUNS = frozenset("me us him her them you".split())


_DIRECTIVES = frozenset(("calling for", "called for", "calls for", "call for", "urged", "urging", "urges",
                         "demanded", "demanding", "demands", "impressed upon", "impressed on"))
# the holder of a view: "many of us feared" includes the writer, "my colleagues argue" does not
_WRITER = frozenset(("I", "we", "We", "us"))
_WRITER_SUBJECTS = frozenset(("I", "we", "We"))
WRITER_CLAUSE_REACH = 6      # ", and from the islands we": tokens from the joining word to the writer's subject
_PAST_VIEWS = frozenset("argued believed thought said wrote claimed contended maintained insisted assumed warned "
                         "predicted doubted cautioned announced".split())
# verbs that may close a sentence after a teller set off with what they are ("..., a senior fellow at X, told TASS.")
_CLOSING_TELLING = _PAST_VIEWS | _PRESENT_TELLING | frozenset("told tells added adds noted stressed explained".split())
_PERFECT = frozenset("have has had 've".split())
_TIMES_GONE_BY = frozenset("once previously earlier formerly then".split())


def _recalls_former_view(scan: SentenceScan, start: int, *, first_person: bool) -> bool:
    """'For years I argued that X': the writer recalls a view of theirs in the simple past; what they hold now
    comes elsewhere (often the next sentence: "That hope did not survive"). Not the present perfect ("I have long
    argued", a view still held), and not when the sentence itself says how the view fared ("as I argued, it has
    come true"; "Two years ago I wrote that..." is revisited by shift.py). Of the author in the third person (a
    profile), the simple past is what they said to the writer ("He said he could now accept..."): a former view
    only with a time gone by ("Mr. Tanaka once warned that...")."""
    if not (scan.lowered[start] in _PAST_VIEWS and scan.shift is None
            and not _PERFECT.intersection(scan.lowered[max(0, start - 3):start])):
        return False
    return first_person or not _TIMES_GONE_BY.isdisjoint(scan.lowered[max(0, start - 4):start])


def _goes_on_with_its_subject(clause: Clause, lowered: list[str]) -> bool:
    """Whether a main clause opens on "and" and an auxiliary, with no subject of its own ("... and have maintained
    that..."): the verb phrase goes on with the subject before it."""
    return clause.kind == "main" and lowered[clause.start:clause.start + 1] == ["and"] and \
        lowered[clause.start + 1:clause.start + 2] != [] and lowered[clause.start + 1] in _PERFECT_AUXILIARIES


def _opening_main(clauses: list[Clause], lowered: list[str]) -> tuple[int, int] | None:
    """The token span of the sentence's first main clause, carried on past an aside: 'Your editorial of May 2
    ("Time to Hit Back") argues that...' reports the editorial's view; and past a subject with no verb of its own,
    coordinated after a comma: "Critics in the region, and some in Japan, still argue that..."; and past an
    opening phrase with no verb and the subordinate clauses after it, to the main clause they lead to."""
    first = next((k for k, clause in enumerate(clauses) if clause.kind == "main"), None)
    if first is None:
        return None
    after = first + 1
    while after < len(clauses) and clauses[after].kind == "aside":
        after += 1
    if after > first + 1 and after < len(clauses) and clauses[after].kind == "main":
        return clauses[first].start, clauses[after].end
    if after + 1 < len(clauses) and clauses[after].kind == "relative" and clauses[after + 1].kind == "main" and \
            lowered[clauses[after].start - 1] == "," and AUXILIARIES.isdisjoint(lowered[clauses[first].start:clauses[first].end]):
        # "X, who led the China desk in 1994, argues in a column that...", "hardliners led by Y, who wrote Z, believe
        # that...": a relative clause on the subject, set off by commas, before its verb
        return clauses[first].start, clauses[after + 1].end
    if after == len(clauses) or clauses[after].kind not in ("main", "subordinate") or any(
            t in AUXILIARIES or t.endswith("ed") for t in lowered[clauses[first].start:clauses[first].end]):
        last = first
        while last + 1 < len(clauses) and _goes_on_with_its_subject(clauses[last + 1], lowered):
            last += 1       # "X have refrained from... and have maintained that...": one subject, two verbs
        return clauses[first].start, clauses[last].end
    if clauses[after].kind == "main":
        return clauses[first].start, clauses[after].end
    # "In late 2016, when it was clear Trump would take office, strategists such as X argued that...": an opening
    # phrase and a time clause come before the main clause that reports
    while after < len(clauses) and clauses[after].kind == "subordinate":
        after += 1
    if after < len(clauses) and clauses[after].kind == "main":
        return clauses[after].start, clauses[after].end
    return clauses[first].start, clauses[first].end


# "it was confirmed at the harbour office on Monday that...": where and when it was said may come first in the
# passive ("it says little about the fees that matter" has its own object first)
IMPERSONAL_THAT_REACH = 9


def _impersonal(lowered: list[str], start: int) -> bool:
    """A reporting verb without a holder: "(I hear) it said", "it is argued", "it was claimed"."""
    return (start > 0 and lowered[start - 1] in _IMPERSONAL) or (
        start > 1 and lowered[start - 2] in _IMPERSONAL and lowered[start - 1] in ("is", "was", "has", "had"))


def _is_author(words: list[str], author_names: frozenset[str]) -> bool:
    """Whether the words name the writer: a word of their name, not followed by a name word of someone else's (in
    a piece by Kim Jung-ha, "Kim Jong Un said" names another Kim)."""
    return bool(author_names) and any(
        w in author_names and not (k + 1 < len(words) and words[k + 1][:1].isupper() and words[k + 1] not in author_names)
        for k, w in enumerate(words))


# Every word one of the rules of a view held by someone else needs (besides an opening "her", "his" or "their"):
# _anothers_feeling, _anothers_line (and _after_what_it_explains), _holders_perceive, _widely_felt ("there"), _actor_perceives,
# _anothers_stated_need, _anothers_commitment, _anothers_aim, _anothers_attitude, _anothers_expression,
# _anothers_naming, _feelings_arising.
_HELD_BY_OTHERS = _FELT | _HELD_FEARS | _NAMED_VIEWS | _OFFERED_REASONS | _HOLDERS_REGARDING | frozenset(("there",)) | _COMMITTING | _AIMS \
    | _ATTITUDES | _VOICING | _FEELINGS_STIRRED | _NAMING | _NAMING_BASE | _REGARDING_IN_PASSING | _STANCE_TOWARD \
    | FEELING_NOUNS | _VIEWS_ARISING \
    | _STATING_A_NEED | _WARNING_OF | frozenset(("seen",)) | _STRIKING
