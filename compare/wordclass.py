"""Which word class a cue word stands in, where the lexicon's table takes it for another.

The lexicon finds cue words by their stems, so it cannot tell the noun from the modal ("the will to lead",
"China's military might"), the plural noun from the verb ("the basic needs of the towns"), or the adjective from the
verb ("a promising start", "It is encouraging that..."). These helpers drop or reweigh such matches in a sentence's
scan before its stance is read.
"""
from __future__ import annotations

from .clauses import COPULAS, POSSESSIVE_ENDINGS
from .lexicon import ACTION, Lexicon
from .shift import THIRD_POSSESSIVES

DETERMINERS = frozenset("the a an its their this that these those our his her any every each such".split())
POSSESSIVES = frozenset("its their his her our my your".split())
# the calendar's names, lowered ("said on Thursday, 11 June that...", "needed by January")
MONTHS = frozenset("january february march april may june july august september october november december".split())
WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())
# ordinals that count things or points ("the first concerns...", "one of his first acts")
ORDINALS = frozenset("first second third fourth fifth last final".split())
PRESENT_COPULAS = frozenset("am is are remains remain seems seem looks look".split())
IRREGULAR_PARTICIPLES = frozenset("withdrawn withdrew taken given shown made done gone become begun chosen "
                                  "undone seen brought left kept lost sought won grown risen fallen broken "
                                  "driven thrown shaken proven spent built".split())
# participles IRREGULAR_PARTICIPLES lacks that are also past forms ("must have thought", "must have had")
_PARTICIPLES_TOO = frozenset("had felt thought heard met sent led told sold bought caught taught found got "
                             "understood dealt meant paid said set put cut hit let shut struck stood held "
                             "spread hurt bet quit split upset".split())
# ("should have set off alarm bells", "the fines may have hurt the ferry firm")


# participles that are also the verb's plain form: after "have" only the participle ("must have come as a shock")
_PARTICIPLES_AS_PLAIN_FORMS = frozenset("come overcome run outrun overrun".split())


def is_participle(word: str) -> bool:
    """A past participle after "have" ("must have known", "would have tracked", "must have had", "must have come")."""
    return (word.endswith(("ed", "en", "wn")) and word not in _EN_BUT_NO_PARTICIPLE) or word in IRREGULAR_PARTICIPLES \
        or word in _PARTICIPLES_TOO or (
        word in _PARTICIPLES_AS_PLAIN_FORMS)


# ("could have just seven members", "may have often...": numbers and adverbs that end as participles do)
_EN_BUT_NO_PARTICIPLE = frozenset("seven ten eleven thirteen fourteen fifteen sixteen seventeen eighteen nineteen "
                                  "even often".split())


def needs_as_a_noun(raw: list[str], at: int) -> bool:
    """Whether "needs" at `at` is the plural noun ("the basic needs of the towns", "various needs", "energy needs are
    growing", "actual military needs", "the town's needs"), not the verb ("the town needs a pier", "what the region
    needs"): a determiner, a possessive or a qualifier before it, or a verb or "of" after."""
    before = raw[at - 1].lower() if at else ""
    after = raw[at + 1].lower() if at + 1 < len(raw) else ""
    if after == "to":
        return False    # ("This needs to be watched": the verb, whatever stands before it)
    plural_possessive = before in _APOSTROPHES and at > 1 and raw[at - 2].endswith("s")    # ("the islands' needs")
    return before in DETERMINERS or before in POSSESSIVES or before.endswith(POSSESSIVE_ENDINGS) or plural_possessive or (
        before in _NEEDS_QUALIFIERS or after in _AFTER_NEEDS or (at > 0 and _a_qualifier(raw[at - 1])) or (
            before in _NOUNS_OR_QUALIFIERS and at > 1 and _a_qualifier(raw[at - 2])))


def _a_qualifier(word: str) -> bool:
    """An adjective by its ending ("economic needs", "actual needs"), or a qualifier of needs; not a noun that ends
    like one ("the critic needs time", "the military needs more ships"), nor a name ("the Asia-Pacific needs")."""
    lowered = word.lower()
    return lowered in _NEEDS_QUALIFIERS or (lowered.endswith(_QUALIFIER_ENDINGS) and word.islower() and (
        lowered not in _NOUNS_LIKE_QUALIFIERS and lowered not in _NOUNS_OR_QUALIFIERS))


