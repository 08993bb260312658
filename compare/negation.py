"""What a negation reaches beyond the word after it: a negative subject that opens a clause ("None of the plans is
convincing", "Since 2004, no administration has made progress") denies its verb, a parenthetical set between
commas ("does not, however, guarantee progress") leaves a negation standing, a denied verb of perceiving denies only
the perceiving ("did not see Moscow's cynical way of thinking", perceived_all_the_same), a denied verb of holding a view denies
all it governs (complement_end), and so do a doubt ("It is unlikely that...", doubted), a verdict put off ("It is
too early to call the summit a failure") and a view the writer rejects ("I reject the notion that...")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .clauses import AUXILIARIES, SUBORDINATORS, clause_at
from .shift import same_segment
from .voices import BREAK_TOKENS

if TYPE_CHECKING:
    from .cues import SentenceScan

# words that link a sentence to the one before it, which may stand before an opening condition or a negative subject
LINKING_WORDS = frozenset("but and yet so however still moreover furthermore also then now indeed thus hence".split())
# verbs of holding a view: a negation before one denies its complement
VIEW_VERBS = frozenset("regard regards consider considers see sees view views find finds treat treats count counts "
                       "think believe share regarded considered saw seen viewed found treated counted thought "
                       "believed shared accept accepts accepted buy buys bought mean means meant imply implies implied"
                       .split())   # ("never bought the line that"; "this does not mean that X": X is denied)


def past_a_parenthetical(scan: SentenceScan, at: int) -> int | None:
    """The closing comma of a parenthetical word or two set between commas at `at` (", however,", ", of course,"),
    which a negation before it reaches past; None where there is none."""
    raw, lowered = scan.raw, scan.lowered
    if at >= len(raw) or raw[at] != ",":
        return None
    close = next((k for k in range(at + 2, min(len(raw), at + 4)) if raw[k] == ","), None)
    return close if close is not None and " ".join(lowered[at + 1:close]) in _PARENTHETICALS else None


_PARENTHETICALS = frozenset(("however", "though", "therefore", "thus", "of course", "in fact", "after all", "indeed",
                             "alas", "sadly", "unfortunately", "perhaps", "in turn", "moreover", "then"))


def negative_subject_at(scan: SentenceScan) -> int | None:
    """Where a negative subject opens the sentence's main clause: first, after a linking word ("But nobody...") or
    after an opening phrase up to its comma ("Since 2004, no administration has made progress")."""
    lowered = scan.lowered
    if lowered[0] in _NEGATIVE_SUBJECTS:
        return 0
    if lowered[0] in LINKING_WORDS and lowered[1:2] and lowered[1] in _NEGATIVE_SUBJECTS:
        return 1
    comma = next((k for k in range(1, min(len(lowered) - 1, OPENING_PHRASE_REACH)) if scan.raw[k] == ","), None)
    return comma + 1 if comma is not None and lowered[comma + 1] in _NEGATIVE_SUBJECTS else None


OPENING_PHRASE_REACH = 10       # words to the comma that ends an opening phrase: "Since the return of the ferry in 2004,"


def after_a_negative_subject(scan: SentenceScan, start: int) -> int | None:
    """The verb whose clause a negative subject denies: "None of the plans is convincing" says that the plans are
    not convincing, "Nobody should object to X" that one should not, "None of this means that Y" that this does
    not mean Y. After a bare subject ("nothing", "none of this") the next word is the verb, whatever it is
    ("None of this changes my view that..."); after a longer one, the first auxiliary or verb of holding a view.
    None where the subject holds a clause of its own ("Nothing we might gain is worth...") or the sentence
    compares ("Nothing is more important than X", "Nothing but a deal will do"): these affirm."""
    lowered = scan.lowered
    head = start + (2 if lowered[start] == "no" and lowered[start + 1:start + 2] == ["one"] else 1)
    if head >= len(lowered) or (lowered[start] == "no" and head == start + 1 and (
            lowered[head] in _NOT_A_NEGATIVE_SUBJECT or scan.raw[head] in BREAK_TOKENS or lowered[head] in AUXILIARIES)):
        return None     # ("No doubt,", "No wonder Tokyo is nervous", "No longer can Japan...": no subject denied)
    if lowered[start] in ("none", "neither") and lowered[head] == "of" and lowered[head + 1:head + 2] and \
            lowered[head + 1] in _PRONOUNS_AFTER_OF:
        head += 2       # ("none of this", "neither of them")
    bare = (lowered[start] != "no" or lowered[start + 1] == "one") and lowered[head] not in _SUBJECT_PREPOSITIONS \
        and (lowered[start] not in ("none", "neither") or head == start + 3)
    # ("None of the ferry plans that were drawn up is convincing": a relative clause in a "none of" subject has an
    # auxiliary of its own, and the verb denied comes after it)
    relative = None
    for k in range(head, min(len(lowered), head + NEGATIVE_SUBJECT_REACH + RELATIVE_REACH)):
        word = lowered[k]
        if relative is None and k >= head + NEGATIVE_SUBJECT_REACH:
            return None
        if word in _RELATIVES and relative is None and not bare and lowered[start] in ("none", "neither") \
                and lowered[head] == "of" and k > head + 1:
            relative = k
            continue
        if word in _CLAUSE_IN_A_SUBJECT or scan.raw[k] in BREAK_TOKENS:
            return None
        if relative is not None and relative > 0 and (word in AUXILIARIES or word in VIEW_VERBS):
            relative = -1       # (the relative clause's own auxiliary)
            continue
        if bare and word in _ADVERBS_AFTER_A_SUBJECT:
            continue
        if bare or word in AUXILIARIES or word in VIEW_VERBS:
            if k == head and not bare:
                return None     # ("no is", a fragment)
            segment_end = next((j for j in range(k, len(lowered)) if not same_segment(scan.raw, k, j)), len(lowered))
            return None if "than" in lowered[k:segment_end] else k
    return None


_NEGATIVE_SUBJECTS = frozenset("none nothing nobody no neither".split())
_RELATIVES = frozenset("that which who".split())
NEGATIVE_SUBJECT_REACH = 14     # "None of the five ferry schemes put forward so far by the council is"
RELATIVE_REACH = 8              # and a relative clause in it: "that were drawn up last year"
_NOT_A_NEGATIVE_SUBJECT = frozenset("doubt wonder longer sooner matter less more question".split())
_CLAUSE_IN_A_SUBJECT = frozenset("i we you they he she that which who whom whose but except else than".split())
_PRONOUNS_AFTER_OF = frozenset("this that these those it them us".split())
_SUBJECT_PREPOSITIONS = frozenset("of in on about at from for with to among between within by".split())
_ADVERBS_AFTER_A_SUBJECT = frozenset("here there really ever yet".split())


def negates_nothing(lowered: list[str], k: int) -> bool:
    """'no matter how bad', 'no doubt', 'no less urgent', 'no question that': idioms that negate nothing; nor does
    the tag of a comparison ('makes engagement more necessary, not less'), nor "not only" ('should not only
    protest X, it should also...': the first of two things asked, none refused)."""
    if lowered[k] == "less":
        # "no less urgent", "more or less intact", "not less": no quality lessened
        return k > 0 and lowered[k - 1] in _NOT_LESSENING
    if k + 1 >= len(lowered):
        return False
    following = lowered[k + 1]
    return (lowered[k] == "no" and (following in _NOT_NEGATING or (
        following == "question" and lowered[k + 2:k + 3] == ["that"]))) or (
        lowered[k] == "not" and following in _COMPARED and k > 0 and lowered[k - 1] == ",") or (
        lowered[k] in ("not", "n't") and following in NOT_ONLY)


_NOT_NEGATING = frozenset("matter doubt less".split())
_NOT_LESSENING = frozenset("no not or nothing none".split())
_COMPARED = frozenset("less more".split())
NOT_ONLY = frozenset("only just merely simply".split())     # "not only": the first of two things, none refused


def doubted(scan: SentenceScan, negated_at: set[int]) -> set[int]:
    """The tokens of a that- or whether-clause the writer doubts ("It is unlikely that the talks will succeed", "I
    doubt that sanctions will work", "It was doubtful that the talks would be a breakthrough"): what it says is
    denied, as after "I do not think". Not a doubt denied ("There is no doubt that...", "it is not unlikely that").
    """
    out: set[int] = set()
    lowered = scan.lowered
    for k, word in enumerate(lowered):
        if word in _TOO_EARLY and _a_verdict_put_off(lowered, k) and _DOUBT_DENIED.isdisjoint(lowered[max(0, k - 3):k]):
            # "It is too early to view the summit as a failure": a verdict put off is not given
            out.update(range(k + 3, complement_end(scan, k)))
            continue
        if word in REJECTING_A_VIEW and (that := view_rejected(lowered, k)) is not None:
            # "I reject the notion that the pact is dead", "it is a myth that the pact is a burden": what the view
            # says is denied
            out.update(range(that + 1, complement_end(scan, that)))
            continue
        if word in _ASSURANCES and _assurance_denied(lowered, k) and lowered[k + 1:k + 2] in (["that"], ["whether"]):
            # "There is no guarantee that the capability will deter": a doubt, by an assurance denied
            # (up to the end of the that-clause: "Since there is no guarantee that the port will comply, the towns
            # must..." calls, undoubted)
            out.update(range(k + 2, min(complement_end(scan, k), _end_of_the_doubted(scan, k))))
            continue
        if word not in DOUBTING or k in negated_at or not _DOUBT_DENIED.isdisjoint(lowered[max(0, k - 2):k]):
            continue
        opens = next((j for j in range(k + 1, min(len(lowered), k + 3)) if lowered[j] not in _DOUBT_ADVERBS), None)
        if opens is not None and lowered[opens] in ("that", "whether"):
            out.update(range(opens + 1, complement_end(scan, k)))
    return out


def _end_of_the_doubted(scan: SentenceScan, k: int) -> int:
    """Where the clause doubted after the assurance at k ends: at its clause's end, at a comma before a clause joined
    (", so the towns must..."), or, in an opening subordinate clause ("Since there is no guarantee that..., the towns
    must..."), at its comma."""
    lowered = scan.lowered
    end = clause_at(scan.clauses, k + 1).end
    # (an opening phrase that holds the doubt ends at its comma: "Since there is no guarantee that...,", "With no
    # guarantee that the port will comply,", "There being no guarantee that...,"; not "If the port balks, there is
    # no guarantee that the pact, signed in 2010, will work", whose doubt comes after the opening's comma)
    opening = (lowered[0] in SUBORDINATORS or lowered[0] in _OPENING_WITH or lowered[:2] == ["there", "being"]) and \
        "," not in lowered[:k]
    return next((j for j in range(k + 2, end - 1) if lowered[j] == "," and (
        opening or lowered[j + 1] in _JOINING_A_CLAUSE or lowered[j + 1].endswith("ing"))), end)


_JOINING_A_CLAUSE = frozenset("so and but yet".split())
_OPENING_WITH = frozenset("with without given".split())


def _assurance_denied(lowered: list[str], k: int) -> bool:
    """Whether the word of assurance at k is denied right before it: "no guarantee", "not guaranteed", "nothing
    guarantees"."""
    return any(w in _DENYING_AN_ASSURANCE or w.endswith(("n't", "n\u2019t")) for w in lowered[max(0, k - 2):k])


# what assures a thing will happen, whose denial doubts it: "there is no guarantee that", "it is not guaranteed that"
# (not "sure" or "certain", which as often tell someone else's doubt: "the mayor is not sure that")
_ASSURANCES = frozenset("guarantee guarantees guaranteed assurance assurances certainty".split())
_DENYING_AN_ASSURANCE = frozenset("no not nothing never".split())


def view_rejected(lowered: list[str], k: int) -> int | None:
    """Where the "that" stands of a view the writer rejects at token k: the writer's or a call's verb of rejecting
    before a view named ("I reject the notion that", "we should challenge the conventional wisdom that", "I disagree
    with the view that"), or a false view named after a copula ("it is a myth that"); None otherwise, and where the
    rejection is denied ("it is no myth that", "I do not reject the idea that") or someone else's ("the mayor rejected
    the idea that": what the mayor holds is told, not the writer's verdict)."""
    before = lowered[max(0, k - REJECTER_REACH):k]
    if not _DOUBT_DENIED.isdisjoint(before):
        return None
    if lowered[k] in _FALSE_VIEWS:
        return k + 1 if lowered[k + 1:k + 2] == ["that"] and not _COPULAS_BEFORE_A_NAME.isdisjoint(before) else None
    if _REJECTERS.isdisjoint(before):
        return None
    for j in range(k + 1, min(len(lowered) - 1, k + 1 + VIEW_NAMED_REACH)):
        if lowered[j] in _VIEWS_NAMED:
            return j + 1 if lowered[j + 1] == "that" else None
        if lowered[j] not in _BEFORE_A_VIEW_NAMED:
            return None
    return None


REJECTER_REACH = 3      # "we should now question", "it is time to challenge"
# the writer, or a call, before the verb of rejecting ("I reject", "we must challenge", "time to question")
_REJECTERS = frozenset("i we must should need needs ought to let".split())
_COPULAS_BEFORE_A_NAME = frozenset("is was are were remains".split())
VIEW_NAMED_REACH = 4    # "challenge the widely held conventional wisdom"
_REJECTING = frozenset("reject rejects rejected rejecting challenge challenges challenged challenging question "
                       "questions questioned questioning dispute disputes disputed disputing refute refutes refuted "
                       "refuting debunk debunks debunked debunking dispel dispels dispelled dispelling disagree "
                       "disagrees disagreed disagreeing dismiss dismisses dismissed dismissing".split())
_FALSE_VIEWS = frozenset("myth myths fallacy misconception misconceptions illusion delusion canard".split())
REJECTING_A_VIEW = _REJECTING | _FALSE_VIEWS
_VIEWS_NAMED = frozenset("notion idea view assumption assumptions wisdom claim claims argument belief narrative premise "
                         "suggestion perception thinking contention".split())
_BEFORE_A_VIEW_NAMED = frozenset("the this that a any with conventional received widespread popular common "
                                 "prevailing widely held oft-repeated familiar".split())


def rejects_a_view(lowered: list[str], k: int) -> bool:
    """Whether the judging word at k is a verb rejecting a view named (its judgement is on the view, which the
    negation of its content carries: "I reject the notion that the pact is dead" is for the pact)."""
    return lowered[k] in _REJECTING and view_rejected(lowered, k) is not None


def _a_verdict_put_off(lowered: list[str], k: int) -> bool:
    """Whether token k opens a verdict put off: "too early to call", "too soon to judge", "premature to declare"."""
    return (lowered[k] == "premature" or lowered[k - 1:k] == ["too"]) and lowered[k + 1:k + 2] == ["to"] \
        and lowered[k + 2:k + 3] != [] and lowered[k + 2] in _PASSING_A_VERDICT


_TOO_EARLY = frozenset("early soon premature".split())

_PASSING_A_VERDICT = frozenset("call view judge declare pronounce label dismiss deem consider write say conclude "
                               "describe regard treat".split())
# a word of doubt before the clause doubted; the words before it that deny the doubt ("no doubt", "little doubt")
DOUBTING = frozenset("doubt doubts doubted doubtful unlikely improbable questionable skeptical sceptical "
                     "dubious".split())
DENYING_WHAT_FOLLOWS = DOUBTING | _TOO_EARLY | REJECTING_A_VIEW | _ASSURANCES    # (a word one of them needs)
_DOUBT_DENIED = frozenset("no not little never without n't beyond".split())
_DOUBT_ADVERBS = frozenset("anyway now still very highly increasingly however though therefore also quite rather "
                           "deeply".split())    # ("It was doubtful anyway that...")


def perceived_all_the_same(lowered: list[str], after: int) -> bool:
    """Whether the negation ending before `after` denies only someone's grasp of a thing the writer holds true: "the
    ministry did not see Moscow's cynical way of thinking", "Washington never understood how reckless the tariffs
    were". A verb of perceiving or knowing takes what it perceives as fact, so the negation stops at the verb and what
    follows keeps its sign. Not the writer's own denial ("I do not see any danger", "we still don't see a
    threat"), a view held ("does not see the alliance as a burden": a verb of holding a view), an event denied ("the
    year did not see any progress"), nor a question left open ("did not know whether...")."""
    k = after
    while k < len(lowered) and lowered[k] in _BEFORE_PERCEIVING:
        k += 1
    if k + 1 >= len(lowered) or lowered[k] not in _PERCEIVING:
        return False
    following = lowered[k + 1:k + 1 + AS_REACH]
    if lowered[k + 1] in _NOT_A_FACT_PERCEIVED or "as" in following:
        return False
    if lowered[k] in _SEEING and not (lowered[k + 1] in _WHAT_IS_SEEN or any(
            w.endswith(("'s", "\u2019s")) for w in lowered[k + 1:k + 3])) \
            or any(w.endswith("ing") and len(w) > 4 and (not i or following[i - 1] not in _BEFORE_A_GERUND)
                   for i, w in enumerate(following)):
        return False        # ("the talks have not seen meaningful progress": an event denied; "does not see the pact
        #                     succeeding": a view denied; what is seen is a fact only after "how", "that" or a name's)
    # (the writer's own denial, with adverbs between: "I still do not see the benefits")
    return _WRITERS.isdisjoint(lowered[max(0, after - DENIER_REACH):after])


_BEFORE_PERCEIVING = frozenset("fully really clearly quite yet always properly truly".split())
_PERCEIVING = frozenset("see saw seen notice noticed realize realized realise realised understand understood grasp "
                        "grasped comprehend comprehended foresee foresaw foreseen know knew known".split())
# an object no fact opens: an event's scope ("did not see any progress"), a question ("did not know whether")
_NOT_A_FACT_PERCEIVED = frozenset("any much many a an no whether if".split())
AS_REACH = 6        # "does not see the alliance with Washington as a burden"
_WRITERS = frozenset("i we you".split())
DENIER_REACH = 5        # "I honestly still do not see"
_BEFORE_A_GERUND = frozenset("of for about in on by".split())     # ("its way of thinking": a noun's gerund)
_SEEING = frozenset("see saw seen".split())
_WHAT_IS_SEEN = frozenset("how that what why".split())


def complement_end(scan: SentenceScan, verb: int) -> int:
    """Where what a verb of holding a view governs ends: the end of its segment of the sentence (up to a
    semicolon, a colon or ", and"), past a that-clause or an aside inside it ("I no longer think even a rise
    above it, explained openly to our neighbours, would destabilize anyone"), up to a reason or a concession set
    off by a comma."""
    return next((k for k in range(verb + 1, len(scan.raw)) if not same_segment(scan.raw, verb, k) or (
        scan.raw[k - 1] == "," and scan.lowered[k] in _REASONS_AFTER_A_COMMA)), len(scan.raw))


# "I don't think X, because Y": the reason is the writer's, not part of what is denied
# (not ", which": a relative aside may stand inside it, "I don't think the plan, which the council backs, is good")
_REASONS_AFTER_A_COMMA = frozenset("because since although though while whereas".split())


def disclaimed_until(lowered: list[str]) -> int | None:
    """'This is not to say Pyongyang couldn't do real damage', 'None of this is to suggest the pact has failed',
    "That's not to say...": what the writer says they are not saying is no claim either way (its own negations would
    read as the writer's). The index where the writer goes on to what they do say ("..., but...", "..., only
    that...", a semicolon, a colon or a dash), from which the sentence is read; its length where the whole sentence is
    disclaimed; None where there is no disclaimer."""
    if _DISCLAIMING.isdisjoint(lowered[:DISCLAIMER_REACH + 4]):
        return None     # (most sentences: one set test)
    start = next((k for k, word in enumerate(lowered[:DISCLAIMER_REACH]) if word not in LINKING_WORDS
                  and word not in (",", "of", "course")), 0)
    opening = lowered[start:start + 6]
    # ("This is not to say", "This isn't to say", "That's not to say": the contractions stand whole or apart)
    denied = 3 if opening[1:3] in (["is", "not"], ["was", "not"], ["is", "n't"], ["was", "n't"]) else 2 \
        if opening[1:2] in (["isn't"], ["wasn't"]) else None
    if opening[:1] in (["that's"], ["it's"], ["that\u2019s"], ["it\u2019s"]) and opening[1:2] == ["not"]:
        denied, opening = 3, ["that", "is"] + opening[1:]     # (read as "that is not")
    disclaimed = (opening[:1] in (["this"], ["that"], ["it"]) and denied is not None
                  and opening[denied:denied + 1] == ["to"] and opening[denied + 1:denied + 2] != []
                  and opening[denied + 1] in _SAYING) or (
        opening[:5] == ["none", "of", "this", "is", "to"] and opening[5:6] != [] and opening[5] in _SAYING)
    if not disclaimed:
        return None
    return next((k for k in range(start + 4, len(lowered)) if lowered[k] in _GOING_ON or (
        lowered[k] in _GOING_ON_AFTER_A_BREAK and lowered[k - 1] in _BREAKS) or (
        lowered[k] in _DASHES and _DASHES.isdisjoint(lowered[k + 1:]))), len(lowered))


DISCLAIMER_REACH = 4        # "But, of course, this is not to say"
_DISCLAIMING = frozenset(("not", "n't", "isn't", "wasn't", "none"))     # a word every disclaimer opens with
# (not "deny": "This is not to deny that the pact has flaws" grants them)
_SAYING = frozenset("say suggest imply argue claim".split())
_GOING_ON = frozenset("but ; :".split())
# ("..., only that it deserves support"; not "...is merely a burden", inside what is disclaimed)
_GOING_ON_AFTER_A_BREAK = frozenset("only yet rather merely".split())
_DASHES = frozenset("— – --".split())     # (not a lone hyphen: "U.S.-Japan" puts one between its words)
_BREAKS = frozenset(", — – --".split())
