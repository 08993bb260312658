"""Harm in a sentence, as the issue convention reads it: harm its subject suffers, and harm a call opposes.

- Harm told of a sentence's subject: "the ferry pact could be lost", "the harbour order is at risk of collapse",
  "the order risks fracturing", "ties have become so frayed that...". What suffers the harm is what the subject
  names. Where that is what an issue names, the sentence warns of harm done to it, which by the issue convention is
  a position for it (+1, the cue "harm to it: ..."), as "the tolls undermine the pact" is for the pact.
  `suffered_after` finds such a predicate from the words alone; positions.py decides whether the subject is the
  issue's.
- Harm a call opposes: "the town must protest the port's outrageous blockade", "this provocation must not be
  tolerated". A call against harmful conduct (aggression, a blockade, a provocation) is a call for pressure on it,
  +1 whatever judging words describe the conduct; a call to tolerate or accept it is -1 (`opposed_harm`).
- Harm averted ("talks to prevent a crisis" is for the talks: `averts_harm`), and the words positions.py reads where
  harm falls: where it comes from (`comes_from`), a quarrel it only names (`names_a_quarrel`), states of harm
  (`HARM_STATES`), an actor's name (`names_an_actor`).
"""

from __future__ import annotations

import re

from .clauses import AUXILIARIES, HARM_PASSIVES, MAIN_KINDS, MODALS, POSSESSIVE_ENDINGS, between_compound_modifiers
from .lexicon import ACTION
from .opposites import DOCTRINES, OPPOSED_DOCTRINES, OPPOSING, doctrine_at, names_the_opposite
from .text.tokens import rejoined
from .voices import BREAK_TOKENS, NO_ONE
from .wordclass import DETERMINERS, ORDINALS, POSSESSIVES

# verbs of a harm met, which count only with a harm as their object ("the alliance faces serious threats", "has
# endured damaging strains", "faces a number of challenges"; not "faces a choice")
FACING = frozenset("face faces faced facing confront confronts confronted confronting endure endures endured "
                   "enduring".split())
# a harm suffered, as the predicate right after the subject (and its auxiliaries): passive or intransitive forms only,
# so that "the pact undermines the tolls" (harm done by the subject) is not one; and a harm met
_SUFFERED = FACING | frozenset((
    "collapse", "collapses", "collapsed", "collapsing", "crumble", "crumbles", "crumbled", "crumbling",
    "unravel", "unravels", "unravelled", "unraveled", "unravelling", "unraveling",
    "disintegrate", "disintegrates", "disintegrated", "disintegrating", "wither", "withers", "withered", "withering",
    "erode", "erodes", "eroded", "eroding", "deteriorate", "deteriorates", "deteriorated", "deteriorating", "frayed", "fraying",
    "falter", "falters", "faltered", "faltering", "suffer", "suffers", "suffered", "suffering",
    "fall apart", "falls apart", "fell apart", "falling apart", "drift apart", "drifts apart", "drifted apart",
    "drifting apart", "break down", "breaks down", "broke down",
    "breaking down", "at risk", "in jeopardy", "under threat", "under strain", "in danger", "in peril",
    # a fall, and a standstill: "ties could plunge to the lowest point", "relations have been in a stalemate"
    "plunge", "plunges", "plunged", "plunging", "sour", "sours", "soured", "souring", "worsen", "worsens",
    "worsened", "worsening", "nosedive", "nosedived", "in a stalemate", "in stalemate", "at a standstill",
    "in deadlock", "in a deadlock", "deadlocked",
    "at a low", "at a new low",
    # and footing lost: "the alliance seemed to stand on shaky ground", "ties are on the rocks"
    "on shaky ground", "on thin ice", "on the rocks", "in tatters", "in disarray",
    # and a sorry state reached: "the alliance has come to such a sad state"
    "such a sad state", "such a sorry state", "in a sad state", "in a sorry state",
    # and a slow loss: "the alliance would fade", "its influence is waning", "ties could weaken"
    "fade", "fades", "faded", "fading", "wane", "wanes", "waned", "waning", "weaken", "weakens", "weakening"))
# forms that are passive only after a form of "be" or "get": "the pact was lost" ("the town lost the pact" is done by it);
# clauses.py reads them too (", which is threatened by" is about the noun before it)
_PASSIVES = HARM_PASSIVES
_BE_OR_GET = frozenset("be been being is are was were get gets got getting become becomes became".split())
_LONGEST = max(len(phrase.split()) for phrase in _SUFFERED)
# what may follow an intransitive harm ("could collapse in a year", "will erode further", "so frayed that"); any other
# word is the object of a verb that does the harm ("would erode American credibility")
_AFTER_INTRANSITIVE = frozenset("of in by from for with under as and or but if unless without because since over at to "
                                "further too again soon entirely altogether completely that than when while before "
                                "after within beyond amid into apart".split())
# what a subject that suffers must not be: a pronoun, whose referent the sentence does not give ("It has been eroding
# for some time, and I would not mourn it"), or a line of thought, whose collapse is its failure, a verdict against it
# ("That line of thinking has collapsed")
_NOT_SUFFERERS = frozenset("it this that they these those thinking idea ideas approach approaches policy policies "
                           "strategy strategies logic argument arguments assumption assumptions premise view views "
                           "theory hope hopes plan plans effort efforts notion belief".split())
# words that may stand between the subject and its predicate: "could soon be lost", "has already become so frayed",
# "is now increasingly at risk", "is likely to collapse"
_BETWEEN = AUXILIARIES | frozenset("be been being become becomes became becoming get gets got getting grow grows grew "
                                   "come comes came "
                                   "growing now already soon quickly further gradually increasingly so badly "
                                   "seriously likely to also even slowly steadily rapidly "
                                   # (and how it looks or where it stands: "seemed to stand on shaky ground")
                                   "seem seems seemed appear appears appeared stand stands stood "
                                   # (and harm setting in: "is starting to unravel", "has begun to crumble")
                                   "start starts started starting begin begins began begun beginning".split())
DENIALS = frozenset("not never no n't hardly".split())
_RISKING = frozenset("risk risks risked".split())
PREDICATE_REACH = 6     # tokens from the subject's end to the harm: "could well soon have been lost" at most


def suffered_after(lowered: list[str], subject_end: int) -> str | None:
    """The harm suffered told right after a subject that ends before token `subject_end` ("is at risk", "could be
    lost"), or None: not where a denial stands between ("will not collapse"), nor past the words a predicate opens
    with, nor where the subject names no sufferer of its own (a pronoun, a line of thought)."""
    if subject_end and lowered[subject_end - 1] in _NOT_SUFFERERS:
        return None
    for k in range(subject_end, min(len(lowered), subject_end + PREDICATE_REACH)):
        if _risks_a_harm(lowered, k):
            return lowered[k]       # a harm foreseen: "the order risks fracturing", "the pact risks being lost"
        for size in range(_LONGEST, 0, -1):
            phrase = " ".join(lowered[k:k + size])
            if phrase in _SUFFERED and _intransitive(lowered, k + size) or (
                    phrase in _PASSIVES and _BE_OR_GET.intersection(lowered[subject_end:k])):
                return phrase
        word = lowered[k]
        if word in DENIALS or not (word in _BETWEEN or _an_adverb(word)):
            return None
    return None


def harm_in_a_condition(lowered: list[str], start: int, end: int, at: int) -> str | None:
    """'If the ferry pact collapses, ...', 'If a rift opens in the ferry pact, ...': harm a condition (its words from
    `start` to `end`) tells of what the name at `at` names, as what its subject suffers or as a noun of rupture set
    on it by a preposition; the harm's words, or None. Only where nothing but the rest of the name's noun phrase
    stands between the name and the harm ("If the pact between the towns collapses", not "If the pact is renewed
    and the towns collapse")."""
    if not _AVERTING.isdisjoint(lowered[start:end]):
        return None         # ("If the collapse of the pact is averted, ..."; "If the pact does not collapse, ...")
    # where the subject may end: within the name's own words, or after a phrase its preposition opens; only where the
    # name heads the subject (not the object of a preposition, "If the coalition against the cartel collapses", nor
    # a possessive, "If the pact's rivals collapse")
    before = at - 1
    while before >= start and lowered[before] in DETERMINERS:
        before -= 1
    # (but "trust in the pact", "support for the pact": a good of its own, whose harm is its harm)
    headed = before < start or lowered[before] not in _PREPOSITIONS or (
        before > start and lowered[before - 1] in _GOODS_OF_A_THING)
    # (a comma between the name's modifiers takes no room: "if confidence in the WTO-led, rules-based order is lost")
    reach = CONDITION_NAME_REACH + sum(1 for k in range(at + 1, min(end, at + 1 + CONDITION_NAME_REACH))
                                       if lowered[k] == "," and between_compound_modifiers(lowered, k))
    ends = list(range(at + 1, at + 1 + reach)) if headed else []
    opened = next((k for k in ends if k < end and lowered[k] in _RUPTURED_IN), None)
    if opened is not None:
        ends += range(opened + 2, opened + 2 + CONDITION_NAME_REACH)
    for k in ends:
        if k >= end or lowered[k - 1].endswith(POSSESSIVE_ENDINGS):
            break
        if (harm := suffered_after(lowered, k)) is not None:
            return harm     # ("If the ferry pact is lost": the auxiliary opens the predicate)
        if lowered[k] in _CLOSING_A_SUBJECT and not (lowered[k] == "," and between_compound_modifiers(lowered, k)):
            break       # (a comma between the name's modifiers goes on: "the WTO-led, rules-based order")
    rupture = next((k for k in range(max(start, at - RUPTURE_REACH), at) if lowered[k] in RUPTURES), None)
    if rupture is not None and not _RUPTURED_IN.isdisjoint(lowered[rupture + 1:at]) and (
            _CLOSING_A_SUBJECT - AUXILIARIES).isdisjoint(lowered[rupture + 1:at]):
        return lowered[rupture]
    return None


# "If the ferry pact between the two towns collapses": the words of a name, or of the phrase after its preposition
CONDITION_NAME_REACH = 3
_AVERTING = DENIALS | frozenset("averted avoided prevented avert avoid prevent halted stopped".split())
RUPTURE_REACH = 6           # "If a rift also opens in the ferry pact"
_CLOSING_A_SUBJECT = AUXILIARIES | frozenset(", ; : and or but which that who".split())
# a rupture in what follows ("a rift in the alliance", "the collapse of the pact", "a breakdown in ties")
RUPTURES = frozenset("rift rifts split splits breakdown collapse rupture ruptures unravelling unraveling erosion "
                     "deterioration cracks fissure fissures failure demise dissolution disintegration".split())
_RUPTURED_IN = frozenset("in of within between".split())
_GOODS_OF_A_THING = frozenset("trust confidence faith support belief backing commitment".split())
_PREPOSITIONS = frozenset("against on with between of for in to from by about over among under within toward "
                          "towards".split())


def suffered_in_a_reduced_relative(lowered: list[str], at: int) -> str | None:
    """'the ferry pacts damaged under the former mayor need repair', 'trust the ties weakened by years of neglect': a
    passive participle of harm right after the name at `at` (its own words, or a second noun joined by "and") with
    no "be" before it and a preposition after it: harm the name suffers, told in a clause that stands for a
    relative one. Only where the name is a verb's object, or the sentence's predicate follows in the participle's
    clause (an auxiliary or a linking verb): else the participle is the name's own past verb ("The pact undermined,
    as critics warned, the port's trade", "The pact weakened in turn the islands' economy"). The participle, or
    None."""
    before = at - 1
    while before >= 0 and lowered[before] in DETERMINERS:
        before -= 1
    if before >= 0 and lowered[before] in _PREPOSITIONS:
        return None         # ("Trade under the ferry pact damaged by tolls has fallen": the trade's harm)
    an_object = before >= 0 and lowered[before][:1].isalpha() and lowered[before] not in _CLOSING_A_SUBJECT
    for k in range(at + 1, min(len(lowered) - 1, at + 1 + REDUCED_RELATIVE_REACH)):
        if lowered[k] in _PASSIVES and lowered[k - 1] not in _BE_OR_GET and lowered[k - 1] not in AUXILIARIES and (
                lowered[k + 1] in _AFTER_A_REDUCED_RELATIVE) and (an_object or _a_predicate_follows(lowered, k + 2)):
            return lowered[k]
        if not lowered[k][:1].isalpha() or lowered[k] in AUXILIARIES or lowered[k] in _OPENING_A_CLAUSE:
            return None
    return None


def _a_predicate_follows(lowered: list[str], start: int) -> bool:
    """Whether an auxiliary or a linking verb stands from `start` on, before the clause closes ("...damaged by the
    storm deserve repair"; not "..., which remains low")."""
    for word in lowered[start:]:
        if word in _PREDICATES:
            return True
        if word in _CLOSING_A_SUBJECT:
            return False
    return False


_OPENING_A_CLAUSE = frozenset("which that who but".split())
# what opens the sentence's predicate after a subject with a reduced relative ("...damaged by the storm remain vital")
_PREDICATES = AUXILIARIES | frozenset("remain remains remained stay stays stayed deserve deserves deserved seem seems "
                                      "seemed continue continues continued look looks looked".split())
REDUCED_RELATIVE_REACH = 4      # "ferry pacts and partnerships damaged under"
_AFTER_A_REDUCED_RELATIVE = frozenset("by under during over since amid after through".split())


def harm_named_after_a_colon(lowered: list[str], at: int) -> str | None:
    """'The toll does serious damage to the very thing the town is trying to rebuild: the ferry pact': a word of
    damage done to a thing left unnamed ("the very thing", "the one thing", "what matters most"), which the words
    right after a colon then name, where the issue's name at `at` stands. The damage word, or None."""
    colon = at - 1 if at and lowered[at - 1] == ":" else at - 2 if at > 1 and lowered[at - 2] == ":" and (
        lowered[at - 1] in DETERMINERS) else None
    if colon is None or colon == 0 or lowered[colon - 1] in _POINTING_WORDS:
        return None         # ("Nothing harms what matters more than this: the pact": the colon names the doer)
    for k in range(max(0, colon - COLON_HARM_REACH), colon):
        # (the thing as the verb's object, "undermines what matters most", or after "to" or "on", "damage to")
        thing = k + 2 if lowered[k + 1:k + 2] in (["to"], ["on"]) else k + 1
        if lowered[k] in DAMAGING and any(lowered[thing:thing + len(words)] == words for words in _UNNAMED_THINGS):
            if not DENIALS.isdisjoint(lowered[max(0, k - DENIAL_BEFORE_DAMAGE):k]):
                return None     # ("The tolls do not harm what matters most: the pact": no harm told)
            # (not where an unnamed thing is the doer: "Only one thing endangers what the towns built: the pact";
            # the doer is the damage's own subject, after the last comma or "that" before it, past an aside set off
            # by commas, "Only one thing, in my view, endangers...")
            return lowered[k] if _UNNAMED_DOERS.isdisjoint(_subject_before(lowered, k)) else None
    return None


def _subject_before(lowered: list[str], verb: int) -> list[str]:
    """The words of the subject before the verb at `verb`: after the last comma, "that", "which" or "who" before
    it; where that comma closes an aside opened by another comma a few words back, the words before the aside too."""
    start = next((j + 1 for j in range(verb - 1, -1, -1) if lowered[j] in _BEFORE_A_SUBJECT), 0)
    opened = next((j for j in range(start - 2, max(-1, start - 2 - ASIDE_WORDS), -1) if lowered[j] == ","), None) \
        if start and lowered[start - 1] == "," else None
    if opened is None:
        return lowered[start:verb]
    before = next((j + 1 for j in range(opened - 1, -1, -1) if lowered[j] in _BEFORE_A_SUBJECT), 0)
    return lowered[before:opened] + lowered[start:verb]


_POINTING_WORDS = frozenset("this these those".split())     # ("more than this:"; "sustains it:" is an object)
_BEFORE_A_SUBJECT = frozenset(", ; that which who".split())
_UNNAMED_DOERS = frozenset("thing things nothing something one".split())
COLON_HARM_REACH = 14   # "damage to the very thing the mayor has been trying to rebuild for years:"
DENIAL_BEFORE_DAMAGE = 2    # "do not harm", "will never undermine"
ASIDE_WORDS = 5             # ", in my view,", ", sooner or later,": the words of an aside between a subject and its verb
_UNNAMED_THINGS = [words.split() for words in ("the thing", "the very thing", "the one thing", "the only thing",
                                               "one thing", "something", "the things", "the very things", "what")]


def _risks_a_harm(lowered: list[str], k: int) -> bool:
    """Whether token k is a verb of risk before a harm the subject would suffer: a passive ("risks being sidelined",
    "risks getting lost"), a loss ("risks losing its meaning"), or a gerund with no object ("risks fracturing into
    two camps", "risks collapsing"). Not a harm the subject would do ("risks provoking an arms race", "risks
    alienating its partners") nor what is staked ("risks nothing by holding firm")."""
    if lowered[k] not in _RISKING or k + 1 >= len(lowered):
        return False
    gerund = lowered[k + 1]
    if not gerund.endswith("ing") or gerund.endswith("thing"):
        return False
    return gerund in _RISKED_PASSIVES or gerund == "losing" or _intransitive(lowered, k + 2)


_RISKED_PASSIVES = frozenset("being getting".split())


def risked_before(lowered: list[str], start: int, stop: int) -> int:
    """The index of a verb of risk before a harm ("the pact risks being forgotten once the tolls are gone") in the
    stretch before `stop` (where the predicate opens if there is one) that no comma breaks, from `start`; else `stop`
    (not in an opening clause: "As Seoul risks being sidelined, the alliance could be weakened")."""
    opening = next((k + 1 for k in range(stop - 1, start - 1, -1) if lowered[k] == ","), start)
    return next((k for k in range(opening, stop) if _risks_a_harm(lowered, k)), stop)


