"""Judging words used in a sense that passes no verdict: a chance someone had or took, an activity someone engages
in, the people a feeling describes, a word of importance naming a kind, a reaction told, the standard a comparison
measures against, a call on how a thing is to be read; and a purpose said not to be met ("not enough to succeed").

Each test takes the sentence's lower-cased tokens and where the judging word stands; `positions._judges_nothing`
asks them along with its own tests. They describe what the word does in the sentence, not which issue it is on.
"""

from __future__ import annotations

from .clauses import AUXILIARIES, COPULAS, LINKING_OPENERS, MODALS
from .commitments import WRITERS
from .harm import countered
from .voices import BE, CORRECT, ENDORSING, NO_ONE
from .wordclass import DETERMINERS

_LIKELIHOODS = frozenset("chances odds".split())
_CHANCES = frozenset("chance opportunity opportunities chances".split())
# verbs by which someone took a chance that was there: "China found a strategic opportunity", "the PRC took full
# advantage of this opportunity", "Beijing seized the opportunity" (told; "Japan should seize the chance" is a call,
# whose modal reads before this test is asked, and "seize" in the present stays a call's verb)
_TAKING_A_CHANCE = frozenset("found finds sensed saw seized exploited grabbed".split())
_GIVING_A_CHANCE = frozenset("gave provided offered afforded handed presented".split())
GIVEN_REACH = 6         # "gave the mayor's old rival another opportunity"
_BEFORE_A_CHANCE = frozenset("a an the this that its their his her golden strategic rare unique new historic "
                             "perfect good great such".split())
# what a feeling is about, after the people it describes: "democracies concerned about China's ambitions"
_FEELINGS_OF_A_GROUP = frozenset("concerned worried alarmed anxious uneasy".split())
_ABOUT = frozenset("about over at by".split())
_GROUPS = frozenset("people those others everyone many some".split())


def a_likelihood(lowered: list[str], at: int, following: str) -> bool:
    """"The chances of military action will increase", "the chances of a deal are slim": a likelihood measured,
    whose direction is that of what it is a chance of; no hope ("a rare chance to settle" still is one)."""
    return lowered[at] in _LIKELIHOODS and following in ("of", "that", "for")


def a_chance_taken(lowered: list[str], at: int) -> bool:
    """A chance someone had, took or was given, told: "In May, I had an opportunity to interview officials", "China
    might have found a strategic opportunity", "The PRC took full advantage of this opportunity", "the stop provided
    Kim a chance to...", "The opportunity presented itself as...". It tells what someone made of the moment, or
    how it came, not that the writer welcomes it. "Japan has an opportunity to rethink its supply chains"
    still points to a chance, and a call to seize one still calls."""
    if lowered[at] not in _CHANCES:
        return False
    if lowered[at + 1:at + 3] == ["presented", "itself"] or lowered[at + 1:at + 2] == ["arose"]:
        return True         # "The opportunity presented itself as the mayor made his way to the port": told
    giver = next((k for k in range(at - 1, max(-1, at - GIVEN_REACH), -1) if lowered[k] in _GIVING_A_CHANCE), None)
    if giver is not None and all(w[:1].isalnum() for w in lowered[giver + 1:at]) and WRITERS.isdisjoint(
            lowered[:giver]) and (lowered[at + 1:at + 2] == ["for"] or not _BEFORE_A_CHANCE.issuperset(
                lowered[giver + 1:at])):
        return True         # "provided Kim a chance to make his first visit", "It gave another opportunity for the
        #                     secretary to...": a chance given to someone named, told ("The summit provided a rare
        #                     opportunity to strengthen the pact" and "will provide an opportunity to..." still point,
        #                     and so does the writer's own view of it: "I believed the crisis gave the town a chance")
    before = at
    while before > 0 and lowered[before - 1] in _BEFORE_A_CHANCE:
        before -= 1
    if before == at:
        return False
    verb = lowered[before - 1] if before else ""
    return (verb == "had" and before == at - 1 and lowered[at] in ("chance", "opportunity")
            and lowered[before] in ("a", "an", "the")) or verb in _TAKING_A_CHANCE or (
        verb == "of" and lowered[max(0, before - 2):before - 1] == ["advantage"])


_GAINS = frozenset("achievement achievements".split())
GAIN_PREDICATE_REACH = 4    # tokens from the gain to its predicate's verb: "achievements of the summit were meagre"
# the verbs a predicate that judges its subject opens with ("remain modest", "were meagre", "have been overstated")
_LINKING = COPULAS | AUXILIARIES | frozenset("remain remains remained seem seems seemed look looks looked prove proves "
                                             "proved appear appears appeared".split())


def a_gain_named(lowered: list[str], at: int, following: str) -> bool:
    """'The achievement of denuclearization remains the goal': a gain named as a goal; and 'The pact's achievements
    remain modest', 'The summit's achievements were meagre': a gain standing in the subject, which the predicate
    judges (its own word would praise what the sentence finds small). 'This is a major achievement' still praises."""
    if lowered[at] not in _GAINS:
        return False
    if following == "of" and at > 0 and lowered[at - 1] == "the":
        return True
    return _LINKING.isdisjoint(lowered[:at]) and not _LINKING.isdisjoint(lowered[at + 1:at + 1 + GAIN_PREDICATE_REACH])


