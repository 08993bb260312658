"""Which of a sentence's mentions a claim is about, where it names several issues or a retrospective cue.

- A mention in a list of examples ("..., from joint command to planning for the peninsula"), in the subject of a
  causative verb ("the launches make the deterrent indispensable"), in a phrase the claim is set against ("in the face
  of the port's missile threat"), or in a yardstick ("more than Tokyo brought to the talks") is not what the claim is
  about where another issue is named outside it.
- A retrospective cue ("the fear that ... has eased", "I no longer believe") speaks for the mention it reaches: not one
  named only as the reason that changed the view, the condition it depends on, or the circumstance it is set in.

positions.py asks these questions of a sentence's scan; nothing here reads a stance.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .clauses import AUXILIARIES, COPULAS, MAIN_KINDS
from .commitments import WRITERS
from .harm import an_ending_verb
from .lexicon import default_lexicon
from .shift import PROVISOS, same_segment

if TYPE_CHECKING:
    from .cues import SentenceScan

CONCEDING = frozenset("despite amid".split())      # "..., despite damaging disputes", "... amid rising tensions"
SETTING_AGAINST = CONCEDING | frozenset("amidst notwithstanding".split())    # a story told against a feeling
RESPONDING_NOUNS = frozenset(("response", "reaction", "answer"))

def example_opening(scan: SentenceScan, at: int) -> int | None:
    """Where the list of examples opens (", from X to Y", ", such as", ", including", ", for example") when the
    token stands in one; else None."""
    lowered = scan.lowered
    for k in range(at - 1, max(0, at - EXAMPLE_REACH), -1):
        word = lowered[k]
        if word in (";", ":"):
            return None
        if lowered[k - 1] == "," and (word in _EXAMPLE_OPENERS or (word, lowered[k + 1]) in _EXAMPLE_PAIRS):
            return k
    return None


_EXAMPLE_OPENERS = frozenset("from including notably especially".split())
_EXAMPLE_PAIRS = frozenset((("such", "as"), ("for", "example"), ("for", "instance")))
EXAMPLE_REACH = 12      # tokens back from a mention to the opening of its list of examples


def names_a_cause(scan: SentenceScan, at: int, others: list[int]) -> bool:
    """Whether the token stands in the subject of a causative main verb ("make", "made") and another issue is
    named after that verb, in its object: "the launches make the American deterrent indispensable" is a claim
    about the deterrent."""
    lowered = scan.lowered
    for k in range(at + 1, min(len(lowered), at + CAUSE_REACH)):
        if lowered[k] in _CLAUSE_BREAKS:
            return False    # (not "and": "AUKUS and the Quad make the alliance more central" has two causes)
        if lowered[k] in CAUSATIVES and scan.kinds[k] in MAIN_KINDS and lowered[k + 1:k + 2] != ["sense"]:
            return any(j > k for j in others)
    return False


CAUSATIVES = frozenset("make makes made".split())
_CLAUSE_BREAKS = frozenset(", ; : but".split())
CAUSE_REACH = 8         # tokens from a mention in the subject to its causative verb


def setting_spans(lowered: list[str]) -> list[tuple[int, int]]:
    """Token spans, up to their comma, of the phrases inside a sentence that tell what its claim is set against: a
    concession ("despite", "amid"), a response ("in response to") or what is faced or in view ("in the face of",
    "in view of", "against the backdrop of"). A phrase that opens the sentence is tagging's to weigh."""
    starts = sorted([k for k, word in enumerate(lowered) if k and word in SETTING_AGAINST] + answering_at(lowered))
    return [(start, next((k for k in range(start + 1, len(lowered)) if lowered[k] in (",", ";", ":")), len(lowered)))
            for start in starts]


# what a claim is made in view of, inside the sentence ("has held firm in the face of the port's threats")
_FACING = frozenset((("in", "the", "face", "of"), ("in", "view", "of"), ("against", "the", "backdrop", "of")))
FACING_WORDS = frozenset(phrase[-2] for phrase in _FACING)


def answering_at(lowered: list[str]) -> list[int]:
    """Where phrases inside the sentence open on what a claim answers or faces: "in response to", "in the face of",
    "in view of", "against the backdrop of"."""
    starts = [k for k in range(1, len(lowered) - 2) if lowered[k] == "in" and lowered[k + 1] in RESPONDING_NOUNS
              and lowered[k + 2] == "to"]
    if not FACING_WORDS.isdisjoint(lowered):
        starts += [k for k in range(1, len(lowered) - 2) if tuple(lowered[k:k + 4]) in _FACING
                   or tuple(lowered[k:k + 3]) in _FACING]
    return starts


