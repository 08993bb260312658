"""Whose a feeling is, where a sentence names one: the writer's judgement, or a feeling the sentence tells of others.

Each test takes the sentence's lower-cased tokens and where the feeling word stands; `positions._judges_nothing`
asks them, and a feeling told of others judges nothing of the writer's ("Growing concern about the tolls prompted
the towns to talk", "the bid was met with skepticism", "the mayor's deep fear").
"""
from __future__ import annotations

from .clauses import AUXILIARIES, POSSESSIVE_ENDINGS
from .others_views import FEELING_NOUNS
from .voices import CLAUSE_MARKS
from .wordclass import DETERMINERS


def moved_someone(lowered: list[str], at: int) -> bool:
    """'Growing concern about the tolls prompted the two towns to talk again': a feeling told as what
    moved someone to act, the subject of a verb of causing, is the actors' feeling in a story of what they did,
    not the writer's judgement."""
    if lowered[at] not in FEELING_NOUNS and lowered[at] not in STIRRED:
        return False
    for k in range(at + 1, min(len(lowered), at + MOVED_REACH)):
        word = lowered[k]
        if word in _MOVED_TO_ACT:
            return lowered[k + 1:k + 2] not in (["me"], ["us"])    # ("concern about X led me to...": the writer's)
        if word in AUXILIARIES or word in CLAUSE_MARKS:
            return False        # ("concern about X is justified": the feeling itself is judged)
    return False


def a_reaction_met(lowered: list[str], at: int) -> bool:
    """'The bid has been met with skepticism', 'the remark sparked deep concern', 'the tests triggered worries
    about the talks': a feeling told as how others received something is theirs, not the writer's verdict on it."""
    feeling = at + 1 if lowered[at] == "with" else at
    while feeling < len(lowered) and lowered[feeling] in FEELING_QUALIFIERS:
        feeling += 1
    if feeling >= len(lowered) or not (lowered[feeling] in FEELING_NOUNS or lowered[feeling] in STIRRED
                                       or lowered[feeling] in _RECEPTIONS):
        return False
    k = feeling - 1
    while k > 0 and lowered[k] in FEELING_QUALIFIERS:
        k -= 1
    if lowered[k] == "with":
        return k > 0 and lowered[k - 1] in _RECEIVED
    return lowered[k] in _STIRRING_UP


_RECEPTIONS = frozenset("skepticism scepticism criticism dismay derision ridicule".split())
_RECEIVED = frozenset("met greeted received".split())
_STIRRING_UP = frozenset("drew drawn sparked triggered provoked stirred aroused fueled fuelled".split())


def held_by_another(lowered: list[str], at: int) -> bool:
    """'Their concerns regarding the tolls encompass...', 'his loud concerns about the pact', 'the mayor's deep
    fear': a feeling with someone else's name or pronoun before it is theirs, told, not the writer's judgement
    (what the writer says of it still judges: "their fear is justified"); "our concern", "my fear" are the
    writer's."""
    if (lowered[at] not in FEELING_NOUNS and lowered[at] not in STIRRED) or _said_of_it(lowered, at):
        return False
    for k in range(at - 1, max(-1, at - HOLDER_REACH - 1), -1):
        word = lowered[k]
        if word in _OTHERS_POSSESSIVES or (word.endswith(POSSESSIVE_ENDINGS) and word[:-2] not in _NOT_POSSESSORS):
            # ("Nor do I share his worry", "I share the editorial's alarm": the writer's view of it)
            return SHARING.isdisjoint(lowered[max(0, k - 2):k])
        if not word.isalpha() or word in DETERMINERS or word in _WRITERS_POSSESSIVES:
            return False
    return False


SHARING = frozenset("share shares shared sharing".split())


def _said_of_it(lowered: list[str], at: int) -> bool:
    """Whether the feeling at `at` is the subject of what the sentence says of it ("his worry has come true",
    "their shared concerns about the tolls are real", "their fear is justified"): that judges it or tells its fate.
    Not a verb in -ing after its auxiliary ("his concerns about the pact were filling the papers": told)."""
    for k in range(at + 1, min(len(lowered) - 1, at + FEELING_SUBJECT_REACH)):
        if lowered[k] in AUXILIARIES:
            return not lowered[k + 1].endswith("ing")
        if lowered[k] in CLAUSE_MARKS:
            return False
    return False


FEELING_SUBJECT_REACH = 8      # "their shared concerns about the new ferry tolls are real"
HOLDER_REACH = 3        # "his loud concerns", "Pyongyang's worst security fears"
_OTHERS_POSSESSIVES = frozenset("his her their its".split())
_WRITERS_POSSESSIVES = frozenset("our my".split())
# "it's", "there's", "what's": a verb joined on, no one's possession
_NOT_POSSESSORS = frozenset("it there here that what who where how let he she this".split())
FEELING_QUALIFIERS = frozenset("the some growing mounting increasing rising widespread deep deepening serious "
                                "lingering persistent renewed substantial considerable much".split())
MOVED_REACH = 8     # "Mounting concern about Chinese behavior in the South China Sea prompted"
STIRRED = frozenset("anger frustration outrage suspicion suspicions distrust mistrust".split())
_MOVED_TO_ACT = frozenset("prompted prompts led drove drives pushed spurred spurs forced compelled motivated galvanized "
                          "galvanised".split())