_NEEDS_QUALIFIERS = frozenset("various many several all basic different specific own other immediate future pressing "
                              "growing changing particular practical special daily human real legitimate actual "
                              "national regional global local financial political social international essential "
                              "critical logistical operational additional defensive collective".split())
_AFTER_NEEDS = frozenset("are were of have had will would remain".split())
_APOSTROPHES = frozenset(("'", "\u2019"))
_QUALIFIER_ENDINGS = ("ic", "ous", "ful", "ary")     # (not "-al" nor "-ive": "the withdrawal needs", "the counteroffensive needs")
# nouns with an adjective's ending, which may be the verb's subject ("the critic needs time")
_NOUNS_LIKE_QUALIFIERS = frozenset("republic secretary adversary emissary dignitary beneficiary critic cleric mechanic "
                                   "judiciary".split())
# words that are nouns or adjectives: the subject ("the military needs more ships"), or a qualifier where one of its
# own stands before it ("actual military needs")
_NOUNS_OR_QUALIFIERS = frozenset("military public official individual general potential principal".split())


def plans_as_a_noun(raw: list[str], at: int) -> bool:
    """Whether "plans" at `at` is the plural noun ("the new plans to widen the pier", "the town's plans to..."), not
    the verb ("the mayor plans to widen the pier", "Beijing plans to..."): a determiner, a possessive, a qualifier or
    a lower-case word with an adjective's ending before it."""
    before = raw[at - 1].lower() if at else ""
    return before in DETERMINERS or before in POSSESSIVES or before in _NEEDS_QUALIFIERS or before in _PLAN_QUALIFIERS \
        or before.endswith(POSSESSIVE_ENDINGS) or (before.endswith(_ADJECTIVE_ENDINGS) and raw[at - 1].islower())


_PLAN_QUALIFIERS = frozenset("new old current latest ambitious bold grand big major early earlier previous recent "
                             "such those these".split())
_ADJECTIVE_ENDINGS = ("al", "ic", "ive", "ous", "ful", "ary", "ed", "ing")


def will_as_a_noun(found, lowered: list[str]) -> None:
    """'Washington has lost the will to lead', 'The mayor's will prevailed', 'political will': the noun, which
    forecasts nothing (no modal "will" is followed by "to", nor stands after an article, a possessive or an
    adjective of will)."""
    def noun(k: int) -> bool:
        before = lowered[k - 1] if k else ""
        return lowered[k + 1:k + 2] == ["to"] or before in _BEFORE_THE_NOUN_WILL or before.endswith(("'s", "’s"))
    found["prediction"] = [m for m in found["prediction"] if not (m[1] == 1 and lowered[m[0]] == "will" and noun(m[0]))]


def might_as_a_noun(found, lowered: list[str]) -> None:
    """'a challenge to the mainland's might', 'China's military might was on display': the noun, power, which forecasts and
    hedges nothing (the modal "might" is followed by a verb, "not" or an adverb, never by "was", a preposition or a
    full stop)."""
    def noun(k: int) -> bool:
        before = lowered[k - 1] if k else ""
        after = lowered[k + 1] if k + 1 < len(lowered) else "."
        return before in _BEFORE_THE_NOUN_MIGHT or before.endswith(POSSESSIVE_ENDINGS) or after in _AFTER_THE_NOUN_MIGHT
    for table in ("prediction", "hedges"):
        found[table] = [m for m in found[table] if not (m[1] == 1 and lowered[m[0]] == "might" and noun(m[0]))]


# (not a nationality: "ordinary Chinese might stop buying our wine" is the modal)
_BEFORE_THE_NOUN_MIGHT = frozenset("the its their our his her military economic naval industrial sheer full "
                                   "technological financial".split())
_AFTER_THE_NOUN_MIGHT = frozenset("was is of and in to against behind . ; ? !".split())


# (not "that" or "this": "that will not happen" is the modal)
_BEFORE_THE_NOUN_WILL = frozenset("the a an its their our my his her your political good ill free popular collective "
                                  "strong iron sheer national public".split())


# (and a quantifier: "some promising opportunities"; not a possessive: "for all its reassuring language" concedes)
_DEGREE = frozenset("most more less least very quite highly the a an some many several few such these those "
                    "other".split())