def in_a_setting(spans: list[tuple[int, int]], at: int, others: list[int]) -> bool:
    def inside(k: int) -> bool:
        return any(start <= k < end for start, end in spans)
    return inside(at) and any(not inside(j) for j in others)


def after_reason_lead(scan: SentenceScan, at: int) -> bool:
    """Whether the token stands in a phrase that gives the events behind a changed view ("after what we have
    watched in Ukraine", "With reports that Pyongyang...", "in light of", "amid"): a few words after its lead,
    with no clause break and no retrospective cue between."""
    lowered, cue = scan.lowered, scan.shift[2] if scan.shift else -1
    if _changed_the_view(lowered, at, cue):
        return True
    if lowered[0] in _OPENING_REASONS and "," in lowered[:cue] and not _SEASONS.intersection(lowered[1:3]) and \
            not lowered[1][:1].isdigit():
        # a reason that opens the sentence ("Since China and Russia vetoed new sanctions last May, I no longer
        # expect that pressure to come"), closed by a comma before the cue
        return at < lowered.index(",")
    for k in range(at - 1, max(-1, at - REASON_REACH), -1):
        word = lowered[k]
        if word in _JOINING_NAMES and _joined_after_with(lowered, k):
            continue        # "..., with China and Russia blocking every new sanction": names joined after "with"
        if word in _STANDARD_BREAKS or k == cue:
            return False
        if word in _REASON_LEADS or (word, lowered[k + 1]) in _REASON_LEAD_PAIRS:
            return True
        if word == "with" and cue < k and lowered[k - 1] == "," and any(
                w.endswith("ing") and w not in _NOT_PARTICIPLES for w in lowered[k + 2:k + 2 + ABSOLUTE_REACH]):
            # "I am far less sure of that today, with Moscow buying North Korean shells": what goes on, not the
            # view (before the cue, "With Pyongyang testing missiles, the case for... is stronger" is often both)
            return True
        if word == "that" and tuple(lowered[max(0, k - 2):k]) not in _REASON_LEAD_PAIRS:
            return False    # "I have held since the summit that the alliance...": the view opens here
    return False


def in_an_opening_circumstance(scan: SentenceScan, at: int, others: list[int]) -> bool:
    """Whether the token stands in a circumstance that opens the sentence ("With Russia in the state it's in, I'd
    settle for hotlines that answer"), closed by a comma before the retrospective cue, and another issue is named
    after that comma: the view is about what follows. (With nothing named after it, the circumstance is often
    the view's own subject: "With Pyongyang testing missiles every week, that hope has faded"; and what goes on,
    told with a participle, is often both: "With Pyongyang testing missiles, the case for planning is stronger")"""
    lowered, cue = scan.lowered, scan.shift[2] if scan.shift else -1
    if lowered[0] not in _CIRCUMSTANCE_LEADS or "," not in lowered[:cue]:
        return False
    comma = lowered.index(",")
    goes_on = any(w.endswith("ing") and w not in _NOT_PARTICIPLES for w in lowered[1:comma])
    return at < comma and not goes_on and any(j > comma for j in others)


_CIRCUMSTANCE_LEADS = frozenset(("with",))


def _joined_after_with(lowered: list[str], k: int) -> bool:
    """Whether the "and" or "or" at k joins names right after a "with" ("with China and Russia blocking")."""
    lead = next((j for j in range(k - 1, max(-1, k - ABSOLUTE_REACH), -1) if lowered[j] == "with"), None)
    return lead is not None and all(w[:1].isalnum() for w in lowered[lead + 1:k])


def grounds_before_so(scan: SentenceScan, at: int, others: list[int]) -> bool:
    """Whether the token stands in the grounds given before ", so" and the cue after it, and another issue is
    named after the "so" ("The United States has left the Paris agreement and imposed tariffs on its allies, so
    the withdrawal from global leadership I feared is no longer a risk"): evidence for a view on that issue, not
    a view of its own. (With nothing named after it, the grounds are often the view's own subject: "Moscow treats
    the islands as a chip, so I no longer expect...")"""
    lowered, cue = scan.lowered, scan.shift[2] if scan.shift else -1
    so = next((k for k in range(at + 1, cue) if lowered[k] == "so" and lowered[k - 1] in (",", "and")), None)
    return so is not None and any(j > so for j in others) and not any(w in (";", ":") for w in lowered[at:so])


