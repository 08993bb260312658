"""Positions: the stance one sentence takes, scoped to clauses, per issue, with its attribution and cues.

- Kind and strength come from the main clause (and a that-clause completing it): a modal in a relative or
  subordinate clause ("allies who should strive...") does not set them; intensifiers and hedges count in the
  main clause only.
- Direction (polarity) is given per issue, by what the sentence says about that issue: the clause holding the
  issue's mention decides; the object of a harm verb ("...undermine the alliance") is something the writer
  wants protected. Verbs of action (maintain, withdraw, expand...) give a direction only under a modal or a
  commitment or with a first-person subject: a third party's action told as news is narration, and a sentence
  that only narrates or states facts takes no position.
- Attribution: 'question' for questions; 'reported' for views the sentence reports ("Many experts have
  concluded that...", a quoted speaker who is not the author, an interviewer's turn); otherwise 'author'
  (attribution.py decides). Only the author's positions take part in change labels.

The cues a sentence holds, and which of them its wording keeps, are found first (cues.py); this module reads a
stance from what is left.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field

from .attribution import Speaker, attribution_of, writers_answer
from .clauses import (
    AUXILIARIES,
    COPULAS,
    LINKING_OPENERS,
    MAIN_KINDS,
    MODALS,
    POSSESSIVE_ENDINGS,
    Clause,
    clause_at,
    in_the_subjects_relative,
)
from .cues import (
    FORETELLING,
    IMPERATIVE,
    NEGATION_WINDOW,
    PHRASAL_REACH,
    PREPOSITIONS,
    RETROSPECTIVE_MODALS,
    UNSET,
    SentenceScan,
    after_the_label,
    cleft_verdict,
    scan_sentence,
)
from .harm import (
    DAMAGING,
    DENIALS,
    FACING,
    FAULTS,
    HARM_STATES,
    HARM_TO_IT,
    HARMS_FROM,
    LEAVING_NOUNS,
    PARTY_NAME_REACH,
    PLACING,
    QUARRELS,
    RUPTURES,
    a_good_of_it,
    a_leaving_called,
    a_quality_of_it,
    a_verb_joined,
    acts_on_a_danger,
    after_a_frame,
    against_its_case,
    an_ending_verb,
    comes_from,
    damages,
    dealings_cut,
    discord_refused,
    endeavour_on_it,
    facing_verb,
    gives_way_to,
    harm_in_a_condition,
    harm_named_after_a_colon,
    harms_by_its_nature,
    leaving_judged,
    lessens_a_danger,
    listed_after_it,
    names_a_quarrel,
    names_an_actor,
    object_runs_on,
    opposed_harm,
    pressure_eased,
    risked_before,
    stand_against_a_measure,
    status_granted,
    suffered_after,
    suffered_in_a_reduced_relative,
    worry_for_a_good,
    yields_to,
)
from .imperatives import IMPERATIVE_OPENERS
from .lexicon import ACTION, Lexicon, default_lexicon
from .mentions import (
    CAUSATIVES,
    CONCEDING,
    FACING_WORDS,
    RESPONDING_NOUNS,
    TOPIC_LEADS,
    a_condition_on_it,
    a_standard,
    a_texts_topic,
    after_reason_lead,
    answering_at,
    concern_of,
    example_opening,
    grounds_before_so,
    in_a_setting,
    in_an_opening_circumstance,
    names_a_cause,
    nearest_to_cue,
    setting_spans,
    shift_reaches,
    under_a_condition,
    valued_above,
)
from .naming import BECOMING
from .negation import (
    DENYING_WHAT_FOLLOWS,
    LINKING_WORDS,
    NOT_ONLY,
    VIEW_VERBS,
    after_a_negative_subject,
    complement_end,
    disclaimed_until,
    doubted,
    negative_subject_at,
    past_a_parenthetical,
    perceived_all_the_same,
)
from .news import (
    EXPECTED,
    PLAIN_FUTURES,
    PLANNED,
    SUPPOSING_MODALS,
    a_place_in_a_series,
    announces_the_text,
    counts_the_points,
    dated,
    has_quantities,
    scheduled,
    tells_contents,
    told_on_a_date,
    under_a_plan,
)
from .obligations import alteration_refused, denial_asks_for_more, not_affordable, restrains_a_quantity, wishes_someone_would
from .opposites import DOCTRINES, OPPOSING, doctrine_at, names_the_opposite
from .prospects import hard_to_do, harm_grows, needed_for_success
from .senses import IMPORTANCE, a_view_rejected, an_appearance_granted, not_enough_for, said_in_an_aside
from .spelling import undotted
from .text.stem import stem_all
from .text.tokens import mention_tokens, rejoined, spanned_tokens
from .verdicts import dismissed_worry
from .voices import BE, BREAK_TOKENS, CORRECT, ENDORSING, FIRST_PERSON, QUOTES, is_first_person
from .wordclass import DETERMINERS as _DETERMINERS
from .wordclass import IRREGULAR_PARTICIPLES as _IRREGULAR_PARTICIPLES
from .wordclass import POSSESSIVES as _POSSESSIVES
from .wordclass import PRESENT_COPULAS as _PRESENT_COPULAS

MAX_STRENGTH = 5.0
HEDGE_WEIGHT = 0.5
GOVERNED_WINDOW = 4
OBJECT_WINDOW = 4
_CLAUSE_WORDS = frozenset("that which who because while if when but although though whereas since so than as "
                          "whereby where unless until".split())
_SKIP_AFTER_CUE = frozenset("be been being also to further still then thus therefore really now both either "
                            "actively only do more".split())
_HAVE = frozenset("has have had 's".split())
_PAST_COPULAS = frozenset("was were looked seemed proved".split())
_LINKING = frozenset("been become".split())
_MAIN_OR_RESULT = MAIN_KINDS | {"result"}
# Verbs that resolve what they act on: "settle the threat", "ease the tensions" judge nothing against it.
_RESOLVING = frozenset(stem_all("settle resolve ease defuse reduce eliminate remove address tackle curb contain "
                                "overcome end manage mitigate break broke".split()))


@dataclass(frozen=True)
class Stance:
    """A position taken in one sentence. cues: for each field, the words that decided it."""

    kind: str
    polarity: int
    strength: float
    hedged: bool
    target: str | None
    cues: dict = field(hash=False, compare=False)
    attribution: str = "author"


def extract(text: str, lexicon: Lexicon | None = None, *, speaker: Speaker = Speaker(),
            author_names: frozenset[str] = frozenset()) -> Stance | None:
    """The sentence's main stance (its direction from the main clause), or None when it takes no position."""
    scan = scan_sentence(undotted(after_the_label(text)[0]), lexicon or default_lexicon())
    stance = None if scan is None else _stance(scan, None, speaker, author_names, lexicon or default_lexicon())
    return None if stance is None or _too_weak(stance) else stance


def _too_weak(stance: Stance) -> bool:
    """Whether a reading has too little in it to record as a position: a verdict whose judging words cancel out
    ("a success and a failure"), or a bare possibility ("the board might meet again", "the town risks a ruling",
    "the ferries would sail at dawn"), with no direction and no view said to have fared. Readers of real prose found
    2 of 14 such verdicts and none of 15 such possibilities fair; with "would", 5 of the 17 readers judged over the
    last rounds (15 of 56 with "would" or "could" before), and none of 5 on a batch unseen until judged (a deal's
    terms, the future told in the past, what someone would do). "could" still counts: within a document's versions
    "should" -> "could" is a call weakened ("Japan could expand its contributions"), no forecast. What someone else
    expects would happen stays on record as theirs ("The mayor expected that the port would close"): it takes part
    in no label."""
    if stance.polarity or "shift" in stance.cues:
        return False
    modal = (stance.cues.get("kind") or "").lower()
    return stance.kind == "evaluation" or (stance.kind == "prediction" and (modal in _MERE_POSSIBILITIES or (
        modal == "would" and stance.attribution == "author")))


_MERE_POSSIBILITIES = frozenset("might risk risks".split())


def _a_bare_forecast(stance: Stance) -> bool:
    """A forecast with no direction and no view said to have fared. On an issue the sentence does not name (tagged
    from its paragraph, heading or meaning) two weak signs make no position: readers of unseen real prose found 2 of
    9 such readings fair ("The record budget will be sent to the assembly next year"), against 6 of 14 where the
    sentence names the issue."""
    return stance.kind == "prediction" and not stance.polarity and "shift" not in stance.cues


def extract_for_issues(text: str, mentions: dict[str, tuple[tuple[int, int], ...]], lexicon: Lexicon | None = None, *,
                       speaker: Speaker = Speaker(), author_names: frozenset[str] = frozenset()) -> dict[str, Stance]:
    """{issue: stance} for the issues a sentence carries; mentions gives the character spans where each issue is
    named (empty for issues tagged from the heading, context or meaning: they take the main direction). Where an
    issue is named more than once, a mention in the main clause speaks for it."""
    lexicon = lexicon or default_lexicon()
    text, label = after_the_label(text)
    # ("threatens the U.S. alliance network": the initials one word, at the same length, so that the mentions'
    # offsets still hold and no full stop breaks the phrase)
    text = undotted(text)
    if label:       # (an issue named only in the label, "Sato:", is no subject of the words)
        mentions = {issue: tuple((start - label, end - label) for start, end in spans if start >= label)
                    for issue, spans in mentions.items() if not spans or any(start >= label for start, _ in spans)}
    scan = scan_sentence(text, lexicon)
    if scan is None:
        return {}
    out = {}
    anchors: dict[str, int] = {}
    at_mentions = mention_tokens(text, scan.solid_starts, mentions)
    if "'s" in text or "\u2019s" in text or " and " in text or any(len(spans) > 1 for spans in mentions.values()):
        # (read only after a possessive, harm.names_an_actor, where a list may join items, _listed_apart, or where
        # an issue is named twice, _in_a_phrase_of_the_subject)
        scan.spanned = spanned_tokens(text, scan.solid_starts, mentions)
    # an issue named only as what changed the view ("With reports that Pyongyang is sending soldiers to fight for
    # Moscow, I no longer believe..."): the view is not about it, and the cue's segment names no issue by it
    reasons = {issue for issue, indexes in at_mentions.items() if indexes and all(
        after_reason_lead(scan, k) or a_condition_on_it(scan, k) or any(
            rule(scan, k, [j for other, others in at_mentions.items() if other != issue for j in others])
            for rule in (grounds_before_so, in_an_opening_circumstance))
        for k in indexes)} if scan.shift is not None else ()
    if scan.shift is not None:      # (only a retrospective cue asks where the issues are named)
        scan.named = frozenset(k for issue, indexes in at_mentions.items() if issue not in reasons for k in indexes)
    # an issue named only in a list of examples, after another issue named as what the claim is about
    examples = set()
    named = [indexes for indexes in at_mentions.values() if indexes]
    for issue, indexes in (at_mentions.items() if len(named) > 1 and "," in scan.lowered else ()):
        opened = [example_opening(scan, k) for k in indexes]
        if indexes and all(k is not None for k in opened):
            first = min(k for k in opened if k is not None)
            if any(k < first for other, others in at_mentions.items() if other != issue for k in others):
                examples.add(issue)
    # an issue named only in a phrase the claim is set against ("the alliance has held firm in the face of the
    # port's missile threat"), where another is named outside it: the claim is about the other
    settings = {issue for issue, indexes in at_mentions.items() if indexes and all(
        in_a_setting(spans, k, [j for other, others in at_mentions.items() if other != issue for j in others])
        for k in indexes)} if len(named) > 1 and (spans := setting_spans(scan.lowered)) else ()
    causes = {issue for issue, indexes in at_mentions.items() if indexes and all(
        names_a_cause(scan, k, [j for other, others in at_mentions.items() if other != issue for j in others])
        for k in indexes)} if len(named) > 1 and not CAUSATIVES.isdisjoint(scan.lowered) else ()
    # (most sentences have neither a "than" nor a text's topic: no mention of theirs is a yardstick)
    yardsticks = "than" in scan.lowered or (scan.shift is None and not TOPIC_LEADS.isdisjoint(scan.lowered))
    for issue, indexes in at_mentions.items():
        if issue in reasons:
            continue
        if indexes and yardsticks and all((a_standard(scan, k) and not valued_above(scan, k)) or a_texts_topic(scan, k)
                                          for k in indexes):
            continue        # "...with more preparation than Tokyo brought to the tariff talks": a yardstick
        if issue in causes or issue in settings:
            continue        # "the missile launches make the American deterrent more indispensable": what the
            #                  claim is about is what is made so, not what makes it
        if issue in examples:
            continue        # "...keep adding to the alliance's machinery, from joint command to planning for the
            #                  Korean Peninsula": an example of what the claim is about, not a claim of its own
        if indexes and "but" in scan.lowered and all(_set_aside_for_another(scan.lowered, k) for k in (
                [k for k in indexes if scan.kinds[k] in MAIN_KINDS] or indexes)):
            continue        # "The real threat is not Russia, a declining power, but China", "should impose sanctions
            #                  not on Russia but on Iran": what the issue names is only set aside for the other thing
            #                  (where the main clause names it, as the rest of the loop reads it)
        at = next((k for k in indexes if scan.kinds[k] in MAIN_KINDS), indexes[0]) if indexes else None
        if scan.shift and at is not None and not shift_reaches(scan, at):
            # a mention beside the retrospective cue speaks for the issue: "..., and the fear that Washington
            # would walk away from global leadership has eased"
            at = next((k for k in indexes if shift_reaches(scan, k)), at)
        if scan.shift and (of := concern_of(scan, indexes)) is not None:
            at = of         # "old fears of a remilitarised Japan have faded": what the fear was of
        stance = _stance(scan, at, speaker, author_names, lexicon)
        harmed = None
        if len(indexes) > 1 and at is not None:
            by_nature = harms_by_its_nature(scan.lowered, at)
            if by_nature or (stance is not None and stance.polarity < 0 and (
                    _undone_there(scan, at) or _in_a_phrase_of_the_subject(scan, at))):
                harmed = _harmed_mention(scan, at, indexes, speaker, author_names, lexicon)
                if harmed is not None and (by_nature or _the_same_harm(stance, harmed)):
                    stance = harmed
        if stance is None and len(named) == 1 and at is not None and (
                _in_a_reason_clause(scan, at) or _in_a_content_clause(scan, at)
                or in_the_subjects_relative(scan.clauses, at, scan.lowered, scan.first_verb)):
            # "Japan should join the sanctions in full, because a unified front is the only language the Kremlin
            # takes seriously": the reason names what the claim is about, where the sentence names nothing else;
            # so does what a hope or an insistence the claim judges holds, and what the subject is ("some mechanism
            # that links Washington and the eleven TPP members is still necessary")
            stance = _stance(scan, None, speaker, author_names, lexicon)
        if stance is not None and stance.polarity <= 0 and "than" in scan.lowered and (valued := next(
                (ranked for k in indexes if (ranked := valued_above(scan, k))), None)):
            # "The cost is less important than the future of the ferry pact": the thing named is set above the rest
            stance = dataclasses.replace(stance, polarity=1, cues=dict(stance.cues, polarity=[f"valued above: {valued}"]))
        if stance is not None and at is not None:
            stance = _as_a_view_rejected(scan, at, stance)
        if stance is not None and stance is not harmed and at is not None and _judges_the_opposite(scan, at, indexes,
                                                                                                   stance):
            stance = _turned_for_its_opposite(stance, scan.lowered[doctrine_at(scan.lowered, at)])
        if stance is not None and not _too_weak(stance) and (indexes or not _a_bare_forecast(stance)):
            out[issue] = stance
            if at is not None and "shift" in stance.cues:
                anchors[issue] = at
    if len(anchors) > 1 and scan.shift is not None:
        # a cue in the main clause speaks for an issue named there over one named in an aside ("A limited capability
        # to hit launch sites, woven into alliance planning, is something I could accept": the capability)
        in_main = {issue: at for issue, at in anchors.items() if scan.kinds[at] in MAIN_KINDS}
        cue_in_main = scan.kinds[scan.shift[2]] in MAIN_KINDS
        candidates = in_main if cue_in_main and 0 < len(in_main) < len(anchors) else anchors
        nearest = nearest_to_cue(candidates, scan.shift, scan.lowered, scan.kinds[scan.shift[2]] == "relative")
        for issue in anchors:
            if issue != nearest:
                out[issue].cues.pop("shift")
    return out


def _judges_the_opposite(scan: SentenceScan, at: int, indexes: list[int], stance: Stance) -> bool:
    """Whether the reading is a verdict on a doctrine opposed to the issue's good (`opposites`): the reading rests on
    judging words, none of them harm done to it ("a severe blow to protectionism": harm to the doctrine, already read
    for the issue), and every judging word of the sentence stands in the doctrine's clause, after it, where the issue
    is named by no other name, one of them opening the doctrine's predicate and no later word denying it: a verdict
    on the doctrine itself ("Protectionism is harmful", "explain how his protectionism will not benefit his
    country"), not on an act upon it or a stand against it ("Resisting protectionism is essential", "must avoid
    protectionism", which the rules of harm averted already read for the issue), on another name of the issue
    ("Protectionism is rising, but free trade remains the best path"), on another verb's object ("Isolationism would
    spare America costly wars") nor one denied ("Protectionism benefits nobody")."""
    if stance.attribution != "author" or not stance.polarity or not stance.cues.get("polarity") or \
            not names_the_opposite(scan.lowered, at):
        return False        # (others' views stay as they read: "Isolationists think the alliance is a mistake")
    if any(str(cue).startswith(HARM_TO_IT) for cue in stance.cues["polarity"]):
        return False
    doctrine = doctrine_at(scan.lowered, at)
    clause = clause_at(scan.clauses, doctrine)
    if any(clause.start <= k < clause.end and not names_the_opposite(scan.lowered, k) for k in indexes) or \
            not OPPOSING.isdisjoint(scan.lowered[clause.start:doctrine]):
        return False        # (nor a stand against it: "The fight against protectionism is essential")
    # (a move into the doctrine judges nothing: "A retreat into isolationism would be dangerous"; and a view of it
    # the writer rejects is judged in its own clause: "The view that isolationism is a wise choice is wrong")
    rejected = any(str(cue).startswith(VIEW_REJECTED) for cue in stance.cues["polarity"])
    polar = [m for m in scan.found["polar"] if scan.lowered[m[0] + m[1]:m[0] + m[1] + 1] != ["into"]
             and not (rejected and not clause.start <= m[0] < clause.end)]
    if not polar or not all(doctrine < m[0] < clause.end for m in polar) or \
            not NEGATING_QUANTITIES.isdisjoint(scan.lowered[doctrine:clause.end]):
        return False        # (nor a verdict a later word denies: "Protectionism benefits nobody")
    return _predicated_of(scan.lowered, doctrine, {m[0] for m in polar})


