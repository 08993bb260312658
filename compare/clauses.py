"""Split a tokenised sentence into clauses, so that a cue counts only in the clause it governs.

Kinds:
- main        the sentence's own assertion (coordinated main clauses too: "..., and should be withdrawn");
- complement  a that-clause completing the main predicate ("It is crucial that...", "The worry is that...");
- content     a that-clause of a noun ("the early fear that X would..."): what the fear or hope holds, not a
              claim of the sentence (unless a framing formula makes it one: "It is worth noting the point that");
- relative    "..., which ...", "allies who should ...": says something about a noun, not the sentence's stance;
- subordinate "if/although/because/while ...": a condition or concession;
- result      a participle after a comma (", undermining the credibility of ..."): the writer's comment on the
              main clause; it may give the main clause its direction but never its kind or strength;
- aside       between dashes or in parentheses.
"""

from __future__ import annotations

from itertools import compress
from typing import NamedTuple

RELATIVES = frozenset("which who whom whose".split())
SUBORDINATORS = frozenset("although though while whereas because since if unless when whenever where wherever "
                          "once until after before whether as given despite whatever".split())
COORDINATORS = frozenset("and but yet".split())
AUXILIARIES = frozenset("should must will would can could may might shall is are was were has have had need needs "
                        "cannot ought do does did".split())
MODALS = frozenset("should must will would can could may might shall cannot".split())
COPULAS = frozenset("is are was were be been being remains".split())
MAIN_KINDS = frozenset({"main", "complement"})    # the clauses whose cues set a sentence's stance
# An em dash or a parenthesis opens an aside; an en dash joins words ("US\u2013China") and opens nothing.
_OPEN_ASIDE, _CLOSE_ASIDE = frozenset("(\u2014"), frozenset(")\u2014")
_BREAKS = frozenset(";:")
_ARTICLES = frozenset("the a an this its their his her our".split())
_MID_SUBORDINATORS = SUBORDINATORS - frozenset("as given despite after before until".split())
_SUBJECT_STARTS = frozenset("the a an it they we i there this these those such no its their our he she".split())


class Clause(NamedTuple):
    """A named tuple, not a dataclass: every sentence makes a few, and a tuple is several times quicker to make."""

    start: int      # token index, inclusive
    end: int        # token index, exclusive
    kind: str


def split_clauses(raw: list[str], reporting_at: frozenset[int] = frozenset(),
                  lowered: list[str] | None = None) -> list[Clause]:
    """Clauses covering raw (tokens of one sentence) in order. reporting_at: token indexes of reporting verbs,
    whose that-clause is a complement (the reported content). Only trigger tokens (punctuation, relatives,
    subordinators, modals, that/and/but) can open a clause, so only they are visited."""
    lowered = lowered if lowered is not None else [t.lower() for t in raw]
    clauses: list[Clause] = []
    # "But after the invasion, I no longer...": a linking word may come before the subordinator
    opening = 1 if len(lowered) > 1 and lowered[0] in LINKING_OPENERS else 0
    start, kind = 0, "subordinate" if lowered and (lowered[opening] in SUBORDINATORS or _conceding(lowered, opening)
                                                   or inverted_condition(raw, lowered, opening)) and not (
        _an_opening_phrase(lowered, opening)) else "main"
    resume = "main"          # the kind a comma returns to after a relative or subordinate clause
    in_aside = False
    for index in list(compress(range(len(lowered)), map(_TRIGGERS.__contains__, lowered))):
        token = lowered[index]
        if token in _FINITE_ONLY and kind != "relative" and kind != "content" and (
                kind != "subordinate" or (token not in _CALLING and lowered[start] not in _QUESTION_WORDS)) and not (
                token == "should" and kind in ("main", "relative") and inverted_condition(raw, lowered, index)):
            continue        # the most frequent triggers, and they open nothing here (see _boundary)
        if token == "and" and (index + 1 == len(lowered) or lowered[index + 1] not in AUXILIARIES):
            continue        # (as frequent: "and" opens a clause only before an auxiliary, see _boundary)
        if token == "as" and (index < 2 or lowered[index - 1] != "even") and not as_a_conjunction(lowered, index):
            continue        # (and "as" only after "even" or as a conjunction)
        if token in _OPEN_ASIDE and not in_aside:
            clauses.append(Clause(start, index, kind))
            start, resume, kind, in_aside = index + 1, kind, "aside", True
        elif token in _CLOSE_ASIDE and in_aside:
            clauses.append(Clause(start, index, kind))
            start, kind, in_aside = index + 1, resume, False
        elif not in_aside:
            boundary = _boundary(raw, lowered, index, kind, resume, start, reporting_at)
            if boundary is not None:
                if kind in ("main", "complement"):
                    resume = "main"
                clauses.append(Clause(start, boundary[1], kind))
                start, kind = boundary[1], boundary[0]
    # a dash that never closes introduces an elaboration of the clause before it, not an aside
    clauses.append(Clause(start, len(raw), resume if in_aside and lowered[start - 1] != "(" else kind))
    if lowered[:1] == ["it"] and len(clauses) > 1 and clauses[1].kind == "relative" and _a_cleft(lowered, clauses[1].start):
        clauses[1] = clauses[1]._replace(kind="main")
    return [c for c in clauses if c.end > c.start]


def _an_opening_phrase(lowered: list[str], opening: int) -> bool:
    """'After four years the pact has been damaged', 'Since 2017 the tolls have risen': a preposition that opens a
    phrase of time with no comma after it, before the sentence's first auxiliary, opens no clause of its own."""
    if lowered[opening] not in _PREPOSITIONAL_OPENERS:
        return False
    auxiliary = next((k for k in range(opening + 1, len(lowered)) if lowered[k] in AUXILIARIES), None)
    return auxiliary is not None and "," not in lowered[opening:auxiliary] and _without_a_verb(
        lowered[opening + 1:auxiliary])


def _without_a_verb(words: list[str]) -> bool:
    """Whether words hold no verb or subject of a clause of their own ("After the talks failed the pact...",
    "After what Russia did, ..." have one; "After four years" has none)."""
    return not any(w.endswith("ed") or w in COPULAS or w in _SUBJECT_PRONOUNS for w in words)


_PREPOSITIONAL_OPENERS = frozenset("after before since until despite".split())
_SUBJECT_PRONOUNS = frozenset("i we they he she it you what which who how that".split())   # (and wh-words)


def _a_cleft(lowered: list[str], relative: int) -> bool:
    """'It was the North Koreans who blocked the groundwork', 'It is Japan that must lead': a cleft sentence, whose
    "who" or "that" clause says what the sentence asserts of the name it stresses (no verb but "is" before it)."""
    return lowered[1] in _CLEFT_COPULAS and relative <= CLEFT_REACH and lowered[relative] in ("who", "that") and \
        lowered[2] not in ("a", "an", "not", "no") and \
        AUXILIARIES.isdisjoint(lowered[2:relative]) and "," not in lowered[2:relative]


_CLEFT_COPULAS = frozenset("is was".split())
CLEFT_REACH = 8         # "It was the North Korean negotiators who..."


