"""Obligation cues that tell a fact rather than call for anything: a step still to take ("the details still need
to be worked out"), a need denied to reassure ("there is no need to panic", "we do not have to interpret it
as..."), a need said perhaps not to arise ("may not have to"), an option said to be on or off the table, the points
a text says need considering ("Two factors need to be considered:") and a need named as what an agreement is about
("an agreement on the need for talks"), a need someone else saw or stressed ("the mayor saw no need to..."), and a
"must" that infers what is surely so ("the mayor must be trying to shelve the pier"). Also what a call's words weigh
or hold down: a word of weight on what its subject shows ("crucial in what it says about..."), and an amount held
down ("must curb its defense spending": against it). positions.py drops such cues from the calls it reads, or turns
them."""

from __future__ import annotations

from .clauses import AUXILIARIES, LINKING_OPENERS, POSSESSIVE_ENDINGS
from .commitments import WRITERS as _WRITERS
from .harm import names_a_danger
from .shift import THIRD_POSSESSIVES


def still_pending(lowered: list[str], at: int) -> bool:
    """'The details of the ferry rota still need to be worked out', 'Westport still has to decide where to put the
    pier': a step not yet taken, told as a fact; no call ("the port still needs to do more" still calls)."""
    if lowered[at] not in _NEEDING or lowered[at + 1:at + 2] != ["to"] or _STILL.isdisjoint(lowered[max(0, at - 2):at]):
        return False
    step = lowered[at + 2:at + 4]
    return bool(step) and (step[0] in _STEPS or (step[0] == "be" and step[1:] != [] and step[1] in _STEPS_TAKEN))


_NEEDING = frozenset("need needs has have".split())
_STILL = frozenset("still yet".split())
_STEPS = frozenset("decide determine finalize finalise settle confirm choose".split())
_STEPS_TAKEN = frozenset("worked decided determined finalized finalised settled confirmed agreed approved ratified "
                         "resolved clarified negotiated".split())


def may_reassure(lowered: list[str]) -> bool:
    """Whether a sentence has a word a reassurance or a denied need opens on (a cheap test before reassures,
    perhaps_unneeded and no_need_to_happen)."""
    return not (_ALARM.isdisjoint(lowered) and _READINGS.isdisjoint(lowered) and _PERHAPS.isdisjoint(lowered)
                and _DENIALS.isdisjoint(lowered))


def no_need_to_happen(lowered: list[str], match) -> bool:
    """'But the story does not have to end that way', 'One does not have to agree with the mayor to condemn the
    board': a need denied of what is to happen ("end", "mean", "lead"), or of anyone at all ("one"), says what is
    possible, and calls on nobody (readers found such sentences read as calls against unfair). "The board does not
    have to rush" and "America doesn't need to be the world's policeman" still advise against it."""
    j = match[0] + match[1]
    before = lowered[max(0, match[0] - 3):match[0]]
    return match[3] in _NEEDS and not _DENIALS.isdisjoint(before[-2:]) and (
        lowered[j:j + 1] != [] and lowered[j] in _HAPPENING or (bool(before) and "one" in before))


_HAPPENING = frozenset("end mean happen come lead turn remain stay last".split())


def perhaps_unneeded(lowered: list[str], match) -> bool:
    """'The new mayor may not have to spend much time restoring the pact', 'the town might not need to raise fees': a
    need said perhaps not to arise is a forecast, no call against the act ("does not have to" still says it)."""
    return match[3] in _NEEDS and lowered[max(0, match[0] - 2):match[0]] in (
        [modal, denial] for modal in _PERHAPS for denial in ("not", "never"))


_PERHAPS = frozenset("may might".split())


def reassures(lowered: list[str], match) -> bool:
    """Whether a denied need opens on a feeling of alarm ("doesn't have to be anxious", "need not worry", "there is
    no need to panic") or on a reading ("we do not have to interpret it as..."): the writer reassures, and calls for
    nothing."""
    before = lowered[max(0, match[0] - 2):match[0]]
    j = match[0] + match[1]
    denied = not _DENIALS.isdisjoint(before) or not _DENIALS.isdisjoint(lowered[j:j + 1])
    while j < len(lowered) and lowered[j] in _BEFORE_A_FEELING:
        j += 1
    # (a reading only after a need denied: "we should not assume that..." and "must not be read as..." still warn)
    return denied and j < len(lowered) and (lowered[j] in _ALARM or (lowered[j] in _READINGS and match[3] in _NEEDS))


_ALARM = frozenset("worry fret panic fear anxious alarmed afraid nervous overreact".split())
# and a reading the reader need not take ("We do not have to interpret the word as more than rhetoric"): the writer
# says how a thing may be read, and calls for nothing
_READINGS = frozenset("interpret read assume conclude regard".split())
_BEFORE_A_FEELING = frozenset("not n't to be too unduly overly".split())
_NEEDS = frozenset(("need", "need to", "needs to", "have to", "has to"))    # the needs a reading may be denied
_DENIALS = frozenset("not never n't no".split())