def after_a_frame(lowered: list[str]) -> int:
    """'It is no secret that the pact has come under strain', 'There is no doubt that the order is at risk': where
    the claim a sentence frames with an impersonal opening begins (its subject's first token), 0 if it opens no
    such frame. The framed claim is the sentence's own, whose subject may suffer harm as a main clause's does."""
    if lowered[:1] not in (["it"], ["there"]) or lowered[1:2] not in (["is"], ["was"], ["seems"], ["appears"]):
        return 0
    return next((k + 1 for k in range(2, min(len(lowered) - 1, FRAME_REACH)) if lowered[k] == "that"), 0)


FRAME_REACH = 7     # "It is now all too clear that", "There is little doubt that"


def _an_adverb(word: str) -> bool:
    """An adverb of manner, degree or certainty, which may stand inside a predicate ("has certainly been damaged",
    "was severely weakened"), not a noun that happens to end in -ly ("ally", "supply")."""
    return word.endswith("ly") and len(word) > 5 and word not in _NOUNS_IN_LY


_NOUNS_IN_LY = frozenset("supply family assembly monopoly anomaly homily italy".split())


def _intransitive(lowered: list[str], after: int) -> bool:
    """Whether the verb ending before token `after` takes no object: the sentence ends there, or a preposition, a
    conjunction or an adverb of time or degree follows. A harm suffered as its object counts as none ("could suffer
    serious damage": the subject suffers it)."""
    if lowered[min(after, len(lowered)) - 1] in FACING:
        faced = lowered[after:after + FACED_OBJECT_REACH]     # (none at the sentence's end: "the pact must face")
        harm = next((k for k, word in enumerate(faced) if word in _HARMS_FACED), None)
        # (not "faces no real pressure"; nor harm it brings on another, "confronted Ukraine with threats")
        return harm is not None and _SLIGHT.isdisjoint(faced[:harm]) and "with" not in faced[1:harm]
    return after >= len(lowered) or not lowered[after][:1].isalpha() or lowered[after] in _AFTER_INTRANSITIVE or (
        lowered[after].endswith("ly")) or (lowered[after - 1] in _SUFFERING and not _HARMS_SUFFERED.isdisjoint(
            lowered[after:after + HARM_OBJECT_REACH]))


_SUFFERING = frozenset("suffer suffers suffered suffering".split())
_HARMS_SUFFERED = frozenset("damage harm setback setbacks blow blows loss losses decline erosion".split())
HARM_OBJECT_REACH = 3   # "suffer serious lasting damage"
_HARMS_FACED = _HARMS_SUFFERED | frozenset("threat threats pressure pressures strain strains crisis crises danger "
                                           "dangers risk risks headwinds challenge challenges collapse problems "
                                           "difficulties backlash".split())


def facing_verb(lowered: list[str], k: int) -> bool:
    """Whether the word of facing at `k` is the verb: an -s or -ed or -ing form, or the plain form after a modal,
    "to" or a plural ("the allies face threats"); not the noun ("the alliance's public face", "In the face of")."""
    word = lowered[k]
    if word.endswith(("s", "ed", "ing")):
        return True
    before = lowered[k - 1] if k else ""
    return before in _BEFORE_A_PLAIN_VERB or (before.endswith("s") and not before.endswith(("'s", "\u2019s", "ss")))


_BEFORE_A_PLAIN_VERB = frozenset("must should will would could can may might to not never also still now".split())
FACED_OBJECT_REACH = 4  # "faces a number of challenges"
_SLIGHT = DENIALS | frozenset("little few less fewer".split())


# conduct that does harm, which a call may oppose or tolerate ("protest the invasion", "must not tolerate the tests")
_HARMFUL_CONDUCT = frozenset("aggression invasion invasions provocation provocations violation violations annexation "
                             "occupation coercion belligerence expansionism atrocities incursion incursions "
                             "intimidation blockade blockades launches tests threat threats menace infringement "
                             "infringements intrusion intrusions encroachment encroachments abduction "
                             "abductions seizure seizures".split())
def refusal_at(lowered: list[str]) -> int | None:
    """'Japan cannot accept the annexation', 'We can not tolerate such provocations': the index of a "cannot" before a
    verb that lets harm stand, a refusal, which calls as "must not" does (not inability: "cannot afford", "cannot
    predict"), or None."""
    if _CANS.isdisjoint(lowered):
        return None     # (most sentences: one look)
    for k in range(len(lowered) - 1):
        word = lowered[k]
        if word == "cannot" or (word in ("can", "ca") and lowered[k + 1] in ("not", "n't")):
            verb = k + 1 if word == "cannot" else k + 2
            if verb < len(lowered) and lowered[verb] in _REFUSED and "i" not in lowered[max(0, k - 2):k]:
                return k    # ("I cannot accept the claim that...": the writer rejects a view, a verdict)
    return None


_CANS = frozenset("cannot can ca".split())
_REFUSED = frozenset("accept tolerate allow condone ignore overlook legitimize legitimise reward".split())
# verbs that let harm stand: a call to do so is against pressure, and one not to do so ("must not tolerate") is for it
_CONDONING = frozenset("tolerate tolerated tolerating accept accepted accepting allow allowed allowing condone "
                       "condoned reward rewarded ignore ignored overlook overlooked legitimize legitimise legitimized "
                       "legitimised recognize recognise recognized recognised let succeed prevail unpunished "
                       "unanswered".split())
_RELIANCE = frozenset("dependence dependency reliance overreliance over-reliance".split())
RELIANCE_REACH = 3      # "a dangerous dependence", "an excessive reliance"
# verbs of pressure on it, named in the cue
_OPPOSING = frozenset("protest protesting oppose opposing condemn condemning condemned denounce denouncing resist "
                      "resisting counter countering confront confronting deter deterring punish punishing halt "
                      "halting reverse reversing address addressing tackle tackling stop stopping curb curbing "
                      "thwart thwarting guard guarding cease ceasing refrain refraining reject rejecting freeze freezing "
                      # and what a call keeps from happening ("such a defeatist attitude must be avoided")
                      "avoid avoided avoiding prevent prevented preventing avert averted averting".split())
_ENDING = frozenset("halt halting halts stop stopping stops cease ceasing ceases end ends ending freeze freezes "
                    "freezing".split())
# ("hardly" stops a predicate, but a call with it is no denial of the call)
_NEGATIONS = (DENIALS - {"hardly"}) | {"cannot"}     # ("cannot accept the annexation": refused)
# the call's verb comes soon after its modal ("must stand firm and continue to resolutely protest"), and the conduct
# soon after the verb, as its object ("protest Russia's outrageous invasion")
VERB_REACH = 8
OBJECT_REACH = 5
# passive or intransitive: the conduct, named in the call's subject, let stand or not ("this provocation must not be
# tolerated", "the invasion must not succeed")
_LETTING_STAND = frozenset("succeed prevail stand".split())
PASSIVE_REACH = 3       # "must not be tolerated", "must never be allowed": the verb soon after the modal


def harmful_conduct(lowered: list[str], k: int) -> bool:
    """Whether token k names harmful conduct, a quarrel or a harmful measure (for rules outside this module)."""
    return _harmful(lowered, k) or lowered[k] in QUARRELS or lowered[k] in HARMFUL_MEASURES


def names_a_danger(lowered: list[str], k: int) -> bool:
    """Whether token k names harmful conduct, a quarrel, a harmful measure or an arsenal ("its nuclear warheads")."""
    return harmful_conduct(lowered, k) or _an_arsenal(lowered, k)


def _harmful(lowered: list[str], k: int) -> bool:
    """Whether token k names harmful conduct: a word for it, or an arms programme ("North Korea's missile program",
    "its nuclear and missile development"). A seizure of assets is a measure, which presses ("the seizure of the
    cartel's assets"), not conduct to oppose ("the seizure of Crimea")."""
    if lowered[k] in _SEIZING and not _SEIZED_AS_PRESSURE.isdisjoint(lowered[k + 1:k + 1 + SEIZED_REACH]) and not (
            k and (lowered[k - 1].endswith(POSSESSIVE_ENDINGS) or lowered[k - 1] in POSSESSIVES)):
        return False    # (a seizer named before it seizes as conduct: "Russia's seizure of Ukrainian assets")
    return lowered[k] in _HARMFUL_CONDUCT or lowered[k] in _PROGRAMMES and k > 0 and lowered[k - 1] in _ARMS


_SEIZING = frozenset("seizure seizures".split())
_SEIZED_AS_PRESSURE = frozenset("assets asset funds reserves accounts property properties holdings".split())
SEIZED_REACH = 7        # "the seizure of the central bank's frozen foreign assets"


def _an_arsenal(lowered: list[str], k: int) -> bool:
    """Whether token k names an arms programme or an arsenal ("its nuclear weapons", "the arsenal"). Only where it is
    given up or gains: a call to resist or oppose nuclear weapons may be against one's own town acquiring them ("I
    would resist any talk of the town acquiring nuclear weapons"), which is no pressure on another's conduct."""
    return lowered[k] in _PROGRAMMES and k > 0 and lowered[k - 1] in _ARMS or (
        lowered[k] == "potential" and k > 1 and lowered[k - 1] in _OF_STRIKING and lowered[k - 2] in _ARMS) or (
        lowered[k] in _ARSENALS) or (lowered[k] in _WEAPONS and k > 0 and lowered[k - 1] in _HELD)


_PROGRAMMES = frozenset("program programs programme programmes development".split())
_OF_STRIKING = frozenset("strike attack".split())     # ("its nuclear strike potential")
_ARMS = frozenset("nuclear missile missiles weapon weapons arms".split())
# an arsenal: a word for one, or weapons named nuclear or held by the one the sentence speaks of ("give up its
# weapons"; not "missiles" alone, which a town may buy for its own defence, nor "arms control")
_ARSENALS = frozenset("arsenal arsenals warheads nukes".split())
_WEAPONS = frozenset("weapons weapon arms bombs".split())
_HELD = frozenset("nuclear atomic its his their".split())


def opposed_harm(lowered: list[str], clause_start: int, modal: int, after: int, end: int, *,
                 judged_bad: frozenset[int] = frozenset(), raw: list[str] | None = None,
                 ending_only: bool = False) -> tuple[int, str] | None:
    """(+1 or -1, cue) for a call whose modal stands at token `modal` (its words ending before `after`), in a clause
    running from `clause_start` to before `end`, where the call's verb opposes or lets stand harmful conduct that is
    its object ("must protest the outrageous blockade": +1; "should accept the annexation": -1) or its subject ("this
    provocation must not be tolerated", "the invasion must not succeed": +1). Conduct the sentence judges badly at a
    token of `judged_bad` counts as harmful ("the port should stop those reckless manoeuvres", "should refrain from
    destabilizing actions": a call to end what the writer condemns is for the course called for). None where the
    call's verb is another, or the conduct is not its object or subject. `raw`, the tokens as written, tells a name
    pressed by the call ("must press Westport to give up...").
    ending_only: a forecast's verb, which counts only where it ends the conduct or gives the arsenal up ("the port
    will never cease its provocations": -1, the harm goes on; "the sanctions will halt its tests": +1)."""
    verb = None
    for k in range(after, min(end, after + VERB_REACH)):
        if ending_only and lowered[k] not in _ENDING and not _gives_up(lowered, k):
            continue
        if not ending_only and (lowered[k] in _DROPPING or _gives_up(lowered, k)) and (
                dropped := _disarming_dropped(lowered, clause_start, modal, k, end)) is not None:
            return dropped
        if _gives_up(lowered, k):
            # (an arsenal given up is read here; where what is given up is no arsenal, a later verb may still
            # oppose the conduct: "must give up its illusions and protest the blockade")
            given_up = _arsenal_given_up(lowered, clause_start, modal, after, k, end, raw=raw)
            if given_up is not None:
                return given_up
        elif lowered[k] in _OPPOSING or lowered[k] in _CONDONING or _disregards(lowered, k) or (
                ending_only and lowered[k] in _ENDING):
            verb = k
            break
    if verb is None:
        return None
    if _disregards(lowered, verb):
        # ("must not turn a blind eye to the cartel's campaign", "should not dismiss the threats as rhetoric": a call
        # not to disregard conduct is against it, whatever words describe it; one to disregard it reads as it stands)
        denied = any(w in _NEGATIONS for w in lowered[modal:verb])
        return (1, f"against the harm: not {lowered[verb]}") if denied else None
    # (conduct judged badly counts for a verb that opposes it: "let the tolls weaken the pact" is another frame)
    judged_bad = judged_bad if lowered[verb] in _OPPOSING else frozenset()
    object_from = past_joined_verbs(lowered, verb + 1)
    conduct = next((k for k in range(object_from, min(end, object_from + OBJECT_REACH))
                    if _harmful(lowered, k) or k in judged_bad), None)
    if conduct is not None and not _RELIANCE.isdisjoint(lowered[conduct:conduct + RELIANCE_REACH]):
        return None     # ("must avoid a dangerous dependence on the ferry": the harm is relying on what follows, which
        #                 the call turns from; the rules for calls read it)
    if conduct is None:
        passive = lowered[after:verb] in (["be"], ["not", "be"], ["never", "be"]) or lowered[verb] in _LETTING_STAND
        # (a clause that opens on "and" before its modal has the sentence's subject: "The landing was an intrusion
        # into the ferry zone and must not be tolerated")
        subject_from = 0 if lowered[clause_start:modal] in (["and"], ["but"]) else clause_start
        conduct = next((k for k in range(subject_from, modal) if _harmful(lowered, k) or k in judged_bad), None)
        if conduct is None or not passive:
            return None
    # ("should not only protest the blockade, it should also...": the first of two things asked, none refused)
    denied = any(w in _NEGATIONS and lowered[k + 1:k + 2] != ["only"] for k, w in enumerate(lowered[modal:verb], modal))
    sign = (-1 if lowered[verb] in _CONDONING else 1) * (-1 if denied else 1)
    return sign, " ".join(w for w in ("against the harm:", "not" if denied else "", lowered[verb], lowered[conduct]) if w)


def dealings_cut(raw: list[str], lowered: list[str], after: int, end: int) -> tuple[str, int, int] | None:
    """'should stop all trade with the cartel', 'must halt fuel exports to Westport', 'cut off investment from the
    port': a call (its modal's words ending before `after`, its clause before `end`) to cut a party's dealings, a
    sanction, which presses the party (named with a capital after the dealings' preposition). Gives the cue, where
    the dealings' noun stands and where the party's name starts; None where the verb or the party is missing."""
    # (the call's own verb, or one of purpose after it: "should be tightened even further, to stop all trade with...";
    # not what others demand, "should reject demands to cut off trade with...")
    verb = next((k for k in range(after, min(end, after + VERB_REACH)) if lowered[k] in _CUTTING and (
        k - after < CUTTING_REACH or (lowered[k - 1] == "to" and lowered[k - 2] in (",", "order")))), None)
    if verb is None or (lowered[verb] in _CUTTING_ONLY_OFF and lowered[verb + 1:verb + 2] != ["off"]):
        return None
    first = verb + 1 + (lowered[verb + 1:verb + 2] == ["off"])
    noun = next((k for k in range(first, min(end, first + DEALINGS_REACH)) if lowered[k] in DEALINGS), None)
    if noun is None or any(not w[:1].isalpha() or w in _SANCTIONS_EASED or (w.endswith("ing") and w != "remaining")
                           for w in lowered[first:noun]) or not _ARMS_SUPPLIED.isdisjoint(lowered[first:noun]):
        return None     # ("halt arms exports to the port": support withheld; "stop blocking trade with", "end
        #                 restrictions on trade with": a sanction eased, no sanction)
    # (the preposition after the noun, and the party after it: "trade with North Korea", "exports to the port")
    k = noun + 1
    while k < end and k - noun <= DEALINGS_REACH and lowered[k] in DEALINGS | _DEALINGS_JOINING:
        k += 1          # ("oil and fuel exports to...": more dealings named)
    if lowered[k:k + 1] == ["of"]:
        # (the goods dealt in, named after "of": "exports of refined oil to...", not arms: "shipments of arms to")
        goods = next((j for j in range(k + 1, min(end, k + 1 + GOODS_REACH)) if lowered[j] in _DEALINGS_PREPOSITIONS),
                     None)
        if goods is None or not all(w in _COMMERCE_GOODS or w in _DEALINGS_JOINING or w == "-"
                                    for w in lowered[k + 1:goods]):
            return None
        k = goods
    if k >= end or lowered[k] not in _DEALINGS_PREPOSITIONS:
        return None
    party = k + 1 + (lowered[k + 1:k + 2] == ["the"])
    if party >= end or not raw[party][:1].isupper() or lowered[party] in _VICTIMS:
        return None     # (nor a victim of the harm the issue names: "halt exports of fuel to Ukraine" presses no one)
    named = next((j for j in range(party + 1, min(end, party + PARTY_NAME_REACH)) if not raw[j][:1].isupper()),
                 min(end, party + PARTY_NAME_REACH))
    return f"pressure: {lowered[verb]} {' '.join(raw[noun:k])} {lowered[k]} {' '.join(raw[party:named])}", noun, party


CUTTING_REACH = 3       # "should be tightened to stop", "must immediately halt"
DEALINGS_REACH = 3      # "all remaining oil exports"
PARTY_NAME_REACH = 3    # "North Korea", "the Kim Jong Un" (as its cue names it)
GOODS_REACH = 6         # "exports of refined petroleum to", "exports of crude oil and refined petroleum to"
# goods of commerce named after "of" (not arms or aid, which may be a friend's support)
_COMMERCE_GOODS = frozenset("oil gas crude petroleum refined coal fuel fuels lng natural liquefied goods products "
                            "luxury chips semiconductors technology technologies machinery steel iron grain food "
                            "seafood dual use dual-use critical rare earths minerals components parts items "
                            "equipment".split())