def inverted_condition(raw: list[str], lowered: list[str], at: int) -> bool:
    """Whether "should" at `at` opens a condition with its subject after it ("Should the talks fail, ...", "...,
    should the tariffs be lifted", "they will not return should the tariffs be lifted"): at the start of the
    sentence or of its clause, or after a word that ends a verb's phrase, and before the start of a noun phrase
    (an article, a determiner, a subject pronoun or a name), in a sentence that asks nothing. A call has its
    subject before "should"."""
    if lowered[at] != "should" or at + 1 >= len(lowered) or "?" in lowered[at:]:
        return False    # ("Should Tokyo retaliate?", "What, then, should the port do?": asked, not set as a condition)
    following = lowered[at + 1]
    if following not in _CONDITION_SUBJECTS and not (raw[at + 1][:1].isupper() and following != "i") and \
            not _a_bare_plural_subject(lowered, at + 1):
        return False
    previous = lowered[at - 1] if at else ""
    if not previous or previous in _CLAUSE_EDGES or (previous in _PHRASE_ENDS and following in _ARTICLES):
        return True
    # "the navy stands ready to respond should the port close the strait": a call has its verb straight after
    # "should", never a noun phrase, so one there opens a condition wherever it stands; but not after a "likewise"
    # ("so should the port") or a question word ("the question is what should the town do"), nor before a
    # floating quantifier ("we should both act"), nor in a headline's capitals
    return raw[at] == "should" and previous not in _NOT_BEFORE_A_CONDITION and following not in _FLOATING


def _a_bare_plural_subject(lowered: list[str], at: int) -> bool:
    """'..., which warned of countermeasures should words be followed by actions', 'should talks fail': a plural
    noun with no article, then a verb of its own, is the subject of an inverted condition. A call has its verb
    straight after "should", and the verbs that end in "s" there end in "ss" or "us" ("should address", "should
    focus"); adverbs that end in "s" stay out ("should always be")."""
    word = lowered[at]
    return at + 1 < len(lowered) and len(word) > 3 and word.isalpha() and word.endswith("s") and \
        not word.endswith(("ss", "us", "is")) and word not in _ADVERBS_IN_S and lowered[at + 1] in _A_SUBJECTS_VERB


_ADVERBS_IN_S = frozenset("always perhaps sometimes nevertheless nonetheless thus afterwards besides regardless "
                          "towards upwards downwards forwards backwards".split())
# the verbs a condition's subject takes ("should talks fail", "should tensions rise", "should tariffs be lifted")
_A_SUBJECTS_VERB = frozenset("be fail rise fall continue persist prove go come turn collapse escalate resume stall "
                             "succeed break end worsen deteriorate happen arise emerge occur grow remain".split())


# the words a subject opens with, but "I" (not written after "should") and "no"
_CONDITION_SUBJECTS = _SUBJECT_STARTS - {"i", "no"} | frozenset("that any his her you either neither both".split())
# ("so should the port" is "likewise": no edge)
_CLAUSE_EDGES = frozenset((",", ";", ":", "\u2014", "or")) | COORDINATORS
_PHRASE_ENDS = frozenset("back again ahead away down up out off over anyway too later soon".split())
_NOT_BEFORE_A_CONDITION = frozenset("so nor neither as than what how why where when which who whom whose".split())
_FLOATING = frozenset("both either neither".split())


def _conceding(lowered: list[str], at: int) -> bool:
    """'For all the hopeful anticipation, the summit came a cropper': "for all" and a determiner open a concession,
    as "despite" does ("For all countries, trade matters" does not); so does a word put before "as" and a verb
    ("Welcome as the thaw might be, it should...", "Much as I admire the mayor, ..."), up to its comma."""
    if lowered[at:at + 2] == ["for", "all"]:
        return at + 2 < len(lowered) and lowered[at + 2] in _ARTICLES
    if lowered[at + 1:at + 2] != ["as"] or lowered[at] in _SUBJECT_STARTS or lowered[at] in ("as", "so", "just"):
        return False
    comma = next((k for k in range(at + 2, min(len(lowered), at + CONCESSION_REACH)) if lowered[k] == ","), None)
    # the linking verb ends it ("Important as trade is,") or a pronoun is its subject ("Much as I admire her,"); not
    # "Japan as a nation is committed, ..." nor "Tokyo as well as Seoul is..."
    return comma is not None and (lowered[comma - 1] in _CONCEDING_LINKS or lowered[at + 2] in _CONCEDING_SUBJECTS)


CONCESSION_REACH = 12       # "Welcome as the thaw between the two towns may be,": the comma comes soon
_CONCEDING_LINKS = frozenset("is are was were be seems seem sounds sound looks look appears appear".split())
_CONCEDING_SUBJECTS = frozenset("i we it they he she you".split())


def as_a_conjunction(lowered: list[str], index: int) -> bool:
    """'The pacts matter all the more as the ferry trade comes under strain', '..., as they did in 2019': "as" after
    the sentence's first words opening a clause of time or reason, with a subject of its own and then a finite verb
    before any comma. Not a comparison ("as costly as the tolls were"), a role or a view ("as a partner", "regarded
    as the cornerstone it has been"), or a set phrase ("such as", "as well as", "as long as", "as the pact says")."""
    if index < 2 or index + 2 >= len(lowered) or lowered[index - 1] in _BEFORE_AS_NO_CONJUNCTION:
        return False
    if "as" in lowered[max(0, index - AS_COMPARISON_REACH):index] or _VIEWING.intersection(lowered[:index]):
        return False        # ("as important today as it was", "sees the pact as the bond that has...")
    following = lowered[index + 1]
    if following in _NOT_AFTER_AS_CONJUNCTION:
        return False
    stop = next((k for k in range(index + 1, min(len(lowered), index + 1 + CLAUSE_REACH))
                 if lowered[k] in _ENDING_A_CLAUSE), min(len(lowered), index + 1 + CLAUSE_REACH))
    if not _TELLING_AS.isdisjoint(lowered[index + 1:stop]):
        return False        # ("as the mayor has argued": who holds the view, see attribution.py)
    if following in _PERSONAL_SUBJECTS:
        return index + 2 < stop and lowered[index + 2] not in _ENDING_A_CLAUSE
    verb = next((k for k in range(index + 2, stop) if lowered[k] in _CLAUSE_VERBS), None)
    return verb is not None and not _holds_a_contact_relative(lowered[index + 1:verb])


def _holds_a_contact_relative(subject: list[str]) -> bool:
    """'as the worst blunder the council has made', 'the blunder it was': a noun phrase whose own clause follows it with
    no relative word (a second determiner, or a pronoun after the noun), so that the verb is that clause's, not the
    one of a clause "as" or "until" opens."""
    return any((word in _DETERMINERS_BEFORE_A_NOUN or word in _PERSONAL_SUBJECTS)
               and subject[k] not in _PREPOSITIONS_IN_A_NOUN_PHRASE and subject[k] not in _DETERMINERS_BEFORE_A_NOUN
               for k, word in enumerate(subject[1:]))     # (not "the talks with the port", "all the towns")


_PREPOSITIONS_IN_A_NOUN_PHRASE = frozenset("of with in on at for to from between among by over under about against "
                                           "and or all".split())


# a personal pronoun as a clause's subject ("as it comes", "until they agree"; after a noun, a clause of its own)
_PERSONAL_SUBJECTS = frozenset("it they we i he she you".split())


