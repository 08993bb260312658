"""Aims told: what someone did something for, or what a thing is meant to do, holds or lists. A judging word inside
such an aim is the aim's holder's, told ("Japan has promoted cooperation to secure a stable supply", "The pact is
intended to help the towns"), not the writer's verdict; positions.py drops it from the sentence's cues."""

from __future__ import annotations

from .clauses import AUXILIARIES, COPULAS
from .voices import is_first_person

_BREAKS = frozenset(", ; : but".split())


def tells_an_aim(lowered: list[str]) -> bool:
    """Whether a sentence has a word that may open a narrated aim (a cheap test before in_a_narrated_aim)."""
    return not (_AIMING.isdisjoint(lowered) and _AIM_NOUNS.isdisjoint(lowered) and _AIMS_TOLD.isdisjoint(lowered)
                and _SEEKING.isdisjoint(lowered) and _SEARCHING.isdisjoint(lowered))


def in_a_stated_purpose(lowered: list[str], at: int) -> bool:
    """'The ferry pact is intended to help the towns', 'Harbour pacts are meant to bring benefits', 'the board is
    envisioned as a platform for resilient routes': what something is meant to do or be is its makers' aim, told;
    a judging word in the infinitive or the "as" phrase, up to a comma, is no verdict."""
    k = at - 1
    while k >= 2 and lowered[k] not in _BREAKS:
        if lowered[k - 2] in COPULAS and ((lowered[k] == "to" and lowered[k - 1] in _PURPOSED) or (
                lowered[k] == "as" and lowered[k - 1] in CONCEIVED)):
            return True
        k -= 1
    return False


_PURPOSED = frozenset("intended meant designed supposed".split())
CONCEIVED = frozenset("intended meant designed envisioned envisaged conceived billed touted pitched".split())


def in_a_narrated_aim(lowered: list[str], match) -> bool:
    """'The US has adopted an offensive stance to ensure that deterrence is effective', 'Japan has promoted
    cooperation to secure a stable supply', 'a framework aimed at promoting stability': in a sentence that only
    tells (no modal, no first person), a judging word in the aim of what someone did is their aim, told, not the
    writer's verdict ("China has worked to undermine the order" still judges: the verb itself is the judging word)."""
    at = match[0]
    named = next((k for k in range(at - 2, 0, -1) if lowered[k] == "of" and lowered[k - 1] in _AIM_NOUNS
                  and lowered[k + 1].endswith("ing")), None)
    if named is not None and _AIM_ENDS.isdisjoint(lowered[named:at]):
        return True     # "was passed with the aim of strengthening the ferry routes and protecting the pier
        #                 from foreign threats": all of it the lawmakers' aim
    aiming = next((k for k in range(at - 2, 0, -1) if lowered[k] == "to" and lowered[k - 1] in _AIMS_TOLD), None)
    if aiming is not None and _AIM_ENDS.isdisjoint(lowered[aiming:at]) and "," not in lowered[aiming:at] and not any(
            lowered[j] == "and" and lowered[j + 1] in AUXILIARIES for j in range(aiming, at - 1)):
        # (not past "and" and a verb of the subject's own: "aims to secure stable supplies and has been a success")
        return True     # "The town aims to balance its worries about the port with the benefits of a constructive
        #                 relationship": what it aims at, told
    seeking = next((k for k in range(at - 1, max(0, at - AIM_WORDS - 1), -1) if lowered[k - 1] in _UNDER_WAY and (
        lowered[k] in _SEEKING or (lowered[k] in _SEARCHING and lowered[k + 1] == "for"))), None)
    if seeking is not None and _AIM_ENDS.isdisjoint(lowered[seeking:at]) and "," not in lowered[seeking:at]:
        return True     # "Japan is searching for more stability", "the port is seeking closer ties": what it seeks
    for k in range(at - 2, max(-1, at - AIM_WORDS - 1), -1):
        if lowered[k] in _BREAKS:
            return False
        if (lowered[k] == "to" and lowered[k + 1] in _AIMING and (
                lowered[k + 1] not in _REACHING_VERBS or lowered[k - 1] in _PLANS)) or (
                lowered[k] == "for" and lowered[k + 1] in _REACHING and lowered[k - 1] in _PLANS) or (
                lowered[k] == "at" and k > 0 and lowered[k - 1] == "aimed" and lowered[k + 1].endswith("ing")):
            # ("a strategy for reaching a breakthrough": the aim a plan names by "for" and a gerund of reaching;
            # not "paid a heavy price for securing a fragile pact", a reason)
            # ("The council's effort to keep the ferry is laudable": a verb "to be" after the aim, with no "that"
            # opening a clause inside it, is the main clause's, and judges the effort)
            between = lowered[k + 2:at]
            return "that" in between or COPULAS.isdisjoint(between)
    return False