def engaged_in(lowered: list[str], at: int, following: str) -> bool:
    """"China is engaging in a relentless military buildup", "engaged in a war of words": an activity someone
    takes part in, no engagement with anyone (what they engage in may judge on its own)."""
    return lowered[at].startswith("engag") and following == "in"


def feeling_of_a_group(lowered: list[str], at: int, following: str) -> bool:
    """"A coalition of democratic nations concerned about China's ambitions", "those worried by the cost": the
    feeling names the people it describes, as a relative clause would; it is no verdict of the writer's on what
    they feel about (after a verb, "the mayor is concerned about" still tells a feeling, read elsewhere)."""
    if lowered[at] not in _FEELINGS_OF_A_GROUP or following not in _ABOUT or at == 0:
        return False
    before = lowered[at - 1]
    if before in COPULAS or before in AUXILIARIES or before.endswith("ly"):
        return False
    return before in _GROUPS or (len(before) > 3 and before.endswith("s") and not before.endswith("ss"))


def not_enough_for(lowered: list[str], after: int) -> range:
    """The tokens a negation before "enough" denies: "platitudes will not be enough for the mayor to succeed" says
    the purpose will not be met, so its verb is negated as if "not" stood before it (an empty range if no "enough"
    follows the negation ending at `after`, or no purpose follows it)."""
    enough = next((k for k in range(after, min(len(lowered), after + ENOUGH_REACH)) if lowered[k] == "enough"), None)
    if enough is None:
        return range(0)
    to = next((k for k in range(enough + 1, min(len(lowered), enough + PURPOSE_REACH)) if lowered[k] == "to"), None)
    return range(0) if to is None else range(to, min(len(lowered), to + 2))


ENOUGH_REACH = 3        # "not be enough", "not nearly enough"
PURPOSE_REACH = 7       # "enough for this new administration to": who, then the purpose


def an_effect_expected(lowered: list[str], at: int) -> bool:
    """'Such a change should strengthen relations in the long term', 'The new deal should help both towns': "should"
    after a course or an event, before a verb of effect, expects what it will bring (a forecast); nobody is asked to
    act ("The board should strengthen the fleet" still calls)."""
    if lowered[at] != "should" or at == 0:
        return False
    subject = lowered[at - 1]
    if subject == "," and "," in lowered[:at - 1]:
        # the subject set off by an aside ("A ferry summit, to be held later this month, should help to clarify..."):
        # its head stands before the first comma
        first = lowered.index(",")
        subject = lowered[first - 1] if first and lowered[first + 1:at - 1].count(",") == 0 else ""
    if subject not in _COURSES_AND_EVENTS:
        return False
    verb = lowered[at + 1 + (lowered[at + 1:at + 2] == ["also"]):][:1]
    return bool(verb) and verb[0] in _EFFECTS


_COURSES_AND_EVENTS = frozenset("change changes move moves step steps deal deals agreement agreements measure "
                                "measures decision decisions policy reform reforms shift visit summit approach "
                                "development developments initiative arrangement meeting meetings talks "
                                "conference".split())
# (not "give" or "allow": "no arrangement should give Moscow a seat", "our policy should give them reasons" ask)
_EFFECTS = frozenset("strengthen help improve reduce boost ease increase encourage deter enhance benefit deepen "
                     "clarify spur accelerate facilitate reassure".split())


def a_necessity_as_a_consequence(lowered: list[str], at: int, phrase: str) -> bool:
    """'The tolls will drive fares up, so travellers will have to pay more': a necessity foretold ("will have to",
    "would need to") in a clause of consequence opened by "so" tells what a course will force on someone, a
    forecast; nobody is asked to act ("so the town will have to act now" forecasts too: what the writer calls for
    stands in the main clause). Not "so that" (a purpose), nor "so far", "so much"."""
    if phrase not in _FORETOLD_NEEDS or at < 3 or lowered[at - 1] not in _FORETELLING_MODALS:
        return False
    opener = None
    for k in range(at - 2, max(-1, at - 2 - CONSEQUENCE_SUBJECT_REACH), -1):
        if lowered[k] in _BREAKING_A_CONSEQUENCE:
            break           # ("I think so: the towns will have to...": another clause's "so")
        if lowered[k] == "so":
            opener = k
            break
    # (a "So" opening the sentence draws the writer's conclusion: "So the town will have to act" may call)
    return opener is not None and opener > 0 and lowered[opener + 1] not in _NOT_A_CONSEQUENCE and \
        lowered[opener - 1] not in _NOT_BEFORE_A_CONSEQUENCE


_FORETOLD_NEEDS = frozenset(("have to", "has to", "need to", "needs to"))
_FORETELLING_MODALS = frozenset("will would 'll".split())
CONSEQUENCE_SUBJECT_REACH = 4     # "so the ferry towns' travellers will have to": the subject between
_NOT_A_CONSEQUENCE = frozenset("that far much many long few little".split())
# "Even so, ...", "If so, ...", "do so", "in a year or so"
_NOT_BEFORE_A_CONSEQUENCE = frozenset("even if do not or".split())
_BREAKING_A_CONSEQUENCE = frozenset(": ; . ! ?".split())


