"""A writer's verdict on the view reported just before it: "Some in the council argue that the ferry should be
sold. I think that would be a mistake."

The verdict sentence names nothing of its own: what it judges is the view the sentence before it reports. Read
alone, it is an evaluation of "that"; read with its antecedent, it is the writer's own position on what the
view is about, the other way (a rejection) or the same way (an agreement). analysis.py gives the verdict
sentence that position, and the judge (judge.py) sets the view's words, not the verdict's, against the base.

Only a plain verdict counts: the sentence points back at once (a pronoun, a demonstrative, "the idea") and
judges it with a word of verdict ("wrong", "a mistake", "backwards", "I disagree", "I do not share that
view"), with no negation between them. A verdict with a subject of its own ("That would be a mistake for the
harbour") names its own issue and is read as it stands.
"""

from __future__ import annotations

import re

from .lexicon import Lexicon
from .text.stem import stem_all
from .text.tokens import CLAUSE_TOKEN

REJECTS, AGREES = -1, 1

# what points back: a pronoun or demonstrative, alone or before a noun of argument ("this idea", "their logic")
_BACK = (r"(?:it|they|that|this|these|those|such\s+(?:an?\s+)?\w+|(?:that|this|the|their|such\s+an?)\s+"
         r"(?:idea|ideas|argument|arguments|view|views|claim|claims|notion|proposal|proposals|suggestion|"
         r"assumption|premise|logic|reasoning|thinking|approach|advice|prescription|plan|course|description|"
         r"framing|reading|diagnosis|lesson|conclusion|analysis|case|line))")
_LEAD = r"^\W*(?:(?:but|yet|and|so|frankly|honestly|still|again)\W+)?"
_THINK = r"(?:i\s+(?:think|believe|suspect|fear|find|would\s+say|am\s+afraid)\s+(?:that\s+)?)?"
_BE = (r"(?:is|are|was|were|would\s+be|will\s+be|seems?|looks?|strikes?\s+me\s+as|has\s+(?:proved|turned\s+out\s+to"
       r"\s+be)|turned\s+out\s+to\s+be|proved|gets?|has)")
# words that judge a view wrong; "backwards" and "wrong lesson" as much as "a mistake"
_WRONG = (r"(?:wrong|mistaken|a\s+(?:\w+\s+)?mistake|an?\s+(?:\w+\s+)?error|misguided|backwards?|unrealistic|naive|"
          r"na\u00efve|misplaced|flawed|false|nonsense|a\s+(?:\w+\s+)?misreading|an?\s+(?:\w+\s+)?illusion|"
          r"(?:a\s+)?folly|short-sighted|shortsighted|a\s+(?:\w+\s+)?fantasy|a\s+dead\s+end|overstated|"
          r"exaggerated|the\s+wrong\s+\w+)")
_RIGHT = r"(?:right|correct|sound|wise|justified)"
_NEGATION = re.compile(r"\b(?:not|no|never|nor|hardly)\b|n't\b", re.I)

_JUDGED_WRONG = re.compile(_LEAD + _THINK + _BACK + r"\s+" + r"(?:\w+\s+){0,2}?" + _BE + r"\s+(?:\w+\s+){0,3}?"
                           + _WRONG + r"\b", re.I)
_WOULD_FAIL = re.compile(_LEAD + _THINK + _BACK + r"\s+(?:would|will|could|is\s+going\s+to)\s+"
                         r"(?:only\s+)?(?:backfire|fail|misfire)\b", re.I)
_JUDGED_RIGHT = re.compile(_LEAD + _THINK + _BACK + r"\s+" + r"(?:\w+\s+){0,1}?" + r"(?:is|are|was|were)\s+"
                           r"(?:(?:quite|exactly|entirely|absolutely)\s+)?" + _RIGHT + r"\W*$", re.I)
# the writer's own word of refusal or assent, taking the view as its object or standing alone
_REFUSED = re.compile(_LEAD + r"i\s+(?:(?:strongly|respectfully|simply)\s+)?(?:reject|dispute|disagree|do\s+not\s+"
                      r"(?:accept|share|buy|agree)|don't\s+(?:accept|share|buy|agree)|cannot\s+(?:accept|agree)|"
                      r"can't\s+(?:accept|agree)|am\s+not\s+(?:convinced|persuaded)|no\s+longer\s+(?:believe|accept))\b(?:\s+(?:\w+\s+){0,2}?"
                      + _BACK + r"|\s+with\s+(?:them|that|this|it|\w+)|\s+(?:strongly|entirely|completely))?\W*$",
                      re.I)