def _predicated_of(lowered: list[str], doctrine: int, judging: set[int]) -> bool:
    """Whether a judging word at one of `judging` opens the predicate of the doctrine at `doctrine`: past the phrase
    a preposition opens after it ("his protectionism toward the U.S. market"), then any auxiliaries, copulas,
    negations, articles and adverbs ("will not ultimately benefit", "is a wise choice"). Not a judging word of the
    object of another verb ("Isolationism would spare America costly wars", "answers a real threat")."""
    k = doctrine + 1
    if lowered[doctrine] not in DOCTRINES:     # (a follower's word before its noun: "the protectionist measures hurt")
        while k < min(len(lowered), doctrine + 1 + HEAD_NOUN_WORDS) and k not in judging and lowered[k].isalpha() \
                and lowered[k] not in AUXILIARIES and lowered[k] not in COPULAS:
            k += 1
    if k < len(lowered) and lowered[k] in _PLACING_PREPOSITIONS:
        while k < len(lowered) and lowered[k] not in AUXILIARIES and lowered[k] not in COPULAS and k not in judging:
            k += 1
    while k < len(lowered) and k not in judging and (
            lowered[k] in AUXILIARIES or lowered[k] in COPULAS or lowered[k] in _BETWEEN_A_VERB_AND_ITS_WORD
            or lowered[k].endswith("ly")):
        k += 1
    return k in judging


HEAD_NOUN_WORDS = 2     # "protectionist trade measures"
_PLACING_PREPOSITIONS = frozenset("toward towards of in on against from by with within among over".split())
_BETWEEN_A_VERB_AND_ITS_WORD = frozenset("not never n't a an the so too very quite most more less".split())
NEGATING_QUANTITIES = frozenset("nobody none nothing few little neither nor".split())


def _turned_for_its_opposite(stance: Stance, doctrine: str) -> Stance:
    """A verdict on a doctrine opposed to the issue's good, as a verdict on the issue ("Protectionism is harmful":
    for open trade)."""
    cues = {**stance.cues, "polarity": [*stance.cues["polarity"], f"{TURNED_FOR_ITS_OPPOSITE} {doctrine}"]}
    return dataclasses.replace(stance, polarity=-stance.polarity, cues=cues)


VIEW_REJECTED = "a view rejected:"     # the polarity cue of a view the writer rejects (_as_a_view_rejected)
TURNED_FOR_ITS_OPPOSITE = "judges its opposite:"     # the polarity cue of a verdict on a doctrine opposed to the issue


def _as_a_view_rejected(scan: SentenceScan, at: int, stance: Stance) -> Stance | None:
    """'We should question the assumption that the pact will survive', 'The view that the pact is doomed is
    wrong': where the name stands in the that-clause of a view the writer rejects (senses.a_view_rejected), the
    writer's direction is the opposite of the view's, read from the clause's own judging words; with none there, the
    sentence says nothing plain about it. Other readings pass unchanged."""
    clause = clause_at(scan.clauses, at)
    if clause.kind not in ("content", "complement") or (
            rejected := a_view_rejected(scan.lowered, clause.start, clause.end)) is None:
        return stance
    # (the view's own negations only: the rejecting verb counts as one of its whole clause, "reject the view that...")
    negated_at = {m[0] for m in scan.found["negations"] if clause.start <= m[0] < clause.end}
    held = [m for m in scan.found["polar"] if clause.start <= m[0] < clause.end]
    view = sum(_signed(m, negated_at) for m in held)
    if not view:
        return None
    if clause.kind == "complement":
        return stance   # (a verb of doubt before the view's noun negates its clause already: _negated_positions)
    cues = dict(stance.cues, polarity=[f"{VIEW_REJECTED} {rejected}"] + [_cue_text(scan, m, negated_at) for m in held])
    return dataclasses.replace(stance, polarity=-1 if view > 0 else 1, cues=cues)


def _harmed_mention(scan: SentenceScan, at: int, indexes: list[int], speaker: Speaker, author_names: frozenset[str],
                    lexicon: Lexicon) -> Stance | None:
    """'A ferry war would undermine the open ferry network': where the issue is named first as a harm by its nature
    (a war, a tariff) and again as what that harm befalls, the warning is for what is harmed; the reading of the
    later mention, if it tells harm to it, else None. The later mention may stand in a clause of result ("retreated
    from multilateralism, undermining the credibility of the United States")."""
    for k in indexes:
        if k > at and (scan.kinds[k] in MAIN_KINDS or scan.kinds[k] == "result"):
            stance = _stance(scan, k, speaker, author_names, lexicon)
            if stance is not None and str((stance.cues.get("polarity") or [""])[0]).startswith(HARM_TO_IT):
                return stance
    return None


def _in_a_phrase_of_the_subject(scan: SentenceScan, at: int) -> bool:
    """Whether the mention at `at` modifies the noun of a phrase after a preposition inside the sentence's subject,
    with no auxiliary before it ("The board's quarrelsome stance towards ferry cost-sharing spells trouble for the ferry pact"): the
    subject's head is what the verdict is on, and a later mention may be what it harms."""
    after = next((k for k in range(at + 1, len(scan.raw)) if k not in scan.spanned), len(scan.raw))
    following = scan.raw[after] if after < len(scan.raw) else ""
    # (as a modifier of the phrase's noun, "alliance cost-sharing": not the phrase's head, "courtship of Moscow", whose
    # verdict is on the dealings with what it names)
    return AUXILIARIES.isdisjoint(scan.lowered[:at]) and scan.kinds[at] in MAIN_KINDS and any(
        w in _IN_A_SUBJECTS_PHRASE for w in scan.lowered[max(0, at - SUBJECT_PHRASE_REACH):at]) and \
        following.replace("-", "").isalpha() and following.islower() and following not in MODALS and following not in AUXILIARIES \
        and following not in _IN_A_SUBJECTS_PHRASE and following not in _JOINING_OR_OPENING


SUBJECT_PHRASE_REACH = 3    # "towards alliance cost-sharing", "on the ferry tolls"
# (what the subject is directed at or among, not what it is of: in "the string of North Korean missile tests" the tests
# are the harm's source)
_IN_A_SUBJECTS_PHRASE = frozenset("on over about towards toward regarding to with between for in".split())
_JOINING_OR_OPENING = frozenset("and or but that which who whose where when".split())


def _undone_there(scan: SentenceScan, at: int) -> bool:
    """Whether the mention at `at` stands in the object of an act of undoing just before it (within OBJECT_WINDOW:
    "the decision to scrap the ferry pact's hotline", whose act undoes a part of it), not as the doer of the harm the
    sentence tells ("The ferry pact undermines the port's role in regional cooperation" judges the pact)."""
    return any(abs(m[2]) >= ACTION and m[2] < 0 and 0 <= at - (m[0] + m[1]) <= OBJECT_WINDOW
               for m in scan.found["polar"])


def _the_same_harm(stance: Stance | None, harmed: Stance) -> bool:
    """Whether a reading against the issue rests on nothing but the harm a later mention of it suffers ("Scrapping
    the ferry pact's hotline has done serious damage to the ferry pact": the damage is done to it, as the scrapping
    was)."""
    words = [str(cue) for cue in (stance.cues.get("polarity") or [])] if stance is not None else []
    harm = str((harmed.cues.get("polarity") or [""])[0])[len(HARM_TO_IT):].strip()
    return bool(words) and all(word.lower() == harm.lower() for word in words)
@dataclass
class _MainView:
    """What a sentence's main clause says, whichever issue is asked about (computed once per sentence)."""

    kind: str
    top: tuple | None                 # the decisive modal or commitment cue
    main_polar: list                  # judging terms of the main (and result) clauses
    polar: list                       # every judging term that counts
    negated_at: set[int]
    modal_negated: bool
    intensifiers: list
    hedges: list
    negations: list
    mood: str | None
    attribution: str
    target: str | None
    answer: int | None = None         # where the writer's answer to a view set out as others' opens (writers_answer)


def _main_view(scan: SentenceScan, speaker: Speaker, author_names: frozenset[str], lexicon: Lexicon) -> _MainView | None:
    found, raw = scan.found, scan.raw
    kinds = scan.kinds
    disclaimed = disclaimed_until(scan.lowered)
    if disclaimed == len(scan.lowered):
        return None     # "This is not to say the pact couldn't do real damage": nothing claimed either way
    attribution = attribution_of(scan, speaker, author_names)
    # "Critics say the pier is too costly, but the pier remains vital": the writer's stance is the answer, read from
    # where it opens; the view answered is the critics'
    answer = writers_answer(scan) if attribution == "author" and disclaimed is None else None
    # (what the writer goes on to say after a disclaimer is read from where it opens, the writer's throughout: "This is
    # not to say we should abandon the pact, but it must be reformed")
    since = disclaimed if disclaimed is not None else 0 if answer is None else answer
    main = {name: [m for m in found[name] if kinds[m[0]] in MAIN_KINDS and m[0] >= since] if found[name] else []
            for name in ("prescription", "commitment", "prediction", "intensifiers", "negations")}
    if main["prescription"] and _points_to_evidence(scan.lowered, main["prescription"][0]):
        # "If there were any doubts about the port's course, one should just look at its new pier": the reader is
        # shown evidence, nothing is called for (what the evidence is judged to be still judges: "You just have to
        # look at the pact's success")
        main["prescription"] = main["prescription"][1:]
    negated_at = _negated_positions(scan)
    first_person = _writer_is_subject(scan)
    polar = [m for m in found["polar"] if m[0] >= since and ((abs(m[2]) < ACTION and not _in_phrase(scan, m))
             or (abs(m[2]) >= ACTION and _governed_action(scan, m, first_person)))]
    polar = _without_harmed_objects(scan, polar, negated_at)
    main_polar = [m for m in polar if kinds[m[0]] in _MAIN_OR_RESULT]
    if main_polar and not _SEEING_AS.isdisjoint(scan.lowered) and not _endorsed_after(scan.raw, scan.lowered):
        # "The timing of the tests suggests Pyongyang saw the withdrawal as an opportunity": how another sees a
        # thing is theirs, whatever the sentence names elsewhere (not "..., and it was right": the writer agrees)
        main_polar = [m for m in main_polar if not _seen_so_by_another(scan.raw, scan.lowered, m[0])]
    if main_polar and (scan.lowered[0] in _CIRCUMSTANCE_OPENERS or scan.lowered[0] in _OPENING_PARTICIPLES
                       or _driven_opening(scan.lowered)
                       or not CONCEDING.isdisjoint(scan.lowered) or not _GIVING_REASONS.keys().isdisjoint(scan.lowered)
                       or not RESPONDING_NOUNS.isdisjoint(scan.lowered) or not FACING_WORDS.isdisjoint(scan.lowered)
                       or "," in scan.lowered[:scan.first_verb]):
        around = _circumstances(scan.lowered, scan.first_verb)
        main_polar = [m for m in main_polar if not any(start <= m[0] < end for start, end in around)]
    if main_polar and scan.lowered[0] == "what" and (verdict := cleft_verdict(scan.lowered, main_polar)):
        main_polar = [verdict]  # "What is especially worrisome is that X has made progress": the verdict on X
    if main["prescription"]:
        kind, decisive = "prescription", main["prescription"]
    elif main["commitment"]:
        kind, decisive = "commitment", main["commitment"]
    elif main["prediction"] and (not main_polar or main["prediction"][0][0] < main_polar[0][0]) \
            and not _softened_verdict(scan.lowered, main["prediction"][0][0], main_polar) \
            and not _counterfactual_verdict(scan.lowered, main["prediction"][0][0], main_polar):
        # what the writer would do is advice ("I would keep those channels open", "I'd start there tomorrow")
        kind = "prescription" if _writers_would(scan.lowered, main["prediction"]) else "prediction"
        decisive = main["prediction"]
    elif main_polar or (scan.shift and scan.shift[2] >= since):
        kind, decisive = "evaluation", []     # a judgement, or a view said to have fared one way or another
    else:
        return None
    top = max(decisive, key=lambda m: (m[2], -m[0])) if decisive else None
    modal_negated = _negated_modal(scan, top, negated_at)
    hedges = [m for m in found["hedges"] if kinds[m[0]] in _MAIN_OR_RESULT and m[0] >= since]
    mood = _mood(scan, top, [m for m in found["polar"] if kinds[m[0]] in _MAIN_OR_RESULT and m[0] >= since], since)
    return _MainView(kind, top, main_polar, polar, negated_at, modal_negated, main["intensifiers"], hedges,
                     main["negations"], mood, attribution,
                     _target(raw, scan.lowered, scan.tokens, kind, top, main_polar, lexicon), answer)


def _seen_so_by_another(raw: list[str], lowered: list[str], cue: int) -> bool:
    """Whether the judging word at `cue` stands in what someone named sees or regards a thing as ("Pyongyang saw the
    withdrawal as an opportunity"): after a verb of seeing whose subject is a name (not the writer, nor the sentence's
    first word, which attribution reads), then "as", with nothing that ends a clause between."""
    for k in range(cue - 1, max(0, cue - SEEN_AS_REACH) - 1, -1):
        if lowered[k] in _ENDING_A_VIEW or lowered[k:k + 2] == [",", "and"]:
            return False
        if lowered[k] in _SEEING_AS and k > 1 and "as" in lowered[k + 1:cue] and raw[k - 1][:1].isupper() \
                and raw[k - 1].isalpha() and not is_first_person(raw[k - 1]):
            # ("Asia saw growth slow as the pact unravelled": "as" opens a clause, a verb after it)
            conjunction = lowered.index("as", k + 1)
            # (not an -ing complement: "regards the pact as damaging its interests")
            return not any(w in AUXILIARIES or w.endswith("ed") or (w in DAMAGING and not w.endswith("ing"))
                           for w in lowered[conjunction + 1:cue + 1])
    return False


def _endorsed_after(raw: list[str], lowered: list[str]) -> bool:
    """Whether the writer agrees with the view the sentence tells ("..., and it was right", "..., and I agree",
    "Rightly, Tokyo sees...")."""
    if any(w in ENDORSING and lowered[k + 1:k + 2] != ["or"] and (k == 0 or lowered[k + 1:k + 2] in (
            [seeing] for seeing in _SEEING_AS)) for k, w in enumerate(lowered)):
        return True     # ("Rightly, Tokyo sees...", "Tokyo rightly sees..."; not "rightly or wrongly")
    joined = next((k for k in range(len(lowered) - 1, 0, -1) if lowered[k - 1:k + 1] == [",", "and"]
                   or lowered[k] == ";"), None)
    return joined is not None and (any(map(is_first_person, raw[joined:])) or not CORRECT.isdisjoint(lowered[joined:]))


_SEEING_AS = frozenset("saw sees viewed views regarded regards perceived perceives".split())
_ENDING_A_VIEW = frozenset("; : but while whereas although".split())
SEEN_AS_REACH = 12      # "saw that event as a sign of U.S. weakness and an opportunity"


def _posed_by_the_subject(lowered: list[str], cue: int, at: int, first_verb: int) -> bool:
    """Whether the judging word at `cue` is what a verb of posing, joined after the main verb by "and" or a comma, has
    as its object ("..., and posing real dangers", ", posing real dangers", "and is creating new risks"), while the
    issue's name at `at` stands after a main verb that contests or harms it, not in the subject that poses it."""
    if not first_verb < at < cue or not any(w in _CONTESTING or w in DAMAGING for w in lowered[first_verb:at]):
        return False    # (the main verb contests or harms it: "is expanding the pact, and creating problems" is harm
        #                 that comes from the pact)
    verb = next((k for k in range(cue - 1, max(at, cue - POSED_OBJECT_REACH) - 1, -1) if lowered[k] in _POSING), None)
    if verb is None or not all(w.isalpha() for w in lowered[verb + 1:cue]):
        return False
    joined = verb - 2 if lowered[verb - 1] in BE and verb > 1 else verb - 1     # ("and is posing")
    return lowered[joined] in ("and", ",")


_POSING = frozenset("pose poses posed posing create creates created creating cause causes caused causing".split())
_CONTESTING = frozenset("contest contests contested contesting challenge challenges challenged challenging".split())
POSED_OBJECT_REACH = 4      # "and posing real and present dangers"


def _listed_apart(scan: SentenceScan, cue, at: int) -> bool:
    """Whether the judging word `cue` is a plural noun that heads an item of a list and the issue's name at token `at`
    heads another ("common threats, and close alliances", "strong alliances and rising tensions"): only words that
    join the items and a few words before a head stand between them (no possessive, which points back: "the port and
    its many problems"), and each item ends where the next is joined."""
    lowered = scan.lowered
    word = lowered[cue[0]]
    if cue[1] != 1 or not word.endswith("s") or word.endswith(_NOT_PLURAL_ENDINGS):
        return False
    name_end = at
    while name_end + 1 in scan.spanned:
        name_end += 1       # (past the rest of a name of several words: "the ferry pact and rising tensions")
    first, second = (cue[0], at) if cue[0] < at else (name_end, cue[0])
    between = lowered[first + 1:second]
    second_end = name_end if second == at else second
    closes = next((k for k in range(second_end + 1, len(lowered)) if lowered[k] in _CLOSING_AN_ITEM), len(lowered))
    if not between or between[0] not in _JOINING_ITEMS or any(
            lowered[k] in AUXILIARIES or lowered[k] in COPULAS or lowered[k] in MODALS or (
                lowered[k].endswith("ed") and scan.raw[k][:1].islower() and lowered[k + 1:k + 2] != ["by"])
            for k in range(second_end + 1, closes)):
        return False    # (the second item ends as a phrase, "close alliances with Washington."; not "..., and the
        #                 ferry pact is the worst", a clause)
    if "," not in lowered[max(0, first - ITEM_MODIFIERS - 2):first] and not (
            second == cue[0] and lowered[closes:closes + 1] in ([","], ["and"], ["or"])):
        return False    # (a list of three or more, the first of these two joined after another or the second before
        #                 another: "deep ties, common threats, and close alliances", "a close alliance, common threats
        #                 and shared values"; not "faces two grave threats, North Korea and China")
    joined = max(k for k, w in enumerate(between) if w in _JOINING_ITEMS)
    modifiers = between[joined + 1:]
    return len(modifiers) <= ITEM_MODIFIERS and all(
        w.isalpha() and w not in PREPOSITIONS and w not in AUXILIARIES and w not in COPULAS and w not in MODALS
        and w not in _POSSESSIVES and w not in _OF_THE_SAME_KIND for w in modifiers) and all(
        w in _JOINING_ITEMS for w in between[:joined + 1])