# the victims the taxonomy names beside an adversary, whose dealings cut press no one
_VICTIMS = frozenset("ukraine kyiv kiev crimea taiwan taipei".split())
_CUTTING = frozenset("stop halt end ban suspend freeze sever cut curb block restrict prohibit embargo".split())
_CUTTING_ONLY_OFF = frozenset(("cut",))     # ("cut tariffs with..." is no sanction: "cut off trade" is)
# (commerce only: aid, arms and supplies may be a friend's support, whose end presses no one)
DEALINGS = frozenset("trade trading exports imports fuel oil investment investments transactions remittances "
                     "payments purchases business dealings financing loans credit commerce".split())
_SANCTIONS_EASED = frozenset("restrictions restriction barriers barrier curbs curb limits limit sanctions sanction "
                             "bans ban tariffs tariff obstacles controls embargo embargoes".split())
_ARMS_SUPPLIED = frozenset("arms weapons weapon military munitions ammunition defense defence security missile "
                           "missiles drones drone tanks artillery rockets shells".split())
_DEALINGS_JOINING = frozenset("and or".split())
_DEALINGS_PREPOSITIONS = frozenset("with to from into".split())


def an_ending_verb(lowered: list[str], k: int) -> bool:
    """Whether token k is a verb that ends conduct or gives a thing up ("cease", "halt", "give up", "abandon")."""
    return lowered[k] in _ENDING or _gives_up(lowered, k)


def _gives_up(lowered: list[str], k: int) -> bool:
    """Whether token k is a verb of giving up what it takes ("abandon", "dismantle", "give up", "given up")."""
    return lowered[k] in _GIVING_UP or (lowered[k] in _GIVING and lowered[k + 1:k + 2] == ["up"])


# verbs of giving a thing up or doing away with it
_GIVING_UP = frozenset(f"{stem}{ending}" for stem, endings in (
    ("abandon", ("", "s", "ed", "ing")), ("dismantl", ("e", "es", "ed", "ing")), ("scrap", ("", "s", "ped", "ping")),
    ("relinquish", ("", "es", "ed", "ing")), ("renounc", ("e", "es", "ed", "ing")), ("surrender", ("", "s", "ed", "ing")),
    ("forgo", ("", "es", "ne")), ("forego", ("", "es", "ne")), ("eliminat", ("e", "es", "ed", "ing")),
    ("destroy", ("", "s", "ed")), ("dispose", ("", "s", "d")), ("disarm", ("",))) for ending in endings)
_GIVING = frozenset("give gives gave given giving".split())


def _arsenal_given_up(lowered: list[str], clause_start: int, modal: int, after: int, verb: int, end: int, *,
                      raw: list[str] | None = None) -> tuple[int, str] | None:
    """'The port must abandon its nuclear weapons', 'should give up its missile programme', 'its arsenal must be
    dismantled': a call to give up an arsenal or an arms programme is a call to end harmful conduct, +1 (and one not
    to, -1), as a call to halt it is. Only where the arsenal is the verb's own object, with nothing but determiners
    and words of arms between ("should abandon the idea of nuclear weapons" gives up an idea, and is read as it
    stands), or, for a passive, the call's subject; not our own ("we must not give up our nuclear deterrent")."""
    between = lowered[after:verb]
    pressed = True      # (the one giving up is another, pressed by the call, not the call's own subject)
    if "that" in between:
        # the verb in the clause completing the call ("should insist that the port give up its weapons"), a call not
        # denied ("should not demand that..." may be a call for talks first: read as it stands); whose arsenal it
        # is, the clause says ("Japan must demand that the port give up its weapons")
        opens = after + len(between) - between[::-1].index("that")
        if not _NEGATIONS.isdisjoint(lowered[modal:opens]):
            return None
        denied, clause_start = not _NEGATIONS.isdisjoint(lowered[opens:verb]), opens
    elif all(w in _NEGATIONS or w in _CALLED_STRAIGHT or w.endswith("ly") for w in between):
        denied, pressed = not _NEGATIONS.isdisjoint(between), False
    elif (demanded := _demanded_of(between, raw[after:verb] if raw is not None else None)) is not None:
        # "must demand the port scrap its arsenal", "should also press the port to give up its weapons": the one
        # pressed gives it up (a call not to press reads as it stands, as one not to demand does)
        denied, clause_start = False, after + demanded
    else:
        return None     # ("should not wait for the port to give up...": the call's own verb is another)
    start = verb + 2 if lowered[verb] in _GIVING else verb + 1
    arsenal = None
    for k in range(start, min(end, start + OBJECT_REACH)):
        if _an_arsenal(lowered, k) or (pressed and lowered[k] in _ARMS_HOLDINGS and k > start and lowered[k - 1] in _ARMS):
            # (and where another is pressed, where its arms are made or kept: "must demand the port scrap all of its
            # nuclear materials and facilities"; a town's own "missile capabilities" given up are no danger ended)
            arsenal = k
            break
        if lowered[k] not in _IN_AN_ARSENAL and lowered[k] not in DETERMINERS:
            break
    if arsenal is None:
        passive = between in (["be"], ["not", "be"], ["never", "be"])
        arsenal = next((k for k in range(clause_start, modal) if _an_arsenal(lowered, k)), None) if passive else None
    if arsenal is None or not _anothers_arsenal(lowered, clause_start, arsenal):
        return None
    return (-1 if denied else 1), " ".join(w for w in ("against the harm:", "not" if denied else "", lowered[verb],
                                                        lowered[arsenal]) if w)


def _disarming_dropped(lowered: list[str], clause_start: int, modal: int, verb: int, end: int) -> tuple[int, str] | None:
    """'Washington should drop its demand for denuclearization', 'must not abandon the goal of denuclearization',
    'Nobody should abandon...': the aim of disarming another given up is a call to accept the arsenal, -1 (refused,
    +1), whatever the aim's words. Only where the aim is the verb's object: determiners and words of aiming before
    it; not an aim dropped as a condition ("drop its demand for denuclearization as a precondition for talks": a call
    for talks)."""
    start = verb + 2 if lowered[verb] in _GIVING else verb + 1
    for k in range(start, min(end, start + AIM_REACH)):
        if lowered[k] in _DISARMING:
            if not _CONDITIONS.isdisjoint(lowered[k + 1:min(end, k + 1 + CONDITION_REACH)]) or any(
                    w in _TALKS and not _FOR_THE_SAKE_OF.isdisjoint(lowered[k + 1:j]) for j, w in enumerate(
                        lowered[k + 1:end], start=k + 1)):
                return None     # (a bargain for talks: "...denuclearization up front to restart talks", "before talks
                #                 begin"; not "at the summit")
            denied = not _NEGATIONS.isdisjoint(lowered[modal:verb]) or not NO_ONE.isdisjoint(lowered[clause_start:modal])
            return (1 if denied else -1), " ".join(w for w in ("disarming dropped:", "not" if denied else "",
                                                               lowered[verb], lowered[k]) if w)
        if (lowered[k] not in DETERMINERS or lowered[k] == "that") and lowered[k] not in _AIMING and not any(
                w.endswith(POSSESSIVE_ENDINGS) for w in lowered[k:k + 2]):
            return None     # (past a holder's name: "the demand for North Korea's denuclearization"; not "the idea
            #                 that denuclearization is impossible")
    return None


AIM_REACH = 7       # "drop the demand for North Korea's complete denuclearization"
# verbs that put an aim aside, besides those of giving up ("forget denuclearization", "drop the demand for...")
_DROPPING = frozenset("drop drops dropped dropping forget forgets forgot forgetting shelve shelves shelved shelving "
                      "ditch ditches ditched ditching jettison jettisons jettisoned jettisoning".split())
_DISARMING = frozenset("denuclearization denuclearisation disarmament".split())
_AIMING = frozenset("goal goals aim aims objective objectives demand demands demanding insistence pursuit "
                    "of for on about complete full verifiable irreversible total".split())
_CONDITIONS = frozenset("precondition preconditions condition conditions prerequisite prerequisites first upfront "
                         "front".split())
_TALKS = frozenset("talks dialogue negotiations negotiation diplomacy summit engagement".split())
_FOR_THE_SAKE_OF = frozenset("to for before until".split())
CONDITION_REACH = 4     # "denuclearization as a precondition"


def _demanded_of(between: list[str], written: list[str] | None) -> int | None:
    """Where the one a call presses is named, in the words between the call's modal and a verb of giving up
    ("demand the port", "also press Westport to", "continue to call on the port to"): the index in `between` after
    the verb of pressing, or None where they are other words. The one pressed opens with a determiner or a name
    (`written`: the same words as written; not "push hard to", "get ready to", "press on to")."""
    verb = next((k for k, w in enumerate(between) if not (
        w in _CALLED_STRAIGHT or w.endswith("ly") or w in _CONTINUING or w in _ASIDE_LINKS)), len(between))
    if verb == len(between) or between[verb] not in _PRESSING:
        return None
    named = verb + (2 if between[verb] in _CALLING and between[verb + 1:verb + 2] == ["on"] else 1)
    pressed = between[named:-1] if between[-1] == "to" else between[named:]
    if not pressed or len(pressed) > NAME_REACH or not all(w[:1].isalpha() and w not in _NOT_IN_THE_PRESSED for w in pressed):
        return None
    if pressed[0] not in DETERMINERS and (written is None or not written[named][:1].isupper()):
        return None
    return named


# verbs of pressing another to act ("demand the port scrap", "urge the port to give up"; "call on the port to")
_PRESSING = frozenset("demand press urge push pressure pressing compel force require get call".split())
_CALLING = frozenset(("call",))
_CONTINUING = frozenset("continue keep".split())      # ("must continue to press the port to...")
_ASIDE_LINKS = frozenset(", however therefore moreover".split())      # ("must, however, press the port to...")
# words no name of the one pressed holds ("press it not to", "urge the port and...")
_NOT_IN_THE_PRESSED = frozenset("not never and or but that which who to it them us".split())
# where arms are made or kept, given up as an arsenal is where arms words name them ("its nuclear facilities")
_ARMS_HOLDINGS = frozenset("materials material facilities facility sites stockpile stockpiles installations "
                           "capabilities capability".split())


def _anothers_arsenal(lowered: list[str], clause_start: int, arsenal: int) -> bool:
    """Whether the arsenal named at `arsenal` is another's: not a noun that only qualifies the next ("its arms
    deliveries"), not one's own ("nuclear weapons of its own", "our deterrent"), and not one held by the writer's side
    named in the clause ("Washington must never give up its nuclear arsenal")."""
    following = lowered[arsenal + 1] if arsenal + 1 < len(lowered) else "."
    if following[:1].isalpha() and following not in _AFTER_A_HEAD_NOUN and following not in AUXILIARIES:
        return False
    if "own" in lowered[arsenal + 1:arsenal + 4] or "our" in lowered[max(clause_start, arsenal - OBJECT_REACH):arsenal]:
        return False
    return _WRITERS_SIDE.isdisjoint(lowered[clause_start:arsenal])


# what may follow an arsenal's head noun ("give up its weapons in return for...", "its arsenal before the talks")
_AFTER_A_HEAD_NOUN = frozenset("of and or to by in on before after at for which that as from with under within until "
                               "unless if while because so once entirely completely altogether".split())
# the writer's side, named ("Tokyo must never give up its...", "we must not abandon our..."): a call on it to disarm
# is no pressure on another's conduct
_WRITERS_SIDE = frozenset("japan japanese tokyo america american americans washington we our nato allies allied "
                          "alliance".split())
# words a call may stand on before its own verb ("must not be dismantled", "must now abandon", "must also give up")
_CALLED_STRAIGHT = frozenset("be to also now still immediately finally first at once".split())


# words within an arsenal's name ("all its remaining nuclear and ballistic missile programs", "the pursuit of
# nuclear weapons")
_IN_AN_ARSENAL = _ARMS | frozenset("its his their all entire whole remaining existing and ballistic long-range "
                                   "intercontinental atomic pursuit quest of chemical biological".split())


def status_granted(lowered: list[str], at: int) -> str | None:
    """'a deal that recognizes the port as a nuclear state', 'accept the port as a nuclear power', 'legitimizing the
    port's nuclear status', 'we must live with a nuclear-armed port': the actor named at token `at` granted the
    standing its harmful conduct seeks, which is to tolerate the conduct. A call on the grant is the reverse of one on
    pressure: refused, it is for pressure (+1); asked for, against it (positions.py reads calls only). The cue, or
    None."""
    verb = next((k for k in range(at - 1, max(-1, at - 1 - GRANT_REACH), -1) if lowered[k] in _GRANTING or (
        lowered[k] == "with" and lowered[k - 1:k] != [] and lowered[k - 1] in _LIVING)), None)
    if verb is not None and lowered[verb] in _ACCEPTING and _accepted_that(lowered, verb, at):
        stated = _standing_stated(lowered, verb, at)   # "accept that the port is a nuclear power"
        if stated is not None:
            return stated   # (else read as before: "accept the port as...", "accept that the port's nuclear status...")
    if verb is None or not all(w in _IN_A_GRANT or w in DETERMINERS for w in lowered[verb + 1:at]):
        return None
    # the actor's name runs to its first word that is no name word; the writer's side is granted nothing here
    name_end = _actors_name_end(lowered, at, _AFTER_A_NAME)
    if not _WRITERS_SIDE.isdisjoint(lowered[at:name_end]):
        return None
    possessive = any(w.endswith(("'s", "\u2019s")) for w in lowered[at:name_end])
    after = lowered[name_end:name_end + STATUS_REACH]
    # "as a (de facto) nuclear (weapons) power / state", "the port's nuclear status", or "a nuclear-armed port" with
    # nothing of the port's after it ("tolerate a nuclear-armed port's provocations" tolerates the provocations)
    as_a_standing = after[:1] == ["as"] and any(w.startswith("nuclear") for w in after) and not _STANDINGS.isdisjoint(
        after) and BREAK_TOKENS.isdisjoint(after[:after.index(next(w for w in after if w in _STANDINGS))])
    its_status = possessive and lowered[name_end:name_end + 2] in (["nuclear", "status"], ["nuclear", "standing"])
    # (not one recognized for what it is: "recognize a nuclear-armed port for the threat it is")
    armed = any(w.startswith("nuclear") for w in lowered[verb + 1:at]) and not possessive and after[:1] not in (
        ["for"], ["as"])
    return f"{lowered[verb]} its nuclear standing" if as_a_standing or its_status or armed else None


def _actors_name_end(lowered: list[str], at: int, stops: frozenset[str]) -> int:
    """Where the actor's name that starts at `at` ends: its first word that is no name word (not a word, or one of
    `stops`), within NAME_REACH words."""
    return next((k for k in range(at, min(len(lowered), at + NAME_REACH)) if not lowered[k][:1].isalpha()
                 or lowered[k] in stops), min(len(lowered), at + NAME_REACH))


def _accepted_that(lowered: list[str], verb: int, at: int) -> bool:
    """Whether a clause opening on the actor's name at `at` completes the verb of accepting at `verb`: "accept that
    the port...", "accept the fact (the reality) that the port...", "accept the port is..." ("recognize that..." and
    "acknowledge that..." grant a fact, which a call for pressure may start from: not read here); not a verb in the
    opening clause of condition or concession that holds it ("Even if the capital accepts that the port is a nuclear
    power, the towns must keep up the pressure"; "If talks fail, the capital must accept that..." still calls)."""
    if lowered[verb + 1:at] not in ([], ["that"], ["the", "fact", "that"], ["the", "reality", "that"]):
        return False
    opening = 2 if lowered[:2] == ["even", "if"] else 1 if lowered[:1] and lowered[0] in _CONDITIONING else None
    return opening is None or "," in lowered[opening:verb]


def _standing_stated(lowered: list[str], verb: int, at: int) -> str | None:
    """The cue where the clause after the actor's name at `at` states a nuclear standing ("is a nuclear power", "has
    become a de facto nuclear weapons state", "is now nuclear-armed", "will remain a nuclear power"), not denied and
    not in a later clause; or None."""
    name_end = _actors_name_end(lowered, at, _AFTER_A_NAME | _STATING_A_STANDING)
    if not _WRITERS_SIDE.isdisjoint(lowered[at:name_end]) or name_end >= len(lowered) or \
            lowered[name_end] not in _STATING_A_STANDING:
        return None
    predicate = lowered[name_end + 1:name_end + 1 + STATUS_REACH]
    standing = next((j for j, w in enumerate(predicate) if w in _STANDINGS or w in ("armed", "nuclear-armed")), None)
    if standing is None or not any(w.startswith("nuclear") for w in predicate[:standing + 1]) or \
            not BREAK_TOKENS.isdisjoint(predicate[:standing]) or not _DENYING_A_STANDING.isdisjoint(predicate[:standing]):
        return None
    return f"{lowered[verb]} its nuclear standing"


_ACCEPTING = frozenset("accept accepts accepted accepting".split())
# what states the standing after the actor's name ("is", "has become", "remains")
_STATING_A_STANDING = frozenset("is has remains will".split())
_CONDITIONING = frozenset("if when although though while unless whether once because".split())
_DENYING_A_STANDING = frozenset("not never no n't unlikely".split())
NAME_REACH = 4          # "kim jong un", "the north"
_AFTER_A_NAME = frozenset("as and or in on to with for by from that which who nuclear".split())
_STANDINGS = frozenset("power powers state states".split())
GRANT_REACH = 6         # "recognizes a nuclear-armed port" (the hyphen a token of its own), "accept the port"
STATUS_REACH = 7        # "the port as a de facto nuclear weapons state"
_GRANTING = frozenset("recognize recognizes recognized recognizing recognise recognises recognised recognising "
                      "accept accepts accepted accepting legitimize legitimizes legitimized legitimizing legitimise "
                      "legitimises legitimised legitimising acknowledge acknowledges acknowledged acknowledging "
                      "tolerate tolerates tolerated tolerating".split())
_LIVING = frozenset("live lives lived living coexist coexists coexisted coexisting".split())     # "live with a..."
_IN_A_GRANT = frozenset("a an the nuclear - armed capable nuclear-armed nuclear-capable effectively de facto formally tacitly".split())


