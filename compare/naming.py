"""Words that name a thing rather than judge it: "critical materials" (a category), "the most critical challenge
for Japan continues to be..." (a task named as the subject), "other specified important materials" (a kind), "the
dispute concerns the islands" (what something is about), "the law requires firms to register" (a rule's duty told
as a fact), and the word lists the position rules share to tell a name from a verdict."""

from __future__ import annotations

from .clauses import COPULAS, POSSESSIVE_ENDINGS
from .news import FUTURES
from .voices import NOUN_MARKERS
from .wordclass import DETERMINERS as _DETERMINERS
from .wordclass import ORDINALS

# verbs of becoming or staying, whose noun after them is the predicate ("remains one of our best assets")
BECOMING = frozenset("become becomes became remain remains remained".split())
# words after a predicative adjective ("it is vital to", "remains crucial, but"): any other word is its noun
AFTER_PREDICATE = frozenset("to that for , . ; : and or but if in because now today here as \u2014 ) \" "
                            # a preposition after it ("remains vital amid rising tolls") opens no noun it describes
                            "amid amidst despite given against at during since after under regardless "
                            "notwithstanding".split())
# ("are also required to", "was absolutely vital")
BETWEEN_BE_AND_ADJECTIVE = frozenset("also now still already legally absolutely so very especially particularly truly "
                                     "really".split())


def a_rules_requirement(lowered: list[str], at: int) -> bool:
    """'Exporters are required to apply for a licence', 'will be required to report', 'The law requires firms to...',
    'a 1979 law requiring the United States to...': what a rule obliges someone to do, told as a fact; the writer
    calls for nothing ("should be required to" calls through its modal, which stays a cue; "What is required is a
    strategy" and "deterrence is required" are calls)."""
    before = lowered[at - 1] if at else ""
    if lowered[at] == "required":
        if before in BETWEEN_BE_AND_ADJECTIVE and at > 1:
            before = lowered[at - 2]
        if before in COPULAS and lowered[at + 1:at + 2] == ["to"]:
            return True
    if lowered[at] == "require" and before in FUTURES and at > 1:
        before = lowered[at - 2]        # "the law will require ministries to..."
    return lowered[at] in ("requires", "required", "require", "requiring") and before in _RULE_NOUNS


# the instruments that oblige: "the law requires firms to register"
_RULE_NOUNS = frozenset("law laws rule rules regulation regulations act statute treaty agreement constitution "
                        "charter guidelines convention ordinance decree order".split())


# "the problem of the stranded ferry crews": the name of a subject of talks, no verdict on it
NAMING_A_TOPIC = frozenset("problem problems".split())
BEFORE_A_NOUN = NOUN_MARKERS | frozenset("growing louder repeated recent renewed many some such".split())
_DEGREE_BEFORE = frozenset("very most more less least so too quite highly extremely particularly especially "
                           "increasingly all".split())
SUBJECT_HEADS = frozenset("sharing assessment assessments perception perceptions reduction".split())
BASES = frozenset("base bases".split())
SUPPORTERS = frozenset("political domestic core electoral popular conservative loyal".split())
TONES = frozenset("positive negative".split())
SHARED_CARES = frozenset("concern concerns interest interests".split())
SHARED = frozenset("mutual common shared".split())
COUNTS = frozenset("two three four five six seven eight nine ten several".split())
ONE_OF_MANY = frozenset("a one another".split())
COUNTED_PARTS_OPEN = 3      # the subject's head: "The four pillars of..." (not "remain the two pillars of our policy")
ANSWERS = frozenset("response responses reaction reactions attitude attitudes view views tone assessment assessments "
                     "comment comments remarks reception".split())
EXCHANGES = frozenset("phone call calls telegram telegrams letter letters chat chats conversation conversations "
                       "exchange exchanges".split())
NOUN_VERDICTS = frozenset("milestone breakthrough".split())   # "announced a milestone agreement": its name, told


def names_a_category(lowered: list[str], k: int) -> bool:
    """Whether an adjective such as "critical" stands before a noun of goods or systems, with at most one word
    between ("critical materials", "crucial energy imports"): the name of a category, no verdict."""
    return any(w in _CATEGORY_NOUNS for w in lowered[k + 1:k + 3])


CATEGORY_ADJECTIVES = frozenset("critical crucial vital essential strategic sensitive".split())
_CATEGORY_NOUNS = frozenset("materials material minerals mineral technologies technology infrastructure components "
                            "goods supplies imports exports industries sectors items products resources "
                            "commodities".split())


