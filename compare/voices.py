"""The words that tell whose voice a sentence speaks in, shared by the rules that read it (attribution.py and
others_views.py): quotation marks, the first person and the writer, holders of views, and the verbs of being,
seeing and feeling those rules look for.
"""

from __future__ import annotations

from .clauses import MODALS

QUOTES = frozenset("\"'\u201c\u201d\u2018\u2019")
FIRST_PERSON = frozenset("i we our us my me".split())       # compared through is_first_person: 'US' is not 'us'
BREAK_TOKENS = frozenset(";:,.")
NOUN_MARKERS = frozenset("the a an this that these those its their our my his her your".split())
# people heard holding a view: "I hear voices in Tokyo saying that...", "officials arguing that..."
# (or written: "I have read plenty of commentary arguing that...")
HOLDERS = frozenset("voices people critics officials commentators analysts experts colleagues others some many "
                    "politicians lawmakers tokyo washington beijing seoul commentary articles columns editorials "
                    "papers reports writers scholars pundits observers strategists diplomats economists".split())
BE = frozenset("is are was were be been am".split())
INCEPTIVES = frozenset("begun began begin begins beginning started start starts starting continue continues "
                       "continued continuing come came tend tends tended".split())
SEEMING = frozenset("appear appears appeared seem seems seemed".split())
GOING_ON = frozenset("went goes go going".split())     # "went on to say that...": a course told, as "began to"
BETWEEN_BE_AND_VERB = frozenset("already now still also even again increasingly once always".split())
CONFIRMERS = HOLDERS | frozenset("they he she minister ministers ministry leaders leader spokesman spokeswoman "
                                  "spokesperson government governments sides house officials".split())


def is_first_person(token: str) -> bool:
    """I, we, our, us (not US), my, me; also contracted with a verb ("I'd", "we've")."""
    if "'" in token or "\u2019" in token:
        token = token.replace("\u2019", "'").split("'", 1)[0]
    return token == "I" or token == "us" or (token.lower() in FIRST_PERSON and token.lower() != "us")


WRITERS_OWN = frozenset("my our".split())
NO_ONE = frozenset("no nobody none few".split())       # opening a saying denied ("No one can rightly argue that...")
CORRECT = frozenset("right correct".split())


def in_the_first_person(tokens, *, possessives: bool = True) -> bool:
    """Whether the writer is among `tokens` (as written: "us" is the writer, "US" a country): I, we, us, me, ours,
    myself, ourselves, and my and our unless `possessives` is false ("our alliance" names the writer's side, not the
    writer as one who acts or names)."""
    return any((is_first_person(token) and (possessives or token.lower() not in WRITERS_OWN))
               or token.lower() in _OTHER_FIRST_PERSONS for token in tokens)


_OTHER_FIRST_PERSONS = frozenset("ours myself ourselves".split())
ENDORSING = frozenset("rightly correctly justly properly".split())
MODALS_AND_TO = MODALS | frozenset(("to",))
SETTING_WORDS = 5
OPENING_A_CLAUSE = frozenset("as which who whom whose that what when while because if since though although and but "
                             "or so than where".split())
POSSESSORS = {"her": "she", "his": "he", "their": "they"}
HELD_VIEWS = frozenset("view views thinking outlook instincts position positions stance point".split())
NAMED_VIEWS = frozenset("line argument view position claim case thinking reasoning message opinion belief conviction "
                         "contention assessment point".split())
# (not "point": "The point of the pact is that..." names what the pact is for, no holder's view)
HELD_FEARS = NAMED_VIEWS - {"point"} | frozenset("concern concerns fear fears worry worries hope hopes views".split())
LINE_REACH = 6          # "The White House line is that", "Beijing's official argument is that"
HOLDER_REACH = 12       # "The concerns of Japan, the United States and Europe are that"
FEELING_VERBS = frozenset("is was are were remain remains remained seem seems seemed appear appears appeared grew has "
                          "had".split())