def an_appearance_granted(lowered: list[str]) -> bool:
    """'At first glance, the request may sound reasonable', 'On paper, the deal is a success': a verdict on how a
    thing looks at first or on the surface, granted so that the next sentence may deny it; not the writer's verdict
    (readers found such openings read as the writer's judgement unfair)."""
    return len(lowered) > 3 and lowered[0] in _APPEARANCE_OPENERS and any(
        lowered[:len(frame)] == frame and lowered[len(frame):len(frame) + 1] == [","] for frame in _APPEARANCE_FRAMES)


_APPEARANCE_FRAMES = (["at", "first", "glance"], ["at", "first", "sight"], ["on", "the", "surface"], ["on", "paper"],
                      ["superficially"], ["at", "face", "value"])
_APPEARANCE_OPENERS = frozenset(frame[0] for frame in _APPEARANCE_FRAMES)     # (one test for most sentences)


def a_danger_as_a_topic(lowered: list[str], at: int) -> bool:
    """'The agenda focused on the threat from the port', 'the peaceful resolution of the ferry problem', 'to cope
    with the cartel's missile threats': a threat or a problem named after a preposition, with no word that weighs it,
    is what a phrase is about, no verdict (readers of real prose found 1 of 21 such readings fair, 3 borderline,
    most of them summits' agendas and talks told). "poses a serious threat", "The problem is that..." and "a growing threat to
    the pact" still judge."""
    if lowered[at] not in _DANGERS_NAMED or countered(lowered, at):
        return False        # ("a solution to the region's problems", "to deal with the threat": a harm countered)
    if _a_problem_to_be_solved(lowered, at):
        return True
    for k in range(at - 1, max(-1, at - DANGER_TOPIC_REACH - 1), -1):
        word = lowered[k]
        if word in _TOPIC_PREPOSITIONS:
            # ("to counter the threat": an infinitive, whose verb takes the danger on; "One of the problems with the
            # tolls is...": one counted among them, which judges)
            # ("the largest source of threats to peace": a source, a cause of them, judged)
            return (word != "to" or k + 1 == at or lowered[k + 1] in DETERMINERS) and not (
                word == "of" and k and (lowered[k - 1] in _COUNTED or lowered[k - 1] in _SOURCES_OF))
        if word in _WEIGHING or word in _NOT_IN_A_NOUN_PHRASE or word in COPULAS or word in MODALS \
                or word in AUXILIARIES or not word[:1].isalnum() or (
                    word.endswith("ed") and lowered[k + 1] in DETERMINERS):
            return False    # (a verb between: "few of us believed the tariff threats"; not "shared practical problems")
    return False


def _a_problem_to_be_solved(lowered: list[str], at: int) -> bool:
    """'it is a problem that can only be resolved by the two towns', 'a problem to be solved through talks': a
    problem whose own clause tells of its solving is the matter in hand, named to say who must solve it or how,
    no verdict on it."""
    if lowered[at] not in _PROBLEMS or lowered[at + 1:at + 2] not in (["that"], ["which"], ["to"]):
        return False
    after = lowered[at + 2:at + 2 + SOLVING_REACH]
    return any(word == "be" and k + 1 < len(after) and after[k + 1] in _SOLVED for k, word in enumerate(after))


_PROBLEMS = frozenset("problem problems".split())
_SOLVED = frozenset("solved resolved settled addressed tackled handled overcome".split())
SOLVING_REACH = 5       # "that ultimately can only be resolved"
_DANGERS_NAMED = frozenset("threat threats problem problems".split())
# (not "as": "sees the port as a threat" is someone's view, which attribution reads)
_TOPIC_PREPOSITIONS = frozenset("of on about with to from against under over in into".split())
_SOURCES_OF = frozenset("source sources cause causes root roots origin origins".split())
_COUNTED = frozenset("one some many most several few none any each all two three another".split())
_WEIGHING = frozenset("serious grave growing rising biggest greatest big bigger major real urgent pressing "
                      "existential imminent increasing mounting immediate acute severe direct fundamental "
                      "significant gravest dire clear present".split())
# where the scan back to a preposition stops: a clause word, another preposition ("construe it as threat"), or a verb
# that makes the danger what something is or does ("accused the company of posing a threat")
_NOT_IN_A_NOUN_PHRASE = frozenset("than that which who what whether if when as by for at into like pose poses "
                                  "posed posing constitute constitutes constituting represent represents "
                                  "representing become becoming remain remaining".split())
DANGER_TOPIC_REACH = 6      # "on North Korea's nuclear and missile threats"


def thanks(lowered: list[str], at: int) -> bool:
    """'Thank you for this opportunity', 'I would like to thank the board for its kind invitation', 'Chairman Smith,
    members of the board, thank you for the opportunity to appear...': the words of thanks judge nothing (the
    writer's courtesy), at the sentence's opening or after those it addresses; a verdict inside them still does
    ("Thank you for inviting me at the end of a remarkable year for the ferry trade")."""
    return lowered[at] in _COURTESIES and (lowered[:2] == ["thank", "you"] or lowered[:1] == ["thanks"] or (
        "thank" in lowered[:THANKS_REACH] and lowered[0] in _THANKING) or any(
        lowered[k] == "," and (lowered[k + 1:k + 3] == ["thank", "you"] or lowered[k + 1:k + 2] == ["thanks"])
        for k in range(max(0, at - COURTESY_REACH), at)))


THANKS_REACH = 6        # "I would like to thank" (and "I would also like to thank")
COURTESY_REACH = 6      # ", thank you for the opportunity": the thanks this far before the courtesy word at most