MAY_NAME = frozenset("could can may might".split())    # ("will be read abroad as opportunism" still foretells)
SALIENT = frozenset("important critical".split())
WEIGHTY = SALIENT | frozenset("essential crucial vital".split())
KNOWING = frozenset("understanding knowing grasping studying examining analyzing analysing recognizing recognising "
                     "appreciating".split())


def names_a_task(lowered: list[str], at: int, following: str) -> bool:
    """'the most critical diplomatic challenge for Japan continues to be...': a task named in the subject (_TASKS),
    perhaps after a sorting adjective, with no copula before it."""
    noun = lowered[at + 2] if following.endswith(_CLASSIFYING) and at + 2 < len(lowered) else following
    return noun in _TASKS and COPULAS.isdisjoint(lowered[max(0, at - 4):at]) \
        and BECOMING.isdisjoint(lowered[max(0, at - 4):at])


_CLASSIFYING = ("ic", "al", "ary")      # an adjective that sorts, before the noun: "diplomatic", "political"
# (not "time": "there has never been a more important time to share..." urges)
JUNCTURES = frozenset("crossroads juncture junctures stage phase point moment moments".split())
FEATURES = frozenset("feature features factor factors aspect aspects element elements characteristic characteristics "
                      "trend trends development developments change changes shift shifts difference differences "
                      "driver drivers dimension dimensions variable variables consequence consequences".split())
# what must be met or answered, named as the subject ("the most critical challenge for Japan continues to be how to
# manage...": no approval); as the predicate it judges its subject ("Crisis management has become the most important
# task"), and "the most important task is to..." still calls
_TASKS = frozenset("challenge challenges task tasks question questions".split())


def names_a_kind(lowered: list[str], k: int) -> bool:
    """'other specified important materials': an adjective before its noun, with no article or copula before it,
    names a kind of thing ("an important agreement", "is important" judge)."""
    following = lowered[k + 1] if k + 1 < len(lowered) else ""
    before = lowered[k - 1] if k else ""
    return following[:1].isalpha() and following not in AFTER_PREDICATE and before not in _DETERMINERS \
        and before not in COPULAS and before not in _DEGREE_BEFORE
# subjects of "concerns" meaning "is about": "the dispute concerns the islands", "the first change concerns..."
_TOPICS = frozenset("change changes question issue matter dispute case debate problem proposal decision agreement "
                    "article chapter section report measure rule amendment bill plan step point clause "
                    "interpretation ruling law treaty provision principle policy study paper essay letter "
                    # (and a part of an argument, or what points back to one: "The second lesson concerns trade",
                    # "This concerns the signing of a treaty")
                    "this it which finding findings lesson lessons chapters confession answer answers adjustment "
                    "questions part parts remark remarks example objection caveat task difference exception".split())
# an ordinal standing for a point counted (is_about), and what it is about: owned, or a question
_ORDINALS = ORDINALS | {"latter", "former"}
_QUESTION_WORDS = frozenset("how whether what why who".split())
_OWNERS = frozenset("its their his her".split())      # ("The second concerns its future under the pact")
OWNER_REACH = 4         # "the [harbour] ferry pact's"


def is_about(lowered: list[str], k: int) -> bool:
    following = lowered[k + 1] if k + 1 < len(lowered) else ""
    if k > 1 and lowered[k - 1] in _ORDINALS:
        # ("The first concerns the pact's future", "the second concerns Tokyo's role": an ordinal after "the", and
        # what it is about owned; not "The first concerns the board raised..." nor "My first concerns centre on...")
        owner = next((j for j in range(k + 1, min(len(lowered), k + 1 + OWNER_REACH))
                      if lowered[j].endswith(POSSESSIVE_ENDINGS)), None)
        return lowered[k - 2] == "the" and (following in _QUESTION_WORDS or following in _OWNERS or (owner is not None and (
            owner == k + 1 or following == "the") and all(w[:1].isalpha() for w in lowered[k + 1:owner])))
    return k > 0 and lowered[k - 1] in _TOPICS and following[:1].isalpha() and following not in _NOT_ABOUT


_NOT_ABOUT = frozenset("about over that of among in regarding with for from on to and or but is are was were have has "
                       "remain remains persist me us everyone".split())     # ("the policy concerns me": worries)