def pressure_eased(lowered: list[str]) -> str | None:
    """'Sanctions on the port should not be eased until...', 'Relief from the sanctions would be a mistake', 'if the
    pressure is slackened, the talks will fail': an easing of sanctions or pressure on another's conduct, named in
    the sentence. Where the sentence judges the easing badly or refuses it, it is for the pressure (+1), as a call
    not to tolerate the conduct is; where it asks for the easing, that may be a bargain for talks, and is read as it
    stands. The cue, or None."""
    if _PRESSURE.isdisjoint(lowered):
        return None     # (most sentences)
    for k, word in enumerate(lowered):
        if word not in _PRESSURE:
            continue
        before = lowered[max(0, k - EASED_REACH):k]
        # "ease the sanctions", "sanctions relief", "relief from sanctions", "the easing of sanctions", and the
        # passive "sanctions ... should not be eased"
        eased = next((j for j in range(k + 1, min(len(lowered), k + 1 + EASED_REACH)) if lowered[j] in _EASED), None)
        if not _SOUGHT.isdisjoint(before):
            continue    # (an easing someone seeks is their aim: "the port insists on prioritizing the lifting of
            #              sanctions", "the port's call for sanctions relief"; the verdict is on something else)
        if (_EASING.intersection(before) and not BREAK_TOKENS.intersection(before[-2:])) or (
                lowered[k + 1:k + 2] and lowered[k + 1] in _RELIEF) or (
                eased is not None and _BE_OR_GET.intersection(lowered[k + 1:eased])
                and BREAK_TOKENS.isdisjoint(lowered[k + 1:eased])):
            return f"easing {word}"
    return None


EASED_REACH = 8         # "sanctions on North Korea should not be eased", "ease the international economic sanctions"
_PRESSURE = frozenset("sanctions pressure".split())
_EASING = frozenset("ease eases easing lift lifts lifting loosen loosens loosening relax relaxes relaxing slacken "
                    "slackens slackening relief waive waives waiving remove removes removing".split())
_RELIEF = frozenset("relief".split())
_SOUGHT = frozenset("call calls called demand demands demanded demanding insist insists insisted insisting seek seeks "
                    "seeking sought want wants wanted wanting prioritize prioritizes prioritizing prioritise prioritises "
                    "prioritising request requests requested requesting".split())
_EASED = frozenset("eased lifted loosened relaxed slackened waived removed".split())


def yields_to(lowered: list[str], at: int) -> str | None:
    """'The towns should not succumb to the port', 'must not give in to the port's intimidation', 'should bow to the
    port's demands': the one named at token `at` is what a verb of yielding yields to. A call on yielding to another
    is the reverse of one on pressure on it: refused, for the pressure (+1); asked for, against it. The cue, or None."""
    k = at - 1
    while k >= 0 and lowered[k] in DETERMINERS:
        k -= 1      # ("to the port", "to this port")
    if k < 1 or lowered[k] != "to":
        return None
    verb = lowered[k - 1]
    if verb in _YIELDING or (verb in _INTO_A_YIELD and k > 1 and lowered[k - 2] in _YIELDING_BEFORE_A_PARTICLE):
        return f"yielding: {verb} to"
    return None


# verbs of yielding to another ("succumb to", "capitulate to", "bow to"; "give in to", "cave in to" with a particle)
_YIELDING = frozenset("succumb succumbs succumbed succumbing capitulate capitulates capitulated capitulating bow bows "
                      "bowed bowing kowtow kowtows kowtowed kowtowing submit submits submitted submitting "
                      "acquiesce acquiesces acquiesced acquiescing".split())
_INTO_A_YIELD = frozenset(("in",))
_YIELDING_BEFORE_A_PARTICLE = frozenset("give gives gave given giving cave caves caved caving".split())


def gives_way_to(raw: list[str], lowered: list[str], at: int) -> str | None:
    """'The towns must not appease Westport', 'should make no concessions to Westport', 'must not lower the hurdles
    for Westport': the party named at token `at` (a name, not the writer's side: "must not lower the barriers for
    free trade" keeps a restriction on an activity) is given way to. A call refusing it is for the pressure on the one
    named (+1), as a call refusing to yield to it is; positions.py reads it only refused, since one asking for it may
    be a bargain for talks. The cue, or None."""
    if not raw[at][:1].isupper() and not (lowered[at] == "the" and raw[at + 1:at + 2] and raw[at + 1][:1].isupper()):
        return None     # (a name: "Westport", "the North"; not "the ferry operator")
    following = raw[at + 1] if at + 1 < len(raw) else "."
    if following[:1].islower() and following.isalpha() and lowered[at + 1] not in _AFTER_A_NAME:
        return None     # (a people's adjective before a noun: "the barriers for Chinese imports", an activity)
    if not _WRITERS_SIDE.isdisjoint(lowered[at:at + NAME_REACH]):
        return None     # ("must not make concessions to Washington": no pressure on another's conduct)
    k = at - 1
    while k >= 0 and lowered[k] in DETERMINERS:
        k -= 1      # ("appease the port", "concessions to this port")
    if k < 1:
        return None
    if lowered[k] in _APPEASING:
        return f"giving way: {lowered[k]}"
    if lowered[k] == "to" and lowered[k - 1] in _CONCESSIONS:
        return f"giving way: {lowered[k - 1]} to"
    if lowered[k] == "for" and lowered[k - 1] in _HURDLES and not _LOWERING.isdisjoint(lowered[max(0, k - HURDLE_REACH):k]):
        if any(w == "to" and j + 1 < len(lowered) and lowered[j + 1].isalpha() and lowered[j + 1] not in DETERMINERS
               for j, w in enumerate(lowered[at:at + NAME_REACH + 1], start=at)):
            return None     # ("must not lower the bar for Kyiv to join the alliance": a criterion for what it does)
        return f"giving way: lower the {lowered[k - 1]} for"
    return None


# verbs of giving way to another, which take it as their object ("appease the port")
_APPEASING = frozenset("appease appeasing placate placating mollify mollifying reward rewarding indulge indulging "
                       "coddle coddling".split())
_CONCESSIONS = frozenset("concession concessions".split())
_HURDLES = frozenset("hurdle hurdles bar barrier barriers threshold".split())
_LOWERING = frozenset("lower lowering lowered ease easing relax relaxing".split())
HURDLE_REACH = 4        # "lower the high hurdles for the port"


def _disregards(lowered: list[str], k: int) -> bool:
    """Whether token k is a verb of disregarding what it takes ("dismiss", "downplay", "turn a blind eye to")."""
    return lowered[k] in _DISREGARDING or (lowered[k] in _TURNING and lowered[k + 1:k + 4] == ["a", "blind", "eye"])


_DISREGARDING = frozenset("dismiss downplay underestimate underplay whitewash".split())
_TURNING = frozenset("turn turning".split())


def acts_on_a_danger(lowered: list[str], kinds: list[str], after: int, at: int, end: int) -> str | None:
    """'The allies need to work together to deal with a rising rival, confront a dangerous North Korea...', 'will
    address ... the threat of nuclear weapons', 'talks about how to handle the North Korea problem': a call whose verb
    acts on the issue's name, with a word of danger in that object, is a call for pressure on the danger, +1 by the
    convention (readers found such calls read as against the issue unfair), whatever judging words describe it. The
    cue, or None. `after`: where the call's words end; `at`: the issue's name; `end`: its clause's end; `kinds`: each
    token's clause kind (the verb is in the call's clause: not "we must lower expectations that the summit will
    help in stopping North Korea's missile belligerence")."""
    verb = next((k for k in range(max(after, at - ACTING_REACH), at) if kinds[k] == kinds[after - 1] and (
        lowered[k] in _ACTING_ON or (lowered[k] in _DEALING and lowered[k + 1] == "with"))), None)
    if verb is None or not _BREAKING_AN_OBJECT.isdisjoint(lowered[verb:at]) or not _RELIANCE.isdisjoint(lowered[verb:at]):
        return None     # (nor "must avoid a dangerous dependence on the ferry": relying on it is the danger)
    danger = next((k for k in range(verb + 1, min(end, at + DANGER_AFTER_REACH))
                   if lowered[k] in _DANGERS or _harmful(lowered, k)), None)
    if danger is None or not _BREAKING_AN_OBJECT.isdisjoint(lowered[at:danger]):
        return None
    return f"against the harm: {lowered[verb]} {lowered[danger]}"


ACTING_REACH = 8            # "address the issue of nationals abducted by North Korea"
DANGER_AFTER_REACH = 8      # "North Korea and the threat of nuclear weapons"
_ACTING_ON = _OPPOSING | frozenset("handle handling manage managing".split())
_DEALING = frozenset("deal dealing cope coping".split())
_DANGERS = frozenset("dangerous danger dangers problem problems crisis menace menacing threatening".split())
_BREAKING_AN_OBJECT = frozenset(", ; : but which that who while".split())


def stand_against_a_measure(lowered: list[str], after: int, at: int, end: int) -> str | None:
    """'We must resist protectionism', 'Japan should reject the tariffs', 'must oppose isolationist pressures': a call
    whose verb stands against a harmful measure or a doctrine opposed to the issue's good, the issue's own name and
    the head of the verb's object, is for the issue's good (+1), whatever sign the verb carries on its own ("reject"
    judges what it takes badly: here that is the barrier). Only a verb soon after the call's words (ending at
    `after`), with nothing but determiners, modifiers and other measures listed before the name at `at` in its clause
    (ending at `end`); not "reject calls for tariffs" (another object), an easing of the measure ("oppose tariff
    cuts", "reject lower tariffs", "oppose lifting the tariffs") or a thing the measure only qualifies ("reject the
    tariff deal"), nor a stand ended or denied ("should stop fighting the tariffs", "should never oppose tariffs").
    The cue, or None."""
    measure = doctrine_at(lowered, at) if at + 1 < end and names_the_opposite(lowered, at) else at
    if lowered[measure] not in HARMFUL_MEASURES and lowered[measure] not in OPPOSED_DOCTRINES:
        return None
    # (the measure heads the object: a follower's word may take its noun, "protectionist measures")
    head = measure + 1 if lowered[measure] in _FOLLOWERS_WORDS and measure + 1 < end and \
        lowered[measure + 1].isalpha() and lowered[measure + 1] not in _AFTER_A_HEAD else measure
    if head + 1 < end and lowered[head + 1].isalpha() and lowered[head + 1] not in _AFTER_A_HEAD:
        return None
    verb = next((k for k in range(after, min(at, after + VERB_REACH)) if lowered[k] in _STANDS), None)
    if verb is None or at - verb > OBJECT_REACH + LISTED_MEASURES or any(
            not (w[:1].isalpha() or w == ",") or w in _NOT_IN_A_MEASURES_OBJECT or w in _EASING_A_MEASURE
            or w.endswith("ing") for w in lowered[verb + 1:at]):
        return None
    ending = [k for k in range(after, verb) if lowered[k] in _ENDING_A_STAND]
    if any(not (lowered[k] == "not" and lowered[k + 1:k + 2] == ["only"]) for k in ending):
        return None     # ("should not only resist protectionism but also..." still stands against it)
    return f"against the measure: {lowered[verb]} {lowered[measure]}"


LISTED_MEASURES = 3     # "resist protectionism and unilateralism": other measures listed before the name
# words that may follow the head of the object ("tariffs on cars", "tariffs and quotas", "protectionism, which")
_AFTER_A_HEAD = frozenset("on in of from against and or but that which who as at by for to with".split())
_FOLLOWERS_WORDS = frozenset("protectionist isolationist unilateralist".split())
# verbs of a stand against a measure ("resist", "reject", "fight", "stop", "prevent"; not "retaliate against", nor
# "end up accepting")
_STANDS = (OPPOSING - frozenset("against opposition resistance rejection end ending".split())) | frozenset(
    "stop stopping prevent preventing halt halting block blocking".split())
# words of an easing before the measure's name ("reject lower tariffs", "oppose zero tariffs")
_EASING_A_MEASURE = frozenset("lower lowered reduced fewer less lighter eased relaxed zero low no".split())
# verbs that end or shun the stand before its verb ("should stop fighting the tariffs", "refrain from opposing")
_ENDING_A_STAND = frozenset("stop stops stopped cease ceases quit quits halt end ends refrain abandon drop give "
                            "not never".split())
# words no object of the stand holds before the measure's name ("reject calls for tariffs", "resist the urge to...")
_NOT_IN_A_MEASURES_OBJECT = AUXILIARIES | MODALS | frozenset(
    "of for to on in with by from about over against that which who but not calls call pressure "
    "urge temptation demands demand".split())


# words of damage done to what follows them ("the tolls undermine the pact", "damaged ten years of work", "will
# erode trust in the pact"); other judging words before an issue's name judge it or the situation, no harm done to
# it: "a burden of maintaining the order", "the uncertainty of where the launchers are", "Turmoil prevailed among the
# pact's members", "threatening tariffs" (the tariffs are the menace), "I was wrong to treat the pact as..." (readers
# of real prose found 2 of 13 readings of harm done to it fair; 7 of the 11 unfair ones had no word of damage)
# blame laid unjustly, damage done to its object's standing ("scapegoated the alliance", "disparaged the pact")
_BLAMING_UNJUSTLY = frozenset(f"{stem}{ending}" for stem, endings in (
    ("scapegoat", ("", "s", "ed", "ing")), ("disparag", ("e", "es", "ed", "ing")), ("denigrat", ("e", "es", "ed", "ing")),
    ("belittl", ("e", "es", "ed", "ing")), ("vilif", ("y", "ies", "ied", "ying")), ("demoniz", ("e", "es", "ed", "ing")),
    ("demonis", ("e", "es", "ed", "ing")), ("disregard", ("",)), ("disdain", ("",)), ("contempt", ("",)))
    for ending in endings)
DAMAGING = frozenset(
    f"{stem}{ending}" for stem, endings in (
        ("damag", ("e", "es", "ed", "ing")), ("harm", ("", "s", "ed", "ing")), ("hurt", ("", "s", "ing")),
        ("undermin", ("e", "es", "ed", "ing")), ("erod", ("e", "es", "ed", "ing")), ("erosion", ("",)),
        ("weaken", ("", "s", "ed", "ing")), ("diminish", ("", "es", "ed", "ing")), ("wreck", ("", "s", "ed", "ing")),
        ("sabotag", ("e", "es", "ed", "ing")), ("derail", ("", "s", "ed", "ing")), ("imperil", ("", "s", "led", "ed")),
        ("jeopardiz", ("e", "es", "ed", "ing")), ("jeopardis", ("e", "es", "ed", "ing")),
        ("endanger", ("", "s", "ed", "ing")), ("destabiliz", ("e", "es", "ed", "ing")),
        ("destabilis", ("e", "es", "ed", "ing")), ("hollow", ("", "s", "ed", "ing")),
        ("worsen", ("", "s", "ed", "ing")), ("destroy", ("", "s", "ed", "ing")), ("ruin", ("", "s", "ed", "ing")),
        ("poison", ("", "s", "ed", "ing")), ("corrod", ("e", "es", "ed", "ing")),
        ("disrupt", ("", "s", "ed", "ing")), ("impair", ("", "s", "ed", "ing")),
        # ("crippling sanctions" are pressure, not harm: no "cripple")
        ("distort", ("", "s", "ed", "ing")), ("unravel", ("", "s", "led", "ed", "ling", "ing")),
        # (obstruction: "the cap is hampering reform", "obstacles restricting meaningful reform" harm it too)
        ("hamper", ("", "s", "ed", "ing")), ("hinder", ("", "s", "ed", "ing")), ("imped", ("e", "es", "ed", "ing")),
        ("undercut", ("", "s", "ting")),
        ("stifl", ("e", "es", "ed", "ing")), ("stymie", ("", "s", "d")), ("stymying", ("",)), ("stymieing", ("",)),
        ("restrict", ("", "s", "ed", "ing")),
        ("paralyz", ("e", "es", "ed", "ing")), ("paralys", ("e", "es", "ed", "ing")),
        ("negatively", ("",)), ("adversely", ("",)))
    for ending in endings) | frozenset("destruction destructive harmful detrimental corrosive ruinous dangerous".split()) \
    | _BLAMING_UNJUSTLY


_PUTTING = frozenset("put puts putting placed places placing".split())
_NAMING_DAMAGE = frozenset("damage harm hurt ruin poison wreck erosion destruction destructive harmful detrimental corrosive "
                            "ruinous dangerous negatively adversely".split())


def damages(lowered: list[str], index: int, length: int, at: int) -> bool:
    """Whether the judging word at `index` tells damage done to what follows it, up to the issue's name at `at`: a
    word of damage, or any harm followed by "to" and a noun ("a blow to the pact", "setbacks to the rebalance", "a
    threat to Japan-U.S. ties"; not "a mistake to treat...")."""
    end = index + length
    if worry_for_a_good(lowered, index, end, at):
        return True         # ("concern over the credibility of the pact")
    if lowered[index:end] == ["at", "risk"] and index and lowered[index - 1] in _PUTTING:
        return True         # ("puts at risk the ferry system": what follows is put at risk)
    if lowered[index] in _BLAMING_UNJUSTLY and not _DANGERS_NAMED.isdisjoint(lowered[end:at + DANGER_NAMED_REACH]):
        return False        # ("a mistake to belittle the missile threat": what is belittled is a danger, taken lightly)
    if lowered[index] in DAMAGING or not _LEAVING.isdisjoint(lowered[index:at]) or _threatens(lowered, index):
        return True         # (and a harm that leaving it does: "was wrong to walk away from the pact", "a drift
        #                      away from global leadership")
    # ("blow to" may be one phrase of the lexicon, "setbacks" a word before its "to"; "a negative impact on" the
    # effect's noun before its "on")
    after = end if lowered[end:end + 1] == ["to"] else end - 1 if lowered[end - 1] == "to" else end + 1 if (
        lowered[end:end + 2] in _AN_EFFECT_ON) else None
    if after is None and "for" in lowered[end - 1:end + 1]:
        # ("spells trouble for the alliance", "a setback for the pact", "bad news for the towns"; "for" may end the
        # lexicon's phrase: "a disaster for")
        harm_ends = end if lowered[end - 1] != "for" else end - 1
        if (lowered[harm_ends - 1] in _HARMS_FOR or lowered[harm_ends - 2:harm_ends] == ["bad", "news"]) and \
                not _an_infinitive_after(lowered, at):
            after = harm_ends   # (not "a problem for the pact to solve": the name is the infinitive's subject)
    return after is not None and after + 1 < len(lowered) and (
        at == after + 1 or lowered[after + 1] in DETERMINERS or lowered[after + 1].endswith(("'s", "\u2019s"))
        or lowered[after + 1][:1].isdigit() or lowered[after + 1] in _WHOLE or _adjectives_before_it(
            lowered[after + 1:at]))