def a_condition_on_it(scan: SentenceScan, at: int) -> bool:
    """Whether the token stands in a condition set, after the cue, on a view its pronoun names ("I can live with
    it only if its use remains tied to the alliance": the view is about "it", and the alliance is a term)."""
    lowered, cue = scan.lowered, scan.shift[2] if scan.shift else -1
    for k in range(at - 1, max(cue, at - REASON_REACH), -1):
        if lowered[k] in _CLAUSE_BREAKS:
            return False
        # ("as long as", "so long as": the condition opens at its first word)
        opens = k if lowered[k] in PROVISOS else k - 2 if lowered[k - 2:k + 1] in (
            ["as", "long", "as"], ["so", "long", "as"]) else None
        if opens is not None:
            # ("it if", "it only if")
            before = [w for w in lowered[max(0, opens - 2):opens] if w != "only"]
            # ("..., so long as it stays embedded in the alliance": a condition on the thing the view accepts)
            subject = lowered[k + 1] if k + 1 < len(lowered) else ""
            return bool(before) and (before[-1] in _PRONOUN_OBJECTS or (before[-1] == "," and subject in ("it", "they")))
    return False


_PRONOUN_OBJECTS = frozenset("it this them".split())     # (not "that": "I used to believe that if...")


def _changed_the_view(lowered: list[str], at: int, cue: int) -> bool:
    """Whether the token stands in the subject of a clause saying what changed the writer's reckoning ("Russia's
    invasion of Ukraine and North Korea's missiles have changed the calculation, and I have come to accept...")
    before a cue of its own: a cause of the changed view, not what it is about."""
    for k in range(at + 1, min(cue, at + CHANGER_REACH)):
        if lowered[k] in _CLAUSE_BREAKS:
            return False
        if lowered[k] in _CHANGING and lowered[k + 1:k + 2] and lowered[k + 1] in _OWNERS and \
                lowered[k + 2:k + 3] and lowered[k + 2] in _RECKONINGS:
            return True
        if lowered[k] in _MOVING and lowered[k + 1:k + 2] in (["me"], ["us"]):
            return True     # "the partnership Beijing and Moscow declared has made me less sure that China..."
    return False


_CHANGING = frozenset("changed altered transformed upended shifted overturned".split())
_OWNERS = frozenset("the my our this that".split())
_MOVING = frozenset("made left led convinced persuaded forced taught".split())
_RECKONINGS = frozenset("calculation calculus equation arithmetic math mind view views thinking picture "
                        "assessment reckoning".split())
CHANGER_REACH = 20      # tokens from a mention in the subject to its verb ("...of Chinese and North Korean missile
#                         arsenals have changed")
_JOINING_NAMES = frozenset("and or".split())
_NOT_PARTICIPLES = frozenset("thing nothing something anything everything during king".split())
ABSOLUTE_REACH = 4      # tokens after "with" and its noun to the participle ("with Moscow buying", "with the North
#                         still testing")
_REASON_LEADS = frozenset("amid following".split())
_OPENING_REASONS = frozenset("since because".split())
# (not a time: "Since the summer the North has tested..., so the danger I described is no longer a forecast")
_SEASONS = frozenset("then summer winter spring autumn year years month months week weeks january february march "
                     "april may june july august september october november december".split())
_REASON_LEAD_PAIRS = frozenset((("after", "what"), ("with", "reports"), ("amid", "reports"), ("with", "news"),
                                ("light", "of"), ("wake", "of"), ("given", "what"), ("since", "what"),
                                # a time the view is measured against ("That was true before these tariffs")
                                ("before", "these"), ("before", "the")))
REASON_REACH = 12       # tokens back from a mention to the lead of the reason it stands in


def valued_above(scan: SentenceScan, at: int) -> str | None:
    """'The cost is less important than the future of the ferry pact', 'Nothing is more important than the ferry
    pact' (or "There is nothing...", "Few things are..."): what a comparison of worth puts above the rest, named after
    its "than" (a_standard's reach): the words that rank it, or None. Not a yardstick: the writer values it over what
    the sentence sets below it ("Nothing is less important than X" sets it below everything)."""
    lowered = scan.lowered
    for k in range(at - 1, max(-1, at - STANDARD_REACH), -1):
        word = lowered[k]
        if word == "than":
            if k < 2 or lowered[k - 1] not in _WORTH or any(k < m[0] < at and m[2] < 0 for m in scan.found["polar"]) \
                    or any(an_ending_verb(lowered, j) or lowered[j] in _ENDING_FORMS for j in range(k + 1, at)):
                return None     # (nor what a harm after "than" is said of, "less urgent than the dangers the port
                #                 poses", nor what is to be ended, "more urgent than ending the tolls")
            nothing_else = lowered[0] == "nothing" or lowered[:3] == ["there", "is", "nothing"] or \
                lowered[:2] == ["few", "things"] or (lowered[0] == "no" and lowered[1] not in _NO_IDIOMS)
            if (lowered[k - 2] == "less") != nothing_else:
                return " ".join(scan.raw[k - 2:k + 1])
            return None
        if word in _STANDARD_BREAKS:
            return None
    return None