_THANKING = frozenset("i let we".split())       # "I would like to thank", "Let me thank", "We thank"
_COURTESIES = frozenset("opportunity chance kind kindly warm generous gracious privilege honour honor pleasure "
                        "excellent wonderful great".split())


def foretold_in_a_view(lowered: list[str], at: int) -> bool:
    """'Expectations that the visit would produce a deal were naive', 'Against much expectation that a new era will
    be realized, the talks are in a stalemate': a modal inside the that-clause of a view noun is what the view
    foresaw, no forecast of the writer's (what the sentence says of the view still judges)."""
    for k in range(at - 1, max(-1, at - VIEW_CLAUSE_REACH), -1):
        if lowered[k] == "that":
            return k > 0 and lowered[k - 1] in _FORESEEING_VIEWS and (
                k == 1 or lowered[k - 2] in DETERMINERS or lowered[k - 2] in _BEFORE_A_VIEW_NOUN)
        if lowered[k] in _ENDING_A_CLAUSE:
            return False
    return False


VIEW_CLAUSE_REACH = 12      # "that" to the modal: "expectations that the mayor's visit to the port would"
_FORESEEING_VIEWS = frozenset("expectation expectations hope hopes fear fears assumption assumptions belief beliefs "
                              "prediction predictions forecast forecasts notion idea speculation".split())
# what stands before the view as a noun ("much expectation that", "the widespread hope that"), not its subject as
# a verb's ("the town hopes that...": the town's hope, which attribution reads)
_BEFORE_A_VIEW_NOUN = frozenset("much many some widespread general common growing the of against amid despite "
                                "their his her its our my".split())
_ENDING_A_CLAUSE = frozenset(", ; : ( \u2014 \u2013 which who".split())


def importance_as_a_kind(lowered: list[str], at: int) -> bool:
    """'governments are adopting tools to control industries critical to national security', 'supply chains vital
    for the economy': a word of importance put straight after its noun, then "to" or "for", says which things are
    meant, a kind the sentence names; it judges nothing ("the pact is critical to peace" does)."""
    if lowered[at] not in IMPORTANCE or lowered[at + 1:at + 2] not in (["to"], ["for"]) or at == 0:
        return False
    before = lowered[at - 1]
    return before.isalpha() and before.endswith("s") and not before.endswith(("ss", "us", "ly")) and \
        before not in _NOT_A_NOUN_BEFORE


IMPORTANCE = frozenset("critical vital essential indispensable crucial important".split())


def acceptable_to_another(lowered: list[str], at: int) -> bool:
    """'The towns reached an accord on a text acceptable to all parties', 'a deal palatable to both sides': a word of
    acceptance put straight after its noun, before "to" and a party, says which thing is meant by how that party
    takes it, not how the writer judges it ("unacceptable to us" is the writer's own; after a linking verb, "is
    unlikely to be acceptable to the islanders", it is said of the thing, a verdict)."""
    if lowered[at] not in ACCEPTANCE or lowered[at + 1:at + 2] != ["to"] or at == 0:
        return False
    before = lowered[at - 1]
    if before in COPULAS or before in _LINKING_TO_A_QUALITY or before.endswith("ly") or not before.isalpha():
        return False    # ("is unlikely to be acceptable to the islanders": a verdict on its prospects)
    article = next((k for k in range(at - 1, max(-1, at - 1 - PARTY_REACH), -1) if lowered[k] in ("a", "an")), None)
    if article is not None and article > 0 and lowered[article - 1] in COPULAS:
        return False    # ("The annexation is a violation unacceptable to the lake town": said of the subject)
    if lowered[at + 2:at + 3] and lowered[at + 2] in _ANY_ONE:
        return False    # ("a condition unacceptable to any sovereign town", "to everyone": the writer's own norm)
    party = next((w for w in lowered[at + 2:at + 2 + PARTY_REACH] if w not in DETERMINERS and w not in _ALL_OF), None)
    return party is not None and party.isalpha() and party not in WRITERS and party not in _FIRST_PERSON_OBJECTS


ACCEPTANCE = frozenset("acceptable unacceptable palatable unpalatable agreeable tolerable intolerable".split())
PARTY_REACH = 3         # "acceptable to all the parties"
_ALL_OF = frozenset("all both either each".split())
_ANY_ONE = frozenset("any anyone anybody everyone everybody every".split())
_FIRST_PERSON_OBJECTS = frozenset("me us myself ourselves".split())
_LINKING_TO_A_QUALITY = frozenset("become becomes became remain remains remained seem seems seemed prove proves proved "
                                  "not more most less equally mutually".split())


def a_reaction_described(lowered: list[str], at: int) -> bool:
    """'The port's reaction to the summit was overwhelmingly negative', 'the response has been lukewarm': how a party
    took something, told; the word says how they feel, not how the writer judges it."""
    if lowered[at] not in _REACTION_WORDS:
        return False
    k = at - 1
    while k > 0 and (lowered[k].endswith("ly") or lowered[k] in _DEGREE_WORDS):
        k -= 1
    if lowered[k] not in COPULAS and lowered[k] != "been":
        return False
    return any(word in REACTIONS for word in lowered[max(0, k - REACTION_REACH):k])


REACTIONS = frozenset("reaction reactions response responses reception attitude attitudes mood tone".split())
_REACTION_WORDS = frozenset("negative positive lukewarm hostile enthusiastic muted cool warm cold favorable "
                            "favourable unfavorable unfavourable mixed".split())