# a judging word's effect on what follows ("a negative impact on supply chains", "a harmful effect on the pact")
_AN_EFFECT_ON = [[noun, on] for noun in ("impact", "impacts", "effect", "effects", "influence") for on in ("on", "upon")]
_WHOLE = frozenset("entire whole".split())     # ("a blow to entire supply chains")
# harms named as what they are for someone or something ("a setback for the pact"; not "a mistake for Japan to...",
# whose "for" opens an infinitive's subject)
def _an_infinitive_after(lowered: list[str], at: int) -> bool:
    """Whether the name at `at` is the subject of an infinitive after it ("a problem for the pact to solve"): "to" and a
    verb soon after, not set off by a comma ("..., to say the least") nor a place or a thing ("exports to Eastport")."""
    return any(lowered[k] == "to" and lowered[k - 1] != "," and k + 1 < len(lowered) and lowered[k + 1].isalpha()
               and lowered[k + 1] not in DETERMINERS and lowered[k + 1] not in _NOT_INFINITIVES
               for k in range(at + 1, min(len(lowered) - 1, at + HARM_FOR_NAME_REACH)))


HARM_FOR_NAME_REACH = 4     # "for the ferry pact to"
_NOT_INFINITIVES = frozenset("say be sure".split())     # ("to say the least", "to be sure")
_HARMS_FOR = frozenset("setback setbacks trouble troubles problem problems disaster disasters headache headaches "
                       "challenge challenges risk risks danger dangers catastrophe nightmare".split())


def _adjectives_before_it(between: list[str]) -> bool:
    """'a blow to vital ferry ties', 'a threat to regional ferry links': one or two adjectives between "to" and the
    issue's name (told by their endings, which no verb of an infinitive has: "a mistake to treat the port...")."""
    return 0 < len(between) <= 2 and all(word.isalpha() and word.endswith(_MODIFIER_ENDINGS)
                                         and word not in _VERBS_SO_ENDING for word in between)


_MODIFIER_ENDINGS = ("al", "ic", "ive", "ous", "ful", "ary", "ese", "ian", "ern")
_VERBS_SO_ENDING = frozenset("deal reveal appeal heal seal steal give live revive arrive derive deprive survive strive "
                             "thrive drive forgive panic".split())


def _threatens(lowered: list[str], index: int) -> bool:
    """'the conflict threatens the alliance', 'two factors are threatening to unravel the order': a verb of menace
    with its object or its infinitive tells harm to what follows (readers found such warnings read against the
    alliance or the order unfair); not "threatening tariffs", where the tariffs are the menace."""
    following = lowered[index + 1] if index + 1 < len(lowered) else "."
    return lowered[index] in _THREATENING and (following == "to" or following in DETERMINERS or following in (
        "not", "both") or following.endswith(("'s", "\u2019s")))


_THREATENING = frozenset("threaten threatens threatened threatening".split())
# the verbs by which a sentence tells harm done to something, whatever it is (damage, a threat, an obstacle), and a
# blow dealt; not the nouns and adjectives of damage ("the damage I feared", "that argument is dangerous" judge)
# nor the bare forms that are as often nouns or told of a feeling ("That hurt, honestly.")
# (nor an -ing form, which is as often a verdict's adjective: "Both developments are destabilising")
HARM_DONE = frozenset(w for w in (DAMAGING - _NAMING_DAMAGE) | _THREATENING | frozenset(
    "hamper hampers hampered hinder hinders hindered impede impedes impeded".split()) if not w.endswith("ing")) \
    | frozenset(("blow to", "blows to"))


def threat_made(raw: list[str], lowered: list[str], k: int) -> bool:
    """'The North threatened to answer...', '...to the point of the mayor Ana Ruiz threatening to cut ties', 'Seoul,
    meanwhile, is threatening to quit the pact': a threat to act, told in the past or of a named actor, is an act
    narrated, no judging word (readers found such readings unfair); a threat a thing poses now still warns
    ("tensions are threatening to upend the order", "the tolls threaten the pact"). A name is not read at the
    sentence's start, where any word has a capital."""
    if lowered[k] not in _THREATENING or lowered[k + 1:k + 2] != ["to"]:
        return False
    if lowered[k] == "threatened":
        return True
    j = k - 1
    while j > 0 and (lowered[j] in _BEFORE_A_THREAT or lowered[j] == ","):
        j -= 1
    # (or a person, by the pronoun, as the sentence's subject: "Now he threatens to tear up the pact"; not "Each time he
    # threatens to quit the pact, the islands suffer", a time the main clause is told of; "it threatens..." may be a
    # thing)
    return (j > 0 and raw[j][:1].isupper()) or (j >= 0 and lowered[j] in _PERSONS_THREATENING and all(
        w in _OPENING_A_TOLD_THREAT for w in lowered[:j]) and not any(
            w in (";", ":") or (w == "," and lowered[i + 1:i + 2] in (["and"], ["but"]))
            for i, w in enumerate(lowered[k:], start=k)))     # (no clause of its own after it: "..., and the towns
    #                                                             should resist" reads the threat as harm to the pact)


_PERSONS_THREATENING = frozenset("he she".split())     # (not "they", which may be things)
_OPENING_A_TOLD_THREAT = frozenset("now and but so then yet today again".split())
# auxiliaries and adverbs between an actor and its threat ("has repeatedly threatened", "is now threatening")
_BEFORE_A_THREAT = frozenset("has have had is are was were been be also again repeatedly even now already openly "
                             "publicly reportedly meanwhile once".split())


# "the deteriorating situation in the East China Sea": the place where harm is, not what it harms
PLACING = frozenset("in at near around across along".split())
HARM_TO_IT = "harm to it:"      # the polarity cue of harm done to what the issue names (judge.py reads it)
# "concerned about the missiles", "alarmed at the tests", "hurt by the tariffs": what follows is what the harm or the
# worry comes from, not what it is done to
HARMS_FROM = frozenset("about over at by".split())
# "the threat posed by the rise of China", "the missile threat from the North": the last preposition before the
# issue's name says it is where the harm comes from ("damage done by the tariffs to the alliance" is done to it)
_SOURCES = frozenset("from by".split())
_BEFORE_A_NAME = _SOURCES | frozenset("to of on for against in at about over with".split())


def comes_from(lowered: list[str], start: int, at: int) -> bool:
    """Whether the last preposition between a harm (ending at `start`) and the issue's name at `at` is "from" or
    "by": what the issue names is where the harm comes from, not what it is done to. Not what is left ("drifting
    away from its allies", "wrong to withdraw from the pact": the leaving harms it). An "of" between is passed over:
    "suffer from the imposition of tolls", "the threat posed by the rise of the port" name the source's act."""
    last = next((k for k in range(at - 1, start - 1, -1) if lowered[k] in _BEFORE_A_NAME and lowered[k] != "of"), None)
    return last is not None and lowered[last] in _SOURCES and not (
        lowered[last] == "from" and last and lowered[last - 1] in _LEFT_FROM)


_LEFT_FROM = frozenset("away withdraw withdraws withdrew withdrawn withdrawing retreat retreats retreated retreating "
                       "exit exits exited exiting out".split())
# leaving a thing, or undoing it, which harms it ("out" alone, as in "carry out the tolls", leaves nothing; "its
# foolish decision to scrap the pact" is harm done to the pact)
_LEAVING = _LEFT_FROM - {"out"} | frozenset("walk walks walked walking pull pulls pulled pulling leave leaves left "
                                            "leaving abandon abandons abandoned abandoning quit quits quitting "
                                            "scrap scraps scrapped scrapping terminate terminates terminated "
                                            "terminating ditch ditches ditched ditching dismantle dismantles "
                                            "dismantled dismantling".split())
# faults, no harm done to what they are of: a fault in the handling ("the mayor bungled the ferry talks"), or one
# that what follows has ("the hypocrisy of the pact", "the folly of the tolls" judge the pact and the tolls)
FAULTS = frozenset("bungled botched mishandled mismanaged hypocrisy incompetence ineptitude arrogance hubris "
                    "foolishness recklessness folly".split()) | {"critical of"} | {  # (disapproval of what follows)
    f"{few} {prospect} {of}" for few in ("little", "no") for prospect in ("prospect", "prospects")
    for of in ("of", "for")}    # (and prospects judged poor: "little prospect for improved relations")


def names_an_actor(raw: list[str], at: int, start: int, *, good_named: bool = False) -> bool:
    """A name written with a capital, not an acronym: "North Korea's regime could collapse", "the Kremlin is under
    strain" tell harm to an actor, whose issue is relations with it or pressure on it, not the actor's good ("the
    TPP could collapse" is harm to the pact). At the subject's start a capital says nothing of its own: there a name
    is known by a possessive or a second capitalised word ("Relations between the ports could fray" is no actor's).
    good_named: the issue's mention runs on over the noun after a possessive name ("America's credibility"), so a
    good the actor holds is what it names."""
    word = raw[at]
    if not word[:1].isupper() or word.isupper():
        return False
    after = next((k for k in range(at + 1, len(raw)) if not raw[k][:1].isupper()), len(raw))
    if after < len(raw) and raw[after].lower() in _BONDS and not word.endswith(("'s", "\u2019s")):
        return False        # "But China-Japan relations have been in stalemate": the pair's bond, no actor
    if good_named and word.endswith(("'s", "\u2019s")) and raw[at + 1:at + 2] != [] and \
            raw[at + 1].lower() in _GOODS_OF_AN_ACTOR:
        return False        # "America's credibility will be undermined": harm to a good the issue's mention names, not
        #                     the actor (not "Pyongyang's influence is waning", where the mention names the actor)
    return at > start or word.endswith(("'s", "\u2019s")) or raw[at + 1:at + 2] != [] and raw[at + 1][:1].isupper()


_DANGERS_NAMED = frozenset("threat threats danger dangers risk risks menace".split())
DANGER_NAMED_REACH = 4      # "belittle the ferry cartel's threat", "the North Korean missile threat"
# what two names before it share ("China-Japan relations", "the US-Japan alliance"), which is no actor
_BONDS = frozenset("relations relationship ties alliance partnership cooperation".split())
# what an actor holds that an issue may name ("America's credibility", "Washington's standing")
_GOODS_OF_AN_ACTOR = frozenset("credibility leadership standing influence reputation commitment commitments role "
                               "presence engagement prestige".split())


def names_a_quarrel(lowered: list[str], at: int, judging: frozenset[int] = frozenset()) -> bool:
    """Whether the issue's name at `at` only qualifies a quarrel over it ("the worsening ferry dispute", "the
    worsening harbour toll row") or names what a quarrel named before it is over ("a potential crisis involving the
    islands or the ferry pact"): what worsens is the quarrel, no harm done to what the issue names. Looking back, a
    judging word (at an index of `judging`) or a past verb ends the quarrel's phrase ("The row over tolls damaged the
    pact": the pact is what the row harms)."""
    for word in lowered[at + 1:at + 1 + QUARREL_REACH]:
        if word in QUARRELS:
            return True
        if not word[:1].isalpha() or word in _NOT_IN_A_NAME:
            break
    for k in range(at - 1, max(0, at - QUARRELLED_OVER_REACH) - 1, -1):
        if lowered[k] in _OVER_A_QUARREL:
            return k > 0 and lowered[k - 1] in QUARRELS
        if not (lowered[k].isalpha() or lowered[k] == ",") or lowered[k] in AUXILIARIES or \
                lowered[k] in _ENDING_A_NAME_LIST or k in judging or lowered[k].endswith("ed"):
            return False
    return False


# what joins a quarrel to what it is over ("a crisis involving the islands", "tensions over the pact")
_OVER_A_QUARREL = frozenset("involving over about surrounding concerning around".split())
_ENDING_A_NAME_LIST = frozenset("that which who to with by for from".split())
QUARRELLED_OVER_REACH = 6   # "a crisis involving Taiwan, Japan or the Korean Peninsula"


def harms_by_its_nature(lowered: list[str], at: int) -> bool:
    """Whether the issue's name at `at` names a harm by its nature: a quarrel over it ("a trade war") or a barrier
    ("the tariffs", "protectionism"), which may do harm to what the issue names elsewhere in the sentence."""
    if lowered[at] in HARMFUL_MEASURES:
        return True
    for word in lowered[at + 1:at + 1 + QUARREL_REACH]:     # "the steel tariffs", "the ferry war"
        if word in QUARRELS or word in HARMFUL_MEASURES:
            return True
        if not word[:1].isalpha() or word in _NOT_IN_A_NAME:
            return False
    return False


HARMFUL_MEASURES = frozenset("tariff tariffs decoupling protectionist".split()) | DOCTRINES
QUARREL_REACH = 3       # "the trade dispute", "the North Korea nuclear crisis"
QUARRELS = frozenset("dispute disputes conflict conflicts tension tensions crisis crises row rows feud feuds spat "
                      "quarrel quarrels standoff stand-off friction frictions war wars rivalry "
                      # a problem named after it: "no progress on the North Korean nuclear issue" is no harm to it
                      "issue problem question".split())
_NOT_IN_A_NAME = AUXILIARIES | frozenset("and or of with to in on that which who".split())


def worry_for_a_good(lowered: list[str], index: int, after: int, at: int) -> bool:
    """'I am concerned about the future of the ferry pact', 'generated concern over the credibility of the pact':
    a worry (the word at `index`, ending at `after`) about a good that what the issue names holds, its future or
    its credibility, with nothing but determiners and modifiers on to the issue's name at `at`: the writer fears
    for it, which by the issue convention is a position for it. Not a worry about the thing itself ("concerned
    about the missile tests": what follows is what the worry comes from, HARMS_FROM)."""
    if lowered[index] not in _WORRIES or after + 1 >= at or lowered[after] not in _WORRIED_OVER:
        return False
    good = next((k for k in range(after + 1, min(at + 1, after + 4)) if lowered[k] not in DETERMINERS), None)
    if good is None or lowered[good] not in _GOODS_AT_STAKE:
        return False
    if not _DANGERS_HELD.isdisjoint(lowered[at:at + WORRY_REACH + 1]):
        return False        # ("concerned about the future of the cartel's missile programme": a danger, against it)
    if good == at:
        return True         # (the issue's mention opens on the good: "the credibility of the ferry pact")
    between = lowered[good + 1:at]
    return bool(between) and between[0] == "of" and len(between) <= WORRY_REACH and all(
        w[:1].isalpha() and w not in _NOT_IN_A_NAME - {"of"} for w in between[1:])


_WORRIES = frozenset("concern concerns concerned worry worries worried anxiety anxieties anxious fear fears feared "
                     "unease uneasy alarm alarmed doubt doubts uncertainty uncertainties".split())
_WORRIED_OVER = frozenset("about over regarding for".split())
# what a thing holds that may be at stake ("the future of the pact", "the credibility of the ferry pact")
_GOODS_AT_STAKE = frozenset("future fate credibility survival endurance durability reliability viability "
                            "sustainability health stability cohesion integrity longevity continuity".split())
WORRY_REACH = 4     # "the future of the [harbour towns'] ferry pact"
# what an adversary holds, whose future or credibility is a danger's ("the credibility of the cartel's threats")
_DANGERS_HELD = frozenset("threat threats danger dangers programme programmes program programs arsenal arsenals "
                          "missile missiles weapon weapons occupation annexation aggression invasion provocation "
                          "provocations regime blockade".split())


def object_runs_on(lowered: list[str], after: int, at: int) -> bool:
    """'undermining the post-war rules-based multilateral ferry system': the issue's name ends a long noun
    phrase that the harm takes as its object, with only its determiner and modifiers between (no preposition, no
    conjunction, no clause), within OBJECT_PHRASE_REACH words; the phrase may name a share of them first ("undercut
    two of our most important alliances", "weakens one of the region's pacts")."""
    if lowered[after:after + 2] == ["a", "few"]:
        after += 1      # ("weaken a few of our pacts"; a bare "few of" is almost none, no share harmed)
    if lowered[after:after + 1] != [] and lowered[after] in _SHARES and lowered[after + 1:after + 2] == ["of"] and (
            lowered[after] != "few" or lowered[after - 1] == "a") and (
            after + 2 < at and (lowered[after + 2] in DETERMINERS or lowered[after + 2].endswith(("'s", "\u2019s")))):
        following = lowered[at + 1:at + 1 + SHARE_VERB_REACH]
        if not AUXILIARIES.isdisjoint(following[:next((j for j, w in enumerate(following) if not w[:1].isalnum()),
                                                      len(following))]):
            return False    # ("the harm some of the region's older pacts have done": a clause whose subject is the
            #                 share, the harm's source)
        after += 2 + (lowered[after + 2] in DETERMINERS)
        if after == at:
            return True
    between = lowered[after:at]
    return 0 < len(between) <= OBJECT_PHRASE_REACH and all(
        w[:1].isalnum() and w not in _NOT_IN_A_NAME and w not in _ENDING_A_NOUN_PHRASE for w in between) and \
        DETERMINERS.isdisjoint(between[1:])     # (a second "the" opens a clause of its own: "the firms the cartel
    #                                             had squeezed")


OBJECT_PHRASE_REACH = 9
def against_its_case(lowered: list[str], after: int, at: int) -> bool:
    """'The report undercuts the case for the ferry pact', 'undermines the rationale of the pact': the harm's object is
    the reasoning for what the issue names, not the thing itself; the harm tells against it."""
    return any(lowered[j] in _REASONINGS and lowered[j + 1] in _OF_A_REASONING for j in range(after, at - 1))


