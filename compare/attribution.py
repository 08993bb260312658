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
    MAIN_KINDS,
    MODALS,
    POSSESSIVE_ENDINGS,
    RELATIVES,
    Clause,
    clause_at,
)
from .others_views import (
    ACCOUNTS,
    ADVOCATED,
    AIMS,
    ATTITUDES,
    CARRYING_ON,
    COMMITTING,
    DEMANDS,
    FEARS,
    FEELING_NOUNS,
    FEELINGS_STIRRED,
    FELT,
    HEARSAY,
    HOLDERS_REGARDING,
    JOINING_A_CLAUSE,
    LOOKING,
    NAMED_PASSIVES,
    NAMING,
    NAMING_BASE,
    OFFERED_REASONS,
    OPENING_LINKS,
    PAST_BE,
    PAST_VIEW_NOUNS,
    PLAIN_WISHES,
    POLLED,
    PREMISES,
    PROPOSALS,
    REGARDING_IN_PASSING,
    REPORTING_PARTICIPLES,
    SAYING_PARTICIPLES,
    SAYINGS,
    SEEN_OR_READ_AS,
    SOME_SOURCES,
    STANCE_TOWARD,
    STATING_A_NEED,
    STATING_BASES,
    STRIKING,
    THINKING_PARTICIPLES,
    TITLES,
    TOLD_ASIDE,
    VIEW_SIGNS,
    VIEW_WORDS,
    VIEWS_ARISING,
    WARNING_OF,
    WISHING,
    a_common_view_set_out,
    a_consensus_of_others,
    a_holders_concern,
    a_line_of_thought_goes,
    a_motive_read_in_an_act,
    a_past_expectation,
    a_premise_rested_on,
    a_saying_cited,
    a_tone_struck,
    a_view_conveyed,
    a_view_held,
    actor_perceives,
    advocated_by_others,
    anothers_aim,
    anothers_attitude,
    anothers_commitment,
    anothers_expression,
    anothers_feeling,
    anothers_line,
    anothers_naming,
    anothers_stated_need,
    anothers_views,
    anothers_wish,
    as_someone_put_it,
    as_someone_sees_it,
    demands_voiced,
    every_cue_after,
    feelings_arising,
    from_anothers_standpoint,
    holders_perceive,
    holders_perceive_after_a_turn,
    of_concern_to_others,
    reported_in_a_participle,
    seen_by_others,
    stirred_in_others,
    subject_after_a_saying_opening,
    subject_after_a_thought_opening,
    tempting_thought,
    to_some_holders,
    to_the_effect_that,
    told_in_an_aside,
    trailing_source,
    widely_felt,
)
from .senses import closing_endorsement
from .voices import (
    AUXILIARY_CHAIN,
    BE,
    BETWEEN_BE_AND_VERB,
    CONFIRMERS,
    ENDORSING,
    EXPRESSING,
    FELT_NOUNS,
    GOING_ON,
    HELD_FEARS,
    HOLDERS,
    INCEPTIVES,
    MODALS_AND_TO,
    NAMED_VIEWS,
    NO_ONE,
    NOUN_MARKERS,
    OPENING_A_CLAUSE,
    PERFECT,
    POSSESSORS,
    QUOTES,
    SEEMING,
    SHOWING_REPORTS,
    THING_SUBJECTS,
    VOICING,
    WRITER,
    WRITERS_OWN,
    is_author,
    is_first_person,
)
from .wordclass import DETERMINERS, WEEKDAYS

if TYPE_CHECKING:
    from .cues import SentenceScan


_CLOSING_QUOTES = frozenset("\"\u201d\u2019")
_IMPERSONAL = frozenset("it".split())
# verbs whose object carries the view, with no that-clause: "officials describe the pact as...", "outlets have
# accused Beijing of posing a threat" (the accusers' view, not the writer's)
# verdicts someone is giving, told in a participle ("former officials are criticizing the board", "..., sharply
# faulting the port for..."; a dash or an adverb may set one off too: "— sharply criticizing the tolls")
VERDICTS_GIVEN = frozenset("praising blaming condemning criticizing criticising denouncing faulting rebuking chiding "
                           "castigating lambasting berating scolding censuring decrying deploring".split())
_DESCRIBING = frozenset("describe describes described characterize characterizes characterized portray portrays "
                        "portrayed refer refers referred mention mentions mentioned treats regards regard regarded "
                        "hail hails hailed "
                        "accuse accuses accused accusing cite cites cited citing "
                        "hailing "
                        # a verdict someone gave, told: "the mayor praised the vote as wise", "she blamed the port for..."
                        "praised blamed condemned criticized criticised denounced lauded applauded complained "
                        # (a reproach: "the minister faulted Beijing for threatening the region")
                        "faulted rebuked chided castigated lambasted berated scolded reproached censured upbraided "
                        # (and "the premier extolled the port's achievements as a model")
                        "extol extols extolled extolling lauds "
                        # or a claim denied ("the port denies any breach of the pact"; and VERDICTS_GIVEN)
                        "denies denied "
                        # or a line someone spread: "the board has long touted a bigger harbour"
                        "propagated touted trumpeted peddled preached "
                        # or what someone spoke of: "the premier spoke of Beijing's willingness to..."
                        "spoke speaks".split()) | VERDICTS_GIVEN
# "he took issue with Moscow over...", "critics take issue with...": theirs ("Few would take issue with the alliance"
# concedes: reports_a_view)
_TAKING_ISSUE = frozenset(("took issue with", "takes issue with", "take issue with", "taking issue with"))
# and what someone held forth about ("the general held forth about the need for the forces to fight jointly")
_HOLDING_FORTH = frozenset(("held forth", "holds forth", "hold forth", "holding forth"))
# or what people named by kind point to ("Others point to geostrategic motivations"; reports_a_view)
_POINTING_TO = frozenset(("point to", "points to", "pointed to"))
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


_GERUND_AFTER = frozenset("by after while in on".split())     # "responded by calling for"
THAN_REACH_BACK = 8     # tokens back from an expectation verb to the "than" that measures against it
# reporting verbs that are nouns as often ("small states that depend on..."): they report only a that-clause
# with a subject of its own ("the report states that the pact...")
_NOT_EXPRESSING = frozenset("voice voices voicing express expresses expressing".split())
_IRREGULAR_PAST = frozenset("said told wrote thought found held saw".split())


