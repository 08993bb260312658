"""What a sentence tells as news, not as the writer's view: events on a schedule or a date ("the mayor will attend
the summit on Monday", "the pact will be signed next month"), the contents of a plan ("under the new strategy, the
port will own two patrol boats", "the budget will fund..."), amounts ("the pact will cover 30 percent of trade"),
a place in a series ("the first such visit"), and what the text itself will do ("This article will examine...").

positions.py asks these questions of a forecast or a telling whose kind and direction it has already read; the
answers are read from the words alone.
"""

from __future__ import annotations

import re

from .attribution import DOCUMENT_NOUNS
from .clauses import AUXILIARIES, MAIN_KINDS, POSSESSIVE_ENDINGS
from .obligations import POINTS
from .wordclass import MONTHS, WEEKDAYS

SUPPOSING_MODALS = frozenset("would could might".split())


def announces_the_text(lowered: list[str]) -> bool:
    """'This article will examine those tolls...', 'This article takes a look at these issues, starting from the
    threats...': what the text itself does or goes on to do, no forecast or verdict of the writer's ("This article
    will argue that..." is left to its that-clause)."""
    return (len(lowered) > 3 and lowered[0] == "this" and lowered[1] in _TEXT_NOUNS and (
        (lowered[2] in FUTURES and lowered[3] in _ROADMAP_VERBS) or lowered[2] in _ROADMAP_PRESENT
        or _roadmap_past_its_guest(lowered))) or _lists_what_follows(lowered) or counts_the_points(lowered)


def _roadmap_past_its_guest(lowered: list[str]) -> bool:
    """'This conversation with Dr. Ann Lee, professor at the town college, explores the port's push to...': an
    editor's opening that names the text's guest or author, then what the text does."""
    if lowered[2] not in _GUESTS_NAMED:
        return False
    for k in range(3, min(len(lowered) - 1, GUEST_REACH)):
        if lowered[k] in _ROADMAP_PRESENT and lowered[k] not in _LINKING_TOO:
            return True
        if lowered[k] in _CLAUSE_OPENERS or lowered[k] in _OTHER_VERBS:
            return False    # ("This interview with the mayor, who explores...": not the text's own verb; "This report
            #                 by the council is deeply flawed: it addresses...": its verb came first)
    return False


_MANIFOLD = frozenset("twofold threefold fourfold fivefold two-fold three-fold four-fold".split())
_IS_OR_ARE = frozenset("is are".split())
_POINTS_IN_PARTS = frozenset("problem problems challenge challenges issue issues question questions reason reasons "
                             "answer task aim goal purpose point dilemma".split())


def _lists_what_follows(lowered: list[str]) -> bool:
    """'Some of the most important are as follows.', 'The key points are the following:': a sentence that only opens
    a list, whose items come next."""
    tail = lowered[-3:]
    if not _MANIFOLD.isdisjoint(tail):
        # ("The port's problem is twofold.": how many parts the points that follow have; not "The threat from the port
        # is twofold", a verdict in the subject)
        words = [w for w in tail if w[:1].isalnum()]
        return len(words) > 1 and words[-1] in _MANIFOLD and words[-2] in _IS_OR_ARE and \
            not _POINTS_IN_PARTS.isdisjoint(lowered[:-3])
    if "follows" not in tail and "following" not in tail:
        return False    # (most sentences: one look)
    words = [w for w in tail if w[:1].isalnum()]     # (the last words, past the closing stop)
    return words[-2:] == ["as", "follows"] or words[-2:] == ["the", "following"]