_DEGREE_WORDS = frozenset("very so rather quite too largely mostly fairly".split())
REACTION_REACH = 8      # "China's reaction to the outcome of last week's summit was"


def a_reading_denied(lowered: list[str], after: int) -> bool:
    """'The pact should not be seen in isolation', 'the withdrawal should not be construed with the port's
    commitments': a call about how a thing is to be read, which neither opposes it nor calls for anything done on
    it. A reading warned against ("must not be read as the founding of a bloc") still opposes what it reads in."""
    return lowered[after:after + 2] == ["not", "be"] and after + 2 < len(lowered) and lowered[after + 2] in READ_AS \
        and "as" not in lowered[after + 3:after + 3 + READ_AS_REACH]


READ_AS_REACH = 5       # "must not be read in the port as"


READ_AS = frozenset("seen viewed construed interpreted misconstrued read taken understood regarded perceived "
                     "mistaken confused conflated".split())


def the_standard_of_a_comparison(lowered: list[str], at: int) -> bool:
    """'the situation is much better than the stalemate before', 'calmer than the crisis of last spring': what a
    thing is measured against is named, not judged; the comparison judges, with its own word or none."""
    for k in range(at - 1, max(0, at - COMPARED_REACH - 1), -1):
        word = lowered[k]
        if word == "than":
            before = lowered[k - 1]
            return before in _COMPARATIVES or (before.endswith("er") and before not in _NOT_COMPARATIVES)
        if not word.isalpha() or word in _A_CLAUSES_WORDS or word in AUXILIARIES or word.endswith("ed"):
            return False    # ("further than I once thought wise", "more than it would reassure them": a clause
            #                 after "than", whose words still judge)
    return False


COMPARED_REACH = 4      # "than the eyeball-to-eyeball stalemate"
_COMPARATIVES = frozenset("better worse more less".split())
_A_CLAUSES_WORDS = frozenset("i we you he she it they once thought think seems seem".split())
_NOT_COMPARATIVES = frozenset("rather other never ever under over after".split())     # ("rather than" negates)
# (plural nouns are what the rule reads: "industries", "chains", "materials"; these end in "s" and are not nouns)
_NOT_A_NOUN_BEFORE = frozenset("is was has its this thus as perhaps always remains seems becomes proves makes "
                               "considers deems finds keeps looks sounds appears".split())


def a_weapons_test_told(lowered: list[str], at: int) -> bool:
    """'North Korea reported a successful test of what it said was a hydrogen bomb', 'a successful ICBM launch': a
    test or a launch told as having worked says what the tester achieved, no verdict of the writer's on it."""
    if lowered[at] not in ("successful", "successfully"):
        return False
    following = lowered[at + 1:at + 1 + TESTED_REACH]
    return any(word in _TESTS for word in following)


TESTED_REACH = 3        # "a successful ICBM test", "successfully launched"
_TESTS = frozenset("test tests tested testing launch launches launched firing detonation".split())


ENDORSING_ADVERBS = ENDORSING - {"properly"}    # (of these the lexicon judges with "rightly" only; "properly told" is a manner)
ASIDE_REACH = 6         # ", as the harbour master has rightly": "as" this far before the adverb at most
# verbs of saying an aside of agreement closes on (", as the mayor has argued,")
SAYING_IN_AN_ASIDE = frozenset("""said says argued argues noted notes pointed points observed observes warned warns
    stressed stresses insisted insists suggested suggests wrote writes claimed claims asserted asserts stated states
    emphasized emphasised emphasizes emphasises concluded concludes predicted predicts put puts recognized recognised
    recognizes recognises reminded reminds""".split())


def an_endorsed_saying(lowered: list[str], at: int) -> bool:
    """', as the mayor has rightly argued,', 'As the mayor rightly says, ...', ', as the mayor has rightly pointed
    out': the adverb endorses someone's saying in an aside that closes on the verb of saying after it; it agrees
    with what the sentence says (attribution._agreed_as_said), and passes no verdict of its own on the issue. Not
    "the council rightly rejected the plan", nor "As a result, the council rightly refused" (no saying), nor an aside
    after a negation ("is not, as the mayor rightly says, a failure": which way the negation goes is not read)."""
    if lowered[at] not in ENDORSING_ADVERBS or at + 1 >= len(lowered):
        return False
    if lowered[at + 2:at + 3] == ["that"] and (lowered[at + 1] in SAYING_IN_AN_ASIDE or lowered[at + 1] in _COMPLAINING) \
            and _DENIALS.isdisjoint(lowered[:at]) and lowered[0] not in NO_ONE:
        return True     # ("Critics rightly complain that...", "The mayor rightly argued that the pact is a failure":
        #                 the saying endorsed; what it says is the verdict, attribution._endorsed_saying gives it to
        #                 the writer)
    if lowered[at + 1] not in SAYING_IN_AN_ASIDE:
        return False
    close = at + 2 + (lowered[at + 2:at + 3] == ["out"])        # ("pointed out")
    if lowered[close:close + 1] == ["that"] and _DENIALS.isdisjoint(lowered[:at]) and lowered[0] not in NO_ONE:
        return True     # ("has rightly pointed out that...")
    if close < len(lowered) and lowered[close] not in _ASIDE_CLOSES:
        return False
    opening = next((k for k in range(at - 1, max(-1, at - ASIDE_REACH - 1), -1) if lowered[k] == "as"), None)
    if opening is None or (opening > 0 and lowered[opening - 1] not in _ASIDE_CLOSES):
        return False
    return not (opening > 1 and lowered[opening - 2] in _DENIALS)


