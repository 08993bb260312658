"""Cues: the words of one sentence that can make a position, each kept or dropped by how the sentence uses it.

`scan_sentence` tokenises a sentence, finds the lexicon's cues in it (modals, commitments, forecasts, judging words,
negations, shifts), adds the calls the lexicon cannot list (imperatives, goals named, importance with a degree), and
drops the cues used in a sense that takes no position ("as necessary", "the need to", an option weighed in the past,
a feeling stirred in someone else). What is left, with the sentence's clauses, is the `SentenceScan` that
positions.py reads a stance from. `claim_text` strips what is no part of a claim: a speaker's label or a dateline.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from itertools import accumulate, compress
from operator import itemgetter

from .aims import (
    CONCEIVED,
    CONTENTS_LISTING,
    in_a_hope_told,
    in_a_narrated_aim,
    in_a_stated_purpose,
    in_listed_contents,
    tells_an_aim,
)
from .attribution import SPEECH_WORDS, VERDICTS_GIVEN, closing_teller, complement_opens, foretold_verdict, reports_a_view
from .clauses import AUXILIARIES, COPULAS, LINKING_OPENERS, MAIN_KINDS, MODALS, POSSESSIVE_ENDINGS, Clause, split_clauses
from .commitments import WRITERS as _WRITER_LOWER
from .commitments import commitments_told
from .feelings import FEELING_QUALIFIERS, SHARING, STIRRED, a_reaction_met, held_by_another, moved_someone
from .harm import HARM_STATES, held_at_risk, names_a_danger, refusal_at, resigned_by_harm, threat_made
from .imperatives import imperative_at
from .lexicon import ACTION, Lexicon
from .mentions import SETTING_AGAINST
from .naming import (
    AFTER_PREDICATE,
    ANSWERS,
    BASES,
    BEFORE_A_NOUN,
    BETWEEN_BE_AND_ADJECTIVE,
    CATEGORY_ADJECTIVES,
    COUNTED_PARTS_OPEN,
    COUNTS,
    EXCHANGES,
    FEATURES,
    JUNCTURES,
    KNOWING,
    MAY_NAME,
    NAMING_A_TOPIC,
    NOUN_VERDICTS,
    ONE_OF_MANY,
    SALIENT,
    SHARED,
    SHARED_CARES,
    SUBJECT_HEADS,
    SUPPORTERS,
    TONES,
    WEIGHTY,
    a_rules_requirement,
    is_about,
    names_a_category,
    names_a_kind,
    names_a_task,
)
from .negation import REJECTING_A_VIEW, negates_nothing, rejects_a_view
from .news import SUPPOSING_MODALS, past_inabilities
from .obligations import (
    REASON_NOUN_REACH,
    REASON_NOUNS,
    a_need_given_as_cause,
    a_need_stated_not_asked,
    an_inference_forced,
    an_option_held,
    anothers_perceived_need,
    given_as_a_reason,
    inferred_must,
    may_reassure,
    need_agreed,
    no_need_to_happen,
    on_the_table,
    options_laid_out,
    perhaps_unneeded,
    points_to_consider,
    reassures,
    still_pending,
    weighs_for_a_party,
    weighs_in_what_it_shows,
)
from .others_views import FEELING_NOUNS, involved_sense
from .prospects import going_somewhere
from .senses import (
    ACCEPTANCE,
    CLOSING_WORDS,
    ENDORSING_ADVERBS,
    IMPORTANCE,
    MOODS_OF_PEOPLE,
    PRETEXTS,
    REACTIONS,
    READ_AS,
    THREATS,
    a_chance_taken,
    a_claim_rejected,
    a_closing_endorsement,
    a_danger_as_a_topic,
    a_gain_named,
    a_likelihood,
    a_mood_describing_people,
    a_necessity_as_a_consequence,
    a_reaction_described,
    a_reading_denied,
    a_threat_issued,
    a_weapons_test_told,
    acceptable_to_another,
    an_effect_expected,
    an_endorsed_saying,
    doubters_proved_wrong,
    engaged_in,
    feeling_of_a_group,
    foretold_in_a_view,
    importance_as_a_kind,
    named_as_a_pretext,
    thanks,
    the_standard_of_a_comparison,
)
from .shift import THIRD_POSSESSIVES, find_shift
from .text.cache import WordCache
from .text.lowering import LOWER as _LOWER
from .text.lowering import lowered as _lowered
from .text.stem import contracted_stems, stem_all
from .text.tokens import CLAUSE_TOKEN as TOKEN
from .text.tokens import FULL_FORMS, has_contracted_negation, negations_apart
from .verdicts import a_naming
from .voices import BETWEEN_BE_AND_VERB, BREAK_TOKENS, CORRECT, ENDORSING, QUOTES, is_first_person
from .wordclass import DETERMINERS as _DETERMINERS
from .wordclass import MONTHS, WEEKDAYS, is_participle, might_as_a_noun, needs_as_a_noun, participles_as_adjectives, will_as_a_noun
from .wordclass import POSSESSIVES as _POSSESSIVES

NEGATION_WINDOW = 3
_ADJECTIVAL = frozenset("crucial critical vital essential necessary indispensable imperative mandatory".split())
UNSET = object()
_NONE: frozenset[int] = frozenset()
# "Hitoshi Tanaka (Tanaka): ..." or "Hani: ..." opening an interview turn: who speaks (groups 1 and 2), which is
# not part of the claim
SPEAKER_PREFIX = re.compile(r"^\W{0,2}([A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*){0,3})\s*(?:\(([^)]{1,40})\))?\s*:\s+")


@dataclass
class SentenceScan:
    raw: list[str]
    tokens: tuple[str, ...]
    found: dict[str, list[tuple[int, int, float, str]]]
    clauses: list[Clause]
    kinds: list[str]          # clause kind of every token
    solid_starts: list[int]   # characters other than white space before every token, and after the last
    first_verb: int           # index of the first auxiliary or cue: what stands before it is the subject
    view: object = None       # the _MainView (or None: no position), computed on first use (UNSET until then)
    lowered: list[str] = field(default_factory=list)   # raw in lower case
    shift: tuple[str, str, int] | None = None   # retrospective cue (shift.py): (class, words, token index)
    named: frozenset[int] = frozenset()     # tokens where the sentence names an issue (extract_for_issues)
    spanned: frozenset[int] = frozenset()   # every token inside a mention of an issue (extract_for_issues)

    def in_main(self, match) -> bool:
        return self.kinds[match[0]] in MAIN_KINDS


# past-only reporting verbs that report in the progressive too ("officials were hoping that...", "are criticizing the
# board"; not "continuing": "attempts to change the status quo are continuing" reports nothing), and a denial told in
# the present ("the port denies any breach")
_TOLD_IN_PROGRESS = frozenset("hoping implying denies".split()) | VERDICTS_GIVEN


def after_the_label(text: str) -> tuple[str, int]:
    """The sentence without a speaker's label or a dateline before it ("Sato: What is important is to...", "Q: Should
    the town...", "TOKYO \u2014 Although..."), and its length: the words after it open the sentence (analysis.py decides
    whose turn it is)."""
    head = text[:LABEL_REACH]
    if ":" not in head and "\u2014" not in head and "\u2013" not in head and "-" not in head:
        return text, 0      # (most sentences: no colon or dash near the start)
    label = _SPEAKER_LABEL.match(text)
    return (text, 0) if label is None else (text[label.end():], label.end())


LABEL_REACH = 64        # characters within which a label's colon or a dateline's dash stands


# one to three capitalised words or an initial, a colon, then a sentence ("Mr. Sato: The pier..."); or a news
# dateline, a place in capitals or a source and its place, then a dash ("TOKYO \u2014 The pier...", "SNA (Tokyo) \u2014")
_SPEAKER_LABEL = re.compile(r"(?:(?:[A-Z][\w.'\u2019-]*\s){0,2}[A-Z][\w.'\u2019-]*:"
                            r"|[A-Z][A-Z.,'\u2019]+(?: [A-Z][A-Z.,'\u2019]+){0,2}(?: \([^)]{1,30}\))?\s*[-\u2013\u2014]{1,2}"
                            r"|(?:[A-Z][\w.]{0,20} ){1,3}\([A-Z][^)]{0,30}\)\s*[-\u2013\u2014]{1,2})\s+(?=[A-Z\"\u201c])")


def claim_text(text: str) -> str:
    """The words of a sentence's main, complement and result clauses: what it claims, without its conditions,
    relative clauses and asides."""
    return _CLAIM_TEXTS.one(text)


def _claim_text(text: str) -> str:
    raw = TOKEN.findall(SPEAKER_PREFIX.sub("", text, count=1))
    if (teller := closing_teller(raw)) is not None:
        raw = raw[:teller]      # "..., Jun Sato, a fellow at the Peace Institute, told TASS.": who said it, not what
    # (a clause of "until" bounds the claim: "keep the tolls until the cartel ends its blockade" claims both)
    kept = [raw[k] for c in split_clauses(raw) if c.kind in MAIN_KINDS | {"result"} or (
        c.kind == "subordinate" and raw[c.start].lower() == "until") for k in range(c.start, c.end)]
    return " ".join(kept) if len(kept) >= 4 else text


# (the judge asks for each base claim's again for every commentary set against the base)
_CLAIM_TEXTS = WordCache(_claim_text, 50_000)


def _headline(raw: list[str]) -> bool:
    """Whether every word of the sentence but the small ones is capitalised ("I Cheered When Seoul Dropped GSOMIA.
    I Was Wrong."): a headline set in the text, which announces what the prose argues and takes no position."""
    capitalised = 0
    for word in raw:        # (most sentences: settled at their second or third word)
        if word[0].islower():
            if word not in _HEADLINE_SMALL_WORDS:
                return False
        elif word[0].isupper():
            capitalised += 1
    return capitalised >= HEADLINE_WORDS


HEADLINE_WORDS = 3
_HEADLINE_SMALL_WORDS = frozenset("a an the of to in on for and but or nor with at by as from into vs".split())


def _in_a_name(raw: list[str], at: int) -> bool:
    """Whether the words at `at` stand inside a name of capitalised words, past its first ("Tokyo Foundation", "the
    Security Council"): a capital after a capitalised word, not at the sentence's start, nor in capitals only."""
    word = raw[at]
    return at > 0 and word[:1].isupper() and not word.isupper() and raw[at - 1][:1].isupper() \
        and raw[at - 1] != "I" and (at > 1 or raw[0].lower() not in _SENTENCE_OPENERS)


_SENTENCE_OPENERS = frozenset("the a an but and yet so".split())


# first-person proposals ([prescription]) whose last word must stand as written: in the past they recall a call
_PRESENT_PROPOSALS = frozenset(("i propose", "we propose", "my proposal is", "our proposal is", "my recommendation is",
                                "our recommendation is", "i advocate", "we advocate", "i favor", "i favour", "we favor",
                                "we favour", "i would favor", "i would favour"))
_FAVOURING = frozenset(("favor", "favour"))
_VIEW_NOUNS_FAVOURED = frozenset("view views idea notion theory position argument hypothesis interpretation "
                                 "explanation reading account".split())
_NO_GOOD_COURSES = frozenset(("no good options", "no good choices"))
_EXCEPT = frozenset("except but besides other without beyond save".split())
EXCEPT_REACH = 3     # "no good options except the talks", "no good choices other than...": words after the cue


def _a_view_favoured(lowered: list[str], m: tuple[int, int, float, str]) -> bool:
    """A favour cue ("I favour") whose object is a view, not a course: "I favour the view that...", "we favor this
    interpretation"."""
    after = lowered[m[0] + m[1]:m[0] + m[1] + 2]
    return (lowered[m[0] + m[1] - 1] in _FAVOURING and len(after) == 2 and after[0] in ("the", "this", "that")
            and after[1] in _VIEW_NOUNS_FAVOURED)


def scan_sentence(text: str, lexicon: Lexicon) -> SentenceScan | None:
    """The sentence tokenised, its cues found and its clauses split; None when no word of it can make a
    position (no modal, commitment, prediction or judging word, nor a retrospective cue, once the cues that
    are no cues here are dropped): then there is nothing to split."""
    raw = TOKEN.findall(_en_dashes_as_asides(text) if "\u2013" in text else text)
    contracted = has_contracted_negation(text)
    if contracted:
        raw = negations_apart(raw)      # ("shouldn't": the modal and its negation, each a cue)
    tokens = stem_all(raw) if not contracted else contracted_stems(raw)
    imperative = imperative_at(raw, lexicon)
    if imperative is None and lexicon.stance_firsts.isdisjoint(tokens) or (
            len(raw) > 1 and (raw[1][0].isupper() or raw[1] in _HEADLINE_SMALL_WORDS) and _headline(raw)):
        return None     # (the second word settles most sentences before the headline test is called)
    found = lexicon.scan(tokens)
    if not _FALSE_FRIENDS.isdisjoint(tokens):
        _drop_false_friends(found, raw)
    if not _GOAL_STEMS.isdisjoint(tokens) and "to" in tokens:     # (the stems are lower case already)
        _add_goals_named(found, raw)
    if imperative is None and not (found["prescription"] or found["commitment"] or found["prediction"]
                                   or found["polar"] or found["shift"]) and _SPLIT_PHRASAL.keys().isdisjoint(tokens) \
            and find_shift(tokens, raw, found["shift"], lexicon) is None:
        return None     # (a quarter of the sentences: no cue the steps below could keep or make, nor a retrospective
        #                 one; they would end in the test after them)
    lowered = _lowered(text, raw) if not contracted else [FULL_FORMS.get(t, t) for t in _LOWER.many(raw)]
    if imperative is not None:
        _add_imperative(found, raw, imperative)
    if found["negations"] and not found["prescription"] and (refusal := refusal_at(lowered)) is not None:
        found["prescription"] = [(refusal, 1, REFUSAL_STRENGTH, "cannot")]     # "Japan cannot accept the annexation"
    _scope_without(found, lowered)
    necessity = [m for m in found["prescription"] if m[3].startswith("no ")] if found["prescription"] else []
    if necessity:
        # a necessity foretold or past is no call of the writer's ("the town will have no choice but to...", "Japan had
        # no choice but to sign")
        found["prescription"] = [m for m in found["prescription"] if m not in necessity
                                 or not _necessity_foretold_or_past(lowered, m[0])]
    if found["polar"] and not _MOTIVES.isdisjoint(lowered[:2]):
        # "The reasons for Putin's trip to Pyongyang were deeply pragmatic": how the motives are described, no good
        # the writer sees in what they are behind ("The motives behind the tests are sinister" still judges)
        found["polar"] = [m for m in found["polar"] if not (m[2] > 0 and _of_the_motives(lowered, m[0]))]
    if found["prescription"] and not _NEEDING_VERBS.isdisjoint(lowered):
        found["prescription"] = [m for m in found["prescription"] if not _an_adversarys_want(lowered, m[0])]
    if found["prescription"] and "would" in lowered and "that" in lowered:
        found["prescription"] = [m for m in found["prescription"] if not _a_need_known_then(lowered, m[0])]
    if found["negations"]:
        # (nor does the "no" of a necessity: "Japan has no choice but to abandon the pact" calls to abandon it)
        found["negations"] = [m for m in found["negations"] if not negates_nothing(lowered, m[0])
                              and not any(m[0] == n[0] for n in necessity)]
    _drop_discourse_frames(found)
    if not _FRAMING_VALUES.isdisjoint(lowered):
        _drop_frames_of_reflection(found, lowered)
    if "," in lowered[1:CONNECTIVE_REACH + 1]:
        _drop_opening_connective(found, lowered)
    if found["negations"] and "no" in lowered:
        # "There is no denying the failure of the talks": what cannot be denied is affirmed, not negated
        found["negations"] = [m for m in found["negations"] if not _no_gainsaying(lowered, m[0])]
    if not _AGENDAS.isdisjoint(lowered):
        for table in ("prescription", "polar"):
            found[table] = [m for m in found[table] if not _weight_in_anothers_agenda(lowered, m)]
    if found["prescription"] and "one" in lowered:
        found["prescription"] = [m for m in found["prescription"] if not _an_analysts_frame(lowered, m)]
    if found["prescription"] and not _STAKES.isdisjoint(lowered):
        found["prescription"] = [m for m in found["prescription"] if not _what_it_has_at_stake(lowered, m)]
    if found["polar"] and "to" in lowered:     # (an actor's threat to act, told: "Seoul is threatening to quit")
        found["polar"] = [m for m in found["polar"] if not threat_made(raw, lowered, m[0])]
    if found["polar"] and ("however" in lowered or "how" in lowered):
        _drop_concessive_degrees(found, raw, lowered)
    _adjectives_as_evaluations(found, raw, tokens, lowered)
    if found["prescription"] and may_reassure(lowered):
        # "Japan doesn't have to be anxious if...", "One needn't worry about the talks": a reassurance, no call
        found["prescription"] = [m for m in found["prescription"] if not (
            reassures(lowered, m) or perhaps_unneeded(lowered, m) or no_need_to_happen(lowered, m))]
    participles_as_adjectives(found, raw, lowered, lexicon)
    commitments_told(found, raw, lowered)
    if found["prediction"] and "will" in lowered:
        will_as_a_noun(found, lowered)
    if found["prediction"] and "might" in lowered:
        might_as_a_noun(found, lowered)
    if found["prediction"] and not _APPEARING.isdisjoint(lowered):
        # "Clarifying the rules may seem to change little": how a thing looks, conceded, no forecast
        found["prediction"] = [m for m in found["prediction"] if not (
            m[1] == 1 and lowered[m[0]] in _CONCEDING_MODALS and lowered[m[0] + 1:m[0] + 2] != []
            and lowered[m[0] + 1] in _APPEARING)]
    if found["prediction"] and "that" in lowered:
        found["prediction"] = [m for m in found["prediction"] if not foretold_in_a_view(lowered, m[0])]
    if lowered[:2] == ["not", "that"]:
        found["prescription"] = []      # "Not that the towns need any more reminders": an aside granted, no call
    if found["prediction"] and not _ARGUING.isdisjoint(lowered):
        # "one could quite credibly argue that...": a view entertained, no forecast (what is argued may judge)
        found["prediction"] = [m for m in found["prediction"] if not (m[1] == 1 and lowered[m[0]] in _CONCEDING_MODALS
                                                                      and _ARGUING.intersection(lowered[m[0] + 1:m[0] + 4]))]
    _split_phrasal_verbs(found, tokens)
    if not QUOTES.isdisjoint(raw):
        _drop_mentions(found, raw)
    if "important" in lowered or "importance" in lowered or "significance" in lowered:
        _importance_with_a_degree(found, lowered)
        # importance put as a noun judges only what a copula predicates it of ("the pact is of great importance"), not
        # a kind of thing ("bases of strategic importance") nor nothing ("Nothing of importance was agreed")
        found["polar"] = [m for m in found["polar"] if not (lowered[m[0]] == "of" and m[0] and not _predicated_at(
            lowered, m[0]))]
    for needed, judges_nothing in _SENSES_JUDGING_NOTHING:
        # (each test asked only where a word it needs is present)
        if found["polar"] and not needed.isdisjoint(lowered):
            found["polar"] = [m for m in found["polar"] if not judges_nothing(lowered, m[0])]
    if found["prescription"] and not _PAST_BE_OR_DO.isdisjoint(lowered):
        found["prescription"] = [m for m in found["prescription"] if not _an_option_weighed_in_the_past(lowered, m)]
    if found["prescription"]:
        # the writer's proposal calls in the present only: the cues' stems do not tell "I propose" from "I proposed a
        # channel last year", which recalls a call; and what the writer favours is a course, not a view ("I favour the
        # view that the talks will fail")
        found["prescription"] = [m for m in found["prescription"] if m[3] not in _PRESENT_PROPOSALS or (
            lowered[m[0] + m[1] - 1] == m[3].rsplit(" ", 1)[-1] and not _a_view_favoured(lowered, m))]
    if found["polar"]:
        # a dearth of good courses but one ("there are no good options except the talks") argues for that one
        found["polar"] = [m for m in found["polar"] if m[3] not in _NO_GOOD_COURSES
                          or _EXCEPT.isdisjoint(lowered[m[0] + m[1]:m[0] + m[1] + EXCEPT_REACH])]
    if found["prescription"] and "not" in lowered and not READ_AS.isdisjoint(lowered):
        denied = [m[0] + m[1] for m in found["prescription"] if a_reading_denied(lowered, m[0] + m[1])]
        if denied:
            # (the words after a reading denied are not judged: "should not be construed with the port's
            # commitments")
            found["prescription"] = [m for m in found["prescription"] if m[0] + m[1] not in denied]
            found["polar"] = [m for m in found["polar"] if m[0] < denied[0]]
    if found["prescription"] and "to" in lowered:
        found["prescription"] = [m for m in found["prescription"] if not _foreseen(lowered, m[0])]
    if found["prediction"] and "going" in lowered:
        found["prediction"] = [m for m in found["prediction"] if not going_somewhere(raw, m)]
    if found["prescription"] and not REASON_NOUNS.isdisjoint(lowered[:REASON_NOUN_REACH]):
        found["prescription"] = [m for m in found["prescription"] if not given_as_a_reason(lowered, m[0])]
    if found["prescription"] or found["polar"]:
        _drop_cues_used_otherwise(found, raw, lowered)
    if found["prediction"] and ("as" in lowered or "called" in lowered):
        # "The talks could be categorized as a diplomatic war": a naming, no forecast
        found["prediction"] = [m for m in found["prediction"] if not (m[3] in MAY_NAME and a_naming(lowered, m[0] + m[1]))]
    if found["polar"]:
        found["polar"] = resigned_by_harm(found["polar"], lowered)     # harm averted, countered, repaired or grown
    if found["prediction"] and "have" in lowered:
        found["prediction"] = [m for m in found["prediction"] if not (
            m[3] in _GUESSING_MODALS and _inferred_past(lowered, m[0] + (lowered[m[0] + 1:m[0] + 2] == ["not"])))]
    if found["prediction"] and "could" in lowered:
        past_inabilities(found, lowered)
    if found["commitment"] and (not _LEARNING.isdisjoint(lowered) or "out" in lowered):
        # "we will not know for some time whether...", "we will see": a forecast of what will be learnt, no pledge
        found["commitment"] = [m for m in found["commitment"] if not _learns(lowered, m[0] + m[1])]
    if (found["commitment"] or found["prediction"]) and not _TELLING_VERBS.isdisjoint(lowered):
        # "We will, however, point out that...", "I will add that...": what the writer goes on to say, no pledge and
        # no forecast
        for table in ("commitment", "prediction"):
            found[table] = [m for m in found[table] if not _goes_on_to_say(lowered, m[0] + m[1])]
    # cue words are written in lower case: "United States" states nothing, and "in May" is a month
    for table in ("reporting", "prescription", "commitment", "prediction", "hedges"):
        if found[table]:
            found[table] = [m for m in found[table] if raw[m[0]][:1].islower() or m[0] == 0 or raw[m[0]] == "I"]
    if found["reporting"]:
        # "that fear has been realised": a fear come true, no view reported ("the mayor realises that..." reports his)
        # (nor does "all things considered" or an opening "All considered,", an aside)
        found["reporting"] = [m for m in found["reporting"] if not (m[0] and (
            lowered[m[0]] in _COME_TRUE and lowered[m[0] - 1] in COPULAS or lowered[m[0]] == "considered" and (
                lowered[m[0] - 1] in _ALL_THINGS or lowered[:m[0]] == ["all"])))]
    if found["polar"]:
        # nor does a judging word judge inside a name of capitalised words ("the think tank Tokyo Foundation")
        found["polar"] = [m for m in found["polar"] if not _in_a_name(raw, m[0])]
    shift = find_shift(tokens, raw, found["shift"], lexicon)
    if shift is None and not (found["prescription"] or found["commitment"] or found["prediction"] or found["polar"]):
        return None     # (a quarter of the sentences: no clause of theirs could take a position, _stance would say)
    if found["reporting"]:
        found["reporting"] = [m for m in found["reporting"] if reports_a_view(lowered, m[0]) and (
            m[3] not in lexicon.reporting_past_only or lowered[m[0]].endswith("ed")
            or lowered[m[0]] in _TOLD_IN_PROGRESS or foretold_verdict(lowered, m[0]))]
    reporting_at = frozenset(complement_opens(lowered, m[0] + m[1]) - 1 for m in found["reporting"]) \
        if found["reporting"] else _NONE
    clauses = split_clauses(raw, reporting_at, lowered)
    first_verb = _first_cue_or_auxiliary(found, lowered, clauses)
    # A noun's that-clause is part of the claim when it completes the object ("should abandon the hope that
    # X": a verb comes before it), or when a framing formula makes it the claim ("It is worth underscoring the
    # point that X"); on the subject ("The early fear that X would... has receded") it only says what the
    # noun holds. So does one set off by a comma ("What would frighten the region is the idea circulating in
    # the party, that Japan should strike first"): the sentence judges the idea, it does not call for it. Nor does
    # a noun after a preposition ("the pier's future is clouded by the court's ruling that the firm should pay"): what the
    # ruling holds is the court's.
    if "content" in map(_KIND, clauses):
        verbs_at = {m[0] for name in ("prescription", "commitment", "prediction") for m in found[name]}
        clauses = [Clause(c.start, c.end, "complement") if c.kind == "content" and raw[c.start - 1] != "," and (
            found["discourse"] or any((lowered[k] in _CLAIMING_AUXILIARIES and not _existential(lowered, k))
                                      or k in verbs_at for k in range(c.start))) and not _held_after_a_preposition(
            lowered, c.start)
            else c for c in clauses]
    kinds = [""] * len(raw)
    for clause in clauses:
        kinds[clause.start:clause.end] = [clause.kind] * (clause.end - clause.start)
    return SentenceScan(raw, tokens, found, clauses, kinds, list(accumulate(map(len, raw), initial=0)), first_verb, UNSET,
                 lowered, shift)


def _necessity_foretold_or_past(lowered: list[str], at: int) -> bool:
    """Whether the "no" of a necessity at `at` follows a past "had" or a modal before "have" ("had no choice but to",
    "will have no choice but to", "would have no alternative but to")."""
    before = lowered[at - 1] if at else ""
    return before == "had" or (before == "have" and at > 1 and (
        lowered[at - 2] in FORETELLING or lowered[at - 2].endswith(_FORETELLING_CONTRACTED)))


def _of_the_motives(lowered: list[str], at: int) -> bool:
    """Whether the word at `at` stands in the predicate of a sentence whose subject is the motives of something
    ("The reasons for the visit were...", "Beijing's motives are...")."""
    copula = next((k for k in range(1, at) if lowered[k] in COPULAS), None)
    # (a quality said of them right after the copula: not "The reason the pact has survived is that it is fair")
    return copula is not None and lowered[copula - 1] not in _MOTIVES and (
        lowered[0] in _MOTIVES or lowered[1] in _MOTIVES) and "," not in lowered[:copula] and \
        at - copula <= MOTIVE_QUALITY_REACH and "that" not in lowered[copula:at]


_MOTIVES = frozenset("reason reasons motive motives motivation motivations rationale calculus".split())
MOTIVE_QUALITY_REACH = 3    # "were deeply pragmatic"


def _an_adversarys_want(lowered: list[str], at: int) -> bool:
    """'Russia urgently needs North Korean ammunition', 'Pyongyang needs cash': what an adversary the sentence opens on
    needs, a thing, is its want told, no call of the writer's for it (a call on it has "to" and a verb: "North Korea
    needs to return to talks")."""
    if lowered[at] not in _NEEDING_VERBS:
        return False
    after = next((k for k in range(at + 1, len(lowered)) if not lowered[k].endswith("ly")), len(lowered))
    subject = [w for w in lowered[:at] if not w.endswith("ly") and w not in _LINKS_BEFORE_A_SUBJECT
               and w not in BETWEEN_BE_AND_VERB]      # ("Russia still needs cash")
    # (material wants, not a course the writer asks for toward it: "North Korea needs a different conversation")
    return lowered[after:after + 1] != ["to"] and " ".join(subject) in _ADVERSARIES and not _WANTS.isdisjoint(
        lowered[after:after + WANT_REACH])


_NEEDING_VERBS = frozenset("need needs needed".split())
WANT_REACH = 4      # "needs North Korean artillery shells"
_WANTS = frozenset("ammunition weapons arms shells missiles fuel oil gas energy food cash money currency technology "
                   "technologies labor labour laborers labourers workers troops soldiers ships investment revenue "
                   "components chips".split())
_LINKS_BEFORE_A_SUBJECT = frozenset("but and yet meanwhile".split())
_ADVERSARIES = frozenset(("russia", "moscow", "the kremlin", "putin", "north korea", "pyongyang", "kim", "kim jong un",
                          "the regime", "china", "beijing", "xi"))


def _qualifies_a_view_given(raw: list[str], lowered: list[str], at: int) -> bool:
    """'The administration provided a more optimistic spin on the meeting', 'Tokyo's upbeat assessment of the talks':
    a word of hope or gloom that qualifies a view someone gave tells the view, no verdict of the writer's (not "I take
    a more optimistic view")."""
    if lowered[at] not in _HOPEFUL_OR_GLOOMY or _VIEWS_GIVEN.isdisjoint(lowered[at + 1:at + 3]) or any(
            map(is_first_person, raw)):
        return False
    # given by someone: after a verb of giving it or a possessive ("provided a more optimistic spin", "Tokyo's upbeat
    # assessment"; "There are good grounds for an optimistic view of the pact" is the writer's own)
    k = at - 1
    while k > 0 and lowered[k] in _BEFORE_A_QUALITY:
        k -= 1
    if lowered[k].endswith(POSSESSIVE_ENDINGS):
        return True
    # (not what figures give, "The figures give a more optimistic picture of the pact": the writer's reading of them)
    return lowered[k] in _GIVING_A_VIEW and _EVIDENCE.isdisjoint(lowered[max(0, k - EVIDENCE_REACH):k])


_EVIDENCE = frozenset("figures data numbers statistics polls poll results evidence survey surveys trends".split())
EVIDENCE_REACH = 3      # "The latest figures give"
_BEFORE_A_QUALITY = frozenset("a an the more less far much very rather somewhat rosier".split())
_GIVING_A_VIEW = frozenset("provided provides provide gave gives give offered offers offer put puts painted paints "
                           "paint presented presents present delivered delivers issued issues".split())
_HOPEFUL_OR_GLOOMY = frozenset("optimistic pessimistic upbeat rosy rosier gloomy gloomier sanguine bullish "
                               "bearish".split())
# (not "tone": a tone struck is read as the striker's, others_views)
_VIEWS_GIVEN = frozenset("spin assessment assessments view views take reading account picture interpretation "
                         "gloss appraisal portrayal characterization characterisation narrative".split())


def _an_adversarys_armed_gain(raw: list[str], lowered: list[str], at: int) -> bool:
    """'North Korea has made considerable progress in advancing ICBM technologies', 'The North was estimated to have
    made strides in its missile program': progress an armed adversary the sentence opens on makes in its arms is a
    danger grown (not progress in talks with it, "Pyongyang made progress in the talks", nor China's, whose gains
    the regional order weighs both ways)."""
    reach = lowered[at + 1:at + 1 + ARMS_REACH]
    if lowered[at] not in _GAINS or _ARMS.isdisjoint(reach) or not _TALKS.isdisjoint(reach):
        return False
    # (a gain in doing something is an arms gain only in building them up: "progress in advancing ICBM technologies",
    # not "progress toward abandoning its nuclear weapons")
    act = next((w for w in reach if w not in _BEFORE_AN_ACT), "")
    if act.endswith("ing") and act not in _ARMING:
        return False
    opening = next((k for k in range(at) if lowered[k] not in _LINKS_BEFORE_A_SUBJECT), at)
    # the adversary as the subject, the gain its own a few words on, no one else named between ("North Korea's tests
    # have spurred Japan to make progress in missile defense" is Japan's)
    named = next((n for n in range(1, ADVERSARY_WORDS + 1)
                  if " ".join(lowered[opening:opening + n]) in _ARMED_ADVERSARIES), None)
    return named is not None and at - (opening + named) <= GAIN_AFTER_ADVERSARY and not any(
        t[:1].isupper() for t in raw[opening + named:at])


_GAINS = frozenset("progress strides advances advance breakthrough breakthroughs success successes gains "
                   "headway".split())
_ARMS = frozenset("icbm icbms missile missiles nuclear weapons weapon arsenal arsenals warhead warheads "
                  "munitions".split())
ARMS_REACH = 6          # "progress in advancing ICBM technologies", "strides in its missile program"
_TALKS = frozenset("talks negotiations negotiation dialogue diplomacy deal agreement denuclearization "
                   "denuclearisation disarmament "
                   # (and arms cut, frozen or given up: "progress in reducing its nuclear arsenal")
                   "reducing reduction reductions cutting cuts dismantling dismantlement freeze freezing moratorium "
                   "treaty destroying limiting control".split())
ADVERSARY_WORDS = 3     # "the north korean regime" is read by its first words: "the north"
_BEFORE_AN_ACT = frozenset("in on toward towards with at of its the".split())
_ARMING = frozenset("advancing developing building expanding improving perfecting miniaturizing miniaturising "
                    "testing producing enriching".split())
GAIN_AFTER_ADVERSARY = 6    # "The North was estimated to have made considerable progress"
_ARMED_ADVERSARIES = frozenset(("russia", "moscow", "the kremlin", "putin", "north korea", "pyongyang",
                                "kim jong un", "the regime", "the north", "the dprk", "dprk"))


def _a_need_known_then(lowered: list[str], at: int) -> bool:
    """'We had always known that the system would need more radars', 'It was clear that the town would need a new
    pier': a need known at a time gone by, told in the future of the past after a past verb of knowing; no call of
    the writer's now."""
    if at < 3 or lowered[at - 1] != "would" or lowered[at] not in _NEEDING:
        return False
    that = next((k for k in range(at - 2, max(0, at - NEED_KNOWN_REACH), -1) if lowered[k] in ("that", ";", ":")), None)
    if that is None or that < 2 or lowered[that] != "that":
        return False
    # ("we knew that", "we had always known that", "it was (well) understood that", "it became clear (to all) that";
    # not "it is well known that", "it must be understood that": known now)
    before = lowered[max(0, that - KNOWN_THEN_REACH):that]
    known = next((k for k in range(len(before) - 1, -1, -1) if before[k] in _KNOWN_THEN or before[k] in _PLAIN_THEN),
                 None)
    if known is None:
        return False
    # (a verb in the past, "we realised that", not a passive of now, "it must be understood that")
    if before[known] in _KNOWN_IN_THE_PAST and (not known or before[known - 1] not in _BE_NOW):
        return True
    return not _PAST_BEFORE_KNOWN.isdisjoint(before[:known])


NEED_KNOWN_REACH = 24       # "that in order to protect all of Japan with just two land-based systems, we would need"
_NEEDING = frozenset("need needs require".split())
_KNOWN_THEN = frozenset("knew known understood realised realized".split())
_PLAIN_THEN = frozenset("clear obvious evident".split())
_PAST_BEFORE_KNOWN = frozenset("had was were became".split())
_KNOWN_IN_THE_PAST = _KNOWN_THEN - {"known"}     # (a verb's past, not only its participle)
_BE_NOW = frozenset("be is are been being".split())
KNOWN_THEN_REACH = 5        # "it became clear to everyone that"
FORETELLING = frozenset("will would could might may".split())
_FORETELLING_CONTRACTED = ("'ll", "'d", "\u2019ll", "\u2019d")     # "the town'll have no choice but to...": one token


def _held_after_a_preposition(lowered: list[str], opens: int) -> bool:
    """Whether the noun whose content clause opens at `opens` follows a preposition within its noun phrase ("by the
    court's ruling that", "to the demand that"): then it is no object of the claim's verb. Not an infinitive ("to
    reverse the decision that..."), nor after "so" ("so poisoned by the feud that I think...")."""
    if opens < 2 or lowered[opens - 1] not in _HELD_BY_ITS_MAKER \
            or not _SO_OR_SUCH.isdisjoint(lowered[max(0, opens - SO_REACH):opens]):
        return False    # (only a noun of what someone decided or holds: "gain from an arrangement that neither could
        #                 replace" has a relative clause)
    for k in range(opens - 2, max(0, opens - 1 - NOUN_PHRASE_REACH), -1):
        if lowered[k] in _HOLDING_PREPOSITIONS and (lowered[k + 1] in _DETERMINERS
                                                    or lowered[k + 1].endswith(("'s", "\u2019s"))):
            return True
        if lowered[k] == "on" and (lowered[k + 1] in _OTHER_HOLDERS or lowered[k + 1].endswith(("'s", "\u2019s"))) \
                and _neither_called_for_nor_endorsed(lowered, k):
            # "Moscow has not backed down on its stance that...", "insisted on Beijing's demand that..." (not the
            # writer's call or endorsement: "The council should stand firm on its position that...", "is right to
            # insist on her view that...")
            return True
        if lowered[k] in AUXILIARIES or lowered[k] in BREAK_TOKENS:
            return False
    return False


NOUN_PHRASE_REACH = 5       # "by the harbour court's final ruling that"
# what someone rules, decides, asks or holds, whose content is theirs
_HELD_BY_ITS_MAKER = frozenset("ruling rulings decision decisions verdict verdicts judgment judgement order orders "
                               "resolution demand demands request requests insistence proposal proposals claim claims "
                               "idea notion view views belief argument position warning warnings signal message "
                               "reminder stance stances".split())
_RIGHTLY = CORRECT | ENDORSING


def _neither_called_for_nor_endorsed(lowered: list[str], at: int) -> bool:
    """Whether the clause up to `at` holds no modal of a call and no word of endorsement ("should stand firm on",
    "is right to insist on")."""
    clause = lowered[next((j + 1 for j in range(at - 1, -1, -1) if lowered[j] in BREAK_TOKENS), 0):at]
    return _CALLING_MODALS.isdisjoint(clause) and _RIGHTLY.isdisjoint(clause)
_CALLING_MODALS = frozenset("should must ought".split())    # (not a forecast: "Moscow will not back down on its stance")
_SO_OR_SUCH = frozenset("so such".split())
SO_REACH = 10               # "so poisoned by the long history disputes that"
_HOLDING_PREPOSITIONS = frozenset("by to from with against about over under after as".split())     # ("taken as a
#                                                                     warning that the port would have to close")


# ("has softened the board's position that the tolls should rise": a past or perfect verb tells what happened to a
# view, whose content is no claim of the writer's)
_CLAIMING_AUXILIARIES = AUXILIARIES - frozenset("has have had was were did".split())


def _existential(lowered: list[str], k: int) -> bool:
    """'There are signs that...': the copula of "there is" takes no object; the noun after it is what there is."""
    return k > 0 and lowered[k - 1] == "there" and lowered[k] in ("is", "are", "was", "were")


_KIND = itemgetter(2)       # a Clause's kind, mapped over clauses: no Python loop per clause


IMPERATIVE_STRENGTH = 3.0       # as "need to": a direct call to act
REFUSAL_STRENGTH = 4.0          # as "must not": "cannot accept"
IMPERATIVE = "(imperative)"     # the cue's phrase: the verb itself may also give the direction ("Keep the...")


def _add_goals_named(found, raw: list[str]) -> None:
    """'The task for Tokyo now is to keep...', 'the aim for the next few years should be to freeze...': what the
    sentence names as the goal, with words between the noun and its "is to", it calls for, as "the task is to"
    does. Not another's goal ("Beijing's aim is to...", "its task was to..."), nor a past one."""
    lowered = [t.lower() for t in raw]
    taken = {m[0] for m in found["prescription"]}
    for k, word in enumerate(lowered):
        if word not in _GOAL_NOUNS or (k and (lowered[k - 1] in THIRD_POSSESSIVES or lowered[k - 1].endswith(
                ("'s", "\u2019s")))) or lowered[k + 1:k + 2] == ["of"]:
            continue    # ("The goal of free trade is to open markets": what a thing is for, defined; no call)
        for j in range(k + 1, min(len(raw) - 2, k + GOAL_REACH)):
            if raw[j] in BREAK_TOKENS or lowered[j] in _NOT_IN_A_GOAL:
                break
            if lowered[j] in ("is", "be") and lowered[j + 1] == "to" and raw[j + 2][:1].isalpha() and (
                    lowered[j] == "is" or lowered[j - 1] in _GOAL_MODALS):
                if not taken.intersection(range(k + 1, j + 2)):
                    found["prescription"].append((j, 2, GOAL_STRENGTH, f"{word} is to"))
                    found["prescription"].sort()
                break


_GOAL_NOUNS = frozenset("task priority aim goal job imperative challenge tasks priorities aims goals challenges".split())
_GOAL_STEMS = frozenset(stem_all(list(_GOAL_NOUNS)))
_GOAL_MODALS = frozenset("should must will".split())
_NOT_IN_A_GOAL = frozenset("was were that which who has have had".split())
GOAL_REACH = 10         # "the task for the harbour in the coming year is to"
GOAL_STRENGTH = 2.0     # as "the task is to"


def cleft_verdict(lowered: list[str], main_polar: list):
    """The judging word of a sentence opening "What is (especially) worrisome is (that)...", or None: what follows is
    what it judges, whatever words of its own say how it came about ("...has made significant progress")."""
    if lowered[1:2] not in (["is"], ["was"]):
        return None
    for m in main_polar:
        end = m[0] + m[1]
        if m[0] <= CLEFT_REACH and all(w in _DEGREES or w.endswith("ly") for w in lowered[2:m[0]]) and \
                lowered[end:end + 1] in (["is"], ["was"]):
            return m
    return None


CLEFT_REACH = 4         # "What is particularly worrying" : the judging word soon after "What is"


def _importance_with_a_degree(found, lowered: list[str]) -> None:
    """'It is also important to coordinate with the board', 'it is extremely important that...', 'it is of the utmost
    importance to...': a call, as "it is important to" is, with words of degree or addition before "important", or
    importance put as a noun after "of" and its degree (significance judges: "it is of great significance that...")."""
    taken = {m[0] for m in found["prescription"]}
    for k in (k for k, word in enumerate(lowered) if word in _IMPORTANCE_WORDS):
        if lowered[k + 1:k + 2] == [] or lowered[k + 1] not in ("to", "for", "that"):
            continue
        if lowered[k + 1] == "to" and lowered[k + 2:k + 3] != [] and lowered[k + 2] in _FRAMING_VERBS:
            # "it is also important to note that...", "it is of great importance to note that...": a frame, as "it is
            # important to note" is; it judges nothing
            found["polar"] = [m for m in found["polar"] if not m[0] <= k < m[0] + m[1]]
            continue
        j = k - 1
        if lowered[k] != "important":
            while j > 0 and lowered[j] in _DEGREES_OF_IMPORTANCE:
                j -= 1
            if lowered[j] != "of":
                continue        # ("the importance to the towns of...": no importance put as a quality)
            j -= 1
        j = _back_past_degrees(lowered, j)
        if (j == k - 1 and lowered[k] == "important") or lowered[j] not in ("is", "be", "it's") or (
                lowered[j] == "be" and lowered[j - 1] not in MODALS):
            continue        # (with no degree, the lexicon's "it is important to" has it)
        it = j if lowered[j] == "it's" else j - 1 - (lowered[j] == "be")
        if it >= 0 and lowered[it] in ("it", "it's") and not taken.intersection(range(it, k + 2)):
            found["prescription"].append((it, k + 2 - it, IMPORTANCE_STRENGTH, "it is important to"))
            found["prescription"].sort()


_DEGREES = frozenset("also equally very therefore thus now all the more most so still even especially "
                     "particularly".split())
_IMPORTANCE_WORDS = frozenset("important importance".split())      # (significance judges: "it is significant that...")


def _predicated_at(lowered: list[str], at: int) -> bool:
    """Whether the phrase at `at` is predicated by a copula before it, past adverbs ("is also of great importance")."""
    k = _back_past_degrees(lowered, at - 1)
    return lowered[k] in COPULAS or lowered[k] in ("be", "been", "it's")


def _back_past_degrees(lowered: list[str], k: int) -> int:
    """The index at or before k that is no word of degree or addition and no adverb ("is also very", "is therefore")."""
    while k > 0 and (lowered[k] in _DEGREES or (lowered[k].endswith("ly") and len(lowered[k]) > 3)):
        k -= 1
    return k
# (what may stand between "of" and importance put as a noun: "of the utmost importance", "of great significance")
_DEGREES_OF_IMPORTANCE = frozenset("the great vital critical crucial utmost paramount particular extreme fundamental "
                                   "special considerable enormous immense strategic greatest highest".split())


IMPORTANCE_STRENGTH = 2.0   # as "it is important to"
# judging words used in a sense that passes no verdict (compare/senses.py), each with the words it needs
_SENSES_JUDGING_NOTHING = ((IMPORTANCE, importance_as_a_kind),
                           (frozenset(("successful", "successfully")), a_weapons_test_told),
                           (REACTIONS, a_reaction_described),
                           (frozenset(("than",)), the_standard_of_a_comparison),
                           (ENDORSING_ADVERBS, an_endorsed_saying),
                           (MOODS_OF_PEOPLE, a_mood_describing_people),
                           (REJECTING_A_VIEW, rejects_a_view),
                           (ACCEPTANCE, acceptable_to_another),
                           (CLOSING_WORDS, a_closing_endorsement),
                           (PRETEXTS, named_as_a_pretext),
                           (THREATS, a_threat_issued))


def _drop_false_friends(found, raw: list[str]) -> None:
    """Drop cues matched on a word whose stem is a cue's but which is another word ("quite" stems as "quit", a verb
    of leaving: "and he was quite right" leaves nothing)."""
    for name, matches in found.items():     # (every kind of cue: a list of (start, length, weight, cue))
        found[name] = [m for m in matches if raw[m[0]].lower() not in _FALSE_FRIEND_WORDS]


_FALSE_FRIEND_WORDS = frozenset(("quite",))
_FALSE_FRIENDS = frozenset(stem_all(sorted(_FALSE_FRIEND_WORDS)))      # (their stems, as the tokens hold them)


def _an_option_weighed_in_the_past(lowered: list[str], match) -> bool:
    """'Closing the pier was not an option', 'the only option was to wait': a course weighed in the past, told; no
    call now (a past necessity is a verdict on the past: _past_necessity_as_verdict)."""
    return lowered[match[0] + match[1] - 1] in _WEIGHED_COURSES and \
        not _PAST_BE_OR_DO.isdisjoint(lowered[max(0, match[0] - PAST_OPTION_REACH):match[0]])


_PAST_BE_OR_DO = frozenset("was were did".split())
_WEIGHED_COURSES = frozenset("option options".split())
PAST_OPTION_REACH = 4       # "Closing the pier was not the only option"
# what the writer asks the reader to bear in mind, which frames the claim after it ([discourse] holds "it is
# important to note", "...to remember", "...to recall")
_FRAMING_VERBS = frozenset("note point remember recall stress emphasize emphasise underline underscore recognize recognise "
                           "acknowledge understand".split())


def _add_imperative(found, raw: list[str], at: int) -> None:
    """The imperative verb prescribes, as a modal would; "don't" and "never" also negate what follows."""
    found["prescription"].append((at, 1, IMPERATIVE_STRENGTH, IMPERATIVE))
    found["prescription"].sort()
    if raw[at].lower() in ("don't", "never") and not any(m[0] == at for m in found["negations"]):
        found["negations"].append((at, 1, 1.0, raw[at].lower()))
        found["negations"].sort()


def _scope_without(found, lowered: list[str]) -> None:
    """'Deterrence without dialogue is dangerous', 'Their emphasis on pressure rather than dialogue was important':
    "without", "rather than" and "instead of" negate their own phrase, not a judgement across the verb that follows
    it."""
    if not found["negations"]:
        return
    found["negations"] = [m for m in found["negations"] if m[3] not in _OWN_PHRASE_NEGATIONS or not any(
        t in COPULAS or t in AUXILIARIES for t in lowered[m[0] + m[1]:m[0] + m[1] + NEGATION_WINDOW])]


_OWN_PHRASE_NEGATIONS = frozenset(("without", "rather than", "instead of"))


def _en_dashes_as_asides(text: str) -> str:
    """A spaced en dash sets off an aside as an em dash does ("the pact – it has yet to be ratified – is a win");
    unspaced, it joins a range or a pair ("2017–2018", "US–China"); after a dateline ("TOKYO (Reuters) – ...") it
    opens the story. (One character for another: offsets hold.)"""
    first = text.find(" \u2013 ")
    if first < 0 or text[:first].endswith(")") or not any(map(str.islower, text[:first])):
        return text
    return text.replace(" \u2013 ", " \u2014 ")


# Phrasal verbs whose object may stand inside them: "set the negotiations aside", "give the talks up" (keyed
# by stems, as the sentence's tokens are).
_SPLIT_PHRASAL = {stem_all([verb])[0]: (stem_all([particle])[0], value, phrase) for verb, particle, value, phrase in (
    ("set", "aside", -2.0, "set aside"), ("give", "up", -2.0, "give up"), ("put", "hold", -2.0, "put on hold"),
    # "I would caution the new board against closing the line": a warning, with its addressee inside, against a course
    ("warn", "against", -2.0, "warn against"), ("caution", "against", -2.0, "caution against"),
    ("advise", "against", -2.0, "advise against"), ("counsel", "against", -2.0, "counsel against"))}
PHRASAL_REACH = 6


def _split_phrasal_verbs(found, tokens) -> None:
    if _SPLIT_PHRASAL.keys().isdisjoint(tokens):
        return
    for index, token in enumerate(tokens):
        entry = _SPLIT_PHRASAL.get(token)
        if entry and entry[0] in tokens[index + 2:index + PHRASAL_REACH] and not any(m[0] == index
                                                                                     for m in found["polar"]):
            found["polar"].append((index, 1, entry[1], entry[2]))
            found["polar"].sort()


def _mentioned_spans(raw: list[str]) -> set[int]:
    """Indexes of the words of short quoted terms: 'talk of a "military option"', 'the "success" of the summit'.
    A term in quotation marks is mentioned, not used: its words are no cue of the writer's (a quotation of a
    whole clause is someone's speech, which attribution reads)."""
    mentioned: set[int] = set()
    k = 0
    while k < len(raw):
        closing = _QUOTE_PAIRS.get(raw[k])
        if closing is not None:
            end = next((j for j in range(k + 1, min(len(raw), k + MENTION_WORDS + 2)) if raw[j] in closing), None)
            if end is not None and end > k + 1 and all(t[:1].isalnum() or t in "-'’" for t in raw[k + 1:end]):
                mentioned.update(range(k + 1, end))
                k = end
        k += 1
    return mentioned


_QUOTE_PAIRS = {"“": "”", "‘": "’", '"': '"', "'": "'"}
MENTION_WORDS = SPEECH_WORDS    # at most this many words between quotation marks make a term, not speech


def _drop_mentions(found, raw: list[str]) -> None:
    mentioned = _mentioned_spans(raw)
    if mentioned:
        for table in ("prescription", "commitment", "prediction", "polar", "hedges", "intensifiers", "negations"):
            if found[table]:
                found[table] = [m for m in found[table] if not mentioned.issuperset(range(m[0], m[0] + m[1]))]


_POINTING_AT = frozenset("this that such".split())
_OPTIONS_END = frozenset("; : but yet however".split())
_ALL_THINGS = frozenset("things everything".split())
_COME_TRUE = frozenset("realized realised".split())


def _gone_are(lowered: list[str]) -> bool:
    """Whether the sentence opens on "Gone are" or "Gone was" (after "But", "And", "Now"...): an end told, the rest its
    subject."""
    k = 1 if lowered[0] in _LINKS_BEFORE_GONE else 0
    return lowered[k:k + 1] == ["gone"] and lowered[k + 1:k + 2] in (["are"], ["were"], ["is"], ["was"])


_LINKS_BEFORE_GONE = LINKING_OPENERS | {"now"}     # ("But gone were...", "Now gone is...")


def _drop_cues_used_otherwise(found, raw: list[str], lowered: list[str]) -> None:
    """Cue words used in another sense: "would require" supposes (what an invasion would require is no call),
    "The second point concerns ferry tolls" says what it is about (no concern)."""
    if found["prescription"]:
        laid_out = next((m[0] for m in found["prescription"] if options_laid_out(lowered, m[0])), None)
        if laid_out is not None:
            # ("must either follow the board and drop the pier, or press on as a precondition for progress": the
            # options' words are neither the writer's call nor verdict, up to a turn or a new clause after the "or")
            alternative = lowered.index("or", laid_out)
            end = next((k for k in range(alternative, len(lowered)) if lowered[k] in _OPTIONS_END or (
                lowered[k] == "," and lowered[k + 1:k + 2] in (["and"], ["so"], ["which"]))), len(lowered))
            found["polar"] = [m for m in found["polar"] if not laid_out < m[0] < end]
        # (and "the calls for higher spending have grown louder" names others' demands: a noun, no call)
        found["prescription"] = [m for m in found["prescription"] if not (
            m[3] == "require" and (not SUPPOSING_MODALS.isdisjoint(lowered[max(0, m[0] - 3):m[0]])
                                   or a_rules_requirement(lowered, m[0]))) and not (
            m[3] == "call for" and m[0] > 0 and (lowered[m[0] - 1] in BEFORE_A_NOUN or lowered[m[0] - 1].endswith(
                POSSESSIVE_ENDINGS))) and not (
            m[3] == "must" and (_inferred_past(lowered, m[0]) or inferred_must(lowered, m[0]))) and not (
            m[3] == "have to" and lowered[m[0]] == "having") and not (
            still_pending(lowered, m[0])) and not (
            m[3] == "option" and lowered[m[0]] == "options" and _NONE_OF.isdisjoint(lowered[max(0, m[0] - 4):m[0]]))
            and not (m[3] == "option" and (not _POINTING_AT.isdisjoint(lowered[max(0, m[0] - 3):m[0]])
                                           or on_the_table(lowered, m[0]) or an_option_held(lowered, m[0])))
            and not points_to_consider(lowered, m[0])
            and not need_agreed(lowered, m[0]) and not options_laid_out(lowered, m[0])
            and not an_inference_forced(lowered, m[0], m[1]) and not a_need_stated_not_asked(lowered, m[0])]
        # ("having to" is an obligation named or told, "freed from having to cope with the tolls", "the port is having
        # to cut fees": no call;
        # "all options are on the table", "assess the options": choices named, none chosen; "the only option is
        # to...", "a soft option" and "none of the options is good enough" still judge a course; "This option would
        # violate the law", "the proposal of such an unrealistic option": an option pointed at, named, no call)
        if found["prescription"] and not _PAST_BE.isdisjoint(lowered):
            _past_necessity_as_verdict(found, lowered)
        if found["prescription"] and "have" in lowered:
            _retrospective_call_as_verdict(found, lowered)
        if expected := [m for m in found["prescription"] if an_effect_expected(lowered, m[0])]:
            found["prescription"] = [m for m in found["prescription"] if m not in expected]
            found["prediction"] = sorted(found["prediction"] + [(m[0], 1, 1.0, "should") for m in expected])
        if forced := [m for m in found["prescription"] if a_necessity_as_a_consequence(lowered, m[0], m[3])]:
            # ("..., so travellers will have to pay more": what a course will force on someone, foretold)
            found["prescription"] = [m for m in found["prescription"] if m not in forced]
            found["prediction"] = sorted(found["prediction"] + [(m[0], m[1], 1.0, m[3]) for m in forced])
        if weighed := [m for m in found["prescription"] if weighs_for_a_party(lowered, m[0])
                       or weighs_in_what_it_shows(lowered, m[0])]:
            found["prescription"] = [m for m in found["prescription"] if m not in weighed]
            judged = {m[0] for m in found["polar"]}
            found["polar"] = sorted(found["polar"] + [(m[0], 1, 1.0, m[3]) for m in weighed if m[0] not in judged])
    if found["polar"]:
        found["polar"] = [m for m in found["polar"] if not _judges_nothing(lowered, m)]
    if found["polar"] and _gone_are(lowered):
        # ("Gone were the threats by the mayor to walk away from the pact": what the sentence says has ended; its
        # judging words tell what it was, no verdict, and the end itself may be good news or bad)
        found["polar"] = []
    if found["polar"] and "wrong" in lowered:
        # ("proving the pact's doubters wrong": good news for what they doubted)
        found["polar"] = [(m[0], m[1], abs(m[2]), m[3]) if doubters_proved_wrong(lowered, m[0]) else m
                          for m in found["polar"]]
    if found["polar"] and not _ARMS.isdisjoint(lowered):
        # ("North Korea has made considerable progress in its ICBM technology": a danger grown, not good news)
        found["polar"] = [(m[0], m[1], -abs(m[2]), m[3]) if _an_adversarys_armed_gain(raw, lowered, m[0]) else m
                          for m in found["polar"]]
    if found["polar"] and not CONCEIVED.isdisjoint(lowered):
        found["polar"] = [m for m in found["polar"] if not in_a_stated_purpose(lowered, m[0])]
    if found["polar"] and not (found["prescription"] or found["commitment"] or found["prediction"]) \
            and tells_an_aim(lowered) and not any(map(is_first_person, raw)):     # ("US" is no first person)
        found["polar"] = [m for m in found["polar"] if not in_a_narrated_aim(lowered, m)]
    if found["polar"] and not _VIEWS_GIVEN.isdisjoint(lowered):
        found["polar"] = [m for m in found["polar"] if not _qualifies_a_view_given(raw, lowered, m[0])]
    if "hope" in lowered or "hopes" in lowered:
        for table in ("polar", "prediction"):
            found[table] = [m for m in found[table] if not in_a_hope_told(raw, lowered, m[0])]
    if found["polar"] and not (found["prescription"] or found["commitment"] or found["prediction"]) \
            and not CONTENTS_LISTING.isdisjoint(lowered):
        found["polar"] = [m for m in found["polar"] if not (
            (abs(m[2]) >= ACTION or lowered[m[0]].endswith("ing")) and in_listed_contents(lowered, m[0]))]


_NONE_OF = frozenset("none no".split())
_IF_OCCASION = frozenset("if when where whenever wherever".split())
_AS_MEASURED = frozenset("often frequently soon long much many far quickly".split())    # "as often as necessary"
_REQUIRING = frozenset("require requires".split())
# who or what imposes duties: a government, a law or an agreement (not "the situation requires Japan to act", a call)
_IMPOSERS = frozenset("government ministry agency law act bill rules regulation regulations agreement treaty pact "
                      "accord deal guidelines".split())
DUTY_REACH = 16     # "The harbour government will manage the procurement of fuel, rare metals and drugs and require"


def _an_imposed_duty(lowered: list[str], at: int) -> bool:
    """Whether "require" at `at` tells a duty an imposer lays on someone else: its subject, before it in the clause,
    is a government, a law or an agreement, and someone is required "to" do something after it."""
    opens = max((k + 1 for k in range(max(0, at - DUTY_REACH), at) if lowered[k] in (";", ":", "but")), default=0)
    return not _IMPOSERS.isdisjoint(lowered[max(opens, at - DUTY_REACH):at]) \
        and "to" in lowered[at + 2:at + 2 + DUTY_REACH] and _WRITER_LOWER.isdisjoint(lowered[:at])


def _past_necessity_as_verdict(found, lowered: list[str]) -> None:
    """'Japan was vital in rescuing the pact', 'It was necessary to close the port in 2019': a necessity told in the
    past calls for nothing now; it judges a past role or step as valuable (an evaluation, in the past)."""
    past = [m for m in found["prescription"] if m[3] in _ADJECTIVAL and m[1] == 1 and _after_past_be(lowered, m[0])
            and lowered[m[0] + 1:m[0] + 2] != ["of"]]       # ("was critical of the plan": criticism)
    if past:
        found["prescription"] = [m for m in found["prescription"] if m not in past]
        found["polar"] = sorted(found["polar"] + [(m[0], 1, 1.0, m[3]) for m in past])


def _retrospective_call_as_verdict(found, lowered: list[str]) -> None:
    """'The council should have reopened the pier years ago', 'Tokyo should never have closed it': what ought to have
    been done calls for nothing now; it judges a past step, in the direction the call would have had (an evaluation,
    read from the participle, so that a negation before it turns it). "They should have a plan" is a possession: a
    call still."""
    past = []
    for m in found["prescription"]:
        if m[3] not in RETROSPECTIVE_MODALS:
            continue
        at = m[0] + m[1] - 1
        at += lowered[at + 1:at + 2] in (["not"], ["never"])
        if _inferred_past(lowered, at):
            past.append((m, at + 2))
    if past:
        found["prescription"] = [m for m in found["prescription"] if all(m is not p for p, _ in past)]
        found["polar"] = sorted(found["polar"] + [(participle, 1, 1.0, m[3]) for m, participle in past])


RETROSPECTIVE_MODALS = frozenset(("should", "ought to"))


def _after_past_be(lowered: list[str], at: int) -> bool:
    before = lowered[at - 1] if at else ""
    if before in BETWEEN_BE_AND_ADJECTIVE and at > 1:
        before = lowered[at - 2]
    return before in _PAST_BE


_PAST_BE = frozenset(("was", "were"))
_ADVANCING = frozenset("advance advances advanced advancing".split())
_PERIODS = frozenset("years decade decades era times period days weeks months century".split())
# (what opens a period's phrase: "after the chaotic 1990s", "four unsettled years"; not "should have existed years ago")
_PERIOD_OPENERS = frozenset("the these those this that a an of after before during in over for since two three four "
                            "five six seven eight nine ten more most few first last past several".split())
_TOWARD = frozenset("toward towards on into upon".split())
# (a period the subject had is its fortune judged: "The pact has had a few disastrous weeks")
_PERIODS_HAD = frozenset("has have had having endured suffered faced saw seen went gone".split())


_SLIGHT = frozenset("minor slight small little".split())
_RELIANCE = frozenset(("be counted on", "be counted upon", "be relied on", "be relied upon"))
_WHETHER = frozenset("whether if".split())
WHETHER_REACH = 6       # "whether the harbour board's guarantees can be relied upon"
_MENACING = frozenset("threatening threatened threatens threaten".split())
_MENACES = frozenset("war wars retaliation reprisals reprisal force strikes attack attacks invasion round rounds "
                     "tariffs sanctions countermeasures boycott boycotts".split())  # ("threatened another round")
MENACE_REACH = 3        # "threatening all-out war"
SHARING_REACH = 3       # "sharing the ferry burden" (feelings.SHARING)
_HOLDING_PROMISE = frozenset("hold holds held holding show shows showed shown showing great much real considerable "
                              "enormous huge early".split())


def _foreseen(lowered: list[str], at: int) -> bool:
    """Whether a word of need is what a forecast foresees: "a project likely to require support from the islands",
    "the pier is bound to need repairs" (no call of the writer's); or a directive in an infinitive that hangs on
    something told: "Moves are emerging in Eastport to call for its allies to pay more", "Pressure has been used to
    urge them to give up the ferry" (a purpose or an event told, no call; "We would like to urge...", "It is time to
    call for..." still call, the latter through its own cue)."""
    if at < 2 or lowered[at - 1] != "to":
        return False
    # ("It is important for the G7 to urge China to...": the directive is what the call asks of its subject)
    return lowered[at - 2] in _FORESEEING or (lowered[at] in _DIRECTIVE_VERBS and lowered[at - 2] not in _WILLING
                                              and "for" not in lowered[max(0, at - 5):at - 1])


def _learns(lowered: list[str], after: int) -> bool:
    """Whether the verb after a commitment's "we will" (past "not" and adverbs) is one of learning or seeing."""
    for k in range(after, min(after + 4, len(lowered))):
        word = lowered[k]
        if word in _LEARNING or (word == "find" and lowered[k + 1:k + 2] == ["out"]):
            return True     # ("we will find a way to..." still pledges)
        if word != "not" and not word.endswith("ly") and word not in _ADVERBS_BEFORE_LEARNING:
            return False
    return False


def _goes_on_to_say(lowered: list[str], after: int) -> bool:
    """Whether the verb after a first person's "will" (past a parenthetical set off by commas and adverbs) is one of
    telling the reader what follows ("point out", "note", "add", "argue")."""
    if not (after >= 2 and lowered[after - 2] in _WRITERS_WILL and lowered[after - 1] in _WILL) and not (
            after >= 1 and lowered[after - 1] in _WRITERS_WILL_CONTRACTED):
        return False        # (not "I would argue for...", which proposes)
    for k in range(after, min(after + TELLING_REACH, len(lowered))):
        word = lowered[k]
        if word in _TELLING_VERBS:
            # (what is said follows: "point out that", "add that", "say this:"; not "We will add new sanctions")
            told = k + 2 if word == "point" and lowered[k + 1:k + 2] == ["out"] else k + 1
            return (word != "point" or told == k + 2) and lowered[told:told + 1] in (["that"], [":"], [","])
        if word != "," and not word.endswith("ly") and word not in _PARENTHETICAL_WORDS:
            return False
    return False


TELLING_REACH = 5       # "will , however , point"
_WRITERS_WILL = frozenset("i we".split())
_WILL = frozenset("will shall".split())
_WRITERS_WILL_CONTRACTED = frozenset(("we'll", "i'll", "we\u2019ll", "i\u2019ll"))
_TELLING_VERBS = frozenset("point note add argue stress mention explain suggest emphasize emphasise repeat "
                           "say".split())
_PARENTHETICAL_WORDS = frozenset("however though also again only then first briefly".split())
_LEARNING = frozenset("know see learn discover understand hear witness".split())     # (and "find out")
_ADVERBS_BEFORE_LEARNING = frozenset("soon only then also still even again".split())   # "We will also see..."
_FORESEEING = frozenset("likely unlikely expected bound set going certain sure".split())
_DIRECTIVE_VERBS = frozenset("urge call".split())      # ("call for", "call on": their first word)
# (what governs the infinitive as its subject's own act: the subject says whose call it is)
_WILLING = frozenset("like want wants wanted wish wishes need needs have has had must time continue continues "
                     "continued continuing begin begins began begun start starts started ready willing".split())


def _judges_nothing(lowered: list[str], match) -> bool:
    """A judging word used in another sense: "The first change concerns export controls" (is about), "responsible
    for escalating the dispute" (blame or a duty), "in danger of being left out" (a risk, no harm), "burden sharing"
    and "threat perception" (a subject's name), "specified important materials" (a kind), "announced a milestone
    agreement" (its name), "hold the rival's launch sites at risk" (deterrence's idiom: a threat, no harm), "the
    problem of the abductees" (a subject's name), "alarmed the port's neighbours" (their feeling, told)."""
    at, length, _, phrase = match
    word = lowered[at]
    following = lowered[at + length] if at + length < len(lowered) else ""
    return (thanks(lowered, at)     # ("Thank you for giving me the opportunity to testify": a courtesy)
            or (word == "concerns" and is_about(lowered, at))
            or (word == "concerning" and (lowered[at - 1] not in _CONCERNING_BEFORE if at else following not in COPULAS))
            or (word == "responsible" and following == "for")
            # ("impossible to accept the blockade": a refusal or a hard act, read as such elsewhere; "would have been
            # impossible without the towns' efforts": what it needed; "the pact made war impossible": what it
            # prevents; "a ferry deal is impossible" judges its prospects)
            or (word == "impossible" and (following in ("to", "for", "without")
                                          or COPULAS.isdisjoint(lowered[max(0, at - 3):at])))
            or (word == "concerned" and involved_sense(lowered, at))    # "as far as the fees are concerned"
            or a_claim_rejected(lowered, at)        # ("Yet that is wrong.": the claim's direction, not told)
            or (length == 1 and (following in _PERIODS or (following.isdigit() and lowered[at + 2:at + 3] == ["s"]))
                and not _PERIOD_OPENERS.isdisjoint(lowered[max(0, at - 2):at])
                and _PERIODS_HAD.isdisjoint(lowered[max(0, at - 4):at]))
            # ("after the chaotic 1990s", "in these turbulent times": a period described, no verdict on the issue)
            or (word in _ADVANCING and (following in _TOWARD or (at > 0 and lowered[at - 1] == "in")))
            # ("the columns are advancing toward the port": a move; "report in advance": beforehand)
            # ("is sounding tenuous": the verb "sound", how a thing comes across, no verdict that it is sound)
            or (phrase in ("is sound", "are sound") and lowered[at + length - 1] != "sound")
            # ("kept threatening reprisals over the ferry": a menace made, told; "threatening the pact" harms it; a
            # threat to act told, "the North threatened to answer...", is harm.threat_made's)
            or (word in _MENACING and not _MENACES.isdisjoint(lowered[at + 1:at + 1 + MENACE_REACH]))
            # ("the question of whether the guarantees can be relied upon": a doubt raised, no verdict)
            or (phrase in _RELIANCE and not _WHETHER.isdisjoint(lowered[max(0, at - WHETHER_REACH):at]))
            # ("is a minor concern for the islanders": a worry made light of, no verdict)
            or (word in ("concern", "concerns") and at > 0 and lowered[at - 1] in _SLIGHT)
            # ("agreed on sharing the ferry burden": the subject's name, as "burden sharing" is)
            or (word == "burden" and not SHARING.isdisjoint(lowered[max(0, at - SHARING_REACH):at]))
            # ("a promise to disarm", "broke its promise": no praise; "the deal holds promise" still praises)
            or (phrase == "promising" and word != "promising" and (at == 0 or lowered[at - 1] not in _HOLDING_PROMISE))
            # "too late to matter": an infinitive's measure, no verdict; "I was too cautious": the writer's own past
            # view, which the retrospective table reads
            or (phrase.startswith("too ") and (following == "to" or not _WRITER_LOWER.isdisjoint(lowered[max(0, at - 4):at])))
            # "I accept that the old line was a mistake": a concession, whose that-clause judges; and with no object
            # after it, what is accepted is the head of its relative clause ("terms Japan could accept", "a toll that
            # no port can accept"), which only the writer's own "I could accept" judges
            or (phrase == "accept" and (following == "that" or (not following[:1].isalpha()
                                                                 and "i" not in lowered[max(0, at - 4):at])))
            or (word in _STIRRING and (following in _DETERMINERS or following in _THOSE_STIRRED) and (
                not word.endswith("ing") or (at > 0 and lowered[at - 1] in COPULAS)))
            or a_likelihood(lowered, at, following) or a_chance_taken(lowered, at)
            or engaged_in(lowered, at, following) or feeling_of_a_group(lowered, at, following)
            # "only a little more than 1,000 miles": a measure, no verdict ("little more than a slogan" still is one)
            or (phrase == "little more than" and following[:1].isdigit())
            or (phrase.startswith("little ") and at > 0 and lowered[at - 1] == "a")    # "a little progress": some
            or (phrase in HARM_STATES and following == "of")
            or (word in NAMING_A_TOPIC and following == "of" and at > 0 and lowered[at - 1] == "the")
            or (phrase == "at risk" and held_at_risk(lowered, at))
            or (length == 1 and following in SUBJECT_HEADS)
            # "his support base": his supporters, named (not the verb: "I support base consolidation")
            or (word == "support" and following in BASES and at > 0 and (
                lowered[at - 1] in _POSSESSIVES or lowered[at - 1] in _DETERMINERS
                or lowered[at - 1].endswith(POSSESSIVE_ENDINGS) or lowered[at - 1] in SUPPORTERS))
            or a_gain_named(lowered, at, following)
            or (word == "important" and names_a_kind(lowered, at))
            # "The most important feature of the new era is...", "has reached an important crossroads": what stands
            # out, or a moment, named; no approval of it
            or (word in SALIENT and (following in FEATURES or following in JUNCTURES))
            or (word in SALIENT and names_a_task(lowered, at, following))
            # "Understanding supply chains is extremely important in looking at...": why the text looks at it
            or (word in WEIGHTY and lowered[0] in KNOWING and not COPULAS.isdisjoint(lowered[1:at]))
            # "critical materials", "its crucial energy imports", "critical infrastructure": a category's name
            or (word in CATEGORY_ADJECTIVES and names_a_category(lowered, at))
            or (word in _ADJECTIVAL and following in _OCCASIONS)     # "at a critical moment": urgency, no praise
            or (word == "goods" and phrase.startswith("good "))     # "goods for export": wares, no praise
            # "after its positive response to the address", "the mayor's negative view of the talks": the tone of
            # someone's answer, described, no verdict of the writer's
            or (word in TONES and following in ANSWERS and at > 0 and (
                lowered[at - 1] in _POSSESSIVES or lowered[at - 1].endswith(POSSESSIVE_ENDINGS)))
            # ("held a positive phone chat", "sent a positive telegram": the tone of an exchange, told)
            or (word in TONES and following in EXCHANGES and at > 0 and lowered[at - 1] in ("a", "an"))
            # "issues of mutual concern", "matters of common interest": what both care about, named
            or (word in SHARED_CARES and at > 1 and lowered[at - 1] in SHARED and lowered[at - 2] == "of")
            # "the four pillars of the act": its parts counted, no praise ("a pillar of stability" praises)
            or (word == "pillars" and 0 < at <= COUNTED_PARTS_OPEN and (
                lowered[at - 1] in COUNTS or lowered[at - 1].isdigit()))
            # "A pillar of the cooperation is the promotion of joint drills": one part named as the subject
            or (word == "pillar" and 0 < at <= COUNTED_PARTS_OPEN and lowered[0] in ONE_OF_MANY)
            or (phrase == "progress" and word in _PROGRESS_VERBS and _NOT_BEFORE.isdisjoint(lowered[max(0, at - 3):at]))
            or (word in NOUN_VERDICTS and following[:1].isalpha() and following not in AFTER_PREDICATE
                and following not in PREPOSITIONS)
            or moved_someone(lowered, at) or _felt_by_others(lowered, at) or held_by_another(lowered, at)
            or a_reaction_met(lowered, at) or a_danger_as_a_topic(lowered, at)
            or (phrase in _AGREEING_WITH and not _agreed_with_a_course(lowered, at + length))
            # "It is very significant that the port's warheads can reach the town": a danger flagged as weighty, no
            # approval of it ("It is significant that the towns agreed to go ahead" still welcomes the step)
            or (word in _FLAGGING and lowered[at + 1:at + 2] == ["that"] and _an_impersonal_frame(lowered, at)
                and _a_danger_as_its_subject(lowered, at + 2)))


def _an_impersonal_frame(lowered: list[str], at: int) -> bool:
    """Whether "it is" or "it was" opens the sentence (past a linking word and its comma: "But", "However,",
    "Indeed,") before the word at `at`, with only words of degree or a linking word set off between ("It is also very
    significant that", "It is, however, significant that")."""
    opens = 0
    if lowered[0] in _LINKS_BEFORE_A_FRAME:
        opens = 2 if lowered[1:2] == [","] else 1
    return lowered[opens:opens + 2] in (["it", "is"], ["it", "was"]) and all(
        word in _DEGREES or word in _LINKS_BEFORE_A_FRAME or word == "," for word in lowered[opens + 2:at])


def _a_danger_as_its_subject(lowered: list[str], start: int) -> bool:
    """Whether the clause opening at `start` names a danger or an arsenal before its verb (an auxiliary, or a past
    form after a noun), outside a phrase that sets the scene ("that the port's nuclear warheads can reach the towns";
    not "that the pact has held despite the port's threats", "that despite the port's threats the pact has held")."""
    # (a past form after a noun is the verb, "the pact survived"; after a determiner or a possessive an adjective,
    # "the port's upgraded warheads", "a hundred warheads")
    verb = next((k for k in range(start, len(lowered)) if lowered[k] in AUXILIARIES or not lowered[k][:1].isalpha() or (
        k > start and lowered[k].endswith("ed") and lowered[k - 1] not in _DETERMINERS
        and not lowered[k - 1].endswith(POSSESSIVE_ENDINGS))), len(lowered))
    return any(names_a_danger(lowered, k) and _SETTING_THE_SCENE.isdisjoint(lowered[start:k])
               for k in range(start, verb))


_FLAGGING = frozenset("significant notable noteworthy telling striking interesting".split())
_LINKS_BEFORE_A_FRAME = frozenset("but and yet so however moreover also still indeed though nonetheless".split())
_SETTING_THE_SCENE = frozenset("despite against amid with without after before since over".split())


# a feeling stirred in someone ("has badly rattled the investors", "angered the neighbours") is theirs, told
_STIRRING = frozenset("alarmed angered upset worried frightened unsettled rattled irritated annoyed dismayed "
                      "disturbed disappointed frustrated unnerved unnerves "
                      # (and going on: "the curbs are worrying some officials in Tokyo"; not "risks alarming our
                      # neighbours", a harm forecast)
                      "alarming angering upsetting worrying frightening unsettling rattling irritating annoying "
                      "dismaying disturbing disappointing frustrating unnerving".split())
_THOSE_STIRRED = frozenset("u us officials investors markets neighbours neighbors allies partners leaders many "
                           "some both tokyo beijing seoul washington moscow pyongyang taipei "
                           "japan china russia america korea india australia europe".split())


# where "concerning" is the judging adjective: after a copula, a degree word or an article ("is deeply concerning",
# "a concerning trend"); after anything else it is the preposition ("a complaint concerning export controls",
# "Concerning Taiwan, ..."): what something is about
_CONCERNING_BEFORE = frozenset("is are was were be been being remains remain seems seem looks look very deeply most "
                               "more particularly especially quite highly extremely increasingly also equally a an the "
                               "this that so too".split())


def _felt_by_others(lowered: list[str], at: int) -> bool:
    """'Despite concerns over its strategy, China has...', 'Amid fears of a trade war, Tokyo...': a feeling the sentence
    tells its story against is others', unnamed, not the writer's judgement."""
    if lowered[at] not in FEELING_NOUNS and lowered[at] not in STIRRED:
        return False
    k = at - 1
    while k >= 0 and lowered[k] in FEELING_QUALIFIERS:
        k -= 1
    return k >= 0 and lowered[k] in SETTING_AGAINST


def _agreed_with_a_course(lowered: list[str], start: int) -> bool:
    """Whether what the writer agrees or disagrees with is a course ("agree with the proposals", "disagree with
    the new policy"): agreeing with a person or a view ("I do not agree with him", "I agree with that") takes
    the side of whatever they hold, which the sentence does not say."""
    for word in lowered[start:start + AGREED_REACH]:
        if word in _COURSES:
            return True
        if word in _HOLDERS_AGREED_WITH or not word[:1].isalpha():
            return False
    return False


AGREED_REACH = 4        # "agree with the government's new proposals"
_AGREEING_WITH = frozenset(("agree with", "disagree with"))
_COURSES = frozenset("proposal proposals plan plans policy policies decision decisions move moves approach strategy "
                     "bill measure measures step steps course idea ideas guidelines".split())
_HOLDERS_AGREED_WITH = frozenset("him her them that this it you me us those these".split())


# "the fines may have hurt the ferry firm", "the board could not have foreseen it": a guess at what was, no forecast
# (not "would have": the writer's own past view, "I would have opposed it ten years ago", which the retrospective
# table reads)
_GUESSING_MODALS = frozenset("may might could".split())


def _inferred_past(lowered: list[str], at: int) -> bool:
    """'Tokyo must have known', 'the talks must have been hard': "must have" with a participle infers what was so;
    it calls for nothing ("Japan must have a navy able to..." does: a possession). So with "may", "might" and
    "could": a guess at what was."""
    while at + 2 < len(lowered) and lowered[at + 1] in _BEFORE_HAVE:
        at += 1             # ("Russia might well have violated the pact", "the fines may also have hurt")
    if lowered[at + 1:at + 2] != ["have"] or at + 2 >= len(lowered):
        return False
    adverb = lowered[at + 2].endswith("ly") or lowered[at + 2] in _AFTER_HAVE
    participle = lowered[at + 2 + (adverb and at + 3 < len(lowered))]
    return is_participle(participle)       # (past an adverb: "could have effectively reminded", "could have just kept")


# (between "have" and its participle: not "very", which goes before an adjective, "may have very limited benefits")
_AFTER_HAVE = frozenset("just simply also even already easily possibly perhaps surely certainly often well".split())
_BEFORE_HAVE = frozenset("well also even already easily indeed possibly perhaps just surely certainly very "
                          "conceivably".split())


def _drop_discourse_frames(found) -> None:
    """'It must be noted that...': the modal frames the sentence; it prescribes nothing."""
    if not found["discourse"]:
        return
    framed = {i for start, length, _, _ in found["discourse"] for i in range(start, start + length)}
    if framed:
        for table in ("prescription", "prediction", "reporting"):
            found[table] = [m for m in found[table] if m[0] not in framed]
        # nor do its words judge ("It is important to note that..."), unless the frame itself is a verdict ("could
        # not have come at a better time")
        frames = {(start, length) for start, length, _, _ in found["discourse"]}
        found["polar"] = [m for m in found["polar"] if m[0] not in framed or (m[0], m[1]) in frames]


def _drop_frames_of_reflection(found, lowered: list[str]) -> None:
    """'It is useful to reflect on what happened at the summit', 'It is important to recall how the talks began': the
    worth of looking back or taking stock, which frames what the text goes on to say; it neither judges nor calls for
    anything on the matter (not "It is important to engage the port in talks", a call)."""
    for k, word in enumerate(lowered[:-2]):
        if word not in _FRAMING_VALUES or lowered[k + 1] != "to" or not (
                lowered[k + 2] in _REFLECTING or lowered[k + 2:k + 4] == ["look", "back"] or (
                    lowered[k + 2] in _EXAMINING and lowered[k + 3:k + 4] != [] and lowered[k + 3] in _QUESTION_OPENERS)):
            continue
        opens = next((j for j in range(k - 1, max(-1, k - 1 - FRAME_OPENING_REACH), -1) if lowered[j] in _IT), None)
        if opens is None:
            continue
        for table in ("prescription", "prediction", "polar"):
            found[table] = [m for m in found[table] if not opens <= m[0] <= k]


_FRAMING_VALUES = frozenset("useful important worth worthwhile instructive helpful interesting".split())
# (looking back, not ahead: "It is important to consider new sanctions" weighs a course); and examining a question
# ("It is important to understand why the pact collapsed"; not "to understand the pact and defend it")
_REFLECTING = frozenset("reflect recall remember note ask ponder recount trace".split())
_EXAMINING = frozenset("understand examine review revisit".split())
_QUESTION_OPENERS = frozenset("why how what whether where when".split())
FRAME_OPENING_REACH = 4     # "It would also be useful to"
_IT = frozenset(("it", "it's", "it\u2019s"))


def _drop_opening_connective(found, lowered: list[str]) -> None:
    """'More important, the pact lags behind', 'Most importantly of all, ...', 'But equally important, ...': weight
    given to what follows, as a link between the writer's points, set off by a comma at the sentence's opening; it
    judges nothing and calls for nothing."""
    comma = lowered.index(",")
    words = lowered[:comma]
    if words[:1] and words[0] in _BEFORE_A_CONNECTIVE:
        words = words[1:]
    if words[-2:] == ["of", "all"]:
        words = words[:-2]
    if words[-1:] in (["still"], ["yet"]):
        words = words[:-1]      # ("More important still, ...")
    if not words or words[-1] not in _WEIGHT_CONNECTIVES or not _CONNECTIVE_DEGREES.issuperset(words[:-1]):
        return
    # (not a predicate put first: "Crucial, however, is a renewal of the pact")
    after = comma + 1 + 2 * (lowered[comma + 1:comma + 2] != [] and lowered[comma + 1] in _ASIDE_WORDS
                             and lowered[comma + 2:comma + 3] == [","])
    if lowered[after:after + 1] and lowered[after] in _COPULAS_AFTER:
        return
    for table in ("polar", "prescription", "intensifiers"):
        if found[table]:
            found[table] = [m for m in found[table] if m[0] >= comma]


CONNECTIVE_REACH = 6    # "But perhaps even more importantly of all,"
_COPULAS_AFTER = frozenset("is are was were remains".split())
_ASIDE_WORDS = frozenset("however though too also then moreover still".split())     # ("Crucial, too, is...")
_BEFORE_A_CONNECTIVE = frozenset("but and yet still".split())
_CONNECTIVE_DEGREES = frozenset("more most equally just as even perhaps far much still".split())
_WEIGHT_CONNECTIVES = frozenset("important importantly significant significantly crucial crucially critical "
                                "critically essential essentially vital".split())


def _no_gainsaying(lowered: list[str], at: int) -> bool:
    """'There is no denying the failure', 'there's no sugarcoating the setback', 'no escaping the fact that...': "no"
    before a gerund of gainsaying and its object denies the gainsaying; what follows stands affirmed."""
    return lowered[at] == "no" and at + 2 < len(lowered) and lowered[at + 1] in _GAINSAYING and (
        lowered[at + 2] in _OBJECT_OPENERS or _possessive(lowered, at + 2))


_GAINSAYING = frozenset("denying sugarcoating sugar-coating hiding disguising mistaking escaping ignoring doubting "
                        "disputing overstating avoiding".split())
_OBJECT_OPENERS = frozenset("the a an its their his her this that these those".split())


def _weight_in_anothers_agenda(lowered: list[str], match) -> bool:
    """'the pact has been vital to the town council's economic agenda', 'has made a tough line a pillar of its
    policy': the weight a thing has in someone else's agenda, told; the writer weighs nothing and calls for nothing
    ("vital to our agenda" stays the writer's; "vital to the town's economy" still judges)."""
    start, end = match[0], match[0] + match[1]
    if lowered[start] not in _WEIGHTS or lowered[start:end] == ["critical", "of"]:
        return False    # (only a word of weight: "critical of the board's policy", "a blow to his agenda" judge)
    k = end if lowered[end - 1] in _WEIGHT_PREPOSITIONS else end + 1 if lowered[end:end + 1] and \
        lowered[end] in _WEIGHT_PREPOSITIONS else None
    if k is None or k >= len(lowered) or not (lowered[k] in _HOLDERS_OPENING or _possessive(lowered, k)):
        return False    # (the holder's phrase opens right after the preposition: not "a chance to define his policy")
    held = False
    for word in lowered[k:k + AGENDA_REACH]:
        if word in _AGENDAS:
            return held
        if not word[:1].isalpha() or word in _OWN_HOLDERS:
            return False
        held = held or word in _OTHER_HOLDERS or word.endswith(("'s", "\u2019s")) or word in ("'", "\u2019")
    return False


def _possessive(lowered: list[str], k: int) -> bool:
    """'the board's', 'the towns' ' (the tokens split a plural's apostrophe off)."""
    return lowered[k].endswith(("'s", "\u2019s")) or lowered[k + 1:k + 2] in (["'"], ["\u2019"])


_WEIGHTS = frozenset("vital essential central crucial key important critical pillar pillars cornerstone "
                     "centerpiece centrepiece priority integral".split())
# (not "for": "It is important for the board's policy to reflect..." calls)
_WEIGHT_PREPOSITIONS = frozenset("to of in".split())
# (not "strategy" or "diplomacy": "the alliance remains a key pillar of America's strategy" weighs it, as the
# writer sees it)
_AGENDAS = frozenset("agenda agendas policy policies plans platform program programme".split())
_OTHER_HOLDERS = frozenset("its his her their".split())
_HOLDERS_OPENING = _OTHER_HOLDERS | frozenset(("the",))
_OWN_HOLDERS = frozenset("our my".split())
AGENDA_REACH = 6        # "to the Japanese government's economic agenda"


def _an_analysts_frame(lowered: list[str], match) -> bool:
    """'To understand the toll war, one needs to look at the port's finances', 'One must understand that the pact is
    shallow': what "one" must see or grasp to follow the argument frames the claim; nobody is asked to act ("one must
    consider abandoning the pact", "one needs to look at ways to save it" still call)."""
    start, end = match[0], match[0] + match[1]
    if start == 0 or lowered[start - 1] != "one" or (start > 1 and lowered[start - 2] in _BEFORE_ONE_AS_A_NOUN) \
            or end >= len(lowered) or lowered[end] not in _GRASPING or (
            lowered[end] in _IN_MIND_ONLY and lowered[end + 1:end + 3] != ["in", "mind"]):
        return False    # ("one must keep the pact alive" still calls; "one must keep in mind that..." frames)
    after = end + 1 + (lowered[end + 1:end + 2] == ["at"]) + 2 * (lowered[end + 1:end + 3] == ["in", "mind"])
    following = lowered[after] if after < len(lowered) else "."
    return not following.endswith("ing") and following not in _CALLS_AFTER_A_FRAME


# what one must see or grasp ("one needs to see", "one must bear in mind"), and what after it still makes a call
_GRASPING = frozenset("see understand look consider recognize recognise remember bear keep note grasp appreciate "
                      "realize realise".split())
_CALLS_AFTER_A_FRAME = frozenset("to ways how".split())
_IN_MIND_ONLY = frozenset("keep bear".split())
# ("No one should...", "the one must..."): "one" with a determiner is someone, and no analyst's frame
_BEFORE_ONE_AS_A_NOUN = frozenset("no any every each some this that the".split())


def _what_it_has_at_stake(lowered: list[str], match) -> bool:
    """'It is not clear what the port has to gain from the launch': what someone has to gain, lose or offer is what it
    holds at stake, no obligation ("Now more than ever, the town has to offer support" still calls)."""
    end = match[0] + match[1]
    return match[3].endswith(" to") and end < len(lowered) and lowered[end] in _STAKES and not _HELD_AT_STAKE.isdisjoint(
        lowered[max(0, match[0] - STAKE_REACH):match[0]])


_STAKES = frozenset("gain lose offer".split())
_HELD_AT_STAKE = frozenset(("what",))
STAKE_REACH = 6         # "what the harbour board has to gain"


def _drop_concessive_degrees(found, raw: list[str], lowered: list[str]) -> None:
    """'the umbrella, however frayed the politics around it, remains...', 'no matter how tempting the offer':
    a degree granted whatever it is judges nothing; the sentence's claim is elsewhere. (Not "However, ..." nor
    "however much we regret": a turn or a quantity, not a granted degree.)"""
    found["polar"] = [m for m in found["polar"] if not (m[0] > 0 and (
        (lowered[m[0] - 1] == "however" and raw[m[0] - 1] == "however")
        or (lowered[m[0] - 1] == "how" and lowered[max(0, m[0] - 3):m[0] - 1] == ["no", "matter"])))]


_MEASURES_OF_NEED = frozenset("necessary needed required warranted".split())


def _adjectives_as_evaluations(found, raw, tokens, lowered) -> None:
    """'the crucial pillar' praises; 'it is crucial to' prescribes; 'critical technologies' names a kind of thing
    (an adjective before its noun, with no determiner, judges nothing). A past or perfect 'required' or 'needed'
    ("the coordination policy has always required", "the plan required Japan to pay") tells what was so; the
    passive present ("what is needed") still prescribes; someone's need ("Russia's need for friends") is a want."""
    if not found["prescription"]:
        return
    kept = []
    for match in found["prescription"]:
        if match[3] == "call on" and "to" not in lowered[match[0] + match[1]:match[0] + match[1] + CALL_ON_REACH]:
            continue        # "the mayor called on the governor at his office": a visit; a call is on someone to act
        if match[0] > 0 and lowered[match[0] - 1] == "than" and lowered[match[0]] in _MEASURES_OF_NEED:
            found["polar"].append((match[0] - 1, 2, -1.0, f"than {lowered[match[0]]}"))
            continue        # "tolls higher than necessary", "more tangled than needed": too much, a fault; no call
        if match[3] in _ADJECTIVAL and match[1] == 1 and lowered[match[0]].endswith("s") and not match[3].endswith("s"):
            continue        # "short of fuel and basic essentials": an adjective made a plural noun names things
        if match[3] in _ADJECTIVAL and lowered[match[0] + 1:match[0] + 2] in (["interest"], ["interests"]):
            continue        # "a vital interest in these questions": a stake, named
        if match[3] in _ADJECTIVAL and match[0] + 1 < len(lowered) and lowered[match[0] + 1] in _OCCASIONS:
            continue        # "at a critical moment", "several crucial choices": an urgent time or choice, no praise
        if match[3].endswith(" hope") and (lowered[match[0] + match[1] - 1] != "hope"
                                           or lowered[match[0] + match[1]:match[0] + match[1] + 1] in (["so"], ["not"])):
            continue        # "less than we hoped", "we hoped that...": a past hope told; "I hope so": an answer
        if lowered[match[0]] in _REQUIRING and _an_imposed_duty(lowered, match[0]):
            continue        # "the government will require 14 industries to report...", "the law requires firms to...":
            #                 a duty someone imposes, told; no call of the writer's
        if match[0] > 1 and lowered[match[0]] in _MEASURES_OF_NEED and (lowered[match[0] - 1] in _IF_OCCASION or (
                lowered[match[0] - 1] == "as" and lowered[match[0] - 2] in _AS_MEASURED)):
            continue        # "shifting its rhetoric as often as necessary", "if needed", "where necessary": a measure
            #                 of how often or when, no call
        if match[3] == "necessary" and match[0] > 0 and lowered[match[0] - 1] == "the":
            continue        # "signed the necessary documents", "took the necessary steps": what the act required,
            #                 named; no call and no praise ("the crucial pillar", "a necessary correction" praise)
        if match[3] in _ADJECTIVAL and match[0] > 0 and tokens[match[0] - 1] in _DETERMINERS:
            found["polar"].append((match[0], 1, 1.0, match[3]))
        elif match[3] in _ADJECTIVAL and match[1] == 1 and match[0] + 1 < len(lowered) \
                and lowered[match[0] + 1] not in AFTER_PREDICATE:
            continue
        elif lowered[match[0]] in _PAST_NEEDS and not COPULAS.intersection(lowered[max(0, match[0] - 2):match[0]]):
            continue
        elif lowered[match[0]] in _PAST_NEEDS and _a_needer_named(raw, lowered, match[0] + 1) and \
                _CONDUCT_CALLED_FOR.isdisjoint(lowered[:match[0]]):
            continue        # "Those technologies are needed by the Russian side": the needer's want, told; no call
            #                 ("are needed by 2030" still calls, and so does a conduct needed of someone: "Greater
            #                 restraint is needed by both sides")
        elif match[3] in _ADJECTIVAL and _after_its_noun(lowered, match[0]):
            continue        # "..., two metals essential to chips": what the metals are, not a call
        elif lowered[match[0]] in _NEED_NOUNS and lowered[max(0, match[0] - 2):match[0]] == ["no", "longer"]:
            continue        # "it no longer needs the United States": a dependence ended, not a call
        elif lowered[match[0]] in _NEED_NOUNS and match[0] > 0 and (
                lowered[match[0] - 1] in _POSSESSIVES or lowered[match[0] - 1].endswith(("'s", "\u2019s"))):
            continue        # "Russia's need for friends", "their needs": someone's want, not a call
        elif lowered[match[0]] in _NEED_NOUNS and (anothers_perceived_need(lowered, match[0])
                                                   or a_need_given_as_cause(lowered, match[0])):
            continue        # "the mayor saw no need to close the port": what she judged needed, not the writer's call;
            #                 "analysts link the strike to the need for...": a deed explained
        elif lowered[match[0]] == "needs" and needs_as_a_noun(raw, match[0]):
            continue        # "to meet the basic needs of the island", "its energy needs are growing": wants, named
        else:
            kept.append(match)
    if len(kept) != len(found["prescription"]):
        found["prescription"] = kept
        found["polar"].sort()


CALL_ON_REACH = 8        # "We call on the government of the harbour town to..."

# "decoupling is progressing": it moves on, told (the noun judges, "made progress", and so does the verb denied,
# "has not progressed with the ferry trade")
_PROGRESS_VERBS = frozenset("progressing progresses progressed".split())
_NOT_BEFORE = frozenset("not never n't no".split())
_OCCASIONS = frozenset("moment moments juncture time times point stage phase period hour test choice choices "
                        "decision decisions question questions crossroads".split())


def _after_its_noun(lowered: list[str], k: int) -> bool:
    """Whether the adjective at k follows the noun it describes ("metals essential to chips", "a partner vital to
    us"), with no linking verb before it ("is essential", "remains vital", "considers it crucial")."""
    if k < 2:
        return False
    before = lowered[k - 1]
    return before.isalpha() and not before.endswith("ly") and before not in _LINKING_BEFORE \
        and _LINKING_BEFORE.isdisjoint(lowered[max(0, k - NOUN_REACH - 1):k - 1])


NOUN_REACH = 4          # the words of a noun phrase between a linking verb and its adjective ("considers the ferry
#                         link vital")
# what may stand before a predicative adjective: a linking verb, "it", a degree word
_LINKING_BEFORE = COPULAS | frozenset(
    "be am remain remained seem seems seemed become becomes became prove proves proved proven look looks appear "
    "appears consider considers considered deem deems deemed find finds found make makes made it them this that "
    "also still equally more most so as very truly just all now both not no less too quite far ever even doubly "
    "therefore thus".split())




_PAST_NEEDS = frozenset("required needed".split())


def _a_needer_named(raw: list[str], lowered: list[str], k: int) -> bool:
    """Whether the words at k name who needs a thing: "by" and an agent, a name or a word for one ("by the Russian
    side", "by Moscow", "by the government"), not a time ("by 2030", "by the end of the decade", "by the deadline",
    "by Christmas")."""
    if lowered[k:k + 1] != ["by"]:
        return False
    agent = k + 2 if lowered[k + 2:k + 3] and lowered[k + 1] in _DETERMINERS else k + 1
    if agent >= len(lowered) or not lowered[agent].isalpha() or lowered[agent] in _TIMES_BY:
        return False
    phrase = lowered[agent:agent + NEEDER_WORDS]
    phrase = phrase[:next((j for j, w in enumerate(phrase) if not w.isalpha()), len(phrase))]
    if not _EVENTS_BY.isdisjoint(phrase):
        return False        # ("needed by the Osaka summit", "by Golden Week": a deadline named after an event)
    return raw[agent][:1].isupper() or not _NEEDERS.isdisjoint(phrase)     # ("by the port side")


NEEDER_WORDS = 3        # "by the Russian defence industry"
# a conduct or a quality needed of someone, which calls on them ("Fresh thinking is needed by Tokyo")
_CONDUCT_CALLED_FOR = frozenset("restraint thinking leadership courage action actions effort efforts flexibility "
                                "reform reforms change changes resolve patience caution vigilance unity commitment "
                                "determination dialogue engagement cooperation".split())


# words of a time after "by", named with a capital: a deadline, not a needer ("needed by January", "by Christmas")
_TIMES_BY = MONTHS | WEEKDAYS | frozenset(("christmas", "easter"))
# words of an event or a time that a name may open ("by the Osaka summit", "by Golden Week")
_EVENTS_BY = frozenset("summit summits week meeting meetings conference talks session deadline election elections "
                       "olympics games day year holidays festival ceremony visit".split())
# words for a needer after "by" ("needed by the government", "by the other side")
_NEEDERS = frozenset("side sides government governments regime country countries military industry industries firms "
                     "companies allies partners army navy people public leadership administration".split())
_NEED_NOUNS = frozenset("need needs".split())



_APPEARING = frozenset("seem seems appear appears sound look".split())
_ARGUING = frozenset("argue say claim contend suggest".split())
_CONCEDING_MODALS = frozenset("may might could".split())
PREPOSITIONS = frozenset("of between from with about against amid over into among despite".split())


_FIRST_VERBS = AUXILIARIES | frozenset("seem seems seemed appear appears appeared stand stands stood".split())


def _first_cue_or_auxiliary(found, lowered: list[str], clauses=()) -> int:
    """Index of the first auxiliary, verb of seeming or lexicon cue outside an aside: what stands before it is
    (roughly) the subject ("the pact seemed to stand on shaky ground"; "the pact—the cornerstone of our
    security—seemed..." has its subject's aside, between dashes, before the verb)."""
    asides = [c for c in clauses if c.kind == "aside"]

    def in_an_aside(k: int) -> bool:
        return any(c.start <= k < c.end for c in asides)

    first = next((k for k in compress(range(len(lowered)), map(_FIRST_VERBS.__contains__, lowered))
                  if not in_an_aside(k)), len(lowered))
    # each table's matches are in token order, so the first outside an aside is its earliest
    for name in ("prescription", "commitment", "prediction", "polar", "reporting"):
        k = next((m[0] for m in found[name] if not in_an_aside(m[0])), None)
        if k is not None and k < first:
            first = k
    return first