_NOT_PLURAL_ENDINGS = ("ss", "ous", "us", "is")
_JOINING_ITEMS = frozenset(", and or".split())
_OF_THE_SAME_KIND = frozenset("other such similar".split())     # ("North Korea and other threats")
_CLOSING_AN_ITEM = frozenset(", and or . ; :".split())
ITEM_MODIFIERS = 3      # "and close economic alliances"


def _points_to_evidence(lowered: list[str], top) -> bool:
    """Whether a call on anyone at all ("one", "you") is only to look ("one should just look at...", "you need only
    look at...", "you only have to look at...", "one has only to see how..."), which points to evidence."""
    if top[0] < 1 or _ONLY.isdisjoint(lowered[top[0] - 1:top[0] + top[1] + 2]) or not _ANYONE.intersection(
            lowered[max(0, top[0] - 2):top[0]]):
        return False    # (without "just" or "only" a look may be a course weighed: "One needs to look at ways to...")
    look = lowered[top[0]:next((k for k in range(top[0], len(lowered)) if lowered[k] in (",", ";", ":")), len(lowered))]
    if "as" in look or "and" in look:
        return False    # ("One should only look at the pact as a last resort", "...look at the pact and strengthen it";
        #                 a comma ends the look: "..., better known as the Quad")
    verb = next((k for k in range(top[0] + top[1], min(len(lowered), top[0] + top[1] + 3))
                 if lowered[k] not in _ONLY_TO), None)
    # (not "one should look at joining the pact": a course to weigh, called for)
    return verb is not None and verb + 2 < len(lowered) and lowered[verb] in _LOOKING_AT and lowered[verb + 1] in (
        _POINTED_TO) and not (lowered[verb + 1] == "at" and lowered[verb + 2].endswith("ing"))


_ANYONE = frozenset("one you".split())
_ONLY = frozenset("just only simply".split())
_ONLY_TO = _ONLY | {"to"}
_LOOKING_AT = frozenset("look see glance".split())
_POINTED_TO = frozenset("at how what".split())


def _softened_verdict(lowered: list[str], at: int, main_polar: list) -> bool:
    """'It would be a mistake to write the port off', 'it would be naive to expect...', 'it would be difficult to
    overstate...': a verdict put softly, with "would" before it, not a forecast. Whatever the subject, so is a
    course called a mistake ("Nuclear sharing would be a grave mistake", "Any plan to move the ferries would be
    exactly the wrong thing to do"); what a course would bring, or be for someone, is still foretold ("would be a
    disaster", "would be a mistake for the ferry towns")."""
    if lowered[at] != "would" or at == 0:
        return False
    be = next((k for k in range(at + 1, min(len(lowered), at + 1 + WOULD_REACH)) if lowered[k] not in _ADVERBS_AFTER_WOULD),
              None)
    return be is not None and lowered[be] == "be" and any(
        be < m[0] <= be + VERDICT_REACH and (lowered[at - 1] == "it" or (
            lowered[m[0]] in _FAULTING and lowered[m[0] + m[1]:m[0] + m[1] + 1] != ["for"]))
        for m in main_polar)


# what a course is called when it is judged a fault, not foretold
_FAULTING = frozenset("mistake mistakes error errors blunder blunders folly misstep wrong misguided unwise".split())


VERDICT_REACH = 4       # "it would be a grave mistake", "that would be a huge strategic mistake"


def _counterfactual_verdict(lowered: list[str], at: int, main_polar: list) -> bool:
    """'A joint monitoring body would have taken the poison out of this debate', 'Aegis Ashore would have mitigated
    much of the threat': what would have been, judged, is a verdict on the past, not a forecast. Not the writer's
    own past view ("I would have opposed it", "you would have..."), which the retrospective table reads."""
    if not main_polar or lowered[at] not in SUPPOSING_MODALS or (at > 0 and lowered[at - 1] in _PERSONS_WHO_WOULD):
        return False
    have = next((k for k in range(at + 1, min(len(lowered), at + 1 + WOULD_REACH)) if lowered[k] not in _ADVERBS_AFTER_WOULD),
                None)
    return have is not None and lowered[have] == "have" and have + 1 < len(lowered) and (
        lowered[have + 1].endswith("ed") or lowered[have + 1] in _IRREGULAR_PARTICIPLES or lowered[have + 1] == "been")


_PERSONS_WHO_WOULD = frozenset("i we you".split())


def _writers_would(lowered: list[str], predictions: list) -> bool:
    """Whether the sentence's first forecast is the writer's own "I would" (or "I'd") before a verb of acting: what
    the writer would do is what the writer advises ("I would put it well down the list", "I'd rather have a pact
    that waits"), not a forecast. Not a verb of saying or thinking ("I would argue", "I'd guess"), nor a state
    ("I would be surprised", "I'd have thought")."""
    at = predictions[0][0]
    if wishes_someone_would(lowered, at):
        return True         # "We would like Japan to strengthen...": a wish that someone act, as a call is
    if not (lowered[at] == "i'd" or (lowered[at] == "would" and at > 0 and lowered[at - 1] == "i")):
        return False
    k = next((j for j in range(at + 1, min(len(lowered), at + 1 + WOULD_REACH)) if lowered[j] not in _ADVERBS_AFTER_WOULD),
             len(lowered))
    following = lowered[k] if k < len(lowered) else ""
    if following in _ADVOCATING and lowered[k + 1:k + 2] == ["for"]:
        return True         # "I would argue for a standing channel": the writer's own proposal
    return following.isalpha() and following not in _NO_ADVICE_AFTER_WOULD


WOULD_REACH = 3         # "I would still actually start there"
_ADVOCATING = frozenset(("argue", "press", "push"))
_ADVERBS_AFTER_WOULD = frozenset("still also actually certainly probably just now then personally first not never "
                                 "n't".split())
_NO_ADVICE_AFTER_WOULD = frozenset("say argue think guess add note suggest imagine expect hope bet assume agree "
                                   "disagree be have like love hate worry wonder venture submit contend maintain"
                                   .split())


def _negated_modal(scan: SentenceScan, top, negated_at: set[int]) -> bool:
    """'should not', 'must never': a negation right after the modal, in its clause; 'Nor should...' before it, at
    the opening of the sentence; or 'the last thing the allies should be doing' before it."""
    return top is not None and (bool(negated_at) and any(
        k in negated_at and scan.kinds[k] == scan.kinds[top[0]] for k in range(top[0] + top[1], top[0] + top[1] + 2)
        if k < len(scan.raw) and scan.raw[k] not in BREAK_TOKENS) or _last_thing(scan.lowered, top[0])
        or (scan.lowered[0] in _INVERTING_NEGATIONS and 0 < top[0] <= 2) or _need_denied(scan, top, negated_at)
        or _option_denied(scan, top, negated_at))


def _need_denied(scan: SentenceScan, top, negated_at: set[int]) -> bool:
    """'America does not need to be the world's policeman', 'Japan doesn't have to choose': a need or an
    obligation denied by the auxiliary before it calls against what it names."""
    return scan.lowered[top[0]] in _NEEDS and any(k in negated_at for k in range(max(0, top[0] - 2), top[0]))


_NEEDS = frozenset("need needs have has".split())    # ("need to", "have to", "has to")


def _option_denied(scan: SentenceScan, top, negated_at: set[int]) -> bool:
    """'closing the pier is not a viable path', 'it is not advisable', 'that was not the best path': a word that judges a
    course of action, denied by the copula before it, calls against the course (as the modal's own negation does).
    ("There is no option but to" is a must: only "not" and "never" deny.)"""
    start = top[0]
    if scan.lowered[start] not in _DENIABLE_CALLS:
        return False
    for k in range(max(1, start - OPTION_DENIAL_REACH), start):
        if k in negated_at and scan.lowered[k] in ("not", "n't", "never") and scan.lowered[k - 1] in COPULAS:
            # ("it is not only necessary but urgent": more than necessary)
            return scan.lowered[k + 1] not in NOT_ONLY and not any(t in BREAK_TOKENS for t in scan.raw[k + 1:start])
    return False


OPTION_DENIAL_REACH = 4     # "is not a viable path": the denial, an article and an adjective before the word
_DENIABLE_CALLS = frozenset("option advisable best desirable necessary essential".split())


_INVERTING_NEGATIONS = frozenset(("nor", "neither"))     # "Nor should Japan...", "Neither must Tokyo..."


def _last_thing(lowered: list[str], modal: int) -> bool:
    """'...is the last thing the allies should be doing': what a modal after "the last thing" calls for, it
    calls against."""
    window = lowered[max(0, modal - LAST_THING_REACH):modal]
    return "last" in window and any(window[k:k + 3] == ["the", "last", "thing"] for k in range(len(window) - 2))


LAST_THING_REACH = 6


def _modal_for(scan: SentenceScan, view: _MainView, at: int | None):
    """The modal that governs the issue named at `at`: the one of the sentence's kind in the mention's own
    clause ("Japan cannot pretend ..., and the alliance must work out now how..."), else the last one before
    the mention ("we should avoid X, and we should keep our channels to Beijing open"); the sentence's
    decisive modal otherwise. Returns (modal, whether it is negated)."""
    if at is None or view.top is None or view.kind == "evaluation":
        return view.top, view.modal_negated
    clause = clause_at(scan.clauses, at)
    cues = [m for m in scan.found[view.kind] if scan.in_main(m)]
    own = [m for m in cues if clause.start <= m[0] < clause.end]
    before = [m for m in cues if m[0] < at]
    chosen = own[0] if own else before[-1] if before else view.top
    if chosen == view.top:
        return view.top, view.modal_negated
    return chosen, _negated_modal(scan, chosen, view.negated_at)


def _stance(scan: SentenceScan, at: int | None, speaker: Speaker, author_names: frozenset[str],
            lexicon: Lexicon) -> Stance | None:
    named = at
    if at is not None and scan.kinds[at] in ("subordinate", "relative", "aside", "content") and (
            not scan.shift or _gives_reason(scan, at)):
        if not (_sets_condition(scan, at) or _defines_object(scan, at) or _harm_it_is_a_condition_of(scan, at)):
            return _side_stance(scan, at, speaker, author_names, lexicon)
        # "Where Beijing proposes something useful, we should take part", "We should stop waiting for a structure
        # that ties Washington back into Pacific trade rules": the main claim is about it
        at = None
    if scan.view is UNSET:
        scan.view = _main_view(scan, speaker, author_names, lexicon)
    view = scan.view
    if not isinstance(view, _MainView):
        return None
    raw, (top, modal_negated) = scan.raw, _modal_for(scan, view, at)
    direction, polarity_cues = _direction(scan, at, top, view.main_polar, view.polar, view.negated_at,
                                          calls=view.kind in ("prescription", "commitment"))
    if direction and named is not None and view.kind in ("evaluation", "prediction") and all(
            abs(m[2]) < ACTION and m[3] not in _NO_HARM_BROUGHT for m in view.main_polar) and (
            harm := _harm_it_is_a_condition_of(scan, named) or _harm_its_ruin_brings(scan, named)):
        # "If the ferry pact collapses, the towns will suffer": harm to it that would bring harm is a warning for it;
        # what the harm would bring that is good, or brings whatever the harm ("Even if the pact collapses, ..."),
        # says nothing plain about it (a call or an act on it reads as it stands: "If the pact weakens, the towns must
        # scrap it")
        warned, harm = not harm.startswith(_WHATEVER), harm.removeprefix(_WHATEVER)
        direction, polarity_cues = (1, [f"{HARM_TO_IT} {harm}"] + polarity_cues) if direction < 0 and warned else (
            0, [])
    if direction < 0 and named is not None and (harm := suffered_in_a_reduced_relative(scan.lowered, named)) and [
            str(cue).lower() for cue in polarity_cues] == [harm]:
        # "The ferry pacts damaged under the former mayor need repair": the harm is the pacts', not a verdict on them
        direction, polarity_cues = 1, [f"{HARM_TO_IT} {harm}"]
    if direction and named is not None and view.kind == "evaluation" and view.main_polar and all(
            _posed_by_the_subject(scan.lowered, m[0], named, scan.first_verb) for m in view.main_polar):
        return None     # "China is contesting America's leadership, and posing real dangers": the dangers are the
        #                 subject's, posed in a verb joined to the one that acts on what the issue names
    if direction and named is not None and view.kind == "evaluation" and view.main_polar and all(
            _listed_apart(scan, m, named) for m in view.main_polar):
        return None     # "neighbours with deep ties, common external threats, and close alliances with Washington": a
        #                 judging noun that is an item of its own in a list judges no other item
    if direction and view.kind == "evaluation" and _a_figure_told(scan, view.polar):
        return None     # "Exports to the port fell 10.1 percent in June, the fourth monthly decline": a figure told
    if direction and named is not None and view.kind == "evaluation" and _importance_denied_to_it(
            scan, named, view.polar, view.negated_at):
        return None     # "The port is not indispensable for the ferry pact": the port's weight denied, no verdict on
        #                 the pact ("not essential to the pact" is no harm done to it either)
    if direction and view.kind == "prediction" and _only_what_someone_will_do(scan, view.main_polar):
        direction, polarity_cues = 0, []
    if (at is None or scan.kinds[at] in MAIN_KINDS) and (alone := _alone_not_enough(scan, top, view.negated_at)):
        # "Pressure alone will not end the blockade": a means found wanting, whatever the verb's own direction
        direction, polarity_cues = -1, [alone]
    elif (at is None or scan.kinds[at] in MAIN_KINDS) and (hard := hard_to_do(
            scan.lowered, view.main_polar, lambda: _region_of(scan, at))):
        direction, polarity_cues = -1, [hard]     # "it may be next to impossible to persuade the port to settle"
    elif not direction and not modal_negated and view.kind == "prediction" and (
            at is None or scan.kinds[at] in MAIN_KINDS) and (grows := harm_grows(scan.lowered, top)):
        direction, polarity_cues = -1, [grows]    # "tensions will escalate", "the toll war will drag on"
    against = _against_harm(scan, top) if view.kind in ("prescription", "commitment") else _harm_ended(
        scan, top, named) if view.kind == "prediction" else None
    if against is None and at is not None and top is not None and not modal_negated and view.kind in (
            "prescription", "commitment") and (cut := dealings_cut(
                scan.raw, scan.lowered, top[0] + top[1], clause_at(scan.clauses, top[0]).end)) is not None:
        # "Sanctions should be tightened to stop all trade with the cartel": a sanction, pressure on the party (+1);
        # the dealings themselves are not judged ("trade" there is no verdict on trade)
        if cut[2] <= at < cut[2] + PARTY_NAME_REACH:
            against = (1, cut[0])
        elif cut[1] <= at < cut[2]:
            return None
    if against is None and at is not None and top is not None and not modal_negated and view.kind in (
            "prescription", "commitment") and (stand := stand_against_a_measure(
                scan.lowered, top[0] + top[1], at, clause_at(scan.clauses, at).end)) is not None:
        against = (1, stand)    # "We must resist protectionism": for the good the measure or doctrine opposes
    if against is None and direction < 0 and at is not None and top is not None and not modal_negated and \
            view.kind == "prescription" and (acting := acts_on_a_danger(
                scan.lowered, scan.kinds, top[0] + top[1], at, clause_at(scan.clauses, at).end)) is not None:
        against = (1, acting)   # "...need to confront a dangerous North Korea": pressure on the danger
    if against is not None:
        # "The town must protest the port's outrageous blockade": a call for pressure on harm, whatever judging
        # words describe it; "should accept the annexation": against it
        direction, polarity_cues = against[0], [against[1]]
    if modal_negated and direction and scan.lowered[0] in _INVERTING_NEGATIONS and all(
            _signed(m, view.negated_at) == m[2] for m in view.main_polar):
        # "Nor should anything here be read as support for X": the opening denial turns what the clause says, if
        # it stands too far from it to turn it itself ("Nor should Japan abandon the talks")
        direction, polarity_cues = -direction, polarity_cues + [f"{scan.raw[0]} (before the modal)"]
    if direction and at is not None and (denial := _denied_by_ellipsis(scan.lowered, at, view.polar)):
        # "We back the port towns, but not the cartel": the predicate the clause elides is denied of what it names
        direction, polarity_cues = -direction, polarity_cues + [denial]
    kept = None     # (a denied call to alter a thing, for keeping it: its cue explains its sign itself)
    if direction == 0 and view.kind in ("prescription", "commitment") and not polarity_cues:
        asks_for_more = modal_negated and top is not None and denial_asks_for_more(
            scan.lowered, top[0] + top[1], inverted=scan.lowered[0] in _INVERTING_NEGATIONS)
        direction = -1 if (modal_negated and not asks_for_more) or not_affordable(scan.lowered, top) else 1
        if modal_negated and named is not None and top is not None:
            kept = alteration_refused(scan.lowered, top[0] + top[1], named)
        if kept is not None:
            direction, polarity_cues = 1, [kept]     # "should not change the pact's rules": for keeping it
        elif named is not None and top is not None and (
                left := a_leaving_called(raw, scan.lowered, top[0] + top[1], named)) is not None:
            # "Japan should leave the trade pact": against what is left ("must never leave it": for it)
            kept = f"{'not ' if modal_negated else ''}{left}"
            direction, polarity_cues = (1 if modal_negated else -1), [kept]
        if (restrained := restrains_a_quantity(scan.raw, scan.lowered, top, named)) is not None:
            # "Japan must curb its defense spending": against the amount held down ("should not cut it": for it)
            direction, polarity_cues = (1 if modal_negated else -1), [f"holds down: {restrained}"]
        # (not after an opening denial, whose subject follows the modal: "Nor should the war become an excuse...")
        if modal_negated and top is not None and scan.lowered[0] not in _INVERTING_NEGATIONS and (
                discord := discord_refused(scan.lowered, top[0] + top[1], clause_at(scan.clauses, top[0]).end)):
            against = (1, discord)      # "We shouldn't be the instigator in a trade war"
            direction, polarity_cues = against[0], [against[1]]
    turned = False      # (a turned call explains its sign itself: no "asking for more" after its modal)
    way = (gives_way_to(scan.raw, scan.lowered, named) if direction and against is None and named is not None
           and modal_negated and top is not None and view.kind in ("prescription", "commitment")
           and _refused_straight(scan.lowered, top[0] + top[1], named) else None)
    if way is not None:
        # "must not appease Westport", "must not make concessions to Westport to avoid a war": a way refused to the
        # party named is for the pressure on it, whatever the purpose clause's words
        direction, polarity_cues, turned = 1, [way], True
    elif direction and against is None and named is not None and view.kind in ("prescription", "commitment") and (
            granted := status_granted(scan.lowered, named) or yields_to(scan.lowered, named)):
        # "What the town must avoid is a deal that recognizes the port as a nuclear state": a call against tolerating
        # its conduct, for pressure (where the grant stands in a relative clause, the main claim is about it); a
        # verdict on the grant ("Recognizing the port as a nuclear power would destabilize the coast") judges the
        # danger, and reads as it stands (readers of real prose found that reading fair)
        direction, polarity_cues, turned = -direction, polarity_cues + [granted], True
    if direction < 0 and (eased := pressure_eased(scan.lowered)) is not None:
        # "Sanctions on the port should not be eased", "relief would be a mistake": for the pressure
        direction, polarity_cues = 1, polarity_cues + [f"against {eased}"]
    polarity = (direction > 0) - (direction < 0)
    top_words = _surface(raw, top) if top else ""
    if view.kind == "prediction" and view.attribution == "author" and (
            (top_words.lower() == EXPECTED and scheduled(raw, scan.lowered, top)) or (not polarity and (
                (top_words in PLAIN_FUTURES and (has_quantities(raw) or dated(raw, scan.lowered)
                                                  or under_a_plan(scan.lowered)))
                or scheduled(raw, scan.lowered, top) or a_place_in_a_series(scan.lowered, top) or top_words.lower() in PLANNED
                or announces_the_text(scan.lowered) or tells_contents(scan.lowered, top)))) or (
            view.attribution == "author" and ((view.kind == "evaluation" and announces_the_text(scan.lowered)) or (
                view.kind == "prescription" and counts_the_points(scan.lowered)))):
        return None     # "the pact will cover 30 percent of world trade", "Wang will attend the dialogue in Tokyo",
        #                 "This article takes a look at the threats...": the text's own roadmap,
        #                 "the harbour plan is to be rewritten this month": figures of what is planned and events on a
        #                 schedule or a date, told as news; so too what "is
        #                 expected to" be, with no direction: others' expectation, reported ("The exercise is
        #                 expected to be larger than previous rounds"); and what someone "is expected to announce" is
        #                 news whatever words follow ("...and seek India's support")
    if view.kind == "evaluation" and an_appearance_granted(scan.lowered):
        return None     # "At first glance, the request may sound reasonable": an appearance granted, to be denied
    if view.kind == "evaluation" and view.mood in ("realised", "past") and view.attribution == "author" and (
            told_on_a_date(raw, scan.lowered, scan.kinds) and not _judged_as_predicate(scan.lowered, view.main_polar)
            and not any(map(is_first_person, raw)) and not _perfect_in_main(scan)):
        return None     # "On Friday the board carried out its threatened blockade", "The talks in the port last week
        #                 failed to bring a deal": an event of a day told, its judging words part of the telling; a
        #                 verdict on it ("The May vote was a mistake") or the writer's own part in it still judges
    # (the lists are mostly empty: no comprehension is run for them)
    intensifiers = [_surface(raw, m) for m in view.intensifiers] if view.intensifiers else []
    cues = {
        "kind": top_words if top else (polarity_cues[0] if polarity_cues else None),
        "strength": ([top_words] if top else []) + intensifiers,
        "polarity": polarity_cues + (["not (after the modal)" + (", asking for more" if polarity > 0 else "")]
                                     if modal_negated and not view.main_polar and against is None and not turned
                                     and kept is None else []),
        "hedges": [_surface(raw, m) for m in view.hedges] if view.hedges else [],
        "negations": [_surface(raw, m) for m in view.negations] if view.negations else [],
        "intensifiers": intensifiers,
        "mood": view.mood,
        "clause": scan.kinds[at] if at is not None else "main",
    }
    if scan.shift and (view.answer is None or scan.shift[2] >= view.answer) and (
            shift_reaches(scan, at) if at is not None else not under_a_condition(scan, scan.shift[2])):
        cues["shift"] = list(scan.shift[:2])     # it speaks of the issues named in its own segment (not a view
        #                                          answered: "Critics no longer say X, but...")
    # an issue named only in the view answered ("Critics say the tariff is a disaster, but the ferry pact is a
    # success") takes no stance of the writer's: the answer speaks of what it names
    attribution = "reported" if view.answer is not None and at is not None and at < view.answer else view.attribution
    if attribution != "author":
        cues["attribution"] = attribution
    strength = min(MAX_STRENGTH, (top[2] if top else 2.0) + len(view.intensifiers))
    return Stance(view.kind, polarity, strength, bool(view.hedges), view.target, cues, attribution)


