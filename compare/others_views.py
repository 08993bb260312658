"""Views a sentence gives as someone else's: a feeling, hope or fear, wish or aim, attitude, line, need or concern
held by the one it names, or a view it finds widely held, seen from another's standpoint or passed on in an aside.
attribution.attribution_of() asks each in turn, after a question and before the reporting verbs.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .clauses import AUXILIARIES, COPULAS, LINKING_OPENERS, MAIN_KINDS, MODALS, POSSESSIVE_ENDINGS, RELATIVES, clause_at
from .shift import FEELINGS, THIRD_PERSONS, THIRD_POSSESSIVES
from .verdicts import dismissed_worry
from .voices import (
    AUXILIARY_CHAIN,
    BE,
    BEING,
    BETWEEN_BE_AND_VERB,
    BREAK_TOKENS,
    CLAUSE_MARKS,
    CONFIRMERS,
    ENDORSING,
    EXPRESSED_STANCES,
    FEELER_REACH,
    FEELING_DEGREES,
    FEELING_REACH,
    FEELING_VERBS,
    FIRST_PERSON,
    GOING_ON,
    HELD_FEARS,
    HELD_VIEWS,
    HOLDER_REACH,
    HOLDERS,
    INCEPTIVES,
    LINE_REACH,
    MODALS_AND_TO,
    NAMED_VIEWS,
    NOT_FEELERS,
    NOUN_MARKERS,
    OPENING_A_CLAUSE,
    PASSING_ON,
    PERFECT,
    POSSESSORS,
    PREPOSITION_BEFORE_PARTICIPLE,
    QUOTES,
    SEEMING,
    SETTING_WORDS,
    SHOWING_VERBS,
    SURE,
    THING_SUBJECTS,
    TO_BE,
    VOICING,
    WRITER,
    WRITERS_OWN,
    in_the_first_person,
    is_author,
    is_first_person,
)
from .wordclass import DETERMINERS, plans_as_a_noun

if TYPE_CHECKING:
    from .cues import SentenceScan


def anothers_feeling(raw: list[str], lowered: list[str], author_names: frozenset[str]) -> bool:
    """'She is even more alarmed by what has happened to the North's friendships.': a feeling told of someone the
    writer writes about, not the writer's own stance (unless the text makes that pronoun its author)."""
    if len(lowered) < 3 or (FELT.isdisjoint(lowered) and FEELINGS_STIRRED.isdisjoint(lowered)
                            and _WORRY_VOICING.isdisjoint(lowered)):
        return False        # (most sentences: no word of feeling, told by one C-level test)
    if _named_hope_or_fear(raw, lowered, author_names) or _opening_feeling(raw, lowered, author_names):
        return True
    if (opening := _past_an_opening_setting(lowered)) and len(lowered) - opening >= 3 and _people_named(
            raw[opening:opening + FEELER_REACH]):
        raw, lowered = raw[opening:], lowered[opening:]     # ("In 2016, officials in the port were concerned...")
    if lowered[0] in THIRD_PERSONS:
        if raw[0] in author_names or lowered[1] not in FEELING_VERBS:
            return False
        verb = 1
    else:
        # "The harbour board is becoming increasingly alarmed by...": a subject the sentence names, not the writer
        being = next((k for k in range(1, min(len(lowered), FEELER_REACH)) if lowered[k] in BEING), None)
        if being is None or lowered[0] in NOT_FEELERS or not _only_an_aside(lowered[:being]) or any(
                map(is_first_person, raw[:being])) or is_author(raw[:being], author_names):
            return False
        verb = being
        # only degree words between the verb and the feeling ("is becoming increasingly alarmed"; in "has made me
        # less confident" and "is to make certain" the feeling is not the subject's)
        # ("The board seems to be concerned that...": the feeling after "seems to be" is the subject's too)
        between = FEELING_DEGREES | TO_BE if lowered[verb] in SEEMING else FEELING_DEGREES
        feeling = next((k for k in range(verb + 1, min(len(lowered), verb + 1 + FEELING_REACH))
                        if lowered[k] not in between), None)
        # (or one stirred by what follows in people the subject names: "The Chinese leadership is angered by the
        # party's success"; not in a thing, "The pact is shaken by the dispute")
        stirred = feeling is not None and lowered[feeling] in FEELINGS_STIRRED and lowered[feeling + 1:feeling + 2] in (
            ["by"], ["at"], ["over"]) and _feelers_named(raw[:being])
        return feeling is not None and (lowered[feeling] in FEELINGS or stirred) and not (
            lowered[feeling] in SURE and lowered[feeling + 1:feeling + 2] == ["to"]) and not (  # ("is sure to bring")
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
    return any(w.lower() in CONFIRMERS or w.lower().endswith(_PEOPLES_ENDINGS) or w[:1].isupper()
               for w in words[:head] if w.lower() not in NOT_FEELERS)


_PREPOSITIONS_AFTER_A_HEAD = frozenset("for of in on about with to from at over".split())


def _feelers_named(subject: list[str]) -> bool:
    """Whether a subject names people who feel, by a word of people ("officials", "leaders"), a capital past its first
    word ("The Chinese leadership") or a lone name ("Beijing"): not the capital every sentence opens on ("Public trust
    is shaken by...")."""
    words = [w for w in subject if w.lower() not in NOT_FEELERS]
    return bool(words) and (any(w.lower() in CONFIRMERS or w.lower().endswith(_PEOPLES_ENDINGS) for w in words)
                            or any(w[:1].isupper() for w in subject[1:])
                            or (len(subject) == 1 and subject[0][:1].isupper()))
_PEOPLES_ENDINGS = ("makers", "ists", "ians", "ers", "ors")     # policymakers, analysts, politicians, leaders, investors


def involved_sense(lowered: list[str], k: int) -> bool:
    """Whether "concerned" at k means involved, no feeling: "as far as the fees are concerned", "where the port is
    concerned", "the parties concerned", "all concerned"."""
    if lowered[k] != "concerned":
        return False
    if k and lowered[k - 1] in BE:
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
_NOT_PLURAL_NOUNS = BE | frozenset("has does always was is as thus perhaps less".split())
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
    first = 1 if lowered[0] in OPENING_LINKS else 0     # "But stung by the tolls, the port..."
    if len(lowered) < first + 2 or (lowered[first] not in FEELINGS and lowered[first] not in FEELINGS_STIRRED) \
            or lowered[first + 1] not in _FEELING_OBJECTS:
        return False
    comma = next((k for k, word in enumerate(lowered) if word == ","), None)
    if comma is None or comma + 1 >= len(raw) or not MODALS.isdisjoint(lowered[comma:]):
        return False
    subject = raw[comma + 1:comma + 1 + NAME_REACH]
    return not (is_first_person(subject[0]) or is_author(subject, author_names))


_FEELING_OBJECTS = frozenset("that by about of over at".split())
# feelings stirred in the subject by what follows: "Humiliated by the vote, the port...", "Stung by the tolls,..."
# (positions.py's _STIRRING holds those a subject stirs in others it names, "rattled the investors": fewer, as a verb
# such as "encouraged" or "buoyed" before a noun is more often the writer's account of an effect than a feeling)
FEELINGS_STIRRED = frozenset("humiliated frustrated stung disappointed embarrassed spooked outraged incensed offended "
                             "insulted emboldened encouraged buoyed disheartened chastened shaken angered upset "
                             "rattled dismayed disturbed irritated annoyed unsettled frightened".split())
OPENING_LINKS = frozenset("but yet and still so".split())


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
    if not names or lowered[0] in NOT_FEELERS or lowered[0] in NOUN_MARKERS or lowered[0] in _QUANTIFIERS or \
            is_author(raw[:names], author_names) or any(map(is_first_person, raw[:names])):
        return False        # ("Any hope that Moscow might help..." opens on no name; "Yet I worry..." on the writer)
    k = names
    if lowered[k] in INCEPTIVES and lowered[k + 1:k + 2] == ["to"]:
        k += 2      # "began to fear"
    while k < len(lowered) and (lowered[k].endswith("ly") or lowered[k] in BETWEEN_BE_AND_VERB):
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
        if word in AUXILIARIES or word in OPENING_A_CLAUSE or not word[:1].isalpha():
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


def reported_in_a_participle(scan: SentenceScan) -> bool:
    """'The US took such steps to the WTO, alleging they violate its rules': what a participle of saying after a
    comma reports is the subject's claim, when every cue of the sentence stands after it; so too with no comma after
    the object of an act told in the past (_said_as_it_acted)."""
    lowered = scan.lowered
    for at in (k for k in range(1, len(lowered)) if lowered[k] in REPORTING_PARTICIPLES):
        if any(map(is_first_person, scan.raw[:at])):
            return False
        if lowered[at - 1] == "," and every_cue_after(scan, at):
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
REPORTING_PARTICIPLES = frozenset("alleging claiming arguing insisting saying asserting contending complaining "
                                  "charging".split())


def to_the_effect_that(scan: SentenceScan) -> bool:
    """'Trump had conveyed messages to the effect that the speed was not important': what a message, a remark or a
    statement said, told "to the effect that", is its sayer's, when every cue stands after it."""
    lowered = scan.lowered
    at = next((k for k in range(1, len(lowered) - 2) if lowered[k - 1:k + 3] == ["to", "the", "effect", "that"]), None)
    return at is not None and every_cue_after(scan, at + 2) and not any(map(is_first_person, scan.raw[:at]))


def a_view_conveyed(raw: list[str], lowered: list[str]) -> bool:
    """'Pundits in the port have been sending the serious message that the town must...', 'the Harbour Board
    conveyed a signal that...', 'the mayor issued a stark warning: the pier must...', 'Westport also had a similar
    view that the cartel may...': the content of a message
    people or a named party send, or of a view they hold, is theirs; the writer's own is in the first person ("We
    must send the clear message that..." calls for sending it: a modal before the verb)."""
    for k, word in enumerate(lowered):
        nouns = _MESSAGES if word in _SENDING else _VIEWS_HELD_THAT if word in _HOLDING else None
        if nouns is None:
            continue
        noun = next((j for j in range(k + 1, min(len(lowered), k + 1 + MESSAGE_REACH)) if lowered[j] in nouns), None)
        if noun is None or lowered[noun + 1:noun + 2] not in (["that"], [":"]) or any(
                is_first_person(w) or (w.endswith("ed") and "-" not in w) for w in raw[k + 1:noun]):
            continue        # ("has altered my conviction that...": another verb, and the writer's own view)
        before = raw[:k]
        if word in _ISSUING or lowered[noun + 1] == ":":
            # (a warning issued or sounded, and a message told after a colon, only by a sender the subject names:
            # "Biden issued a stark warning: ...", "the minister issued a warning that..."; not "The war in Ukraine
            # sent a clear message: ...", "Rising tolls have sounded a warning that...", signs the writer reads)
            senders = _a_named_sender(raw, lowered, k)
        else:
            # (sent by people or a named party: "The mayor's visit sent a signal that..." is the writer's inference)
            senders = any(w.lower() in HOLDERS for w in before) or _an_office_sends(lowered, k) or any(
                w[:1].isupper() for w in before[1:]) or (
                bool(before) and before[0][:1].isupper() and lowered[0] not in _NOT_A_NAME_AT_THE_START
                and not lowered[0].endswith("s"))
        return senders and not any(map(is_first_person, before)) and MODALS_AND_TO.isdisjoint(lowered[:k])
    return False


_ISSUING = frozenset("issue issues issued issuing sound sounds sounded sounding".split())
_SENDING = frozenset("send sends sent sending convey conveys conveyed conveying deliver delivers delivered "
                     "delivering push pushes pushed pushing spread spreads spreading peddle peddles peddled "
                     "peddling sell sells sold selling".split()) | _ISSUING
# ("Westport is pushing the message that it is a reliable partner", "analysts are selling the narrative that...",
# "the mayor issued a stark warning: the pier must...")
_MESSAGES = frozenset("message messages signal signals narrative narratives warning warnings".split())
def _an_office_sends(lowered: list[str], verb: int) -> bool:
    """'The minister issued a stark warning that...', 'the government has sent a message that...': the head of the
    subject, right before the verb (past auxiliaries and adverbs), names an office; not "The silence of the government
    sends the message that..." (its head is another noun)."""
    k = verb - 1
    while k > 0 and (lowered[k] in AUXILIARIES or lowered[k].endswith("ly")):
        k -= 1
    return k >= 0 and lowered[k] in _OFFICES and _BEFORE_A_HEAD.isdisjoint(lowered[:k])


def _a_named_sender(raw: list[str], lowered: list[str], verb: int) -> bool:
    """Whether the subject of the verb at `verb` (after the last comma before it, past auxiliaries, adverbs and a
    closing time, "on Monday") is a name or an office with nothing before its head that puts the head in a phrase of
    another noun ("President Joe Biden on Monday issued...", "The minister has issued..."; not "Russia's invasion of
    Ukraine sent...")."""
    opens = next((k + 1 for k in range(verb - 1, -1, -1) if lowered[k] == ","), 0)
    end = verb
    if opens == verb:
        # ("President Biden, in a speech on Monday, issued...": the subject stands before the aside)
        aside = next((k for k in range(verb - 2, -1, -1) if lowered[k] == ","), None)
        if aside is None:
            return False
        end, opens = aside, next((k + 1 for k in range(aside - 1, -1, -1) if lowered[k] == ","), 0)
    while end > opens and (lowered[end - 1] in AUXILIARIES or lowered[end - 1].endswith("ly")):
        end -= 1
    if end - opens > 2 and lowered[end - 2] in _CLOSING_TIMES:
        end -= 2        # ("on Monday", "last week")
    subject = lowered[opens:end]
    if not subject or not _BEFORE_A_HEAD.isdisjoint(subject):
        return False
    head = end - 1
    # (a capitalised first word ending in "s" names no one: "Markets have sounded a warning...")
    named = raw[head][:1].isupper() and lowered[head] not in _NOT_A_NAME_AT_THE_START and not (
        head == 0 and lowered[head].endswith("s"))
    return named or lowered[head] in _OFFICES or lowered[head] in HOLDERS


_CLOSING_TIMES = frozenset("on last this earlier".split())
# words that put the noun after them out of the subject's head ("The turmoil in the government sends...")
_BEFORE_A_HEAD = frozenset("of in at on from with over within among".split())
# those in office who send a message
_OFFICES = frozenset("minister ministry mayor government council board spokesman spokeswoman spokesperson leader "
                     "leaders secretary ambassador envoy administration cabinet chancellor president premier".split())
_HOLDING = frozenset("had has have held holds hold shared shares share".split())
_VIEWS_HELD_THAT = frozenset("view views belief beliefs conviction assessment perception expectation".split())
VIEW_SIGNS = _MESSAGES | _VIEWS_HELD_THAT
MESSAGE_REACH = 4       # "sending the serious message", "had a similar strategic view"
# capitalised at the start of a sentence for no name of its own
_NOT_A_NAME_AT_THE_START = frozenset("the a an this that these those it its their his her such some many most "
                                     "each every one both all no".split())


def a_consensus_of_others(raw: list[str], lowered: list[str]) -> bool:
    """'That is the consensus from Russian foreign policy experts', 'There is a growing consensus among analysts that
    ...': a view the sentence gives to those whose consensus it is, not the writer's ("our consensus" and a consensus
    no one is named for, "a consensus is needed", are not so told)."""
    at = lowered.index("consensus")
    if at + 2 >= len(lowered) or lowered[at + 1] not in _OF_HOLDERS:
        return False
    phrase = raw[at + 2:at + 2 + CONSENSUS_REACH]
    if any(map(is_first_person, raw[:at + 2] + phrase)) or "mine" in lowered[at + 2:at + 2 + CONSENSUS_REACH]:
        return False    # (and "the consensus among trade economists, mine included": the writer's too)
    return any(word[:1].isupper() or word.lower() in HOLDERS for word in phrase)


_OF_HOLDERS = frozenset("of from among within".split())
CONSENSUS_REACH = 4     # "among Russian foreign policy experts"


def advocated_by_others(scan: SentenceScan) -> bool:
    """'Boosting economic security has been one of the top items advocated by the ruling party', 'The pier is the plan
    championed by the harbour board': what the sentence judges is a course someone it names (by name, or as a party,
    a board...) advocates, every cue before the verb; theirs, not the writer's ("The TPP, championed by Obama, was a
    mistake" judges it after)."""
    raw, lowered = scan.raw, scan.lowered
    if scan.found["prescription"] or scan.found["commitment"] or scan.found["prediction"] or any(
            map(is_first_person, raw)):
        return False    # (a verdict only: "...proposed by scholars a decade ago will not last" foretells)
    for k in range(2, len(lowered) - 2):
        if lowered[k] in ADVOCATED and lowered[k + 1] == "by" and (
                raw[k + 2][:1].isupper() or lowered[k + 2] in HOLDERS or lowered[k + 2] == "the") and \
                not COPULAS.isdisjoint(lowered[:k]) and not any(m[0] > k for m in scan.found["polar"]):
            return True
    return False


ADVOCATED = frozenset("advocated championed promoted proposed pushed favored favoured".split())


def a_saying_cited(scan: SentenceScan) -> bool:
    """'Speaking at the forum, the mayor used an old aphorism: "When pacts fail, the islands suffer."': a saying
    someone other than the writer used or cited, set out after a colon, with every cue after the colon."""
    lowered = scan.lowered
    colon = lowered.index(":")
    saying = next((k for k in range(colon - 1, max(-1, colon - 1 - SAYING_NOUN_REACH), -1) if lowered[k] in SAYINGS),
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
    return opens < verb and not any(map(is_first_person, scan.raw[opens:verb])) and every_cue_after(scan, colon)


SAYINGS = frozenset("aphorism saying proverb adage maxim phrase expression metaphor quip motto slogan".split())
_CITING = frozenset("use used uses using cite cited cites citing invoke invoked invokes invoking quote quoted quotes "
                    "quoting borrowed offered repeated repeats repeating coined".split())
SAYING_NOUN_REACH = 4       # "used an oft-spoken old aphorism:", "an old Chinese saying:"


def every_cue_after(scan: SentenceScan, at: int) -> bool:
    """Whether every call, commitment, forecast and judging word of the sentence comes after token `at`."""
    return all(m[0] > at for name in ("prescription", "commitment", "prediction", "polar") for m in scan.found[name])


def from_anothers_standpoint(raw: list[str], lowered: list[str]) -> bool:
    """'From China's perspective, ...', 'From Beijing's point of view, ...': an opening standpoint of a capital or a
    country other than Japan's and America's, the sides this corpus's writers speak for ("From Japan's perspective"
    is as often the writer's own country's, and stays the writer's)."""
    if len(lowered) < 5 or not raw[1][:1].isupper() or not lowered[1].endswith(("'s", "\u2019s")):
        return False
    owner = lowered[1].removesuffix("'s").removesuffix("\u2019s")
    return owner not in _OWN_SIDES and (lowered[2] in _STANDPOINTS or lowered[2:5] == ["point", "of", "view"])


_OWN_SIDES = frozenset("japan tokyo america washington".split())
_STANDPOINTS = frozenset("perspective standpoint viewpoint vantage".split())


def as_someone_sees_it(lowered: list[str]) -> bool:
    """'As Washington sees it, ...', 'As the hawks in Seoul see it, ...': an opening "as" clause of someone's way of
    seeing, set off by a comma, gives how the matter looks to them (not "As I see it," nor "As we saw it,")."""
    comma = next((k for k in range(2, min(len(lowered), SEEING_REACH)) if lowered[k] == ","), None)
    return comma is not None and lowered[comma - 1] == "it" and lowered[comma - 2] in _SEEING and \
        FIRST_PERSON.isdisjoint(lowered[1:comma - 2])


SEEING_REACH = 12       # "As the hawks in the ruling party see it,"


def as_someone_put_it(raw: list[str], lowered: list[str], scan: SentenceScan, author_names: frozenset[str]) -> bool:
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
            not OPENING_A_CLAUSE.isdisjoint(t.lower() for t in teller) or not AUXILIARIES.isdisjoint(
            t.lower() for t in teller) or is_author(teller, author_names):
        return False        # ("As I noted,", "As has been said,", "As the figures that were published show")
    close = next((k for k in range(verb + 1, min(len(raw), verb + 2 + SETTING_WORDS + 2)) if raw[k] in (",", ":")),
                 None)
    return close is not None and not QUOTES.isdisjoint(raw[close + 1:])


PUT_IT_TELLER_WORDS = 8     # "As former US national security adviser John Bolton wrote"
_PUTTING = frozenset("put puts".split())
_SEEING = frozenset("sees see saw view views viewed understands understand understood".split())


def to_some_holders(lowered: list[str]) -> bool:
    """'To many, ...', 'To some in Tokyo, ...', 'To critics of the deal, ...', 'For some, ...': an opening "to" or
    "for" naming people, set off by a comma, gives how the matter looks to them ("To some extent, ...", "To be sure,
    ...", "For some time, ..." name nobody)."""
    if not (len(lowered) > 3 and (lowered[1] in _LOOKERS_ON or lowered[1] in TITLES) and lowered[2] not in _NOT_PEOPLE
            and "," in lowered[2:HOLDER_PHRASE_REACH]):
        return False
    holders = lowered[2:lowered.index(",", 2)]
    return FIRST_PERSON.isdisjoint(holders) and _TIMES.isdisjoint(holders) and not any(
        c.isdigit() for word in holders for c in word)      # ("For most of the 2010s, ...")


# ("For most of the past decade, ...": a time)
_TIMES = frozenset("decade decades century centuries era years months weeks time period postwar".split())
# a person named by title ("To Mr. Abe, this answer must seem...", "To President Moon, ...")
TITLES = frozenset("mr mr. mrs mrs. ms ms. dr dr. president premier chancellor".split())
HOLDER_PHRASE_REACH = 8     # "To many in the harbour towns,"
_LOOKERS_ON = HOLDERS - frozenset("tokyo washington beijing seoul commentary articles columns editorials papers "
                                   "reports".split()) | frozenset("most skeptics sceptics outsiders supporters "
                                                                  "opponents detractors them".split())
# ("For some time, ...", "For many years, ...", "For many of us, ...": a time, or the writer among them)
_NOT_PEOPLE = frozenset("extent degree length point time years decades months weeks days reason reasons".split())


def a_past_expectation(scan: SentenceScan) -> bool:
    """'The hope was that the pact would force the rival port to abide by fair rules', 'the thinking had been that...': an
    expectation held then, named without its holder (or with one other than the writer), whose content follows
    "was that"; every cue stands in it."""
    lowered = scan.lowered
    for k in range(1, len(lowered) - 2):
        # (an adjective may stand between: "The basic idea was that...", "the original hope"; not "my basic idea")
        marker = k - 2 if k > 1 and lowered[k - 1].isalpha() and lowered[k - 2] in NOUN_MARKERS else k - 1
        if lowered[k] in PAST_VIEW_NOUNS and lowered[k + 1] in _PAST_BE_FORMS and "that" in lowered[k + 2:k + 4] \
                and (lowered[marker] in NOUN_MARKERS - WRITERS_OWN or lowered[marker].endswith(POSSESSIVE_ENDINGS)):
            return every_cue_after(scan, k + 2 + lowered[k + 2:k + 4].index("that"))
        # and a view held now by someone the sentence names ("The port's fear is that...", "The Chinese hope is
        # that..."); "the fear is that..." and "my fear is that..." stay the writer's
        if (lowered[k] in PAST_VIEW_NOUNS or lowered[k] in FEARS) and lowered[k + 1] in ("is", "are") and \
                lowered[k + 2:k + 3] == ["that"] and k and _a_named_holder(scan.raw[k - 1], lowered[k - 1]):
            return every_cue_after(scan, k + 2)
    return False


def a_premise_rested_on(scan: SentenceScan) -> bool:
    """'The pivot was based on the assumption that the US should remain the primary power', 'The strategy is
    premised on the assumption that the pact must be strengthened': the premise a course or a thing is built on is
    held by its makers, and the writer names it (often to question it); every cue stands in its that-clause. Not the
    writer's own ("My plan was based on the assumption that...", "we base this on the assumption that...")."""
    lowered = scan.lowered
    if in_the_first_person(scan.raw):
        return False
    for k in range(1, len(lowered) - 3):
        if lowered[k] in _RESTING and lowered[k + 1] in _ON and (lowered[k] in _RESTING_FINITE or lowered[k - 1] in BE):
            noun = next((j for j in range(k + 2, min(len(lowered), k + 2 + PREMISE_WORDS)) if lowered[j] in PREMISES),
                        None)
            if noun is None or lowered[noun + 1:noun + 2] != ["that"] or not all(
                    word.isalpha() for word in lowered[k + 2:noun]) or not _DISCOURSE.isdisjoint(lowered[:k]):
                continue    # ("This argument is based on the conviction that...": the writer's own case, or theirs)
            # every cue in the premise's own clauses: not "..., and sanctions have clearly failed", the writer's answer
            # (a main clause after a comma or a semicolon; "could and should remain" is one clause of the premise)
            end = next((j for j in range(noun + 2, len(lowered)) if lowered[j] in _CLAUSE_BREAKS), len(lowered))
            return every_cue_after(scan, noun + 1) and all(
                m[0] < end for name in _CUE_KINDS for m in scan.found[name])
    return False


_RESTING = frozenset("based premised predicated founded built rests rested rest resting hinges hinged hinge "
                     "relies relied rely".split())
_RESTING_FINITE = frozenset("rests rested rest hinges hinged hinge relies relied rely".split())
_ON = frozenset("on upon".split())
# (an argument, a case or an essay rests on its writer's premise, or on another's: whose, the subject does not say)
_DISCOURSE = frozenset("argument arguments case essay article analysis paper proposal claim reasoning".split())
_CUE_KINDS = ("prescription", "commitment", "prediction", "polar")
_CLAUSE_BREAKS = frozenset((",", ";", "\u2014", "\u2013", "--", "("))
PREMISE_WORDS = 4       # "on the flawed but widely shared assumption"


PAST_VIEW_NOUNS = frozenset("hope hopes idea thinking expectation expectations assumption belief calculation "
                            "reasoning logic premise theory bet wager".split())
PREMISES = PAST_VIEW_NOUNS | frozenset("assumptions beliefs notion conviction presumption".split())
_PAST_BE_FORMS = frozenset("was were had been".split())
FEARS = frozenset("fear fears worry worries".split())


def _a_named_holder(word: str, lowered: str) -> bool:
    """Another's possessive ("the port's", "Beijing's", "their") or a people's adjective ("Chinese", "American")."""
    return (lowered.endswith(POSSESSIVE_ENDINGS) or lowered in ("their", "his", "her", "its") or (
        word[:1].isupper() and lowered.endswith(("ese", "an", "ish", "i")))) and lowered not in WRITERS_OWN


def seen_by_others(scan: SentenceScan) -> bool:
    """'is being presented by many as a big win', 'was hailed by officials as a breakthrough', 'is seen by Beijing
    as a threat': a passive verb of seeing or naming whose agent is people other than the writer, with every cue
    after it; or one in the past with no agent ("it was taken as a warning that..."), how a thing was received; or
    one of framing with none ("the curbs are positioned as a defence of free trade"), how its makers frame it."""
    lowered = scan.lowered
    for k in range(1, len(lowered) - 2):
        if lowered[k] in _SEEN_AS and lowered[k + 1] == "by" and (lowered[k - 1] in BE or lowered[k - 1] == "being") \
                and (lowered[k + 2] in HOLDERS or _an_agent_before_as(scan.raw, lowered, k + 2)):
            return every_cue_after(scan, _verb_group_start(lowered, k) - 1)
        if lowered[k - 1] in PAST_BE and lowered[k + 1] == "as" and (lowered[k] in _SEEN_AS or lowered[k] in _READ_AS):
            return every_cue_after(scan, k)    # "it was taken as a warning that...": how it was received then
        if (lowered[k - 1] in BE or lowered[k - 1] == "being") and lowered[k] in _FRAMED_AS and lowered[k + 1] == "as":
            # "The export curbs are positioned as a defence of free trade": how their makers frame them, now as then
            # (not "..., but it is a failure": the writer's answer)
            answer = next((j for j in range(k + 2, len(lowered)) if lowered[j] in _ANSWERING_A_FRAME
                           or lowered[j - 1:j + 1] == [",", "and"]), len(lowered))
            return every_cue_after(scan, k) and all(m[0] < answer for name in ("prescription", "commitment", "prediction",
                                                                               "polar") for m in scan.found[name])
        if lowered[k] in _SEEN_AS and lowered[k + 1] == "in" and scan.raw[k + 2][:1].isupper() and (
                lowered[k - 1] in BE or lowered[k - 1] == "being") and "as" in lowered[k + 3:k + 3 + PLACE_WORDS]:
            return every_cue_after(scan, _verb_group_start(lowered, k) - 1)    # "would have been viewed in Tokyo as
            #                                                               a positive": the capital's view
    return False


def _an_agent_before_as(raw: list[str], lowered: list[str], start: int) -> bool:
    """'is seen by the "decline" school as a weak power': an agent phrase from `start` to an "as" within AGENT_WORDS
    words, with no first person in it ("seen by many of us as" is the writer's too; "by US officials" is not)."""
    agent = lowered[start:start + AGENT_WORDS]
    return "as" in agent and not in_the_first_person(raw[start:start + agent.index("as")])


AGENT_WORDS = 8     # "by the 'inevitability of China's rise' group as"




def _verb_group_start(lowered: list[str], verb: int) -> int:
    """Where the verb group ending at `verb` begins: "would have been seen" from "would" (its modal is the passive's,
    no forecast of the writer's; callers ask for the cues after the token before it)."""
    while verb > 0 and (lowered[verb - 1] in BE or lowered[verb - 1] in _GROUP_AUXILIARIES):
        verb -= 1
    return verb


_GROUP_AUXILIARIES = frozenset("being have has had would will may might could must should can".split())
PLACE_WORDS = 3     # "viewed in Tokyo as", "seen in New Delhi as"
PAST_BE = frozenset("was were".split())
_READ_AS = frozenset("taken read interpreted understood received".split())
_SEEN_AS = frozenset("presented seen viewed regarded described hailed touted billed portrayed depicted perceived "
                     "considered welcomed criticized criticised condemned praised branded labelled labeled".split())
# verbs of framing a thing for others, whose frame is its makers' ("is billed as", "are being pitched as"; not "is
# seen as", which may be the writer's own view too)
# (the writer's answer to a frame: "..., but it is a failure", "..., and it should act like one"; not "and" inside the
# frame, "marketed as cheap and effective")
_ANSWERING_A_FRAME = frozenset("but ; yet however".split())
_FRAMED_AS = frozenset("positioned framed billed touted marketed pitched packaged spun presented portrayed "
                       "advertised".split())
SEEN_OR_READ_AS = _SEEN_AS | _READ_AS | _FRAMED_AS  # (one test spares most sentences the look: "as" is common)


def tempting_thought(lowered: list[str]) -> bool:
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
CARRYING_ON = frozenset(("continued", "went on"))
HEARSAY = frozenset("reportedly allegedly purportedly supposedly reputedly ostensibly".split())
TOLD_ASIDE = frozenset("told said claimed".split())


def told_in_an_aside(lowered: list[str]) -> bool:
    """Whether an aside set off by commas passes the sentence on as hearsay ("The port, we are told, lures...",
    "..., it is said, ...", "..., we are often told, ..."): what the writer has been told, not the writer's view."""
    for k, word in enumerate(lowered[:-1]):
        if word not in TOLD_ASIDE or lowered[k + 1] not in (",", ".", ";"):
            continue
        start = next((j for j in range(k - 1, max(-1, k - TOLD_ASIDE_REACH), -1) if lowered[j] == ","), None)
        if start is None or lowered[start - 1:start] in (["and"], ["or"]):
            return False    # ("the United States and, I am told, China shared...": one name in a list is hearsay)
        aside = [w for w in lowered[start + 1:k] if w not in _OFTEN and not w.endswith("ly")]
        return aside in (["we", "are"], ["i", "am"], ["we", "were"], ["i", "was"], ["it", "is"], ["it", "was"],
                         ["it's"], ["it\u2019s"], ["we", "have", "been"], ["i", "have", "been"], ["it", "has", "been"])
    return False


def a_common_view_set_out(raw: list[str], lowered: list[str], author_names: frozenset[str]) -> bool:
    """Whether the sentence sets out a view as commonly held ("The conventional wisdom is that...", "The prevailing
    sense today seems to be that...", often to rebut it next) or as someone else's ("it is the view of the council
    that..."; "it is the view of this writer that..." and "it is my view that..." stay the writer's)."""
    for k, word in enumerate(lowered[:-2]):
        if word not in VIEW_WORDS:
            continue
        that = next((j for j in range(k + 1, min(len(lowered), k + 1 + COMMON_VIEW_REACH)) if lowered[j] == "that"),
                    None)
        if that is None:
            continue
        if k and lowered[k - 1] in _COMMONLY_HELD and not _SETTING_OUT.isdisjoint(lowered[k + 1:that]):
            return True     # (not "I reject the conventional wisdom that...": no verb sets it out, the writer rejects it)
        if lowered[max(0, k - 3):k] == ["it", "is", "the"] and lowered[k + 1] == "of":
            holder = raw[k + 2:that]
            return not (is_author(holder, author_names) or WRITER.intersection(holder)
                        or "writer" in (w.lower() for w in holder))
    return False


VIEW_WORDS = frozenset("wisdom view views sense assumption belief narrative thinking opinion judgement judgment".split())
_COMMONLY_HELD = frozenset("conventional received prevailing popular dominant common accepted fashionable".split())
_SETTING_OUT = frozenset("is was seems seemed holds held remains".split())
COMMON_VIEW_REACH = 15  # "the prevailing sense today, amid the storms and the strikes, seems to be that"
TOLD_ASIDE_REACH = 6    # ", we are so often told,": the aside's opening comma a few words back
_OFTEN = frozenset("so often always sometimes now again".split())
SOME_SOURCES = frozenset("some many most all several other one various".split())
ACCOUNTS = frozenset("accounts account estimates reports reckonings".split())


def trailing_source(raw: list[str], lowered: list[str]) -> list[str] | None:
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
FELT = FEELINGS | _HOPING_OR_FEARING       # a word that anothers_feeling needs


def anothers_commitment(scan: SentenceScan, author_names: frozenset[str]) -> bool:
    """'The new premier promises to settle the abduction issue', 'Beijing has pledged to open its market': a
    commitment the sentence tells of someone it names, theirs to keep, is not the writer's stance (the writer's
    own is made in the first person: "we pledge to..."). Only where it is the sentence's one cue of stance: a
    call beside it ("..., and Tokyo should hold him to it") is the writer's."""
    lowered = scan.lowered
    if COMMITTING.isdisjoint(lowered) or scan.found["prescription"] or scan.shift is not None:
        return False
    for start, word in enumerate(lowered):
        # (to act, or that something will be: "the new strategy promises more" only bodes; the -ing form only as
        # a participle after a comma: "..., promising to cooperate on security")
        participle = word.endswith("ing")
        if word in COMMITTING and start and lowered[start - 1] not in _NOT_A_TELLING and \
                (word != "determined" or lowered[start - 1] in BE) and \
                (lowered[start + 1:start + 2] in (["to"], ["that"]) or lowered[start + 1:start + 3] in (
                    ["not", "to"], ["never", "to"])) and (
                    lowered[start - 1] in _UTTERANCES or lowered[start - 1] == "," or _a_plural_party(lowered[start - 1])
                    if participle
                    else scan.kinds[start] in MAIN_KINDS) \
                and not _in_the_writers_frame(scan, start):
            subject = scan.raw[:start]
            return not (any(map(is_first_person, subject)) or is_author(subject, author_names))
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
COMMITTING = frozenset("promises promised promising pledges pledged pledging vows vowed vowing agrees agreed "
                       "agreeing determined commits committing".split())
# what a participle of commitment may stand after, as what made it: "put out a statement vowing to close the pier..."
_UTTERANCES = frozenset("statement statements declaration communique message letter speech address video".split())
_NOT_A_TELLING = MODALS | NOUN_MARKERS | frozenset(("to",))


def _a_plural_party(word: str) -> bool:
    """'all towns vowing not to take sides', 'leaders pledging to...': a plural noun the participle tells of (a
    reduced relative: their vow), not a verb form ("is", "has") nor a possessive."""
    return len(word) > 3 and word.isalpha() and word.endswith("s") and not word.endswith(("ss", "us", "is")) \
        and word not in BE and word not in _NOT_A_TELLING


def anothers_line(raw: list[str], lowered: list[str], author_names: frozenset[str]) -> bool:
    """'The White House line is that the tariffs brought Tokyo to the table', 'Beijing's argument is that...': a
    view named as someone's, whose content the sentence gives; not the writer's ("My view is that...")."""
    if len(lowered) > 3 and lowered[1] in HELD_FEARS and lowered[2] == "of":
        # "The concerns of Japan and Europe are that...": the holder follows the view
        copula = next((k for k in range(3, min(len(lowered) - 1, 3 + HOLDER_REACH))
                       if lowered[k] in BE and lowered[k + 1] == "that"), None)
        holder = raw[3:copula] if copula else []
        return bool(holder) and not (WRITERS_OWN.intersection(w.lower() for w in holder)
                                     or WRITER.intersection(holder) or is_author(holder, author_names))
    for k in range(1, min(len(lowered) - 2, LINE_REACH)):
        # (or its content after a colon: "Their message was this: the US will be forced to..."; and a reason offered
        # for something: "The official explanation for the shift is that...")
        copula = k + 1 if lowered[k] in NAMED_VIEWS else _after_what_it_explains(lowered, k)
        # (and a proposal named as someone's, with what it proposes: "One of his proposals is to add a clause, which
        # will make clear that...": the proposer's)
        proposed = lowered[k] in PROPOSALS and lowered[k + 1] in BE and lowered[k + 2] in ("to", "that")
        if proposed or (copula is not None and lowered[copula] in ("is", "was") and (
                lowered[copula + 1:copula + 2] == ["that"] or lowered[copula + 1:copula + 3] == ["this", ":"])):
            holder = raw[:k]
            # someone named holds it: a name or a possessive ("The case is that...", "The truth is..." name nobody),
            # or those in office ("The official line is that...")
            named = any(w[:1].isupper() for w in holder[1:]) or any(w.endswith(("'s", "\u2019s")) for w in holder) \
                or holder[0].lower() in THIRD_POSSESSIVES or "official" in lowered[:k] or (
                    proposed and not THIRD_POSSESSIVES.isdisjoint(lowered[:k]))
            return named and not (WRITERS_OWN.intersection(w.lower() for w in holder) or WRITER.intersection(holder)
                                  or is_author(holder, author_names))
    return False


def _after_what_it_explains(lowered: list[str], k: int) -> int | None:
    """Where the copula may stand after a reason offered at token k and what it is for ("explanation for this
    divergence is", "justification of the tolls was"), or None where token k offers no reason."""
    if lowered[k] not in OFFERED_REASONS:
        return None
    if lowered[k + 1:k + 2] not in (["for"], ["of"], ["behind"]):
        return k + 1
    return next((j for j in range(k + 2, min(len(lowered) - 1, k + 2 + EXPLAINED_REACH)) if lowered[j] in ("is", "was")),
                None)


OFFERED_REASONS = frozenset("explanation justification rationale excuse pretext".split())
PROPOSALS = frozenset("proposal proposals suggestion suggestions recommendation recommendations".split())
EXPLAINED_REACH = 5     # "The official explanation for this sudden divergence is that"


def a_view_held(raw: list[str], lowered: list[str], author_names: frozenset[str]) -> bool:
    """'The mayor and the board are united in the view that...', 'Both towns hold the view that...', 'The board is of
    the view that...': a view its holders are said to hold, theirs; the writer's own is in the first person ("We
    take the view that...")."""
    if "that" not in lowered or _HELD_AS_A_VIEW.isdisjoint(lowered):
        return False        # (most sentences)
    for k in range(2, len(lowered) - 2):
        if lowered[k] == "the" and lowered[k + 1] in _HELD_AS_A_VIEW and lowered[k + 2] == "that" and (
                lowered[k - 1] in _HOLDING_A_VIEW or lowered[k - 2:k] in (["united", "in"], ["agreed", "on"])
                or (lowered[k - 1] == "of" and lowered[k - 2] in BE)):
            holder = raw[:k - 1]
            return bool(holder) and not (any(map(is_first_person, holder)) or is_author(holder, author_names))
    return False


_HELD_AS_A_VIEW = frozenset("view belief opinion conviction".split())
_HOLDING_A_VIEW = frozenset("hold holds held share shares shared take takes took".split())


def anothers_aim(raw: list[str], lowered: list[str], author_names: frozenset[str]) -> bool:
    """'The mayor's primary goal has been to head off...', 'Their aim is to weaken the union', 'Tokyo's major
    concerns were denuclearization and...': an aim or a concern the sentence gives someone it names, theirs, not
    the writer's call ("Our goal should be...", "The goal must be..." call: a modal, or no holder named)."""
    start = _past_an_opening_setting(lowered)     # ("Even during the call, the mayor's focus was on...")
    if AIMS.isdisjoint(lowered[start + 1:start + AIM_REACH]):
        return False
    for k in range(start + 1, min(len(lowered) - 2, start + AIM_REACH)):
        if lowered[k] not in AIMS:
            continue
        verb = _past_what_it_is_behind(lowered, k + 1)
        first = verb
        while verb < len(lowered) and lowered[verb] in _AIM_VERBS:
            verb += 1
        if verb == first or (lowered[verb:verb + 1] != ["to"] and not (
                lowered[k] in _HELD_WANTS and lowered[verb - 1] in BE) and not (
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
            ENDORSING.isdisjoint(lowered) and not _a_clause_joined(lowered, first)
        if not named and told and lowered[k + 1] == "of" and first > k + 1 and not _the_writers_own_text(
                lowered[k + 2:first]):
            holder = raw[k + 2:first]   # ("The principal aim of the amendment was to...": the law's, its makers')
            named = True
        elif not named and told and lowered[first] in _PAST_COPULAS and not any(map(is_first_person, raw[:k])):
            named = True    # ("The secondary goal was to align the rules...": an aim of the past, told)
        return named and not (WRITERS_OWN.intersection(w.lower() for w in holder) or WRITER.intersection(holder)
                              or is_author(holder, author_names))
    return False


def a_motive_read_in_an_act(scan: SentenceScan) -> bool:
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


def anothers_wish(raw: list[str], lowered: list[str], author_names: frozenset[str]) -> bool:
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
                 if lowered[k] in WISHING or (lowered[k] in LOOKING and lowered[k + 1] == "forward")
                 or _a_wish_put_plainly(lowered, k)), None)
    if wish is None:
        return False
    # (the auxiliaries of "does not want", "would like", between the wisher and the wish)
    subject_end = wish
    while subject_end > start and lowered[subject_end - 1] in _WISH_AUXILIARIES and lowered[wish] in PLAIN_WISHES:
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
            or is_author(raw[start:wish], author_names) \
            or any(not w[:1].isalpha() or w in OPENING_A_CLAUSE or w in _NOT_A_WISHER for w in subject):
        return False
    if lowered[wish - 1] in _BETWEEN_SUBJECT_AND_WISH and lowered[wish] in _PURPOSED:
        return False        # ("An FTA is aimed to promote trade": what a thing is for, no one's wish)
    if any(w == ";" or (w == "," and lowered[k + 1:k + 2] and lowered[k + 1] in JOINING_A_CLAUSE)
           for k, w in enumerate(lowered[wish + 1:-1], start=wish + 1)):
        return False        # ("China wants to rewrite the order, and we should say so": a clause of the writer's own)
    if lowered[wish] in _WANTING:
        # what is wanted may come first: "does not want the talks to succeed", "wants the port to pay"
        return "to" in lowered[wish + 1:wish + 2 + WANTED_REACH]
    if lowered[wish] in _PREFERENCE_VERBS:
        # what someone prefers is their choice, told ("The mayor prefers a deal-oriented approach"), not after a
        # modal ("the towns should prefer talks" calls) nor as a modifier ("the preferred route", "its preferred
        # option", "the approach preferred by the capital", "the outcome the port prefers would be..."), nor with the
        # writer's verdict on it after ", which"
        return MODALS.isdisjoint(subject) and subject[-1] not in NOUN_MARKERS and \
            not subject[-1].endswith(POSSESSIVE_ENDINGS) and lowered[wish + 1:wish + 2] != ["by"] and not any(
                lowered[k:k + 2] == [",", "which"] for k in range(wish, len(lowered) - 1)) and \
            _FINITE_LATER.isdisjoint(lowered[wish + 1:])
    following = lowered[wish + 2 if lowered[wish] in LOOKING else wish + 1:][:1]
    return following == ["to"]


def _a_wish_put_plainly(lowered: list[str], k: int) -> bool:
    """'does not want', 'did not want', 'would like': a wish put with an auxiliary ("The mayor would like to see the
    pier reopened": the mayor's wish; the writer's own, "we would like to see", stays a call)."""
    return (lowered[k] == "want" and lowered[k - 1] in _WISH_AUXILIARIES) or (
        lowered[k] == "like" and lowered[k - 1] in ("would", "'d") and lowered[k + 1] == "to")


WISHING = frozenset("want wants wanted seeks sought intends intended strives strove striving aims aimed tries tried "
                    "trying plans planned planning prefer prefers preferred".split())
_PREFERENCE_VERBS = frozenset("prefer prefers preferred".split())
# (what someone plans is their aim, told: "It plans to weaken rival carriers through the pact")
_PLANNING = frozenset("plans planned planning".split())
_FINITE_LATER = frozenset("is are was were must should would will can could has have".split())
_SETTING_PREPOSITIONS = frozenset("in at amid under given with after during before since".split())
_WANTING = frozenset("wants wanted want".split())
PLAIN_WISHES = frozenset("want like".split())
_WISH_AUXILIARIES = frozenset("do does did not n't never really would 'd".split())
_WISH_OPENERS = frozenset("rather instead meanwhile however still".split())
_DENIED_MOTIVE_FRAMES = (["it", "is", "not", "so", "much", "that"], ["it", "is", "not", "that"], ["not", "that"])
WANTED_REACH = 6        # "wants the two biggest towns on the coast to": what is wanted, then "to"
LOOKING = frozenset("looks looked looking".split())
_BETWEEN_SUBJECT_AND_WISH = frozenset("is was are were has had have been also still clearly evidently seemingly "
                                       "apparently".split())
_NOBODY_IN_PARTICULAR = frozenset("no nobody none neither everyone everybody anyone anybody all it this that there "
                                  "which who whether if when".split())
_PURPOSED = frozenset("aimed intended planned".split())
JOINING_A_CLAUSE = frozenset("and but yet while whereas so".split())
# (a call's modal is no wisher: "Japan should seek to")
_NOT_A_WISHER = frozenset("should must need needs would could can may might will shall".split())
WISHER_REACH = 6        # "Prime Minister Yoshihide Suga clearly wants": a subject of a few words
LIST_OPENS_REACH = 4        # "Senior harbour officials such as"
LISTED_WISHERS_REACH = 10   # "such as the mayor and her chief harbour adviser, Ann Lee,"
_CONCERNS = frozenset("concern concerns worry worries".split())
# a concern or a preference needs only a copula ("Their preference would be returning to the talks")
_HELD_WANTS = _CONCERNS | frozenset("preference preferences".split())
AIMS = frozenset("goal goals aim aims objective objectives intention intentions purpose ambition ambitions motive "
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
    # (or the means, "By adopting the outlook, the bloc wants to...")
    if (opener in _SETTING_PREPOSITIONS or (opener.endswith("ing") and len(opener) > 4) or (
            opener == "by" and lowered[first + 1:first + 2] and lowered[first + 1].endswith("ing"))) and \
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


def anothers_attitude(scan: SentenceScan, author_names: frozenset[str]) -> bool:
    """'Seoul has been critical of the tolls', 'the board was rather cool and even hostile toward the plan':
    an attitude the sentence tells of someone it names (after a copula, with no modal), theirs, not the writer's
    verdict on the thing; the writer's own is in the first person ("We are critical of...")."""
    lowered = scan.lowered
    if ATTITUDES.isdisjoint(lowered):
        return False
    for k in range(1, len(lowered) - 1):
        if lowered[k] not in ATTITUDES or not _toward(lowered[k], lowered[k + 1]) or scan.kinds[k] not in MAIN_KINDS:
            continue
        copula = next((j for j in range(k - 1, max(0, k - 1 - ATTITUDE_REACH), -1)
                       if lowered[j] in BE or lowered[j] in _TURNING), None)
        if copula is None or lowered[copula] == "be" or not MODALS.isdisjoint(lowered[:copula]):
            return False    # ("Japan was right to be wary of...": the writer's verdict on a stance taken)
        subject = scan.raw[:copula]
        return not (any(map(is_first_person, subject)) or is_author(subject, author_names))
    return False


def anothers_expression(scan: SentenceScan, author_names: frozenset[str]) -> bool:
    """'Abe expressed concern about the tests', 'she voiced a warm attitude toward the ferry plan': a feeling
    or an attitude someone is told to have voiced is theirs; the writer's own is in the first person ("We
    expressed our concern"). Only in the main clause: "When Xi expressed China's willingness to..., my frank
    opinion was..." gives the writer's view."""
    raw, lowered = scan.raw, scan.lowered
    if VOICING.isdisjoint(lowered):
        return False        # (most sentences)
    for k in range(1, len(lowered) - 1):
        if lowered[k] not in VOICING or (scan.kinds[k] not in MAIN_KINDS and not (
                lowered[k].endswith("ing") and lowered[k - 1] == "," and not scan.found["prescription"])) \
                or _in_the_writers_frame(scan, k):
            continue        # (", voicing deep concern about the tolls": the main clause's subject voiced it, unless
            #                 the writer calls for it: "Tokyo must protest, expressing its concern")
        if lowered[k] in PASSING_ON and (
                lowered[k - 1] in NOUN_MARKERS or lowered[k - 1] in PREPOSITION_BEFORE_PARTICIPLE
                or lowered[k - 1].endswith(("'s", "\u2019s"))
                or (lowered[k].endswith("ing") and lowered[k - 1] != "," and lowered[k - 1] not in BE)):
            continue        # ("their shared concerns", "a list of shared worries": a participle as an adjective;
            #                 "nuclear sharing would alarm the towns": a noun)
        # (a few words between: "expressed a positive attitude", "voiced deep concern")
        if EXPRESSED_STANCES.isdisjoint(lowered[k + 1:k + 1 + VOICED_REACH]):
            continue
        if lowered[k] == "share" and (_WORRIES_VOICED.isdisjoint(lowered[k + 1:k + 1 + VOICED_REACH])
                                      or lowered[k - 1] in MODALS_AND_TO):
            continue        # ("The mayors share concerns about the tolls" voices them; "they share a common
            #                 interest" tells what they have in common, the writer's account, and "All towns
            #                 should share concerns" calls for it)
        opens = max((j + 1 for j in range(k) if lowered[j] in CLAUSE_MARKS), default=0)
        subject = raw[opens:k]      # ("Without naming any terms, she voiced...": after the comma)
        if lowered[k].endswith("ing"):
            subject = raw[:min(scan.first_verb, k)]     # (the participle's subject is the main clause's)
        return bool(subject) and not (any(map(is_first_person, subject)) or is_author(subject, author_names))
    return False


VOICED_REACH = 4        # "expressed a more positive attitude"


def anothers_naming(scan: SentenceScan, author_names: frozenset[str]) -> bool:
    """'The union called the closure a grave threat', 'the minister described the toll as unfair': a name someone
    gives a thing is their judgement of it; the writer's own is in the first person ("I call it a mistake"). Only
    when the sentence's judging words all come after the naming verb: "Rightly, the mayor called it reckless"
    judges the naming too."""
    raw, lowered, polar = scan.raw, scan.lowered, scan.found["polar"]
    if (NAMING.isdisjoint(lowered) and REGARDING_IN_PASSING.isdisjoint(lowered) and NAMED_PASSIVES.isdisjoint(lowered)
            and STANCE_TOWARD.isdisjoint(lowered) and NAMING_BASE.isdisjoint(lowered)) or not polar:
        return False        # (most sentences)
    for k in range(1, len(lowered) - 2):
        if named_by_another(scan, k):
            return True     # "The toll was called a mistake by the harbour board": the agent's name for it
        if lowered[k] in REGARDING_IN_PASSING and "as" in lowered[k + 2:k + NAMING_REACH]:
            pass            # "The board kept the toll, viewing the ferry as a luxury": how the subject sees it
        elif lowered[k] in STANCE_TOWARD and lowered[k - 1] not in _NOT_NAMING_BEFORE and every_cue_after(
                scan, k - 1) and not any(map(is_first_person, raw)):
            pass            # "The town appreciates the board's decision to treat the storm threat as...": what the
            #                 town welcomes, judging words and all, is the town's view (no call of the writer's before)
        elif lowered[k] in NAMING_BASE and lowered[k + 1] not in _NOT_NAMING_AFTER and lowered[k - 1] not in (
                _NOT_NAMING_BEFORE | MODALS_AND_TO) and every_cue_after(scan, k - 1):
            pass            # "Her critics call this a recipe for a toll war": the plural's naming, theirs
        elif lowered[k] not in NAMING or lowered[k + 1] in _NOT_NAMING_AFTER or (
                lowered[k] in _NAMING_ONLY_WITH_AS and not _naming_as(lowered, k)) or (
                lowered[k - 1] in _NOT_NAMING_BEFORE and lowered[k - 1] not in _NAMERS_BEFORE) or (
                lowered[k - 1] in _PASSIVE_ADVERBS and k > 1 and lowered[k - 2] in BE):
            continue        # ("called for", "called on", "is called", "the so called"): a call, a passive, an adjective
        if lowered[k] in _FRAMING and lowered[k + 1] == "as":
            continue        # ("set clear time frames as a first step": the plural noun; the verb has an object first)
        participle = lowered[k].endswith("ing")
        # (the means of the main clause's subject: "The board has stoked fears by describing the ferry as a threat")
        means = participle and lowered[k - 1] == "by" and scan.kinds[k] in MAIN_KINDS and scan.first_verb < k - 1
        if participle and not means and (lowered[k - 1] != "," or k < 2 or scan.kinds[k - 2] not in MAIN_KINDS):
            continue        # ("With the board describing the ferry as an asset, the fear has receded": a circumstance;
            #                 "A mayor who shuts the pier, calling it reckless, is...": the subject's aside)
        first = k if lowered[k] in STANCE_TOWARD else k + 1     # (a verb of stance is a judging word itself)
        reach = clause_at(scan.clauses, k).end - 1
        if lowered[k] in _NAMING_ONLY_WITH_AS:
            # (what an "as" names runs to the clause's end or its next joint: "framed the pact as a deal for the
            # towns and it has been a success" names only the deal)
            named = lowered.index("as", k + 1)
            reach = next((j - 1 for j in range(named + 1, reach + 1) if (lowered[j] in _JOINTS and (
                lowered[j] != "and" or lowered[j + 1:j + 2] and lowered[j + 1] in _OPENING_A_NEW_CLAUSE)) or (
                lowered[j] == "to" and j + 1 < len(lowered) and lowered[j + 1].isalpha()
                and lowered[j + 1] not in DETERMINERS)), reach)    # ("as a threat to cover its...")
        else:
            reach = min(_words_on(lowered, k, NAMING_REACH), reach)
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
        return bool(subject) and not (any(map(is_first_person, subject)) or is_author(subject, author_names))
    return False


def named_by_another(scan: SentenceScan, k: int) -> bool:
    """'The toll was called a mistake by the harbour board', 'The pact has been branded obsolete by the mayor',
    'This capability has been identified by the council as unacceptable': a passive naming whose agent, after
    "by", is someone other than the writer, with every judging word of the sentence in the name it gives (between
    the verb and the agent, or after "as" when the agent comes first). Not "by 2019" or "by far", nor "by us"."""
    lowered = scan.lowered
    if lowered[k] not in NAMED_PASSIVES or in_the_first_person(scan.raw, possessives=False) or not (
            lowered[k - 1] in BE or lowered[k - 1] == "being" or (
            k > 1 and lowered[k - 2] in BE and lowered[k - 1].endswith("ly"))):
        return False
    end = clause_at(scan.clauses, k).end
    by = next((j for j in range(k + 1, min(end, _words_on(lowered, k, NAMING_REACH))) if lowered[j] == "by"), None)
    if by is None or by + 1 >= len(lowered) or not _an_agent(scan.raw, lowered, by + 1):
        return False
    if any(lowered[j:j + 2] in ([",", "a"], [",", "which"]) for j in range(by, len(lowered))):
        return False        # ("..., a view many share": the writer's aside on the naming; "..., but the numbers tell
        #                     another story" rebuts the agent's name, which stays the agent's)
    polar = scan.found["polar"]
    if by == k + 1:     # ("identified by the council as unacceptable": the name follows the agent's "as", which
        #                   opens a clause of its own to the splitter)
        named = next((j for j in range(by + 2, min(len(lowered), by + 2 + AGENT_WORDS)) if lowered[j] == "as"), None)
        stop = next((j for j in range(by, len(lowered)) if lowered[j] in _SENTENCE_STOPS), len(lowered))
        return named is not None and bool(polar) and all(named < m[0] < stop for m in polar)
    return bool(polar) and all(k < m[0] < by for m in polar)


# passive verbs of naming or finding a thing to be something ("was called", "has been deemed", "was identified as")
NAMED_PASSIVES = frozenset("called dubbed labelled labeled branded termed described characterized characterised "
                           "portrayed deemed declared identified judged pronounced framed".split())


def _an_agent(raw: list[str], lowered: list[str], at: int) -> bool:
    """Whether the words from `at` (after "by") name an agent: a capitalised name, or a determiner or a holder of
    views and a noun; not a date, a measure or an idiom ("by 2019", "by far", "by the end of", "by design"), nor the
    writer ("by us", "by many of us")."""
    phrase = lowered[at:at + AGENT_WORDS]
    if in_the_first_person(raw[at:at + (phrase.index("as") if "as" in phrase else 4)]):
        return False
    if lowered[at] in _NOT_AN_AGENT or lowered[at][:1].isdigit() or lowered[at + 1:at + 2] in (["end"], ["time"], ["way"]) \
            or lowered[at] in _DATES or lowered[at + 1:at + 2] and lowered[at + 1] in _DATES:
        return False        # ("declared a failure by June", "by the summer")
    if not _MEASURES.isdisjoint(phrase[:GOOD_MEASURE_WORDS]):
        return False        # ("judged a failure by most measures", "by the standards of the region", "by its own
        #                     yardstick": the writer's verdict, measured)
    return raw[at][:1].isupper() or lowered[at] in HOLDERS or (
        lowered[at] in _AGENT_DETERMINERS and at + 1 < len(lowered) and lowered[at + 1][:1].isalpha())


_SENTENCE_STOPS = frozenset(". ; : ? !".split())
_NOT_AN_AGENT = frozenset("far then now contrast comparison design default nature definition itself themselves "
                          "chance accident mistake way".split())
_MEASURES = frozenset("measure measures standard standards yardstick yardsticks metric metrics criterion criteria "
                       "account accounts estimate estimates reckoning reckonings benchmark benchmarks test tests "
                       "count counts any all result results terms record outcome outcomes norm norms".split())
GOOD_MEASURE_WORDS = 4      # "by the region's own standards"
_DATES = frozenset("january february march april may june july august september october november december "
                    "spring summer autumn fall winter christmas midyear year-end then".split())
_AGENT_DETERMINERS = frozenset("the its his her their many some most several".split())


NAMING_REACH = 14       # "called the closure of the old ferry pier a grave threat", "called the deal between Ann Lee
#                         and Bo Kim a "failure"
_NAMERS_BEFORE = frozenset("that which who".split())


def a_line_of_thought_goes(raw: list[str], lowered: list[str]) -> bool:
    """'The thinking goes that...', 'So the argument goes, ...', 'the logic goes like this': a line of thought the
    writer sets out as others' ("my thinking goes" is the writer's own)."""
    return any(w == "goes" and k and lowered[k - 1] in _LINES_OF_THOUGHT and not any(map(is_first_person, raw[:k]))
               for k, w in enumerate(lowered))


_LINES_OF_THOUGHT = frozenset("thinking argument logic reasoning theory story thought line narrative".split())
# the people a poll asks, named in a subject: their answers are theirs
POLLED = frozenset("respondents respondent polled surveyed interviewees".split())
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
# ("The ministry frames the spending as a realistic response": how someone presents a thing is their view of it; not
# "a framed photograph", nor "frames the debate")
_FRAMING = frozenset("frames framed".split())
_NAMING_ONLY_WITH_AS = _DISMISSING | _FRAMING
_JOINTS = frozenset(", ; and but while which".split())
# ("as a deal for the towns and it has been a success": a new clause; "as a dangerous and destabilizing force": one name)
_OPENING_A_NEW_CLAUSE = frozenset("it they this that these those the he she we i its their".split())


def _naming_as(lowered: list[str], verb: int) -> bool:
    """Whether the "as" of a naming follows a verb of dismissing or framing at `verb`, right after it or after its object's few
    words ("dismissed the claims as groundless"): not "as soon as", "as well as", "such as"."""
    at = next((k for k in range(verb + 1, min(len(lowered) - 1, verb + 1 + NAMED_OBJECT_WORDS)) if lowered[k] == "as"),
              None)
    return at is not None and lowered[at + 1] not in _NOT_A_NAMING_AS and lowered[at + 1:at + 3] != ["a", "result"] \
        and lowered[at - 1] not in _NOT_BEFORE_A_NAMING_AS and all(word[:1].isalnum() for word in lowered[verb + 1:at])


_NOT_A_NAMING_AS = frozenset("soon well long much far if though part".split())     # ("as part of", "as soon as")
_NOT_BEFORE_A_NAMING_AS = frozenset("such as just even".split())                     # ("just as the pact failed")
NAMED_OBJECT_WORDS = 8      # "dismissed the harbour board's latest claims as", "frames spending 2 percent of GDP
#                             on defense as"
NAMING = frozenset("called calls calling dubbed dubs labelled labeled labels branded brands termed described "
                   "describes describing characterized characterised characterizes characterises portrayed "
                   "portrays defined defines proclaimed proclaims viewed views".split()) | _NAMING_ONLY_WITH_AS
REGARDING_IN_PASSING = frozenset("viewing regarding seeing".split())     # only as a participle set off by a comma
# verbs of a stance taken toward a thing, told of someone
STANCE_TOWARD = frozenset("welcomes welcomed appreciates appreciated praises praised hails hailed applauds applauded "
                          "lauds lauded commends commended condemns condemned denounces denounced deplores deplored "
                          "criticizes criticized criticises criticised".split())
_NOT_NAMING_AFTER = frozenset("for on upon off in out up back".split())
# the base forms, after a plural subject ("critics call this..."; not "to call", "would call", "we call")
NAMING_BASE = frozenset("call label brand dub".split())     # (not "term": "in the long term")
_NOT_NAMING_BEFORE = BE | NOUN_MARKERS | frozenset(("so", "been", "being"))
_PASSIVE_ADVERBS = frozenset("best fairly accurately only rightly".split())     # "is best described as": a passive


def _toward(attitude: str, following: str) -> bool:
    return following in ("toward", "towards", "about") or (following == "of" and attitude in _ATTITUDES_OF) or (
        following == "to" and attitude in _ATTITUDES_TO)


_ATTITUDES_OF = frozenset("critical sceptical skeptical wary supportive favourable favorable".split())
_ATTITUDES_TO = frozenset("hostile opposed sympathetic receptive indifferent favourable favorable".split())
ATTITUDES = _ATTITUDES_OF | _ATTITUDES_TO | frozenset("negative positive enthusiastic lukewarm cool".split())
ATTITUDE_REACH = 5      # the copula before it: "was rather cool and even hostile toward"
# or a verb of becoming or staying: "China became positive about holding talks", "Seoul remained cool toward"
_TURNING = frozenset("became become becomes grew grown remained remains".split())


def holders_perceive(lowered: list[str]) -> bool:
    """'But many see the port's decline as settled', 'Critics in the council view the ferry as a luxury': a view the
    sentence gives to people it names by kind, with a verb of seeing or regarding (not a reporting verb)."""
    opener = 1 if lowered and lowered[0] in _SENTENCE_LINKS else 0
    members = lowered[opener:opener + 2] == ["members", "of"]      # "Members of both parties in Congress saw..."
    if len(lowered) <= opener + 1 or (lowered[opener] not in HOLDERS and not members):
        return False
    reach = MEMBERS_VERB_REACH if members else HOLDER_VERB_REACH
    verb = next((k for k in range(opener + 1, min(len(lowered), opener + 1 + reach))
                 if lowered[k] in HOLDERS_REGARDING or lowered[k] in AUXILIARIES or lowered[k] in BREAK_TOKENS), None)
    if verb is not None and _come_to(lowered, verb):
        verb += 3       # "many in the West have come to view the pact as a threat": the holders' own view still
    # (not a view the writer endorses, "many rightly see...", nor a noun, "Members of the council with doubts about")
    return verb is not None and verb < len(lowered) and lowered[verb] in HOLDERS_REGARDING and \
        ENDORSING.isdisjoint(lowered[opener + 1:verb]) and lowered[verb - 1] not in _BEFORE_A_NOUN


def holders_perceive_after_a_turn(scan: SentenceScan) -> bool:
    """'The idea sounded fine, but members of both parties saw too many flaws in it': people named by kind who see
    the thing so, in a clause after ", but" that holds every cue of the sentence (holders_perceive), with no first person
    there ("..., but critics saw flaws, and I agree")."""
    lowered = scan.lowered
    return any(lowered[k] == "but" and lowered[k - 1] == "," and holders_perceive(lowered[k + 1:])
               and every_cue_after(scan, k) and not any(map(is_first_person, scan.raw[k:]))
               for k in range(2, len(lowered) - 2))


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
    return lowered[at] in PERFECT and lowered[at + 1:at + 2] != [] and lowered[at + 1] in INCEPTIVES and \
        lowered[at + 2:at + 3] == ["to"]


def actor_perceives(raw: list[str], lowered: list[str], author_names: frozenset[str]) -> bool:
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
            map(is_first_person, raw[opener:verb])) or is_author(raw[opener:verb], author_names) or "that" in lowered[
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


def demands_voiced(lowered: list[str], cue_starts: list[int]) -> bool:
    """'Demands were made that Tokyo should impose sanctions', 'Calls have grown that Japan should leave the pact',
    'There are growing calls that...', 'Calls that Tokyo should quit the pact are mounting': what the demanders ask,
    told with their demand voiced as the subject; the writer's own is in the first person ("My suggestion is
    that..."), a demand with an article before it holds its content as a noun does ("the demand that..."), and one
    the sentence goes on to judge is the writer's verdict ("Proposals that Japan should join the TPP deserve
    support"). So too a demand voiced in a clause joined after another ("Opinion got electrified and demands were
    made that Abe should...") when every cue of the sentence (`cue_starts`) is in what it demands."""
    start = 1 if lowered[0] in LINKING_OPENERS else 0
    start += 2 if lowered[start:start + 2] in (["there", "were"], ["there", "are"]) else 3 if lowered[
        start:start + 3] in (["there", "have", "been"], ["there", "had", "been"]) else 0
    if start < len(lowered) and lowered[start] in _SWELLING:
        start += 1      # ("There are growing calls that...")
    if _voiced_at(lowered, start, opening=True) is not None:
        return True
    return any((that := _voiced_at(lowered, k, opening=False)) is not None and all(
        that < c < _clause_end(lowered, that) for c in cue_starts)
        for k in range(2, len(lowered) - 1) if lowered[k - 1] in _DEMAND_CLAUSE_JOINS and lowered[k] in DEMANDS)


def _clause_end(lowered: list[str], start: int) -> int:
    """Where the clause from `start` ends: its next comma, semicolon or dash ("..., a reckless idea" is an aside)."""
    return next((j for j in range(start, len(lowered)) if lowered[j] in _ENDING_A_DEMAND), len(lowered))


def _voiced_at(lowered: list[str], start: int, *, opening: bool) -> int | None:
    """Where the that-clause of a demand voiced at `start` opens, or None: the demand, then a verb of its voicing (a
    passive needs its "be": "Demands made by Beijing mean that..." has a verb of its own), or at the sentence's
    opening nothing after "there were" ("There were calls that...") or a place ("...calls within the party that"),
    or a plural whose main verb, ending the sentence, tells it swell."""
    if start >= len(lowered) - 1 or lowered[start] not in DEMANDS:
        return None
    that = next((j for j in range(start + 1, min(len(lowered), start + 1 + DEMAND_REACH)) if lowered[j] == "that"), None)
    if that is None or not all(w[:1].isalpha() for w in lowered[start + 1:that]):
        return None
    between = lowered[start + 1:that]
    there = opening and start > 0 and "there" in lowered[max(0, start - 4):start]
    if not between or (there and between[0] in _PLACING and AUXILIARIES.isdisjoint(between)):
        # "There were calls that...", "There are calls within the party that...", or a plural opening the sentence
        # whose main verb, ending it, tells it swell ("Calls that Tokyo should quit the pact are mounting"; not
        # "Proposals that Japan should join the TPP deserve support", the writer's verdict on them)
        words = [w for w in lowered[that + 1:] if w[:1].isalpha()]
        swells = opening and start == 0 and lowered[start].endswith("s") and bool(words) and words[-1] in _SWELLING
        return that if there or swells else None
    voiced = next((j for j, w in enumerate(between) if w in _VOICING_A_DEMAND), None)
    return that if voiced is not None and (between[voiced] in _SWELLING or not BE.isdisjoint(
        between[:voiced]) or "been" in between[:voiced]) and _INFERRING.isdisjoint(between) else None


_PLACING = frozenset("within in inside among across from".split())
_ENDING_A_DEMAND = frozenset(", ; : \u2014 \u2013".split())
_DEMAND_CLAUSE_JOINS = frozenset("and but ;".split())
DEMANDS = frozenset("demands calls pleas requests suggestions proposals appeals".split())
# verbs by which demands swell or arise, without an agent ("calls grew"), and those that need a passive ("were made")
_SWELLING = frozenset("grew grown growing mounted mounting emerged rose risen increased increasing intensified "
                      "multiplied surfaced renewed repeated louder".split())
_VOICING_A_DEMAND = _SWELLING | frozenset("made raised voiced heard".split())
_INFERRING = frozenset("mean means meant show shows showed suggest suggests suggested prove proves proved".split())
DEMAND_REACH = 8        # "Calls were made in the Diet last week that"


def anothers_stated_need(raw: list[str], lowered: list[str], author_names: frozenset[str]) -> bool:
    """'The mayor spoke to the council, stressing the need for new piers', 'the two mayors agreed on the need to
    reopen the ferry': a need someone stated or agreed on is theirs; the writer's own is in the first person ("We
    stress the need to...")."""
    for k in range(1, len(lowered) - 2):
        if lowered[k] in WARNING_OF:
            # ("The secretary has warned the town of the need to open its records": past the one warned)
            of = next((j for j in range(k + 1, min(len(lowered) - 2, k + 1 + WARNED_REACH)) if lowered[j] == "of"), None)
            if of is not None and a_need_named(lowered, of + 1):
                subject = raw[:k]
                return not (any(map(is_first_person, subject)) or is_author(subject, author_names))
            continue
        if (lowered[k] not in STATING_A_NEED and not _stating_told_in_its_course(lowered, k)) or (
                k == 1 and lowered[0] in _OPENING_A_PHRASE) or (lowered[k] in _RECOGNIZING and not _a_text_recognized(lowered, k)):
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
                           if lowered[j] in (",", ";", ":") or (lowered[j] == "and" and a_need_named(lowered, j + 1))),
                          None)
            if listed is not None and lowered[listed] == "and":
                at = listed + 1
        if not a_need_named(lowered, at, weighty=_the_whole_sentence_states(lowered, k)):
            continue
        subject = raw[:k]
        return not (any(map(is_first_person, subject)) or is_author(subject, author_names))
    return False


def _the_whole_sentence_states(lowered: list[str], verb: int) -> bool:
    """Whether the stating verb at `verb` opens the sentence's only clause: no break, "but", "though" or "while" before
    it or after it ("The ferry is failing, though officials stressed the vital role of the pier" is the writer's)."""
    return not any(w in _STATED_CLAUSE_BREAKS for w in lowered[:verb]) and \
        not any(w in _STATED_CLAUSE_BREAKS - {","} for w in lowered[verb:])


_STATED_CLAUSE_BREAKS = frozenset((",", ";", ":", "but", "though", "although", "while", "whereas", "yet"))


def a_need_named(lowered: list[str], at: int, *, weighty: bool = False) -> bool:
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
    while k >= 0 and (lowered[k] in AUXILIARY_CHAIN or lowered[k] in _ADVERBS_BEFORE_A_VERB):
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
    if not lowered[verb].startswith(SHOWING_VERBS):
        return False
    head = _subject_head(lowered, verb)
    subject = lowered[max(0, head + 1 - THING_REACH):head + 1]
    if "," in subject:
        subject = subject[len(subject) - subject[::-1].index(","):]
    return bool(subject) and (subject[-1] in THING_SUBJECTS or not _THINGS_THAT_SHOW.isdisjoint(subject))


THING_REACH = 5         # "The crisis on the Korean peninsula highlights": the thing heads a phrase of a few words
_THINGS_THAT_SHOW = frozenset("crisis crises storm war wars pandemic episode incident events event attack attacks test "
                              "tests launch launches summit collapse experience case record data figures numbers history "
                              "invasion conflict dispute standoff election vote disaster disasters earthquake flood "
                              "outbreak shock accident accidents clash clashes tension tensions".split())
WARNING_OF = frozenset("warned warning warns reminded reminding reminds".split())
WARNED_REACH = 5        # "warned the government in Canberra of the need"
def _stating_told_in_its_course(lowered: list[str], k: int) -> bool:
    """'the board continued to emphasize the need to...', 'began to stress the importance of...': a stating verb's base
    form after a told course ("continued to", "began to"), which states as its past forms do ("should stress the need"
    still calls)."""
    if lowered[k] not in STATING_BASES or k < 2 or lowered[k - 1] != "to":
        return False
    course = k - 2 if lowered[k - 2] in _COURSES_TOLD else k - 3 if (
        k >= 3 and lowered[k - 2] == "on" and lowered[k - 3] in GOING_ON) else None
    # (not a course called for: "Washington should continue to stress...", "It is vital to continue to stress...")
    return course is not None and (course == 0 or lowered[course - 1] not in MODALS | {"to"})


STATING_BASES = frozenset("stress emphasize emphasise highlight underscore reaffirm".split())
_COURSES_TOLD = frozenset("continue continued continues continuing began begun begins started starts".split())
STATING_A_NEED = frozenset("stressed stressing stresses emphasized emphasizing emphasizes emphasised emphasising "
                           "emphasises highlighted highlighting highlights underscored underscoring underscores "
                           "agreed agreeing reaffirmed reaffirming noted noting cited citing "
                           # ("The communique confirmed the need to dredge the channel": the communique's call)
                           "confirmed confirming confirms "
                           # ("The two ports discussed the need to..." : the ports' call)
                           "discussed discussing discusses "
                           # ("The joint statement recognized the need for such a dialogue": the statement's call)
                           "recognized recognised acknowledged".split())
# (a recognition only of a text's: "The joint statement recognized the need for..."; "Japan has finally recognized the
# need..." and "The government rightly recognized..." are the writer's verdict on the recognition)
_RECOGNIZING = frozenset("recognized recognised acknowledged".split())
_TEXTS_RECOGNIZING = frozenset("statement communique declaration report strategy document resolution charter "
                               "guidelines".split())


def _a_text_recognized(lowered: list[str], k: int) -> bool:
    """Whether the recognition at k is a text's, told plainly: its subject names a text, with no adverb before the
    verb ("finally", "rightly", "at last")."""
    return not _TEXTS_RECOGNIZING.isdisjoint(lowered[:k]) and not lowered[k - 1].endswith("ly") and \
        lowered[k - 1] != "last"
_DISCUSSING = frozenset("discussed discussing discusses".split())
_OPENING_A_PHRASE = frozenset("in when while after before by having".split())
_TEXTS_DISCUSSING = frozenset("essay article section chapter paper piece column this above previous".split())
LISTED_REACH = 8        # "discussing the issue of US tariffs and the need": what is listed before the need


def widely_felt(lowered: list[str]) -> bool:
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


def subject_after_a_saying_opening(raw: list[str], lowered: list[str]) -> list[str] | None:
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


SAYING_PARTICIPLES = frozenset("noting saying arguing stressing insisting warning claiming pointing emphasizing "
                               "emphasising explaining acknowledging adding asserting".split())


def subject_after_a_thought_opening(raw: list[str], lowered: list[str], judging: list[int]) -> list[str] | None:
    """The first words after an opening participle of thought and its that-clause ("Thinking that he could swallow
    the islands in no time, the admiral decided to attack"), when they name someone and the main clause only tells
    what they did: what they thought is theirs. None otherwise: "Believing that..., it is clear that...", a call or a
    forecast after it ("Fearing that the pact may fail, the town should..."), or a judging word of the writer's there
    (`judging`, where the sentence's judging words stand: "..., the mayor made a grave miscalculation")."""
    if lowered[0] not in THINKING_PARTICIPLES or lowered[1:2] != ["that"]:
        return None
    comma = next((k for k in range(2, len(lowered) - 1) if lowered[k] == ","), None)
    if comma is None or lowered[comma + 1] in _NO_SAYER or not lowered[comma + 1][:1].isalpha() or \
            not MODALS.isdisjoint(lowered[comma:]) or any(k > comma for k in judging):
        return None
    return raw[comma + 1:comma + 1 + SAYER_WORDS]


# (not "convinced": "Convinced that the port has been cheated, the mayor..." is read as a feeling, `a_view_held`)
THINKING_PARTICIPLES = frozenset("thinking believing assuming calculating reckoning figuring expecting fearing".split())
_NO_SAYER = frozenset("it this that there these those such".split())
SAYER_WORDS = 4     # "the harbour board's chair"
_SAID = frozenset("said says told tells argued argues warned warns added adds stressed stresses insisted insists claimed "
                  "claims wrote writes declared declares announced announces explained explains urged urges".split())


def of_concern_to_others(raw: list[str], lowered: list[str], author_names: frozenset[str]) -> bool:
    """'This is of obvious concern to the ferry towns, which...': a concern the sentence gives to those it names
    after "to" is theirs ("of concern to us" is the writer's)."""
    if FEELING_NOUNS.isdisjoint(lowered) or "to" not in lowered:
        return False        # (most sentences: one C-level test)
    for k in range(1, len(lowered) - 2):
        if lowered[k] in FEELING_NOUNS and lowered[k + 1] == "to" and "of" in lowered[max(0, k - 3):k]:
            holder = raw[k + 2:k + 2 + CONCERN_HOLDER_WORDS]
            # (not in a relative clause, "issues which are of common concern to all", nor a concern of everyone's)
            return _RELATIVES.isdisjoint(lowered[:k]) and lowered[k + 2] not in _EVERYONE and not any(
                map(is_first_person, holder)) and not is_author(holder, author_names)
    return False


CONCERN_HOLDER_WORDS = 3    # "to the ferry towns"
_RELATIVES = frozenset("which who whom whose".split())
_EVERYONE = frozenset("all everyone everybody both each".split())


def a_tone_struck(raw: list[str], lowered: list[str]) -> bool:
    """'The ferry board's negotiator struck an optimistic tone': the tone someone strikes is theirs (not the
    writer's: "we struck a hopeful note" is)."""
    if STRIKING.isdisjoint(lowered):
        return False
    k = next(k for k, word in enumerate(lowered) if word in STRIKING)
    return k > 0 and not _TONES.isdisjoint(lowered[k + 1:k + 1 + TONE_REACH]) and not any(map(is_first_person, raw[:k]))


STRIKING = frozenset("struck strikes".split())     # (not "striking": "the most striking note in the report")
_TONES = frozenset("tone note tones notes".split())
TONE_REACH = 4      # "struck a cautiously optimistic tone"


def stirred_in_others(lowered: list[str]) -> bool:
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


def a_holders_concern(scan: SentenceScan, author_names: frozenset[str]) -> bool:
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
        if _reflected_in_anothers_act(raw, lowered, start, k):
            continue    # "This concern is reflected in the board's official response": the feeling of those whose
            #             act it is, read in it
        if _read_in_an_act(scan, k):
            continue    # "The new law reflects growing concern about the ferry's reliance on one port": the feeling
            #             of those whose act it is, read in it (no first person in the sentence)
        if lowered[start + 1:start + 2] == ["for"] and not _CONCERNED_PEOPLE.isdisjoint(
                lowered[start + 2:start + 2 + HOLDER_AFTER_FOR_REACH]) and lowered[max(0, start - 2):start] not in (
                    ["cause", "for"], ["source", "of"], ["reason", "for"]):
            continue    # "makes it a priority concern for Japan's military planners": the planners' concern ("has
            #             become a cause for concern for allies" is the writer's verdict on what causes it)
        if _held_by_the_one_named_first(raw, lowered, start):
            continue    # "For Australia, the concerns are over trade dependency": Australia's
        if k < 0 or is_author([raw[k]], author_names) or lowered[k] in NOUN_MARKERS:
            return False
        possessive = lowered[k] in THIRD_POSSESSIVES or raw[k].endswith(POSSESSIVE_ENDINGS)
        # ("echoes traditional progressive concerns about the tolls": a camp's feelings, named by its adjective)
        # (a camp's feelings the writer dismisses or endorses are the writer's verdict: "Progressive concerns ... are
        # overblown", "... are legitimate")
        camp = lowered[k] in _CAMPS and dismissed_worry(lowered) is None and not _endorsed(lowered, start)
        if not (possessive or camp or (k > 0 and raw[k][:1].isupper() and raw[k - 1] not in BREAK_TOKENS)):
            return False    # ("the concerns about the tolls": nobody named; "LIN: That worries...": a speaker)
    return True


def _reflected_in_anothers_act(raw: list[str], lowered: list[str], feeling: int, before: int) -> bool:
    """Whether the feeling noun at `feeling`, opening the sentence (after "this", an article or nothing; `before` is
    the word before it and its spreading words), is said to be reflected in an act someone owns a few words on
    ("This concern is reflected in Japan's official response", "The worry is also mirrored in their budget")."""
    if before >= 0 and not (before == 0 and lowered[0] in _BEFORE_A_FEELING_SUBJECT):
        return False
    # (past what it is about: "The worry about the pact is reflected in...")
    j = next((j for j in range(feeling + 1, min(len(lowered), feeling + 2 + FEELING_ABOUT_WORDS))
              if not lowered[j][:1].isalpha() or lowered[j] in BE), None)
    if j is None or lowered[j] not in BE or (j > feeling + 1 and lowered[feeling + 1] not in _ABOUT):
        return False
    j += 1
    while j < len(lowered) and (lowered[j] in BETWEEN_BE_AND_VERB or lowered[j].endswith("ly")):
        j += 1      # ("is also reflected", "is clearly mirrored")
    if lowered[j:j + 2] not in ([word, "in"] for word in _REFLECTED):
        return False
    owner = raw[j + 2:j + 2 + READ_IN_SUBJECT_WORDS]
    return any(w.lower() in THIRD_POSSESSIVES or w.endswith(POSSESSIVE_ENDINGS) for w in owner)


_BEFORE_A_FEELING_SUBJECT = frozenset("this that the a".split())
FEELING_ABOUT_WORDS = 5     # "about the US-Japan ferry pact"
_ABOUT = frozenset("about over regarding of at".split())
_REFLECTED = frozenset("reflected mirrored echoed".split())


def _read_in_an_act(scan: SentenceScan, k: int) -> bool:
    """Whether the word at `k`, before a feeling noun and the words that spread it, is the sentence's main verb of
    reading a feeling in an act ("reflects", "betrays", "signals"), after an article or none ("reflects a growing
    concern", "reflects the concern that"), with no clause of the writer's own joined after it (as
    `a_motive_read_in_an_act` asks of a motive an owner holds)."""
    lowered = scan.lowered
    if k >= 0 and lowered[k] in _ARTICLES:
        k -= 1
    if k < 0 or lowered[k] not in _READING_IN or scan.kinds[k] not in MAIN_KINDS:
        return False
    # (its subject before it, a noun phrase with no clause of its own: "The new harbour law passed last year", after
    # a linking word: "However, the new law...")
    opens = 2 if len(lowered) > 2 and lowered[1] == "," and lowered[0] in _SENTENCE_LINKS else 0
    subject = lowered[opens:k - (k > 0 and lowered[k - 1] in MODALS)]
    after = lowered[k + 1:]
    if subject in (["this"], ["that"], ["it"], ["these"], ["those"]):
        return False        # ("This reflects growing concern about the pact": the writer's point going on)
    return 0 < len(subject) <= READ_IN_SUBJECT_WORDS and all(w[:1].isalnum() for w in subject) \
        and _TURNS_OF_A_CLAUSE.isdisjoint(after) and not any(after[j:j + 2] == [",", "and"] for j in range(len(after)))


_ARTICLES = frozenset("a an the".split())
READ_IN_SUBJECT_WORDS = 8   # "The new harbour law passed last year"
_TURNS_OF_A_CLAUSE = _CLAUSE_JOINS - {"and"}     # (and ", and": a list's "and" joins no clause)


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


def feelings_arising(lowered: list[str]) -> bool:
    """'Concerns have been raised in the harbour towns that...', 'Fears are growing that...', 'Strategic worries over
    the tolls have emerged': feelings the sentence tells as arising in others, the subject of a verb of arising or
    voicing; the writer's own would say "I am concerned" ("Concerns about the tolls are justified" judges them)."""
    opener = 1 if lowered and lowered[0] in _SENTENCE_LINKS else 0
    # (after an opening phrase set off by a comma: "Among the skippers, concern is growing that...")
    # (or an opening clause of time: "When the port is approaching the centre of the stage, concerns rise...")
    reach = OPENING_CLAUSE_WORDS if lowered[opener:opener + 1] and lowered[opener] in _OPENING_TIME_WORDS else \
        OPENING_PHRASE_WORDS
    comma = next((k for k in range(opener + 1, min(len(lowered), opener + reach)) if lowered[k] == ","), None)
    if comma is not None and all(w[:1].isalpha() and not is_first_person(w) for w in lowered[opener:comma]):
        opener = comma + 1
    feeling = next((k for k in range(opener, min(len(lowered), opener + ARISING_SUBJECT_WORDS))
                    if lowered[k] in FEELING_NOUNS or lowered[k] in VIEWS_ARISING), None)
    if feeling is None or not all(w[:1].isalpha() and w not in AUXILIARIES and w not in FIRST_PERSON
                                  for w in lowered[opener:feeling]):
        return False        # ("My concerns have grown": the writer's own)
    # between the feeling and its verb: auxiliaries and adverbs, or a phrase saying what it is about ("concerns over
    # the tolls"); not a clause of someone's ("The worry I voiced in 2016...", "the fears many of us voiced")
    about = feeling + 1 < len(lowered) and lowered[feeling + 1] in _FEELING_OBJECTS_OF
    for previous, word in zip(lowered[feeling:], lowered[feeling + 1:feeling + 1 + ARISING_REACH]):
        if word in _ARISING and (not word.endswith("ing") or previous in _ARISING_AUXILIARIES) and not (
                word in _ARISING_IN_THE_PRESENT and (previous in DETERMINERS or previous == "to"
                                                     or previous.endswith(POSSESSIVE_ENDINGS))):
            return True     # ("concerns about the rising threat underline...": an -ing after no auxiliary qualifies;
            #                 "concerns about the rise of China", "its ability to mount": a noun or an infinitive)
        if not about and (word == "and" or (previous == "and" and word.isalpha() and word not in AUXILIARIES)):
            continue        # ("concerns and misgivings rise": feelings joined)
        if word in BREAK_TOKENS or word in FIRST_PERSON or (word in AUXILIARIES and word not in _ARISING_AUXILIARIES) \
                or not (about or word in _ARISING_AUXILIARIES or word in _ARISING_ADVERBS):
            return False
    return False


OPENING_PHRASE_WORDS = 8    # "Among the skippers of the northern ferry towns,"
OPENING_CLAUSE_WORDS = 16   # "When the port is approaching the centre of the regional stage,"
_OPENING_TIME_WORDS = frozenset("when as while amid since".split())
ARISING_SUBJECT_WORDS = 3   # "Concerns", "Strategic concerns", "Growing strategic concerns": two words before at most
ARISING_REACH = 8           # "concerns over the port's growing reach have emerged"
_ARISING = frozenset("raised voiced aired expressed emerged surfaced grown growing mounted mounting risen rising "
                     "deepened deepening spread spreading resurfaced intensified intensifying "
                     # "Opinions persist that the pier should go", "doubts linger": still held by others
                     "persist persists persisted linger lingers lingered abound abounded "
                     # and in the present: "concerns and misgivings rise", "fears grow that..."
                     "rise rises grow grows mount mounts emerge emerges".split())
_ARISING_IN_THE_PRESENT = frozenset("rise rises grow grows mount mounts emerge emerges".split())
VIEWS_ARISING = frozenset("opinion opinions voices calls doubts demands".split())    # "Calls have grown for..."
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
                    "some also still even now general "
                    # ("There are lingering fears in the port that...": held on, by others)
                    "lingering persistent renewed".split())