def on_the_table(lowered: list[str], at: int) -> bool:
    """'A military option is not on the table anymore', 'the ferry option is off the table': whether an option is
    there to choose, told as a fact; no call ("the only option is to talk" still calls)."""
    after = lowered[at + 1:at + 1 + TABLE_REACH]
    return any(after[k:k + 3] in (["on", "the", "table"], ["off", "the", "table"]) for k in range(len(after)))


TABLE_REACH = 10        # "option against the ferry port is no longer on the table"


def an_option_held(lowered: list[str], at: int) -> bool:
    """'The two towns haven't given up the option of talks', 'the board keeps the option open', 'the town still has
    the option to...': an option someone holds, keeps or gives up, told; no advice ("talks remain an option" and
    "the best option is to talk" still advise; "we should keep the option open" still calls, by its modal). So is
    one someone has chosen or weighs ("other allies have chosen a different option", "Seoul might revisit the option
    of leaving the pact": what they did or may do, told)."""
    k = at - 1
    while k >= 0 and (lowered[k] in _BEFORE_AN_OPTION or lowered[k].endswith(_DEGREE_ENDINGS)):
        k -= 1
    return k >= 0 and (lowered[k] in _HOLDING or (lowered[k] == "up" and k > 0 and lowered[k - 1] in _GIVING))


_DEGREE_ENDINGS = ("ly",)      # "a fully military option" ("has a better option: ..." still advises)
_BEFORE_AN_OPTION = frozenset("the a an its their his her our this that every any all military diplomatic nuclear "
                              "other last different another same".split())
# (choosing only told as done: "the town should choose a different option" calls by its modal)
_HOLDING = frozenset("have has had having keep keeps kept keeping retain retains retained retaining preserve "
                     "preserves preserved lose loses lost losing abandon abandons abandoned exercise exercises "
                     "exercised chose chosen picked selected opted adopted "
                     # and one someone weighs ("Seoul might revisit the option of leaving the pact")
                     "revisit revisits revisited revisiting weigh weighs weighed weighing explore explores explored "
                     "exploring".split())
_GIVING = frozenset("give gives gave given giving".split())


def points_to_consider(lowered: list[str], at: int) -> bool:
    """'Two factors need to be considered when thinking about...', 'Several points should be noted:': a text says what
    it will weigh next (the points counted, then a verb of attention); it calls for nothing ("Two reforms need to be
    adopted" still calls)."""
    j = at + 1 + (lowered[at + 1:at + 2] == ["to"])
    if lowered[j:j + 1] != ["be"] or lowered[j + 1:j + 2] == [] or lowered[j + 1] not in _ATTENDED:
        return False
    subject = lowered[max(0, at - 3):at]
    return bool(subject) and subject[-1] in POINTS and not _COUNTING.isdisjoint(subject)


_ATTENDED = frozenset("considered noted examined weighed remembered recalled mentioned stressed emphasized emphasised "
                      "highlighted kept borne understood recognized recognised".split())
POINTS = frozenset("factors points questions issues things aspects elements considerations lessons matters "
                    "features facts".split())
_COUNTING = frozenset("two three four five six several a few some these following".split())


def need_agreed(lowered: list[str], at: int) -> bool:
    """'A vacuous agreement on the need for denuclearization would have been meaningless', 'a debate over the need for
    a pier': a need named as what an agreement or a debate is about, not a need the writer calls for ("We stress the
    need for talks", "the need for talks is clear" still call)."""
    return lowered[at] == "need" and at >= 3 and lowered[at - 1] == "the" and lowered[at - 2] in _ABOUT \
        and lowered[at - 3] in _ACCORDS_AND_DEBATES


_ABOUT = frozenset("on about over of".split())
_ACCORDS_AND_DEBATES = frozenset("agreement agreements accord consensus understanding statement declaration "
                                 "communique debate debates discussion discussions talk talks argument "
                                 "arguments".split())


def options_laid_out(lowered: list[str], at: int) -> bool:
    """'The mayor must either follow the board or keep his stance': a need with "either ... or" right after it lays
    out someone's options, a dilemma told; it calls for neither."""
    start = at + 1 + (lowered[at + 1:at + 2] == ["to"])
    return lowered[start:start + 1] == ["either"] and "or" in lowered[start + 2:]