def _region_of(scan: SentenceScan, at: int | None) -> list[int]:
    """The tokens of the clause the issue is named in, or, with no name, those of the sentence's main clauses."""
    if at is not None:
        clause = clause_at(scan.clauses, at)
        return list(range(clause.start, clause.end))
    return [k for c in scan.clauses if c.kind in MAIN_KINDS for k in range(c.start, c.end)]


def _denied_by_ellipsis(lowered: list[str], at: int, polar: list) -> str | None:
    """'We back the port towns, but not the cartel', 'The tolls may work with the towns, but not with the port': the
    words "but not" (or a comma and "not") right before the issue's name, with only prepositions and determiners
    between, no verb of its own after it before the clause ends, and every judging word of the sentence before the
    "not" (the predicate the clause elides): the cue, or None. Not where the name only owns what follows ("but not
    the pact's critics"), nor "not ... alone" (not only)."""
    k = at - 1
    while k >= 0 and lowered[k] in _BEFORE_AN_ELIDED_NAME:
        k -= 1
    if k < 1 or lowered[k] != "not" or lowered[k - 1] not in ("but", ","):
        return None
    end = next((j for j in range(at + 1, len(lowered)) if lowered[j] in _ENDING_AN_ELLIPSIS), len(lowered))
    if not AUXILIARIES.isdisjoint(lowered[at + 1:end]) or not _CLAUSE_WORDS.isdisjoint(lowered[at + 1:end]):
        return None     # ("..., but not the cartel has won": a clause of its own)
    if any(t.endswith(POSSESSIVE_ENDINGS) or t in _NOT_ONLY_WORDS for t in lowered[at:end]) or any(
            m[0] > k for m in polar):
        return None     # ("but not the pact's critics", "not to the pact alone", "but not the cartel's reckless tolls")
    return f"{lowered[k - 1]} not".lstrip(", ")


_NOT_ONLY_WORDS = frozenset("alone only just too".split())


def _set_aside_for_another(lowered: list[str], at: int) -> bool:
    """'The biggest danger is not North Korea but China', 'the threat comes not from Russia, a declining power, but
    from China': the issue's name at `at` heads what stands between a "not" and the "but" of another thing put in
    its place (only prepositions and determiners before it), with no verb of its own after it (a phrase, not a
    clause: "did not hurt Japan but helped China" has two predicates), and what follows "but" is no new clause
    ("but it...", "but if...") nor "but also"."""
    start = max(0, at - SET_ASIDE_REACH)
    not_at = next((k for k in range(at - 1, start - 1, -1) if lowered[k] == "not"), None)
    before = lowered[not_at + 1:at] if not_at is not None else []
    described = [j for j, w in enumerate(before) if w not in _BEFORE_AN_ELIDED_NAME]
    if not_at is None or not all(_a_describing_word(before[j]) for j in described) or len(described) > 2 or (
            described and (described[0] == 0 or before[described[0] - 1] not in _DETERMINERS)):
        return False        # (the name heads what is set aside, after at most two describing words, "not a
        #                     resurgent Russia but": not "is not a constraint on our Russia policy but its
        #                     foundation", "not alarmed by missile defence, but...", "not only ... but")
    but = next((k for k in range(at + 1, min(len(lowered) - 1, at + SET_ASIDE_REACH)) if lowered[k] in ("but", ";")),
               None)
    if but is None or lowered[but] != "but" or lowered[but + 1] in _NEW_SUBJECTS or lowered[but + 1] == "also" \
            or lowered[but + 1] in _CLAUSE_WORDS:
        return False        # ("but it...", "but also", "but if Japan acquires...": a clause, or the name kept too)
    return all(w[:1].isalnum() or w == "," for w in lowered[at:but]) and AUXILIARIES.isdisjoint(
        lowered[at:but]) and _CLAUSE_WORDS.isdisjoint(lowered[at:but]) and _NOT_ONLY_WORDS.isdisjoint(lowered[at:but])


def _a_describing_word(word: str) -> bool:
    """An adjective by its shape ("resurgent", "assertive", "nuclear-armed", "dangerous"), as a name's modifier after
    a determiner (not a noun in -ment, nor a short verb: "give", "live")."""
    return "-" in word or (word.endswith(_ADJECTIVE_ENDINGS) and not word.endswith("ment") and len(word) > 6)


_ADJECTIVE_ENDINGS = ("ent", "ant", "ive", "ous", "ful", "ic", "ed")     # ("an isolated North Korea", after "an")


SET_ASIDE_REACH = 8     # "not from Russia, a declining power, but"
_NEW_SUBJECTS = frozenset("it they he she we i there this that these those you".split())
_BEFORE_AN_ELIDED_NAME = frozenset("the a an its their his her our this that these those with in for to on against "
                                   "of from by at over".split())
_ENDING_AN_ELLIPSIS = frozenset(", ; : . ! ? \u2014 (".split())


def _only_what_someone_will_do(scan: SentenceScan, main_polar: list) -> bool:
    """Whether a forecast's only direction is the verb of what someone else will do ("China will maintain its
    policy of...", "the two governments will engage in a dialogue", "the new law will increase..."): that tells what
    they will do, not whether the writer finds it good. Readers of real commentaries found none of 9 such directions
    fair. The writer's own acts ("we will keep...") and a judging word beside the verb still give one."""
    return bool(main_polar) and all(abs(m[2]) >= ACTION and not _acted_by_the_writer(scan, m[0])
                                    and not _hoped_by_the_writer(scan, m[0]) for m in main_polar) \
        and not _writer_is_subject(scan)


def _writer_is_subject(scan: SentenceScan) -> bool:
    """Whether the writer ("I", "we", "our"...) stands in the sentence's subject, before its first verb."""
    return not FIRST_PERSON.isdisjoint(scan.lowered[:scan.first_verb]) and any(
        is_first_person(t) for t in scan.raw[:scan.first_verb])     # the cheap test first: most subjects are not "we"


def _hoped_by_the_writer(scan: SentenceScan, at: int) -> bool:
    """'...and I hope Tokyo and Washington will keep it strong': an act the writer hopes or trusts someone will do
    is the writer's wish."""
    return any(scan.raw[k] in ("I", "we", "We") and scan.lowered[k + 1] in _HOPING
               for k in range(max(0, at - HOPE_REACH), at - 1))


HOPE_REACH = 8          # "I hope Tokyo and Washington will keep"
_HOPING = frozenset("hope trust wish want expect".split())


def _acted_by_the_writer(scan: SentenceScan, at: int) -> bool:
    """'..., and I would keep every channel open': the writer just before the verb, with only modals and adverbs
    between."""
    for k in range(at - 1, max(-1, at - 1 - WRITER_REACH - 1), -1):
        if scan.raw[k] in ("I", "we", "We"):
            return True
        if scan.lowered[k] not in MODALS and scan.lowered[k] not in _ADVERBS_BEFORE_A_VERB \
                and not scan.lowered[k].endswith("ly"):
            return False
    return False


def _alone_not_enough(scan: SentenceScan, top, negated_at: set[int]) -> str | None:
    """'Fines alone will not end the poaching', 'Sanctions alone will never solve it': a subject said to be not
    enough on its own, in the main clause (the verb negated within ALONE_REACH words of "alone"), or None. Not "let
    alone" ("much less") or "leave it alone", nor "not alone" ("the port is not alone"); nor when the sentence's
    decisive cue is elsewhere ("Fines alone will not end it, and what is needed is a patrol boat" calls for one)."""
    lowered = scan.lowered
    if "alone" not in lowered:
        return None
    at = lowered.index("alone")
    if at == 0 or at > scan.first_verb or lowered[at - 1] in _NOT_A_MEANS_ALONE or scan.kinds[at] not in MAIN_KINDS:
        return None
    negation = next((k for k in range(at + 1, min(len(lowered), at + 1 + ALONE_REACH)) if k in negated_at), None)
    if negation is None or (top is not None and not at < top[0] <= negation):
        return None
    return f"{scan.raw[at - 1]} alone ... {scan.raw[negation]}"


ALONE_REACH = 4         # "alone will likely not", "alone can no longer"
_NOT_A_MEANS_ALONE = frozenset("let leave left not".split())


_CONDITIONS = frozenset("if when where unless once whenever wherever".split())
_GRANTED_OR_ASKED = frozenset("although though while whereas whatever whether even despite".split())
_NO_VERDICT_OPENERS = _CONDITIONS | _GRANTED_OR_ASKED     # what a side clause opened so supposes, grants or asks


def _opener(lowered: list[str], start: int) -> str:
    """The word that opens the clause at `start`, after a linking word ("But although...", "However, whether...")."""
    at = start
    while at + 1 < len(lowered) and (lowered[at] in LINKING_OPENERS or lowered[at] in ("however", ",")):
        at += 1
    return lowered[at]


def _judged_as_predicate(lowered: list[str], main_polar: list) -> bool:
    """Whether a judging word stands as what a linking verb says of its subject ("was a mistake", "was certainly
    proper", "proved a welcome surprise"), or opens the sentence ("Worse, the port..."): a verdict, not a word of
    the telling."""
    for index, _, _, _ in main_polar:
        if index == 0:
            return True
        k = index - 1
        while k >= 0 and lowered[k] in _BEFORE_A_PREDICATE:
            k -= 1
        if k >= 0 and (lowered[k] in COPULAS or lowered[k] in _PAST_COPULAS or lowered[k] in _PRESENT_COPULAS):
            return True
    return False


def _perfect_in_main(scan: SentenceScan) -> bool:
    """Whether a main clause has a perfect, past ones too ("has brought", "have declined", "had cast"): a development
    the writer weighs, whatever date it started from (_perfect_main_verb, stricter, tells a development's mood)."""
    return any(word in _HAVE and scan.raw[k] != "'s" and scan.kinds[k] in MAIN_KINDS
               for k, word in enumerate(scan.lowered))


_BEFORE_A_PREDICATE = frozenset("a an the very most more so too quite rather also certainly clearly truly really "
                                "both not never hardly".split())


def _gives_reason(scan: SentenceScan, at: int) -> bool:
    """Whether the token stands in a clause that tells the events after which a view changed ("after North Korea
    sent a missile over Tohoku, I no longer believe Japan can rely on interception"), or a proviso on it ("...,
    provided they remain embedded in the alliance"): the view that changed is about something else. A "because"
    clause often names what the view is about ("the opening I saw looks narrower, because Russia has conceded
    nothing")."""
    clause = clause_at(scan.clauses, at)
    opening = clause.start + (scan.lowered[clause.start] in ("but", "and") and clause.start + 1 < clause.end)
    return clause.kind == "subordinate" and scan.lowered[opening] in _REASONS


_REASONS = frozenset("after following given provided".split())


def _in_a_reason_clause(scan: SentenceScan, at: int) -> bool:
    """Whether the token stands in a "because" clause after the main clause (", because a unified front
    is the only language the Kremlin takes seriously")."""
    clause = clause_at(scan.clauses, at)
    return clause.kind == "subordinate" and clause.start > 0 and scan.lowered[clause.start] in _BECAUSE_OPENERS


_BECAUSE_OPENERS = frozenset(("because",))     # ("since" tells a time as often: "precarious since August")


def _in_a_content_clause(scan: SentenceScan, at: int) -> bool:
    """Whether the token stands in what the subject's noun holds ("The hope that the ferry company would repay the
    fishermen should be given up"): the main claim judges the hope, and so speaks of what it names. What a noun
    after the verb holds is another's ("...will suffer from the court's ruling that the ferry firm should pay")."""
    clause = clause_at(scan.clauses, at)
    if clause.kind != "content" or not 1 < clause.start <= SUBJECT_NOUN_REACH or clause.start > scan.first_verb:
        return False
    opening = scan.lowered[0]
    # the sentence opens on the noun ("The hope", "Tokyo's insistence"), not on a teller ("I doubted that...")
    return (opening in _DETERMINERS or opening.endswith(POSSESSIVE_ENDINGS)) and _TELLERS.isdisjoint(
        scan.lowered[:clause.start])


SUBJECT_NOUN_REACH = 5      # tokens before "that": "The old belief that", "Tokyo's long insistence that"
_TELLERS = frozenset("i we you he she they".split())


def _defines_object(scan: SentenceScan, at: int) -> bool:
    """Whether the token stands in a restrictive relative clause ("that...", no comma before it) on a noun after
    the main clause's modal or cue, or on an indefinite subject: the clause says which thing the main claim is
    about."""
    clause = clause_at(scan.clauses, at)
    if clause.kind != "relative" or clause.start == 0 or scan.kinds[clause.start - 1] not in MAIN_KINDS:
        return False
    if scan.lowered[clause.start] == "which" and scan.raw[clause.start - 1] == ",":
        # "We cannot agree with the proposals, which call for a massive buildup": what the writer's verdict is on
        # is what the clause describes (a verdict in the main clause before it, on its last word)
        return scan.first_verb < clause.start and _verdict_on_the_antecedent(scan, clause.start - 1)
    return (scan.lowered[clause.start] == "that" and scan.raw[clause.start - 1] != ","
            and (scan.first_verb < clause.start
                 or not _INDEFINITES.isdisjoint(scan.lowered[max(0, clause.start - 3):clause.start])
                 or _opens_on_a_bare_plural(scan, clause.start)))