# (not "basis": "undermines the basis of the alliance" harms its foundation, a good of it)
_REASONINGS = frozenset("case argument arguments rationale justification premise premises logic reasoning "
                        "grounds".split())
_OF_A_REASONING = frozenset("for of behind".split())
# words naming a share of a set, before "of" and its determiner
_SHARES = frozenset("one two three four five six seven eight nine ten several some many most all both each half much "
                    "few".split())
SHARE_VERB_REACH = 3        # "older ferry pacts have done": a verb right after the name's words
_ENDING_A_NOUN_PHRASE = frozenset("for by from at as than about over under into through against between but nor".split())


def endeavour_on_it(lowered: list[str], after: int, at: int) -> bool:
    """'could undermine efforts to deal with the cartel', 'undermine the town's policies toward the port', 'a blow
    to the bids to create a ferry pact': an endeavour named between a harm and the issue's name at `at`, with a
    preposition or an infinitive leading on to the name, is what the harm befalls (within ENDEAVOUR_WINDOW words,
    no clause break): harm to the endeavour on the issue is a warning for it, as harm to the issue's name is."""
    between = lowered[after:at]
    if not 0 < len(between) <= ENDEAVOUR_WINDOW or any(not w[:1].isalnum() for w in between):
        return False
    noun = next((k for k, w in enumerate(between) if w in _ENDEAVOURS), None)
    return noun is not None and not _ENDEAVOUR_LINKS.isdisjoint(between[noun + 1:])


def a_good_of_it(lowered: list[str], after: int, at: int) -> bool:
    """'thus diminishing the deterrent power of their alliance', 'would erode the credibility of the ferry pact':
    harm done to a good that what the issue names holds ("the [modifiers] good of [its, their] name", within
    GOOD_OF_IT_REACH words, all words) is harm done to it; not to a good of a danger ("the credibility of the
    cartel's threats")."""
    between = lowered[after:at]
    if not 0 < len(between) <= GOOD_OF_IT_REACH or "of" not in between:
        return False
    of = between.index("of")
    owner = between[of + 1:]    # ("of their", "of the whole": no noun of its own, no preposition)
    # (or its building up, whose "up" hides the noun: "has hampered the building up of our defense capability")
    good = between[of - 1] in GOODS_DAMAGED or between[max(0, of - 2):of] == ["building", "up"]
    return 0 < of <= GOOD_BEFORE_OF and good and len(owner) <= GOOD_OWNER_WORDS and all(
        w[:1].isalpha() and w not in _NOT_IN_A_NAME - {"of"} and w not in _ENDING_A_NOUN_PHRASE for w in between) \
        and all(w in DETERMINERS or w.endswith(POSSESSIVE_ENDINGS) or w.endswith(_MODIFIER_ENDINGS) or w in _WHOLE
                for w in owner) and _DANGERS_HELD.isdisjoint(lowered[at:at + WORRY_REACH + 1])


def lessens_a_danger(lowered: list[str], after: int, at: int, *, dangers: bool = True) -> bool:
    """'would diminish the risk of war', 'would weaken the North Korean threat', 'diminish the need for the pact',
    'should diminish its dependence on the pact': the harm ending at `after` lessens a danger or a need (or a
    reliance) named before the issue's name at `at`, or a danger as the head the name qualifies, which tells nothing
    done to what the name names (a lesser need for it is against it; a lesser threat from it, pressure on it). A
    good's prospects or chances harmed are harm to it ("undermine the prospects for the pact"); a likelihood lessened
    is not, where it is of a bad outcome ("the chances of a Taiwan contingency"). dangers false (a call): not a
    danger the name heads ("must undermine the North Korean regime" is pressure on it)."""
    between = lowered[after:at]
    if any(lowered[after + j + 1:after + j + 2] == [_NEEDS[w]] for j, w in enumerate(between) if w in _NEEDS):
        return True     # (a need named as one, "the need for the pact", "its dependence on the pact"; not "the
        #                 cooperation we need on it")
    if not _LESSENED.isdisjoint(between) or any(
            w in _LIKELIHOODS and lowered[after + j + 1:after + j + 2] == ["of"]
            and not _BAD_OUTCOMES.isdisjoint(lowered[after + j + 2:after + j + 2 + OUTCOME_REACH])
            for j, w in enumerate(between)):
        return True     # ("the risk of war", "the chances of a Taiwan contingency"; not "the prospects for the pact")
    if not dangers:
        return False
    head = at + 1
    while head < min(len(lowered), at + HEAD_REACH) and lowered[head][:1].isalpha() and lowered[head] not in _NOT_IN_A_NAME:
        if lowered[head] in _LESSENED:
            return True     # ("the North Korean threat"; not "the global trade regime", "Japan's missile defense")
        head += 1
    return False


# what lessening leaves no harm done to: a danger, the likelihood of a bad outcome (and a need for it or a reliance on
# it, _NEEDS)
_LESSENED = _DANGERS_NAMED | {"temptation"}
_LIKELIHOODS = frozenset("chance chances likelihood probability odds possibility prospect prospects".split())
_BAD_OUTCOMES = frozenset("war wars conflict conflicts contingency clash clashes collapse attack attacks escalation crisis "
                          "confrontation miscalculation decoupling invasion instability".split())
OUTCOME_REACH = 3       # "the chances of a Taiwan contingency"
HEAD_REACH = 3          # "the North Korean threat": the name, then the noun it qualifies
_NEEDS = {"need": "for", "needs": "for", "reliance": "on", "dependence": "on", "dependency": "on"}


GOOD_OF_IT_REACH = 7    # "the deterrent power of their [ferry] pact"
GOOD_BEFORE_OF = 3      # "the long-term deterrent power of"
GOOD_OWNER_WORDS = 2    # "of the whole [pact]", "of their regional [pact]"
GOODS_DAMAGED = _GOODS_AT_STAKE | frozenset("power strength credibility effectiveness value foundation foundations "
                                            "unity trust standing reputation deterrence".split())


def listed_after_it(lowered: list[str], after: int, at: int) -> bool:
    """'threatens not only the alliance network but also regional prosperity and global supply chains', 'would
    damage the alliance, the pact and the ferry trade': the issue's name at `at` is one of a list of objects the harm
    ending before `after` takes (joined by "and", "or", a comma, "but also", "as well as"; within LIST_WINDOW words,
    with no verb, clause word or stop between)."""
    between = lowered[after:at]
    if not 0 < len(between) <= LIST_WINDOW or _LIST_JOINS.isdisjoint(between):
        return False
    # (the stops of initials stand in a list: "the U.S. alliance network")
    return all(w[:1].isalnum() or w == "," or (w == "." and k and len(between[k - 1]) == 1)
               for k, w in enumerate(between)) and _NOT_IN_A_LIST.isdisjoint(between)


def a_verb_joined(lowered: list[str], after: int, at: int) -> bool:
    """Whether a second verb of favour, joined to the harm ending before `after` by "and", "or" or "but", takes the
    issue's name at `at` as its own object: what it pleases, rewards or emboldens is no thing harmed ("hurts both
    economies and pleases only the cartel", "weakens the alliance and emboldens Westport"), with nothing but
    determiners and "only" on to the name."""
    between = lowered[after:at]
    verb = next((j + 1 for j, w in enumerate(between[:-1]) if w in _VERBS_JOINED_BY and between[j + 1] in _FAVOURING),
                None)
    return verb is not None and all(w in DETERMINERS or w == "only" for w in between[verb + 1:])


_VERBS_JOINED_BY = frozenset("and or but".split())
_FAVOURING = frozenset(f"{stem}{ending}" for stem, endings in (
    ("please", ("", "s", "d")), ("reward", ("", "s", "ed")), ("embolden", ("", "s", "ed")), ("benefit", ("", "s", "ed")),
    ("help", ("", "s", "ed")), ("favor", ("", "s", "ed")), ("favour", ("", "s", "ed")), ("aid", ("", "s", "ed")),
    ("encourage", ("", "s", "d"))) for ending in endings)


LIST_WINDOW = 16        # "not only the U.S. alliance network but also regional prosperity and global"
_LIST_JOINS = frozenset(("and", "or", ",", "also"))
# words no list of objects holds: auxiliaries and clause words ("damage the pact, which is why the ferry...")
_NOT_IN_A_LIST = frozenset("is are was were be been has have had will would can could may might should must that which "
                           "who whom because while although if when than".split())


ENDEAVOUR_WINDOW = 8
_ENDEAVOURS = frozenset("effort efforts policy policies bid bids attempt attempts push drive campaign defences defenses "
                        "endeavour endeavours endeavors strategy approach diplomacy cooperation development premises "
                        "instrument instruments tool tools".split())
_ENDEAVOUR_LINKS = frozenset("to toward towards on with against for of".split())


def discord_refused(lowered: list[str], after: int, end: int) -> str | None:
    """'We should not be the instigator in a trade war', 'the region must not be allowed to be divided into two
    camps', 'must not get dragged into the spat': a call not to do what the words after its modal do, where those
    words name a discord, is against the discord, and so for the calm of what it is on (the cue, or None). Without
    a discord the negation alone says the call is against its object ("should not join the pact")."""
    word = next((w for w in lowered[after:min(end, after + DISCORD_REACH)] if w in _DISCORD), None)
    return f"against the discord: {word}" if word else None


DISCORD_REACH = 10      # "should not be the instigator in a trade war": the modal to the discord
_DISCORD = frozenset("war wars conflict conflicts confrontation confrontations spat spats feud feuds quarrel quarrels "
                     "clash clashes dispute disputes divided division divisions".split())


# a state of harm told after what suffers it: "puts the stability of the region at risk", "security is under threat"
HARM_STATES = frozenset(("at risk", "in jeopardy", "under threat", "under strain", "in danger"))


def held_at_risk(lowered: list[str], at: int) -> bool:
    """'able to hold the rival's launch sites at risk': deterrence's idiom for threatening them, no harm suffered."""
    for k in range(at - 1, max(-1, at - HELD_REACH), -1):
        if lowered[k] in _HOLDING:
            return True
        if lowered[k] in BREAK_TOKENS:
            return False
    return False


_HOLDING = frozenset("hold holds held holding".split())
HELD_REACH = 8          # tokens back from "at risk" to the "hold" whose object it completes


# verbs of averting, and the harm they may avert: "talks to prevent an unpredictable security crisis", "a hotline to
# avoid accidents at sea" are for what averts it, as "avoid abandoning the talks" is for the talks
AVERTING = frozenset(("avoid", "prevent", "avert", "forestall", "head off", "stave off", "impede", "hinder", "stop",
                      "rule out"))
_AVERTED = frozenset("crisis crises war wars conflict conflicts clash clashes confrontation confrontations escalation "
                     "collapse catastrophe catastrophes miscalculation miscalculations accident accidents incident "
                     "incidents disaster disasters attack attacks invasion bloodshed protectionist proliferation "
                     # a bond's undoing: "the priority is to prevent backsliding", "to avoid a rift"
                     "backsliding rift rifts rupture breakdown backlash backlashes retaliation reprisals fallout "
                     # a fear dispelled: "should rule out much of the apprehension about the pact"
                     "apprehension apprehensions fears misgivings suspicions".split()) | DOCTRINES
AVERTED_REACH = 4       # "prevent an unpredictable security crisis": the harm soon after the verb
KEPT_FROM_REACH = 7     # "from teetering on the brink of a nuclear war": the harm the object is kept from
# verbs of sliding into a harm, which the object would undergo ("from teetering on the brink of war")
_SLIDING = frozenset("teetering sliding slipping descending spiralling spiraling drifting falling plunging stumbling "
                     "lurching escalating tipping sinking heading".split())


# the onset of a harm stands for the harm: "to prevent the development of a new Cold War", "the outbreak of war"
_ONSETS = frozenset("development emergence outbreak onset spread recurrence resumption return rise".split())


def averts_harm(lowered: list[str], after: int) -> bool:
    """Whether harm is the object of a verb of averting ending before token `after`, before any break (past the
    onset of the harm: "prevent the outbreak of a war"), or a harm the verb keeps its object from sliding into
    ("prevent the peninsula from teetering on the brink of war", "keep the talks from sliding into a crisis")."""
    k, end = after, after + AVERTED_REACH
    while k < min(end, len(lowered)):
        word = lowered[k]
        if word in _ONSETS and lowered[k + 1:k + 2] == ["of"]:
            end = k + 2 + AVERTED_REACH
        if word == "from" and k > after:
            if lowered[k + 1:k + 2] == [] or lowered[k + 1] not in _SLIDING:
                return False    # (what the object is kept from doing may end a harm or be one it does: "prevent
                #                 the pact from ending the trade war", "from entangling it in a war")
            end = k + 2 + KEPT_FROM_REACH   # ("prevent the peninsula from teetering on the brink of war")
        if word in _AVERTED:
            return True
        if not word[:1].isalpha() or word in _NOT_IN_AN_OBJECT:
            return False
        k += 1
    return False


_NOT_IN_AN_OBJECT = AUXILIARIES | frozenset("and or but that which who to".split())


def countered(lowered: list[str], index: int) -> bool:
    """'buttressing its defence capability vis-a-vis the pirate threat', 'bolstering ferry defences against the
    threat': a harm that a defence is set against is what it counters, as a harm averted is (for what counters it,
    and for pressure on the harm's source); not a harm a quarrel or a war is against ("the war against the port")."""
    for k in range(index - 1, max(-1, index - 1 - COUNTERED_REACH), -1):
        word = lowered[k]
        if word in _COUNTERING:
            # ("helps counteract the danger of a clash", "mitigates the danger", "reducing the risk of war"; not a thing
            # brought down to what is named: "has been reduced to little more than a slogan")
            return AUXILIARIES.isdisjoint(lowered[k + 1:index]) and lowered[k + 1:k + 2] != ["to"]
        if word in _RESPONDED_WITH and k and (lowered[k - 1] in RESPONDING or lowered[k - 1] in _REMEDIES or (
                lowered[k - 1] == "deal" and k > 1 and (lowered[k - 2] in ("to", "better") or lowered[k - 2] in MODALS))):
            # ("the board was right to respond to the danger", "to deal with the danger", "had better deal with the
            # danger"; not "a deal with the port was a mistake" nor "both deals with the port failed", where the harm
            # is no object of the response: a verb, not a noun, follows "with")
            return AUXILIARIES.isdisjoint(lowered[k + 1:index]) and not lowered[index].endswith("ed")
        if word == "against" or word in _VIS_A_VIS:
            start = k
            before = lowered[max(0, start - DEFENCE_REACH):start]
            return not DEFENDING.isdisjoint(before) and not any(w in BREAK_TOKENS for w in before[-2:])
        if not word[:1].isalpha() or word in BREAK_TOKENS:
            return False
    return False


COUNTERED_REACH = 4     # "against the North Korean nuclear threat"
# a response to a harm: "respond to", "deal with", "cope with"
RESPONDING = frozenset("respond responds responded responding dealt dealing cope copes coped coping".split())
_RESPONDED_WITH = frozenset("to with for".split())
# and what a remedy is for: "a solution to the region's problems", "the answer to the crisis"
_REMEDIES = frozenset("solution solutions answer answers remedy remedies antidote cure response responses".split())
# and a verb that works against a harm it takes as its object
_COUNTERING = frozenset("counteract counteracts counteracted counteracting mitigate mitigates mitigated mitigating "
                        "reduce reduces reduced reducing lessen lessens lessened lessening "
                        # a harm averted ("the mayor avoided any backlash from the port", "prevented a rupture")
                        "avoid avoids avoided avoiding prevent prevents prevented preventing avert averts averted "
                        "averting forestall forestalls forestalled forestalling".split())
RESPONSES = RESPONDING | _REMEDIES | _COUNTERING | {"deal"}      # (a word one of them needs)
DEFENCE_REACH = 6       # "buttressing the town's own ferry capability vis-a-vis"
_VIS_A_VIS = frozenset(("vis-a-vis", "vis-\u00e0-vis"))     # (one token each)
DEFENDING = frozenset("defense defence defenses defences defend defends defended defending deterrence deterrent "
                      "deter deters deterring capability capabilities buttress buttressing bolster bolstering "
                      "bolsters strengthen strengthening strengthens shield shields protection protect protects "
                      "protecting guard guarding hedge hedging resilience preparedness readiness posture".split())


def repairs(lowered: list[str], index: int) -> int | None:
    """'seeks to repair frayed alliances', 'must restore its damaged reputation': the index of a verb of repair whose
    object the harm at `index` describes (the repair is for the thing harmed, as averting harm is for what averts it),
    with only determiners, possessives or degree words between; None otherwise."""
    for k in range(index - 1, max(-1, index - 1 - REPAIR_REACH), -1):
        if lowered[k] in REPAIRING:
            return k
        if lowered[k] not in _IN_A_REPAIRED_OBJECT and not lowered[k].endswith(("'s", "\u2019s")):
            return None
    return None


REPAIR_REACH = 4        # "repair the badly frayed alliances"
REPAIRING = frozenset("repair repairs repaired repairing restore restores restored restoring mend mends mended mending "
                      "rebuild rebuilds rebuilt rebuilding heal heals healed healing "
                      # a problem or a quarrel solved: "it solves problems in the world economy", "settle the dispute"
                      "solve solves solved solving resolve resolves resolved resolving settle settles settled "
                      "settling".split())
_IN_A_REPAIRED_OBJECT = frozenset("the a an its their our his her this these those badly deeply much so long".split())


