"""Harm told of a sentence's subject: "the ferry pact could be lost", "the harbour order is at risk of collapse",
"ties have become so frayed that...".

What suffers the harm is what the subject names. Where that is what an issue names, the sentence warns of harm done
to it, which by the issue convention is a position for it (+1, the cue "harm to it: ..."), as "the tolls undermine the
pact" is for the pact. This module finds such a predicate from the words alone; positions.py decides whether the
subject is the issue's."""

from __future__ import annotations

from .clauses import AUXILIARIES

# a harm suffered, as the predicate right after the subject (and its auxiliaries): passive or intransitive forms only,
# so that "the pact undermines the tolls" (harm done by the subject) is not one
_SUFFERED = frozenset((
    "collapse", "collapses", "collapsed", "collapsing", "crumble", "crumbles", "crumbled", "crumbling",
    "unravel", "unravels", "unravelled", "unraveled", "unravelling", "unraveling",
    "disintegrate", "disintegrates", "disintegrated", "disintegrating", "wither", "withers", "withered", "withering",
    "erode", "erodes", "eroded", "eroding", "deteriorate", "deteriorates", "deteriorated", "deteriorating", "frayed", "fraying",
    "falter", "falters", "faltered", "faltering", "suffer", "suffers", "suffered", "suffering",
    "fall apart", "falls apart", "fell apart", "falling apart", "break down", "breaks down", "broke down",
    "breaking down", "at risk", "in jeopardy", "under threat", "under strain", "in danger", "in peril"))
# forms that are passive only after a form of "be" or "get": "the pact was lost" ("the town lost the pact" is done by it)
_PASSIVES = frozenset("lost damaged undermined weakened jeopardized jeopardised endangered imperilled imperiled harmed "
                      "hollowed eroded".split())
_BE_OR_GET = frozenset("be been being is are was were get gets got getting become becomes became".split())
_LONGEST = max(len(phrase.split()) for phrase in _SUFFERED)
# what may follow an intransitive harm ("could collapse in a year", "will erode further", "so frayed that"); any other
# word is the object of a verb that does the harm ("would erode American credibility")
_AFTER_INTRANSITIVE = frozenset("of in by from for with under as and or but if unless without because since over at "
                                "further too again soon entirely altogether completely that than when while before "
                                "after within beyond amid".split())
# what a subject that suffers must not be: a pronoun, whose referent the sentence does not give ("It has been eroding
# for some time, and I would not mourn it"), or a line of thought, whose collapse is its failure, a verdict against it
# ("That line of thinking has collapsed")
_NOT_SUFFERERS = frozenset("it this that they these those thinking idea ideas approach approaches policy policies "
                           "strategy strategies logic argument arguments assumption assumptions premise view views "
                           "theory hope hopes plan plans effort efforts notion belief".split())
# words that may stand between the subject and its predicate: "could soon be lost", "has already become so frayed",
# "is now increasingly at risk", "is likely to collapse"
_BETWEEN = AUXILIARIES | frozenset("be been being become becomes became becoming get gets got getting grow grows grew "
                                   "growing now already soon quickly further gradually increasingly so badly "
                                   "seriously likely to also even slowly steadily rapidly".split())
_DENIALS = frozenset("not never no n't hardly".split())
PREDICATE_REACH = 6     # tokens from the subject's end to the harm: "could well soon have been lost" at most


def suffered_after(lowered: list[str], subject_end: int) -> str | None:
    """The harm suffered told right after a subject that ends before token `subject_end` ("is at risk", "could be
    lost"), or None: not where a denial stands between ("will not collapse"), nor past the words a predicate opens
    with, nor where the subject names no sufferer of its own (a pronoun, a line of thought)."""
    if subject_end and lowered[subject_end - 1] in _NOT_SUFFERERS:
        return None
    for k in range(subject_end, min(len(lowered), subject_end + PREDICATE_REACH)):
        for size in range(_LONGEST, 0, -1):
            phrase = " ".join(lowered[k:k + size])
            if phrase in _SUFFERED and _intransitive(lowered, k + size) or (
                    phrase in _PASSIVES and _BE_OR_GET.intersection(lowered[subject_end:k])):
                return phrase
        word = lowered[k]
        if word in _DENIALS or word not in _BETWEEN:
            return None
    return None


def _intransitive(lowered: list[str], after: int) -> bool:
    """Whether the verb ending before token `after` takes no object: the sentence ends there, or a preposition, a
    conjunction or an adverb of time or degree follows."""
    return after >= len(lowered) or not lowered[after][:1].isalpha() or lowered[after] in _AFTER_INTRANSITIVE or (
        lowered[after].endswith("ly"))