def a_clause_of_time(lowered: list[str], index: int) -> bool:
    """'The tolls should stay until the cartel abandons its blockade', '... after the talks with the port collapsed':
    "until", "before" or "after" after a finite verb of the sentence (an auxiliary or one of `_CLAUSE_VERBS`), opening a
    clause with a subject of its own and then a finite verb before any comma; not a phrase of time ("until next year",
    "before the end of the talks", "after the signed deal"), nor a noun phrase with a clause of its own ("after the
    deal the towns have signed")."""
    if index < 2 or index + 2 >= len(lowered) or lowered[index + 1] in _NOT_A_SUBJECT \
            or lowered[index - 1] in _NOT_BEFORE_A_TIME or not any(
                t in AUXILIARIES or t in _CLAUSE_VERBS for t in lowered[:index]):
        return False        # (not after a phrase with no finite verb, "Even 62 years after the pact was signed, ...",
        #                     "The pact signed after the war has been a success", nor where a that-clause opens on
        #                     it, "convinced that after it rejoins the pact, ...", nor "look after")
    stop = next((k for k in range(index + 1, min(len(lowered), index + 1 + CLAUSE_REACH))
                 if lowered[k] in _ENDING_A_CLAUSE), min(len(lowered), index + 1 + CLAUSE_REACH))
    if not _SAYING.isdisjoint(lowered[index + 1:stop]):
        return False        # ("a day after the mayor called for the pier to be kept": whose call, see attribution.py)
    if lowered[index + 1] in _PERSONAL_SUBJECTS:
        return index + 2 < stop
    verb = next((k for k in range(index + 2, stop) if _finite_after_its_subject(lowered, k)), None)
    return verb is not None and not _holds_a_contact_relative(lowered[index + 1:verb])


def _finite_after_its_subject(lowered: list[str], k: int) -> bool:
    """Whether token k reads as the finite verb after a subject: an auxiliary or a verb the clause of time most often
    holds, or a past or present form in -ed or -s after a word that is no determiner (a participle after one, "the
    signed deal", is an adjective), the present one before its object's determiner ("abandons its weapons")."""
    word, before = lowered[k], lowered[k - 1]
    if word in _CLAUSE_VERBS:
        return True
    if before in _DETERMINERS_BEFORE_A_NOUN or before in _NOT_A_SUBJECT:
        return False
    if word.endswith("ed") and len(word) > 4:
        return True
    following = lowered[k + 1] if k + 1 < len(lowered) else ""
    return word.endswith("s") and not word.endswith("ss") and following in _DETERMINERS_BEFORE_A_NOUN


_TIME_CONJUNCTIONS = frozenset("until before after".split())
# (nor "before any": "it could take years before any real progress is made" denies a prospect, as stance.toml reads it;
# nor "after all", "until now": adverbs)
_NOT_A_SUBJECT = frozenset("of in on at for to by with from into over under about any all now then recently lately "
                           "today , ; :".split())
_NOT_BEFORE_A_TIME = frozenset("that look looks looked looking take takes took taken named chase chased".split())
_DETERMINERS_BEFORE_A_NOUN = frozenset("the a an its their his her our this that these those my your any some no "
                                       "every each".split())
AS_COMPARISON_REACH = 8     # "as important today as", "as much a matter of ferry trade as"
CLAUSE_REACH = 7            # "as the long-running ferry trade dispute comes"
_BEFORE_AS_NO_CONJUNCTION = frozenset("such well so same known seen regarded viewed described considered treated "
                                      "serve serves served serving act acts acted acting just much many long soon "
                                      "far insofar inasmuch and or but down out emerge emerges emerged emerging rank "
                                      "ranks ranked count counts counted qualify qualifies qualified double doubles "
                                      "doubled remembered judged".split())
_VIEWING = frozenset("see sees saw view views viewed regard regards regarded consider considers considered treat "
                     "treats treated describe describes described portray portrays portrayed".split())
_NOT_AFTER_AS_CONJUNCTION = frozenset("a an well such long soon far if though to for of much many part opposed per "
                                      "usual ever always expected planned promised noted mentioned "
                                      "said agreed envisaged intended one".split())
_ENDING_A_CLAUSE = frozenset(", ; : that which who whom — ( and or as".split())
# verbs of saying and calling: "a day after the mayor called for the pier to be kept" tells whose call it is; with verbs
# of knowing and expecting, "as the mayor argued", "as we all know", "as expected" tell whose view or what was
# foreseen, not a time or a reason
_SAYING = frozenset(("say says said argue argues argued claim claims claimed insist insists insisted warn warns warned "
                     "suggest suggests suggested state states stated announce announces announced declare declares "
                     "declared propose proposes proposed call calls called urge urges urged demand demands "
                     "demanded").split())
_TELLING_AS = _SAYING | frozenset((
    "note notes noted put puts point points pointed write writes wrote written observe observes observed report "
    "reports reported explain explains explained contend contends contended recall recalls recalled know knows knew "
    "known expect expects expected predict predicts predicted fear fears feared hope hopes hoped promise promises "
    "promised mention mentions mentioned agree agrees agreed see sees saw seen show shows showed shown believe "
    "believes believed think thinks thought acknowledge acknowledges acknowledged admit admits admitted concede "
    "concedes conceded emphasize emphasizes emphasized emphasise emphasises emphasised stress stresses stressed "
    "remind reminds reminded learn learns learned learnt assert asserts asserted plan plans planned intend intends "
    "intended envisage envisages envisaged understand understands understood recognize recognizes recognized "
    "recognise recognises recognised").split())
# the finite verbs of such a clause: auxiliaries, and the intransitive verbs it most often holds
_CLAUSE_VERBS = frozenset(("is are was were has have had will would can could may might must does did do remains "
                          "remained comes came grows grew rises rose continues continued deepens deepened "
                          "intensifies intensified escalates escalated mounts mounted looms loomed emerges "
                          "emerged becomes became faces faced seeks sought moves moved shifts shifted enters "
                          "entered turns turned unfolds unfolded weakens weakened declines declined fades faded "
                          "seems seemed appears appeared tries tried begins began goes went gets got takes "
                          "took heats heated gathers gathered spreads worsens worsened").split())


def between_compound_modifiers(lowered: list[str], comma: int) -> bool:
    """Whether the comma stands between two hyphened modifiers of one noun ("the WTO-led, rules-based order", "a
    US-centred, alliance-based network"), which a comma joins in a list, ending no clause."""
    before, after = lowered[comma - 1], lowered[comma + 1] if comma + 1 < len(lowered) else ""
    return before.endswith(_MODIFIER_HEADS) and after.endswith(_MODIFIER_HEADS) and "-" in before and "-" in after


# the second halves of hyphened modifiers: "-led", "-based", "-oriented"...
_MODIFIER_HEADS = ("-led", "-based", "-oriented", "-driven", "-centred", "-centered", "-centric", "-style",
                   "-bound", "-backed", "-run", "-owned", "-made", "-level", "-term", "-wide")


def _a_condition_follows(lowered: list[str], index: int) -> bool:
    """Whether the "if" at `index` opens a condition whose subject is a bare noun ("...would unravel if confidence in
    the order was undermined", "if trade collapses", "if left unchecked"): a verb follows before the next break (an
    auxiliary, or a word in -ed or -s, not -ss, -us or -is); not a phrase ("if any", "if necessary") nor a concession
    between two qualities ("a slow if steady success", "modest if tangible progress")."""
    following = lowered[index + 1] if index + 1 < len(lowered) else ""
    if not following[:1].isalpha() or following in _IF_PHRASES:
        return False
    if index >= 2 and lowered[index - 2] in _ARTICLES:
        return False    # ("a bold if flawed attempt": two qualities of one noun after its article)
    for word in lowered[index + 1:index + 1 + CONDITION_VERB_REACH]:
        if word in _PUNCTUATION or word in ("and", "but"):
            return False
        if word in AUXILIARIES or word in COPULAS or word.endswith("ed") or (
                word.endswith("s") and not word.endswith(("ss", "us", "is", "'s"))):
            return True
    return False


CONDITION_VERB_REACH = 10   # "if confidence in the WTO-led, rules-based order was undermined" (the comma between
#                             modifiers is no break there: between_compound_modifiers)


