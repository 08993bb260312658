"""Whose commitment a commitment cue makes, if anyone's.

The lexicon's commitment phrases ("pledge", "commit to", "will continue to") commit the writer only where the
writer, or the actor the writer speaks for, undertakes something. Elsewhere they name a promise as a thing
("trust in American promises"), tell a promise someone made or did not make ("Tokyo pledged billions", "the two
sides did not commit to a third summit"), or foretell that a thing goes on ("tariffs will continue to weigh on
growth"). `commitments_told` drops those matches from a sentence's scan; the "will" of a thing that goes on stays a
forecast in the prediction table.
"""
from __future__ import annotations

WRITERS = frozenset("i we".split())


def commitments_told(found, raw: list[str], lowered: list[str]) -> None:
    """'a very large investment pledge', 'trust in American promises': a promise named as a noun is a thing
    someone gave, not a commitment the sentence makes (_promise_as_noun); 'Tokyo pledged billions' and 'the two
    sides did not commit to a summit' tell of one made, or not made, by others (the writer's own, "we pledged",
    still commits); 'Tariffs will continue to weigh on growth' foretells (_goes_on)."""
    if found["commitment"]:
        found["commitment"] = [m for m in found["commitment"] if not (
            (m[1] == 1 and lowered[m[0]] in _PROMISE_NOUNS and _promise_as_noun(lowered, m[0]))
            or (lowered[m[0]] in _PROMISED and not WRITERS.intersection(lowered[max(0, m[0] - 3):m[0]]))
            or (lowered[m[0]] in _PROMISING_VERBS and _told_with_do(lowered, m[0]))
            # "Tokyo escaped the worst only by promising to steer $550 billion...": the means of a deed told
            or (lowered[m[0]].endswith("ing") and m[0] and lowered[m[0] - 1] in _MEANS)
            # "...signed the text, with Japan pledging hundreds of billions": a circumstance of the deed told
            or (lowered[m[0]].endswith("ing") and "with" in lowered[max(0, m[0] - PARTICIPLE_REACH):m[0]])
            or (lowered[m[0]] in _PROMISE_FORMS and _anothers_promise(lowered, m[0]))
            or (m[3] == "will continue to" and _goes_on(raw, lowered, m[0])))]
    if found["polar"]:
        # (nor is that "promising" the adjective of "a promising start")
        found["polar"] = [m for m in found["polar"] if not (
            lowered[m[0]] == "promising" and m[0] and lowered[m[0] - 1] in _MEANS)]


def _promise_as_noun(lowered: list[str], at: int) -> bool:
    """'the pledge', 'trust in American promises' (no object follows), 'a very large investment pledge to...'
    (a singular form in a noun phrase: as a verb it would be 'pledges', or have a pronoun subject)."""
    if at > 0 and lowered[at - 1] in _DETERMINERS_BEFORE:
        return True
    if at + 1 < len(lowered) and lowered[at + 1] not in _PROMISE_OBJECTS:
        return True
    before = lowered[max(0, at - 4):at]
    return not lowered[at].endswith("s") and bool(_DETERMINERS_BEFORE.intersection(before)) \
        and not _SUBJECT_PRONOUNS.intersection(before)


def _anothers_promise(lowered: list[str], at: int) -> bool:
    """A promise word that commits no one the sentence speaks for (nor tells a promise someone makes, which
    attribution reads as theirs): the adjective ("a comprehensive and promising agenda"), a promise named after a
    possessive ("the port's promise to seize the island"), a gerund opening the sentence as its subject ("Pledging vast
    sums ... sets a precedent"), and an infinitive or a bare verb after its object ("reluctant to commit to targets",
    "if every town were to commit", "made him pledge that..."), none with the writer ("we") just before it."""
    if not WRITERS.isdisjoint(lowered[max(0, at - WRITER_REACH):at]):
        return False
    word, before = lowered[at], lowered[at - 1] if at else ""
    following = lowered[at + 1] if at + 1 < len(lowered) else ""
    if word.endswith("ing"):
        # (the adjective after a possessive or a degree adverb too: "the White House's promising approach", "the
        # most economically promising regions")
        return at == 0 or (word == "promising" and following not in ("to", "that") and (
            before in _BEFORE_AN_ADJECTIVE or before.endswith(("'s", "\u2019s", "ly"))))
    if word.endswith("s"):
        return before.endswith(("'s", "\u2019s"))
    return before.endswith(("'s", "\u2019s")) or before == "to" or before in _OBJECT_PRONOUNS