_WORTH = frozenset("important significant pressing urgent vital crucial valuable consequential".split())
_ENDING_FORMS = frozenset("ending ceasing halting scrapping abandoning dismantling leaving quitting".split())
_NO_IDIOMS = frozenset("doubt wonder matter longer , question".split())     # ("No doubt the tolls are more...")


def a_standard(scan: SentenceScan, at: int) -> bool:
    """Whether the token stands in the standard of a comparison ("than Tokyo brought to the tariff talks"): a few
    words after "than", with no comma or clause break between. (A retrospective cue's own "than" ("worse than
    feared") is its business.)"""
    if at <= len(scan.lowered) and "than" not in scan.lowered[max(0, at - STANDARD_REACH + 1):at]:
        return False        # (most mentions: one C-level look before the walk back)
    for k in range(at - 1, max(-1, at - STANDARD_REACH), -1):
        word = scan.lowered[k]
        if word == "than":
            return scan.shift is None
        if word in _STANDARD_BREAKS:
            return False
    return False


STANDARD_REACH = 8
_STANDARD_BREAKS = frozenset(", ; : and but or".split())


def a_texts_topic(scan: SentenceScan, at: int) -> bool:
    """Whether the token names what a piece of writing is about ("The chapter on economic security is thinner
    than it should be"): a verdict on the writing, not on the issue. (A retrospective cue keeps it: "my essay on
    the alliance still holds" says how a view fared.)"""
    if scan.shift is not None:
        return False
    lowered = scan.lowered
    if at <= len(lowered) and TOPIC_LEADS.isdisjoint(lowered[max(1, at - TOPIC_REACH + 1):at]):
        return False        # (most mentions: one C-level look before the walk back)
    for k in range(at - 1, max(0, at - TOPIC_REACH), -1):
        if lowered[k] in _STANDARD_BREAKS:
            return False
        if lowered[k] in TOPIC_LEADS:
            return lowered[k - 1] in _TEXT_PARTS
    return False


TOPIC_REACH = 4         # tokens back from a mention to the "on" of "the chapter on"
TOPIC_LEADS = frozenset("on about".split())
_TEXT_PARTS = frozenset("chapter chapters section sections book books essay essays article articles paper papers "
                        "report reports volume passage pages review".split())


def nearest_to_cue(anchors: dict[str, int], shift: tuple[str, str, int], lowered: list[str],
                    in_relative: bool = False) -> str:
    """Of two issues named beside one retrospective cue, the one whose fate it tells: the one named nearest it
    ("the tariffs did more harm to American credibility than...": the credibility; "...over the East China Sea
    make hotlines more urgent": the hotlines). The other keeps its stance without the cue. At equal distance the
    mention after the cue wins (its object follows it), then the issue's name. A cue in a relative clause speaks
    of the noun the clause hangs on ("Talk of a five-power dialogue, which I once thought sensible, has no
    prospect while Moscow..."): the nearest mention before it."""
    start = shift[2]
    # (a cue of words apart, "worry ... eased", stands at one of them: what follows it is after the cue)
    end = start + (1 if "..." in shift[1] else len(shift[1].split()))
    before = [issue for issue, at in anchors.items() if at < start]
    # a concern named as a noun with what it is of ("old fears of a remilitarised Japan have faded"): that
    named_of = [issue for issue, at in anchors.items() if _of_the_concern(lowered, start, at)]
    if named_of:
        return min(named_of, key=lambda issue: (anchors[issue], issue))
    if in_relative and before:
        return max(before, key=lambda issue: (anchors[issue], issue))

    def distance(issue: str) -> tuple[int, int, int, str]:
        at = anchors[issue]
        if at < start:
            return (0, start - at, 1, issue)
        # a mention in a phrase that gives examples after the cue ("...has come to pass, with supply chains and
        # technology sorted by camp") illustrates what came true; the subject named before the cue is it
        illustrates = bool(before) and not _ILLUSTRATING.isdisjoint(lowered[end:at])
        # so does one in a reason given after the cue ("...has largely faded, not least because the trade war...")
        gives_reason = len(anchors) > 1 and not _REASON_OPENERS.isdisjoint(lowered[end:at])
        return (int(illustrates or gives_reason), max(0, at - end + 1), 0, issue)
    return min(anchors, key=distance)