def an_inference_forced(lowered: list[str], at: int, length: int) -> bool:
    """'One has no choice but to speculate that the ship had something to hide', 'we must conclude that...': a need
    to infer, guess or suppose tells what the writer concludes, a reading of the facts; it calls for no course (the
    conclusion's own words are read as any clause's)."""
    verb = at + length + (lowered[at + length:at + length + 1] == ["to"])
    if not (lowered[verb:verb + 1] != [] and lowered[verb] in _CONCLUDING and lowered[verb + 1:verb + 2] != []
            and lowered[verb + 1] in _WHAT_IS_CONCLUDED):
        return False
    # what is concluded is a clause, with a verb of its own ("must conclude that agreement soon": a deal concluded,
    # a call), and no course joined after it ("must guess what the port will do and prepare the pier": a call)
    clause = lowered[verb + 2:verb + 2 + CONCLUDED_VERB_REACH]
    joined = any(w == "and" and k + 1 < len(lowered) and lowered[k + 1][:1].isalpha() and lowered[k + 1] not in
                 _NOUN_OPENERS for k, w in enumerate(lowered[verb + 2:], start=verb + 2))
    return not _CLAUSE_VERBS_SEEN.isdisjoint(clause) and not joined


def a_need_stated_not_asked(lowered: list[str], at: int) -> bool:
    """'The town needs no approval from the council' (nothing is required of it: a fact), 'the port needs the town as
    much as the town needs the port' (a dependence weighed): a need told of someone, no course called for ("the
    town need not apologize" still calls)."""
    if lowered[at] not in _NEED_VERBS:
        return False
    if lowered[at + 1:at + 2] == ["no"]:
        # (a formality needed by no one: "needs no legislative approval"; "needs no new pact" refuses one, a call)
        return not _FORMALITIES.isdisjoint(lowered[at + 2:at + 2 + FORMALITY_REACH])
    if _what_it_takes(lowered, at):
        return True
    # (the comparison between two needs: "needs the port as much as the port needs the town", either need)
    return _needs_compared(lowered[at + 1:at + 1 + 2 * NEED_COMPARED_REACH]) or _needs_compared(
        lowered[max(0, at - 2 * NEED_COMPARED_REACH):at], before=True)


def _what_it_takes(lowered: list[str], at: int) -> bool:
    """'New boards need time to rebuild their teams', 'the mayor needs its support in...', 'needs their full
    cooperation': how long a thing takes, or a dependence on another party's help, told of someone. Not the writer's own
    plea ("we need time to..."), a thing named after the time ("needs time limits") nor help listed with other things
    ("needs the region's help and stronger rules"), which still call."""
    before = at - 1
    while before > 0 and lowered[before] in _BEFORE_A_NEED:
        before -= 1
    if before >= 0 and lowered[before] in _WRITERS:
        return False    # ("we still need more time", "we will need time to...": the writer's own plea)
    k = at + 1
    while k < len(lowered) and k <= at + TIME_QUANTITY_REACH and lowered[k] in _QUANTITIES:
        k += 1
    if lowered[k:k + 1] == ["time"]:
        if lowered[k + 1:k + 3] in ([",", "not"], [",", "rather"]):
            return False    # ("needs time, not more tolls": patience called for over another course)
        # (not a list: "needs time, patience and pressure")
        return k + 1 >= len(lowered) or lowered[k + 1] in _AFTER_A_NEED or lowered[k + 1] in (".", ";") or (
            lowered[k + 1] == "," and lowered[k + 2:k + 3] != [] and lowered[k + 2] in _AFTER_A_NEED)
    k = at + 1 + (lowered[at + 1:at + 2] == ["the"])
    if not (k < len(lowered) and lowered[k] in THIRD_POSSESSIVES):
        return False        # (only help a pronoun owns: "Ukraine needs the West's support", "the town needs the help
        #                     of the port" may ask for it)
    k += 2 if lowered[k + 1:k + 2] and lowered[k + 1] not in _HELP_NOUNS else 1     # ("Beijing's full cooperation")
    return k < len(lowered) and lowered[k] in _HELP_NOUNS and (
        k + 1 >= len(lowered) or lowered[k + 1] not in _LISTING)


TIME_QUANTITY_REACH = 4     # "needs a little more time"
_QUANTITIES = frozenset("some more a little lot lots of much enough plenty".split())
_AFTER_A_NEED = frozenset("to for before until while if as".split())
_HELP_NOUNS = frozenset("support help cooperation backing assistance consent blessing".split())
_LISTING = frozenset("and or".split())
_BEFORE_A_NEED = frozenset("still also will would really just simply certainly surely clearly".split())


def _needs_compared(words: list[str], *, before: bool = False) -> bool:
    """Whether "as much as" stands in the words after a need with another need after it, or, before one, with
    another need before it, in one stretch of the sentence ("needs the pact more than it needs new tolls" sets a
    priority, a call; "needs reform as much as ever, and it needs..." compares no needs)."""
    if not _STRETCH_BREAKS.isdisjoint(words):
        words = words[max(k for k, w in enumerate(words) if w in _STRETCH_BREAKS) + 1:] if before else \
            words[:min(k for k, w in enumerate(words) if w in _STRETCH_BREAKS)]
    for k in range(len(words)):
        if words[k:k + 3] == ["as", "much", "as"] and not _NEED_VERBS.isdisjoint(words[:k] if before else words[k + 3:]):
            return True
    return False