def _opens_on_a_bare_plural(scan: SentenceScan, that: int) -> bool:
    """'Countries that have kept stable ties with China will be slow to accept...': a plural noun with no article
    opening the sentence (or after an opening phrase and its comma) is a kind of thing, as "any" makes one; the
    clause says which ones the main claim is about."""
    lowered = scan.lowered
    start = lowered.index(",") + 1 if "," in lowered[:that] else 0
    subject = scan.raw[start:that]
    return 0 < len(subject) <= BARE_SUBJECT_WORDS and subject[-1].lower().endswith("s") and \
        not subject[-1].lower().endswith("ss") and all(w.isalpha() and w.lower() not in _NOT_BARE for w in subject) \
        and not any(w[:1].isupper() for w in subject[1:])


BARE_SUBJECT_WORDS = 3      # "Smaller coastal towns that..."
_NOT_BARE = frozenset("the a an this that these those its their his her our my your we they i it he she some many "
                      "most all both".split())


def _verdict_on_the_antecedent(scan: SentenceScan, comma: int) -> bool:
    """Whether the main clause ending at `comma` is the writer's verdict on a course: a verb of stance or a
    judging word before its object, governed by the writer ("We cannot agree with the proposals,")."""
    return _writer_is_subject(scan) and any(m[0] < comma and abs(m[2]) >= ACTION for m in scan.found["polar"])


# "a Japan that reaches for offensive weapons will alarm its neighbours", "any deal that trades away the
# islands would...": a relative clause on an indefinite subject says what kind of thing the claim judges
_INDEFINITES = frozenset("a an any every".split())


def _sets_condition(scan: SentenceScan, at: int) -> bool:
    """Whether the token stands in a condition opening the sentence ("If China meets the standards, ...",
    "Where Beijing proposes something..."): what the main clause then says is said of it. A concession
    ("although") or a reason ("because") is not. (A condition closing the sentence counts only for the harm it tells:
    `_harm_it_is_a_condition_of`.)"""
    clause = clause_at(scan.clauses, at)
    if clause.kind != "subordinate":
        return False
    lowered, k = scan.lowered, clause.start
    if lowered[k] == "should":
        return True     # "..., with sanctions back should the port cheat": a condition wherever it stands
    if lowered[k] == "until" and not _KEEPING_UP.isdisjoint(lowered[:k]):
        return True     # "must keep up the pressure until the cartel ends its blockade": what the pressure kept up
        #                 bears on (not "should wait until the pact is signed", whose verb keeps nothing up)
    if k == 2 and lowered[0] in LINKING_WORDS and lowered[1] == ",":
        return lowered[2] in _CONDITIONS        # "However, if China meets the standards, ..."
    if k > 1:
        return False
    if lowered[k] in LINKING_WORDS and k + 1 < clause.end:
        k += 1          # "But if China meets the standards, ..."
    return lowered[k] in _CONDITIONS


def _trailing_condition(scan: SentenceScan, clause: Clause) -> bool:
    """'The towns would suffer if the ferry pact collapsed': an "if" clause closing a sentence, after a main clause that
    foretells or calls (a modal), sets the condition that main clause is said under, as one opening the sentence does;
    read only for the harm it tells (`_harm_it_is_a_condition_of`: what a call's own verb does is about its own
    object, "should walk away if the pact fails"). Not "as if", "even if" (what follows comes whatever the
    condition), "if" as "whether", a verdict framed on "it", nor one with another clause after it."""
    lowered, k = scan.lowered, clause.start
    if lowered[k] != "if" or lowered[k - 1] in _NOT_BEFORE_A_CONDITION or clause.end < len(lowered) - 1 \
            or scan.kinds[k - 1] != "main":
        return False
    if not _ASKING_IF.isdisjoint(lowered[max(0, k - ASKING_REACH):k]):
        return False    # ("The council must decide if the tolls should stay": whether, a question)
    opening = next((j for j in range(k) if lowered[j] not in LINKING_WORDS and lowered[j] != ","), 0)
    # ("It would be a mistake if the towns abandoned the pact": a verdict on what the condition supposes, whose act
    # the verdict judges, not what it names); and the main clause foretells or calls, with a modal ("The levy is a
    # mistake if the pact is renewed" judges the levy)
    framed = lowered[opening] in _VERDICT_FRAMES and (lowered[opening + 1:opening + 2] in (["is"], ["was"], ["'s"]) or (
        lowered[opening + 1:opening + 2] and lowered[opening + 1] in MODALS and lowered[opening + 2:opening + 3] == ["be"]))
    return not framed and not MODALS.isdisjoint(lowered[:k])


_NOT_BEFORE_A_CONDITION = frozenset("as even what only".split())
_ASKING_IF = frozenset("ask asks asked asking decide decides decided deciding wonder wonders wondered wondering "
                       "know knows knew see sees saw determine determines determined check checks question "
                       "questions doubt doubts doubted unclear uncertain judge judges assess assesses consider "
                       "considers".split())
ASKING_REACH = 3        # "must ask ourselves if", "it is unclear if"
_VERDICT_FRAMES = frozenset("it this that".split())


def _harm_it_is_a_condition_of(scan: SentenceScan, at: int) -> str | None:
    """The harm a condition opening the sentence with "if", "should", "when" or "once" tells of what the name at `at`
    names (harm.harm_in_a_condition), where what follows is foretold (a modal: "When the pact collapses, the towns will
    suffer"; not narration, "When the pact collapsed, its defenders were proved wrong"), or an "if" clause closing it
    tells after a modal (`_trailing_condition`: "Trade would suffer if the pact were weakened"); or None: not
    "unless" (the harm would avert what follows). Marked with _WHATEVER after "even" ("Even if the pact collapses,
    ...": what follows comes whatever the harm)."""
    clause = clause_at(scan.clauses, at)
    closing = clause.kind == "subordinate" and clause.start > 1 and _trailing_condition(scan, clause)
    if not (closing or _sets_condition(scan, at)):
        return None
    # (past a linking word: "But if the pact collapses", "However, if ...")
    opens = next((k for k in range(clause.start, at) if scan.lowered[k] not in LINKING_WORDS and scan.lowered[k] != ","),
                 clause.start)
    if scan.lowered[opens] not in _HARMFUL_CONDITIONS or (not closing and FORETELLING.isdisjoint(
            scan.lowered[clause.end:])):
        return None     # (what follows must be foretold: "When the pact collapsed, its defenders were proved wrong"
        #                 narrates)
    harm = harm_in_a_condition(scan.lowered, clause.start, clause.end, at)
    return _WHATEVER + harm if harm and opens and scan.lowered[opens - 1] == "even" else harm


def _harm_its_ruin_brings(scan: SentenceScan, at: int) -> str | None:
    """'The collapse of the ferry pact would hurt the towns', 'A breakdown in the ferry talks could deepen the
    crisis', 'The demise of the pact has hurt the towns': a ruin of what the name at `at` names, as the subject of a
    consequence foretold (a modal after it) or told (a verb of its own, or an auxiliary); the ruin's word, or None.
    As with a condition, the harm the ruin brings warns for what it ruins."""
    end = scan.first_verb
    if not 0 < at < end < len(scan.lowered) or scan.kinds[at] not in MAIN_KINDS or not (
            scan.lowered[end] in FORETELLING or _harm_told_after(scan.lowered, end)):
        return None
    rest = scan.lowered[end:]
    rest = rest[:next((k for k, w in enumerate(rest) if w in _CONSEQUENCE_ENDS), len(rest))]
    if any((w in _HARMING_NOBODY or rest[k:k + 2] == ["no", "one"]) and not (w == "nothing" and rest[k + 1:k + 2] == [
            "but"]) for k, w in enumerate(rest)):
        return None     # ("The collapse of the pact would hurt no one": no harm brought; "nothing but harm" is harm)
    opens = next((k for k in range(at) if scan.lowered[k] not in LINKING_WORDS and scan.lowered[k] != ","), 0)
    ruin = harm_in_a_condition(scan.lowered, opens, end, at)
    return ruin if ruin in RUPTURES else None


_HARMING_NOBODY = frozenset("nobody nothing none no-one".split())
_TELLING_AUXILIARIES = frozenset("has have had".split())     # ("has hurt")
_SCARCE = DENIALS | frozenset("barely scarcely little".split())


def _harm_told_after(lowered: list[str], verb: int) -> bool:
    """Whether a verb of damage, told (at `verb`, or past an auxiliary of the perfect), does harm to something other
    than what its subject holds ("The collapse of the pact hurt the towns"; not "...exposed its deep flaws", "...has
    hurt its army badly")."""
    k = verb + 1 if lowered[verb] in _TELLING_AUXILIARIES else verb
    # (not "barely hurt", "hardly damaged": the adverb or denial stands before the verb, which is then no first verb)
    return k + 1 < len(lowered) and lowered[k] in DAMAGING and lowered[k + 1] not in _POSSESSIVES and \
        _SCARCE.isdisjoint(lowered[max(0, verb - 1):k])
_CONSEQUENCE_ENDS = frozenset(", ; and".split())     # ("..., and no one but the smugglers would gain": another clause)


_HARMFUL_CONDITIONS = frozenset("if should when once".split())
# consequences that tell no harm brought: a fall, which may be of something bad ("smuggling will decline"), and a
# verdict on people or views ("its defenders will be proved wrong")
_NO_HARM_BROUGHT = frozenset("decline fall shrink weaken diminish ease drop decrease wane recede subside fade wrong "
                             "illusion mistaken misguided naive foolish".split())
_WHATEVER = "even if: "     # (the mark of a harm told in a concession: "Even if the pact collapses, ...")


_KEEPING_UP = frozenset("keep keeps kept keeping maintain maintains maintained sustain sustains sustained continue "
                        "continues stay stays remain remains persist persists".split())


def _side_stance(scan: SentenceScan, at: int, speaker: Speaker, author_names: frozenset[str],
                 lexicon: Lexicon) -> Stance | None:
    """An issue named only in a subordinate, relative or aside clause: the main clause's stance is not about
    it. It has a position only when that clause judges it with an evaluative term of its own."""
    clause = clause_at(scan.clauses, at)
    if clause.kind == "subordinate" and _opener(scan.lowered, clause.start) in _NO_VERDICT_OPENERS:
        return None     # "...fails unless the town can dredge the harbour when a storm threatens it": what a
        #                 condition supposes, its judging words too, is no verdict on what it names; nor is what a
        #                 concession grants ("Although the ferry lines remain a welcome lifeline, ...": the claim
        #                 is the main clause's) or what a question asks ("...depends on whether the town can end
        #                 the outdated toll"). Readers of real commentaries found none of such readings fair.
    negated_at = _negated_positions(scan)
    own = [m for m in scan.found["polar"] if clause.start <= m[0] < clause.end and abs(m[2]) < ACTION]
    total = sum(_signed(m, negated_at) for m in own)
    polarity = [_cue_text(scan, m, negated_at) for m in own]
    if worried := [m for m in own if m[0] < at and _signed(m, negated_at) < 0
                   and worry_for_a_good(scan.lowered, m[0], m[0] + m[1], at)]:
        # (", which generated concern over the credibility of the pact": fear for it, a position for it)
        total, polarity = 1, [f"{HARM_TO_IT} {_cue_text(scan, worried[-1], negated_at)}"]
    if (harmed := _harms_done_to(scan, at, scan.found["polar"], negated_at)) and not names_a_quarrel(
            scan.lowered, at, frozenset(m[0] for m in scan.found["polar"])):
        # (", because a rift would unravel the ferry pact": harm done to it, a position for it, as in a main clause)
        total, polarity = 1, [f"{HARM_TO_IT} {_cue_text(scan, harmed[-1], negated_at)}"]
    if suffered := _side_subject_suffers(scan, clause, at):
        total, polarity = 1, [f"{HARM_TO_IT} {suffered}"]
    if not total:
        return None
    cues = {"kind": polarity[0], "strength": [], "hedges": [], "negations": [],
            "intensifiers": [], "polarity": polarity, "mood": None, "clause": clause.kind}
    attribution = attribution_of(scan, speaker, author_names)
    if attribution != "author":
        cues["attribution"] = attribution
    return Stance("evaluation", 1 if total > 0 else -1, 2.0, False,
                  _target(scan.raw, scan.lowered, scan.tokens, "evaluation", None, own, lexicon), cues, attribution)


def _side_subject_suffers(scan: SentenceScan, clause: Clause, at: int) -> str | None:
    """'As the ferry pact comes under strain, the towns...', '..., because the pact is at risk', 'the warning that the
    pact is at risk': the harm a clause of time or reason, or what a noun holds, tells its subject (the issue's name,
    right after the clause's opener) suffers, read from the
    subject's first auxiliary or linking verb on, as `harm.suffered_after` reads it after a main clause's subject: a
    position for what suffers. Not for a quarrel, an actor, or what harms by its nature (an annexation, a threat), nor
    harm the subject does ("as the cartel puts the towns under strain") or is denied to suffer."""
    if not (clause.kind == "subordinate" or (clause.kind == "content" and scan.lowered[clause.start] == "that")) \
            or not 0 < at - clause.start <= SIDE_SUBJECT_REACH \
            or not AUXILIARIES.isdisjoint(scan.lowered[clause.start + 1:at]):
        return None
    if not QUARRELS.isdisjoint(scan.lowered[clause.start + 1:at + SIDE_SUBJECT_REACH]) or names_an_actor(
            scan.raw, at, clause.start + 1, good_named=at + 1 in scan.spanned) or harms_by_its_nature(scan.lowered, at):
        return None
    verb = next((k for k in range(at + 1, min(clause.end, at + 1 + SIDE_SUBJECT_REACH))
                 if scan.lowered[k] in AUXILIARIES or scan.lowered[k] in _LINKING_TO_HARM), None)
    return None if verb is None else suffered_after(scan.lowered, verb)


# verbs that link a subject to a harm it suffers ("comes under strain", "grows weaker", "seems at risk")
_LINKING_TO_HARM = frozenset("come comes came coming become becomes became becoming get gets got getting grow grows grew "
                             "growing seem seems seemed remain remains remained".split())
SIDE_SUBJECT_REACH = 3      # "as the long ferry pact comes under strain"


def _without_harmed_objects(scan: SentenceScan, polar, negated_at):
    """'has damaged ten years of work', 'a chance to settle the border threat': what a harm verb or a
    resolving verb acts on does not add its own value."""
    harms = [m for m in polar if m[2] < 0 and _signed(m, negated_at) < 0 and scan.raw[m[0]][:1].islower()]
    fixes = [] if _RESOLVING.isdisjoint(scan.tokens) else [
        k for k, t in enumerate(scan.tokens) if t in _RESOLVING
        and not (k and scan.lowered[k - 1] in _DETERMINERS)       # "reached its end": a noun
        and scan.lowered[k + 1:k + 2] != ["to"]]      # ("reduced to little more than a slogan": made into it)
    if not harms and not fixes:
        return polar
    return [m for m in polar if not any(m[2] > 0 and _harmed(scan, h, m) for h in harms)
            and not any(m[2] < 0 and _resolves(scan.lowered, k, m[0]) for k in fixes)]


def _resolves(lowered: list[str], verb: int, at: int) -> bool:
    """Whether the term at `at` is in the object of the resolving verb at `verb`: within OBJECT_WINDOW words, or up to
    RESOLVED_OBJECT_WINDOW past one noun's modifiers ("settle the North Korea nuclear threat"; not past a preposition:
    "settle a quarrel over history hurts...")."""
    return verb < at <= verb + OBJECT_WINDOW or (verb < at <= verb + RESOLVED_OBJECT_WINDOW and all(
        w[:1].isalpha() and w not in _NOT_IN_ONE_NOUN for w in lowered[verb + 1:at]))


RESOLVED_OBJECT_WINDOW = 6      # "settle the North Korea nuclear threat"


def _harmed(scan: SentenceScan, harm, match) -> bool:
    """Whether a term is what a harm acts on: right after it in its clause ("damaged ten years of work"),
    or anywhere in the list of what a harm is "to" ("a serious threat to South Korea, ..., and to the overall
    stability of Northeast Asia"), up to a semicolon or colon."""
    end = harm[0] + harm[1]
    clause = clause_at(scan.clauses, harm[0])
    if end <= match[0] <= end + OBJECT_WINDOW and clause.start <= match[0] < clause.end:
        return True
    # a judging word further on in the object a harm verb takes ("hurts the harbours of three of the island's
    # busiest and most valued ports": a determiner opens it) describes what is harmed, up to a comma or an
    # auxiliary; a verb of stance is no part of it
    if end < match[0] <= end + LONG_OBJECT_WINDOW and match[0] < clause.end and abs(match[2]) < ACTION \
            and scan.lowered[end] in _DETERMINERS and _OBJECT_BREAKS.isdisjoint(scan.lowered[end:match[0]]):
        return True
    return (end < len(scan.lowered) and scan.lowered[end] == "to" and match[0] > end
            and "to" in scan.lowered[max(end, match[0] - 3):match[0]]
            and not any(t in (";", ":") for t in scan.raw[end:match[0]]))


LONG_OBJECT_WINDOW = 12
_OBJECT_BREAKS = AUXILIARIES | frozenset(", ; : but which that while whereas who to".split())
# (what stands between a resolving verb and a noun it acts on past OBJECT_WINDOW: none of these)
_NOT_IN_ONE_NOUN = _OBJECT_BREAKS | PREPOSITIONS | frozenset("and or in on at for by through too so very".split())
_MODIFIERS = frozenset("no little great fundamental real any some much serious major grave the a an regional global "
                       "international economic political strategic military national maritime nuclear".split())