def _only_a_conjunction(token: str, following: str) -> bool:
    """Whether the word opens a clause whatever follows it: "although", "whereas", "unless" and "whether" always
    do, "because" unless "of" follows ("because of the tariffs" is a phrase), "though" unless it stands alone
    (", though,").
    "While", "since", "as" and the like also begin phrases ("while in office", "since 2016"), so they open a clause
    only before a subject (see _boundary)."""
    return token in _ALWAYS_CLAUSES or (token == "because" and following != "of") or (
        token == "though" and following not in _PUNCTUATION)


_ALWAYS_CLAUSES = frozenset("although whereas unless whether".split())
# what "if" opens that is a phrase rather than a condition with a subject of its own ("few if any gains", "hard if
# not impossible", "if necessary"); before another word it opens a condition where a verb follows
# (`_a_condition_follows`: "...would unravel if confidence in the order was undermined")
_IF_PHRASES = frozenset("not any anything anyone ever at so only need needed necessary possible required indeed "
                        "true nothing".split())
# prepositions in -ing: ", during her first tour overseas, ..." is a phrase, no participle commenting on the clause
_ING_PREPOSITIONS = frozenset("during regarding including concerning according notwithstanding pending excluding "
                              "barring considering".split())
_PUNCTUATION = frozenset(",.;:!?")
# words that open a reason before "that" ("considering that...", "given that...", "seeing that...")
_REASON_OPENERS = frozenset("considering given seeing".split())


def _suffered_by_the_noun(lowered: list[str], verb: int) -> bool:
    """'the ferry pact, which is threatened by the cartel', '..., which are now at risk', '..., which was violated by
    the port': after ", which", a passive with its agent or a state of danger tells what the noun before the comma
    suffered (an event is seldom said to be threatened or at risk), so the clause is a relative one about that noun,
    not a comment on the clause before; a passive of a verdict, a reaction or a sequence still comments on it (",
    which was hailed by experts as a wise move", "..., which was followed by chaos": `_COMMENTING_PASSIVES`)."""
    if lowered[verb] not in _BE_FORMS:
        return False
    k = next((j for j in range(verb + 1, min(len(lowered), verb + PASSIVE_REACH)) if lowered[j] not in _BEFORE_A_PASSIVE
              ), len(lowered))
    if lowered[k:k + 2] in _DANGER_STATES:
        return True
    return k + 1 < len(lowered) and lowered[k + 1] == "by" and (lowered[k] in HARM_PASSIVES or (
        lowered[k].endswith("ed") and lowered[k] not in _COMMENTING_PASSIVES))


# passives that comment on the clause before, as a whole: a verdict or a view ("..., which was hailed by experts as a
# wise move"), a reaction ("cheered by the islanders"), what followed or caused it ("followed by chaos", "motivated by
# spite"); every other passive with an agent tells what the noun before the comma underwent
_COMMENTING_PASSIVES = frozenset(
    "hailed praised welcomed greeted applauded lauded commended criticized criticised condemned denounced slammed "
    "lambasted regarded described characterized characterised portrayed perceived viewed considered judged deemed "
    "called labelled labeled dubbed branded rejected supported backed endorsed opposed received "
    "cheered celebrated mourned regretted resented deplored lamented questioned doubted "
    "followed preceded accompanied caused prompted triggered driven motivated matched inspired fueled fuelled spurred "
    "sparked marked met".split())


# participles of harm passive after "be" or "get" ("the pact was lost", "is threatened by"; "the town lost the pact" is
# done by it), which harm.py reads as harm suffered
HARM_PASSIVES = frozenset("lost damaged undermined weakened jeopardized jeopardised endangered imperilled imperiled "
                          "harmed hollowed eroded disrupted impaired threatened undercut".split())


_BE_FORMS = frozenset("is are was were has have had".split())
# ("has been", "are now increasingly", "is being"): what may stand between the verb and its participle
_BEFORE_A_PASSIVE = frozenset("been being now already also increasingly seriously badly gravely further still "
                              "again".split())
_DANGER_STATES = [[word, state] for word in ("at", "under", "in") for state in (
    "risk", "threat", "strain", "danger", "jeopardy", "peril", "attack", "pressure")]
PASSIVE_REACH = 4       # ", which has already been threatened": the participle within the verb's next three words