def counts_the_points(lowered: list[str]) -> bool:
    """'I think three perspectives are critical.', 'Three key issues are likely to dominate the agenda: ...', 'We can
    identify three pillars of the concept.', 'First and most important is the US position.': a sentence that counts
    or ranks the points the text goes on to set out; their weight is the text's plan, no verdict on any of them
    ("Two reforms are essential to save the port" has more to say, and is read)."""
    for k, word in enumerate(lowered):
        if word not in _COUNTS:
            continue
        j = k + 1
        while j < len(lowered) and j - k <= 3 and lowered[j] not in _LISTED_POINTS:
            j += 1
        if j >= len(lowered) or lowered[j] not in _LISTED_POINTS:
            continue
        if lowered[j + 1:j + 2] in (["or"], ["and"]) and lowered[j + 2:j + 3] and lowered[j + 2] in _LISTED_POINTS:
            j += 2
        rest = [w for w in lowered[j + 1:] if w[:1].isalnum()]
        # (the count ends the sentence, with a word of weight or after a verb of naming, or opens a forecast of
        # what will dominate)
        return (rest[:1] in (["are"], ["were"]) and len(rest) <= 4 and rest[-1] in _WEIGHT) \
            or rest[:3] == ["are", "likely", "to"] or (k > 0 and lowered[k - 1] in _NAMING_POINTS and len(rest) <= 6)
    return len(lowered) > 4 and lowered[0] in _RANKS and lowered[1:3] in (["and", "most"], ["and", "foremost"]) \
        and "is" in lowered[3:6]


_COUNTS = frozenset("two three four five six seven several".split())
# (the points a text says it will weigh, obligations.POINTS, and the other names it counts them by)
_LISTED_POINTS = POINTS | frozenset("perspectives pillars areas priorities reasons challenges principles tasks dimensions "
                                    "steps".split())
_WEIGHT = frozenset("critical important key essential crucial vital noteworthy relevant".split())
_NAMING_POINTS = frozenset("identify distinguish highlight see note list".split())
_RANKS = frozenset("first second third fourth finally last".split())


_TEXT_NOUNS = frozenset("article paper essay chapter column piece study report section commentary analysis brief "
                        "post conversation interview podcast episode".split())
_GUESTS_NAMED = frozenset("with by".split())    # (not "between": "this conversation between Tokyo and Beijing")
_LINKING_TOO = frozenset("looks takes".split())     # ("This interview with the mayor looks promising": a verdict)
GUEST_REACH = 40        # a guest's name and titles: "with Dr. Ann Lee, Resident Professor of ... at the ... Center for"
_CLAUSE_OPENERS = frozenset("who which that whose whom where when because".split())
_OTHER_VERBS = AUXILIARIES | frozenset("; :".split())
FUTURES = frozenset("will shall".split())
_ROADMAP_VERBS = frozenset("discuss examine explore consider look analyze analyse review outline describe address "
                           "assess focus trace summarize summarise survey".split())
_ROADMAP_PRESENT = frozenset("discusses examines explores considers takes looks analyzes analyses reviews outlines "
                             "describes addresses assesses focuses traces summarizes summarises surveys".split())


def tells_contents(lowered: list[str], top) -> bool:
    """'The draft will also state the board's right of command', 'the ferry rota will be specified in the plan': what
    a text will say or hold, told after the modal `top`; news of its contents, no forecast of the writer's."""
    k = top[0] + top[1]
    while k < len(lowered) and lowered[k] in _BETWEEN_MODAL_AND_VERB:
        k += 1
    verb, following = lowered[k:k + 1], lowered[k + 1:k + 2]
    if verb and (verb[0] in _STATING or (verb[0] in _OUT_VERBS and following == ["out"])):
        return True
    if verb and verb[0] in _REQUIRING:
        # "the deal will require the port to buy more ferries": its terms ("the new pier is likely to require
        # support" is a forecast)
        return not _TERMS_HOLDERS.isdisjoint(lowered[:top[0]])
    return verb == ["be"] and bool(following) and following[0] in _STATED


_BETWEEN_MODAL_AND_VERB = frozenset("also further then likely clearly explicitly formally".split())
_STATING = frozenset("state stipulate specify include contain outline list detail mention enshrine codify".split())
_REQUIRING = frozenset("require oblige".split())
_TERMS_HOLDERS = frozenset("deal agreement pact treaty accord law ordinance resolution bill charter statute".split())
_OUT_VERBS = frozenset("set spell lay".split())
_STATED = frozenset("stated stipulated specified included contained outlined listed detailed mentioned enshrined "
                    "codified written spelled spelt".split())


PLAIN_FUTURES = frozenset(("will", "Will"))
EXPECTED = "is expected to"
PLANNED = frozenset((EXPECTED, "is set to", "are set to"))    # "the pact is set to lower tariffs": a plan told