def _circumstances(lowered: list[str], first_verb: int) -> list[tuple[int, int]]:
    """Token spans of phrases that tell the circumstances of the main claim, up to their comma: an opening one
    ("With rising threats from the North, both ports now...", "In response to the decline of the ferry trade,
    the town has..."), a concession or a cause anywhere ("..., despite damaging toll disputes", "... in response to
    the tolls") and a participle set off after the subject ("The board, understanding that the toll was a
    non-starter, launched..."). What they name sets the scene; the main clause judges."""
    # ("Yet, short of a breakthrough, ...": a linking word may come first)
    lead = (2 if lowered[1:2] == [","] else 1) if lowered[0] in LINKING_OPENERS and len(lowered) > 2 else 0
    starts = [lead] if (lowered[lead] in _CIRCUMSTANCE_OPENERS or lowered[lead] in _OPENING_PARTICIPLES
                        or _driven_opening(lowered[lead:])) and \
        _opens_a_circumstance(lowered[lead:]) else []
    starts += [k for k, word in enumerate(lowered) if word in CONCEDING and k]
    # "...withheld the tolls because of deepening concerns about...": the reason given for a deed
    starts += [k for k, word in enumerate(lowered[:-1]) if k and _GIVING_REASONS.get(word) == lowered[k + 1]]
    # "...are stepping up drills in response to the North's threats": the cause of a deed, told; "...has held firm
    # in the face of the port's threats", "in view of growing threats": what it is set against
    starts += answering_at(lowered)
    if lowered[0] not in IMPERATIVE_OPENERS:     # ("First, leaving the TPP was...": a gerund subject)
        starts += [k + 1 for k in range(1, min(first_verb, len(lowered) - 1, ASIDE_REACH))
                   if lowered[k] == "," and lowered[k + 1].endswith("ing") and lowered[k + 1] not in _LISTING
                   and "," in lowered[k + 2:]]
    spans = []
    for start in starts:
        end = next((k for k in range(start + 1, len(lowered)) if lowered[k] in (",", ";", ":")), len(lowered))
        if start == 0 and lowered[0].endswith("ing") and not (AUXILIARIES.isdisjoint(lowered[:end])
                                                               and COPULAS.isdisjoint(lowered[:end])):
            continue    # "Using export controls in a quarrel was a mistake, and...": a gerund subject and its verb
        if end < len(lowered) or start:     # (an opening phrase with no comma is the sentence itself)
            spans.append((start, end))
    return spans


def _driven_opening(lowered: list[str]) -> bool:
    """'Spurred on by changing threats, ...', 'Prompted by the tests, ...', 'Faced with rising tolls, ...': a past
    participle opening the sentence on what drove the deed the main clause tells."""
    return len(lowered) > 2 and lowered[0].endswith("ed") and (
        lowered[1] in _DRIVEN_BY or (lowered[1] in _PARTICLES and lowered[2] in _DRIVEN_BY))


_DRIVEN_BY = frozenset("by with".split())
_PARTICLES = frozenset("on up".split())


def _opens_a_circumstance(lowered: list[str]) -> bool:
    first = lowered[0]
    if first.endswith("ed"):
        return _driven_opening(lowered)
    if first.endswith("ing"):
        return first in _OPENING_PARTICIPLES   # "Reflecting concerns about X, the bill outlines..."
    if first in ("in", "because", "due", "short"):
        return tuple(lowered[1:3]) in (("response", "to"), ("light", "of"), ("the", "face")) or (
            first in ("because", "due", "short") and lowered[1:2] in (["of"], ["to"]))
    if first == "for":
        # ("For all its flaws, ...", "For progress with the port, ...": a concession, or the end the claim serves;
        # not "For Japan, the pact is vital", whose standpoint the claim is made from)
        return lowered[1:2] == ["all"] or lowered[1:2] in ([aim] for aim in _ENDS_SERVED)
    return True


_ENDS_SERVED = frozenset("progress success peace stability breakthrough results".split())


_LISTING = frozenset("including excluding notably".split())
_GIVING_REASONS = {"because": "of", "due": "to", "owing": "to"}
ASIDE_REACH = 6         # the comma after a subject ("The Biden administration, understanding that...")
# participles that open a sentence on its circumstances (a gerund subject, "Using export controls in a quarrel
# damages...", is the claim itself)
_OPENING_PARTICIPLES = frozenset("reflecting citing facing recognizing recognising acknowledging responding seeking "
                                 "hoping fearing noting sensing mindful bearing".split())
_CIRCUMSTANCE_OPENERS = frozenset("with given amid despite following facing in because due short for".split())


def _in_phrase(scan: SentenceScan, match) -> bool:
    """'oscillated between threats of...': an evaluative word governed by a preposition names, it does not judge;
    after a copula ('is of no benefit', 'remains of fundamental benefit') it does."""
    k = match[0] - 1
    # (and degree words and participles: "at the head of the most important groups", "the response to the heightened
    # threat" name what the phrase is about)
    while k >= 0 and (scan.lowered[k] in _MODIFIERS or scan.lowered[k] in _PHRASE_DEGREES
                      or _a_participle(scan.lowered[k])):
        k -= 1
    if k < 0 or scan.lowered[k] not in PREPOSITIONS:
        return False
    if scan.lowered[k] == "of" and k > 0 and (scan.lowered[k - 1] in _MEASURE_NOUNS or scan.lowered[k - 1] in _KINDS_OF):
        return False        # "an air of uncertainty", "a source of instability": the word is what there is; "is exactly
        #                     the kind of self-inflicted damage I feared": what a kind is of heads the phrase
    if scan.lowered[k] == "of" and k > 0 and scan.lowered[k - 1] in _PARTITIVES and (
            k == 1 or scan.lowered[k - 2] in COPULAS or scan.lowered[k - 2] in BECOMING):
        # "One of the problems with the tolls is...", "The pact is one of our best assets": the word heads the
        # subject or the predicate, a verdict ("repaired some of the damage": the object's part, named)
        return False
    k -= 1      # "was also of great significance", "remains clearly of benefit": adverbs stand between
    while k >= 0 and (scan.lowered[k] in _ADVERBS_BEFORE_A_VERB or scan.lowered[k].endswith("ly")):
        k -= 1
    return not (k >= 0 and scan.lowered[k] in COPULAS)


_PHRASE_DEGREES = frozenset("most more least less very highly increasingly".split())


def _a_participle(word: str) -> bool:
    return len(word) > 4 and word.endswith("ed") and not _quality_adjective(word)


_PARTITIVES = frozenset("one some many several".split())
_KINDS_OF = frozenset("kind sort type".split())
# nouns that measure or hold what follows "of" rather than name a topic
_MEASURE_NOUNS = frozenset("sense air atmosphere climate mood feeling degree level amount deal lot measure period "
                           "era source cause state".split())


def _writer_does_it(scan: SentenceScan, at: int) -> bool:
    """'..., and I oppose it as firmly as ever', 'and we still support it': the writer as the subject of a later
    clause, just before the verb (only adverbs between)."""
    for k in range(at - 1, max(-1, at - 1 - WRITER_REACH), -1):
        word = scan.raw[k]
        if word in ("I", "we", "We"):
            # a clause of the writer's own ("..., and I welcome it"), not a relative one on a noun ("the leap I once
            # warned against", "the pact we walked away from")
            return k == 0 or scan.lowered[k - 1] in _OPENING_A_CLAUSE
        if not word.isalpha() or not scan.lowered[k].endswith("ly") and scan.lowered[k] not in _ADVERBS_BEFORE_A_VERB:
            return False
    return False


WRITER_REACH = 3        # "I still firmly oppose", "I do not support"
_OPENING_A_CLAUSE = frozenset(", ; : and but so yet because — – -".split())
_ADVERBS_BEFORE_A_VERB = frozenset("still also now once always never not just even therefore do did".split())


def _governed_action(scan: SentenceScan, match, first_person: bool) -> bool:
    """A verb of action states a position only when a modal or commitment before it governs it (in its clause,
    or from the main clause into the that-clause completing it), or when the writer is the one acting."""
    clause = clause_at(scan.clauses, match[0])
    # (the writer as the main clause's subject acts in it, not in a that-clause with a subject of its own: in "We must
    # not forget that the port has been reinforcing its fleet" the port reinforces)
    if (first_person and not _anothers_that_clause(scan, clause, match[0])) or _writer_does_it(scan, match[0]):
        return True
    for name in ("prescription", "commitment", "prediction"):
        for cue in scan.found[name]:
            if cue[0] > match[0] or (cue[0] == match[0] and cue[3] != IMPERATIVE):
                continue        # (an imperative verb of stance governs itself: "Keep the sanctions in place")
            cue_clause = clause_at(scan.clauses, cue[0])
            if cue_clause == clause or (cue_clause.kind == "main" and clause.kind == "complement"
                                        and cue_clause.end == clause.start) or clause.start < cue[0] + cue[1]:
                return True     # (a cue may reach into the clause it governs: "no choice but to abandon...")
    return False


def _anothers_that_clause(scan: SentenceScan, clause, at: int) -> bool:
    """Whether the act at `at` is told in a that-clause whose subject is not the writer, with no modal before it ("We
    must not forget that the port has been reinforcing...": the port acts, told; "Let me be clear that I support the
    pact": the writer acts; "I doubt that the pact can keep the towns committed": what it can do is the writer's
    view)."""
    if clause.kind != "complement" or scan.lowered[clause.start] != "that" or \
            _KNOWING.isdisjoint(scan.lowered[:clause.start]):
        return False        # (what the writer suggests, insists or asks "that the council reopen..." still calls)
    return clause.start + 1 < len(scan.lowered) and scan.lowered[clause.start + 1] not in _WRITER_PRONOUNS \
        and MODALS.isdisjoint(scan.lowered[clause.start:at])


_WRITER_PRONOUNS = frozenset("i we".split())
# verbs of knowing, minding and telling a fact, whose that-clause tells what is so ("We must not forget that...")
_KNOWING = frozenset("know knows knew forget forgets forgot remember remembers recall recalls note notes noted "
                     "notice noticed realize realizes realized realise realises realised understand understands "
                     "understood see sees saw aware mind".split())


def _negated_positions(scan: SentenceScan) -> set[int]:
    """The token indexes that negate what follows them (within NEGATION_WINDOW). A negated verb of holding a view
    negates its whole complement: in "I no longer regard that level as destabilizing" the judging word stands
    far from the negation."""
    negations = [m for m in scan.found["negations"] if not perceived_all_the_same(scan.lowered, m[0] + m[1])]
    negated_at = {i + j for i, n, _, _ in negations for j in range(n)}
    denied_views: list[tuple[int, int]] = []    # the complements of denied verbs of holding a view
    for i, n, _, _ in negations:
        # "any", "much" and "many" carry the negation to the noun phrase they open: "did not make any meaningful
        # progress", "have not made much substantive progress"; and a purpose said not to be met is denied: "will not
        # be enough for the board to succeed" (senses.not_enough_for)
        negated_at.update(k for k in range(i + n, min(len(scan.lowered), i + n + NEGATION_WINDOW))
                          if scan.lowered[k] in _CARRYING_THE_NEGATION)
        negated_at.update(not_enough_for(scan.lowered, i + n))
        # the verb may come after an auxiliary and its subject: "nor do I believe that Japan should..."
        verb = next((k for k in range(i + n, min(len(scan.lowered), i + n + VIEW_VERB_REACH))
                     if scan.lowered[k] not in _BEFORE_VIEW_VERB), len(scan.lowered))
        if verb < len(scan.lowered) and (scan.lowered[verb] in VIEW_VERBS or _looked_for_denied(scan.lowered, i, verb)):
            denied_views.append((verb, complement_end(scan, verb)))
            negated_at.update(range(*denied_views[-1]))
        # "cannot help maintain peace and stability", "will not bring peace and prosperity": a denied verb of
        # securing a thing denies all it would secure, up to a comma or a clause of its own
        securing = next((k for k in range(i + n, min(len(scan.lowered), i + n + VIEW_VERB_REACH))
                         if scan.lowered[k] not in _BEFORE_SECURING), len(scan.lowered))
        if securing < len(scan.lowered) and scan.lowered[securing] in _SECURING:
            end = complement_end(scan, securing)
            negated_at.update(range(securing, next((k for k in range(securing + 1, end) if scan.raw[k] in BREAK_TOKENS
                                                    or scan.lowered[k] in _OWN_CLAUSE), end)))
        # "does not, however, guarantee progress": a parenthetical word between commas leaves the negation standing
        if (after := past_a_parenthetical(scan, i + n)) is not None:
            negated_at.add(after)
        # "must not let any difference get in the way": a denied letting denies what it would let happen, up to a
        # break
        if scan.lowered[i + n:i + n + 1] and scan.lowered[i + n] in _LETTING:
            negated_at.update(range(i + n, next((k for k in range(i + n + 1, min(len(scan.lowered), i + n + LET_REACH))
                                                 if scan.raw[k] in BREAK_TOKENS), min(len(scan.lowered), i + n + LET_REACH))))
    if not DENYING_WHAT_FOLLOWS.isdisjoint(scan.lowered):
        negated_at.update(doubted(scan, negated_at))
    subject = negative_subject_at(scan)
    if subject is not None:
        denied = after_a_negative_subject(scan, subject)
        if denied is not None:
            # as the "not" the sentence would have without its negative subject: after an auxiliary ("should not
            # object", "is not good"), before another verb ("does not require", "does not mean")
            negated_at.update((denied, denied + 1) if scan.lowered[denied] in AUXILIARIES else (denied - 1,))
            if scan.lowered[denied] in VIEW_VERBS:
                denied_views.append((denied, complement_end(scan, denied)))
                negated_at.update(range(*denied_views[-1]))
    # a negation inside a denied view cancels the denial: "That does not mean Japan should not be able to defend
    # itself" says that it should be able to
    for start, end in denied_views:
        # (a "not" or "never" of a modal or an auxiliary: "should not", "cannot", "is not")
        inner = next((k for k, _, _, _ in negations if start < k < end and scan.lowered[k] in _PLAIN_NEGATIONS
                      and scan.lowered[k - 1] in AUXILIARIES), None)
        # (in the denied view's own clause: not "I never believed that the pact was good, and I am glad nobody...")
        # (nor in a relative clause inside it: "I do not think a pact that does not cut tolls should be renewed")
        # (nor a judging phrase that holds its own negation: "I do not think the pact is not worth saving")
        # (nor in a clause of its own inside it: "...that RCEP is too weak because it does not have...")
        if inner is not None and inner not in {m[0] for m in scan.found["polar"]} and \
                BREAK_TOKENS.isdisjoint(scan.raw[start:inner]) and not any(
                w in _A_CLAUSE_INSIDE and not (w == "that" and k == start + 1)     # (the view's own "that")
                for k, w in enumerate(scan.lowered[start:inner], start=start)):
            negated_at.difference_update(range(start, end))
    return negated_at


_CARRYING_THE_NEGATION = frozenset(("any", "much", "many"))
_PLAIN_NEGATIONS = frozenset("not n't never".split())
_LETTING = frozenset("let allow permit".split())
LET_REACH = 8       # "must not let any difference get in the way"
_BEFORE_SECURING = frozenset("help to be able really".split())
_SECURING = frozenset("maintain keep bring ensure secure guarantee preserve deliver achieve restore promote produce "
                      "create".split())
_OWN_CLAUSE = frozenset("that which who because while whereas although though if unless".split())
_A_CLAUSE_INSIDE = _OWN_CLAUSE | frozenset(("whose",))
VIEW_VERB_REACH = 3
# (and "have": "Japan should never have treated Russia's isolation as an opportunity")
_BEFORE_VIEW_VERB = frozenset("do does did i we really have has had".split())


def _looked_for_denied(lowered: list[str], negation: int, verb: int) -> bool:
    """'We cannot hope for immediate progress', 'we do not expect a breakthrough soon': a present hope or expectation
    of a thing, denied, denies what it looks for. Not one told in the past, which tells a surprise ("I did not expect the pact to
    succeed so well": it did), nor one the sentence forbids or calls off ("Do not expect the pact to solve everything",
    "we should not expect..."), which the rules for calls read."""
    if lowered[verb] not in _HOPING_FOR or lowered[0] in _FORBIDDING or (negation == 0 and lowered[0] not in _NOR) or \
            not _NOT_A_PRESENT_DENIAL.isdisjoint(lowered[max(0, negation - 1):verb]):
        return False
    # only a thing looked for ("hope for a breakthrough", "expect progress soon"), not a deed expected of someone ("I
    # do not expect the port to lift its blockade", "...that the port will give up its arsenal": a deed that may end
    # a harm, which a plain turn would misread)
    following = lowered[verb + 1:verb + 1 + LOOKED_FOR_REACH]
    return _A_DEED_FOLLOWS.isdisjoint(following[:next((k for k, w in enumerate(following) if w in BREAK_TOKENS),
                                                      len(following))])


_HOPING_FOR = frozenset("hope hopes expect expects anticipate anticipates".split())
_A_DEED_FOLLOWS = frozenset("to that will would can could may might shall should".split())
_NOR = frozenset("nor neither".split())     # ("Nor do we expect a breakthrough soon")
LOOKED_FOR_REACH = 10       # tokens after the verb in which a "to" makes what is looked for a deed
# a past or conditional expectation, or one the sentence calls not to hold ("we should not expect...": a call the
# rules for calls read)
_NOT_A_PRESENT_DENIAL = frozenset("did had didn't hadn't could couldn't would wouldn't should must ought need".split())
_FORBIDDING = frozenset("do don't never".split())


def _signed(match, negated_at) -> float:
    index, _, value, _ = match
    # (one C-level test, and none where nothing negates: most sentences)
    flipped = bool(negated_at) and not negated_at.isdisjoint(range(max(0, index - NEGATION_WINDOW), index))
    return -value if flipped else value


def _cue_text(scan: SentenceScan, match, negated_at) -> str:
    index, length, _, phrase = match
    window = range(max(0, index - NEGATION_WINDOW), index)
    flipped = bool(negated_at) and not negated_at.isdisjoint(window)
    word = scan.raw[index] if length == 1 else phrase
    if not flipped:
        return word
    at = max(k for k in window if k in negated_at)
    if scan.lowered[at] == "less":
        return "less " + word       # "less hopeful" is shown so, and "before any progress"
    return ("before any " if scan.lowered[at - 1:at + 1] == ["before", "any"] else "not ") + word