_SENTENCE_LINKS = LINKING_OPENERS | {"however", "now"}     # "But many see...", "Now critics regard..."
_REGARDING = frozenset("see sees saw view views viewed regard regards regarded consider considers considered "
                        "deems deemed identify identifies identified".split())     # ("Russia also identifies X as a threat")
# and what people named by kind doubt ("Some others doubt that the talks will work"; after a name, "doubt" may be
# the noun: "the benefit of the doubt that Tanaka asked for")
HOLDERS_REGARDING = _REGARDING | frozenset("doubt doubts doubted".split())
HOLDER_VERB_REACH = 4   # "Many in Tokyo see", "Some officials in Seoul regard"
MEMBERS_VERB_REACH = 9  # "Members of both parties in the U.S. Congress saw"
_BEFORE_A_NOUN = NOUN_MARKERS | frozenset("with of about no any some serious grave".split())


def anothers_views(lowered: list[str], author_names: frozenset[str]) -> bool:
    """'Her views on China are less alarmed than those of many Western commentators.': the views of someone the
    writer writes about, told as such (unless the text makes that pronoun its author)."""
    holder = POSSESSORS.get(lowered[0])
    return holder is not None and len(lowered) > 1 and lowered[1] in HELD_VIEWS and \
        holder not in author_names and holder.capitalize() not in author_names