_ASSENT = re.compile(_LEAD + r"i\s+(?:(?:strongly|entirely|fully)\s+)?(?:agree|share\s+(?:that|this|their)\s+"
                     r"(?:view|concern|worry)|think\s+they\s+are\s+right)\W*$", re.I)
MAX_WORDS = 16      # a verdict, not an argument of its own that happens to open with "that"


def verdict_on_view(text: str) -> int | None:
    """REJECTS or AGREES when the sentence passes a plain verdict on what it points back to, else None."""
    if len(text.split()) > MAX_WORDS:
        return None
    text = text.replace("\u2019", "'")
    for pattern, verdict, negatable in ((_REFUSED, REJECTS, False), (_ASSENT, AGREES, False),
                                        (_JUDGED_WRONG, REJECTS, True), (_WOULD_FAIL, REJECTS, True),
                                        (_JUDGED_RIGHT, AGREES, True)):
        found = pattern.search(text)
        if found is not None:
            # ("That is not wrong": the negation turns the verdict; a refusal is made of its negation)
            return None if negatable and _NEGATION.search(found.group(0)) else verdict
    return None


def reported_content(text: str, lexicon: Lexicon) -> str:
    """What a sentence reports someone to hold: its words after the first reporting cue (and its "that"), without
    the frame ("Some in the council argue that"), which names who holds the view, not what it is about. The whole
    sentence when no cue is found, or nothing follows it."""
    raw = CLAUSE_TOKEN.findall(text)
    reports = lexicon.scan(stem_all(raw), ("reporting",))["reporting"]
    if not reports:
        return text
    index, length = reports[0][0], reports[0][1]
    rest = raw[index + length:]
    rest = rest[1:] if rest[:1] and rest[0].lower() == "that" else rest
    return " ".join(rest) if len(rest) >= 3 else text


def dismissed_worry(lowered: list[str]) -> str | None:
    """'the criticism of the ferry deal is somewhat misplaced', 'my doubts about the pact have turned out to be
    misplaced', 'the fear of an American retreat was overstated': a worry or a criticism that the writer calls wrong
    or overblown is dismissed, which is for what it was about (its noun, then its verdict), or None."""
    if _WORRIES.isdisjoint(lowered) or _OVERBLOWN.isdisjoint(lowered):
        return None     # (most sentences: two looks)
    for k, word in enumerate(lowered):
        if word not in _WORRIES:
            continue
        for end in range(k + 1, min(len(lowered), k + 1 + WORRY_REACH)):
            if lowered[end] in _CLAUSE_BREAKS:
                break
            if lowered[end] not in _SAID_TO_BE:
                continue
            j = end + 1
            while j < len(lowered) and lowered[j] in _AFTER_THE_COPULA:
                j += 1
            if j < len(lowered) and lowered[j] in _OVERBLOWN:
                return f"{word} ... {lowered[j]}"
    return None


_WORRIES = frozenset("concern concerns fear fears worry worries criticism criticisms pessimism doubt doubts skepticism "
                     "scepticism alarm alarms anxiety anxieties".split())
_SAID_TO_BE = frozenset("is are was were proved proven turned seem seems seemed appear appears appeared".split())
# (degree words and the rest of "has turned out to be", "have proved to be")
_AFTER_THE_COPULA = frozenset("somewhat largely greatly much vastly rather wildly clearly simply badly quite entirely "
                              "completely partly often also been be to turned out proved".split())
_OVERBLOWN = frozenset("overblown exaggerated misplaced unfounded overstated premature groundless unwarranted mistaken "
                       "wrong misguided baseless".split())
_CLAUSE_BREAKS = frozenset("; : but which".split())
WORRY_REACH = 12        # "the old worry that a more capable Japan would unsettle its neighbours has proved"


def a_naming(lowered: list[str], after: int) -> bool:
    """'The talks in Alaska could be categorized as a "diplomatic war"', 'what may be called a truce': a modal before
    a verb of naming and "as" (or "called") names or sorts what the sentence is about; it foretells nothing."""
    words = lowered[after:after + 4]
    return words[:1] == ["be"] and len(words) > 2 and (
        (words[1] in _NAMING and "as" in words[2:4]) or words[1] in ("called", "termed", "dubbed"))


_NAMING = frozenset("categorized categorised characterized characterised described classified labeled labelled "
                    "seen viewed regarded considered counted understood read interpreted defined".split())