def participles_as_adjectives(found, raw, lowered: list[str], lexicon: Lexicon) -> None:
    """'the most promising place', 'It is encouraging that...', 'the talks are reassuring': the -ing form of an act
    standing as an adjective (_stands_as_adjective) describes; nobody promises, encourages or reassures anything.
    A commitment there is dropped (the polar table judges "promising"); a verb of action there judges as the
    adjective does, with an evaluative term's weight (as a verb it would need a modal or a "we" to govern it). The
    other way round, the judging adjectives that are the -ing form of an act judge in no past form: "Kim promised to
    halt the tests", "Tokyo encouraged Seoul to..." tell what someone did (the noun still judges: "walks away from a
    promise")."""
    if found["polar"]:
        if any(m[3] in _ACTS_AS_ADJECTIVES for m in found["polar"]):
            found["polar"] = [m for m in found["polar"] if m[3] not in _ACTS_AS_ADJECTIVES or not (
                raw[m[0]].endswith("ed") or _someones_undertaking(raw, m[0]))]
        if not lexicon.polar_verb_ings.isdisjoint(lowered) and any(
                abs(m[2]) >= ACTION and m[1] == 1 and raw[m[0]].endswith("ing") for m in found["polar"]):
            found["polar"] = [(m[0], 1, m[2] / abs(m[2]), raw[m[0]].lower())
                              if abs(m[2]) >= ACTION and m[1] == 1 and _stands_as_adjective(raw, m[0]) else m
                              for m in found["polar"]]
    if not found["commitment"]:
        return
    kept = [m for m in found["commitment"] if not (m[1] == 1 and _stands_as_adjective(raw, m[0]))]
    if len(kept) != len(found["commitment"]):
        found["commitment"] = kept


def _stands_as_adjective(raw: list[str], at: int) -> bool:
    """Whether the -ing word at `at` is an adjective: after a degree word or an article ("an encouraging sign"), or
    after a copula with no object or "to" after it ("the talks are promising.", but "Tokyo is promising voters..."
    and "is promising to"); before "that" only after "it is" ("It is encouraging that...", but "Tokyo is promising
    that taxes will fall")."""
    word = raw[at].lower()
    if at == 0 or not word.endswith("ing"):
        return False
    before = raw[at - 1].lower()
    if raw[at + 1:at + 2] == ["of"]:
        return False        # "the strengthening of supply chains": the act named, a gerund
    if before in _DEGREE:
        return True
    if before not in COPULAS and before not in PRESENT_COPULAS:
        return False
    if at + 1 == len(raw):
        return True
    after = raw[at + 1]
    if after == "that":
        return at >= 2 and raw[at - 2].lower() == "it"
    if after.lower() in _PARTICLES_OF_A_VERB and word not in _ADJECTIVES_BEFORE_A_PARTICLE:
        return False        # ("the town has been waiting for the port", "is withdrawing from the pact": a verb)
    return after.lower() not in _OBJECT_OPENERS and not after[:1].isupper()


# what follows a verb's -ing form, not an adjective's ("waiting for", "retreating from", "backing away"), but for the
# -ing forms that are adjectives before them too ("is encouraging for the towns", "is welcoming to newcomers")
_PARTICLES_OF_A_VERB = frozenset("for from with on into at against toward towards away out back up down".split())
_ADJECTIVES_BEFORE_A_PARTICLE = frozenset("encouraging reassuring welcoming promising".split())


# words that open the object or the infinitive of a verb ("is encouraging the allies", "is promising to")
_OBJECT_OPENERS = frozenset("to the a an its their his her our my your this these those them us him it me you "
                            "some any all both each every".split())


_ACTS_AS_ADJECTIVES = frozenset(("promising",))   # (a polar entry that is the stem of a commitment)


def _someones_undertaking(raw: list[str], at: int) -> bool:
    """'her promise to reopen the pier', 'the port's promise that...', 'his campaign promise to withdraw': a promise
    someone named made, told with what it undertakes; it judges nothing ("walks away from a promise" does)."""
    if raw[at + 1:at + 2] not in (["to"], ["that"]):
        return False
    # (one word may name the promise's kind: "his campaign promise to withdraw", "Tokyo's election promise that...")
    return any(word in THIRD_POSSESSIVES or word.endswith(POSSESSIVE_ENDINGS)
               for word in map(str.lower, raw[max(0, at - 2):at]))