def in_a_hope_told(raw: list[str], lowered: list[str], at: int) -> bool:
    """'Japan has pursued engagement with Russia in the hope that this would lead to a breakthrough': what follows
    "in the hope that" (or "in hopes that") is the hope of whoever did it, told, when no first person comes before it
    ("I write in the hope that..." is the writer's own)."""
    for k in range(at - 1, 2, -1):
        if lowered[k] in _HOPE_ENDS or (lowered[k] == "," and lowered[k + 1] in _NEW_CLAUSE_JOINERS):
            return False    # (", and it has proved a great success": the writer's own verdict after the hope)
        if lowered[k] == "that" and lowered[k - 1] in _HOPES and (lowered[k - 2] == "in" or (
                lowered[k - 2] == "the" and lowered[k - 3] == "in")):
            return not any(map(is_first_person, raw[:k]))
    return False


_HOPES = frozenset("hope hopes".split())
_NEW_CLAUSE_JOINERS = frozenset("and but yet so".split())
_HOPE_ENDS = frozenset((";", ":", "but", "yet", "\u2014"))


def in_listed_contents(lowered: list[str], at: int) -> bool:
    """'The four pillars of the harbour act include the strengthening of ferry routes, the ensuring of security...': what a
    law, a plan or an agreement holds, listed after "include" or "contain", is its contents, told; an act named
    there is no course the writer calls for (the caller keeps judging words: "the deal includes a welcome clause")."""
    for k in range(at - 1, 0, -1):
        if lowered[k] in _AIM_ENDS:
            return False
        if lowered[k] in CONTENTS_LISTING:
            return not _HOLDING_THINGS.isdisjoint(lowered[:k])
    return False


CONTENTS_LISTING = frozenset("include includes included contain contains contained comprise comprises".split())
_HOLDING_THINGS = frozenset("act law bill agreement accord treaty pact deal plan strategy package framework budget "
                            "pillars provisions measures guidelines proposal proposals document declaration statement "
                            "communique charter initiative program programme scheme".split())


AIM_WORDS = 6           # "to ensure that deterrence is effective"
_AIMS_TOLD = frozenset("aims aimed seeks sought intends intended strives strove".split())
_UNDER_WAY = frozenset("is are was were been be".split())     # ("Seeking a settlement is right" judges the search)
_SEEKING = frozenset(("seeking",))      # (a search under way, told: "has long sought" may still be the writer's verdict)
_SEARCHING = frozenset("searching looking hunting".split())      # "searching for": what is sought follows "for"
_AIM_NOUNS = frozenset("aim aims goal goals purpose objective objectives intention".split())
# nouns of a plan, whose "for" and a gerund of reaching name its aim ("a two-track strategy for reaching a
# breakthrough"; "the best framework for ensuring a stable order" is the writer's verdict on the framework)
_REACHING = frozenset("reaching attaining".split())
# verbs of reaching, an aim only after a plan's noun ("a strategy to reach a breakthrough"; "tensions have begun to
# reach dangerous levels" is the writer's verdict)
_REACHING_VERBS = frozenset("reach reaching attain attaining".split())
_PLANS = frozenset("strategy strategies plan plans approach approaches path roadmap framework mechanism mechanisms "
                   "proposal proposals formula blueprint policy policies steps measures effort efforts push "
                   "drive".split())
_AIM_ENDS = frozenset(("but", ";", ":", "\u2014", "while", "which", "yet"))
_AIMING = frozenset("ensure secure promote achieve guarantee foster create build maintain keep protect preserve "
                    "promoting securing ensuring achieving reach reaching attain attaining".split())