def scheduled(raw: list[str], lowered: list[str], top) -> bool:
    """A forecast whose verb is an event on a schedule: "will attend", "is expected to announce", "is set to meet",
    "are likely to be held soon", "will take place"."""
    if top is None or lowered[top[0]] in SUPPOSING_MODALS or lowered[top[0]] == "can" or (
            lowered[top[0]] in ("may", "might") and not dated(raw, lowered)):
        return False    # ("I believed then that the treaty would hold": a view, not a date; "the mayor may travel
        #                 to Westport next month": a trip that may be made, news)
    first = top[0] + top[1] + (lowered[top[0] + top[1]:top[0] + top[1] + 1] == ["to"])
    starting = next((k for k in (first, first + 1) if k < len(lowered) and lowered[k] in _STARTING), None)
    if starting is not None:
        # "the two will soon start their talks": a step set; "companies will start rerouting", "it will not start
        # working now": a forecast
        return lowered[starting + 1:starting + 2] != [] and lowered[starting + 1] in _STEP_OBJECTS
    # ("will be flexibly operated", "will also attend", "will soon visit")
    after = [w for w in lowered[first:first + 3] if not w.endswith("ly") and w not in _BETWEEN_AUXILIARY_AND_VERB][:2]
    # "will be held", "are likely to be held soon", "will take place": an event set for a date, in the passive too
    return any(w in _SCHEDULED for w in after) or (after[:1] == ["be"] and after[1:2] != [] and after[1] in
                                                    _SCHEDULED_PASSIVE) or after in (["take", "place"], ["set", "up"]) \
        or (after == ["be", "on"] and not _AGENDAS.isdisjoint(lowered[:top[0]])) \
        or (after[:1] == ["hold"] and not _HELD_EVENTS.isdisjoint(lowered[first + 1:first + 1 + HELD_EVENT_REACH])) \
        or after in (["sit", "down"], ["leave", "for"])     # ("officials will sit down together", "will leave for Tokyo")


_BETWEEN_AUXILIARY_AND_VERB = frozenset("also soon then again".split())
# events one holds ("will hold working-level discussions"; "the alliance will hold" is a forecast that it lasts)
_HELD_EVENTS = frozenset("talks discussions discussion meeting meetings summit summits consultations negotiations "
                         "dialogue elections election exercises drills ceremony conference session sessions forum "
                         "hearings".split())
HELD_EVENT_REACH = 4    # "will hold working-level discussions", "will hold a trilateral summit"


# what a meeting's agenda will be on ("the focus of the harbour talks will be on ferry lanes"): its plan, told
_AGENDAS = frozenset("focus agenda emphasis theme themes topic topics".split())


# events on a schedule, and the steps of a plan decided ("the harbour board will set up a panel", "the patrol boats will
# operate off the cape", "the two will start talks", "the port will not participate in the blockade")
_SCHEDULED = frozenset("attend meet visit host announce sign release unveil travel brief launch convene fly "
                        "depart tour establish dispatch deploy operate participate "
                        # what a plan, a law or a budget will hold ("the budget will fund two patrol boats", "it will
                        # also include a ferry link"): its contents told, no forecast of the writer's
                        "include contain comprise consist fund cover feature discuss "
                        # and what a mechanism will do ("the hotline will connect the two harbour masters")
                        "connect link permit enable "
                        # what a government or a force will do by its plan ("the coast guard will monitor the strait",
                        # "the port will provide berths for the visiting fleet", "will manage the procurement of...")
                        "monitor provide manage station procure allocate "
                        # and what parties to a mechanism will trade ("the three ports will exchange data")
                        "exchange "
                        # and a date that falls together with another ("the visit will coincide with the anniversary")
                        "coincide".split())
_STARTING = frozenset("start begin restart resume reopen".split())     # ("will soon restart negotiations")
# ("the pact will start with ten members": its first step)
_STEP_OBJECTS = frozenset("the their its a an talks negotiations work construction with".split())
_SCHEDULED_PASSIVE = frozenset("held hosted signed announced released unveiled launched convened revised adopted "
                                "submitted enacted created established operated implemented introduced deployed "
                                "dispatched stationed conducted replaced switched upgraded".split())