_STRETCH_BREAKS = frozenset(", ; : and but".split())


_NEED_VERBS = frozenset("needs need needed".split())
_FORMALITIES = frozenset("approval approvals permission introduction explanation reminder ratification consent "
                         "authorization authorisation vote".split())
FORMALITY_REACH = 3     # "needs no further legislative approval"
NEED_COMPARED_REACH = 6     # "needs the two biggest ports as much as" (and as far again to the other need)


_WHAT_IS_CONCLUDED = frozenset("that whether if what how why".split())
CONCLUDED_VERB_REACH = 8    # "that the South Korean vessel had"
_CLAUSE_VERBS_SEEN = AUXILIARIES | frozenset("wants want".split())
_NOUN_OPENERS = frozenset("the a an its their his her our this that these those".split())
_CONCLUDING = frozenset("speculate conclude suspect infer surmise guess deduce wonder".split())
# (not "assume": "Tokyo should assume that the talks will fail" asks it to plan so, a call)


def wishes_someone_would(lowered: list[str], at: int) -> bool:
    """'We would like Japan to strengthen its industry', 'I would like Tokyo to move faster': the writer's wish, with
    "would" at `at`, that someone named after it act ("I would like to offer a reading", "I would like it to become
    the standard" and "more than I would like" are no wish of that kind: the first tells the writer's own act)."""
    if lowered[at - 1:at] not in (["i"], ["we"]) or lowered[at + 1:at + 2] != ["like"]:
        return False
    actor = lowered[at + 2:at + 3]
    return bool(actor) and actor[0] not in ("to", "for", "it", "that", "this") and actor[0].isalpha() and \
        "to" in lowered[at + 3:at + 3 + WISHED_ACTOR_REACH]


WISHED_ACTOR_REACH = 4      # "we would like the two allies to"


def weighs_for_a_party(lowered: list[str], at: int) -> bool:
    """'Relations with the port are also critical for the town', 'The mayor's decision is crucial to both ports':
    a word of weight after a copula, with what it weighs for after it (not "crucial for the town to act", nor "It is
    crucial for..."), judges how much the subject matters to someone; it calls for nothing (readers found 3 of 3
    such readings as calls unfair). So too for a thing it serves, a noun phrase no verb opens ("Rare earths are
    critical to high-tech products", "have become essential to national competitiveness": readers found both read
    as calls unfair or borderline, 4 verdicts of 4), not an end to be reached ("essential to maintain peace")."""
    if lowered[at] not in _WEIGHTS or at + 2 >= len(lowered) or lowered[at + 1] not in ("for", "to"):
        return False
    copula = next((k for k in range(at - 1, max(-1, at - 3), -1) if lowered[k] in _LINKING_COPULAS), None)
    if copula is None or copula == 0 or lowered[copula - 1] in ("it", "this", "that"):
        return False
    party = lowered[at + 2]
    name = party.removesuffix("'s").removesuffix("\u2019s")      # ("critical to Japan's peace")
    # ("to" and a verb is a purpose, "essential to work toward a deal": only "to" and a determiner or a possessive
    # names a party)
    return name.replace("-", "").isalpha() and party not in _NOT_A_PARTY and \
        "to" not in lowered[at + 2:at + 2 + PARTY_REACH] and (
            lowered[at + 1] == "for" or party in _PARTY_DETERMINERS or name != party or
            (lowered[at + 1] == "to" and _no_verb(lowered, at + 2)))


def weighs_in_what_it_shows(lowered: list[str], at: int) -> bool:
    """'It's crucial in what it says about the port's plans', 'The vote is vital in how it shapes the debate': a word
    of weight with what the subject shows or does after "in" judges how much the subject matters; it calls for
    nothing (readers found such a reading as a call unfair). Not where a course follows ("It is crucial in the talks
    to keep calm" calls, by its infinitive)."""
    if lowered[at] not in _WEIGHTS or lowered[at + 1:at + 2] != ["in"] or at + 3 >= len(lowered):
        return False
    shows = lowered[at + 2] in ("what", "how") or (lowered[at + 2] == "that" and lowered[at + 3] in _SUBJECT_PRONOUNS)
    # (not "essential in that regard that the town keeps...", "crucial in what comes next to keep...": a course
    # follows, by a that-clause or an infinitive anywhere after)
    rest = range(at + 3, len(lowered) - 1)
    return shows and not any(lowered[k] == "to" and _opens_a_verb(lowered[k + 1]) for k in rest) and not any(
        lowered[k] == "that" and lowered[k + 1] in _CLAUSE_SUBJECTS for k in rest)


def _opens_a_verb(word: str) -> bool:
    """Whether a word after "to" may open an infinitive ("to keep"), not a noun phrase ("to a new order", "to allied
    burden-sharing", "to Japan's response")."""
    return word.isalpha() and word not in _DETERMINERS_AFTER_TO and not word.endswith("ed")