def closing_endorsement(lowered: list[str]) -> int | None:
    """Where a sentence's closing endorsement opens ("..., and she was right.", "..., and he was quite right.", "...,
    and rightly so."): the index of its comma, or None (not "..., and that is not right")."""
    body = lowered[:-1] if lowered and lowered[-1] in (".", "!") else lowered
    for k in range(max(0, len(body) - CLOSING_TAIL), len(body) - 2):
        rest = body[k + 2:]
        if body[k:k + 2] == [",", "and"] and (rest == ["rightly", "so"] or (
                len(rest) <= CLOSING_TAIL - 2 and rest[-1] in CORRECT and not BE.isdisjoint(rest[-3:-1])
                and rest[0] in _POINTING_BACK_TO_A_SAYER and _NOT_ENDORSING.isdisjoint(rest))):
            return k
    return None


def a_closing_endorsement(lowered: list[str], at: int) -> bool:
    """'The mayor said that the pact is obsolete, and she was right.': the judging word of a closing endorsement of
    the saying before it (a that-clause stands before), which judges nothing of its own: attribution._endorsed_saying
    gives what was said to the writer."""
    joint = closing_endorsement(lowered)
    return joint is not None and at > joint and "that" in lowered[:joint]


CLOSING_TAIL = 6        # ", and he was quite right"
# the subject of a closing endorsement: the sayer or the saying ("..., and his critics were right" endorses others)
_POINTING_BACK_TO_A_SAYER = frozenset("he she they it that this".split())
CLOSING_WORDS = frozenset("right rightly correct".split())     # one of which every closing endorsement holds
_NOT_ENDORSING = frozenset("not never n't hardly scarcely".split())     # (", and that is not right")


def said_in_an_aside(lowered: list[str], at: int) -> bool:
    """Whether the "has" or "have" at `at` is the auxiliary of a verb of saying in an aside (", as the mayor has
    (rightly) argued,"): the saying, not a development the sentence tells."""
    verb = at + 1 + (at + 2 < len(lowered) and lowered[at + 1].endswith("ly"))
    return verb < len(lowered) and lowered[verb] in SAYING_IN_AN_ASIDE and "as" in lowered[max(0, at - ASIDE_REACH):at]


# (a saying verb of a grievance, which no aside of agreement closes on: "Critics rightly complain that...")
_COMPLAINING = frozenset("complain complains complained complaining lament laments lamented protest protests "
                         "protested".split())
_ASIDE_CLOSES = frozenset(", ; : . \u2014 \u2013 ( )".split())
_DENIALS = frozenset("not never".split())


MOODS_OF_PEOPLE = frozenset("optimistic pessimistic hopeful".split())
PEOPLE_REACH = 3        # "optimistic Japanese trade officials"


def a_mood_describing_people(lowered: list[str], at: int) -> bool:
    """'Optimistic Japanese officials might have been startled', 'pessimistic investors sold': the mood names the
    people it describes; it is no verdict of the writer's on prospects ("the mayor is optimistic" tells a view,
    read elsewhere; "an optimistic forecast" still judges the forecast)."""
    if lowered[at] not in MOODS_OF_PEOPLE:
        return False
    following = lowered[at + 1:at + 1 + PEOPLE_REACH]
    return bool(following) and following[0].isalpha() and any(word in _PEOPLE for word in following)


_PEOPLE = frozenset("officials observers analysts investors diplomats leaders voters experts people politicians "
                    "lawmakers negotiators executives strategists commentators citizens residents businesses firms "
                    "traders".split())


def a_claim_rejected(lowered: list[str], at: int) -> bool:
    """'Yet that is wrong.', 'This view is mistaken', 'Such claims are false': a verdict of untruth on a claim the
    sentence only points back to rejects that claim; its direction on the issue is the opposite of the claim's,
    which the sentence does not tell, so the word judges nothing here ("It is wrong to abandon the pact" judges an
    act: its subject is no claim pointed at)."""
    if lowered[at] not in _UNTRUE or at < 2:
        return False
    following = lowered[at + 1] if at + 1 < len(lowered) else "."
    if following[:1].isalpha() and following not in _AFTER_AN_UNTRUTH:
        return False        # ("This is misguided policy for the pact": a verdict on a thing named after it)
    k = at - 1
    while k > 0 and lowered[k] in _BEFORE_A_VERDICT:
        k -= 1
    if lowered[k] not in COPULAS:
        return False
    subject = lowered[:k]
    while subject and (subject[0] in _REBUTTING_OPENERS or subject[0] == ","):
        subject = subject[1:]
    return subject in (["that"], ["this"]) or (
        len(subject) == 2 and subject[0] in _POINTING_BACK and subject[1] in _CLAIMS)


_AFTER_AN_UNTRUTH = frozenset("about from in on to because and since for again now then too as all".split())
_UNTRUE = frozenset("wrong untrue false incorrect mistaken misguided misplaced unfounded baseless groundless".split())
_BEFORE_A_VERDICT = frozenset("simply just plainly clearly also surely quite utterly".split())
_REBUTTING_OPENERS = frozenset("yet but and however still".split())
_POINTING_BACK = frozenset("this that these those such the".split())
_CLAIMS = frozenset("view views claim claims idea ideas notion notions argument arguments assumption assumptions "
                    "premise belief beliefs reading narrative assessment".split())