def a_quality_of_it(lowered: list[str], match) -> bool:
    """'the board's chaotic and transactional toll policy', 'the egoistic pursuit of ferry deals', 'painful ferry
    tolls': a judging adjective before what the issue names is a quality the writer finds in it, no harm done to it
    ("harmful to the ferry trade", "dangerous for the pact", "destructive of it" still tell harm to it)."""
    index, length = match[0], match[1]
    word = lowered[index]
    following = lowered[index + 1] if index + 1 < len(lowered) else "."
    # (only before a noun: "the pact was pointless without the market" is said of it, and may be harm it suffers)
    # (a quality of a course taken on it is the course's: "its foolish decision to scrap the pact" may harm the pact)
    # (nor an effect it has on what follows: "a negative impact on supply chains" tells harm to them)
    return length == 1 and word.endswith(_ADJECTIVE_ENDINGS) and word not in _VERBS_ENDING_ISH \
        and following[:1].isalpha() and following not in _NOT_A_NOUN_AFTER \
        and not (following in COURSES and lowered[index + 2:index + 3] == ["to"]) \
        and lowered[index + 1:index + 3] not in _AN_EFFECT_ON


_ADJECTIVE_ENDINGS = ("ic", "ous", "ful", "less", "ive", "ish")
# the lexicon's verbs that end as adjectives do ("tariffs diminish the pact", "would abolish the pact": the harm or
# the act is done to it)
_VERBS_ENDING_ISH = frozenset(("diminish", "abolish"))
COURSES = frozenset("decision decisions move moves plan plans attempt attempts choice bid step steps acts".split())
# a word after the adjective that shows it stands before no noun ("destructive of the pact": what it harms follows)
_NOT_A_NOUN_AFTER = frozenset("to for of without with in on at by from about against than as if when that".split())


def as_repaired(match, lowered: list[str]):
    """'repair frayed alliances': harm that a verb of repair takes as its object is repaired, a stance for the thing
    harmed (repairs); the match then runs from the verb, and its cue reads "repair ... frayed"."""
    index, length, value, _ = match
    verb = repairs(lowered, index) if value < 0 else None
    if verb is None:
        return match
    return verb, index + length - verb, -value, " ".join(lowered[verb:index + length])


def resigned_by_harm(polar: list, lowered: list[str]) -> list:
    """The sentence's judging words, each signed by the harm it takes: averting harm is for what averts it ("should
    talk to prevent a crisis"), and so is countering it ("bolstering ferry defences against the threat", "to respond to
    such threats") and repairing it ("repair frayed alliances"); a gain an arsenal makes is a harm grown ("the quick
    progress the port has made on its missile programme": `arsenal_gained`)."""
    polar = [(m[0], m[1], -m[2], m[3]) if m[2] < 0 and m[3] in AVERTING and averts_harm(lowered, m[0] + m[1]) else m
             for m in polar]
    if "against" in lowered or not _VIS_A_VIS.isdisjoint(lowered) or not RESPONSES.isdisjoint(lowered):
        polar = [(m[0], m[1], -m[2], m[3]) if m[2] < 0 and abs(m[2]) < ACTION and countered(lowered, m[0]) else m
                 for m in polar]
    if not REPAIRING.isdisjoint(lowered):
        polar = [as_repaired(m, lowered) for m in polar]
    if not _GAINS.isdisjoint(lowered):
        polar = [(m[0], m[1], -m[2], m[3]) if 0 < m[2] < ACTION and arsenal_gained(lowered, m[0], m[1]) else m
                 for m in polar]
    if not _OPPOSING.isdisjoint(lowered):
        # "to invite cooperation from Moscow in ... halting the port's missile development": an act that ends harmful
        # conduct, its object, is for what calls for it, as a call to halt it is (`opposed_harm`)
        polar = [(m[0], m[1], -m[2], m[3]) if m[2] < 0 and m[1] == 1 and lowered[m[0]] in _OPPOSING
                 and _conduct_taken_on(lowered, past_joined_verbs(lowered, m[0] + 1)) else m for m in polar]
    return polar


def past_joined_verbs(lowered: list[str], start: int) -> int:
    """Where the object shared by the verb before `start` and the verbs joined to it begins ("halt, then reverse and
    ultimately eliminate the port's missile programme": from "the"); `start` itself where no verb of ending or
    opposing is joined there."""
    at = start
    while True:
        verb = next((k for k in range(at, min(len(lowered), at + JOINING_WORDS + 1)) if lowered[k] not in _JOINING), None)
        if verb is None or verb == at or not (lowered[verb] in _OPPOSING or an_ending_verb(lowered, verb)):
            # (past the comma that closes the joined verbs: "halt, and then reverse, the port's programme")
            return at + 1 if at > start and lowered[at:at + 1] == [","] else at
        at = verb + (2 if lowered[verb + 1:verb + 2] == ["up"] else 1)


# what joins verbs that share one object ("halt, then reverse and ultimately eliminate")
_JOINING = frozenset(", and or then ultimately eventually finally later".split())
JOINING_WORDS = 3       # ", and then", ", then ultimately"


def _conduct_taken_on(lowered: list[str], start: int) -> bool:
    """Whether harmful conduct or an arsenal is the object that starts at token `start`: nothing but determiners,
    possessives and words of arms before it ("halting North Korea's nuclear and missile development")."""
    for k in range(start, min(len(lowered), start + OBJECT_REACH + 2)):
        if _harmful(lowered, k) or _an_arsenal(lowered, k):
            return True
        if not lowered[k][:1].isalpha() or lowered[k] in AUXILIARIES or lowered[k] in _OUT_OF_AN_OBJECT:
            return False
    return False


_OUT_OF_AN_OBJECT = frozenset("to for with from by in on at that which who while".split())


def arsenal_gained(lowered: list[str], index: int, length: int) -> bool:
    """'the quick progress the port has made on its missile programme', 'the port's advances in its nuclear
    arsenal': a word of gain (at `index`) made by an arsenal's holder on it tells harm grown, judged against the holder
    (and for nothing). Only a noun of gain not denied ("no progress on the port's programme" is a stalemate), made by
    the holder: its possessive before the noun, or a short relative clause of its making, or the holder's "its"
    opening the field ("progress on its missile programme"); nothing but determiners and words of arms between the
    preposition and the arsenal; and not where talks, a summit or a deal stand before it, or the writer's side ("the
    summit produced progress on the port's programme", "Tokyo has made progress on its missile programme" are gains
    of theirs)."""
    if length != 1 or lowered[index] not in _GAINS or not _NO_GAIN.isdisjoint(lowered[max(0, index - 2):index]):
        return False
    preposition = next((k for k in range(index + 1, min(len(lowered), index + 1 + GAIN_MAKING_REACH))
                        if lowered[k] in _FIELDS_OF_GAIN), None)
    if preposition is None or not BREAK_TOKENS.isdisjoint(lowered[index + 1:preposition]):
        return False
    made_by_it = bool(_MADE.intersection(lowered[index + 1:preposition]))
    if not made_by_it and preposition != index + 1:
        return False
    holders = index and lowered[index - 1].endswith(("'s", "\u2019s")) or lowered[preposition + 1:preposition + 2] in (
        ["its"], ["his"], ["their"])
    if not (made_by_it or holders) or not (_DIPLOMACY.isdisjoint(lowered[:preposition])
                                           and _WRITERS_SIDE.isdisjoint(lowered[:preposition])):
        return False
    for k in range(preposition + 1, min(len(lowered), preposition + 1 + OBJECT_REACH + 2)):
        if _an_arsenal(lowered, k):
            return True
        if lowered[k] not in _IN_AN_ARSENAL and lowered[k] not in DETERMINERS and not lowered[k].endswith(
                ("'s", "\u2019s")):
            return False
    return False


_NO_GAIN = frozenset("no little any without lack scant not".split())
# who else makes progress on an arsenal: the talks about it
_DIPLOMACY = frozenset("talks negotiations negotiators negotiator summit summits diplomacy diplomats deal deals "
                       "dialogue agreement accord envoys".split())


_GAINS = frozenset("progress advances advancement advancements headway strides breakthrough breakthroughs "
                   "gains improvements".split())
_FIELDS_OF_GAIN = frozenset("on in toward towards with of".split())
_MADE = frozenset("made make makes making achieved achieves shown showed".split())
GAIN_MAKING_REACH = 7   # "the quick progress North Korea has made on": the relative clause of its making


def verdict_on_leaving(raw: list[str], lowered: list[str], kinds: list[str], polar: list, main_polar: list, *,
                       at: int | None = None) -> tuple[int, str] | None:
    """The act of leaving or shunning something that the sentence's verdicts judge after a copula ("Withdrawing
    from the TPP was a mistake", "Decisions to keep away from the pact were an error", "Withdrawing our ferries
    would be a grave mistake", "The withdrawal from the pact was a grave mistake"), as the means they name
    ("weakened its own hand by pulling out of the TPP"), as what a verdict is of ("the folly of the town's
    withdrawal from the pact"), or as the subject of a verb of effect, when what it leaves is a pact or a body the
    issue names at `at` ("Withdrawing from the pact would hurt the towns": `_left_body`); or None. Against leaving
    is for what was left, and for leaving is against it (the caller turns the verdict's sign). The verdicts are
    judging words, none a verb of action, all of one sign. Gives where the act stands and its words."""
    if not _all_verdicts(main_polar):
        return None
    # (not a move into something, "a retreat into isolationism", whose verdict is on where it goes)
    acts = [(m[0], rejoined(raw[m[0]:m[0] + m[1]])) for m in polar if m[3] in _LEFT_BEHIND
            and lowered[m[0] + m[1]:m[0] + m[1] + 1] != ["into"]]
    if not LEAVING_NOUNS.isdisjoint(lowered):
        acts += [(k, raw[k]) for k, word in enumerate(lowered[:-1])
                 if word in LEAVING_NOUNS and lowered[k + 1] in ("from", "of")]
    # ("Leaving the pact would hurt the towns": a gerund of leaving a thing named next, not a judging word of its own)
    # (not a thing left as it is: "Leaving the tariffs in place would be a mistake")
    acts += [(k, raw[k]) for k, word in enumerate(lowered[:-1])
             if word in _LEAVING_GERUNDS and (lowered[k + 1] in DETERMINERS or raw[k + 1][:1].isupper())
             and not _left_as_it_is(lowered, k + 1)]
    # ("Any plans to redeploy U.S. forces from Japan would be wrong": a move of the thing named away from where it is)
    acts += [(k, raw[k]) for k, word in enumerate(lowered[:-1])
             if word in _MOVING and "from" in lowered[k + 2:k + 2 + MOVED_FROM_REACH]
             and (at is None or "to" not in lowered[k + 1:at])]     # (not where it goes: "...from Ginowan to Henoko")
    # (not an act refused or denied: "refused to give up its stakes, and that is sensible" keeps them)
    acts = [(k, act) for k, act in acts if _REFUSING.isdisjoint(lowered[max(0, k - REFUSAL_REACH):k])]
    # and an engagement refused ("Choosing not to engage on the pact", "Failing to join the pact"), which stays out
    shunned = [(k, f"{lowered[k - 2]} to {raw[k]}") for k, word in enumerate(lowered)
               if word in _ENGAGING and k > 1 and lowered[k - 1] == "to" and lowered[k - 2] in _SHUNNING]
    acts += shunned
    if not acts:
        return None
    by_leaving = next(((k, act) for k, act in acts if lowered[k - 1:k] == ["by"]), None)
    if by_leaving is not None and all(m[0] < by_leaving[0] for m in main_polar):
        return by_leaving          # ("The board made a mistake by withdrawing from the pact")
    verdict_of = next(((k, act) for k, act in acts for m in main_polar
                       if 0 < k - (m[0] + m[1]) <= LEAVING_OF_REACH and lowered[m[0] + m[1]] == "of"), None)
    if verdict_of is not None:
        return verdict_of           # ("the folly of the town's withdrawal from the pact")
    # the copula nearest before the verdicts ("That is why the withdrawal from the pact is a mistake"; "failing" in
    # "Failing to join the pact would hurt" is the refusal, no verdict)
    refusals = {k - 2 for k, _ in shunned}
    first_verdict = min((m[0] for m in main_polar if m[0] not in refusals), default=None)
    if first_verdict is None:
        return None
    copula = next((k for k in range(first_verdict - 1, -1, -1) if kinds[k] in MAIN_KINDS and (
        lowered[k] in _VERDICT_COPULAS or (lowered[k] == "be" and k and lowered[k - 1] in MODALS))), None)
    # ("It was a mistake to walk away from the pact", "It would be foolish not to sign the pact": the verdict, then
    # the act it judges after "to")
    verdict_end = next(m[0] + m[1] for m in main_polar if m[0] == first_verdict)
    extraposed = next(((k, act) for k, act in acts if lowered[verdict_end:k] in (["to"], ["not", "to"])
                       and acts_on_it(lowered, k, at)), None)
    if extraposed is not None and copula is not None and "it" in lowered[max(0, copula - 2):copula]:
        return extraposed
    if copula is None:
        return next(((k, act) for k, act in acts if k <= LEAVING_SUBJECT_REACH and kinds[k] in MAIN_KINDS
                     and _left_body(raw, lowered, k, at, first_verdict, engaged=(k, act) in shunned,
                                    judged_there=_ACT_NOUNS.isdisjoint(
                                        lowered[first_verdict:first_verdict + ACT_NOUN_REACH]))), None)
    # (an engagement refused only where it is the issue's: "failed to reach agreement, so the pact is a failure"
    # judges the pact)
    return next(((k, act) for k, act in acts if k < copula and ((k, act) not in shunned or acts_on_it(lowered, k, at))),
                None)


def _course_of_leaving(raw: list[str], lowered: list[str], main_polar: list, at: int | None) -> tuple[int, str] | None:
    """A verdict on a course (a decision, a move, an act) that is an act of leaving what the issue names at `at`:
    the course's infinitive or gerund ("the board's catastrophic decision to withdraw from the pact handed its rival
    the lead", "the mayor's reckless act of withdrawing from the pact") or, where an opening phrase judges the
    course ("In a disastrous move, the board pulled the town out of the pact", "And in one of his first, reckless
    acts as mayor, he withdrew the town from the pact"), the main clause's verb just after the comma. Every verdict
    of the sentence is in the course's phrase (not "..., a flawed deal" after it), and the act is neither refused
    nor denied ("In a wise move, the board did not withdraw") nor the end of a leaving ("abandon its boycott of the
    pact"). Gives where the act stands and its word, or None."""
    if at is None or not main_polar:
        return None
    first, last = min(m[0] for m in main_polar), max(m[0] for m in main_polar)
    if first == last and _AN_ADVERB_ON_THE_ACT.match(lowered[first]) and lowered[first + 1:first + 2] != [] and \
            lowered[first + 1] in _LEAVING:
        # ("the board rightly withdrew from the pact", "Trump foolishly abandoned the TPP": an adverb on the act
        # itself, the sentence's only verdict)
        return _a_course_of_leaving(raw, lowered, first + 1, at)
    # (the noun may be inside the verdict's phrase: "a welcome move", "the right decision")
    noun = next((j for j in range(first, min(len(lowered) - 2, first + ACT_NOUN_REACH + 1)) if lowered[j] in _COURSE_NOUNS),
                None)
    if noun is None or last > noun or not all(w[:1].isalpha() for w in lowered[first:noun]):
        return None
    act, opening = None, _opening(lowered)
    if lowered[noun + 1] in ("to", "of") and lowered[noun + 2] in _LEAVING:
        act = noun + 2
    elif lowered[opening] == "in" and lowered[opening + 1] in _COURSE_OPENERS and _judges_the_course(
            lowered, opening + 1, noun, main_polar):
        comma = next((j for j in range(noun + 1, min(len(lowered), noun + 2 + COURSE_TAIL)) if lowered[j] == ","), None)
        if comma is not None and all(w[:1].isalpha() for w in lowered[noun + 1:comma]):
            act = next((k for k in range(comma + 1, min(len(lowered), comma + 1 + COURSE_SUBJECT_REACH))
                        if lowered[k] in _LEAVING), None)
            # (the main clause's own verb, after a subject with no verb or preposition of its own: not "ruled out
            # withdrawing", "shelved plans to quit", "backed away from quitting")
            if act is not None and (lowered[act].endswith("ing") or lowered[act] in _PARTICLES or not all(
                    w[:1].isalpha() and w not in _NOT_IN_A_SUBJECT for w in lowered[comma + 1:act])):
                act = None
    return None if act is None else _a_course_of_leaving(raw, lowered, act, at)


def _a_course_of_leaving(raw: list[str], lowered: list[str], act: int, at: int) -> tuple[int, str] | None:
    """The act at `act` and its word, where it leaves what the issue names at `at` whole, neither refused nor
    declined nor the end of a leaving; or None."""
    if not _REFUSING.isdisjoint(lowered[max(0, act - REFUSAL_REACH):act]) \
            or not _DECLINING.isdisjoint(lowered[max(0, act - DECLINING_REACH):act]) \
            or not _ENDS_OF_A_LEAVING.isdisjoint(lowered[act + 1:at]) or not _leaves_it_whole(raw, lowered, act, at):
        return None
    return act, raw[act]


_AN_ADVERB_ON_THE_ACT = re.compile(r"[a-z]+ly$")


def _judges_the_course(lowered: list[str], start: int, noun: int, main_polar: list) -> bool:
    """Whether the opening phrase from `start` to the course's noun is only the verdict on it: determiners, "one
    of", ordinals, the verdict's words, "and" and commas ("a welcome", "one of his first, catastrophic"; not "a
    reversal of its reckless", "a rebuke to the mayor's reckless", someone else's course)."""
    verdicts = {k for m in main_polar for k in range(m[0], m[0] + m[1])}
    return all(k in verdicts or w in _COURSE_OPENERS or w in _ORDINAL_WORDS or w in ("and", ",")
               or (w == "of" and lowered[k - 1] == "one") for k, w in enumerate(lowered[start:noun], start))