def a_place_in_a_series(lowered: list[str], top) -> bool:
    """A forecast that something will be a first or a third of its kind: "Xi will be the first Chinese president to
    be received...", "the Philippines would become the third country to sign...", "the pact will be the town's first
    with both islands": a fact about what is planned."""
    if top is None:
        return False
    first = top[0] + top[1]
    after = lowered[first:first + 4]
    if not after or after[0] not in ("be", "become"):
        return False
    # (the article or a possessive, or both, before the ordinal: "the pact will be the town's first agreement
    # with both islands", "Japan's first")
    k = 1 + (after[1:2] == ["the"])
    k += k < len(after) and after[k].endswith(POSSESSIVE_ENDINGS)
    return 1 < k < len(after) and after[k] in _ORDINALS


_ORDINALS = frozenset("first first-ever second third fourth fifth".split())


def under_a_plan(lowered: list[str]) -> bool:
    """Whether the sentence opens on the plan or the law it tells the contents of ("Under the revised strategy, the
    port will own patrol boats that..."): what will be so under it is the plan's, no forecast of the writer's."""
    if lowered[0] != "under":
        return False
    comma = next((k for k, word in enumerate(lowered[:PLAN_OPENING_REACH]) if word == ","), None)
    return comma is not None and not DOCUMENT_NOUNS.isdisjoint(lowered[1:comma])


PLAN_OPENING_REACH = 10     # "Under the revised national security strategy of December,"


def dated(raw: list[str], lowered: list[str]) -> bool:
    """Whether the sentence sets what it tells on a date: a month or a weekday named ("in August", "on Monday"; a
    capital "May" inside the sentence is the month), or "this month", "later this week". ("Next year" and "this
    winter" are as often the span of a forecast: "the sanctions will bite next year".)"""
    return any(_names_a_date(raw, lowered, k) for k in range(len(lowered)))


def _names_a_date(raw: list[str], lowered: list[str], k: int) -> bool:
    """Whether the word names a month or a weekday ("May" capitalised inside the sentence, "Nov." too), a budget's
    year ("by fiscal 2027"), or opens "this week", "this month", "next week" or "next month"."""
    word = lowered[k]
    return (word in _CALENDAR_NAMES and (word != "may" or (k > 0 and raw[k][:1] == "M"))) or (
        word == "fiscal" and lowered[k + 1:k + 2] != [] and lowered[k + 1].isdigit()) or (
        word in ("this", "next") and lowered[k + 1:k + 2] != [] and lowered[k + 1] in _CALENDAR_SPANS) or (
        word in _MONTH_ABBREVIATIONS and raw[k][:1].isupper() and lowered[k + 1:k + 2] == ["."])


_CALENDAR_NAMES = MONTHS | WEEKDAYS
_CALENDAR_SPANS = frozenset(("week", "month"))


def told_on_a_date(raw: list[str], lowered: list[str], kinds: list[str]) -> bool:
    """Whether a sentence telling what happened sets it on a date or a time gone by, in a main clause (a date in a
    relative clause, "the summit, which was held last year", only places what it names): a month or a weekday
    ("Apr." too), a year ("in 2019"), "last week", "two years ago", "at the time"."""
    for k, word in enumerate(lowered):
        if kinds[k] not in MAIN_KINDS or _places_a_relative(lowered, k):
            continue
        if _names_a_date(raw, lowered, k):
            return True
        if (word == "ago" and k) or (word == "last" and lowered[k + 1:k + 2] and lowered[k + 1] in _PAST_SPANS):
            return True
        if len(word) == 4 and word.isdigit() and word[:2] in ("19", "20") and k and lowered[k - 1] == "in":
            return True     # ("since 1965", "the 1910-1945 occupation": the background of a development, no date)
        if word == "at" and lowered[k + 1:k + 3] == ["the", "time"]:
            return True
    return False


def _places_a_relative(lowered: list[str], k: int) -> bool:
    """Whether the word stands in a stretch, from the last comma or dash before it, that opens on a relative
    pronoun or holds a verb of saying ("..., that were seized in 1945", "as the minister said in his talks
    this month"): the date places what that stretch tells, not what the sentence does."""
    for j in range(k - 1, -1, -1):
        word = lowered[j]
        if word in _RELATIVES or word in _SAYING_PAST:
            return True
        if word in _STRETCH_BREAKS:
            return False
    return False