def doubters_proved_wrong(lowered: list[str], at: int) -> bool:
    """'Proving the pact's doubters wrong, the towns...', 'The pact has proved its critics wrong', 'The critics of
    the pact were proved wrong': doubters shown wrong is good news for what they doubted, not a verdict against it.
    Not where the proof is denied, awaited or hard ("has not proved", "has yet to prove", "Proving its critics wrong
    will be hard")."""
    if lowered[at] != "wrong":
        return False
    proving = next((k for k in range(at - 1, max(-1, at - PROVED_REACH - 1), -1) if lowered[k] in _PROVING), None)
    if proving is None:
        return False
    before = lowered[max(0, proving - 3):proving]
    # (denied or awaited before it, "has not proved", "has yet to prove" ("may yet prove" hopes); hard, after a
    # gerund that opens the sentence: "Proving its critics wrong will be hard")
    gerund_subject = lowered[proving] == "proving" and proving <= 1
    if not _PROOF_WITHHELD.isdisjoint(before) or any(before[j:j + 2] == ["yet", "to"] for j in range(len(before))) or (
            gerund_subject and not _PROOF_WITHHELD.isdisjoint(lowered[at + 1:at + 1 + PROVED_REACH])):
        return False
    if proving == at - 1 and proving and lowered[proving - 1] in _BEEN:
        # (the passive: the doubters are the subject, "The critics of the pact were proved wrong")
        return not _DOUBTERS.isdisjoint(lowered[max(0, proving - 1 - DOUBTERS_SUBJECT_REACH):proving - 1])
    return not _DOUBTERS.isdisjoint(lowered[proving + 1:at])


_PROVING = frozenset("prove proves proved proven proving".split())
PROVED_REACH = 5        # "proving the TPP's many eulogists wrong"
DOUBTERS_SUBJECT_REACH = 6      # "The many critics of the ferry pact were proved wrong"
_BEEN = frozenset("was were been be is are".split())
# a proof denied, awaited or hard: "has not proved", "has yet to prove", "failed to prove", "Proving ... will be hard"
_PROOF_WITHHELD = frozenset("not never n't fail fails failed failing hard difficult unlikely cannot".split())
_DOUBTERS = frozenset("doubters doubter critics critic skeptics sceptics skeptic sceptic pessimists naysayers "
                      "nay-sayers cynics eulogists detractors doomsayers doom-sayers".split())


def a_view_rejected(lowered: list[str], content: int, content_end: int) -> str | None:
    """'We should question the assumption that...', 'challenge the conventional wisdom that...', 'The view that
    ... is wrong', 'The notion that ... is a myth': a view whose that-clause opens at `content` (and ends before
    `content_end`), rejected by a verb of doubt before its noun or by a verdict of untruth after the clause. The
    rejecting words, or None. What the clause says is the view's, and its direction on the issue turned is the
    writer's ("I share the view that..." rejects nothing)."""
    if content < 2 or lowered[content] != "that" or lowered[content - 1] not in _VIEWS_HELD:
        return None
    noun = content - 1
    k = noun - 1
    while k > 0 and (lowered[k] in DETERMINERS or lowered[k] in _VIEW_QUALIFIERS):
        k -= 1
    before = lowered[max(0, k - DOUBTER_REACH):k]
    if lowered[k] in _DOUBTING and _DENIALS.isdisjoint(lowered[max(0, k - 2):k]) and (
            not _WRITERS_DOUBT.isdisjoint(before) or any(before[j:j + 2] == ["time", "to"] for j in range(len(before)))):
        # (the writer's doubt: a call, "We should question...", "It is time to challenge..."; not "The mayor
        # rejected the idea that...", someone else's)
        return f"{lowered[k]} {lowered[noun]}"
    if content_end < len(lowered) and lowered[content_end] in COPULAS:
        verdict = next((k for k in range(content_end + 1, min(len(lowered), content_end + 1 + UNTRUTH_REACH))
                        if lowered[k] in _UNTRUTHS), None)
        # (not denied: "is no myth", "is hardly wrong", "is by no means wrong", "is anything but a myth")
        between = lowered[content_end + 1:verdict]
        if verdict is not None and not any(w in _UNTRUTH_DENIED and not (w == "no" and between[j + 1:j + 2] == [
                "doubt"]) for j, w in enumerate(between)):     # ("is no doubt wrong": no denial)
            return f"{lowered[noun]} {lowered[verdict]}"
    return None


_VIEWS_HELD = frozenset("view views assumption assumptions notion idea belief wisdom claim claims argument premise "
                        "narrative perception conviction".split())
_VIEW_QUALIFIERS = frozenset("conventional common popular prevailing widespread widely-held widely held old "
                             "comfortable naive".split())
_DOUBTING = frozenset("question questions questioned questioning challenge challenges challenged challenging "
                      "dispute disputes disputed disputing reject rejects rejected rejecting rethink rethinking "
                      "debunk debunks debunked refute refutes refuted dismiss dismisses dismissed abandon "
                      "discard".split())