_IDENTIFYING = COPULAS | frozenset("remain becomes become".split())
def _undoing_opposed(scan: SentenceScan, clause: Clause, at: int, polar, negated_at) -> str | None:
    """'We should avoid abandoning the ferry talks', 'I would warn against abandoning the ferry talks', 'stop the
    board from scrapping the pact': an act that would undo what the issue names (abandoning, scrapping it), itself
    opposed by the verb just before it, is a position for what the issue names. The cues of both, or None."""
    if scan.kinds[at] not in MAIN_KINDS | {"result"}:
        return None
    # (and a leaving named by its noun, "from" what it leaves: "should avoid the town's withdrawal from the pact";
    # not "the withdrawal of objections to the pact", which withdraws something else)
    left = [(k, 1, -ACTION, scan.lowered[k]) for k in range(clause.start, at) if scan.lowered[k] in LEAVING_NOUNS
            and scan.lowered[k + 1] == "from" and at - (k + 1) <= OBJECT_WINDOW]
    for act in (m for m in [*polar, *left] if clause.start <= m[0] < at and at - (m[0] + m[1]) <= OBJECT_WINDOW
                and abs(m[2]) >= ACTION and _signed(m, negated_at) < 0):
        if act[3] in _NOT_UNDOING:
            continue
        for against in (g for g in polar if clause.start <= g[0] < act[0] and g[2] < 0 and _signed(g, negated_at) < 0):
            gap = act[0] - (against[0] + against[1])
            if act in left and any(word.endswith("ing") or word in AUXILIARIES or word == "to"
                                   for word in scan.lowered[against[0] + against[1]:act[0]]):
                continue    # (the noun as the opposing verb's object, "oppose any hasty withdrawal from", not another
                #             verb's: "stop fearing a withdrawal from the pact")
            if gap <= UNDOING_GAP or (gap <= PHRASAL_REACH and scan.lowered[act[0] - 1] in ("against", "from")):
                return f"against undoing it: {_cue_text(scan, against, negated_at)} {_cue_text(scan, act, negated_at)}"
    return None


def _a_figure_told(scan: SentenceScan, polar) -> bool:
    """Whether a sentence only tells how a figure moved: an amount in it ("10.1 percent", "$48 billion"), every
    judging cue a single word of a figure's movement ("fell", "the fourth consecutive monthly decline"; not "falls
    short"), and no cause or verdict named ("the tariffs caused exports to fall 10 percent", "declined 20 percent
    under the tariffs")."""
    return bool(polar) and all(m[1] == 1 and scan.lowered[m[0]] in _FIGURES_MOVING for m in polar) and \
        _CAUSES_NAMED.isdisjoint(scan.lowered) and has_quantities(scan.raw)


# words of a figure's movement, which tell a statistic where an amount is named
_FIGURES_MOVING = frozenset("fell fall falls falling rose declined decline declines declining dropped drop drops "
                            "decreased decrease increased increase grew slumped slump plunged plunge surged surge jumped "
                            "shrank contracted contraction expanded climbed soared tumbled".split())
# (and what a movement is set under or after, which may be its cause: "declined 20 percent under the tariffs")
_CAUSES_NAMED = frozenset("caused cause causes because due led result drove hit thanks blamed under with amid since "
                          "after despite".split())


def _importance_denied_to_it(scan: SentenceScan, at: int, polar, negated_at) -> bool:
    """Whether the sentence's only judging words in the name's clause are a word of importance denied, "for" or "to"
    the issue's name at `at` ("is not indispensable for the pact", "is no longer essential to the pact to
    succeed"): what is denied is the weight of the thing judged, not the worth of what it would serve."""
    if "to" in scan.lowered[at + 1:at + 1 + OBJECT_WINDOW]:
        return False    # ("It is not important for the pact to be renewed": the pact opens what is judged)
    clause = clause_at(scan.clauses, at)
    judging = [m for m in polar if clause.start <= m[0] < clause.end]
    return bool(judging) and all(
        scan.lowered[m[0] + m[1] - 1] in IMPORTANCE and _signed(m, negated_at) < 0 < m[2]
        and scan.lowered[m[0] + m[1]:m[0] + m[1] + 1] in (["for"], ["to"]) and 0 < at - (m[0] + m[1]) <= OBJECT_WINDOW
        for m in judging)


def _unjudged_damage(lowered: list[str], start: int, at: int, polar) -> list:
    """Words of damage from `start` to the name at `at` that no judging word of the lexicon covers, as matches of
    their own, where they act as verbs (not participles describing the noun after them)."""
    judged = {k for m in polar for k in range(m[0], m[0] + m[1])}
    return [(k, 1, -1.0, lowered[k]) for k in range(start, at)
            if lowered[k] in DAMAGING and k not in judged and not _an_attributive_participle(lowered, k)]


def _an_attributive_participle(lowered: list[str], k: int) -> bool:
    """'the stifling pact', 'its damaging tolls': a participle of damage between a determiner or a possessive and
    the noun it describes (not a noun of damage, "the destruction of the pact", nor a verb after a relative pronoun,
    "measures that restrict trade")."""
    return k > 0 and lowered[k].endswith(("ing", "ed")) and lowered[k + 1:k + 2] != ["of"] and not (
        lowered[k - 1] in _RELATIVE_PRONOUNS and lowered[k].endswith("ed")) and (
        lowered[k - 1] in _DETERMINERS or lowered[k - 1] in _POSSESSIVES)     # ("any stifling of the pact": a noun)


_RELATIVE_PRONOUNS = frozenset("that which who".split())


def _describes_what_is_undone(scan: SentenceScan, harm, polar, negated_at, at: int) -> bool:
    """'should scrap the damaging ferry pact', 'should abandon the failing alliance': a participle of damage that
    describes the issue's name, right before it, as the object of an undoing verb just before it, is no harm the call
    takes on ("should save the failing pact" takes it on; "should scrap the damaging tolls on the pact" scraps
    something else)."""
    return _an_attributive_participle(scan.lowered, harm[0]) and harm[0] + harm[1] == at and any(
        abs(m[2]) >= ACTION and _signed(m, negated_at) < 0 and m[0] + m[1] <= harm[0] and all(
            w in _DETERMINERS or w in _POSSESSIVES or (scan.lowered[m[0] + m[1]] == "what" and w in _A_FREE_RELATIVE)
            for w in scan.lowered[m[0] + m[1]:harm[0]]) for m in polar)


# the words of a free relative that names what a call undoes ("scrap what has become an outdated pact")
_A_FREE_RELATIVE = frozenset("what has have is are was were become becomes became been now".split())


# "the problems with the tolls": what the trouble lies in, not what it harms ("interfere with" still harms)
_TROUBLES = frozenset("problem problems trouble troubles difficulty difficulties".split())
UNDOING_GAP = 2         # "avoid abandoning", "resist calls to scrap"; farther only after "against" or "from"
# inaction, which undoes nothing: "stop waiting for an American lead" gives up on what follows, it keeps nothing
_NOT_UNDOING = frozenset(["wait"])


def _harms_done_to(scan: SentenceScan, at: int, polar, negated_at, *, calls: bool = False) -> list:
    """The judging words in the clause of the issue's name at `at`, before it, that tell harm done to what it names
    ("would unravel the ferry pact", "a blow to the pact"): in a verdict or a forecast only a word of damage, in a call
    any harm that the call takes on (see `_direction`)."""
    clause = clause_at(scan.clauses, at)
    # (and words of damage the lexicon does not judge by, as verbs: "obstacles restricting reform", "should avoid
    # stymieing the pact"; not one describing the noun after it, "should scrap the stifling pact")
    damage = _unjudged_damage(scan.lowered, clause.start, at, polar) if not DAMAGING.isdisjoint(
        scan.lowered[clause.start:at]) else []
    return [m for m in [*polar, *damage] if clause.start <= m[0] < at and _harm_done_to(scan, m, at, polar,
                                                                                          negated_at, calls)]


def _harm_done_to(scan: SentenceScan, m, at: int, polar, negated_at, calls: bool) -> bool:
    """Whether the judging word `m` tells harm done to what the name at `at`, after it, names: near enough, or
    reaching it through an endeavour, a list, a good of it, a worry or a running object; not across a copula ("the
    first concern is the ferry strike" names what is feared, not its harm; "the larger damage is to the regional
    order" still tells harm to it), a placing, a fault, a quality, where harm comes from or a danger lessened."""
    lowered, end = scan.lowered, m[0] + m[1]
    # (in a verdict or a forecast, not past a second verb that takes the name as its own object: "hurts both economies
    # and pleases only the cartel"; a call's second verb is read with the call, "should impede the smugglers and
    # protect the pact")
    return ((at - end <= OBJECT_WINDOW or endeavour_on_it(lowered, end, at) or listed_after_it(lowered, end, at))
            and (calls or not a_verb_joined(lowered, end, at))
            or a_good_of_it(lowered, end, at) or worry_for_a_good(lowered, m[0], end, at)
            or object_runs_on(lowered, end, at)) \
        and _signed(m, negated_at) < 0 and abs(m[2]) < ACTION and m[0] >= scan.first_verb \
        and (_IDENTIFYING.isdisjoint(lowered[end:at]) or "to" in lowered[end:at]) \
        and PLACING.isdisjoint(lowered[end:at]) and m[3] not in FAULTS \
        and (calls or damages(lowered, m[0], m[1], at)) \
        and not a_quality_of_it(lowered, m) \
        and (end >= len(lowered) or lowered[end] not in HARMS_FROM or worry_for_a_good(lowered, m[0], end, at)) \
        and not (lowered[m[0]] in _TROUBLES and lowered[end:end + 1] == ["with"]) \
        and not comes_from(lowered, end, at) \
        and not lessens_a_danger(lowered, end, at, dangers=not calls) \
        and not (calls and _describes_what_is_undone(scan, m, polar, negated_at, at)) \
        and not against_its_case(lowered, end, at)


def _direction(scan: SentenceScan, at, top, main_polar, polar, negated_at, *, calls: bool = False
               ) -> tuple[float, list[str]]:
    """Signed direction toward the issue at token `at` (None: the sentence's main direction), with its cues. In a
    verdict or a forecast only a word of damage does harm to what follows it (`harm.damages`); in a call any harm
    before the issue's name is what the call takes on ("should lighten the burden on the ferry towns")."""
    if at is not None:
        clause = clause_at(scan.clauses, at)
        harm = _harms_done_to(scan, at, polar, negated_at, calls=calls)
        if harm and scan.kinds[at] in MAIN_KINDS | {"result"} and not names_a_quarrel(
            scan.lowered, at, frozenset(m[0] for m in scan.found["polar"])):
            return 1.0, [f"{HARM_TO_IT} {_cue_text(scan, harm[-1], negated_at)}"]
        if (undoing := _undoing_opposed(scan, clause, at, polar, negated_at)) is not None:
            return 1.0, [undoing]
        if not calls and (needed := needed_for_success(scan.lowered, at, polar, negated_at, _signed)) is not None:
            return 1.0, [needed]
    if (suffered := _subject_suffers(scan, at) or (at is not None and harm_named_after_a_colon(scan.lowered, at))):
        return 1.0, [f"{HARM_TO_IT} {suffered}"]
    if at is not None:
        clause = clause_at(scan.clauses, at)
        if clause.kind not in MAIN_KINDS:
            own = [m for m in polar if clause.start <= m[0] < clause.end]
            if own and not (calls and top is not None and not negated_at and _only_what_it_takes_on(
                    scan, own, top[0], negated_at)):
                return sum(_signed(m, negated_at) for m in own), [_cue_text(scan, m, negated_at) for m in own]
    if top is not None:
        end = top[0] + top[1]
        for m in main_polar:
            if end <= m[0] <= end + GOVERNED_WINDOW or (m[0] == top[0] and top[3] == IMPERATIVE):
                act = _act_on_it(scan, at, m)
                value, cues = _signed(act, negated_at), [_cue_text(scan, act, negated_at)]
                # ("Leaving the pact would hurt the towns", where the issue is named: `harm.leaving_judged`)
                return (at is not None and leaving_judged(scan.raw, scan.lowered, scan.kinds, _answering_polar(scan),
                                                          main_polar, at, value, cues)) or (value, cues)
    if top is not None and scan.lowered[0] in _SCENE_SETTERS:
        main_polar = _outside_the_scene(scan, top, main_polar)
    main_polar = _after_last_turn(scan, _values_in_harm(scan, _worth_of_what_is_damaged(scan, at, main_polar)))
    main_polar = _before_its_turn(scan, at, main_polar)
    if calls and top is not None:
        main_polar = _in_a_joined_that_clause(scan, top, at, main_polar)
    total = sum(_signed(m, negated_at) for m in main_polar)
    if calls and total < 0 and top is not None and not negated_at and scan.lowered[0] not in _INVERTING_NEGATIONS \
            and _only_what_it_takes_on(scan, main_polar, top[0], negated_at):
        # "For troubles like the ferry strike, the town needs the port's help": judging words the call does not
        # govern describe what it takes on; the call is for the course it names (a denied call is left as it reads)
        return 0.0, []
    cues = [_cue_text(scan, m, negated_at) for m in main_polar]
    if total <= 0 and cues and (worry := dismissed_worry(scan.lowered)) is not None:
        return 1.0, cues + [f"dismisses {worry}"]    # "the criticism of the ferry deal is misplaced": for the deal
    return leaving_judged(scan.raw, scan.lowered, scan.kinds, _answering_polar(scan), main_polar, at, total, cues) \
        or (total, cues)


def _answering_polar(scan: SentenceScan) -> list:
    """The sentence's judging words, from the writer's answer on where it answers a view set out as others'."""
    answer = scan.view.answer if isinstance(scan.view, _MainView) else None
    return scan.found["polar"] if answer is None else [m for m in scan.found["polar"] if m[0] >= answer]


_TURNS = frozenset("but yet however".split())


def _only_what_it_takes_on(scan: SentenceScan, polar: list, modal: int, negated_at) -> bool:
    """Whether a call's judging words are all negative words (no verbs of action) on what it takes on."""
    return all(abs(m[2]) < ACTION and _signed(m, negated_at) < 0 and _in_the_calls_clause(scan, m[0], modal)
               for m in polar)


def _in_the_calls_clause(scan: SentenceScan, at: int, modal: int) -> bool:
    """Whether a word stands after the call's modal in its clause ("we should brace for a new threat") or in an
    opening phrase set off before it ("For troubles like the strike, the town needs..."); not in the call's subject ("The
    threat from the port must not be underestimated" still warns of it) nor in a main clause of its own ("The
    cartel is dangerous, and the town should...": a verdict)."""
    clause = clause_at(scan.clauses, at)
    return (clause is clause_at(scan.clauses, modal) and (at > modal or "," in scan.lowered[at:modal])) or (
        clause.kind not in MAIN_KINDS and at < modal)


def _act_on_it(scan: SentenceScan, at, governed):
    """'Each candidate should discuss the clear threats and propose measures to enhance the ferry fleet': where a call
    asks for two things joined by "and", the act that takes what the issue names as its object (a verb of action
    just before its name) gives the call's direction on it, not the first judging word after the modal."""
    if at is None or scan.kinds[at] not in MAIN_KINDS:
        return governed
    clause = clause_at(scan.clauses, at)
    acts = [m for m in scan.found["polar"] if governed[0] < m[0] < at and abs(m[2]) >= ACTION
            and at - (m[0] + m[1]) <= OBJECT_WINDOW and clause_at(scan.clauses, m[0]) is clause
            and "and" in scan.lowered[governed[0] + governed[1]:m[0]]
            and _BREAKING_A_CALL.isdisjoint(scan.lowered[governed[0]:at])
            and _NOT_ITS_OBJECT.isdisjoint(scan.lowered[m[0] + m[1]:at])]
    return acts[-1] if acts else governed


_BREAKING_A_CALL = frozenset(", ; : but which that who".split())
# ("...and resist any temptation to offer Moscow relief": a preposition or an infinitive between, and the act is on
# another thing)
_NOT_ITS_OBJECT = PREPOSITIONS | frozenset("to for in on at by".split())


def _against_harm(scan: SentenceScan, top) -> tuple[int, str] | None:
    """A call's stance on harmful conduct it names in its own clause (harm.opposed_harm), or None."""
    if top is None or scan.kinds[top[0]] not in MAIN_KINDS:
        return None
    clause = clause_at(scan.clauses, top[0])
    # (with the clause that completes the call's: "should insist that the port give up its arsenal")
    end = next((c.end for c in scan.clauses if c.start == clause.end and c.kind == "complement"), clause.end)
    return opposed_harm(scan.lowered, clause.start, top[0], top[0] + top[1], end, judged_bad=_judged_bad(scan),
                        raw=scan.raw)


def _harm_ended(scan: SentenceScan, top, named: int | None) -> tuple[int, str] | None:
    """A forecast that harmful conduct or an arsenal will end or be given up, or will not ("Pyongyang will never cease
    its provocations", "the regime will not give up its nuclear weapons"): harm going on is -1, harm ended +1, whatever
    judging words describe the conduct (harm.opposed_harm, with a forecast's verbs of ending only). Only for the issue
    named at `named` as the forecast's subject or the conduct's holder ("Westport will never cease its drills", "the
    sanctions will halt Westport's tests"; not the conduct's victim, "...its provocations against the ferry pact")."""
    if top is None or named is None or scan.kinds[named] not in MAIN_KINDS or not (
            named < top[0] or any(w.endswith(POSSESSIVE_ENDINGS) for w in scan.lowered[named:named + PARTY_NAME_REACH])):
        return None
    if scan.kinds[top[0]] not in MAIN_KINDS or scan.lowered[top[0]] not in FORETELLING or \
            not _VIEWS_HELD_THEN.isdisjoint(scan.lowered[:top[0]]):
        return None     # (nor a view held then: "We spent years believing that talks could end its programme")
    clause = clause_at(scan.clauses, top[0])
    lowered, after = scan.lowered, top[0] + top[1]
    # the verb right after the modal, past denials and adverbs only ("will never cease"; not "will fail to halt",
    # "will do little to stop", "will be hard to stop"), and no denying subject ("Nothing will stop...")
    verb = next((k for k in range(after, min(clause.end, after + FORECAST_VERB_REACH)) if not (
        lowered[k] in DENIALS or lowered[k].endswith("ly") or lowered[k] in _WHEN_IT_ENDS)), None)
    if verb is None or not an_ending_verb(lowered, verb) or \
            not _SCARCELY.isdisjoint(lowered[after:verb]) or not _DENYING_SUBJECTS.isdisjoint(lowered[clause.start:top[0]]):
        return None
    ended = opposed_harm(lowered, clause.start, top[0], after, clause.end, judged_bad=_judged_bad(scan),
                         raw=scan.raw, ending_only=True)
    return None if ended is None else (ended[0], ended[1].replace("against the harm:", "harm ended:", 1))