def _boundary(raw, lowered, index, kind, resume, start, reporting_at) -> tuple[str, int] | None:
    """(kind of the clause that opens, token index where it opens) when the token at index opens one."""
    token = lowered[index]
    following = lowered[index + 1] if index + 1 < len(lowered) else ""
    main_like = kind in ("main", "complement")
    if token in _BREAKS:
        return "main", index + 1
    if token == ",":
        if following == "which" and index + 2 < len(lowered) and lowered[index + 2] in AUXILIARIES and not (
                _suffered_by_the_noun(lowered, index + 2)):
            return "result", index + 1     # ", which may be detrimental": a comment on the clause before
        if following in RELATIVES:
            return "relative", index + 1
        if (following in SUBORDINATORS and following != "as") or following == "provided" or (
                following == "as" and as_a_conjunction(lowered, index + 1)):
            return "subordinate", index + 1     # (", provided they remain...": a proviso)
        if kind == "subordinate" and lowered[start] in _EVENT_LISTS and following in _ARTICLES \
                and not _has_verb(lowered, start, index) and not _has_verb(lowered, index, _next_comma(lowered, index)):
            return None     # "After Hong Kong, the trade coercion against Australia and ..., I no longer...": a list
            #                 ("After four years, the alliance has been damaged", "After the talks, the towns issued
            #                 a statement": a time, then the main clause)
        if kind == "relative" and _continues_verbs(lowered, index):
            return None     # "a country that has militarized islands, punished Australia with tariffs and..."
        if kind == "relative" and _closes_a_list(lowered, start, index):
            return None     # "a cold war that threatens global peace, stability and development.": its objects
        if between_compound_modifiers(lowered, index):
            return None     # "if confidence in the WTO-led, rules-based order was undermined": one noun's modifiers
        if following in COORDINATORS:
            after = lowered[index + 2] if index + 2 < len(lowered) else ""
            # ", and after North Korea fired...": a second condition or time, not a main clause
            return ("subordinate" if kind == "subordinate" and after in SUBORDINATORS else "main"), index + 1
        if following.endswith("ing") and len(following) > 5 and kind == "main" and index > 2 \
                and following not in _ING_PREPOSITIONS:
            return "result", index + 1
        if kind == "main" and index > 1 and _reduced_relative(lowered, index):
            return "relative", index + 1   # "American leadership, so often written off in Europe, has proved..."
        if kind in ("relative", "subordinate", "result"):
            return ("main" if kind == "subordinate" else resume), index + 1
        return None
    if index == 0:
        return None
    if token == "should" and (main_like or kind == "relative") and inverted_condition(raw, lowered, index):
        # "..., should the talks fail": a condition (in a relative clause too: "the board, which warned of
        # countermeasures should words be followed by actions")
        return "subordinate", index
    if token in _MID_SUBORDINATORS and main_like and following and (
            following in _SUBJECT_STARTS or raw[index + 1][:1].isupper() or _only_a_conjunction(token, following)
            or (token == "if" and _a_condition_follows(lowered, index))):
        return "subordinate", index       # "... while Moscow continues to ...": a clause of its own
    if token == "how" and main_like and _asks_how(raw, lowered, index):
        return "subordinate", index       # "the report examines how Japan should engage": a question, no call
    if token == "what" and main_like and _asks_what(raw, lowered, index):
        return "subordinate", index       # "the review will determine what forces Japan should have": a question
    if token == "whatever" and lowered[index - 1] == "," and main_like:
        return "subordinate", index       # "..., whatever some politicians said about it": a concession
    if token == "as" and lowered[index - 1] == "even" and main_like and index > 1:
        return "subordinate", index - 1   # "keep talking with Beijing even as the trade war deepens": a concession
    if token == "as" and main_like and as_a_conjunction(lowered, index):
        return "subordinate", index       # "... all the more important as the ferry trade comes under strain"
    if token in _TIME_CONJUNCTIONS and kind == "main" and a_clause_of_time(lowered, index):
        # "The tolls should stay until the cartel abandons its blockade" (in a that-clause, "I believed that talks
        # could succeed only after the port had squeezed the cartel", the time is what the view holds)
        return "subordinate", index
    if (kind == "subordinate" and token in _CALLING and lowered[index - 1] in _PRONOUN_SUBJECTS
            and lowered[start] in _TIME_CONDITIONS and index - start > 3):
        # "once the guns fall silent we should resume talks": the condition ends, with no comma, where the main
        # clause's subject comes before its modal
        return "main", index - 1
    if kind == "relative" and token in MODALS and lowered[index - 1] != "," and _has_verb(lowered, start, index) \
            and not _reported_open(lowered, reporting_at, start, index):
        return (resume if resume != "relative" else "main"), index   # the relative's verb is done: the main verb
    if (kind == "relative" and token in _FINITE and lowered[index - 1] not in _NOT_AFTER
            and _has_verb(lowered, start, index) and not any(t in AUXILIARIES for t in lowered[:start])
            and not _reported_open(lowered, reporting_at, start, index)):
        # "some mechanism that links X and that meets Y is still necessary": a relative clause on a subject
        # whose verb is done, before any verb of the main clause: the next finite verb is the main one.
        return (resume if resume != "relative" else "main"), index
    if kind == "content" and token in _FINITE and lowered[index - 1] != "," and _has_verb(lowered, start, index):
        return "main", index      # "the fear that X would treat... has receded": back to the main verb
    if kind == "subordinate" and lowered[start] in _QUESTION_WORDS and token in _FINITE and lowered[index - 1] != "," \
            and _has_verb(lowered, start, index):
        return "main", index      # "The agreement on what the port should pay is a triumph": back to the main verb
    if token in RELATIVES and main_like:
        return "relative", index
    if token == "what" and main_like and lowered[index - 1] in _BEFORE_A_FREE_RELATIVE and any(
            t in MODALS for t in lowered[index + 1:index + 1 + FREE_RELATIVE_REACH]) and _CALLING.isdisjoint(
            lowered[:index]):
        # "a building block of what will be the largest network": about the noun, no forecast of the sentence's
        # own (after a call, "we should talk about what would happen to the pier", what it names is the call's)
        return "content", index
    if token == "that" and main_like and lowered[index - 1] in _REASON_OPENERS:
        return "subordinate", index - 1   # "..., considering that the towns cannot afford to...": the reason given
    if token == "that" and kind in ("complement", "content") and lowered[start] == "that" and \
            lowered[index - 1] == "and" and following not in AUXILIARIES and following[:1].isalpha():
        return kind, index      # "agreed that talks are pointless and that now is the time to...": a second
        #                         that-clause of the same verb or noun ("and that is welcome" points back)
    if token == "that" and main_like:
        if index and lowered[index - 1] in _PREPOSITIONS_BEFORE_THAT and following not in _SUBJECT_STARTS:
            return None     # "the statement issued at the end of that meeting stated...": a demonstrative
        if _is_noun_content(lowered, index, reporting_at) or _appositive_content(lowered, index) or \
                _named_holders_content(raw, lowered, index):
            return "content", index           # "the early fear that X would...": what the fear holds
        if _opens_complement(raw, lowered, index, reporting_at):
            return "complement", index
        if _is_relative_that(raw, lowered, index) and not _says_how(lowered, index):
            return "relative", index      # "joint planning that leads China to...": about the noun
        return None
    if token in ("and", "but") and following in AUXILIARIES and (main_like or kind == "relative"):
        return ("main" if kind != "relative" else "relative"), index
    if token == "but" and main_like and not _not_only_but_also(lowered, index):
        return "main", index
    return None


def _not_only_but_also(lowered: list[str], at: int) -> bool:
    """'threatens not only the alliance but also the ferry trade': "but also" after "not only" joins two objects of
    one verb, and opens no clause."""
    return lowered[at + 1:at + 2] == ["also"] and any(
        lowered[k:k + 2] == ["not", "only"] for k in range(max(0, at - NOT_ONLY_REACH), at))


NOT_ONLY_REACH = 12     # "not only the US alliance network in the western Pacific but also"


# prepositions after which "that" points at a noun ("at the end of that meeting", "in that case"), unless a subject
# follows it ("flawed in that it ignores...": a clause)
_PREPOSITIONS_BEFORE_THAT = frozenset("of at in on for from with by about after before during since until into over "
                                      "under through without within against toward towards".split())
# prepositions whose object may be a free relative ("the lens of what might change", "prepare for what may come"):
# its modal tells of the thing named, not the sentence's own forecast
_BEFORE_A_FREE_RELATIVE = frozenset("of on about to from into with through by for in at over".split())
FREE_RELATIVE_REACH = 3     # "of what the port will", "for what may come": the modal soon after "what"


def _asks_how(raw: list[str], lowered: list[str], index: int) -> bool:
    """Whether "how" opens a question asked, examined or discussed ("asked the senator how Japan should engage",
    "a debate on how Tokyo must respond"), with its own subject and modal right after it, in a sentence that calls
    for nothing before it: what the question asks is called for by nobody. ("This is how Japan should respond"
    calls for it; in "Japan needs a view of how it can help" the call comes first and stands.)"""
    if (lowered[index - 1] in COPULAS and not _an_agenda_before(lowered, index - 1)) or not _asking_before(lowered, index):
        return False        # ("The question now is how...": the sentence frames a question, attribution.py says)
    # (a call between an asked "how" and this one, joined to it, is part of that question: "disagreements on not only
    # how far the board should press the port, but how the plan should be funded"; not the writer's call after
    # ", but" in "...discussed how the port should be funded, but the mayor must decide how...")
    earlier = next((k for k in range(index - 2, -1, -1) if lowered[k] == "how"), None) \
        if lowered[index - 1] in _JOINING else None
    asked_up_to = earlier if earlier is not None and _asks_how(raw, lowered, earlier) else index
    if not _CALLS_BEFORE_HOW.isdisjoint(lowered[:asked_up_to]):
        return False
    # (a degree may come first: "how quickly the port should...", "how far Tokyo must...", "how far and publicly
    # the board should...", "how far and how fast"; a name is the question's subject: "how far Italy should go")
    start = index + 1
    while start < len(lowered) and (lowered[start] in _HOW_DEGREES or _a_manner(raw, lowered, start)):
        start += 1
        if lowered[start:start + 1] in (["and"], ["or"]) and start + 1 < len(lowered) and (
                lowered[start + 1] in _HOW_DEGREES or lowered[start + 1] == "how" or _a_manner(raw, lowered, start + 1)):
            start += 2 if lowered[start + 1] != "how" else 3
    following = lowered[start:start + HOW_SUBJECT_WORDS]
    if bool(following) and (following[0] in _SUBJECT_STARTS or raw[start][:1].isupper()) and any(
            t in _CALLS_BEFORE_HOW for t in following[1:]):     # ("how the farms need to change")
        return True
    # (a bare noun phrase may be the question's subject, with the modal further on: "how regional order and
    # cooperation in the region should be pursued", with no punctuation or clause word between)
    longer = lowered[start:start + BARE_SUBJECT_WORDS]
    modal = next((k for k, t in enumerate(longer) if t in _CALLING_BEFORE), None)
    return modal is not None and modal > 1 and all(t.replace("-", "").isalpha() and t not in _NOT_IN_A_BARE_SUBJECT
                                                   for t in longer[:modal])