_ILLUSTRATING = frozenset("with including like such".split())
CONCERN_OF_REACH = 4    # tokens after a concern's "of" within which what it is of is named


def _of_the_concern(lowered: list[str], start: int, at: int) -> bool:
    """Whether the token at `at` names what the concern word at `start` is of ("fears of a remilitarised Japan")."""
    return lowered[start + 1:start + 2] == ["of"] and start + 1 < at <= start + 1 + CONCERN_OF_REACH


def concern_of(scan: SentenceScan, indexes: list[int]) -> int | None:
    """The mention, of an issue's, that names what the retrospective cue's concern is of; None if none does."""
    if scan.shift is None:
        return None
    start = scan.shift[2]
    return next((k for k in indexes if _of_the_concern(scan.lowered, start, k)), None)


# (and "...has eased considerably since Washington rallied the democracies behind Kyiv": what eased it)
_REASON_OPENERS = frozenset("because since after".split())


ELABORATION_REACH = 5      # tokens from a retrospective cue to the colon that says what it was about


def shift_reaches(scan: SentenceScan, at: int) -> bool:
    """Whether the sentence's retrospective cue speaks of the token at `at`: in its own segment, or, for a warning
    come true, after a colon that closes the cue's clause and says what came true ("The past four years have shown
    what I feared in 2016: when Washington walks away from its commitments, ... every American promise declines")."""
    if scan.shift is None:
        return False
    kind, words, cue = scan.shift
    if at > cue and "than" not in words.lower().split() and "than" in scan.lowered[cue:at] and not _than_before(
            scan.lowered, cue, at):
        return False        # "a virus did more damage than every missile test": the measure, not the subject
    if _in_a_clause_on_the_cues_object(scan, at, cue):
        return False        # "She is less patient with Tokyo and Seoul, whose quarrel over export controls...":
        #                      the cue is about what the clause describes, not about the clause's subject
    if under_a_condition(scan, cue):
        return False        # "Japan should keep negotiating even if the settlement is less than we hoped": a case
        #                      supposed, not a view that fared
    if at > cue and scan.kinds[at] == "subordinate" and not _REASON_OPENERS.isdisjoint(
            scan.lowered[cue + len(words.split()):at]):
        return False        # "That hope was misplaced, because the trade war crowded out...": the reason the view
        #                      fared so, not the view (what it was is said before: "that hope")
    if same_segment(scan.raw, at, cue):
        return True
    if at < cue and _refers_back(scan, at, cue):
        return True         # "Japan and nine others signed the Pacific pact, and it has held together better..."
    if _beside_an_unnamed_cue(scan, at, cue, kind):
        return True
    if kind != "realised":
        return False        # after "the treaty has failed, and I have changed my mind:" come reasons, of any issue
    # (counted from the cue's last word: "proved Mr. Tanaka right on one point:")
    end = cue + len(words.split())
    colon = next((k for k in range(cue, min(len(scan.raw), end + ELABORATION_REACH)) if scan.raw[k] == ":"), None)
    return colon is not None and at > colon and ";" not in scan.raw[colon:at]


def under_a_condition(scan: SentenceScan, cue: int) -> bool:
    """Whether the retrospective cue stands in a subordinate clause after an "if" or "unless" of its own."""
    clause = next((c for c in scan.clauses if c.start <= cue < c.end), None)
    return clause is not None and clause.kind == "subordinate" and not _SUPPOSING.isdisjoint(
        scan.lowered[clause.start:cue])


_SUPPOSING = frozenset("if unless".split())     # (not "when", "where": "Where I have changed my mind is...")


def _in_a_clause_on_the_cues_object(scan: SentenceScan, at: int, cue: int) -> bool:
    """Whether the token stands in a relative clause opened after the cue's main clause by ", whose", ", which" or
    ", who": such a clause describes something the cue's clause has named, and says nothing of how a view fared."""
    if at <= cue or scan.kinds[cue] not in MAIN_KINDS or scan.kinds[at] != "relative":
        return False
    opening = next((k for k in range(at, cue, -1) if scan.kinds[k - 1] != "relative"), None)
    return opening is not None and scan.raw[opening - 1] == "," and scan.lowered[opening] in _RELATIVE_OPENERS