_WRITERS_DOUBT = MODALS | frozenset("i we let's".split())     # (and "It is time to challenge...")
_UNTRUTH_DENIED = frozenset("not never no n't hardly means anything scarcely".split())
DOUBTER_REACH = 4       # "It is time to challenge", "we should also question"
_UNTRUTHS = frozenset("wrong mistaken false untrue naive misguided unfounded baseless groundless myth illusion "
                      "fallacy nonsense fantasy misplaced".split())
UNTRUTH_REACH = 4       # "is simply a myth", "is at best naive"


def named_as_a_pretext(lowered: list[str], at: int) -> bool:
    """'On the pretext of containing North Korea's nuclear threats, Japan has...', 'under the guise of fighting
    terrorism', 'using the missile threats as a pretext': a judging word inside what someone gives as a pretext is
    their stated reason, which the writer, if anything, disputes; no verdict of the writer's."""
    start = max(0, at - PRETEXT_REACH)
    opened = next((k for k in range(at - 1, start - 1, -1) if lowered[k] == "of" and k > 2 and lowered[k - 1] in PRETEXTS
                   and _pretext_phrase(lowered, k - 1) is not None), None)
    if opened is not None:
        # (set off by commas, which end it: "On the pretext of X, Japan has...", "Japan has, under the guise of X,
        # ..."; with no comma, a verb may end it that no list can tell, "Tariffs imposed on the pretext of security
        # undermine free trade"; and "any pretence of restraint" is a false show, no reason given)
        phrase = _pretext_phrase(lowered, opened - 1) or 0
        comma = next((k for k in range(at + 1, len(lowered)) if lowered[k] == ","), None)
        return comma is not None and (phrase == 0 or lowered[phrase - 1] == "," or (
            phrase == 1 and lowered[0] in LINKING_OPENERS)) and all(
            (w[:1].isalnum() or w in _INSIDE_A_PRETEXT) and w not in _A_PREDICATE
            for w in lowered[opened + 1:comma] if w != "and")
    used = next((k for k in range(at - 1, start - 1, -1) if lowered[k] in _USING), None)
    closed = next((k for k in range(at + 1, min(len(lowered) - 2, at + PRETEXT_REACH)) if lowered[k] == "as"
                   and lowered[k + 1] in ("a", "an") and lowered[k + 2] in PRETEXTS), None)
    return used is not None and closed is not None and all(
        (w[:1].isalnum() or w in _INSIDE_A_PRETEXT) and w not in _A_PREDICATE for w in lowered[used + 1:closed])


PRETEXTS = frozenset("pretext pretexts guise pretence pretense excuse".split())
PRETEXT_REACH = 10      # "On the pretext of containing North Korea's nuclear and missile threats"
_INSIDE_A_PRETEXT = frozenset(("'s", "\u2019s", "-"))
_USING = frozenset("using uses used citing cites cited".split())
_PRETEXT_DETERMINERS = frozenset("the a".split())
_PRETEXT_PREPOSITIONS = frozenset("on under".split())


def _pretext_phrase(lowered: list[str], word: int) -> int | None:
    """Where "on/under the (flimsy) pretext" opens, for the pretext word at `word`, or None ("any pretence of
    restraint" is a false show, no reason given)."""
    k = word - 1
    if k > 0 and lowered[k] not in _PRETEXT_DETERMINERS and lowered[k - 1] in _PRETEXT_DETERMINERS:
        k -= 1      # ("under the flimsy pretext of", "the thin guise of")
    return k - 1 if k > 0 and lowered[k] in _PRETEXT_DETERMINERS and lowered[k - 1] in _PRETEXT_PREPOSITIONS else None
# (the pretext's phrase ends at a predicate: "...under the pretext of economic security cannot help" judges the course)
_A_PREDICATE = AUXILIARIES | COPULAS | frozenset(("not", "n't"))


def a_threat_issued(lowered: list[str], at: int) -> bool:
    """'The president issued a vague threat in talks with Xi', 'his "fire and fury" threat leveled at Kim': a threat
    as an act someone issues or levels at another, told; the word names the act, it passes no verdict on what the
    sentence speaks of ("the threat from the port's missiles" still judges)."""
    if lowered[at] not in THREATS:
        return False
    if lowered[at + 1:at + 2] == ["to"] and lowered[at + 2:at + 3] and (
            lowered[at + 2] in DETERMINERS or lowered[at + 2].endswith(("'s", "\u2019s"))):
        return False    # ("has issued a new threat to the pact": harm to what follows; "a threat to strike" is an act)
    if any(w in _ISSUING_A_THREAT for w in lowered[max(0, at - ISSUED_THREAT_REACH):at]):
        return True     # ("issued a vague threat", "voiced repeated threats"; not "made the threat of invasion real")
    following = lowered[at + 1:at + 2]
    return bool(following) and following[0] in _LEVELLED     # ("a threat leveled at Kim", "threats directed at")


THREATS = frozenset("threat threats ultimatum ultimatums".split())
# (not "issue", a noun as often, nor "make", which may make a threat real: "has made the threat of invasion real")
_ISSUING_A_THREAT = frozenset("issued issuing leveled levelled leveling levelling voiced voicing delivered "
                              "delivering".split())
# (not "threats made against friends", judged, nor "threats aimed at Taiwan", harm to it)
_LEVELLED = frozenset("leveled levelled".split())
ISSUED_THREAT_REACH = 3     # "issued a vague threat", "made repeated nuclear threats"