_BEFORE_AN_ADJECTIVE = frozenset("a an the and or most more very quite highly particularly especially less its their "
                                  "his her our this that these those".split())
_OBJECT_PRONOUNS = frozenset("him her them it".split())


def _told_with_do(lowered: list[str], at: int) -> bool:
    """'The two sides did not commit to a third summit', 'the board does not promise to...': a promise made or
    refused, told with "do" of someone other than the writer ("we did not commit to it" is the writer's own)."""
    before = lowered[max(0, at - DO_REACH):at]
    return not _DO.isdisjoint(before) and WRITERS.isdisjoint(lowered[max(0, at - DO_REACH - 3):at])


def _goes_on(raw: list[str], lowered: list[str], at: int) -> bool:
    """Whether the "will continue to" at `at` foretells that a thing goes on ("Tariffs will continue to weigh on
    growth", "the protectionist acts by both sides will continue to...") rather than commits someone to go on
    ("Japan will continue to...", "The government will continue to...", "they will continue to..."): its
    subject's head, the word before the subject's first preposition or else its last word, is a common noun
    for no one who acts."""
    start = at
    while start > 0 and lowered[start - 1] not in _SUBJECT_BOUNDS:
        start -= 1
    if start == at:
        return False
    head = next((k - 1 for k in range(start + 1, at) if lowered[k] in _SUBJECT_PREPOSITIONS), at - 1)
    word = raw[head]
    # (a capital opening the sentence may be a name's: only a plural there is taken for a common noun, "Tariffs")
    common = word[:1].islower() or (head == 0 and word.endswith("s") and not word.endswith("ss") and len(word) > 3
                                    and lowered[head] not in _PLURAL_NAMES)
    return common and word.isalpha() and lowered[head] not in _ACTING and lowered[head] not in _PRONOUNS


_PROMISE_NOUNS = frozenset("pledge pledges promise promises vow vows".split())
# what follows a promise made as a verb: "promises to", "pledged that", "vows never", "pledges its support"
_PROMISE_OBJECTS = frozenset("to that not never a an the its their our his her my this these those it them us you "
                             "more further new".split())
_SUBJECT_PRONOUNS = frozenset("i we they you".split())
_DETERMINERS_BEFORE = frozenset("a an the this that its their our his her".split())
_PROMISED = frozenset("pledged promised vowed committed".split())
_PROMISING_VERBS = frozenset("commit pledge promise vow".split())
_PROMISE_FORMS = frozenset("commit commits committing pledge pledges pledging promise promises promising vow vows "
                           "vowing".split())
WRITER_REACH = 3        # "we pledge", "we are pledging", "we have solemnly pledged"
_DO = frozenset("did does do".split())
DO_REACH = 3            # "did not commit", "did not explicitly commit"
PARTICIPLE_REACH = 3    # "with" to the -ing form of an absolute clause: "with Japan pledging", "with both sides vowing"
_MEANS = frozenset("by after for of without from".split())

# where a clause's subject begins, looking back from its verb
_SUBJECT_BOUNDS = frozenset(", ; : ( \u2014 \u2013 - that which who because if when while as but so".split())
_SUBJECT_PREPOSITIONS = frozenset("of by in on from with among between for at against over under".split())
_PLURAL_NAMES = frozenset("philippines netherlands maldives bahamas seychelles comoros brussels paris athens".split())
_PRONOUNS = frozenset("i we you he she it they this that these those who one each both all".split())
# common nouns for those who act, and so can commit to go on ("the government will continue to...")
_ACTING = frozenset(
    "government governments administration administrations country countries nation nations state states ally allies "
    "partner partners leader leaders leadership official officials people public side sides party parties member "
    "members company companies firm firms business businesses military forces navy ministry ministries council "
    "parliament congress diet authorities regime team group groups community organization organisations "
    "organizations organisation union cabinet president minister ministers premier city town towns board "
    "agency agencies institution institutions coalition bloc".split())