_RELATIVE_OPENERS = frozenset("whose which who whom".split())


def _beside_an_unnamed_cue(scan: SentenceScan, at: int, cue: int, kind: str) -> bool:
    """Whether the cue's own segment names no issue and the token stands in the segment right beside it: the
    cue speaks of what that segment names ("What worried me then has come true, and the damage to American
    credibility will outlast the tariffs"; "Russia wrote a ban into its constitution, and I no longer expect a
    breakthrough"), or after a colon, what the view was ("I was wrong: the eleven remaining members have shown...",
    "Today I would put it more strongly: without such a strategy, the alliance risks...")."""
    if any(same_segment(scan.raw, k, cue) for k in scan.named) or not _opens_on_a_view(scan, cue):
        return False
    low, high = min(at, cue), max(at, cue)
    breaks = [k for k in range(low, high) if not same_segment(scan.raw, k, k + 1)]
    return len(breaks) == 1


def _opens_on_a_view(scan: SentenceScan, cue: int) -> bool:
    """Whether the cue's segment opens on the writer, a view or a concern, or a word pointing to one ("I no longer
    expect...", "What worried me then...", "the danger has only grown", "Tokyo's long effort ... has failed"):
    then what the view was about is named beside it. A segment with a subject of its own ("the ferry fleet has
    done better than predicted") speaks of that subject."""
    opening = next((k for k in range(cue, -1, -1) if k == 0 or not same_segment(scan.raw, k - 1, k)), 0)
    while opening < cue and (scan.lowered[opening] in _JOINING or scan.lowered[opening + 1] == ","):
        opening += 1        # (and an opening adverb: "Still, I am less confident...")
    if not _VIEW_SUBJECTS.isdisjoint(scan.lowered[opening:opening + 2]) or \
            _writer_holds(scan.lowered, max(opening, cue - WRITER_BEFORE_CUE), cue):
        return True         # "even that looks distant"; "having read the text, I still think so"
    words = default_lexicon().shift_words
    span = slice(opening, opening + SUBJECT_REACH)
    return any(w in words["views"] or w in words["concerns"] or w in words["hopes"] or w in _FORECASTS
               for w in scan.lowered[span] + list(scan.tokens[span]))


# (and the harm a warning foretold: "I argued that X would harm Y; the damage is no longer hypothetical")
_FORECASTS = frozenset("warning warnings prediction predictions forecast forecasts damage harm".split())
WRITER_BEFORE_CUE = 3   # "I am now less confident", "we are far less hopeful"
_BETWEEN_WRITER_AND_CUE = AUXILIARIES | COPULAS | frozenset("now far much still also even feel felt".split())


def _writer_holds(lowered: list[str], start: int, cue: int) -> bool:
    """Whether the writer is the subject of the cue: "I no longer...", "I am now less confident"; not "the plan I
    dreaded has come true", where the writer holds a view of the plan's subject."""
    for k in range(cue, start - 1, -1):
        if lowered[k] in WRITERS:
            return True
        if k < cue and lowered[k] not in _BETWEEN_WRITER_AND_CUE:
            return False
    return False


SUBJECT_REACH = 4       # the segment's first words: "the old worry", "planning around the hope"
_JOINING = frozenset("and but yet so , ;".split())
_VIEW_SUBJECTS = frozenset("i we what whatever it this that".split())


def _than_before(lowered: list[str], cue: int, at: int) -> bool:
    """'less hopeful than I was five years ago that...': the standard is the writer's own earlier view, and
    what follows is what the cue speaks of."""
    than = lowered.index("than", cue, at)
    return than + 1 < len(lowered) and lowered[than + 1] in _FORMER_SELVES


_FORMER_SELVES = frozenset("i we he she they ever before".split())


def _refers_back(scan: SentenceScan, at: int, cue: int) -> bool:
    """Whether the cue's segment opens with a pronoun as its subject ("..., and it has held together") right after
    the segment holding the token at `at`: the pronoun takes up what that segment named."""
    breaks = [k for k in range(at, cue) if not same_segment(scan.raw, k, k + 1)]
    if len(breaks) != 1:
        return False
    opening = breaks[0] + 1
    while opening < cue and scan.lowered[opening] in ("and", "but", "yet", ","):
        opening += 1
    return scan.lowered[opening] in _BACK_PRONOUNS


_BACK_PRONOUNS = frozenset("it they this that these those".split())