def _an_agenda_before(lowered: list[str], copula: int) -> bool:
    """'High on the agenda was how...', 'At the centre of the talks was how...': the copula follows a place where
    questions are put, so "how" opens its subject, a question put there ("This is how Japan should respond" and "The
    question is how..." do not)."""
    return copula >= 3 and lowered[copula - 1] in _AGENDAS and lowered[copula - 2] in _AGENDA_DETERMINERS and \
        lowered[copula - 3] in _AGENDA_PREPOSITIONS     # ("Direct negotiations are how..." is a call)


_AGENDAS = frozenset("agenda agendas talks discussion discussions debate negotiations".split())
_AGENDA_DETERMINERS = frozenset("the its their our".split())
_AGENDA_PREPOSITIONS = frozenset("on of at in".split())


def _asks_what(raw: list[str], lowered: list[str], index: int) -> bool:
    """Whether "what" opens a question asked, settled or put on an agenda ("the review will determine what forces
    Japan should have", "no agreement on what the port must pay"), its modal soon after it, in a sentence that calls
    for nothing before it: what the question asks is called for by nobody. Not a free relative the sentence asserts
    ("What Japan must do is...", "That is what the town should do": a call), nor a question the writer asks."""
    if index < 2 or lowered[index - 1] in COPULAS or "?" in lowered[index:] or not _asking_before(lowered, index):
        return False
    if not _CALLING_BEFORE.isdisjoint(lowered[:index]):
        return False        # a call before the question frames it ("must decide what the port should pay"); a
        #                     forecast does not ("will determine what Japan should have")
    following = lowered[index + 1:index + 1 + WHAT_MODAL_REACH]
    if not any(t in _CALLING_BEFORE for t in following) or any(t in _BREAKING for t in following):
        return False
    # ("..., but what the port must now do is reopen the ferry": a call put as "what X must do is Y", whatever stands
    # before it)
    return not _a_pseudo_cleft(lowered, index)


def _a_pseudo_cleft(lowered: list[str], what: int) -> bool:
    """Whether "what" opens the subject of "is"/"was" with a verb of doing or needing before the copula ("what the
    port must now do is...", "what the ferry needs is...")."""
    copula = next((k for k in range(what + 2, min(len(lowered), what + 2 + CLEFT_SUBJECT_REACH))
                   if lowered[k] in ("is", "was")), None)
    return copula is not None and lowered[copula - 1] in _DOING_OR_NEEDING


CLEFT_SUBJECT_REACH = 8     # "what the two ports must now urgently do is"
_DOING_OR_NEEDING = frozenset("do doing done need needs needed want wants avoid".split())


WHAT_MODAL_REACH = 6        # "what defense capabilities the country should", "what should"
_BREAKING = frozenset(",;:")
_CALLING_BEFORE = frozenset("should must need needs ought".split())     # (a call's modals, before or inside)


def _a_manner(raw: list[str], lowered: list[str], at: int) -> bool:
    """An adverb of manner or degree after "how" ("how quickly", "how publicly"): lower case, as no name is."""
    return lowered[at].endswith("ly") and len(lowered[at]) > 4 and raw[at][:1].islower()


def _asking_before(lowered: list[str], index: int) -> bool:
    """Whether a word of asking stands before `index`, in the same stretch of the sentence (not across a semicolon or a
    colon: "The towns agreed to a truce; what the port must now do is reopen the ferry" calls): "address"
    only as a verb ("I have addressed how...", not "In her address, the mayor laid out how...")."""
    start = next((k + 1 for k in range(index - 1, -1, -1) if lowered[k] in _STRETCH_BREAKS), 0)
    return any(w in _ASKING and not (w in _ADDRESS and k and lowered[k - 1] in _BEFORE_A_NOUN)
               for k, w in enumerate(lowered[start:index], start))


_STRETCH_BREAKS = frozenset((";", ":", "despite", "whatever"))


_JOINING = frozenset("and but or".split())
_ADDRESS = frozenset("address addresses".split())
_BEFORE_A_NOUN = frozenset("the a an her his its their our my your this that keynote inaugural".split())


HOW_SUBJECT_WORDS = 4       # "how the two governments should": the question's subject, then its modal
BARE_SUBJECT_WORDS = 10     # "how regional order and cooperation in the Indo-Pacific region should"
_NOT_IN_A_BARE_SUBJECT = frozenset("is are was were has have had do does did can could will would may might that which "
                                   "who we i they you he she it".split())
_CALLS_BEFORE_HOW = MODALS | frozenset("need needs".split())
_ASKING = frozenset("ask asks asked asking wonder wonders wondered debate debates debated discuss discusses discussed "
                    "discussion examine examines examined explore explores explored question questions "
                    # and what a speaker has taken up: "I have addressed in earlier remarks how the ports can..."
                    "address addresses addressed addressing "
                    "questioned interview interviews interviewed "
                    # and what parties are divided over: "remain divided over how strictly they should..."
                    "divided split disagree disagrees disagreed disagreement disagreements differ differs "
                    "differed "
                    # and what is watched or open: "attention focused on how the town would...", "it is unclear how..."
                    "focus focused focuses focusing attention watch watched watching unclear uncertain "
                    "depends hinges "
                    # and what is bargained or settled: "negotiate how much Seoul should pay"
                    "negotiate negotiates negotiated negotiating negotiation negotiations decide decides decided "
                    "deciding determine determines determined bargain bargained haggle haggled "
                    # and what parties seek to agree on or set on an agenda: "failed to reach an agreement on how
                    # much the town should pay", "no consensus on what should replace the pact", "high on the agenda
                    # was how the order should be pursued"
                    "agree agrees agreed agreement agreements consensus agenda "
                    # and what has bounds: "There are limits to how far liberalization should go"
                    "limits".split())
_HOW_DEGREES = frozenset("far much many fast long soon best hard".split())


def _continues_verbs(lowered: list[str], comma: int) -> bool:
    """A comma inside a relative clause that lists its verbs (", punished X", ", and built Y"): the relative
    goes on."""
    at = comma + 2 if comma + 1 < len(lowered) and lowered[comma + 1] == "and" else comma + 1
    if at >= len(lowered):
        return False
    word = lowered[at]
    return (word.endswith("ed") and len(word) > 4) or word in _PARTICIPLES


def _closes_a_list(lowered: list[str], start: int, comma: int) -> bool:
    """A comma inside a relative clause before the last items of a list that ends the sentence ("is a cold war that
    threatens global peace, stability and development."): a few words joined by "and" or "or", with no verb, no
    clause word and no break among them. Only in a relative not set off by a comma (one set off ends at the next:
    "the alliance, which protects Japan, serves...") after a main clause that has had its verb (not "bases from which
    the navy projects power, still serves..."); a tail opening on "and" is one last item ("..., and development."),
    not a clause ("..., and then walk officials through the plan")."""
    rest = lowered[comma + 1:-1] if lowered[-1:] == ["."] else lowered[comma + 1:]
    if start == 0 or lowered[start - 1] == "," or AUXILIARIES.isdisjoint(lowered[:start]) or (
            rest[:1] and rest[0] in _LIST_JOINERS and len(rest) > LAST_ITEM_WORDS):
        return False
    # (bare nouns only: an apposition has a determiner, a preposition or an adverb, ", a welcome step for fishermen
    # and traders", ", good news for fishermen and traders", ", clearly a mistake and a betrayal", and judges)
    return 0 < len(rest) <= LIST_TAIL_WORDS and not _LIST_JOINERS.isdisjoint(rest) and all(
        w in _LIST_JOINERS or w == "," or (w[:1].isalpha() and w not in AUXILIARIES and w not in RELATIVES
                                           and w not in SUBORDINATORS and w not in _SUBJECT_PRONOUNS
                                           and w not in _NOT_IN_A_BARE_LIST and not w.endswith("ly")
                                           and not (w.endswith("ed") and len(w) > 4)) for w in rest)