_DETERMINERS_AFTER_TO = frozenset("a an the its their his her our this that these those such any every".split())
_CLAUSE_SUBJECTS = frozenset("the a an it they we he she its their our this these those there".split())


_SUBJECT_PRONOUNS = frozenset("it they he she".split())      # "crucial in that it links the ports"


def _no_verb(lowered: list[str], k: int) -> bool:
    """Whether the word at k, after "to", opens a noun phrase and is no verb: an adjective or a noun by an ending
    no common verb has ("critical to regional peace", "essential to national competitiveness", "critical to
    high-tech products", "essential to batteries"), or a thing commonly weighed for ("critical to peace"). Not where
    a determiner or a possessive follows it, as one follows a verb's object ("essential to kick-start the talks",
    "to implement Tokyo's plan"), nor a verb hyphenated ("to fast-track approvals")."""
    word, following = lowered[k], lowered[k + 1:k + 2]
    if following and (following[0] in _OBJECT_OPENERS or following[0].endswith(POSSESSIVE_ENDINGS)):
        return False
    if word in _THINGS_WEIGHED_FOR or (word.endswith(_NOUN_ENDINGS) and word not in _VERBS_WITH_NOUN_ENDINGS):
        return True
    return "-" in word and not word.startswith(_VERB_PREFIXES) and word.rsplit("-", 1)[1] not in _HYPHENATED_VERB_ENDS


_WEIGHTS = frozenset("crucial critical vital essential indispensable".split())
# endings few verbs have (not "-ance", "-ment", "-tion", "-ive": "to enhance", "to implement", "to question", "to
# give"); the verbs that have them are listed apart
_NOUN_ENDINGS = ("al", "tive", "ic", "ary", "ous", "ity", "ness", "ship", "ism", "ies", "ics", "ucts", "ogy")
_VERBS_WITH_NOUN_ENDINGS = frozenset("deal reveal appeal heal seal steal conceal repeal signal total spiral rival equal "
                                     "panic mimic traffic vary carry marry bury tally".split())
_HYPHENATED_VERB_ENDS = frozenset("start track tune test check game boost proof".split())    # "kick-start"
_OBJECT_OPENERS = frozenset("the a an its their these those his her our my your any every such more".split())
_VERB_PREFIXES = ("re-", "co-", "pre-", "de-", "un-", "over-", "out-")     # "to re-establish", "to co-operate"
_THINGS_WEIGHED_FOR = frozenset("peace security stability growth prosperity survival success economy trade industry "
                                "chips batteries defense defence health energy deterrence cooperation resilience "
                                "competitiveness innovation".split())
_LINKING_COPULAS = frozenset("is are was were remains remain become becomes became".split())
_NOT_A_PARTY = frozenset("be have do make keep ensure maintain achieve build".split())
_PARTY_DETERMINERS = frozenset("the both its their our his her this these those".split())
PARTY_REACH = 5     # "critical for the town and its ports to": a party with "to" after it is who must act


def given_as_a_reason(lowered: list[str], at: int) -> bool:
    """Whether a word of need stands in what the sentence gives as the reason for something told: "The reason the
    ferry stopped running is that its owner needs to cut costs" (a need explained, no call of the writer's; "The
    reason is clear: the town must act" calls after its colon)."""
    reason = next((k for k in range(min(len(lowered), REASON_NOUN_REACH)) if lowered[k] in REASON_NOUNS), None)
    return reason is not None and any(lowered[k] in ("is", "was") and lowered[k + 1] in ("that", "because")
               for k in range(reason + 1, at - 1)) and not any(w in (":", ";") for w in lowered[reason:at])


REASON_NOUNS = frozenset("reason reasons".split())
REASON_NOUN_REACH = 8   # "Above all else, the reason"


def denial_asks_for_more(lowered: list[str], after_modal: int, *, inverted: bool = False) -> bool:
    """'The pledge should not become a mere slogan', 'the pact must not remain merely a paper': what the subject is
    told not to be is a lesser thing, so the call is for more of it, not against it; so too what is not to be
    neglected ('The weight of this step should not be underestimated'): the call is to heed it; and what is to be
    done instead ('should not rebuild the pier and instead seek a ferry'). `after_modal` is the index after the
    modal; `inverted` says the sentence opens on a denial that puts its subject after the modal ("Nor should")."""
    after = lowered[after_modal:after_modal + MERE_REACH]
    if after[:1] in (["not"], ["never"]) and after[1:2] == ["be"] and after[2:3] and after[2] in _NEGLECTED:
        return True
    if "instead" in lowered[after_modal:]:
        return True     # ("The board should not rebuild the pier and instead seek a ferry": the call is for what follows)
    # the verb of being: "become", "remain", "end up being" ("should not be closed merely because..." is no such)
    being = next((k for k, word in enumerate(after) if word not in _BEFORE_BEING), None)
    if being is not None and inverted:
        # "Nor should the forum be a mere talking shop": the subject stands between
        being = next((k for k, word in enumerate(after[:MERE_REACH - 3]) if word in _BEING_SOMETHING), None)
    if being is None or after[being] not in _BEING_SOMETHING:
        return False
    rest = after[being + 1:being + 4]
    if not rest:
        return False
    return rest[0] in _MERE or (rest[0] in ("a", "an", "just", "simply") and not _MERE.isdisjoint(rest[1:3])) or (
        rest[0] in ("nothing", "little", "no") and rest[1:3] == ["more", "than"])