TO_BE = frozenset("to be".split())
FEELING_REACH = 4       # "She is even more alarmed", "He has grown less sure"
FEELER_REACH = 7        # "The harbour board is becoming increasingly alarmed", "Officials in Seoul are worried"
# ("Let's hope that..." opens on the writer and the reader, not on a name)
NOT_FEELERS = frozenset("it this that there what which who i we nobody no none few let's".split())
BEING = FEELING_VERBS - frozenset("grew has had".split())      # a copula before a named subject's feeling
SURE = frozenset("sure certain".split())     # "is sure to bring": a forecast, no feeling
FEELING_DEGREES = frozenset("becoming growing getting increasingly more less even deeply very so too rather quite "
                            "now still already also particularly especially equally likewise similarly "
                            "reportedly visibly openly almost nearly largely firmly fully".split())
CLAUSE_MARKS = frozenset(";:,")
AUXILIARY_CHAIN = BE | frozenset("has have had being".split())
THING_SUBJECTS = frozenset("it this that which".split())
SHOWING_REPORTS = ("highlight", "underline", "underscore", "suggest")
SHOWING_VERBS = SHOWING_REPORTS + ("confirm", "demonstrat", "show", "illustrat", "reveal")   # (_a_thing_shows)
# what someone expressed or voiced: "Abe has expressed hope that...", "Seoul voiced deep concern that..."
FELT_NOUNS = frozenset("hope hopes concern concerns confidence fear fears worry worries doubt doubts optimism "
                       "regret belief expectation expectations frustration".split())
EXPRESSING = frozenset("expressed voiced".split())
# ... and with no that-clause too, for anothers_expression ("Abe expressed concern about...")
# ("the ministry shut the pier, citing safety concerns", "the mayor shared the skippers' concerns with the minister",
# "the harbour board raised concerns about the ferry": a stance passed on or brought up is its holder's. Not the
# present "raises": "the plan raises concerns" is the writer's verdict on the plan.)
PASSING_ON = frozenset("cited cites citing share shared shares sharing raised raising".split())
VOICING = EXPRESSING | frozenset("expresses voices showed shows signaled signalled signals conveyed conveys "
                                  "aired reaffirmed reaffirms reiterated reiterates expressing voicing".split()) \
   | PASSING_ON | frozenset(
       # feelings an event stirred in others, told in the past ("the missile's retirement increased concerns about
       # decoupling"): theirs, as concerns raised are
       "increased heightened deepened fueled fuelled sparked stoked prompted triggered".split())
PREPOSITION_BEFORE_PARTICIPLE = frozenset("of for with in on about among between to by from".split())  # "a list of shared concerns"
# what someone is told to have voiced with no that-clause: "expressed a positive attitude toward", "voiced support"
EXPRESSED_STANCES = FELT_NOUNS | frozenset("attitude support opposition willingness readiness eagerness reluctance "
                                            "skepticism scepticism displeasure dissatisfaction satisfaction "
                                            "appreciation gratitude interest reservations unease alarm dismay "
                                            "anger view views position stance opinion".split())
# the holder of a view: "many of us feared" includes the writer, "my colleagues argue" does not
WRITER = frozenset(("I", "we", "We", "us",
                    # (and contracted with an auxiliary: "We'll argue that...", "I've said that...")
                    *(f"{who}{apostrophe}{aux}" for who in ("I", "we", "We") for apostrophe in ("'", "\u2019")
                      for aux in ("ll", "ve", "d", "m", "re"))))
PERFECT = frozenset("have has had 've".split())


def is_author(words: list[str], author_names: frozenset[str]) -> bool:
    """Whether the words name the writer: a word of their name, not followed by a name word of someone else's (in
    a piece by Kim Jung-ha, "Kim Jong Un said" names another Kim)."""
    return bool(author_names) and any(
        w in author_names and not (k + 1 < len(words) and words[k + 1][:1].isupper() and words[k + 1] not in author_names)
        for k, w in enumerate(words))