def _past_a_link(lowered: list[str]) -> int:
    """Where the sentence goes on past an opening linking word and its comma ("But", "And yet", "So,"): who holds a
    view is told by the subject after it, as in a sentence without it."""
    k = 0
    while k < len(lowered) - LINKED_MIN and (lowered[k] in OPENING_LINKS or (
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
_ASKED_FOR = frozenset("requested demanded".split())


def _a_participle_opens(lowered: list[str], k: int) -> bool:
    """Whether the word at k opens the sentence as a participle, past adverbs, "having been" and a linking word
    ("Sharply rebuked by...", "Having been rebuked by...", "But rebuked by...")."""
    j = k - 1
    while j >= 0 and (lowered[j].endswith("ly") or lowered[j] in ("having", "been")):
        j -= 1
    return j < 0 or (j == 0 and lowered[0] in _OPENING_WORDS)


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
            and not BE.isdisjoint(lowered[max(0, k - TELLING_FRAME_REACH):k]):
        return False        # ("It is telling that the pact is failing": an adjective, what the fact shows)
    if word == "state" and (k + 1 >= len(lowered) or not lowered[k + 1][:1].isalpha() or lowered[k + 1] == "of"):
        return False        # ("the alliance has come to such a sad state.", "the state of the pact": a noun)
    if word in _DESCRIBING and word.endswith("ed") and lowered[k + 1:k + 2] == ["by"] and _a_participle_opens(lowered, k):
        return False        # ("Rebuked by Washington, Tokyo has since...", "Sharply rebuked by...": an opening
        #                     participle of what the subject underwent; the main clause is the writer's. Not one after
        #                     a comma, "Tokyo, criticized for its provocative visits, has...", whose reason is the
        #                     critic's)
    if word in _POINTING and lowered[k + 1:k + 2] == ["to"] and before not in _PEOPLE_POINTING:
        return False        # ("the figures point to a slowdown": the writer's inference; "Others point to..." cite)
    if word == "take" and (before in MODALS_AND_TO or before in NO_ONE):
        return False        # ("Few would take issue with the alliance", "One may take issue with...": a concession)
    if word in _ASKED_FOR and lowered[k + 1:k + 2] != ["that"]:
        return False        # ("the CVID demanded by Washington", "the aid requested last year": what was asked for,
        #                     named; "the three governments requested that the council convene" reports a call)
    if word == "denied" and (before in BE or before in _BEING_DENIED):
        return False        # ("the port was denied access", "has not been denied": a passive, no claim denied)
    if word == "confirmed" and _skip_adverbs_back(lowered, k) not in CONFIRMERS and not (
            k > 1 and lowered[k - 2] == "it" and lowered[k - 1] in ("is", "was")):
        return False        # ("the summit confirmed that the bargain holds", "the summer has confirmed that judgment":
        #                     what events confirm is the writer's inference; "they confirmed that they would...",
        #                     "Beijing confirmed that imports would resume" and "it was confirmed that" report)
    if word in _EXPLAINING and (lowered[k + 1:k + 2] != ["that"] or before in THING_SUBJECTS):
        return False        # ("the pact's failure explains why the towns are angry": the writer's account of it;
        #                     "the minister explained that the pier had been sold" reports)
    if word in _SIGNALLING and (before in THING_SUBJECTS or _an_event_opens(lowered)):
        return False        # ("The withdrawal signaled that America is a less reliable partner": what an event
        #                     shows is the writer's inference from it; "the minister signaled that..." reports)
    # ("a report that said...": a past verb after "that" and a noun before it; "that claim" is a noun, "That said," an
    # idiom)
    relative_verb = before == "that" and _past_form(word) and k >= 2 and lowered[k - 2][:1].isalpha()
    if (before in NOUN_MARKERS and not relative_verb) or (before == "to" and (k < 2 or (
            lowered[k - 2] not in INCEPTIVES and lowered[k - 2] not in SEEMING and not (
                k >= 3 and lowered[k - 2] == "on" and lowered[k - 3] in GOING_ON
                and MODALS_AND_TO.isdisjoint(lowered[max(0, k - 6):k - 3]) and "let" not in lowered[:k - 3])))):
        return False        # ("have begun to argue that", "the harbour board appears to believe it would...", "the
        #                     minister went on to say that...": the infinitive after a verb of starting, seeming or
        #                     going on reports; "Japan must go on to insist that..." calls)
    if word in _NOUN_TOO and k + 2 < len(lowered) and lowered[k + 1] == "that" and \
            _without_possessive(lowered[k + 2]) not in _CLAUSE_OPENERS and before not in _NAMING_SUBJECTS \
            and before not in DOCUMENT_NOUNS:
        return False        # "small states that depend on...": a noun and its relative clause
    # (the comma may close a quotation first: '..., "the port is ours," saying that...')
    # (or a dash, and an adverb may come first: "— sharply criticizing the tolls as...")
    after_comma = _set_off_before(lowered, lowered, k) or (before in _CLOSING_QUOTES and k >= 2 and lowered[k - 2] == ",")
    if word.endswith("ing") and after_comma and (lowered[k + 1:k + 2] == ["that"] or (
            lowered[k + 1:k + 2] == [","] and lowered[k + 2:k + 3] and lowered[k + 2] in QUOTES) or
            _bare_complement(lowered, k + 1) or (word in _DESCRIBING and lowered[k + 1:k + 2] != []
                                                 and lowered[k + 1][:1].isalpha())):
        return True         # "..., emphasizing that X", "..., saying, "X"", "..., saying the port remains...":
        #                     the main clause's subject says X; "..., citing Russian violations": its reason given
    if word.endswith("ing") and before in DOCUMENT_NOUNS and not _ISSUED.isdisjoint(lowered[max(0, k - 5):k - 1]) \
            and (lowered[k + 1:k + 2] in (["that"], ["they"], ["it"], ["he"], ["she"]) or _bare_complement(lowered, k + 1)):
        return True         # "the towns issued a statement saying they shared concerns...": what the text issued says
    if word.endswith("ing") and (before in BETWEEN_BE_AND_VERB or before.endswith("ly")) and k >= 2:
        before = lowered[k - 2]     # "some in Tokyo are already saying that...", "are openly arguing": progressive
    if word.endswith("ing") and before not in BE and before not in _GERUND_AFTER and before not in HOLDERS and \
            before not in INCEPTIVES and before not in _KEEPING:     # ("the port began arguing that...", "they kept
        #                                                               saying that...": it argues, they say)
        return False        # "wishful thinking", "building policy on thinking": no one reports
    return "than" not in lowered[max(0, k - THAN_REACH_BACK):k]


TELLING_FRAME_REACH = 4     # "it is also very telling that"
_POINTING = frozenset("point points pointed".split())
# people named by kind, who point to what they cite (not "they", as often the figures just named, nor a place:
# "recent moves in Washington point to...")
_PEOPLE_POINTING = frozenset("critics officials commentators analysts experts others some many politicians lawmakers "
                             "scholars pundits observers strategists diplomats economists skeptics sceptics opponents "
                             "proponents supporters".split())
_KEEPING = frozenset("keep keeps kept keeping".split())
_SIGNALLING = frozenset("indicated signaled signalled".split())
_EXPLAINING = frozenset("explain explains explained".split())
_ISSUED = frozenset("issued released releases published publishes adopted adopts sent signed".split())
_BEING_DENIED = frozenset("being got get gets getting not".split())


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
_VIEW_FRAMES = frozenset("view opinion judgement judgment eyes telling reading estimation".split())
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
    linked = _past_a_link(lowered) if lowered[0] in OPENING_LINKS or (
        lowered[0] in _LINKING_ADVERBS and lowered[1:2] == [","]) else _past_an_opening_time_clause(lowered)
    opened, lowered_opened = (raw[linked:], lowered[linked:]) if linked else (raw, lowered)
    # (most sentences have no word any of these rules starts from: one test instead of nine)
    if not (_HELD_BY_OTHERS.isdisjoint(lowered) and lowered_opened[0] not in POSSESSORS) and (
            anothers_feeling(opened, lowered_opened, author_names)
            or anothers_line(opened, lowered_opened, author_names)
            or a_view_held(opened, lowered_opened, author_names)
            or anothers_views(lowered_opened, author_names) or holders_perceive(lowered_opened)
            or ("but" in lowered and holders_perceive_after_a_turn(scan))
            or widely_felt(lowered_opened) or stirred_in_others(lowered_opened)
            or of_concern_to_others(opened, lowered_opened, author_names) or a_tone_struck(opened, lowered_opened)
            or actor_perceives(opened, lowered_opened, author_names)
            or anothers_stated_need(opened, lowered_opened, author_names)
            or anothers_commitment(scan, author_names) or anothers_aim(opened, lowered_opened, author_names)
            or anothers_attitude(scan, author_names) or anothers_expression(scan, author_names)
            or anothers_naming(scan, author_names) or feelings_arising(lowered_opened)
            or a_holders_concern(scan, author_names) or demands_voiced(lowered, _cue_starts(scan))) or a_motive_read_in_an_act(scan):
        return "reported"
    if not (WISHING.isdisjoint(lowered) and LOOKING.isdisjoint(lowered) and PLAIN_WISHES.isdisjoint(
            lowered)) and anothers_wish(
            opened, lowered_opened, author_names):
        return "reported"   # "The mayor wants to expand the vital link": their aim (its own test: "looks" and
        #                     "wants" are common, and the rules above need none of them)
    if "goes" in lowered and a_line_of_thought_goes(raw, lowered):
        return "reported"   # "The thinking goes, then, that the port should...": a line of thought set out, not
        #                     the writer's own (a reader of real prose found such a call read as the writer's unfair)
    if not POLLED.isdisjoint(lowered[:scan.first_verb]):
        return "reported"   # "A majority of respondents would choose the port over the ferry": what a poll found of
        #                     those asked (a reader of real prose found a survey's result read as the writer's unfair)
    if not _TOLD.isdisjoint(lowered) and any(w in _TOLD and lowered[k - 1] in BE and lowered[k + 1:k + 2] == [
            "that"] for k, w in enumerate(lowered[1:], start=1)):
        return "reported"   # "Japan will soon be told that its budget must reach three percent": the teller's view
    if ":" in lowered and not SAYINGS.isdisjoint(lowered) and a_saying_cited(scan):
        return "reported"   # "the mayor used an old aphorism: when pacts fail, the islands suffer": the saying's
    if lowered[0] == "you" and _ADDRESSEE_SAID.intersection(lowered[1:3]):
        return "reported"   # "You wrote in 2016 that...", "You once warned against...": the addressee's view
    if ("which" in lowered or "where" in lowered) and not DOCUMENT_NOUNS.isdisjoint(lowered) and \
            _said_in_a_text(scan, author_names):
        return "reported"   # "The mayors issued a statement in which they said the pact was a success": the text's
    if (teller := _set_off_teller(raw, lowered, scan.found["reporting"])) is not None:
        return "author" if any(map(is_first_person, teller)) or is_author(teller, author_names) else "reported"
    if not TOLD_ASIDE.isdisjoint(lowered) and told_in_an_aside(lowered):
        return "reported"   # "The port, we are told, lures poorer towns into loans...": hearsay the writer passes on
    if not VIEW_WORDS.isdisjoint(lowered) and a_common_view_set_out(raw, lowered, author_names):
        return "reported"   # "The conventional wisdom is that...", "it is the view of the council that...": a view
        #                     set out as others' (readers of real prose found four such readings unfair)
    if not HEARSAY.isdisjoint(lowered) and (lowered[0] in HEARSAY or any(
            w in HEARSAY and scan.kinds[k] in MAIN_KINDS and not _ostensible_in_passing(lowered, k)
            for k, w in enumerate(lowered))):
        return "reported"   # "Reportedly, the government is weighing...", "The two leaders reportedly concurred
        #                     that...": what others tell of it
    if lowered[0] == "by" and lowered[1:2] and lowered[1] in SOME_SOURCES and lowered[2:3] and \
            lowered[2] in ACCOUNTS:
        return "reported"   # "By some accounts, the cooperative overpaid...": what the accounts tell, not the writer
    if _passive_hearsay(scan):
        return "reported"   # "Both were said to have agreed that...", "Kim is believed to be...": passed on, unnamed
    if lowered[0] == "from" and from_anothers_standpoint(raw, lowered):
        return "reported"   # "From China's perspective, the present situation is a dangerous one": how it looks
        #                     to the one named
    if lowered[0] == "as" and as_someone_sees_it(lowered):
        return "reported"   # "As Washington sees it, historical grievances should come second": how it looks to them
    if lowered[0] == "as" and not QUOTES.isdisjoint(raw) and as_someone_put_it(raw, lowered, scan, author_names):
        return "reported"   # 'As the mayor said at the pier, the two towns "oppose any toll"': the words are the mayor's
    if lowered[0] in ("to", "for") and to_some_holders(lowered):
        return "reported"   # "To many, it may have sounded like a dream", "To critics of the deal, ...", "For some,
        #                     the blow will have repercussions": how it looks to them
    if (not PAST_VIEW_NOUNS.isdisjoint(lowered) or not FEARS.isdisjoint(lowered)) and a_past_expectation(scan):
        return "reported"   # "the hope was that the pact would force the rival port to...": what was expected
        #                     those who held it
    if "that" in lowered and not PREMISES.isdisjoint(lowered) and a_premise_rested_on(scan):
        return "reported"   # "The pivot was based on the assumption that the US should remain...": its makers'
    if ("by" in lowered or "as" in lowered) and not SEEN_OR_READ_AS.isdisjoint(lowered) and seen_by_others(scan):
        return "reported"   # "The pact is being presented by many as a big win for the rival port": theirs
    if not REPORTING_PARTICIPLES.isdisjoint(lowered) and reported_in_a_participle(scan):
        return "reported"   # "The US took the steps to the WTO, alleging they violate its rules": the US's claim
    if "effect" in lowered and to_the_effect_that(scan):
        return "reported"   # "Trump conveyed messages to the effect that the speed was not important"
    if not VIEW_SIGNS.isdisjoint(lowered) and a_view_conveyed(raw, lowered):
        return "reported"   # "Pundits have been sending the message that the town must...": the senders' view
    if "consensus" in lowered and a_consensus_of_others(raw, lowered):
        return "reported"   # "That is the consensus from the port's own experts": the experts' view
    if "by" in lowered and not ADVOCATED.isdisjoint(lowered) and advocated_by_others(scan):
        return "reported"   # "Boosting the port has been one of the top items advocated by the ruling party"
    if ("tempting" in lowered or "easy" in lowered) and tempting_thought(lowered):
        return "reported"   # "It is tempting to imagine that the pier will solve everything": a view the writer
        #                     entertains only to weigh it
    if lowered[:2] == ["according", "to"]:
        source = raw[2:next((k for k, t in enumerate(raw) if t == ","), len(raw))]
        return "author" if is_author(source, author_names) else "reported"
    if "according" in lowered and (cited := trailing_source(raw, lowered)) is not None:
        return "author" if is_author(cited, author_names) else "reported"
    frame = next((k for k in (2, 3) if len(lowered) > k + 1 and lowered[k] in _VIEW_FRAMES), None) \
        if lowered[0] == "in" else None     # (looked for only after an opening "in")
    if frame is not None and lowered[1] not in WRITERS_OWN:
        # "In her view the division of the region is a fact", "In the minister's judgement...": the holder's view
        holder = raw[frame - 1].removesuffix("'s").removesuffix("\u2019s")
        return "author" if is_author([holder], author_names) else "reported"
    if "that" in lowered and not _FINDINGS.isdisjoint(lowered) and _a_sources_finding(scan):
        return "reported"   # "The tests come days after a UN assessment that ten million suffer...": the finding
        #                     is the assessment's
    if lowered[0] in THINKING_PARTICIPLES and (thinker := subject_after_a_thought_opening(
            raw, lowered, [m[0] for m in scan.found["polar"]])) is not None:
        # "Thinking that he could swallow the islands in no time, the admiral decided to attack": the admiral's thought
        return "author" if any(map(is_first_person, thinker)) or is_author(thinker, author_names) else "reported"
    if lowered[0] in SAYING_PARTICIPLES and (said_by := subject_after_a_saying_opening(raw, lowered)) is not None:
        # "Noting that the port has broken the pact, the mayor said that...": what the subject notes and says
        return "author" if any(map(is_first_person, said_by)) or is_author(said_by, author_names) else "reported"
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
        if " ".join(lowered[start:start + length]) in CARRYING_ON and QUOTES.isdisjoint(
                raw[start + length:start + length + 2]) and _CLOSING_QUOTES.isdisjoint(before[-3:]):
            continue    # ("the decline continued.", "the talks went on, and...": no quoted words carried on)
        if lowered[start] in _CHARACTERIZED and after == "by" and _NAMING_WHAT_IS_HELD.isdisjoint(
                lowered[start:next((k for k in range(start, len(lowered)) if lowered[k] == ","), len(lowered))]):
            continue    # "the board's policy is characterized by caution": a quality the writer names, no one's account
            #             (not "characterized by two urges: a belief that...", views set out, which may be someone's)
        # ("Some have argued against the ferry levy as unfair": what is argued for or against is the arguer's view)
        describes = lowered[start] in _DESCRIBING or foretold_verdict(lowered, start) or " ".join(
            lowered[start:start + length]) in _OBJECT_CARRIES_THE_VIEW or (
            lowered[start] in _ARGUING and after in _ARGUED_ABOUT) or (
            lowered[start] in _SINGLING_OUT and _a_text_named_it_as(raw, lowered, start, start + length)) or (
            lowered[start] in _ANNOUNCING and after.isalpha() and after not in _NOT_AN_OBJECT) or (
            lowered[start] in _CLAIMING and after == "to" and _claimed_to_be_or_do(raw, lowered, start, scan.found["polar"]))
        # "X argued that", "I hear it said in Nagatacho that": the that-clause may come a few words on
        impersonal = _impersonal(lowered, start)
        # ("he says flatly that...": a manner adverb may stand between the verb and its that-clause)
        that_follows = after in ("that", "whether") or (
            after.endswith("ly") and lowered[start + length + 1:start + length + 2] == ["that"]) or (
            impersonal and "that" in lowered[start + length:start + length + (
                IMPERSONAL_THAT_REACH if lowered[start - 1] in ("is", "was") else 4)]) or _bare_complement(
            lowered, start + length) or _delayed_that(lowered, start + length)
        if lowered[start].endswith("ing") and start and lowered[start - 1] in HOLDERS:
            return "reported"         # "I hear voices in Tokyo saying that...": the voices hold the view
        if _undergone(lowered, start) and not (that_follows or quoted or impersonal or describes):
            continue    # "...as long as the regime feels threatened.": a participle the subject undergoes tells nothing
            #             (not a description, "characterized by two urges: a belief that...", which may be someone's)
        if after != "." and _as_someone_said(raw, lowered, start) and _only_a_setting_follows(lowered, start + length):
            after = "."     # "..., as the harbour gazette reported on Monday.": when or where it was said ends the sentence
        if (that_follows and _judged_act_of_saying(scan, start)) or (
                (that_follows or describes) and _endorsed_saying(lowered, start)):
            return "author"         # "The mayor did the right thing in telling the board that...": the writer's
            #                         verdict on the telling; "was right when she said that...": the writer's too
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
            if any(t in WRITER for t in subject) or is_author(subject, author_names) or _writers_own(subject):
                # (a quotation the writer is said to have spoken is what they say: '"...," Sato said')
                return "reported" if that_follows and _recalls_former_view(
                    scan, start, first_person=any(t in WRITER for t in subject)) else "author"
            if quoted and before and before[-1] in (",", *_CLOSING_QUOTES) and start + length < len(raw):
                # '"...," X said' : the speaker follows the verb
                speaker_words = raw[start + length:start + length + 4]
                return "author" if is_author(speaker_words, author_names) else "reported"
            return "reported"
    if _reported_in_a_later_clause(scan, author_names):
        return "reported"
    # "The minister told the council of the plan, stressing that it will be beneficial": a participle set off by a
    # comma reports what the main clause's subject says
    # ("Senior leaders met in Tokyo — sharply criticizing the tariffs as a breach of trust": a dash may set it off,
    # and an adverb stand before it)
    participle = next((start for start, _, _, _ in scan.found["reporting"]
                       if start > 1 and lowered[start].endswith("ing") and _set_off_before(raw, lowered, start)
                       and not _dooming(lowered, start)), None) if scan.found["reporting"] else None
    if participle is not None:
        subject = raw[:min(scan.first_verb, participle)]
        return "author" if any(t in WRITER for t in subject) or is_author(subject, author_names) else "reported"
    # the only call is one someone made or is making, wherever it stands: "...comes a day after Beijing called for
    # the deal to be ratified" (the writer's own is in the present: "we call for", "this calls for")
    # (with its object after it: in "the closer planning he had urged, and ..." the call is what the planning was)
    calls = scan.found["prescription"] + scan.found["commitment"]
    # ("X continues to urge Y to...": a call someone keeps making)
    if calls and all(m[3] in _DIRECTIVE_CUES and (lowered[m[0]].endswith(("ed", "ing")) or (
            m[0] >= 2 and lowered[m[0] - 1] == "to" and lowered[m[0] - 2] in INCEPTIVES)) and m[0] + m[1] < len(raw)
                     and raw[m[0] + m[1]][:1].isalpha() for m in calls) and not any(
            t in WRITER for t in raw[:calls[0][0]]) and not is_author(raw[:calls[0][0]], author_names):
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


def _ostensible_in_passing(lowered: list[str], at: int) -> bool:
    """'The pact, ostensibly a trade deal, is in fact a security arrangement', 'Eastport's drills, ostensibly
    defensive, are a threat': "ostensibly" set off in an aside, or answered by what is in fact so, describes in
    passing; the writer's own verdict stands."""
    return lowered[at] == "ostensibly" and (lowered[at - 1:at] == [","] or not _IN_FACT.isdisjoint(lowered[at + 1:]))


_IN_FACT = frozenset("fact actually really".split())    # (not "but": "was ostensibly a success, but..." debunks)


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
    return (head in DOCUMENT_NOUNS or head in _WRITINGS) and every_cue_after(scan, said_ends - 1)


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
            return every_cue_after(scan, k) and not any(map(is_first_person, owned))
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
        if not any(t in _WRITER_SUBJECTS for t in subject) and not is_author(subject, author_names) \
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
    breakwater': every call, commitment and forecast (or, with none, every judging word: "..., but the minister
    said on Thursday that the patrols had failed") stands in the that-clause of a reporting verb whose subject, in a
    main clause after the first, is someone other than the writer."""
    cues = scan.found["prescription"] + scan.found["commitment"] + scan.found["prediction"] or scan.found["polar"]
    if not cues or not scan.found["reporting"]:
        return False
    lowered, raw = scan.lowered, scan.raw
    for start, length, _, _ in scan.found["reporting"]:
        clause = clause_at(scan.clauses, start)
        if clause.kind != "main" or clause.start == 0 or lowered[clause.start] not in _COORDINATING \
                or not (lowered[start + length:start + length + 1] == ["that"] or _delayed_that(lowered, start + length)) \
                or lowered[start - 1] in _BEFORE_A_VIEW_NOUN or _endorsed_saying(lowered, start):
            continue        # ("..., and the old fear that he would pull the boats out now seems remote": a noun;
            #             "..., and the mayor rightly noted that...": the writer's view too)
        subject = raw[clause.start + 1:start]
        if subject and not any(t in WRITER for t in subject) and not is_author(subject, author_names) \
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
    return not any(t in WRITER for t in before) and not is_author(before, author_names)


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
    return not any(map(is_first_person, before)) and not any(t in WRITER for t in before) and not is_author(
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
# (a single closing mark is an apostrophe as often, "the countries’ pact"; a single opening mark, a token of its
# own, opens a quotation: "the line that ‘Actions ... are not allowed’")
_SPEECH_QUOTES = {"\u201c": "\u201d", '"': '"', "\u2018": "\u2019"}
_OPENING_QUOTES = frozenset('"\u201c')
_PROFILE_SUBJECTS = frozenset(("he", "she"))     # analysis.author_names adds them for a write-up about its author


def _cue_starts(scan: SentenceScan) -> list[int]:
    """Where the sentence's calls, forecasts and judging words start."""
    return [m[0] for table in ("prescription", "prediction", "polar") for m in scan.found[table]]


def _passive_hearsay(scan: SentenceScan) -> bool:
    """A main clause's "is said to", "were widely believed to", "is reported to", "is widely seen as": a view
    passed on or held, whose holder the sentence does not name (not "is rightly seen as", which the writer
    endorses, nor "should be seen as", which asks it). So too a perception set off by a comma or a dash, when
    every cue of the sentence stands after it ("..., seen as necessary for the port's revival")."""
    lowered = scan.lowered
    if _PASSIVE_TELLING.isdisjoint(lowered) and _PASSIVE_PERCEIVING.isdisjoint(lowered) and \
            _IMPERSONAL_VIEWS.isdisjoint(lowered) and _NEWS_PASSIVES.isdisjoint(lowered) and _IN_FASHION.isdisjoint(lowered):
        return False        # (most sentences)
    for k in range(1, len(lowered) - 1):
        word = lowered[k]
        if word in _IN_FASHION and _a_view_in_fashion(lowered, k) and _every_cue_in_its_clause(scan, k):
            return True     # "It was suddenly fashionable to see the two as rising and declining powers": a view in
            #                 vogue, held by others (not "It is fashionable to dismiss the pact, but it has worked")
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
        if word == "considered" and lowered[k - 1] in _COMMONLY and k > 1 and lowered[k - 2] in BE:
            return True     # "Leaving the pact is usually considered heresy here": what is commonly thought
        if word in _PASSIVE_PERCEIVING and lowered[k - 1] == "increasingly" and lowered[k + 1] == "by":
            return True     # "with the town increasingly perceived by the mainland as a bulwark": by others
        if word in _NEWS_PASSIVES and lowered[k + 1] in _AFTER_A_NEWS_PASSIVE and scan.kinds[k] in MAIN_KINDS and (
                subject := _news_passive_subject(lowered, k)) is not None and all(
                subject <= start < k for start in _cue_starts(scan)):
            return True     # "Progress was reported in the talks", "Gains were reported on every front": what others
            #                 told, passed on, when every cue is in what was told, its subject (not "reported to",
            #                 read below, nor "it was reported that", above; "The talks have stalled, and no progress
            #                 has been reported since" judges first)
        if word in _PASSIVE_TELLING:
            if lowered[k + 1] != "to":
                continue
        elif word not in _PASSIVE_PERCEIVING or lowered[k + 1] != "as":
            continue
        if scan.kinds[k] not in MAIN_KINDS:
            continue
        before = k - 2 if lowered[k - 1].endswith("ly") and k > 1 else k - 1     # ("widely believed")
        if word == "supposed" and lowered[before] not in PAST_BE:
            continue        # ("The threats were supposed to come from...": an expectation held then, and
            #                 disappointed; "the pact is supposed to..." may be the writer's own)
        if lowered[before] in BE and lowered[k - 1] not in ENDORSING and not (
                word in _PASSIVE_PERCEIVING and before and lowered[before - 1] in MODALS_AND_TO) and \
                _every_cue_in_its_clause(scan, k):
            return True
        if word in _PASSIVE_PERCEIVING and scan.raw[k - 1] in _SETTING_OFF and all(
                m[0] > k for table in ("prescription", "prediction", "polar") for m in scan.found[table]):
            return True
    return False


def _every_cue_in_its_clause(scan: SentenceScan, k: int) -> bool:
    """Whether every cue of the sentence stands before a clause of the writer's own joined after the hearsay at k
    ("North Korea is estimated to have fifty warheads, so Japan must strengthen its defense", "The pact is estimated
    to be worth a fortune and must be preserved": the call is the writer's; not the last item of a list, "is said to
    have cut tolls, boosted trade, and strengthened ties")."""
    lowered = scan.lowered
    end = next((j for j in range(k + 1, len(lowered) - 1) if _a_clause_joined_at(lowered, j)), len(lowered))
    # (and after a clause of the writer's before it: "The pact has been a great success: it is estimated to have
    # saved...")
    begin = next((j for j in range(k - 1, 0, -1) if lowered[j] in (";", ":") or _a_clause_joined_at(lowered, j)), 0)
    return all(begin <= start < end for start in _cue_starts(scan)) and all(
        begin <= m[0] < end for m in scan.found["commitment"])


def _a_clause_joined_at(lowered: list[str], j: int) -> bool:
    """Whether a clause of its own is joined at token j: a semicolon, a comma before "so", "and", "but"... and a verb a
    few words on (", so the towns must", ", yet it remains"; not a list's ", and strengthened ties", nor a relative
    going on, ", and who might slip into conflict"), or "and" before a modal ("...and must be preserved")."""
    return lowered[j] == ";" or (lowered[j] == "," and j + 1 < len(lowered) and lowered[j + 1] in JOINING_A_CLAUSE
                                 and RELATIVES.isdisjoint(lowered[j + 2:j + 3])
                                 and not _CLAUSE_VERBS.isdisjoint(lowered[j + 2:j + 2 + CLAUSE_VERB_REACH])) or (
        lowered[j] == "and" and j + 1 < len(lowered) and lowered[j + 1] in MODALS)


CLAUSE_VERB_REACH = 4   # ", so the two towns must"
_CLAUSE_VERBS = AUXILIARIES | frozenset("remains remain remained seems seem seemed stays stay stayed".split())
_PASSIVE_TELLING = frozenset("said reported believed thought understood rumored rumoured alleged known "
                             "supposed estimated".split())      # ("The North was estimated to have made...")
# (not "is considered", "is deemed": as often the writer's own view put impersonally, "the deal is deemed to send
# a message")
_PASSIVE_PERCEIVING = frozenset("seen viewed regarded perceived".split())


def _a_view_in_fashion(lowered: list[str], k: int) -> bool:
    """Whether the word of fashion at k opens a way of seeing or saying ("fashionable to see...", "fashionable in the
    capital to argue that..."), within a few words and no comma."""
    to = next((j for j in range(k + 1, min(len(lowered) - 1, k + 1 + FASHION_REACH)) if lowered[j] in ("to", ",")),
              None)
    return to is not None and lowered[to] == "to" and lowered[to + 1] in _SEEING_OR_SAYING


_IN_FASHION = frozenset("fashionable trendy".split())
FASHION_REACH = 4       # "fashionable in the capital to"
_SEEING_OR_SAYING = frozenset("see view regard treat think say argue describe portray call dismiss blame predict "
                              "speak talk assume believe deride".split())
_NEWS_PASSIVES = frozenset(("reported",))     # (not "claimed": "the annexation was claimed by Moscow as...")


def _news_passive_subject(lowered: list[str], k: int) -> int | None:
    """Where the subject of the passive "was reported" at `k` starts ("Progress was also reported", "Gains had been
    reported"): after the sentence's opening phrase and its comma, with no verb of its own before it; or None."""
    j = k - 1
    while j > 0 and lowered[j] in _BETWEEN_WAS_AND_VIEW:
        j -= 1      # ("was also reported", "was widely reported")
    if lowered[j] == "been" and j > 0 and lowered[j - 1] in ("has", "have", "had"):
        j -= 1
    elif lowered[j] not in PAST_BE and lowered[j] not in ("is", "are"):
        return None
    start = next((i + 1 for i in range(j - 1, -1, -1) if lowered[i] in (",", ";", ":")), 0)
    if start and (";" in lowered[:start] or not _FINITE_BEFORE.isdisjoint(lowered[:start])):
        return None     # ("Russia's war has devastated Ukraine; heavy losses were reported": a clause before)
    return start if 0 < j - start <= NEWS_SUBJECT_WORDS and _FINITE_BEFORE.isdisjoint(lowered[start:j]) \
        and lowered[start] != "as" else None


NEWS_SUBJECT_WORDS = 6      # "no further progress on the pact"
_FINITE_BEFORE = frozenset("is are was were has have had will would should must can could may might does do did "
                           "and".split())
_AFTER_A_NEWS_PASSIVE = frozenset("in on at by from for during over since after last this . ,".split())
_IMPERSONAL_ASIDES = frozenset("hoped believed thought said expected feared assumed considered".split())
_IMPERSONAL_VIEWS = _IMPERSONAL_ASIDES | frozenset("determined decided agreed announced confirmed reported".split())
_BETWEEN_WAS_AND_VIEW = frozenset("also further later then once widely long generally repeatedly".split())
_COMMONLY = frozenset("widely usually generally commonly often traditionally long still".split())
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
    if end is None or end - opening - 1 <= SPEECH_WORDS or not every_cue_after(scan, opening):
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
        is_first_person(t) and t.lower() not in _TOLD_TO for t in rest) and not is_author(rest, author_names)


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
        told = lowered[index] in _TELLING_CLOSERS
        # (", reported Kyodo News.", ", announced the ministry.": news told, its teller after it)
        inverted_news = lowered[index] in _NEWS_TELLING and raw[index - 1] == "," and raw[-1] == "." and \
            len(raw) - 1 - (index + length) <= TELLER_WORDS and raw[index + length:index + length + 1] != [] and (
                raw[index + length][:1].isupper() or (lowered[index + length] == "the"
                                                      and raw[index + length + 1][:1].isupper()))
        if lowered[index] not in _PAST_VIEWS and lowered[index] not in _PRESENT_TELLING and not told \
                and not inverted_news:
            continue
        end = index + length
        if told:
            # (", the minister told reporters.", "... told the gazette on Monday.": who was told, then at most when or
            # where it was said)
            end = next((k for k in range(end, min(len(raw), end + TOLD_ADDRESSEE_WORDS + 1))
                        if not raw[k].isalpha() or (lowered[k] in _SETTING_OPENERS and lowered[k] != "this")), len(raw))
            addressee = raw[index + length:end]
            if end == index + length or end >= len(raw) or any(t.lower() in _TOLD_TO for t in addressee) or \
                    not OPENING_A_CLAUSE.isdisjoint(w.lower() for w in addressee):
                continue    # (the writer as the one told is no teller's audience: "..., he told me over tea, ..."; nor
                #             is a clause: "..., he told them that...")
        elif index and raw[index - 1] == ",":        # ", claimed the mayor," / ", said the minister."
            stop = next((k for k in range(end, min(len(raw), end + TELLER_WORDS + 1)) if raw[k] in _SET_OFF_ENDS),
                        None)
            if stop is not None and stop > end and _names_a_teller(raw[end:stop]):
                return raw[end:stop]
        # (", the ministry said in a statement.": when or where it was said may close the sentence)
        if end < len(raw) and (raw[end] in _SET_OFF_ENDS or _only_a_setting_follows(lowered, end)) and index:
            start = next((k for k in range(index - 1, max(-1, index - TELLER_WORDS - 2), -1) if raw[k] == ","), None)
            if start is not None and start + 1 < index and _names_a_teller(raw[start + 1:index]):
                return raw[start + 1:index]
            # (", State Department spokesman Ned Price said.": a longer teller, when it is a title and a name)
            start = next((k for k in range(index - 1, max(-1, index - NAMED_TELLER_WORDS - 2), -1) if raw[k] == ","),
                         None)
            if start is not None and _a_title_and_name(raw[start + 1:index]):
                return raw[start + 1:index]
    return None


def _set_off_before(raw: list[str], lowered: list[str], start: int) -> bool:
    """Whether a comma sets off the word at `start`; or, for a verdict's participle, a dash, or a comma or a dash
    before an adverb before it ("— sharply criticizing"; not "— suggesting the council has lost its way", the
    writer's inference)."""
    if raw[start - 1] == ",":
        return not _dooming(lowered, start)
    if lowered[start] not in VERDICTS_GIVEN or _dooming(lowered, start) or not MODALS_AND_TO.isdisjoint(lowered[:start]) \
            or not ENDORSING.isdisjoint(lowered[:start]):
        return False    # ("The G7 must speak with one voice, firmly condemning...": the writer's call)
    # (the participle runs to the sentence's end: not "— blaming the port for that is pointless", a gerund subject,
    # nor an aside between dashes, "Critics of the pact — condemning it as a giveaway — ignore...")
    if any((w in AUXILIARIES and not (lowered[k - 1] in _RELATIVE_OPENERS and lowered[k - 2] not in _BEFORE_A_PRONOUN))
           or (w in _SETTING_OFF_A_PARTICIPLE and w != ",") for k, w in enumerate(lowered[start + 1:], start=start + 1)):
        return False
    before = start - 1 if start > 2 and lowered[start - 1].endswith("ly") else start
    # (a double hyphen may stand for a dash, as two tokens)
    return raw[before - 1] in _SETTING_OFF_A_PARTICIPLE or raw[before - 2:before] == ["-", "-"]


_SETTING_OFF_A_PARTICIPLE = frozenset((",", "\u2013", "\u2014", "--"))     # (not a lone hyphen: "U.S.-Japan")


def _dooming(lowered: list[str], at: int) -> bool:
    """'..., condemning the ferry pact to a slow decline': a participle of condemning whose object is sent "to" a fate
    dooms it, an effect told, no reproach (not "condemning the tests as a threat to peace", "condemning attempts to
    weaken the pact": "to" after "as", or before a verb)."""
    if not lowered[at].startswith("condemn"):
        return False
    to = next((k for k in range(at + 2, min(len(lowered) - 1, at + 2 + DOOMED_OBJECT_REACH)) if lowered[k] == "to"
               or not lowered[k][:1].isalnum() or lowered[k] == "as"), None)
    return to is not None and lowered[to] == "to" and (lowered[to + 1] in DETERMINERS or lowered[to + 1] in _FATES)


_RELATIVE_OPENERS = frozenset("that which who".split())     # ("...as a blow that is damaging the pact")
# ("blaming the port for that is pointless": "that" after a preposition is a pronoun, its verb the sentence's)
_BEFORE_A_PRONOUN = frozenset("for of to with about on in at by from".split())
DOOMED_OBJECT_REACH = 5     # "condemning the whole regional ferry pact to"
_FATES = frozenset("death oblivion irrelevance obscurity failure ruin defeat decline poverty history extinction "
                   "stagnation".split())


def _a_title_and_name(words: list[str]) -> bool:
    """Whether the words are a title and a name ("State Department spokesman Ned Price", "Chief Cabinet Secretary
    Hirokazu Matsuno"): capitalised words, or the lower-case words of a title among them, ending on two
    capitalised words, with no clause in them ("the port must close" is no teller)."""
    # (the first word may be a possessive: "Japan's Defense Minister Ken Sato")
    bare = [words[0].removesuffix("'s").removesuffix("\u2019s")] + words[1:] if words else []
    return TELLER_WORDS < len(words) <= NAMED_TELLER_WORDS and all(t.isalpha() for t in bare) \
        and all(t[:1].isupper() for t in words[-2:]) and all(
            t[:1].isupper() or t.lower() in _TITLE_WORDS for t in words)


NAMED_TELLER_WORDS = 7      # "Chinese Foreign Ministry spokesperson Zhao Lijian"
# the lower-case words of a title before a name
_TITLE_WORDS = frozenset("spokesman spokeswoman spokesperson representative minister secretary official adviser "
                         "advisor ambassador envoy president chairman chair director analyst professor senator "
                         "lawmaker deputy senior former foreign defense defence chief leader national security press "
                         "of for the".split())


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
TOLD_ADDRESSEE_WORDS = 5    # "..., the minister told the House Foreign Affairs Committee."
APPOSED_WORDS = 30      # from the verb back to the comma before the teller's name


def _only_a_setting_follows(lowered: list[str], after: int) -> bool:
    """Whether all that follows a verb of saying, to the sentence's end, is when or where it was said ("reported on
    Monday.", "said in Tokyo last week.")."""
    rest = lowered[after:]
    return 1 < len(rest) <= SAID_SETTING_WORDS + 1 and rest[-1] == "." and rest[0] in _SETTING_OPENERS \
        and all(t[:1].isalnum() for t in rest[:-1]) and OPENING_A_CLAUSE.isdisjoint(rest[1:-1])


def _as_someone_said(raw: list[str], lowered: list[str], verb: int) -> bool:
    """Whether the verb closes a clause ", as <someone> <verb>" (not "the goals announced at the summit")."""
    at = next((k for k in range(verb - 1, max(0, verb - TELLER_WORDS - 2), -1) if lowered[k] == "as"), None)
    return at is not None and at > 0 and raw[at - 1] == "," and _names_a_teller(raw[at + 1:verb])


_SETTING_OPENERS = frozenset("on in at last this earlier yesterday today recently after during before "
                             "following".split())
SAID_SETTING_WORDS = 7      # "said at a press briefing on Monday."


def _judged_act_of_saying(scan: SentenceScan, start: int) -> bool:
    """Whether the reporting word is an act the main clause judges: an -ing form after "in", "by" or "for", with a
    judging word before it ("was right in saying that...", "did the wrong thing by promising that...")."""
    lowered = scan.lowered
    return start > 1 and lowered[start].endswith("ing") and lowered[start - 1] in _ACT_PREPOSITIONS and any(
        cue_start + cue_length <= start - 1 for cue_start, cue_length, _, _ in scan.found["polar"])


_ACT_PREPOSITIONS = frozenset("in by for".split())


def _endorsed_saying(lowered: list[str], start: int) -> bool:
    """Whether the writer endorses the saying at `start`: an adverb right before it ("the mayor rightly said
    that...", "has correctly argued that..."), or a closing ", and she was right" or ", and rightly so" with no other
    clause between ("..., but the council rejected her plea, and rightly so" endorses the rejection). Not a saying
    denied ("No one can rightly argue that...")."""
    if not start or not _DENYING_A_SAYING.isdisjoint(lowered[:start]) or lowered[0] in NO_ONE:
        return False
    if lowered[start - 1] in ENDORSING and lowered[start - 1] != "properly" and (start < 2 or lowered[start - 2] not in BE):
        return True         # (not a passive, "was rightly told that...", whose teller the sentence may not name)
    joint = closing_endorsement(lowered)
    return joint is not None and joint > start and _OTHER_CLAUSES.isdisjoint(lowered[start:joint])


_DENYING_A_SAYING = frozenset("not never n't hardly scarcely cannot".split())     # ("cannot rightly argue that...")
# words that open another clause between a saying and a closing endorsement, which then endorses that clause
_OTHER_CLAUSES = frozenset("but yet however though although ; while whereas".split())


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
        if _GENERIC_HOLDERS.isdisjoint(holders) or not WRITER.isdisjoint(raw[opening[0]:start]):
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
            if rest and (rest[0] in WRITER or (rest[0].lower() in _JOINING_TO_WRITER and rest[1:2] and rest[1] in WRITER)
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
    if not words or words[0] in _NOT_A_NEW_SUBJECT or words[0] in OPENING_A_CLAUSE or not words[0][:1].isalpha() \
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
        words[0][:1].isupper() or words[0].lower() in _TELLER_OPENERS) and words[0].lower() not in OPENING_A_CLAUSE


TELLER_WORDS = 4        # "said the foreign minister", "claimed Sato": a short name or title, no clause
_SET_OFF_ENDS = frozenset(",.;:")
_PRESENT_TELLING = frozenset("says argues claims insists notes warns writes explains".split())
_TELLER_OPENERS = frozenset("the a an his her their its one some many several he she they officials experts critics "
                            "analysts diplomats".split())


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
_UNDERGOING = BE | frozenset("feel feels felt feeling seem seems seemed get gets got being remain remains".split())


def _undergone(lowered: list[str], verb: int) -> bool:
    """'as long as the regime feels threatened', 'the ferry will stop as the board is threatened': a reporting verb's
    participle after a linking verb says what its subject undergoes; the subject tells nothing. Not a report set
    off after the claim: opened by "it" or "as" before the verb chain (", it was reported", "as was predicted", ", it
    has been suggested"), or a short subject after a comma with no word that opens a clause of its own (", local
    residents have been warned"; not ", as the board is threatened"): the claim is the report's."""
    if not (verb > 0 and lowered[verb - 1] in _UNDERGOING and lowered[verb].endswith("ed")):
        return False
    chain = verb - 1
    while chain > 0 and lowered[chain - 1] in AUXILIARY_CHAIN:
        chain -= 1          # ("has been warned": the chain starts at "has")
    if lowered[verb - 1] in BE and chain > 0 and lowered[chain - 1] in _TELLING_OPENERS:
        return False
    comma = next((k for k in range(chain - 1, max(-1, chain - 1 - SET_OFF_SUBJECT), -1) if lowered[k] in (",", ";")),
                 None)
    return comma is None or not _SUBORDINATORS.isdisjoint(lowered[comma + 1:chain])


_TELLING_OPENERS = frozenset("it as".split())      # "it was reported", "as was predicted", "it has been suggested"
SET_OFF_SUBJECT = 4     # ", the two local residents have been warned": the subject of a report set off after a comma
_SUBORDINATORS = frozenset("as if when while because since unless until though although long once".split())


def _what_it_shows(lowered: list[str], start: int) -> bool:
    """'Equally important, it highlights that...', 'This underlines that...': what a thing or an event shows is
    the writer's inference from it, not someone's view reported."""
    return start > 0 and lowered[start - 1] in THING_SUBJECTS and lowered[start].startswith(SHOWING_REPORTS)


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
_SAYING = frozenset("say says said".split())
_ARGUED_ABOUT = frozenset("against for".split())
_CLAIMING = frozenset("claim claims claimed claiming".split())     # (what someone claims to be or do is their claim)
# a claim granted or denied by the writer ("can rightly claim to", "cannot claim to", "can no longer claim to")
_CLAIM_GRANTED = frozenset("can could may might rightly justly fairly legitimately cannot not no never longer".split())
_NOUN_ENDINGS = ("ty", "ties", "ship", "ment", "ness", "tion", "sion", "ance", "ence", "ism", "ry", "ries")


def _claimed_to_be_or_do(raw: list[str], lowered: list[str], start: int, polar: list) -> bool:
    """Whether "claim(s)" at `start`, before "to", is a verb whose infinitive tells what its subject claims to be or do
    ("Beijing claims to be a responsible stakeholder", "claimed to want"): not the noun ("China's claims to the
    islands", "territorial claims to Crimea": a determiner or a name after "to", a possessive or a modifier before
    it), not a claim the writer grants ("the pact can rightly claim to be a success"), not one named after the
    writer's verdict ("undermines the principles it claims to champion") or answered after it."""
    if start + 2 >= len(lowered) or not lowered[start + 2].isalpha() or lowered[start + 2] in NOUN_MARKERS \
            or raw[start + 2][:1].isupper() or lowered[start + 2].endswith(_NOUN_ENDINGS):
        return False        # ("competing claims to sovereignty": a noun after "to")
    before = lowered[start - 1] if start else ""
    if before.endswith(POSSESSIVE_ENDINGS) or before in NOUN_MARKERS or before.endswith(_CLAIM_MODIFIERS_ENDING):
        return False
    # (nor one the writer answers in a later clause: "Beijing claims to champion free trade, but its subsidies...")
    return _CLAIM_GRANTED.isdisjoint(lowered[max(0, start - 3):start]) and all(m[0] > start for m in polar) and \
        _OTHER_CLAUSES.isdisjoint(lowered[start:])


_CLAIM_MODIFIERS_ENDING = ("al", "ic", "ive", "ous")     # ("territorial claims", "historic claims")
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
        at < 2 or lowered[at - 2] not in THING_SUBJECTS)
    if not told_whom and (at >= len(lowered) or lowered[at] not in _DELAYING or not (
            lowered[at - 1].endswith("ed") or lowered[at - 1] in _PAST_REPORTING or lowered[at] in _HEARERS
            or (lowered[at - 1] in _ONLY_VERBS and at >= 2 and lowered[at - 2] not in MODALS_AND_TO
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
        if lowered[k] == "," and lowered[k - 1] in WEEKDAYS:
            continue        # ("said on Thursday, 11 June that...": a date's comma)
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
    if at > 1 and lowered[at - 1] in _TELLING and lowered[at - 2] not in THING_SUBJECTS and (
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
                    token in _VIEW_NOUNS or (token in FELT_NOUNS and lowered[at - 1] in EXPRESSING))):
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


_HEARERS_TITLES = TITLES | frozenset("prime secretary minister senator governor ambassador general admiral "
                                      "mayor".split())
_TELLING = frozenset("told tells tell".split())
_TOLD_PRONOUNS = frozenset("me us him her them you".split())
_DIRECTIVES = frozenset(("calling for", "called for", "calls for", "call for", "urged", "urging", "urges",
                         "demanded", "demanding", "demands", "impressed upon", "impressed on"))
_WRITER_SUBJECTS = frozenset(("I", "we", "We"))
WRITER_CLAUSE_REACH = 6      # ", and from the islands we": tokens from the joining word to the writer's subject
_PAST_VIEWS = frozenset("argued believed thought said wrote claimed contended maintained insisted assumed warned "
                         "predicted doubted cautioned announced".split())
_TELLING_CLOSERS = frozenset("told tells".split())
# verbs that may close a sentence after a teller set off with what they are ("..., a senior fellow at X, told TASS.")
_CLOSING_TELLING = _PAST_VIEWS | _PRESENT_TELLING | frozenset("told tells added adds noted stressed explained".split())
_TIMES_GONE_BY = frozenset("once previously earlier formerly then".split())
# what someone singled out as a thing ("the strategy highlighted the invasion as among the clearest threats")
_SINGLING_OUT = frozenset("highlighted highlights highlighting singled".split())


def _a_text_named_it_as(raw: list[str], lowered: list[str], verb: int, at: int) -> bool:
    """Whether a text or a body (a document's noun, an acronym such as "NSS", or people) singled out its object at
    `at` "as" something, before the clause breaks off ("the strategy highlighted the invasion as among the clearest
    threats"); not what an event showed ("The crisis highlighted the alliance as the cornerstone..."), nor "as well
    as", "as never before"."""
    subject = next((k for k in range(verb - 1, -1, -1) if raw[k][:1].isalpha()), None)
    if subject is None or not (lowered[subject] in DOCUMENT_NOUNS or lowered[subject] in CONFIRMERS or (
            len(raw[subject]) > 1 and raw[subject].isupper())):
        return False
    end = next((k for k in range(at, len(lowered)) if lowered[k] in _ENDING_WHAT_IS_SAID or lowered[k] == "."),
               len(lowered))
    return any(lowered[k] == "as" and lowered[k + 1] not in _AS_NOT_NAMING for k in range(at, end - 1))


_AS_NOT_NAMING = frozenset("well never ever much long soon such if though".split())


# verbs and phrases whose object carries the view, with no that-clause ("urged Tokyo to...", "point to...")
_OBJECT_CARRIES_THE_VIEW = _DIRECTIVES | _TAKING_ISSUE | _HOLDING_FORTH | _POINTING_TO


def _recalls_former_view(scan: SentenceScan, start: int, *, first_person: bool) -> bool:
    """'For years I argued that X': the writer recalls a view of theirs in the simple past; what they hold now
    comes elsewhere (often the next sentence: "That hope did not survive"). Not the present perfect ("I have long
    argued", a view still held), and not when the sentence itself says how the view fared ("as I argued, it has
    come true"; "Two years ago I wrote that..." is revisited by shift.py). Of the author in the third person (a
    profile), the simple past is what they said to the writer ("He said he could now accept..."): a former view
    only with a time gone by ("Mr. Tanaka once warned that...")."""
    if not (scan.lowered[start] in _PAST_VIEWS and scan.shift is None
            and not PERFECT.intersection(scan.lowered[max(0, start - 3):start])):
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


# Every word one of the rules of a view held by someone else needs (besides an opening "her", "his" or "their"):
# anothers_feeling, anothers_line (and _after_what_it_explains), holders_perceive, widely_felt ("there"), actor_perceives,
# anothers_stated_need, anothers_commitment, anothers_aim, anothers_attitude, anothers_expression,
# anothers_naming, feelings_arising.
_HELD_BY_OTHERS = FELT | HELD_FEARS | NAMED_VIEWS | OFFERED_REASONS | PROPOSALS | HOLDERS_REGARDING \
    | frozenset(("there",)) | COMMITTING | AIMS \
    | ATTITUDES | VOICING | FEELINGS_STIRRED | NAMING | NAMED_PASSIVES | NAMING_BASE | REGARDING_IN_PASSING | STANCE_TOWARD \
    | FEELING_NOUNS | VIEWS_ARISING \
    | STATING_A_NEED | STATING_BASES | WARNING_OF | frozenset(("seen",)) | STRIKING | DEMANDS