def alteration_refused(lowered: list[str], after_modal: int, named: int) -> str | None:
    """'The town should not change the ferry pact's rules', 'must not water down the pact', 'the pact's terms should
    not be rewritten': a call not to alter what is named at token `named` is for keeping it as it is, not against
    it. `after_modal` is the index after the call's modal. The cue, or None."""
    k = after_modal
    while k < len(lowered) and (lowered[k] in _BEFORE_BEING or lowered[k].endswith("ly") or lowered[k] == "be" or (
            lowered[k] in _TRYING and lowered[k + 1:k + 2] == ["to"]) or (lowered[k] == "to" and k > after_modal)):
        k += 1      # ("should not seek to revise the pact")
    passive = "be" in lowered[after_modal:k]
    if k >= len(lowered) or lowered[k] not in _ALTERING or (
            lowered[k] in _ALTERED_WITH_A_PARTICLE and lowered[k + 1:k + 2] != [_ALTERED_WITH_A_PARTICLE[lowered[k]]]):
        return None
    instead = next((j for j in range(k + 1, len(lowered)) if lowered[j] in _INSTEAD), None)
    if instead is not None and not _ENDING.isdisjoint(lowered[instead + 1:instead + 1 + INSTEAD_REACH]):
        return None     # ("should not amend the pact but scrap it": what is asked instead decides)
    if passive:
        # the subject is what is altered, its head before any preposition ("The ban on collective self-defense
        # should not be revised" keeps the ban, not what it bans; "the rules of the pact" are the pact's)
        opens = next((j + 1 for j in range(named - 1, -1, -1) if not lowered[j][:1].isalnum()), 0)
        opens += opens < named and lowered[opens] in LINKING_OPENERS      # ("But the pact should not be revised")
        held = named < after_modal and _BREAKS_AN_OBJECT.isdisjoint(lowered[opens:named])
        end = after_modal
    else:
        start = k + 2 if lowered[k] in _ALTERED_WITH_A_PARTICLE else k + 1
        held = start <= named < start + ALTERED_REACH and _BREAKS_AN_OBJECT.isdisjoint(lowered[start:named])
        end = start + ALTERED_REACH
    # (not conduct the thing altered names: "should not alter the port's missile tests" lets the tests stand; nor a
    # restriction or a line on the thing named: "its defense spending cap", "our North Korea policy" keep the cap or
    # the policy, whatever it holds of the thing)
    object_end = next((j for j in range(named, min(end, len(lowered))) if lowered[j] in _BREAKS_AN_OBJECT), end)
    # (the name's own word may be one: "must not dilute the sanctions on the port", where the sanctions are named)
    if held and any(names_a_danger(lowered, j) or (lowered[j] in _HELD_ON_A_THING and j > named)
                    for j in range(named, min(object_end, len(lowered)))):
        return None
    return f"not {lowered[k]}" if held else None


# verbs of altering a thing, and the particle some take ("water down", "tamper with")
_ALTERING = frozenset("change changed alter altered modify modified amend amended rewrite rewritten revise revised "
                      "renegotiate renegotiated dilute diluted water watered tamper".split())
_ALTERED_WITH_A_PARTICLE = {"water": "down", "watered": "down", "tamper": "with"}
ALTERED_REACH = 5       # "change the ferry pact's current rules"
_TRYING = frozenset("seek try attempt".split())
_INSTEAD = frozenset("but rather instead".split())
# what may be asked instead of altering a thing, ending it ("but scrap it", "but rather abolish it")
_ENDING = frozenset("scrap abandon abolish replace end terminate drop ditch withdraw leave quit dismantle".split())
INSTEAD_REACH = 3       # "but rather to scrap"
_BREAKS_AN_OBJECT = frozenset(", ; : that which who but and or about on over in for to with toward towards regarding "
                              "against from".split())
# what is kept on a thing, not the thing ("its arms export ban", "our Russia policy")
_HELD_ON_A_THING = frozenset("ban bans cap caps ceiling ceilings limit limits restriction restrictions curb curbs "
                             "control controls barrier barriers moratorium embargo sanctions policy policies approach "
                             "line stance posture strategy".split())


_NEGLECTED = frozenset("underestimated underrated overlooked ignored neglected forgotten dismissed discounted downplayed "
                       "underplayed".split())
