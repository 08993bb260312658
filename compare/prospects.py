"""Prospects judged poor, which the documented convention reads as against (-1):
- an act that is hard, difficult or impossible to do ("it may be next to impossible to persuade the port to settle",
  "it will be hard to rebuild trust"), whatever the act's own direction: read alone, "persuade" and "rebuild" would
  make the sentence hopeful;
- a harm foretold to grow or last ("tensions will escalate", "the toll war is likely to spread", "the dispute will
  drag on"): a warning, where the forecast alone has no direction.
And one way round, read as for (+1): what a success denied cannot do without ("the town cannot prosper without the
ferry pact", "the region cannot be stable without the alliance") is named as needed, whatever the denied success
reads alone.
"""

from __future__ import annotations

from collections.abc import Callable

from .harm import DENIALS, QUARRELS, harmful_conduct


def hard_to_do(lowered: list[str], polar: list, region: Callable[[], list[int]] | None = None) -> str | None:
    """The words of a hopeful act that the sentence calls hard to do ("difficult to persuade"), or of an act of
    getting somewhere in `region` (the tokens of the clause the issue is named in, or of the main clauses: "it will be
    very difficult to proceed with the talks", "hard to reach a deal"; asked for only where such an act is named), or
    None. Not where the sentence names what the act cannot do without ("without the pact it would be impossible to
    restore trust": what is needed, see needed_for_success)."""
    for m in polar:
        if m[2] > 0 and (hard := _judged_hard(lowered, m[0])) is not None:
            return f"{hard} to {' '.join(lowered[m[0]:m[0] + m[1]])}"
    if region is None or "without" in lowered or _ACHIEVING.isdisjoint(lowered):
        return None
    for at in (k for k in region() if lowered[k] in _ACHIEVING and lowered[k + 1:k + 2] not in (["on"], ["for"])):
        if (hard := _judged_hard(lowered, at)) is not None:
            return f"{hard} to {lowered[at]}"
    return None


def _judged_hard(lowered: list[str], at: int) -> str | None:
    """The word judging the act at token `at` hard ("it will be difficult to | settle", "hard for the towns to |
    agree"), or None; not where a denial stands before it ("it will not be difficult to settle")."""
    if at < 2 or lowered[at - 1] != "to":
        return None
    for k in range(at - 2, max(-1, at - 2 - HARD_REACH), -1):
        if lowered[k] in _HARD:
            if not k or lowered[k - 1] not in _BEFORE_A_PROSPECT:
                return None     # ("must work harder to keep China close", "squeeze it harder and to persuade...": an
                #                 adverb of effort, not a prospect judged)
            if not DENIALS.isdisjoint(lowered[max(0, k - DENIAL_REACH):k]):
                return None     # ("it will not be difficult to settle": a good prospect)
            return lowered[k]
        if not lowered[k][:1].isalpha() or lowered[k] in _NOT_BETWEEN:
            return None
    return None


DENIAL_REACH = 3        # "will not be so difficult"
# acts of getting somewhere, whose prospects judged poor are a warning whatever they aim at ("difficult to proceed
# with the talks"); not acts of knowing, telling or choosing ("hard to conclude", "hard to say", "hard to settle on")
_ACHIEVING = frozenset("proceed resolve settle reach achieve implement restore sustain secure attain enforce solve "
                       "advance".split())


def needed_for_success(lowered: list[str], at: int, polar: list, negated_at: set[int], signed) -> str | None:
    """The words of a success denied ("cannot succeed", "will not be stable") whose "without" names the issue
    at token `at`, soon after it and in the same stretch of the sentence: the issue is named as what success needs
    ("Washington cannot succeed without the alliance's support"). None otherwise (the issue named before "without"
    is what the success is about: "the town cannot leave the pact without heavy costs")."""
    without = next((k for k in range(at - 1, max(-1, at - WITHOUT_REACH), -1) if lowered[k] == "without"), None)
    if without is None or any(t in _STRETCH_ENDS for t in lowered[without:at]):
        return None
    if any(t.endswith("ing") and len(t) > 4 for t in lowered[without + 1:at + ACT_AFTER_IT]):
        return None     # ("cannot succeed without removing the ferry tax", "without the strike ending": what is done
        #                 to it is needed, which the rules for calls read)
    for m in polar:
        if m[0] < without and m[2] > 0 and signed(m, negated_at) < 0 and \
                not any(t in _STRETCH_ENDS for t in lowered[m[0]:without]) and not _harm_succeeds(lowered, m[0]):
            return f"{' '.join(lowered[m[0]:m[0] + m[1]])} without"
    return None


def _harm_succeeds(lowered: list[str], success: int) -> bool:
    """Whether what would succeed is harm ("the blockade cannot succeed without the cartel's money": the cartel's
    money is needed for harm, no good of it): a harm named in the stretch before the success denied."""
    start = next((k + 1 for k in range(success - 1, -1, -1) if lowered[k] in _STRETCH_ENDS), 0)
    return any(harmful_conduct(lowered, k) for k in range(start, success))


WITHOUT_REACH = 7       # "without solid support from the alliance"
ACT_AFTER_IT = 3        # "without the ferry strike ending"
_STRETCH_ENDS = frozenset(",;:.".split()) | frozenset(("but", "and", "which", "that"))