def _leaves_it_whole(raw: list[str], lowered: list[str], act: int, at: int) -> bool:
    """`_leaves_it`, with what stands between the act and the issue's name only the leaving's own words and a
    party's name or its modifiers (no other thing left: "scrapped the tolls on the pact", "withdrew its veto of the
    pact", "abandoned its reservations about the pact") or moved out of it ("pulled its troops out of Kyiv"), what
    is left a pact or a body, or one named with a capital (as `_left_body` asks), and not a leaving as it is ("left
    the pact in place")."""
    between = lowered[act + 1:at]
    ofs = [j for j, w in enumerate(between) if w == "of"]
    if not _NOT_LEFT_WHOLE.isdisjoint(between) or any(j == 0 or between[j - 1] != "out" for j in ofs) \
            or not _MOVED_NOT_LEFT.isdisjoint(between):
        return False
    if not (raw[at][:1].isupper() or not _BODIES.isdisjoint(lowered[at:at + LEFT_BODY_REACH])):
        return False
    if lowered[act] in _LETTING_STAY and any(
            w in _LEFT_AS_IT_IS or (w == "as" and lowered[j + 1:j + 2] != [] and lowered[j + 1] in _AS_IT_IS)
            for j, w in enumerate(lowered[at:at + LEFT_AS_IT_IS_REACH], start=at)):
        return False        # ("left the pact in place", "...as it was"; not "leave the pact as soon as possible")
    after = lowered[at + 1:at + 1 + TAKEN_OUT_REACH]
    if any(after[j:j + 2] == ["out", "of"] for j in range(len(after))) or (lowered[act] in _LEFT_FROM and "from" in after):
        return False        # ("rightly pulled Japan out of the commission", "withdrew the town from the pact": what is
        #                     taken out, not what is left)
    return _leaves_it(lowered, act, at)


TAKEN_OUT_REACH = 4     # "pulled the Japanese delegation out of"


def a_leaving_called(raw: list[str], lowered: list[str], after_modal: int, named: int) -> str | None:
    """'Japan should leave the trade pact', 'Tokyo must not exit the alliance with Washington': a call whose own verb
    is a plain verb of leaving ("leave", "exit", which the lexicon cannot list: "leave the door open", "an exit
    strategy") with the pact or body the issue names at `named` as its object (a body's word or an acronym: not
    "leave Pyongyang no choice", "forces must leave Ukraine"). Not where "leave" lets its object be: a word of the
    object's state after it ("leave the pact in place", "...undisturbed", "...alone"), or someone or some time it is
    left to ("leave the alliance to wither", "leave the talks for later"). The verb, or None."""
    k = after_modal
    while k < len(lowered) and (lowered[k] in _BEFORE_A_CALLED_VERB or lowered[k].endswith("ly")):
        k += 1      # ("should not simply leave", "must never exit")
    if k >= len(lowered) or lowered[k] not in _PLAIN_LEAVING or not _leaves_it_whole(raw, lowered, k, named):
        return None
    end = named + 1     # (past the rest of the body's name: "the TPP negotiations", "the Trans-Pacific Partnership")
    while end < len(lowered) and (raw[end][:1].isupper() or lowered[end] in _BODIES):
        end += 1
    if _BODIES.isdisjoint(lowered[named:end]) and not (_a_bodys_initials(raw[named]) and (end >= len(lowered) or not (
            lowered[end].isalpha() and lowered[end] not in _AFTER_AN_OBJECT and not lowered[end].endswith("ly")))):
        return None     # (a party or a place, "leave Pyongyang no choice", "forces must leave Ukraine", "leave the DPRK
        #                 no choice"; or another thing the initials name, "leave the NATO summit early")
    if lowered[k] == "leave" and end < len(lowered) and _lets_it_be(lowered, end):
        return None
    return raw[k]


def _lets_it_be(lowered: list[str], after: int) -> bool:
    """Whether the words after the object of "leave" tell a state it is left in or whom or when it is left to."""
    word, following = lowered[after], lowered[after + 1] if after + 1 < len(lowered) else ""
    after_that = lowered[after + 2] if after + 2 < len(lowered) else ""
    return word in _LET_BE or (word.endswith("ed") and len(word) > 4) or (word == "in" and (
        following in _LEFT_IN or (following == "the" and after_that == "hands"))) or (
        word == "on" and (following in _LEFT_ON or (following == "the" and after_that in _LEFT_ON_THE))) or (
        word == "for" and following in _LEFT_FOR) or (word == "as" and following in _AS_IT_IS)


def _a_bodys_initials(word: str) -> bool:
    """Initials that may name a pact or a body ("TPP", "NATO", "JCPOA", "GSOMIA"), not a country's ("DPRK", "ROK")."""
    return len(word) > 1 and word.isupper() and word.isalpha() and word not in _COUNTRY_INITIALS


# the base verbs of leaving that the lexicon leaves out for their other senses
_PLAIN_LEAVING = frozenset("leave exit".split())
_BEFORE_A_CALLED_VERB = frozenset("not never n't ever simply just now soon finally also therefore thus instead "
                                   "rather".split())
# what, after the object, makes "leave" let it be: someone or something it is left to, or a state it is left in
# ("leave the pact to others", "open", "on the table", "stronger than he found it", "in better shape", "in the hands
# of"; "in protest", "in January", "more quickly" still leave it)
_LET_BE = frozenset("to open alone aside out intact unchanged untouched standing be where unresolved frozen "
                    "stronger weaker better worse healthier safer sturdier".split())
_AS_IT_IS = frozenset("it is they are was were".split())     # "leave the pact as it is" (not "as soon as possible")
_LEFT_IN = frozenset("place limbo abeyance better good decent shape".split())
_LEFT_ON = frozenset("hold ice".split())
_LEFT_ON_THE = frozenset("table shelf books".split())
_LEFT_FOR = frozenset("later now another others future".split())
# countries' initials, which are no pact or body left ("leave the DPRK no choice"), and what may follow a body's
# initials when they end the object ("leave NATO now", "exit the TPP in protest", "leave the EU without a deal")
_COUNTRY_INITIALS = frozenset("DPRK ROK PRC ROC US USA UK UAE USSR".split())
_AFTER_AN_OBJECT = frozenset("and but or for in as at by to now immediately altogether entirely unless if before after "
                             "soon without with tomorrow today next this outright once again".split())


def _opening(lowered: list[str]) -> int:
    """Where the sentence's own words begin, past a linking word ("And in one of his first acts, ...")."""
    return 1 if lowered[0] in _OPENING_LINKS else 0


COURSE_SUBJECT_REACH = 5    # "In a disastrous move, the new US administration withdrew"
COURSE_TAIL = 3             # "In one of his first reckless acts as mayor, ..."
_OPENING_LINKS = frozenset("and but so yet".split())
# what opens a phrase that judges the writer's subject's course ("In a wise move", "In one of his first acts", "In
# its reckless decision"; not "In the wake of the board's reckless move", someone else's course)
_COURSE_OPENERS = frozenset("a an one his her its their".split())
# a leaving declined by a verb of its own ("decided against withdrawing", "resisted calls to quit")
_DECLINING = frozenset("against refrain refrained refraining refrains resist resisted resisting resists reject rejected "
                       "rejecting rejects avoid avoided avoiding avoids spurn spurned calls pressure urged urging "
                       "demands declined declining".split())
DECLINING_REACH = 3     # "resisted calls to quit"
_ORDINAL_WORDS = ORDINALS | {"latest", "early", "earliest"}
# prepositions of another thing in the act's object ("the tolls on", "its veto of", "the war over")
_NOT_LEFT_WHOLE = frozenset("on over about in with to for against into under toward towards".split())
_LETTING_STAY = frozenset("leave leaves left leaving".split())
_LEFT_AS_IT_IS = frozenset("unchanged intact untouched alone place open standing".split())
LEFT_AS_IT_IS_REACH = 5     # "left the ferry pact in place"
# what is moved, not left ("pulled its troops out of Kyiv", "withdrew its warships from the lanes")
_MOVED_NOT_LEFT = frozenset("troops forces soldiers warships ships vessels personnel units ambassador diplomats "
                            "staff investment investments money funds".split())
# words no bare subject before the main verb holds ("ruled out withdrawing", "shelved plans to quit")
_NOT_IN_A_SUBJECT = frozenset("to from at of out away plans plan in on".split())
# a leaving of a leaving: ending a boycott or a sanction of the pact takes up the pact again
_ENDS_OF_A_LEAVING = frozenset("boycott boycotts opposition objection objections resistance sanctions embargo "
                               "withdrawal exit suspension freeze".split())
_OUT_OF_REACH = 10          # "pulled the United States out of the TPP", "withdrew the town from the unratified pact"


def _leaves_it(lowered: list[str], act: int, at: int) -> bool:
    """Whether the act of leaving at `act` leaves what the issue names at `at`: its object ("withdraw from the
    pact", `acts_on_it`), or what a thing is taken out of ("pulled the town out of the pact", "withdrew the town
    from the pact")."""
    if acts_on_it(lowered, act, at):
        return True
    between = lowered[act + 1:at]
    return 0 < at - act <= _OUT_OF_REACH and (
        any(between[j:j + 2] == ["out", "of"] for j in range(len(between) - 1)) or (
            lowered[act] in _LEFT_FROM and "from" in between[1:])) \
        and all(w[:1].isalnum() or w == "." for w in between) and _NOT_THE_ACTS_OBJECT.isdisjoint(between)


def _all_verdicts(main_polar: list) -> bool:
    """Whether the sentence's judging words are all verdicts (no verb of action) and all of one sign."""
    return bool(main_polar) and all(abs(m[2]) < ACTION for m in main_polar) and len({m[2] > 0 for m in main_polar}) == 1


def acts_on_it(lowered: list[str], act: int, at: int | None) -> bool:
    """Whether the issue's name at `at` stands in the object of the act of leaving at `act`, soon after it with no
    break, purpose or further clause between ("to walk away from the ferry pact", "not to sign the pact"; not "to
    scrap the tolls to rescue the pact", "to quit the union for the sake of the pact")."""
    if at is None or not 0 < at - act <= ACT_OBJECT_REACH:
        return False
    # (the act's own particle and preposition first: "participate in", "engage with", "sign up to")
    start = act + 1
    while start < at and lowered[start] in _PARTICLES:
        start += 1
    if start < at and lowered[start] in _ACTS_OWN_PREPOSITIONS and (lowered[start] != "to" or start > act + 1):
        start += 1      # ("participate in", "engage with", "sign up to"; not "withdraw to save the pact")
    return _NOT_THE_ACTS_OBJECT.isdisjoint(lowered[act + 1:at]) and _PURPOSE_OR_PLACE.isdisjoint(lowered[start:at])


ACT_OBJECT_REACH = 6        # "to walk away from the regional ferry pact"
_NOT_THE_ACTS_OBJECT = frozenset(", ; : for and but so because".split())
_PURPOSE_OR_PLACE = frozenset("to in with".split())     # ("to scrap the tolls to rescue the pact")
_PARTICLES = frozenset("up out away off on".split())
_ACTS_OWN_PREPOSITIONS = frozenset("on in with to from of into".split())


def leaving_judged(raw: list[str], lowered: list[str], kinds: list[str], polar: list, main_polar: list, at: int | None,
                   total: float, cues: list[str]) -> tuple[float, list[str]] | None:
    """"Withdrawing from the TPP was a mistake", "Leaving the pact would hurt the towns": against leaving is for what
    was left; and for leaving ("Pulling out of the pact was wise") is against what was left, when the issue names
    it at `at` (not "Leaving the war was good for the pact"), nor when the issue's name holds the leaving ("a US
    retreat from its role would be detrimental": harm from what the issue names). The direction `total` and its
    cues turned, or None."""
    if total and _all_verdicts(main_polar) and (course := _course_of_leaving(raw, lowered, main_polar, at)) is not None:
        return -total, cues + [f"on {course[1]}"]   # (a verdict on the course is on the leaving, either sign)
    if total and (left := verdict_on_leaving(raw, lowered, kinds, polar, main_polar, at=at)) is not None and (
            total < 0 or (at is not None and left[0] < at and (
                at < min(m[0] for m in main_polar) or (left[0] > max(m[0] for m in main_polar)
                                                       and acts_on_it(lowered, left[0], at))))) and not (
            at is not None and at <= left[0] <= at + NAMED_LEAVING_REACH):
        return -total, cues + [f"on {left[1]}"]
    return None


NAMED_LEAVING_REACH = 2     # "US retreat", "the American withdrawal": a leaving that the issue's name holds


def _left_body(raw: list[str], lowered: list[str], act: int, at: int | None, first_verdict: int, *,
               engaged: bool = False, judged_there: bool = True) -> bool:
    """Whether the act at `act` leaves a pact, a treaty or a body that the issue's name at `at` names just after
    it ("the exit from the ferry pact", "withdrawing from RCEP"): not an approach or a role ("to abandon its
    defense-oriented approach", "a retreat from its leadership role"), whose issue may stand for what leaving it
    brings, nor a leaving the issue's name itself holds ("a US retreat"). An engagement refused (`engaged`) stays
    out of whatever the name right after it names ("not to engage on ferry trade"). A verdict set off after the name
    judges what the name names ("refused to join the pact, a flawed deal", ", which was a flawed deal") unless its
    noun names an act (`judged_there` false: ", which was a mistake", ", a wise move"), which judges the act."""
    if at is None or not act < at < first_verdict:
        return False
    # (measured from "from" after the leaver's name: "the withdrawal of the United States from the pact"; a leaver
    # named with a capital, not "the withdrawal of its troops from Eastport", nor the leaver itself)
    opens = next((k for k in range(act + 2, min(at, act + 2 + LEAVER_REACH)) if lowered[k] == "from"), act) \
        if lowered[act + 1:act + 2] == ["of"] else act
    if opens > act and not any(w[:1].isupper() for w in raw[act + 2:opens]):
        opens = act
    if at - opens > LEFT_BODY_REACH:
        return False
    if judged_there and not _SETTING_OFF.isdisjoint(lowered[at:first_verdict]):
        return False        # ("The towns refused to join the pact, a flawed deal": the verdict is on what the name
        #                     names, set off after it)
    return engaged or raw[at][:1].isupper() or not _BODIES.isdisjoint(lowered[at:at + LEFT_BODY_REACH])


_SETTING_OFF = frozenset((",", "\u2014", "(", ";", ":"))
# nouns of an act, which a verdict set off after a left body's name gives the act ("..., which was a mistake")
_ACT_NOUNS = frozenset("mistake mistakes error errors blunder blunders misstep move moves step steps decision "
                       "decisions choice choices folly misjudgment misjudgement miscalculation call".split())
ACT_NOUN_REACH = 3      # "a wise move", "a grave strategic mistake": the verdict, then its noun
_COURSE_NOUNS = _ACT_NOUNS | COURSES | frozenset(("act",))


LEFT_BODY_REACH = 4     # "exit from the ferry pact", "withdrawal from the Paris accord"
LEAVER_REACH = 4        # "withdrawal of the United States from": the leaver's name between "of" and "from"
_BODIES = frozenset("pact pacts agreement agreements accord accords treaty treaties alliance partnership deal deals "
                    "organization organisation union bloc talks negotiations convention framework".split())


_VERDICT_COPULAS = frozenset("is was were are".split())
_REFUSING = frozenset("not never no n't without refuse refuses refused refusing decline declines declined "
                      "declining".split())
REFUSAL_REACH = 2       # "refused to give up", "did not withdraw"
LEAVING_SUBJECT_REACH = 6   # "The town's potential exit from the pact would...": the act opens the sentence
_LEFT_BEHIND = frozenset(("withdraw", "withdrawn", "withdrew", "quit", "abandon", "walk away from", "stay away from",
                          "pull out of", "keep away from", "steer clear of", "maintain distance from",
                          "keep its distance from", "stay out of", "give up", "scrap", "dismantle", "abolish", "renounce",
                          "shelve", "retreat", "terminate", "tear up", "ditch"))
# the act of leaving named by a noun ("the withdrawal from the TPP", "Britain's exit from the union")
LEAVING_NOUNS = frozenset("withdrawal withdrawals exit pullout abandonment".split())
_LEAVING_GERUNDS = frozenset("leaving exiting".split())
_MOVING = frozenset("redeploy redeploying relocate relocating".split())


def _left_as_it_is(lowered: list[str], start: int) -> bool:
    """Whether a state follows the object of "leaving" at `start`, which is then kept as it is ("leaving the tariffs
    in place", "leaving the pact intact", "leaving the islands alone", "leaving the pact as it is")."""
    window = lowered[start:start + LEAVING_AS_IT_IS_REACH]
    # (in the object's own phrase: not "Leaving the pact would damage the town's standing")
    window = window[:next((k for k, w in enumerate(window) if w in AUXILIARIES or w in BREAK_TOKENS), len(window))]
    return any(w in _LEFT_AS_IT_IS or (w == "as" and window[j + 1:j + 2] != [] and window[j + 1] in _AS_IT_IS)
               for j, w in enumerate(window))


LEAVING_AS_IT_IS_REACH = 8  # "leaving the sanctions on Moscow in place"
MOVED_FROM_REACH = 4        # "redeploy the U.S. forces from"
_ENGAGING = frozenset("engage join participate sign ratify enter reach conclude seal finalize finalise implement".split())
# ("choosing not to engage", "failing to join", "the refusal to sign": before the "to" of an engagement)
_SHUNNING = frozenset("not never fail fails failed failing failure refuse refuses refused refusing refusal decline "
                      "declines declined declining".split())
LEAVING_OF_REACH = 6        # "the folly of the U.S. withdrawal": the act soon after the verdict's "of"


def marks_a_leaving_judged(cue: str) -> bool:
    """Whether a polarity cue is the mark `leaving_judged` leaves ("on withdrew", "on Withdrawing", "on refused to
    join"), not a judging phrase that opens with "on" ("on the rocks", "on thin ice")."""
    words = cue.lower().split()
    return len(words) > 1 and words[0] == "on" and words[1] in _WORDS_OF_LEAVING


_WORDS_OF_LEAVING = _LEAVING | _LEFT_FROM | LEAVING_NOUNS | _GIVING_UP | _SHUNNING | frozenset(
    f"{phrase.split()[0]}{ending}" for phrase in _LEFT_BEHIND for ending in ("", "s", "d", "ed", "ing"))