_BEFORE_BEING = frozenset("not never n't end ends up".split())
_BEING_SOMETHING = frozenset("be become remain stay being".split())
_MERE = frozenset("mere merely".split())
MERE_REACH = 8      # "should not end up being just a mere slogan"


def not_affordable(lowered: list[str], top) -> bool:
    """'We cannot afford a repeat of the blockade': what cannot be afforded is to be avoided ("cannot afford to
    wait" still calls for acting now)."""
    if top is None or lowered[top[0]:top[0] + top[1]][-1:] != ["afford"]:
        return False
    return lowered[top[0] + top[1]:top[0] + top[1] + 1] != ["to"]


def restrains_a_quantity(raw: list[str], lowered: list[str], top, at: int | None) -> str | None:
    """'Japan must curb its defense spending', 'the defense budget should be capped', 'should scale back the troop
    presence': a call whose own verb holds down an amount of what the issue names (the issue's name at `at` inside
    the amount's phrase) is against it (-1 before any denial). The words of the restraint, or None: not a verb after
    another one ("must reverse the cuts", "must restore the reduced budget"), not another's amount ("must curb North
    Korea's arsenal" puts pressure on it), not an amount of something else ("cut its road budget to fund the
    ferry")."""
    if top is None or at is None:
        return None
    verb = top[0] + top[1]
    while verb < len(lowered) and (lowered[verb] in _BEFORE_A_RESTRAINT or lowered[verb].endswith("ly")):
        verb += 1
    if verb >= len(lowered) or lowered[verb] not in _RESTRAINING:
        return None
    if lowered[verb - 1] in ("be", "been"):
        # (passive: the amount is the subject, before the modal, and the issue is named in it)
        amount = next((k for k in range(top[0] - 1, max(-1, top[0] - 1 - AMOUNT_REACH), -1)
                       if lowered[k] in _AMOUNTS), None)
        phrase = range(amount - AMOUNT_REACH, amount + 1) if amount is not None else range(0)
    else:
        amount = next((k for k in range(verb + 1, min(len(lowered), verb + 1 + AMOUNT_REACH))
                       if lowered[k] in _AMOUNTS), None)
        phrase = range(verb + 1, amount + 1) if amount is not None else range(0)
    if amount is None or at not in phrase or any(
            raw[k][:1].isupper() and lowered[k].endswith(("'s", "\u2019s")) for k in phrase):
        return None
    return f"{lowered[verb]} {lowered[amount]}"


AMOUNT_REACH = 4        # "curb its defense spending", "the defense budget should"
# what may stand between a modal and the restraining verb it governs ("must still be controlled", "should not cut")
_BEFORE_A_RESTRAINT = frozenset("be been still further also now not never".split())
_RESTRAINING = frozenset("cut curb cap limit restrain restrict reduce trim slash shrink freeze control lower "
                         "capped curbed limited restrained restricted reduced trimmed slashed frozen controlled "
                         "lowered".split())
_AMOUNTS = frozenset("budget budgets spending expenditure expenditures outlays presence deployment deployments "
                     "troops forces".split())


_FEELING_VERBS = frozenset("feel sense".split())
_FEELINGS = frozenset("worried relieved disappointed frustrated pleased delighted furious angry alarmed dismayed "
                      "nervous anxious glad surprised shocked".split())


def inferred_must(lowered: list[str], at: int) -> bool:
    """'this suggests there must be a quiet deal', 'it suggests that the port must be worried': a "must be" with a
    noun or a participle, in what an inference verb just before it concludes, tells what is surely so and calls for
    nothing ("this implies that we must act now", "...that Japan must be ready" call). So does a "must be" with a
    verb of mind or attempt in its -ing form ("the mayor must be trying to shelve the pier", "Tokyo must be
    wondering..."), or with the -ing form of a doing in what the writer says they assume ("I assume Beijing must be
    finding..."): a guess at what someone is doing ("the board must be doing more" still calls)."""
    if at + 2 < len(lowered) and (lowered[at + 1] in _FEELING_VERBS or (
            lowered[at + 1] == "be" and lowered[at + 2] in _FEELINGS)) and lowered[at - 1:at] not in (["we"], ["i"]):
        return True     # ("the sadness her parents must feel", "the islanders must be worried": a guess at a feeling)
    if lowered[at + 1:at + 2] != ["be"] or at + 2 >= len(lowered):
        return False
    state = lowered[at + 2]
    if state in _MINDS_AT_WORK or state in ("that", "because"):
        return True     # (also "the reason ... must be that it thinks": an inference about why)
    before = lowered[max(0, at - INFERRED_MUST_REACH):at]
    if (assumed := _assumed(lowered, at)) is not None and _OURS.isdisjoint(lowered[assumed:at]):
        # "I assume Beijing must be finding Biden a tough rival", "I suspect there must be a deal": what the writer
        # assumes someone is doing, or that there is, is surely so. A duty stays a call: a passive ("I suppose the
        # tolls must be scrapped"), a predicate ("the priority must be rebuilding the pier", "must be willing to")
        # or the writer's own ("I suppose all of us must be ready")
        return (state in _DETERMINERS_AFTER_BE and lowered[at - 1] == "there") or (
            state.endswith("ing") and state not in _ING_ADJECTIVES and lowered[at - 1] not in _PREDICATED)
    return (state in _DETERMINERS_AFTER_BE or state.endswith("ed")) and not _INFERRING.isdisjoint(before)