HARD_REACH = 5          # "difficult for Tokyo and Seoul to agree"
_HARD = frozenset("hard harder difficult impossible tough".split())
# what stands before "hard" when it judges a prospect: a copula, "it" ("makes it harder to"), a degree word, "next to"
_BEFORE_A_PROSPECT = frozenset("is are was were be been being become becomes became remain remains remained prove proves "
                               "proved seem seems seemed look looks it very so too extremely increasingly much far even "
                               "quite rather all to that this".split())
_NOT_BETWEEN = frozenset("but that which who not".split())


# a harm by its nature, named as what a forecast is about ("the trade war", "tensions", "the crisis"): the quarrels
# harm.py knows but the subjects a problem is named after ("the nuclear issue will persist" foretells no harm's growth)
_HARMS = (QUARRELS - {"issue", "problem", "question"}) | frozenset(
    "rivalries stand-off confrontation confrontations hostilities fighting".split())
# verbs of a harm's growth or endurance, with the particle some need ("drag on", "spill over", "flare up")
_GROWING = {"escalate": None, "intensify": None, "deepen": None, "spread": None, "widen": None, "worsen": None,
            "grow": None, "mount": None, "persist": None, "linger": None, "last": None, "continue": None, "drag": "on",
            "spill": "over", "heat": "up", "flare": "up", "spiral": None}
# a harm foretold to last a short while ("only a few weeks", "a few days at most", "until the spring")
_SHORT = frozenset("only just briefly brief short few until till most barely merely hours days".split())
SHORT_REACH = 4
# verbs whose infinitive says what goes on ("will continue to escalate", not "will continue to ease")
_GOING_ON = frozenset("continue grow".split())
# what may stand between the harm, heading the subject, and the modal: a phrase that places it ("tensions between
# the two ports", "the war in Ukraine"); a noun after it makes it a modifier ("trade war talks", "the dispute
# settlement body")
_PLACING = frozenset("between in over with on among across along around near at of".split())
_BEFORE_THE_HARM = frozenset("of to on against over for from about into".split())   # "efforts to end the war"
# a forecast said unlikely ("tensions are unlikely to escalate")
_UNLIKELY = DENIALS | frozenset(["unlikely"])
GROWTH_REACH = 3        # tokens from the modal to the verb: "will only further intensify"


def harm_grows(lowered: list[str], modal: tuple | None) -> str | None:
    """The words of a forecast that a harm heading its subject will grow or last ("Tensions will escalate", "the toll
    war is likely to spread to the fisheries", "the dispute will drag on for years"), or None. Not where the harm
    does not head the subject ("efforts to end the war will continue", "trade war talks will continue"), where the
    forecast is denied or said unlikely ("tensions will not escalate", "are unlikely to escalate"), or where what goes
    on is no growth ("tensions will continue to ease")."""
    if modal is None:
        return None
    at, size = modal[0], modal[1]
    if not _UNLIKELY.isdisjoint(lowered[at:at + size]):
        return None
    start = next((k + 1 for k in range(at - 1, -1, -1) if lowered[k] == ","), 0)
    harm = next((k for k in range(start, at) if lowered[k] in _HARMS), None)
    if harm is None or not _BEFORE_THE_HARM.isdisjoint(lowered[start:harm]) or not _heads(lowered, harm, at):
        return None
    for k in range(at + size, min(len(lowered), at + size + GROWTH_REACH)):
        word = lowered[k]
        if word in DENIALS:
            return None
        verb = word[:-1] if word.endswith("s") and word[:-1] in _GROWING else word
        if verb in _GROWING:
            if verb == "last" and not _SHORT.isdisjoint(lowered[k + 1:k + 1 + SHORT_REACH]):
                return None     # ("the toll war will last only a few weeks": a short harm foretold reassures)
            if verb in _GOING_ON and lowered[k + 1:k + 2] == ["to"]:
                following = lowered[k + 2] if k + 2 < len(lowered) else ""
                return f"{lowered[harm]} {verb} to {following}" if following in _GROWING else None
            particle = _GROWING[verb]
            if particle is None or lowered[k + 1:k + 2] == [particle]:
                return " ".join(lowered[harm:harm + 1] + lowered[k:k + (2 if particle else 1)])
            return None
        if not (word.endswith("ly") or word in ("only", "further", "even", "soon", "also", "still", "to", "be")):
            return None
    return None


def _heads(lowered: list[str], harm: int, modal: int) -> bool:
    """Whether the harm at `harm` heads the subject that ends at the modal: the modal follows it, or a phrase that
    places it does."""
    after = harm + 1
    return after == modal or lowered[after] in _PLACING or lowered[after].endswith("ly")


def going_somewhere(raw: list[str], match) -> bool:
    """'Most of the subsidy is going to the ferry operators', 'the funds are going to waste': "going to" before a noun
    phrase tells where something goes, no forecast (a verb after it foretells: "the toll war is going to last")."""
    end = match[0] + match[1]
    if end >= len(raw) or raw[end - 1].lower() != "to" or raw[end - 2].lower() != "going":
        return False
    following = raw[end]
    return following.lower() in _BEFORE_A_PLACE or following[:1].isupper() or following[:1].isdigit()


_BEFORE_A_PLACE = frozenset("the a an its their his her our my your this that these those some any every each "
                            "waste war court school market press bed hospital sea pieces ruin".split())