_RELATIVES = frozenset("that which who whom whose".split())
_SAYING_PAST = frozenset("said told stated announced declared noted remarked".split())
_STRETCH_BREAKS = frozenset(",;:\u2014\u2013()")      # (dashes and brackets set off asides too)


_MONTH_ABBREVIATIONS = frozenset("jan feb mar apr jun jul aug sep sept oct nov dec".split())
_PAST_SPANS = _CALENDAR_NAMES | frozenset(("week", "month", "year", "weekend", "night"))


def has_quantities(raw: list[str]) -> bool:
    """An amount: "30 percent", "91 per cent", "580 million", "$48 billion", "12%" (a year or a day is no amount)."""
    return any((t[:1].isdigit() or t[:1] in _CURRENCIES) and (
        "%" in t or t[:1] in _CURRENCIES or (k + 1 < len(raw) and raw[k + 1].lower() in _UNITS))
        for k, t in enumerate(raw))


_CURRENCIES = frozenset("$\u00a5\u20ac\u00a3")
_UNITS = frozenset("percent per % million billion trillion thousand hundred yen dollars won yuan euros troops "
                   "percentage".split())


def past_inabilities(found, lowered: list[str]) -> None:
    """A "could not" told of the past forecasts nothing (_past_inability). Where its verb is left out after what
    someone else did ("the Games did what years of conferences could not", "opened a door that Beijing could not"),
    the sentence praises the doer as the one that succeeded: a verdict for it."""
    unable = [m for m in found["prediction"] if lowered[m[0]] == "could" and _past_inability(lowered, m[0])]
    if unable:
        found["prediction"] = [m for m in found["prediction"] if m not in unable]
        found["polar"] = sorted(found["polar"] + [(m[0], 2, SUCCESS_OVER_OTHERS, "could not") for m in unable
                                                  if _what_others_could_not(lowered, m[0])])


def _what_others_could_not(lowered: list[str], at: int) -> bool:
    """Whether the "could not" at `at` ends a clause on what was done ("what years of talks could not", "doors that
    pressure alone could not")."""
    following = lowered[at + 2] if at + 2 < len(lowered) else "."
    return not following[:1].isalpha() and not _DONE_WHAT.isdisjoint(lowered[max(0, at - ELLIPSIS_REACH):at])


ELLIPSIS_REACH = 6      # "what years of working-level diplomacy could not"
# (half a judging word: the sentence's own verdicts outweigh it, as in "the tariffs did in one week what years of
# hostile messaging could not: they convinced our ally that...", which is no praise)
SUCCESS_OVER_OTHERS = 0.5
_DONE_WHAT = frozenset("what that which".split())


def _past_inability(lowered: list[str], at: int) -> bool:
    """'the leaders could not agree on a communique in 2019', 'the pact could not be passed due to vetoes',
    'the summit did what years of talks could not': "could not" told of a past occasion (a year or a time named
    before the next comma, a cause given, or the verb left out after a past act) is what someone was unable to do,
    no forecast ("the pact could not survive without Washington" still forecasts)."""
    if lowered[at + 1:at + 2] not in (["not"], ["never"]):
        return False
    following = lowered[at + 2] if at + 2 < len(lowered) else "."
    if not following[:1].isalpha():
        return True     # ("...what years of sanctions could not: ...": the verb left out, done before)
    clause_end = next((k for k in range(at, len(lowered)) if lowered[k] in _CLAUSE_ENDS), len(lowered))
    opening = next((k + 1 for k in range(at - 1, -1, -1) if lowered[k] in _CLAUSE_ENDS), 0)
    told = lowered[opening:clause_end]
    return not _PAST_TIMES.isdisjoint(told) or any(_YEAR.fullmatch(t) for t in told) or (
        "due" in told and "to" in told) or ("because" in told and "of" in told)


_CLAUSE_ENDS = frozenset((",", ";", ":", ".", "\u2014"))
_PAST_TIMES = frozenset("yesterday ago previously".split())
_YEAR = re.compile(r"(19|20)\d\d")