LIST_TAIL_WORDS = 5     # ", regional stability and economic development"
_NOT_IN_A_BARE_LIST = _ARTICLES | frozenset("another such for to of in on with from by".split())
LAST_ITEM_WORDS = 3     # ", and economic development"
_LIST_JOINERS = frozenset(("and", "or"))


def _reported_open(lowered: list[str], reporting_at: frozenset[int], start: int, index: int) -> bool:
    """Whether a view reported inside the relative still lacks its verb at index ("who have argued the pact is...",
    "I, who argued for years that Japan should keep the line, now..."): the verb or modal there is the reported
    clause's, not the main one's. Once the reported clause has its verb ("those who predicted that the pact would
    collapse have been proved wrong"), the next finite verb is the main clause's."""
    for k in reporting_at:
        if start <= k < index - 1:
            # (the that-clause may come a few words on: "argued for years that")
            that = next((j for j in range(k + 1, min(index, k + 1 + REPORTED_THAT_REACH)) if lowered[j] == "that"), None)
            opens = that if that is not None else k + 1 if lowered[k + 1] in _SUBJECT_STARTS else None
            if opens is not None and not _has_verb(lowered, opens, index):
                return True
    return False


REPORTED_THAT_REACH = 4


_NOT_AFTER = frozenset({",", "and", "or", "but", "that", "which", "who"})     # a verb that continues the relative


_PARTICIPLES = frozenset("written known seen taken given built made held led left done shown thought brought "
                         "forgotten chosen driven grown".split())
ASIDE_REACH = 15    # tokens to the comma that closes a reduced relative


def _reduced_relative(lowered: list[str], comma: int) -> bool:
    """A participle phrase between commas on the subject, the main verb right after it: "X, long regarded as
    Y, has..." (what the phrase says is about the noun, not the sentence's claim)."""
    try:
        close = lowered.index(",", comma + 1, comma + ASIDE_REACH)
    except ValueError:
        return False
    if close + 1 >= len(lowered) or lowered[close + 1] not in _FINITE:
        return False
    inside = lowered[comma + 1:close]
    return not any(t in AUXILIARIES for t in inside) and any(
        t in _PARTICIPLES or (t.endswith("ed") and len(t) > 4) for t in inside)


def _next_comma(lowered: list[str], index: int) -> int:
    """The index of the first comma after token `index`, or the sentence's length."""
    return next((k for k in range(index + 1, len(lowered)) if lowered[k] == ","), len(lowered))


def _has_verb(lowered: list[str], start: int, end: int) -> bool:
    """Whether the clause from start has had its verb by end ("that reaches for X", "which has grown")."""
    verb = _past_adverbs(lowered, start + 1)      # ("that still holds")
    if verb < end and lowered[start] in _RELATIVE_PRONOUNS and lowered[verb].endswith("s") \
            and lowered[verb] not in _SUBJECT_STARTS:
        return True
    return any(t in AUXILIARIES or (t.endswith("ed") and len(t) > 4 and t != "united") for t in lowered[start + 1:end])


_RELATIVE_PRONOUNS = frozenset("that which who".split())
POSSESSIVE_ENDINGS = ("'s", "\u2019s")
_CONTRACTED = frozenset("it that there here what who where how he she let".split())    # "it's": "it is", no possessive
LINKING_OPENERS = frozenset("but and yet so still".split())
_EVENT_LISTS = frozenset("after following since".split())


_FINITE = MODALS | frozenset("has have is are was were".split())
_QUESTION_WORDS = frozenset(("what", "how"))     # a question asked or settled (_asks_how, _asks_what)
_CALLING = frozenset("should must".split())     # modals that call for something: rare inside a condition
_PRONOUN_SUBJECTS = frozenset("we i they you".split())
_TIME_CONDITIONS = frozenset("once when if until after before unless".split())
_TRIGGERS = (_OPEN_ASIDE | _CLOSE_ASIDE | _BREAKS | frozenset({",", "that", "and", "but", "how", "what"}) | RELATIVES
             | SUBORDINATORS | _FINITE)
# Modals and finite verbs that are no other trigger: they close a relative or a noun's content clause, and
# open no clause anywhere else
_FINITE_ONLY = _FINITE - (_OPEN_ASIDE | _CLOSE_ASIDE | _BREAKS | frozenset({",", "that", "and", "but"}) | RELATIVES
                          | SUBORDINATORS)


def _is_noun_content(lowered: list[str], index: int, reporting_at: frozenset[int]) -> bool:
    """'that' after a noun phrase ("the fear that", "a hope that"): the clause says what the noun holds. Only a
    noun that can hold a proposition takes such a clause; after any other ("a gate that must be passed", "the
    coordination that North Korea policy has required") 'that' opens a relative clause about the noun."""
    if index - 1 in reporting_at or lowered[index - 1] in COPULAS or lowered[index - 1] in AUXILIARIES \
            or lowered[index - 1] in _EVIDENCING:
        return False
    noun = lowered[index - 1]
    if _bare_plural_content(lowered, index):
        return True
    window = lowered[max(0, index - 5):index]
    # (a possessive determines its noun as an article does: "Abe's declaration that...")
    if not any(w in _ARTICLES or (w.endswith(POSSESSIVE_ENDINGS) and w[:-2] not in _CONTRACTED) for w in window) \
            or any(w in COPULAS or w in AUXILIARIES for w in window):
        return False
    if noun in _CONTENT_NOUNS or (noun.endswith("s") and noun[:-1] in _CONTENT_NOUNS):
        return True
    # another noun: a content clause only if a clause with its own subject follows ("the coordination that
    # Seoul has asked for" is left to the callers); "that" and a verb is a relative pronoun, adverbs between them
    # or not ("a pact that only needs ratification")
    after = _past_adverbs(lowered, index + 1)
    following = lowered[after] if after < len(lowered) else ""
    if index <= OPENING_NOUN_REACH and lowered[0] in _ARTICLES and following in _ARTICLES and \
            not lowered[index - 1].endswith(("s", "d")) and not any(
                w in _CONTENT_NOUNS or w[:-1] in _CONTENT_NOUNS for w in lowered[1:index]):
        # "A US-Japan alliance that the two leaders aim to build up ... is doomed to fail": the sentence's own
        # subject, and a relative clause whose object it is; the main clause resumes after it (not after a verb,
        # "The standard argument holds that...", nor where a noun that holds a proposition opens the sentence, "The
        # early fear in Tokyo that...")
        return False
    return not (following in AUXILIARIES or (following.endswith(("ed", "s")) and len(following) > 3
                                              and following not in _SUBJECT_STARTS)
                or (following in _NEEDING and noun.endswith("s")))


OPENING_NOUN_REACH = 6      # "A US - Japan alliance that"


# (named, not found by "-ly": "supply", "family" and "assembly" are nouns)
_ADVERBS_AFTER_THAT = frozenset("only also still now already often ever never just even always truly really actually "
                                "clearly largely mostly merely simply directly gradually increasingly effectively "
                                "quickly rarely usually".split())