# what someone is guessed to be thinking or attempting ("must be trying to", "must be hoping that")
_MINDS_AT_WORK = frozenset("trying hoping thinking wondering calculating counting betting planning scheming plotting "
                           "feeling worrying regretting laughing rethinking reconsidering considering weighing "
                           "watching pretending bluffing feigning".split())
INFERRED_MUST_REACH = 6     # "implies that there must", "suggests Tokyo must"
_INFERRING = frozenset("implies imply implied suggests suggest suggested indicates indicate indicated".split())
# what the writer assumes ("I assume", "we suspect": first person only, as "the suspect must be charged" and
# others' assumptions, which are reported, are not the writer's inference)
_ASSUMING = frozenset("assume suppose presume suspect imagine guess".split())
_OURS = frozenset("i we us our ourselves".split())
_ING_ADJECTIVES = frozenset("willing unwilling lacking missing promising interesting worrying encouraging fitting "
                            "ongoing outstanding forthcoming convincing compelling".split())
_PREDICATED = frozenset("priority aim goal task step answer focus response solution challenge first".split())
_ASSUMPTION_BREAKS = frozenset(", ; : but and".split())


def _assumed(lowered: list[str], at: int) -> int | None:
    """Where the writer's assumption opens ("I assume", "we suspect") in the clause of the "must" at `at`, within
    INFERRED_MUST_REACH tokens (not across a comma or "but": "I guess so, but Tokyo must be doing more" calls)."""
    for k in range(at - 1, max(0, at - INFERRED_MUST_REACH - 1), -1):
        if lowered[k] in _ASSUMPTION_BREAKS:
            return None
        if lowered[k] in _ASSUMING and lowered[k - 1] in ("i", "we"):
            return k + 1
    return None


_DETERMINERS_AFTER_BE = frozenset("a an the some another".split())


def anothers_perceived_need(lowered: list[str], k: int) -> bool:
    """Whether the need at k is one someone other than the writer saw or felt ("the mayor saw no need to...", "the
    ministry felt a need to..."): their judgement, told. "I see no need to..." is the writer's own call."""
    if k >= 3 and lowered[k - 1] == "the" and lowered[k - 2] == "on" and lowered[k - 3] in _AGREEING:
        # "the two leaders agreed on the need to mend ties": the need is theirs, as is what they agreed
        return _WRITERS.isdisjoint(lowered[max(0, k - 3 - PERCEIVER_REACH):k - 3])
    if k >= 2 and lowered[k - 1] == "the" and lowered[k - 2] in _STRESSING:
        # "The minister spent the visit stressing the need for new berths": the speaker's need
        return _WRITERS.isdisjoint(lowered[:k - 2])
    if k < 2 or lowered[k - 1] not in _NEED_DETERMINERS or lowered[k - 2] not in _PERCEIVING:
        return False
    return _WRITERS.isdisjoint(lowered[max(0, k - 2 - PERCEIVER_REACH):k - 2])


def a_need_given_as_cause(lowered: list[str], k: int) -> bool:
    """Whether the need at k is what something is put down to ("Analysts link the ferry strike to the need for the
    port to raise its leverage", "the mayor attributed the strike to the need to..."): an explanation of a
    deed, whoever gives it, and no call of the writer's."""
    if k < 2 or lowered[k - 1] != "the" or lowered[k - 2] != "to":
        return False
    return any(word in _PUTTING_DOWN_TO for word in lowered[max(0, k - 2 - CAUSE_REACH):k - 2])


_PUTTING_DOWN_TO = frozenset("link links linked linking attribute attributes attributed attributing ascribe ascribes "
                             "ascribed ascribing tie ties tied tying connect connects connected connecting".split())
CAUSE_REACH = 6     # "link the latest ferry strike on the east coast to the need"


_AGREEING = frozenset("agreed agree agrees concurred stressed emphasized emphasised".split())
_STRESSING = frozenset("stressing stressed stresses emphasizing emphasising emphasized emphasised emphasizes "
                       "underlining underlined citing cited".split())


_NEED_DETERMINERS = frozenset("no a little any the every".split())
_PERCEIVING = frozenset("saw see sees seeing felt feel feels found find finds".split())
PERCEIVER_REACH = 3     # "I still see no need", "we do not see any need"