FORECAST_VERB_REACH = 4     # "will almost certainly never cease"
_WHEN_IT_ENDS = frozenset("ever soon now finally eventually still".split())
_VIEWS_HELD_THEN = frozenset("believed believing thought hoped hoping expected assumed assuming imagined".split())
_SCARCELY = frozenset("hardly scarcely barely".split())
_DENYING_SUBJECTS = frozenset("nothing no nobody little few neither".split())


def _judged_bad(scan: SentenceScan) -> frozenset[int]:
    """Where a judging word (not a verb of stance) judges badly: conduct so judged counts as harmful (harm.opposed_harm;
    "should stop waiting for the port" is no harm ended)."""
    return frozenset(m[0] for m in scan.found["polar"] if -ACTION < m[2] < 0)


def _subject_suffers(scan: SentenceScan, at) -> str | None:
    """The harm the main clause tells its subject suffers ("the ferry pact could be lost", "the harbour order is at
    risk of collapse"), where the issue's name at `at` stands in the subject, and the subject names no quarrel
    (whose growth would be no harm). None otherwise, and for an issue not named (at None: the sentence's own
    direction, where harm told is a judgement against the situation)."""
    if at is None:
        return None
    framed = after_a_frame(scan.lowered)    # ("It is no secret that the pact has come under strain")
    kinds = MAIN_KINDS | ({"complement"} if framed else set())
    end = next((k for k in range(framed, len(scan.lowered)) if scan.lowered[k] in AUXILIARIES),
               None if framed else scan.first_verb)
    if end is None:
        return None
    # ("The alliance faces serious threats": a verb of a harm met, which no cue marks, ends the subject that names the
    # issue; not the noun, "In the face of pressure, the alliance...")
    end = next((k for k in range(at + 1, end) if scan.lowered[k] in FACING and facing_verb(scan.lowered, k)), end)
    # ("The pact risks being forgotten once the tolls are gone": the verb of risk comes first)
    end = risked_before(scan.lowered, framed, end)
    # (after an opening word or phrase: "Moreover, the pact could be lost"; not within a subject that opens the
    # sentence with its article and holds a list: "the promises of the pact, such as those to the islands, and ...,
    # have been undermined")
    start = next((k + 1 for k in range(end - 1, framed - 1, -1) if scan.lowered[k] == ","), framed)
    opens = framed + (scan.lowered[framed] in LINKING_OPENERS)
    listing = next((k for k in range(opens, end) if scan.lowered[k] == ","), end)
    if start > opens and scan.lowered[opens] in _SUBJECT_ARTICLES and scan.lowered[listing + 1:listing + 2] and \
            scan.lowered[listing + 1] in _HOLDING_A_LIST and opens <= at < listing:
        start = opens       # (the name before the list: not "The cartel, including its allies in the pact, ...")
    subject = scan.lowered[start:end]
    # (an aside between dashes may close the subject: "the alliance—the very cornerstone of our
    # security—seemed to...")
    last = end - 1
    while last > start and (scan.kinds[last] == "aside" or scan.raw[last] in _CLOSING_AN_ASIDE):
        last -= 1
    if not subject or scan.kinds[last] not in kinds or not QUARRELS.isdisjoint(subject):
        return None
    if not start <= at < end or scan.kinds[at] not in kinds or names_an_actor(
            scan.raw, at, start, good_named=at + 1 in scan.spanned):
        return None
    return suffered_after(scan.lowered, end)


_CLOSING_AN_ASIDE = frozenset(("\u2014", ")"))
_SUBJECT_ARTICLES = frozenset("the a an".split())
_HOLDING_A_LIST = frozenset(("such", "including"))    # ("such as", "including": a list the subject holds)


def _values_in_harm(scan: SentenceScan, polar: list) -> list:
    """Without the good things a state of harm later in their clause says are harmed: "the quarrel is putting the
    calm and safety of the harbour at risk" judges the rivalry, not for the stability it names."""
    states = [m for m in polar if m[1] > 1 and m[3] in HARM_STATES]
    if not states:
        return polar
    return [m for m in polar if not (0 < m[2] < ACTION and any(
        m[0] < s[0] and clause_at(scan.clauses, m[0]) is clause_at(scan.clauses, s[0]) for s in states))]


def _worth_of_what_is_damaged(scan: SentenceScan, at: int | None, polar: list) -> list:
    """Without the praise a closing apposition gives what a word of damage before it harms, for an issue named at
    `at` before that word: "the board's secrecy has eroded public trust, a vital asset" judges the board, not for it
    (the apposition says what the damage cost)."""
    if at is None or len(polar) < 2 or "," not in scan.lowered:
        return polar
    comma = len(scan.lowered) - 1 - scan.lowered[::-1].index(",")
    apposition = scan.lowered[comma + 1:]
    if apposition[:1] not in (["a"], ["an"], ["the"], ["one"]) or not AUXILIARIES.isdisjoint(apposition) or \
            not _CLAUSE_WORDS.isdisjoint(apposition):
        return polar
    head = next((w for w in reversed(apposition[:next((k for k, w in enumerate(apposition) if w in _AFTER_A_HEAD),
                                                      len(apposition))]) if w.isalpha()), "")
    if head not in _THINGS_OF_VALUE:
        return polar    # ("..., a good thing", "..., a positive step": the damage itself judged, not what it harmed)
    damage = next((m[0] for m in polar if at < m[0] < comma and m[2] < 0 and scan.lowered[m[0]] in DAMAGING), None)
    if damage is None:
        return polar
    # the one named does the damage: as the subject, or by its own conduct ("the board's secrecy", "the SDF's
    # attempts"), not as the owner of those who do it ("the pact's critics have damaged the pact")
    owner = next((k for k in range(at, damage) if scan.lowered[k].endswith(POSSESSIVE_ENDINGS)), None)
    if owner is not None and owner + 1 < damage and scan.lowered[owner + 1] not in _CONDUCT_NOUNS:
        return polar
    return [m for m in polar if not (m[0] > comma and 0 < m[2] < ACTION)]


# what a closing apposition names as a thing of value that was damaged ("..., a vital asset", "..., a critical
# constitutional tenet"), its head before any phrase after it ("a pillar of the postwar order"); not a word that may
# name the damage done as well ("an important achievement")
_THINGS_OF_VALUE = frozenset("asset assets pillar pillars cornerstone cornerstones foundation foundations tenet tenets "
                             "principle principles lifeline lifelines resource resources institution institutions norm "
                             "norms bedrock backbone safeguard safeguards treasure".split())
_AFTER_A_HEAD = frozenset("of for in on to that which who .".split())
# the conduct of the one named, by which it does damage ("the board's secrecy has eroded...")
_CONDUCT_NOUNS = frozenset("attempt attempts effort efforts move moves decision decisions action actions conduct "
                           "behaviour behavior policy policies secrecy refusal failure handling practice practices "
                           "insistence campaign tactics".split())


def _outside_the_scene(scan: SentenceScan, top, polar: list) -> list:
    """'At this precarious stage, it is crucial that the towns keep working together': a call's or a forecast's
    direction is not that of the words setting the scene before it (an opening phrase up to its comma); those words
    describe the circumstances, not the course."""
    comma = next((k for k, t in enumerate(scan.lowered[:top[0]]) if t == ","), None)
    if comma is None or not AUXILIARIES.isdisjoint(scan.lowered[:comma]):
        return polar    # ("In our assessment the shift is justified, and...": a clause, not a phrase)
    return [m for m in polar if m[0] > comma]


# prepositions opening a phrase of circumstance ("At this precarious stage,", "Amid the worsening crisis,")
_SCENE_SETTERS = frozenset("at in amid amidst during under given with against despite aside apart besides beyond after "
                            "following".split())


def _after_last_turn(scan: SentenceScan, polar: list) -> list:
    """'That argument was reasonable, but it has proved wrong': where main clauses joined by "but" judge in
    opposite directions, the clause after the turn is the writer's conclusion."""
    if len({m[2] > 0 for m in polar}) < 2:
        return polar
    turns = [c.start for c in scan.clauses if c.kind == "main" and scan.lowered[c.start] in _TURNS]
    if not turns:
        return polar
    after = [m for m in polar if m[0] >= turns[-1]]
    return after or polar


def _before_its_turn(scan: SentenceScan, at: int | None, polar: list) -> list:
    """'On security the talks have been helpful, but on the ferry tolls, the towns have diverged': an issue named
    only after a turn that opens on a topic of its own (a phrase set off by a comma: "but on the tolls,", "but when it
    comes to the tolls,"), in a main clause with no judging word of its own, is not judged by the words before the
    turn; they judge the topic before it."""
    if at is None or not polar:
        return polar
    turn = next((c.start for c in reversed(scan.clauses) if c.kind == "main" and c.start <= at
                 and scan.lowered[c.start] in _TURNS), None)
    if turn is None or any(m[0] >= turn for m in polar):
        return polar
    topic = scan.lowered[turn + 1:turn + 1 + TOPIC_REACH]
    if not topic or topic[0] not in _TOPIC_OPENERS or "," not in topic:
        return polar    # ("The resolution is welcome, but pressure alone confirms the port's belief": one topic)
    return []


TOPIC_REACH = 10        # "but on the economic and trade policy front,"
_TOPIC_OPENERS = frozenset("on in when as regarding for with where".split())


def _refused_straight(lowered: list[str], after: int, named: int) -> bool:
    """Whether a denied call's own verb is what takes the one named at `named`: no verb that turns the denial before
    it, no comma or turn between ("must not appease Westport", "must not continue to appease Westport"; not "must not
    miss the chance to make concessions to Westport", "should not hesitate to appease Westport")."""
    gap = lowered[after:named]
    while gap and gap[-1] in _DETERMINERS:
        gap = gap[:-1]
    gap = gap[:-2] if gap[-1:] == ["to"] else gap[:-1]     # (the word that gives way: "concessions to", "appease")
    return _BETWEEN_A_REFUSAL_AND_ITS_OBJECT.isdisjoint(gap) and _TURNING_A_DENIAL.isdisjoint(gap)


_BETWEEN_A_REFUSAL_AND_ITS_OBJECT = frozenset(", ; : but".split())
# verbs whose denial asks for what follows ("must not hesitate to", "should not miss the chance to", "must not fail
# to")
_TURNING_A_DENIAL = frozenset("hesitate hesitating hesitant fail neglect forget refuse miss chance opportunity shy "
                              "reluctant unwilling loath afraid slow proud cease block efforts effort need".split())


def _in_a_joined_that_clause(scan: SentenceScan, top, at: int | None, polar: list) -> list:
    """'It is telling that the mayors agreed that talks are pointless and that now is the time to press the port': a
    call in the second of two joined that-clauses takes its direction from its own clause, for an issue named there
    or not named at all; the words of the first clause and of the frame before them judge other things ("The truth
    is that the pact has failed and that the town must look elsewhere" still judges the pact named in the first)."""
    clause = clause_at(scan.clauses, top[0])
    if clause.kind != "complement" or scan.lowered[clause.start] != "that" or clause.start < 1 or \
            scan.lowered[clause.start - 1] != "and" or (at is not None and at < clause.start):
        return polar
    return [m for m in polar if m[0] >= clause.start]


def _mood(scan: SentenceScan, top, main_polar, since: int = 0) -> str | None:
    """'hypothetical' (will, would, could, may, might: a warning or a possibility), 'realised' (has damaged,
    undermined: something told as having happened), 'past' (it was successful: a judgement of what happened);
    None otherwise. Read from `since` on: the writer's answer, not the view it answers ("Critics say the pact has
    failed, but the pact is a success": no development told)."""
    if top is not None and any(top[0] == m[0] for m in scan.found["prediction"]):
        return "hypothetical"       # a prediction: a warning or a hope about what may come
    raw = scan.raw
    if any(m[3] in RETROSPECTIVE_MODALS for m in main_polar):
        return "past"               # "should have reopened the pier": a verdict on what was not done, nothing told done
    for index, _, _, _ in main_polar:
        word = raw[index].lower()
        past = (word.endswith("ed") and not _quality_adjective(word)) or word in _IRREGULAR_PARTICIPLES
        perfect = not _HAVE.isdisjoint(scan.lowered[max(0, index - 3):index])
        described = _described_now(scan.lowered, index)     # "is justified", "am not persuaded"
        if past and (perfect or top is None) and not described:
            # "relations had deteriorated over the islands": a past perfect tells the story's background, what had
            # happened by then, and no development up to now
            return "past" if "had" in scan.lowered[max(0, index - 3):index] and top is None else "realised"
    if top is None and _perfect_main_verb(raw, scan.lowered, scan.kinds, since) and not _judged_now_apart(scan, main_polar):
        return "realised"           # "Pyongyang has tested missiles at an unprecedented pace": a development
    verdicts = {m[0] for m in main_polar if m[1] > 1}     # "Japan was right to sign": a verdict held now
    if top is None and not _PAST_COPULAS.isdisjoint(scan.lowered) and any(
            t in _PAST_COPULAS and k not in verdicts for k, (t, kind) in enumerate(zip(scan.lowered, scan.kinds))
            if kind == "main" and k >= since) and not any(
            t in _PRESENT_COPULAS for t, kind in zip(scan.lowered[since:], scan.kinds[since:]) if kind == "main"):
        # ("it was mistaken in 2016 and it is mistaken now": held now as well)
        return "past"               # "it was successful": a judgement of what happened
    return None


def _quality_adjective(word: str) -> bool:
    """Whether a word ending in -ed names a quality, not something done: "a shortsighted focus", "one-sided",
    "misguided", "unwarranted" judge what they describe; no event has happened (a participle, "damaged",
    "undermined", tells one)."""
    return word.endswith(_QUALITY_ENDINGS) or word in _QUALITY_WORDS


# adjectives made of a noun and -ed ("short-sighted", "heavy-handed", "like-minded"), and ones with no verb behind
_QUALITY_ENDINGS = ("sighted", "minded", "handed", "headed", "sided", "hearted", "fashioned")
_QUALITY_WORDS = frozenset("misguided ill-advised ill-conceived ill-judged ill-timed unwarranted unfounded "
                           "unprecedented unbalanced unjustified unrestrained unqualified uncoordinated".split())


def _judged_now_apart(scan: SentenceScan, main_polar) -> bool:
    """Whether every judging word of the main clauses is said of its subject now, by a present linking verb, in a
    main clause with no perfect of its own: "The ferry company has published a timetable, but it is regrettable that
    no safety plan is included" judges the plan's absence now; what has happened in the other clause is not what
    it judges."""
    raw, lowered = scan.raw, scan.lowered
    for index, _, _, _ in main_polar:
        clause = clause_at(scan.clauses, index)
        if not _described_now(lowered, index) or clause.kind != "main" or any(
                lowered[k] in _HAVE and raw[k] != "'s" for k in range(clause.start, clause.end)):
            return False
    return bool(main_polar)


def _described_now(lowered: list[str], index: int) -> bool:
    """Whether a present linking verb says the judging word at index of its subject, negations between them
    ("is justified", "am not persuaded")."""
    before = index - 1
    while before > 0 and lowered[before] in ("not", "never", "no", "n't"):
        before -= 1
    return before >= 0 and lowered[before] in _PRESENT_COPULAS


def _perfect_main_verb(raw, lowered, kinds, since: int = 0) -> bool:
    """A main clause in the present perfect ("has tested", "have brought"), told as having happened, from `since`
    on; "has been" and "has become" only link a judgement to its subject."""
    if _HAVE.isdisjoint(lowered):
        return False        # (most sentences)
    for k, (word, kind) in enumerate(zip(lowered, kinds)):
        if k >= since and kind == "main" and word in _HAVE and raw[k] != "'s" and word != "had" \
                and not said_in_an_aside(lowered, k):     # (a past perfect is backstory; a saying agreed with is no event)
            if any((w.endswith("ed") or w in _IRREGULAR_PARTICIPLES) and w not in _LINKING for w in lowered[k + 1:k + 3]):
                return True
    return False


def _surface(raw: list[str], match) -> str:
    index, length, _, _ = match
    return rejoined(raw[index:index + length])


def _target(raw, lowered, tokens, kind, top, polar, lexicon: Lexicon) -> str | None:
    """After the cue for prescriptions and predictions; the subject before the polar term for evaluations."""
    if top is not None:
        index = top[0] + top[1]
        intensifiers = lexicon.intensifiers.by_first
        while index < len(tokens) and (tokens[index] in _SKIP_AFTER_CUE or raw[index].endswith("ly")
                                       or raw[index] == "," or tokens[index] in intensifiers):
            index += 1
        phrase = _run(raw, lowered, index, 1)
        if len(phrase) >= 2 or (phrase and not phrase[0][0].islower()):
            return " ".join(phrase[:6])
        before = _run(raw, lowered, top[0] - 1, -1)
        return " ".join((before or phrase)[-6:]) or None
    if polar:
        before = _run(raw, lowered, polar[0][0] - 1, -1)
        if before and abs(polar[0][2]) < ACTION:
            return " ".join(before[-5:])
        return " ".join(_run(raw, lowered, polar[0][0], 1)[:6]) or None
    return None


_AUXILIARY_WORDS = frozenset("has have had is are was were be been being would will should must can could may might "
                             "does do did also already".split())


def _run(raw: list[str], lowered: list[str], index: int, step: int, limit: int = 8) -> list[str]:
    """Up to `limit` words from index forward (step 1) or backward (step -1), until punctuation or a clause
    word."""
    if not 0 <= index < len(raw):
        return []
    if len(lowered) != len(raw):    # (the rare text whose lower case is cut otherwise: _lowered)
        lowered = [w.lower() for w in raw]
    taken: list[int] = []
    for k in range(index, len(raw)) if step > 0 else range(index, -1, -1):
        if len(taken) >= limit:
            break
        word = raw[k]
        if word in QUOTES:
            continue
        if not word[0].isalnum() or lowered[k] in _CLAUSE_WORDS:
            break
        taken.append(k)
    if step < 0:
        taken.reverse()
        while taken and lowered[taken[0]] in _AUXILIARY_WORDS:
            taken.pop(0)
        while taken and lowered[taken[-1]] in _AUXILIARY_WORDS:
            taken.pop()
    return [raw[k] for k in taken]