def _bare_plural_content(lowered: list[str], index: int) -> bool:
    """'...eased fears that the port would raise tolls', 'raised fears that', 'growing concerns that', 'there are
    indications that': a plural noun that holds a proposition, with no article, after a verb's or an adjective's -ed
    or -ing form or "there are" (after a subject, "the mayor worries that...", the word is a verb)."""
    noun, before = lowered[index - 1], lowered[index - 2] if index > 1 else ""
    singular = noun[:-3] + "y" if noun.endswith("ies") else noun[:-1]
    # ("there are signs that...", "there were fears that...": what the signs or fears hold)
    found = before in ("are", "were") and index > 2 and lowered[index - 3] == "there"
    return noun.endswith("s") and singular in _CONTENT_NOUNS and (
        found or (len(before) > 3 and before.endswith(("ed", "ing"))))


def _appositive_content(lowered: list[str], index: int) -> bool:
    """', that' after a noun that holds a proposition and the words that place it ("the idea circulating in the
    ruling party since the plan was cancelled, that Japan should strike first"): the clause says what the idea
    holds, not what the sentence calls for."""
    if lowered[index - 1] != ",":
        return False
    for k in range(index - 2, max(0, index - APPOSITION_REACH) - 1, -1):
        if lowered[k] in _BREAKS:
            return False
        if lowered[k] in _CONTENT_NOUNS and k and lowered[k - 1] in _ARTICLES:
            return True
    return False


APPOSITION_REACH = 16      # tokens back from ", that" to the noun whose content it gives


def _named_holders_content(raw: list[str], lowered: list[str], index: int) -> bool:
    """'that' after a noun that holds a proposition and the name of whose it is ("the remark by Harbour Master
    Ana Ortiz that the two ports should sign a pact"): the clause says what the remark holds; the
    names only kept the noun out of _is_noun_content's reach."""
    k = index - 1
    while k > 2 and raw[k][:1].isupper():
        k -= 1
    if k == index - 1 or lowered[k] not in _OF_A_HOLDER:
        return False
    noun = lowered[k - 1]
    return (noun in _CONTENT_NOUNS or (noun.endswith("s") and noun[:-1] in _CONTENT_NOUNS)) and lowered[k - 2] in _ARTICLES


_OF_A_HOLDER = frozenset("by of from".split())


# verbs whose that-clause is what the evidence shows ("the vote shows that the tariffs are unpopular"), not nouns
# ("shows") whose content it gives
# ("means" is left out: "this means that China needs cooperation" tells what China needs, no call of the writer's)
_EVIDENCING = frozenset("shows showed proves proved demonstrates demonstrated reveals revealed confirms confirmed "
                        "indicates indicated".split())


# Nouns that hold a proposition ("the fear that...", "the lesson that...", "a sign that...").
_CONTENT_NOUNS = frozenset("""fear hope view idea belief notion claim argument fact sense assumption expectation risk
    danger worry concern possibility prospect suggestion point conviction impression lesson warning promise
    assurance news illusion case proposition premise doubt realisation realization recognition insistence demand
    conclusion evidence sign message signal understanding perception thesis theory principle reminder suspicion
    chance likelihood certainty reason hypothesis consensus feeling confidence optimism pessimism perception
    complaint charge accusation admission acknowledgment acknowledgement pledge commitment guarantee
    requirement condition proof indication remark statement proposal comment announcement declaration assertion
    contention allegation""".split())


def _opens_complement(raw: list[str], lowered: list[str], index: int, reporting_at: frozenset[int]) -> bool:
    """'that' completing a predicate (is that, crucial that, argued that) rather than a determiner or relative."""
    before = lowered[index - 1]
    if index - 1 in reporting_at or before in COPULAS:
        return True
    if index + 1 >= len(raw):
        return False
    if any(lowered[k] == "it" and lowered[k + 1] in COPULAS and _ARTICLES.isdisjoint(lowered[k + 2:index])
           for k in range(max(0, index - 4), index - 2)):
        return True     # "it is obvious that relations have...", "it is now quite clear that...": what is said to be so
    # "that the", "that Japan", "that it": a clause with its own subject follows
    return lowered[index + 1] in _SUBJECT_STARTS or raw[index + 1][:1].isupper()


def _is_relative_that(raw: list[str], lowered: list[str], index: int) -> bool:
    """'that' after a noun and before a verb ("planning that leads", "a pact that only needs"): a relative pronoun."""
    after = _past_adverbs(lowered, index + 1)
    if after >= len(raw) or not raw[index - 1][:1].isalpha() or lowered[index - 1] in _COORDINATORS:
        return False    # (", and that is welcome": after a conjunction, "that" points back; it has no noun to qualify)
    following = lowered[after]
    return (following in AUXILIARIES or following.endswith("s") or following.endswith("ed")
            or (following in _NEEDING and raw[index - 1].endswith("s"))) \
        and following not in _SUBJECT_STARTS and raw[after][:1].islower()


_COORDINATORS = frozenset("and but or nor yet so".split())


def _says_how(lowered: list[str], index: int) -> bool:
    """'...has reshaped the harbour in a way that offers the towns a real chance to...': a relative clause on "way" or
    "manner" after "in" tells how the main clause's act turns out, which is what the sentence says of it."""
    return index >= 3 and lowered[index - 1] in _MANNER and "in" in lowered[index - 4:index - 1] \
        and lowered[index + 1:index + 2] != [] and lowered[index + 1] not in MODALS     # ("in a way that would...")


_MANNER = frozenset("way ways manner fashion".split())
# verbs of need after a plural noun's "that" ("ports that require deeper berths", "reforms that need time"):
# a relative clause on the noun, whose need is no call of the writer's
_NEEDING = frozenset("require need demand deserve warrant".split())


def _past_adverbs(lowered: list[str], at: int) -> int:
    """The index of the first word at or after `at` that is not an adverb ("only", "still", "truly")."""
    while at < len(lowered) and lowered[at] in _ADVERBS_AFTER_THAT:
        at += 1
    return at


def clause_at(clauses: list[Clause], index: int) -> Clause:
    for clause in clauses:
        if clause.start <= index < clause.end:
            return clause
    return clauses[-1]



def in_the_subjects_relative(clauses: list[Clause], index: int, lowered: list[str], first_verb: int) -> bool:
    """Whether the token stands in a relative clause on the sentence's subject, before the first verb, where the
    subject is a course or a thing ("Some mechanism that links the two ports is still necessary", "Any deal that
    leaves the island its guns would be a mistake"): what the subject is, and so what the main claim speaks of. Not a
    relative clause after the verb ("The town elected a mayor who opposed the pact, and that was a mistake"), nor on
    a person or a body ("The mayor who opposed the pact was wrong": the claim judges the mayor)."""
    for k, clause in enumerate(clauses):
        if clause.start <= index < clause.end:
            return (clause.kind == "relative" and 0 < k < len(clauses) - 1 and clauses[k - 1].kind == "main"
                    and clauses[k - 1].start == 0 and clauses[k + 1].kind == "main" and first_verb >= clause.start
                    and lowered[clause.start] in ("that", "which") and lowered[clause.start - 1] in COURSES_AND_THINGS)
    return False


# subjects a relative clause may say what they are of: courses, arrangements, texts (not people or bodies)
COURSES_AND_THINGS = frozenset("""mechanism mechanisms framework frameworks arrangement arrangements agreement agreements
    pact pacts deal deals plan plans policy policies approach approaches strategy strategies measure measures step steps
    initiative initiatives proposal proposals system systems structure structures order forum forums channel channels
    dialogue process effort efforts talks negotiations treaty treaties accord accords partnership partnerships
    settlement compromise course option options solution solutions rule rules reform reforms move moves
    decision decisions""".split())
